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

import redis
from scrapy import Request, Spider
from scrapy.settings import Settings

from newsscraper.addons import ClusterMode, LoopbackProfile
from newsscraper.cluster.inflight import TrackedPriorityQueue
from newsscraper.cluster.scheduler import BEAT, JOIN, LEAVE
from newsscraper.merge import merge
from newsscraper.settings import CLUSTER_SETTINGS
from newsscraper.store.redis import RedisSeenStore
from tests.support.servers import ROOT, crawl, sample_articles, serve

SITE = "sample_nastooh"
EXPORTABLE = {a["id"] for a in sample_articles()[SITE]["articles"] if a["kind"] in ("ok", "nodate")}
# Slow enough that both workers get a share of a 16-article site; no retry, so a path fetched twice
# in the server's log can only be a frontier fault.
SHARE = ["-s", "DOWNLOAD_DELAY=0.2", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=2", "-s", "RETRY_TIMES=0"]
A_HELD = 3  # the killed worker's concurrency: the article requests it has in flight when killed


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
    assert s.get("SCHEDULER_QUEUE_CLASS") == "newsscraper.cluster.TrackedPriorityQueue"  # records what is in flight
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
    """Worker A answers 3 articles, then the server holds its next article requests until A is
    SIGKILLed. B, with the default heartbeat TTL, puts A's in-flight requests back into the frontier
    once A's heartbeat expires, fetches them and finishes by itself: B's export plus the lines A had
    flushed hold every article once, with no rerun of A. A's rerun then only recovers its file."""
    log = tmp_path / "requests.log"
    client = redis_server.client()
    with serve(log, "--sites", SITE, "--hold-after", "3", "--hold-agent", "worker-a") as bases:
        base = bases[SITE]
        # A's held requests must not time out before the kill: a retry would carry A's user agent
        # into the frontier, and the server would hold B's fetch of it too.
        a = worker(tmp_path / "a", base, redis_url, "-s", f"CONCURRENT_REQUESTS_PER_DOMAIN={A_HELD}",
                   "-s", "USER_AGENT=newsscraper-test worker-a", "-s", "DOWNLOAD_TIMEOUT=600")
        b = None
        try:
            part, held = _wait_for_hold(log, tmp_path / "a" / "exports" / SITE)
            # A second worker in A's data directory is refused before it touches A's .part file.
            clash = worker(tmp_path / "a", base, redis_url, log=tmp_path / "clash.log")
            assert finish(clash) != 0
            assert "give each worker its own NEWSSCRAPER_DATA_DIR" in (tmp_path / "clash.log").read_text("utf-8")
            assert part.exists()
            b = worker(tmp_path / "b", base, redis_url)  # default settings: heartbeat TTL and all
            _wait_for(lambda: client.hlen(f"newsscraper:{SITE}:workers") >= 2, "B to join")
        finally:
            os.kill(a.pid, signal.SIGKILL)
            a.wait()
        flushed = [json.loads(line) for line in part.read_text("utf-8").splitlines()]
        assert b is not None and finish(b) == 0, (tmp_path / "b.log").read_text("utf-8")[-3000:]
        # Nothing lost, nothing twice, and no rerun needed: B's export and A's flushed lines.
        ids = [r["news_id"] for r in exported(tmp_path / "b") + flushed]
        assert sorted(ids) == sorted(EXPORTABLE), "every article exactly once across B's file and A's lines"
        # Each article was fetched once, but for those A held when it was killed: B fetched them again.
        # (Broken pages of the sample site are retried, so they are left out of this count.)
        fetched = article_fetches(log)
        assert set(held) & set(EXPORTABLE_BY_PATH), "A was killed holding articles"
        assert {p: fetched[p] for p in EXPORTABLE_BY_PATH} == {p: 1 + (p in held) for p in EXPORTABLE_BY_PATH}
        b_log = (tmp_path / "b.log").read_text("utf-8")
        assert "cluster: joined crawl" in b_log and "last worker out, frontier drained" in b_log
        assert f"put back {A_HELD} request(s) in flight at dead worker(s)" in b_log, b_log[-3000:]
        assert manifests(tmp_path / "b")[-1]["finish_reason"] == "finished"
        assert not client.keys(f"newsscraper:{SITE}:*"), client.keys("*")  # frontier, filter, in-flight gone

        before = len(log.read_text("utf-8").splitlines())
        rerun = worker(tmp_path / "a", base, redis_url, log=tmp_path / "rerun.log")  # A's slot, restarted
        assert finish(rerun) == 0, (tmp_path / "rerun.log").read_text("utf-8")[-3000:]
        exported_paths = {"/" + r["url"].split("/", 3)[3] for r in exported(tmp_path / "b") + flushed}
        assert not set(article_fetches(log, before)) & exported_paths, "the rerun fetched an exported article again"
    assert not part.exists() and not list((tmp_path / "a").rglob("*.part"))
    assert sorted(m["finish_reason"] for m in manifests(tmp_path / "a")) == ["finished", "killed"]
    assert [json.loads(x)["news_id"] for x in _killed_lines(tmp_path / "a")] == [r["news_id"] for r in flushed]
    summary = merge([tmp_path / "a" / "exports" / SITE, tmp_path / "b" / "exports" / SITE], tmp_path / "merged")
    assert summary["sites"][SITE]["records_out"] == len(EXPORTABLE) and not summary["skipped_parts"]


def test_dead_workers_requests_go_back_to_the_frontier(redis_url, redis_server):
    """The registry scripts on their own: a live worker sees a peer's requests in flight; once the
    peer's heartbeat is older than the TTL, the next beat puts them back with their priorities; a
    worker leaving puts back what it still holds."""
    client = redis.Redis.from_url(redis_url)  # bytes, as scrapy-redis uses it
    spider = Spider("site")
    keys = ["w", "q", "f", "i"]
    queue = TrackedPriorityQueue(client, spider, "q", inflight_key="i")
    requests = [Request(f"http://127.0.0.1/{n}", priority=p) for n, p in (("a", 30), ("b", 20), ("c", 10))]
    for request in requests:
        queue.push(request)
    join, beat, leave = (client.register_script(script) for script in (JOIN, BEAT, LEAVE))
    info = json.dumps({"state": "busy"})
    for me in ("w1", "w2"):
        join(keys=keys, args=[me, 5, info, "0"])
    assert [queue.take("w1#1").url, queue.take("w1#2").url] == [requests[0].url, requests[1].url]
    assert len(queue) == 1 and queue.inflight() == 2
    assert beat(keys=keys, args=["w2", 5, info]) == [1, 1, 2, 0]  # w1 live and busy, 2 in flight there

    stale = json.loads(client.hget("w", "w1"))
    client.hset("w", "w1", json.dumps({**stale, "beat": stale["beat"] - 6}))  # w1 silent for longer than the TTL
    assert beat(keys=keys, args=["w2", 5, info]) == [0, 0, 0, 2]
    assert queue.inflight() == 0 and [queue.pop().url for _ in range(3)] == [r.url for r in requests]

    queue.push(requests[2])
    assert queue.take("w2#1").url == requests[2].url and len(queue) == 0
    assert leave(keys=keys, args=["w2", 5, "1"]) == b"kept"  # its request went back: kept for a resume
    assert queue.inflight() == 0 and queue.pop().url == requests[2].url


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


def _wait_for_hold(log: Path, folder: Path) -> tuple[Path, list[str]]:
    """A's article requests after its 3rd reached the server (held), and A's 3 answered articles are
    flushed. Returns A's .part file and the held paths."""
    _wait_for(lambda: sum(article_fetches(log).values()) >= 3 + A_HELD, "worker A's held requests")
    fetched = list(article_fetches(log))
    answered, held = fetched[:3], fetched[3:]
    ids = {EXPORTABLE_BY_PATH.get(p) for p in answered} - {None}

    def flushed() -> bool:
        parts = list(folder.glob("*.part")) if folder.exists() else []
        return bool(parts) and ids <= {json.loads(x)["news_id"] for x in parts[0].read_text("utf-8").splitlines()}

    _wait_for(flushed, "A's answered articles in its .part file", 30)
    return next(folder.glob("*.part")), held


EXPORTABLE_BY_PATH = {f"/news/{a['id']}/{a['slug']}": a["id"] for a in sample_articles()[SITE]["articles"]
                      if a["kind"] in ("ok", "nodate")}
