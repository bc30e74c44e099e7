"""Run student code in a separate, limited, disposable worker process.

The grader and the student's code never share a process. A :class:`Sandbox`
copies the student's package into a fresh temporary folder (regular ``.py``
files only), claims an identity and a control group of its own for it
(``identity.py``, ``cgroups.py``), starts ``worker_main.py`` there with a
scrubbed environment and resource limits (walled off as ``isolation.py``
describes: bubblewrap where it runs), and exchanges messages with it over two
private pipes (the student's own stdout and stderr go to /dev/null, so
printing cannot corrupt the channel).

Every exchange has a deadline, in both directions: the grader's end of each
pipe is non-blocking, so a worker that stops reading its requests (or floods
the grader with callback messages it never reads the answers to) runs into
the same deadline as one that never answers. Every answer is capped in size
(a few MB by default; a request may allow more), checked before anything is
allocated, and checked in form (``answers.py``): a worker that hangs, crashes,
exits, sends garbage or too much is killed with everything it started; the
request fails with a :class:`StudentCallError` saying in one sentence what
happened, and the next request starts a new worker (arrays stored with
``put`` are sent again).

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
import stat
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from . import answers, cgroups, identity, isolation, wire

RUNTIME_FILES = ("wire.py", "worker_main.py")
PACKAGE_NAME = "cs231n"
MAX_SOURCE_BYTES = 2 * 2**20  # the largest .py file copied
MAX_PACKAGE_BYTES = 32 * 2**20  # all of them together
MAX_PACKAGE_FILES = 1000
MAX_DEPTH = 12  # folders below the package
MAX_PATH_CHARS = 400  # a relative path longer than this is not copied
MAX_HEADER_BYTES = 2**20  # the JSON part of one answer (a megabyte of JSON is up to ~20 MB of Python objects)
TOTAL_FACTOR = 8  # one request may receive this many times its per-message cap, callbacks included
MAX_DISK_ENTRIES = 10_000  # files and folders the worker may leave in its writable folders
POLL_SECONDS = 0.05  # how often a wait looks at whether the worker is still alive


@dataclass(frozen=True)
class Limits:
    """Resource limits of a worker; the rubric's ``[limits]`` table sets them."""

    call_timeout: float = 10.0  # seconds of wall time for one request
    start_timeout: float = 20.0  # seconds for the worker to start and import numpy
    memory_mb: int = 2048  # memory of all the worker's processes together (cgroup), and each one's address space
    cpu_seconds: int = 600  # CPU time of one worker, a backstop behind the timeouts
    file_size_mb: int = 64  # largest file the worker may write
    processes: int = 256  # processes of the worker (its own uid, its own cgroup)
    disk_mb: int = 256  # space of each tmpfs (/tmp, home) and of its folders on the host disk together
    answer_mb: int = 4  # the largest answer to one request (a request may allow more)
    isolation: str = "auto"  # "auto" (bubblewrap where it runs), "bubblewrap" or "plain"


class StudentCallError(Exception):
    """A request that did not return normally.

    Attributes
    ----------
    kind : str
        ``raised`` (the student's code raised), ``timeout``, ``crashed``
        (the worker died: exit, signal, memory), or ``garbled`` (the worker
        answered something that is not a well-formed answer, or too much).
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


class SubmissionError(Exception):
    """The submission cannot be set up for grading (a symbolic link as the package, a path the disk refuses).

    The message is one sentence for the student's feedback.
    """


class _Deadline(Exception):
    """The request's deadline passed."""


class _OverMemory(Exception):
    """The watchdog saw the worker's processes over the memory limit (the fallback of cgroups)."""


# -- copying the submission ------------------------------------------------------------------

def _name_problem(relative):
    """Why a path of the submission is not copied ("" if it is fine): names Python could not import anyway."""
    text = os.fsdecode(relative)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "its name is not valid UTF-8"
    if len(text) > MAX_PATH_CHARS:
        return "its path is too long"
    if any(ord(c) < 32 or ord(c) == 127 for c in text):
        return "its name holds control characters"
    return ""


