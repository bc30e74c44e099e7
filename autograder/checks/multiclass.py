"""Checks of ``one_vs_all_predict`` and ``one_vs_one_predict`` on hand-made cases.

The one-vs-one cases use the identity as weights (D = P), so that row n of X
*is* the row of pairwise scores, and every vote can be read off the case.
With three classes the pairs are (0, 1), (0, 2), (1, 2); with four,
(0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3).
"""

import numpy as np

from .base import CheckFailure, requires

# rows of pairwise scores for C = 3, and the class that must win each row
THREE_CLASS_VOTES = [
    ([+1.0, +2.0, -1.0], 0),  # votes 0, 0, 2
    ([-1.0, -3.0, +1.0], 1),  # votes 1, 2, 1
    ([-2.0, -1.0, -1.0], 2),  # votes 1, 2, 2
    ([-0.5, +0.5, -4.0], 0),  # votes 1, 0, 2: a three-way tie goes to 0
]
# C = 4: classes 1 and 3 tie with two votes each and must go to 1
FOUR_CLASS_TIE = ([-1.0, +1.0, -1.0, +1.0, -1.0, +1.0], 1)  # votes 1, 0, 3, 1, 3, 2: counts 1, 2, 1, 2
# a score of exactly 0 votes for the first class of its pair
THREE_CLASS_ZERO = ([0.0, 0.0, 0.0], 0)  # votes 0, 0, 1


def _votes(scores, num_classes):
    """The winner by the kit's rule, for building and documenting the cases."""
    first, second = np.triu_indices(num_classes, k=1)
    winners = np.where(np.asarray(scores) >= 0, first, second)
    return int(np.argmax(np.bincount(winners, minlength=num_classes)))


def _one_vs_one(ctx, rows, num_classes):
    X = np.array(rows, dtype=float)
    returned = ctx.call(np.eye(X.shape[1]), X, num_classes)
    if returned.kind != "ndarray" or returned.shape != (len(X),):
        raise CheckFailure(f"{ctx.name} returned {returned.summary()}; it must return an array of shape (N,).")
    return returned


@requires("counts_votes")
def check_ovo_returns_integer_labels(ctx):
    """returns an integer array of N labels"""
    returned = _one_vs_one(ctx, [row for row, _ in THREE_CLASS_VOTES], 3)
    if returned.dtype is None or returned.dtype.kind not in "iu":
        raise CheckFailure(f"{ctx.name} returned labels of dtype {returned.dtype}; labels must be integers.")


def check_counts_votes(ctx):
    """predicts the class with the most pairwise votes"""
    rows = [row for row, _ in THREE_CLASS_VOTES[:3]]
    got = _one_vs_one(ctx, rows, 3).array()
    expected = [label for _, label in THREE_CLASS_VOTES[:3]]
    if not np.array_equal(got, expected):
        raise CheckFailure(f"{ctx.name} did not predict the majority vote for three hand-made examples with "
                           "3 classes: pair p = (i, j) votes i when its score is >= 0, j when it is < 0.")


@requires("counts_votes")
def check_breaks_vote_ties_toward_lowest_class(ctx):
    """breaks ties in votes toward the lowest class index"""
    for rows, num_classes in (([THREE_CLASS_VOTES[3][0]], 3), ([FOUR_CLASS_TIE[0]], 4)):
        got = _one_vs_one(ctx, rows, num_classes).array()
        expected = _votes(rows[0], num_classes)
        if got[0] != expected:
            raise CheckFailure(f"{ctx.name} broke a tie in votes among {num_classes} classes the wrong way; "
                               "the lowest tied class must win (np.argmax of the vote counts does that).")


@requires("counts_votes")
def check_zero_score_votes_for_first_class(ctx):
    """counts a score of exactly 0 as a vote for the first class of the pair"""
    row, expected = THREE_CLASS_ZERO
    got = _one_vs_one(ctx, [row], 3).array()
    if got[0] != expected:
        raise CheckFailure(f"{ctx.name} mishandled pairwise scores of exactly 0: a score >= 0 votes for the "
                           "first class of its pair.")


# -- one-vs-all ---------------------------------------------------------------

@requires("picks_highest_score")
def check_ova_returns_integer_labels(ctx):
    """returns an integer array of N labels"""
    W, X = _ova_case()
    returned = ctx.call(W, X)
    if returned.kind != "ndarray" or returned.shape != (len(X),):
        raise CheckFailure(f"{ctx.name} returned {returned.summary()}; it must return an array of shape (N,).")
    if returned.dtype is None or returned.dtype.kind not in "iu":
        raise CheckFailure(f"{ctx.name} returned labels of dtype {returned.dtype}; labels must be integers.")


def _ova_case():
    rng = np.random.default_rng(90)
    W = rng.standard_normal((5, 4))
    W[:, 3] = W[:, 0]  # classes 0 and 3 always tie: 0 must win
    return W, rng.standard_normal((25, 5))


def check_picks_highest_score(ctx):
    """predicts the class whose classifier scores highest, the lowest index on ties"""
    W, X = _ova_case()
    got = ctx.call(W, X).array()
    expected = np.argmax(X @ W, axis=1)
    if got is None or got.shape != expected.shape or not np.array_equal(got, expected):
        raise CheckFailure(f"{ctx.name} did not predict the highest-scoring class for every example "
                           "(N=25, C=4, with ties that go to the lower index).")
