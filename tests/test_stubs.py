"""One source of truth: assignment/cs231n is generated from solutions/cs231n by tools/make_stubs.py.

Checked here: the committed starter is what the generator writes (no drift),
no solution code leaks into it (and the leak detector does catch a leak),
every solution region becomes a NotImplementedError that names its function,
everything outside the regions reaches the students unchanged, malformed
markers are refused with file:line, and the drift detector notices a
modified, a missing and an extra file.
"""

import ast
import json
import keyword
import os
import re
import shutil
import subprocess
import sys
import textwrap

import pytest

from autograder.loss_functions.exercises import EXERCISES
from support.kit_paths import ASSIGNMENT, SOLUTIONS
from tools.make_stubs import (
    MarkerError,
    drift,
    find_leaks,
    find_regions,
    generate_package,
    make_stub,
)

SOURCE = SOLUTIONS / "cs231n"
TARGET = ASSIGNMENT / "cs231n"

# Written out here rather than imported, so that a change of convention is noticed.
BEGIN = "### BEGIN SOLUTION"
END = "### END SOLUTION"
START_LINE = "# *****START OF YOUR CODE (DO NOT DELETE/MODIFY THIS LINE)*****"
END_LINE = "# *****END OF YOUR CODE (DO NOT DELETE/MODIFY THIS LINE)*****"

MODULES = sorted(
    p.relative_to(SOURCE).as_posix() for p in SOURCE.rglob("*.py") if "__pycache__" not in p.parts
)
MODULES_WITH_REGIONS = [m for m in MODULES if BEGIN in (SOURCE / m).read_text()]


def solution_text(module):
    return (SOURCE / module).read_text()


def stub_text(module):
    return (TARGET / module).read_text()


def split_at_regions(text, opens, closes):
    """Independent scanner: the runs of lines outside the regions, and the regions' bodies.

    ``opens`` and ``closes`` are the stripped marker lines. Returns (outside, bodies):
    outside has one more run than there are regions.
    """
    outside, bodies, current, body = [], [], [], None
    for line in text.splitlines():
        stripped = line.strip()
        if body is None and stripped == opens:
            outside.append(current)
            current, body = [], []
        elif body is not None and stripped == closes:
            bodies.append(body)
            body = None
        elif body is not None:
            body.append(line)
        else:
            current.append(line)
    assert body is None, "unterminated region"
    outside.append(current)
    return outside, bodies


def code_of(line):
    return line.split("#", 1)[0].strip()


def names_something(code):
    """A line with a word that is not a Python keyword: ``continue`` or ``else:`` give nothing away."""
    return any(not keyword.iskeyword(word) for word in re.findall(r"\w+", code))


def region_only_lines(text):
    """Code lines (comments dropped) that occur inside the solution regions and nowhere outside."""
    outside, bodies = split_at_regions(text, BEGIN, END)
    return {code_of(line) for body in bodies for line in body} - {code_of(line) for run in outside for line in run}


def secret_lines(text):
    """The region-only lines that could give a solution away."""
    return sorted(c for c in region_only_lines(text) if names_something(c))


# ---------------------------------------------------------------------------
# The committed starter is what `make stubs` writes
# ---------------------------------------------------------------------------


def test_committed_assignment_has_not_drifted():
    problems = drift()
    assert problems == [], (
        f"assignment/cs231n differs from what tools/make_stubs.py generates ({len(problems)} problems: "
        f"{problems}); run `make stubs` and commit the result"
    )


def test_every_solution_module_has_a_stub():
    stubs = sorted(p.relative_to(TARGET).as_posix() for p in TARGET.rglob("*.py") if "__pycache__" not in p.parts)
    assert stubs == MODULES, f"solution modules {MODULES}, stub modules {stubs}; run `make stubs`"
    assert len(MODULES_WITH_REGIONS) >= 7, f"only {len(MODULES_WITH_REGIONS)} modules have solution regions"


