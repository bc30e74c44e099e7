"""Hostile submissions: build them, grade them, and check that nothing escaped (helpers for tests/hostile).

A hostile submission is the reference package (``solutions/cs231n``) copied
into a temporary folder by ``variants.build_submission``, with hostile code put
into one exercise's function (or at module level, to run at import time), so
that every other exercise stays correct and must keep its full points.

Every hostile case is written so that a failed protection shows up as a failed
test, not as a dead machine: each loop has its own deadline (five minutes at
most), the fork bomb stops at 256 processes, the memory grab at 16 GB. Every
case that runs code leaves a *witness*: a ``sleep`` child whose command line
carries the case's unique marker; after grading, no process may carry it.

Attacks on the disk aim at the real kit (its exact paths, plus what a search
of the disk and of /proc finds) under bubblewrap, where nothing of it is
visible. In plain mode the worker runs with the grader's user (root here) and
can write anywhere (documented), so there they aim only at a *decoy*: a copy
of the kit in a temporary folder, which the grader itself runs from.
"""

import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import textwrap
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from autograder.loss_functions.exercises import ASSIGNMENT, EXERCISES, exercise_named
from support.variants import REPO, build_submission

PYTHON = REPO / ".venv" / "bin" / "python"
RUBRIC = REPO / "autograder" / "loss_functions" / "rubric.toml"
ALL = "all"  # every check of the exercise scores zero
BEGIN, END = "### BEGIN SOLUTION", "### END SOLUTION"
CALL_TIMEOUT = 2.0
MODES = ("bubblewrap", "plain")
# the kit's files that a hostile submission could aim at: hashed before and after every case. Only these,
# because other people may be editing the rest of the repository while the suite runs (notebooks, tools...)
PROTECTED = ("autograder", "solutions/cs231n", "data", "assignment/cs231n", "assignment/public_checks", "results")
SKIP_DIRS = {".git", ".venv", "__pycache__", ".pytest_cache"}


# -- rubric copies ----------------------------------------------------------------------------------------

def write_rubric(path, mode, call_timeout=CALL_TIMEOUT, **limits):
    """A copy of autograder/loss_functions/rubric.toml with [limits] call_timeout and isolation (and more) replaced."""
    text = RUBRIC.read_text()
    settings = {"call_timeout": call_timeout, "isolation": mode, **limits}
    head, rest = text.split("[limits]\n", 1)
    body, tail = rest.split("\n[", 1)
    kept = [line for line in body.splitlines() if line.split("=")[0].strip() not in settings]
    for key, value in settings.items():
        kept.append(f"{key} = {json.dumps(value)}")
    Path(path).write_text(head + "[limits]\n" + "\n".join(kept) + "\n\n[" + tail)
    return Path(path)


# -- putting hostile code into a copy of the reference ------------------------------------------------------

def insert_code(package, relative_file, function, code, how):
    """Put ``code`` into ``function`` of a package file.

    how : ``start`` (first lines of the function's solution region),
    ``replace`` (the whole region), ``module`` (appended to the module: runs at import).
    """
    path = Path(package) / relative_file
    text = path.read_text()
    code = textwrap.dedent(code).strip("\n") + "\n"
    if how == "module":
        path.write_text(text + "\n\n" + code)
        return
    header = text.index(f"def {function}(")
    begin = text.index(BEGIN, header)
    line_start = text.rindex("\n", 0, begin) + 1
    indent = text[line_start:begin]
    after_begin = text.index("\n", begin) + 1
    end = text.index(END, after_begin)
    end_line = text.rindex("\n", 0, end) + 1
    block = textwrap.indent(code, indent)
    if how == "start":
        path.write_text(text[:after_begin] + block + text[after_begin:])
    elif how == "replace":
        path.write_text(text[:after_begin] + block + text[end_line:])
    else:
        raise ValueError(how)


