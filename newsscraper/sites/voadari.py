"""VOA Dari (صدای امریکا دری), darivoa.com, on the Pangea CMS; an Afghan site (Asia/Kabul, Dari).

Template: date «حوت ۰۸, ۱۴۰۳» (Dari month names) in .published time with a datetime attribute,
body #article-content .wsw; video pages carry the text in .col-multimedia .intro and have a
programme-name h1 beside the episode h1. Discovery: RSS, sitemap, section listings.
"""

from newsscraper.extract.profiles import PANGEA
from newsscraper.site import Site

SITE = Site(
    key="voadari", name="صدای امریکا", domains=("darivoa.com",), profile=PANGEA,
    tz="Asia/Kabul", language="fa-AF",
    start_url="https://www.darivoa.com/",
    feeds=("https://www.darivoa.com/api/",),
    sitemaps=("https://www.darivoa.com/sitemap.xml",),
    article_url=r"^/a/(?:[^/]+/)?\d+\.html$",
    id_url="{base}/a/{id}.html",
)