def copy_python_sources(source, target, max_bytes=MAX_SOURCE_BYTES):
    """Copy the regular ``.py`` files of a package tree, nothing else.

    Symbolic links are never followed (a link could point at the reference
    solution or at /dev/zero), and special files (FIFOs, devices), data files,
    caches, oversized files, odd names and whatever lies too deep are skipped.

    Returns
    -------
    list of (str, str)
        (relative path, why it was skipped) for every link, special file, odd
        name or oversized module left out, so that feedback can say so.

    Raises
    ------
    SubmissionError
        If ``source`` itself is a symbolic link or not a folder.
    """
    source, target = Path(source), Path(target)
    if source.is_symlink():
        raise SubmissionError(f"the {source.name} folder is a symbolic link; submit the folder itself.")
    if not source.is_dir():
        raise SubmissionError(f"the {source.name} folder cannot be read.")
    target.mkdir(parents=True)
    skipped, budget = [], {"bytes": MAX_PACKAGE_BYTES, "files": MAX_PACKAGE_FILES}
    folders = [Path(".")]
    while folders:  # breadth first: the package's own modules come before whatever a deep folder holds
        folders += _copy_folder(source, target, folders.pop(0), skipped, budget, max_bytes)
    return skipped


def _copy_folder(source, target, relative, skipped, budget, max_bytes):
    """Copy the modules of one folder; returns its sub-folders to copy next."""
    try:
        entries = sorted(os.scandir(source / relative), key=lambda entry: entry.name)
    except OSError:
        skipped.append((relative.as_posix(), "it cannot be read"))
        return []
    subfolders = []
    for entry in entries:
        path = relative / entry.name
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if entry.name.startswith(".") or entry.name == "__pycache__":
            continue
        if stat.S_ISLNK(info.st_mode):
            if entry.name.endswith(".py") or stat.S_ISDIR(_stat_or_zero(entry.path)):
                skipped.append((path.as_posix(), "it is a symbolic link"))
            continue
        problem = _name_problem(path)
        if stat.S_ISDIR(info.st_mode):
            if problem or len(path.parts) > MAX_DEPTH:
                skipped.append((os.fsdecode(path), problem or "it lies too deep"))
            else:
                subfolders.append(path)
        elif entry.name.endswith(".py"):
            if problem or not stat.S_ISREG(info.st_mode):
                skipped.append((os.fsdecode(path), problem or "it is not a regular file"))
            elif info.st_size > max_bytes or info.st_size > budget["bytes"] or budget["files"] <= 0:
                skipped.append((path.as_posix(), "it is too large"))
            else:
                _copy_file(source / path, target / path, info.st_size)
                budget["bytes"] -= info.st_size
                budget["files"] -= 1
    return subfolders


def _stat_or_zero(path):
    try:
        return os.stat(path).st_mode
    except OSError:
        return 0


