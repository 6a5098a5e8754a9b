"""Choose the publication date of a page: visible Jalali text first, then JSON-LD, meta, a Gregorian
date printed in the page's date element, URL.

A reader sees the Jalali date on the page, so it is the ground truth; machine-readable instants
only add the time when the page prints none, and only when they fall on the same local day.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from email.utils import parsedate_to_datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

from newsscraper.extract.page import Page
from newsscraper.extract.urlid import with_ascii_digits
from newsscraper.gregorian import PrintedDate, find_gregorian_date, names_dari_month
from newsscraper.jalali import (
    KABUL,
    TEHRAN,
    DateMatch,
    find_date,
    format_instant,
    in_zone,
    jalali_machine_as_gregorian,
    parse_day,
    parse_iso,
    published_fields,
)
from newsscraper.persian import persian_letters

JSONLD_PUBLISHED = ("datePublished", "dateCreated", "uploadDate")
META_PUBLISHED = ("article:published_time", "og:article:published_time", "article:published", "datepublished",
                  "pubdate", "publishdate", "date", "dc.date", "dc.date.issued", "sailthru.date",
                  # Dublin Core as DCTERMS (a Persian CMS family's `dcterms.created`), Parse.ly's tag
                  "dcterms.created", "dcterms.issued", "dcterms.date", "dc.date.created", "parsely-pub-date")
JSONLD_MODIFIED = ("dateModified",)
META_MODIFIED = ("article:modified_time", "og:article:modified_time", "article:modified", "og:updated_time",
                 "datemodified")
# A machine date without a time of day (JSON-LD `"datePublished": "2024-05-12"`): the day alone.
_BARE_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
# An e-mail / RSS date in a machine field: "Tue, 13 Aug 2024 07:00:00 GMT", "13 Aug 2024 07:00 +0330".
_RFC2822 = re.compile(r"(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}")
# A dated path, Gregorian (`/2019/11/19/`) or Jalali (`/fa/news/1403/05/23/3012345/…`: Tasnim's and
# other Iranian CMSs' form).
URL_DATE = re.compile(r"/((?:19|20|13|14)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|$)")
# A visible instant and a machine one further apart than this are counted as disagreeing.
DISAGREE_AFTER = timedelta(hours=2)
# Machine dates outside the years a record's Jalali date can hold (1200-1599 AP, about 1821-2221 CE)
# are CMS garbage (0001-01-01, 4036-07-08): jdatetime raised on some, the schema refused others,
# and either way the article was lost. They are ignored instead, as if absent.
MACHINE_YEARS = range(1822, 2221)
_SECONDS_OFFSET = re.compile(r"[+-]\d{2}:\d{2}:\d{2}$")


@dataclass
class DateReading:
    fields: dict[str, str | None] = field(default_factory=dict)  # the record's published_* fields
    modified_at: str | None = None
    dari: bool = False
    notes: list[str] = field(default_factory=list)
    # The zone the printed date says its time is told in («۲۱:۴۰ به وقت لندن»), when it names one.
    stated_zone: tzinfo | None = None


# «به وقت لندن», «به وقت تهران», «به وقت گرینویچ»: the city (or clock) a printed time is told by, and its
# zone: Persian outlets abroad print their own city's time beside a Jalali date.
_CLOCK_OF = re.compile(r"به\s?وقت\s+(?P<city>[^\s\d،,.)\]]+(?:[\s\u200c]آنجلس)?)")
_CITY_ZONES = {
    "تهران": "Asia/Tehran", "ایران": "Asia/Tehran", "کابل": "Asia/Kabul", "افغانستان": "Asia/Kabul",
    "لندن": "Europe/London", "پاریس": "Europe/Paris", "برلین": "Europe/Berlin", "بن": "Europe/Berlin",
    "پراگ": "Europe/Prague", "استکهلم": "Europe/Stockholm", "تورنتو": "America/Toronto",
    "واشنگتن": "America/New_York", "نیویورک": "America/New_York", "لس آنجلس": "America/Los_Angeles",
    "گرینویچ": "UTC", "جهانی": "UTC",
}


def stated_zone(text: str) -> tzinfo | None:
    """The zone a date line says its time is told in («… ۲۱:۴۰ به وقت لندن» → Europe/London)."""
    m = _CLOCK_OF.search(persian_letters(text)) if "وقت" in text else None
    name = _CITY_ZONES.get(m["city"].replace("\u200c", " ")) if m else None
    return ZoneInfo(name) if name else None


def _machine_values(page: Page, jsonld_keys: tuple[str, ...], meta_keys: tuple[str, ...],
                    times: Iterable[str] = ()) -> Iterator[tuple[str, str]]:
    """(source, raw string) of every machine date the page states, in order of trust: JSON-LD, meta,
    microdata (`<time itemprop="datePublished" datetime=…>`, an itemprop among several), then
    ``times``, the `datetime` of the <time> elements beside the headline (fields.time_datetimes)."""
    art = page.jsonld_article or page.jsonld_web_page or {}
    for key in jsonld_keys:
        raw = art.get(key)
        if isinstance(raw, str):
            yield "jsonld", raw
    for key in meta_keys:
        raw = page.meta.get(key)
        if raw:
            yield "meta", raw
    wanted = set(jsonld_keys)  # schema.org's names, as microdata writes them
    for el, names in zip(*page.holders("itemprop"), strict=True):
        if not wanted.isdisjoint(names.split()):
            # (an <abbr> states it in its title: the microformats' pattern, Blogger's templates)
            raw = el.get("datetime") or el.get("content") or (el.get("title") if el.tag == "abbr" else None)
            if raw:
                yield "meta", raw.strip()
    yield from (("meta", raw) for raw in _rdfa_dates(page, wanted))
    # hAtom: <abbr class="published" title="2024-11-14T10:15:00-05:00">۱۰:۱۵ ق.ظ</abbr> (old Blogger
    # and WordPress themes), `updated` for the time of the last change
    hatom = "published" if "datePublished" in wanted else "updated" if "dateModified" in wanted else None
    for el in page.tagged("abbr") if hatom else ():
        raw = el.get("title")
        if raw and hatom in (el.get("class") or "").split():
            yield "meta", raw.strip()
    for raw in times:
        if raw:
            yield "meta", raw


# RDFa's names for the date a page was made (Drupal's `<span property="dc:date dc:created"
# content="…">`, a portal's `property="schema:dateCreated"`) and for its last change.
_RDFA_PUBLISHED = frozenset({"dc:date", "dc:created", "dc:issued", "dcterms:created", "dcterms:issued",
                             "dcterms:date", "schema:datePublished", "schema:dateCreated"})
_RDFA_MODIFIED = frozenset({"dc:modified", "dcterms:modified", "schema:dateModified"})


def _rdfa_dates(page: Page, jsonld_keys: set[str]) -> list[str]:
    """The one date the page's RDFa states for its making (or its last change), where it states one:
    a Drupal page listing other nodes marks each one's date the same way, and which is the story's
    the markup does not say."""
    names = _RDFA_PUBLISHED if "datePublished" in jsonld_keys else _RDFA_MODIFIED if "dateModified" in jsonld_keys \
        else frozenset()
    if not names or "property" not in page.html:
        return []
    values = {(el.get("content") or "").strip() for el, value in zip(*page.holders("property"), strict=True)
              if el.tag != "meta" and not names.isdisjoint(value.split())}
    values.discard("")
    return list(values) if len(values) == 1 else []


KABUL_OFFSET = timedelta(hours=4, minutes=30)


def states_kabul_time(page: Page, times: Iterable[str] = ()) -> bool:
    """Whether a machine date of the page (JSON-LD, meta, microdata, ``times``) states Kabul's offset,
    +04:30, at an instant when Tehran's is another: the site keeps Afghan time. (Tehran kept +04:30
    in its summers up to 2022: a summer stamp of those years tells nothing.)"""
    for _, raw in _machine_values(page, JSONLD_PUBLISHED + JSONLD_MODIFIED, META_PUBLISHED + META_MODIFIED, times):
        if not raw.rstrip().endswith(("+04:30", "+0430")):
            continue
        try:
            instant = datetime.fromisoformat(raw.strip())
        except ValueError:
            continue
        if instant.utcoffset() == KABUL_OFFSET and instant.astimezone(TEHRAN).utcoffset() != KABUL_OFFSET:
            return True
    return False


def _readable(raw: str, tz: tzinfo | None) -> tuple[str, tzinfo | None]:
    """The machine value in Gregorian ISO form, and the zone a time in it without an offset is in: a
    value some Iranian CMSs write with Jalali numbers (`1402-05-12T10:30:00+03:30`) is read as the
    Jalali date it is, and in Tehran's time on a page of no known zone (as a printed Jalali date is);
    an RFC 2822 date ("Tue, 13 Aug 2024 07:00:00 GMT") as the instant it states."""
    gregorian = jalali_machine_as_gregorian(raw)
    if gregorian is not None:
        return gregorian, tz or TEHRAN
    return _from_rfc2822(raw) or raw, tz


def _from_rfc2822(raw: str) -> str | None:
    """An e-mail / RSS style machine date in ISO form (the standard library's RFC 2822 reader);
    "-0000", which says the zone is unknown, gives a time with no offset."""
    if not _RFC2822.match(raw.strip()):
        return None
    try:
        return parsedate_to_datetime(raw.strip()).isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _machine_instant(page: Page, tz: tzinfo | None, jsonld_keys: tuple[str, ...],
                     meta_keys: tuple[str, ...], times: Iterable[str] = ()) -> tuple[datetime, str, str] | None:
    """(instant, source, raw string): the first machine date with a time of day."""
    for source, raw in _machine_values(page, jsonld_keys, meta_keys, times):
        if (value := parse_iso(*_readable(raw, tz))) and value.year in MACHINE_YEARS:
            return value, source, raw
    return None


def _machine_day(page: Page, tz: tzinfo | None, times: Iterable[str] = ()) -> tuple[date, str, str] | None:
    """(day, source, raw string): the first machine publication date stated without a time, or, on a
    page of no known zone (``tz`` None), with a time but no offset (`2019-11-19 02:24:00`)."""
    for source, raw in _machine_values(page, JSONLD_PUBLISHED, META_PUBLISHED, times):
        raw_day, zone = _readable(raw.strip(), tz)
        if zone is None and parse_iso(raw_day, UTC) and not parse_iso(raw_day, None):
            raw_day = raw_day[:10]  # the day of a time whose offset the page does not state
        if (m := _BARE_DAY.fullmatch(raw_day)) and int(m[1]) in MACHINE_YEARS:
            try:
                return date(int(m[1]), int(m[2]), int(m[3])), source, raw
            except ValueError:
                continue
    return None


def _whole_minute_offset(stamp: str | None, notes: list[str]) -> str | None:
    """Before 1946 Tehran kept local mean time (+03:25:44), an offset the record's ISO-8601 form
    (±HH:MM, see the schema) cannot hold; the record would fail validation and be dropped. The same
    instant is written in UTC instead."""
    if stamp and _SECONDS_OFFSET.search(stamp):
        notes.append("date/local_mean_time_as_utc")
        return format_instant(datetime.fromisoformat(stamp).astimezone(UTC))
    return stamp


def machine_date(page: Page, tz: tzinfo) -> date | None:
    """The publication day machine metadata claims, for choosing a dated template version."""
    found = _machine_instant(page, tz, JSONLD_PUBLISHED, META_PUBLISHED)
    return in_zone(found[0], tz).date() if found else None


def _url_date(url: str | None) -> tuple[date, str] | None:
    """The day a dated path names: Gregorian (`/2019/11/19/`) or Jalali (`/1403/05/23/`, read as the
    Jalali day it is; a day that does not exist is none), in any digits (`/۱۴۰۳/۰۵/۲۳/`)."""
    m = URL_DATE.search(with_ascii_digits(url) if url else "")
    day = parse_day(f"{m[1]}-{m[2]}-{m[3]}") if m else None
    return (day, m[0]) if m and day else None


def read_dates(page: Page, visible_texts: Iterable[str], tz: tzinfo | None,
               printed_texts: Iterable[str] = (), update_texts: Iterable[str] = (),
               times: Callable[[], Iterable[str]] = tuple,
               updated_times: Callable[[], Iterable[str]] = tuple, home_clock: bool = False) -> DateReading:
    """Apply the date rules of docs/field-rules.md to the candidate visible date texts (Jalali), and,
    when neither they nor the machine metadata give a date, to ``printed_texts`` (the page's date
    elements, read for a printed Gregorian date: newsscraper/gregorian.py). ``tz``: the zone dates are
    told in; None for a page of no known zone, whose instants keep the offsets they state (a Jalali
    date, printed by Iranian sites, is read in Tehran's). ``update_texts``: lines that may print a date
    labelled as an update («آخرین به‌روزرسانی: …»), read where no machine field gives one. ``times``
    gives the `datetime` values of the <time> elements by the headline, the last machine source
    (called only when the others give no date: finding them costs a walk from the headline);
    ``updated_times`` those of the <time> elements marked as an update, the last source of
    ``modified_at``. ``home_clock``: the page is surely told in ``tz`` (an Iranian host's English
    edition), so a Gregorian date printed with a certain time and no zone ("January 28, 2026 - 19:30")
    is that zone's instant."""
    reading = DateReading()
    machine = _machine_instant(page, tz, JSONLD_PUBLISHED, META_PUBLISHED)

    def timed_by_machine(day: date) -> bool:  # the metadata's instant gives that day its time
        return machine is not None and in_zone(machine[0], tz).date() == day

    visible, zone_text = _first_visible(visible_texts, tz, timed_by_machine)
    if visible:
        reading.stated_zone = stated_zone(zone_text)
    stamps: list[str] | None = None
    if machine is None and (stamps := list(times())):
        machine = _machine_instant(page, tz, (), (), stamps)
        url_day = _url_date(page.url or page.canonical)
        if machine and url_day and in_zone(machine[0], tz).date() != url_day[0]:
            # The path's day was set when the story was made: a <time> of another day stamps
            # something else (an update, a live post).
            machine, stamps = None, []
    if visible:
        reading.dari = visible.dari
        if visible.weekday_ok is False:
            reading.notes.append("date/weekday_mismatch")
        reading.fields = _from_visible(visible, machine, tz, reading.notes)
    elif machine:
        value, source, raw = machine
        clock = _printed_clock(page, machine) if tz is None else None
        if clock is not None and clock.utcoffset(None) != value.utcoffset():
            # A page of no known zone printing its own clock beside a UTC stamp: its day and time.
            value = value.astimezone(clock)
            reading.notes.append("date/foreign_clock")
        reading.fields = {**published_fields(value, tz), "published_raw": raw, "published_source": source}
    elif stated := _machine_day(page, tz, stamps or ()):
        day, source, raw = stated
        reading.fields = {**published_fields(day, tz), "published_raw": raw, "published_source": source}
        printed = _printed_gregorian(printed_texts) if tz is None else None
        if printed and isinstance(printed.value, datetime) and printed.value.date() == day:
            # A page of no known zone stating the day without an offset, and printing that day with
            # its time and zone ("Published October 1, 2025 at 6:05 AM EDT"): the printed instant.
            reading.fields = {**published_fields(printed.value, tz), "published_raw": printed.raw,
                              "published_source": "page"}
    elif printed := _printed_gregorian(printed_texts, tz if tz is KABUL else None):
        value = printed.value
        if home_clock and tz is not None and printed.clock and not isinstance(value, datetime):
            value = datetime.combine(value, time(*printed.clock)).replace(tzinfo=tz)
        reading.fields = {**published_fields(value, tz), "published_raw": printed.raw, "published_source": "page"}
        reading.dari = names_dari_month(printed.raw)  # («۸ مارچ ۲۰۲۵»: an Afghan page, as Dari solar months tell)
    elif found := _url_date(page.url or page.canonical):
        day, raw = found
        reading.fields = {**published_fields(day, tz), "published_raw": raw, "published_source": "url"}
    else:
        reading.notes.append("date/missing")
    if reading.fields.get("published_at"):
        reading.fields["published_at"] = _whole_minute_offset(reading.fields["published_at"], reading.notes)
    published_at = reading.fields.get("published_at")
    modified = _modified(page, tz, published_at, updated_times) or _printed_update(update_texts, tz, published_at)
    reading.modified_at = _whole_minute_offset(modified, reading.notes)
    return reading


# How many later candidates are asked for the time of a first date printed without one.
SAME_DAY_LOOKAHEAD = 3


def _first_visible(texts: Iterable[str], tz: tzinfo | None,
                   timed: Callable[[date], bool] = lambda day: False) -> tuple[DateMatch | None, str]:
    """The first candidate's date, and the text it came from. Printed without a time, the next few
    candidates are asked for the same day with its time: a template's top bar prints the day alone
    («چهارشنبه ۱۸ مرداد ۱۳۹۶», classed `date_top` beside no header element) above the story's own
    line «تاریخ انتشار: چهارشنبه ۱۸ مرداد ۱۳۹۶ - ساعت ۱۶:۴۵»."""
    found: DateMatch | None = None
    source = ""
    texts = iter(texts)
    for text in texts:
        found = find_date(text, tz or TEHRAN, published=True) if text else None
        if found:
            source = text
            break
    if found is None or found.has_time or timed(found.value if not isinstance(found.value, datetime)
                                                 else found.value.date()):
        return found, source  # (the metadata's instant of that day times it: no candidate more is read)
    for text in itertools.islice(texts, SAME_DAY_LOOKAHEAD):
        later = find_date(text, tz or TEHRAN, published=True) if text else None
        if later is not None and later.has_time and later.jalali[:10] == found.jalali[:10]:
            return later, text
    return found, source


def _printed_update(texts: Iterable[str], tz: tzinfo | None, published_at: str | None) -> str | None:
    """The instant of a visible date labelled as an update, with its time («آخرین به‌روزرسانی: ۱۲
    مرداد ۱۴۰۲ - ۱۱:۰۰»), not before publication."""
    for text in texts:
        found = find_date(text, tz or TEHRAN, updated=True) if text else None
        if found is not None and found.has_time and isinstance(found.value, datetime):
            if published_at and found.value < datetime.fromisoformat(published_at):
                return None
            return format_instant(found.value)
    return None


def _printed_gregorian(texts: Iterable[str], tz: tzinfo | None = None) -> PrintedDate | None:
    """The first Gregorian date printed; a time after a month named in Persian script is ``tz``'s. Given
    for an Afghan page only, which prints the Gregorian day in Kabul's time: a Persian page printing
    one is most often an outlet's abroad (London's, Prague's, Bonn's), whose clock is no known zone's."""
    return next((found for found in (find_gregorian_date(t, tz) for t in texts) if found), None)


def _from_visible(visible: DateMatch, machine: tuple[datetime, str, str] | None, tz: tzinfo | None,
                  notes: list[str]) -> dict[str, str | None]:
    out: dict[str, str | None] = {"published_raw": visible.raw, "published_source": "page"}
    if visible.has_time:
        assert isinstance(visible.value, datetime)
        out.update(published_fields(visible.value, tz, seconds=visible.jalali.count(":") == 2))
        clock = _foreign_clock(visible.value, _stated(machine), tz or TEHRAN)
        if machine and clock is not None:
            # An outlet abroad printing its own city's time (Prague's, London's, Los Angeles'): the
            # instant its metadata states, at the offset its printed clock shows.
            out["published_at"] = format_instant(machine[0].astimezone(clock))
            notes.append("date/foreign_clock")
        elif machine and abs(machine[0] - visible.value) > DISAGREE_AFTER:
            notes.append("date/visible_meta_disagree")
        return out
    day = visible.value if not isinstance(visible.value, datetime) else visible.value.date()
    if machine and in_zone(machine[0], tz).date() == day:
        out.update(published_fields(machine[0], tz))
        out["published_source"] = machine[1]
        return out
    if machine:
        notes.append("date/visible_meta_disagree")
    out.update(published_fields(day, tz))
    return out


OFFSET_STEP_MINUTES = 15  # every zone's offset from UTC is a whole number of quarter hours
_OFFSETS = range(-12 * 60, 14 * 60 + 1)  # … between UTC-12 and UTC+14


def _printed_clock(page: Page, machine: tuple[datetime, str, str]) -> timezone | None:
    """The offset of the clock a page of no known zone prints for its UTC stamp: the text of a <time>
    element stating that instant ("Tue 14 Jan 2025 at 6:12am" in `<time datetime="2025-01-13T19:12Z">`:
    +11:00). (Asked of the <time> elements alone: a search of every date element cost a tenth of the
    extraction, for the same pages.)"""
    stated = _stated(machine)
    if stated is None or stated.utcoffset() != timedelta(0):
        return None  # an instant stated at another offset names its zone
    for el in page.tagged("time"):
        if (value := parse_iso(el.get("datetime") or "", None)) is None or value != stated:
            continue
        if (local := _local_clock(" ".join("".join(el.itertext()).split()))) is not None:
            return _foreign_clock(local, stated, None)
    return _clock_printed_in_text(page, stated)


def _local_clock(text: str) -> datetime | None:
    """The date and time the text prints without naming their zone (None where it names one, or prints
    no time of day)."""
    printed = find_gregorian_date(text)
    if printed is None or printed.clock is None or isinstance(printed.value, datetime):
        return None
    return datetime.combine(printed.value, time(*printed.clock))


CLOCK_CONTEXT_CHARS = 40  # before a printed time: its date ("January 15, 2024 02:10 AM")
CLOCK_TAIL_CHARS = 12  # after it: "a.m." and a zone's name ("7:45 am PST" is no foreign clock: it says its zone)
_GLUED = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")  # where two words of the Latin script meet
MAX_CLOCKS_TRIED = 12


def _clock_printed_in_text(page: Page, stated: datetime) -> timezone | None:
    """The offset of a date and time printed anywhere in the page's text for the stated UTC instant
    (`<span class="story-date">January 15, 2024 02:10 AM</span>` for 21:10Z: +05:00). Only the clocks
    showing the instant's minutes (or half and three quarters of an hour on) are read with the text
    before them: a few substring searches of the text, no walk over its elements and no regex scan
    (the text holds the page's scripts too)."""
    text = page.body_text
    for at in _clock_positions(text, {f":{(stated.minute + shift) % 60:02d}" for shift in (0, 30, 45)}):
        window = " ".join(text[max(0, at - CLOCK_CONTEXT_CHARS):at + CLOCK_TAIL_CHARS].split())
        # (the text of neighbouring elements is joined without a space: `APPJanuary 15`)
        local = _local_clock(_GLUED.sub(" ", window))
        if local is not None and (offset := _foreign_clock(local, stated, None)) is not None:
            return offset
    return None


def _clock_positions(text: str, needles: set[str]) -> list[int]:
    """Where `H:MM` clocks with one of these `:MM` endings stand in the text, in order, the first
    MAX_CLOCKS_TRIED of them: an hour of one or two digits before, no digit after."""
    found = []
    for needle in needles:
        at = text.find(needle)
        while at > 0 and len(found) < MAX_CLOCKS_TRIED * len(needles):
            end = at + len(needle)
            if text[at - 1].isdigit() and not (end < len(text) and text[end].isdigit()) and not (
                    at > 2 and text[at - 2].isdigit() and text[at - 3].isdigit()):
                found.append(at)
            at = text.find(needle, end)
    return sorted(found)[:MAX_CLOCKS_TRIED]


def _stated(machine: tuple[datetime, str, str] | None) -> datetime | None:
    """The machine instant at the offset its value states; None for none, or for a value stating no
    offset (the one it was read at is the reader's guess)."""
    return parse_iso(_readable(machine[2], None)[0], None) if machine is not None else None


def _foreign_clock(printed: datetime, stated: datetime | None, tz: tzinfo | None) -> timezone | None:
    """The fixed offset a printed date and time are told in, where the machine instant ``stated``
    (at the offset its value states) shows it is another zone's than ``tz``'s: the printed clock
    minus the instant in UTC, to the minute, a whole number of quarter hours. Never UTC itself (a CMS
    labelling its local time `Z` is as likely) nor an offset ``tz`` has had in recent years (a
    server's stale summer time)."""
    if stated is None:
        return None
    utc = stated.astimezone(UTC).replace(tzinfo=None, second=0, microsecond=0)
    minutes, rest = divmod((printed.replace(tzinfo=None) - utc).total_seconds(), 60)
    if rest or not minutes or minutes % OFFSET_STEP_MINUTES or minutes not in _OFFSETS:
        return None
    offset = timedelta(minutes=minutes)
    if stated.utcoffset() not in (timedelta(0), offset):
        # an instant stated at another offset names its zone itself: a printed clock that disagrees
        # with it is another time's (a 12-hour clock read without its «م», an update's)
        return None
    return None if tz is not None and offset in _offsets_had(tz, printed.year) else timezone(offset)


STALE_ZONE_YEARS = 15  # how far back a server's time zone data may lag: Iran's summer time ended in 2022


@lru_cache(maxsize=64)
def _offsets_had(tz: tzinfo, year: int) -> frozenset[timedelta | None]:
    """The offsets ``tz`` has had in its winters and summers of the years up to ``year``."""
    return frozenset(tz.utcoffset(datetime(y, month, 1))
                     for y in range(year - STALE_ZONE_YEARS, year + 1) for month in (1, 7))


def _modified(page: Page, tz: tzinfo | None, published_at: str | None,
              updated_times: Callable[[], Iterable[str]] = tuple) -> str | None:
    found = _machine_instant(page, tz, JSONLD_MODIFIED, META_MODIFIED, updated_times())
    if not found:
        return None
    value = found[0]
    if published_at and value < datetime.fromisoformat(published_at):
        return None  # a modification before publication is a CMS artefact
    return format_instant(value)
