"""Softmax regression: the cross-entropy loss of a linear classifier.

Conventions used by every function in this file:

- ``W`` has shape (D, C), ``X`` has shape (N, D), ``y`` has shape (N,) with
  integer labels ``0 <= y[i] < C``.
- The probability of class j for example i is
  ``p[j] = exp(s[j]) / sum_k exp(s[k])`` with scores ``s = X[i].dot(W)``,
  and the loss of example i is ``-log(p[y[i]])``.
- Numerical stability: subtract the largest score of each example before
  exponentiating. This does not change p, and scores of 1e3 must give finite
  values, not ``inf`` or ``nan``.
- The data loss is averaged over the N examples.
- L2 regularization adds ``reg * np.sum(W * W)`` to the loss and
  ``2 * reg * W`` to the gradient (there is no 1/2 in front).
- Each function returns ``(loss, dW)``: ``loss`` a Python float, ``dW`` an
  array of the same shape as ``W`` (float64 for float64 inputs).
- ``W``, ``X`` and ``y`` are not modified, and nothing is random: the same
  inputs give the same result whatever the state of ``np.random``.
"""

import numpy as np

from ..validation import check_loss_inputs


def softmax_loss_naive(W, X, y, reg):
    """Softmax (cross-entropy) loss, computed with explicit loops.

    Parameters
    ----------
    W : ndarray, shape (D, C)
        Weights, one column per class.
    X : ndarray, shape (N, D)
        A minibatch of data, one example per row.
    y : ndarray, shape (N,)
        Training labels; ``y[i] = c`` means that ``X[i]`` has label c,
        where ``0 <= c < C``.
    reg : float
        L2 regularization strength (lambda), >= 0.

    Returns
    -------
    loss : float
        Cross-entropy averaged over N, plus ``reg * np.sum(W * W)``.
    dW : ndarray, shape (D, C)
        Gradient of the loss with respect to W.
    """
    check_loss_inputs("softmax_loss_naive", W, X, y, reg)
    loss = 0.0
    dW = np.zeros(W.shape)  # initialize the gradient as zero
    num_classes = W.shape[1]
    num_train = X.shape[0]

    #############################################################################
    # TODO:                                                                     #
    # Compute the softmax loss and its gradient with explicit loops, and store  #
    # them in `loss` (a number) and `dW` (shape (D, C), like W).                #
    #                                                                           #
    # For example i, with scores s = X[i].dot(W) of shape (C,), the probability #
    # of class j is p[j] = exp(s[j]) / sum_k exp(s[k]) and L_i = -log(p[y[i]]). #
    # The loss is the average of L_i over the N examples, plus the L2 penalty   #
    # reg * np.sum(W * W).                                                      #
    #                                                                           #
    # Numerical stability: scores around +-1e3, also mixed within one example,  #
    # must give a finite loss and gradient: subtract each example's largest     #
    # score before exponentiating (softmax.ipynb shows why).                    #
    # Deriving dW is the exercise: softmax.ipynb has hints.                     #
    #############################################################################
    ### BEGIN SOLUTION
    for i in range(num_train):
        scores = X[i].dot(W)
        scores = scores - np.max(scores)
        exp_scores = np.exp(scores)
        sum_exp = np.sum(exp_scores)
        loss += np.log(sum_exp) - scores[y[i]]
        for j in range(num_classes):
            p_j = exp_scores[j] / sum_exp
            dW[:, j] += (p_j - (j == y[i])) * X[i]

    loss /= num_train
    dW /= num_train

    loss += reg * np.sum(W * W)
    dW += 2 * reg * W
    ### END SOLUTION

    return float(loss), dW


def softmax_loss_vectorized(W, X, y, reg):
    """Softmax (cross-entropy) loss, vectorized: no Python loops.

    Inputs and outputs are the same as ``softmax_loss_naive``.

    Parameters
    ----------
    W : ndarray, shape (D, C)
        Weights, one column per class.
    X : ndarray, shape (N, D)
        A minibatch of data, one example per row.
    y : ndarray, shape (N,)
        Integer labels in [0, C).
    reg : float
        L2 regularization strength (lambda), >= 0.

    Returns
    -------
    loss : float
        Cross-entropy averaged over N, plus ``reg * np.sum(W * W)``.
    dW : ndarray, shape (D, C)
        Gradient of the loss with respect to W.

    Notes
    -----
    "No Python loops" covers everything the function runs: no ``for`` or
    ``while``, no comprehension or generator expression, no ``map``,
    ``filter``, ``functools.reduce``, recursion, ``np.vectorize``,
    ``np.frompyfunc``, ``np.apply_along_axis`` or ``np.fromiter``, neither here
    nor in any helper it calls (in this file or another module of the
    package). Code built at run time (``exec``, ``eval``) cannot be checked
    and counts as a loop. Loops at the top level of a module are fine.

    It must also run at least 6x faster than a naive loop over the
    examples and classes (such as ``softmax_loss_naive``), timed side by side on many
    short rows (N=2000, D=64, C=10).
    """
    check_loss_inputs("softmax_loss_vectorized", W, X, y, reg)
    loss = 0.0
    dW = np.zeros(W.shape)  # initialize the gradient as zero

    #############################################################################
    # TODO:                                                                     #
    # Compute the same loss and gradient as softmax_loss_naive without any      #
    # Python loop (see Notes), and store them in `loss` and `dW`, shape (D, C). #
    # It must stay finite for the same large scores as the naive version:       #
    # subtract each example's own largest score (each row's max, not the max of #
    # the whole matrix). softmax.ipynb has hints.                               #
    #############################################################################
    ### BEGIN SOLUTION
    num_train = X.shape[0]
    rows = np.arange(num_train)
    scores = X.dot(W)
    scores -= scores.max(axis=1, keepdims=True)
    log_probs = scores - np.log(np.exp(scores).sum(axis=1, keepdims=True))
    loss = -log_probs[rows, y].mean() + reg * np.sum(W * W)

    dscores = np.exp(log_probs)
    dscores[rows, y] -= 1.0
    dscores /= num_train
    dW = X.T.dot(dscores) + 2 * reg * W
    ### END SOLUTION

    return float(loss), dW
