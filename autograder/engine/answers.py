"""What a worker's answer must look like, checked in the grader before any check reads it.

The worker runs student code in its own process, so everything it sends is
testimony from that code (see ``worker_main.py`` for what an honest worker
sends). :func:`check_answer` and :func:`check_callback` accept exactly the
shapes an honest worker produces, with the right types at every level, and
raise :class:`wire.ProtocolError` naming the first thing that is wrong
otherwise: the sandbox then fails that call with one sentence and replaces the
worker. Checks can therefore read an answer without guarding every access.

Strings are cut to a bounded length here (the worker already cuts its own), so
that nothing downstream holds a megabyte-long class name.
"""

import numpy as np

from .wire import ProtocolError

KINDS = ("none", "scalar", "ndarray", "tuple", "list", "other")
MAX_DEPTH = 6  # the worker describes 5 levels at most (depth 0 to 4, then "other")
MAX_ITEMS = 1000  # the worker describes at most 1000 items of a list
TEXT_CHARS = 2000  # the most kept of any string in an answer
MAX_DIMENSIONS = 64
LARGEST_INT = 2**63  # a JSON integer may have thousands of digits; float() of it would overflow


def _fail(where, what):
    raise ProtocolError(f"{where} {what}")


def _text(value, where, optional=False):
    if value is None and optional:
        return None
    if not isinstance(value, str):
        _fail(where, "is not a string")
    return value[:TEXT_CHARS]


def _number(value, where):
    if isinstance(value, bool) or (isinstance(value, float)):
        return value
    if type(value) is int and abs(value) < LARGEST_INT:
        return value
    _fail(where, "is not a number")


def _extra(value, checked, where):
    """Fields this module does not know (a newer worker's): kept when they are a number, a string or an array."""
    for key, item in value.items():
        if key in checked:
            continue
        if isinstance(item, str):
            item = item[:TEXT_CHARS]
        elif item is not None and not isinstance(item, np.ndarray):
            item = _number(item, f"{where}'s {str(key)[:40]!r}")
        checked[str(key)[:TEXT_CHARS]] = item
    return checked


def _array(value, where):
    if not isinstance(value, np.ndarray):
        _fail(where, "is not an array")
    return value


def description(value, where="the result", depth=0):
    """A checked copy of the worker's description of a value (see ``worker_main.describe``)."""
    if depth > MAX_DEPTH:
        _fail(where, "is nested too deeply")
    if not isinstance(value, dict):
        _fail(where, "is not an object")
    kind = value.get("kind")
    if kind not in KINDS:
        _fail(where, "has no known kind")
    checked = {"kind": kind, "class": _text(value.get("class"), f"{where}'s class")}
    if kind == "ndarray":
        checked["dtype"] = _text(value.get("dtype"), f"{where}'s dtype")
        shape = value.get("shape")
        if (not isinstance(shape, list) or len(shape) > MAX_DIMENSIONS
                or not all(type(n) is int and 0 <= n < LARGEST_INT for n in shape)):
            _fail(where, "has a malformed shape")
        checked["shape"] = shape
        if "data" in value:
            checked["data"] = _array(value["data"], f"{where}'s data")
    elif kind == "scalar":
        if not isinstance(value.get("is_float"), bool):
            _fail(where, "does not say whether it is a float")
        checked["is_float"] = value["is_float"]
        if "value" in value:
            checked["value"] = _number(value["value"], f"{where}'s value")
    elif kind in ("tuple", "list"):
        checked.update(_sequence(value, where, depth))
    return _extra(value, checked, where)


def _sequence(value, where, depth):
    length = value.get("length")
    if type(length) is not int or not 0 <= length < LARGEST_INT:
        _fail(where, "has a malformed length")
    checked = {"length": length}
    if "numeric_items" in value:
        items = _array(value["numeric_items"], f"{where}'s items")
        if items.ndim != 1:
            _fail(where, "has numeric items that are not a flat array")
        classes = value.get("item_classes", [])
        if not isinstance(classes, list) or len(classes) > MAX_ITEMS:
            _fail(where, "has malformed item classes")
        checked["numeric_items"] = items
        checked["item_classes"] = [_text(c, f"{where}'s item class") for c in classes]
    items = value.get("items", [])
    if not isinstance(items, list) or len(items) > MAX_ITEMS:
        _fail(where, "has malformed items")
    if "items" in value:
        checked["items"] = [description(item, f"{where}'s item {i}", depth + 1) for i, item in enumerate(items)]
    return checked


def _descriptions(value, where):
    if not isinstance(value, list) or len(value) > MAX_ITEMS:
        _fail(where, "is not a list")
    return [description(item, f"{where} {i}") for i, item in enumerate(value)]


def error(value):
    """A checked copy of the ``error`` of a failed call: ``type``, ``message``, ``where``."""
    if not isinstance(value, dict):
        _fail("the error", "is not an object")
    return {"type": _text(value.get("type"), "the error's type"),
            "message": _text(value.get("message"), "the error's message"),
            "where": _text(value.get("where"), "the error's place", optional=True)}


def _call(answer, checked):
    checked["result"] = description(answer.get("result"))
    if "results" in answer:
        checked["results"] = _descriptions(answer["results"], "result")
    if "args_after" in answer:
        checked["args_after"] = _descriptions(answer["args_after"], "argument")


def _method(answer, checked):
    checked["result"] = description(answer.get("result"))
    attrs = answer.get("attrs", {})
    if not isinstance(attrs, dict) or len(attrs) > MAX_ITEMS:
        _fail("the attributes", "are not an object")
    checked["attrs"] = {_text(name, "an attribute name"): description(value, f"attribute {name[:40]!r}")
                        for name, value in attrs.items()}


def _loss_values(answer, checked):
    losses = answer.get("losses")
    if isinstance(losses, np.ndarray):  # an older worker sent the numbers themselves
        if losses.ndim != 1:
            _fail("the losses", "are not a flat array")
        checked["losses"] = losses
    else:
        checked["losses"] = _descriptions(losses, "loss")


CHECKERS = {"call": _call, "method": _method, "loss_values": _loss_values}


def check_answer(op, answer):
    """A checked copy of the worker's final answer to a request with this ``op``.

    Parameters
    ----------
    op : str
        The request's ``op``; ops this module does not know get only the
        envelope checked (``ok`` and ``error``).
    answer : object
        What ``wire.read_message`` decoded.

    Returns
    -------
    dict
        ``{"ok": True, ...}`` with every field of the op checked, or
        ``{"ok": False, "error": {...}}``.

    Raises
    ------
    wire.ProtocolError
        Naming the first field that is missing or of the wrong type.
    """
    if not isinstance(answer, dict):
        _fail("the answer", "is not an object")
    if answer.get("ok") is False:
        return {"ok": False, "error": error(answer.get("error"))}
    if answer.get("ok") is not True:
        _fail("the answer", "says neither ok nor failed")
    checker = CHECKERS.get(op)
    if checker is None:
        return dict(answer)
    checked = {"ok": True}
    checker(answer, checked)
    return checked


def check_callback(message):
    """A checked copy of a callback message: ``callback`` names it, other fields are arrays, numbers or None.

    What each callback needs (shapes, ranges) is for the callback to check: it answers ``{"error": ...}``.
    """
    name = _text(message.get("callback"), "the callback's name")
    checked = {"callback": name}
    for key, value in message.items():
        if key == "callback":
            continue
        if value is not None and not isinstance(value, np.ndarray):
            value = _number(value, f"the callback's {key[:40]!r}")
        checked[key[:TEXT_CHARS]] = value
    return checked
