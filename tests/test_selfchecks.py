"""The students' self-checks agree with the hidden grader, in its words, without holding anything hidden.

The self-checks (``assignment/public_checks/selfcheck.py``) run the grader's checks, by id, on public
inputs of their own, against expected values and diagnoses that ``tools/make_selfchecks.py`` computes
from the reference and the grader's hypotheses. Checked here:

- ``expected.py`` is what the generator writes from today's spec, reference and diagnoses (no drift),
  and the self-checks list exactly the grader's checks, titles and order for every exercise;
- the sentences are the grader's: every template of expected.py comes from the grader's message code
  (a probe), and a self-check's sentence for a mistake is the grader's sentence with its cause;
- on every entry of the kit's catalog of buggy submissions, a self-check never passes what the hidden
  grader fails: every check the grader fails (on its hidden inputs) and that has a self-check fails
  there too, and a cause the self-check names is one the grader names; the figures (how many of the
  grader's named causes the self-checks name too) are printed;
- on the reference and on every correct variant of ``tests/support/correct_variants.py``, every
  self-check passes; on the untouched starter every self-check fails, saying "not implemented";
- the trainers (``train_one_vs_all``, ``train_one_vs_one``), run with the self-checks' stand-in helpers, have
  a self-check for each of the grader's checks, and on the catalog's trainer bugs fail exactly where the
  grader fails, with its sentence (its numbers aside: the data differ).

The grader's verdicts are those of the exercises an entry's edit reaches (``variants.exercises_to_grade``)
that have self-checks (an exercise the self-checks leave to the grader has nothing to agree on), without
its timing checks and with the reading half of its loop check (the self-checks leave timing to the
grader). Where none of those exercises has a timed check, they are the catalog's own gradings
(``support.catalog_grades``: graded once per process for the catalog's tests and for these, which
``make test`` runs in one process); the 70 or so entries that reach a timed exercise are graded again
here, untimed. The self-checks run in one subprocess, beside the grading, so that the variants'
``cs231n`` packages never meet the reference's in this process.
"""

import dataclasses
import importlib.util
import json
import re
import subprocess
import sys
import time

import numpy as np
import pytest

from autograder.core.checks import CheckFailure
from autograder.core.rubric import load_rubric
from autograder.core.runner import grade_submission
from autograder.loss_functions import source
from autograder.loss_functions.exercises import ASSIGNMENT
from support.catalog import CATALOG, LIKELY_CAUSE
from support.kit_paths import ASSIGNMENT as ASSIGNMENT_DIR, REPO, SOLUTIONS
from support.variants import TIMED, build_submission, exercises_to_grade
from tools import make_selfchecks

UNTIMED = ("faster_than_naive",)
TRAINERS = ("train_one_vs_all", "train_one_vs_one")


def _loops_from_the_sources_only(ctx):
    problem = source.loop_problem(ctx)
    if problem:
        raise CheckFailure(problem)


# the grader's loop check reads the sources, then times the code (what no reading can see); the self-checks
# read the sources only, so they are held to the reading half (and the agreement runs in half the time)
SOURCES_ONLY = _loops_from_the_sources_only
for attribute in ("check_id", "requires", "requires_any", "__doc__"):
    if hasattr(source.check_has_no_python_loops, attribute):
        setattr(SOURCES_ONLY, attribute, getattr(source.check_has_no_python_loops, attribute))


def untimed(exercise):
    """The exercise's checks without the timed ones."""
    checks = tuple(SOURCES_ONLY if c is source.check_has_no_python_loops else c for c in exercise.checks
                   if exercise.check_id(c) not in UNTIMED)
    return dataclasses.replace(exercise, checks=checks)
RUNNER = r"""
import json, sys
sys.path.insert(0, sys.argv[1])
from public_checks import selfcheck
jobs = json.load(open(sys.argv[2]))
out = {}
for key, root, names in jobs:
    selfcheck.use_package(root)
    out[key] = {name: [[r.check_id, r.status, r.message] for r in selfcheck.run_exercise(name)] for name in names}
json.dump(out, open(sys.argv[3], "w"))
"""


