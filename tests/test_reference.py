"""The reference solution (solutions/cs231n) is right, checked against independent computations.

Nothing here trusts the kit to check itself: numeric gradients, loss formulas
and expected predictions are written out in this file, in plain Python or
plain numpy, and the reference is compared with them. The kit's own
``gradient_check`` module is tested separately at the end.
"""

import importlib.util
import math
import warnings
from pathlib import Path

import numpy as np
import pytest

from cs231n.classifiers.binary_svm import binary_svm_loss, train_one_vs_all, train_one_vs_one
from cs231n.classifiers.linear_classifier import LinearClassifier, LinearSVM, Softmax
from cs231n.classifiers.linear_regression import mse_loss
from cs231n.classifiers.linear_svm import (
    squared_hinge_loss_vectorized,
    svm_loss_naive,
    svm_loss_vectorized,
)
from cs231n.classifiers.multiclass import one_vs_all_predict, one_vs_one_pairs, one_vs_one_predict
from cs231n.classifiers.softmax import softmax_loss_naive, softmax_loss_vectorized
from cs231n.data_utils import get_CIFAR10_data
from cs231n.gradient_check import eval_numerical_gradient, grad_check_sparse, relative_error
from cs231n.optim import sample_batch, sgd_step
from cs231n.regularization import l1_proximal_step, l1_regularization, l2_regularization

TOY_CIFAR_PATH = Path(__file__).resolve().parents[1] / "data" / "toy_cifar.py"

HINGE_LOSSES = {
    "svm_loss_naive": svm_loss_naive,
    "svm_loss_vectorized": svm_loss_vectorized,
    "squared_hinge_loss_vectorized": squared_hinge_loss_vectorized,
}
SOFTMAX_LOSSES = {
    "softmax_loss_naive": softmax_loss_naive,
    "softmax_loss_vectorized": softmax_loss_vectorized,
}
CLASSIFICATION_LOSSES = {**HINGE_LOSSES, **SOFTMAX_LOSSES}
ALL_LOSSES = {**CLASSIFICATION_LOSSES, "mse_loss": mse_loss}

# (N, D, C, reg): includes a single example, two classes, no and positive regularization.
SHAPES = [
    (1, 3, 2, 0.0),
    (1, 4, 2, 0.7),
    (2, 3, 2, 0.0),
    (5, 4, 3, 0.0),
    (8, 6, 4, 0.1),
    (20, 7, 5, 1.3),
]
SHAPE_IDS = [f"N{n}-D{d}-C{c}-reg{r}" for n, d, c, r in SHAPES]

MIN_MARGIN_GAP = 0.05  # hinge margins at least this far from the kink


# ---------------------------------------------------------------------------
# Independent helpers: numeric gradient, relative error, loss formulas
# ---------------------------------------------------------------------------


def numeric_gradient(f, W, h=1e-5):
    """Centered difference (f(W + h e) - f(W - h e)) / 2h at every coordinate, in float64."""
    W = np.array(W, dtype=np.float64)  # own copy: the caller's W is never touched
    grad = np.zeros_like(W)
    for idx in np.ndindex(W.shape):
        old = W[idx]
        W[idx] = old + h
        f_plus = f(W)
        W[idx] = old - h
        f_minus = f(W)
        W[idx] = old
        grad[idx] = (f_plus - f_minus) / (2 * h)
    return grad


def max_relative_error(analytic, numeric):
    """max over coordinates of |a - n| / (|a| + |n|), with 0/0 taken as 0."""
    analytic = np.asarray(analytic, dtype=np.float64)
    numeric = np.asarray(numeric, dtype=np.float64)
    diff = np.abs(analytic - numeric)
    size = np.abs(analytic) + np.abs(numeric)
    rel = np.where(size > 0, diff / np.where(size > 0, size, 1.0), 0.0)
    return float(rel.max())


def scaled_difference(a, b):
    """max |a - b| relative to the size of the arrays (max |a|, at least 1)."""
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    return float(np.max(np.abs(a - b)) / max(1.0, float(np.max(np.abs(a)))))


def hinge_margins(W, X, y):
    """s_j - s_{y_i} + 1 for every j != y_i, flattened (plain numpy, no reference code)."""
    scores = X @ W
    rows = np.arange(len(y))
    margins = scores - scores[rows, y][:, None] + 1.0
    mask = np.ones_like(margins, dtype=bool)
    mask[rows, y] = False
    return margins[mask]


def classification_problem(rng, N, D, C):
    """Random W, X, y whose hinge margins all stay at least MIN_MARGIN_GAP away from 0.

    At least one margin is violated, so that even with reg = 0 the hinge gradient is not 0.
    """
    for _ in range(10000):
        W = 0.5 * rng.standard_normal((D, C))
        X = rng.standard_normal((N, D))
        y = rng.integers(C, size=N)
        margins = hinge_margins(W, X, y)
        if np.all(np.abs(margins) >= MIN_MARGIN_GAP) and np.any(margins > 0):
            return W, X, y
    raise AssertionError("could not draw a problem with margins away from the kink")


def regression_problem(rng, N, D, K):
    return rng.standard_normal((D, K)), rng.standard_normal((N, D)), rng.standard_normal((N, K))


def python_scores(W, X, i):
    D, C = W.shape
    return [sum(float(X[i, d]) * float(W[d, j]) for d in range(D)) for j in range(C)]


def python_l2(W, reg):
    return reg * sum(float(w) * float(w) for w in np.ravel(W))


def hinge_loss_formula(W, X, y, reg, squared=False):
    """The multiclass (squared) hinge loss written as explicit Python sums."""
    N, C = X.shape[0], W.shape[1]
    total = 0.0
    for i in range(N):
        s = python_scores(W, X, i)
        correct = int(y[i])
        for j in range(C):
            if j == correct:
                continue
            m = max(0.0, s[j] - s[correct] + 1.0)
            total += m * m if squared else m
    return total / N + python_l2(W, reg)


def logsumexp(values):
    """log(sum(exp(v))) with the largest value factored out, in plain Python floats."""
    top = max(values)
    return top + math.log(sum(math.exp(v - top) for v in values))


def softmax_loss_formula(W, X, y, reg):
    """Mean over examples of -log softmax(s)[y_i] = logsumexp(s) - s[y_i], plus reg * sum W^2."""
    N = X.shape[0]
    total = 0.0
    for i in range(N):
        s = python_scores(W, X, i)
        total += logsumexp(s) - s[int(y[i])]
    return total / N + python_l2(W, reg)


def mse_formula(W, X, y, reg):
    N, D = X.shape
    K = W.shape[1]
    total = 0.0
    for i in range(N):
        for k in range(K):
            prediction = sum(float(X[i, d]) * float(W[d, k]) for d in range(D))
            total += (prediction - float(y[i, k])) ** 2
    return total / N + python_l2(W, reg)


LOSS_FORMULAS = {
    "svm_loss_naive": hinge_loss_formula,
    "svm_loss_vectorized": hinge_loss_formula,
    "squared_hinge_loss_vectorized": lambda W, X, y, reg: hinge_loss_formula(W, X, y, reg, squared=True),
    "softmax_loss_naive": softmax_loss_formula,
    "softmax_loss_vectorized": softmax_loss_formula,
    "mse_loss": mse_formula,
}


