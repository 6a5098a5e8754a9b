"""`newsscraper nightly [SITE ...]`: the command a cron line or systemd timer calls.

One crawl per site (each in its own `scrapy crawl` process, logged to data/logs/<site>/), with a
discovery window from the start of the site's last successful run minus NIGHTLY_OVERLAP (default 2
days), or today minus NIGHTLY_FIRST_DAYS (default 2) for a site never run. The window is passed as
`-a window=`, never as `since`: it only decides which sitemap files and how many listing pages are
read; every entry read that the seen-store has not exported is fetched, whatever its date (a late
listed or back-dated article), down to the site's backfill floor (newsscraper.spiders.base).
A site fails when:

- its finish reason is not `finished`;
- a discovery source (feed, sitemap, first listing page) failed or parsed to zero entries;
- unseen article URLs were found but none was exported;
- exceptions plus HTTP 5xx responses exceed 5% of requests;
- a field's fill rate over the article pages parsed fell by 20 points or more against the median
  of its last 5 runs, over at least 10 pages (a template change).

Finding nothing new with healthy discovery is a success. Exit codes: 0 all sites ok, 1 some site
failed (one stderr line each, with the reason and the log path), 2 usage error, 75 locked (another
nightly holds data/state/nightly.lock; the lock is an flock, freed when its holder dies).
"""

from __future__ import annotations

import argparse
import fcntl
import os
import statistics
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from newsscraper import statkeys as keys
from newsscraper.paths import PROJECT_ROOT, data_dir, state_dir
from newsscraper.runfiles import iso, now_utc, run_stamp
from newsscraper.store import Run, open_store

if TYPE_CHECKING:
    from newsscraper.store import SeenStore as Store

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_LOCKED = 0, 1, 2, 75
ERROR_SHARE = 0.05
# More than this share of the pages read were a CDN's bot check or an access rule's page: the site
# has begun to block the crawler, and the run says so rather than pass with what got through.
BLOCKED_SHARE = 0.05
FILL_DROP = 0.20
FILL_MIN_PAGES = 10
FILL_HISTORY = 5


class Locked(Exception):
    pass


