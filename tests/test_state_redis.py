"""The Redis seen-store behaves as the SQLite one: the same contract tests on both backends, the
same random sequences of operations giving the same answers, two processes writing at once, the
URL dispatch, and the incremental crawl scenarios (new articles only, refresh, revisit) and
nightly with the store on Redis. Always a real redis-server (tests/support/redisserver.py), never a mock."""

from __future__ import annotations

import json
import multiprocessing
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scrapy.settings import Settings

import tests.test_incremental as incremental  # a module attribute, so pytest does not collect its tests twice
from newsscraper.store import SqliteSeenStore, open_store, store_for, store_location
from newsscraper.store.redis import RedisSeenStore, split_url
from tests.support.servers import ARTICLES, ROOT, serve

SITE = "sample_nastooh"


@pytest.fixture(params=["sqlite", "redis"])
def store(request, tmp_path):
    if request.param == "sqlite":
        s = SqliteSeenStore(tmp_path / "seen.sqlite3")
    else:
        s = RedisSeenStore(request.getfixturevalue("redis_url"))
    yield s
    s.close()


# ---------------------------------------------------------------- the contract, on both backends


def test_backfill_floor_is_the_earliest_since_and_none_once_a_run_had_none(store):
    assert store.backfill_floor("isna") == (False, None)  # never crawled
    store.note_floor("isna", "2024-03-01T00:00:00Z")
    store.note_floor("isna", "2024-05-01T00:00:00Z")
    assert store.backfill_floor("isna") == (True, "2024-03-01T00:00:00Z")
    store.note_floor("isna", "2024-02-01T00:00:00Z")
    assert store.backfill_floor("isna") == (True, "2024-02-01T00:00:00Z")
    assert store.backfill_floor("irna") == (False, None)  # per site
    store.note_floor("isna", None)  # a full crawl: no floor from then on
    store.note_floor("isna", "2024-01-01T00:00:00Z")
    assert store.backfill_floor("isna") == (True, None)


def test_pending_then_done_on_clean_end(store):
    store.start_run("r1", "isna", "2024-01-01T00:00:00Z")
    store.add_pending("isna", "r1", "/news/1", "1", None, "h1")
    assert store.entry("isna", "/news/1").status == "pending"
    assert store.seen_urls("isna") == {"/news/1"}
    store.end_run("r1", "finished", 1, {"drop/x": 2, "fill_rates": {"lead": 0.5}})
    entry = store.entry("isna", "/news/1")
    assert entry.status == "done" and entry.run_id == "r1" and entry.revision == 1 and entry.body_hash == "h1"
    run = store.last_successful_run("isna")
    assert run.run_id == "r1" and run.records == 1 and run.counts == {"drop/x": 2, "fill_rates": {"lead": 0.5}}
    assert run.ended and run.outcome == "finished"
    assert store.run("r1") == run and store.run("nope") is None


def test_killed_run_settles_only_what_its_file_holds(store):
    store.start_run("r2", "isna", "2024-01-01T00:00:00Z")
    for i in range(3):
        store.add_pending("isna", "r2", f"u{i}", str(i), None, None)
    assert store.settle("r2", {"u0", "u1"}) == (2, 1)
    assert store.entry("isna", "u1").status == "done"
    assert store.entry("isna", "u2") is None  # forgotten: fetched again later
    assert store.duplicate_of("isna", "2", None, None) is None
    store.end_run("r2", "killed", 2, {})
    assert store.last_successful_run("isna") is None
    assert store.run("r2").outcome == "killed"


def test_duplicates_are_per_site(store):
    store.add_pending("isna", "r", "u", "77", "https://isna.ir/news/77", "hash")
    assert store.duplicate_of("isna", "77", None, None).url == "u"
    assert store.duplicate_of("isna", None, "https://isna.ir/news/77", None).url == "u"
    assert store.duplicate_of("isna", None, None, "hash").url == "u"
    assert store.duplicate_of("mehr", "77", None, "hash") is None
    assert store.duplicate_of("isna", None, None, None) is None


def test_revision_keeps_first_seen_and_moves_to_the_new_run(store):
    store.add_pending("s", "r1", "u", "1", None, "h1")
    store.end_run("r1", "finished", 1, {})
    first = store.entry("s", "u").first_seen
    store.add_pending("s", "r2", "u", "1", None, "h2", revision=2)
    entry = store.entry("s", "u")
    assert (entry.run_id, entry.status, entry.revision, entry.first_seen) == ("r2", "pending", 2, first)
    assert store.duplicate_of("s", None, None, "h1") is None  # the old body is no longer this URL's
    assert store.duplicate_of("s", None, None, "h2").url == "u"
    assert store.settle("r1") == (0, 0)  # r1's entry now belongs to r2
    assert store.settle("r2") == (1, 0)


def test_revisit_window_and_forget_site(store):
    store.add_pending("s", "r", "u", "1", None, None)
    assert store.first_seen_since("s", "2000-01-01T00:00:00Z") == {"u"}
    assert store.first_seen_since("s", "2999-01-01T00:00:00Z") == set()
    store.forget_site("s")
    assert store.seen_urls("s") == set() and store.entry("s", "u") is None
    assert store.duplicate_of("s", "1", None, None) is None


