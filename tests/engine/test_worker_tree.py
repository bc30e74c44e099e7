"""Limits on the whole worker tree, its identity, and what it can see of the host (issue 10, points 2 and 3).

- memory for all of a worker's processes together (a cgroup here; the watchdog where there is none);
- a size cap on its temporary space (tmpfs under bubblewrap, a disk check of its folders in plain mode);
- a process budget of its own: a fork bomb in one worker leaves others their processes;
- a uid of its own: two workers alive at once cannot signal or read each other, and nothing one leaves
  behind (files, IPC objects, keyrings, processes) is there for the next one;
- under bubblewrap, no /proc, no kit or temporary path, no bwrap arguments inside.

Plain-mode cases that need a worker of its own uid run with an interpreter other users can run
(``engine_helpers.shared_python``); where there is none they are skipped, saying why.
"""

import os
import subprocess
import sys
import time

import pytest

from autograder.engine import cgroups, isolation
from autograder.engine import sandbox as sandbox_module
from autograder.engine.sandbox import Limits, Sandbox, StudentCallError
from support.engine_helpers import (MODES, REPO, SYSTEM_PYTHON, cgroups_or_skip, make_package, need_mode, processes_of,
                            root_or_skip, shared_python_or_skip, wait_until)

pytestmark = pytest.mark.slow  # every case starts workers (about half a second each)

PROBES = '''
import ctypes, functools, os, signal, sys, time
import numpy as np


def text_out(function):
    """The worker sends back numbers, not strings: a probe's text goes to a file in its working folder."""
    @functools.wraps(function)
    def wrapper(*args):
        with open(os.path.join(START, "probe-output.txt"), "w") as stream:
            stream.write(function(*args))
        return 1
    return wrapper


START = os.getcwd()


@text_out
def hog_in_children(children, mb, seconds):
    """Fork children that each hold `mb` MB (every page written) for a while; how each ended.

    "held" (it kept its memory to the end), "memory error" (its own address-space limit refused it) or
    "killed" (something stopped it from outside).
    """
    pids = []
    for _ in range(children):
        pid = os.fork()
        if pid == 0:
            try:
                block = np.ones(mb * 2**20 // 8)
            except MemoryError:
                os._exit(3)
            time.sleep(seconds)
            os._exit(0)
        pids.append(pid)
    ends = []
    for pid in pids:
        done, status = os.waitpid(pid, 0)
        code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else -1
        ends.append({0: "held", 3: "memory error"}.get(code, "killed"))
    return " ".join(ends)


def fill(path, mb):
    """Write up to `mb` MB into `path`, 1 MB at a time; how many MB were written."""
    written = 0
    try:
        with open(path, "wb") as stream:
            for _ in range(mb):
                stream.write(b"x" * 2**20)
                stream.flush()
                written += 1
    except OSError:
        pass
    return written


def many_files(folder, count):
    os.makedirs(folder, exist_ok=True)
    for k in range(count):
        open(os.path.join(folder, str(k)), "w").close()
    return count


def fork_bomb(seconds):
    """Start sleepers until the limit stops it; how many were started."""
    started = 0
    while True:
        try:
            if os.fork() == 0:
                time.sleep(seconds)
                os._exit(0)
            started += 1
        except OSError:
            return started


def spawn_sleepers(count, seconds):
    started = 0
    for _ in range(count):
        try:
            if os.fork() == 0:
                time.sleep(seconds)
                os._exit(0)
            started += 1
        except OSError:
            break
    return started


def daemon(seconds):
    """A grandchild in a session of its own: it leaves the worker's process group."""
    pid = os.fork()
    if pid == 0:
        os.setsid()
        if os.fork() == 0:
            time.sleep(seconds)
            os._exit(0)
        os._exit(0)
    os.waitpid(pid, 0)
    return True


def uid():
    return os.getuid()


@text_out
def signal_pid(pid):
    try:
        os.kill(pid, signal.SIGKILL)
        return "killed"
    except OSError as error:
        return type(error).__name__


@text_out
def read(path):
    try:
        with open(path, "rb") as stream:
            return stream.read(100).decode(errors="replace")
    except OSError as error:
        return type(error).__name__


@text_out
def write(path, text):
    try:
        with open(path, "w") as stream:
            stream.write(text)
        return "written"
    except OSError as error:
        return type(error).__name__


def exists(path):
    return os.path.exists(path)


@text_out
def listing(path):
    try:
        return " ".join(sorted(os.listdir(path)))
    except OSError as error:
        return type(error).__name__


@text_out
def what_it_sees():
    """Everything a student could print about where it runs."""
    seen = [sys.prefix, sys.base_prefix, sys.executable, os.getcwd(), " ".join(sys.argv), repr(sys.path),
            repr(dict(os.environ))]
    for path in ("/proc/self/mountinfo", "/proc/1/cmdline", "/proc/meminfo", "/proc/loadavg",
                 os.path.join(sys.prefix, "pyvenv.cfg")):
        try:
            with open(path, "rb") as stream:
                seen.append(stream.read().decode(errors="replace"))
        except OSError:
            pass
    return "\\n".join(seen)


def shm_segment(key):
    """A System V shared memory segment with this key; its id."""
    libc = ctypes.CDLL(None, use_errno=True)
    return libc.shmget(key, 4096, 0o1666)


def shm_find(key):
    libc = ctypes.CDLL(None, use_errno=True)
    return libc.shmget(key, 0, 0)


def keyring_add(text):
    libc = ctypes.CDLL(None, use_errno=True)
    return libc.syscall(248, b"user", b"cs231n-probe", text.encode(), len(text), -4)  # add_key to @u


def keyring_find():
    libc = ctypes.CDLL(None, use_errno=True)
    return libc.syscall(250, 10, -4, b"user", b"cs231n-probe", 0)  # KEYCTL_SEARCH in @u: the key id, or -1
'''


