"""The sandbox: student code in a separate, limited, disposable worker process."""

import os
import struct
import tempfile
import time

import numpy as np
import pytest

from autograder.engine import wire
from autograder.engine.sandbox import Limits, Sandbox, StudentCallError, SubmissionError

STUDENT_MODULE = '''
import os, sys, time
import numpy as np

def add(a, b):
    return a + b

def boom():
    raise ValueError("student error")

def hang():
    while True:
        pass

def nap():
    time.sleep(60)

def leave():
    sys.exit(0)

def vanish():
    os._exit(3)

def interrupt():
    raise KeyboardInterrupt

def shout():
    sys.stdout.write("x" * 50_000_000)
    sys.stderr.write("y" * 50_000_000)
    return 7

def hog():
    blocks = []
    while True:
        blocks.append(np.ones(2**27))  # 1 GiB each

def forge():
    # write garbage where the grader expects an answer
    for fd in range(3, 20):
        try:
            os.write(fd, b"\\xff" * 64)
        except OSError:
            pass
    time.sleep(5)

def mutate(a):
    a += 1
    return a
'''


@pytest.fixture(params=["bubblewrap", "plain"])
def sandbox(request, tmp_path):
    """A sandbox around STUDENT_MODULE, in each isolation mode (both must hold)."""
    package = tmp_path / "cs231n"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "student.py").write_text(STUDENT_MODULE)
    with Sandbox(package, Limits(call_timeout=2.0, memory_mb=1024, isolation=request.param)) as box:
        assert box.mode == request.param
        yield box


def call(box, name, *args, **options):
    return box.request({"op": "call", "module": "cs231n.student", "qualname": name, "args": list(args), **options})


def test_a_call_returns_described_values(sandbox):
    answer = call(sandbox, "add", np.arange(3.0), 1.5)
    assert answer["result"]["kind"] == "ndarray"
    assert np.array_equal(answer["result"]["data"], [1.5, 2.5, 3.5])


def test_an_exception_is_reported_with_its_place_and_the_worker_survives(sandbox):
    with pytest.raises(StudentCallError) as caught:
        call(sandbox, "boom")
    assert caught.value.kind == "raised" and caught.value.error_type == "ValueError"
    assert "student.py" in caught.value.where and "student error" in caught.value.message
    call(sandbox, "add", 1, 2)
    assert sandbox.starts == 1, "an exception must not cost the worker"


@pytest.mark.parametrize("name", ["hang", "nap"])
def test_a_hang_times_out_and_the_next_call_gets_a_fresh_worker(sandbox, name):
    started = time.monotonic()
    with pytest.raises(StudentCallError) as caught:
        call(sandbox, name)
    assert caught.value.kind == "timeout"
    assert time.monotonic() - started < 6, "the timeout is 2 s"
    assert call(sandbox, "add", 1, 2)["result"]["value"] == 3
    assert sandbox.starts == 2


@pytest.mark.parametrize("name, kind", [("leave", "raised"), ("interrupt", "raised"), ("vanish", "crashed")])
def test_exits_and_interrupts_fail_only_that_call(sandbox, name, kind):
    with pytest.raises(StudentCallError) as caught:
        call(sandbox, name)
    assert caught.value.kind == kind
    assert call(sandbox, "add", 2, 2)["result"]["value"] == 4


def test_printing_megabytes_does_not_disturb_the_channel(sandbox):
    assert call(sandbox, "shout")["result"]["value"] == 7


def test_memory_is_limited(sandbox):
    with pytest.raises(StudentCallError) as caught:
        call(sandbox, "hog")
    assert caught.value.kind in ("raised", "crashed")
    assert caught.value.kind == "crashed" or caught.value.error_type == "MemoryError"
    assert call(sandbox, "add", 1, 1)["result"]["value"] == 2


def test_garbage_on_the_channel_is_a_failed_call_not_a_grader_crash(sandbox):
    with pytest.raises(StudentCallError) as caught:
        call(sandbox, "forge")
    assert caught.value.kind in ("garbled", "timeout")
    assert "\n" not in caught.value.message
    assert call(sandbox, "add", 1, 1)["result"]["value"] == 2


