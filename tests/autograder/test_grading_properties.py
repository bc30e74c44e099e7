"""Properties of a grading run: repeatable, well-formed results, clear failures, CS231n files graded as they are."""

import json
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path

import pytest

from support.kit_paths import full_marks
from support.results_schema import check_results_document
from support.variants import EXERCISE_NAMES, REPO, describe_scores

RUBRIC = REPO / "autograder" / "loss_functions" / "rubric.toml"


def run_cli(*args):
    """``python -m autograder grade ...`` from the repository root, as a subprocess."""
    return subprocess.run([sys.executable, "-m", "autograder", "grade", *map(str, args)], cwd=REPO,
                          capture_output=True, text=True, timeout=300)


# -- repeatability -------------------------------------------------------------------------------------

def comparable(graded):
    return [asdict(test) for test in graded.tests]


@pytest.mark.slow  # grades two submissions twice, every exercise
def test_grading_twice_gives_identical_results(make_submission, grade_folder):
    reference = make_submission()
    buggy = make_submission([
        ("classifiers/linear_svm.py", "    loss += reg * np.sum(W * W)\n    dW += 2 * reg * W\n",
         "    loss += 0.5 * reg * np.sum(W * W)\n    dW += reg * W\n"),
        ("optim.py", "    y_batch = y[indices]\n", "    y_batch = y[rng.choice(len(y), size=len(indices))]\n"),
        ("classifiers/multiclass.py", "np.where(scores >= 0", "np.where(scores > 0"),
    ])
    firsts = {}
    for name, submission in (("reference", reference), ("buggy", buggy)):
        firsts[name], second = grade_folder(submission.root), grade_folder(submission.root)
        assert comparable(firsts[name]) == comparable(second), name
    assert firsts["buggy"].total[0] < firsts["reference"].total[0]  # the bugs are graded, not ignored


# -- the command line and results.json -------------------------------------------------------------------

def test_cli_gives_full_marks_to_the_reference(tmp_path):
    results = tmp_path / "out" / "results.json"
    done = run_cli("--submission", "solutions", "--results", results)
    assert done.returncode == 0, done.stderr
    document = json.loads(results.read_text())
    check_results_document(document)
    assert document["score"] == document["max_score"] == full_marks()
    assert all(t["status"] == "passed" for t in document["tests"])


def test_cli_gives_zero_to_the_stubs_with_a_not_implemented_message(tmp_path):
    results = tmp_path / "results.json"
    done = run_cli("--submission", "assignment", "--results", results)
    assert done.returncode == 0, done.stderr
    document = json.loads(results.read_text())
    check_results_document(document)
    assert document["score"] == 0 and document["max_score"] == full_marks()
    for test in document["tests"]:
        assert test["status"] == "failed"
        assert "not implemented" in test["output"], test
        assert "Traceback" not in test["output"] and "internal error" not in test["output"], test
    assert "Traceback" not in done.stderr


def test_in_process_grade_of_the_stubs_matches_the_cli(grade_folder):
    graded = grade_folder(REPO / "assignment")
    assert graded.total == (0.0, full_marks())
    for name in EXERCISE_NAMES:
        assert graded.failed(name) == graded.tests_of(name)
        assert all("is not implemented yet" in t.output for t in graded.tests_of(name)), graded.feedback(name)


@pytest.mark.parametrize("contents", ["empty", "no-python", "package-without-python"])
def test_a_submission_without_code_gets_zero_and_a_clear_message(contents, tmp_path):
    submission = tmp_path / "submission"
    submission.mkdir()
    if contents == "no-python":
        (submission / "README.md").write_text("I will submit later.\n")
        (submission / "notes.txt").write_text("svm: todo\n")
    elif contents == "package-without-python":
        (submission / "cs231n" / "classifiers").mkdir(parents=True)
        (submission / "cs231n" / "classifiers" / "linear_svm.ipynb").write_text("{}\n")
    results = tmp_path / "results.json"
    done = run_cli("--submission", submission, "--results", results)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    document = json.loads(results.read_text())
    check_results_document(document)
    assert document["score"] == 0 and document["max_score"] == full_marks()
    for test in document["tests"]:
        if contents != "package-without-python":
            assert "no cs231n package found" in test["output"], test
        else:
            # the grader names the missing file; for classifiers/*.py it reports "could not be imported:
            # No module named 'cs231n.classifiers'" (the folder exists but holds no .py file), not "missing"
            assert "cs231n/" in test["output"] and ".py " in test["output"], test
            assert "missing from the submission" in test["output"] or "No module named" in test["output"], test
    if contents == "package-without-python":
        assert "linear_svm.ipynb" in document.get("output", ""), document.get("output")


