"""The generic `news` spider: any Persian news site, no profile needed.

    scrapy crawl news -a url=https://some-site.ir/

Discovery: robots.txt and the sitemaps it lists, /sitemap.xml, /sitemap_index.xml and the
WordPress / Yoast sitemap names, feeds (<link rel=alternate> autodiscovery and WordPress /feed/),
and otherwise the site's own links from the home page on. Pages are recognised as articles by
their content (is_article()), never by URL; URL shape only orders the crawl and skips obvious
non-articles (/tag/, /category/, /page/N/, /author/, /feed/).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy.http import Response, TextResponse

from newsscraper import discovery
from newsscraper import statkeys as keys
from newsscraper.extract.profiles import GENERIC
from newsscraper.middlewares import failure_reason, log_failed
from newsscraper.sites import Site, host_of
from newsscraper.spiders.base import NewsSpider, SpiderArgumentError

SITEMAP_GUESSES = ("/sitemap.xml", "/sitemap_index.xml", "/wp-sitemap.xml", "/sitemap-news.xml",
                   "/news-sitemap.xml", "/post-sitemap.xml")
FEED_GUESSES = ("/feed/", "/rss", "/rss.xml")


class GenericNewsSpider(NewsSpider):
    """Any news site: -a url=https://site/ (plus since, until, max_items, max_pages)."""

    name = "news"
    custom_settings = {"DEPTH_LIMIT": 4}  # noqa: RUF012  (Scrapy reads it as a class attribute)

    def __init__(self, *args: Any, url: str | None = None, **kwargs: Any) -> None:
        if not url or urlsplit(url).scheme not in ("http", "https"):
            raise SpiderArgumentError("the news spider needs -a url=https://some-site.ir/")
        self.home = url
        kwargs.setdefault("base_url", f"{urlsplit(url).scheme}://{urlsplit(url).netloc}")
        super().__init__(*args, **kwargs)

    def make_site(self) -> Site:
        host = host_of(self.home)
        return Site(key=host, name="", domains=(host,), profile=GENERIC, start_url=self.home)

    @property
    def extract_site(self) -> Site | None:
        return None  # no profile: the generic reading, with its Afghan-site detection

    def is_article_url(self, url: str) -> bool:
        return self.is_same_site(url) and not discovery.skip_url(url)

    def start_requests_list(self) -> list[scrapy.Request]:
        base = self.base_url or self.home
        requests = [scrapy.Request(urljoin(base, "/robots.txt"), callback=self.parse_robots, priority=40,
                                   errback=self.source_missing)]
        requests += [scrapy.Request(urljoin(base, p), callback=self.parse_sitemap, priority=20,
                                    errback=self.source_missing) for p in SITEMAP_GUESSES]
        requests += [scrapy.Request(urljoin(base, p), callback=self.parse_feed, priority=30,
                                    errback=self.source_missing) for p in FEED_GUESSES]
        requests.append(scrapy.Request(self.home, callback=self.parse_page, priority=5, errback=self.fetch_failed))
        # Pages link home, robots.txt names /sitemap.xml, pages announce /rss: each is requested once, here.
        self._links.update(r.url for r in requests)
        return requests

    def source_missing(self, failure: Any) -> None:
        """A guessed feed or sitemap (or robots.txt) that is not there: expected, so not a failure."""
        self.count(keys.GUESS_MISSING)
        log_failed(f"guess_missing/{failure_reason(failure)}", getattr(failure, "request", None))

    def parse_robots(self, response: Response) -> Iterator[scrapy.Request]:
        self.count(keys.READ.format(kind="robots"))
        for found in discovery.robots_sitemaps(response.text if hasattr(response, "text") else ""):
            url = discovery.absolute_url(found)  # None for a malformed line, which is skipped
            if url and self.is_same_site(url) and url not in self._links:
                self._links.add(url)
                yield scrapy.Request(url, callback=self.parse_sitemap, priority=20, errback=self.fetch_failed)

    def article_request(self, url: str, source: str, priority: int = 0) -> scrapy.Request | None:
        target = self.claim(url)
        if target is None:
            return None
        return scrapy.Request(target, callback=self.parse_page, cb_kwargs={"source": source},
                              priority=priority + discovery.url_priority(url), errback=self.fetch_failed)

    def parse_page(self, response: Response, source: str = "") -> Iterator[Any]:
        """Any on-site page: a record when it is an article, and its links to follow."""
        # Not hasattr(response, "xpath"): a binary Response has xpath() too, and it raises NotSupported.
        if not isinstance(response, TextResponse):
            self.count(keys.refused("not_html"))  # counted, so the page is not lost without a name
            self.logger.info("not an article (not_html): %s", response.url)
            return
        result = self.read(response)
        yield from self.emit(result, response)
        page = result.page  # the tree extraction parsed: links are read from it, not parsed again
        if page is None:
            return
        for href in page.strings("//link[@rel='alternate'][contains(@type, 'rss') or "
                                 "contains(@type, 'atom')]/@href"):
            url = discovery.absolute_url(href, response.url)  # None for a malformed href
            if url and self.is_same_site(url) and url not in self._links:
                self._links.add(url)  # every page announces the same feed: request it once
                yield scrapy.Request(url, callback=self.parse_feed, priority=30, errback=self.fetch_failed)
        for href in page.strings("//a/@href"):
            url = discovery.absolute_url(href, response.url)  # None for a malformed or non-http href
            if url and self.is_article_url(url):
                request = self.article_request(url, "link")
                if request is not None:
                    yield request
