"""The grader's layers import one way only: front-ends -> assignment -> grading core -> sandbox.

The contract is `.importlinter` at the kit's top; `lint-imports` (import-linter)
reads the real import graph. A second test plants a forbidden import in a copy
of the grader and sees the contract broken, so the first cannot pass vacuously.
"""

import ast
import re
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


def code_names(path):
    """The identifiers and string constants of a module's code (docstrings left out: examples may name anything)."""
    tree = ast.parse(path.read_text())
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef))
                  and node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            names.update(re.findall(r"[A-Za-z_]\w*", node.value))
        elif isinstance(node, ast.Name):
            names.add(node.id)
        elif isinstance(node, ast.Attribute):
            names.add(node.attr)
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names.add(node.name)
    return names


def test_the_engine_and_the_core_name_no_function_of_the_assignment():
    from autograder.loss_functions.exercises import ASSIGNMENT
    from autograder.loss_functions.grader_helpers import HELPERS

    assignment = {exercise.qualname.split(".")[-1] for exercise in ASSIGNMENT.exercises} | set(HELPERS)
    assignment -= {"train", "predict"}  # also ordinary words of the core's own code
    named = {path.relative_to(REPO).as_posix(): sorted(code_names(path) & assignment)
             for layer in ("engine", "core") for path in sorted((REPO / "autograder" / layer).glob("*.py"))}
    assert {path: names for path, names in named.items() if names} == {}


def test_no_test_module_imports_another():
    """Tests share helpers through tests/support: a test module imported by another runs only where both are collected."""
    test_modules = {path.stem for path in (REPO / "tests").rglob("test_*.py")}
    offenders = []
    for path in sorted((REPO / "tests").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            names = ([alias.name for alias in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            offenders += [f"{path.relative_to(REPO)} imports {name}" for name in names
                          if name.split(".")[-1] in test_modules or name.startswith("tests.")]
    assert offenders == []