def test_runs_newest_first_and_limited(store):
    for i, day in enumerate(("01", "03", "02")):
        store.start_run(f"r{i}", "s", f"2024-01-{day}T00:00:00Z")
        store.end_run(f"r{i}", "finished" if i != 1 else "shutdown", i, {})
    assert [r.run_id for r in store.runs("s")] == ["r1", "r2", "r0"]
    assert [r.run_id for r in store.runs("s", limit=1)] == ["r1"]
    assert store.last_successful_run("s").run_id == "r2"
    assert store.runs("other") == []


def test_persian_text_survives(store):
    store.add_pending("s", "r", "/news/۱/خبر‌ها", "۱۲", "https://x/خبر", None)
    store.start_run("r", "s", "2024-01-01T00:00:00Z")
    store.end_run("r", "finished", 1, {"drop/بی‌تاریخ": 1})
    assert store.entry("s", "/news/۱/خبر‌ها").canonical_url == "https://x/خبر"
    assert store.run("r").counts == {"drop/بی‌تاریخ": 1}


# ---------------------------------------------------------------- the same answers as SQLite

SITES = st.sampled_from(["a", "b"])
URLS = st.sampled_from([f"/news/{i}" for i in range(6)])
VALUES = st.one_of(st.none(), st.sampled_from(["1", "2", "3"]))
RUNS = st.sampled_from(["r1", "r2", "r3"])
OPS = st.one_of(
    st.tuples(st.just("add"), SITES, RUNS, URLS, VALUES, VALUES, VALUES, st.integers(1, 3)),
    st.tuples(st.just("settle"), RUNS, st.one_of(st.none(), st.sets(URLS, max_size=4))),
    st.tuples(st.just("end"), RUNS, st.sampled_from(["finished", "killed", "shutdown"])),
    st.tuples(st.just("start"), RUNS, SITES, st.sampled_from(["2024-01-01T00:00:00Z", "2024-01-02T00:00:00Z"])),
    st.tuples(st.just("forget"), SITES),
)


def _apply(store, op):
    kind, *args = op
    if kind == "add":
        site, run, url, news_id, canonical, body, revision = args
        return store.add_pending(site, run, url, news_id, canonical, body, revision)
    if kind == "settle":
        return store.settle(*args)
    if kind == "end":
        return store.end_run(args[0], args[1], 1, {"n": 1}, ended="2024-01-03T00:00:00Z")
    if kind == "start":
        run, site, started = args
        return store.start_run(run, site, started)
    return store.forget_site(*args)


def _dup(store, site, column, value):
    """duplicate_of by one key: the URL found, after checking that its entry has that value."""
    found = store.duplicate_of(site, *(value if i == column else None for i in range(3)))
    if found is not None:
        assert (found.news_id, found.canonical_url, found.body_hash)[column] == value
    return found.url if found else None


def _view(store):
    out = {}
    for site in ("a", "b"):
        urls = sorted(store.seen_urls(site))
        out[site] = {
            "entries": [(e.url, e.news_id, e.canonical_url, e.body_hash, e.run_id, e.status, e.revision)
                        for e in (store.entry(site, u) for u in urls)],
            "dups": {(c, v): _dup(store, site, c, v) for c in range(3) for v in ("1", "2", "3")},
            "runs": sorted((r.run_id, r.started, r.outcome, r.records) for r in store.runs(site)),
        }
    return out


@settings(max_examples=int(os.environ.get("STATE_DIFF_EXAMPLES", 60)),
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=st.lists(OPS, max_size=25))
def test_redis_answers_as_sqlite(ops, tmp_path_factory, redis_server):
    client = redis_server.client()
    client.flushall()
    sqlite = SqliteSeenStore(tmp_path_factory.mktemp("diff") / "seen.sqlite3")
    red = RedisSeenStore(redis_server.url())
    try:
        for op in ops:
            assert _apply(sqlite, op) == _apply(red, op), op
        got, want = _view(red), _view(sqlite)
        # Where two URLs share a key, each store may answer with either: both must name a URL that
        # has the key, or both none.
        for site in want:
            for (col, value), url in want[site]["dups"].items():
                other = got[site]["dups"][(col, value)]
                assert (url is None) == (other is None), (site, col, value)
            want[site].pop("dups"), got[site].pop("dups")
        assert got == want
    finally:
        sqlite.close()
        red.close()
        client.close()


def _writer(url: str, run_id: str, n: int) -> None:
    store = RedisSeenStore(url)
    store.start_run(run_id, "s", "2024-01-01T00:00:00Z")
    for i in range(n):
        store.add_pending("s", run_id, f"http://h/news/{run_id}/{i}", f"{run_id}-{i}", None, None)
    store.end_run(run_id, "finished", n, {})


def test_two_processes_share_one_store(redis_url):
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(redis_url, f"run{k}", 200)) for k in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    store = RedisSeenStore(redis_url)
    assert len(store.seen_urls("s")) == 400
    assert {store.entry("s", u).status for u in store.seen_urls("s")} == {"done"}
    assert {r.run_id for r in store.runs("s")} == {"run0", "run1"}


