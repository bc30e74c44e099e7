"""What grade-all tells an instructor about the class: exercises, diagnosed causes, feedback pages, similarity.

The class, graded once: ada hands in the reference, wes a softmax_loss_vectorized whose loss has a wrong
constant (its loops and speed checks are then gated), lena the L2 penalty with the 1/2 convention, cleo the
untouched starter, and a student whose folder name is hostile (a newline, ``..``, ``=cmd``, HTML, bytes that
are not UTF-8) hands in the starter with a softmax.py that raises, at import, an error quoting its absolute
path and some Markdown and HTML. The first tests need no grading: they build results documents by hand.
"""

import csv
import json
import os
import re
import shutil
import subprocess
import sys
from types import SimpleNamespace

import pytest

from autograder.core.rubric import Gate, load_rubric
from autograder.frontends.classroom import report
from autograder.loss_functions.exercises import ASSIGNMENT as LOSS_FUNCTIONS
from support.kit_paths import ASSIGNMENT, REPO, SOLUTIONS

SOFTMAX = "classifiers/softmax.py"
PLOTS = (report.TOTALS_PLOT, report.PASS_RATES_PLOT, report.CAUSES_PLOT)
WRONG_CONSTANT = ("loss = -log_probs[rows, y].mean() + reg", "loss = -log_probs[rows, y].mean() + 0.1 + reg")
HALF_L2 = ("    loss = reg * np.sum(W * W)\n    dW = 2.0 * reg * W\n",
           "    loss = 0.5 * reg * np.sum(W * W)\n    dW = reg * W\n")
HOSTILE = os.fsdecode(b"=cmd\n..<img src=x onerror=alert(1)>\xff")
RAISES = ('\nraise RuntimeError("<script>alert(1)</script> [click](http://evil.example) **loud** `x`` "\n'
          '                   + __file__)\n')
PLAIN_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*\.md")
LOSS = "5.1 softmax_loss_vectorized: loss matches the expected value"
LOOPS = "5.10 softmax_loss_vectorized: has no Python loops"
SPEED = "5.11 softmax_loss_vectorized: runs at least 6x faster than the naive version"


# -- without grading: documents made by hand -------------------------------------------------------------

def graded(name, status, output, number="1.1"):
    return {"name": name, "number": number, "score": 1.0 if status == "passed" else 0.0, "max_score": 1.0,
            "status": status, "output": output, "visibility": "visible"}



LAYOUT = report.Layout(("ex", "other"), {"ex: value": ("value", Gate()), "ex: shape": ("shape", Gate(("value",))),
                                         "ex: numeric": ("numeric", Gate())})


def states(document):
    return [[state for _, state in result.tests] for result in report.exercise_results(document, LAYOUT)]


def test_a_gated_check_that_repeats_its_gates_reason_is_gated_and_one_without_a_gate_failed():
    """The gate is replayed on the verdicts: the same sentence is "gated" behind a gate, "failed" without one."""
    hung = "ex was not called again: an earlier call did not finish in time."
    document = {"tests": [graded("ex: value", "failed", "ex exceeded the time limit of 1 s."),
                          graded("ex: shape", "failed", hung), graded("ex: numeric", "failed", hung)]}
    assert states(document) == [["failed", "gated", "failed"]]
    result = report.exercise_results(document, LAYOUT)[0]
    assert result.attempted and not result.passed
    opened = {"tests": [graded("ex: value", "passed", ""), graded("ex: shape", "failed", "ex returns a list.")]}
    assert states(opened) == [["passed", "failed"]]
    own_gate = {"tests": [graded("ex: numeric", "failed", "ex is not checked against its own loss until ...")]}
    assert states(own_gate) == [["gated"]]


def test_only_the_graders_own_sentence_makes_an_exercise_not_attempted():
    """The starter's "is not implemented yet" is not attempted; a student's message saying the same is attempted."""
    starter = "ex is not implemented yet (it raises NotImplementedError)."
    document = {"tests": [graded("ex: value", "failed", starter), graded("ex: shape", "failed", starter),
                          graded("ex: numeric", "failed", starter),
                          graded("other: it", "failed", "cs231n/other.py is missing from the submission.")]}
    assert [r.attempted for r in report.exercise_results(document, LAYOUT)] == [False, False]
    forged = {"tests": [graded("ex: value", "failed", f"ex raised ValueError at cs231n/x.py:3 in ex: {starter}"),
                        graded("ex: numeric", "failed", starter)]}
    assert report.exercise_results(forged, LAYOUT)[0].attempted
    other_function = {"tests": [graded("ex: value", "failed", "helper is not implemented yet (it raises "
                                                            "NotImplementedError).")]}
    assert report.exercise_results(other_function, LAYOUT)[0].attempted  # ex was written; what it calls was not


