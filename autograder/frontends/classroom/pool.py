"""Grader processes for a whole class: each grades one student at a time, under a deadline.

A grader is a child process forked from the command, so the rubric, the
reference solution and the data generator are loaded once, before the fork,
and the inputs a grader generates stay cached for its next students. It
calls :func:`autograder.core.runner.grade_submission` for one submission at a time and
sends the results document back, with whether a package was found at all. Student code never runs in a grader: it runs
in the sandbox's worker, exactly as with ``python -m autograder grade``.

The sandbox already gives every call of student code a deadline; the pool adds
one for the whole grading of a student, against anything else that could
stall. A grader that overruns it gets SIGTERM, which it turns into an exit
that unwinds its sandbox (killing the student's worker); one that is still
alive after a grace period is killed. A fresh grader takes the place of one
that was stopped or died, so one submission never costs more than its own
deadline.
"""

import multiprocessing
import os
import signal
import sys
import time
import traceback
from collections import deque
from dataclasses import dataclass
from multiprocessing.connection import wait
from typing import Optional

from ...core.runner import grade_submission

# seconds a grader gets to unwind its sandbox after SIGTERM before it is killed
TERMINATE_GRACE = 5.0
# seconds an idle grader waits for work before checking that the command still exists
IDLE_POLL = 1.0


@dataclass
class Outcome:
    """What grading one student gave.

    Attributes
    ----------
    student : str
    document : dict or None
        The results document (Gradescope's format), None if grading failed.
    error : str or None
        One sentence saying why grading failed, None if it did not.
    seconds : float
        Wall time spent on this student, as the command measured it.
    found : bool
        False when no package was found in the submission (or it was refused): the document then
        holds no grade, only every check failed with the reason (``Report.found``).
    """

    student: str
    document: Optional[dict]
    error: Optional[str]
    seconds: float
    found: bool = True


def _exit_on_terminate(signum, frame):
    # SystemExit unwinds `with Sandbox(...)`, which kills the student's worker
    raise SystemExit(128 + signum)


def _grade_one(submission, rubric):
    """(document, None, found) or (None, error sentence, True) for one submission folder."""
    try:
        report = grade_submission(submission, rubric)
        return report.document(), None, report.found
    except Exception as error:  # a failure of the grader itself: this student gets an error row, the class goes on
        try:  # the whole traceback for the instructor's log; the row gets one line
            sys.stderr.write(f"grade-all: internal error grading {submission}:\n{traceback.format_exc()}")
        except (OSError, ValueError):
            pass
        return None, f"grading failed: internal error of the grader ({type(error).__name__}); see its log", True


def _serve(connection, rubric):
    """The body of a grader process: grade the submissions it is sent until told to stop (None)."""
    # Ctrl-C reaches the whole process group; the command alone decides, and stops graders with SIGTERM
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _exit_on_terminate)
    parent = os.getppid()
    while True:
        if not connection.poll(IDLE_POLL):
            if os.getppid() != parent:  # the command died without stopping us
                return
            continue
        submission = connection.recv()
        if submission is None:
            return
        connection.send(_grade_one(submission, rubric))


class _Grader:
    """One grader process and the command's end of its pipe."""

    def __init__(self, context, rubric):
        self.connection, child_end = context.Pipe()
        self.process = context.Process(target=_serve, args=(child_end, rubric), daemon=True)
        self.process.start()
        child_end.close()
        self.student = None
        self.started = 0.0

    def assign(self, student, submission):
        self.student, self.started = student, time.monotonic()
        self.connection.send(str(submission))

    def answer(self):
        """The (document, error, found) triple sent back, or None if the grader died before sending it."""
        try:
            return self.connection.recv() if self.connection.poll() else None
        except (EOFError, OSError):
            return None

    def stop(self, grace=TERMINATE_GRACE):
        """Stop the process (SIGTERM, then SIGKILL after ``grace`` seconds) and close the pipe."""
        if self.process.is_alive():
            self.process.terminate()
            self.process.join(grace)
            if self.process.is_alive():
                self.process.kill()
        self.process.join()
        self.connection.close()

    def dismiss(self):
        """Ask an idle grader to finish; it exits at once."""
        try:
            self.connection.send(None)
        except OSError:
            pass
        self.stop()


class GraderPool:
    """Grade many submissions with ``size`` grader processes.

    Parameters
    ----------
    size : int
        Number of graders (students graded at the same time).
    rubric : Rubric
        As for :func:`autograder.core.runner.grade_submission`.
    timeout : float
        Seconds allowed for the whole grading of one student.
    """

    def __init__(self, size, rubric, timeout):
        self.size = size
        self.grade_args = (rubric,)
        self.timeout = timeout
        # fork, not spawn: the graders inherit what the command loaded (spawn would also re-run
        # `python -m autograder` as the main module)
        self.context = multiprocessing.get_context("fork")

    def _new_grader(self):
        return _Grader(self.context, *self.grade_args)

    def run(self, jobs, finished):
        """Grade every job; call ``finished(outcome)`` as each student is done.

        Parameters
        ----------
        jobs : list of (str, Path)
            Student id and submission folder.
        finished : callable
            Called with an :class:`Outcome` for every student, in the order they finish.
        """
        pending = deque(jobs)
        idle = [self._new_grader() for _ in range(min(self.size, len(jobs)))]
        busy = []
        try:
            while pending or busy:
                while idle and pending:
                    grader = idle.pop()
                    student, submission = pending.popleft()
                    grader.assign(student, submission)
                    busy.append(grader)
                nearest = min(g.started for g in busy) + self.timeout
                wait([g.connection for g in busy] + [g.process.sentinel for g in busy],
                     timeout=max(0.0, nearest - time.monotonic()))
                for grader in list(busy):
                    outcome, replace = self._check(grader)
                    if outcome is None:
                        continue
                    busy.remove(grader)
                    if not replace:
                        idle.append(grader)
                    elif pending:  # a fresh grader for the next student
                        idle.append(self._new_grader())
                    finished(outcome)
        finally:
            for grader in busy:
                grader.stop()
            for grader in idle:
                grader.dismiss()

    def _check(self, grader):
        """(Outcome, whether the grader must be replaced), or (None, False) while it is still working."""
        seconds = time.monotonic() - grader.started
        answer = grader.answer()
        if answer is not None:
            document, error, found = answer
            return Outcome(grader.student, document, error, seconds, found), False
        if not grader.process.is_alive():
            grader.stop()
            error = f"the grader process died (exit status {grader.process.exitcode}) while grading this submission"
            return Outcome(grader.student, None, error, seconds), True
        if seconds >= self.timeout:
            grader.stop()
            error = (f"grading took longer than {self.timeout:g} s (the per-student --timeout) and was stopped; "
                     "grade this folder alone with `make grade` to see where it stalls")
            return Outcome(grader.student, None, error, seconds), True
        return None, False
