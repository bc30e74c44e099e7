"""Self-checks in the grader's words: your functions on public inputs, with the grader's checks and sentences.

Every exercise has the checks the grader runs, in its order, with its titles
and its gates (a check of a secondary property waits for the main ones). Each
runs on the small public inputs of ``cases.py`` (never the grader's) against
the expected values in ``expected.py``, at the grader's tolerances; when your
answer is what a classic mistake gives, the message names it with the
grader's sentence. Passing every self-check does not promise every point (the
grader uses other inputs, and times the vectorized code); failing one means
the grader fails the same check.

In a notebook::

    from public_checks import check
    check("svm_loss_naive")

From the command line, in the assignment's folder::

    python -m public_checks                     # every exercise, one line each
    python -m public_checks svm_loss_naive -v   # one exercise, every check
"""

import ast
import importlib
import inspect
import os
import random
import sys
import traceback
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from . import cases as C
from .expected import DATA

# the folder that holds your cs231n/: this folder's parent, as it was found (a link is not followed)
ROOT = Path(os.environ.get("CHECK_PACKAGE_ROOT") or Path(__file__).absolute().parents[1]).absolute()
MESSAGES = DATA["messages"]
TOL = DATA["tolerances"]
EXERCISES = {exercise["name"]: exercise for exercise in DATA["exercises"]}
# checks that only the grader can run: it times your code against its own, in a worker of its own
GRADER_ONLY = {"faster_than_naive": "the grader times it against a naive loop on its own machine"}


class Failure(Exception):
    """A check that does not hold; the message is the grader's sentence."""


def say(key, **fields):
    return MESSAGES[key].format(**fields)


def _array(value):
    return np.array([np.nan if isinstance(v, str) else v for v in np.ravel(value)]).reshape(np.shape(value)) \
        if isinstance(value, list) else np.asarray(value, dtype=float)


def values(data):
    """A number or an array from expected.py (nan and inf are stored as strings)."""
    if isinstance(data, str):
        return float(data)
    if isinstance(data, list):
        return np.array(_nested(data), dtype=float)
    return float(data)


def _nested(data):
    return [_nested(item) if isinstance(item, list) else (float(item) if isinstance(item, str) else item)
            for item in data]


# --- comparing, as the grader compares --------------------------------------------------------------

def losses_close(a, b, rtol=TOL["loss"]):
    a, b = float(a), float(b)
    return bool(np.isfinite(a) and np.isfinite(b) and abs(a - b) <= rtol * max(1.0, abs(b)))


def gradient_error(a, b):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    if a.shape != b.shape or not np.all(np.isfinite(a)):
        return float("inf")
    scale = np.linalg.norm(b)
    return float(np.linalg.norm(a - b) / scale) if scale > 1e-12 else float(np.linalg.norm(a - b))


def gradients_close(a, b, rtol=TOL["grad"]):
    return gradient_error(a, b) <= rtol


def single_precision(value):
    value = np.asarray(value, dtype=float)
    return bool(np.all(value.astype(np.float32).astype(np.float64) == value))


def matching(hypotheses, right, student, close, distance):
    """The one named mistake whose prediction explains the answer (the grader's rule), or None."""
    causes = {}
    for cause, predicted in hypotheses:
        predicted = values(predicted)
        if close(predicted, right) or not close(student, predicted):
            continue
        if distance(student, predicted) > TOL["explained"] * distance(predicted, right):
            continue
        causes.setdefault(cause, predicted)
    return next(iter(causes)) if len(causes) == 1 else None


def _loss_distance(a, b):
    return abs(float(a) - float(b))


def _gradient_distance(a, b):
    return float(np.linalg.norm(np.asarray(a, dtype=float) - np.asarray(b, dtype=float)))


def because(cause):
    return say("because", cause=cause) if cause else ""


# --- calling your code ---------------------------------------------------------------------------------

def _shown(filename):
    """A file of your package as ``cs231n/...`` (None for a file elsewhere)."""
    path = Path(filename).absolute()
    for top in (ROOT / "cs231n", (ROOT / "cs231n").resolve()):
        for candidate in (path, path.resolve()):
            if candidate.is_relative_to(top):
                return "cs231n/" + candidate.relative_to(top).as_posix()
    return None


def _where(error):
    """file:line in function, of the last frame in your package."""
    frames = [f for f in traceback.extract_tb(error.__traceback__) if _shown(f.filename)]
    if not frames:
        return None
    frame = frames[-1]
    return f"{_shown(frame.filename)}:{frame.lineno} in {frame.name}"


def call(name, function, *args, **kwargs):
    """Call your function; an exception becomes the grader's sentence about it."""
    try:
        with np.errstate(all="ignore"):
            return function(*args, **kwargs)
    except NotImplementedError:
        raise Failure(say("not_implemented", name=name)) from None
    except Exception as error:  # whatever your code raises is reported, not re-raised
        where = _where(error)
        text = say("raised", name=name, error_type=type(error).__name__, where=where or "?", message=error)
        raise Failure(text if where else text.replace(" at ?", "")) from None


def use_package(root):
    """Check the cs231n package in folder ``root`` from now on (forgetting any cs231n imported before)."""
    global ROOT
    if str(ROOT) in sys.path:
        sys.path.remove(str(ROOT))
    ROOT = Path(root).absolute()
    sys.path.insert(0, str(ROOT))
    for name in [n for n in sys.modules if n == "cs231n" or n.startswith("cs231n.")]:
        del sys.modules[name]
    importlib.invalidate_caches()


def function_of(exercise):
    """Your function (or method), imported from your cs231n package."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    shown = exercise["module"].replace(".", "/") + ".py"
    try:
        module = importlib.import_module(exercise["module"])
    except ModuleNotFoundError as error:
        if error.name and exercise["module"].startswith(error.name):
            raise Failure(f"{shown} is missing from the submission.") from None
        raise Failure(f"{shown} could not be imported: raised ModuleNotFoundError: {error}") from None
    except Exception as error:
        raise Failure(f"{shown} could not be imported: raised {type(error).__name__}: {error}") from None
    target = module
    for part in exercise["qualname"].split("."):
        target = getattr(target, part, None)
        if target is None:
            raise Failure(say("missing", name=exercise["name"], file=exercise["file"]))
    return module, target


def summary(value):
    """A few words for a returned value, as the grader says them."""
    if isinstance(value, np.ndarray):
        cls = "an ndarray" if type(value) is np.ndarray else f"a {type(value).__module__}.{type(value).__name__} " \
                                                           "(an ndarray subclass)"
        return f"{cls} of shape {value.shape}, dtype {value.dtype.name}"
    if isinstance(value, (tuple, list)):
        return f"a {type(value).__name__} of {len(value)} items"
    if value is None:
        return "None"
    module = type(value).__module__
    return f"a {type(value).__name__ if module == 'builtins' else module + '.' + type(value).__name__}"


def number(value):
    """The value of one real number in any harmless spelling, or None."""
    if isinstance(value, (bool, np.bool_)):
        return None
    if isinstance(value, (int, float, np.integer, np.floating)):
        return float(value)
    if isinstance(value, complex) or isinstance(value, np.complexfloating):
        return float(value.real) if value.imag == 0 else None
    if isinstance(value, np.ndarray) and value.size == 1 and value.dtype.kind in "iuf":
        return float(value.reshape(-1)[0])
    return None


def unpack(name, returned, w_shape):
    """(loss, dW) from what a loss returned, with the grader's sentences when it cannot be read."""
    if not isinstance(returned, (tuple, list)) or len(returned) != 2:
        raise Failure(say("not_a_pair", name=name, what=summary(returned)))
    loss, grad = returned
    value = number(loss)
    if value is None:
        raise Failure(say("loss_not_a_number", name=name, what=summary(loss)))
    if not isinstance(grad, np.ndarray) or grad.dtype.kind not in "biufc" or (
            grad.dtype.kind == "c" and np.any(grad.imag)):
        raise Failure(say("grad_not_real", name=name, what=summary(grad)))
    if grad.shape != tuple(w_shape):
        key = "grad_transposed" if grad.shape == tuple(w_shape)[::-1] else "grad_shape"
        raise Failure(say(key, name=name, shape=grad.shape, w_shape=tuple(w_shape)))
    return value, np.asarray(np.real(grad), dtype=float)


def precision(name, what, array):
    dtype = getattr(array, "dtype", None)
    if dtype is not None and dtype.kind == "f" and dtype.itemsize < 8:
        return say("precision", name=name, dtype=dtype).replace(" dW ", f" {what} ", 1)
    return None


# --- the loss checks --------------------------------------------------------------------------------------

@dataclass
class Run:
    """One exercise's run: its function and what its checks found so far."""

    exercise: dict
    module: object
    function: object
    cases: dict = field(default_factory=dict)

    @property
    def name(self):
        return self.exercise["name"]


# how the checks of a loss f(W, X, y, reg) and of the binary loss f(w, X, t, reg) differ: their sentences (dW or
# dw), the grader's rule for naming a mistake, the other data of "nothing computed", the numeric steps
STYLES = {
    "loss": {"prefix": "", "rule": "explained", "other_data": C.other_data, "probe_seed": 12,
             "steps": ((1e-5, TOL["numeric"]), (1e-2, 2e-3)), "args": ("W", "X", "y"), "single": True},
    "binary_loss": {"prefix": "binary_", "rule": "binary", "other_data": C.binary_other_data, "probe_seed": 13,
                    "steps": ((1e-5, TOL["numeric"]),), "args": ("w", "X", "t"), "single": False},
}


