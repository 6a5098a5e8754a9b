"""HTML pages out of web archives, in archive order: WARC through FastWARC, ARC through warcio.

A page is an HTTP 200 response whose Content-Type is HTML (or, with none, whose body starts like
HTML): its URL is WARC-Target-URI, its payload is de-chunked and content-decoded (wget and Heritrix
store bodies as served), its charset comes from Content-Type, its crawl time from WARC-Date and its
site key from the file's warcinfo record (`site:` field, written by our crawls). Every other record
is counted under a kind (`request`, `revisit`, `status_404`, `not_html`, ...), never an error.

Damage: a corrupt record raises ArchiveDamaged where it is met, after the pages before it. FastWARC
ends quietly at a truncated tail, so once it is done the tail is checked here: the records from the
last one it returned to the end of the file must be whole (complete gzip members, a full block).
"""

from __future__ import annotations

import gzip
import re
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from newsscraper.warc.http import PayloadError, charset_of, decode_payload

# A body over this is no news page (the crawler's own DOWNLOAD_MAXSIZE is 16 MB).
MAX_BODY = 16 * 1024 * 1024
# The tail check reads at most this much; a longer last record is taken on FastWARC's word.
TAIL_LIMIT = 64 * 1024 * 1024
HTML_TYPES = ("text/html", "application/xhtml+xml")
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)


class ArchiveDamaged(Exception):
    """The archive is corrupt or truncated here; what came before was read."""


@dataclass(slots=True)
class Page:
    """One archived HTML response, ready for the language check and the extractor."""

    url: str
    body: bytes
    content_type: str | None
    crawled_at: str | None
    site: str | None
    content_language: str | None = None

    @property
    def charset(self) -> str | None:
        return charset_of(self.content_type)


def warc_date(value: str | None) -> str | None:
    """`2024-08-02T10:30:00.123Z` or an ARC `20240802103000` → `2024-08-02T10:30:00Z`."""
    if not value:
        return None
    if re.fullmatch(r"\d{14}", value):
        value = f"{value[:4]}-{value[4:6]}-{value[6:8]}T{value[8:10]}:{value[10:12]}:{value[12:14]}"
    m = re.match(r"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})", value)
    return f"{m.group(1)}Z" if m else None


def warcinfo_site(payload: bytes) -> str | None:
    for line in payload.decode("utf-8", "replace").splitlines():
        name, sep, value = line.partition(":")
        if sep and name.strip().lower() == "site" and value.strip():
            return value.strip()
    return None


def is_html(content_type: str | None, body: bytes) -> bool:
    if content_type:
        return content_type.split(";", 1)[0].strip().lower() in HTML_TYPES
    return bool(_HTML_START.match(body[:1024]))


def _page(url: str, status: int | None, head: dict[str, str], raw: bytes, date: str | None,
          site: str | None, skipped: Counter[str]) -> Page | None:
    """A Page, or None with the kind of record it is instead counted in `skipped`."""
    got = _page_or_kind(url, status, head, raw, date, site)
    if isinstance(got, str):
        skipped[got] += 1
        return None
    return got


def _page_or_kind(url: str, status: int | None, head: dict[str, str], raw: bytes, date: str | None,
                  site: str | None) -> Page | str:
    if status != 200:
        return f"status_{status}" if status else "not_http"
    ctype = head.get("content-type")
    if ctype and not is_html(ctype, b""):
        return "not_html"
    try:
        body = decode_payload(raw, head.get("transfer-encoding"), head.get("content-encoding"), MAX_BODY)
    except PayloadError:
        return "undecodable"
    if not ctype and not is_html(None, body):
        return "not_html"
    return Page(url, body, ctype, date, site, head.get("content-language"))


def read_archive(path: Path, skipped: Counter[str]) -> Iterator[Page]:
    """The HTML pages of one WARC or ARC file (gzip or not), counting every other record in `skipped`."""
    with path.open("rb") as f:
        if _is_arc(f):
            yield from _read_arc(f, skipped)
        else:
            yield from _read_warc(f, path, skipped)


def _is_arc(f: BinaryIO) -> bool:
    head = f.read(4096)
    f.seek(0)
    if head[:2] == b"\x1f\x8b":
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
        except zlib.error:
            return False  # the WARC reader says what is wrong
    return head.lstrip().startswith(b"filedesc://")


