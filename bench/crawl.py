"""Crawl cost: the full `news` spider against a bare link-following spider, on the generated site.

    .venv/bin/python -m bench.crawl [--pages 5000] [--concurrency 16] [--seed 1] [--cap N]

Starts bench/sitegen.py (--pages article pages) in its own process, then runs five crawls, each a
separate `scrapy` process, all with the same settings (throttling off, no delay, DEPTH_LIMIT=0,
CLOSESPIDER_PAGECOUNT=--cap, default = --pages, so every crawl fetches the same number of pages):

  bare 1x   `scrapy runspider bench/crawl.py` (BareSpider below: response.xpath('//a/@href') and
            response.follow, ITEM_PIPELINES={}, EXTENSIONS={}, ADDONS={}) at --concurrency;
  bare 2x   the bare spider at twice the concurrency;
  full      `scrapy crawl news -a url=<base>/ -s NEWSSCRAPER_LOOPBACK=1 -s NEWSSCRAPER_DATA_DIR=<tmp>
            -s DEPTH_LIMIT=0`: extraction, pipelines, seen-store and export, at --concurrency;
  bare 2x', bare 1x'  the same two again, in reverse order.

The order is symmetric in time, and each ratio compares means of pairs with the same centre, so a
machine whose speed drifts steadily during the run skews the ratios little.

CPU is user+sys from resource.getrusage(RUSAGE_CHILDREN) deltas around each crawl process (the
site server is a child too, but it is only reaped at the end); peak memory is the crawl process's
own ru_maxrss (os.wait4). Pages are the crawl's response_received_count.

Prints pages/s, CPU seconds per page and peak memory of each crawl, the full/bare CPU-per-page
ratio (aim <= 1.25), the bare 2x/1x pages/s ratio (aim <= 1.10: near 1.0 means the crawler, not
the server, is the limit) and the records the full crawl exported. Figures only; nothing is
asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import scrapy

from newsscraper.subprocs import launch_json, terminate

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve()
SITE = "127.0.0.1"
START_TIMEOUT = 300


class BareSpider(scrapy.Spider):
    """Follows every link of every page; no extraction, no items."""

    name = "bare"
    custom_settings = {"ITEM_PIPELINES": {}, "EXTENSIONS": {}, "ADDONS": {}}  # noqa: RUF012

    def __init__(self, url: str = "", stats_out: str = "", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.start_urls = [url]
        self.stats_out = stats_out

    def parse(self, response):
        for href in response.xpath("//a/@href").getall():
            yield response.follow(href, callback=self.parse)

    def closed(self, reason: str) -> None:
        if self.stats_out:
            raw = self.crawler.stats.get_stats()
            stats = {k: v for k, v in raw.items() if isinstance(v, int | float)}
            if "elapsed_time_seconds" not in stats and isinstance(raw.get("start_time"), datetime):
                stats["elapsed_time_seconds"] = (datetime.now(UTC) - raw["start_time"]).total_seconds()
            Path(self.stats_out).write_text(json.dumps({**stats, "finish_reason": reason}), encoding="utf-8")


# ------------------------------------------------------------------------------------------ bench


def start_site(pages: int, seed: int, log: Path) -> tuple[subprocess.Popen[str], dict[str, Any]]:
    cmd = [sys.executable, str(HERE.parent / "sitegen.py"), "--pages", str(pages), "--seed", str(seed)]
    return launch_json(cmd, stderr=log.open("w"), cwd=ROOT)


stop_site = terminate


def common_settings(concurrency: int, cap: int, log: Path) -> list[str]:
    settings = {
        "CONCURRENT_REQUESTS": concurrency, "CONCURRENT_REQUESTS_PER_DOMAIN": concurrency,
        "DOWNLOAD_DELAY": 0, "RANDOMIZE_DOWNLOAD_DELAY": "False", "AUTOTHROTTLE_ENABLED": "False",
        "DOWNLOAD_TIMEOUT": 10, "RETRY_TIMES": 1, "DEPTH_LIMIT": 0, "CLOSESPIDER_PAGECOUNT": cap,
        "CLOSESPIDER_TIMEOUT": 600, "LOG_LEVEL": "INFO", "LOG_FILE": str(log), "TELNETCONSOLE_ENABLED": "False",
    }
    out: list[str] = []
    for name, value in settings.items():
        out += ["-s", f"{name}={value}"]
    return out


def timed(cmd: list[str]) -> dict[str, float]:
    """Run a crawl process; wall seconds, CPU (RUSAGE_CHILDREN delta) and its own peak RSS."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    _, status, own = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"wall": wall, "cpu": cpu, "user": after.ru_utime - before.ru_utime,
            "maxrss_mb": own.ru_maxrss / 1024, "exit": proc.returncode}


