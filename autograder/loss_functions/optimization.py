"""Checks of gradient descent: ``sample_batch``, ``sgd_step``, ``LinearClassifier.train`` and ``predict``.

``train`` is graded on its own: the classifier's ``loss`` is replaced by one
that the grader computes (softmax on a separable toy problem), so a mistake in
a loss exercise never costs points here, and the grader sees every batch and
every weight matrix the training loop produces.
"""

from typing import NamedTuple

import numpy as np

from ..core.checks import check, CheckFailure, Returned, precision_problem, requires
from .compare import arrays_equal, losses_close
from .grader_helpers import helper_request, trainer_timeout
from ..core.tampering import observed_through_the_harness

NUM_ROWS, NUM_FEATURES, NUM_CLASSES = 24, 4, 3
# of the 276 pairs of rows, 60 random batches of 6 bring together about 260 (with or without replacement);
# consecutive windows reach at most 120
MIN_PAIRS = 200


def indexed_data():
    """Rows that carry their own index in column 0, and labels that are not the index.

    Returns
    -------
    X : ndarray, shape (24, 4); ``X[i, 0] == i``
    y : ndarray of int, shape (24,)
    """
    rng = np.random.default_rng(50)
    X = np.hstack([np.arange(NUM_ROWS, dtype=float)[:, None], rng.standard_normal((NUM_ROWS, NUM_FEATURES - 1))])
    y = (np.arange(NUM_ROWS) * 7 + 3) % NUM_CLASSES
    return X, y


def _batch(ctx, returned, batch_size):
    """(X_batch, y_batch) from a returned value, checked for shapes."""
    if returned.kind not in ("tuple", "list") or len(returned.items()) != 2:
        raise CheckFailure(f"{ctx.name} returned {returned.summary()}; it must return (X_batch, y_batch).")
    X_batch, y_batch = (item.array() for item in returned.items())
    if X_batch is None or y_batch is None:
        raise CheckFailure(f"{ctx.name} must return two arrays (X_batch, y_batch).")
    if X_batch.shape != (batch_size, NUM_FEATURES) or y_batch.shape != (batch_size,):
        raise CheckFailure(f"{ctx.name} with batch_size={batch_size} returned shapes {X_batch.shape} and "
                           f"{y_batch.shape}; expected ({batch_size}, {NUM_FEATURES}) and ({batch_size},).")
    return X_batch, y_batch


def rows_of(X_batch, y_batch, X, y, who):
    """Indices of the batch's rows in X; fails unless every row is a row of X with its own label."""
    indices = X_batch[:, 0].astype(int)
    if np.any(indices < 0) or np.any(indices >= len(X)) or not np.array_equal(X[indices], X_batch):
        raise CheckFailure(f"{who} produced a batch with rows that are not rows of X.")
    if not np.array_equal(y[indices], y_batch):
        raise CheckFailure(f"{who} produced a batch whose labels do not belong to its rows: index X and y "
                           "with the same indices.")
    return indices


def _sample(ctx, batch_size, seed, **options):
    X, y = indexed_data()
    return ctx.call(X, y, batch_size, {"__rng__": seed}, **options)


@check("returns_rows_with_their_labels")
def check_returns_rows_with_their_labels(ctx):
    """returns batch_size rows of X with their own labels"""
    X, y = indexed_data()
    for batch_size in (8, 1, 40):
        X_batch, y_batch = _batch(ctx, _sample(ctx, batch_size, 1), batch_size)
        rows_of(X_batch, y_batch, X, y, ctx.name)


@check("full_batch_when_none")
@requires("uses_the_given_rng")
def check_full_batch_when_none(ctx):
    """returns all of X and y for batch_size=None"""
    X, y = indexed_data()
    X_batch, y_batch = _batch(ctx, _sample(ctx, None, 1), NUM_ROWS)
    if not (arrays_equal(X_batch, X) and arrays_equal(y_batch, y)):
        raise CheckFailure(f"{ctx.name} with batch_size=None must return X and y whole, in order "
                           "(batch gradient descent).")