# ---------------------------------------------------------------------------
# No solution code leaks into the starter
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("module", MODULES)
def test_no_solution_line_leaks_into_the_stub(module):
    leaks = find_leaks(solution_text(module), stub_text(module))
    assert leaks == [], f"{len(leaks)} solution lines leaked into assignment/cs231n/{module}: {leaks}"
    # The detector's verdict, checked independently: no secret line in the stub's code.
    stub_code = {code_of(line) for line in stub_text(module).splitlines()}
    mine = [line for line in secret_lines(solution_text(module)) if line in stub_code]
    assert mine == [], f"{len(mine)} solution lines found in assignment/cs231n/{module}: {mine}"


@pytest.mark.parametrize("module", MODULES_WITH_REGIONS)
def test_a_planted_leak_is_detected(module):
    solution = solution_text(module)
    stub_lines = stub_text(module).splitlines()
    raise_at = next(k for k, line in enumerate(stub_lines) if line.strip().startswith("raise NotImplementedError"))
    secrets = secret_lines(solution)
    assert secrets, f"{module}: no line is specific to the solution regions"
    for secret in secrets:
        for pasted in (f"    {secret}", f"        {secret}  # my answer"):
            planted = "\n".join(stub_lines[:raise_at] + [pasted] + stub_lines[raise_at:]) + "\n"
            leaks = find_leaks(solution, planted)
            assert leaks == [secret], f"{module}: pasting {pasted!r} into the stub was reported as {leaks}"


@pytest.mark.parametrize("module", MODULES_WITH_REGIONS)
def test_the_solution_itself_counts_as_a_leak(module):
    leaks = find_leaks(solution_text(module), solution_text(module))
    expected = secret_lines(solution_text(module))
    assert leaks == expected, f"{module}: find_leaks found {len(leaks)} lines, expected {len(expected)}"


def test_a_line_of_keywords_only_is_no_leak():
    """`continue` inside svm_loss_naive's region and in a public file tells nothing; a line with a name does."""
    solution = solution_text("classifiers/linear_svm.py")
    assert "continue" in region_only_lines(solution) and "continue" not in secret_lines(solution)
    leaked = stub_text("classifiers/linear_svm.py").replace(
        "    # *****END OF YOUR CODE", "    continue\n    margin = scores[j] - correct_class_score + 1\n    # *****END OF YOUR CODE", 1)
    assert find_leaks(solution, leaked) == ["margin = scores[j] - correct_class_score + 1"]


def test_known_svm_line_is_a_leak():
    solution = solution_text("classifiers/linear_svm.py")
    leaked = stub_text("classifiers/linear_svm.py").replace(
        "    # *****END OF YOUR CODE",
        "    dW = X.T.dot(coeffs) / num_train + 2 * reg * W\n    # *****END OF YOUR CODE",
        1,
    )
    assert find_leaks(solution, leaked) == ["dW = X.T.dot(coeffs) / num_train + 2 * reg * W"]


# ---------------------------------------------------------------------------
# Every region becomes a NotImplementedError naming its function
# ---------------------------------------------------------------------------

# Run in a fresh interpreter whose ``cs231n`` is the starter package, not the reference.
# Every stubbed function is called with the small valid call its exercise declares in the spec
# (``Exercise.example`` in autograder/loss_functions/exercises.py): one source, no list kept here.
STUB_CALLER = textwrap.dedent(
    """
    import importlib, json, sys
    root, modules, examples = sys.argv[1], json.loads(sys.argv[2]), json.loads(sys.argv[3])
    sys.path.insert(0, root)
    import numpy as np
    import cs231n
    assert cs231n.__file__.startswith(root), cs231n.__file__
    for module in modules:
        importlib.import_module("cs231n." + module[:-3].replace("/", ".").replace(".__init__", ""))

    rng = np.random.default_rng(0)
    W, X, y = rng.standard_normal((4, 3)), rng.standard_normal((5, 4)), np.array([0, 1, 2, 0, 1])
    T = rng.standard_normal((5, 3))

    def fitted(classifier, W):
        classifier.W = W
        return classifier

    outcome = {}
    for key, (module, example) in examples.items():
        namespace = dict(vars(importlib.import_module(module)), W=W, X=X, y=y, T=T, np=np, fitted=fitted)
        try:
            eval(example, namespace)
            outcome[key] = ["returned", ""]
        except Exception as error:
            outcome[key] = [type(error).__name__, str(error)]
    print(json.dumps(outcome))
    """
)