def load_expected():
    spec = importlib.util.spec_from_file_location("public_expected", ASSIGNMENT_DIR / "public_checks" / "expected.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.DATA


def correct_variants():
    from support.correct_variants import TYPE_VARIANTS, VARIANTS

    return VARIANTS + TYPE_VARIANTS


def causes(text):
    return {alternative for found in LIKELY_CAUSE.findall(text) for alternative in found.split("; or ")}


def test_expected_values_have_not_drifted():
    assert make_selfchecks.main(["--check"]) == 0, "run `make stubs` (tools/make_selfchecks.py)"


def test_the_drift_check_ignores_another_cpus_last_bits_and_nothing_else():
    """A float that differs in its last bits (another CPU's BLAS) is no drift; a changed value or word is."""
    text = (ASSIGNMENT_DIR / "public_checks" / "expected.py").read_text()
    match = re.search(r"(?<=[\[,])-?\d+\.\d{12,}(?=[,\]])", text)  # a long float of the data
    value = float(match.group(0))

    def replaced(new):
        return text[:match.start()] + new + text[match.end():]

    assert make_selfchecks.same_text(text, replaced(repr(float(np.nextafter(value, np.inf)))))
    assert not make_selfchecks.same_text(text, replaced(repr(value * (1 + 1e-6))))
    assert not make_selfchecks.same_text(text, text.replace("differs from the expected", "differs from the", 1))
    assert not make_selfchecks.same_text(text, text.replace("generated, do not edit", "generated", 1))
    assert not make_selfchecks.same_text(text, text[:len(text) // 2])


def test_the_self_checks_are_the_graders_checks():
    data = load_expected()
    spec = {e["name"]: [(c["id"], c["title"]) for c in e["checks"]] for e in data["exercises"]}
    assert list(spec) == [e.name for e in ASSIGNMENT.exercises]
    for exercise in ASSIGNMENT.exercises:
        assert spec[exercise.name] == [(exercise.check_id(c), exercise.check_title(c)) for c in exercise.checks]


def test_the_sentences_come_from_the_graders_message_code():
    from autograder.loss_functions import diagnosis

    messages = load_expected()["messages"]
    assert messages == make_selfchecks.all_templates()
    # the diagnoses are the grader's own sentences, on the public inputs
    hinge = load_expected()["families"]["hinge"]["main"][0]
    named = {cause for cause, _ in hinge["loss_hypotheses"] + hinge["gradient_hypotheses"]}
    assert diagnosis.CRAMMER_SINGER in named and diagnosis.NOT_AVERAGED_GRAD in named


def test_the_release_holds_no_hidden_input():
    """The self-checks' inputs are their own: none of the grader's hidden arrays is among them."""
    selfcheck_cases = make_selfchecks.load_cases()
    public = [c for regression in (False, True) for c in selfcheck_cases.main_cases(regression)]
    hidden = [case for family in {e.family for e in ASSIGNMENT.exercises if e.family is not None}
              if hasattr(family, "hidden_cases") for case in family.hidden_cases()]
    for mine in public:
        for theirs in hidden:
            assert not (mine.X.shape == theirs.X.shape and np.array_equal(mine.X, theirs.X)), mine.description
    text = (ASSIGNMENT_DIR / "public_checks" / "expected.py").read_text()
    assert "seed 1)" not in text and "CIFAR-style batch" not in text
    # the trainers' data is their own too: not the grader's blobs, none of whose values expected.py prints
    from autograder.loss_functions import schemes

    X, y = selfcheck_cases.scheme_data()
    hidden_X, hidden_y = schemes.blobs()
    assert X.shape != hidden_X.shape or not np.array_equal(X, hidden_X)
    assert not np.array_equal(X[:, 1:5], hidden_X[:len(X), 1:5])
    for value in hidden_X[:3, 1:5].ravel():
        assert f"{value:.6g}" not in text and repr(float(value)) not in text


def _grade_hidden(jobs, rubric=None, exercises=None):
    """{entry id: the hidden grader's tests} of [(entry id, submission root, exercises to grade)], untimed."""
    rubric = rubric or load_rubric(ASSIGNMENT)
    exercises = exercises or {e.name: untimed(e) for e in ASSIGNMENT.exercises}
    return {key: grade_submission(root, rubric, tuple(exercises[name] for name in touched)).tests if touched else []
            for key, root, touched in jobs}


@pytest.fixture(scope="module")
def agreement(tmp_path_factory, catalog_grades):
    """{entry id: (hidden tests of the touched exercises, {exercise: public results})}, and the seconds taken.

    The hidden verdicts are the catalog's own gradings (``support.catalog_grades``, shared with
    tests/autograder/test_catalog.py) wherever the entry's exercises have no timed check; an entry that reaches
    a timed exercise is graded again here, untimed, so that the grader is held to what the self-checks see.
    """
    started = time.perf_counter()
    rubric = load_rubric(ASSIGNMENT)
    untimed_exercises = {e.name: untimed(e) for e in ASSIGNMENT.exercises}
    base = tmp_path_factory.mktemp("selfcheck-variants")
    checked = {e["name"] for e in load_expected()["exercises"] if e["kind"] != "other"}  # with self-checks
    jobs, hidden, untimed_jobs = [], {}, []
    for entry in CATALOG:
        done = catalog_grades(entry)
        touched = tuple(name for name in done.touched if name in checked)
        jobs.append([entry.id, str(done.submission.root), list(touched)])
        if set(touched) & set(TIMED):
            untimed_jobs.append((entry.id, done.submission.root, touched))
        else:  # no timed check among them: the catalog graded exactly the checks the agreement compares
            hidden[entry.id] = [test for test in done.graded.tests if test.exercise in touched]
    for number, variant in enumerate(correct_variants()):
        root = build_submission(base / f"correct-{number}", variant.edits, layout=variant.layout).root
        if variant.layout != "assignment":
            continue
        # the trainers' self-checks put their own helpers in place of the package's: on a variant that leaves
        # the trainers as they are, they run the reference's code (checked below), so they run only where edited
        touched, _ = exercises_to_grade(variant.edits, key=variant.id)
        names = [e.name for e in ASSIGNMENT.exercises if e.name not in TRAINERS or e.name in touched]
        jobs.append([f"correct:{variant.id}", str(root), names])
    jobs.append(["reference", str(SOLUTIONS), [e.name for e in ASSIGNMENT.exercises]])
    jobs.append(["starter", str(ASSIGNMENT_DIR), [e.name for e in ASSIGNMENT.exercises]])
    (base / "jobs.json").write_text(json.dumps(jobs))
    public_run = subprocess.Popen([sys.executable, "-c", RUNNER, str(ASSIGNMENT_DIR), str(base / "jobs.json"),
                                   str(base / "public.json")], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  text=True)
    hidden.update(_grade_hidden(untimed_jobs, rubric, untimed_exercises))
    _, errors = public_run.communicate(timeout=600)
    assert public_run.returncode == 0, errors[-3000:]
    public = json.loads((base / "public.json").read_text())
    assert sorted(hidden) == sorted(entry.id for entry in CATALOG)
    return hidden, public, time.perf_counter() - started


def _check_ids():
    return {f"{e.name}: {e.check_title(c)}": (e.name, e.check_id(c)) for e in ASSIGNMENT.exercises for c in e.checks}


@pytest.mark.slow  # the agreement grades the whole catalog
def test_a_self_check_never_passes_what_the_grader_fails(agreement, capsys):
    hidden, public, seconds = agreement
    titles = _check_ids()
    passed_wrongly, wrong_names, unnamed = [], [], []
    figures = {"hidden failures": 0, "self-checked": 0, "hidden named": 0, "named alike": 0}
    for entry in CATALOG:
        mine = {name: {check_id: (status, message) for check_id, status, message in results}
                for name, results in public[entry.id].items()}
        feedback = {}
        for test in hidden[entry.id]:
            name, check_id = titles[test.name]
            feedback.setdefault(name, []).append(test.output)
            if test.status == "passed":
                continue
            figures["hidden failures"] += 1
            status, message = mine[name][check_id]
            if status == "skipped":
                continue
            figures["self-checked"] += 1
            if status == "passed":
                passed_wrongly.append(f"{entry.id}: {test.name} fails in the grader ({test.output}) but its "
                                      "self-check passes")
            grader_named = causes(test.output)
            if grader_named:
                figures["hidden named"] += 1
                figures["named alike"] += bool(causes(message) & grader_named)
                if not causes(message) & grader_named:
                    unnamed.append(f"{entry.id}: {test.name}: the grader names {sorted(grader_named)}; the "
                                   f"self-check says: {message}")
        for name, checks in mine.items():
            said = {cause for _, message in checks.values() for cause in causes(message)}
            unknown = said - causes("\n".join(feedback.get(name, [])))
            if unknown:
                wrong_names.append(f"{entry.id}: the self-checks of {name} name {sorted(unknown)}, the grader does not")
    with capsys.disabled():
        print(f"\nself-checks vs the grader on {len(CATALOG)} catalog entries ({seconds:.0f} s): {figures}")
        print("\n".join(["named by the grader, not by the self-check:"] + unnamed))
    assert not passed_wrongly, "\n".join(passed_wrongly)
    assert figures["named alike"] >= 0.9 * figures["hidden named"], figures
    assert not wrong_names, "\n".join(wrong_names)


@pytest.mark.slow  # the agreement grades the whole catalog
def test_every_self_check_passes_on_the_reference_and_the_correct_variants(agreement):
    _, public, _ = agreement
    failures = [f"{key}: {name}: {check_id}: {message}" for key, found in public.items()
                if key == "reference" or key.startswith("correct:")
                for name, results in found.items() for check_id, status, message in results if status == "failed"]
    assert not failures, "\n".join(failures)
    assert sum(key.startswith("correct:") for key in public) >= 10


@pytest.mark.slow  # the agreement grades the whole catalog
def test_every_self_check_fails_on_the_starter_saying_not_implemented(agreement):
    _, public, _ = agreement
    for name, results in public["starter"].items():
        ran = [(status, message) for _, status, message in results if status != "skipped"]
        assert all(status == "failed" for status, _ in ran), name
        assert all("is not implemented yet" in message for _, message in ran), (name, ran)


def _masked(text):
    """A sentence with its numbers masked: the grader's data has 80 rows, the self-checks' 48."""
    return re.sub(r"\d+(\.\d+)?", "#", text)


@pytest.mark.slow  # the agreement grades the whole catalog
def test_the_trainers_have_a_self_check_for_every_hidden_check(agreement):
    """train_one_vs_all and train_one_vs_one: each of the grader's checks runs on public data, none is skipped."""
    _, public, _ = agreement
    for name in TRAINERS:
        exercise = ASSIGNMENT.exercise_named(name)
        for key in ("reference", "starter"):
            found = public[key][name]
            assert [check_id for check_id, _, _ in found] == [exercise.check_id(c) for c in exercise.checks]
            assert all(status != "skipped" for _, status, _ in found), (key, name, found)
        assert all(status == "passed" for _, status, _ in public["reference"][name]), public["reference"][name]
        first = public["starter"][name][0]
        assert first[1:] == ["failed", f"{name} is not implemented yet (it raises NotImplementedError)."], first
        assert all("is not implemented yet" in message for _, _, message in public["starter"][name][1:])


@pytest.mark.slow  # the agreement grades the whole catalog
def test_the_trainers_self_checks_fail_where_the_grader_does_in_its_words(agreement):
    """On the catalog's trainer bugs, a self-check fails exactly where the grader fails, with its sentence."""
    hidden, public, _ = agreement
    titles = _check_ids()
    entries = [entry for entry in CATALOG if set(public[entry.id]) & set(TRAINERS)]
    assert {name for entry in entries for name in public[entry.id]} >= set(TRAINERS)
    assert len(entries) >= 15, [entry.id for entry in entries]
    differ = []
    for entry in entries:
        for test in hidden[entry.id]:
            name, check_id = titles[test.name]
            if name not in TRAINERS:
                continue
            status, message = next((s, m) for i, s, m in public[entry.id][name] if i == check_id)
            if (status == "passed") != (test.status == "passed"):
                differ.append(f"{entry.id}: {test.name}: grader {test.status}, self-check {status}: {message}")
            elif status == "failed" and _masked(message) != _masked(test.output):
                differ.append(f"{entry.id}: {test.name}:\n  grader:     {test.output}\n  self-check: {message}")
    assert not differ, "\n".join(differ)


def test_command_line_one_line_per_exercise():
    result = subprocess.run([sys.executable, "-m", "public_checks"], cwd=ASSIGNMENT_DIR, capture_output=True,
                            text=True, timeout=120, env={"CHECK_PACKAGE_ROOT": str(SOLUTIONS), "PATH": "/usr/bin:/bin"})
    lines = result.stdout.splitlines()
    assert result.returncode == 0, result.stdout + result.stderr
    assert len(lines) == len(ASSIGNMENT.exercises), lines
    assert all(re.match(r"OK   \S+: \d+/\d+ self-checks pass$", line) for line in lines), lines
    for name in TRAINERS:
        assert f"OK   {name}: 6/6 self-checks pass" in lines
    result = subprocess.run([sys.executable, "-m", "public_checks", "svm_loss_naive"], cwd=ASSIGNMENT_DIR,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert result.stdout.strip() == ("FAIL svm_loss_naive: 0/9 self-checks pass; loss matches the expected value: "
                                     "svm_loss_naive is not implemented yet (it raises NotImplementedError).")
    result = subprocess.run([sys.executable, "-m", "public_checks", "nothing"], cwd=ASSIGNMENT_DIR,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and result.stderr.count("\n") == 1
