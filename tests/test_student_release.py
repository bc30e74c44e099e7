"""`make student-release`: a zip a student can work from alone, holding nothing hidden.

Checked here, on the zip that `make student-release` writes:

- its one top folder holds exactly the stubs, the notebooks, the data's generator and fetch script,
  the self-checks, the README, the Makefile, collect_submission.py and requirements.txt, and the same
  sources give the same bytes; nbgrader's course gets the same files from ``copy_release``;
- nothing hidden: no file of ``autograder/`` or ``solutions/``, no line of a solution region, no
  solution or hidden-test marker, no grading bridge, rubric or kit path (and a planted leak is
  refused);
- requirements.txt pins exactly the kit's versions, for what a student needs and nothing more;
- collect_submission.py refuses, with one line and exit 2, a missing module or notebook and a broken
  notebook, writing nothing, and lists exactly the modules the kit generates;
- and, slow, the student's whole path outside the kit: `make setup` in a copy of the release creates
  a clean venv from its requirements.txt only (pip, from the registry); `make check` fails on the
  stubs and passes once the reference solution is copied in; the notebooks, with the reference's
  search cells, run top to bottom there (the toy data made on first use) with every check passing,
  every figure drawn and every self-check cell reporting, each in under a minute (the only run of the
  reference notebooks in `make test`: the release's are the reference's, cell for cell); and the zip
  `make submit` writes gets full marks (the rubric's total, what `make grade SUBMISSION=solutions`
  gives) from `make grade`, `make grade-all` and the Gradescope runner.
"""

import csv
import json
import keyword
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import nbformat
import pytest

from support.kit_paths import ASSIGNMENT, REPO, SOLUTIONS, full_marks
from tools import make_release
from tools.make_notebooks import CODE_STUB, MARKER_WORDS, TEXT_STUB, load_sources, reference_notebook
from tools.make_stubs import find_leaks as module_leaks
from tools.make_stubs import generate_package, solution_lines

NAME = "loss_functions"
NOTEBOOKS = sorted(f"{name}.ipynb" for name in load_sources())
SUPPORT = {"README.md", "Makefile", "collect_submission.py", "pytest.ini", "requirements.txt",
           "data/toy_cifar.py", "data/get_cifar10.sh"}
STUDENT_ROOTS = ("numpy", "matplotlib", "pytest", "notebook", "jupyterlab", "ipykernel", "nbclient")
KIT_ONLY = ("nbgrader", "hypothesis", "future", "import-linter", "dask", "distributed", "copydetect")


def unzip(zip_path, into):
    with zipfile.ZipFile(zip_path) as archive:
        archive.extractall(into)
        for info in archive.infolist():  # zipfile drops the permissions; restore the executable bit
            if info.external_attr >> 16 & 0o111:
                os.chmod(Path(into) / info.filename, 0o755)
    return Path(into)


@pytest.fixture(scope="module")
def release_zip(tmp_path_factory):
    """The zip as `make student-release` writes it."""
    out = tmp_path_factory.mktemp("release") / "loss_functions.zip"
    result = subprocess.run(["make", "--no-print-directory", "student-release", f"RELEASE_ZIP={out}"], cwd=REPO,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"wrote {out}" in result.stdout
    return out


@pytest.fixture(scope="module")
def released(release_zip):
    """{path inside the top folder: bytes} of the zip."""
    with zipfile.ZipFile(release_zip) as archive:
        names = [info.filename for info in archive.infolist() if not info.is_dir()]
        assert all(name.startswith(f"{NAME}/") for name in names), names
        return {name[len(NAME) + 1:]: archive.read(name) for name in names}


def kit_python_env():
    return {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "CIFAR10_DIR", "VIRTUAL_ENV")}


# --- what is in it ---------------------------------------------------------------------------------

