"""A grading run, top to bottom: find the package, start the sandbox, run every check, score.

Student code runs only inside the sandbox's worker. Everything this module
needs (rubric, references, inputs) is loaded before the first worker starts,
and the results are written only after the last worker is gone.
"""

import contextlib
import sys
import time
from pathlib import Path

from ..checks.base import CheckFailure, Context, gate_passes
from ..checks.registry import preload
from .results import TestResult
from .sandbox import Sandbox, StudentCallError

PACKAGE = "cs231n"


def locate_package(submission):
    """The folder of the student's package inside a submission.

    Accepts the layout of ``assignment/`` (``cs231n/classifiers/...``) and a
    submission that holds the package's contents at its top
    (``classifiers/...``).

    Returns
    -------
    Path or None
    """
    submission = Path(submission)
    for candidate in (submission / PACKAGE, submission):
        if (candidate / "classifiers").is_dir():
            return candidate
    return None


def import_problem(sandbox, module, cache):
    """None if the module imports in the worker, else one sentence saying why not."""
    key = ("import", module)
    if key not in cache:
        try:
            sandbox.request({"op": "import", "module": module})
            cache[key] = None
        except StudentCallError as error:
            shown = module.replace(".", "/") + ".py"
            parents = module.split(".")
            ours = {".".join(parents[:k]) for k in range(1, len(parents) + 1)}
            if error.error_type == "ModuleNotFoundError" and any(f"'{name}'" in error.message for name in ours):
                cache[key] = f"{shown} is missing from the submission."
            else:
                cache[key] = f"{shown} could not be imported: {error.describe()}"
    return cache[key]


def run_check(ctx, check):
    """Run one check; returns (passed, message)."""
    try:
        check(ctx)
    except CheckFailure as failure:
        return False, str(failure)
    except Exception as error:  # a bug in a check must not stop the run or pass a student
        print(f"grade: internal error in {check.__name__} for {ctx.name}: {error!r}", file=sys.stderr)
        return False, f"the grader hit an internal error in this check ({type(error).__name__}); please report it."
    return True, ""


def gate_message(exercise, check):
    """One sentence: why a gated check was not run (see ``checks.base.requires``)."""
    titles = {exercise.check_id(c): exercise.check_title(c) for c in exercise.checks}
    names = [f"'{titles.get(i, i)}'" for i in check.requires]
    joined = (" or " if check.requires_any else " and ").join(names)
    return f"{exercise.name} is not checked for this until it passes {joined}."


def grade_package(package_dir, exercises, points, limits):
    """Grade every check of every exercise.

    Returns
    -------
    list of TestResult
    """
    tests = []
    cache = {"cleanup": []}  # checks may register callables to run at the end (e.g. closing a baseline worker)
    preload(exercises)
    with contextlib.ExitStack() as stack, Sandbox(package_dir, limits) as sandbox:
        stack.callback(lambda: [close() for close in reversed(cache["cleanup"])])
        for number, exercise in enumerate(exercises, 1):
            ctx = Context(exercise, sandbox, cache)
            problem = import_problem(sandbox, exercise.module, cache)
            verdicts = {}
            for index, check in enumerate(exercise.checks, 1):
                if problem:
                    passed, message = False, problem
                elif not gate_passes(check, verdicts):
                    passed, message = False, gate_message(exercise, check)
                else:
                    passed, message = run_check(ctx, check)
                verdicts[exercise.check_id(check)] = passed
                worth = points[exercise.name, exercise.check_id(check)]
                tests.append(TestResult(
                    name=f"{exercise.name}: {exercise.check_title(check)}", number=f"{number}.{index}",
                    score=worth if passed else 0.0, max_score=worth, status="passed" if passed else "failed",
                    output=message, exercise=exercise.name))
    return tests


def grade_missing_package(submission, exercises, points):
    """Every check failed, with one message: there is no package to grade."""
    message = (f"no {PACKAGE} package found in {submission}: expected {PACKAGE}/classifiers/linear_svm.py "
               "and the other modules of the assignment.")
    return [TestResult(name=f"{e.name}: {e.check_title(c)}", number=f"{n}.{i}", score=0.0,
                       max_score=points[e.name, e.check_id(c)], status="failed", output=message, exercise=e.name)
            for n, e in enumerate(exercises, 1) for i, c in enumerate(e.checks, 1)]


def grade(submission, exercises, points, limits):
    """Grade a submission folder.

    Returns
    -------
    tests : list of TestResult
    seconds : float
        Wall time of the run.
    """
    started = time.perf_counter()
    package_dir = locate_package(submission)
    if package_dir is None:
        tests = grade_missing_package(submission, exercises, points)
    else:
        tests = grade_package(package_dir, exercises, points, limits)
    return tests, time.perf_counter() - started
