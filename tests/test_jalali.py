"""newsscraper.jalali: printed Jalali dates → aware datetimes, ISO helpers, record fields.

Every expected value below is a literal worked out by hand from anchor facts and cross-checked with an
independent Jalali algorithm (the Borkowski break table) and Python's own weekday arithmetic, never by
calling the code under test:

    1 Farvardin 1398 = 2019-03-21 · 1396-07-24 = 2017-10-16 (Mon) · 1398-03-09 = 2019-05-30 (Thu)
    1398-11-29 = 2020-02-18 · 1403-11-05 = 2025-01-24 (Fri) · 1403-12-08 = 2025-02-26 · 1398-02-12 = 2019-05-02
    22 Bahman 1357 = 1979-02-11 · 29 Esfand 1329 = 1951-03-20 · 28 Asad 1400 = 2021-08-19
    1399 and 1403 are leap years (30 Esfand exists), 1398 and 1402 are not.

Asia/Tehran: +04:30 from 2 Farvardin 00:00 to 30 Shahrivar 24:00 each year up to 1401 (2022), +03:30
otherwise and always from 1402 (2023) on. Asia/Kabul: +04:30 all year.
"""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta, timezone

import jdatetime
import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from newsscraper.jalali import (
    KABUL,
    TEHRAN,
    DateMatch,
    find_date,
    format_instant,
    jalali_machine_as_gregorian,
    may_hold_numeric_date,
    parse_date,
    parse_iso,
    published_fields,
    zone_for_months,
)

# A pinned pivot for two-digit years: 2025-06-01 is 1404-03-11, so ۰۰..۰۵ mean 14xx, the rest 13xx.
TODAY = date(2025, 6, 1)

# Hypothesis runs a fixed example sequence in CI (no flaky first failures on a clean clone) and random
# ones locally. A settings object rather than a loaded profile: the global profile belongs to conftest.
PROPERTY = settings(derandomize=bool(os.environ.get("CI")), deadline=None, max_examples=300)

MON_1030 = "2017-10-16T10:30:00+03:30"

