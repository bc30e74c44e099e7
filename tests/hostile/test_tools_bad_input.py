"""Bad input to the tools: every make target stops with one clear line and loses no earlier results (issue 5).

Each case runs ``make -s <target> VAR=<bad value>`` from the repository root as a
subprocess (five at a time: they are independent) and must exit with a
nonzero status, print exactly one line of its own (make's "make: *** ... Error"
line aside) that names what is wrong, no Python traceback, and leave every
earlier result byte-identical. Everything they could write points into a
temporary folder.
"""

import os
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import pytest

from support import hostile

EARLIER = b'{"score": 42, "an earlier run": true}\n'
MAKE = shutil.which("make") or "/usr/bin/make"
VENV_BIN = hostile.REPO / ".venv" / "bin"


@dataclass(frozen=True)
class BadInput:
    name: str
    target: str
    variables: dict  # values may use {tmp}
    mentions: tuple = ()  # words the one line must hold (what is wrong), with {tmp}
    must_not_say: tuple = ()  # words that would make the line wrong or misleading
    env: dict = field(default_factory=dict)
    note: str = ""


CORRUPT_TOML = "[limits]\ncall_timeout = = 2\n"
NO_EXERCISES = "[limits]\ncall_timeout = 2.0\n"
BUBBLEWRAP_ONLY = None  # the real rubric with isolation = "bubblewrap" (written in the fixture)

