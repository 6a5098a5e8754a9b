"""How extraction time grows with a page's size in elements: one page per shape a long page takes
(an archive of linked headlines, an old archive's table rows with «کد خبر» in each, a long story,
a story with many captioned pictures, a long comment thread, a related list of many links, a text of
`<br>` runs, like items without links, a run of pictures, a label's word in every subheading),
extracted at two sizes, one four times the other.

    .venv/bin/python -m bench.page_growth [--size 1000]

A reading that walks the page a fixed number of times takes about four times as long on the larger
page; one that walks a list again for each of its items takes sixteen times as long, and an
archive page of a few thousand stories would then hold a crawl for many seconds. Before session 13,
8,000 teasers took 16 s (each item counted its like siblings to the end of the list), 4,000
pictures one to a paragraph 10 s (each looked for its caption past all the others), and 4,000
subheadings naming «بخش» 31 s (each read the whole text as its label's line). Prints each shape's
growth and the aim: none above 8×.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Callable

from newsscraper.extract import extract

AIM = 8.0
URL = "https://example.ir/fa/news/123456/"
SENTENCE = "شورای شهر در نشست امروز خود طرح گسترش فضای سبز محله‌های جنوبی را بررسی کرد. "
HEADLINE = "عنوان خبر شماره {i} درباره شهر و شورا"


def _page(body: str) -> str:
    return (f"<html lang='fa'><head><title>تیتر خبر</title></head><body><h1>تیتر خبر</h1>"
            f"<div class='date'>۰۸ آذر ۱۴۰۵ - ۱۰:۲۰</div>{body}</body></html>")


def _story(n: int) -> str:
    return "".join(f"<p>{SENTENCE * 2}</p>" for _ in range(n))


SHAPES: dict[str, Callable[[int], str]] = {
    "archive of linked headlines": lambda n: _page("<ul>" + "".join(
        f"<li><a href='/fa/news/{i}/x'>{HEADLINE.format(i=i)}</a> <span>۰۸ آذر ۱۴۰۵</span></li>"
        for i in range(n)) + "</ul>"),
    "table rows with «کد خبر»": lambda n: _page("<table>" + "".join(
        f"<tr><td><a href='/fa/news/{i}/x'>{HEADLINE.format(i=i)}</a></td><td>کد خبر: {i}</td></tr>"
        for i in range(n)) + "</table>"),
    "long story": lambda n: _page(f"<div class='matn'>{_story(n)}</div>"),
    "captioned pictures": lambda n: _page("<div class='matn'>" + "".join(
        f"<p>{SENTENCE}</p><figure><img src='/p/{i}.jpg' alt='{SENTENCE * 2}'><figcaption>{SENTENCE}"
        "</figcaption></figure>" for i in range(n)) + "</div>"),
    "comment thread": lambda n: _page(f"<div class='matn'>{_story(5)}</div><div class='comments'>" + "".join(
        f"<div class='comment'><div class='name'>خواننده {i}</div><div class='date'>۰۸ آذر ۱۴۰۵</div>"
        f"<p>{SENTENCE}</p></div>" for i in range(n)) + "</div>"),
    "related links": lambda n: _page(f"<div class='matn'>{_story(5)}</div><div class='related'><ul>" + "".join(
        f"<li><a href='/fa/news/{i}/x'>{HEADLINE.format(i=i)}</a></li>" for i in range(n)) + "</ul></div>"),
    "<br> runs in one block": lambda n: _page("<div>" + "<br><br>".join([SENTENCE] * n) + "</div>"),
    "like items without links": lambda n: _page(f"<div class='matn'>{_story(5)}</div>" + "".join(
        f"<div class='item'><span>مورد {i}</span> <span>۰۸ آذر ۱۴۰۵</span></div>" for i in range(n))),
    "pictures, one to a paragraph": lambda n: _page(f"<div class='matn'>{_story(3)}" + "".join(
        f"<p><img src='/p/{i}.jpg' alt=''></p>" for i in range(n)) + f"<p>{SENTENCE}</p></div>"),
    "pictures in figures": lambda n: _page(f"<div class='matn'>{_story(3)}" + "".join(
        f"<figure><img src='/p/{i}.jpg'></figure>" for i in range(n)) + "</div>"),
    # a label's word («بخش», as «سرویس» or «کد خبر» are) in every subheading of one long text
    "subheadings with a label's word": lambda n: _page("<div class='matn'>" + "".join(
        f"<h2>بخش {i}</h2><p>{SENTENCE}</p>" for i in range(n)) + "</div>"),
}


def seconds(html: str) -> float:
    gc.collect()
    t0 = time.perf_counter()
    extract(html, URL)
    return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=1000, help="repeats on the smaller page (the larger: 4×)")
    args = ap.parse_args()
    seconds(_page(_story(3)))  # imports and compiled patterns out of the first timing
    print(f"time with {4 * args.size:,} repeats / {args.size:,} repeats")
    print("| growth | larger page | its size | shape |")
    print("|---|---|---|---|")
    steep = []
    for name, make in SHAPES.items():
        small = max(seconds(make(args.size)), 1e-4)  # under a tenth of a millisecond the ratio means nothing
        html = make(4 * args.size)
        large = seconds(html)
        ratio = large / small
        print(f"| {ratio:.1f}× | {large * 1000:.0f} ms | {len(html.encode()) // 1024:,} KB | {name} |")
        if ratio > AIM:
            steep.append(name)
    print(f"growths above {AIM:.0f}×: {len(steep)} (aim 0)" + (" NOT met: " + "; ".join(steep) if steep else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
