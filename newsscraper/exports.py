"""Per-site, per-run JSON Lines exports, written by our own extension (not FEEDS).

Each run writes data/exports/<site>/<run-start UTC YYYY-MM-DDTHH-MM-SSZ>-<8-hex run id>.jsonl
(.jsonl.gz with `-s EXPORT_GZIP=1`). Every line is flushed as it is written to `<file>.part`; the
file is renamed when the run ends (never over an existing file), next to `<file>.manifest.json`.
A run with zero records still writes an empty file and its manifest. `-o` / `-O` still work:
they add a feed beside this file. `-s NEWSSCRAPER_EXPORT=0` turns it off.

Crash safety without JOBDIR: at start, a run recovers every orphaned `.part` of its site (left by
a killed run): truncates it to its last complete line, renames it with a manifest whose finish
reason is `killed`, marks done the seen-store entries found in it and forgets the rest, which
later runs fetch again.
"""

from __future__ import annotations

import gzip
import json
import os
import secrets
import zlib
from collections import Counter
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from newsscraper import __version__
from newsscraper import statkeys as keys
from newsscraper.items import FIELD_NAMES, NewsArticle
from newsscraper.paths import data_dir, exports_dir
from newsscraper.runfiles import (
    RUN_FILE,
    iso,
    json_line,
    parse_run_stamp,
    read_lines,
    run_identity,
    run_stamp,
    warc_files,
)
from newsscraper.store import SeenStore, store_for, url_key


def fill_rates(counts: Counter[str], total: int) -> dict[str, float | None]:
    return {name: round(counts[name] / total, 4) if total else None for name in FIELD_NAMES}


def filled_fields(record: dict[str, Any]) -> list[str]:
    return [k for k, v in record.items() if v not in (None, [], "")]


class RunFile:
    """One run's export file: `.part` while the run lives, renamed when it ends."""

    def __init__(self, folder: Path, started: datetime, run_id: str, gzipped: bool) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        suffix = ".jsonl.gz" if gzipped else ".jsonl"
        self.final = folder / f"{run_stamp(started)}-{run_id}{suffix}"
        self.part = self.final.with_name(self.final.name + ".part")
        self.gzipped = gzipped
        self._raw: IO[bytes] = self.part.open("xb")
        self._gz = gzip.GzipFile(fileobj=self._raw, mode="wb", mtime=0) if gzipped else None
        self.records = 0
        self.filled: Counter[str] = Counter()

    def write(self, record: dict[str, Any]) -> None:
        """Append one line and flush it through to the OS: a kill never leaves half a record."""
        data = (json_line(record) + "\n").encode("utf-8")
        if self._gz is not None:
            self._gz.write(data)
            self._gz.flush(zlib.Z_SYNC_FLUSH)
        else:
            self._raw.write(data)
        self._raw.flush()
        self.records += 1
        self.filled.update(filled_fields(record))

    def close(self) -> Path:
        """Finish the file and rename it into place; returns the final path."""
        if self._gz is not None:
            self._gz.close()
        self._raw.flush()
        os.fsync(self._raw.fileno())
        self._raw.close()
        return rename_final(self.part, self.final)


def rename_final(part: Path, final: Path) -> Path:
    """Rename a finished .part, never over an existing file."""
    target = final
    while target.exists():
        stem, dot, suffixes = final.name.partition(".")  # `-<4 hex>` goes before .jsonl, .warc.gz...
        target = final.with_name(f"{stem}-{secrets.token_hex(2)}{dot}{suffixes}")
    part.rename(target)
    return target


def write_manifest(path: Path, manifest: dict[str, Any]) -> Path:
    out = path.with_name(path.name + ".manifest.json")
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    tmp.replace(out)
    return out


def recover_part(part: Path, store: SeenStore | None, site: str) -> Path | None:
    """Settle a .part left by a killed run: keep complete lines, rename, write a `killed` manifest."""
    m = RUN_FILE.match(part.name.removesuffix(".part"))
    if not m:
        return None
    lines = read_lines(part)
    final = part.with_name(part.name.removesuffix(".part"))
    tmp = part.with_name(part.name + ".recover")
    data = ("\n".join(lines) + "\n").encode("utf-8") if lines else b""
    if final.name.endswith(".gz"):
        data = gzip.compress(data, mtime=0)
    tmp.write_bytes(data)
    os.replace(tmp, part)
    final = rename_final(part, final)
    records = [json.loads(line) for line in lines]
    urls = {url_key(r.get("url")) for r in records}
    done = forgotten = 0
    run_id = m.group("run")
    if store is not None:
        done, forgotten = store.settle(run_id, urls)
        store.end_run(run_id, "killed", len(records), {"recovered_done": done, "recovered_forgotten": forgotten})
    counts: Counter[str] = Counter()
    for record in records:
        counts.update(filled_fields(record))
    write_manifest(final, {
        "run_id": run_id, "site": site, "started": iso(parse_run_stamp(m.group("stamp"))),
        "ended": None, "finish_reason": "killed", "records": len(records), "drops": {}, "refused": {},
        "recovered": {"seen_done": done, "seen_forgotten": forgotten},
        "fill_rates": fill_rates(counts, len(records)), "versions": versions(),
        **warc_entry(part.parents[2], site, run_id),  # <data dir>/exports/<site>/<file>
    })
    return final


def warc_entry(base: Path, site: str, run_id: str) -> dict[str, list[str]]:
    """The manifest's `warc` key: the run's WARC files (-s NEWSSCRAPER_WARC=1), absent when none."""
    files = warc_files(base, site, run_id)
    return {"warc": files} if files else {}


