"""Generate the student starter code from the reference solutions.

``solutions/cs231n`` is the one source of truth. Every region between
``### BEGIN SOLUTION`` and ``### END SOLUTION`` (nbgrader's markers) becomes,
in ``assignment/cs231n``, a CS231n-style answer region whose body raises
``NotImplementedError`` naming the function. The TODO box that explains what
to compute sits just above the marker in the solution, so students receive it
unchanged, as they receive everything outside the markers.

Usage::

    python tools/make_stubs.py            # (re)write assignment/cs231n
    python tools/make_stubs.py --check    # exit 1 if assignment/ has drifted

The kit's tests call :func:`generate_package` and :func:`find_leaks`.
"""

import argparse
import ast
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SOURCE = REPO / "solutions" / "cs231n"
TARGET = REPO / "assignment" / "cs231n"

BEGIN = "### BEGIN SOLUTION"
END = "### END SOLUTION"
START_LINE = "# *****START OF YOUR CODE (DO NOT DELETE/MODIFY THIS LINE)*****"
END_LINE = "# *****END OF YOUR CODE (DO NOT DELETE/MODIFY THIS LINE)*****"


class MarkerError(ValueError):
    """A solution file whose markers cannot be turned into a stub."""


@dataclass(frozen=True)
class Region:
    """One solution region: 0-based line numbers of its two markers."""

    begin: int
    end: int
    function: str
    indent: str


def _span_end(lines, last_line, column):
    """The last line (1-based) that still belongs to a def ending at ``last_line``.

    ``ast`` ends a function at its last statement, but trailing comments (an
    ``### END SOLUTION`` marker after a final ``return``) belong to it too: the
    function runs until the next code line indented no deeper than its ``def``.
    """
    for index in range(last_line, len(lines)):
        stripped = lines[index].strip()
        if stripped and not stripped.startswith("#"):
            if len(lines[index]) - len(lines[index].lstrip()) <= column:
                return index
    return len(lines)


def _enclosing_functions(tree, lines):
    """Yield ``(qualified_name, first_line, last_line, column)`` of every def (1-based lines)."""

    def visit(node, prefix):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                name = prefix + child.name
                yield name, child.lineno, _span_end(lines, child.end_lineno, child.col_offset), child.col_offset
                yield from visit(child, name + ".")
            elif isinstance(child, ast.ClassDef):
                yield from visit(child, prefix + child.name + ".")

    yield from visit(tree, "")


def find_regions(text, filename="<solution>"):
    """Locate the solution regions of one file.

    Parameters
    ----------
    text : str
        Source of a solution module.
    filename : str
        Used in error messages.

    Returns
    -------
    list of Region
        In file order.

    Raises
    ------
    MarkerError
        On a nested, unmatched or unterminated marker, or a region outside a function.
    """
    lines = text.splitlines()
    functions = list(_enclosing_functions(ast.parse(text, filename), lines))
    regions, open_at = [], None
    for number, line in enumerate(lines):
        marker = line.strip()
        if marker not in (BEGIN, END) and (BEGIN[4:] in marker or END[4:] in marker):
            raise MarkerError(f"{filename}:{number + 1}: a solution marker must stand alone on its line, "
                              f"exactly '{BEGIN}' or '{END}'.")
        if marker == BEGIN:
            if open_at is not None:
                raise MarkerError(f"{filename}:{number + 1}: '{BEGIN}' inside another solution region.")
            open_at = number
        elif marker == END:
            if open_at is None:
                raise MarkerError(f"{filename}:{number + 1}: '{END}' without a '{BEGIN}' before it.")
            indent = lines[open_at][: len(lines[open_at]) - len(lines[open_at].lstrip())]
            owners = [f for f in functions if f[1] <= open_at + 1 and number + 1 <= f[2] and len(indent) > f[3]]
            if not owners:
                raise MarkerError(f"{filename}:{open_at + 1}: a solution region must lie inside a function.")
            # the innermost function is the one that starts last
            function = max(owners, key=lambda f: f[1])[0]
            regions.append(Region(open_at, number, function, indent))
            open_at = None
    if open_at is not None:
        raise MarkerError(f"{filename}:{open_at + 1}: '{BEGIN}' is never closed by '{END}'.")
    return regions


