"""Where the kit's parts are, for the tests (import as ``kit_paths``)."""

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SOLUTIONS = REPO / "solutions"
ASSIGNMENT = REPO / "assignment"
DATA = REPO / "data"


def full_marks():
    """The most a submission can earn under the kit's rubric (computed: no total is written anywhere)."""
    from autograder.core.rubric import load_rubric
    from autograder.loss_functions.exercises import ASSIGNMENT

    return load_rubric(ASSIGNMENT).total
