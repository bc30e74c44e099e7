"""Limits on a worker's whole process tree: memory and processes for all of them together.

``setrlimit`` limits one process at a time: a worker that forks ten children
could use ten times its memory limit. Where the machine lets the grader make
control groups, every worker gets one (a child of the grader's own cgroup, so
it stays inside whatever limits the grader itself has):

``v2``
    The unified hierarchy with the ``memory`` and ``pids`` controllers
    delegated to the grader's cgroup: ``memory.max`` (and no swap) and
    ``pids.max`` for the group; ``cgroup.kill`` ends it at once.
``v1``
    The legacy ``memory`` and ``pids`` hierarchies (this machine, for one):
    ``memory.limit_in_bytes`` (and ``memory.memsw.limit_in_bytes``) and
    ``pids.max``; the group is ended by killing every process listed in it
    until none is left.

The worker joins its group between fork and exec, before any student code
runs, and so does everything it starts (even a process that calls setsid).
Memory that its tmpfs holds is charged to it as well.

Fallback, where neither works (not root, a read-only ``/sys/fs/cgroup`` as in
most containers, controllers not delegated): :class:`Watchdog`. The grader adds
up the resident memory of the worker's processes (those of its uid when it has
one of its own, else those of its session) every few tenths of a second while
a request runs, and kills the worker when the sum is over the limit; each
process is still held by ``RLIMIT_AS`` and the count by ``RLIMIT_NPROC``. This
is coarser (a burst between two looks is not seen; a process that leaves the
session, possible only when the worker shares the grader's uid, is not
counted), which the README's table of guarantees says.
"""

import functools
import itertools
import os
import signal
import time
from pathlib import Path

PREFIX = "cs231n-worker"
_names = itertools.count()
WATCH_INTERVAL = 0.2  # seconds between two looks of the watchdog


def _mounts():
    """(mount point, root inside the hierarchy, fstype, super options) of every cgroup mount."""
    found = []
    try:
        lines = Path("/proc/self/mountinfo").read_text().splitlines()
    except OSError:
        return found
    for line in lines:
        left, _, right = line.partition(" - ")
        fields, tail = left.split(), right.split()
        if len(fields) >= 5 and len(tail) >= 3 and tail[0] in ("cgroup", "cgroup2"):
            found.append((fields[4], fields[3], tail[0], set(tail[2].split(","))))
    return found


def _own_paths():
    """{controller or "" for v2: path of this process's cgroup in that hierarchy}."""
    paths = {}
    try:
        lines = Path("/proc/self/cgroup").read_text().splitlines()
    except OSError:
        return paths
    for line in lines:
        number, controllers, path = line.split(":", 2)
        for name in (controllers.split(",") if controllers else [""]):
            paths[name] = path
    return paths


def _join(mount, root, path):
    """The folder of cgroup ``path`` under a mount whose own root is ``root``."""
    if root != "/" and path.startswith(root):
        path = path[len(root):]
    return Path(mount) / path.lstrip("/")


def _v2_parent():
    own = _own_paths().get("")
    for mount, root, fstype, _ in _mounts():
        if fstype == "cgroup2" and own is not None:
            parent = _join(mount, root, own)
            try:
                enabled = set((parent / "cgroup.subtree_control").read_text().split())
                if not {"memory", "pids"} <= enabled:
                    (parent / "cgroup.subtree_control").write_text("+memory +pids")
                return parent
            except OSError:
                return None
    return None


def _v1_parents():
    own = _own_paths()
    parents = {}
    for mount, root, fstype, options in _mounts():
        for controller in ("memory", "pids"):
            if fstype == "cgroup" and controller in options and controller in own:
                parents[controller] = _join(mount, root, own[controller])
    return parents if "memory" in parents else None


@functools.lru_cache(maxsize=None)
def available():
    """The kind of control group the grader can make here: ``"v2"``, ``"v1"`` or ``""`` (none)."""
    if os.geteuid() != 0 and not os.environ.get("CS231N_CGROUPS_AS_USER"):
        return ""  # a user may have a delegated subtree, but grading as a user is the rarer case
    for kind, make in (("v2", lambda: Group.make("v2", {"": _v2_parent()}, 64, 8)),
                       ("v1", lambda: Group.make("v1", _v1_parents() or {}, 64, 8))):
        try:
            probe = make()
        except OSError:
            continue
        if probe is not None:
            probe.remove()
            return kind
    return ""


