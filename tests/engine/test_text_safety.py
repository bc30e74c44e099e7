"""Strings from student code are made safe for wherever they go (issue 10, point 5).

Terminal: no escape sequence or control character, so nothing can clear the screen or print a fake total.
JSON: valid UTF-8, a length cap per message. HTML (nbgrader's feedback): escaped and sanitized. CSV:
formulas neutralised (tests/test_classroom.py checks it on a whole class). A printing failure never
changes the results file already written.
"""

import contextlib
import io
import json
import os
import subprocess
import sys

import pytest

from support.kit_paths import full_marks

from autograder.frontends.classroom.report import safe_cell
from autograder.core.results import MESSAGE_CHARS, clean_text, print_safely, summary, table
from autograder.core.results import TestResult as Outcome  # not collected by pytest under its own name
from support.engine_helpers import REPO, append_to, copy_reference, run_grade

HOSTILE_TEXTS = {
    "clear screen and fake total": "\x1b[2J\x1b[H\x1b[32mtotal 105.5 / 105.5\x1b[0m",
    "window title (OSC)": "\x1b]0;pwned\x07 hi",
    "8-bit CSI": "\x9b31m red",
    "carriage return overwrite": "real\rfake",
    "bidi override": "abc\u202edcba",
    "lone surrogate": "bad \udcff byte",
    "nul and bell": "a\x00b\x07c",
    "newlines": "line one\nline two\n\nthree",
}


@pytest.mark.parametrize("text", HOSTILE_TEXTS.values(), ids=HOSTILE_TEXTS.keys())
def test_clean_text_leaves_nothing_a_terminal_acts_on(text):
    cleaned = clean_text(text)
    assert not [c for c in cleaned if ord(c) < 32 or 0x7f <= ord(c) < 0xa0 or c in "\u202e\u2066\u2069"], cleaned
    cleaned.encode("utf-8")  # valid: no lone surrogate
    assert "\n" not in cleaned


def test_clean_text_caps_the_length_and_keeps_ordinary_text():
    assert clean_text("x" * 10**6) == "x" * (MESSAGE_CHARS - 1) + "…"
    assert clean_text("np.sum(W ** 2) / N: 9.0") == "np.sum(W ** 2) / N: 9.0"
    assert clean_text("café ünïcode ✓") == "café ünïcode ✓"


def test_the_table_and_the_summary_are_clean():
    tests = [Outcome("svm_loss_naive: x", "1.1", 0.0, 1.0, "failed", HOSTILE_TEXTS["clear screen and fake total"],
                        exercise="svm_loss_naive")]
    assert "\x1b" not in table(tests)
    assert "\x1b" not in json.dumps(summary(tests, 1.0))


def test_print_safely_survives_a_broken_or_narrow_stream():
    class Broken(io.StringIO):
        def write(self, text):
            raise BrokenPipeError

    assert print_safely("x", Broken()) is False
    narrow = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
    assert print_safely("snow \u2603", narrow) is True


@pytest.mark.parametrize("text, shown", [("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"), ("+1", "'+1"), ("@x", "'@x"),
                                         ("-1+1", "'-1+1"), ("\tx", "x"), ("plain", "plain")])
def test_a_csv_cell_never_starts_a_formula(text, shown):
    assert safe_cell(text) == shown


HOSTILE_SVM = r'''
class Sneaky(Exception):
    pass


Sneaky.__name__ = Sneaky.__qualname__ = "\x1b[2JSneaky"


def svm_loss_naive(W, X, y, reg):
    raise Sneaky("\x1b[2J\x1b[Htotal 105.5 / 105.5 \udcff " + "spam " * 2_000_000)
'''


@pytest.fixture(scope="module")
def hostile_grading(tmp_path_factory):
    folder = tmp_path_factory.mktemp("text")
    submission = copy_reference(folder / "submission")
    append_to(submission, "classifiers/linear_svm.py", HOSTILE_SVM)
    results = folder / "results.json"
    done, _ = run_grade(submission, results)
    return done, results