def test_one_top_folder_with_exactly_what_a_student_needs(released):
    package = {f"cs231n/{relative}" for relative in generate_package()}
    checks = {p.relative_to(ASSIGNMENT).as_posix() for p in (ASSIGNMENT / "public_checks").glob("*.py")}
    assert set(released) == package | set(NOTEBOOKS) | SUPPORT | checks
    for relative, text in generate_package().items():
        assert released[f"cs231n/{relative}"].decode() == text, relative
    for name in NOTEBOOKS:
        assert released[name] == (ASSIGNMENT / name).read_bytes(), f"{name} differs from assignment/ (make stubs)"


def test_the_same_sources_give_the_same_zip(release_zip, tmp_path):
    again = tmp_path / "again.zip"
    assert make_release.main(["--out", str(again)]) == 0
    assert again.read_bytes() == release_zip.read_bytes()


def test_nbgrader_gets_the_same_files_from_copy_release(released, tmp_path):
    written = make_release.copy_release(tmp_path / "source", notebooks=False)
    assert sorted(written) == sorted(set(released) - set(NOTEBOOKS))
    for relative in written:
        assert (tmp_path / "source" / relative).read_bytes() == released[relative], relative
    assert os.access(tmp_path / "source" / "data" / "get_cifar10.sh", os.X_OK)


# --- nothing hidden ----------------------------------------------------------------------------------

def test_no_file_of_the_graders_or_the_solutions(released):
    hidden = {}
    for folder in (REPO / "autograder", SOLUTIONS):
        for path in folder.rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts and path.read_bytes().strip():
                hidden[path.read_bytes()] = path
    for relative, data in released.items():
        assert "autograder" not in relative and "solutions" not in relative and "rubric" not in relative
        if data in hidden:
            # only the modules students get as they are (no solution region) may equal a file of solutions/
            source = hidden[data]
            assert source.suffix == ".py" and "### BEGIN SOLUTION" not in source.read_text(), (relative, source)


def test_no_line_of_a_solution_region_and_no_hidden_word(released):
    words = MARKER_WORDS + ("nbgrader_bridge", "cs231n_reference", "rubric.toml", "grade_exercise", str(REPO))
    sources = load_sources()
    for relative, data in released.items():
        text = data.decode()
        assert not [word for word in words if word in text], relative
        if relative.startswith("cs231n/"):
            solution = (SOLUTIONS / relative).read_text()
            assert module_leaks(solution, text) == [], relative
    # every other text against every solution region's lines that no student file holds anyway
    public = {line.split("#", 1)[0].strip() for relative, data in released.items() if relative.startswith("cs231n/")
              for line in data.decode().splitlines()}
    secret = set()
    for path in (SOLUTIONS / "cs231n").rglob("*.py"):
        secret |= solution_lines(path.read_text())
    for name, cells in sources.items():
        notebook = nbformat.reads(released[f"{name}.ipynb"].decode(), as_version=4)
        student_lines = {line.strip() for cell in notebook.cells for line in cell.source.splitlines()}
        region_lines = {line.strip() for cell in cells if cell.role == "solution"
                        for line in cell.source.split("### BEGIN SOLUTION")[-1].split("### END SOLUTION")[0]
                        .splitlines() if line.strip() and not line.strip().startswith("#")}
        assert not (student_lines & region_lines), name
        secret |= region_lines
        public |= student_lines
    for relative, data in released.items():
        lines = {line.split("#", 1)[0].strip() for line in data.decode().splitlines()}
        if relative.endswith(".ipynb"):
            lines = {line.strip() for cell in json.loads(data)["cells"] for line in "".join(cell["source"]).splitlines()}
        # a line of keywords only (`continue`, `else:`) is in every program and gives nothing away
        found = {line for line in lines & (secret - public)
                 if any(not keyword.iskeyword(word) for word in re.findall(r"\w+", line))}
        assert not found, (relative, sorted(found))


