"""The notebooks: one source of truth in solutions/notebooks, generated student copies, and they run.

Checked here: the committed student notebooks are what `make stubs` writes
(no drift, no outputs) and leak no solution (and the leak detector does catch
a leak); every exercise of the autograder has exactly one grade cell across
the notebooks; the nbgrader build carries the metadata nbgrader needs; bad
sources and bad notebook files are refused with one line naming the place;
and every notebook, built with its solutions, runs top to bottom against the
reference package from a clean kernel without a single error: that run is
tests/test_student_release.py's (the release's notebooks with the reference's
cells, in a clean venv), the only one in `make test`, as notebooks are slow.
"""

import json
import subprocess
import sys

import pytest

from autograder.loss_functions.exercises import EXERCISES
from support.kit_paths import ASSIGNMENT
from tools import make_notebooks
from tools.make_notebooks import (
    CODE_STUB,
    TEXT_STUB,
    NotebookSourceError,
    course_notebook,
    drift,
    find_leaks,
    load_sources,
    parse_source,
    read_notebook,
    student_notebook,
)

SOURCES = load_sources()
NAMES = sorted(SOURCES)


def test_every_notebook_source_has_its_student_notebook_and_nothing_else_is_there():
    # the list comes from solutions/notebooks: a new notebook is a new source file, and nothing else to edit
    assert len(NAMES) >= 4, "the notebook sources are missing from solutions/notebooks"
    assert sorted(p.stem for p in ASSIGNMENT.glob("*.ipynb")) == NAMES


def test_importing_nbformat_compiles_no_grammar():
    """Every tool that reads a notebook imports nbformat: jsonschema >= 4.25 made that 2 s (requirements.txt)."""
    code = "import sys, nbformat; print(sorted({'rfc3987_syntax', 'lark'} & set(sys.modules)))"
    probe = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert probe.returncode == 0 and probe.stdout.strip() == "[]", probe.stdout + probe.stderr


def test_student_notebooks_have_not_drifted():
    assert drift() == [], "run `make stubs`"


@pytest.mark.parametrize("name", NAMES)
def test_student_notebook_leaks_no_solution_and_has_no_outputs(name):
    notebook = read_notebook(ASSIGNMENT / f"{name}.ipynb")
    assert find_leaks(SOURCES[name], notebook) == []
    sources = [cell.source for cell in notebook.cells]
    regions = [cell for cell in SOURCES[name] if cell.role in ("solution", "answer")]
    assert sum(CODE_STUB in s for s in sources) + sum(TEXT_STUB in s.split("\n") for s in sources) == len(regions)
    assert all(not cell.get("outputs") and cell.get("execution_count") is None
               for cell in notebook.cells if cell.cell_type == "code")
    assert "grade_exercise" not in json.dumps(notebook)


def test_leak_detector_catches_a_leak():
    cells = SOURCES["svm"]
    notebook = student_notebook(cells)
    secret = next(c for c in cells if c.role == "solution").source.split("### BEGIN SOLUTION\n")[1].splitlines()[0]
    notebook.cells[-1].source += "\n" + secret
    assert find_leaks(cells, notebook) == [secret.strip()]


def test_drift_notices_a_changed_a_missing_and_an_extra_notebook(tmp_path):
    for name in NAMES:
        (tmp_path / f"{name}.ipynb").write_text((ASSIGNMENT / f"{name}.ipynb").read_text())
    assert drift(target=tmp_path) == []
    (tmp_path / "svm.ipynb").write_text((tmp_path / "svm.ipynb").read_text().replace("Multiclass", "Multi"))
    (tmp_path / "softmax.ipynb").unlink()
    (tmp_path / "old.ipynb").write_text("{}")
    assert sorted(drift(target=tmp_path)) == ["differs: svm.ipynb", "extra: old.ipynb", "missing: softmax.ipynb"]


def test_every_exercise_has_exactly_one_grade_cell():
    graded = [cell.name for cells in SOURCES.values() for cell in cells if cell.role == "autograde"]
    assert sorted(graded) == sorted(exercise.name for exercise in EXERCISES)


@pytest.mark.parametrize("name", NAMES)
def test_each_grade_cell_is_a_self_check_cell_in_the_students_notebook(name):
    """Where the course has its hidden grade cell, the student's notebook runs the exercise's self-checks."""
    notebook = read_notebook(ASSIGNMENT / f"{name}.ipynb")
    graded = [cell.name for cell in SOURCES[name] if cell.role == "autograde"]
    calls = [line for cell in notebook.cells if cell.cell_type == "code" and cell.source.startswith("# Self-check:")
             for line in cell.source.splitlines() if line.startswith("check(")]
    assert calls == [f"check({exercise!r})" for exercise in graded]
    assert all(f"from public_checks import check" in cell.source for cell in notebook.cells
               if cell.source.startswith("# Self-check:"))


def test_a_grade_cell_must_name_an_exercise_of_the_spec():
    cells = parse_source("# %% autograde=no_such_exercise\n", "src.py")
    with pytest.raises(NotebookSourceError, match="autograde=no_such_exercise names no exercise of the spec"):
        student_notebook(cells)


def test_inline_questions_are_answer_cells_with_points():
    answers = [cell for cells in SOURCES.values() for cell in cells if cell.role == "answer"]
    assert len(answers) >= 3 and all(cell.kind == "markdown" and cell.points > 0 for cell in answers)
    assert len({cell.name for cell in answers}) == len(answers)


