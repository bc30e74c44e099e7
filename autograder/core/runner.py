"""A grading run, top to bottom: find the package, start the sandbox, run every check, score.

:func:`grade_submission` is what every front-end calls. Student code runs
only inside the sandbox's worker. Everything this module needs (rubric,
references, inputs) is loaded before the first worker starts, and the
results are written (by the front-end) only after the last worker is gone.

The package is found by the one rule of ``core.package``. Only regular files
are graded: a submission folder or package that is a symbolic link (an
unpacked archive can make ``cs231n -> ../../solutions/cs231n``) is refused,
and a module that is a link is left out; the feedback says so. Every message
is cleaned (``results.clean_text``) before it is stored, and a bug in the
grader itself is reported to its stderr with the full traceback, to the
student with one sentence.
"""

import contextlib
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from ..engine.sandbox import Sandbox, StudentCallError, SubmissionError
from . import package as packages
from .checks import CheckFailure, Context
from .rubric import Gate
from .results import TestResult, clean_text, summary


@dataclass
class Report:
    """The outcome of grading one submission.

    Attributes
    ----------
    tests : list of TestResult
        One per check of every exercise graded, in order.
    seconds : float
        Wall time of the run.
    notes : list of str
        Sentences for the student about the submission as a whole (where the package was found).
    found : bool
        False when no package was found (or the submission was refused): nothing was graded.
    """

    tests: list
    seconds: float
    notes: list = field(default_factory=list)
    found: bool = True

    @property
    def score(self):
        return sum(test.score for test in self.tests)

    @property
    def max_score(self):
        return sum(test.max_score for test in self.tests)

    def document(self):
        """The results document (Gradescope's format), with the notes as its ``output``."""
        document = summary(self.tests, self.seconds)
        if self.notes:
            document["output"] = clean_text(" ".join(self.notes), 4000)
        return document


def skipped_note(module, skipped):
    """Why ``module`` (``cs231n.classifiers.softmax``) is missing from the copy, if the copy left it out; else ""."""
    package, *parts = module.split(".")
    wanted = {"/".join(parts[:k]) for k in range(1, len(parts))} | {"/".join(parts) + ".py"}
    for relative, why in skipped:
        if relative in wanted:
            return f" ({package}/{clean_text(relative, 120)} was left out because {why}: only regular files are graded)"
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


def gate_message(exercise, check, messages=None, gate=None):
    """One sentence: why a gated check was not run (see ``checks.base.requires``).

    When every check of the gate failed for one and the same reason (the
    function raises NotImplementedError, is missing, hangs), that reason is the
    sentence: it says what to do, where "not checked until ..." would not.
    """
    gate = gate or Gate(tuple(getattr(check, "requires", ())), bool(getattr(check, "requires_any", False)))
    reasons = {(messages or {}).get(i) for i in gate.requires}
    if len(reasons) == 1 and None not in reasons and "is not checked" not in next(iter(reasons)):
        reason = next(iter(reasons))
        if any(word in reason for word in ("not implemented", "is missing", "could not be imported",
                                           "was not called again", "time limit")):
            return reason
    titles = {exercise.check_id(c): exercise.check_title(c) for c in exercise.checks}
    names = [f"'{titles.get(i, i)}'" for i in gate.requires]
    joined = (" or " if gate.any_of else " and ").join(names)
    return f"{exercise.name} is not checked for this until it passes {joined}."


def grade_package(package_dir, exercises, rubric, skipped=()):
    """Grade every check of every exercise.

    ``skipped`` lists the files left out when the package was staged (see ``core.package``); the rubric
    gives the points, the limits and each check's gate.

    Returns
    -------
    list of TestResult
    """
    tests, points, limits = [], rubric.points, rubric.limits
    cache = {"cleanup": []}  # checks may register callables to run at the end (e.g. closing a baseline worker)
    try:
        sandbox = Sandbox(package_dir, limits).__enter__()
    except SubmissionError as error:
        return every_check_failed(exercises, points, str(error))
    sandbox.skipped = list(skipped) + list(sandbox.skipped)
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
                elif not rubric.gate(exercise, check).passes(verdicts):
                    passed, message = False, gate_message(exercise, check, messages, rubric.gate(exercise, check))
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


def grade_submission(submission, rubric, exercises=None):
    """Grade a submission folder: the one entry point of every front-end.

    Parameters
    ----------
    submission : Path
        The student's folder, laid out in any way ``core.package`` finds.
    rubric : Rubric
        The assignment, its points and the worker's limits (``core.rubric.load_rubric``).
    exercises : sequence of Exercise, optional
        Only these (default: every exercise of the rubric's assignment).

    Returns
    -------
    Report
    """
    started = time.perf_counter()
    assignment = rubric.assignment
    exercises = tuple(assignment.exercises if exercises is None else exercises)
    assignment.preload(exercises)  # before any student code runs
    with tempfile.TemporaryDirectory(prefix="staged-") as staging:
        try:
            found = packages.find(submission, assignment, staging)
        except packages.Refused as refusal:
            tests = every_check_failed(exercises, rubric.points, str(refusal))
            return Report(tests, time.perf_counter() - started, [clean_text(refusal)], found=False)
        if found.package_dir is None:
            first = exercises[0].relative_file if exercises else "its modules"
            message = (f"no {assignment.package} package found in the submission: expected "
                       f"{assignment.package}/{first} and the other modules of the assignment.")
            tests = every_check_failed(exercises, rubric.points, message)
            return Report(tests, time.perf_counter() - started, found.notes, found=False)
        tests = grade_package(found.package_dir, exercises, rubric, found.skipped)
    return Report(tests, time.perf_counter() - started, found.notes)
