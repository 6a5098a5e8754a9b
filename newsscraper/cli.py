"""The `newsscraper` console script.

Subcommands import what they need lazily, so `newsscraper extract` starts without loading
Scrapy or Twisted.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


def _dump(obj: object) -> str:
    # Persian must stay readable in the output: never \u escapes.
    return json.dumps(obj, ensure_ascii=False)


# ---------------------------------------------------------------- schema

def cmd_schema(args: argparse.Namespace) -> int:
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


# ---------------------------------------------------------------- dates

def cmd_dates(args: argparse.Namespace) -> int:
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
            print(_dump(out))
    return EXIT_OK


# ---------------------------------------------------------------- extract

def _page_specs(args: argparse.Namespace) -> list[tuple[str, str | None]]:
    specs: list[tuple[str, str | None]] = []
    for item in args.pages:
        path, sep, url = item.partition("=")
        specs.append((path, url if sep else None))
    if args.url:
        if len(specs) != 1 or specs[0][1]:
            raise ValueError("--url goes with exactly one page; use PAGE=URL pairs for several")
        specs[0] = (specs[0][0], args.url)
    return specs


def _skip_scrapy_in_itemadapter() -> None:
    """itemadapter imports Scrapy (a quarter of a second) only to recognise scrapy.Item classes,
    which offline extraction never meets; hide Scrapy while itemadapter loads in this process."""
    if "scrapy" in sys.modules:
        return
    sys.modules["scrapy"] = None  # type: ignore[assignment]  # `import scrapy` now raises ImportError
    try:
        import itemadapter  # noqa: F401
    finally:
        del sys.modules["scrapy"]


def cmd_extract(args: argparse.Namespace) -> int:
    _skip_scrapy_in_itemadapter()
    from newsscraper.extract import extract

    try:
        specs = _page_specs(args)
    except ValueError as exc:
        print(f"newsscraper extract: {exc}", file=sys.stderr)
        return EXIT_USAGE
    status = EXIT_OK
    out = sys.stdout
    for path, url in specs:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            print(f"newsscraper extract: cannot read {path}: {exc.strerror}", file=sys.stderr)
            return EXIT_USAGE
        result = extract(data, url, site=args.site, use_profiles=not args.generic)
        if result.record is None:
            print(f"{path}: refused: {result.refusal}", file=sys.stderr)
            status = EXIT_REFUSED
            continue
        record = asdict(result.record)
        if args.with_file:
            record["file"] = Path(path).name
        out.write(_dump(record) + "\n")
    return status


# ---------------------------------------------------------------- demo

def cmd_demo(args: argparse.Namespace) -> int:
    from newsscraper.demo import run_demo

    return run_demo(args)


# ---------------------------------------------------------------- nightly

def cmd_nightly(args: argparse.Namespace) -> int:
    from newsscraper.nightly import EXIT_USAGE, parse_base_urls, run_nightly

    try:
        args.base_urls = parse_base_urls(args.base_url)
    except ValueError as exc:
        print(f"newsscraper nightly: {exc}", file=sys.stderr)
        return EXIT_USAGE
    return run_nightly(args)


# ---------------------------------------------------------------- merge

def cmd_merge(args: argparse.Namespace) -> int:
    from newsscraper.merge import run

    return run(args)


# ---------------------------------------------------------------- parser

def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsscraper",
        description="Persian news pages → clean JSON Lines records (Jalali dates, news IDs, "
                    "footer markers, ZWNJ kept). Crawls run with `scrapy crawl SITE`.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("extract", help="print one JSON record per article page (no network)",
                       description="Extract records from saved pages. Prints one JSON line per "
                                   "article page in input order; a refused page prints a reason on "
                                   "stderr. Exit 0: every page gave a record; 1: some page was "
                                   "refused; 2: usage or I/O error.")
    p.add_argument("pages", nargs="+", metavar="PAGE[=URL]", help="saved HTML file, optionally =its URL")
    p.add_argument("--url", help="the URL of the single page given")
    p.add_argument("--site", help="read with this site's profile whatever the URL (e.g. isna)")
    p.add_argument("--generic", action="store_true", help="ignore site profiles (generic extractor only)")
    p.add_argument("--with-file", action="store_true", help="add a `file` key naming each page")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("schema", help="regenerate the JSON Schema and docs/record.md from items.py")
    p.add_argument("--check", action="store_true", help="only report whether the files are current")
    p.add_argument("--root", default=str(Path(__file__).resolve().parent.parent),
                   help="project checkout to write into (default: this one)")
    p.set_defaults(func=cmd_schema)

    p = sub.add_parser("dates", help="print parse_date's reading of each line as JSON")
    p.add_argument("file", nargs="?", default="-", help="text file of date lines (default: stdin)")
    p.add_argument("--kabul", action="store_true", help="read in Asia/Kabul (Afghan sites)")
    p.set_defaults(func=cmd_dates)

    from newsscraper.nightly import __doc__ as nightly_doc
    from newsscraper.nightly import add_arguments as nightly_arguments

    p = sub.add_parser("nightly", help="incremental crawl of each site, for cron / systemd timers",
                       description=nightly_doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    nightly_arguments(p)
    p.set_defaults(func=cmd_nightly)

    from newsscraper.merge import __doc__ as merge_doc
    from newsscraper.merge import add_arguments as merge_arguments

    p = sub.add_parser("merge", help="one deduplicated, date-sorted file per site and day from many exports",
                       description=merge_doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    merge_arguments(p)
    p.set_defaults(func=cmd_merge)

    p = sub.add_parser("demo", help="run the main job on bundled data (no network but loopback)")
    p.set_defaults(func=cmd_demo)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    try:
        return int(args.func(args))
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
