"""The grader's own memory stays bounded whatever the student does (issue 10, point 1).

Each attack is the reference with hostile code in one function (one per kind of message the grader could
be made to hold: one huge answer, costly JSON, many callbacks; a worker that stops reading or children
holding gigabytes cost the grader nothing and are timed in tests/hostile), graded through the command line in a
process that records its own peak resident size (``peak_grade.py``; workers are other processes). The
bound: less than 300 MB above the peak of grading the reference itself, in both isolation modes. Every
run must also finish in bounded time, with a valid results file, and leave no process of the attack
behind. ``-s`` prints the figures.
"""

import json
import os
import subprocess
import sys
import time
import uuid

import pytest

from support.engine_helpers import MODES, REPO, append_to, copy_reference, need_mode

pytestmark = pytest.mark.slow

BOUND_MB = 300
SECONDS = 120

ATTACKS = {
    "reference": ("classifiers/linear_svm.py", ""),
    "one answer announcing 1 GB": ("classifiers/linear_svm.py", '''
def svm_loss_naive(W, X, y, reg):
    import json, os, struct, sys, wire
    head = json.dumps({"body": {"ok": True, "result": {"__array__": 0}},
                       "arrays": [{"dtype": "<f8", "shape": [2**27], "nbytes": 2**30}]}).encode()
    os.write(int(sys.argv[2]), struct.pack(">I", len(head)) + head)
    chunk = bytes(2**20)
    for _ in range(1024):
        wire.write_all(int(sys.argv[2]), chunk)
'''),
    "a megabyte of JSON lists": ("classifiers/linear_svm.py", '''
def svm_loss_naive(W, X, y, reg):
    import os, struct, sys
    head = b'{"body": ' + b"[" + b"[]," * 330_000 + b'[]], "arrays": []}'
    os.write(int(sys.argv[2]), struct.pack(">I", len(head)) + head)
    import time; time.sleep(30)
'''),
    "endless loss callbacks with the largest batches": ("classifiers/linear_classifier.py", '''
def _flood(self, X, y, learning_rate=1e-3, reg=1e-5, num_iters=100, batch_size=200, verbose=False, rng=None):
    import numpy as np
    self.W = np.zeros((X.shape[1], int(np.max(y)) + 1))
    rows = np.resize(np.arange(len(X)), 1000)
    while True:
        self.loss(X[rows], y[rows], reg)


LinearClassifier.train = _flood
'''),
}


def rubric_for(mode, folder):
    text = (REPO / "autograder" / "loss_functions" / "rubric.toml").read_text()
    path = folder / f"{mode}.toml"
    path.write_text(text.replace('isolation = "auto"', f'isolation = "{mode}"').replace("call_timeout = 10.0",
                                                                                          "call_timeout = 3.0"))
    return path


def marked(marker):
    found = []
    for entry in os.listdir("/proc"):
        try:
            with open(f"/proc/{entry}/cmdline", "rb") as stream:
                if marker.encode() in stream.read():
                    found.append(int(entry))
        except (OSError, ValueError):
            continue
    return found


def grade(mode, attack, folder):
    """(figures, results document, processes of the attack left) of grading one attack."""
    relative, code = ATTACKS[attack]
    marker = f"0.{uuid.uuid4().int % 10**12:012d}"  # sleep takes numbers: the marker is one
    submission = copy_reference(folder / "submission")
    if code:
        append_to(submission, relative, code.replace("MARKER", marker))
    results, figures = folder / "results.json", folder / "figures.json"
    subprocess.run([sys.executable, str(REPO / "tests" / "engine" / "peak_grade.py"), str(figures), "--", "grade",
                    "--submission", str(submission), "--results", str(results),
                    "--rubric", str(rubric_for(mode, folder)), "--quiet"],
                   cwd=REPO, capture_output=True, timeout=SECONDS * 2, check=False)
    time.sleep(0.5)
    return json.loads(figures.read_text()), json.loads(results.read_text()), marked(marker)


@pytest.fixture(scope="module")
def baselines(tmp_path_factory):
    """{mode: (figures, results document, processes left)} of grading the reference, once per mode.

    The same run is the baseline of every attack and the "reference" case itself (graded once, not twice).
    """
    return {}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("attack", list(ATTACKS))
def test_the_graders_peak_memory_stays_bounded(mode, attack, tmp_path, baselines):
    need_mode(mode)
    if mode not in baselines:
        baselines[mode] = grade(mode, "reference", tmp_path / "reference")
    figures, document, left = baselines[mode] if attack == "reference" else grade(mode, attack, tmp_path)
    growth = figures["peak_mb"] - baselines[mode][0]["peak_mb"]
    print(f"\n{mode:<10} {attack:<48} peak {figures['peak_mb']:6.0f} MB ({growth:+5.0f} MB over the reference), "
          f"{figures['seconds']:5.1f} s, score {document['score']:g}, {len(left)} process(es) left")
    assert figures["status"] == 0 and document["tests"]
    assert growth < BOUND_MB, f"the grader's peak memory grew by {growth:.0f} MB"
    assert figures["seconds"] < SECONDS
    assert not left, f"processes of the attack outlived grading: {left}"
    if attack != "reference":
        assert 0 < document["score"] < document["max_score"], "the attack must cost exactly its own exercises"
