"""A hostile news site on loopback: every fault a crawl meets on the real web, one path each.

    python -m tests.support.faultserver --log FILE [--offsite-log FILE] [--group all|light|heavy]
                                [--host 127.0.0.1] [--offsite-host 127.0.0.2]

prints one JSON line, {"base": "http://127.0.0.1:P", "offsite": "http://127.0.0.2:Q"}, then serves until
SIGTERM/SIGINT. Both are Twisted web servers (as newsscraper.demo.server); each logs every request it
receives as one JSON line ({"t": unix time, "method", "path"}) to its own file. The "offsite" server
stands for another domain: it answers 200 to anything, and a crawl must never reach it, so its log
stays empty.

FAULTS is the table of fault paths: what each serves and what a crawl must do with it (export the
article, refuse the page under a named reason, or give the request up under a named reason). The
home page links to every fault path marked ``linked``; the others are reachable only through the
hostile sitemaps that robots.txt lists and the hostile feeds the home page announces. Every path is
deterministic: a "-once" fault fails on its first request and serves the article from then on.

``--group`` splits the table: "heavy" faults (the gzip bomb, the big and the deeply nested pages) cost
the crawling process CPU time, which would eat into the 2 s download timeout the "light" ones (hangs,
slow bodies, Retry-After) are tested with; tests crawl each group from its own server.
"""

from __future__ import annotations

import argparse
import html
import ipaddress
import json
import random
import shutil
import sys
import tempfile
import time
import zlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import formatdate
from pathlib import Path
from typing import IO, Any

from twisted.internet.interfaces import IPullProducer
from twisted.web.resource import Resource
from twisted.web.server import NOT_DONE_YET
from zope.interface import implementer

from newsscraper.demo.server import QuietSite
from newsscraper.settings import DOWNLOAD_MAXSIZE


def _reactor() -> Any:
    """The global reactor, imported only when serving: importing this module (the tests read its
    FAULTS table) must not install a reactor in the test process."""
    from twisted.internet import reactor

    return reactor

EXPORTED = "exported"
MIB = 1024 * 1024
MAXSIZE = DOWNLOAD_MAXSIZE  # the crawl's limit the big pages are built around (16 MiB)
BOMB_SIZE = 200 * MIB  # gzip bomb: unpacked size
STREAMED_SIZE = 50 * MIB  # the 50 MB page
ALLOWED_BIG = 12 * MIB  # a big page under DOWNLOAD_MAXSIZE (over DOWNLOAD_WARNSIZE): still an article
DEEP = 100_000  # nesting depth of the deep pages
TRICKLE_STEP = 0.05  # seconds between the chunks of a slow body
RETRY_AFTER = 1  # seconds the transient faults ask for
LONG_RETRY_AFTER = 3600  # more than RETRY_AFTER_MAX: the crawl must give up, not wait
EXPANDED = "ENTITYEXPANDED"  # what the hostile XML entities expand to; never in a requested path

HTML = "text/html; charset=utf-8"
PUBLISHED_JALALI = "1402-07-24T10:30"


@dataclass(frozen=True)
class Fault:
    key: str
    path: str  # with {id}
    expect: str  # "exported", "refused/<reason>", "failures/<reason path>" or "dropped_requests/<reason>"
    what: str
    attempts: int | None = None  # requests the server must see for this path (None: not checked)
    linked: bool = True  # linked from the home page (else only from a sitemap or feed)
    heavy: bool = False  # costs the crawler CPU time or memory: served by a --group heavy server

    def url_path(self, news_id: int) -> str:
        return self.path.format(id=news_id)


# RETRY_TIMES the fault crawl runs with: a permanent fault is requested 1 + RETRIES times.
RETRIES = 2
ALL_TRIES = 1 + RETRIES

