"""The one rule for finding a student's package (``autograder/core/package.py``) on real-world folders.

Most tests call ``package.find`` directly (no grading, fast): the layouts
nbgrader and students make, zips unpacked safely (path escapes, links and
oversized or broken archives refused with one sentence), notebooks where a
module was expected. Two grade the reference end to end, from a zip and from
nbgrader's layout, to show that what is found gets full marks.
"""

import shutil
import stat
import zipfile
from pathlib import Path

import pytest

from autograder.core import package as packages
from autograder.core.rubric import load_rubric
from autograder.core.runner import grade_submission
from autograder.loss_functions.exercises import ASSIGNMENT
from support.kit_paths import SOLUTIONS, full_marks

REFERENCE = SOLUTIONS / "cs231n"
SVM = "classifiers/linear_svm.py"
NOTEBOOK_JSON = '{"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}\n'


def reference_files():
    """(path inside the package, file) for every module of the reference."""
    return [(path.relative_to(REFERENCE).as_posix(), path) for path in sorted(REFERENCE.rglob("*.py"))
            if "__pycache__" not in path.parts]


def zip_reference(path, prefix="cs231n/"):
    """A zip of the reference package, every member's name starting with ``prefix``."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for relative, source in reference_files():
            archive.write(source, prefix + relative)
    return path


def find(submission, tmp_path):
    """``package.find`` with a fresh staging folder."""
    staging = tmp_path / "staging"
    staging.mkdir()
    return packages.find(submission, ASSIGNMENT, staging)


def assert_is_reference(package_dir):
    for relative, source in reference_files():
        assert (Path(package_dir) / relative).read_bytes() == source.read_bytes(), relative


def test_nbgrader_layout_is_found_two_levels_down(tmp_path):
    """nbgrader collects ``<student>/<assignment>/cs231n`` beside the notebooks: the package is found there."""
    student = tmp_path / "ada"
    shutil.copytree(REFERENCE, student / "loss_functions" / "cs231n")
    (student / "loss_functions" / "svm.ipynb").write_text(NOTEBOOK_JSON)
    (student / "loss_functions" / "timestamp.txt").write_text("2026-01-01 00:00:00\n")
    found = find(student, tmp_path)
    assert found.package_dir == student / "loss_functions" / "cs231n"
    assert found.notes == ["Graded the cs231n package found in loss_functions/cs231n of your submission."]


def test_flat_files_are_placed_in_the_package(tmp_path):
    submission = tmp_path / "ada"
    submission.mkdir()
    shutil.copyfile(REFERENCE / SVM, submission / "linear_svm.py")
    shutil.copyfile(REFERENCE / "optim.py", submission / "optim.py")
    found = find(submission, tmp_path)
    assert (found.package_dir / SVM).read_bytes() == (REFERENCE / SVM).read_bytes()
    assert (found.package_dir / "optim.py").read_bytes() == (REFERENCE / "optim.py").read_bytes()
    assert found.notes[0].startswith("Graded your files linear_svm.py as cs231n/classifiers/linear_svm.py")
    assert "Not found, so their checks fail:" in found.notes[1] and "softmax.py" in found.notes[1]


@pytest.mark.parametrize("prefix", ["cs231n/", "submission/cs231n/", ""])
def test_a_zip_is_unpacked_and_its_package_found(tmp_path, prefix):
    """The package at the zip's top, inside its top folder, or the package's contents at its top."""
    submission = tmp_path / "ada"
    submission.mkdir()
    zip_reference(submission / "cs231n.zip", prefix)
    found = find(submission, tmp_path)
    assert found.package_dir is not None, found.notes
    assert Path(found.package_dir).is_relative_to(tmp_path / "staging")  # unpacked in staging, never beside
    assert_is_reference(found.package_dir)
    assert found.notes[0] == "Unpacked cs231n.zip from your submission."
    assert sorted(p.name for p in submission.iterdir()) == ["cs231n.zip"]


def test_a_package_beside_a_zip_wins(tmp_path):
    """The zip is a last resort: a package found otherwise is graded, the zip left alone."""
    submission = tmp_path / "ada"
    shutil.copytree(REFERENCE, submission / "cs231n")
    (submission / "old.zip").write_bytes(b"not a zip")
    found = find(submission, tmp_path)
    assert found.package_dir == submission / "cs231n" and found.notes == []


@pytest.mark.parametrize("name", ["../escape.py", "cs231n/../../escape.py", "/tmp/escape.py", "..\\escape.py",
                                  "C:/escape.py"])
def test_a_zip_member_outside_the_folder_refuses_the_zip(tmp_path, name):
    submission = tmp_path / "mallory"
    submission.mkdir()
    zip_reference(submission / "cs231n.zip")
    with zipfile.ZipFile(submission / "cs231n.zip", "a") as archive:
        archive.writestr(name, "print('out')\n")
    found = find(submission, tmp_path)
    assert found.package_dir is None
    assert found.notes == [f"cs231n.zip was not unpacked because it holds {name}, a path outside its own folder."]
    assert not list(tmp_path.rglob("escape.py"))
    assert not (tmp_path / "staging" / "unpacked").exists()  # refused before anything was written


def test_a_symbolic_link_in_a_zip_is_left_out_not_made(tmp_path):
    submission = tmp_path / "mallory"
    submission.mkdir()
    zip_reference(submission / "cs231n.zip")
    link = zipfile.ZipInfo("cs231n/classifiers/evil.py")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    with zipfile.ZipFile(submission / "cs231n.zip", "a") as archive:
        archive.writestr(link, str(SOLUTIONS / "cs231n" / "optim.py"))
    found = find(submission, tmp_path)
    assert found.package_dir is not None
    assert not [p for p in (tmp_path / "staging").rglob("*") if p.is_symlink()]
    assert not (Path(found.package_dir) / "classifiers" / "evil.py").exists()
    assert any("Left out" in note and "cs231n/classifiers/evil.py" in note for note in found.notes), found.notes


def test_an_oversized_zip_is_refused(tmp_path):
    """21 MB of zeros compress to kilobytes: the declared size is checked before anything is unpacked."""
    submission = tmp_path / "bomb"
    submission.mkdir()
    with zipfile.ZipFile(submission / "cs231n.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("cs231n/optim.py", b"\0" * (21 * 2**20))
    assert (submission / "cs231n.zip").stat().st_size < 2**20
    found = find(submission, tmp_path)
    assert found.package_dir is None
    assert found.notes == ["cs231n.zip was not unpacked because it unpacks to 21 MB, more than the 20 MB allowed."]


def test_a_zip_whose_sizes_lie_is_stopped_while_unpacking(tmp_path):
    """Sizes declared small but bytes written past the cap: the count of bytes written stops it."""
    archive_path = tmp_path / "lies.zip"
    with zipfile.ZipFile(archive_path, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("cs231n/optim.py", b"x" * 1000)
    budget = {"bytes": 10}
    with zipfile.ZipFile(archive_path) as archive:
        with pytest.raises(packages._BadZip, match="more than the 20 MB allowed"):
            packages._extract(archive, archive.infolist()[0], tmp_path / "out" / "optim.py", budget)


def test_a_zip_with_too_many_members_is_refused(tmp_path):
    submission = tmp_path / "many"
    submission.mkdir()
    with zipfile.ZipFile(submission / "cs231n.zip", "w") as archive:
        for index in range(packages.ZIP_MAX_MEMBERS + 1):
            archive.writestr(f"cs231n/junk/{index}.txt", "")
    found = find(submission, tmp_path)
    assert found.package_dir is None
    assert found.notes == [f"cs231n.zip was not unpacked because it holds {packages.ZIP_MAX_MEMBERS + 1} members, "
                           f"more than the {packages.ZIP_MAX_MEMBERS} allowed."]


@pytest.mark.parametrize("content", [b"", b"PK\x03\x04 truncated", b"plain text"])
def test_a_broken_zip_is_one_sentence(tmp_path, content):
    submission = tmp_path / "ada"
    submission.mkdir()
    (submission / "cs231n.zip").write_bytes(content)
    found = find(submission, tmp_path)
    assert found.package_dir is None
    [note] = found.notes
    assert note.startswith("cs231n.zip was not unpacked because it cannot be read as a zip file (")
    assert note.endswith(").") and "\n" not in note


def test_two_zips_are_not_guessed_between(tmp_path):
    submission = tmp_path / "ada"
    submission.mkdir()
    zip_reference(submission / "a.zip")
    zip_reference(submission / "b.zip")
    found = find(submission, tmp_path)
    assert found.package_dir is None
    assert found.notes == ["No cs231n package was found, and the submission holds 2 zip files (a.zip, b.zip), "
                           "so none was unpacked: submit one."]


def test_a_zip_in_a_zip_is_not_opened(tmp_path):
    inner = zip_reference(tmp_path / "inner.zip")
    submission = tmp_path / "ada"
    submission.mkdir()
    with zipfile.ZipFile(submission / "outer.zip", "w") as archive:
        archive.write(inner, "inner.zip")
    found = find(submission, tmp_path)
    assert found.package_dir is None
    assert found.notes == ["Unpacked outer.zip from your submission.", "outer.zip holds no cs231n package."]


def test_a_notebook_saved_as_a_module_is_named(tmp_path):
    submission = tmp_path / "ada"
    shutil.copytree(REFERENCE, submission / "cs231n")
    (submission / "cs231n" / SVM).write_text(NOTEBOOK_JSON)
    (submission / "cs231n" / "classifiers" / "softmax.py").unlink()
    (submission / "cs231n" / "classifiers" / "softmax.ipynb").write_text(NOTEBOOK_JSON)
    notes = find(submission, tmp_path).notes
    assert len(notes) == 2, notes
    assert notes[0].startswith("cs231n/classifiers/linear_svm.py is a Jupyter notebook saved under a .py name")
    assert notes[1].startswith("cs231n/classifiers/softmax.py is missing and cs231n/classifiers/softmax.ipynb, "
                               "a notebook, is not graded in its place")


def test_a_flat_notebook_where_a_module_was_expected_is_named(tmp_path):
    submission = tmp_path / "ada"
    submission.mkdir()
    shutil.copyfile(REFERENCE / "optim.py", submission / "optim.py")
    (submission / "linear_svm.ipynb").write_text(NOTEBOOK_JSON)
    notes = find(submission, tmp_path).notes
    assert any(note.startswith("linear_svm.ipynb is a notebook, not graded in place of linear_svm.py")
               for note in notes), notes


@pytest.mark.slow
def test_a_zipped_reference_gets_full_marks_and_a_bad_zip_a_sentence(tmp_path):
    """End to end: the grade of a zip's package, and a refused zip's sentence in the report (found is False)."""
    rubric = load_rubric(ASSIGNMENT)
    good = tmp_path / "good"
    good.mkdir()
    zip_reference(good / "submission.zip", "loss_functions/cs231n/")
    report = grade_submission(good, rubric)
    assert report.found and report.score == full_marks(), [t.output for t in report.tests if t.score == 0][:3]
    assert report.notes[0] == "Unpacked submission.zip from your submission."
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "cs231n.zip").write_bytes(b"PK\x03\x04 truncated")
    report = grade_submission(bad, rubric)
    assert not report.found and report.score == 0
    assert report.notes[0].startswith("cs231n.zip was not unpacked because it cannot be read as a zip file")
    assert "cs231n.zip was not unpacked" in report.document()["output"]


def test_an_oversized_flat_module_is_not_copied_by_the_grader(tmp_path):
    """A flat upload's module over the sandbox's per-file cap is named, never copied into the staging folder."""
    from autograder.core.package import find
    from autograder.engine.sandbox import MAX_SOURCE_BYTES
    from autograder.loss_functions.exercises import ASSIGNMENT

    upload = tmp_path / "upload"
    upload.mkdir()
    with open(upload / "linear_svm.py", "wb") as big:
        big.truncate(MAX_SOURCE_BYTES + 1)  # sparse: costs no disk
    (upload / "optim.py").write_text("x = 1\n")
    staging = tmp_path / "staging"
    staging.mkdir()
    found = find(upload, ASSIGNMENT, staging)
    assert found.package_dir is not None and not (found.package_dir / "classifiers" / "linear_svm.py").exists()
    assert (found.package_dir / "optim.py").read_text() == "x = 1\n"
    assert any("linear_svm.py (over 2 MB)" in note for note in found.notes), found.notes
