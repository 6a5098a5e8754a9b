"""`newsscraper demo`: the main job on bundled data, with no network but loopback.

Starts the bundled sample sites (newsscraper/demo/sample_site, three CMS families) on 127.0.0.1 on
free ports, crawls every sample site through the real Scrapy engine with the project's pipelines
and the loopback settings profile, writes the exports under demo/ in the data directory
(NEWSSCRAPER_DATA_DIR, else the checkout's data/, else the per-user data directory), prints a
summary, and stops the server. The demo keeps its own state and replaces its own previous exports,
so two runs give the same files (crawled_at aside). The sample sites join the site registry of the
demo's own process only (newsscraper/demo/sites/): they are never listed as spiders elsewhere.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path
from typing import Any

from newsscraper import statkeys as keys
from newsscraper.demo.content import SITE_KEYS
from newsscraper.paths import data_dir

REDRAW = 0.5  # seconds between two updates of the live line
LINE_EVERY = 6  # ... and one plain line every this many updates when stderr is not a terminal


def demo_dir() -> Path:
    """Where the demo writes: demo/ in the data directory, apart from real runs' exports and state."""
    return data_dir() / "demo"


def crawl_settings(data: Path, **overrides: Any) -> Any:
    """The project's settings with the loopback profile on top (for our own servers only)."""
    from newsscraper.settings import project_settings

    # NEWSSCRAPER_PROGRESS off: the demo draws one line for its three crawls (_progress), not one each
    return project_settings({"NEWSSCRAPER_LOOPBACK": True, "NEWSSCRAPER_DATA_DIR": str(data), "LOG_LEVEL": "WARNING",
                             "NEWSSCRAPER_PROGRESS": False, **overrides})


def run_demo(_args: argparse.Namespace | None = None, data: Path | None = None) -> int:
    from scrapy.crawler import CrawlerProcess
    from scrapy.utils.reactor import install_reactor

    data = data or demo_dir()
    shutil.rmtree(data / "exports", ignore_errors=True)  # the demo replaces its own exports
    shutil.rmtree(data / "state", ignore_errors=True)  # and its own state, so runs repeat exactly
    settings = crawl_settings(data)
    install_reactor(settings["TWISTED_REACTOR"])  # before anything imports the default reactor
    process = CrawlerProcess(settings)
    from twisted.internet import reactor

    from newsscraper.demo.server import start_in_reactor
    from newsscraper.demo.spiders import spider_classes

    bases = start_in_reactor(reactor, sites=SITE_KEYS)
    spiders = spider_classes()  # the sample sites join this process's registry
    crawlers = []
    for key in SITE_KEYS:
        crawler = process.create_crawler(spiders[key])
        crawlers.append(crawler)
        process.crawl(crawler, base_url=bases[key])
    print(f"newsscraper demo: crawling {len(crawlers)} sample sites served on 127.0.0.1 …", file=sys.stderr)
    _progress(reactor, crawlers)
    process.start()
    status = _summary(crawlers, data)
    _report(data)
    return status


def _progress(reactor: Any, crawlers: list[Any]) -> None:
    """One live line for the three crawls on a terminal; elsewhere a plain line every few seconds."""
    from twisted.internet.task import LoopingCall

    from newsscraper.crawlprogress import counts, logs_above_the_line
    from newsscraper.progress import Progress

    progress = Progress("demo", unit="pages", stream=sys.stderr)
    logs = logs_above_the_line() if progress.drawing else None
    ticks = iter(range(1, 1 << 62))

    def tick() -> None:
        stats = [c.stats.get_stats() for c in crawlers if c.stats]
        pages = sum(s.get("response_received_count", 0) for s in stats)
        progress.set(**{name: sum(counts(s)[name] for s in stats) for name in counts({})})
        progress.advance(pages - progress.n)
        if not progress.drawing and next(ticks) % LINE_EVERY == 0:
            print(f"  … {progress.summary()}", file=sys.stderr)

    loop = LoopingCall(tick)
    loop.start(REDRAW, now=False)

    def stop() -> None:
        if loop.running:
            loop.stop()
        progress.close()
        if logs is not None:
            logs.close()

    reactor.addSystemEventTrigger("before", "shutdown", stop)


def _report(data: Path) -> None:
    """The demo ends with its report (newsscraper report) when the report extra is installed."""
    try:
        from newsscraper.report import NothingToReport, write_report
        from newsscraper.report.aggregate import Window

        path = write_report([data / "exports"], data / "report.html", Window())
    except ImportError:
        print("report: not written, install the report extra (pip install '.[report]' in a clone)")
    except (NothingToReport, OSError) as exc:
        print(f"report: not written: {exc}")
    else:
        print(f"report: {path}")


def _summary(crawlers: list[Any], data: Path) -> int:
    failed = False
    print("\nsite            records  pages  finish     drops / refusals")
    for crawler in crawlers:
        stats = crawler.stats.get_stats()
        drops = {k: v for k, v in stats.items()
                 if k.startswith((keys.DROP, keys.REFUSED, keys.DATE, keys.FAILURE, keys.DROPPED))}
        reason = stats.get("finish_reason", "?")
        failed |= reason != "finished"
        print(f"{crawler.spider.name:15} {stats.get('export/records', 0):7} "
              f"{stats.get('response_received_count', 0):6}  {reason:9}  {json.dumps(drops, ensure_ascii=False)}")
        path = stats.get("newsscraper/export_file")
        if path:
            manifest = json.loads(Path(path + ".manifest.json").read_text("utf-8"))
            low = {k: v for k, v in manifest["fill_rates"].items() if v is not None and v < 1}
            print(f"{'':15} file: {path}")
            print(f"{'':15} fields not always filled: {json.dumps(low, ensure_ascii=False)}")
    print(f"\nexports under {data / 'exports'}")
    return 1 if failed else 0
