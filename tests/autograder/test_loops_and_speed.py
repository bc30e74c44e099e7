"""Issue 9, items 2 and 3: "no Python loops" wherever the loops are, and a speed check that times only the student.

Three layers, fastest first:

- the reading of the sources (``autograder/core/callgraph.py``) on many constructs, clean and looping, without
  any worker (milliseconds each);
- the decisions of the timing (``autograder/loss_functions/timing.py``) on made-up timers, and the run-time half of the
  loop check on real workers, for code the reading is not allowed to see (a row loop, a memoised row loop) and for
  every correct vectorized style of test_correct_variants.py;
- adversarial submissions graded by the real grader, one exercise each, in both isolation modes where the mode
  can matter (timing, caching, shape-sniffing); each must get exactly the verdict it deserves on
  ``has_no_python_loops`` and ``faster_than_naive`` (and keep the loss checks, which gate them).

The margins themselves are measured by ``make bench`` (figure 6), never here: these tests only need verdicts
that are far from the thresholds.
"""

import dataclasses
import importlib.util
import json
import textwrap
from pathlib import Path

import numpy as np
import pytest

from autograder.core import callgraph
from autograder.loss_functions import families, source, timing
from autograder.core.checks import CheckFailure, Context
from autograder.loss_functions.exercises import ASSIGNMENT, EXERCISES, Exercise, exercise_named
from autograder.core.runner import grade_submission
from autograder.engine.sandbox import Sandbox, read_sources
from autograder.core.rubric import load_rubric
from support import correct_variants
from support.variants import MSE, REFERENCE_PACKAGE, REPO, SOFTMAX, SVM, build_submission, solution_region

LOOPS = "has no Python loops"
SPEED = "runs at least 6x faster than the naive version"
VECTORIZED = ("svm_loss_vectorized", "squared_hinge_loss_vectorized", "softmax_loss_vectorized", "mse_loss")
START = '    check_loss_inputs("svm_loss_vectorized", W, X, y, reg)\n'
SVM_REGION = solution_region(SVM, "svm_loss_vectorized")


# -- building submissions ------------------------------------------------------------------------------------------

def at_start(code, file=SVM, start=START):
    """An edit that puts ``code`` at the start of svm_loss_vectorized's body (after its input check)."""
    return (file, start, start + textwrap.indent(textwrap.dedent(code).strip("\n") + "\n", "    "))


def svm_region(code):
    """An edit replacing svm_loss_vectorized's solution region by ``code``."""
    return (SVM, SVM_REGION, textwrap.indent(textwrap.dedent(code).strip("\n") + "\n", "    "))


APPEND = object()


def appended(file, code):
    """An edit appending ``code`` to a module (after the edits of the file that come before it)."""
    return (file, APPEND, "\n\n" + textwrap.dedent(code).strip("\n") + "\n")


def split(edits):
    edits = list(edits)
    return [e for e in edits if e[1] is not APPEND], [e for e in edits if e[1] is APPEND]


def make(tmp_path, edits=(), files=None, name="submission"):
    """A submission: the reference with ``edits``, plus new files {path in the package: text}."""
    replacements, appends = split(edits)
    submission = build_submission(tmp_path / name, replacements)
    for file, _, code in appends:
        target = submission.package / file
        target.write_text(target.read_text() + code)
    for path, text in (files or {}).items():
        target = submission.package / path
        target.write_text(textwrap.dedent(text).lstrip("\n"))
    return submission


# a correct loss computed by a double loop (the naive algorithm), for helpers in other modules
NAIVE_HELPER = '''
import numpy as np


def hinge_loop(W, X, y, reg):
    """The naive double loop, kept out of sight in another module."""
    dW = np.zeros(W.shape)
    loss = 0.0
    for i in range(X.shape[0]):
        scores = X[i].dot(W)
        for j in range(W.shape[1]):
            if j == y[i]:
                continue
            margin = scores[j] - scores[y[i]] + 1.0
            if margin > 0:
                loss += margin
                dW[:, j] += X[i]
                dW[:, y[i]] -= X[i]
    loss /= X.shape[0]
    dW /= X.shape[0]
    return float(loss + reg * np.sum(W * W)), dW + 2 * reg * W
'''

# svm_loss_vectorized written with one Python loop over the rows (each row vectorized over the classes)
ROW_LOOP = """
    num_train = X.shape[0]
    loss = 0.0
    dW = np.zeros(W.shape)
    for i in range(num_train):
        scores = X[i].dot(W)
        margins = np.maximum(0.0, scores - scores[y[i]] + 1.0)
        margins[y[i]] = 0.0
        loss += margins.sum()
        coeffs = (margins > 0).astype(float)
        coeffs[y[i]] = -coeffs.sum()
        dW += np.outer(X[i], coeffs)
    loss = loss / num_train + reg * np.sum(W * W)
    dW = dW / num_train + 2 * reg * W
"""


# -- grading ----------------------------------------------------------------------------------------------------

def rubric(tmp_path, mode):
    """A copy of the rubric with ``isolation = mode``."""
    if mode == "auto":
        return load_rubric(ASSIGNMENT)
    text = ASSIGNMENT.rubric_path.read_text()
    head, rest = text.split("[limits]\n", 1)
    body, tail = rest.split("\n[", 1)
    kept = [line for line in body.splitlines() if line.split("=")[0].strip() != "isolation"]
    path = tmp_path / f"rubric-{mode}.toml"
    path.write_text(head + "[limits]\n" + "\n".join(kept + [f"isolation = {json.dumps(mode)}"]) + "\n\n[" + tail)
    return load_rubric(ASSIGNMENT, path)


def graded(submission, names, tmp_path, mode="auto"):
    """{exercise: {check title: TestResult}} for the named exercises only."""
    tests = grade_submission(Path(submission.root), rubric(tmp_path, mode), [exercise_named(n) for n in names]).tests
    found = {}
    for test in tests:
        found.setdefault(test.exercise, {})[test.name.split(": ", 1)[1]] = test
    return found


