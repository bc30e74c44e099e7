"""The self-checks' own inputs: small, seeded, made here (not the grader's, not data/).

Each input is a :class:`Case`: the arrays of one call and a description that
the messages use ("a small image batch (N=20, D=13, C=4, reg=0, seed 301)").
The expected values in ``expected.py`` were computed on exactly these arrays
(made without BLAS, so the same on every machine); ``fingerprint`` lets the
self-checks notice if they ever came out different (another numpy, say)
instead of reporting wrong verdicts.
"""

from dataclasses import dataclass

import numpy as np


@dataclass
class Case:
    """One input of a loss ``f(W, X, y, reg)``, with a description for messages."""

    description: str
    W: np.ndarray
    X: np.ndarray
    y: np.ndarray
    reg: float

    def args(self):
        """Fresh copies, so that a call can never change the case itself."""
        return [self.W.copy(), self.X.copy(), self.y.copy(), self.reg]


def fingerprint(*arrays):
    """A few numbers that summarise the arrays (shapes, sums, a weighted sum), to compare with a tolerance."""
    found = []
    for array in arrays:
        array = np.asarray(array, dtype=float)
        weights = np.cos(np.arange(array.size))
        found += [float(n) for n in array.shape] + [float(np.sum(array)), float(np.sum(np.abs(array))),
                                                   float(np.sum(array.ravel() * weights))]
    return found


def same_fingerprint(found, expected):
    return len(found) == len(expected) and bool(np.allclose(found, expected, rtol=1e-9, atol=1e-9))


def _times(X, B):
    """X.dot(B) without BLAS, so that the inputs come out the same on every machine."""
    return np.sum(X[:, :, None] * B[None, :, :], axis=1)


def image_batch(num, classes, reg, seed, side=2, weight_scale=1e-2):
    """Tiny colour images (side x side x 3 pixels in 0..255), one smooth colour per class, mean subtracted,
    with a bias column: CIFAR-10's preprocessing on a toy scale."""
    rng = np.random.default_rng(seed)
    colours = 128 + 60 * rng.standard_normal((classes, 3))
    y = rng.permutation(np.arange(num) % classes).astype(np.int64)
    pixels = np.repeat(colours[y], side * side, axis=1) + 30 * rng.standard_normal((num, 3 * side * side))
    X = np.round(np.clip(pixels, 0, 255))
    X -= X.mean(axis=0)
    X = np.hstack([X, np.ones((num, 1))])
    W = weight_scale * rng.standard_normal((X.shape[1], classes))
    return Case(f"a small image batch (N={num}, D={X.shape[1]}, C={classes}, reg={reg:g}, seed {seed})",
                W, X, y, reg)


def random_case(num, dim, classes, reg, seed, what="random data", weight_scale=0.5):
    rng = np.random.default_rng(seed)
    W = weight_scale * rng.standard_normal((dim, classes))
    X = rng.standard_normal((num, dim))
    y = rng.integers(0, classes, num).astype(np.int64)
    return Case(f"{what} (N={num}, D={dim}, C={classes}, reg={reg:g}, seed {seed})", W, X, y, reg)


def regression_case(num, dim, outputs, reg, seed, what="a regression problem"):
    """Real targets of shape (N, K) from a noisy linear model."""
    rng = np.random.default_rng(seed)
    X = rng.standard_normal((num, dim))
    W = rng.standard_normal((dim, outputs))
    targets = _times(X, rng.standard_normal((dim, outputs))) * 0.1 + rng.standard_normal((num, outputs))
    return Case(f"{what} (N={num}, D={dim}, K={outputs}, reg={reg:g}, seed {seed})", W, X, targets, reg)


def main_cases(regression):
    """The inputs on which a loss must give the expected loss and gradient."""
    if regression:
        return [regression_case(16, 9, 1, 0.0, seed=320), regression_case(11, 6, 3, 0.4, seed=321),
                regression_case(8, 5, 2, 0.2, seed=322)]
    return [image_batch(20, 4, 0.0, seed=301), image_batch(24, 5, 2.0, seed=302),
            random_case(9, 6, 4, 0.25, seed=303),
            # scores far apart: some correct classes get probabilities near 1e-10 (what an epsilon in the log shifts)
            random_case(10, 6, 4, 0.1, seed=304, weight_scale=6.0, what="random data with confident scores")]


