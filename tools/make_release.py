"""Build the students' release: one folder that holds everything a student needs, and nothing hidden.

CS231n hands out a zip whose one top folder is the whole assignment; ``make
student-release`` writes the same (``results/loss_functions.zip`` by
default). nbgrader's ``make release`` hands out the same files: its course
tool calls :func:`copy_release` with ``notebooks=False`` and writes its own
notebooks (the same cells, with nbgrader's metadata).

What the release holds (paths inside its top folder):

- ``cs231n/``: the student package, generated from ``solutions/cs231n`` as
  ``make stubs`` does (every solution region a START/END stub);
- ``svm.ipynb``, ``softmax.ipynb``, ``optimization.ipynb``: the student
  notebooks, generated from ``solutions/notebooks`` as ``make stubs`` does;
- ``data/toy_cifar.py`` (the loader runs it on first use) and
  ``data/get_cifar10.sh`` (the real CIFAR-10, for a machine with internet);
- ``public_checks/`` and ``pytest.ini``: the self-checks as in ``assignment/``,
  with ``public_checks/expected.py`` (their expected values, diagnoses and
  sentences on public inputs) as ``tools/make_selfchecks.py`` writes it now;
- ``README.md``, ``Makefile``, ``collect_submission.py``: from ``assignment/``;
- ``requirements.txt``: the pins of the kit's ``requirements.txt`` for the
  packages a student needs (numpy, matplotlib, pytest, Jupyter and all they
  depend on), computed from the installed packages' metadata, so that the two
  files can never disagree.

Nothing else: the builder refuses to write a release in which it finds a line
of a solution region, a hidden marker, the kit's path, or a file of
``autograder/`` or ``solutions/``.

Usage::

    python tools/make_release.py [--out results/loss_functions.zip] [--name loss_functions]
"""

import argparse
import io
import json
import os
import re
import sys
import tempfile
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script, the kit's tools are not on the path
    sys.path.insert(0, str(REPO))

import nbformat  # noqa: E402

from autograder.frontends import pins  # noqa: E402
from tools import make_notebooks, make_selfchecks, make_stubs  # noqa: E402

NAME = "loss_functions"  # the top folder, as nbgrader names the assignment
DEFAULT_OUT = REPO / "results" / f"{NAME}.zip"
ASSIGNMENT = REPO / "assignment"
PINS = REPO / "requirements.txt"
# what a student runs: the exercises, the figures, the self-checks, Jupyter (notebook 7 brings JupyterLab)
REQUIREMENT_ROOTS = ("numpy", "matplotlib", "pytest", "notebook", "ipykernel")
# release path -> kit path, copied as they are
COPIED = {
    "README.md": ASSIGNMENT / "README.md",
    "Makefile": ASSIGNMENT / "Makefile",
    "collect_submission.py": ASSIGNMENT / "collect_submission.py",
    "pytest.ini": ASSIGNMENT / "pytest.ini",
    "data/toy_cifar.py": REPO / "data" / "toy_cifar.py",
    "data/get_cifar10.sh": REPO / "data" / "get_cifar10.sh",
}
EXECUTABLE = {"data/get_cifar10.sh", "collect_submission.py"}
FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest a zip can hold: the same sources give the same bytes
HIDDEN_WORDS = make_notebooks.MARKER_WORDS + ("nbgrader_bridge", "cs231n_reference", "rubric.toml", str(REPO))


class ReleaseError(Exception):
    """The release cannot be built; the message says why and what to do."""


# --- requirements -----------------------------------------------------------------------------------

def pinned_requirements(roots=REQUIREMENT_ROOTS, pins_file=PINS):
    """The release's requirements.txt: the kit's own pins for what a student needs (``frontends/pins.py``).

    Raises
    ------
    ReleaseError
        If a needed package is not pinned in the kit's requirements.txt, or is installed at another
        version than its pin (the environment is stale).
    """
    header = ["The assignment's environment: `make setup`, or `python -m pip install -r requirements.txt`",
              f"(Python 3.11 or newer). Exact pins of {', '.join(roots)} and everything they need,",
              "the same versions as the instructors' kit."]
    try:
        return pins.pinned_requirements(roots, pins_file, header)
    except pins.PinError as error:
        raise ReleaseError(str(error)) from None


def read_pins(path=PINS):
    """The exact pins of a requirements file: canonical name to (the name as written, version)."""
    try:
        return pins.read_pins(path)
    except pins.PinError as error:
        raise ReleaseError(str(error)) from None


# --- the files --------------------------------------------------------------------------------------

def _python_files(folder):
    return sorted(p for p in folder.rglob("*.py") if "__pycache__" not in p.parts)


