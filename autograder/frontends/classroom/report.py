"""What an instructor gets from grading a class: the CSV, two plots and a summary.

- ``grades.csv``: one row per student, one column per exercise (points
  earned), then ``total``, ``max_score`` and ``note`` (why a student could
  not be graded, or ``not graded: no package found``; empty otherwise). A
  student without a grade has empty points, never a 0 among the graded.
- ``grades_lms.csv``: what Canvas and Moodle import: ``student_id``,
  ``total``, then one column per exercise; empty cells for a student without
  a grade.
- ``totals.png``: the distribution of totals.
- ``check_pass_rates.png``: of the graded students who attempted an
  exercise, the share who passed each of its checks that ran, lowest first,
  which shows the common mistakes at a glance.
- ``exercises.csv``: per exercise, how many graded students attempted it,
  passed every check, failed some, or did not attempt it, and the mean points.
- ``causes.csv`` and ``causes.png``: per exercise, how many students each
  mistake the grader diagnosed ("Likely cause: ...") was found in.
- ``feedback/<student>.md``: one page per graded student, to send as is.

The totals, the plots and the pass rates count graded students only: one
whose package was not found is listed apart.

What a check's verdict means is read from the results document the grader
wrote, never from what student code printed: a failed check is *gated* when
the grader did not run it because a check it requires failed (the rubric's
gates, replayed on the document's verdicts, or a check's own "is not checked
... until" sentence), and an exercise is *not attempted* when none of its
checks passed and every one that ran failed with the grader's "is not
implemented yet" or "is missing" sentence (the starter, a missing module).
Each of these sentences begins with a name of the grader's, so a student's
exception message, which the grader quotes only after "<name> raised <type>:",
cannot pose as one.

Every file is written through a temporary file and a rename
(``results.write_atomically``), so an interrupted run leaves the previous file
whole, never half a file.

Student ids are folder names: any bytes a student's archive could produce.
Every text cell is cleaned (``results.clean_text``), and one that a
spreadsheet would take for a formula (it starts with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return) gets a leading apostrophe, as OWASP
advises, so that opening the CSV never runs anything.
"""

import csv
import hashlib
import os
import re
import statistics
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from ...core.results import clean_text, write_atomically

CSV_NAME = "grades.csv"
LMS_CSV_NAME = "grades_lms.csv"
NOT_FOUND = "not graded: no package found"
TOTALS_PLOT = "totals.png"
PASS_RATES_PLOT = "check_pass_rates.png"
EXERCISES_CSV = "exercises.csv"
CAUSES_CSV = "causes.csv"
CAUSES_PLOT = "causes.png"
PLOTS = (TOTALS_PLOT, PASS_RATES_PLOT, CAUSES_PLOT)  # what grade-all --no-plots leaves out (and removes)
FEEDBACK = "feedback"  # OUT/feedback/<student>.md
FEEDBACK_INDEX = "index.csv"  # OUT/feedback/index.csv: which file is whose
LABEL_CHARS = 90  # check names are long; the plot's labels are cut to this
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass
class Row:
    """One student of the class: a results document, or the reason there is none.

    ``found`` is False when no package was found in the submission: the document then only says so
    in every check, and the student has no grade.
    """

    student: str
    document: Optional[dict]
    note: str = ""
    found: bool = True

    @property
    def graded(self):
        """Whether the student has a grade (a document of a package that was found)."""
        return self.document is not None and self.found

    def exercise_scores(self, exercises):
        """Points earned per exercise, in the order of ``exercises`` (names)."""
        scores = dict.fromkeys(exercises, 0.0)
        for test in self.document["tests"]:
            # a test's name is "<exercise>: <check>" (results.py); exercise names hold no ": "
            exercise = test["name"].split(": ", 1)[0]
            if exercise in scores:
                scores[exercise] += test["score"]
        return [scores[name] for name in exercises]


def shown_id(student):
    """A student id (a folder name, perhaps not valid UTF-8) as it can be shown: cleaned, at most 120 characters."""
    return clean_text(student, 120) or "(unprintable name)"