def style(run):
    return STYLES[run.exercise["kind"]]


def says(run, key, **fields):
    """The sentence ``key`` in the style of the run's exercise (the binary loss's own, when it has one)."""
    prefixed = style(run)["prefix"] + key
    return say(prefixed if prefixed in MESSAGES else key, **fields)


def diagnose(run, hypotheses, right, student, close, distance):
    if style(run)["rule"] == "explained":
        return matching(hypotheses, right, student, close, distance)
    causes = {cause for cause, predicted in hypotheses
              if close(student, values(predicted)) and not close(right, values(predicted))}
    return causes.pop() if len(causes) == 1 else None


def _family_cases(run):
    """{"main": [(Case, data)], "numeric": (Case, data), "edges": {id: [(Case, data)]}} of the exercise's family."""
    if not run.cases:
        family, data = run.exercise["family"], DATA["families"][run.exercise["family"]["name"]]
        regression = family["regression"]
        if run.exercise["kind"] == "binary_loss":
            main, numeric, edges = C.binary_main_cases(), C.binary_numeric_case(), C.binary_edge_cases()
        else:
            main, numeric = C.main_cases(regression), C.numeric_case(regression, family["hinge"])
            edges = C.edge_cases(regression, family["hinge"], family["softmax"])
        built = {"main": list(zip(main, data["main"])), "numeric": (numeric, data["numeric"]),
                 "edges": {key: list(zip(found, data["edges"][key])) for key, found in edges.items()}}
        for case, expected in built["main"] + [built["numeric"]] + [p for v in built["edges"].values() for p in v]:
            if not C.same_fingerprint(C.fingerprint(case.W, case.X, case.y), expected["fingerprint"]):
                raise Failure(f"the self-checks' input {case.description} is not the one their expected values were "
                              "computed on (another numpy version?); install the pinned requirements.")
        run.cases = built
    return run.cases


def loss_and_gradient(run, case, args=None):
    return unpack(run.name, call(run.name, run.function, *(args or case.args())), case.W.shape)


def nothing_computed(run, case, loss, grad):
    if loss == 0 and not np.any(grad):
        return says(run, "placeholders", name=run.name, case=case.description)
    other = unpack(run.name, call(run.name, run.function, *style(run)["other_data"](case)), case.W.shape)
    if other[0] == loss and np.array_equal(other[1], grad):
        return says(run, "ignores_data", name=run.name)
    return None


def _tolerance(run, value, default):
    return TOL["single_precision"] if style(run)["single"] and single_precision(value) else default


def expect_loss(run, case, expected, loss, grad):
    if not np.isfinite(loss) and style(run)["single"]:
        raise Failure(say("not_finite", name=run.name, loss=loss, case=case.description))
    right = values(expected["loss"])
    if losses_close(loss, right, rtol=_tolerance(run, loss, TOL["loss"])):
        return
    cause = diagnose(run, expected["loss_hypotheses"], right, loss, losses_close, _loss_distance) \
        if np.isfinite(loss) else None
    if cause is None:
        nothing = nothing_computed(run, case, loss, grad)
        if nothing:
            raise Failure(nothing)
    raise Failure(says(run, "loss", name=run.name, loss=loss, case=case.description,
                       error=abs(loss - right) / max(1.0, abs(right))) + because(cause))


def expect_gradient(run, case, expected, loss, grad):
    right = values(expected["grad"])
    if gradients_close(grad, right, rtol=_tolerance(run, grad, TOL["grad"])):
        return
    cause = diagnose(run, expected["gradient_hypotheses"], right, grad, gradients_close, _gradient_distance)
    if cause is None:
        nothing = nothing_computed(run, case, loss, grad)
        if nothing:
            raise Failure(nothing)
    raise Failure(says(run, "gradient", name=run.name, case=case.description, error=gradient_error(grad, right))
                  + because(cause))


def check_loss_matches_reference(run):
    for case, expected in _family_cases(run)["main"]:
        loss, grad = loss_and_gradient(run, case)
        expect_loss(run, case, expected, loss, grad)


def check_gradient_matches_reference(run):
    for case, expected in _family_cases(run)["main"]:
        loss, grad = loss_and_gradient(run, case)
        expect_gradient(run, case, expected, loss, grad)


def check_returns_loss_and_gradient(run):
    case, _ = _family_cases(run)["main"][-1]
    returned = call(run.name, run.function, *case.args())
    unpack(run.name, returned, case.W.shape)
    problem = precision(run.name, "dW", returned[1])
    if problem:
        raise Failure(says(run, "precision", name=run.name, dtype=returned[1].dtype))


def _probes(shape, rng):
    probes, labels = [], []
    for _ in range(6):
        index = tuple(int(rng.integers(n)) for n in shape)
        direction = np.zeros(shape)
        direction[index] = 1.0
        probes.append(direction)
        labels.append(f"W{list(index)}")
    for k in range(3):
        direction = rng.standard_normal(shape)
        probes.append(direction / np.linalg.norm(direction))
        labels.append(f"random direction {k + 1}")
    return probes, labels


def check_gradient_matches_numeric(run):
    case, expected = _family_cases(run)["numeric"]
    loss, grad = loss_and_gradient(run, case)
    right = values(expected["loss"])
    if not losses_close(loss, right) and diagnose(run, expected["loss_hypotheses"], right, loss, losses_close,
                                                  _loss_distance) is None:
        raise Failure(says(run, "numeric_needs_loss", name=run.name, case=case.description))
    if not np.all(np.isfinite(grad)):
        raise Failure(says(run, "numeric_not_finite", name=run.name, case=case.description))
    probes, labels = _probes(case.W.shape, np.random.default_rng(style(run)["probe_seed"]))
    labels = [label.replace("W", style(run)["args"][0]) for label in labels]
    analytic = np.array([np.sum(grad * d) for d in probes])
    _, X, y, reg = case.args()
    for step, tolerance in style(run)["steps"]:
        found = []
        for d in probes:
            for sign in (1.0, -1.0):
                value = number(call(run.name, run.function, case.W + sign * step * d, X.copy(), y.copy(), reg)[0])
                if value is None or not np.isfinite(value):
                    raise Failure(say("not_finite", name=run.name, loss=value, case=case.description))
                found.append(value)
        found = np.array(found)
        numeric = (found[0::2] - found[1::2]) / (2 * step)
        errors = np.abs(numeric - analytic) / np.maximum(np.abs(numeric) + np.abs(analytic), 1e-8)
        if np.all(errors <= tolerance):
            break
    else:
        worst = int(np.nanargmax(np.where(np.isfinite(errors), errors, np.inf)))
        raise Failure(says(run, "numeric_mismatch", name=run.name, case=case.description, error=errors[worst],
                           where=labels[worst]))
    right_grad = values(expected["grad"])
    if not gradients_close(grad, right_grad) and diagnose(run, expected["gradient_hypotheses"], right_grad, grad,
                                                          gradients_close, _gradient_distance) is None:
        raise Failure(says(run, "numeric_unexplained", name=run.name, case=case.description))


def _edge(check_id):
    def run_edge(run):
        for case, expected in _family_cases(run)["edges"][check_id]:
            loss, grad = loss_and_gradient(run, case)
            expect_loss(run, case, expected, loss, grad)
            expect_gradient(run, case, expected, loss, grad)
    return run_edge


def check_stable_for_large_scores(run):
    for case, expected in _family_cases(run)["edges"]["stable_for_large_scores"]:
        loss, grad = loss_and_gradient(run, case)
        if not np.isfinite(loss) or not np.all(np.isfinite(grad)):
            raise Failure(say("unstable", name=run.name, case=case.description))
        expect_loss(run, case, expected, loss, grad)
        expect_gradient(run, case, expected, loss, grad)


def check_does_not_modify_inputs(run):
    case, _ = _family_cases(run)["main"][-1]
    sent = case.args()
    call(run.name, run.function, *sent)
    for arg, before, now in zip(style(run)["args"], case.args(), sent):
        if not (isinstance(now, np.ndarray) and now.shape == before.shape and np.array_equal(now, before)):
            raise Failure(says(run, "modified", name=run.name, arg=arg))


def check_independent_of_global_random_state(run):
    case, _ = _family_cases(run)["main"][-1]
    state = np.random.get_state()
    try:
        results = []
        for seed in (1, 2):
            np.random.seed(seed)
            results.append(loss_and_gradient(run, case))
    finally:
        np.random.set_state(state)
    (loss_a, grad_a), (loss_b, grad_b) = results
    if loss_a != loss_b or not np.array_equal(grad_a, grad_b):
        raise Failure(says(run, "global_random", name=run.name))


# --- no Python loops: your function's own source and the functions of your package it calls --------------

LOOP_CALLS = {"map", "filter", "reduce", "vectorize", "frompyfunc", "apply_along_axis", "fromiter", "exec", "eval"}
LOOP_NODES = {ast.For: "a for loop", ast.While: "a while loop", ast.ListComp: "a list comprehension",
              ast.SetComp: "a set comprehension", ast.DictComp: "a dict comprehension",
              ast.GeneratorExp: "a generator expression", ast.AsyncFor: "a for loop"}


