"""The message format between the grader and the worker that runs student code.

Both sides use this module: the grader imports it, and the sandbox copies it
next to ``worker_main.py`` (the worker never sees the rest of the autograder).

A message is a JSON header followed by the raw bytes of the numeric arrays it
carries::

    4 bytes   length of the header, big-endian
    header    JSON: {"body": ..., "arrays": [{"dtype", "shape", "nbytes"}, ...]}
    bytes     each array's data, in order

Inside ``body`` an array is the placeholder ``{"__array__": index}``. Nothing
is ever unpickled: the grader reads whatever the worker sends with
:func:`decode`, which accepts only JSON and plain numeric arrays and checks
every size, so a hostile worker can send wrong answers but cannot run code in
the grader.
"""

import json
import os
import struct

import numpy as np

# numeric kinds only: bool, signed, unsigned, float, complex
ARRAY_KINDS = "biufc"
MAX_HEADER_BYTES = 64 * 2**20
MAX_ARRAY_BYTES = 1024 * 2**20


class ProtocolError(Exception):
    """A message that does not follow the format (a broken or hostile peer)."""


def _extract_arrays(value, arrays):
    if isinstance(value, np.ndarray):
        base = np.ascontiguousarray(value).view(np.ndarray)
        if base.dtype.kind not in ARRAY_KINDS:
            raise TypeError(f"cannot send an array of dtype {base.dtype}")
        arrays.append(base)
        return {"__array__": len(arrays) - 1}
    if isinstance(value, dict):
        return {str(k): _extract_arrays(v, arrays) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_extract_arrays(v, arrays) for v in value]
    return value


def encode(body):
    """Serialise a JSON-like body whose leaves may be numeric ndarrays.

    Parameters
    ----------
    body : dict, list, str, int, float, bool, None or ndarray (nested)

    Returns
    -------
    bytes
    """
    arrays = []
    tree = _extract_arrays(body, arrays)
    specs = [{"dtype": a.dtype.str, "shape": list(a.shape), "nbytes": a.nbytes} for a in arrays]
    header = json.dumps({"body": tree, "arrays": specs}, allow_nan=True).encode()
    return b"".join([struct.pack(">I", len(header)), header] + [a.tobytes() for a in arrays])


def _insert_arrays(tree, arrays):
    if isinstance(tree, dict):
        if set(tree) == {"__array__"}:
            index = tree["__array__"]
            if not isinstance(index, int) or not 0 <= index < len(arrays):
                raise ProtocolError("array placeholder out of range")
            return arrays[index]
        return {k: _insert_arrays(v, arrays) for k, v in tree.items()}
    if isinstance(tree, list):
        return [_insert_arrays(v, arrays) for v in tree]
    return tree


def _array_from(spec, data):
    try:
        dtype = np.dtype(spec["dtype"])
        shape = tuple(int(n) for n in spec["shape"])
    except Exception as error:  # any malformed spec is a protocol error
        raise ProtocolError(f"bad array spec: {error}") from None
    if dtype.kind not in ARRAY_KINDS or dtype.hasobject:
        raise ProtocolError(f"array dtype {dtype} is not numeric")
    if any(n < 0 for n in shape) or int(np.prod(shape, dtype=np.int64)) * dtype.itemsize != len(data):
        raise ProtocolError("array size does not match its shape")
    return np.frombuffer(data, dtype=dtype).reshape(shape).copy()


def read_exact(fd, size):
    """Read exactly ``size`` bytes from a file descriptor (ProtocolError on EOF)."""
    chunks, remaining = [], size
    while remaining:
        chunk = os.read(fd, min(remaining, 2**20))
        if not chunk:
            raise ProtocolError("the peer closed the channel")
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def read_message(fd, read=read_exact):
    """Read and decode one message from a file descriptor.

    ``read(fd, size)`` reads exactly ``size`` bytes; the grader passes one
    with a deadline, so that a worker that stops half-way cannot hang it.

    Returns
    -------
    object
        The body, with ndarrays in place of their placeholders.

    Raises
    ------
    ProtocolError
        On EOF or on anything that is not a well-formed message.
    """
    (header_size,) = struct.unpack(">I", read(fd, 4))
    if header_size > MAX_HEADER_BYTES:
        raise ProtocolError("header too large")
    try:
        header = json.loads(read(fd, header_size))
        specs = header["arrays"]
        body = header["body"]
        if not isinstance(specs, list):
            raise TypeError("arrays is not a list")
    except ProtocolError:
        raise
    except Exception as error:  # malformed JSON, wrong keys, too deep
        raise ProtocolError(f"bad header: {type(error).__name__}") from None
    arrays, total = [], 0
    for spec in specs:
        try:
            nbytes = int(spec["nbytes"])
        except Exception:
            raise ProtocolError("bad array spec") from None
        total += nbytes
        if nbytes < 0 or total > MAX_ARRAY_BYTES:
            raise ProtocolError("arrays too large")
        arrays.append(_array_from(spec, read(fd, nbytes)))
    try:
        return _insert_arrays(body, arrays)
    except RecursionError:
        raise ProtocolError("message nested too deeply") from None


def write_message(fd, body):
    """Encode ``body`` and write all of it to a file descriptor."""
    view = memoryview(encode(body))
    while view:
        written = os.write(fd, view)
        view = view[written:]
