"""A catalog of realistic buggy submissions: each must lose points where it is wrong, and only there.

Every entry is the reference solution with one small textual edit (the kind
of mistake students make in CS231n's assignment 1). For each entry:

(a) every exercise in ``breaks`` loses points, with the expected feedback when
    the grader diagnoses the cause;
(b) every other exercise keeps full marks, except the declared ``dependents``
    (an exercise whose own code calls the broken function, e.g.
    ``LinearClassifier.train`` calls the student's ``sample_batch`` and
    ``sgd_step``; it may lose points, it is not required to).

The loss exercises never affect ``LinearClassifier.train``: the grader runs
train with a loss of its own (see ``autograder/checks/optimization.py``).
"""

import difflib
from dataclasses import dataclass

import pytest

from variants import (CLASSIFIER, EXERCISE_NAMES, MSE, MULTICLASS, OPTIM, REFERENCE_PACKAGE, REG, SOFTMAX, SVM,
                      EditError, apply_edit, describe_scores)

TRAIN = "LinearClassifier.train"

# anchors that make an edit unique where the reference repeats a line
SVM_VEC_GRAD = ("    coeffs = (margins > 0).astype(X.dtype)\n"
                "    coeffs[rows, y] = -coeffs.sum(axis=1)\n"
                "    dW = X.T.dot(coeffs) / num_train + 2 * reg * W\n")
SVM_VEC_MARGINS = ("    correct_class_scores = scores[rows, y]\n"
                   "    margins = np.maximum(0.0, scores - correct_class_scores[:, np.newaxis] + 1.0)\n"
                   "    margins[rows, y] = 0.0\n"
                   "    loss = margins.sum() / num_train + reg * np.sum(W * W)\n")
SQ_HINGE_GRAD = ("    coeffs = 2.0 * margins\n"
                 "    coeffs[rows, y] = -coeffs.sum(axis=1)\n"
                 "    dW = X.T.dot(coeffs) / num_train + 2 * reg * W\n")
RETURN = "    ### END SOLUTION\n\n    return float(loss), dW"


@dataclass(frozen=True)
class Bug:
    id: str
    edits: tuple  # ((file, old, new), ...)
    breaks: tuple  # exercises that must lose points
    feedback: str = None  # must appear in the failing tests' output of breaks[0]
    failing_check: str = None  # a test title (after "exercise: ") that must fail, in breaks[0]
    dependents: tuple = ()  # exercises that call the broken code and may lose points too
    return_line: bool = False  # the edit touches the return statement right after the region
    only: bool = False  # failing_check is the only check of breaks[0] that fails
    misleading: str = None  # feedback that would name a wrong cause: must not appear in breaks[0]'s output


def bug(id, file, old, new, breaks, **options):
    return Bug(id, ((file, old, new),), tuple([breaks] if isinstance(breaks, str) else breaks), **options)


