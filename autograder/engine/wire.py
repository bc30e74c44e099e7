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
:func:`read_message`, which accepts only JSON and plain numeric arrays and
checks every size against a cap *before* allocating anything (sizes are
computed with Python integers, so no element count can overflow), so a
hostile worker can send wrong answers but cannot run code in the grader, crash
it or make it allocate more than the cap.

How bytes move is up to the caller: ``read(fd, size)`` and ``write(fd, view)``
default to plain blocking calls (the worker's side); the grader passes
versions with a deadline (``sandbox.py``), so that a worker that stops reading
or writing half-way cannot hang it.
"""

import json
import math
import os
import struct

import numpy as np

# numeric kinds only: bool, signed, unsigned, float, complex
ARRAY_KINDS = "biufc"
MAX_HEADER_BYTES = 64 * 2**20  # the most either side accepts for a header, whatever the caller's cap
MAX_ARRAY_BYTES = 1024 * 2**20  # the default cap of a whole message (the worker's side)
MAX_DIMENSIONS = 32  # numpy's own limit is 64
MAX_ARRAYS = 10_000


class ProtocolError(Exception):
    """A message that does not follow the format (a broken or hostile peer)."""


class ChannelClosed(ProtocolError):
    """The peer closed its end (it exited, or closed the pipe) before a whole message arrived."""


class TooLarge(ProtocolError):
    """A message larger than the cap the reader set for it."""


def _extract_arrays(value, arrays):
    if isinstance(value, np.ndarray):
        # the base class's view (a subclass could lie in its properties); C order, 0-d arrays kept 0-d
        base = np.ndarray.view(value, np.ndarray)
        if not base.flags.c_contiguous:
            base = base.copy(order="C")
        if base.dtype.kind not in ARRAY_KINDS:
            raise TypeError(f"cannot send an array of dtype {base.dtype}")
        arrays.append(base)
        return {"__array__": len(arrays) - 1}
    if isinstance(value, dict):
        return {str(k): _extract_arrays(v, arrays) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_extract_arrays(v, arrays) for v in value]
    return value


def frames(body):
    """The message for ``body`` as a list of buffers to write in order (the arrays are not copied).

    Parameters
    ----------
    body : dict, list, str, int, float, bool, None or ndarray (nested)

    Returns
    -------
    list of bytes or memoryview
    """
    arrays = []
    tree = _extract_arrays(body, arrays)
    specs = [{"dtype": a.dtype.str, "shape": list(a.shape), "nbytes": a.nbytes} for a in arrays]
    header = json.dumps({"body": tree, "arrays": specs}, allow_nan=True).encode()
    return [struct.pack(">I", len(header)) + header] + [memoryview(a).cast("B") for a in arrays if a.nbytes]


def encode(body):
    """The whole message for ``body`` as one bytes object (see :func:`frames`)."""
    return b"".join(bytes(frame) for frame in frames(body))


def _insert_arrays(tree, arrays):
    if isinstance(tree, dict):
        if set(tree) == {"__array__"}:
            index = tree["__array__"]
            if type(index) is not int or not 0 <= index < len(arrays):
                raise ProtocolError("array placeholder out of range")
            return arrays[index]
        return {k: _insert_arrays(v, arrays) for k, v in tree.items()}
    if isinstance(tree, list):
        return [_insert_arrays(v, arrays) for v in tree]
    return tree


def _whole_number(value, what):
    # bool is an int in Python, and a float like 3.0 is not a count: both are malformed here
    if type(value) is not int or value < 0:
        raise ProtocolError(f"{what} is not a non-negative whole number")
    return value


def parse_spec(spec):
    """(dtype, shape, nbytes) of one array spec, every field checked; ProtocolError if malformed.

    The element count is a product of Python integers (it cannot overflow), and
    it must agree with ``nbytes``.
    """
    if not isinstance(spec, dict):
        raise ProtocolError("an array spec is not an object")
    dtype_text, shape, nbytes = spec.get("dtype"), spec.get("shape"), spec.get("nbytes")
    if not isinstance(dtype_text, str) or len(dtype_text) > 8:
        raise ProtocolError("an array's dtype is not a short string")
    try:
        dtype = np.dtype(dtype_text)
    except Exception:  # numpy raises TypeError, ValueError, SyntaxError... for odd strings
        raise ProtocolError(f"unknown array dtype {dtype_text[:8]!r}") from None
    if dtype.kind not in ARRAY_KINDS or dtype.hasobject or dtype.shape != () or dtype.itemsize == 0:
        raise ProtocolError(f"array dtype {dtype_text[:8]!r} is not a plain numeric type")
    if not isinstance(shape, list) or len(shape) > MAX_DIMENSIONS:
        raise ProtocolError("an array's shape is not a list of at most 32 sizes")
    shape = tuple(_whole_number(n, "an array's size") for n in shape)
    nbytes = _whole_number(nbytes, "an array's byte count")
    if math.prod(shape) * dtype.itemsize != nbytes:
        raise ProtocolError("an array's byte count does not match its shape")
    return dtype, shape, nbytes


def read_exact(fd, size):
    """Read exactly ``size`` bytes from a blocking file descriptor into a new bytearray.

    Raises
    ------
    ChannelClosed
        On end of file before ``size`` bytes.
    """
    buffer = bytearray(size)
    view, done = memoryview(buffer), 0
    while done < size:
        count = os.readv(fd, [view[done:]])
        if not count:
            raise ChannelClosed("the peer closed the channel")
        done += count
    return buffer


def _decode_header(raw):
    try:
        header = json.loads(raw)
    except RecursionError:
        raise ProtocolError("header nested too deeply") from None
    except Exception as error:  # malformed JSON, invalid UTF-8, numbers with too many digits
        raise ProtocolError(f"bad header: {type(error).__name__}") from None
    if not isinstance(header, dict) or set(header) != {"body", "arrays"}:
        raise ProtocolError("bad header: not an object with exactly body and arrays")
    specs = header["arrays"]
    if not isinstance(specs, list) or len(specs) > MAX_ARRAYS:
        raise ProtocolError("bad header: arrays is not a list of at most 10000 specs")
    return header["body"], [parse_spec(spec) for spec in specs]


def read_message(fd, read=read_exact, max_bytes=MAX_ARRAY_BYTES, max_header=MAX_HEADER_BYTES):
    """Read and decode one message from a file descriptor.

    Parameters
    ----------
    fd : int
    read : callable
        ``read(fd, size)`` returns exactly ``size`` bytes (bytes or
        bytearray); the grader passes one with a deadline.
    max_bytes : int
        The most the whole message may take (header and arrays). Every size is
        checked against it before anything of that size is allocated.
    max_header : int
        The most its JSON header may take (a megabyte of JSON can decode into
        twenty times as much in Python objects, so the grader keeps it small).

    Returns
    -------
    body : object
        The body, with ndarrays in place of their placeholders.

    Raises
    ------
    ProtocolError
        On EOF (:class:`ChannelClosed`), on a message over the cap
        (:class:`TooLarge`), or on anything that is not a well-formed message.
    """
    (header_size,) = struct.unpack(">I", bytes(read(fd, 4)))
    if 4 + header_size > min(max_bytes, max_header, MAX_HEADER_BYTES):
        raise TooLarge(f"a header of {header_size} bytes is over the cap of {min(max_bytes, max_header)} bytes")
    body, specs = _decode_header(read(fd, header_size))
    if 4 + header_size + sum(nbytes for _, _, nbytes in specs) > max_bytes:
        raise TooLarge(f"a message over the cap of {max_bytes} bytes")
    arrays = []
    for dtype, shape, nbytes in specs:
        data = read(fd, nbytes) if nbytes else bytearray()
        if not isinstance(data, bytearray):
            data = bytearray(data)  # frombuffer on bytes would give a read-only array
        arrays.append(np.frombuffer(data, dtype=dtype).reshape(shape))
    try:
        return _insert_arrays(body, arrays)
    except RecursionError:
        raise ProtocolError("message nested too deeply") from None


def message_size(body):
    """The bytes ``body`` takes on the wire (its header and its arrays)."""
    return sum(len(frame) if isinstance(frame, bytes) else frame.nbytes for frame in frames(body))


def write_all(fd, view):
    """Write a whole buffer to a blocking file descriptor."""
    view = memoryview(view)
    while view:
        view = view[os.write(fd, view):]


def write_message(fd, body, write=write_all):
    """Encode ``body`` and write all of it to a file descriptor with ``write(fd, buffer)``."""
    for frame in frames(body):
        write(fd, frame)