# (printed line, value.isoformat(), DateMatch.jalali)
PARSED = [
    # the month-name forms
    ("مهر ۲۴, ۱۳۹۶", "2017-10-16", "1396-07-24"),
    ("مهر ۲۴، ۱۳۹۶", "2017-10-16", "1396-07-24"),
    ("۲۴ مهر ۱۳۹۶", "2017-10-16", "1396-07-24"),
    ("۲۴ مهرماه ۱۳۹۶", "2017-10-16", "1396-07-24"),
    ("۲۴ مهر\u200cماه ۱۳۹۶", "2017-10-16", "1396-07-24"),
    ("۲۴ مهر ماه ۱۳۹۶", "2017-10-16", "1396-07-24"),
    ("مهـــر ۲۴, ۱۳۹۶", "2017-10-16", "1396-07-24"),
    ("\u200f۲۴ مهر ۱۳۹۶\u200f", "2017-10-16", "1396-07-24"),
    ("یکشنبه ۲۴ مهر ۱۳۹۶ - ۱۰:۳۰", MON_1030, "1396-07-24T10:30"),
    ("۹ خرداد ۱۳۹۸ / ۰۰:۲۰", "2019-05-30T00:20:00+04:30", "1398-03-09T00:20"),
    ("پنجشنبه / ۹ خرداد ۱۳۹۸ / ۰۰:۲۰", "2019-05-30T00:20:00+04:30", "1398-03-09T00:20"),
    # numeric forms
    ("۱۳۹۶/۰۷/۲۴", "2017-10-16", "1396-07-24"),
    ("۱۳۹۶/۷/۲۴ ۱۰:۳۰", MON_1030, "1396-07-24T10:30"),
    ("۱۳۹۶-۰۷-۲۴", "2017-10-16", "1396-07-24"),
    ("۱۳۹۶.۰۷.۲۴", "2017-10-16", "1396-07-24"),
    ("۲۴/۰۷/۱۳۹۶", "2017-10-16", "1396-07-24"),
    ("۱۰:۳۰ - ۱۳۹۶/۰۷/۲۴", MON_1030, "1396-07-24T10:30"),
    ("1396-07-24 10:30", MON_1030, "1396-07-24T10:30"),
    ("زمان: 23:55 1398/02/26", "2019-05-16T23:55:00+04:30", "1398-02-26T23:55"),
    ("ساعت:۱۰:۳۰ - ۱۳۹۶/۰۷/۲۴", MON_1030, "1396-07-24T10:30"),
    # seconds and 12-hour clocks (12 ق.ظ is midnight, 12 ب.ظ noon)
    ("۲۴ مهر ۱۳۹۶ ساعت ۱۰:۳۰:۱۵", "2017-10-16T10:30:15+03:30", "1396-07-24T10:30:15"),
    ("۲۴ مهر ۱۳۹۶ ساعت ۱۰:۳۰ ب.ظ", "2017-10-16T22:30:00+03:30", "1396-07-24T22:30"),
    ("۲۴ مهر ۱۳۹۶ ساعت ۱۲:۳۰ ب.ظ", "2017-10-16T12:30:00+03:30", "1396-07-24T12:30"),
    ("۲۴ مهر ۱۳۹۶ ساعت ۱۲:۳۰ ق.ظ", "2017-10-16T00:30:00+03:30", "1396-07-24T00:30"),
    ("۲۴ مهر ۱۳۹۶ - ۰۹:۱۵ ق ظ", "2017-10-16T09:15:00+03:30", "1396-07-24T09:15"),
    ("۲۴ مهر ۱۳۹۶ - ۰۳:۴۵ بعد از ظهر", "2017-10-16T15:45:00+03:30", "1396-07-24T15:45"),
    ("۲۴ مهر ۱۳۹۶ - ۱۱:۰۰ قبل از ظهر", "2017-10-16T11:00:00+03:30", "1396-07-24T11:00"),
    ("۲۴ مهر ۱۳۹۶ 12:05 AM", "2017-10-16T00:05:00+03:30", "1396-07-24T00:05"),
    ("۲۴ مهر ۱۳۹۶ 07:40 pm", "2017-10-16T19:40:00+03:30", "1396-07-24T19:40"),
    # the spoken parts of the day: صبح / بامداد morning, عصر afternoon, ظهر noon, شب night
    ("۲۴ مهر ۱۳۹۶ ساعت ۰۹:۱۵ صبح", "2017-10-16T09:15:00+03:30", "1396-07-24T09:15"),
    ("۲۴ مهر ۱۳۹۶ - 3:45 عصر", "2017-10-16T15:45:00+03:30", "1396-07-24T15:45"),
    ("۲۴ مهر ۱۳۹۶ ۰۲:۱۰ بعدازظهر", "2017-10-16T14:10:00+03:30", "1396-07-24T14:10"),
    ("۲۴ مهر ۱۳۹۶ ۰۲:۱۰ بعد‌ازظهر", "2017-10-16T14:10:00+03:30", "1396-07-24T14:10"),
    ("۲۴ مهر ۱۳۹۶ ۰۸:۳۰ شب", "2017-10-16T20:30:00+03:30", "1396-07-24T20:30"),
    ("۲۴ مهر ۱۳۹۶ ۰۲:۳۰ شب", "2017-10-16T02:30:00+03:30", "1396-07-24T02:30"),
    ("۲۴ مهر ۱۳۹۶ ۱۲:۳۰ ظهر", "2017-10-16T12:30:00+03:30", "1396-07-24T12:30"),
    ("۲۴ مهر ۱۳۹۶ ۰۱:۱۵ ظهر", "2017-10-16T13:15:00+03:30", "1396-07-24T13:15"),
    ("۲۴ مهر ۱۳۹۶ ۰۴:۰۵ بامداد", "2017-10-16T04:05:00+03:30", "1396-07-24T04:05"),
    ("۲۴ مهر ۱۳۹۶ ۰۴:۰۵ پس از ظهر", "2017-10-16T16:05:00+03:30", "1396-07-24T16:05"),
    ("۰۹:۱۵ صبح - ۲۴ مهر ۱۳۹۶", "2017-10-16T09:15:00+03:30", "1396-07-24T09:15"),
    ("پنج\u200cشنبه ۱ شهريور ۱۴۰۳ 5:20 ب.ظ", "2024-08-22T17:20:00+03:30", "1403-06-01T17:20"),
    ("۱۲ ارديبهشت ۱۳۹۸ - ۱۱:۰۵ ق.ظ", "2019-05-02T11:05:00+04:30", "1398-02-12T11:05"),
    ("۲۴ مهر ۱۳۹۶ ۰۱:۰۲:۰۳ ب.ظ", "2017-10-16T13:02:03+03:30", "1396-07-24T13:02:03"),
    # the same day in the Hijri and Gregorian calendars, printed between the date and its time
    ("دوشنبه ۱۲ مرداد ۱۴۰۳ - ۲۶ محرم ۱۴۴۶ - ۱۰:۳۰", "2024-08-02T10:30:00+03:30", "1403-05-12T10:30"),
    ("۱ آذر ۱۴۰۳ - ۱۹ جمادی‌الاول ۱۴۴۶ - ۲۱ نوامبر ۲۰۲۴، ۱۸:۴۵", "2024-11-21T18:45:00+03:30", "1403-09-01T18:45"),
    ("۵ فروردین ۱۴۰۴ / ۲۵ رمضان ۱۴۴۶ / ساعت ۱۴:۲۰", "2025-03-25T14:20:00+03:30", "1404-01-05T14:20"),
    # «سال» (year) between the month and the year; a year-first date
    ("۱۲ مرداد سال ۱۴۰۳", "2024-08-02", "1403-05-12"),
    ("۵ تیر ماه سال ۱۴۰۲", "2023-06-26", "1402-04-05"),
    ("۱۴۰۳ آبان ۱۵ - ۱۴:۲۳", "2024-11-05T14:23:00+03:30", "1403-08-15T14:23"),
    ("۱۴۰۳/مرداد/۱۲", "2024-08-02", "1403-05-12"),
    # a time told in words after the date
    ("یکشنبه، ۲۸ مرداد ۱۴۰۳ ساعت ۱۰ و ۳۰ دقیقه", "2024-08-18T10:30:00+03:30", "1403-05-28T10:30"),
    ("۲۸ مرداد ۱۴۰۳ ساعت ۱۰ و نیم شب", "2024-08-18T22:30:00+03:30", "1403-05-28T22:30"),
    ("۲۸ مرداد ۱۴۰۳ ساعت ۱۰ و ۱۵", "2024-08-18T10:15:00+03:30", "1403-05-28T10:15"),
    ("۳ تیر ۱۴۰۱ ساعت ۹ صبح", "2022-06-24T09:00:00+04:30", "1401-04-03T09:00"),
    ("۲۴ مهر ۱۳۹۶ ساعت ۱۰", "2017-10-16T10:00:00+03:30", "1396-07-24T10:00"),
    # an impossible time is not attached: the date stands alone
    ("۲۴ مهر ۱۳۹۶ ساعت ۲۵", "2017-10-16", "1396-07-24"),
    ("۲۴ مهر ۱۳۹۶ ساعت ۱۴ عصر", "2017-10-16", "1396-07-24"),
    ("۲۴ مهر ۱۳۹۶ ساعت ۱۰ و ۷۵ دقیقه", "2017-10-16", "1396-07-24"),
    ("۲۴ مهر ۱۳۹۶ - ۲۵:۰۰", "2017-10-16", "1396-07-24"),
    ("۲۴ مهر ۱۳۹۶ - ۱۰:۶۰", "2017-10-16", "1396-07-24"),
    ("۲۴ مهر ۱۳۹۶ - ۱۳:۰۰ ب.ظ", "2017-10-16", "1396-07-24"),
    # Arabic letters and spellings, other months
    ("۱۲ ارديبهشت ۱۳۹۸", "2019-05-02", "1398-02-12"),
    ("۱۱ دي ۱۴۰۲", "2024-01-01", "1402-10-11"),
    ("۱۰ دی‌ماه ۱۴۰۲", "2023-12-31", "1402-10-10"),
    ("۷ تير ۱۳۶۰", "1981-06-28", "1360-04-07"),
    ("۱۶ اذر ۱۳۹۸", "2019-12-07", "1398-09-16"),
    ("۱۶ آذر ۱۳۹۸", "2019-12-07", "1398-09-16"),
    ("۲۹ اسفند ۱۳۲۹", "1951-03-20", "1329-12-29"),
    ("۱ شهريور ۱۳۹۸", "2019-08-23", "1398-06-01"),
    ("۳۱ شهریور ۱۳۵۹", "1980-09-22", "1359-06-31"),
    ("۲۲ بهمن ۱۳۵۷", "1979-02-11", "1357-11-22"),
    ("۱۴ خرداد ۱۳۶۸", "1989-06-04", "1368-03-14"),
    ("۱۳ آبان ۱۳۹۸", "2019-11-04", "1398-08-13"),
    ("۱ فروردین ۱۳۹۸", "2019-03-21", "1398-01-01"),
    # digit sets
    ("٢٤ مهر ١٣٩٦ - ١٠:٣٠", MON_1030, "1396-07-24T10:30"),
    ("۲4 مهر 1۳۹6 - ۱0:٣٠", MON_1030, "1396-07-24T10:30"),
    # labels and other numbers on the line
    ("تاریخ انتشار: ۲۴ مهر ۱۳۹۶، ۱۰:۳۰", MON_1030, "1396-07-24T10:30"),
    ("تاریخ: ۱۳۹۶/۰۷/۲۴", "2017-10-16", "1396-07-24"),
    ("انتشار: ۱۳۹۸-۱۱-۲۹ ۰۸:۱۵", "2020-02-18T08:15:00+03:30", "1398-11-29T08:15"),
    ("به‌روزرسانی: ۱۴۰۲-۰۴-۰۱ ۰۹:۱۵", "2023-06-22T09:15:00+03:30", "1402-04-01T09:15"),
    ("کد خبر: ۶۲۸۸ | ۲۴ مهر ۱۳۹۶ | ۱۰:۳۰", MON_1030, "1396-07-24T10:30"),
    ("کد خبر: 1398 - ۹ خرداد ۱۳۹۸", "2019-05-30", "1398-03-09"),
    ("شناسه خبر: ۱۲۳۴۵۶ ۲۴ مهر ۱۳۹۶", "2017-10-16", "1396-07-24"),
    ("۱۳۹۶/۰۷/۲۴ - ۱۰:۳۰ | بازدید: ۱۲۳۴", MON_1030, "1396-07-24T10:30"),
    # Gregorian and lunar Hijri dates are passed over, the Jalali one after them is read
    ("2019/05/30 - ۱۳۹۸/۰۳/۰۹", "2019-05-30", "1398-03-09"),
    ("May 30, 2019 - ۹ خرداد ۱۳۹۸", "2019-05-30", "1398-03-09"),
    ("۲۵ رمضان ۱۴۴۰ - ۹ خرداد ۱۳۹۸", "2019-05-30", "1398-03-09"),
    ("۳۲ مهر ۱۳۹۶ - ۲۴ مهر ۱۳۹۶", "2017-10-16", "1396-07-24"),
    # Dari month names as Afghan sites print them
    ("دلو ۰۵, ۱۴۰۳", "2025-01-24", "1403-11-05"),
    ("حوت ۰۸, ۱۴۰۳", "2025-02-26", "1403-12-08"),
    ("۵ دلو ۱۴۰۳", "2025-01-24", "1403-11-05"),
    ("اسد ۲۸, ۱۴۰۰", "2021-08-19", "1400-05-28"),
    ("۱ حمل ۱۴۰۰", "2021-03-21", "1400-01-01"),
    ("۲۴ میزان ۱۴۰۲", "2023-10-16", "1402-07-24"),
    # Pashto month names, as Afghan sites' Pashto pages print them (Pashto letters ګ ۍ as written)
    ("۱۲ زمری ۱۴۰۲", "2023-08-03", "1402-05-12"),
    ("۱۲ غبرګولی ۱۴۰۳", "2024-06-01", "1403-03-12"),
    ("۱۰ لیندۍ ۱۴۰۲", "2023-12-01", "1402-09-10"),
    ("کب ۰۸, ۱۴۰۳", "2025-02-26", "1403-12-08"),
    ("۱ وری ۱۴۰۰", "2021-03-21", "1400-01-01"),
    # Pashto's year-first date, «of the year 1402, of Laṛam the 24th», its day perhaps with «مه»
    ("د ۱۴۰۲ کال د لړم ۲۴مه", "2023-11-15", "1402-08-24"),
    ("د ۱۴۰۲ کال د لړم ۲۴ مه - ۱۰:۳۰", "2023-11-15T10:30:00+03:30", "1402-08-24T10:30"),
    ("۱۴۰۳ کال د غبرګولی ۱۲", "2024-06-01", "1403-03-12"),
    # leap years: 30 Esfand exists in 1399 and 1403
    ("۳۰ اسفند ۱۳۹۹", "2021-03-20", "1399-12-30"),
    ("۳۰ اسفند ۱۴۰۳", "2025-03-20", "1403-12-30"),
    ("۲۹ اسفند ۱۴۰۲", "2024-03-19", "1402-12-29"),
    # Tehran summer time: ends 30 Shahrivar 24:00 up to 1401; none from 1402 on
    ("۳۰ شهریور ۱۴۰۱ ساعت ۱۲:۰۰", "2022-09-21T12:00:00+04:30", "1401-06-30T12:00"),
    ("۳۱ شهریور ۱۴۰۱ ساعت ۱۲:۰۰", "2022-09-22T12:00:00+03:30", "1401-06-31T12:00"),
    ("۱ مهر ۱۴۰۱ ساعت ۱۲:۰۰", "2022-09-23T12:00:00+03:30", "1401-07-01T12:00"),
    ("۳۰ شهریور ۱۳۹۶ - ۲۲:۰۰", "2017-09-21T22:00:00+04:30", "1396-06-30T22:00"),
    ("۳۱ شهریور ۱۳۹۶ - ۲۲:۰۰", "2017-09-22T22:00:00+03:30", "1396-06-31T22:00"),
    ("۱ تیر ۱۴۰۱ ۱۲:۰۰", "2022-06-22T12:00:00+04:30", "1401-04-01T12:00"),
    ("۱ تیر ۱۴۰۲ ۱۲:۰۰", "2023-06-22T12:00:00+03:30", "1402-04-01T12:00"),
    ("۱ فروردین ۱۴۰۱ ۲۳:۳۰", "2022-03-21T23:30:00+03:30", "1401-01-01T23:30"),
    ("۲ فروردین ۱۴۰۱ ۰۱:۳۰", "2022-03-22T01:30:00+04:30", "1401-01-02T01:30"),
    # the hour repeated when summer time ends reads as its first (summer) occurrence
    ("۳۰ شهریور ۱۴۰۱ ۲۳:۳۰", "2022-09-21T23:30:00+04:30", "1401-06-30T23:30"),
    # two-digit years against TODAY (1404): ۰۰..۰۵ → 14xx, the rest → 13xx
    ("۵ خرداد ۰۴ - ۰۹:۳۲", "2025-05-26T09:32:00+03:30", "1404-03-05T09:32"),
    ("۵ خرداد ۰۵", "2026-05-26", "1405-03-05"),
    ("۵ خرداد ۰۶", "1927-05-27", "1306-03-05"),
    ("۱۲ مهر ۹۸ - ۱۰:۴۵", "2019-10-04T10:45:00+03:30", "1398-07-12T10:45"),
]

