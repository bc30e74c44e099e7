"""Checks of a loss function ``f(W, X, y, reg) -> (loss, dW)``.

The same checks serve the hinge, squared hinge, softmax and MSE losses; the
exercise's ``family`` picks the inputs (labels or real targets) and the
mistakes the diagnosis looks for.
"""

import numpy as np

from . import inputs
from ..core.checks import check, CheckFailure, Returned, precision_problem, requires
from .compare import (GRAD_RTOL, LOSS_RTOL, NUMERIC_GRAD_RTOL, arrays_equal, gradient_error, gradients_close,
                      losses_close)
from .diagnosis import likely_gradient_cause, likely_loss_cause
from ..core.tampering import observed_through_the_harness


def unpack_loss_and_gradient(name, returned, w_shape):
    """The (loss, dW) in a returned value, checked just enough to compare numbers.

    Any harmless spelling is read as what it means (see ``Returned.value``):
    a list instead of a tuple, a numpy scalar or a 1-element array for the
    loss, an ndarray subclass or another exact dtype for dW.

    Returns
    -------
    loss : float
    dW : ndarray of float64, shape w_shape
    """
    if returned.kind not in ("tuple", "list") or len(returned.items()) != 2:
        raise CheckFailure(f"{name} returned {returned.summary()}; it must return a tuple (loss, dW).")
    loss, grad = returned.items()
    if loss.value() is None:
        swapped = " (they are swapped: return loss, dW)" if grad.value() is not None and loss.shape == tuple(
            w_shape) else ""
        raise CheckFailure(f"{name} returned a loss that is {loss.summary()}; the loss must be a number{swapped}.")
    problem = grad.problem_with_values()
    if problem or grad.real_array() is None:
        why = f" that {problem}" if problem else ""
        raise CheckFailure(f"{name} returned a dW{why} ({grad.summary()}); dW must be a real array shaped like W.")
    if grad.shape != tuple(w_shape):
        hint = " (transposed?)" if grad.shape == tuple(w_shape)[::-1] else ""
        raise CheckFailure(f"{name} returned dW of shape {grad.shape}{hint}; it must have W's shape {tuple(w_shape)}.")
    return loss.value(), grad.real_array().astype(float)


def loss_and_gradient(ctx, case):
    return unpack_loss_and_gradient(ctx.name, ctx.call(*case.args()), case.W.shape)


def cases_for(family):
    """The family's main hidden cases (see ``families.LossFamily.cases``)."""
    return family.cases()


def other_data(case):
    """The same W with other X and y (for telling a function that ignores the data)."""
    rng = np.random.default_rng(99)
    X = case.X[::-1] + rng.standard_normal(case.X.shape)
    y = (case.y[::-1] + 1) % case.W.shape[1] if case.y.dtype.kind in "iu" else case.y[::-1] + 1.0
    return [case.W.copy(), X, y, case.reg]


def nothing_computed(ctx, case, loss, grad):
    """One sentence when a loss computes nothing from its inputs (placeholders, or the same answer for any data)."""
    if loss == 0 and not np.any(grad):
        return (f"{ctx.name} returns a loss of 0 and a dW of zeros on {case.description}: it computes "
                "nothing yet (the starter's placeholder values?).")
    other = unpack_loss_and_gradient(ctx.name, ctx.call(*other_data(case)), case.W.shape)
    if other[0] == loss and np.array_equal(other[1], grad):
        return (f"{ctx.name} returns the same loss and dW whatever X and y are: it does not compute them "
                "from the data.")
    return None


# single precision's own rounding on these inputs (scores up to 1e3, sums over 3073 features) reaches a few 1e-6
SINGLE_PRECISION_RTOL = 2e-5


def single_precision(values):
    """Whether every number is exactly a float32: computed in single precision (a float64 result almost never is)."""
    values = np.asarray(values, dtype=float)
    return bool(np.all(values.astype(np.float32).astype(np.float64) == values))


def _expect_loss(ctx, case, loss, grad):
    if not np.isfinite(loss):
        raise CheckFailure(f"{ctx.name} returned a loss of {loss} on {case.description}.")
    right = ctx.reference(*case.args())[0]
    # code that computes in float32 is right to float32's precision, and is graded at that precision
    if losses_close(loss, right, rtol=SINGLE_PRECISION_RTOL if single_precision(loss) else LOSS_RTOL):
        return
    cause = likely_loss_cause(ctx.exercise.family, case, ctx.reference, loss)
    if cause is None:
        nothing = nothing_computed(ctx, case, loss, grad)
        if nothing:
            raise CheckFailure(nothing)
    because = f" Likely cause: {cause}." if cause else ""
    raise CheckFailure(
        f"{ctx.name} gives a loss of {loss:.6g} on {case.description}, which is off by "
        f"{abs(loss - right) / max(1.0, abs(right)):.1e} relative to the expected value.{because}"
    )


