"""Submissions are regular files only; odd names and failures half-way leave valid results and no mess (point 4).

A symbolic link (an unpacked archive can hold ``cs231n -> ../../solutions/cs231n``) is refused or left out,
with a sentence in the feedback, in ``make grade`` (here), ``grade-all`` (tests/test_classroom.py) and
Gradescope (tests/test_gradescope.py, and ``stage`` below). Names that are not UTF-8, over-long names,
paths deeper than the system allows, FIFOs and floods of files give a valid results.json, and no temporary
folder is left behind, also when setting up the sandbox fails half-way. A bug of the grader itself shows
its full traceback on stderr and one sentence in the feedback.
"""

import json
import os
import shutil
import tempfile
from dataclasses import replace
from pathlib import Path

import pytest

from autograder.loss_functions.exercises import ASSIGNMENT, EXERCISES, exercise_named
from autograder.core import runner
from autograder.core.checks import check
from autograder.engine import identity, sandbox
from autograder.engine.sandbox import Limits
from autograder.core.package import find
from autograder.core.rubric import Rubric, load_rubric
from support.engine_helpers import REPO, SOLUTIONS, copy_reference, run_grade

pytestmark = pytest.mark.slow


@pytest.fixture
def tmpdir_for_grader(tmp_path, monkeypatch):
    """A TMPDIR of the test's own, for the grader (subprocess or this process): it must be empty afterwards."""
    folder = tmp_path / "grader-tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", None)
    yield folder
    assert not list(folder.iterdir()), f"left behind: {sorted(p.name for p in folder.iterdir())}"


def grade_cli(submission, tmp_path):
    results = tmp_path / "results.json"
    done, seconds = run_grade(submission, results, env=dict(os.environ))
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    return json.loads(results.read_text()), done


def outputs_of(document, exercise):
    return [t["output"] for t in document["tests"] if t["name"].startswith(exercise + ": ")]


def scores(document):
    found = {}
    for test in document["tests"]:
        name = test["name"].split(": ")[0]
        got, possible = found.get(name, (0, 0))
        found[name] = (got + test["score"], possible + test["max_score"])
    return found


def test_a_symlinked_package_gets_nothing(tmp_path, tmpdir_for_grader):
    submission = tmp_path / "student"
    submission.mkdir()
    (submission / "cs231n").symlink_to(SOLUTIONS)  # what the issue found getting full marks
    document, _ = grade_cli(submission, tmp_path)
    assert document["score"] == 0
    assert all("symbolic link" in t["output"] for t in document["tests"])


def test_a_symlinked_classifiers_folder_gets_nothing(tmp_path, tmpdir_for_grader):
    submission = copy_reference(tmp_path / "student")
    shutil.rmtree(submission / "cs231n" / "classifiers")
    (submission / "cs231n" / "classifiers").symlink_to(SOLUTIONS / "classifiers")
    document, _ = grade_cli(submission, tmp_path)
    assert document["score"] == 0
    assert "classifiers in the submission is a symbolic link" in document["tests"][0]["output"]


def test_a_symlinked_module_is_left_out_and_named(tmp_path, tmpdir_for_grader):
    submission = copy_reference(tmp_path / "student")
    softmax = submission / "cs231n" / "classifiers" / "softmax.py"
    softmax.unlink()
    softmax.symlink_to(SOLUTIONS / "classifiers" / "softmax.py")
    document, _ = grade_cli(submission, tmp_path)
    found = scores(document)
    assert found["softmax_loss_naive"][0] == 0 and found["softmax_loss_vectorized"][0] == 0
    assert found["svm_loss_naive"][0] == found["svm_loss_naive"][1]
    said = outputs_of(document, "softmax_loss_naive")[0]
    assert "softmax.py is missing" in said and "symbolic link" in said, said