CATALOG = [
    # -- svm_loss_naive -----------------------------------------------------------------
    bug("svm_naive-loss-and-grad-not-averaged", SVM,
        "    loss /= num_train\n    dW /= num_train\n", "", "svm_loss_naive",
        feedback="not averaged over N"),
    bug("svm_naive-grad-not-averaged", SVM, "    dW /= num_train\n", "", "svm_loss_naive",
        feedback="the data gradient is not averaged over N"),
    bug("svm_naive-half-reg-convention", SVM,
        "    loss += reg * np.sum(W * W)\n    dW += 2 * reg * W\n",
        "    loss += 0.5 * reg * np.sum(W * W)\n    dW += reg * W\n", "svm_loss_naive", feedback="1/2"),
    bug("svm_naive-counts-correct-class", SVM,
        "            if j == y[i]:\n                continue\n", "", "svm_loss_naive", feedback="correct class"),
    bug("svm_naive-delta-0", SVM, "correct_class_score + 1  # note delta = 1",
        "correct_class_score  # delta = 0", "svm_loss_naive"),
    bug("svm_naive-loss-0d-array", SVM, "    dW += 2 * reg * W\n" + RETURN,
        "    dW += 2 * reg * W\n" + RETURN.replace("float(loss)", "np.array(loss)"), "svm_loss_naive",
        only=True, failing_check="returns (loss, dW)", feedback="return a Python float", return_line=True),
    # -- svm_loss_vectorized ------------------------------------------------------------
    bug("svm_vec-loss-not-averaged", SVM, "loss = margins.sum() / num_train + reg",
        "loss = margins.sum() + reg", "svm_loss_vectorized", feedback="the data loss is not averaged over N"),
    bug("svm_vec-reg-grad-missing", SVM, SVM_VEC_GRAD, SVM_VEC_GRAD.replace(" + 2 * reg * W", ""),
        "svm_loss_vectorized", feedback="regularization gradient is missing"),
    bug("svm_vec-counts-correct-class", SVM, SVM_VEC_MARGINS,
        SVM_VEC_MARGINS.replace("    margins[rows, y] = 0.0\n", ""), "svm_loss_vectorized",
        feedback="correct class"),
    bug("svm_vec-delta-0", SVM, SVM_VEC_MARGINS, SVM_VEC_MARGINS.replace(" + 1.0)", ")"),
        "svm_loss_vectorized"),
    bug("svm_vec-transposed-dW", SVM, SVM_VEC_GRAD,
        SVM_VEC_GRAD.replace("dW = X.T.dot(coeffs) / num_train + 2 * reg * W",
                             "dW = (X.T.dot(coeffs) / num_train + 2 * reg * W).T"),
        "svm_loss_vectorized", feedback="transposed"),
    bug("svm_vec-labels-minus-one", SVM, SVM_VEC_MARGINS,
        SVM_VEC_MARGINS.replace("scores[rows, y]\n", "scores[rows, y - 1]\n"), "svm_loss_vectorized"),
    bug("svm_vec-python-loop-over-examples", SVM,
        "    scores = X.dot(W)\n" + SVM_VEC_MARGINS,
        "    margins = np.zeros((num_train, W.shape[1]))\n"
        "    for i in range(num_train):\n"
        "        s = X[i].dot(W)\n"
        "        margins[i] = np.maximum(0.0, s - s[y[i]] + 1.0)\n"
        "        margins[i, y[i]] = 0.0\n"
        "    loss = margins.sum() / num_train + reg * np.sum(W * W)\n",
        "svm_loss_vectorized", failing_check="has no Python loops", feedback="uses a for loop"),
    # -- squared_hinge_loss_vectorized ----------------------------------------------------
    bug("sq_hinge-grad-missing-factor-2", SVM, SQ_HINGE_GRAD, SQ_HINGE_GRAD.replace("2.0 * margins", "margins"),
        "squared_hinge_loss_vectorized"),
    bug("sq_hinge-half-reg-convention", SVM,
        "loss = np.sum(margins * margins) / num_train + reg * np.sum(W * W)",
        "loss = np.sum(margins * margins) / num_train + 0.5 * reg * np.sum(W * W)",
        "squared_hinge_loss_vectorized", feedback="1/2"),
    bug("sq_hinge-returns-list", SVM, SQ_HINGE_GRAD + RETURN,
        SQ_HINGE_GRAD + RETURN.replace("return float(loss), dW", "return [float(loss), dW]"),
        "squared_hinge_loss_vectorized", only=True, failing_check="returns (loss, dW)", feedback="return a tuple",
        return_line=True),
    # -- softmax_loss_naive ---------------------------------------------------------------
    bug("softmax_naive-loss-not-averaged", SOFTMAX, "    loss /= num_train\n", "", "softmax_loss_naive",
        feedback="the data loss is not averaged over N"),
    bug("softmax_naive-no-max-subtraction", SOFTMAX, "        scores = scores - np.max(scores)\n", "",
        "softmax_loss_naive", only=True, failing_check="stays finite", feedback="subtract the largest score"),
    bug("softmax_naive-grad-sign-flipped", SOFTMAX, "(p_j - (j == y[i]))", "((j == y[i]) - p_j)",
        "softmax_loss_naive", feedback="wrong sign"),
    bug("softmax_naive-reg-grad-missing", SOFTMAX, "    dW += 2 * reg * W\n", "", "softmax_loss_naive",
        feedback="regularization gradient is missing"),
    bug("softmax_naive-labels-plus-one", SOFTMAX, "- scores[y[i]]", "- scores[y[i] + 1]", "softmax_loss_naive"),
    bug("softmax_naive-returns-dW-loss", SOFTMAX, "    dW += 2 * reg * W\n" + RETURN,
        "    dW += 2 * reg * W\n" + RETURN.replace("return float(loss), dW", "return dW, float(loss)"),
        "softmax_loss_naive", feedback="the loss must be a number", return_line=True),
    # -- softmax_loss_vectorized ------------------------------------------------------------
    bug("softmax_vec-grad-not-averaged", SOFTMAX, "    dscores /= num_train\n", "", "softmax_loss_vectorized",
        feedback="the data gradient is not averaged over N"),
    Bug("softmax_vec-half-reg-convention", (
        (SOFTMAX, "loss = -log_probs[rows, y].mean() + reg * np.sum(W * W)",
         "loss = -log_probs[rows, y].mean() + 0.5 * reg * np.sum(W * W)"),
        (SOFTMAX, "    dW = X.T.dot(dscores) + 2 * reg * W\n", "    dW = X.T.dot(dscores) + reg * W\n"),
    ), ("softmax_loss_vectorized",), feedback="1/2"),
    bug("softmax_vec-reg-grad-doubled", SOFTMAX, "    dW = X.T.dot(dscores) + 2 * reg * W\n",
        "    dW = X.T.dot(dscores) + 2 * reg * W\n    dW += 2 * reg * W\n", "softmax_loss_vectorized",
        feedback="regularization gradient is counted twice"),
    bug("softmax_vec-no-max-subtraction", SOFTMAX, "    scores -= scores.max(axis=1, keepdims=True)\n", "",
        "softmax_loss_vectorized", only=True, failing_check="stays finite", feedback="subtract the largest score"),
    # Subtracting the global max instead of each row's is exact in real arithmetic, but it is not the
    # stabilisation the kit asks for: on the grader's scores of the order of 1e3 the rows' maxima differ by
    # far more than 745, exp underflows for a whole row, its sum is 0 and the loss inf. A genuine numerical
    # bug, so it is here and not among the correct variants; it costs the stability check only.
    bug("softmax_vec-global-max-instead-of-row-max", SOFTMAX, "scores -= scores.max(axis=1, keepdims=True)",
        "scores -= scores.max()", "softmax_loss_vectorized", only=True, failing_check="stays finite",
        feedback="returned inf or nan"),
    bug("softmax_vec-labels-minus-one-in-grad", SOFTMAX, "dscores[rows, y] -= 1.0", "dscores[rows, y - 1] -= 1.0",
        "softmax_loss_vectorized"),
    bug("softmax_vec-list-comprehension", SOFTMAX, "loss = -log_probs[rows, y].mean()",
        "loss = -np.mean([log_probs[i, y[i]] for i in range(num_train)])", "softmax_loss_vectorized",
        only=True, failing_check="has no Python loops", feedback="a list comprehension"),
    bug("softmax_vec-loss-float32", SOFTMAX, "    dW = X.T.dot(dscores) + 2 * reg * W\n" + RETURN,
        "    dW = X.T.dot(dscores) + 2 * reg * W\n" + RETURN.replace("float(loss)", "np.float32(loss)"),
        "softmax_loss_vectorized", failing_check="returns (loss, dW)", feedback="return a Python float",
        return_line=True),
    # -- mse_loss -------------------------------------------------------------------------------
    Bug("mse-half-in-front", (
        (MSE, "loss = np.sum(residuals * residuals) / num_train",
         "loss = 0.5 * np.sum(residuals * residuals) / num_train"),
        (MSE, "dW = 2.0 * X.T.dot(residuals) / num_train", "dW = X.T.dot(residuals) / num_train"),
    ), ("mse_loss",), feedback="1/2 in front"),
    Bug("mse-averaged-over-N-times-K", (
        (MSE, "np.sum(residuals * residuals) / num_train", "np.sum(residuals * residuals) / residuals.size"),
        (MSE, "X.T.dot(residuals) / num_train", "X.T.dot(residuals) / residuals.size"),
    ), ("mse_loss",), feedback="averaged over N * K", misleading="1/2 in front"),
    bug("mse-dW-float32", MSE, "+ 2 * reg * W\n" + RETURN,
        "+ 2 * reg * W\n" + RETURN.replace("return float(loss), dW", "return float(loss), dW.astype(np.float32)"),
        "mse_loss", failing_check="returns (loss, dW)", feedback="float32", return_line=True),
    # -- l2 / l1 ----------------------------------------------------------------------------------
    bug("l2-half-convention", REG, "loss = reg * np.sum(W * W)\n    dW = 2.0 * reg * W",
        "loss = 0.5 * reg * np.sum(W * W)\n    dW = reg * W", "l2_regularization", feedback="1/2"),
    bug("l2-modifies-W-in-place", REG, "    dW = 2.0 * reg * W\n", "    W *= 2.0 * reg\n    dW = W\n",
        "l2_regularization", only=True, failing_check="does not modify its inputs", feedback="modified W in place"),
    bug("l2-returns-dW-loss", REG, "    dW = 2.0 * reg * W\n" + RETURN,
        "    dW = 2.0 * reg * W\n" + RETURN.replace("return float(loss), dW", "return dW, float(loss)"),
        "l2_regularization", feedback="it must return (a float", return_line=True),
    bug("l1-subgradient-one-at-zero", REG, "dW = reg * np.sign(W).astype(float)",
        "dW = reg * np.where(W >= 0, 1.0, -1.0)", "l1_regularization",
        failing_check="uses the subgradient 0", feedback="subgradient"),
    bug("l1-missing-abs", REG, "loss = reg * np.sum(np.abs(W))", "loss = reg * np.sum(W)", "l1_regularization",
        feedback="absolute value is missing"),
    # -- sample_batch (train calls it: a legitimate dependent) --------------------------------------
    bug("sample_batch-separate-draws-for-labels", OPTIM, "    y_batch = y[indices]\n",
        "    y_batch = y[rng.choice(X.shape[0], size=int(batch_size), replace=True)]\n", "sample_batch",
        feedback="labels do not belong to its rows", dependents=(TRAIN,)),
    bug("sample_batch-always-first-rows", OPTIM,
        "indices = rng.choice(X.shape[0], size=int(batch_size), replace=True)",
        "indices = np.arange(int(batch_size)) % X.shape[0]", "sample_batch",
        feedback="same batch", dependents=(TRAIN,)),
    bug("sample_batch-fresh-seeded-rng-every-call", OPTIM,
        "indices = rng.choice(X.shape[0], size=int(batch_size), replace=True)",
        "indices = np.random.default_rng(0).choice(X.shape[0], size=int(batch_size), replace=True)",
        "sample_batch", feedback="same batch", dependents=(TRAIN,)),
    bug("sample_batch-global-np-random", OPTIM,
        "indices = rng.choice(X.shape[0], size=int(batch_size), replace=True)",
        "indices = np.random.choice(X.shape[0], size=int(batch_size), replace=True)", "sample_batch",
        feedback="draw with rng, not np.random", dependents=(TRAIN,)),
    # -- sgd_step (train calls it) ----------------------------------------------------------------
    bug("sgd_step-in-place", OPTIM, "    W_new = W - learning_rate * dW\n",
        "    W -= learning_rate * dW\n    W_new = W\n", "sgd_step", feedback="changed W in place"),
    bug("sgd_step-plus", OPTIM, "W_new = W - learning_rate * dW", "W_new = W + learning_rate * dW", "sgd_step",
        feedback="along the gradient", dependents=(TRAIN,)),
    bug("sgd_step-ignores-learning-rate", OPTIM, "W_new = W - learning_rate * dW", "W_new = W - dW", "sgd_step",
        feedback="the learning rate is not applied", dependents=(TRAIN,)),
    # -- LinearClassifier.train ---------------------------------------------------------------------
    bug("train-no-history", CLASSIFIER, "            loss_history.append(float(loss))\n", "", TRAIN,
        failing_check="returns the list of the losses", feedback="history of 0 losses"),
    bug("train-history-reset-every-step", CLASSIFIER, "loss_history.append(float(loss))",
        "loss_history = [float(loss)]", TRAIN, feedback="history of 1 losses"),
    bug("train-history-appended-after-update", CLASSIFIER,
        "            loss_history.append(float(loss))\n"
        "            self.W = sgd_step(self.W, grad, learning_rate)\n",
        "            self.W = sgd_step(self.W, grad, learning_rate)\n"
        "            loss_history.append(float(self.loss(X_batch, y_batch, reg)[0]))\n", TRAIN),
    bug("train-ignores-batch-size-none", CLASSIFIER, "= sample_batch(X, y, batch_size, rng)",
        "= sample_batch(X, y, batch_size or X.shape[0], rng)", TRAIN,
        failing_check="uses all N examples", feedback="batch_size=None"),
    bug("train-fresh-rng-for-batches", CLASSIFIER, "= sample_batch(X, y, batch_size, rng)",
        "= sample_batch(X, y, batch_size, np.random.default_rng())", TRAIN,
        failing_check="depends on rng only", feedback="same rng seed"),
    # -- LinearClassifier.predict -----------------------------------------------------------------------
    bug("predict-float-labels", CLASSIFIER, "y_pred = np.argmax(scores, axis=1)",
        "y_pred = np.argmax(scores, axis=1).astype(float)", "LinearClassifier.predict",
        only=True, failing_check="returns an integer array", feedback="labels must be integers"),
    bug("predict-argmin", CLASSIFIER, "y_pred = np.argmax(scores, axis=1)", "y_pred = np.argmin(scores, axis=1)",
        "LinearClassifier.predict", failing_check="predicts the class with the highest score"),
    bug("predict-argmax-over-axis-0", CLASSIFIER, "y_pred = np.argmax(scores, axis=1)",
        "y_pred = np.argmax(scores, axis=0)", "LinearClassifier.predict", feedback="shape (N,)"),
    # -- one-vs-all / one-vs-one -----------------------------------------------------------------------
    bug("ova-argmin", MULTICLASS, "y_pred = np.argmax(scores, axis=1)", "y_pred = np.argmin(scores, axis=1)",
        "one_vs_all_predict", feedback="highest-scoring class"),
    bug("ovo-ties-to-highest-class", MULTICLASS, "y_pred = np.argmax(votes, axis=1)",
        "y_pred = votes.shape[1] - 1 - np.argmax(votes[:, ::-1], axis=1)", "one_vs_one_predict",
        only=True, failing_check="breaks ties in votes", feedback="the lowest tied class"),
    bug("ovo-zero-score-votes-second", MULTICLASS, "np.where(scores >= 0", "np.where(scores > 0",
        "one_vs_one_predict", only=True, failing_check="counts a score of exactly 0", feedback="exactly 0"),
]


