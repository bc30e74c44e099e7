"""Build the kit's notebooks from their percent-format sources.

``solutions/notebooks/<name>.py`` is the one source of truth of notebook
``<name>``: the instructor's version, with the solutions. It is kept as a
percent-format script (the cell format of Jupytext, VS Code and PyCharm) so
that a change to a notebook reads as a plain diff, and it is built into
``.ipynb`` with nbformat. Three builds come from it:

- the student notebook, ``assignment/<name>.ipynb`` (written by
  ``make stubs``): solution regions become the same START/END OF YOUR CODE
  stub as the modules, answers become ``YOUR ANSWER HERE``, and each grade
  cell becomes a self-check cell, ``check("<exercise>")`` (the grader's checks
  on public inputs: ``assignment/public_checks``);
- the reference notebook (the tests run it against ``solutions/cs231n``):
  everything kept, grade cells as in the student notebook;
- the nbgrader source notebook (``tools/nbgrader_course.py``): solution
  regions kept for nbgrader to clear, nbgrader's cell metadata added, and
  each grade cell filled with a hidden test.

Cell syntax of a source file::

    # %%                                   a code cell
    # %% [markdown]                        a markdown cell, every line commented
    # %% solution=<id>                     code the student writes, between
                                           ### BEGIN SOLUTION and ### END SOLUTION
    # %% [markdown] answer=<id> points=<n> an inline question's answer, graded by hand
    # %% autograde=<exercise>              a grade cell (empty body): the exercise's
                                           autograder checks, hidden in the course;
                                           its self-check cell in the student's copy

In code cells a line ``# %magic ...`` is an IPython magic (Jupytext's
convention), so that the source stays valid Python.

Usage::

    python tools/make_notebooks.py            # (re)write assignment/*.ipynb
    python tools/make_notebooks.py --check    # exit 1 if they drifted or leak a solution
"""

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SOURCE = REPO / "solutions" / "notebooks"
TARGET = REPO / "assignment"

if __package__ in (None, ""):  # run as a script: the kit's top on the path, for `tools.regions`
    sys.path.insert(0, str(REPO))

import nbformat  # noqa: E402
# the markers, the stubs and the region parser are those of the modules (tools/regions.py)
from tools.regions import BEGIN, CODE_STUB, END, MARKER_WORDS, TEXT_STUB, MarkerError, gives_away  # noqa: E402,F401
from tools.regions import find_regions as _find_regions  # noqa: E402
from tools.regions import replace_regions as _replace_regions  # noqa: E402
KERNELSPEC = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}

HEADER = re.compile(r"^# %%(?P<markdown> \[markdown\])?(?P<options>( +[a-z]+=\S+)*) *$")
MAGIC = re.compile(r"^(\s*)# (%{1,2}[A-Za-z]\w*.*)$")
ROLES = {"solution": "code", "answer": "markdown", "autograde": "code"}


class NotebookSourceError(ValueError):
    """A notebook source or notebook file that cannot be used; the message says where and why."""


@dataclass(frozen=True)
class Cell:
    """One cell of a notebook source."""

    kind: str  # "code" or "markdown"
    source: str
    role: str = ""  # "", "solution", "answer" or "autograde"
    name: str = ""  # the id of a solution or answer cell, the exercise of an autograde cell
    points: float = 0.0
    line: int = 0  # of its header in the source file, for messages


def _options(text, where):
    """The ``key=value`` options of a cell header, as a dict."""
    options = {}
    for token in text.split():
        key, value = token.split("=", 1)
        if key in options:
            raise NotebookSourceError(f"{where}: option {key} is given twice.")
        options[key] = value
    return options


def _make_cell(kind, options, body, where, line):
    """Validate one cell's header options against its kind and body."""
    roles = [key for key in options if key in ROLES]
    unknown = sorted(set(options) - set(ROLES) - {"points"})
    if unknown or len(roles) > 1:
        raise NotebookSourceError(f"{where}: a cell takes one of {', '.join(ROLES)} (and points= with answer); "
                                  f"got {' '.join(sorted(options))}.")
    role = roles[0] if roles else ""
    if role and ROLES[role] != kind:
        raise NotebookSourceError(f"{where}: {role}= belongs on a {ROLES[role]} cell.")
    if ("points" in options) != (role == "answer"):
        raise NotebookSourceError(f"{where}: points= goes with answer=, and an answer needs points=.")
    try:
        points = float(options.get("points", 0))
    except ValueError:
        raise NotebookSourceError(f"{where}: points must be a number; got {options['points']!r}.") from None
    if role == "autograde" and body:
        raise NotebookSourceError(f"{where}: an autograde cell is generated; leave its body empty.")
    regions = find_regions(body, where)
    if regions and role not in ("solution", "answer"):
        raise NotebookSourceError(f"{where}: a {BEGIN} region may only be in a solution= or answer= cell.")
    if role in ("solution", "answer") and not regions:
        raise NotebookSourceError(f"{where}: a {role}= cell needs a {BEGIN} ... {END} region.")
    return Cell(kind, body, role, options.get(role, ""), points, line)


