"""The solution markers, the student's stub, and the one parser of solution regions.

A solution region lies between ``### BEGIN SOLUTION`` and ``### END SOLUTION``
(nbgrader's markers), each alone on its line, never nested. Students get, in
its place, the CS231n answer region: ``START OF YOUR CODE`` / ``END OF YOUR
CODE`` around a ``raise NotImplementedError`` that says what to do. Everything
that writes or reads these (``make_stubs``, ``make_notebooks``,
``nbgrader_course``, ``make_release`` and the nbgrader config) imports them from
here, so that modules and notebooks follow one rule.
"""

import ast
import keyword
import re
from dataclasses import dataclass

BEGIN = "### BEGIN SOLUTION"
END = "### END SOLUTION"
HIDDEN_BEGIN = "### BEGIN HIDDEN TESTS"
HIDDEN_END = "### END HIDDEN TESTS"
# nbgrader recognises a region by these words anywhere in a line, so they may appear nowhere else
MARKER_WORDS = ("BEGIN SOLUTION", "END SOLUTION", "BEGIN HIDDEN TESTS", "END HIDDEN TESTS")
START_LINE = "# *****START OF YOUR CODE (DO NOT DELETE/MODIFY THIS LINE)*****"
END_LINE = "# *****END OF YOUR CODE (DO NOT DELETE/MODIFY THIS LINE)*****"
TEXT_STUB = "YOUR ANSWER HERE"


def stub_lines(message):
    """The student's answer region: the two CS231n lines around a NotImplementedError saying ``message``."""
    return [START_LINE, f"raise NotImplementedError({message!r})", END_LINE]


# a notebook cell's stub (nbgrader's ClearSolutions writes the same, see course/nbgrader_config.py)
CODE_STUB = "\n".join(stub_lines("write your code between START and END OF YOUR CODE in this cell"))


_KEYWORD = re.compile(r"\b(?:%s)\b" % "|".join(keyword.kwlist))


def gives_away(code):
    """Whether a line of code could give a solution away: it holds a name, a number or a string.

    A line of keywords and punctuation only (``continue``, ``else:``, ``)``)
    is in every program; finding one in a release tells nothing.
    """
    return bool(re.search(r"\w", _KEYWORD.sub("", code)))


class MarkerError(ValueError):
    """Markers that cannot be turned into a stub; the message says where and why."""


@dataclass(frozen=True)
class Region:
    """One solution region: 0-based line numbers of its two markers, its indentation, its function."""

    begin: int
    end: int
    indent: str
    function: str = ""


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


def _functions(text, filename, lines):
    """``(qualified_name, first_line, last_line, column)`` of every def (1-based lines)."""

    def visit(node, prefix):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                name = prefix + child.name
                yield name, child.lineno, _span_end(lines, child.end_lineno, child.col_offset), child.col_offset
                yield from visit(child, name + ".")
            elif isinstance(child, ast.ClassDef):
                yield from visit(child, prefix + child.name + ".")

    return list(visit(ast.parse(text, filename), ""))


def _owner(functions, region, filename):
    """The innermost function holding the region (the one that starts last)."""
    owners = [f for f in functions if f[1] <= region.begin + 1 and region.end + 1 <= f[2] and len(region.indent) > f[3]]
    if not owners:
        raise MarkerError(f"{filename}:{region.begin + 1}: a solution region must lie inside a function.")
    return max(owners, key=lambda f: f[1])[0]


def find_regions(text, filename="<solution>", in_functions=False):
    """The solution regions of a module or of a notebook cell, in order.

    Parameters
    ----------
    text : str
    filename : str
        Where the text is from, for messages.
    in_functions : bool
        A module's regions must each lie inside a function, which is named in ``Region.function``.

    Returns
    -------
    list of Region

    Raises
    ------
    MarkerError
        On a nested, unmatched or unterminated marker, a marker word anywhere but in a marker alone on
        its line, or (``in_functions``) a region outside a function.
    """
    lines = text.split("\n")
    regions, open_at = [], None
    for number, line in enumerate(lines):
        marker = line.strip()
        if marker == BEGIN:
            if open_at is not None:
                raise MarkerError(f"{filename}:{number + 1}: '{BEGIN}' inside another solution region.")
            open_at = number
        elif marker == END:
            if open_at is None:
                raise MarkerError(f"{filename}:{number + 1}: '{END}' without a '{BEGIN}' before it.")
            indent = lines[open_at][: len(lines[open_at]) - len(lines[open_at].lstrip())]
            regions.append(Region(open_at, number, indent))
            open_at = None
        elif any(word in line for word in MARKER_WORDS):
            raise MarkerError(f"{filename}:{number + 1}: {marker[:60]!r} is misplaced: a solution marker must stand "
                              f"alone on its line, exactly '{BEGIN}' or '{END}', and these words appear nowhere "
                              "else.")
    if open_at is not None:
        raise MarkerError(f"{filename}:{open_at + 1}: '{BEGIN}' is never closed by '{END}'.")
    if in_functions and regions:
        functions = _functions(text, filename, lines)
        regions = [Region(r.begin, r.end, r.indent, _owner(functions, r, filename)) for r in regions]
    return regions


def replace_regions(text, stub_for, filename="<solution>", in_functions=False):
    """The text with each region replaced by ``stub_for(region)`` (lines), at the region's indentation."""
    lines = text.split("\n")
    out, cursor = [], 0
    for region in find_regions(text, filename, in_functions):
        out.extend(lines[cursor:region.begin])
        out.extend(region.indent + line if line else line for line in stub_for(region))
        cursor = region.end + 1
    out.extend(lines[cursor:])
    return "\n".join(out)