def test_catalog_is_large_and_ids_are_unique():
    ids = [entry.id for entry in CATALOG]
    assert len(ids) >= 30
    assert len(set(ids)) == len(ids), "duplicate ids"
    for entry in CATALOG:
        for name in entry.breaks + entry.dependents:
            assert name in EXERCISE_NAMES, f"{entry.id}: unknown exercise {name}"
        assert not set(entry.breaks) & set(entry.dependents), entry.id


def test_train_really_calls_sample_batch_and_sgd_step():
    """The sample_batch and sgd_step entries may declare train a dependent only because train calls them."""
    source = (REFERENCE_PACKAGE / CLASSIFIER).read_text()
    assert "from ..optim import sample_batch, sgd_step" in source
    assert "sample_batch(X, y, batch_size, rng)" in source and "sgd_step(self.W, grad, learning_rate)" in source


def test_an_edit_that_does_not_match_exactly_once_fails_loudly(tmp_path):
    target = tmp_path / "f.py"
    target.write_text("a = 1\nb = 1\n")
    with pytest.raises(EditError, match="0 times"):
        apply_edit(target, "c = 1", "c = 2")
    with pytest.raises(EditError, match="2 times"):
        apply_edit(target, " = 1", " = 2")
    with pytest.raises(EditError, match="does not change"):
        apply_edit(target, "a = 1", "a = 1")
    assert target.read_text() == "a = 1\nb = 1\n"