def safe_cell(text):
    """A text cell for a CSV file: cleaned, and never read as a formula by a spreadsheet."""
    text = clean_text(text)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _number(value):
    return f"{value:g}"


def not_found_note(document):
    """The note of a student whose package was not found: ``not graded: no package found``, and why if known."""
    why = clean_text(document.get("output", "")).rstrip(".")
    return f"{NOT_FOUND} ({why})" if why else NOT_FOUND


def graded_documents(rows):
    """The results documents of the students who have a grade."""
    return [row.document for row in rows if row.graded]


def csv_rows(rows, exercises):
    """The CSV as lists of strings: the header, then one row per student."""
    table = [["student", *exercises, "total", "max_score", "note"]]
    for row in rows:
        student, note = safe_cell(shown_id(row.student)), safe_cell(row.note)
        if not row.graded:
            table.append([student, *[""] * len(exercises), "", "", note])
        else:
            scores = map(_number, row.exercise_scores(exercises))
            table.append([student, *scores, _number(row.document["score"]),
                          _number(row.document["max_score"]), note])
    return table


def lms_rows(rows, exercises):
    """The LMS export as lists of strings: ``student_id``, ``total``, one column per exercise.

    A student without a grade keeps a row with empty cells: Canvas and Moodle leave an empty grade
    unset, where a 0 would be recorded as earned.
    """
    table = [["student_id", "total", *exercises]]
    for row in rows:
        student = safe_cell(shown_id(row.student))
        if not row.graded:
            table.append([student, "", *[""] * len(exercises)])
        else:
            table.append([student, _number(row.document["score"]), *map(_number, row.exercise_scores(exercises))])
    return table


def _write_table(path, table):
    def write(temporary):
        with open(temporary, "w", newline="") as stream:
            csv.writer(stream).writerows(table)

    write_atomically(path, write=write)


def write_csv(path, rows, exercises):
    """Write ``grades.csv`` atomically."""
    _write_table(path, csv_rows(rows, exercises))


def write_lms_csv(path, rows, exercises):
    """Write ``grades_lms.csv`` atomically."""
    _write_table(path, lms_rows(rows, exercises))


def read_notes(path):
    """The ``note`` of every row of an earlier ``grades.csv``, by its student cell; {} if there is none."""
    try:
        with open(path, newline="") as stream:
            table = list(csv.reader(stream))
    except (OSError, UnicodeError, csv.Error):
        return {}
    if not table or table[0][:1] != ["student"] or table[0][-1:] != ["note"]:
        return {}
    return {line[0]: line[-1] for line in table[1:] if len(line) == len(table[0])}


# -- what the grader determined, check by check ----------------------------------------------------------

PASSED, FAILED, GATED = "passed", "failed", "gated"
# The grader's own sentences (core/checks.py Context.request, core/runner.py import_problem and
# gate_message). Each begins with a name of the grader's (the exercise, the module's file), and the grader
# quotes a student's exception only after "<name> raised <type>: ", so student code cannot write one.
_NOT_IMPLEMENTED = " is not implemented yet (it raises NotImplementedError)."
_MISSING_FUNCTION = re.compile(r" is missing from [\w./-]+: define it there, with this name\.$")
_MISSING_MODULE = re.compile(r"^[\w/]+\.py is missing from the submission\b")
_NOT_CHECKED = " is not checked "  # gate_message, and a check that waits for an earlier verdict of its own
_CAUSE = " Likely cause: "  # how every diagnosis of the loss_functions checks ends its sentence
_QUOTED_ERROR = re.compile(r" raised [\w.]+(?: at .*?)?: ")  # StudentCallError.describe: student text follows


