"""Gregorian dates as pages print them: "November 19, 2019, 9:02 AM EST", "19 Nov 2019 05:44 GMT",
"Fri 6:45 PM, Feb 16, 2018", "19. November 2019", "19 de noviembre de 2019", "2019-11-19", "19.11.2019",
"2019.11.19", "2019年11月19日 09:02", "2019년 11월 19일",
the Gregorian months in Persian script («۱۹ نوامبر ۲۰۱۹», Dari «۱۳ اگست ۲۰۲۴») and in Arabic («30 نوفمبر
2026», «30 تشرين الثاني 2026»).

The last source of a published date for a page that prints no Jalali date and carries no machine date
(JSON-LD, meta, microdata): read where the page shows its date. Month names are data: English, German,
French, Spanish, Italian, Portuguese and Dutch ones, Turkish, Azerbaijani, Uzbek, Romanian, Polish,
Czech, Hungarian, Indonesian, Malay, Swahili and Nordic ones, and Russian, Ukrainian and Greek in the
genitive a date prints. A time counts only with a zone printed beside it (GMT, UTC, EST, ET, CET …):
without one the page's own zone is unknown, so the date alone is given, never a guessed instant; except
where the caller knows the site's zone for a month named in Persian script (an Afghan page's).
Numeric dates are read in the orders that tell the day from the month: ISO's, year first with slashes
or dots (2024/11/30, 2024.11.30), day first with dots (19.11.2019), and day first with slashes only where
the day is past 12 (26/01/2018); 11/10/2019 may be either day and is not read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from zoneinfo import ZoneInfo

from newsscraper.persian import persian_letters, to_ascii_digits
from newsscraper.wordpattern import any_word

_MONTH_NAMES = {
    1: "january jan januar jänner janvier janv enero gennaio janeiro januari",
    2: "february feb februar février févr fevrier febrero febbraio fevereiro februari",
    3: "march mar märz mär mrz mars marzo março maart",
    4: "april apr avril avr abril aprile",
    5: "may mai mayo maggio maio mei",
    6: "june jun juni juin junio giugno junho",
    7: "july jul juli juillet juil julio luglio julho",
    8: "august aug août aout agosto augustus",
    9: "september sep sept septembre septiembre setiembre settembre setembro",
    10: "october oct oktober okt octobre octubre ottobre outubro",
    11: "november nov novembre noviembre novembro",
    12: "december dec dezember dez décembre déc decembre diciembre dicembre dezembro",
}
# … in Turkish, Azerbaijani and Uzbek (Latin), Romanian, Polish, Czech and Hungarian, Indonesian,
# Malay and Swahili, the Nordic languages, and as Russian, Ukrainian and Greek write a date (the
# month's genitive: «5 ноября 2024», «25 листопада 2024», «12 Νοεμβρίου 2024»)
_MORE_MONTH_NAMES = {
    1: "ocak yanvar ianuarie stycznia ledna január januar января січня ιανουαρίου",
    2: "şubat fevral februarie lutego února február февраля лютого φεβρουαρίου",
    3: "mart martie marca března március maret mac machi marts марта березня μαρτίου",
    4: "nisan aprel aprilie kwietnia dubna április aprili апреля квітня απριλίου",
    5: "mayıs maja května május мая травня μαΐου μαίου",
    6: "haziran iyun iunie czerwca června június июня червня ιουνίου",
    7: "temmuz iyul iulie lipca července július julai июля липня ιουλίου",
    8: "ağustos avqust avgust sierpnia srpna augusztus agustus ogos agosti августа серпня αυγούστου",
    9: "eylül sentyabr sentabr septembrie września září szeptember septemba сентября вересня σεπτεμβρίου",
    10: "ekim oktyabr oktabr octombrie października října október oktoba октября жовтня οκτωβρίου",
    11: "kasım noyabr noiembrie listopada listopadu novemba ноября листопада νοεμβρίου",
    12: "aralık dekabr decembrie grudnia prosince desember disember desemba декабря грудня δεκεμβρίου",
}
# … in Tajik, Persian written in Cyrillic («08 ноябри 2024»: the month joined to its year by the
# ezafe's -и, as Sorani Kurdish joins it by ی, «١٦ی نیسانی ٢٠٢٤»), and in Sorani Kurdish.
_TAJIK_AND_KURDISH_MONTH_NAMES = {
    1: "январ کانوونی_دووەم", 2: "феврал شوبات", 3: "март ئازار", 4: "апрел", 5: "май ئایار",
    6: "июн حوزەیران", 7: "июл تەممووز", 8: "август ئاب", 9: "сентябр ئەیلوول", 10: "октябр تشرینی_یەکەم",
    11: "ноябр تشرینی_دووەم", 12: "декабр کانوونی_یەکەم",
}
# The Gregorian months as Persian pages write them («۱۹ نوامبر ۲۰۱۹»: BBC Persian, DW, Radio Farda), and
# as Afghan pages write them in Dari («۱۳ اگست ۲۰۲۴»: Tolonews, Pajhwok, Hasht-e Subh) and in Pashto,
# with its own letters («۱۳ اګست ۲۰۲۴», «۵ جنوري», «۱ مۍ», «۹ سپټمبر», «۲ ډسمبر»).
_PERSIAN_MONTH_NAMES = {
    1: "ژانویه ژانویهٔ جنوری جنوري", 2: "فوریه فوریهٔ فبروری فبروري", 3: "مارس مارچ", 4: "آوریل اپریل اپرېل",
    5: "مه می مۍ", 6: "ژوئن جون", 7: "ژوئیه ژوئیهٔ جولای", 8: "اوت آگوست اگست اګست", 9: "سپتامبر سپتمبر سپټمبر",
    10: "اکتبر اکتوبر اکټوبر", 11: "نوامبر نومبر", 12: "دسامبر دسمبر ډسمبر",
}
# Of those, the Afghan spellings alone (Iranian pages write «ژانویه», «مارس», «اوت»): a date printed so
# is an Afghan page's. («می» is Persian's verb prefix too, and «جون» a word: neither tells.)
_DARI_ONLY_MONTHS = frozenset("جنوری جنوري فبروری فبروري مارچ اپریل اپرېل جولای اگست اګست سپتمبر سپټمبر "
                              "اکتوبر اکټوبر نومبر دسمبر ډسمبر".split())


def names_dari_month(text: str) -> bool:
    """The text (a printed date) names a Gregorian month as Afghan pages spell it («۸ مارچ ۲۰۲۵»)."""
    return any(word in _DARI_ONLY_MONTHS for word in text.split())


# … and as Arabic pages write them (an Iranian agency's Arabic service): the Egyptian and Gulf names,
# and the Levantine ones («تشرين الثاني»); each also as Persian normalisation writes it (ي → ی, ك → ک).
_ARABIC_MONTH_NAMES = {
    1: "يناير كانون_الثاني", 2: "فبراير شباط", 3: "آذار", 4: "أبريل إبريل ابريل نيسان", 5: "مايو أيار",
    6: "يونيو يونية حزيران", 7: "يوليو يولية تموز", 8: "أغسطس اغسطس آب", 9: "سبتمبر أيلول",
    10: "أكتوبر اكتوبر تشرين_الأول", 11: "نوفمبر تشرين_الثاني", 12: "ديسمبر كانون_الأول",
}
_ARABIC_TO_PERSIAN_LETTERS = str.maketrans("يك", "یک")
_ARABIC_SCRIPT_MONTHS = {
    number: " ".join(dict.fromkeys(variant for name in names.split()
                                   for variant in (name, name.translate(_ARABIC_TO_PERSIAN_LETTERS))))
    for number, names in _ARABIC_MONTH_NAMES.items()
}
MONTHS: dict[str, int] = {name.replace("_", " "): number
                          for table in (_MONTH_NAMES, _MORE_MONTH_NAMES, _TAJIK_AND_KURDISH_MONTH_NAMES,
                                        _PERSIAN_MONTH_NAMES, _ARABIC_SCRIPT_MONTHS)
                          for number, names in table.items() for name in names.split()}
PERSIAN_SCRIPT_MONTHS = tuple(name.replace("_", " ") for table in (_PERSIAN_MONTH_NAMES, _ARABIC_SCRIPT_MONTHS)
                              for names in table.values() for name in names.split())

# The lunar Hijri months as Persian pages print them (a pattern: «ربیع‌الثانی» with or without its space).
HIJRI_MONTHS = (r"محرم|صفر|ربیع\s?ال(?:اول|ثانی|آخر)|جمادی\s?ال(?:اولی|اول|ثانیه|ثانی|آخره|آخر)|رجب|شعبان"
                r"|رمضان|شوال|ذی\s?ال?(?:قعده|حجه)")
_PERSIAN_SCRIPT_MONTH = frozenset(name.lower() for name in PERSIAN_SCRIPT_MONTHS)
# What a Persian page prints between a Gregorian date and its time: separators, the same day in the
# lunar Hijri calendar, «ساعت» («۲۳ اکتبر ۲۰۲۴ / ۲۰ ربیع الثانی ۱۴۴۶ / ساعت ۱۱:۴۰»).
_PERSIAN_BETWEEN = re.compile(rf"[\s,،|/@–-]*(?:\d{{1,2}}\s*(?:{HIJRI_MONTHS})\s*\d{{4}}(?!\d)[\s,،|/–-]*)?"
                              r"(?:ساعت\s*:?\s*)?")

# Zones printed after a time, as a zoneinfo key (a summer date gets the summer offset: "EST" printed
# in July is New York time all the same). Abbreviations that name two zones (IST, CST in Asia) are left out.
ZONES: dict[str, str] = {
    "utc": "UTC", "gmt": "UTC", "z": "UTC",
    "et": "America/New_York", "est": "America/New_York", "edt": "America/New_York",
    "ct": "America/Chicago", "cdt": "America/Chicago",
    "mt": "America/Denver", "mst": "America/Denver", "mdt": "America/Denver",
    "pt": "America/Los_Angeles", "pst": "America/Los_Angeles", "pdt": "America/Los_Angeles",
    "cet": "Europe/Paris", "cest": "Europe/Paris", "mez": "Europe/Berlin", "mesz": "Europe/Berlin",
    "bst": "Europe/London", "aest": "Australia/Sydney", "aedt": "Australia/Sydney",
}

_MONTH = "(?P<month>" + any_word(MONTHS) + r")\.?"
_YEAR = r"(?P<year>(?:19|20)\d{2})(?!\d)"
_DAY = r"(?P<day>[0-3]?\d)"
_DATES = (
    re.compile(rf"(?<![\w-]){_MONTH}\s+{_DAY}(?:st|nd|rd|th)?,?\s+{_YEAR}", re.IGNORECASE),  # November 19, 2019
    # (the ezafe joining day, month and year in Sorani and Tajik: «١٦ی نیسانی ٢٠٢٤», «08 ноябри 2024»)
    re.compile(rf"(?<![\w.-]){_DAY}(?:st|nd|rd|th|er|º|ی)?\.?\s+(?:de\s+)?{_MONTH}(?:ی|и)?,?\s+(?:de\s+)?{_YEAR}",
               re.IGNORECASE),  # 19 Nov. 2019, 19. November 2019, 19 de noviembre de 2019
    re.compile(r"(?<![\w-])(?P<year>(?:19|20)\d{2})-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?![\d-])"),  # 2019-11-19
    # Year first with slashes (2024/11/30, 2024/1/5): no style writes year, day, month, so the order is
    # known (Afghan pages printing the Gregorian date as the Jalali one is printed).
    re.compile(r"(?<![\w/.-])(?P<year>(?:19|20)\d{2})/(?P<month>[01]?\d)/(?P<day>[0-3]?\d)(?![\d/])"),
    # Year first with dots (2012.06.21, «2012. 06. 21.»): Korean, Chinese and Hungarian pages' order;
    # as with slashes, no style writes year, day, month.
    re.compile(r"(?<![\w.-])(?P<year>(?:19|20)\d{2})\.\s?(?P<month>[01]?\d)\.\s?(?P<day>[0-3]?\d)(?![\d.]\d)\.?"),
    # Year, month and day marked by 年 月 日 (Chinese, Japanese) or 년 월 일 (Korean): «2011年05月12日»,
    # «2012년 6월 21일».
    re.compile(r"(?<!\d)(?P<year>(?:19|20)\d{2})\s?[年년]\s?(?P<month>[01]?\d)\s?[月월]\s?(?P<day>[0-3]?\d)\s?[日일]"),
    # Day first with dots (19.11.2019): the European, Turkish and Russian order, which no US style
    # writes with dots, so unlike 11/10/2019 its order is known (TRT's and Sputnik's Persian pages).
    re.compile(r"(?<![\w.-])(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>(?:19|20)\d{2})(?![\w.])"),
    # Day first with slashes (26/01/2018), the order of most of the world, which the US writes month
    # first: read only where it cannot be the US order, the day past 12 (or the day and month the same).
    re.compile(r"(?<![\w/.-])(?P<dmy>)(?P<day>[0-3]?\d)/(?P<month>[01]?\d)/(?P<year>(?:19|20)\d{2})(?![\d/])"),
)
_CLOCK = re.compile(
    r"(?<![\d:])(?P<hour>[0-2]?\d)(?:[:h.]|\s?[時时시]\s?)(?P<minute>[0-5]\d)(?![\d:])(?::[0-5]\d)?(?P<unit>[分분])?\s*"
    r"(?P<ampm>[ap]\.?\s?m\.?(?![a-z]))?\s*(?P<zone>[A-Za-z]{1,4}(?![A-Za-z]))?",
    re.IGNORECASE,
)
# What may stand between a date and a time printed after it (", ", " at ", " - ", " @", ISO's "T").
_BETWEEN = re.compile(r"[\s,|@–—-]*(?:at\s+|à\s+|um\s+|às\s+|a las\s+|alle\s+|om\s+|T(?=\d))?@?", re.IGNORECASE)
# How far from the date a time may be printed to belong to it ("9:02 AM, Nov 19, 2019").
_CLOCK_REACH = 25
# A date printed after one of these is when the story was changed, not published.
_UPDATED = re.compile(r"(?:updated|modified|aktualisiert|mis à jour|actualizado|atualizado|aggiornato|"
                      r"bijgewerkt)\W{0,3}(?:on|at|am|le|el|em|il|op)?\W{0,3}$", re.IGNORECASE)
_UPDATED_REACH = 40


@dataclass(frozen=True, slots=True)
class PrintedDate:
    value: date | datetime  # an aware datetime when a time and its zone were printed, else a date
    raw: str  # the date (and the time beside it) as printed
    # The wall-clock time printed beside the date with no zone named (hour, minute): whose zone's it is,
    # only a machine instant stated beside it can tell (dates._foreign_clock). Only where the hour is
    # certain: a 12-hour clock printed without its AM/PM («4:12») may be either half of the day.
    clock: tuple[int, int] | None = None


def find_gregorian_date(text: str, local: tzinfo | None = None) -> PrintedDate | None:
    """The first date in ``text`` that is not labelled as an update, with its time when a zone is
    printed beside it; None when there is none. ``local``: the zone of the page's site (a Persian or
    Afghan page's), in which a time printed after a month named in Persian script is told."""
    printed, text = text, to_ascii_digits(text)  # one character for one: offsets hold in both
    found = _first_date(text, printed, local)
    if found is None and ("ي" in text or "ك" in text or "ى" in text):
        # A Persian month name as an Arabic keyboard types it («ژانويه», «آوريل»): read with Persian
        # letters, one for one, so the printed text is still cut where the date stands.
        found = _first_date(persian_letters(text), printed, local)
    return found