def _read_warc(f: BinaryIO, path: Path, skipped: Counter[str]) -> Iterator[Page]:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    site: str | None = None
    last = 0
    try:
        for rec in ArchiveIterator(f, parse_http=True):
            last = rec.stream_pos
            kind = rec.record_type
            if kind == WarcRecordType.warcinfo:
                site = warcinfo_site(rec.reader.read(64 * 1024)) or site
                continue
            if kind != WarcRecordType.response:
                skipped[str(kind)] += 1
                continue
            if rec.content_length > MAX_BODY:
                skipped["too_large"] += 1
                continue
            status = rec.http_headers.status_code if rec.is_http else None
            head = {k.lower(): v for k, v in rec.http_headers.items()} if rec.is_http else {}
            if status == 200 and is_html(head.get("content-type") or "text/html", b""):
                raw = rec.reader.read()
                if len(raw) < rec.content_length:
                    raise ArchiveDamaged(f"record at byte {last} cut short")
            else:
                raw = b""
            page = _page(rec.headers.get("WARC-Target-URI") or "", status, head, raw,
                         warc_date(rec.headers.get("WARC-Date")), site, skipped)
            if page is not None:
                yield page
    except OSError as exc:  # FastWARC: an unreadable header or gzip member
        raise ArchiveDamaged(f"{exc} (after byte {last})") from None
    tail_damage = check_tail(path, last)
    if tail_damage:
        raise ArchiveDamaged(tail_damage)


def check_tail(path: Path, start: int) -> str | None:
    """What is wrong with the records from byte `start` to the end, or None when they are whole."""
    size = path.stat().st_size
    if size - start > TAIL_LIMIT:
        return None
    with path.open("rb") as f:
        magic = f.read(5)
        f.seek(start)
        data = f.read()
    gzipped = magic[:2] == b"\x1f\x8b"
    if not gzipped and magic != b"WARC/":
        return None  # another compression (zstd, lz4) that FastWARC read: its own checks stand
    if gzipped and data[:2] != b"\x1f\x8b":
        # one gzip stream around many records: only its end can be checked, by reading it all
        return None if complete_prefix(path) == size else "truncated or corrupt gzip stream"
    if gzipped:
        data, problem = _gunzip_members(data)
        if problem:
            return f"truncated or corrupt gzip member after byte {start}"
    return _whole_records(data, start)


def complete_prefix(path: Path, chunk: int = 1 << 20) -> int:
    """Bytes of a gzip file made of whole members (where a torn last member starts)."""
    good = pos = 0
    with path.open("rb") as f:
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        while data := f.read(chunk):
            while data:
                try:
                    d.decompress(data)
                except zlib.error:
                    return good
                if not d.eof:
                    pos += len(data)
                    break
                pos += len(data) - len(d.unused_data)
                good = pos
                data = d.unused_data
                d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    return good


def _gunzip_members(data: bytes) -> tuple[bytes, bool]:
    out = []
    while data.strip(b"\x00"):
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            out.append(d.decompress(data))
        except zlib.error:
            return b"".join(out), True
        if not d.eof:
            return b"".join(out), True
        data = d.unused_data
    return b"".join(out), False


def _whole_records(data: bytes, start: int) -> str | None:
    """Every record in `data` has its full header block and Content-Length bytes of block."""
    pos = 0
    while True:
        while data[pos:pos + 1] in (b"\r", b"\n"):  # the CRLF CRLF closing the record before
            pos += 1
        if pos >= len(data):
            return None
        end = data.find(b"\r\n\r\n", pos)
        if not data.startswith(b"WARC/", pos) or end < 0:
            return f"truncated record header after byte {start}"
        m = re.search(rb"(?im)^content-length:[ \t]*(\d+)", data[pos:end])
        if not m:
            return f"record without Content-Length after byte {start}"
        pos = end + 4 + int(m.group(1))
        if pos > len(data):
            return f"truncated record after byte {start}"


def _read_arc(f: BinaryIO, skipped: Counter[str]) -> Iterator[Page]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        for rec in ArchiveIterator(f, arc2warc=True):
            if rec.rec_type != "response":
                if rec.rec_type != "warcinfo":  # the ARC file's own header record
                    skipped[rec.rec_type] += 1
                continue
            http = rec.http_headers
            status = int(http.get_statuscode()) if http and http.get_statuscode().isdigit() else None
            head = {k.lower(): v for k, v in http.headers} if http else {}
            raw = rec.raw_stream.read(MAX_BODY + 1) if status == 200 else b""
            page = _page(rec.rec_headers.get_header("WARC-Target-URI") or "", status, head, raw,
                         warc_date(rec.rec_headers.get_header("WARC-Date")), None, skipped)
            if page is not None:
                yield page
    except (ArchiveLoadFailed, OSError, EOFError, zlib.error, gzip.BadGzipFile) as exc:
        raise ArchiveDamaged(" ".join(str(exc).split())) from None
