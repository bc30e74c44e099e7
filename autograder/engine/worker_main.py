"""The worker: runs inside the sandbox, imports the student's code and answers requests.

It is started by ``sandbox.start_worker`` as::

    python -I worker_main.py REQUEST_FD RESPONSE_FD PACKAGE_ROOT

where PACKAGE_ROOT holds the student's package as ``cs231n/``. It knows
nothing of the graders, the rubric or the reference solution: it receives
inputs, calls student code, and sends back what that code returned, described
with plain types (see ``describe``). Everything here may be tampered with by
the student's code, which runs in this same process; the grader therefore
treats every answer as untrusted data.

Requests (``op``):

- ``ping``: answer at once (start-up handshake).
- ``import``: import a module, to report syntax and import errors early.
- ``put``: keep an array under a name, for later calls to refer to
  (``{"__ref__": name}``) without sending it again (used for timing).
- ``call``: call a function; optionally ``repeat`` times (``collect`` returns
  every result, not only the last), after seeding the global random state.
- ``loss_values``: call a loss ``f(W, *args)`` for each W of a stack and
  return only the losses (numeric gradients of the student's own loss).
- ``method``: make an instance of a class, set attributes, call a method;
  with ``loss_callback`` its ``loss`` asks the grader instead, and with
  ``helpers`` (with ``helper_modules``) the functions it names in those
  modules ask the grader too while the method runs (``call`` takes them too).
  A helper is described by the request, never known here: ``{name: {"params":
  [[param, kind], ...], "returns": [key, ...]}}`` (see ``grader_helper``).

Arguments may be ``{"__mapped__": {"file", "dtype", "shape"}}``: an array over
a file the grader wrote into the working folder. The grader reads that file
back itself after the call, so whether a function modified its inputs is
never something this process reports.
"""

import importlib
import mmap
import numbers
import os
import random
import sys
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import numpy as np  # noqa: E402

import wire  # noqa: E402

MAX_LIST_ITEMS = 100_000
MAX_OBJECT_ITEMS = 1_000_000


def class_name(value):
    kind = type(value)
    module = kind.__module__
    return kind.__qualname__ if module == "builtins" else f"{module}.{kind.__qualname__}"


def describe(value, depth=0):
    """A plain description of a returned value: its kind, class, and data."""
    if depth > 4:
        return {"kind": "other", "class": class_name(value)}
    if value is None:
        return {"kind": "none", "class": "NoneType"}
    if isinstance(value, np.ndarray):
        # the base view's dtype and shape: a subclass could override the properties and lie
        base = np.ndarray.view(value, np.ndarray)
        info = {"kind": "ndarray", "class": class_name(value), "dtype": base.dtype.str,
                "shape": list(base.shape)}
        if base.dtype.kind in wire.ARRAY_KINDS:
            info["data"] = np.array(base, copy=True)
        elif base.dtype.kind == "O" and base.size <= MAX_OBJECT_ITEMS:
            try:  # an object array of numbers: send the numbers, and say where they came from
                info["data"] = np.array(base.tolist(), dtype=float).reshape(base.shape)
                info["converted_from"] = "object"
            except Exception:
                pass
        return info
    if isinstance(value, (bool, np.bool_)):
        return {"kind": "scalar", "class": class_name(value), "is_float": False, "value": bool(value)}
    if isinstance(value, numbers.Number):
        info = {"kind": "scalar", "class": class_name(value),
                "is_float": isinstance(value, (float, np.floating))}
        if isinstance(value, numbers.Real):
            info["value"] = float(value)
        elif isinstance(value, numbers.Complex):
            info["value"], info["imag"] = float(value.real), float(value.imag)
        return info
    if isinstance(value, (list, tuple)):
        kind = "tuple" if isinstance(value, tuple) else "list"
        info = {"kind": kind, "class": class_name(value), "length": len(value)}
        items = list(value[:MAX_LIST_ITEMS])
        if len(items) > 16 and all(isinstance(v, numbers.Real) and not isinstance(v, np.ndarray) for v in items):
            info["numeric_items"] = np.array([float(v) for v in items])
            info["item_classes"] = sorted({class_name(v) for v in items})
        else:
            info["items"] = [describe(v, depth + 1) for v in items[:1000]]
        return info
    return {"kind": "other", "class": class_name(value)}


def where(error, root):
    """The last place in the student's files that the traceback passes through."""
    place = None
    for frame in traceback.extract_tb(error.__traceback__):
        if frame.filename.startswith(root):
            place = f"{os.path.relpath(frame.filename, root)}:{frame.lineno} in {frame.name}"
    if place is None and isinstance(error, SyntaxError) and error.filename:
        place = f"{os.path.relpath(error.filename, root)}:{error.lineno}"
    return place


