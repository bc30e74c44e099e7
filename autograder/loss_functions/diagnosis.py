"""Recognise the classic mistakes from what a wrong loss or gradient returned.

Each hypothesis predicts, from the reference's pieces on the same input, what
a submission with one specific mistake would return. When the student's
answer matches a prediction (and not the right answer), the feedback names the
mistake. The predictions are computed here and never shown, only the name.

The pieces are the reference's own answer split into its data part and its
regularization part, and, for the mistakes that change what is summed (which
margins, which probabilities, which coefficient of X), a small model of the
loss with that one piece changed (:func:`hinge_pieces`, :func:`softmax_pieces`).
With every option at its default a model gives the reference's answer (a test
checks it), so each hypothesis differs from the right answer by its one
mistake only.
"""

import collections
import hashlib
import threading

import numpy as np

from .compare import gradients_close, losses_close


# names shared by a loss hypothesis and a gradient hypothesis of the same mistake
NOT_AVERAGED_LOSS = "the data loss is not averaged over N (divide the sum over examples by N)"
NOT_AVERAGED_GRAD = "the data gradient is not averaged over N"
LABELS_OFF_BY_ONE = "the labels are off by one (y[i] - 1 instead of y[i])"
DELTA_ZERO = "the margin delta is 0; this kit's hinge uses delta = 1"
CRAMMER_SINGER = ("only the largest margin of each example counts (the Crammer-Singer hinge); this kit's "
                  "Weston-Watkins hinge sums over every class j != y[i] whose margin is violated")
CORRECT_CLASS_COUNTED = "the correct class is counted in the hinge sum (skip j == y[i]: it adds 1 per example)"
NO_CLIP = ("margins <= 0 are added too; each class adds max(0, margin), so only violated margins (margin > 0) "
           "count")
REVERSED_MARGIN = "the margin is reversed; it is s[j] - s[y[i]] + 1, not s[y[i]] - s[j] + 1"
SQUARE_OF_SUM = ("the sum of the margins is squared; the squared hinge squares each margin max(0, s[j] - s[y[i]] + 1) "
                 "and then sums")
NOT_SQUARED = "the margins are not squared (this is the plain hinge loss); the squared hinge sums max(0, margin) ** 2"
WRONG_AXIS_NORMALISED = ("the probabilities are normalised over the wrong axis; each example's probabilities sum "
                         "to 1 over its classes (sum over axis=1, keepdims=True)")
WRONG_AXIS_MAX = ("the max is taken over the wrong axis; subtract each example's own largest score "
                  "(scores.max(axis=1, keepdims=True))")
PER_CLASS_AVERAGE = ("the data loss is averaged over N * C entries; average over the N examples only "
                     "(sum over the classes)")
PER_CLASS_AVERAGE_GRAD = "the data gradient is averaged over N * C entries; divide by N only"
WRONG_SIGN_GRAD = "the gradient has the wrong sign"
LOSS_RESET = ("the loss is reset inside the loop over the examples, so only the last example's term is left; "
              "initialise it once, before the loop")
GRADIENT_RESET = ("dW is reset inside the loop over the examples, so only the last example's term is left; "
                  "initialise it once, before the loop")
ONLY_LAST_EXAMPLE = ("only the last example's term is left in dW: either dW is reset inside the loop over the "
                     "examples or its columns are assigned (=) where they must accumulate (+=)")
ASSIGNED = ("a column of dW is assigned (=) where it must accumulate (+=): every example and every violated margin "
            "adds its term")


def _penalty(case):
    W, _, _, reg = case.args()
    return reg * float(np.sum(W * W)), 2 * reg * W


