"""How a worker process is walled off: bubblewrap where it runs, a plain process elsewhere.

Two modes, chosen once per grading run (``Limits.isolation``: ``auto``,
``bubblewrap`` or ``plain``). In both, the worker runs with the sandbox's own
identity (``identity.py``: a uid and gid of its own whenever the grader is
root and can drop to it), inside a control group of its own with a memory and
process limit for its whole tree where the machine has one (``cgroups.py``),
and with per-process resource limits.

``bubblewrap`` (Debian's ``bwrap``)
    The worker sees a file system made only of the system's ``/usr``, the
    Python runtime (read-only; a virtual environment appears as
    ``/sandbox/venv``, its ``pyvenv.cfg`` stripped of the command that made
    it), its own copy of the submission (read-only), an empty working folder
    and size-capped tmpfs ``/tmp`` and home. The autograder, the rubric, the
    reference solution, the data, the results file and the kit's paths do not
    exist inside; there is no ``/proc`` (no mount table, no other process, no
    host memory figures) and bubblewrap's own arguments reach it through a
    pipe, not its command line. New PID, network, IPC and UTS namespaces: no
    network, and every process the student starts dies with the worker.

``plain``
    A subprocess with the same limits and scrubbed environment, in a
    temporary folder that only its identity can enter. When the grader is root
    and the interpreter is usable by other users, the worker drops to its own
    uid; otherwise it keeps the grader's user and can read (and, as root,
    write) the disk and use the network. The grader is built so that this
    cannot change a grade (it reads everything before the first worker starts
    and writes results after the last one ends), but hidden files are readable
    in this mode.
"""

import functools
import os
import resource
import shutil
import signal
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from .identity import NOBODY

INSIDE = Path("/sandbox")  # where the worker's folders appear under bubblewrap
VENV_INSIDE = INSIDE / "venv"
MODES = ("auto", "bubblewrap", "plain")
PYVENV_KEYS = ("home", "include-system-site-packages", "version", "implementation", "version_info")


class IsolationUnavailable(RuntimeError):
    """The isolation the rubric asks for cannot run on this machine."""


@dataclass
class Plan:
    """Everything needed to start one worker."""

    argv: list
    env: dict
    cwd: str
    mode: str  # "bubblewrap" or "plain"
    user: int  # the uid the student's code runs as
    group: int = None  # its gid
    pass_fds: tuple = ()  # pipes bubblewrap reads its arguments and files from
    _close: list = field(default_factory=list, repr=False)

    def close_fds(self):
        """Close the grader's copies of the pipes passed to bubblewrap (after the worker started)."""
        for fd in self._close:
            os.close(fd)
        self._close = []


def _quiet_run(argv, **kwargs):
    try:
        return subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, timeout=20, **kwargs).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


@functools.lru_cache(maxsize=None)
def bubblewrap_works():
    """Whether ``bwrap`` is installed and allowed to make namespaces here (Docker often forbids it)."""
    bwrap = shutil.which("bwrap")
    return bool(bwrap) and _quiet_run([bwrap, "--ro-bind", "/", "/", "--unshare-pid", "--unshare-net",
                                       "--die-with-parent", "true"])


def _become(uid, gid):
    os.setgroups([])
    os.setgid(gid)
    os.setuid(uid)


@functools.lru_cache(maxsize=None)
def nobody_can_run(python):
    """Whether an unprivileged user can start this interpreter and import numpy (it may live under /root)."""
    return _quiet_run([python, "-I", "-c", "import numpy"], preexec_fn=lambda: _become(NOBODY, NOBODY), cwd="/")


def choose_mode(requested, python):
    """The isolation mode to use for ``requested`` (one of MODES) on this machine."""
    if requested not in MODES:
        raise IsolationUnavailable(f"unknown isolation {requested!r}; use one of {', '.join(MODES)}.")
    if requested == "plain":
        return "plain"
    if bubblewrap_works():
        return "bubblewrap"
    if requested == "bubblewrap":
        raise IsolationUnavailable("isolation = 'bubblewrap' but bwrap is missing or cannot create namespaces "
                                   "here (install Debian's bubblewrap, or set isolation = 'auto').")
    return "plain"


def can_drop(mode, python):
    """Whether the worker can run as an identity of its own: the grader is root, and (plain mode) the
    interpreter is usable by other users."""
    return os.geteuid() == 0 and (mode == "bubblewrap" or nobody_can_run(python))


def worker_user(mode, python, identity=None):
    """The uid the student's code will run as: its own identity's whenever the grader is root and can drop.

    Without ``identity``, the answer for a typical one: ``NOBODY`` stands for "an unprivileged uid".
    """
    if os.geteuid() != 0:
        return os.geteuid()
    if can_drop(mode, python):
        return identity.uid if identity is not None else NOBODY
    return 0


