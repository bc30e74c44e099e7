"""The one rule for finding a student's package in a submission, used by every front-end.

Submissions come laid out in the ways students and tools make them:

1. the package folder (``cs231n/``) at the top of the submission, or inside
   one or two more folders (nbgrader's ``<assignment>/cs231n``, the top folder
   of an unpacked zip, the whole ``assignment/`` folder): the shallowest wins;
2. the package's contents at the top (``classifiers/linear_svm.py``, ``optim.py``);
3. the files students write, flat, under their own names (``linear_svm.py``,
   ``optim.py``, ...), anywhere: each goes to its place in the package.

The package files students do not write (``__init__.py``, ``validation.py``)
are taken from the starter when the submission lacks them. Symbolic links are
never followed, and hidden or ``__``-prefixed folders (``__MACOSX``,
``.ipynb_checkpoints``) are not searched. What was found is said in
sentences for the student (:attr:`Found.notes`).
"""

import os
import shutil
import stat
from dataclasses import dataclass, field
from pathlib import Path

from ..engine.sandbox import copy_python_sources
from .results import clean_text

MAX_DEPTH = 3  # cs231n at most this many folders below the submission's top


class Refused(Exception):
    """A submission that is not graded at all; the message is one sentence for the feedback."""


@dataclass
class Found:
    """Where a submission's package is, ready to grade.

    Attributes
    ----------
    package_dir : Path or None
        The folder to grade (the student's own, or a staged copy); None when nothing was found.
    notes : list of str
        Sentences for the student: where the package was found, what was filled in or is missing.
    skipped : list of (str, str)
        Files left out while staging: (path inside the package, why), as ``copy_python_sources`` says.
    """

    package_dir: object = None
    notes: list = field(default_factory=list)
    skipped: list = field(default_factory=list)


def shown(path):
    """A path of the submission as the student may see it (cleaned: names may be any bytes)."""
    return clean_text(os.fsdecode(path), 160)


def left_out_note(names):
    """One sentence naming the files left out because they are not regular files."""
    names = sorted(names)
    listed = ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
    return f"Left out, because only regular files are graded: {listed} (symbolic links or odd files)."


def _searchable(name):
    return not name.startswith((".", "__"))


def _is_folder(path):
    return path.is_dir() and not path.is_symlink()


def _package_folders(submission, package):
    """Folders named ``package`` under ``submission``, shallowest first (links not followed)."""
    found, level = [], [submission]
    for _ in range(MAX_DEPTH):
        below = []
        for folder in level:
            try:
                names = sorted(entry.name for entry in os.scandir(folder) if entry.is_dir(follow_symlinks=False))
            except OSError:
                continue
            found += [folder / name for name in names if name == package]
            below += [folder / name for name in names if name != package and _searchable(name)]
        if found:
            return found
        level = below
    return found


def _holds_contents(folder, assignment):
    """Whether ``folder`` is laid out as the package: a module or a sub-folder of it at its place.

    A package's folder (``classifiers/``) counts even when empty: its checks then name each missing module.
    """
    nested = [f for f in assignment.student_files if "/" in f] or list(assignment.student_files)
    if any((folder / relative).is_file() and not (folder / relative).is_symlink() for relative in nested):
        return True
    return any(_is_folder(folder / relative.split("/")[0]) for relative in nested if "/" in relative)


def _refuse_linked_folders(candidate, submission, assignment):
    """Refused if a folder of the package (``classifiers``) in ``candidate`` is a symbolic link."""
    for first in sorted({relative.split("/")[0] for relative in assignment.student_files if "/" in relative}):
        if (candidate / first).is_symlink():
            where = "" if candidate == submission else f"{shown(candidate.relative_to(submission).as_posix())}/"
            raise Refused(f"{where}{first} in the submission is a symbolic link, which is not graded; submit "
                          "the folder itself.")


