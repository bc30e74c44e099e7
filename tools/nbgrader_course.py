"""The instructor's nbgrader cycle for the kit's course: release, collect, autograde, feedback, export.

The course folder (``course/`` by default) holds ``nbgrader_config.py``; this
tool writes its source assignment and drives nbgrader through its Python API
(in one process: an ``nbgrader`` command spends about 3.5 s starting up).

- ``release`` writes ``source/<assignment>/``: the notebooks with their
  solution regions, nbgrader's metadata and one hidden grade cell per
  exercise (worth the exercise's points in ``autograder/loss_functions/rubric.toml``),
  each after the zip release's self-check cell, and the student modules
  generated from ``solutions/cs231n`` (the stubs, never the solutions:
  nbgrader copies ``.py`` files as they are). Then nbgrader generates the
  student version into ``release/``, the tool refuses it if a solution or a
  hidden test is left in it, and nbgrader releases it to the exchange. It
  also writes ``kit-release/student_nbgrader_config.py``, the settings
  students save as their ``nbgrader_config.py``.
- ``collect`` copies the students' submissions from the exchange into
  ``submitted/``, and says which are new and which replaced an earlier one.
- ``autograde`` grades each submission into ``autograded/`` and the gradebook.
  Its grade cells call :mod:`autograder.frontends.nbgrader_bridge`, which runs the
  checks of ``make grade`` on the student's own modules in the grader's
  isolated worker (``nbgrader_config.py`` stops nbgrader from overwriting them).
- ``feedback`` writes one HTML page per notebook into ``feedback/`` (hidden
  cells removed, tracebacks cut, the instructor's folders made relative) and
  releases them to the exchange.
- ``export`` writes nbgrader's grades CSV and ``grades_lms.csv``, the shape of
  grade-all's LMS file (``student_id``, ``total``, the exercises).

Each step prints its own summary lines and nothing else: nbgrader runs at
log level ERROR, and its two harmless warnings are ignored by category and
message (``HARMLESS_WARNINGS``).

Bad input is refused in one line, before the step imports nbgrader or
nbformat (seconds of CPU): the rubric, its points, ``--student``,
the export destinations and the folders a step needs are checked first, so
that a refusal takes a fraction of a second.

The rubric (``--rubric``, ``RUBRIC=``) is read first by every step, so that a
broken one stops the step in one line before anything is written. ``release``
records the points it built the grade cells with (``<course>/kit-release/``);
``autograde``, ``feedback`` and ``export`` refuse to run when the rubric in
force gives other points, and say what to do: re-weighting after a release
is ``make release`` (the grade cells take the new points) and then
``make autograde`` of every student.

Usage::

    python tools/nbgrader_course.py release [--course DIR] [--exchange DIR] [--assignment NAME] [--rubric FILE]
    python tools/nbgrader_course.py collect|feedback [same options]
    python tools/nbgrader_course.py autograde [same options] [--student ID[,ID...]]
    python tools/nbgrader_course.py export [same options] [--to FILE] [--lms-to FILE]
"""

import json

import argparse
import csv
import os
import re
import shutil
import sys
import time
import warnings
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script, the kit's packages are not on the path
    sys.path.insert(0, str(REPO))

# nbformat, nbgrader and the kit's notebook tools (which import nbformat) are imported by the steps that use
# them, so that a refusal of bad input costs no more than reading the rubric (see the module docstring).
from autograder.core.rubric import RubricError, load_rubric  # noqa: E402
from autograder.loss_functions.exercises import ASSIGNMENT  # noqa: E402
from autograder.core.results import clean_text, write_atomically as write_file_atomically  # noqa: E402

DEFAULT_COURSE = REPO / "course"
DEFAULT_ASSIGNMENT = "loss_functions"
DEFAULT_DATA = REPO / "data" / "toy-cifar-10-batches-py"
CONFIG = "nbgrader_config.py"
from tools.regions import HIDDEN_BEGIN, HIDDEN_END  # noqa: E402


