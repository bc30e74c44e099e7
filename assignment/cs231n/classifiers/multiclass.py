"""Multiclass prediction from binary linear classifiers: one-vs-all and one-vs-one.

A binary linear classifier is one weight vector w of shape (D,): it scores an
example x with ``x.dot(w)``. Stacking several of them as columns gives a
weight matrix, and the two classic schemes combine their scores into one of
C class labels:

- One-vs-all (one-vs-rest): C classifiers, column c of ``W`` (D, C) separates
  class c from all the others. Predict the class whose classifier gives the
  highest score.
- One-vs-one: one classifier for each pair of classes (i, j) with i < j,
  P = C * (C - 1) / 2 of them, in the order given by ``one_vs_one_pairs``.
  Column p of ``W`` (D, P) votes for the first class i of pair p when its
  score is >= 0 and for the second class j when it is < 0. Predict the class
  with the most votes.

Ties: every tie, between scores or between vote counts, goes to the lowest
class index (this is what ``np.argmax`` does).
"""

import numbers

import numpy as np

from ..validation import check_weights_and_data


def one_vs_one_pairs(num_classes):
    """The pairs of classes of a one-vs-one scheme, in the order this kit uses.

    Parameters
    ----------
    num_classes : int
        C, the number of classes (>= 2).

    Returns
    -------
    pairs : ndarray of int, shape (P, 2)
        Row p is ``(i, j)`` with ``i < j``, in lexicographic order:
        (0, 1), (0, 2), ..., (0, C-1), (1, 2), ..., (C-2, C-1).
        P = C * (C - 1) / 2.
    """
    if not isinstance(num_classes, numbers.Integral) or num_classes < 2:
        raise ValueError(f"one_vs_one_pairs: num_classes must be an integer >= 2; got {num_classes!r}.")
    first, second = np.triu_indices(int(num_classes), k=1)
    return np.stack([first, second], axis=1)


def one_vs_all_predict(W, X):
    """Predict labels with C one-vs-all binary classifiers.

    Parameters
    ----------
    W : ndarray, shape (D, C)
        Column c is the binary classifier of class c against all the others.
    X : ndarray, shape (N, D)
        Data, one example per row.

    Returns
    -------
    y_pred : ndarray of int, shape (N,)
        For each example, the class whose classifier scores it highest
        (the lowest class index wins a tie).
    """
    check_weights_and_data("one_vs_all_predict", W, X)

    #############################################################################
    # TODO:                                                                     #
    # Store in y_pred, an integer array of shape (N,), the class whose          #
    # classifier gives each example the highest score (the lowest class index   #
    # on a tie).                                                                #
    #############################################################################
    # *****START OF YOUR CODE (DO NOT DELETE/MODIFY THIS LINE)*****
    raise NotImplementedError('one_vs_all_predict is not implemented yet: write your code between START and END OF YOUR CODE in cs231n/classifiers/multiclass.py')
    # *****END OF YOUR CODE (DO NOT DELETE/MODIFY THIS LINE)*****

    return y_pred


def one_vs_one_predict(W, X, num_classes):
    """Predict labels by majority vote of the one-vs-one binary classifiers.

    Parameters
    ----------
    W : ndarray, shape (D, P)
        P = C * (C - 1) / 2 binary classifiers; column p belongs to the pair
        ``one_vs_one_pairs(num_classes)[p] = (i, j)`` and votes for i when
        its score is >= 0, for j when it is < 0.
    X : ndarray, shape (N, D)
        Data, one example per row.
    num_classes : int
        C, the number of classes.

    Returns
    -------
    y_pred : ndarray of int, shape (N,)
        For each example, the class with the most votes; a tie in votes goes
        to the lowest class index.
    """
    check_weights_and_data("one_vs_one_predict", W, X)
    pairs = one_vs_one_pairs(num_classes)
    if W.shape[1] != len(pairs):
        raise ValueError(
            f"one_vs_one_predict: {num_classes} classes need C*(C-1)/2 = {len(pairs)} "
            f"classifiers, but W has {W.shape[1]} columns."
        )

    #############################################################################
    # TODO:                                                                     #
    # Store in y_pred, an integer array of shape (N,), the class with the most  #
    # votes for each example. Classifier p, the pair pairs[p] = (i, j), votes   #
    # for i when its score X[n].dot(W[:, p]) is >= 0 and for j when it is < 0.  #
    # A tie in votes goes to the lowest class index.                            #
    # optimization.ipynb has hints.                                             #
    #############################################################################
    # *****START OF YOUR CODE (DO NOT DELETE/MODIFY THIS LINE)*****
    raise NotImplementedError('one_vs_one_predict is not implemented yet: write your code between START and END OF YOUR CODE in cs231n/classifiers/multiclass.py')
    # *****END OF YOUR CODE (DO NOT DELETE/MODIFY THIS LINE)*****

    return y_pred