def test_a_planted_leak_is_refused(released, monkeypatch, tmp_path):
    solution = (SOLUTIONS / "cs231n" / "classifiers" / "linear_svm.py").read_text()
    secret = sorted(solution_lines(solution))[0]
    planted = dict(released)
    planted["README.md"] = released["README.md"] + f"\n    {secret}\n".encode()
    assert make_release.find_leaks(planted) == [f"README.md: the solution line {secret!r}"]
    readme = tmp_path / "README.md"
    readme.write_bytes(planted["README.md"])
    monkeypatch.setitem(make_release.COPIED, "README.md", readme)
    out = tmp_path / "leaky.zip"
    assert make_release.main(["--out", str(out)]) == 2
    assert not out.exists() and not list(tmp_path.glob(".leaky.zip.*"))


@pytest.mark.parametrize("arguments, message", [
    (["--out", "{tmp}"], "is a folder; give the zip's file name"),
    (["--out", "{tmp}/file/x.zip"], "is a file, not a folder"),
    (["--out", "{tmp}/x.zip", "--name", "../up"], "cannot be the release's folder name"),
])
def test_bad_arguments_are_refused_in_one_line(arguments, message, tmp_path):
    (tmp_path / "file").write_text("")
    result = subprocess.run([sys.executable, str(REPO / "tools" / "make_release.py")]
                            + [a.replace("{tmp}", str(tmp_path)) for a in arguments],
                            capture_output=True, text=True, timeout=120, env=kit_python_env())
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and message in result.stderr, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file"]


# --- the pins ------------------------------------------------------------------------------------------

def test_requirements_are_the_kits_pins_for_what_a_student_needs(released):
    kit = make_release.read_pins(REPO / "requirements.txt")
    lines = [line for line in released["requirements.txt"].decode().splitlines() if line and not line.startswith("#")]
    pinned = [line for line in lines if ";" not in line]
    names = set()
    for line in pinned:
        name, version = line.split("==")
        key = name.lower().replace("_", "-").replace(".", "-")
        assert kit[key] == (name, version), line
        names.add(key)
    assert set(STUDENT_ROOTS) <= names and not names & set(KIT_ONLY)
    # what is not pinned is for other platforms only, with its marker
    assert all(line.split(";")[0].strip().isidentifier() or ">=" in line.split(";")[0] for line in lines
               if line not in pinned)


# --- collect_submission.py -----------------------------------------------------------------------------

def test_collect_submission_knows_every_module_and_notebook():
    sys.path.insert(0, str(ASSIGNMENT))
    try:
        import collect_submission
    finally:
        sys.path.remove(str(ASSIGNMENT))
    assert sorted(collect_submission.MODULES) == sorted(generate_package())
    assert sorted(collect_submission.NOTEBOOKS) == NOTEBOOKS


@pytest.fixture
def student_copy(release_zip, tmp_path):
    return unzip(release_zip, tmp_path) / NAME


def collect(folder, *arguments):
    return subprocess.run([sys.executable, "collect_submission.py", *arguments], cwd=folder, capture_output=True,
                          text=True, timeout=60, env=kit_python_env())


def test_collect_submission_writes_the_package_and_the_notebooks_at_the_top(student_copy):
    result = collect(student_copy)
    assert result.returncode == 0, result.stderr
    with zipfile.ZipFile(student_copy / "submission.zip") as archive:
        names = sorted(archive.namelist())
    assert names == sorted([f"cs231n/{m}" for m in generate_package()] + NOTEBOOKS)
    notes = [line.strip() for line in result.stdout.splitlines()[1:]]
    assert notes[0].startswith("note: not written yet: ") and "svm_loss_naive, svm_loss_vectorized" in notes[0], notes
    assert "note: svm.ipynb: 1 code cell(s) and 2 inline answer(s) still to write." in notes