NOTHING = [
    "",
    "به گزارش خبرگزاری ایسنا، جلسه امروز برگزار شد.",
    "۱۰:۳۰",
    "ساعت ۱۰:۳۰ ب.ظ",
    "کد خبر: ۶۲۸۸",
    "۲۴ مهر",  # no year
    "مهر ۱۳۹۶",  # no day
    "۲۰ خرداد ۱۲ نفر",  # a count after the month is not a two-digit year
    "۲۴ مهر ۱۰:۳۰",  # nor is an hour
    "۲۸ مرداد ساعت ۱۰ و ۳۰ دقیقه",  # a time in words, no year
    "سال ۱۴۰۳",
    "شماره ۱۴۰۳ مهر ۱۴۰۲",  # an issue number before a month and year: no day
    # invalid days and months
    "۳۰ اسفند ۱۳۹۸",
    "۳۰ اسفند ۱۴۰۲",
    "۳۲ مهر ۱۳۹۶",
    "۳۱ مهر ۱۳۹۶",
    "۰ مهر ۱۳۹۶",
    "۱۳۹۶/۱۳/۰۱",
    "۱۳۹۶/۰۰/۱۰",
    "۱۳۹۶/۰۷/۳۲",
    # years outside 1200..1499
    "۲۴ مهر ۱۱۹۶",
    "۲۴ مهر ۱۷۹۶",
    "۱۵ تیر ۲۰۱۹",
    # Gregorian and lunar Hijri dates
    "2019/05/30",
    "2019-05-30 10:30",
    "30/05/2019",
    "May 30, 2019",
    "۳۰ مه ۲۰۱۹",
    "۲۵ رمضان ۱۴۴۰",
    "۱۲ ربیع‌الاول ۱۴۴۱",
    "۱ ذی‌الحجه ۱۴۴۰ - ۱۰:۳۰",
    # Pashto month names that are Persian words too (trap, …) need a four-digit year
    "۳ تله ۱۲",
    "۵ کب ۰۲",
]