# ---------------------------------------------------------------- choosing the backend by URL


def test_store_is_chosen_by_url(tmp_path, redis_url, monkeypatch):
    monkeypatch.delenv("NEWSSCRAPER_SEEN_STORE", raising=False)
    default = Settings({"NEWSSCRAPER_DATA_DIR": str(tmp_path)})
    assert store_location(default) == str(tmp_path.resolve() / "state" / "seen.sqlite3")
    assert isinstance(open_store(default), SqliteSeenStore)
    path = Settings({"NEWSSCRAPER_SEEN_STORE": str(tmp_path / "x.sqlite3")})
    assert isinstance(open_store(path), SqliteSeenStore)
    red = Settings({"NEWSSCRAPER_SEEN_STORE": redis_url + "?prefix=t1:"})
    store = store_for(red)
    assert isinstance(store, RedisSeenStore) and store.prefix == "t1:" and store_for(red) is store
    store.add_pending("s", "r", "u", None, None, None)
    assert any(k.startswith("t1:seen:") for k in store.r.keys("*"))
    monkeypatch.setenv("NEWSSCRAPER_SEEN_STORE", redis_url)  # the environment, as NEWSSCRAPER_DATA_DIR
    assert isinstance(open_store(Settings()), RedisSeenStore)


def test_split_url_keeps_connection_arguments():
    assert split_url("redis://h:1/2?prefix=p:&socket_timeout=5") == ("redis://h:1/2?socket_timeout=5", "p:")
    assert split_url("redis://h:1/2") == ("redis://h:1/2", "newsscraper:state:")


# ---------------------------------------------------------------- crawls with the store on Redis


@pytest.fixture
def on_redis(redis_url, monkeypatch):
    """Crawls of this test keep their seen-store and runs on Redis (the crawl processes inherit the
    environment); the test then checks that no SQLite store was written."""
    monkeypatch.setenv("NEWSSCRAPER_SEEN_STORE", redis_url)
    return redis_url


def _assert_state_on_redis(tmp_path, url):
    assert not list(tmp_path.rglob("seen.sqlite3")), "the SQLite store was used"
    runs = RedisSeenStore(url).runs(SITE)
    assert runs and all(r.outcome == "finished" for r in runs)


def test_second_crawl_fetches_only_new_articles_on_redis(tmp_path, on_redis):
    incremental.test_second_crawl_fetches_only_new_articles(tmp_path)
    _assert_state_on_redis(tmp_path, on_redis)
    assert len(RedisSeenStore(on_redis).runs(SITE)) == 3


def test_refresh_exports_again_on_redis(tmp_path, on_redis):
    incremental.test_refresh_exports_again(tmp_path)
    _assert_state_on_redis(tmp_path, on_redis)


def test_revisit_exports_changed_bodies_with_a_new_revision_on_redis(tmp_path, on_redis):
    incremental.test_revisit_exports_changed_bodies_with_a_new_revision(tmp_path)
    _assert_state_on_redis(tmp_path, on_redis)


def test_nightly_reads_the_redis_store(tmp_path, redis_url):
    """nightly takes -s NEWSSCRAPER_SEEN_STORE for itself too: it judges the run the crawl recorded."""
    # The site without its broken pages: an HTTP 500, or a page refused every night, fails a nightly.
    data = json.loads(ARTICLES.read_text("utf-8"))
    data["sites"][SITE]["articles"] = [a for a in data["sites"][SITE]["articles"] if a["kind"] in ("ok", "nodate")]
    (tmp_path / "site.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with serve(tmp_path / "n.log", "--sites", SITE, "--data", str(tmp_path / "site.json")) as bases:
        cmd = [sys.executable, "-m", "newsscraper.cli", "nightly", SITE, "--data-dir", str(tmp_path / "data"),
               "--base-url", f"{SITE}={bases[SITE]}", "-s", "NEWSSCRAPER_LOOPBACK=1",
               "-s", f"NEWSSCRAPER_SEEN_STORE={redis_url}", "-s", "NIGHTLY_FIRST_DAYS=36500"]
        env = {k: v for k, v in os.environ.items() if k != "NEWSSCRAPER_SEEN_STORE"}
        first = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=180, env=env)
        second = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=180, env=env)
    assert first.returncode == 0, first.stderr[-3000:]
    assert f"{SITE}: ok, {len(incremental.EXPORTABLE)} new records" in first.stdout, first.stdout + first.stderr
    assert second.returncode == 0 and f"{SITE}: ok, 0 new records" in second.stdout, second.stdout + second.stderr
    assert not (tmp_path / "data" / "state" / "seen.sqlite3").exists()
    runs = RedisSeenStore(redis_url).runs(SITE)
    assert [r.outcome for r in runs] == ["finished", "finished"]
    manifests = sorted((tmp_path / "data" / "exports" / SITE).glob("*.manifest.json"))
    assert [json.loads(Path(m).read_text("utf-8"))["run_id"] for m in manifests] == [r.run_id for r in runs][::-1]
