"""Feedback and the results file never contain hidden inputs, expected values or test source (issue 5).

Buggy submissions (the catalog's realistic mistakes, several per submission, and a
hostile one that tries to exfiltrate the graders through its exception messages)
are graded through the CLI under bubblewrap. The reference outputs on the hidden
inputs of ``autograder/loss_functions/inputs.py`` (and of the penalty and multiclass
checks) are computed here, printed in several formats, and none may appear in
anything the grader showed: the results file, stdout, stderr. Neither may any
line of the checks' source or of the rubric.
"""

import json
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest

from support import hostile
from autograder.loss_functions import families, inputs, losses, multiclass, proximal, regularization
from autograder.loss_functions.exercises import EXERCISES, exercise_named
from support.hostile_cases import READ_GRADERS
from support.catalog import CATALOG

# several bugs per submission, in different exercises (each exercise's feedback then describes a mistake)
BUGGY = [
    ("svm_naive-loss-and-grad-not-averaged", "svm_vec-counts-correct-class", "sq_hinge-grad-missing-factor-2",
     "softmax_naive-labels-plus-one", "softmax_vec-no-max-subtraction", "mse-half-in-front", "l2-half-convention",
     "l1-missing-abs", "sample_batch-always-first-rows", "sgd_step-plus", "predict-argmin", "ova-argmin",
     "ovo-ties-to-highest-class"),
    ("svm_naive-delta-0", "svm_vec-loss-not-averaged", "sq_hinge-half-reg-convention",
     "softmax_naive-grad-sign-flipped", "softmax_vec-global-max-instead-of-row-max", "l1-subgradient-one-at-zero",
     "sample_batch-global-np-random", "train-no-history", "ovo-zero-score-votes-second"),
    ("binary-half-reg-convention", "ova-targets-reversed", "ovo-pair-trained-on-all-rows", "prox-threshold-reg",
     "prox-train-arguments-swapped"),
]
FORMATS = ("{!r}", "{}", "{:.6g}", "{:.5g}", "{:.4f}", "{:.6e}", "{:.4e}")


def printed(value):
    """The ways a number could be printed; only those long enough not to turn up by chance."""
    value = float(value)
    forms = {f.format(value) for f in FORMATS} | {f.format(np.float64(value)) for f in FORMATS[:2]}
    return {form for form in forms if len(form.lstrip("-")) >= 6 and form not in ("0.0000", "0.00000e+00")}


def loss_cases(exercise):
    """Every hidden case of the exercise's loss family (the family lists them: one source)."""
    return exercise.family.hidden_cases()


def hidden_values():
    """{printed form: what it is} for the expected outputs and the inputs of the hidden cases."""
    hidden = {}

    def add(value, what):
        for form in printed(value):
            hidden.setdefault(form, what)

    for exercise in EXERCISES:
        if not exercise.family:
            continue
        for case in loss_cases(exercise):
            loss, grad = exercise.reference(*case.args())
            add(loss, f"{exercise.name}: expected loss on {case.description}")
            flat = np.asarray(grad).ravel()
            for index in list(range(min(3, flat.size))) + [int(np.argmax(np.abs(flat)))]:
                add(flat[index], f"{exercise.name}: expected dW on {case.description}")
            for name in ("W", "X"):
                array = np.asarray(getattr(case, name)).ravel()
                for value in array[:3]:
                    add(value, f"input {name} of {case.description}")
            if exercise.family == "mse":
                for value in np.asarray(case.y).ravel()[:3]:
                    add(value, f"target y of {case.description}")
    for name in ("l2_regularization", "l1_regularization"):
        exercise = exercise_named(name)
        for W, reg in regularization.CASES:
            penalty, grad = exercise.reference(W.copy(), reg)
            add(penalty, f"{name}: expected penalty")
            add(grad.ravel()[0], f"{name}: expected gradient")
            for value in W.ravel()[:3]:
                add(value, f"{name}: input W")
    exercise = exercise_named("l1_proximal_step")
    for W, learning_rate, reg in proximal.CASES:
        add(exercise.reference(W.copy(), learning_rate, reg).ravel()[0], "l1_proximal_step: expected weights")
        for value in W.ravel()[:3]:
            add(value, "l1_proximal_step: input W")
    W, X = multiclass._ova_case()
    for value in list(W.ravel()[:3]) + list(X.ravel()[:3]):
        add(value, "one_vs_all_predict: input")
    return hidden


