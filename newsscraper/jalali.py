"""Solar Hijri (Jalali) dates as Persian and Dari news pages print them → aware datetimes.

Pure functions. The calendar arithmetic (Jalali ↔ Gregorian, validity, leap years) is jdatetime's;
UTC offsets come from zoneinfo only, because Asia/Tehran kept summer time (+04:30) up to 1401/2022
and a fixed +03:30 of ours would be wrong for half of every year before that.

``find_date`` reads the first Jalali date on a line of page text. It matches on a normalised copy of
the line (ASCII digits, Persian ی/ک, no bidi marks or tatweel) but reports the span in the original
text, so callers can keep the printed date verbatim as ``published_raw``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo

import jdatetime

from newsscraper.gregorian import HIJRI_MONTHS, PERSIAN_SCRIPT_MONTHS
from newsscraper.persian import ARABIC_INDIC_DIGITS, ASCII_DIGITS, PERSIAN_DIGITS, ZWNJ, persian_letters
from newsscraper.wordpattern import longest_first

__all__ = [
    "KABUL",
    "TEHRAN",
    "DateMatch",
    "find_date",
    "format_instant",
    "jalali_machine_as_gregorian",
    "parse_date",
    "parse_iso",
    "published_fields",
    "zone_for_months",
]

TEHRAN = ZoneInfo("Asia/Tehran")
KABUL = ZoneInfo("Asia/Kabul")

# Four-digit numbers outside this range are Gregorian (2019), lunar Hijri years are 14xx but only
# come with Arabic month names, which we never match; anything else is a news ID or a count.
MIN_YEAR = 1200
MAX_YEAR = 1499


@dataclass(frozen=True)
class DateMatch:
    value: datetime | date  # aware datetime in tz when a time was printed, else a date
    has_time: bool
    span: tuple[int, int]  # offsets in the text given to find_date
    raw: str  # == text[span[0]:span[1]]
    weekday_ok: bool | None  # None: no weekday printed before the date
    dari: bool  # the month was named the Afghan way (Dari or Pashto)
    jalali: str  # "1396-07-24", "1396-07-24T10:30" or "1396-07-24T10:30:15"


# --- normalisation -------------------------------------------------------------------------------
# One character in, at most one out: offsets in the normalised line stay those of the original,
# except for the zero-width characters we delete; for those an index map is built (rarely needed).

_DELETED = (
    "\u00ad\u061c\u0640\u200b\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
    + "".join(map(chr, range(0x064B, 0x0660)))  # harakat: اُردیبهشت → اردیبهشت
    + "\u0670"
    + "".join(map(chr, range(0x00, 0x09)))
    + "\x0e\x0f"
    + "".join(map(chr, range(0x10, 0x20)))
    + "".join(map(chr, range(0x7F, 0xA0)))
)
# ZWNJ becomes a space so مهر‌ماه, یک‌شنبه and ب‌ظ match the same patterns as their spaced forms.
_SPACES = "\t\n\x0b\x0c\r\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a" + (
    "\u2028\u2029\u202f\u205f\u3000" + ZWNJ
)
_TABLE: dict[int, int | None] = {ord(c): None for c in _DELETED}
_TABLE.update({ord(c): ord(" ") for c in _SPACES})
_TABLE.update(str.maketrans(PERSIAN_DIGITS + ARABIC_INDIC_DIGITS, ASCII_DIGITS * 2))
_TABLE.update(str.maketrans("يىكأإٱھ،٬–—−‒―ګۍې", "ییکاااه,,-----گیی"))
_DELETED_SET = frozenset(_DELETED)


def _normalise(text: str) -> tuple[str, list[int] | None]:
    """The matching form of ``text`` and, when characters were deleted, each char's original index."""
    norm = text.translate(_TABLE)
    if len(norm) == len(text):
        return norm, None
    return norm, [i for i, c in enumerate(text) if c not in _DELETED_SET]


def _original_span(start: int, end: int, index: list[int] | None) -> tuple[int, int]:
    if index is None:
        return start, end
    return index[start], index[end - 1] + 1


# --- vocabulary (normalised spellings) -----------------------------------------------------------

_PERSIAN_MONTHS = {
    "فروردین": 1,
    "اردیبهشت": 2,
    "خرداد": 3,
    "تیر": 4,
    "مرداد": 5,
    "امرداد": 5,
    "شهریور": 6,
    "مهر": 7,
    "آبان": 8,
    "ابان": 8,
    "آذر": 9,
    "اذر": 9,
    "دی": 10,
    "بهمن": 11,
    "اسفند": 12,
    "اسپند": 12,
}
_IRANIAN_MONTH = re.compile(rf"(?<![^\W\d_])(?:{'|'.join(sorted(_PERSIAN_MONTHS, key=len, reverse=True))})(?![^\W\d_])")


