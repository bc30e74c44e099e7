"""The functions the grader answers in place of the student's while a training function runs.

``train`` calls ``sample_batch`` and ``sgd_step``; ``train_l1_proximal`` also
``l1_proximal_step``; the one-vs-all and one-vs-one trainers ``binary_svm_loss``
too. While those run, the worker puts a stand-in of each in the student's
modules that asks the grader (``engine/worker_main.grader_helper``), so that a
bug in the student's own helper costs points on that helper only, and the grader
records every call.

The engine knows none of these names: a request describes each helper by how its
arguments travel (``params``: ``[name, kind]``, kinds ``array``, ``labels``,
``number``, ``count`` (an int or None), ``rng`` (a seed drawn from it) and
``rows`` (only the row count is sent; the grader picks the rows)) and which keys
of the grader's reply it returns (``indices``: the chosen rows of every ``rows``
argument). Adding a helper is an entry here and its answer in the recorder that
runs the exercise.
"""

HELPERS = {
    "sample_batch": {"params": [["X", "rows"], ["y", "rows"], ["batch_size", "count"], ["rng", "rng"]],
                     "returns": ["indices"]},
    "sgd_step": {"params": [["W", "array"], ["dW", "array"], ["learning_rate", "number"]], "returns": ["W"]},
    "binary_svm_loss": {"params": [["w", "array"], ["X", "array"], ["t", "array"], ["reg", "number"]],
                        "returns": ["loss", "dw"]},
    "l1_proximal_step": {"params": [["W", "array"], ["learning_rate", "number"], ["reg", "number"]],
                         "returns": ["W"]},
}


# a training function's call also waits on the grader: a round trip for every loss and helper it calls
TRAINER_TIMEOUT_FACTOR = 3


def trainer_timeout(limits):
    """Seconds a call of a training function may take: ``TRAINER_TIMEOUT_FACTOR`` times ``call_timeout``."""
    return limits.call_timeout * TRAINER_TIMEOUT_FACTOR


def helper_request(modules, *names):
    """The request fields that swap the helpers ``names`` in ``modules`` for the grader's.

    Parameters
    ----------
    modules : list of str
        Dotted module names of the student's package in which the names are replaced.
    names : str
        Keys of :data:`HELPERS`.

    Returns
    -------
    dict
        ``{"helper_modules": modules, "helpers": {name: HELPERS[name], ...}}``, to merge into a
        ``call`` or ``method`` request.
    """
    return {"helper_modules": list(modules), "helpers": {name: HELPERS[name] for name in names}}
