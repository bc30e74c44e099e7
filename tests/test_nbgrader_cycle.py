"""A simulated class of four students through the instructor's whole nbgrader cycle.

release, fetch, submit, collect, autograde, feedback (generated, released and
fetched), export, with the kit's course tool (what `make release` ... `make
export` run) on a course folder of its own:

- ada hands in the reference modules and answered notebooks;
- ben is partly right: the SVM and the penalties, and a softmax that forgets
  to subtract the max score;
- cleo hands in the starter untouched;
- dan has the penalties right and tampers with his grade cells: one claims
  full points, one is deleted, one claims 100 points, one lost its nbgrader
  metadata.

Checked: the released material holds no solution and no hidden test, and
shows the zip release's self-check cell before each grade cell; every grade
cell, and so every exported total, equals `make grade` on the same code, and
grade-all run on the collected submissions gives every student the points
autograde gave (the inline questions are graded by hand: until they are, they
add nothing, and once graded they add their points on top); tampered grade
cells are restored, never trusted, and edited or deleted self-check cells
cost nothing; the students' own modules are graded; the feedback names what
failed with `make grade`'s messages and shows no hidden code and no folder
of the instructor's machine; the LMS export is grade-all's grades_lms.csv;
the steps print their own summaries and none of nbgrader's harmless
warnings. The wall time of autograde per student and of grade-all on the
same code are printed (run with -s to see them).
"""

import contextlib
import csv
import functools
import html
import json
import os
import re
import shutil
import subprocess
import sys
import time
import warnings
from pathlib import Path
from types import SimpleNamespace

import nbformat
import pytest

from autograder.loss_functions.exercises import EXERCISES
from autograder.frontends.nbgrader_bridge import exercise_points
from support.kit_paths import ASSIGNMENT, DATA, REPO, SOLUTIONS
from tools import nbgrader_course
from tools.make_notebooks import find_leaks, load_sources, self_check_source
from tools.make_release import release_files
from tools.make_stubs import find_leaks as find_module_leaks

NOTEBOOKS = sorted(load_sources())  # the notebook sources' names: "svm", "softmax", ...

pytestmark = [
    pytest.mark.slow,
    # nbgrader's own, harmless: release_feedback misspells a keyword (a DeprecationWarning, which a terminal does not
    # show). The gradebook's SAWarning and nbformat's missing cell id are the course tool's to filter, and are not here.
    pytest.mark.filterwarnings("ignore:Passing unrecognized arguments to super\\(ExchangeReleaseFeedback\\)"),
]

NAME = "loss_functions"
STUDENTS = ("ada", "ben", "cleo", "dan")
MANUAL_POINTS = 1.5  # given by hand to each of ada's inline answers


