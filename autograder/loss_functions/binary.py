"""Checks of the binary SVM loss ``binary_svm_loss(w, X, t, reg) -> (loss, dw)``.

One classifier: ``w`` of shape (D,), targets ``t`` in {-1, +1} of shape (N,).
The hidden inputs come from the family ``families.BINARY_HINGE`` (the
grader's own generator, ``inputs.binary_*``); the mistakes named here are the
binary hinge's own (targets read as 0/1 labels, the sign of the margin, the
average, the 1/2 convention of L2...). "No Python loops" is the shared check
(``source.check_has_no_python_loops``).
"""

import numpy as np

from ..core.checks import check, CheckFailure, precision_problem, requires
from ..core.tampering import observed_through_the_harness
from .compare import GRAD_RTOL, LOSS_RTOL, NUMERIC_GRAD_RTOL, arrays_equal, gradient_error, gradients_close, losses_close
from .losses import own_gradient_disagreement, unpack_loss_and_gradient

# the names of the mistakes (a loss hypothesis and a gradient one share a name when they are the same mistake)
ZERO_ONE = ("the targets are used as labels in {0, 1}; binary_svm_loss gets t in {-1, +1} (t = -1 for the "
            "negative side), and the margin is 1 - t[i] * X[i].dot(w)")
NOT_AVERAGED_LOSS = "the data loss is not averaged over N (divide the sum of the hinge terms by N)"
NOT_AVERAGED_GRAD = "the data gradient is not averaged over N"
HALF_REG = "the 1/2 convention; this kit's L2 penalty is reg * np.sum(w * w) with gradient 2 * reg * w"
REG_LOSS_MISSING = "the regularization term is missing from the loss (add reg * np.sum(w * w))"
REG_GRAD_MISSING = "the regularization gradient is missing (add 2 * reg * w)"
SIGN = ("the margin has the wrong sign: it is 1 - t[i] * X[i].dot(w) (an example on its side by more than 1 "
        "adds nothing)")
SIGN_GRAD = ("the gradient has the wrong sign: an example with a violated margin adds -t[i] * X[i] / N "
             "(the derivative of 1 - t[i] * X[i].dot(w))")
NO_CLIP = "margins <= 0 are added too; each example adds max(0, 1 - t[i] * X[i].dot(w))"
NO_CLIP_GRAD = ("every example adds -t[i] * X[i] to dw; only those whose margin 1 - t[i] * X[i].dot(w) is > 0 do "
                "(the others are on the flat part of the hinge)")
DELTA_ZERO = "the margin 1 is missing: each example adds max(0, 1 - t[i] * X[i].dot(w)), not max(0, -t[i] * ...)"


def _pieces(case, labels="pm", sign=1.0, clip=True, delta=1.0):
    """The data loss and data gradient of a binary hinge with one piece changed (defaults: the right ones)."""
    w, X, t, _ = case.args()
    t = (t > 0).astype(float) if labels == "01" else t.astype(float)
    raw = delta - sign * t * (X @ w)
    margins = np.maximum(0.0, raw) if clip else raw
    active = (margins > 0).astype(float) if clip else np.ones_like(margins)
    num = X.shape[0]
    return margins.sum() / num, -sign * X.T @ (active * t) / num


def _loss_hypotheses(case):
    w, X, t, reg = case.args()
    penalty = reg * float(np.sum(w * w))
    data = _pieces(case)[0]
    return [
        (ZERO_ONE, _pieces(case, labels="01")[0] + penalty),
        (NOT_AVERAGED_LOSS, data * X.shape[0] + penalty),
        (HALF_REG, data + 0.5 * penalty),
        (REG_LOSS_MISSING, data),
        (SIGN, _pieces(case, sign=-1.0)[0] + penalty),
        (NO_CLIP, _pieces(case, clip=False)[0] + penalty),
        (DELTA_ZERO, _pieces(case, delta=0.0)[0] + penalty),
    ]


