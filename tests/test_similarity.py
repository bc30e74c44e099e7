"""`python -m autograder.frontends.similarity`: copies rank above independent work, the starter is nobody's.

The class is made here, not shipped: ``independent_answers`` (tests/support/similarity_grammar.py) writes each
student's answers from a grammar of the ways students really write these
functions (double loops, ``while`` loops, a loop over the classes, a loop
with a vectorized inner step; ``dot``, ``@``, ``np.matmul`` or ``einsum``;
``logsumexp`` by hand or stable softmax by subtraction; a one-hot matrix or
fancy indexing for the gradient; ...), each student drawing their own
structure and details from a seeded generator, some with the mistakes students
make (no averaging, a wrong regularization gradient, no max-subtraction).
Onto that class the tests plant copies: a whole submission with its
variables renamed, its comments and white space changed; one with its
independent statements reordered; and one student who copied a single
function from a known (public) solution. Every planted pair must rank above
every other pair, and many untouched starters must be similar to nobody.
"""

import csv
import importlib
import importlib.util
import shutil
import subprocess
import sys
import time

import numpy as np
import pytest

from autograder.frontends import similarity
from support.kit_paths import REPO
from support.similarity_grammar import (START, STARTER, answered_package, independent_answers, renamed, reordered,
                                        without_markers)

INDEPENDENT = 22
WRONG = {3, 8, 14, 19}  # students whose answers have students' mistakes


def build_class(root, offset=0):
    """A class on disk: 22 independent students, 4 planted copies, 9 untouched starters, 1 known solution.

    ``offset`` shifts every student's seed: another class of the same make.
    """
    students, known = root / "submissions", root / "known"
    independent = {f"s{n:02d}": independent_answers(n + offset, wrong=n in WRONG) for n in range(INDEPENDENT)}
    for name, answers in independent.items():
        answered_package(students / name / "cs231n", answers)
    answered_package(students / "copy_renamed" / "cs231n", renamed(independent["s05"], 1))
    answered_package(students / "copy_reordered" / "cs231n", reordered(independent["s11"]))
    known_answers = independent_answers(9001 + offset)
    one_copied = dict(independent_answers(777 + offset))
    one_copied["softmax_loss_vectorized"] = renamed({"f": known_answers["softmax_loss_vectorized"]}, 2)["f"]
    answered_package(students / "copy_from_known" / "cs231n", one_copied)
    answered_package(students / "copy_unmarked" / "cs231n", independent["s16"])
    without_markers(students / "copy_unmarked" / "cs231n")
    for n in range(6):
        shutil.copytree(STARTER, students / f"starter{n}" / "cs231n")
    for n in range(3):  # the starter again, its markers deleted: its whole functions are then compared
        shutil.copytree(STARTER, students / f"starter_unmarked{n}" / "cs231n")
        without_markers(students / f"starter_unmarked{n}" / "cs231n")
    answered_package(known / "github_solution" / "cs231n", known_answers)
    return students, known


@pytest.fixture(scope="module")
def klass(tmp_path_factory):
    return build_class(tmp_path_factory.mktemp("class"))


def run_similarity(*arguments):
    return subprocess.run([sys.executable, "-m", "autograder.frontends.similarity", *map(str, arguments)],
                          cwd=REPO, capture_output=True, text=True, timeout=120)


def read_csv(out):
    with open(out / similarity.CSV_NAME, newline="", encoding="utf-8") as stream:
        return list(csv.DictReader(stream))


@pytest.fixture(scope="module")
def report(klass, tmp_path_factory):
    students, known = klass
    out = tmp_path_factory.mktemp("out")
    began = time.monotonic()
    done = run_similarity("--submissions", students, "--known", known, "--out", out)
    assert done.returncode == 0, done.stderr
    return read_csv(out), out, time.monotonic() - began


PLANTED = {frozenset(("copy_renamed", "s05")), frozenset(("copy_reordered", "s11")),
           frozenset(("copy_unmarked", "s16")), frozenset(("copy_from_known", "known:github_solution"))}


