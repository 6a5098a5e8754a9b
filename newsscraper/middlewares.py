"""Downloader middlewares for a hostile web, and the one place a lost request gets its name.

- RetryAfterMiddleware replaces Scrapy's RetryMiddleware: a retryable answer (429, 503, …) that
  carries Retry-After (seconds or an HTTP-date) is retried no sooner than it asks; one that asks for
  more than RETRY_AFTER_MAX seconds (default 120) is given up at once and counted, rather than
  holding the crawl. The wait happens in process_request, so no response body is held meanwhile.
- RedirectGuardMiddleware runs before Scrapy's RedirectMiddleware and refuses a redirect that
  leaves the spider's allowed_domains or comes back to a URL of its own chain. Scrapy's
  OffsiteMiddleware lets `dont_filter` requests through, and every retried request is
  `dont_filter`, so without this guard a redirect answered to a retry would be followed off-site.
- AccountedOffsiteMiddleware replaces Scrapy's OffsiteMiddleware: the same filter, but a request
  it drops when it is scheduled (a meta refresh or a redirect to another domain on a first fetch,
  which Scrapy drops silently) goes to the request's errback like any request given up, as
  `offsite_redirect` (or `offsite` for a link). It also names the requests the scheduler drops
  (Scrapy's `request_dropped` signal: the duplicate filter) as `dropped_request/duplicate`, or
  `dropped_request/redirect_duplicate` when a redirect led to a URL the crawl had already requested.
- AccountedDepthMiddleware and AccountedUrlLengthMiddleware replace Scrapy's spider middlewares of the
  same names: a link they drop before it is scheduled (past DEPTH_LIMIT, longer than URLLENGTH_LIMIT)
  is counted as `dropped_request/depth_limit` or `dropped_request/url_too_long` and logged.
- failure_reason() names why a request was given up; the spiders' errbacks count it as
  `failure/<reason>` and the export manifest shows those counts as its `failures` section.

Every request given up is logged at INFO as `request failed (<reason>): <URL first requested>`.
"""

from __future__ import annotations

import logging
import time
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit, urlunsplit

from scrapy import signals
from scrapy.downloadermiddlewares.offsite import OffsiteMiddleware
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response
from scrapy.spidermiddlewares.depth import DepthMiddleware
from scrapy.spidermiddlewares.urllength import UrlLengthMiddleware
from scrapy.utils.asyncio import sleep
from twisted.python.failure import Failure
from w3lib.url import safe_url_string

from newsscraper import statkeys as keys

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)

RETRY_AFTER_MAX_DEFAULT = 120.0
NOT_BEFORE = "retry_not_before"  # request.meta: Unix time before which a retry must not be sent
GAVE_UP = "newsscraper_gave_up"  # request.meta: why a middleware gave the request up
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})


