"""`python -m autograder grade-all`: a small class graded in parallel, resumably, with a CSV and plots.

The class: ada hands in the reference, ben forgets the max-subtraction in
softmax, cleo the untouched starter, hugo an svm_loss_naive that loops
forever (sleeping, so that his hang costs wall time but no CPU), and cora a
softmax.py that ends the process when imported. The rubric is the kit's, with
its 10 s call timeout: a 1 s one (3 s for a trainer) once cost a correct
submission a point under the whole suite's load.
"""

import csv
import json
import os
import shutil
import signal
import struct
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

from autograder.loss_functions.exercises import ASSIGNMENT as LOSS_FUNCTIONS, EXERCISES  # ASSIGNMENT: the folder
from autograder.frontends.classroom import report
from autograder.core.runner import grade_submission
from autograder.core.rubric import load_rubric
from support.kit_paths import ASSIGNMENT, REPO, SOLUTIONS
from support.kit_paths import full_marks

pytestmark = pytest.mark.slow

EXERCISE_NAMES = [exercise.name for exercise in EXERCISES]
CALL_TIMEOUT = 10.0  # the kit's: hugo's hang sleeps, so it costs no CPU; correct code never meets it
SVM = "classifiers/linear_svm.py"
SOFTMAX = "classifiers/softmax.py"
NAIVE_START = '    check_loss_inputs("svm_loss_naive", W, X, y, reg)\n'
MAX_SUBTRACTION = "    scores -= scores.max(axis=1, keepdims=True)\n"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def copy_package(source, submission):
    """``submission/cs231n``: a copy of the package at ``source`` (the reference or the starter)."""
    shutil.copytree(source / "cs231n", submission / "cs231n", ignore=shutil.ignore_patterns("__pycache__"))
    return submission


def edit(submission, relative, old, new):
    """Replace the one occurrence of ``old`` in a file of the submission's package."""
    path = submission / "cs231n" / relative
    text = path.read_text()
    assert text.count(old) == 1, (relative, old)
    path.write_text(text.replace(old, new))


def build_student(folder, student):
    """One student's submission folder, by name (see the module docstring)."""
    submission = copy_package(ASSIGNMENT if student == "cleo" else SOLUTIONS, folder / student)
    if student == "ben":
        edit(submission, SOFTMAX, MAX_SUBTRACTION, "")
    elif student == "hugo":
        edit(submission, SVM, NAIVE_START, NAIVE_START + "    import time\n    while True:  # never ends\n"
                                                          "        time.sleep(0.05)\n")
    elif student == "cora":
        path = submission / "cs231n" / SOFTMAX
        path.write_text(path.read_text() + "\nimport os\n\nos._exit(3)\n")
    elif student == "sam":  # slow but correct: every call of svm_loss_naive sleeps
        edit(submission, SVM, NAIVE_START, NAIVE_START + "    import time\n    time.sleep(0.5)\n")
    return submission


def class_rubric(folder):
    """A copy of the kit's rubric in ``folder`` (call timeout ``CALL_TIMEOUT``), which the tests may edit."""
    text = (REPO / "autograder" / "loss_functions" / "rubric.toml").read_text()
    old = "call_timeout = 10.0"
    assert text.count(old) == 1
    path = folder / "rubric.toml"
    path.write_text(text.replace(old, f"call_timeout = {CALL_TIMEOUT}"))
    return path


def grade_all(submissions, out, rubric, *options, check=None, similarity=False, plots=False):
    """Run `python -m autograder grade-all` as a subprocess; returns the CompletedProcess.

    The similarity pass (tests/test_class_report.py) runs only with ``similarity=True``, and the plots only
    with ``plots=True``: the other runs here do not look at them, and they would cost each a second or two
    (the plots about 4 s of CPU).
    """
    skip = ([] if similarity else ["--no-similarity"]) + ([] if plots else ["--no-plots"])
    done = subprocess.run([sys.executable, "-m", "autograder", "grade-all", "--submissions", str(submissions),
                           "--out", str(out), "--rubric", str(rubric), *map(str, options), *skip],
                          cwd=REPO, capture_output=True, text=True, timeout=300)
    if check is not None:
        assert done.returncode == check, done.stdout + done.stderr
    return done


def read_csv(path):
    with open(path, newline="") as stream:
        return list(csv.reader(stream))