class CourseError(Exception):
    """A step of the cycle that cannot run or failed; the message says why and what to do."""


def grade_cell(exercise, kit=REPO, rubric=None):
    """The source and points of the grade cell of one exercise.

    The visible first line is all that students see. The hidden part finds
    the kit by the absolute path written here (hidden cells never reach
    students), grades with the rubric the release was built with, and leaves
    the cell's value, the points earned, as its result.

    Returns
    -------
    (str, float)
    """
    rubric = rubric or load_rubric(ASSIGNMENT)
    points = rubric.exercise_total(exercise)
    source = "\n".join([
        f"# Autograded: {exercise}, {points:g} points, by the same checks as `make grade`.",
        HIDDEN_BEGIN,
        "import sys",
        f"if {str(kit)!r} not in sys.path:",
        f"    sys.path.insert(0, {str(kit)!r})",
        "from autograder.frontends.nbgrader_bridge import grade_exercise",
        f"grade_exercise({exercise!r}, rubric={str(Path(rubric.path).resolve())!r})",
        HIDDEN_END,
    ])
    return source, points


def with_self_checks(cells):
    """The notebook source's cells with a self-check cell just before each grade cell.

    The cell is the one the zip release's notebook holds in the grade cell's
    place (``make_notebooks.self_check_source``), so that both releases show
    students the same ``check("<exercise>")``. It is a plain cell, unknown to
    nbgrader: it never counts, and a student may edit or delete it; it runs
    the self-checks in the kernel, where the grade cell after it grades in
    the grader's own worker.
    """
    from tools.make_notebooks import Cell, self_check_source

    built = []
    for cell in cells:
        if cell.role == "autograde":
            built.append(Cell(kind="code", source=self_check_source(cell), line=cell.line))
        built.append(cell)
    return built


def write_source(course, assignment, kit=REPO, rubric=None):
    """Write the source assignment: notebooks with solutions and hidden tests, and the student stubs.

    Returns
    -------
    Path
        ``<course>/source/<assignment>``.
    """
    import nbformat

    from tools.make_notebooks import NotebookSourceError, course_notebook, load_sources
    from tools.make_release import ReleaseError, copy_release

    try:
        notebooks = load_sources()
    except NotebookSourceError as error:
        raise CourseError(str(error)) from None
    target = Path(course) / "source" / assignment
    if target.exists():
        shutil.rmtree(target)  # a module or notebook removed from the kit must not linger in the course
    target.mkdir(parents=True)
    for name, cells in notebooks.items():
        nb = course_notebook(with_self_checks(cells), lambda exercise: grade_cell(exercise, kit, rubric))
        (target / f"{name}.ipynb").write_text(nbformat.writes(nb) + "\n")
    # the same files as the zip of `make student-release`: stubs, data generator, self-checks, README, commands
    try:
        copy_release(target, notebooks=False)
    except ReleaseError as error:
        raise CourseError(str(error)) from None
    return target


def released_leaks(folder):
    """Solution regions or hidden tests left in a generated student assignment.

    Returns
    -------
    list of str
        ``file: what`` for each notebook cell or module that still holds a
        marker word, the kit's path, or the grading bridge.
    """
    from tools.make_notebooks import MARKER_WORDS, read_notebook

    telltales = MARKER_WORDS + ("nbgrader_bridge", str(REPO))
    found = []
    for path in sorted(Path(folder).rglob("*")):
        if path.suffix == ".ipynb":
            texts = [cell.source for cell in read_notebook(path).cells]
        elif path.suffix == ".py":
            texts = [path.read_text()]
        else:
            continue
        found += [f"{path.relative_to(folder)}: {word}" for text in texts for word in telltales if word in text]
    return found