def names_iranian_month(text: str) -> bool:
    """The text (a printed date) names a solar month the Iranian way («تیر», «دی»): Afghan sites name
    them otherwise («سرطان», «جدی»)."""
    return _IRANIAN_MONTH.search(persian_letters(text)) is not None


_DARI_MONTHS = {
    "حمل": 1,
    "ثور": 2,
    "جوزا": 3,
    "جوزاء": 3,
    "سرطان": 4,
    "اسد": 5,
    "سنبله": 6,
    "میزان": 7,
    "عقرب": 8,
    "قوس": 9,
    "جدی": 10,
    "دلو": 11,
    "حوت": 12,
}
# The same solar months as Afghanistan's Pashto pages name them (folded as _TABLE folds: ګ → گ,
# ۍ and ې → ی). Some are Persian words too (تله, کب), so they count only before a four-digit year.
_PASHTO_MONTHS = {
    "وری": 1,
    "غویی": 2,
    "غوایی": 2,
    "غبرگولی": 3,
    "چنگاښ": 4,
    "زمری": 5,
    "وږی": 6,
    "تله": 7,
    "لړم": 8,
    "لیندی": 9,
    "مرغومی": 10,
    "سلواغه": 11,
    "کب": 12,
}
# The solar months as the English editions of Iranian and Afghan outlets spell them («Shahrivar 31,
# 1400», «Qaws 24, 1402»), matched in any case; read before a four-digit year only (Tir, Dey, Asad and
# Mizan are words and names too).
_LATIN_IRANIAN_MONTHS = {
    "farvardin": 1, "ordibehesht": 2, "khordad": 3, "tir": 4, "mordad": 5, "amordad": 5,
    "shahrivar": 6, "shahriver": 6, "mehr": 7, "aban": 8, "azar": 9, "dey": 10, "dei": 10, "bahman": 11,
    "esfand": 12, "isfand": 12,
}
_LATIN_AFGHAN_MONTHS = {
    "hamal": 1, "sawr": 2, "saur": 2, "sowr": 2, "thawr": 2, "jawza": 3, "jauza": 3, "jowza": 3, "saratan": 4,
    "asad": 5, "sunbula": 6, "sunbulah": 6, "sonbola": 6, "sonbula": 6, "mizan": 7, "meezan": 7, "aqrab": 8,
    "akrab": 8, "qaws": 9, "qaus": 9, "qows": 9, "jadi": 10, "jaddi": 10, "jadee": 10, "dalw": 11, "dalv": 11,
    "hut": 12, "hoot": 12, "hout": 12,
}
_LATIN_MONTHS = {**_LATIN_IRANIAN_MONTHS, **_LATIN_AFGHAN_MONTHS}
_AFGHAN_MONTHS = {**_DARI_MONTHS, **_PASHTO_MONTHS, **_LATIN_AFGHAN_MONTHS}
_MONTHS = {**_PERSIAN_MONTHS, **_DARI_MONTHS, **_PASHTO_MONTHS}
_MONTH_NUMBERS = {**_MONTHS, **_LATIN_MONTHS}  # every name a date may print (Latin ones lower-cased)
# jdatetime numbers weekdays from Saturday (شنبه = 0).
_WEEKDAYS = {
    "شنبه": 0,
    "یکشنبه": 1,
    "دوشنبه": 2,
    "سهشنبه": 3,
    "سشنبه": 3,
    "چهارشنبه": 4,
    "پنجشنبه": 5,
    "جمعه": 6,
}

# --- patterns --------------------------------------------------------------------------------------
_NOT_LETTER_BEFORE = r"(?<![^\W\d_])"
_NOT_LETTER_AFTER = r"(?![^\W\d_])"
_MONTH_ALT = f"{longest_first(_MONTHS)}|(?i:{longest_first(_LATIN_MONTHS)})"
_WEEKDAY_ALT = r"یک\s?شنبه|دو\s?شنبه|سه\s?شنبه|سشنبه|چهار\s?شنبه|پنج\s?شنبه|شنبه|جمعه"
# Words that make a printed time a 12-hour one. Longer phrases first, so «قبل از ظهر» is not read as «ظهر».
_MERIDIEM = (
    r"(?:قبل\s?از\s?ظهر|بعد\s?از\s?ظهر|پیش\s?از\s?ظهر|پس\s?از\s?ظهر|ق\s?\.?\s?ظ\.?|ب\s?\.?\s?ظ\.?"
    r"|صبح|بامداد|عصر|ظهر|شب|(?i:[ap]\.?\s?m\.?(?![a-z])))" + _NOT_LETTER_AFTER
)
# A two-digit year must not be the hour of a time (خرداد ۱۰:۳۰) nor a count (۲۰ خرداد ۱۲ نفر).
_YY_TAIL = r"(?!\s?[:.]\s?[0-9])(?!\s*(?!(?:ساعت|در)" + _NOT_LETTER_AFTER + r")[^\W\d_])"