class Group:
    """One worker's control group(s): one folder in v2, a memory and a pids folder in v1."""

    def __init__(self, kind, folders):
        self.kind = kind
        self.folders = folders  # {controller or "": Path}

    @classmethod
    def make(cls, kind, parents, memory_mb, processes):
        """Create the folders and set the limits; None if ``parents`` lacks a hierarchy."""
        parents = {k: v for k, v in parents.items() if v is not None}
        if not parents:
            return None
        name = f"{PREFIX}-{os.getpid()}-{next(_names)}"
        group = cls(kind, {})
        try:
            for controller, parent in parents.items():
                folder = parent / name
                folder.mkdir()
                group.folders[controller] = folder
            group._limit(memory_mb * 2**20, processes)
        except OSError:
            group.remove()
            raise
        return group

    def _limit(self, memory, processes):
        if self.kind == "v2":
            folder = self.folders[""]
            (folder / "memory.max").write_text(str(memory))
            if (folder / "memory.swap.max").exists():
                (folder / "memory.swap.max").write_text("0")
            (folder / "pids.max").write_text(str(processes))
            return
        memory_folder = self.folders["memory"]
        (memory_folder / "memory.limit_in_bytes").write_text(str(memory))
        if (memory_folder / "memory.memsw.limit_in_bytes").exists():  # memory + swap: no swapping out of it
            (memory_folder / "memory.memsw.limit_in_bytes").write_text(str(memory))
        if "pids" in self.folders:
            (self.folders["pids"] / "pids.max").write_text(str(processes))

    @property
    def procs_files(self):
        """The files a process writes its pid to, to join (opened by the child before exec)."""
        return [str(folder / "cgroup.procs") for folder in self.folders.values()]

    def join(self):
        """Move the calling process into the group (called in the child, between fork and exec)."""
        pid = str(os.getpid()).encode()
        for path in self.procs_files:
            fd = os.open(path, os.O_WRONLY)
            try:
                os.write(fd, pid)
            finally:
                os.close(fd)

    def pids(self):
        """Pids of the processes in the group."""
        found = set()
        for folder in self.folders.values():
            try:
                found.update(int(n) for n in (folder / "cgroup.procs").read_text().split())
            except (OSError, ValueError):
                continue
        return found

    def oom_kills(self):
        """How many processes of the group the kernel killed for memory."""
        folder = self.folders.get("") or self.folders.get("memory")
        for name in ("memory.events", "memory.oom_control"):
            try:
                for line in (folder / name).read_text().splitlines():
                    key, _, value = line.partition(" ")
                    if key == "oom_kill":
                        return int(value)
            except (OSError, ValueError):
                continue
        return 0

    def kill(self, seconds=5.0):
        """Kill every process of the group and wait until it is empty (at most ``seconds``)."""
        folder = self.folders.get("")
        if folder is not None and (folder / "cgroup.kill").exists():
            try:
                (folder / "cgroup.kill").write_text("1")
            except OSError:
                pass
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            pids = self.pids()
            if not pids:
                return True
            for pid in pids:
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
            time.sleep(0.005)
        return not self.pids()

    def remove(self):
        """Kill what is left and delete the folders."""
        self.kill()
        for folder in self.folders.values():
            for _ in range(200):  # a killed process leaves the group a moment after it dies
                try:
                    folder.rmdir()
                    break
                except FileNotFoundError:
                    break
                except OSError:
                    time.sleep(0.005)
        self.folders = {}


def make_group(memory_mb, processes):
    """A control group for one worker with these limits, or None where the machine has none to give."""
    kind = available()
    if not kind:
        return None
    parents = {"": _v2_parent()} if kind == "v2" else (_v1_parents() or {})
    try:
        return Group.make(kind, parents, memory_mb, processes)
    except OSError:
        return None


# -- the fallback -------------------------------------------------------------------------------

def _resident_bytes(pid):
    try:
        with open(f"/proc/{pid}/statm", "rb") as stream:
            return int(stream.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def _process_table():
    """{pid: (real uid, parent pid, session id)} of every process this one can see."""
    table = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as stream:
                fields = stream.read().rsplit(b")", 1)[1].split()
            with open(f"/proc/{entry.name}/status", "rb") as stream:
                uid = next(int(line.split()[1]) for line in stream if line.startswith(b"Uid:"))
            table[int(entry.name)] = (uid, int(fields[1]), int(fields[3]))
        except (OSError, ValueError, IndexError, StopIteration):
            continue
    return table


class Watchdog:
    """The fallback limit on a worker tree's memory: add up its resident memory now and then.

    Parameters
    ----------
    memory_mb : int
        The limit for all the worker's processes together.
    uid : int or None
        The worker's own uid (every process of it is the worker's), or None
        when it shares the grader's: then its descendants and its session count.
    """

    def __init__(self, memory_mb, uid=None):
        self.limit = memory_mb * 2**20
        self.uid = uid
        self.session = None
        self.next_look = 0.0

    def started(self, pid):
        """The worker process started (its session id is its pid: it is started in a new session)."""
        self.session = pid

    def members(self):
        """The worker's processes: its descendants, its session and, with a uid of its own, that uid's."""
        table = _process_table()
        found = {pid for pid, (uid, _, session) in table.items()
                 if session == self.session or (self.uid is not None and uid == self.uid)}
        found.add(self.session)
        grew = True
        while grew:  # descendants, whatever their session (bubblewrap starts a session of its own inside)
            more = {pid for pid, (_, parent, _) in table.items() if parent in found and pid not in found}
            found |= more
            grew = bool(more)
        return [pid for pid in found if pid in table]

    def over_limit(self):
        """Whether the tree is over its limit now (looked at most every WATCH_INTERVAL seconds)."""
        now = time.monotonic()
        if now < self.next_look or self.session is None:
            return False
        self.next_look = now + WATCH_INTERVAL
        return sum(_resident_bytes(pid) for pid in self.members()) > self.limit