def verdicts(checks):
    return {title: test.status == "passed" for title, test in checks.items()}


def table(checks):
    return "\n".join(f"  {title}: {test.status} {test.output[:300]}" for title, test in checks.items())


GATES = ("loss matches the expected value", "gradient matches the expected gradient")


def assert_graded(checks, loops, speed=None, says=()):
    """The loss is right (the gates of the two checks under test), the loop and speed checks as given.

    The other checks are not asserted: code with exec or eval, say, also loses the points that rest on watching
    the worker (another check's business).
    """
    report = table(checks)
    assert all(verdicts(checks)[title] for title in GATES), f"the loss itself is right:\n{report}"
    assert verdicts(checks)[LOOPS] is loops, report
    if speed is not None:
        assert verdicts(checks)[SPEED] is speed, report
    for text in says:
        assert any(text in test.output for test in checks.values()), f"no feedback says {text!r}:\n{report}"
    for test in checks.values():
        assert "internal error" not in test.output, report


# -- 1. the reading of the sources: constructs --------------------------------------------------------------------

REFERENCE_SOURCES = read_sources(REFERENCE_PACKAGE)

HELPER = '''
def _rows(X):
    total = 0.0
    for i in range(X.shape[0]):
        total += X[i].sum()
    return total
'''


def sources_with(edits=(), files=None):
    sources = dict(REFERENCE_SOURCES)
    replacements, appends = split(edits)
    for file, old, new in replacements:
        text = sources[file].decode()
        assert text.count(old) == 1, (file, old)
        sources[file] = text.replace(old, new).encode()
    for file, _, code in appends:
        sources[file] = sources[file] + code.encode()
    for path, text in (files or {}).items():
        sources[path] = textwrap.dedent(text).lstrip("\n").encode() if isinstance(text, str) else text
    return sources


def reading(edits=(), files=None, name="svm_loss_vectorized", module=("classifiers", "linear_svm")):
    """("clean" | "loop" | "dynamic" | "problem", the sentence) for a function of the reference with edits."""
    report = callgraph.Package(sources_with(edits, files), "cs231n").reach(module, name)
    if report.problem:
        return "problem", report.problem
    if report.loops:
        return "loop", report.loops[0].describe(name)
    if report.dynamic:
        return "dynamic", report.dynamic[0].describe(name)
    return "clean", ""


def helper_file(code=HELPER):
    return {"classifiers/helpers.py": code}


