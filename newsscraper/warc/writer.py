"""`-s NEWSSCRAPER_WARC=1`: every response a crawl fetched, archived as gzip WARC 1.1.

Files: `<data dir>/warc/<site>/<run start>-<run id>.warc.gz` (the run id and start of the run's JSONL
export), then `-2`, `-3`... once a file passes NEWSSCRAPER_WARC_MAX_BYTES (1 GB). Each file opens with a
warcinfo record naming the site key and the run; then, for every response the downloader returned
(articles, listings, feeds, sitemaps, robots.txt, redirects, errors, each retry), a response record
and the request record beside it (WARC-Concurrent-To). Like the exports, a file is `.part` while the
run writes it, every record is flushed to the OS as it is written (one gzip member per record, so a
kill leaves whole records and at most one torn tail), and the next run of the site cuts a killed
run's tail and renames it. The run's manifest lists its WARC files (`warc`).

Bodies are stored as Scrapy's HttpCompressionMiddleware would hand them to the spider: decoded. The
headers say so: the codings Twisted and we undid (Transfer-Encoding, Content-Encoding) and the
original Content-Length move to `X-Crawler-*` headers and Content-Length is the stored body's length,
as in Common Crawl's archives. A body that does not decode as its headers claim is stored as it
came, under its own headers.
"""

from __future__ import annotations

import io
import os
from datetime import UTC, datetime
from http import HTTPStatus
from pathlib import Path
from typing import IO
from urllib.parse import urlsplit

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Request, Response
from warcio.recordloader import ArcWarcRecord
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsscraper import __version__
from newsscraper.exports import rename_final
from newsscraper.paths import data_dir, warc_dir
from newsscraper.runfiles import WARC_FILE, iso, run_identity, run_stamp
from newsscraper.warc.http import CRAWLER_PREFIX, PayloadError, decode_content
from newsscraper.warc.reader import complete_prefix

# Moved to X-Crawler-* when the stored body no longer carries the coding they describe.
_MOVED = ("transfer-encoding", "content-encoding", "content-length")


class WarcFile:
    """One WARC file of a run: `.part` while written, flushed per record, renamed by `close()`."""

    def __init__(self, path: Path, info: dict[str, str]) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.final = path
        self.part = path.with_name(path.name + ".part")
        self._raw: IO[bytes] = self.part.open("xb")
        self._writer = WARCWriter(self._raw, gzip=True, warc_version="1.1")
        info_record = self._writer.create_warcinfo_record(path.name, info)
        self.info_id = info_record.rec_headers.get_header("WARC-Record-ID")
        self.records = 0
        self.write(info_record)

    def write(self, *records: ArcWarcRecord) -> None:
        """Append records (one gzip member each) and push them to the OS: a kill keeps them."""
        for record in records:
            self._writer.write_record(record)
        self._raw.flush()
        self.records += len(records)

    @property
    def size(self) -> int:
        return self._raw.tell()

    def close(self) -> Path:
        self._raw.flush()
        os.fsync(self._raw.fileno())
        self._raw.close()
        return rename_final(self.part, self.final)

    def exchange(self, response: Response, request: Request, limit: int) -> tuple[ArcWarcRecord, ArcWarcRecord]:
        """The response record and its request record for one download."""
        date = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        body, head = stored_response(response, limit)
        warc_headers = {"WARC-Date": date, "WARC-Warcinfo-ID": self.info_id}
        if response.ip_address is not None:
            warc_headers["WARC-IP-Address"] = str(response.ip_address)
        resp = self._writer.create_warc_record(response.url, "response", payload=io.BytesIO(body),
                                               http_headers=head, warc_headers_dict=warc_headers)
        req_headers = {"WARC-Date": date, "WARC-Warcinfo-ID": self.info_id,
                       "WARC-Concurrent-To": resp.rec_headers.get_header("WARC-Record-ID")}
        req = self._writer.create_warc_record(response.url, "request", payload=io.BytesIO(request.body or b""),
                                              http_headers=request_head(request, response.url),
                                              warc_headers_dict=req_headers)
        return resp, req


def _pairs(headers: object) -> list[tuple[str, str]]:
    """Scrapy Headers (bytes names, lists of bytes values) as (name, value) text pairs."""
    return [(name.decode("latin-1"), value.decode("latin-1"))
            for name, values in headers.items() for value in values]  # type: ignore[attr-defined]


