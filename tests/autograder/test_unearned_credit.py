"""No credit for nothing, verdicts from evidence, blame in the right place (issue 9, items 1, 4, 5, 6).

Each case is the reference package with one function replaced by something a
student who wants points without the work might hand in, graded on the
exercises it touches (plus a control that must keep full marks).
"""

import textwrap
from dataclasses import replace

import pytest

from autograder.core import tampering
from autograder.loss_functions.exercises import ASSIGNMENT, EXERCISES, exercise_named
from autograder.core.runner import grade_submission
from autograder.core.rubric import load_rubric
from support.variants import CLASSIFIER, MSE, MULTICLASS, OPTIM, REG, SOFTMAX, SVM, build_submission, solution_region

RUBRIC = load_rubric(ASSIGNMENT)
LIMITS = RUBRIC.limits
CONTROL = "l2_regularization"


def grade_only(root, names, limits=LIMITS):
    """{exercise: (score, max_score, {title: output of each failed check})} for the named exercises."""
    tests = grade_submission(root, replace(RUBRIC, limits=limits), [exercise_named(n) for n in names]).tests
    graded = {}
    for test in tests:
        score, possible, failed = graded.get(test.exercise, (0.0, 0.0, {}))
        if test.status != "passed":
            failed[test.name.split(": ", 1)[1]] = test.output
        graded[test.exercise] = (score + test.score, possible + test.max_score, failed)
    return graded


def replace_region(file, function, body):
    """An edit that replaces the whole solution region of ``function`` (body indented like the region)."""
    old = solution_region(file, function)
    indent = len(old) - len(old.lstrip())
    return (file, old, textwrap.indent(textwrap.dedent(body).strip("\n") + "\n", " " * indent))


# -- credit for nothing -------------------------------------------------------------------------------------

FAKES = {
    # a loss that ignores the data but is perfectly self-consistent
    "svm_loss_naive": (SVM, "return float(np.sum(W)), np.ones_like(W)"),
    "svm_loss_vectorized": (SVM, "return 0.0, np.zeros(W.shape)"),
    "squared_hinge_loss_vectorized": (SVM, "return float(np.sum(W * W)), 2 * W"),
    # the expected initial loss, hard-coded
    "softmax_loss_naive": (SOFTMAX, "return float(np.log(W.shape[1])), np.zeros_like(W)"),
    "softmax_loss_vectorized": (SOFTMAX, "return float(reg * np.sum(W * W)), 2 * reg * W"),
    "mse_loss": (MSE, "return 0.0, np.zeros_like(W)"),
    "l2_regularization": (REG, "return 0.0, np.zeros_like(W)"),
    "l1_regularization": (REG, "return float(reg), W"),
    "sample_batch": (OPTIM, "return X, y"),
    "sgd_step": (OPTIM, "return W"),
    "LinearClassifier.train": (CLASSIFIER, "pass"),
    "LinearClassifier.predict": (CLASSIFIER, "return np.zeros(X.shape[0], dtype=int)"),
    "one_vs_all_predict": (MULTICLASS, "return np.zeros(X.shape[0], dtype=np.int64)"),
    "one_vs_one_predict": (MULTICLASS, "return np.zeros(X.shape[0], dtype=np.int64)"),
    "l1_proximal_step": (REG, "return np.array(W, dtype=float)"),
    "LinearClassifier.train_l1_proximal": (CLASSIFIER, "pass"),
    "binary_svm_loss": ("classifiers/binary_svm.py", "return float(reg * np.sum(w * w)), 2 * reg * w"),
    "train_one_vs_all": ("classifiers/binary_svm.py", "return np.zeros((X.shape[1], num_classes))"),
    "train_one_vs_one": ("classifiers/binary_svm.py",
                         "return 1e-3 * rng.standard_normal((X.shape[1], num_classes * (num_classes - 1) // 2))"),
}
# answers that fit the hand-made cases' shapes and orders without reading W or X
SHAPE_FAKES = [
    ("one_vs_one_predict", MULTICLASS, "return np.arange(X.shape[0]) % num_classes"),
    ("one_vs_one_predict", MULTICLASS, "if num_classes == 4:\n    return np.ones(X.shape[0], dtype=np.int64)\n"
                                       "return np.arange(X.shape[0]) % num_classes"),
    ("one_vs_all_predict", MULTICLASS, "return np.arange(X.shape[0]) % W.shape[1]"),
    ("LinearClassifier.predict", CLASSIFIER, "return np.arange(X.shape[0]) % self.W.shape[1]"),
]


