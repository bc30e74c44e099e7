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
"""

import numpy as np

from ..validation import check_binary_loss_inputs


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
    # and store them in `loss` and `dw` (shape (D,), like w):                   #
    #   loss = mean over i of max(0, 1 - t[i] * X[i].dot(w)) + reg * sum(w**2)  #
    # with the subgradient 0 where a margin is exactly 0. Deriving dw is the    #
    # exercise: binary.ipynb has hints.                                         #
    #############################################################################
    # *****START OF YOUR CODE (DO NOT DELETE/MODIFY THIS LINE)*****
    raise NotImplementedError('binary_svm_loss is not implemented yet: write your code between START and END OF YOUR CODE in cs231n/classifiers/binary_svm.py')
    # *****END OF YOUR CODE (DO NOT DELETE/MODIFY THIS LINE)*****

    return float(loss), dw
