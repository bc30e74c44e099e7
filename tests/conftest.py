"""Shared fixtures for the kit's own tests.

The reference package lives in ``solutions/cs231n``; the tests import it as
``cs231n`` by putting ``solutions/`` first on ``sys.path``. (The student
starter in ``assignment/cs231n`` has the same module names; tests that need
it load it in a subprocess or under another name, never both in one process.)

Two tiers: ``make test`` runs everything; ``make test-fast`` (``-m "not slow"``)
leaves out the suites below (:data:`SLOW_SUITES`: deployments, the nbgrader
cycle, the hostile suite, timing and the engine's attacks) and every test
marked ``slow``, for the edit-test loop. Helpers the tests share live in the
``support`` package (tests/support), never in another test module.
"""

import sys

import numpy as np
import pytest

from support.kit_paths import REPO, SOLUTIONS

if str(SOLUTIONS) not in sys.path:
    sys.path.insert(0, str(SOLUTIONS))
if str(REPO) not in sys.path:
    sys.path.insert(1, str(REPO))


# whole files of the slow tier: they deploy, attack the engine, run notebooks or time code
SLOW_SUITES = (
    "hostile/", "engine/test_channel_attacks.py", "engine/test_grader_memory.py", "engine/test_worker_tree.py",
    "engine/test_cgroups.py", "autograder/test_loops_and_speed.py", "test_nbgrader_cycle.py",
    "test_student_release.py", "test_gradescope.py", "test_classroom.py", "test_isolation.py",
    "test_notebooks.py", "test_course_rubric.py",
)


def pytest_collection_modifyitems(items):
    tests = REPO / "tests"
    for item in items:
        relative = item.path.relative_to(tests).as_posix() if item.path.is_relative_to(tests) else ""
        if relative.startswith(SLOW_SUITES):
            item.add_marker(pytest.mark.slow)


@pytest.fixture
def rng():
    """A seeded generator, so every test is repeatable."""
    return np.random.default_rng(231)


@pytest.fixture(scope="session")
def repo():
    return REPO


@pytest.fixture(scope="session")
def catalog_grades(tmp_path_factory):
    """``catalog_grades(entry)`` -> ``support.catalog_grades.GradedEntry``: each catalog entry graded once per process."""
    from autograder.core.rubric import load_rubric
    from autograder.loss_functions.exercises import ASSIGNMENT
    from support.catalog_grades import CatalogGrades

    return CatalogGrades(load_rubric(ASSIGNMENT), tmp_path_factory.mktemp("catalog"))
