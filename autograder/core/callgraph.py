"""Which code a function of the submission can run, read from its sources (parsed, never executed).

The "no Python loops" check needs every piece of code that a call of the
function may run, wherever it is: other modules of the submission, functions
reached through module attributes (``helpers.f``, ``from .. import optim;
optim.f()``, ``import cs231n.x as m``), names rebound after a clean ``def``
(an assignment, a second ``def``, an assignment from another module, a
``global`` statement), decorators and what they wrap, classes and their
methods, lambdas, default arguments, functions handed to ``functools.reduce``
or ``np.apply_along_axis``. :class:`Package` parses the sources the grader
copied before any student code ran (``Sandbox.sources``: path -> bytes,
decoded as Python decodes them, PEP 263 cookies included) and
:meth:`Package.reach` follows every name and attribute from the function,
conservatively: when a name may mean several things, all of them are
followed; an attribute of something unknown is looked up among every
function and method of the submission with that name.

What it reports (:class:`Finding`, with the chain of calls that leads there):

- ``loop``: a ``for``/``while`` loop, a comprehension, a generator
  expression, ``yield``, a function that runs a Python-level loop for you
  (``map``, ``filter``, ``functools.reduce``, ``itertools``, ``zip``,
  ``enumerate``, ``np.vectorize``, ``np.frompyfunc``, ``np.apply_along_axis``,
  ``np.fromiter``, ``np.nditer``, ``sorted(key=...)``...), or recursion,
  direct or mutual;
- ``dynamic``: code this reading cannot follow: ``exec``, ``eval``,
  ``compile``, ``__import__``, ``importlib``, ``getattr``/``setattr`` with a
  built name, ``globals()``/``locals()``/``vars()``, ``sys.modules`` and the
  import machinery, ``__dict__``/``__globals__``/``__code__`` and other
  special attributes, ``pickle``/``marshal``/``types.FunctionType``/``ctypes``/
  ``gc``/``inspect``, a replaced numpy or builtin function, an import of a
  module of the package that is not in the submission, a module that does
  not parse. These are looked for in the code the function reaches and in
  the code every module runs when it is imported (which runs in the worker
  before any call and can rebind anything).
"""

import ast
import builtins
import functools
import importlib.util
from dataclasses import dataclass, field

BUILTIN_NAMES = frozenset(dir(builtins))

LOOP_NODES = {
    ast.For: "a for loop",
    ast.AsyncFor: "a for loop",
    ast.While: "a while loop",
    ast.ListComp: "a list comprehension",
    ast.SetComp: "a set comprehension",
    ast.DictComp: "a dict comprehension",
    ast.GeneratorExp: "a generator expression",
    ast.Yield: "a generator (yield)",
    ast.YieldFrom: "a generator (yield from)",
}
# builtins that iterate in Python for you (sum, min, max over arrays are left to the timing)
LOOPING_BUILTINS = frozenset({"map", "filter", "zip", "enumerate", "iter", "next", "reversed", "aiter", "anext"})
# fully qualified functions that call Python code once per element or row
LOOPING_EXTERNALS = frozenset({
    "functools.reduce", "_functools.reduce", "numpy.vectorize", "numpy.frompyfunc", "numpy.apply_along_axis", "numpy.apply_over_axes",
    "numpy.fromiter", "numpy.nditer", "numpy.ndenumerate", "numpy.ndindex", "numpy.lib.index_tricks.ndindex",
})
LOOPING_PREFIXES = ("itertools", "more_itertools", "toolz", "cytoolz")
# attribute names that mean the same whatever they are reached through
LOOPING_ATTRIBUTES = frozenset({"vectorize", "frompyfunc", "apply_along_axis", "apply_over_axes", "fromiter",
                                "nditer", "ndenumerate", "ndindex", "map", "imap", "imap_unordered", "starmap"})
# things that build, find or rebind code at run time, where a reading of the sources cannot follow
DYNAMIC_BUILTINS = frozenset({"exec", "eval", "compile", "__import__", "globals", "locals", "vars", "breakpoint"})
DYNAMIC_PREFIXES = (
    "importlib", "imp", "runpy", "pkgutil", "zipimport", "ctypes", "gc", "inspect", "marshal", "pickle", "cPickle",
    "_pickle", "dill", "cloudpickle", "shelve", "copyreg", "code", "codeop", "sys.modules", "sys.meta_path",
    "sys.path_hooks", "sys.path_importer_cache", "sys.path", "sys._getframe", "sys.settrace", "sys.setprofile",
    "sys.addaudithook", "threading.settrace", "threading.setprofile", "types.FunctionType", "types.LambdaType",
    "types.CodeType", "types.ModuleType", "types.MethodType", "operator.attrgetter", "operator.methodcaller",
    "builtins.exec", "builtins.eval", "builtins.compile", "builtins.__import__", "builtins.globals",
    "builtins.locals", "builtins.vars", "builtins.getattr", "builtins.setattr", "builtins.delattr",
    "builtins.__import__", "numpy.lib.npyio.pickle", "wire", "worker_main",
    # things that run code given as a string, or find functions by a dotted name, or evaluate annotations
    "timeit", "doctest", "pdb", "bdb", "cProfile", "profile", "trace", "pydoc", "unittest.mock", "mock",
    "logging.config", "typing.get_type_hints", "functools.singledispatch", "functools.singledispatchmethod",
    "cffi", "numba", "site",
)
# why dynamic code fails the check, by kind
UNREADABLE = ("code that is built, looked up by a computed name or replaced at run time cannot be read before it "
              "runs; use plain imports and whole-array operations")
