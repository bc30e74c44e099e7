"""The two building blocks of gradient descent: drawing a minibatch and taking a step.

``LinearClassifier.train`` combines them into batch gradient descent
(``batch_size=None``: every step sees all N examples), stochastic gradient
descent (``batch_size=1``) and minibatch gradient descent (any other size).

Randomness comes from a ``numpy.random.Generator`` passed in as ``rng``
(``np.random.default_rng(seed)``), never from the global ``np.random`` state,
so that a run can be repeated exactly by reusing the seed.
"""

import numbers

import numpy as np


def sample_batch(X, y, batch_size, rng):
    """Draw a random minibatch of examples with their labels.

    Parameters
    ----------
    X : ndarray, shape (N, D)
        All the training data, one example per row.
    y : ndarray, shape (N,)
        The labels (or targets) of the rows of X.
    batch_size : int or None
        Number of examples B to draw. ``None`` means the full batch: return
        all of X and y, in order (batch gradient descent).
    rng : numpy.random.Generator
        The source of randomness, for example ``np.random.default_rng(0)``.

    Returns
    -------
    X_batch : ndarray, shape (B, D)
        Rows of X.
    y_batch : ndarray, shape (B,)
        The labels of those rows: ``y_batch[k]`` is the label of ``X_batch[k]``.

    Notes
    -----
    Rows may be drawn with or without replacement, but ``batch_size`` larger
    than N must work (with replacement, then). Every call draws afresh from
    ``rng``, so two calls give different batches, and over many calls every
    row is drawn. With ``batch_size=None`` returning X and y themselves is
    fine: no copy is needed. X and y are not modified (no shuffling in
    place).
    """
    if len(X) != len(y):
        raise ValueError(f"sample_batch: X has {len(X)} rows but y has {len(y)} labels.")
    if batch_size is not None and (not isinstance(batch_size, numbers.Integral) or batch_size < 1):
        raise ValueError(f"sample_batch: batch_size must be a positive integer or None; got {batch_size!r}.")

    #############################################################################
    # TODO:                                                                     #
    # Store the minibatch in X_batch (shape (B, D)) and y_batch (shape (B,)).   #
    # - batch_size None: the full batch, all of X and y in their order          #
    #   (returning X and y themselves is fine).                                 #
    # - Otherwise: batch_size rows of X drawn at random with rng (never with    #
    #   np.random), with or without replacement, each with its own label. A     #
    #   batch_size larger than N must work. Every call draws a new batch.       #
    #############################################################################
    # *****START OF YOUR CODE (DO NOT DELETE/MODIFY THIS LINE)*****
    raise NotImplementedError('sample_batch is not implemented yet: write your code between START and END OF YOUR CODE in cs231n/optim.py')
    # *****END OF YOUR CODE (DO NOT DELETE/MODIFY THIS LINE)*****

    return X_batch, y_batch


def sgd_step(W, dW, learning_rate):
    """One step of (stochastic) gradient descent: move W against its gradient.

    Parameters
    ----------
    W : ndarray, shape (D, C)
        Current weights. Not modified.
    dW : ndarray, shape (D, C)
        Gradient of the loss with respect to W. Not modified.
    learning_rate : float
        Step size, > 0.

    Returns
    -------
    W_new : ndarray, shape (D, C)
        A new array: ``W - learning_rate * dW``.
    """
    if np.shape(W) != np.shape(dW):
        raise ValueError(f"sgd_step: W has shape {np.shape(W)} but dW has shape {np.shape(dW)}.")

    #############################################################################
    # TODO:                                                                     #
    # Store the updated weights, W - learning_rate * dW, in W_new: a new array. #
    # Do not modify W or dW in place (no `-=`): the caller may still need them. #
    #############################################################################
    # *****START OF YOUR CODE (DO NOT DELETE/MODIFY THIS LINE)*****
    raise NotImplementedError('sgd_step is not implemented yet: write your code between START and END OF YOUR CODE in cs231n/optim.py')
    # *****END OF YOUR CODE (DO NOT DELETE/MODIFY THIS LINE)*****

    return W_new