def test_a_missing_submission_folder_exits_2_with_one_line(tmp_path):
    results = tmp_path / "results.json"
    results.write_text("previous results\n")
    done = run_cli("--submission", tmp_path / "nowhere", "--results", results)
    assert done.returncode == 2
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and "nowhere" in lines[0] and "does not exist" in lines[0], done.stderr
    assert results.read_text() == "previous results\n"


def _corrupt(text, how):
    if how == "invalid-toml":
        return text + "\n[sgd_step\nreturns_updated_weights = \n"
    if how == "missing-check":
        assert text.count("picks_highest_score = 1.5\n") == 1
        return text.replace("picks_highest_score = 1.5\n", "")
    if how == "unknown-check":
        assert text.count("[sgd_step]\n") == 1
        return text.replace("[sgd_step]\n", "[sgd_step]\nreturns_a_pony = 1\n")
    if how == "negative-points":
        assert text.count("counts_votes = 2\n") == 1
        return text.replace("counts_votes = 2\n", "counts_votes = -2\n")
    if how == "unknown-exercise":
        return text + "\n[svm_loss_fast]\nspeed = 1\n"
    if how == "bad-limit":
        assert text.count("call_timeout = 10.0") == 1
        return text.replace("call_timeout = 10.0", "call_timeout = -1")
    raise AssertionError(how)


@pytest.mark.parametrize("how, says", [
    ("invalid-toml", "not valid TOML"),
    ("missing-check", "picks_highest_score"),
    ("unknown-check", "returns_a_pony"),
    ("negative-points", "counts_votes"),
    ("unknown-exercise", "svm_loss_fast"),
    ("bad-limit", "call_timeout"),
])
def test_a_broken_rubric_exits_2_with_one_clear_line_and_keeps_old_results(how, says, tmp_path):
    rubric = tmp_path / "rubric.toml"
    rubric.write_text(_corrupt(RUBRIC.read_text(), how))
    results = tmp_path / "results.json"
    results.write_text('{"score": 42}\n')
    before = results.stat().st_mtime_ns
    done = run_cli("--submission", "solutions", "--results", results, "--rubric", rubric)
    assert done.returncode == 2, (done.stdout, done.stderr)
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("grade: ") and says in lines[0] and str(rubric) in lines[0], lines[0]
    assert "Traceback" not in done.stderr
    assert results.read_text() == '{"score": 42}\n' and results.stat().st_mtime_ns == before
    assert not any(p.name.startswith(".results.json.") for p in tmp_path.iterdir()), "a temporary file was left"


def test_a_missing_rubric_exits_2(tmp_path):
    done = run_cli("--submission", "solutions", "--results", tmp_path / "r.json", "--rubric", tmp_path / "none.toml")
    assert done.returncode == 2 and len(done.stderr.splitlines()) == 1 and "does not exist" in done.stderr
    assert not (tmp_path / "r.json").exists()


# -- CS231n (2017-2019) files dropped into the kit ---------------------------------------------------------

