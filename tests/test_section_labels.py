"""Where a page names its story's section beyond a trail or metadata (session 29's held-out batches): a
sub-section's label beside its section's, and the menu item the page marks as its own."""

from __future__ import annotations

import pytest

from newsscraper.extract import extract

TEXT = ("کارشناسان محیط زیست استان می‌گویند سطح آب تالاب در ماه‌های اخیر به کمترین اندازه ده سال گذشته رسیده و اگر "
        "بارش‌های پاییزی کافی نباشد، پرندگان مهاجر زیستگاه زمستانی خود را از دست خواهند داد؛ اداره کل منابع طبیعی "
        "هم از کشاورزان خواسته است برداشت از چاه‌های اطراف را کاهش دهند.")


def _story(info: str = "", menu: str = "") -> bytes:
    return f"""<html lang="fa"><head><meta charset="utf-8"><title>کاهش سطح آب تالاب | خبر استان</title></head>
<body><header><a href="/">خبر استان</a><nav><ul>{menu or '<li><a href="/society">جامعه</a></li>'}</ul></nav></header>
<main><div class="news-info">{info}<span>کد خبر: ۴۸۲۱۹۷</span></div>
<h1>سطح آب تالاب به کمترین اندازه ده سال اخیر رسید</h1><p>{TEXT}</p><p>{TEXT}</p></main>
<footer>خبر استان</footer></body></html>""".encode()


URL = "https://khabarostan.ir/news/482197/wetland"


@pytest.mark.parametrize("sub_label", ["زیرگروه", "زیر گروه", "زیرسرویس"])
def test_a_sub_sections_label_names_the_deeper_section(sub_label: str) -> None:
    info = (f'<div><span>گروه:</span> <a href="/society">جامعه</a></div>'
            f'<div><span>{sub_label}:</span> <a href="/society/environment">محیط زیست</a></div>')
    record = extract(_story(info), URL).record
    assert record is not None and record.section == "محیط زیست"


def test_a_sections_label_alone_is_read_as_before() -> None:
    record = extract(_story('<div><span>گروه:</span> <a href="/society">جامعه</a></div>'), URL).record
    assert record is not None and record.section == "جامعه"


@pytest.mark.parametrize("item", [
    '<li class="nav-item active"><a class="nav-link" href="/world">بین‌الملل</a></li>',
    '<li><a href="/world" aria-current="page">بین‌الملل</a></li>',
    '<li class="menu-item current-post-ancestor current-menu-parent"><a href="/world">بین‌الملل</a></li>',
])
def test_the_menu_item_a_story_page_marks_as_its_own_names_its_section(item: str) -> None:
    menu = f'<li><a href="/">خانه</a></li><li><a href="/society">جامعه</a></li>{item}'
    record = extract(_story(menu=menu), URL).record
    assert record is not None and record.section == "بین‌الملل"


def test_a_marked_front_page_item_or_an_unmarked_menu_names_no_section() -> None:
    for menu in ['<li class="active"><a href="/">خانه</a></li><li><a href="/world">بین‌الملل</a></li>',
                 '<li><a href="/">خانه</a></li><li><a href="/world">بین‌الملل</a></li>']:
        record = extract(_story(menu=menu), URL).record
        assert record is not None and record.section is None
