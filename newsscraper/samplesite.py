"""The bundled sample sites: three small news sites, one per CMS family, served on loopback.

Demos and end-to-end crawl tests run against these instead of the network. The stories are data
(data/sample_site/articles.json) and so is the markup (data/sample_site/templates/<family>_<kind>.html,
each page kind holding its repeated pieces as ``<!--fragment name-->…<!--/fragment-->`` blocks);
this module only maps a request path to a page. ``render()`` is pure, so tests read pages without a
server; ``start_in_reactor()`` and the CLI serve them with Twisted's web server:

    python -m newsscraper.samplesite [--host 127.0.0.1] [--sites all] [--offsite-base URL] [--log FILE]

prints one JSON line mapping each site key to its base URL, then serves until SIGTERM/SIGINT.
``--sites none --host 127.0.0.2`` serves the "other domain" instead: 200 to anything, every request
logged, so a test can prove a crawl never left its site.

Each article's ``kind`` says how its URL behaves: ok, nodate (no date anywhere on the page),
broken500, empty (headline, no body), private (under /private/, which robots.txt disallows) and
offsite_redirect (302 to the other domain).
"""

from __future__ import annotations

import argparse
import html
import ipaddress
import json
import math
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from email.utils import format_datetime
from functools import cache
from pathlib import Path
from string import Template
from typing import IO, Any
from urllib.parse import parse_qs, quote, urlsplit
from xml.etree import ElementTree as ET
from zoneinfo import ZoneInfo

import jdatetime
from twisted.web.resource import Resource
from twisted.web.server import NOT_DONE_YET
from twisted.web.server import Site as WebSite

from newsscraper.paths import PROJECT_ROOT
from newsscraper.sites import Site, site_by_key

DATA_DIR = PROJECT_ROOT / "data" / "sample_site"
DEFAULT = DATA_DIR / "articles.json"
TEMPLATES = DATA_DIR / "templates"
SITE_KEYS = ("sample_wp", "sample_nastooh", "sample_dari")
# Where off-site links and redirects point when no other-domain server runs: loopback, and a port
# (discard) nothing listens on, so a crawler that wrongly follows them still never leaves the machine.
DEFAULT_OFFSITE = "http://127.0.0.2:9"
PAGE_SIZE, FEED_SIZE, HOME_SIZE, SIDEBAR_SIZE, RELATED_SIZE = 5, 10, 6, 5, 3
# The header's «today» bar: a fixed day after every article, so it can never be read as one's date.
TODAY = (1403, 1, 26)

OK, NODATE, BROKEN, EMPTY, PRIVATE, OFFSITE = "ok", "nodate", "broken500", "empty", "private", "offsite_redirect"
HTML_TYPE = "text/html; charset=utf-8"
XML_TYPE = "application/xml; charset=utf-8"
RSS_TYPE = "application/rss+xml; charset=utf-8"
TEXT_TYPE = "text/plain; charset=utf-8"

FA_MONTHS = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن",
             "اسفند")
DARI_MONTHS = ("حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت")
WEEKDAYS = ("دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه")  # Monday first
_FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")

Response = tuple[int, dict[str, str], bytes]

ET.register_namespace("atom", "http://www.w3.org/2005/Atom")
ET.register_namespace("news", "http://www.google.com/schemas/sitemap-news/0.9")
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"


def fa(value: object) -> str:
    """ASCII digits → Persian digits, as the pages print numbers."""
    return str(value).translate(_FA_DIGITS)


esc = html.escape


# ---------------------------------------------------------------- content

@dataclass(frozen=True)
class Article:
    id: str
    section: str
    slug: str
    kind: str
    in_feed: bool
    in_sitemap: bool
    offsite_link: bool
    jalali: str
    headline: str
    surtitle: str | None
    lead: str | None
    paragraphs: tuple[str, ...]
    tags: tuple[str, ...]
    author: str | None
    marker: str | None
    attribution: str | None
    local: datetime  # publication instant in the site's zone (kept for ordering even when not printed)

    @property
    def dated(self) -> bool:
        return self.kind != NODATE

    @property
    def listed_elsewhere(self) -> bool:
        """Boilerplate (home, sidebar, related box) links it; the others stay pagination-only."""
        return (self.in_feed or self.in_sitemap) and self.kind != PRIVATE

    @property
    def jparts(self) -> tuple[int, int, int, int, int]:
        day, _, clock = self.jalali.partition("T")
        y, m, d = (int(x) for x in day.split("-"))
        hh, mm = (int(x) for x in clock.split(":"))
        return y, m, d, hh, mm

    @property
    def utc(self) -> datetime:
        return self.local.astimezone(UTC)


def jalali_to_local(value: str, zone: ZoneInfo) -> datetime:
    """"1403-01-05T10:30" → aware datetime in ``zone`` (jdatetime does the calendar)."""
    day, _, clock = value.partition("T")
    y, m, d = (int(x) for x in day.split("-"))
    hh, mm = (int(x) for x in clock.split(":"))
    g = jdatetime.date(y, m, d).togregorian()
    return datetime(g.year, g.month, g.day, hh, mm, tzinfo=zone)


