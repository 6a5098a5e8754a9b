"""Extract records from saved pages. Prints one JSON line per article page in input order; a refused
page prints a reason on stderr; over several pages, a live line (pages, records, refused) when stderr
is a terminal. Exit 0: every page gave a record; 1: some page was refused; 2: usage
or I/O error.

With --warc FILE [FILE ...]: read web archives (WARC or ARC, gzip or not; our crawls' archives,
Common Crawl news, wget, Heritrix, Webrecorder) and print one JSON line per article among their HTTP
200 HTML responses, in archive order, with crawled_at from WARC-Date (docs/archives.md). Progress on
stderr when it is a terminal, a summary line at the end. Exit 0: every archive was read to its end
(refused pages are counted, not errors); 1: an archive is corrupt or truncated (the records before
the damage are printed); 2: usage or I/O error."""

from __future__ import annotations

import argparse
import gc
import gzip
import sys
import zlib
from dataclasses import fields
from pathlib import Path
from typing import TYPE_CHECKING

from newsscraper.commands import EXIT_OK, EXIT_REFUSED, EXIT_USAGE
from newsscraper.runfiles import json_line

if TYPE_CHECKING:
    from newsscraper.progress import Progress
    from newsscraper.sites import Site

HELP = "print one JSON record per article page (no network)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("pages", nargs="*", metavar="PAGE[=URL]",
                        help="saved HTML file (gzipped too), optionally =its URL")
    parser.add_argument("--warc", nargs="+", metavar="FILE", help="read these WARC/ARC files instead of pages")
    parser.add_argument("--lang", choices=["fa"], help="with --warc: only pages that are Persian or Dari, "
                        "checked before any parse")
    parser.add_argument("--jobs", type=int, metavar="N", help="with --warc: worker processes (default: all "
                        "cores; 1: in this process)")
    parser.add_argument("--url", help="the URL of the single page given")
    parser.add_argument("--site", help="read with this site's profile whatever the URL (e.g. isna)")
    parser.add_argument("--generic", action="store_true", help="ignore site profiles (generic extractor only)")
    parser.add_argument("--with-file", action="store_true", help="add a `file` key naming each page")


def page_specs(args: argparse.Namespace) -> list[tuple[str, str | None]]:
    """(path, url or None) for each PAGE[=URL] argument; --url names the single page's URL."""
    specs: list[tuple[str, str | None]] = []
    for item in args.pages:
        path, sep, url = item.partition("=")
        specs.append((path, url if sep else None))
    if args.url:
        if len(specs) != 1 or specs[0][1]:
            raise ValueError("--url goes with exactly one page; use PAGE=URL pairs for several")
        specs[0] = (specs[0][0], args.url)
    return specs


def load_itemadapter_for_dataclasses() -> None:
    """itemadapter imports Scrapy (a quarter of a second) and attrs (a fortieth) only to recognise
    their item classes, which offline extraction never meets (our record is a dataclass); hide both
    while itemadapter loads in this process. Either imports normally afterwards."""
    hidden = [name for name in _OTHER_ITEM_KINDS if name not in sys.modules]
    if not hidden or "itemadapter" in sys.modules:
        return
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # `import name` now raises ImportError
    try:
        import itemadapter  # noqa: F401
    finally:
        for name in hidden:
            del sys.modules[name]


_OTHER_ITEM_KINDS = ("scrapy", "attr")


def warc_usage_error(args: argparse.Namespace) -> str | None:
    """What is wrong with this mix of PAGE arguments and archive options, if anything."""
    if args.warc:
        if args.pages:
            return "give PAGE arguments or --warc FILE ..., not both"
        if args.url or args.with_file:
            return "--url and --with-file go with PAGE arguments, not --warc"
        if args.jobs is not None and args.jobs < 1:
            return "--jobs takes a whole number of at least 1"
        return None
    if not args.pages:
        return "give PAGE arguments or --warc FILE ..."
    if args.lang or args.jobs is not None:
        return "--lang and --jobs go with --warc"
    return None


def run_archives(args: argparse.Namespace) -> int:
    from newsscraper.warc.job import Options, default_jobs, run_warc

    files = [Path(f) for f in args.warc]
    for path in files:
        if not path.is_file():
            print(f"newsscraper extract: cannot read {path}: no such file", file=sys.stderr)
            return EXIT_USAGE
    options = Options(lang=args.lang, jobs=args.jobs or default_jobs(), site=args.site, generic=args.generic)
    return run_warc(files, options)


def run(args: argparse.Namespace) -> int:
    load_itemadapter_for_dataclasses()
    problem = warc_usage_error(args)
    if problem:
        print(f"newsscraper extract: {problem}", file=sys.stderr)
        return EXIT_USAGE
    from newsscraper.sites import site_by_key

    site = site_by_key(args.site) if args.site else None
    if args.site and site is None:  # saved pages and archives alike: never fall back to the URL quietly
        print(f"newsscraper extract: no site {args.site!r} (`newsscraper list` names them)", file=sys.stderr)
        return EXIT_USAGE
    if args.warc:
        return run_archives(args)
    try:
        specs = page_specs(args)
    except ValueError as exc:
        print(f"newsscraper extract: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if len(specs) == 1:  # one page: no live line to draw, and no tqdm to import
        return extract_pages(specs, args, site, None)
    from newsscraper.progress import Progress

    with Progress("extract", unit="pages", stream=sys.stderr) as progress:
        return extract_pages(specs, args, site, progress)


GZIP_MAGIC = b"\x1f\x8b"


def read_page(path: Path) -> bytes:
    """A saved page's bytes, gunzipped when they are gzip's (a `.html.gz`, or a page saved as the
    server sent it with Content-Encoding: gzip): read as HTML they are binary junk. A damaged gzip
    stream raises OSError, as an unreadable file does."""
    data = path.read_bytes()
    if data.startswith(GZIP_MAGIC):
        try:
            return gzip.decompress(data)
        except (OSError, EOFError, zlib.error) as exc:
            raise OSError(f"damaged gzip data ({exc})") from exc
    return data


def extract_pages(specs: list[tuple[str, str | None]], args: argparse.Namespace, site: Site | None,
                  progress: Progress | None) -> int:
    """Extract each page in order; on a terminal, `progress` draws a live line (pages, records, refused)."""
    from newsscraper.extract import extract
    from newsscraper.items import NewsArticle
    from newsscraper.sites import site_for_url

    field_names = tuple(f.name for f in fields(NewsArticle))

    # What is loaded by now (modules, rules, compiled patterns) lives as long as the process: out of
    # the collector's sight, the full collections a long run triggers do not walk it again and again.
    gc.freeze()
    say = progress.print if progress else lambda text: print(text, file=sys.stderr)
    status = EXIT_OK
    out = sys.stdout
    for path, url in specs:
        try:
            data = read_page(Path(path))
        except OSError as exc:
            say(f"newsscraper extract: cannot read {path}: {exc.strerror or exc}")
            return EXIT_USAGE
        result = extract(data, url, site=site, site_for=site_for_url, use_profiles=not args.generic)
        if result.record is None:
            say(f"{path}: refused: {result.refusal}")
            status = EXIT_REFUSED
            if progress:
                progress.advance(refused=1)
            continue
        # One level deep is all a record has (strings, numbers and lists of strings): a shallow dict
        # serialises the same, without asdict's recursive copy of every value.
        record = {name: getattr(result.record, name) for name in field_names}
        if args.with_file:
            record["file"] = Path(path).name
        out.write(json_line(record) + "\n")
        if progress:
            progress.advance(records=1)
    return status
