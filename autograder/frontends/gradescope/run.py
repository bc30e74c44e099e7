"""Grade one Gradescope submission: ROOT/submission -> ROOT/results/results.json.

``run_autograder`` runs ``python -m autograder.frontends.gradescope.run --root ROOT``
from ROOT/source (the unpacked bundle). ROOT is ``/autograder`` on Gradescope.

Students may upload the package in any layout the kit's one rule finds
(``autograder/core/package.py``): the ``cs231n`` folder (alone, or inside
another folder such as the whole ``assignment/``), as a zip or by dragging the
folder; or the files they wrote, flat, under their own names
(``linear_svm.py``, ``softmax.py``, ...), each put in its place in the package.
The package files that students do not write (``validation.py``,
``__init__.py``, ...) are taken from the starter when the upload lacks them.
The results file tells the student where the package was found, which files
were graded and which were not found; a module left out because it is a
symbolic link or an odd file is named in its checks' feedback.

The results file is written before anything is printed, and Gradescope is
told to show every text as plain text (``output_format``); a failure to print
never touches it. A failure of the grader itself still writes a results file
that says so (score 0); its full traceback goes to stderr, which only the
instructor sees.
"""

import argparse
import os
import sys
import traceback
from pathlib import Path

from ...core.results import clean_text, print_safely, table, write_atomically
from ...core.rubric import RubricError, load_rubric
from ...core.runner import grade_submission
from ...loss_functions.exercises import ASSIGNMENT

# Gradescope renders outputs as HTML or Markdown when asked to; everything here is plain text
PLAIN_TEXT = {"output_format": "text", "test_output_format": "text", "test_name_format": "text"}


def grade_upload(root, show=True):
    """Grade ROOT/submission and write ROOT/results/results.json; returns the results document.

    The table is printed (``show``) only after the file is written, and printing cannot fail.
    """
    report = grade_submission(root / "submission", load_rubric(ASSIGNMENT))
    document = report.document()
    if report.found and not report.notes:
        document["output"] = f"Graded the {ASSIGNMENT.package} package found in {ASSIGNMENT.package} of your submission."
    document.update(PLAIN_TEXT)
    write_atomically(root / "results" / "results.json", document)
    if show:
        print_safely(table(report.tests))  # after the file: a broken stdout cannot cost the student their results
    return document


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m autograder.frontends.gradescope.run",
                                     description="Grade ROOT/submission into ROOT/results/results.json.")
    parser.add_argument("--root", default=os.environ.get("AUTOGRADER_ROOT", "/autograder"),
                        help="Gradescope's root folder (default: $AUTOGRADER_ROOT or /autograder)")
    root = Path(parser.parse_args(argv).root)
    try:
        grade_upload(root)
    except Exception as error:  # Gradescope shows nothing useful without a results file: always write one
        # a rubric error is the instructor's and says what to fix; anything else is a bug, told by its type only
        what = f"{type(error).__name__}: {error}" if isinstance(error, RubricError) else type(error).__name__
        message = (f"The autograder itself failed ({clean_text(what)}); this is not a verdict on your code. "
                   "Please tell your instructor.")
        print_safely(f"run_autograder: {message}\n{traceback.format_exc()}", sys.stderr)
        write_atomically(root / "results" / "results.json", {"score": 0, "output": message, "tests": [],
                                                             **PLAIN_TEXT})
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
