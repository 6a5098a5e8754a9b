"""Discovery parsing: feeds, sitemaps (safely), robots.txt, listings, URL canonical form."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

from lxml import html as lxml_html

from newsscraper import discovery

TEHRAN = ZoneInfo("Asia/Tehran")

RSS = b"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>
<item><title>a</title><link>https://x.ir/news/1/a</link><pubDate>Mon, 16 Oct 2017 07:00:00 GMT</pubDate></item>
<item><title>b</title><link>/news/2/b</link></item></channel></rss>"""
ATOM = b"""<feed xmlns="http://www.w3.org/2005/Atom"><entry><link href="https://x.ir/news/3"/>
<published>2024-03-20T10:00:00+03:30</published></entry></feed>"""
NEWS_SITEMAP = b"""<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
 xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://x.ir/news/5</loc><lastmod>2024-03-01</lastmod><news:news>
<news:publication_date>2024-03-20T06:30:00Z</news:publication_date></news:news></url>
<url><loc>https://x.ir/news/6</loc><lastmod>2024-03-19</lastmod></url></urlset>"""
INDEX = b"""<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://x.ir/sitemap/1403-01.xml</loc><lastmod>2024-04-19</lastmod></sitemap></sitemapindex>"""
LAUGHS = b"""<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">
<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY ext SYSTEM "file:///etc/passwd">]>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://x.ir/news/7?&lol3;&ext;</loc></url></urlset>"""


def test_rss_items_with_dates_and_relative_links():
    entries = discovery.parse_feed(RSS, "https://x.ir/rss", TEHRAN)
    assert [e.url for e in entries] == ["https://x.ir/news/1/a", "https://x.ir/news/2/b"]
    assert entries[0].published == datetime(2017, 10, 16, 10, 30, tzinfo=TEHRAN)
    assert entries[1].published is None


def test_atom_entries():
    (entry,) = discovery.parse_feed(ATOM, None, TEHRAN)
    assert entry.url == "https://x.ir/news/3"
    assert entry.published.isoformat() == "2024-03-20T10:00:00+03:30"


def test_news_sitemap_prefers_publication_date():
    sm = discovery.parse_sitemap(NEWS_SITEMAP, TEHRAN)
    assert not sm.is_index
    assert sm.entries[0].published.isoformat() == "2024-03-20T10:00:00+03:30"
    assert sm.entries[1].published == date(2024, 3, 19)


def test_sitemap_index():
    sm = discovery.parse_sitemap(INDEX, TEHRAN)
    assert sm.is_index and sm.entries[0].url == "https://x.ir/sitemap/1403-01.xml"


def test_entities_are_never_expanded_or_fetched():
    sm = discovery.parse_sitemap(LAUGHS, TEHRAN)
    locs = [e.url for e in sm.entries] if sm else []
    assert all("lollol" not in u and "root:" not in u for u in locs)


def test_garbage_is_no_sitemap():
    assert discovery.parse_sitemap(b"\x00\xffnot xml", TEHRAN) is None
    assert discovery.parse_feed(b"<html>", None, TEHRAN) == []


def test_robots_sitemaps():
    text = "User-agent: *\nDisallow: /private/\nSitemap: https://x.ir/sitemap.xml\nsitemap:https://x.ir/n.xml\n"
    assert discovery.robots_sitemaps(text) == ["https://x.ir/sitemap.xml", "https://x.ir/n.xml"]


def test_canonical_drops_tracking_and_fragments():
    assert discovery.canonical("HTTPS://X.IR:443/news/1?utm_source=tg&b=2&a=1#top") == "https://x.ir/news/1?a=1&b=2"


def test_rebase_maps_only_the_sites_domains():
    base = "http://127.0.0.1:8123"
    assert discovery.rebase("https://www.isna.ir/news/1?x=1", ("isna.ir",), base) == "http://127.0.0.1:8123/news/1?x=1"
    assert discovery.rebase("https://other.ir/news/1", ("isna.ir",), base) == "https://other.ir/news/1"


def test_same_origin_counts_the_port():
    assert discovery.same_origin("http://127.0.0.1:80/a", "http://127.0.0.1:80")
    assert not discovery.same_origin("http://127.0.0.1:81/a", "http://127.0.0.1:80")


def test_window_keeps_unknown_and_whole_days():
    since = datetime(2024, 3, 20, tzinfo=TEHRAN)
    until = datetime(2024, 3, 21, 23, 59, 59, tzinfo=TEHRAN)
    assert discovery.in_window(None, since, until, TEHRAN)
    assert discovery.in_window(date(2024, 3, 20), since, until, TEHRAN)
    assert not discovery.in_window(date(2024, 3, 19), since, until, TEHRAN)
    assert not discovery.in_window(datetime(2024, 3, 22, 0, 0, tzinfo=TEHRAN), since, until, TEHRAN)


LISTING = """<html><body><ul>
<li><a href="/news/11/a">عنوان یک</a> <span>۵ فروردین ۱۴۰۳ - ۱۰:۳۰</span></li>
<li><a href="/news/12/b">عنوان دو</a></li>
<li><a href="/tag/x">برچسب</a></li></ul>
<div class="pagination"><a href="?page=2">صفحه بعد</a></div></body></html>"""


def test_listing_links_dates_and_next_page():
    root = lxml_html.fromstring(LISTING)
    entries = discovery.listing_links(root, "http://h/service/s", lambda u: "/news/" in u, TEHRAN)
    assert [e.url for e in entries] == ["http://h/news/11/a", "http://h/news/12/b"]
    assert entries[0].published == datetime(2024, 3, 24, 10, 30, tzinfo=TEHRAN)
    assert entries[1].published is None
    assert discovery.next_page(root, "http://h/service/s") == "http://h/service/s?page=2"


def test_url_shape_only_orders():
    assert discovery.url_priority("https://x.ir/news/123/slug") > discovery.url_priority("https://x.ir/about")
    assert discovery.skip_url("https://x.ir/tag/iran/") and discovery.skip_url("https://x.ir/page/2/")
    assert not discovery.skip_url("https://x.ir/1402/05/12/some-story/")