def release_files(notebooks=True):
    """Every file of the release, by its path inside the release's top folder.

    Parameters
    ----------
    notebooks : bool
        Include the student notebooks. nbgrader's course writes its own
        (the same cells with nbgrader's metadata) and asks for the rest only.

    Returns
    -------
    dict of str to bytes
        In the order they are written.

    Raises
    ------
    ReleaseError
        If a source is missing or cannot be built, or the release would leak.
    """
    files = {}
    try:
        for relative, text in make_stubs.generate_package().items():
            files[f"cs231n/{relative}"] = text.encode()
        if notebooks:
            for name, cells in make_notebooks.load_sources().items():
                files[f"{name}.ipynb"] = (nbformat.writes(make_notebooks.student_notebook(cells)) + "\n").encode()
    except (make_stubs.MarkerError, make_notebooks.NotebookSourceError, SyntaxError) as error:
        raise ReleaseError(f"cannot generate the student files: {error}") from None
    checks = ASSIGNMENT / "public_checks"
    copied = dict(COPIED, **{f"public_checks/{p.relative_to(checks).as_posix()}": p for p in _python_files(checks)})
    for relative, source in copied.items():
        if not source.is_file():
            raise ReleaseError(f"{source.relative_to(REPO)} is missing; it goes into the release as {relative}.")
        files[relative] = source.read_bytes()
    try:  # the self-checks' data as the generator writes it today: never a stale copy
        files["public_checks/expected.py"] = make_selfchecks.render(make_selfchecks.build()).encode()
    except make_selfchecks.SelfCheckError as error:
        raise ReleaseError(f"cannot generate the self-checks' data: {error}") from None
    files["requirements.txt"] = pinned_requirements().encode()
    leaks = find_leaks(files)
    if leaks:
        raise ReleaseError(f"the release would leak {len(leaks)} thing(s), first {leaks[0]}; fix the source.")
    return files


def _code_lines(text):
    """The code of each line of a Python text, comments and blanks dropped."""
    return {line.split("#", 1)[0].strip() for line in text.splitlines()} - {""}


def _secret_lines():
    """Code lines that appear only inside solution regions, in no source outside them.

    A line inside one module's region that another module hands out anyway
    (``num_train = X.shape[0]``) is no secret; the stubs and notebooks are
    checked against their own sources one by one as well (:func:`find_leaks`).
    """
    secret, public = set(), set()
    for path in _python_files(REPO / "solutions" / "cs231n"):
        text = path.read_text()
        secret |= make_stubs.solution_lines(text)
        public |= _code_lines(make_stubs.make_stub(text, path.name))
    for cells in make_notebooks.load_sources().values():
        secret |= make_notebooks.solution_lines(cells)
        public |= {line.strip() for cell in make_notebooks.student_notebook(cells).cells
                   for line in cell.source.splitlines()}
    return secret - public


def _own_source_leaks(files):
    """The generated stubs and notebooks against their own sources (the check of `make check-stubs`)."""
    found = []
    solutions = REPO / "solutions" / "cs231n"
    for relative, data in files.items():
        if relative.startswith("cs231n/") and (solutions / relative[len("cs231n/"):]).is_file():
            solution = (solutions / relative[len("cs231n/"):]).read_text()
            found += [f"{relative}: the solution line {line!r}"
                      for line in make_stubs.find_leaks(solution, data.decode(errors="replace"))]
    sources = make_notebooks.load_sources()
    for relative, data in files.items():
        name = relative[: -len(".ipynb")]
        if relative.endswith(".ipynb") and name in sources:
            notebook = nbformat.reads(data.decode(errors="replace"), as_version=4)
            found += [f"{relative}: the solution line {line!r}"
                      for line in make_notebooks.find_leaks(sources[name], notebook)]
    return found