def _time(p: str, minute_digits: str = "2") -> str:
    # ``minute_digits``: "1,2" where an unpadded minute is read (Blogfa prints «ساعت 11:5» for 11:05,
    # after the date only: before a date a lone digit is more often a count than a minute).
    return (
        rf"(?<![0-9])(?<![0-9]:)(?P<{p}h>[0-9]{{1,2}})\s?:\s?(?P<{p}m>[0-9]{{{minute_digits}}})"
        rf"(?:\s?:\s?(?P<{p}s>[0-9]{{2}}))?(?![0-9])(?:\s?(?P<{p}ap>{_MERIDIEM}))?"
    )


_YMD_SEPARATOR = r"(?:\s*[/\-]\s*|\s*)"  # «۱۴۰۳/مرداد/۱۲», «۱۴۰۳ / مرداد / ۱۲», «۱۴۰۳ مرداد ۱۲»
_PASHTO_YEAR_OF = r"\s*کال\s*د\s+"  # «۱۴۰۲ کال د …»: the year's, the month's
_CORE = "|".join(
    (
        # 1396/07/24, 1396-7-24, 1396.07.24 (also Gregorian 2019/05/30, rejected by its year)
        r"(?<![0-9])(?P<ny>[0-9]{4})\s?(?P<ns>[/.\-])\s?(?P<nm>[0-9]{1,2})\s?(?P=ns)\s?(?P<nd>[0-9]{1,2})"
        r"(?![0-9])",
        # 24/07/1396
        r"(?<![0-9])(?P<rd>[0-9]{1,2})(?P<rs>[/.\-])(?P<rm>[0-9]{1,2})(?P=rs)(?P<ry>[0-9]{4})(?![0-9])",
        # ۲۴ مهر ۱۳۹۶, ۲۴ مهرماه ۱۳۹۶, ۲۴ مهر ماه سال ۱۳۹۶, ۵ خرداد ۰۴, ۵ دلو ۱۴۰۳
        rf"(?<![0-9])(?P<dd>[0-9]{{1,2}})\s*(?P<dmon>{_MONTH_ALT})(?:\s?ماه)?(?:\s*سال)?{_NOT_LETTER_AFTER}[\s,]*"
        rf"(?P<dy>[0-9]{{4}}(?![0-9])|[0-9]{{2}}(?![0-9]){_YY_TAIL})",
        # مهر ۲۴, ۱۳۹۶ (WordPress jalali plugins), دلو ۰۵, ۱۴۰۳ (Afghan sites)
        rf"{_NOT_LETTER_BEFORE}(?P<mmon>{_MONTH_ALT})(?:\s?ماه)?\s*(?P<md>[0-9]{{1,2}})(?![0-9])\s*,?\s*"
        r"(?P<my>[0-9]{4})(?![0-9])",
        # ۱۳۹۶ مهر ۲۴, ۱۳۹۶/مهر/۲۴ (a year-first date format, as a Jalali plugin may be set to print)
        # (one separator pattern, spaces or a slash or dash between spaces: two optional runs of spaces
        # side by side would try every split of a long run of them)
        # Pashto's «د ۱۴۰۲ کال د لړم ۲۴مه» ("of the year 1402, of Laṛam the 24th") puts «کال د» there.
        rf"(?<![0-9])(?P<yy>[0-9]{{4}})(?:{_PASHTO_YEAR_OF}|{_YMD_SEPARATOR})(?P<ymon>{_MONTH_ALT})(?:\s?ماه)?"
        rf"{_NOT_LETTER_AFTER}{_YMD_SEPARATOR}(?P<yd>[0-9]{{1,2}})(?![0-9])(?:\s?مه{_NOT_LETTER_AFTER})?",
    )
)
_GAP_BEFORE = r"[\s,\-/|]*"
# What may stand between a date and its time: separators and the words ساعت (hour) / در (at), and
# the label of a time printed apart («ساعت انتشار:», «زمان انتشار:»: the hour of publication).
_GAP_AFTER = rf"(?:[\s,\-/|:]|(?:ساعت|زمان)\s(?:انتشار|ارسال|درج){_NOT_LETTER_AFTER}|ساعت|در{_NOT_LETTER_AFTER})*"
# The same day in the lunar Hijri and the Gregorian calendar, which many Persian pages print between
# the Jalali date and its time («۱۲ مرداد ۱۴۰۳ - ۲۶ محرم ۱۴۴۶ - ۲ اوت ۲۰۲۴ - ۱۰:۳۰»): passed over,
# so that the time is still the date's.
_OTHER_MONTHS = "|".join((HIJRI_MONTHS, longest_first(PERSIAN_SCRIPT_MONTHS)))
_OTHER_CALENDAR_DATE = rf"[0-9]{{1,2}}\s*(?:{_OTHER_MONTHS}){_NOT_LETTER_AFTER}\s*[0-9]{{4}}(?![0-9])"
# A time told in words after the date: «ساعت ۱۰ و ۳۰ دقیقه» (or «ساعت ۱۰ و ۳۰»), «ساعت ۱۰ و نیم»,
# «ساعت ۱۰ صبح», «ساعت ۱۰».
_WORDS_TIME = (
    rf"ساعت\s*(?P<wh>[0-9]{{1,2}})(?![0-9]|\s?[:.]\s?[0-9])"
    rf"(?:\s*و\s*(?:(?P<wm>[0-9]{{1,2}})(?![0-9])(?:\s*دقیقه)?|(?P<whalf>نیم){_NOT_LETTER_AFTER}))?"
    rf"(?:\s*(?P<wap>{_MERIDIEM}))?"
)
_DATE_RE = re.compile(
    rf"(?:{_time('b')}{_GAP_BEFORE})?"
    rf"(?:{_NOT_LETTER_BEFORE}(?P<wd>{_WEEKDAY_ALT}){_NOT_LETTER_AFTER}{_GAP_BEFORE})?"
    rf"(?P<core>{_CORE})"
    rf"(?:{_GAP_AFTER}(?:{_OTHER_CALENDAR_DATE}{_GAP_AFTER}){{0,2}}(?:{_time('a', '1,2')}|{_WORDS_TIME}))?"
)
_DIGIT_RE = re.compile("[0-9]")
# A day of the month told as an ordinal word before the month's name, as Blogfa and older templates
# print it («سه شنبه سیزدهم شهریور ۱۳۸۶», «بیست و دوم آذر ۱۳۸۶», «اول مهر ۱۴۰۲»), in the matching
# form (a ZWNJ is a space: «سی‌ام» reads «سی ام»). Read only where no date with the day in digits is
# found on the line.
_UNIT_ORDINALS = {"یکم": 1, "دوم": 2, "سوم": 3, "چهارم": 4, "پنجم": 5, "ششم": 6, "هفتم": 7, "هشتم": 8, "نهم": 9}
_ORDINAL_DAYS = {
    "اول": 1, **_UNIT_ORDINALS, "دهم": 10, "یازدهم": 11, "دوازدهم": 12, "سیزدهم": 13, "چهاردهم": 14,
    "پانزدهم": 15, "شانزدهم": 16, "هفدهم": 17, "هجدهم": 18, "هیجدهم": 18, "نوزدهم": 19, "بیستم": 20,
    **{f"بیست و {word}": 20 + n for word, n in _UNIT_ORDINALS.items()},
    "سیام": 30, "سی ام": 30, "سی و یکم": 31,
}
_ORDINAL_DAY = re.compile(
    _NOT_LETTER_BEFORE
    + "(?P<ord>" + "|".join(w.replace(" و ", r"\s*و\s*").replace(" ", r"\s?")
                          for w in sorted(_ORDINAL_DAYS, key=len, reverse=True)) + ")"
    + rf"(?=\s*(?:{_MONTH_ALT}){_NOT_LETTER_AFTER})"
)


