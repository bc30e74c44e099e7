"""What bubblewrap adds: an unprivileged user of its own, no network, no hidden files, bounded processes.

`make setup` installs Debian's bubblewrap where it can (as root with apt); these
tests require it, because CI runs as root and that is where the guarantees matter.
"""

import os
import socket
import time

import numpy as np
import pytest

from autograder.engine import identity, isolation
from autograder.engine.sandbox import Limits, Sandbox, StudentCallError
from support.kit_paths import REPO

PROBES = '''
import os, socket, subprocess, time

def uid():
    return os.getuid()

def exists(path):
    return os.path.exists(path)

def connect(port):
    """1 if a connection to the grader's listener succeeds, else 0 (a number: the worker describes it)."""
    s = socket.socket()
    s.settimeout(1)
    try:
        s.connect(("127.0.0.1", port))
        return 1
    except OSError:
        return 0
    finally:
        s.close()

def spawn(count, seconds="30"):
    """Start up to `count` children that sleep; return how many the limit allowed."""
    started = 0
    for _ in range(count):
        try:
            if os.fork() == 0:
                os.execv("/bin/sleep", ["sleep", seconds])
            started += 1
        except OSError:
            break
    return started

def write(path):
    try:
        with open(path, "w") as stream:
            stream.write("hostile")
        return "written"
    except OSError as error:
        return type(error).__name__
'''


@pytest.fixture
def walled(tmp_path):
    assert isolation.bubblewrap_works(), (
        "bubblewrap is not usable here: `make setup` installs it (as root, with apt); "
        "without it student code runs in a plain process")
    package = tmp_path / "cs231n"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "probes.py").write_text(PROBES)
    with Sandbox(package, Limits(call_timeout=10.0, processes=64, isolation="bubblewrap")) as box:
        yield box


def probe(box, name, *args):
    return box.request({"op": "call", "module": "cs231n.probes", "qualname": name, "args": list(args)})["result"]


def test_the_worker_runs_as_a_uid_of_its_own_when_the_grader_is_root(walled):
    uid = probe(walled, "uid")["value"]
    assert uid == walled.user
    if os.geteuid() == 0:
        assert walled.identity.own and identity.FIRST_UID <= uid <= identity.LAST_UID
    else:
        assert uid == os.geteuid()


@pytest.mark.parametrize("hidden", ["autograder/loss_functions/rubric.toml", "solutions/cs231n/classifiers/linear_svm.py",
                                   "autograder/loss_functions/inputs.py", "data/toy_cifar.py"])
def test_hidden_material_does_not_exist_inside(walled, hidden):
    assert (REPO / hidden).exists()
    assert probe(walled, "exists", str(REPO / hidden))["value"] is False


def connects(box):
    """Whether the worker of ``box`` reaches a listener of the grader's on 127.0.0.1."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    try:
        return probe(box, "connect", listener.getsockname()[1])["value"]
    finally:
        listener.close()


def test_there_is_no_network(walled):
    assert connects(walled) == 0


def test_the_network_probe_sees_the_network_where_there_is_one(tmp_path):
    """The same probe in plain mode, which documents that it does not cut the network: so it can fail."""
    package = tmp_path / "cs231n"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "probes.py").write_text(PROBES)
    with Sandbox(package, Limits(call_timeout=10.0, isolation="plain")) as box:
        assert connects(box) == 1


def test_a_fork_loop_is_bounded_by_the_process_limit(walled):
    started = probe(walled, "spawn", 500)["value"]
    assert started < 64, f"the worker started {started} processes with a limit of 64"


def test_writes_cannot_reach_the_kit_or_the_results(walled, tmp_path):
    results = tmp_path / "results.json"
    for target in (REPO / "autograder" / "loss_functions" / "rubric.toml", results, REPO / "hostile.txt"):
        before = target.read_bytes() if target.exists() else None
        probe(walled, "write", str(target))
        after = target.read_bytes() if target.exists() else None
        assert before == after, f"the worker changed {target}"


def sleepers(marker):
    """Processes on this machine whose command line is `sleep <marker>`."""
    found = 0
    for entry in os.listdir("/proc"):
        try:
            with open(f"/proc/{entry}/cmdline", "rb") as stream:
                found += stream.read() == b"sleep\0" + marker.encode() + b"\0"
        except OSError:
            continue
    return found


def wait_for_sleepers(marker, count, seconds=5.0):
    """The number of sleepers once `count` are up (forked children take a moment to exec)."""
    deadline = time.monotonic() + seconds
    while sleepers(marker) < count and time.monotonic() < deadline:
        time.sleep(0.02)
    return sleepers(marker)


def test_children_die_with_the_worker(walled):
    marker = "41.%d" % os.getpid()
    assert probe(walled, "spawn", 3, marker)["value"] == 3
    assert wait_for_sleepers(marker, 3) == 3
    with pytest.raises(StudentCallError) as caught:
        walled.request({"op": "call", "module": "os", "qualname": "_exit", "args": [0]})
    assert caught.value.kind == "crashed"
    assert sleepers(marker) == 0, "a child of the student's code outlived its worker"
    assert probe(walled, "uid")["kind"] == "scalar", "the next call gets a fresh worker"


def test_an_unknown_isolation_is_refused(tmp_path):
    (tmp_path / "cs231n").mkdir()
    with pytest.raises(isolation.IsolationUnavailable, match="unknown isolation"):
        with Sandbox(tmp_path / "cs231n", Limits(isolation="chroot")):
            pass


def test_both_modes_grade_alike(tmp_path):
    """The arrays that come back do not depend on the isolation mode."""
    package = tmp_path / "cs231n"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "probes.py").write_text("import numpy as np\n\ndef twice(a):\n    return 2 * a\n")
    answers = []
    for mode in ("bubblewrap", "plain"):
        with Sandbox(package, Limits(isolation=mode)) as box:
            answers.append(box.request({"op": "call", "module": "cs231n.probes", "qualname": "twice",
                                        "args": [np.arange(4.0)]})["result"]["data"])
    assert np.array_equal(*answers)
