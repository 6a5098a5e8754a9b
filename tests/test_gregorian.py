"""Gregorian dates printed in Latin script, read where a page has no Jalali date and no machine date."""

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from newsscraper.extract import extract
from newsscraper.gregorian import find_gregorian_date
from tests.support.pages import dated_story

NEW_YORK = ZoneInfo("America/New_York")
URL = "https://news.example/story/1"


@pytest.mark.parametrize(("text", "value", "raw"), [
    ("November 19, 2019", date(2019, 11, 19), "November 19, 2019"),
    ("Nov. 3rd, 2021 — by Jane Roe", date(2021, 11, 3), "Nov. 3rd, 2021"),
    ("19 NOV 2019", date(2019, 11, 19), "19 NOV 2019"),
    ("Tuesday 19 November 2019", date(2019, 11, 19), "19 November 2019"),
    ("November 19, 2019 10:30 The council said", date(2019, 11, 19), "November 19, 2019 10:30"),
    ("19. November 2019, 14:30 Uhr", date(2019, 11, 19), "19. November 2019, 14:30"),   # no zone: the day only
    ("le 4 mai 2015 à 13h36", date(2015, 5, 4), "4 mai 2015 à 13h36"),
    ("19 de noviembre de 2019", date(2019, 11, 19), "19 de noviembre de 2019"),
    ("3 março 2020", date(2020, 3, 3), "3 março 2020"),
    ("2019-11-19", date(2019, 11, 19), "2019-11-19"),
    # Year first with slashes: the order is known (no style writes year, day, month)
    ("۲۰۲۴/۱۱/۳۰", date(2024, 11, 30), "۲۰۲۴/۱۱/۳۰"),
    ("2024/1/5 - 10:30", date(2024, 1, 5), "2024/1/5 - 10:30"),
    # Day first with dots: no US style writes dots, so the order is known; a time before it, no zone.
    ("19.11.2019", date(2019, 11, 19), "19.11.2019"),
    ("14:35 03.08.2023", date(2023, 8, 3), "14:35 03.08.2023"),
    ("۰۳.۰۸.۲۰۲۳ - ۱۰:۳۰", date(2023, 8, 3), "۰۳.۰۸.۲۰۲۳ - ۱۰:۳۰"),
    # Day first with slashes where the US order cannot be meant: the day past 12
    ("26/01/2018 22h30", date(2018, 1, 26), "26/01/2018 22h30"),
    ("11/11/2023", date(2023, 11, 11), "11/11/2023"),
    ("سه‌شنبه ۱۹ نوامبر ۲۰۱۹", date(2019, 11, 19), "۱۹ نوامبر ۲۰۱۹"),     # Persian script, as printed
    ("سه‌شنبه ۱۳ اگست ۲۰۲۴", date(2024, 8, 13), "۱۳ اگست ۲۰۲۴"),          # the Dari spellings Afghan pages use
    ("۵ جنوری ۲۰۲۴", date(2024, 1, 5), "۵ جنوری ۲۰۲۴"),
    ("۲۵ دسمبر ۲۰۲۳", date(2023, 12, 25), "۲۵ دسمبر ۲۰۲۳"),
    ("۱۳ اګست ۲۰۲۴", date(2024, 8, 13), "۱۳ اګست ۲۰۲۴"),                  # … and the Pashto ones
    ("۵ جنوري ۲۰۲۴", date(2024, 1, 5), "۵ جنوري ۲۰۲۴"),
    ("۱ مۍ ۲۰۲۴", date(2024, 5, 1), "۱ مۍ ۲۰۲۴"),
    ("۱۰ اپرېل ۲۰۲۴", date(2024, 4, 10), "۱۰ اپرېل ۲۰۲۴"),
    ("۹ سپټمبر ۲۰۲۴", date(2024, 9, 9), "۹ سپټمبر ۲۰۲۴"),
    ("۲ ډسمبر ۲۰۲۴", date(2024, 12, 2), "۲ ډسمبر ۲۰۲۴"),
    ("۲ مه ۲۰۲۰ - ۱۰:۳۰ GMT", datetime(2020, 5, 2, 10, 30, tzinfo=UTC), "۲ مه ۲۰۲۰ - ۱۰:۳۰ GMT"),
    # Arabic names (an agency's Arabic service): Egyptian and Gulf, and Levantine, in either yeh and kaf
    ("الأحد 30 نوفمبر 2026", date(2026, 11, 30), "30 نوفمبر 2026"),
    ("٣٠ تشرين الثاني ٢٠٢٦", date(2026, 11, 30), "٣٠ تشرين الثاني ٢٠٢٦"),
    ("2 ديسمبر 2026", date(2026, 12, 2), "2 ديسمبر 2026"),
    ("2 دیسمبر 2026", date(2026, 12, 2), "2 دیسمبر 2026"),
    ("15 كانون الأول 2025", date(2025, 12, 15), "15 كانون الأول 2025"),
    # Turkish, Azerbaijani, Uzbek, Romanian, Polish, Indonesian, Swahili; Russian, Ukrainian and Greek
    # in the genitive a date prints
    ("14 mart 2024, 16:20", date(2024, 3, 14), "14 mart 2024, 16:20"),
    ("3 Ağustos 2024 Cumartesi", date(2024, 8, 3), "3 Ağustos 2024"),
    ("22 iyul 2024", date(2024, 7, 22), "22 iyul 2024"),
    ("25 octombrie 2024, ora 10:15", date(2024, 10, 25), "25 octombrie 2024"),
    ("Opublikowano 12 listopada 2024", date(2024, 11, 12), "12 listopada 2024"),
    ("Jumat, 8 Maret 2024", date(2024, 3, 8), "8 Maret 2024"),
    ("Jumatatu, 4 Novemba 2024", date(2024, 11, 4), "4 Novemba 2024"),
    ("5 ноября 2024 г.", date(2024, 11, 5), "5 ноября 2024"),
    ("25 листопада 2024", date(2024, 11, 25), "25 листопада 2024"),
    ("12 Νοεμβρίου 2024", date(2024, 11, 12), "12 Νοεμβρίου 2024"),
    # A time counts only with its zone: New York's offset follows the date (EDT in July, EST in November).
    ("November 19, 2019, 07:47 PM EST", datetime(2019, 11, 19, 19, 47, tzinfo=NEW_YORK),
     "November 19, 2019, 07:47 PM EST"),
    ("July 4, 2021 10:00 AM ET", datetime(2021, 7, 4, 10, 0, tzinfo=NEW_YORK), "July 4, 2021 10:00 AM ET"),
    ("Published 11:11 PM EST Nov 19, 2019", datetime(2019, 11, 19, 23, 11, tzinfo=NEW_YORK),
     "11:11 PM EST Nov 19, 2019"),
    ("19 Nov 2019 05:44 GMT", datetime(2019, 11, 19, 5, 44, tzinfo=UTC), "19 Nov 2019 05:44 GMT"),
    ("2019-11-19T10:30Z", datetime(2019, 11, 19, 10, 30, tzinfo=UTC), "2019-11-19T10:30Z"),
    ("12:30 AM, Nov 2, 2020", date(2020, 11, 2), "12:30 AM, Nov 2, 2020"),
    # The first date that is not an update.
    ("Updated 10:02 AM EST Nov 19, 2019 | Published 9:00 AM EST Nov 19, 2019",
     datetime(2019, 11, 19, 9, 0, tzinfo=NEW_YORK), "9:00 AM EST Nov 19, 2019"),
    ("Posted: Fri 6:45 PM, Feb 16, 2018 | Updated: Sat 8:31 PM, Feb 17, 2018", date(2018, 2, 16),
     "6:45 PM, Feb 16, 2018"),
])
def test_a_printed_date_is_read_with_its_time_only_when_a_zone_is_printed(text, value, raw):
    found = find_gregorian_date(text)
    assert found is not None
    assert (found.value, found.raw) == (value, raw)
    if isinstance(value, datetime):  # the offset the zone has on that day
        assert found.value.utcoffset() == value.utcoffset()


