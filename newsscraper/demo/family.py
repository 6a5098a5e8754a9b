"""What every sample CMS family shares: page layout, listings, home page, feeds, sitemaps and the
article page's blocks, filled from the family's templates. newsscraper/demo/families.py holds the
three families, which differ in URLs, date text, JSON-LD and routes."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterable, Sequence
from email.utils import format_datetime
from typing import Any
from urllib.parse import quote
from xml.etree import ElementTree as ET

import jdatetime

from newsscraper.demo.content import (
    BROKEN,
    FA_MONTHS,
    FEED_SIZE,
    HOME_SIZE,
    OFFSITE,
    PAGE_SIZE,
    PRIVATE,
    RELATED_SIZE,
    RSS_TYPE,
    SIDEBAR_SIZE,
    SITEMAP_NS,
    TEXT_TYPE,
    TODAY,
    WEEKDAYS,
    Article,
    PageTemplate,
    Request,
    Response,
    SampleSite,
    esc,
    excerpt,
    fa,
    page,
    redirect,
    server_error,
    template,
    xml,
)


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


