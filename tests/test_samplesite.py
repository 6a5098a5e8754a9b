"""The bundled sample sites: their content, their HTTP behaviour over loopback, and their articles
read back by the extractor.

Expected values are worked out here from newsscraper/demo/sample_site/articles.json with jdatetime and zoneinfo
(independently of newsscraper.jalali), and URL shapes are written out per family rather than taken
from newsscraper.demo, so a change to either side shows up.
"""

from __future__ import annotations

import json
import math
import re
import selectors
import socket
import subprocess
import sys
import urllib.error
import urllib.request
import urllib.robotparser
from dataclasses import asdict
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from xml.etree import ElementTree as ET
from zoneinfo import ZoneInfo

import jdatetime
import pytest
from parsel import Selector
from twisted.internet.testing import MemoryReactor

from newsscraper.demo.content import load_sites
from newsscraper.demo.families import render
from newsscraper.demo.server import start_in_reactor, start_offsite
from newsscraper.extract import extract
from newsscraper.persian import normalize_line
from newsscraper.sites import site_by_key
from newsscraper.subprocs import terminate

ROOT = Path(__file__).resolve().parent.parent
SITES: dict[str, Any] = load_sites()["sites"]
KEYS = ("sample_wp", "sample_nastooh", "sample_dari")
KINDS = {"ok", "nodate", "broken500", "empty", "private", "offsite_redirect"}
BASE = "http://127.0.0.1:8123"          # for pages rendered in-process
OFFSITE = "http://127.0.0.2:8999"

ARTICLE_PATH = {
    "sample_wp": lambda a: f"/archives/{a['id']}/",
    "sample_nastooh": lambda a: f"/news/{a['id']}/{a['slug']}",
    "sample_dari": lambda a: f"/a/{a['slug']}/{a['id']}.html",
}
ID_PATH = {"sample_wp": "/archives/{id}", "sample_nastooh": "/news/{id}", "sample_dari": "/a/{id}.html"}
LISTING = {  # (first page, page n)
    "sample_wp": ("/category/{slug}/", "/category/{slug}/page/{n}/"),
    "sample_nastooh": ("/service/{slug}", "/service/{slug}?page={n}"),
    "sample_dari": ("/z/{slug}", "/z/{slug}?p={n}"),
}
FEED = {"sample_wp": "/feed/", "sample_nastooh": "/rss", "sample_dari": "/api/rss"}
SITEMAP = {"sample_wp": "/wp-sitemap.xml", "sample_nastooh": "/sitemap.xml", "sample_dari": "/sitemap.xml"}
ZONE = {"sample_wp": "Asia/Tehran", "sample_nastooh": "Asia/Tehran", "sample_dari": "Asia/Kabul"}
LANGUAGE = {"sample_wp": "fa", "sample_nastooh": "fa", "sample_dari": "fa-AF"}
# WordPress prints a day without a time and carries article:published_time; Nastooh prints the time;
# Pangea prints a Dari day without a time and carries JSON-LD.
DATE_SOURCE = {"sample_wp": "meta", "sample_nastooh": "page", "sample_dari": "jsonld"}
FA_MONTHS = "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند".split()
DARI_MONTHS = "حمل ثور جوزا سرطان اسد سنبله میزان عقرب قوس جدی دلو حوت".split()
RSS_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "news": "http://www.google.com/schemas/sitemap-news/0.9"}


def articles(key: str, *kinds: str) -> list[dict[str, Any]]:
    return [a for a in SITES[key]["articles"] if not kinds or a["kind"] in kinds]


def path_of(key: str, a: dict[str, Any]) -> str:
    return ("/private" if a["kind"] == "private" else "") + ARTICLE_PATH[key](a)


def local_time(key: str, a: dict[str, Any]) -> datetime:
    day, clock = a["jalali"].split("T")
    y, m, d = (int(x) for x in day.split("-"))
    hh, mm = (int(x) for x in clock.split(":"))
    return jdatetime.datetime(y, m, d, hh, mm).togregorian().replace(tzinfo=ZoneInfo(ZONE[key]))