def parallel_problem(mode, python):
    """Why workers of several students must not run at the same time in this mode here, or None.

    Two plain-mode workers that share a uid (the grader's, when it is not root or when the interpreter
    lives where no other user can run it) can see, signal and read each other.
    """
    if mode == "plain" and not can_drop(mode, python):
        who = "root" if os.geteuid() == 0 else f"uid {os.geteuid()}"
        why = " (other users cannot run this Python)" if os.geteuid() == 0 else ""
        return (f"in plain mode every worker here runs as the grader's user, {who}{why}, so two students graded "
                "at once could see and kill each other's workers")
    return None


# -- the runtime the worker needs -------------------------------------------------------------

@dataclass(frozen=True)
class Runtime:
    """The interpreter as bubblewrap must show it.

    Attributes
    ----------
    base : Path
        The installation (``prefix``) of the real interpreter, bound at its own path.
    executable : Path
        The real interpreter, inside ``base``.
    venv : Path or None
        The virtual environment the interpreter was given in, if any (bound at ``/sandbox/venv``).
    """

    base: Path
    executable: Path
    venv: object = None

    @property
    def inside(self):
        """The interpreter's path inside the sandbox."""
        return VENV_INSIDE / "bin" / "python" if self.venv else self.executable


def runtime_of(python):
    """Where the interpreter ``python`` and its virtual environment (if any) live."""
    given = Path(os.path.abspath(python))
    executable = Path(os.path.realpath(given))
    venv = given.parent.parent if (given.parent.parent / "pyvenv.cfg").is_file() else None
    return Runtime(executable.parents[1], executable, venv)


def _ancestors(paths):
    """Every folder above the given ones, shallowest first (bubblewrap must create them)."""
    found = set()
    for path in paths:
        found.update(p for p in path.parents if p != Path("/"))
    return sorted(found, key=lambda p: (len(p.parts), str(p)))


def _system_binds():
    """/usr read-only, and /bin, /lib... as on the host (symlinks into /usr on Debian)."""
    args = ["--ro-bind", "/usr", "/usr"]
    for name in ("bin", "sbin", "lib", "lib32", "lib64", "libx32"):
        host = Path("/") / name
        if host.is_symlink():
            args += ["--symlink", os.readlink(host), str(host)]
        elif host.is_dir():
            args += ["--ro-bind", str(host), str(host)]
    if Path("/etc/ld.so.cache").exists():
        args += ["--ro-bind", "/etc/ld.so.cache", "/etc/ld.so.cache"]
    return args


def clean_pyvenv_cfg(venv):
    """The virtual environment's ``pyvenv.cfg`` with only what Python reads (not the command that made it)."""
    try:
        lines = (Path(venv) / "pyvenv.cfg").read_text(errors="replace").splitlines()
    except OSError:
        return ""
    kept = [line for line in lines if line.partition("=")[0].strip() in PYVENV_KEYS]
    return "\n".join(kept) + "\n"


def _data_fd(data, plan):
    """A pipe holding ``data`` for bubblewrap to read (its read end, passed to the child)."""
    read_end, write_end = os.pipe()
    try:
        os.write(write_end, data)  # far below a pipe's 64 kB: never blocks
    finally:
        os.close(write_end)
    plan._close.append(read_end)
    plan.pass_fds += (read_end,)
    return read_end


def _runtime_binds(runtime, plan):
    args = []
    outside_usr = [] if str(runtime.base).startswith("/usr/") or runtime.base == Path("/usr") else [runtime.base]
    for ancestor in _ancestors(outside_usr + [INSIDE / "work"]):
        args += ["--perms", "0755", "--dir", str(ancestor)]
    for path in outside_usr:
        args += ["--ro-bind", str(path), str(path)]
    if runtime.venv:
        args += ["--perms", "0755", "--dir", str(VENV_INSIDE), "--perms", "0755", "--dir", str(VENV_INSIDE / "bin"),
                 "--ro-bind", str(runtime.venv / "lib"), str(VENV_INSIDE / "lib"),
                 "--symlink", str(runtime.executable), str(runtime.inside)]
        if (runtime.venv / "lib64").exists():
            args += ["--symlink", "lib", str(VENV_INSIDE / "lib64")]
        config = _data_fd(clean_pyvenv_cfg(runtime.venv).encode(), plan)
        args += ["--perms", "0444", "--ro-bind-data", str(config), str(VENV_INSIDE / "pyvenv.cfg")]
    return args


def environment(home, tmp):
    """The worker's whole environment: nothing of the grader's leaks in."""
    return {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": str(home),
        "TMPDIR": str(tmp),
        "LANG": "C.UTF-8",
        "PYTHONHASHSEED": "0",
        "PYTHONDONTWRITEBYTECODE": "1",
        "MPLBACKEND": "Agg",
        # one BLAS thread: timings comparable between calls, no oversubscription
        "OPENBLAS_NUM_THREADS": "1",
        "OMP_NUM_THREADS": "1",
        "MKL_NUM_THREADS": "1",
    }


