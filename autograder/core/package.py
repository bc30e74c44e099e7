"""The one rule for finding a student's package in a submission, used by every front-end.

Submissions come laid out in the ways students and tools make them:

1. the package folder (``cs231n/``) at the top of the submission, or inside
   one or two more folders (nbgrader's ``<assignment>/cs231n``, the top folder
   of an unpacked zip, the whole ``assignment/`` folder): the shallowest wins;
2. the package's contents at the top (``classifiers/linear_svm.py``, ``optim.py``);
3. the files students write, flat, under their own names (``linear_svm.py``,
   ``optim.py``, ...), anywhere: each goes to its place in the package;
4. when none of these finds anything, a single ``*.zip`` at the top of the
   submission (what students upload to Gradescope) is unpacked into the
   staging folder, safely (:func:`unpack_zip`: no path out of it, no links,
   at most ``ZIP_MAX_BYTES`` and ``ZIP_MAX_MEMBERS``), and rules 1 to 3 are
   applied to what it holds. A zip that cannot be unpacked is one sentence in
   :attr:`Found.notes`, never a traceback.

The package files students do not write (``__init__.py``, ``validation.py``)
are taken from the starter when the submission lacks them. Symbolic links are
never followed, and hidden or ``__``-prefixed folders (``__MACOSX``,
``.ipynb_checkpoints``) are not searched. What was found is said in
sentences for the student (:attr:`Found.notes`), and so is a module that is
a notebook (JSON saved under a ``.py`` name, or only a ``.ipynb`` where the
module was expected).
"""

import json
import lzma
import os
import shutil
import stat
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from ..engine.sandbox import MAX_SOURCE_BYTES, copy_python_sources
from .results import clean_text

MAX_DEPTH = 3  # cs231n at most this many folders below the submission's top
# a submission is a few hundred kB of modules and notebooks: these caps only stop a zip bomb
ZIP_MAX_BYTES = 20 * 1024 * 1024
ZIP_MAX_MEMBERS = 2000
UNPACKED, RESTAGED = "unpacked", "staged"  # folders of the staging folder a zip uses
# what reading a damaged or odd zip can raise (zipfile lets the decompressors' own errors through)
ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, RuntimeError, NotImplementedError,
              ValueError, zlib.error, lzma.LZMAError)
NOTEBOOK_HINT = "export its code as a .py module (in Jupyter: File > Save and Export Notebook As > Executable Script)"


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
    placed, missing, notebooks = [], [], []
    for relative in assignment.student_files:
        source = uploaded.get(Path(relative).name)
        if source is None:
            missing.append(Path(relative).name)
            notebook = uploaded.get(Path(relative).with_suffix(".ipynb").name)
            if notebook is not None:
                notebooks.append(f"{shown(notebook.relative_to(submission))} is a notebook, not graded in place of "
                                 f"{Path(relative).name}: {NOTEBOOK_HINT}.")
            continue
        if os.lstat(source).st_size > MAX_SOURCE_BYTES:  # the sandbox's own cap, before the grader copies it
            missing.append(f"{Path(relative).name} (over {MAX_SOURCE_BYTES // 2**20} MB)")
            continue
        (package_dir / relative).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, package_dir / relative)
        placed.append(f"{shown(source.relative_to(submission))} as {assignment.package}/{relative}")
    if not placed:
        return notebooks, False
    notes = ["Graded your files " + ", ".join(placed) + "."]
    if missing:
        notes.append(f"Not found, so their checks fail: {', '.join(missing)} (submit them under exactly these "
                     "names).")
    if links:
        notes.append(left_out_note(shown(link.relative_to(submission)) for link in links))
    return notes + notebooks, True


class _BadZip(Exception):
    """A zip that is not unpacked; the message is the end of one sentence (why)."""


def _member_parts(name):
    """The parts of a member's path inside the zip, or _BadZip if it would land outside the folder.

    Backslashes count as separators: some Windows tools write them, and ``..\\x`` must not slip through.
    """
    text = name.replace("\\", "/")
    parts = [part for part in text.split("/") if part not in ("", ".")]
    if text.startswith("/") or text[1:2] == ":" or ".." in parts:
        raise _BadZip(f"it holds {shown(name)}, a path outside its own folder")
    return parts


def _member_kind(info):
    """``"folder"``, ``"file"`` or ``"other"`` (a symbolic link or a special file) for one member."""
    if info.filename.replace("\\", "/").endswith("/"):
        return "folder"
    kind = stat.S_IFMT(info.external_attr >> 16)  # the Unix file type, when the zip was made on Unix (else 0)
    return "folder" if kind == stat.S_IFDIR else "file" if kind in (0, stat.S_IFREG) else "other"


def _check_members(members):
    """_BadZip if the zip holds too many members or too many bytes, as its own directory declares them."""
    if len(members) > ZIP_MAX_MEMBERS:
        raise _BadZip(f"it holds {len(members)} members, more than the {ZIP_MAX_MEMBERS} allowed")
    declared = sum(info.file_size for info in members)
    if declared > ZIP_MAX_BYTES:
        raise _BadZip(f"it unpacks to {declared / 2**20:.0f} MB, more than the {ZIP_MAX_BYTES / 2**20:.0f} MB "
                      "allowed")


