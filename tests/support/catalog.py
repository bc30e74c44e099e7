"""The catalog of realistic buggy submissions: the reference with one small textual edit each.

What every entry must satisfy is said and tested in tests/autograder/test_catalog.py.
"""

import difflib
import re
from dataclasses import dataclass

import numpy as np
import pytest

from autograder.loss_functions import diagnosis, families, inputs, multiclass
from autograder.loss_functions.compare import gradients_close, losses_close
from autograder.loss_functions.exercises import exercise_named
from support.variants import (CLASSIFIER, EXERCISE_NAMES, MSE, MULTICLASS, OPTIM, REFERENCE_PACKAGE, REG, SOFTMAX, SVM,
                      TIMED, EditError, apply_edit, build_submission, describe_scores, exercises_to_grade,
                      grade_in_process)

TRAIN = "LinearClassifier.train"
SVM_NAIVE, SVM_VEC, SQ_HINGE = "svm_loss_naive", "svm_loss_vectorized", "squared_hinge_loss_vectorized"
SOFTMAX_NAIVE, SOFTMAX_VEC = "softmax_loss_naive", "softmax_loss_vectorized"
L1, L2, OVA, OVO = "l1_regularization", "l2_regularization", "one_vs_all_predict", "one_vs_one_predict"
BINARY, BINARY_LOSS = "classifiers/binary_svm.py", "binary_svm_loss"
BINARY_MARGINS = "    margins = np.maximum(0.0, 1.0 - t * X.dot(w))\n"
BINARY_LOSS_LINE = "    loss = margins.sum() / num_train + reg * np.sum(w * w)\n"
BINARY_GRAD = "    dw = -X.T.dot(active * t) / num_train + 2 * reg * w\n"
BINARY_RETURN = "    ### END SOLUTION\n\n    return float(loss), dw"
TRAIN_OVA, TRAIN_OVO = "train_one_vs_all", "train_one_vs_one"
PROX = "l1_proximal_step"
PROX_TRAIN = "LinearClassifier.train_l1_proximal"
PROX_STEPS = ("            stepped = sgd_step(self.W, data_grad, learning_rate)\n"
              "            self.W = l1_proximal_step(stepped, learning_rate, reg)\n")
PROX_LINE = "    W_new = np.sign(W) * np.maximum(np.abs(W) - threshold, 0.0)\n"
OVA_LOOP = ("    for c in range(int(num_classes)):\n"
            "        t = np.where(y == c, 1, -1)\n"
            "        w = np.zeros(X.shape[1])\n")
OVA_BATCH = ("            X_batch, t_batch = sample_batch(X, t, batch_size, rng)\n"
             "            _, dw = binary_svm_loss(w, X_batch, t_batch, reg)\n")
OVO_PAIR = "        X_pair, t_pair = X[rows], np.where(y[rows] == i, 1, -1)\n"
OVO_STEP = ("            X_batch, t_batch = sample_batch(X_pair, t_pair, batch_size, rng)\n"
            "            _, dw = binary_svm_loss(w, X_batch, t_batch, reg)\n"
            "            w = sgd_step(w, dw, learning_rate)\n")

# anchors that make an edit unique where the reference repeats a line
SVM_VEC_GRAD = ("    coeffs = (margins > 0).astype(X.dtype)\n"
                "    coeffs[rows, y] = -coeffs.sum(axis=1)\n"
                "    dW = X.T.dot(coeffs) / num_train + 2 * reg * W\n")
SVM_VEC_MARGINS = ("    correct_class_scores = scores[rows, y]\n"
                   "    margins = np.maximum(0.0, scores - correct_class_scores[:, np.newaxis] + 1.0)\n"
                   "    margins[rows, y] = 0.0\n"
                   "    loss = margins.sum() / num_train + reg * np.sum(W * W)\n")
SQ_HINGE_MARGINS = ("    correct_class_scores = scores[rows, y]\n"
                    "    margins = np.maximum(0.0, scores - correct_class_scores[:, np.newaxis] + 1.0)\n"
                    "    margins[rows, y] = 0.0\n"
                    "    loss = np.sum(margins * margins) / num_train + reg * np.sum(W * W)\n")
SQ_HINGE_GRAD = ("    coeffs = 2.0 * margins\n"
                 "    coeffs[rows, y] = -coeffs.sum(axis=1)\n"
                 "    dW = X.T.dot(coeffs) / num_train + 2 * reg * W\n")
SVM_NAIVE_UPDATE = ("            if margin > 0:\n"
                    "                loss += margin\n"
                    "                dW[:, j] += X[i]\n"
                    "                dW[:, y[i]] -= X[i]\n")
NAIVE_TAIL = ("    loss /= num_train\n"
              "    dW /= num_train\n"
              "\n"
              "    loss += reg * np.sum(W * W)\n"
              "    dW += 2 * reg * W\n")
OVO_VOTES = ("    votes = np.zeros((X.shape[0], int(num_classes)), dtype=int)\n"
             "    np.add.at(votes, (np.arange(X.shape[0])[:, np.newaxis], winners), 1)\n")
RETURN = "    ### END SOLUTION\n\n    return float(loss), dW"


@dataclass(frozen=True)
class Bug:
    id: str
    edits: tuple  # ((file, old, new), ...)
    breaks: tuple  # exercises that must lose points
    feedback: tuple = ()  # phrases that must appear in the failing tests' output of breaks[0] (and name the bug)
    failing_check: str = None  # a test title (after "exercise: ") that must fail, in breaks[0]
    dependents: tuple = ()  # exercises that call the broken code and may lose points too
    return_line: bool = False  # the edit touches the return statement right after the region
    only: bool = False  # failing_check is the only check of breaks[0] that fails
    misleading: str = None  # feedback that would name a wrong cause: must not appear in breaks[0]'s output
    generic: bool = False  # the feedback asserted does not name the bug


def bug(id, file, old, new, breaks, feedback=(), **options):
    feedback = (feedback,) if isinstance(feedback, str) else tuple(feedback)
    return Bug(id, ((file, old, new),), tuple([breaks] if isinstance(breaks, str) else breaks), feedback, **options)


def bugs(id, edits, breaks, feedback=(), **options):
    feedback = (feedback,) if isinstance(feedback, str) else tuple(feedback)
    return Bug(id, tuple(edits), tuple([breaks] if isinstance(breaks, str) else breaks), feedback, **options)