def _hidden_files():
    """The bytes of every file students must never get: the graders, the rubric, the solutions."""
    hidden = {}
    for folder in (REPO / "autograder", REPO / "solutions"):
        for path in sorted(folder.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                data = path.read_bytes()
                if not data.strip():  # an empty __init__.py says nothing
                    continue
                # a module without a solution region is the students' module too (data_utils.py, ...)
                if path.suffix == ".py" and "solutions" in path.parts and "notebooks" not in path.parts:
                    if make_stubs.BEGIN not in data.decode(errors="replace"):
                        continue
                hidden[data] = path.relative_to(REPO).as_posix()
    return hidden


def _texts(relative, data):
    """The text lines of one release file as they could carry code: notebook cells, or the file itself."""
    text = data.decode(errors="replace")
    if relative.endswith(".ipynb"):
        return [line for cell in json.loads(text)["cells"] for line in "".join(cell["source"]).splitlines()]
    return text.splitlines()


def find_leaks(files):
    """What of the hidden material a set of release files holds.

    Parameters
    ----------
    files : dict of str to bytes
        Release path to content.

    Returns
    -------
    list of str
        ``path: what`` for every path naming hidden material, every file that
        is a file of ``autograder/`` or a solution, every hidden word (solution
        and hidden-test markers, the grading bridge, the rubric, the kit's
        path) and every line of a solution region; empty when nothing leaks.
    """
    secret, hidden = _secret_lines(), _hidden_files()
    found = []
    for relative, data in files.items():
        if re.search(r"(^|/)(autograder|solutions)(/|$)|rubric", relative):
            found.append(f"{relative}: a hidden path")
        if data in hidden:
            found.append(f"{relative}: a copy of {hidden[data]}")
        lines = _texts(relative, data)
        found += [f"{relative}: the word {word!r}" for word in HIDDEN_WORDS if any(word in line for line in lines)]
        code = {line.split("#", 1)[0].strip() if relative.endswith(".py") else line.strip() for line in lines}
        found += [f"{relative}: the solution line {line!r}" for line in sorted(code & secret)]
    return found + _own_source_leaks(files)


# --- writing ------------------------------------------------------------------------------------------

def copy_release(target, notebooks=True):
    """Write the release's files into a folder (created if missing; other files are left alone).

    This is what nbgrader's course calls to put the release's files into
    ``source/<assignment>/`` (with ``notebooks=False``: it writes its own).

    Parameters
    ----------
    target : str or os.PathLike
    notebooks : bool
        Also write the student notebooks.

    Returns
    -------
    list of str
        The paths written, relative to ``target``.

    Raises
    ------
    ReleaseError
        If the release cannot be built or written (nothing is written then
        when it cannot be built).
    """
    files = release_files(notebooks=notebooks)
    target = Path(target)
    try:
        for relative, data in files.items():
            path = target / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            if relative in EXECUTABLE:
                path.chmod(0o755)
    except OSError as error:
        raise ReleaseError(f"cannot write the release into {target}: {error.strerror or error}.") from None
    return list(files)


def zip_bytes(files, name=NAME):
    """A reproducible zip of the files under one top folder ``name/``."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for folder in sorted({f"{name}/"} | {f"{name}/{p.rsplit('/', 1)[0]}/" for p in files if "/" in p}):
            entry = zipfile.ZipInfo(folder, FIXED_TIME)
            entry.external_attr = (0o40755 << 16) | 0x10
            archive.writestr(entry, b"")
        for relative in sorted(files):
            entry = zipfile.ZipInfo(f"{name}/{relative}", FIXED_TIME)
            entry.external_attr = (0o100755 if relative in EXECUTABLE else 0o100644) << 16
            entry.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(entry, files[relative])
    return buffer.getvalue()


def _check_out(out):
    out = Path(out)
    if out.is_dir():
        raise ReleaseError(f"{out} is a folder; give the zip's file name, such as {out / (NAME + '.zip')} "
                           "(RELEASE_ZIP=<file>).")
    blocker = next((parent for parent in out.parents if parent.exists() and not parent.is_dir()), None)
    if blocker is not None:
        raise ReleaseError(f"cannot write {out}: {blocker} is a file, not a folder.")
    return out


def write_zip(out=DEFAULT_OUT, name=NAME):
    """Build the release and write it as a zip, atomically (a temporary file renamed).

    Returns
    -------
    int
        The number of files in it.
    """
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.-]*", name):
        raise ReleaseError(f"{name!r} cannot be the release's folder name; use letters, digits, '_', '.' and '-'.")
    out = _check_out(out)
    files = release_files()
    data = zip_bytes(files, name)
    temporary = None
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{out.name}.", dir=out.parent)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temporary, 0o644)
        os.replace(temporary, out)
    except OSError as error:
        if temporary is not None and os.path.exists(temporary):
            os.unlink(temporary)  # never a half-written zip left behind
        raise ReleaseError(f"cannot write {out}: {error.strerror or error}.") from None
    return len(files)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(DEFAULT_OUT), help="the zip to write (default: %(default)s)")
    parser.add_argument("--name", default=NAME, help="the zip's top folder (default: %(default)s)")
    args = parser.parse_args(argv)
    try:
        count = write_zip(args.out, args.name)
    except ReleaseError as error:
        print(f"make_release: {error}", file=sys.stderr)
        return 2
    print(f"make_release: wrote {args.out}: {count} files under {args.name}/ (stubs, notebooks, data generator, "
          "self-checks, README, requirements); nothing hidden in it.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