def load_toy_cifar():
    import importlib.util

    spec = importlib.util.spec_from_file_location("toy_cifar_for_course", DATA / "toy_cifar.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- the students' side: nbgrader's exchange classes, one cache and one folder per student -----------

def student_config(course_id, exchange, home, student):
    from traitlets.config import Config

    config = Config()
    config.CourseDirectory.course_id = course_id
    config.CourseDirectory.assignment_id = NAME
    config.CourseDirectory.student_id = student  # one UNIX account plays every student
    config.Exchange.root = str(exchange)
    config.Exchange.cache = str(home / ".cache")  # a shared cache mixes up the students' feedback
    config.Exchange.assignment_dir = str(home)
    return config


def as_student(exchange_class, config):
    from nbgrader.auth import Authenticator
    from nbgrader.coursedir import CourseDirectory

    exchange_class(coursedir=CourseDirectory(config=config), authenticator=Authenticator(config=config),
                   config=config).start()


def grade_cells(notebook):
    return [cell for cell in notebook.cells if cell.metadata.get("nbgrader", {}).get("grade")
            and not cell.metadata["nbgrader"].get("solution")]


def edit_notebook(path, change):
    notebook = nbformat.read(path, as_version=4)
    change(notebook)
    nbformat.write(notebook, path)


def answer_everything(work, source):
    """ada: the solution cells hold the instructor's code, the inline questions an answer."""
    for path in work.glob("*.ipynb"):
        solutions = {cell.metadata["nbgrader"]["grade_id"]: cell.source
                     for cell in nbformat.read(source / path.name, as_version=4).cells
                     if cell.metadata.get("nbgrader", {}).get("solution")}

        def answer(notebook):
            for cell in notebook.cells:
                grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
                if grade_id in solutions:
                    cell.source = solutions[grade_id] if cell.cell_type == "code" else "My answer: " + grade_id
        edit_notebook(path, answer)


def use_reference(work, *modules):
    for module in modules:
        shutil.copy(SOLUTIONS / "cs231n" / module, work / "cs231n" / module)


def self_check_cells(notebook):
    return [cell for cell in notebook.cells if cell.source.startswith("# Self-check: ")]


def tamper(work):
    """dan: a grade cell that claims full points, one deleted, one worth 100 points, one unmarked.

    And his self-check cells: one says he earned 13 points and raises, one is deleted.
    """
    def svm(notebook):
        cell = next(c for c in grade_cells(notebook) if c.metadata.nbgrader.grade_id == "test_svm_loss_naive")
        cell.source = "13.0"
        self_check_cells(notebook)[0].source = 'print("13 / 13 points")\nraise SystemExit("checked")'

    def softmax(notebook):
        last_check = self_check_cells(notebook)[-1]
        notebook.cells = [c for c in notebook.cells if c is not last_check
                          and c.metadata.get("nbgrader", {}).get("grade_id") != "test_softmax_loss_naive"]

    def optimization(notebook):
        cells = {c.metadata.nbgrader.grade_id: c for c in grade_cells(notebook)}
        cells["test_l2_regularization"].metadata.nbgrader.points = 100
        cells["test_l2_regularization"].source = "100.0"
        del cells["test_sgd_step"].metadata["nbgrader"]
        cells["test_sgd_step"].source = "2.5"

    for name, change in (("svm", svm), ("softmax", softmax), ("optimization", optimization)):
        edit_notebook(work / f"{name}.ipynb", change)


def do_the_work(student, work, source):
    if student == "ada":
        shutil.rmtree(work / "cs231n")
        shutil.copytree(SOLUTIONS / "cs231n", work / "cs231n", ignore=shutil.ignore_patterns("__pycache__"))
        answer_everything(work, source)
    elif student == "ben":
        use_reference(work, "classifiers/linear_svm.py", "regularization.py")
        softmax = (SOLUTIONS / "cs231n" / "classifiers" / "softmax.py").read_text()
        forgetful = softmax.replace("    scores -= scores.max(axis=1, keepdims=True)\n", "")
        assert forgetful != softmax
        (work / "cs231n" / "classifiers" / "softmax.py").write_text(forgetful)
    elif student == "dan":
        use_reference(work, "regularization.py")
        tamper(work)


def make_grade(submission, results):
    """`make grade` on a submission: its results document and its wall time."""
    started = time.perf_counter()
    subprocess.run(["make", "-s", "grade", f"SUBMISSION={submission}", f"RESULTS={results}"], cwd=REPO,
                   check=True, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    return json.loads(Path(results).read_text()), seconds


def grade_all(submissions, out):
    """grade-all on a folder of submissions: {student: (results document, seconds)}, and its own wall time.

    The documents are `make grade`'s (the same grader and API); the tests check it on one student.
    """
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "autograder", "grade-all", "--submissions", str(submissions), "--out",
                    str(out), "--no-similarity", "--no-plots"], cwd=REPO, check=True, capture_output=True, text=True,
                   timeout=900)
    seconds = time.perf_counter() - started
    documents = {path.parent.name: json.loads(path.read_text()) for path in (out / "students").glob("*/results.json")}
    return {student: (document, document["execution_time"]) for student, document in documents.items()}, seconds


# Python's own warning filters outside a test runner (python -W and PYTHONWARNINGS aside)
TERMINAL_FILTERS = (("default", DeprecationWarning, "__main__"), ("ignore", DeprecationWarning, ""),
                    ("ignore", PendingDeprecationWarning, ""), ("ignore", ImportWarning, ""),
                    ("ignore", ResourceWarning, ""))


@contextlib.contextmanager
def terminal_output(log):
    """Append to ``log`` what a terminal would show while the block runs.

    Both file descriptors (nbgrader's kernels inherit them) and Python's
    streams go to the file; warnings are filtered as outside pytest and
    written there too, as Python prints them.
    """
    with open(log, "a") as stream:
        sys.stdout.flush()
        sys.stderr.flush()
        saved = os.dup(1), os.dup(2)
        os.dup2(stream.fileno(), 1)
        os.dup2(stream.fileno(), 2)
        try:
            with warnings.catch_warnings(record=True) as caught, contextlib.redirect_stdout(stream), \
                    contextlib.redirect_stderr(stream):
                warnings.resetwarnings()
                for action, category, module in TERMINAL_FILTERS:
                    warnings.filterwarnings(action, category=category, module=module, append=True)
                yield
        finally:
            for found in caught:
                stream.write(warnings.formatwarning(found.message, found.category, found.filename, found.lineno))
            stream.flush()
            os.dup2(saved[0], 1)
            os.dup2(saved[1], 2)
            for fd in saved:
                os.close(fd)