@pytest.mark.parametrize(("text", "value", "jalali"), PARSED)
def test_find_date_reads_printed_forms(text: str, value: str, jalali: str) -> None:
    found = find_date(text, today=TODAY)
    assert found is not None
    assert found.value.isoformat() == value
    assert found.jalali == jalali
    assert found.has_time == ("T" in value)
    assert type(found.value) is (datetime if found.has_time else date)
    assert found.raw == text[found.span[0] : found.span[1]]


def test_table_is_large_enough() -> None:
    assert len(PARSED) + len(NOTHING) >= 60


@pytest.mark.parametrize("text", NOTHING)
def test_find_date_gives_none(text: str) -> None:
    assert find_date(text, today=TODAY) is None
    assert parse_date(text) is None


def test_parse_date_is_find_date_value() -> None:
    assert parse_date("یکشنبه ۲۴ مهر ۱۳۹۶ - ۱۰:۳۰") == datetime(2017, 10, 16, 10, 30, tzinfo=TEHRAN)
    assert parse_date("۲۴ مهر ۱۳۹۶") == date(2017, 10, 16)


@pytest.mark.parametrize(
    ("text", "span", "raw"),
    [
        ("کد خبر: ۶۲۸۸ | ۲۴ مهر ۱۳۹۶ | ۱۰:۳۰", (15, 34), "۲۴ مهر ۱۳۹۶ | ۱۰:۳۰"),
        ("پنجشنبه / ۹ خرداد ۱۳۹۸ / ۰۰:۲۰", (0, 30), "پنجشنبه / ۹ خرداد ۱۳۹۸ / ۰۰:۲۰"),
        ("تاریخ انتشار: ۲۴ مهر ۱۳۹۶، ۱۰:۳۰", (14, 32), "۲۴ مهر ۱۳۹۶، ۱۰:۳۰"),
        ("زمان: 23:55 1398/02/26", (6, 22), "23:55 1398/02/26"),
        ("تاریخ: ۱۳۹۶/۰۷/۲۴ ", (7, 17), "۱۳۹۶/۰۷/۲۴"),
        ("۲۴ مهر ۱۳۹۶ - ۲۵:۰۰", (0, 11), "۲۴ مهر ۱۳۹۶"),  # the impossible time stays out
        ("\u200f۲۴ مهر ۱۳۹۶\u200f", (1, 12), "۲۴ مهر ۱۳۹۶"),  # deleted marks shift nothing
        ("مهـــر ۲۴, ۱۳۹۶ \u200f۱۰:۳۰", (0, 22), "مهـــر ۲۴, ۱۳۹۶ \u200f۱۰:۳۰"),
        ("May 30, 2019 - ۹ خرداد ۱۳۹۸ (۲۴ رمضان)", (15, 27), "۹ خرداد ۱۳۹۸"),
        ("۲۴ مهر‌ماه ۱۳۹۶ ساعت ۱۰:۳۰:۱۵", (0, 29), "۲۴ مهر‌ماه ۱۳۹۶ ساعت ۱۰:۳۰:۱۵"),
        ("انتشار: ۲۴ مهر ۱۳۹۶ ساعت ۱۰ و ۳۰ دقیقه؛ بازدید ۱۲", (8, 38), "۲۴ مهر ۱۳۹۶ ساعت ۱۰ و ۳۰ دقیقه"),
    ],
)
def test_span_and_raw_index_the_original_text(text: str, span: tuple[int, int], raw: str) -> None:
    found = find_date(text)
    assert found is not None
    assert found.span == span
    assert found.raw == raw
    assert text[span[0] : span[1]] == raw


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("یکشنبه ۲۴ مهر ۱۳۹۶ - ۱۰:۳۰", False),  # 2017-10-16 was a Monday
        ("دوشنبه ۲۴ مهر ۱۳۹۶ - ۱۰:۳۰", True),
        ("دو شنبه، ۲۴ مهر ۱۳۹۶", True),
        ("سه‌شنبه ۲۵ مهر ۱۳۹۶", True),
        ("پنج‌شنبه ۹ خرداد ۱۳۹۸", True),
        ("پنجشنبه / ۹ خرداد ۱۳۹۸ / ۰۰:۲۰", True),
        ("جمعه ۹ خرداد ۱۳۹۸", False),
        ("جمعه ۵ دلو ۱۴۰۳", True),  # 2025-01-24 was a Friday
        ("شنبه ۶ دلو ۱۴۰۳", True),
        ("شنبه ۵ دلو ۱۴۰۳", False),
        ("چهارشنبه حوت ۰۸, ۱۴۰۳", True),  # 2025-02-26 was a Wednesday
        ("۲۴ مهر ۱۳۹۶", None),
    ],
)
def test_weekday_is_checked_but_never_changes_the_date(text: str, ok: bool | None) -> None:
    found = find_date(text)
    assert found is not None
    assert found.weekday_ok is ok