def _ordinal_days_as_digits(norm: str) -> str | None:
    """The matching form with each ordinal day before a month's name written as its number, padded
    with spaces to the word's length (the spans of a match stay the original's); None when there is
    none."""
    spelled, n = _ORDINAL_DAY.subn(lambda m: str(_ORDINAL_DAYS[" ".join(m["ord"].split())]).ljust(len(m["ord"])),
                                   norm)
    return spelled if n else None


# A label saying the date after it is when the story was changed (in the matching form: ZWNJ is a
# space there): «آخرین به‌روزرسانی:», «بروز شده در», «ویرایش:», «آپدیت», «آخرین بازنگری:» (a site page's
# revision: its terms or its privacy rules).
_UPDATE_LABEL = re.compile(
    r"(?:به\s?روز\s?(?:رسانی|شده|شد)|بروز\s?(?:رسانی|شده|شد)|ویرایش(?:\s?شده)?|آخرین\s?تغییر|[آا]پدیت|"
    r"بازنگری(?:\s?شده)?)"
    rf"{_NOT_LETTER_AFTER}(?:\s*(?:در|:|-))*\s*$"
)
_LABEL_REACH = 30  # characters before a date searched for its label
# A text holding none of these holds no update label (_UPDATE_LABEL): the cheap test before a search.
UPDATE_WORDS = ("روزرسانی", "روز شد", "روزشد", "ویرایش", "آخرین تغییر", "پدیت", "بازنگری")

