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


def l1_proximal_step(W, learning_rate, reg):
    """The proximal step of the L1 penalty (soft-thresholding): what makes L1 reach exact zeros.

    Subgradient descent on ``reg * np.sum(np.abs(W))`` moves every weight by
    ``learning_rate * reg`` toward 0 and past it: a weight almost never lands
    on 0 exactly. Proximal gradient descent takes the data-loss step first
    and then this step, which moves each weight toward 0 by
    ``learning_rate * reg`` but stops at 0: every weight with
    ``|w| <= learning_rate * reg`` becomes exactly 0.

    Parameters
    ----------
    W : ndarray, any shape
        Weights (after the data-loss gradient step).
    learning_rate : float
        The step size of that gradient step, >= 0.
    reg : float
        L1 regularization strength (lambda), >= 0.

    Returns
    -------
    W_new : ndarray, same shape as W
        ``sign(W) * max(|W| - learning_rate * reg, 0)``, a new array (W is
        not modified), float64 for a float64 W.
    """
    check_reg("l1_proximal_step", reg)
    check_reg("l1_proximal_step (learning_rate)", learning_rate)
    W_new = np.array(W, dtype=float, copy=True)

    #############################################################################
    # TODO:                                                                     #
    # Soft-threshold W without Python loops and without modifying W: move each  #
    # weight toward 0 by learning_rate * reg, and set it to exactly 0 where it  #
    # would cross 0 (|w| <= learning_rate * reg). Store the result in `W_new`.  #
    # binary.ipynb has hints.                                                   #
    #############################################################################
    # *****START OF YOUR CODE (DO NOT DELETE/MODIFY THIS LINE)*****
    raise NotImplementedError('l1_proximal_step is not implemented yet: write your code between START and END OF YOUR CODE in cs231n/regularization.py')
    # *****END OF YOUR CODE (DO NOT DELETE/MODIFY THIS LINE)*****

    return W_new
