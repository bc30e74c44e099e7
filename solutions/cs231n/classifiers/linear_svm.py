"""Multiclass SVM losses: the Weston-Watkins hinge loss and its squared variant.

Conventions used by every function in this file:

- ``W`` has shape (D, C), ``X`` has shape (N, D), ``y`` has shape (N,) with
  integer labels ``0 <= y[i] < C``.
- The scores of example i are ``s = X[i].dot(W)``, shape (C,).
- The margin is ``delta = 1``: class j != y[i] adds ``max(0, s[j] - s[y[i]] + 1)``.
  The correct class itself adds nothing.
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


def svm_loss_naive(W, X, y, reg):
    """Multiclass SVM (hinge) loss, computed with explicit loops.

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
        Hinge loss averaged over N, plus ``reg * np.sum(W * W)``.
    dW : ndarray, shape (D, C)
        Gradient of the loss with respect to W.

    Notes
    -----
    A margin of exactly 0 adds nothing to the loss, and either one-sided
    derivative (0 or 1) is accepted for dW there.
    """
    check_loss_inputs("svm_loss_naive", W, X, y, reg)
    dW = np.zeros(W.shape)  # initialize the gradient as zero
    loss = 0.0
    num_classes = W.shape[1]
    num_train = X.shape[0]

    #############################################################################
    # TODO:                                                                     #
    # Compute the multiclass SVM loss and its gradient with explicit loops over #
    # the examples i and the classes j. Store the loss in `loss` (a number) and #
    # the gradient in `dW` (shape (D, C), like W).                              #
    #                                                                           #
    # For example i, with scores s = X[i].dot(W) of shape (C,):                 #
    #   L_i = sum over j != y[i] of max(0, s[j] - s[y[i]] + 1)                  #
    # The loss is the average of L_i over the N examples plus the L2 penalty    #
    # reg * np.sum(W * W); dW is the gradient of all of it with respect to W.   #
    #                                                                           #
    # Deriving dW is the exercise: svm.ipynb has hints to open one at a time.   #
    # It may be simplest to compute dW in the same loops as the loss.           #
    #############################################################################
    ### BEGIN SOLUTION
    for i in range(num_train):
        scores = X[i].dot(W)
        correct_class_score = scores[y[i]]
        for j in range(num_classes):
            if j == y[i]:
                continue
            margin = scores[j] - correct_class_score + 1  # note delta = 1
            if margin > 0:
                loss += margin
                dW[:, j] += X[i]
                dW[:, y[i]] -= X[i]

    loss /= num_train
    dW /= num_train

    loss += reg * np.sum(W * W)
    dW += 2 * reg * W
    ### END SOLUTION

    return float(loss), dW


def svm_loss_vectorized(W, X, y, reg):
    """Multiclass SVM (hinge) loss, vectorized: no Python loops.

    Inputs and outputs are the same as ``svm_loss_naive``.

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
        Hinge loss averaged over N, plus ``reg * np.sum(W * W)``.
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
    examples and classes (such as ``svm_loss_naive``), timed side by side on many
    short rows (N=2000, D=64, C=10).

    A margin of exactly 0 adds nothing to the loss, and either one-sided
    derivative (0 or 1) is accepted for dW there.
    """
    check_loss_inputs("svm_loss_vectorized", W, X, y, reg)
    loss = 0.0
    dW = np.zeros(W.shape)  # initialize the gradient as zero

    #############################################################################
    # TODO:                                                                     #
    # Compute the same loss and gradient as svm_loss_naive without any Python   #
    # loop (see Notes), and store them in `loss` and `dW` (shape (D, C)).       #
    # Work with all N examples at once: a matrix of scores of shape (N, C),     #
    # and from it the matrix of margins. Instead of computing dW from scratch,  #
    # reuse values you computed for the loss. svm.ipynb has hints.              #
    #############################################################################
    ### BEGIN SOLUTION
    num_train = X.shape[0]
    rows = np.arange(num_train)
    scores = X.dot(W)
    correct_class_scores = scores[rows, y]
    margins = np.maximum(0.0, scores - correct_class_scores[:, np.newaxis] + 1.0)
    margins[rows, y] = 0.0
    loss = margins.sum() / num_train + reg * np.sum(W * W)

    coeffs = (margins > 0).astype(X.dtype)
    coeffs[rows, y] = -coeffs.sum(axis=1)
    dW = X.T.dot(coeffs) / num_train + 2 * reg * W
    ### END SOLUTION

    return float(loss), dW


def squared_hinge_loss_vectorized(W, X, y, reg):
    """Multiclass squared hinge loss (the L2-SVM), vectorized: no Python loops.

    For example i with scores ``s = X[i].dot(W)``::

        L_i = sum over j != y[i] of max(0, s[j] - s[y[i]] + 1) ** 2

    Squaring penalises large violations more than small ones and makes the
    loss differentiable at the hinge.

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
        Squared hinge loss averaged over N, plus ``reg * np.sum(W * W)``.
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
    check_loss_inputs("squared_hinge_loss_vectorized", W, X, y, reg)
    loss = 0.0
    dW = np.zeros(W.shape)  # initialize the gradient as zero

    #############################################################################
    # TODO:                                                                     #
    # Compute the squared hinge loss and its gradient without Python loops, and #
    # store them in `loss` and `dW` (shape (D, C)). For example i:              #
    #   L_i = sum over j != y[i] of max(0, s[j] - s[y[i]] + 1) ** 2             #
    # averaged over the N examples, plus reg * np.sum(W * W).                   #
    # Start from your svm_loss_vectorized: only how each margin enters the loss #
    # and the gradient changes. svm.ipynb has hints.                            #
    #############################################################################
    ### BEGIN SOLUTION
    num_train = X.shape[0]
    rows = np.arange(num_train)
    scores = X.dot(W)
    correct_class_scores = scores[rows, y]
    margins = np.maximum(0.0, scores - correct_class_scores[:, np.newaxis] + 1.0)
    margins[rows, y] = 0.0
    loss = np.sum(margins * margins) / num_train + reg * np.sum(W * W)

    coeffs = 2.0 * margins
    coeffs[rows, y] = -coeffs.sum(axis=1)
    dW = X.T.dot(coeffs) / num_train + 2 * reg * W
    ### END SOLUTION

    return float(loss), dW
