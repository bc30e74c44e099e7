"""Checks of training the multiclass schemes from binary SVMs: ``train_one_vs_all`` and ``train_one_vs_one``.

Both are graded by their contracts with the grader's own ``binary_svm_loss``,
``sample_batch`` and ``sgd_step`` in place of the student's (the worker's
helpers, answered by :class:`SchemeRecorder`), so that a bug in a helper
costs points on that helper only, and the grader sees every batch, every
target vector and every step of every classifier. Column 0 of the data holds
each row's index (divided by 1000), so a batch tells which rows it holds.
"""

from typing import NamedTuple

import numpy as np

from ..core.checks import check, CheckFailure, Returned, requires
from ..core.tampering import observed_through_the_harness
from .grader_helpers import helper_request, trainer_timeout
from .multiclass import one_vs_one_variant

NUM_ROWS, NUM_CLASSES = 80, 4
ROW_SCALE = 1e-3  # column 0 is row index * ROW_SCALE: small enough not to matter to the classifiers
SCHEME_ZERO_ONE = ("binary_svm_loss was given targets in {0, 1} (labels in {0, 1} instead of {-1, +1}); the "
                   "negative side is t = -1")


def blobs():
    """Four well separated classes (20 rows each, shuffled) with a bias column; column 0 is the row index.

    Four classes: the one-vs-one pairs in another order than the kit's differ from it (with three they do not).

    Returns
    -------
    X : ndarray, shape (80, 6)
    y : ndarray of int, shape (80,)
    """
    rng = np.random.default_rng(120)
    y = rng.permutation(np.arange(NUM_ROWS) % NUM_CLASSES)
    centres = 3.0 * np.eye(NUM_CLASSES)
    features = centres[y] + 0.5 * rng.standard_normal((NUM_ROWS, NUM_CLASSES))
    X = np.hstack([ROW_SCALE * np.arange(NUM_ROWS, dtype=float)[:, None], features, np.ones((NUM_ROWS, 1))])
    return X, y


class Step(NamedTuple):
    """One call of ``binary_svm_loss`` during training, as the grader saw it."""

    w: np.ndarray
    rows: np.ndarray  # indices of the batch's rows in X
    t: np.ndarray
    reg: float
    num_rows: object  # the number of rows given to the sample_batch call before it (None: no call)
    drawn: object  # how many rows that call returned
    dw: np.ndarray