MISSING = "code that is not in the submission cannot be read; submit every module the function uses"
BROKEN = "a module that does not parse cannot be read; fix it"
REPLACED = "a numpy or builtin function replaced at run time may run anything; do not replace them"
# special names and attributes that only read harmless facts
SAFE_DUNDERS = frozenset({"__name__", "__doc__", "__qualname__", "__module__", "__init__", "__class__", "__file__",
                          "__package__", "__debug__", "__version__", "__all__", "__len__", "__annotations__"})


def _matches(dotted, prefixes):
    return any(dotted == p or dotted.startswith(p + ".") for p in prefixes)


def _is_dunder(name):
    return name.startswith("__") and name.endswith("__") and len(name) > 4


def _constant_string(node):
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _short(node, limit=40):
    try:
        text = ast.unparse(node)
    except Exception:  # an unparseable node: only for feedback
        return "an expression"
    return text if len(text) <= limit else text[: limit - 3] + "..."


def decode(source):
    """The text of a Python source file, decoded as the interpreter decodes it (PEP 263 cookie, BOM, newlines)."""
    return importlib.util.decode_source(source)


# -- values: what an expression may stand for ----------------------------------------------------------------

@dataclass(frozen=True)
class Value:
    """One thing a name or expression may stand for.

    kind: ``code`` (a def or lambda: ``node``), ``class`` (``node``), ``module`` (``key``: the module's
    parts inside the package), ``external`` (``dotted``: a name outside the package, e.g. numpy.dot),
    ``builtin`` (``dotted``: its name), ``missing`` (``dotted``: a module of the package that is not
    there), ``broken`` (``dotted``: a module that does not parse, and why), ``unknown``.
    """

    kind: str
    module: object = None  # the Module holding node
    node: object = None
    key: tuple = ()
    dotted: str = ""

    def __hash__(self):
        return hash((self.kind, id(self.node), self.key, self.dotted))

    def __eq__(self, other):
        return (isinstance(other, Value) and (self.kind, self.key, self.dotted) == (other.kind, other.key, other.dotted)
                and self.node is other.node)


UNKNOWN = Value("unknown")


@dataclass
class Binding:
    """One statement that gives a name a value in a scope."""

    kind: str  # def, class, value, element, import, from, star, opaque
    name: str
    scope: object  # the Scope where the value expression is evaluated
    node: object = None  # the def/class node, or the statement
    value: object = None  # the expression (value, element)
    extra: tuple = ()
    line: int = 0
    top_level: bool = False  # an unconditional statement of the module body


class Scope:
    """A module, function, lambda or class body, with the names bound in it."""

    def __init__(self, kind, node, module, parent):
        self.kind = kind
        self.node = node
        self.module = module
        self.parent = parent
        self.bindings = {}
        self.globals = set()
        self.nonlocals = set()

    def add(self, binding):
        self.bindings.setdefault(binding.name, []).append(binding)

    @property
    def module_scope(self):
        scope = self
        while scope.parent is not None:
            scope = scope.parent
        return scope


def _children_in_scope(node):
    """Child nodes evaluated in the scope that holds ``node`` (a nested def's body is not; its defaults are)."""
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return node.decorator_list + node.args.defaults + [d for d in node.args.kw_defaults if d is not None]
    if isinstance(node, ast.Lambda):
        return node.args.defaults + [d for d in node.args.kw_defaults if d is not None]
    if isinstance(node, ast.ClassDef):
        return node.decorator_list + node.bases + [k.value for k in node.keywords]
    return list(ast.iter_child_nodes(node))


def _walk_scope(nodes):
    """Every node evaluated in one scope: nested scopes' bodies are left out (comprehensions are kept)."""
    stack = list(reversed(nodes))
    while stack:
        node = stack.pop()
        yield node
        stack.extend(reversed(_children_in_scope(node)))


