"""The nbgrader steps and the rubric stay consistent (issue 15, items 2 and 6), without running nbgrader.

Every step reads the rubric first: a broken one stops it in one line before anything is written. The
points a release was built with are recorded; autograde, feedback and export refuse a rubric that gives
other points and say how to re-weight. ``--student`` names only collected students. Export refuses a
destination that is a folder, or one file for both of its tables, before it reads the gradebook. Each
refusal comes before the tool imports nbgrader or nbformat (seconds of CPU), so that it is quick.
"""

import json
import shutil
import subprocess
import sys

import pytest

from autograder.core.rubric import load_rubric
from autograder.loss_functions.exercises import ASSIGNMENT
from support.kit_paths import REPO
from tools import nbgrader_course

NAME = "loss_functions"


def course_tool(course, step, *options):
    return subprocess.run([sys.executable, str(REPO / "tools" / "nbgrader_course.py"), step, "--course", str(course),
                           "--assignment", NAME, *options], capture_output=True, text=True, timeout=120)


@pytest.fixture
def course(tmp_path):
    """A course folder with the kit's config, a recorded release and one collected submission, no gradebook."""
    folder = tmp_path / "course"
    folder.mkdir()
    shutil.copy(REPO / "course" / "nbgrader_config.py", folder)
    stamp = nbgrader_course.stamp_path(folder, NAME)
    stamp.parent.mkdir()
    rubric = load_rubric(ASSIGNMENT)
    stamp.write_text(json.dumps({"rubric": str(rubric.path), "points": nbgrader_course.points_by_exercise(rubric)}))
    (folder / "submitted" / "ada" / NAME).mkdir(parents=True)
    return folder


def reweighted(tmp_path, exercise="sgd_step"):
    """The kit's rubric with every check of ``exercise`` worth 1 point more."""
    lines, inside = [], False
    for line in ASSIGNMENT.rubric_path.read_text().splitlines():
        inside = line.strip() == f"[{exercise}]" or (inside and not line.startswith("["))
        if inside and "=" in line and not line.startswith("#"):
            key, value = line.split("=", 1)
            line = f"{key}= {float(value.split('#')[0]) + 1}"
        lines.append(line)
    path = tmp_path / "reweighted.toml"
    path.write_text("\n".join(lines) + "\n")
    return path


@pytest.mark.parametrize("step", ["autograde", "feedback", "export"])
def test_a_rubric_with_other_points_than_the_release_is_refused_in_one_line(course, tmp_path, step):
    done = course_tool(course, step, "--rubric", str(reweighted(tmp_path)))
    lines = done.stderr.strip().splitlines()
    assert done.returncode == 2 and len(lines) == 1, done.stderr
    assert "other points than loss_functions was released with" in lines[0] and "sgd_step" in lines[0], lines[0]
    assert "make release" in lines[0] and "Traceback" not in done.stderr
    assert not (course / "grades.csv").exists() and not (course / "autograded").exists()


def test_the_release_points_are_accepted_and_the_step_goes_on(course):
    done = course_tool(course, "export")
    # past the rubric check: the step then stops on the missing gradebook, in one line of its own
    assert done.returncode == 2 and "no gradebook yet" in done.stderr, done.stderr


@pytest.mark.parametrize("step", ["release", "collect", "autograde", "feedback", "export"])
def test_a_broken_rubric_stops_every_step_before_it_writes(course, tmp_path, step):
    broken = tmp_path / "broken.toml"
    broken.write_text(ASSIGNMENT.rubric_path.read_text().replace("[sgd_step]", "[sgd_stepp]", 1))
    done = course_tool(course, step, "--rubric", str(broken))
    lines = done.stderr.strip().splitlines()
    assert done.returncode == 2 and len(lines) == 1 and "sgd_stepp" in lines[0], done.stderr
    assert not (course / "source").exists() and not (course / "release").exists()


def test_autograde_of_a_student_who_has_not_submitted_names_the_collected_ones(course):
    done = course_tool(course, "autograde", "--student", "bob")
    assert done.returncode == 2 and "no collected submission of loss_functions for bob" in done.stderr, done.stderr
    assert "the collected ones are ada" in done.stderr


def test_make_passes_rubric_and_student_to_the_course_tool():
    done = subprocess.run(["make", "-n", "autograde", "STUDENT=ada,bob", "RUBRIC=/tmp/r.toml"], cwd=REPO,
                          capture_output=True, text=True, timeout=60)
    line = next(row for row in done.stdout.splitlines() if "nbgrader_course.py" in row)
    assert '--student "ada,bob"' in line and '--rubric "/tmp/r.toml"' in line, line


def test_grade_cells_grade_with_the_rubric_of_the_release(tmp_path):
    rubric = load_rubric(ASSIGNMENT, reweighted(tmp_path))
    source, points = nbgrader_course.grade_cell("sgd_step", rubric=rubric)
    assert points == load_rubric(ASSIGNMENT).exercise_total("sgd_step") + 2  # two checks, one point more each
    assert f"rubric={str(rubric.path.resolve())!r}" in source


@pytest.mark.parametrize("lms", ["same", "folder"])
def test_export_refuses_bad_destinations_in_one_line_before_it_reads_the_gradebook(course, lms):
    to = course / "grades.csv"
    done = course_tool(course, "export", "--to", str(to), "--lms-to", str(to if lms == "same" else course))
    lines = done.stderr.strip().splitlines()
    assert done.returncode == 2 and len(lines) == 1, done.stderr
    assert ("give them two names" if lms == "same" else "is a folder") in lines[0], lines[0]
    assert not to.exists() and not (course / nbgrader_course.LMS_NAME).exists()


def test_refusals_come_before_nbgrader_and_nbformat_are_imported(course, tmp_path):
    """Every refusal above, in one process: none of them imports nbgrader or nbformat (seconds of CPU)."""
    broken = tmp_path / "broken.toml"
    broken.write_text(ASSIGNMENT.rubric_path.read_text().replace("[sgd_step]", "[sgd_stepp]", 1))
    to = str(course / "grades.csv")
    refusals = [[step, "--rubric", str(broken)] for step in ("release", "collect", "autograde", "feedback", "export")]
    refusals += [[step, "--rubric", str(reweighted(tmp_path))] for step in ("autograde", "feedback", "export")]
    refusals += [["export"], ["autograde", "--student", "bob"], ["export", "--to", to, "--lms-to", to],
                 ["export", "--to", to, "--lms-to", str(course)]]
    refusals = [[*argv[:1], "--course", str(course), "--assignment", NAME, *argv[1:]] for argv in refusals]
    script = (f"import sys; sys.path.insert(0, {str(REPO)!r}); from tools import nbgrader_course; "
              f"codes = [nbgrader_course.main(argv) for argv in {refusals!r}]; "
              "print(codes, sorted({name.split('.')[0] for name in sys.modules} & {'nbgrader', 'nbformat', 'nbconvert'}))")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"{[2] * len(refusals)} []", done.stdout
    assert len(done.stderr.strip().splitlines()) == len(refusals), done.stderr