CONSTRUCTS = [
    # (id, edits, new files, expected verdict, words the sentence must hold)
    ("helper-module", [at_start("from .helpers import _rows\n_rows(X)")], helper_file(), "loop",
     ("calls _rows (cs231n/classifiers/helpers.py)", "for loop at line 3")),
    ("module-attribute", [at_start("from . import helpers\nhelpers._rows(X)")], helper_file(), "loop",
     ("calls _rows (cs231n/classifiers/helpers.py)",)),
    ("import-as", [at_start("import cs231n.classifiers.helpers as m\nm._rows(X)")], helper_file(), "loop",
     ("calls _rows",)),
    ("absolute-chain", [at_start("import cs231n.classifiers.helpers\ncs231n.classifiers.helpers._rows(X)")],
     helper_file(), "loop", ("calls _rows",)),
    ("from-parent-optim", [at_start("from .. import optim\noptim._rows(X)"), appended("optim.py", HELPER)], None,
     "loop", ("calls _rows (cs231n/optim.py)",)),
    ("module-level-alias", [appended(SVM, "from . import helpers as _h\n"), at_start("_h._rows(X)")],
     helper_file(), "loop", ("calls _rows",)),
    ("module-passed-as-value", [at_start("from . import helpers\n_apply(helpers, X)"),
                                appended(SVM, "def _apply(m, X):\n    return m._rows(X)\n")],
     helper_file(), "loop", ("_rows",)),
    ("star-import", [appended(SVM, "from .helpers import *\n"), at_start("_rows(X)")], helper_file(), "loop",
     ("calls _rows",)),
    ("getattr-constant", [at_start("from . import helpers\ngetattr(helpers, '_rows')(X)")], helper_file(),
     "loop", ("_rows",)),
    ("functools-reduce", [at_start("import functools\nfunctools.reduce(lambda a, b: a + b, X)")], None, "loop",
     ("functools.reduce",)),
    ("reduce-renamed", [at_start("from functools import reduce as fold\nfold(lambda a, b: a + b, X)")], None,
     "loop", ("functools.reduce",)),
    ("map", [at_start("list(map(np.sum, X))")], None, "loop", ("map",)),
    ("filter", [at_start("list(filter(None, y))")], None, "loop", ("filter",)),
    ("zip", [at_start("dict(zip(y, y))")], None, "loop", ("zip",)),
    ("itertools", [at_start("import itertools\nlist(itertools.accumulate(y))")], None, "loop",
     ("itertools.accumulate",)),
    ("comprehension", [at_start("[r.sum() for r in X]")], None, "loop", ("a list comprehension",)),
    ("generator", [at_start("sum(r.sum() for r in X)")], None, "loop", ("a generator expression",)),
    ("while", [at_start("i = 0\nwhile i < 3:\n    i += 1")], None, "loop", ("a while loop",)),
    ("sorted-key", [at_start("sorted(range(3), key=lambda i: -i)")], None, "loop", ("key function",)),
    ("recursion", [at_start("_total(X, 0)"),
                   appended(SVM, "def _total(X, i):\n    return 0.0 if i == len(X) else X[i].sum() + _total(X, i + 1)\n")],
     None, "loop", ("calls _total (cs231n/classifiers/linear_svm.py), which calls _total again", "recursion")),
    ("mutual-recursion", [at_start("_even(4)"), appended(SVM, "def _even(n):\n    return n == 0 or _odd(n - 1)\n\n\n"
                                                          "def _odd(n):\n    return n != 0 and _even(n - 1)\n")],
     None, "loop", ("recursion",)),
    ("calls-itself", [at_start("if X.shape[0] > 1:\n    return svm_loss_vectorized(W, X[:1], y[:1], reg)")], None,
     "loop", ("recursion",)),
    ("np-vectorize", [at_start("np.vectorize(lambda v: max(v, 0.0))(X)")], None, "loop", ("np.vectorize",)),
    ("np-vectorize-decorator", [appended(SVM, "@np.vectorize\ndef _relu(v):\n    return max(v, 0.0)\n"),
                                at_start("_relu(X)")], None, "loop", ("vectorize",)),
    ("np-frompyfunc", [at_start("np.frompyfunc(abs, 1, 1)(X)")], None, "loop", ("np.frompyfunc",)),
    ("np-apply-along-axis", [at_start("np.apply_along_axis(np.sum, 1, X)")], None, "loop",
     ("np.apply_along_axis",)),
    ("np-fromiter", [at_start("np.fromiter(y, dtype=float)")], None, "loop", ("np.fromiter",)),
    ("np-nditer", [at_start("np.nditer(X)")], None, "loop", ("np.nditer",)),
    ("rebound-to-naive", [appended(SVM, "svm_loss_vectorized = svm_loss_naive\n")], None, "loop",
     ("is rebound at line", "to svm_loss_naive, which uses a for loop")),
    ("second-def", [appended(SVM, "def svm_loss_vectorized(W, X, y, reg):\n    return svm_loss_naive(W, X, y, reg)\n")],
     None, "loop", ("is defined again at line", "calls svm_loss_naive")),
    ("rebound-from-another-module", [appended("optim.py", "from .classifiers import linear_svm as _l\n"
                                                          "_l.svm_loss_vectorized = _l.svm_loss_naive\n")],
     None, "loop", ("is replaced at line", "cs231n/optim.py", "svm_loss_naive")),
    ("rebound-in-package-init", [], {"classifiers/__init__.py": "from . import linear_svm\nfrom .. import optim\n"
                                                                 "setattr(linear_svm, 'svm_loss_vectorized', "
                                                                 "linear_svm.svm_loss_naive)\n"},
     "loop", ("is replaced at line 3 of cs231n/classifiers/__init__.py",)),
    ("global-statement", [at_start("global svm_loss_vectorized\nsvm_loss_vectorized = svm_loss_naive",
                                   start='    check_loss_inputs("svm_loss_naive", W, X, y, reg)\n')], None, "loop",
     ("is replaced at line", "svm_loss_naive")),
    ("lambda-rebinding", [appended(SVM, "svm_loss_vectorized = lambda W, X, y, reg: svm_loss_naive(W, X, y, reg)\n")],
     None, "loop", ("is rebound at line",)),
    ("partial-rebinding", [appended(SVM, "import functools\nsvm_loss_vectorized = functools.partial(svm_loss_naive)\n")],
     None, "loop", ("svm_loss_naive",)),
    ("callable-class", [appended(SVM, "class _Loss:\n    def __call__(self, W, X, y, reg):\n"
                                      "        return svm_loss_naive(W, X, y, reg)\n\n\nsvm_loss_vectorized = _Loss()\n")],
     None, "loop", ("class _Loss",)),
    ("looping-decorator", [(SVM, "def svm_loss_vectorized(", "def _logged(f):\n    def wrapper(*args):\n"
                                                             "        for _ in range(1):\n            pass\n"
                                                             "        return f(*args)\n    return wrapper\n\n\n"
                                                             "@_logged\ndef svm_loss_vectorized(")], None, "loop",
     ("is decorated with _logged", "for loop")),
    ("decorator-swapping-in-naive", [(SVM, "def svm_loss_vectorized(", "def _swap(f):\n    return svm_loss_naive\n\n\n"
                                                                       "@_swap\ndef svm_loss_vectorized(")], None,
     "loop", ("is decorated with _swap", "svm_loss_naive")),
    ("module-getattr", [(SVM, "def svm_loss_vectorized(", "def __getattr__(name):\n    return svm_loss_naive\n\n\n"
                                                          "def svm_loss_vectorized_unused(")], None, "loop",
     ("__getattr__",)),
    ("loop-in-validation", [("validation.py", 'def check_reg(name, reg):\n    """',
                             'def check_reg(name, reg):\n    for _ in range(1):\n        pass\n    """')], None, "loop",
     ("calls check_loss_inputs (cs231n/validation.py), which calls check_reg",)),
    ("default-argument", [(SVM, "def svm_loss_vectorized(W, X, y, reg):", "def svm_loss_vectorized(W, X, y, reg, "
                                                                          "_impl=svm_loss_naive):"),
                          at_start("return _impl(W, X, y, reg)")], None, "loop", ("svm_loss_naive",)),
    ("builtins-module-map", [at_start("import builtins\nlist(builtins.map(int, y))")], None, "loop",
     ("builtins.map",)),
    ("vectorize-from-its-module", [at_start("from numpy.lib import function_base as fb\nfb.vectorize(abs)(X)")], None,
     "loop", ("vectorize",)),
    ("rebound-as-a-loop-target", [appended("optim.py", "from .classifiers import linear_svm as _l\n"
                                                       "for _l.svm_loss_vectorized in (_l.svm_loss_naive,):\n"
                                                       "    pass\n")], None, "loop", ("svm_loss_naive",)),
    ("deleted-then-module-getattr", [appended(SVM, "del svm_loss_vectorized\n\n\ndef __getattr__(name):\n"
                                                   "    return svm_loss_naive\n")], None, "loop", ("__getattr__",)),
    # dynamic code: cannot be read, so it cannot pass
    ("the-workers-main-module", [], {"__init__.py": "import __main__\n__main__.Worker.resolve = None\n"}, "dynamic",
     ("__main__",)),
    ("the-workers-wire-module", [], {"__init__.py": "import wire\nwire.write_message = None\n"}, "dynamic",
     ("wire",)),
    ("eval", [at_start("return eval('svm_loss_' + 'naive')(W, X, y, reg)")], None, "dynamic", ("eval",)),
    ("exec", [at_start("exec('import numpy')")], None, "dynamic", ("exec",)),
    ("compile", [at_start("compile('1', 'x', 'eval')")], None, "dynamic", ("compile",)),
    ("dunder-import", [at_start("__import__('numpy')")], None, "dynamic", ("__import__",)),
    ("importlib", [at_start("import importlib\nimportlib.import_module('cs231n.classifiers.' + 'softmax')")], None,
     "dynamic", ("importlib",)),
    ("getattr-built-name", [at_start("import sys\nf = getattr(sys.modules[__name__], 'svm_loss_' + 'naive')")],
     None, "dynamic", ("getattr with a computed attribute name",)),
    ("sys-modules", [at_start("import sys\nsys.modules[__name__]")], None, "dynamic",
     ("sys.modules",)),
    ("getattr-computed", [at_start("from . import helpers\nname = '_rows'\ngetattr(helpers, name)(X)")],
     helper_file(), "dynamic", ("getattr with a computed attribute name",)),
    ("globals", [at_start("globals()['svm_loss_naive'](W, X, y, reg)")], None, "dynamic", ("globals",)),
    ("vars", [at_start("vars()")], None, "dynamic", ("vars",)),
    ("dunder-globals", [at_start("check_loss_inputs.__globals__")], None, "dynamic", ("__globals__",)),
    ("dunder-code", [appended(SVM, "svm_loss_vectorized.__code__ = svm_loss_naive.__code__\n")], None, "dynamic",
     ("__code__",)),
    ("import-time-sys-modules", [], {"__init__.py": "import sys\nsys.modules['cs231n.classifiers.linear_svm'] = None\n"},
     "dynamic", ("when cs231n/__init__.py is imported", "sys.modules")),
    ("import-time-setattr-computed", [appended("optim.py", "from .classifiers import linear_svm as _l\n"
                                                           "setattr(_l, 'svm_loss_' + 'vectorized', _l.svm_loss_naive)\n")],
     None, "dynamic", ("when cs231n/optim.py is imported", "setattr with a computed attribute name")),
    ("numpy-function-replaced", [appended("optim.py", "np.maximum = lambda a, b: a\n")], None, "dynamic",
     ("np.maximum (replaced at line",)),
    ("numpy-functions-replaced-by-name", [appended("optim.py", "for _n in ('maximum', 'sum'):\n"
                                                               "    setattr(np, _n, None)\n")], None, "dynamic",
     ("replaced at line", "of cs231n/optim.py)")),
    ("numpy-testing-replaced-unused", [appended("optim.py", "import numpy.testing as _t\nfor _n in dir(_t):\n"
                                                            "    setattr(_t, _n, None)\n")], None, "clean", ()),
    ("missing-module", [at_start("from .nothere import f")], None, "dynamic", ("cs231n.classifiers.nothere",)),
    ("broken-helper", [at_start("from .helpers import _rows")], helper_file("def _rows(:\n"), "dynamic",
     ("syntax error",)),
    ("pickle-loads", [at_start("import pickle\npickle.loads(b'')")], None, "dynamic", ("pickle",)),
    ("timeit-of-a-string", [at_start("import timeit\ntimeit.timeit('pass', number=1)")], None, "dynamic",
     ("timeit",)),
    ("mock-patch-by-name", [], {"__init__.py": "from unittest import mock\n"
                                               "mock.patch('cs231n.classifiers.linear_svm.svm_loss_vectorized').start()\n"},
     "dynamic", ("unittest.mock",)),
    ("pydoc-locate", [at_start("import pydoc\npydoc.locate('cs231n.classifiers.linear_svm.svm_loss_naive')")], None,
     "dynamic", ("pydoc",)),
    # clean: whole-array code however it is organised
    ("clean-reference", [], None, "clean", ()),
    ("clean-helper-module", [at_start("from .helpers import total\ntotal(X)")],
     {"classifiers/helpers.py": "import numpy as np\n\n\ndef total(X):\n    return np.sum(X)\n"}, "clean", ()),
    ("clean-decorator", [(SVM, "def svm_loss_vectorized(", "import functools\n\n\ndef _same(f):\n"
                                                           "    @functools.wraps(f)\n    def wrapper(*args):\n"
                                                           "        return f(*args)\n    return wrapper\n\n\n"
                                                           "@_same\ndef svm_loss_vectorized(")], None, "clean", ()),
    ("clean-f-equals-wrap-f", [appended(SVM, "def _wrap(f):\n    def w(*a):\n        return f(*a)\n    return w\n\n\n"
                                             "svm_loss_vectorized = _wrap(svm_loss_vectorized)\n")], None, "clean", ()),
    ("clean-nested-def", [at_start("def inner(a):\n    return a + 1\ninner(X)")], None, "clean", ()),
    ("clean-range-index-and-add-at", [at_start("N = X.shape[0]\nX[range(N)]\nnp.add.at(np.zeros(3), [0, 1], 1)\n"
                                               "np.add.reduce(X)\nsum(np.ones(3))\nmax(0.0, reg)")], None, "clean", ()),
    ("clean-def-replaced-before-use", [(SVM, "def svm_loss_vectorized(", "def svm_loss_vectorized(W, X, y, reg):\n"
                                                                         "    for i in range(3):\n        pass\n\n\n"
                                                                         "def svm_loss_vectorized(")], None, "clean",
     ()),
    ("clean-latin-1-source", [(SVM, '"""Multiclass SVM losses', '# -*- coding: latin-1 -*-\n"""Multiclass SVM losses')],
     None, "clean", ()),
    ("clean-scipy-logsumexp", [at_start("from scipy.special import logsumexp\nlogsumexp(X, axis=1)")], None,
     "clean", ()),
]


