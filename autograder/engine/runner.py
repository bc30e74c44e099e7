"""A grading run, top to bottom: find the package, start the sandbox, run every check, score.

Student code runs only inside the sandbox's worker. Everything this module
needs (rubric, references, inputs) is loaded before the first worker starts,
and the results are written only after the last worker is gone.

Only regular files are graded: a submission folder or package that is a
symbolic link (an unpacked archive can make ``cs231n -> ../../solutions/cs231n``)
is refused, and a module that is a link is left out; the feedback says so.
Every message is cleaned (``results.clean_text``) before it is stored, and a
bug in the grader itself is reported to its stderr with the full traceback,
to the student with one sentence.
"""

import contextlib
import sys
import time
import traceback
from pathlib import Path

from ..checks.base import CheckFailure, Context, gate_passes
from ..checks.registry import preload
from .results import TestResult, clean_text
from .sandbox import Sandbox, StudentCallError, SubmissionError

PACKAGE = "cs231n"


class Refused(Exception):
    """A submission that is not graded at all; the message is one sentence for the feedback."""


def locate_package(submission):
    """The folder of the student's package inside a submission.

    Accepts the layout of ``assignment/`` (``cs231n/classifiers/...``) and a
    submission that holds the package's contents at its top
    (``classifiers/...``). Symbolic links are never followed.

    Returns
    -------
    Path or None

    Raises
    ------
    Refused
        If the submission folder, or the ``cs231n`` folder in it, is a symbolic link.
    """
    submission = Path(submission)
    if submission.is_symlink():
        raise Refused(f"the submission folder {clean_text(submission.name, 80)} is a symbolic link, which is not "
                      "graded; submit the folder itself.")
    if (submission / PACKAGE).is_symlink():
        raise Refused(f"{PACKAGE} in the submission is a symbolic link, which is not graded; submit the folder "
                      "itself.")
    for candidate in (submission / PACKAGE, submission):
        classifiers = candidate / "classifiers"
        if classifiers.is_symlink():
            raise Refused(f"{'' if candidate == submission else PACKAGE + '/'}classifiers in the submission is a "
                          "symbolic link, which is not graded; submit the folder itself.")
        if classifiers.is_dir():
            return candidate
    return None


def skipped_note(module, skipped):
    """Why ``module`` (``cs231n.classifiers.softmax``) is missing from the copy, if the copy left it out; else ""."""
    parts = module.split(".")[1:]
    wanted = {"/".join(parts[:k]) for k in range(1, len(parts))} | {"/".join(parts) + ".py"}
    for relative, why in skipped:
        if relative in wanted:
            return f" ({PACKAGE}/{clean_text(relative, 120)} was left out because {why}: only regular files are graded)"
    return ""


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
                cache[key] = f"{shown} is missing from the submission{skipped_note(module, sandbox.skipped)}."
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
        report_internal_error(f"in {check.__name__} for {ctx.name}")
        return False, f"the grader hit an internal error in this check ({type(error).__name__}); please report it."
    return True, ""


def report_internal_error(where):
    """The current exception's full traceback on the grader's stderr (never in the student's feedback)."""
    try:
        sys.stderr.write(f"grade: internal error {where}:\n{traceback.format_exc()}")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass  # a closed stderr must not turn a reported bug into a crash


def gate_message(exercise, check, messages=None):
    """One sentence: why a gated check was not run (see ``checks.base.requires``).

    When every check of the gate failed for one and the same reason (the
    function raises NotImplementedError, is missing, hangs), that reason is the
    sentence: it says what to do, where "not checked until ..." would not.
    """
    reasons = {(messages or {}).get(i) for i in check.requires}
    if len(reasons) == 1 and None not in reasons and "is not checked" not in next(iter(reasons)):
        reason = next(iter(reasons))
        if any(word in reason for word in ("not implemented", "is missing", "could not be imported",
                                           "was not called again", "time limit")):
            return reason
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
    try:
        sandbox = Sandbox(package_dir, limits).__enter__()
    except SubmissionError as error:
        return every_check_failed(exercises, points, str(error))
    with contextlib.ExitStack() as stack:
        stack.push(sandbox.__exit__)
        stack.callback(lambda: [close() for close in reversed(cache["cleanup"])])
        for number, exercise in enumerate(exercises, 1):
            ctx = Context(exercise, sandbox, cache)
            problem = import_problem(sandbox, exercise.module, cache)
            verdicts, messages = {}, {}
            for index, check in enumerate(exercise.checks, 1):
                if problem:
                    passed, message = False, problem
                elif not gate_passes(check, verdicts):
                    passed, message = False, gate_message(exercise, check, messages)
                else:
                    passed, message = run_check(ctx, check)
                verdicts[exercise.check_id(check)] = passed
                messages[exercise.check_id(check)] = message
                worth = points[exercise.name, exercise.check_id(check)]
                tests.append(TestResult(
                    name=f"{exercise.name}: {exercise.check_title(check)}", number=f"{number}.{index}",
                    score=worth if passed else 0.0, max_score=worth, status="passed" if passed else "failed",
                    output=clean_text(message), exercise=exercise.name))
    return tests


def every_check_failed(exercises, points, message):
    """Every check failed with one message (nothing could be graded)."""
    message = clean_text(message)
    return [TestResult(name=f"{e.name}: {e.check_title(c)}", number=f"{n}.{i}", score=0.0,
                       max_score=points[e.name, e.check_id(c)], status="failed", output=message, exercise=e.name)
            for n, e in enumerate(exercises, 1) for i, c in enumerate(e.checks, 1)]


def grade_missing_package(submission, exercises, points):
    """Every check failed, with one message: there is no package to grade (the host path is not shown)."""
    return every_check_failed(exercises, points, f"no {PACKAGE} package found in the submission: expected "
                                                 f"{PACKAGE}/classifiers/linear_svm.py and the other modules of "
                                                 "the assignment.")


def grade(submission, exercises, points, limits):
    """Grade a submission folder.

    Returns
    -------
    tests : list of TestResult
    seconds : float
        Wall time of the run.
    """
    started = time.perf_counter()
    try:
        package_dir = locate_package(submission)
    except Refused as refusal:
        return every_check_failed(exercises, points, str(refusal)), time.perf_counter() - started
    if package_dir is None:
        tests = grade_missing_package(submission, exercises, points)
    else:
        tests = grade_package(package_dir, exercises, points, limits)
    return tests, time.perf_counter() - started