@dataclass(frozen=True)
class Layout:
    """The rubric's checks, to replay its gates on a results document.

    Attributes
    ----------
    exercises : tuple of str
        The exercise names, in the registry's order.
    checks : dict
        Test name (``"<exercise>: <check title>"``) -> ``(check id, Gate)``.
    """

    exercises: tuple
    checks: dict

    @classmethod
    def of(cls, rubric):
        """The layout of ``rubric`` (a ``core.rubric.Rubric``)."""
        checks = {}
        for exercise in rubric.assignment.exercises:
            for check in exercise.checks:
                checks[f"{exercise.name}: {exercise.check_title(check)}"] = (exercise.check_id(check),
                                                                              rubric.gate(exercise, check))
        return cls(tuple(e.name for e in rubric.assignment.exercises), checks)


def exercise_of(test):
    """The exercise a test grades: its name is ``"<exercise>: <check>"`` (results.py)."""
    return test["name"].split(": ", 1)[0]


def check_title(test):
    """The check's own title, without the exercise's name."""
    return test["name"].split(": ", 1)[-1]


def _gated(test, exercise, gate, verdicts):
    """Whether a failed check was not run because a check it requires failed.

    The rubric's gate, replayed on the verdicts of the earlier checks as ``runner.grade_package`` decides it,
    is exact whatever sentence the check got (a gated check may repeat its gate's reason, "is not implemented
    yet"); a check that refuses to judge until an earlier verdict of its own is right says "is not checked".
    """
    if gate is not None and not gate.passes(verdicts):
        return True
    return test["output"].startswith(exercise + _NOT_CHECKED)


def _not_attempted_sentence(test, exercise):
    """Whether a check failed with the grader's sentence for code not written: the starter, or no module."""
    output = test["output"]
    return (output == exercise + _NOT_IMPLEMENTED or bool(_MISSING_MODULE.match(output))
            or (output.startswith(exercise + " is missing from ") and bool(_MISSING_FUNCTION.search(output))))


def diagnosed_cause(test):
    """The mistake the grader named in a failed check's feedback ("Likely cause: ..."), or None.

    Only a sentence of the grader's own counts: one that quotes an exception of the student's code (whose
    message could say anything) is never read, and a cause cut short by the feedback's length limit is left out.
    """
    output = test["output"]
    if test["status"] == "passed" or output.count(_CAUSE) != 1 or _QUOTED_ERROR.search(output):
        return None
    cause = output.split(_CAUSE, 1)[1]
    if not cause.endswith("."):
        return None
    return cause[:-1].strip() or None


@dataclass
class ExerciseResult:
    """One exercise of one student's document: its checks, each passed, failed or gated.

    Attributes
    ----------
    name : str
    tests : list of (dict, str)
        Each test of the document and its state (:data:`PASSED`, :data:`FAILED` or :data:`GATED`).
    attempted : bool
        False when no check passed and every check that ran failed with the grader's "not implemented" or
        "missing" sentence.
    """

    name: str
    tests: list = field(default_factory=list)
    attempted: bool = True

    @property
    def points(self):
        return sum(test["score"] for test, _ in self.tests)

    @property
    def possible(self):
        return sum(test["max_score"] for test, _ in self.tests)

    @property
    def passed(self):
        """Whether every check passed."""
        return all(state == PASSED for _, state in self.tests)

    def having(self, state):
        """The tests in ``state``."""
        return [test for test, shown in self.tests if shown == state]

    def causes(self):
        """The distinct diagnosed causes of the checks that failed, in order."""
        return list(dict.fromkeys(filter(None, map(diagnosed_cause, self.having(FAILED)))))


def _attempted(result):
    """Whether the student wrote the exercise: some check passed, or one that ran failed on their code.

    Gated checks are left out: they only repeat the reason of their gate.
    """
    ran = [test for test, state in result.tests if state != GATED]
    unwritten = bool(ran) and all(_not_attempted_sentence(test, result.name) for test in ran)
    return bool(result.having(PASSED)) or not unwritten


