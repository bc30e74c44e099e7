"""Grading a class on dask.distributed: ``grade-all --scheduler ADDRESS`` or ``--cluster local:N``.

The second back-end beside :class:`.pool.GraderPool`, with the same
``run(jobs, finished)``: the command (:mod:`.command`) plans the run, writes
every file (each ``results.json``, the CSVs, the plots) and prints the
summary whatever the back-end; a dask worker only grades. Each student is one
dask task, :func:`grade_task`, which calls
:func:`autograder.core.runner.grade_submission` in the dask worker's process,
exactly as a grader process of the pool does: the student's code runs in the
sandbox's own worker (bubblewrap where it runs), so isolation is unchanged.
A dask worker process grades one student at a time (a lock, whatever its
``--nthreads``), so its sandboxes never share a uid or a control group.

What the workers need: the kit at an importable path (its environment: the
pinned ``requirements.txt``, bubblewrap), the submissions at the same path as
the command sees them (the same machine, or a shared file system). The
rubric is sent with every task as text, so it need not be on the workers; a
task whose submission folder the worker cannot see gets an error row saying
so, never "no package found".

Deadlines. Dask cannot stop a running task. Every call of student code has
the rubric's ``call_timeout`` (the sandbox kills its worker), so a grading
ends by itself in at most (calls x ``call_timeout``) plus the grader's own
time. On top of that the command keeps ``--timeout`` per student, counted
from the moment a dask worker starts on that student (the task says so with
a dask event): a student whose grading overruns it gets an error row (as
with the pool), their task is cancelled and the dask worker that ran it is
restarted by its nanny (which ends the grading and its sandbox), so a stall
cannot hold a worker for the rest of the run.

A dask worker that dies mid-grading: the scheduler gives its students to
another worker (the scheduler's ``allowed-failures``, 3 by default, bound how
often one student may lose their worker; after that the student gets an
error row), and since each student is one task whose result is read once,
nobody is lost or graded twice. dask is imported only here, and only when a
back-end is opened: the default path (and a student's or Gradescope's
environment) never needs it.
"""

import hashlib
import os
import pickle
import queue
import signal
import socket
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

from ...core.rubric import load_rubric
from ...core.usage import UsageError
from ...engine.isolation import IsolationUnavailable, choose_mode, parallel_problem
from ...loss_functions.exercises import ASSIGNMENT
from .pool import Outcome, _grade_one

# seconds to reach a scheduler (and for it to have a worker) before giving up with exit 2
CONNECT_TIMEOUT = 5.0
# seconds between two looks at the tasks (finished ones, deadlines)
POLL = 0.1
LOCAL_PREFIX = "local:"
# a task that raised outside the grading (the grading itself catches everything) is tried once more;
# a task whose worker died is given to another worker by the scheduler (allowed-failures), not by this
RETRIES = 1
# seconds a dask worker gets to restart after a student's grading on it overran --timeout
RESTART_TIMEOUT = 30.0

# --- in the dask worker's process ----------------------------------------------------------------

_GRADING = threading.Lock()  # one student at a time per worker process, whatever its thread count
_RUBRICS = {}  # sha256 of the rubric's text -> Rubric, loaded once per worker process


def _rubric(text):
    key = hashlib.sha256(text.encode()).hexdigest()
    if key not in _RUBRICS:
        with tempfile.TemporaryDirectory(prefix="grade-all-rubric-") as folder:
            path = Path(folder) / "rubric.toml"
            path.write_text(text)
            _RUBRICS[key] = load_rubric(ASSIGNMENT, path)
    return _RUBRICS[key]


def grade_task(index, submission, rubric_text, topic):
    """Grade one student in a dask worker; a pickled ``((document, error, found), seconds)``.

    ``submission`` is the folder's path as bytes (``os.fsencode``: a student id may not be UTF-8).
    The answer is pickled here, so that no serializer of dask has to carry a student's text.
    """
    from distributed import get_worker

    worker = get_worker()
    with _GRADING:
        worker.log_event(topic, {"index": index, "worker": worker.address})
        started = time.monotonic()
        folder = Path(os.fsdecode(submission))
        if not os.path.lexists(folder):
            answer = (None, f"the submission folder {folder} is not on the dask worker's host "
                            f"{socket.gethostname()}: every worker needs the submissions at the same path "
                            "(the same machine or a shared file system)", True)
        else:
            answer = _grade_one(folder, _rubric(rubric_text))
        return pickle.dumps((answer, time.monotonic() - started))


def probe_worker(isolation):
    """What the command checks of each dask worker: (host, why it cannot grade or None, parallel problem)."""
    try:
        mode = choose_mode(isolation, sys.executable)
    except IsolationUnavailable as error:
        return socket.gethostname(), str(error), None
    return socket.gethostname(), None, parallel_problem(mode, sys.executable)


