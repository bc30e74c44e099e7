"""``python -m autograder.frontends.similarity``: which students wrote alike code, for a person to judge.

Usage::

    python -m autograder.frontends.similarity --submissions DIR [--known DIR] --out DIR [--threshold X]

Each sub-folder of SUBMISSIONS is one student, and each sub-folder of KNOWN
(optional) one known solution (public ones an instructor collected); their
package is found by the kit's one rule (:func:`autograder.core.package.find`).

What is compared is only the code students wrote: in each file students
write, the lines between the ``START OF YOUR CODE`` and ``END OF YOUR CODE``
markers of each function, without the lines the starter itself has in that
function (its ``raise NotImplementedError`` stub, its comments), so that the
untouched starter, submitted by many, makes nobody similar. A function whose
markers a student deleted is compared by its whole body (less the starter's
lines). Functions are compared with the same function only.

Fingerprinting is ``copydetect``'s (winnowing, the method of MOSS): it turns
every name into one symbol and drops comments and white space, so renamed
variables and rewritten comments change nothing. Three more rules keep
independent work apart and copies together:

- a fingerprint found in the answers of many students to a function (more
  than :data:`COMMON_SHARE` of them, and more than :data:`COMMON_AT_LEAST`)
  is an idiom of the exercise (``scores = X.dot(W)``), not evidence, and is
  not counted, as MOSS does; known solutions are not counted among the
  many. (So a passage that more than that share of a large class copied
  from one source is taken for an idiom too and not found, a limitation
  MOSS has as well.)
- a function with too little code left (:data:`MIN_TOKENS`) is not scored:
  ``W_new = W - learning_rate * dW`` is what everybody writes;
- statements that do not depend on each other (consecutive assignments that
  share no name) are put in one canonical order first, so that reordering
  them, a copier's trick that breaks fingerprints, hides nothing.

A pair's **score** is the highest share, over the functions both wrote, of one
side's fingerprints of that function found in the other's: 1.0 means that
some function of one of them is wholly in the other's. ``overall`` is the
share of all their compared code that matches. ``flag`` is ``score >=
threshold``; nothing is decided here: the report shows the matched code of
each pair side by side for a person to read.

Outputs in OUT: ``similarity.csv`` (every pair with anything in common, highest
score first) and ``similarity.html``. Exit status 0; 2 with one line on stderr
when the input is unusable (a missing folder, an empty class, a submission
with no Python source), and then nothing is written.

``grade-all`` runs the same pass over the class it graded through
:func:`compare_class`, which leaves out (and lists) a student it cannot read
instead of refusing the class: by then the grades are written.
"""

import argparse
import ast
import csv
import html
import importlib.util
import io
import math
import re
import sys
import tempfile
import textwrap
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Optional

from ..core.callgraph import decode
from ..core.package import Refused, find
from ..core.results import clean_text, print_safely, write_atomically
from ..core.usage import UsageError, run_command
from ..loss_functions.exercises import ASSIGNMENT, KIT
from .classroom.report import safe_cell, shown_id

PROG = "similarity"
CSV_NAME = "similarity.csv"
HTML_NAME = "similarity.html"
DEFAULT_THRESHOLD = 0.9  # independent answers to one function can share most of it: the planted copies reach 1.0
NOISE = 25  # copydetect's k: the shortest match counted, in characters of name-blind code (its default)
WINDOW = 1  # every k-gram kept: answers are short, so winnowing's thinning would only lose matches
MIN_TOKENS = 100  # a function with fewer characters of fingerprinted code left is too short to score
COMMON_SHARE = 0.05  # a fingerprint in more than this share of the students' answers is an idiom ...
COMMON_AT_LEAST = 4  # ... and in more than this many: a copy shared by a few must stay visible
HTML_PAIRS = 200  # the report shows the pairs ranked first (the CSV has them all)


