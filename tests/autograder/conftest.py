"""Fixtures for testing the hidden autograder; the helpers live in variants.py."""

import itertools

import pytest

from autograder.loss_functions.exercises import ASSIGNMENT
from autograder.core.rubric import load_rubric
from support.variants import build_submission, grade_in_process


@pytest.fixture
def make_submission(tmp_path):
    """``make_submission(edits=(), layout="assignment")`` -> Submission in a fresh folder of tmp_path."""
    counter = itertools.count()

    def make(edits=(), layout="assignment"):
        return build_submission(tmp_path / f"submission{next(counter)}", edits, layout)

    return make


@pytest.fixture(scope="session")
def rubric():
    return load_rubric(ASSIGNMENT)


@pytest.fixture(scope="session")
def grade_folder(rubric):
    """``grade_folder(folder, exercises=None)`` -> Graded: {exercise: (score, max_score)}, the raw tests, seconds.

    ``exercises`` (names) grades only those exercises; None grades all of them.
    """

    def run(folder, exercises=None):
        return grade_in_process(folder, rubric, exercises)

    return run


@pytest.fixture(scope="session")
def reference_grade(rubric, tmp_path_factory):
    """The reference package graded once (a baseline the variants are compared with)."""
    submission = build_submission(tmp_path_factory.mktemp("reference") / "submission")
    return grade_in_process(submission.root, rubric)