FAULT_LIST: tuple[Fault, ...] = (
    # -- transient: retried, then the article is exported once
    Fault("http-500-once", "/flaky/500-once/{id}", EXPORTED, "500 once, then the article", 2),
    Fault("http-502-once", "/flaky/502-once/{id}", EXPORTED, "502 once, then the article", 2),
    Fault("http-503-once", "/flaky/503-once/{id}", EXPORTED, "503 (no Retry-After) once, then the article", 2),
    Fault("retry-after-503-seconds", "/flaky/503-after-seconds/{id}", EXPORTED,
          "503 with Retry-After: 1 once, then the article", 2),
    Fault("retry-after-429-seconds", "/flaky/429-after-seconds/{id}", EXPORTED,
          "429 with Retry-After: 1 once, then the article", 2),
    Fault("retry-after-503-date", "/flaky/503-after-date/{id}", EXPORTED,
          "503 with Retry-After as an HTTP-date 1-2 s ahead once, then the article", 2),
    Fault("retry-after-429-date", "/flaky/429-after-date/{id}", EXPORTED,
          "429 with Retry-After as an HTTP-date 1-2 s ahead once, then the article", 2),
    Fault("timeout-once", "/flaky/timeout-once/{id}", EXPORTED, "no answer at all once, then the article", 2),
    Fault("reset-once", "/flaky/reset-once/{id}", EXPORTED, "connection reset once, then the article", 2),
    Fault("truncated-once", "/flaky/truncated-once/{id}", EXPORTED,
          "Content-Length larger than the body sent, then close, once; then the article", 2),
    Fault("slow-body", "/slow/body/{id}", EXPORTED, "the article trickled in 10 chunks over 0.5 s", 1),
    # -- permanent: given up under a named reason
    Fault("http-500", "/status/500/{id}", "failures/http_status/500", "500 every time", ALL_TRIES),
    Fault("http-502", "/status/502/{id}", "failures/http_status/502", "502 every time", ALL_TRIES),
    Fault("http-503", "/status/503/{id}", "failures/http_status/503", "503 every time", ALL_TRIES),
    Fault("http-404", "/status/404/{id}", "failures/http_status/404", "404 (not retried)", 1),
    Fault("retry-after-too-long-seconds", "/status/429-after-3600/{id}", "failures/retry_after_too_long",
          "429 with Retry-After: 3600 (over RETRY_AFTER_MAX)", 1),
    Fault("retry-after-too-long-date", "/status/503-after-date-3600/{id}", "failures/retry_after_too_long",
          "503 with Retry-After an HTTP-date an hour ahead", 1),
    Fault("timeout", "/slow/hang/{id}", "failures/download_error/DownloadTimeoutError",
          "accepts the request, never answers", ALL_TRIES),
    Fault("slow-body-forever", "/slow/trickle-forever/{id}", "failures/download_error/DownloadTimeoutError",
          "headers, then one byte every 0.05 s for ever", ALL_TRIES),
    Fault("reset", "/reset/{id}", "failures/download_error/ConnectionLost", "connection reset every time",
          ALL_TRIES),
    Fault("truncated", "/truncated/{id}", "failures/download_error/ResponseDataLossError",
          "Content-Length 20000, 3000 bytes sent, then close, every time", ALL_TRIES),
    Fault("gzip-bomb", "/bomb/{id}", "failures/maxsize/decompressed",
          "gzip bomb: ~200 KB sent, 200 MiB unpacked (Content-Encoding: gzip)", 1, heavy=True),
    Fault("over-maxsize", "/big/declared/{id}", "failures/maxsize/declared",
          "Content-Length over DOWNLOAD_MAXSIZE", 1, heavy=True),
    Fault("page-50mb", "/big/streamed/{id}", "failures/maxsize/received",
          "a 50 MiB page, chunked (no Content-Length)", 1, heavy=True),
    Fault("page-12mb", "/big/allowed/{id}", EXPORTED,
          "a 12 MiB page (article plus 12 MiB of sidebar markup): under DOWNLOAD_MAXSIZE", 1, heavy=True),
    Fault("redirect-loop", "/redirect/loop-a/{id}", "failures/redirect_loop", "302 A → B → A"),
    Fault("redirect-self", "/redirect/self/{id}", "failures/redirect_loop", "302 to itself", 1),
    Fault("redirect-chain", "/redirect/chain/{id}/0", "failures/redirect_max", "an endless chain of new 302s"),
    Fault("redirect-ok", "/redirect/moved/{id}", EXPORTED, "301 to the article's new address", 1),
    Fault("redirect-offsite", "/redirect/offsite/{id}", "failures/offsite_redirect", "302 to another domain", 1),
    Fault("redirect-offsite-after-retry", "/flaky/503-then-offsite/{id}", "failures/offsite_redirect",
          "503 + Retry-After: 1, then 302 to another domain (a retried request is dont_filter)", 2),
    Fault("refresh-offsite-after-retry", "/flaky/503-then-refresh-offsite/{id}", "failures/offsite_redirect",
          "503 + Retry-After: 1, then a meta refresh to another domain", 2),
    Fault("robots-disallowed", "/private/{id}", "failures/robots_disallowed", "a path robots.txt disallows", 0),
    Fault("charset-1256-as-utf8", "/charset/1256-labelled-utf8/{id}", EXPORTED,
          "windows-1256 bytes labelled UTF-8 (header and meta)", 1),
    Fault("charset-utf8-as-1256", "/charset/utf8-labelled-1256/{id}", EXPORTED,
          "UTF-8 bytes labelled windows-1256 (header and meta)", 1),
    Fault("charset-1256-unlabelled", "/charset/1256-unlabelled/{id}", EXPORTED,
          "windows-1256 bytes, no charset anywhere", 1),
    Fault("charset-utf8-unlabelled", "/charset/utf8-unlabelled/{id}", EXPORTED, "UTF-8 bytes, no charset anywhere",
          1),
    Fault("empty-html", "/empty/html/{id}", "refused/no_headline", "200 text/html with an empty body", 1),
    Fault("empty-untyped", "/empty/untyped/{id}", "refused/no_headline",
          "200 with an empty body and no Content-Type", 1),
    Fault("binary-as-html", "/binary/html/{id}", "refused/no_headline", "64 KiB of random bytes labelled text/html",
          1),
    Fault("png-as-html", "/binary/png/{id}", "refused/no_headline", "a PNG labelled text/html", 1),
    Fault("binary-octet", "/binary/octet/{id}", "refused/not_html", "random bytes as application/octet-stream", 1),
    Fault("deep-after", "/deep/after/{id}", EXPORTED, "the article, then 100,000 nested <div>s", 1, heavy=True),
    Fault("deep-before", "/deep/before/{id}", "refused/too_deep",
          "100,000 nested <div>s around the article (past the parser's depth limit)", 1, heavy=True),
    Fault("missing-date", "/missing/date/{id}", EXPORTED, "an article with no date anywhere", 1),
    # (the number is not the path's last segment: a short number closing a path is read as the ID)
    Fault("missing-id", "/missing/id/{id}/story", EXPORTED, "an article with no news ID and no canonical link", 1),
    Fault("missing-headline", "/missing/headline/{id}", "refused/no_headline", "body, no h1 and no <title>", 1),
    Fault("missing-body", "/missing/body/{id}", "refused/no_body", "headline and date, no text", 1),
    Fault("short-body", "/missing/short-body/{id}", "refused/short_body", "headline and one short sentence", 1),
    Fault("removed-soft-404", "/missing/removed/{id}", "refused/not_found",
          "a removed story's address answering 200 with the site's «خبر مورد نظر یافت نشد» page", 1),
    Fault("broken-metadata", "/missing/broken-metadata/{id}", EXPORTED,
          "broken JSON-LD, impossible meta dates, a 30 Esfand in a common year", 1),
    Fault("truncated-markup", "/missing/truncated-markup/{id}", EXPORTED,
          "HTML cut in the middle of a tag, no closing tags", 1),
    Fault("xhtml-entities", "/xhtml/entities/{id}", EXPORTED,
          "an XHTML article (application/xhtml+xml) declaring external and nested entities", 1),
    # -- only in hostile sitemaps and feeds: proves they were read without expanding or fetching entities
    Fault("sitemap-laughs", "/from-sitemap/laughs/{id}", EXPORTED, "listed only in the billion-laughs sitemap", 1,
          linked=False),
    Fault("sitemap-xxe", "/from-sitemap/xxe/{id}", EXPORTED, "listed only in the external-entity sitemap", 1,
          linked=False),
    Fault("feed-laughs", "/from-feed/laughs/{id}", EXPORTED, "listed only in the billion-laughs RSS feed", 1,
          linked=False),
    Fault("feed-xxe", "/from-feed/xxe/{id}", EXPORTED, "listed only in the external-entity Atom feed", 1,
          linked=False),
    Fault("refresh-offsite", "/redirect/refresh-offsite/{id}", "failures/offsite_redirect",
          "a meta refresh to another domain on the first fetch (Scrapy's offsite filter dropped it silently)", 1),
    Fault("redirect-duplicate", "/redirect/home/{id}", "dropped_requests/redirect_duplicate",
          "302 to the home page, which the crawl has already requested", 1),
    Fault("charset-utf8-few-invalid", "/charset/utf8-few-invalid/{id}", EXPORTED,
          "UTF-8 labelled UTF-8, two bytes of one paragraph broken", 1),
)
NOT_FOUND_PAGE = ('<!doctype html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>خبر مورد نظر یافت نشد'
                  '</title></head><body><div class="menu"><a href="/">صفحه نخست</a></div><h1>خبر مورد نظر یافت نشد</h1>'
                  '<div class="content"><p>متاسفانه خبری که به دنبال آن هستید حذف شده یا نشانی آن تغییر کرده است. برای'
                  ' دیدن آخرین خبرها به صفحه نخست بروید یا از جستجو کمک بگیرید.</p></div></body></html>')