def _article(raw: dict[str, Any], zone: ZoneInfo) -> Article:
    names = {f.name for f in fields(Article)} - {"local"}
    values = {k: tuple(v) if isinstance(v, list) else v for k, v in raw.items() if k in names}
    return Article(**values, local=jalali_to_local(raw["jalali"], zone))


@dataclass(frozen=True)
class SampleSite:
    key: str
    site: Site
    sections: dict[str, str]          # slug → Persian name, menu order
    articles: tuple[Article, ...]     # newest first

    def by_id(self, news_id: str) -> Article | None:
        return next((a for a in self.articles if a.id == news_id), None)

    def in_section(self, slug: str) -> list[Article]:
        return [a for a in self.articles if a.section == slug]


def load_sites(path: str | Path = DEFAULT) -> dict[str, Any]:
    """articles.json as stored: {"sites": {key: {"sections": [...], "articles": [...]}}}."""
    return json.loads(Path(path).read_text("utf-8"))


@cache
def _catalog(path: str) -> dict[str, SampleSite]:
    out: dict[str, SampleSite] = {}
    for key, raw in load_sites(path)["sites"].items():
        site = site_by_key(key)
        if site is None:
            raise ValueError(f"articles.json names {key!r}, which has no module in newsscraper/sites")
        arts = sorted((_article(a, site.zone) for a in raw["articles"]), key=lambda a: a.local, reverse=True)
        sections = {s["slug"]: s["name"] for s in raw["sections"]}
        out[key] = SampleSite(key, site, sections, tuple(arts))
    return out


def sample_site(key: str, path: str | Path = DEFAULT) -> SampleSite | None:
    return _catalog(str(path)).get(key)


# ---------------------------------------------------------------- templates

_FRAGMENT = re.compile(r"<!--fragment (\w+)-->\n?(.*?)<!--/fragment-->\n?", re.S)


@dataclass(frozen=True)
class PageTemplate:
    """One template file: the page (string.Template) plus its named fragments."""

    main: Template
    fragments: dict[str, Template]

    def fill(self, values: dict[str, str]) -> str:
        return self.main.substitute(values)

    def frag(self, name: str, values: dict[str, str]) -> str:
        """A fragment, or "" when this family's template has none by that name."""
        found = self.fragments.get(name)
        return found.substitute(values) if found else ""

    def maybe(self, name: str, cond: object, **values: str) -> str:
        return self.frag(name, values) if cond else ""

    def each(self, name: str, rows: Iterable[dict[str, str]]) -> str:
        return "".join(self.frag(name, row) for row in rows)


@cache
def template(name: str) -> PageTemplate:
    text = (TEMPLATES / f"{name}.html").read_text("utf-8")
    frags = {m[1]: Template(m[2]) for m in _FRAGMENT.finditer(text)}
    return PageTemplate(Template(_FRAGMENT.sub("", text).strip("\n") + "\n"), frags)


# ---------------------------------------------------------------- responses

def page(body: str, status: int = 200) -> Response:
    return status, {"Content-Type": HTML_TYPE}, body.encode("utf-8")


def redirect(url: str, status: int = 301) -> Response:
    body = f'<html><body><a href="{esc(url)}">{esc(url)}</a></body></html>'
    return status, {"Content-Type": HTML_TYPE, "Location": url}, body.encode("utf-8")


def xml(root: ET.Element, content_type: str = XML_TYPE) -> Response:
    return 200, {"Content-Type": content_type}, ET.tostring(root, encoding="utf-8", xml_declaration=True)


def server_error() -> Response:
    return page("<html><body><h1>500</h1><p>خطای داخلی سرور</p></body></html>", 500)


def not_found() -> Response:
    return page("<html><body><h1>404</h1><p>صفحه پیدا نشد</p></body></html>", 404)


# ---------------------------------------------------------------- one request

@dataclass(frozen=True)
class Request:
    sample: SampleSite
    path: str
    query: dict[str, list[str]]
    base: str
    offsite: str

    def arg(self, name: str) -> str | None:
        values = self.query.get(name)
        return values[0] if values else None


def _words(a: Article, count: int) -> list[str]:
    return " ".join(a.paragraphs).split()[:count]


def excerpt(a: Article, count: int = 24, end: str = " ...") -> str:
    """A WordPress-style auto-excerpt: the body's first words and an ellipsis."""
    words = _words(a, count)
    return " ".join(words) + end if words else ""