PRELUDE = '''
# ---- hostile prelude (tests/hostile) ----
import os as _h_os
import pathlib as _h_pathlib
import sys as _h_sys
import time as _h_time

_H_MARK = "<<MARK>>"  # unique to this case: in the name or text of everything it writes
_H_PMARK = "<<PMARK>>"  # unique to this case too, a number: the last argument of every `sleep` it starts
_H_ALLOWED = "<<ALLOWED>>"  # where disk attacks may aim: "/" under bubblewrap, the decoy kit in plain mode
_H_KIT = "<<KIT>>"  # the kit's folder as an attacker would guess it (the real one, or the decoy)
_H_RESULTS = "<<RESULTS>>"  # the results file of this grading run
_H_WITNESS = []
_H_ONCE = set()  # what a case does once per worker process (a set of the prelude's: no attribute of sys rebound)


def _h_witness():
    """Leave one sleeping child carrying the marker: it must not outlive grading."""
    if _H_WITNESS:
        return
    _H_WITNESS.append(True)
    try:
        pid = _h_os.fork()
    except OSError:
        return
    if pid == 0:
        try:
            _h_os.execv("/bin/sleep", ["sleep", "300", _H_PMARK])
        finally:
            _h_os._exit(0)


def _h_allowed(path):
    path = _h_os.path.realpath(path)
    return path == _H_ALLOWED or path.startswith(_H_ALLOWED.rstrip("/") + "/")


def _h_target(path):
    """Whether an attack may write or delete here: inside the kit (real or decoy) or the results folder."""
    path = _h_os.path.realpath(path)
    for folder in (_H_KIT, _h_os.path.dirname(_H_RESULTS)):
        if folder and (path == folder or path.startswith(folder.rstrip("/") + "/")):
            return _h_allowed(path)
    return False


def _h_places():
    """Folders that may hold the kit or the results, found the way an attacker would."""
    found = []

    def add(path):
        if path and _h_os.path.isabs(path) and _h_allowed(path) and path not in found:
            found.append(_h_os.path.realpath(path))

    add(_H_KIT)
    add(_h_os.path.dirname(_H_RESULTS))
    for base in (_h_sys.prefix, _h_sys.executable, _h_os.path.realpath(_h_sys.executable)):
        for parent in list(_h_pathlib.Path(base).parents)[:4]:
            add(str(parent))
    try:
        pids = _h_os.listdir("/proc")
    except OSError:  # no /proc at all under bubblewrap: nothing to learn there
        pids = []
    for pid in pids:
        if not pid.isdigit():
            continue
        try:
            cwd = _h_os.readlink(f"/proc/{pid}/cwd")
            add(cwd)
        except OSError:
            cwd = None
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as stream:
                args = stream.read().decode(errors="replace").split("\\0")
        except OSError:
            continue
        for arg in args:
            if cwd and arg and not arg.startswith("-") and not _h_os.path.isabs(arg):
                arg = _h_os.path.join(cwd, arg)
            if _h_os.path.isabs(arg):
                add(arg if _h_os.path.isdir(arg) else _h_os.path.dirname(arg))
    return found


_H_FOUND = {}


def _h_find(relatives, seconds=1.0):
    """Files at these relative paths under the likely places, then by name anywhere allowed (bounded in time).

    Searched once per worker process (every later call reuses what was found).
    """
    key = tuple(relatives)
    if key not in _H_FOUND:
        _H_FOUND[key] = _h_search(relatives, seconds)
    return list(_H_FOUND[key])


def _h_search(relatives, seconds):
    deadline = _h_time.monotonic() + seconds
    roots = _h_places()
    hits = [_h_os.path.join(root, rel) for root in roots for rel in relatives
            if _h_os.path.isfile(_h_os.path.join(root, rel))]
    names = {rel.rsplit("/", 1)[-1] for rel in relatives}
    for root in roots + [_H_ALLOWED]:
        for folder, subfolders, files in _h_os.walk(root):
            if _h_time.monotonic() > deadline:
                return hits
            subfolders[:] = [d for d in subfolders if _h_os.path.join(folder, d) not in ("/proc", "/sys", "/dev")]
            for name in files:
                path = _h_os.path.join(folder, name)
                if name in names and path not in hits and _h_allowed(path) and any(
                        path.endswith("/" + rel) for rel in relatives):
                    hits.append(path)
    return hits


def _h_try(action, *args):
    try:
        action(*args)
        return "done"
    except BaseException as error:
        return type(error).__name__


def _h_write(path, text):
    if not _h_target(path):
        return "not a target"

    def write():
        with open(path, "w") as stream:
            stream.write(text)
    return _h_try(write)


def _h_remove(path):
    if not _h_target(path):
        return "not a target"
    return _h_try(_h_os.remove, path)
# ---- end of the hostile prelude ----
'''


