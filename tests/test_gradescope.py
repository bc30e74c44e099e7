"""`make gradescope`: the zip follows Gradescope's specification and grades uploads as it is deployed.

The zip is unpacked as Gradescope does (into ROOT/source, keeping the
permissions it carries, with run_autograder copied to ROOT) under a temporary
ROOT standing in for /autograder; then setup.sh's permission step runs exactly
as on Gradescope (``AUTOGRADER_SETUP_STEPS=permissions``: the bundle becomes
readable by root only), and run_autograder runs as root, as Gradescope runs it.

The interpreter stands in for setup.sh's ``/autograder/venv``: a virtual
environment that other users can run (``engine_helpers.shared_python``), so
that the worker really drops to an unprivileged uid, as it does on Gradescope.
Its packages are the kit's own (setup.sh installs the same pinned versions
from PyPI; that step and the apt-get step are not run here, see the README,
which also says what a full run of setup.sh on a throwaway root gave).
Every case runs with the bundle's rubric set to ``bubblewrap`` and to
``plain`` isolation: both must give the same grades.

Before issue 10 the reference scored 0 here: the sandbox copied the worker's
own files with their 0600 mode, and the unprivileged worker could not read them.
"""

import json
import os
import shutil
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from autograder.loss_functions.exercises import EXERCISES
from autograder.engine import isolation
from support.kit_paths import ASSIGNMENT, REPO, SOLUTIONS
from support.kit_paths import full_marks

sys.path.insert(0, str(Path(__file__).parent / "engine"))
from support.engine_helpers import shared_python  # noqa: E402

pytestmark = pytest.mark.slow

STUDENT_FILES = sorted({exercise.relative_file for exercise in EXERCISES})
TOP_LEVEL = {"setup.sh", "run_autograder", "requirements.txt", "autograder", "solutions", "assignment"}
# svm_loss_vectorized forgets to average its loss over the examples
BUGGY_SVM = ("    loss = margins.sum() / num_train + reg", "    loss = margins.sum() + reg")
MODES = ("bubblewrap", "plain")
PROBE = '''

def svm_loss_naive(W, X, y, reg):
    """Reports who runs it and what it can reach, in its exception message."""
    import os
    raise ValueError(f"uid={os.getuid()} readable={os.access('__SOURCE__/autograder/loss_functions/rubric.toml', os.R_OK)}")
'''


def rubric_for(mode, folder):
    """The kit's rubric with this isolation."""
    text = (REPO / "autograder" / "loss_functions" / "rubric.toml").read_text()
    assert text.count('isolation = "auto"') == 1
    path = folder / f"rubric-{mode}.toml"
    path.write_text(text.replace('isolation = "auto"', f'isolation = "{mode}"'))
    return path