def key(row):
    return frozenset((row["student_a"], row["student_b"]))


def test_the_generated_class_is_independent_work(klass):
    """The grammar gives every independent student answers of their own (else the ranking proves nothing)."""
    students, _ = klass
    texts = {}
    for folder in sorted(students.iterdir()):
        if folder.name.startswith("s") and not folder.name.startswith("starter"):
            texts[folder.name] = (folder / "cs231n" / "classifiers" / "softmax.py").read_text()
    assert len(texts) == INDEPENDENT and len(set(texts.values())) == INDEPENDENT


def load_package(folder, name):
    """A generated student package, imported under a name of its own (never as ``cs231n``)."""
    spec = importlib.util.spec_from_file_location(name, folder / "__init__.py",
                                                  submodule_search_locations=[str(folder)])
    package = importlib.util.module_from_spec(spec)
    sys.modules[name] = package
    spec.loader.exec_module(package)
    return package


LOSSES = (("classifiers.linear_svm", "svm_loss_naive"), ("classifiers.linear_svm", "svm_loss_vectorized"),
          ("classifiers.linear_svm", "squared_hinge_loss_vectorized"), ("classifiers.softmax", "softmax_loss_naive"),
          ("classifiers.softmax", "softmax_loss_vectorized"), ("classifiers.linear_regression", "mse_loss"))


def test_the_generated_answers_are_right_or_wrong_as_drawn(klass):
    """The correct students' losses and gradients are the reference's; the wrong ones' are not."""
    students, _ = klass
    generator = np.random.default_rng(5)
    W, X = generator.normal(size=(4, 3)), generator.normal(size=(6, 4))
    labels, targets = generator.integers(0, 3, 6), generator.normal(size=(6, 3))
    for n in range(INDEPENDENT):
        name = f"similarity_generated_s{n:02d}"
        load_package(students / f"s{n:02d}" / "cs231n", name)
        for module, function in LOSSES:
            y = targets if function == "mse_loss" else labels
            loss, dW = getattr(importlib.import_module(f"{name}.{module}"), function)(W, X, y, 0.1)
            expected, expected_dW = getattr(importlib.import_module(f"cs231n.{module}"), function)(W, X, y, 0.1)
            right = np.isclose(loss, expected) and np.allclose(dW, expected_dW)
            assert right == (n not in WRONG), (n, function)


def test_planted_copies_rank_above_every_independent_pair(report):
    rows, _, _ = report
    planted = [row for row in rows if key(row) in PLANTED]
    others = [row for row in rows if key(row) not in PLANTED]
    assert {key(row) for row in planted} == PLANTED, "a planted copy was not found at all"
    lowest_planted = min(float(row["score"]) for row in planted)
    highest_other = max(float(row["score"]) for row in others)
    assert lowest_planted > highest_other, (planted, others[:3])
    assert {key(row) for row in rows[:len(PLANTED)]} == PLANTED
    assert [row["rank"] for row in rows[:len(PLANTED)]] == ["1", "2", "3", "4"]


def test_the_flag_marks_the_copies_and_no_independent_pair(report):
    # in this class no independent pair reaches the default threshold; in other classes of the same make a
    # few do (test_other_classes_of_the_same_make): the flag asks a person to read, it decides nothing
    rows, _, _ = report
    assert {key(row) for row in rows if row["flag"] == "yes"} == PLANTED
    assert all(float(row["score"]) >= similarity.DEFAULT_THRESHOLD for row in rows[:len(PLANTED)])
    whole_copies = [row for row in rows if key(row) in PLANTED and row["kind"] == "student"]
    assert all(float(row["score"]) > 0.9 and float(row["overall"]) > 0.8 for row in whole_copies), whole_copies


