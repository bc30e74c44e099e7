"""`grade-all --cluster local:N` / `--scheduler ADDRESS`: a class graded on dask.distributed (issue 14, item 1).

A class of ten (correct, partly wrong, hostile, starter, no package, an id that is not UTF-8) is graded
once by the process pool and once by a dask LocalCluster of two worker processes: every student's scores
and feedback, check by check, and the CSVs are the same. A dask worker killed while it grades loses
nobody and grades nobody twice; a student whose grading overruns --timeout on dask gets the pool's error
row; a scheduler that does not answer is one line and exit 2. The rubric is the kit's, with its 10 s call
timeout (a 1 s one once cost a correct student a point under the whole suite's load, which made the two
gradings differ); the endless loop sleeps, so that it costs those 10 s of wall time but no CPU. The pool's
grading of the class is also what the killed-worker and timeout tests compare their students with.
"""

import csv
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time

import psutil
import pytest

from support.kit_paths import ASSIGNMENT, REPO, SOLUTIONS

pytestmark = pytest.mark.slow
pytest.importorskip("distributed")

SVM = "classifiers/linear_svm.py"
SOFTMAX = "classifiers/softmax.py"
NAIVE_START = '    check_loss_inputs("svm_loss_naive", W, X, y, reg)\n'
MAX_SUBTRACTION = "    scores -= scores.max(axis=1, keepdims=True)\n"
ODD = os.fsdecode(b"caf\xe9")  # a folder name that is not UTF-8
# student -> (package copied, edit); None: no package at all
CLASS = {
    "ada": (SOLUTIONS, None), "ben": (SOLUTIONS, "no max subtraction"), "dan": (ASSIGNMENT, "svm only"),
    "cleo": (ASSIGNMENT, None), "cal": (ASSIGNMENT, None), ODD: (ASSIGNMENT, None),
    "hugo": (SOLUTIONS, "endless loop"), "cora": (SOLUTIONS, "exit at import"), "nadia": None,
    "ida": (SOLUTIONS, "every module exits"),
}
SLOW = {"sam": (SOLUTIONS, "slow")}  # not in the class: the timeout test's own


def edit(submission, relative, old, new):
    path = submission / "cs231n" / relative
    text = path.read_text()
    assert text.count(old) == 1, (relative, old)
    path.write_text(text.replace(old, new))


def build_student(folder, student):
    submission = folder / student
    kind = {**CLASS, **SLOW}[student]
    if kind is None:
        (submission / "notes").mkdir(parents=True)
        (submission / "notes" / "answers.txt").write_text("on paper\n")
        return submission
    source, change = kind
    shutil.copytree(source / "cs231n", submission / "cs231n", ignore=shutil.ignore_patterns("__pycache__"))
    if change == "no max subtraction":
        edit(submission, SOFTMAX, MAX_SUBTRACTION, "")
    elif change == "endless loop":
        edit(submission, SVM, NAIVE_START, NAIVE_START + "    import time\n    while True:  # never ends\n"
                                                          "        time.sleep(0.05)\n")
    elif change == "exit at import":
        path = submission / "cs231n" / SOFTMAX
        path.write_text(path.read_text() + "\nimport os\n\nos._exit(3)\n")
    elif change == "svm only":  # partly done: the starter with the SVM file of the reference
        shutil.copy(SOLUTIONS / "cs231n" / SVM, submission / "cs231n" / SVM)
    elif change == "every module exits":  # hostile: every module ends the process when imported
        for path in (submission / "cs231n").rglob("*.py"):
            path.write_text(path.read_text() + "\nimport os\n\nos._exit(3)\n")
    elif change == "slow":  # correct, but every call of svm_loss_naive sleeps
        edit(submission, SVM, NAIVE_START, NAIVE_START + "    import time\n    time.sleep(0.3)\n")
    return submission


def kit_rubric(folder):
    """A copy of the kit's rubric in ``folder`` (its 10 s call timeout: correct code never meets it)."""
    text = (REPO / "autograder" / "loss_functions" / "rubric.toml").read_text()
    assert text.count("call_timeout = 10.0") == 1
    path = folder / "rubric.toml"
    path.write_text(text)
    return path


def command(submissions, out, rubric, *options):
    """grade-all's command line; no test here looks at the similarity pass, which would cost each run a second."""
    return [sys.executable, "-m", "autograder", "grade-all", "--submissions", str(submissions), "--out", str(out),
            "--rubric", str(rubric), "--no-similarity", *map(str, options)]


