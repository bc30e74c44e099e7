"""The grader's layers import one way only: front-ends -> assignment -> grading core -> sandbox.

The contract is `.importlinter` at the kit's top; `lint-imports` (import-linter)
reads the real import graph. A second test plants a forbidden import in a copy
of the grader and sees the contract broken, so the first cannot pass vacuously.
"""

import shutil
import subprocess
import sys
from pathlib import Path

from support.kit_paths import REPO

LINT = Path(sys.executable).with_name("lint-imports")


def lint(root):
    """``lint-imports`` run on the ``autograder`` package found under ``root``."""
    return subprocess.run([str(LINT), "--config", str(REPO / ".importlinter"), "--no-cache"], cwd=root,
                          env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"}, capture_output=True, text=True,
                          timeout=120)


def test_the_layers_import_one_way():
    done = lint(REPO)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 kept, 0 broken" in done.stdout, done.stdout


def test_a_core_module_importing_the_assignment_breaks_the_contract(tmp_path):
    shutil.copytree(REPO / "autograder", tmp_path / "autograder",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    spec = tmp_path / "autograder" / "core" / "spec.py"
    spec.write_text(spec.read_text() + "\nfrom ..loss_functions import families  # planted\n")
    done = lint(tmp_path)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "autograder.core.spec -> autograder.loss_functions.families" in done.stdout, done.stdout
