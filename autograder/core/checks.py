"""What every check uses: the failure it raises, the context it receives, returned values.

A check is a plain function ``check_<property>(ctx)``, declared with
``@check("<rubric id>")``: it builds its own
seeded inputs, calls the student's code through ``ctx.call`` (which runs it in
the sandboxed worker), compares with the reference computed here in the
grader's process, and raises :class:`CheckFailure` with one sentence of
feedback when the property does not hold. Its docstring's first line is the
check's title in the results (``svm_loss_naive: loss matches the reference``).
"""

import os
import secrets

import numpy as np

from ..engine.sandbox import StudentCallError


class CheckFailure(Exception):
    """A property that the student's code does not have; the message is the feedback."""


def check(check_id):
    """Declare a function a check, with its rubric id (``@check("loss_matches_reference")``).

    The id, not the function's name, is what the rubric and the results use:
    two modules may each have a ``check_returns_integer_labels``, and renaming
    a function never changes a rubric. The first line of the docstring is the
    check's title in the results.
    """

    def mark(function):
        function.check_id = check_id
        return function

    return mark


def requires(*check_ids, any_of=False):
    """Gate a check on earlier checks of the same exercise (by id).

    A gated check pays only when the function does the work it exists for: a
    stub that returns zeros has the right types, modifies nothing, has no loops
    and is fast, and must still score nothing. The runner skips a gated check
    (it fails with one sentence naming the gate) unless all of ``check_ids``
    passed, or at least one of them with ``any_of=True``.
    """

    def mark(check):
        check.requires = tuple(check_ids)
        check.requires_any = any_of
        return check

    return mark


KINDS = ("none", "scalar", "ndarray", "tuple", "list", "other")
MAX_CLASS_CHARS = 200
MAX_DIMENSIONS = 32
MAX_ITEMS = 1000


def _real(value):
    """A JSON number the grader can use as a float (bounded ints, no bools), else None."""
    if isinstance(value, float) or (type(value) is int and abs(value) < 2**63):
        return value
    return None


def _shape(value):
    if (isinstance(value, list) and len(value) <= MAX_DIMENSIONS
            and all(type(n) is int and 0 <= n < 2**62 for n in value)):
        return value
    return None


def clean_description(info, depth=0):
    """Only the fields of a description that have the types an honest worker sends (see worker_main.describe).

    The worker runs student code, so a description may be anything; what is
    malformed is dropped here, and every accessor of :class:`Returned` can
    then read it without guarding.
    """
    if not isinstance(info, dict) or info.get("kind") not in KINDS or depth > 8:
        return {"kind": "other", "class": "?"}
    cls = info.get("class")
    clean = {"kind": info["kind"], "class": cls[:MAX_CLASS_CHARS] if isinstance(cls, str) else "?"}
    if clean["kind"] == "scalar":
        if isinstance(info.get("value"), bool):
            clean["value"] = info["value"]
        elif _real(info.get("value")) is not None:
            clean["value"] = info["value"]
        if _real(info.get("imag")) is not None:
            clean["imag"] = info["imag"]
        clean["is_float"] = info.get("is_float") is True
    elif clean["kind"] == "ndarray":
        data = info.get("data")
        if isinstance(data, np.ndarray) and data.dtype.kind in "biufc" and data.ndim <= MAX_DIMENSIONS:
            clean["data"] = data
        if isinstance(info.get("dtype"), str):
            clean["dtype"] = info["dtype"][:40]
        if _shape(info.get("shape")) is not None:
            clean["shape"] = info["shape"]
        if isinstance(info.get("converted_from"), str):
            clean["converted_from"] = info["converted_from"][:20]
    elif clean["kind"] in ("tuple", "list"):
        if type(info.get("length")) is int and info["length"] >= 0:
            clean["length"] = info["length"]
        numeric = info.get("numeric_items")
        if isinstance(numeric, np.ndarray) and numeric.ndim == 1 and numeric.dtype.kind in "biuf":
            clean["numeric_items"] = numeric
            classes = info.get("item_classes")
            if isinstance(classes, list) and all(isinstance(c, str) for c in classes):
                clean["item_classes"] = [c[:MAX_CLASS_CHARS] for c in classes[:20]]
        items = info.get("items")
        if isinstance(items, list):
            clean["items"] = [clean_description(item, depth + 1) for item in items[:MAX_ITEMS]]
        clean.setdefault("length", len(clean.get("items", clean.get("numeric_items", []))))
    return clean