@dataclass(frozen=True)
class Case:
    """One hostile submission and what grading it must give.

    sabotaged : {exercise: ALL or set of check ids that must score zero}; every other graded
        exercise must get full points. With ``exact``, the sabotaged exercise's other checks must pass.
    how : ``start``/``replace``/``module`` (see insert_code), ``edit`` (``code`` is (old, new)),
        ``folder`` (``code`` builds the whole submission: "empty" or "no-python").
    disk : attacks files on disk: plain mode aims at a decoy kit, graded through the CLI from it.
    reads : reads hidden files; meaningless in plain mode, where they are readable (documented).
    timeouts : how many calls are expected to hit the time limit (for the time bound).
    """

    name: str
    file: str
    function: str
    code: object
    how: str
    sabotaged: dict
    exact: bool = False
    cli: bool = False
    disk: bool = False
    reads: bool = False
    timeouts: int = 0
    witness: bool = True
    module_code: str = ""  # also appended to the module: runs when it is imported
    focus: tuple = ()  # more exercises to grade in-process (those it must leave intact)
    landed: object = None  # landed(decoy, marker): whether a disk attack really changed the decoy (plain mode)
    control: object = None  # a Case that does the same without the attack: grading must be identical
    says: tuple = ()  # the first failing check's feedback holds one of these (it names what happened)
    tampers: bool = False  # reaches into the worker (imports wire...): harness-observed checks of every exercise
    #                        then withhold their points, saying why (autograder/core/tampering.py)
    plain_limit: str = ""  # a documented limit of plain mode that this case meets: not run in plain mode
    plain_limit_when_root: bool = False  # ... only when the plain worker would run as root
    plain_limit_unless_contained: bool = False  # ... only when a plain worker has neither a cgroup nor a uid of its own
    exclusive: bool = False  # graded alone: it uses up uid 65534's process limit, which other workers share
    note: str = ""

    @property
    def modes(self):
        return tuple(mode for mode in MODES if not self.skip_reason(mode))

    def skip_reason(self, mode):
        """Why the case does not run in this mode ("" if it does)."""
        if mode != "plain":
            return ""
        if self.reads:
            return ("reads hidden files, which are readable in plain mode (documented in the README), "
                    "so the case only makes sense under bubblewrap")
        if self.plain_limit_unless_contained and plain_worker_is_contained():
            return ""
        if self.plain_limit and (not self.plain_limit_when_root or plain_worker_is_root()):
            return self.plain_limit
        return ""


def plain_worker_is_contained():
    """Whether every process of a plain worker can be found and killed: in a cgroup, or by a uid of its own."""
    from autograder.engine import cgroups, isolation

    return bool(cgroups.available()) or isolation.can_drop("plain", sys.executable)


def plain_worker_is_root():
    """Whether a plain-mode worker keeps root here (uid 65534 cannot run an interpreter under /root)."""
    from autograder.engine import isolation

    return isolation.worker_user("plain", sys.executable) == 0


def new_marker(case_name):
    return f"hostile-{case_name}-{os.getpid()}-{uuid.uuid4().hex[:12]}"


def process_marker(marker):
    """A number made from the marker, for `sleep` (which takes only numbers) to carry in its command line."""
    return "0.000" + str(int(hashlib.sha256(marker.encode()).hexdigest(), 16))[:14]


