"""Radio Farda (رادیو فردا), radiofarda.com, on the Pangea CMS (as VOA Dari, Iranian calendar
and Asia/Tehran). Discovery: RSS, sitemap, section listings.
"""

from newsscraper.extract.profiles import PANGEA
from newsscraper.sites import Site

SITE = Site(
    key="radiofarda", name="رادیو فردا", domains=("radiofarda.com",), profile=PANGEA,
    start_url="https://www.radiofarda.com/",
    feeds=("https://www.radiofarda.com/api/",),
    sitemaps=("https://www.radiofarda.com/sitemap.xml",),
    article_url=r"^/a/(?:[^/]+/)?\d+\.html$",
    id_url="{base}/a/{id}.html",
)