# Without Arabic script a text can hold a Jalali date only in the numeric forms (1396/07/24,
# 24/07/1396), whose year is four digits of MIN_YEAR..MAX_YEAR (1200–1499). Looser than _CORE on
# purpose (no digit boundaries, any white space), so that the text of a whole page joined without
# separators matches wherever find_date would match the text of one element of it.
_ZAP = "[" + re.escape(_DELETED) + "]*"  # what _normalise deletes may sit anywhere
_YEAR4 = re.compile(_ZAP.join(("1", "[2-4]", "[0-9]", "[0-9]")))
_GAP_CHARS = frozenset(_SPACES + _DELETED)  # besides str.isspace(): what \s and _normalise let pass
_SEPARATORS = "/.-–—−‒―"  # with the dashes _normalise reads as «-»
_GAP = "[\\s" + re.escape(_SPACES + _DELETED) + "]*"
_YEAR_THEN_DATE = re.compile(f"{_GAP}[{re.escape(_SEPARATORS)}]{_GAP}[0-9]")
# A month in Latin letters and a day, either way round, just before a year: looked for only in the few
# characters before each year found, as a word of a month's and a number of one or two digits.
_LATIN_WORD = re.compile("[A-Za-z]{3,}")
_DAY_DIGITS = re.compile(r"(?<![0-9])[0-9]{1,2}(?![0-9])")
_LATIN_DAY_REACH = 20


def may_hold_numeric_date(text: str) -> bool:
    """Whether ``text`` (without Arabic script) may hold a date find_date finds: a cheap test of a
    whole page's text before the search element by element. Looser than the date grammar on purpose
    (no digit boundaries, any white space), so that a page's text nodes joined without separators
    pass wherever find_date finds a date in the text of one element: a year 1200–1499 with a
    separator and a digit after it (1396/07/24) or before it (24/07/1396), or after a day and a
    month spelled in Latin letters (Qaws 24, 1402; 31 Shahrivar 1400)."""
    return any(_YEAR_THEN_DATE.match(text, m.end()) or _date_before(text, m.start()) or _latin_day_before(text, m)
               for m in _year_starts(text))


def _latin_day_before(text: str, year: re.Match[str]) -> bool:
    """Whether a month in Latin letters and a day run up to the year (Qaws 24, 1402): looked for only
    before a year that stands alone (most matches are inside longer numbers: prices, phone numbers)."""
    start, end = year.start(), year.end()
    if (start and text[start - 1].isdigit()) or (end < len(text) and text[end].isdigit()):
        return False
    window = text[max(0, start - _LATIN_DAY_REACH):start]
    return _DAY_DIGITS.search(window) is not None and any(
        word.lower() in _LATIN_MONTHS for word in _LATIN_WORD.findall(window))


def _year_starts(text: str) -> Iterator[re.Match[str]]:
    """Every start of a year, overlapping ones too: in 12019121200/1/1 (the digits of two text nodes
    joined) the year 1200 starts inside the 1212 a left-to-right scan takes first. Each search starts
    one character after the last match (a lookahead tried at every position is several times slower
    than the search for the pattern's leading literal)."""
    m = _YEAR4.search(text)
    while m:
        yield m
        m = _YEAR4.search(text, m.start() + 1)


def _date_before(text: str, end: int) -> bool:
    """Whether a digit, white space, a separator and white space run up to ``end`` (`24/07/` of 24/07/1396)."""
    i = _skip_gap_back(text, end)
    if i == 0 or text[i - 1] not in _SEPARATORS:
        return False
    i = _skip_gap_back(text, i - 1)
    return i > 0 and "0" <= text[i - 1] <= "9"


def _skip_gap_back(text: str, i: int) -> int:
    while i > 0 and (text[i - 1].isspace() or text[i - 1] in _GAP_CHARS):
        i -= 1
    return i


# --- calendar helpers ------------------------------------------------------------------------------


