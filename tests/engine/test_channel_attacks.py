"""Attacks on the channel between grader and worker, in both isolation modes (issue 10, point 1).

Each attack is student code that writes to the worker's pipes itself. Every one
must end the call within its deadline with one sentence (a StudentCallError),
the worker must be replaced (the next call works, in a new worker), and the
grader's own memory must stay bounded: the peak resident size of this process
(reset before the attacks through /proc/self/clear_refs) grows by far less
than 300 MB, whatever was announced or sent.
"""

import time

import numpy as np
import pytest

from autograder.engine.sandbox import Limits, Sandbox, StudentCallError
from support.engine_helpers import ATTACK_PRELUDE, MODES, make_package, need_mode

pytestmark = pytest.mark.slow  # every case starts workers (about half a second each)

CALL_TIMEOUT = 2.0
SLACK = 4.0  # seconds on top of a deadline: killing and waiting for the worker, a loaded machine
MB = 2**20

ATTACKS = ATTACK_PRELUDE + '''

def add(a, b):
    return a + b


def answer_then_stop_reading():
    """A fake answer to this call, then never read a request again."""
    send({"ok": True, "result": {"kind": "none", "class": "NoneType"}}, then_sleep=120)


def flood_callbacks():
    """Callback messages that never wait for the answers: the grader's answers fill the request pipe."""
    while True:
        wire.write_message(RESPONSE, {"callback": "echo", "x": np.zeros(16)})


def chatter(size):
    """Callbacks forever, reading every answer: each one small enough, all of them together not."""
    while True:
        wire.write_message(RESPONSE, {"callback": "echo", "x": np.zeros(size)})
        wire.read_message(REQUEST)


def stream_huge_array():
    """Announce a 1 GB array, then send it."""
    head = json.dumps({"body": {"ok": True, "result": {"__array__": 0}}, "arrays": [
        {"dtype": "<f8", "shape": [2**27], "nbytes": 2**30}]}).encode()
    os.write(RESPONSE, struct.pack(">I", len(head)) + head)
    chunk = bytes(2**20)
    for _ in range(1024):
        wire.write_all(RESPONSE, chunk)


def many_arrays_each_under_the_cap(count):
    """Arrays of 3 MB each, as many as the grader will take."""
    wire.write_message(RESPONSE, {"ok": True, "result": {"kind": "none", "class": "NoneType"},
                                  "pad": [np.zeros(3 * 2**17) for _ in range(count)]})
    time.sleep(30)


def json_of_empty_lists():
    """A header of nearly a megabyte of empty lists: the costliest JSON per byte."""
    raw(b'{"body": {"ok": true, "result": ' + b"[" + b"[]," * 330_000 + b'[]]}, "arrays": []}')


def overflowing_shape():
    raw({"body": {"__array__": 0}, "arrays": [{"dtype": "<f8", "shape": [2**62, 2**62], "nbytes": 8}]},
        b"\\0" * 8)


def object_dtype():
    raw({"body": {"__array__": 0}, "arrays": [{"dtype": "|O", "shape": [1], "nbytes": 8}]}, b"\\0" * 8)


def not_json():
    raw(b"{this is not json")


def body_that_is_a_list():
    send([1, 2, 3])


def result_that_is_a_string():
    send({"ok": True, "result": "full marks"})


def value_with_400_digits():
    send({"ok": True, "result": {"kind": "scalar", "class": "int", "is_float": False, "value": 10**400}})


def answer_twice():
    """Two answers to one call: the second would be read as the answer to the next request."""
    wire.write_message(RESPONSE, {"ok": True, "result": {"kind": "none", "class": "NoneType"}})
    return None


def error_that_is_not_an_object():
    send({"ok": False, "error": ["ValueError", "boom"]})
'''

IMPORT_TIME = ATTACK_PRELUDE + '''
raw({"body": {"__array__": 0}, "arrays": [{"dtype": "<f8", "shape": [2**62, 2**62], "nbytes": 8}]}, b"\\0" * 8)
'''

# one of each kind, sent by a real worker in both modes (tests/engine/test_wire_format.py has the whole list)
MALFORMED = ["overflowing_shape", "not_json", "result_that_is_a_string", "value_with_400_digits"]


@pytest.fixture(params=MODES)
def box(request, tmp_path):
    need_mode(request.param)
    package = make_package(tmp_path, {"attacks": ATTACKS, "at_import": IMPORT_TIME})
    with Sandbox(package, Limits(call_timeout=CALL_TIMEOUT, isolation=request.param)) as sandbox:
        yield sandbox