def require_course(course):
    """The course folder, resolved.

    Raises
    ------
    CourseError
        If the folder or its ``nbgrader_config.py`` is missing.
    """
    course = Path(course).resolve()
    if not course.is_dir():
        raise CourseError(f"course folder {course} does not exist (set COURSE= to the folder with {CONFIG}).")
    if not (course / CONFIG).is_file():
        raise CourseError(f"course folder {course} has no {CONFIG}; copy the kit's course/{CONFIG} there.")
    return course


def load_config(course, exchange):
    """The course's nbgrader configuration, with the exchange folder.

    Raises
    ------
    CourseError
        If the course folder or its ``nbgrader_config.py`` is missing.
    """
    from traitlets.config.loader import PyFileConfigLoader

    course = require_course(course)
    config = PyFileConfigLoader(CONFIG, path=str(course)).load_config()
    config.CourseDirectory.root = str(course)
    config.Exchange.root = str(Path(exchange).resolve())
    config.NbGraderAPI.log_level = "ERROR"  # this tool prints its own summary of each step
    return config


# nbgrader's own warnings that say nothing an instructor can act on, each matched by its category and the start of
# its message (re.match), so that any other warning of the same library still shows.
HARMLESS_WARNINGS = (
    # while nbgrader 0.9 builds a first submission, a query's autoflush meets its new rows before nbgrader has added
    # them to the session; SQLAlchemy says it skips them there, and nbgrader adds and commits them right after
    ("sqlalchemy.exc.SAWarning",
     r"Object of type <Submitted(Assignment|Notebook)> not in session, add operation along '\w+\.submissions' "
     r"will not proceed"),
    # a grade cell that autograde puts back (a student deleted it) has no cell id; nbformat gives it one
    ("nbformat.warnings.MissingIDFieldWarning", r"Cell is missing an id field"),
)


def _warning_class(dotted):
    """The warning class named ``module.Class``, or None if that library is not installed."""
    import importlib

    module, _, name = dotted.rpartition(".")
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return None


def quiet_nbgrader():
    """Ignore nbgrader's harmless warnings (``HARMLESS_WARNINGS``), and only those.

    Called by each step before it runs nbgrader, so that it holds inside a
    ``warnings.catch_warnings`` block too (a test's).
    """
    for dotted, message in HARMLESS_WARNINGS:
        category = _warning_class(dotted)
        if category is not None:
            warnings.filterwarnings("ignore", message=message, category=category)


def put_environment_on_path():
    """Put this Python's bin folder on PATH.

    nbgrader runs the `alembic` command by name whenever it opens a gradebook, and that folder is
    not on PATH when .venv/bin/python is called directly, as make does.
    """
    bin_folder = str(Path(sys.executable).parent)
    if bin_folder not in os.environ.get("PATH", "").split(os.pathsep):
        os.environ["PATH"] = bin_folder + os.pathsep + os.environ.get("PATH", "")


def nbgrader_api(config):
    """An in-process nbgrader API for the course."""
    from nbgrader.apps import NbGraderAPI

    put_environment_on_path()
    quiet_nbgrader()
    return NbGraderAPI(config=config)


def gradebook_path(course):
    """The course's gradebook file.

    Raises
    ------
    CourseError
        If the course has none yet (release creates it); opening it would create an empty one.
    """
    path = require_course(course) / "gradebook.db"
    if not path.is_file():
        raise CourseError(f"course folder {path.parent} has no gradebook yet; run `make release` and "
                          "`make autograde` first.")
    return path


def open_gradebook(course):
    """The course's gradebook, opened.

    Raises
    ------
    CourseError
        If the course has none yet (see ``gradebook_path``), before nbgrader is imported.
    """
    path = gradebook_path(course)
    from nbgrader.api import Gradebook

    put_environment_on_path()
    quiet_nbgrader()
    return Gradebook(f"sqlite:///{path}")