def parse_retry_after(value: bytes | str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After value: delta-seconds or an HTTP-date (RFC 9110 §10.2.3).

    A date in the past means 0; anything unreadable (or negative) is None: retry as usual.
    """
    if value is None:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if not text:
        return None
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when is None or when.tzinfo is None:
        return None  # an HTTP-date is always GMT; a date without a zone is not one
    try:
        stamp = when.timestamp()
    except (OverflowError, OSError, ValueError):
        return None
    return max(0.0, stamp - (time.time() if now is None else now))


class RetryAfterMiddleware(RetryMiddleware):
    """Scrapy's RetryMiddleware, honouring Retry-After up to RETRY_AFTER_MAX seconds."""

    def __init__(self, settings: Any) -> None:
        super().__init__(settings)
        self.retry_after_max = settings.getfloat("RETRY_AFTER_MAX", RETRY_AFTER_MAX_DEFAULT)

    async def process_request(self, request: Request) -> None:
        not_before = request.meta.get(NOT_BEFORE)
        if not_before:
            delay = float(not_before) - time.time()
            if delay > 0:
                await sleep(delay)
        return None

    def process_response(self, request: Request, response: Response) -> Request | Response:
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        delay = parse_retry_after(response.headers.get(b"Retry-After"))
        if delay is None:
            return super().process_response(request, response)
        stats = self.crawler.stats
        if delay > self.retry_after_max:
            # Waiting that long would hold the crawl (and its slot) for nothing useful: give up now.
            stats.inc_value("retry/retry_after/too_long")
            request.meta[GAVE_UP] = "retry_after_too_long"
            logger.warning("Gave up %s: Retry-After %.0f s is over RETRY_AFTER_MAX (%.0f s)",
                           request, delay, self.retry_after_max)
            return response
        retry = self._retry(request, f"{response.status} with Retry-After")
        if retry is None:
            return response
        retry.meta[NOT_BEFORE] = time.time() + delay
        stats.inc_value("retry/retry_after/waits")
        stats.inc_value("retry/retry_after/seconds", round(delay, 3))
        return retry


def _allowed(url: str, domains: list[str]) -> bool:
    """Scrapy's offsite rule (a listed host or a subdomain of one), on the host name only."""
    if not domains:
        return True
    host = (urlsplit(url).hostname or "").lower()
    return any(host == d or host.endswith("." + d) for d in (d.lower() for d in domains if d))


def _without_fragment(url: str) -> str:
    return urlunsplit(urlsplit(url)._replace(fragment=""))


class RedirectGuardMiddleware:
    """Refuse off-site and looping redirects with a named reason, whatever dont_filter says."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RedirectGuardMiddleware:
        return cls(crawler)

    def _domains(self) -> list[str]:
        return list(getattr(self.crawler.spider, "allowed_domains", None) or [])

    def process_request(self, request: Request) -> None:
        # Redirects Scrapy builds itself (a meta refresh, say) inherit dont_filter from a retry too.
        if ("redirect_urls" in request.meta and not request.meta.get("allow_offsite")
                and not _allowed(request.url, self._domains())):
            raise IgnoreRequest(f"offsite redirect to {urlsplit(request.url).hostname!r}")

    def process_response(self, request: Request, response: Response) -> Response:
        if (response.status not in REDIRECT_STATUSES or b"Location" not in response.headers
                or request.meta.get("dont_redirect") or request.meta.get("handle_httpstatus_all")
                or response.status in request.meta.get("handle_httpstatus_list", ())
                or response.status in getattr(self.crawler.spider, "handle_httpstatus_list", ())):
            return response
        location = safe_url_string(response.headers[b"Location"])
        if location.startswith("//"):
            location = f"{urlsplit(request.url).scheme}:{location}"
        target = _without_fragment(urljoin(request.url, location))
        if urlsplit(target).scheme not in ("http", "https"):
            return response
        if not request.meta.get("allow_offsite") and not _allowed(target, self._domains()):
            raise IgnoreRequest(f"offsite redirect to {urlsplit(target).hostname!r}")
        chain = {_without_fragment(u) for u in (*request.meta.get("redirect_urls", ()), request.url)}
        if target in chain:
            raise IgnoreRequest(f"redirect loop back to {target}")
        return response


def first_url(request: Request) -> str:
    """The URL the crawl asked for, before any redirect."""
    return (request.meta.get("redirect_urls") or [request.url])[0]


def log_failed(reason: str, request: Request | None) -> None:
    """The one INFO line for a request given up (docs/reliability.md)."""
    url = getattr(request, "url", "?")
    first = first_url(request) if request is not None else url
    logger.info("request failed (%s): %s%s", reason, first, f" (redirected to {url})" if first != url else "")


def give_up(crawler: Crawler, request: Request, exc: Exception, reason: str) -> None:
    """A request dropped before any download: hand it to its errback as a download error would be, so
    the spider counts it (`failure/<reason>`), logs it and remembers the article URL as tried."""
    request.meta[GAVE_UP] = reason
    if request.errback is not None:
        failure = Failure(exc)
        failure.request = request  # type: ignore[attr-defined]  # as Scrapy's scraper sets it
        request.errback(failure)
        return
    crawler.stats.inc_value(keys.failure(reason))
    log_failed(reason, request)


class AccountedOffsiteMiddleware(OffsiteMiddleware):
    """Scrapy's offsite filter, whose silent drops get a name (see the module docstring)."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> AccountedOffsiteMiddleware:
        mw = super().from_crawler(crawler)
        crawler.signals.connect(mw.request_dropped, signal=signals.request_dropped)
        return mw

    def request_scheduled(self, request: Request, spider: Any) -> None:
        try:
            self.process_request(request)
        except IgnoreRequest as exc:  # the engine drops it without calling any errback
            give_up(self.crawler, request, exc, keys.OFFSITE_REDIRECT if "redirect_urls" in request.meta
                    else keys.OFFSITE)
            raise

    def request_dropped(self, request: Request, spider: Any) -> None:
        """The scheduler refused it: the URL was already requested in this crawl (by this worker or, in
        cluster mode, another). Not a failure, and not the errback's business: a discovery source
        refused this way is not a failed one. Counted and logged, so no URL goes without a name."""
        reason = keys.REDIRECT_DUPLICATE if "redirect_urls" in request.meta else keys.DUPLICATE
        self.stats.inc_value(keys.dropped(reason))
        log_failed(reason, request)


def _named_drop(crawler: Crawler, reason: str, request: Request | None, kept: Request | None) -> Request | None:
    if kept is None and request is not None:
        crawler.stats.inc_value(keys.dropped(reason))
        log_failed(reason, request)
    return kept


class AccountedDepthMiddleware(DepthMiddleware):
    """Scrapy's depth limit, with each link it drops named `dropped_request/depth_limit`."""

    def get_processed_request(self, request: Request, response: Response | None) -> Request | None:
        return _named_drop(self.crawler, keys.DEPTH_LIMIT, request, super().get_processed_request(request, response))


class AccountedUrlLengthMiddleware(UrlLengthMiddleware):
    """Scrapy's URL length limit, with each link it drops named `dropped_request/url_too_long`."""

    def get_processed_request(self, request: Request, response: Response | None) -> Request | None:
        return _named_drop(self.crawler, keys.URL_TOO_LONG, request, super().get_processed_request(request, response))


def failure_reason(failure: Any) -> str:
    """A short name, `/`-separated, for why a request was given up (its errback's failure)."""
    exc = getattr(failure, "value", failure)
    request = getattr(failure, "request", None)
    gave_up = getattr(request, "meta", {}).get(GAVE_UP) if request is not None else None
    if gave_up:
        return str(gave_up)
    response = getattr(exc, "response", None)
    if response is not None and isinstance(exc, IgnoreRequest):  # HttpError: a status nobody handles
        return f"http_status/{response.status}"
    message = str(exc)
    if "max size" in message or "DOWNLOAD_MAXSIZE" in message:
        if "decompress" in message:
            return "maxsize/decompressed"
        return "maxsize/declared" if message.startswith("Expected") else "maxsize/received"
    if isinstance(exc, IgnoreRequest):
        for needle, reason in (("robots.txt", keys.ROBOTS_DISALLOWED), ("offsite redirect", keys.OFFSITE_REDIRECT),
                               ("redirect loop", "redirect_loop"), ("max redirections", "redirect_max"),
                               ("offsite", keys.OFFSITE)):
            if needle in message:
                return reason
        return "ignored"
    name = type(exc).__name__
    if name in ("DownloadCancelledError", "CancelledError"):
        # Scrapy cancels a body that grows past DOWNLOAD_MAXSIZE while it arrives (a chunked page)
        # with an empty message; nothing else cancels a download of ours while the spider runs.
        return "maxsize/received"
    cause = exc.__cause__ or exc.__context__
    if name == "DownloadFailedError" and cause is not None:
        reasons = getattr(cause, "reasons", None)  # Twisted's ResponseNeverReceived / ResponseFailed
        inner = reasons[0].value if reasons else cause
        return f"download_error/{type(inner).__name__}"
    return f"download_error/{name}"