def build_case(case, root, marker, allowed="/", kit=REPO, results=""):
    """The case's submission folder under ``root`` (which must not exist)."""
    root = Path(root)
    if case.how == "folder":
        root.mkdir(parents=True)
        if case.code == "no-python":
            (root / "cs231n" / "classifiers").mkdir(parents=True)
            (root / "cs231n" / "classifiers" / "linear_svm.txt").write_text("def svm_loss_naive(W, X, y, reg):\n")
            (root / "cs231n" / "README.md").write_text("my answers are in the notebook\n")
            (root / "cs231n" / "answers.ipynb").write_text("{}\n")
        return root
    if case.how == "edit":
        old, new = case.code
        return build_submission(root, [(case.file, old, new)]).root
    submission = build_submission(root)
    code = case.code
    if case.witness and case.how != "module":
        code = "_h_witness()\n" + textwrap.dedent(code).strip("\n")
    prelude = (PRELUDE.replace("<<MARK>>", marker).replace("<<PMARK>>", process_marker(marker))
               .replace("<<ALLOWED>>", str(allowed))
               .replace("<<KIT>>", str(kit)).replace("<<RESULTS>>", str(results)))
    insert_code(submission.package, case.file, None, prelude, "module")
    if case.module_code:
        insert_code(submission.package, case.file, None, case.module_code, "module")
    if case.function:
        insert_code(submission.package, case.file, case.function, code, case.how)
    return submission.root


# -- which exercises to grade --------------------------------------------------------------------------------

# cheap exercises in other modules, before and after the usual hostile ones: they must keep full marks
CONTROLS = ("svm_loss_naive", "sgd_step", "LinearClassifier.predict", "one_vs_one_predict")
DEPENDENTS = {"sample_batch": ("LinearClassifier.train",), "sgd_step": ("LinearClassifier.train",)}


def exercises_for(case, everything=False):
    """The exercises to grade in-process: the sabotaged ones, their module, dependents and controls.

    Every exercise when ``everything`` (HOSTILE_GRADE_ALL=1); the CLI always grades every exercise.
    """
    if everything or set(case.sabotaged) == {e.name for e in EXERCISES}:
        return EXERCISES
    names = set(case.sabotaged) | set(case.focus)
    files = {exercise_named(name).relative_file for name in names}
    for exercise in EXERCISES:
        if exercise.relative_file in files:
            names.add(exercise.name)
    for name in list(names):  # the dependents of what the case touches; not those of a control (sgd_step)
        names.update(DEPENDENTS.get(name, ()))
    names |= set(CONTROLS)
    return tuple(e for e in EXERCISES if e.name in names)


def first_feedback(case, outcome):
    """The feedback of the first failing check of the first sabotaged exercise."""
    for name in case.sabotaged:
        for score, possible, output in outcome.checks.get(name, {}).values():
            if score != possible:
                return output
    return ""


def grade_all_exercises():
    return os.environ.get("HOSTILE_GRADE_ALL") == "1"


# -- outcomes ------------------------------------------------------------------------------------------------

TAMPERING = "which reaches into the grader's worker or rewrites another module"
GATED = "is not checked for this until it passes"


def withheld(output):
    """Whether a check's feedback says it was withheld for tampering, or gated on a check that was."""
    return TAMPERING in output or GATED in output
TITLE_TO_ID = {(e.name, e.check_title(c)): e.check_id(c) for e in EXERCISES for c in e.checks}


@dataclass
class Outcome:
    """Scores per exercise and per check, from an in-process grade or a results.json."""

    checks: dict  # exercise -> {check id: (score, max_score, output)}
    seconds: float
    texts: list = field(default_factory=list)  # everything the grader showed: outputs, stdout, stderr, file

    def score(self, exercise):
        values = self.checks[exercise].values()
        return sum(v[0] for v in values), sum(v[1] for v in values)

    def table(self):
        lines = []
        for name, checks in self.checks.items():
            got, possible = self.score(name)
            failed = [f"{cid}: {out[:160]}" for cid, (s, m, out) in checks.items() if s != m]
            lines.append(f"  {name}: {got:g}/{possible:g}" + ("  <- " + " | ".join(failed) if failed else ""))
        return "\n".join(lines)


