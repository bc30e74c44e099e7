"""``python -m autograder grade-all``: grade every student's folder, resumably, in parallel.

Exit status: 0 when every student was graded (whatever the scores), 1 when
some could not be (each has a row with a note, and a later run retries
them) or when some student's package was not found ("not graded: no package
found": never a 0 among the graded), 2 with one line saying why when nothing
could run (bad folders, rubric or ``--only``, or several plain-mode graders
where workers would share a user, or a dask scheduler that does not answer),
130 when interrupted (what was graded is kept: run again to resume).

The graders are a :class:`.pool.GraderPool` of forked processes by default, or
dask workers with ``--scheduler ADDRESS`` / ``--cluster local:N``
(:class:`.dask_backend.DaskGraders`, the same ``run(jobs, finished)``); whichever
grades, this module writes every file.

``--only ID[,ID...]`` regrades those students (as ``--force`` would) and no
one else: every other student's ``results.json`` and CSV rows are left as
they were, stale or not.

OUT holds the class's files (``grades.csv``, ``exercises.csv``,
``causes.csv`` and the plots) and three folders: ``students/``, with
``<student>/results.json`` per student, ``feedback/`` with a page per graded
student under a safe name (:func:`.report.feedback_names`), and
``similarity/``: no student id, a folder name chosen by whoever made the
archive, can collide with a file the run writes.

After the reports, the class goes through the similarity pass of ``make
similarity`` (:func:`autograder.frontends.similarity.compare_class`), unless
``--no-similarity``: its files go to ``OUT/similarity/`` and the summary says
how many pairs reach the threshold, and which. It only ever adds those files
and lines: it changes no grade and no exit status, and an error in it is one
line of the summary.
"""

import contextlib
import json
import os
import sys
import time
from pathlib import Path

from ...loss_functions.exercises import ASSIGNMENT
from ...engine.isolation import IsolationUnavailable, choose_mode, parallel_problem
from ...core.results import clean_text, print_safely, write_atomically
from ...core.rubric import RubricError, load_rubric
from ...core.usage import UsageError, run_command
from . import dask_backend, report
from .pool import GraderPool
from .progress import Progress

RESULTS_NAME = "results.json"
# Gradescope's free-form field of results.json: where a later run reads that no package was found
EXTRA = "extra_data"
STUDENTS = "students"  # OUT/students/<student>/results.json
SIMILARITY = "similarity"  # OUT/similarity/similarity.csv and .html
SIMILAR_SHOWN = 3  # flagged pairs named in the summary; similarity.csv ranks them all
# Gradescope's longest allowed run; a whole submission here takes seconds, so this only stops a stall
DEFAULT_TIMEOUT = 900.0



def _cores():
    return len(os.sched_getaffinity(0))


def add_arguments(parser):
    """The options of ``grade-all``, added to its argparse subparser."""
    parser.add_argument("--submissions", required=True, help="folder with one sub-folder per student")
    parser.add_argument("--out", required=True, help="folder for <student>/results.json, grades.csv and the plots")
    # --jobs and --timeout are checked by _check_inputs, not argparse, for a one-line error
    parser.add_argument("--jobs", default=None,
                        help=f"students graded at the same time (default: one per core, here {_cores()}; "
                             "1 where plain-mode workers would share a user)")
    parser.add_argument("--rubric", default=str(ASSIGNMENT.rubric_path), help="points and limits (TOML)")
    parser.add_argument("--timeout", default=str(DEFAULT_TIMEOUT),
                        help=f"seconds allowed for grading one student (default {DEFAULT_TIMEOUT:g})")
    parser.add_argument("--force", action="store_true", help="regrade students whose results are up to date")
    parser.add_argument("--no-similarity", action="store_true",
                        help="skip the similarity pass over the class (OUT/similarity/) after grading")
    parser.add_argument("--no-plots", action="store_true",
                        help="draw no plots (OUT/totals.png, check_pass_rates.png, causes.png; those of an earlier "
                             "run are removed): the CSVs and feedback pages are written as always")
    parser.add_argument("--only", default=None, metavar="ID[,ID...]",
                        help="regrade only these students (comma-separated folder names); the others are left as "
                             "they are")
    # a second back-end, dask.distributed (dask_backend.py): dask is imported only when one of these is given
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--scheduler", default=None, metavar="ADDRESS",
                       help="grade on the dask cluster whose scheduler is at ADDRESS (tcp://host:8786) instead of "
                            "grader processes here")
    where.add_argument("--cluster", default=None, metavar="local:N",
                       help="grade on a dask LocalCluster of N worker processes started for this run")


