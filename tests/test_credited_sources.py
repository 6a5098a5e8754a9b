"""Where a Persian page names the outlet its story comes from outside «به گزارش …», and how a
numeric staff code closes it (session 28's held-out z36: sites that republish other outlets)."""

from __future__ import annotations

import pytest

from newsscraper.extract import extract
from newsscraper.extract.markers import attribution, closing_code
from newsscraper.persian import normalize_line

TEXT = ("مدیرکل راهداری استان امروز اعلام کرد عملیات بازگشایی گردنه‌های کوهستانی پس از بارش برف سنگین شب گذشته "
        "با حضور بیش از چهل دستگاه ماشین‌آلات سنگین در جریان است و تردد در بیشتر محورها برقرار شده است.")


def _page(before: str = "", after: str = "", last: str = "") -> bytes:
    return f"""<html lang="fa"><head><meta charset="utf-8"><title>بازگشایی گردنه‌های برفگیر استان</title></head>
<body><header><a href="/">پایگاه نمونه</a><nav><a href="/news">اخبار</a></nav></header>
<main><div class="meta">{before}</div><h1>بازگشایی گردنه‌های برفگیر استان</h1>
<div class="text"><p>{TEXT}</p><p>{TEXT}</p><p>{TEXT}</p>{last}</div>{after}</main>
<footer>تمامی حقوق برای پایگاه نمونه محفوظ است</footer></body></html>""".encode()


URL = "https://namoone.ir/news/48213/snow"


@pytest.mark.parametrize(("before", "after"), [
    ("<span>۱۲ دی ۱۴۰۲</span> | <span>منبع خبر: خبرگزاری کوهسار</span>", ""),  # the bar over the headline
    ("", "<div class='source-box'>منبع: <a href='https://kohsar.example/'>خبرگزاری کوهسار</a></div>"),  # a box after it
])
def test_a_labelled_source_outside_the_text_names_the_outlet(before: str, after: str) -> None:
    record = extract(_page(before, after), URL).record
    assert record is not None and record.source_attribution == "خبرگزاری کوهسار"
    assert extract(_page(), URL).record.source_attribution is None  # and nothing names one without it


def test_a_charts_credit_in_its_caption_names_no_source() -> None:
    figure = ("<figure><img src='/chart.png'><figcaption>نمودار ۱: تردد روزانه در گردنه‌ها. منبع: برآورد پلیس راه"
              "</figcaption></figure>")
    record = extract(_page(after=figure), URL).record
    assert record is not None and record.source_attribution is None


def test_a_clause_after_the_cited_outlet_is_no_part_of_its_name() -> None:
    text = normalize_line("به نقل از روزنامه کوهسار که آمار تردد زمستانی را بررسی کرده، ترافیک کم شده است.")
    assert attribution(text) == "روزنامه کوهسار"


def test_two_staff_numbers_joined_by_a_slash_close_the_text_as_its_marker() -> None:
    assert closing_code("۷۳۴۱/۱۶۱۷") == ("۷۳۴۱/۱۶۱۷", "۱۶۱۷")
    assert closing_code("۱۴۰۲/۱۰/۱۲") is None and closing_code("۱۴۰۲/۱۰") is None  # dates
    record = extract(_page(last="<p>۷۳۴۱/۱۶۱۷</p>"), URL).record
    assert record is not None and (record.footer_marker, record.editor_code) == ("۷۳۴۱/۱۶۱۷", "۱۶۱۷")
    assert "۷۳۴۱" not in (record.body or "")


