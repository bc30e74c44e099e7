"""Checks of ``l1_proximal_step(W, learning_rate, reg)`` (soft-thresholding, the proximal step of L1) and of
``LinearClassifier.train_l1_proximal``, graded with the grader's loss, sample_batch, sgd_step and
l1_proximal_step in place (see ``optimization.TrainingRecorder``), so that a bug in a helper costs points there.

The step moves every weight toward 0 by ``learning_rate * reg`` and stops at
0. The mistakes named are the classic ones: the threshold ``reg`` (or
``learning_rate``) instead of their product, a subgradient step that crosses
0, hard thresholding (zeroing small weights without shrinking the others),
the sign lost, the proximal step of L2.
"""

import numpy as np

from ..core.checks import check, CheckFailure, Returned, precision_problem, requires
from ..core.tampering import observed_through_the_harness
from .compare import arrays_equal
from .grader_helpers import helper_request, trainer_timeout
from .optimization import TrainingRecorder, separable_problem


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


# -- LinearClassifier.train_l1_proximal ----------------------------------------------------------------------------

class ProximalRecorder(TrainingRecorder):
    """``TrainingRecorder`` with the grader's ``l1_proximal_step`` too, and the order of every callback."""

    def __init__(self, exercise, X, y, num_classes):
        self.reference_loss = exercise.callback_loss
        self.reference_sample_batch, self.reference_sgd_step, self.reference_proximal = exercise.callback_helpers
        self.X, self.y, self.num_classes = X, y, num_classes
        self.steps = []
        self.events = []  # ("loss" | "sgd_step" | "l1_proximal_step", what the grader returned), bounded

    def __call__(self, message):
        name = message.get("callback")
        if name == "l1_proximal_step":
            try:
                answer = self.l1_proximal_step(message)
            except Exception as error:  # whatever the worker sent, the grader answers, it never crashes
                answer = {"error": f"the grader could not use these arguments ({type(error).__name__})"}
        else:
            answer = super().__call__(message)
        if "error" not in answer and len(self.events) < 4 * self.MAX_STEPS:
            kept = {"loss": lambda: answer["dW"], "sgd_step": lambda: answer["W"],
                    "l1_proximal_step": lambda: answer["W"]}.get(name)
            if kept is not None:
                self.events.append((name, kept(), message))
        return answer

    def l1_proximal_step(self, message):
        W, rate, reg = (message.get(k) for k in ("W", "learning_rate", "reg"))
        if not (isinstance(W, np.ndarray) and W.size <= 10_000 and W.dtype.kind in "biuf"
                and isinstance(rate, (int, float)) and isinstance(reg, (int, float)) and rate >= 0 and reg >= 0):
            return {"error": "l1_proximal_step(W, learning_rate, reg) got arguments of the wrong type"}
        return {"W": self.reference_proximal(W.astype(float), float(rate), float(reg))}


PROX_RATE, PROX_REG = 0.4, 0.05


def train_proximal(ctx, num_iters=8, reg=PROX_REG, seed=7):
    key = ("train_l1_proximal", num_iters, reg, seed)
    if key in ctx.cache:
        return ctx.cache[key]
    X, y = separable_problem()
    recorder = ProximalRecorder(ctx.exercise, X, y, 3)
    body = {"op": "method", "module": ctx.exercise.module, "class": "LinearClassifier",
            "method": "train_l1_proximal", "args": [X, y],
            "kwargs": {"learning_rate": PROX_RATE, "reg": reg, "num_iters": num_iters, "batch_size": 10,
                       "rng": {"__rng__": seed}},
            "loss_callback": True, "return_attrs": ["W"],
            **helper_request([ctx.exercise.module, ctx.exercise.module.split(".")[0] + ".optim"],
                             "sample_batch", "sgd_step", "l1_proximal_step")}
    answer = ctx.request(body, timeout=trainer_timeout(ctx.sandbox.limits), callback=recorder)
    if not recorder.steps:
        raise CheckFailure(f"{ctx.name} never called self.loss(X_batch, y_batch, 0.0).")
    ctx.cache[key] = recorder, Returned(answer.get("result")), Returned((answer.get("attrs") or {}).get("W"))
    return ctx.cache[key]


