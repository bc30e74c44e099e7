"""Checks of ``one_vs_all_predict`` and ``one_vs_one_predict`` on hand-made cases.

The one-vs-one cases use the identity as weights (D = P), so that row n of X
*is* the row of pairwise scores, and every vote can be read off the case.
With three classes the pairs are (0, 1), (0, 2), (1, 2); with four,
(0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3).
"""

import numpy as np

from ..core.checks import check, CheckFailure, requires

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


def _pairs(num_classes, order="lexicographic"):
    """The first and second class of every pair, in the kit's order or in a mistaken one."""
    first, second = np.triu_indices(num_classes, k=1)
    if order == "by_second_class":  # for j in range(C): for i in range(j): (0,1), (0,2), (1,2), (0,3), ...
        keep = np.lexsort((first, second))
        first, second = first[keep], second[keep]
    return first, second


def one_vs_one_variant(scores, num_classes, *, order="lexicographic", swapped=False, zero_votes="first",
                       tally="votes", pick="lowest"):
    """The labels a one-vs-one prediction gives with one piece changed (all defaults: the kit's rule).

    Parameters
    ----------
    scores : ndarray, shape (N, P)
    num_classes : int
    order : str
        ``"lexicographic"`` (one_vs_one_pairs) or ``"by_second_class"``.
    swapped : bool
        A score >= 0 votes for the second class of its pair.
    zero_votes : str
        Who a score of exactly 0 votes for: ``"first"`` or ``"second"``.
    tally : str
        ``"votes"`` (count them), ``"signed"`` (add the score to the first class, subtract it from the
        second), ``"weighted"`` (the winner gets abs(score)), ``"once"`` (``votes[rows, winners] += 1``,
        which counts a class at most once per row).
    pick : str
        ``"lowest"`` (argmax: ties to the lowest class), ``"highest"`` (ties to the highest), ``"fewest"`` (argmin).
    """
    first, second = _pairs(num_classes, order)
    if swapped:
        first, second = second, first
    wins = scores >= 0 if zero_votes == "first" else scores > 0
    winners = np.where(wins, first, second)
    rows = np.arange(len(scores))[:, None]
    counts = np.zeros((len(scores), num_classes))
    if tally == "signed":
        np.add.at(counts, (rows, first), scores)
        np.add.at(counts, (rows, second), -scores)
    elif tally == "weighted":
        np.add.at(counts, (rows, winners), np.abs(scores))
    elif tally == "once":
        counts[rows, winners] += 1
    else:
        np.add.at(counts, (rows, winners), 1)
    if pick == "highest":
        return num_classes - 1 - np.argmax(counts[:, ::-1], axis=1)
    return np.argmin(counts, axis=1) if pick == "fewest" else np.argmax(counts, axis=1)


TIES_TO_HIGHEST = "a tie in votes goes to the highest tied class; the lowest tied class must win (np.argmax does that)"
ONE_VS_ONE_MISTAKES = [
    ("the pairs are not in the kit's order: column p of W belongs to one_vs_one_pairs(num_classes)[p], i.e. "
     "(0, 1), (0, 2), ..., (0, C-1), (1, 2), ...", {"order": "by_second_class"}),
    # swapping who wins every pair gives each class C - 1 minus its votes: the same labels as argmin
    ("it predicts the class with the fewest votes: either the votes are the wrong way round (a score >= 0 votes "
     "for the first class i of the pair (i, j), a score < 0 for the second) or it takes the argmin of the counts",
     {"swapped": True}),
    ("a score of exactly 0 votes for the second class; a score >= 0 votes for the first class of its pair",
     {"zero_votes": "second"}),
    ("the pairwise scores are added up; each pair casts one vote for its winner, whatever the size of its score "
     "(count the votes)", {"tally": "signed"}),
    ("the votes are weighted by the size of the scores; each pair casts one vote for its winner (count the votes)",
     {"tally": "weighted"}),
    ("votes[rows, winners] += 1 counts a class at most once per example: repeated indices are not accumulated "
     "(use np.add.at, or compare winners with each class and sum)", {"tally": "once"}),
    (TIES_TO_HIGHEST, {"pick": "highest"}),
]


