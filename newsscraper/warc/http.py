"""HTTP payloads as archives store them: chunked transfer coding, gzip / deflate / br content coding.

wget and Heritrix archive the bytes as they came off the wire, so a reader must undo both codings;
our own writer stores the decoded body (as Common Crawl does) and keeps the codings it undid as
`X-Crawler-*` headers. Decoding is capped, so a decompression bomb costs at most `limit` bytes.
"""

from __future__ import annotations

import zlib

import brotli

# Headers whose meaning changes once the body is stored decoded; kept under this prefix.
CRAWLER_PREFIX = "X-Crawler-"
GZIP_WBITS = 16 + zlib.MAX_WBITS


class PayloadError(ValueError):
    """A payload that does not decode as its headers say (bad chunking, corrupt gzip, too large)."""


def dechunk(body: bytes) -> bytes:
    """Undo chunked transfer coding; raises PayloadError on a malformed or cut chunk."""
    out, pos = bytearray(), 0
    while True:
        eol = body.find(b"\r\n", pos)
        if eol < 0:
            raise PayloadError("chunk size line missing")
        size_text = body[pos:eol].split(b";", 1)[0].strip()
        try:
            size = int(size_text, 16)
        except ValueError:
            raise PayloadError(f"bad chunk size {size_text[:20]!r}") from None
        if size == 0:
            return bytes(out)
        start = eol + 2
        if start + size > len(body):
            raise PayloadError("chunk cut short")
        out += body[start:start + size]
        pos = start + size + 2  # the CRLF after the chunk data


def looks_chunked(body: bytes) -> bool:
    """Some archivers store a de-chunked body and keep the header: only undo what is there."""
    eol = body.find(b"\r\n", 0, 20)
    if eol <= 0:
        return False
    try:
        int(body[:eol].split(b";", 1)[0].strip(), 16)
    except ValueError:
        return False
    return True


def _inflate(body: bytes, wbits: int, limit: int) -> bytes:
    out = bytearray()
    while body:
        d = zlib.decompressobj(wbits)
        out += d.decompress(body, limit + 1 - len(out))
        if len(out) > limit:
            raise PayloadError("decoded body over the size limit")
        if wbits != GZIP_WBITS or not d.eof:
            break
        body = d.unused_data  # gzip allows several members one after another
    return bytes(out)


def _deflate(body: bytes, limit: int) -> bytes:
    try:
        return _inflate(body, zlib.MAX_WBITS, limit)
    except zlib.error:  # servers send raw deflate as often as zlib-wrapped
        return _inflate(body, -zlib.MAX_WBITS, limit)


def _brotli(body: bytes, limit: int) -> bytes:
    d = brotli.Decompressor()
    out = d.process(body, output_buffer_limit=limit + 1)  # a bomb stops growing here
    if len(out) > limit:
        raise PayloadError("decoded body over the size limit")
    if not d.is_finished():
        # The streaming decoder waits for more input rather than failing on some bytes that are no
        # brotli stream (or a cut one): it returns what it has, often nothing, and no error.
        raise PayloadError("br: not a whole brotli stream")
    return out


def decode_content(body: bytes, encodings: str | None, limit: int) -> bytes:
    """Undo a Content-Encoding list (`gzip`, `deflate`, `br`, `identity`), last applied first."""
    for coding in reversed([c.strip().lower() for c in (encodings or "").split(",") if c.strip()]):
        try:
            if coding in ("gzip", "x-gzip"):
                body = _inflate(body, GZIP_WBITS, limit)
            elif coding == "deflate":
                body = _deflate(body, limit)
            elif coding == "br":
                body = _brotli(body, limit)
            elif coding != "identity":
                raise PayloadError(f"unknown content coding {coding!r}")
        except (zlib.error, brotli.error) as exc:
            raise PayloadError(f"{coding}: {exc}") from None
    return body


def decode_payload(body: bytes, transfer_encoding: str | None, content_encoding: str | None,
                   limit: int) -> bytes:
    """The entity body an archived response carries: de-chunked, then content-decoded."""
    if transfer_encoding and "chunked" in transfer_encoding.lower() and looks_chunked(body):
        body = dechunk(body)
    return decode_content(body, content_encoding, limit)


def charset_of(content_type: str | None) -> str | None:
    """The `charset=` parameter of a Content-Type value, if any."""
    for param in (content_type or "").split(";")[1:]:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            return value.strip().strip("\"'") or None
    return None