def exercise_results(document, layout):
    """The document's tests grouped by exercise, each check's state decided (see the module's docstring).

    Returns
    -------
    list of ExerciseResult
        In the registry's order (``layout.exercises``); an exercise the layout does not know comes last.
    """
    results, verdicts = {}, {}
    for test in document["tests"]:
        exercise = exercise_of(test)
        check_id, gate = layout.checks.get(test["name"], (None, None))
        seen = verdicts.setdefault(exercise, {})
        if test["status"] == "passed":
            state = PASSED
        else:
            state = GATED if _gated(test, exercise, gate, seen) else FAILED
        if check_id is not None:
            seen[check_id] = test["status"] == "passed"
        results.setdefault(exercise, ExerciseResult(exercise)).tests.append((test, state))
    for result in results.values():
        result.attempted = _attempted(result)
    order = {name: index for index, name in enumerate(layout.exercises)}
    return sorted(results.values(), key=lambda r: order.get(r.name, len(order)))


@dataclass(frozen=True)
class CheckRate:
    """How one check went among the students who attempted its exercise and whose check ran (not gated)."""

    label: str
    passed: int
    ran: int

    @property
    def rate(self):
        return self.passed / self.ran


def pass_rates(documents, layout):
    """The pass rate of every check that ran for someone who attempted its exercise.

    A gated check and a check of an exercise not attempted say nothing about the check: they are left out,
    so that "did not try" and "was not checked yet" never look like "got it wrong".

    Returns
    -------
    list of CheckRate
        ``"<number> <name>"`` labels, in the documents' order; a check that ran for nobody is left out.
    """
    counts = {}
    for document in documents:
        for result in exercise_results(document, layout):
            for test, state in result.tests:
                label = f"{test['number']} {test['name']}"
                passed, ran = counts.get(label, (0, 0))
                counted = result.attempted and state != GATED
                counts[label] = (passed + (counted and state == PASSED), ran + counted)
    return [CheckRate(label, passed, ran) for label, (passed, ran) in counts.items() if ran]


EXERCISES_HEADER = ["exercise", "students", "attempted", "passed", "failed", "not_attempted", "gated_checks",
                    "mean_points", "max_points"]


@dataclass(frozen=True)
class ExerciseCounts:
    """One exercise across the graded students (a row of ``exercises.csv``).

    ``passed`` counts students who passed every check, ``failed`` those who attempted it and failed some
    check, ``not_attempted`` the rest; ``gated`` the checks not run, among those who attempted it, because
    a check they require failed; ``mean_points`` is over every graded student.
    """

    exercise: str
    students: int
    attempted: int
    passed: int
    gated: int
    mean_points: float
    max_points: float

    @property
    def failed(self):
        return self.attempted - self.passed

    @property
    def not_attempted(self):
        return self.students - self.attempted


def exercise_counts(documents, layout):
    """An :class:`ExerciseCounts` per exercise some document has, in the registry's order."""
    tally = {name: [] for name in layout.exercises}
    for document in documents:
        for result in exercise_results(document, layout):
            tally.setdefault(result.name, []).append(result)
    return [ExerciseCounts(name, len(results), sum(r.attempted for r in results),
                           sum(r.attempted and r.passed for r in results),
                           sum(len(r.having(GATED)) for r in results if r.attempted),
                           statistics.fmean(r.points for r in results), max(r.possible for r in results))
            for name, results in tally.items() if results]


def exercise_table(documents, layout):
    """``exercises.csv`` as lists of strings: the header, then one row per exercise (see ExerciseCounts)."""
    return [EXERCISES_HEADER, *([safe_cell(c.exercise), str(c.students), str(c.attempted), str(c.passed),
                                 str(c.failed), str(c.not_attempted), str(c.gated), f"{c.mean_points:.2f}",
                                 _number(c.max_points)] for c in exercise_counts(documents, layout))]


CAUSES_HEADER = ["exercise", "cause", "students"]


def cause_counts(documents, layout):
    """``[(exercise, cause, students)]``: how many students each diagnosed cause was found in, most first.

    A student counts once per cause of an exercise, however many of its checks name it.
    """
    counts = {}
    for document in documents:
        for result in exercise_results(document, layout):
            for cause in result.causes():
                counts[result.name, cause] = counts.get((result.name, cause), 0) + 1
    order = {name: index for index, name in enumerate(layout.exercises)}
    return sorted(((e, c, n) for (e, c), n in counts.items()),
                  key=lambda item: (-item[2], order.get(item[0], len(order)), item[1]))