def _students(submissions, out):
    """(student id, folder) for every sub-folder of ``submissions``, sorted by id.

    A sub-folder that is a symbolic link is a student too: grading refuses it with a sentence in their
    feedback (``runner.locate_package``), rather than leaving them out without a word.
    """
    found = []
    for folder in sorted(submissions.iterdir()):
        # hidden folders are not students; OUT may sit inside SUBMISSIONS and is not one either
        if folder.name.startswith(".") or not folder.is_dir():
            continue
        if not folder.is_symlink() and folder.resolve() == out.resolve():
            continue
        found.append((folder.name, folder))
    return found


def results_path(out, student):
    """Where a student's results.json goes: under OUT/students/, apart from the class's own files."""
    return out / STUDENTS / student / RESULTS_NAME


def _number(text, convert, option, what):
    """``convert(text)`` if it is a positive number, else UsageError naming the option."""
    try:
        value = convert(text)
    except ValueError:
        value = None
    if value is None or not value > 0:
        raise UsageError(f"{option} must be {what}; got {text!r}.")
    return value


def _selected(only, students, submissions):
    """The student ids ``--only`` names, as a set (None without ``--only``), or UsageError."""
    if only is None:
        return None
    wanted = [name.strip() for name in only.split(",") if name.strip()]
    if not wanted:
        raise UsageError("--only (ONLY=) needs at least one student id, the name of a folder of SUBMISSIONS.")
    known = {student for student, _ in students}
    unknown = [name for name in wanted if name not in known]
    if unknown:
        raise UsageError(f"--only (ONLY=): no student folder of {submissions} is named "
                         f"{', '.join(map(report.shown_id, unknown))}.")
    return set(wanted)


def _check_inputs(args):
    """Everything the run needs, checked: ``(students, out, jobs, timeout, rubric, only)``, or UsageError."""
    submissions, out = Path(args.submissions), Path(args.out)
    if submissions.exists() and not submissions.is_dir():
        raise UsageError(f"submissions path {submissions} is a file; give the folder that holds one sub-folder "
                         "per student (SUBMISSIONS=<folder>).")
    if not submissions.is_dir():
        raise UsageError(f"submissions folder {submissions} does not exist (set SUBMISSIONS=<folder>).")
    if out.exists() and not out.is_dir():
        raise UsageError(f"output path {out} is a file; give a folder (OUT=<folder>).")
    jobs = None if args.jobs is None else _number(args.jobs, int, "--jobs (JOBS=)",
                                                  "a whole number of graders, at least 1")
    local_workers = None if args.cluster is None else dask_backend.parse_cluster(args.cluster)
    if jobs is not None and (args.scheduler is not None or local_workers is not None):
        raise UsageError("--jobs (JOBS=) is the number of grader processes here; with --scheduler or --cluster "
                         "the dask workers grade (--cluster local:N starts N of them).")
    timeout = _number(args.timeout, float, "--timeout", "a positive number of seconds")
    try:
        rubric = load_rubric(ASSIGNMENT, args.rubric)
        mode = choose_mode(rubric.limits.isolation, sys.executable)
    except (RubricError, IsolationUnavailable) as error:
        raise UsageError(str(error)) from None
    problem = parallel_problem(mode, sys.executable)
    if local_workers is not None:
        jobs = local_workers  # checked on every worker when the cluster is up (dask_backend._check_workers)
    elif problem and jobs is not None and jobs > 1:
        raise UsageError(f"--jobs {jobs} refused: {problem}; grade with --jobs 1, or use bubblewrap "
                         "(isolation = 'auto' where bwrap runs).")
    if jobs is None:
        jobs = 1 if problem else _cores()
    students = _students(submissions, out)
    if not students:
        raise UsageError(f"submissions folder {submissions} has no sub-folder; put each student's submission "
                         "in a folder named after the student.")
    only = _selected(args.only, students, submissions)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise UsageError(f"cannot create the output folder {out}: {error.strerror or error}.") from None
    return students, out, jobs, timeout, rubric, only