def run(step, result):
    """Check the result of an NbGraderAPI call; raise CourseError with its last error line if it failed."""
    if not result.get("success"):
        # nbgrader ends with a generic summary; the cause is the first exception line of the log
        lines = [line.strip() for line in (result.get("log") or "").splitlines()]
        lines += (result.get("error") or "").strip().splitlines()
        causes = [line for line in lines if re.match(r"^[\w.]+(Error|Exception): ", line)] or lines[-1:]
        raise CourseError(f"nbgrader {step} failed: {causes[0] if causes else 'no detail'}")
    return result


STAMPS = "kit-release"  # <course>/kit-release/<assignment>.json: the points a release was built with
STUDENT_CONFIG = "student_nbgrader_config.py"  # <course>/kit-release/: what students save as nbgrader_config.py


def stamp_path(course, assignment):
    return Path(course) / STAMPS / f"{assignment}.json"


def student_config_text(course_id, exchange):
    """The nbgrader_config.py a student keeps in their working folder or ``~/.jupyter/``.

    With it, ``nbgrader fetch_assignment``, ``submit`` and ``fetch_feedback``
    need no ``--course`` or ``--Exchange.root``, and nbgrader no longer warns
    that it found no nbgrader_config.py (its one line on every command).
    """
    return "\n".join([
        '"""nbgrader settings of the course, for students: save as nbgrader_config.py in the folder where you run',
        'nbgrader (or in ~/.jupyter/)."""',
        "",
        "c = get_config()  # noqa: F821 (nbgrader provides get_config)",
        f"c.CourseDirectory.course_id = {course_id!r}",
        f"c.Exchange.root = {str(Path(exchange).resolve())!r}",
        "",
    ])


def points_by_exercise(rubric):
    return {exercise.name: rubric.exercise_total(exercise.name) for exercise in ASSIGNMENT.exercises}


def check_release_points(course, assignment, rubric):
    """CourseError unless the rubric in force gives the points the release was built with.

    A release made before this check existed has no record; it is then taken as it is.
    """
    path = stamp_path(course, assignment)
    if not path.is_file():
        return
    try:
        recorded = json.loads(path.read_text())["points"]
    except (OSError, ValueError, KeyError, TypeError):
        raise CourseError(f"the record of the release's points {path} cannot be read; run `make release` "
                          "again.") from None
    now = points_by_exercise(rubric)
    changed = [f"{name} {recorded.get(name, 0):g} -> {now.get(name, 0):g}" for name in sorted(set(recorded) | set(now))
               if recorded.get(name) != now.get(name)]
    if changed:
        raise CourseError(f"the rubric {rubric.path} gives other points than {assignment} was released with "
                          f"({'; '.join(changed[:4])}{' ...' if len(changed) > 4 else ''}): to re-weight after the "
                          "release, run `make release` (the grade cells take the new points), then `make "
                          "autograde` for every student; or grade with the rubric of the release (RUBRIC=).")


def release(course, exchange, assignment, rubric=None):
    """Write the source assignment, generate the student version, check it, release it.

    Returns
    -------
    Path
        The released student version, ``<course>/release/<assignment>``.
    """
    rubric = rubric or load_rubric(ASSIGNMENT)
    source = write_source(require_course(course), assignment, rubric=rubric)
    config = load_config(course, exchange)  # after write_source: the config lists the modules of source/
    config.ExchangeReleaseAssignment.force = True  # a re-release replaces the previous one
    api = nbgrader_api(config)
    run("generate_assignment", api.generate_assignment(assignment, force=True, create=True))
    released = Path(course).resolve() / "release" / assignment
    leaks = released_leaks(released)
    if leaks:
        raise CourseError(f"refusing to release {released}: it still holds {'; '.join(leaks)}.")
    run("release_assignment", api.release_assignment(assignment))
    stamp = stamp_path(course, assignment)
    stamp.parent.mkdir(exist_ok=True)
    write_file_atomically(stamp, {"rubric": str(Path(rubric.path).resolve()), "points": points_by_exercise(rubric)})
    student_config = stamp.parent / STUDENT_CONFIG
    text = student_config_text(config.CourseDirectory.course_id, exchange)
    write_file_atomically(student_config, write=lambda temporary: Path(temporary).write_text(text))
    print(f"release: wrote the source assignment to {source}")
    print(f"release: generated the student version in {released} (no solution, no hidden test)")
    print(f"release: released it to the exchange {Path(exchange).resolve()}; "
          f"students run `nbgrader fetch_assignment {assignment}`")
    print(f"release: students save {student_config} as nbgrader_config.py where they run nbgrader (or in "
          "~/.jupyter/): it names the course and the exchange")
    return released


