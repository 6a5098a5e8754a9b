"""Incremental crawls: what a second nightly run costs when 1% of the site is new.

    .venv/bin/python -m bench.nightly [--articles 2000] [--new-percent 1] [--seed 1]

Starts bench/sitegen.py with N articles and crawls it with the generic spider, as a nightly job
would, into a fresh data directory:

    scrapy crawl news -a url=<base>/ -s NEWSSCRAPER_LOOPBACK=1 -s NEWSSCRAPER_DATA_DIR=<tmp>

then restarts the site on the same port with N + K articles (K = 1% by default; same seed, so the
first N pages are byte-for-byte unchanged — checked with the server's digest — and the new ones are
linked from the home page, section pages, RSS and the sitemap) and crawls again with the same data
directory. The generic spider reads the home page, feeds and sitemaps again every run (expected);
what must not repeat is the article page requests.

Per run it prints the crawler's requests, the article page requests (counted by the server, and
the spider's own `discovery/article_requests` stat from the seen-store runs table), `seen/skipped`,
records exported and seconds. Aim: the second run's article requests == K, the number of new
articles, and exactly the new ones. Figures only; nothing is asserted. Each crawl is bounded by
CLOSESPIDER_TIMEOUT (--timeout) and CLOSESPIDER_PAGECOUNT (3 x the site's pages).
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

from newsscraper.subprocs import launch_json, terminate

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
SITE = "127.0.0.1"


def start_site(articles: int, add_new: int, seed: int, port: int, log: Path) -> tuple[subprocess.Popen[str], dict]:
    cmd = [sys.executable, str(HERE / "sitegen.py"), "--pages", str(articles), "--add-new", str(add_new),
           "--seed", str(seed), "--port", str(port)]
    return launch_json(cmd, stderr=log.open("a"), cwd=ROOT)


stop_site = terminate


def get_json(url: str) -> dict[str, Any]:
    with urllib.request.urlopen(url, timeout=30) as response:
        return json.loads(response.read())


def crawl(base: str, data: Path, log: Path, cap: int, timeout: int) -> tuple[float, int]:
    cmd = [sys.executable, "-m", "scrapy", "crawl", "news", "-a", f"url={base}/", "-s", "NEWSSCRAPER_LOOPBACK=1",
           "-s", f"NEWSSCRAPER_DATA_DIR={data}", "-s", f"LOG_FILE={log}", "-s", "LOG_LEVEL=INFO",
           "-s", f"CLOSESPIDER_TIMEOUT={timeout}", "-s", f"CLOSESPIDER_PAGECOUNT={cap}"]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL, timeout=timeout + 120, check=False,
                          env={**os.environ, "PYTHONUNBUFFERED": "1"})
    return time.perf_counter() - t0, proc.returncode


def run_once(label: str, args: argparse.Namespace, add_new: int, port: int, data: Path, tmp: Path
             ) -> dict[str, Any]:
    proc, site = start_site(args.articles, add_new, args.seed, port, tmp / "sitegen.log")
    try:
        base = site["base"]
        digest = get_json(f"{base}/__bench/digest?upto={args.articles}")["sha256"]
        seconds, code = crawl(base, data, tmp / f"{label}.log", cap=3 * site["pages"] + 100, timeout=args.timeout)
        served = get_json(f"{base}/__bench/stats?ids=1")
    finally:
        stop_site(proc)
    return {"site": site, "digest": digest, "seconds": seconds, "exit": code, "served": served}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Two incremental crawls of the generated site, 1%% new the second time.")
    parser.add_argument("--articles", type=int, default=2000, help="articles on the first run (2000)")
    parser.add_argument("--new-percent", type=float, default=1.0, help="new articles for the second run, in %% (1)")
    parser.add_argument("--add-new", type=int, default=None, metavar="K", help="new articles (overrides --new-percent)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=int, default=600, help="CLOSESPIDER_TIMEOUT per crawl, seconds (600)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory (logs, exports, state)")
    args = parser.parse_args(argv)
    new = args.add_new if args.add_new is not None else max(1, round(args.articles * args.new_percent / 100))
    from newsscraper.store import SqliteSeenStore

    tmp = Path(tempfile.mkdtemp(prefix="bench-nightly-"))
    data = tmp / "data"
    t0 = time.perf_counter()
    first = run_once("run1", args, 0, 0, data, tmp)
    port = int(first["site"]["base"].rsplit(":", 1)[1])
    second = run_once("run2", args, new, port, data, tmp)

    store = SqliteSeenStore(data / "state" / "seen.sqlite3")
    runs = sorted(store.runs(SITE, limit=10), key=lambda r: r.started)
    seen_total = len(store.seen_urls(SITE))
    store.close()

    s1, s2 = first["site"], second["site"]
    print(f"site: {s1['base']}, run 1: {s1['articles']} articles ({s1['pages']} URLs); run 2: {s2['articles']} "
          f"articles = {args.articles} + {new} new (ids {s2['first_new_id']}..{s2['last_id']}); seed {args.seed}")
    print(f"first {args.articles} article pages identical on both servers (sha256): "
          f"{first['digest'] == second['digest']}")
    print()
    header = (f"{'run':<6} {'requests':>9} {'served':>7} {'article req':>12} {'distinct':>9} "
              f"{'stat art.req':>13} {'seen/skip':>10} {'records':>8} {'seconds':>8}  finish")
    print(header)
    for i, (label, r) in enumerate((("run 1", first), ("run 2", second))):
        run = runs[i] if i < len(runs) else None
        c = run.counts if run else {}
        served = r["served"]
        stat = c.get("discovery/article_requests")
        print(f"{label:<6} {c.get('downloader/request_count', '?'):>9} {served.get('requests', 0):>7} "
              f"{served.get('article', 0):>12} {served.get('distinct_articles', 0):>9} "
              f"{'n/a' if stat is None else stat:>13} {c.get('seen/skipped', 0):>10} "
              f"{run.records if run else '?':>8} {r['seconds']:>8.1f}  "
              f"{run.outcome if run else '?'} (exit {r['exit']})")
    print("  requests = the crawler's downloader/request_count; served / article req / distinct = what the "
          "server answered (all, article pages, distinct article pages); stat art.req = the spider's "
          "discovery/article_requests stat (n/a: not recorded)")
    for label, r in (("run 1", first), ("run 2", second)):
        kinds = {k: v for k, v in r["served"].items() if k not in ("requests", "distinct_articles", "article_ids")}
        print(f"  {label} served by kind: {kinds}")
    print()
    requested = second["served"].get("article_ids", [])
    new_ids = list(range(s2["first_new_id"], s2["last_id"] + 1))
    article_requests = second["served"].get("article", 0)
    print(f"run 2 article requests: {article_requests}; new articles: {new}; equal: {article_requests == new}")
    print(f"run 2 requested exactly the new articles: {requested == new_ids} "
          f"(requested old: {len([i for i in requested if i < s2['first_new_id']])}, new missed: "
          f"{len(set(new_ids) - set(requested))})")
    print(f"run 1 article requests == articles: {first['served'].get('article', 0) == s1['articles']}; "
          f"records run 1 + run 2 = {sum(r.records for r in runs[:2])}, seen-store URLs {seen_total}")
    print(f"run 2 / run 1 seconds: {second['seconds'] / first['seconds']:.3f}; "
          f"total bench time {time.perf_counter() - t0:.0f} s" + (f"; files kept in {tmp}" if args.keep else ""))
    if not args.keep:
        import shutil

        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