def test_wrong_weekday_keeps_date_and_raw() -> None:
    found = find_date("یکشنبه ۲۴ مهر ۱۳۹۶ - ۱۰:۳۰")
    assert found == DateMatch(
        value=datetime(2017, 10, 16, 10, 30, tzinfo=TEHRAN),
        has_time=True,
        span=(0, 26),
        raw="یکشنبه ۲۴ مهر ۱۳۹۶ - ۱۰:۳۰",
        weekday_ok=False,
        dari=False,
        jalali="1396-07-24T10:30",
    )


@pytest.mark.parametrize(
    ("text", "dari"),
    [("دلو ۰۵, ۱۴۰۳", True), ("۵ دلو ۱۴۰۳", True), ("۱ حمل ۱۴۰۰", True), ("۱۲ زمری ۱۴۰۲", True),
     ("۲۴ مهر ۱۳۹۶", False), ("۱۳۹۶/۰۷/۲۴", False)],
)
def test_dari_flag(text: str, dari: bool) -> None:
    found = find_date(text)
    assert found is not None
    assert found.dari is dari
    assert zone_for_months(found.dari) is (KABUL if dari else TEHRAN)


def test_kabul_zone_is_plus_0430_all_year() -> None:
    winter = find_date("۵ دلو ۱۴۰۳ ساعت ۱۰:۳۰", KABUL)
    summer = find_date("۱ سرطان ۱۴۰۳ ۱۰:۰۰", KABUL)
    assert winter is not None and summer is not None
    assert winter.value.isoformat() == "2025-01-24T10:30:00+04:30"
    assert summer.value.isoformat() == "2024-06-21T10:00:00+04:30"
    assert winter.value.tzinfo is KABUL
    # the same wall time in Tehran (no summer time in 2024) is an hour later in absolute time
    tehran = parse_date("۱ تیر ۱۴۰۳ ۱۰:۰۰")
    assert isinstance(tehran, datetime)
    assert tehran.isoformat() == "2024-06-21T10:00:00+03:30"
    assert tehran - summer.value == timedelta(hours=1)


def test_tz_argument_sets_the_zone_not_the_wall_time() -> None:
    found = find_date("۱۳۹۶/۰۷/۲۴ ۱۰:۳۰", KABUL)
    assert found is not None
    assert found.value.isoformat() == "2017-10-16T10:30:00+04:30"


@pytest.mark.parametrize(
    ("today", "text", "jalali"),
    [
        (date(2025, 6, 1), "۵ خرداد ۰۴", "1404-03-05"),
        (date(2025, 6, 1), "۵ خرداد ۰۵", "1405-03-05"),
        (date(2025, 6, 1), "۵ خرداد ۰۶", "1306-03-05"),
        (date(2025, 6, 1), "۵ خرداد ۹۹", "1399-03-05"),
        (date(2019, 6, 1), "۵ خرداد ۰۴", "1304-03-05"),  # in 1398 nothing pivots to 14xx yet
        (date(2019, 6, 1), "۵ خرداد ۹۸", "1398-03-05"),
        (date(2019, 6, 1), "۵ خرداد ۹۹", "1399-03-05"),
        (date(2021, 3, 20), "۵ خرداد ۰۰", "1400-03-05"),  # 30 Esfand 1399: 00 is next year
        (date(2021, 3, 20), "۵ خرداد ۰۱", "1301-03-05"),
        (date(2021, 3, 20), "۵ خرداد ۹۹", "1399-03-05"),
        (date(2021, 3, 21), "۵ خرداد ۰۱", "1401-03-05"),  # 1 Farvardin 1400: 01 is next year now
    ],
)
def test_two_digit_year_pivot(today: date, text: str, jalali: str) -> None:
    found = find_date(text, today=today)
    assert found is not None
    assert found.jalali == jalali


