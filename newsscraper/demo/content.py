"""The sample sites' content: stories, page templates, responses and one request's context.

The stories are data (sample_site/articles.json, package data read with importlib.resources) and so
is the markup (sample_site/templates/<family>_<kind>.html, each page kind holding its repeated pieces
as ``<!--fragment name-->…<!--/fragment-->`` blocks). Each article's ``kind`` says how its URL
behaves: ok, nodate (no date anywhere on the page), broken500, empty (headline, no body), private
(under /private/, which robots.txt disallows) and offsite_redirect (302 to the other domain).

Every function taking ``data`` reads that articles.json file instead of the bundled one (tests serve
variants: the site as it was yesterday, or after an edit); ``None`` means the bundled one.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from functools import cache
from importlib.resources import files
from pathlib import Path
from string import Template
from typing import Any
from xml.etree import ElementTree as ET
from zoneinfo import ZoneInfo

import jdatetime

from newsscraper.demo.sites import sample_sites
from newsscraper.site import Site

BUNDLED = files("newsscraper.demo") / "sample_site"  # package data: works from a wheel, an egg or a checkout
SITE_KEYS = tuple(sample_sites())  # the keys in newsscraper.demo.sites order
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


Data = str | Path | None  # an articles.json to serve instead of the bundled one (None: the bundled one)


def load_sites(path: Data = None) -> dict[str, Any]:
    """articles.json as stored: {"sites": {key: {"sections": [...], "articles": [...]}}}."""
    source = Path(path) if path is not None else BUNDLED / "articles.json"
    return json.loads(source.read_text("utf-8"))


@cache
def _catalog(path: str | None) -> dict[str, SampleSite]:
    out: dict[str, SampleSite] = {}
    known = sample_sites()
    for key, raw in load_sites(path)["sites"].items():
        site = known.get(key)
        if site is None:
            raise ValueError(f"articles.json names {key!r}, which has no module in newsscraper/demo/sites")
        arts = sorted((_article(a, site.zone) for a in raw["articles"]), key=lambda a: a.local, reverse=True)
        sections = {s["slug"]: s["name"] for s in raw["sections"]}
        out[key] = SampleSite(key, site, sections, tuple(arts))
    return out


def sample_site(key: str, path: Data = None) -> SampleSite | None:
    return _catalog(None if path is None else str(path)).get(key)


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
    text = (BUNDLED / "templates" / f"{name}.html").read_text("utf-8")
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