def _loops_in(function, seen, stack):
    """(what, where) of the first loop in a function or the functions of your package it calls, or None.

    ``stack`` holds the code objects of the calls that led here: meeting one again is recursion.
    """
    function = inspect.unwrap(function)
    code = getattr(function, "__code__", None)
    if code is None:
        return None
    if code in stack:
        return "recursion", f"{function.__name__} calls itself"
    if code in seen:
        return None
    seen.add(code)
    try:
        source = inspect.getsource(function)
        tree = ast.parse(inspect.cleandoc("\n" + source) if source[:1].isspace() else source)
    except (OSError, TypeError, SyntaxError):
        return None
    shown = _shown(code.co_filename) or Path(code.co_filename).name
    for node in ast.walk(tree):
        line = f"{shown} line {code.co_firstlineno + getattr(node, 'lineno', 1) - 1}"
        for kind, what in LOOP_NODES.items():
            if isinstance(node, kind):
                return what, line
        if isinstance(node, ast.Call):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name in LOOP_CALLS:
                return f"{name}()", line
            target = function.__globals__.get(name) if isinstance(node.func, ast.Name) else None
            target_code = getattr(inspect.unwrap(target), "__code__", None) if callable(target) else None
            if target_code is not None and _shown(target_code.co_filename):
                found = _loops_in(target, seen, stack | {code})
                if found:
                    return found
    return None


def check_has_no_python_loops(run):
    found = _loops_in(run.function, set(), frozenset())
    if found:
        what, where = found
        raise Failure(f"{run.name} uses {what} ({where}); a vectorized version must use whole-array operations only.")


# --- penalties -----------------------------------------------------------------------------------------------

def _penalty_answers(run):
    if "penalty" not in run.cases:
        found = []
        for (W, reg), expected in zip(C.penalty_cases(), DATA["penalties"][run.name]):
            if not C.same_fingerprint(C.fingerprint(W), expected["fingerprint"]):
                raise Failure("the self-checks' inputs are not those their expected values were computed on "
                              "(another numpy version?); install the pinned requirements.")
            loss, grad = unpack(run.name, call(run.name, run.function, W.copy(), reg), W.shape)
            found.append((W, reg, expected, loss, grad))
        run.cases["penalty"] = found
    return run.cases["penalty"]


def _same_gradient(a, b):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    if a.shape != b.shape or not np.array_equal(np.isnan(a), np.isnan(b)):
        return False
    finite = ~np.isnan(b)
    return gradients_close(a[finite], b[finite]) if np.any(finite) else True


def _penalty_cause(answers, part):
    key, same, index = ("loss_mistakes", losses_close, 0) if part == "loss" else ("gradient_mistakes",
                                                                                   _same_gradient, 1)
    explained = None
    for _, _, expected, *got in answers:
        here = {cause for cause, predicted in expected[key] if same(got[index], values(predicted))}
        explained = here if explained is None else explained & here
    return explained.pop() if explained and len(explained) == 1 else None


def check_penalty_matches_reference(run):
    answers = _penalty_answers(run)
    for W, reg, expected, loss, _ in answers:
        if not losses_close(loss, values(expected["loss"])):
            raise Failure(say("penalty", name=run.name, loss=loss, reg=reg) + because(_penalty_cause(answers, "loss")))


def check_penalty_gradient_matches_reference(run):
    answers = _penalty_answers(run)
    for W, reg, expected, _, grad in answers:
        if not gradients_close(grad, values(expected["grad"])):
            raise Failure(say("penalty_gradient", name=run.name, reg=reg)
                          + because(_penalty_cause(answers, "gradient")))


def check_returns_penalty_and_gradient(run):
    W, reg = C.penalty_cases()[0]
    returned = call(run.name, run.function, W.copy(), reg)
    unpack(run.name, returned, W.shape)
    problem = precision(run.name, "dW", returned[1])
    if problem:
        raise Failure(problem)


def check_subgradient_zero_at_zero(run):
    W = np.array([[0.0, -0.5], [1.25, 0.0], [0.0, 0.0], [0.0, 3.0]])
    _, grad = unpack(run.name, call(run.name, run.function, W.copy(), 1.5), W.shape)
    if not np.allclose(grad[W != 0], 1.5 * np.sign(W[W != 0])):
        raise Failure(say("subgradient_elsewhere", name=run.name))
    if np.any(np.isnan(grad[W == 0])):
        raise Failure(say("subgradient_nan", name=run.name))
    if not np.all(grad[W == 0] == 0):
        raise Failure(say("subgradient_nonzero", name=run.name))


def check_penalty_does_not_modify_inputs(run):
    W, reg = C.penalty_cases()[1]
    sent = W.copy()
    call(run.name, run.function, sent, reg)
    if not np.array_equal(sent, W):
        raise Failure(say("penalty_modified", name=run.name))


# --- the proximal step of L1 ------------------------------------------------------------------------------------

def _proximal(run, W, rate, reg):
    returned = call(run.name, run.function, W.copy(), rate, reg)
    if not isinstance(returned, np.ndarray) or returned.shape != W.shape or returned.dtype.kind not in "biuf":
        raise Failure(say("proximal_shape", name=run.name, what=summary(returned), shape=W.shape))
    return returned, returned.astype(float)


def check_soft_thresholds(run):
    for (W, rate, reg), expected in zip(C.proximal_cases(), DATA["penalties"][run.name]):
        if not C.same_fingerprint(C.fingerprint(W), expected["fingerprint"]):
            raise Failure("the self-checks' inputs are not those their expected values were computed on "
                          "(another numpy version?); install the pinned requirements.")
        _, got = _proximal(run, W, rate, reg)
        right = values(expected["expected"])
        if not np.allclose(got, right, rtol=1e-12, atol=1e-12):
            causes = [c for c, predicted in expected["mistakes"]
                      if np.allclose(got, values(predicted), rtol=1e-12, atol=1e-12)
                      and not np.allclose(right, values(predicted))]
            key = "proximal_unchanged" if np.array_equal(got, W) else "proximal_wrong"
            raise Failure(say(key, name=run.name, shape=W.shape, rate=rate, reg=reg)
                          + because(causes[0] if len(causes) == 1 else None))


def check_sets_small_weights_to_exactly_zero(run):
    W = np.array([[0.24, -0.24, 0.23], [-0.25, 1e-9, -1.5], [0.0, 0.4, -0.04], [0.7, -0.241, 0.0]])
    _, got = _proximal(run, W, 0.4, 0.6)
    small = np.abs(W) <= 0.24
    if not np.all(got[small] == 0):
        raise Failure(say("proximal_not_zero", name=run.name))
    if np.any(got[~small] == 0):
        raise Failure(say("proximal_too_many_zeros", name=run.name))


def check_proximal_returns_a_new_array(run):
    W, rate, reg = C.proximal_cases()[0]
    sent = W.copy()
    returned = call(run.name, run.function, sent, rate, reg)
    if not np.array_equal(sent, W):
        raise Failure(say("proximal_modified", name=run.name))
    problem = precision(run.name, "the new W", returned)
    if problem:
        raise Failure(problem)


# --- predictions ------------------------------------------------------------------------------------------------

def _labels(returned):
    try:
        got = np.asarray(returned, dtype=float)
    except (TypeError, ValueError):
        return None
    return got if got.ndim >= 1 else None


def _same_labels(got, predicted):
    return got is not None and got.shape == predicted.shape and np.allclose(got, predicted, rtol=1e-9, atol=0)


def _prediction_case(key, fingerprint_of):
    data = DATA["predictions"][key]
    if not C.same_fingerprint(C.fingerprint(*fingerprint_of), data["fingerprint"]):
        raise Failure("the self-checks' inputs are not those their expected values were computed on "
                      "(another numpy version?); install the pinned requirements.")
    return data


def _predict(run, W, X):
    classifier = run.module.LinearClassifier()
    classifier.W = W.copy()
    return call(run.name, run.function.__get__(classifier), X.copy())


def check_predicts_highest_score(run):
    W, X = C.scores_with_ties(24, 4, (1, 2), seed=360)
    data = _prediction_case("predict", (W, X))
    returned = _predict(run, W, X)
    got, expected = _labels(returned), values(data["expected"])
    if got is not None and got.shape == expected.shape and np.array_equal(got, expected):
        return
    cause = next((c for c, predicted in data["mistakes"] if _same_labels(got, values(predicted))), None)
    if cause is None and np.shape(returned) == (X.shape[0], W.shape[1]):
        cause = data["scores_cause"]
    raise Failure(say("predict", name=run.name, num=len(X), classes=W.shape[1]) + because(cause))


def _integer_labels(run, returned, num, key):
    if not isinstance(returned, np.ndarray) or returned.shape != (num,):
        raise Failure(say("labels_shape", name=run.name, what=summary(returned), num=num))
    if returned.dtype.kind not in "iu":
        raise Failure(say(key, name=run.name, dtype=returned.dtype))


def check_returns_integer_labels(run):
    W, X = C.scores_with_ties(24, 4, (1, 2), seed=360)
    _integer_labels(run, _predict(run, W, X), len(X), "labels_dtype")


def check_picks_highest_score(run):
    W, X = C.scores_with_ties(21, 4, (0, 3), seed=361)
    data = _prediction_case("one_vs_all", (W, X))
    got, expected = _labels(call(run.name, run.function, W.copy(), X.copy())), values(data["expected"])
    if got is not None and got.shape == expected.shape and np.array_equal(got, expected):
        return
    causes = [c for c, predicted in data["mistakes"] if _same_labels(got, values(predicted))
              and not _same_labels(values(predicted), expected)]
    raise Failure(say("one_vs_all", name=run.name, num=len(X), classes=W.shape[1])
                  + because(causes[0] if len(causes) == 1 else None))


