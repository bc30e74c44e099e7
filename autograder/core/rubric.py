"""Read and validate a rubric: points per check, and the worker's limits.

A rubric belongs to an assignment (``core.spec.Assignment``): it must give
points to exactly the checks of that assignment's exercises. Totals are
computed from it (:attr:`Rubric.total`), never written out.
"""

import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path

from ..engine.isolation import MODES
from ..engine.sandbox import Limits


class RubricError(ValueError):
    """A rubric that cannot be used; the message says what to fix."""


# (kind, least, most) of every numeric limit: "int" limits must be whole numbers (a count of bytes,
# processes or seconds handed to setrlimit or a cgroup), "number" ones may have a fraction. The ranges
# keep a typo (memory_mb = 2) from making every submission fail, or a huge value from meaning "none".
LIMIT_RANGES = {
    "call_timeout": ("number", 0.1, 3600),
    "start_timeout": ("number", 1, 600),
    "memory_mb": ("int", 256, 65536),
    "cpu_seconds": ("int", 1, 86400),
    "file_size_mb": ("int", 1, 65536),
    "processes": ("int", 8, 4096),
    "disk_mb": ("int", 1, 65536),
    "answer_mb": ("int", 1, 1024),
}


def _limit(key, value, path):
    kind, least, most = LIMIT_RANGES[key]
    if kind == "int":
        ok = type(value) is int
        what = "a whole number"
    else:
        ok = type(value) in (int, float) and value == value  # not nan
        what = "a number"
    if not ok or not least <= value <= most:
        raise RubricError(f"{path}: [limits] {key} must be {what} from {least:g} to {most:g}; got {value!r}.")
    return value


def _limits(table, path):
    if not isinstance(table, dict):
        raise RubricError(f"{path}: [limits] must be a table of settings.")
    known = {f.name for f in fields(Limits)}
    unknown = sorted(set(table) - known)
    if unknown:
        raise RubricError(f"{path}: unknown setting(s) in [limits]: {', '.join(unknown)} "
                          f"(known: {', '.join(sorted(known))}).")
    values = {}
    for key, value in table.items():
        if key == "isolation":
            if value not in MODES:
                raise RubricError(f"{path}: [limits] isolation must be one of {', '.join(MODES)}; got {value!r}.")
            values[key] = value
        else:
            values[key] = _limit(key, value, path)
    return Limits(**values)


@dataclass(frozen=True)
class Gate:
    """The checks that must pass before a check runs (all of them, or any one with ``any_of``)."""

    requires: tuple = ()
    any_of: bool = False

    def passes(self, verdicts):
        """Whether the gate is open, given the verdicts so far ({check id: passed})."""
        if not self.requires:
            return True
        passed = [verdicts.get(check_id, False) for check_id in self.requires]
        return any(passed) if self.any_of else all(passed)


@dataclass(frozen=True)
class Rubric:
    """What a grading run is given: the assignment, the points of its checks, the worker's limits.

    Attributes
    ----------
    assignment : Assignment
    points : dict of (str, str) to float
        (exercise name, check id) -> points.
    limits : Limits
    path : Path
        The file it was read from.
    """

    assignment: object
    points: dict
    limits: Limits
    path: Path
    gates: dict = None  # (exercise, check id) -> Gate, where the rubric overrides the check's own

    def gate(self, exercise, check):
        """The gate of a check: the rubric's ``requires`` if it sets one, else the check's own (``@requires``)."""
        override = (self.gates or {}).get((exercise.name, exercise.check_id(check)))
        if override is not None:
            return override
        return Gate(tuple(getattr(check, "requires", ())), bool(getattr(check, "requires_any", False)))

    @property
    def total(self):
        """The most a submission can earn: the sum of every check's points."""
        return sum(self.points.values())

    def exercise_total(self, name):
        """The most the exercise ``name`` can earn."""
        return sum(p for (exercise, _), p in self.points.items() if exercise == name)

    def with_limits(self, **changes):
        """The same rubric with some limits changed (``rubric.with_limits(call_timeout=2)``)."""
        return replace(self, limits=replace(self.limits, **changes))


