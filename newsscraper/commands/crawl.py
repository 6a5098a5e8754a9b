"""Crawl one site (or any site, with the generic `news` spider) through Scrapy with the project's
settings, from any directory: no scrapy.cfg is needed, so this works from an installed package.

  newsscraper crawl isna -a since=1403-01-01 -a until=1403-01-31
  newsscraper crawl news -a url=https://some-site.ir/ -O out.jsonl

Spider arguments (-a) and settings (-s) are those of `scrapy crawl` (README: Crawling). Exports,
manifests and the seen-store go to the data directory: NEWSSCRAPER_DATA_DIR (setting or
environment), else data/ in a checkout, else the per-user data directory. -O FILE also writes the
records to FILE, replacing it (format from the extension, or FILE:FORMAT). The log goes to stderr.

Exit status, for schedulers:
  0  the crawl ran and its finish reason is `finished`
  1  the crawl could not start (an error while starting it) or ended any other way
     (shutdown by a signal, cancelled, a CLOSESPIDER_* limit): its finish reason is printed
  2  usage error: unknown spider, malformed NAME=VALUE, a spider argument the spider refuses
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from newsscraper.commands import EXIT_OK, EXIT_REFUSED, EXIT_USAGE, name_value_pairs
from newsscraper.settings import project_settings

HELP = "crawl one site with the project's settings, from any directory (scrapy crawl without scrapy.cfg)"
PROG = "newsscraper crawl"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("spider", metavar="SPIDER", help="a site key or `news` (see `newsscraper list`)")
    parser.add_argument("-a", dest="spargs", action="append", default=[], metavar="NAME=VALUE",
                        help="spider argument (since, until, ids, url, base_url, incremental, …)")
    parser.add_argument("-s", dest="settings", action="append", default=[], metavar="NAME=VALUE",
                        help="Scrapy setting for this crawl (e.g. LOG_LEVEL=WARNING, NEWSSCRAPER_DATA_DIR=…)")
    parser.add_argument("-O", dest="overwrite_output", action="append", default=[], metavar="FILE",
                        help="also write the records to FILE, replacing it (FILE:FORMAT to name the format)")


def run(args: argparse.Namespace) -> int:
    from scrapy.exceptions import UsageError

    try:
        spargs = name_value_pairs(args.spargs, "-a")
        settings = project_settings(name_value_pairs(args.settings, "-s"))
        if args.overwrite_output:
            from scrapy.utils.conf import feed_process_params_from_cli

            feeds = feed_process_params_from_cli(settings, [], overwrite_output=args.overwrite_output)
            settings.set("FEEDS", feeds, priority="cmdline")
    except (ValueError, UsageError) as exc:
        return _usage(str(exc))
    return crawl(args.spider, spargs, settings)


def crawl(spider: str, spargs: dict[str, str], settings: Any) -> int:
    """Run one crawl in this process; the exit status described in this module's docstring."""
    from scrapy.crawler import CrawlerProcess
    from scrapy.spiderloader import get_spider_loader

    try:  # before CrawlerProcess, whose start-up log would bury the message
        spidercls = get_spider_loader(settings).load(spider)
    except KeyError:
        return _usage(f"no spider {spider!r} (`newsscraper list` shows them)")
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(spidercls)
    failures: list[Any] = []
    process.crawl(crawler, **spargs).addErrback(failures.append)
    process.start()
    if failures:
        return _start_failed(failures[0])
    stats = crawler.stats.get_stats() if crawler.stats else {}
    reason = stats.get("finish_reason")
    records = stats.get("export/records", 0)
    where = stats.get("newsscraper/export_file") or "no export file"
    print(f"{PROG}: {spider}: {reason or 'no finish reason'}, {records} records ({where})", file=sys.stderr)
    return EXIT_OK if reason == "finished" else EXIT_REFUSED


def _start_failed(failure: Any) -> int:
    from newsscraper.spiders.base import SpiderArgumentError

    if failure.check(SpiderArgumentError):
        return _usage(str(failure.value))
    print(f"{PROG}: the crawl failed: {failure.getErrorMessage()}", file=sys.stderr)
    return EXIT_REFUSED


def _usage(message: str) -> int:
    print(f"{PROG}: {message}", file=sys.stderr)
    return EXIT_USAGE