def check_ova_returns_integer_labels(run):
    W, X = C.scores_with_ties(21, 4, (0, 3), seed=361)
    returned = call(run.name, run.function, W.copy(), X.copy())
    _integer_labels(run, returned, len(X), "ova_labels")


def _votes(scores, classes):
    first, second = np.triu_indices(classes, k=1)
    winners = np.where(scores >= 0, first, second)
    return np.stack([np.bincount(row, minlength=classes) for row in winners])


def _ovo(run, rows):
    pairwise, classes = C.pairwise_scores()
    data = _prediction_case("one_vs_one", (pairwise,))
    X = pairwise[rows]
    got = _labels(call(run.name, run.function, np.eye(X.shape[1]), X.copy(), classes))
    if got is None or got.shape != (len(X),):
        returned = call(run.name, run.function, np.eye(X.shape[1]), X.copy(), classes)
        raise Failure(say("labels_of", name=run.name, what=summary(returned), num=len(X)))
    return got, values(data["expected"])[rows], classes


def _ovo_because(run):
    pairwise, classes = C.pairwise_scores()
    data = DATA["predictions"]["one_vs_one"]
    try:
        got = _labels(call(run.name, run.function, np.eye(pairwise.shape[1]), pairwise.copy(), classes))
    except Failure:
        return ""
    right = values(data["expected"])
    causes = [c for c, predicted in data["mistakes"] if _same_labels(got, values(predicted))
              and not np.array_equal(got, right)]
    return because(causes[0]) if len(causes) == 1 else ""


def _ovo_rows(ties, zeros):
    pairwise, classes = C.pairwise_scores()
    counts = _votes(pairwise, classes)
    tied = (counts == counts.max(axis=1, keepdims=True)).sum(axis=1) > 1
    has_zero = np.any(pairwise == 0, axis=1)
    return np.flatnonzero((tied == ties) & (has_zero == zeros))


def check_counts_votes(run):
    got, expected, classes = _ovo(run, _ovo_rows(ties=False, zeros=False))
    if not np.array_equal(got, expected):
        raise Failure(say("one_vs_one", name=run.name, num=len(got), classes=classes, because=_ovo_because(run)))


def check_breaks_vote_ties_toward_lowest_class(run):
    got, expected, classes = _ovo(run, _ovo_rows(ties=True, zeros=False))
    if not np.array_equal(got, expected):
        raise Failure(say("vote_ties", name=run.name, classes=classes, because=_ovo_because(run)))


def check_zero_score_votes_for_first_class(run):
    got, expected, classes = _ovo(run, _ovo_rows(ties=False, zeros=True))
    if not np.array_equal(got, expected):
        raise Failure(say("zero_votes", name=run.name, because=_ovo_because(run)))


def check_ovo_returns_integer_labels(run):
    pairwise, classes = C.pairwise_scores()
    X = pairwise[:6]
    returned = call(run.name, run.function, np.eye(X.shape[1]), X.copy(), classes)
    if not isinstance(returned, np.ndarray) or returned.shape != (len(X),):
        raise Failure(say("labels_shape", name=run.name, what=summary(returned), num=len(X)))
    if returned.dtype.kind not in "iu":
        raise Failure(say("ovo_labels", name=run.name, dtype=returned.dtype))


# --- sgd_step and sample_batch -------------------------------------------------------------------------------

def _step_case(seed):
    rng = np.random.default_rng(seed)
    return rng.standard_normal((4, 3)), rng.standard_normal((4, 3)), float(rng.uniform(0.01, 0.5))


def check_returns_updated_weights(run):
    for seed in (370, 371):
        W, dW, rate = _step_case(seed)
        new = call(run.name, run.function, W.copy(), dW.copy(), rate)
        if not isinstance(new, np.ndarray) or new.shape != W.shape:
            raise Failure(say("sgd_shape", name=run.name, what=summary(new), shape=W.shape))
        if np.allclose(new, W + rate * dW):
            raise Failure(say("sgd_ascends", name=run.name))
        if not np.allclose(new, W - rate * dW, rtol=1e-12, atol=1e-12):
            raise Failure(say("sgd_no_rate" if np.allclose(new, W - dW) else "sgd_wrong", name=run.name))


def check_sgd_step_does_not_modify_inputs(run):
    W, dW, rate = _step_case(372)
    sent = [W.copy(), dW.copy()]
    returned = call(run.name, run.function, sent[0], sent[1], rate)
    if not np.array_equal(sent[0], W):
        raise Failure(say("sgd_modified_W", name=run.name))
    if not np.array_equal(sent[1], dW):
        raise Failure(say("sgd_modified_dW", name=run.name))
    problem = precision(run.name, "the new W", returned)
    if problem:
        raise Failure(problem)


ROWS = 20


def indexed_data():
    """Rows that carry their own index in column 0; labels that are not the index."""
    rng = np.random.default_rng(380)
    X = np.hstack([np.arange(ROWS, dtype=float)[:, None], rng.standard_normal((ROWS, 3))])
    return X, (np.arange(ROWS) * 5 + 2) % 3


def _batch(run, returned, size):
    if not isinstance(returned, (tuple, list)) or len(returned) != 2:
        raise Failure(say("batch_not_pair", name=run.name, what=summary(returned)))
    X_batch, y_batch = (np.asarray(item) if isinstance(item, np.ndarray) else None for item in returned)
    if X_batch is None or y_batch is None:
        raise Failure(f"{run.name} must return two arrays (X_batch, y_batch).")
    if X_batch.shape != (size, 4) or y_batch.shape != (size,):
        raise Failure(f"{run.name} with batch_size={size} returned shapes {X_batch.shape} and {y_batch.shape}; "
                      f"expected ({size}, 4) and ({size},).")
    return X_batch, y_batch


def _rows_of(run, X_batch, y_batch, X, y):
    indices = X_batch[:, 0].astype(int)
    if np.any(indices < 0) or np.any(indices >= len(X)) or not np.array_equal(X[indices], X_batch):
        raise Failure(say("batch_foreign_rows", name=run.name))
    if not np.array_equal(y[indices], y_batch):
        raise Failure(say("batch_wrong_labels", name=run.name))
    return indices


def _sample(run, size, seed, global_seed=None):
    X, y = indexed_data()
    state = np.random.get_state()
    try:
        if global_seed is not None:
            np.random.seed(global_seed)
        return call(run.name, run.function, X, y, size, np.random.default_rng(seed))
    finally:
        np.random.set_state(state)


def check_returns_rows_with_their_labels(run):
    X, y = indexed_data()
    for size in (7, 1, 33):
        X_batch, y_batch = _batch(run, _sample(run, size, 1), size)
        _rows_of(run, X_batch, y_batch, X, y)


def check_uses_the_given_rng(run):
    draws = {key: _batch(run, _sample(run, 9, *key), 9)[0][:, 0] for key in ((3, 1), (3, 2), (4, 1))}
    if not np.array_equal(draws[3, 1], draws[3, 2]):
        raise Failure(f"{run.name} drew different batches from the same rng seed after different np.random.seed "
                      "calls: draw with rng, not np.random.")
    if np.array_equal(draws[3, 1], draws[4, 1]):
        raise Failure(f"{run.name} drew the same batch from two different rng seeds: draw the indices with rng.")


def check_full_batch_when_none(run):
    X, y = indexed_data()
    X_batch, y_batch = _batch(run, _sample(run, None, 1), ROWS)
    if not (np.array_equal(X_batch, X) and np.array_equal(y_batch, y)):
        raise Failure(say("batch_not_whole", name=run.name))


def check_covers_all_rows(run):
    X, y = indexed_data()
    rng = np.random.default_rng(5)
    indices = [_rows_of(run, *_batch(run, call(run.name, run.function, X, y, 5, rng), 5), X, y) for _ in range(60)]
    if all(np.array_equal(indices[0], other) for other in indices[1:]):
        raise Failure(f"{run.name} returned the same batch on every call with one rng; draw new indices each time.")
    counts = np.bincount(np.concatenate(indices), minlength=ROWS)
    if np.any(counts == 0):
        raise Failure(f"{run.name} never drew some rows of X in 60 batches (for example row "
                      f"{int(np.argmin(counts))}); draw from all N rows.")
    pairs = {(int(a), int(b)) for batch in indices for a in batch for b in batch if a < b}
    if len(pairs) < 150:
        raise Failure(f"{run.name} draws rows in a pattern (in 60 batches of 5 only {len(pairs)} of the "
                      f"{ROWS * (ROWS - 1) // 2} pairs of rows ever met): draw each row at random.")


def check_sample_batch_does_not_modify_inputs(run):
    X, y = indexed_data()
    sent = [X.copy(), y.copy()]
    call(run.name, run.function, sent[0], sent[1], 8, np.random.default_rng(6))
    if not (np.array_equal(sent[0], X) and np.array_equal(sent[1], y)):
        raise Failure(f"{run.name} modified X or y in place (shuffling them?); index them instead.")


# --- train ------------------------------------------------------------------------------------------------------