def png_size(path):
    """(width, height) from a PNG's header; fails unless the file is a PNG."""
    data = Path(path).read_bytes()
    assert data[:8] == PNG_SIGNATURE and data[12:16] == b"IHDR", path
    return struct.unpack(">II", data[16:24])


@pytest.fixture(scope="module")
def klass(tmp_path_factory):
    """The class of five, graded once with two graders."""
    root = tmp_path_factory.mktemp("class")
    rubric = class_rubric(root)
    submissions = root / "submissions"
    students = ["ada", "ben", "cleo", "cora", "hugo"]
    for student in students:
        build_student(submissions, student)
    started = time.monotonic()
    done = grade_all(submissions, root / "out", rubric, "--jobs", 2, check=0, similarity=True, plots=True)
    return SimpleNamespace(rubric=rubric, submissions=submissions, out=root / "out", students=students, done=done,
                           seconds=time.monotonic() - started)


@pytest.fixture(scope="module")
def single_grades(klass):
    """Each student's total from one plain `grade` of the folder, as `make grade` gives it.

    ada's is the rubric's total, with no grading here: a plain grade of the reference gets full marks
    (tests/autograder/test_grading_properties.py grades it with `grade`), and her copy is the reference untouched.
    """
    rubric = load_rubric(LOSS_FUNCTIONS, klass.rubric)
    return {s: rubric.total if s == "ada" else grade_submission(klass.submissions / s, rubric).score
            for s in klass.students}


def results_of(out, student):
    return json.loads((out / "students" / student / "results.json").read_text())


def test_every_student_gets_the_total_a_single_grade_gives(klass, single_grades):
    out, students = klass.out, klass.students
    for student in students:
        document = results_of(out, student)
        assert document["score"] == pytest.approx(sum(t["score"] for t in document["tests"]))
        assert document["score"] == pytest.approx(single_grades[student]), (student, [
            (t["name"], t["output"]) for t in document["tests"] if t["status"] != "passed"][:4])
    totals = {s: results_of(out, s)["score"] for s in students}
    assert totals["ada"] == results_of(out, "ada")["max_score"]
    assert totals["cleo"] == 0
    assert 0 < totals["cora"] < totals["ben"] < totals["ada"]
    assert 0 < totals["hugo"] < totals["ada"]
    # hugo's endless loop cost his own calls' time limits, not the run
    assert klass.seconds < 120


def test_hanging_and_crashing_code_fails_only_its_own_checks(klass):
    out = klass.out
    hugo = {t["name"]: t for t in results_of(out, "hugo")["tests"]}
    naive = [t for name, t in hugo.items() if name.startswith("svm_loss_naive: ")]
    assert naive and all(t["status"] == "failed" for t in naive) and "time limit" in naive[0]["output"]
    assert all(t["status"] == "passed" for name, t in hugo.items() if name.startswith("softmax_loss_naive: "))
    cora = [t for t in results_of(out, "cora")["tests"] if t["name"].startswith("softmax_loss_vectorized: ")]
    assert all(t["status"] == "failed" and "could not be imported" in t["output"] for t in cora)


def test_csv_has_one_row_per_student_and_one_column_per_exercise(klass):
    out, students = klass.out, klass.students
    header, *rows = read_csv(out / "grades.csv")
    assert header == ["student", *EXERCISE_NAMES, "total", "max_score", "note"]
    assert [row[0] for row in rows] == students
    for row in rows:
        document = results_of(out, row[0])
        scores = [float(value) for value in row[1:1 + len(EXERCISE_NAMES)]]
        assert sum(scores) == pytest.approx(float(row[-3])) == pytest.approx(document["score"])
        assert float(row[-2]) == document["max_score"] and row[-1] == ""
    ben = dict(zip(header, rows[students.index("ben")]))
    assert float(ben["softmax_loss_vectorized"]) < float(dict(zip(header, rows[0]))["softmax_loss_vectorized"])
    assert float(ben["svm_loss_vectorized"]) == float(dict(zip(header, rows[0]))["svm_loss_vectorized"])


def test_plots_are_png_files(klass):
    for name in ("totals.png", "check_pass_rates.png", "causes.png"):
        width, height = png_size(klass.out / name)
        assert width > 300 and height > 300