def outcome_from_tests(tests, seconds):
    checks = {}
    for test in tests:
        title = test.name.split(": ", 1)[1]
        checks.setdefault(test.exercise, {})[TITLE_TO_ID[test.exercise, title]] = (test.score, test.max_score,
                                                                                  test.output)
    return Outcome(checks, seconds, [t.output for t in tests])


def outcome_from_document(document, seconds):
    checks = {}
    for test in document["tests"]:
        exercise, title = test["name"].split(": ", 1)
        checks.setdefault(exercise, {})[TITLE_TO_ID[exercise, title]] = (test["score"], test["max_score"],
                                                                          test["output"])
    return Outcome(checks, seconds, [t["output"] for t in document["tests"]])


def assert_scores(case, outcome):
    """Zero where the case sabotages, full points everywhere else."""
    report = f"{case.name}:\n{outcome.table()}"
    for name in outcome.checks:
        got, possible = outcome.score(name)
        wanted = case.sabotaged.get(name)
        if wanted is None:
            lost = {cid: out for cid, (s, m, out) in outcome.checks[name].items() if s != m}
            if case.tampers:  # only the checks the grader cannot observe past tampering (and those gated on them)
                lost = {cid: out for cid, out in lost.items() if not withheld(out)}
            assert not lost, f"{name} is implemented correctly but lost points\n{report}"
        elif wanted == ALL:
            assert got == 0, f"{name} is sabotaged but kept {got:g} points\n{report}"
        else:
            checks = outcome.checks[name]
            unknown = set(wanted) - set(checks)
            assert not unknown, f"unknown check ids {unknown} for {name}"
            kept = {cid: checks[cid][0] for cid in wanted if checks[cid][0] != 0}
            assert not kept, f"{name}: sabotaged checks kept points {kept}\n{report}"
            if case.exact:
                # a check gated on a sabotaged one does not pay either (autograder/core/checks.py: requires)
                lost = {cid for cid, (s, m, out) in checks.items() if cid not in wanted and s != m
                        and GATED not in out and not (case.tampers and withheld(out))}
                assert not lost, f"{name}: checks {lost} should pass\n{report}"


def grade_case_in_process(folder, rubric_path, exercises):
    """Grade with ``grade()`` in this process; returns the Outcome and the results document it makes."""
    from autograder.core.runner import grade_submission
    from autograder.core.rubric import load_rubric

    started = time.monotonic()
    report = grade_submission(Path(folder), load_rubric(ASSIGNMENT, rubric_path), exercises)
    outcome = outcome_from_tests(report.tests, time.monotonic() - started)
    return outcome, report.document()


def run_cli(submission, results, rubric, cwd=REPO, timeout=600):
    """``python -m autograder grade`` as a subprocess (from ``cwd``: the repository or a decoy kit)."""
    started = time.monotonic()
    done = subprocess.run([str(PYTHON), "-m", "autograder", "grade", "--submission", str(submission),
                           "--results", str(results), "--rubric", str(rubric)],
                          cwd=cwd, capture_output=True, text=True, timeout=timeout)
    return done, time.monotonic() - started


TOTAL_LINE = re.compile(r"^total\s+([0-9.]+) / ([0-9.]+)\s*$", re.M)


def printed_total(stdout):
    """The total of the CLI's table (computed from the grader's memory, not from the file)."""
    found = TOTAL_LINE.search(stdout)
    return (float(found.group(1)), float(found.group(2))) if found else None


# -- nothing escaped -------------------------------------------------------------------------------------------

def tracked_files(root=REPO):
    done = subprocess.run(["git", "ls-files", "-z", "--", *PROTECTED], cwd=root, capture_output=True, timeout=60)
    return [name for name in done.stdout.decode().split("\0") if name]