def nbgrader_command(args, cwd):
    """Run an `nbgrader` command line in this process, from ``cwd``, as a student types it; its exit code."""
    from jupyter_core.application import NoStart
    from nbgrader.apps import NbGraderApp

    here = os.getcwd()
    os.chdir(cwd)
    app = NbGraderApp.instance()
    try:
        app.initialize(args)
        app.start()
        code = 0
    except NoStart:  # how a jupyter application says it is done
        code = 0
    except SystemExit as exit:
        code = exit.code
    finally:
        app.reset()
        os.chdir(here)
    return code


@pytest.fixture(scope="module")
def cycle(tmp_path_factory):
    """Run the whole term once; the tests below look at what it left.

    Everything the kit's steps and the students' commands print goes to
    ``steps.log``, as a terminal would show it. grade-all grades the collected
    submissions once (the points of `make grade`, which runs on one student
    to tie the two: dan, cheap and with points both earned and lost).
    """
    from nbgrader.exchange.default import ExchangeFetchAssignment, ExchangeFetchFeedback, ExchangeSubmit

    root = tmp_path_factory.mktemp("class")
    course, exchange, data = root / "course", root / "exchange", root / "toy-cifar-10-batches-py"
    course.mkdir()
    shutil.copy(REPO / "course" / "nbgrader_config.py", course)
    load_toy_cifar().write_dataset(data, seed=0)
    log = root / "steps.log"
    with pytest.MonkeyPatch.context() as env, terminal_output(log):
        # the tool sets these for the kernels (and PATH for nbgrader's alembic); keep them out of other tests
        env.setenv("CIFAR10_DIR", str(data))
        env.setenv("OPENBLAS_NUM_THREADS", "1")
        env.setenv("PATH", os.environ.get("PATH", ""))
        released = nbgrader_course.release(course, exchange, NAME)
        course_id = nbgrader_course.load_config(course, exchange).CourseDirectory.course_id
        homes = {}
        for student in STUDENTS:
            homes[student] = root / "students" / student
            homes[student].mkdir(parents=True)
            config = student_config(course_id, exchange, homes[student], student)
            as_student(ExchangeFetchAssignment, config)
            shutil.copytree(homes[student] / NAME, root / "fetched" / student)
            do_the_work(student, homes[student] / NAME, course / "source" / NAME)
            as_student(ExchangeSubmit, config)
        collected = nbgrader_course.collect(course, exchange, NAME)
        autograde_seconds = nbgrader_course.autograde(course, exchange, NAME)
        pages = nbgrader_course.feedback(course, exchange, NAME)
        as_student(ExchangeFetchFeedback, student_config(course_id, exchange, homes["ada"], "ada"))
        # ben types the command, with the course's settings for students saved where he runs it
        shutil.copy(course / nbgrader_course.STAMPS / nbgrader_course.STUDENT_CONFIG, homes["ben"] / "nbgrader_config.py")
        fetched_by_hand = nbgrader_command(["fetch_feedback", NAME, "--student=ben",
                                            f"--Exchange.cache={homes['ben'] / '.cache'}"], cwd=homes["ben"])
        grades_csv, lms_csv = nbgrader_course.export(course, NAME, root / "grades.csv")
    graded, grade_all_seconds = grade_all(course / "submitted", root / "grade-all")
    make_graded = make_grade(course / "submitted" / "dan" / NAME, root / "dan.json")
    return SimpleNamespace(root=root, course=course, exchange=exchange, released=released, homes=homes,
                           course_id=course_id, collected=collected, autograde_seconds=autograde_seconds,
                           pages=pages, grades_csv=grades_csv, lms_csv=lms_csv, graded=graded,
                           grade_all_seconds=grade_all_seconds, make_graded=make_graded, log=log,
                           fetched_by_hand=fetched_by_hand)


def gradebook(cycle):
    from nbgrader.api import Gradebook

    return Gradebook(f"sqlite:///{cycle.course / 'gradebook.db'}")


def exercise_scores(results):
    """`make grade`'s points per exercise, from its results document."""
    totals = {exercise.name: 0.0 for exercise in EXERCISES}
    for test in results["tests"]:
        totals[test["name"].split(": ", 1)[0]] += test["score"]
    return totals


