"""Extraction profiles: where a template keeps each field, as CSS selectors.

A family profile describes a CMS shared by many sites (Nastooh, WordPress with a Jalali plugin,
Pangea, …). Only the families live here: a site's own selectors live in its module,
newsscraper/sites/<key>.py (a family refined with `with_overrides`, or a Profile of its own). Every
field falls back to the generic reading when the profile's selectors find nothing, so a profile only
names what the generic reading gets wrong.
"""

from __future__ import annotations

from newsscraper.site import GENERIC, Profile, Selectors

__all__ = ["FAMILIES", "GENERIC", "NASTOOH", "PANGEA", "WORDPRESS_JALALI", "Profile", "Selectors"]

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