class Returned:
    """A value returned by student code, as the worker described it.

    The worker sends kinds and classes as strings and numbers as arrays;
    nothing here trusts or executes anything it sent.
    """

    def __init__(self, info):
        self.info = clean_description(info)

    @property
    def kind(self):
        return self.info.get("kind")

    @property
    def cls(self):
        return str(self.info.get("class"))

    def array(self):
        """The data of an ndarray (any subclass, e.g. np.matrix), as a plain ndarray, or None."""
        data = self.info.get("data")
        return data if isinstance(data, np.ndarray) else None

    def real_array(self):
        """The data as real numbers: complex data only when every imaginary part is 0; else None."""
        data = self.array()
        if data is None or data.dtype.kind not in "biufc":
            return None
        if data.dtype.kind == "c":
            return np.ascontiguousarray(data.real) if not np.any(data.imag) else None
        return data

    def problem_with_values(self):
        """Why the data cannot be read as real numbers (complex parts, not numbers), or None."""
        data = self.array()
        if data is not None and data.dtype.kind == "c" and np.any(data.imag):
            return "has a non-zero imaginary part"
        if data is None and self.kind == "ndarray":
            return f"holds {self.info.get('dtype')!s:.40} values, not numbers"
        return None

    def items(self):
        """The items of a tuple or list, each a Returned."""
        if "numeric_items" in self.info and isinstance(self.info["numeric_items"], np.ndarray):
            classes = self.info.get("item_classes") or ["float"]
            cls = classes[0] if len(classes) == 1 else "mixed numbers"
            return [Returned({"kind": "scalar", "class": cls, "is_float": cls in ("float", "numpy.float64"),
                              "value": float(v)}) for v in self.info["numeric_items"]]
        return [Returned(item) for item in self.info.get("items", [])]

    def numbers(self):
        """The numbers of a list or tuple (or a 1-d array) as a float array, or None."""
        if isinstance(self.info.get("numeric_items"), np.ndarray):
            return self.info["numeric_items"].astype(float)
        if self.kind == "ndarray":
            data = self.real_array()
            return data.astype(float) if data is not None and data.ndim == 1 else None
        values = [item.value() for item in self.items()]
        if any(v is None for v in values):
            return None
        return np.array(values, dtype=float)

    def value(self):
        """The value of a real number, or None.

        Any harmless spelling of one number counts: a Python or numpy scalar,
        a 0-d or 1-element array (np.matrix too), a complex number whose
        imaginary part is 0. Booleans do not.
        """
        if self.kind == "scalar":
            number, imag = self.info.get("value"), self.info.get("imag", 0.0)
            if isinstance(number, bool) or self.cls in ("bool", "numpy.bool", "numpy.bool_"):
                return None
            if isinstance(number, (int, float)) and isinstance(imag, (int, float)) and imag == 0:
                return float(number)
            return None
        data = self.real_array()
        if data is not None and data.size == 1 and data.dtype.kind in "iuf":
            return float(data.reshape(-1)[0])
        return None

    @property
    def shape(self):
        """The array's shape: that of the data sent, when there is data."""
        data = self.array()
        if data is not None:
            return data.shape
        shape = self.info.get("shape")
        if isinstance(shape, list) and all(isinstance(n, int) for n in shape) and len(shape) <= 32:
            return tuple(shape)
        return None

    @property
    def dtype(self):
        """The array's dtype: that of the data sent when there is data, else the described one, or None."""
        data = self.array()
        if data is not None and self.info.get("converted_from") is None:
            return data.dtype
        try:
            return np.dtype(str(self.info.get("dtype"))[:40])
        except Exception:  # any string at all may come from the worker
            return None

    def summary(self):
        """A few words for feedback: 'a tuple of 3 items', 'an ndarray of shape (4, 3), float32'."""
        if self.kind == "ndarray":
            dtype = self.dtype.name if self.dtype is not None else "?"
            cls = "an ndarray" if self.cls == "numpy.ndarray" else f"a {self.cls:.60} (an ndarray subclass)"
            return f"{cls} of shape {self.shape}, dtype {dtype}"
        if self.kind in ("tuple", "list"):
            return f"a {self.kind} of {self.info.get('length')!s:.12} items"
        if self.kind == "none":
            return "None"
        return f"a {self.cls:.60}"


def precision_problem(name, what, returned):
    """One sentence if an array's dtype loses precision for float64 inputs (float16/32), else None.

    Any dtype that holds the float64 values exactly is accepted (float64,
    longdouble, an object array of floats, complex with zero imaginary parts),
    and so is any ndarray subclass: a harmless type never costs points.
    """
    dtype = returned.dtype
    if dtype is not None and dtype.kind == "f" and dtype.itemsize < 8:
        return f"{name} returned {what} with dtype {dtype}; for float64 inputs it must be float64 (no precision lost)."
    return None