@pytest.mark.parametrize("damage, message", [
    (lambda root: (root / "cs231n" / "optim.py").unlink(), "cs231n/optim.py is missing; put it back"),
    (lambda root: (root / "softmax.ipynb").unlink(), "softmax.ipynb is missing"),
    (lambda root: (root / "svm.ipynb").write_text('{"cells": ['), "svm.ipynb is not a valid notebook"),
    (lambda root: (root / "svm.ipynb").write_text('{"no": 1}'), "svm.ipynb is not a valid notebook"),
    (lambda root: shutil.rmtree(root / "cs231n"), "there is no cs231n/ folder"),
])
def test_collect_submission_refuses_what_is_missing_in_one_line(student_copy, damage, message):
    damage(student_copy)
    result = collect(student_copy)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and message in result.stderr, result.stderr
    assert not (student_copy / "submission.zip").exists() and not list(student_copy.glob(".submission.zip.*"))


def test_collect_submission_refuses_a_folder_as_output(student_copy):
    (student_copy / "out").mkdir()
    result = collect(student_copy, "--out", str(student_copy / "out"))
    assert result.returncode == 2 and "is a folder" in result.stderr and result.stderr.count("\n") == 1


# --- the student's whole path, outside the kit, from a clean venv --------------------------------------

def run(command, cwd, env, timeout=600):
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)


def grade(submission, results):
    result = run([sys.executable, "-m", "autograder", "grade", "--submission", str(submission), "--results",
                  str(results)], REPO, kit_python_env())
    assert result.returncode == 0, result.stdout + result.stderr
    return json.loads(Path(results).read_text())


NOTEBOOK_RUNNER = '''
import json, sys, time
import nbformat
from nbclient import NotebookClient
for path in sys.argv[1:]:
    notebook = nbformat.read(path, as_version=4)
    started, error = time.perf_counter(), None
    try:
        NotebookClient(notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": "."}}).execute()
    except Exception as exception:
        error = type(exception).__name__ + ": " + str(exception)[-400:]
    code = [c for c in notebook.cells if c.cell_type == "code"]
    outputs = [o for c in code for o in c.outputs]
    print(json.dumps({"notebook": path, "seconds": time.perf_counter() - started, "error": error,
                      "text": "".join(o.get("text", "") for o in outputs),
                      "figures": sum("image/png" in o.get("data", {}) for o in outputs),
                      "self_checks": ["".join(o.get("text", "") for o in c.outputs) for c in code
                                      if c.source.startswith("# Self-check:")]}), flush=True)
'''


def with_reference_search_cells(folder):
    """The release's notebooks with the reference's code and answers in their stub cells, nothing else changed."""
    for name, cells in load_sources().items():
        student = nbformat.read(folder / f"{name}.ipynb", as_version=4)
        reference = reference_notebook(cells)
        assert len(student.cells) == len(reference.cells), name
        for mine, theirs in zip(student.cells, reference.cells):
            if CODE_STUB in mine.source or TEXT_STUB in mine.source.splitlines():
                mine.source = theirs.source
            assert mine.source == theirs.source, f"{name}: the release's cell differs from the reference's"
        nbformat.write(student, folder / f"{name}.ipynb")