def newest_first(arts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(arts, key=lambda a: a["jalali"], reverse=True)


def hidden(a: dict[str, Any]) -> bool:
    return not a["in_feed"] and not a["in_sitemap"]


# ---------------------------------------------------------------- the content itself

@pytest.mark.parametrize("key", KEYS)
def test_content_shape(key):
    arts = articles(key)
    assert len(arts) >= 15
    kinds = [a["kind"] for a in arts]
    assert set(kinds) <= KINDS
    assert all(kinds.count(k) <= 1 for k in KINDS - {"ok"})
    assert kinds.count("ok") > len(arts) / 2
    assert len({a["id"] for a in arts}) == len(arts)
    assert len([a for a in arts if hidden(a) and a["kind"] == "ok"]) == 2
    assert len([a for a in arts if a["offsite_link"] and a["kind"] == "ok"]) == 1
    sections = {s["slug"] for s in SITES[key]["sections"]}
    for a in arts:
        assert a["id"].isascii() and a["id"].isdigit()
        assert re.fullmatch(r"[a-z0-9-]+", a["slug"]) and a["section"] in sections
        assert "1403-01-01T00:00" <= a["jalali"] <= "1403-01-25T23:59"


@pytest.mark.parametrize("key", KEYS)
def test_text_is_stored_normalised(key):
    for a in articles(key):
        texts = [a["headline"], a["surtitle"], a["lead"], a["author"], a["marker"], *a["paragraphs"], *a["tags"]]
        for text in filter(None, texts):
            assert normalize_line(text) == text, (a["id"], text)
        if a["kind"] == "empty":
            assert a["paragraphs"] == []
        else:
            assert 3 <= len(a["paragraphs"]) <= 6
            assert len(" ".join(a["paragraphs"]).split()) >= 40


@pytest.mark.parametrize("key", KEYS)
def test_site_module_matches_the_content(key):
    site = site_by_key(key)
    assert site is not None and site.key.startswith("sample_")
    assert site.tz == ZONE[key] and site.language == LANGUAGE[key]
    host = site.domains[0]
    assert site.start_url == f"https://{host}/"
    assert site.feeds == (f"https://{host}{FEED[key]}",)
    assert site.sitemaps == (f"https://{host}{SITEMAP[key]}",)
    first = LISTING[key][0]
    assert site.listings == tuple(f"https://{host}" + first.format(slug=s["slug"]) for s in SITES[key]["sections"])
    for a in articles(key):
        assert re.search(site.article_url, ARTICLE_PATH[key](a))
    assert site.id_url.format(base="", id="1") in (ID_PATH[key].format(id="1"), ID_PATH[key].format(id="1") + "/")


# ---------------------------------------------------------------- extraction, without a server

def _extraction_cases() -> list[Any]:
    return [pytest.param(key, a, id=f"{key}-{a['id']}-{a['kind']}")
            for key in KEYS for a in articles(key, "ok", "nodate")]


def expected_dates(key: str, a: dict[str, Any]) -> dict[str, str | None]:
    if a["kind"] == "nodate":
        return dict.fromkeys(("published_at", "published_date", "published_jalali", "published_raw",
                              "published_source", "modified_at"))
    local = local_time(key, a)
    y, m, d = (int(x) for x in a["jalali"][:10].split("-"))
    raw = {
        "sample_wp": f"{FA_MONTHS[m - 1]} {d}, {y}",
        "sample_nastooh": f"{d} {FA_MONTHS[m - 1]} {y} - {a['jalali'][11:]}",
        "sample_dari": f"{DARI_MONTHS[m - 1]} {d:02d}, {y}",
    }[key].translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    at = local.isoformat(timespec="seconds")
    return {"published_at": at, "published_date": local.date().isoformat(), "published_jalali": a["jalali"],
            "published_raw": raw, "published_source": DATE_SOURCE[key],
            "modified_at": None if key == "sample_wp" else at}


@pytest.mark.parametrize(("key", "a"), _extraction_cases())
def test_extractor_reads_every_article(key, a):
    path = path_of(key, a)
    status, _, body = render(key, path, BASE, OFFSITE)
    assert status == 200
    result = extract(body, BASE + path, site=site_by_key(key))
    assert result.record is not None, result.refusal
    rec = asdict(result.record)
    assert rec["site"] == key and rec["url"] == rec["canonical_url"] == BASE + path
    assert rec["news_id"] == a["id"]
    assert rec["headline"] == a["headline"] and rec["surtitle"] == a["surtitle"] and rec["lead"] == a["lead"]
    assert rec["body"] == "\n\n".join(a["paragraphs"])
    assert {k: rec[k] for k in expected_dates(key, a)} == expected_dates(key, a)
    assert rec["footer_marker"] == a["marker"]
    assert rec["editor_code"] == (a["marker"].partition("/")[2] or None if a["marker"] else None)
    assert rec["source_attribution"] == a["attribution"]
    # The Pangea family prints its tags only in the keywords meta, the site's search words: no tags
    # on the page, none in the record.
    assert rec["tags"] == ([] if key == "sample_dari" else a["tags"])
    assert rec["section"] == dict((s["slug"], s["name"]) for s in SITES[key]["sections"])[a["section"]]
    assert rec["authors"] == ([a["author"]] if a["author"] else [])
    assert rec["language"] == LANGUAGE[key]


@pytest.mark.parametrize("key", KEYS)
def test_empty_article_is_refused(key):
    (a,) = articles(key, "empty")
    status, _, body = render(key, path_of(key, a), BASE, OFFSITE)
    assert status == 200 and a["headline"].encode() in body
    assert extract(body, BASE + path_of(key, a), site=site_by_key(key)).record is None


@pytest.mark.parametrize("key", KEYS)
def test_home_and_first_listing_pages_are_refused(key):
    paths = ["/"] + [LISTING[key][0].format(slug=s["slug"]) for s in SITES[key]["sections"]]
    for path in paths:
        assert extract(render(key, path, BASE)[2], BASE + path, site=site_by_key(key)).record is None, path


@pytest.mark.parametrize("key", KEYS)
def test_short_last_listing_page_is_refused(key):
    slug = max(SITES[key]["sections"], key=lambda s: len(articles_in(key, s["slug"])))["slug"]
    path = LISTING[key][1].format(slug=slug, n=2)
    assert extract(render(key, path, BASE)[2], BASE + path, site=site_by_key(key)).record is None


def articles_in(key: str, slug: str) -> list[dict[str, Any]]:
    return newest_first([a for a in articles(key) if a["section"] == slug])


def test_unknown_site_or_path_renders_nothing():
    assert render("sample_nope", "/", BASE) is None
    assert render("sample_wp", "/no/such/page", BASE) is None


# ---------------------------------------------------------------- the servers (real HTTP over loopback)

class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None  # tests look at 3xx answers themselves; following one could leave the machine


# No proxy: an http_proxy in the environment must not see loopback requests.
OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}), _NoRedirect)