class Family:
    """How one CMS family lays out URLs, dates and pages; subclasses fill in the differences."""

    name = ""
    feed_path = ""
    sitemap_path = ""
    body_classes: dict[str, str] = {}  # noqa: RUF012 - read-only class data

    # -- URLs and dates (per family)
    def public_path(self, a: Article) -> str:
        raise NotImplementedError

    def listing_path(self, slug: str, page_no: int) -> str:
        raise NotImplementedError

    def date_text(self, a: Article) -> str:
        raise NotImplementedError

    def month_names(self) -> tuple[str, ...]:
        return FA_MONTHS

    def jsonld(self, req: Request, a: Article) -> dict[str, Any] | None:
        return None

    def teaser(self, a: Article) -> str:
        return a.lead or excerpt(a)

    def routes(self) -> list[tuple[re.Pattern[str], Callable[[Request, re.Match[str]], Response | None]]]:
        raise NotImplementedError

    def sitemap(self, req: Request, name: str) -> Response | None:
        raise NotImplementedError

    # -- shared behaviour
    def article_path(self, a: Article) -> str:
        return ("/private" if a.kind == PRIVATE else "") + self.public_path(a)

    def listed_date(self, a: Article) -> str:
        return self.date_text(a) if a.dated else ""

    def today_text(self) -> str:
        y, m, d = TODAY
        weekday = WEEKDAYS[jdatetime.date(y, m, d).togregorian().weekday()]
        return f"{weekday} {fa(d)} {self.month_names()[m - 1]} {fa(y)}"

    def route(self, req: Request) -> Response | None:
        common: dict[str, Callable[[Request], Response | None]] = {
            "/robots.txt": self.robots, "/go/elsewhere": self.go_elsewhere, self.feed_path: self.feed,
        }
        if req.path in common:
            return common[req.path](req)
        for pattern, handler in self.routes():
            m = pattern.match(req.path)
            if m:
                return handler(req, m)
        return None

    def robots(self, req: Request) -> Response:
        body = f"User-agent: *\nDisallow: /private/\n\nSitemap: {req.base}{self.sitemap_path}\n"
        return 200, {"Content-Type": TEXT_TYPE}, body.encode("utf-8")

    def go_elsewhere(self, req: Request) -> Response:
        return redirect(f"{req.offsite}/landing", 302)

    def serve_article(self, req: Request, a: Article | None, private: bool = False) -> Response | None:
        """The article behind an article URL, honouring its kind."""
        if a is None or (a.kind == PRIVATE) != private:
            return None
        if a.kind == BROKEN:
            return server_error()
        if a.kind == OFFSITE:
            return redirect(f"{req.offsite}/moved/{a.id}", 302)
        return page(self.article_page(req, a))

    def id_redirect(self, req: Request, news_id: str) -> Response | None:
        """Short ID URLs (backfill) answer 301 to the article's own URL; private ones stay hidden."""
        a = req.sample.by_id(news_id)
        if a is None or a.kind == PRIVATE:
            return None
        return redirect(req.base + self.article_path(a))

    # -- pages
    def layout(self, req: Request, *, title: str, head: str, content: str, kind: str,
               section: str | None = None) -> str:
        tpl = template(f"{self.name}_layout")
        nav = [{"url": req.base + self.listing_path(slug, 1), "name": esc(name),
                "active": "active" if slug == section else ""} for slug, name in req.sample.sections.items()]
        latest = [a for a in req.sample.articles if a.listed_elsewhere][:SIDEBAR_SIZE]
        return tpl.fill({
            "title": esc(title), "head": head, "content": content, "base": req.base,
            "site_name": esc(req.sample.site.name), "today": esc(self.today_text()),
            "body_class": self.body_classes.get(kind, ""), "nav": tpl.each("nav_item", nav),
            "sidebar": tpl.each("sidebar_item", (self.item_values(req, a) for a in latest)),
        })

    def item_values(self, req: Request, a: Article) -> dict[str, str]:
        return {"url": req.base + self.article_path(a), "headline": esc(a.headline),
                "date_text": esc(self.listed_date(a)), "teaser": esc(self.teaser(a))}

    def article_page(self, req: Request, a: Article) -> str:
        tpl = template(f"{self.name}_article")
        values = self.article_values(req, a, tpl)
        title = f"{a.headline} | {req.sample.site.name}"
        return self.layout(req, title=title, head=tpl.frag("head", values), content=tpl.fill(values),
                           kind="article", section=a.section)

    def article_values(self, req: Request, a: Article, tpl: PageTemplate) -> dict[str, str]:
        canonical = req.base + self.article_path(a)
        values = {
            "base": req.base, "site_name": esc(req.sample.site.name), "id": a.id, "canonical": canonical,
            "headline": esc(a.headline), "section_slug": a.section,
            "section_name": esc(req.sample.sections[a.section]),
            "section_url": req.base + self.listing_path(a.section, 1),
            "description": esc(a.lead or (a.paragraphs[0] if a.paragraphs else a.headline)),
            "keywords": esc(", ".join(a.tags)),
            "paragraphs": self.paragraphs_html(tpl, a),
            "tags": tpl.each("tag", ({"url": tag_url(req.base, t), "name": esc(t)} for t in a.tags)),
            "related": self.related_html(req, a, tpl),
        }
        values.update(self.optional_blocks(req, a, tpl, canonical))
        return values

    def optional_blocks(self, req: Request, a: Article, tpl: PageTemplate, canonical: str) -> dict[str, str]:
        """Pieces a page shows only when the article has them (dates, kicker, lead, author …)."""
        shown = {"date_text": esc(self.date_text(a)), "iso_local": a.local.isoformat(timespec="seconds"),
                 "iso_utc": a.utc.isoformat(timespec="seconds")}
        ld = self.jsonld(req, a)
        return {
            "date_block": tpl.maybe("date", a.dated, **shown),
            "print_date_block": tpl.maybe("print_date", a.dated, **shown),
            "published_meta": tpl.maybe("published_meta", a.dated, **shown),
            "jsonld_block": tpl.maybe("jsonld", ld, json=_script_json(ld)),
            "surtitle_block": tpl.maybe("surtitle", a.surtitle, surtitle=esc(a.surtitle or ""),
                                        canonical=canonical),
            "lead_block": tpl.maybe("lead", a.lead, lead=esc(a.lead or "")),
            "teaser_block": tpl.maybe("teaser", a.paragraphs, teaser=esc(excerpt(a, 40))),
            "author_block": tpl.maybe("author", a.author, author=esc(a.author or ""), base=req.base,
                                      author_slug=quote((a.author or "").replace(" ", "-"))),
            "marker_block": tpl.maybe("marker", a.marker, marker=esc(a.marker or "")),
        }

    def paragraphs_html(self, tpl: PageTemplate, a: Article) -> str:
        out = []
        for i, text in enumerate(a.paragraphs):
            name = "first_paragraph" if i == 0 and "first_paragraph" in tpl.fragments else "paragraph"
            out.append(tpl.frag(name, {"text": esc(text)}))
        return "".join(out)

    def related_html(self, req: Request, a: Article, tpl: PageTemplate) -> str:
        others = [o for o in req.sample.in_section(a.section) if o is not a and o.listed_elsewhere]
        rows = tpl.each("related_item", (self.item_values(req, o) for o in others[:RELATED_SIZE]))
        return rows + tpl.maybe("offsite_item", a.offsite_link, url=f"{req.offsite}/stolen/{a.id}")

    def listing(self, req: Request, slug: str, page_no: int) -> Response | None:
        arts = req.sample.in_section(slug)
        pages = math.ceil(len(arts) / PAGE_SIZE)
        if not arts or not 1 <= page_no <= pages:
            return None
        tpl = template(f"{self.name}_listing")
        chunk = arts[(page_no - 1) * PAGE_SIZE:page_no * PAGE_SIZE]
        prev_url = req.base + self.listing_path(slug, page_no - 1) if page_no > 1 else ""
        next_url = req.base + self.listing_path(slug, page_no + 1) if page_no < pages else ""
        values = {
            "base": req.base, "section_name": esc(req.sample.sections[slug]),
            "canonical": req.base + self.listing_path(slug, page_no), "page_fa": fa(page_no),
            "pages_fa": fa(pages), "items": tpl.each("item", (self.item_values(req, a) for a in chunk)),
            "prev_link": tpl.maybe("prev", prev_url, url=prev_url),
            "next_link": tpl.maybe("next", next_url, url=next_url),
            "rel_links": tpl.maybe("rel_prev", prev_url, url=prev_url) + tpl.maybe("rel_next", next_url, url=next_url),
        }
        title = f"{req.sample.sections[slug]} - صفحه {fa(page_no)} | {req.sample.site.name}"
        return page(self.layout(req, title=title, head=tpl.frag("head", values), content=tpl.fill(values),
                                kind="listing", section=slug))

    def home(self, req: Request) -> Response:
        tpl = template(f"{self.name}_home")
        latest = [a for a in req.sample.articles if a.listed_elsewhere][:HOME_SIZE]
        values = {
            "base": req.base, "site_name": esc(req.sample.site.name),
            "items": tpl.each("item", (self.item_values(req, a) for a in latest)),
            "sections": tpl.each("section_link", ({"url": req.base + self.listing_path(s, 1), "name": esc(n)}
                                                  for s, n in req.sample.sections.items())),
        }
        return page(self.layout(req, title=req.sample.site.name, head=tpl.frag("head", values),
                                content=tpl.fill(values), kind="home"))

    # -- feeds and sitemaps
    def feed(self, req: Request) -> Response:
        items = [a for a in req.sample.articles if a.in_feed][:FEED_SIZE]
        rss = ET.Element("rss", {"version": "2.0"})
        channel = _sub(rss, "channel")
        _sub(channel, "title", req.sample.site.name)
        _sub(channel, "link", f"{req.base}/")
        _sub(channel, "description", f"تازه‌ترین خبرهای {req.sample.site.name}")
        _sub(channel, "language", req.sample.site.language)
        ET.SubElement(channel, "{http://www.w3.org/2005/Atom}link",
                      {"href": req.base + self.feed_path, "rel": "self", "type": "application/rss+xml"})
        dated = [a.utc for a in items if a.dated]
        if dated:
            _sub(channel, "lastBuildDate", format_datetime(max(dated), usegmt=True))
        for a in items:
            self.feed_item(req, channel, a)
        return xml(rss, RSS_TYPE)

    def feed_item(self, req: Request, channel: ET.Element, a: Article) -> None:
        url = req.base + self.article_path(a)
        item = _sub(channel, "item")
        _sub(item, "title", a.headline)
        _sub(item, "link", url)
        ET.SubElement(item, "guid", {"isPermaLink": "true"}).text = url
        if a.dated:  # RFC 822 in GMT, as WordPress and Nastooh feeds write it
            _sub(item, "pubDate", format_datetime(a.utc, usegmt=True))
        _sub(item, "category", req.sample.sections[a.section])
        _sub(item, "description", self.teaser(a))

    def urlset(self, req: Request, arts: Iterable[Article],
               extra: Callable[[ET.Element, Article], None] | None = None) -> ET.Element:
        root = ET.Element(f"{{{SITEMAP_NS}}}urlset")
        for a in arts:
            url = _sub(root, f"{{{SITEMAP_NS}}}url")
            _sub(url, f"{{{SITEMAP_NS}}}loc", req.base + self.article_path(a))
            if extra:
                extra(url, a)
        return root

    def sitemap_index(self, req: Request, paths: Sequence[str]) -> ET.Element:
        root = ET.Element(f"{{{SITEMAP_NS}}}sitemapindex")
        for path in paths:
            _sub(_sub(root, f"{{{SITEMAP_NS}}}sitemap"), f"{{{SITEMAP_NS}}}loc", req.base + path)
        return root


