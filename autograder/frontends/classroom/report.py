"""What an instructor gets from grading a class: the CSV, two plots and a summary.

- ``grades.csv``: one row per student, one column per exercise (points
  earned), then ``total``, ``max_score`` and ``note`` (why a student could
  not be graded, or ``not graded: no package found``; empty otherwise). A
  student without a grade has empty points, never a 0 among the graded.
- ``grades_lms.csv``: what Canvas and Moodle import: ``student_id``,
  ``total``, then one column per exercise; empty cells for a student without
  a grade.
- ``totals.png``: the distribution of totals.
- ``check_pass_rates.png``: the share of graded students who passed each
  check, lowest first, which shows the common mistakes at a glance.

The totals, the plots and the pass rates count graded students only: one
whose package was not found is listed apart.

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
import statistics
from dataclasses import dataclass
from typing import Optional

from ...core.results import clean_text, write_atomically

CSV_NAME = "grades.csv"
LMS_CSV_NAME = "grades_lms.csv"
NOT_FOUND = "not graded: no package found"
TOTALS_PLOT = "totals.png"
PASS_RATES_PLOT = "check_pass_rates.png"
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


def pass_rates(documents):
    """Share of documents in which each check passed.

    Returns
    -------
    list of (str, float)
        ``("<number> <name>", rate)`` for every check, in the documents' order.
    """
    counts = {}
    for document in documents:
        for test in document["tests"]:
            label = f"{test['number']} {test['name']}"
            passed, seen = counts.get(label, (0, 0))
            counts[label] = (passed + (test["status"] == "passed"), seen + 1)
    return [(label, passed / seen) for label, (passed, seen) in counts.items()]


def _save(figure, path):
    write_atomically(path, write=lambda temporary: figure.savefig(temporary, format="png"))


def plot_totals(path, totals, max_score):
    """Histogram of the class's totals, with the mean and the median marked."""
    # matplotlib's object API renders with Agg and touches no global backend state
    from matplotlib.figure import Figure

    figure = Figure(figsize=(7, 4), dpi=100, layout="constrained")
    axes = figure.subplots()
    axes.hist(totals, bins=min(20, max(5, len(totals))), range=(0, max_score), color="#4c72b0", edgecolor="white")
    mean, median = statistics.fmean(totals), statistics.median(totals)
    axes.axvline(mean, color="#dd8452", label=f"mean {mean:.1f}")
    axes.axvline(median, color="#55a868", linestyle="--", label=f"median {median:.1f}")
    axes.set_xlim(0, max_score)
    axes.set_xlabel(f"total points (out of {max_score:g})")
    axes.set_ylabel("students")
    axes.set_title(f"Totals of {len(totals)} graded students")
    axes.legend()
    _save(figure, path)


def plot_pass_rates(path, rates, students):
    """Horizontal bars: the share of the ``students`` graded passing each check, lowest first."""
    from matplotlib.figure import Figure

    ordered = sorted(rates, key=lambda item: item[1])
    labels = [label if len(label) <= LABEL_CHARS else label[:LABEL_CHARS - 1] + "…" for label, _ in ordered]
    values = [100 * rate for _, rate in ordered]
    figure = Figure(figsize=(11, 1.2 + 0.2 * len(ordered)), dpi=100, layout="constrained")
    axes = figure.subplots()
    colours = [(1 - v / 100, 0.2 + 0.5 * v / 100, 0.3) for v in values]  # red for rarely passed, green for always
    axes.barh(range(len(values)), values, color=colours)
    axes.set_yticks(range(len(values)), labels, fontsize=7)
    axes.set_ylim(len(values) - 0.5, -0.5)  # the lowest pass rate on top, no empty band
    axes.set_xlim(0, 100)
    axes.set_xlabel("students who passed (%)")
    axes.set_title(f"Pass rate of each check across {students} graded students")
    _save(figure, path)


def describe(rows, counts, seconds, jobs, skipped_as="up to date (not regraded)"):
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
        hardest = [(label, rate) for label, rate in sorted(pass_rates(documents), key=lambda i: i[1]) if rate < 1][:3]
        if hardest:
            lines.append("least passed: " + "; ".join(f"{100 * rate:.0f}% {label}" for label, rate in hardest))
    for row in rows:
        if row.document is None:
            lines.append(f"could not grade {shown_id(row.student)}: {clean_text(row.note)}")
        elif not row.found:
            lines.append(f"{shown_id(row.student)}: {clean_text(row.note)}")
    return lines