def _copy_file(source, target, size):
    """Copy one file without following a link (O_NOFOLLOW) and at most ``size`` bytes, as an ordinary 0644 file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(source, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    try:
        data = os.read(fd, size + 1)[:size]
    finally:
        os.close(fd)
    out = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    try:
        wire.write_all(out, data)
    finally:
        os.close(out)
    os.chmod(target, 0o644)


def read_sources(package):
    """Every ``.py`` file of a package copy, by its path relative to the package (posix, e.g. ``optim.py``).

    Returns
    -------
    dict of str to bytes
    """
    package = Path(package)
    return {path.relative_to(package).as_posix(): path.read_bytes() for path in sorted(package.rglob("*.py"))}


def _disk_use(folders, limit):
    """Whether the files under ``folders`` stay within ``limit`` bytes and MAX_DISK_ENTRIES entries.

    The walk stops as soon as either is passed, so a million tiny files cannot make it slow.
    """
    used, entries = 0, 0
    stack = [Path(folder) for folder in folders]
    while stack:
        try:
            scanned = list(os.scandir(stack.pop()))
        except OSError:
            continue
        for entry in scanned:
            entries += 1
            try:
                info = entry.stat(follow_symlinks=False)
            except OSError:
                continue
            used += info.st_blocks * 512
            if stat.S_ISDIR(info.st_mode):
                stack.append(Path(entry.path))
            if used > limit or entries > MAX_DISK_ENTRIES:
                return False
    return True


def _standard_fds_open():
    """Open /dev/null on any of fds 0, 1, 2 that is closed (a grader started with ``>&-``).

    Otherwise a pipe could get one of those numbers, and the worker's own stdout and stderr, which
    Popen puts there, would replace it: the grader would lose its channel.
    """
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            null = os.open(os.devnull, os.O_RDWR)
            if null != fd:
                os.dup2(null, fd)
                os.close(null)


def _empty(folder):
    """Remove everything inside ``folder`` (not the folder)."""
    for entry in os.scandir(folder):
        if entry.is_dir(follow_symlinks=False):
            shutil.rmtree(entry.path, ignore_errors=True)
        else:
            try:
                os.unlink(entry.path)
            except OSError:
                pass


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

    Use as a context manager; the temporary folder is removed on exit, and
    also when setting up fails half-way (``__enter__`` then raises
    :class:`SubmissionError` for a problem of the submission). Several
    sandboxes may be open at once in one process (a check may start a second
    one over the reference): each claims an identity of its own.

    Attributes
    ----------
    sources : dict of str to bytes
        The package copy's sources, read on entry (before any worker starts).
    skipped : list of (str, str)
        Files of the submission left out of the copy, and why (see :func:`copy_python_sources`).
    user : int
        The uid the student's code runs as.
    work_dir : Path
        The worker's working folder as the grader sees it.
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
        self.sources = {}
        self.skipped = []
        self.identity = None
        self.user = None
        self.group = None  # the worker's control group, where the machine has them
        self._watchdog = None
        self._oom_seen = 0

    def __enter__(self):
        try:
            self._set_up()
        except BaseException:
            self._tear_down()
            raise
        return self

    def _set_up(self):
        self.mode = isolation.choose_mode(self.limits.isolation, self.python)
        self.folder = Path(tempfile.mkdtemp(prefix="grade-"))
        runtime = self.folder / "runtime"
        runtime.mkdir(mode=0o755)
        for name in RUNTIME_FILES:
            # copyfile, not copy2: the kit's files may be private (setup.sh on Gradescope makes them 0600),
            # and the worker's user must read its own runtime
            shutil.copyfile(Path(__file__).with_name(name), runtime / name)
            os.chmod(runtime / name, 0o644)
        try:
            self.skipped = copy_python_sources(self.package_dir, self.package_copy)
        except OSError as error:
            raise SubmissionError(f"the submission could not be copied for grading "
                                  f"({error.strerror or type(error).__name__}).") from None
        os.chmod(self.folder / "package", 0o755)
        # read before any worker starts: what the static checks parse, whatever the worker later does to the disk
        self.sources = read_sources(self.package_copy)
        for name in ("home", "tmp", "work"):
            (self.folder / name).mkdir()
        self.identity = identity.claim() if isolation.can_drop(self.mode, self.python) else identity.shared()
        self.user = isolation.worker_user(self.mode, self.python, self.identity)
        isolation.prepare_folder(self.folder, self.identity)
        self.group = cgroups.make_group(self.limits.memory_mb, self.limits.processes)

    def _tear_down(self):
        """Undo whatever ``_set_up`` did, however far it got."""
        try:
            self.stop()
        finally:
            if self.group is not None:
                self.group.remove()
                self.group = None
            if self.identity is not None:
                self.identity.release(plain=self.mode == "plain")
            if self.folder is not None:
                shutil.rmtree(self.folder, ignore_errors=True)

    @property
    def work_dir(self):
        """The worker's working folder as the grader sees it (the worker starts in it; it can write there)."""
        return self.folder / "work"

    @property
    def package_copy(self):
        """The worker's copy of the package: the only student files it can import."""
        return self.folder / "package" / PACKAGE_NAME

    def __exit__(self, *exc):
        self._tear_down()

    # -- the worker process -------------------------------------------------

    def _start(self):
        _standard_fds_open()
        request_read, request_write = os.pipe()
        response_read, response_write = os.pipe()
        self._fds = (request_read, response_write)
        plan = isolation.plan(self.mode, self.folder, self.python, self._worker_args, self.identity, self.limits)
        try:
            self.process = subprocess.Popen(
                plan.argv,
                pass_fds=(request_read, response_write, *plan.pass_fds),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                cwd=plan.cwd,
                env=plan.env,
                preexec_fn=isolation.limit_resources(self.limits, plan, self.group),
                start_new_session=True,  # its own process group, killed as one
            )
        except BaseException:
            os.close(request_write)
            os.close(response_read)
            raise
        finally:
            os.close(request_read)
            os.close(response_write)
            plan.close_fds()
        # the grader's ends never block: every wait on them is a poll with the request's deadline
        os.set_blocking(request_write, False)
        os.set_blocking(response_read, False)
        self._request_fd, self._response_fd = request_write, response_read
        self.starts += 1
        self._watchdog = None
        if self.group is None:
            uid = self.identity.uid if self.identity.own and plan.user == self.identity.uid else None
            self._watchdog = cgroups.Watchdog(self.limits.memory_mb, uid)
            self._watchdog.started(self.process.pid)
        self._exchange({"op": "ping"}, self.limits.start_timeout)
        for name, value in self._puts.items():
            self._exchange({"op": "put", "name": name, "value": value}, self.limits.call_timeout,
                           max_bytes=None)

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
        if self.group is not None:
            self.group.kill()  # also what left the process group (setsid) or the session
        self.process.wait()
        if self.group is None and self.identity.own:
            identity.kill_all(self.identity.uid, self.identity.gid)  # the same, by uid, where there is no cgroup
        os.close(self._request_fd)
        os.close(self._response_fd)
        self.process = None

    # -- messages -------------------------------------------------------------

    def _wait(self, fd, writing, deadline):
        """Wait until ``fd`` is ready (or a short while); raises when the deadline passed or the worker is gone."""
        left = deadline - time.monotonic()
        if left <= 0:
            raise _Deadline
        poller = select.poll()
        poller.register(fd, select.POLLOUT if writing else select.POLLIN)
        if poller.poll(min(left, POLL_SECONDS) * 1000):
            return
        # nothing yet: a child of the student's code may hold the pipe open after the worker itself has
        # exited, and then no EOF ever comes
        if self.process.poll() is not None:
            raise wire.ChannelClosed("the worker exited")
        if self._watchdog is not None and self._watchdog.over_limit():
            raise _OverMemory

    def _reader(self, deadline, counter):
        def read(fd, size):
            buffer = bytearray(size)
            view, done = memoryview(buffer), 0
            while done < size:
                try:
                    count = os.readv(fd, [view[done:]])
                except BlockingIOError:
                    self._wait(fd, False, deadline)
                    continue
                if not count:
                    raise wire.ChannelClosed("the worker closed the channel")
                done += count
            counter[0] += size
            return buffer

        return read

    def _writer(self, deadline):
        def write(fd, data):
            view = memoryview(data).cast("B")
            while view:
                try:
                    view = view[os.write(fd, view):]
                except BlockingIOError:
                    self._wait(fd, True, deadline)

        return write

    def _exit_message(self, code):
        if self.group is not None and self.group.oom_kills() > self._oom_seen:
            self._oom_seen = self.group.oom_kills()
            return (f"the worker running your code was killed for using more than {self.limits.memory_mb} MB of "
                    "memory (all its processes together)")
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

    def _fail(self, kind, message):
        self.stop()
        raise StudentCallError(kind, message) from None

    def _exchange(self, body, timeout, callback=None, max_bytes=None):
        """Send ``body``, answer callbacks, return the checked final answer; StudentCallError on any failure."""
        deadline = time.monotonic() + timeout
        cap = max_bytes or self.limits.answer_mb * 2**20
        received = [0]
        read, write = self._reader(deadline, received), self._writer(deadline)
        try:
            self._nothing_unasked()
            wire.write_message(self._request_fd, body, write)
            while True:
                left = cap * TOTAL_FACTOR - received[0]
                message = wire.read_message(self._response_fd, read, max_bytes=min(cap, left),
                                            max_header=MAX_HEADER_BYTES)
                if not isinstance(message, dict):
                    raise wire.ProtocolError("the answer is not an object")
                if "callback" not in message:
                    return answers.check_answer(body.get("op"), message)
                message = answers.check_callback(message)
                reply = callback(message) if callback else {"error": "no callback expected here"}
                wire.write_message(self._request_fd, reply, write)
        except _Deadline:
            self._fail("timeout", f"did not finish within the time limit of {timeout:g} s")
        except _OverMemory:
            self._fail("crashed", f"the worker running your code was stopped for using more than "
                                  f"{self.limits.memory_mb} MB of memory (all its processes together)")
        except wire.TooLarge:
            if received[0] + cap > cap * TOTAL_FACTOR:  # it was the request's budget that ran out
                self._fail("garbled", f"sent more than {cap * TOTAL_FACTOR / 2**20:g} MB in all while one call ran "
                                      "(the limit for what this check can receive), so the worker was stopped")
            self._fail("garbled", f"sent back more than {cap / 2**20:g} MB in answer to one call (the limit for "
                                  "what this check can receive), so the worker was stopped")
        except (wire.ChannelClosed, OSError):
            self._crashed()
        except wire.ProtocolError as error:
            self._fail("garbled", f"the worker running your code sent a malformed answer ({error}), "
                                  "so it was stopped")
        except BaseException:  # a failing callback, an interrupt: the worker is mid-request and unusable
            self.stop()
            raise

    def _nothing_unasked(self):
        """An honest worker sends nothing between two requests: bytes waiting now are a protocol error.

        (Answers sent ahead, for a request not made yet, would otherwise be read as its answer.)
        """
        poller = select.poll()
        poller.register(self._response_fd, select.POLLIN)
        if poller.poll(0) and self.process.poll() is None:
            raise wire.ProtocolError("it sent an answer before it was asked anything")

    def _crashed(self):
        """The channel closed or broke: say why, from the worker's exit status."""
        try:
            self.process.wait(timeout=2)
            kind, message = "crashed", self._exit_message(self.process.returncode)
        except subprocess.TimeoutExpired:
            kind, message = "garbled", "the worker running your code closed its channel to the grader"
        self._fail(kind, message)

    def _check_disk(self):
        """Fail the call if the worker filled more than its share of the disk (its folders on the host)."""
        folders = [self.work_dir]
        if self.mode == "plain":
            folders += [self.folder / "home", self.folder / "tmp"]
        if _disk_use(folders, self.limits.disk_mb * 2**20):
            return
        self.stop()
        for folder in folders:
            _empty(folder)
        raise StudentCallError("crashed", f"your code wrote more than {self.limits.disk_mb} MB (or "
                                          f"{MAX_DISK_ENTRIES} files) to the disk; the files were removed")

    def request(self, body, timeout=None, callback=None, max_bytes=None):
        """Send one request to a worker and return its answer.

        Parameters
        ----------
        body : dict
            The request (see ``worker_main``).
        timeout : float or None
            Seconds to wait; the limits' ``call_timeout`` by default.
        callback : callable or None
            Answers the worker's ``callback`` messages while this request runs
            (each checked by ``answers.check_callback`` first).
        max_bytes : int or None
            The largest answer (and callback message) this request accepts;
            the limits' ``answer_mb`` by default. All the messages of the
            request together may take TOTAL_FACTOR times this.

        Returns
        -------
        dict
            The worker's answer, checked by ``answers.check_answer``, with ``ok`` True.

        Raises
        ------
        StudentCallError
            If the student's code raised, hung, crashed, or the answer is garbled or too large.
        """
        if body.get("op") == "put":
            self._puts[body["name"]] = body["value"]
        if self.process is None:
            try:
                self._start()
            except StudentCallError as error:
                self.stop()
                raise StudentCallError(error.kind, "the worker could not start: " + error.message) from None
        answer = self._exchange(body, timeout or self.limits.call_timeout, callback, max_bytes)
        self._check_disk()
        if answer.get("ok") is True:
            return answer
        return self._raise(answer["error"])

    @staticmethod
    def _raise(error):
        raise StudentCallError("raised", error["message"][:1000], error["type"][:200] or "Exception",
                               (error["where"] or "")[:300] or None)
