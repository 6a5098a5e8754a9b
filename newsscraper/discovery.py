"""Discovery sources as pure functions: feeds, sitemaps, robots.txt, listing pages, URL shape.

Nothing here touches the network or Scrapy; spiders feed response bodies in. XML is parsed with
entity expansion, DTD loading and network access switched off, so a hostile sitemap can neither
blow up memory ("billion laughs") nor make us fetch an external entity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit, urlunsplit

from lxml import etree
from w3lib.url import canonicalize_url, url_query_cleaner

from newsscraper.jalali import TEHRAN, find_date, parse_iso

_XML_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                              recover=True, remove_comments=True)
TRACKING_PARAMS = ("utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "utm_id",
                   "fbclid", "gclid", "yclid", "mc_cid", "mc_eid", "ref", "from", "_ga", "amp")


@dataclass(frozen=True)
class Entry:
    """A URL a source lists, with the publication instant or day it claims (if any)."""

    url: str
    published: datetime | date | None = None


@dataclass(frozen=True)
class Sitemap:
    is_index: bool
    entries: tuple[Entry, ...]


# The document type declaration, internal subset included (quoted strings and comments skipped, so a
# `]>` inside them does not end it). Each alternative starts differently: no catastrophic backtracking.
_DOCTYPE = re.compile(
    rb"<!DOCTYPE(?:\"[^\"]*\"|'[^']*'|[^\"'>\[])*"
    rb"(?:\[(?:\"[^\"]*\"|'[^']*'|<!--.*?-->|<(?!!--)|[^\"'\]<])*\])?\s*>", re.S)
_FIRST_ELEMENT = re.compile(rb"<[A-Za-z_]")


def _without_doctype(data: bytes) -> bytes:
    """Sitemaps and feeds have no use for a DTD. Even unexpanded, a billion-laughs declaration trips
    libxml2's amplification limit, which ends the parse at the first reference and loses every entry
    after it; without the declaration a reference is merely undefined, and recover mode skips it."""
    found = _DOCTYPE.search(data)
    first = _FIRST_ELEMENT.search(data)
    if found is None or (first is not None and first.start() < found.start()):
        return data
    return data[:found.start()] + data[found.end():]


def absolute_url(href: str | None, base: str | None = None) -> str | None:
    """``href`` made absolute against ``base``; None when it is empty, not http(s), or malformed.

    Hostile pages and sitemaps carry hrefs such as `http://[x` or `http://h:99999/`, on which
    urllib raises ValueError (invalid IPv6 host, port out of range); one such link used to end the
    callback, losing every other link, entry or record of its page.
    """
    if not href or not href.strip():
        return None
    try:
        url = urljoin(base, href.strip()) if base else href.strip()
        parts = urlsplit(url)
        _ = parts.port  # raises ValueError on a port that is not a number in range
    except ValueError:
        return None
    return url if parts.scheme in ("http", "https") and parts.hostname else None


def _xml_root(data: bytes) -> etree._Element | None:
    try:
        root = etree.fromstring(_without_doctype(data.lstrip()), _XML_PARSER)
    except (etree.XMLSyntaxError, ValueError):
        return None
    return root


def _local(tag: object) -> str:
    """A tag's local name, lower-cased. Not etree.QName(): recover mode keeps tags such as
    `news:title` (a prefix never declared, common in sloppy sitemaps) or `h1:`, and QName raises
    ValueError on those, which lost the whole sitemap or feed."""
    return tag.rpartition("}")[2].rpartition(":")[2].lower() if isinstance(tag, str) else ""


def _children(el: etree._Element, name: str) -> list[etree._Element]:
    return [c for c in el.iter() if _local(c.tag) == name]


def _date(text: str | None, tz: tzinfo) -> datetime | date | None:
    """An ISO (sitemap) or RFC-822 (RSS) date; a bare day stays a date."""
    if not text or not text.strip():
        return None
    text = text.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            return None
    instant = parse_iso(text, tz)
    if instant:
        return instant
    try:
        value = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return value.astimezone(tz) if value.tzinfo else value.replace(tzinfo=tz)


def parse_feed(data: bytes, base: str | None = None, tz: tzinfo = TEHRAN) -> list[Entry]:
    """Items of an RSS 2.0, RSS 1.0 or Atom feed (link and publication date)."""
    root = _xml_root(data)
    if root is None:
        return []
    out: list[Entry] = []
    for item in root.iter():
        kind = _local(item.tag)
        if kind not in ("item", "entry"):
            continue
        link = None
        dates: list[str] = []
        for child in item:
            name = _local(child.tag)
            if name == "link":
                link = link or child.get("href") or (child.text or "").strip() or None
            elif name in ("pubdate", "published", "date", "updated", "issued"):
                dates.append(child.text or "")
        url = absolute_url(link, base)
        if url:
            out.append(Entry(url, next((d for d in (_date(t, tz) for t in dates) if d), None)))
    return out


def parse_sitemap(data: bytes, tz: tzinfo = TEHRAN) -> Sitemap | None:
    """A sitemap index or URL set; Google-News publication dates win over lastmod."""
    root = _xml_root(data)
    if root is None:
        return None
    is_index = _local(root.tag) == "sitemapindex"
    entries: list[Entry] = []
    for node in root:
        if _local(node.tag) not in ("url", "sitemap"):
            continue
        loc = next((c.text.strip() for c in _children(node, "loc") if c.text and c.text.strip()), None)
        loc = absolute_url(loc)  # a sitemap lists absolute http(s) URLs; anything else is skipped
        if not loc:
            continue
        stamps = [c.text for c in _children(node, "publication_date")] + [c.text for c in _children(node, "lastmod")]
        entries.append(Entry(loc, next((d for d in (_date(t, tz) for t in stamps) if d), None)))
    return Sitemap(is_index, tuple(entries))


def robots_sitemaps(text: str) -> list[str]:
    """The `Sitemap:` lines of a robots.txt."""
    return [m.group(1).strip() for m in re.finditer(r"(?im)^\s*sitemap\s*:\s*(\S+)", text)]


def canonical(url: str) -> str:
    """One spelling per article: tracking parameters and fragments dropped, scheme and host
    lower-cased, default ports removed, query parameters sorted."""
    cleaned = url_query_cleaner(url, TRACKING_PARAMS, remove=True, unique=False)
    parts = urlsplit(canonicalize_url(cleaned, keep_fragments=False))
    default = {"http": 80, "https": 443}.get(parts.scheme)
    if parts.port is not None and parts.port == default:
        parts = parts._replace(netloc=parts.hostname or "")
    return urlunsplit(parts)


def same_origin(url: str, base: str) -> bool:
    a, b = urlsplit(url), urlsplit(base)
    return (a.scheme, a.hostname, a.port) == (b.scheme, b.hostname, b.port)


def rebase(url: str, domains: tuple[str, ...], base: str | None) -> str:
    """Map a URL on one of the site's own domains onto ``base`` (a loopback copy of the site)."""
    if not base:
        return url
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if not any(host == d or host.endswith("." + d) for d in domains):
        return url
    b = urlsplit(base)
    return urlunsplit((b.scheme, b.netloc, parts.path or "/", parts.query, ""))


