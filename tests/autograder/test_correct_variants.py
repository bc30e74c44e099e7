"""Correct submissions written in other valid styles must all get full marks.

The variants (``tests/support/correct_variants.py``) replace whole solution regions of the reference
with another correct way of writing them. A variant that loses a single point is a grader bug: the
test prints the failing checks and their feedback.
"""

import pytest

from support.correct_variants import TODO_LITERAL_SOFTMAX, TYPE_VARIANTS, VARIANTS
from support.variants import EXERCISE_NAMES, describe_scores, exercises_to_grade


def test_there_are_enough_variants():
    assert len(VARIANTS) >= 8
    assert len({v.id for v in VARIANTS}) == len(VARIANTS)


def graded_names(variant):
    """What a variant is graded on: the exercises its edits reach (and their callers) and one control, as in
    the catalog; every exercise when it changes the layout (the package is then found another way)."""
    if variant.layout != "assignment" or not variant.edits:
        return EXERCISE_NAMES
    touched, control = exercises_to_grade(variant.edits, key=variant.id)
    return tuple(name for name in EXERCISE_NAMES if name in set(touched) | {control})


def test_graded_names_reach_every_edited_exercise_and_a_control():
    variant = next(v for v in VARIANTS if v.id == "cs231n-style-train-loop")
    names = graded_names(variant)
    assert "LinearClassifier.train" in names and len(names) < len(EXERCISE_NAMES)


# each grades what it reaches, the timing checks included: the slow tier (`make test-fast` leaves them out)
@pytest.mark.slow
@pytest.mark.parametrize("variant", VARIANTS + TYPE_VARIANTS + [TODO_LITERAL_SOFTMAX], ids=lambda v: v.id)
def test_correct_variant_gets_full_marks(variant, make_submission, grade_folder, reference_grade):
    submission = make_submission(variant.edits, layout=variant.layout)
    assert all(submission.edits_in_region) or variant.return_line
    names = graded_names(variant)
    for attempt in range(1, variant.gradings + 1):
        graded = grade_folder(submission.root, names)
        assert set(graded.scores) == set(names)
        lost = [name for name in names if not graded.full_marks(name)]
        assert not lost, (f"GRADER BUG: the correct variant {variant.id} lost points on {lost} "
                          f"(grading {attempt} of {variant.gradings}):\n{describe_scores(graded)}")
        assert all(graded.scores[name] == reference_grade.scores[name] for name in names)
        assert all(test.status == "passed" and test.score == test.max_score for test in graded.tests)