def _newest_change(folder, rubric):
    """The latest modification time (ns) of anything in ``folder`` (files and folders) or of the rubric."""
    newest = Path(rubric).stat().st_mtime_ns
    for parent, subfolders, files in os.walk(folder):
        for name in subfolders + files:
            newest = max(newest, os.lstat(os.path.join(parent, name)).st_mtime_ns)
    return max(newest, os.lstat(folder).st_mtime_ns)


def _stored(document, found):
    """The document as results.json keeps it: marked in ``extra_data`` when no package was found."""
    if found:
        return document
    return {**document, EXTRA: {**document.get(EXTRA, {}), "package_found": False}}


def _earlier_row(student, document):
    """The row of a student graded by an earlier run, from their results.json."""
    found = not (isinstance(document.get(EXTRA), dict) and document[EXTRA].get("package_found") is False)
    return report.Row(student, document, "" if found else report.not_found_note(document), found)


def _load_results(path):
    """A results document from an earlier run, or None if there is none or it is unreadable."""
    try:
        document = json.loads(Path(path).read_text())
    except (OSError, ValueError):
        return None
    return document if isinstance(document, dict) and isinstance(document.get("tests"), list) else None


def _earlier_results(path, submission, rubric):
    """The results of an earlier run if they are newer than every file of the submission and the rubric."""
    try:
        written = path.stat().st_mtime_ns
    except FileNotFoundError:
        return None
    return _load_results(path) if written > _newest_change(submission, rubric) else None


def _note(outcome):
    if outcome.error:
        return outcome.error
    if not outcome.found:
        return report.NOT_FOUND
    return f"{outcome.document['score']:g} / {outcome.document['max_score']:g} in {outcome.seconds:.1f} s"


def _row(outcome):
    """The class's row for a student graded in this run."""
    if outcome.document is None:
        return report.Row(outcome.student, None, outcome.error or "")
    note = "" if outcome.found else report.not_found_note(outcome.document)
    return report.Row(outcome.student, outcome.document, note, outcome.found)


def _graders(args, jobs, timeout, rubric):
    """The back-end that grades: dask workers (``--scheduler``, ``--cluster``) or a GraderPool of ``jobs``."""
    if args.scheduler is None and args.cluster is None:
        ASSIGNMENT.preload()  # once, before the graders are forked: they inherit it
        return contextlib.nullcontext(GraderPool(jobs, rubric, timeout))
    local_workers = None if args.cluster is None else dask_backend.parse_cluster(args.cluster)
    return dask_backend.DaskGraders(rubric, timeout, scheduler=args.scheduler, local_workers=local_workers)


def _grade_pending(graders, pending, out, rows):
    """Grade the pending students with ``graders`` (a GraderPool or DaskGraders); fill ``rows`` as they finish."""
    progress = Progress(len(pending))

    def finished(outcome):
        results = results_path(out, outcome.student)
        if outcome.document is not None:
            write_atomically(results, _stored(outcome.document, outcome.found))
        else:
            results.unlink(missing_ok=True)  # an earlier result must not stand in for this failed grading
        rows[outcome.student] = _row(outcome)
        progress.finished(outcome.student, _note(outcome), failed=outcome.error is not None or not outcome.found)

    try:
        graders.run(pending, finished=finished)
    finally:
        progress.close()


def _write_reports(out, rows, layout, plots=True):
    """The CSVs, the plots (unless ``plots`` is false) and the feedback pages; returns the paths written.

    Without plots, those of an earlier run are removed rather than left beside CSVs they no longer match.
    The feedback pages are returned as their folder.
    """
    exercises = [exercise.name for exercise in ASSIGNMENT.exercises]
    written = [out / report.CSV_NAME, out / report.LMS_CSV_NAME]
    report.write_csv(written[0], rows, exercises)
    report.write_lms_csv(written[1], rows, exercises)
    documents = report.graded_documents(rows)
    if not plots:
        for name in report.PLOTS:
            with contextlib.suppress(FileNotFoundError):
                (out / name).unlink()
    if documents:
        causes = report.cause_counts(documents, layout)
        report.write_exercises_csv(out / report.EXERCISES_CSV, documents, layout)
        report.write_causes_csv(out / report.CAUSES_CSV, causes)
        written += [out / report.EXERCISES_CSV, out / report.CAUSES_CSV]
        if plots:  # matplotlib's import and the rendering of a label per check: about 4 s of CPU
            report.plot_totals(out / report.TOTALS_PLOT, [d["score"] for d in documents],
                               max(d["max_score"] for d in documents))
            report.plot_pass_rates(out / report.PASS_RATES_PLOT, report.pass_rates(documents, layout),
                                   len(documents))
            report.plot_causes(out / report.CAUSES_PLOT, causes, len(documents))
            written += [out / name for name in report.PLOTS]
    report.write_feedback(out / report.FEEDBACK, rows, layout)
    return written + [out / report.FEEDBACK]


