"""Sample Pangea site (صدای دره نمونه), sample-dari.example: the bundled demo site of the Pangea
family (VOA Dari's CMS); an Afghan site (Asia/Kabul, Dari), served on loopback by
``newsscraper.demo.server``.

Template: «حمل ۰۵, ۱۴۰۳» (Dari month names, no time) in .published time plus JSON-LD NewsArticle
datePublished in UTC, body #article-content .wsw, tags only in the keywords meta (which a record does
not read as tags: the page shows none). Discovery: RSS at
/api/rss, the /sitemap.xml urlset, section listings /z/<slug>?p=<n>, ID backfill through
/a/<id>.html (redirects to the slugged URL). Content: newsscraper/demo/sample_site/articles.json.
"""

from newsscraper.extract.profiles import PANGEA
from newsscraper.site import Site

BASE = "https://sample-dari.example"

SITE = Site(
    key="sample_dari", name="صدای دره نمونه", domains=("sample-dari.example",), profile=PANGEA,
    tz="Asia/Kabul", language="fa-AF",
    start_url=f"{BASE}/",
    feeds=(f"{BASE}/api/rss",),
    sitemaps=(f"{BASE}/sitemap.xml",),
    listings=(f"{BASE}/z/2201", f"{BASE}/z/2203", f"{BASE}/z/2205"),
    article_url=r"^/a/[a-z0-9-]+/\d+\.html$",
    id_url="{base}/a/{id}.html",
)
