"""Tasnim News Agency (تسنیم), tasnimnews.com.

Template: article.single-news with h3.lead and .story; dates «۲۴ مهر ۱۳۹۶ - ۱۰:۳۰».
Discovery: RSS, per-Jalali-day news sitemaps (/fa/sitemap/news/YYYY/MM/DD), service listings.
"""

from newsscraper.extract.profiles import TASNIM
from newsscraper.sites import Site

SITE = Site(
    key="tasnim", name="خبرگزاری تسنیم", domains=("tasnimnews.com",), profile=TASNIM,
    start_url="https://www.tasnimnews.com/fa",
    feeds=("https://www.tasnimnews.com/fa/rss/feed/0/0/0",),
    sitemaps=("https://www.tasnimnews.com/fa/sitemap.xml",),
    listings=("https://www.tasnimnews.com/fa/archive",),
    article_url=r"^/fa/news/\d{4}/\d{2}/\d{2}/\d+",
)