def hinge_pieces(case, *, squared=False, delta=1.0, reverse=False, clip=True, count_correct=False,
                 loss_form="each", slope=None, correct="count", label_shift=0):
    """The data loss and data gradient of a (squared) hinge with one piece changed.

    Parameters
    ----------
    case : inputs.Case
    squared : bool
        Square each term (the squared hinge).
    delta : float
        The margin.
    reverse : bool
        Margins ``s[y] - s[j] + delta`` instead of ``s[j] - s[y] + delta``.
    clip : bool
        ``max(0, margin)``; False adds every margin (and, in a loop without
        ``if margin > 0``, every class's X[i] to the gradient: ``slope="all"``).
    count_correct : bool
        The correct class's own margin (delta) is not zeroed; the gradient is
        what the vectorized form then computes.
    loss_form : str
        ``"each"`` (sum of the terms), ``"max"`` (the largest term of each
        example: Crammer-Singer), ``"square_of_sum"``.
    slope : str or None
        The coefficient of X[i] in column j != y[i]: ``"indicator"`` (margin
        > 0), ``"twice_margins"`` (2 * margin), ``"margins"``, ``"all"``
        (every class); None picks the right one for ``squared``.
    correct : str
        The coefficient in column y[i]: ``"count"`` (minus the sum of the
        others: the right one), ``"minus_one"``, ``"others"`` (-(C - 1)),
        ``"zero"``, ``"plus"`` (plus the sum), ``"minus_violations"`` (minus the
        number of violated margins, whatever the slopes).
    label_shift : int
        The correct score is read at ``y + label_shift`` (wrapping around), every
        other use of y is right.

    Returns
    -------
    loss : float
    grad : ndarray, shape W.shape
    """
    W, X, y, _ = case.args()
    num, classes = X.shape[0], W.shape[1]
    rows = np.arange(num)
    scores = X @ W
    correct_scores = scores[rows, (y + label_shift) % classes][:, None]
    raw = (correct_scores - scores if reverse else scores - correct_scores) + delta
    margins = np.maximum(0.0, raw) if clip else raw
    own = np.zeros(margins.shape, dtype=bool)
    own[rows, y] = True
    if not count_correct:
        margins = np.where(own, 0.0, margins)
    terms = margins ** 2 if squared else margins
    if loss_form == "max":
        per_example = terms.max(axis=1)
    elif loss_form == "square_of_sum":
        per_example = margins.sum(axis=1) ** 2
    else:
        per_example = terms.sum(axis=1)

    slope = slope or ("twice_margins" if squared else "indicator")
    coeffs = {"indicator": (margins > 0).astype(float), "twice_margins": 2.0 * margins, "margins": margins.copy(),
              "all": np.ones_like(margins)}[slope]
    if not count_correct:
        coeffs[own] = 0.0
    if loss_form == "max":
        best = np.argmax(terms, axis=1)
        kept = np.zeros_like(coeffs)
        kept[rows, best] = coeffs[rows, best] * (terms[rows, best] > 0)
        coeffs = kept
    elif loss_form == "square_of_sum":
        coeffs = 2.0 * margins.sum(axis=1, keepdims=True) * (margins > 0)
        coeffs[own] = 0.0
    violations = ((margins > 0) & ~own).sum(axis=1)
    others = coeffs.sum(axis=1)
    coeffs[rows, y] = {"count": -others, "minus_one": -1.0, "others": -(classes - 1.0), "zero": 0.0,
                       "plus": others, "minus_violations": -violations}[correct]
    return float(per_example.sum() / num), X.T @ coeffs / num


LOG_EPSILON = ("a constant is added inside the log (-log(p + eps)); some correct-class probabilities here are "
               "tiny, so it shifts the loss: take the log of the shifted scores (log-sum-exp), no epsilon is needed")
LOG_EPSILONS = (1e-12, 1e-10, 1e-9, 1e-8, 1e-7, 1e-6, 1e-5)


