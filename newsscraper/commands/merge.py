"""`newsscraper merge`: options and entry; the merging itself is newsscraper/merge.py."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from newsscraper import merge as job
from newsscraper.commands import EXIT_OK, EXIT_REFUSED, EXIT_USAGE
from newsscraper.runfiles import json_line

HELP = "one deduplicated, date-sorted file per site and day from many exports"
DESCRIPTION = job.__doc__


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("folders", nargs="+", metavar="FOLDER",
                        help="export folders, e.g. data/exports/isna/ (several: one per cluster worker)")
    parser.add_argument("--out", help="output folder; <out>/<site>/ is written (default: data/merged beside "
                                      "data/exports)")


def run(args: argparse.Namespace) -> int:
    folders = [Path(f) for f in args.folders]
    missing = [str(f) for f in folders if not f.is_dir()]
    if missing:
        print(f"newsscraper merge: not a folder: {', '.join(missing)}", file=sys.stderr)
        return EXIT_USAGE
    summary = job.merge(folders, Path(args.out) if args.out else None)
    if summary["skipped_parts"]:
        print(f"newsscraper merge: skipped {len(summary['skipped_parts'])} .part file(s): a crawl still running, or "
              f"a killed one not yet recovered. Run a crawl of the site (scrapy crawl SITE, with the same "
              f"NEWSSCRAPER_DATA_DIR) to recover them, then merge again:", file=sys.stderr)
        for path in summary["skipped_parts"]:
            print(f"  {path}", file=sys.stderr)
    if not summary["sites"]:
        print("newsscraper merge: no export files (*.jsonl, *.jsonl.gz) in " + ", ".join(map(str, folders)),
              file=sys.stderr)
        return EXIT_REFUSED
    for site, counts in summary["sites"].items():
        print(json_line({"site": site, **counts}))
    return EXIT_OK