def submitted_students(course, assignment):
    """The students with a collected submission of the assignment, sorted."""
    return sorted(p.parent.name for p in (Path(course) / "submitted").glob(f"*/{assignment}") if p.is_dir())


def unreadable_notebooks(course, assignment, students):
    """The collected notebooks that nbgrader could not read, one phrase each.

    nbgrader stops a student's autograde at such a file with a bare JSON error that names no file;
    read first, the file can be named. Only reading is checked, as nbgrader reads (a notebook that
    reads but breaks the schema is nbgrader's to grade or warn about).

    Returns
    -------
    list of str
        ``"<student>'s <file> is not a notebook (<why>)"``, in the order of ``students``.
    """
    import nbformat

    found = []
    for student in students:
        for path in sorted((Path(course) / "submitted" / student / assignment).rglob("*.ipynb")):
            try:
                nbformat.read(path, as_version=4)
            except Exception as error:  # nbformat raises JSON, reader and version errors of several types
                # the file's name and the error's quote of its text are the student's: made safe to print
                why = clean_text(str(error) or type(error).__name__, limit=160)
                found.append(clean_text(f"{student}'s {path.relative_to(Path(course) / 'submitted' / student)} is "
                                        f"not a notebook ({why})", limit=None))
    return found


def collect(course, exchange, assignment):
    """Copy the newest submission of every student from the exchange into ``submitted/``.

    Returns
    -------
    list of str
        The students whose submission is now in ``submitted/``.
    """
    api = nbgrader_api(load_config(course, exchange))
    before = submission_times(course, assignment)
    run("collect", api.collect(assignment, update=True))
    students = submitted_students(course, assignment)
    after = submission_times(course, assignment)
    new = [s for s in students if s not in before]
    replaced = [s for s in students if s in before and after.get(s) != before[s]]
    print(f"collect: {len(students)} submission(s) in {Path(course).resolve() / 'submitted'}: {', '.join(students)}")
    print(f"collect: new: {', '.join(new) or 'none'}; replaced by a later submission: {', '.join(replaced) or 'none'}"
          + (f" (grade them: make autograde STUDENT={','.join(new + replaced)}, or make autograde for everyone)"
             if new or replaced else ""))
    return students


def submission_times(course, assignment):
    """{student: the timestamp nbgrader recorded for the collected submission} (its timestamp.txt)."""
    times = {}
    for student in submitted_students(course, assignment):
        stamp = Path(course) / "submitted" / student / assignment / "timestamp.txt"
        times[student] = stamp.read_text().strip() if stamp.is_file() else ""
    return times


def kernel_environment(data=DEFAULT_DATA):
    """Set what the notebooks' kernels inherit: the data folder, and one BLAS thread.

    One thread: the notebooks' small matrix products are several times slower with two BLAS threads
    on two cores, and the grader's worker runs single-threaded too.

    Raises
    ------
    CourseError
        If the data folder that the notebooks will read does not exist.
    """
    os.environ.setdefault("CIFAR10_DIR", str(data))
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    if not Path(os.environ["CIFAR10_DIR"]).is_dir():
        raise CourseError(f"the notebooks' data folder {os.environ['CIFAR10_DIR']} does not exist; "
                          "run `make data` or set CIFAR10_DIR.")