def test_hostile_messages_reach_neither_the_terminal_nor_the_file_raw(hostile_grading):
    done, results = hostile_grading
    assert done.returncode == 0, done.stderr
    raw = results.read_bytes()
    raw.decode("utf-8")  # strict: valid UTF-8
    document = json.loads(raw)
    outputs = [t["output"] for t in document["tests"]]
    assert all(len(output) <= MESSAGE_CHARS for output in outputs)
    assert not [o for o in outputs if any(ord(c) < 32 for c in o)]
    assert "\x1b" not in done.stdout and "\x1b" not in done.stderr
    assert len(raw) < 200_000, f"the results file is {len(raw)} bytes"
    said = next(t["output"] for t in document["tests"] if t["name"].startswith("svm_loss_naive: "))
    assert "Sneaky" in said and "\ufffd" in said, said  # what happened is still said, cleaned


def test_the_table_cannot_print_a_fake_total_line(hostile_grading):
    done, results = hostile_grading
    document = json.loads(results.read_text())
    lines = [line for line in done.stdout.splitlines() if "total" in line and f"/ {full_marks():g}" in line]
    real = [line for line in lines if line.startswith("total")]
    assert len(real) == 1 and f"{document['score']:g} / {full_marks():g}" in real[0]
    assert all(line.startswith(("total", "svm_loss")) for line in lines)


def test_a_closed_stdout_does_not_change_the_results(tmp_path):
    submission = copy_reference(tmp_path / "submission")
    results = tmp_path / "results.json"
    done = subprocess.run(f'"{sys.executable}" -m autograder grade --submission "{submission}" '
                          f'--results "{results}" >&-', shell=True, cwd=REPO, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    document = json.loads(results.read_text())
    assert document["score"] == document["max_score"]


def test_nbgrader_feedback_shows_student_text_escaped(tmp_path, monkeypatch):
    """The bridge prints cleaned lines; the course's HTML exporter escapes outputs and sanitizes markdown."""
    import nbformat
    from nbconvert import HTMLExporter
    from traitlets.config import Config

    from autograder.frontends import nbgrader_bridge

    submission = copy_reference(tmp_path)
    append_to(submission, "regularization.py",
              "def l2_regularization(W, reg):\n    raise ValueError('<script>alert(1)</script>\\x1b[2J')\n")
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        assert nbgrader_bridge.grade_exercise("l2_regularization", submission) == 0
    text = printed.getvalue()
    assert "<script>" in text and "\x1b" not in text  # cleaned for the terminal; HTML is the page's business

    config = Config()
    namespace = {"get_config": lambda: config, "__file__": str(REPO / "course" / "nbgrader_config.py")}
    monkeypatch.chdir(REPO / "course")
    exec(compile((REPO / "course" / "nbgrader_config.py").read_text(), "nbgrader_config.py", "exec"), namespace)
    notebook = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("grade_exercise('l2_regularization')")
    cell.outputs = [nbformat.v4.new_output("stream", name="stdout", text=text)]
    notebook.cells = [cell, nbformat.v4.new_markdown_cell("<script>steal()</script><img src=x onerror=alert(2)>")]
    body, _ = HTMLExporter(config=config).from_notebook_node(notebook)
    assert "<script>alert(1)" not in body and "&lt;script&gt;alert(1)" in body
    assert config.HTMLExporter.sanitize_html is True
    assert "<script>steal" not in body and "<img src=x onerror" not in body  # shown as text, never as HTML


def test_nbgrader_export_neutralises_formulas(tmp_path):
    sys.path.insert(0, str(REPO))
    from tools.nbgrader_course import neutralise_formulas

    path = tmp_path / "grades.csv"
    path.write_text("student_id,score\n=HYPERLINK(\"x\"),-1\n@me,2.5\n")
    neutralise_formulas(path)
    assert path.read_text().splitlines() == ["student_id,score", "\"'=HYPERLINK(\"\"x\"\")\",-1", "'@me,2.5"]
    assert os.stat(path).st_size > 0
