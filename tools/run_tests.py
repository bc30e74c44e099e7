"""`make test` and `make test-fast`: the kit's tests in two pytest processes side by side.

`make test` runs the nbgrader cycle, the student release, the class-grading and the self-check
agreement tests in a second pytest process beside the rest (the two halves take about as long).
`make test-fast` (``--fast``) runs the fast tier (``-m "not slow"``, fewer
hypothesis examples) with the catalog of buggy variants beside the rest.

The nbgrader cycle spends most of its time running notebooks in Jupyter
kernels (one core), while the rest of the suite mostly waits on its workers;
on two cores the two halves together take about the time of the longer one.
The cycle writes only into its own temporary folders, so the halves cannot
disturb each other. Extra options (not paths) go to both pytest runs.

Exit status: 0 when both halves pass, else the first non-zero status.
"""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# run in the second process: about half of the suite's time (notebook kernels, venvs, whole classes)
BESIDE = ["tests/test_nbgrader_cycle.py", "tests/test_student_release.py", "tests/test_classroom.py",
          "tests/test_dask_grading.py", "tests/test_selfchecks.py"]
FAST_BESIDE = ["tests/autograder/test_catalog.py"]


def main(argv=None):
    extra = list(sys.argv[1:] if argv is None else argv)
    fast = "--fast" in extra
    extra = [option for option in extra if option != "--fast"]
    beside = FAST_BESIDE if fast else BESIDE
    if fast:
        extra = ["-m", "not slow", "-q"] + extra
    env = dict(os.environ, KIT_TEST_TIER="fast" if fast else "full")
    pytest = [sys.executable, "-m", "pytest"]
    with tempfile.TemporaryFile(mode="w+") as log:
        side = subprocess.Popen(pytest + ["-p", "no:cacheprovider", *beside] + extra, cwd=REPO, env=env,
                                stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        try:
            ignored = [option for path in beside for option in ("--ignore", path)]
            main_status = subprocess.run(pytest + ignored + extra, cwd=REPO, env=env).returncode
            side_status = side.wait()
        finally:
            if side.poll() is None:  # interrupted: the second half stops with the first
                side.kill()
                side.wait()
        log.seek(0)
        print(f"\n==== {', '.join(beside)}, run beside the rest ====", flush=True)
        sys.stdout.write(log.read())
    return main_status or side_status


if __name__ == "__main__":
    sys.exit(main())
