"""Regenerate the JSON Schema (newsscraper/resources/) and docs/record.md from newsscraper/items.py."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from newsscraper.commands import EXIT_OK, EXIT_REFUSED

HELP = "regenerate the JSON Schema and docs/record.md from items.py"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--check", action="store_true", help="only report whether the files are current")
    parser.add_argument("--root", default=str(Path(__file__).resolve().parents[2]),
                        help="project checkout to write into (default: this one)")


def run(args: argparse.Namespace) -> int:
    from newsscraper.schema import SCHEMA_RESOURCE, record_markdown, schema_text

    root = Path(args.root)
    targets = {
        root / "newsscraper" / "resources" / SCHEMA_RESOURCE: schema_text(),
        root / "docs" / "record.md": record_markdown(),
    }
    stale = [p for p, text in targets.items() if not p.is_file() or p.read_text("utf-8") != text]
    if args.check:
        for path in stale:
            print(f"out of date: {path} (run `newsscraper schema`)", file=sys.stderr)
        return EXIT_REFUSED if stale else EXIT_OK
    for path in stale:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(targets[path], encoding="utf-8")
        print(f"wrote {path}")
    return EXIT_OK
