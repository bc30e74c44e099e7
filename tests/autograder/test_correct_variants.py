"""Correct submissions written in other valid styles must all get full marks.

The variants (``tests/support/correct_variants.py``) replace whole solution regions of the reference
with another correct way of writing them. A variant that loses a single point is a grader bug: the
test prints the failing checks and their feedback.
"""

import pytest

from support.correct_variants import TODO_LITERAL_SOFTMAX, TYPE_VARIANTS, VARIANTS
from support.variants import EXERCISE_NAMES, describe_scores


def test_there_are_enough_variants():
    assert len(VARIANTS) >= 8
    assert len({v.id for v in VARIANTS}) == len(VARIANTS)


# each grades every exercise, the timing checks included: the slow tier (`make test-fast` leaves them out)
@pytest.mark.slow
@pytest.mark.parametrize("variant", VARIANTS + TYPE_VARIANTS + [TODO_LITERAL_SOFTMAX], ids=lambda v: v.id)
def test_correct_variant_gets_full_marks(variant, make_submission, grade_folder, reference_grade):
    submission = make_submission(variant.edits, layout=variant.layout)
    assert all(submission.edits_in_region) or variant.return_line
    for attempt in range(1, variant.gradings + 1):
        graded = grade_folder(submission.root)
        assert set(graded.scores) == set(EXERCISE_NAMES)
        lost = [name for name in EXERCISE_NAMES if not graded.full_marks(name)]
        assert not lost, (f"GRADER BUG: the correct variant {variant.id} lost points on {lost} "
                          f"(grading {attempt} of {variant.gradings}):\n{describe_scores(graded)}")
        assert graded.total == reference_grade.total
        assert all(test.status == "passed" and test.score == test.max_score for test in graded.tests)

