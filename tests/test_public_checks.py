"""The students' public sanity checks: they pass on the reference, fail on the stubs, hide nothing."""

import os
import subprocess
import sys

import pytest

from kit_paths import ASSIGNMENT, REPO, SOLUTIONS


def run_public_checks(package_root):
    env = {**os.environ, "CHECK_PACKAGE_ROOT": str(package_root)}
    return subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "--tb=line"],
                          cwd=ASSIGNMENT, env=env, capture_output=True, text=True, timeout=300)


def test_public_checks_pass_on_the_reference():
    result = run_public_checks(SOLUTIONS)
    assert result.returncode == 0, result.stdout[-3000:]
    assert " passed" in result.stdout and "failed" not in result.stdout, result.stdout[-3000:]


def test_public_checks_fail_on_the_starter_code_saying_not_implemented():
    result = run_public_checks(ASSIGNMENT)
    assert result.returncode == 1, result.stdout[-3000:]
    assert "passed" not in result.stdout.splitlines()[-1], "no public check may pass on the untouched starter"
    assert "NotImplementedError" in result.stdout


@pytest.mark.parametrize("path", sorted(p.relative_to(REPO).as_posix() for p in ASSIGNMENT.rglob("*.py")))
def test_released_files_never_mention_the_hidden_material(path):
    text = (REPO / path).read_text()
    for hidden in ("autograder", "solutions/", "rubric", "BEGIN SOLUTION", "cs231n_reference"):
        assert hidden not in text, f"{path} mentions {hidden!r}; students receive this file"
