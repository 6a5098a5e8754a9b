"""Print how each line of a text file is read as a Jalali date, one JSON object per line."""

from __future__ import annotations

import argparse
import sys

from newsscraper.commands import EXIT_OK
from newsscraper.runfiles import json_line

HELP = "print parse_date's reading of each line as JSON"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", nargs="?", default="-", help="text file of date lines (default: stdin)")
    parser.add_argument("--kabul", action="store_true", help="read in Asia/Kabul (Afghan sites)")


def run(args: argparse.Namespace) -> int:
    from newsscraper.jalali import KABUL, TEHRAN, find_date, published_fields

    tz = KABUL if args.kabul else TEHRAN
    stream = open(args.file, encoding="utf-8") if args.file != "-" else sys.stdin  # noqa: SIM115
    with stream:
        for line in stream:
            text = line.rstrip("\n")
            if not text.strip():
                continue
            found = find_date(text, tz)
            out: dict[str, object] = {"text": text}
            if found:
                out.update(published_fields(found.value, tz))
                out.update(raw=found.raw, weekday_ok=found.weekday_ok)
            else:
                out.update(published_at=None, published_date=None, published_jalali=None)
            print(json_line(out))
    return EXIT_OK
