"""The hidden inputs of the checks: seeded, generated here (nothing read from data/), never written to disk.

Every input is a :class:`Case`: the arrays, and a description for feedback
that says what was tried (shapes, regularization, seed) without giving the
numbers away.
"""

from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

IMAGE_SIDE, CHANNELS, NUM_CLASSES = 32, 3, 10


@dataclass
class Case:
    """One input of a loss ``f(W, X, y, reg)``, with a description for feedback."""

    description: str
    W: np.ndarray
    X: np.ndarray
    y: np.ndarray
    reg: float
    notes: dict = field(default_factory=dict)

    def args(self):
        """Fresh copies, so that a call can never change the case itself."""
        return [self.W.copy(), self.X.copy(), self.y.copy(), self.reg]


def cifar_like_images(num_images, rng):
    """Labelled images with CIFAR-10's layout and value range, from the grader's own generator.

    Each class has a colour and a smooth pattern (a 4x4 field per channel,
    blown up to 32x32); an image is its class's pattern plus smooth and
    pixel noise, clipped to 0..255 and rounded like 8-bit pixels. This is not
    ``data/toy_cifar.py``: the notebooks' data can change without changing a
    single hidden input or grade.

    Parameters
    ----------
    num_images : int
    rng : numpy.random.Generator

    Returns
    -------
    data : ndarray of float64, shape (num_images, 3072)
        Channel-major rows (1024 red, 1024 green, 1024 blue values), as CIFAR-10 stores them.
    labels : ndarray of int64, shape (num_images,)
    """
    block = np.ones((IMAGE_SIDE // 4, IMAGE_SIDE // 4))
    patterns = 128 + 60 * rng.standard_normal((NUM_CLASSES, CHANNELS, 4, 4))
    labels = rng.permutation(np.arange(num_images) % NUM_CLASSES).astype(np.int64)
    smooth = 35 * rng.standard_normal((num_images, CHANNELS, 4, 4))
    images = np.kron(patterns[labels] + smooth, block)  # (n, 3, 32, 32)
    images += 20 * rng.standard_normal(images.shape)
    return np.round(np.clip(images, 0, 255)).reshape(num_images, -1), labels


@lru_cache(maxsize=8)
def cifar_style_batch(num_images, seed):
    """A preprocessed CIFAR-style minibatch, as the notebooks prepare it.

    Parameters
    ----------
    num_images : int
    seed : int

    Returns
    -------
    X : ndarray, shape (num_images, 3073)
        Pixels as float64, mean image subtracted, a bias column of ones.
    y : ndarray of int64, shape (num_images,)
    """
    data, labels = cifar_like_images(num_images, np.random.default_rng(seed))
    X = data.astype(np.float64)
    X -= X.mean(axis=0)
    X = np.hstack([X, np.ones((num_images, 1))])
    return X, np.asarray(labels, dtype=np.int64)


def cifar_case(num_images, reg, seed, weight_scale=1e-3):
    X, y = cifar_style_batch(num_images, seed)
    W = weight_scale * np.random.default_rng(seed + 1000).standard_normal((X.shape[1], 10))
    return Case(f"a CIFAR-style batch (N={num_images}, D={X.shape[1]}, C=10, reg={reg:g}, seed {seed})",
                W, X.copy(), y.copy(), reg)


def random_case(num, dim, classes, reg, seed, scale=1.0, what="random data"):
    rng = np.random.default_rng(seed)
    W = 0.5 * rng.standard_normal((dim, classes))
    X = scale * rng.standard_normal((num, dim))
    y = rng.integers(0, classes, num)
    return Case(f"{what} (N={num}, D={dim}, C={classes}, reg={reg:g}, seed {seed})", W, X, y, reg)


def reference_cases():
    """The main inputs on which a classification loss must match the reference."""
    return [
        cifar_case(40, 0.0, seed=1),
        cifar_case(40, 50.0, seed=2),
        random_case(7, 5, 4, 0.3, seed=3),
    ]


def single_example_two_classes(regression=False):
    if regression:  # three outputs: a mistaken 1/K is then not a mistaken 1/2
        return regression_case(1, 6, 3, 0.1, seed=4, what="a single example with three outputs")
    return random_case(1, 6, 2, 0.1, seed=4, what="a single example with two classes")


def all_margins_satisfied():
    """Every correct score beats every other by far more than the margin 1 (so the hinge adds nothing)."""
    rng = np.random.default_rng(5)
    num, dim, classes = 5, 8, 3
    X = rng.standard_normal((num, dim))
    y = rng.integers(0, classes, num)
    # with fewer examples than features, least squares hits the targets exactly: score 5 on the correct
    # class and -5 elsewhere, every margin -9
    targets = np.where(np.arange(classes) == y[:, None], 5.0, -5.0)
    W = np.linalg.lstsq(X, targets, rcond=None)[0]
    scores = X @ W
    margins = scores - scores[np.arange(num), y][:, None] + 1.0
    margins[np.arange(num), y] = -np.inf
    assert margins.max() < -5, "the case must satisfy every margin"
    return Case(f"inputs where every margin is satisfied (N={num}, D={dim}, C={classes}, reg=0.01, seed 5)",
                W, X, y, 0.01)


def large_regularization(regression=False):
    if regression:
        return regression_case(5, 6, 3, 1e3, seed=6, what="a large regularization strength")
    return random_case(5, 6, 3, 1e3, seed=6, what="a large regularization strength")


def large_scores():
    """Scores around +-1e3: exp overflows unless each row's own max is subtracted.

    Each row's scores lie within a few units of each other around its own
    level (+1000, -1000, +500, ...), so after subtracting the row's max every
    probability is well above 0 and any correct way of writing the loss stays
    finite; subtracting one global max instead underflows the low rows.
    """
    rng = np.random.default_rng(7)
    num, dim, classes = 6, 5, 4
    levels = np.array([1.0, -1.0, 0.5, -0.5, 1.0, 0.0])
    X = np.hstack([rng.standard_normal((num, dim - 1)), levels[:, None]])
    W = rng.standard_normal((dim, classes))
    W[-1] = 1000.0  # the last column of X sets each row's level
    y = rng.integers(0, classes, num)
    return Case(f"scores around +-1e3 (N={num}, D={dim}, C={classes}, reg=0, seed 7)", W, X, y, 0.0)


def mixed_sign_scores():
    """Rows that mix scores near +1e3 and -1e3, the correct class at each row's maximum.

    Shifting by each row's max keeps every exponent <= 0: the loss is finite
    however it is then written (probabilities first and their log, or
    log-sum-exp). Shifting by the row's mean (or not at all) leaves exponents
    near +1000, which overflow.
    """
    scores = np.array([
        [1000.0, 998.0, -1000.0, -500.0],
        [-1000.0, 700.0, 699.0, 1.0],
        [-998.0, -1000.0, 999.0, 1000.0],
        [500.0, -1000.0, 497.0, -3.0],
    ])
    y = np.argmax(scores, axis=1)
    # W = 1000 * I, so that row n of X times W is row n of scores
    return Case("scores that mix +-1e3 within each example (N=4, D=4, C=4, reg=0)",
                1000.0 * np.eye(4), scores / 1000.0, y, 0.0)


def away_from_kinks(seed, hinge):
    """A small problem whose hinge margins all stay clear of 0 under small steps.

    Parameters
    ----------
    seed : int
    hinge : bool
        Reject draws with a margin near a kink of max(0, .).
    """
    rng = np.random.default_rng(seed)
    num, dim, classes = 6, 8, 4
    while True:
        W = rng.standard_normal((dim, classes))
        X = rng.standard_normal((num, dim))
        y = rng.integers(0, classes, num)
        scores = X @ W
        margins = scores - scores[np.arange(num), y][:, None] + 1.0
        margins[np.arange(num), y] = 10.0
        if not hinge or np.min(np.abs(margins)) > 0.05:
            return Case(f"a small problem away from hinge kinks (N={num}, D={dim}, C={classes}, reg=0.2, "
                        f"seed {seed})", W, X, y, 0.2)


def regression_case(num, dim, outputs, reg, seed, what="a regression problem"):
    """Real targets of shape (N, K) from a noisy linear model; CIFAR-style X when D = 3073."""
    rng = np.random.default_rng(seed)
    if dim == 3073:
        X = cifar_style_batch(num, seed)[0].copy()
        W = 1e-3 * rng.standard_normal((dim, outputs))
    else:
        X = rng.standard_normal((num, dim))
        W = rng.standard_normal((dim, outputs))
    targets = X @ rng.standard_normal((dim, outputs)) * 0.1 + rng.standard_normal((num, outputs))
    return Case(f"{what} (N={num}, D={dim}, K={outputs}, reg={reg:g}, seed {seed})", W, X, targets, reg)


def regression_cases():
    """The main inputs of ``mse_loss``: real targets of shape (N, K)."""
    return [regression_case(30, 3073, 1, 0.0, seed=20), regression_case(12, 7, 3, 0.5, seed=21),
            regression_case(9, 4, 2, 0.1, seed=22)]


# -- binary classifiers: w (D,), targets t in {-1, +1} (N,) ---------------------------------------------------------

def binary_cifar_case(num_images, reg, seed, weight_scale=1e-3):
    """A CIFAR-style batch with targets +1 for the even classes and -1 for the odd ones; w of shape (D,)."""
    X, y = cifar_style_batch(num_images, seed)
    t = np.where(y % 2 == 0, 1, -1).astype(np.int64)
    w = weight_scale * np.random.default_rng(seed + 2000).standard_normal(X.shape[1])
    return Case(f"a CIFAR-style batch with targets +-1 (N={num_images}, D={X.shape[1]}, reg={reg:g}, seed {seed})",
                w, X.copy(), t, reg)


def binary_random_case(num, dim, reg, seed, what="random data with targets +-1"):
    rng = np.random.default_rng(seed)
    w = 0.5 * rng.standard_normal(dim)
    X = rng.standard_normal((num, dim))
    t = np.where(rng.random(num) < 0.5, -1, 1).astype(np.int64)
    return Case(f"{what} (N={num}, D={dim}, reg={reg:g}, seed {seed})", w, X, t, reg)


def binary_cases():
    """The main inputs on which a binary loss must match the reference (active and satisfied margins in each)."""
    return [binary_cifar_case(40, 0.0, seed=31), binary_cifar_case(40, 50.0, seed=32),
            binary_random_case(9, 5, 0.3, seed=33)]


def binary_away_from_kinks(seed=34):
    """A small binary problem whose margins 1 - t * X.dot(w) all stay clear of 0 under small steps."""
    rng = np.random.default_rng(seed)
    num, dim = 12, 6
    while True:
        w = rng.standard_normal(dim)
        X = rng.standard_normal((num, dim))
        t = np.where(rng.random(num) < 0.5, -1, 1).astype(np.int64)
        margins = 1.0 - t * (X @ w)
        if np.min(np.abs(margins)) > 0.05 and np.any(margins > 0) and np.any(margins < 0):
            return Case(f"a small binary problem away from hinge kinks (N={num}, D={dim}, reg=0.2, seed {seed})",
                        w, X, t, 0.2)


def binary_all_margins_satisfied():
    """Every example on its side by far more than the margin 1: only the penalty is left."""
    rng = np.random.default_rng(35)
    num, dim = 5, 8
    X = rng.standard_normal((num, dim))
    t = np.array([1, -1, 1, 1, -1], dtype=np.int64)
    w = np.linalg.lstsq(X, 5.0 * t, rcond=None)[0]  # fewer examples than features: t * X.dot(w) = 5 exactly
    assert np.max(1.0 - t * (X @ w)) < -3, "the case must satisfy every margin"
    return Case(f"inputs where every margin is satisfied (N={num}, D={dim}, reg=0.01, seed 35)", w, X, t, 0.01)


def binary_large_regularization():
    return binary_random_case(6, 5, 1e3, seed=36, what="a large regularization strength")


def binary_single_example():
    return binary_random_case(1, 4, 0.1, seed=37, what="a single example")