def _regions_module():
    """``tools/regions.py``, where the kit's markers are defined (loaded by path: tools is not a package)."""
    spec = importlib.util.spec_from_file_location("_kit_regions", KIT / "tools" / "regions.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_REGIONS = _regions_module()
_DEF = re.compile(r"^(\s*)(?:async\s+)?(def|class)\s+(\w+)")
_NAME = re.compile(r"[A-Za-z_]\w*")  # every word blanked: a key that renaming cannot change


def _squeezed(line):
    """A line without any white space: markers and starter lines are matched on this."""
    return "".join(line.split())


START, END = _squeezed(_REGIONS.START_LINE), _squeezed(_REGIONS.END_LINE)


def _copydetect():
    """copydetect, imported when first needed: it brings matplotlib (a second), which bad input never waits for."""
    import copydetect
    import copydetect.utils

    return copydetect


# -- what a student wrote ---------------------------------------------------------------------------------

@dataclass
class Author:
    """One student or known solution, and the code compared: ``{"file:function": text}``."""

    name: str
    known: bool
    functions: dict = field(default_factory=dict)

    @property
    def label(self):
        return f"known:{self.name}" if self.known else self.name


def marked_regions(text):
    """The text between the answer markers, per enclosing function (``Class.method``), in order.

    Read line by line, not with ``ast``, so that a file with a syntax error is still compared. A
    START marker never closed ends at the next ``def`` or ``class`` no deeper than its function's.

    Returns
    -------
    dict of str to list of str
    """
    regions, scopes, inside, owner = {}, [], None, None
    for line in text.splitlines() + [None]:
        if inside is not None:
            match = _DEF.match(line) if line is not None else None
            if line is None or _squeezed(line) == END or (match and len(match.group(1)) <= owner[0]):
                regions.setdefault(owner[1], []).append("\n".join(inside))
                inside = None
                if line is None or _squeezed(line) == END:
                    continue
            else:
                inside.append(line)
                continue
        if line is None:
            break
        if _squeezed(line) == START:
            inside, owner = [], (scopes[-1][0] if scopes else -1, ".".join(name for _, name in scopes))
            continue
        match = _DEF.match(line)
        if match:
            depth = len(match.group(1))
            scopes = [scope for scope in scopes if scope[0] < depth] + [(depth, match.group(3))]
    return regions


def function_bodies(text):
    """Each function's body (without its docstring), by qualified name; {} if the text does not parse."""
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError):
        return {}
    lines, bodies = text.splitlines(), {}

    def visit(node, prefix):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                body = child.body
                if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                    body = body[1:]  # the docstring is the starter's
                if body:
                    bodies[prefix + child.name] = "\n".join(lines[body[0].lineno - 1:child.end_lineno])
                visit(child, prefix + child.name + ".")
            elif isinstance(child, ast.ClassDef):
                visit(child, prefix + child.name + ".")

    visit(tree, "")
    return bodies


def without_starter(code, starter_lines):
    """``code`` less its blank lines and the lines the starter has in this function (its stub, its comments)."""
    kept = [line for line in code.splitlines() if line.strip() and _squeezed(line) not in starter_lines]
    return textwrap.dedent("\n".join(kept))


# statements that only bind names: two of them that share no name may be written in either order
_REORDERABLE = (ast.Assign, ast.AugAssign, ast.AnnAssign)


def _written(statement):
    """The names a simple statement binds or changes (``x``, ``x[i]``, ``x.attr`` all change ``x``)."""
    targets = statement.targets if isinstance(statement, ast.Assign) else [statement.target]
    written = set()
    for target in targets:
        while isinstance(target, (ast.Subscript, ast.Attribute)):
            target = target.value
        written |= {node.id for node in ast.walk(target) if isinstance(node, ast.Name)}
    return written


def _statement_runs(tree):
    """Runs of consecutive one-line simple statements, one run per stretch of each block of the tree."""
    for node in ast.walk(tree):
        for name in ("body", "orelse", "finalbody"):
            block = getattr(node, name, None)
            if not isinstance(block, list):
                continue
            run = []
            for statement in block + [None]:
                simple = (isinstance(statement, _REORDERABLE) and statement.lineno == statement.end_lineno
                          and not any(s.lineno == statement.lineno for s in run))
                if simple:
                    run.append(statement)
                    continue
                if len(run) > 1:
                    yield run
                run = []