@lru_cache(maxsize=8192)
def _gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a Jalali date, None when the date does not exist (۳۰ اسفند ۱۳۹۸)."""
    try:
        return jdatetime.date(year, month, day).togregorian()
    except (ValueError, OverflowError):
        return None


@lru_cache(maxsize=64)
def _jalali_year(today: date) -> int | None:
    try:
        return jdatetime.date.fromgregorian(date=today).year
    except (ValueError, OverflowError):  # a pivot day jdatetime cannot place (year 1, year 9999)
        return None


def _full_year(digits: str, today: date | None) -> int | None:
    """A printed year → Jalali year; two digits name a year of the century ending next year.

    In 1404, ۰۰..۰۵ are 1400..1405 and ۰۶..۹۹ are 1306..1399: a page may be dated next year (a
    Nowruz issue printed early) but never further ahead.
    """
    year = int(digits)
    if len(digits) == 4:
        return year if MIN_YEAR <= year <= MAX_YEAR else None
    current = _jalali_year(today or date.today())
    if current is None:
        return None
    return current + 1 - (current + 1 - year) % 100


def _clock(m: re.Match[str], p: str) -> tuple[int, int, int | None] | None:
    """(hour, minute, second or None) of time group ``p``, None when absent or impossible."""
    hour_s = m.group(p + "h")
    if hour_s is None:
        return None
    hour, minute = int(hour_s), int(m.group(p + "m"))
    second_s = m.group(p + "s")
    second = int(second_s) if second_s is not None else None
    if minute > 59 or (second is not None and second > 59):
        return None
    meridiem = m.group(p + "ap")
    if meridiem is None:
        return (hour, minute, second) if hour <= 23 else None
    hour = _hour_of_day(hour, meridiem)
    return None if hour is None else (hour, minute, second)


def _words_clock(m: re.Match[str]) -> tuple[int, int, None] | None:
    """(hour, minute, None) of a time told in words (_WORDS_TIME), None when absent or impossible."""
    hour_s = m.group("wh")
    if hour_s is None:
        return None
    hour = int(hour_s)
    minute = 30 if m.group("whalf") else int(m.group("wm") or 0)
    meridiem = m.group("wap")
    if meridiem is not None:
        hour = _hour_of_day(hour, meridiem)
    if hour is None or hour > 23 or minute > 59:
        return None
    return hour, minute, None


def _hour_of_day(hour: int, meridiem: str) -> int | None:
    """A 12-hour clock's hour → 0..23, None when the word and the hour disagree (۱۵:۰۰ ق.ظ).

    ق.ظ / قبل از ظهر / صبح / بامداد / am are before noon (12 is midnight); ب.ظ / بعد از ظهر / عصر /
    pm after it (12 is noon). ظهر (noon) is 11 or 12 as printed and 1–5 in the afternoon; شب (night)
    is 5–11 in the evening and 12–4 after midnight. An hour outside 1–12 beside such a word
    (۱۳:۰۰ ب.ظ) is no 12-hour time: the date stands alone.
    """
    if not 1 <= hour <= 12:
        return None
    word = "".join(meridiem.split()).replace(".", "").lower()
    if word in ("قظ", "قبلازظهر", "پیشازظهر", "صبح", "بامداد", "am"):
        afternoon = False
    elif word == "ظهر":
        afternoon = hour <= 5 or hour == 12
    elif word == "شب":
        afternoon = 5 <= hour <= 12
        if hour == 12:
            return 0
    else:  # ب.ظ, بعد از ظهر, پس از ظهر, عصر, pm
        afternoon = True
    # 12 ق.ظ is midnight and 12 ب.ظ noon; anything else after noon adds twelve hours.
    return hour % 12 + (12 if afternoon else 0)


def _ymd(m: re.Match[str], today: date | None) -> tuple[int, int, int, bool] | None:
    """(year, month, day, dari) of the matched date core, None when the year is not a Jalali one."""
    if m.group("ny") is not None:
        parts = (m.group("ny"), m.group("nm"), m.group("nd"), None)
    elif m.group("ry") is not None:
        parts = (m.group("ry"), m.group("rm"), m.group("rd"), None)
    elif m.group("dy") is not None:
        parts = (m.group("dy"), None, m.group("dd"), m.group("dmon"))
    elif m.group("my") is not None:
        parts = (m.group("my"), None, m.group("md"), m.group("mmon"))
    else:
        parts = (m.group("yy"), None, m.group("yd"), m.group("ymon"))
    year_s, month_s, day_s, name = parts
    latin = _latin(name)
    if latin:
        name = name.lower()
    if (latin or name in _PASHTO_MONTHS) and len(year_s) < 4:
        return None
    year = _full_year(year_s, today)
    if year is None:
        return None
    month = _MONTH_NUMBERS[name] if name is not None else int(month_s or 0)
    return year, month, int(day_s), name in _AFGHAN_MONTHS


def _latin(name: str | None) -> bool:
    """The month is named in Latin letters (an English edition's «Qaws»)."""
    return name is not None and name.isascii()


# --- find_date ---------------------------------------------------------------------------------------


def find_date(text: str, tz: tzinfo = TEHRAN, *, today: date | None = None,
              published: bool = False, updated: bool = False) -> DateMatch | None:
    """The first valid Jalali date on ``text`` (with its time when printed beside it), else None.

    ``today`` only sets the pivot for two-digit years; it is never returned. ``published``: pass
    over a date labelled as an update («آخرین به‌روزرسانی: …», «ویرایش: …»), which is not when the
    story was published. ``updated``: only such a date.
    """
    if not isinstance(text, str):
        return None
    norm, index = _normalise(text)
    if _DIGIT_RE.search(norm) is None:  # most lines of a page: no date can be there
        return None
    found = _first_date(norm, text, index, tz, today, published, updated)
    if found is None and (spelled := _ordinal_days_as_digits(norm)) is not None:
        found = _first_date(spelled, text, index, tz, today, published, updated)
    return found


def _first_date(norm: str, text: str, index: list[int] | None, tz: tzinfo, today: date | None,
                published: bool, updated: bool) -> DateMatch | None:
    pos = 0
    while (m := _DATE_RE.search(norm, pos)) is not None:
        found = _build(m, text, index, tz, today)
        if found is not None and (published or updated):
            labelled = _UPDATE_LABEL.search(norm, max(0, m.start() - _LABEL_REACH), m.start()) is not None
            if labelled is updated:
                return found
        elif found is not None:
            return found
        # Resume just inside the rejected date so an overlapping later date is still seen.
        pos = m.start("core") + 1
    return None


def _build(m: re.Match[str], text: str, index: list[int] | None, tz: tzinfo, today: date | None) -> DateMatch | None:
    ymd = _ymd(m, today)
    if ymd is None:
        return None
    year, month, day, dari = ymd
    greg = _gregorian(year, month, day)
    if greg is None:
        return None
    start, end = m.start("core"), m.end("core")
    if m.group("wd") is not None:
        start = m.start("wd")
    # A time printed after the date wins over one printed before it. Before a month spelled in Latin
    # letters a time is another date's: an English line prints the Gregorian date and its time first
    # («Aug 15, 2022 - 16:40 Asad 24, 1401»), its clock after the date it times.
    clock = _clock(m, "a") or _words_clock(m)
    if clock is not None:
        end = m.end()
    elif not _latin(m.group("dmon") or m.group("mmon") or m.group("ymon")):
        clock = _clock(m, "b")
        if clock is not None:
            start = m.start("bh")
    span = _original_span(start, end, index)
    jalali = f"{year:04d}-{month:02d}-{day:02d}"
    value: datetime | date = greg
    if clock is not None:
        hour, minute, second = clock
        value = datetime(greg.year, greg.month, greg.day, hour, minute, second or 0, tzinfo=tz)
        jalali += f"T{hour:02d}:{minute:02d}" + (f":{second:02d}" if second is not None else "")
    return DateMatch(
        value=value,
        has_time=clock is not None,
        span=span,
        raw=text[span[0] : span[1]],
        weekday_ok=_weekday_ok(m.group("wd"), greg),
        dari=dari,
        jalali=jalali,
    )


def _weekday_ok(printed: str | None, day: date) -> bool | None:
    if printed is None:
        return None
    # date.weekday() counts from Monday; the Jalali week starts on Saturday, two days earlier.
    return _WEEKDAYS["".join(printed.split())] == (day.weekday() + 2) % 7


def parse_date(text: str, tz: tzinfo = TEHRAN) -> datetime | date | None:
    """find_date's value: an aware datetime when a time was printed, a date otherwise, or None."""
    found = find_date(text, tz)
    return found.value if found is not None else None


def parse_day(text: str) -> date | None:
    """A `YYYY-MM-DD` day as given on a command line: Gregorian from year 1700 on, else Jalali
    (`1403-01-05` → 2024-03-24); None when it is not a day of that calendar."""
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text.strip().translate(_TABLE))
    if m is None:
        return None
    year, month, day = (int(g) for g in m.groups())
    if year < 1700:
        return _gregorian(year, month, day)
    try:
        return date(year, month, day)
    except ValueError:
        return None