@check("uses_the_given_rng")
@requires("returns_rows_with_their_labels")
@observed_through_the_harness
def check_uses_the_given_rng(ctx):
    """draws from rng: same seed same batch, other seed other batch"""
    draws = {}
    for seed, global_seed in ((3, 1), (3, 2), (4, 1)):
        X_batch, _ = _batch(ctx, _sample(ctx, 10, seed, global_seed=global_seed), 10)
        draws[seed, global_seed] = X_batch[:, 0]
    if not arrays_equal(draws[3, 1], draws[3, 2]):
        raise CheckFailure(f"{ctx.name} drew different batches from the same rng seed after different "
                           "np.random.seed calls: draw with rng, not np.random.")
    if arrays_equal(draws[3, 1], draws[4, 1]):
        raise CheckFailure(f"{ctx.name} drew the same batch from two different rng seeds: draw the indices with rng.")


@check("covers_all_rows")
@requires("returns_rows_with_their_labels")
def check_covers_all_rows(ctx):
    """draws new batches from all rows on every call"""
    X, y = indexed_data()
    results = ctx.call(X, y, 6, {"__rng__": 5}, repeat=60, collect=True)
    batches = [_batch(ctx, returned, 6) for returned in results]
    indices = [rows_of(X_batch, y_batch, X, y, ctx.name) for X_batch, y_batch in batches]
    if all(np.array_equal(indices[0], other) for other in indices[1:]):
        raise CheckFailure(f"{ctx.name} returned the same batch on every call with one rng; draw new indices each time.")
    counts = np.bincount(np.concatenate(indices), minlength=NUM_ROWS)
    if np.any(counts == 0):
        raise CheckFailure(f"{ctx.name} never drew some rows of X in 60 batches (for example row "
                           f"{int(np.argmin(counts))}); draw from all N rows.")
    # rows drawn at random meet every other row sooner or later; a window or a fixed pattern keeps to a few pairs
    pairs = {(int(a), int(b)) for batch in indices for a in batch for b in batch if a < b}
    if len(pairs) < MIN_PAIRS:
        raise CheckFailure(f"{ctx.name} draws rows in a pattern (in 60 batches of 6 only {len(pairs)} of the "
                           f"{NUM_ROWS * (NUM_ROWS - 1) // 2} pairs of rows ever met): draw each row at random.")


@check("sample_batch_does_not_modify_inputs")
@requires("uses_the_given_rng")
@observed_through_the_harness
def check_sample_batch_does_not_modify_inputs(ctx):
    """does not modify its inputs"""
    X, y = indexed_data()
    _, after = ctx.call(X.copy(), y.copy(), 8, {"__rng__": 6}, return_args=True)
    if len(after) < 2 or not arrays_equal(after[0].array(), X) or not arrays_equal(after[1].array(), y):
        raise CheckFailure(f"{ctx.name} modified X or y in place (shuffling them?); index them instead.")


# -- sgd_step -----------------------------------------------------------------

def _step_case(seed):
    rng = np.random.default_rng(seed)
    return rng.standard_normal((5, 3)), rng.standard_normal((5, 3)), float(rng.uniform(0.01, 0.5))


@check("returns_updated_weights")
def check_returns_updated_weights(ctx):
    """returns W - learning_rate * dW"""
    for seed in (60, 61):
        W, dW, learning_rate = _step_case(seed)
        returned = ctx.call(W.copy(), dW.copy(), learning_rate)
        new = returned.real_array()
        if new is None or new.shape != W.shape:
            raise CheckFailure(f"{ctx.name} returned {returned.summary()}; it must return the new weights, "
                               f"an array of W's shape {W.shape}.")
        if np.allclose(new, W + learning_rate * dW):
            raise CheckFailure(f"{ctx.name} moves W along the gradient; gradient descent steps against it: "
                               "W - learning_rate * dW.")
        if not np.allclose(new, W - learning_rate * dW, rtol=1e-12, atol=1e-12):
            hint = " (the learning rate is not applied)" if np.allclose(new, W - dW) else ""
            raise CheckFailure(f"{ctx.name} did not return W - learning_rate * dW{hint}.")


@check("sgd_step_does_not_modify_inputs")
@requires("returns_updated_weights")
@observed_through_the_harness
def check_sgd_step_does_not_modify_inputs(ctx):
    """returns a new array and leaves W and dW unchanged"""
    W, dW, learning_rate = _step_case(62)
    returned, after = ctx.call(W.copy(), dW.copy(), learning_rate, return_args=True)
    if len(after) < 2 or not arrays_equal(after[0].array(), W):
        raise CheckFailure(f"{ctx.name} changed W in place (`-=`); return W - learning_rate * dW as a new array.")
    if not arrays_equal(after[1].array(), dW):
        raise CheckFailure(f"{ctx.name} changed dW in place; leave its inputs as they are.")
    problem = precision_problem(ctx.name, "the new W", returned)
    if problem:
        raise CheckFailure(problem)


