"""Varzesh3 (ورزش سه), varzesh3.com: sports news.

Template: «کد خبر: 1608590/13» (the ID is the part before the slash), time and date in separate
spans of .news-page--news-info («19:04», «1398/02/11»), surtitle h4, lead p.news-page--news-lead;
the header clock is the crawl time. Discovery: RSS, sitemap, ID backfill through /news/<id>.
"""

from newsscraper.site import Profile, Site

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

SITE = Site(
    key="varzesh3", name="ورزش سه", domains=("varzesh3.com",), profile=VARZESH3,
    start_url="https://www.varzesh3.com/",
    feeds=("https://www.varzesh3.com/rss/all",),
    sitemaps=("https://www.varzesh3.com/sitemap.xml",),
    article_url=r"^/news/\d+",
    id_url="{base}/news/{id}",
)
