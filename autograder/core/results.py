"""Grading results: Gradescope's ``results.json``, the terminal table, and text made safe to show.

The results file follows Gradescope's autograder specification: ``score``,
``max_score``, ``execution_time`` and ``tests``, each test with ``name``,
``number``, ``score``, ``max_score``, ``status``, ``output`` and
``visibility``. A test's name starts with the exercise it grades
(``svm_loss_vectorized: has no Python loops``).

Feedback often quotes what student code produced (an exception's message, a
class name, a file name). :func:`clean_text` makes such a string safe for any
place it goes: valid Unicode, no control characters or terminal escape
sequences, one line, a bounded length. HTML and CSV need more (escaping,
formula cells) and get it where they are written.

Every file the kit writes goes through :func:`write_atomically`.
"""

import json
import os
import re
import sys
import tempfile
import unicodedata
from dataclasses import asdict, dataclass
from pathlib import Path

MESSAGE_CHARS = 600  # the most one feedback message shows; longer ones are cut with an ellipsis
# escape sequences a terminal acts on: CSI (colours, cursor moves, clear screen), OSC (window titles,
# hyperlinks, clipboard), DCS/SOS/PM/APC strings, and two-character ESC sequences
_ESCAPES = re.compile("|".join([
    r"\x1b\[[0-?]*[ -/]*[@-~]?",  # CSI
    r"\x1b[\]PX^_][^\x07\x1b]*(?:\x07|\x1b\\)?",  # OSC, DCS, SOS, PM, APC, up to their terminator
    r"\x1b[ -/]*[0-~]?",  # other ESC sequences
    r"\x9b[0-?]*[ -/]*[@-~]?",  # the 8-bit CSI
]))


@dataclass
class TestResult:
    """The outcome of one check of one exercise."""

    name: str
    number: str
    score: float
    max_score: float
    status: str  # "passed" or "failed"
    output: str
    visibility: str = "visible"
    exercise: str = ""

    def as_gradescope(self):
        entry = asdict(self)
        entry.pop("exercise")
        return entry


def clean_text(text, limit=MESSAGE_CHARS):
    """``text`` made safe to print, store in JSON or show to a person.

    Invalid Unicode (lone surrogates, undecodable bytes of a file name) becomes
    U+FFFD; terminal escape sequences are removed; every other control or
    invisible formatting character (bidirectional overrides included, which
    can make text read differently from what it is) becomes a space; runs of
    white space shrink to one; the result is cut to ``limit`` characters.

    Parameters
    ----------
    text : str
        Anything else is turned into a string with ``str`` first (only pass
        the grader's own objects: a student's object's ``__str__`` is theirs).
    limit : int or None
        The most characters kept (an ellipsis marks a cut); None keeps all.

    Returns
    -------
    str
    """
    if not isinstance(text, str):
        text = str(text)
    text = text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    text = _ESCAPES.sub("", text)
    text = "".join(" " if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") else c for c in text)
    text = " ".join(text.split())
    if limit is not None and len(text) > limit:
        text = text[:limit - 1].rstrip() + "…"
    return text


def summary(tests, execution_time):
    """The whole results document, as a dict ready for JSON (every output cleaned)."""
    return {
        "score": round(sum(t.score for t in tests), 6),
        "max_score": round(sum(t.max_score for t in tests), 6),
        "execution_time": round(execution_time, 3),
        "tests": [dict(t.as_gradescope(), output=clean_text(t.output)) for t in tests],
    }


def _umask():
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomically(path, document=None, *, write=None):
    """Write a file through a temporary file in the same folder and a rename: the kit's only writer.

    A reader sees the earlier file or the new one, never half of one; if
    writing fails, the earlier file is left as it was and no temporary file
    remains. The new file gets the permissions a plain ``open`` would give it
    (``mkstemp`` makes it private).

    Parameters
    ----------
    path : str or Path
    document : object, optional
        JSON data (a results document): written with ``allow_nan=False``, so
        that no nan or inf can reach a file Gradescope must parse.
    write : callable, optional
        ``write(temporary_path)`` writes the content itself (CSV, PNG, ...);
        give either this or ``document``.
    """
    if (document is None) == (write is None):
        raise TypeError("give exactly one of document and write")
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name[:64]}.", suffix=".tmp")
    try:
        os.fchmod(handle, 0o666 & ~_umask())
        if write is None:
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                handle = None
                json.dump(document, stream, indent=2, allow_nan=False)
                stream.write("\n")
        else:
            os.close(handle)
            handle = None
            write(temporary)
        os.replace(temporary, path)
    except BaseException:
        if handle is not None:
            os.close(handle)
        Path(temporary).unlink(missing_ok=True)
        raise


def _points(value):
    return f"{value:g}"


def table(tests):
    """The terminal view: one line per exercise, points and the first failure (cleaned for the terminal)."""
    exercises = []
    for test in tests:
        if not exercises or exercises[-1][0] != test.exercise:
            exercises.append((test.exercise, []))
        exercises[-1][1].append(test)
    width = max(len(name) for name, _ in exercises) if exercises else 10
    lines = [f"{'exercise':<{width}}  {'points':>11}  first failing check"]
    for name, group in exercises:
        earned = sum(t.score for t in group)
        possible = sum(t.max_score for t in group)
        failed = next((t for t in group if t.status != "passed"), None)
        note = "" if failed is None else clean_text(failed.output)
        points = f"{_points(earned)} / {_points(possible)}"
        lines.append(f"{name:<{width}}  {points:>11}  {note}")
    total = sum(t.score for t in tests)
    possible = sum(t.max_score for t in tests)
    lines.append(f"{'total':<{width}}  {_points(total) + ' / ' + _points(possible):>11}")
    return "\n".join(lines)


def print_safely(text, stream=None):
    """Print ``text``; a stream that cannot take it (closed, full, wrong encoding) is not an error.

    Used after the results file is written: a failure to show the table must
    never change or remove results already on disk.

    Returns
    -------
    bool
        Whether the text was printed.
    """
    stream = stream or sys.stdout
    if stream is None:  # Python's sys.stdout when the process was started with stdout closed
        return False
    try:
        try:
            stream.write(text + "\n")
        except UnicodeEncodeError:  # a terminal that cannot show every character: show what it can
            encoding = getattr(stream, "encoding", None) or "ascii"
            stream.write(text.encode(encoding, "replace").decode(encoding) + "\n")
        stream.flush()
        return True
    except (OSError, ValueError, UnicodeError, LookupError):
        return False