def numeric_case(regression, hinge):
    """A small problem for the numeric gradient; for the hinge, every margin clear of its kink."""
    if regression:
        return regression_case(11, 6, 3, 0.4, seed=321)
    rng = np.random.default_rng(310)
    num, dim, classes = 7, 6, 4
    while True:
        W, X = rng.standard_normal((dim, classes)), rng.standard_normal((num, dim))
        y = rng.integers(0, classes, num).astype(np.int64)
        scores = X @ W
        margins = scores - scores[np.arange(num), y][:, None] + 1.0
        margins[np.arange(num), y] = 10.0
        if not hinge or np.min(np.abs(margins)) > 0.05:
            return Case(f"a small problem away from hinge kinks (N={num}, D={dim}, C={classes}, reg=0.3, seed 310)",
                        W, X, y, 0.3)


def single_example(regression):
    if regression:
        return regression_case(1, 5, 3, 0.2, seed=330, what="a single example with three outputs")
    return random_case(1, 5, 2, 0.2, seed=330, what="a single example with two classes")


def large_regularization(regression):
    if regression:
        return regression_case(6, 5, 3, 500.0, seed=331, what="a large regularization strength")
    return random_case(6, 5, 3, 500.0, seed=331, what="a large regularization strength")


def all_margins_satisfied():
    """Every correct score beats every other by far more than the margin 1.

    The first C features of each example are the one-hot code of its label, which W's first C rows
    (10 times the identity) turn into a score of about 10 for the correct class; the other features and
    weights are small.
    """
    rng = np.random.default_rng(332)
    num, dim, classes = 4, 7, 3
    y = np.array([0, 2, 1, 2], dtype=np.int64)
    X = np.hstack([np.eye(classes)[y], 0.1 * rng.standard_normal((num, dim - classes))])
    W = np.vstack([10.0 * np.eye(classes), 0.1 * rng.standard_normal((dim - classes, classes))])
    return Case(f"inputs where every margin is satisfied (N={num}, D={dim}, C={classes}, reg=0.02, seed 332)",
                W, X, y, 0.02)


def large_scores():
    """Each example's scores within a few units of a level of its own around +-1000."""
    rng = np.random.default_rng(333)
    num, dim, classes = 5, 4, 3
    levels = np.array([-1.0, 1.0, 0.4, -0.6, 1.0])
    X = np.hstack([rng.standard_normal((num, dim - 1)), levels[:, None]])
    W = rng.standard_normal((dim, classes))
    W[-1] = 1000.0
    y = rng.integers(0, classes, num).astype(np.int64)
    return Case(f"scores around +-1e3 (N={num}, D={dim}, C={classes}, reg=0, seed 333)", W, X, y, 0.0)


def mixed_sign_scores():
    """Examples that mix scores near +1000 and -1000, the correct class at each example's maximum."""
    scores = np.array([[-1000.0, 995.0, 1000.0], [1000.0, -998.0, 999.0], [-1000.0, 1000.0, 0.0]])
    return Case("scores that mix +-1e3 within each example (N=3, D=3, C=3, reg=0)",
                1000.0 * np.eye(3), scores / 1000.0, np.argmax(scores, axis=1).astype(np.int64), 0.0)


def edge_cases(regression, hinge, softmax):
    """{check id: [cases]} of a family's edge checks."""
    found = {"large_regularization": [large_regularization(regression)]}
    found["single_example_three_outputs" if regression else "single_example_two_classes"] = [single_example(regression)]
    if hinge:
        found["all_margins_satisfied"] = [all_margins_satisfied()]
    if softmax:
        found["stable_for_large_scores"] = [large_scores(), mixed_sign_scores()]
    return found


def other_data(case):
    """The same W with other X and y (to tell a function that ignores the data)."""
    rng = np.random.default_rng(399)
    X = case.X[::-1] + rng.standard_normal(case.X.shape)
    y = (case.y[::-1] + 1) % case.W.shape[1] if case.y.dtype.kind in "iu" else case.y[::-1] + 1.0
    return [case.W.copy(), X, y, case.reg]


# -- the weight penalties: W of shape (7, 4), as the messages say ---------------------------------

def penalty_cases():
    """(W, reg) pairs: some weights exactly 0 in the second."""
    cases = []
    for seed, reg, zeros in ((340, 0.7, False), (341, 2.5, True), (342, 0.0, False), (343, 800.0, False)):
        rng = np.random.default_rng(seed)
        W = rng.standard_normal((7, 4))
        if zeros:
            W[rng.random(W.shape) < 0.3] = 0.0
        cases.append((W, reg))
    return cases


# -- predictions ---------------------------------------------------------------------------------------

def scores_with_ties(num, classes, tied, seed):
    """W (5, C) and X (N, 5) whose scores X W tie exactly between the classes ``tied`` in every row."""
    rng = np.random.default_rng(seed)
    W = rng.standard_normal((5, classes))
    W[:, tied[1]] = W[:, tied[0]]
    return W, rng.standard_normal((num, 5))