@pytest.mark.parametrize("text", [
    "Last Updated: Nov 20, 2019 01:41 PM",  # only an update
    "May 2019 report",                      # no day
    "31 November 2019",                     # no such day
    "11/10/2019",                           # day and month in an order nobody can tell
    "12/25/2023",                           # the US order, month first: not read day first
    "13 hours ago",
    "2019-11-19-article",                   # a slug, not a date
    "31.11.2019",                           # no such day
    "version 1.2.2019.5",                   # a version number
    "192.168.10.2019",                      # an address
    "https://news.example/2024/11/30/pol",  # a dated path, not a printed date
    "2024/13/30",                           # no such month
])
def test_no_date_is_read_where_none_is_printed_or_it_is_only_an_update(text):
    assert find_gregorian_date(text) is None


def _page(date_markup: str, head: str = "") -> str:
    return (f"<html lang='en'><head><title>A new park</title>{head}</head><body><header><div class='date'>"
            "Monday, March 2, 2026</div></header><article><h1>A new park opens</h1>"
            f"{date_markup}<div class='entry-content'><p>The city opened its new park on the old rail yard after two "
            "years of work by volunteers and the council.</p><p>Families came from every part of the city to see"
            " the gardens and the lake.</p></article></body></html>")


def test_an_english_page_without_machine_dates_is_dated_by_its_date_element():
    record = extract(_page("<span class='byline-date'>Posted 6:45 PM, Feb 16, 2018</span>"), URL).record
    assert record is not None
    # Today's date in the page header is chrome; no zone printed: the day, never a guessed instant.
    assert (record.published_date, record.published_at, record.published_source, record.published_raw) == (
        "2018-02-16", None, "page", "6:45 PM, Feb 16, 2018")