def package(tmp_path, name="probes"):
    return make_package(tmp_path / name, {"probes": PROBES})


TEXT_PROBES = {"hog_in_children", "signal_pid", "read", "write", "listing", "what_it_sees"}


def probe(box, name, *args, timeout=None):
    """Call a probe; its number, or for a text probe the text it wrote (read back by the grader)."""
    value = box.request({"op": "call", "module": "cs231n.probes", "qualname": name, "args": list(args)},
                        timeout=timeout)["result"].get("value")
    if name in TEXT_PROBES:
        return (box.work_dir / "probe-output.txt").read_text()
    return value


def python_for(mode):
    """The interpreter for a case that needs a worker with a uid of its own in this mode."""
    root_or_skip()
    return shared_python_or_skip() if mode == "plain" else sys.executable


# -- memory of the whole tree ---------------------------------------------------------------------------

@pytest.mark.parametrize("mode", MODES)
def test_memory_is_limited_for_all_the_workers_processes_together(mode, tmp_path):
    """Four children of 350 MB each under a 1 GB limit: they cannot all live (each alone is within it)."""
    need_mode(mode)
    with Sandbox(package(tmp_path), Limits(call_timeout=20, memory_mb=1024, isolation=mode)) as box:
        try:
            ends = probe(box, "hog_in_children", 4, 350, 4.0, timeout=20).split()
        except StudentCallError as error:  # the worker itself was the one stopped
            assert error.kind == "crashed" and "memory" in error.message, error.message
            return
        assert "memory error" not in ends, f"a child hit its own address-space limit, which proves nothing: {ends}"
        assert ends.count("held") < 4, "four processes of 350 MB each lived under a limit of 1024 MB for the tree"


def test_the_watchdog_stops_a_tree_over_its_limit_where_there_is_no_cgroup(tmp_path, monkeypatch):
    monkeypatch.setattr(cgroups, "make_group", lambda *args: None)
    with Sandbox(package(tmp_path), Limits(call_timeout=20, memory_mb=1024, isolation="plain")) as box:
        assert box.group is None
        with pytest.raises(StudentCallError) as caught:
            probe(box, "hog_in_children", 4, 350, 8.0, timeout=20)
        assert caught.value.kind == "crashed" and "1024 MB" in caught.value.message, caught.value.message


def test_a_cgroup_is_made_per_worker_and_removed_with_it(tmp_path):
    cgroups_or_skip()
    with Sandbox(package(tmp_path), Limits(isolation="plain")) as box:
        probe(box, "uid")
        folders = list(box.group.folders.values())
        assert folders and all(folder.is_dir() for folder in folders)
        assert box.process.pid in box.group.pids()
    assert not any(folder.exists() for folder in folders), "the worker's cgroup outlived its sandbox"