CS231N_LINEAR_SVM = '''\
from builtins import range
import numpy as np
from random import shuffle
from past.builtins import xrange


def svm_loss_naive(W, X, y, reg):
  """
  Structured SVM loss function, naive implementation (with loops).

  Inputs have dimension D, there are C classes, and we operate on minibatches
  of N examples.

  Inputs:
  - W: A numpy array of shape (D, C) containing weights.
  - X: A numpy array of shape (N, D) containing a minibatch of data.
  - y: A numpy array of shape (N,) containing training labels; y[i] = c means
    that X[i] has label c, where 0 <= c < C.
  - reg: (float) regularization strength

  Returns a tuple of:
  - loss as single float
  - gradient with respect to weights W; an array of same shape as W
  """
  dW = np.zeros(W.shape) # initialize the gradient as zero

  # compute the loss and the gradient
  num_classes = W.shape[1]
  num_train = X.shape[0]
  loss = 0.0
  for i in xrange(num_train):
    scores = X[i].dot(W)
    correct_class_score = scores[y[i]]
    for j in xrange(num_classes):
      if j == y[i]:
        continue
      margin = scores[j] - correct_class_score + 1 # note delta = 1
      if margin > 0:
        loss += margin
        dW[:, j] += X[i]
        dW[:, y[i]] -= X[i]

  # Right now the loss is a sum over all training examples, but we want it
  # to be an average instead so we divide by num_train.
  loss /= num_train
  dW /= num_train

  # Add regularization to the loss.
  loss += reg * np.sum(W * W)
  dW += 2 * reg * W

  return loss, dW


def svm_loss_vectorized(W, X, y, reg):
  """
  Structured SVM loss function, vectorized implementation.

  Inputs and outputs are the same as svm_loss_naive.
  """
  loss = 0.0
  dW = np.zeros(W.shape) # initialize the gradient as zero

  num_train = X.shape[0]
  scores = X.dot(W)
  correct_class_scores = scores[np.arange(num_train), y].reshape(-1, 1)
  margins = np.maximum(0, scores - correct_class_scores + 1)
  margins[np.arange(num_train), y] = 0
  loss = np.sum(margins) / num_train
  loss += reg * np.sum(W * W)

  binary = margins
  binary[margins > 0] = 1
  row_sum = np.sum(binary, axis=1)
  binary[np.arange(num_train), y] = -row_sum.T
  dW = np.dot(X.T, binary) / num_train
  dW += 2 * reg * W

  return loss, dW
'''

CS231N_SOFTMAX = '''\
from builtins import range
import numpy as np
from random import shuffle
from past.builtins import xrange


def softmax_loss_naive(W, X, y, reg):
  """
  Softmax loss function, naive implementation (with loops)

  Inputs have dimension D, there are C classes, and we operate on minibatches
  of N examples.

  Returns a tuple of:
  - loss as single float
  - gradient with respect to weights W; an array of same shape as W
  """
  # Initialize the loss and gradient to zero.
  loss = 0.0
  dW = np.zeros_like(W)

  num_train = X.shape[0]
  num_classes = W.shape[1]
  for i in xrange(num_train):
    scores = X[i].dot(W)
    scores -= np.max(scores) # for numeric stability
    correct_class_score = scores[y[i]]
    sum_exp = np.sum(np.exp(scores))
    loss += -correct_class_score + np.log(sum_exp)
    for j in xrange(num_classes):
      p = np.exp(scores[j]) / sum_exp
      if j == y[i]:
        dW[:, j] += (p - 1) * X[i]
      else:
        dW[:, j] += p * X[i]

  loss /= num_train
  dW /= num_train
  loss += reg * np.sum(W * W)
  dW += 2 * reg * W

  return loss, dW


def softmax_loss_vectorized(W, X, y, reg):
  """
  Softmax loss function, vectorized version.

  Inputs and outputs are the same as softmax_loss_naive.
  """
  # Initialize the loss and gradient to zero.
  loss = 0.0
  dW = np.zeros_like(W)

  num_train = X.shape[0]
  scores = X.dot(W)
  scores -= np.max(scores, axis=1, keepdims=True)
  sum_exp = np.sum(np.exp(scores), axis=1, keepdims=True)
  p = np.exp(scores) / sum_exp
  loss = np.sum(np.log(sum_exp)) - np.sum(scores[np.arange(num_train), y])
  loss /= num_train
  loss += reg * np.sum(W * W)

  ind = np.zeros_like(p)
  ind[np.arange(num_train), y] = 1
  dW = X.T.dot(p - ind) / num_train
  dW += 2 * reg * W

  return loss, dW
'''

CS231N_EXERCISES = ("svm_loss_naive", "svm_loss_vectorized", "softmax_loss_naive", "softmax_loss_vectorized")


def drop_in(submission, svm_text, softmax_text):
    (submission.package / "classifiers" / "linear_svm.py").write_text(svm_text)
    (submission.package / "classifiers" / "softmax.py").write_text(softmax_text)


def test_cs231n_files_are_graded_as_they_are(make_submission, grade_folder):
    """CS231n's own files (2-space indents, xrange from past.builtins, loss an np.float64) get full marks.

    They have no squared_hinge_loss_vectorized (an exercise of this kit only): that exercise gets 0 with
    a message naming the missing function; nothing else changes.
    """
    submission = make_submission()
    drop_in(submission, CS231N_LINEAR_SVM, CS231N_SOFTMAX)
    graded = grade_folder(submission.root)
    table = describe_scores(graded)
    for name in EXERCISE_NAMES:
        if name == "squared_hinge_loss_vectorized":
            assert graded.scores[name][0] == 0, table
            assert all("squared_hinge_loss_vectorized is missing from cs231n/classifiers/linear_svm.py" in t.output
                       for t in graded.tests_of(name)), graded.feedback(name)
        else:
            assert graded.full_marks(name), f"{name} lost points on CS231n's own files:\n{table}"


