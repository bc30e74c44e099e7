"""Hostile and broken submissions: grading finishes in bounded time, honestly, and nothing escapes (issue 5).

Each case is a real submission folder: the reference package with hostile code in
one exercise's function (or at module level, run at import time). It must get, in
each isolation mode where the case makes sense:

- grading that finishes within a bounded time (with a 2 s per-call timeout);
- a valid results file (through the CLI, as a subprocess, for the cases that attack
  the disk or the results file; in-process ``grade()`` for the others);
- zero points on what it sabotages, full points on every exercise it implements correctly;
- no change to the kit (every protected file hashed before and after), no file carrying
  the case's marker, and no process carrying it once grading is over.

Plain mode keeps the grader's user when no other user can run the interpreter (root on a
machine whose Python lives under /root, like the one this was written on), and can then
write anywhere; that is documented in the README. The disk attacks therefore aim, in plain
mode, only at a decoy kit in a temporary folder, which the grader is run from. Cases that
meet another documented limit of plain mode (hidden files readable, a root worker killing the
grader; a setsid daemon outliving the worker, only where a plain worker has neither a cgroup
nor a uid of its own) run under bubblewrap only; the skip reason says which limit.

Issue 10 added the attacks on the channel (a worker that answers once and stops reading, a
malformed answer to the import request, callbacks whose answers are never read), on the
whole worker tree (children over its memory) and on what people see (escape sequences and a
fake total in messages and class names): no escape sequence and only one total line may
reach the terminal or the results file of a case graded through the command line. Code that
reaches into the worker (``tampers``) also loses the checks the grader cannot observe past
it, in every exercise, each saying so (``autograder/core/tampering.py``); nothing else.

HOSTILE_GRADE_ALL=1 grades every exercise of the in-process cases (by default: the
sabotaged ones, their module, their dependents and four controls); HOSTILE_REPORT=1
prints what each case got, in how long, in which mode.
"""

import json

import pytest

from support import hostile
from support.hostile_cases import CASES
from support.results_schema import check_results_document

IN_PROCESS_BOUND = 30.0  # seconds: a 2 s timeout per hung call, a few worker restarts, a loaded machine
CLI_BOUND = 60.0


def slow_first(case):
    return -(10 * (case.cli or case.disk) + 5 * case.reads + 5 * case.timeouts + 3 * (case.control is not None))


@pytest.fixture(scope="session")
def graded(rubrics, tmp_path_factory, request):
    """Every selected case in every mode where it makes sense, three at a time: {(case, mode): CaseResult}."""
    folder = tmp_path_factory.mktemp("hostile")
    selected = {(item.callspec.params["case"].name, item.callspec.params["mode"]) for item in request.session.items
                if getattr(item, "originalname", "") == "test_hostile_submission"
                and not item.get_closest_marker("skip")}
    jobs = [(case.name, mode, str(folder / f"{case.name}-{mode}"), str(rubrics[mode]))
            for case in sorted(CASES, key=slow_first) for mode in case.modes if (case.name, mode) in selected]
    return hostile.run_all(jobs)


def test_there_are_at_least_twenty_cases():
    assert len(CASES) >= 20
    assert len({case.name for case in CASES}) == len(CASES)


def params():
    """Every case in every mode; the few that attack what a mode documents it does not guard are skipped.

    Those combinations are collected and reported as skips, with ``case.skip_reason(mode)`` (the
    README's table of guarantees lists them), so that every run shows the documented limits.
    """
    return [pytest.param(case, mode, id=f"{case.name}-{mode}",
                         marks=[pytest.mark.skip(reason=case.skip_reason(mode))] if case.skip_reason(mode) else [])
            for case in CASES for mode in hostile.MODES]


def check_cli_results(result):
    """The results file is valid, is the grader's (the table it printed adds up to it), holds nothing forged."""
    assert result.returncode == 0, f"the grader did not finish normally ({result.returncode}): {result.stderr[-2000:]}"
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
    document = json.loads(result.results_text)
    check_results_document(document)
    assert result.marker not in result.results_text, "the results file holds what the hostile code wrote"
    assert hostile.printed_total(result.stdout) == (document["score"], document["max_score"]), (
        "the results file is not what the grader computed")
    shown = result.stdout + result.stderr + result.results_text
    assert "\x1b" not in shown and "\\u001b" not in shown, "an escape sequence reached the terminal or the file"
    assert len([line for line in result.stdout.splitlines() if line.startswith("total")]) == 1, "a forged total line"


@pytest.mark.parametrize("case, mode", params())
def test_hostile_submission(case, mode, graded):
    result = graded[case.name, mode]
    outcome = result.outcome
    if outcome is not None:
        sabotaged = {name: "%g/%g" % outcome.score(name) for name in case.sabotaged if name in outcome.checks}
        total = [sum(outcome.score(n)[i] for n in outcome.checks) for i in (0, 1)]
        hostile.OBSERVED.append((case.name, mode, result.via, outcome.seconds, sabotaged or "nothing sabotaged",
                                 "%g/%g" % tuple(total)))
    assert not result.stray, f"{len(result.stray)} process(es) of the hostile code outlived grading: {result.stray[:9]}"
    assert not result.ours, f"the hostile code changed the kit (restored now): {result.ours}"
    assert not result.planted, f"files written into the kit by the hostile code (removed now): {result.planted}"
    assert not result.changed, f"the kit's files changed during the case (someone else editing them?): {result.changed}"
    if result.via == "cli":
        check_cli_results(result)
    assert not result.error, result.error
    bound = CLI_BOUND if result.via == "cli" else IN_PROCESS_BOUND
    assert outcome.seconds < bound, f"grading took {outcome.seconds:.1f} s (bound {bound:g} s)"
    hostile.assert_scores(case, outcome)
    if case.says:
        said = hostile.first_feedback(case, outcome)
        assert any(word in said for word in case.says), f"the feedback does not say what happened: {said!r}"
    if case.disk:
        if result.decoy:
            # plain mode: the attack really changed the decoy kit the grader ran from, and that did not matter
            assert result.landed, "the attack did not reach the decoy kit: the case proves nothing"
        else:
            assert result.results_folder_after.get("earlier-run.json") == hostile.EARLIER, "an earlier file was lost"
            assert not [n for n in result.results_folder_after if result.marker in n], "a file was planted"
    if case.control is not None:
        # every check: the same points and, word for word, the same feedback as the same code unpatched (but for
        # the checks the grader withholds from code that patches the worker, which say so)
        patched = {name: {cid: v for cid, v in checks.items() if not (case.tampers and hostile.withheld(v[2]))}
                   for name, checks in outcome.checks.items()}
        control = {name: {cid: v for cid, v in checks.items() if cid in patched[name]}
                   for name, checks in result.control.checks.items()}
        assert patched == control, "patching in the worker changed the grade or the feedback"