def softmax_pieces(case, *, shift="row", axis=1, loss_form="log", subtract="correct", normalised=True,
                   correct_before_shift=False, epsilon=0.0):
    """The data loss and data gradient of softmax cross-entropy with one piece changed.

    Parameters
    ----------
    case : inputs.Case
    shift : str
        ``"row"`` (each example's max: right), ``"column"`` (each class's max).
    axis : int or None
        The axis the probabilities are normalised over (1 is right; None: the whole matrix).
    loss_form : str
        ``"log"`` (-log p[y]), ``"probability"`` (-p[y]), ``"sum_of_logs"``
        (log-sum-exp written as a sum of logs), ``"every_class"`` (the mean of
        -log p over every class).
    subtract : str
        Where the gradient's one-hot 1 is subtracted: ``"correct"``, ``"none"``, ``"every"``
        (from every class), ``"per_class"`` (C times from the correct class: a loop over j).
    normalised : bool
        The gradient uses the probabilities (True) or the bare exponentials.
    correct_before_shift : bool
        The correct class's score is read before the max is subtracted.
    epsilon : float
        A constant added inside the log, ``-log(p[y] + epsilon)`` (the gradient unchanged).

    Returns
    -------
    loss : float
    grad : ndarray, shape W.shape
    """
    W, X, y, _ = case.args()
    num = X.shape[0]
    rows = np.arange(num)
    scores = X @ W
    shifted = scores - scores.max(axis=1 if shift == "row" else 0, keepdims=True)
    with np.errstate(all="ignore"):
        exps = np.exp(shifted)
        probs = exps / (exps.sum() if axis is None else exps.sum(axis=axis, keepdims=True))
        if loss_form == "probability":
            per_example = -probs[rows, y]
        elif loss_form == "sum_of_logs":
            per_example = shifted.sum(axis=1) - shifted[rows, y]
        elif loss_form == "every_class":
            per_example = -np.log(probs).mean(axis=1)
        elif epsilon:
            per_example = -np.log(probs[rows, y] + epsilon)
        elif correct_before_shift:
            per_example = np.log(exps.sum(axis=1)) - scores[rows, y]
        elif axis == 1:
            per_example = np.log(exps.sum(axis=1)) - shifted[rows, y]
        else:
            per_example = -np.log(probs[rows, y])
    coeffs = (probs if normalised else exps).copy()
    if subtract == "correct":
        coeffs[rows, y] -= 1.0
    elif subtract == "every":
        coeffs -= 1.0
    elif subtract == "per_class":
        coeffs[rows, y] -= W.shape[1]
    return float(per_example.sum() / num), X.T @ coeffs / num


def assigned_instead_of_accumulated(case, column):
    """The data gradient of the naive hinge loop when one update of dW is assigned (=) instead of added (+=).

    (In the softmax loop every column is written for every example, so assigning leaves only the last
    example's term: see ``_last_example``.)

    Parameters
    ----------
    column : str
        Which update is assigned: ``"other"`` (``dW[:, j]``) or ``"correct"`` (``dW[:, y[i]]``).
    """
    W, X, y, _ = case.args()
    num, classes = X.shape[0], W.shape[1]
    dW = np.zeros_like(W)
    for i in range(num):
        scores = X[i] @ W
        for j in range(classes):
            if j == y[i] or scores[j] - scores[y[i]] + 1 <= 0:
                continue
            if column == "other":
                dW[:, j] = X[i]
            else:
                dW[:, j] += X[i]
            if column == "correct":
                dW[:, y[i]] = -X[i]
            else:
                dW[:, y[i]] -= X[i]
    return dW / num


def _shifted_labels(case, reference):
    """What indexing with y[i] - 1 (Python wraps -1 to the last class) gives."""
    W, X, y, reg = case.args()
    return reference(W, X, (y - 1) % W.shape[1], reg)


def _last_example(case, reference):
    """The reference's data loss and gradient on the last example alone (what a loop that resets its sum keeps)."""
    W, X, y, _ = case.args()
    return reference(W, X[-1:], y[-1:], 0.0)