def test_the_starter_is_not_attempted_and_the_class_files_say_so(klass):
    """cleo's starter is "not attempted" in exercises.csv, never "failed"; every graded student has a page."""
    header, *rows = read_csv(klass.out / "exercises.csv")
    table = {row[0]: dict(zip(header, row)) for row in rows}
    assert list(table) == EXERCISE_NAMES
    # ada, ben and cora wrote svm_loss_naive and pass it; hugo's loops forever: attempted, failed; cleo did not try
    assert [table["svm_loss_naive"][k] for k in ("students", "attempted", "passed", "failed", "not_attempted")] \
        == ["5", "4", "3", "1", "1"]
    assert all(int(row["not_attempted"]) >= 1 for row in table.values())  # cleo, in every exercise
    assert sorted(p.name for p in (klass.out / "feedback").glob("*.md")) == sorted(f"{s}.md" for s in klass.students)
    assert read_csv(klass.out / "causes.csv")[0] == ["exercise", "cause", "students"]


def test_terminal_shows_progress_and_a_summary(klass):
    done = klass.done
    assert "5 students: 5 graded, 0 up to date" in done.stdout
    assert f"totals (out of {full_marks():g})" in done.stdout and "least passed:" in done.stdout
    assert "grades.csv" in done.stdout
    assert "similarity: 5 students compared" in done.stdout and (klass.out / "similarity" / "similarity.csv").exists()
    progress = [line for line in done.stderr.splitlines() if line.startswith("[")]
    assert len(progress) == 5 and "5/5" in progress[-1], done.stderr


def test_resume_regrades_only_what_changed(klass, tmp_path):
    """Graded students are skipped (their results untouched) until their folder changes, or with --force.

    The two students are starters (cleo's folder and results, and the same again as cleo2): what is tested is
    when a student is regraded, which does not depend on the score, and a starter costs a fraction of a second
    to grade and to plot, where the reference costs seconds on each of the three runs.
    """
    rubric, submissions, out = klass.rubric, klass.submissions, klass.out
    # OUT inside SUBMISSIONS: it is not taken for a student
    copy = tmp_path / "class"
    for student in ("cleo", "cleo2"):
        shutil.copytree(submissions / "cleo", copy / student)
        shutil.copytree(out / "students" / "cleo", copy / "graded" / "students" / student)  # copy2 keeps the times
    results = {s: copy / "graded" / "students" / s / "results.json" for s in ("cleo", "cleo2")}
    stamps = lambda: {s: p.stat().st_mtime_ns for s, p in results.items()}  # noqa: E731
    before = stamps()

    again = grade_all(copy, copy / "graded", rubric, check=0)
    assert "2 students: 0 graded, 2 up to date" in again.stdout, again.stdout
    assert stamps() == before
    assert [row[0] for row in read_csv(copy / "graded" / "grades.csv")[1:]] == ["cleo", "cleo2"]

    changed = copy / "cleo2" / "cs231n" / "optim.py"
    future = time.time() + 5
    os.utime(changed, (future, future))
    again = grade_all(copy, copy / "graded", rubric, check=0)
    assert "1 graded, 1 up to date" in again.stdout, again.stdout
    now = stamps()
    assert now["cleo"] == before["cleo"] and now["cleo2"] > before["cleo2"]

    forced = grade_all(copy, copy / "graded", rubric, "--force", check=0)
    assert "2 graded, 0 up to date" in forced.stdout
    assert all(stamps()[s] > now[s] for s in results)


def test_a_student_whose_grading_stalls_gets_an_error_row(tmp_path):
    """The per-student --timeout stops a grading that overruns; the class goes on, and exit status 1 says so."""
    submissions = tmp_path / "submissions"
    for student in ("cleo", "sam"):
        build_student(submissions, student)
    out = tmp_path / "out"
    done = grade_all(submissions, out, class_rubric(tmp_path), "--timeout", 2, check=1)
    assert "1 could not be graded" in done.stdout
    assert "could not grade sam: grading took longer than 2 s" in done.stdout
    rows = {row[0]: row for row in read_csv(out / "grades.csv")[1:]}
    assert rows["sam"][-3:-1] == ["", ""] and "longer than 2 s" in rows["sam"][-1]
    assert rows["cleo"][-3] == "0"
    assert not (out / "students" / "sam" / "results.json").exists()  # retried by the next run
    # --only cleo leaves sam's row, and its note, as it was (exit 1: sam is still without a grade)
    grade_all(submissions, out, class_rubric(tmp_path), "--timeout", 2, "--only", "cleo", check=1)
    assert read_csv(out / "grades.csv")[1:] == list(rows.values())


