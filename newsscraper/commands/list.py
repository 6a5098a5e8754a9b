"""Print the name of every spider `newsscraper crawl` can run, one per line and nothing else: one per
site in newsscraper/sites/, and `news`, the generic spider for any other site. Works from any
directory, as `newsscraper crawl` does. The demo's sample sites are not listed (they are spiders only
while `newsscraper demo` runs, or with NEWSSCRAPER_DEMO_SITES=1 in the environment)."""

from __future__ import annotations

import argparse

HELP = "print every spider name, one per line (site keys and the generic `news`)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """`newsscraper list` takes no options."""


def run(args: argparse.Namespace) -> int:
    from scrapy.spiderloader import get_spider_loader

    from newsscraper.commands import EXIT_OK
    from newsscraper.settings import project_settings

    for name in sorted(get_spider_loader(project_settings()).list()):
        print(name)
    return EXIT_OK