def cause_table(counts):
    """``causes.csv`` as lists of strings."""
    return [CAUSES_HEADER, *([safe_cell(e), safe_cell(c), str(n)] for e, c, n in counts)]


def write_exercises_csv(path, documents, layout):
    """Write ``exercises.csv`` atomically."""
    _write_table(path, exercise_table(documents, layout))


def write_causes_csv(path, counts):
    """Write ``causes.csv`` atomically."""
    _write_table(path, cause_table(counts))


def _save(figure, path):
    write_atomically(path, write=lambda temporary: figure.savefig(temporary, format="png"))


def plot_totals(path, totals, max_score):
    """Histogram of the class's totals, with the mean and the median marked."""
    # matplotlib's object API renders with Agg and touches no global backend state
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    figure = Figure(figsize=(7, 4), dpi=100, layout="constrained")
    axes = figure.subplots()
    axes.hist(totals, bins=min(20, max(5, len(totals))), range=(0, max_score), color="#4c72b0", edgecolor="white")
    mean, median = statistics.fmean(totals), statistics.median(totals)
    axes.axvline(mean, color="#dd8452", label=f"mean {mean:.1f}")
    axes.axvline(median, color="#55a868", linestyle="--", label=f"median {median:.1f}")
    axes.set_xlim(0, max_score)
    axes.set_xlabel(f"total points (out of {max_score:g})")
    axes.set_ylabel("students")
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))  # counts of students: no 0.2 of a student
    axes.set_title(f"Totals of {len(totals)} graded students")
    axes.legend()
    _save(figure, path)


def _short(label, limit=LABEL_CHARS):
    return label if len(label) <= limit else label[:limit - 1] + "…"


def plot_pass_rates(path, rates, students):
    """Horizontal bars: each check's pass rate among those who attempted its exercise and whose check ran.

    Parameters
    ----------
    rates : list of CheckRate
    students : int
        Graded students, for the title.
    """
    from matplotlib.figure import Figure

    ordered = sorted(rates, key=lambda item: item.rate)
    labels = [f"{_short(item.label, LABEL_CHARS - 10)} ({item.passed}/{item.ran})" for item in ordered]
    values = [100 * item.rate for item in ordered]
    figure = Figure(figsize=(11, 1.4 + 0.2 * len(ordered)), dpi=100, layout="constrained")
    axes = figure.subplots()
    colours = [(1 - v / 100, 0.2 + 0.5 * v / 100, 0.3) for v in values]  # red for rarely passed, green for always
    axes.barh(range(len(values)), values, color=colours)
    axes.set_yticks(range(len(values)), labels, fontsize=7)
    axes.set_ylim(len(values) - 0.5, -0.5)  # the lowest pass rate on top, no empty band
    axes.set_xlim(0, 100)
    axes.set_xlabel("students who passed, of those who attempted the exercise and whose check ran (%)")
    axes.set_title(f"Pass rate of each check across {students} graded students\n(only those who attempted the "
                   "exercise; checks not run because an earlier one failed left out)", fontsize=10)
    _save(figure, path)


CAUSE_BARS = 15  # a slide shows the most common mistakes; causes.csv has them all
CAUSE_WRAP = 60  # characters per line of a bar's label


