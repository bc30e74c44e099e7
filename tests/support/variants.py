"""Building variant submissions and grading them in-process (helpers for tests/autograder).

A variant is the reference package (``solutions/cs231n``) copied into
``tmp_path`` with a few textual edits. Every edit must find its ``old`` text
exactly once, so that a typo in a test can never silently leave the reference
in place (a "bug" that grades 100% would then prove nothing).

The repository root and ``solutions/`` are put on ``sys.path`` by
``tests/conftest.py``.
"""

import ast
import shutil
import zlib
from pathlib import Path
from typing import NamedTuple

from autograder.loss_functions.exercises import EXERCISES
from autograder.core.runner import grade_submission

REPO = Path(__file__).resolve().parents[2]
REFERENCE_PACKAGE = REPO / "solutions" / "cs231n"
EXERCISE_NAMES = tuple(exercise.name for exercise in EXERCISES)
BEGIN, END = "### BEGIN SOLUTION", "### END SOLUTION"

# the package's modules, as the variants name them
SVM = "classifiers/linear_svm.py"
SOFTMAX = "classifiers/softmax.py"
MSE = "classifiers/linear_regression.py"
CLASSIFIER = "classifiers/linear_classifier.py"
MULTICLASS = "classifiers/multiclass.py"
REG = "regularization.py"
OPTIM = "optim.py"


class EditError(AssertionError):
    """An edit that cannot be applied as written (its old text is missing or ambiguous)."""


def in_solution_region(text, start, stop):
    """Whether text[start:stop] lies between a BEGIN SOLUTION marker and its END marker."""
    begin = text.rfind(BEGIN, 0, start)
    if begin == -1:
        return False
    end = text.find(END, begin)
    return end != -1 and stop <= end


def apply_edit(path, old, new):
    """Replace the one occurrence of ``old`` in the file by ``new``.

    Returns
    -------
    bool
        Whether the replaced text lies inside a ``### BEGIN SOLUTION`` region.

    Raises
    ------
    EditError
        If ``old`` occurs zero times or more than once, or ``new == old``.
    """
    path = Path(path)
    if old == new:
        raise EditError(f"{path}: the edit does not change anything: {old!r}")
    text = path.read_text()
    count = text.count(old)
    if count != 1:
        raise EditError(f"{path}: expected the old text exactly once, found it {count} times: {old!r}")
    start = text.index(old)
    path.write_text(text[:start] + new + text[start + len(old):])
    return in_solution_region(text, start, start + len(old))


def solution_region(relative_file, function):
    """The text between BEGIN and END SOLUTION inside ``def function`` of a reference file.

    Parameters
    ----------
    relative_file : str
        Path inside the package, e.g. ``"classifiers/linear_svm.py"``.
    function : str
        A function or method name, e.g. ``"svm_loss_naive"`` or ``"train"``.

    Returns
    -------
    str
        The lines strictly between the markers (each ending with a newline).
    """
    text = (REFERENCE_PACKAGE / relative_file).read_text()
    header = text.index(f"def {function}(")
    begin = text.index(BEGIN, header)
    begin = text.index("\n", begin) + 1
    end = text.index(END, begin)
    end = text.rindex("\n", 0, end) + 1
    return text[begin:end]


class Submission(NamedTuple):
    root: Path  # what the grader is given
    package: Path  # the folder holding classifiers/
    edits_in_region: tuple  # one bool per edit