def _similarity(out, students, rows):
    """The similarity pass over the class, as summary lines; never raises (an error is one line).

    Every student whose package was found is compared (also one the grader could not finish: their code is
    there); a student without one is left out, as are files that are not Python.
    """
    began = time.monotonic()
    compared = [(student, folder) for student, folder in students
                if rows[student].document is None or rows[student].found]
    try:
        from .. import similarity  # here, not at the top: similarity imports report from this package

        found = similarity.compare_class(compared, out / SIMILARITY)
    except Exception as error:  # noqa: BLE001 - the grades are written: nothing here may fail the run
        return [f"similarity: not run ({type(error).__name__}: {clean_text(error, 200)}); the grades are not "
                "affected"]
    return report.describe_similarity(found, clean_text(out / SIMILARITY / similarity.HTML_NAME, None),
                                      time.monotonic() - began, SIMILAR_SHOWN)


def _kept_row(student, out, notes):
    """The row of a student outside ``--only``: their results.json as it is, else their earlier CSV note."""
    earlier = _load_results(results_path(out, student))
    if earlier is not None:
        return _earlier_row(student, earlier)
    note = notes.get(report.safe_cell(report.shown_id(student)))
    return report.Row(student, None, note or "not graded yet: run grade-all without --only to grade this student")


def _plan(students, out, args, only):
    """Rows of the students not graded in this run, and the (student, folder) pairs to grade."""
    rows, pending = {}, []
    notes = report.read_notes(out / report.CSV_NAME) if only is not None else {}
    for student, folder in students:
        if only is not None:
            if student in only:
                pending.append((student, folder))
            else:
                rows[student] = _kept_row(student, out, notes)
            continue
        earlier = None if args.force else _earlier_results(results_path(out, student), folder, args.rubric)
        if earlier is None:
            pending.append((student, folder))
        else:
            rows[student] = _earlier_row(student, earlier)
    return rows, pending


def _counts(ordered, pending):
    """The summary's counts (see ``report.describe``)."""
    this_run = {student for student, _ in pending}
    return {"graded": sum(row.graded and row.student in this_run for row in ordered),
            "skipped": sum(row.graded and row.student not in this_run for row in ordered),
            "not_found": sum(row.document is not None and not row.found for row in ordered),
            "failed": sum(row.document is None for row in ordered)}


def run(args):
    """Grade the class as ``args`` says; returns the exit status."""
    began = time.monotonic()
    students, out, jobs, timeout, rubric, only = _check_inputs(args)
    rows, pending = _plan(students, out, args, only)
    graders = jobs
    if pending:
        # a dask cluster is reached (or started) only when someone is to be graded: an unreachable one is exit 2
        with _graders(args, jobs, timeout, rubric) as backend:
            graders = backend.size
            _grade_pending(backend, pending, out, rows)
    ordered = [rows[student] for student, _ in students]
    layout = report.Layout.of(rubric)
    written = _write_reports(out, ordered, layout, plots=not args.no_plots)
    counts = _counts(ordered, pending)
    graders = min(graders, len(pending))
    skipped_as = "left as they were (not in --only)" if only is not None else "up to date (not regraded)"
    seconds = time.monotonic() - began
    similar = [] if args.no_similarity else _similarity(out, students, rows)
    for line in report.describe(ordered, counts, seconds, graders, skipped_as, layout) + similar:
        print_safely(line)
    print_safely(f"wrote {', '.join(clean_text(p, None) for p in written)} and "
                 f"{clean_text(out, None)}/{STUDENTS}/<student>/{RESULTS_NAME}")
    # a missing package is the student's to fix, but never a quiet 0: the exit status says so too
    return 1 if counts["failed"] or counts["not_found"] else 0


def grade_all(args):
    """Entry point from the command line: ``run`` with one-line errors and a clean interrupt."""
    return run_command("grade-all", run, args,
                       interrupted="interrupted; the students graded so far keep their results.json: "
                                   "run the same command again to grade the rest.")