@pytest.mark.parametrize("entry", [pytest.param(entry, id=entry.id) for entry in CATALOG])
def test_buggy_variant_loses_points_only_where_it_is_wrong(entry, make_submission, grade_folder, reference_grade):
    submission = make_submission(entry.edits)
    # the variant is a small edit of the reference region (or of the return line right after it)
    for (file, old, new), in_region in zip(entry.edits, submission.edits_in_region):
        assert in_region or entry.return_line, f"{entry.id}: the edit of {file} is outside a solution region"
        changed = [line for line in difflib.unified_diff(old.splitlines(), new.splitlines(), lineterm="", n=0)
                   if line[:1] in "+-" and not line.startswith(("+++", "---"))]
        assert 0 < len(changed) <= 12, f"{entry.id}: not a small edit ({len(changed)} changed lines)"

    graded = grade_folder(submission.root)
    table = describe_scores(graded)
    assert set(graded.scores) == set(EXERCISE_NAMES)
    assert set(reference_grade.scores) == set(EXERCISE_NAMES)
    for name in EXERCISE_NAMES:
        score, possible = graded.scores[name]
        assert possible == reference_grade.scores[name][1], name
        if name in entry.breaks:
            assert score < possible, f"{entry.id}: {name} kept full marks\n{table}"
        elif name not in entry.dependents:
            assert graded.full_marks(name), f"{entry.id}: {name} lost points it should keep\n{table}"

    main = entry.breaks[0]
    titles = [t.name.split(": ", 1)[1] for t in graded.failed(main)]
    if entry.failing_check:
        assert any(title.startswith(entry.failing_check) for title in titles), (
            f"{entry.id}: expected the check '{entry.failing_check}' of {main} to fail; failed: {titles}\n{table}")
    if entry.only:
        assert all(title.startswith(entry.failing_check) for title in titles), (
            f"{entry.id}: only '{entry.failing_check}' should fail; failed: {titles}")
    feedback = graded.feedback(main)
    if entry.feedback:
        assert entry.feedback in feedback, f"{entry.id}: feedback lacks {entry.feedback!r}:\n{feedback}"
    if entry.misleading:
        assert entry.misleading not in feedback, f"{entry.id}: misleading feedback {entry.misleading!r}:\n{feedback}"
    for test in graded.tests:
        assert "Traceback" not in test.output and "internal error" not in test.output, (entry.id, test)