def prepare_folder(folder, identity):
    """Let only the worker's identity (and root) into the sandbox folder; it may write only work/, home/, tmp/.

    The folder is root's with the worker's group, mode 0750: another worker (another identity) cannot even
    look inside, which is what keeps classmates' code apart in plain mode.
    """
    if identity.own:
        os.chown(folder, 0, identity.gid)
        os.chmod(folder, 0o750)
        for writable in ("work", "home", "tmp"):
            os.chown(folder / writable, identity.uid, identity.gid)
            os.chmod(folder / writable, 0o700)
    else:
        os.chmod(folder, 0o700)


def _bubblewrap_plan(folder, python, worker_args, identity, limits, drop):
    runtime = runtime_of(python)
    plan = Plan([], environment(INSIDE / "home", "/tmp"), str(folder / "work"), "bubblewrap",
                identity.uid if drop else os.geteuid(), identity.gid if drop else os.getegid())
    tmpfs_bytes = str(limits.disk_mb * 2**20)
    args = ["--die-with-parent", "--new-session", "--unshare-pid", "--unshare-net", "--unshare-ipc",
            "--unshare-uts", "--unshare-cgroup-try", "--hostname", "sandbox", *_system_binds(),
            "--dev", "/dev", "--perms", "1777", "--size", tmpfs_bytes, "--tmpfs", "/tmp"]
    if os.geteuid() != 0:
        args.insert(0, "--unshare-user-try")
    args += _runtime_binds(runtime, plan)
    args += ["--ro-bind", str(folder / "runtime"), str(INSIDE / "runtime"),
             "--ro-bind", str(folder / "package"), str(INSIDE / "package"),
             "--bind", str(folder / "work"), str(INSIDE / "work"),
             "--perms", "1777", "--size", tmpfs_bytes, "--tmpfs", str(INSIDE / "home"),
             "--chdir", str(INSIDE / "work")]
    # the arguments go through a pipe: they name host paths, and would otherwise be in bwrap's command line
    arguments = _data_fd(b"".join(arg.encode() + b"\0" for arg in args), plan)
    tail = []
    if drop:
        # drop inside the sandbox, after bubblewrap (which needs root) has set it up
        tail = [shutil.which("setpriv") or "/usr/bin/setpriv", f"--reuid={identity.uid}",
                f"--regid={identity.gid}", "--clear-groups", "--inh-caps=-all", "--bounding-set=-all"]
    plan.argv = ["bwrap", "--args", str(arguments), "--", *tail, str(runtime.inside), "-I", *worker_args(INSIDE)]
    return plan


def plan(mode, folder, python, worker_args, identity, limits):
    """The command, environment and folder of a worker.

    Parameters
    ----------
    mode : str
        ``bubblewrap`` or ``plain`` (see ``choose_mode``).
    folder : Path
        The sandbox folder with runtime/, package/, work/, home/, tmp/.
    python : str
        The interpreter.
    worker_args : callable
        ``worker_args(root)`` -> the arguments after the interpreter, given
        the folder where runtime/ and package/ are seen by the worker.
    identity : identity.Identity
        Who the worker runs as, when the grader can drop to it.
    limits : sandbox.Limits
    """
    drop = identity.own and can_drop(mode, python)
    if mode == "plain":
        return Plan([python, "-I", *worker_args(folder)], environment(folder / "home", folder / "tmp"),
                    str(folder / "work"), "plain", identity.uid if drop else os.geteuid(),
                    identity.gid if drop else os.getegid())
    return _bubblewrap_plan(folder, python, worker_args, identity, limits, drop)


def limit_resources(limits, plan_, group=None):
    """What runs in the child between fork and exec: limits, the control group, then (plain mode) the uid drop."""
    mb = 2**20

    def apply():
        resource.setrlimit(resource.RLIMIT_AS, (limits.memory_mb * mb, limits.memory_mb * mb))
        resource.setrlimit(resource.RLIMIT_CPU, (limits.cpu_seconds, limits.cpu_seconds))
        resource.setrlimit(resource.RLIMIT_FSIZE, (limits.file_size_mb * mb, limits.file_size_mb * mb))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        resource.setrlimit(resource.RLIMIT_NPROC, (limits.processes, limits.processes))
        # a write past RLIMIT_FSIZE raises OSError instead of killing the worker
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        if group is not None:
            group.join()  # before any student code: everything the worker starts is in the group too
        if plan_.mode == "plain" and plan_.user != os.geteuid():
            _become(plan_.user, plan_.group)

    return apply