def scores(course, assignment):
    """Every autograded submission's scores from the gradebook.

    Returns
    -------
    dict of str to dict
        student -> ``{"code": autograded points, "max_code": ..., "written": points of the inline
        questions graded so far, "max_written": ..., "score": total, "max_score": ...}``.
    """
    table = {}
    with open_gradebook(course) as gradebook:
        for submission in gradebook.assignment_submissions(assignment):
            table[submission.student_id] = {
                "code": submission.code_score, "max_code": submission.max_code_score,
                "written": submission.written_score, "max_written": submission.max_written_score,
                "score": submission.score, "max_score": submission.max_score,
            }
    return table


def autograde(course, exchange, assignment, students=None):
    """Autograde the collected submissions, one at a time.

    Parameters
    ----------
    students : list of str or None
        Whom to grade; None grades every collected submission.

    Returns
    -------
    dict of str to float
        Wall time of each student's autograde, in seconds.
    """
    kernel_environment()
    require_course(course)
    collected = submitted_students(course, assignment)
    unknown = sorted(set(students or ()) - set(collected))
    if unknown:
        raise CourseError(f"no collected submission of {assignment} for {', '.join(unknown)}; the collected ones "
                          f"are {', '.join(collected) or 'none'}.")
    students = collected if students is None else students
    if not students:
        raise CourseError(f"no collected submission of {assignment} in {Path(course).resolve() / 'submitted'}; "
                          "run `make collect` first.")
    unreadable = unreadable_notebooks(course, assignment, students)
    if unreadable:
        raise CourseError(f"nobody was autograded: {unreadable[0]}; replace that file, or leave its student out "
                          f"(--student, STUDENT= with make)" + (f", and {len(unreadable) - 1} more like it."
                                                               if len(unreadable) > 1 else "."))
    gradebook_path(course)  # nbgrader's own error would be that the assignment is not in the database
    api = nbgrader_api(load_config(course, exchange))  # after the checks: nbgrader takes seconds to import
    seconds = {}
    for student in students:
        started = time.perf_counter()
        run(f"autograde of {student}", api.autograde(assignment, student, force=True, create=True))
        seconds[student] = time.perf_counter() - started
    table = scores(course, assignment)
    for student in students:
        row = table[student]
        print(f"autograde: {student}: {row['code']:g} / {row['max_code']:g} autograded points "
              f"({row['max_written']:g} more for the inline questions, graded by hand) in {seconds[student]:.1f} s")
    print(f"autograde: graded notebooks in {Path(course).resolve() / 'autograded'}, scores in the gradebook")
    return seconds


def feedback(course, exchange, assignment):
    """Generate the feedback pages and release them to the exchange.

    Returns
    -------
    list of Path
        The HTML pages written.
    """
    require_course(course)
    if not list((Path(course) / "autograded").glob(f"*/{assignment}")):
        raise CourseError(f"no autograded submission of {assignment} in {Path(course).resolve() / 'autograded'}; "
                          "run `make autograde` first.")
    api = nbgrader_api(load_config(course, exchange))  # after the checks: nbgrader takes seconds to import
    run("generate_feedback", api.generate_feedback(assignment, force=True))
    run("release_feedback", api.release_feedback(assignment))
    pages = sorted((Path(course) / "feedback").glob(f"*/{assignment}/*.html"))
    print(f"feedback: {len(pages)} page(s) in {Path(course).resolve() / 'feedback'}/<student>/{assignment}/, "
          f"released to the exchange; students run `nbgrader fetch_feedback {assignment}`")
    return pages


def write_atomically(to, write):
    """Call ``write(temporary_path)`` and rename that file to ``to`` (the kit's one atomic writer).

    Raises
    ------
    CourseError
        If the file cannot be written (an earlier ``to`` is left as it was).
    """
    try:
        write_file_atomically(to, write=write)
    except OSError as error:
        raise CourseError(f"cannot write the grades file {to}: {error.strerror or error}.") from None


