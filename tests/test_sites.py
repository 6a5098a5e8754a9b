"""The site registry: every module is a valid, uniquely keyed site; domains choose profiles."""

from datetime import date

import pytest

from newsscraper.extract import extract
from newsscraper.extract.profiles import GENERIC, Profile
from newsscraper.sites import Site, all_sites, site_by_key, site_for_url

SITES = sorted(all_sites())


def test_registry_has_the_families_of_the_brief():
    for key in ("isna", "khabaronline", "mehr", "irna", "hamshahri", "tasnim", "yjc", "varzesh3",
                "voadari", "radiofarda", "payammellat"):
        assert key in all_sites()


@pytest.mark.parametrize("key", SITES)
def test_site_module_is_complete(key):
    site = all_sites()[key]
    assert site.key == key and site.name and site.domains
    assert site.profile.family != "generic"
    assert site.language in ("fa", "fa-AF")
    assert site.zone.key in ("Asia/Tehran", "Asia/Kabul")


@pytest.mark.parametrize(("url", "key"), [
    ("https://www.isna.ir/news/98030903723/x", "isna"),
    ("https://isna.ir/news/1", "isna"),
    ("https://kerman.isna.ir/news/1", "isna"),          # regional subdomains share the profile
    ("https://www.yjc.news/fa/news/1", "yjc"),
    ("https://www.darivoa.com/a/1.html", "voadari"),
    ("https://www.some-unknown-site.ir/news/1", None),
    ("https://notisna.ir/", None),                      # a suffix is not a parent domain
    (None, None),
])
def test_site_for_url(url, key):
    found = site_for_url(url)
    assert (found.key if found else None) == key


def test_dari_sites_live_in_kabul():
    assert site_by_key("voadari").tz == "Asia/Kabul"
    assert site_by_key("voadari").language == "fa-AF"


OLD = Profile(family="old", headline=("h2.old-title",))
PAGE = """<html><head><meta property="article:published_time" content="{when}"></head><body>
<h1>تیتر تازه</h1><h2 class="old-title">تیتر قالب قدیمی</h2>
<div class="entry-content"><p>{body}</p></div></body></html>"""


def test_dated_profile_versions_follow_the_page_date():
    site = Site(key="t", name="آزمون", domains=("t.example",), profile=GENERIC,
                versions=((date(2020, 1, 1), OLD),))
    body = " ".join(["واژه"] * 30)
    old = extract(PAGE.format(when="2019-05-01T10:00:00Z", body=body), "https://t.example/1", site=site)
    new = extract(PAGE.format(when="2021-05-01T10:00:00Z", body=body), "https://t.example/1", site=site)
    assert old.record.headline == "تیتر قالب قدیمی"
    assert new.record.headline == "تیتر تازه"
