"""Sanity checks you can run yourself (see conftest.py). Each test checks one property."""

import numpy as np
import pytest

from cs231n.classifiers.linear_classifier import LinearClassifier, Softmax
from cs231n.classifiers.linear_regression import mse_loss
from cs231n.classifiers.linear_svm import squared_hinge_loss_vectorized, svm_loss_naive, svm_loss_vectorized
from cs231n.classifiers.multiclass import one_vs_all_predict, one_vs_one_pairs, one_vs_one_predict
from cs231n.classifiers.softmax import softmax_loss_naive, softmax_loss_vectorized
from cs231n.gradient_check import grad_check_sparse
from cs231n.optim import sample_batch, sgd_step
from cs231n.regularization import l1_regularization, l2_regularization

CLASSIFICATION_LOSSES = [svm_loss_naive, svm_loss_vectorized, squared_hinge_loss_vectorized,
                         softmax_loss_naive, softmax_loss_vectorized]
# the hinge max(0, .) has kinks; the squared hinge and softmax are smooth
HINGE_LOSSES = (svm_loss_naive, svm_loss_vectorized)


@pytest.mark.parametrize("loss_fn", CLASSIFICATION_LOSSES, ids=lambda f: f.__name__)
def test_returns_float_and_gradient_shaped_like_W(loss_fn, tiny_W, small_batch):
    X, y = small_batch
    loss, dW = loss_fn(tiny_W, X, y, 0.1)
    # a numpy scalar or a one-element array is read as the number it holds, as the grader does
    assert np.size(loss) == 1 and np.isrealobj(loss) and np.isfinite(np.ravel(loss)[0]), \
        f"{loss_fn.__name__} must return the loss as a number, got {type(loss).__name__}"
    assert isinstance(dW, np.ndarray) and dW.shape == tiny_W.shape, \
        f"{loss_fn.__name__} must return dW with W's shape {tiny_W.shape}"
    assert dW.dtype.kind != "f" or dW.dtype.itemsize >= 8, \
        f"{loss_fn.__name__} returned dW as {dW.dtype}; for float64 inputs it must be float64"


@pytest.mark.parametrize("loss_fn", [svm_loss_naive, svm_loss_vectorized], ids=lambda f: f.__name__)
def test_svm_initial_loss_is_about_C_minus_1(loss_fn, tiny_W, small_batch):
    # tiny W: every score is about 0, so each of the 9 wrong classes violates the margin 1
    loss, _ = loss_fn(tiny_W, *small_batch, 0.0)
    assert loss == pytest.approx(9.0, abs=0.5), f"{loss_fn.__name__}: initial loss {loss:.3f}, expected about 9"


@pytest.mark.parametrize("loss_fn", [softmax_loss_naive, softmax_loss_vectorized], ids=lambda f: f.__name__)
def test_softmax_initial_loss_is_about_log_C(loss_fn, tiny_W, small_batch):
    # tiny W: every class gets probability about 1/10
    loss, _ = loss_fn(tiny_W, *small_batch, 0.0)
    assert loss == pytest.approx(-np.log(0.1), abs=0.2), \
        f"{loss_fn.__name__}: initial loss {loss:.3f}, expected about -log(0.1) = 2.303"


@pytest.mark.parametrize("reg", [0.0, 50.0])
@pytest.mark.parametrize("loss_fn", CLASSIFICATION_LOSSES, ids=lambda f: f.__name__)
def test_gradient_matches_numeric_gradient(loss_fn, reg, tiny_W, small_batch):
    X, y = small_batch
    _, dW = loss_fn(tiny_W, X, y, reg)
    # a step across a hinge kink cannot match even for a right gradient: those coordinates are skipped
    errors = grad_check_sparse(lambda w: loss_fn(w, X, y, reg)[0], tiny_W, dW, num_checks=10, seed=1, verbose=False,
                               skip_kinks=loss_fn in HINGE_LOSSES)
    compared = errors[~np.isnan(errors)]
    assert compared.size >= 5, f"{loss_fn.__name__}: most steps crossed a kink; nothing to compare"
    assert compared.max() < 1e-5, (f"{loss_fn.__name__} with reg={reg}: largest relative error {compared.max():.1e}; "
                                   "did you forget the regularization gradient?")