@pytest.mark.parametrize("case", CONSTRUCTS, ids=lambda c: c[0])
def test_reading_the_sources_finds_every_construct(case):
    _, edits, files, expected, words = case
    verdict, sentence = reading(edits, files)
    assert verdict == expected, sentence
    for word in words:
        assert word in sentence, sentence


def test_a_latin_1_file_is_decoded_as_python_decodes_it():
    # a byte that is not UTF-8, declared by a PEP 263 cookie; and the loop is still found in it
    text = (REFERENCE_PACKAGE / SVM).read_text()
    text = "# -*- coding: latin-1 -*-\n# caf\xe9\n" + text.replace(START, START + "    [v for v in y]  # \xe9\n")
    sources = dict(REFERENCE_SOURCES, **{SVM: text.encode("latin-1")})
    report = callgraph.Package(sources, "cs231n").reach(("classifiers", "linear_svm"), "svm_loss_vectorized")
    assert not report.problem and report.loops and report.loops[0].what == "a list comprehension"
    assert report.loops[0].line == text.splitlines().index("    [v for v in y]  # \xe9") + 1


def test_an_undecodable_or_unparsable_module_is_said_so():
    for data, words in ((b"# -*- coding: klingon -*-\n", "cannot be read"), (b"\xff\xfe\x00 junk", "cannot be"),
                        (b"def svm_loss_vectorized(:\n", "syntax error at line 1")):
        report = callgraph.Package(dict(REFERENCE_SOURCES, **{SVM: data}), "cs231n").reach(("classifiers", "linear_svm"),
                                                                                 "svm_loss_vectorized")
        assert words in report.problem, report.problem


