"""A parsed page: one lxml tree plus the lazily read metadata every field step shares.

Parsing happens once per page; JSON-LD and <meta> are read once, on first use.
"""

from __future__ import annotations

import json
import re
from functools import cached_property, lru_cache
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import etree
from parsel import Selector
from parsel.csstranslator import css2xpath

ARTICLE_TYPES = frozenset({
    "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting",
    "OpinionNewsArticle", "BackgroundNewsArticle", "LiveBlogPosting", "VideoObject", "Report",
})
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_NOT = re.compile(r":not\([^)]*\)|\[[^\]]*\]")
_NEEDS_CLASS = re.compile(r"\.(-?[_a-zA-Z][\w-]*)")
_NEEDS_ID = re.compile(r"#(-?[_a-zA-Z][\w-]*)")
_FIRST_STEP = re.compile(r"[^\s>+~]+")
PARSER_DEPTH_LIMIT = 2000  # libxml2 stops at 2048 nested elements; no real page comes near either


@lru_cache(maxsize=1024)
def compiled(xpath: str) -> etree.XPath:
    """lxml compiles an XPath string on every call; field readers reuse the compiled form."""
    return etree.XPath(xpath)


@lru_cache(maxsize=1024)
def compiled_css(css: str) -> etree.XPath:
    return etree.XPath(css2xpath(css))


_TEXT = compiled(".//text()[not(ancestor::script) and not(ancestor::style)]")


def text_of(el: etree._Element) -> str:
    """Visible text of an element, its pieces joined by spaces (scripts and styles left out)."""
    return " ".join(_TEXT(el)).strip()


def _flatten_jsonld(node: Any) -> list[dict[str, Any]]:
    """All objects of a JSON-LD document: top-level lists and @graph arrays opened."""
    out: list[dict[str, Any]] = []
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            out.append(item)
            if isinstance(item.get("@graph"), list):
                stack.extend(reversed(item["@graph"]))
    return out


def jsonld_types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.rsplit("/", 1)[-1] for k in kinds if isinstance(k, str)}


def _join(base: str, href: str) -> str | None:
    """urljoin, or None for an href urllib rejects (`http://[x`: ValueError, invalid IPv6 URL)."""
    try:
        joined = urljoin(base, href)
        _ = urlsplit(joined).port  # an out-of-range port raises only here
    except ValueError:
        return None
    return joined


def _scheme(url: str) -> str:
    try:
        parts = urlsplit(url)
        _ = parts.hostname, parts.port
    except ValueError:
        return ""
    return parts.scheme