def _pieces(case, reference):
    """The data part and the regularization part of the reference's answer."""
    W, X, y, reg = case.args()
    data_loss, data_grad = reference(W, X, y, 0.0)
    return len(X), data_loss, data_grad, reg * float(np.sum(W * W)), reg * W


# A grading run diagnoses a wrong answer on the same few hidden cases as every other submission's run in the
# process (a class, a catalog of variants): the loss models' predictions are kept for the last few cases,
# read-only, so that a class pays for them once.
_MODELS_KEPT = 8
_models = collections.OrderedDict()
_models_lock = threading.Lock()


def _case_key(case):
    """A key that changes whenever any value of the case does."""
    digest = hashlib.blake2b(digest_size=16)
    for array in (case.W, case.X, case.y):
        array = np.ascontiguousarray(array)
        digest.update(f"{array.dtype.str}{array.shape}".encode())
        digest.update(array.tobytes())
    return case.description, float(case.reg), digest.hexdigest()


def _model_hypotheses(family, case):
    """(cause, predicted data loss or None, predicted data gradient or None) from the loss models.

    The same list, with read-only gradients, for every call on the same family and case values.
    """
    key = (family, _case_key(case))
    with _models_lock:  # a dask worker may grade in several threads
        found = _models.get(key)
        if found is not None:
            _models.move_to_end(key)
            return found
    found = _compute_model_hypotheses(family, case)
    for _, _, grad in found:
        if grad is not None:
            grad.setflags(write=False)
    found = tuple(found)
    with _models_lock:
        _models[key] = found
        while len(_models) > _MODELS_KEPT:
            _models.popitem(last=False)
    return found


def _compute_model_hypotheses(family, case):
    """:func:`_model_hypotheses` computed."""
    if family.hinge:
        squared = family.squared

        def hinge(**options):
            return hinge_pieces(case, **{"squared": squared, **options})

        def both(cause, **options):
            return (cause, *hinge(**options))

        def loss_only(cause, **options):
            return cause, hinge(**options)[0], None

        def gradient_only(cause, **options):
            return cause, None, hinge(**options)[1]

        found = [
            both(DELTA_ZERO, delta=0.0),
            both(CRAMMER_SINGER, loss_form="max"),
            both(REVERSED_MARGIN, reverse=True),
            both(LABELS_OFF_BY_ONE, label_shift=-1),
            loss_only(NO_CLIP, clip=False),
            # a loop without `if margin > 0` adds X[i] for every class; the squared form weighs it by the margin
            gradient_only(NO_CLIP, clip=False, slope=None if squared else "all"),
            gradient_only("the correct class is counted in the margins: its own margin (delta) is not zeroed "
                          "(margins[np.arange(N), y] = 0) before the gradient's coefficients are summed",
                          count_correct=True),
            gradient_only("the correct class's column is missing from the gradient; it gets -X[i] for every "
                          "violated margin", correct="zero"),
            gradient_only("the correct class's term has the wrong sign; its column gets -X[i] for every violated "
                          "margin", correct="plus"),
        ]
        if squared:
            found += [
                both(SQUARE_OF_SUM, loss_form="square_of_sum"),
                loss_only(NOT_SQUARED, squared=False),
                gradient_only("the gradient is the plain hinge's (1 where the margin is violated); the squared "
                              "hinge's slope is 2 * margin", slope="indicator"),
                gradient_only("the correct class's coefficient is minus the number of violated margins; for the "
                              "squared hinge it is minus the sum of the other classes' 2 * margin",
                              correct="minus_violations"),
            ]
        else:
            found += [
                gradient_only("the correct class's column gets -X[i] for every class j != y[i]; only the classes "
                              "whose margin is violated (margin > 0) count", correct="others"),
                (ASSIGNED, None, assigned_instead_of_accumulated(case, "other")),
                (ASSIGNED, None, assigned_instead_of_accumulated(case, "correct")),
                gradient_only("the correct class's coefficient is -1 for every example; it must be minus the "
                              "number of classes whose margin is violated (coeffs[rows, y] = -coeffs.sum(axis=1))",
                              correct="minus_one"),
                gradient_only("the gradient weighs X[i] by the margin's value; the hinge's slope is 1 where the "
                              "margin is violated (use margins > 0)", slope="margins"),
            ]
        return found
    if family.softmax:
        def softmax(**options):
            return softmax_pieces(case, **options)

        return [
            ("the gradient lacks the -1 of the correct class: the gradient of the scores is the probabilities "
             "minus the one-hot labels (p[y[i]] - 1)", None, softmax(subtract="none")[1]),
            ("the -1 is subtracted from every class's probability; only the correct class's gets -1", None,
             softmax(subtract="every")[1]),
            ("the gradient uses exp(scores) without dividing by their sum; it needs the probabilities", None,
             softmax(normalised=False)[1]),
            ("the correct class's -X[i] is subtracted inside the loop over the classes j, so C times; it is "
             "subtracted once per example (p[j] - 1 only for j == y[i])", None, softmax(subtract="per_class")[1]),
            ("the probabilities are normalised over the whole matrix (a sum without axis); each example's "
             "probabilities sum to 1 over its classes (sum over axis=1, keepdims=True)", *softmax(axis=None)),
            (WRONG_AXIS_NORMALISED, *softmax(axis=0)),
            (WRONG_AXIS_MAX, *softmax(shift="column")),
            ("the correct class's score is read before the max is subtracted; subtract the max from every score "
             "of the example, the correct one included", softmax(correct_before_shift=True)[0], None),
            ("the loss is minus the probability of the correct class; cross-entropy is minus its log",
             softmax(loss_form="probability")[0], None),
            ("the log of the sum of the exponentials is computed as a sum of logs; the loss of example i is "
             "log(sum_j exp(s[j])) - s[y[i]]", softmax(loss_form="sum_of_logs")[0], None),
            ("the loss averages -log p over every class; only the correct class's -log p[y[i]] counts",
             softmax(loss_form="every_class")[0], None),
        ] + [(LOG_EPSILON, softmax(epsilon=epsilon)[0], None) for epsilon in LOG_EPSILONS]
    return []


