"""Grade one Gradescope submission: ROOT/submission -> ROOT/results/results.json.

``run_autograder`` runs ``python -m autograder.gradescope.run --root ROOT``
from ROOT/source (the unpacked bundle). ROOT is ``/autograder`` on Gradescope.

Students may upload either

1. the ``cs231n`` package folder (alone, or inside another folder such as the
   whole ``assignment/``), as a zip or by dragging the folder; or
2. the files they wrote, flat, under their own names: ``linear_svm.py``,
   ``softmax.py``, ``linear_regression.py``, ``linear_classifier.py``,
   ``multiclass.py``, ``regularization.py`` and ``optim.py``. Each goes to its
   place in the package (``classifiers/linear_svm.py``, ...).

The package files that students do not write (``validation.py``,
``__init__.py``, ...) are taken from the starter when the upload lacks them.
The results file tells the student which files were graded and which were
not found, and which were left out because they are symbolic links or odd
files (only regular files are graded).

The results file is written before anything is printed, and Gradescope is
told to show every text as plain text (``output_format``); a failure to print
never touches it. A failure of the grader itself still writes a results file
that says so (score 0); its full traceback goes to stderr, which only the
instructor sees.
"""

import argparse
import os
import shutil
import stat
import sys
import tempfile
import traceback
from pathlib import Path

from ..checks.registry import EXERCISES
from ..engine.results import clean_text, print_safely, summary, table, write_atomically
from ..engine.runner import grade
from ..engine.sandbox import copy_python_sources
from ..rubric import RubricError, load_rubric

PACKAGE = "cs231n"
STARTER = Path(__file__).resolve().parents[2] / "assignment" / PACKAGE
# the files students write, inside the package: "classifiers/linear_svm.py", "optim.py", ...
STUDENT_FILES = sorted({exercise.relative_file for exercise in EXERCISES})
# Gradescope renders outputs as HTML or Markdown when asked to; everything here is plain text
PLAIN_TEXT = {"output_format": "text", "test_output_format": "text", "test_name_format": "text"}


def _shown(path):
    """A path of the upload as the student may see it (cleaned: names may be any bytes)."""
    return clean_text(os.fsdecode(path), 160)


def _regular_files(folder, links=None):
    """Every regular file under ``folder``, symbolic links not followed, shallowest first.

    ``links``, a list, receives the symbolic links met on the way (files and folders).
    """
    found = []
    for parent, subfolders, files in os.walk(folder):
        if links is not None:
            links += [Path(parent) / name for name in subfolders + files if (Path(parent) / name).is_symlink()]
        subfolders[:] = sorted(d for d in subfolders if not d.startswith((".", "__")))
        found += [Path(parent) / name for name in sorted(files)
                  if stat.S_ISREG(os.lstat(Path(parent) / name).st_mode)]
    return sorted(found, key=lambda path: len(path.relative_to(folder).parts))


def find_package(submission):
    """The uploaded package folder: the shallowest ``cs231n`` holding ``classifiers/``, or the top itself.

    Returns
    -------
    Path or None
        None when the upload is not laid out as a package (flat files).
    """
    if (submission / "classifiers").is_dir() and not (submission / "classifiers").is_symlink():
        return submission
    for parent, subfolders, _ in sorted(os.walk(submission), key=lambda entry: entry[0].count(os.sep)):
        candidate = Path(parent) / PACKAGE
        if PACKAGE in subfolders and not candidate.is_symlink() and (candidate / "classifiers").is_dir():
            return candidate
    return None


def _place_flat_files(submission, package):
    """Copy each uploaded module to its place in ``package``; return the notes for the student."""
    uploaded, links = {}, []
    for path in _regular_files(submission, links):
        uploaded.setdefault(path.name, path)  # the shallowest file of that name wins
    placed, missing = [], []
    for relative in STUDENT_FILES:
        source = uploaded.get(Path(relative).name)
        if source is None:
            missing.append(Path(relative).name)
            continue
        (package / relative).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, package / relative)
        placed.append(f"{_shown(source.relative_to(submission))} as {PACKAGE}/{relative}")
    notes = ["Graded your files " + ", ".join(placed) + "." if placed else "None of the expected files was found."]
    if missing:
        notes.append(f"Not found, so their checks fail: {', '.join(missing)} (upload them under exactly these names).")
    if links:
        notes.append(_links_note(_shown(link.relative_to(submission)) for link in links))
    return notes


def _links_note(names):
    names = sorted(names)
    shown = ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
    return f"Left out, because only regular files are graded: {shown} (symbolic links or odd files)."


def stage(submission, target, starter=STARTER):
    """Lay the upload out as the package ``target/cs231n``, ready for :func:`grade`.

    Parameters
    ----------
    submission : Path
        What the student uploaded (ROOT/submission).
    target : Path
        An empty folder.
    starter : Path
        The starter package: the source of the files students do not write.

    Returns
    -------
    list of str
        Sentences for the student: what was graded, what is missing.
    """
    package = target / PACKAGE
    found = find_package(submission)
    if found is not None:
        skipped = copy_python_sources(found, package)  # regular .py files only, as the sandbox does
        where = _shown(found.relative_to(submission).as_posix())
        notes = [f"Graded the {PACKAGE} package found in {'the top folder' if where == '.' else where} "
                 "of your submission."]
        if skipped:
            notes.append(_links_note(f"{_shown(relative)} ({why})" for relative, why in skipped))
    else:
        package.mkdir(parents=True)
        notes = _place_flat_files(submission, package)
    for path in _regular_files(starter):
        relative = path.relative_to(starter)
        if path.suffix == ".py" and relative.as_posix() not in STUDENT_FILES and not (package / relative).exists():
            (package / relative).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, package / relative)
    return notes


def grade_submission(root, show=True):
    """Grade ROOT/submission and write ROOT/results/results.json; returns the results document.

    The table is printed (``show``) only after the file is written, and printing cannot fail.
    """
    points, limits = load_rubric(EXERCISES)
    with tempfile.TemporaryDirectory(prefix="gradescope-") as staging:
        notes = stage(root / "submission", Path(staging))
        tests, seconds = grade(staging, EXERCISES, points, limits)
    document = summary(tests, seconds)
    document["output"] = clean_text(" ".join(notes), 4000)
    document.update(PLAIN_TEXT)
    write_atomically(root / "results" / "results.json", document)
    if show:
        print_safely(table(tests))  # after the file: a broken stdout cannot cost the student their results
    return document


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m autograder.gradescope.run",
                                     description="Grade ROOT/submission into ROOT/results/results.json.")
    parser.add_argument("--root", default=os.environ.get("AUTOGRADER_ROOT", "/autograder"),
                        help="Gradescope's root folder (default: $AUTOGRADER_ROOT or /autograder)")
    root = Path(parser.parse_args(argv).root)
    try:
        grade_submission(root)
    except Exception as error:  # Gradescope shows nothing useful without a results file: always write one
        # a rubric error is the instructor's and says what to fix; anything else is a bug, told by its type only
        what = f"{type(error).__name__}: {error}" if isinstance(error, RubricError) else type(error).__name__
        message = (f"The autograder itself failed ({clean_text(what)}); this is not a verdict on your code. "
                   "Please tell your instructor.")
        print_safely(f"run_autograder: {message}\n{traceback.format_exc()}", sys.stderr)
        write_atomically(root / "results" / "results.json", {"score": 0, "output": message, "tests": [],
                                                             **PLAIN_TEXT})
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