@pytest.mark.parametrize("naive, vectorized", [(svm_loss_naive, svm_loss_vectorized),
                                               (softmax_loss_naive, softmax_loss_vectorized)],
                         ids=["svm", "softmax"])
def test_naive_and_vectorized_agree(naive, vectorized, tiny_W, small_batch):
    loss_naive, grad_naive = naive(tiny_W, *small_batch, 5e-6)
    loss_vec, grad_vec = vectorized(tiny_W, *small_batch, 5e-6)
    # 1e-6 relative: the grader's tolerance
    assert abs(float(np.ravel(loss_vec)[0]) - float(np.ravel(loss_naive)[0])) <= 1e-6 * max(1.0, abs(loss_naive)), \
        "the losses should match"
    assert np.linalg.norm(grad_naive - grad_vec) <= 1e-6 * max(1e-12, np.linalg.norm(grad_naive)), \
        "the gradients should match"


def _level_case(rng):
    """Each example's scores lie within a few units of each other around a level of its own (+-1000, ...):
    X's last column sets the level, which W's last row (1000) turns into a shift of all the example's scores.
    The twin has that row at 0: the same probabilities, so the same loss and gradient."""
    levels = np.array([-1.0, 1.0, 0.3, -0.7, 1.0])
    X = np.hstack([rng.standard_normal((5, 3)), levels[:, None]])
    W = rng.standard_normal((4, 3))
    y = rng.integers(0, 3, 5)
    W_levels, W_twin = W.copy(), W.copy()
    W_levels[-1], W_twin[-1] = 1000.0, 0.0
    return (W_levels, X, y, 0.0), (W_twin, X, y, 0.0)


def _mixed_case():
    """Examples that mix scores near +1000 and -1000, the correct class at each example's maximum (W = 1000 I
    turns the rows of X into the scores). The twin's scores are shifted by each row's max and cut at -60."""
    scores = np.array([[-1000.0, 995.0, 1000.0], [1000.0, -998.0, 999.0], [-1000.0, 1000.0, 0.0]])
    y = np.argmax(scores, axis=1)
    twin = np.maximum(scores - scores.max(axis=1, keepdims=True), -60.0)
    return (1000.0 * np.eye(3), scores / 1000.0, y, 0.0), (np.eye(3), twin, y, 0.0)


@pytest.mark.parametrize("case", ["levels", "mixed"])
@pytest.mark.parametrize("loss_fn", [softmax_loss_naive, softmax_loss_vectorized], ids=lambda f: f.__name__)
def test_softmax_is_stable_for_large_scores(loss_fn, case, rng):
    # softmax does not change when the same number is added to all of an example's scores
    large, twin = _level_case(rng) if case == "levels" else _mixed_case()
    with np.errstate(all="ignore"):
        loss, dW = loss_fn(*large)
    assert np.isfinite(loss) and np.all(np.isfinite(dW)), \
        "scores around +-1e3 gave inf or nan: subtract each example's own largest score (each row's max) before exp"
    loss_twin, dW_twin = loss_fn(*twin)
    assert abs(loss - loss_twin) <= 1e-6 * max(1.0, abs(loss_twin)), \
        f"scores around +-1e3 give the loss {loss:.6f}, but the same problem with small scores gives {loss_twin:.6f}"
    if case == "levels":
        assert np.allclose(dW, dW_twin, rtol=1e-6, atol=1e-9), "the gradient changed when every score was shifted"