def grade_cell_id(exercise):
    """The grade id of an exercise's grade cell."""
    return "test_" + re.sub(r"[^A-Za-z0-9_-]", "_", exercise)


@functools.lru_cache(maxsize=1)
def zip_files():
    """What `make student-release` zips, but the notebooks: built once (about 3 s), for the three places compared."""
    return release_files(notebooks=False)


def exported(cycle):
    with open(cycle.grades_csv) as stream:
        return {row["student_id"]: row for row in csv.DictReader(stream)}


def csv_table(path):
    with open(path, newline="") as stream:
        return list(csv.reader(stream))


def test_every_submission_was_collected_and_autograded(cycle):
    assert cycle.collected == sorted(STUDENTS)
    assert sorted(cycle.autograde_seconds) == sorted(STUDENTS)
    assert sorted(exported(cycle)) == sorted(STUDENTS)


@pytest.mark.parametrize("where", ["release", "exchange", "fetched"])
def test_released_material_holds_no_solution_and_no_hidden_test(cycle, where):
    folder = {"release": cycle.released,
              "exchange": cycle.exchange / cycle.course_id / "outbound" / NAME,
              "fetched": cycle.root / "fetched" / "cleo"}[where]
    assert nbgrader_course.released_leaks(folder) == []
    # everything but the notebooks is exactly what `make student-release` zips
    for relative, data in zip_files().items():
        assert (folder / relative).read_bytes() == data, relative
    # the modules are exactly the generated stubs, and hold no solution line
    for path in (SOLUTIONS / "cs231n").rglob("*.py"):
        relative = path.relative_to(SOLUTIONS)
        released = (folder / relative).read_text()
        assert released == (ASSIGNMENT / relative).read_text()
        assert find_module_leaks(path.read_text(), released) == []
    sources = load_sources()
    for name, cells in sources.items():
        notebook = nbformat.read(folder / f"{name}.ipynb", as_version=4)
        assert find_leaks(cells, notebook) == []
        # a grade cell keeps only its visible first line; everything else is the student notebook
        for cell in grade_cells(notebook):
            assert cell.source.startswith("# Autograded: ") and "\n" not in cell.source.strip()
        student = nbformat.read(ASSIGNMENT / f"{name}.ipynb", as_version=4)
        # the zip's notebooks hold a self-check cell where nbgrader's hold it and, just after, a hidden grade cell
        assert [c.source for c in notebook.cells if c not in grade_cells(notebook)] == [c.source for c in student.cells]
        for index, cell in enumerate(notebook.cells):
            if cell in grade_cells(notebook):
                exercise = cell.source.removeprefix("# Autograded: ").split(",")[0]
                before = notebook.cells[index - 1]
                assert before.source == self_check_source(SimpleNamespace(name=exercise, line=0)), (name, exercise)
                assert "nbgrader" not in before.metadata  # a plain cell: nbgrader neither grades nor restores it
    assert not list(folder.rglob("gradebook.db"))


def test_grade_all_documents_are_make_grades(cycle):
    """The documents the other tests compare with are grade-all's: on dan, they are `make grade`'s to the check."""
    by_make, _ = cycle.make_graded
    by_grade_all, _ = cycle.graded["dan"]
    assert [(t["name"], t["score"], t["output"]) for t in by_grade_all["tests"]] == \
        [(t["name"], t["score"], t["output"]) for t in by_make["tests"]]
    assert by_grade_all["score"] == by_make["score"] and 0 < by_make["score"] < by_make["max_score"]


def test_grade_all_on_the_submitted_folder_gives_autogrades_points_student_by_student(cycle):
    """Issue 15: grade-all run on <course>/submitted after collect, and autograde, give each student the same code points."""
    points = nbgrader_course.scores(cycle.course, NAME)
    assert sorted(cycle.graded) == sorted(STUDENTS)
    for student in STUDENTS:
        results, _ = cycle.graded[student]
        assert points[student]["code"] == pytest.approx(results["score"]), student
        assert points[student]["max_code"] == pytest.approx(results["max_score"]), student


def test_exported_totals_equal_make_grade_student_by_student(cycle):
    rows = exported(cycle)
    for student in STUDENTS:
        results, _ = cycle.graded[student]
        assert float(rows[student]["score"]) == pytest.approx(results["score"]), student
    totals = {s: cycle.graded[s][0]["score"] for s in STUDENTS}
    assert totals["ada"] == cycle.graded["ada"][0]["max_score"]  # the reference earns everything
    assert totals["cleo"] == 0
    assert 0 < totals["dan"] < totals["ben"] < totals["ada"]