class Module:
    """One source file of the submission, parsed."""

    def __init__(self, path, source, package):
        self.path = path  # inside the package, posix: "classifiers/linear_svm.py"
        self.shown = f"{package}/{path}"
        parts = tuple(path[: -len(".py")].split("/"))
        self.is_package = parts[-1] == "__init__"
        self.key = parts[:-1] if self.is_package else parts
        self.tree = None
        self.error = None
        try:
            self.tree = ast.parse(decode(source), self.shown)
        except SyntaxError as error:
            self.error = f"has a syntax error at line {error.lineno}" if error.lineno else f"cannot be read ({error.msg})"
        except (UnicodeDecodeError, LookupError, ValueError) as error:
            self.error = f"cannot be decoded as Python source ({type(error).__name__})"
        self.scopes = {}  # id(node) -> Scope, for the module, every def, lambda and class
        if self.tree is not None:
            self.scope = self._build(self.tree, None)

    @property
    def package_key(self):
        return self.key if self.is_package else self.key[:-1]

    def _build(self, node, parent):
        kind = {ast.Module: "module", ast.ClassDef: "class", ast.Lambda: "lambda"}.get(type(node), "function")
        scope = Scope(kind, node, self, parent)
        self.scopes[id(node)] = scope
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            args = node.args
            for arg in args.posonlyargs + args.args + args.kwonlyargs + [a for a in (args.vararg, args.kwarg) if a]:
                scope.add(Binding("opaque", arg.arg, scope, line=node.lineno))
        body = node.body if isinstance(node.body, list) else [node.body]
        top = set(map(id, body)) if kind == "module" else set()
        nested = []
        for child in _walk_scope(body):
            self._bind(child, scope, id(child) in top)
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
                nested.append(child)
        scope.nodes = nested
        for child in nested:
            self._build(child, scope)
        return scope

    def _bind(self, node, scope, top):
        line = getattr(node, "lineno", 0)

        def target(t, value, kind="value"):
            if isinstance(t, ast.Name):
                scope.add(Binding(kind, t.id, scope, node, value, line=line, top_level=top))
            elif isinstance(t, (ast.Tuple, ast.List)):
                literal = isinstance(value, (ast.Tuple, ast.List)) and len(value.elts) == len(t.elts) \
                    and not any(isinstance(e, ast.Starred) for e in t.elts + value.elts) and kind == "value"
                for index, element in enumerate(t.elts):
                    target(element, value.elts[index] if literal else value, "value" if literal else "element")
            elif isinstance(t, ast.Starred):
                target(t.value, value, "element")

        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            scope.add(Binding("def", node.name, scope, node, line=line, top_level=top))
        elif isinstance(node, ast.ClassDef):
            scope.add(Binding("class", node.name, scope, node, line=line, top_level=top))
        elif isinstance(node, ast.Assign):
            for t in node.targets:
                target(t, node.value)
        elif isinstance(node, (ast.AnnAssign, ast.AugAssign)) and node.value is not None:
            target(node.target, node.value)
        elif isinstance(node, ast.NamedExpr):
            target(node.target, node.value)
        elif isinstance(node, (ast.For, ast.AsyncFor)):
            target(node.target, node.iter, "element")
        elif isinstance(node, (ast.With, ast.AsyncWith)):
            for item in node.items:
                if item.optional_vars is not None:
                    target(item.optional_vars, item.context_expr, "element")
        elif isinstance(node, ast.Import):
            for alias in node.names:
                name = alias.asname or alias.name.split(".")[0]
                full = alias.name if alias.asname else alias.name.split(".")[0]
                scope.add(Binding("import", name, scope, node, extra=(full,), line=line, top_level=top))
        elif isinstance(node, ast.ImportFrom):
            for alias in node.names:
                if alias.name == "*":
                    scope.add(Binding("star", "*", scope, node, extra=(node.level, node.module or ""), line=line))
                else:
                    scope.add(Binding("from", alias.asname or alias.name, scope, node,
                                      extra=(node.level, node.module or "", alias.name), line=line, top_level=top))
        elif isinstance(node, ast.ExceptHandler) and node.name:
            scope.add(Binding("opaque", node.name, scope, node, line=line))
        elif isinstance(node, (ast.MatchAs, ast.MatchStar)) and node.name:
            scope.add(Binding("opaque", node.name, scope, node, line=line))
        elif isinstance(node, ast.MatchMapping) and node.rest:
            scope.add(Binding("opaque", node.rest, scope, node, line=line))
        elif isinstance(node, ast.Global):
            scope.globals.update(node.names)
        elif isinstance(node, ast.Nonlocal):
            scope.nonlocals.update(node.names)


@functools.lru_cache(maxsize=512)
def parsed(path, source, package):
    """A Module for these bytes at this path (a Module depends on nothing else, so one parse serves every run)."""
    return Module(path, source, package)


# -- findings and the chain that leads to them -------------------------------------------------------------------

