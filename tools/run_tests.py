"""`make test` and `make test-fast`: the kit's tests in three pytest processes side by side.

One pytest process often waits: on its workers' start-up and timeouts, on notebook kernels, on
pip building a venv. Three keep the two cores of a CI machine busy (/proc/stat showed them 97 %
busy through a run), so the whole suite takes about as long as its longest group (:data:`GROUPS`,
each about a third of the time; re-balance them when a group grows). Its cost is CPU time, much
of it in bubblewrap workers, which `time make test` does not count (process accounting does).
The groups write only into their own temporary folders, never into the kit, so they cannot
disturb each other (the hostile suite checks that the kit's files do not change while it runs).

`make test-fast` (``--fast``) runs the fast tier (``-m "not slow"``, fewer hypothesis examples)
in two processes: the catalog of buggy variants, the grading properties and the unearned-credit
tests (:data:`FAST_GROUPS`) beside the rest. Extra options (not paths) go to every pytest run.

Exit status: 0 when every group passes, else the first non-zero status.
"""

import compileall
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script, the kit's packages are not on the path
    sys.path.insert(0, str(REPO))
# Importing the front-ends gives this process one BLAS thread (autograder/frontends/__init__.py), and so the
# groups, which inherit its environment: they import numpy before any front-end and grade in-process, and a
# second thread per process only spins (a quarter of the catalog file's CPU time on two cores).
import autograder.frontends  # noqa: E402, F401
# every group but the first is named; the first runs everything else, the catalog and the self-checks' agreement
# among them: they share the catalog's gradings (tests/support/catalog_grades.py), so they stay in one process.
# About a third of the time each: re-balance from a clean clone's figures (the last: 606 / 597 / 595 s for the
# rest / deployments / attacks). Three processes keep both cores busy; a fourth only adds contention.
GROUPS = {
    "deployments": ["tests/test_nbgrader_cycle.py", "tests/test_student_release.py", "tests/test_dask_grading.py"],
    # test_tools_bad_input makes the toy data in data/ when it is missing: with the hostile suite, which
    # watches the kit's files, in one process, never beside it
    "attacks": ["tests/engine", "tests/hostile/test_hostile_submissions.py", "tests/hostile/test_tools_bad_input.py",
                "tests/test_gradescope.py", "tests/test_isolation.py", "tests/test_classroom.py",
                "tests/test_class_report.py", "tests/test_similarity.py"],
}
# the fast tier in about halves: 38 + 27 + 18 + 9 s against the rest's 62 s (each file alone, one process)
FAST_GROUPS = {"catalog": ["tests/autograder/test_catalog.py", "tests/autograder/test_grading_properties.py",
                           "tests/autograder/test_unearned_credit.py", "tests/engine/test_text_safety.py"]}


# the kit's own Python, compiled before a run (compile_kit)
KIT_MODULES = ("autograder", "tools", "tests", "data")


def commands(groups, extra):
    """The pytest command line of every group: the first one ignores what the others run."""
    pytest = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider"]
    ignored = [option for paths in groups.values() for path in paths for option in ("--ignore", path)]
    return [("the rest", pytest + ignored + extra)] + [(name, pytest + paths + extra) for name, paths in groups.items()]


def compile_kit():
    """Write the bytecode cache of the kit's own modules (quietly; on every core), before the groups start.

    Where PYTHONDONTWRITEBYTECODE is set (the CI machine sets it), Python never writes that cache, and
    each of the suite's processes (the command line's, grade-all's, Gradescope's, the kernels that run
    grade cells) compiled the grader from source: about 0.1 s of CPU each, a fifth of a test file that
    runs the command line many times. Python still compares each cache with its source's time stamp, so
    an edited module is compiled afresh, never run stale. The student's and the reference packages are
    left alone: nothing generated goes near what the release is built from.
    """
    for folder in KIT_MODULES:
        compileall.compile_dir(REPO / folder, quiet=1, workers=0)


def main(argv=None):
    extra = list(sys.argv[1:] if argv is None else argv)
    fast = "--fast" in extra
    extra = [option for option in extra if option != "--fast"]
    if fast:
        extra = ["-m", "not slow", "-q"] + extra
    env = dict(os.environ, KIT_TEST_TIER="fast" if fast else "full")
    compile_kit()
    (first_name, first), *others = commands(FAST_GROUPS if fast else GROUPS, extra)
    logs, processes = [], []
    try:
        for name, command in others:
            log = tempfile.TemporaryFile(mode="w+")
            logs.append((name, command, log))
            processes.append(subprocess.Popen(command, cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT,
                                              stdin=subprocess.DEVNULL))
        statuses = [subprocess.run(first, cwd=REPO, env=env).returncode] + [p.wait() for p in processes]
    finally:
        for process in processes:  # interrupted: the other groups stop with the first
            if process.poll() is None:
                process.kill()
                process.wait()
    for name, command, log in logs:
        log.seek(0)
        paths = [part for part in command if part.startswith("tests/")]
        print(f"\n==== {name} ({', '.join(paths)}), run beside the rest ====", flush=True)
        sys.stdout.write(log.read())
        log.close()
    return next((status for status in statuses if status), 0)


if __name__ == "__main__":
    sys.exit(main())
