"""Tasnim News Agency (تسنیم), tasnimnews.com.

No page of the site is in our fixtures, so it has no selectors of its own: the generic reading
(GENERIC profile) reads its pages. Article URLs are dated, /fa/news/1403/05/12/3012345/…: the news
ID is the number after the date. Discovery: RSS, sitemap, the archive listing.
"""

from newsscraper.extract.profiles import GENERIC
from newsscraper.site import Site

SITE = Site(
    key="tasnim", name="خبرگزاری تسنیم", domains=("tasnimnews.com",), profile=GENERIC,
    start_url="https://www.tasnimnews.com/fa",
    feeds=("https://www.tasnimnews.com/fa/rss/feed/0/0/0",),
    sitemaps=("https://www.tasnimnews.com/fa/sitemap.xml",),
    listings=("https://www.tasnimnews.com/fa/archive",),
    article_url=r"^/fa/news/\d{4}/\d{2}/\d{2}/\d+",
)
