"""Every spider: listed, documented, and its start() yields requests; arguments are validated."""

from __future__ import annotations

import asyncio
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from scrapy.crawler import Crawler
from scrapy.spiderloader import SpiderLoader
from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.project import get_project_settings

from newsscraper.spiders.base import SpiderArgumentError, parse_bound, parse_ids

SETTINGS = get_project_settings()
SETTINGS.set("NEWSSCRAPER_SEEN", False)  # unit tests: no seen-store on disk
LOADER = SpiderLoader.from_settings(SETTINGS)
TEHRAN = ZoneInfo("Asia/Tehran")


def make(name: str, **kwargs):
    cls = LOADER.load(name)
    crawler = Crawler(cls, SETTINGS)
    crawler.stats = MemoryStatsCollector(crawler)  # normally set when the crawl starts
    return cls.from_crawler(crawler, **kwargs)


async def _first_requests(spider, n=50):
    out = []
    async for request in spider.start():
        out.append(request)
        if len(out) >= n:
            break
    return out


def test_every_registered_site_has_a_spider():
    from newsscraper.sites import all_sites

    assert set(all_sites()) | {"news"} == set(LOADER.list())


@pytest.mark.parametrize("name", sorted(LOADER.list()))
def test_start_yields_requests(name):
    kwargs = {"url": "https://example-news.ir/"} if name == "news" else {}
    spider = make(name, **kwargs)
    requests = asyncio.run(_first_requests(spider))
    assert requests
    assert all(not r.dont_filter for r in requests), "start requests must stay subject to the offsite filter"
    assert (LOADER.load(name).__doc__ or "").strip()


def test_base_url_rebinds_the_sites_domains():
    spider = make("khabaronline", base_url="http://127.0.0.1:8123")
    urls = [r.url for r in asyncio.run(_first_requests(spider))]
    assert urls and all(u.startswith("http://127.0.0.1:8123/") for u in urls)
    assert spider.allowed_domains == ["127.0.0.1"]


def test_ids_build_article_urls():
    spider = make("varzesh3", ids="100-102", base_url="http://127.0.0.1:9")
    urls = [r.url for r in asyncio.run(_first_requests(spider))]
    assert urls == [f"http://127.0.0.1:9/news/{i}" for i in (100, 101, 102)]


def test_bounds_jalali_gregorian_and_instants():
    assert parse_bound("1403-01-01", TEHRAN, end=False) == datetime(2024, 3, 20, tzinfo=TEHRAN)
    assert parse_bound("2024-03-20", TEHRAN, end=False) == datetime(2024, 3, 20, tzinfo=TEHRAN)
    end = parse_bound("1403-01-01", TEHRAN, end=True)
    assert (end.date().isoformat(), end.hour, end.minute) == ("2024-03-20", 23, 59)
    assert parse_bound("2024-03-20T06:30:00Z", TEHRAN, end=False).isoformat() == "2024-03-20T10:00:00+03:30"
    with pytest.raises(SpiderArgumentError):
        parse_bound("yesterday", TEHRAN, end=False)
    with pytest.raises(SpiderArgumentError):
        parse_bound("1403-13-01", TEHRAN, end=False)


def test_ids_argument():
    assert list(parse_ids("5-7")) == [5, 6, 7]
    assert parse_ids("12, 15") == [12, 15]
    for bad in ("7-5", "a-b", "1-99999999"):
        with pytest.raises(SpiderArgumentError):
            parse_ids(bad)


def test_generic_spider_needs_a_url():
    with pytest.raises(SpiderArgumentError):
        make("news")