@pytest.mark.slow
def test_a_student_works_from_the_release_alone(release_zip, tmp_path):
    folder = unzip(release_zip, tmp_path / "student") / NAME
    env = {k: v for k, v in kit_python_env().items() if not k.startswith(("OPENBLAS", "OMP_", "MPL"))}
    env["PATH"] = os.pathsep.join(p for p in env["PATH"].split(os.pathsep) if not p.startswith(str(REPO)))

    # 1. set-up in one command: a clean venv from the release's own requirements.txt
    setup = run(["make", "setup", f"PYTHON={sys.executable}"], folder, env, timeout=900)
    assert setup.returncode == 0, "make setup failed:\n" + setup.stdout[-2000:] + setup.stderr[-3000:]
    venv_python = folder / ".venv" / "bin" / "python"
    probe = run([str(venv_python), "-c", "import nbgrader"], folder, env)
    assert probe.returncode != 0, "the release's venv has the kit's nbgrader: it is not clean"

    # 2. the self-checks fail on the stubs, naming what is not implemented
    checks = run(["make", "check"], folder, env)
    assert checks.returncode != 0 and "NotImplementedError" in checks.stdout, checks.stdout[-2000:]
    assert " passed" not in checks.stdout.splitlines()[-1], "a self-check passed on the untouched stubs"

    # 3. ... and pass on the reference solution copied over the stubs
    shutil.copytree(SOLUTIONS / "cs231n", folder / "cs231n", dirs_exist_ok=True,
                    ignore=shutil.ignore_patterns("__pycache__"))
    checks = run(["make", "check"], folder, env)
    assert checks.returncode == 0 and " passed" in checks.stdout, checks.stdout[-3000:]

    # 4. the notebooks run top to bottom, the toy data made on first use, every check passing, in under a minute
    assert not (folder / "data" / "toy-cifar-10-batches-py").exists()
    with_reference_search_cells(folder)
    (tmp_path / "run_notebooks.py").write_text(NOTEBOOK_RUNNER)
    ran = run([str(venv_python), str(tmp_path / "run_notebooks.py"), *NOTEBOOKS], folder, env, timeout=900)
    assert ran.returncode == 0, ran.stderr[-3000:]
    reports = {report["notebook"]: report for report in map(json.loads, ran.stdout.strip().splitlines())}
    assert sorted(reports) == NOTEBOOKS
    sources = load_sources()
    for name, report in reports.items():
        assert report["error"] is None, f"{name}: {report['error']}"
        cells = sources[name[:-len(".ipynb")]]
        expected = sum(cell.source.startswith("# Check:") for cell in cells)
        assert report["text"].count("OK: ") == expected, f"{name}: {report['text'][-1500:]}"
        assert report["figures"] >= 4, f"{name} should draw its figures; it drew {report['figures']}"
        # one self-check cell per grade cell of the course, each saying how its exercise's self-checks went
        assert len(report["self_checks"]) == sum(cell.role == "autograde" for cell in cells), name
        assert all(text.startswith("All ") and " self-checks of " in text or "has no self-checks yet" in text
                   for text in report["self_checks"]), (name, report["self_checks"])
        print(f"{name}: {report['seconds']:.1f} s in the release's venv")
        assert report["seconds"] < 60, f"{name} took {report['seconds']:.0f} s; a student should wait under a minute"
    assert "Made the toy CIFAR-10 in data/toy-cifar-10-batches-py" in "".join(r["text"] for r in reports.values())

    # 5. the submission it packages gets full marks, the same as the reference, from every way of grading
    submit = run(["make", "submit", f"PYTHON={sys.executable}"], folder, env)
    assert submit.returncode == 0, submit.stdout + submit.stderr
    # what `make grade SUBMISSION=solutions` gives (tests/autograder/test_grading_properties.py)
    full = full_marks()
    assert full > 0

    unpacked = unzip(folder / "submission.zip", tmp_path / "class" / "ada")
    assert grade(unpacked, tmp_path / "ada.json")["score"] == full

    every = run([sys.executable, "-m", "autograder", "grade-all", "--submissions", str(tmp_path / "class"),
                 "--out", str(tmp_path / "class-results"), "--jobs", "1"], REPO, kit_python_env())
    assert every.returncode == 0, every.stdout[-2000:] + every.stderr[-2000:]
    with open(tmp_path / "class-results" / "grades.csv", newline="") as stream:
        rows = {row["student"]: row for row in csv.DictReader(stream)}
    assert float(rows["ada"]["total"]) == full

    gradescope = tmp_path / "gradescope"
    unzip(folder / "submission.zip", gradescope / "submission")
    upload = run([sys.executable, "-m", "autograder.frontends.gradescope.run", "--root", str(gradescope)], REPO, kit_python_env())
    assert upload.returncode == 0, upload.stdout[-2000:] + upload.stderr[-2000:]
    assert json.loads((gradescope / "results" / "results.json").read_text())["score"] == full