def pairwise_scores(seed=350):
    """Integer pairwise scores for C = 5 (P = 10): many exact zeros and many ties in votes."""
    rng = np.random.default_rng(seed)
    return rng.integers(-3, 4, size=(150, 10)).astype(float), 5


# -- one binary classifier: w (D,), targets t in {-1, +1} -----------------------------------------------

def binary_case(num, dim, reg, seed, what="random data with targets +-1", weight_scale=0.5):
    rng = np.random.default_rng(seed)
    w = weight_scale * rng.standard_normal(dim)
    X = rng.standard_normal((num, dim))
    t = np.where(rng.random(num) < 0.5, -1, 1).astype(np.int64)
    return Case(f"{what} (N={num}, D={dim}, reg={reg:g}, seed {seed})", w, X, t, reg)


def binary_image_case(num, reg, seed):
    """The small image batch with targets +1 for the even classes and -1 for the odd ones."""
    batch = image_batch(num, 4, reg, seed)
    t = np.where(batch.y % 2 == 0, 1, -1).astype(np.int64)
    w = np.random.default_rng(seed + 1).standard_normal(batch.X.shape[1]) * 1e-2
    return Case(f"a small image batch with targets +-1 (N={num}, D={batch.X.shape[1]}, reg={reg:g}, seed {seed})",
                w, batch.X, t, reg)


def binary_main_cases():
    return [binary_image_case(20, 0.0, seed=401), binary_image_case(24, 3.0, seed=402),
            binary_case(11, 5, 0.3, seed=403)]


def binary_numeric_case():
    """Margins 1 - t * X.dot(w) all clear of 0 under small steps, some violated and some not."""
    rng = np.random.default_rng(404)
    num, dim = 10, 5
    while True:
        w, X = rng.standard_normal(dim), rng.standard_normal((num, dim))
        t = np.where(rng.random(num) < 0.5, -1, 1).astype(np.int64)
        margins = 1.0 - t * np.sum(X * w, axis=1)
        if np.min(np.abs(margins)) > 0.05 and np.any(margins > 0) and np.any(margins < 0):
            return Case(f"a small binary problem away from hinge kinks (N={num}, D={dim}, reg=0.25, seed 404)",
                        w, X, t, 0.25)


def binary_edge_cases():
    """{check id: [cases]} of the binary loss's edge checks."""
    t = np.array([1, -1, -1, 1], dtype=np.int64)
    rng = np.random.default_rng(407)
    X = np.hstack([t[:, None] * 1.0, 0.1 * rng.standard_normal((4, 5))])  # feature 0 is the target
    w = np.concatenate([[8.0], 0.1 * rng.standard_normal(5)])  # t * X.dot(w) is about 8 > 1 for every example
    return {"single_example": [binary_case(1, 4, 0.2, seed=412, what="a single example")],
            "large_regularization": [binary_case(6, 5, 500.0, seed=406, what="a large regularization strength")],
            "all_margins_satisfied": [Case("inputs where every margin is satisfied (N=4, D=6, reg=0.02, seed 407)",
                                           w, X, t, 0.02)]}


def binary_other_data(case):
    """The same w with other X and t (to tell a function that ignores the data)."""
    return [case.W.copy(), case.X[::-1] + 1.0, -case.y[::-1], case.reg]


# -- the proximal step of L1 -------------------------------------------------------------------------------------

def proximal_cases():
    """(W, learning_rate, reg): some weights exactly 0, learning_rate != reg != 1 so that each mistake differs."""
    cases = []
    for seed, shape, rate, reg in ((420, (8, 4), 0.4, 0.6), (421, (6, 5), 0.15, 2.5), (422, (3, 2, 4), 0.06, 0.5)):
        rng = np.random.default_rng(seed)
        W = rng.standard_normal(shape)
        W[rng.random(shape) < 0.15] = 0.0
        cases.append((W, rate, reg))
    return cases


# -- training the multiclass schemes from binary SVMs ---------------------------------------------------------

SCHEME_ROW_SCALE = 1e-3  # column 0 is the row index * this: a batch tells which rows it holds


def scheme_data(num=48, classes=4, seed=460):
    """Four separated classes (12 rows each, shuffled) with a bias column; column 0 is the row index / 1000.

    Returns
    -------
    X : ndarray, shape (48, 6)
    y : ndarray of int, shape (48,)
    """
    rng = np.random.default_rng(seed)
    y = rng.permutation(np.arange(num) % classes).astype(np.int64)
    features = 2.5 * np.eye(classes)[y] + 0.4 * rng.standard_normal((num, classes))
    X = np.hstack([SCHEME_ROW_SCALE * np.arange(num, dtype=float)[:, None], features, np.ones((num, 1))])
    return X, y