def one_vs_one_probe():
    """Pairwise scores for C = 5 (P = 10) on which every mistake of ONE_VS_ONE_MISTAKES gives other labels."""
    rng = np.random.default_rng(95)
    return rng.integers(-3, 4, size=(60, 10)).astype(float), 5


def _one_vs_one_cause(ctx):
    """' Likely cause: ...' when the function's labels on the probe are those of one known mistake; else ''."""
    X, num_classes = one_vs_one_probe()
    try:
        got = ctx.call(np.eye(X.shape[1]), X, num_classes).numbers()
    except CheckFailure:
        return ""
    if got is None or got.shape != (len(X),):
        return ""
    right = one_vs_one_variant(X, num_classes)
    causes = [cause for cause, options in ONE_VS_ONE_MISTAKES
              if np.array_equal(got, one_vs_one_variant(X, num_classes, **options))
              and not np.array_equal(got, right)]
    return f" Likely cause: {causes[0]}." if len(causes) == 1 else ""


def labels_of(ctx, returned, num_rows):
    """The labels in a returned value, read by value (an array or a list of numbers), or a failure saying why."""
    got = returned.numbers()
    if got is None or got.shape != (num_rows,):
        raise CheckFailure(f"{ctx.name} returned {returned.summary()}; it must return an array of N = {num_rows} "
                           "labels.")
    return got


def _one_vs_one(ctx, rows, num_classes, W=None):
    X = np.array(rows, dtype=float)
    W = np.eye(X.shape[1]) if W is None else W
    return ctx.call(W, X, num_classes)


def vote_case(num_classes, ties, seed):
    """Data and weights whose pairwise scores X @ W have no zeros, with (ties) or without a tie in votes.

    Returns
    -------
    W : ndarray, shape (D, P); X : ndarray, shape (N, D); expected : ndarray of int, shape (N,)
    """
    rng = np.random.default_rng(seed)
    num_pairs = num_classes * (num_classes - 1) // 2
    W = rng.standard_normal((num_pairs + 2, num_pairs))
    X = rng.standard_normal((400, num_pairs + 2))
    first, second = np.triu_indices(num_classes, k=1)
    winners = np.where(X @ W >= 0, first, second)
    counts = np.stack([np.bincount(row, minlength=num_classes) for row in winners])
    tied = (counts == counts.max(axis=1, keepdims=True)).sum(axis=1) > 1
    keep = np.flatnonzero(tied if ties else ~tied)[:30]
    return W, X[keep], np.argmax(counts[keep], axis=1)


@check("ovo_returns_integer_labels")
@requires("counts_votes")
def check_ovo_returns_integer_labels(ctx):
    """returns an integer array of N labels"""
    returned = _one_vs_one(ctx, [row for row, _ in THREE_CLASS_VOTES], 3)
    if returned.kind != "ndarray" or returned.shape != (len(THREE_CLASS_VOTES),):
        raise CheckFailure(f"{ctx.name} returned {returned.summary()}; it must return an array of shape (N,).")
    if returned.dtype is None or returned.dtype.kind not in "iu":
        raise CheckFailure(f"{ctx.name} returned labels of dtype {returned.dtype}; labels must be integers.")


@check("counts_votes")
def check_counts_votes(ctx):
    """predicts the class with the most pairwise votes"""
    for rows, expected in ((np.array([row for row, _ in THREE_CLASS_VOTES[:3]]),
                            [label for _, label in THREE_CLASS_VOTES[:3]]),):
        got = labels_of(ctx, _one_vs_one(ctx, rows, 3), len(rows))
        if not np.array_equal(got, expected):
            raise CheckFailure(f"{ctx.name} did not predict the majority vote for three hand-made examples with "
                               "3 classes: pair p = (i, j) votes i when its score is >= 0, j when it is < 0."
                               f"{_one_vs_one_cause(ctx)}")
    # and on data and weights of its own, where no vote ties: the answer depends on W and X, not on N or C
    W, X, expected = vote_case(5, ties=False, seed=96)
    got = labels_of(ctx, ctx.call(W, X, 5), len(X))
    if not np.array_equal(got, expected):
        raise CheckFailure(f"{ctx.name} did not predict the majority vote of the pairwise scores X.dot(W) "
                           f"(N={len(X)}, C=5, random W and X, no ties).{_one_vs_one_cause(ctx)}")


