"""The instructor's nbgrader cycle for the kit's course: release, collect, autograde, feedback, export.

The course folder (``course/`` by default) holds ``nbgrader_config.py``; this
tool writes its source assignment and drives nbgrader through its Python API
(in one process: an ``nbgrader`` command spends about 3.5 s starting up).

- ``release`` writes ``source/<assignment>/``: the three notebooks with their
  solution regions, nbgrader's metadata and one hidden grade cell per
  exercise (worth the exercise's points in ``autograder/loss_functions/rubric.toml``), and
  the student modules generated from ``solutions/cs231n`` (the stubs, never
  the solutions: nbgrader copies ``.py`` files as they are). Then nbgrader
  generates the student version into ``release/``, the tool refuses it if a
  solution or a hidden test is left in it, and nbgrader releases it to the
  exchange.
- ``collect`` copies the students' submissions from the exchange into
  ``submitted/``, and says which are new and which replaced an earlier one.
- ``autograde`` grades each submission into ``autograded/`` and the gradebook.
  Its grade cells call :mod:`autograder.frontends.nbgrader_bridge`, which runs the
  checks of ``make grade`` on the student's own modules in the grader's
  isolated worker (``nbgrader_config.py`` stops nbgrader from overwriting them).
- ``feedback`` writes one HTML page per notebook into ``feedback/`` (hidden
  cells removed, tracebacks cut) and releases them to the exchange.
- ``export`` writes the grades CSV.

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
    python tools/nbgrader_course.py export [same options] [--to FILE]
"""

import json

import argparse
import csv
import os
import re
import shutil
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script, the kit's packages are not on the path
    sys.path.insert(0, str(REPO))

import nbformat  # noqa: E402

from autograder.core.rubric import RubricError, load_rubric  # noqa: E402
from autograder.frontends.classroom.report import safe_cell  # noqa: E402
from autograder.loss_functions.exercises import ASSIGNMENT  # noqa: E402
from autograder.core.results import write_atomically as write_file_atomically  # noqa: E402
from tools.make_notebooks import (MARKER_WORDS, NotebookSourceError, course_notebook, load_sources,  # noqa: E402
                                  read_notebook)
from tools.make_release import ReleaseError, copy_release  # noqa: E402

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


def write_source(course, assignment, kit=REPO, rubric=None):
    """Write the source assignment: notebooks with solutions and hidden tests, and the student stubs.

    Returns
    -------
    Path
        ``<course>/source/<assignment>``.
    """
    try:
        notebooks = load_sources()
    except NotebookSourceError as error:
        raise CourseError(str(error)) from None
    target = Path(course) / "source" / assignment
    if target.exists():
        shutil.rmtree(target)  # a module or notebook removed from the kit must not linger in the course
    target.mkdir(parents=True)
    for name, cells in notebooks.items():
        nb = course_notebook(cells, lambda exercise: grade_cell(exercise, kit, rubric))
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
    return NbGraderAPI(config=config)


def open_gradebook(course):
    """The course's gradebook, opened.

    Raises
    ------
    CourseError
        If the course has none yet (release creates it); opening it would create an empty one.
    """
    from nbgrader.api import Gradebook

    path = require_course(course) / "gradebook.db"
    if not path.is_file():
        raise CourseError(f"course folder {path.parent} has no gradebook yet; run `make release` and "
                          "`make autograde` first.")
    put_environment_on_path()
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


def stamp_path(course, assignment):
    return Path(course) / STAMPS / f"{assignment}.json"


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
    print(f"release: wrote the source assignment to {source}")
    print(f"release: generated the student version in {released} (no solution, no hidden test)")
    print(f"release: released it to the exchange {Path(exchange).resolve()}; "
          f"students run `nbgrader fetch_assignment {assignment}`")
    return released


def submitted_students(course, assignment):
    """The students with a collected submission of the assignment, sorted."""
    return sorted(p.parent.name for p in (Path(course) / "submitted").glob(f"*/{assignment}") if p.is_dir())


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
          + (f" (regrade them: make autograde STUDENT={','.join(new + replaced)})" if new or replaced else ""))
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
    api = nbgrader_api(load_config(course, exchange))
    collected = submitted_students(course, assignment)
    unknown = sorted(set(students or ()) - set(collected))
    if unknown:
        raise CourseError(f"no collected submission of {assignment} for {', '.join(unknown)}; the collected ones "
                          f"are {', '.join(collected) or 'none'}.")
    students = collected if students is None else students
    if not students:
        raise CourseError(f"no collected submission of {assignment} in {Path(course).resolve() / 'submitted'}; "
                          "run `make collect` first.")
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
    api = nbgrader_api(load_config(course, exchange))
    if not list((Path(course) / "autograded").glob(f"*/{assignment}")):
        raise CourseError(f"no autograded submission of {assignment} in {Path(course).resolve() / 'autograded'}; "
                          "run `make autograde` first.")
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


def export(course, assignment, to):
    """Write the gradebook's grades of the assignment to a CSV file.

    The file is written beside its destination and renamed into place, so that an earlier export
    survives until the new one is complete.

    Returns
    -------
    Path
        The CSV file.

    Raises
    ------
    CourseError
        If the destination is a folder or cannot be written, or the course has no gradebook.
    """
    from nbgrader.plugins import CsvExportPlugin

    to = Path(to).resolve()
    if to.is_dir():
        raise CourseError(f"the grades file {to} is a folder; give a file name such as {to}/grades.csv.")
    def write(path):
        CsvExportPlugin(to=path, assignment=[assignment]).export(gradebook)
        neutralise_formulas(path)

    with open_gradebook(course) as gradebook:
        write_atomically(to, write)
    rows = len(to.read_text().splitlines()) - 1
    print(f"export: {rows} grade(s) of {assignment} written to {to} "
          "(score = autograded points plus the inline questions graded so far)")
    return to


def parse(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=["release", "collect", "autograde", "feedback", "export"])
    parser.add_argument("--course", default=str(DEFAULT_COURSE), help="the course folder (holds nbgrader_config.py)")
    parser.add_argument("--exchange", default=None, help="the exchange folder (default: <course>/exchange)")
    parser.add_argument("--assignment", default=DEFAULT_ASSIGNMENT, help="the assignment's name")
    parser.add_argument("--to", default=None, help="export: the CSV file (default: <course>/grades.csv)")
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
                                        args.to or str(Path(args.course) / "grades.csv")),
    }
    try:
        rubric = load_rubric(ASSIGNMENT, args.rubric)  # first: a broken rubric stops every step before it writes
        if args.step in ("autograde", "feedback", "export"):
            check_release_points(args.course, args.assignment, rubric)
        steps[args.step](rubric)
    except RubricError as error:
        print(f"{args.step}: {error}", file=sys.stderr)
        return 2
    except (CourseError, NotebookSourceError) as error:
        print(f"{args.step}: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