CATALOG = [
    # -- svm_loss_naive -----------------------------------------------------------------
    bug("svm_naive-loss-and-grad-not-averaged", SVM,
        "    loss /= num_train\n    dW /= num_train\n", "", SVM_NAIVE, feedback="not averaged over N"),
    bug("svm_naive-grad-not-averaged", SVM, "    dW /= num_train\n", "", SVM_NAIVE,
        feedback="the data gradient is not averaged over N"),
    bug("svm_naive-half-reg-convention", SVM,
        "    loss += reg * np.sum(W * W)\n    dW += 2 * reg * W\n",
        "    loss += 0.5 * reg * np.sum(W * W)\n    dW += reg * W\n", SVM_NAIVE, feedback="1/2 convention"),
    bug("svm_naive-counts-correct-class", SVM,
        "            if j == y[i]:\n                continue\n", "", SVM_NAIVE, feedback="correct class is counted"),
    bug("svm_naive-delta-0", SVM, "correct_class_score + 1  # note delta = 1",
        "correct_class_score  # delta = 0", SVM_NAIVE, feedback="delta is 0"),
    bug("svm_naive-crammer-singer", SVM,
        "        for j in range(num_classes):\n"
        "            if j == y[i]:\n"
        "                continue\n"
        "            margin = scores[j] - correct_class_score + 1  # note delta = 1\n" + SVM_NAIVE_UPDATE,
        "        margins_i = np.maximum(0, scores - correct_class_score + 1)\n"
        "        margins_i[y[i]] = 0\n"
        "        j = np.argmax(margins_i)\n"
        "        if margins_i[j] > 0:\n"
        "            loss += margins_i[j]\n"
        "            dW[:, j] += X[i]\n"
        "            dW[:, y[i]] -= X[i]\n", SVM_NAIVE, feedback="Crammer-Singer"),
    bug("svm_naive-correct-class-outside-if", SVM, SVM_NAIVE_UPDATE,
        "            dW[:, y[i]] -= X[i]\n"
        "            if margin > 0:\n"
        "                loss += margin\n"
        "                dW[:, j] += X[i]\n", SVM_NAIVE, feedback="for every class j != y[i]"),
    bug("svm_naive-correct-class-once-per-example", SVM,
        "                dW[:, j] += X[i]\n                dW[:, y[i]] -= X[i]\n\n",
        "                dW[:, j] += X[i]\n        dW[:, y[i]] -= X[i]\n\n", SVM_NAIVE,
        feedback="-1 for every example"),
    bug("svm_naive-correct-class-gradient-missing", SVM, "                dW[:, y[i]] -= X[i]\n", "", SVM_NAIVE,
        feedback="correct class's column is missing"),
    bug("svm_naive-no-clip", SVM, SVM_NAIVE_UPDATE,
        "            loss += margin\n"
        "            dW[:, j] += X[i]\n"
        "            dW[:, y[i]] -= X[i]\n", SVM_NAIVE, feedback="margins <= 0 are added too"),
    bug("svm_naive-margin-reversed", SVM, "margin = scores[j] - correct_class_score + 1",
        "margin = correct_class_score - scores[j] + 1", SVM_NAIVE, feedback="the margin is reversed"),
    bug("svm_naive-reg-grad-before-averaging", SVM, NAIVE_TAIL,
        "    dW += 2 * reg * W\n    loss /= num_train\n    dW /= num_train\n\n    loss += reg * np.sum(W * W)\n",
        SVM_NAIVE, feedback="regularization gradient is divided by N"),
    bug("svm_naive-reg-loss-before-averaging", SVM, NAIVE_TAIL,
        "    loss += reg * np.sum(W * W)\n    loss /= num_train\n    dW /= num_train\n\n    dW += 2 * reg * W\n",
        SVM_NAIVE, feedback="regularization term is divided by N"),
    bug("svm_naive-grad-sign-flipped", SVM, "                dW[:, j] += X[i]\n                dW[:, y[i]] -= X[i]\n",
        "                dW[:, j] -= X[i]\n                dW[:, y[i]] += X[i]\n", SVM_NAIVE, feedback="wrong sign"),
    bug("svm_naive-reg-grad-missing", SVM, "    dW += 2 * reg * W\n", "", SVM_NAIVE,
        feedback="regularization gradient is missing"),
    bug("svm_naive-dW-column-assigned", SVM, "                dW[:, j] += X[i]\n", "                dW[:, j] = X[i]\n",
        SVM_NAIVE, feedback="assigned (=) where it must accumulate (+=)"),
    bug("svm_naive-dW-correct-column-assigned", SVM, "                dW[:, y[i]] -= X[i]\n",
        "                dW[:, y[i]] = -X[i]\n", SVM_NAIVE, feedback="assigned (=) where it must accumulate (+=)"),
    bug("svm_naive-dW-reset-in-the-loop", SVM, "        scores = X[i].dot(W)\n",
        "        dW = np.zeros(W.shape)\n        scores = X[i].dot(W)\n", SVM_NAIVE,
        feedback="dW is reset inside the loop over the examples"),
    bug("svm_naive-loss-reset-in-the-loop", SVM, "        scores = X[i].dot(W)\n",
        "        loss = 0.0\n        scores = X[i].dot(W)\n", SVM_NAIVE,
        feedback="the loss is reset inside the loop over the examples"),
    bug("svm_naive-reg-loss-missing", SVM, "    loss += reg * np.sum(W * W)\n", "", SVM_NAIVE,
        feedback="regularization term is missing from the loss"),
    # -- svm_loss_vectorized ------------------------------------------------------------
    bug("svm_vec-loss-not-averaged", SVM, "loss = margins.sum() / num_train + reg",
        "loss = margins.sum() + reg", SVM_VEC, feedback="the data loss is not averaged over N"),
    bug("svm_vec-reg-grad-missing", SVM, SVM_VEC_GRAD, SVM_VEC_GRAD.replace(" + 2 * reg * W", ""),
        SVM_VEC, feedback="regularization gradient is missing"),
    bug("svm_vec-counts-correct-class", SVM, SVM_VEC_MARGINS,
        SVM_VEC_MARGINS.replace("    margins[rows, y] = 0.0\n", ""), SVM_VEC, feedback="correct class is counted"),
    bug("svm_vec-delta-0", SVM, SVM_VEC_MARGINS, SVM_VEC_MARGINS.replace(" + 1.0)", ")"), SVM_VEC,
        feedback="delta is 0"),
    bug("svm_vec-transposed-dW", SVM, SVM_VEC_GRAD,
        SVM_VEC_GRAD.replace("dW = X.T.dot(coeffs) / num_train + 2 * reg * W",
                             "dW = (X.T.dot(coeffs) / num_train + 2 * reg * W).T"),
        SVM_VEC, feedback="transposed"),
    bug("svm_vec-labels-minus-one", SVM, SVM_VEC_MARGINS,
        SVM_VEC_MARGINS.replace("scores[rows, y]\n", "scores[rows, y - 1]\n"), SVM_VEC,
        feedback="labels are off by one"),
    bug("svm_vec-python-loop-over-examples", SVM,
        "    scores = X.dot(W)\n" + SVM_VEC_MARGINS,
        "    margins = np.zeros((num_train, W.shape[1]))\n"
        "    for i in range(num_train):\n"
        "        s = X[i].dot(W)\n"
        "        margins[i] = np.maximum(0.0, s - s[y[i]] + 1.0)\n"
        "        margins[i, y[i]] = 0.0\n"
        "    loss = margins.sum() / num_train + reg * np.sum(W * W)\n",
        SVM_VEC, failing_check="has no Python loops", feedback="uses a for loop"),
    bugs("svm_vec-crammer-singer", (
        (SVM, "loss = margins.sum() / num_train", "loss = margins.max(axis=1).sum() / num_train"),
        (SVM, "coeffs = (margins > 0).astype(X.dtype)",
         "coeffs = ((margins == margins.max(axis=1, keepdims=True)) & (margins > 0)).astype(X.dtype)"),
    ), SVM_VEC, feedback="Crammer-Singer"),
    bug("svm_vec-crammer-singer-loss-only", SVM, "loss = margins.sum() / num_train",
        "loss = np.sum(np.max(margins, axis=1)) / num_train", SVM_VEC, feedback="Crammer-Singer"),
    bug("svm_vec-loss-mean-over-all-entries", SVM, "loss = margins.sum() / num_train", "loss = margins.mean()",
        SVM_VEC, feedback="averaged over N * C"),
    bug("svm_vec-grad-over-all-entries", SVM, SVM_VEC_GRAD,
        SVM_VEC_GRAD.replace("X.T.dot(coeffs) / num_train", "X.T.dot(coeffs) / coeffs.size"), SVM_VEC,
        feedback="averaged over N * C"),
    bug("svm_vec-correct-coefficient-minus-one", SVM, SVM_VEC_GRAD,
        SVM_VEC_GRAD.replace("coeffs[rows, y] = -coeffs.sum(axis=1)", "coeffs[rows, y] = -1"), SVM_VEC,
        feedback="-1 for every example"),
    bug("svm_vec-correct-coefficient-missing", SVM, SVM_VEC_GRAD,
        SVM_VEC_GRAD.replace("    coeffs[rows, y] = -coeffs.sum(axis=1)\n", ""), SVM_VEC,
        feedback="correct class's column is missing"),
    bug("svm_vec-correct-coefficient-plus", SVM, SVM_VEC_GRAD,
        SVM_VEC_GRAD.replace("coeffs[rows, y] = -coeffs.sum(axis=1)", "coeffs[rows, y] = coeffs.sum(axis=1)"),
        SVM_VEC, feedback="correct class's term has the wrong sign"),
    bug("svm_vec-coefficients-are-margins", SVM, "coeffs = (margins > 0).astype(X.dtype)",
        "coeffs = margins.copy()", SVM_VEC, feedback="weighs X[i] by the margin's value"),
    bug("svm_vec-no-clip", SVM, SVM_VEC_MARGINS,
        SVM_VEC_MARGINS.replace("np.maximum(0.0, scores - correct_class_scores[:, np.newaxis] + 1.0)",
                                "scores - correct_class_scores[:, np.newaxis] + 1.0"), SVM_VEC,
        feedback="margins <= 0 are added too"),
    bug("svm_vec-grad-not-averaged", SVM, SVM_VEC_GRAD,
        SVM_VEC_GRAD.replace("X.T.dot(coeffs) / num_train", "X.T.dot(coeffs)"), SVM_VEC,
        feedback="the data gradient is not averaged over N"),
    bug("svm_vec-reg-grad-half", SVM, SVM_VEC_GRAD, SVM_VEC_GRAD.replace("+ 2 * reg * W", "+ reg * W"), SVM_VEC,
        feedback="1/2 convention"),
    bug("svm_vec-reg-loss-missing", SVM, SVM_VEC_MARGINS,
        SVM_VEC_MARGINS.replace("loss = margins.sum() / num_train + reg * np.sum(W * W)",
                                "loss = margins.sum() / num_train"), SVM_VEC,
        feedback="regularization term is missing from the loss"),
    # -- squared_hinge_loss_vectorized ----------------------------------------------------
    bug("sq_hinge-grad-missing-factor-2", SVM, SQ_HINGE_GRAD, SQ_HINGE_GRAD.replace("2.0 * margins", "margins"),
        SQ_HINGE, feedback="factor 2 of the derivative"),
    bug("sq_hinge-half-reg-convention", SVM,
        "loss = np.sum(margins * margins) / num_train + reg * np.sum(W * W)",
        "loss = np.sum(margins * margins) / num_train + 0.5 * reg * np.sum(W * W)",
        SQ_HINGE, feedback="1/2 convention"),
    bug("sq_hinge-square-of-sum", SVM, "loss = np.sum(margins * margins) / num_train",
        "loss = np.sum(margins.sum(axis=1) ** 2) / num_train", SQ_HINGE,
        feedback="the sum of the margins is squared"),
    bug("sq_hinge-not-squared", SVM, "loss = np.sum(margins * margins) / num_train",
        "loss = np.sum(margins) / num_train", SQ_HINGE, feedback="the margins are not squared"),
    bug("sq_hinge-hinge-gradient", SVM, "    coeffs = 2.0 * margins\n",
        "    coeffs = (margins > 0).astype(X.dtype)\n", SQ_HINGE, feedback="the plain hinge's"),
    bug("sq_hinge-correct-coefficient-counts-violations", SVM, SQ_HINGE_GRAD,
        SQ_HINGE_GRAD.replace("coeffs[rows, y] = -coeffs.sum(axis=1)", "coeffs[rows, y] = -(margins > 0).sum(axis=1)"),
        SQ_HINGE, feedback="minus the number of violated margins"),
    bug("sq_hinge-delta-0", SVM, SQ_HINGE_MARGINS, SQ_HINGE_MARGINS.replace(" + 1.0)", ")"), SQ_HINGE,
        feedback="delta is 0"),
    bug("sq_hinge-counts-correct-class", SVM, SQ_HINGE_MARGINS,
        SQ_HINGE_MARGINS.replace("    margins[rows, y] = 0.0\n", ""), SQ_HINGE, feedback="correct class is counted"),
    bug("sq_hinge-grad-not-averaged", SVM, SQ_HINGE_GRAD,
        SQ_HINGE_GRAD.replace("X.T.dot(coeffs) / num_train", "X.T.dot(coeffs)"), SQ_HINGE,
        feedback="the data gradient is not averaged over N"),
    bug("sq_hinge-loss-not-averaged", SVM, "loss = np.sum(margins * margins) / num_train + reg",
        "loss = np.sum(margins * margins) + reg", SQ_HINGE, feedback="the data loss is not averaged over N"),
    # -- softmax_loss_naive ---------------------------------------------------------------
    bug("softmax_naive-loss-not-averaged", SOFTMAX, "    loss /= num_train\n", "", SOFTMAX_NAIVE,
        feedback="the data loss is not averaged over N"),
    bug("softmax_naive-no-max-subtraction", SOFTMAX, "        scores = scores - np.max(scores)\n", "",
        SOFTMAX_NAIVE, only=True, failing_check="stays finite", feedback="subtract the largest score"),
    bug("softmax_naive-grad-sign-flipped", SOFTMAX, "(p_j - (j == y[i]))", "((j == y[i]) - p_j)",
        SOFTMAX_NAIVE, feedback="wrong sign"),
    bug("softmax_naive-reg-grad-missing", SOFTMAX, "    dW += 2 * reg * W\n", "", SOFTMAX_NAIVE,
        feedback="regularization gradient is missing"),
    # the last class indexes past the end: the error and its line are reported, not the mistake
    bug("softmax_naive-labels-plus-one", SOFTMAX, "- scores[y[i]]", "- scores[y[i] + 1]", SOFTMAX_NAIVE,
        feedback="raised IndexError", generic=True),
    bug("softmax_naive-returns-dW-loss", SOFTMAX, "    dW += 2 * reg * W\n" + RETURN,
        "    dW += 2 * reg * W\n" + RETURN.replace("return float(loss), dW", "return dW, float(loss)"),
        SOFTMAX_NAIVE, feedback="they are swapped: return loss, dW", return_line=True),
    bug("softmax_naive-missing-minus-one", SOFTMAX, "(p_j - (j == y[i]))", "p_j", SOFTMAX_NAIVE,
        feedback="lacks the -1 of the correct class"),
    bug("softmax_naive-minus-one-for-every-class", SOFTMAX, "(p_j - (j == y[i]))", "(p_j - 1)", SOFTMAX_NAIVE,
        feedback="subtracted from every class"),
    bug("softmax_naive-exp-not-normalised", SOFTMAX, "p_j = exp_scores[j] / sum_exp", "p_j = exp_scores[j]",
        SOFTMAX_NAIVE, feedback="without dividing by their sum"),
    bugs("softmax_naive-correct-score-before-shift", (
        (SOFTMAX, "        scores = X[i].dot(W)\n        scores = scores - np.max(scores)\n",
         "        scores = X[i].dot(W)\n        correct_class_score = scores[y[i]]\n"
         "        scores = scores - np.max(scores)\n"),
        (SOFTMAX, "- scores[y[i]]", "- correct_class_score"),
    ), SOFTMAX_NAIVE, feedback="read before the max is subtracted"),
    bug("softmax_naive-probability-not-log", SOFTMAX, "loss += np.log(sum_exp) - scores[y[i]]",
        "loss -= exp_scores[y[i]] / sum_exp", SOFTMAX_NAIVE, feedback="minus its log"),
    bug("softmax_naive-sum-of-logs", SOFTMAX, "loss += np.log(sum_exp) - scores[y[i]]",
        "loss += np.sum(np.log(exp_scores)) - scores[y[i]]", SOFTMAX_NAIVE, feedback="as a sum of logs"),
    bug("softmax_naive-dW-assigned", SOFTMAX, "dW[:, j] += (p_j - (j == y[i])) * X[i]",
        "dW[:, j] = (p_j - (j == y[i])) * X[i]", SOFTMAX_NAIVE, feedback="assigned (=) where they must accumulate"),
    bug("softmax_naive-dW-reset-in-the-loop", SOFTMAX, "        scores = X[i].dot(W)\n",
        "        dW = np.zeros_like(W)\n        scores = X[i].dot(W)\n", SOFTMAX_NAIVE,
        feedback="dW is reset inside the loop over the examples"),
    bug("softmax_naive-loss-reset-in-the-loop", SOFTMAX, "        scores = X[i].dot(W)\n",
        "        loss = 0.0\n        scores = X[i].dot(W)\n", SOFTMAX_NAIVE,
        feedback="the loss is reset inside the loop over the examples"),
    bug("softmax_naive-correct-class-inside-the-loop", SOFTMAX, "            dW[:, j] += (p_j - (j == y[i])) * X[i]\n",
        "            dW[:, j] += p_j * X[i]\n            dW[:, y[i]] -= X[i]\n", SOFTMAX_NAIVE,
        feedback="inside the loop over the classes j"),
    bug("softmax_naive-grad-not-averaged", SOFTMAX, "    dW /= num_train\n", "", SOFTMAX_NAIVE,
        feedback="the data gradient is not averaged over N"),
    bug("softmax_naive-reg-grad-before-averaging", SOFTMAX, NAIVE_TAIL,
        "    dW += 2 * reg * W\n    loss /= num_train\n    dW /= num_train\n\n    loss += reg * np.sum(W * W)\n",
        SOFTMAX_NAIVE, feedback="regularization gradient is divided by N"),
    bug("softmax_naive-reg-loss-missing", SOFTMAX, "    loss += reg * np.sum(W * W)\n", "", SOFTMAX_NAIVE,
        feedback="regularization term is missing from the loss"),
    # -- softmax_loss_vectorized ------------------------------------------------------------
    bug("softmax_vec-grad-not-averaged", SOFTMAX, "    dscores /= num_train\n", "", SOFTMAX_VEC,
        feedback="the data gradient is not averaged over N"),
    bugs("softmax_vec-half-reg-convention", (
        (SOFTMAX, "loss = -log_probs[rows, y].mean() + reg * np.sum(W * W)",
         "loss = -log_probs[rows, y].mean() + 0.5 * reg * np.sum(W * W)"),
        (SOFTMAX, "    dW = X.T.dot(dscores) + 2 * reg * W\n", "    dW = X.T.dot(dscores) + reg * W\n"),
    ), SOFTMAX_VEC, feedback="1/2 convention"),
    bug("softmax_vec-reg-grad-doubled", SOFTMAX, "    dW = X.T.dot(dscores) + 2 * reg * W\n",
        "    dW = X.T.dot(dscores) + 2 * reg * W\n    dW += 2 * reg * W\n", SOFTMAX_VEC,
        feedback="regularization gradient is counted twice"),
    bug("softmax_vec-no-max-subtraction", SOFTMAX, "    scores -= scores.max(axis=1, keepdims=True)\n", "",
        SOFTMAX_VEC, only=True, failing_check="stays finite", feedback="subtract the largest score"),
    # Subtracting the global max instead of each row's is exact in real arithmetic, but it is not the
    # stabilisation the kit asks for: on the grader's scores of the order of 1e3 the rows' maxima differ by
    # far more than 745, exp underflows for a whole row, its sum is 0 and the loss inf. A genuine numerical
    # bug, so it is here and not among the correct variants; it costs the stability check only.
    bug("softmax_vec-global-max-instead-of-row-max", SOFTMAX, "scores -= scores.max(axis=1, keepdims=True)",
        "scores -= scores.max()", SOFTMAX_VEC, only=True, failing_check="stays finite",
        feedback="each row's own max"),
    bug("softmax_vec-labels-minus-one-in-grad", SOFTMAX, "dscores[rows, y] -= 1.0", "dscores[rows, y - 1] -= 1.0",
        SOFTMAX_VEC, feedback="labels are off by one"),
    bug("softmax_vec-list-comprehension", SOFTMAX, "loss = -log_probs[rows, y].mean()",
        "loss = -np.mean([log_probs[i, y[i]] for i in range(num_train)])", SOFTMAX_VEC,
        only=True, failing_check="has no Python loops", feedback="a list comprehension"),
    bug("softmax_vec-epsilon-inside-the-log", SOFTMAX, "loss = -log_probs[rows, y].mean() + reg",
        "loss = -np.log(np.exp(log_probs[rows, y]) + 1e-8).mean() + reg", SOFTMAX_VEC,
        feedback="a constant is added inside the log"),
    bug("softmax_vec-missing-minus-one", SOFTMAX, "    dscores[rows, y] -= 1.0\n", "", SOFTMAX_VEC,
        feedback="lacks the -1 of the correct class"),
    bug("softmax_vec-normalised-over-axis-0", SOFTMAX, "np.exp(scores).sum(axis=1, keepdims=True)",
        "np.exp(scores).sum(axis=0, keepdims=True)", SOFTMAX_VEC, feedback="normalised over the wrong axis"),
    bug("softmax_vec-normalised-over-everything", SOFTMAX, "np.exp(scores).sum(axis=1, keepdims=True)",
        "np.exp(scores).sum()", SOFTMAX_VEC, feedback="normalised over the whole matrix"),
    bug("softmax_vec-max-over-axis-0", SOFTMAX, "scores -= scores.max(axis=1, keepdims=True)",
        "scores -= scores.max(axis=0, keepdims=True)", SOFTMAX_VEC, feedback="the max is taken over the wrong axis"),
    bug("softmax_vec-loss-over-all-entries", SOFTMAX, "loss = -log_probs[rows, y].mean()",
        "loss = -log_probs[rows, y].sum() / scores.size", SOFTMAX_VEC, feedback="averaged over N * C"),
    bug("softmax_vec-loss-over-every-class", SOFTMAX, "loss = -log_probs[rows, y].mean()",
        "loss = -log_probs.mean()", SOFTMAX_VEC, feedback="averages -log p over every class"),
    bug("softmax_vec-loss-not-averaged", SOFTMAX, "loss = -log_probs[rows, y].mean()",
        "loss = -log_probs[rows, y].sum()", SOFTMAX_VEC, feedback="the data loss is not averaged over N"),
    bug("softmax_vec-grad-divided-twice", SOFTMAX, "    dW = X.T.dot(dscores) + 2 * reg * W\n",
        "    dW = X.T.dot(dscores) / num_train + 2 * reg * W\n", SOFTMAX_VEC, feedback="divided by N twice"),
    bug("softmax_vec-reg-loss-missing", SOFTMAX, "loss = -log_probs[rows, y].mean() + reg * np.sum(W * W)",
        "loss = -log_probs[rows, y].mean()", SOFTMAX_VEC, feedback="regularization term is missing from the loss"),
    bug("softmax_vec-reg-grad-missing", SOFTMAX, "    dW = X.T.dot(dscores) + 2 * reg * W\n",
        "    dW = X.T.dot(dscores)\n", SOFTMAX_VEC, feedback="regularization gradient is missing"),
    # -- mse_loss -------------------------------------------------------------------------------
    bugs("mse-half-in-front", (
        (MSE, "loss = np.sum(residuals * residuals) / num_train",
         "loss = 0.5 * np.sum(residuals * residuals) / num_train"),
        (MSE, "dW = 2.0 * X.T.dot(residuals) / num_train", "dW = X.T.dot(residuals) / num_train"),
    ), "mse_loss", feedback=("1/2 in front", "factor 2 of the derivative")),
    bugs("mse-averaged-over-N-times-K", (
        (MSE, "np.sum(residuals * residuals) / num_train", "np.sum(residuals * residuals) / residuals.size"),
        (MSE, "X.T.dot(residuals) / num_train", "X.T.dot(residuals) / residuals.size"),
    ), "mse_loss", feedback="averaged over N * K", misleading="1/2 in front"),
    bug("mse-dW-float32", MSE, "+ 2 * reg * W\n" + RETURN,
        "+ 2 * reg * W\n" + RETURN.replace("return float(loss), dW", "return float(loss), dW.astype(np.float32)"),
        "mse_loss", failing_check="returns (loss, dW)", feedback="float32", return_line=True),
    bug("mse-grad-missing-factor-2", MSE, "dW = 2.0 * X.T.dot(residuals)", "dW = X.T.dot(residuals)", "mse_loss",
        feedback="factor 2 of the derivative", misleading="1/2 in front"),
    bug("mse-residuals-flipped", MSE, "    residuals = X.dot(W) - y\n", "    residuals = y - X.dot(W)\n", "mse_loss",
        feedback="wrong sign"),
    bug("mse-loss-mean-over-all-entries", MSE, "loss = np.sum(residuals * residuals) / num_train",
        "loss = np.mean(residuals * residuals)", "mse_loss", feedback="averaged over N * K"),
    bug("mse-loss-not-averaged", MSE, "loss = np.sum(residuals * residuals) / num_train",
        "loss = np.sum(residuals * residuals)", "mse_loss", feedback="the data loss is not averaged over N"),
    bug("mse-grad-not-averaged", MSE, "dW = 2.0 * X.T.dot(residuals) / num_train", "dW = 2.0 * X.T.dot(residuals)",
        "mse_loss", feedback="the data gradient is not averaged over N"),
    bug("mse-reg-grad-missing", MSE, "dW = 2.0 * X.T.dot(residuals) / num_train + 2 * reg * W",
        "dW = 2.0 * X.T.dot(residuals) / num_train", "mse_loss", feedback="regularization gradient is missing"),
    bug("mse-reg-half-convention", MSE, "/ num_train + reg * np.sum(W * W)", "/ num_train + 0.5 * reg * np.sum(W * W)",
        "mse_loss", feedback="1/2 convention"),
    bug("mse-grad-over-all-entries", MSE, "dW = 2.0 * X.T.dot(residuals) / num_train",
        "dW = 2.0 * X.T.dot(residuals) / residuals.size", "mse_loss", feedback="averaged over N * K"),
    # -- l2 / l1 ----------------------------------------------------------------------------------
    bug("l2-half-convention", REG, "loss = reg * np.sum(W * W)\n    dW = 2.0 * reg * W",
        "loss = 0.5 * reg * np.sum(W * W)\n    dW = reg * W", L2, feedback="1/2 convention"),
    bug("l2-modifies-W-in-place", REG, "    dW = 2.0 * reg * W\n", "    W *= 2.0 * reg\n    dW = W\n",
        L2, only=True, failing_check="does not modify its inputs", feedback="modified W in place"),
    bug("l2-returns-dW-loss", REG, "    dW = 2.0 * reg * W\n" + RETURN,
        "    dW = 2.0 * reg * W\n" + RETURN.replace("return float(loss), dW", "return dW, float(loss)"),
        L2, feedback="they are swapped: return loss, dW", return_line=True),
    bug("l2-grad-missing-factor-2", REG, "dW = 2.0 * reg * W", "dW = reg * W", L2,
        feedback="the derivative of reg * w ** 2 is 2 * reg * w"),
    bug("l2-grad-without-reg", REG, "dW = 2.0 * reg * W", "dW = 2.0 * W", L2,
        feedback="reg is not applied in the gradient"),
    bug("l2-loss-without-reg", REG, "loss = reg * np.sum(W * W)", "loss = np.sum(W * W)", L2,
        feedback="reg is not applied"),
    bug("l2-norm-not-squared", REG, "loss = reg * np.sum(W * W)", "loss = reg * np.linalg.norm(W)", L2,
        feedback="the norm is used instead of the squared norm"),
    bug("l2-square-of-sum", REG, "loss = reg * np.sum(W * W)", "loss = reg * np.sum(W) ** 2", L2,
        feedback="the sum of the weights is squared"),
    bug("l2-sum-of-gram-matrix", REG, "loss = reg * np.sum(W * W)", "loss = reg * np.sum(W.T.dot(W))", L2,
        feedback="products of different weights"),
    bug("l1-subgradient-one-at-zero", REG, "dW = reg * np.sign(W).astype(float)",
        "dW = reg * np.where(W >= 0, 1.0, -1.0)", L1,
        failing_check="uses the subgradient 0", feedback="subgradient at w == 0 must be 0"),
    bug("l1-missing-abs", REG, "loss = reg * np.sum(np.abs(W))", "loss = reg * np.sum(W)", L1,
        feedback="absolute value is missing"),
    bug("l1-grad-factor-2", REG, "dW = reg * np.sign(W).astype(float)", "dW = 2 * reg * np.sign(W).astype(float)",
        L1, feedback="the factor 2 belongs to L2's gradient"),
    bug("l1-grad-l2-gradient", REG, "dW = reg * np.sign(W).astype(float)", "dW = 2 * reg * W", L1,
        feedback="the L2 gradient is used"),
    bug("l1-norm-1-of-matrix", REG, "loss = reg * np.sum(np.abs(W))", "loss = reg * np.linalg.norm(W, 1)", L1,
        feedback="largest column sum"),
    bug("l1-grad-W-over-abs-W", REG, "dW = reg * np.sign(W).astype(float)", "dW = reg * W / np.abs(W)", L1,
        feedback="W / np.abs(W)"),
    bug("l1-grad-ones", REG, "dW = reg * np.sign(W).astype(float)", "dW = reg * np.ones_like(W)", L1,
        feedback="sign(w), not 1"),
    bug("l1-squared-penalty", REG, "loss = reg * np.sum(np.abs(W))", "loss = reg * np.sum(W * W)", L1,
        feedback="the L2 penalty (squares) is used"),
    bug("l1-grad-without-reg", REG, "dW = reg * np.sign(W).astype(float)", "dW = np.sign(W).astype(float)", L1,
        feedback="reg is not applied in the gradient"),
    # -- binary_svm_loss ---------------------------------------------------------------------------------
    bug("binary-targets-as-0-1-labels", BINARY, BINARY_MARGINS,
        "    t = (t == 1).astype(float)  # labels 0 and 1\n" + BINARY_MARGINS, BINARY_LOSS,
        feedback="labels in {0, 1}"),
    bug("binary-loss-not-averaged", BINARY, BINARY_LOSS_LINE,
        "    loss = margins.sum() + reg * np.sum(w * w)\n", BINARY_LOSS, feedback="data loss is not averaged over N"),
    bug("binary-grad-not-averaged", BINARY, BINARY_GRAD, "    dw = -X.T.dot(active * t) + 2 * reg * w\n",
        BINARY_LOSS, feedback="data gradient is not averaged over N"),
    bugs("binary-half-reg-convention", (
        (BINARY, BINARY_LOSS_LINE, "    loss = margins.sum() / num_train + 0.5 * reg * np.sum(w * w)\n"),
        (BINARY, BINARY_GRAD, "    dw = -X.T.dot(active * t) / num_train + reg * w\n"),
    ), BINARY_LOSS, feedback="1/2 convention"),
    bug("binary-grad-sign-flipped", BINARY, BINARY_GRAD, "    dw = X.T.dot(active * t) / num_train + 2 * reg * w\n",
        BINARY_LOSS, feedback="the gradient has the wrong sign"),
    bug("binary-margin-sign-flipped", BINARY, BINARY_MARGINS, "    margins = np.maximum(0.0, 1.0 + t * X.dot(w))\n",
        BINARY_LOSS, feedback="the margin has the wrong sign"),
    bug("binary-no-clip", BINARY, BINARY_MARGINS, "    margins = 1.0 - t * X.dot(w)\n", BINARY_LOSS,
        feedback="margins <= 0 are added too"),
    bug("binary-grad-every-example", BINARY, "    active = (margins > 0).astype(X.dtype)\n",
        "    active = np.ones_like(margins)\n", BINARY_LOSS, feedback="only those whose margin"),
    bug("binary-margin-without-1", BINARY, BINARY_MARGINS, "    margins = np.maximum(0.0, -t * X.dot(w))\n",
        BINARY_LOSS, feedback="the margin 1 is missing"),
    bug("binary-reg-grad-missing", BINARY, BINARY_GRAD, "    dw = -X.T.dot(active * t) / num_train\n",
        BINARY_LOSS, feedback="regularization gradient is missing"),
    bug("binary-loop-over-examples", BINARY, BINARY_MARGINS,
        "    margins = np.array([max(0.0, 1.0 - t_i * x_i.dot(w)) for x_i, t_i in zip(X, t)])\n", BINARY_LOSS,
        only=True, failing_check="has no Python loops", feedback="whole-array operations only"),
    bug("binary-dw-float32", BINARY, BINARY_RETURN,
        BINARY_RETURN.replace("return float(loss), dw", "return float(loss), dw.astype(np.float32)"), BINARY_LOSS,
        failing_check="returns (loss, dw)", feedback="float32", return_line=True, only=True),
    # -- train_one_vs_all / train_one_vs_one (graded with the grader's loss, sample_batch and sgd_step) -----
    bug("ova-targets-0-1", BINARY, "        t = np.where(y == c, 1, -1)\n", "        t = (y == c).astype(int)\n",
        TRAIN_OVA, feedback="labels in {0, 1} instead of {-1, +1}"),
    bug("ova-targets-reversed", BINARY, "        t = np.where(y == c, 1, -1)\n", "        t = np.where(y == c, -1, 1)\n",
        TRAIN_OVA, feedback="the wrong class as +1"),
    bug("ova-w-not-reset", BINARY, OVA_LOOP,
        "    w = np.zeros(X.shape[1])\n    for c in range(int(num_classes)):\n        t = np.where(y == c, 1, -1)\n",
        TRAIN_OVA, feedback="each from np.zeros(D)"),
    bug("ova-fresh-rng-for-batches", BINARY, OVA_BATCH,
        OVA_BATCH.replace("batch_size, rng)", "batch_size, np.random.default_rng())"), TRAIN_OVA,
        failing_check="depends on rng only", feedback="for the same rng seed"),
    bug("ova-ignores-batch-size-none", BINARY, OVA_BATCH,
        OVA_BATCH.replace("batch_size, rng)", "batch_size or len(X), rng)"), TRAIN_OVA,
        failing_check="draws each classifier's batches", feedback="batch_size=None"),
    bug("ova-loss-on-all-rows", BINARY, OVA_BATCH, OVA_BATCH.replace("binary_svm_loss(w, X_batch, t_batch, reg)",
                                                                     "binary_svm_loss(w, X, t, reg)"),
        TRAIN_OVA, feedback="not on the batch of"),
    bug("ova-loss-without-reg", BINARY, OVA_BATCH, OVA_BATCH.replace("t_batch, reg)", "t_batch, 0.0)"), TRAIN_OVA,
        feedback="instead of the reg it was given"),
    bug("ovo-pair-trained-on-all-rows", BINARY, OVO_PAIR, "        X_pair, t_pair = X, np.where(y == i, 1, -1)\n",
        TRAIN_OVO, failing_check="draws each classifier's batches", feedback="a pair trained on all rows"),
    bug("ovo-second-class-positive", BINARY, OVO_PAIR, OVO_PAIR.replace("y[rows] == i", "y[rows] == j"), TRAIN_OVO,
        feedback="the wrong class as +1"),
    bug("ovo-targets-0-1", BINARY, OVO_PAIR, OVO_PAIR.replace("== i, 1, -1)", "== i, 1, 0)"), TRAIN_OVO,
        feedback="labels in {0, 1} instead of {-1, +1}"),
    bug("ovo-pairs-ordered-by-second-class", BINARY, "    for p, (i, j) in enumerate(pairs):\n",
        "    for p, (i, j) in enumerate(sorted(pairs.tolist(), key=lambda pair: (pair[1], pair[0]))):\n", TRAIN_OVO,
        feedback="the order of one_vs_one_pairs"),
    bugs("ovo-w-not-reset", (
        (BINARY, "    for p, (i, j) in enumerate(pairs):\n",
         "    w = np.zeros(X.shape[1])\n    for p, (i, j) in enumerate(pairs):\n"),
        (BINARY, "        w = np.zeros(X.shape[1])\n        for _ in range(num_iters):\n"
         "            X_batch, t_batch = sample_batch(X_pair",
         "        for _ in range(num_iters):\n            X_batch, t_batch = sample_batch(X_pair"),
    ), TRAIN_OVO, feedback="each from np.zeros(D)", misleading="the wrong class as +1"),
    bug("ovo-ignores-learning-rate", BINARY, OVO_STEP, OVO_STEP.replace("sgd_step(w, dw, learning_rate)",
                                                                        "sgd_step(w, dw, 0.01)"),
        TRAIN_OVO, failing_check="returns W", feedback="pass on its own learning_rate"),
    # -- l1_proximal_step ----------------------------------------------------------------------------
    bug("prox-threshold-reg", REG, "    threshold = learning_rate * reg\n", "    threshold = reg\n", PROX,
        feedback="the threshold is reg"),
    bug("prox-subgradient-step", REG, PROX_LINE, "    W_new = W - threshold * np.sign(W)\n", PROX,
        feedback="crosses 0 instead of stopping there"),
    bug("prox-hard-threshold", REG, PROX_LINE, "    W_new = np.where(np.abs(W) > threshold, W, 0.0)\n", PROX,
        feedback="hard thresholding"),
    bug("prox-sign-lost", REG, PROX_LINE, "    W_new = np.maximum(np.abs(W) - threshold, 0.0)\n", PROX,
        feedback="the sign is lost"),
    bug("prox-l2-shrinkage", REG, PROX_LINE, "    W_new = W / (1.0 + 2.0 * threshold)\n", PROX,
        feedback="the proximal step of L2"),
    bug("prox-threshold-doubled", REG, "    threshold = learning_rate * reg\n",
        "    threshold = 2 * learning_rate * reg\n", PROX, feedback="the threshold is doubled"),
    bug("prox-in-place", REG, PROX_LINE,
        "    W[np.abs(W) <= threshold] = 0.0\n    W -= threshold * np.sign(W)\n    W_new = W\n", PROX,
        only=True, failing_check="returns a new float64 array", feedback="modified W in place"),
    # -- LinearClassifier.train_l1_proximal (graded with the grader's helpers) -------------------------
    bug("prox-train-proximal-before-gradient", CLASSIFIER, PROX_STEPS,
        "            shrunk = l1_proximal_step(self.W, learning_rate, reg)\n"
        "            self.W = sgd_step(shrunk, data_grad, learning_rate)\n", PROX_TRAIN,
        feedback="the proximal step before the gradient step"),
    bug("prox-train-reg-in-the-loss", CLASSIFIER, "data_grad = self.loss(X_batch, y_batch, 0.0)",
        "data_grad = self.loss(X_batch, y_batch, reg)",
        PROX_TRAIN, feedback="the data loss takes reg=0.0"),
    bug("prox-train-no-proximal-step", CLASSIFIER, PROX_STEPS,
        "            self.W = sgd_step(self.W, data_grad, learning_rate)\n", PROX_TRAIN,
        feedback="never called l1_proximal_step"),
    bug("prox-train-arguments-swapped", CLASSIFIER, "l1_proximal_step(stepped, learning_rate, reg)",
        "l1_proximal_step(stepped, reg, learning_rate)", PROX_TRAIN, feedback="in that order"),
    bug("prox-train-proximal-of-the-old-weights", CLASSIFIER, "l1_proximal_step(stepped, learning_rate, reg)",
        "l1_proximal_step(self.W, learning_rate, reg)", PROX_TRAIN,
        feedback="to the weights sgd_step returned"),
    bug("prox-train-history-without-penalty", CLASSIFIER,
        "history.append(float(data_loss) + reg * float(np.sum(np.abs(self.W))))",
        "history.append(float(data_loss))", PROX_TRAIN, only=True, failing_check="returns one loss per step",
        feedback="the penalty reg * np.sum(np.abs(W)) is missing"),
    # -- sample_batch (train calls it: a legitimate dependent) --------------------------------------
    bug("sample_batch-separate-draws-for-labels", OPTIM, "    y_batch = y[indices]\n",
        "    y_batch = y[rng.choice(X.shape[0], size=int(batch_size), replace=True)]\n", "sample_batch",
        feedback="labels do not belong to its rows", dependents=(TRAIN,)),
    bug("sample_batch-always-first-rows", OPTIM,
        "indices = rng.choice(X.shape[0], size=int(batch_size), replace=True)",
        "indices = np.arange(int(batch_size)) % X.shape[0]", "sample_batch",
        feedback="same batch", dependents=(TRAIN,)),
    bug("sample_batch-fresh-seeded-rng-every-call", OPTIM,
        "indices = rng.choice(X.shape[0], size=int(batch_size), replace=True)",
        "indices = np.random.default_rng(0).choice(X.shape[0], size=int(batch_size), replace=True)",
        "sample_batch", feedback="same batch", dependents=(TRAIN,)),
    bug("sample_batch-global-np-random", OPTIM,
        "indices = rng.choice(X.shape[0], size=int(batch_size), replace=True)",
        "indices = np.random.choice(X.shape[0], size=int(batch_size), replace=True)", "sample_batch",
        feedback="draw with rng, not np.random", dependents=(TRAIN,)),
    bug("sample_batch-never-the-last-row", OPTIM,
        "indices = rng.choice(X.shape[0], size=int(batch_size), replace=True)",
        "indices = rng.integers(0, X.shape[0] - 1, size=int(batch_size))", "sample_batch",
        feedback="never drew some rows of X", dependents=(TRAIN,)),
    bug("sample_batch-labels-of-the-first-rows", OPTIM, "    y_batch = y[indices]\n",
        "    y_batch = y[:len(indices)]\n", "sample_batch", feedback="labels do not belong to its rows",
        dependents=(TRAIN,)),
    # -- sgd_step (train calls it) ----------------------------------------------------------------
    bug("sgd_step-in-place", OPTIM, "    W_new = W - learning_rate * dW\n",
        "    W -= learning_rate * dW\n    W_new = W\n", "sgd_step", feedback="changed W in place"),
    bug("sgd_step-plus", OPTIM, "W_new = W - learning_rate * dW", "W_new = W + learning_rate * dW", "sgd_step",
        feedback="along the gradient", dependents=(TRAIN,)),
    bug("sgd_step-ignores-learning-rate", OPTIM, "W_new = W - learning_rate * dW", "W_new = W - dW", "sgd_step",
        feedback="the learning rate is not applied", dependents=(TRAIN,)),
    # -- LinearClassifier.train ---------------------------------------------------------------------
    bug("train-no-history", CLASSIFIER, "            loss_history.append(float(loss))\n", "", TRAIN,
        failing_check="returns the list of the losses", feedback="history of 0 losses"),
    bug("train-history-reset-every-step", CLASSIFIER, "loss_history.append(float(loss))",
        "loss_history = [float(loss)]", TRAIN, feedback="history of 1 losses"),
    bug("train-history-appended-after-update", CLASSIFIER,
        "            loss_history.append(float(loss))\n"
        "            self.W = sgd_step(self.W, grad, learning_rate)\n",
        "            self.W = sgd_step(self.W, grad, learning_rate)\n"
        "            loss_history.append(float(self.loss(X_batch, y_batch, reg)[0]))\n", TRAIN,
        feedback="does not hold the loss that self.loss returned at each step"),
    bug("train-ignores-batch-size-none", CLASSIFIER, "= sample_batch(X, y, batch_size, rng)",
        "= sample_batch(X, y, batch_size or X.shape[0], rng)", TRAIN,
        failing_check="uses all N examples", feedback="batch_size=None"),
    bug("train-fresh-rng-for-batches", CLASSIFIER, "= sample_batch(X, y, batch_size, rng)",
        "= sample_batch(X, y, batch_size, np.random.default_rng())", TRAIN,
        failing_check="depends on rng only", feedback="same rng seed"),
    bug("train-ascends-the-gradient", CLASSIFIER, "self.W = sgd_step(self.W, grad, learning_rate)\n",
        "self.W = sgd_step(self.W, -grad, learning_rate)\n", TRAIN, feedback="moved along the gradient"),
    bug("train-loss-on-all-of-X", CLASSIFIER, "    loss, grad = self.loss(X_batch, y_batch, reg)",
        "    loss, grad = self.loss(X, y, reg)", TRAIN, feedback="stochastic gradient descent uses one example"),
    bug("train-loss-without-reg", CLASSIFIER, "    loss, grad = self.loss(X_batch, y_batch, reg)",
        "    loss, grad = self.loss(X_batch, y_batch, 0.0)", TRAIN, feedback="instead of the reg it was given"),
    # -- LinearClassifier.predict -----------------------------------------------------------------------
    bug("predict-float-labels", CLASSIFIER, "y_pred = np.argmax(scores, axis=1)",
        "y_pred = np.argmax(scores, axis=1).astype(float)", "LinearClassifier.predict",
        only=True, failing_check="returns an integer array", feedback="labels must be integers"),
    bug("predict-argmin", CLASSIFIER, "y_pred = np.argmax(scores, axis=1)", "y_pred = np.argmin(scores, axis=1)",
        "LinearClassifier.predict", failing_check="predicts the class with the highest score",
        feedback="np.argmin instead of np.argmax"),
    bug("predict-argmax-over-axis-0", CLASSIFIER, "y_pred = np.argmax(scores, axis=1)",
        "y_pred = np.argmax(scores, axis=0)", "LinearClassifier.predict", feedback="over axis 0"),
    bug("predict-returns-scores", CLASSIFIER, "y_pred = np.argmax(scores, axis=1)", "y_pred = scores",
        "LinearClassifier.predict", feedback="returns the scores"),
    bug("predict-ties-to-highest-class", CLASSIFIER, "y_pred = np.argmax(scores, axis=1)",
        "y_pred = scores.shape[1] - 1 - np.argmax(scores[:, ::-1], axis=1)", "LinearClassifier.predict",
        feedback="ties go to the highest class index"),
    # -- one-vs-all / one-vs-one -----------------------------------------------------------------------
    bug("ova-argmin", MULTICLASS, "y_pred = np.argmax(scores, axis=1)", "y_pred = np.argmin(scores, axis=1)",
        OVA, feedback="picks the lowest score"),
    bug("ova-argmax-over-axis-0", MULTICLASS, "y_pred = np.argmax(scores, axis=1)",
        "y_pred = np.argmax(scores, axis=0)", OVA, feedback="taken over the examples (axis=0)"),
    bug("ova-max-instead-of-argmax", MULTICLASS, "y_pred = np.argmax(scores, axis=1)",
        "y_pred = np.max(scores, axis=1)", OVA, feedback="the highest score itself, not its class"),
    bug("ova-ties-to-highest-class", MULTICLASS, "y_pred = np.argmax(scores, axis=1)",
        "y_pred = scores.shape[1] - 1 - np.argmax(scores[:, ::-1], axis=1)", OVA,
        feedback="a tie between scores goes to the highest class index"),
    bug("ovo-ties-to-highest-class", MULTICLASS, "y_pred = np.argmax(votes, axis=1)",
        "y_pred = votes.shape[1] - 1 - np.argmax(votes[:, ::-1], axis=1)", OVO,
        only=True, failing_check="breaks ties in votes", feedback="goes to the highest tied class"),
    bug("ovo-zero-score-votes-second", MULTICLASS, "np.where(scores >= 0", "np.where(scores > 0",
        OVO, only=True, failing_check="counts a score of exactly 0", feedback="exactly 0"),
    bug("ovo-pairs-in-another-order", MULTICLASS, "    winners = np.where(scores >= 0",
        "    pairs = np.array([(i, j) for j in range(num_classes) for i in range(j)])\n"
        "    winners = np.where(scores >= 0", OVO, feedback="the pairs are not in the kit's order",
        misleading="broke a tie"),
    bug("ovo-adds-signed-scores", MULTICLASS, OVO_VOTES,
        "    votes = np.zeros((X.shape[0], int(num_classes)))\n"
        "    np.add.at(votes, (np.arange(X.shape[0])[:, np.newaxis], pairs[:, 0]), scores)\n"
        "    np.add.at(votes, (np.arange(X.shape[0])[:, np.newaxis], pairs[:, 1]), -scores)\n", OVO,
        feedback="the pairwise scores are added up", misleading="broke a tie"),
    bug("ovo-votes-weighted-by-score", MULTICLASS, OVO_VOTES,
        "    votes = np.zeros((X.shape[0], int(num_classes)))\n"
        "    np.add.at(votes, (np.arange(X.shape[0])[:, np.newaxis], winners), np.abs(scores))\n", OVO,
        feedback="weighted by the size of the scores"),
    bug("ovo-votes-the-wrong-way-round", MULTICLASS, "np.where(scores >= 0, pairs[:, 0], pairs[:, 1])",
        "np.where(scores >= 0, pairs[:, 1], pairs[:, 0])", OVO, feedback="the votes are the wrong way round"),
    bug("ovo-argmin-of-votes", MULTICLASS, "y_pred = np.argmax(votes, axis=1)", "y_pred = np.argmin(votes, axis=1)",
        OVO, feedback="the fewest votes"),
    bug("ovo-fancy-index-increment", MULTICLASS,
        "    np.add.at(votes, (np.arange(X.shape[0])[:, np.newaxis], winners), 1)\n",
        "    votes[np.arange(X.shape[0])[:, np.newaxis], winners] += 1\n", OVO,
        feedback="repeated indices are not accumulated"),
    # -- train_one_vs_all / train_one_vs_one, continued (the self-checks of the trainers follow these too) -----------
    bug("ova-trains-on-raw-labels", BINARY, "        t = np.where(y == c, 1, -1)\n", "        t = y\n", TRAIN_OVA,
        feedback="binary_svm_loss was given targets other than -1 and +1"),
    bug("ova-last-class-skipped", BINARY, "    for c in range(int(num_classes)):\n",
        "    for c in range(int(num_classes) - 1):\n", TRAIN_OVA, feedback="one per column of W"),
    bug("ovo-fixed-seed-rng", BINARY, OVO_STEP,
        OVO_STEP.replace("batch_size, rng)", "batch_size, np.random.default_rng(0))"), TRAIN_OVO,
        failing_check="depends on rng only", feedback="the same batches for two different rng seeds"),
]


# sentences that say only that something is wrong, not why: a naming phrase must appear outside them
GENERIC = [
    r"gives a loss of .*? relative to the expected value\.",
    r"gives a dW that differs from the expected gradient on .*?\(relative error [^)]*\)\.",
    r"gives a dw that differs from the expected gradient on .*?\(relative error [^)]*\)\.",
    r"gives \S+ for a \(7, 4\) W with reg=\S+, which is not the expected penalty\.",
    r"gives a wrong dW for a \(7, 4\) W with reg=\S+\.",
    r"is not checked for this until it passes .*",
    r"did not predict the majority vote for three hand-made examples .*? when it is < 0\.",
    r"did not predict the expected class for an example whose votes tie among \d+ classes "
    r"\(the lowest tied class must win\)\.",
    r"did not predict the highest-scoring class for every example \(N=25, C=4, with ties that go to the lower "
    r"index\)\.",
]
LIKELY_CAUSE = re.compile(r"Likely cause: (.*)\.$", re.MULTILINE)