def _sub(parent: ET.Element, tag: str, text: str | None = None) -> ET.Element:
    el = ET.SubElement(parent, tag)
    el.text = text
    return el


def _lastmod(url: ET.Element, a: Article) -> None:
    if a.dated:
        _sub(url, f"{{{SITEMAP_NS}}}lastmod", a.local.isoformat(timespec="seconds"))


def _script_json(obj: dict[str, Any] | None) -> str:
    # "</" inside a <script> would end it early; JSON allows the escaped form.
    return json.dumps(obj, ensure_ascii=False).replace("</", "<\\/") if obj else ""


def tag_url(base: str, tag: str) -> str:
    return f"{base}/tag/{quote(tag.replace(' ', '-'))}/"


def sitemap_articles(sample: SampleSite) -> list[Article]:
    return [a for a in sample.articles if a.in_sitemap]


# ---------------------------------------------------------------- the three families

class WordPressFamily(Family):
    """WordPress with a Jalali date plugin: /archives/<id>/, /category/<slug>/page/<n>/, /feed/."""

    name = "wp"
    feed_path = "/feed/"
    sitemap_path = "/wp-sitemap.xml"
    body_classes = {"article": "post-template-default single single-post", "listing": "archive category",  # noqa: RUF012
                    "home": "home blog"}

    def public_path(self, a: Article) -> str:
        return f"/archives/{a.id}/"

    def listing_path(self, slug: str, page_no: int) -> str:
        return f"/category/{slug}/" + (f"page/{page_no}/" if page_no > 1 else "")

    def date_text(self, a: Article) -> str:
        y, m, d, _, _ = a.jparts
        return f"{FA_MONTHS[m - 1]} {fa(d)}, {fa(y)}"

    def teaser(self, a: Article) -> str:
        return excerpt(a)

    def routes(self) -> list[tuple[re.Pattern[str], Callable[[Request, re.Match[str]], Response | None]]]:
        return [
            (re.compile(r"^/$"), lambda r, m: self.id_redirect(r, r.arg("p")) if r.arg("p") else self.home(r)),
            (re.compile(r"^/archives/(\d+)/$"), lambda r, m: self.serve_article(r, r.sample.by_id(m[1]))),
            (re.compile(r"^/archives/(\d+)$"), lambda r, m: self.id_redirect(r, m[1])),
            (re.compile(r"^/private/archives/(\d+)/$"),
             lambda r, m: self.serve_article(r, r.sample.by_id(m[1]), private=True)),
            (re.compile(r"^/category/([\w-]+)/(?:page/(\d+)/)?$"), self.category),
            (re.compile(r"^/feed$|^/category/[\w-]+$"), lambda r, m: redirect(r.base + r.path + "/")),
            (re.compile(r"^/(wp-sitemap(?:-posts-post-1)?\.xml)$"), lambda r, m: self.sitemap(r, m[1])),
        ]

    def category(self, req: Request, m: re.Match[str]) -> Response | None:
        if m[2] == "1":  # WordPress sends /page/1/ back to the category's own URL
            return redirect(req.base + self.listing_path(m[1], 1))
        return self.listing(req, m[1], int(m[2] or 1))

    def sitemap(self, req: Request, name: str) -> Response | None:
        if name == "wp-sitemap.xml":
            return xml(self.sitemap_index(req, ["/wp-sitemap-posts-post-1.xml"]))
        return xml(self.urlset(req, sitemap_articles(req.sample), _lastmod))


