"""`make gradescope`: the zip follows Gradescope's specification and grades uploads in both layouts.

The zip is unpacked as Gradescope does (into ROOT/source, with run_autograder
copied to ROOT), under a temporary ROOT standing in for /autograder, and
run_autograder grades ROOT/submission with the kit's interpreter (setup.sh
installs packages, so it is only checked, not run).
"""

import json
import os
import shutil
import stat
import subprocess
import sys
import zipfile

import pytest

from autograder.checks.registry import EXERCISES
from kit_paths import ASSIGNMENT, REPO, SOLUTIONS

pytestmark = pytest.mark.slow

STUDENT_FILES = sorted({exercise.relative_file for exercise in EXERCISES})
TOP_LEVEL = {"setup.sh", "run_autograder", "requirements.txt", "autograder", "solutions", "assignment", "data"}
# svm_loss_vectorized forgets to average its loss over the examples
BUGGY_SVM = ("    loss = margins.sum() / num_train + reg", "    loss = margins.sum() + reg")


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    """`make gradescope` into a temporary file; returns the zip's path."""
    path = tmp_path_factory.mktemp("bundle") / "autograder.zip"
    done = subprocess.run(["make", "-s", "gradescope", f"GRADESCOPE_ZIP={path}"], cwd=REPO,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    return path


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


def run_autograder(root):
    """Run ROOT/run_autograder as Gradescope would; returns (CompletedProcess, results document)."""
    environment = dict(os.environ, AUTOGRADER_ROOT=str(root), AUTOGRADER_PYTHON=sys.executable)
    done = subprocess.run([str(root / "run_autograder")], cwd=root, env=environment, capture_output=True,
                          text=True, timeout=300)
    return done, json.loads((root / "results" / "results.json").read_text())


def upload(root, layout, broken):
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


def test_zip_holds_the_grader_the_reference_and_the_data_generator_only(bundle):
    with zipfile.ZipFile(bundle) as archive:
        names = archive.namelist()
        modes = {info.filename: info.external_attr >> 16 for info in archive.infolist()}
        requirements = archive.read("requirements.txt")
        setup = archive.read("setup.sh").decode()
    assert {name.split("/")[0] for name in names} == TOP_LEVEL
    assert all(modes[name] & stat.S_IXUSR for name in ("setup.sh", "run_autograder"))
    assert requirements == (REPO / "requirements.txt").read_bytes()
    assert "autograder/rubric.toml" in names and "data/toy_cifar.py" in names
    reference = {p.relative_to(REPO).as_posix() for p in (SOLUTIONS / "cs231n").rglob("*.py")
                 if "__pycache__" not in p.parts}
    assert reference <= set(names)
    # nothing student-specific: no stub a student fills in, no submission, no results, no cache
    starter = [n.removeprefix("assignment/cs231n/") for n in names if n.startswith("assignment/")]
    assert starter and not set(starter) & set(STUDENT_FILES)
    assert all(n.startswith("assignment/cs231n/") for n in names if n.startswith("assignment/"))
    assert not [n for n in names if "__pycache__" in n or n.endswith((".json", ".pyc", ".ipynb"))]
    assert [n for n in names if n.startswith("data/")] == ["data/toy_cifar.py"]
    assert (ASSIGNMENT / "cs231n" / "validation.py").exists() and "assignment/cs231n/validation.py" in names
    # setup.sh: valid shell that installs the kit's pinned requirements
    assert subprocess.run(["bash", "-n"], input=setup, text=True).returncode == 0
    assert '-r "$source/requirements.txt"' in setup and "AUTOGRADER_ROOT" in setup


def test_zip_is_reproducible(bundle, tmp_path):
    again = tmp_path / "again.zip"
    subprocess.run([sys.executable, "-m", "autograder.gradescope.build", "--out", str(again)], cwd=REPO,
                   check=True, capture_output=True)
    assert again.read_bytes() == bundle.read_bytes()


@pytest.mark.parametrize("layout", ["package", "flat"])
@pytest.mark.parametrize("broken", [False, True], ids=["correct", "broken"])
def test_run_autograder_grades_the_upload(bundle, tmp_path, layout, broken):
    root = unpack(bundle, tmp_path / "autograder")
    upload(root, layout, broken)
    done, results = run_autograder(root)
    assert done.returncode == 0, done.stderr
    assert {"score", "max_score", "execution_time", "tests", "output"} <= set(results)
    assert results["score"] == pytest.approx(sum(t["score"] for t in results["tests"]))
    assert len(results["tests"]) == sum(len(e.checks) for e in EXERCISES)
    failed = {t["name"].split(": ")[0] for t in results["tests"] if t["status"] != "passed"}
    if broken:
        assert failed == {"svm_loss_vectorized"}, failed
        assert results["score"] < results["max_score"]
    else:
        assert failed == set() and results["score"] == results["max_score"] == 105.5
    expected = "package found in cs231n" if layout == "package" else "linear_svm.py as cs231n/classifiers/linear_svm.py"
    assert expected in results["output"]


def test_nested_folder_and_missing_files(bundle, tmp_path):
    """The whole assignment/ folder is found; in a flat upload, a missing file fails only its exercises."""
    root = unpack(bundle, tmp_path / "nested")
    upload(root, "nested", broken=False)
    _, results = run_autograder(root)
    assert results["score"] == results["max_score"] and "found in assignment/cs231n" in results["output"]

    root = unpack(bundle, tmp_path / "flat")
    upload(root, "flat", broken=False)
    (root / "submission" / "multiclass.py").unlink()
    _, results = run_autograder(root)
    failed = {t["name"].split(": ")[0] for t in results["tests"] if t["status"] != "passed"}
    assert failed == {"one_vs_all_predict", "one_vs_one_predict"}
    assert "Not found, so their checks fail: multiclass.py" in results["output"]


def test_a_failing_grader_still_writes_results(bundle, tmp_path):
    """Gradescope shows nothing useful without results.json: an internal failure writes one that says so."""
    root = unpack(bundle, tmp_path / "autograder")
    upload(root, "package", broken=False)
    (root / "source" / "autograder" / "rubric.toml").write_text("[limits]\ncall_timeout = -1\n")
    done, results = run_autograder(root)
    assert done.returncode == 1
    assert results["score"] == 0 and results["tests"] == []
    assert "The autograder itself failed" in results["output"] and "call_timeout" in results["output"]