def grade_all(submissions, out, rubric, *options, check=None):
    done = subprocess.run(command(submissions, out, rubric, *options), cwd=REPO, capture_output=True, text=True,
                          timeout=300)
    if check is not None:
        assert done.returncode == check, done.stdout + done.stderr
    return done


def results_of(out, student):
    return json.loads((out / "students" / student / "results.json").read_text())


def feedback(document):
    """What a student is told, check by check (everything but the times)."""
    return (document["score"], document["max_score"], document.get("output"), document.get("extra_data"),
            [(t["name"], t["score"], t["max_score"], t["status"], t["output"]) for t in document["tests"]])


def read_csv(path):
    with open(path, newline="") as stream:
        return list(csv.reader(stream))


def progress_lines(stderr):
    return [line for line in stderr.splitlines() if line.startswith("[")]


@pytest.fixture(scope="module")
def klass(tmp_path_factory):
    """The class, graded by the pool (two graders) and by a LocalCluster of two dask workers."""
    root = tmp_path_factory.mktemp("dask-class")
    rubric = kit_rubric(root)
    submissions = root / "submissions"
    for student in CLASS:
        build_student(submissions, student)
    # nadia: no package, exit 1; the plots are drawn on dask only (they are the same code after either back-end)
    pool = grade_all(submissions, root / "pool", rubric, "--jobs", 2, "--no-plots", check=1)
    began = time.monotonic()
    dask = grade_all(submissions, root / "dask", rubric, "--cluster", "local:2", check=1)
    return root, rubric, submissions, pool, dask, time.monotonic() - began


