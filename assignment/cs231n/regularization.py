"""Weight penalties: L2 (ridge, weight decay) and L1 (lasso).

Each function takes the weights ``W`` (any shape, usually (D, C)) and the
strength ``reg`` (lambda, >= 0), and returns ``(loss, dW)``: the penalty as a
Python float and its gradient, an array of the same shape as ``W`` (float64
for a float64 ``W``). ``W`` is not modified.

- L2: ``reg * np.sum(W * W)``, gradient ``2 * reg * W`` (no 1/2 in front).
- L1: ``reg * np.sum(np.abs(W))``, gradient ``reg * np.sign(W)``. ``|w|`` has
  no derivative at 0; this kit uses the subgradient 0 there, which is what
  ``np.sign(0) = 0`` gives.

In this kit the bias row is penalised like every other row, as in CS231n.
"""

import numpy as np

from .validation import check_reg


def l2_regularization(W, reg):
    """L2 penalty ``reg * sum(W ** 2)`` and its gradient.

    Parameters
    ----------
    W : ndarray, shape (D, C)
        Weights (any shape works).
    reg : float
        Regularization strength (lambda), >= 0.

    Returns
    -------
    loss : float
        ``reg * np.sum(W * W)``.
    dW : ndarray, same shape as W
        ``2 * reg * W``.
    """
    check_reg("l2_regularization", reg)

    #############################################################################
    # TODO:                                                                     #
    # Compute the L2 penalty reg * np.sum(W * W) and its gradient, and store    #
    # them in `loss` and `dW` (same shape as W). No 1/2 in front. Do not        #
    # modify W.                                                                 #
    #############################################################################
    # *****START OF YOUR CODE (DO NOT DELETE/MODIFY THIS LINE)*****
    raise NotImplementedError('l2_regularization is not implemented yet: write your code between START and END OF YOUR CODE in cs231n/regularization.py')
    # *****END OF YOUR CODE (DO NOT DELETE/MODIFY THIS LINE)*****

    return float(loss), dW


def l1_regularization(W, reg):
    """L1 penalty ``reg * sum(|W|)`` and its (sub)gradient.

    Parameters
    ----------
    W : ndarray, shape (D, C)
        Weights (any shape works).
    reg : float
        Regularization strength (lambda), >= 0.

    Returns
    -------
    loss : float
        ``reg * np.sum(np.abs(W))``.
    dW : ndarray, same shape as W
        ``reg * sign(W)``, with 0 where ``W == 0`` (the subgradient at 0).
    """
    check_reg("l1_regularization", reg)

    #############################################################################
    # TODO:                                                                     #
    # Compute the L1 penalty reg * np.sum(np.abs(W)) and its subgradient, and   #
    # store them in `loss` and `dW` (same shape as W). Where a weight is        #
    # exactly 0, the subgradient is 0 (this kit's convention). Do not modify W. #
    #############################################################################
    # *****START OF YOUR CODE (DO NOT DELETE/MODIFY THIS LINE)*****
    raise NotImplementedError('l1_regularization is not implemented yet: write your code between START and END OF YOUR CODE in cs231n/regularization.py')
    # *****END OF YOUR CODE (DO NOT DELETE/MODIFY THIS LINE)*****

    return float(loss), dW
