"""How a worker process is walled off: bubblewrap where it runs, a plain process elsewhere.

Two modes, chosen once per grading run (``Limits.isolation``: ``auto``,
``bubblewrap`` or ``plain``):

``bubblewrap`` (Debian's ``bwrap``)
    The worker sees a file system made only of the Python runtime (read-only),
    its own copy of the submission (read-only) and an empty working folder.
    The autograder, the rubric, the reference solution, the data and the
    results file do not exist inside. New PID, network, IPC and UTS
    namespaces: no network at all, no view of the grader's processes, and
    every process the student starts dies with the worker. When the grader is
    root, the worker runs as the unprivileged user 65534 (``nobody``), so the
    process-count limit applies to it (root ignores that limit).

``plain``
    A subprocess with the same resource limits and scrubbed environment, in a
    temporary folder. When the grader is root and the interpreter is usable
    by ``nobody``, the worker drops to uid 65534 too; otherwise it keeps the
    grader's user and can read (and, as root, write) the disk and use the
    network. The grader is built so that this cannot change a grade (it reads
    everything before the first worker starts and writes results after the
    last one ends), but hidden files are readable in this mode.
"""

import functools
import os
import resource
import shutil
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

NOBODY = 65534
INSIDE = Path("/sandbox")  # where the worker's folders appear under bubblewrap
MODES = ("auto", "bubblewrap", "plain")


class IsolationUnavailable(RuntimeError):
    """The isolation the rubric asks for cannot run on this machine."""


@dataclass(frozen=True)
class Plan:
    """Everything needed to start one worker."""

    argv: list
    env: dict
    cwd: str
    mode: str  # "bubblewrap" or "plain"
    user: int  # the uid the student's code runs as


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


def _become_nobody():
    os.setgroups([])
    os.setgid(NOBODY)
    os.setuid(NOBODY)


@functools.lru_cache(maxsize=None)
def nobody_can_run(python):
    """Whether uid 65534 can start this interpreter and import numpy (it may live under /root)."""
    return _quiet_run([python, "-I", "-c", "import numpy"], preexec_fn=_become_nobody, cwd="/")


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


def _runtime_paths(python):
    """Folders the interpreter needs: its installation and the virtual environment, if any."""
    paths = {Path(sys.prefix), Path(sys.base_prefix), Path(os.path.realpath(python)).parents[1]}
    return sorted(p for p in paths if not str(p).startswith("/usr"))


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


def prepare_folder(folder, user):
    """Let ``user`` read the runtime and package copies and write only work/, home/ and tmp/."""
    os.chmod(folder, 0o755)
    if user != os.geteuid():
        for writable in ("work", "home", "tmp"):
            os.chown(folder / writable, user, user)


def worker_user(mode, python):
    """The uid the student's code will run as: 65534 whenever the grader is root and can drop."""
    if os.geteuid() != 0:
        return os.geteuid()
    if mode == "bubblewrap" or nobody_can_run(python):
        return NOBODY
    return 0


def plan(mode, folder, python, worker_args):
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
    """
    root_user = os.geteuid() == 0
    user = worker_user(mode, python)
    if mode == "plain":
        return Plan([python, "-I", *worker_args(folder)], environment(folder / "home", folder / "tmp"),
                    str(folder / "work"), "plain", user)
    runtime = _runtime_paths(python)
    argv = ["bwrap", "--die-with-parent", "--new-session", "--unshare-pid", "--unshare-net", "--unshare-ipc",
            "--unshare-uts", "--unshare-cgroup-try", *_system_binds(), "--proc", "/proc", "--dev", "/dev",
            "--perms", "1777", "--tmpfs", "/tmp"]
    for ancestor in _ancestors(runtime + [INSIDE / "work"]):
        argv += ["--perms", "0755", "--dir", str(ancestor)]
    for path in runtime:
        argv += ["--ro-bind", str(path), str(path)]
    argv += ["--ro-bind", str(folder / "runtime"), str(INSIDE / "runtime"),
             "--ro-bind", str(folder / "package"), str(INSIDE / "package"),
             "--bind", str(folder / "work"), str(INSIDE / "work"),
             "--bind", str(folder / "home"), str(INSIDE / "home"),
             "--chdir", str(INSIDE / "work")]
    if root_user:
        # drop to nobody inside the sandbox: the process-count limit then holds
        argv += [shutil.which("setpriv") or "/usr/bin/setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}",
                 "--clear-groups", "--inh-caps=-all", "--bounding-set=-all"]
    else:
        argv.insert(1, "--unshare-user-try")
    argv += [python, "-I", *worker_args(INSIDE)]
    return Plan(argv, environment(INSIDE / "home", "/tmp"), str(folder / "work"), "bubblewrap", user)


def limit_resources(limits, plan_):
    """What runs in the child between fork and exec: limits, then (plain mode) the uid drop."""

    def apply():
        mb = 2**20
        resource.setrlimit(resource.RLIMIT_AS, (limits.memory_mb * mb, limits.memory_mb * mb))
        resource.setrlimit(resource.RLIMIT_CPU, (limits.cpu_seconds, limits.cpu_seconds))
        resource.setrlimit(resource.RLIMIT_FSIZE, (limits.file_size_mb * mb, limits.file_size_mb * mb))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        resource.setrlimit(resource.RLIMIT_NPROC, (limits.processes, limits.processes))
        # a write past RLIMIT_FSIZE raises OSError instead of killing the worker
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        if plan_.mode == "plain" and plan_.user != os.geteuid():
            _become_nobody()

    return apply