def loss_hypotheses(family, case, reference):
    """(cause, predicted loss) pairs for the mistakes this family invites."""
    n, data, _, penalty, _ = _pieces(case, reference)
    hypotheses = [
        (NOT_AVERAGED_LOSS, n * data + penalty),
        ("the data loss is divided by N twice", data / n + penalty),
        ("the regularization uses the 1/2 convention; this kit adds reg * np.sum(W * W), without 1/2",
         data + 0.5 * penalty),
        ("the regularization term is missing from the loss (add reg * np.sum(W * W))", data),
        ("the regularization term is added twice", data + 2 * penalty),
        ("the regularization term is divided by N; only the data loss is averaged", data + penalty / n),
        ("the loss has the wrong sign", -data + penalty),
    ]
    if family.hinge:
        hypotheses.append((CORRECT_CLASS_COUNTED, data + 1.0 + penalty))
    if family.classification:
        hypotheses.append((LABELS_OFF_BY_ONE, _shifted_labels(case, reference)[0]))
        hypotheses.append((PER_CLASS_AVERAGE, data / case.W.shape[1] + penalty))
    if n > 1:
        hypotheses.append((LOSS_RESET, _last_example(case, reference)[0] / n + penalty))
    hypotheses += [(cause, loss + penalty) for cause, loss, _ in _model_hypotheses(family, case) if loss is not None]
    if family.regression:
        outputs = case.W.shape[1]
        hypotheses.append(("the squared error has a 1/2 in front; this kit's MSE has none", 0.5 * data + penalty))
        if outputs > 1:
            hypotheses.append(("the squared errors are averaged over N * K entries; average over the N examples "
                               "only (sum over the K outputs)", data / outputs + penalty))
    return hypotheses