def case_rng(N, D, C, offset=0):
    """A generator seeded by the problem's shape: every case is repeatable and distinct."""
    return np.random.default_rng(offset + N * 1000 + D * 10 + C)


def problem_for(name, rng, N, D, C):
    if name == "mse_loss":
        return regression_problem(rng, N, D, C)
    return classification_problem(rng, N, D, C)


# ---------------------------------------------------------------------------
# Gradients: analytic dW against a numeric gradient
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("shape", SHAPES, ids=SHAPE_IDS)
@pytest.mark.parametrize("name", list(ALL_LOSSES))
def test_analytic_gradient_matches_numeric_gradient(name, shape):
    N, D, C, reg = shape
    loss_fn = ALL_LOSSES[name]
    W, X, y = problem_for(name, case_rng(N, D, C), N, D, C)

    loss, dW = loss_fn(W, X, y, reg)
    assert dW.shape == W.shape, f"{name}: dW has shape {dW.shape}, W has {W.shape}"
    numeric = numeric_gradient(lambda W_: loss_fn(W_, X, y, reg)[0], W)
    error = max_relative_error(dW, numeric)
    assert error < 1e-7, f"{name}: max relative error between analytic and numeric dW is {error:.3e} (>= 1e-7)"


def test_hinge_problems_have_both_violated_and_satisfied_margins():
    # Otherwise the gradient tests above would only exercise one branch of max(0, .).
    problems = [classification_problem(case_rng(n, d, c), n, d, c) for n, d, c, _ in SHAPES]
    margins = np.concatenate([hinge_margins(*problem) for problem in problems])
    violated = int(np.sum(margins > 0))
    satisfied = int(np.sum(margins < 0))
    assert violated >= 5 and satisfied >= 5, f"{violated} violated and {satisfied} satisfied margins"


# ---------------------------------------------------------------------------
# Loss values against formulas written out here
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("shape", SHAPES, ids=SHAPE_IDS)
@pytest.mark.parametrize("name", list(ALL_LOSSES))
def test_loss_value_matches_the_formula(name, shape):
    N, D, C, reg = shape
    W, X, y = problem_for(name, case_rng(N, D, C, offset=7), N, D, C)
    loss, _ = ALL_LOSSES[name](W, X, y, reg)
    expected = LOSS_FORMULAS[name](W, X, y, reg)
    assert type(loss) is float, f"{name} returned loss of type {type(loss).__name__}, not float"
    assert math.isclose(loss, expected, rel_tol=1e-12, abs_tol=1e-14), (
        f"{name}: loss {loss!r}, formula gives {expected!r} (difference {abs(loss - expected):.3e})"
    )


@pytest.mark.parametrize("name", list(ALL_LOSSES))
def test_regularization_is_reg_times_sum_of_squares_without_a_half(name):
    W, X, y = problem_for(name, np.random.default_rng(11), 6, 5, 3)
    reg = 0.37
    loss0, dW0 = ALL_LOSSES[name](W, X, y, 0.0)
    loss1, dW1 = ALL_LOSSES[name](W, X, y, reg)
    penalty = loss1 - loss0
    expected = python_l2(W, reg)
    assert math.isclose(penalty, expected, rel_tol=1e-12), (
        f"{name}: regularization adds {penalty!r} to the loss, expected reg*sum(W**2) = {expected!r}"
    )
    gap = scaled_difference(dW1 - dW0, 2 * reg * W)
    assert gap < 1e-13, f"{name}: regularization adds to dW something {gap:.3e} away from 2*reg*W"


def test_svm_loss_on_the_lecture_example():
    # CS231n lecture 3: cat/car/frog scores; losses 2.9, 0, 12.9, mean 5.27.
    scores = np.array([[3.2, 5.1, -1.7], [1.3, 4.9, 2.0], [2.2, 2.5, -3.1]])
    X = np.eye(3)  # X[i] = e_i, so the scores of example i are row i of W
    y = np.array([0, 1, 2])
    for name in ("svm_loss_naive", "svm_loss_vectorized"):
        loss, _ = HINGE_LOSSES[name](scores, X, y, 0.0)
        assert math.isclose(loss, 15.8 / 3, rel_tol=1e-12), f"{name}: lecture example gives {loss}, expected 5.2667"


def test_softmax_loss_on_the_lecture_example():
    # CS231n lecture 3: cat scores (3.2, 5.1, -1.7), P(cat) = 0.13, loss -ln 0.13 = 2.04.
    W = np.array([[3.2, 5.1, -1.7]])
    X = np.ones((1, 1))
    for name, fn in SOFTMAX_LOSSES.items():
        loss, _ = fn(W, X, np.array([0]), 0.0)
        assert abs(loss - 2.04) < 5e-3, f"{name}: lecture example gives {loss:.4f}, expected about 2.04"


@pytest.mark.parametrize("name", list(SOFTMAX_LOSSES))
def test_softmax_with_zero_weights_is_log_C(name):
    C = 7
    loss, _ = SOFTMAX_LOSSES[name](np.zeros((4, C)), np.ones((3, 4)), np.array([0, 3, 6]), 0.0)
    assert math.isclose(loss, math.log(C), rel_tol=1e-14), f"{name}: loss {loss} with W = 0, expected log {C}"


@pytest.mark.parametrize("name", list(ALL_LOSSES))
def test_losses_do_not_modify_their_inputs(name):
    W, X, y = problem_for(name, np.random.default_rng(12), 6, 5, 3)
    copies = [W.copy(), X.copy(), y.copy()]
    ALL_LOSSES[name](W, X, y, 0.2)
    for label, before, after in zip("WXy", copies, (W, X, y)):
        np.testing.assert_array_equal(after, before, err_msg=f"{name} modified {label}")


# ---------------------------------------------------------------------------
# Naive and vectorized versions agree
# ---------------------------------------------------------------------------


def cifar_like_problem(rng, N=50, C=10):
    """Rows like centred CIFAR-10 with the bias column: D = 3073, pixel deviations of tens."""
    X = np.hstack([rng.normal(0.0, 60.0, (N, 3072)), np.ones((N, 1))])
    W = 1e-4 * rng.standard_normal((3073, C))
    y = rng.integers(C, size=N)
    return W, X, y


PAIRS = [
    ("svm", svm_loss_naive, svm_loss_vectorized),
    ("softmax", softmax_loss_naive, softmax_loss_vectorized),
]


@pytest.mark.parametrize("reg", [0.0, 2.5e4], ids=["reg0", "reg2.5e4"])
@pytest.mark.parametrize("kind, naive, vectorized", PAIRS, ids=[p[0] for p in PAIRS])
def test_naive_and_vectorized_agree_on_cifar_sized_rows(kind, naive, vectorized, reg):
    W, X, y = cifar_like_problem(np.random.default_rng(3))
    loss_n, dW_n = naive(W, X, y, reg)
    loss_v, dW_v = vectorized(W, X, y, reg)
    loss_gap = abs(loss_n - loss_v) / max(1.0, abs(loss_n))
    grad_gap = scaled_difference(dW_n, dW_v)
    assert loss_gap < 1e-10, f"{kind}: naive loss {loss_n!r}, vectorized {loss_v!r}: relative gap {loss_gap:.3e}"
    assert grad_gap < 1e-10, f"{kind}: naive and vectorized dW differ by {grad_gap:.3e} (relative to max |dW|)"