def crawl_bare(base: str, concurrency: int, cap: int, tmp: Path, tag: str) -> dict[str, Any]:
    stats_file = tmp / f"bare-{tag}.json"
    cmd = [sys.executable, "-m", "scrapy", "runspider", str(HERE), "-a", f"url={base}/",
           "-a", f"stats_out={stats_file}", *common_settings(concurrency, cap, tmp / f"bare-{tag}.log")]
    result = timed(cmd)
    stats = json.loads(stats_file.read_text()) if stats_file.exists() else {}
    return {**result, "stats": stats, "log": tmp / f"bare-{tag}.log"}


def crawl_full(base: str, concurrency: int, cap: int, tmp: Path) -> dict[str, Any]:
    from newsscraper.store import SqliteSeenStore

    data = tmp / "data"
    cmd = [sys.executable, "-m", "scrapy", "crawl", "news", "-a", f"url={base}/", "-s", "NEWSSCRAPER_LOOPBACK=1",
           "-s", f"NEWSSCRAPER_DATA_DIR={data}", *common_settings(concurrency, cap, tmp / "full.log")]
    result = timed(cmd)
    store_file = data / "state" / "seen.sqlite3"
    stats: dict[str, Any] = {}
    records = None
    if store_file.exists():
        store = SqliteSeenStore(store_file)
        runs = store.runs(SITE, limit=1)
        if runs:
            stats = {**runs[0].counts, "finish_reason": runs[0].outcome}
            records = runs[0].records
        store.close()
    exported = sum(1 for f in (data / "exports" / SITE).glob("*.jsonl") for line in f.open(encoding="utf-8")
                   if line.strip()) if (data / "exports" / SITE).is_dir() else 0
    return {**result, "stats": stats, "records": records, "exported_lines": exported, "log": tmp / "full.log"}


def pages_of(run: dict[str, Any]) -> int:
    return int(run["stats"].get("response_received_count", 0))


