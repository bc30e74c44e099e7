"""Run student code in a separate, limited, disposable worker process.

The grader and the student's code never share a process. A :class:`Sandbox`
copies the student's package into a fresh temporary folder, starts
``worker_main.py`` there with a scrubbed environment and resource limits
(walled off as ``isolation.py`` describes: bubblewrap where it runs), and
exchanges messages with it over two private pipes (the student's own stdout
and stderr go to /dev/null, so printing cannot corrupt the channel).

Every request has a deadline. A worker that hangs, crashes, exits or sends
garbage is killed with its whole process group; the request fails with a
:class:`StudentCallError` saying what happened, and the next request starts a
new worker (arrays stored with ``put`` are sent again).

Whatever the isolation mode: time and memory limits, no shared interpreter,
no access to the grader's objects, answers that cannot be forged or lost. The
grader also reads everything it needs before starting a worker and writes the
results file only after the last worker is gone, so even a worker that can
write to the disk (plain mode as root) cannot change a grade.
"""

import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from . import isolation, wire

RUNTIME_FILES = ("wire.py", "worker_main.py")
PACKAGE_NAME = "cs231n"
MAX_SOURCE_BYTES = 2 * 2**20


@dataclass(frozen=True)
class Limits:
    """Resource limits of a worker; the rubric's ``[limits]`` table sets them."""

    call_timeout: float = 10.0  # seconds of wall time for one request
    start_timeout: float = 20.0  # seconds for the worker to start and import numpy
    memory_mb: int = 2048  # address space of the worker
    cpu_seconds: int = 600  # CPU time of one worker, a backstop behind the timeouts
    file_size_mb: int = 64  # largest file the worker may write
    processes: int = 256  # processes of the worker's user (not enforced for a worker running as root)
    isolation: str = "auto"  # "auto" (bubblewrap where it runs), "bubblewrap" or "plain"


class StudentCallError(Exception):
    """A request that did not return normally.

    Attributes
    ----------
    kind : str
        ``raised`` (the student's code raised), ``timeout``, ``crashed``
        (the worker died: exit, signal, memory), or ``garbled`` (the worker
        answered something that is not a message).
    error_type : str or None
        The exception's class name, for ``raised``.
    where : str or None
        ``file:line in function`` in the student's code, when known.
    """

    def __init__(self, kind, message, error_type=None, where=None):
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.error_type = error_type
        self.where = where

    def describe(self):
        """One sentence for feedback."""
        if self.kind == "raised":
            place = f" at {self.where}" if self.where else ""
            return f"raised {self.error_type}{place}: {self.message}"
        return self.message


def copy_python_sources(source, target, max_bytes=MAX_SOURCE_BYTES):
    """Copy the regular ``.py`` files of a package tree, nothing else.

    Symbolic links are skipped (a link could point at the reference solution
    or at /dev/zero), and so are data files, caches and oversized files.
    """
    source, target = Path(source), Path(target)
    target.mkdir(parents=True)
    for folder, subfolders, files in os.walk(source, followlinks=False):
        subfolders[:] = [d for d in subfolders if not d.startswith((".", "__pycache__"))]
        relative = Path(folder).relative_to(source)
        for name in files:
            path = Path(folder) / name
            if not name.endswith(".py") or path.is_symlink() or not path.is_file():
                continue
            if path.stat().st_size > max_bytes:
                continue
            (target / relative).mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target / relative / name)


def read_sources(package):
    """Every ``.py`` file of a package copy, by its path relative to the package (posix, e.g. ``optim.py``).

    Returns
    -------
    dict of str to bytes
    """
    package = Path(package)
    return {path.relative_to(package).as_posix(): path.read_bytes() for path in sorted(package.rglob("*.py"))}