def test_every_grade_cell_scores_its_exercise_like_make_grade(cycle):
    with gradebook(cycle) as gb:
        for student in STUDENTS:
            expected = exercise_scores(cycle.graded[student][0])
            submission = gb.find_submission(NAME, student)
            earned = {grade.name.removeprefix("test_"): grade.score
                      for notebook in submission.notebooks for grade in notebook.grades
                      if grade.name.startswith("test_")}
            assert earned == {grade_cell_id(k).removeprefix("test_"): pytest.approx(v) for k, v in expected.items()}, student


def test_grade_cells_are_worth_their_exercises_rubric_points(cycle):
    notebook_of = {cell.name: name for name, cells in load_sources().items() for cell in cells
                   if cell.role == "autograde"}
    with gradebook(cycle) as gb:
        for exercise in EXERCISES:
            cell = gb.find_grade_cell(grade_cell_id(exercise.name), notebook_of[exercise.name], NAME)
            assert cell.max_score == exercise_points(exercise.name)


def test_tampered_grade_cells_are_restored_never_trusted(cycle):
    autograded = cycle.course / "autograded" / "dan" / NAME
    source = cycle.course / "source" / NAME
    for name in NOTEBOOKS:
        restored = {c.metadata.nbgrader.grade_id: c for c in grade_cells(nbformat.read(autograded / f"{name}.ipynb", 4))}
        original = {c.metadata.nbgrader.grade_id: c for c in grade_cells(nbformat.read(source / f"{name}.ipynb", 4))}
        assert set(restored) == set(original)
        for grade_id, cell in original.items():
            assert "grade_exercise(" in restored[grade_id].source, f"{name}: {grade_id} was not restored"
            assert restored[grade_id].metadata.nbgrader.points == cell.metadata.nbgrader.points
    with gradebook(cycle) as gb:
        assert gb.find_grade("test_svm_loss_naive", "svm", NAME, "dan").score == 0  # claimed 13
        assert gb.find_grade("test_sgd_step", "optimization", NAME, "dan").score == 0  # claimed 2.5
        assert gb.find_grade("test_l2_regularization", "optimization", NAME, "dan").max_score == 3  # claimed 100
        assert gb.find_grade("test_l2_regularization", "optimization", NAME, "dan").score == 3  # right code


def test_the_students_own_modules_are_graded_not_the_course_copies(cycle):
    for student in STUDENTS:
        submitted = cycle.course / "submitted" / student / NAME / "cs231n"
        autograded = cycle.course / "autograded" / student / NAME / "cs231n"
        for path in submitted.rglob("*.py"):
            assert (autograded / path.relative_to(submitted)).read_text() == path.read_text(), (student, path)


def feedback_text(page):
    return html.unescape(re.sub(r"<[^>]+>", "", Path(page).read_text()))


def test_feedback_names_what_failed_and_hides_the_hidden_tests(cycle):
    assert len(cycle.pages) == len(NOTEBOOKS) * len(STUDENTS)
    for page in cycle.pages:
        raw = Path(page).read_text()
        for secret in ("BEGIN HIDDEN TESTS", "nbgrader_bridge", "grade_exercise", str(REPO)):
            assert secret not in raw, (page, secret)
    # ben's softmax page gives make grade's own sentence for each failed check, and his points
    failed = [t["output"] for t in cycle.graded["ben"][0]["tests"]
              if t["name"].startswith("softmax_loss_vectorized: ") and t["status"] != "passed"]
    assert failed, "ben's softmax_loss_vectorized should fail the stability check"
    text = feedback_text(cycle.course / "feedback" / "ben" / NAME / "softmax.html")
    for message in failed:
        assert message in text
    earned = exercise_scores(cycle.graded["ben"][0])["softmax_loss_vectorized"]
    assert f"softmax_loss_vectorized: {earned:g} / 15 points" in text


