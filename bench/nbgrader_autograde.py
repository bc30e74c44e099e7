"""Time nbgrader's autograde of one submission of the reference solution (bench figure 3).

Run with the kit's interpreter (nbgrader lives in the kit's environment, not
the bench's)::

    .venv/bin/python bench/nbgrader_autograde.py --work DIR

It sets up a course in DIR with the kit's course tool (``make release`` does
the same), hands in one submission as ``submitted/ada/<assignment>``: the
source notebooks (every answer filled in) and the reference ``cs231n``
package, then autogrades it. The last line printed is JSON: the submission
folder (for ``make grade`` on the same code), autograde's seconds and the
points it gave.
"""

import argparse
import importlib.util
import json
import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tools import nbgrader_course  # noqa: E402

STUDENT = "ada"


def write_toy_data(folder):
    """The toy CIFAR-10 that the notebooks read when they run."""
    spec = importlib.util.spec_from_file_location("toy_cifar", REPO / "data" / "toy_cifar.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.write_dataset(folder, seed=0)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", required=True, help="an empty folder for the course")
    work = Path(parser.parse_args(argv).work).resolve()
    course, exchange, data = work / "course", work / "exchange", work / "toy-cifar-10-batches-py"
    course.mkdir(parents=True)
    shutil.copy(REPO / "course" / "nbgrader_config.py", course)
    write_toy_data(data)
    nbgrader_course.kernel_environment(data)
    assignment = nbgrader_course.DEFAULT_ASSIGNMENT
    nbgrader_course.release(course, exchange, assignment)
    submission = course / "submitted" / STUDENT / assignment
    shutil.copytree(course / "source" / assignment, submission)
    shutil.rmtree(submission / "cs231n")
    shutil.copytree(REPO / "solutions" / "cs231n", submission / "cs231n", ignore=shutil.ignore_patterns("__pycache__"))
    seconds = nbgrader_course.autograde(course, exchange, assignment, [STUDENT])[STUDENT]
    points = nbgrader_course.scores(course, assignment)[STUDENT]["code"]
    print(json.dumps({"submission": str(submission), "seconds": seconds, "points": points}))


if __name__ == "__main__":
    main()