def versions() -> dict[str, str]:
    from importlib.metadata import version

    return {"newsscraper": __version__, "scrapy": version("scrapy")}


def _under(stats: dict[str, Any], prefix: str) -> dict[str, Any]:
    """The stats under one prefix, keyed by the rest of their name (in the stats' order)."""
    return {k.removeprefix(prefix): v for k, v in stats.items() if k.startswith(prefix)}


def failure_counts(stats: dict[str, Any]) -> dict[str, Any]:
    """The manifest's `failures`: requests given up, by the reason the spiders' errbacks counted
    (`failure/download_error/DownloadTimeoutError` → {"download_error": {"DownloadTimeoutError": n}}),
    exceptions raised by spider callbacks, and the retry figures, so that every page the crawl could
    not read is accounted for under a name."""
    out: dict[str, Any] = {}
    for key, value in sorted(stats.items()):
        if not key.startswith(keys.FAILURE):
            continue
        *parents, leaf = key.removeprefix(keys.FAILURE).split("/")
        node = out
        for name in parents:
            child = node.setdefault(name, {})
            if not isinstance(child, dict):  # a reason counted both bare and with detail: keep both
                child = node.setdefault(f"{name}/", {})
            node = child
        node[leaf] = value
    exceptions = {k.removeprefix("spider_exceptions/"): v for k, v in stats.items()
                  if k.startswith("spider_exceptions/") and k != "spider_exceptions/count"}
    if exceptions:
        out["spider_exceptions"] = exceptions
    out["retry"] = {"retried": stats.get("retry/count", 0), "gave_up": stats.get("retry/max_reached", 0),
                    "waited_for_retry_after": stats.get("retry/retry_after/waits", 0)}
    return out


class JsonLinesExport:
    """The run's export file and its manifest; the last pipeline writes records through it."""

    def __init__(self, crawler: Crawler, root: Path) -> None:
        self.crawler = crawler
        self.root = root
        self.run_id, self.started = run_identity(crawler)  # the run's WARC files share them
        self.gzipped = crawler.settings.getbool("EXPORT_GZIP")
        self.file: RunFile | None = None
        self.site = ""
        self.store: SeenStore | None = None
        self.path: Path | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> JsonLinesExport:
        if not crawler.settings.getbool("NEWSSCRAPER_EXPORT", True):
            raise NotConfigured("NEWSSCRAPER_EXPORT is off")
        ext = cls(crawler, exports_dir(data_dir(crawler.settings.get("NEWSSCRAPER_DATA_DIR"))))
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider: Spider) -> None:
        self.site = getattr(getattr(spider, "site", None), "key", spider.name)
        folder = self.root / self.site
        use_store = self.crawler.settings.getbool("NEWSSCRAPER_SEEN", True)
        self.store = store_for(self.crawler.settings) if use_store else None
        for part in sorted(folder.glob("*.part")) if folder.is_dir() else []:
            recovered = recover_part(part, self.store, self.site)
            if recovered:
                self.crawler.stats.inc_value("export/recovered_killed_runs")
                spider.logger.warning("recovered the export of a killed run: %s", recovered)
        self.file = RunFile(folder, self.started, self.run_id, self.gzipped)
        if self.store is not None:
            self.store.start_run(self.run_id, self.site, iso(self.started))
        self.crawler.stats.set_value("newsscraper/run_id", self.run_id)

    def write(self, item: NewsArticle) -> dict[str, Any]:
        """Write one record (flushed); returns it as the dict written."""
        assert self.file is not None, "export file not open"
        record = asdict(item)
        self.file.write(record)
        self.crawler.stats.inc_value("export/records")
        return record

    def spider_closed(self, spider: Spider, reason: str) -> None:
        if self.file is None:
            return
        self.path = self.file.close()
        self.crawler.stats.set_value("newsscraper/export_file", str(self.path))
        manifest = self.manifest(reason)
        write_manifest(self.path, manifest)
        if self.store is not None:
            # The rename above and this update are the run's commit: pending entries become done.
            counts = {k: v for k, v in self.crawler.stats.get_stats().items()
                      if isinstance(v, int | float) and not isinstance(v, bool)}
            counts["fill_rates"] = manifest["fill_rates_parsed"]
            counts["pages_parsed"] = manifest["pages_parsed"]
            self.store.end_run(self.run_id, reason, self.file.records, counts)

    def manifest(self, reason: str) -> dict[str, Any]:
        stats = self.crawler.stats.get_stats()
        assert self.file is not None
        parsed = stats.get("parse/pages", 0)
        parsed_fill = _under(stats, "parse/filled/")
        return {
            "run_id": self.run_id,
            "site": self.site,
            "started": iso(self.started),
            "ended": iso(datetime.now(UTC)),
            "finish_reason": reason,
            "records": self.file.records,
            "drops": _under(stats, keys.DROP),
            "refused": _under(stats, keys.REFUSED),
            "failures": failure_counts(stats),
            "dropped_requests": _under(stats, keys.DROPPED),
            "discovery": _under(dict(sorted(stats.items())), keys.DISCOVERY),
            "fill_rates": fill_rates(self.file.filled, self.file.records),
            "pages_parsed": parsed,
            "fill_rates_parsed": {n: round(parsed_fill.get(n, 0) / parsed, 4) if parsed else None
                                  for n in FIELD_NAMES},
            "requests": stats.get("downloader/request_count", 0),
            "versions": versions(),
            **warc_entry(self.root.parent, self.site, self.run_id),
        }