def _expect_gradient(ctx, case, loss, grad):
    right = ctx.reference(*case.args())[1]
    if gradients_close(grad, right, rtol=SINGLE_PRECISION_RTOL if single_precision(grad) else GRAD_RTOL):
        return
    cause = likely_gradient_cause(ctx.exercise.family, case, ctx.reference, grad)
    if cause is None:
        nothing = nothing_computed(ctx, case, loss, grad)
        if nothing:
            raise CheckFailure(nothing)
    because = f" Likely cause: {cause}." if cause else ""
    raise CheckFailure(
        f"{ctx.name} gives a dW that differs from the expected gradient on {case.description} "
        f"(relative error {gradient_error(grad, right):.1e}).{because}"
    )


@check("returns_loss_and_gradient")
@requires("loss_matches_reference", "gradient_matches_reference", any_of=True)
def check_returns_loss_and_gradient(ctx):
    """returns (loss, dW): a number and a float64 array shaped like W"""
    case = cases_for(ctx.exercise.family)[-1]
    returned = ctx.call(*case.args())
    unpack_loss_and_gradient(ctx.name, returned, case.W.shape)
    problem = precision_problem(ctx.name, "dW", returned.items()[1])
    if problem:
        raise CheckFailure(problem)


@check("loss_matches_reference")
def check_loss_matches_reference(ctx):
    """loss matches the expected value"""
    for case in cases_for(ctx.exercise.family):
        loss, grad = loss_and_gradient(ctx, case)
        _expect_loss(ctx, case, loss, grad)


@check("gradient_matches_reference")
def check_gradient_matches_reference(ctx):
    """gradient matches the expected gradient"""
    for case in cases_for(ctx.exercise.family):
        loss, grad = loss_and_gradient(ctx, case)
        _expect_gradient(ctx, case, loss, grad)


def _numeric_case(family):
    return family.numeric_case()


def _probes(shape, rng):
    """Six single coordinates and three random unit directions, with their names for feedback."""
    probes, labels = [], []
    for _ in range(6):
        index = tuple(int(rng.integers(n)) for n in shape)
        direction = np.zeros(shape)
        direction[index] = 1.0
        probes.append(direction)
        labels.append(f"W{list(index)}")
    for k in range(3):
        direction = rng.standard_normal(shape)
        probes.append(direction / np.linalg.norm(direction))
        labels.append(f"random direction {k + 1}")
    return probes, labels


def _own_losses(ctx, case, probes, step):
    """The student's loss at W + step * d and W - step * d for every probe, as the value checks read a loss."""
    stack = np.stack([case.W + sign * step * d for d in probes for sign in (1.0, -1.0)])
    answer = ctx.request({"op": "loss_values", "module": ctx.exercise.module, "qualname": ctx.exercise.qualname,
                          "Ws": stack, "args": case.args()[1:]})
    described = answer.get("losses")
    values = [Returned(item).value() for item in described] if isinstance(described, list) else []
    if len(values) != len(stack) or any(v is None for v in values):
        raise CheckFailure(f"{ctx.name} did not return a number as the loss for every probe of the numeric gradient.")
    losses = np.array(values)
    if not np.all(np.isfinite(losses)):
        raise CheckFailure(f"{ctx.name} returned a non-finite loss near W on {case.description}.")
    return losses


def own_gradient_disagreement(ctx, case, grad, seed, steps):
    """Where ``grad`` is furthest from the numeric gradient of the student's own loss, if it disagrees.

    The probes are six coordinates and three random directions (``seed``); along each, the centered
    difference of the student's loss is compared with ``grad``, relatively.

    Parameters
    ----------
    case : Case
        The input the loss is probed around: ``case.W`` is W of shape (D, C), or w of shape (D,).
    grad : ndarray, the shape of ``case.W``
        The gradient the student's code returned at ``case.W``.
    seed : int
        Seeds the probes.
    steps : sequence of (float, float)
        (step, tolerance) pairs tried in turn: the gradient agrees if, at some step, every probe is
        within that step's tolerance.

    Returns
    -------
    None, or (float, str)
        None when it agrees; else the last step's largest relative error and the probe's name.
    """
    probes, labels = _probes(case.W.shape, np.random.default_rng(seed))
    analytic = np.array([np.sum(grad * d) for d in probes])
    for step, tolerance in steps:
        losses = _own_losses(ctx, case, probes, step)
        numeric = (losses[0::2] - losses[1::2]) / (2 * step)
        errors = np.abs(numeric - analytic) / np.maximum(np.abs(numeric) + np.abs(analytic), 1e-8)
        if np.all(errors <= tolerance):
            return None
    worst = int(np.argmax(np.where(np.isfinite(errors), errors, np.inf)))
    return float(errors[worst]), labels[worst]