def neutralise_formulas(path):
    """Rewrite a CSV file so that no cell starts a spreadsheet formula (student ids come from students)."""
    from autograder.frontends.classroom.report import safe_cell

    with open(path, newline="") as stream:
        rows = list(csv.reader(stream))
    with open(path, "w", newline="") as stream:
        csv.writer(stream).writerows([[cell if _number(cell) else safe_cell(cell) for cell in row] for row in rows])


def _number(cell):
    try:
        float(cell)
        return True
    except ValueError:
        return False


LMS_NAME = "grades_lms.csv"  # grade-all's name (autograder.frontends.classroom.report.LMS_CSV_NAME)


def exercise_grade_ids():
    """{exercise: the grade id of its grade cell}, in the exercise spec's order (grade-all's column order)."""
    from tools.make_notebooks import Cell, grade_id

    return {exercise.name: grade_id(Cell(kind="code", source="", role="autograde", name=exercise.name))
            for exercise in ASSIGNMENT.exercises}


def nbgrader_score(submission):
    """The score nbgrader's CSV export gives a submission: its points less a late penalty, never below 0."""
    return max(0.0, submission.score - (submission.late_submission_penalty or 0.0))


def lms_table(gradebook, assignment):
    """The grades as grade-all's ``grades_lms.csv``: ``student_id``, ``total``, one column per exercise.

    The rows are built by grade-all's own ``report.lms_rows``, so both paths
    give one shape: the exercise columns are the autograded points of each
    exercise's grade cell, the total is nbgrader's score (autograded points
    plus the inline questions graded so far), and a student of the gradebook
    without a submission gets empty cells (an LMS leaves them unset; a 0 would
    be recorded as earned).

    Returns
    -------
    list of list of str
    """
    from nbgrader.api import MissingEntry

    from autograder.frontends.classroom.report import Row, lms_rows

    cells = exercise_grade_ids()
    rows = []
    for student in sorted(student.id for student in gradebook.students):
        try:
            submission = gradebook.find_submission(assignment, student)
        except MissingEntry:
            rows.append(Row(student, None))
            continue
        earned = {grade.name: grade.score for notebook in submission.notebooks for grade in notebook.grades}
        # lms_rows reads a results document: a test's name is "<exercise>: <check>"
        tests = [{"name": f"{exercise}: grade cell", "score": earned.get(cell, 0.0)} for exercise, cell in cells.items()]
        rows.append(Row(student, {"score": nbgrader_score(submission), "tests": tests}))
    return lms_rows(rows, list(cells))


def write_table(path, table):
    """Write rows of strings as a CSV file, atomically (see ``write_atomically``)."""
    def write(temporary):
        with open(temporary, "w", newline="") as stream:
            csv.writer(stream).writerows(table)

    write_atomically(path, write)


def export_paths(to, lms_to=None):
    """The two grades files, resolved: nbgrader's CSV and the LMS CSV (default: grades_lms.csv beside it).

    Raises
    ------
    CourseError
        If either is a folder, or both are the same file.
    """
    to = Path(to).resolve()
    lms_to = Path(lms_to).resolve() if lms_to else to.parent / LMS_NAME
    for path in (to, lms_to):
        if path.is_dir():
            raise CourseError(f"the grades file {path} is a folder; give a file name such as {path}/grades.csv.")
    if to == lms_to:
        raise CourseError(f"the grades file and the LMS grades file are both {to}; give them two names.")
    return to, lms_to


