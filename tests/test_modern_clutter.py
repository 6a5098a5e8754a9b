"""What session 27's held-out batches of 2025–2026 English and European news pages showed: a time
printed after its date across an em dash is the date's, a story's "related topics" box holds its
tags, a box named a paywall's is no text in whatever language it asks, and a read-aloud player's
note on its synthesised voice is no text."""

from __future__ import annotations

from newsscraper.extract import extract
from newsscraper.extract.content import is_furniture_line
from newsscraper.gregorian import find_gregorian_date

TEXT = ("Residents of the valley towns were told on Friday to cut their water use by a third after the dam "
        "that supplies them fell below thirty per cent of its capacity for the first time in a decade, and "
        "the council said tougher limits would follow if the autumn rains failed again this year.")


def _page(inside: str, after: str = "", head: str = "") -> str:
    return (f"<html lang='en'><head><title>Water limits tighten - Valley News</title>{head}</head><body>"
            f"<article><h1>Water limits tighten</h1>{inside}<div class='story-body'><p>{TEXT}</p>"
            f"<p>{TEXT.replace('Friday', 'Monday')}</p></div>{after}</article></body></html>")


def test_a_time_after_an_em_dash_is_the_dates() -> None:
    found = find_gregorian_date("14 March 2026 — 6:30am AEDT")
    assert found is not None and found.raw == "14 March 2026 — 6:30am AEDT"


def test_a_utc_stamp_beside_a_local_clock_after_an_em_dash_gives_the_local_instant() -> None:
    posted = "<p>Posted <time datetime='2026-03-13T19:30:00.000Z'>14 March 2026 — 6:30am</time></p>"
    stated = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Water limits tighten", '
              '"datePublished": "2026-03-13T19:30:00.000Z"}</script>')
    record = extract(_page(posted, head=stated), "https://valley.example/news/water/105987214").record
    assert record is not None and record.published_at == "2026-03-14T06:30:00+11:00"


def test_a_related_topics_box_holds_the_storys_tags() -> None:
    topics = ("<div class='related-topics-list'><h4>Related Topics</h4><ul><li><a href='/topic/water/'>water</a>"
              "</li><li><a href='/topic/drought/'>drought</a></li></ul></div>")
    record = extract(_page("", topics), "https://valley.example/news/water/article6985.ece").record
    assert record is not None and record.tags == ["water", "drought"]


def test_a_box_named_a_paywalls_is_no_text_in_any_language() -> None:
    paywall = ("<div class='kb-paywall'><span>Kvällsbladet Plus</span><h2>Läs vidare – bli Plus-kund</h2>"
               "<p>Få tillgång till alla artiklar. Första månaden för 1 kr.</p><a href='/kop-plus'>Köp Plus</a></div>")
    html = _page("").replace("</p></div>", f"</p>{paywall}</div>")  # inside the text's block, after it
    record = extract(html, "https://valley.example/news/a/Bq4wXL/water").record
    assert record is not None and record.body.count("\n\n") == 1 and "Plus" not in record.body


def test_a_read_aloud_players_note_on_its_voice_is_no_text() -> None:
    assert is_furniture_line("4m This audio is read by a synthesised voice.")
    assert is_furniture_line("This article was narrated using AI text-to-speech.")
    assert not is_furniture_line("The voice was synthesised by the lab from recordings of the singer.")


def test_a_german_regional_templates_header_intro_is_the_lead_not_its_key_points_box() -> None:
    """`<p class="article__header__intro">` (BEM's element of the article's header) is the lead; an
    <aside> of key points named a summary, set first in the source, gives way to it."""
    intro = "Die Seilfähre fiel zuletzt immer wieder aus. Nun soll ein Elektroschiff übernehmen."
    html = (f"<html lang='de'><head><title>Neue Fähre für die Schlei</title></head><body>"
            f"<aside class='article__summary'><h2>Das Wichtigste in Kürze</h2><ul><li>Die Fähre fällt aus.</li>"
            f"<li>Ein Elektroschiff kommt 2027.</li></ul></aside><article><header class='article__header'>"
            f"<h1>Neue Fähre für die Schlei</h1><p class='article__header__intro'>{intro}</p></header>"
            f"<div class='article__body'><p>{TEXT}</p><p>{TEXT.replace('Friday', 'Monday')}</p></div>"
            f"</article></body></html>")
    record = extract(html, "https://landbote.example/region/neue-faehre-id243918765.html").record
    assert record is not None and record.lead == intro
    assert record.news_id == "243918765"  # a German publisher's `-id<number>.html` address