def stored_response(response: Response, limit: int) -> tuple[bytes, StatusAndHeaders]:
    """The body to archive (decoded when its Content-Encoding allows) and headers that match it."""
    pairs = _pairs(response.headers)
    coding = response.headers.get(b"Content-Encoding")
    body = response.body
    decoded = True
    if coding:
        try:
            body = decode_content(body, coding.decode("latin-1"), limit)
        except PayloadError:
            decoded = False  # archive the bytes as they came, with the header that describes them
    length = str(len(body))
    kept = []
    for name, value in pairs:
        lower = name.lower()
        if lower == "content-length" and value.strip() == length:
            continue  # still true of the stored body: written once, below
        if lower in _MOVED and (decoded or lower != "content-encoding"):
            kept.append((CRAWLER_PREFIX + name, value))
        else:
            kept.append((name, value))
    kept.append(("Content-Length", length))
    status = f"{response.status} {_reason(response.status)}"
    return body, StatusAndHeaders(status, kept, protocol=response.protocol or "HTTP/1.1")


def request_head(request: Request, url: str) -> StatusAndHeaders:
    parts = urlsplit(url)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    pairs = [("Host", parts.netloc), *_pairs(request.headers)]
    return StatusAndHeaders(f"{request.method} {target} HTTP/1.1", pairs, protocol="HTTP/1.1",
                            is_http_request=True)


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


def site_key(spider: Spider) -> str:
    """The folder key of a run, as the JSONL export names it."""
    return getattr(getattr(spider, "site", None), "key", spider.name)


def recover_warc(part: Path) -> Path | None:
    """Finish a WARC left `.part` by a killed run: cut the torn tail, rename it into place."""
    if not WARC_FILE.match(part.name) or not part.name.endswith(".part"):
        return None
    keep = complete_prefix(part)
    with part.open("r+b") as f:
        f.truncate(keep)
        os.fsync(f.fileno())
    return rename_final(part, part.with_name(part.name.removesuffix(".part")))


class WarcExport:
    """The extension: opens the run's WARC file, archives each download, rotates, finishes on close."""

    def __init__(self, crawler: Crawler, root: Path) -> None:
        self.crawler = crawler
        self.root = root
        self.run_id, self.started = run_identity(crawler)
        self.max_bytes = crawler.settings.getint("NEWSSCRAPER_WARC_MAX_BYTES", 10**9)
        self.limit = crawler.settings.getint("DOWNLOAD_MAXSIZE") or 1 << 30
        self.site = ""
        self.seq = 0
        self.file: WarcFile | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WarcExport:
        if not crawler.settings.getbool("NEWSSCRAPER_WARC"):
            raise NotConfigured  # no message: Scrapy would log a warning in every crawl for an opt-in left off
        ext = cls(crawler, warc_dir(data_dir(crawler.settings.get("NEWSSCRAPER_DATA_DIR"))))
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.response_downloaded, signal=signals.response_downloaded)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider: Spider) -> None:
        self.site = site_key(spider)
        folder = self.root / self.site
        for part in sorted(folder.glob("*.warc.gz.part")) if folder.is_dir() else []:
            if recovered := recover_warc(part):
                self.crawler.stats.inc_value("warc/recovered_killed_runs")
                spider.logger.warning("finished the WARC file of a killed run: %s", recovered)
        self._open_next()

    def _open_next(self) -> None:
        self.seq += 1
        suffix = f"-{self.seq}" if self.seq > 1 else ""
        path = self.root / self.site / f"{run_stamp(self.started)}-{self.run_id}{suffix}.warc.gz"
        self.file = WarcFile(path, {
            "software": f"newsscraper/{__version__}",
            "format": "WARC File Format 1.1",
            "conformsTo": "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/",
            "site": self.site,  # `extract --warc` reads pages with this site's profile
            "run-id": self.run_id,
            "run-start": iso(self.started),
            "robots": "obey" if self.crawler.settings.getbool("ROBOTSTXT_OBEY") else "ignore",
        })
        self.crawler.stats.inc_value("warc/files")

    def response_downloaded(self, response: Response, request: Request) -> None:
        if self.file is None:
            return
        self.file.write(*self.file.exchange(response, request, self.limit))
        self.crawler.stats.inc_value("warc/responses")
        if self.file.size >= self.max_bytes:
            self.file.close()
            self._open_next()

    def spider_closed(self, spider: Spider) -> None:
        if self.file is not None:
            path = self.file.close()
            self.file = None
            self.crawler.stats.set_value("warc/last_file", str(path))
