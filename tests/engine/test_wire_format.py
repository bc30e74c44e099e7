"""The wire format refuses every malformed message, and checks every size before allocating anything."""

import json
import os
import struct

import numpy as np
import pytest

from autograder.engine import answers, wire


def message(header, data=b""):
    head = header if isinstance(header, bytes) else json.dumps(header).encode()
    return struct.pack(">I", len(head)) + head + data


def decode(raw, **options):
    """Decode ``raw`` through a pipe-like reader that records every size it was asked for."""
    asked, position = [], [0]

    def read(fd, size):
        asked.append(size)
        chunk = raw[position[0]:position[0] + size]
        position[0] += size
        if len(chunk) < size:
            raise wire.ChannelClosed("end of the test's bytes")
        return bytearray(chunk)

    try:
        return wire.read_message(None, read, **options)
    finally:
        decode.asked = asked


def spec(dtype="<f8", shape=(2,), nbytes=16):
    return {"dtype": dtype, "shape": list(shape), "nbytes": nbytes}


MALFORMED = {
    "shape whose element count overflows int64": message(
        {"body": {"__array__": 0}, "arrays": [spec(shape=(2**62, 2**62), nbytes=8)]}, b"\0" * 8),
    "negative size": message({"body": 0, "arrays": [spec(shape=(-2,), nbytes=16)]}, b"\0" * 16),
    "size that is a float": message({"body": 0, "arrays": [spec(shape=(2.0,), nbytes=16)]}, b"\0" * 16),
    "size that is a bool": message({"body": 0, "arrays": [spec(shape=(True,), nbytes=8)]}, b"\0" * 8),
    "shape that is a string": message({"body": 0, "arrays": [{"dtype": "<f8", "shape": "2", "nbytes": 16}]}),
    "shape with 40 dimensions": message({"body": 0, "arrays": [spec(shape=(1,) * 40, nbytes=8)]}, b"\0" * 8),
    "nbytes that does not match": message({"body": 0, "arrays": [spec(nbytes=8)]}, b"\0" * 8),
    "object dtype": message({"body": 0, "arrays": [spec(dtype="|O", shape=(1,), nbytes=8)]}, b"\0" * 8),
    "unicode dtype": message({"body": 0, "arrays": [spec(dtype="<U2", shape=(1,), nbytes=8)]}, b"\0" * 8),
    "sub-array dtype": message({"body": 0, "arrays": [spec(dtype="(2,)f8", shape=(1,), nbytes=16)]}, b"\0" * 16),
    "dtype that is not a string": message({"body": 0, "arrays": [spec(dtype=8)]}, b"\0" * 16),
    "dtype numpy cannot parse": message({"body": 0, "arrays": [spec(dtype="f8,,(")]}, b"\0" * 16),
    "spec that is a list": message({"body": 0, "arrays": [["<f8", [2], 16]]}, b"\0" * 16),
    "arrays that is an object": message({"body": 0, "arrays": {"0": spec()}}),
    "header that is a list": message(b"[1, 2]"),
    "header with extra keys": message({"body": 0, "arrays": [], "pickle": "x"}),
    "header that is not UTF-8": message(b'{"body": "\xff\xfe", "arrays": []}'),
    "header that is not JSON": message(b"{not json"),
    "number with 5000 digits": message(b'{"body": ' + b"9" * 5000 + b', "arrays": []}'),
    "header nested 100000 deep": message(b'{"body": ' + b"[" * 100_000 + b"]" * 100_000 + b', "arrays": []}'),
    "placeholder out of range": message({"body": {"__array__": 3}, "arrays": []}),
    "placeholder that is a bool": message({"body": {"__array__": True}, "arrays": [spec()]}, b"\0" * 16),
    "truncated length": b"\x00\x00",
    "truncated data": message({"body": 0, "arrays": [spec()]}, b"\0" * 3),
}


@pytest.mark.parametrize("raw", MALFORMED.values(), ids=MALFORMED.keys())
def test_every_malformed_message_is_a_protocol_error(raw):
    with pytest.raises(wire.ProtocolError) as caught:
        decode(raw, max_bytes=2**20)
    text = str(caught.value)
    assert text and "\n" not in text and len(text) < 200, text


def test_an_overflowing_shape_is_refused_before_its_data_is_read():
    with pytest.raises(wire.ProtocolError, match="does not match"):
        decode(MALFORMED["shape whose element count overflows int64"])
    assert decode.asked == [4, len(MALFORMED["shape whose element count overflows int64"]) - 4 - 8]


@pytest.mark.parametrize("what", ["one huge array", "many arrays", "a huge header"])
def test_a_message_over_the_cap_is_refused_before_anything_of_its_size_is_allocated(what):
    cap = 4 * 2**20
    if what == "one huge array":
        raw = message({"body": 0, "arrays": [spec(shape=(2**27,), nbytes=2**30)]})
    elif what == "many arrays":
        raw = message({"body": 0, "arrays": [spec(shape=(2**17,), nbytes=2**20)] * 5})
    else:
        raw = struct.pack(">I", 2**31)
    with pytest.raises(wire.TooLarge):
        decode(raw, max_bytes=cap)
    assert max(decode.asked) <= cap, f"the reader was asked for {max(decode.asked)} bytes with a cap of {cap}"


