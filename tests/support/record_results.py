"""A pytest plugin that records every in-process grading, to compare results before and after a refactor.

Load it with ``-p record_results --record-results FILE``: each grading done in
this process through the grading core appends one JSON line per check
(the running test's id, the check's name, score, maximum and feedback).
``tools/compare_results.py OLD NEW`` then lists what changed. Gradings done by a
subprocess (the CLI tests) are not recorded: those tests assert their results
themselves.
"""

import json
import os

import pytest


def pytest_addoption(parser):
    parser.addoption("--record-results", default=None, help="append every in-process grading's results to FILE")


def _recorded(function, path):
    def wrapper(*args, **kwargs):
        tests = function(*args, **kwargs)
        test_id = os.environ.get("PYTEST_CURRENT_TEST", "?").rsplit(" (", 1)[0]
        with open(path, "a", encoding="utf-8") as out:
            for test in tests:
                out.write(json.dumps({"test": test_id, "check": test.name, "score": test.score,
                                      "max": test.max_score, "output": test.output}) + "\n")
        return tests

    return wrapper


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config):
    path = config.getoption("--record-results")
    if not path:
        return
    from autograder.core import runner  # the one place every in-process grading goes through

    mp = pytest.MonkeyPatch()
    for name in ("grade_package", "every_check_failed"):
        mp.setattr(runner, name, _recorded(getattr(runner, name), path))
    config.add_cleanup(mp.undo)
