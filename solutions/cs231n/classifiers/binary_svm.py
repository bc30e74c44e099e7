"""Binary linear SVMs: the hinge loss of one classifier, and training several of them.

Conventions used by every function in this file:

- A binary classifier is one weight vector ``w`` of shape (D,); it scores
  example i with ``X[i].dot(w)``.
- Its targets ``t`` have shape (N,) and hold -1 or +1 (not class labels 0
  and 1): ``t[i] = +1`` means that example i is on the positive side.
- The hinge loss of example i is ``max(0, 1 - t[i] * X[i].dot(w))``: the
  margin is 1, as in the multiclass SVM.
- The data loss is averaged over the N examples.
- L2 regularization adds ``reg * np.sum(w * w)`` to the loss and
  ``2 * reg * w`` to the gradient (there is no 1/2 in front).
- The loss returns ``(loss, dw)``: ``loss`` a Python float, ``dw`` an array
  of the same shape as ``w`` (float64 for float64 inputs).
- ``w``, ``X`` and ``t`` are not modified, and nothing is random.
- ``train_one_vs_all`` and ``train_one_vs_one`` train one binary classifier
  per column of the W they return, each from ``w = 0``, with
  ``binary_svm_loss``, ``sample_batch`` and ``sgd_step``; all their
  randomness comes from ``rng`` (the batches).
"""

import numpy as np

from ..optim import sample_batch, sgd_step
from ..validation import check_binary_loss_inputs, check_training_data


def binary_svm_loss(w, X, t, reg):
    """Binary SVM (hinge) loss of one linear classifier, vectorized: no Python loops.

    Parameters
    ----------
    w : ndarray, shape (D,)
        The weights of one binary classifier.
    X : ndarray, shape (N, D)
        A minibatch of data, one example per row.
    t : ndarray, shape (N,)
        Targets in {-1, +1}.
    reg : float
        L2 regularization strength (lambda), >= 0.

    Returns
    -------
    loss : float
        ``np.mean(np.maximum(0, 1 - t * X.dot(w))) + reg * np.sum(w * w)``.
    dw : ndarray, shape (D,)
        A (sub)gradient of the loss with respect to w.

    Notes
    -----
    "No Python loops" covers everything the function runs: no ``for`` or
    ``while``, no comprehension or generator expression, no ``map``,
    ``filter``, ``functools.reduce``, recursion, ``np.vectorize``,
    ``np.frompyfunc``, ``np.apply_along_axis`` or ``np.fromiter``, neither here
    nor in any helper it calls (in this file or another module of the
    package). Code built at run time (``exec``, ``eval``) cannot be checked
    and counts as a loop. Loops at the top level of a module are fine.

    At the kink (a margin ``1 - t[i] * X[i].dot(w)`` of exactly 0) the hinge
    has no slope; this kit uses the subgradient 0 there: only examples with a
    margin > 0 add to dw.
    """
    check_binary_loss_inputs("binary_svm_loss", w, X, t, reg)
    loss = 0.0
    dw = np.zeros(w.shape)

    #############################################################################
    # TODO:                                                                     #
    # Compute the binary hinge loss and its subgradient without Python loops,   #
    # and store them in `loss` and `dw` (shape (D,), like w): loss = mean over  #
    # i of max(0, 1 - t[i] * X[i].dot(w)) + reg * sum(w**2) with the            #
    # subgradient 0 where a margin is exactly 0. Deriving dw is the exercise:   #
    # binary.ipynb has hints.                                                   #
    #############################################################################
    ### BEGIN SOLUTION
    num_train = X.shape[0]
    margins = np.maximum(0.0, 1.0 - t * X.dot(w))
    loss = margins.sum() / num_train + reg * np.sum(w * w)
    active = (margins > 0).astype(X.dtype)
    dw = -X.T.dot(active * t) / num_train + 2 * reg * w
    ### END SOLUTION

    return float(loss), dw


def _check_classes(name, y, num_classes):
    if not isinstance(num_classes, (int, np.integer)) or num_classes < 2:
        raise ValueError(f"{name}: num_classes must be an integer >= 2; got {num_classes!r}.")
    if y.max() >= num_classes:
        raise ValueError(f"{name}: labels must lie in [0, num_classes) = [0, {num_classes}); got {y.max()}.")