class NastoohFamily(Family):
    """Nastooh CMS: /news/<id>/<slug>, /service/<slug>?page=<n>, /rss, monthly news sitemaps."""

    name = "nastooh"
    feed_path = "/rss"
    sitemap_path = "/sitemap.xml"
    body_classes = {"article": "pt-news nt-news", "listing": "pt-service", "home": "pt-home"}  # noqa: RUF012

    def public_path(self, a: Article) -> str:
        return f"/news/{a.id}/{a.slug}"

    def listing_path(self, slug: str, page_no: int) -> str:
        return f"/service/{slug}" + (f"?page={page_no}" if page_no > 1 else "")

    def date_text(self, a: Article) -> str:
        y, m, d, hh, mm = a.jparts
        return f"{fa(d)} {FA_MONTHS[m - 1]} {fa(y)} - {fa(f'{hh:02d}:{mm:02d}')}"

    def jsonld(self, req: Request, a: Article) -> dict[str, Any] | None:
        url = req.base + self.article_path(a)
        org = {"@type": "Organization", "name": req.sample.site.name, "url": req.base}
        ld: dict[str, Any] = {"@context": "http://schema.org", "@type": "NewsArticle", "@id": url,
                              "headline": a.headline, "url": url, "keywords": list(a.tags),
                              "author": org, "publisher": org}
        if a.lead:
            ld["description"] = a.lead
        if a.dated:  # Nastooh writes its JSON-LD instants in UTC
            stamp = a.utc.strftime("%Y-%m-%dT%H:%M:%SZ")
            ld.update(datePublished=stamp, dateModified=stamp)
        return ld

    def routes(self) -> list[tuple[re.Pattern[str], Callable[[Request, re.Match[str]], Response | None]]]:
        return [
            (re.compile(r"^/$"), lambda r, m: self.home(r)),
            (re.compile(r"^/news/(\d+)/([\w-]+)$"), self.news),
            (re.compile(r"^/news/(\d+)/?$"), lambda r, m: self.id_redirect(r, m[1])),
            (re.compile(r"^/private/news/(\d+)/([\w-]+)$"),
             lambda r, m: self.serve_article(r, self._slugged(r, m), private=True)),
            (re.compile(r"^/service/([\w-]+)$"), lambda r, m: self.listing(r, m[1], _page_arg(r, "page"))),
            (re.compile(r"^/(sitemap\.xml|sitemap/news/\d{4}-\d{2}\.xml)$"), lambda r, m: self.sitemap(r, m[1])),
        ]

    @staticmethod
    def _slugged(req: Request, m: re.Match[str]) -> Article | None:
        a = req.sample.by_id(m[1])
        return a if a and a.slug == m[2] else None

    def news(self, req: Request, m: re.Match[str]) -> Response | None:
        a = req.sample.by_id(m[1])
        if a is not None and a.slug != m[2]:  # Nastooh answers a wrong slug with the right URL
            return self.id_redirect(req, m[1])
        return self.serve_article(req, a)

    def sitemap(self, req: Request, name: str) -> Response | None:
        months = _months(sitemap_articles(req.sample))
        if name == "sitemap.xml":
            return xml(self.sitemap_index(req, [f"/sitemap/news/{ym}.xml" for ym in months]))
        ym = name.removeprefix("sitemap/news/").removesuffix(".xml")
        if ym not in months:
            return None
        arts = [a for a in sitemap_articles(req.sample) if a.jalali.startswith(ym)]
        return xml(self.urlset(req, arts, lambda url, a: self._news_entry(req, url, a)))

    def _news_entry(self, req: Request, url: ET.Element, a: Article) -> None:
        if not a.dated:
            return  # a Google News entry needs a publication date; an undated page gets a bare <url>
        news = _sub(url, f"{{{NEWS_NS}}}news")
        pub = _sub(news, f"{{{NEWS_NS}}}publication")
        _sub(pub, f"{{{NEWS_NS}}}name", req.sample.site.name)
        _sub(pub, f"{{{NEWS_NS}}}language", req.sample.site.language)
        _sub(news, f"{{{NEWS_NS}}}publication_date", a.local.isoformat(timespec="seconds"))
        _sub(news, f"{{{NEWS_NS}}}title", a.headline)


