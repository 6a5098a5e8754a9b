"""How extraction time grows with adversarial text: one page per kind of run (spaces, no-break
spaces, digits, slashes, colons, month names, «ساعت», ZWNJs, …) after an opening that makes the
date, ID-label, byline and attribution patterns try hardest (a year, a day and month, «کد خبر»,
«به گزارش», "By"), extracted at two lengths, one four times the other.

    .venv/bin/python -m bench.regex_growth [--size 2000] [--show 12]

A reading that scans in linear time takes about four times as long on the longer page; a pattern
whose optional parts can split the same run in many ways (two optional runs of spaces side by side)
takes sixteen times as long or more, and a page built to hit it would stall a crawl. The run is
printed three ways on each page: in a heading-like line, in a paragraph and in a byline-classed
block, so the field readers (which see the page's text after normalisation) meet it too. Prints the
steepest growths and the aim: none above 8×. The public readers of one line (jalali.find_date, which
`newsscraper dates FILE` calls on each raw line, and the others in TEXT_READERS) are timed on the raw
texts as well: no normalisation stands before them.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Callable

from newsscraper.extract import extract, markers
from newsscraper.gregorian import find_gregorian_date
from newsscraper.jalali import find_date
from newsscraper.persian import normalize_line

# The public readers of one line of text, which `newsscraper dates FILE` and callers of the library
# hand raw lines (no normalisation first): each is timed on the raw adversarial texts too.
TEXT_READERS: dict[str, Callable[[str], object]] = {
    "jalali.find_date": find_date,
    "gregorian.find_gregorian_date": find_gregorian_date,
    "markers.news_id_in": markers.news_id_in,
    "markers.attribution": markers.attribution,
    "persian.normalize_line": normalize_line,
}

OPENINGS = ("", "۱۴۰۳", "1403", "۱۲ مرداد", "۱۲ مرداد ۱۴۰۳", "ساعت ۱۰", "Nov. 19, 2019", "به گزارش", "کد خبر",
            "By Jane")
RUNS = (" ", "\xa0", "&nbsp;", "۱", "1", "/", ":", "- ", "، ", "مرداد ", "ساعت ", "a", "الف", "\u200c", ". ", "| ")
AIM = 8.0
ROUNDS = 3
URL = "https://example.ir/fa/news/123456/"


def page(opening: str, run: str, n: int) -> str:
    text = opening + run * n + "x"
    return (f"<html lang='fa'><head><title>تیتر خبر</title></head><body><h1>تیتر خبر</h1>"
            f"<div class='date'>{text}</div><p>{text}</p><div class='byline'>{text}</div>"
            f"<p>{'متن خبر در این بند آمده است. ' * 10}</p></body></html>")


def seconds(html: str, reader: Callable[[str], object] | None = None) -> float:
    gc.collect()
    t0 = time.perf_counter()
    if reader is None:
        extract(html, URL)
    else:
        reader(html)
    return time.perf_counter() - t0


def growth(make: Callable[[int], str], size: int, reader: Callable[[str], object] | None = None) -> tuple[float, float]:
    """(time on the longer input / time on the shorter, seconds on the longer), each the best of
    ROUNDS: timings of a few milliseconds on a shared machine move by half from one run to the next,
    and of 960 ratios one will, while the code's growth does not."""
    short_text, long_text = make(size), make(4 * size)
    short = max(min(seconds(short_text, reader) for _ in range(ROUNDS)), 1e-4)  # under 0.1 ms a ratio means nothing
    long = min(seconds(long_text, reader) for _ in range(ROUNDS))
    return long / short, long


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=2000, help="repeats of the run on the shorter page (the longer: 4×)")
    ap.add_argument("--show", type=int, default=12, help="how many of the steepest growths to print")
    args = ap.parse_args()
    seconds(page("", " ", 10))  # imports and compiled patterns out of the first timing
    rows = []
    for opening in OPENINGS:
        for run in RUNS:
            ratio, long = growth(lambda n, o=opening, r=run: page(o, r, n), args.size)
            rows.append((ratio, long, "extract (a page)", opening, run))
            for name, reader in TEXT_READERS.items():
                ratio, long = growth(lambda n, o=opening, r=run: o + r * n + "x", args.size, reader)
                rows.append((ratio, long, name, opening, run))
    rows.sort(reverse=True)
    print(f"{len(rows)} inputs; time with the run repeated {4 * args.size:,} times / {args.size:,} times")
    print("| growth | longer input | reader | opening | run |")
    print("|---|---|---|---|---|")
    for ratio, long, name, opening, run in rows[: args.show]:
        print(f"| {ratio:.1f}× | {long * 1000:.0f} ms | {name} | {opening!r} | {run!r} |")
    steep = [f"{name}: {opening!r} + {run!r}" for ratio, _, name, opening, run in rows if ratio > AIM]
    print(f"growths above {AIM:.0f}×: {len(steep)} (aim 0)" + (" NOT met: " + "; ".join(steep) if steep else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
