"""What session 27's held-out batches of 2025–2026 English and European news pages showed: a time
printed after its date across an em dash is the date's, a story's "related topics" box holds its
tags, a box named a paywall's is no text in whatever language it asks, and a read-aloud player's
note on its synthesised voice is no text."""

from __future__ import annotations

from newsscraper.extract import extract
from newsscraper.extract.content import is_furniture_line
from newsscraper.extract.markers import is_boilerplate_line
from newsscraper.gregorian import find_gregorian_date
from newsscraper.persian import normalize_line

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


# Session 28's held-out z42 (the clutter of 2026): a machine-written summary over the text, a
# read-aloud player's note on its generated voice, a lead's label, a chart caption's credit.

FA_TEXT = ("بانک مرکزی امروز اعلام کرد سقف روزانه انتقال کارت به کارت از ابتدای ماه آینده افزایش می‌یابد و "
           "بانک‌ها موظف شده‌اند سامانه‌های خود را تا پایان همین ماه برای اجرای این تصمیم آماده کنند.")


def _fa_page(inside: str, head: str = "") -> str:
    return (f"<html lang='fa'><head><title>سقف کارت به کارت بالا رفت</title>{head}</head><body><article>"
            f"<h1>سقف کارت به کارت بالا رفت</h1>{inside}</article></body></html>")


def test_a_machine_written_summary_over_the_text_is_no_text() -> None:
    bullets = ("<ul><li>سقف روزانه انتقال از ماه آینده بیشتر می‌شود.</li>"
               "<li>بانک‌ها باید سامانه‌ها را آماده کنند.</li></ul>")
    classed = (f"<section class='ai-summary'><div class='ai-summary__head'>خلاصه هوش مصنوعی</div>{bullets}"
               "<small>این خلاصه به‌صورت خودکار تولید شده و ممکن است خطا داشته باشد.</small></section>")
    text = f"<p>{FA_TEXT}</p><p>{FA_TEXT}</p>"
    record = extract(_fa_page(f"<div class='item-text'>{classed}{text}</div>"), "https://namoone.ir/news/4412").record
    assert record is not None and record.body is not None and record.body.split("\n\n") == [FA_TEXT, FA_TEXT]
    # class-less: the label and the note are no lines of the text
    plain = classed.replace(" class='ai-summary'", "").replace(" class='ai-summary__head'", "")
    kept = extract(_fa_page(f"<div>{plain}{text}</div>"), "https://namoone.ir/news/4412").record
    assert kept is not None and kept.body is not None
    assert "خلاصه هوش مصنوعی" not in kept.body and "به‌صورت خودکار" not in kept.body
    for line in ("AI summary: key points", "AI-generated summary, reviewed by the newsroom"):
        assert is_boilerplate_line(line), line
    assert is_furniture_line("Listen to this article 6 min This audio is auto-generated. Please let us know if "
                             "you have feedback.")


def test_a_leads_label_and_a_chart_captions_credit() -> None:
    """«لید:» labels the lead in its box; a chart's caption crediting its figures («منبع: …») names no
    source of the story; «… به چاپ رسیده است» notes where the text was printed."""
    lead = "سقف انتقال کارت به کارت از ماه آینده دو برابر می‌شود و بانک‌ها باید سامانه‌ها را آماده کنند."
    inside = (f"<div class='news-lead'><span class='lead-label'>لید:</span> {lead}</div><div class='news-body'>"
              f"<p>{FA_TEXT}</p><div class='chart'><img src='/c.png'><p class='chart-caption'>نمودار: حجم انتقال‌ها "
              f"— منبع: محاسبات روزنامه نمونه</p></div><p>{FA_TEXT}</p>"
              "<p>این مطلب در شماره ۶۱۲۴ روزنامه نمونه به چاپ رسیده است.</p></div>")
    record = extract(_fa_page(inside), "https://namoone.ir/news/4413").record
    assert record is not None and record.lead == lead and record.source_attribution is None
    assert record.body is not None and "به چاپ رسیده" not in record.body


def test_an_ads_label_between_dashes_is_no_text() -> None:
    """«- تبلیغ -», «تبلیغ», South Azerbaijani «رکلام» over an ad slot inside the text; a sentence about
    advertising is text."""
    for line in ("- تبلیغ -", "تبلیغ", "رکلام"):
        assert is_furniture_line(normalize_line(line)), line
    assert not is_furniture_line(normalize_line("تبلیغ محیطی در شهر امسال دو برابر شد."))