def safe_text(error):
    try:
        text = str(error)
    except BaseException:  # a hostile __str__
        text = "<unprintable>"
    return text[:1000]


class Worker:
    """State of one worker process: its channel, its package root and stored arrays."""

    def __init__(self, request_fd, response_fd, root):
        self.request_fd = request_fd
        self.response_fd = response_fd
        self.root = root
        self.store = {}
        self.start_dir = os.getcwd()  # where the grader puts mapped inputs (the sandbox's work folder)
        self.maps = []  # mmaps of the current request's mapped inputs
        # bound now, before any student code is imported: patching the class later changes nothing here
        self.handlers = {name[3:]: getattr(self, name) for name in dir(self) if name.startswith("op_")}

    def resolve(self, module, qualname):
        target = importlib.import_module(module)
        for part in qualname.split("."):
            target = getattr(target, part)
        return target

    def argument(self, value):
        if isinstance(value, dict):
            if set(value) == {"__ref__"}:
                return self.store[value["__ref__"]]
            if set(value) == {"__rng__"}:
                return np.random.default_rng(value["__rng__"])
            if set(value) == {"__mapped__"}:
                return self.mapped(value["__mapped__"])
            return {k: self.argument(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self.argument(v) for v in value]
        return value

    def mapped(self, spec):
        """A writable array over a file the grader wrote: the grader reads it back itself after the call."""
        dtype, shape = np.dtype(spec["dtype"]), tuple(int(n) for n in spec["shape"])
        nbytes = int(np.prod(shape, dtype=np.int64)) * dtype.itemsize
        if nbytes == 0:
            return np.zeros(shape, dtype)
        with open(os.path.join(self.start_dir, os.path.basename(spec["file"])), "r+b") as handle:
            buffer = mmap.mmap(handle.fileno(), nbytes)
        self.maps.append(buffer)
        return np.frombuffer(buffer, dtype=dtype, count=int(np.prod(shape, dtype=np.int64))).reshape(shape)

    def op_ping(self, request):
        return {"ok": True}

    def op_import(self, request):
        importlib.import_module(request["module"])
        return {"ok": True}

    def op_put(self, request):
        self.store[request["name"]] = request["value"]
        return {"ok": True}

    def op_call(self, request):
        function = self.resolve(request["module"], request["qualname"])
        args = self.argument(request.get("args", []))
        kwargs = self.argument(request.get("kwargs", {}))
        if "global_seed" in request:
            np.random.seed(request["global_seed"])
            random.seed(request["global_seed"])
        saved = self.swap_helpers(request.get("helper_modules", []), self.grader_helpers(request))
        try:
            results = [function(*args, **kwargs) for _ in range(int(request.get("repeat", 1)))]
        finally:
            for module, name, original in saved:
                setattr(module, name, original)
        response = {"ok": True, "result": describe(results[-1])}
        if request.get("collect"):
            response["results"] = [describe(r) for r in results]
        return response

    def op_loss_values(self, request):
        function = self.resolve(request["module"], request["qualname"])
        args = self.argument(request.get("args", []))
        losses = []
        for W in request["Ws"]:
            # fresh inputs for every probe: a loss that changes X or y in place must not change the next probe
            fresh = [np.array(a, copy=True) if isinstance(a, np.ndarray) else a for a in args]
            result = function(np.array(W), *fresh)
            losses.append(describe(result[0]))
        return {"ok": True, "losses": losses}

    def ask(self, message):
        """Send a callback message to the grader and return its reply (ValueError if it refused)."""
        wire.write_message(self.response_fd, message)
        reply = wire.read_message(self.request_fd)
        if "error" in reply:
            raise ValueError(reply["error"])
        return reply

    def callback_loss(self, instance):
        """A ``loss(X_batch, y_batch, reg)`` that the grader computes."""

        def loss(X_batch, y_batch, reg):
            reply = self.ask({
                "callback": "loss",
                "W": np.asarray(instance.W, dtype=float),
                "X": np.asarray(X_batch, dtype=float),
                "y": np.asarray(y_batch).astype(np.int64),
                "reg": float(reg),
            })
            # a numpy scalar, as the student's own loss may return (so .item() and friends work too)
            return np.float64(reply["loss"]), reply["dW"]

        return loss

    # how a helper's argument is sent to the grader, by the kind the request gives it
    SENT = {
        "array": lambda value: np.asarray(value, dtype=float),
        "labels": lambda value: np.asarray(value).astype(np.int64),
        "number": float,
        "count": lambda value: None if value is None else int(value),
        "rng": lambda rng: int(rng.integers(2**62)),  # the run still depends on that rng, and only on it
    }

    def grader_helper(self, name, spec):
        """A function ``name`` that the grader answers, so that a bug in the student's own costs only there.

        ``spec["params"]`` lists ``[param, kind]`` per argument (given by position or by name): each is sent under its
        name, converted by ``SENT[kind]``, except ``rows``: an array the grader picks rows of, of
        which only the row count is sent (as ``num_rows``). ``spec["returns"]`` lists the reply's
        keys returned (one: that value; several: a tuple); numbers come back as numpy scalars, as
        the student's own function may return them, and the key ``indices`` stands for the rows
        of every ``rows`` argument at the indices the grader chose.
        """
        params = [(str(param), str(kind)) for param, kind in spec["params"]]
        returns = [str(key) for key in spec["returns"]]

        def helper(*args, **kwargs):
            names = [param for param, _ in params]
            given = dict(zip(names, args))
            # as Python's own call would: no argument twice, none missing, none unknown
            if len(args) > len(names) or set(given) & set(kwargs) or set(given) | set(kwargs) != set(names):
                raise TypeError(f"{name}() takes the arguments ({', '.join(names)})")
            given.update(kwargs)
            message, rows = {"callback": name}, []
            for param, kind in params:
                value = given[param]
                if kind == "rows":
                    rows.append(value)
                    message.setdefault("num_rows", int(np.shape(value)[0]))
                else:
                    message["seed" if kind == "rng" else param] = self.SENT[kind](value)
            reply = self.ask(message)
            values = []
            for key in returns:
                if key == "indices":
                    indices = np.asarray(reply["indices"], dtype=np.int64)
                    values.extend(value[indices] for value in rows)
                else:
                    value = reply[key]
                    values.append(np.float64(value) if isinstance(value, numbers.Real) else value)
            return values[0] if len(values) == 1 else tuple(values)

        return helper

    def grader_helpers(self, request):
        """The helpers the request names, by name (see ``grader_helper``)."""
        return {name: self.grader_helper(name, spec) for name, spec in request.get("helpers", {}).items()}

    def swap_helpers(self, modules, helpers):
        """Put ``helpers`` in place of the same names in ``modules``; returns what to restore."""
        saved = []
        for module_name in modules:
            module = importlib.import_module(module_name)
            for name, helper in helpers.items():
                if hasattr(module, name):
                    saved.append((module, name, getattr(module, name)))
                    setattr(module, name, helper)
        return saved

    def op_method(self, request):
        cls = self.resolve(request["module"], request["class"])
        instance = cls()
        for name, value in self.argument(request.get("attrs", {})).items():
            setattr(instance, name, value)
        if request.get("loss_callback"):
            instance.loss = self.callback_loss(instance)
        saved = self.swap_helpers(request.get("helper_modules", []), self.grader_helpers(request))
        args = self.argument(request.get("args", []))
        kwargs = self.argument(request.get("kwargs", {}))
        if "global_seed" in request:
            np.random.seed(request["global_seed"])
            random.seed(request["global_seed"])
        try:
            result = getattr(instance, request["method"])(*args, **kwargs)
        finally:
            for module, name, original in saved:
                setattr(module, name, original)
        attrs = {name: describe(getattr(instance, name, None)) for name in request.get("return_attrs", [])}
        return {"ok": True, "result": describe(result), "attrs": attrs}

    def handle(self, request):
        handler = self.handlers.get(str(request.get("op")))
        if handler is None:
            return {"ok": False, "error": {"type": "ProtocolError", "message": "unknown op"}}
        try:
            return handler(request)
        except BaseException as error:  # SystemExit and KeyboardInterrupt too: report, keep serving
            return {"ok": False, "error": {
                "type": type(error).__name__, "message": safe_text(error), "where": where(error, self.root)}}
        finally:
            self.maps = []  # the arrays keep their buffers alive as long as anyone holds them

    def serve(self):
        handle = self.handle  # bound before student code runs (see __init__)
        while True:
            try:
                request = wire.read_message(self.request_fd)
            except wire.ProtocolError:
                return  # the grader closed the channel: we are done
            response = handle(request)
            try:
                wire.write_message(self.response_fd, response)
            except BaseException as error:  # an answer that cannot be encoded
                wire.write_message(self.response_fd, {"ok": False, "error": {
                    "type": "UnsendableResult", "message": safe_text(error), "where": None}})


def main():
    request_fd, response_fd, root = int(sys.argv[1]), int(sys.argv[2]), os.path.abspath(sys.argv[3])
    sys.path.insert(0, root)
    sys.setrecursionlimit(5000)
    Worker(request_fd, response_fd, root).serve()


if __name__ == "__main__":
    main()
