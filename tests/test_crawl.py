"""End-to-end crawls of the bundled sample site over loopback HTTP, through the real Scrapy engine.

The truth is newsscraper/demo/sample_site/articles.json (what the site holds), never the crawler's output.
"Another domain" is a second server on 127.0.0.2 whose request log must stay empty.
"""

from __future__ import annotations

import jdatetime
import jsonschema
import pytest

from newsscraper.schema import json_schema
from tests.support.servers import crawl, sample_articles, serve

EXPORTED_KINDS = ("ok", "nodate")


@pytest.fixture(scope="module")
def offsite(tmp_path_factory):
    log = tmp_path_factory.mktemp("offsite") / "requests.log"
    with serve(log, "--sites", "none", "--host", "127.0.0.2") as bases:
        yield bases["offsite"], log


@pytest.fixture(scope="module")
def sample(tmp_path_factory, offsite):
    log = tmp_path_factory.mktemp("sample") / "requests.log"
    with serve(log, "--sites", "all", "--offsite-base", offsite[0]) as bases:
        yield bases, log


def expected_ids(site: str, kinds=EXPORTED_KINDS, jalali_from: str | None = None,
                 jalali_to: str | None = None) -> set[str]:
    out = set()
    for art in sample_articles()[site]["articles"]:
        if art["kind"] not in kinds:
            continue
        day = (art.get("jalali") or "")[:10]
        if jalali_from and (not day or day < jalali_from):
            continue
        if jalali_to and (not day or day > jalali_to):
            continue
        out.add(art["id"])
    return out


@pytest.mark.parametrize("site", ["sample_wp", "sample_nastooh", "sample_dari"])
def test_full_crawl_exports_exactly_the_articles(site, sample, offsite, tmp_path):
    bases, log = sample
    result = crawl(site, tmp_path, base_url=bases[site])
    assert result.returncode == 0, result.log[-3000:]
    assert result.ids == expected_ids(site)
    assert len(result.records) == len(result.ids), "an article was exported twice"
    schema = json_schema()
    for record in result.records:
        jsonschema.validate(record, schema)
        assert record["site"] == site and record["crawled_at"]
    assert result.manifest["finish_reason"] == "finished"
    assert result.manifest["refused"].get("no_body", 0) + result.manifest["refused"].get("short_body", 0) >= 1
    requested = log.read_text("utf-8")
    assert "/private/" not in requested, "robots.txt disallows /private/"
    assert offsite[1].read_text("utf-8") == "" if offsite[1].exists() else True


def test_since_until_cut_by_jalali_days(sample, tmp_path):
    bases, _ = sample
    result = crawl("sample_nastooh", tmp_path, base_url=bases["sample_nastooh"],
                   since="1403-01-08", until="1403-01-15")
    assert result.returncode == 0, result.log[-3000:]
    dated = {r["news_id"] for r in result.records if r["published_date"]}
    assert dated == expected_ids("sample_nastooh", ("ok",), "1403-01-08", "1403-01-15")
    undated = {r["news_id"] for r in result.records if not r["published_date"]}
    assert undated <= expected_ids("sample_nastooh", ("nodate",))


def test_gregorian_bounds_mean_the_same_days(sample, tmp_path):
    bases, _ = sample
    since = jdatetime.date(1403, 1, 8).togregorian().isoformat()
    until = jdatetime.date(1403, 1, 15).togregorian().isoformat()
    result = crawl("sample_wp", tmp_path, base_url=bases["sample_wp"], since=since, until=until)
    dated = {r["news_id"] for r in result.records if r["published_date"]}
    assert dated == expected_ids("sample_wp", ("ok",), "1403-01-08", "1403-01-15")


def test_id_backfill(sample, tmp_path):
    bases, _ = sample
    ids = sorted(int(a["id"]) for a in sample_articles()["sample_nastooh"]["articles"] if a["kind"] == "ok")
    lo, hi = ids[2], ids[6]
    result = crawl("sample_nastooh", tmp_path, base_url=bases["sample_nastooh"], ids=f"{lo}-{hi}")
    assert result.returncode == 0, result.log[-3000:]
    exportable = sample_articles()["sample_nastooh"]["articles"]
    want = {a["id"] for a in exportable if a["kind"] in EXPORTED_KINDS and lo <= int(a["id"]) <= hi}
    assert result.ids == want


def test_max_items(sample, tmp_path):
    bases, _ = sample
    result = crawl("sample_dari", tmp_path, base_url=bases["sample_dari"], max_items="3")
    assert len(result.records) == 3
    assert result.manifest["finish_reason"] == "max_items"


def test_start_url_redirecting_off_site_is_not_followed(sample, offsite, tmp_path):
    bases, _ = sample
    result = crawl("news", tmp_path, site="127.0.0.1", url=bases["sample_wp"] + "/go/elsewhere")
    assert result.returncode == 0, result.log[-3000:]
    assert offsite[1].read_text("utf-8") == "" if offsite[1].exists() else True
    assert "offsite" in result.log.lower()


def test_generic_spider_finds_articles_by_content(sample, tmp_path):
    bases, _ = sample
    result = crawl("news", tmp_path, site="127.0.0.1", url=bases["sample_wp"] + "/")
    assert result.returncode == 0, result.log[-3000:]
    assert result.ids and result.ids <= expected_ids("sample_wp")
    assert len(result.ids) >= len(expected_ids("sample_wp", ("ok",))) - 1
