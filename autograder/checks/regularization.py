"""Checks of the weight penalties ``l2_regularization`` and ``l1_regularization``."""

import numpy as np

from .base import CheckFailure, requires
from .compare import arrays_equal, gradients_close, losses_close


def _weights(seed, with_zeros=False):
    rng = np.random.default_rng(seed)
    W = rng.standard_normal((7, 4))
    if with_zeros:
        W[rng.random(W.shape) < 0.3] = 0.0
    return W


CASES = [(_weights(40), 0.5), (_weights(41, with_zeros=True), 3.0), (_weights(42), 0.0), (_weights(43), 1e3)]


def _unpack(ctx, W, reg):
    returned = ctx.call(W.copy(), reg)
    if returned.kind not in ("tuple", "list") or len(returned.items()) != 2:
        raise CheckFailure(f"{ctx.name} returned {returned.summary()}; it must return a tuple (loss, dW).")
    loss, grad = returned.items()
    if loss.value() is None or grad.array() is None or grad.shape != W.shape:
        raise CheckFailure(f"{ctx.name} returned ({loss.summary()}, {grad.summary()}); "
                           f"it must return (a float, an array of W's shape {W.shape}).")
    return returned, loss.value(), grad.array().astype(float)


def _mistakes(name, W, reg):
    """(cause, predicted loss, predicted dW) of the classic penalty mistakes."""
    if name == "l2_regularization":
        return [
            ("the 1/2 convention; this kit's L2 penalty is reg * np.sum(W * W) with gradient 2 * reg * W",
             0.5 * reg * np.sum(W * W), reg * W),
            ("reg is not applied", np.sum(W * W), 2 * W),
            ("the norm is used instead of the squared norm", reg * np.linalg.norm(W), None),
        ]
    return [
        ("the absolute value is missing (use np.abs(W))", reg * np.sum(W), reg * np.ones_like(W)),
        ("the L2 gradient is used; the subgradient of reg * |w| is reg * sign(w)", None, 2 * reg * W),
        ("the subgradient at w == 0 must be 0, not reg", None, reg * np.where(W >= 0, 1.0, -1.0)),
    ]


def _cause(ctx, W, reg, loss=None, grad=None):
    for cause, predicted_loss, predicted_grad in _mistakes(ctx.name, W, reg):
        if loss is not None and predicted_loss is not None and losses_close(loss, predicted_loss):
            return f" Likely cause: {cause}."
        if grad is not None and predicted_grad is not None and gradients_close(grad, predicted_grad):
            return f" Likely cause: {cause}."
    return ""


@requires("penalty_matches_reference", "gradient_matches_reference", any_of=True)
def check_returns_penalty_and_gradient(ctx):
    """returns (loss, dW): a float and a float64 array shaped like W"""
    W, reg = CASES[0]
    returned, _, _ = _unpack(ctx, W, reg)
    loss, grad = returned.items()
    if returned.kind != "tuple" or not loss.info.get("is_float"):
        raise CheckFailure(f"{ctx.name} must return a tuple (float, ndarray); it returned a {returned.kind} "
                           f"holding {loss.summary()}.")
    if grad.cls != "numpy.ndarray" or grad.dtype != np.float64:
        raise CheckFailure(f"{ctx.name} returned dW as {grad.summary()}; return a float64 numpy ndarray.")


def check_penalty_matches_reference(ctx):
    """penalty matches the expected value"""
    for W, reg in CASES:
        _, loss, _ = _unpack(ctx, W, reg)
        right = ctx.reference(W.copy(), reg)[0]
        if not losses_close(loss, right):
            raise CheckFailure(f"{ctx.name} gives {loss:.6g} for a (7, 4) W with reg={reg:g}, which is not the "
                               f"expected penalty.{_cause(ctx, W, reg, loss=loss)}")


def check_gradient_matches_reference(ctx):
    """gradient matches the expected gradient"""
    for W, reg in CASES:
        _, _, grad = _unpack(ctx, W, reg)
        right = ctx.reference(W.copy(), reg)[1]
        if not gradients_close(grad, right):
            raise CheckFailure(f"{ctx.name} gives a wrong dW for a (7, 4) W with reg={reg:g}."
                               f"{_cause(ctx, W, reg, grad=grad)}")


@requires("penalty_matches_reference")
def check_subgradient_zero_at_zero(ctx):
    """uses the subgradient 0 where a weight is exactly 0"""
    W = np.array([[0.0, 1.5], [-2.0, 0.0], [0.0, 0.0]])
    _, _, grad = _unpack(ctx, W, 2.0)
    if not np.allclose(grad[W != 0], 2.0 * np.sign(W[W != 0])):
        raise CheckFailure(f"{ctx.name} gives a wrong dW where W is not 0 (expected reg * sign(W) there), so "
                           "its value at 0 was not checked.")
    if not np.all(grad[W == 0] == 0):
        raise CheckFailure(f"{ctx.name} gives a nonzero dW where W == 0; |w| has no slope at 0 and this kit "
                           "uses the subgradient 0 there (np.sign(0) is 0).")


@requires("penalty_matches_reference", "gradient_matches_reference", any_of=True)
def check_does_not_modify_inputs(ctx):
    """does not modify its inputs"""
    W, reg = CASES[1]
    _, after = ctx.call(W.copy(), reg, return_args=True)
    if not after or after[0].array() is None or not arrays_equal(after[0].array(), W):
        raise CheckFailure(f"{ctx.name} modified W in place; compute the gradient in a new array.")
