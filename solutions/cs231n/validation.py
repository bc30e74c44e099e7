"""Input checks shared by the losses and the optimizers.

These run before any student code, so that a wrong shape or an out-of-range
label stops with one sentence that names the function and the argument,
instead of a broadcasting error deep inside a loss.

Conventions checked (the same everywhere in this kit):

- ``W`` has shape (D, C): one column of weights per class.
- ``X`` has shape (N, D): one example per row.
- ``y`` has shape (N,): integer labels with ``0 <= y[i] < C``.
- ``reg`` is a non-negative number.
"""

import numbers

import numpy as np


def _shape(a):
    return getattr(a, "shape", None)


def check_weights_and_data(name, W, X):
    """Check that ``W`` is (D, C) and ``X`` is (N, D) with the same D.

    Parameters
    ----------
    name : str
        Name of the calling function, used in the error message.
    W : ndarray, shape (D, C)
    X : ndarray, shape (N, D)

    Raises
    ------
    ValueError
        If a shape is wrong, with a message naming ``name``.
    """
    if not isinstance(W, np.ndarray) or W.ndim != 2:
        raise ValueError(f"{name}: W must be a 2-D array of shape (D, C); got shape {_shape(W)}.")
    if not isinstance(X, np.ndarray) or X.ndim != 2:
        raise ValueError(f"{name}: X must be a 2-D array of shape (N, D); got shape {_shape(X)}.")
    if X.shape[1] != W.shape[0]:
        raise ValueError(
            f"{name}: X has shape {X.shape} but W has shape {W.shape}; "
            f"X must be (N, D) with D = W.shape[0] = {W.shape[0]} "
            "(did you forget the bias column, or pass W transposed?)."
        )
    if X.shape[0] == 0:
        raise ValueError(f"{name}: X holds no examples (N = 0).")


def check_labels(name, y, num_examples, num_classes):
    """Check that ``y`` holds ``num_examples`` integer labels in [0, num_classes).

    Parameters
    ----------
    name : str
        Name of the calling function, used in the error message.
    y : ndarray, shape (N,)
    num_examples : int
        N, the number of rows of X.
    num_classes : int
        C, the number of columns of W.

    Raises
    ------
    ValueError
        If ``y`` has the wrong shape, a non-integer dtype, or a label out of range.
    """
    if not isinstance(y, np.ndarray) or y.shape != (num_examples,):
        raise ValueError(
            f"{name}: y must be an array of shape (N,) = ({num_examples},); got shape {_shape(y)}."
        )
    if not np.issubdtype(y.dtype, np.integer):
        raise ValueError(f"{name}: y must hold integer class labels; got dtype {y.dtype}.")
    if y.size and (y.min() < 0 or y.max() >= num_classes):
        raise ValueError(
            f"{name}: labels must lie in [0, C) = [0, {num_classes}); "
            f"got labels from {y.min()} to {y.max()}."
        )


def check_training_data(name, X, y):
    """Check that ``X`` is (N, D) with N >= 1 and ``y`` holds N labels >= 0.

    Used before the number of classes is known (it is read off ``y``).

    Parameters
    ----------
    name : str
        Name of the calling function, used in the error message.
    X : ndarray, shape (N, D)
    y : ndarray, shape (N,), integer labels
    """
    if not isinstance(X, np.ndarray) or X.ndim != 2 or X.shape[0] == 0:
        raise ValueError(f"{name}: X must be a 2-D array of shape (N, D) with N >= 1; got shape {_shape(X)}.")
    check_labels(name, y, X.shape[0], np.iinfo(np.int64).max)


def check_reg(name, reg):
    """Check that the regularization strength is a finite number >= 0."""
    if isinstance(reg, bool) or not isinstance(reg, numbers.Real) or not np.isfinite(reg) or reg < 0:
        raise ValueError(f"{name}: reg must be a finite number >= 0; got {reg!r}.")


def check_loss_inputs(name, W, X, y, reg):
    """All the checks a classification loss ``f(W, X, y, reg)`` needs.

    Parameters
    ----------
    name : str
        Name of the calling loss, used in error messages.
    W : ndarray, shape (D, C)
    X : ndarray, shape (N, D)
    y : ndarray, shape (N,), integer labels in [0, C)
    reg : float, >= 0
    """
    check_weights_and_data(name, W, X)
    check_labels(name, y, X.shape[0], W.shape[1])
    check_reg(name, reg)


def check_regression_inputs(name, W, X, y, reg):
    """All the checks a regression loss ``f(W, X, y, reg)`` needs.

    Parameters
    ----------
    name : str
        Name of the calling loss, used in error messages.
    W : ndarray, shape (D, K)
    X : ndarray, shape (N, D)
    y : ndarray, shape (N, K), real-valued targets
    reg : float, >= 0
    """
    check_weights_and_data(name, W, X)
    expected = (X.shape[0], W.shape[1])
    if not isinstance(y, np.ndarray) or y.shape != expected:
        raise ValueError(
            f"{name}: y must be real-valued targets of shape (N, K) = {expected}; got shape {_shape(y)}."
        )
    check_reg(name, reg)


def check_binary_loss_inputs(name, w, X, t, reg):
    """All the checks a binary loss ``f(w, X, t, reg)`` needs.

    Parameters
    ----------
    name : str
        Name of the calling loss, used in error messages.
    w : ndarray, shape (D,)
        The weights of one binary classifier.
    X : ndarray, shape (N, D)
    t : ndarray, shape (N,), targets in {-1, +1}
    reg : float, >= 0
    """
    if not isinstance(w, np.ndarray) or w.ndim != 1:
        raise ValueError(f"{name}: w must be a 1-D array of shape (D,); got shape {_shape(w)}.")
    if not isinstance(X, np.ndarray) or X.ndim != 2 or X.shape[0] == 0:
        raise ValueError(f"{name}: X must be a 2-D array of shape (N, D) with N >= 1; got shape {_shape(X)}.")
    if X.shape[1] != w.shape[0]:
        raise ValueError(f"{name}: X has shape {X.shape} but w has shape {w.shape}; X must be (N, D) with "
                         f"D = w.shape[0] = {w.shape[0]}.")
    if not isinstance(t, np.ndarray) or t.shape != (X.shape[0],):
        raise ValueError(f"{name}: t must be an array of shape (N,) = ({X.shape[0]},); got shape {_shape(t)}.")
    if t.size and not np.all((t == 1) | (t == -1)):
        raise ValueError(f"{name}: the targets t must be -1 or +1 (not class labels 0 and 1); got values "
                         f"{np.unique(t)[:5]}.")
    check_reg(name, reg)
