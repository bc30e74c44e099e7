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

Checked: the released material holds no solution and no hidden test; every
grade cell, and so every exported total, equals `make grade` on the same code
(the inline questions are graded by hand: until they are, they add nothing,
and once graded they add their points on top); tampered grade cells are
restored, never trusted; the students' own modules are graded; the feedback
names what failed with `make grade`'s messages and shows no hidden code.
The wall time of autograde per student and of `make grade` on the same code
are printed (run with -s to see them).
"""

import csv
import html
import json
import os
import re
import shutil
import subprocess
import time
from pathlib import Path
from types import SimpleNamespace

import nbformat
import pytest

from autograder.loss_functions.exercises import EXERCISES
from autograder.frontends.nbgrader_bridge import exercise_points
from support.kit_paths import ASSIGNMENT, DATA, REPO, SOLUTIONS
from tools import nbgrader_course
from tools.make_notebooks import find_leaks, load_sources
from tools.make_release import release_files
from tools.make_stubs import find_leaks as find_module_leaks

NOTEBOOKS = sorted(load_sources())  # the notebook sources' names: "svm", "softmax", ...

pytestmark = [
    pytest.mark.slow,
    # nbgrader's own, all harmless: a grade cell it puts back has no cell id, release_feedback misspells a
    # keyword, and its gradebook warns about a first submission (the same with SQLAlchemy 2.0)
    pytest.mark.filterwarnings("ignore:Object of type <Submitted"),
    pytest.mark.filterwarnings("ignore::nbformat.warnings.MissingIDFieldWarning"),
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


def tamper(work):
    """dan: a grade cell that claims full points, one deleted, one worth 100 points, one unmarked."""
    def svm(notebook):
        cell = next(c for c in grade_cells(notebook) if c.metadata.nbgrader.grade_id == "test_svm_loss_naive")
        cell.source = "13.0"

    def softmax(notebook):
        notebook.cells = [c for c in notebook.cells
                          if c.metadata.get("nbgrader", {}).get("grade_id") != "test_softmax_loss_naive"]

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


@pytest.fixture(scope="module")
def cycle(tmp_path_factory):
    """Run the whole term once; the tests below look at what it left."""
    from nbgrader.exchange.default import ExchangeFetchAssignment, ExchangeFetchFeedback, ExchangeSubmit

    root = tmp_path_factory.mktemp("class")
    course, exchange, data = root / "course", root / "exchange", root / "toy-cifar-10-batches-py"
    course.mkdir()
    shutil.copy(REPO / "course" / "nbgrader_config.py", course)
    load_toy_cifar().write_dataset(data, seed=0)
    with pytest.MonkeyPatch.context() as env:
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
        for student in ("ada", "ben"):
            as_student(ExchangeFetchFeedback, student_config(course_id, exchange, homes[student], student))
        grades_csv = nbgrader_course.export(course, NAME, root / "grades.csv")
        graded = {}
        for student in STUDENTS:
            graded[student] = make_grade(course / "submitted" / student / NAME, root / f"{student}.json")
    return SimpleNamespace(root=root, course=course, exchange=exchange, released=released, homes=homes,
                           course_id=course_id, collected=collected, autograde_seconds=autograde_seconds,
                           pages=pages, grades_csv=grades_csv, graded=graded)


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


def exported(cycle):
    with open(cycle.grades_csv) as stream:
        return {row["student_id"]: row for row in csv.DictReader(stream)}


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
    for relative, data in release_files(notebooks=False).items():
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
        # the zip's notebooks hold a self-check cell where nbgrader's hold a hidden grade cell
        assert [c.source for c in notebook.cells if c not in grade_cells(notebook)] == \
            [c.source for c in student.cells if not c.source.startswith("# Self-check: ")]
    assert not list(folder.rglob("gradebook.db"))


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
    regraded = nbgrader_course.export(cycle.course, NAME, cycle.root / "regraded.csv")
    with open(regraded) as stream:
        rows = {row["student_id"]: row for row in csv.DictReader(stream)}
    expected = cycle.graded["ada"][0]["score"] + MANUAL_POINTS * len(answers)
    assert float(rows["ada"]["score"]) == pytest.approx(expected)
    assert float(rows["ben"]["score"]) == pytest.approx(cycle.graded["ben"][0]["score"])


def test_report_the_wall_times(cycle):
    print("\nstudent  autograde (3 notebooks, nbgrader in-process)  make grade (same code)  points")
    for student in STUDENTS:
        results, seconds = cycle.graded[student]
        print(f"{student:7}  {cycle.autograde_seconds[student]:8.1f} s{'':36}{seconds:6.1f} s"
              f"{results['score']:16g} / {results['max_score']:g}")
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
