"""Timings the grader takes itself: the student's loss against the reference's, side by side in one run.

Two checks rest on them, and both measure only what the grader can see from
outside: the wall time of a request, taken here with ``time.perf_counter``
around the call (never a time the worker reports), on inputs drawn afresh
for every call (shapes included, from this process's entropy: nothing to
recognise, nothing to cache), with every timed result checked against the
reference (a function that answers fast and wrong on the timed inputs fails).

- **Loops at run time** (part of ``has_no_python_loops``): on many rows with
  few features and classes (N in the tens of thousands, D and C below 10),
  whole-array numpy code costs a fraction of a microsecond per row (mostly
  moving the arrays), while any Python loop over the rows costs at least
  about a microsecond per row. The student's time per row is compared with
  the reference vectorized function's, timed in an identical worker.
- **Speed** (``faster_than_naive``): on short rows with many classes (N about
  2000, D 8-24, C 8-12), where a naive loop pays its Python overhead N*C
  times, the student's vectorized function against the grader's own naive
  reference, timed in an identical worker: never the student's naive
  function, which could be slow on purpose.

The reference runs in its own :class:`Sandbox` (same limits, same isolation,
same BLAS settings), started once per grading run and kept in ``ctx.cache``;
its package copy holds only the modules it needs and is deleted as soon as
they are imported, so no other worker can read it. ``make bench`` measures
the margins below on this machine (figure 6).
"""

import ast
import functools
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..engine.sandbox import Sandbox, StudentCallError, read_sources
from ..core.checks import check, CheckFailure, Returned, requires
from ..core.callgraph import Package
from .compare import gradients_close, losses_close
from .losses import unpack_loss_and_gradient

SOLUTIONS = Path(__file__).resolve().parents[2] / "solutions" / "cs231n"  # registry.SOLUTIONS
# read when the grader starts, before any worker: what the baseline worker runs, whatever happens to the disk later
REFERENCE_SOURCES = read_sources(SOLUTIONS) if SOLUTIONS.is_dir() else {}
REFERENCE_MODULES = ("classifiers.linear_svm", "classifiers.softmax", "classifiers.linear_regression",
                     "classifiers.binary_svm")

# -- the run-time loop signal (has_no_python_loops) ---------------------------------------------------------------
LOOP_ROWS = (24_000, 40_000)
LOOP_FEATURES = (3, 8)
LOOP_CLASSES = (3, 6)
# a row loop costs >= ~1 us per row; whole-array code 0.1-0.4 us. Measured (bench figure 6, 10 runs each, load 2 to
# 7 on 2 cores), as the median per run of time per row over this threshold: correct styles 0.09-0.73, one numpy
# call per row 0.90-2.9 (its cost is right at the threshold on a heavily loaded machine), row loops 4-16, naive 3-14
PER_ROW_ALLOWANCE = 0.6e-6  # seconds per row above the reference's
PER_ROW_FACTOR = 3.0  # or this many times the reference's, whichever is larger (a loaded machine)
LOOP_ROUNDS = (3, 9)  # at least, at most

# -- the speed check (faster_than_naive) -----------------------------------------------------------------------------
# measured (bench figure 6): naive / function for correct styles 13x-88x, a row loop 1.5x-2.7x, naive 0.9x-2.1x
SPEEDUP_REQUIRED = 6.0
SPEED_ROWS = (1_500, 2_500)
SPEED_FEATURES = (8, 24)
SPEED_CLASSES = (8, 12)
SPEED_ROUNDS = (3, 7)
EARLY_MARGIN = 1.5  # decide after the first rounds when every ratio is this far from the requirement

TIMED_RTOL = 1e-4  # a timed result only has to show the work was done (float32 code included)


# -- inputs ---------------------------------------------------------------------------------------------------------

@dataclass
class TimedCase:
    W: np.ndarray
    X: np.ndarray
    y: np.ndarray
    reg: float

    def args(self):
        return [self.W, self.X, self.y, self.reg]


def draw_shape(rng, rows, features, classes):
    return (int(rng.integers(rows[0], rows[1], endpoint=True)), int(rng.integers(features[0], features[1],
                                                                                  endpoint=True)),
            int(rng.integers(classes[0], classes[1], endpoint=True)))