@contextmanager
def nightly_lock(path: Path) -> Iterator[IO[str]]:
    """An exclusive flock; the kernel frees it when the holder dies, so no stale lock survives."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fh = path.open("a+", encoding="utf-8")
    try:
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        fh.seek(0)
        holder = fh.read().strip() or "another process"
        fh.close()
        raise Locked(holder) from None
    fh.seek(0)
    fh.truncate()
    fh.write(f"pid {os.getpid()} since {now_utc()}\n")
    fh.flush()
    try:
        yield fh
    finally:
        fh.close()


def _settings() -> Any:
    # The same settings every child crawl runs with (their SCRAPY_SETTINGS_MODULE is ours), read the
    # one way the commands read them, without touching this process's environment.
    from newsscraper.settings import project_settings

    return project_settings()


def window_for(store: Store, site: str, overlap: timedelta, first_days: int, now: datetime) -> datetime:
    last = store.last_successful_run(site)
    if last is None:
        return now - timedelta(days=first_days)
    return datetime.fromisoformat(last.started.replace("Z", "+00:00")) - overlap


def judge(run: Run | None, history: list[Run]) -> str | None:
    """None when the run is healthy; else the reason the site failed."""
    if run is None:
        return "the crawl did not start (no run recorded)"
    if run.outcome != "finished":
        return f"finish reason {run.outcome!r}"
    c = run.counts
    if c.get(keys.DISCOVERY_FAILED):
        return f"{c[keys.DISCOVERY_FAILED]} discovery source(s) failed"
    for source in ("feed", "sitemap"):
        if c.get(keys.EMPTY_SOURCE.format(source=source)):
            return f"a {source} parsed to zero entries"
    if c.get(keys.ARTICLE_REQUESTS, 0) and not run.records and not c.get(keys.DROP_UNCHANGED):
        return f"{c[keys.ARTICLE_REQUESTS]} unseen article URLs found but none exported"
    blocked = c.get(keys.refused("blocked"), 0)
    if blocked and blocked > BLOCKED_SHARE * max(c.get("pages_parsed", 0), blocked):
        return f"{blocked} pages were a bot check's or an access rule's, not the stories asked for (blocked)"
    requests = c.get("downloader/request_count", 0)
    errors = c.get("downloader/exception_count", 0) + sum(
        v for k, v in c.items() if k.startswith("downloader/response_status_count/5"))
    if requests and errors / requests > ERROR_SHARE:
        return f"{errors} exceptions and 5xx in {requests} requests (over {ERROR_SHARE:.0%})"
    return fill_rate_drop(run, history)


def fill_rate_drop(run: Run, history: list[Run]) -> str | None:
    drops = fill_drops(run.counts.get("fill_rates") or {}, run.counts.get("pages_parsed", 0), history)
    if not drops:
        return None
    name, median, rate = drops[0]
    return f"fill rate of {name} fell from {median:.0%} to {rate:.0%} (template change?)"


def fill_drops(rates: dict[str, float | None], pages: int, history: list[Run]) -> list[tuple[str, float, float]]:
    """(field, median before, rate now) for every field whose fill rate over the article pages parsed
    fell by FILL_DROP or more against the median of the last FILL_HISTORY runs (newest first in
    `history`); only runs that finished over at least FILL_MIN_PAGES pages count, so a short run
    neither triggers nor sets the bar. `newsscraper report` marks the same drops on its chart."""
    if pages < FILL_MIN_PAGES:
        return []
    past = [r.counts.get("fill_rates") or {} for r in history[:FILL_HISTORY]
            if r.outcome == "finished" and r.counts.get("pages_parsed", 0) >= FILL_MIN_PAGES]
    drops = []
    for name, rate in rates.items():
        earlier = [p[name] for p in past if p.get(name) is not None]
        if rate is None or not earlier:
            continue
        median = statistics.median(earlier)
        if round(median - rate, 6) >= FILL_DROP:  # rates have 4 decimals: 1.0 - 0.8 is 0.19999999999999996
            drops.append((name, median, rate))
    return drops


def crawl_site(site: str, window: datetime, log: Path, args: argparse.Namespace) -> int:
    cmd = [sys.executable, "-m", "scrapy", "crawl", site, "-a", f"window={iso(window)}",
           "-s", f"LOG_FILE={log}"]
    if args.data_dir:
        cmd += ["-s", f"NEWSSCRAPER_DATA_DIR={args.data_dir}"]
    if site in args.base_urls:
        cmd += ["-a", f"base_url={args.base_urls[site]}"]
    for setting in args.setting or ():
        cmd += ["-s", setting]
    env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "newsscraper.settings"}
    return subprocess.run(cmd, cwd=PROJECT_ROOT, env=env, check=False, stdin=subprocess.DEVNULL).returncode


def run_nightly(args: argparse.Namespace) -> int:
    from scrapy.spiderloader import get_spider_loader

    from newsscraper.sites import all_sites

    sites = args.sites or sorted(all_sites(extra=False))  # the demo's sample sites only when named
    settings = _settings()
    # Known: what `scrapy crawl` will find (the demo's sample sites too, with NEWSSCRAPER_DEMO_SITES=1).
    known = set(get_spider_loader(settings).list())
    unknown = [s for s in sites if s == "news" or s not in known]
    if unknown:
        print(f"newsscraper nightly: unknown site(s): {', '.join(unknown)}", file=sys.stderr)
        return EXIT_USAGE
    if args.data_dir:
        settings.set("NEWSSCRAPER_DATA_DIR", args.data_dir, priority="cmdline")
    for setting in args.setting or ():
        # -s NAME=VALUE goes to every crawl; nightly reads the same store, so it takes them too.
        name, sep, value = setting.partition("=")
        if not sep:
            print(f"newsscraper nightly: -s takes NAME=VALUE, not {setting!r}", file=sys.stderr)
            return EXIT_USAGE
        settings.set(name, value, priority="cmdline")
    root = data_dir(settings.get("NEWSSCRAPER_DATA_DIR"))
    try:
        with nightly_lock(state_dir(root) / "nightly.lock"):
            return _run_sites(sites, settings, root, args)
    except Locked as held:
        print(f"newsscraper nightly: locked by {held}", file=sys.stderr)
        return EXIT_LOCKED


def _run_sites(sites: list[str], settings: Any, root: Path, args: argparse.Namespace) -> int:
    store = open_store(settings)  # SQLite or Redis, as the crawls' NEWSSCRAPER_SEEN_STORE says
    overlap = timedelta(days=settings.getfloat("NIGHTLY_OVERLAP", 2))
    first_days = settings.getint("NIGHTLY_FIRST_DAYS", 2)
    failed = 0
    for site in sites:
        now = datetime.now(UTC)
        window = window_for(store, site, overlap, first_days, now)
        log = root / "logs" / site / f"{run_stamp(now)}.log"
        log.parent.mkdir(parents=True, exist_ok=True)
        code = crawl_site(site, window, log, args)
        runs = [r for r in store.runs(site, limit=FILL_HISTORY + 1)
                if r.started >= iso(now)]
        run = runs[0] if runs else None
        history = [r for r in store.runs(site, limit=FILL_HISTORY + 1) if run is None or r.run_id != run.run_id]
        reason = f"scrapy exited {code}" if code and run is None else judge(run, history)
        if reason:
            failed += 1
            print(f"{site}: FAILED: {reason} (log: {log})", file=sys.stderr)
        else:
            print(f"{site}: ok, {run.records if run else 0} new records (window from {window:%Y-%m-%d %H:%M} UTC)")
    return EXIT_FAILED if failed else EXIT_OK
