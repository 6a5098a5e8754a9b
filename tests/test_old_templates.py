"""Fields on the older and simpler templates session 25's held-out batches showed: Blogfa's
ordinal days and unpadded minutes, a newspaper's issue line, a print page's title, a side menu
printing the title's section, `routitr`, «دیگر مطالب این صفحه», a broadcaster's copyright line and a
registration wall's box inside the text."""

from __future__ import annotations

import pytest

from newsscraper.extract import extract
from newsscraper.extract.content import is_furniture_line
from newsscraper.extract.content_rules import BOILERPLATE_LINE
from newsscraper.jalali import find_date

PARAGRAPH = ("باغداران این روستا می‌گویند امسال سرمای دیررس بهاره بخش بزرگی از شکوفه‌های درختان سیب و گلابی را "
             "از بین برده و برداشت محصول به کمتر از نیمی از سال گذشته خواهد رسید، در حالی که هزینه‌های نگهداری باغ "
             "دو برابر شده است.")


@pytest.mark.parametrize(("text", "jalali"), [
    ("نوشته شده در سه شنبه سیزدهم شهریور ۱۳۸۶ساعت 11:5 توسط مریم", "1386-06-13T11:05"),
    ("پنجشنبه بیست و دوم آذر ۱۳۸۶ ساعت ۱۰:۲۵", "1386-09-22T10:25"),
    ("اول مهر ۱۴۰۲", "1402-07-01"),
    ("سی‌ام آبان ۱۴۰۲", "1402-08-30"),
    ("سی و یکم شهریور ۱۴۰۱", "1401-06-31"),
])
def test_an_ordinal_day_in_words_reads_as_its_number(text: str, jalali: str) -> None:
    found = find_date(text)
    assert found is not None and found.jalali == jalali
    assert found.raw in text and found.raw.endswith(text.split("توسط")[0].strip()[-4:])


def test_an_ordinal_word_before_no_month_is_no_date() -> None:
    assert find_date("سیزدهم ۱۳۸۶") is None
    assert find_date("او برای دومین بار در سال ۱۴۰۲ آمد") is None


def _old_page(title: str, top: str, heading: str, tail: str = "") -> bytes:
    return f"""<html><head><meta charset="utf-8"><title>{title}</title></head><body>
<table><tr><td><font size="1">{top}</font></td></tr>
<tr><td width="150"><a href="a.htm">سیاسی</a><br><a href="b.htm"><b>اجتماعی</b></a><br><a href="c.htm">ورزشی</a></td>
<td>{heading}<font size="2">{PARAGRAPH}<br><br>{PARAGRAPH}<br><br>{PARAGRAPH}</font>{tail}</td></tr></table>
</body></html>""".encode()


def test_a_short_title_printed_only_as_a_menu_link_is_no_headline_and_the_issue_line_dates_the_story() -> None:
    html = _old_page("روزنامه نمونه - اجتماعی", "سال نهم - شماره ۲۲۰۱ - دوشنبه ۱۲ تیر ۱۳۸۷ - ۲ ژوئیه ۲۰۰۸",
                     '<font size="4"><b>سرمای بهاره باغ‌های سیب را بی‌بار گذاشت</b></font><br><br>')
    record = extract(html, "http://www.nemoone-daily.com/1387/870412/html/ejtemaee.htm").record
    assert record is not None
    assert record.headline == "سرمای بهاره باغ‌های سیب را بی‌بار گذاشت"
    assert record.published_date == "2008-07-02"


def test_a_top_bar_date_without_an_issue_number_is_still_not_read() -> None:
    html = _old_page("روزنامه نمونه - اجتماعی", "دوشنبه ۱۲ تیر ۱۳۸۷ - ۲ ژوئیه ۲۰۰۸ و هوای امروز تهران آفتابی است",
                     '<font size="4"><b>سرمای بهاره باغ‌های سیب را بی‌بار گذاشت</b></font><br><br>')
    record = extract(html, "http://www.nemoone-daily.com/1387/870412/html/ejtemaee.htm").record
    assert record is not None and record.published_date is None


def test_a_print_pages_title_is_no_headline_and_routitr_names_a_surtitle() -> None:
    html = f"""<html><head><meta charset="utf-8"><title>نسخه چاپی :: خبرگزاری نمونه</title></head><body><table>
<tr><td>نسخه چاپی</td></tr>
<tr><td class="printRoutitr">به همت جهاددانشگاهی استان</td></tr>
<tr><td class="printTitle">جشنواره سیب در دماوند برگزار شد</td></tr>
<tr><td class="printBody"><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></td></tr></table></body></html>""".encode()
    record = extract(html, "http://www.nemoone.ir/Print.aspx?NID=44120").record
    assert record is not None
    assert record.headline == "جشنواره سیب در دماوند برگزار شد"
    assert record.surtitle == "به همت جهاددانشگاهی استان"


@pytest.mark.parametrize("line", ["دیگر مطالب این صفحه:", "دیگر اخبار", "دیگر خبرها"])
def test_a_heading_over_the_pages_other_stories_is_furniture(line: str) -> None:
    assert BOILERPLATE_LINE.match(line)


def test_a_broadcasters_copyright_line_is_no_text_but_a_sentence_naming_copyright_is() -> None:
    assert is_furniture_line("Copyright 2023 Example Media Inc. All rights reserved. This material may not be "
                             "published, broadcast, rewritten, or redistributed.")
    assert is_furniture_line("© 2024 Example News. All rights reserved.")
    assert not is_furniture_line("The court said the copyright holder had reserved all rights to the film, "
                                 "a claim the studio disputes and plans to appeal.")


def test_a_registration_walls_box_inside_the_text_is_left_out() -> None:
    text = ("Cold storage operators in the region say demand from grocers has outgrown the space they can offer, "
            "and several plan to expand their buildings before the next harvest season begins in earnest.")
    html = f"""<html lang="en"><head><meta charset="utf-8"><title>Cold storage squeeze | Freight Daily</title></head>
<body><article><h1>Cold storage squeeze</h1><div class="body"><p>{text}</p><p>{text}</p>
<div class="gate"><h3>Register to read more</h3><p>Get unlimited access to our news and data. Registration is free.</p>
<ul><li>Weekly newsletter</li><li>Rate benchmarks</li><li>Webinar archive</li></ul>
<a href="/register">Register for free</a><p>Already registered? <a href="/login">Log in</a></p></div>
<p>{text}</p></div></article></body></html>""".encode()
    record = extract(html, "https://freight.example.com/article/22871604").record
    assert record is not None and record.body is not None
    assert "Register" not in record.body and "Webinar archive" not in record.body
    assert record.body.count("Cold storage operators") == 3
