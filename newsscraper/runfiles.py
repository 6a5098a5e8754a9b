"""Run files: how a run's exports are named, stamped, hashed and read back.

One home for what the export extension, the pipelines, the seen-stores, nightly, merge and the
report all need; it imports no Scrapy, so the commands that only read exports stay fast.

An export is `<site>/<run start UTC YYYY-MM-DDTHH-MM-SSZ>-<8-hex run id>.jsonl` (or `.jsonl.gz`),
with `-<4 hex>` before the extension when a file of that name already existed at rename time.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from datetime import UTC, datetime
from pathlib import Path

# Instants in manifests, the seen-store and spider arguments: seconds, UTC, a `Z`.
STAMP = "%Y-%m-%dT%H:%M:%SZ"
# The same instant in a file name (no colons: they are not portable in names).
FILE_STAMP = "%Y-%m-%dT%H-%M-%SZ"
RUN_FILE = re.compile(r"^(?P<stamp>\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z)-(?P<run>[0-9a-f]{8})(?:-[0-9a-f]{4})?"
                      r"\.jsonl(?:\.gz)?$")


def iso(moment: datetime) -> str:
    """`2024-08-02T10:30:00Z` for an aware UTC datetime."""
    return moment.strftime(STAMP)


def now_utc() -> str:
    return iso(datetime.now(UTC))


def run_stamp(moment: datetime) -> str:
    """The run-start part of an export's file name."""
    return moment.strftime(FILE_STAMP)


def parse_run_stamp(stamp: str) -> datetime:
    """The aware UTC instant a file-name stamp names."""
    return datetime.strptime(stamp, FILE_STAMP).replace(tzinfo=UTC)


def body_hash(body: str | None) -> str | None:
    """A hash of the body's words: white-space changes do not make a new story."""
    if not body:
        return None
    return hashlib.sha1(" ".join(body.split()).encode("utf-8")).hexdigest()


def read_lines(path: Path) -> list[str]:
    """Complete lines of an export (gzip or not, `.part` or finished); a torn tail is left out."""
    raw = path.read_bytes()
    if path.name.endswith((".gz", ".gz.part")):
        raw = _gunzip_prefix(raw)
    lines = raw.decode("utf-8", errors="replace").split("\n")
    return [line for line in lines[:-1] if line.strip()]  # the piece after the last newline is torn


def _gunzip_prefix(raw: bytes) -> bytes:
    """What a (possibly truncated) gzip stream decodes to, up to where it breaks."""
    out = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        return out.decompress(raw)
    except zlib.error:
        return b""