def in_window(value: datetime | date | None, since: datetime | None, until: datetime | None,
              tz: tzinfo) -> bool:
    """Whether a claimed publication time lies in [since, until]; unknown dates are kept."""
    if value is None:
        return True
    if isinstance(value, datetime):
        start = value
        end = value
    else:
        start = datetime(value.year, value.month, value.day, tzinfo=tz)
        end = datetime(value.year, value.month, value.day, 23, 59, 59, tzinfo=tz)
    if since and end < since:
        return False
    return not (until and start > until)


_ITEM_TAGS = frozenset({"li", "article", "div", "tr", "section"})


def listing_links(root: etree._Element, page_url: str, is_article_url, tz: tzinfo = TEHRAN,
                  ) -> list[Entry]:
    """Article links of a listing page, each with the date printed in its teaser (if any)."""
    out: dict[str, Entry] = {}
    for a in root.iter("a"):
        href = a.get("href")
        if not href:
            continue
        url = absolute_url(href, page_url)
        if url is None or url in out or not is_article_url(url):
            continue
        out[url] = Entry(url, _teaser_date(a, tz))
    return list(out.values())


def _teaser_date(a: etree._Element, tz: tzinfo) -> datetime | date | None:
    """The date printed in the smallest list item around a link."""
    node = a.getparent()
    for _ in range(4):
        if node is None:
            return None
        if node.tag in _ITEM_TAGS:
            text = " ".join(" ".join(node.itertext()).split())
            if len(text) > 600:
                return None
            found = find_date(text, tz)
            return found.value if found else None
        node = node.getparent()
    return None


_NEXT_TEXT = ("صفحه بعد", "بعدی", "next", "›", "»", "older", "قدیمی‌تر")


def next_page(root: etree._Element, page_url: str) -> str | None:
    """The listing's next page: rel=next, else a pagination link labelled «صفحه بعد» / «بعدی»."""
    for el in root.iter("a", "link"):
        if "next" in (el.get("rel") or "").lower().split() and absolute_url(el.get("href"), page_url):
            return absolute_url(el.get("href"), page_url)
    for a in root.iter("a"):
        text = " ".join("".join(a.itertext()).split()).lower()
        if text and any(text.startswith(t) for t in _NEXT_TEXT) and absolute_url(a.get("href"), page_url):
            return absolute_url(a.get("href"), page_url)
    return None


_ARTICLE_SHAPES = (
    re.compile(r"/news/\d+"), re.compile(r"[?&]p=\d+"), re.compile(r"/archives/\d+"),
    re.compile(r"/(?:19|20)\d{2}/\d{1,2}/\d{1,2}/"), re.compile(r"/\d{5,}(?:[/.-]|$)"),
    re.compile(r"/a/(?:[^/]+/)?\d+\.html"),
)
_NOT_ARTICLE = re.compile(r"/(?:tag|tags|category|categories|page|author|feed|search|login|wp-admin|"
                          r"wp-json|comments?)(?:/|$)|\.(?:jpe?g|png|gif|webp|svg|pdf|mp[34]|zip|css|js)$",
                          re.IGNORECASE)


def url_priority(url: str) -> int:
    """Crawl priority from URL shape alone: it never decides what is an article, only the order."""
    path = urlsplit(url).path + ("?" + urlsplit(url).query if urlsplit(url).query else "")
    if _NOT_ARTICLE.search(path):
        return -10
    return 10 if any(p.search(path) for p in _ARTICLE_SHAPES) else 0


def skip_url(url: str) -> bool:
    """Obvious non-articles the generic spider never needs: tag, category, paging, author, feed."""
    return bool(_NOT_ARTICLE.search(urlsplit(url).path))