class Page:
    """HTML text plus URL; offers the parsed tree and shared metadata."""

    def __init__(self, html: str, url: str | None = None) -> None:
        # lxml refuses NUL and most C0 controls; they never carry text.
        self.html = _CONTROL.sub(" ", html.replace("\x00", "")) or "<html></html>"
        # type="html": parsel would pick its XML parser for text that opens with <?xml (XHTML pages,
        # older CMS templates), and every tag would then sit in the XHTML namespace no XPath names.
        self.sel = Selector(text=self.html, type="html")
        self.url = url
        self.root: etree._Element = self.sel.root

    def mentions(self, *needles: str) -> bool:
        """Whether the page may hold any of these strings: a cheap test before a tree scan.

        Pages that write Persian as character references (&#x6A9;) can't be tested this way.
        """
        return "&#" in self.html or any(n in self.html for n in needles)

    def xpath(self, expr: str, node: etree._Element | None = None) -> list[Any]:
        return compiled(expr)(self.root if node is None else node)

    def css(self, css: str, node: etree._Element | None = None) -> list[etree._Element]:
        """Elements matching a CSS selector, in document order.

        A CSS query is a scan of the whole tree. When the selector's first step names a class or id,
        the query runs only below the elements that carry it (found in one pass over the page's
        class and id attributes), and a selector naming a class or id the page lacks is not run.
        """
        if "," in css or node is not None:
            return compiled_css(css)(self.root if node is None else node)
        needed = _NOT.sub("", css)
        if not (all(c in self._classes for c in _NEEDS_CLASS.findall(needed))
                and all(i in self._ids for i in _NEEDS_ID.findall(needed))):
            return []
        anchors = self._anchors(needed)
        if anchors is None:
            return compiled_css(css)(self.root)
        query = compiled_css(css)
        out: list[etree._Element] = []
        seen: set[etree._Element] = set()
        for anchor in anchors:
            for el in query(anchor):
                if el not in seen:
                    seen.add(el)
                    out.append(el)
        return out

    def _anchors(self, needed: str) -> list[etree._Element] | None:
        """Outermost elements carrying the first step's class or id; None when it names neither."""
        first = _FIRST_STEP.match(needed.strip())
        step = first.group(0) if first else ""
        if m := _NEEDS_ID.search(step):
            found = self._ids[m.group(1)]
        elif m := _NEEDS_CLASS.search(step):
            found = self._classes[m.group(1)]
        else:
            return None
        chosen = set(found)
        return [el for el in found if not any(a in chosen for a in el.iterancestors())]

    @cached_property
    def _classes(self) -> dict[str, list[etree._Element]]:
        index: dict[str, list[etree._Element]] = {}
        for value in self.xpath("//@class"):
            el = value.getparent()
            for token in set(value.split()):
                index.setdefault(token, []).append(el)
        return index

    @cached_property
    def _ids(self) -> dict[str, list[etree._Element]]:
        index: dict[str, list[etree._Element]] = {}
        for value in self.xpath("//@id"):
            index.setdefault(value.strip(), []).append(value.getparent())
        return index

    @cached_property
    def class_text(self) -> str:
        """Every class attribute of the page, joined: generic searches check it before scanning."""
        return " ".join(self._classes)

    @cached_property
    def meta(self) -> dict[str, str]:
        """<meta name|property|itemprop=… content=…>, first non-empty value per lower-cased key."""
        out: dict[str, str] = {}
        for node in self.xpath("//meta[@content]"):
            key = node.attrib.get("property") or node.attrib.get("name") or node.attrib.get("itemprop")
            value = (node.attrib.get("content") or "").strip()
            if key and value:
                out.setdefault(key.strip().lower(), value)
        return out

    @cached_property
    def jsonld(self) -> list[dict[str, Any]]:
        objs: list[dict[str, Any]] = []
        for raw in self.xpath("//script[@type='application/ld+json']/text()"):
            try:
                objs.extend(_flatten_jsonld(json.loads(raw, strict=False)))
            except (ValueError, RecursionError):
                continue  # broken JSON-LD is common; the page still has its visible text
        return objs

    @cached_property
    def jsonld_article(self) -> dict[str, Any] | None:
        for obj in self.jsonld:
            if jsonld_types(obj) & ARTICLE_TYPES:
                return obj
        return None

    @cached_property
    def base_url(self) -> str | None:
        href = next(iter(self.xpath("//base/@href")), None)
        if href and self.url:
            return _join(self.url, href.strip()) or self.url
        return self.url

    def absolute(self, href: str | None) -> str | None:
        """Make an href absolute against the page; None for empty or non-http values."""
        if not href or not href.strip():
            return None
        href = href.strip()
        joined = _join(self.base_url, href) if self.base_url else href
        return joined if joined and _scheme(joined) in ("http", "https") else None

    @cached_property
    def canonical(self) -> str | None:
        """<link rel=canonical>, else og:url, made absolute."""
        href = next(iter(self.xpath("//link[@rel='canonical']/@href")), None)
        return self.absolute(href) or self.absolute(self.meta.get("og:url"))

    @cached_property
    def too_deep(self) -> bool:
        """Whether the parser stopped at its nesting limit (libxml2: 2048 levels with huge_tree):
        everything after that point of the page is missing from the tree."""
        depth = 0
        for event, _ in etree.iterwalk(self.root, events=("start", "end")):
            depth += 1 if event == "start" else -1
            if depth >= PARSER_DEPTH_LIMIT:
                return True
        return False

    @cached_property
    def html_lang(self) -> str:
        return str(next(iter(self.xpath("/html/@lang")), "")).strip().lower()
