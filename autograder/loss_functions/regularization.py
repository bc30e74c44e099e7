"""Checks of the weight penalties ``l2_regularization`` and ``l1_regularization``."""

import numpy as np

from ..core.checks import check, CheckFailure, precision_problem, requires
from .compare import arrays_equal, gradients_close, losses_close
from .losses import unpack_loss_and_gradient
from ..core.tampering import observed_through_the_harness


def _weights(seed, with_zeros=False):
    rng = np.random.default_rng(seed)
    W = rng.standard_normal((7, 4))
    if with_zeros:
        W[rng.random(W.shape) < 0.3] = 0.0
    return W


CASES = [(_weights(40), 0.5), (_weights(41, with_zeros=True), 3.0), (_weights(42), 0.0), (_weights(43), 1e3)]


def _unpack(ctx, W, reg):
    """(returned, penalty, dW) read the way the loss checks read (loss, dW): harmless types by their value."""
    returned = ctx.call(W.copy(), reg)
    loss, grad = unpack_loss_and_gradient(ctx.name, returned, W.shape)
    return returned, loss, grad


HALF_L2 = "the 1/2 convention; this kit's L2 penalty is reg * np.sum(W * W) with gradient 2 * reg * W"


def _loss_mistakes(name, W, reg):
    """(cause, predicted penalty) of the classic mistakes in the penalty's value."""
    if name == "l2_regularization":
        return [
            (HALF_L2, 0.5 * reg * np.sum(W * W)),
            ("reg is not applied (multiply the penalty by reg)", np.sum(W * W)),
            ("the norm is used instead of the squared norm (np.linalg.norm(W) is the square root of "
             "np.sum(W * W))", reg * np.linalg.norm(W)),
            ("the sum of the weights is squared; square each weight, then sum them (np.sum(W * W))",
             reg * np.sum(W) ** 2),
            ("np.sum(W.T.dot(W)) also adds the products of different weights; the penalty is np.sum(W * W) "
             "(the trace of W.T.dot(W), not the sum of all its entries)", reg * np.sum(W.T @ W)),
            ("np.sum(W.dot(W.T)) also adds the products of different weights; the penalty is np.sum(W * W) "
             "(the trace of W.dot(W.T), not the sum of all its entries)", reg * np.sum(W @ W.T)),
            ("the L1 penalty (absolute values) is used; L2 squares each weight", reg * np.sum(np.abs(W))),
        ]
    return [
        ("the absolute value is missing (use np.abs(W))", reg * np.sum(W)),
        ("the L2 penalty (squares) is used; L1 is reg * np.sum(np.abs(W))", reg * np.sum(W * W)),
        ("np.linalg.norm(W, 1) of a matrix is its largest column sum, not the sum of every |w| "
         "(use np.sum(np.abs(W)))", reg * np.linalg.norm(W, 1)),
        ("reg is not applied (multiply the penalty by reg)", np.sum(np.abs(W))),
        ("the penalty has a 1/2 in front; this kit's L1 penalty is reg * np.sum(np.abs(W))",
         0.5 * reg * np.sum(np.abs(W))),
    ]


def _gradient_mistakes(name, W, reg):
    """(cause, predicted dW) of the classic mistakes in the penalty's gradient."""
    sign = np.sign(W)
    if name == "l2_regularization":
        return [
            ("the gradient is reg * W; the derivative of reg * w ** 2 is 2 * reg * w (the 1/2 convention)", reg * W),
            ("reg is not applied in the gradient (2 * reg * W)", 2 * W),
            ("the L1 subgradient (reg * sign(W)) is used; the gradient of reg * np.sum(W * W) is 2 * reg * W",
             reg * sign),
        ]
    with np.errstate(all="ignore"):
        ratio = reg * W / np.abs(W)
    return [
        ("the L2 gradient is used; the subgradient of reg * |w| is reg * sign(w)", 2 * reg * W),
        ("the factor 2 belongs to L2's gradient; the subgradient of reg * |w| is reg * sign(w), without 2",
         2 * reg * sign),
        ("the subgradient of |w| is sign(w), not 1 (use np.sign(W))", reg * np.ones_like(W)),
        ("the subgradient at w == 0 must be 0, not reg", reg * np.where(W >= 0, 1.0, -1.0)),
        ("W / np.abs(W) is nan where w == 0; np.sign(W) gives the subgradient 0 there", ratio),
        ("reg is not applied in the gradient (reg * sign(W))", sign),
    ]