def _canonical(run, lines):
    """The run's line numbers (0-based) in one order that any valid reordering of it also gives.

    Each statement waits for the earlier ones it shares a name with (a dependency, in either direction);
    among those free to go, the one whose code is first with every name blanked out goes first.
    """
    names = [{node.id for node in ast.walk(s) if isinstance(node, ast.Name)} for s in run]
    written = [_written(s) for s in run]
    after = [{j for j in range(i) if written[i] & names[j] or written[j] & names[i]} for i in range(len(run))]
    keys = [_NAME.sub("V", _squeezed(lines[s.lineno - 1])) for s in run]
    order, placed = [], set()
    while len(order) < len(run):
        free = [i for i in range(len(run)) if i not in placed and after[i] <= placed]
        chosen = min(free, key=lambda i: (keys[i], i))
        order.append(chosen)
        placed.add(chosen)
    return [run[i].lineno - 1 for i in order]


def canonical_order(code):
    """``code`` with independent statements put in a canonical order, so that reordering them hides nothing.

    Only consecutive one-line assignments of a block move, and only past statements that share no name
    with them; code that does not parse is left as it is.
    """
    try:
        tree = ast.parse(code)
    except (SyntaxError, ValueError):
        return code
    lines = code.split("\n")
    moved = list(lines)
    for run in _statement_runs(tree):
        slots = sorted(s.lineno - 1 for s in run)
        for slot, source in zip(slots, _canonical(run, lines)):
            moved[slot] = lines[source]
    return "\n".join(moved)


@dataclass(frozen=True)
class StarterFile:
    """What the starter gives in one student file: its answer regions' functions and each one's own lines."""

    functions: Optional[tuple]  # None: the starter has no such file (yet), each student's markers say
    lines: dict  # function -> set of squeezed lines of the starter's version of it


def starter_file(relative):
    """The starter's version of a student file, as :func:`answers` needs it."""
    try:
        text = (Path(ASSIGNMENT.starter) / relative).read_text(encoding="utf-8")
    except FileNotFoundError:  # an exercise whose stubs are not generated yet: nothing to take out
        return StarterFile(None, {})
    bodies = function_bodies(text)
    functions = tuple(marked_regions(text))
    return StarterFile(functions, {name: {_squeezed(line) for line in bodies.get(name, "").splitlines()}
                                   for name in functions})


def answers(text, starter):
    """The student's own code in one file: ``{function: text}`` for each function the starter asks for."""
    regions, bodies = marked_regions(text), None
    found = {}
    for function in regions if starter.functions is None else starter.functions:
        if function in regions:
            code = "\n".join(regions[function])
        else:  # markers deleted: the whole body stands for the region
            bodies = function_bodies(text) if bodies is None else bodies
            code = bodies.get(function, "")
        code = canonical_order(without_starter(code, starter.lines.get(function, set())))
        if code:
            found[function] = code
    return found


def python_text(path):
    """The text of a Python source file, or None if it is not one (binary, NUL bytes, undecodable)."""
    data = path.read_bytes()
    if b"\0" in data:
        return None
    try:
        return decode(data)
    except (UnicodeDecodeError, SyntaxError, LookupError):  # a bad PEP 263 cookie is a SyntaxError
        return None


def read_author(name, folder, known, staging, starters):
    """An :class:`Author` from a submission folder.

    Raises
    ------
    UsageError
        If the folder holds no package, or none of its student files is Python source.
    """
    what = "known solution" if known else "submission"
    try:
        found = find(folder, ASSIGNMENT, staging)
    except Refused as error:
        raise UsageError(f"{what} {shown_id(name)}: {error}") from None
    if found.package_dir is None:
        raise UsageError(f"{what} {shown_id(name)} is not Python: it has none of the files "
                         f"{', '.join(Path(f).name for f in ASSIGNMENT.student_files)}; remove it or fix it.")
    author, present, readable = Author(name, known), 0, 0
    for relative in ASSIGNMENT.student_files:
        path = Path(found.package_dir) / relative
        if not path.is_file():
            continue
        present += 1
        text = python_text(path)
        if text is None:
            continue
        readable += 1
        for function, code in answers(text, starters[relative]).items():
            author.functions[f"{relative}:{function}"] = code
    if not readable:
        raise UsageError(f"{what} {shown_id(name)} is not Python: "
                         + ("none of its files is Python source text (binary or undecodable)" if present else
                            f"its {ASSIGNMENT.package} package has none of the files students write")
                         + "; remove it or fix it.")
    return author


