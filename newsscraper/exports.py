"""Per-site JSON Lines exports written by our own extension (not FEEDS).

Each run writes data/exports/<site>/<run-start UTC>-<run id>.jsonl: every line is flushed as it is
written to `<file>.part`, and the file is renamed when the run ends, next to a manifest
(<file>.manifest.json) with counts, drops by reason and the finish reason. `-o` / `-O` still work:
they add a feed beside this file. `-s NEWSSCRAPER_EXPORT=0` turns it off.
"""

from __future__ import annotations

import json
import os
import secrets
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from newsscraper import __version__
from newsscraper.items import FIELD_NAMES, NewsArticle
from newsscraper.paths import data_dir, exports_dir


def run_stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H-%M-%SZ")


class JsonLinesExport:
    def __init__(self, crawler: Crawler, root: Path) -> None:
        self.crawler = crawler
        self.root = root
        self.run_id = secrets.token_hex(4)
        self.started = datetime.now(UTC)
        self.fh: IO[str] | None = None
        self.part: Path | None = None
        self.records = 0
        self.filled: dict[str, int] = dict.fromkeys(FIELD_NAMES, 0)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> JsonLinesExport:
        if not crawler.settings.getbool("NEWSSCRAPER_EXPORT", True):
            raise NotConfigured("NEWSSCRAPER_EXPORT is off")
        ext = cls(crawler, exports_dir(data_dir(crawler.settings.get("NEWSSCRAPER_DATA_DIR"))))
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    @property
    def final_path(self) -> Path:
        assert self.part is not None
        return self.part.with_suffix("")

    def spider_opened(self, spider: Spider) -> None:
        site = getattr(getattr(spider, "site", None), "key", spider.name)
        folder = self.root / site
        folder.mkdir(parents=True, exist_ok=True)
        self.part = folder / f"{run_stamp(self.started)}-{self.run_id}.jsonl.part"
        self.fh = self.part.open("w", encoding="utf-8")
        self.crawler.stats.set_value("newsscraper/run_id", self.run_id)

    def item_scraped(self, item: Any, spider: Spider) -> None:
        if self.fh is None or not isinstance(item, NewsArticle):
            return
        record = asdict(item)
        # One whole line per write, flushed at once: a killed run leaves complete lines only
        # (bar the last, which recovery truncates).
        self.fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        self.fh.flush()
        self.records += 1
        for name, value in record.items():
            if value not in (None, [], ""):
                self.filled[name] += 1
        self.crawler.stats.inc_value("export/records")

    def spider_closed(self, spider: Spider, reason: str) -> None:
        if self.fh is None or self.part is None:
            return
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.fh.close()
        final = self.final_path
        if final.exists():  # never overwrite an earlier export
            final = final.with_name(f"{final.stem}-{secrets.token_hex(2)}.jsonl")
        self.part.rename(final)
        self.crawler.stats.set_value("newsscraper/export_file", str(final))
        manifest = self.manifest(reason)
        final.with_name(final.name + ".manifest.json").write_text(
            json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

    def manifest(self, reason: str) -> dict[str, Any]:
        stats = self.crawler.stats.get_stats()
        drops = {k.removeprefix("drop/"): v for k, v in stats.items() if k.startswith("drop/")}
        refused = {k.removeprefix("refused/"): v for k, v in stats.items() if k.startswith("refused/")}
        return {
            "run_id": self.run_id,
            "site": self.final_path.parent.name,
            "started": self.started.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "ended": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "finish_reason": reason,
            "records": self.records,
            "drops": drops,
            "refused": refused,
            "fill_rates": {k: round(v / self.records, 4) if self.records else None for k, v in self.filled.items()},
            "versions": {"newsscraper": __version__, "scrapy": _version("scrapy")},
        }


def _version(package: str) -> str:
    from importlib.metadata import version

    return version(package)
