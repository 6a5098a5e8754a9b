"""Sample Nastooh site (خبرآوای نمونه), sample-nastooh.example: the bundled demo site of the
Nastooh CMS family, served on loopback by ``newsscraper.demo.server``.

Template: «۵ فروردین ۱۴۰۳ - ۱۰:۳۰» in .item-date, «کد خبر», kicker and p.introtext lead, JSON-LD
NewsArticle in UTC. Discovery: RSS at /rss, /sitemap.xml index → /sitemap/news/1403-01.xml
(Google News), service listings /service/<slug>?page=<n>, ID backfill through /news/<id>
(redirects to the slugged URL). Content: newsscraper/demo/sample_site/articles.json.
"""

from newsscraper.extract.profiles import NASTOOH
from newsscraper.site import Site

BASE = "https://sample-nastooh.example"

SITE = Site(
    key="sample_nastooh", name="خبرآوای نمونه", domains=("sample-nastooh.example",), profile=NASTOOH,
    tz="Asia/Tehran", language="fa",
    start_url=f"{BASE}/",
    feeds=(f"{BASE}/rss",),
    sitemaps=(f"{BASE}/sitemap.xml",),
    listings=(f"{BASE}/service/politics", f"{BASE}/service/economy", f"{BASE}/service/society"),
    article_url=r"^/news/\d+/[a-z0-9-]+$",
    id_url="{base}/news/{id}",
)