class SchemeRecorder:
    """The grader's ``binary_svm_loss``, ``sample_batch`` and ``sgd_step``, recording every call (bounded)."""

    MAX_STEPS = 2000

    def __init__(self, exercise, X, y):
        self.loss, self.sample_batch_reference, self.sgd_step_reference = (exercise.callback_loss,
                                                                           *exercise.callback_helpers)
        self.X, self.y = X, y
        self.steps = []
        self.updates = []  # (w before, dw, learning rate, w after) per sgd_step call
        self.last_num_rows = self.last_drawn = None

    def __call__(self, message):
        answer = {"binary_svm_loss": self.binary_svm_loss, "sample_batch": self.sample_batch,
                  "sgd_step": self.sgd_step}.get(message.get("callback"))
        if answer is None:
            return {"error": "unknown callback"}
        try:
            return answer(message)
        except Exception as error:  # whatever the worker sent, the grader answers, it never crashes
            return {"error": f"the grader could not use these arguments ({type(error).__name__})"}

    def sample_batch(self, message):
        size, seed, rows = (message.get(k) for k in ("batch_size", "seed", "num_rows"))
        if not isinstance(rows, int) or not 1 <= rows <= len(self.X):
            return {"error": f"sample_batch was given {rows!s:.20} rows; expected rows of X"}
        if size is not None and (not isinstance(size, int) or not 1 <= size <= 1000):
            return {"error": f"sample_batch got batch_size={size!s:.20}"}
        if not isinstance(seed, int) or seed < 0:
            return {"error": "sample_batch needs a numpy Generator as rng"}
        indices = np.arange(rows)
        _, picked = self.sample_batch_reference(indices[:, None], indices, size, np.random.default_rng(seed))
        self.last_num_rows, self.last_drawn = rows, len(picked)
        return {"indices": np.asarray(picked, dtype=np.int64)}

    def sgd_step(self, message):
        W, dW, rate = (message.get(k) for k in ("W", "dW", "learning_rate"))
        if not (isinstance(W, np.ndarray) and isinstance(dW, np.ndarray) and W.shape == dW.shape
                and W.size <= 10_000 and isinstance(rate, (int, float)) and np.isfinite(rate)):
            return {"error": "sgd_step(W, dW, learning_rate) got arguments of the wrong type or shape"}
        new = self.sgd_step_reference(W.astype(float), dW.astype(float), float(rate))
        if len(self.updates) < self.MAX_STEPS:
            self.updates.append((W.astype(float), dW.astype(float), float(rate), new))
        return {"W": new}

    def binary_svm_loss(self, message):
        w, X_batch, t, reg = (message.get(k) for k in ("w", "X", "t", "reg"))
        if len(self.steps) >= self.MAX_STEPS:
            return {"error": f"binary_svm_loss was called more than {self.MAX_STEPS} times"}
        dim = self.X.shape[1]
        if not all(isinstance(a, np.ndarray) for a in (w, X_batch, t)) or not isinstance(reg, (int, float)):
            return {"error": "binary_svm_loss(w, X, t, reg) got arguments of the wrong type"}
        if w.shape != (dim,):
            return {"error": f"binary_svm_loss got w of shape {w.shape}; one classifier is a vector of shape ({dim},)"}
        if X_batch.ndim != 2 or X_batch.shape[1] != dim or t.shape != (len(X_batch),) or not len(X_batch):
            return {"error": f"binary_svm_loss got X {X_batch.shape} and t {t.shape}; expected (B, {dim}) and (B,)"}
        rows = np.rint(X_batch[:, 0] / ROW_SCALE).astype(np.int64)
        if np.any(rows < 0) or np.any(rows >= len(self.X)) or not np.allclose(self.X[rows], X_batch, rtol=0,
                                                                               atol=1e-12):
            return {"error": "binary_svm_loss got rows that are not rows of X"}
        if np.all(np.isin(t, (0.0, 1.0))) and np.any(t == 0):
            return {"error": SCHEME_ZERO_ONE}
        if not np.all(np.isin(t, (-1.0, 1.0))):
            return {"error": "binary_svm_loss was given targets other than -1 and +1"}
        if not np.isfinite(reg) or reg < 0:
            return {"error": f"binary_svm_loss got reg={reg!r:.20}; the regularization strength is a number >= 0"}
        loss, dw = self.loss(w.astype(float), X_batch, t.astype(np.int64), float(reg))
        self.steps.append(Step(w.astype(float), rows, t.astype(np.int64), float(reg), self.last_num_rows,
                               self.last_drawn, dw))
        self.last_num_rows = self.last_drawn = None
        return {"loss": loss, "dw": dw}

    def classifiers(self):
        """The steps split into classifiers: a new one starts at w = 0 or where w is not the last step's result."""
        groups = []
        for step in self.steps:
            previous = groups[-1][-1] if groups else None
            result = None if previous is None else next(
                (after for before, dw, _, after in self.updates
                 if np.array_equal(before, previous.w) and np.array_equal(dw, previous.dw)), None)
            if previous is None or not np.any(step.w) or result is None or not np.array_equal(step.w, result):
                groups.append([])
            groups[-1].append(step)
        return groups


TRAIN = dict(learning_rate=0.1, reg=1e-3, num_iters=20, batch_size=10)


def train(ctx, seed=7, global_seed=None, **options):
    """Run the student's training with the grader's helpers; cached per run and options.

    Returns
    -------
    recorder : SchemeRecorder
    W : Returned
    """
    kwargs = {**TRAIN, **options}
    key = ("schemes", ctx.name, seed, global_seed, tuple(sorted(kwargs.items())))
    if key in ctx.cache:
        return ctx.cache[key]
    X, y = blobs()
    recorder = SchemeRecorder(ctx.exercise, X, y)
    package = ctx.exercise.module.split(".")[0]
    body = {"op": "call", "module": ctx.exercise.module, "qualname": ctx.exercise.qualname,
            "args": [X, y, NUM_CLASSES], "kwargs": {**kwargs, "rng": {"__rng__": seed}},
            **helper_request([ctx.exercise.module, f"{package}.optim"], "binary_svm_loss", "sample_batch", "sgd_step")}
    if global_seed is not None:
        body["global_seed"] = global_seed
    answer = ctx.request(body, timeout=trainer_timeout(ctx.sandbox.limits), callback=recorder)
    if not recorder.steps:
        raise CheckFailure(f"{ctx.name} never called binary_svm_loss(w, X_batch, t_batch, reg).")
    ctx.cache[key] = recorder, Returned(answer.get("result"))
    return ctx.cache[key]


def _pairs(ctx):
    """The binary problems of the scheme, in column order: (first class, second class or None for the rest)."""
    if ctx.exercise.name == "train_one_vs_all":
        return [(c, None) for c in range(NUM_CLASSES)]
    return [(int(i), int(j)) for i, j in zip(*np.triu_indices(NUM_CLASSES, k=1))]


