"""Cluster mode: `scrapy crawl` processes sharing one frontier and one request filter on a real Redis.

Each worker has its own NEWSSCRAPER_DATA_DIR, as docs/scaling.md asks: a starting crawl recovers
every `.part` file of its site's export folder as a killed run's, so two live workers must not
share a folder (the test checks that the second one is refused). The seen-store is shared on Redis
(cluster mode's default), so a worker's rerun knows what the others exported.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from scrapy.settings import Settings

from newsscraper.addons import ClusterMode, LoopbackProfile
from newsscraper.merge import merge
from newsscraper.settings import CLUSTER_SETTINGS
from newsscraper.store.redis import RedisSeenStore
from tests.servers import ROOT, crawl, sample_articles, serve

SITE = "sample_nastooh"
EXPORTABLE = {a["id"] for a in sample_articles()[SITE]["articles"] if a["kind"] in ("ok", "nodate")}
# Slow enough that both workers get a share of a 16-article site; no retry, so a path fetched twice
# in the server's log can only be a frontier fault.
SHARE = ["-s", "DOWNLOAD_DELAY=0.2", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=2", "-s", "RETRY_TIMES=0"]


def worker(data: Path, base_url: str, redis_url: str, *args: str, log: Path | None = None) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "scrapy", "crawl", SITE, "-a", f"base_url={base_url}",
           "-s", f"NEWSSCRAPER_REDIS_URL={redis_url}", "-s", "NEWSSCRAPER_LOOPBACK=1",
           "-s", f"NEWSSCRAPER_DATA_DIR={data}", "-s", "LOG_LEVEL=INFO", *args]
    out = (log or data.with_suffix(".log")).open("w")
    env = {k: v for k, v in os.environ.items() if k != "NEWSSCRAPER_SEEN_STORE"}
    return subprocess.Popen(cmd, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, env={**env, "PYTHONUNBUFFERED": "1"})


def finish(proc: subprocess.Popen, timeout: float = 120) -> int:
    try:
        return proc.wait(timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
        raise


def exported(data: Path) -> list[dict]:
    folder = data / "exports" / SITE
    return [json.loads(line) for f in sorted(folder.glob("*.jsonl")) for line in f.read_text("utf-8").splitlines()]


def manifests(data: Path) -> list[dict]:
    return [json.loads(p.read_text("utf-8")) for p in sorted((data / "exports" / SITE).glob("*.manifest.json"))]


def comparable(records: list[dict]) -> list[str]:
    return sorted(json.dumps({k: v for k, v in r.items() if k != "crawled_at"}, ensure_ascii=False, sort_keys=True)
                  for r in records)


def article_fetches(log: Path, skip: int = 0, stop: int | None = None) -> Counter[str]:
    """Article paths requested from the sample server, with their counts (lines skip:stop of its log)."""
    pattern = re.compile(r"^/news/\d+/[a-z0-9-]+$")
    lines = log.read_text("utf-8").splitlines()[skip:stop]
    return Counter(path for _, _, path in (line.partition(" ") for line in lines) if pattern.search(path))


def test_add_on_switches_cluster_mode_on_with_one_setting():
    plain = Settings({"CONCURRENT_REQUESTS": 16, "CONCURRENT_REQUESTS_PER_DOMAIN": 2})
    ClusterMode().update_settings(plain)
    assert plain.get("SCHEDULER") == "scrapy.core.scheduler.Scheduler" and plain.get("REDIS_URL") is None

    url = "redis://127.0.0.1:6379/0"
    s = Settings({"CONCURRENT_REQUESTS": 16, "CONCURRENT_REQUESTS_PER_DOMAIN": 2, "NEWSSCRAPER_LOOPBACK": True})
    s.set("NEWSSCRAPER_REDIS_URL", url, priority="cmdline")
    s.set("SCHEDULER_QUEUE_KEY", "mine:%(spider)s:q", priority="cmdline")
    LoopbackProfile().update_settings(s)
    ClusterMode().update_settings(s)
    assert s.get("SCHEDULER") == "newsscraper.cluster.ClusterScheduler"
    assert s.get("DUPEFILTER_CLASS") == "scrapy_redis.dupefilter.RFPDupeFilter"
    assert s.get("REDIS_URL") == url and s.getbool("SCHEDULER_PERSIST")
    assert s.get("SCHEDULER_DUPEFILTER_KEY") == CLUSTER_SETTINGS["SCHEDULER_DUPEFILTER_KEY"]
    assert s.get("SCHEDULER_QUEUE_KEY") == "mine:%(spider)s:q"  # -s still wins
    assert s.get("NEWSSCRAPER_SEEN_STORE") == url  # the seen-store is shared too
    assert s.getint("CONCURRENT_REQUESTS") == s.getint("CONCURRENT_REQUESTS_PER_DOMAIN") == 16

    own = Settings({"NEWSSCRAPER_REDIS_URL": url, "NEWSSCRAPER_SEEN_STORE": "/srv/seen.sqlite3"})
    ClusterMode().update_settings(own)
    assert own.get("NEWSSCRAPER_SEEN_STORE") == "/srv/seen.sqlite3"


def test_two_workers_share_one_frontier(tmp_path, redis_url, redis_server):
    log = tmp_path / "requests.log"
    with serve(log, "--sites", SITE) as bases:
        base = bases[SITE]
        single = crawl(SITE, tmp_path / "single", "-s", "RETRY_TIMES=0", base_url=base)
        assert single.returncode == 0, single.log[-3000:]
        before = len(log.read_text("utf-8").splitlines())

        procs = [worker(tmp_path / name, base, redis_url, *SHARE) for name in ("w1", "w2")]
        codes = [finish(p) for p in procs]
        logs = [(tmp_path / f"{name}.log").read_text("utf-8") for name in ("w1", "w2")]
        assert codes == [0, 0], logs[0][-3000:] + logs[1][-3000:]
        for text in logs:  # scrapy-redis 0.9.1 on Scrapy 2.19, through ClusterScheduler: no warnings
            assert "DeprecationWarning" not in text and "Traceback" not in text, text[-3000:]

        fetched = article_fetches(log, before)
        assert fetched and max(fetched.values()) == 1, [p for p, n in fetched.items() if n > 1]
        assert set(fetched) == set(article_fetches(log, 0, before)), "the single crawl's articles, no other"

        w1, w2 = exported(tmp_path / "w1"), exported(tmp_path / "w2")
        assert w1 and w2, "both workers took a share of the frontier"
        assert comparable(w1 + w2) == comparable(single.records)
        assert {r["news_id"] for r in w1 + w2} == EXPORTABLE
        assert [m["finish_reason"] for m in manifests(tmp_path / "w1") + manifests(tmp_path / "w2")] == [
            "finished", "finished"]
        assert sum("last worker out, frontier drained" in text for text in logs) == 1

        # The crawl is over: its frontier, filter and worker list are gone, the seen-store stays.
        client = redis_server.client()
        assert not client.keys(f"newsscraper:{SITE}:*"), client.keys("*")
        assert len(RedisSeenStore(redis_url).seen_urls(SITE)) == len(EXPORTABLE)

        # merge gives one file per day equal to the single-process export.
        summary = merge([tmp_path / "w1" / "exports" / SITE, tmp_path / "w2" / "exports" / SITE], tmp_path / "merged")
        assert summary["sites"][SITE]["records_out"] == len(EXPORTABLE)
        merged = [json.loads(line) for f in (tmp_path / "merged" / SITE).glob("*.jsonl")
                  for line in f.read_text("utf-8").splitlines()]
        assert comparable(merged) == comparable(single.records)

        # The next cluster crawl is a new generation: it reads the feeds again (a filter kept from
        # the last crawl would drop them) and fetches no exported article again.
        before = len(log.read_text("utf-8").splitlines())
        again = worker(tmp_path / "w1", base, redis_url, log=tmp_path / "again.log")
        assert finish(again) == 0
        lines = log.read_text("utf-8").splitlines()[before:]
        assert any(" /rss" in line for line in lines), lines
        fetched_again = article_fetches(log, before)
        exported_paths = {"/" + r["url"].split("/", 3)[3] for r in w1 + w2}
        assert not set(fetched_again) & exported_paths
        assert manifests(tmp_path / "w1")[-1]["records"] == 0
        assert "cluster: new crawl" in (tmp_path / "again.log").read_text("utf-8")


def test_killed_worker_loses_and_duplicates_nothing(tmp_path, redis_url, redis_server):
    """Worker A's 4th article is held by the server until A is SIGKILLed; B finishes the crawl; A's
    rerun recovers its .part file and fetches what A had taken off the frontier."""
    log = tmp_path / "requests.log"
    client = redis_server.client()
    peers = ["-s", "NEWSSCRAPER_CLUSTER_PEER_TIMEOUT=3", "-s", "RETRY_TIMES=0"]
    with serve(log, "--sites", SITE, "--hold-after", "3", "--hold-agent", "worker-a") as bases:
        base = bases[SITE]
        a = worker(tmp_path / "a", base, redis_url, *peers, "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1",
                   "-s", "USER_AGENT=newsscraper-test worker-a")
        b = None
        try:
            part = _wait_for_hold(log, tmp_path / "a" / "exports" / SITE)
            # A second worker in A's data directory is refused before it touches A's .part file.
            clash = worker(tmp_path / "a", base, redis_url, *peers, log=tmp_path / "clash.log")
            assert finish(clash) != 0
            assert "give each worker its own NEWSSCRAPER_DATA_DIR" in (tmp_path / "clash.log").read_text("utf-8")
            assert part.exists()
            b = worker(tmp_path / "b", base, redis_url, *peers)
            _wait_for(lambda: client.hlen(f"newsscraper:{SITE}:workers") >= 2, "B to join")
        finally:
            os.kill(a.pid, signal.SIGKILL)
            a.wait()
        assert b is not None and finish(b) == 0, (tmp_path / "b.log").read_text("utf-8")[-3000:]
        b_log = (tmp_path / "b.log").read_text("utf-8")
        assert "cluster: joined crawl" in b_log and "last worker out, frontier drained" in b_log
        assert manifests(tmp_path / "b")[-1]["finish_reason"] == "finished"
        fetched = article_fetches(log)
        assert max(fetched.values()) == 1, [p for p, n in fetched.items() if n > 1]
        assert part.exists(), "A's .part waits for A's rerun"

        before = len(log.read_text("utf-8").splitlines())
        rerun = worker(tmp_path / "a", base, redis_url, *peers, log=tmp_path / "rerun.log")  # A's slot, restarted
        assert finish(rerun) == 0, (tmp_path / "rerun.log").read_text("utf-8")[-3000:]
    assert not part.exists() and not list((tmp_path / "a").rglob("*.part"))
    assert sorted(m["finish_reason"] for m in manifests(tmp_path / "a")) == ["finished", "killed"]
    ids = [r["news_id"] for r in exported(tmp_path / "a") + exported(tmp_path / "b")]
    assert sorted(ids) == sorted(EXPORTABLE), "every article exactly once across the workers' files"
    refetched = set(article_fetches(log, before))
    before_rerun = {"/" + r["url"].split("/", 3)[3] for r in exported(tmp_path / "b")}
    before_rerun |= {"/" + json.loads(x)["url"].split("/", 3)[3] for x in _killed_lines(tmp_path / "a")}
    assert not refetched & before_rerun, "the rerun fetched an exported article again"
    summary = merge([tmp_path / "a" / "exports" / SITE, tmp_path / "b" / "exports" / SITE], tmp_path / "merged")
    assert summary["sites"][SITE]["records_out"] == len(EXPORTABLE) and not summary["skipped_parts"]


def _killed_lines(data: Path) -> list[str]:
    for m in (data / "exports" / SITE).glob("*.manifest.json"):
        if json.loads(m.read_text("utf-8"))["finish_reason"] == "killed":
            return m.with_name(m.name.removesuffix(".manifest.json")).read_text("utf-8").splitlines()
    return []


def _wait_for(check, what: str, timeout: float = 60.0) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        if check():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def _wait_for_hold(log: Path, folder: Path) -> Path:
    """A's 4th article request reached the server (held), and A's 3 answered articles are flushed."""
    _wait_for(lambda: sum(article_fetches(log).values()) >= 4, "worker A's held request")
    answered = list(article_fetches(log))[:3]
    ids = {EXPORTABLE_BY_PATH.get(p) for p in answered} - {None}

    def flushed() -> bool:
        parts = list(folder.glob("*.part")) if folder.exists() else []
        return bool(parts) and ids <= {json.loads(x)["news_id"] for x in parts[0].read_text("utf-8").splitlines()}

    _wait_for(flushed, "A's answered articles in its .part file", 30)
    return next(folder.glob("*.part"))


EXPORTABLE_BY_PATH = {f"/news/{a['id']}/{a['slug']}": a["id"] for a in sample_articles()[SITE]["articles"]
                      if a["kind"] in ("ok", "nodate")}