class PangeaFamily(Family):
    """Pangea CMS (VOA Dari): /a/<slug>/<id>.html, /z/<slug>?p=<n>, /api/rss, Dari month names."""

    name = "dari"
    feed_path = "/api/rss"
    sitemap_path = "/sitemap.xml"
    body_classes = {"article": "pg-article print-lay-article", "listing": "pg-section", "home": "pg-home"}  # noqa: RUF012

    def public_path(self, a: Article) -> str:
        return f"/a/{a.slug}/{a.id}.html"

    def listing_path(self, slug: str, page_no: int) -> str:
        return f"/z/{slug}" + (f"?p={page_no}" if page_no > 1 else "")

    def month_names(self) -> tuple[str, ...]:
        return DARI_MONTHS

    def date_text(self, a: Article) -> str:
        y, m, d, _, _ = a.jparts
        return f"{DARI_MONTHS[m - 1]} {fa(f'{d:02d}')}, {fa(y)}"

    def teaser(self, a: Article) -> str:
        return excerpt(a, 20)

    def jsonld(self, req: Request, a: Article) -> dict[str, Any] | None:
        url = req.base + self.article_path(a)
        ld: dict[str, Any] = {
            "@context": "https://schema.org", "@type": "NewsArticle", "headline": a.headline,
            "inLanguage": "prs-AF", "keywords": ", ".join(a.tags),
            "articleSection": req.sample.sections[a.section], "mainEntityOfPage": url, "url": url,
            "publisher": {"@type": "NewsMediaOrganization", "name": req.sample.site.name, "url": req.base},
        }
        if a.paragraphs:
            ld["description"] = a.paragraphs[0]
        if a.author:
            ld["author"] = {"@type": "Person", "name": a.author}
        if a.dated:  # Pangea's JSON-LD: UTC with a space, "2024-03-24 06:00:00Z"
            stamp = a.utc.strftime("%Y-%m-%d %H:%M:%SZ")
            ld.update(datePublished=stamp, dateModified=stamp)
        return ld

    def routes(self) -> list[tuple[re.Pattern[str], Callable[[Request, re.Match[str]], Response | None]]]:
        return [
            (re.compile(r"^/$"), lambda r, m: self.home(r)),
            (re.compile(r"^/a/([\w-]+)/(\d+)\.html$"), self.news),
            (re.compile(r"^/a/(\d+)\.html$"), lambda r, m: self.id_redirect(r, m[1])),
            (re.compile(r"^/private/a/([\w-]+)/(\d+)\.html$"), self.private_news),
            (re.compile(r"^/z/(\d+)$"), lambda r, m: self.listing(r, m[1], _page_arg(r, "p"))),
            (re.compile(r"^/sitemap\.xml$"), lambda r, m: self.sitemap(r, "sitemap.xml")),
        ]

    def news(self, req: Request, m: re.Match[str]) -> Response | None:
        a = req.sample.by_id(m[2])
        if a is not None and a.slug != m[1]:
            return self.id_redirect(req, m[2])
        return self.serve_article(req, a)

    def private_news(self, req: Request, m: re.Match[str]) -> Response | None:
        a = req.sample.by_id(m[2])
        return self.serve_article(req, a if a and a.slug == m[1] else None, private=True)

    def sitemap(self, req: Request, name: str) -> Response | None:
        return xml(self.urlset(req, sitemap_articles(req.sample), _lastmod))


