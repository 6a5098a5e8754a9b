"""The English editions of Iranian outlets (session 28's held-out z37): a Gregorian date and time
printed with no zone on an Iranian host is Tehran's; the agency's closing code, before or after a
print-edition note."""

from __future__ import annotations

import pytest

from newsscraper.extract import extract
from newsscraper.extract.markers import closing_code

TEXT = ("The provincial heritage office said on Tuesday that restoration of the old caravanserai had been "
        "completed after three years of work, and that the building would reopen to visitors next month "
        "as a museum of the region's handicrafts and a small guesthouse for travellers.")


def _page(date_line: str, closing: str = "") -> bytes:
    return f"""<html lang="en"><head><meta charset="utf-8"><title>Old caravanserai to reopen as museum</title>
</head><body><header><a href="/">Example Daily</a><nav><a href="/culture">Culture</a></nav></header>
<main><article><h1>Old caravanserai to reopen as museum</h1><div class="date">{date_line}</div>
<div class="body"><p>{TEXT}</p><p>{TEXT}</p><p>{TEXT}</p>{closing}</div></article></main>
<footer>All rights reserved.</footer></body></html>""".encode()


def test_a_time_printed_with_no_zone_on_an_iranian_host_is_tehrans() -> None:
    record = extract(_page("January 28, 2026 - 19:30"), "https://en.example-daily.ir/news/519834/caravanserai").record
    assert record is not None and record.published_at == "2026-01-28T19:30:00+03:30"
    summer = extract(_page("July 14, 2021 - 18:20"), "https://en.example-daily.ir/news/519835/caravanserai").record
    assert summer is not None and summer.published_at == "2021-07-14T18:20:00+04:30"


def test_a_time_printed_with_no_zone_elsewhere_gives_the_day_alone() -> None:
    """On a host of no known zone the clock could be any city's: no instant is guessed."""
    record = extract(_page("January 28, 2026 - 19:30"), "https://www.example-daily.com/news/519834/x").record
    assert record is not None and record.published_at is None and record.published_date == "2026-01-28"
    # an hour that may be either half of the day («10:45») times nothing, even on an Iranian host
    unsure = extract(_page("January 28, 2026 - 10:45"), "https://en.example-daily.ir/news/519834/x").record
    assert unsure is not None and unsure.published_at is None and unsure.published_date == "2026-01-28"


@pytest.mark.parametrize(("line", "marker"), [
    ("TC/", ("TC/", None)),          # the agency's code alone: no editor's
    ("MNA/FTR", ("MNA/FTR", "FTR")),
])
def test_an_agencys_closing_code(line: str, marker: tuple[str, str | None]) -> None:
    assert closing_code(line) == marker


def test_a_closing_code_before_a_print_edition_note_is_the_marker_and_the_note_no_text() -> None:
    closing = "<p>AFP/ED</p><p>This article appeared on page 8 of Example Daily's print edition, issue No. 7512.</p>"
    record = extract(_page("January 28, 2026 - 19:30", closing), "https://en.example-daily.ir/news/519834/x").record
    assert record is not None and (record.footer_marker, record.editor_code) == ("AFP/ED", "ED")
    assert record.body is not None and record.body.split("\n\n") == [TEXT, TEXT, TEXT]


def test_a_top_bars_gregorian_date_over_the_headline_is_no_surtitle() -> None:
    """"Monday, December 23, 2024 | Dey 3, 1403" in a line above the headline: the day the page was
    served, no kicker."""
    page = _page("January 28, 2026 - 19:30").replace(
        b"<article><h1>", b"<article><div class='kicker'>Monday, December 23, 2024 | Dey 3, 1403</div><h1>")
    record = extract(page, "https://en.example-daily.ir/news/519834/caravanserai").record
    assert record is not None and record.surtitle is None
    kicker = page.replace(b"Monday, December 23, 2024 | Dey 3, 1403", b"Heritage restored")
    kicked = extract(kicker, "https://en.example-daily.ir/news/519834/caravanserai").record
    assert kicked is not None and kicked.surtitle == "Heritage restored"


def test_tags_in_the_storys_item_footer_are_read_under_an_h2_headline() -> None:
    """A template of `item-header` and `item-footer` boxes, its headline an h2 and no <article>: the
    footer under the text, its share links beside the tags, is the story's own, and so are the tags
    in it; the page's own footer in <body> is not."""
    html = f"""<html lang="en"><head><meta charset="utf-8"><title>Old caravanserai to reopen as museum</title>
</head><body><header><a href="/">Example Daily</a><nav><a href="/culture">Culture</a></nav></header>
<div class="main-col"><div class="item-header"><div class="item-date">January 28, 2026 - 19:30</div>
<h2 class="item-title">Old caravanserai to reopen as museum</h2></div>
<div class="item-body"><p>{TEXT}</p><p>{TEXT}</p><p>{TEXT}</p></div>
<div class="item-footer"><div class="tags"><span>Tags:</span> <a href="/tag/Heritage">Heritage</a>,
<a href="/tag/Museums">Museums</a></div><div class="sharing"><a href="https://facebook.example/share">Share</a>
<a href="https://x.example/intent">Tweet</a><a href="/print/519836">Print</a><a href="mailto:?subject=x">Email</a>
<a href="https://t.example/share">Telegram</a></div></div></div>
<footer><div class="tags"><a href="/tag/All">All topics</a></div></footer></body></html>""".encode()
    record = extract(html, "https://en.example-daily.ir/news/519836/caravanserai").record
    assert record is not None and record.tags == ["Heritage", "Museums"]


def test_an_english_page_printing_only_a_transliterated_solar_date_is_dated() -> None:
    """An Afghan outlet's English edition prints «Qaws 24, 1402» and no Gregorian date: the Afghan
    month names the day (Kabul's calendar); an Iranian one's «31 Shahrivar 1400 | 12:10» its instant."""
    afghan = extract(_page("Friday, Qaws 24, 1402"), "https://english.example-news.af/kunduz-wheat").record
    assert afghan is not None and afghan.published_date == "2023-12-15" and afghan.published_jalali == "1402-09-24"
    iranian = extract(_page("Wednesday, 31 Shahrivar 1400 | 12:10"), "https://en.example-daily.ir/news/519837/x").record
    assert iranian is not None and iranian.published_at == "2021-09-22T12:10:00+03:30"
