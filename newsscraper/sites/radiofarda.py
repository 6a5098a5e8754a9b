"""Radio Farda (رادیو فردا), radiofarda.com, said to run the Pangea CMS (as VOA Dari; Iranian
calendar and Asia/Tehran).

No page of the site is in our fixtures, so it has no selectors of its own: the generic reading
(GENERIC profile) reads its pages. Discovery: RSS, sitemap, /a/<id>.html article URLs.
"""

from newsscraper.extract.profiles import GENERIC
from newsscraper.site import Site

SITE = Site(
    key="radiofarda", name="رادیو فردا", domains=("radiofarda.com",), profile=GENERIC,
    start_url="https://www.radiofarda.com/",
    feeds=("https://www.radiofarda.com/api/",),
    sitemaps=("https://www.radiofarda.com/sitemap.xml",),
    article_url=r"^/a/(?:[^/]+/)?\d+\.html$",
    id_url="{base}/a/{id}.html",
)