def locate(submission, assignment):
    """The package folder in a submission by rules 1 and 2, or None (flat files or nothing).

    Raises
    ------
    Refused
        If the submission folder, or the package folder found in it, is a symbolic link.
    """
    submission = Path(submission)
    package = assignment.package
    if submission.is_symlink():
        raise Refused(f"the submission folder {shown(submission.name)} is a symbolic link, which is not graded; "
                      "submit the folder itself.")
    if (submission / package).is_symlink():
        raise Refused(f"{package} in the submission is a symbolic link, which is not graded; submit the folder "
                      "itself.")
    for candidate in _package_folders(submission, package) + [submission]:
        _refuse_linked_folders(candidate, submission, assignment)
        if _holds_contents(candidate, assignment):
            return candidate
    return None


def _regular_files(folder, links=None):
    """Every regular file under ``folder``, links not followed, shallowest first.

    ``links``, a list, receives the symbolic links met on the way (files and folders).
    """
    found = []
    for parent, subfolders, files in os.walk(folder):
        if links is not None:
            links += [Path(parent) / name for name in subfolders + files if (Path(parent) / name).is_symlink()]
        subfolders[:] = sorted(d for d in subfolders if _searchable(d) and not (Path(parent) / d).is_symlink())
        found += [Path(parent) / name for name in sorted(files)
                  if stat.S_ISREG(os.lstat(Path(parent) / name).st_mode)]
    return sorted(found, key=lambda path: len(path.relative_to(folder).parts))


def _missing_starter_files(package_dir, assignment):
    """The starter's modules (not written by students) that ``package_dir`` lacks."""
    starter = Path(assignment.starter)
    if not starter.is_dir():
        return []
    written = set(assignment.student_files)
    return [path.relative_to(starter) for path in _regular_files(starter)
            if path.suffix == ".py" and path.relative_to(starter).as_posix() not in written
            and not (package_dir / path.relative_to(starter)).exists()]


def _fill_from_starter(package_dir, assignment, missing):
    for relative in missing:
        (package_dir / relative).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(Path(assignment.starter) / relative, package_dir / relative)


def _place_flat_files(submission, package_dir, assignment):
    """Copy each module found flat in the submission to its place; returns (notes, anything placed)."""
    uploaded, links = {}, []
    for path in _regular_files(submission, links):
        uploaded.setdefault(path.name, path)  # the shallowest file of that name wins
    placed, missing = [], []
    for relative in assignment.student_files:
        source = uploaded.get(Path(relative).name)
        if source is None:
            missing.append(Path(relative).name)
            continue
        (package_dir / relative).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, package_dir / relative)
        placed.append(f"{shown(source.relative_to(submission))} as {assignment.package}/{relative}")
    if not placed:
        return [], False
    notes = ["Graded your files " + ", ".join(placed) + "."]
    if missing:
        notes.append(f"Not found, so their checks fail: {', '.join(missing)} (submit them under exactly these "
                     "names).")
    if links:
        notes.append(left_out_note(shown(link.relative_to(submission)) for link in links))
    return notes, True


def find(submission, assignment, staging):
    """Find the package of a submission and make it ready to grade.

    Parameters
    ----------
    submission : Path
        The submission folder.
    assignment : Assignment
    staging : Path
        An empty folder the package may be copied into (when files must be filled in or placed).

    Returns
    -------
    Found

    Raises
    ------
    Refused
        If the submission, or its package, is a symbolic link.
    """
    submission, staging = Path(submission), Path(staging)
    package = assignment.package
    located = locate(submission, assignment)
    if located is not None:
        where = located.relative_to(submission).as_posix()
        notes = [] if where == package else [
            f"Graded the {package} package found in "
            f"{'the top folder' if where == '.' else shown(where)} of your submission."]
        missing = _missing_starter_files(located, assignment)
        if not missing:
            return Found(located, notes)
        target = staging / package
        skipped = copy_python_sources(located, target)
        _fill_from_starter(target, assignment, missing)
        if skipped:
            notes.append(left_out_note(f"{shown(relative)} ({why})" for relative, why in skipped))
        return Found(target, notes, skipped)
    target = staging / package
    target.mkdir(parents=True)
    notes, placed = _place_flat_files(submission, target, assignment)
    if not placed:
        return Found(None)  # every check then says so, in one sentence
    _fill_from_starter(target, assignment, _missing_starter_files(target, assignment))
    return Found(target, notes)