def test_unplaceable_pivot_day_only_drops_two_digit_years() -> None:
    found = find_date("۵ خرداد ۰۴ | ۲۴ مهر ۱۳۹۶", today=date(1, 1, 1))
    assert found is not None
    assert found.jalali == "1396-07-24"


def test_two_digit_year_with_real_clock() -> None:
    found = find_date("۵ خرداد ۹۸ - ۰۹:۳۲")  # 13xx for any clock before 1497
    assert found is not None
    assert found.jalali == "1398-03-05T09:32"
    assert found.value.isoformat() == "2019-05-26T09:32:00+04:30"


def test_non_string_input_gives_none() -> None:
    assert find_date(None) is None  # type: ignore[arg-type]
    assert parse_date(b"1396/07/24") is None  # type: ignore[arg-type]
    assert parse_iso(None) is None  # type: ignore[arg-type]


# --- parse_iso ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2020-02-18T03:25:00Z", "2020-02-18T06:55:00+03:30"),
        ("2019-05-20T18:23:00.0000000Z", "2019-05-20T22:53:00+04:30"),
        ("2019-05-01T15:54:40.85", "2019-05-01T15:54:40.850000+04:30"),
        ("2020-02-18T06:55:00+03:30", "2020-02-18T06:55:00+03:30"),
        ("2020-02-18 T 07:20:50 +0330", "2020-02-18T07:20:50+03:30"),
        ("2017-10-16T07:00:00+00:00", MON_1030),
        ("2017-10-16T02:00:00-05:00", MON_1030),
        ("2017-10-16 10:30", MON_1030),
        (" 2022-09-21T19:29:00Z ", "2022-09-21T23:59:00+04:30"),
        ("2022-09-21T20:30:00Z", "2022-09-22T00:00:00+03:30"),  # summer time over at midnight
        ("۲۰۲۰-۰۲-۱۸T۰۳:۲۵:۰۰Z", "2020-02-18T06:55:00+03:30"),
    ],
)
def test_parse_iso(value: str, expected: str) -> None:
    parsed = parse_iso(value)
    assert parsed is not None
    assert parsed.isoformat() == expected


def test_parse_iso_in_kabul() -> None:
    parsed = parse_iso("2025-01-24T05:00:00Z", KABUL)
    assert parsed is not None
    assert parsed.isoformat() == "2025-01-24T09:30:00+04:30"
    assert parsed.tzinfo is KABUL


@pytest.mark.parametrize(
    "value",
    [
        "2020-02-18",  # a day, not an instant
        "",
        "garbage",
        "2020-13-01T00:00:00Z",
        "2020-02-30T10:00:00Z",
        "2020-02-18T24:00:00Z",
        "2020-02-18T10:61:00Z",
        "2020-02-18T10:00:00+25:00",
        "0001-01-01T00:00:00+03:30",
        "9999-12-31T23:59:59-12:00",
        "18/02/2020 10:00",
    ],
)
def test_parse_iso_rejects(value: str) -> None:
    assert parse_iso(value) is None


# --- format_instant / published_fields ------------------------------------------------------------


def test_format_instant() -> None:
    assert format_instant(datetime(2017, 10, 16, 10, 30, tzinfo=TEHRAN)) == MON_1030
    assert format_instant(datetime(2019, 5, 30, 0, 20, 5, 999, tzinfo=TEHRAN)) == "2019-05-30T00:20:05+04:30"
    assert format_instant(datetime(2020, 2, 18, 3, 25, tzinfo=UTC)) == "2020-02-18T03:25:00+00:00"
    assert format_instant(datetime(2020, 2, 18, tzinfo=timezone(-timedelta(hours=5)))) == ("2020-02-18T00:00:00-05:00")
    with pytest.raises(ValueError):
        format_instant(datetime(2017, 10, 16, 10, 30))


@pytest.mark.parametrize(
    ("value", "tz", "seconds", "expected"),
    [
        (
            datetime(2017, 10, 16, 10, 30, tzinfo=TEHRAN),
            TEHRAN,
            False,
            (MON_1030, "2017-10-16", "1396-07-24T10:30"),
        ),
        (
            datetime(2017, 10, 16, 10, 30, 15, tzinfo=TEHRAN),
            TEHRAN,
            False,
            ("2017-10-16T10:30:15+03:30", "2017-10-16", "1396-07-24T10:30"),
        ),
        (
            datetime(2017, 10, 16, 10, 30, 15, tzinfo=TEHRAN),
            TEHRAN,
            True,
            ("2017-10-16T10:30:15+03:30", "2017-10-16", "1396-07-24T10:30:15"),
        ),
        (date(2017, 10, 16), TEHRAN, False, (None, "2017-10-16", "1396-07-24")),
        (date(2025, 1, 24), KABUL, False, (None, "2025-01-24", "1403-11-05")),
        (
            # 22:00 UTC is already the next day in Tehran
            datetime(2020, 2, 18, 22, 0, tzinfo=UTC),
            TEHRAN,
            False,
            ("2020-02-19T01:30:00+03:30", "2020-02-19", "1398-11-30T01:30"),
        ),
        (
            datetime(2019, 5, 29, 19, 50, tzinfo=UTC),
            TEHRAN,
            False,
            ("2019-05-30T00:20:00+04:30", "2019-05-30", "1398-03-09T00:20"),
        ),
        (
            datetime(2025, 1, 24, 10, 30, tzinfo=KABUL),
            KABUL,
            False,
            ("2025-01-24T10:30:00+04:30", "2025-01-24", "1403-11-05T10:30"),
        ),
        (
            datetime(2025, 1, 24, 10, 30, tzinfo=TEHRAN),
            KABUL,
            False,
            ("2025-01-24T11:30:00+04:30", "2025-01-24", "1403-11-05T11:30"),
        ),
        (
            datetime(2017, 10, 16, 10, 30),  # naive: taken as tz local time
            TEHRAN,
            False,
            (MON_1030, "2017-10-16", "1396-07-24T10:30"),
        ),
    ],
)
def test_published_fields(value, tz, seconds: bool, expected: tuple[str | None, str, str]) -> None:
    at, day, jalali = expected
    assert published_fields(value, tz, seconds=seconds) == {
        "published_at": at,
        "published_date": day,
        "published_jalali": jalali,
    }