def _toy_problem():
    rng = np.random.default_rng(390)
    features = rng.standard_normal((40, 3))
    y = np.argmax(features @ rng.standard_normal((3, 3)), axis=1)
    X = np.hstack([np.arange(40, dtype=float)[:, None], features, np.ones((40, 1))])
    return X, y


class _Recorder:
    """A classifier whose loss is a toy quadratic (sum((W - T)**2) + reg * sum(W**2)): what train does is recorded."""

    def __init__(self, run, W=None):
        base = run.module.LinearClassifier
        recorder = self
        self.steps = []
        self.target = np.random.default_rng(391).standard_normal((5, 3))

        class Recorded(base):
            def loss(self, X_batch, y_batch, reg):
                W = np.asarray(self.W, dtype=float)
                loss = float(np.sum((W - recorder.target) ** 2) + reg * np.sum(W * W))
                dW = 2 * (W - recorder.target) + 2 * reg * W
                recorder.steps.append((W.copy(), np.array(X_batch, copy=True), np.array(y_batch, copy=True),
                                       loss, dW, reg))
                return loss, dW

        self.classifier = Recorded()
        if W is not None:
            self.classifier.W = W


def _train(run, batch_size, num_iters, learning_rate=0.05, reg=1e-3, seed=7, global_seed=None):
    X, y = _toy_problem()
    recorder = _Recorder(run)
    state = np.random.get_state()
    try:
        if global_seed is not None:
            np.random.seed(global_seed)
        history = call(run.name, recorder.classifier.train, X, y, learning_rate=learning_rate, reg=reg,
                       num_iters=num_iters, batch_size=batch_size, verbose=False, rng=np.random.default_rng(seed))
    finally:
        np.random.set_state(state)
    if not recorder.steps:
        raise Failure(f"{run.name} never called self.loss(X_batch, y_batch, reg).")
    return recorder, history


def check_loss_falls_on_separable_problem(run):
    recorder, _ = _train(run, batch_size=10, num_iters=40)
    losses = np.array([step[3] for step in recorder.steps])
    if len(losses) < 40 or not np.mean(losses[-5:]) < 0.5 * losses[0]:
        raise Failure(f"{run.name} did not lower the loss of a toy problem (first {losses[0]:.3f}, last five average "
                      f"{np.mean(losses[-5:]):.3f} after {len(losses)} steps).")


def check_takes_gradient_steps(run):
    rate, reg = 0.21, 0.017
    recorder, _ = _train(run, batch_size=10, num_iters=8, learning_rate=rate, reg=reg)
    wrong = next((step[5] for step in recorder.steps if step[5] != reg), None)
    if wrong is not None:
        raise Failure(f"{run.name} called self.loss with reg={wrong:g} instead of the reg it was given ({reg:g}); "
                      "pass train's reg on to the loss.")
    weights = [step[0] for step in recorder.steps] + [np.asarray(recorder.classifier.W, dtype=float)]
    for t, (before, after) in enumerate(zip(weights, weights[1:])):
        dW = recorder.steps[t][4]
        if after.shape != before.shape or not np.allclose(after, before - rate * dW, rtol=1e-9, atol=1e-12):
            hint = " (it moved along the gradient instead of against it)" if (
                after.shape == before.shape and np.allclose(after, before + rate * dW)) else ""
            raise Failure(f"{run.name}: after step {t + 1} self.W is not W - learning_rate * dW{hint}.")


def check_returns_loss_history(run):
    recorder, history = _train(run, batch_size=10, num_iters=12)
    try:
        found = [float(v) for v in history]
    except (TypeError, ValueError):
        raise Failure(f"{run.name} returned {summary(history)}; it must return loss_history, a list of "
                      "floats.") from None
    if len(found) != 12:
        raise Failure(f"{run.name} with num_iters=12 returned a history of {len(found)} losses; append one loss per "
                      "step.")
    if not all(losses_close(a, step[3]) for a, step in zip(found, recorder.steps)):
        raise Failure(f"{run.name}'s loss_history does not hold the loss that self.loss returned at each step.")


def check_batch_mode_uses_all_examples(run):
    X, y = _toy_problem()
    recorder, _ = _train(run, batch_size=None, num_iters=3)
    for _, X_batch, y_batch, *_ in recorder.steps:
        if X_batch.shape != X.shape:
            raise Failure(f"{run.name} with batch_size=None passed batches of shape {X_batch.shape}; batch gradient "
                          f"descent uses all of X, shape {X.shape}.")
        if not np.array_equal(np.sort(X_batch[:, 0]), np.arange(len(X))):
            raise Failure(f"{run.name} with batch_size=None did not use every example exactly once per step.")


def check_stochastic_mode_uses_one_example(run):
    X, _ = _toy_problem()
    recorder, _ = _train(run, batch_size=1, num_iters=15)
    seen = set()
    for _, X_batch, *_ in recorder.steps:
        if X_batch.shape != (1, X.shape[1]):
            raise Failure(f"{run.name} with batch_size=1 passed batches of shape {X_batch.shape}; stochastic gradient "
                          f"descent uses one example, shape (1, {X.shape[1]}).")
        seen.add(int(X_batch[0, 0]))
    if len(seen) < 4:
        raise Failure(f"{run.name} with batch_size=1 used only {len(seen)} different examples in 15 steps.")


def check_minibatch_mode_draws_new_batches(run):
    X, _ = _toy_problem()
    recorder, _ = _train(run, batch_size=6, num_iters=8)
    batches = []
    for _, X_batch, *_ in recorder.steps:
        if X_batch.shape != (6, X.shape[1]):
            raise Failure(f"{run.name} with batch_size=6 passed batches of shape {X_batch.shape}; expected "
                          f"(6, {X.shape[1]}).")
        batches.append(X_batch[:, 0])
    if all(np.array_equal(batches[0], other) for other in batches[1:]):
        raise Failure(f"{run.name} used the same minibatch at every step; draw a new one each step.")


def check_initializes_weights(run):
    X, _ = _toy_problem()
    recorder, _ = _train(run, batch_size=10, num_iters=1)
    W = recorder.steps[0][0]
    if W.shape != (X.shape[1], 3) or not np.all(np.abs(W) < 0.1) or not np.any(W != 0):
        raise Failure(f"{run.name} started from a W of shape {W.shape}; expected small random values of shape "
                      f"(D, C) = ({X.shape[1]}, 3).")


def check_reproducible_with_rng(run):
    runs = {key: _train(run, batch_size=5, num_iters=4, seed=seed, global_seed=g)[0]
            for key, (seed, g) in {"a": (8, 1), "b": (8, 2), "c": (9, 1)}.items()}
    batches = {k: [step[1][:, 0].tolist() for step in r.steps] for k, r in runs.items()}
    starts = {k: r.steps[0][0].ravel().tolist() for k, r in runs.items()}
    if batches["a"] != batches["b"] or starts["a"] != starts["b"]:
        raise Failure(f"{run.name} gave different runs for the same rng seed after different np.random.seed calls: "
                      "use rng (passed to train) for the initial W and for every batch.")
    for what, drawn in (("batches", batches), ("initial W", starts)):
        if drawn["a"] == drawn["c"]:
            raise Failure(f"{run.name} drew the same {what} for two different rng seeds: draw them with the rng "
                          "passed to train.")


# --- train_l1_proximal: train with your own sample_batch, sgd_step and l1_proximal_step, every call recorded --------

PROX_RATE, PROX_REG, PROX_STEPS = 0.3, 0.08, 8


def _train_proximal(run):
    if "proximal" in run.cases:
        return run.cases["proximal"]
    X, y = _toy_problem()
    recorder = _Recorder(run)
    recorder.target[::2, 1:] = 0.0  # weights whose best value is exactly 0: the proximal step gets them there
    events = []
    module = run.module
    originals = {name: getattr(module, name, None) for name in ("sgd_step", "l1_proximal_step")}

    def recorded(name, function):
        def wrapper(*args, **kwargs):
            # handed on as a plain array, as the grader hands on what its own helpers return
            result = np.asarray(function(*args, **kwargs))
            events.append((name, args, kwargs, np.array(result, dtype=float, copy=True)))
            return result
        return wrapper

    loss = recorder.classifier.loss

    def recorded_loss(X_batch, y_batch, reg):
        found = loss(X_batch, y_batch, reg)
        events.append(("loss", (reg,), {}, recorder.steps[-1][4]))
        return found

    recorder.classifier.loss = recorded_loss
    for name, function in originals.items():
        if function is not None:
            setattr(module, name, recorded(name, function))
    try:
        history = call(run.name, recorder.classifier.train_l1_proximal, X, y, learning_rate=PROX_RATE, reg=PROX_REG,
                       num_iters=PROX_STEPS, batch_size=10, rng=np.random.default_rng(7))
    finally:
        for name, function in originals.items():
            if function is not None:
                setattr(module, name, function)
    if not recorder.steps:
        raise Failure(f"{run.name} never called self.loss(X_batch, y_batch, 0.0).")
    run.cases["proximal"] = recorder, events, history
    return run.cases["proximal"]


def _argument(args, kwargs, index, name):
    return kwargs[name] if name in kwargs else (args[index] if len(args) > index else None)