FIRST_ID = 7101
FAULTS: dict[str, tuple[Fault, int]] = {f.key: (f, FIRST_ID + i) for i, f in enumerate(FAULT_LIST)}
SITEMAPS = ("/sitemaps/laughs.xml", "/sitemaps/xxe.xml")
GROUPS = ("all", "light", "heavy")


def in_group(fault: Fault, group: str) -> bool:
    return group == "all" or fault.heavy == (group == "heavy")
FEEDS = (("/feeds/laughs.rss", "application/rss+xml"), ("/feeds/xxe.atom", "application/atom+xml"))


# ---------------------------------------------------------------- pages

TOPICS = ("بارش شدید باران در استان‌های شمالی", "افزایش قیمت نان در بازار تهران", "برگزاری نمایشگاه کتاب در اصفهان",
          "بازگشایی جاده چالوس پس از ریزش کوه", "کاهش ذخایر آب سدهای کشور")


def headline(news_id: int) -> str:
    """The article's headline: unique per ID, Persian letters that windows-1256 can also write."""
    return f"گزارش شماره {news_id}: {TOPICS[news_id % len(TOPICS)]}"


def paragraphs(news_id: int) -> list[str]:
    topic = TOPICS[news_id % len(TOPICS)]
    return [
        f"به گزارش خبرگزاری آزمایشی، {topic} در روزهای گذشته موضوع گفت‌وگوی بسیاری از مردم بوده است "
        f"و مسئولان محلی در نشست شماره {news_id} درباره آن تصمیم‌های تازه‌ای گرفتند.",
        f"کارشناسان می‌گویند پیامدهای این رویداد تا چند هفته دیگر ادامه خواهد داشت و شهروندان باید "
        f"اخبار رسمی را دنبال کنند؛ این گزارش با کد {news_id} ثبت شده است.",
        "فرماندار شهرستان نیز در پایان جلسه از همکاری همه دستگاه‌ها قدردانی کرد و گفت گزارش کامل "
        "این بررسی به زودی منتشر می‌شود.",
    ]