def test_found_date_feeds_published_fields() -> None:
    found = find_date("کد خبر: ۶۲۸۸ | ۲۴ مهر ۱۳۹۶ | ۱۰:۳۰")
    assert found is not None
    assert published_fields(found.value) == {
        "published_at": MON_1030,
        "published_date": "2017-10-16",
        "published_jalali": found.jalali,
    }


# --- properties ----------------------------------------------------------------------------------------

PERSIAN_MONTH_NAMES = "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند".split()
DARI_MONTH_NAMES = "حمل ثور جوزا سرطان اسد سنبله میزان عقرب قوس جدی دلو حوت".split()
WEEKDAY_NAMES = ["شنبه", "یکشنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه"]  # jdatetime order
DIGITS = {"ascii": "0123456789", "persian": "۰۱۲۳۴۵۶۷۸۹", "arabic": "٠١٢٣٤٥٦٧٨٩"}


def _digits(text: str, digit_set: str) -> str:
    return text.translate(str.maketrans("0123456789", DIGITS[digit_set]))


def _printed(local: datetime, form: int, digit_set: str) -> str:
    """The instant printed the way one kind of page prints it (hand-written, not our parser's code)."""
    j = jdatetime.date.fromgregorian(date=local.date())
    y, m, d = j.year, j.month, j.day
    hh, mm, ss = local.hour, local.minute, local.second
    month = PERSIAN_MONTH_NAMES[m - 1]
    h12 = hh % 12 or 12
    meridiem = "ق.ظ" if hh < 12 else "ب.ظ"
    forms = [
        f"{WEEKDAY_NAMES[j.weekday()]} {d} {month} {y} - {hh:02}:{mm:02}",
        f"{y}/{m:02}/{d:02} {hh}:{mm:02}",
        f"{hh:02}:{mm:02} - {y}/{m}/{d}",
        f"تاریخ انتشار: {d} {month}\u200cماه {y} ساعت {hh:02}:{mm:02}:{ss:02}",
        f"{month} {d}, {y} {h12}:{mm:02} {meridiem}",
        f"کد خبر: 6288 | {d} {month} {y} | {hh:02}:{mm:02}",
        f"زمان: {hh:02}:{mm:02} {y}-{m:02}-{d:02}",
        f"{DARI_MONTH_NAMES[m - 1]} {d:02}, {y} ساعت {hh}:{mm:02}",
    ]
    return _digits(forms[form], digit_set)


def _ambiguous(instant: datetime) -> bool:
    """True in the repeated hour when summer time ends: the printed wall time names two instants."""
    return instant.replace(fold=1 - instant.fold).utcoffset() != instant.utcoffset()


def _exists(wall: datetime) -> bool:
    """False for a wall time skipped by a clock change (truncating seconds can land in one)."""
    return wall.astimezone(UTC).astimezone(wall.tzinfo).replace(tzinfo=None) == wall.replace(tzinfo=None)


@PROPERTY
@given(
    utc=st.datetimes(min_value=datetime(1925, 1, 1), max_value=datetime(2070, 12, 31)),
    form=st.integers(0, 7),
    digit_set=st.sampled_from(sorted(DIGITS)),
    zone=st.sampled_from([TEHRAN, KABUL]),
)
def test_printed_instants_parse_back(utc: datetime, form: int, digit_set: str, zone) -> None:
    local = utc.replace(tzinfo=UTC).astimezone(zone)
    assume(not _ambiguous(local))
    text = _printed(local, form, digit_set)
    found = find_date(text, zone)
    assert found is not None, text
    assert found.has_time
    assert found.raw == text[found.span[0] : found.span[1]]
    expected = local.replace(microsecond=0) if form == 3 else local.replace(second=0, microsecond=0)
    assume(_exists(expected))
    assert found.value == expected, text
    assert found.value.utcoffset() == local.utcoffset()
    assert found.dari is (form == 7)
    assert found.weekday_ok is (True if form == 0 else None)


@PROPERTY
@given(st.text())
def test_find_date_never_raises_on_any_text(text: str) -> None:
    found = find_date(text)
    if found is not None:
        assert found.raw == text[found.span[0] : found.span[1]]


DATEISH = [
    "۲۴", "۱۳۹۶", "0", "12", "۹", "٣", "/", "-", ".", ":", ",", "،", " ", "\u200c", "\u200f", "ـ", "|",
    "مهر", "ماه", "دلو", "اسفند", "دي", "جدی", "شنبه", "یک", "سه", "ساعت", "در", "ب.ظ", "ق", "ظ", "AM",
    "pm", "رمضان", "May", "2019", "\n", "ي", "ك", "قبل از ظهر",
]  # fmt: skip


@PROPERTY
@given(st.lists(st.sampled_from(DATEISH), max_size=25).map("".join))
def test_find_date_never_raises_on_date_like_text(text: str) -> None:
    found = find_date(text, today=TODAY)
    if found is not None:
        assert found.raw == text[found.span[0] : found.span[1]]
        assert found.raw == found.raw.strip()
        assert found.has_time == isinstance(found.value, datetime)


# Text without Arabic script around a numeric Jalali date: ASCII digits, separators and dashes,
# white space and the characters find_date deletes, Latin letters.
NUMERIC_NOISE = ["1", "4", "0", "12", "2019", "/", "-", ".", "–", " ", "\n", "\u200e", "\u00ad", "a", "May", ":"]
GAPS = ["", " ", "  ", "\u200e", "\xa0", "\u2009", "\n  "]


