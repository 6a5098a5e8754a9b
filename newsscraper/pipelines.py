"""Item pipelines: validate → dedupe → mark seen. Each is small, counts what it does in stats, and
is switched on in settings.ITEM_PIPELINES. Text normalisation already happened, once, in the loaders.

- ValidatePipeline: the record satisfies the generated JSON Schema and is an article by the one
  rule, is_article(); otherwise DropItem counted as drop/<reason>.
- DedupePipeline: one story once per site, by (site, news_id), (site, canonical_url) and
  (site, body hash), within the run and across runs (the seen-store). Copies on other sites are
  kept: researchers study republication. A revisit of a known URL is exported again only when its
  body changed, with modified_at set and revision + 1.
- MarkSeenPipeline: writes the record to the run's export file (flushed) and then enters it in the
  seen-store as pending with the run id; the run's clean end turns it done.
"""

from __future__ import annotations

from dataclasses import asdict, replace
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

import jsonschema
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from newsscraper.exports import JsonLinesExport
from newsscraper.extract import is_article
from newsscraper.items import NewsArticle
from newsscraper.jalali import format_instant
from newsscraper.runfiles import body_hash
from newsscraper.schema import load_schema
from newsscraper.store import SeenStore, store_for, url_key


class _Stage:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Any:
        return cls(crawler)

    def drop(self, reason: str, item: Any) -> None:
        self.stats.inc_value(f"drop/{reason}")
        raise DropItem(f"drop/{reason}: {getattr(item, 'url', None)}")


class ValidatePipeline(_Stage):
    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.validator = jsonschema.Draft202012Validator(load_schema())

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, NewsArticle):
            self.drop("not_a_record", item)
        reason = is_article(item)
        if reason:
            self.drop(reason, item)
        error = next(iter(self.validator.iter_errors(asdict(item))), None)
        if error is not None:
            field = error.path[0] if error.path else "record"
            self.drop(f"schema_{field}", item)
        self.stats.inc_value("validate/ok")
        return item


class DedupePipeline(_Stage):
    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.keys: set[tuple[str, str, str]] = set()
        self.store: SeenStore | None = None
        self.cross_run = crawler.settings.getbool("NEWSSCRAPER_SEEN", True)

    def open_spider(self) -> None:
        if self.cross_run:
            self.store = store_for(self.crawler.settings)

    def process_item(self, item: NewsArticle) -> NewsArticle:
        spider = self.crawler.spider
        digest = body_hash(item.body)
        keys = [(item.site or "", kind, value) for kind, value in
                (("id", item.news_id), ("canonical", item.canonical_url), ("body", digest)) if value]
        if any(k in self.keys for k in keys):
            self.drop("duplicate_in_run", item)
        refresh = bool(getattr(spider, "refresh", False))
        if self.store is not None and not refresh:
            item = self._against_store(item, digest)
        self.keys.update(keys)
        return item

    def _against_store(self, item: NewsArticle, digest: str | None) -> NewsArticle:
        site = item.site or ""
        same_url = self.store.entry(site, url_key(item.url)) if self.store else None
        if same_url is not None:
            if same_url.body_hash == digest:
                self.drop("unchanged", item)
            self.stats.inc_value("dedupe/revised")
            return replace(item, revision=same_url.revision + 1, modified_at=item.modified_at or _now_in(item))
        earlier = self.store.duplicate_of(site, item.news_id, item.canonical_url, digest) if self.store else None
        if earlier is not None:
            self.drop("duplicate_of_earlier_run", item)
        return item


def _now_in(item: NewsArticle) -> str:
    """The crawl time in the site's zone: when a revisit saw the body change."""
    from newsscraper.sites import site_by_key

    site = site_by_key(item.site or "")
    zone = site.zone if site else ZoneInfo("Asia/Tehran")
    return format_instant(datetime.now(UTC).astimezone(zone))


class MarkSeenPipeline(_Stage):
    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.export: JsonLinesExport | None = None

    def open_spider(self) -> None:
        # With -s NEWSSCRAPER_EXPORT=0 there is no export, so nothing is marked seen either.
        self.export = self.crawler.get_extension(JsonLinesExport)

    def process_item(self, item: NewsArticle) -> NewsArticle:
        if self.export is None:
            return item
        self.export.write(item)
        store = self.export.store  # opened by the export at spider_opened, after pipelines open
        if store is not None:
            store.add_pending(item.site or "", self.export.run_id, url_key(item.url), item.news_id,
                                   item.canonical_url, body_hash(item.body), item.revision or 1)
            self.stats.inc_value("seen/marked")
        return item