def test_long_chains_are_followed_and_absurd_ones_fail_as_unreadable():
    cycle = "\n".join(f"def f{i}(x):\n    return f{(i + 1) % 2000}(x)" for i in range(2000)) + "\n"
    verdict, sentence = reading([at_start("from .chain import f0\nf0(1)")], {"classifiers/chain.py": cycle})
    assert verdict == "loop" and "recursion" in sentence, sentence
    aliases = "def a0(x):\n    return x\n" + "".join(f"a{i + 1} = a{i}\n" for i in range(3000))
    verdict, sentence = reading([at_start("from .chain import a3000\na3000(1)")], {"classifiers/chain.py": aliases})
    assert verdict == "problem" and "too deeply" in sentence, sentence


@pytest.mark.parametrize("name, module", [("squared_hinge_loss_vectorized", ("classifiers", "linear_svm")),
                                          ("softmax_loss_vectorized", ("classifiers", "softmax")),
                                          ("mse_loss", ("classifiers", "linear_regression"))])
def test_the_reference_vectorized_functions_read_clean(name, module):
    assert reading(name=name, module=module) == ("clean", "")


def test_the_naive_functions_are_read_as_looping():
    verdict, sentence = reading(name="svm_loss_naive")
    assert verdict == "loop" and "for loop" in sentence


def test_the_hostile_suites_prelude_does_not_count_against_a_clean_function():
    # tests/hostile puts this prelude (fork, execv, os.walk, __import__ inside functions) into the module of the
    # case; the module's other exercises must keep every point, this one included
    spec = importlib.util.spec_from_file_location("hostile_for_prelude", REPO / "tests" / "support" / "hostile.py")
    hostile = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hostile)
    for file, name, module in ((SVM, "svm_loss_vectorized", ("classifiers", "linear_svm")),
                               (MSE, "mse_loss", ("classifiers", "linear_regression"))):
        assert reading([appended(file, hostile.PRELUDE)], name=name, module=module) == ("clean", ""), name


def test_the_hostile_prelude_and_the_kit_support_code_do_not_count_against_a_clean_function():
    # code that is never reached and does not run at import (the kit's pickle loading, a helper with eval) is
    # not held against a clean function: only what it may run counts
    files = {"classifiers/unrelated.py": "def f(text):\n    return eval(text)\n\n\nfor _ in range(3):\n    pass\n"}
    assert reading(files=files) == ("clean", "")


# -- 2. the timing: decisions on made-up timers --------------------------------------------------------------------

def fake_timer(seconds_per_row=None, seconds=None, noise=0.0, rng=None):
    rng = rng or np.random.default_rng(0)

    def run(case):
        base = seconds if seconds is not None else seconds_per_row * case.X.shape[0]
        return base * (1.0 + noise * rng.random())

    return run


@pytest.mark.parametrize("student_rate, passed", [(0.15e-6, True), (0.35e-6, True), (1.5e-6, False), (8e-6, False)])
def test_the_loop_decision_on_time_per_row(student_rate, passed):
    found = timing.measure_loops(fake_timer(student_rate, noise=0.5), fake_timer(0.15e-6, noise=0.5), families.HINGE,
                                 rng=np.random.default_rng(1))
    assert found.passed is passed, found


def test_the_loop_decision_uses_the_time_at_large_n_so_slowing_small_calls_cannot_help():
    # a looping function that makes every small call slow (to flatten its growth) is timed only at large N
    def sly(case):
        num = case.X.shape[0]
        return 0.05 if num < 1000 else 3e-6 * num

    assert timing.measure_loops(sly, fake_timer(0.15e-6), families.HINGE, rng=np.random.default_rng(2)).passed is False


def stalled_on(seconds_per_row, stall, stalled):
    """A timer whose calls numbered in ``stalled`` (1 is the warm-up) take ``stall`` times as long: a loaded machine."""
    calls = []

    def run(case):
        calls.append(case)
        return seconds_per_row * case.X.shape[0] * (stall if len(calls) in stalled else 1.0)

    return run


# the CI run that found this: a correct function's first timed call stalled on a loaded machine and that one call
# decided the verdict. Whole-array code at 0.15 us/row against a threshold of 0.75 us/row: a 100x stall of the first
# round's call is a round over 10x the threshold (the first-round rule), and 20x stalls of the first two rounds are
# two of three rounds over 2x (the early rule); a call above the threshold is timed again, the retiming is clean
@pytest.mark.parametrize("stall, stalled", [(100.0, {2}), (20.0, {2, 4})])
def test_a_stalled_call_cannot_turn_whole_array_code_into_a_loop(stall, stalled):
    found = timing.measure_loops(stalled_on(0.15e-6, stall, stalled), fake_timer(0.15e-6), families.HINGE,
                                 rng=np.random.default_rng(4))
    assert found.passed is True, timing.loop_excess(found)