def draw_case(rng, shape, family):
    """Fresh random inputs of this shape: labels for classification, real targets for MSE, +-1 for a binary loss."""
    num, dim, classes = shape
    X = rng.standard_normal((num, dim))
    if getattr(family, "binary", False):  # one classifier: w (D,), targets +-1
        w = rng.uniform(0.02, 0.3) * rng.standard_normal(dim)
        return TimedCase(w, X, np.where(rng.random(num) < 0.5, -1, 1), float(rng.uniform(0.05, 1.0)))
    W = rng.uniform(0.02, 0.3) * rng.standard_normal((dim, classes))
    y = rng.standard_normal((num, classes)) if family.regression else rng.integers(0, classes, num)
    return TimedCase(W, X, y, float(rng.uniform(0.05, 1.0)))


def new_rng():
    """A generator seeded from the operating system's entropy: timed inputs nobody can predict."""
    return np.random.default_rng()


# -- the reference worker -------------------------------------------------------------------------------------------

@functools.lru_cache(maxsize=None)
def _reference_files(modules):
    """The reference's files the given modules need: their own, every package __init__, and what they import."""
    package = Package(REFERENCE_SOURCES, "cs231n")
    wanted, queue = set(), [tuple(m.split(".")) for m in modules]
    while queue:
        key = queue.pop()
        module = package.modules.get(key)
        if module is None or module.path in wanted:
            continue
        wanted.add(module.path)
        queue.extend(key[:end] for end in range(len(key)))
        for node in (module.tree.body if module.tree is not None else []):
            if isinstance(node, ast.ImportFrom):
                base = package._from_base(module, node.level, node.module or "")
                if base.kind == "module":
                    queue.append(base.key)
                    queue.extend(base.key + (alias.name,) for alias in node.names)
    return {path: REFERENCE_SOURCES[path] for path in sorted(wanted) if path in REFERENCE_SOURCES}


class ReferenceWorker:
    """The grader's reference, run in a worker started like the student's (same limits, isolation, BLAS)."""

    def __init__(self, limits, modules=REFERENCE_MODULES, python=sys.executable):
        self.limits = limits
        self.modules = modules
        self.python = python  # the grader's interpreter, as for the student's worker
        self.sandbox = None

    def _start(self):
        files = _reference_files(self.modules)
        if not files:
            raise RuntimeError(f"the reference solution is missing from {SOLUTIONS}")
        staging = Path(tempfile.mkdtemp(prefix="reference-"))  # the grader's own: mode 0700
        try:
            for path, data in files.items():
                target = staging / "cs231n" / path
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(data)
            sandbox = Sandbox(staging / "cs231n", self.limits, python=self.python)
            sandbox.__enter__()
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        try:
            for module in self.modules:
                sandbox.request({"op": "import", "module": f"cs231n.{module}"})
        except BaseException:
            sandbox.__exit__(None, None, None)
            raise
        # the worker holds what it needs in memory: nothing of the reference is left for another worker to read
        shutil.rmtree(sandbox.package_copy, ignore_errors=True)
        self.sandbox = sandbox

    def request(self, body, timeout=None):
        """Send a request; a worker that died is replaced once (a new one, from the sources read at start)."""
        for attempt in (1, 2):
            if self.sandbox is None:
                self._start()
            try:
                return self.sandbox.request(body, timeout=timeout)
            except StudentCallError as error:
                self.close()
                if attempt == 2 or error.kind == "raised":
                    raise RuntimeError(f"the reference worker failed: {error.describe()}") from None

    def close(self):
        if self.sandbox is not None:
            self.sandbox.__exit__(None, None, None)
            self.sandbox = None


def reference_worker(ctx):
    """The run's reference worker, started on first use and closed by the runner at the end of the run."""
    worker = ctx.cache.get("reference_worker")
    if worker is None:
        if ctx.sandbox.mode == "plain":
            # while the reference is being copied and imported, no worker of the student's may be alive to read it
            ctx.sandbox.stop()
        worker = ReferenceWorker(ctx.sandbox.limits)
        worker.request({"op": "ping"})
        ctx.cache["reference_worker"] = worker
        ctx.cache.setdefault("cleanup", []).append(worker.close)
    return worker


# -- timed calls ----------------------------------------------------------------------------------------------------

def _loss_and_gradient(name, returned, case):
    return unpack_loss_and_gradient(name, returned, case.W.shape)