def source_lines():
    paths = sorted((hostile.REPO / "autograder" / "loss_functions").glob("*.py")) + sorted(
        (hostile.REPO / "autograder" / "core").glob("*.py"))
    lines = hostile.python_lines(paths)
    lines |= {line.strip() for line in hostile.RUBRIC.read_text().splitlines() if len(line.strip()) >= 20}
    return lines


@pytest.fixture(scope="module")
def shown(tmp_path_factory, rubrics):
    """Everything the grader showed for the buggy submissions: results files, stdout, stderr."""
    entries = {bug.id: bug for bug in CATALOG}
    runs = []
    for number, ids in enumerate(BUGGY):
        folder = tmp_path_factory.mktemp(f"leaks{number}")
        edits = [edit for bug_id in ids for edit in entries[bug_id].edits]
        submission = hostile.build_submission(folder / "submission", edits)
        if number == 0:  # and one that tries to read the graders and send them back in its exception messages
            marker = hostile.new_marker("leaks")
            prelude = (hostile.PRELUDE.replace("<<MARK>>", marker).replace("<<PMARK>>", hostile.process_marker(marker))
                       .replace("<<ALLOWED>>", "/").replace("<<KIT>>", str(hostile.REPO))
                       .replace("<<RESULTS>>", str(folder / "results.json")))
            hostile.insert_code(submission.package, "regularization.py", None, prelude, "module")
            hostile.insert_code(submission.package, "regularization.py", "l2_regularization", READ_GRADERS,
                                "start")
        runs.append((ids, submission.root, folder / "results.json"))

    def grade(run):  # the two gradings are subprocesses: run them side by side
        ids, root, results = run
        return ids, results, hostile.run_cli(root, results, rubrics["bubblewrap"])[0]

    texts = []
    with ThreadPoolExecutor(len(runs)) as pool:
        for ids, results, done in pool.map(grade, runs):
            assert done.returncode == 0, done.stderr
            document = json.loads(results.read_text())
            assert document["score"] < document["max_score"]
            failed = {t["name"].split(": ")[0] for t in document["tests"] if t["status"] == "failed"}
            assert len(failed) >= len(ids) - 1, f"the bugs did not all show: {sorted(failed)}"
            texts += [results.read_text(), done.stdout, done.stderr]
    return "\n".join(texts)


def test_no_expected_value_or_hidden_input_is_shown(shown):
    hidden = hidden_values()
    assert len(hidden) > 300  # the search is not vacuous
    found = {form: what for form, what in hidden.items() if form in shown}
    assert not found, f"hidden numbers in the feedback: {dict(list(found.items())[:10])}"


def test_the_search_would_see_a_number_the_grader_prints(shown):
    """A positive control: the loss of the unaveraged SVM (N = 40 times the expected one) is in the feedback."""
    case = families.HINGE.cases()[0]
    loss = exercise_named("svm_loss_naive").reference(*case.args())[0]
    assert case.X.shape[0] == 40 and case.reg == 0
    assert printed(40 * loss) & set(shown.split()) or f"{40 * loss:.6g}" in shown


def test_no_line_of_the_checks_or_the_rubric_is_shown(shown):
    lines = source_lines()
    assert len(lines) > 300
    found = sorted(line for line in lines if line in shown)
    assert not found, f"source lines in the feedback: {found[:10]}"


def test_the_expected_labels_of_the_hand_made_votes_are_not_shown(shown):
    """The one-vs-one cases are tiny (one to four rows): their expected labels would be an answer key."""
    expected_rows = [label for _, label in multiclass.THREE_CLASS_VOTES[:3]]
    tie = multiclass._votes(multiclass.FOUR_CLASS_TIE[0], 4)
    three_way = multiclass._votes(multiclass.THREE_CLASS_VOTES[3][0], 3)
    giveaways = [f"majority votes are {expected_rows}", f"the lowest tied class, {tie}, must win",
                 f"the lowest tied class, {three_way}, must win",
                 f"so class {multiclass.THREE_CLASS_ZERO[1]} wins"]
    found = [text for text in giveaways if text in shown]
    assert not found, f"expected labels in the feedback: {found}"