def plot_causes(path, counts, students):
    """Horizontal bars: the diagnosed causes found in most students, most first, for a slide.

    Parameters
    ----------
    counts : list of (str, str, int)
        ``cause_counts``: (exercise, cause, students).
    students : int
        Graded students, for the title and the axis.
    """
    from matplotlib.figure import Figure

    shown = counts[:CAUSE_BARS]
    labels = ["\n".join(textwrap.wrap(f"{exercise}: {cause}", CAUSE_WRAP, max_lines=3, placeholder=" …"))
              for exercise, cause, _ in shown]
    lines = sum(label.count("\n") + 1 for label in labels)
    figure = Figure(figsize=(11, max(3.6, 1.6 + 0.28 * lines)), dpi=100, layout="constrained")
    axes = figure.subplots()
    if not shown:
        axes.text(0.5, 0.5, "no mistake was diagnosed", ha="center", va="center", fontsize=14,
                  transform=axes.transAxes)
        axes.set_axis_off()
    else:
        values = [n for _, _, n in shown]
        axes.barh(range(len(values)), values, color="#c44e52")
        axes.set_yticks(range(len(values)), labels, fontsize=9)
        axes.set_ylim(len(values) - 0.5, -0.5)  # the most common on top
        axes.set_xlim(0, max(max(values), 1) * 1.12)
        for index, value in enumerate(values):
            axes.text(value, index, f" {value}", va="center", fontsize=9)
        axes.set_xlabel("students")
        axes.xaxis.get_major_locator().set_params(integer=True)
    more = f" (the first {CAUSE_BARS} of {len(counts)}; causes.csv has all)" if len(counts) > CAUSE_BARS else ""
    axes.set_title(f"Mistakes the grader diagnosed across {students} graded students{more}", fontsize=11)
    _save(figure, path)


# -- one page of feedback per student ---------------------------------------------------------------------

_SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,79}")
_UNSAFE_CHARS = re.compile(r"[^A-Za-z0-9._-]+")
_RUNS = re.compile(r"[._-]{2,}")  # "_.._" of a cleaned "../" reads as one separator
# an absolute path of the grading machine (a folder, a file in it), not "1/2" or "W/2"
_ABSOLUTE_PATH = re.compile(r"(?<![\w.~/\\])/(?:[^\s/'\"()<>:,;]+/)+([^\s/'\"()<>:,;]*)")
# what Markdown reads as markup in a line of text (lines here always start with the page's own characters)
_MARKDOWN = re.compile(r"([\\`*_\[\]<>&|~])")


def _digest(student):
    """A short, stable digest of the id's bytes (a folder name may not be UTF-8)."""
    return hashlib.sha256(os.fsencode(student)).hexdigest()


def feedback_names(students):
    """A file name for every student's feedback page, safe and unique.

    An id that is already a plain name (letters, digits, ``.``, ``_``, ``-``, starting with a letter or
    digit, at most 80 characters) keeps it; any other gets its cleaned letters and a digest of its bytes,
    so that no id can leave the folder (``..``, ``/``), hold a control character, or take another's file,
    also on a file system that ignores case.

    Returns
    -------
    dict
        Student id -> ``"<name>.md"``.
    """
    names, taken = {}, set()
    for student in students:
        slug = _RUNS.sub("_", _UNSAFE_CHARS.sub("_", shown_id(student))).strip("._-")[:60] or "student"
        digest = _digest(student)
        candidates = [student] if _SAFE_NAME.fullmatch(student) else []
        candidates += [f"{slug}-{digest[:8]}", f"{slug}-{digest}"]
        name = next((c for c in candidates if c.casefold() not in taken), None)
        if name is None:  # a digest collision: cannot happen, but never a shared file
            name = f"{slug}-{digest}-{len(taken)}"
        taken.add(name.casefold())
        names[student] = name + ".md"
    return names


def without_paths(text):
    """``text`` with every absolute path of the machine cut to its last part (``…/softmax.py``)."""
    return _ABSOLUTE_PATH.sub(lambda match: "…/" + match.group(1), text)


def markdown_text(text):
    """Text of the grader's own (titles, names) shown as written in Markdown: its markup characters escaped."""
    return _MARKDOWN.sub(r"\\\1", clean_text(text, None))


def markdown_literal(text):
    """Any string from a student (an id, feedback quoting their code) as a Markdown code span.

    Nothing inside a code span is markup: no link, no HTML, no entity, no emphasis. The fence is one backtick
    longer than the longest run in the text, so the text cannot close it.
    """
    text = clean_text(text) or "(empty)"
    fence = "`" * (max((len(run) for run in re.findall(r"`+", text)), default=0) + 1)
    pad = " " if text[0] in "` " or text[-1] in "` " else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _visible(test):
    """Whether the student may see a check's feedback (Gradescope's ``hidden`` tests are not shown)."""
    return test.get("visibility", "visible") != "hidden"