def test_a_machine_date_wins_over_the_printed_one():
    head = '<meta property="article:published_time" content="2018-02-15T10:00:00+00:00">'
    record = extract(_page("<span class='date'>Feb 16, 2018</span>", head=head), URL).record
    assert record is not None
    assert (record.published_date, record.published_source) == ("2018-02-15", "meta")


@pytest.mark.parametrize("abbr", [
    # hAtom's abbr pattern (Blogger's and old WordPress themes' post footer): the instant in its title
    "<abbr class='published' title='2018-02-15T10:00:00-05:00'>10:00 AM</abbr>",
    # … and as microdata: the itemprop on an <abbr> states it in its title too
    "<abbr itemprop='datePublished' title='2018-02-15T10:00:00-05:00'>10:00 AM</abbr>",
])
def test_an_abbr_stating_its_instant_in_its_title_dates_the_page(abbr):
    record = extract(_page(f"<span class='byline'>Posted at {abbr}</span>"), URL).record
    assert record is not None
    assert (record.published_at, record.published_source, record.published_raw) == (
        "2018-02-15T10:00:00-05:00", "meta", "2018-02-15T10:00:00-05:00")  # no site zone: as stated


def test_an_abbr_marked_updated_is_no_publication_date():
    abbr = "<abbr class='updated' title='2019-03-01T10:00:00-05:00'>March 1</abbr>"
    record = extract(_page(f"<span class='byline-date'>Feb 16, 2018 {abbr}</span>"), URL).record
    assert record is not None
    assert (record.published_date, record.published_source) == ("2018-02-16", "page")


def test_without_a_printed_or_machine_date_the_canonical_urls_date_is_used_offline():
    head = '<link rel="canonical" href="https://news.example/2018/02/16/a-new-park/">'
    record = extract(_page("", head=head).replace("Monday, March 2, 2026", ""), None).record
    assert record is not None
    assert (record.published_date, record.published_source) == ("2018-02-16", "url")


def test_the_date_in_the_header_around_the_headline_is_the_articles():
    """A page header holding the headline and its date, outside any <article>: the article's own
    header; the site's top bar, a header without the headline, stays chrome."""
    html = ("<html lang='en'><head><title>A new park</title></head><body><header class='site'><div class='date'>"
            "Monday, March 2, 2026</div></header><div class='main'><header class='story-head'><h1>A new park opens</h1>"
            "<time>19 Nov 2019 05:44 GMT</time></header><div class='entry-content'><p>The city opened its new park on"
            " the old rail yard after two years of work by volunteers and the council.</p><p>Families came from"
            " every part of the city to see the gardens and the lake.</p></div></div></body></html>")
    record = extract(html, URL).record
    assert record is not None
    assert (record.published_raw, record.published_source) == ("19 Nov 2019 05:44 GMT", "page")