def test_a_cause_counts_only_from_the_graders_sentence():
    cause = "the data loss is not averaged over N (divide the sum over examples by N)"
    ours = graded("ex: value", "failed", f"ex gives a loss of 3.2 on a batch, off by 1e-1. Likely cause: {cause}.")
    assert report.diagnosed_cause(ours) == cause
    quoted = graded("ex: value", "failed", f"ex raised ValueError at cs231n/x.py:3 in ex: no. Likely cause: {cause}.")
    assert report.diagnosed_cause(quoted) is None  # the student's own exception message
    cut = graded("ex: value", "failed", f"ex gives a loss of 3.2. Likely cause: {cause[:20]}…")
    assert report.diagnosed_cause(cut) is None
    assert report.diagnosed_cause(graded("ex: value", "passed", "")) is None
    twice = {"tests": [ours, dict(ours, name="ex: numeric")]}
    assert report.cause_counts([twice, twice], LAYOUT) == [("ex", cause, 2)]  # once per student


def test_feedback_file_names_are_safe_and_unique_whatever_the_id():
    ids = ["ada", "Ada", "ada.md", "../etc/passwd", "a/b", "..", ".", "-rf", "=cmd", "x\ny", "\x1b[2J",
           os.fsdecode(b"caf\xe9"), os.fsdecode(b"\xff\xfe"), "n" * 300, "", "ada-0123abcd"]
    names = report.feedback_names(ids)
    assert list(names) == ids and names["ada"] == "ada.md" and names["ada-0123abcd"] == "ada-0123abcd.md"
    assert len({name.casefold() for name in names.values()}) == len(ids)
    for student, name in names.items():
        assert PLAIN_NAME.fullmatch(name) and len(name) < 100, (student, name)
    assert report.feedback_names(ids) == names  # stable from run to run


def test_markdown_cannot_be_injected_and_paths_are_cut():
    for text in ("a `b` c", "``", "<b>x</b> [l](http://e) *e* &amp;", " lead", "`"):
        literal = report.markdown_literal(text)
        fence = re.match(r"`+", literal).group()
        assert literal.endswith(fence) and fence not in literal[len(fence):-len(fence)], literal
    assert report.markdown_text("reg * W_1 <b>") == r"reg \* W\_1 \<b\>"
    assert report.without_paths("at /tmp/staged-x1/cs231n/softmax.py: boom") == "at …/softmax.py: boom"
    assert report.without_paths("the 1/2 convention, W/2, (N=4)") == "the 1/2 convention, W/2, (N=4)"


# -- a class graded once ---------------------------------------------------------------------------------

def submission(folder, source, edits=(), append=None):
    shutil.copytree(source / "cs231n", folder / "cs231n", ignore=shutil.ignore_patterns("__pycache__"))
    for relative, (old, new) in edits:
        path = folder / "cs231n" / relative
        text = path.read_text()
        assert text.count(old) == 1, (relative, old)
        path.write_text(text.replace(old, new))
    if append:
        path = folder / "cs231n" / append[0]
        path.write_text(path.read_text() + append[1])
    return folder


def grade_all(submissions, out, rubric, *options):
    return subprocess.run([sys.executable, "-m", "autograder", "grade-all", "--submissions", str(submissions),
                           "--out", str(out), "--rubric", str(rubric), *map(str, options)],
                          cwd=REPO, capture_output=True, text=True, timeout=300)


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as stream:
        return list(csv.reader(stream))


@pytest.fixture(scope="module")
def klass(tmp_path_factory):
    root = tmp_path_factory.mktemp("report")
    # the kit's own rubric: nobody here hangs, and its time limits keep a loaded machine from costing a point
    rubric = root / "rubric.toml"
    shutil.copyfile(REPO / "autograder" / "loss_functions" / "rubric.toml", rubric)
    submissions = root / "submissions"
    submission(submissions / "ada", SOLUTIONS)
    submission(submissions / "wes", SOLUTIONS, [(SOFTMAX, WRONG_CONSTANT)])
    submission(submissions / "lena", SOLUTIONS, [("regularization.py", HALF_L2)])
    submission(submissions / "cleo", ASSIGNMENT)
    submission(submissions / HOSTILE, ASSIGNMENT, append=(SOFTMAX, RAISES))
    done = grade_all(submissions, root / "out", rubric, "--jobs", 2)
    assert done.returncode == 0, done.stdout + done.stderr
    out = root / "out"
    documents = {student: json.loads((out / "students" / student / "results.json").read_text())
                 for student in ("ada", "wes", "lena", "cleo", HOSTILE)}
    return SimpleNamespace(root=root, rubric=rubric, submissions=submissions, out=out, done=done,
                           documents=documents, layout=report.Layout.of(load_rubric(LOSS_FUNCTIONS, rubric)))