def snapshot(root=REPO):
    """{relative path: (size, sha256)} of the kit's protected files, and the bytes of the small ones.

    The files git tracks under PROTECTED, the results folder and the generated data; not the files
    someone may be adding meanwhile.
    """
    state, contents = {}, {}
    root = Path(root)
    names = set(tracked_files(root))
    for top in ("results", "data/toy-cifar-10-batches-py"):
        if (root / top).is_dir():
            names.update(str(p.relative_to(root)) for p in (root / top).rglob("*") if p.is_file())
    for relative in sorted(names):
        try:
            state[relative], data = fingerprint(root / relative)
        except FileNotFoundError:
            continue
        if data is not None:
            contents[relative] = data
    return state, contents


def fingerprint(path):
    """(size, sha256) of a small file and its bytes; (size, mtime, inode) of a big one (the generated data)."""
    info = path.stat()
    if info.st_size >= 2**20:
        return (info.st_size, info.st_mtime_ns, info.st_ino), None
    data = path.read_bytes()
    return (len(data), hashlib.sha256(data).hexdigest()), data


def files_named(marker, root=REPO):
    """Files anywhere in the kit (outside .git and .venv) whose name or path carries the marker."""
    hits = []
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = [d for d in subfolders if d not in SKIP_DIRS]
        hits += [os.path.join(folder, f) for f in files + subfolders if marker in f]
    return hits


def changes(before, marker, root=REPO):
    """What changed in the protected files since ``before``: (every change, the ones the case made).

    A change is the case's when the file's name or new content carries the marker (every hostile write
    does), or when a file of the results folder disappeared (the deleting attack).
    """
    state, _ = before
    after = {}
    for relative in state:
        path = Path(root) / relative
        if path.is_file():
            after[relative] = fingerprint(path)[0]
    changed = sorted(p for p in state if state[p] != after.get(p))
    needles = (marker.encode(), marker.replace("-", "_").encode())
    ours = []
    for relative in changed:
        path = Path(root) / relative
        if relative not in after and relative.startswith("results/"):
            ours.append(relative)
        elif path.is_file() and any(n in path.read_bytes() for n in needles):
            ours.append(relative)
    return changed, ours


def restore(before, ours, root=REPO):
    """Undo the case's own changes (a protection failed: the test fails too); never touch anything else."""
    state, contents = before
    for relative in ours:
        path = Path(root) / relative
        if relative in contents:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(contents[relative])
        elif relative not in state:
            path.unlink(missing_ok=True)


def processes_with(marker):
    """Pids of the processes whose command line carries the marker."""
    found, needle = [], marker.encode()
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/cmdline", "rb") as stream:
                if needle in stream.read():
                    found.append(int(entry))
        except OSError:
            continue
    return found


def stray_processes(marker, wait=3.0):
    """Processes of the case still alive ``wait`` seconds after grading; they are then killed by pid."""
    deadline = time.monotonic() + wait
    while True:
        pids = processes_with(marker)
        if not pids or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    for pid in pids:  # processes this test's hostile code started: end them by their id
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    return pids


# -- a decoy kit for plain mode -------------------------------------------------------------------------------

