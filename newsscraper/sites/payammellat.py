"""Payam-e Mellat (پیام ملّت), payammellat.ir: a provincial WordPress site with a Jalali date plugin.

The project's seed page: «تاریخ: مهر ۲۴, ۱۳۹۶», «شناسه خبر: 6288», an auto-excerpt teaser ending
in «...» (not a lead), the body with a «پیام ملّت–» dateline, «انتهای پیام/ع», then a comment
form. Discovery: WordPress /feed/, wp-sitemap / Yoast sitemaps, ?p=<id> backfill.
"""

from newsscraper.extract.profiles import WORDPRESS_JALALI
from newsscraper.site import Site

SITE = Site(
    key="payammellat", name="پیام ملّت", domains=("payammellat.ir",), profile=WORDPRESS_JALALI,
    start_url="https://payammellat.ir/",
    feeds=("https://payammellat.ir/feed/",),
    sitemaps=("https://payammellat.ir/sitemap_index.xml", "https://payammellat.ir/wp-sitemap.xml"),
    article_url=r"^/(?:archives/\d+|\?p=\d+|\d{4}/\d{2}/)",
    id_url="{base}/?p={id}",
)