def test_cs231n_files_with_the_half_convention_lose_points_and_say_why(make_submission, grade_folder):
    def halve(text):
        assert text.count("  loss += reg * np.sum(W * W)\n") == 2 and text.count("  dW += 2 * reg * W\n") == 2
        return (text.replace("  loss += reg * np.sum(W * W)\n", "  loss += 0.5 * reg * np.sum(W * W)\n")
                .replace("  dW += 2 * reg * W\n", "  dW += reg * W\n"))

    submission = make_submission()
    drop_in(submission, halve(CS231N_LINEAR_SVM), halve(CS231N_SOFTMAX))
    graded = grade_folder(submission.root)
    for name in CS231N_EXERCISES:
        score, possible = graded.scores[name]
        assert score < possible, describe_scores(graded)
        assert "1/2 convention" in graded.feedback(name), graded.feedback(name)
    for name in set(EXERCISE_NAMES) - set(CS231N_EXERCISES) - {"squared_hinge_loss_vectorized"}:
        assert graded.full_marks(name), describe_scores(graded)


def test_a_file_whose_import_fails_is_reported_clearly(make_submission, grade_folder):
    """A dependency that is not installed (as `past` would be without the `future` package) fails the import.

    Every exercise of the file says that it could not be imported and why, never a traceback. The
    exercises of linear_classifier.py keep their marks: it imports linear_svm.py only inside
    LinearSVM.loss, so that a broken loss file cannot break the classifier (and train is graded with the
    grader's own loss).
    """
    submission = make_submission()
    drop_in(submission, CS231N_LINEAR_SVM.replace("from past.builtins import xrange",
                                                  "from past_not_installed.builtins import xrange"), CS231N_SOFTMAX)
    graded = grade_folder(submission.root)
    for name in ("svm_loss_naive", "svm_loss_vectorized", "squared_hinge_loss_vectorized"):
        assert graded.scores[name][0] == 0
        for test in graded.tests_of(name):
            assert "could not be imported" in test.output and "past_not_installed" in test.output, test.output
            assert "Traceback" not in test.output
    for name in ("LinearClassifier.train", "LinearClassifier.predict", "softmax_loss_naive",
                 "softmax_loss_vectorized", "mse_loss", "sgd_step", "one_vs_one_predict"):
        assert graded.full_marks(name), describe_scores(graded)


def test_past_builtins_is_importable_in_the_grading_environment():
    """`from past.builtins import xrange` works because requirements.txt pins `future` (which provides `past`)."""
    done = subprocess.run([sys.executable, "-I", "-c", "from past.builtins import xrange"], capture_output=True)
    if done.returncode != 0:
        pytest.fail("past.builtins is not importable: CS231n files that import xrange from it fail to import")


def test_the_flat_layout_is_graded_like_the_assignment_layout(make_submission, grade_folder):
    flat = make_submission([("optim.py", "W_new = W - learning_rate * dW", "W_new = W + learning_rate * dW")],
                           layout="flat")
    nested = make_submission([("optim.py", "W_new = W - learning_rate * dW", "W_new = W + learning_rate * dW")])
    assert comparable(grade_folder(flat.root)) == comparable(grade_folder(nested.root))


def test_results_are_written_by_the_cli_for_a_buggy_submission(make_submission, tmp_path):
    submission = make_submission([("classifiers/multiclass.py", "np.where(scores >= 0", "np.where(scores > 0")])
    results = tmp_path / "results.json"
    done = run_cli("--submission", submission.root, "--results", results, "--quiet")
    assert done.returncode == 0 and done.stdout == "", (done.stdout, done.stderr)
    document = json.loads(results.read_text())
    check_results_document(document)
    assert document["score"] == sum(t["max_score"] for t in document["tests"]) - 0.5  # the one check below
    failed = [t for t in document["tests"] if t["status"] == "failed"]
    assert [t["name"] for t in failed] == [
        "one_vs_one_predict: counts a score of exactly 0 as a vote for the first class of the pair"]
    assert Path(results).read_text().endswith("\n")