@pytest.mark.parametrize("element", ["div class='date'", "span class='tarih'"])  # a Turkish template's word too
def test_a_persian_page_printing_a_dotted_gregorian_date_is_dated_by_it(element):
    """Persian services of Turkish and Russian broadcasters print 03.08.2023: the day, no guessed time."""
    tag = element.split()[0]
    record = extract(dated_story(f"<{element}>۱۴:۳۵ ۰۳.۰۸.۲۰۲۳</{tag}>"), "https://fa.news.example/news/123").record
    assert record is not None
    assert (record.published_date, record.published_at, record.published_raw) == (
        "2023-08-03", None, "۱۴:۳۵ ۰۳.۰۸.۲۰۲۳")


@pytest.mark.parametrize(("line", "day"), [
    ("۲۸ نوامبر ۲۰۲۴ - ۱۵:۴۷", "2024-11-28"),  # the month's Persian name, BBC Persian's and DW's form
    ("١ سپتامبر ٢٠٢٣", "2023-09-01"),          # Arabic-Indic digits
    ("۲۰۲۳/۰۳/۲۵ ۱۶:۴۵", "2023-03-25"),        # year first, with slashes
    ("۲ ژانويه ۲۰۲۳", "2023-01-02"),            # the month's name as an Arabic keyboard types it
])
def test_a_persian_pages_gregorian_date_in_an_element_named_for_nothing_dates_it(line, day):
    """Where a Jalali date line would stand (a bare span under the headline), not in a date element:
    the day, no guessed time, and the line is no text."""
    record = extract(dated_story(f"<div class='x1'><span>{line}</span></div>"), "https://fa.news.example/news/1").record
    assert record is not None
    assert (record.published_date, record.published_at, record.published_raw) == (day, None, line)
    assert line not in (record.body or "")


@pytest.mark.parametrize(("line", "instant"), [
    ("۲۳ اکتبر ۲۰۲۴ / ۲۰ ربیع الثانی ۱۴۴۶ / ساعت ۱۱:۴۰", "2024-10-23T11:40:00+04:30"),
    ("۲۳ اکتبر ۲۰۲۴ - ۱۴:۰۵", "2024-10-23T14:05:00+04:30"),
    ("۲۳ اکتبر ۲۰۲۴", None),  # no time printed: the day alone
])
def test_an_afghan_pages_gregorian_date_in_persian_with_a_time_is_kabuls(line, instant):
    """An Afghan page (its host under .af) prints the Gregorian day and its lunar Hijri twin, then the
    time: Kabul's, as its Jalali dates' times are. The same line on an Iranian-zone page gives the day
    alone (the test above: an outlet abroad's clock is no known zone's)."""
    page = dated_story(f"<div class='news-date'>{line}</div>")
    record = extract(page, "https://khabar.example.af/news/1").record
    assert record is not None
    assert (record.published_date, record.published_at, record.published_raw) == ("2024-10-23", instant, line)


def test_a_persian_pages_gregorian_date_in_a_readers_comment_dates_nothing():
    comments = ("<div class='x2'><h3>نظرات</h3><div><span>مریم</span><span>۲۸ نوامبر ۲۰۲۴</span>"
                "<p>گزارش خوبی بود، ممنون.</p></div><div><span>علی</span><span>۲۹ نوامبر ۲۰۲۴</span>"
                "<p>کاش زودتر ساخته می‌شد.</p></div></div>")
    page = dated_story("").replace("</body>", comments + "</body>")
    record = extract(page, "https://fa.news.example/news/1").record
    assert record is not None
    assert record.published_date is None


def test_an_english_page_is_dated_by_a_date_line_in_an_element_named_for_nothing():
    """Past its date elements, a page in any script reads a short line that is mostly a date (an older
    template's cell under the headline); session 26's held-out pages in seven languages printed so."""
    record = extract(_page("<div class='x1'><span>November 28, 2024</span></div>").replace(
        "Monday, March 2, 2026", ""), URL).record
    assert record is not None
    assert (record.published_date, record.published_raw) == ("2024-11-28", "November 28, 2024")