def test_interrupted_run_keeps_finished_students_and_the_old_csv(klass, tmp_path):
    """Ctrl-C (SIGINT to the whole process group) stops the run; a rerun grades only the rest."""
    rubric, submissions = klass.rubric, klass.submissions
    copy = tmp_path / "class"
    for student in ("ada", "ben", "cleo"):
        shutil.copytree(submissions / student, copy / student)
    out = tmp_path / "out"
    out.mkdir()
    (out / "grades.csv").write_text("an earlier,complete,file\n")
    command = [sys.executable, "-m", "autograder", "grade-all", "--submissions", str(copy), "--out", str(out),
               "--rubric", str(rubric), "--jobs", "1"]
    # SIGINT back to its default in the child: a suite started from a background shell inherits it ignored,
    # and Python then never turns it into KeyboardInterrupt
    process = subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               start_new_session=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 60
    while not (out / "students" / "ada" / "results.json").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGINT)
    stdout, stderr = process.communicate(timeout=30)
    assert process.returncode == 130, stdout + stderr
    assert "interrupted" in stderr and "run the same command again" in stderr
    assert (out / "grades.csv").read_text() == "an earlier,complete,file\n"
    assert not list(out.glob(".*.tmp")) and not list(out.glob("students/*/.*.tmp"))
    finished = sorted(p.parent.name for p in out.glob("students/*/results.json"))
    assert "ada" in finished and finished != ["ada", "ben", "cleo"]
    for student in finished:
        json.loads((out / "students" / student / "results.json").read_text())

    resumed = grade_all(copy, out, rubric, check=0)
    assert f"{3 - len(finished)} graded, {len(finished)} up to date" in resumed.stdout, resumed.stdout
    assert len(read_csv(out / "grades.csv")) == 4


def test_csv_write_is_atomic(tmp_path, monkeypatch):
    """A CSV write that fails half-way leaves the earlier file whole and no temporary file."""
    path = tmp_path / "grades.csv"
    path.write_text("earlier\n")

    def half_then_fail(rows, exercises):
        yield ["student", *exercises]
        raise OSError("disk full")

    monkeypatch.setattr(report, "csv_rows", half_then_fail)
    with pytest.raises(OSError, match="disk full"):
        report.write_csv(path, [], EXERCISE_NAMES)
    assert path.read_text() == "earlier\n"
    assert [p.name for p in tmp_path.iterdir()] == ["grades.csv"]


@pytest.mark.parametrize("case", ["missing submissions", "empty submissions", "out is a file", "no jobs"])
def test_bad_input_gives_one_line_and_status_2(tmp_path, case):
    submissions, out = tmp_path / "submissions", tmp_path / "out"
    options = []
    if case != "missing submissions":
        submissions.mkdir()
    if case in ("out is a file", "no jobs"):
        build_student(submissions, "cleo")
    if case == "out is a file":
        out.write_text("not a folder")
    if case == "no jobs":
        options = ["--jobs", 0]
    done = grade_all(submissions, out, REPO / "autograder" / "loss_functions" / "rubric.toml", *options, check=2)
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("grade-all: "), done.stderr
    expected = {"missing submissions": "does not exist", "empty submissions": "has no sub-folder",
                "out is a file": "is a file", "no jobs": "--jobs (JOBS=) must be a whole number"}[case]
    assert expected in lines[0]


# -- issue 10: hostile students in a class ----------------------------------------------------------------

MALLORY = '''

def _mallory():
    """At import: for five seconds, try to kill every other worker and read every other student's code."""
    import os, signal, time
    me = os.getpid()
    seen = set()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            pids = [int(p) for p in os.listdir("/proc") if p.isdigit()]
        except OSError:  # no /proc under bubblewrap: nothing to find
            return
        for pid in pids:
            if pid == me or pid in seen:
                continue
            seen.add(pid)
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        time.sleep(0.05)


_mallory()
'''