def _same_gradient(a, b):
    """Gradients equal to the tolerance, with nan (0 / 0) exactly where the other has nan."""
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    if a.shape != b.shape or not np.array_equal(np.isnan(a), np.isnan(b)):
        return False
    finite = ~np.isnan(b)
    return gradients_close(a[finite], b[finite]) if np.any(finite) else True


def _answers(ctx):
    """(W, reg, loss, dW) of the function on every case."""
    return [(W, reg, *_unpack(ctx, W, reg)[1:]) for W, reg in CASES]


def _cause(answers, name, part):
    """' Likely cause: ...' when exactly one mistake reproduces the function's ``part`` ("loss" or
    "gradient") on every case; else ''.

    Judged over all the cases (the function is wrong on at least one), so that a coincidence on one case
    (2 * reg is 1 when reg = 0.5) names nothing.
    """
    mistakes, same, index = ((_loss_mistakes, losses_close, 0) if part == "loss"
                             else (_gradient_mistakes, _same_gradient, 1))
    explained = None
    for W, reg, *got in answers:
        here = {cause for cause, predicted in mistakes(name, W, reg) if same(got[index], predicted)}
        explained = here if explained is None else explained & here
    return f" Likely cause: {explained.pop()}." if explained and len(explained) == 1 else ""


@check("returns_penalty_and_gradient")
@requires("penalty_matches_reference", "gradient_matches_reference", any_of=True)
def check_returns_penalty_and_gradient(ctx):
    """returns (loss, dW): a number and a float64 array shaped like W"""
    W, reg = CASES[0]
    returned, _, _ = _unpack(ctx, W, reg)
    problem = precision_problem(ctx.name, "dW", returned.items()[1])
    if problem:
        raise CheckFailure(problem)


@check("penalty_matches_reference")
def check_penalty_matches_reference(ctx):
    """penalty matches the expected value"""
    answers = _answers(ctx)
    for W, reg, loss, _ in answers:
        right = ctx.reference(W.copy(), reg)[0]
        if not losses_close(loss, right):
            raise CheckFailure(f"{ctx.name} gives {loss:.6g} for a (7, 4) W with reg={reg:g}, which is not the "
                               f"expected penalty.{_cause(answers, ctx.name, 'loss')}")


@check("gradient_matches_reference")
def check_gradient_matches_reference(ctx):
    """gradient matches the expected gradient"""
    answers = _answers(ctx)
    for W, reg, _, grad in answers:
        right = ctx.reference(W.copy(), reg)[1]
        if not gradients_close(grad, right):
            raise CheckFailure(f"{ctx.name} gives a wrong dW for a (7, 4) W with reg={reg:g}."
                               f"{_cause(answers, ctx.name, 'gradient')}")


@check("subgradient_zero_at_zero")
@requires("penalty_matches_reference")
def check_subgradient_zero_at_zero(ctx):
    """uses the subgradient 0 where a weight is exactly 0"""
    W = np.array([[0.0, 1.5], [-2.0, 0.0], [0.0, 0.0]])
    _, _, grad = _unpack(ctx, W, 2.0)
    if not np.allclose(grad[W != 0], 2.0 * np.sign(W[W != 0])):
        raise CheckFailure(f"{ctx.name} gives a wrong dW where W is not 0 (expected reg * sign(W) there), so "
                           "its value at 0 was not checked.")
    if np.any(np.isnan(grad[W == 0])):
        raise CheckFailure(f"{ctx.name} gives nan where W == 0: W / np.abs(W) is 0 / 0 there; |w| has no slope at 0 "
                           "and this kit uses the subgradient 0 there (np.sign(0) is 0).")
    if not np.all(grad[W == 0] == 0):
        raise CheckFailure(f"{ctx.name} gives a nonzero dW where W == 0; |w| has no slope at 0 and this kit "
                           "uses the subgradient 0 there (np.sign(0) is 0).")


@check("does_not_modify_inputs")
@requires("penalty_matches_reference", "gradient_matches_reference", any_of=True)
@observed_through_the_harness
def check_does_not_modify_inputs(ctx):
    """does not modify its inputs"""
    W, reg = CASES[1]
    _, after = ctx.call(W.copy(), reg, return_args=True)
    if not after or after[0].array() is None or not arrays_equal(after[0].array(), W):
        raise CheckFailure(f"{ctx.name} modified W in place; compute the gradient in a new array.")