@check("data_step_then_proximal_step")
def check_data_step_then_proximal_step(ctx):
    """each step: self.loss with reg 0, sgd_step on its gradient, then l1_proximal_step(W, learning_rate, reg)"""
    recorder, _, final_W = train_proximal(ctx)
    wrong_reg = next((step.reg for step in recorder.steps if step.reg != 0), None)
    if wrong_reg is not None:
        raise CheckFailure(f"{ctx.name} called self.loss with reg={wrong_reg:g}; the L1 penalty is the proximal "
                           "step's job: the data loss takes reg=0.0 (else the penalty is applied twice).")
    names = [name for name, _, _ in recorder.events]
    if names[:2] == ["loss", "l1_proximal_step"] or names[:1] == ["l1_proximal_step"]:
        raise CheckFailure(f"{ctx.name} applies the proximal step before the gradient step; each step is the "
                           "gradient step on the data loss first, then l1_proximal_step on its result.")
    if names != ["loss", "sgd_step", "l1_proximal_step"] * (len(names) // 3) or len(names) != 3 * 8:
        missing = "l1_proximal_step" not in names
        raise CheckFailure(f"{ctx.name} did not take, at each of its 8 steps, self.loss, then sgd_step, then "
                           f"l1_proximal_step{' (it never called l1_proximal_step)' if missing else ''}.")
    for k in range(8):
        (_, dW, _), (_, stepped, sgd_message), (_, proximal, prox_message) = recorder.events[3 * k: 3 * k + 3]
        if not np.array_equal(sgd_message.get("dW"), dW) or sgd_message.get("learning_rate") != PROX_RATE:
            raise CheckFailure(f"{ctx.name} did not step with sgd_step(self.W, dW, learning_rate) on the gradient "
                               "self.loss returned.")
        if not np.array_equal(prox_message.get("W"), stepped):
            raise CheckFailure(f"{ctx.name} did not apply l1_proximal_step to the weights sgd_step returned.")
        if prox_message.get("learning_rate") != PROX_RATE or prox_message.get("reg") != PROX_REG:
            raise CheckFailure(f"{ctx.name} called l1_proximal_step with learning_rate="
                               f"{prox_message.get('learning_rate')!s:.12} and reg={prox_message.get('reg')!s:.12}; "
                               f"it takes train's own ({PROX_RATE:g}, {PROX_REG:g}), in that order.")
        after = recorder.steps[k + 1].W if k + 1 < len(recorder.steps) else final_W.array()
        if after is None or after.shape != proximal.shape or not np.array_equal(after, proximal):
            raise CheckFailure(f"{ctx.name}: after step {k + 1} self.W is not what l1_proximal_step returned.")


@check("proximal_history")
@requires("data_step_then_proximal_step")
def check_proximal_history(ctx):
    """returns one loss per step: the data loss plus reg * sum(|W|), before the update"""
    recorder, history, _ = train_proximal(ctx)
    values = history.numbers() if history.kind in ("list", "tuple", "ndarray") else None
    expected = [step.loss + PROX_REG * float(np.sum(np.abs(step.W))) for step in recorder.steps]
    if values is None or len(values) != len(expected):
        raise CheckFailure(f"{ctx.name} returned {history.summary()}; it must return one loss per step "
                           f"({len(expected)}).")
    if not np.allclose(values, expected, rtol=1e-9, atol=1e-12):
        data_only = [step.loss for step in recorder.steps]
        hint = " (the penalty reg * np.sum(np.abs(W)) is missing)" if np.allclose(values, data_only) else ""
        raise CheckFailure(f"{ctx.name}'s history is not the data loss plus reg * sum(|W|) of each step{hint}.")


@check("proximal_training_reaches_zeros")
@requires("data_step_then_proximal_step")
def check_proximal_training_reaches_zeros(ctx):
    """ends with weights exactly 0 when reg is strong"""
    _, _, final_W = train_proximal(ctx, num_iters=8, reg=PROX_REG)
    W = final_W.real_array()
    if W is None or not np.any(W == 0):
        raise CheckFailure(f"{ctx.name} ends with no weight exactly 0 after 8 proximal steps with learning_rate="
                           f"{PROX_RATE:g} and reg={PROX_REG:g}: the proximal step sets small weights to 0.")