def test_grade_cells_print_only_make_grade_messages_and_a_number(cycle):
    """What a grade cell shows is the failing checks' sentences, a total and the points: no inputs, no expected values."""
    line = re.compile(r"^(FAILED .+|[\w.]+: [\d.]+ / [\d.]+ points)$")
    for student in STUDENTS:
        messages = {t["output"] for t in cycle.graded[student][0]["tests"] if t["status"] != "passed"}
        for path in (cycle.course / "autograded" / student / NAME).glob("*.ipynb"):
            for cell in grade_cells(nbformat.read(path, 4)):
                kinds = [output.output_type for output in cell.outputs]
                assert kinds in (["stream", "execute_result"], ["execute_result"]), (student, path.name, kinds)
                for output in cell.outputs:
                    if output.output_type == "stream":
                        assert output.name == "stdout"
                        for text in output.text.strip().splitlines():
                            assert line.match(text), text
                            if text.startswith("FAILED "):
                                assert any(text.endswith(": " + message) for message in messages), text
                    else:
                        float(output.data["text/plain"])


def test_students_fetch_only_their_own_feedback(cycle):
    for student in ("ada", "ben"):
        fetched = sorted((cycle.homes[student] / NAME / "feedback").rglob("*.html"))
        assert sorted(p.name for p in fetched) == [f"{name}.html" for name in NOTEBOOKS]
        for page in fetched:
            assert page.read_text() == (cycle.course / "feedback" / student / NAME / page.name).read_text()


def test_inline_questions_add_their_points_once_graded_by_hand(cycle):
    """Ungraded inline answers add nothing to the export; graded, they add their points on top."""
    with gradebook(cycle) as gb:
        answers = [grade for notebook in gb.find_submission(NAME, "ada").notebooks for grade in notebook.grades
                   if not grade.name.startswith("test_")]
        assert answers and all(grade.needs_manual_grade for grade in answers)
        for grade in answers:
            grade.manual_score = MANUAL_POINTS
        gb.db.commit()
    regraded, lms = nbgrader_course.export(cycle.course, NAME, cycle.root / "regraded.csv",
                                           cycle.root / "regraded_lms.csv")
    with open(regraded) as stream:
        rows = {row["student_id"]: row for row in csv.DictReader(stream)}
    expected = cycle.graded["ada"][0]["score"] + MANUAL_POINTS * len(answers)
    assert float(rows["ada"]["score"]) == pytest.approx(expected)
    assert float(rows["ben"]["score"]) == pytest.approx(cycle.graded["ben"][0]["score"])
    # the LMS total is nbgrader's score; the exercise columns stay the autograded points
    lms_rows = {row[0]: row for row in csv_table(lms)[1:]}
    assert float(lms_rows["ada"][1]) == pytest.approx(expected)
    assert lms_rows["ada"][2:] == {row[0]: row for row in csv_table(cycle.lms_csv)[1:]}["ada"][2:]


def test_report_the_wall_times(cycle):
    print(f"\nstudent  autograde ({len(NOTEBOOKS)} notebooks, nbgrader in-process)  grade-all (same code)  points")
    for student in STUDENTS:
        results, seconds = cycle.graded[student]
        print(f"{student:7}  {cycle.autograde_seconds[student]:8.1f} s{'':36}{seconds:6.1f} s"
              f"{results['score']:16g} / {results['max_score']:g}")
    print(f"grade-all of the {len(STUDENTS)} students: {cycle.grade_all_seconds:.1f} s; make grade of dan: "
          f"{cycle.make_graded[1]:.1f} s")
    assert all(seconds < 180 for seconds in cycle.autograde_seconds.values())


def test_missing_course_folder_is_refused_in_one_line(tmp_path, capsys):
    assert nbgrader_course.main(["collect", "--course", str(tmp_path / "nowhere")]) == 2
    error = capsys.readouterr().err
    assert error.startswith("collect: course folder ") and "does not exist" in error and error.count("\n") == 1
    assert nbgrader_course.main(["export", "--course", str(tmp_path)]) == 2
    assert "has no nbgrader_config.py" in capsys.readouterr().err
    shutil.copy(REPO / "course" / "nbgrader_config.py", tmp_path)
    assert nbgrader_course.main(["export", "--course", str(tmp_path)]) == 2
    assert "has no gradebook yet; run `make release`" in capsys.readouterr().err
    assert not (tmp_path / "gradebook.db").exists()


