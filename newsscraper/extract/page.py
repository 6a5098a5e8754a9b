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


class Page:
    """HTML text plus URL; offers the parsed tree and shared metadata."""

    def __init__(self, html: str, url: str | None = None) -> None:
        # lxml refuses NUL and most C0 controls; they never carry text.
        self.sel = Selector(text=_CONTROL.sub(" ", html.replace("\x00", "")) or "<html></html>")
        self.url = url
        self.root: etree._Element = self.sel.root

    def xpath(self, expr: str, node: etree._Element | None = None) -> list[Any]:
        return compiled(expr)(self.root if node is None else node)

    def css(self, css: str, node: etree._Element | None = None) -> list[etree._Element]:
        if not self._may_match(css):
            return []
        return compiled_css(css)(self.root if node is None else node)

    @cached_property
    def _class_tokens(self) -> frozenset[str]:
        return frozenset(" ".join(self.xpath("//@class")).split())

    @cached_property
    def _ids(self) -> frozenset[str]:
        return frozenset(self.xpath("//@id"))

    def _may_match(self, css: str) -> bool:
        """False when the selector needs a class or id the page nowhere has.

        Each CSS query is a full scan of the tree; most profile and generic selectors name a class,
        and one pass over the page's class attributes rules most of them out at once.
        """
        if "," in css:
            return True
        needed = _NOT.sub("", css)
        return (all(c in self._class_tokens for c in _NEEDS_CLASS.findall(needed))
                and all(i in self._ids for i in _NEEDS_ID.findall(needed)))

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
            return urljoin(self.url, href.strip())
        return self.url

    def absolute(self, href: str | None) -> str | None:
        """Make an href absolute against the page; None for empty or non-http values."""
        if not href or not href.strip():
            return None
        href = href.strip()
        joined = urljoin(self.base_url, href) if self.base_url else href
        return joined if urlsplit(joined).scheme in ("http", "https") else None

    @cached_property
    def html_lang(self) -> str:
        return str(next(iter(self.xpath("/html/@lang")), "")).strip().lower()