def article_html(base: str, path: str, news_id: int, *, date: bool = True, news_id_line: bool = True,
                 canonical: bool = True, h1: bool = True, title: bool = True, body: list[str] | None = None,
                 head_extra: str = "", charset_meta: str | None = "utf-8", before_body: str = "",
                 after_body: str = "", doctype: str = "<!doctype html>") -> str:
    esc = html.escape
    text = paragraphs(news_id) if body is None else body
    parts = [doctype, '<html lang="fa" dir="rtl"><head>']
    if charset_meta:
        parts.append(f'<meta charset="{charset_meta}">')
    if title:
        parts.append(f"<title>{esc(headline(news_id))} | خبرگزاری آزمایشی</title>")
    if canonical:
        parts.append(f'<link rel="canonical" href="{esc(base + path)}">')
    parts += [head_extra, "</head><body>", before_body,
              '<header class="site-header"><a href="/">خبرگزاری آزمایشی</a></header>',
              '<article class="news">']
    if h1:
        parts.append(f'<h1 class="title">{esc(headline(news_id))}</h1>')
    if date:
        parts.append('<div class="news-date">تاریخ انتشار: 24 مهر 1402 - 10:30</div>')
    parts.append('<div class="article-body">')
    parts += [f"<p>{esc(p)}</p>" for p in text]
    parts.append("<p>انتهای پیام/</p></div>")
    if news_id_line:
        parts.append(f'<div class="news-code">کد خبر: {news_id}</div>')
    parts += ["</article>", after_body, "</body></html>"]
    return "".join(parts)


def home_html(base: str, offsite: str, group: str = "all") -> str:
    links = [f'<li><a href="{f.url_path(i)}">{f.key}</a></li>' for f, i in FAULTS.values()
             if f.linked and in_group(f, group)]
    links.append(f'<li><a href="{offsite}/elsewhere">elsewhere</a></li>')  # another domain: never requested
    feeds = "".join(f'<link rel="alternate" type="{kind}" href="{path}">' for path, kind in FEEDS
                    if group != "heavy")
    return ("<!doctype html><html lang='fa'><head><meta charset='utf-8'><title>faults</title>" + feeds
            + "</head><body><ul>" + "".join(links) + "</ul></body></html>")


def robots_txt(base: str, offsite: str, group: str = "all") -> str:
    lines = ["User-agent: *", "Disallow: /private/", ""]
    lines += [f"Sitemap: {base}{path}" for path in SITEMAPS if group != "heavy"]
    lines.append(f"Sitemap: {offsite}/sitemap.xml")  # another domain's sitemap: never fetched
    return "\n".join(lines) + "\n"


def _laughs_dtd(root: str) -> str:
    """The "billion laughs": ten levels of ten references, 10^9 copies of EXPANDED if expanded."""
    rows = [f'<!ENTITY lol0 "{EXPANDED}">']
    rows += [f'<!ENTITY lol{i} "{"".join(f"&lol{i - 1};" for _ in range(10))}">' for i in range(1, 10)]
    return f"<!DOCTYPE {root} [\n" + "\n".join(rows) + "\n]>"


def _xxe_dtd(root: str, offsite: str, secret: Path) -> str:
    """External entities: an HTTP one on the other domain, a local file, and an external parameter entity."""
    return (f'<!DOCTYPE {root} SYSTEM "{offsite}/xxe/external.dtd" [\n'
            f'<!ENTITY remote SYSTEM "{offsite}/xxe/entity">\n'
            f'<!ENTITY local SYSTEM "{secret.as_uri()}">\n'
            f'<!ENTITY % param SYSTEM "{offsite}/xxe/param.dtd">\n%param;\n]>')


def sitemap_xml(kind: str, base: str, offsite: str, secret: Path) -> bytes:
    ns = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
    article = FAULTS[f"sitemap-{kind}"]
    real = f"<url><loc>{base}{article[0].url_path(article[1])}</loc><lastmod>2023-10-16</lastmod></url>"
    if kind == "laughs":
        dtd = _laughs_dtd("urlset")
        bad = "<url><loc>&lol9;</loc></url><url><loc>&lol5;</loc><lastmod>&lol9;</lastmod></url>"
    else:
        dtd, bad = _xxe_dtd("urlset", offsite, secret), "<url><loc>&remote;</loc></url><url><loc>&local;</loc></url>"
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{dtd}\n<urlset {ns}>{bad}{real}</urlset>\n'.encode()


