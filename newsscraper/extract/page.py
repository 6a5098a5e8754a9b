"""A parsed page: one lxml tree plus the lazily read metadata every field step shares.

Parsing happens once per page; JSON-LD and <meta> are read once, on first use.
"""

from __future__ import annotations

import json
import re
from functools import cached_property
from typing import Any
from urllib.parse import urljoin, urlsplit

from parsel import Selector

ARTICLE_TYPES = frozenset({
    "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting",
    "OpinionNewsArticle", "BackgroundNewsArticle", "LiveBlogPosting", "VideoObject", "Report",
})
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


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

    @cached_property
    def meta(self) -> dict[str, str]:
        """<meta name|property|itemprop=… content=…>, first non-empty value per lower-cased key."""
        out: dict[str, str] = {}
        for node in self.sel.xpath("//meta[@content]"):
            key = node.attrib.get("property") or node.attrib.get("name") or node.attrib.get("itemprop")
            value = (node.attrib.get("content") or "").strip()
            if key and value:
                out.setdefault(key.strip().lower(), value)
        return out

    @cached_property
    def jsonld(self) -> list[dict[str, Any]]:
        objs: list[dict[str, Any]] = []
        for raw in self.sel.xpath("//script[@type='application/ld+json']/text()").getall():
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
        href = self.sel.xpath("//base/@href").get()
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
        return (self.sel.xpath("/html/@lang").get() or "").strip().lower()
