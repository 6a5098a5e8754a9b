"""The three sample CMS families: WordPress with a Jalali plugin, Nastooh, and Pangea (VOA Dari),
and ``render``, which answers one request path on one sample site. ``render`` is pure, so tests
read pages without a server."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import parse_qs, urlsplit
from xml.etree import ElementTree as ET

from newsscraper.demo.content import (
    DARI_MONTHS,
    DEFAULT_OFFSITE,
    FA_MONTHS,
    NEWS_NS,
    Article,
    Data,
    Request,
    Response,
    SampleSite,
    excerpt,
    fa,
    redirect,
    sample_site,
    xml,
)
from newsscraper.demo.family import Family, _lastmod, _sub, sitemap_articles
from newsscraper.runfiles import iso


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
            stamp = iso(a.utc)
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
           data: Data = None) -> Response | None:
    """(status, headers, body) for one request path on one sample site; None when no such page."""
    sample = sample_site(site_key, data)
    if sample is None:
        return None
    parts = urlsplit(path_and_query)
    req = Request(sample, parts.path or "/", parse_qs(parts.query), base.rstrip("/"),
                  (offsite_base or DEFAULT_OFFSITE).rstrip("/"))
    return family_of(sample).route(req)