def _page_arg(req: Request, name: str) -> int:
    """?page=<n> / ?p=<n>; anything that is not a positive number is a page that does not exist."""
    raw = req.arg(name)
    if raw is None:
        return 1
    return int(raw) if raw.isdigit() else 0


def _months(arts: Iterable[Article]) -> list[str]:
    return sorted({a.jalali[:7] for a in arts})


FAMILIES: dict[str, Family] = {"wordpress-jalali": WordPressFamily(), "nastooh": NastoohFamily(),
                               "pangea": PangeaFamily()}


def family_of(sample: SampleSite) -> Family:
    return FAMILIES[sample.site.profile.family]


def render(site_key: str, path_and_query: str, base: str, offsite_base: str | None = None,
           data: str | Path = DEFAULT) -> Response | None:
    """(status, headers, body) for one request path on one sample site; None when no such page."""
    sample = sample_site(site_key, data)
    if sample is None:
        return None
    parts = urlsplit(path_and_query)
    req = Request(sample, parts.path or "/", parse_qs(parts.query), base.rstrip("/"),
                  (offsite_base or DEFAULT_OFFSITE).rstrip("/"))
    return family_of(sample).route(req)


# ---------------------------------------------------------------- serving (Twisted web)

class SampleSiteResource(Resource):
    """Serves one sample site (or, with ``site_key=None``, the other domain) and logs every request."""

    isLeaf = True

    def __init__(self, site_key: str | None, base: str = "", offsite_base: str | None = None,
                 log: IO[str] | None = None, data: str | Path = DEFAULT, hold_after: int | None = None,
                 hold_agent: str | None = None) -> None:
        super().__init__()
        self.site_key, self.base, self.offsite_base, self.log, self.data = site_key, base, offsite_base, log, data
        # Crash tests: answer this many article pages, then hold every further one unanswered; with
        # hold_agent, only requests whose User-Agent contains it count and are held (one worker of a
        # cluster is held while the others are served).
        self.hold_after = hold_after
        self.hold_agent = hold_agent
        self.articles_served = 0
        site = sample_site(site_key, data) if site_key else None
        self.article_path = re.compile(site.site.article_url) if site and site.site.article_url else None

    def render(self, request: Any) -> bytes:
        if self.log is not None:
            self.log.write(f"{request.method.decode('ascii', 'replace')} {_uri(request)}\n")
            self.log.flush()
        return super().render(request)

    def render_GET(self, request: Any) -> bytes | int:
        if (self.hold_after is not None and self.article_path and self.article_path.search(urlsplit(_uri(request)).path)
                and self._held_agent(request)):
            self.articles_served += 1
            if self.articles_served > self.hold_after:
                return NOT_DONE_YET  # held until the client (or the test) gives up
        if self.site_key is None:
            status, headers, body = 200, {"Content-Type": HTML_TYPE}, b"<html>elsewhere</html>"
        else:
            found = render(self.site_key, _uri(request), self.base, self.offsite_base, self.data)
            status, headers, body = found or not_found()
        request.setResponseCode(status)
        for name, value in headers.items():
            request.setHeader(name, value)
        return body

    def _held_agent(self, request: Any) -> bool:
        if self.hold_agent is None:
            return True
        agent = request.getHeader("user-agent") or ""
        return self.hold_agent in agent

    # Twisted drops the body of a HEAD answer itself; a separate method keeps the log to one line.
    render_HEAD = render_GET