def feed_xml(kind: str, base: str, offsite: str, secret: Path) -> bytes:
    article = FAULTS[f"feed-{kind}"]
    url = base + article[0].url_path(article[1])
    if kind == "laughs":
        return (f'<?xml version="1.0" encoding="UTF-8"?>\n{_laughs_dtd("rss")}\n<rss version="2.0"><channel>'
                f"<title>&lol9;</title><item><title>&lol9;</title><link>&lol9;</link></item>"
                f"<item><title>t</title><link>{url}</link><pubDate>Mon, 16 Oct 2023 07:00:00 GMT</pubDate></item>"
                "</channel></rss>\n").encode()
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n{_xxe_dtd("feed", offsite, secret)}\n'
            '<feed xmlns="http://www.w3.org/2005/Atom"><title>&remote;</title>'
            "<entry><title>x</title><link href='&remote;'/><id>&local;</id></entry>"
            "<entry><title>x</title><link>&local;</link></entry>"
            f"<entry><title>t</title><link href='{url}'/><updated>2023-10-16T10:30:00+03:30</updated></entry>"
            "</feed>\n").encode()


def _png() -> bytes:
    rnd = random.Random(2)
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(rnd.randrange(256) for _ in range(32 * 1024))


def _random_bytes(seed: int, size: int) -> bytes:
    return random.Random(seed).randbytes(size)


_BOMB: bytes | None = None