def export(course, assignment, to, lms_to=None):
    """Write the gradebook's grades of the assignment: nbgrader's CSV and the LMS CSV.

    ``to`` gets nbgrader's CsvExportPlugin columns; ``lms_to`` (default:
    ``grades_lms.csv`` beside ``to``) gets the columns Canvas and Moodle
    import, as grade-all writes them (``lms_table``). Both tables are read
    from the gradebook first, then each file is written beside its
    destination and renamed into place, so that an earlier export survives
    until the new one is complete; student ids never start a formula.

    Returns
    -------
    (Path, Path)
        nbgrader's CSV and the LMS CSV.

    Raises
    ------
    CourseError
        If a destination is a folder or cannot be written, or the course has no gradebook (both checked
        before nbgrader is imported).
    """
    to, lms_to = export_paths(to, lms_to)
    gradebook_path(course)
    from nbgrader.plugins import CsvExportPlugin

    def write(path):
        CsvExportPlugin(to=path, assignment=[assignment]).export(gradebook)
        neutralise_formulas(path)

    with open_gradebook(course) as gradebook:
        lms = lms_table(gradebook, assignment)
        write_atomically(to, write)
    write_table(lms_to, lms)
    rows = len(to.read_text().splitlines()) - 1
    print(f"export: {rows} grade(s) of {assignment} written to {to} "
          "(score = autograded points plus the inline questions graded so far)")
    print(f"export: the same grades for Canvas or Moodle in {lms_to} (student_id, total, the autograded points "
          "of each exercise; empty for a student without a submission)")
    return to, lms_to


def parse(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=["release", "collect", "autograde", "feedback", "export"])
    parser.add_argument("--course", default=str(DEFAULT_COURSE), help="the course folder (holds nbgrader_config.py)")
    parser.add_argument("--exchange", default=None, help="the exchange folder (default: <course>/exchange)")
    parser.add_argument("--assignment", default=DEFAULT_ASSIGNMENT, help="the assignment's name")
    parser.add_argument("--to", default=None, help="export: the CSV file (default: <course>/grades.csv)")
    parser.add_argument("--lms-to", default=None,
                        help=f"export: the CSV file for Canvas or Moodle (default: {LMS_NAME} beside --to)")
    parser.add_argument("--rubric", default=str(ASSIGNMENT.rubric_path), help="the rubric (points and limits)")
    parser.add_argument("--student", default="", help="autograde: only these students (ID[,ID...])")
    return parser.parse_args(argv)


def main(argv=None):
    args = parse(sys.argv[1:] if argv is None else argv)
    exchange = args.exchange or str(Path(args.course) / "exchange")
    only = [s for s in args.student.split(",") if s.strip()] or None
    steps = {
        "release": lambda rubric: release(args.course, exchange, args.assignment, rubric),
        "collect": lambda rubric: collect(args.course, exchange, args.assignment),
        "autograde": lambda rubric: autograde(args.course, exchange, args.assignment, only),
        "feedback": lambda rubric: feedback(args.course, exchange, args.assignment),
        "export": lambda rubric: export(args.course, args.assignment,
                                        args.to or str(Path(args.course) / "grades.csv"), args.lms_to or None),
    }
    try:
        rubric = load_rubric(ASSIGNMENT, args.rubric)  # first: a broken rubric stops every step before it writes
        if args.step in ("autograde", "feedback", "export"):
            check_release_points(args.course, args.assignment, rubric)
        steps[args.step](rubric)
    except RubricError as error:
        print(f"{args.step}: {error}", file=sys.stderr)
        return 2
    except CourseError as error:
        print(f"{args.step}: {error}", file=sys.stderr)
        return 2
    except Exception as error:
        if not _notebook_source_error(error):
            raise
        print(f"{args.step}: {error}", file=sys.stderr)
        return 2
    return 0


def _notebook_source_error(error):
    """Whether ``error`` is a ``make_notebooks.NotebookSourceError`` (imported only by the steps that read them)."""
    make_notebooks = sys.modules.get("tools.make_notebooks")
    return make_notebooks is not None and isinstance(error, make_notebooks.NotebookSourceError)


if __name__ == "__main__":
    sys.exit(main())
