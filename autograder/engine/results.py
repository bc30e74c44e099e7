"""Grading results: Gradescope's ``results.json`` and the terminal table.

The results file follows Gradescope's autograder specification: ``score``,
``max_score``, ``execution_time`` and ``tests``, each test with ``name``,
``number``, ``score``, ``max_score``, ``status``, ``output`` and
``visibility``. A test's name starts with the exercise it grades
(``svm_loss_vectorized: has no Python loops``).
"""

import json
import os
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass
class TestResult:
    """The outcome of one check of one exercise."""

    name: str
    number: str
    score: float
    max_score: float
    status: str  # "passed" or "failed"
    output: str
    visibility: str = "visible"
    exercise: str = ""

    def as_gradescope(self):
        entry = asdict(self)
        entry.pop("exercise")
        return entry


def summary(tests, execution_time):
    """The whole results document, as a dict ready for JSON."""
    return {
        "score": round(sum(t.score for t in tests), 6),
        "max_score": round(sum(t.max_score for t in tests), 6),
        "execution_time": round(execution_time, 3),
        "tests": [t.as_gradescope() for t in tests],
    }


def write_atomically(path, document):
    """Write JSON to ``path`` through a temporary file and a rename.

    A reader never sees half a file, and an earlier results file survives
    until the new one is complete.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(temporary, 0o666 & ~umask)  # mkstemp makes it 0600; a results file is an ordinary file
    try:
        with os.fdopen(handle, "w") as stream:
            json.dump(document, stream, indent=2, allow_nan=False)
            stream.write("\n")
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _points(value):
    return f"{value:g}"


def table(tests):
    """The terminal view: one line per exercise, points and the first failure."""
    exercises = []
    for test in tests:
        if not exercises or exercises[-1][0] != test.exercise:
            exercises.append((test.exercise, []))
        exercises[-1][1].append(test)
    width = max(len(name) for name, _ in exercises) if exercises else 10
    lines = [f"{'exercise':<{width}}  {'points':>11}  first failing check"]
    for name, group in exercises:
        earned = sum(t.score for t in group)
        possible = sum(t.max_score for t in group)
        failed = next((t for t in group if t.status != "passed"), None)
        note = "" if failed is None else failed.output
        points = f"{_points(earned)} / {_points(possible)}"
        lines.append(f"{name:<{width}}  {points:>11}  {note}")
    total = sum(t.score for t in tests)
    possible = sum(t.max_score for t in tests)
    lines.append(f"{'total':<{width}}  {_points(total) + ' / ' + _points(possible):>11}")
    return "\n".join(lines)
