"""No return value of any type makes a check crash (issue 9, item 6), proved with hypothesis.

Every check of every exercise runs in this process against a stand-in for the
sandbox that answers each call with one generated value, described exactly as
the worker describes what student code returned (``worker_main.describe``).
Two sources of values:

- Python values a student function could return: numbers of every numpy
  type, arrays of every dtype and shape (structured, object, complex,
  float16, 0-d, empty), ndarray subclasses, nested tuples and lists, objects
  with an exotic ``__array__``, strings, None;
- descriptions a tampered worker could send instead: any mix of the fields
  the grader reads, with values of the wrong types.

A check may pass or fail (``CheckFailure``, one sentence); anything else it
raises is a grader bug, and so is a message that mentions an internal error.
"""

import os
import tempfile
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from autograder.core.checks import CheckFailure, Context
from autograder.loss_functions.exercises import ASSIGNMENT, EXERCISES
from autograder.engine import worker_main
from autograder.core.rubric import load_rubric

LIMITS = load_rubric(ASSIGNMENT).limits
# the loop and speed checks read sources and time real workers: they are exercised with real submissions
IN_PROCESS_CHECKS = {e.name: [c for c in e.checks if c.__name__ not in ("check_has_no_python_loops",
                                                                         "check_faster_than_naive")]
                     for e in EXERCISES}


class ExoticArray:
    """An object that numpy can turn into an array, in a way chosen by the test."""

    def __init__(self, result):
        self.result = result

    def __array__(self, dtype=None, copy=None):
        if isinstance(self.result, Exception):
            raise self.result
        return self.result


class LyingArray(np.ndarray):
    """An ndarray subclass whose properties lie about its shape and dtype."""

    @property
    def shape(self):
        return (1, 2, 3)

    @property
    def dtype(self):
        return np.dtype("int8")


def safe_describe(value):
    """What the worker sends for a value; an exception when it cannot describe it (then the call fails)."""
    return worker_main.describe(value)


class StandIn:
    """A sandbox that answers every call with the description of one value."""

    def __init__(self, described, work_dir):
        self.described = described
        self.limits = LIMITS
        self.work_dir = work_dir
        self.user = 0
        self.sources = {}

    def request(self, body, timeout=None, callback=None):
        op = body.get("op")
        if op in ("import", "put", "ping"):
            return {"ok": True}
        if op == "loss_values":
            items = self.described.get("items") if isinstance(self.described, dict) else None
            loss = items[0] if isinstance(items, list) and items else self.described
            return {"ok": True, "losses": [loss] * len(body["Ws"])}
        answer = {"ok": True, "result": self.described, "results": [self.described] * int(body.get("repeat", 1))}
        if op == "method":
            answer["attrs"] = {"W": self.described}
        return answer


# -- what student code could return ------------------------------------------------------------------------

dtypes = st.one_of(
    hnp.floating_dtypes(), hnp.integer_dtypes(), hnp.unsigned_integer_dtypes(), hnp.complex_number_dtypes(),
    hnp.boolean_dtypes(), st.just(np.dtype(np.longdouble)), st.just(np.dtype("U3")), st.just(np.dtype("S2")),
    st.just(np.dtype([("a", "f8"), ("b", "i4")])), st.just(np.dtype("datetime64[s]")),
)
shapes = st.one_of(st.sampled_from([(), (1,), (0,), (2, 2), (30,), (25,), (3073, 10), (6, 4), (5, 3), (4, 3),
                                    (7, 4), (3, 2), (8, 4), (1, 2), (6, 2)]),
                   hnp.array_shapes(min_dims=0, max_dims=3, max_side=6))


@st.composite
def arrays(draw):
    dtype = draw(dtypes)
    shape = draw(shapes)
    if dtype.kind in "biufc" and int(np.prod(shape)) <= 40_000:
        array = draw(hnp.arrays(dtype, shape, elements=None if dtype.kind != "f" else
                                st.floats(allow_nan=True, allow_infinity=True, width=min(64, 8 * dtype.itemsize)
                                          if dtype.itemsize <= 8 else 64)))
    else:
        array = np.zeros(shape if int(np.prod(shape)) <= 40_000 else (2, 2), dtype=dtype)
    wrap = draw(st.sampled_from(["plain", "matrix", "masked", "lying", "object", "fortran"]))
    if wrap == "matrix" and array.ndim == 2:
        return np.asmatrix(array)
    if wrap == "masked":
        return np.ma.masked_array(array)
    if wrap == "lying":
        return array.view(LyingArray)
    if wrap == "object":
        return array.astype(object)
    if wrap == "fortran" and array.ndim == 2:
        return np.asfortranarray(array)
    return array