def test_mse_gradient_matches_numeric_gradient(rng):
    W, X, y = rng.standard_normal((6, 2)), rng.standard_normal((20, 6)), rng.standard_normal((20, 2))
    loss, dW = mse_loss(W, X, y, 0.1)
    assert isinstance(loss, float) and dW.shape == W.shape
    errors = grad_check_sparse(lambda w: mse_loss(w, X, y, 0.1)[0], W, dW, num_checks=10, seed=2, verbose=False)
    assert errors.max() < 1e-7, f"largest relative error {errors.max():.1e}"


def test_regularization_conventions():
    W = np.array([[1.0, -2.0], [0.0, 3.0]])
    assert l2_regularization(W, 0.5)[0] == pytest.approx(0.5 * 14.0), "L2 is reg * sum(W**2), no 1/2"
    assert np.allclose(l2_regularization(W, 0.5)[1], 2 * 0.5 * W), "the L2 gradient is 2 * reg * W"
    assert l1_regularization(W, 0.5)[0] == pytest.approx(0.5 * 6.0), "L1 is reg * sum(|W|)"
    assert l1_regularization(W, 0.5)[1][1, 0] == 0.0, "the L1 subgradient at 0 is 0"


def test_sgd_step_returns_new_weights():
    W, dW = np.ones((3, 2)), np.full((3, 2), 2.0)
    W_new = sgd_step(W, dW, 0.1)
    assert np.allclose(W_new, 0.8), "sgd_step returns W - learning_rate * dW"
    assert np.all(W == 1.0) and np.all(dW == 2.0), "sgd_step must not modify its inputs"


def test_sample_batch_shapes_and_labels(rng):
    X = np.arange(20, dtype=float).reshape(10, 2)
    y = np.arange(10)
    X_batch, y_batch = sample_batch(X, y, 4, rng)
    assert X_batch.shape == (4, 2) and y_batch.shape == (4,)
    assert np.all(X_batch[:, 0] / 2 == y_batch), "each row must keep its own label"
    X_all, y_all = sample_batch(X, y, None, rng)
    assert np.array_equal(X_all, X) and np.array_equal(y_all, y), "batch_size=None returns all of X and y, in order"
    X_big, y_big = sample_batch(X, y, 25, rng)
    assert X_big.shape == (25, 2) and np.all(X_big[:, 0] / 2 == y_big), "a batch_size larger than N must work"
    same = [sample_batch(X, y, 4, np.random.default_rng(3))[1] for _ in range(2)]
    assert np.array_equal(*same), "the same rng seed must give the same batch: draw with rng, not np.random"


@pytest.mark.parametrize("batch_size", [None, 1, 16], ids=["batch", "stochastic", "minibatch"])
def test_training_lowers_the_loss(batch_size, rng):
    X = np.hstack([rng.standard_normal((60, 3)), np.ones((60, 1))])
    y = np.argmax(X[:, :3] @ rng.standard_normal((3, 3)), axis=1)
    history = Softmax().train(X, y, learning_rate=0.5, reg=1e-4, num_iters=80, batch_size=batch_size,
                              rng=np.random.default_rng(1))
    assert len(history) == 80, "train returns one loss per iteration"
    assert np.mean(history[-10:]) < history[0], "the loss should go down on an easy problem"


def test_predict_returns_integer_labels(rng):
    classifier = LinearClassifier()
    classifier.W = rng.standard_normal((4, 3))
    y_pred = classifier.predict(rng.standard_normal((7, 4)))
    assert y_pred.shape == (7,) and np.issubdtype(y_pred.dtype, np.integer)


def test_one_vs_all_and_one_vs_one():
    X = np.eye(3)
    assert one_vs_all_predict(np.diag([1.0, 3.0, 2.0]), X).tolist() == [0, 1, 2]
    assert one_vs_one_pairs(3).tolist() == [[0, 1], [0, 2], [1, 2]]
    # pair scores (0v1, 0v2, 1v2) = (+1, +1, -1): class 0 wins twice
    assert one_vs_one_predict(np.eye(3), np.array([[1.0, 1.0, -1.0]]), 3).tolist() == [0]
