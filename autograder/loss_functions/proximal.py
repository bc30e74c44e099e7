"""Checks of ``l1_proximal_step(W, learning_rate, reg)``: soft-thresholding, the proximal step of L1.

The step moves every weight toward 0 by ``learning_rate * reg`` and stops at
0. The mistakes named are the classic ones: the threshold ``reg`` (or
``learning_rate``) instead of their product, a subgradient step that crosses
0, hard thresholding (zeroing small weights without shrinking the others),
the sign lost, the proximal step of L2.
"""

import numpy as np

from ..core.checks import check, CheckFailure, precision_problem, requires
from ..core.tampering import observed_through_the_harness
from .compare import arrays_equal


def _weights(seed, shape=(9, 5)):
    rng = np.random.default_rng(seed)
    W = rng.standard_normal(shape)
    W[rng.random(shape) < 0.15] = 0.0
    return W


# (W, learning_rate, reg): thresholds 0.21, 0.6 and 0.02; learning_rate != reg != 1 so that each mistake differs
CASES = [(_weights(140), 0.3, 0.7), (_weights(141), 0.2, 3.0), (_weights(142, (4, 3, 2)), 0.05, 0.4)]


def mistakes(W, learning_rate, reg):
    """(cause, predicted W_new) of the classic mistakes."""
    threshold = learning_rate * reg
    sign, size = np.sign(W), np.abs(W)
    return [
        ("the threshold is reg; the proximal step of learning_rate * reg * |w| shrinks by learning_rate * reg",
         sign * np.maximum(size - reg, 0.0)),
        ("the threshold is learning_rate; it is learning_rate * reg", sign * np.maximum(size - learning_rate, 0.0)),
        ("it takes a subgradient step W - learning_rate * reg * sign(W), which crosses 0 instead of stopping there "
         "(clip at 0: np.maximum(|W| - threshold, 0))", W - threshold * sign),
        ("it sets the small weights to 0 without shrinking the others (hard thresholding); every weight moves "
         "toward 0 by learning_rate * reg", np.where(size > threshold, W, 0.0)),
        ("the sign is lost: np.maximum(|W| - threshold, 0) is the size; multiply by np.sign(W)",
         np.maximum(size - threshold, 0.0)),
        ("it is the proximal step of L2 (W / (1 + 2 * learning_rate * reg)); L1's shrinks by a constant and stops "
         "at 0", W / (1.0 + 2.0 * threshold)),
        ("the threshold is doubled (2 * learning_rate * reg); the derivative of reg * |w| has no factor 2",
         sign * np.maximum(size - 2.0 * threshold, 0.0)),
    ]


def _call(ctx, W, learning_rate, reg):
    returned = ctx.call(W.copy(), learning_rate, reg)
    got = returned.real_array()
    if got is None or got.shape != W.shape:
        raise CheckFailure(f"{ctx.name} returned {returned.summary()}; it must return the new weights, an array of "
                           f"W's shape {W.shape}.")
    return returned, got.astype(float)


def _cause(got, W, learning_rate, reg):
    right = _soft_threshold(W, learning_rate, reg)
    causes = [cause for cause, predicted in mistakes(W, learning_rate, reg)
              if np.allclose(got, predicted, rtol=1e-12, atol=1e-12) and not np.allclose(right, predicted)]
    return f" Likely cause: {causes[0]}." if len(causes) == 1 else ""


def _soft_threshold(W, learning_rate, reg):
    """Soft-thresholding, written here (the checks compare with it and with the reference both)."""
    return np.sign(W) * np.maximum(np.abs(W) - learning_rate * reg, 0.0)


@check("soft_thresholds")
def check_soft_thresholds(ctx):
    """returns sign(W) * max(|W| - learning_rate * reg, 0)"""
    for W, learning_rate, reg in CASES:
        _, got = _call(ctx, W, learning_rate, reg)
        right = ctx.reference(W.copy(), learning_rate, reg)
        if not np.allclose(got, right, rtol=1e-12, atol=1e-12):
            unchanged = " (it returns W unchanged)" if np.array_equal(got, W) else ""
            raise CheckFailure(f"{ctx.name} gives wrong weights for a {W.shape} W with learning_rate="
                               f"{learning_rate:g} and reg={reg:g}{unchanged}.{_cause(got, W, learning_rate, reg)}")


@check("sets_small_weights_to_exactly_zero")
@requires("soft_thresholds")
def check_sets_small_weights_to_exactly_zero(ctx):
    """sets every weight with |w| <= learning_rate * reg to exactly 0, and no other"""
    W = np.array([[0.3, -0.3, 0.29], [-0.31, 1e-9, -2.0], [0.0, 0.5, -0.05]])
    _, got = _call(ctx, W, 0.5, 0.6)
    small = np.abs(W) <= 0.3
    if not np.all(got[small] == 0):
        raise CheckFailure(f"{ctx.name} leaves weights with |w| <= learning_rate * reg not exactly 0 (some are "
                           "tiny instead, or a weight at the threshold itself): clip |w| - threshold at 0.")
    if np.any(got[~small] == 0):
        raise CheckFailure(f"{ctx.name} sets weights with |w| > learning_rate * reg to 0.")


@check("proximal_returns_a_new_array")
@requires("soft_thresholds")
@observed_through_the_harness
def check_proximal_returns_a_new_array(ctx):
    """returns a new float64 array and leaves W unchanged"""
    W, learning_rate, reg = CASES[0]
    returned, after = ctx.call(W.copy(), learning_rate, reg, return_args=True)
    if not after or after[0].array() is None or not arrays_equal(after[0].array(), W):
        raise CheckFailure(f"{ctx.name} modified W in place; return the new weights as a new array.")
    problem = precision_problem(ctx.name, "the new W", returned)
    if problem:
        raise CheckFailure(problem)