@check("breaks_vote_ties_toward_lowest_class")
@requires("counts_votes")
def check_breaks_vote_ties_toward_lowest_class(ctx):
    """breaks ties in votes toward the lowest class index"""
    cases = [(np.eye(3), np.array([THREE_CLASS_VOTES[3][0]]), 3, [THREE_CLASS_VOTES[3][1]]),
             (np.eye(6), np.array([FOUR_CLASS_TIE[0]]), 4, [FOUR_CLASS_TIE[1]])]
    cases += [(*vote_case(classes, ties=True, seed=97 + classes)[:2], classes,
               vote_case(classes, ties=True, seed=97 + classes)[2]) for classes in (4, 5)]
    for W, X, num_classes, expected in cases:
        got = labels_of(ctx, ctx.call(W, X, num_classes), len(X))
        if not np.array_equal(got, expected):
            raise CheckFailure(f"{ctx.name} did not predict the expected class for examples whose votes tie "
                               f"among {num_classes} classes (the lowest tied class must win)."
                               f"{_one_vs_one_cause(ctx)}")


@check("zero_score_votes_for_first_class")
@requires("counts_votes")
def check_zero_score_votes_for_first_class(ctx):
    """counts a score of exactly 0 as a vote for the first class of the pair"""
    row, expected = THREE_CLASS_ZERO
    X, num_classes = one_vs_one_probe()  # integer scores: many exact zeros
    first, second = np.triu_indices(num_classes, k=1)
    counts = np.stack([np.bincount(w, minlength=num_classes) for w in np.where(X >= 0, first, second)])
    untied = X[(counts == counts.max(axis=1, keepdims=True)).sum(axis=1) == 1]  # zeros matter, ties do not
    cases = [(np.array([row]), 3, [expected]), (untied, num_classes, one_vs_one_variant(untied, num_classes))]
    for rows, classes, right in cases:
        got = labels_of(ctx, _one_vs_one(ctx, rows, classes), len(rows))
        if not np.array_equal(got, right):
            raise CheckFailure(f"{ctx.name} mishandled pairwise scores of exactly 0: a score >= 0 votes for the "
                               f"first class of its pair.{_one_vs_one_cause(ctx)}")


# -- one-vs-all ---------------------------------------------------------------

@check("ova_returns_integer_labels")
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


@check("picks_highest_score")
def check_picks_highest_score(ctx):
    """predicts the class whose classifier scores highest, the lowest index on ties"""
    W, X = _ova_case()
    returned = ctx.call(W, X)
    got = returned.numbers()  # by value: the type has its own check
    expected = np.argmax(X @ W, axis=1)
    if got is None or got.shape != expected.shape or not np.array_equal(got, expected):
        raise CheckFailure(f"{ctx.name} did not predict the highest-scoring class for every example "
                           f"(N=25, C=4, with ties that go to the lower index).{_one_vs_all_cause(got, W, X)}")


def one_vs_all_mistakes(W, X):
    """(cause, predicted labels) of the classic one-vs-all mistakes."""
    scores = X @ W
    return [
        ("it picks the lowest score (argmin); predict the class whose classifier scores highest",
         np.argmin(scores, axis=1)),
        ("the argmax is taken over the examples (axis=0); take it over the classes of each example (axis=1)",
         np.argmax(scores, axis=0)),
        ("it returns the highest score itself, not its class (use np.argmax)", np.max(scores, axis=1)),
        ("a tie between scores goes to the highest class index; the lowest must win (np.argmax does that)",
         scores.shape[1] - 1 - np.argmax(scores[:, ::-1], axis=1)),
    ]


def _one_vs_all_cause(got, W, X):
    if got is None:
        return ""
    right = np.argmax(X @ W, axis=1)
    causes = [cause for cause, predicted in one_vs_all_mistakes(W, X)
              if got.shape == predicted.shape and np.allclose(got, predicted, rtol=1e-9, atol=0)
              and not (predicted.shape == right.shape and np.array_equal(predicted, right))]
    return f" Likely cause: {causes[0]}." if len(causes) == 1 else ""