def build_submission(root, edits=(), layout="assignment"):
    """Copy the reference package under ``root`` and apply ``edits``.

    Parameters
    ----------
    root : Path
        Folder to create (must not exist).
    edits : iterable of (file, old, new)
        ``file`` relative to the package (``"optim.py"``, ``"classifiers/softmax.py"``).
    layout : str
        ``"assignment"``: ``root/cs231n/classifiers/...`` (like ``assignment/``);
        ``"flat"``: ``root/classifiers/...``.
    """
    root = Path(root)
    package = root / "cs231n" if layout == "assignment" else root
    shutil.copytree(REFERENCE_PACKAGE, package, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    flags = []
    for file, old, new in edits:
        target = package / file
        if not target.is_file():
            raise EditError(f"no file {file} in the package")
        flags.append(apply_edit(target, old, new))
    return Submission(root, package, tuple(flags))


class Graded(NamedTuple):
    scores: dict  # exercise -> (score, max_score)
    tests: list  # TestResult
    seconds: float

    def tests_of(self, exercise):
        return [t for t in self.tests if t.exercise == exercise]

    def failed(self, exercise):
        return [t for t in self.tests_of(exercise) if t.status != "passed"]

    def feedback(self, exercise):
        """Every failing test's output for this exercise, one per line."""
        return "\n".join(f"{t.name} -> {t.output}" for t in self.failed(exercise))

    def full_marks(self, exercise):
        score, possible = self.scores[exercise]
        return score == possible and not self.failed(exercise)

    @property
    def total(self):
        return sum(s for s, _ in self.scores.values()), sum(m for _, m in self.scores.values())


# Exercises whose grading runs the student's code of another exercise, and so could lose points to its bug:
# LinearClassifier.train imports and calls the student's sample_batch and sgd_step (the grader may put its own
# in their place, but train is graded after them all the same). The speed check times the grader's own naive
# reference, never the student's, so the naive losses have no callers.
CALLERS = {
    "sample_batch": ("LinearClassifier.train",),
    "sgd_step": ("LinearClassifier.train",),
}
# the exercises whose checks time the code or read its whole call graph: seconds each, so never a control
TIMED = tuple(e.name for e in EXERCISES if any(c.__name__ in ("check_has_no_python_loops", "check_faster_than_naive")
                                                for c in e.checks))


def _functions(text):
    """{qualified name: (first line, last line)} of the module's functions and of its classes' methods."""
    spans = {}
    for node in ast.parse(text).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            spans[node.name] = (node.lineno, node.end_lineno)
        elif isinstance(node, ast.ClassDef):
            for item in node.body:
                if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    spans[f"{node.name}.{item.name}"] = (item.lineno, item.end_lineno)
    return spans


def edited_exercises(edits):
    """The exercises whose function an edit changes, or every exercise of its file for an edit outside them."""
    texts, names = {}, set()
    for file, old, new in edits:
        text = texts.setdefault(file, (REFERENCE_PACKAGE / file).read_text())
        start = text.find(old)
        if start == -1:
            raise EditError(f"{file}: the old text is not in the reference: {old!r}")
        first = text.count("\n", 0, start) + 1
        last = first + old.count("\n")
        inside = {name for name, (begin, end) in _functions(text).items() if begin <= first and last <= end}
        in_file = {e.name for e in EXERCISES if e.relative_file == file}
        names |= (inside & in_file) or in_file
        texts[file] = text[:start] + new + text[start + len(old):]
    return names


def exercises_to_grade(edits, dependents=(), key=""):
    """The exercises a variant can affect, and one control, in the registry's order.

    Parameters
    ----------
    edits : iterable of (file, old, new)
    dependents : iterable of str
        Exercises declared to call the edited code.
    key : str
        Picks the control stably: an exercise of another file, not a timed one (``TIMED``), which must keep
        full marks.

    Returns
    -------
    touched : tuple of str
        The exercises whose functions the edits change (``edited_exercises``), the exercises whose grading
        runs them (``CALLERS``) and ``dependents``.
    control : str
    """
    files = {file for file, _, _ in edits}
    touched = edited_exercises(edits)
    touched |= {caller for name in tuple(touched) for caller in CALLERS.get(name, ())}
    touched |= set(dependents)
    others = [e.name for e in EXERCISES
              if e.name not in touched and e.relative_file not in files and e.name not in TIMED]
    control = others[zlib.crc32(key.encode()) % len(others)]
    return tuple(name for name in EXERCISE_NAMES if name in touched), control


def grade_in_process(folder, rubric, exercises=None):
    """Grade a folder in this process; ``exercises`` (names) limits the run to those exercises."""
    chosen = EXERCISES if exercises is None else tuple(e for e in EXERCISES if e.name in set(exercises))
    report = grade_submission(Path(folder), rubric, chosen)
    tests, seconds = report.tests, report.seconds
    scores = {}
    for test in tests:
        score, possible = scores.get(test.exercise, (0.0, 0.0))
        scores[test.exercise] = (score + test.score, possible + test.max_score)
    return Graded(scores, tests, seconds)


def describe_scores(graded):
    """A short table for assertion messages."""
    return "\n".join(f"  {name}: {s:g}/{m:g}" + ("" if s == m else "  <- " + graded.feedback(name).replace("\n", " | "))
                     for name, (s, m) in graded.scores.items())