def check_data_step_then_proximal_step(run):
    recorder, events, _ = _train_proximal(run)
    wrong_reg = next((step[5] for step in recorder.steps if step[5] != 0), None)
    if wrong_reg is not None:
        raise Failure(f"{run.name} called self.loss with reg={wrong_reg:g}; the L1 penalty is the proximal step's "
                      "job: the data loss takes reg=0.0 (else the penalty is applied twice).")
    names = [name for name, *_ in events]
    if names[:2] == ["loss", "l1_proximal_step"] or names[:1] == ["l1_proximal_step"]:
        raise Failure(f"{run.name} applies the proximal step before the gradient step; each step is the gradient "
                      "step on the data loss first, then l1_proximal_step on its result.")
    if names != ["loss", "sgd_step", "l1_proximal_step"] * PROX_STEPS:
        missing = " (it never called l1_proximal_step)" if "l1_proximal_step" not in names else ""
        raise Failure(f"{run.name} did not take, at each of its {PROX_STEPS} steps, self.loss, then sgd_step, then "
                      f"l1_proximal_step{missing}.")
    weights = [step[0] for step in recorder.steps] + [np.asarray(recorder.classifier.W, dtype=float)]
    for k in range(PROX_STEPS):
        (_, _, _, dW), (_, sgd_args, sgd_kwargs, stepped), (_, prox_args, prox_kwargs, proximal) = \
            events[3 * k: 3 * k + 3]
        if not np.array_equal(np.asarray(_argument(sgd_args, sgd_kwargs, 1, "dW"), dtype=float), dW) or \
                _argument(sgd_args, sgd_kwargs, 2, "learning_rate") != PROX_RATE:
            raise Failure(f"{run.name} did not step with sgd_step(self.W, dW, learning_rate) on the gradient "
                          "self.loss returned.")
        if not np.array_equal(np.asarray(_argument(prox_args, prox_kwargs, 0, "W"), dtype=float), stepped):
            raise Failure(f"{run.name} did not apply l1_proximal_step to the weights sgd_step returned.")
        rate, reg = _argument(prox_args, prox_kwargs, 1, "learning_rate"), _argument(prox_args, prox_kwargs, 2, "reg")
        if rate != PROX_RATE or reg != PROX_REG:
            raise Failure(f"{run.name} called l1_proximal_step with learning_rate={rate!s:.12} and reg={reg!s:.12}; "
                          f"it takes train's own ({PROX_RATE:g}, {PROX_REG:g}), in that order.")
        if weights[k + 1].shape != proximal.shape or not np.array_equal(weights[k + 1], proximal):
            raise Failure(f"{run.name}: after step {k + 1} self.W is not what l1_proximal_step returned.")


def check_proximal_history(run):
    recorder, _, history = _train_proximal(run)
    expected = [step[3] + PROX_REG * float(np.sum(np.abs(step[0]))) for step in recorder.steps]
    try:
        found = [float(v) for v in history]
    except (TypeError, ValueError):
        found = None
    if found is None or len(found) != len(expected):
        raise Failure(f"{run.name} returned {summary(history)}; it must return one loss per step ({len(expected)}).")
    if not np.allclose(found, expected, rtol=1e-9, atol=1e-12):
        hint = " (the penalty reg * np.sum(np.abs(W)) is missing)" if np.allclose(
            found, [step[3] for step in recorder.steps]) else ""
        raise Failure(f"{run.name}'s history is not the data loss plus reg * sum(|W|) of each step{hint}.")


def check_proximal_training_reaches_zeros(run):
    recorder, _, _ = _train_proximal(run)
    W = np.asarray(recorder.classifier.W, dtype=float)
    if not np.any(W == 0):
        raise Failure(f"{run.name} ends with no weight exactly 0 after {PROX_STEPS} proximal steps with "
                      f"learning_rate={PROX_RATE:g} and reg={PROX_REG:g}: the proximal step sets small weights to 0.")


# --- train_one_vs_all / train_one_vs_one: your trainer with stand-in helpers, every call recorded -----------------

SCHEME = DATA.get("schemes", {})
# the grader's runs of a trainer: its rng seed; steps to learn; the three runs of reproducibility (rng seed, global
# seed); the full-batch run's steps; the accuracy it asks for
SCHEME_SEED, LEARN_STEPS, FULL_BATCH_STEPS, NEEDED_ACCURACY = 7, 60, 2, 0.9
REPRODUCIBILITY_RUNS, REPRODUCIBILITY_STEPS = {"a": (8, 1), "b": (8, 2), "c": (9, 1)}, 5


class _Refused(Exception):
    """A stand-in refuses its arguments, as the grader's does."""


@dataclass
class _SchemeStep:
    """One call of binary_svm_loss while your trainer ran."""

    w: np.ndarray
    rows: np.ndarray  # indices of the batch's rows in X
    t: np.ndarray
    reg: float
    num_rows: object  # the number of rows given to the sample_batch call before it (None: no call)
    drawn: object  # how many rows that call returned
    dw: np.ndarray


class _SchemeRecorder:
    """Stand-ins of binary_svm_loss, sample_batch and sgd_step, put in your modules while your trainer runs.

    As the grader's, they check their arguments (with the grader's sentences) and record every call, so that
    a bug in your own helpers costs nothing here. They are not the answers to those exercises: the loss is a
    logistic loss (not the hinge), and a batch is a run of consecutive rows from a random start that never
    reaches the row before the start (so that no batch of a given size is every row: only batch_size=None is).
    """

    def __init__(self, X, y):
        self.X, self.y = X, y
        self.steps, self.updates = [], []  # updates: (w before, dw, learning rate, w after) per sgd_step call
        self.last_num_rows = self.last_drawn = None

    def _answer(self, compute, *args):
        try:
            return compute(*args)
        except _Refused as refusal:
            raise ValueError(str(refusal)) from None
        except Exception as error:  # whatever your code sent, the stand-in answers, as the grader's does
            raise ValueError(say("scheme_crash", error_type=type(error).__name__)) from None

    def sample_batch(self, X, y, batch_size, rng):
        seed = int(rng.integers(2**62))
        rows, size = int(np.shape(X)[0]), None if batch_size is None else int(batch_size)
        picked = self._answer(self._pick, rows, size, seed)
        return X[picked], y[picked]

    def _pick(self, rows, size, seed):
        if not 1 <= rows <= len(self.X):
            raise _Refused(say("scheme_num_rows", rows=rows))
        if size is not None and not 1 <= size <= 1000:
            raise _Refused(say("scheme_batch_size", size=size))
        if size is None:
            picked = np.arange(rows)
        else:  # size rows in a cycle from a random start, the row before the start never (even if size >= rows)
            picked = (seed + np.arange(size)) % rows
            picked[picked == (seed - 1) % rows] = seed % rows
        self.last_num_rows, self.last_drawn = rows, len(picked)
        return picked

    def sgd_step(self, W, dW, learning_rate):
        return self._answer(self._step, np.asarray(W, dtype=float), np.asarray(dW, dtype=float), float(learning_rate))

    def _step(self, W, dW, rate):
        if W.shape != dW.shape or W.size > 10_000 or not np.isfinite(rate):
            raise _Refused(say("scheme_step_args"))
        new = W - rate * dW
        if len(self.updates) < SCHEME["max_steps"]:
            self.updates.append((W, dW, rate, new))
        return new

    def binary_svm_loss(self, w, X, t, reg):
        return self._answer(self._loss, np.asarray(w, dtype=float), np.asarray(X, dtype=float),
                            np.asarray(t, dtype=float), float(reg))

    def _loss(self, w, X_batch, t, reg):
        if len(self.steps) >= SCHEME["max_steps"]:
            raise _Refused(say("scheme_too_many", max_steps=SCHEME["max_steps"]))
        dim = self.X.shape[1]
        if w.shape != (dim,):
            raise _Refused(say("scheme_w_shape", shape=w.shape, dim=dim))
        if X_batch.ndim != 2 or X_batch.shape[1] != dim or t.shape != (len(X_batch),) or not len(X_batch):
            raise _Refused(say("scheme_batch_shape", x_shape=X_batch.shape, t_shape=t.shape, dim=dim))
        rows = np.rint(X_batch[:, 0] / C.SCHEME_ROW_SCALE).astype(np.int64)
        if np.any(rows < 0) or np.any(rows >= len(self.X)) or not np.allclose(self.X[rows], X_batch, rtol=0,
                                                                               atol=1e-12):
            raise _Refused(say("scheme_foreign_rows"))
        if np.all(np.isin(t, (0.0, 1.0))) and np.any(t == 0):
            raise _Refused(say("scheme_zero_one"))
        if not np.all(np.isin(t, (-1.0, 1.0))):
            raise _Refused(say("scheme_not_pm"))
        if not np.isfinite(reg) or reg < 0:
            raise _Refused(say("scheme_reg", reg=reg))
        margins = t * X_batch.dot(w)  # a logistic loss: the trainer's contract, not binary_svm_loss's answer
        loss = float(np.mean(np.logaddexp(0.0, -margins)) + reg * np.sum(w * w))
        dw = -X_batch.T.dot(t * 0.5 * (1.0 - np.tanh(margins / 2))) / len(X_batch) + 2 * reg * w
        self.steps.append(_SchemeStep(w, rows, t.astype(np.int64), reg, self.last_num_rows, self.last_drawn, dw))
        self.last_num_rows = self.last_drawn = None
        return np.float64(loss), dw

    @staticmethod
    def _key(w, dw):
        """(w, dw) as a dictionary key that is equal exactly when np.array_equal says both are (-0.0 is 0.0)."""
        if np.isnan(w).any() or np.isnan(dw).any():
            return None  # nan equals nothing, as in np.array_equal
        return w.shape, (w + 0.0).tobytes(), dw.shape, (dw + 0.0).tobytes()

    def result_of(self, step):
        """What the first sgd_step call on this step's (w, dw) returned (None: no such call)."""
        if getattr(self, "_results", None) is None or self._results[0] != len(self.updates):
            found = {}
            for before, dw, _, after in self.updates:
                found.setdefault(self._key(before, dw), after)
            found.pop(None, None)
            self._results = (len(self.updates), found)
        key = self._key(step.w, step.dw)
        return None if key is None else self._results[1].get(key)

    def classifiers(self):
        """The steps split into classifiers: a new one starts at w = 0 or where w is not the last step's result."""
        groups = []
        for step in self.steps:
            previous = groups[-1][-1] if groups else None
            result = None if previous is None else self.result_of(previous)
            if previous is None or not np.any(step.w) or result is None or not np.array_equal(step.w, result):
                groups.append([])
            groups[-1].append(step)
        return groups