def load_rubric(assignment, path=None):
    """Points for every check of every exercise of ``assignment``, and the limits.

    Parameters
    ----------
    assignment : Assignment
        What the graders check; the rubric must cover exactly its exercises' checks.
    path : Path, optional
        The rubric file; by default the assignment's own (``assignment.rubric_path``).

    Returns
    -------
    Rubric

    Raises
    ------
    RubricError
        If the file is missing or unreadable, an entry is missing, unknown or negative, or a limit is
        not a number of the right kind within its range (one line naming it).
    """
    path = Path(assignment.rubric_path if path is None else path)
    exercises = assignment.exercises
    try:
        table = tomllib.loads(path.read_text())
    except FileNotFoundError:
        raise RubricError(f"rubric file {path} does not exist.") from None
    except (OSError, UnicodeDecodeError) as error:
        raise RubricError(f"rubric file {path} cannot be read: {error}.") from None
    except tomllib.TOMLDecodeError as error:
        raise RubricError(f"rubric file {path} is not valid TOML: {error}.") from None
    limits = _limits(table.pop("limits", {}), path)
    names = [exercise.name for exercise in exercises]
    unknown = sorted(set(table) - set(names))
    if unknown:
        raise RubricError(f"{path}: unknown exercise(s) {', '.join(unknown)}; the exercises are {', '.join(names)}.")
    points, gates = {}, {}
    for exercise in exercises:
        section = table.get(exercise.name)
        if not isinstance(section, dict):
            raise RubricError(f"{path}: no [{exercise.name}] table with the points of its checks.")
        ids = [exercise.check_id(check) for check in exercise.checks]
        extra = sorted(set(section) - set(ids))
        if extra:
            raise RubricError(f"{path}: [{exercise.name}] has unknown check(s) {', '.join(extra)}; "
                              f"its checks are {', '.join(ids)}.")
        for position, check_id in enumerate(ids):
            value = section.get(check_id)
            if isinstance(value, dict):
                value, gates[exercise.name, check_id] = _entry(value, exercise, check_id, ids[:position], path)
            if value is None:
                raise RubricError(f"{path}: [{exercise.name}] gives no points for check {check_id}.")
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value < float("inf"):
                raise RubricError(f"{path}: [{exercise.name}] {check_id} must be a number >= 0; got {value!r}.")
            points[exercise.name, check_id] = float(value)
    return Rubric(assignment, points, limits, path, gates)


def _entry(entry, exercise, check_id, earlier, path):
    """(points, Gate) of a check written as a table: ``check = {points = 1, requires = [...], any_of = false}``.

    The gate may name only earlier checks of the same exercise (they have run when it is decided);
    ``requires = []`` removes the check's own gate.
    """
    where = f"{path}: [{exercise.name}] {check_id}"
    unknown = sorted(set(entry) - {"points", "requires", "any_of"})
    if unknown:
        raise RubricError(f"{where} has unknown key(s) {', '.join(unknown)}; a check takes points, requires, any_of.")
    requires = entry.get("requires", None)
    if requires is None:
        raise RubricError(f"{where}: a check written as a table needs requires = [...] (or write its points alone).")
    if not isinstance(requires, list) or not all(isinstance(i, str) for i in requires):
        raise RubricError(f"{where}: requires must be a list of check ids; got {requires!r}.")
    late = [i for i in requires if i not in earlier]
    if late:
        raise RubricError(f"{where} requires {', '.join(late)}, which is not an earlier check of {exercise.name} "
                          f"(earlier: {', '.join(earlier) or 'none'}).")
    any_of = entry.get("any_of", False)
    if not isinstance(any_of, bool):
        raise RubricError(f"{where}: any_of must be true or false; got {any_of!r}.")
    return entry.get("points"), Gate(tuple(requires), any_of)
