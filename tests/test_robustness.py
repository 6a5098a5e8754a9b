"""Unit tests of the hostile-web fixes: Retry-After, the redirect guard, failure names, the
manifest's `failures` section, DTD-free sitemap parsing, malformed URLs, XHTML pages, dates the
schema cannot hold. End-to-end proof is tests/test_faults.py; these pin each piece down."""

from __future__ import annotations

import time
from email.utils import formatdate

import pytest
from scrapy import Request, Spider
from scrapy.exceptions import (
    DownloadCancelledError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.http import HtmlResponse, Response
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.test import get_crawler
from twisted.internet.error import ConnectionLost
from twisted.python.failure import Failure
from twisted.web._newclient import ResponseNeverReceived

from newsscraper import discovery
from newsscraper.exports import failure_counts
from newsscraper.extract import extract
from newsscraper.middlewares import (
    GAVE_UP,
    NOT_BEFORE,
    AccountedDepthMiddleware,
    AccountedOffsiteMiddleware,
    AccountedUrlLengthMiddleware,
    RedirectGuardMiddleware,
    RetryAfterMiddleware,
    failure_reason,
    parse_retry_after,
)
from newsscraper.settings import DOWNLOADER_MIDDLEWARES, RETRY_AFTER_MAX
from tests.support import faultserver as fs

# ---------------------------------------------------------------- Retry-After


@pytest.mark.parametrize(("value", "expected"), [
    ("1", 1.0), (b"120", 120.0), (" 7 ", 7.0), ("0", 0.0), ("3600", 3600.0),
    ("-5", None), ("soon", None), ("", None), (None, None), ("1.5", None),
    ("Thu, 01 Jan 2026 00:00:00", None),  # an HTTP-date is GMT; one without a zone is not an HTTP-date
])
def test_parse_retry_after_values(value, expected):
    assert parse_retry_after(value) == expected


def test_parse_retry_after_http_dates():
    now = time.time()
    assert parse_retry_after(formatdate(now + 30, usegmt=True), now) == pytest.approx(30, abs=1)
    assert parse_retry_after(formatdate(now - 30, usegmt=True), now) == 0.0  # in the past: no wait
    assert parse_retry_after("Fri, 31 Dec 9999 23:59:59 GMT", now) > RETRY_AFTER_MAX
    assert parse_retry_after("Mon, 99 Foo 2024 99:99:99 GMT", now) is None


def _middleware(**settings):
    crawler = get_crawler(Spider, {"RETRY_TIMES": 2, **settings})
    crawler.spider = Spider.from_crawler(crawler, name="t", allowed_domains=["example.ir"])
    return RetryAfterMiddleware.from_crawler(crawler), crawler


def _answer(status: int, url: str = "https://example.ir/news/1", **headers: str) -> tuple[Request, Response]:
    request = Request(url)
    headers = {k.replace("_", "-"): v for k, v in headers.items()}
    return request, HtmlResponse(url, status=status, headers=headers, body=b"<html></html>", request=request)


def test_retry_after_schedules_a_retry_no_sooner_than_asked():
    mw, crawler = _middleware()
    request, response = _answer(503, Retry_After="1")
    before = time.time()
    retry = mw.process_response(request, response)
    assert isinstance(retry, Request) and retry.meta["retry_times"] == 1 and retry.dont_filter
    assert before + 1 <= retry.meta[NOT_BEFORE] <= time.time() + 1
    assert crawler.stats.get_value("retry/retry_after/waits") == 1


def test_retry_after_over_the_maximum_gives_up_at_once():
    mw, crawler = _middleware()
    request, response = _answer(429, Retry_After="3600")
    assert mw.process_response(request, response) is response
    assert request.meta[GAVE_UP] == "retry_after_too_long"
    assert crawler.stats.get_value("retry/retry_after/too_long") == 1
    assert crawler.stats.get_value("retry/count") is None


def test_retry_after_max_is_a_setting():
    mw, _ = _middleware(RETRY_AFTER_MAX=0.5)
    request, response = _answer(503, Retry_After="1")
    assert mw.process_response(request, response) is response
    assert request.meta[GAVE_UP] == "retry_after_too_long"


def test_without_retry_after_it_is_scrapys_retry():
    mw, _ = _middleware()
    request, response = _answer(503)
    retry = mw.process_response(request, response)
    assert isinstance(retry, Request) and NOT_BEFORE not in retry.meta
    request, response = _answer(404, Retry_After="1")  # not a retryable status: Retry-After is moot
    assert mw.process_response(request, response) is response


def test_retry_after_when_retries_are_used_up_returns_the_answer():
    mw, _ = _middleware()
    request, response = _answer(503, Retry_After="1")
    request.meta["retry_times"] = 2
    assert mw.process_response(request, response) is response
    assert GAVE_UP not in request.meta  # a plain "retries exhausted": the HTTP status names it


def test_retry_wait_is_skipped_once_its_time_has_passed():
    import asyncio

    mw, _ = _middleware()
    request = Request("https://example.ir/a", meta={NOT_BEFORE: time.time() - 1})
    assert asyncio.run(mw.process_request(request)) is None


def test_middlewares_are_registered():
    assert DOWNLOADER_MIDDLEWARES["scrapy.downloadermiddlewares.retry.RetryMiddleware"] is None
    assert DOWNLOADER_MIDDLEWARES["newsscraper.middlewares.RetryAfterMiddleware"] == 550
    # process_response runs from the highest number down: the guard sees a redirect before
    # RedirectMiddleware (600) turns it into a request.
    assert DOWNLOADER_MIDDLEWARES["newsscraper.middlewares.RedirectGuardMiddleware"] > 600
    assert DOWNLOADER_MIDDLEWARES["scrapy.downloadermiddlewares.offsite.OffsiteMiddleware"] is None
    assert DOWNLOADER_MIDDLEWARES["newsscraper.middlewares.AccountedOffsiteMiddleware"] == 50
    assert RETRY_AFTER_MAX == 120


# ---------------------------------------------------------------- redirect guard


def _guard():
    crawler = get_crawler(Spider)
    crawler.spider = Spider.from_crawler(crawler, name="t", allowed_domains=["example.ir"])
    return RedirectGuardMiddleware.from_crawler(crawler)


@pytest.mark.parametrize("location", ["http://elsewhere.test/x", "//elsewhere.test/x", "https://example.ir.evil.test/"])
def test_offsite_redirect_refused_even_for_a_retried_request(location):
    request, response = _answer(302, Location=location)
    request = request.replace(dont_filter=True)  # what every retry is, and what Scrapy's offsite check lets by
    with pytest.raises(IgnoreRequest, match="offsite redirect"):
        _guard().process_response(request, response)


def test_onsite_redirects_pass_and_loops_are_refused():
    guard = _guard()
    request, response = _answer(301, Location="https://www.example.ir/news/1")
    assert guard.process_response(request, response) is response
    request, response = _answer(302, "https://example.ir/a", Location="/a#top")
    with pytest.raises(IgnoreRequest, match="redirect loop"):
        guard.process_response(request, response)
    request, response = _answer(302, "https://example.ir/b", Location="/a")
    request.meta["redirect_urls"] = ["https://example.ir/a"]
    with pytest.raises(IgnoreRequest, match="redirect loop"):
        guard.process_response(request, response)
    request, response = _answer(302, Location="http://elsewhere.test/")
    request.meta["allow_offsite"] = True
    assert guard.process_response(request, response) is response


def test_redirected_request_off_site_refused_before_download():
    guard = _guard()
    with pytest.raises(IgnoreRequest, match="offsite redirect"):
        guard.process_request(Request("http://elsewhere.test/", meta={"redirect_urls": ["https://example.ir/a"]},
                                      dont_filter=True))
    assert guard.process_request(Request("http://elsewhere.test/")) is None  # not a redirect: Scrapy decides


def _offsite():
    crawler = get_crawler(Spider)
    crawler.spider = Spider.from_crawler(crawler, name="t", allowed_domains=["example.ir"])
    mw = AccountedOffsiteMiddleware.from_crawler(crawler)
    mw.spider_opened(crawler.spider)
    return crawler, mw


def test_offsite_drop_at_scheduling_reaches_the_errback_with_a_name():
    """Scrapy's offsite filter raises in its request_scheduled handler and the engine drops the request
    without an errback call: ours hands it to the errback first."""
    crawler, mw = _offsite()
    got = []
    refresh = Request("http://elsewhere.test/x", meta={"redirect_urls": ["https://example.ir/a"]}, errback=got.append)
    with pytest.raises(IgnoreRequest):
        mw.request_scheduled(refresh, crawler.spider)
    link = Request("http://elsewhere.test/y", errback=got.append)
    with pytest.raises(IgnoreRequest):
        mw.request_scheduled(link, crawler.spider)
    assert [failure_reason(f) for f in got] == ["offsite_redirect", "offsite"]
    assert got[0].request is refresh
    mw.request_scheduled(Request("https://www.example.ir/news/1", errback=got.append), crawler.spider)  # on site
    assert len(got) == 2


def test_offsite_drop_without_errback_and_scheduler_drops_are_counted(caplog):
    crawler, mw = _offsite()
    with pytest.raises(IgnoreRequest), caplog.at_level("INFO"):
        mw.request_scheduled(Request("http://elsewhere.test/z"), crawler.spider)
    with caplog.at_level("INFO"):
        mw.request_dropped(Request("https://example.ir/n", meta={"redirect_urls": ["https://example.ir/o"]}),
                           crawler.spider)
        mw.request_dropped(Request("https://example.ir/feed"), crawler.spider)
    stats = crawler.stats.get_stats()
    assert stats["failure/offsite"] == 1
    assert stats["dropped_request/redirect_duplicate"] == 1 and stats["dropped_request/duplicate"] == 1
    assert "request failed (offsite): http://elsewhere.test/z" in caplog.text
    assert ("request failed (redirect_duplicate): https://example.ir/o (redirected to https://example.ir/n)"
            in caplog.text)


def test_links_past_the_depth_or_length_limit_are_named(caplog):
    crawler = get_crawler(Spider, {"DEPTH_LIMIT": 2, "URLLENGTH_LIMIT": 60})
    crawler.spider = Spider.from_crawler(crawler, name="t")
    depth = AccountedDepthMiddleware.from_crawler(crawler)
    length = AccountedUrlLengthMiddleware.from_crawler(crawler)
    page = HtmlResponse("https://example.ir/a", request=Request("https://example.ir/a", meta={"depth": 2}))
    near = HtmlResponse("https://example.ir/b", request=Request("https://example.ir/b", meta={"depth": 1}))
    with caplog.at_level("INFO"):
        assert depth.get_processed_request(Request("https://example.ir/deep"), page) is None
        assert depth.get_processed_request(Request("https://example.ir/ok"), near) is not None
        assert length.get_processed_request(Request("https://example.ir/" + "x" * 60), near) is None
        assert length.get_processed_request(Request("https://example.ir/short"), near) is not None
    stats = crawler.stats.get_stats()
    assert stats["dropped_request/depth_limit"] == 1 and stats["dropped_request/url_too_long"] == 1
    assert "request failed (depth_limit): https://example.ir/deep" in caplog.text


# ---------------------------------------------------------------- failure names and the manifest


def _failure(exc: Exception, request: Request | None = None) -> Failure:
    failure = Failure(exc)
    failure.request = request or Request("https://example.ir/x")
    return failure


def _wrapped(outer_cls, inner: Exception) -> Exception:
    try:
        try:
            raise ResponseNeverReceived([Failure(inner)])
        except ResponseNeverReceived as cause:
            raise outer_cls("") from cause
    except outer_cls as exc:
        return exc


@pytest.mark.parametrize(("exc", "reason"), [
    (DownloadTimeoutError("took longer"), "download_error/DownloadTimeoutError"),
    (ResponseDataLossError(), "download_error/ResponseDataLossError"),
    (DownloadCancelledError(""), "maxsize/received"),
    (DownloadCancelledError("Expected to receive 17825792 bytes which is larger than download max size (16777216)"),
     "maxsize/declared"),
    (IgnoreRequest("Ignored response because its body exceeded DOWNLOAD_MAXSIZE (1 B) during decompression."),
     "maxsize/decompressed"),
    (IgnoreRequest("Forbidden by robots.txt"), "robots_disallowed"),
    (IgnoreRequest("offsite redirect to 'x'"), "offsite_redirect"),
    (IgnoreRequest("Filtered offsite request to 'x'"), "offsite"),
    (IgnoreRequest("redirect loop back to https://example.ir/a"), "redirect_loop"),
    (IgnoreRequest("max redirections reached"), "redirect_max"),
    (IgnoreRequest("something else"), "ignored"),
    (_wrapped(DownloadFailedError, ConnectionLost()), "download_error/ConnectionLost"),
])
def test_failure_reasons(exc, reason):
    assert failure_reason(_failure(exc)) == reason


def test_http_errors_are_named_by_status_unless_a_middleware_gave_up():
    request, response = _answer(503)
    assert failure_reason(_failure(HttpError(response, "Ignoring"), request)) == "http_status/503"
    request.meta[GAVE_UP] = "retry_after_too_long"
    assert failure_reason(_failure(HttpError(response, "Ignoring"), request)) == "retry_after_too_long"


def test_manifest_failures_section():
    stats = {"failure/http_status/503": 2, "failure/download_error/DownloadTimeoutError": 1,
             "failure/maxsize/declared": 1, "failure/redirect_loop": 3,
             "spider_exceptions/count": 1, "spider_exceptions/ValueError": 1,
             "retry/count": 7, "retry/max_reached": 2, "retry/retry_after/waits": 4, "refused/no_body": 9}
    assert failure_counts(stats) == {
        "download_error": {"DownloadTimeoutError": 1}, "http_status": {"503": 2}, "maxsize": {"declared": 1},
        "redirect_loop": 3, "spider_exceptions": {"ValueError": 1},
        "retry": {"retried": 7, "gave_up": 2, "waited_for_retry_after": 4}}
    assert failure_counts({}) == {"retry": {"retried": 0, "gave_up": 0, "waited_for_retry_after": 0}}


# ---------------------------------------------------------------- sitemaps, feeds and URLs

SECRET = fs.Path("/nonexistent/secret.txt")


@pytest.mark.parametrize("kind", ["laughs", "xxe"])
def test_hostile_sitemaps_keep_their_real_entries(kind):
    data = fs.sitemap_xml(kind, "http://127.0.0.1:1", "http://127.0.0.2:9", SECRET)
    started = time.perf_counter()
    sitemap = discovery.parse_sitemap(data)
    assert time.perf_counter() - started < 5  # no expansion: a hang guard, not a benchmark
    assert sitemap is not None
    assert [e.url for e in sitemap.entries] == [f"http://127.0.0.1:1/from-sitemap/{kind}/{fs.FAULTS[f'sitemap-{kind}'][1]}"]


@pytest.mark.parametrize("kind", ["laughs", "xxe"])
def test_hostile_feeds_keep_their_real_items(kind):
    data = fs.feed_xml(kind, "http://127.0.0.1:1", "http://127.0.0.2:9", SECRET)
    entries = discovery.parse_feed(data, "http://127.0.0.1:1/feed")
    assert [e.url for e in entries] == [f"http://127.0.0.1:1/from-feed/{kind}/{fs.FAULTS[f'feed-{kind}'][1]}"]


def test_doctype_is_cut_only_from_the_prolog():
    tricky = (b'<?xml version="1.0"?>\n<!-- a comment -->\n<!DOCTYPE urlset [<!ENTITY a "]>"> <!-- ]> -->]>\n'
              b"<urlset><url><loc>https://x.ir/news/1</loc></url></urlset>")
    assert [e.url for e in discovery.parse_sitemap(tricky).entries] == ["https://x.ir/news/1"]
    body = b"<urlset><url><loc>https://x.ir/news/2</loc></url><!-- <!DOCTYPE x> --></urlset>"
    assert discovery._without_doctype(body) == body
    unterminated = b"<!DOCTYPE urlset [ <!ENTITY a 'x'>" + b"<!--" * 2000
    assert discovery._without_doctype(unterminated) == unterminated


def test_sitemap_prefixes_never_declared():
    """Recover mode keeps `news:publication_date` as a tag name; etree.QName raised on it."""
    data = (b"<urlset><url><loc>https://x.ir/news/1</loc><news:news><news:publication_date>2024-03-20T10:00:00+03:30"
            b"</news:publication_date></news:news></url><h1:>x</h1:></urlset>")
    (entry,) = discovery.parse_sitemap(data).entries
    assert entry.url == "https://x.ir/news/1" and entry.published.isoformat() == "2024-03-20T10:00:00+03:30"


@pytest.mark.parametrize("href", ["http://[x/news/1", "http://x.ir:99999/", "http://x.ir:port/", "javascript:void(0)",
                                  "mailto:a@x.ir", "", "   ", "/relative/1"])
def test_malformed_and_foreign_urls_are_skipped(href):
    assert discovery.absolute_url(href) is None
    page = discovery.etree.HTML(f'<html><body><a href="{href}">x</a><a rel="next" href="{href}">بعدی</a></body></html>')
    links = discovery.listing_links(page, "https://x.ir/list", lambda u: True)
    assert [e.url for e in links] == ([] if not href.startswith("/") else ["https://x.ir/relative/1"])
    feed = f"<rss><channel><item><link>{href}</link></item></channel></rss>".encode()
    assert [e.url for e in discovery.parse_feed(feed)] == []
    sitemap = f"<urlset><url><loc>{href}</loc></url></urlset>".encode()
    assert discovery.parse_sitemap(sitemap).entries == ()


# ---------------------------------------------------------------- pages and dates

ARTICLE = fs.article_html("http://127.0.0.1:1", "/news/7", 71234)


def test_xhtml_page_with_xml_declaration_is_read_as_html():
    xhtml = '<?xml version="1.0" encoding="UTF-8"?>\n' + ARTICLE.replace("<!doctype html>", "").replace(
        '<html lang="fa"', '<html xmlns="http://www.w3.org/1999/xhtml" lang="fa"')
    result = extract(xhtml.encode(), "http://127.0.0.1:1/news/7")
    assert result.record is not None and result.record.headline == fs.headline(71234)


def test_page_past_the_parser_depth_limit_is_refused_by_name():
    deep = ARTICLE.replace("<body>", "<body>" + "<div>" * 3000, 1)
    assert extract(deep.encode(), "http://127.0.0.1:1/news/7").refusal == "too_deep"
    shallow = ARTICLE.replace("<body>", "<body>" + "<div>" * 1500, 1)
    assert extract(shallow.encode(), "http://127.0.0.1:1/news/7").record is not None


def test_bad_canonical_link_does_not_lose_the_article():
    page = ARTICLE.replace('<link rel="canonical" href="http://127.0.0.1:1/news/7">', '<link rel="canonical" href="http://[x">')
    result = extract(page.encode(), "http://127.0.0.1:1/news/7")
    assert result.record is not None and result.record.canonical_url is None


def test_a_text_the_finder_climbs_to_past_its_scored_blocks_is_read_not_broken():
    """Found by fuzzing: a text in a list item deep in odd nesting, where the climb from the best
    block reaches an ancestor no paragraph scored (the scores reach three levels up)."""
    text = "شورای شهر در نشست امروز خود طرح گسترش فضای سبز را بررسی کرد، دبیر این شورا گفت ..."
    result = extract(f"<div><div><span><div><u><li>{text}<p>", "https://a.ir/fa/news/123")
    assert result.refusal == "no_headline"


@pytest.mark.parametrize("url", ["http://[bad", "http://[bad/news/7"])
def test_a_page_url_urllib_cannot_split_is_refused_not_broken(url):
    """`extract --url` takes what it is given: an unclosed IPv6 bracket names no host."""
    page = ARTICLE.replace('<link rel="canonical" href="http://127.0.0.1:1/news/7">', "")
    assert extract(page.replace('href="/"', 'href="#"').encode(), url).refusal == "no_site"


def test_offline_page_naming_no_site_is_refused_not_broken():
    page = ARTICLE.replace('<link rel="canonical" href="http://127.0.0.1:1/news/7">', "")
    assert extract(page.replace('href="/"', 'href="#"').encode()).refusal == "no_site"


@pytest.mark.parametrize("stamp", ["0001-01-01T00:00:00Z", "4036-07-08T20:10:00+00:00", "9999-12-31T23:59:59-12:00"])
def test_impossible_machine_dates_are_ignored(stamp):
    page = ARTICLE.replace('<div class="news-date">تاریخ انتشار: 24 مهر 1402 - 10:30</div>', "").replace(
        "</head>", f'<meta property="article:published_time" content="{stamp}"></head>')
    record = extract(page.encode(), "http://127.0.0.1:1/news/7").record
    assert record is not None and record.published_at is None and record.published_jalali is None


def test_local_mean_time_offsets_are_written_in_utc():
    """Tehran's offset before 1946 was +03:25:44: the same instant, in a form the schema holds."""
    page = ARTICLE.replace("24 مهر 1402 - 10:30", "24 مهر 1300 - 10:30")
    result = extract(page.encode(), "http://127.0.0.1:1/news/7")
    assert result.record.published_at == "1921-10-16T07:04:16+00:00"
    assert result.record.published_jalali == "1300-07-24T10:30" and "date/local_mean_time_as_utc" in result.notes
