"""Recognise the classic mistakes from what a wrong loss or gradient returned.

Each hypothesis predicts, from the reference's pieces on the same input, what
a submission with one specific mistake would return. When the student's
answer matches a prediction (and not the right answer), the feedback names the
mistake. The predictions are computed here and never shown, only the name.
"""

import numpy as np

from .compare import gradients_close, losses_close

HINGE_FAMILIES = ("hinge", "squared_hinge")


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
    return [
        ("the regularization gradient is missing (add 2 * reg * W)", grad),
        ("the regularization gradient is reg * W; the derivative of reg * np.sum(W * W) is 2 * reg * W "
         "(the 1/2 convention)", grad + reg_w),
        ("the regularization gradient is counted twice", grad + 4 * reg_w),
        ("the data gradient is not averaged over N", n * grad + 2 * reg_w),
        ("the data gradient is divided by N twice", grad / n + 2 * reg_w),
        ("the gradient has the wrong sign", -(grad + 2 * reg_w)),
    ]


def likely_loss_cause(family, case, reference, student_loss):
    """The name of the mistake that explains a wrong loss, or None."""
    right = reference(*case.args())[0]
    for cause, predicted in loss_hypotheses(family, case, reference):
        if not losses_close(predicted, right) and losses_close(student_loss, predicted):
            return cause
    return None


def likely_gradient_cause(family, case, reference, student_grad):
    """The name of the mistake that explains a wrong gradient, or None."""
    right = reference(*case.args())[1]
    for cause, predicted in gradient_hypotheses(family, case, reference):
        if not gradients_close(predicted, right) and gradients_close(student_grad, predicted):
            return cause
    return None
