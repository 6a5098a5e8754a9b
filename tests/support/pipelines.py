"""Shared by the pipeline tests: a record and a crawler with real settings and stats (no network)."""

from __future__ import annotations

from types import SimpleNamespace

from scrapy.utils.test import get_crawler

from newsscraper.items import NewsArticle

BODY = " ".join(["واژه"] * 25)


def article(**kw) -> NewsArticle:
    base = {"site": "isna", "url": "https://www.isna.ir/news/1", "news_id": "1", "headline": "تیتر",
            "body": BODY, "language": "fa", "canonical_url": "https://www.isna.ir/news/1"}
    return NewsArticle(**{**base, **kw})


def make_crawler(data_dir, **settings):
    crawler = get_crawler(settings_dict={"NEWSSCRAPER_DATA_DIR": str(data_dir), **settings})
    crawler.spider = SimpleNamespace(refresh=False)
    return crawler
