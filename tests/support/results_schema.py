"""What every results document the kit writes must be: Gradescope's schema, adding up, every exercise in order."""

import pytest

from support.variants import EXERCISE_NAMES

TEST_KEYS = {"name", "number", "score", "max_score", "status", "output", "visibility"}
VISIBILITIES = {"visible", "hidden", "after_due_date", "after_published"}


def check_results_document(document):
    """Assert that a results.json document follows Gradescope's schema and adds up."""
    required = {"score", "max_score", "execution_time", "tests"}
    # "output": Gradescope's top-level text, where the grader says where it found the package
    assert required <= set(document) <= required | {"output"}, set(document)
    assert isinstance(document.get("output", ""), str)
    for key in ("score", "max_score", "execution_time"):
        assert isinstance(document[key], (int, float)) and not isinstance(document[key], bool), key
    assert document["execution_time"] >= 0
    tests = document["tests"]
    assert isinstance(tests, list) and tests
    numbers = [t["number"] for t in tests]
    assert len(set(numbers)) == len(numbers), "test numbers are not unique"
    for test in tests:
        assert set(test) == TEST_KEYS, set(test) ^ TEST_KEYS
        assert isinstance(test["name"], str) and isinstance(test["output"], str) and isinstance(test["number"], str)
        exercise = next((e for e in EXERCISE_NAMES if test["name"].startswith(e + ": ")), None)
        assert exercise is not None, f"{test['name']!r} does not start with an exercise name and ': '"
        assert len(test["name"]) > len(exercise) + 2
        assert test["status"] in ("passed", "failed"), test
        assert test["visibility"] in VISIBILITIES, test
        assert test["max_score"] >= 0
        assert test["score"] == (test["max_score"] if test["status"] == "passed" else 0.0), test
        if test["status"] == "failed":
            assert test["output"].strip(), f"a failed test without feedback: {test['name']}"
    assert document["score"] == pytest.approx(sum(t["score"] for t in tests), abs=1e-6)
    assert document["max_score"] == pytest.approx(sum(t["max_score"] for t in tests), abs=1e-6)
    seen = [next(e for e in EXERCISE_NAMES if t["name"].startswith(e + ": ")) for t in tests]
    assert list(dict.fromkeys(seen)) == list(EXERCISE_NAMES), "every exercise, in the registry's order"