@pytest.mark.parametrize("name, file, body", SHAPE_FAKES, ids=lambda v: v if isinstance(v, str) and "/" not in v
                         and "\n" not in v and "return" not in v else None)
def test_an_answer_that_ignores_the_data_scores_zero(name, file, body, tmp_path):
    submission = build_submission(tmp_path / "s", [replace_region(file, name.split(".")[-1], body)])
    score, possible, failed = grade_only(submission.root, [name])[name]
    assert score == 0, f"{name} earned {score}/{possible} for {body!r}: passed all but {sorted(failed)}"


@pytest.mark.parametrize("name", sorted(FAKES))
def test_a_function_that_computes_nothing_scores_zero(name, tmp_path):
    file, body = FAKES[name]
    function = name.split(".")[-1]
    submission = build_submission(tmp_path / "s", [replace_region(file, function, body)])
    graded = grade_only(submission.root, [name, CONTROL] if name != CONTROL else [name])
    score, possible, failed = graded[name]
    assert score == 0, f"{name} earned {score}/{possible} for {body!r}: passed all but {sorted(failed)}"
    if name != CONTROL:
        assert graded[CONTROL][0] == graded[CONTROL][1], graded[CONTROL]


@pytest.mark.parametrize("name", ["svm_loss_naive", "svm_loss_vectorized", "mse_loss"])
def test_the_feedback_says_that_nothing_is_computed(name, tmp_path):
    file, body = FAKES[name]
    submission = build_submission(tmp_path / "s", [replace_region(file, name, body)])
    _, _, failed = grade_only(submission.root, [name])[name]
    message = failed["loss matches the expected value"]
    assert "computes nothing yet" in message or "whatever X and y are" in message, message
    assert "Likely cause" not in message


# The CS231n starter as it is handed out: the loss functions only initialise loss and dW and return them
# (written here in the kit's words, with CS231n's layout: two-space indents, xrange from past.builtins).
STARTER_BODY = '''\
  """
  Inputs have dimension D, there are C classes, and we operate on minibatches of N examples.
  Returns a tuple of: loss as single float; gradient with respect to weights W, same shape as W.
  """
  loss = 0.0
  dW = np.zeros(W.shape) # initialize the gradient as zero

  #############################################################################
  # TODO: compute the loss and its gradient, store them in loss and dW.       #
  #############################################################################
  pass
  #############################################################################
  #                          END OF YOUR CODE                                 #
  #############################################################################

  return loss, dW
'''
STARTER_HEADER = "from builtins import range\nimport numpy as np\nfrom random import shuffle\nfrom past.builtins import xrange\n"


def starter_file(*functions):
    return STARTER_HEADER + "".join(f"\n\ndef {f}(W, X, y, reg):\n{STARTER_BODY}" for f in functions)


def test_the_untouched_cs231n_starter_files_score_zero_on_every_function_they_define(tmp_path):
    submission = build_submission(tmp_path / "s")
    (submission.package / SVM).write_text(starter_file("svm_loss_naive", "svm_loss_vectorized"))
    (submission.package / SOFTMAX).write_text(starter_file("softmax_loss_naive", "softmax_loss_vectorized"))
    defined = ["svm_loss_naive", "svm_loss_vectorized", "softmax_loss_naive", "softmax_loss_vectorized"]
    graded = grade_only(submission.root, defined + [CONTROL, "LinearClassifier.train"])
    for name in defined:
        score, possible, failed = graded[name]
        assert score == 0, f"the untouched starter earned {score}/{possible} on {name}"
        assert "computes nothing yet" in failed["loss matches the expected value"]
    for name in (CONTROL, "LinearClassifier.train"):  # train runs with the grader's own loss
        assert graded[name][0] == graded[name][1], graded[name]