def test_a_loop_far_above_the_threshold_is_timed_twice_and_fails_in_one_round():
    calls = []

    def loop(case):
        calls.append(case)
        return 12e-6 * case.X.shape[0]

    found = timing.measure_loops(loop, fake_timer(0.15e-6), families.HINGE, rng=np.random.default_rng(5))
    assert found.passed is False and found.rounds == 1, timing.loop_excess(found)
    assert len(calls) == 3  # the warm-up, the round's call and its retiming


@pytest.mark.parametrize("student_seconds, passed", [(1e-3, True), (4e-3, True), (12e-3, False), (40e-3, False)])
def test_the_speed_decision_on_the_naive_ratio(student_seconds, passed):
    found = timing.measure_speedup(fake_timer(seconds=student_seconds), fake_timer(seconds=40e-3), families.HINGE,
                                   rng=np.random.default_rng(3))
    assert found.passed is passed, (found, timing.speedups(found))


def test_every_timed_input_is_new_and_the_shapes_vary():
    seen, shapes = set(), set()

    def record(case):
        key = (case.W.tobytes(), case.X.tobytes(), case.y.tobytes(), case.reg)
        assert key not in seen, "an input was timed twice"
        seen.add(key)
        shapes.add(case.X.shape + case.W.shape)
        return 1e-7 * case.X.shape[0]

    timing.measure_loops(record, record, families.HINGE, rounds=(9, 9))
    timing.measure_speedup(record, fake_timer(seconds=1.0), families.SOFTMAX, rounds=(7, 7))
    assert len(shapes) >= 15


# -- 3. the run-time half on real workers: code the reading must not be asked about -------------------------------

@pytest.fixture(scope="module")
def reference_worker():
    limits = load_rubric(ASSIGNMENT).limits
    worker = timing.ReferenceWorker(limits)
    worker.request({"op": "ping"})
    yield worker
    worker.close()


MEMOISED = """
_CACHE = {}


def memoised_row_loop(W, X, y, reg):
    key = (W.tobytes(), X.tobytes(), y.tobytes(), reg)
    if key not in _CACHE:
        _CACHE[key] = row_loop(W, X, y, reg)
    return _CACHE[key]


def row_loop(W, X, y, reg):
    num_train = X.shape[0]
    loss = 0.0
    dW = np.zeros(W.shape)
    for i in range(num_train):
        scores = X[i].dot(W)
        margins = np.maximum(0.0, scores - scores[y[i]] + 1.0)
        margins[y[i]] = 0.0
        loss += margins.sum()
        coeffs = (margins > 0).astype(float)
        coeffs[y[i]] = -coeffs.sum()
        dW += np.outer(X[i], coeffs)
    return float(loss / num_train + reg * np.sum(W * W)), dW / num_train + 2 * reg * W


def one_call_per_row(W, X, y, reg):
    scores = np.empty((X.shape[0], W.shape[1]))
    for i in range(X.shape[0]):
        scores[i] = X[i] @ W
    return svm_loss_vectorized(W, X, y, reg)
"""


def function_text(text, name):
    """The source of the top-level ``def name`` in a module's text (to its next top-level statement)."""
    start = text.index(f"\ndef {name}(") + 1
    rest = text[start:]
    ends = [k for k in (rest.find("\ndef "), rest.find("\nclass "), rest.find("\n@")) if k > 0]
    return rest[: min(ends)] if ends else rest


def vectorized_name_of(edit):
    """The vectorized loss whose solution region an edit changes, or None."""
    file, old, _ = edit[:3]
    if file not in (SVM, SOFTMAX, MSE) or old is APPEND:
        return None
    text = (REFERENCE_PACKAGE / file).read_text()
    for name in VECTORIZED:
        if f"\ndef {name}(" in text and old in solution_region(file, name):
            return name
    return None


# every correct style of test_correct_variants.py that rewrites a vectorized loss, as a function of its own
CORRECT = list(getattr(correct_variants, "VARIANTS", [])) + list(getattr(correct_variants, "TYPE_VARIANTS", []))
STYLES = [(variant.id, index, edit, vectorized_name_of(edit)) for variant in CORRECT
          for index, edit in enumerate(variant.edits) if vectorized_name_of(edit)]


def style_functions():
    """{module file: code appending every style as ``<name>__<variant>_<k>``}, and [(style, exercise)]."""
    appended_code, exercises = {}, []
    for variant_id, index, (file, old, new), name in STYLES:
        text = (REFERENCE_PACKAGE / file).read_text()
        assert text.count(old) == 1
        renamed = f"{name}__{variant_id.replace('-', '_')}_{index}"
        code = function_text(text.replace(old, new), name).replace(f"def {name}(", f"def {renamed}(", 1)
        appended_code[file] = appended_code.get(file, "") + "\n\n" + code
        exercises.append((f"{variant_id} ({name})", dataclasses.replace(exercise_named(name), name=renamed)))
    return appended_code, exercises


@pytest.fixture(scope="module")
def timed_package(tmp_path_factory, reference_worker):
    """One submission holding the memoised row loops and every correct style, and a context maker over it."""
    code, exercises = style_functions()
    code[SVM] = code.get(SVM, "") + MEMOISED
    submission = make(tmp_path_factory.mktemp("timed"), [(file, APPEND, text) for file, text in code.items()])
    limits = load_rubric(ASSIGNMENT).limits
    with Sandbox(submission.package, limits) as sandbox:
        def context(exercise):
            return Context(exercise, sandbox, {"reference_worker": reference_worker, "cleanup": []})

        yield sandbox, context, exercises


def failure_of(check, ctx):
    try:
        check(ctx)
    except CheckFailure as failure:
        return str(failure)
    return None


@pytest.mark.parametrize("qualname", ["row_loop", "memoised_row_loop", "one_call_per_row"])
def test_the_clock_sees_a_row_loop_even_memoised(qualname, timed_package):
    _, context, _ = timed_package
    ctx = context(dataclasses.replace(exercise_named("svm_loss_vectorized"), name=qualname))
    message = failure_of(timing.check_runs_like_whole_array_code, ctx)
    assert message and "far longer per example" in message, message