@pytest.mark.parametrize("shape", SHAPES, ids=SHAPE_IDS)
@pytest.mark.parametrize("kind, naive, vectorized", PAIRS, ids=[p[0] for p in PAIRS])
def test_naive_and_vectorized_agree_on_small_cases(kind, naive, vectorized, shape):
    N, D, C, reg = shape
    W, X, y = classification_problem(case_rng(N, D, C, offset=99), N, D, C)
    loss_n, dW_n = naive(W, X, y, reg)
    loss_v, dW_v = vectorized(W, X, y, reg)
    assert abs(loss_n - loss_v) < 1e-10, f"{kind}: naive loss {loss_n!r}, vectorized {loss_v!r}"
    gap = float(np.max(np.abs(dW_n - dW_v)))
    assert gap < 1e-10, f"{kind}: naive and vectorized dW differ by up to {gap:.3e}"


# ---------------------------------------------------------------------------
# Softmax is numerically stable
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(SOFTMAX_LOSSES))
def test_softmax_shifted_scores_of_1e3_give_the_same_result(name):
    fn = SOFTMAX_LOSSES[name]
    rng = np.random.default_rng(5)
    X = np.hstack([rng.standard_normal((6, 4)), np.ones((6, 1))])  # last column: bias
    y = rng.integers(3, size=6)
    W = rng.standard_normal((5, 3))
    W_big = W.copy()
    W_big[-1, :] += 1000.0  # every score + 1000: the same probabilities
    assert np.all(X @ W_big > 990), "the shifted scores should all be around 1e3"

    with warnings.catch_warnings(), np.errstate(over="warn", invalid="warn", divide="warn"):
        warnings.simplefilter("error")  # any RuntimeWarning (overflow, nan) fails the test
        loss_big, dW_big = fn(W_big, X, y, 0.0)
        loss, dW = fn(W, X, y, 0.0)

    assert np.isfinite(loss_big) and np.all(np.isfinite(dW_big)), f"{name}: loss {loss_big} with scores ~1e3"
    assert abs(loss_big - loss) < 1e-10, f"{name}: loss {loss_big!r} with scores + 1000, {loss!r} without"
    gap = float(np.max(np.abs(dW_big - dW)))
    assert gap < 1e-10, f"{name}: dW with scores + 1000 differs by up to {gap:.3e}"


@pytest.mark.parametrize("name", list(SOFTMAX_LOSSES))
def test_softmax_scores_spread_over_thousands_stay_finite(name):
    fn = SOFTMAX_LOSSES[name]
    rng = np.random.default_rng(6)
    X = rng.standard_normal((5, 4))
    W = 800.0 * rng.standard_normal((4, 4))  # scores of order +-1e3: exp() would overflow
    y = rng.integers(4, size=5)
    assert np.max(np.abs(X @ W)) > 700, "the test needs scores beyond exp's range"

    with warnings.catch_warnings(), np.errstate(over="warn", invalid="warn", divide="warn"):
        warnings.simplefilter("error")
        loss, dW = fn(W, X, y, 0.0)

    expected = softmax_loss_formula(W, X, y, 0.0)
    assert np.all(np.isfinite(dW)), f"{name}: dW has {np.sum(~np.isfinite(dW))} non-finite entries"
    assert math.isclose(loss, expected, rel_tol=1e-10), f"{name}: loss {loss!r}, logsumexp formula {expected!r}"


# ---------------------------------------------------------------------------
# SVM when every margin is satisfied
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("reg", [0.0, 0.7])
@pytest.mark.parametrize("name", list(HINGE_LOSSES))
def test_all_margins_satisfied_leaves_only_the_regularization(name, reg):
    C = 4
    X = 2.0 * np.eye(C)
    y = np.arange(C)
    W = 3.0 * np.eye(C) + 0.01 * np.random.default_rng(1).standard_normal((C, C))
    assert np.all(hinge_margins(W, X, y) < -4), "every margin should be satisfied by far"
    loss, dW = HINGE_LOSSES[name](W, X, y, reg)
    expected = python_l2(W, reg)
    assert math.isclose(loss, expected, rel_tol=1e-13, abs_tol=0.0), f"{name}: loss {loss!r}, reg term {expected!r}"
    gap = float(np.max(np.abs(dW - 2 * reg * W)))
    assert gap < 1e-15, f"{name}: dW differs from 2*reg*W by up to {gap:.3e}"


# ---------------------------------------------------------------------------
# Regularization functions
# ---------------------------------------------------------------------------


def test_l2_regularization_value_and_gradient():
    W = np.random.default_rng(2).standard_normal((4, 3))
    loss, dW = l2_regularization(W, 0.25)
    expected = python_l2(W, 0.25)
    assert type(loss) is float, f"L2 loss of type {type(loss).__name__}, not float"
    assert math.isclose(loss, expected, rel_tol=1e-13), f"L2 loss {loss!r}, expected {expected!r}"
    np.testing.assert_allclose(dW, 0.5 * W, rtol=1e-15, err_msg="L2 gradient must be 2*reg*W")
    error = max_relative_error(dW, numeric_gradient(lambda W_: l2_regularization(W_, 0.25)[0], W))
    assert error < 1e-7, f"L2: relative error of dW against the numeric gradient {error:.3e}"


def test_l1_regularization_value_and_gradient():
    W = np.random.default_rng(3).standard_normal((4, 3))
    loss, dW = l1_regularization(W, 0.25)
    expected = 0.25 * sum(abs(float(w)) for w in W.ravel())
    assert type(loss) is float, f"L1 loss of type {type(loss).__name__}, not float"
    assert math.isclose(loss, expected, rel_tol=1e-13), f"L1 loss {loss!r}, expected {expected!r}"
    np.testing.assert_array_equal(dW, np.where(W > 0, 0.25, -0.25), err_msg="L1 gradient must be reg*sign(W)")
    error = max_relative_error(dW, numeric_gradient(lambda W_: l1_regularization(W_, 0.25)[0], W, h=1e-6))
    assert error < 1e-7, f"L1: relative error of dW against the numeric gradient {error:.3e}"


def test_l1_subgradient_is_exactly_zero_at_zero():
    W = np.array([[0.0, 1.5, -0.0], [-2.0, 0.0, 3.0]])
    _, dW = l1_regularization(W, 0.4)
    zeros = W == 0
    assert np.all(dW[zeros] == 0.0), f"L1 subgradient at W == 0 is {dW[zeros]}, expected 0"
    np.testing.assert_array_equal(dW[~zeros], [0.4, -0.4, 0.4])
    assert dW.dtype.kind == "f", f"L1 gradient dtype {dW.dtype}, expected float"