@check("gradient_matches_numeric")
def check_gradient_matches_numeric(ctx):
    """gradient matches the numeric gradient of your own loss"""
    case = _numeric_case(ctx.exercise.family)
    loss, grad = loss_and_gradient(ctx, case)
    right = ctx.reference(*case.args())[0]
    if not losses_close(loss, right) and likely_loss_cause(ctx.exercise.family, case, ctx.reference, loss) is None:
        # a loss that computes the wrong thing (a constant, sum(W)) can agree with any gradient it likes
        raise CheckFailure(f"{ctx.name} is not checked against the numeric gradient of its own loss until that "
                           f"loss is right on {case.description}.")
    if not np.all(np.isfinite(grad)):
        raise CheckFailure(f"{ctx.name} returned a dW with inf or nan on {case.description}.")
    # a short step first; then a long one, which the inputs allow (every hinge margin stays clear of its kink)
    # and which lifts code computing partly in float32 above its rounding noise (1e-7 of the loss)
    disagreement = own_gradient_disagreement(ctx, case, grad, seed=12,
                                             steps=((1e-5, NUMERIC_GRAD_RTOL), (1e-2, 2e-3)))
    if disagreement is not None:
        error, along = disagreement
        raise CheckFailure(
            f"{ctx.name}'s dW does not match the numeric gradient of its own loss on {case.description} "
            f"(relative error {error:.1e} along {along}): the gradient code and the loss code disagree."
        )
    right_grad = ctx.reference(*case.args())[1]
    if not gradients_close(grad, right_grad) and likely_gradient_cause(
            ctx.exercise.family, case, ctx.reference, grad) is None:
        # the student's loss near W is not the one it returns at W (a memo, a frame trick): consistency with it
        # proves nothing
        raise CheckFailure(f"{ctx.name}'s dW is neither the expected gradient nor one with a recognised mistake "
                           f"on {case.description}, so agreeing with its own loss earns nothing.")


def _expect_reference(ctx, case):
    loss, grad = loss_and_gradient(ctx, case)
    _expect_loss(ctx, case, loss, grad)
    _expect_gradient(ctx, case, loss, grad)


@check("single_example_two_classes")
@requires("loss_matches_reference", "gradient_matches_reference", any_of=True)
def check_single_example_two_classes(ctx):
    """handles a single example and two classes"""
    _expect_reference(ctx, inputs.single_example_two_classes())


@check("single_example_three_outputs")
@requires("loss_matches_reference", "gradient_matches_reference", any_of=True)
def check_single_example_three_outputs(ctx):
    """handles a single example with three outputs"""
    _expect_reference(ctx, inputs.single_example_two_classes(regression=True))


@check("all_margins_satisfied")
@requires("loss_matches_reference", "gradient_matches_reference", any_of=True)
def check_all_margins_satisfied(ctx):
    """gives only the regularization term when every margin is satisfied"""
    _expect_reference(ctx, inputs.all_margins_satisfied())


@check("large_regularization")
@requires("loss_matches_reference", "gradient_matches_reference", any_of=True)
def check_large_regularization(ctx):
    """adds reg * sum(W**2) to the loss and 2 * reg * W to the gradient"""
    _expect_reference(ctx, inputs.large_regularization(ctx.exercise.family.regression))


@check("stable_for_large_scores")
@requires("loss_matches_reference", "gradient_matches_reference", any_of=True)
def check_stable_for_large_scores(ctx):
    """stays finite and correct for scores around +-1e3"""
    for case in (inputs.large_scores(), inputs.mixed_sign_scores()):
        loss, grad = loss_and_gradient(ctx, case)
        if not np.isfinite(loss) or not np.all(np.isfinite(grad)):
            raise CheckFailure(
                f"{ctx.name} returned inf or nan on {case.description}: exp(1000) overflows and exp(-2000) "
                "underflows; subtract the largest score of each example (each row's own max) before exponentiating."
            )
        _expect_loss(ctx, case, loss, grad)
        _expect_gradient(ctx, case, loss, grad)


@check("does_not_modify_inputs")
@requires("loss_matches_reference", "gradient_matches_reference", any_of=True)
@observed_through_the_harness
def check_does_not_modify_inputs(ctx):
    """does not modify its inputs"""
    case = cases_for(ctx.exercise.family)[-1]
    sent = case.args()
    _, after = ctx.call(*sent, return_args=True)
    for name, before, now in zip(("W", "X", "y"), sent, after):
        data = now.array()
        if data is None or not arrays_equal(data, before):
            raise CheckFailure(f"{ctx.name} modified its argument {name} in place; compute on a copy instead.")


@check("independent_of_global_random_state")
@requires("loss_matches_reference", "gradient_matches_reference", any_of=True)
@observed_through_the_harness
def check_independent_of_global_random_state(ctx):
    """gives the same result whatever the global random state"""
    case = cases_for(ctx.exercise.family)[-1]
    results = [unpack_loss_and_gradient(ctx.name, ctx.call(*case.args(), global_seed=seed), case.W.shape)
               for seed in (1, 2)]
    (loss_a, grad_a), (loss_b, grad_b) = results
    if loss_a != loss_b or not arrays_equal(grad_a, grad_b):
        raise CheckFailure(f"{ctx.name} gives different results for the same input after np.random.seed(1) "
                           "and np.random.seed(2); a loss must not use randomness.")