@dataclass
class Unit:
    """A piece of code followed as one: a top-level def or class (with everything nested in it), a lambda,
    the value of a module-level assignment, or a module's import-time code."""

    module: Module
    node: object
    scope: Scope  # where ``node`` itself is evaluated
    label: str
    parent: object = None  # the Unit it was reached from
    how: str = ""  # "calls _margins (cs231n/classifiers/helpers.py)"
    mentions: str = ""  # the file that ``how`` names, if any
    alias: bool = False  # a stand-in for a rebinding ``f = g``: what it reaches takes its words

    @property
    def kind(self):
        if isinstance(self.node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            return "function"
        if isinstance(self.node, ast.ClassDef):
            return "class"
        if isinstance(self.node, ast.Lambda):
            return "lambda"
        if isinstance(self.node, ast.Module):
            return "import"
        return "value"

    def chain(self):
        units = []
        unit = self
        while unit is not None:
            units.append(unit)
            unit = unit.parent
        return units[::-1]


@dataclass
class Finding:
    kind: str  # "loop" or "dynamic"
    what: str  # "a for loop", "eval", "recursion"
    unit: Unit
    line: int
    detail: str = ""  # for recursion: the cycle
    why: str = ""  # for dynamic code: why it cannot be read

    def describe(self, subject):
        """One clause: 'svm_loss_vectorized calls helper (cs231n/x.py), which uses a for loop at line 12'."""
        chain = self.unit.chain()
        start, mentioned = subject, ""
        if chain[0].kind == "import":
            start, mentioned = f"when {chain[0].module.shown} is imported, it", chain[0].module.shown
        parts = []
        for unit in chain:
            if unit.how:
                parts.append(unit.how)
            if unit.mentions:
                mentioned = unit.mentions
        shown = self.unit.module.shown
        where = f"at line {self.line}" + ("" if mentioned == shown else f" of {shown}")
        if self.what == "recursion":
            action = f"calls {self.detail} again {where} (recursion)"
        else:
            action = f"uses {self.what} {where}"
        if not parts:
            return f"{start} {action}"
        return f"{start} " + ", which ".join(parts) + f", which {action}"


@dataclass
class Report:
    loops: list = field(default_factory=list)
    dynamic: list = field(default_factory=list)
    reached: list = field(default_factory=list)  # the units reached from the function, in order
    problem: str = ""  # why nothing could be read at all ("cs231n/x.py has a syntax error at line 3")


# -- the package -----------------------------------------------------------------------------------------------

class Package:
    """Every module of a submission, parsed, with the rebinding effects found anywhere in it.

    Parameters
    ----------
    sources : dict of str to bytes
        Path inside the package (posix, ``classifiers/linear_svm.py``) to the file's bytes.
    """

    def __init__(self, sources, name):
        self.name = name  # the package's import name: "cs231n"
        self.modules = {}
        for path, source in sorted(sources.items()):
            if path.endswith(".py"):
                module = parsed(path, bytes(source), name)
                self.modules[module.key] = module
        for key in list(self.modules):  # folders without __init__.py: namespace packages, empty
            for end in range(len(key)):
                if key[:end] not in self.modules:
                    self.modules[key[:end]] = Module("/".join(key[:end] + ("__init__.py",)), b"", name)
        self._import_report = None
        # rebinding found anywhere: (module key, name) -> [Binding]; attribute stores on unknown objects by name
        self.module_effects = {}
        self.wild_effects = {}
        self.external_patches = {}  # "numpy.dot" (or "numpy.testing.*") -> (module, line)
        self._resolving = set()
        for module in self.modules.values():
            if module.tree is not None:
                self._collect_effects(module)

    # -- modules and imports -------------------------------------------------------------------------------------

    def module_value(self, key):
        key = tuple(key)
        if key in self.modules:
            return Value("module", key=key, module=self.modules[key])
        return Value("missing", dotted=".".join((self.name,) + key))

    def _absolute(self, dotted):
        if dotted == self.name or dotted.startswith(self.name + "."):
            return self.module_value(tuple(dotted.split(".")[1:]))
        return Value("external", dotted=dotted)

    def _from_base(self, module, level, name):
        if level == 0:
            return self._absolute(name)
        base = module.package_key
        if level > 1:
            if level - 1 > len(base):
                return Value("missing", dotted="." * level + name)
            base = base[: len(base) - (level - 1)]
        return self.module_value(base + (tuple(name.split(".")) if name else ()))

    # -- resolution ------------------------------------------------------------------------------------------------

    def lookup(self, name, scope):
        """The bindings a name may refer to from ``scope`` (Python's scoping rules), or None for a builtin."""
        first = scope
        current = scope
        while current is not None:
            if current is first and name in current.globals:
                current = current.module_scope
                continue
            if current.kind == "class" and current is not first:
                current = current.parent
                continue
            if name in current.bindings and name not in current.globals:
                return self._global_bindings(current, name) if current.parent is None else current.bindings[name]
            current = current.parent
        module_scope = scope.module_scope
        found = self._global_bindings(module_scope, name)
        if found:
            return found
        return None

    def _global_bindings(self, module_scope, name):
        """A module-level name's bindings, plus rebinding from elsewhere; earlier ones dropped when nothing can see them."""
        module = module_scope.module
        own = list(module_scope.bindings.get(name, []))
        if own and name not in self._loaded_at_import(module):
            last = max((i for i, b in enumerate(own) if b.top_level), default=None)
            if last is not None:
                own = own[last:]
        found = own + self.module_effects.get((module.key, name), []) + self.wild_effects.get(name, [])
        if not own:
            found += [b for b in module_scope.bindings.get("*", [])]
        return found

    def _loaded_at_import(self, module):
        cached = getattr(module, "_import_loads", None)
        if cached is None:
            cached = {n.id for n in _walk_scope(module.tree.body) if isinstance(n, ast.Name)
                      and isinstance(n.ctx, ast.Load)}
            module._import_loads = cached
        return cached

    def binding_values(self, binding, name=None):
        kind = binding.kind
        if kind == "def":
            return {Value("code", module=binding.scope.module, node=binding.node)}
        if kind == "class":
            return {Value("class", module=binding.scope.module, node=binding.node)}
        if kind == "value":
            return self.values(binding.value, binding.scope)
        if kind == "element":
            value = binding.value
            if isinstance(value, (ast.Tuple, ast.List, ast.Set)):
                found = set()
                for element in value.elts:
                    found |= self.values(element.value if isinstance(element, ast.Starred) else element, binding.scope)
                return found
            return {UNKNOWN}
        if kind == "import":
            return {self._absolute(binding.extra[0])}
        if kind == "from":
            level, module_name, attr = binding.extra
            base = self._from_base(binding.scope.module, level, module_name)
            return self.attribute_values(base, attr)
        if kind == "star":
            level, module_name = binding.extra
            base = self._from_base(binding.scope.module, level, module_name)
            if name is None:
                return set()
            if base.kind == "module":
                return self.attribute_values(base, name)
            if base.kind == "external":
                return {Value("external", dotted=f"{base.dotted}.{name}")}
            return {base}
        return {UNKNOWN}

    def name_values(self, name, scope):
        bindings = self.lookup(name, scope)
        if bindings is None:
            return {Value("builtin", dotted=name)} if name in BUILTIN_NAMES else {UNKNOWN}
        found = set()
        for binding in bindings:
            found |= self._guarded(("binding", id(binding), name), lambda b=binding: self.binding_values(b, name))
        return found or {UNKNOWN}

    def _guarded(self, key, compute):
        if key in self._resolving:
            return set()
        self._resolving.add(key)
        try:
            return compute()
        finally:
            self._resolving.discard(key)

    def values(self, node, scope):
        """What an expression may stand for (a set of Value)."""
        if isinstance(node, ast.Name):
            return self.name_values(node.id, scope)
        if isinstance(node, ast.Attribute):
            found = set()
            for base in self.values(node.value, scope):
                found |= self.attribute_values(base, node.attr)
            return found
        if isinstance(node, ast.Lambda):
            return {Value("code", module=scope.module, node=node)}
        if isinstance(node, ast.NamedExpr):
            return self.values(node.value, scope)
        if isinstance(node, ast.IfExp):
            return self.values(node.body, scope) | self.values(node.orelse, scope)
        if isinstance(node, ast.BoolOp):
            found = set()
            for operand in node.values:
                found |= self.values(operand, scope)
            return found
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "getattr" \
                and len(node.args) >= 2 and _constant_string(node.args[1]) \
                and Value("builtin", dotted="getattr") in self.name_values("getattr", scope):
            found = set()
            for base in self.values(node.args[0], scope):
                found |= self.attribute_values(base, node.args[1].value)
            return found
        return {UNKNOWN}

    def attribute_values(self, base, attr):
        key = ("attr", base, attr)
        return self._guarded(key, lambda: self._attribute_values(base, attr))

    def _attribute_values(self, base, attr):
        if base.kind == "module":
            module = self.modules[base.key]
            if module.error:
                return {Value("broken", dotted=f"{module.shown}, which {module.error}")}
            found = set()
            if module.tree is not None:
                for binding in self._global_bindings(module.scope, attr):
                    found |= self._guarded(("binding", id(binding), attr),
                                           lambda b=binding: self.binding_values(b, attr))
            if base.key + (attr,) in self.modules:
                found.add(self.module_value(base.key + (attr,)))
            if "__getattr__" in module.scope.bindings:  # PEP 562: what the module's own lookup may return
                for binding in module.scope.bindings["__getattr__"]:
                    found |= self.binding_values(binding)
            return found or {UNKNOWN}
        if base.kind == "missing":
            return {Value("missing", dotted=f"{base.dotted}.{attr}")}
        if base.kind in ("external", "builtin"):
            prefix = base.dotted if base.kind == "external" else f"builtins.{base.dotted}"
            return {Value("external", dotted=f"{prefix}.{attr}")}
        if base.kind == "class":
            return self._class_attribute(base, attr) | self._wild_values(attr) or {UNKNOWN}
        if base.kind == "code":
            return {UNKNOWN}
        # an attribute of something unknown (an argument, a call's result): any function or method of that name
        return self.named_anywhere(attr) | {UNKNOWN}

    def _class_attribute(self, value, attr):
        scope = value.module.scopes[id(value.node)]
        found = set()
        for binding in scope.bindings.get(attr, []):
            found |= self.binding_values(binding, attr)
        for base_node in value.node.bases:
            for base in self.values(base_node, scope.parent):
                if base.kind == "class":
                    found |= self.attribute_values(base, attr)
        return found

    def _wild_values(self, attr):
        found = set()
        for binding in self.wild_effects.get(attr, []):
            found |= self._guarded(("binding", id(binding), attr), lambda b=binding: self.binding_values(b, attr))
        return found

    def named_anywhere(self, attr):
        """Every module-level binding and class attribute of the package named ``attr`` (for unknown objects)."""
        cache = self.__dict__.setdefault("_named_cache", {})
        if attr in cache:
            return cache[attr]
        cache[attr] = set()
        found = set()
        for module in self.modules.values():
            if module.tree is None:
                continue
            for scope in module.scopes.values():
                if scope.kind in ("module", "class"):
                    for binding in scope.bindings.get(attr, []):
                        if binding.kind in ("def", "class", "value", "from", "import"):
                            found |= self._guarded(("binding", id(binding), attr),
                                                   lambda b=binding: self.binding_values(b, attr))
        found |= self._wild_values(attr)
        cache[attr] = found
        return found

    # -- rebinding from anywhere -------------------------------------------------------------------------------------

    def _collect_effects(self, module):
        """Attribute stores and ``setattr`` with a constant name, ``global`` rebinding: anywhere in the module."""
        for scope in module.scopes.values():
            body_nodes = scope.node.body if isinstance(scope.node.body, list) else [scope.node.body]
            for node in _walk_scope(body_nodes):
                for target, value in self._stores(node, scope):
                    self._record_store(target, value, scope, node)
            if scope.parent is not None and scope.globals:
                for name in scope.globals:
                    for binding in scope.bindings.get(name, []):
                        self.module_effects.setdefault((module.key, name), []).append(
                            Binding(binding.kind, name, scope, binding.node, binding.value, binding.extra,
                                    binding.line))

    def _stores(self, node, scope):
        """(target, value) for each attribute store in a statement or setattr call."""
        found = []

        def targets(t, value):
            if isinstance(t, ast.Attribute):
                found.append((t, value))
            elif isinstance(t, (ast.Tuple, ast.List)):  # unpacking: the target may get anything in the value
                for element in t.elts:
                    targets(element, value)
            elif isinstance(t, ast.Starred):
                targets(t.value, value)

        if isinstance(node, ast.Assign):
            for t in node.targets:
                targets(t, node.value)
        elif isinstance(node, (ast.AnnAssign, ast.AugAssign)) and node.value is not None:
            targets(node.target, node.value)
        elif isinstance(node, (ast.For, ast.AsyncFor)):  # ``for m.f in (g,)``: f may be any element
            targets(node.target, node.iter)
        elif isinstance(node, (ast.With, ast.AsyncWith)):
            for item in node.items:
                if item.optional_vars is not None:
                    targets(item.optional_vars, None)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "setattr" \
                and len(node.args) == 3:
            found.append((node, node.args[2]))
        return found

    def _record_store(self, target, value, scope, node):
        if isinstance(target, ast.Call):  # setattr(obj, name, value)
            obj, name = target.args[0], target.args[1]
            attr = name.value if _constant_string(name) else None
        else:
            obj, attr = target.value, target.attr
        direct = value is not None and (isinstance(node, ast.Call) or (
            isinstance(node, (ast.Assign, ast.AnnAssign, ast.AugAssign)) and not isinstance(target, ast.Call)
            and any(t is target for t in getattr(node, "targets", [getattr(node, "target", None)]))))
        kind = "value" if direct else ("element" if value is not None else "opaque")
        binding = Binding(kind, attr or "*", scope, node, value, line=getattr(node, "lineno", 0))
        for base in self.values(obj, scope):
            if base.kind == "module":
                if attr is not None:
                    self.module_effects.setdefault((base.key, attr), []).append(binding)
            elif base.kind in ("external", "builtin"):
                prefix = base.dotted if base.kind == "external" else f"builtins.{base.dotted}"
                self.external_patches.setdefault(f"{prefix}.{attr}" if attr else f"{prefix}.*",
                                                 (scope.module, binding.line))
            elif attr is not None:
                self.wild_effects.setdefault(attr, []).append(binding)

    def patched(self, dotted):
        """Where the package replaces this outside name (or one it lives in), or None."""
        parts = dotted.split(".")
        for end in range(len(parts), 0, -1):
            prefix = ".".join(parts[:end])
            if prefix in self.external_patches and end == len(parts):
                return self.external_patches[prefix]
            if f"{prefix}.*" in self.external_patches:
                return self.external_patches[f"{prefix}.*"]
            if end < len(parts) and prefix in self.external_patches:
                return self.external_patches[prefix]
        return None

    # -- reaching code ---------------------------------------------------------------------------------------------

    def unit_for(self, value, parent=None, how="", mentions=""):
        """The Unit holding a code or class value: its outermost enclosing top-level def, class or lambda."""
        module = value.module
        outer = self.outermost(module, value.node)
        scope = module.scopes[id(outer)].parent
        if isinstance(outer, ast.ClassDef):
            label = f"class {outer.name}"
        elif isinstance(outer, ast.Lambda):
            label = f"a lambda at line {outer.lineno}"
        else:
            label = outer.name
        return Unit(module, outer, scope, label, parent, how, mentions)

    def outermost(self, module, node):
        """The def, class or lambda of the module body that holds ``node`` (a def, class or lambda)."""
        parents = module.__dict__.get("_parents")
        if parents is None:
            parents = {id(s.node): s.parent.node for s in module.scopes.values() if s.parent is not None}
            module._parents = parents
        current = node
        while not isinstance(parents.get(id(current)), (ast.Module, type(None))):
            current = parents[id(current)]
        return current

    def entry_bindings(self, module, name):
        """(binding, how) for each way ``module.name`` may be given its value, as the worker looks it up."""
        bindings = self._global_bindings(module.scope, name)
        first_def = next((b for b in bindings if b.kind == "def" and b.scope is module.scope), None)
        if first_def is not None and first_def is not next(
                (b for b in module.scope.bindings.get(name, []) if b.kind == "def"), None):
            first_def = None  # an earlier def was replaced: say so
        found = []
        for binding in bindings:
            where = f"line {binding.line} of {binding.scope.module.shown}"
            if binding is first_def:
                how = ""
            elif binding.kind == "def":
                how = f"is defined again at {where}"
            elif binding.kind in ("from", "import", "star"):
                how = f"is imported at {where}"
            elif binding.scope is module.scope and binding.kind in ("value", "element"):
                how = f"is rebound at {where} to {_short(binding.value)}"
            else:
                what = f" by {_short(binding.value)}" if binding.value is not None else ""
                how = f"is replaced at {where}{what}"
            found.append((binding, how))
        return found

    def reach(self, module_key, name):
        """Follow everything a call of ``module.name`` may run, and every module's import-time code: a Report."""
        try:
            return self._reach(module_key, name)
        except RecursionError:  # names aliased through thousands of others, say
            report = Report()
            report.problem = f"the code {name} reaches is chained too deeply to be read"
            return report

    def _reach(self, module_key, name):
        report = Report()
        module = self.modules.get(tuple(module_key))
        shown = f"{self.name}/{'/'.join(module_key)}.py"
        if module is None:
            report.problem = f"{shown} is not in the submission"
            return report
        if module.error:
            report.problem = f"{module.shown} {module.error}"
            return report
        walker = _Walker(self, report, loops=True)
        bindings = self.entry_bindings(module, name)
        if "__getattr__" in module.scope.bindings:  # PEP 562: the module's own lookup (after a del, say)
            bindings += [(b, f"is looked up through the __getattr__ at line {b.line} of {module.shown}")
                         for b in module.scope.bindings["__getattr__"]]
        if not bindings:
            report.problem = f"{module.shown} has no definition of {name} that can be read"
            return report
        for binding, how in bindings:
            walker.start(module, name, binding, how)
        walker.run()
        walker.find_recursion()
        report.reached = walker.order
        report.dynamic.extend(self.import_time().dynamic)
        return report

    def import_time(self):
        """What every module runs when it is imported (in the worker, before any call; it can rebind anything)."""
        if self._import_report is None:
            report = Report()
            imports = _Walker(self, report, loops=False)
            for module in self.modules.values():
                if module.error is None:
                    imports.push(Unit(module, module.tree, module.scope, module.shown))
            imports.run()
            self._import_report = report
        return self._import_report


class _Walker:
    """Visits units breadth first (so the shortest chain is reported), collecting findings and references."""

    def __init__(self, package, report, loops):
        self.package = package
        self.report = report
        self.loops = loops  # False: only dynamic code matters (import-time code)
        self.seen = set()
        self.queue = []
        self.order = []
        self.edges = {}  # id(unit node) -> [(id(target unit node), line)]
        self.units = {}  # id(node) -> Unit
        self.current = None

    def push(self, unit):
        if unit.node is None or id(unit.node) in self.seen:
            return
        self.seen.add(id(unit.node))
        self.units[id(unit.node)] = unit
        self.queue.append(unit)

    def start(self, module, name, binding, how):
        """The entry: one binding of the function's name."""
        scope = binding.scope
        mentions = scope.module.shown if how else ""
        holder = Unit(scope.module, None, scope, name, None, how, mentions)
        if binding.kind in ("def", "class"):
            value = Value("code" if binding.kind == "def" else "class", module=scope.module, node=binding.node)
            unit = self.package.unit_for(value, None, how, mentions)
            if not how:
                unit.label = name
            self.push(unit)
        elif binding.kind in ("from", "import", "star"):
            for value in self.package.binding_values(binding, name):
                self.reference(value, holder, binding.node, binding.line)
        elif isinstance(binding.value, (ast.Name, ast.Attribute, ast.Lambda)):
            # ``f = svm_loss_naive``, ``m.f = helpers.g``: whatever the value may be, under the same words
            holder.alias = True
            for value in self.package.values(binding.value, scope):
                self.reference(value, holder, binding.value, binding.line)
        elif scope.kind == "module":
            node = binding.value if binding.value is not None else binding.node
            self.push(Unit(scope.module, node, scope, f"the value given to {name} at line {binding.line}", None,
                           how, mentions))
        else:  # computed inside a function (a global statement, an attribute store): that function's unit
            outer = self.package.outermost(scope.module, scope.node)
            value = Value("class" if isinstance(outer, ast.ClassDef) else "code", module=scope.module, node=outer)
            self.push(self.package.unit_for(value, None, how, mentions))

    def run(self):
        while self.queue:
            unit = self.queue.pop(0)
            self.order.append(unit)
            self.current = unit
            if unit.kind == "import":
                self.visit_many(unit.node.body, unit.scope, top=True)
            else:
                self.visit(unit.node, unit.scope)

    # -- findings ---------------------------------------------------------------------------------------------------

    def loop(self, what, node):
        if self.loops:
            self.report.loops.append(Finding("loop", what, self.current, getattr(node, "lineno", 0)))

    def dynamic(self, what, node, why=UNREADABLE):
        self.report.dynamic.append(Finding("dynamic", what, self.current, getattr(node, "lineno", 0), why=why))

    # -- visiting ---------------------------------------------------------------------------------------------------

    def visit_many(self, nodes, scope, top=False):
        for node in nodes:
            self.visit(node, scope, top)

    def visit(self, node, scope, top=False):
        """``top``: import-time code of a module, where the bodies of defs and lambdas do not run."""
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            self.visit_many(_children_in_scope(node), scope, top)
            if not top:
                inner = scope.module.scopes[id(node)]
                self.visit_many(node.body if isinstance(node.body, list) else [node.body], inner)
            return
        if isinstance(node, ast.ClassDef):
            self.visit_many(_children_in_scope(node), scope, top)
            self.visit_many(node.body, scope.module.scopes[id(node)], top)
            return
        kind = LOOP_NODES.get(type(node))
        if kind:
            self.loop(kind, node)
        if isinstance(node, ast.Name):
            self.visit_name(node, scope)
        elif isinstance(node, ast.Attribute):
            self.visit_attribute(node, scope, top=top)
        elif isinstance(node, ast.Call):
            self.visit_call(node, scope, top)
        else:
            if isinstance(node, (ast.Import, ast.ImportFrom)) and self.loops:
                self.visit_import(node, scope)
            self.visit_many(ast.iter_child_nodes(node), scope, top)

    def visit_import(self, node, scope):
        package = self.package
        if isinstance(node, ast.ImportFrom):
            modules = [package._from_base(scope.module, node.level, node.module or "")]
        else:
            modules = [package._absolute(alias.name) for alias in node.names]
        for value in modules:
            if value.kind == "missing":
                self.dynamic(f"an import of {value.dotted} (not among the submission's files)", node, MISSING)
            elif value.kind == "module" and package.modules[value.key].error:
                module = package.modules[value.key]
                self.dynamic(f"an import of {module.shown} (it {module.error})", node, BROKEN)

    def visit_name(self, node, scope, is_call=False, as_base=False):
        if not isinstance(node.ctx, ast.Load):
            return
        if _is_dunder(node.id) and node.id not in SAFE_DUNDERS:
            self.dynamic(node.id, node)
        self.references(self.package.name_values(node.id, scope), node, is_call, as_base)

    def visit_base(self, node, scope, top):
        """The object of an attribute or of getattr: a module there is not handed around."""
        if isinstance(node, ast.Name):
            self.visit_name(node, scope, as_base=True)
        elif isinstance(node, ast.Attribute):
            self.visit_attribute(node, scope, as_base=True, top=top)
        else:
            self.visit(node, scope, top)

    def visit_attribute(self, node, scope, is_call=False, as_base=False, top=False):
        # a.b.c: every prefix is a reference too (a.b may be a function of the package)
        if _is_dunder(node.attr) and node.attr not in SAFE_DUNDERS:
            self.dynamic(f"the special attribute {node.attr}", node)
        self.visit_base(node.value, scope, top)
        if not isinstance(node.ctx, ast.Load):
            return
        values = self.package.values(node, scope)
        if node.attr in LOOPING_ATTRIBUTES and not any(v.kind in ("code", "class") for v in values):
            self.loop(f"{_short(node)} (a Python-level loop over the elements)", node)
        self.references(values, node, is_call, as_base)

    def visit_call(self, node, scope, top):
        func = node.func
        builtin = None
        if isinstance(func, ast.Name) and Value("builtin", dotted=func.id) in self.package.name_values(func.id, scope):
            builtin = func.id
        if builtin in ("getattr", "setattr", "delattr", "hasattr"):
            named = len(node.args) >= 2 and _constant_string(node.args[1])
            outside = builtin in ("setattr", "delattr") and node.args and all(
                v.kind in ("external", "builtin") for v in self.package.values(node.args[0], scope))
            if not named and not outside:  # a store into numpy & co counts where it is used (``patched``)
                self.dynamic(f"{builtin} with a computed attribute name", node)
            elif builtin == "getattr":
                attr = node.args[1].value
                values = self.package.values(node, scope)
                if attr in LOOPING_ATTRIBUTES and not any(v.kind in ("code", "class") for v in values):
                    self.loop(f"getattr(..., {attr!r}) (a Python-level loop over the elements)", node)
                if _is_dunder(attr) and attr not in SAFE_DUNDERS:
                    self.dynamic(f"the special attribute {attr}", node)
                self.references(values, node, True, False)
            if node.args:
                self.visit_base(node.args[0], scope, top)
            self.visit_many(node.args[1:] + [k.value for k in node.keywords], scope, top)
            return
        if any(k.arg == "key" for k in node.keywords) and (
                builtin in ("sorted", "min", "max") or (isinstance(func, ast.Attribute) and func.attr == "sort")):
            self.loop(f"{_short(func)} with a key function (called once per element)", node)
        if isinstance(func, ast.Name):
            self.visit_name(func, scope, is_call=True)
        elif isinstance(func, ast.Attribute):
            self.visit_attribute(func, scope, is_call=True, top=top)
        else:
            self.visit(func, scope, top)
        self.visit_many(node.args + [k.value for k in node.keywords], scope, top)

    # -- references --------------------------------------------------------------------------------------------------

    def references(self, values, node, is_call, as_base):
        for value in values:
            self.reference(value, self.current, node, getattr(node, "lineno", 0), is_call, as_base)

    def reference(self, value, holder, node, line, is_call=False, as_base=False):
        package = self.package
        text = _short(node) if node is not None else value.dotted
        if value.kind in ("code", "class"):
            self.reach_code(value, holder, node, line, is_call)
            return
        if value.kind == "module":
            if not as_base and self.loops:  # a module object handed around: anything in it may be called
                module = package.modules[value.key]
                if module.tree is not None:
                    for bindings in list(module.scope.bindings.values()):
                        for binding in bindings:
                            if binding.kind in ("def", "class"):
                                kind = "code" if binding.kind == "def" else "class"
                                self.reach_code(Value(kind, module=module, node=binding.node), holder, node, line,
                                                False)
            return
        if value.kind == "missing":
            if self.loops:
                self.dynamic(f"{text} ({value.dotted} is not among the submission's files)", node, MISSING)
            return
        if value.kind == "broken":
            if self.loops:
                self.dynamic(f"{text} (from {value.dotted})", node, BROKEN)
            return
        if value.kind == "builtin":
            name = value.dotted
            if name in LOOPING_BUILTINS:
                self.loop(f"{name} (a Python-level loop over the elements)", node)
            if name in DYNAMIC_BUILTINS:
                self.dynamic(name, node)
            if name in ("getattr", "setattr", "delattr") and not is_call:
                self.dynamic(f"{name} passed around as a function", node)
            dotted = f"builtins.{name}"
        elif value.kind == "external":
            dotted = value.dotted
            if as_base:  # ``sys.modules.get``: the base alone is already code that cannot be read
                if _matches(dotted, DYNAMIC_PREFIXES):
                    self.dynamic(dotted, node)
                return
            last = dotted.rsplit(".", 1)[-1]
            builtin = dotted[len("builtins."):] if dotted.startswith("builtins.") else None
            if dotted in LOOPING_EXTERNALS or _matches(dotted, LOOPING_PREFIXES) or last in LOOPING_ATTRIBUTES \
                    or builtin in LOOPING_BUILTINS:
                self.loop(f"{dotted} (a Python-level loop over the elements)", node)
            if _matches(dotted, DYNAMIC_PREFIXES) or builtin in DYNAMIC_BUILTINS:
                self.dynamic(dotted, node)
        else:
            return
        if not as_base and self.loops:
            patch = package.patched(dotted)
            if patch is not None:
                module, patch_line = patch
                self.dynamic(f"{text} (replaced at line {patch_line} of {module.shown})", node, REPLACED)

    def reach_code(self, value, holder, node, line, is_call):
        unit = self.package.unit_for(value)
        if holder.node is not None and unit.node is holder.node:
            if value.node is holder.node:  # the unit refers to itself by name
                self.edges.setdefault(id(holder.node), []).append((id(unit.node), line))
            return
        if holder.node is None and holder.alias:
            unit.how, unit.mentions = holder.how, holder.mentions
        elif holder.node is None:  # the entry name imported from elsewhere
            unit.how, unit.mentions = f"{holder.how} as {unit.label} from {unit.module.shown}", unit.module.shown
        elif holder.kind == "value" and isinstance(holder.node, (ast.Name, ast.Attribute)):
            # ``f = helper``: the value is the function itself; say it once
            unit.parent, unit.how, unit.mentions = holder.parent, holder.how, holder.mentions
        else:
            verb = "is decorated with" if self._decorates(holder, node) else ("calls" if is_call else "uses")
            unit.parent, unit.how, unit.mentions = holder, f"{verb} {unit.label} ({unit.module.shown})", \
                unit.module.shown
        if holder.node is not None:
            self.edges.setdefault(id(holder.node), []).append((id(unit.node), line))
        self.push(unit)

    @staticmethod
    def _decorates(holder, node):
        root = holder.node
        if not isinstance(root, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            return False
        return any(node is n for d in root.decorator_list for n in ast.walk(d))

    # -- recursion ---------------------------------------------------------------------------------------------------

    def find_recursion(self):
        """A cycle of references among the units reached, through a function or lambda: recursion."""
        if not self.loops or self.report.loops:
            return
        state = {}
        for root in self.order:
            if id(root.node) in state:
                continue
            path, stack = [], [(id(root.node), iter(self.edges.get(id(root.node), [])))]
            state[id(root.node)] = "open"
            path.append(id(root.node))
            while stack:  # depth first, without recursion: a chain of thousands of functions is fine
                key, targets = stack[-1]
                step = next(targets, None)
                if step is None:
                    stack.pop()
                    path.pop()
                    state[key] = "done"
                    continue
                target, line = step
                if target not in self.units:
                    continue
                if state.get(target) == "open":
                    if target == key and self.units[key].kind not in ("function", "lambda"):
                        continue  # a class naming itself, ``f = wrap(f)``
                    cycle = [self.units[k] for k in path[path.index(target):]]
                    if any(u.kind in ("function", "lambda") for u in cycle):
                        self.report.loops.append(Finding("loop", "recursion", self.units[key], line,
                                                         detail=self.units[target].label))
                        return
                elif target not in state:
                    state[target] = "open"
                    path.append(target)
                    stack.append((target, iter(self.edges.get(target, []))))