def test_course_build_carries_nbgrader_metadata():
    cells = SOURCES["svm"]
    notebook = course_notebook(cells, lambda exercise: (f"### BEGIN HIDDEN TESTS\n{exercise}\n### END HIDDEN TESTS", 3.0))
    marked = {cell.metadata["nbgrader"]["grade_id"]: cell.metadata["nbgrader"]
              for cell in notebook.cells if "nbgrader" in cell.metadata}
    assert marked["test_svm_loss_naive"] == {"schema_version": 3, "grade_id": "test_svm_loss_naive", "solution": False,
                                             "grade": True, "locked": True, "task": False, "points": 3.0}
    assert marked["test_LinearClassifier_train"]["grade"]
    assert marked["svm_search"] == {"schema_version": 3, "grade_id": "svm_search", "solution": True,
                                    "grade": False, "locked": False, "task": False}
    assert marked["svm_kink"]["solution"] and marked["svm_kink"]["grade"] and marked["svm_kink"]["points"] == 2.0
    assert sum("### BEGIN SOLUTION" in cell.source for cell in notebook.cells) == 3


def test_magics_are_restored_and_markdown_uncommented():
    cells = parse_source("# %% [markdown]\n# # Title\n#\n# text\n\n# %%\n# %load_ext autoreload\nx = 1  # a comment\n")
    assert [c.kind for c in cells] == ["markdown", "code"]
    assert cells[0].source == "# Title\n\ntext"
    assert cells[1].source == "%load_ext autoreload\nx = 1  # a comment"


@pytest.mark.parametrize("text, message", [
    ("x = 1\n# %%\n", "src.py:1: text before the first '# %%' cell marker"),
    ("# %% colour=red\n", "src.py:1: a cell takes one of solution, answer, autograde"),
    ("# %%[markdown]\n", "src.py:1: cannot read the cell header"),
    ("# %% [markdown] answer=q1\n# ### BEGIN SOLUTION\n# a\n# ### END SOLUTION\n", "points= goes with answer="),
    ("# %% [markdown] answer=q1 points=two\n# ### BEGIN SOLUTION\n# ### END SOLUTION\n", "points must be a number"),
    ("# %% answer=q1 points=1\n", "answer= belongs on a markdown cell"),
    ("# %%\n### BEGIN SOLUTION\nx = 1\n### END SOLUTION\n", "region may only be in a solution= or answer= cell"),
    ("# %% solution=s\n### BEGIN SOLUTION\nx = 1\n", "is never closed"),
    ("# %% solution=s\nx = 1\n", "a solution= cell needs a ### BEGIN SOLUTION"),
    ("# %% autograde=mse_loss\nx = 1\n", "leave its body empty"),
    ("# %% [markdown]\nnot a comment\n", "src.py:2: every line of a markdown cell starts with '# '"),
    ("# %%\nx = 1  # BEGIN HIDDEN TESTS\n", "is misplaced"),
    ("", "no cells"),
])
def test_bad_sources_are_refused_with_the_place(text, message):
    with pytest.raises(NotebookSourceError) as error:
        parse_source(text, "src.py")
    assert message in str(error.value) and "\n" not in str(error.value)


def test_missing_and_corrupt_notebooks_are_refused_in_one_line(tmp_path):
    with pytest.raises(NotebookSourceError, match=r"notebook .*nothing\.ipynb does not exist\.$"):
        read_notebook(tmp_path / "nothing.ipynb")
    (tmp_path / "corrupt.ipynb").write_text('{"cells": [')
    with pytest.raises(NotebookSourceError, match=r"corrupt\.ipynb is not a valid notebook: ") as error:
        read_notebook(tmp_path / "corrupt.ipynb")
    assert "\n" not in str(error.value)
    with pytest.raises(NotebookSourceError, match=r"no notebook sources \(\*\.py\) in "):
        load_sources(tmp_path / "missing")


def test_check_mode_reports_a_corrupt_notebook(tmp_path):
    for name in NAMES:
        (tmp_path / f"{name}.ipynb").write_text((ASSIGNMENT / f"{name}.ipynb").read_text())
    (tmp_path / "svm.ipynb").write_text("not json")
    problems = drift(target=tmp_path)
    assert "differs: svm.ipynb" in problems
    assert any(p.startswith("corrupt: ") and "svm.ipynb is not a valid notebook" in p for p in problems)


def test_check_mode_exit_status(monkeypatch, tmp_path, capsys):
    assert make_notebooks.main(["--check"]) == 0
    monkeypatch.setattr(make_notebooks, "SOURCE", tmp_path / "missing")
    assert make_notebooks.main(["--check"]) == 2
    assert capsys.readouterr().err.startswith("make_notebooks: no notebook sources")


def test_hints_are_opened_on_purpose_one_at_a_time():
    """Collapsed <details> blocks, Hint 1 before Hint 2 before the recipe; the softmax recipe stays finite."""
    blocks = 0
    for name, cells in SOURCES.items():
        for cell in cells:
            if cell.kind != "markdown" or "<details>" not in cell.source:
                continue
            assert cell.source.count("<details>") == cell.source.count("</details>"), f"{name}:{cell.line}"
            titles = [part.split("</b>")[0] for part in cell.source.split("<summary><b>")[1:]]
            order = [t for t in titles if t in ("Hint 1", "Hint 2", "Recipe")]
            assert order == ["Hint 1", "Hint 2", "Recipe"][: len(order)], f"{name}:{cell.line}: {titles}"
            blocks += cell.source.count("<details>")
    assert blocks >= 20
    naive = next(cell.source for cell in SOURCES["softmax"] if "## The softmax loss, with loops" in cell.source)
    recipe = naive.split("<b>Recipe</b>")[1]
    assert "`log_sum` minus the correct class's shifted score" in recipe  # log-sum-exp: finite for any scores