def _extract(archive, info, path, budget):
    """Copy one member to ``path`` (a new file), counting the bytes actually written against ``budget``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with archive.open(info) as source, open(path, "xb") as target:  # "x": a repeated name is an error
        while chunk := source.read(1 << 16):
            budget["bytes"] -= len(chunk)
            if budget["bytes"] < 0:  # the declared sizes lied
                raise _BadZip(f"it unpacks to more than the {ZIP_MAX_BYTES / 2**20:.0f} MB allowed")
            target.write(chunk)


def unpack_zip(path, folder):
    """Unpack the zip at ``path`` into the new folder ``folder``, safely.

    Every member's path is checked before anything is written (no absolute
    path, no ``..``), and so are the member count and the declared sizes; the
    bytes written are counted too, in case the sizes lie. Only regular files
    and folders are made: a symbolic link or special file in the zip is left
    out, and never followed, since nothing but files and folders exists in
    ``folder``.

    Returns
    -------
    list of str
        The members left out (links and special files), as they may be shown.

    Raises
    ------
    _BadZip
        With the reason, when the zip is refused or cannot be read; ``folder`` may then hold part of it.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            _check_members(members)
            placed = [(info, _member_parts(info.filename)) for info in members]
            folder.mkdir(parents=True)
            budget, left_out = {"bytes": ZIP_MAX_BYTES}, []
            for info, parts in placed:
                kind = _member_kind(info)
                if kind == "other":
                    left_out.append(shown(info.filename))
                elif kind == "folder" or not parts:
                    folder.joinpath(*parts).mkdir(parents=True, exist_ok=True)
                else:
                    _extract(archive, info, folder.joinpath(*parts), budget)
    except ZIP_ERRORS as error:
        reason = getattr(error, "strerror", None) or str(error) or type(error).__name__
        raise _BadZip(f"it cannot be read as a zip file ({clean_text(reason, 200).rstrip('.')})") from None
    return left_out


def _top_zips(submission):
    """The ``*.zip`` files (regular files, not hidden) at the top of the submission, by name."""
    try:
        entries = sorted(os.scandir(submission), key=lambda entry: entry.name)
    except OSError:
        return []
    return [Path(entry.path) for entry in entries if entry.name.lower().endswith(".zip")
            and not entry.name.startswith(".") and entry.is_file(follow_symlinks=False)]


def _find_in_zip(submission, assignment, staging):
    """Rule 4: the package found in the one zip at the top of the submission; Found(None, notes) if none."""
    zips = _top_zips(submission)
    package = assignment.package
    if len(zips) > 1:
        names = ", ".join(shown(z.name) for z in zips[:5])
        return Found(None, [f"No {package} package was found, and the submission holds {len(zips)} zip files "
                            f"({names}), so none was unpacked: submit one."])
    if not zips:
        return Found(None)
    name = shown(zips[0].name)
    try:
        left_out = unpack_zip(zips[0], staging / UNPACKED)
    except _BadZip as refusal:
        return Found(None, [f"{name} was not unpacked because {refusal}."])
    (staging / RESTAGED).mkdir()
    inner = find(staging / UNPACKED, assignment, staging / RESTAGED, unzip=False)
    notes = [f"Unpacked {name} from your submission."]
    if left_out:
        notes.append(left_out_note(left_out))
    if inner.package_dir is None:
        return Found(None, notes + inner.notes + [f"{name} holds no {package} package."])
    return Found(inner.package_dir, notes + inner.notes, inner.skipped)


def _is_notebook(path):
    """Whether ``path`` (a regular file) holds a Jupyter notebook's JSON rather than Python."""
    try:
        with open(path, "rb") as stream:
            head = stream.read(ZIP_MAX_BYTES)
        document = json.loads(head) if head.lstrip()[:1] == b"{" else None
    except (OSError, ValueError):
        return False
    return isinstance(document, dict) and "cells" in document


def _notebook_notes(package_dir, assignment):
    """A sentence for every module of ``package_dir`` that is a notebook, or missing beside a ``.ipynb``."""
    notes = []
    for relative in assignment.student_files:
        module, notebook = package_dir / relative, (package_dir / relative).with_suffix(".ipynb")
        where = f"{assignment.package}/{relative}"
        if module.is_file() and not module.is_symlink() and _is_notebook(module):
            notes.append(f"{where} is a Jupyter notebook saved under a .py name, not a Python module: "
                         f"{NOTEBOOK_HINT}.")
        elif not module.exists() and notebook.is_file():
            notes.append(f"{where} is missing and {where[:-3]}.ipynb, a notebook, is not graded in its place: "
                         f"{NOTEBOOK_HINT}.")
    return notes


def find(submission, assignment, staging, unzip=True):
    """Find the package of a submission and make it ready to grade.

    Parameters
    ----------
    submission : Path
        The submission folder.
    assignment : Assignment
    staging : Path
        An empty folder the package may be copied into (when files must be filled in or placed, or a
        zip unpacked).
    unzip : bool
        Whether rule 4 applies (not inside an unpacked zip: a zip in a zip is not opened).

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
        notes += _notebook_notes(located, assignment)
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
        if not unzip:
            return Found(None, notes)
        in_zip = _find_in_zip(submission, assignment, staging)
        return Found(in_zip.package_dir, notes + in_zip.notes, in_zip.skipped)
    _fill_from_starter(target, assignment, _missing_starter_files(target, assignment))
    return Found(target, notes + _notebook_notes(target, assignment))