def test_symbolic_links_and_odd_names_are_skipped_and_reported(tmp_path):
    package = tmp_path / "cs231n"
    (package / "classifiers").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "softmax.py").write_text("SECRET = 1\n")
    (package / "classifiers" / "softmax.py").symlink_to(tmp_path / "elsewhere" / "softmax.py")
    (package / "linked").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    os.mkfifo(package / "fifo.py")  # reading it would hang: never opened
    (package / os.fsdecode(b"bad\xffname.py")).write_text("x = 1\n")
    (package / "ok.py").write_text("y = 2\n")
    with Sandbox(package, Limits(isolation="plain")) as box:
        copied = sorted(p.relative_to(box.package_copy).as_posix() for p in box.package_copy.rglob("*.py"))
        skipped = dict(box.skipped)
    assert copied == ["__init__.py", "ok.py"]
    assert skipped["classifiers/softmax.py"] == "it is a symbolic link" and skipped["linked"] == "it is a symbolic link"
    assert skipped["fifo.py"] == "it is not a regular file"
    assert any("UTF-8" in why for why in skipped.values())


def test_a_package_that_is_a_symbolic_link_is_refused_and_nothing_is_left_behind(tmp_path, monkeypatch):
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    tempfile.tempdir = None  # read TMPDIR again
    try:
        (tmp_path / "real").mkdir()
        (tmp_path / "cs231n").symlink_to(tmp_path / "real")
        with pytest.raises(SubmissionError, match="symbolic link"):
            with Sandbox(tmp_path / "cs231n"):
                pass
    finally:
        tempfile.tempdir = None
    assert not list((tmp_path / "tmp").iterdir()), "a temporary folder was left behind"


def test_the_grader_reads_back_what_the_worker_did_to_its_working_folder(sandbox):
    """The worker writes where it starts (the sandbox's work folder); the grader sees it there, and only there."""
    answer = sandbox.request({"op": "call", "module": "numpy", "qualname": "save", "args": ["out.npy", [1.0, 2.0]]})
    assert answer["result"]["kind"] == "none"
    assert np.array_equal(np.load(sandbox.work_dir / "out.npy"), [1.0, 2.0])


def test_stored_arrays_survive_a_restart(sandbox):
    sandbox.request({"op": "put", "name": "a", "value": np.ones(3)})
    with pytest.raises(StudentCallError):
        call(sandbox, "vanish")
    answer = call(sandbox, "add", {"__ref__": "a"}, 1.0)
    assert np.array_equal(answer["result"]["data"], [2.0, 2.0, 2.0])


def test_the_worker_sees_a_scrubbed_environment(sandbox):
    os.environ["GRADER_SECRET"] = "hidden"
    try:
        sandbox.stop()
        answer = sandbox.request({"op": "call", "module": "os", "qualname": "getenv", "args": ["GRADER_SECRET"]})
    finally:
        del os.environ["GRADER_SECRET"]
    assert answer["result"]["kind"] == "none"


def test_only_regular_python_files_are_copied(tmp_path):
    package = tmp_path / "cs231n"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "data.bin").write_bytes(b"\0" * 10)
    (package / "link.py").symlink_to(tmp_path / "elsewhere.py")
    (tmp_path / "elsewhere.py").write_text("SECRET = 1\n")
    with Sandbox(package) as box:
        copied = sorted(p.name for p in box.package_copy.iterdir())
    assert copied == ["__init__.py"]


# -- the wire format ------------------------------------------------------------

def decode(raw):
    read_fd, write_fd = os.pipe()
    os.write(write_fd, raw)
    os.close(write_fd)
    try:
        return wire.read_message(read_fd)
    finally:
        os.close(read_fd)


def test_wire_round_trip_keeps_arrays_and_values():
    body = {"a": np.arange(6, dtype=np.int32).reshape(2, 3), "b": [1.5, None, "x"], "c": float("nan")}
    decoded = decode(wire.encode(body))
    assert decoded["a"].dtype == np.int32 and np.array_equal(decoded["a"], body["a"])
    assert decoded["b"] == [1.5, None, "x"] and np.isnan(decoded["c"])


@pytest.mark.parametrize("raw", [
    b"\x00\x00",  # truncated length
    struct.pack(">I", 5) + b"{not",  # bad JSON
    struct.pack(">I", 2**31),  # absurd header
    wire.encode({"x": 1}).replace(b'"body"', b'"bodz"'),  # wrong keys
])
def test_wire_rejects_malformed_messages(raw):
    with pytest.raises(wire.ProtocolError):
        decode(raw)


def test_wire_refuses_object_arrays_and_never_unpickles():
    header = b'{"body": {"__array__": 0}, "arrays": [{"dtype": "|O", "shape": [1], "nbytes": 8}]}'
    with pytest.raises(wire.ProtocolError):
        decode(struct.pack(">I", len(header)) + header + b"\0" * 8)
    with pytest.raises(TypeError):
        wire.encode(np.array([object()]))