@pytest.mark.parametrize("learning_rate,reg", [(0.1, 2.0), (0.5, 0.3), (1.0, 0.0)])
def test_l1_proximal_step_is_the_minimiser_of_the_proximal_problem(learning_rate, reg):
    """prox(v) = argmin_w (w - v)^2 / (2 lr) + reg |w|, per coordinate: checked by brute force on a fine grid."""
    W = np.random.default_rng(7).standard_normal((4, 3))
    W[0, 0], W[1, 1] = 0.0, learning_rate * reg  # a zero and a weight exactly at the threshold
    before = W.copy()
    W_new = l1_proximal_step(W, learning_rate, reg)
    np.testing.assert_array_equal(W, before)
    assert W_new.shape == W.shape and W_new.dtype == np.float64 and not np.shares_memory(W, W_new)
    grid = np.linspace(-4, 4, 80001)
    for v, got in zip(W.ravel(), W_new.ravel()):
        objective = (grid - v) ** 2 / (2 * learning_rate) + reg * np.abs(grid)
        assert abs(got - grid[np.argmin(objective)]) < 2e-4, (v, got)
        if abs(v) <= learning_rate * reg:
            assert got == 0.0, f"|{v}| <= lr * reg must give exactly 0, got {got}"
        else:
            assert math.isclose(got, v - math.copysign(learning_rate * reg, v), rel_tol=1e-12)


@pytest.mark.parametrize("fn", [l1_regularization, l2_regularization], ids=lambda f: f.__name__)
def test_regularization_does_not_modify_W(fn):
    W = np.array([[0.0, 1.5], [-2.0, 0.5]])
    before = W.copy()
    _, dW = fn(W, 0.3)
    np.testing.assert_array_equal(W, before, err_msg=f"{fn.__name__} changed W")
    assert not np.shares_memory(dW, W), f"{fn.__name__} returned a gradient that shares memory with W"


@pytest.mark.parametrize("fn", [l1_regularization, l2_regularization], ids=lambda f: f.__name__)
def test_regularization_rejects_negative_reg(fn):
    with pytest.raises(ValueError) as excinfo:
        fn(np.ones((2, 2)), -0.1)
    message = str(excinfo.value)
    assert fn.__name__ in message and "reg" in message and ">= 0" in message, message


# ---------------------------------------------------------------------------
# The binary SVM loss
# ---------------------------------------------------------------------------


def binary_hinge_formula(w, X, t, reg):
    """The binary hinge loss in plain Python: mean of max(0, 1 - t_i * x_i.w), plus reg * sum(w ** 2)."""
    total = 0.0
    for x_i, t_i in zip(X, t):
        score = sum(float(a) * float(b) for a, b in zip(x_i, w))
        total += max(0.0, 1.0 - float(t_i) * score)
    return total / len(X) + reg * sum(float(v) ** 2 for v in w)


def binary_problem(seed, N=12, D=5, gap=0.05):
    """w, X, t (in {-1, +1}) with every margin at least ``gap`` away from the kink, both sides present."""
    rng = np.random.default_rng(seed)
    while True:
        w, X = rng.standard_normal(D), rng.standard_normal((N, D))
        t = np.where(rng.random(N) < 0.5, -1, 1)
        margins = 1.0 - t * (X @ w)
        if np.min(np.abs(margins)) > gap and np.any(margins > 0) and np.any(margins < 0):
            return w, X, t


@pytest.mark.parametrize("seed,reg", [(0, 0.0), (1, 0.3), (2, 2.0)])
def test_binary_svm_loss_matches_the_formula_and_the_numeric_gradient(seed, reg):
    w, X, t = binary_problem(seed)
    loss, dw = binary_svm_loss(w, X, t, reg)
    assert type(loss) is float and dw.shape == w.shape and dw.dtype == np.float64
    assert math.isclose(loss, binary_hinge_formula(w, X, t, reg), rel_tol=1e-12)
    error = max_relative_error(dw, numeric_gradient(lambda w_: binary_svm_loss(w_, X, t, reg)[0], w))
    assert error < 1e-7, f"binary_svm_loss: relative error of dw against the numeric gradient {error:.3e}"


def test_binary_svm_loss_by_hand():
    # scores 2 (t=+1: margin -1, nothing), 0.5 (t=+1: margin 0.5), 0.5 (t=-1: margin 1.5), exactly 1 (t=+1: kink)
    w = np.array([1.0, -1.0])
    X = np.array([[2.0, 0.0], [1.0, 0.5], [0.5, 0.0], [1.5, 0.5]])
    t = np.array([1, 1, -1, 1])
    loss, dw = binary_svm_loss(w, X, t, 0.1)
    assert math.isclose(loss, (0.0 + 0.5 + 1.5 + 0.0) / 4 + 0.1 * 2.0, rel_tol=1e-14)
    # the kink (row 3) has the subgradient 0: only rows 1 and 2 add -t_i * x_i / N
    expected = (-np.array([1.0, 0.5]) + np.array([0.5, 0.0])) / 4 + 2 * 0.1 * w
    np.testing.assert_allclose(dw, expected, rtol=1e-14)


def test_binary_svm_loss_keeps_its_inputs_and_refuses_0_1_labels():
    w, X, t = binary_problem(3)
    copies = [a.copy() for a in (w, X, t)]
    binary_svm_loss(w, X, t, 0.5)
    for before, after in zip(copies, (w, X, t)):
        np.testing.assert_array_equal(before, after)
    with pytest.raises(ValueError, match=r"-1 or \+1"):
        binary_svm_loss(w, X, (t > 0).astype(int), 0.5)
    with pytest.raises(ValueError, match="w must be a 1-D array"):
        binary_svm_loss(w[:, None], X, t, 0.5)


def plain_binary_sgd(X, t, num_iters, batch_size, learning_rate, reg, rng):
    """Minibatch SGD on the binary hinge, written out here: indices drawn as the kit's sample_batch draws them."""
    w = np.zeros(X.shape[1])
    for _ in range(num_iters):
        if batch_size is None:
            X_b, t_b = X, t
        else:
            idx = rng.choice(X.shape[0], size=batch_size, replace=True)
            X_b, t_b = X[idx], t[idx]
        active = (1.0 - t_b * (X_b @ w)) > 0
        grad = -(X_b[active].T @ t_b[active]) / len(X_b) + 2 * reg * w
        w = w - learning_rate * grad
    return w


def four_blobs(seed=5, N=80, C=4):
    rng = np.random.default_rng(seed)
    y = rng.permutation(np.arange(N) % C)
    X = np.hstack([3.0 * np.eye(C)[y] + 0.5 * rng.standard_normal((N, C)), np.ones((N, 1))])
    return X, y


@pytest.mark.parametrize("batch_size", [None, 7])
def test_train_one_vs_all_is_c_binary_sgd_runs_in_class_order(batch_size):
    X, y = four_blobs()
    options = dict(learning_rate=0.1, reg=1e-3, num_iters=15, batch_size=batch_size)
    W = train_one_vs_all(X, y, 4, rng=np.random.default_rng(3), **options)
    rng = np.random.default_rng(3)
    expected = np.stack([plain_binary_sgd(X, np.where(y == c, 1, -1), rng=rng, **options) for c in range(4)], axis=1)
    assert W.shape == (X.shape[1], 4)
    np.testing.assert_allclose(W, expected, rtol=1e-12, atol=1e-15)


