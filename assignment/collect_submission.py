"""Package your work for hand-in: ``python collect_submission.py`` (or ``make submit``).

Writes ``submission.zip`` next to this file (``--out FILE`` for another name)
with, at its top, your ``cs231n`` package (every ``.py`` file in it) and the
notebooks: the layout the grading accepts, whether you upload the zip
(Gradescope, or your course's page) or your course unpacks it to grade it.

It refuses, with one line and exit status 2, when a module of the package or
a notebook is missing or a notebook is not valid JSON: nothing is written then.
A function you have not written yet, or an unanswered question, is only noted:
a partial submission is still a submission.
"""

import argparse
import ast
import json
import os
import re
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
PACKAGE = "cs231n"
# every module of the package as handed out (the grading needs each of them), and the notebooks
# generated from the exercise spec by tools/make_tables.py: do not edit
MODULES = (
    "__init__.py",
    "classifiers/__init__.py",
    "classifiers/binary_svm.py",
    "classifiers/linear_classifier.py",
    "classifiers/linear_regression.py",
    "classifiers/linear_svm.py",
    "classifiers/multiclass.py",
    "classifiers/softmax.py",
    "data_utils.py",
    "gradient_check.py",
    "optim.py",
    "regularization.py",
    "validation.py",
)
NOTEBOOKS = ("svm.ipynb", "softmax.ipynb", "optimization.ipynb", "binary.ipynb")
# end of the generated table
NOT_WRITTEN = re.compile(r"raise NotImplementedError\(['\"](\S+) is not implemented yet")
CELL_STUB = "write your code between START and END OF YOUR CODE in this cell"
ANSWER_STUB = "YOUR ANSWER HERE"


class Refused(Exception):
    """The submission cannot be packaged; the message says what is missing and what to do."""


def package_files(folder):
    """The package's ``.py`` files under ``folder``, as paths relative to it.

    Raises
    ------
    Refused
        If the package or one of its modules is missing.
    """
    package = folder / PACKAGE
    if not package.is_dir():
        raise Refused(f"there is no {PACKAGE}/ folder in {folder}; run this next to your {PACKAGE} folder "
                      "and the notebooks.")
    missing = [m for m in MODULES if not (package / m).is_file()]
    if missing:
        raise Refused(f"{PACKAGE}/{missing[0]} is missing" + (f" (and {len(missing) - 1} more)" if missing[1:] else "")
                      + "; put it back (a fresh copy of the assignment has it) and run this again.")
    found = (p for p in package.rglob("*.py") if "__pycache__" not in p.parts and p.is_file())
    return sorted(p.relative_to(folder).as_posix() for p in found)


def read_notebooks(folder):
    """The three notebooks, parsed.

    Raises
    ------
    Refused
        If a notebook is missing or is not valid JSON.
    """
    notebooks = {}
    for name in NOTEBOOKS:
        path = folder / name
        if not path.is_file():
            raise Refused(f"{name} is missing from {folder}; put it back (a fresh copy of the assignment has it) "
                          "and run this again.")
        try:
            notebook = json.loads(path.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError) as error:
            raise Refused(f"{name} is not a valid notebook ({type(error).__name__}: {str(error)[:80]}); open it in "
                          "Jupyter and save it again, or use a saved copy.") from None
        cells = notebook.get("cells") if isinstance(notebook, dict) else None
        if not isinstance(cells, list) or not all(isinstance(cell, dict) for cell in cells):
            raise Refused(f"{name} is not a valid notebook (no list of cells); open it in Jupyter and save it "
                          "again, or use a saved copy.")
        notebooks[name] = notebook
    return notebooks


def notes(folder, modules, notebooks):
    """What is not done yet: one sentence each, for the student's information only."""
    found = []
    not_written = []
    for relative in modules:
        text = (folder / relative).read_text(encoding="utf-8", errors="replace")
        try:
            ast.parse(text, relative)
        except SyntaxError as error:
            found.append(f"{relative} has a syntax error at line {error.lineno}: nothing in it can be graded.")
        not_written += NOT_WRITTEN.findall(text)
    if not_written:
        found.append(f"not written yet: {', '.join(not_written)}.")
    for name, notebook in notebooks.items():
        sources = [cell.get("source", "") for cell in notebook["cells"]]
        sources = ["".join(s) if isinstance(s, list) else str(s) for s in sources]  # a list of lines, or one text
        cells = sum(CELL_STUB in source for source in sources)
        answers = sum(ANSWER_STUB in source.splitlines() for source in sources)
        todo = [f"{n} {what}" for n, what in ((cells, "code cell(s)"), (answers, "inline answer(s)")) if n]
        if todo:
            found.append(f"{name}: {' and '.join(todo)} still to write.")
    return found


def write_zip(folder, files, out):
    """Zip ``files`` (relative to ``folder``) into ``out`` through a temporary file, so never half a zip."""
    out.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{out.name}.", dir=out.parent)
    try:
        with os.fdopen(handle, "wb") as stream, zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as archive:
            for relative in files:
                archive.write(folder / relative, relative)
        os.replace(temporary, out)
    except BaseException:
        os.unlink(temporary)
        raise


def collect(folder=HERE, out=None):
    """Package the submission in ``folder`` into ``out`` (default ``folder/submission.zip``).

    Returns
    -------
    (Path, list of str, list of str)
        The zip, the files in it, and the notes on what is not done yet.

    Raises
    ------
    Refused
        If something is missing (nothing is written then).
    """
    folder = Path(folder).resolve()
    out = Path(out) if out is not None else folder / "submission.zip"
    if out.is_dir():
        raise Refused(f"{out} is a folder; give the zip's file name, such as {out / 'submission.zip'}.")
    modules = package_files(folder)
    notebooks = read_notebooks(folder)
    files = modules + list(NOTEBOOKS)
    try:
        write_zip(folder, files, out)
    except OSError as error:
        raise Refused(f"cannot write {out}: {error.strerror or error}.") from None
    return out, files, notes(folder, modules, notebooks)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", help="the zip to write (default: submission.zip next to this file)")
    args = parser.parse_args(argv)
    try:
        out, files, remarks = collect(HERE, args.out)
    except Refused as error:
        print(f"collect_submission: {error}", file=sys.stderr)
        return 2
    print(f"collect_submission: wrote {out} with {len(files) - len(NOTEBOOKS)} files of {PACKAGE}/ and the "
          f"{len(NOTEBOOKS)} notebooks; upload it as your course tells you (README.md, 'Hand in').")
    for remark in remarks:
        print(f"  note: {remark}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