def _body(kind, lines, filename):
    """A cell's text from its source lines: markdown uncommented, magics restored."""
    out = []
    for number, line in lines:
        if kind == "markdown":
            if line and not (line == "#" or line.startswith("# ")):
                raise NotebookSourceError(f"{filename}:{number}: every line of a markdown cell starts with '# '.")
            out.append(line[2:])
        else:
            magic = MAGIC.match(line)
            out.append(magic.group(1) + magic.group(2) if magic else line)
    return "\n".join(out).strip("\n")


def parse_source(text, filename="<notebook>"):
    """Split a percent-format notebook source into cells.

    Parameters
    ----------
    text : str
        The source file's text.
    filename : str
        Used in error messages.

    Returns
    -------
    list of Cell

    Raises
    ------
    NotebookSourceError
        On text before the first cell, a malformed header or option, or a
        solution region where none may be.
    """
    cells, header, lines = [], None, []

    def close():
        if header is not None:
            number, match = header
            where = f"{filename}:{number}"
            kind = "markdown" if match.group("markdown") else "code"
            cells.append(_make_cell(kind, _options(match.group("options"), where), _body(kind, lines, filename),
                                    where, number))

    for number, line in enumerate(text.splitlines(), 1):
        if line.startswith("# %%"):
            match = HEADER.match(line)
            if not match:
                raise NotebookSourceError(f"{filename}:{number}: cannot read the cell header {line!r}.")
            close()
            header, lines = (number, match), []
        elif header is None:
            if line.strip():
                raise NotebookSourceError(f"{filename}:{number}: text before the first '# %%' cell marker.")
        else:
            lines.append((number, line))
    close()
    if not cells:
        raise NotebookSourceError(f"{filename}: no cells (each cell starts with a '# %%' line).")
    return cells


def find_regions(text, where):
    """The (begin, end) line indices of the solution regions of one cell's text (the modules' rule).

    Raises
    ------
    NotebookSourceError
        On a nested or unmatched marker, or a marker word in any other form.
    """
    try:
        return [(r.begin, r.end) for r in _find_regions(text, where)]
    except MarkerError as error:
        raise NotebookSourceError(str(error)) from None


def replace_regions(text, stub):
    """The text with each solution region replaced by ``stub``, at the region's indentation."""
    return _replace_regions(text, lambda region: stub.split("\n"), "<cell>")


def _notebook(cells):
    """A notebook of the given nbformat cells, with stable cell ids so that builds are reproducible."""
    nb = nbformat.v4.new_notebook()
    nb.metadata = {"kernelspec": dict(KERNELSPEC), "language_info": {"name": "python"}}
    for index, cell in enumerate(cells):
        cell.id = f"cell-{index:03d}"
    nb.cells = cells
    nbformat.validate(nb)
    return nb


def _plain(cell, source):
    """An nbformat cell of the cell's kind, without metadata."""
    make = nbformat.v4.new_markdown_cell if cell.kind == "markdown" else nbformat.v4.new_code_cell
    return make(source)


SELF_CHECK = ("# Self-check: the grader's checks of {name}, in its words, on public inputs of their own\n"
              "# (public_checks/; `python -m public_checks` runs them all)\n"
              "from public_checks import check\n"
              "\n"
              "check({name!r})")


def exercise_names():
    """The graded exercises, from the exercise spec."""
    from autograder.loss_functions.exercises import ASSIGNMENT

    return [exercise.name for exercise in ASSIGNMENT.exercises]


def self_check_source(cell):
    """The code of the self-check cell that stands where the source has a grade cell."""
    if cell.name not in exercise_names():
        raise NotebookSourceError(f"line {cell.line}: autograde={cell.name} names no exercise of the spec.")
    return SELF_CHECK.format(name=cell.name)


def student_notebook(cells):
    """The notebook students get: solutions replaced by stubs, each grade cell a self-check cell."""
    built = []
    for cell in cells:
        if cell.role == "autograde":
            built.append(nbformat.v4.new_code_cell(self_check_source(cell)))
            continue
        stub = CODE_STUB if cell.kind == "code" else TEXT_STUB
        built.append(_plain(cell, replace_regions(cell.source, stub) if cell.role else cell.source))
    return _notebook(built)


def reference_notebook(cells):
    """The instructor's notebook, to run against the reference package: each grade cell a self-check cell."""
    return _notebook([nbformat.v4.new_code_cell(self_check_source(cell)) if cell.role == "autograde"
                      else _plain(cell, cell.source) for cell in cells])


def grade_id(cell):
    """nbgrader's id of a cell: letters, digits, '_' and '-' only."""
    prefix = "test_" if cell.role == "autograde" else ""
    return prefix + re.sub(r"[^A-Za-z0-9_-]", "_", cell.name)