# -- temporary space and disk ---------------------------------------------------------------------------

def test_the_temporary_space_is_capped_under_bubblewrap(tmp_path):
    need_mode("bubblewrap")
    with Sandbox(package(tmp_path), Limits(disk_mb=32, isolation="bubblewrap")) as box:
        assert probe(box, "fill", "/tmp/big", 100) <= 32
        home = box.request({"op": "call", "module": "os", "qualname": "getenv", "args": ["HOME"]})["result"]
        assert probe(box, "fill", os.path.join(home.get("value") or "/sandbox/home", "big"), 100) <= 32


@pytest.mark.parametrize("mode", MODES)
def test_filling_the_disk_fails_the_call_and_the_files_are_removed(mode, tmp_path, monkeypatch):
    need_mode(mode)
    monkeypatch.setattr(sandbox_module, "MAX_DISK_ENTRIES", 500)  # the same walk, a cheaper flood
    with Sandbox(package(tmp_path), Limits(disk_mb=16, file_size_mb=64, isolation=mode)) as box:
        with pytest.raises(StudentCallError, match="more than 16 MB"):
            probe(box, "fill", "big.bin", 40)
        assert not list(box.work_dir.iterdir())
        with pytest.raises(StudentCallError, match="500 files"):
            probe(box, "many_files", "many", 700)
        assert probe(box, "uid") is not None, "the next call works"


# -- processes ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("mode", MODES)
def test_a_fork_bomb_uses_only_its_own_workers_process_budget(mode, tmp_path):
    need_mode(mode)
    python = python_for(mode)
    limits = Limits(call_timeout=20, processes=64, isolation=mode)
    with Sandbox(package(tmp_path, "bomb"), limits, python=python) as bomb, \
            Sandbox(package(tmp_path, "other"), limits, python=python) as other:
        started = probe(bomb, "fork_bomb", 30)
        assert started < 64
        assert probe(other, "spawn_sleepers", 20, 1) == 20, "the fork bomb took another worker's processes"


@pytest.mark.parametrize("mode", MODES)
def test_every_process_of_the_worker_dies_with_it_even_a_setsid_daemon(mode, tmp_path):
    need_mode(mode)
    python = python_for(mode) if mode == "plain" else sys.executable
    with Sandbox(package(tmp_path), Limits(isolation=mode), python=python) as box:
        assert probe(box, "daemon", 60)
        uid = box.user
        assert uid != 0 and len(processes_of(uid)) >= 2
        box.stop()
        assert wait_until(lambda: not processes_of(uid)), f"processes of uid {uid} outlived their worker"


# -- identity ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("mode", MODES)
def test_two_workers_alive_at_once_cannot_signal_or_read_each_other(mode, tmp_path):
    need_mode(mode)
    python = python_for(mode)
    with Sandbox(package(tmp_path, "a"), Limits(isolation=mode), python=python) as a, \
            Sandbox(package(tmp_path, "b"), Limits(isolation=mode), python=python) as b:
        assert probe(a, "uid") != probe(b, "uid"), "two workers share a uid"
        assert a.user == probe(a, "uid") and b.user == probe(b, "uid")
        victim = b.process.pid
        assert probe(a, "signal_pid", victim) != "killed"
        assert b.process.poll() is None and probe(b, "uid") == b.user
        stolen = probe(a, "read", str(b.package_copy / "probes.py"))
        assert "def hog_in_children" not in stolen, "a worker read another worker's code"
        assert probe(a, "listing", str(b.folder)) in ("PermissionError", "FileNotFoundError")


def test_a_second_sandbox_in_one_process_gets_an_identity_of_its_own(tmp_path):
    root_or_skip()
    with Sandbox(package(tmp_path, "a"), Limits(isolation="bubblewrap")) as a:
        with Sandbox(package(tmp_path, "b"), Limits(isolation="bubblewrap")) as b:
            assert a.identity.own and b.identity.own and a.user != b.user
        claimed = a.user
    with Sandbox(package(tmp_path, "c"), Limits(isolation="bubblewrap")) as c:
        assert c.user != claimed, "a uid was handed out again at once (claims rotate through the range)"


