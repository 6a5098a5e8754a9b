"""NewsSpider: the crawl strategy every site spider shares.

Discovery runs cheapest first: feeds, then sitemaps, then section listings with pagination, then
per-day archive pages and ID-range backfill when asked. Every callback is a spider method and
meta / cb_kwargs hold plain data, so requests can be queued to disk (JOBDIR). Article pages are
read by newsscraper.extract; only pages it accepts become records.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from dataclasses import asdict
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any, ClassVar
from urllib.parse import urlsplit

import scrapy
from scrapy.exceptions import CloseSpider
from scrapy.http import Response, TextResponse

from newsscraper import discovery
from newsscraper import statkeys as keys
from newsscraper.extract import Extraction, extract
from newsscraper.jalali import parse_day, parse_iso
from newsscraper.middlewares import failure_reason, log_failed
from newsscraper.runfiles import iso, now_utc
from newsscraper.sites import Site, site_by_key
from newsscraper.store import store_for, url_key

MAX_PAGES_DEFAULT = 50
MAX_IDS = 1_000_000


class SpiderArgumentError(ValueError):
    """A spider argument that cannot be understood; the crawl refuses to start."""


def parse_bound(value: str | None, tz: tzinfo, *, end: bool) -> datetime | None:
    """`since` / `until`: a Jalali (1403-01-01) or Gregorian (2024-03-20) day in the site's zone,
    both ends inclusive, or an ISO-8601 instant."""
    if not value:
        return None
    text = value.strip()
    if "T" in text:
        instant = parse_iso(text, tz)
        if instant:
            return instant
    if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", text):
        found = parse_day(text)
        if found is None:
            raise SpiderArgumentError(f"not a date: {value!r}")
        day = datetime(found.year, found.month, found.day, tzinfo=tz)
        return day + timedelta(days=1, microseconds=-1) if end else day
    raise SpiderArgumentError(f"since/until take YYYY-MM-DD (Jalali or Gregorian) or an ISO instant: {value!r}")


def parse_ids(value: str | None) -> range | list[int] | None:
    """`ids=6000-6999` or `ids=12,15,20`."""
    if not value:
        return None
    text = value.strip()
    m = re.fullmatch(r"(\d+)\s*-\s*(\d+)", text)
    if m:
        lo, hi = int(m.group(1)), int(m.group(2))
        if hi < lo or hi - lo >= MAX_IDS:
            raise SpiderArgumentError(f"ids range must be low-high with at most {MAX_IDS} ids: {value!r}")
        return range(lo, hi + 1)
    if re.fullmatch(r"\d+(?:\s*,\s*\d+)*", text):
        return [int(x) for x in text.split(",")]
    raise SpiderArgumentError(f"ids takes 6000-6999 or 12,15,20: {value!r}")


def _flag(value: Any) -> bool:
    return str(value).strip().lower() in ("1", "true", "yes", "on") if value is not None else False


def _int_arg(name: str, value: Any, default: int | None) -> int | None:
    if value in (None, ""):
        return default
    try:
        number = int(value)
    except (TypeError, ValueError) as exc:
        raise SpiderArgumentError(f"{name} must be a whole number: {value!r}") from exc
    if number < 0:
        raise SpiderArgumentError(f"{name} must not be negative: {value!r}")
    return number


class NewsSpider(scrapy.Spider):
    """Base spider; a site spider only names its site key (see newsscraper.spiders.sites).

    Arguments (-a NAME=VALUE): base_url (crawl a copy of the site at this origin), since, until
    (filter entries and records by date), ids, max_items, max_pages (default 50), refresh=1 (ignore
    the seen-store and export again), revisit_days=N (fetch again articles first seen less than N
    days ago), incremental=1 (discovery bounded by the start of the site's last successful run),
    window=T (discovery bounded by T, as nightly passes it).

    Incremental runs lose nothing: the window only decides which sitemap files and how many
    listing pages are read. Every entry of what is read is requested unless the seen-store has
    exported it, whatever its date, except entries older than the site's backfill floor (the
    earliest `since` any run of the site was given). Records are filtered by date only by the
    `since` / `until` given here.
    """

    site_key: ClassVar[str] = ""

    def __init__(self, *args: Any, base_url: str | None = None, since: str | None = None,
                 until: str | None = None, ids: str | None = None, max_items: Any = None,
                 max_pages: Any = None, refresh: Any = None, revisit_days: Any = None,
                 incremental: Any = None, window: str | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.site: Site = self.make_site()
        self.base_url = base_url.rstrip("/") if base_url else None
        tz = self.site.zone
        self.since = parse_bound(since, tz, end=False)
        self.until = parse_bound(until, tz, end=True)
        self.ids = parse_ids(ids)
        self.max_items = _int_arg("max_items", max_items, None)
        self.max_pages = _int_arg("max_pages", max_pages, MAX_PAGES_DEFAULT)
        self.allowed_domains = [urlsplit(self.base_url).hostname] if self.base_url else list(self.site.domains)
        self._article_path = re.compile(self.site.article_url) if self.site.article_url else None
        self.refresh = _flag(refresh)
        self.revisit_days = _int_arg("revisit_days", revisit_days, None)
        self.incremental = _flag(incremental) or bool(window)
        # Discovery bound of an incremental run (which sitemap files, how many listing pages); never a
        # filter on what is found. nightly passes it; incremental=1 takes the last run's start.
        self.window = parse_bound(window, tz, end=False)
        # Entries listed as older than this are not requested (no backfill); set by load_state().
        self.floor: datetime | None = None
        self.seen: set[str] = set()  # article URLs exported by earlier runs: not requested again
        self.tried: set[str] = set()  # article URLs fetched by earlier runs but not exported
        self._links: set[str] = set()  # raw links already handled in this run
        self.store: Any = None
        self.records = 0
        self._seen_listing: set[str] = set()  # article URLs already seen on listing pages

    def make_site(self) -> Site:
        site = site_by_key(self.site_key)
        if site is None:
            raise SpiderArgumentError(f"no site {self.site_key!r} in newsscraper/sites")
        return site

    # ------------------------------------------------------------------ helpers

    def url(self, url: str) -> str:
        """A site URL as this run reaches it (rebound onto base_url for a local copy)."""
        return discovery.rebase(url, self.site.domains, self.base_url)

    def is_article_url(self, url: str) -> bool:
        parts = urlsplit(url)
        if self.base_url and not discovery.same_origin(url, self.base_url):
            return False
        if not self.base_url and discovery.rebase(url, self.site.domains, "http://x") == url:
            return False  # another domain
        if self._article_path is None:
            return discovery.url_priority(url) > 0
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        return bool(self._article_path.search(path))

    def in_window(self, value: Any) -> bool:
        return discovery.in_window(value, self.since, self.until, self.site.zone)

    def claim(self, url: str) -> str | None:
        """The canonical URL to request for an article link, or None when it needs no request:
        already handled in this run (pages repeat the same links), or exported by an earlier run."""
        if url in self._links:
            return None
        self._links.add(url)
        target = discovery.canonical(url)
        key = url_key(target)
        if key in self.seen:
            self.count("seen/skipped")
            return None
        # Pages fetched before and not exported (refused, failed) are tried again, but are not "new":
        # nightly must not read a known empty page as a new article that extraction missed.
        self.count(keys.RETRY_REQUESTS if key in self.tried else keys.ARTICLE_REQUESTS)
        return target

    def article_request(self, url: str, source: str, priority: int = 0) -> scrapy.Request | None:
        """A request for an article page; None when an earlier run already exported it."""
        target = self.claim(self.url(url))
        if target is None:
            return None
        return scrapy.Request(target, callback=self.parse_article, cb_kwargs={"source": source}, priority=priority,
                              errback=self.fetch_failed)

    def note_tried(self, url: str, reason: str) -> None:
        if self.store is not None:
            self.store.note_tried(self.site.key, url_key(url), reason)

    def count(self, key: str, n: int = 1) -> None:
        self.crawler.stats.inc_value(key, n)

    # ------------------------------------------------------------------ discovery

    async def start(self) -> AsyncIterator[Any]:
        self.load_state()
        for request in self.start_requests_list():
            yield request

    def load_state(self) -> None:
        """Read the seen-store: what earlier runs exported and tried, the incremental window and floor; and
        record this run's own lower bound (its since, or its floor) for the floors of later runs."""
        settings = self.crawler.settings
        if not settings.getbool("NEWSSCRAPER_SEEN", True):
            return
        store = self.store = store_for(settings)
        self.tried = store.tried_urls(self.site.key)
        if self.incremental:
            self.bound_discovery(store)
        if self.ids is None:  # an ID backfill reads no feed, listing or sitemap: it moves no floor
            since = self.since or self.floor
            store.note_floor(self.site.key, iso(since.astimezone(UTC)) if since else None)
        if self.refresh:
            return
        self.seen = store.seen_urls(self.site.key)
        if self.revisit_days:
            cutoff = datetime.now(UTC) - timedelta(days=self.revisit_days)
            self.seen -= store.first_seen_since(self.site.key, iso(cutoff))

    def bound_discovery(self, store: Any) -> None:
        """Incremental: the window (discovery bound) and the backfill floor (no entry older is asked for)."""
        if self.window is None:
            last = store.last_successful_run(self.site.key)
            if last is not None:
                self.window = parse_iso(last.started, self.site.zone)
        known, floor = store.backfill_floor(self.site.key)
        # A site never crawled has no earlier run to be lossless against: its window is its floor too.
        self.floor = (parse_iso(floor, self.site.zone) if floor else None) if known else self.window
        self.logger.info("incremental: discovery bounded by %s, nothing listed before %s requested",
                         self.window or "nothing (no earlier run)", self.floor or "any date")

    @property
    def discovery_bound(self) -> datetime | None:
        """Where discovery may stop: the since the user gave, else the incremental window."""
        return self.since if self.since is not None else self.window

    def start_requests_list(self) -> list[scrapy.Request]:
        """Discovery requests, cheapest source first; plain data in meta so they queue to disk."""
        if self.ids is not None:
            return list(self.id_requests())
        site = self.site
        failed = self.discovery_failed
        requests = [scrapy.Request(self.url(u), callback=self.parse_feed, priority=30, errback=failed)
                    for u in site.feeds]
        requests += [scrapy.Request(self.url(u), callback=self.parse_sitemap, priority=20, errback=failed)
                     for u in site.sitemaps]
        requests += [scrapy.Request(self.url(u), callback=self.parse_listing, cb_kwargs={"page": 1}, priority=10,
                                    errback=failed) for u in site.listings]
        if not requests and site.start_url:
            requests.append(scrapy.Request(self.url(site.start_url), callback=self.parse_listing,
                                           cb_kwargs={"page": 1}, errback=failed))
        return requests

    def discovery_failed(self, failure: Any) -> None:
        """A feed, sitemap or first listing page that could not be fetched: nightly fails the site."""
        request = getattr(failure, "request", None) or getattr(failure.value, "request", None)
        reason = failure_reason(failure)
        self.count(keys.DISCOVERY_FAILED)
        self.count(keys.failure(reason))
        log_failed(reason, request)
        self.logger.error("discovery source failed: %s (%s)", getattr(request, "url", "?"), failure.value)

    def fetch_failed(self, failure: Any) -> None:
        """Any other request given up (after its retries, or dropped by a middleware): counted as
        failure/<reason>, so a page the crawl could not fetch is never lost without a name (the
        manifest's `failures` section), and logged with the URL first asked for."""
        request = getattr(failure, "request", None)
        reason = failure_reason(failure)
        self.count(keys.failure(reason))
        if request is not None and request.callback in (self.parse_article, getattr(self, "parse_page", None)):
            self.note_tried(request.url, keys.failure(reason))
        log_failed(reason, request)

    def id_requests(self) -> Iterator[scrapy.Request]:
        if not self.site.id_url:
            raise SpiderArgumentError(f"{self.site.key} has no article URL built from an ID (id_url)")
        base = self.base_url or self.site.start_url.rstrip("/")
        for news_id in self.ids or ():
            request = self.article_request(self.site.id_url.format(base=base, id=news_id), "ids")
            if request is not None:
                yield request

    def parse_feed(self, response: Response) -> Iterator[scrapy.Request]:
        self.count(keys.READ.format(kind="feed"))
        entries = discovery.parse_feed(response.body, response.url, self.site.zone)
        self.count("discovery/feed/entries", len(entries))
        if not entries:
            self.count(keys.EMPTY_SOURCE.format(source="feed"))
        yield from self._follow_entries(entries, "feed")

    def parse_sitemap(self, response: Response) -> Iterator[scrapy.Request]:
        self.count(keys.READ.format(kind="sitemap"))
        sitemap = discovery.parse_sitemap(response.body, self.site.zone)
        if sitemap is None or not sitemap.entries:
            self.count(keys.EMPTY_SOURCE.format(source="sitemap"))
            return
        if sitemap.is_index:
            for entry in sitemap.entries:
                # A child sitemap last changed before the bound lists nothing newer.
                if entry.published is None or self.in_window_end(entry.published):
                    yield scrapy.Request(self.url(entry.url), callback=self.parse_sitemap, priority=20,
                                         errback=self.fetch_failed)
            return
        self.count("discovery/sitemap/entries", len(sitemap.entries))
        yield from self._follow_entries(list(sitemap.entries), "sitemap")

    def in_window_end(self, value: Any) -> bool:
        """For sitemap indexes: only the lower bound matters (a child may hold older and newer)."""
        return discovery.in_window(value, self.discovery_bound, None, self.site.zone)

    def _follow_entries(self, entries: list[discovery.Entry], source: str) -> Iterator[scrapy.Request]:
        for entry in entries:
            if not self.is_article_url(self.url(entry.url)):
                continue
            if not self.in_window(entry.published):
                self.count(keys.OUT_OF_WINDOW.format(source=source))
                continue
            if self.since is None and not discovery.in_window(entry.published, self.floor, None, self.site.zone):
                self.count(keys.BEFORE_FLOOR.format(source=source))
                continue
            request = self.article_request(entry.url, source)
            if request is not None:
                yield request

    def parse_listing(self, response: Response, page: int = 1) -> Iterator[scrapy.Request]:
        # Not hasattr(response, "xpath"): a binary Response has xpath() too, and it raises NotSupported.
        self.count(keys.READ.format(kind="listing"))
        if not isinstance(response, TextResponse):
            self.count("discovery/listing/not_html")
            return
        root = response.selector.root
        entries = discovery.listing_links(root, response.url, self.is_article_url, self.site.zone)
        self.count("discovery/listing/entries", len(entries))
        new = [e for e in entries if discovery.canonical(e.url) not in self._seen_listing]
        self._seen_listing.update(discovery.canonical(e.url) for e in entries)
        yield from self._follow_entries(new, "listing")
        dated = [e.published for e in new if e.published is not None]
        bound = self.discovery_bound
        all_old = bool(dated) and bound is not None and not any(
            discovery.in_window(d, bound, None, self.site.zone) for d in dated)
        if not new or all_old or page >= (self.max_pages or 0):
            self.count("discovery/listing/stopped")
            return
        nxt = discovery.next_page(root, response.url)
        if nxt and self.is_same_site(nxt):
            yield scrapy.Request(nxt, callback=self.parse_listing, cb_kwargs={"page": page + 1}, priority=10,
                                 errback=self.fetch_failed)

    def is_same_site(self, url: str) -> bool:
        if self.base_url:
            return discovery.same_origin(url, self.base_url)
        return discovery.rebase(url, self.site.domains, "http://x") != url

    # ------------------------------------------------------------------ articles

    def parse_article(self, response: Response, source: str = "") -> Iterator[Any]:
        yield from self.emit(self.read(response), response)

    def emit(self, result: Extraction, response: Response) -> Iterator[Any]:
        """Count what extraction said of a fetched page and yield its record, if it is one."""
        for note in result.notes:
            self.count(note)
        self.count("parse/pages")
        if result.record is not None:
            for name, value in asdict(result.record).items():
                if value not in (None, [], ""):
                    self.count(f"parse/filled/{name}")
        if result.record is None:
            self.count(f"refused/{result.refusal}")
            self.note_tried(response.url, f"refused/{result.refusal}")
            self.logger.info("not an article (%s): %s", result.refusal, response.url)
            return
        record = result.record  # an undated record is kept; extract() noted it as date/missing
        if record.published_date is not None and not self.in_window(self._record_time(record)):
            self.count(keys.DROP_OUT_OF_WINDOW)
            self.logger.info("Dropped: %s: %s", keys.DROP_OUT_OF_WINDOW, response.url)
            return
        self.records += 1
        yield record
        if self.max_items is not None and self.records >= self.max_items:
            raise CloseSpider("max_items")

    def read(self, response: Response) -> Extraction:
        """Extract a fetched page with this run's site profile (none once max_items records are out)."""
        if self.max_items is not None and self.records >= self.max_items:
            raise CloseSpider("max_items")
        language = response.headers.get(b"Content-Language")
        return extract(response.body, response.url, content_type=self._content_type(response),
                       site=self.extract_site, crawled_at=now_utc(),
                       content_language=language.decode("latin-1") if language else None)

    @property
    def extract_site(self) -> Site | None:
        return self.site

    @staticmethod
    def _content_type(response: Response) -> str | None:
        value = response.headers.get(b"Content-Type")
        return value.decode("latin-1") if value else None

    @staticmethod
    def _record_time(record: Any) -> datetime | date:
        if record.published_at:
            return datetime.fromisoformat(record.published_at)
        return date.fromisoformat(record.published_date)