def deep_folder(base, depth, name):
    """A chain of ``depth`` folders called ``name`` below ``base``, made relative to a descriptor (no path limit)."""
    fd = os.open(base, os.O_RDONLY)
    try:
        for _ in range(depth):
            os.mkdir(name, dir_fd=fd)
            child = os.open(name, os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = child
        with open(os.open("deep.py", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd), "w") as stream:
            stream.write("X = 1\n")
    finally:
        os.close(fd)


def test_odd_names_deep_paths_fifos_and_floods_give_valid_results(tmp_path, tmpdir_for_grader):
    submission = copy_reference(tmp_path / "student")
    package = submission / "cs231n"
    (package / os.fsdecode(b"caf\xe9.py")).write_text("X = 1\n")
    (package / ("n" * 250 + ".py")).write_text("X = 1\n")
    (package / "line\nbreak.py").write_text("X = 1\n")
    (package / "\x1b[2J.py").write_text("X = 1\n")
    os.mkfifo(package / "pipe.py")
    deep_folder(package, 40, "d" * 120)  # 4800 characters: past PATH_MAX
    flood = package / "flood"
    flood.mkdir()
    for k in range(1500):
        (flood / f"m{k}.py").write_text("")
    document, done = grade_cli(submission, tmp_path)
    assert document["score"] == document["max_score"], [t["output"] for t in document["tests"] if t["score"] == 0][:3]
    assert "\x1b" not in done.stdout


def test_a_setup_that_fails_half_way_leaves_nothing_and_gives_one_sentence(tmp_path, tmpdir_for_grader, monkeypatch):
    def half(source, target, max_bytes=None):
        Path(target).mkdir(parents=True)
        (Path(target) / "__init__.py").write_text("")
        raise OSError(36, "File name too long")

    monkeypatch.setattr(sandbox, "copy_python_sources", half)
    exercises = [exercise_named("svm_loss_naive")]
    tests = runner.grade_submission(copy_reference(tmp_path / "student"), load_rubric(ASSIGNMENT), exercises).tests
    assert {t.output for t in tests} == {"the submission could not be copied for grading (File name too long)."}
    assert all(t.score == 0 for t in tests)
    # (the fixture checks that the sandbox's temporary folder is gone)


def test_a_failure_after_the_identity_and_cgroup_were_taken_gives_them_back(tmp_path, tmpdir_for_grader,
                                                                            monkeypatch):
    taken = {}

    def fail_after_taking(folder, identity_):
        taken["identity"] = identity_
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(sandbox.isolation, "prepare_folder", fail_after_taking)
    with pytest.raises(OSError):
        with sandbox.Sandbox(copy_reference(tmp_path / "student") / "cs231n"):
            pass
    claimed = taken["identity"]
    if claimed.own:
        lock = identity._try_lock(identity.LOCK_DIR / f"{claimed.uid}.lock")
        assert lock is not None, "the uid is still claimed after a failed setup"
        os.close(lock)


def test_a_bug_in_a_check_is_one_sentence_for_the_student_and_a_traceback_for_the_maintainer(tmp_path, capfd):
    @check("explodes")
    def check_explodes(ctx):
        """explodes"""
        raise ZeroDivisionError("secret detail of the grader")

    exercise = exercise_named("l2_regularization")
    broken = replace(exercise, checks=(check_explodes,))
    rubric = Rubric(ASSIGNMENT, {(broken.name, "explodes"): 1.0}, Limits(), Path("test"))
    tests = runner.grade_submission(copy_reference(tmp_path / "student"), rubric, [broken]).tests
    assert tests[0].output == ("the grader hit an internal error in this check (ZeroDivisionError); please report it.")
    err = capfd.readouterr().err
    assert "Traceback" in err and "secret detail of the grader" in err and "check_explodes" in err


def test_gradescope_staging_names_what_it_left_out(tmp_path):
    upload = tmp_path / "submission"
    upload.mkdir()
    for relative in ("classifiers/linear_svm.py", "regularization.py"):
        shutil.copy(SOLUTIONS / relative, upload)
    (upload / "optim.py").symlink_to(SOLUTIONS / "optim.py")
    (upload / os.fsdecode(b"\xff\x1b[2J.py")).write_text("")
    staged = tmp_path / "staged"
    staged.mkdir()
    notes = " ".join(find(upload, ASSIGNMENT, staged).notes)
    assert "Left out, because only regular files are graded: optim.py" in notes
    assert "\x1b" not in notes and not (staged / "cs231n" / "optim.py").is_symlink()
    notes.encode("utf-8")


@pytest.mark.parametrize("setting, value", [("memory_mb", 2048.5), ("memory_mb", 10), ("processes", "many"),
                                            ("cpu_seconds", True), ("call_timeout", float("nan")),
                                            ("answer_mb", 0), ("disk_mb", 10**9)])
def test_a_non_integer_or_out_of_range_limit_is_refused_in_one_line(tmp_path, setting, value):
    text = ASSIGNMENT.rubric_path.read_text()
    literal = {True: "true"}.get(value, json.dumps(value) if not isinstance(value, float) or value == value else "nan")
    kept = [line for line in text.splitlines() if not line.startswith(f"{setting} =")]
    rubric = tmp_path / "rubric.toml"
    rubric.write_text("\n".join(kept).replace("[limits]", f"[limits]\n{setting} = {literal}", 1) + "\n")
    done, _ = run_grade(SOLUTIONS.parent, tmp_path / "results.json", "--rubric", rubric)
    lines = done.stderr.strip().splitlines()
    assert done.returncode == 2 and len(lines) == 1, done.stderr
    assert setting in lines[0] and "Traceback" not in done.stderr
    assert not (tmp_path / "results.json").exists()
