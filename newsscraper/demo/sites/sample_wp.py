"""Sample WordPress site (آینه شهر نمونه), sample-wp.example: the bundled demo site of the
WordPress + Jalali plugin family, served on loopback by ``newsscraper.demo.server``.

Template: «تاریخ: فروردین ۵, ۱۴۰۳» and «شناسه خبر», an auto-excerpt teaser (not a lead),
``article:published_time`` meta, no JSON-LD. Discovery: RSS at /feed/, the core sitemap
/wp-sitemap.xml → /wp-sitemap-posts-post-1.xml, category listings /category/<slug>/page/<n>/,
ID backfill through /archives/<id>/. Content: newsscraper/demo/sample_site/articles.json.
"""

from newsscraper.extract.profiles import WORDPRESS_JALALI
from newsscraper.site import Site

BASE = "https://sample-wp.example"

SITE = Site(
    key="sample_wp", name="آینه شهر نمونه", domains=("sample-wp.example",), profile=WORDPRESS_JALALI,
    tz="Asia/Tehran", language="fa",
    start_url=f"{BASE}/",
    feeds=(f"{BASE}/feed/",),
    sitemaps=(f"{BASE}/wp-sitemap.xml",),
    listings=(f"{BASE}/category/society/", f"{BASE}/category/economy/", f"{BASE}/category/culture/"),
    article_url=r"^/archives/\d+/?$",
    id_url="{base}/archives/{id}/",
)