@pytest.mark.parametrize("batch_size", [None, 7])
def test_train_one_vs_one_trains_each_pair_on_its_rows_first_class_positive(batch_size):
    X, y = four_blobs()
    options = dict(learning_rate=0.1, reg=1e-3, num_iters=15, batch_size=batch_size)
    W = train_one_vs_one(X, y, 4, rng=np.random.default_rng(4), **options)
    rng = np.random.default_rng(4)
    columns = []
    for i, j in [(0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3)]:  # written out: the kit's order
        rows = (y == i) | (y == j)
        columns.append(plain_binary_sgd(X[rows], np.where(y[rows] == i, 1, -1), rng=rng, **options))
    assert W.shape == (X.shape[1], 6)
    np.testing.assert_allclose(W, np.stack(columns, axis=1), rtol=1e-12, atol=1e-15)


def test_trained_schemes_classify_separated_blobs():
    X, y = four_blobs(seed=6)
    options = dict(learning_rate=0.1, reg=1e-4, num_iters=80, batch_size=20)
    W_ova = train_one_vs_all(X, y, 4, rng=np.random.default_rng(0), **options)
    W_ovo = train_one_vs_one(X, y, 4, rng=np.random.default_rng(0), **options)
    assert np.mean(one_vs_all_predict(W_ova, X) == y) > 0.9
    assert np.mean(one_vs_one_predict(W_ovo, X, 4) == y) > 0.9
    again = train_one_vs_one(X, y, 4, rng=np.random.default_rng(0), **options)
    np.testing.assert_array_equal(W_ovo, again)


# ---------------------------------------------------------------------------
# sgd_step and sample_batch
# ---------------------------------------------------------------------------


def test_sgd_step_returns_a_new_array_and_keeps_its_inputs():
    rng = np.random.default_rng(4)
    W, dW = rng.standard_normal((5, 3)), rng.standard_normal((5, 3))
    W_before, dW_before = W.copy(), dW.copy()
    W_new = sgd_step(W, dW, 0.01)
    np.testing.assert_array_equal(W_new, W_before - 0.01 * dW_before, err_msg="sgd_step must return W - lr * dW")
    assert not np.shares_memory(W_new, W) and not np.shares_memory(W_new, dW), "W_new must be a new array"
    np.testing.assert_array_equal(W, W_before, err_msg="sgd_step modified W")
    np.testing.assert_array_equal(dW, dW_before, err_msg="sgd_step modified dW")


def test_sgd_step_rejects_mismatched_shapes():
    with pytest.raises(ValueError, match="sgd_step"):
        sgd_step(np.zeros((3, 2)), np.zeros((2, 3)), 0.1)


def labelled_rows(N=30, D=4):
    """X[i] = (i, i, ...), y[i] = 1000 + i: each row carries its own label."""
    X = np.repeat(np.arange(N, dtype=float)[:, None], D, axis=1)
    y = 1000 + np.arange(N)
    return X, y


def test_sample_batch_keeps_rows_and_labels_together():
    X, y = labelled_rows()
    X_batch, y_batch = sample_batch(X, y, 64, np.random.default_rng(0))  # larger than N: with replacement
    assert X_batch.shape == (64, 4) and y_batch.shape == (64,), f"shapes {X_batch.shape}, {y_batch.shape}"
    mismatched = int(np.sum(y_batch != 1000 + X_batch[:, 0].astype(int)))
    assert mismatched == 0, f"{mismatched} of 64 sampled rows came with another row's label"
    assert len(set(y_batch.tolist())) > 10, "the batch should be spread over the data"


def test_sample_batch_none_is_the_full_batch_in_order():
    X, y = labelled_rows()
    X_batch, y_batch = sample_batch(X, y, None, np.random.default_rng(0))
    np.testing.assert_array_equal(X_batch, X)
    np.testing.assert_array_equal(y_batch, y)


def test_sample_batch_is_reproducible_and_leaves_global_random_state_alone():
    X, y = labelled_rows()
    np.random.seed(12345)
    state = np.random.get_state()
    first = [sample_batch(X, y, 5, rng)[1] for rng in [np.random.default_rng(8)] for _ in range(4)]
    again = [sample_batch(X, y, 5, rng)[1] for rng in [np.random.default_rng(8)] for _ in range(4)]
    other = [sample_batch(X, y, 5, rng)[1] for rng in [np.random.default_rng(9)] for _ in range(4)]
    after = np.random.get_state()
    assert all(np.array_equal(a, b) for a, b in zip(first, again)), "the same seed drew different batches"
    assert not all(np.array_equal(a, b) for a, b in zip(first, other)), "different seeds drew the same batches"
    assert state[0] == after[0] and np.array_equal(state[1], after[1]) and state[2:] == after[2:], (
        "sample_batch changed the global np.random state"
    )


@pytest.mark.parametrize("bad", [0, -3, 2.5])
def test_sample_batch_rejects_bad_batch_sizes(bad):
    X, y = labelled_rows()
    with pytest.raises(ValueError, match="batch_size"):
        sample_batch(X, y, bad, np.random.default_rng(0))


# ---------------------------------------------------------------------------
# One-vs-all and one-vs-one
# ---------------------------------------------------------------------------


def test_one_vs_one_pairs_order():
    pairs = one_vs_one_pairs(4)
    assert pairs.tolist() == [[0, 1], [0, 2], [0, 3], [1, 2], [1, 3], [2, 3]], pairs.tolist()
    assert one_vs_one_pairs(2).tolist() == [[0, 1]]
    assert len(one_vs_one_pairs(10)) == 45
    with pytest.raises(ValueError, match="one_vs_one_pairs"):
        one_vs_one_pairs(1)


def test_one_vs_all_picks_the_highest_score_and_lowest_class_on_ties():
    X = np.eye(3)  # example i gets row i of W as its scores
    W = np.array(
        [
            [0.1, 0.9, -1.0, 0.2],  # class 1 wins
            [2.0, 2.0, 2.0, 1.0],  # three-way tie: class 0
            [-1.0, 0.5, 3.0, 3.0],  # tie between 2 and 3: class 2
        ]
    )
    y_pred = one_vs_all_predict(W, X)
    assert y_pred.tolist() == [1, 0, 2], f"predicted {y_pred.tolist()}"
    assert y_pred.dtype.kind == "i", f"labels of dtype {y_pred.dtype}"


def test_one_vs_one_majority_vote():
    # C = 3, pairs (0,1), (0,2), (1,2); D = 1 and X = 1, so the scores are W's entries.
    # Each column votes for the first class of its pair when its score is >= 0.
    X = np.ones((1, 1))
    cases = [
        ([1.0, 1.0, 1.0], 0),  # winners 0, 0, 1: votes (2, 1, 0)
        ([-1.0, -1.0, -1.0], 2),  # winners 1, 2, 2: votes (0, 1, 2)
        ([-1.0, 1.0, 1.0], 1),  # winners 1, 0, 1: votes (1, 2, 0)
    ]
    for scores, expected in cases:
        got = one_vs_one_predict(np.array([scores]), X, 3).tolist()
        assert got == [expected], f"scores {scores}: predicted {got}, expected [{expected}]"