def course_notebook(cells, grade_cell):
    """The nbgrader source notebook: solutions kept, nbgrader metadata, hidden grade cells.

    Parameters
    ----------
    cells : list of Cell
    grade_cell : callable
        ``grade_cell(exercise) -> (source, points)``: the text and the points
        of the grade cell of one exercise.

    Returns
    -------
    nbformat.NotebookNode
    """
    built = []
    for cell in cells:
        source, points = (grade_cell(cell.name) if cell.role == "autograde" else (cell.source, cell.points))
        node = _plain(cell, source)
        if cell.role:
            node.metadata["nbgrader"] = {
                "schema_version": 3,
                "grade_id": grade_id(cell),
                "solution": cell.role in ("solution", "answer"),
                "grade": cell.role in ("answer", "autograde"),
                "locked": cell.role == "autograde",
                "task": False,
            }
            if cell.role != "solution":
                node.metadata["nbgrader"]["points"] = points
        built.append(node)
    return _notebook(built)


def solution_lines(cells):
    """Lines that appear only inside solution regions (blank and comment-only lines dropped)."""
    inside, outside = set(), set()
    for cell in cells:
        lines = cell.source.split("\n")
        region_lines = {i for begin, end in find_regions(cell.source, "<cell>") for i in range(begin + 1, end)}
        for index, line in enumerate(lines):
            text = line.strip()
            if text and not text.startswith("#"):
                (inside if index in region_lines else outside).add(text)
    return {code for code in inside - outside if gives_away(code)}


def find_leaks(cells, notebook):
    """What of the solutions made it into a student notebook.

    Returns
    -------
    list of str
        Solution lines, and solution or hidden-test markers, found in the
        notebook's cells; empty when nothing leaked.
    """
    secret = solution_lines(cells)
    found = set()
    for cell in notebook.cells:
        for line in cell.source.split("\n"):
            text = line.strip()
            if text in secret or any(word in line for word in MARKER_WORDS):
                found.add(text)
    return sorted(found)


def read_notebook(path):
    """Read an .ipynb file.

    Raises
    ------
    NotebookSourceError
        If the file is missing or is not a valid notebook (corrupt JSON, wrong schema).
    """
    path = Path(path)
    if not path.is_file():
        raise NotebookSourceError(f"notebook {path} does not exist.")
    try:
        notebook = nbformat.read(path, as_version=4)
        nbformat.validate(notebook)
    except Exception as error:  # nbformat raises JSON, schema and reader errors of several types
        first_line = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise NotebookSourceError(f"{path} is not a valid notebook: {first_line}") from None
    return notebook


def load_sources(source=SOURCE):
    """The cells of every notebook source, by notebook name.

    Raises
    ------
    NotebookSourceError
        If the folder is missing or empty, or a source cannot be parsed.
    """
    source = Path(source)
    paths = sorted(source.glob("*.py")) if source.is_dir() else []
    if not paths:
        raise NotebookSourceError(f"no notebook sources (*.py) in {source}.")
    return {path.stem: parse_source(path.read_text(), str(path)) for path in paths}


def drift(source=SOURCE, target=TARGET):
    """Student notebooks of ``target`` that differ from what would be written, or leak.

    Returns
    -------
    list of str
        One line per missing, different, extra, corrupt or leaking notebook.
    """
    sources = load_sources(source)
    problems = []
    present = {path.stem for path in Path(target).glob("*.ipynb")}
    problems += [f"extra: {name}.ipynb" for name in sorted(present - set(sources))]
    for name, cells in sources.items():
        path = Path(target) / f"{name}.ipynb"
        if not path.exists():
            problems.append(f"missing: {path.name}")
            continue
        if path.read_text() != nbformat.writes(student_notebook(cells)) + "\n":
            problems.append(f"differs: {path.name}")
        try:
            leaks = find_leaks(cells, read_notebook(path))
        except NotebookSourceError as error:
            problems.append(f"corrupt: {error}")
            continue
        problems += [f"leak in {path.name}: {line}" for line in leaks]
    return problems


def write_notebooks(source=SOURCE, target=TARGET):
    """Write every student notebook into ``target``, removing those without a source.

    Returns
    -------
    list of str
        The names of the notebooks written.
    """
    sources = load_sources(source)
    for stale in Path(target).glob("*.ipynb"):
        if stale.stem not in sources:
            stale.unlink()
    for name, cells in sources.items():
        path = Path(target) / f"{name}.ipynb"
        text = nbformat.writes(student_notebook(cells)) + "\n"
        if not path.exists() or path.read_text() != text:
            path.write_text(text)
    return sorted(sources)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report drift and leaks; exit 1 if any")
    args = parser.parse_args(argv)
    try:
        if args.check:
            problems = drift(SOURCE, TARGET)
            for problem in problems:
                print(f"make_notebooks: {problem} (run `make stubs`)")
            return 1 if problems else 0
        written = write_notebooks(SOURCE, TARGET)
    except NotebookSourceError as error:
        print(f"make_notebooks: {error}", file=sys.stderr)
        return 2
    print(f"make_notebooks: wrote {', '.join(n + '.ipynb' for n in written)} to {TARGET.relative_to(REPO)}/ "
          f"from {SOURCE.relative_to(REPO)}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
