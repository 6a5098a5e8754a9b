"""ISNA (Iranian Students' News Agency), isna.ir.

Template: ISNA's own CMS. Visible date «۹ خرداد ۱۳۹۸ / ۰۰:۲۰» in .meta-news, «کد خبر» there too,
lead p.summary, body [itemprop=articleBody] ending in «انتهای پیام». The nav bar shows today's
date: never the article date. Discovery: RSS, per-Jalali-day news sitemaps, service listings.
"""

from newsscraper.extract.profiles import ISNA
from newsscraper.sites import Site

SITE = Site(
    key="isna", name="ایسنا", domains=("isna.ir",), profile=ISNA,
    start_url="https://www.isna.ir/",
    feeds=("https://www.isna.ir/rss",),
    sitemaps=("https://www.isna.ir/sitemap.xml",),
    listings=("https://www.isna.ir/archive",),
    article_url=r"^/news/\d+",
    id_url="{base}/news/{id}",
)