# -- LinearClassifier.train ---------------------------------------------------

def separable_problem():
    """A linearly separable toy problem with a bias column.

    Returns
    -------
    X : ndarray, shape (60, 5); column 0 is the row index, the last is ones
    y : ndarray of int, shape (60,), labels in [0, 3)
    """
    rng = np.random.default_rng(70)
    num, classes = 60, 3
    features = rng.standard_normal((num, 3))
    y = np.argmax(features @ rng.standard_normal((3, classes)), axis=1)
    # column 0 carries the row index; the loss scales it down so it barely matters
    X = np.hstack([np.arange(num, dtype=float)[:, None], features, np.ones((num, 1))])
    return X, y


class TrainingRecorder:
    """The grader's side of ``train``: the loss, ``sample_batch`` and ``sgd_step``, and a record of every step.

    ``train`` runs with the grader's own ``sample_batch`` and ``sgd_step`` in
    place of the student's (the reference ones, computed here), so that a bug
    in either costs points on that helper only. What is kept per step is
    small and the number of steps is capped, so the grader's memory stays
    bounded whatever the student's loop does.
    """

    MAX_STEPS = 1000  # ten times the most any check asks for
    MAX_BATCH = 1000

    def __init__(self, exercise, X, y, num_classes):
        self.reference_loss = exercise.callback_loss
        self.reference_sample_batch, self.reference_sgd_step = exercise.callback_helpers
        self.X, self.y = X, y
        self.num_classes = num_classes
        self.steps = []  # Step per call of self.loss

    def scaled(self, X):
        scaled = X.copy()
        scaled[:, 0] *= 1e-3  # the row index column, kept for bookkeeping only
        return scaled

    def __call__(self, message):
        answer = {"loss": self.loss, "sample_batch": self.sample_batch, "sgd_step": self.sgd_step}.get(
            message.get("callback"))
        if answer is None:
            return {"error": "unknown callback"}
        try:
            return answer(message)
        except Exception as error:  # whatever the worker sent, the grader answers, it never crashes
            return {"error": f"the grader could not use these arguments ({type(error).__name__})"}

    def sample_batch(self, message):
        size, seed, rows = (message.get(k) for k in ("batch_size", "seed", "num_rows"))
        if rows != len(self.X):
            return {"error": f"sample_batch was given {rows!s:.20} rows; train must sample from all of X"}
        if size is not None and (not isinstance(size, int) or not 1 <= size <= self.MAX_BATCH):
            return {"error": f"sample_batch got batch_size={size!s:.20}"}
        if not isinstance(seed, int) or seed < 0:
            return {"error": "sample_batch needs a numpy Generator as rng"}
        indices = np.arange(len(self.X))
        _, picked = self.reference_sample_batch(indices[:, None], indices, size, np.random.default_rng(seed))
        return {"indices": np.asarray(picked, dtype=np.int64)}

    def sgd_step(self, message):
        W, dW, rate = (message.get(k) for k in ("W", "dW", "learning_rate"))
        if not (isinstance(W, np.ndarray) and isinstance(dW, np.ndarray) and W.shape == dW.shape
                and W.size <= 10_000 and W.dtype.kind in "biuf" and dW.dtype.kind in "biuf"
                and isinstance(rate, (int, float)) and np.isfinite(rate)):
            return {"error": "sgd_step(W, dW, learning_rate) got arguments of the wrong type or shape"}
        return {"W": self.reference_sgd_step(W.astype(float), dW.astype(float), float(rate))}

    def loss(self, message):
        W, X_batch, y_batch, reg = (message.get(k) for k in ("W", "X", "y", "reg"))
        dim = self.X.shape[1]
        if len(self.steps) >= self.MAX_STEPS:
            return {"error": f"self.loss was called more than {self.MAX_STEPS} times; train takes num_iters steps"}
        if not all(isinstance(a, np.ndarray) for a in (W, X_batch, y_batch)) or not isinstance(reg, (int, float)):
            return {"error": "loss(X_batch, y_batch, reg) got arguments of the wrong type"}
        if not np.isfinite(reg) or reg < 0:
            return {"error": f"loss got reg={reg!r:.20}; the regularization strength is a number >= 0"}
        if y_batch.dtype.kind not in "iu" or W.dtype.kind not in "iuf" or X_batch.dtype.kind not in "iuf":
            return {"error": "loss(X_batch, y_batch, reg) got arrays of the wrong dtype"}
        if W.shape != (dim, self.num_classes):
            return {"error": f"self.W has shape {W.shape}; expected {(dim, self.num_classes)}"}
        if (X_batch.ndim != 2 or X_batch.shape[1] != dim or y_batch.shape != (len(X_batch),)
                or not 0 < len(X_batch) <= self.MAX_BATCH):
            return {"error": f"X_batch {X_batch.shape} and y_batch {y_batch.shape} do not fit (B, {dim}) and (B,)"}
        if y_batch.min() < 0 or y_batch.max() >= self.num_classes:
            return {"error": "y_batch holds labels out of range"}
        loss, dW = self.reference_loss(W, self.scaled(X_batch), y_batch, float(reg))
        self.steps.append(Step(W.copy(), X_batch.copy(), y_batch.copy(), loss, dW, float(reg)))
        return {"loss": loss, "dW": dW}