def gzip_bomb() -> bytes:
    """200 MiB of zeros behind an HTML start, gzip-compressed (about 200 KB); built once, on first use."""
    global _BOMB
    if _BOMB is None:
        packer = zlib.compressobj(9, zlib.DEFLATED, 31)
        zeros = b"\0" * MIB
        chunks = [packer.compress(b"<html><body><h1>bomb</h1><p>")]
        chunks += [packer.compress(zeros) for _ in range(BOMB_SIZE // MIB)]
        chunks.append(packer.flush())
        _BOMB = b"".join(chunks)
    return _BOMB


SIDEBAR_ROW = '<div class="sidebar-item"><span>تیتر خبر دیگری از همین خبرگزاری برای پر کردن ستون کناری</span></div>\n'


# ---------------------------------------------------------------- serving

@implementer(IPullProducer)
class _Pump:
    """Writes ``total`` bytes of ``head`` + filler in 256 KiB pieces, pulled as the client reads."""

    def __init__(self, request: Any, head: bytes, filler: bytes, total: int, tail: bytes = b"") -> None:
        self.request, self.head, self.filler, self.total, self.tail = request, head, filler, total, tail
        self.sent = 0
        self.stopped = False

    def resumeProducing(self) -> None:
        if self.stopped:
            return
        if self.sent == 0:
            self.request.write(self.head)
            self.sent = len(self.head)
            return
        left = self.total - len(self.tail) - self.sent
        if left <= 0:
            self.request.write(self.tail)
            self.request.unregisterProducer()
            self.request.finish()
            self.stopped = True
            return
        piece = (self.filler * (256 * 1024 // len(self.filler) + 1))[: min(left, 256 * 1024)]
        self.request.write(piece)
        self.sent += len(piece)

    def stopProducing(self) -> None:
        self.stopped = True


class FaultResource(Resource):
    isLeaf = True

    def __init__(self, log: IO[str] | None, secret: Path, group: str = "all") -> None:
        super().__init__()
        self.log = log
        self.secret = secret
        self.group = group
        self.base = ""
        self.offsite = ""
        self.seen: Counter[str] = Counter()
        self._big: bytes | None = None

    # -- plumbing
    def render(self, request: Any) -> Any:
        path = request.path.decode("utf-8", "replace")
        if self.log is not None:
            self.log.write(json.dumps({"t": round(time.time(), 4), "method": request.method.decode("ascii", "replace"),
                                       "path": path}) + "\n")
            self.log.flush()
        self.seen[path] += 1
        request.notifyFinish().addErrback(lambda _: None)  # a client that hangs up is no server error
        return self.route(request, path, self.seen[path])

    def send(self, request: Any, body: bytes | str, status: int = 200, content_type: str | None = HTML,
             **headers: str) -> bytes:
        request.setResponseCode(status)
        if content_type is None:
            request.defaultContentType = None
        else:
            request.setHeader("Content-Type", content_type)
        for name, value in headers.items():
            request.setHeader(name.replace("_", "-"), value)
        return body.encode("utf-8") if isinstance(body, str) else body

    def article(self, request: Any, path: str, news_id: int, **kw: Any) -> bytes:
        return self.send(request, article_html(self.base, path, news_id, **kw))

    def error(self, request: Any, status: int, **headers: str) -> bytes:
        return self.send(request, f"<html><body><h1>{status}</h1></body></html>", status, **headers)

    def redirect(self, request: Any, location: str, status: int = 302) -> bytes:
        return self.send(request, f'<html><body><a href="{html.escape(location)}">moved</a></body></html>', status,
                         Location=location)

    # -- routing
    def route(self, request: Any, path: str, nth: int) -> Any:
        if path == "/":
            return self.send(request, home_html(self.base, self.offsite, self.group))
        if path == "/robots.txt":
            return self.send(request, robots_txt(self.base, self.offsite, self.group),
                             content_type="text/plain; charset=utf-8")
        if path.startswith("/sitemaps/"):
            kind = path.rsplit("/", 1)[1].split(".")[0]
            if kind in ("laughs", "xxe"):
                return self.send(request, sitemap_xml(kind, self.base, self.offsite, self.secret),
                                 content_type="application/xml")
        if path.startswith("/feeds/"):
            kind = path.rsplit("/", 1)[1].split(".")[0]
            if kind in ("laughs", "xxe"):
                return self.send(request, feed_xml(kind, self.base, self.offsite, self.secret),
                                 content_type="application/xml")
        parts = path.strip("/").split("/")
        try:
            news_id = int(parts[2]) if len(parts) >= 3 else int(parts[-1])
        except ValueError:
            return self.error(request, 404)
        handler = self.ROUTES.get("/".join(parts[:2])) or self.ROUTES.get(parts[0])
        if handler is None:
            return self.error(request, 404)
        return handler(self, request, path, news_id, nth, parts)

    # -- transient faults
    def flaky(self, request: Any, path: str, news_id: int, nth: int, parts: list[str]) -> Any:
        kind = parts[1]
        if nth > 1:
            if kind == "503-then-offsite":
                return self.redirect(request, f"{self.offsite}/moved/{news_id}")
            if kind == "503-then-refresh-offsite":
                refresh = f'<meta http-equiv="refresh" content="0; url={self.offsite}/refreshed/{news_id}">'
                return self.article(request, path, news_id, head_extra=refresh)
            return self.article(request, path, news_id)
        if kind in ("500-once", "502-once", "503-once"):
            return self.error(request, int(kind[:3]))
        if kind in ("503-after-seconds", "429-after-seconds", "503-then-offsite", "503-then-refresh-offsite"):
            return self.error(request, int(kind[:3]), Retry_After=str(RETRY_AFTER))
        if kind in ("503-after-date", "429-after-date"):
            # An HTTP-date has whole seconds: 2 s ahead of the current second is 1-2 s from now.
            return self.error(request, int(kind[:3]), Retry_After=formatdate(int(time.time()) + 2, usegmt=True))
        if kind == "timeout-once":
            return NOT_DONE_YET
        if kind == "reset-once":
            return self.reset(request)
        if kind == "truncated-once":
            return self.truncate(request, path, news_id)
        return self.error(request, 404)

    def status(self, request: Any, path: str, news_id: int, nth: int, parts: list[str]) -> Any:
        kind = parts[1]
        if kind == "429-after-3600":
            return self.error(request, 429, Retry_After=str(LONG_RETRY_AFTER))
        if kind == "503-after-date-3600":
            return self.error(request, 503, Retry_After=formatdate(time.time() + LONG_RETRY_AFTER, usegmt=True))
        return self.error(request, int(kind))

    def slow(self, request: Any, path: str, news_id: int, nth: int, parts: list[str]) -> Any:
        kind = parts[1]
        if kind == "hang":
            return NOT_DONE_YET
        request.setHeader("Content-Type", HTML)
        if kind == "body":
            data = article_html(self.base, path, news_id).encode("utf-8")
            step = len(data) // 10 + 1
            chunks = [data[i:i + step] for i in range(0, len(data), step)]
        else:  # trickle-forever
            request.write(b"<html><body>")
            chunks = None
        self._trickle(request, chunks)
        return NOT_DONE_YET

    def _trickle(self, request: Any, chunks: list[bytes] | None) -> None:
        if request.finished or request.channel is None or getattr(request, "_disconnected", False):
            return
        if chunks is None:
            request.write(b" ")
        elif chunks:
            request.write(chunks.pop(0))
        else:
            request.finish()
            return
        _reactor().callLater(TRICKLE_STEP, self._trickle, request, chunks)

    def reset(self, request: Any) -> Any:
        request.channel.transport.abortConnection()  # RST: the client sees the connection torn down
        return NOT_DONE_YET

    def truncate(self, request: Any, path: str, news_id: int) -> Any:
        data = article_html(self.base, path, news_id).encode("utf-8")[:3000]
        request.setHeader("Content-Type", HTML)
        request.setHeader("Content-Length", "20000")
        request.write(data)
        request.channel.transport.loseConnection()
        return NOT_DONE_YET

    def truncated(self, request: Any, path: str, news_id: int, nth: int, parts: list[str]) -> Any:
        return self.truncate(request, path, news_id)

    def reset_always(self, request: Any, path: str, news_id: int, nth: int, parts: list[str]) -> Any:
        return self.reset(request)

    # -- size faults
    def bomb(self, request: Any, path: str, news_id: int, nth: int, parts: list[str]) -> Any:
        return self.send(request, gzip_bomb(), Content_Encoding="gzip")

    def big(self, request: Any, path: str, news_id: int, nth: int, parts: list[str]) -> Any:
        kind = parts[1]
        request.setHeader("Content-Type", HTML)
        head = article_html(self.base, path, news_id).encode("utf-8").replace(b"</body></html>", b"")
        filler = SIDEBAR_ROW.encode("utf-8")
        if kind == "allowed":
            if self._big is None:
                self._big = head + filler * ((ALLOWED_BIG - len(head)) // len(filler)) + b"</body></html>"
            return self._big
        if kind == "declared":
            total = MAXSIZE + MIB
            request.setHeader("Content-Length", str(total))
        else:  # streamed, chunked: the size shows only as it arrives
            total = STREAMED_SIZE
        request.registerProducer(_Pump(request, head, filler, total, b"</body></html>"), False)
        return NOT_DONE_YET

    # -- redirects
    def redirect_route(self, request: Any, path: str, news_id: int, nth: int, parts: list[str]) -> Any:
        kind = parts[1]
        if kind == "loop-a":
            return self.redirect(request, f"/redirect/loop-b/{news_id}")
        if kind == "loop-b":
            return self.redirect(request, f"/redirect/loop-a/{news_id}")
        if kind == "self":
            return self.redirect(request, path)
        if kind == "chain":
            return self.redirect(request, f"/redirect/chain/{news_id}/{int(parts[3]) + 1}")
        if kind == "moved":
            return self.redirect(request, f"{self.base}/articles/moved-here/{news_id}", 301)
        if kind == "offsite":
            return self.redirect(request, f"{self.offsite}/moved/{news_id}")
        if kind == "refresh-offsite":
            refresh = f'<meta http-equiv="refresh" content="0; url={self.offsite}/refreshed/{news_id}">'
            return self.send(request, f"<html><head>{refresh}</head><body>moved</body></html>")
        if kind == "home":
            return self.redirect(request, "/")
        return self.error(request, 404)

    # -- content faults
    def plain_article(self, request: Any, path: str, news_id: int, nth: int, parts: list[str]) -> Any:
        return self.article(request, path, news_id)

    def charset(self, request: Any, path: str, news_id: int, nth: int, parts: list[str]) -> Any:
        kind = parts[1]
        as_1256 = kind.startswith("1256")
        label = {"1256-labelled-utf8": "utf-8", "utf8-labelled-1256": "windows-1256"}.get(kind)
        if kind == "utf8-few-invalid":
            data = article_html(self.base, path, news_id).encode("utf-8")
            at = data.index("فرماندار".encode())  # the last paragraph: a lone lead byte, then a stray 0xFF
            data = data[:at] + b"\xd9" + data[at + 2:at + 6] + b"\xff" + data[at + 8:]
            return self.send(request, data)
        text = article_html(self.base, path, news_id, charset_meta=label)
        # Legacy windows-1256 pages write Arabic yeh (ي): windows-1256 has no Persian yeh (ی).
        data = text.replace("ی", "ي").encode("cp1256") if as_1256 else text.encode("utf-8")
        return self.send(request, data, content_type=f"text/html; charset={label}" if label else "text/html")

    def empty(self, request: Any, path: str, news_id: int, nth: int, parts: list[str]) -> Any:
        return self.send(request, b"", content_type=HTML if parts[1] == "html" else None)

    def binary(self, request: Any, path: str, news_id: int, nth: int, parts: list[str]) -> Any:
        kind = parts[1]
        if kind == "png":
            return self.send(request, _png(), content_type="text/html")
        data = _random_bytes(news_id, 64 * 1024)
        return self.send(request, data, content_type="text/html" if kind == "html" else "application/octet-stream")

    def deep(self, request: Any, path: str, news_id: int, nth: int, parts: list[str]) -> Any:
        nest_open, nest_close = "<div>" * DEEP, "</div>" * DEEP
        if parts[1] == "after":
            return self.article(request, path, news_id, after_body=nest_open + "x" + nest_close)
        page = article_html(self.base, path, news_id)
        page = page.replace("<body>", "<body>" + nest_open, 1).replace("</body>", nest_close + "</body>", 1)
        return self.send(request, page)

    def missing(self, request: Any, path: str, news_id: int, nth: int, parts: list[str]) -> Any:
        kind = parts[1]
        if kind == "date":
            return self.article(request, path, news_id, date=False)
        if kind == "id":
            return self.article(request, path, news_id, news_id_line=False, canonical=False)
        if kind == "headline":
            return self.article(request, path, news_id, h1=False, title=False)
        if kind == "body":
            return self.article(request, path, news_id, body=[])
        if kind == "short-body":
            return self.article(request, path, news_id, body=["این خبر کوتاه است."])
        if kind == "removed":  # a soft 404: the site's not-found page, status 200
            return self.send(request, NOT_FOUND_PAGE)
        if kind == "broken-metadata":
            broken = ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": '
                      '"2023-13-45T99:99:99", "headline": [1, {"x": </script>'
                      '<meta property="article:published_time" content="not a date">'
                      '<meta property="article:modified_time" content="0000-00-00T00:00:00Z">'
                      '<meta name="keywords" content=",,،،">')
            page = article_html(self.base, path, news_id, head_extra=broken)
            # An impossible date printed before the real one: read past, not taken.
            impossible = '<span class="date">30 اسفند 1404</span>'
            page = page.replace('<div class="news-date">', impossible + '<div class="news-date">', 1)
            return self.send(request, page)
        if kind == "truncated-markup":
            page = article_html(self.base, path, news_id)
            third = page.index("<p>", page.index("</p>", page.index("</p>", page.index("article-body")) + 4))
            return self.send(request, page[:third + 60] + '<p class="x" data-a="unterminated')
        return self.error(request, 404)

    def xhtml(self, request: Any, path: str, news_id: int, nth: int, parts: list[str]) -> Any:
        dtd = _xxe_dtd("html", self.offsite, self.secret)[:-2] + f'\n<!ENTITY lol "{EXPANDED}">\n]>'
        page = article_html(self.base, path, news_id, doctype='<?xml version="1.0" encoding="UTF-8"?>\n' + dtd,
                            after_body="<p>&remote;&local;&lol;</p>")
        page = page.replace('<html lang="fa"', '<html xmlns="http://www.w3.org/1999/xhtml" lang="fa"', 1)
        return self.send(request, page, content_type="application/xhtml+xml")

    ROUTES: dict[str, Callable[..., Any]] = {  # noqa: RUF012 - read-only table
        "flaky": flaky, "status": status, "slow": slow, "reset": reset_always, "truncated": truncated,
        "bomb": bomb, "big": big, "redirect": redirect_route, "articles": plain_article,
        "private": plain_article, "charset": charset, "empty": empty, "binary": binary, "deep": deep,
        "missing": missing, "xhtml": xhtml, "from-sitemap": plain_article, "from-feed": plain_article,
    }


class OffsiteResource(Resource):
    """The other domain: 200 to anything, every request logged."""

    isLeaf = True

    def __init__(self, log: IO[str] | None) -> None:
        super().__init__()
        self.log = log

    def render(self, request: Any) -> bytes:
        if self.log is not None:
            self.log.write(json.dumps({"t": round(time.time(), 4), "method": request.method.decode("ascii", "replace"),
                                       "path": request.path.decode("utf-8", "replace")}) + "\n")
            self.log.flush()
        request.setHeader("Content-Type", HTML)
        return b"<html><body>elsewhere</body></html>"


def _require_loopback(host: str) -> None:
    if not ipaddress.ip_address(host).is_loopback:
        raise ValueError(f"the fault server serves loopback addresses only, not {host!r}")


def start(host: str = "127.0.0.1", offsite_host: str = "127.0.0.2", log: IO[str] | None = None,
          offsite_log: IO[str] | None = None, group: str = "all", workdir: Path | None = None) -> dict[str, str]:
    _require_loopback(host)
    _require_loopback(offsite_host)
    reactor = _reactor()
    if workdir is None:
        workdir = Path(tempfile.mkdtemp(prefix="faultserver-"))
        reactor.addSystemEventTrigger("after", "shutdown", shutil.rmtree, workdir, True)
    # The local file the external-entity XML points at: if it were ever read, the crawl would request
    # the path it holds (and it never does).
    secret = workdir / "faultserver-secret.txt"
    faults = FaultResource(log, secret, group)
    other = reactor.listenTCP(0, QuietSite(OffsiteResource(offsite_log)), interface=offsite_host)
    port = reactor.listenTCP(0, QuietSite(faults), interface=host)
    faults.base = f"http://{host}:{port.getHost().port}"
    faults.offsite = f"http://{offsite_host}:{other.getHost().port}"
    secret.write_text(f"{faults.base}/xxe/leaked-local-file\n", encoding="utf-8")
    if group != "light":
        gzip_bomb()  # built before serving: building it takes the reactor ~1 s
    return {"base": faults.base, "offsite": faults.offsite}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.support.faultserver", description=__doc__.split("\n\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--offsite-host", default="127.0.0.2")
    parser.add_argument("--log", required=True, help="one JSON line per request to the fault site")
    parser.add_argument("--offsite-log", default=None, help="the same for the other domain (default: LOG.offsite)")
    parser.add_argument("--group", choices=GROUPS, default="all", help="which faults the home page links")
    args = parser.parse_args(argv)
    log = open(args.log, "a", encoding="utf-8")  # noqa: SIM115 - open while serving
    offsite_log = open(args.offsite_log or args.log + ".offsite", "a", encoding="utf-8")  # noqa: SIM115
    try:
        bases = start(args.host, args.offsite_host, log, offsite_log, args.group, Path(args.log).resolve().parent)
    except (ValueError, OSError) as exc:
        print(f"faultserver: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(bases), flush=True)
    _reactor().run()
    log.close()
    offsite_log.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