def gradient_hypotheses(family, case, reference):
    """(cause, predicted dW) pairs for the classic gradient mistakes."""
    n, _, grad, _, reg_w = _pieces(case, reference)
    family_specific = []
    if family.squared:
        family_specific.append(("the factor 2 of the derivative of m ** 2 = 2 * m is missing", grad / 2 + 2 * reg_w))
    if family.classification:
        family_specific.append((LABELS_OFF_BY_ONE, _shifted_labels(case, reference)[1]))
        family_specific.append((PER_CLASS_AVERAGE_GRAD, grad / case.W.shape[1] + 2 * reg_w))
    family_specific += [(cause, data_grad + 2 * reg_w) for cause, _, data_grad in _model_hypotheses(family, case)
                        if data_grad is not None]
    if n > 1:
        # for softmax, assigning every column of dW (=) leaves the same: only the last example's term
        family_specific.append((GRADIENT_RESET if not family.softmax else ONLY_LAST_EXAMPLE,
                                _last_example(case, reference)[1] / n + 2 * reg_w))
    if family.regression:
        outputs = case.W.shape[1]
        family_specific.append(("the factor 2 of the derivative of the squared error is missing: the gradient of "
                                "sum((X W - y) ** 2) / N is 2 * X.T.dot(X W - y) / N", grad / 2 + 2 * reg_w))
        if outputs > 1:
            family_specific.append(("the data gradient is averaged over N * K entries; divide by N only",
                                    grad / outputs + 2 * reg_w))
    return family_specific + [
        ("the regularization gradient is missing (add 2 * reg * W)", grad),
        ("the regularization gradient is reg * W; the derivative of reg * np.sum(W * W) is 2 * reg * W "
         "(the 1/2 convention)", grad + reg_w),
        ("the regularization gradient is counted twice", grad + 4 * reg_w),
        ("the regularization gradient is divided by N; only the data gradient is averaged", grad + 2 * reg_w / n),
        (NOT_AVERAGED_GRAD, n * grad + 2 * reg_w),
        ("the data gradient is divided by N twice", grad / n + 2 * reg_w),
        (WRONG_SIGN_GRAD, -(grad + 2 * reg_w)),
        (WRONG_SIGN_GRAD, -grad + 2 * reg_w),
    ]


# the student's answer must be this much closer to a prediction than the prediction is to the right answer:
# a real mistake reproduces its prediction to rounding, while near-misses of a small change (a data term
# swamped by a large penalty, say) do not
EXPLAINED = 1e-3


def _matching(hypotheses, right, student, close, distance):
    """The one cause whose prediction explains the student's answer (and is not the right one), or None.

    None also when the input cannot tell several mistakes apart (their predictions agree here): naming one
    of them could name the wrong one, and another input names it.
    """
    causes = {}
    for cause, predicted in hypotheses:
        if close(predicted, right) or not close(student, predicted):
            continue
        if distance(student, predicted) > EXPLAINED * distance(predicted, right):
            continue
        causes.setdefault(cause, predicted)
    return next(iter(causes)) if len(causes) == 1 else None


def _loss_distance(a, b):
    return abs(float(a) - float(b))


def _gradient_distance(a, b):
    return float(np.linalg.norm(np.asarray(a, dtype=float) - np.asarray(b, dtype=float)))


def likely_loss_cause(family, case, reference, student_loss):
    """The name of the mistake that explains a wrong loss, or None."""
    right = reference(*case.args())[0]
    return _matching(loss_hypotheses(family, case, reference), right, student_loss, losses_close, _loss_distance)


def likely_gradient_cause(family, case, reference, student_grad):
    """The name of the mistake that explains a wrong gradient, or None."""
    right = reference(*case.args())[1]
    return _matching(gradient_hypotheses(family, case, reference), right, student_grad, gradients_close,
                     _gradient_distance)
