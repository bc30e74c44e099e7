"""What the protections cost: the reference graded with isolation = "plain" and "bubblewrap", interleaved.

Issue 5 asks for less than 20% slowdown. Timing on a shared machine is noisy, so
the test asserts a generous bound (50%) on the ratio of the medians and prints the
figures (``-s`` or HOSTILE_REPORT=1 shows them); the measured figures are reported
with the suite.
"""

import os
import statistics
import time

from support import hostile

ROUNDS = int(os.environ.get("HOSTILE_OVERHEAD_ROUNDS", "3"))
GENEROUS_RATIO = 1.5


def test_bubblewrap_does_not_slow_grading_much(tmp_path):
    submission = hostile.build_submission(tmp_path / "reference").root
    rubrics = {mode: hostile.write_rubric(tmp_path / f"{mode}.toml", mode, call_timeout=10.0)
               for mode in hostile.MODES}
    hostile.grade_case_in_process(submission, rubrics["plain"], hostile.EXERCISES)  # warm the caches
    seconds = {mode: [] for mode in hostile.MODES}
    for round_ in range(ROUNDS):
        order = hostile.MODES if round_ % 2 == 0 else hostile.MODES[::-1]
        for mode in order:
            started = time.perf_counter()
            outcome, document = hostile.grade_case_in_process(submission, rubrics[mode], hostile.EXERCISES)
            seconds[mode].append(time.perf_counter() - started)
            assert document["score"] == document["max_score"], f"the reference lost points in {mode} mode"
    plain, walled = (statistics.median(seconds[m]) for m in ("plain", "bubblewrap"))
    ratio = walled / plain
    figures = (f"reference graded {ROUNDS}x per mode: median plain {plain:.2f} s, bubblewrap {walled:.2f} s, "
               f"ratio {ratio:.2f} (plain {[round(s, 2) for s in seconds['plain']]}, "
               f"bubblewrap {[round(s, 2) for s in seconds['bubblewrap']]})")
    print(figures)
    hostile.OBSERVED.append(("(overhead)", "both", figures, walled, "", ""))
    assert ratio < GENEROUS_RATIO, figures
