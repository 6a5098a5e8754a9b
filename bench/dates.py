"""How fast parse_date reads realistic date lines, against jdatetime's own strptime.

10,000 lines are generated deterministically (random.Random(1)) in the printed forms Persian and Afghan
news pages use, with labels, news IDs and the three digit sets. jdatetime.datetime.strptime parses the
same instants printed as "%Y/%m/%d %H:%M": the cheapest possible reading of a date, with no searching.
Each timing is the best of three runs (time.perf_counter). "cold" clears parse_date's conversion
cache before every run; "warm" keeps it, as a crawl of one site (many pages of the same days) would.

Run from the project root:  .venv/bin/python -m bench.dates
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from datetime import timedelta

import jdatetime

from newsscraper import jalali
from newsscraper.jalali import parse_date

LINES = 10_000
RUNS = 3
TARGET = 0.3

PERSIAN = "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند".split()
ARABIC_SPELLING = "فروردين ارديبهشت خرداد تير مرداد شهريور مهر آبان اذر دي بهمن اسفند".split()
DARI = "حمل ثور جوزا سرطان اسد سنبله میزان عقرب قوس جدی دلو حوت".split()
WEEKDAYS = ["شنبه", "یکشنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه"]
LABELS = ["", "", "تاریخ انتشار: ", "تاریخ: ", "زمان: ", "انتشار: ", "به‌روزرسانی: "]
DIGITS = ["0123456789", "۰۱۲۳۴۵۶۷۸۹", "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹"]


def _line(rng: random.Random) -> tuple[str, str]:
    """One page line and the same instant as strptime's input."""
    j = jdatetime.date(1390, 1, 1) + timedelta(days=rng.randrange(15 * 365))
    y, m, d = j.year, j.month, j.day
    hh, mm = rng.randrange(24), rng.randrange(60)
    news_id = rng.randrange(1000, 9_999_999)
    h12, meridiem = (hh % 12 or 12), ("ق.ظ" if hh < 12 else "ب.ظ")
    forms = [
        f"{WEEKDAYS[j.weekday()]} {d} {PERSIAN[m - 1]} {y} - {hh:02}:{mm:02}",
        f"{d} {PERSIAN[m - 1]} {y} / {hh:02}:{mm:02}",
        f"کد خبر: {news_id} | {d} {PERSIAN[m - 1]}‌ماه {y} | {hh:02}:{mm:02}",
        f"{y}/{m:02}/{d:02} {hh:02}:{mm:02}",
        f"{hh:02}:{mm:02} - {y}/{m}/{d}",
        f"{PERSIAN[m - 1]} {d}, {y} ساعت {h12}:{mm:02} {meridiem}",
        f"{d} {ARABIC_SPELLING[m - 1]} {y}، {hh:02}:{mm:02}",
        f"{DARI[m - 1]} {d:02}, {y} {hh:02}:{mm:02}",
        f"{y}-{m:02}-{d:02} {hh:02}:{mm:02} | بازدید: {news_id % 9999}",
        f"{d} {PERSIAN[m - 1]} {y % 100:02} - {hh:02}:{mm:02}",
    ]
    text = rng.choice(LABELS) + rng.choice(forms)
    text = text.translate(str.maketrans("0123456789", rng.choice(DIGITS)))
    return text, f"{y}/{m:02}/{d:02} {hh:02}:{mm:02}"


def _best(fn: Callable[[], object], before: Callable[[], object] = lambda: None) -> float:
    times = []
    for _ in range(RUNS):
        before()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    rng = random.Random(1)
    lines, plain = zip(*(_line(rng) for _ in range(LINES)), strict=True)

    def run_parse() -> None:
        for text in lines:
            parse_date(text)

    def run_strptime() -> None:
        for text in plain:
            jdatetime.datetime.strptime(text, "%Y/%m/%d %H:%M")

    read = sum(parse_date(text) is not None for text in lines)
    cold = _best(run_parse, jalali._gregorian.cache_clear)
    warm = _best(run_parse)
    base = _best(run_strptime)

    rows = [
        ("parse_date, cold cache", cold),
        ("parse_date, warm cache", warm),
        ("jdatetime strptime", base),
    ]
    print(f"{LINES} lines, best of {RUNS}; parse_date read a date on {read}/{LINES} lines")
    print(f"{'reader':<24} {'lines/s':>10} {'µs/line':>9} {'ratio':>7}")
    for name, seconds in rows:
        print(f"{name:<24} {LINES / seconds:>10,.0f} {seconds / LINES * 1e6:>9.2f} {base / seconds:>7.2f}")
    verdict = "ok" if base / cold >= TARGET else "BELOW TARGET"
    print(f"ratio = strptime time / parse_date time; target >= {TARGET} (cold): {verdict}")


if __name__ == "__main__":
    main()