def stub_region(region, module_path):
    """The lines that replace one solution region in the student's file."""
    message = (
        f"{region.function} is not implemented yet: write your code between "
        f"START and END OF YOUR CODE in {module_path}"
    )
    return [
        region.indent + START_LINE,
        region.indent + f"raise NotImplementedError({message!r})",
        region.indent + END_LINE,
    ]


def make_stub(text, module_path):
    """Turn one solution module into its student version.

    Parameters
    ----------
    text : str
        Source of the solution module.
    module_path : str
        Its path as students see it, e.g. ``cs231n/classifiers/linear_svm.py``.

    Returns
    -------
    str
        The student version: identical outside the regions.
    """
    lines = text.splitlines()
    out, cursor = [], 0
    for region in find_regions(text, module_path):
        out.extend(lines[cursor : region.begin])
        out.extend(stub_region(region, module_path))
        cursor = region.end + 1
    out.extend(lines[cursor:])
    return "\n".join(out) + ("\n" if text.endswith("\n") else "")


def generate_package(source=SOURCE):
    """Student versions of every module of the reference package.

    Parameters
    ----------
    source : Path
        The reference package folder (``solutions/cs231n``).

    Returns
    -------
    dict of str to str
        Relative path (``classifiers/linear_svm.py``) to student source.
    """
    files = {}
    for path in sorted(source.rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        relative = path.relative_to(source).as_posix()
        files[relative] = make_stub(path.read_text(), f"{source.name}/{relative}")
    return files


def solution_lines(text):
    """Code lines that appear only inside solution regions (comments and blanks dropped)."""
    lines = text.splitlines()
    inside, outside = set(), set()
    regions = find_regions(text)
    region_lines = {n for r in regions for n in range(r.begin + 1, r.end)}
    for number, line in enumerate(lines):
        code = line.split("#", 1)[0].strip()
        if code:
            (inside if number in region_lines else outside).add(code)
    return inside - outside


def find_leaks(solution_text, stub_text):
    """Solution code lines that made it into a stub.

    Returns
    -------
    list of str
        Each line of code that appears in the stub but in the solution
        appears only between the markers. Empty when nothing leaked.
    """
    secret = solution_lines(solution_text)
    stub_code = {line.split("#", 1)[0].strip() for line in stub_text.splitlines()}
    return sorted(secret & stub_code)


def drift(source=SOURCE, target=TARGET):
    """Files of ``target`` that differ from what :func:`generate_package` writes.

    Returns
    -------
    list of str
        Relative paths that are missing, different, or extra in ``target``.
    """
    expected = generate_package(source)
    present = {
        p.relative_to(target).as_posix()
        for p in target.rglob("*.py")
        if "__pycache__" not in p.parts
    } if target.exists() else set()
    problems = [f"missing: {rel}" for rel in sorted(set(expected) - present)]
    problems += [f"extra: {rel}" for rel in sorted(present - set(expected))]
    problems += [
        f"differs: {rel}"
        for rel in sorted(set(expected) & present)
        if (target / rel).read_text() != expected[rel]
    ]
    return problems


def write_package(source=SOURCE, target=TARGET):
    """Write the student package, removing modules that no longer have a source."""
    expected = generate_package(source)
    if target.exists():
        for stale in target.rglob("*.py"):
            if stale.relative_to(target).as_posix() not in expected:
                stale.unlink()
    for relative, text in expected.items():
        path = target / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists() or path.read_text() != text:
            path.write_text(text)
    return sorted(expected)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report drift; exit 1 if any")
    args = parser.parse_args(argv)
    try:
        if args.check:
            problems = drift()
            for problem in problems:
                print(f"make_stubs: {problem} (run `make stubs`)")
            return 1 if problems else 0
        written = write_package()
    except (MarkerError, SyntaxError) as error:
        print(f"make_stubs: cannot generate stubs: {error}", file=sys.stderr)
        return 2
    print(f"make_stubs: wrote {len(written)} modules to {TARGET.relative_to(REPO)}/ from {SOURCE.relative_to(REPO)}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
