"""The worker's stand-ins for the grader's helpers come from the request: the engine knows no helper's name.

A training exercise runs with the grader's own ``sample_batch``, ``sgd_step`` (and more) in place of the
student's; the assignment describes each (``autograder/loss_functions/grader_helpers.py``) and the
worker builds the stand-in from that description. Here a helper no assignment has is described, and the
student's code calls it by position and by name.
"""

import numpy as np
import pytest

from autograder.engine import sandbox
from support.engine_helpers import make_package

STUDENT = '''
import numpy as np
from cs231n import tools


def uses_the_helpers(v, rng):
    a = tools.scale(v, 2.0)
    b = tools.scale(k=3.0, v=v)
    rows = tools.pick(v, rng)
    return [a, b, rows]


def calls_it_wrongly(v):
    return tools.scale(v)


def gives_an_argument_twice(v):
    return tools.scale(v, 2.0, v=v)
'''
TOOLS = '''
def scale(v, k):
    raise AssertionError("the student's own helper must not run while the grader's is in place")


def pick(v, rng):
    raise AssertionError("nor this one")
'''
HELPERS = {"scale": {"params": [["v", "array"], ["k", "number"]], "returns": ["v"]},
           "pick": {"params": [["v", "rows"], ["rng", "rng"]], "returns": ["indices"]}}


def grader(seen):
    def answer(message):
        seen.append(message)
        if message["callback"] == "scale":
            return {"v": message["v"] * message["k"]}
        return {"indices": np.array([2, 0])}
    return answer


def request(name, **extra):
    return {"op": "call", "module": "cs231n.student", "qualname": name, "helper_modules": ["cs231n.tools"],
            "helpers": HELPERS, **extra}


def items(answer):
    return [item["data"] for item in answer["result"]["items"]]


def test_helpers_described_by_the_request_answer_by_position_and_by_name(tmp_path):
    package = make_package(tmp_path, {"student": STUDENT, "tools": TOOLS})
    seen = []
    with sandbox.Sandbox(package) as box:
        answer = box.request(request("uses_the_helpers", args=[np.arange(3.0)], kwargs={"rng": {"__rng__": 5}}),
                             callback=grader(seen))
    scaled2, scaled3, rows = items(answer)
    assert [m["callback"] for m in seen] == ["scale", "scale", "pick"]
    assert np.array_equal(scaled2, [0, 2, 4]) and np.array_equal(scaled3, [0, 3, 6])
    # a ``rows`` argument is never sent, only its row count; the rows come from the grader's indices
    assert "v" not in seen[2] and seen[2]["num_rows"] == 3 and np.array_equal(rows, [2, 0])
    # the rng is not sent either: a seed drawn from it, so the run still depends on it and only on it
    assert seen[2]["seed"] == int(np.random.default_rng(5).integers(2**62))


def test_a_helper_called_with_the_wrong_arguments_raises_in_the_students_code(tmp_path):
    package = make_package(tmp_path, {"student": STUDENT, "tools": TOOLS})
    seen = []
    with sandbox.Sandbox(package) as box:
        with pytest.raises(sandbox.StudentCallError, match=r"scale\(\) takes the arguments \(v, k\)"):
            box.request(request("calls_it_wrongly", args=[np.arange(3.0)]), callback=grader(seen))
        with pytest.raises(sandbox.StudentCallError, match=r"scale\(\) takes the arguments \(v, k\)"):
            box.request(request("gives_an_argument_twice", args=[np.arange(3.0)]), callback=grader(seen))
    assert seen == []


def test_the_students_own_helpers_are_back_after_the_call(tmp_path):
    package = make_package(tmp_path, {"student": STUDENT, "tools": TOOLS})
    with sandbox.Sandbox(package) as box:
        box.request(request("uses_the_helpers", args=[np.arange(3.0)], kwargs={"rng": {"__rng__": 5}}),
                    callback=grader([]))
        with pytest.raises(sandbox.StudentCallError, match="must not run"):
            box.request({"op": "call", "module": "cs231n.tools", "qualname": "scale", "args": [1, 2]})