def _gradient_hypotheses(case):
    w, X, t, reg = case.args()
    data = _pieces(case)[1]
    return [
        (ZERO_ONE, _pieces(case, labels="01")[1] + 2 * reg * w),
        (NOT_AVERAGED_GRAD, data * X.shape[0] + 2 * reg * w),
        (HALF_REG, data + reg * w),
        (REG_GRAD_MISSING, data),
        (SIGN_GRAD, -data + 2 * reg * w),
        (NO_CLIP_GRAD, _pieces(case, clip=False)[1] + 2 * reg * w),
        (DELTA_ZERO, _pieces(case, delta=0.0)[1] + 2 * reg * w),
    ]


def _cause(hypotheses, right, got, close):
    """' Likely cause: ...' when exactly one mistake (that differs from the right answer) reproduces ``got``."""
    causes = [cause for cause, predicted in hypotheses if close(got, predicted) and not close(right, predicted)]
    return f" Likely cause: {causes[0]}." if len(set(causes)) == 1 else ""


def _call(ctx, case):
    return unpack_loss_and_gradient(ctx.name, ctx.call(*case.args()), case.W.shape)


def _nothing_computed(ctx, case, loss, grad):
    if loss == 0 and not np.any(grad):
        return (f"{ctx.name} returns a loss of 0 and a dw of zeros on {case.description}: it computes nothing yet "
                "(the starter's placeholder values?).")
    w, X, t, reg = case.args()
    other = unpack_loss_and_gradient(ctx.name, ctx.call(w, X[::-1] + 1.0, -t[::-1], reg), case.W.shape)
    if other[0] == loss and np.array_equal(other[1], grad):
        return f"{ctx.name} returns the same loss and dw whatever X and t are: it does not compute them from the data."
    return None


def _expect_loss(ctx, case, loss, grad):
    right = ctx.reference(*case.args())[0]
    if losses_close(loss, right, rtol=LOSS_RTOL):
        return
    cause = _cause(_loss_hypotheses(case), right, loss, losses_close) if np.isfinite(loss) else ""
    if not cause:
        nothing = _nothing_computed(ctx, case, loss, grad)
        if nothing:
            raise CheckFailure(nothing)
    raise CheckFailure(f"{ctx.name} gives a loss of {loss:.6g} on {case.description}, which is off by "
                       f"{abs(loss - right) / max(1.0, abs(right)):.1e} relative to the expected value.{cause}")


def _expect_gradient(ctx, case, loss, grad):
    right = ctx.reference(*case.args())[1]
    if gradients_close(grad, right, rtol=GRAD_RTOL):
        return
    cause = _cause(_gradient_hypotheses(case), right, grad, gradients_close)
    if not cause:
        nothing = _nothing_computed(ctx, case, loss, grad)
        if nothing:
            raise CheckFailure(nothing)
    raise CheckFailure(f"{ctx.name} gives a dw that differs from the expected gradient on {case.description} "
                       f"(relative error {gradient_error(grad, right):.1e}).{cause}")


def _knows_the_mistake(case, loss=None, grad=None):
    """Whether a wrong loss (or dw) is one of the named mistakes on this case."""
    if loss is not None:
        right = _pieces(case)[0] + case.reg * float(np.sum(case.W * case.W))
        return bool(_cause(_loss_hypotheses(case), right, loss, losses_close))
    right = _pieces(case)[1] + 2 * case.reg * case.W
    return bool(_cause(_gradient_hypotheses(case), right, grad, gradients_close))


@check("returns_loss_and_gradient")
@requires("loss_matches_reference", "gradient_matches_reference", any_of=True)
def check_returns_loss_and_gradient(ctx):
    """returns (loss, dw): a number and a float64 array shaped like w"""
    case = ctx.exercise.family.cases()[-1]
    returned = ctx.call(*case.args())
    unpack_loss_and_gradient(ctx.name, returned, case.W.shape)
    problem = precision_problem(ctx.name, "dw", returned.items()[1])
    if problem:
        raise CheckFailure(problem)


@check("loss_matches_reference")
def check_loss_matches_reference(ctx):
    """loss matches the expected value"""
    for case in ctx.exercise.family.cases():
        _expect_loss(ctx, case, *_call(ctx, case))


