"""Recognise the classic mistakes from what a wrong loss or gradient returned.

Each hypothesis predicts, from the reference's pieces on the same input, what
a submission with one specific mistake would return. When the student's
answer matches a prediction (and not the right answer), the feedback names the
mistake. The predictions are computed here and never shown, only the name.
"""

import numpy as np

from .compare import gradients_close, losses_close

HINGE_FAMILIES = ("hinge", "squared_hinge")


def _hinge_with_margin(case, delta, squared):
    """The hinge loss and gradient with another margin delta (what a wrong delta gives)."""
    W, X, y, reg = case.args()
    rows = np.arange(len(X))
    scores = X @ W
    margins = np.maximum(0.0, scores - scores[rows, y][:, None] + delta)
    margins[rows, y] = 0.0
    terms = margins ** 2 if squared else margins
    coeffs = 2.0 * margins if squared else (margins > 0).astype(float)
    coeffs[rows, y] = -coeffs.sum(axis=1)
    return terms.sum() / len(X) + reg * np.sum(W * W), X.T @ coeffs / len(X) + 2 * reg * W


def _shifted_labels(case, reference):
    """What indexing with y[i] - 1 (Python wraps -1 to the last class) gives."""
    W, X, y, reg = case.args()
    return reference(W, X, (y - 1) % W.shape[1], reg)


def _pieces(case, reference):
    """The data part and the regularization part of the reference's answer."""
    W, X, y, reg = case.args()
    data_loss, data_grad = reference(W, X, y, 0.0)
    return len(X), data_loss, data_grad, reg * float(np.sum(W * W)), reg * W


def loss_hypotheses(family, case, reference):
    """(cause, predicted loss) pairs for the mistakes this family invites."""
    n, data, _, penalty, _ = _pieces(case, reference)
    hypotheses = [
        ("the data loss is not averaged over N (divide the sum over examples by N)", n * data + penalty),
        ("the data loss is divided by N twice", data / n + penalty),
        ("the regularization uses the 1/2 convention; this kit adds reg * np.sum(W * W), without 1/2",
         data + 0.5 * penalty),
        ("the regularization term is missing from the loss (add reg * np.sum(W * W))", data),
        ("the regularization term is added twice", data + 2 * penalty),
        ("the regularization term is divided by N; only the data loss is averaged", data + penalty / n),
        ("the loss has the wrong sign", -data + penalty),
    ]
    if family in HINGE_FAMILIES:
        hypotheses.append(("the correct class is counted in the hinge sum (skip j == y[i]: it adds 1 per example)",
                           data + 1.0 + penalty))
        hypotheses.append(("the margin delta is 0; this kit's hinge uses delta = 1",
                           _hinge_with_margin(case, 0.0, family == "squared_hinge")[0]))
    if family != "mse":
        hypotheses.append(("the labels are off by one (scores[y[i] - 1] instead of scores[y[i]])",
                           _shifted_labels(case, reference)[0]))
    if family == "mse":
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
    if family == "squared_hinge":
        family_specific.append(("the factor 2 of the derivative of m ** 2 = 2 * m is missing", grad / 2 + 2 * reg_w))
    if family in HINGE_FAMILIES:
        family_specific.append(("the margin delta is 0; this kit's hinge uses delta = 1",
                                _hinge_with_margin(case, 0.0, family == "squared_hinge")[1]))
    if family != "mse":
        family_specific.append(("the labels are off by one (y[i] - 1 instead of y[i])", _shifted_labels(case, reference)[1]))
    return family_specific + [
        ("the regularization gradient is missing (add 2 * reg * W)", grad),
        ("the regularization gradient is reg * W; the derivative of reg * np.sum(W * W) is 2 * reg * W "
         "(the 1/2 convention)", grad + reg_w),
        ("the regularization gradient is counted twice", grad + 4 * reg_w),
        ("the data gradient is not averaged over N", n * grad + 2 * reg_w),
        ("the data gradient is divided by N twice", grad / n + 2 * reg_w),
        ("the gradient has the wrong sign", -(grad + 2 * reg_w)),
    ]


def _matching(hypotheses, right, student, close):
    """Every cause whose prediction matches the student's answer (and not the right one)."""
    causes = [cause for cause, predicted in hypotheses if not close(predicted, right) and close(student, predicted)]
    return "; or ".join(dict.fromkeys(causes)) or None


def likely_loss_cause(family, case, reference, student_loss):
    """The name(s) of the mistake(s) that explain a wrong loss, or None."""
    right = reference(*case.args())[0]
    return _matching(loss_hypotheses(family, case, reference), right, student_loss, losses_close)


def likely_gradient_cause(family, case, reference, student_grad):
    """The name(s) of the mistake(s) that explain a wrong gradient, or None."""
    right = reference(*case.args())[1]
    return _matching(gradient_hypotheses(family, case, reference), right, student_grad, gradients_close)