# -- fingerprints and pairs -------------------------------------------------------------------------------

def fingerprint(code):
    """copydetect's fingerprint of one function's code (names, comments and white space ignored)."""
    return _copydetect().CodeFingerprint("answer.py", NOISE, WINDOW, language="python", fp=io.StringIO(code))


def common_limit(writers):
    """In how many students' answers to a function a fingerprint may be before it is an idiom of it."""
    return max(COMMON_AT_LEAST, math.floor(COMMON_SHARE * writers))


def drop_fingerprints(print_, hashes):
    """Remove ``hashes`` from a fingerprint, as copydetect's boilerplate option does, and recount its coverage."""
    if not hashes & print_.hashes:
        return
    print_.hashes = print_.hashes - hashes
    print_.hash_idx = {h: i for h, i in print_.hash_idx.items() if h not in hashes}
    print_.token_coverage = _copydetect().utils.get_token_coverage(print_.hash_idx, print_.k, len(print_.filtered_code))


def class_fingerprints(authors):
    """``{(author index, function): fingerprint}``, idioms of the class removed (see the module's notes)."""
    prints = {(index, function): fingerprint(code)
              for index, author in enumerate(authors) for function, code in author.functions.items()}
    counts, writers = {}, {}
    for (index, function), print_ in prints.items():
        if not authors[index].known:  # the class decides what is idiom: a known solution is one more text
            writers[function] = writers.get(function, 0) + 1
            for h in print_.hashes:
                counts[(function, h)] = counts.get((function, h), 0) + 1
    common = {}
    for (function, h), count in counts.items():
        if count > common_limit(writers[function]):
            common.setdefault(function, set()).add(h)
    for (index, function), print_ in prints.items():
        drop_fingerprints(print_, common.get(function, set()))
    return prints


def candidate_pairs(authors, prints):
    """``{(a, b): functions}``: the pairs, a < b, that share a fingerprint, and in which functions.

    Found through an index of who holds each fingerprint, so that a class of a thousand compares only the
    pairs and functions that have anything in common (no known-known pair).
    """
    holders = {}
    for (index, function), print_ in prints.items():
        for h in print_.hashes:
            holders.setdefault((function, h), set()).add(index)
    pairs = {}
    for (function, _), group in holders.items():
        for pair in combinations(sorted(group), 2):
            if not (authors[pair[0]].known and authors[pair[1]].known):
                pairs.setdefault(pair, set()).add(function)
    return pairs


@dataclass
class Match:
    """What one function of a pair has in common: each side's share and where (copydetect's slices)."""

    function: str
    shares: tuple
    slices: tuple
    scored: bool


@dataclass
class Pair:
    """Two authors, their score (see the module's notes), and the functions they have in common."""

    a: Author
    b: Author
    score: float
    overall: float
    matches: list

    @property
    def top_function(self):
        scored = [m for m in self.matches if m.scored]
        return max(scored, key=lambda m: max(m.shares)).function if scored else ""


def compare(a, b, prints_a, prints_b, shared):
    """The :class:`Pair` of two authors, comparing each function with the same function only.

    ``shared`` names the functions in which they have a fingerprint in common (the others match nowhere).
    """
    matches, overlap, coverage = [], 0.0, 0.0
    for function in sorted(set(prints_a) & set(prints_b)):
        first, second = prints_a[function], prints_b[function]
        coverage += first.token_coverage + second.token_coverage
        if function not in shared:
            continue
        _, shares, slices = _copydetect().compare_files(first, second)
        if not any(shares):
            continue
        overlap += shares[0] * first.token_coverage + shares[1] * second.token_coverage
        scored = min(first.token_coverage, second.token_coverage) >= MIN_TOKENS
        matches.append(Match(function, (float(shares[0]), float(shares[1])), slices, scored))
    score = max((max(m.shares) for m in matches if m.scored), default=0.0)
    return Pair(a, b, min(score, 1.0), overlap / coverage if coverage else 0.0, matches)