@check("gradient_matches_reference")
def check_gradient_matches_reference(ctx):
    """gradient matches the expected gradient"""
    for case in ctx.exercise.family.cases():
        _expect_gradient(ctx, case, *_call(ctx, case))


@check("gradient_matches_numeric")
def check_gradient_matches_numeric(ctx):
    """gradient matches the numeric gradient of your own loss"""
    case = ctx.exercise.family.numeric_case()
    loss, grad = _call(ctx, case)
    right_loss, right_grad = ctx.reference(*case.args())
    if not losses_close(loss, right_loss) and not _knows_the_mistake(case, loss=loss):
        raise CheckFailure(f"{ctx.name} is not checked against the numeric gradient of its own loss until that "
                           f"loss is right on {case.description}.")
    if not np.all(np.isfinite(grad)):
        raise CheckFailure(f"{ctx.name} returned a dw with inf or nan on {case.description}.")
    disagreement = own_gradient_disagreement(ctx, case, grad, seed=13, steps=((1e-5, NUMERIC_GRAD_RTOL),))
    if disagreement is not None:
        error, along = disagreement
        raise CheckFailure(f"{ctx.name}'s dw does not match the numeric gradient of its own loss on "
                           f"{case.description} (relative error {error:.1e} along "
                           f"{along.replace('W', 'w')}): the gradient code and the loss code disagree.")
    if not gradients_close(grad, right_grad) and not _knows_the_mistake(case, grad=grad):
        raise CheckFailure(f"{ctx.name}'s dw is neither the expected gradient nor one with a recognised mistake on "
                           f"{case.description}, so agreeing with its own loss earns nothing.")


def _expect_reference(ctx, case):
    loss, grad = _call(ctx, case)
    _expect_loss(ctx, case, loss, grad)
    _expect_gradient(ctx, case, loss, grad)


@check("single_example")
@requires("loss_matches_reference", "gradient_matches_reference", any_of=True)
def check_single_example(ctx):
    """handles a single example"""
    _expect_reference(ctx, ctx.exercise.family.edge_cases()[0])


@check("large_regularization")
@requires("loss_matches_reference", "gradient_matches_reference", any_of=True)
def check_large_regularization(ctx):
    """adds reg * sum(w**2) to the loss and 2 * reg * w to the gradient"""
    _expect_reference(ctx, ctx.exercise.family.edge_cases()[1])


@check("all_margins_satisfied")
@requires("loss_matches_reference", "gradient_matches_reference", any_of=True)
def check_all_margins_satisfied(ctx):
    """gives only the regularization term when every margin is satisfied"""
    _expect_reference(ctx, ctx.exercise.family.edge_cases()[2])


@check("does_not_modify_inputs")
@requires("loss_matches_reference", "gradient_matches_reference", any_of=True)
@observed_through_the_harness
def check_does_not_modify_inputs(ctx):
    """does not modify its inputs"""
    case = ctx.exercise.family.cases()[-1]
    sent = case.args()
    _, after = ctx.call(*sent, return_args=True)
    for name, before, now in zip(("w", "X", "t"), sent, after):
        data = now.array()
        if data is None or not arrays_equal(data, before):
            raise CheckFailure(f"{ctx.name} modified its argument {name} in place; compute on a copy instead.")


@check("independent_of_global_random_state")
@requires("loss_matches_reference", "gradient_matches_reference", any_of=True)
@observed_through_the_harness
def check_independent_of_global_random_state(ctx):
    """gives the same result whatever the global random state"""
    case = ctx.exercise.family.cases()[-1]
    (loss_a, grad_a), (loss_b, grad_b) = [
        unpack_loss_and_gradient(ctx.name, ctx.call(*case.args(), global_seed=seed), case.W.shape) for seed in (1, 2)]
    if loss_a != loss_b or not arrays_equal(grad_a, grad_b):
        raise CheckFailure(f"{ctx.name} gives different results for the same input after np.random.seed(1) "
                           "and np.random.seed(2); a loss must not use randomness.")