def call(box, name, *args, **options):
    return box.request({"op": "call", "module": "cs231n.attacks", "qualname": name, "args": list(args)}, **options)


def fails_in_one_sentence(box, run, bound, kinds=("garbled", "timeout")):
    """Run an attack; it must fail with one sentence within ``bound`` seconds, and the next call must work."""
    if box.process is None:
        call(box, "add", 0, 0)  # a worker to replace
    starts = box.starts
    began = time.monotonic()
    with pytest.raises(StudentCallError) as caught:
        run()
    seconds = time.monotonic() - began
    error = caught.value
    assert seconds < bound, f"the attack took {seconds:.1f} s (bound {bound:g} s)"
    assert error.kind in kinds, (error.kind, error.message)
    assert error.message and "\n" not in error.message and len(error.message) < 300, error.message
    assert call(box, "add", 1, 2)["result"]["value"] == 3, "the next call must work"
    assert box.starts == starts + 1, "the worker must have been replaced"
    return error


def peak_growth(run):
    """How much this process's peak resident size grew while ``run()`` ran, in MB."""
    with open("/proc/self/clear_refs", "w") as stream:
        stream.write("5")  # resets VmHWM to the current resident size

    def field(name):
        with open("/proc/self/status") as stream:
            return next(int(line.split()[1]) for line in stream if line.startswith(name)) / 1024

    before = field("VmRSS:")
    run()
    return field("VmHWM:") - before


def test_a_worker_that_stops_reading_cannot_block_the_grader(box):
    assert call(box, "answer_then_stop_reading")["result"]["kind"] == "none"
    # 8 MB to send: far more than a pipe holds, so the write itself must have a deadline
    error = fails_in_one_sentence(box, lambda: box.request({"op": "put", "name": "big", "value": np.zeros(2**20)}),
                                  CALL_TIMEOUT + SLACK, kinds=("timeout",))
    assert "time limit" in error.message


def test_a_flood_of_callbacks_cannot_block_the_grader(box):
    def echo(message):
        return {"x": np.zeros(2**14)}  # 128 kB per answer: the request pipe is full after one

    fails_in_one_sentence(box, lambda: call(box, "flood_callbacks", callback=echo), CALL_TIMEOUT + SLACK,
                          kinds=("timeout",))


def test_endless_callbacks_stop_at_the_requests_byte_budget(box):
    growth = peak_growth(lambda: fails_in_one_sentence(
        box, lambda: call(box, "chatter", 2**16, callback=lambda message: {"ok": True}, timeout=60),
        60, kinds=("garbled",)))
    assert growth < 100, f"the grader's peak memory grew by {growth:.0f} MB"


@pytest.mark.parametrize("attack", MALFORMED)
def test_a_malformed_answer_fails_the_call_with_one_sentence(box, attack):
    error = fails_in_one_sentence(box, lambda: call(box, attack), CALL_TIMEOUT + SLACK, kinds=("garbled",))
    assert "malformed answer" in error.message


def test_a_malformed_answer_to_the_import_request_is_a_failed_import(box):
    error = fails_in_one_sentence(box, lambda: box.request({"op": "import", "module": "cs231n.at_import"}),
                                  CALL_TIMEOUT + SLACK, kinds=("garbled",))
    assert "malformed answer" in error.message


@pytest.mark.parametrize("attack, args", [("stream_huge_array", ()), ("many_arrays_each_under_the_cap", (200,))])
def test_an_answer_over_the_cap_is_refused_without_the_grader_holding_it(box, attack, args):
    growth = peak_growth(lambda: fails_in_one_sentence(box, lambda: call(box, attack, *args),
                                                       CALL_TIMEOUT + SLACK, kinds=("garbled",)))
    assert growth < 50, f"the grader's peak memory grew by {growth:.0f} MB for an answer it refused"


def test_an_answer_sent_ahead_of_its_request_is_a_protocol_error(box):
    assert call(box, "answer_twice")["result"]["kind"] == "none"
    time.sleep(0.2)  # the second answer is in the pipe by now
    error = fails_in_one_sentence(box, lambda: call(box, "add", 1, 1), CALL_TIMEOUT + SLACK, kinds=("garbled",))
    assert "before it was asked" in error.message


def test_a_request_may_accept_a_larger_answer(box):
    answer = call(box, "add", np.zeros(2**20), 1.0, max_bytes=16 * MB)  # 8 MB back, over the default 4 MB
    assert answer["result"]["data"].shape == (2**20,)
    with pytest.raises(StudentCallError, match="more than 4 MB"):
        call(box, "add", np.zeros(2**20), 1.0)