def _exercise_lines(result):
    """The lines of one exercise that was not fully passed: each failed check's sentence, then the gated."""
    heading = f"### {markdown_text(result.name)}: {_number(result.points)} / {_number(result.possible)}"
    if not result.attempted:
        first = next((test for test, state in result.tests if state == FAILED and _visible(test)), None)
        why = f": {markdown_literal(without_paths(first['output']))}" if first else ""
        return [heading, "", f"Not attempted{why}", ""]
    lines = [heading, ""]
    for test in result.having(FAILED):
        shown = markdown_literal(without_paths(test["output"])) if _visible(test) else "(feedback hidden)"
        lines.append(f"- {markdown_text(check_title(test))}: {shown}")
    gated = result.having(GATED)
    if gated:
        titles = "; ".join(markdown_text(check_title(test)) for test in gated)
        lines.append(f"- not checked until the checks above pass: {titles}")
    return lines + [""]


def feedback_page(student, document, layout):
    """One student's feedback page, in Markdown.

    The total, a table of the points of every exercise, then, for each exercise not fully passed, the
    one-sentence feedback of each failed check (absolute paths cut), which checks waited for them, or that
    it was not attempted. Nothing else from the document is shown (the hidden inputs never are in it).
    """
    results = exercise_results(document, layout)
    lines = [f"# Feedback for {markdown_literal(shown_id(student))}", "",
             f"**Total: {_number(document['score'])} / {_number(document['max_score'])}**", "",
             "| exercise | points | result |", "| --- | ---: | --- |"]
    for result in results:
        failed = len(result.having(FAILED))
        verdict = ("passed" if result.passed else "not attempted" if not result.attempted
                   else f"{failed} check{'s' * (failed != 1)} failed")
        lines.append(f"| {markdown_text(result.name)} | {_number(result.points)} / {_number(result.possible)} "
                     f"| {verdict} |")
    lines.append("")
    todo = [result for result in results if not result.passed]
    if todo:
        lines += ["## What to fix", ""]
        for result in todo:
            lines += _exercise_lines(result)
    else:
        lines += ["Every check passed.", ""]
    return "\n".join(lines)


def _write_text(path, text):
    write_atomically(path, write=lambda temporary: Path(temporary).write_text(text, encoding="utf-8"))


def write_feedback(folder, rows, layout):
    """Write ``<folder>/<name>.md`` for every graded student, and ``index.csv`` (student, file).

    The folder is the run's own: a page no graded student has any more (a student not graded now, or gone
    from SUBMISSIONS) is removed, so that an old page is never sent by mistake.

    Returns
    -------
    int
        Pages written.
    """
    graded = [row for row in rows if row.graded]
    names = feedback_names([row.student for row in graded])
    folder.mkdir(parents=True, exist_ok=True)
    for row in graded:
        _write_text(folder / names[row.student], feedback_page(row.student, row.document, layout))
    _write_table(folder / FEEDBACK_INDEX, [["student", "file"], *([safe_cell(shown_id(row.student)),
                                                                   safe_cell(names[row.student])] for row in graded)])
    kept = set(names.values())
    for page in folder.glob("*.md"):
        if page.name not in kept:
            page.unlink(missing_ok=True)
    return len(graded)


# -- the summary ------------------------------------------------------------------------------------------

def _exercise_summary(documents, layout):
    """The summary's lines on the exercises most failed by those who attempted them, and on those not attempted."""
    counts = exercise_counts(documents, layout)
    failed = sorted((c for c in counts if c.failed), key=lambda c: (-c.failed / c.attempted, -c.failed))[:3]
    lines = []
    if failed:
        lines.append("most failed (of those who attempted): " + "; ".join(
            f"{clean_text(c.exercise)} {c.failed} of {c.attempted}" for c in failed))
    unwritten = sum(c.not_attempted for c in counts)
    if unwritten:
        lines.append(f"not attempted: {unwritten} exercise(s) of {len(documents)} graded student(s) left as the "
                     f"starter or missing, counted apart from the failed (see {EXERCISES_CSV})")
    return lines