def fetch(url: str, method: str = "GET") -> tuple[int, Any, bytes]:
    try:
        with OPENER.open(urllib.request.Request(url, method=method), timeout=10) as resp:
            return resp.status, resp.headers, resp.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers, err.read()


def _start(request: pytest.FixtureRequest, *args: str) -> dict[str, str]:
    proc = subprocess.Popen([sys.executable, "-m", "newsscraper.demo.server", *args], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def stop() -> None:
        terminate(proc)

    request.addfinalizer(stop)
    with selectors.DefaultSelector() as sel:
        sel.register(proc.stdout, selectors.EVENT_READ)
        ready = sel.select(30)
    line = proc.stdout.readline() if ready else ""
    if not line:
        stop()
        pytest.fail(f"newsscraper.demo.server {' '.join(args)} printed no JSON line; stderr:\n{proc.stderr.read()}")
    return json.loads(line)


@pytest.fixture(scope="module")
def logs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("samplesite")
    return {"offsite": folder / "offsite.log", "sample": folder / "sample.log"}


@pytest.fixture(scope="module")
def offsite(request: pytest.FixtureRequest, logs: dict[str, Path]) -> str:
    try:
        with socket.socket() as s:
            s.bind(("127.0.0.2", 0))
    except OSError as exc:
        pytest.fail(f"127.0.0.2 is not bindable on this machine ({exc}); the other-domain server needs a second "
                    "loopback address (Linux routes all of 127.0.0.0/8 to lo; on macOS run "
                    "`sudo ifconfig lo0 alias 127.0.0.2`)")
    return _start(request, "--sites", "none", "--host", "127.0.0.2", "--log", str(logs["offsite"]))["offsite"]


@pytest.fixture(scope="module")
def bases(request: pytest.FixtureRequest, offsite: str, logs: dict[str, Path]) -> dict[str, str]:
    return _start(request, "--offsite-base", offsite, "--log", str(logs["sample"]))


def test_server_prints_one_base_per_site(bases):
    assert sorted(bases) == sorted(KEYS)
    assert all(re.fullmatch(r"http://127\.0\.0\.1:\d+", b) for b in bases.values())
    assert len(set(bases.values())) == len(KEYS)


@pytest.mark.parametrize("key", KEYS)
def test_robots_disallows_private(bases, key):
    base = bases[key]
    status, headers, body = fetch(f"{base}/robots.txt")
    assert status == 200 and headers["Content-Type"].startswith("text/plain")
    text = body.decode()
    assert "User-agent: *" in text and "Disallow: /private/" in text
    assert f"Sitemap: {base}{SITEMAP[key]}" in text
    robots = urllib.robotparser.RobotFileParser()
    robots.parse(text.splitlines())
    (private,) = articles(key, "private")
    assert not robots.can_fetch("newsscraper", base + path_of(key, private))
    assert all(robots.can_fetch("newsscraper", base + path_of(key, a)) for a in articles(key, "ok"))


@pytest.mark.parametrize("key", KEYS)
def test_feed_lists_the_latest_ten(bases, key):
    base = bases[key]
    status, headers, body = fetch(base + FEED[key])
    assert status == 200 and "xml" in headers["Content-Type"]
    channel = ET.fromstring(body).find("channel")
    items = channel.findall("item")
    expected = newest_first([a for a in articles(key) if a["in_feed"]])[:10]
    assert [i.findtext("link") for i in items] == [base + path_of(key, a) for a in expected]
    for item, a in zip(items, expected, strict=True):
        assert item.findtext("title") == a["headline"]
        pub = item.findtext("pubDate")
        if a["kind"] == "nodate":
            assert pub is None
        else:
            assert parsedate_to_datetime(pub) == local_time(key, a).astimezone(UTC)


def _sitemap_urls(base: str, path: str) -> dict[str, ET.Element]:
    status, _, body = fetch(base + path)
    assert status == 200, path
    root = ET.fromstring(body)
    if root.tag.endswith("sitemapindex"):
        found: dict[str, ET.Element] = {}
        for loc in root.findall("sm:sitemap/sm:loc", RSS_NS):
            assert loc.text.startswith(base + "/")
            found.update(_sitemap_urls(base, loc.text.removeprefix(base)))
        return found
    return {u.findtext("sm:loc", namespaces=RSS_NS): u for u in root.findall("sm:url", RSS_NS)}


@pytest.mark.parametrize("key", KEYS)
def test_sitemap_lists_every_sitemap_article(bases, key):
    base = bases[key]
    urls = _sitemap_urls(base, SITEMAP[key])
    expected = {base + path_of(key, a): a for a in articles(key) if a["in_sitemap"]}
    assert set(urls) == set(expected)
    for loc, a in expected.items():
        stamp = urls[loc].findtext("sm:lastmod", namespaces=RSS_NS) or urls[loc].findtext(
            "news:news/news:publication_date", namespaces=RSS_NS)
        want = None if a["kind"] == "nodate" else local_time(key, a).isoformat(timespec="seconds")
        assert stamp == want, loc


def _walk_listing(base: str, key: str, slug: str) -> list[list[str]]:
    """Article links of each listing page, following rel=next from the first page."""
    pages, url = [], base + LISTING[key][0].format(slug=slug)
    shapes = re.compile(r"^/(private/)?(archives/\d+/|news/\d+/[\w-]+|a/[\w-]+/\d+\.html)$")
    while url:
        status, _, body = fetch(url)
        assert status == 200, url
        sel = Selector(text=body.decode())
        main = sel.css("#main-content .content, .main-content, #content .container")[0]
        links = [h for h in main.xpath(".//a/@href").getall() if shapes.match(h.removeprefix(base))]
        pages.append(list(dict.fromkeys(links)))
        url = sel.xpath("//a[@rel='next']/@href").get()
        assert len(pages) <= 10
    return pages


@pytest.mark.parametrize("key", KEYS)
def test_listing_pagination_reaches_every_article(bases, key):
    base = bases[key]
    for section in SITES[key]["sections"]:
        arts = articles_in(key, section["slug"])
        pages = _walk_listing(base, key, section["slug"])
        assert len(pages) == math.ceil(len(arts) / 5)
        assert all(len(p) <= 5 for p in pages)
        assert [u for p in pages for u in p] == [base + path_of(key, a) for a in arts]
    # the pagination-only articles sit on a later page and nowhere in the feed, sitemap or home page
    _, _, home = fetch(base + "/")
    for a in articles(key):
        if hidden(a):
            assert (base + path_of(key, a)).encode() not in home


@pytest.mark.parametrize("key", KEYS)
def test_odd_kinds_answer_as_described(bases, offsite, key):
    base = bases[key]
    (broken,) = articles(key, "broken500")
    assert fetch(base + path_of(key, broken))[0] == 500
    (moved,) = articles(key, "offsite_redirect")
    status, headers, _ = fetch(base + path_of(key, moved))
    assert status == 302 and headers["Location"].startswith(offsite + "/")
    status, headers, _ = fetch(base + "/go/elsewhere")
    assert status == 302 and headers["Location"] == f"{offsite}/landing"
    assert fetch(base + "/no/such/page")[0] == 404
    (linker,) = [a for a in articles(key, "ok") if a["offsite_link"]]
    assert f'href="{offsite}/stolen/{linker["id"]}"'.encode() in fetch(base + path_of(key, linker))[2]
    assert b'href="' + f"{base}/go/elsewhere".encode() in fetch(base + "/")[2]


@pytest.mark.parametrize("key", KEYS)
def test_id_urls_redirect_to_the_article(bases, key):
    base = bases[key]
    a = articles(key, "ok")[0]
    status, headers, _ = fetch(base + ID_PATH[key].format(id=a["id"]))
    assert status == 301 and headers["Location"] == base + path_of(key, a)
    (private,) = articles(key, "private")
    assert fetch(base + ID_PATH[key].format(id=private["id"]))[0] == 404


def test_requests_are_logged_and_offsite_sees_only_its_own(bases, offsite, logs):
    base = bases["sample_wp"]
    assert fetch(base + "/robots.txt", "HEAD")[0] == 200
    assert "HEAD /robots.txt\n" in logs["sample"].read_text("utf-8")
    # Nothing above followed a redirect, so the other domain has had no visitor yet.
    assert logs["offsite"].read_text("utf-8") == ""
    status, _, body = fetch(f"{offsite}/anything?x=1")
    assert status == 200 and body == b"<html>elsewhere</html>"
    assert logs["offsite"].read_text("utf-8") == "GET /anything?x=1\n"


def test_start_in_reactor_listens_on_loopback_only():
    reactor = MemoryReactor()
    served = start_in_reactor(reactor, "127.0.0.1")
    assert sorted(served) == sorted(KEYS) and len(served.ports) == 3
    assert [s[3] for s in reactor.tcpServers] == ["127.0.0.1"] * 3
    assert list(start_offsite(reactor, "127.0.0.2")) == ["offsite"]
    with pytest.raises(ValueError):
        start_in_reactor(reactor, "0.0.0.0")
    with pytest.raises(ValueError):
        start_in_reactor(reactor, "127.0.0.1", sites=("isna",))
    assert urlsplit(served["sample_wp"]).hostname == "127.0.0.1"
