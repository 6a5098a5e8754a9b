"""Extraction profiles: where a template keeps each field, as CSS selectors.

A family profile describes a CMS shared by many sites (Nastooh, WordPress with a Jalali plugin,
Pangea, …); a site module refines it with `with_overrides`. Every field falls back to the
generic heuristics when the profile's selectors find nothing, so a profile only names what the
generic reading gets wrong.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

Selectors = tuple[str, ...]


@dataclass(frozen=True)
class Profile:
    family: str
    headline: Selectors = ()
    surtitle: Selectors = ()
    lead: Selectors = ()
    body: Selectors = ()
    body_exclude: Selectors = ()      # inside the body container, beyond generic furniture
    date: Selectors = ()              # element(s) whose text holds the visible publication date
    news_id: Selectors = ()           # element(s) whose text holds «کد خبر …»
    tags: Selectors = ()
    section: Selectors = ()
    authors: Selectors = ()
    excerpt: Selectors = ()           # an auto-excerpt shown as a teaser: never the lead
    lead_is_body_start: bool = False  # the lead is the body's first paragraph (kept in the body)
    notes: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    def with_overrides(self, **changes: object) -> Profile:
        """A copy with some selectors replaced; `plus_<field>` keys prepend instead of replacing."""
        merged: dict[str, object] = {}
        for key, value in changes.items():
            if key.startswith("plus_"):
                name = key[5:]
                merged[name] = tuple(value) + getattr(self, name)  # type: ignore[arg-type, operator]
            else:
                merged[key] = value
        return replace(self, **merged)  # type: ignore[arg-type]


GENERIC = Profile(family="generic")

# WordPress with a Jalali date plugin (the seed page's shape): «تاریخ: مهر ۲۴, ۱۳۹۶», «شناسه خبر».
WORDPRESS_JALALI = Profile(
    family="wordpress-jalali",
    headline=("article h1.entry-title", "h1.entry-title", "h1.post-title", ".post h1", "article h1",
              "h2.entry-title"),
    body=(".entry-content", ".post-content", ".td-post-content", ".single-content", "article .content"),
    body_exclude=(".excerpt", ".post-excerpt", ".teaser", ".wp-block-embed", ".sharedaddy"),
    excerpt=(".excerpt", ".post-excerpt", ".teaser", ".entry-summary"),
    date=(".post-date", ".entry-date", ".posted-on", ".post-meta", ".entry-meta", "time"),
    news_id=(".post-meta", ".entry-meta", ".news-id", ".post-id"),
    tags=(".post-tags a", ".tags-links a", "a[rel~='tag']"),
    section=(".cat-links a", ".post-category a", "a[rel~='category']"),
    authors=(".author .fn", ".byline .author"),
)

# Nastooh CMS, as Khabaronline serves it (the family's sites we have no page of read GENERIC).
NASTOOH = Profile(
    family="nastooh",
    headline=("article#item .item-title h1", "article.item h1.title", ".item-title h1"),
    surtitle=("article#item .item-title .kicker", ".item-title h4.subtitle", ".item-title .uptitle"),
    lead=("article#item .item-summary p.summary", "p.introtext", ".item-summary .summary"),
    body=("article#item [itemprop='articleBody']", ".item-body .item-text", "[itemprop='articleBody']"),
    date=("article#item .item-header .item-date", ".item-date", "article#item .print-header li.date"),
    news_id=(".item-code", "article#item .print-header li.id"),
    tags=("article#item section.tags li a", "section.tags li a"),
    section=("article#item .print-header .breadcrumb li a", ".breadcrumb li a"),
    authors=(".item-author", "article#item .author"),
)

# ISNA's own CMS (also ISNA's regional pages).
ISNA = Profile(
    family="isna",
    headline=(".full-news h1.first-title", "h1[itemprop='headline']"),
    surtitle=(".full-news .item-title h3", ".full-news h3.uptitle", ".item-title .kicker"),
    lead=(".full-news p.summary", "p.summary[itemprop='description']"),
    body=(".full-news [itemprop='articleBody']", ".item-text"),
    date=(".full-news .meta-news li:first-child", ".meta-news li"),
    news_id=(".meta-news li",),
    tags=("footer.tags li a", ".tags li a"),
    section=(".meta-news [itemprop='articleSection']",),
    authors=(".author-id li",),
)

# YJC (Young Journalists Club): «تاریخ انتشار:», «کد خبر:», lead in h2.Htags_news_subtitle.
YJC = Profile(
    family="yjc",
    headline=(".news_body_con h1.Htags", "h1.Htags"),
    surtitle=(".news_body_con .rutitr_body", ".rutitr_body"),
    lead=(".news_body_con .subtitle h2", "h2.Htags_news_subtitle"),
    body=(".news_body_con > .body", ".news_body_con .body"),
    date=(".news_pdate_c",),
    news_id=(".news_id_c",),
    tags=(".tags_container a", ".tag_items a"),
    section=(".news_path a:last-child", ".news_path a"),
)

# Varzesh3: «کد خبر: 1608590/13», time and date in separate spans of .news-page--news-info.
VARZESH3 = Profile(
    family="varzesh3",
    headline=("h1.news-page--news-title",),
    surtitle=("h4.news-page--subtitle",),
    lead=("p.news-page--news-lead",),
    body=(".news-page--news-text",),
    date=(".news-page--news-info",),
    news_id=(".news-page--news-info",),
    tags=(".news-page--tags a", ".news-tags a"),
    section=(".breadcrumb li:last-child a",),
)

# Pangea CMS, as VOA Dari serves it: «حوت ۰۸, ۱۴۰۳», body in #article-content .wsw.
PANGEA = Profile(
    family="pangea",
    headline=("h1.pg-title:not(.title--program)", "h1.title:not(.title--program)"),
    body=("#article-content .wsw", ".col-multimedia .intro", ".wsw"),
    date=(".publishing-details .published time", ".published time", ".date time"),
    tags=(".tags a",),
    section=(".category a", ".js-category a"),
    authors=(".links__item-link[href*='/author/']", ".authors .links__item-link"),
)

# The family profiles, each written against a real page of ../shared/corpus or the seed page: a site may
# use one as it is; a site whose profile is anything else needs a fixture page of its own
# (tests/test_sites.py), so no selector guesses at a template nobody has seen.
FAMILIES = (GENERIC, NASTOOH, WORDPRESS_JALALI, PANGEA)