def describe(rows, counts, seconds, jobs, skipped_as="up to date (not regraded)", layout=None):
    """The summary printed after a run, as lines.

    Parameters
    ----------
    rows : list of Row
    counts : dict
        ``graded`` (in this run), ``skipped`` (kept from an earlier run), ``not_found`` (no package
        found, in this run or an earlier one) and ``failed``.
    seconds : float
        Wall time of the run.
    jobs : int
        Graders used (0 when every student was up to date).
    skipped_as : str
        What the skipped students are: up to date, or outside ``--only``.
    layout : Layout
        The rubric's checks, to tell gated checks and exercises not attempted apart; without it the
        pass rates and exercise lines are left out.
    """
    workers = f" with {jobs} grader(s)" if jobs else ""
    lines = [f"grade-all: {len(rows)} students: {counts['graded']} graded, {counts['skipped']} {skipped_as}, "
             f"{counts['not_found']} not graded (no package found), {counts['failed']} could not be graded; "
             f"{seconds:.1f} s{workers}"]
    documents = graded_documents(rows)
    if documents:
        totals = [d["score"] for d in documents]
        possible = max(d["max_score"] for d in documents)
        lines.append(f"totals (out of {possible:g}): mean {statistics.fmean(totals):.1f}, "
                     f"median {statistics.median(totals):g}, min {min(totals):g}, max {max(totals):g}")
    if documents and layout is not None:
        hardest = [item for item in sorted(pass_rates(documents, layout), key=lambda i: i.rate) if item.rate < 1][:3]
        if hardest:
            lines.append("least passed: " + "; ".join(
                f"{100 * item.rate:.0f}% ({item.passed}/{item.ran}) {clean_text(item.label)}" for item in hardest)
                + " (of those who attempted the exercise; gated checks left out)")
        lines += _exercise_summary(documents, layout)
        causes = cause_counts(documents, layout)
        if causes:
            lines.append("most diagnosed: " + "; ".join(
                f"{clean_text(e)}: {clean_text(c, 80)} ({n} student{'s' * (n != 1)})" for e, c, n in causes[:2]))
    for row in rows:
        if row.document is None:
            lines.append(f"could not grade {shown_id(row.student)}: {clean_text(row.note)}")
        elif not row.found:
            lines.append(f"{shown_id(row.student)}: {clean_text(row.note)}")
    return lines


def describe_similarity(found, where, seconds, shown=3):
    """The summary's lines on the similarity pass: how many pairs reach the threshold, and the first few.

    Parameters
    ----------
    found : similarity.ClassComparison
    where : str
        The HTML report's path, cleaned, to point at.
    seconds : float
        Time the pass took.
    shown : int
        Flagged pairs named.
    """
    if found.compared < 2:
        return [f"similarity: {found.compared} student(s) with code to compare: nothing compared"]
    flagged = found.flagged
    lines = [f"similarity: {found.compared} students compared in {seconds:.1f} s, {len(flagged)} pair(s) at or "
             f"above {found.threshold:g}, for a person to read (nothing is decided automatically); see {where}"]
    if flagged:
        more = f"; {len(flagged) - shown} more in the report" if len(flagged) > shown else ""
        lines.append("similar: " + "; ".join(f"{shown_id(pair.a.label)} and {shown_id(pair.b.label)} "
                                             f"{pair.score:.2f}" for pair in flagged[:shown]) + more)
    if found.left_out:
        lines.append(f"similarity: {len(found.left_out)} student(s) without Python code to compare left out: "
                     + ", ".join(shown_id(name) for name, _ in found.left_out[:5])
                     + (" ..." if len(found.left_out) > 5 else ""))
    return lines