def test_an_english_page_is_not_dated_by_a_date_line_in_a_paragraph_of_its_text():
    """… but a paragraph's line is the text's (an event's day), not the story's date."""
    record = extract(_page("<div class='entry-content'><p>Opening day: November 28, 2024</p></div>").replace(
        "Monday, March 2, 2026", ""), URL).record
    assert record is not None
    assert record.published_date is None


@pytest.mark.parametrize(("line", "day"), [
    ("<p><i>Published: 12 October 2023</i><br><i>Authors: Jane Reed</i></p>", date(2023, 10, 12)),
    ("<p>Publicado el 3 de marzo de 2024</p>", date(2024, 3, 3)),
    ("<div class='info'><small>时间:</small>2024-05-12 09:31<small>来源:</small>示例热线</div>", date(2024, 5, 12)),
    ("<p>Published in 2019, the guide is still read.</p>", None),  # no day: a sentence, no date line
])
def test_an_english_pages_line_labelled_published_in_an_element_named_for_nothing_dates_it(line, day):
    """… but a line its label says is the publication's date does (an old template's `<i>` under the title)."""
    record = extract(_page(f"<div class='x1'>{line}</div>").replace("Monday, March 2, 2026", ""), URL).record
    assert record is not None
    assert record.published_date == (day.isoformat() if day else None)


@pytest.mark.parametrize(("printed", "stamp", "expected"), [
    # Sydney's summer and São Paulo's: the next day in UTC
    ("Tue 14 Jan 2025 at 6:12am", "2025-01-13T19:12:00Z", "2025-01-14T06:12:00+11:00"),
    ("26/01/2018 22h30", "2018-01-27T00:30:00Z", "2018-01-26T22:30:00-02:00"),
    # a 12-hour clock with no AM/PM, morning or evening, tells no offset: the stamp as stated
    ("Tue 14 Jan 2025 at 6:12", "2025-01-13T19:12:00Z", "2025-01-13T19:12:00+00:00"),
    # a stamp stating another offset names the zone itself: a clock disagreeing with it is another time's
    ("Tue 14 Jan 2025 at 6:12am", "2025-01-14T02:12:00+07:00", "2025-01-14T02:12:00+07:00"),
])
def test_a_page_of_no_known_zone_printing_its_clock_beside_a_utc_stamp_is_dated_in_that_clock(printed, stamp,
                                                                                              expected):
    """The stamp's instant at the offset the clock printed in the <time> stating it shows: the page's own
    day and time."""
    html = (f"<html lang='en'><head><meta property='article:published_time' content='{stamp}'></head><body>"
            f"<h1>Storm closes the coast road</h1><time datetime='{stamp}'>{printed}</time><div class='body'>"
            + "<p>The coast road was closed on Monday after a storm brought down trees and power lines "
              "across the district, and crews worked through the night to clear it.</p>" * 3
            + "</div></body></html>")
    record = extract(html, URL).record
    assert record is not None and record.published_at == expected


@pytest.mark.parametrize(("printed", "expected"), [
    # a byline's date and time in a <span>, the author's name glued to it in the text
    ("January 15, 2024 02:10 AM", "2024-01-15T02:10:00+05:00"),
    # a clock naming its zone says so itself: it is no foreign clock (and it disagrees with the stamp)
    ("January 14, 2024 1:10 pm PST", "2024-01-14T21:10:00+00:00"),
    # a clock printing other minutes is another time's (an update's, a sidebar's)
    ("January 15, 2024 02:35 AM", "2024-01-14T21:10:00+00:00"),
])
def test_a_clock_printed_outside_any_time_element_gives_a_utc_stamps_offset(printed, expected):
    """A page of no known zone printing its date and time in a byline's <span> (no <time> element) for
    the UTC instant its metadata states: the page's own day and clock."""
    stamp = "2024-01-14T21:10:00Z"
    html = (f"<html lang='en'><head><meta property='article:published_time' content='{stamp}'></head><body>"
            "<h1>Cabinet allows import of urea</h1><div class='authorbox'><span class='author'>APP</span>"
            f"<span class='story-date'>{printed}</span></div><div class='body'>"
            + "<p>The committee approved the import of fertiliser on Sunday to ensure a smooth supply to "
              "farmers during the sowing season, officials said after the meeting.</p>" * 3
            + "</div></body></html>")
    record = extract(html, URL).record
    assert record is not None and record.published_at == expected
