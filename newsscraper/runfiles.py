"""Run files: how a run's exports are named, stamped, hashed and read back.

One home for what the export extension, the pipelines, the seen-stores, nightly, merge and the
report all need; it imports no Scrapy, so the commands that only read exports stay fast.

An export is `<site>/<run start UTC YYYY-MM-DDTHH-MM-SSZ>-<8-hex run id>.jsonl` (or `.jsonl.gz`),
with `-<4 hex>` before the extension when a file of that name already existed at rename time.
The same run's web archive (`-s NEWSSCRAPER_WARC=1`) is `warc/<site>/<same stem>.warc.gz`, then
`<stem>-2.warc.gz`, `<stem>-3.warc.gz`... as it rotates.
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
import zlib
from datetime import UTC, datetime
from pathlib import Path

# Instants in manifests, the seen-store and spider arguments: seconds, UTC, a `Z`.
STAMP = "%Y-%m-%dT%H:%M:%SZ"
# The same instant in a file name (no colons: they are not portable in names).
FILE_STAMP = "%Y-%m-%dT%H-%M-%SZ"
RUN_FILE = re.compile(r"^(?P<stamp>\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z)-(?P<run>[0-9a-f]{8})(?:-[0-9a-f]{4})?"
                      r"\.jsonl(?:\.gz)?$")
WARC_FILE = re.compile(r"^(?P<stamp>\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z)-(?P<run>[0-9a-f]{8})(?:-(?P<seq>\d+))?"
                       r"(?:-[0-9a-f]{4})?\.warc\.gz(?P<part>\.part)?$")


def iso(moment: datetime) -> str:
    """`2024-08-02T10:30:00Z` for an aware UTC datetime."""
    return moment.strftime(STAMP)


def now_utc() -> str:
    return iso(datetime.now(UTC))


def run_stamp(moment: datetime) -> str:
    """The run-start part of an export's file name."""
    return moment.strftime(FILE_STAMP)


def run_identity(crawler: object) -> tuple[str, datetime]:
    """The 8-hex run id and start instant of one crawl, shared by every file it writes (JSONL export,
    WARC): made on the first ask and kept on the crawler, so the two name their files alike."""
    ident: tuple[str, datetime] | None = getattr(crawler, "_newsscraper_run", None)
    if ident is None:
        ident = (secrets.token_hex(4), datetime.now(UTC))
        setattr(crawler, "_newsscraper_run", ident)  # noqa: B010  (an attribute Scrapy does not define)
    return ident


def warc_files(base: Path, site: str, run_id: str) -> list[str]:
    """One run's WARC files as its manifest names them (`warc/<site>/<name>`), in the order written;
    a file still open (or left by a kill) is named as it will be once finished."""
    folder = base / "warc" / site
    found = []
    for path in folder.glob(f"*-{run_id}*.warc.gz*") if folder.is_dir() else []:
        m = WARC_FILE.match(path.name)
        if m and m.group("run") == run_id:
            found.append((int(m.group("seq") or 1), path.name.removesuffix(".part")))
    return [f"warc/{site}/{name}" for _, name in sorted(found)]


def parse_run_stamp(stamp: str) -> datetime:
    """The aware UTC instant a file-name stamp names."""
    return datetime.strptime(stamp, FILE_STAMP).replace(tzinfo=UTC)


def json_line(obj: object) -> str:
    """One JSON Lines line, without its newline: Persian stays readable (never \\u escapes)."""
    return json.dumps(obj, ensure_ascii=False)


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
