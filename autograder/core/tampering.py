"""Submissions that rewrite code outside themselves, found in the sources the grader read first.

Some verdicts rest on the worker's harness doing what it should: handing a
function the grader's own input files, seeding the global random state before
a call. Student code runs in the worker's process and could patch that
harness (through ``sys.modules["__main__"]``, ``gc``, frames, or by rebinding
attributes of numpy or the worker's modules). Such code has no business in an
assignment about loss functions, so the checks whose verdict the harness
could change do not pay for a submission that contains it; every other check
(values compared with the grader's reference, times the grader measures)
is unaffected.

The sources are those ``Sandbox`` read before any worker started, so the
student cannot rewrite what is read here.
"""

import ast
import functools

from .checks import CheckFailure
from .callgraph import decode

# modules whose import alone gives a handle on the running process
SUSPECT_IMPORTS = {"gc", "ctypes", "__main__", "builtins", "wire", "worker_main", "importlib"}
# attributes that reach into the interpreter: frames, tracing hooks, the module table
SUSPECT_ATTRIBUTES = {
    ("sys", "modules"), ("sys", "_getframe"), ("sys", "_current_frames"), ("sys", "settrace"),
    ("sys", "setprofile"), ("threading", "settrace"), ("threading", "setprofile"),
    ("inspect", "currentframe"), ("inspect", "stack"), ("inspect", "getouterframes"),
}
# code built at run time can do any of the above where the grader cannot read it
SUSPECT_NAMES = {"__builtins__", "__import__", "exec", "eval"}


def _foreign_modules(tree, package):
    """Names bound by imports of modules outside the student's package: {local name: module path}."""
    bound = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] != package:
                    bound[alias.asname or alias.name.split(".")[0]] = alias.name
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if node.module.split(".")[0] != package:
                for alias in node.names:
                    bound[alias.asname or alias.name] = f"{node.module}.{alias.name}"
    return bound


def _root_name(node):
    while isinstance(node, ast.Attribute):
        node = node.value
    return node.id if isinstance(node, ast.Name) else None


def _dotted(node):
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
        return ".".join(reversed(parts))
    return None


def find_in_module(text, filename, package):
    """Every place in one module that reaches into the process or rebinds another module's attributes.

    Returns
    -------
    list of (int, str)
        (line, what) for each finding.
    """
    if len(text) > CACHED_TEXT:
        return list(_findings.__wrapped__(text, filename, package))
    return list(_findings(text, filename, package))


# A pure function of the text: a class's submissions share most modules (the untouched starter files, a
# catalog's variants of one reference), and reading one module's tree takes tens of milliseconds. Only
# texts of an ordinary size are kept, so the cache stays under 512 * CACHED_TEXT characters.
CACHED_TEXT = 100_000


@functools.lru_cache(maxsize=512)
def _findings(text, filename, package):
    """:func:`find_in_module`'s findings, as a tuple (cached by the module's text)."""
    try:
        tree = ast.parse(text, filename)
    except SyntaxError:
        return ()  # the import check reports it
    foreign = _foreign_modules(tree, package)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, f"imports {a.name}") for a in node.names if a.name in SUSPECT_IMPORTS]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module in SUSPECT_IMPORTS - {"builtins"}:
            # (CS231n's own files do `from builtins import range`: harmless)
            found.append((node.lineno, f"imports from {node.module}"))
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            found += [(node.lineno, f"imports {node.module}.{a.name}") for a in node.names
                      if (node.module, a.name) in SUSPECT_ATTRIBUTES]
        elif isinstance(node, ast.Attribute):
            dotted = _dotted(node)
            if dotted:
                root = dotted.split(".")[0]
                module = foreign.get(root, root).split(".")
                full = module + dotted.split(".")[1:]
                if any(tuple(full[i:i + 2]) in SUSPECT_ATTRIBUTES for i in range(len(full) - 1)):
                    found.append((node.lineno, f"uses {dotted}"))
        elif isinstance(node, ast.Name) and node.id in SUSPECT_NAMES:
            found.append((node.lineno, f"uses {node.id}"))
        targets = []
        if isinstance(node, (ast.Assign, ast.Delete)):
            targets = node.targets
        elif isinstance(node, (ast.AugAssign, ast.AnnAssign)):
            targets = [node.target]
        for target in targets:
            if isinstance(target, ast.Attribute) and _root_name(target) in foreign:
                found.append((node.lineno, f"rebinds {_dotted(target) or 'an attribute of another module'}"))
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("setattr", "delattr", "vars")
                and node.args and (_root_name(node.args[0]) in foreign or isinstance(node.args[0], ast.Call))):
            found.append((node.lineno, f"calls {node.func.id} on {_dotted(node.args[0]) or 'a module it looked up'}"))
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "getattr"
                and len(node.args) >= 2 and _root_name(node.args[0]) in foreign
                and not isinstance(node.args[1], ast.Constant)):
            found.append((node.lineno, f"looks up an attribute of {_dotted(node.args[0])} by a computed name"))
        if isinstance(node, ast.Attribute) and node.attr == "__dict__" and _root_name(node) in foreign:
            found.append((node.lineno, f"uses {_dotted(node)}"))
    return tuple(found)


def find_tampering(sources, package):
    """The first finding over a package's sources, as one phrase ("cs231n/x.py line 3 rebinds np.random.seed"), or None.

    Parameters
    ----------
    sources : dict of str to bytes
        Path inside the package -> the file's bytes (``Sandbox.sources``).
    package : str
        The package's import name: imports of it are the student's own, every other module is foreign.
    """
    for path in sorted(sources):
        try:
            text = decode(sources[path])
        except (SyntaxError, UnicodeDecodeError, LookupError):
            continue  # unreadable: the import and loop checks say so
        for line, what in sorted(find_in_module(text, path, package)):
            return f"{package}/{path} line {line} {what}"
    return None


def tampering(ctx):
    """``find_tampering`` of this run's sources, computed once per grading run."""
    if "tampering" not in ctx.cache:
        ctx.cache["tampering"] = find_tampering(getattr(ctx.sandbox, "sources", {}) or {}, ctx.exercise.package)
    return ctx.cache["tampering"]


def observed_through_the_harness(check):
    """Mark a check whose verdict the worker's harness could change: it does not pay if the code patches it."""

    @functools.wraps(check)
    def run(ctx):
        found = tampering(ctx)
        if found:
            raise CheckFailure(f"{ctx.name} is not checked for this: {found}, which reaches into the grader's "
                               "worker or rewrites another module, so this property cannot be observed.")
        return check(ctx)

    return run