def row(name: str, run: dict[str, Any]) -> str:
    pages = pages_of(run)
    crawl_s = run["stats"].get("elapsed_time_seconds") or run["wall"]
    return (f"{name:<10} {pages:>7} {run['wall']:>8.1f} {pages / run['wall'] if run['wall'] else 0:>9.1f} "
            f"{pages / crawl_s if crawl_s else 0:>11.1f} {run['cpu']:>8.1f} "
            f"{1000 * run['cpu'] / pages if pages else float('nan'):>10.2f} "
            f"{100 * run['cpu'] / run['wall'] if run['wall'] else 0:>6.0f} {run['maxrss_mb']:>8.0f}  "
            f"{run['stats'].get('finish_reason', '?')} (exit {run['exit']})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Full crawl vs bare link-following crawl on a generated site.")
    parser.add_argument("--pages", type=int, default=5000, help="article pages of the generated site (5000)")
    parser.add_argument("--cap", type=int, default=None, help="CLOSESPIDER_PAGECOUNT (default: --pages)")
    parser.add_argument("--concurrency", type=int, default=16, help="CONCURRENT_REQUESTS(_PER_DOMAIN) (16)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory (logs, export)")
    args = parser.parse_args(argv)
    cap = args.cap or args.pages

    tmp = Path(tempfile.mkdtemp(prefix="bench-crawl-"))
    t0 = time.perf_counter()
    site_proc, site = start_site(args.pages, args.seed, tmp / "sitegen.log")
    print(f"site: {site['base']}  {site['articles']} articles ({site['article_kb']['min']}-"
          f"{site['article_kb']['max']} KB, mean {site['article_kb']['mean']} KB), {site['pages']} URLs, "
          f"{site['html_mb']} MB, rendered in {site['render_s']} s", flush=True)
    print(f"crawls: CLOSESPIDER_PAGECOUNT={cap}, concurrency {args.concurrency} (bare 2x: "
          f"{2 * args.concurrency}), throttling off; python {sys.version.split()[0]}, {os.cpu_count()} cores",
          flush=True)
    try:
        # Symmetric in time (1x, 2x, full, 2x, 1x): the full crawl sits at the centre of both pairs,
        # and the two pairs share their centre too, so a machine whose speed drifts steadily during
        # the run (shared cores) shifts each pair's mean as much as the crawl it is compared with.
        runs = {}
        for tag, conc in (("1x", 1), ("2x", 2), ("full", 1), ("2x'", 2), ("1x'", 1)):
            if tag == "full":
                runs[tag] = crawl_full(site["base"], args.concurrency, cap, tmp)
            else:
                runs[tag] = crawl_bare(site["base"], conc * args.concurrency, cap, tmp, tag.replace("'", "-again"))
            print(f"  {'full' if tag == 'full' else 'bare ' + tag} done", flush=True)
        full = runs["full"]
    finally:
        stop_site(site_proc)

    print()
    print(f"{'crawl':<10} {'pages':>7} {'wall s':>8} {'pages/s':>9} {'pages/s*':>11} {'cpu s':>8} "
          f"{'cpu ms/pg':>10} {'cpu %':>6} {'peak MB':>8}  finish")
    named = {("full" if tag == "full" else f"bare {tag}"): run for tag, run in runs.items()}
    for name, run in named.items():
        print(row(name, run))
    print("  pages/s = pages / process wall time (start-up included); pages/s* = pages / the crawl's "
          "elapsed_time_seconds; cpu % = crawler CPU / wall time (near 100 = the crawler is CPU-bound on its core)")

    def per_page(run: dict[str, Any]) -> float:
        return run["cpu"] / pages_of(run) if pages_of(run) else float("nan")

    def speed(run: dict[str, Any]) -> float:
        return pages_of(run) / run["wall"] if run["wall"] else float("nan")

    def mean(f: Any, *tags: str) -> float:
        return sum(f(runs[t]) for t in tags) / len(tags)

    bare_cpu = mean(per_page, "1x", "1x'")
    bare_speed = mean(speed, "1x", "1x'")
    ratio = per_page(full) / bare_cpu
    speedup = mean(speed, "2x", "2x'") / bare_speed
    first, last = (1000 * per_page(runs[t]) for t in ("1x", "1x'"))
    print(f"  bare 1x first / last: {first:.2f} / {last:.2f} cpu ms per page (the difference is the "
          "machine's drift; the ratios below use the means of the pairs)")
    print()
    print(f"full / bare CPU per page:        {ratio:.2f}   (aim <= 1.25: {'met' if ratio <= 1.25 else 'NOT met'})")
    print(f"full / bare pages/s:             {speed(full) / bare_speed:.2f}")
    print(f"bare 2x / 1x concurrency pages/s: {speedup:.2f}   (aim <= 1.10: "
          f"{'met' if speedup <= 1.10 else 'NOT met'}; near 1 = the crawler, not the server, is the limit)")
    fs = full["stats"]
    print(f"full crawl: {full['records']} records exported ({full['exported_lines']} lines in the export), "
          f"{fs.get('parse/pages', 0)} pages parsed as candidates, refused: "
          f"{ {k.removeprefix('refused/'): v for k, v in fs.items() if k.startswith('refused/')} }, drops: "
          f"{ {k.removeprefix('drop/'): v for k, v in fs.items() if k.startswith('drop/')} }")
    for name, run in named.items():
        st = run["stats"]
        codes = {k.rsplit("/", 1)[1]: v for k, v in st.items() if k.startswith("downloader/response_status_count/")}
        print(f"  {name}: requests {st.get('downloader/request_count', 0)}, status {codes}, "
              f"exceptions {st.get('downloader/exception_count', 0)}, "
              f"response MB {st.get('downloader/response_bytes', 0) / 2**20:.0f}")
    print(f"total bench time {time.perf_counter() - t0:.0f} s" + (f"; files kept in {tmp}" if args.keep else ""))
    if not args.keep:
        import shutil

        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