@pytest.mark.slow
def test_exercises_csv_counts_the_not_attempted_apart_from_the_failed(klass):
    header, *rows = read_csv(klass.out / "exercises.csv")
    assert header == ["exercise", "students", "attempted", "passed", "failed", "not_attempted", "gated_checks",
                      "mean_points", "max_points"]
    table = {row[0]: dict(zip(header, row)) for row in rows}
    assert list(table) == list(klass.layout.exercises)
    counts = lambda name: [int(table[name][k]) for k in header[1:6]]  # noqa: E731
    # softmax: wes fails its loss, the hostile student's module raises at import; cleo did not try
    assert counts("softmax_loss_vectorized") == [5, 4, 2, 2, 1]
    assert counts("l2_regularization") == [5, 3, 2, 1, 2]  # lena fails; cleo and the starter did not try
    assert counts("svm_loss_naive") == [5, 3, 3, 0, 2]  # the starter is never a failure
    assert int(table["softmax_loss_vectorized"]["gated_checks"]) >= 3  # wes's numeric, loops and speed checks
    grades = {row[0]: row for row in read_csv(klass.out / "grades.csv")[1:]}
    column = read_csv(klass.out / "grades.csv")[0].index("softmax_loss_vectorized")
    mean = sum(float(row[column]) for row in grades.values()) / 5
    assert float(table["softmax_loss_vectorized"]["mean_points"]) == pytest.approx(mean, abs=0.005)


@pytest.mark.slow
def test_pass_rates_count_only_checks_that_ran_for_those_who_attempted(klass):
    rates = {item.label: item for item in report.pass_rates(list(klass.documents.values()), klass.layout)}
    assert (rates[LOSS].passed, rates[LOSS].ran) == (2, 4)  # wes's wrong loss counts as failed
    for gated in (LOOPS, SPEED):  # not run for wes (gated): neither passed nor failed
        assert (rates[gated].passed, rates[gated].ran) == (2, 2), gated
    naive = "1.1 svm_loss_naive: loss matches the expected value"
    assert (rates[naive].passed, rates[naive].ran) == (3, 3)  # cleo and the starter did not try
    stdout = klass.done.stdout
    least = next(line for line in stdout.splitlines() if line.startswith("least passed: "))
    assert f"50% (2/4) {LOSS}" in least and "has no Python loops" not in least and "svm_loss_naive" not in least
    assert "not attempted: " in stdout and "most failed (of those who attempted): " in stdout


@pytest.mark.slow
def test_a_diagnosed_cause_is_counted_once_per_student(klass):
    header, *rows = read_csv(klass.out / "causes.csv")
    assert header == ["exercise", "cause", "students"]
    half = [row for row in rows if row[0] == "l2_regularization" and "1/2 convention" in row[1]]
    assert half and all(row[2] == "1" for row in half), rows  # lena alone, however many checks name it
    assert all(row[0] == "l2_regularization" for row in rows), rows  # wes's constant is no known mistake
    data = (klass.out / "causes.png").read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert "most diagnosed: l2_regularization: " in klass.done.stdout
    assert not list(klass.out.glob(".*.tmp"))


@pytest.mark.slow
def test_every_graded_student_gets_a_feedback_page_under_a_safe_name(klass):
    folder = klass.out / "feedback"
    pages = sorted(p.name for p in folder.glob("*.md"))
    assert len(pages) == 5 and all(PLAIN_NAME.fullmatch(name) for name in pages), pages
    assert {"ada.md", "wes.md", "lena.md", "cleo.md"} <= set(pages)
    index = read_csv(folder / "index.csv")
    assert index[0] == ["student", "file"] and sorted(row[1] for row in index[1:]) == pages
    cells = [cell for row in index for cell in row]
    assert not [c for c in cells if c.startswith(("=", "+", "-", "@")) or re.search(r"[\x00-\x1f]", c)]
    wes = (folder / "wes.md").read_text()
    assert "**Total: " in wes and "softmax\\_loss\\_vectorized" in wes
    fix = wes.split("## What to fix", 1)[1]
    assert "- loss matches the expected value: `softmax_loss_vectorized gives a loss of" in fix
    assert "- not checked until the checks above pass: " in fix and "has no Python loops" in fix.split(
        "not checked until", 1)[1]
    assert "- has no Python loops" not in fix  # gated: not listed as a failure
    cleo = (folder / "cleo.md").read_text()
    assert cleo.count("| not attempted |") == len(klass.layout.exercises) and "failed |" not in cleo
    assert "Every check passed." in (folder / "ada.md").read_text()