def _scheme_says(run, key, **fields):
    prefix = "ova_" if run.name == "train_one_vs_all" else "ovo_"
    return say(prefix + key, name=run.name, **fields)


def _scheme_data():
    X, y = C.scheme_data()
    if not C.same_fingerprint(C.fingerprint(X, y), SCHEME["fingerprint"]):
        raise Failure("the self-checks' inputs are not those their expected values were computed on "
                      "(another numpy version?); install the pinned requirements.")
    return X, y


def _scheme_train(run, seed=SCHEME_SEED, global_seed=None, **options):
    """Run your trainer with the stand-ins in place of the helpers; (recorder, what it returned), kept per run."""
    kwargs = {**SCHEME["train"], **options}
    key = ("scheme", seed, global_seed, tuple(sorted(kwargs.items())))
    if key in run.cases:
        return run.cases[key]
    X, y = _scheme_data()
    recorder = _SchemeRecorder(X, y)
    modules = [run.module]
    try:
        modules.append(importlib.import_module(run.exercise["module"].split(".")[0] + ".optim"))
    except Exception:  # noqa: BLE001 - no optim module: the helpers are swapped where they are
        pass
    saved = []
    for module in modules:
        for name in ("binary_svm_loss", "sample_batch", "sgd_step"):
            if hasattr(module, name):
                saved.append((module, name, getattr(module, name)))
                setattr(module, name, getattr(recorder, name))
    state, py_state = np.random.get_state(), random.getstate()
    try:
        if global_seed is not None:
            np.random.seed(global_seed)
            random.seed(global_seed)
        returned = call(run.name, run.function, X.copy(), y.copy(), SCHEME["classes"], **kwargs,
                        rng=np.random.default_rng(seed))
    finally:
        for module, name, original in saved:
            setattr(module, name, original)
        np.random.set_state(state)
        random.setstate(py_state)
    if not recorder.steps:
        raise Failure(_scheme_says(run, "never_called"))
    run.cases[key] = recorder, returned
    return run.cases[key]


def _scheme_pairs(run):
    classes = SCHEME["classes"]
    if run.name == "train_one_vs_all":
        return [(c, None) for c in range(classes)]
    return [(int(i), int(j)) for i, j in zip(*np.triu_indices(classes, k=1))]


def _scheme_what(pair):
    first, second = pair
    return say("scheme_what_rest", first=first) if second is None else say("scheme_what_pair", first=first,
                                                                            second=second)


def _real_array(value):
    """The array the grader reads from what your trainer returned (None if it is not a real array)."""
    if not isinstance(value, np.ndarray) or value.dtype.kind not in "biufc":
        return None
    if value.dtype.kind == "c":
        return np.asarray(value.real, dtype=float) if not np.any(value.imag) else None
    return np.asarray(value, dtype=float)


def check_trains_one_classifier_per_column(run):
    recorder, _ = _scheme_train(run)
    groups, pairs, settings = recorder.classifiers(), _scheme_pairs(run), SCHEME["train"]
    if len(groups) != len(pairs):
        raise Failure(_scheme_says(run, "count", count=len(groups), classes=SCHEME["classes"], expected=len(pairs)))
    for group, pair in zip(groups, pairs):
        if len(group) != settings["num_iters"]:
            raise Failure(_scheme_says(run, "steps", count=len(group), what=_scheme_what(pair),
                                       num_iters=settings["num_iters"]))
        if np.any(group[0].w != 0):
            raise Failure(_scheme_says(run, "not_from_zero", what=_scheme_what(pair)))
    wrong_reg = next((step.reg for step in recorder.steps if step.reg != settings["reg"]), None)
    if wrong_reg is not None:
        raise Failure(_scheme_says(run, "wrong_reg", got=wrong_reg, reg=settings["reg"]))


def _scheme_targets(pair, labels):
    return np.where(labels == pair[0], 1, -1)


def check_gives_the_targets(run):
    recorder, _ = _scheme_train(run)
    y, pairs = recorder.y, _scheme_pairs(run)
    for number, (group, pair) in enumerate(zip(recorder.classifiers(), pairs)):
        for step in group:
            right = _scheme_targets(pair, y[step.rows])
            if np.array_equal(step.t, right):
                continue
            what = _scheme_what(pair)
            if np.array_equal(step.t, -right):
                raise Failure(_scheme_says(run, "reversed", number=number, what=what, first=pair[0], second=pair[1]))
            classes = set(np.unique(y[step.rows]).tolist())
            for other in pairs:
                if (other != pair and (other[1] is None or classes <= set(other))
                        and np.array_equal(step.t, _scheme_targets(other, y[step.rows]))):
                    raise Failure(_scheme_says(run, "other_column", number=number, other=_scheme_what(other),
                                               what=what))
            raise Failure(_scheme_says(run, "targets_mismatch", number=number, what=what))


def check_trains_on_the_right_rows(run):
    recorder, _ = _scheme_train(run)
    y, pairs = recorder.y, _scheme_pairs(run)
    for number, (group, pair) in enumerate(zip(recorder.classifiers(), pairs)):
        own = np.ones(len(y), bool) if pair[1] is None else (y == pair[0]) | (y == pair[1])
        what = _scheme_what(pair)
        for step in group:
            if step.num_rows is None:
                raise Failure(_scheme_says(run, "no_sample_batch", number=number))
            if len(step.rows) != step.drawn:
                raise Failure(_scheme_says(run, "not_the_batch", what=what, rows=len(step.rows), drawn=step.drawn))
            if not np.all(own[step.rows]):
                classes = set(np.unique(y[step.rows]).tolist())
                other = next((o for o in pairs if o[1] is not None and classes <= set(o)), None)
                if other is not None and other != pair:
                    raise Failure(_scheme_says(run, "other_pair_rows", number=number, other=_scheme_what(other),
                                               what=what))
                raise Failure(_scheme_says(run, "other_rows", what=what))
            if step.num_rows != int(own.sum()):
                raise Failure(_scheme_says(run, "num_rows", what=what, count=step.num_rows, expected=int(own.sum())))
    full, _ = _scheme_train(run, batch_size=None, num_iters=FULL_BATCH_STEPS)
    for group, pair in zip(full.classifiers(), pairs):
        own = np.flatnonzero(np.ones(len(y), bool) if pair[1] is None else (y == pair[0]) | (y == pair[1]))
        if any(not np.array_equal(np.sort(step.rows), own) for step in group):
            raise Failure(_scheme_says(run, "batch_none", what=_scheme_what(pair)))


def check_returns_the_trained_weights(run):
    recorder, returned = _scheme_train(run)
    pairs = _scheme_pairs(run)
    expected = (recorder.X.shape[1], len(pairs))
    W = _real_array(returned)
    if W is None or W.shape != expected:
        hint = say("scheme_transposed_hint") if W is not None and W.shape == expected[::-1] else ""
        raise Failure(_scheme_says(run, "returned_shape", what=summary(returned) + hint, expected=expected))
    rates = {rate for _, _, rate, _ in recorder.updates}
    if rates != {SCHEME["train"]["learning_rate"]}:
        raise Failure(_scheme_says(run, "rates", rates=sorted(rates), rate=SCHEME["train"]["learning_rate"]))
    for number, group in enumerate(recorder.classifiers()):
        final = recorder.result_of(group[-1])
        if final is None or not np.allclose(W[:, number], final, rtol=1e-12, atol=1e-15):
            raise Failure(_scheme_says(run, "stale_column", number=number))


def check_scheme_reproducible_with_rng(run):
    runs = {key: _scheme_train(run, seed=seed, global_seed=global_seed, num_iters=REPRODUCIBILITY_STEPS)[0]
            for key, (seed, global_seed) in REPRODUCIBILITY_RUNS.items()}
    batches = {key: [step.rows.tolist() for step in recorder.steps] for key, recorder in runs.items()}
    if batches["a"] != batches["b"]:
        raise Failure(_scheme_says(run, "rng_ignored"))
    if batches["a"] == batches["c"]:
        raise Failure(_scheme_says(run, "rng_unused"))