@pytest.mark.parametrize(("text", "source"), [
    # a desk named for a medium before the agency
    ("به گزارش خبرنگار گروه رادیو و تلویزیون خبرگزاری کوهسار، سریال تازه از شنبه پخش می‌شود.", "خبرگزاری کوهسار"),
    # the reporter sent somewhere («اعزامی … به پاریس»), as a place it reports from («از شیراز»)
    ("به گزارش خبرنگار اعزامی خبرگزاری کوهسار به پاریس، تیم ملی امروز تمرین کرد.", "خبرگزاری کوهسار"),
    ("به گزارش خبرنگار اقتصادی خبرگزاری کوهسار از شیراز، بازار آرام بود.", "خبرگزاری کوهسار"),
    # … or in («در اصفهان»)
    ("به گزارش گردش‌نامه در اصفهان، میدان نقش جهان شلوغ بود.", "گردش‌نامه"),
    ("به نقل از شبکه خبری پامیر در کابل، بازار آرام بود.", "شبکه خبری پامیر"),
])
def test_the_agency_after_its_desk_and_where_its_reporter_is(text: str, source: str) -> None:
    assert attribution(normalize_line(text)) == source


@pytest.mark.parametrize(("text", "source"), [
    # a paper's piece an agency republishes, opening the text
    ("روزنامه کوهسار نوشت: دولت در ماه‌های اخیر برای مهار قیمت‌ها چند بسته تازه را اجرا کرده است.", "روزنامه کوهسار"),
    ("روزنامه کوهسار در گزارشی نوشت: شهرداری طرح تازه‌ای برای پیاده‌راه‌ها دارد.", "روزنامه کوهسار"),
    ("هفته‌نامه دشت در شماره اخیر خود نوشت: بازار زعفران آرام است.", "هفته‌نامه دشت"),
    # a speaker writing names no outlet
    ("وزیر نیرو در یادداشتی نوشت: آب را باید با دقت بیشتری مصرف کرد.", None),
])
def test_a_papers_piece_republished_names_the_paper(text: str, source: str | None) -> None:
    assert attribution(normalize_line(text)) == source


@pytest.mark.parametrize("reference", ["در جوابیه‌ای به گزارش منتشرشده در روزنامه صبح شهر",
                                       "در پاسخ به گزارش منتشر شده در هفته‌نامه نمونه", "با استناد به گزارش یادشده"])
def test_a_reply_to_a_published_report_credits_no_outlet(reference: str) -> None:
    """A rejoinder («جوابیه») names the report it answers, not the outlet this text comes from: the
    credit is the later «به گزارش …», or none."""
    text = f"شرکت آب و فاضلاب {reference}، خبر جیره‌بندی آب را تکذیب کرد."
    assert attribution(text) is None
    assert attribution(f"{text} به گزارش پیام شهر، این شرکت گفت ذخایر سدها کافی است.") == "پیام شهر"


@pytest.mark.parametrize(("text", "source"), [
    ("به گزارش خبرگزاری کوهسار به نقل از سخنگوی وزارت خارجه، سفر لغو شد.", "خبرگزاری کوهسار"),
    ("به گزارش پیام شهر به نقل از یک مقام آگاه، جلسه برگزار نشد.", "پیام شهر"),
    ("پیام شهر به نقل از خبرگزاری کوهسار، گزارش داد که جلسه برگزار شد.", "خبرگزاری کوهسار"),
])
def test_a_chain_of_credits_names_its_last_outlet_not_a_person_it_quotes(text: str, source: str) -> None:
    assert attribution(text) == source


@pytest.mark.parametrize(("text", "source"), [
    ("خبرگزاری کوهسار، گروه سیاست: فراکسیون مناطق مرزی بیانیه‌ای منتشر کرد.", "خبرگزاری کوهسار"),
    ("روزنامه پیام شهر، سرویس اقتصادی - مریم راد: بازار آرام بود.", "روزنامه پیام شهر"),
])
def test_an_agencys_own_name_and_desk_opening_the_text_name_the_outlet(text: str, source: str) -> None:
    assert attribution(text) == source


def test_a_desk_opening_with_no_outlet_names_none() -> None:
    assert attribution("گروه سیاست: فراکسیون مناطق مرزی بیانیه‌ای منتشر کرد.") is None
