"""The students' public sanity checks: they pass on the reference, fail on the stubs, hide nothing; and the
gradient check they and the notebooks use skips steps across a hinge kink instead of calling a right gradient wrong."""

import os
import subprocess
import sys

import numpy as np
import pytest

from support.kit_paths import ASSIGNMENT, REPO, SOLUTIONS


def run_public_checks(package_root):
    env = {**os.environ, "CHECK_PACKAGE_ROOT": str(package_root)}
    return subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "--tb=line"],
                          cwd=ASSIGNMENT, env=env, capture_output=True, text=True, timeout=300)


def test_public_checks_pass_on_the_reference():
    result = run_public_checks(SOLUTIONS)
    assert result.returncode == 0, result.stdout[-3000:]
    assert " passed" in result.stdout and "failed" not in result.stdout, result.stdout[-3000:]


def test_public_checks_fail_on_the_starter_code_saying_not_implemented():
    result = run_public_checks(ASSIGNMENT)
    assert result.returncode == 1, result.stdout[-3000:]
    assert "passed" not in result.stdout.splitlines()[-1], "no public check may pass on the untouched starter"
    assert "NotImplementedError" in result.stdout


@pytest.mark.parametrize("path", sorted(p.relative_to(REPO).as_posix() for p in ASSIGNMENT.rglob("*.py")))
def test_released_files_never_mention_the_hidden_material(path):
    text = (REPO / path).read_text()
    for hidden in ("autograder", "solutions/", "rubric", "BEGIN SOLUTION", "cs231n_reference"):
        assert hidden not in text, f"{path} mentions {hidden!r}; students receive this file"


# ---------------------------------------------------------------------------
# grad_check_sparse(skip_kinks=True): what the notebooks and the checks above use for the hinge
# ---------------------------------------------------------------------------


def _problem_with_a_margin_at_a_kink(rng):
    """Random SVM inputs where example 0's margin for one wrong class lies within 3e-6 of 0."""
    X, y, W = rng.standard_normal((20, 6)), rng.integers(0, 4, 20), rng.standard_normal((6, 4))
    scores = X[0] @ W
    j = (y[0] + 1) % 4
    margin = scores[j] - scores[y[0]] + 1
    W[:, j] -= (margin - rng.uniform(-3e-6, 3e-6)) * X[0] / (X[0] @ X[0])
    return W, X, y


def test_a_step_across_a_kink_is_skipped_not_called_wrong(rng):
    from cs231n.classifiers.linear_svm import svm_loss_naive
    from cs231n.gradient_check import grad_check_sparse

    skipped = 0
    for seed in range(20):
        W, X, y = _problem_with_a_margin_at_a_kink(np.random.default_rng(seed))
        f = lambda w: svm_loss_naive(w, X, y, 0.1)[0]  # noqa: E731
        grad = svm_loss_naive(W, X, y, 0.1)[1]
        plain = grad_check_sparse(f, W, grad, num_checks=24, seed=seed, verbose=False)
        errors = grad_check_sparse(f, W, grad, num_checks=24, seed=seed, verbose=False, skip_kinks=True)
        skipped += np.isnan(errors).sum()
        assert np.nanmax(errors) < 1e-7, "a right gradient was called wrong away from the kink"
        assert np.all(np.isnan(errors[plain > 1e-5])), "a coordinate spoiled by the kink was compared"
    assert skipped > 0


def test_smooth_losses_have_no_kinks_and_a_wrong_gradient_is_still_caught(rng):
    from cs231n.classifiers.linear_svm import svm_loss_naive
    from cs231n.classifiers.softmax import softmax_loss_naive
    from cs231n.gradient_check import grad_check_sparse

    X, y, W = 10 * rng.standard_normal((20, 6)), rng.integers(0, 4, 20), rng.standard_normal((6, 4))
    f = lambda w: softmax_loss_naive(w, X, y, 50.0)[0]  # noqa: E731
    errors = grad_check_sparse(f, W, softmax_loss_naive(W, X, y, 50.0)[1], num_checks=30, seed=0, verbose=False,
                               skip_kinks=True)
    assert not np.any(np.isnan(errors)) and errors.max() < 1e-6
    W, X, y = _problem_with_a_margin_at_a_kink(rng)
    f = lambda w: svm_loss_naive(w, X, y, 0.1)[0]  # noqa: E731
    wrong = svm_loss_naive(W, X, y, 0.1)[1] * 1.01
    errors = grad_check_sparse(f, W, wrong, num_checks=24, seed=0, verbose=False, skip_kinks=True)
    assert np.nanmax(errors) > 1e-3