def shared_python_for_plain():
    """An interpreter other users can run (plain-mode workers then drop to a uid of their own), or skip."""
    from support.engine_helpers import shared_python

    python = shared_python()
    if python is None or os.geteuid() != 0:
        pytest.skip("plain-mode workers keep the grader's user here (no root, or no Python other users can run)")
    return python


def rubric_with(folder, isolation):
    path = class_rubric(folder)
    path.write_text(path.read_text().replace('isolation = "auto"', f'isolation = "{isolation}"'))
    return path


@pytest.mark.parametrize("isolation", ["bubblewrap", "plain"])
def test_a_student_cannot_kill_or_read_a_classmate_running_at_the_same_time(tmp_path, isolation):
    """mallory's code hunts for other processes while ada and bea are graded beside her: they keep full marks."""
    from autograder.engine.isolation import bubblewrap_works

    if isolation == "bubblewrap" and not bubblewrap_works():
        pytest.skip("bubblewrap cannot run here")
    python = shared_python_for_plain() if isolation == "plain" else sys.executable
    submissions = tmp_path / "submissions"
    for student in ("ada", "bea", "mallory"):
        copy_package(SOLUTIONS, submissions / student)
    for module in ("classifiers/linear_svm.py", "classifiers/softmax.py", "regularization.py"):
        path = submissions / "mallory" / "cs231n" / module
        path.write_text(path.read_text() + MALLORY)
    out = tmp_path / "out"
    done = subprocess.run([python, "-m", "autograder", "grade-all", "--submissions", str(submissions),
                           "--out", str(out), "--rubric", str(rubric_with(tmp_path, isolation)), "--jobs", "3",
                           "--no-similarity", "--no-plots"], cwd=REPO, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    for student in ("ada", "bea"):
        document = results_of(out, student)
        assert document["score"] == document["max_score"], (student, [t["output"] for t in document["tests"]
                                                                      if t["status"] != "passed"][:3])


def test_parallel_plain_mode_is_refused_where_workers_would_share_a_user(tmp_path):
    from autograder.engine.isolation import parallel_problem

    if parallel_problem("plain", sys.executable) is None:
        pytest.skip("plain-mode workers get a uid of their own here: several at once are allowed")
    submissions = tmp_path / "submissions"
    build_student(submissions, "cleo")
    out = tmp_path / "out"
    done = grade_all(submissions, out, rubric_with(tmp_path, "plain"), "--jobs", 2, check=2)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "--jobs 2 refused" in lines[0] and "--jobs 1" in lines[0], done.stderr
    assert not (out / "students").exists()
    alone = grade_all(submissions, out, rubric_with(tmp_path, "plain"), check=0)  # the default: one grader
    assert "with 1 grader(s)" in alone.stdout


def test_odd_student_ids_cannot_break_the_reports_or_inject_formulas(tmp_path):
    """Ids like the report files, spreadsheet formulas, terminal escapes, bytes that are not UTF-8, 200 bytes."""
    submissions = tmp_path / "submissions"
    odd = ["grades.csv", "totals.png", "students", "=HYPERLINK(\"x\")", "+1", "@SUM(A1)", "-2",
           "\x1b[2Jclear", os.fsdecode(b"caf\xe9"), "n" * 200]
    for student in odd:
        copy_package(ASSIGNMENT, submissions / student)
    build_student(submissions, "ada")
    out = tmp_path / "out"
    done = grade_all(submissions, out, class_rubric(tmp_path), check=0, plots=True)  # "totals.png" is a student
    assert "\x1b" not in done.stdout + done.stderr.replace("\r\x1b[2K", "")
    rows = read_csv(out / "grades.csv")[1:]
    assert len(rows) == len(odd) + 1
    ids = [row[0] for row in rows]
    assert not [cell for row in rows for cell in row if cell.startswith(("=", "+", "@", "-", "\t", "\r"))]
    assert "'=HYPERLINK(\"x\")" in ids and "'+1" in ids and "'-2" in ids
    assert any("\ufffd" in student for student in ids) and not any("\x1b" in student for student in ids)
    for name in ("totals.png", "check_pass_rates.png"):
        png_size(out / name)
    for student in odd:
        assert results_of(out, student)["score"] == 0


def test_a_symlinked_student_folder_or_package_is_refused_with_a_sentence(tmp_path):
    submissions = tmp_path / "submissions"
    build_student(submissions, "ada")
    (submissions / "eve").mkdir()
    (submissions / "eve" / "cs231n").symlink_to(SOLUTIONS / "cs231n")  # what unpacking an archive can recreate
    (submissions / "finn").symlink_to(submissions / "ada")
    out = tmp_path / "out"
    done = grade_all(submissions, out, class_rubric(tmp_path), check=1)  # refused: not graded, never a quiet 0
    assert "1 graded, 0 up to date (not regraded), 2 not graded (no package found)" in done.stdout, done.stdout
    rows = {row[0]: row for row in read_csv(out / "grades.csv")[1:]}
    for student in ("eve", "finn"):
        document = results_of(out, student)
        assert document["score"] == 0, student
        assert all("symbolic link" in t["output"] for t in document["tests"]), student
        assert rows[student][-1].startswith("not graded: no package found (") and "symbolic link" in rows[student][-1]
    assert results_of(out, "ada")["score"] == results_of(out, "ada")["max_score"]


# -- issue 15: the layouts a class really hands in, students without a package, one student regraded ------


def lms_rows(out):
    """grades_lms.csv as {student: row}, after checking its header."""
    header, *rows = read_csv(out / "grades_lms.csv")
    assert header == ["student_id", "total", *EXERCISE_NAMES]
    return {row[0]: row for row in rows}


def test_lms_export_has_the_student_the_total_and_each_exercise(klass):
    csv_rows = {row[0]: row for row in read_csv(klass.out / "grades.csv")[1:]}
    exported = lms_rows(klass.out)
    assert list(exported) == klass.students
    for student, row in exported.items():
        assert float(row[1]) == results_of(klass.out, student)["score"]
        assert row[2:] == csv_rows[student][1:1 + len(EXERCISE_NAMES)]


def test_nbgrader_collected_layout_gets_full_marks(tmp_path):
    """What `make collect` leaves in course/submitted: <student>/<assignment>/cs231n beside the notebooks."""
    submitted = tmp_path / "submitted"
    for student in ("ada", "bea"):
        folder = submitted / student / "loss_functions"
        copy_package(SOLUTIONS, folder)
        (folder / "svm.ipynb").write_text('{"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}')
        (folder / "timestamp.txt").write_text("2026-01-01 12:00:00.000000 UTC")
    out = tmp_path / "out"
    done = grade_all(submitted, out, class_rubric(tmp_path), check=0)
    assert "2 students: 2 graded, 0 up to date (not regraded), 0 not graded" in done.stdout, done.stdout
    for student in ("ada", "bea"):
        document = results_of(out, student)
        assert document["score"] == full_marks(), (student, [t["output"] for t in document["tests"]
                                                             if t["status"] != "passed"][:3])
        assert "loss_functions/cs231n" in document["output"]
    assert {row[0]: float(row[1]) for row in lms_rows(out).values()} == {"ada": full_marks(), "bea": full_marks()}


def test_a_student_without_a_package_is_not_graded_never_a_zero(tmp_path):
    """No package (nadia) or a zip that cannot be unpacked (zoe): reported apart, exit status 1, on every run."""
    submissions = tmp_path / "submissions"
    build_student(submissions, "ada")
    (submissions / "nadia").mkdir()
    (submissions / "nadia" / "answers.txt").write_text("I did the assignment on paper.\n")
    (submissions / "zoe").mkdir()
    (submissions / "zoe" / "cs231n.zip").write_bytes(b"PK\x03\x04 cut short")
    out = tmp_path / "out"
    rubric = class_rubric(tmp_path)
    done = grade_all(submissions, out, rubric, check=1)
    assert ("3 students: 1 graded, 0 up to date (not regraded), 2 not graded (no package found), "
            "0 could not be graded") in done.stdout, done.stdout
    assert f"mean {full_marks():.1f}, median {full_marks():g}, min {full_marks():g}" in done.stdout  # no 0 counted
    assert "nadia: not graded: no package found\n" in done.stdout
    assert "zoe: not graded: no package found (cs231n.zip was not unpacked because it cannot be read" in done.stdout
    rows = {row[0]: row for row in read_csv(out / "grades.csv")[1:]}
    assert rows["nadia"][1:-1] == [""] * (len(EXERCISE_NAMES) + 2)
    assert rows["nadia"][-1] == "not graded: no package found"
    assert rows["zoe"][-1].startswith("not graded: no package found (cs231n.zip was not unpacked")
    assert lms_rows(out)["nadia"][1:] == [""] * (len(EXERCISE_NAMES) + 1)
    nadia = results_of(out, "nadia")  # her feedback still says why, check by check
    assert all("no cs231n package found" in t["output"] for t in nadia["tests"])
    assert nadia["extra_data"] == {"package_found": False}
    assert "extra_data" not in results_of(out, "ada")

    stamp = (out / "students" / "nadia" / "results.json").stat().st_mtime_ns
    again = grade_all(submissions, out, rubric, check=1)  # up to date, and still not graded
    assert "0 graded, 1 up to date (not regraded), 2 not graded (no package found)" in again.stdout, again.stdout
    assert (out / "students" / "nadia" / "results.json").stat().st_mtime_ns == stamp
    assert read_csv(out / "grades.csv")[1:] == list(rows.values())


def test_only_regrades_the_named_student_and_leaves_every_other_row(klass, tmp_path):
    """--only cleo after cleo resubmits: her file and rows change; ada's and ben's bytes, times and rows do not."""
    copy = tmp_path / "class"
    students = ("ada", "ben", "cleo")
    for student in students:
        shutil.copytree(klass.submissions / student, copy / student)
        shutil.copytree(klass.out / "students" / student, tmp_path / "out" / "students" / student)
    out = tmp_path / "out"
    grade_all(copy, out, klass.rubric, check=0)  # everyone up to date: only the class files are written
    before_csv, before_lms = read_csv(out / "grades.csv"), read_csv(out / "grades_lms.csv")
    files = {s: out / "students" / s / "results.json" for s in students}
    before = {s: (p.read_bytes(), p.stat().st_mtime_ns) for s, p in files.items()}
    shutil.rmtree(copy / "cleo" / "cs231n")
    copy_package(SOLUTIONS, copy / "cleo")  # cleo's late resubmission: the reference
    future = time.time() + 5
    os.utime(copy / "ben" / "cs231n" / "optim.py", (future, future))  # ben is stale, and still not regraded

    done = grade_all(copy, out, klass.rubric, "--only", "cleo", check=0)
    assert "3 students: 1 graded, 2 left as they were (not in --only)" in done.stdout, done.stdout
    for student in ("ada", "ben"):
        assert (files[student].read_bytes(), files[student].stat().st_mtime_ns) == before[student], student
    assert results_of(out, "cleo")["score"] == full_marks()
    after_csv, after_lms = read_csv(out / "grades.csv"), read_csv(out / "grades_lms.csv")
    changed = [i for i, (old, new) in enumerate(zip(before_csv, after_csv)) if old != new]
    assert len(after_csv) == len(before_csv) and changed == [1 + students.index("cleo")]
    changed = [i for i, (old, new) in enumerate(zip(before_lms, after_lms)) if old != new]
    assert len(after_lms) == len(before_lms) and changed == [1 + students.index("cleo")]
    assert float(after_lms[3][1]) == full_marks() and before_lms[3][1] == "0"


@pytest.mark.parametrize("only", ["nobody", "ada,nobody", " , "])
def test_only_with_an_unknown_student_is_one_line_and_writes_nothing(tmp_path, only):
    submissions = tmp_path / "submissions"
    build_student(submissions, "cleo")
    out = tmp_path / "out"
    out.mkdir()
    (out / "grades.csv").write_text("an earlier,complete,file\n")
    done = grade_all(submissions, out, class_rubric(tmp_path), "--only", only, check=2)
    lines = done.stderr.strip().splitlines()
    assert done.stdout == "" and len(lines) == 1 and lines[0].startswith("grade-all: --only (ONLY=)"), done.stderr
    assert "nobody" in lines[0] or "at least one student id" in lines[0]
    assert sorted(p.name for p in out.iterdir()) == ["grades.csv"]
    assert (out / "grades.csv").read_text() == "an earlier,complete,file\n"


def test_make_passes_only_to_grade_all():
    done = subprocess.run(["make", "-n", "grade-all", "SUBMISSIONS=class", "ONLY=ada,ben"], cwd=REPO,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert '--only "ada,ben"' in done.stdout, done.stdout