def rank(authors):
    """Every pair with anything in common, highest score first (then overall share, then names)."""
    prints = class_fingerprints(authors)
    by_author = {}
    for (index, function), print_ in prints.items():
        by_author.setdefault(index, {})[function] = print_
    pairs = []
    for (i, j), shared in sorted(candidate_pairs(authors, prints).items()):
        if authors[i].known:  # a student first, a known solution second
            i, j = j, i
        pair = compare(authors[i], authors[j], by_author[i], by_author[j], shared)
        if pair.matches:
            pairs.append(pair)
    return sorted(pairs, key=lambda p: (-p.score, -p.overall, p.a.label, p.b.label))


# -- the reports ------------------------------------------------------------------------------------------

CSV_HEADER = ["rank", "student_a", "student_b", "kind", "score", "flag", "overall", "top_function"]


def csv_table(pairs, threshold):
    """The CSV as lists of strings (every name cleaned and never read as a formula)."""
    table = [CSV_HEADER]
    for number, pair in enumerate(pairs, 1):
        table.append([str(number), safe_cell(shown_id(pair.a.label)), safe_cell(shown_id(pair.b.label)),
                      "known" if pair.b.known else "student", f"{pair.score:.3f}",
                      "yes" if pair.score >= threshold else "", f"{pair.overall:.3f}",
                      safe_cell(pair.top_function)])
    return table


def _shown(text):
    """Any student string, cleaned and escaped for HTML."""
    return html.escape(shown_id(text))


def _highlighted(code, slices):
    """The code with its matched slices marked (copydetect escapes the code itself)."""
    if len(slices) == 0 or slices.shape[-1] == 0:
        return html.escape(code)
    marked, _ = _copydetect().utils.highlight_overlap(code, slices, "<mark>", "</mark>", escape_html=True)
    return marked


STYLE = """body{font-family:sans-serif;margin:1em}table{border-collapse:collapse}
td,th{border:1px solid #ccc;padding:2px 6px;vertical-align:top}.flag{background:#fdd}
pre{margin:0;white-space:pre-wrap;font-size:85%}mark{background:#fd6}.side td{width:50%}"""


def _pair_section(number, pair, threshold):
    """One pair of the report: its numbers, then each function they share, side by side."""
    flag = " (flagged)" if pair.score >= threshold else ""
    rows = []
    for match in sorted(pair.matches, key=lambda m: (not m.scored, -max(m.shares), m.function)):  # top first
        a_code, b_code = pair.a.functions[match.function], pair.b.functions[match.function]
        rows.append(f"<tr><th colspan=2>{html.escape(match.function)}: {match.shares[0]:.0%} of "
                    f"{_shown(pair.a.label)}'s, {match.shares[1]:.0%} of {_shown(pair.b.label)}'s"
                    f"{'' if match.scored else ' (too short to score)'}</th></tr>"
                    f"<tr><td><pre>{_highlighted(a_code, match.slices[0])}</pre></td>"
                    f"<td><pre>{_highlighted(b_code, match.slices[1])}</pre></td></tr>")
    return (f"<h2 id=pair{number}>{number}. {_shown(pair.a.label)} and {_shown(pair.b.label)}: "
            f"score {pair.score:.3f}{flag}, overall {pair.overall:.3f}</h2>"
            f"<table class=side>{''.join(rows)}</table>")