class Step(NamedTuple):
    """One call of ``self.loss`` during training, as the grader saw it."""

    W: np.ndarray  # self.W at the call
    X_batch: np.ndarray
    y_batch: np.ndarray
    loss: float
    dW: np.ndarray
    reg: float


TRAIN_REG = 1e-3
STEP_RATE, STEP_REG = 0.37, 0.0123  # for the check of the steps only


def train(ctx, batch_size, num_iters=30, learning_rate=0.5, seed=7, global_seed=None, W=None, reg=TRAIN_REG):
    """Run the student's train with the grader's loss, sample_batch and sgd_step (see TrainingRecorder).

    Returns
    -------
    recorder : TrainingRecorder
    history : Returned
    final_W : Returned
    """
    X, y = separable_problem()
    recorder = TrainingRecorder(ctx.exercise, X, y, 3)
    body = {"op": "method", "module": ctx.exercise.module, "class": "LinearClassifier", "method": "train",
            "args": [X, y],
            "kwargs": {"learning_rate": learning_rate, "reg": reg, "num_iters": num_iters,
                       "batch_size": batch_size, "verbose": False, "rng": {"__rng__": seed}},
            "attrs": {"W": W} if W is not None else {}, "loss_callback": True, "return_attrs": ["W"],
            **helper_request([ctx.exercise.module, ctx.exercise.module.split(".")[0] + ".optim"],
                             "sample_batch", "sgd_step")}
    if global_seed is not None:
        body["global_seed"] = global_seed
    answer = ctx.request(body, timeout=trainer_timeout(ctx.sandbox.limits), callback=recorder)
    if not recorder.steps:
        raise CheckFailure(f"{ctx.name} never called self.loss(X_batch, y_batch, reg).")
    return recorder, Returned(answer.get("result")), Returned((answer.get("attrs") or {}).get("W"))


@check("returns_loss_history")
@requires("loss_falls_on_separable_problem", "takes_gradient_steps", any_of=True)
def check_returns_loss_history(ctx):
    """returns the list of the losses of every step"""
    recorder, history, _ = train(ctx, batch_size=10, num_iters=30)
    values = history.numbers() if history.kind in ("list", "tuple", "ndarray") else None
    if values is None:
        raise CheckFailure(f"{ctx.name} returned {history.summary()}; it must return loss_history, a list of floats.")
    if len(values) != 30:
        raise CheckFailure(f"{ctx.name} with num_iters=30 returned a history of {len(values)} losses; "
                           "append one loss per step.")
    expected = [step[3] for step in recorder.steps]
    if len(expected) != 30 or not all(losses_close(a, b) for a, b in zip(values, expected)):
        raise CheckFailure(f"{ctx.name}'s loss_history does not hold the loss that self.loss returned at each step.")


@check("loss_falls_on_separable_problem")
def check_loss_falls_on_separable_problem(ctx):
    """lowers the loss on a separable problem"""
    recorder, _, _ = train(ctx, batch_size=20, num_iters=60)
    losses = np.array([step[3] for step in recorder.steps])
    if len(losses) < 60 or not np.mean(losses[-10:]) < 0.5 * losses[0]:
        raise CheckFailure(f"{ctx.name} did not lower the loss on a separable toy problem "
                           f"(first {losses[0]:.3f}, last ten average {np.mean(losses[-10:]):.3f} after "
                           f"{len(losses)} steps of minibatch size 20, learning rate 0.5).")