def _first_date(text: str, printed: str, local: tzinfo | None = None) -> PrintedDate | None:
    for m in sorted((m for pattern in _DATES for m in pattern.finditer(text)), key=lambda m: m.start()):
        day = _day(m)
        if day is None:
            continue
        persian = local is not None and m.groupdict().get("month", "").lower() in _PERSIAN_SCRIPT_MONTH
        found, opens = _with_clock(text, m, day, local if persian else None)
        # A time printed before the date opens it: an "Updated" label comes before that.
        if not _UPDATED.search(text[max(0, opens - _UPDATED_REACH):opens]):
            return PrintedDate(found.value, printed[opens:opens + len(found.raw)], found.clock)
    return None


def _day(m: re.Match[str]) -> date | None:
    if m.groupdict().get("dmy") is not None and int(m["day"]) <= 12 and int(m["day"]) != int(m["month"]):
        return None  # 05/04/2024: the 5th of April or May the 4th
    try:
        month = m["month"]
        number = int(month) if month.isdigit() else MONTHS[month.lower()]
        return date(int(m["year"]), number, int(m["day"]))
    except ValueError:  # 31 November, month 13
        return None


def _with_clock(text: str, m: re.Match[str], day: date, local: tzinfo | None = None) -> tuple[PrintedDate, int]:
    """The date, as an instant when a time with a known zone is printed next to it, and where it opens.
    ``local``: the zone of a time printed after the date with none of its own (a Persian page's)."""
    if local is not None:
        after = _CLOCK.match(text, _PERSIAN_BETWEEN.match(text, m.end()).end())
        if after is not None and not after["ampm"] and not after["zone"] and int(after["hour"]) <= 23:
            return _local_instant(text, m, day, after, local), m.start()
    after = _CLOCK.match(text, _BETWEEN.match(text, m.end()).end())  # _BETWEEN matches, if only ""
    before_at = max(0, m.start() - _CLOCK_REACH)
    before = [c for c in _CLOCK.finditer(text, before_at, m.start()) if not text[c.end():m.start()].strip(" ,|-")]
    clock = after or (before[-1] if before else None)
    if clock is None:
        return PrintedDate(day, m[0]), m.start()
    zone = _zone(clock["zone"])
    hour, minute = int(clock["hour"]), int(clock["minute"])
    if clock["ampm"] and hour <= 12:
        hour = hour % 12 + (12 if clock["ampm"].lower().startswith("p") else 0)
    # The clock ends at its zone when the zone is known, else at its AM/PM or its minutes.
    clock_end = next(clock.end(g) for g in ("zone", "ampm", "unit", "minute") if clock[g] and (g != "zone" or zone))
    start, end = min(m.start(), clock.start()), max(m.end(), clock_end)
    raw = text[start:end].strip()
    if hour > 23:
        return PrintedDate(day, raw), start
    if zone is None:
        certain = bool(clock["ampm"]) or hour == 0 or hour > 12
        return PrintedDate(day, raw, (hour, minute) if certain else None), start
    return PrintedDate(datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone), raw), start



def _local_instant(text: str, m: re.Match[str], day: date, clock: re.Match[str], local: tzinfo) -> PrintedDate:
    raw = text[m.start():clock.end("minute")]
    return PrintedDate(datetime(day.year, day.month, day.day, int(clock["hour"]), int(clock["minute"]),
                                tzinfo=local), raw)


def _zone(name: str | None) -> tzinfo | None:
    if not name:
        return None
    key = ZONES.get(name.lower())
    if key is None:
        return None
    return UTC if key == "UTC" else ZoneInfo(key)