def test_the_speed_check_cannot_be_helped_by_a_cache(timed_package):
    _, context, _ = timed_package
    ctx = context(dataclasses.replace(exercise_named("svm_loss_vectorized"), name="memoised_row_loop"))
    message = failure_of(timing.check_faster_than_naive, ctx)
    assert message and "not at least 6x faster than the grader's naive loop" in message, message


def test_the_styles_cover_every_vectorized_loss():
    assert {name for *_, name in STYLES} == set(VECTORIZED)
    assert len(STYLES) >= 10


def test_every_correct_style_reads_clean_and_runs_like_whole_array_code(timed_package):
    sandbox, context, exercises = timed_package
    package = callgraph.Package(sandbox.sources, "cs231n")
    lost = []
    for style, exercise in exercises:
        module = tuple(exercise.relative_file[:-3].split("/"))
        report = package.reach(module, exercise.name)
        if report.problem or report.loops or report.dynamic:
            lost.append(f"{style}: {(report.problem, report.loops[:1], report.dynamic[:1])}")
            continue
        checks = [timing.check_runs_like_whole_array_code] + ([timing.check_faster_than_naive] if exercise.naive
                                                              else [])
        for check in checks:
            # a timing that fails once on a loaded machine gets one more chance (the margins are in make bench)
            message = failure_of(check, context(exercise)) and failure_of(check, context(exercise))
            if message:
                lost.append(f"{style}: {message}")
    assert not lost, "GRADER BUG: correct styles lose the loop or speed point:\n" + "\n".join(lost)


# -- 4. adversarial submissions graded by the grader ------------------------------------------------------------------

SOURCE_OF = {"svm_loss_vectorized": SVM, "squared_hinge_loss_vectorized": SVM, "softmax_loss_vectorized": SOFTMAX,
             "mse_loss": MSE, "svm_loss_naive": SVM, "softmax_loss_naive": SOFTMAX}


def first_line(name):
    check = "check_regression_inputs" if name == "mse_loss" else "check_loss_inputs"
    return f'    {check}("{name}", W, X, y, reg)\n'


def start_of(name, code):
    """Code at the start of a function's body (after its input check); the function still returns the right values."""
    return at_start(code, SOURCE_OF[name], first_line(name))


def decorated(name, decorator, code):
    """Define ``decorator`` (``code``) and put it on the function."""
    file = SOURCE_OF[name]
    return (file, f"def {name}(", textwrap.dedent(code).strip("\n") + f"\n\n\n@{decorator}\ndef {name}(")


SLOW_NAIVE = "import time\nif X.shape[0] >= 1000:\n    time.sleep(0.5)  # only on what looks like a timing input"


@dataclasses.dataclass(frozen=True)
class Graded:
    """One adversarial function, and the verdicts it deserves (None: not asserted)."""

    id: str
    exercise: str
    edits: tuple
    loops: bool
    speed: object = None
    says: tuple = ()
    files: tuple = ()  # ((path in the package, text), ...)
    modes: tuple = ("auto",)


