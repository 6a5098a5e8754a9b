"""What session 27's held-out batch of Persian long reads showed: a newspaper's note of where the
story appeared in print is no text, in Persian or English, and a readers' poll set inside the text
(its title, its question, its options) is no text either."""

from __future__ import annotations

import pytest

from newsscraper.extract import extract
from newsscraper.extract.content import is_furniture_line

TEXT = ("کارشناسان شهری می‌گویند افزایش اجاره‌بها در سال گذشته بیش از هر چیز به کمبود خانه‌های کوچک در "
        "محله‌های مرکزی برمی‌گردد و تا زمانی که ساخت این واحدها سرعت نگیرد، فشار بر مستأجران کم نمی‌شود.")


@pytest.mark.parametrize("line", [
    "این مطلب در شماره ۴۱۲۳ روزنامه نمونه، صفحه ۶ (جامعه) منتشر شده است.",
    "این یادداشت در نسخه چاپی هفته‌نامه نمونه منتشر شده است",
    "A version of this article appears in print on Nov. 30, 2026, Section A, Page 6 of the New York edition "
    "with the headline: Rents Rise Again.",
    "This article appeared in the Finance & economics section of the print edition under the headline "
    "\"Cheap money\"",
])
def test_where_the_story_appeared_in_print_is_no_text(line: str) -> None:
    assert is_furniture_line(line)


def test_a_sentence_that_names_a_newspaper_and_publishing_is_text() -> None:
    line = ("این مطلب در حالی منتشر شده که روزنامه‌ها هنوز پاسخی از وزارتخانه نگرفته‌اند و شماره‌های "
            "اعلام‌شده را نمی‌توان تأیید کرد.")
    assert not is_furniture_line(line)


def test_a_readers_poll_inside_the_text_is_left_out() -> None:
    poll = ('<div class="poll-box" id="poll-3391"><div class="poll-title">نظرسنجی</div>'
            '<div class="poll-question">به نظر شما اجاره‌بها در سال آینده چه تغییری می‌کند؟</div>'
            '<ul class="poll-options"><li><label><input type="radio" name="p" value="a"> افزایش می‌یابد</label></li>'
            '<li><label><input type="radio" name="p" value="b"> ثابت می‌ماند</label></li></ul>'
            '<button class="poll-submit">ثبت نظر</button></div>')
    html = (f"<html lang='fa'><head><title>اجاره‌بها باز هم بالا رفت</title></head><body><article>"
            f"<h1>اجاره‌بها باز هم بالا رفت</h1><div class='text'><p>{TEXT}</p>{poll}<p>{TEXT}</p></div>"
            f"</article></body></html>")
    record = extract(html, "https://namoone.ir/news/123456/rent").record
    assert record is not None and record.body == f"{TEXT}\n\n{TEXT}"