class MappedInputs:
    """Input arrays handed to the worker as files the grader wrote, and read back by the grader.

    Whether a function modified its inputs is decided from these files as the
    grader reads them after the call (``os.pread`` on the descriptor it kept,
    so a file replaced, truncated or grown by student code reads as modified),
    never from what the worker says about them.
    """

    def __init__(self, sandbox):
        self.sandbox = sandbox
        self.files = []  # (fd, path, dtype, shape) per mapped argument

    def placeholder(self, array):
        """Write ``array`` to a new file in the worker's folder; returns the request's placeholder."""
        array = np.ascontiguousarray(array)
        folder = self.sandbox.work_dir
        name = f".input-{secrets.token_hex(8)}.bin"
        fd = os.open(folder / name, os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
        try:
            if os.geteuid() == 0 and self.sandbox.user != 0:
                os.fchown(fd, self.sandbox.user, self.sandbox.user)
            os.pwrite(fd, array.tobytes(), 0)
        except BaseException:
            os.close(fd)
            raise
        self.files.append((fd, folder / name, array.dtype, array.shape))
        return {"__mapped__": {"file": name, "dtype": array.dtype.str, "shape": list(array.shape)}}

    def read_back(self):
        """Each mapped array as the file now holds it (None when it no longer has its size); closes the files."""
        arrays = []
        for fd, path, dtype, shape in self.files:
            nbytes = int(np.prod(shape, dtype=np.int64)) * dtype.itemsize
            data = os.pread(fd, nbytes, 0) if nbytes else b""
            arrays.append(np.frombuffer(data, dtype=dtype).reshape(shape).copy() if len(data) == nbytes else None)
        self.close()
        return arrays

    def close(self):
        for fd, path, _, _ in self.files:
            os.close(fd)
            try:
                os.unlink(path)
            except OSError:  # the student's code may have moved it, or put a folder there
                pass
        self.files = []


def read_back_returned(array):
    """A grader-read input array wrapped like a returned value (None: the file was truncated or replaced)."""
    if array is None:
        return Returned({"kind": "other", "class": "a file that is no longer the input"})
    return Returned({"kind": "ndarray", "class": "numpy.ndarray", "dtype": array.dtype.str,
                     "shape": list(array.shape), "data": array})


class Context:
    """What a check gets: the exercise, a way to call student code, and a shared cache.

    Parameters
    ----------
    exercise : autograder.loss_functions.exercises.Exercise
        The function or method under test.
    sandbox : autograder.engine.sandbox.Sandbox
        Runs the student's code.
    cache : dict
        Shared by all checks of one grading run (timings, verdicts on calls).
    """

    def __init__(self, exercise, sandbox, cache):
        self.exercise = exercise
        self.sandbox = sandbox
        self.cache = cache

    @property
    def name(self):
        return self.exercise.name

    def reference(self, *args, **kwargs):
        """Call the reference implementation of this exercise (in the grader)."""
        return self.exercise.reference(*args, **kwargs)

    def request(self, body, name=None, timeout=None, callback=None):
        """Send a request for the function called ``name``; failures become CheckFailure."""
        name = name or self.name
        hung = self.cache.setdefault("hung", set())
        if name in hung:
            raise CheckFailure(f"{name} was not called again: an earlier call did not finish in time.")
        try:
            return self.sandbox.request(body, timeout=timeout, callback=callback)
        except StudentCallError as error:
            if error.kind == "timeout":
                hung.add(name)
            if error.error_type == "NotImplementedError":
                raise CheckFailure(f"{name} is not implemented yet (it raises NotImplementedError).") from None
            last = name.split(".")[-1]
            if error.error_type == "AttributeError" and f"has no attribute '{last}'" in (error.message or ""):
                where = f"{self.exercise.package}/{self.exercise.relative_file}"
                raise CheckFailure(f"{name} is missing from {where}: define it there, with this name.") from None
            raise CheckFailure(f"{name} {error.describe()}") from None

    def call(self, *args, qualname=None, module=None, kwargs=None, **options):
        """Call a student function in the worker and return what it returned.

        Parameters
        ----------
        *args
            Positional arguments (arrays, numbers, ``{"__rng__": seed}``,
            ``{"__ref__": name}``).
        qualname, module : str, optional
            Another function than this exercise's (e.g. the naive version).
        kwargs : dict, optional
            Keyword arguments.
        **options
            ``return_args``, ``global_seed``, ``repeat``, ``collect``, ``timeout``.
            With ``return_args`` the array arguments go to the worker as files
            (see :class:`MappedInputs`) that the grader reads back after the call.

        Returns
        -------
        Returned; a list of Returned with ``collect=True``; or
        (Returned, list of Returned) with ``return_args=True``: the arguments
        as the grader read them back (arrays), one per positional argument.
        """
        qualname = qualname or self.exercise.qualname
        module = module or self.exercise.module
        timeout = options.pop("timeout", None)
        return_args = options.pop("return_args", False)
        mapped = MappedInputs(self.sandbox) if return_args else None
        try:
            if mapped:
                args = [mapped.placeholder(a) if isinstance(a, np.ndarray) else a for a in args]
            body = {"op": "call", "module": module, "qualname": qualname,
                    "args": list(args), "kwargs": kwargs or {}, **options}
            answer = self.request(body, name=qualname, timeout=timeout)
            after = iter(mapped.read_back()) if mapped else None
        finally:
            if mapped:
                mapped.close()
        returned = Returned(answer.get("result"))
        if options.get("collect"):
            results = answer.get("results")
            return [Returned(r) for r in results] if isinstance(results, list) else []
        if return_args:
            # read by the grader from its own files: never what the worker says about them
            return returned, [read_back_returned(next(after)) if isinstance(a, dict) and "__mapped__" in a
                              else Returned({"kind": "other", "class": type(a).__name__}) for a in args]
        return returned


