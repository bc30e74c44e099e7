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
  array of the same shape as ``W``.
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
    # them in `loss` and `dW`.                                                  #
    #                                                                           #
    # For example i, with scores s = X[i].dot(W) of shape (C,):                 #
    #   subtract max(s) from s first (numerical stability),                     #
    #   p = exp(s) / sum(exp(s)),  L_i = -log(p[y[i]]).                         #
    # The gradient of L_i with respect to column j of W is (p[j] - 1[j == y[i]]) #
    # times X[i].                                                               #
    #                                                                           #
    # Then average over num_train and add reg * np.sum(W * W) to the loss and   #
    # 2 * reg * W to the gradient.                                              #
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
    """
    check_loss_inputs("softmax_loss_vectorized", W, X, y, reg)
    loss = 0.0
    dW = np.zeros(W.shape)  # initialize the gradient as zero

    #############################################################################
    # TODO:                                                                     #
    # Compute the same loss and gradient as softmax_loss_naive without any      #
    # Python loop (no `for`, no `while`, no comprehension).                     #
    #                                                                           #
    # 1. scores = X.dot(W), shape (N, C); subtract the max of each row          #
    #    (keepdims=True keeps the shape (N, 1) for broadcasting).               #
    # 2. log p = scores - log(sum(exp(scores), axis=1, keepdims=True));         #
    #    loss = -mean(log p[np.arange(N), y]) + reg * sum(W * W).               #
    # 3. dscores = p, minus 1 at [np.arange(N), y], divided by N;               #
    #    dW = X.T.dot(dscores) + 2 * reg * W.                                   #
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