@pytest.fixture(scope="module")
def bundles(tmp_path_factory):
    """`make gradescope` once per isolation mode: {mode: zip path}, and the default zip under "auto"."""
    folder = tmp_path_factory.mktemp("bundle")
    built = {}
    for mode in ("auto", *MODES):
        path = folder / f"autograder-{mode}.zip"
        rubric = REPO / "autograder" / "loss_functions" / "rubric.toml" if mode == "auto" else rubric_for(mode, folder)
        done = subprocess.run(["make", "-s", "gradescope", f"GRADESCOPE_ZIP={path}", f"RUBRIC={rubric}"], cwd=REPO,
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stdout + done.stderr
        built[mode] = path
    return built


@pytest.fixture(scope="module")
def python():
    """setup.sh's venv as the tests can have it: an interpreter that the worker's user can run."""
    found = shared_python()
    if found is None:
        pytest.skip("no interpreter other users can run here (Debian's python3.11): the worker would keep root, "
                    "which is not how Gradescope runs it")
    if os.geteuid() != 0:
        pytest.skip("Gradescope runs run_autograder as root; these tests need root to do the same")
    return found


def unpack(bundle, root):
    """ROOT laid out as Gradescope does: source/ (the zip), run_autograder, submission/, results/."""
    with zipfile.ZipFile(bundle) as archive:
        archive.extractall(root / "source")
        for info in archive.infolist():  # extractall drops the permissions; Gradescope keeps them
            (root / "source" / info.filename).chmod(info.external_attr >> 16 & 0o777)
    shutil.copy2(root / "source" / "run_autograder", root / "run_autograder")
    (root / "submission").mkdir()
    (root / "results").mkdir()
    return root


def deploy(bundle, root):
    """Unpack, then run setup.sh's permission step exactly as Gradescope runs setup.sh (as root)."""
    unpack(bundle, root)
    done = subprocess.run(["bash", str(root / "source" / "setup.sh")], capture_output=True, text=True, timeout=60,
                          env=dict(os.environ, AUTOGRADER_ROOT=str(root), AUTOGRADER_SETUP_STEPS="permissions"))
    assert done.returncode == 0, done.stderr
    info = (root / "source" / "autograder" / "engine" / "worker_main.py").stat()
    assert stat.S_IMODE(info.st_mode) & 0o077 == 0, "setup.sh's permission step did not run"
    return root


def run_autograder(root, python, stdout=subprocess.PIPE, env=None):
    """Run ROOT/run_autograder as Gradescope would; returns (CompletedProcess, results document)."""
    environment = dict(os.environ, AUTOGRADER_ROOT=str(root), AUTOGRADER_PYTHON=python, **(env or {}))
    done = subprocess.run([str(root / "run_autograder")], cwd=root, env=environment, stdout=stdout,
                          stderr=subprocess.PIPE, text=True, timeout=300)
    return done, json.loads((root / "results" / "results.json").read_text())


def upload(root, layout, broken=False):
    """Put a submission into ROOT/submission: the package folder, nested in assignment/, or flat files."""
    submission = root / "submission"
    package = {"package": submission / "cs231n", "nested": submission / "assignment" / "cs231n"}.get(layout)
    if package is not None:
        shutil.copytree(SOLUTIONS / "cs231n", package, ignore=shutil.ignore_patterns("__pycache__"))
        svm = package / "classifiers" / "linear_svm.py"
    else:
        for relative in STUDENT_FILES:  # the files students write, under their own names, side by side
            shutil.copy(SOLUTIONS / "cs231n" / relative, submission)
        svm = submission / "linear_svm.py"
    if broken:
        old, new = BUGGY_SVM
        assert svm.read_text().count(old) == 1
        svm.write_text(svm.read_text().replace(old, new))
    return svm


def failed_exercises(results):
    return {t["name"].split(": ")[0] for t in results["tests"] if t["status"] != "passed"}


def test_zip_holds_the_grader_the_reference_and_lean_requirements_only(bundles):
    with zipfile.ZipFile(bundles["auto"]) as archive:
        names = archive.namelist()
        modes = {info.filename: info.external_attr >> 16 for info in archive.infolist()}
        requirements = archive.read("requirements.txt")
        setup = archive.read("setup.sh").decode()
    assert {name.split("/")[0] for name in names} == TOP_LEVEL
    assert all(modes[name] & stat.S_IXUSR for name in ("setup.sh", "run_autograder"))
    assert "autograder/loss_functions/rubric.toml" in names
    reference = {p.relative_to(REPO).as_posix() for p in (SOLUTIONS / "cs231n").rglob("*.py")
                 if "__pycache__" not in p.parts}
    assert reference <= set(names)
    # nothing student-specific: no stub a student fills in, no submission, no results, no cache
    starter = [n.removeprefix("assignment/cs231n/") for n in names if n.startswith("assignment/")]
    assert starter and not set(starter) & set(STUDENT_FILES)
    assert all(n.startswith("assignment/cs231n/") for n in names if n.startswith("assignment/"))
    assert not [n for n in names if "__pycache__" in n or n.endswith((".json", ".pyc", ".ipynb"))]
    assert not [n for n in names if n.startswith("data/")], "the hidden inputs need no data: none is packed"
    assert (ASSIGNMENT / "cs231n" / "validation.py").exists() and "assignment/cs231n/validation.py" in names
    # setup.sh: valid shell that installs what grading needs at the kit's pinned versions and restricts the bundle
    assert subprocess.run(["bash", "-n"], input=setup, text=True).returncode == 0
    assert '-r "$source/requirements.txt"' in setup and "AUTOGRADER_ROOT" in setup and "go-rwx" in setup
    # lean: what grading needs, at exactly the kit's pins, and none of the instructor's Jupyter or nbgrader
    pinned = dict(line.lower().split("==") for line in requirements.decode().splitlines() if "==" in line)
    kit = dict(line.lower().split("==") for line in (REPO / "requirements.txt").read_text().splitlines()
               if "==" in line and not line.startswith("#"))
    assert {"numpy", "future", "matplotlib"} <= set(pinned) and all(kit[name] == pinned[name] for name in pinned)
    assert not {"nbgrader", "notebook", "jupyterlab", "ipykernel", "pytest", "dask"} & set(pinned)


def test_zip_is_reproducible(bundles, tmp_path):
    again = tmp_path / "again.zip"
    subprocess.run([sys.executable, "-m", "autograder.frontends.gradescope.build", "--out", str(again)], cwd=REPO,
                   check=True, capture_output=True)
    assert again.read_bytes() == bundles["auto"].read_bytes()


def test_setup_sh_refuses_an_unknown_step(bundles, tmp_path):
    root = unpack(bundles["auto"], tmp_path / "autograder")
    done = subprocess.run(["bash", str(root / "source" / "setup.sh")], capture_output=True, text=True, timeout=30,
                          env=dict(os.environ, AUTOGRADER_ROOT=str(root), AUTOGRADER_SETUP_STEPS="reboot"))
    assert done.returncode == 2 and "unknown step reboot" in done.stderr


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("layout, broken", [("package", False), ("flat", True)], ids=["package-correct", "flat-broken"])
def test_run_autograder_grades_the_upload_as_deployed(bundles, python, tmp_path, mode, layout, broken):
    if mode == "bubblewrap" and not isolation.bubblewrap_works():
        pytest.skip("bubblewrap cannot run here")
    root = deploy(bundles[mode], tmp_path / "autograder")
    upload(root, layout, broken)
    done, results = run_autograder(root, python)
    assert done.returncode == 0, done.stderr
    assert {"score", "max_score", "execution_time", "tests", "output", "output_format"} <= set(results)
    assert results["output_format"] == "text" and results["test_output_format"] == "text"
    assert results["score"] == pytest.approx(sum(t["score"] for t in results["tests"]))
    assert len(results["tests"]) == sum(len(e.checks) for e in EXERCISES)
    if broken:
        assert failed_exercises(results) == {"svm_loss_vectorized"}, failed_exercises(results)
        assert results["score"] < results["max_score"]
    else:
        assert failed_exercises(results) == set() and results["score"] == results["max_score"] == full_marks()
    expected = "package found in cs231n" if layout == "package" else "linear_svm.py as cs231n/classifiers/linear_svm.py"
    assert expected in results["output"]


@pytest.mark.parametrize("mode", MODES)
def test_the_worker_is_unprivileged_and_cannot_read_the_bundle(bundles, python, tmp_path, mode):
    if mode == "bubblewrap" and not isolation.bubblewrap_works():
        pytest.skip("bubblewrap cannot run here")
    root = deploy(bundles[mode], tmp_path / "autograder")
    svm = upload(root, "flat")
    svm.write_text(svm.read_text() + PROBE.replace("__SOURCE__", str(root / "source")))
    _, results = run_autograder(root, python)
    said = next(t["output"] for t in results["tests"] if t["name"].startswith("svm_loss_naive: "))
    uid = int(said.split("uid=")[1].split()[0])
    assert uid != 0, said
    assert "readable=False" in said, f"the worker could read the graders: {said}"
    assert "svm_loss_naive" in failed_exercises(results) <= {"svm_loss_naive", "svm_loss_vectorized"}


MISSING = {"one_vs_all_predict", "one_vs_one_predict"}  # the exercises of multiclass.py
LINKED = {"softmax_loss_naive", "softmax_loss_vectorized"}  # the exercises of softmax.py


@pytest.fixture(scope="module")
def flat_missing_and_linked(bundles, python, tmp_path_factory):
    """One flat upload graded as deployed: multiclass.py missing, softmax.py a symbolic link to the reference's.

    The two files' exercises are disjoint; each test below checks that its own file fails exactly its own
    exercises and that the rest of the grading (every other exercise) passes.
    """
    root = deploy(bundles["auto"], tmp_path_factory.mktemp("flat-missing-and-linked"))
    upload(root, "flat")
    (root / "submission" / "multiclass.py").unlink()
    (root / "submission" / "softmax.py").unlink()
    (root / "submission" / "softmax.py").symlink_to(root / "source" / "solutions" / "cs231n" / "classifiers" /
                                                    "softmax.py")
    return run_autograder(root, python)[1]


def test_nested_folder_and_missing_files(bundles, python, tmp_path, flat_missing_and_linked):
    """The whole assignment/ folder is found; in a flat upload, a missing file fails only its exercises.

    (With the other two layout cases above, every layout is graded correct and broken at least once.)
    """
    root = deploy(bundles["auto"], tmp_path / "nested")
    upload(root, "nested", broken=True)
    _, results = run_autograder(root, python)
    assert failed_exercises(results) == {"svm_loss_vectorized"} and "found in assignment/cs231n" in results["output"]

    results = flat_missing_and_linked  # the same upload also has softmax.py as a link (the next test)
    assert failed_exercises(results) - LINKED == MISSING, failed_exercises(results)
    assert "Not found, so their checks fail: multiclass.py" in results["output"]


def test_symbolic_links_in_the_upload_are_left_out_and_named(flat_missing_and_linked):
    results = flat_missing_and_linked  # the same upload also lacks multiclass.py (the test above)
    assert failed_exercises(results) - MISSING == LINKED, failed_exercises(results)
    assert "Left out, because only regular files are graded: softmax.py" in results["output"]


def test_printing_cannot_change_the_results(bundles, python, tmp_path):
    """stdout closed, or unable to encode what a student's message holds: the results file is the grader's."""
    root = deploy(bundles["auto"], tmp_path / "print")
    svm = upload(root, "flat")
    svm.write_text(svm.read_text() + "\n\ndef svm_loss_naive(W, X, y, reg):\n"
                   "    raise ValueError('\\u2603 \\x1b[2J\\x1b[H total 105.5 / 105.5 \\udcff')\n")
    done, results = run_autograder(root, python, env={"PYTHONIOENCODING": "ascii:strict"})
    assert done.returncode == 0, done.stderr
    assert "svm_loss_naive" in failed_exercises(results) <= {"svm_loss_naive", "svm_loss_vectorized"}
    text = json.dumps(results, ensure_ascii=False)
    assert "\x1b" not in text and "\udcff" not in text and "\u2603" in text
    first = results["score"]
    (root / "results" / "results.json").unlink()
    closed = subprocess.run(f'"{root}/run_autograder" >&-', shell=True, cwd=root, capture_output=True, text=True,
                            env=dict(os.environ, AUTOGRADER_ROOT=str(root), AUTOGRADER_PYTHON=python), timeout=300)
    assert closed.returncode == 0, closed.stderr
    assert json.loads((root / "results" / "results.json").read_text())["score"] == first


def test_a_failing_grader_still_writes_results(bundles, python, tmp_path):
    """Gradescope shows nothing useful without results.json: an internal failure writes one that says so."""
    root = deploy(bundles["auto"], tmp_path / "autograder")
    upload(root, "package")
    (root / "source" / "autograder" / "loss_functions" / "rubric.toml").write_text("[limits]\ncall_timeout = -1\n")
    done, results = run_autograder(root, python)
    assert done.returncode == 1
    assert results["score"] == 0 and results["tests"] == [] and results["output_format"] == "text"
    assert "The autograder itself failed" in results["output"] and "call_timeout" in results["output"]
    assert "Traceback" in done.stderr and "Traceback" not in results["output"]