CASES = [
    BadInput("grade-missing-submission", "grade", {"SUBMISSION": "/nope/submission", "RESULTS": "{tmp}/results.json"},
             mentions=("/nope/submission",)),
    BadInput("grade-submission-is-a-file", "grade", {"SUBMISSION": "{tmp}/a-file", "RESULTS": "{tmp}/results.json"},
             mentions=("{tmp}/a-file",), must_not_say=("does not exist",),
             note="the path exists, as a file: 'does not exist' would send the user looking for the wrong thing"),
    BadInput("grade-missing-rubric", "grade", {"SUBMISSION": "{tmp}/empty", "RESULTS": "{tmp}/results.json",
                                               "RUBRIC": "{tmp}/nope.toml"}, mentions=("{tmp}/nope.toml",)),
    BadInput("grade-corrupt-rubric", "grade", {"SUBMISSION": "{tmp}/empty", "RESULTS": "{tmp}/results.json",
                                               "RUBRIC": "{tmp}/corrupt.toml"}, mentions=("{tmp}/corrupt.toml",)),
    BadInput("grade-rubric-without-exercises", "grade", {"SUBMISSION": "{tmp}/empty", "RESULTS": "{tmp}/results.json",
                                                         "RUBRIC": "{tmp}/partial.toml"}, mentions=("svm_loss_naive",)),
    BadInput("grade-rubric-is-a-folder", "grade", {"SUBMISSION": "{tmp}/empty", "RESULTS": "{tmp}/results.json",
                                                   "RUBRIC": "{tmp}/empty"}, mentions=("{tmp}/empty",)),
    BadInput("grade-rubric-not-utf8", "grade", {"SUBMISSION": "{tmp}/empty", "RESULTS": "{tmp}/results.json",
                                                "RUBRIC": "{tmp}/binary.toml"}, mentions=("{tmp}/binary.toml",)),
    BadInput("grade-rubric-wants-bubblewrap-where-there-is-none", "grade",
             {"SUBMISSION": "{tmp}/one-exercise", "RESULTS": "{tmp}/results.json", "RUBRIC": "{tmp}/bwrap.toml"},
             mentions=("bubblewrap",), env={"PATH": "/nonexistent"},
             note="a rubric asking for bubblewrap on a machine without bwrap (no bwrap on PATH here)"),
    BadInput("grade-results-is-a-folder", "grade", {"SUBMISSION": "{tmp}/empty", "RESULTS": "{tmp}/results-folder"},
             mentions=("{tmp}/results-folder",)),
    BadInput("grade-results-under-a-file", "grade", {"SUBMISSION": "{tmp}/empty",
                                                     "RESULTS": "{tmp}/a-file/results.json"},
             mentions=("{tmp}/a-file/results.json",)),
    BadInput("data-dir-is-a-file", "data", {"DATA_DIR": "{tmp}/a-file"}, mentions=("{tmp}/a-file",)),
    BadInput("check-missing-submission", "check", {"SUBMISSION": "/nope/submission"}, mentions=("/nope/submission",),
             note="must not silently check the shipped starter instead"),
    BadInput("grade-all-missing-submissions", "grade-all",
             {"SUBMISSIONS": "/nope/class", "OUT": "{tmp}/results-folder"}, mentions=("/nope/class",)),
    BadInput("grade-all-submissions-is-a-file", "grade-all",
             {"SUBMISSIONS": "{tmp}/a-file", "OUT": "{tmp}/results-folder"},
             mentions=("{tmp}/a-file",), must_not_say=("does not exist",), note="the path exists, as a file"),
    BadInput("grade-all-out-is-a-file", "grade-all", {"SUBMISSIONS": "{tmp}/empty", "OUT": "{tmp}/a-file"},
             mentions=("{tmp}/a-file",)),
    BadInput("grade-all-corrupt-rubric", "grade-all",
             {"SUBMISSIONS": "{tmp}/empty", "OUT": "{tmp}/results-folder", "RUBRIC": "{tmp}/corrupt.toml"},
             mentions=("{tmp}/corrupt.toml",)),
    BadInput("grade-all-jobs-not-a-number", "grade-all", {"SUBMISSIONS": "{tmp}/empty", "OUT": "{tmp}/results-folder",
                                                          "JOBS": "many"}, mentions=("many",)),
    BadInput("gradescope-zip-is-a-folder", "gradescope", {"GRADESCOPE_ZIP": "{tmp}/results-folder"},
             mentions=("{tmp}/results-folder",)),
    BadInput("gradescope-zip-under-a-file", "gradescope", {"GRADESCOPE_ZIP": "{tmp}/a-file/autograder.zip"},
             mentions=("{tmp}/a-file/autograder.zip",)),
    BadInput("gradescope-corrupt-rubric", "gradescope",
             {"GRADESCOPE_ZIP": "{tmp}/autograder.zip", "RUBRIC": "{tmp}/corrupt.toml"},
             mentions=("{tmp}/corrupt.toml",)),
    BadInput("release-missing-course", "release", {"COURSE": "/nope/course"}, mentions=("/nope/course",)),
    BadInput("autograde-corrupt-notebook", "autograde", {"COURSE": "{tmp}/course"},
             mentions=("alice's loss_functions/svm.ipynb is not a notebook", "nobody was autograded"),
             note="the file is named: nbgrader's own error is a bare JSON error"),
    BadInput("autograde-before-release", "autograde", {"COURSE": "{tmp}/unreleased"},
             mentions=("has no gradebook yet; run `make release`",)),
    BadInput("export-grades-is-a-folder", "export", {"COURSE": "{tmp}/course", "GRADES": "{tmp}/results-folder"},
             mentions=("{tmp}/results-folder",), env={"PATH": f"{VENV_BIN}:{os.environ.get('PATH', '')}"},
             note="with .venv/bin on PATH, so that nbgrader can create the gradebook"),
]


def own_lines(text):
    """The lines a target printed itself: not make's own "make: *** [...] Error N" lines."""
    return [line for line in text.splitlines() if line.strip() and not line.startswith(("make: ***", "make["))]