def zone_for_months(dari: bool) -> tzinfo:
    """Afghan month names (Dari or Pashto) mean an Afghan page: Kabul time; Persian ones, Tehran time."""
    return KABUL if dari else TEHRAN


# --- ISO strings from JSON-LD / meta ---------------------------------------------------------------

_ISO_RE = re.compile(
    r"\s*(?P<y>[0-9]{4})-(?P<mo>[0-9]{2})-(?P<d>[0-9]{2})(?:\s*[Tt]\s*|\s+)"
    r"(?P<h>[0-9]{2}):(?P<mi>[0-9]{2})(?::(?P<s>[0-9]{2})(?:[.,](?P<f>[0-9]+))?)?\s*"
    r"(?:(?P<utc>[Zz]|UTC|GMT)|(?P<sign>[+-])(?P<oh>[0-9]{2}):?(?P<om>[0-9]{2})?)?\s*"
)


# A machine date some Iranian CMSs write with the Jalali calendar's numbers: 1402-05-12T10:30:00+03:30,
# 1402/05/12 10:30.
_JALALI_MACHINE = re.compile(
    r"\s*(?P<y>1[2-4][0-9]{2})(?P<sep>[-/])(?P<mo>[0-9]{1,2})(?P=sep)(?P<d>[0-9]{1,2})(?![0-9])"
)