def _what(pair):
    first, second = pair
    return f"class {first} against the rest" if second is None else f"the pair ({first}, {second})"


@check("trains_one_classifier_per_column")
def check_trains_one_classifier_per_column(ctx):
    """trains one classifier per column, each from w = 0 for num_iters steps with train's reg"""
    recorder, _ = train(ctx)
    groups, pairs = recorder.classifiers(), _pairs(ctx)
    if len(groups) != len(pairs):
        raise CheckFailure(f"{ctx.name} trained {len(groups)} classifiers for C = {NUM_CLASSES} classes "
                           f"(a new one starts where w is 0 or not the previous step's sgd_step result); expected "
                           f"{len(pairs)}, one per column of W, each from np.zeros(D) for num_iters steps.")
    for group, pair in zip(groups, pairs):
        if len(group) != TRAIN["num_iters"]:
            raise CheckFailure(f"{ctx.name} took {len(group)} steps for {_what(pair)}; each classifier takes "
                               f"num_iters = {TRAIN['num_iters']} steps.")
        if np.any(group[0].w != 0):
            raise CheckFailure(f"{ctx.name} did not start the classifier of {_what(pair)} from w = 0 "
                               "(each classifier starts from np.zeros(D), not from the previous one).")
    wrong_reg = next((step.reg for step in recorder.steps if step.reg != TRAIN["reg"]), None)
    if wrong_reg is not None:
        raise CheckFailure(f"{ctx.name} called binary_svm_loss with reg={wrong_reg:g} instead of the reg it was "
                           f"given ({TRAIN['reg']:g}).")


def _expected_targets(pair, labels):
    first, second = pair
    return np.where(labels == first, 1, -1)


@check("gives_the_targets")
@requires("trains_one_classifier_per_column")
def check_gives_the_targets(ctx):
    """gives each classifier +1 for its (first) class and -1 for the other side"""
    recorder, _ = train(ctx)
    y = recorder.y
    for number, (group, pair) in enumerate(zip(recorder.classifiers(), _pairs(ctx))):
        for step in group:
            right = _expected_targets(pair, y[step.rows])
            if np.array_equal(step.t, right):
                continue
            if np.array_equal(step.t, -right):
                side = ("the class itself must be +1 and every other class -1" if pair[1] is None else
                        f"the first class of the pair ({pair[0]}) must be +1 and the second ({pair[1]}) -1")
                raise CheckFailure(f"{ctx.name} gave classifier {number} ({_what(pair)}) the targets the wrong way "
                                   f"round (the wrong class as +1): {side}.")
            classes = set(np.unique(y[step.rows]).tolist())
            for other in _pairs(ctx):
                if (other != pair and (other[1] is None or classes <= set(other))
                        and np.array_equal(step.t, _expected_targets(other, y[step.rows]))):
                    raise CheckFailure(f"{ctx.name} trained column {number} for {_what(other)}; column {number} is "
                                       f"{_what(pair)} (the order of one_vs_one_pairs for one-vs-one, class c for "
                                       "one-vs-all).")
            raise CheckFailure(f"{ctx.name} gave classifier {number} ({_what(pair)}) targets that do not match the "
                               "labels of its batch's rows: t must be +1 or -1 by the label of each row.")


@check("trains_on_the_right_rows")
@requires("trains_one_classifier_per_column")
def check_trains_on_the_right_rows(ctx):
    """draws each classifier's batches with sample_batch from its own examples only"""
    recorder, _ = train(ctx)
    y = recorder.y
    for number, (group, pair) in enumerate(zip(recorder.classifiers(), _pairs(ctx))):
        own = np.ones(len(y), bool) if pair[1] is None else (y == pair[0]) | (y == pair[1])
        for step in group:
            if step.num_rows is None:
                raise CheckFailure(f"{ctx.name} computed a step of classifier {number} without drawing its batch "
                                   "with sample_batch.")
            if len(step.rows) != step.drawn:
                raise CheckFailure(f"{ctx.name} computed the loss of {_what(pair)} on {len(step.rows)} rows, not on "
                                   f"the batch of {step.drawn} that sample_batch drew: pass X_batch and t_batch to "
                                   "binary_svm_loss.")
            if not np.all(own[step.rows]):
                classes = set(np.unique(y[step.rows]).tolist())
                other = next((o for o in _pairs(ctx) if o[1] is not None and classes <= set(o)), None)
                if other is not None and other != pair:
                    raise CheckFailure(f"{ctx.name} trained column {number} on the examples of {_what(other)}; "
                                       f"column {number} is {_what(pair)} (the order of one_vs_one_pairs).")
                raise CheckFailure(f"{ctx.name} trained {_what(pair)} on rows of other classes (a pair trained on "
                                   "all rows?): a one-vs-one classifier sees the examples of its two classes only.")
            if step.num_rows != int(own.sum()):
                raise CheckFailure(f"{ctx.name} drew the batches of {_what(pair)} from {step.num_rows} rows; its "
                                   f"examples are {int(own.sum())} rows (every row of its classes).")
    recorder_full, _ = train(ctx, batch_size=None, num_iters=2)
    for number, (group, pair) in enumerate(zip(recorder_full.classifiers(), _pairs(ctx))):
        own = np.flatnonzero(np.ones(len(y), bool) if pair[1] is None else (y == pair[0]) | (y == pair[1]))
        if any(not np.array_equal(np.sort(step.rows), own) for step in group):
            raise CheckFailure(f"{ctx.name} with batch_size=None did not use every example of {_what(pair)} at "
                               "every step (pass batch_size on to sample_batch).")


