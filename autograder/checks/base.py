"""What every check uses: the failure it raises, the context it receives, returned values.

A check is a plain function ``check_<property>(ctx)``: it builds its own
seeded inputs, calls the student's code through ``ctx.call`` (which runs it in
the sandboxed worker), compares with the reference computed here in the
grader's process, and raises :class:`CheckFailure` with one sentence of
feedback when the property does not hold. Its docstring's first line is the
check's title in the results (``svm_loss_naive: loss matches the reference``).
"""

import numpy as np

from ..engine.sandbox import StudentCallError


class CheckFailure(Exception):
    """A property that the student's code does not have; the message is the feedback."""


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


def gate_passes(check, verdicts):
    """Whether a check's gate (see :func:`requires`) is open, given the verdicts so far."""
    needed = getattr(check, "requires", ())
    if not needed:
        return True
    passed = [verdicts.get(check_id, False) for check_id in needed]
    return any(passed) if check.requires_any else all(passed)


class Returned:
    """A value returned by student code, as the worker described it.

    The worker sends kinds and classes as strings and numbers as arrays;
    nothing here trusts or executes anything it sent.
    """

    def __init__(self, info):
        self.info = info if isinstance(info, dict) else {"kind": "other", "class": "?"}

    @property
    def kind(self):
        return self.info.get("kind")

    @property
    def cls(self):
        return str(self.info.get("class"))

    def array(self):
        """The data of an ndarray, as a plain float64/int array, or None."""
        data = self.info.get("data")
        return data if isinstance(data, np.ndarray) else None

    def items(self):
        """The items of a tuple or list, each a Returned."""
        if "numeric_items" in self.info and isinstance(self.info["numeric_items"], np.ndarray):
            classes = self.info.get("item_classes") or ["float"]
            cls = classes[0] if len(classes) == 1 else "mixed numbers"
            return [Returned({"kind": "scalar", "class": cls, "is_float": cls in ("float", "numpy.float64"),
                              "value": float(v)}) for v in self.info["numeric_items"]]
        return [Returned(item) for item in self.info.get("items", [])]

    def numbers(self):
        """The items of a list or tuple of numbers as a float array, or None."""
        if isinstance(self.info.get("numeric_items"), np.ndarray):
            return self.info["numeric_items"].astype(float)
        values = [item.value() for item in self.items()]
        if any(v is None for v in values):
            return None
        return np.array(values, dtype=float)

    def value(self):
        """The value of a real scalar (also of a 0-d or 1-element array), or None."""
        if self.kind == "scalar" and isinstance(self.info.get("value"), (int, float)):
            return float(self.info["value"])
        data = self.array()
        if data is not None and data.size == 1 and data.dtype.kind in "biuf":
            return float(data.reshape(()))
        return None

    @property
    def shape(self):
        """The array's shape: that of the data sent, when there is data."""
        data = self.array()
        if data is not None:
            return data.shape
        shape = self.info.get("shape")
        return tuple(shape) if isinstance(shape, list) else None

    @property
    def dtype(self):
        """The array's dtype: that of the data sent, when there is data."""
        data = self.array()
        if data is not None:
            return data.dtype
        try:
            return np.dtype(self.info.get("dtype"))
        except TypeError:
            return None

    def summary(self):
        """A few words for feedback: 'a tuple of 3 items', 'an ndarray of shape (4, 3), float32'."""
        if self.kind == "ndarray":
            dtype = self.dtype.name if self.dtype is not None else "?"
            cls = "an ndarray" if self.cls == "numpy.ndarray" else f"a {self.cls} (an ndarray subclass)"
            return f"{cls} of shape {self.shape}, dtype {dtype}"
        if self.kind in ("tuple", "list"):
            return f"a {self.kind} of {self.info.get('length')} items"
        if self.kind == "none":
            return "None"
        return f"a {self.cls}"


class Context:
    """What a check gets: the exercise, a way to call student code, and a shared cache.

    Parameters
    ----------
    exercise : autograder.checks.registry.Exercise
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

        Returns
        -------
        Returned; a list of Returned with ``collect=True``; or
        (Returned, list of Returned) with ``return_args=True``.
        """
        qualname = qualname or self.exercise.qualname
        module = module or self.exercise.module
        timeout = options.pop("timeout", None)
        body = {"op": "call", "module": module, "qualname": qualname,
                "args": list(args), "kwargs": kwargs or {}, **options}
        answer = self.request(body, name=qualname, timeout=timeout)
        returned = Returned(answer.get("result"))
        if options.get("collect"):
            results = answer.get("results")
            return [Returned(r) for r in results] if isinstance(results, list) else []
        if options.get("return_args"):
            return returned, [Returned(a) for a in answer.get("args_after", [])]
        return returned