class Sandbox:
    """A student's package and the worker processes that run it.

    Parameters
    ----------
    package_dir : Path
        The student's package folder (the one holding ``classifiers/``).
    limits : Limits
    python : str
        Interpreter for the worker; the grader's own by default, so the
        worker sees the same numpy.

    Use as a context manager; the temporary folder is removed on exit.
    """

    def __init__(self, package_dir, limits=Limits(), python=sys.executable):
        self.package_dir = Path(package_dir)
        self.limits = limits
        self.python = python
        self.folder = None
        self.process = None
        self._puts = {}
        self.starts = 0
        self.mode = None  # the isolation mode in use, set on entry
        self.sources = {}  # the package copy's sources, read on entry (see read_sources)

    def __enter__(self):
        self.folder = Path(tempfile.mkdtemp(prefix="grade-"))
        runtime = self.folder / "runtime"
        runtime.mkdir()
        for name in RUNTIME_FILES:
            shutil.copy2(Path(__file__).with_name(name), runtime / name)
        copy_python_sources(self.package_dir, self.package_copy)
        # read before any worker starts: what the static checks parse, whatever the worker later does to the disk
        self.sources = read_sources(self.package_copy)
        for name in ("home", "tmp", "work"):
            (self.folder / name).mkdir()
        self.mode = isolation.choose_mode(self.limits.isolation, self.python)
        self.user = isolation.worker_user(self.mode, self.python)
        isolation.prepare_folder(self.folder, self.user)
        return self

    @property
    def work_dir(self):
        """The worker's working folder as the grader sees it (the worker starts in it; it can write there)."""
        return self.folder / "work"

    @property
    def package_copy(self):
        """The worker's copy of the package: the only student files it can import."""
        return self.folder / "package" / PACKAGE_NAME

    def __exit__(self, *exc):
        self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)

    # -- the worker process -------------------------------------------------

    def _start(self):
        request_read, request_write = os.pipe()
        response_read, response_write = os.pipe()
        self._fds = (request_read, response_write)
        plan = isolation.plan(self.mode, self.folder, self.python, self._worker_args)
        try:
            self.process = subprocess.Popen(
                plan.argv,
                pass_fds=(request_read, response_write),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                cwd=plan.cwd,
                env=plan.env,
                preexec_fn=isolation.limit_resources(self.limits, plan),
                start_new_session=True,  # its own process group, killed as one
            )
        finally:
            os.close(request_read)
            os.close(response_write)
        self._request_fd, self._response_fd = request_write, response_read
        self.starts += 1
        self._exchange({"op": "ping"}, self.limits.start_timeout)
        for name, value in self._puts.items():
            self._exchange({"op": "put", "name": name, "value": value}, self.limits.call_timeout)

    def _worker_args(self, root):
        """The worker's arguments, with its folders as the worker sees them under ``root``."""
        request_fd, response_fd = self._fds
        return [str(root / "runtime" / "worker_main.py"), str(request_fd), str(response_fd), str(root / "package")]

    def stop(self):
        """Kill the worker and everything it started."""
        if self.process is None:
            return
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.process.wait()
        os.close(self._request_fd)
        os.close(self._response_fd)
        self.process = None

    # -- messages -------------------------------------------------------------

    def _read_exact(self, deadline):
        def read(fd, size):
            chunks, remaining = [], size
            while remaining:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError
                # wake up now and then: a child of the student's code may hold the pipe open
                # after the worker itself has exited, and then no EOF ever comes
                if not select.select([fd], [], [], min(left, 0.05))[0]:
                    if self.process.poll() is not None:
                        raise wire.ProtocolError("the worker exited")
                    continue
                chunk = os.read(fd, min(remaining, 2**20))
                if not chunk:
                    raise wire.ProtocolError("closed")
                chunks.append(chunk)
                remaining -= len(chunk)
            return b"".join(chunks)

        return read

    def _exit_message(self, code):
        if self.mode == "bubblewrap" and code > 128:
            code = 128 - code  # bwrap reports a child killed by signal N as exit status 128 + N
        if code < 0:
            try:
                name = signal.Signals(-code).name
            except ValueError:
                name = f"signal {-code}"
            hint = " (out of memory?)" if name in ("SIGSEGV", "SIGABRT", "SIGKILL") else ""
            return f"the worker running your code was killed by {name}{hint}"
        return f"your code ended the worker process (exit status {code}), e.g. with sys.exit or os._exit"

    def _exchange(self, body, timeout, callback=None):
        deadline = time.monotonic() + timeout
        try:
            wire.write_message(self._request_fd, body)
            read = self._read_exact(deadline)
            while True:
                message = wire.read_message(self._response_fd, read)
                if not isinstance(message, dict):
                    raise wire.ProtocolError("not a dict")
                if "callback" not in message:
                    return message
                reply = callback(message) if callback else {"error": "no callback expected here"}
                wire.write_message(self._request_fd, reply)
        except TimeoutError:
            self.stop()
            raise StudentCallError("timeout", f"did not finish within the time limit of {timeout:g} s") from None
        except (wire.ProtocolError, OSError) as error:
            try:
                self.process.wait(timeout=2)
                kind, message = "crashed", self._exit_message(self.process.returncode)
            except subprocess.TimeoutExpired:
                kind, message = "garbled", f"the worker sent something that is not an answer ({error})"
            self.stop()
            raise StudentCallError(kind, message) from None

    def request(self, body, timeout=None, callback=None):
        """Send one request to a worker and return its answer.

        Parameters
        ----------
        body : dict
            The request (see ``worker_main``).
        timeout : float or None
            Seconds to wait; the limits' ``call_timeout`` by default.
        callback : callable or None
            Answers the worker's ``callback`` messages while this request runs.

        Returns
        -------
        dict
            The worker's answer, with ``ok`` True.

        Raises
        ------
        StudentCallError
            If the student's code raised, hung, crashed, or the answer is garbled.
        """
        if body.get("op") == "put":
            self._puts[body["name"]] = body["value"]
        if self.process is None:
            try:
                self._start()
            except StudentCallError as error:
                self.stop()
                raise StudentCallError(error.kind, "the worker could not start: " + error.message) from None
        answer = self._exchange(body, timeout or self.limits.call_timeout, callback)
        if answer.get("ok") is True:
            return answer
        error = answer.get("error")
        if not isinstance(error, dict):
            raise StudentCallError("garbled", "the worker sent an answer without a result")
        return self._raise(error)

    @staticmethod
    def _raise(error):
        text = lambda key: str(error.get(key))[:1000] if error.get(key) is not None else None  # noqa: E731
        raise StudentCallError("raised", text("message") or "", text("type") or "Exception", text("where"))