def make_decoy(folder):
    """A copy of the kit's grader, reference and data generator that the grader can run from.

    In plain mode the worker runs with the grader's user (root on this machine) and could write anywhere;
    attacks there aim only at this copy, and the CLI is run from it, so that what they change is what the
    grader would use. Everything is made writable by everyone, so that the attacks really land.
    """
    folder = Path(folder)
    for top in ("autograder", "solutions"):
        shutil.copytree(REPO / top, folder / top, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    (folder / "data").mkdir()
    shutil.copy2(REPO / "data" / "toy_cifar.py", folder / "data" / "toy_cifar.py")
    (folder / "results").mkdir()
    for path in [folder, *folder.rglob("*")]:
        path.chmod(0o777 if path.is_dir() else 0o666)
    return folder


def python_lines(paths, minimum=25):
    """Stripped source lines of at least ``minimum`` characters (to look for in feedback)."""
    lines = set()
    for path in paths:
        for line in Path(path).read_text().splitlines():
            line = line.strip()
            if len(line) >= minimum:
                lines.add(line)
    return lines


def validate_document(document, exercises):
    """A results.json document as Gradescope reads it, for the graded exercises, adding up."""
    text = json.dumps(document, allow_nan=False)  # no nan or inf can reach the file
    assert set(document) == {"score", "max_score", "execution_time", "tests"}, set(document)
    names = [e.name for e in exercises]
    seen = []
    for test in document["tests"]:
        exercise, title = test["name"].split(": ", 1)
        assert (exercise, title) in TITLE_TO_ID, test["name"]
        assert test["status"] in ("passed", "failed")
        assert test["score"] == (test["max_score"] if test["status"] == "passed" else 0.0), test
        if test["status"] == "failed":
            assert test["output"].strip(), f"a failed test without feedback: {test['name']}"
        seen.append(exercise)
    assert list(dict.fromkeys(seen)) == names, "every graded exercise, in the registry's order"
    assert abs(document["score"] - sum(t["score"] for t in document["tests"])) < 1e-6
    assert abs(document["max_score"] - sum(t["max_score"] for t in document["tests"])) < 1e-6
    return text


# -- running a case -----------------------------------------------------------------------------------------

EARLIER = b'{"an earlier run": true}\n'


@dataclass
class CaseResult:
    """Everything a test asserts about one case in one mode (computed in a pool process)."""

    case: str
    mode: str
    via: str  # "cli" or "in-process"
    outcome: object = None  # Outcome
    error: str = ""  # a traceback, if running the case itself failed
    stray: list = field(default_factory=list)
    changed: list = field(default_factory=list)
    ours: list = field(default_factory=list)
    planted: list = field(default_factory=list)
    returncode: int = None
    stdout: str = ""
    stderr: str = ""
    results_text: str = ""
    marker: str = ""
    decoy: bool = False
    landed: bool = None
    results_folder_after: dict = None  # {name: bytes} of the results folder (bubblewrap CLI cases)
    control: object = None  # Outcome of the unpatched control


def _grade_cli(case, mode, folder, rubric, marker, result):
    if mode == "plain" and case.disk:
        kit = make_decoy(folder / "decoy")
        allowed, results_folder = kit, kit / "results"
        result.decoy = True
    else:
        kit, allowed, results_folder = REPO, "/", folder / "results"
        results_folder.mkdir()
    results = results_folder / "results.json"
    for name in ("results.json", "earlier-run.json"):
        (results_folder / name).write_bytes(EARLIER)
        if result.decoy:
            (results_folder / name).chmod(0o666)
    submission = build_case(case, folder / "submission", marker, allowed=allowed, kit=kit, results=results)
    done, seconds = run_cli(submission, results, rubric, cwd=kit)
    result.returncode, result.stdout, result.stderr = done.returncode, done.stdout, done.stderr
    result.results_text = results.read_text() if results.is_file() else ""
    if result.decoy:
        result.landed = bool(case.landed(kit, marker))
    else:
        result.results_folder_after = {p.name: p.read_bytes() for p in results_folder.iterdir()}
    try:
        document = json.loads(result.results_text)
        result.outcome = outcome_from_document(document, seconds)
    except (ValueError, KeyError):
        result.outcome = Outcome({}, seconds)
    result.outcome.texts += [result.results_text, done.stdout, done.stderr]


def _grade_in_process(case, mode, folder, rubric, marker, result, grade_control=True):
    submission = build_case(case, folder / "submission", marker)
    exercises = exercises_for(case, grade_all_exercises())
    outcome, document = grade_case_in_process(submission, rubric, exercises)
    outcome.texts.append(validate_document(document, exercises))
    result.outcome = outcome
    if case.control is not None and grade_control:
        result.control = grade_control_in_process(case, folder / "control", rubric, marker + "-c")


def grade_control_in_process(case, folder, rubric, marker):
    """The Outcome of the case's unpatched control, on the exercises the case itself is graded on."""
    return grade_case_in_process(build_case(case.control, folder, marker), rubric,
                                 exercises_for(case, grade_all_exercises()))[0]


def control_key(case, mode):
    """Cases whose controls are graded alike share one grading of it (run_all): the same code, rubric, exercises."""
    return case.control.name, mode, tuple(e.name for e in exercises_for(case, grade_all_exercises()))


def run_case(case, mode, folder, rubric, grade_control=True):
    """Build, grade and inspect one case in one mode; never raises (errors are in ``error``).

    With ``grade_control=False`` the case's control (if any) is left to the caller (``run_all`` grades
    each distinct control once per mode and gives it to every case that has it).
    """
    import traceback

    folder = Path(folder)
    folder.mkdir(parents=True)
    marker = new_marker(case.name)
    via = "cli" if (case.cli or case.disk) else "in-process"
    result = CaseResult(case.name, mode, via, marker=marker)
    before = snapshot()
    try:
        if via == "cli":
            _grade_cli(case, mode, folder, rubric, marker, result)
        else:
            _grade_in_process(case, mode, folder, rubric, marker, result, grade_control)
    except BaseException:
        result.error = traceback.format_exc()
    finally:
        result.stray = stray_processes(process_marker(marker))
        result.changed, result.ours = changes(before, marker)
        restore(before, result.ours)
        result.planted = files_named(marker) + files_named(marker.replace("-", "_"))
        for path in result.planted:  # files the hostile code wrote under the kit carry the marker in their name
            Path(path).unlink(missing_ok=True)
    return result


def _run_in_pool(job):
    """A case's CaseResult, or for a ("control", case, mode, folder, rubric) job: (control key, Outcome, error)."""
    import traceback

    from support import hostile_cases as cases

    if job[0] == "control":
        _, name, mode, folder, rubric = job
        case = next(c for c in cases.CASES if c.name == name)
        try:
            return control_key(case, mode), grade_control_in_process(case, Path(folder), rubric,
                                                                     new_marker(case.control.name)), ""
        except BaseException:
            return control_key(case, mode), None, traceback.format_exc()
    name, mode, folder, rubric = job
    case = next(c for c in cases.CASES if c.name == name)
    return run_case(case, mode, folder, rubric, grade_control=False)


def run_all(jobs, processes=3):
    """Run (case name, mode, folder, rubric) jobs in forked processes; returns {(case, mode): CaseResult}.

    Each process grades one case at a time, single-threaded (the sandbox forks workers with a
    preexec_fn, which is not safe in a threaded process). The exclusive cases (the fork bomb: under
    bubblewrap it takes every process uid 65534 may have, and every worker runs as uid 65534) run
    first, one at a time; then the others, three at a time on two cores (many of them spend their
    time waiting for a timeout, and none of the in-process gradings runs a timed check). A control
    (the same code unpatched) that several cases share is graded once per mode, as a job of its own.
    """
    import multiprocessing

    from support import hostile_cases as cases

    exclusive = {case.name for case in cases.CASES if case.exclusive}
    by_name = {case.name: case for case in cases.CASES}
    controls = {}  # one grading of each distinct control per mode, shared by the cases that have it
    for name, mode, folder, rubric in jobs:
        case = by_name[name]
        if case.control is not None and not (case.cli or case.disk):
            controls.setdefault(control_key(case, mode), ("control", name, mode, folder + "-control", rubric))
    context = multiprocessing.get_context("fork")
    results, graded_controls = {}, {}
    for group, size in (([j for j in jobs if j[0] in exclusive], 1),
                        ([j for j in jobs if j[0] not in exclusive] + list(controls.values()), processes)):
        if group:
            with context.Pool(size, maxtasksperchild=4) as pool:
                for r in pool.imap_unordered(_run_in_pool, group):
                    if isinstance(r, CaseResult):
                        results[r.case, r.mode] = r
                    else:
                        graded_controls[r[0]] = r[1:]
    for (name, mode), result in results.items():
        case = by_name[name]
        if case.control is not None and result.via == "in-process":
            result.control, error = graded_controls[control_key(case, mode)]
            if error:
                result.error += f"grading the control {case.control.name} failed:\n{error}"
    return results


OBSERVED = []  # (case, mode, how graded, seconds, scores of the sabotaged exercises, total): for the report


if __name__ == "__main__":  # pragma: no cover
    sys.exit("a helper module for tests/hostile; run pytest tests/hostile")