def _agrees(result, expected):
    loss, grad = result
    right_loss, right_grad = expected
    return losses_close(loss, right_loss, rtol=TIMED_RTOL) and gradients_close(grad, right_grad, rtol=TIMED_RTOL)


def student_timer(ctx, family):
    """A function case -> seconds: the student's function timed by the grader, its result checked."""

    def run(case):
        timeout = ctx.sandbox.limits.call_timeout
        started = time.perf_counter()
        try:
            returned = ctx.call(*case.args(), timeout=timeout)
        except CheckFailure as failure:  # say which call: the checked inputs all passed
            raise CheckFailure(f"On one of the larger random inputs it was timed on (thousands of examples), "
                               f"{failure}") from None
        seconds = time.perf_counter() - started
        result = _loss_and_gradient(ctx.name, returned, case)
        if not _agrees(result, ctx.reference(*case.args())):
            raise CheckFailure(
                f"{ctx.name} gives a wrong loss or gradient on the larger random inputs it was timed on, though it "
                "is right on the checked ones: its result must be computed for every input, whatever its size.")
        return seconds

    return run


def reference_timer(ctx, worker, function):
    """A function case -> seconds: a reference function (``registry.reference``) timed in the reference worker."""
    body = {"op": "call", "module": f"cs231n.{function.relative_module}", "qualname": function.__name__,
            "kwargs": {}}

    def run(case):
        started = time.perf_counter()
        answer = worker.request({**body, "args": case.args()}, timeout=ctx.sandbox.limits.call_timeout)
        seconds = time.perf_counter() - started
        try:
            result = _loss_and_gradient(function.__name__, Returned(answer.get("result")), case)
        except CheckFailure as failure:
            raise RuntimeError(f"the reference worker answered {failure}") from None
        if not _agrees(result, ctx.reference(*case.args())):
            raise RuntimeError(f"the reference worker's {function.__name__} disagrees with the reference")
        return seconds

    return run


# -- measurements (also driven by make bench, with other timers) -----------------------------------------------------

@dataclass
class Measurement:
    """Timings of one check, round by round; ``passed`` is the verdict."""

    student: list = field(default_factory=list)  # seconds per row (loops) or seconds (speed), one per round
    reference: list = field(default_factory=list)
    passed: bool = None

    @property
    def rounds(self):
        return len(self.student)


def per_row_threshold(reference_rate):
    """The slowest time per row that still counts as whole-array code, given the reference's."""
    return max(reference_rate + PER_ROW_ALLOWANCE, PER_ROW_FACTOR * reference_rate)


def measure_loops(student, reference, family, rng=None, rounds=LOOP_ROUNDS):
    """Time per row of the student's function and the reference's on large N, tiny D and C.

    Each round times both on inputs of one new shape (each its own arrays), one after the other (which goes
    first alternates), so that the load of the machine weighs on both alike. A student call above the round's
    threshold is timed once more and the quicker call kept: a stall of a loaded machine hits one call, a loop
    every call, so one stalled call cannot decide a round. The verdict is on the median over the rounds of the
    student's time per row over the threshold that the reference's time per row in the same round gives
    (``per_row_threshold``): a pairing that cancels the machine's ups and downs.

    Parameters
    ----------
    student, reference : callable
        ``case -> seconds`` (the timers above, or the bench's).
    family : families.LossFamily
        The exercise's family (regression gets real targets).

    Returns
    -------
    Measurement
        Seconds per row; ``passed`` when ``median(loop_excess)`` is at most 1.
    """
    rng = rng or new_rng()
    least, most = rounds
    found = Measurement()
    shape = draw_shape(rng, (200, 400), LOOP_FEATURES, LOOP_CLASSES)
    student(draw_case(rng, shape, family))  # warm-up (lazy imports, caches), not counted
    reference(draw_case(rng, shape, family))
    for index in range(most):
        shape = draw_shape(rng, LOOP_ROWS, LOOP_FEATURES, LOOP_CLASSES)
        num = shape[0]
        times = {}
        for who in (("student", "reference") if index % 2 == 0 else ("reference", "student")):
            timer = student if who == "student" else reference
            times[who] = timer(draw_case(rng, shape, family)) / num
        if times["student"] > per_row_threshold(times["reference"]):
            # a call that looks like a loop is timed once more (new arrays, same shape) and the quicker kept: a
            # stall of the machine only ever adds time, and hits one call, while a loop is slow on every call
            times["student"] = min(times["student"], student(draw_case(rng, shape, family)) / num)
        found.student.append(times["student"])
        found.reference.append(times["reference"])
        excess = loop_excess(found)
        if excess[0] > 10:  # a loop beyond doubt: no more rounds spent on it
            found.passed = False
            return found
        if found.rounds >= least:
            if statistics.median(excess) <= 0.5:
                found.passed = True
                return found
            if sorted(excess)[1] > 2:
                found.passed = False
                return found
    found.passed = statistics.median(loop_excess(found)) <= 1
    return found