@st.composite
def numeric_date_texts(draw: st.DrawFn) -> list[str]:
    """A numeric date (either order, any separator and gaps) amid noise, cut into text nodes."""
    year, month, day = draw(st.integers(1200, 1499)), draw(st.integers(1, 12)), draw(st.integers(1, 29))
    sep = draw(st.sampled_from(["/", "-", ".", "–", "—"]))
    gap = st.one_of(st.just(""), st.sampled_from(GAPS))  # 24/07/1396 is read only without gaps
    parts = [str(year), f"{month:02d}" if draw(st.booleans()) else str(month), str(day)]
    if draw(st.booleans()):
        parts.reverse()
    date = f"{parts[0]}{draw(gap)}{sep}{draw(gap)}{parts[1]}{draw(gap)}{sep}{draw(gap)}{parts[2]}"
    noise = st.lists(st.sampled_from(NUMERIC_NOISE), max_size=6).map("".join)
    text = draw(noise) + draw(st.sampled_from(GAPS)) + date + draw(st.sampled_from(GAPS)) + draw(noise)
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=3)))
    return [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]


@PROPERTY
@given(numeric_date_texts())
@example(["1201912", "1200/1/1"])  # the year starts inside another year-like run of digits (found by hypothesis)
def test_numeric_date_gate_never_misses_a_date(parts: list[str]) -> None:
    """The page-level gate must say yes wherever find_date finds a date in any element's text. An
    element's text is its text nodes joined with spaces (text_of) or with nothing (itertext), and
    the gate reads the whole page's nodes joined with nothing: checked on the pieces of one text."""
    page_text = "".join(parts)
    for text in (" ".join(parts), page_text, *parts):
        if find_date(text, today=TODAY) is not None:
            assert may_hold_numeric_date(page_text), (text, page_text)


@pytest.mark.parametrize(("text", "holds"), [
    ("1403/05/12", True),
    ("12-5-1403", True),
    ("1403 / \u200e 05 /12", True),
    ("14\u200e03–5-1", True),
    ("Published 2024-11-05 at 10:30", False),
    ("in 1403 there were 14 ships", False),
    ("1/1/2024", False),
])
def test_numeric_date_gate_examples(text: str, holds: bool) -> None:
    assert may_hold_numeric_date(text) is holds


@PROPERTY
@given(st.text())
def test_parse_iso_never_raises(text: str) -> None:
    parse_iso(text)


@pytest.mark.parametrize(("text", "jalali"), [
    ("آخرین به‌روزرسانی: ۱۲ مرداد ۱۴۰۲ - ۱۱:۰۰ | تاریخ انتشار: ۱۰ مرداد ۱۴۰۲ - ۰۹:۰۰", "1402-05-10T09:00"),
    ("بروز شده در ۱۱:۰۰ - ۱۴۰۲/۰۵/۱۲ انتشار: ۱۴۰۲/۰۵/۱۰", "1402-05-10"),
    ("ویرایش: ۱۲ مرداد ۱۴۰۲ ۱۱:۰۰ انتشار: ۱۰ مرداد ۱۴۰۲ ۰۹:۰۰", "1402-05-10T09:00"),
    ("تاریخ انتشار: ۱۰ مرداد ۱۴۰۲ - ۰۹:۰۰ | ویرایش: ۱۲ مرداد ۱۴۰۲", "1402-05-10T09:00"),
    ("ویرایش‌های تازه ۱۲ مرداد ۱۴۰۲", "1402-05-12"),  # a word that begins like the label is no label
])
def test_a_published_date_passes_over_one_labelled_as_an_update(text: str, jalali: str) -> None:
    found = find_date(text, published=True)
    assert found is not None and found.jalali == jalali
    assert find_date("آخرین به‌روزرسانی: ۱۲ مرداد ۱۴۰۲", published=True) is None
    assert find_date("آخرین به‌روزرسانی: ۱۲ مرداد ۱۴۰۲") is not None  # only when asked: a line is a line
    updated = find_date(text, updated=True)  # … and asked for the update, only a labelled one
    assert updated is None or updated.jalali != jalali


@pytest.mark.parametrize(("value", "gregorian"), [
    ("1402-05-12T10:30:00+03:30", "2023-08-03T10:30:00+03:30"),
    ("1402/5/12 10:30", "2023-08-03 10:30"),
    ("۱۴۰۲-۰۵-۱۲", "2023-08-03"),
    ("2023-08-03T10:30:00+03:30", None),  # Gregorian already
    ("1402-12-30", None),                 # 1402 is no leap year: no such day
    ("14020512", None),
])
def test_a_machine_date_with_jalali_numbers_reads_as_its_gregorian_day(value: str, gregorian: str | None) -> None:
    assert jalali_machine_as_gregorian(value) == gregorian


@pytest.mark.parametrize("label", ["ساعت انتشار:", "زمان انتشار:", "ساعت:"])
def test_a_time_printed_under_its_own_label_after_the_date_is_the_dates(label: str) -> None:
    found = find_date(f"تاریخ انتشار: ۱۳۹۸/۰۵/۱۴ {label} ۰۹:۳۵")
    assert found is not None and found.has_time
    assert found.value == datetime(2019, 8, 5, 9, 35, tzinfo=TEHRAN)


@pytest.mark.parametrize(("text", "jalali"), [
    ("Friday, Qaws 24, 1402", "1402-09-24"),
    ("Wednesday, 31 Shahrivar 1400 | 12:10", "1400-06-31T12:10"),
    ("1402 mehr 5", "1402-07-05"),
    ("HOOT 29, 1402", "1402-12-29"),
    ("Ordibehesht 22, 1405 - 08:05", "1405-02-22T08:05"),
])
def test_solar_months_spelled_in_latin_letters_are_read(text: str, jalali: str) -> None:
    found = find_date(text)
    assert found is not None and found.jalali == jalali


@pytest.mark.parametrize("text", ["Asad 12, 2011", "Tir 5, 99", "Mehr News 2023, 12", "Dey 40 1402"])
def test_latin_month_names_without_a_jalali_date_are_none(text: str) -> None:
    assert find_date(text) is None


def test_a_time_before_a_latin_spelled_date_is_another_dates() -> None:
    """«Aug 15, 2022 - 16:52 Asad 24, 1401»: the clock is the Gregorian date's, printed before."""
    found = find_date("Aug 15, 2022 - 16:52 Asad 24, 1401")
    assert found is not None and found.jalali == "1401-05-24" and not found.has_time
    assert found.dari
