"""A plain-text progress bar for grading a class.

On a terminal the bar is redrawn in place; elsewhere (a log file, CI) each
update is a line of its own, so the log still shows who was graded when.
"""

import sys
import time

from ...core.results import clean_text

WIDTH = 24


def _clock(seconds):
    minutes, seconds = divmod(int(seconds), 60)
    return f"{minutes:02d}:{seconds:02d}"


class Progress:
    """Count finished students and draw ``[#####-----] 12/40 ...``.

    Parameters
    ----------
    total : int
        Students to grade in this run.
    stream : file or None
        Where to draw; stderr by default, so stdout keeps only the summary.
    """

    def __init__(self, total, stream=None):
        self.total = total
        self.stream = stream or sys.stderr
        self.in_place = self.stream.isatty()
        self.done = 0
        self.failed = 0
        self.began = time.monotonic()

    def finished(self, student, note, failed=False):
        """One more student is done; ``note`` says how it went (points, or the error)."""
        self.done += 1
        self.failed += failed
        self._draw(f"{clean_text(student, 120)}: {clean_text(note)}")

    def _draw(self, last):
        filled = WIDTH * self.done // max(self.total, 1)
        elapsed = time.monotonic() - self.began
        left = elapsed / self.done * (self.total - self.done) if self.done else 0.0
        line = (f"[{'#' * filled}{'-' * (WIDTH - filled)}] {self.done}/{self.total}"
                f"  failed {self.failed}  {_clock(elapsed)} elapsed, ~{_clock(left)} left  {last}")
        try:  # a closed or broken stderr stops the bar, never the grading
            if self.in_place:
                self.stream.write("\r\x1b[2K" + line)
            else:
                self.stream.write(line + "\n")
            self.stream.flush()
        except (OSError, ValueError, UnicodeError):
            pass

    def close(self):
        """End the bar's line on a terminal, so what follows starts on a fresh line."""
        if self.in_place and self.done:
            try:
                self.stream.write("\n")
                self.stream.flush()
            except (OSError, ValueError):
                pass