def train_one_vs_all(X, y, num_classes, learning_rate=1e-2, reg=1e-4, num_iters=100, batch_size=200, rng=None):
    """Train C binary SVMs, one per class: class c (+1) against all the others (-1).

    Parameters
    ----------
    X : ndarray, shape (N, D)
        Training data, one example per row.
    y : ndarray, shape (N,)
        Integer labels in [0, C).
    num_classes : int
        C.
    learning_rate, reg : float
        The SGD step size and the L2 strength passed to ``binary_svm_loss``.
    num_iters : int
        Steps of each classifier.
    batch_size : int or None
        Passed to ``sample_batch`` (None: all N examples at every step).
    rng : numpy.random.Generator or None
        Every batch is drawn from it (None: a new unseeded one).

    Returns
    -------
    W : ndarray, shape (D, C)
        Column c is the classifier of class c, trained from w = 0 for
        ``num_iters`` steps on all N examples with targets ``+1`` where
        ``y == c`` and ``-1`` elsewhere.
    """
    check_training_data("train_one_vs_all", X, y)
    _check_classes("train_one_vs_all", y, num_classes)
    rng = np.random.default_rng() if rng is None else rng
    W = np.zeros((X.shape[1], int(num_classes)))

    #############################################################################
    # TODO:                                                                     #
    # For each class c in 0..C-1, in order: make the targets t (+1 where y ==   #
    # c, -1 elsewhere), start from w = np.zeros(D), and take num_iters steps:   #
    # draw a batch of (X, t) with sample_batch(..., batch_size, rng), compute   #
    # (loss, dw) with binary_svm_loss, and update w with sgd_step. Store the    #
    # trained w in column c of W. binary.ipynb has hints.                       #
    #############################################################################
    ### BEGIN SOLUTION
    for c in range(int(num_classes)):
        t = np.where(y == c, 1, -1)
        w = np.zeros(X.shape[1])
        for _ in range(num_iters):
            X_batch, t_batch = sample_batch(X, t, batch_size, rng)
            _, dw = binary_svm_loss(w, X_batch, t_batch, reg)
            w = sgd_step(w, dw, learning_rate)
        W[:, c] = w
    ### END SOLUTION

    return W


def train_one_vs_one(X, y, num_classes, learning_rate=1e-2, reg=1e-4, num_iters=100, batch_size=200, rng=None):
    """Train C(C-1)/2 binary SVMs, one per pair of classes (i, j), i < j, in ``one_vs_one_pairs`` order.

    Parameters
    ----------
    X, y, num_classes, learning_rate, reg, num_iters, batch_size, rng
        As in ``train_one_vs_all``.

    Returns
    -------
    W : ndarray, shape (D, P), P = C * (C - 1) / 2
        Column p is the classifier of pair p = (i, j) of
        ``one_vs_one_pairs(C)``, trained from w = 0 for ``num_iters`` steps on
        the examples of classes i and j only, with targets ``+1`` for class i
        (the first of the pair) and ``-1`` for class j. A pair with no
        examples keeps w = 0.
    """
    check_training_data("train_one_vs_one", X, y)
    _check_classes("train_one_vs_one", y, num_classes)
    rng = np.random.default_rng() if rng is None else rng
    # the pairs (i, j), i < j, in the order of one_vs_one_pairs (multiclass.py), without importing it: a broken
    # multiclass.py must not break this file
    pairs = np.stack(np.triu_indices(int(num_classes), k=1), axis=1)
    W = np.zeros((X.shape[1], len(pairs)))

    #############################################################################
    # TODO:                                                                     #
    # For each pair p = (i, j) of `pairs` (one_vs_one_pairs order), in order:   #
    # keep the rows of X whose label is i or j, make their targets (+1 for      #
    # class i, -1 for class j), start from w = np.zeros(D) and take num_iters   #
    # steps as in train_one_vs_all (sample_batch from those rows only,          #
    # binary_svm_loss, sgd_step). Store the trained w in column p of W.         #
    # binary.ipynb has hints.                                                   #
    #############################################################################
    ### BEGIN SOLUTION
    for p, (i, j) in enumerate(pairs):
        rows = (y == i) | (y == j)
        if not np.any(rows):
            continue
        X_pair, t_pair = X[rows], np.where(y[rows] == i, 1, -1)
        w = np.zeros(X.shape[1])
        for _ in range(num_iters):
            X_batch, t_batch = sample_batch(X_pair, t_pair, batch_size, rng)
            _, dw = binary_svm_loss(w, X_batch, t_batch, reg)
            w = sgd_step(w, dw, learning_rate)
        W[:, p] = w
    ### END SOLUTION

    return W
