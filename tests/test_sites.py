"""The site registry: every module is a valid, uniquely keyed site; domains choose profiles."""

from datetime import date
from pathlib import Path

import pytest

from newsscraper.extract import extract
from newsscraper.extract.profiles import FAMILIES, GENERIC, NASTOOH, Profile
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


FIXTURES = Path(__file__).parent / "fixtures"


def has_fixture(key: str, fixtures: Path = FIXTURES) -> bool:
    """A fixture directory holding at least one page and its expected record."""
    folder = fixtures / key
    return any(folder.glob("*.html")) and any(folder.glob("*.json"))


def unbacked_sites(sites: dict[str, Site], fixtures: Path = FIXTURES) -> list[str]:
    """Sites with selectors of their own (a profile, or a dated version, that is not a family
    profile as it stands) but no fixture page: selectors written for a template nobody has seen.
    The demo's sample sites serve pages we generate, so they are exempt."""
    return sorted(key for key, site in sites.items()
                  if not key.startswith("sample_")
                  and any(p not in FAMILIES for p in (site.profile, *(v for _, v in site.versions)))
                  and not has_fixture(key, fixtures))


def test_every_site_with_its_own_selectors_has_a_fixture():
    assert unbacked_sites(all_sites()) == []


def test_every_family_profile_in_use_is_backed_by_a_fixture_of_one_of_its_sites():
    used = {site.profile.family for site in all_sites().values() if not site.key.startswith("sample_")}
    backed = {site.profile.family for site in all_sites().values() if has_fixture(site.key)}
    assert used - {"generic"} <= backed


def test_the_fixture_rule_catches_overrides_without_a_page(tmp_path):
    tweaked = Site(key="somesite", name="نمونه", domains=("s.example",),
                   profile=NASTOOH.with_overrides(headline=("h1.guess",)))
    plain_family = Site(key="family", name="نمونه", domains=("f.example",), profile=NASTOOH)
    old_version = Site(key="dated", name="نمونه", domains=("d.example",), profile=GENERIC,
                       versions=((date(2020, 1, 1), OLD),))
    sample = Site(key="sample_x", name="نمونه", domains=("x.example",), profile=OLD)
    sites = {s.key: s for s in (tweaked, plain_family, old_version, sample)}
    assert unbacked_sites(sites, tmp_path) == ["dated", "somesite"]
    (tmp_path / "somesite").mkdir()
    (tmp_path / "somesite" / "article_01.html").write_text("<html></html>")
    assert unbacked_sites(sites, tmp_path) == ["dated", "somesite"]  # a page without its record
    (tmp_path / "somesite" / "article_01.json").write_text("{}")
    assert unbacked_sites(sites, tmp_path) == ["dated"]


@pytest.mark.parametrize("key", ["tasnim", "mehr", "irna", "hamshahri", "radiofarda"])
def test_sites_without_a_page_of_ours_read_generically_and_keep_their_discovery(key):
    site = all_sites()[key]
    assert site.profile is GENERIC
    assert site.feeds and site.sitemaps and site.article_url and site.domains


def test_a_profiles_surtitle_and_lead_that_match_nothing_leave_the_generic_reading():
    """The profile names its surtitle and lead elements; on a page of another template (a redesign, a
    page the profile was not written from) no element matches and the page's own روتیتر and lead,
    named so, are read. Where the profile's element is there and prints nothing, the page has none."""
    site = Site(key="t", name="آزمون", domains=("t.example",),
                profile=Profile(family="t", surtitle=("h4.old-kicker",), lead=("div.old-lead",)))
    body = ("شورای شهر دیروز طرح ساخت پل تازه روی رودخانه را تصویب کرد و کار از هفته آینده آغاز می‌شود. "
            "خانواده‌ها از همه جای شهر به جلسه آمدند تا برنامه‌ها را بشنوند و طرح پل را ببینند.")
    page = ("<html><body><article><div class='news-rutitr'>روتیتر قالب تازه سایت</div><h1>تیتر تازه</h1>"
            f"<p>۱۰ مرداد ۱۴۰۲ - ۰۹:۰۰</p><div class='entry-content'><p>{body}</p><p>{body}</p></div>"
            "</article></body></html>")
    lead = "شهرداری می‌گوید پل تازه تا پایان سال آینده آماده می‌شود و هزینه آن از عوارض نوسازی تأمین شده است."
    page = page.replace("<p>۱۰ مرداد", f"<p class='lead'>{lead}</p><p>۱۰ مرداد")
    record = extract(page, "https://t.example/1", site=site).record
    assert (record.surtitle, record.lead) == ("روتیتر قالب تازه سایت", lead)
    empty = page.replace("<h1>", "<h4 class='old-kicker'></h4><div class='old-lead'></div><h1>")
    record = extract(empty, "https://t.example/1", site=site).record
    assert (record.surtitle, record.lead) == (None, None)