def ignore_interrupt():
    """Run on a LocalCluster's worker (its main thread): Ctrl-C reaches our whole process group, and the
    command alone decides what stops (it closes the cluster), as a grader of the pool does."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def probe_scheduler(dask_scheduler=None):
    """Run on the scheduler: that it can import the kit (it unpickles every task), and its host."""
    return socket.gethostname()


# --- in the command --------------------------------------------------------------------------------

def parse_cluster(text):
    """The N of ``--cluster local:N``, or UsageError."""
    count = text[len(LOCAL_PREFIX):] if text.startswith(LOCAL_PREFIX) else ""
    if not count.isdigit() or int(count) < 1:
        raise UsageError(f"--cluster (CLUSTER=) must be local:N, N dask worker processes on this machine "
                         f"(for a cluster elsewhere give --scheduler ADDRESS); got {text!r}.")
    return int(count)


class DaskGraders:
    """Grade many submissions on a dask cluster; open it with ``with``.

    Parameters
    ----------
    rubric : Rubric
        Its file's text is sent to the workers; its ``limits.isolation`` is checked on each.
    timeout : float
        Seconds allowed for the whole grading of one student, from when a worker starts on it.
    scheduler : str, optional
        The address of a running dask scheduler (``tcp://host:8786``).
    local_workers : int, optional
        Start a ``LocalCluster`` of this many worker processes (one thread each) instead.
    """

    def __init__(self, rubric, timeout, scheduler=None, local_workers=None, connect_timeout=CONNECT_TIMEOUT):
        self.rubric_text = Path(rubric.path).read_text()
        self.isolation = rubric.limits.isolation
        self.timeout = timeout
        self.scheduler = scheduler
        self.local_workers = local_workers
        self.connect_timeout = connect_timeout
        self.client = self.cluster = None
        self.size = 0

    # -- opening and closing

    def __enter__(self):
        try:
            self._open()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *exc_info):
        self.close()

    def _open(self):
        import dask
        from distributed import Client, LocalCluster

        if self.scheduler is not None:
            _check_address(self.scheduler)
            try:
                self.client = Client(self.scheduler, timeout=self.connect_timeout, set_as_default=False)
            except (OSError, ValueError, TypeError) as error:
                raise UsageError(f"no dask scheduler answers at {self.scheduler} within {self.connect_timeout:g} s "
                                 f"({_one_line(error)}); start one with `dask scheduler`, or give --cluster local:N."
                                 ) from None
            where = f"the dask scheduler at {self.scheduler}"
        else:
            with dask.config.set({"logging.distributed": "error"}):
                # one thread per worker process; no dashboard (its port could be taken, and nobody looks)
                self.cluster = LocalCluster(n_workers=self.local_workers, threads_per_worker=1, processes=True,
                                            dashboard_address=None, silence_logs=40)
            self.client = Client(self.cluster, set_as_default=False)
            self.client.run(ignore_interrupt)  # a worker restarted later (after a timeout) may still print on Ctrl-C
            where = "the local dask cluster"
        try:
            self.client.wait_for_workers(self.local_workers or 1, timeout=self.connect_timeout * 4)
        except (TimeoutError, OSError):
            hint = (f"start some with `dask worker {self.scheduler} --nthreads 1`" if self.scheduler is not None
                    else "see its log above")
            raise UsageError(f"{where} has no worker; {hint}.") from None
        self._check_workers(where)

    def _check_workers(self, where):
        """Every worker can import the kit and grade in the rubric's isolation mode; or UsageError."""
        try:  # the scheduler unpickles every task too: it needs the kit on its path as much as a worker
            self.client.run_on_scheduler(probe_scheduler)
        except Exception as error:
            raise UsageError(f"{where} cannot run the kit ({type(error).__name__}: {_one_line(error)}); start the "
                             "scheduler and each worker with the kit's environment and PYTHONPATH=<the kit's folder>."
                             ) from None
        # a worker that cannot import the kit answers with its exception; one lost meanwhile is left out
        probes = self.client.run(probe_worker, self.isolation, on_error="return")
        answered = {address: probe for address, probe in probes.items() if not isinstance(probe, BaseException)}
        for address, error in probes.items():
            # a worker that died meanwhile (its students go to the others) is OSError or TimeoutError; the
            # failure to unpickle probe_worker (no kit on the worker's path) comes back as a plain Exception
            if isinstance(error, BaseException) and not isinstance(error, (OSError, TimeoutError)):
                raise UsageError(f"dask worker {address} of {where} cannot run the kit ({type(error).__name__}: "
                                 f"{_one_line(error)}); start each worker with the kit's environment and "
                                 "PYTHONPATH=<the kit's folder>.")
        if not answered:
            raise UsageError(f"no dask worker of {where} answered ({_one_line(next(iter(probes.values()), ''))}).")
        threads = {}
        for address, (host, unable, problem) in answered.items():
            if unable:
                raise UsageError(f"dask worker {address} cannot grade: {unable}")
            threads.setdefault(host, [0, problem])[0] += 1
        for host, (count, problem) in threads.items():
            if problem and count > 1:
                raise UsageError(f"{count} dask workers on {host} refused: {problem}; run one worker per host "
                                 "there, or use bubblewrap (isolation = 'auto' where bwrap runs).")
        self.size = len(answered)

    def close(self):
        if self.client is not None:
            try:
                self.client.close(timeout=10)
            except Exception:
                pass
        if self.cluster is not None:
            try:
                self.cluster.close(timeout=20)
            except Exception:
                pass
        self.client = self.cluster = None

    # -- grading

    def run(self, jobs, finished):
        """Grade every job; call ``finished(outcome)`` once per student, in the order they finish.

        Parameters
        ----------
        jobs : list of (str, Path)
            Student id and submission folder.
        finished : callable
            Called with an :class:`~.pool.Outcome` for every student.
        """
        from distributed import as_completed

        topic = f"grade-all-{uuid.uuid4().hex}"
        starts = queue.SimpleQueue()
        self.client.subscribe_topic(topic, lambda event: starts.put(event[1]))
        futures = {}
        for index, (student, submission) in enumerate(jobs):
            future = self.client.submit(grade_task, index, os.fsencode(str(submission)), self.rubric_text, topic,
                                        key=f"{topic}-{index}", pure=False, retries=RETRIES)
            futures[future.key] = (index, future)
        running = {}  # index -> (monotonic time the latest attempt started, worker address)
        settled = set()  # indices whose outcome was given: never twice
        completed = as_completed([future for _, future in futures.values()], loop=self.client.loop)
        try:
            while len(settled) < len(jobs):
                for future in completed.next_batch(block=False) if completed.has_ready() else ():
                    index = futures[future.key][0]
                    if index not in settled:
                        settled.add(index)
                        finished(self._outcome(jobs[index][0], future, running.get(index)))
                try:
                    event = starts.get(timeout=POLL)
                    running[event["index"]] = (time.monotonic(), event["worker"])
                    while True:
                        event = starts.get_nowait()
                        running[event["index"]] = (time.monotonic(), event["worker"])
                except queue.Empty:
                    pass
                now = time.monotonic()
                for index, (started, worker) in list(running.items()):
                    if index in settled or now - started < self.timeout:
                        continue
                    if not self._still_on(f"{topic}-{index}", worker):
                        del running[index]  # its worker was lost: the deadline counts again from the next start
                        continue
                    settled.add(index)
                    futures[f"{topic}-{index}"][1].cancel()
                    self._restart(worker)
                    finished(Outcome(jobs[index][0], None, self._overran(), now - started))
        finally:
            self.client.unsubscribe_topic(topic)
            self.client.cancel([future for index, future in futures.values() if index not in settled])

    def _still_on(self, key, worker):
        """Whether the scheduler still has the task ``key`` on ``worker`` (not lost with a dead worker)."""
        try:
            return key in self.client.processing(workers=[worker]).get(worker, ())
        except Exception:
            return True

    def _overran(self):
        return (f"grading took longer than {self.timeout:g} s (the per-student --timeout) and was stopped "
                "(its dask worker restarted); grade this folder alone with `make grade` to see where it stalls")

    def _restart(self, worker):
        """Restart a worker whose grading overran (its nanny starts a fresh one), in the background."""
        def restart():
            try:
                self.client.restart_workers([worker], timeout=RESTART_TIMEOUT, raise_for_error=False)
            except Exception as error:
                print(f"grade-all: could not restart dask worker {worker}: {_one_line(error)}", file=sys.stderr)

        threading.Thread(target=restart, daemon=True).start()

    def _outcome(self, student, future, attempt):
        """The Outcome of a task that ended: its answer, or the reason it has none."""
        seconds = time.monotonic() - attempt[0] if attempt else 0.0
        if future.status == "finished":
            try:
                (document, error, found), seconds = pickle.loads(future.result())
                return Outcome(student, document, error, seconds, found)
            except Exception as error:
                return Outcome(student, None, f"grading failed: the dask worker's answer could not be read "
                                              f"({type(error).__name__})", seconds)
        if future.status == "cancelled":
            return Outcome(student, None, "grading failed: the dask scheduler dropped this student's task "
                                          "(was it restarted, or the connection lost?)", seconds)
        error = future.exception()
        if type(error).__name__ == "KilledWorker":
            return Outcome(student, None, "grading failed: every dask worker that graded this submission died "
                                          "(the scheduler's allowed-failures); grade it alone with `make grade`",
                           seconds)
        return Outcome(student, None, f"grading failed on the dask cluster ({type(error).__name__}: "
                                      f"{_one_line(error)})", seconds)


def _check_address(address):
    """UsageError unless ``address`` reads as a scheduler's address (``tcp://host:port``, ``host:port``)."""
    from distributed.comm import parse_address, parse_host_port
    from distributed.comm.registry import get_backend

    try:
        protocol, location = parse_address(address)
        get_backend(protocol)  # ValueError for a scheme dask does not know
        if protocol in ("tcp", "tls", "ws", "wss"):
            parse_host_port(location)
    except (ValueError, TypeError) as error:
        raise UsageError(f"--scheduler (SCHEDULER=) {address!r} is not a dask scheduler's address, such as "
                         f"tcp://host:8786 ({_one_line(error)}).") from None


def _one_line(error):
    text = " ".join(str(error).split())
    return text[:300] or type(error).__name__
