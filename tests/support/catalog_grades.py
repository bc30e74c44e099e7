"""The catalog's entries, each graded once per test process.

Two suites read the same gradings: the catalog's tests (``tests/autograder/test_catalog.py``: each entry
loses points where it is wrong, only there) and the self-checks' agreement (``tests/test_selfchecks.py``:
no self-check passes what the grader fails). An entry is graded as the catalog grades it
(:func:`variants.exercises_to_grade`: the exercises its edits reach, its dependents and one control,
under the kit's rubric, every check included), once, by whichever suite asks first; ``tools/run_tests.py``
runs the two in one process so that neither grades the catalog again.
"""

from dataclasses import dataclass
from pathlib import Path

from .variants import build_submission, exercises_to_grade, grade_in_process


@dataclass(frozen=True)
class GradedEntry:
    """One catalog entry's submission and its grading."""

    submission: object  # variants.Submission: the folder and where the edits fell
    touched: tuple  # the exercises its edits reach, then its dependents
    control: str  # an exercise of another file, which must keep full marks
    graded: object  # variants.Graded of touched + (control,)

    @property
    def names(self):
        """Every exercise graded, in order."""
        return self.touched + (self.control,)


class CatalogGrades:
    """``grades(entry)`` -> :class:`GradedEntry`, graded on the first call for that entry.

    Parameters
    ----------
    rubric : Rubric
        The kit's rubric (``core.rubric.load_rubric``).
    folder : Path
        An empty folder for the entries' submissions.
    """

    def __init__(self, rubric, folder):
        self.rubric, self.folder, self._graded = rubric, Path(folder), {}

    def __call__(self, entry):
        if entry.id not in self._graded:
            parent = self.folder / f"entry-{len(self._graded)}"
            parent.mkdir()
            submission = build_submission(parent / "submission", entry.edits)
            touched, control = exercises_to_grade(entry.edits, entry.dependents, key=entry.id)
            graded = grade_in_process(submission.root, self.rubric, touched + (control,))
            self._graded[entry.id] = GradedEntry(submission, touched, control, graded)
        return self._graded[entry.id]