@pytest.mark.slow
def test_a_feedback_page_shows_no_path_and_no_markup_of_the_student(klass):
    from markdown_it import MarkdownIt

    index = {row[1]: row[0] for row in read_csv(klass.out / "feedback" / "index.csv")[1:]}
    page = next(name for name in index if name not in ("ada.md", "wes.md", "lena.md", "cleo.md"))
    text = (klass.out / "feedback" / page).read_text(encoding="utf-8")
    results = (klass.out / "students" / HOSTILE / "results.json").read_text()
    assert "<script>" in results  # the student's message reached the document ...
    assert re.search(r"`x`` /[^ \"]+/softmax\.py", results)  # with its absolute path (the worker's __file__)
    for machine in (str(klass.root), str(REPO), "/tmp/", "/home/", "/work/", "/sandbox/"):
        assert machine not in text, machine  # ... but no absolute path reaches the page
    assert "…/softmax.py" in text
    assert not re.search(r"[\x00-\x09\x0b-\x1f\x7f]", text)
    rendered = MarkdownIt("commonmark").enable("table").render(text)
    for markup in ("<script", "<img", "<a ", "<strong>loud", "<em>"):
        assert markup not in rendered, markup
    assert "&lt;script&gt;" in rendered and "&lt;img src=x" in rendered  # shown, as text


@pytest.mark.slow
def test_the_summary_has_a_similarity_section(klass):
    stdout = klass.done.stdout
    line = next(line for line in stdout.splitlines() if line.startswith("similarity: "))
    assert "5 students compared" in line and "at or above 0.9" in line and "nothing is decided automatically" in line
    similar = next(line for line in stdout.splitlines() if line.startswith("similar: "))
    assert "ada and " in similar and " 1.00" in similar  # wes and lena are the reference with one line changed
    header = read_csv(klass.out / "similarity" / "similarity.csv")[0]
    assert header[:3] == ["rank", "student_a", "student_b"]
    assert (klass.out / "similarity" / "similarity.html").read_text().startswith("<!DOCTYPE html>")


@pytest.fixture
def resumed(klass, tmp_path):
    """A copy of the graded class's OUT (times kept): a run on it finds every student up to date."""
    out = tmp_path / "out"
    shutil.copytree(klass.out, out)
    return out


@pytest.mark.slow
def test_a_resumed_run_keeps_the_summary_and_similarity_never_changes_a_grade(klass, resumed):
    grades = (resumed / "grades.csv").read_bytes()
    assert all((resumed / name).is_file() for name in PLOTS)
    again = grade_all(klass.submissions, resumed, klass.rubric)
    assert again.returncode == 0, again.stdout + again.stderr
    assert "5 students: 0 graded, 5 up to date" in again.stdout
    assert "least passed: " in again.stdout and "similarity: 5 students compared" in again.stdout
    assert (resumed / "grades.csv").read_bytes() == grades

    skipped = grade_all(klass.submissions, resumed, klass.rubric, "--no-similarity", "--no-plots")
    assert skipped.returncode == 0 and "least passed: " in skipped.stdout
    assert "similarity" not in skipped.stdout
    # without plots, the earlier run's are removed (they would not match the CSVs); the tables are all written
    assert not [name for name in PLOTS if (resumed / name).exists()] and (resumed / "grades.csv").read_bytes() == grades
    assert all((resumed / name).stat().st_size > 0 for name in ("exercises.csv", "causes.csv", "grades_lms.csv"))
    assert not [name for name in PLOTS if name in skipped.stdout]

    shutil.rmtree(resumed / "similarity")
    (resumed / "similarity").write_text("a file where the similarity folder goes")  # the pass cannot write
    broken = grade_all(klass.submissions, resumed, klass.rubric, "--no-plots")
    assert broken.returncode == 0, broken.stdout + broken.stderr
    notes = [line for line in broken.stdout.splitlines() if line.startswith("similarity")]
    assert len(notes) == 1 and notes[0].startswith("similarity: not run (") and "grades are not affected" in notes[0]
    assert (resumed / "grades.csv").read_bytes() == grades


@pytest.mark.parametrize("variable, option", [("SIMILARITY", "--no-similarity"), ("PLOTS", "--no-plots")])
def test_make_passes_similarity_0_and_plots_0_to_grade_all(variable, option):
    done = subprocess.run(["make", "-n", "grade-all", "SUBMISSIONS=class", f"{variable}=0"], cwd=REPO,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and option in done.stdout, done.stdout + done.stderr
    done = subprocess.run(["make", "-n", "grade-all", "SUBMISSIONS=class"], cwd=REPO, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0 and option not in done.stdout, done.stdout + done.stderr
