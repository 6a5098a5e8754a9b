"""`newsscraper nightly`: options and entry; the job itself is newsscraper/nightly.py."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from newsscraper import nightly as job
from newsscraper.commands import EXIT_USAGE, name_value_pairs

HELP = "incremental crawl of each site, for cron / systemd timers"
DESCRIPTION = job.__doc__


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("sites", nargs="*", metavar="SITE", help="site keys (default: every real site)")
    parser.add_argument("--data-dir", help="data directory (default: NEWSSCRAPER_DATA_DIR or data/)")
    parser.add_argument("--base-url", action="append", default=[], metavar="SITE=URL",
                        help="crawl SITE from a copy at URL (testing against a local copy)")
    parser.add_argument("-s", "--setting", action="append", metavar="NAME=VALUE",
                        help="a Scrapy setting passed to every crawl")


def parse_base_urls(values: Sequence[str]) -> dict[str, str]:
    """`--base-url SITE=URL` options as {site: url}."""
    return name_value_pairs(list(values), "--base-url", "SITE=URL", empty=False)


def run(args: argparse.Namespace) -> int:
    try:
        args.base_urls = parse_base_urls(args.base_url)
    except ValueError as exc:
        print(f"newsscraper nightly: {exc}", file=sys.stderr)
        return EXIT_USAGE
    return job.run_nightly(args)