def _uri(request: Any) -> str:
    raw = request.uri.decode("utf-8", "replace")
    parts = urlsplit(raw)  # an absolute-form request line (proxy style) still names a path
    return parts.path + (f"?{parts.query}" if parts.query else "") if parts.scheme else raw


class _QuietSite(WebSite):
    # Our resource logs requests itself; Twisted's access log would land in a crawl's own log.
    noisy = False

    def log(self, request: Any) -> None:
        return None


class Served(dict[str, str]):
    """Site key → base URL, plus the listening ports (so callers can stop them)."""

    def __init__(self) -> None:
        super().__init__()
        self.ports: list[Any] = []


def _require_loopback(host: str) -> None:
    try:
        ok = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        ok = False
    if not ok:
        raise ValueError(f"the sample site serves loopback addresses only, not {host!r}")


def _listen(reactor: Any, resource: SampleSiteResource, host: str) -> tuple[str, Any]:
    port = reactor.listenTCP(0, _QuietSite(resource), interface=host)
    shown = f"[{host}]" if ":" in host else host
    resource.base = f"http://{shown}:{port.getHost().port}"
    return resource.base, port


def start_in_reactor(reactor: Any, host: str = "127.0.0.1", sites: Sequence[str] = SITE_KEYS,
                     offsite_base: str | None = None, log: IO[str] | None = None,
                     data: str | Path = DEFAULT, hold_after: int | None = None,
                     hold_agent: str | None = None) -> Served:
    """Listen on a free port per site on ``reactor``; returns {site key: base URL}."""
    _require_loopback(host)
    served = Served()
    for key in sites:
        if sample_site(key, data) is None:
            raise ValueError(f"no sample site {key!r} (known: {', '.join(SITE_KEYS)})")
        resource = SampleSiteResource(key, "", offsite_base, log, data, hold_after, hold_agent)
        served[key], port = _listen(reactor, resource, host)
        served.ports.append(port)
    return served


def start_offsite(reactor: Any, host: str = "127.0.0.2", log: IO[str] | None = None) -> Served:
    """The "other domain": answers 200 to anything and logs it; returns {"offsite": base URL}."""
    _require_loopback(host)
    served = Served()
    served["offsite"], port = _listen(reactor, SampleSiteResource(None, log=log), host)
    served.ports.append(port)
    return served


def _parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m newsscraper.samplesite",
                                     description="Serve the bundled sample news sites on loopback.")
    parser.add_argument("--host", default="127.0.0.1", help="loopback address to bind (default 127.0.0.1)")
    parser.add_argument("--sites", default="all",
                        help="comma-separated site keys, 'all', or 'none' for the other-domain server")
    parser.add_argument("--offsite-base", default=None, help=f"other-domain base URL (default {DEFAULT_OFFSITE})")
    parser.add_argument("--log", default=None, help="append one line per request to this file")
    parser.add_argument("--data", default=str(DEFAULT), help="articles.json to serve")
    parser.add_argument("--hold-after", type=int, default=None, metavar="N",
                        help="answer N article pages, then hold every further one (crash tests)")
    parser.add_argument("--hold-agent", default=None, metavar="TEXT",
                        help="with --hold-after: count and hold only requests whose User-Agent contains TEXT")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse_args(argv)
    from twisted.internet import reactor

    log = open(args.log, "a", encoding="utf-8") if args.log else None  # noqa: SIM115 - open while serving
    try:
        if args.sites == "none":
            served = start_offsite(reactor, args.host, log)
        else:
            keys = SITE_KEYS if args.sites == "all" else tuple(k.strip() for k in args.sites.split(",") if k.strip())
            served = start_in_reactor(reactor, args.host, keys, args.offsite_base, log, args.data, args.hold_after,
                                      args.hold_agent)
    except (ValueError, OSError) as exc:
        print(f"samplesite: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(dict(served)), flush=True)
    reactor.run()  # installs SIGINT/SIGTERM handlers that stop it
    if log is not None:
        log.close()
    return 0


__all__ = ["DEFAULT", "SITE_KEYS", "SampleSiteResource", "load_sites", "render", "start_in_reactor",
           "start_offsite"]

if __name__ == "__main__":
    sys.exit(main())
