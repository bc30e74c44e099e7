"""The points policy is the rubric's: each check's gate can be read and changed there.

A check written as a table in the rubric (``check = {points = 0.5, requires = [...]}``) replaces the
gate its code declares (``@requires``); a broken gate is refused in one line naming it.
"""

import pytest

from autograder.core.rubric import RubricError, load_rubric
from autograder.core.runner import grade_submission
from autograder.loss_functions.exercises import ASSIGNMENT, exercise_named
from support.variants import SOFTMAX, build_submission

# loss and gradient both wrong by one constant (scores scaled by 2); the function modifies none of its inputs
WRONG = (SOFTMAX, "    scores = X.dot(W)\n    scores -= scores.max(axis=1, keepdims=True)\n",
         "    scores = 2 * X.dot(W)\n    scores -= scores.max(axis=1, keepdims=True)\n")
INPUTS = "softmax_loss_vectorized: does not modify its inputs"


def rubric_with(tmp_path, line):
    """The kit's rubric with ``line`` put in [softmax_loss_vectorized] in place of its does_not_modify_inputs."""
    text = ASSIGNMENT.rubric_path.read_text()
    head, rest = text.split("[softmax_loss_vectorized]\n", 1)
    body, tail = rest.split("\n[", 1)
    kept = [row for row in body.splitlines() if not row.startswith("does_not_modify_inputs")]
    path = tmp_path / "rubric.toml"
    path.write_text(head + "[softmax_loss_vectorized]\n" + "\n".join(kept + [line]) + "\n\n[" + tail)
    return path


def inputs_result(tmp_path, rubric):
    submission = build_submission(tmp_path / "submission", [WRONG])
    tests = grade_submission(submission.root, rubric, [exercise_named("softmax_loss_vectorized")]).tests
    return next(t for t in tests if t.name == INPUTS)


def test_the_default_gate_withholds_a_secondary_point_from_a_wrong_loss(tmp_path):
    result = inputs_result(tmp_path, load_rubric(ASSIGNMENT))
    assert result.score == 0 and "is not checked for this until it passes" in result.output, result.output


def test_a_rubric_without_the_gate_pays_that_point_to_the_same_code(tmp_path):
    path = rubric_with(tmp_path, "does_not_modify_inputs = { points = 0.5, requires = [] }")
    result = inputs_result(tmp_path, load_rubric(ASSIGNMENT, path))
    assert result.score == 0.5 and result.status == "passed", result.output


def test_a_rubric_gate_on_one_check_is_told_by_its_title(tmp_path):
    path = rubric_with(tmp_path, 'does_not_modify_inputs = { points = 0.5, requires = ["loss_matches_reference"] }')
    result = inputs_result(tmp_path, load_rubric(ASSIGNMENT, path))
    assert result.score == 0 and "'loss matches the expected value'" in result.output, result.output


@pytest.mark.parametrize("line, says", [
    ('does_not_modify_inputs = { points = 0.5, requires = ["independent_of_global_random_state"] }', "not an earlier check"),
    ('does_not_modify_inputs = { points = 0.5, requires = ["no_such_check"] }', "not an earlier check"),
    ('does_not_modify_inputs = { points = 0.5, requires = "loss_matches_reference" }', "must be a list"),
    ('does_not_modify_inputs = { points = 0.5, requires = [], any_of = "yes" }', "any_of must be"),
    ('does_not_modify_inputs = { points = 0.5, requires = [], weight = 2 }', "unknown key"),
    ("does_not_modify_inputs = { points = 0.5 }", "needs requires"),
    ('does_not_modify_inputs = { requires = [] }', "gives no points"),
])
def test_a_broken_gate_is_refused_in_one_line_naming_it(tmp_path, line, says):
    with pytest.raises(RubricError) as refused:
        load_rubric(ASSIGNMENT, rubric_with(tmp_path, line))
    message = str(refused.value)
    assert says in message and "does_not_modify_inputs" in message and "\n" not in message, message