def test_the_header_has_its_own_smaller_cap():
    raw = message({"body": "x" * 300_000, "arrays": []})
    assert decode(raw, max_bytes=2**20, max_header=2**20) == "x" * 300_000
    with pytest.raises(wire.TooLarge):
        decode(raw, max_bytes=2**20, max_header=100_000)


def test_round_trip_keeps_dtype_shape_and_zero_dimensional_arrays_and_gives_writable_arrays():
    body = {"a": np.arange(6, dtype=np.int32).reshape(2, 3)[:, ::2], "s": np.array(2.5), "e": np.zeros((0, 3)),
            "c": np.array([1 + 2j]), "b": [1.5, None, "x"]}
    read_fd, write_fd = os.pipe()
    wire.write_message(write_fd, body)
    os.close(write_fd)
    decoded = wire.read_message(read_fd)
    os.close(read_fd)
    for key in ("a", "s", "e", "c"):
        assert decoded[key].dtype == body[key].dtype and decoded[key].shape == body[key].shape, key
        assert np.array_equal(decoded[key], body[key]) and decoded[key].flags.writeable, key
    assert decoded["b"] == [1.5, None, "x"]
    assert wire.message_size(body) == len(wire.encode(body))


# -- answers: the right types at every level -------------------------------------------------------------

GOOD_CALL = {"ok": True, "result": {"kind": "tuple", "class": "tuple", "length": 2, "items": [
    {"kind": "scalar", "class": "float", "is_float": True, "value": 1.5},
    {"kind": "ndarray", "class": "numpy.ndarray", "dtype": "<f8", "shape": [2], "data": np.zeros(2)}]}}

BAD_ANSWERS = {
    "a list": [1, 2],
    "no ok": {"result": {"kind": "none", "class": "NoneType"}},
    "ok that is a string": {"ok": "yes", "result": {"kind": "none", "class": "NoneType"}},
    "no result": {"ok": True},
    "result that is a string": {"ok": True, "result": "42"},
    "unknown kind": {"ok": True, "result": {"kind": "pony", "class": "x"}},
    "class that is a number": {"ok": True, "result": {"kind": "none", "class": 3}},
    "value with 400 digits": {"ok": True, "result": {"kind": "scalar", "class": "int", "is_float": False,
                                                     "value": 10**400}},
    "value that is a string": {"ok": True, "result": {"kind": "scalar", "class": "float", "is_float": True,
                                                      "value": "1.0"}},
    "shape with a bool": {"ok": True, "result": {"kind": "ndarray", "class": "numpy.ndarray", "dtype": "<f8",
                                                 "shape": [True]}},
    "data that is a list": {"ok": True, "result": {"kind": "ndarray", "class": "numpy.ndarray", "dtype": "<f8",
                                                   "shape": [2], "data": [0.0, 0.0]}},
    "items that is a dict": {"ok": True, "result": {"kind": "list", "class": "list", "length": 1, "items": {}}},
    "length below zero": {"ok": True, "result": {"kind": "list", "class": "list", "length": -1}},
    "nested too deep": {"ok": True, "result": {"kind": "list", "class": "list", "length": 1, "items": [
        {"kind": "list", "class": "list", "length": 1, "items": [
            {"kind": "list", "class": "list", "length": 1, "items": [
                {"kind": "list", "class": "list", "length": 1, "items": [
                    {"kind": "list", "class": "list", "length": 1, "items": [
                        {"kind": "list", "class": "list", "length": 1, "items": [
                            {"kind": "list", "class": "list", "length": 1, "items": [
                                {"kind": "none", "class": "NoneType"}]}]}]}]}]}]}]}},
    "extra field that is a dict": {"ok": True, "result": {"kind": "none", "class": "NoneType", "more": {}}},
    "error that is a string": {"ok": False, "error": "boom"},
    "error message that is a list": {"ok": False, "error": {"type": "ValueError", "message": ["x"], "where": None}},
}


@pytest.mark.parametrize("answer", BAD_ANSWERS.values(), ids=BAD_ANSWERS.keys())
def test_an_answer_of_the_wrong_shape_is_a_protocol_error(answer):
    with pytest.raises(wire.ProtocolError):
        answers.check_answer("call", answer)


def test_a_good_answer_passes_and_long_strings_are_cut():
    assert answers.check_answer("call", GOOD_CALL)["result"]["items"][1]["shape"] == [2]
    long = {"ok": False, "error": {"type": "E" * 10**6, "message": "m" * 10**6, "where": None}}
    checked = answers.check_answer("call", long)["error"]
    assert len(checked["type"]) <= answers.TEXT_CHARS and len(checked["message"]) <= answers.TEXT_CHARS


@pytest.mark.parametrize("message", [{"callback": 3}, {"callback": "loss", "W": [1, 2]},
                                     {"callback": "loss", "reg": {"a": 1}}], ids=["name", "list", "dict"])
def test_a_callback_of_the_wrong_shape_is_a_protocol_error(message):
    with pytest.raises(wire.ProtocolError):
        answers.check_callback(message)