# (scores, C, expected): D = 1 and X = 1, so the scores are W's entries. For C = 4 the
# pairs are (0,1) (0,2) (0,3) (1,2) (1,3) (2,3); the comments give the winners and votes.
VOTE_TIES = [
    ([1.0, -1.0, 1.0], 3, 0),  # C = 3 cycle: winners 0, 2, 1: one vote each -> 0
    ([1.0, -1.0, 1.0, 1.0, -1.0, 1.0], 4, 0),  # winners 0 2 0 1 3 2: votes (2, 1, 2, 1) -> 0
    ([-1.0, 1.0, 1.0, -1.0, 1.0, 1.0], 4, 0),  # winners 1 0 0 2 1 2: votes (2, 2, 2, 0) -> 0
    ([-1.0, -1.0, -1.0, 1.0, -1.0, 1.0], 4, 1),  # winners 1 2 3 1 3 2: votes (0, 2, 2, 2) -> 1
    ([1.0, -1.0, -1.0, 1.0, -1.0, 1.0], 4, 2),  # winners 0 2 3 1 3 2: votes (1, 1, 2, 2) -> 2
]


@pytest.mark.parametrize("scores, C, expected", VOTE_TIES, ids=[f"case{k}" for k in range(len(VOTE_TIES))])
def test_one_vs_one_vote_ties_go_to_the_lowest_class(scores, C, expected):
    pairs = one_vs_one_pairs(C).tolist()
    winners = [i if s >= 0 else j for s, (i, j) in zip(scores, pairs)]
    votes = [winners.count(c) for c in range(C)]
    assert max(votes) == sorted(votes)[-2], f"case has no tie at the top: votes {votes}"
    got = one_vs_one_predict(np.array([scores]), np.ones((1, 1)), C).tolist()
    assert got == [expected], f"votes {votes}: predicted {got}, expected [{expected}]"


def test_one_vs_one_score_of_exactly_zero_votes_for_the_first_class():
    X = np.ones((3, 1))
    X[1, 0] = -1.0
    X[2, 0] = 0.0
    W = np.array([[0.0]])  # every score is exactly 0 (or -0.0)
    assert one_vs_one_predict(W, X, 2).tolist() == [0, 0, 0]
    tiny = np.array([[-1e-300]])
    assert one_vs_one_predict(tiny, np.ones((1, 1)), 2).tolist() == [1], "a negative score votes for the second class"
    # C = 3 with all scores 0: votes 0:2, 1:1, 2:0 -> 0
    assert one_vs_one_predict(np.zeros((1, 3)), np.ones((1, 1)), 3).tolist() == [0]