def test_the_kink_test_costs_two_more_evaluations_and_agrees_with_crosses_kink():
    """skip_kinks reuses the centered difference's f(x +- h): 4 calls of f per coordinate and one of f(x)."""
    from cs231n.classifiers.linear_svm import svm_loss_naive
    from cs231n.gradient_check import crosses_kink, grad_check_sparse

    W, X, y = _problem_with_a_margin_at_a_kink(np.random.default_rng(3))
    before, calls = W.copy(), []

    def f(w):
        calls.append(1)
        return svm_loss_naive(w, X, y, 0.1)[0]

    errors = grad_check_sparse(f, W, svm_loss_naive(W, X, y, 0.1)[1], num_checks=24, seed=3, verbose=False,
                               skip_kinks=True)
    assert len(calls) == 1 + 4 * 24 and np.array_equal(W, before)
    drawn = np.random.default_rng(3)
    kinks = [crosses_kink(f, W, tuple(int(drawn.integers(m)) for m in W.shape)) for _ in range(24)]
    assert list(np.isnan(errors)) == kinks and any(kinks)


def test_skipped_kinks_are_said_so(rng, capsys):
    from cs231n.classifiers.linear_svm import svm_loss_naive
    from cs231n.gradient_check import grad_check_sparse

    W, X, y = _problem_with_a_margin_at_a_kink(np.random.default_rng(0))
    errors = grad_check_sparse(lambda w: svm_loss_naive(w, X, y, 0.1)[0], W, svm_loss_naive(W, X, y, 0.1)[1],
                               num_checks=24, seed=0, skip_kinks=True)
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 24
    assert sum("the step crosses a kink: not compared" in line for line in lines) == np.isnan(errors).sum() > 0


# ---------------------------------------------------------------------------
# The stability check follows the grader's rule: each row's own max passes, nothing else does
# ---------------------------------------------------------------------------


def _softmax(shift, probabilities_first):
    """A vectorized softmax loss that shifts the scores by 'row' max, 'batch' max, 'mean' of a row, or 'none'."""
    def loss_fn(W, X, y, reg):
        scores = X.dot(W)
        if shift == "row":
            scores = scores - scores.max(axis=1, keepdims=True)
        elif shift == "batch":
            scores = scores - scores.max()
        elif shift == "mean":
            scores = scores - scores.mean(axis=1, keepdims=True)
        rows, exps = np.arange(len(y)), np.exp(scores)
        if probabilities_first:  # the literal recipe: p, then -log p
            p = exps / exps.sum(axis=1, keepdims=True)
            loss = -np.mean(np.log(p[rows, y]))
        else:  # log-sum-exp
            log_p = scores - np.log(exps.sum(axis=1, keepdims=True))
            p, loss = np.exp(log_p), -np.mean(log_p[rows, y])
        p[rows, y] -= 1
        return float(loss) + reg * np.sum(W * W), X.T.dot(p) / len(y) + 2 * reg * W
    return loss_fn


def _public_checks():
    sys.path.insert(0, str(ASSIGNMENT / "public_checks"))
    sys.path.insert(0, str(SOLUTIONS))
    try:
        import test_sanity
    finally:
        sys.path.remove(str(ASSIGNMENT / "public_checks"))
        sys.path.remove(str(SOLUTIONS))
    return test_sanity


@pytest.mark.parametrize("probabilities_first", [True, False], ids=["p-first", "log-sum-exp"])
@pytest.mark.parametrize("shift, passes", [("row", {"levels", "mixed"}), ("batch", {"mixed"}), ("mean", {"levels"}),
                                           ("none", set())])
def test_the_stability_check_passes_a_row_max_shift_only(shift, passes, probabilities_first):
    check = _public_checks().test_softmax_is_stable_for_large_scores
    passed = set()
    for case in ("levels", "mixed"):
        with np.errstate(all="ignore"):
            try:
                check(_softmax(shift, probabilities_first), case, np.random.default_rng(0))
                passed.add(case)
            except AssertionError:
                pass
    assert passed == passes