# -- the numeric-gradient check pays for consistency, not for fakes -------------------------------------------

def test_a_consistent_loss_wrong_by_a_named_mistake_keeps_the_numeric_gradient_point(tmp_path):
    edits = [(SVM, "    loss /= num_train\n    dW /= num_train\n", "")]
    graded = grade_only(build_submission(tmp_path / "s", edits).root, ["svm_loss_naive"])
    _, _, failed = graded["svm_loss_naive"]
    assert "loss matches the expected value" in failed
    assert "gradient matches the numeric gradient of your own loss" not in failed, failed


def test_a_wrong_unrecognised_loss_is_not_called_self_consistent(tmp_path):
    body = """
        scores = X.dot(W)
        loss = float(np.sum(np.abs(scores))) / X.shape[0]
        dW = X.T.dot(np.sign(scores)) / X.shape[0]
        return loss, dW
    """
    graded = grade_only(build_submission(tmp_path / "s", [replace_region(SVM, "svm_loss_vectorized", body)]).root,
                        ["svm_loss_vectorized"])
    score, _, failed = graded["svm_loss_vectorized"]
    assert score == 0
    assert "until that loss is right" in failed["gradient matches the numeric gradient of your own loss"]


# -- types: a wrong value in any type still fails --------------------------------------------------------------

def test_a_complex_gradient_with_an_imaginary_part_fails(tmp_path):
    right = solution_region(SVM, "svm_loss_vectorized")
    edit = (SVM, right, right + "    return float(loss), dW + 1e-3j\n")
    graded = grade_only(build_submission(tmp_path / "s", [edit]).root, ["svm_loss_vectorized"])
    score, _, failed = graded["svm_loss_vectorized"]
    assert score == 0
    assert "imaginary" in failed["gradient matches the expected gradient"]


def test_a_complex_penalty_gradient_with_an_imaginary_part_fails(tmp_path):
    graded = grade_only(build_submission(tmp_path / "s", [replace_region(
        REG, "l2_regularization", "return float(reg * np.sum(W * W)), 2.0 * reg * W + 1e-3j")]).root,
        ["l2_regularization"])
    score, _, failed = graded["l2_regularization"]
    assert score == 0 and "imaginary" in failed["gradient matches the expected gradient"], failed


# -- stability: a row-mean shift is not a max shift --------------------------------------------------------------

@pytest.mark.parametrize("name, old, new", [
    ("softmax_loss_naive", "scores = scores - np.max(scores)", "scores = scores - np.mean(scores)"),
    ("softmax_loss_vectorized", "scores -= scores.max(axis=1, keepdims=True)",
     "scores -= scores.mean(axis=1, keepdims=True)"),
])
def test_subtracting_the_row_mean_fails_only_the_stability_check(name, old, new, tmp_path):
    graded = grade_only(build_submission(tmp_path / "s", [(SOFTMAX, old, new)]).root, [name])
    _, _, failed = graded[name]
    assert list(failed) == ["stays finite and correct for scores around +-1e3"], failed
    assert "each row's own max" in failed["stays finite and correct for scores around +-1e3"]


def test_probabilities_then_their_log_after_the_max_shift_is_stable(tmp_path):
    edit = (SOFTMAX, "        loss += np.log(sum_exp) - scores[y[i]]\n",
            "        loss += -np.log(exp_scores[y[i]] / sum_exp)\n")
    graded = grade_only(build_submission(tmp_path / "s", [edit]).root, ["softmax_loss_naive"])
    assert graded["softmax_loss_naive"][0] == graded["softmax_loss_naive"][1], graded


# -- train: its own reg, and the helpers' bugs blamed on the helpers --------------------------------------------

def test_train_that_drops_its_reg_loses_the_step_check_with_a_sentence(tmp_path):
    edit = (CLASSIFIER, "            loss, grad = self.loss(X_batch, y_batch, reg)\n",
            "            loss, grad = self.loss(X_batch, y_batch, 0.0)\n")
    _, _, failed = grade_only(build_submission(tmp_path / "s", [edit]).root,
                              ["LinearClassifier.train"])["LinearClassifier.train"]
    assert list(failed) == ["calls self.loss with its reg, then updates W by W - learning_rate * dW"], failed
    assert "reg=0 instead of the reg it was given" in next(iter(failed.values()))