V, SQ, SM, MS = "svm_loss_vectorized", "squared_hinge_loss_vectorized", "softmax_loss_vectorized", "mse_loss"
GRADED = [
    # loops in other modules and behind every construct: found, named, and the speed judged on its own
    Graded("double-loop-in-another-module", V,
           (svm_region("from .helpers import hinge_loop\nreturn hinge_loop(W, X, y, reg)"),), False, False,
           ("calls hinge_loop (cs231n/classifiers/helpers.py), which uses a for loop at line",),
           (("classifiers/helpers.py", NAIVE_HELPER),)),
    Graded("through-a-module-attribute", SQ,
           (start_of(SQ, "from . import loops_elsewhere\nloops_elsewhere.count_rows(X)"),), False,
           None, ("calls count_rows (cs231n/classifiers/loops_elsewhere.py), which uses a for loop",),
           (("classifiers/loops_elsewhere.py", "def count_rows(X):\n    n = 0\n    for _ in X:\n        n += 1\n"
                                               "    return n\n"),)),
    Graded("through-import-as", MS, (start_of(MS, "import cs231n.optim_rows as rows\nrows.count_rows(X)"),), False,
           None, ("calls count_rows (cs231n/optim_rows.py), which uses a for loop",),
           (("optim_rows.py", "def count_rows(X):\n    n = 0\n    for _ in X:\n        n += 1\n    return n\n"),)),
    Graded("through-functools-reduce", V, (start_of(V, "import functools\nimport operator\n"
                                                       "functools.reduce(operator.add, range(X.shape[0]), 0)"),),
           False, True, ("functools.reduce",)),
    Graded("through-map", SQ, (start_of(SQ, "labels = list(map(int, y))"),), False, None, ("map",)),
    Graded("through-filter", MS, (start_of(MS, "rows = list(filter(None, range(X.shape[0])))"),), False, None,
           ("filter",)),
    Graded("through-recursion", SQ, (start_of(SQ, "_depth(X.shape[0] % 50)"), appended(
        SVM, "def _depth(n):\n    return 0 if n <= 0 else 1 + _depth(n - 1)\n")), False, None,
           ("calls _depth (cs231n/classifiers/linear_svm.py), which calls _depth again", "recursion")),
    Graded("through-np-vectorize", SQ, (start_of(SQ, "np.vectorize(abs)(X)"),), False, None, ("np.vectorize",)),
    Graded("through-np-frompyfunc", MS, (start_of(MS, "np.frompyfunc(abs, 1, 1)(X)"),), False, None,
           ("np.frompyfunc",)),
    Graded("through-np-apply-along-axis", MS, (start_of(MS, "np.apply_along_axis(np.sum, 1, X)"),), False, None,
           ("np.apply_along_axis",)),
    Graded("clean-def-rebound-to-naive", V, (appended(SVM, "svm_loss_vectorized = svm_loss_naive\n"),), False, False,
           ("is rebound at line", "to svm_loss_naive, which uses a for loop")),
    Graded("rebound-from-the-package-init", SM, (), False, False, ("is replaced at line 3 of cs231n/__init__.py",),
           (("__init__.py", '"""A package that swaps a function."""\nfrom .classifiers import softmax as _s\n'
                            "_s.softmax_loss_vectorized = _s.softmax_loss_naive\n"),)),
    Graded("looping-decorator", MS, (decorated(MS, "_checked", """
        def _checked(f):
            def wrapper(W, X, y, reg):
                for i in range(X.shape[0]):
                    assert X[i].shape == (W.shape[0],)
                return f(W, X, y, reg)
            return wrapper
    """),), False, None, ("is decorated with _checked", "for loop")),
    Graded("eval-of-a-built-string", SQ, (start_of(SQ, "eval('np.' + 'sum')(X)"),), False, None,
           ("cannot be checked for Python loops", "eval"), modes=("auto", "plain")),
    Graded("exec-of-a-built-string", MS, (start_of(MS, "exec('pass')"),), False, None,
           ("cannot be checked for Python loops", "exec")),
    # the speed check times the grader's naive loop, never the student's: a naive slowed on purpose helps nothing
    Graded("slowed-naive-with-a-row-loop", V, (svm_region(ROW_LOOP), start_of("svm_loss_naive", SLOW_NAIVE)),
           False, False, ("for loop", "not at least 6x faster than the grader's naive loop"), modes=("auto", "plain")),
    Graded("slowed-naive-with-correct-code", SM, (start_of("softmax_loss_naive", SLOW_NAIVE),), True, True),
    # shape-sniffing: fast and wrong on what looks like a timing input
    Graded("zeros-on-large-inputs", SM, (start_of(SM, "if X.shape[0] >= 1000:\n    return 0.0, np.zeros(W.shape)"),),
           False, False, ("wrong loss or gradient on the larger random inputs it was timed on",),
           modes=("auto", "plain")),
    Graded("zeros-on-the-speed-shape", SM, (start_of(SM, "if 1000 <= X.shape[0] <= 5000:\n"
                                                       "    return 0.0, np.zeros(W.shape)"),), True, False,
           ("wrong loss or gradient on the larger random inputs",)),
    Graded("zeros-with-many-rows-and-few-features", SQ, (start_of(SQ, "if X.shape[1] <= 8 and X.shape[0] >= 20000:\n"
                                                                      "    return 0.0, np.zeros(W.shape)"),), False,
           None, ("wrong loss or gradient",)),
    # caching: every timed input is new, so a memoised loop is still a loop
    Graded("memoised-row-loop", V, (svm_region("key = (W.tobytes(), X.tobytes(), y.tobytes(), reg)\n"
                                               "if key in _CACHE:\n    return _CACHE[key]\n" + textwrap.dedent(ROW_LOOP)
                                               + "_CACHE[key] = (float(loss), dW)\nreturn _CACHE[key]"),
                                    appended(SVM, "_CACHE = {}\n")), False, False,
           ("for loop", "not at least 6x faster"), modes=("auto", "plain")),
    Graded("memoised-naive", SM, (start_of(SM, "key = (W.tobytes(), X.tobytes(), y.tobytes(), reg)\n"
                                               "if key not in _CACHE:\n"
                                               "    _CACHE[key] = softmax_loss_naive(W, X, y, reg)\n"
                                               "return _CACHE[key]"), appended(SOFTMAX, "_CACHE = {}\n")),
           False, False, ("calls softmax_loss_naive", "not at least 6x faster"), modes=("auto", "plain")),
]


def runs(cases):
    """Cases packed into gradings: one function per exercise, no two cases writing the same file, per mode."""
    packed = []
    for mode in ("auto", "plain"):
        groups = []
        for case in (c for c in cases if mode in c.modes):
            touched = {path for path, _ in case.files}
            for group in groups:
                if case.exercise not in {c.exercise for c in group} and not touched & {
                        p for c in group for p, _ in c.files}:
                    group.append(case)
                    break
            else:
                groups.append([case])
        packed += [pytest.param(mode, group, id=f"{mode}-" + "+".join(c.id for c in group)) for group in groups]
    return packed


@pytest.mark.parametrize("mode, cases", runs(GRADED))
def test_adversarial_submissions_are_graded_as_they_deserve(mode, cases, tmp_path):
    edits = [edit for case in cases for edit in case.edits]
    files = {path: text for case in cases for path, text in case.files}
    submission = make(tmp_path, edits, files)
    result = graded(submission, [c.exercise for c in cases], tmp_path, mode)
    for case in cases:
        try:
            assert_graded(result[case.exercise], case.loops, case.speed, case.says)
        except AssertionError as error:
            raise AssertionError(f"{case.id} ({case.exercise}, {mode}): {error}") from None


def test_every_case_is_graded_and_the_runs_are_few():
    packed = runs(GRADED)
    assert sum(len(p.values[1]) for p in packed) == sum(len(c.modes) for c in GRADED)
    assert len(packed) <= 8


def test_the_reference_passes_both_checks_in_plain_mode(tmp_path):
    # in the default mode, the adversarial runs above grade the reference's own code for every exercise they leave
    checks = graded(make(tmp_path), ["svm_loss_vectorized"], tmp_path, "plain")["svm_loss_vectorized"]
    assert all(verdicts(checks).values()), table(checks)


def test_the_baseline_worker_holds_no_copy_of_the_reference_on_disk(reference_worker):
    package = reference_worker.sandbox.package_copy
    assert not package.exists() or not any(package.rglob("*.py"))
    answer = reference_worker.request({"op": "call", "module": "cs231n.classifiers.linear_svm",
                                       "qualname": "svm_loss_naive", "kwargs": {},
                                       "args": [np.ones((3, 2)), np.ones((4, 3)), np.array([0, 1, 0, 1]), 0.1]})
    assert answer["ok"]
