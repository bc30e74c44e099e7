"""Linear regression with the mean squared error (MSE) loss.

Conventions:

- ``W`` has shape (D, K), ``X`` has shape (N, D), and the targets ``y`` have
  shape (N, K): K real-valued outputs per example (K = 1 for ordinary
  single-output regression; keep y two-dimensional, shape (N, 1)).
- The prediction for example i is ``X[i].dot(W)``, shape (K,).
- The data loss sums the squared errors over the K outputs and averages over
  the N examples: ``(1/N) * sum_i ||X[i].dot(W) - y[i]||**2``.
  (There is no 1/2 in front.)
- L2 regularization adds ``reg * np.sum(W * W)`` to the loss and
  ``2 * reg * W`` to the gradient.
- The function returns ``(loss, dW)``: ``loss`` a Python float, ``dW`` an
  array of the same shape as ``W`` (float64 for float64 inputs).
- ``W``, ``X`` and ``y`` are not modified, and nothing is random: the same
  inputs give the same result whatever the state of ``np.random``.
"""

import numpy as np

from ..validation import check_regression_inputs


def mse_loss(W, X, y, reg):
    """Mean squared error of a linear regression, and its gradient.

    Parameters
    ----------
    W : ndarray, shape (D, K)
        Weights, one column per output.
    X : ndarray, shape (N, D)
        A minibatch of data, one example per row.
    y : ndarray, shape (N, K)
        Real-valued targets.
    reg : float
        L2 regularization strength (lambda), >= 0.

    Returns
    -------
    loss : float
        ``(1/N) * sum((X.dot(W) - y) ** 2) + reg * np.sum(W * W)``.
    dW : ndarray, shape (D, K)
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
    check_regression_inputs("mse_loss", W, X, y, reg)
    loss = 0.0
    dW = np.zeros(W.shape)

    #############################################################################
    # TODO:                                                                     #
    # Compute the mean squared error and its gradient without Python loops, and #
    # store them in `loss` and `dW` (shape (D, K), like W):                     #
    #   loss = np.sum((X.dot(W) - y) ** 2) / N + reg * np.sum(W * W)            #
    # (no 1/2 in front). Deriving dW is the exercise: optimization.ipynb has    #
    # hints.                                                                    #
    #############################################################################
    # *****START OF YOUR CODE (DO NOT DELETE/MODIFY THIS LINE)*****
    raise NotImplementedError('mse_loss is not implemented yet: write your code between START and END OF YOUR CODE in cs231n/classifiers/linear_regression.py')
    # *****END OF YOUR CODE (DO NOT DELETE/MODIFY THIS LINE)*****

    return float(loss), dW