def test_an_unreadable_notebook_is_named_safely_and_nobody_is_autograded(tmp_path, capsys, monkeypatch):
    """A file a student named and filled with a terminal escape: the line names it, without the escape."""
    monkeypatch.setenv("CIFAR10_DIR", str(tmp_path))
    shutil.copy(REPO / "course" / "nbgrader_config.py", tmp_path)
    for student in ("ada", "eve"):
        (tmp_path / "submitted" / student / NAME).mkdir(parents=True)
    shutil.copy(ASSIGNMENT / "svm.ipynb", tmp_path / "submitted" / "ada" / NAME)
    (tmp_path / "submitted" / "eve" / NAME / "svm\x1b]0;owned\x07.ipynb").write_bytes(b"\x1b[2J{\"cells\": \xff")
    assert nbgrader_course.main(["autograde", "--course", str(tmp_path)]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "\x1b" not in error and "\x07" not in error, repr(error)
    assert "nobody was autograded: eve's loss_functions/svm.ipynb is not a notebook" in error, error  # OSC cut
    assert not (tmp_path / "gradebook.db").exists() and not (tmp_path / "autograded").exists()


def test_export_keeps_the_earlier_grades_when_it_cannot_write(cycle, tmp_path, monkeypatch):
    from nbgrader.plugins import CsvExportPlugin

    with pytest.raises(nbgrader_course.CourseError, match=r"the grades file .* is a folder"):
        nbgrader_course.export(cycle.course, NAME, tmp_path)
    earlier = tmp_path / "grades.csv"
    earlier.write_text("earlier grades\n")

    def disk_full(plugin, gradebook):
        Path(plugin.to).write_text("half a file")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(CsvExportPlugin, "export", disk_full)
    with pytest.raises(nbgrader_course.CourseError, match="cannot write the grades file .*: No space left"):
        nbgrader_course.export(cycle.course, NAME, earlier)
    assert earlier.read_text() == "earlier grades\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["grades.csv"]


# --- issue 15: quiet output, the LMS export, feedback without the instructor's folders; issue 12: self-checks ----

NOISE = {
    "nbgrader without a config": "No nbgrader_config.py file found",
    "SQLAlchemy": "SAWarning",
    "a kernel over plain TCP": "running over TCP without encryption",
}
KIT_LINE = re.compile(r"^(release|collect|autograde|feedback|export): ")
NBGRADER_INFO = re.compile(r"^\[\w+App \| INFO\] ")  # what `nbgrader fetch_feedback` says it fetched


def test_the_steps_print_only_their_own_summaries(cycle):
    """No harmless nbgrader, SQLAlchemy or kernel warning reaches the terminal; the kit's summary lines all do."""
    lines = [line for line in cycle.log.read_text().splitlines() if line.strip()]
    for what, text in NOISE.items():
        assert not [line for line in lines if text in line], what
    for step in ("release", "collect", "feedback", "export"):
        assert any(line.startswith(f"{step}: ") for line in lines), step
    for student in STUDENTS:
        assert any(line.startswith(f"autograde: {student}: ") and "autograded points" in line for line in lines), student
    assert any(line.startswith("release: students save ") for line in lines)
    # and nothing else: every line is the kit's, or nbgrader telling ben what it fetched
    assert [line for line in lines if not KIT_LINE.match(line) and not NBGRADER_INFO.match(line)] == []


def test_the_filters_are_precise(cycle):
    """Another SAWarning, or another FutureWarning of nbformat, still shows."""
    from sqlalchemy.exc import SAWarning

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("default")
        nbgrader_course.quiet_nbgrader()
        warnings.warn("Object of type <SubmittedAssignment> not in session, add operation along "
                      "'Student.submissions' will not proceed", SAWarning)
        warnings.warn("Object of type <Student> not in session, delete operation along 'x.y' will not proceed", SAWarning)
        warnings.warn("Cell is missing an id field, this will become a hard error", FutureWarning)
    assert [str(w.message).split(" not in")[0] for w in caught] == ["Object of type <Student>",
                                                                    "Cell is missing an id field, this will become a hard error"]


def test_a_student_with_the_course_settings_types_short_commands(cycle):
    """The settings file release writes names the course and the exchange: no warning, no --course, it just works."""
    settings = (cycle.course / nbgrader_course.STAMPS / nbgrader_course.STUDENT_CONFIG).read_text()
    assert repr(cycle.course_id) in settings and repr(str(cycle.exchange.resolve())) in settings
    assert cycle.fetched_by_hand == 0
    assert sorted(p.name for p in (cycle.homes["ben"] / NAME / "feedback").rglob("*.html")) == \
        [f"{name}.html" for name in NOTEBOOKS]


def test_the_lms_export_has_grade_alls_shape_and_nbgraders_totals(cycle):
    """grades_lms.csv of `make export` is grade-all's grades_lms.csv for the same class, cell for cell."""
    ours, theirs = csv_table(cycle.lms_csv), csv_table(cycle.root / "grade-all" / "grades_lms.csv")
    assert cycle.lms_csv == cycle.grades_csv.parent / "grades_lms.csv"
    assert ours[0] == theirs[0] == ["student_id", "total", *[exercise.name for exercise in EXERCISES]]
    assert sorted(ours[1:]) == sorted(theirs[1:])  # before the inline questions are graded: the same points
    assert sorted(row[0] for row in ours[1:]) == sorted(STUDENTS)
    nbgrader_rows = exported(cycle)
    for row in ours[1:]:
        assert float(row[1]) == pytest.approx(float(nbgrader_rows[row[0]]["score"])), row[0]
        assert float(row[1]) == pytest.approx(sum(map(float, row[2:]))), row[0]


def test_the_lms_export_leaves_a_student_without_a_submission_empty_and_no_formula(cycle, tmp_path):
    with gradebook(cycle) as gb:
        gb.add_student("=HYPERLINK(1)")
    try:
        grades, lms = nbgrader_course.export(cycle.course, NAME, tmp_path / "g.csv")
    finally:
        with gradebook(cycle) as gb:
            gb.remove_student("=HYPERLINK(1)")
    rows = {row[0]: row for row in csv_table(lms)[1:]}
    assert rows["'=HYPERLINK(1)"] == ["'=HYPERLINK(1)", ""] + [""] * len(EXERCISES)  # nbgrader's own CSV says 0
    assert {row["student_id"]: row["score"] for row in csv.DictReader(open(grades))}["'=HYPERLINK(1)"] == "0.0"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.csv", "grades_lms.csv"]  # no temporary file is left


def test_export_refuses_one_file_for_both_tables(cycle, tmp_path):
    with pytest.raises(nbgrader_course.CourseError, match="both .*give them two names"):
        nbgrader_course.export(cycle.course, NAME, tmp_path / "g.csv", tmp_path / "g.csv")
    assert nbgrader_course.main(["export", "--course", str(cycle.course), "--to", str(tmp_path / "g.csv"),
                                 "--lms-to", str(tmp_path)]) == 2
    assert list(tmp_path.iterdir()) == []


def test_feedback_quotes_no_folder_of_the_instructors_machine(cycle):
    """A student's cell that raises shows its traceback with the student's relative paths only."""
    folders = {"the course": str(cycle.course), "the kit": str(REPO), "the home folder": str(Path.home()),
               "the class's folder (the data is there)": str(cycle.root),
               "the home folder, as IPython writes it": "~/" + str(cycle.course.relative_to(Path.home()))
               if cycle.course.is_relative_to(Path.home()) else str(cycle.course)}
    tracebacks = 0
    for page in cycle.pages:
        raw, text = Path(page).read_text(), feedback_text(page)
        for what, folder in folders.items():
            assert folder not in raw and folder not in text, (page, what)
        tracebacks += len(re.findall(r"\bcs231n/[\w/]+\.py:\d+", text))
    # cleo's untouched starter raises NotImplementedError in her cells: the traceback names her module, relatively
    assert tracebacks > 0
    cleo = feedback_text(cycle.course / "feedback" / "cleo" / NAME / "svm.html")
    assert "NotImplementedError" in cleo and re.search(r"\bcs231n/classifiers/linear_svm\.py:\d+", cleo)


def test_self_check_cells_run_at_autograde_and_count_for_nothing(cycle):
    """ada's self-checks pass in her autograded notebook; dan's edited and deleted ones change none of his points."""
    ada = nbformat.read(cycle.course / "autograded" / "ada" / NAME / "svm.ipynb", 4)
    checks = self_check_cells(ada)
    assert checks and all("self-checks of" in "".join(o.get("text", "") for o in cell.outputs) for cell in checks)
    dan = cycle.course / "autograded" / "dan" / NAME
    svm = nbformat.read(dan / "svm.ipynb", 4)
    graded = next(i for i, c in enumerate(svm.cells) if c.metadata.get("nbgrader", {}).get("grade_id") == "test_svm_loss_naive")
    assert svm.cells[graded - 1].source.startswith('print("13 / 13 points")')  # his edit is kept, and ran
    assert [o.evalue for o in svm.cells[graded - 1].outputs if o.output_type == "error"] == ["checked"]
    released = nbformat.read(cycle.released / "softmax.ipynb", 4)
    assert len(self_check_cells(nbformat.read(dan / "softmax.ipynb", 4))) == len(self_check_cells(released)) - 1
    with gradebook(cycle) as gb:
        assert gb.find_submission(NAME, "dan").code_score == pytest.approx(cycle.graded["dan"][0]["score"])
