"""Run ``python -m autograder grade`` in this process and record its own peak memory (a helper of the tests).

    python tests/engine/peak_grade.py OUT.json -- grade --submission DIR --results FILE [...]

OUT.json gets ``{"status", "seconds", "peak_mb", "start_mb"}``: the exit status, the wall time, this
process's peak resident size (``ru_maxrss``, the grader alone: workers and helpers are other processes)
and its resident size before grading started.
"""

import json
import resource
import sys
import time
from pathlib import Path


def resident_mb():
    with open("/proc/self/status") as stream:
        return next(int(line.split()[1]) for line in stream if line.startswith("VmRSS:")) / 1024


def main():
    out, argv = sys.argv[1], sys.argv[3:]
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from autograder.frontends.cli import main as grade_main

    start, began = resident_mb(), time.monotonic()
    status = grade_main(argv)
    Path(out).write_text(json.dumps({"status": status, "seconds": time.monotonic() - began, "start_mb": start,
                                     "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
    return status


if __name__ == "__main__":
    sys.exit(main())