def test_a_local_cluster_grades_the_class_exactly_as_the_process_pool(klass):
    root, _, _, pool, dask, seconds = klass
    for student in CLASS:
        assert feedback(results_of(root / "dask", student)) == feedback(results_of(root / "pool", student)), student
    for name in ("grades.csv", "grades_lms.csv"):
        assert read_csv(root / "dask" / name) == read_csv(root / "pool" / name), name
    for name in ("totals.png", "check_pass_rates.png"):
        assert (root / "dask" / name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    totals = {s: results_of(root / "dask", s)["score"] for s in CLASS}
    assert totals["ada"] == max(totals.values()) > 0
    assert totals["cleo"] == totals[ODD] == totals["nadia"] == 0 < totals["cora"] < totals["ben"] < totals["ada"]
    assert 0 < totals["dan"] < totals["ada"] and 0 < totals["hugo"] < totals["ada"] and totals["ida"] == 0
    hugo = [t for t in results_of(root / "dask", "hugo")["tests"] if t["name"].startswith("svm_loss_naive: ")]
    assert hugo and all(t["status"] == "failed" for t in hugo) and "time limit" in hugo[0]["output"]
    summary = dask.stdout.splitlines()[0]
    assert "10 students: 9 graded, 0 up to date (not regraded), 1 not graded" in summary, dask.stdout
    assert "with 2 grader(s)" in summary
    progress = progress_lines(dask.stderr)
    assert len(progress) == len(CLASS) and "10/10" in progress[-1], dask.stderr
    assert seconds < 120


def _grading_worker(command_pid):
    """The dask worker process (a child of the command) that has a sandbox running under it, or None."""
    try:
        children = psutil.Process(command_pid).children()
        for child in children:
            for below in child.children(recursive=True):
                if "worker_main" in " ".join(below.cmdline()):  # a sandbox (not the probe's `bwrap true`)
                    return child
    except psutil.Error:
        pass
    return None


def test_a_dask_worker_killed_mid_grading_loses_nobody_and_grades_nobody_twice(klass, tmp_path):
    root, rubric, submissions, *_ = klass
    students = ["ada", "cleo", "dan"]
    copy = tmp_path / "class"
    for student in students:
        shutil.copytree(submissions / student, copy / student, symlinks=True)
    # compared with the pool's grading of the class (the same folders and the same rubric, the kit's: its call
    # timeout a loaded machine's correct code never meets), not with a pool run of its own
    out = tmp_path / "out"
    process = subprocess.Popen(command(copy, out, rubric, "--cluster", "local:2", "--no-plots"), cwd=REPO,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    killed = None
    deadline = time.monotonic() + 90
    try:
        while killed is None and time.monotonic() < deadline and process.poll() is None:
            worker = _grading_worker(process.pid)
            if worker is not None:
                worker.send_signal(signal.SIGKILL)
                killed = worker.pid
            time.sleep(0.05)
        stdout, stderr = process.communicate(timeout=240)
    finally:
        if process.poll() is None:
            process.kill()
    assert killed is not None, "no dask worker was ever seen grading"
    assert process.returncode == 0, stdout + stderr
    assert "3 students: 3 graded, 0 up to date" in stdout, stdout
    progress = progress_lines(stderr)
    assert len(progress) == len(students) and sorted(line.rsplit("  ", 1)[1].split(":")[0] for line in progress) \
        == sorted(students), stderr
    for student in students:
        assert feedback(results_of(out, student)) == feedback(results_of(root / "pool", student)), student
    rows = read_csv(out / "grades.csv")[1:]
    assert [row[0] for row in rows] == sorted(students)
    assert rows == [row for row in read_csv(root / "pool" / "grades.csv")[1:] if row[0] in students]


def test_a_grading_that_overruns_the_timeout_on_dask_gets_the_pools_error_row(klass, tmp_path):
    """sam's grading takes longer than --timeout 2: an error row, no results.json; cleo after him is graded."""
    root, rubric, submissions, *_ = klass
    copy = tmp_path / "class"
    build_student(copy, "sam")
    shutil.copytree(submissions / "cleo", copy / "cleo")
    out = tmp_path / "out"
    done = grade_all(copy, out, rubric, "--cluster", "local:1", "--timeout", 2, "--no-plots", check=1)
    assert "could not grade sam: grading took longer than 2 s" in done.stdout, done.stdout + done.stderr
    rows = {row[0]: row for row in read_csv(out / "grades.csv")[1:]}
    assert rows["sam"][-3:-1] == ["", ""] and "longer than 2 s" in rows["sam"][-1]
    assert not (out / "students" / "sam" / "results.json").exists()
    assert feedback(results_of(out, "cleo")) == feedback(results_of(root / "pool", "cleo"))


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.parametrize("address", ["unreachable", "not an address"])
def test_a_scheduler_that_does_not_answer_is_one_line_and_exit_2(klass, tmp_path, address):
    _, rubric, submissions, *_ = klass
    copy = tmp_path / "class"
    shutil.copytree(submissions / "cleo", copy / "cleo")
    out = tmp_path / "out"
    scheduler = f"tcp://127.0.0.1:{_free_port()}" if address == "unreachable" else address
    began = time.monotonic()
    done = grade_all(copy, out, rubric, "--scheduler", scheduler, check=2)
    lines = done.stderr.strip().splitlines()
    assert done.stdout == "" and len(lines) == 1 and lines[0].startswith("grade-all: "), done.stderr
    assert ("no dask scheduler answers at" if address == "unreachable" else "is not a dask scheduler") in lines[0]
    assert time.monotonic() - began < 30
    assert not list(out.rglob("*"))  # nothing written


@pytest.mark.parametrize("options, expected", [
    (["--cluster", "4"], "--cluster (CLUSTER=) must be local:N"),
    (["--cluster", "local:0"], "--cluster (CLUSTER=) must be local:N"),
    (["--cluster", "local:2", "--jobs", "2"], "--jobs (JOBS=) is the number of grader processes here"),
])
def test_bad_dask_options_are_one_line_and_exit_2(klass, tmp_path, options, expected):
    _, rubric, submissions, *_ = klass
    done = grade_all(submissions, tmp_path / "out", rubric, *options, check=2)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and expected in lines[0], done.stderr


def test_several_plain_mode_dask_workers_sharing_a_user_are_refused(klass, tmp_path):
    """As --jobs 2 is: plain-mode sandboxes of one user could see and kill each other."""
    from autograder.engine.isolation import parallel_problem

    if parallel_problem("plain", sys.executable) is None:
        pytest.skip("plain-mode workers get a uid of their own here: several at once are allowed")
    _, rubric, submissions, *_ = klass
    plain = tmp_path / "rubric.toml"
    plain.write_text(rubric.read_text().replace('isolation = "auto"', 'isolation = "plain"'))
    out = tmp_path / "out"
    done = grade_all(submissions, out, plain, "--cluster", "local:2", check=2)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "2 dask workers on" in lines[0] and "refused" in lines[0], done.stderr
    assert not (out / "students").exists()


def test_the_default_path_never_imports_dask():
    code = ("import sys, autograder.frontends.cli, autograder.frontends.classroom.command; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')))")
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "[]", done.stdout + done.stderr


def test_make_passes_scheduler_and_cluster_to_grade_all():
    for variable, option in (("SCHEDULER=tcp://h:8786", '--scheduler "tcp://h:8786"'),
                             ("CLUSTER=local:3", '--cluster "local:3"')):
        done = subprocess.run(["make", "-n", "grade-all", "SUBMISSIONS=class", variable], cwd=REPO,
                              capture_output=True, text=True, timeout=60)
        assert done.returncode == 0 and option in done.stdout, done.stdout + done.stderr
