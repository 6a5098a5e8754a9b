"""ISNA (Iranian Students' News Agency), isna.ir.

Template: ISNA's own CMS. Visible date «۹ خرداد ۱۳۹۸ / ۰۰:۲۰» in .meta-news, «کد خبر» there too,
lead p.summary, body [itemprop=articleBody] ending in «انتهای پیام». The nav bar shows today's
date: never the article date. Discovery: RSS, per-Jalali-day news sitemaps, service listings.
"""

from newsscraper.site import Profile, Site

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

SITE = Site(
    key="isna", name="ایسنا", domains=("isna.ir",), profile=ISNA,
    start_url="https://www.isna.ir/",
    feeds=("https://www.isna.ir/rss",),
    sitemaps=("https://www.isna.ir/sitemap.xml",),
    listings=("https://www.isna.ir/archive",),
    article_url=r"^/news/\d+",
    id_url="{base}/news/{id}",
)
