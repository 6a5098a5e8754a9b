"""Every day from 1300-01-01 to 1450-12-29, printed the ways pages print it, parses to its Gregorian day.

The calendar itself is jdatetime's (so is the parser's); what this checks is the reading of the printed
forms. The expected Gregorian day is not converted per day: it is the anchor 1300-01-01 = 1921-03-21
(checked independently) plus the day count, so a parse that lands one day off anywhere is caught.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta, tzinfo

import jdatetime
import pytest

from newsscraper.jalali import KABUL, TEHRAN, parse_date

FIRST = (1300, 1, 1)
LAST = (1450, 12, 29)
FIRST_GREGORIAN = date(1921, 3, 21)
LAST_GREGORIAN = date(2072, 3, 19)
DAY_COUNT = 55152  # (LAST_GREGORIAN - FIRST_GREGORIAN).days + 1

PERSIAN = "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند".split()
DARI = "حمل ثور جوزا سرطان اسد سنبله میزان عقرب قوس جدی دلو حوت".split()
TO_PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
TO_ARABIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def _days() -> Iterator[tuple[int, int, int, date]]:
    """(y, m, d, expected Gregorian day) for every Jalali day in range, in order."""
    day = jdatetime.date(*FIRST)
    last = jdatetime.date(*LAST)
    expected = FIRST_GREGORIAN
    while day <= last:
        yield day.year, day.month, day.day, expected
        day += timedelta(days=1)
        expected += timedelta(days=1)


Form = Callable[[int, int, int], str]
FORMS: dict[str, tuple[Form, tzinfo]] = {
    "d month y (Persian digits)": (lambda y, m, d: f"{d} {PERSIAN[m - 1]} {y}".translate(TO_PERSIAN), TEHRAN),
    "y/mm/dd": (lambda y, m, d: f"{y}/{m:02}/{d:02}", TEHRAN),
    "y/m/d (Arabic-Indic digits)": (lambda y, m, d: f"{y}/{m}/{d}".translate(TO_ARABIC), TEHRAN),
    "month d, y": (lambda y, m, d: f"{PERSIAN[m - 1]} {d}, {y}".translate(TO_PERSIAN), TEHRAN),
    "y-mm-dd": (lambda y, m, d: f"{y}-{m:02}-{d:02}".translate(TO_PERSIAN), TEHRAN),
    # Afghan sites: "دلو ۰۵, ۱۴۰۳"
    "dari month dd, y": (lambda y, m, d: f"{DARI[m - 1]} {d:02}, {y}".translate(TO_PERSIAN), KABUL),
}


def test_anchors_and_range() -> None:
    assert jdatetime.date(*FIRST).togregorian() == FIRST_GREGORIAN
    assert jdatetime.date(*LAST).togregorian() == LAST_GREGORIAN
    days = list(_days())
    assert len(days) == DAY_COUNT
    assert days[-1][3] == LAST_GREGORIAN


@pytest.mark.slow
def test_every_day_in_every_printed_form() -> None:
    # Days outside, forms inside: the six printings of one day are read one after the other.
    wrong: dict[str, list[tuple[str, object, date]]] = {form: [] for form in FORMS}
    for y, m, d, expected in _days():
        for form, (printer, tz) in FORMS.items():
            text = printer(y, m, d)
            got = parse_date(text, tz)
            if got != expected or type(got) is not date:
                wrong[form].append((text, got, expected))
    misread = {form: (len(cases), cases[:3]) for form, cases in wrong.items() if cases}
    assert not misread