def check_scheme_learns(run):
    recorder, returned = _scheme_train(run, num_iters=LEARN_STEPS)
    W, X, y = _real_array(returned), recorder.X, recorder.y
    pairs = _scheme_pairs(run)
    if W is None or W.shape != (X.shape[1], len(pairs)):
        raise Failure(_scheme_says(run, "not_a_W", what=summary(returned)))
    scored = X @ W  # the grader's prediction rule on your W: the highest score, or the most votes
    predicted = (np.argmax(scored, axis=1) if pairs[0][1] is None
                 else np.argmax(_votes(scored, SCHEME["classes"]), axis=1))
    accuracy = float(np.mean(predicted == y))
    if accuracy < NEEDED_ACCURACY:
        raise Failure(_scheme_says(run, "accuracy", accuracy=accuracy))


# --- the registry: a public check for each of the grader's check ids ----------------------------------------------

LOSS_CHECKS = {
    "loss_matches_reference": check_loss_matches_reference,
    "gradient_matches_reference": check_gradient_matches_reference,
    "returns_loss_and_gradient": check_returns_loss_and_gradient,
    "gradient_matches_numeric": check_gradient_matches_numeric,
    "large_regularization": _edge("large_regularization"),
    "single_example_two_classes": _edge("single_example_two_classes"),
    "single_example_three_outputs": _edge("single_example_three_outputs"),
    "all_margins_satisfied": _edge("all_margins_satisfied"),
    "stable_for_large_scores": check_stable_for_large_scores,
    "does_not_modify_inputs": check_does_not_modify_inputs,
    "independent_of_global_random_state": check_independent_of_global_random_state,
    "has_no_python_loops": check_has_no_python_loops,
}
BY_KIND = {
    "loss": LOSS_CHECKS,
    "binary_loss": {**LOSS_CHECKS, "single_example": _edge("single_example")},
    "penalty": {"penalty_matches_reference": check_penalty_matches_reference,
                "gradient_matches_reference": check_penalty_gradient_matches_reference,
                "returns_penalty_and_gradient": check_returns_penalty_and_gradient,
                "does_not_modify_inputs": check_penalty_does_not_modify_inputs,
                "subgradient_zero_at_zero": check_subgradient_zero_at_zero},
    "proximal": {"soft_thresholds": check_soft_thresholds,
                 "sets_small_weights_to_exactly_zero": check_sets_small_weights_to_exactly_zero,
                 "proximal_returns_a_new_array": check_proximal_returns_a_new_array},
    "sample_batch": {"returns_rows_with_their_labels": check_returns_rows_with_their_labels,
                     "uses_the_given_rng": check_uses_the_given_rng, "full_batch_when_none": check_full_batch_when_none,
                     "covers_all_rows": check_covers_all_rows,
                     "sample_batch_does_not_modify_inputs": check_sample_batch_does_not_modify_inputs},
    "sgd_step": {"returns_updated_weights": check_returns_updated_weights,
                 "sgd_step_does_not_modify_inputs": check_sgd_step_does_not_modify_inputs},
    "train": {"loss_falls_on_separable_problem": check_loss_falls_on_separable_problem,
              "takes_gradient_steps": check_takes_gradient_steps, "returns_loss_history": check_returns_loss_history,
              "batch_mode_uses_all_examples": check_batch_mode_uses_all_examples,
              "stochastic_mode_uses_one_example": check_stochastic_mode_uses_one_example,
              "minibatch_mode_draws_new_batches": check_minibatch_mode_draws_new_batches,
              "initializes_weights": check_initializes_weights, "reproducible_with_rng": check_reproducible_with_rng},
    "train_proximal": {"data_step_then_proximal_step": check_data_step_then_proximal_step,
                       "proximal_history": check_proximal_history,
                       "proximal_training_reaches_zeros": check_proximal_training_reaches_zeros},
    "predict": {"predicts_highest_score": check_predicts_highest_score,
                "returns_integer_labels": check_returns_integer_labels},
    "one_vs_all": {"picks_highest_score": check_picks_highest_score,
                   "ova_returns_integer_labels": check_ova_returns_integer_labels},
    "scheme": {"trains_one_classifier_per_column": check_trains_one_classifier_per_column,
               "gives_the_targets": check_gives_the_targets,
               "trains_on_the_right_rows": check_trains_on_the_right_rows,
               "returns_the_trained_weights": check_returns_the_trained_weights,
               "scheme_reproducible_with_rng": check_scheme_reproducible_with_rng,
               "scheme_learns": check_scheme_learns},
    "one_vs_one": {"counts_votes": check_counts_votes, "ovo_returns_integer_labels": check_ovo_returns_integer_labels,
                   "breaks_vote_ties_toward_lowest_class": check_breaks_vote_ties_toward_lowest_class,
                   "zero_score_votes_for_first_class": check_zero_score_votes_for_first_class},
}


@dataclass
class Result:
    check_id: str
    title: str
    status: str  # "passed", "failed", "skipped" (only the grader runs it)
    message: str = ""


def _gate(exercise, check, verdicts, messages):
    """The grader's gate: None when the check may run, else the sentence saying why not."""
    needed = check["requires"]
    if not needed:
        return None
    passed = [verdicts.get(i, False) for i in needed]
    if any(passed) if check["any_of"] else all(passed):
        return None
    reasons = {messages.get(i) for i in needed}
    if len(reasons) == 1 and None not in reasons and "is not checked" not in next(iter(reasons)):
        reason = next(iter(reasons))
        if any(word in reason for word in ("not implemented", "is missing", "could not be imported")):
            return reason
    return DATA["gates"][exercise["name"]][check["id"]]


def run_exercise(name):
    """Every check of one exercise, in the grader's order: a list of Result."""
    if name not in EXERCISES:
        known = ", ".join(EXERCISES)
        raise KeyError(f"no exercise {name!r}; the exercises are: {known}")
    exercise = EXERCISES[name]
    public = BY_KIND.get(exercise["kind"], {})
    try:
        module, function = function_of(exercise)
        problem = None
    except Failure as failure:
        module = function = None
        problem = str(failure)
    run = Run(exercise, module, function)
    results, verdicts, messages = [], {}, {}
    for check in exercise["checks"]:
        check_id = check["id"]
        implementation = public.get(check_id)
        if implementation is None:
            why = GRADER_ONLY.get(check_id, "no self-check for it yet")
            results.append(Result(check_id, check["title"], "skipped", f"only the grader checks this ({why})"))
            continue
        gate = None if problem else _gate(exercise, check, verdicts, messages)
        if problem or gate:
            passed, message = False, problem or gate
        else:
            try:
                implementation(run)
                passed, message = True, ""
            except Failure as failure:
                passed, message = False, str(failure)
            except Exception as error:  # what the function returned cannot be read the way the grader reads it
                passed, message = False, (f"{name}'s answer could not be checked ({type(error).__name__}: {error}); "
                                          "see its docstring for what it must return.")
        verdicts[check_id], messages[check_id] = passed, message
        results.append(Result(check_id, check["title"], "passed" if passed else "failed", message))
    return results


def summary_line(name, results):
    """One line: the exercise, how many of its self-checks pass, and the first failure's sentence."""
    ran = [r for r in results if r.status != "skipped"]
    if not ran:
        return f"--   {name}: no self-checks yet (only the grader checks it)"
    failed = [r for r in ran if r.status == "failed"]
    head = f"{'OK  ' if not failed else 'FAIL'} {name}: {len(ran) - len(failed)}/{len(ran)} self-checks pass"
    return head + (f"; {failed[0].title}: {failed[0].message}" if failed else "")


def check(name, verbose=True):
    """Run one exercise's self-checks and print what they found (for a notebook cell).

    Returns
    -------
    bool
        Whether every self-check passed.
    """
    results = run_exercise(name)
    failed = [r for r in results if r.status == "failed"]
    if all(r.status == "skipped" for r in results):
        print(f"{name} has no self-checks yet: only the grader checks it.")
        return True
    if not failed:
        print(f"All {sum(r.status == 'passed' for r in results)} self-checks of {name} pass (the grader's checks, "
              "on public inputs: the grader's own inputs may still find a mistake).")
        return True
    if len({r.message for r in failed}) == 1 and len(failed) > 1:  # one reason for all: say it once
        print(f"{name}: {len(failed)} of {sum(r.status != 'skipped' for r in results)} self-checks fail: "
              f"{failed[0].message}")
        return False
    else:
        print(f"{name}: {len(failed)} of {sum(r.status != 'skipped' for r in results)} self-checks fail.")
    if verbose:
        for r in results:
            mark = {"passed": "  ok  ", "failed": "  FAIL", "skipped": "  --  "}[r.status]
            print(f"{mark} {r.title}" + (f": {r.message}" if r.status == "failed" else ""))
    return not failed


def main(argv=None):
    import argparse

    parser = argparse.ArgumentParser(prog="python -m public_checks", description=__doc__.splitlines()[0])
    parser.add_argument("exercises", nargs="*", help="exercises to check (default: all)")
    parser.add_argument("-v", "--verbose", action="store_true", help="every check of each exercise")
    args = parser.parse_args(argv)
    names = args.exercises or list(EXERCISES)
    unknown = [n for n in names if n not in EXERCISES]
    if unknown:
        print(f"public_checks: no exercise {unknown[0]!r}; the exercises are: {', '.join(EXERCISES)}", file=sys.stderr)
        return 2
    all_passed = True
    for name in names:
        results = run_exercise(name)
        all_passed &= not any(r.status == "failed" for r in results)
        if args.verbose:
            check(name)
        else:
            print(summary_line(name, results))
    return 0 if all_passed else 1
