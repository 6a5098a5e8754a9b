"""Item pipelines. Normalisation already happened once, in the loaders; pipelines only decide.

ValidatePipeline: the record must still be an article by the one rule, is_article(); a record
that is not is dropped with its reason, counted as drop/<reason>.
"""

from __future__ import annotations

from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from newsscraper.extract import is_article
from newsscraper.items import NewsArticle


class ValidatePipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ValidatePipeline:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, NewsArticle):
            self._drop("not_a_record", item)
        reason = is_article(item)
        if reason:
            self._drop(reason, item)
        self.stats.inc_value("validate/ok")
        return item

    def _drop(self, reason: str, item: Any) -> None:
        self.stats.inc_value(f"drop/{reason}")
        raise DropItem(f"drop/{reason}: {getattr(item, 'url', None)}")