def loop_excess(measurement):
    """Per round: the student's time per row over the threshold the reference's gives (above 1: a loop)."""
    return [s / per_row_threshold(r) for s, r in zip(measurement.student, measurement.reference)]


def measure_speedup(student, naive, family, rng=None, rounds=SPEED_ROUNDS, required=SPEEDUP_REQUIRED):
    """The naive reference's time over the student's, round by round, on short rows with many classes.

    Each round draws a shape and times the naive reference once and the student's function twice (each call
    on arrays of its own), keeping the student's quicker call: a student call lasts a millisecond or two, so a
    scheduling delay on a loaded machine weighs on it far more than on the naive loop's tens of milliseconds.

    Returns
    -------
    Measurement
        Seconds per call; ``passed`` when the median ratio is at least ``required``.
    """
    rng = rng or new_rng()
    least, most = rounds
    found = Measurement()
    shape = draw_shape(rng, (50, 100), SPEED_FEATURES, SPEED_CLASSES)
    student(draw_case(rng, shape, family))  # warm-up, not counted
    naive(draw_case(rng, shape, family))
    for index in range(most):
        shape = draw_shape(rng, SPEED_ROWS, SPEED_FEATURES, SPEED_CLASSES)
        if index % 2 == 0:
            found.reference.append(naive(draw_case(rng, shape, family)))
            found.student.append(min(student(draw_case(rng, shape, family)) for _ in range(2)))
        else:
            found.student.append(min(student(draw_case(rng, shape, family)) for _ in range(2)))
            found.reference.append(naive(draw_case(rng, shape, family)))
        ratios = speedups(found)
        if found.rounds >= least:
            if min(ratios) >= required * EARLY_MARGIN:
                found.passed = True
                return found
            if max(ratios) < required / EARLY_MARGIN:
                found.passed = False
                return found
    found.passed = statistics.median(speedups(found)) >= required
    return found


def speedups(measurement):
    """Per round: the naive reference's time over the student's."""
    return [n / s for n, s in zip(measurement.reference, measurement.student)]


# -- the checks -----------------------------------------------------------------------------------------------------

@check("runs_like_whole_array_code")
def check_runs_like_whole_array_code(ctx):
    """The run-time half of has_no_python_loops: raises CheckFailure when the time per row says it loops."""
    worker = reference_worker(ctx)
    found = measure_loops(student_timer(ctx, ctx.exercise.family),
                          reference_timer(ctx, worker, ctx.exercise.reference), ctx.exercise.family)
    if not found.passed:
        # no measured figures in the message: grading the same code twice must give the same feedback
        raise CheckFailure(
            f"{ctx.name} takes far longer per example than whole-array code on many examples with few features and "
            "classes (timed against the reference in this run): it still runs a Python loop over the examples, in "
            "code that reading the sources could not see (built or replaced at run time?).")


@check("faster_than_naive")
@requires("loss_matches_reference", "gradient_matches_reference")
def check_faster_than_naive(ctx):
    """runs at least 6x faster than the naive version"""
    worker = reference_worker(ctx)
    found = measure_speedup(student_timer(ctx, ctx.exercise.family),
                            reference_timer(ctx, worker, ctx.exercise.reference_naive), ctx.exercise.family)
    if not found.passed:
        # no measured figures in the message: grading the same code twice must give the same feedback
        raise CheckFailure(
            f"{ctx.name} is not at least {SPEEDUP_REQUIRED:g}x faster than the grader's naive loop on about "
            f"{sum(SPEED_ROWS) // 2} examples with {SPEED_FEATURES[0]}-{SPEED_FEATURES[1]} features and "
            f"{SPEED_CLASSES[0]}-{SPEED_CLASSES[1]} classes (timed side by side in this run, on new random inputs "
            "each time); does it still loop over the examples, perhaps in a helper function?")