@check("takes_gradient_steps")
def check_takes_gradient_steps(ctx):
    """calls self.loss with its reg, then updates W by W - learning_rate * dW"""
    # a rate and a reg that no other check uses: a train with numbers of its own in place of its arguments fails
    rate, reg = STEP_RATE, STEP_REG
    recorder, _, final_W = train(ctx, batch_size=10, num_iters=10, learning_rate=rate, reg=reg)
    wrong_reg = next((step.reg for step in recorder.steps if step.reg != reg), None)
    if wrong_reg is not None:
        raise CheckFailure(f"{ctx.name} called self.loss with reg={wrong_reg:g} instead of the reg it was given "
                           f"({reg:g}); pass train's reg on to the loss.")
    weights = [step[0] for step in recorder.steps] + [final_W.array()]
    for t, (before, after) in enumerate(zip(weights, weights[1:])):
        dW = recorder.steps[t][4]
        if after is None or after.shape != before.shape or not np.allclose(after, before - rate * dW,
                                                                            rtol=1e-9, atol=1e-12):
            hint = " (it moved along the gradient instead of against it)" if (
                after is not None and after.shape == before.shape and np.allclose(after, before + rate * dW)) else ""
            raise CheckFailure(f"{ctx.name}: after step {t + 1} self.W is not W - learning_rate * dW{hint}.")


@check("batch_mode_uses_all_examples")
@requires("loss_falls_on_separable_problem", "takes_gradient_steps", any_of=True)
def check_batch_mode_uses_all_examples(ctx):
    """uses all N examples at every step for batch_size=None"""
    X, y = separable_problem()
    recorder, _, _ = train(ctx, batch_size=None, num_iters=5)
    for W, X_batch, y_batch, *_ in recorder.steps:
        if X_batch.shape != X.shape:
            raise CheckFailure(f"{ctx.name} with batch_size=None passed batches of shape {X_batch.shape}; "
                               f"batch gradient descent uses all of X, shape {X.shape}.")
        indices = rows_of(X_batch, y_batch, X, y, ctx.name)
        if not np.array_equal(np.sort(indices), np.arange(len(X))):
            raise CheckFailure(f"{ctx.name} with batch_size=None did not use every example exactly once per step.")


@check("stochastic_mode_uses_one_example")
@requires("loss_falls_on_separable_problem", "takes_gradient_steps", any_of=True)
def check_stochastic_mode_uses_one_example(ctx):
    """uses one example per step for batch_size=1"""
    X, y = separable_problem()
    recorder, _, _ = train(ctx, batch_size=1, num_iters=20)
    seen = set()
    for _, X_batch, y_batch, *_ in recorder.steps:
        if X_batch.shape != (1, X.shape[1]):
            raise CheckFailure(f"{ctx.name} with batch_size=1 passed batches of shape {X_batch.shape}; "
                               f"stochastic gradient descent uses one example, shape (1, {X.shape[1]}).")
        seen.update(rows_of(X_batch, y_batch, X, y, ctx.name).tolist())
    if len(seen) < 5:
        raise CheckFailure(f"{ctx.name} with batch_size=1 used only {len(seen)} different examples in 20 steps.")


@check("minibatch_mode_draws_new_batches")
@requires("loss_falls_on_separable_problem", "takes_gradient_steps", any_of=True)
def check_minibatch_mode_draws_new_batches(ctx):
    """draws a new minibatch of the right size at every step"""
    X, y = separable_problem()
    recorder, _, _ = train(ctx, batch_size=8, num_iters=10)
    batches = []
    for _, X_batch, y_batch, *_ in recorder.steps:
        if X_batch.shape != (8, X.shape[1]):
            raise CheckFailure(f"{ctx.name} with batch_size=8 passed batches of shape {X_batch.shape}; "
                               f"expected (8, {X.shape[1]}).")
        batches.append(rows_of(X_batch, y_batch, X, y, ctx.name))
    if all(np.array_equal(batches[0], other) for other in batches[1:]):
        raise CheckFailure(f"{ctx.name} used the same minibatch at every step; draw a new one each step.")