@pytest.mark.parametrize("helper, old, new", [
    ("sgd_step", "W_new = W - learning_rate * dW", "W_new = W + learning_rate * dW"),
    ("sample_batch", "indices = rng.choice(X.shape[0], size=int(batch_size), replace=True)",
     "indices = np.arange(int(batch_size)) % X.shape[0]"),
    ("sample_batch", "    X_batch = X[indices]\n", "    X_batch = X[indices[::-1]]\n"),
])
def test_a_bug_in_a_helper_costs_points_on_the_helper_only(helper, old, new, tmp_path):
    graded = grade_only(build_submission(tmp_path / "s", [(OPTIM, old, new)]).root,
                        [helper, "LinearClassifier.train", "train_one_vs_all", "train_one_vs_one"])
    assert graded[helper][0] < graded[helper][1]
    for caller in ("LinearClassifier.train", "train_one_vs_all", "train_one_vs_one"):
        score, possible, failed = graded[caller]
        assert score == possible, (caller, failed)


def test_a_bug_in_binary_svm_loss_costs_points_there_only(tmp_path):
    edit = ("classifiers/binary_svm.py", "    dw = -X.T.dot(active * t) / num_train + 2 * reg * w\n",
            "    dw = X.T.dot(active * t) / num_train + 2 * reg * w\n")
    graded = grade_only(build_submission(tmp_path / "s", [edit]).root,
                        ["binary_svm_loss", "train_one_vs_all", "train_one_vs_one"])
    assert graded["binary_svm_loss"][0] < graded["binary_svm_loss"][1]
    for caller in ("train_one_vs_all", "train_one_vs_one"):
        assert graded[caller][0] == graded[caller][1], (caller, graded[caller][2])


# -- verdicts from evidence: a worker patched from __init__.py ---------------------------------------------------

# Code that runs when the package is imported, in the worker: it patches the worker's call handler (the class
# and the bound handler of the running worker), the description of values and the reply path, so that every
# answer claims the arguments were left as they were sent.
PATCH_THE_WORKER = '''

def _patch_the_worker():
    import copy
    import gc
    import sys
    main = sys.modules.get("__main__")
    wire = sys.modules.get("wire")
    Worker = getattr(main, "Worker", None)
    if Worker is None or wire is None:
        raise RuntimeError("the patch found no worker to patch")  # the test must not pass vacuously
    original_call = Worker.op_call

    def op_call(self, request):
        pristine = [copy.deepcopy(self.argument(a)) for a in request.get("args", [])]
        response = original_call(self, request)
        response["args_after"] = [main.describe(a) for a in pristine]
        return response

    Worker.op_call = op_call
    for thing in gc.get_objects():
        if isinstance(thing, Worker):
            thing.handlers["call"] = op_call.__get__(thing)
    original_write = wire.write_message

    def write_message(fd, body):
        if isinstance(body, dict) and "args_after" in body:
            body["arguments_unchanged"] = True
        return original_write(fd, body)

    wire.write_message = write_message
    main.describe = lambda value, depth=0, _real=main.describe: _real(copy.deepcopy(value), depth)


_patch_the_worker()
'''


@pytest.mark.parametrize("mode", ["bubblewrap", "plain"])
def test_a_patched_worker_cannot_hide_that_inputs_were_modified(mode, tmp_path, monkeypatch):
    # the evidence alone (the grader's own reading of its files), with the static layer below switched off
    monkeypatch.setattr(tampering, "find_tampering", lambda sources, package: None)
    edits = [(OPTIM, "    W_new = W - learning_rate * dW\n", "    W -= learning_rate * dW\n    W_new = W\n"),
             (REG, "    dW = 2.0 * reg * W\n", "    dW = 2.0 * reg * W\n    W[...] = 0.0\n")]
    submission = build_submission(tmp_path / "s", edits)
    init = submission.package / "__init__.py"
    init.write_text(init.read_text() + PATCH_THE_WORKER)
    limits = LIMITS.__class__(**{**LIMITS.__dict__, "isolation": mode})
    graded = grade_only(submission.root, ["sgd_step", "l2_regularization", "l1_regularization"], limits)
    _, _, failed = graded["sgd_step"]
    assert list(failed) == ["returns a new array and leaves W and dW unchanged"], failed
    assert "changed W in place" in failed["returns a new array and leaves W and dW unchanged"]
    _, _, failed = graded["l2_regularization"]
    assert list(failed) == ["does not modify its inputs"], failed
    assert graded["l1_regularization"][0] == graded["l1_regularization"][1], graded["l1_regularization"]