# classes whose seeds give the independent pairs that come closest to the copies (up to 0.94, of ten tried)
@pytest.mark.parametrize("offset", [100, 300, 800])
def test_other_classes_of_the_same_make(tmp_path, offset):
    """The ranking is no accident of one seed: in other classes too every copy ranks above all else."""
    students, known = build_class(tmp_path, offset)
    authors = similarity.read_authors(sorted((f.name, f) for f in students.iterdir()),
                                      sorted((f.name, f) for f in known.iterdir()))
    pairs = similarity.rank(authors)
    planted = [pair.score for pair in pairs if frozenset((pair.a.label, pair.b.label)) in PLANTED]
    others = [pair for pair in pairs if frozenset((pair.a.label, pair.b.label)) not in PLANTED]
    assert len(planted) == len(PLANTED) and min(planted) > max(pair.score for pair in others)
    # a few independent pairs may reach the threshold, never a crowd of them
    assert sum(pair.score >= similarity.DEFAULT_THRESHOLD for pair in others) <= 0.01 * len(others)
    assert not [pair for pair in pairs if "starter" in pair.a.label + pair.b.label]


def test_the_copy_from_a_known_solution_is_labelled_known(report):
    rows, _, _ = report
    row = next(row for row in rows if key(row) == PLANTED_KNOWN)
    assert (row["student_a"], row["student_b"], row["kind"]) == ("copy_from_known", "known:github_solution",
                                                                 "known")
    assert row["top_function"] == "classifiers/softmax.py:softmax_loss_vectorized"
    # one function of thirteen: the pair is found by that function, not by the whole
    assert float(row["overall"]) < 0.5 < float(row["score"])


PLANTED_KNOWN = frozenset(("copy_from_known", "known:github_solution"))


def test_untouched_starters_are_similar_to_nobody(report):
    rows, _, _ = report
    assert not [row for row in rows if "starter" in row["student_a"] + row["student_b"]]


def test_the_html_report_shows_matched_code_side_by_side(report):
    _, out, _ = report
    page = (out / similarity.HTML_NAME).read_text(encoding="utf-8")
    first = page.index("<h2 id=pair1>")
    section = page[first:page.index("<h2 id=pair2>")]
    assert section.count("<mark>") >= 2 and "<td><pre>" in section
    # the copy from the known solution: its copied function is shown first, wholly marked on both sides
    known = page[page.index("copy_from_known and known:github_solution"):]
    known = known[:known.index("</tr><tr><th")]
    assert "softmax.py:softmax_loss_vectorized: 100% of copy_from_known's, 100% of" in known
    assert known.count("<mark>") >= 2 and "</mark></pre></td><td><pre>" in known