def html_report(pairs, threshold, authors):
    """The whole HTML report: a ranked table, then the matched code of the first :data:`HTML_PAIRS` pairs."""
    flagged = sum(pair.score >= threshold for pair in pairs)
    rows = "".join(
        f"<tr{' class=flag' if pair.score >= threshold else ''}><td><a href=#pair{n}>{n}</a></td>"
        f"<td>{_shown(pair.a.label)}</td><td>{_shown(pair.b.label)}</td><td>{pair.score:.3f}</td>"
        f"<td>{'yes' if pair.score >= threshold else ''}</td><td>{pair.overall:.3f}</td>"
        f"<td>{html.escape(pair.top_function)}</td></tr>" for n, pair in enumerate(pairs[:HTML_PAIRS], 1))
    students = sum(not author.known for author in authors)
    more = (f"<p>The first {HTML_PAIRS} pairs are shown; {CSV_NAME} has all {len(pairs)}.</p>"
            if len(pairs) > HTML_PAIRS else "")
    sections = "".join(_pair_section(n, pair, threshold) for n, pair in enumerate(pairs[:HTML_PAIRS], 1))
    return (f"<!DOCTYPE html><html><head><meta charset=utf-8><title>Similarity</title><style>{STYLE}</style>"
            f"</head><body><h1>Similarity across the class</h1><p>{students} students, "
            f"{len(authors) - students} known solutions, {len(pairs)} pairs with code in common, {flagged} "
            f"at or above the threshold {threshold:g}. A flag is a reason to read the code, not a verdict: "
            "only the code written between the answer markers is compared, names, comments and white space "
            "ignored, idioms shared by many students left out; statements that do not depend on each other "
            f"are shown in one canonical order.</p>{more}<table><tr><th>#</th><th>student_a"
            "</th><th>student_b</th><th>score</th><th>flag</th><th>overall</th><th>top function</th></tr>"
            f"{rows}</table>{sections}</body></html>\n")


def write_reports(out, pairs, threshold, authors):
    """Write both files, each atomically (a reader sees the earlier file or the new one)."""
    def write_csv(temporary):
        with open(temporary, "w", newline="", encoding="utf-8") as stream:
            csv.writer(stream).writerows(csv_table(pairs, threshold))

    def write_html(temporary):
        Path(temporary).write_text(html_report(pairs, threshold, authors), encoding="utf-8")

    write_atomically(out / HTML_NAME, write=write_html)
    write_atomically(out / CSV_NAME, write=write_csv)


# -- the command ------------------------------------------------------------------------------------------

def _folders(root, out):
    """(name, folder) of every sub-folder of ``root``, sorted; hidden ones and OUT are not authors."""
    return [(folder.name, folder) for folder in sorted(root.iterdir())
            if folder.is_dir() and not folder.name.startswith(".")
            and (folder.is_symlink() or folder.resolve() != out.resolve())]


def _existing_folder(path, option, what):
    if path.exists() and not path.is_dir():
        raise UsageError(f"{option} path {path} is a file; give the folder that holds one sub-folder per {what}.")
    if not path.is_dir():
        raise UsageError(f"{option} folder {path} does not exist; give the folder that holds one sub-folder "
                         f"per {what}.")


def _threshold(text):
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not 0 <= value <= 1:
        raise UsageError(f"--threshold must be a number from 0 to 1; got {text!r}.")
    return value


def check_inputs(args):
    """``(students, known, out, threshold)``: folders as ``(name, path)`` lists, checked; or UsageError."""
    submissions, out = Path(args.submissions), Path(args.out)
    threshold = _threshold(args.threshold)
    _existing_folder(submissions, "SUBMISSIONS", "student")
    if args.known is not None:
        _existing_folder(Path(args.known), "KNOWN", "known solution")
    if out.exists() and not out.is_dir():
        raise UsageError(f"output path {out} is a file; give a folder (OUT=<folder>).")
    students = _folders(submissions, out)
    if not students:
        raise UsageError(f"submissions folder {submissions} is an empty class: it has no sub-folder; put each "
                         "student's submission in a folder named after the student.")
    known = _folders(Path(args.known), out) if args.known is not None else []
    if args.known is not None and not known:
        raise UsageError(f"known folder {args.known} has no sub-folder; put each known solution in a folder "
                         "of its own.")
    if len(students) < 2 and not known:
        raise UsageError(f"submissions folder {submissions} has one student only: there is nobody to compare "
                         "with (give KNOWN=<folder> to compare with known solutions).")
    return students, known, out, threshold


