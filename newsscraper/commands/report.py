"""Draw the crawl's health and the data's shape in one HTML page that opens offline.

Reads the finished exports (*.jsonl, *.jsonl.gz) and their manifests under each PATH (a file, a
site's folder, or a whole exports folder; default: the data directory's exports) and shows: stories
per publication day per site, with days without a story marked as possible crawl gaps; records,
drops, refusals and failures by reason per run; field fill rates across runs with nightly's drift
threshold (a fall of 20 points against the median of the last 5 runs); publication hour in the
site's own zone; the largest sections and tags; body lengths; and each site's latest run.

--since / --until select stories by publication day (Jalali 1403-01-01 or Gregorian 2024-03-20,
both inclusive); an undated story counts when its run started inside the window, and a run is shown
when it started inside the window or exported a story published in it.

Exit 0: report written (its path is printed); 1: nothing to report; 2: usage or I/O error.
Needs the `report` extra (plotly): pip install '.[report]' in a clone of this project.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from datetime import date
from pathlib import Path

from newsscraper.commands import EXIT_OK, EXIT_REFUSED, EXIT_USAGE

HELP = "write an offline HTML report of the exports: days, runs, fill rates, sections (needs [report])"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help="export files or folders (default: the data directory's exports/)")
    parser.add_argument("-o", "--output", default="report.html", metavar="FILE",
                        help="where to write the page (default: report.html in the current directory)")
    parser.add_argument("--site", action="append", default=[], metavar="KEY", help="only this site (repeatable)")
    parser.add_argument("--since", metavar="DAY", help="first publication day, Jalali or Gregorian YYYY-MM-DD")
    parser.add_argument("--until", metavar="DAY", help="last publication day, Jalali or Gregorian YYYY-MM-DD")
    parser.add_argument("--data-dir", help="data directory (default: NEWSSCRAPER_DATA_DIR or data/)")


def _day(value: str | None, option: str) -> date | None:
    from newsscraper.jalali import parse_day

    if value is None:
        return None
    found = parse_day(value)
    if found is None:
        raise ValueError(f"{option} takes a Jalali or Gregorian day, YYYY-MM-DD, not {value!r}")
    return found


def run(args: argparse.Namespace) -> int:
    if importlib.util.find_spec("plotly") is None:  # before reading anything
        print("newsscraper report: plotly is missing: install the report extra (pip install '.[report]' in a clone)",
              file=sys.stderr)
        return EXIT_USAGE
    from newsscraper.demo.sites import register_sample_sites
    from newsscraper.paths import data_dir, exports_dir
    from newsscraper.report import NothingToReport, Window, write_report

    register_sample_sites()  # the demo's exports are reported with their sites' names and zones (no spiders)
    try:
        window = Window(_day(args.since, "--since"), _day(args.until, "--until"), frozenset(args.site))
    except ValueError as exc:
        print(f"newsscraper report: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if window.since and window.until and window.since > window.until:
        print("newsscraper report: --since is after --until", file=sys.stderr)
        return EXIT_USAGE
    sources = [Path(p) for p in args.paths] or [exports_dir(data_dir(args.data_dir))]
    if not args.paths and not sources[0].is_dir():
        print(f"newsscraper report: nothing to report: no exports yet in {sources[0]} (crawl first, or give PATH)",
              file=sys.stderr)
        return EXIT_REFUSED
    try:
        out = write_report(sources, Path(args.output), window)
    except NothingToReport as exc:
        print(f"newsscraper report: nothing to report: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    except OSError as exc:
        print(f"newsscraper report: {exc}", file=sys.stderr)
        return EXIT_USAGE
    print(out.resolve())
    return EXIT_OK