@check("returns_the_trained_weights")
@requires("trains_one_classifier_per_column")
def check_returns_the_trained_weights(ctx):
    """returns W (D, number of classifiers): column p the result of classifier p's last sgd_step"""
    recorder, returned = train(ctx)
    pairs = _pairs(ctx)
    expected = (recorder.X.shape[1], len(pairs))
    W = returned.real_array()
    if W is None or W.shape != expected:
        hint = " (transposed?)" if W is not None and W.shape == expected[::-1] else ""
        raise CheckFailure(f"{ctx.name} returned {returned.summary()}{hint}; it must return W of shape (D, "
                           f"{'C' if pairs[0][1] is None else 'C(C-1)/2'}) = {expected}.")
    rates = {rate for _, _, rate, _ in recorder.updates}
    if rates != {TRAIN["learning_rate"]}:
        raise CheckFailure(f"{ctx.name} called sgd_step with learning rates {sorted(rates)}; pass on its own "
                           f"learning_rate ({TRAIN['learning_rate']:g}).")
    for number, group in enumerate(recorder.classifiers()):
        last = group[-1]
        final = next((after for before, dw, _, after in recorder.updates
                      if np.array_equal(before, last.w) and np.array_equal(dw, last.dw)), None)
        if final is None or not np.allclose(W[:, number], final, rtol=1e-12, atol=1e-15):
            raise CheckFailure(f"{ctx.name}'s column {number} of W is not the weights of classifier {number} after "
                               "its last step (store each trained w in its own column, after its last sgd_step).")


@check("scheme_reproducible_with_rng")
@requires("trains_one_classifier_per_column")
@observed_through_the_harness
def check_scheme_reproducible_with_rng(ctx):
    """depends on rng only, not on the global random state"""
    runs = {key: train(ctx, seed=seed, global_seed=global_seed, num_iters=5)[0]
            for key, (seed, global_seed) in {"a": (8, 1), "b": (8, 2), "c": (9, 1)}.items()}
    batches = {key: [step.rows.tolist() for step in rec.steps] for key, rec in runs.items()}
    if batches["a"] != batches["b"]:
        raise CheckFailure(f"{ctx.name} drew different batches for the same rng seed after different np.random.seed "
                           "calls: pass train's rng to sample_batch.")
    if batches["a"] == batches["c"]:
        raise CheckFailure(f"{ctx.name} drew the same batches for two different rng seeds: pass the rng it is given "
                           "to sample_batch.")


@check("scheme_learns")
@requires("trains_one_classifier_per_column")
def check_scheme_learns(ctx):
    """classifies well separated classes correctly after training"""
    recorder, returned = train(ctx, num_iters=60)
    W = returned.real_array()
    X, y = recorder.X, recorder.y
    if W is None or W.shape != (X.shape[1], len(_pairs(ctx))):
        raise CheckFailure(f"{ctx.name} returned {returned.summary()}, not a W the grader can predict with.")
    scores = X @ W
    predicted = np.argmax(scores, axis=1) if _pairs(ctx)[0][1] is None else one_vs_one_variant(scores, NUM_CLASSES)
    accuracy = float(np.mean(predicted == y))
    if accuracy < 0.9:
        raise CheckFailure(f"{ctx.name}'s classifiers predict {accuracy:.0%} of three well separated classes "
                           "correctly after 60 steps each (the grader's prediction rule on its W); expected at least "
                           "90%.")