@check("initializes_weights")
@requires("loss_falls_on_separable_problem", "takes_gradient_steps", any_of=True)
def check_initializes_weights(ctx):
    """creates small random weights of shape (D, C) when W is None"""
    X, _ = separable_problem()
    recorder, _, _ = train(ctx, batch_size=10, num_iters=1)
    W = recorder.steps[0][0]
    if W.shape != (X.shape[1], 3) or not np.all(np.abs(W) < 0.1) or not np.any(W != 0):
        raise CheckFailure(f"{ctx.name} started from a W of shape {W.shape}; expected small random values of "
                           f"shape (D, C) = ({X.shape[1]}, 3).")


@check("reproducible_with_rng")
@requires("loss_falls_on_separable_problem", "takes_gradient_steps", any_of=True)
@observed_through_the_harness
def check_reproducible_with_rng(ctx):
    """depends on rng only, not on the global random state"""
    runs = {key: train(ctx, batch_size=5, num_iters=6, seed=seed, global_seed=global_seed)[0]
            for key, (seed, global_seed) in {"a": (8, 1), "b": (8, 2), "c": (9, 1)}.items()}
    batches = {key: [step.X_batch[:, 0].tolist() for step in rec.steps] for key, rec in runs.items()}
    starts = {key: rec.steps[0].W.ravel().tolist() for key, rec in runs.items()}
    if batches["a"] != batches["b"] or starts["a"] != starts["b"]:
        raise CheckFailure(f"{ctx.name} gave different runs for the same rng seed after different np.random.seed "
                           "calls: use rng (passed to train) for the initial W and for every batch.")
    # batches and the initial W compared apart: each must come from rng
    for what, drawn in (("batches", batches), ("initial W", starts)):
        if drawn["a"] == drawn["c"]:
            raise CheckFailure(f"{ctx.name} drew the same {what} for two different rng seeds: draw them with "
                               "the rng passed to train.")


# -- LinearClassifier.predict ---------------------------------------------------

def predict_case():
    """Scores with exact ties between classes 1 and 2 in some rows (the lowest index must win)."""
    rng = np.random.default_rng(80)
    W = rng.standard_normal((4, 4))
    W[:, 2] = W[:, 1]  # classes 1 and 2 always tie
    X = rng.standard_normal((30, 4))
    return W, X


def _predict(ctx, W, X):
    body = {"op": "method", "module": ctx.exercise.module, "class": "LinearClassifier", "method": "predict",
            "args": [X], "attrs": {"W": W}}
    return Returned(ctx.request(body).get("result"))


@check("returns_integer_labels")
@requires("predicts_highest_score")
def check_returns_integer_labels(ctx):
    """returns an integer array of N labels"""
    W, X = predict_case()
    returned = _predict(ctx, W, X)
    if returned.kind != "ndarray" or returned.shape != (len(X),):
        raise CheckFailure(f"{ctx.name} returned {returned.summary()}; it must return an array of shape (N,) = "
                           f"({len(X)},).")
    if returned.dtype is None or returned.dtype.kind not in "iu":
        raise CheckFailure(f"{ctx.name} returned labels of dtype {returned.dtype}; labels must be integers.")


@check("predicts_highest_score")
def check_predicts_highest_score(ctx):
    """predicts the class with the highest score, the lowest index on ties"""
    W, X = predict_case()
    returned = _predict(ctx, W, X)
    got = returned.numbers()  # labels judged by value here; their type has its own check
    scores = X @ W
    expected = np.argmax(scores, axis=1)
    if got is not None and got.shape == expected.shape and np.array_equal(got, expected):
        return
    cause = _predict_mistake(returned, got, scores)
    because = f" Likely cause: {cause}." if cause else ""
    raise CheckFailure(f"{ctx.name} did not predict argmax of X.dot(W) for every row (N=30, C=4, with "
                       f"ties between two classes, which go to the lower index).{because}")


def _predict_mistake(returned, got, scores):
    """The name of a classic prediction mistake that explains the labels, or None."""
    if got is not None and got.shape == (scores.shape[1],) and np.array_equal(got, np.argmax(scores, axis=0)):
        return "np.argmax over axis 0 (the examples); the classes are axis 1"
    if returned.shape == scores.shape:
        return "it returns the scores, not the index of the highest score in each row"
    if got is None or got.shape != (len(scores),):
        return None
    if np.array_equal(got, np.argmin(scores, axis=1)):
        return "np.argmin instead of np.argmax: the predicted class is the one with the highest score"
    highest_on_ties = scores.shape[1] - 1 - np.argmax(scores[:, ::-1], axis=1)
    if np.array_equal(got, highest_on_ties):
        return "ties go to the highest class index; np.argmax gives the lowest, as the kit asks"
    return None