# Patches that a harness running in the student's process cannot see from outside: the worker's own
# method that maps the input files, and numpy's seeding. The grader finds them in the sources it read
# before any student code ran, and does not pay the properties they could fake.
HARNESS_PATCHES = {
    "maps-copies-of-the-inputs": (
        "import sys\n_main = sys.modules['__main__']\n_original = _main.Worker.mapped\n"
        "_main.Worker.mapped = lambda self, spec: _original(self, spec).copy()\n"),
    "seeds-np-random-with-0-whatever-it-is-asked": (
        "import numpy as _np\n_seed = _np.random.seed\n_np.random.seed = lambda s=None: _seed(0)\n"),
}


@pytest.mark.parametrize("patch", sorted(HARNESS_PATCHES))
def test_a_submission_that_patches_the_harness_earns_no_harness_observed_property(patch, tmp_path):
    edits = [(OPTIM, "    W_new = W - learning_rate * dW\n", "    W -= learning_rate * dW\n    W_new = W\n")]
    submission = build_submission(tmp_path / "s", edits)
    init = submission.package / "__init__.py"
    init.write_text(init.read_text() + HARNESS_PATCHES[patch])
    graded = grade_only(submission.root, ["sgd_step", "svm_loss_vectorized"])
    _, _, failed = graded["sgd_step"]
    assert list(failed) == ["returns a new array and leaves W and dW unchanged"], failed
    assert "cs231n/__init__.py line" in next(iter(failed.values()))
    _, _, failed = graded["svm_loss_vectorized"]
    harness = {"does not modify its inputs", "gives the same result whatever the global random state"}
    # the loop check refuses code that reaches into the process for its own reasons
    assert harness <= set(failed) <= harness | {"has no Python loops"}, failed


@pytest.mark.parametrize("source", [
    "from builtins import range\nfrom past.builtins import xrange\n",  # CS231n's own headers
    "import numpy as np\nnp.random.seed(0)\nnp.set_printoptions(precision=3)\n",
    "import sys\nsys.path.insert(0, '.')\nimport matplotlib.pyplot as plt\nplt.rcParams['figure.dpi'] = 90\n",
    "import numpy as np\nx = getattr(np, 'float64')\nimport re\npattern = re.compile('a')\n",
])
def test_ordinary_module_code_is_not_taken_for_tampering(source):
    assert tampering.find_tampering({"m.py": source.encode()}, "cs231n") is None


def test_the_tampering_scan_is_cached_by_text_and_its_cache_is_bounded():
    """The scan of a module's text is kept for the next submission that has the same file; huge texts are not."""
    from autograder.core import tampering

    text = "import gc\nx = 1\n"
    first = tampering.find_in_module(text, "a.py", "cs231n")
    first.append((9, "changed by the caller"))
    assert tampering.find_in_module(text, "a.py", "cs231n") == [(1, "imports gc")]  # a copy each time
    rebinding = "import cs231n.optim\ncs231n.optim.sgd_step = None\n"  # the student's own module, or another's
    assert tampering.find_in_module(rebinding, "a.py", "cs231n") == []
    assert tampering.find_in_module(rebinding, "a.py", "other") == [(2, "rebinds cs231n.optim.sgd_step")]
    size = tampering._findings.cache_info().currsize
    huge = "import gc\n" + "x = 1\n" * (tampering.CACHED_TEXT // 6 + 1)
    assert tampering.find_in_module(huge, "b.py", "cs231n") == [(1, "imports gc")]
    assert tampering._findings.cache_info().currsize == size
