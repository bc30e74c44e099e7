"""Checks that read the student's source (parsed with ``ast``, never executed)."""

import ast

from .base import CheckFailure, requires

LOOP_NODES = {
    ast.For: "a for loop",
    ast.AsyncFor: "a for loop",
    ast.While: "a while loop",
    ast.ListComp: "a list comprehension",
    ast.SetComp: "a set comprehension",
    ast.DictComp: "a dict comprehension",
    ast.GeneratorExp: "a generator expression",
}
# functions that run a Python-level loop for you
LOOPING_CALLS = {"map", "filter", "vectorize", "apply_along_axis", "frompyfunc", "fromiter"}


def _called_name(call):
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


def find_loops(function, module_functions, seen=None):
    """Python loops in a function and in the same module's functions it calls.

    Parameters
    ----------
    function : ast.FunctionDef
    module_functions : dict of str to ast.FunctionDef
        The module's top-level functions, followed when called by name.

    Returns
    -------
    list of (str, str, int)
        (what, in which function, line) for each loop found.
    """
    seen = seen if seen is not None else set()
    seen.add(function.name)
    found = []
    for node in ast.walk(function):
        kind = LOOP_NODES.get(type(node))
        if kind:
            found.append((kind, function.name, node.lineno))
        elif isinstance(node, ast.Call):
            name = _called_name(node)
            if name in LOOPING_CALLS:
                found.append((f"a call to {name}", function.name, node.lineno))
            elif isinstance(node.func, ast.Name) and name in module_functions and name not in seen:
                found.extend(find_loops(module_functions[name], module_functions, seen))
    return found


@requires("loss_matches_reference", "gradient_matches_reference")
def check_has_no_python_loops(ctx):
    """has no Python loops"""
    # the sandbox's copy: regular .py files only, size-limited, no symlinks
    path = ctx.exercise.source_path(ctx.sandbox.package_copy)
    shown = f"cs231n/{ctx.exercise.relative_file}"
    try:
        tree = ast.parse(path.read_text(), str(path))
    except (OSError, UnicodeDecodeError) as error:
        raise CheckFailure(f"{shown} could not be read ({error.__class__.__name__}); it must be a "
                           "UTF-8 Python file under 2 MB.") from None
    except SyntaxError as error:
        raise CheckFailure(f"{shown} has a syntax error at line {error.lineno}.") from None
    functions = {node.name: node for node in tree.body if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))}
    function = functions.get(ctx.exercise.qualname)
    if function is None:
        raise CheckFailure(f"{shown} has no top-level `def {ctx.exercise.qualname}` to inspect.")
    loops = find_loops(function, functions)
    if loops:
        what, where, line = loops[0]
        inside = "" if where == function.name else f" (in {where}, which it calls)"
        raise CheckFailure(f"{ctx.name} uses {what} at line {line} of {shown}{inside}; "
                           "a vectorized version must use whole-array operations only.")
