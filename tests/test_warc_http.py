"""Payload decoding shared by the WARC writer and reader: chunked, gzip (several members), deflate, br, limits."""

from __future__ import annotations

import gzip
import zlib

import brotli
import pytest

from newsscraper.warc.http import PayloadError, charset_of, dechunk, decode_payload

PAGE = "<html><body><p>متن خبر</p></body></html>".encode() * 50


def test_chunked_then_gzip():
    packed = gzip.compress(PAGE)
    chunked = b"".join(b"%x;ext=1\r\n%s\r\n" % (len(packed[i:i + 100]), packed[i:i + 100])
                       for i in range(0, len(packed), 100)) + b"0\r\n\r\n"
    assert decode_payload(chunked, "chunked", "gzip", 1 << 20) == PAGE


def test_a_body_already_dechunked_is_left_alone():
    assert decode_payload(PAGE, "chunked", None, 1 << 20) == PAGE


@pytest.mark.parametrize("coding,packed", [
    ("gzip", gzip.compress(PAGE[:500]) + gzip.compress(PAGE[500:])),  # two members
    ("deflate", zlib.compress(PAGE)),
    ("deflate", zlib.compress(PAGE)[2:-4]),  # raw deflate, as some servers send it
    ("br", brotli.compress(PAGE)),
    ("gzip, br", brotli.compress(gzip.compress(PAGE))),  # applied in order, undone last first
    ("identity", PAGE),
])
def test_content_codings(coding, packed):
    assert decode_payload(packed, None, coding, 1 << 20) == PAGE


@pytest.mark.parametrize("body,coding", [
    (b"not gzip", "gzip"), (b"x", "compress"), (gzip.compress(PAGE, mtime=0), "br"),
    # gzip bytes the streaming brotli decoder takes as the start of a stream: no error, no output
    # (gzip's header holds the time, so a test compressing "now" met them on 2026-11-30 08:38 UTC)
    (gzip.compress(PAGE, mtime=1796027904), "br"),
    (brotli.compress(PAGE)[:-5], "br"),  # a cut stream
])
def test_bad_payloads_raise_payload_error(body, coding):
    with pytest.raises(PayloadError):
        decode_payload(body, None, coding, 1 << 20)


@pytest.mark.parametrize("coding,pack", [("gzip", gzip.compress), ("deflate", zlib.compress), ("br", brotli.compress)])
def test_decoding_stops_at_the_limit(coding, pack):
    bomb = pack(b"\0" * (4 << 20))
    with pytest.raises(PayloadError, match="size limit"):
        decode_payload(bomb, None, coding, 1 << 20)


def test_cut_chunks_raise():
    with pytest.raises(PayloadError):
        dechunk(b"10\r\nshort")


def test_charset_of():
    assert charset_of('text/html; charset="Windows-1256"') == "Windows-1256"
    assert charset_of("text/html") is None and charset_of(None) is None