scalars = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-10**30, max_value=10**30), st.floats(), st.complex_numbers(),
    st.text(max_size=20), st.binary(max_size=10),
    st.builds(np.float32, st.floats(width=32)), st.builds(np.float16, st.floats(width=16)),
    st.builds(np.int8, st.integers(-128, 127)), st.builds(np.complex64, st.complex_numbers(width=64)),
    st.builds(np.bool_, st.booleans()), st.builds(np.longdouble, st.floats()),
)
exotic = st.one_of(
    st.builds(ExoticArray, st.sampled_from([ValueError("no"), np.zeros(3), [1, 2], "text"])),
    st.builds(lambda: object()), st.builds(lambda: {"loss": 1.0}), st.builds(lambda: {1, 2}),
    st.builds(lambda: range(3)), st.builds(lambda: iter([1.0, 2.0])),
)
leaves = st.one_of(scalars, arrays(), exotic)
nested = st.recursive(leaves, lambda inner: st.one_of(st.tuples(inner, inner), st.lists(inner, max_size=4),
                                                      st.tuples(inner), st.tuples(inner, inner, inner)),
                      max_leaves=6)
# (loss, dW)-like pairs reach the value comparisons and the diagnoses, not only the first shape test
pairs = st.tuples(st.one_of(scalars, arrays()), arrays())
python_values = st.one_of(nested, pairs, arrays())

# -- what a tampered worker could send in place of a description ------------------------------------------

json_junk = st.recursive(st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=10)),
                         lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                 st.dictionaries(st.text(max_size=6), inner, max_size=3)),
                         max_leaves=8)
field_values = st.one_of(json_junk, hnp.arrays(st.sampled_from(["f8", "i8", "c16", "u1", "?"]),
                                               hnp.array_shapes(min_dims=0, max_dims=3, max_side=5)))
forged = st.recursive(
    st.fixed_dictionaries({}, optional={
        "kind": st.sampled_from(["none", "scalar", "ndarray", "tuple", "list", "other", "weird"]),
        "class": field_values, "dtype": field_values, "shape": field_values, "data": field_values,
        "value": field_values, "imag": field_values, "is_float": field_values, "length": field_values,
        "numeric_items": field_values, "item_classes": field_values, "converted_from": field_values}),
    lambda inner: st.fixed_dictionaries({"kind": st.sampled_from(["tuple", "list"]),
                                         "items": st.lists(inner, max_size=3)},
                                        optional={"length": field_values, "class": field_values}),
    max_leaves=5)


def run_every_check(exercise, described):
    """Run each check of the exercise against the stand-in; return {check name: message} of the failures."""
    failures = {}
    with tempfile.TemporaryDirectory() as folder:
        ctx = Context(exercise, StandIn(described, Path(folder)), {"cleanup": []})
        for check in IN_PROCESS_CHECKS[exercise.name]:
            try:
                check(ctx)
            except CheckFailure as failure:
                failures[check.__name__] = str(failure)
    for message in failures.values():
        assert message and "internal error" not in message and "Traceback" not in message, message
    return failures


# `make test-fast` (KIT_TEST_TIER=fast) draws fewer examples; `make test` draws all 40 per exercise
EXAMPLES = 10 if os.environ.get("KIT_TEST_TIER") == "fast" else 40
PROFILE = settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                   suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda e: e.name)
@PROFILE
@given(value=python_values)
def test_no_returned_value_makes_a_check_crash(exercise, value):
    try:
        described = safe_describe(value)
    except Exception:  # the worker cannot describe it: that call fails with an "unsendable result" sentence
        return
    run_every_check(exercise, described)


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda e: e.name)
@PROFILE
@given(described=forged)
def test_no_forged_description_makes_a_check_crash(exercise, described):
    run_every_check(exercise, described)


@pytest.mark.parametrize("exercise", [e for e in EXERCISES if "loss" in e.name], ids=lambda e: e.name)
def test_the_stand_in_really_runs_the_checks(exercise):
    """The reference's own answer on the type check's input, described, passes the checks that use that input."""
    from autograder.loss_functions import losses
    case = losses.cases_for(exercise.family)[-1]
    failures = run_every_check(exercise, safe_describe(exercise.reference(*case.args())))
    for passing in ("check_returns_loss_and_gradient", "check_does_not_modify_inputs",
                    "check_independent_of_global_random_state"):
        assert passing not in failures, failures
    assert "check_loss_matches_reference" in failures  # the same answer for every input cannot be right