def test_one_vs_one_brute_force_on_random_scores():
    rng = np.random.default_rng(10)
    C, D, N = 5, 3, 40
    W = rng.standard_normal((D, C * (C - 1) // 2))
    X = rng.standard_normal((N, D))
    scores = X @ W
    pairs = [(i, j) for i in range(C) for j in range(i + 1, C)]
    expected = []
    for n in range(N):
        votes = [0] * C
        for p, (i, j) in enumerate(pairs):
            votes[i if scores[n, p] >= 0 else j] += 1
        expected.append(votes.index(max(votes)))
    y_pred = one_vs_one_predict(W, X, C)
    assert y_pred.tolist() == expected, f"{int(np.sum(y_pred != expected))} of {N} predictions differ"


def test_one_vs_one_rejects_the_wrong_number_of_classifiers():
    with pytest.raises(ValueError) as excinfo:
        one_vs_one_predict(np.zeros((2, 4)), np.zeros((1, 2)), 3)
    assert "one_vs_one_predict" in str(excinfo.value) and "3" in str(excinfo.value), str(excinfo.value)


# ---------------------------------------------------------------------------
# LinearClassifier.train and predict
# ---------------------------------------------------------------------------


def blobs(seed=0, N=90, D=4, C=3):
    """Three well separated Gaussian blobs with a bias column."""
    rng = np.random.default_rng(seed)
    centres = 3.0 * rng.standard_normal((C, D))
    y = np.arange(N) % C
    X = centres[y] + 0.5 * rng.standard_normal((N, D))
    return np.hstack([X, np.ones((N, 1))]), y


MODES = [(None, 0.1), (1, 0.01), (10, 0.05)]
MODE_IDS = ["batch", "stochastic", "minibatch"]


@pytest.mark.parametrize("classifier_class", [LinearSVM, Softmax], ids=["svm", "softmax"])
@pytest.mark.parametrize("batch_size, learning_rate", MODES, ids=MODE_IDS)
def test_train_history_falls(classifier_class, batch_size, learning_rate):
    X, y = blobs()
    clf = classifier_class()
    history = clf.train(
        X, y, learning_rate=learning_rate, reg=1e-3, num_iters=200, batch_size=batch_size, rng=np.random.default_rng(0)
    )
    assert isinstance(history, list) and len(history) == 200, f"history of {len(history)} entries, expected 200"
    assert all(type(h) is float for h in history), "every loss in the history must be a float"
    start, end = np.mean(history[:20]), np.mean(history[-20:])
    assert end < 0.5 * start, f"mean loss fell from {start:.3f} (first 20 steps) only to {end:.3f} (last 20)"
    accuracy = np.mean(clf.predict(X) == y)
    assert accuracy > 0.9, f"training accuracy {accuracy:.2f} on separable blobs"


def test_batch_mode_is_plain_gradient_descent():
    X, y = blobs(seed=1)
    W0 = 0.01 * np.random.default_rng(2).standard_normal((X.shape[1], 3))
    clf = Softmax()
    clf.W = W0.copy()
    history = clf.train(X, y, learning_rate=0.05, reg=0.01, num_iters=15, batch_size=None, rng=np.random.default_rng(0))

    W = W0.copy()
    expected = []
    for _ in range(15):
        loss, dW = softmax_loss_vectorized(W, X, y, 0.01)
        expected.append(loss)
        W = W - 0.05 * dW
    gap = max(abs(a - b) for a, b in zip(history, expected))
    assert gap < 1e-12, f"batch history differs from hand-written gradient descent by {gap:.3e}"
    assert np.max(np.abs(clf.W - W)) < 1e-12, "final weights differ from hand-written gradient descent"
    assert all(b < a for a, b in zip(history, history[1:])), "full-batch softmax loss must fall at every step"


@pytest.mark.parametrize("batch_size", [None, 1, 10], ids=MODE_IDS)
def test_seeded_training_is_reproducible(batch_size):
    X, y = blobs()
    runs = []
    for seed in (5, 5, 6):
        clf = LinearSVM()
        rng = np.random.default_rng(seed)
        history = clf.train(X, y, learning_rate=0.01, num_iters=30, batch_size=batch_size, rng=rng)
        runs.append((history, clf.W))
    assert runs[0][0] == runs[1][0] and np.array_equal(runs[0][1], runs[1][1]), "the same seed gave different runs"
    assert not np.array_equal(runs[0][1], runs[2][1]), "different seeds gave identical weights"


def test_training_leaves_the_global_random_state_alone():
    X, y = blobs()
    np.random.seed(3)
    state = np.random.get_state()
    Softmax().train(X, y, num_iters=5, batch_size=7, rng=np.random.default_rng(0))
    after = np.random.get_state()
    assert np.array_equal(state[1], after[1]) and state[2:] == after[2:], "train changed the global np.random state"


def test_predict_returns_integer_labels_of_the_highest_score():
    X, y = blobs()
    clf = Softmax()
    clf.train(X, y, num_iters=10, rng=np.random.default_rng(0))
    y_pred = clf.predict(X)
    assert y_pred.shape == (len(X),) and y_pred.dtype.kind == "i", f"predict gave {y_pred.dtype} {y_pred.shape}"
    np.testing.assert_array_equal(y_pred, np.argmax(X @ clf.W, axis=1))
    assert clf.W.shape == (X.shape[1], 3), f"W has shape {clf.W.shape}, expected (D, C) = ({X.shape[1]}, 3)"


def test_initial_weights_are_small():
    X, y = blobs()
    clf = Softmax()
    clf.train(X, y, learning_rate=0.0, num_iters=1, rng=np.random.default_rng(0))
    spread = float(np.std(clf.W))
    assert 2e-4 < spread < 5e-3, f"initial weights have standard deviation {spread:.2e}, expected about 1e-3"


# ---------------------------------------------------------------------------
# Learning on the toy CIFAR-10
# ---------------------------------------------------------------------------


def _load_toy_cifar():
    spec = importlib.util.spec_from_file_location("toy_cifar_for_reference_tests", TOY_CIFAR_PATH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def toy_data(tmp_path_factory):
    """2000 training and 500 validation images of the seeded toy CIFAR-10."""
    out = tmp_path_factory.mktemp("toy_reference") / "cifar-10-batches-py"
    _load_toy_cifar().write_dataset(out, seed=0, images_per_batch=500, num_test=20)
    return get_CIFAR10_data(cifar10_dir=out, num_training=2000, num_validation=500, num_test=20, num_dev=20)


@pytest.mark.parametrize(
    "classifier_class, learning_rate, reg",
    [(LinearSVM, 1e-6, 3e3), (Softmax, 3e-6, 1e3)],
    ids=["svm", "softmax"],
)
def test_reference_classifier_learns_the_toy_cifar(toy_data, classifier_class, learning_rate, reg):
    clf = classifier_class()
    history = clf.train(
        toy_data["X_train"],
        toy_data["y_train"],
        learning_rate=learning_rate,
        reg=reg,
        num_iters=300,
        batch_size=200,
        rng=np.random.default_rng(0),
    )
    accuracy = float(np.mean(clf.predict(toy_data["X_val"]) == toy_data["y_val"]))
    assert history[-1] < history[0], f"loss went from {history[0]:.3f} to {history[-1]:.3f}"
    assert accuracy > 0.35, (
        f"{classifier_class.__name__}: validation accuracy {accuracy:.3f} on the toy CIFAR-10, "
        "expected well above chance (0.10)"
    )


# ---------------------------------------------------------------------------
# Bad input: a ValueError that names the function and the problem
# ---------------------------------------------------------------------------


def _bad_classification_inputs():
    rng = np.random.default_rng(0)
    W, X, y = rng.standard_normal((4, 3)), rng.standard_normal((5, 4)), np.array([0, 1, 2, 0, 1])
    return {
        "X of the wrong width": ((W, X[:, :3], y, 0.1), ["X has shape", "W has shape"]),
        "W transposed": ((W.T, X, y, 0.1), ["transposed"]),
        "y of the wrong length": ((W, X, y[:4], 0.1), ["y must be an array of shape (N,)", "(5,)"]),
        "float labels": ((W, X, y.astype(float), 0.1), ["integer", "float64"]),
        "negative label": ((W, X, np.array([0, 1, -1, 0, 1]), 0.1), ["[0, 3)", "-1"]),
        "label equal to C": ((W, X, np.array([0, 1, 3, 0, 1]), 0.1), ["[0, 3)", "3"]),
        "negative reg": ((W, X, y, -0.5), ["reg", ">= 0", "-0.5"]),
    }


BAD_CLASSIFICATION = _bad_classification_inputs()


@pytest.mark.parametrize("problem", list(BAD_CLASSIFICATION))
@pytest.mark.parametrize("name", list(CLASSIFICATION_LOSSES))
def test_classification_losses_reject_bad_input(name, problem):
    args, expected = BAD_CLASSIFICATION[problem]
    with pytest.raises(ValueError) as excinfo:
        CLASSIFICATION_LOSSES[name](*args)
    message = str(excinfo.value)
    assert message.startswith(name + ":"), f"{problem}: the message does not name {name}: {message}"
    for fragment in expected:
        assert fragment in message, f"{problem}: {fragment!r} missing from {message!r}"


def _bad_regression_inputs():
    rng = np.random.default_rng(0)
    W, X, y = rng.standard_normal((4, 2)), rng.standard_normal((5, 4)), rng.standard_normal((5, 2))
    return {
        "X of the wrong width": ((W, X[:, :3], y, 0.1), ["X has shape", "W has shape"]),
        "W transposed": ((W.T, X, y, 0.1), ["transposed"]),
        "y of the wrong length": ((W, X, y[:4], 0.1), ["y must be", "(5, 2)"]),
        "1-d y": ((W[:, :1], X, y[:, 0], 0.1), ["y must be", "(5, 1)"]),
        "negative reg": ((W, X, y, -0.5), ["reg", ">= 0"]),
    }


BAD_REGRESSION = _bad_regression_inputs()


@pytest.mark.parametrize("problem", list(BAD_REGRESSION))
def test_mse_loss_rejects_bad_input(problem):
    args, expected = BAD_REGRESSION[problem]
    with pytest.raises(ValueError) as excinfo:
        mse_loss(*args)
    message = str(excinfo.value)
    assert message.startswith("mse_loss:"), f"{problem}: the message does not name mse_loss: {message}"
    for fragment in expected:
        assert fragment in message, f"{problem}: {fragment!r} missing from {message!r}"


def test_train_rejects_negative_labels():
    X, y = blobs()
    y = y.copy()
    y[4] = -2
    with pytest.raises(ValueError) as excinfo:
        Softmax().train(X, y, num_iters=1, rng=np.random.default_rng(0))
    message = str(excinfo.value)
    assert "LinearClassifier.train" in message and "labels" in message and "-2" in message, message


def test_train_rejects_labels_beyond_the_classes_of_existing_weights():
    X, y = blobs()  # 3 classes
    clf = LinearSVM()
    clf.train(X, y, num_iters=1, rng=np.random.default_rng(0))
    y_more = y.copy()
    y_more[0] = 3
    with pytest.raises(ValueError) as excinfo:
        clf.train(X, y_more, num_iters=1, rng=np.random.default_rng(0))
    message = str(excinfo.value)
    assert "LinearClassifier.train" in message and "[0, 3)" in message, message


def test_train_rejects_float_labels_and_mismatched_lengths():
    X, y = blobs()
    with pytest.raises(ValueError, match="LinearClassifier.train.*integer"):
        Softmax().train(X, y.astype(float), num_iters=1, rng=np.random.default_rng(0))
    with pytest.raises(ValueError, match="LinearClassifier.train"):
        Softmax().train(X, y[:-1], num_iters=1, rng=np.random.default_rng(0))


def test_predict_before_train_is_a_runtime_error():
    with pytest.raises(RuntimeError) as excinfo:
        Softmax().predict(np.ones((2, 3)))
    assert "train" in str(excinfo.value), str(excinfo.value)


def test_predict_with_the_wrong_width_names_predict():
    X, y = blobs()
    clf = Softmax()
    clf.train(X, y, num_iters=1, rng=np.random.default_rng(0))
    with pytest.raises(ValueError, match="LinearClassifier.predict"):
        clf.predict(X[:, :-1])


def test_base_class_loss_is_not_implemented():
    X, y = blobs()
    with pytest.raises(NotImplementedError, match="LinearClassifier.loss"):
        LinearClassifier().train(X, y, num_iters=1, rng=np.random.default_rng(0))


# ---------------------------------------------------------------------------
# The kit's gradient-check helpers
# ---------------------------------------------------------------------------


def test_relative_error_of_zero_and_zero_is_zero():
    assert relative_error(0.0, 0.0) == 0
    errors = relative_error(np.array([0.0, 1.0, 2.0]), np.array([0.0, 1.0, 0.0]))
    np.testing.assert_array_equal(errors, [0.0, 0.0, 1.0])
    assert not np.any(np.isnan(errors))


def test_eval_numerical_gradient_of_sum_of_squares():
    x = np.random.default_rng(1).standard_normal((3, 4))
    before = x.copy()
    grad = eval_numerical_gradient(lambda v: float(np.sum(v**2)), x, verbose=False)
    error = max_relative_error(grad, 2 * before)
    assert error < 1e-8, f"numeric gradient of sum(x**2) is {error:.3e} away from 2x"
    np.testing.assert_array_equal(x, before, err_msg="eval_numerical_gradient did not restore x")


def _quadratic_with_gradient(seed=2):
    x = np.random.default_rng(seed).standard_normal((4, 5))
    return (lambda v: float(np.sum(v**3))), x, 3 * x**2


def test_grad_check_sparse_returns_num_checks_small_errors():
    f, x, grad = _quadratic_with_gradient()
    errors = grad_check_sparse(f, x, grad, num_checks=7, seed=0, verbose=False)
    assert isinstance(errors, np.ndarray) and errors.shape == (7,), f"errors {errors!r}"
    assert np.max(errors) < 1e-7, f"largest relative error {np.max(errors):.3e} on a correct gradient"
    wrong = grad_check_sparse(f, x, grad + 1.0, num_checks=7, seed=0, verbose=False)
    assert np.min(wrong) > 1e-3, f"a wrong gradient gave relative errors as small as {np.min(wrong):.3e}"


def _coordinate_recorder(x0):
    """f that records which coordinate differs from x0 at each call."""
    touched = []

    def f(v):
        diff = np.argwhere(v != x0)
        if len(diff):
            touched.append(tuple(int(i) for i in diff[0]))
        return float(np.sum(v**2))

    return f, touched


def test_grad_check_sparse_same_seed_same_coordinates():
    x = np.random.default_rng(3).standard_normal((6, 7))
    wrong = 2 * x + np.arange(42.0).reshape(6, 7)  # a different error at every coordinate
    runs = []
    for seed in (4, 4, 5):
        f, touched = _coordinate_recorder(x.copy())
        errors = grad_check_sparse(f, x, wrong, num_checks=8, seed=seed, verbose=False)
        runs.append((touched, errors))
    assert runs[0][0] == runs[1][0], "the same seed checked different coordinates"
    np.testing.assert_array_equal(runs[0][1], runs[1][1], err_msg="the same seed gave different errors")
    assert runs[0][0] != runs[2][0], "different seeds checked the same coordinates"


def test_grad_check_sparse_zero_gradient_gives_zero_not_nan():
    x = np.random.default_rng(4).standard_normal((3, 3))
    errors = grad_check_sparse(lambda v: 5.0, x, np.zeros_like(x), num_checks=5, seed=0, verbose=False)
    assert not np.any(np.isnan(errors)) and np.all(errors == 0), f"errors {errors} for a constant f"


@pytest.mark.parametrize("checker", ["sparse", "full"])
def test_gradient_checks_restore_x_when_f_raises(checker):
    x = np.random.default_rng(5).standard_normal((3, 4))
    before = x.copy()
    calls = []

    def f(v):
        calls.append(1)
        if len(calls) == 2:  # after x[ix] was set to x + h: fail on x - h
            raise ArithmeticError("boom")
        return float(np.sum(v))

    with pytest.raises(ArithmeticError):
        if checker == "sparse":
            grad_check_sparse(f, x, np.ones_like(x), num_checks=3, seed=0, verbose=False)
        else:
            eval_numerical_gradient(f, x, verbose=False)
    np.testing.assert_array_equal(x, before, err_msg=f"{checker} check left x modified after f raised")


@pytest.mark.parametrize("checker", ["sparse", "full"])
def test_gradient_checks_refuse_float32(checker):
    x = np.ones((2, 2), dtype=np.float32)
    with pytest.raises(TypeError, match="float64"):
        if checker == "sparse":
            grad_check_sparse(lambda v: float(np.sum(v)), x, np.ones((2, 2)), num_checks=2, seed=0, verbose=False)
        else:
            eval_numerical_gradient(lambda v: float(np.sum(v)), x, verbose=False)


def test_train_l1_proximal_is_a_data_step_then_soft_thresholding():
    """Written out here: numeric gradients of the plain-Python softmax loss, then sign(w) max(|w| - lr reg, 0)."""
    X, y = blobs(seed=3, N=30)
    learning_rate, reg, num_iters, batch_size = 0.5, 0.02, 6, 10
    model = Softmax()
    history = model.train_l1_proximal(X, y, learning_rate=learning_rate, reg=reg, num_iters=num_iters,
                                      batch_size=batch_size, rng=np.random.default_rng(11))
    rng = np.random.default_rng(11)
    W = 0.001 * rng.standard_normal((X.shape[1], 3))
    expected = []
    for _ in range(num_iters):
        idx = rng.choice(X.shape[0], size=batch_size, replace=True)
        data = lambda W_: softmax_loss_formula(W_, X[idx], y[idx], 0.0)  # noqa: E731
        expected.append(data(W) + reg * sum(abs(float(v)) for v in W.ravel()))
        W = W - learning_rate * numeric_gradient(data, W)
        W = np.sign(W) * np.maximum(np.abs(W) - learning_rate * reg, 0.0)
    np.testing.assert_allclose(history, expected, rtol=1e-9)
    np.testing.assert_allclose(model.W, W, rtol=1e-6, atol=1e-9)
    assert np.sum(model.W == 0) == np.sum(W == 0) > 0, "the proximal steps must leave exact zeros"