def prepare(tmp):
    """The bad inputs, and earlier results that must survive."""
    (tmp / "empty").mkdir()
    (tmp / "a-file").write_bytes(EARLIER)
    (tmp / "results.json").write_bytes(EARLIER)
    (tmp / "results-folder").mkdir()
    (tmp / "results-folder" / "results.json").write_bytes(EARLIER)
    (tmp / "corrupt.toml").write_text(CORRUPT_TOML)
    (tmp / "partial.toml").write_text(NO_EXERCISES)
    (tmp / "binary.toml").write_bytes(b"\xff\xfe\x00[limits]\x80\x81\n")
    hostile.write_rubric(tmp / "bwrap.toml", "bubblewrap")
    one = hostile.build_submission(tmp / "one-exercise")  # a real submission: the sandbox must start
    assert one.package.is_dir()
    course = tmp / "course"
    notebooks = course / "submitted" / "alice" / "loss_functions"
    notebooks.mkdir(parents=True)
    shutil.copy2(hostile.REPO / "course" / "nbgrader_config.py", course / "nbgrader_config.py")
    (notebooks / "svm.ipynb").write_text('{"cells": [ this is not JSON')
    unreleased = tmp / "unreleased" / "submitted" / "alice" / "loss_functions"  # a good notebook, no release
    unreleased.mkdir(parents=True)
    shutil.copy2(hostile.REPO / "course" / "nbgrader_config.py", tmp / "unreleased" / "nbgrader_config.py")
    shutil.copy2(hostile.REPO / "assignment" / "svm.ipynb", unreleased / "svm.ipynb")


def everything(tmp):
    """{relative path: bytes} of every file under tmp (the earlier results among them)."""
    return {str(p.relative_to(tmp)): p.read_bytes() for p in sorted(tmp.rglob("*")) if p.is_file()}


def run_make(case, tmp):
    variables = [f"{key}={value.format(tmp=tmp)}" for key, value in case.variables.items()]
    env = {**os.environ, **case.env}
    if "PATH" not in case.env:  # make as a user runs it: the virtual environment is not activated
        env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep) if p != str(VENV_BIN))
    return subprocess.run([MAKE, "-s", case.target, *variables], cwd=hostile.REPO, env=env, capture_output=True,
                          text=True, timeout=300)


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory):
    """{case name: (completed process, files before, files after, folder)}, the cases run five at a time."""
    targets = {case.target for case in CASES}
    missing = sorted(t for t in targets if subprocess.run([MAKE, "-n", t], cwd=hostile.REPO, capture_output=True,
                                                          env={**os.environ, "SUBMISSIONS": "x"}).returncode != 0)
    assert not missing, f"make targets missing: {missing}"
    # `make autograde` generates the toy data first when it is missing; do that now (the same make
    # prerequisite, so nothing when the data is there), so that its one line of progress is not
    # mistaken for the error line of a case
    subprocess.run([MAKE, "-s", "data/toy-cifar-10-batches-py/batches.meta"], cwd=hostile.REPO, check=True,
                   capture_output=True)

    present = list(CASES)
    folders = {case.name: tmp_path_factory.mktemp(case.name) for case in present}  # mktemp is not thread-safe
    for tmp in folders.values():
        prepare(tmp)

    def one(case):
        tmp = folders[case.name]
        before = everything(tmp)
        done = run_make(case, tmp)
        return case.name, (done, before, everything(tmp), tmp)

    slow = ("autograde", "export", "release", "check")  # nbgrader starts in 2-10 s: start those first
    present.sort(key=lambda case: slow.index(case.target) if case.target in slow else len(slow))
    with ThreadPoolExecutor(5) as pool:
        return dict(pool.map(one, present))


def result_of(case, outcomes):
    return outcomes[case.name]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_input_stops_with_one_clear_line(case, outcomes):
    done, before, after, tmp = result_of(case, outcomes)
    text = done.stdout + done.stderr
    lines = own_lines(text)
    assert done.returncode != 0, f"`make {case.target}` accepted the bad input: {text[-1500:]}"
    assert "Traceback" not in text, f"a Python traceback instead of one line:\n{text[-1500:]}"
    assert len(lines) == 1, f"expected one line, got {len(lines)}:\n" + "\n".join(lines[-20:])
    for word in case.mentions:
        assert word.format(tmp=tmp) in lines[0], f"the line does not name {word.format(tmp=tmp)!r}: {lines[0]}"
    for word in case.must_not_say:
        assert word not in lines[0], f"the line says {word!r}, which is wrong here ({case.note}): {lines[0]}"


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_input_loses_no_earlier_results(case, outcomes):
    done, before, after, tmp = result_of(case, outcomes)
    lost = sorted(name for name in before if after.get(name) != before[name])
    assert not lost, f"earlier files changed or lost: {lost}"
