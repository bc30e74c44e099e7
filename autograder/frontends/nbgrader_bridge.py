"""The hidden grade cells of the nbgrader course: the checks of ``make grade``, from a notebook.

nbgrader runs a submission's notebooks in a kernel whose working directory is
the student's autograded folder, which holds the student's ``cs231n``
package. A hidden test cell there calls::

    grade_exercise("svm_loss_naive")

which grades that one exercise of that package exactly as ``make grade``
does (:func:`autograder.core.runner.grade`, so the student's code runs in
the same isolated worker, never in the kernel), prints the one-sentence
message of every failing check and a total line, and returns the points
earned. The return value is the cell's result, a single number, which
nbgrader records as partial credit; a submission therefore gets the same
points from nbgrader as from ``make grade``.

What it prints quotes the student's code (exception messages, class names):
every line is cleaned (``results.clean_text``: no escape sequences or control
characters, a bounded length), and nbconvert escapes it as HTML in the
feedback page (``course/nbgrader_config.py`` also sanitizes the page's HTML).
"""

import contextlib
import sys
from pathlib import Path

from ..core.results import clean_text, print_safely
from ..core.rubric import load_rubric
from ..core.runner import grade_submission
from ..loss_functions.exercises import ASSIGNMENT


def exercise_points(name, rubric=None):
    """The most an exercise can earn: the sum of its checks' points in the rubric."""
    return load_rubric(ASSIGNMENT, rubric).exercise_total(ASSIGNMENT.exercise_named(name).name)


def _failures(tests):
    """The failing checks' names grouped by message, so that one cause is printed once."""
    grouped = {}
    for test in tests:
        if test.status != "passed":
            grouped.setdefault(test.output, []).append(test.name)
    return grouped


def grade_exercise(name, submission=".", rubric=None):
    """Grade one exercise of the package in ``submission``, print why points were lost, return the points.

    Parameters
    ----------
    name : str
        An exercise of the registry, e.g. ``"svm_loss_naive"`` or ``"LinearClassifier.train"``.
    submission : str or Path
        A folder laid out like ``assignment/`` (default: the working directory, where nbgrader
        runs the kernel).
    rubric : str or Path
        The rubric that gives the points (the kit's by default).

    Returns
    -------
    float
        The points earned, between 0 and the exercise's total in the rubric.
    """
    exercise = ASSIGNMENT.exercise_named(name)
    rubric = load_rubric(ASSIGNMENT, rubric)
    # nbgrader gives a cell no credit at all if it writes to stderr; the grader reports its own
    # trouble there, and that trouble already costs the check its points, so it goes to stdout.
    with contextlib.redirect_stderr(sys.stdout):
        tests = grade_submission(Path(submission), rubric, [exercise]).tests
    earned = sum(test.score for test in tests)
    possible = sum(test.max_score for test in tests)
    lines = []
    for message, names in _failures(tests).items():
        what = names[0] if len(names) == 1 else f"{len(names)} checks of {name}"
        lines.append(f"FAILED {what}: {clean_text(message)}")
    lines.append(f"{name}: {earned:g} / {possible:g} points")
    print_safely("\n".join(lines))  # one write: the cell shows one output, as nbgrader's feedback expects
    return earned
