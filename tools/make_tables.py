"""Write the tables of what students write and hand in, from the exercise spec.

The tables (in README.md and assignment/README.md, between the two marker
comments below) list each exercise's file and, in the students' README, the
notebook whose check cell grades it; the README's Gradescope section lists the
files a flat upload is graded from. ``assignment/collect_submission.py`` gets
the modules and notebooks a submission must hold, between the same markers as
comments. They are generated, never edited: a new exercise in
``autograder/loss_functions/exercises.py``, a new module of ``solutions/cs231n``
or a new notebook source appears in all of them.

Usage::

    python tools/make_tables.py           # rewrite the tables
    python tools/make_tables.py --check   # exit 1 if a table has drifted
"""

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if __package__ in (None, ""):
    sys.path.insert(0, str(REPO))

from autograder.loss_functions.exercises import ASSIGNMENT  # noqa: E402
from tools.make_notebooks import load_sources  # noqa: E402

SOLUTIONS = REPO / "solutions" / ASSIGNMENT.package

BEGIN = "<!-- generated from the exercise spec by tools/make_tables.py{}: do not edit -->"
END = "<!-- end of the generated table -->"


def notebook_of():
    """{exercise name: notebook file} from the notebooks' check cells."""
    return {cell.name: f"{notebook}.ipynb" for notebook, cells in load_sources().items()
            for cell in cells if cell.role == "autograde"}


def _grouped(key):
    """[(key value, [exercise names])] in the spec's order of first appearance."""
    groups = {}
    for exercise in ASSIGNMENT.exercises:
        groups.setdefault(key(exercise), []).append(exercise.name)
    return list(groups.items())


def _names(names):
    return ", ".join(f"`{name}`" for name in names)


def kit_table():
    rows = [f"| `{file}` | {_names(names)} |" for file, names in _grouped(lambda e: e.relative_file)]
    return [f"| file (in `{ASSIGNMENT.package}/`) | functions |", "| --- | --- |"] + rows


def student_table():
    notebooks = notebook_of()
    order = {notebook: index for index, (notebook, _) in enumerate(_grouped(lambda e: notebooks.get(e.name, "")))}
    groups = sorted(_grouped(lambda e: (notebooks.get(e.name, ""), e.relative_file)), key=lambda g: order[g[0][0]])
    rows = [f"| `{notebook}` | `{file}` | {_names(names)} |" for (notebook, file), names in groups]
    return [f"| notebook | file (in `{ASSIGNMENT.package}/`) | functions |", "| --- | --- | --- |"] + rows


def flat_upload_table():
    """The files a flat upload is graded from (the Gradescope section), grouped by their folder in the package."""
    folders = {}
    for relative in ASSIGNMENT.student_files:
        folders.setdefault(Path(relative).parent.as_posix(), []).append(Path(relative).name)
    rows = ["| upload | graded as |", "| --- | --- |"]
    for folder, names in folders.items():
        place = f"{ASSIGNMENT.package}/" + ("" if folder == "." else f"{folder}/") + "<name>"
        rows.append(f"| {', '.join(f'`{name}`' for name in names)} | `{place}` |")
    return rows


def notebook_names():
    """The notebooks' file names, in the order of the exercises they grade (then any without an exercise)."""
    notebooks = notebook_of()
    ordered = [name for name, _ in _grouped(lambda e: notebooks.get(e.name, "")) if name]
    return ordered + sorted(f"{name}.ipynb" for name in load_sources() if f"{name}.ipynb" not in ordered)


def submission_lists():
    """collect_submission.py's ``MODULES`` (every module of the package as handed out) and ``NOTEBOOKS``."""
    modules = sorted(path.relative_to(SOLUTIONS).as_posix() for path in SOLUTIONS.rglob("*.py")
                     if "__pycache__" not in path.parts)
    return (["MODULES = ("] + [f"    {name!r},".replace("'", '"') for name in modules] + [")"]
            + [f"NOTEBOOKS = ({', '.join(repr(n).replace(chr(39), chr(34)) for n in notebook_names())})"])


def gates_table():
    """Every check, its points in the kit's rubric, and the checks it waits for (its gate)."""
    from autograder.core.rubric import load_rubric

    rubric = load_rubric(ASSIGNMENT)
    rows = ["| exercise | check | points | runs only when it passes |", "| --- | --- | --- | --- |"]
    for exercise in ASSIGNMENT.exercises:
        for check in exercise.checks:
            gate = rubric.gate(exercise, check)
            joined = (" or " if gate.any_of else " and ").join(f"`{i}`" for i in gate.requires) or "(always runs)"
            identity = exercise.check_id(check)
            rows.append(f"| `{exercise.name}` | `{identity}` | {rubric.points[exercise.name, identity]:g} | {joined} |")
    return rows


# (file, table name) -> the table's lines; the name goes into the markers ("" for the first table of a file)
TABLES = {(REPO / "README.md", ""): kit_table, (REPO / "README.md", " (gates)"): gates_table,
          (REPO / "README.md", " (flat uploads)"): flat_upload_table,
          (REPO / "assignment" / "README.md", ""): student_table,
          (REPO / "assignment" / "collect_submission.py", ""): submission_lists}


def markers(path, name):
    """The begin and end lines around a table: HTML comments in Markdown, ``#`` comments in Python."""
    begin, end = BEGIN.format(name), END
    if Path(path).suffix == ".py":
        begin, end = (f"# {line[len('<!-- '):-len(' -->')]}" for line in (begin, end))
    return begin, end


def rewritten(text, table, where, name=""):
    """``text`` with the lines between the table's markers replaced by ``table`` (at the marker's indentation)."""
    lines = text.split("\n")
    begin, end = markers(where, name)
    starts = [i for i, line in enumerate(lines) if line.strip() == begin]
    if len(starts) != 1:
        raise ValueError(f"{where}: needs exactly one line '{begin}' before its table.")
    ends = [i for i, line in enumerate(lines) if line.strip() == end and i > starts[0]]
    if not ends:
        raise ValueError(f"{where}: the table after '{begin}' is not closed by '{end}'.")
    indent = lines[starts[0]][: len(lines[starts[0]]) - len(lines[starts[0]].lstrip())]
    return "\n".join(lines[: starts[0] + 1] + [indent + row for row in table] + lines[ends[0]:])


def drift():
    """The files whose tables differ from the spec's."""
    return sorted({path.relative_to(REPO).as_posix() for (path, name), table in TABLES.items()
                   if rewritten(path.read_text(), table(), path, name) != path.read_text()})


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report drift; exit 1 if any")
    args = parser.parse_args(argv)
    try:
        if args.check:
            for path in drift():
                print(f"make_tables: {path}: the table differs from the exercise spec (run `make stubs`)")
            return 1 if drift() else 0
        for (path, name), table in TABLES.items():
            path.write_text(rewritten(path.read_text(), table(), path, name))
    except ValueError as error:
        print(f"make_tables: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
