"""Incremental crawls over the sample site: the seen-store, refresh, revisit, gzip, and a kill.

Each crawl is a real `scrapy crawl` process against a real loopback server whose request log
shows what was fetched. The server's data file stands for the site on a given day.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta

import jsonschema

from newsscraper.schema import json_schema
from tests.support.servers import (
    ROOT,
    article_requests,
    crawl,
    late_article,
    newest_ids,
    sample_articles,
    serve,
    write_site_day,
    write_variant,
)

SITE = "sample_nastooh"
EXPORTABLE = {a["id"] for a in sample_articles()[SITE]["articles"] if a["kind"] in ("ok", "nodate")}


def _serve(tmp_path, name, data=None, *extra):
    args = ["--sites", SITE, *(["--data", str(data)] if data else []), *extra]
    return serve(tmp_path / f"{name}.log", *args)


def test_second_crawl_fetches_only_new_articles(tmp_path):
    data = tmp_path / "data"
    yesterday = write_variant(tmp_path / "yesterday.json", SITE, drop_newest=3)
    new = newest_ids(SITE, 3) & EXPORTABLE
    with _serve(tmp_path, "day1", yesterday) as bases:
        first = crawl(SITE, data, base_url=bases[SITE])
    assert first.ids == EXPORTABLE - newest_ids(SITE, 3)
    with _serve(tmp_path, "day2") as bases:
        second = crawl(SITE, data, base_url=bases[SITE])
    assert second.returncode == 0, second.log[-3000:]
    assert len(second.files) == 2
    latest = [json.loads(line) for line in second.files[-1].read_text("utf-8").splitlines()]
    assert {r["news_id"] for r in latest} == new
    fetched = article_requests(tmp_path / "day2.log", SITE)
    exported_before = {r["url"].split("/", 3)[3] for r in first.records}
    assert not any(path.lstrip("/") in exported_before for path in fetched), "an exported article was fetched again"
    # feeds, sitemaps and listings are still read
    assert any("/rss" in line or "sitemap" in line for line in (tmp_path / "day2.log").read_text("utf-8").splitlines())
    # nothing new at all: still an (empty) file and its manifest
    with _serve(tmp_path, "day3") as bases:
        third = crawl(SITE, data, base_url=bases[SITE])
    assert len(third.files) == 3 and third.files[-1].read_text("utf-8") == ""
    assert third.manifest["records"] == 0 and third.manifest["finish_reason"] == "finished"


def late_articles(before: datetime) -> list[dict]:
    """Articles the site gains after a run that started at ``before``, all dated before it: three from
    earlier that day (one only in the feed, one only in the sitemap, one only on its listing page) and
    one dated a week back but listed only now."""
    return [late_article(SITE, "2099101", before - timedelta(hours=1), in_feed=True),
            late_article(SITE, "2099102", before - timedelta(hours=2), in_sitemap=True),
            late_article(SITE, "2099103", before - timedelta(hours=3)),
            late_article(SITE, "2099104", before - timedelta(days=7))]


def requested_ids(log) -> list[str]:
    return [m[1] for p in article_requests(log, SITE) if (m := re.search(r"/news/(\d+)/", p))]


def test_incremental_run_exports_articles_dated_before_the_last_run(tmp_path):
    """The window from the last run bounds discovery only: late-listed and back-dated articles are
    requested (exactly those) and exported."""
    data = tmp_path / "data"
    started = datetime.now(UTC)
    with _serve(tmp_path, "day1", write_site_day(tmp_path / "day1.json", SITE)) as bases:
        first = crawl(SITE, data, base_url=bases[SITE], incremental="1")
    assert first.returncode == 0 and first.ids, first.log[-3000:]
    late = late_articles(started)
    with _serve(tmp_path, "day2", write_site_day(tmp_path / "day2.json", SITE, added=late)) as bases:
        second = crawl(SITE, data, base_url=bases[SITE], incremental="1")
    assert second.returncode == 0, second.log[-3000:]
    assert sorted(requested_ids(tmp_path / "day2.log")) == sorted(a["id"] for a in late)
    latest = [json.loads(line) for line in second.files[-1].read_text("utf-8").splitlines()]
    assert sorted(r["news_id"] for r in latest) == sorted(a["id"] for a in late)
    assert second.manifest["drops"] == {}


def test_generic_incremental_run_exports_what_pages_link_whatever_date_it_carries(tmp_path):
    """The generic spider finds most articles by links, which carry no date: the pages are fetched, and
    their records, dated before the last run, are exported (they were dropped as out_of_window)."""
    data = tmp_path / "data"
    started = datetime.now(UTC)
    every_kind = tuple({a["kind"] for a in sample_articles()[SITE]["articles"]})  # full sections: real listings
    never_exported = {a["id"] for a in sample_articles()[SITE]["articles"] if a["kind"] not in ("ok", "nodate")}
    with _serve(tmp_path, "day1", write_site_day(tmp_path / "day1.json", SITE, kinds=every_kind)) as bases:
        first = crawl("news", data, site="127.0.0.1", url=bases[SITE] + "/", incremental="1")
    assert first.returncode == 0 and first.ids, first.log[-3000:]
    late = late_articles(started)
    day2 = write_site_day(tmp_path / "day2.json", SITE, added=late, kinds=every_kind)
    with _serve(tmp_path, "day2", day2) as bases:
        second = crawl("news", data, site="127.0.0.1", url=bases[SITE] + "/", incremental="1")
    assert second.returncode == 0, second.log[-3000:]
    requested = requested_ids(tmp_path / "day2.log")
    # the new ones once each, and nothing else but the pages that never give a record (always retried)
    assert sorted(i for i in requested if i not in never_exported) == sorted(a["id"] for a in late)
    assert second.manifest["records"] == len(late) and second.manifest["drops"] == {}


def test_incremental_run_backfills_nothing_older_than_the_earliest_since(tmp_path):
    """A first run given since=D: later incremental runs never request what is listed before D, and
    still get every new article dated after it, however late it was listed."""
    data = tmp_path / "data"
    articles = sorted((a for a in sample_articles()[SITE]["articles"] if a["kind"] == "ok"),
                      key=lambda a: a["jalali"])
    since = articles[len(articles) // 2]["jalali"][:10]  # a Jalali day: half the site is older
    older = {a["id"] for a in articles if a["jalali"][:10] < since}
    started = datetime.now(UTC)
    with _serve(tmp_path, "day1", write_site_day(tmp_path / "day1.json", SITE)) as bases:
        first = crawl(SITE, data, base_url=bases[SITE], since=since)
    assert first.returncode == 0 and first.ids and not first.ids & older, first.log[-3000:]
    late = late_articles(started)
    with _serve(tmp_path, "day2", write_site_day(tmp_path / "day2.json", SITE, added=late)) as bases:
        second = crawl(SITE, data, base_url=bases[SITE], incremental="1")
    assert second.returncode == 0, second.log[-3000:]
    assert sorted(requested_ids(tmp_path / "day2.log")) == sorted(a["id"] for a in late)
    assert {r["news_id"] for r in second.records} - first.ids == {a["id"] for a in late}


def test_refresh_exports_again(tmp_path):
    data = tmp_path / "data"
    with _serve(tmp_path, "s") as bases:
        crawl(SITE, data, base_url=bases[SITE])
        again = crawl(SITE, data, base_url=bases[SITE], refresh="1")
    latest = [json.loads(line) for line in again.files[-1].read_text("utf-8").splitlines()]
    assert {r["news_id"] for r in latest} == EXPORTABLE


def test_revisit_exports_changed_bodies_with_a_new_revision(tmp_path):
    data = tmp_path / "data"
    changed = sorted(EXPORTABLE)[0]
    with _serve(tmp_path, "before") as bases:
        crawl(SITE, data, base_url=bases[SITE])
    edited = write_variant(tmp_path / "edited.json", SITE, change_body=(changed,))
    with _serve(tmp_path, "after", edited) as bases:
        result = crawl(SITE, data, base_url=bases[SITE], revisit_days="1")
    latest = [json.loads(line) for line in result.files[-1].read_text("utf-8").splitlines()]
    assert [r["news_id"] for r in latest] == [changed]
    assert latest[0]["revision"] == 2 and latest[0]["modified_at"]
    assert result.manifest["drops"].get("unchanged", 0) >= len(EXPORTABLE) - 1


def test_gzip_export_and_schema(tmp_path):
    with _serve(tmp_path, "gz") as bases:
        result = crawl(SITE, tmp_path / "data", "-s", "EXPORT_GZIP=1", base_url=bases[SITE])
    files = sorted((tmp_path / "data" / "exports" / SITE).glob("*.jsonl.gz"))
    assert len(files) == 1 and result.returncode == 0
    lines = gzip.decompress(files[0].read_bytes()).decode("utf-8").splitlines()
    schema = json_schema()
    for line in lines:
        record = json.loads(line)
        assert list(record) == list(schema["properties"])  # every field, in schema order
        jsonschema.validate(record, schema)
    assert {json.loads(x)["news_id"] for x in lines} == EXPORTABLE


def test_export_can_be_switched_off(tmp_path):
    with _serve(tmp_path, "off") as bases:
        result = crawl(SITE, tmp_path / "data", "-s", "NEWSSCRAPER_EXPORT=0", base_url=bases[SITE])
    assert result.returncode == 0
    assert not (tmp_path / "data" / "exports").exists() or not any((tmp_path / "data" / "exports").rglob("*.jsonl"))


def test_killed_crawl_loses_and_duplicates_nothing(tmp_path):
    """The server holds the 11th article response until the test has sent SIGKILL."""
    data = tmp_path / "data"
    log = tmp_path / "held.log"
    with serve(log, "--sites", SITE, "--hold-after", "10") as bases:
        cmd = [sys.executable, "-m", "scrapy", "crawl", SITE, "-a", f"base_url={bases[SITE]}",
               "-s", "NEWSSCRAPER_LOOPBACK=1", "-s", f"NEWSSCRAPER_DATA_DIR={data}", "-s", "CONCURRENT_REQUESTS=1"]
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                env={**os.environ, "PYTHONUNBUFFERED": "1"})
        try:
            answered = _wait_for_hold(log)
            part = _wait_for_lines(data / "exports" / SITE, answered)
        finally:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
    assert part.name.endswith(".jsonl.part")
    with _serve(tmp_path, "rerun") as bases:
        rerun = crawl(SITE, data, base_url=bases[SITE])
    assert rerun.returncode == 0, rerun.log[-3000:]
    ids = [r["news_id"] for r in rerun.records]
    assert sorted(ids) == sorted(EXPORTABLE), "every article exactly once across the two files"
    manifests = [json.loads(p.read_text("utf-8")) for p in (data / "exports" / SITE).glob("*.manifest.json")]
    assert sorted(m["finish_reason"] for m in manifests) == ["finished", "killed"]
    assert not list((data / "exports" / SITE).glob("*.part"))


def _wait_for_hold(log, timeout=60.0) -> list[str]:
    """The 10 article paths answered before the server started holding."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        paths = article_requests(log, SITE)
        if len(paths) >= 11:
            return paths[:10]
        time.sleep(0.1)
    raise AssertionError(f"the crawl never reached the held article: {article_requests(log, SITE)}")


def _wait_for_lines(folder, answered, timeout=30.0):
    """Wait until every answered exportable article is flushed to the .part file."""
    expected = {i for i in EXPORTABLE if any(f"/news/{i}/" in p or p.endswith(f"/news/{i}") for p in answered)}
    deadline = time.time() + timeout
    while time.time() < deadline:
        parts = list(folder.glob("*.part")) if folder.exists() else []
        if parts:
            got = {json.loads(line)["news_id"] for line in parts[0].read_text("utf-8").splitlines() if line}
            if got >= expected:
                return parts[0]
        time.sleep(0.1)
    raise AssertionError("answered articles were not flushed")