def test_a_seed_writes_the_same_class_whatever_the_hash_seed(tmp_path):
    """``make bench``'s class (and this file's copies) from a seed alone: a set's order must not leak in."""
    written = []
    for hash_seed in ("1", "2"):
        out = tmp_path / hash_seed
        command = [sys.executable, str(REPO / "bench" / "similarity_class.py"), "--out", str(out), "--students", "40",
                   "--seed", "3"]
        done = subprocess.run(command, env={"PATH": "/usr/bin:/bin", "PYTHONHASHSEED": hash_seed},
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        written.append({str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*.py"))})
    assert written[0] == written[1]


@pytest.mark.parametrize("writers, limit", [(3, 4), (99, 4), (100, 5), (1000, 50)])
def test_an_idiom_is_in_more_than_5_percent_and_more_than_four_answers(writers, limit):
    # what the README says: a passage a few students share is never taken for an idiom of the class
    assert similarity.common_limit(writers) == limit


def test_the_run_is_fast(report):
    _, _, seconds = report
    assert seconds < 20, f"{seconds:.1f} s for a class of 35"


# -- bad input: one line, exit 2, nothing written --------------------------------------------------------

def assert_refused(done, out, *words):
    assert done.returncode == 2, (done.returncode, done.stderr)
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("similarity: "), done.stderr
    assert all(word in done.stderr for word in words), done.stderr
    assert not out.exists() or not any(out.iterdir()), list(out.iterdir())


def test_missing_submissions_folder(tmp_path):
    out = tmp_path / "out"
    assert_refused(run_similarity("--submissions", tmp_path / "nowhere", "--out", out), out, "does not exist")


def test_missing_known_folder(klass, tmp_path):
    students, _ = klass
    out = tmp_path / "out"
    assert_refused(run_similarity("--submissions", students, "--known", tmp_path / "nowhere", "--out", out), out,
                   "KNOWN", "does not exist")


def test_empty_class(tmp_path):
    (tmp_path / "class").mkdir()
    out = tmp_path / "out"
    assert_refused(run_similarity("--submissions", tmp_path / "class", "--out", out), out, "empty class")


def test_a_class_of_one_with_nobody_to_compare_with(tmp_path):
    answered_package(tmp_path / "class" / "ada" / "cs231n", independent_answers(1))
    (tmp_path / "class" / ".hidden").mkdir()  # not a student
    out = tmp_path / "out"
    assert_refused(run_similarity("--submissions", tmp_path / "class", "--out", out), out, "one student only")


@pytest.mark.parametrize("content", [b"%PDF-1.4\n\x00\x01binary", b"\xff\xfe\x00s\x00v\x00m"],
                         ids=["pdf", "utf16"])
def test_a_submission_that_is_not_python(tmp_path, content):
    students = tmp_path / "class"
    answered_package(students / "ada" / "cs231n", independent_answers(1))
    (students / "bob").mkdir(parents=True)
    (students / "bob" / "linear_svm.py").write_bytes(content)
    out = tmp_path / "out"
    assert_refused(run_similarity("--submissions", students, "--out", out), out, "bob", "not Python")


def test_a_submission_with_no_python_file(tmp_path):
    students = tmp_path / "class"
    answered_package(students / "ada" / "cs231n", independent_answers(1))
    (students / "bob").mkdir(parents=True)
    (students / "bob" / "answers.pdf").write_bytes(b"%PDF-1.4")
    out = tmp_path / "out"
    assert_refused(run_similarity("--submissions", students, "--out", out), out, "bob", "not Python")


def test_a_refused_run_leaves_earlier_reports_whole(tmp_path):
    students = tmp_path / "class"
    for n in (1, 2):
        answered_package(students / f"st{n}" / "cs231n", independent_answers(n))
    out = tmp_path / "out"
    assert run_similarity("--submissions", students, "--out", out).returncode == 0
    before = {path.name: path.read_bytes() for path in out.iterdir()}
    assert set(before) == {similarity.CSV_NAME, similarity.HTML_NAME}
    (students / "zed").mkdir()
    (students / "zed" / "optim.py").write_bytes(b"\x00\x00")
    done = run_similarity("--submissions", students, "--out", out)
    assert done.returncode == 2 and "zed" in done.stderr
    assert {path.name: path.read_bytes() for path in out.iterdir()} == before


def test_a_bad_threshold(klass, tmp_path):
    students, _ = klass
    out = tmp_path / "out"
    assert_refused(run_similarity("--submissions", students, "--out", out, "--threshold", "2"), out, "threshold")


# -- names are any bytes: escaped in HTML, never a formula in the CSV ------------------------------------

def test_hostile_names_are_escaped(tmp_path):
    students = tmp_path / "class"
    original = independent_answers(4)
    answered_package(students / "<b onmouseover=alert(1)>x" / "cs231n", original)
    answered_package(students / "=HYPERLINK(1)" / "cs231n", renamed(original, 3))
    out = tmp_path / "out"
    done = run_similarity("--submissions", students, "--out", out)
    assert done.returncode == 0, done.stderr
    page = (out / similarity.HTML_NAME).read_text(encoding="utf-8")
    assert "<b onmouseover" not in page and "&lt;b onmouseover=alert(1)&gt;x" in page
    rows = read_csv(out)
    assert len(rows) == 1 and {rows[0]["student_a"], rows[0]["student_b"]} == {
        "<b onmouseover=alert(1)>x", "'=HYPERLINK(1)"}


def test_marker_regions_are_read_per_function():
    text = "\n".join(["def f(a):", "    x = 1", f"    {START}", "    y = a + 1", "    return y",
                      "    # *****END OF YOUR CODE (DO NOT DELETE/MODIFY THIS LINE)*****", "    return x",
                      "class K:", "    def m(self):", f"        {START}", "        z = 2", "", "def g():", "    pass"])
    assert similarity.marked_regions(text) == {"f": ["    y = a + 1\n    return y"], "K.m": ["        z = 2\n"]}


def test_independent_statements_are_put_in_one_order():
    written = ("a = X.dot(W)\nb = y.shape[0]\nloss = a.sum() / b\ndW = X.T.dot(a)"
               "\nfor i in range(3):\n    u = 1\n    v = 2")
    swapped = ("b = y.shape[0]\na = X.dot(W)\ndW = X.T.dot(a)\nloss = a.sum() / b"
               "\nfor i in range(3):\n    v = 2\n    u = 1")
    assert similarity.canonical_order(written) == similarity.canonical_order(swapped)
    assert similarity.canonical_order(written) != written or similarity.canonical_order(swapped) != swapped
    # a statement never moves past one it depends on, whatever the order of their name-blind texts
    assert similarity.canonical_order("y = np.zeros(3)\nx = y") == "y = np.zeros(3)\nx = y"
    assert similarity.canonical_order("x = y\ny = np.zeros(3)") == "x = y\ny = np.zeros(3)"
    assert similarity.canonical_order("if x:\n  y = (") == "if x:\n  y = ("  # does not parse: left as it is


def test_the_starters_lines_are_taken_out_and_a_file_it_lacks_is_read_by_its_markers():
    starter = similarity.starter_file("optim.py")
    assert starter.functions == ("sample_batch", "sgd_step")
    stub = (STARTER / "optim.py").read_text()
    assert similarity.answers(stub, starter) == {}  # the untouched starter: nothing of the student's
    answered = stub.replace("raise NotImplementedError('sgd_step", "W_new = W - learning_rate * dW  # mine\n"
                            "    raise NotImplementedError('sgd_step")
    assert similarity.answers(answered, starter) == {"sgd_step": "W_new = W - learning_rate * dW  # mine"}
    unknown = similarity.StarterFile(None, {})  # the starter has no such file yet
    assert similarity.answers(answered, unknown)["sgd_step"].startswith("W_new = W - learning_rate * dW")


# -- grade-all's pass (issue 14) --------------------------------------------------------------------------

def test_grade_alls_pass_leaves_out_what_it_cannot_read_instead_of_refusing(klass, tmp_path):
    """compare_class finds the planted copies as `make similarity` does, and lists a student it cannot read."""
    students, _ = klass
    folders = [(folder.name, folder) for folder in sorted(students.iterdir())]
    (tmp_path / "bob").mkdir()
    (tmp_path / "bob" / "linear_svm.py").write_bytes(b"%PDF-1.4\n\x00\x01binary")  # `make similarity` refuses it
    (tmp_path / "nadia").mkdir()  # no package at all
    out = tmp_path / "out"
    found = similarity.compare_class(folders + [("bob", tmp_path / "bob"), ("nadia", tmp_path / "nadia")], out)
    assert found.compared == len(folders) and [name for name, _ in found.left_out] == ["bob", "nadia"]
    flagged = {frozenset((pair.a.label, pair.b.label)) for pair in found.flagged}
    assert PLANTED - {frozenset(("copy_from_known", "known:github_solution"))} <= flagged  # no known solutions here
    assert {key(row) for row in read_csv(out) if row["flag"] == "yes"} == flagged
    alone = similarity.compare_class(folders[:1], tmp_path / "alone")
    assert alone.compared == 1 and alone.pairs == [] and not (tmp_path / "alone").exists()
