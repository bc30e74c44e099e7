"""What an assignment tells the grading core: its package, its reference, its exercises.

The core (runner, rubric, front-ends) knows no assignment: everything it
needs comes from one :class:`Assignment`, which an assignment package
(``autograder/loss_functions``) builds from its exercise spec. Adding an
exercise is one :class:`Exercise` entry there; the rubric, the stubs' smoke
calls, the notebooks' check cells and the public checks all read it.
"""

import importlib
import importlib.util
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Optional


class ReferencePackage:
    """The reference solution, imported under a name of its own.

    It is loaded as ``import_name`` (``cs231n_reference``) so that it can never
    be confused with a student's package, which the grader never imports.

    Parameters
    ----------
    folder : Path
        The reference package's folder (``solutions/cs231n``).
    import_name : str
    """

    def __init__(self, folder, import_name):
        self.folder = Path(folder)
        self.import_name = import_name

    def module(self, relative_module):
        """The reference module ``relative_module`` (``"classifiers.softmax"``), imported once."""
        if self.import_name not in sys.modules:
            spec = importlib.util.spec_from_file_location(
                self.import_name, self.folder / "__init__.py", submodule_search_locations=[str(self.folder)])
            package = importlib.util.module_from_spec(spec)
            sys.modules[self.import_name] = package
            spec.loader.exec_module(package)
        return importlib.import_module(f"{self.import_name}.{relative_module}")

    def function(self, relative_module, name):
        """A reference function, resolved when first called (:meth:`Assignment.preload` resolves them all)."""

        def call(*args, **kwargs):
            return getattr(self.module(relative_module), name)(*args, **kwargs)

        call.__name__ = name
        call.relative_module = relative_module
        call.reference_package = self
        return call


def check_id(check):
    """A check's rubric id, declared with :func:`autograder.core.checks.check`."""
    try:
        return check.check_id
    except AttributeError:
        raise TypeError(f"{check.__name__} has no check id: declare it with @check(\"...\")") from None


def check_title(check):
    """A check's title in the results: the first line of its docstring."""
    return (check.__doc__ or check.__name__).strip().splitlines()[0]


@dataclass(frozen=True)
class Exercise:
    """One graded function or method of the student's package.

    An assignment may subclass it to carry what its own checks need (a loss
    family, the naive version to time against, ...).
    """

    name: str  # as shown in results: "svm_loss_naive", "LinearClassifier.train"
    relative_file: str  # inside the package: "classifiers/linear_svm.py"
    checks: tuple
    reference: Optional[Callable] = None
    package: str = field(default="", kw_only=True)  # the student package's import name; set by the Assignment

    @property
    def qualname(self):
        return self.name

    @property
    def module(self):
        return self.package + "." + self.relative_file[: -len(".py")].replace("/", ".")

    def source_path(self, package_dir):
        return Path(package_dir) / self.relative_file

    def check_id(self, check):
        return check_id(check)

    def check_title(self, check):
        return check_title(check)

    def references(self):
        """Every reference function the checks of this exercise call (for :meth:`Assignment.preload`)."""
        return [self.reference] if self.reference is not None else []


@dataclass(frozen=True)
class Assignment:
    """Everything the core needs to know about one assignment.

    Parameters
    ----------
    name : str
        The assignment's name (nbgrader's assignment id, the release's folder).
    package : str
        The import name of the package students write (``cs231n``).
    exercises : tuple of Exercise
        In grading order.
    reference : ReferencePackage
    starter : Path
        The starter package handed to students: the source of the package files students do not
        write (``__init__.py``, ``validation.py``), filled into a submission that lacks them.
    rubric_path : Path
        The default rubric.
    """

    name: str
    package: str
    exercises: tuple
    reference: ReferencePackage
    starter: Path
    rubric_path: Path
    by_name: dict = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        exercises = tuple(replace(e, package=self.package) for e in self.exercises)
        object.__setattr__(self, "exercises", exercises)
        object.__setattr__(self, "by_name", {e.name: e for e in exercises})
        check_exercises(exercises)

    @property
    def student_files(self):
        """The files students write, inside the package: ``("classifiers/linear_svm.py", ...)``."""
        return tuple(sorted({e.relative_file for e in self.exercises}))

    def exercise_named(self, name):
        """The exercise with this name.

        Raises
        ------
        ValueError
            If no exercise has that name; the message lists the names.
        """
        try:
            return self.by_name[name]
        except KeyError:
            raise ValueError(f"no exercise named {name!r}; the exercises are "
                             f"{', '.join(e.name for e in self.exercises)}.") from None

    def preload(self, exercises=None):
        """Import every reference module the checks will use.

        Runs before the first worker starts: student code that rewrote files on
        disk afterwards could then no longer change what the grader compares with.
        """
        for exercise in self.exercises if exercises is None else exercises:
            for function in exercise.references():
                function.reference_package.module(function.relative_module)


def check_exercises(exercises):
    """Names unique; every check has an id, unique in its exercise; every gate names earlier checks.

    Raises
    ------
    ValueError
        Naming the exercise and the check that is wrong.
    """
    names = [e.name for e in exercises]
    if len(set(names)) != len(names):
        raise ValueError(f"exercise names repeat: {', '.join(sorted({n for n in names if names.count(n) > 1}))}.")
    for exercise in exercises:
        earlier = set()
        for check in exercise.checks:
            identity = check_id(check)
            if identity in earlier:
                raise ValueError(f"{exercise.name}: two checks have the id {identity}.")
            missing = [i for i in getattr(check, "requires", ()) if i not in earlier]
            if missing:
                raise ValueError(f"{exercise.name}: {identity} is gated on {', '.join(missing)}, "
                                 "which is not an earlier check of the exercise.")
            earlier.add(identity)