def spec_examples():
    """{"<file>::<function>": (module, example call)} for every exercise of the spec."""
    return {f"{e.relative_file}::{e.name}": (e.module, e.example) for e in EXERCISES}


def test_every_exercise_of_the_spec_has_an_example_call():
    missing = [e.name for e in EXERCISES if not e.example.strip()]
    assert missing == [], f"exercises without an example call in the spec: {missing}"


def run_stub_caller(root):
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    result = subprocess.run(
        [sys.executable, "-I", "-c", STUB_CALLER, str(root), json.dumps(MODULES), json.dumps(spec_examples())],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, f"importing the starter from {root} failed:\n{result.stderr[-3000:]}"
    return json.loads(result.stdout.strip().splitlines()[-1])


def expected_stubbed_functions():
    return {
        f"{module}::{region.function}"
        for module in MODULES_WITH_REGIONS
        for region in find_regions(solution_text(module), in_functions=True)
    }


def test_regions_are_found_in_every_function_that_has_markers():
    found = expected_stubbed_functions()
    markers = sum(solution_text(m).count(BEGIN) for m in MODULES)
    assert len(found) == markers, f"{markers} BEGIN markers but {len(found)} distinct stubbed functions"


@pytest.fixture(scope="module")
def generated_root(tmp_path_factory):
    """The generator's output written to a fresh folder (independent of what is committed)."""
    root = tmp_path_factory.mktemp("generated")
    for relative, text in generate_package(SOURCE).items():
        path = root / "cs231n" / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


@pytest.mark.parametrize("where", ["assignment", "generated"])
def test_every_stubbed_function_raises_not_implemented_naming_it(where, generated_root):
    root = ASSIGNMENT if where == "assignment" else generated_root
    outcome = run_stub_caller(root)
    expected = expected_stubbed_functions()
    missing = sorted(expected - set(outcome))
    assert missing == [], f"stubbed functions that are no exercise of the spec (no example call): {missing}"
    for key in sorted(expected):
        module, function = key.split("::")
        kind, message = outcome[key]
        assert kind == "NotImplementedError", (
            f"{where}: {function} raised {kind} ({message!r}), not NotImplementedError"
        )
        assert function in message, f"{where}: the NotImplementedError of {function} does not name it: {message!r}"
        assert f"cs231n/{module}" in message, f"{where}: the message of {function} does not name its file: {message!r}"
    unexpected = sorted(k for k in set(outcome) - expected if outcome[k][0] == "NotImplementedError")
    assert unexpected == [], f"functions without a solution region raise NotImplementedError: {unexpected}"


# ---------------------------------------------------------------------------
# Outside the markers, the stub is the solution
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("module", MODULES)
def test_code_outside_the_markers_is_identical(module):
    sol_outside, sol_bodies = split_at_regions(solution_text(module), BEGIN, END)
    stub_outside, stub_bodies = split_at_regions(stub_text(module), START_LINE, END_LINE)
    assert len(stub_bodies) == len(sol_bodies), f"{module}: {len(sol_bodies)} regions, {len(stub_bodies)} stubs"
    for k, (a, b) in enumerate(zip(sol_outside, stub_outside)):
        assert a == b, f"{module}: the code between region {k} and region {k + 1} differs in the stub"
    assert solution_text(module).endswith("\n") == stub_text(module).endswith("\n")


@pytest.mark.parametrize("module", MODULES_WITH_REGIONS)
def test_each_stub_region_is_one_raise_at_the_markers_indentation(module):
    sol_lines = solution_text(module).splitlines()
    stub_lines = stub_text(module).splitlines()
    begin_indents = [line[: len(line) - len(line.lstrip())] for line in sol_lines if line.strip() == BEGIN]
    starts = [k for k, line in enumerate(stub_lines) if line.strip() == START_LINE]
    assert len(starts) == len(begin_indents), f"{module}: {len(begin_indents)} regions, {len(starts)} stubs"
    for k, indent in zip(starts, begin_indents):
        block = stub_lines[k : k + 3]
        assert block[0] == indent + START_LINE, f"{module}:{k + 1}: START line at the wrong indentation"
        assert block[1].startswith(indent + "raise NotImplementedError("), f"{module}:{k + 2}: {block[1]!r}"
        assert block[2] == indent + END_LINE, f"{module}:{k + 3}: expected the END line, got {block[2]!r}"


def docstrings(text):
    """{qualified name: docstring} of the module, its classes and its functions."""
    tree = ast.parse(text)
    found = {"<module>": ast.get_docstring(tree)}

    def visit(node, prefix):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                name = prefix + child.name
                found[name] = ast.get_docstring(child)
                visit(child, name + ".")

    visit(tree, "")
    return found


@pytest.mark.parametrize("module", MODULES)
def test_docstrings_reach_the_students(module):
    expected = docstrings(solution_text(module))
    got = docstrings(stub_text(module))
    differing = sorted(k for k in expected if got.get(k) != expected[k])
    assert got == expected, f"{module}: docstrings differ in the stub for {differing}"
    assert expected["<module>"], f"{module}: the module has no docstring"


@pytest.mark.parametrize("module", MODULES_WITH_REGIONS)
def test_every_answer_region_has_its_todo_box_above_it(module):
    lines = stub_text(module).splitlines()
    for k, line in enumerate(lines):
        if line.strip() != START_LINE:
            continue
        box_end = k - 1
        assert lines[box_end].strip().startswith("#####"), f"{module}:{k + 1}: no TODO box right above the region"
        box_start = box_end - 1
        while box_start > 0 and lines[box_start].strip().startswith("#") and "TODO" not in lines[box_start]:
            box_start -= 1
        assert "TODO:" in lines[box_start], f"{module}:{k + 1}: the box above the region has no TODO"
        assert box_end - box_start >= 2, f"{module}:{k + 1}: the TODO box is empty"
        todo_box = lines[box_start - 1 : box_end + 1]
        assert "\n".join(todo_box) in solution_text(module), f"{module}:{k + 1}: TODO box not in the solution"


# ---------------------------------------------------------------------------
# Malformed markers: MarkerError with file:line
# ---------------------------------------------------------------------------

MALFORMED = {
    "nested": (
        """\
        def f(x):
            ### BEGIN SOLUTION
            y = x + 1
            ### BEGIN SOLUTION
            z = y
            ### END SOLUTION
            return z
        """,
        4,
        "inside another",
    ),
    "unterminated": (
        """\
        def f(x):
            ### BEGIN SOLUTION
            y = x + 1
            return y
        """,
        2,
        "never closed",
    ),
    "unmatched END": (
        """\
        def f(x):
            y = x + 1
            ### END SOLUTION
            return y
        """,
        3,
        "without",
    ),
    "outside a function": (
        """\
        import math

        ### BEGIN SOLUTION
        TAU = 2 * math.pi
        ### END SOLUTION
        """,
        3,
        "inside a function",
    ),
    "across two functions": (
        """\
        def f(x):
            ### BEGIN SOLUTION
            return x


        def g(x):
            ### END SOLUTION
            return x
        """,
        2,
        "inside a function",
    ),
    "marker with a trailing note": (
        """\
        def f(x):
            ### BEGIN SOLUTION  # keep short
            return x
            ### END SOLUTION
        """,
        2,
        "stand alone",
    ),
}


@pytest.mark.parametrize("case", list(MALFORMED))
def test_find_regions_refuses_malformed_markers_with_file_and_line(case):
    text, line, words = MALFORMED[case]
    with pytest.raises(MarkerError) as excinfo:
        find_regions(textwrap.dedent(text), "cs231n/broken.py", in_functions=True)
    message = str(excinfo.value)
    assert f"cs231n/broken.py:{line}:" in message, f"{case}: expected file:line cs231n/broken.py:{line} in {message!r}"
    assert words in message, f"{case}: {words!r} missing from {message!r}"


@pytest.mark.parametrize("case", list(MALFORMED))
def test_make_stub_refuses_malformed_markers_with_file_and_line(case):
    text, line, _ = MALFORMED[case]
    with pytest.raises(MarkerError) as excinfo:
        make_stub(textwrap.dedent(text), "cs231n/broken.py")
    assert f"cs231n/broken.py:{line}:" in str(excinfo.value), str(excinfo.value)


def test_make_stub_on_a_hand_made_module():
    text = textwrap.dedent(
        '''\
        """Doc."""


        class Model:
            def fit(self, x):
                """Fit."""
                # TODO: fit
                ### BEGIN SOLUTION
                self.w = x
                ### END SOLUTION
                return self


        def outer(x):
            def inner(y):
                ### BEGIN SOLUTION
                z = y * 2
                ### END SOLUTION
                return z
            return inner(x)
        '''
    )
    expected = textwrap.dedent(
        '''\
        """Doc."""


        class Model:
            def fit(self, x):
                """Fit."""
                # TODO: fit
                # *****START OF YOUR CODE (DO NOT DELETE/MODIFY THIS LINE)*****
                raise NotImplementedError('Model.fit is not implemented yet: write your code between START and END OF YOUR CODE in cs231n/hand.py')
                # *****END OF YOUR CODE (DO NOT DELETE/MODIFY THIS LINE)*****
                return self


        def outer(x):
            def inner(y):
                # *****START OF YOUR CODE (DO NOT DELETE/MODIFY THIS LINE)*****
                raise NotImplementedError('outer.inner is not implemented yet: write your code between START and END OF YOUR CODE in cs231n/hand.py')
                # *****END OF YOUR CODE (DO NOT DELETE/MODIFY THIS LINE)*****
                return z
            return inner(x)
        '''
    )
    stub = make_stub(text, "cs231n/hand.py")
    assert stub == expected, "make_stub output differs from the hand-written expectation:\n" + stub
    assert make_stub(text.rstrip("\n"), "cs231n/hand.py") == expected.rstrip("\n"), "trailing newline not preserved"
    assert make_stub("x = 1\n", "cs231n/plain.py") == "x = 1\n", "a module without regions must be unchanged"


# A region may end its function: the END marker then comes after the function's last
# statement (nbgrader solutions often end with the `return`). The function owns it all the same.
REGION_ENDS_FUNCTION = {
    "top-level function": (
        """\
        def f(x):
            ### BEGIN SOLUTION
            return x + 1
            ### END SOLUTION
        """,
        "f",
    ),
    "method followed by another method": (
        """\
        class Model:
            def fit(self, x):
                ### BEGIN SOLUTION
                self.w = x
                return self
                ### END SOLUTION

            def score(self):
                return 0.0
        """,
        "Model.fit",
    ),
    "nested function": (
        """\
        def outer(x):
            def inner(y):
                ### BEGIN SOLUTION
                return y * 2
                ### END SOLUTION
            return inner(x)
        """,
        "outer.inner",
    ),
}


@pytest.mark.parametrize("case", list(REGION_ENDS_FUNCTION))
def test_a_region_that_ends_its_function_belongs_to_that_function(case):
    text, function = REGION_ENDS_FUNCTION[case]
    text = textwrap.dedent(text)
    try:
        regions = find_regions(text, "cs231n/ends.py", in_functions=True)
    except MarkerError as error:
        pytest.fail(f"{case}: a region inside {function} was refused: {error}")
    owners = [region.function for region in regions]
    assert owners == [function], f"{case}: the region was attributed to {owners}, expected [{function!r}]"
    stub = make_stub(text, "cs231n/ends.py")
    assert f"raise NotImplementedError('{function} is not implemented yet" in stub, stub


# ---------------------------------------------------------------------------
# The drift detector
# ---------------------------------------------------------------------------


def write_generated(target):
    for relative, text in generate_package(SOURCE).items():
        path = target / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


def test_drift_reports_modified_missing_and_extra_files(tmp_path):
    target = tmp_path / "cs231n"
    write_generated(target)
    assert drift(SOURCE, target) == [], "a freshly generated copy must not drift"

    (target / "classifiers" / "softmax.py").write_text(
        (target / "classifiers" / "softmax.py").read_text() + "\n# a student's edit\n"
    )
    (target / "optim.py").unlink()
    (target / "extra.py").write_text("x = 1\n")
    (target / "classifiers" / "__pycache__").mkdir()
    (target / "classifiers" / "__pycache__" / "cached.py").write_text("ignored = True\n")

    problems = drift(SOURCE, target)
    assert sorted(problems) == sorted(["differs: classifiers/softmax.py", "missing: optim.py", "extra: extra.py"]), (
        f"drift reported {problems}"
    )


def test_drift_notices_a_whitespace_only_change(tmp_path):
    target = tmp_path / "cs231n"
    write_generated(target)
    path = target / "regularization.py"
    path.write_text(path.read_text().rstrip("\n"))
    assert drift(SOURCE, target) == ["differs: regularization.py"], drift(SOURCE, target)


def test_drift_of_a_missing_target_lists_every_module(tmp_path):
    problems = drift(SOURCE, tmp_path / "nowhere")
    assert sorted(problems) == [f"missing: {m}" for m in MODULES], f"drift reported {problems}"


def test_drift_follows_a_change_in_the_solution(tmp_path):
    source = tmp_path / "solutions" / "cs231n"
    shutil.copytree(SOURCE, source, ignore=shutil.ignore_patterns("__pycache__"))
    target = tmp_path / "assignment" / "cs231n"
    write_generated(target)
    assert drift(source, target) == []
    path = source / "optim.py"
    path.write_text(path.read_text().replace("W_new = W - learning_rate * dW", "W_new = W - 2 * learning_rate * dW"))
    assert drift(source, target) == [], "a change inside a region must not change the stub"
    path.write_text(path.read_text().replace("Current weights. Not modified.", "Current weights."))
    assert drift(source, target) == ["differs: optim.py"], "a docstring change must show as drift"


# ---------------------------------------------------------------------------
# The TODO boxes state the contract and leave the derivation to the students
# ---------------------------------------------------------------------------

# what a derivation looks like in a box: a gradient written out, or the vectorized recipe's building blocks
DERIVATION = ("dW =", "dW +=", "X.T", "X[i] into", "coeffs", "dscores", "np.add.at", "np.arange(N)", "keepdims",
              "(p[j] - 1", "2 * X.T", "np.where")


@pytest.mark.parametrize("module", MODULES_WITH_REGIONS)
def test_todo_boxes_state_the_contract_not_the_derivation(module):
    lines = solution_text(module).splitlines()
    for k, line in enumerate(lines):
        if line.strip() != BEGIN:
            continue
        start = k - 2
        while "TODO:" not in lines[start]:
            start -= 1
        box = "\n".join(lines[start:k])
        found = [word for word in DERIVATION if word in box]
        assert found == [], f"{module}:{start + 1}: the TODO box gives the derivation away ({found})"
        assert any(word in box for word in ("store", "Store", "loss_history", "self.W")), \
            f"{module}:{start + 1}: the TODO box does not say where to store the result"


# ---------------------------------------------------------------------------
# The READMEs' tables of what students write come from the exercise spec
# ---------------------------------------------------------------------------


def test_readme_tables_follow_the_exercise_spec():
    from tools import make_tables

    assert make_tables.drift() == [], "run `make stubs`"
    assert all(f"`{e.name}`" in "\n".join(make_tables.student_table()) for e in EXERCISES)


def test_a_new_exercise_of_the_spec_would_show_in_the_tables(monkeypatch):
    from dataclasses import replace

    from tools import make_tables

    extra = replace(EXERCISES[0], name="hinge_loss_1d", relative_file="classifiers/hinge_1d.py")
    gates = make_tables.gates_table()  # of the kit's rubric, which has no table for the hypothetical exercise
    for key, table in list(make_tables.TABLES.items()):
        if table is make_tables.gates_table:
            monkeypatch.setitem(make_tables.TABLES, key, lambda: gates)
    monkeypatch.setattr(make_tables, "ASSIGNMENT", replace(make_tables.ASSIGNMENT, exercises=EXERCISES + (extra,)))
    assert "| `classifiers/hinge_1d.py` | `hinge_loss_1d` |" in make_tables.kit_table()
    assert sorted(make_tables.drift()) == ["README.md", "assignment/README.md"]