@pytest.mark.parametrize("mode", MODES)
def test_nothing_a_worker_leaves_behind_is_there_for_the_next_one(mode, tmp_path):
    """Files in shared temporary folders, a shared memory segment, a keyring entry: gone for the next student."""
    need_mode(mode)
    python = python_for(mode)
    key = 0x2310000 + os.getpid() % 65536
    marker = f"left-by-an-earlier-student-{os.getpid()}"
    with Sandbox(package(tmp_path, "first"), Limits(isolation=mode), python=python) as first:
        for folder in ("/tmp", "/dev/shm", "/var/tmp"):
            probe(first, "write", f"{folder}/{marker}", marker)
        assert probe(first, "shm_segment", key) >= 0
        probe(first, "keyring_add", marker)
        first_uid = first.user
    for folder in ("/tmp", "/dev/shm", "/var/tmp"):
        assert not os.path.exists(f"{folder}/{marker}"), f"{folder}/{marker} outlived its sandbox"
    assert f"{key:10d}" not in open("/proc/sysvipc/shm").read(), "a shared memory segment outlived its worker"
    assert not keyring_of(first_uid), "the uid's keyring kept what the worker put there"
    assert not processes_of(first_uid)
    with Sandbox(package(tmp_path, "second"), Limits(isolation=mode), python=python) as second:
        for folder in ("/tmp", "/dev/shm", "/var/tmp"):
            assert marker not in probe(second, "read", f"{folder}/{marker}")
        assert probe(second, "shm_find", key) == -1
        assert probe(second, "keyring_find") == -1


def keyring_of(uid):
    """Whether the user keyring of ``uid`` holds the probe's key (searched as that uid, with Debian's Python)."""
    code = ("import ctypes; libc = ctypes.CDLL(None); "
            "print(libc.syscall(250, 10, -4, b'user', b'cs231n-probe', 0))")
    done = subprocess.run(["setpriv", f"--reuid={uid}", f"--regid={uid}", "--clear-groups", str(SYSTEM_PYTHON),
                           "-I", "-c", code], capture_output=True, text=True, timeout=30, cwd="/")
    assert done.returncode == 0, done.stderr
    return int(done.stdout) != -1


# -- what it sees of the host ------------------------------------------------------------------------------

def test_under_bubblewrap_the_worker_sees_no_proc_no_kit_path_and_no_bwrap_arguments(tmp_path):
    need_mode("bubblewrap")
    with Sandbox(package(tmp_path), Limits(isolation="bubblewrap")) as box:
        seen = probe(box, "what_it_sees")
        assert not probe(box, "exists", "/proc/self"), "/proc is mounted inside"
        # the interpreter's own installation is shown (it is the runtime); the kit, its venv and the folders are not
        leaks = [str(REPO), str(box.folder), ".venv", "--ro-bind", str(tmp_path)]
        found = [leak for leak in leaks if leak in seen]
        assert not found, f"host details visible inside: {found}"
        assert "/sandbox/venv" in seen, "the probe did not run where expected"
        with open(f"/proc/{box.process.pid}/cmdline", "rb") as stream:
            command_line = stream.read().decode()
        assert "--ro-bind" not in command_line and str(box.folder) not in command_line


def test_bubblewrap_still_keeps_graders_and_results_out(tmp_path):
    need_mode("bubblewrap")
    with Sandbox(package(tmp_path), Limits(isolation="bubblewrap")) as box:
        for hidden in ("autograder/loss_functions/rubric.toml", "solutions/cs231n/classifiers/linear_svm.py", "data/toy_cifar.py"):
            assert probe(box, "exists", str(REPO / hidden)) is False
        assert probe(box, "write", str(REPO / "hostile.txt"), "x") != "written"
        assert probe(box, "uid") == box.user


def test_plain_mode_folder_is_closed_to_other_users(tmp_path):
    root_or_skip()
    with Sandbox(package(tmp_path), Limits(isolation="plain")) as box:
        info = os.stat(box.folder)
        assert info.st_mode & 0o007 == 0, oct(info.st_mode)
        assert info.st_gid in (box.identity.gid, 0)


def test_stopping_a_worker_kills_what_it_started_within_a_second(tmp_path):
    with Sandbox(package(tmp_path), Limits(isolation="bubblewrap" if isolation.bubblewrap_works() else "plain")) as box:
        assert probe(box, "spawn_sleepers", 5, 60) == 5
        pid = box.process.pid
        began = time.monotonic()
        box.stop()
        assert time.monotonic() - began < 2
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)