def read_authors(students, known):
    """Every :class:`Author`, students first, each package found in a staging folder of its own."""
    starters = {relative: starter_file(relative) for relative in ASSIGNMENT.student_files}
    with tempfile.TemporaryDirectory(prefix="similarity-") as staging:
        return [read_author(name, folder, is_known, Path(staging) / str(number), starters)
                for number, (name, folder, is_known) in
                enumerate([(n, f, False) for n, f in students] + [(n, f, True) for n, f in known])]


@dataclass
class ClassComparison:
    """What :func:`compare_class` found, for grade-all's summary.

    Attributes
    ----------
    pairs : list of Pair
        Ranked, best first (empty when fewer than two students could be read).
    threshold : float
    compared : int
        Students whose code was compared.
    left_out : list of (str, str)
        (student, why) of the students whose code could not be read.
    """

    pairs: list
    threshold: float
    compared: int
    left_out: list = field(default_factory=list)

    @property
    def flagged(self):
        """The pairs at or above the threshold, best first."""
        return [pair for pair in self.pairs if pair.score >= self.threshold]


def compare_class(students, out, threshold=DEFAULT_THRESHOLD):
    """The similarity pass of a graded class, for ``grade-all``: never refuses a student, never a usage error.

    Unlike :func:`run`, a student whose package or source cannot be read is left out (and listed) rather than
    stopping the pass: grade-all has already decided about them. The reports are written to ``out`` when at
    least two students could be compared.

    Parameters
    ----------
    students : list of (str, Path)
        (student id, submission folder).
    out : Path
        Where ``similarity.csv`` and ``similarity.html`` go.
    threshold : float

    Returns
    -------
    ClassComparison
    """
    starters = {relative: starter_file(relative) for relative in ASSIGNMENT.student_files}
    authors, left_out = [], []
    with tempfile.TemporaryDirectory(prefix="similarity-") as staging:
        for number, (name, folder) in enumerate(students):
            try:
                authors.append(read_author(name, folder, False, Path(staging) / str(number), starters))
            except UsageError as error:
                left_out.append((name, str(error)))
    if len(authors) < 2:
        return ClassComparison([], threshold, len(authors), left_out)
    pairs = rank(authors)
    out.mkdir(parents=True, exist_ok=True)
    write_reports(out, pairs, threshold, authors)
    return ClassComparison(pairs, threshold, len(authors), left_out)


def run(args):
    """Compare the class as ``args`` says; returns the exit status (0), or raises UsageError."""
    students, known, out, threshold = check_inputs(args)
    authors = read_authors(students, known)  # every input is read, and refused if bad, before anything is written
    pairs = rank(authors)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise UsageError(f"cannot create the output folder {out}: {error.strerror or error}.") from None
    write_reports(out, pairs, threshold, authors)
    flagged = sum(pair.score >= threshold for pair in pairs)
    print_safely(f"{PROG}: {len(students)} students, {len(known)} known solutions: {len(pairs)} pairs with code "
                 f"in common, {flagged} flagged (score >= {threshold:g}); see {clean_text(out / HTML_NAME)}")
    return 0


def parser():
    parse = argparse.ArgumentParser(prog=PROG, description="Rank pairs of students by the similarity of the "
                                                           "code they wrote between the answer markers.")
    parse.add_argument("--submissions", required=True, help="folder with one sub-folder per student")
    parse.add_argument("--known", default=None, help="folder with one sub-folder per known solution (optional)")
    parse.add_argument("--out", required=True, help=f"folder for {CSV_NAME} and {HTML_NAME}")
    parse.add_argument("--threshold", default=str(DEFAULT_THRESHOLD),
                       help=f"score at or above which a pair is flagged, 0 to 1 (default {DEFAULT_THRESHOLD:g})")
    return parse


def main(argv=None):
    return run_command(PROG, run, parser().parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