def jalali_machine_as_gregorian(value: str) -> str | None:
    """A machine date written with a Jalali year (1200–1499: no news is dated so in the Gregorian
    calendar) → the same value with its Gregorian day in ISO form (`1402-05-12T10:30:00+03:30` →
    `2023-08-03T10:30:00+03:30`, `1402/05/12` → `2023-08-03`); None for any other value, and for a
    Jalali day that does not exist."""
    if not isinstance(value, str):
        return None
    norm = value.translate(_TABLE)
    m = _JALALI_MACHINE.match(norm)
    if m is None:
        return None
    day = _gregorian(int(m["y"]), int(m["mo"]), int(m["d"]))
    return None if day is None else day.isoformat() + norm[m.end():]


def parse_iso(value: str, tz: tzinfo | None = TEHRAN) -> datetime | None:
    """A Gregorian ISO date-time → aware datetime in ``tz``; None for a bare date or garbage.

    A value without an offset is taken as ``tz`` local time, as Persian CMSs write it. With ``tz``
    None (a page of no known zone) a value keeps the offset it states, and one stating none is no
    instant (None): its offset would be a guess.
    """
    if not isinstance(value, str):
        return None
    m = _ISO_RE.fullmatch(value.translate(_TABLE))
    if m is None:
        return None
    try:
        return _iso_datetime(m, tz)
    except (ValueError, OverflowError):
        return None


def _iso_datetime(m: re.Match[str], tz: tzinfo | None) -> datetime | None:
    fraction = (m.group("f") or "")[:6].ljust(6, "0")  # .NET writes seven digits
    naive = datetime(
        *(int(m.group(k)) for k in ("y", "mo", "d", "h", "mi")),
        int(m.group("s") or 0),
        int(fraction),
    )
    if m.group("utc"):
        stated: tzinfo = UTC
    elif m.group("sign") is None:
        return None if tz is None else naive.replace(tzinfo=tz)
    else:
        offset = timedelta(hours=int(m.group("oh")), minutes=int(m.group("om") or 0))
        stated = timezone(-offset if m.group("sign") == "-" else offset)
    return in_zone(naive.replace(tzinfo=stated), tz)


def in_zone(value: datetime, tz: tzinfo | None) -> datetime:
    """An aware instant told in ``tz``; in the offset it states when ``tz`` is None (a page of no
    known zone)."""
    return value if tz is None else value.astimezone(tz)


# --- output fields -----------------------------------------------------------------------------------


def format_instant(value: datetime) -> str:
    """ISO-8601 to the second with the offset as ±HH:MM (2017-10-16T10:30:00+03:30).

    Offsets that are not whole minutes (Tehran's +03:25:44 before 1946) keep their seconds, since
    rounding them would name a different instant.
    """
    if value.utcoffset() is None:
        raise ValueError("format_instant needs an aware datetime")
    return value.isoformat(timespec="seconds")


def published_fields(value: datetime | date, tz: tzinfo | None = TEHRAN, *,
                     seconds: bool = False) -> dict[str, str | None]:
    """The record's published_at / published_date / published_jalali for a date or an instant.

    A datetime in another zone is first converted to ``tz``; a naive one is taken as ``tz`` local.
    With ``tz`` None (a page of no known zone) an instant keeps its own offset, and a naive one gives
    its day alone.
    """
    if isinstance(value, datetime) and value.utcoffset() is None:
        value = value.date() if tz is None else value.replace(tzinfo=tz)
    if isinstance(value, datetime):
        local = in_zone(value, tz)
        j = jdatetime.date.fromgregorian(date=local.date())
        clock = f"T{local.hour:02d}:{local.minute:02d}" + (f":{local.second:02d}" if seconds else "")
        return {
            "published_at": format_instant(local),
            "published_date": local.date().isoformat(),
            "published_jalali": f"{j.year:04d}-{j.month:02d}-{j.day:02d}{clock}",
        }
    j = jdatetime.date.fromgregorian(date=value)
    return {
        "published_at": None,
        "published_date": value.isoformat(),
        "published_jalali": f"{j.year:04d}-{j.month:02d}-{j.day:02d}",
    }
