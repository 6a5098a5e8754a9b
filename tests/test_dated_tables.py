"""Tables and lists of dated entries: a calendar of occasions, a schedule, a timeline. Their dates are
the entries', never the page's, and a page that is such a table under a heading, with no date or
news ID of its own, is no story (session 28's held-out z34)."""

from __future__ import annotations

from newsscraper.extract import extract

STORY = ("شورای شهر در نشست روز گذشته طرح ساماندهی بازارچه‌های محلی را تصویب کرد و شهرداری موظف شد تا پایان "
         "سال جاری دست‌کم پنج بازارچه تازه در محله‌های کم‌برخوردار راه‌اندازی کند.")
ROWS = [("شنبه", "۶ آبان ۱۴۰۲", "نمایشگاه کتاب کودک در فرهنگسرای مرکزی"),
        ("دوشنبه", "۸ آبان ۱۴۰۲", "جشنواره غذاهای محلی در بوستان شهر"),
        ("پنجشنبه", "۱۱ آبان ۱۴۰۲", "همایش گردشگری روستایی در تالار اندیشه"),
        ("یکشنبه", "۱۴ آبان ۱۴۰۲", "مسابقه دوچرخه‌سواری خانوادگی در جاده ساحلی"),
        ("چهارشنبه", "۱۷ آبان ۱۴۰۲", "نمایشگاه صنایع دستی بانوان در سرای محله")]


def _table() -> str:
    rows = "".join(f"<tr><td>{day}</td><td>{date}</td><td>{event}</td></tr>" for day, date, event in ROWS)
    head = "<thead><tr><th>روز</th><th>تاریخ</th><th>برنامه</th></tr></thead>"
    return f"<table class='events'>{head}<tbody>{rows}</tbody></table>"


def _page(heading: str, inner: str) -> bytes:
    return f"""<html lang="fa"><head><meta charset="utf-8"><title>{heading} - پایگاه نمونه</title></head><body>
<header><a href="/"><img src="/logo.png" alt="پایگاه نمونه"></a><nav><a href="/news">اخبار</a>
<a href="/events">رویدادها</a></nav></header><main><h1>{heading}</h1>{inner}</main>
<footer>تمامی حقوق برای پایگاه نمونه محفوظ است</footer></body></html>""".encode()


NOTE = "<p>زمان برنامه‌ها ممکن است با توجه به شرایط جوی تغییر کند و تغییرات از همین صفحه اطلاع‌رسانی می‌شود.</p>"


def test_a_table_of_dated_events_under_a_heading_is_no_story() -> None:
    result = extract(_page("برنامه رویدادهای فرهنگی شهر در آبان", NOTE + _table()), "https://namoone.ir/events/aban")
    assert result.record is None and result.refusal == "listing"


def test_a_story_printing_its_date_keeps_its_table_of_dates() -> None:
    """The same table in a story that prints its own date line and text: an article, dated by its line."""
    inner = f"<div class='date'>۲ آبان ۱۴۰۲</div><p>{STORY}</p><p>{STORY}</p>{_table()}<p>{STORY}</p>"
    record = extract(_page("شهر در آبان میزبان پنج رویداد فرهنگی است", inner), "https://namoone.ir/events/aban").record
    assert record is not None and record.published_jalali == "1402-08-02"
    assert "۶ آبان ۱۴۰۲" in (record.body or "")


def test_a_timelines_dates_are_not_the_storys() -> None:
    """A story printing no date of its own but a timeline of dated items: no date, not the first item's."""
    items = "".join(f"<li><span class='d'>{date}</span> — {event}</li>" for _, date, event in ROWS[:3])
    inner = f"<p>{STORY}</p><p>{STORY}</p><ul>{items}</ul><p>{STORY}</p>"
    record = extract(_page("بازارچه‌های محلی تا پایان سال راه‌اندازی می‌شوند", inner),
                     "https://namoone.ir/news/52311/bazaar").record
    assert record is not None and record.published_date is None and record.published_raw is None
    # one dated item alone (the page's own date set in a list of its details) is the story's date
    single = inner.replace(items, "<li>۲ آبان ۱۴۰۲</li><li>سرویس: شهری</li>")
    dated = extract(_page("بازارچه‌های محلی تا پایان سال راه‌اندازی می‌شوند", single),
                    "https://namoone.ir/news/52311/bazaar").record
    assert dated is not None and dated.published_jalali == "1402-08-02"


def test_the_dates_of_a_section_pages_entries_in_nested_tables_are_not_its_own() -> None:
    """An old section page: each entry its own table inside a row of the list's, its date in a classed
    element, then its linked headline and excerpt; a sidebar box's title is all the heading there is.
    The entries' dates date no page: undated, a page of a series opening with another story's teaser
    is a listing."""
    headlines = ["کارگاه آموزش شنا برای نوجوانان برگزار شد", "تیم کشتی شهرستان قهرمان مسابقات استان شد",
                 "زمین چمن روستای بالا به بهره‌برداری رسید", "همایش دوچرخه‌سواری بانوان در پارک ملت برگزار شد"]
    entries = "".join(
        f"<tr><td><table><tr><td><font class='date'>{day} آبان ۱۴۰۲</font><br>"
        f"<a href='news.php?id={900 + i}' class='titr2'>{title}</a><br><font class='lid'>{STORY}</font>"
        "</td></tr></table></td></tr><tr><td><img src='line.gif'></td></tr>"
        for i, (day, title) in enumerate(zip(("۱۲", "۱۱", "۹", "۸"), headlines, strict=True)))
    page = f"""<html lang="fa"><head><meta charset="utf-8"><title>پایگاه نمونه</title></head><body>
<table><tr><td><a href="index.php"><img src="logo.png" alt="پایگاه نمونه"></a></td></tr>
<tr><td><table><tr><td valign="top"><table>{entries}</table>
<div class="paging">صفحه: <b>1</b> <a href="section.php?sec=sport&amp;page=2">2</a>
<a href="section.php?sec=sport&amp;page=3">3</a></div></td>
<td valign="top"><table><tr><td class="boxtitle">پربیننده‌ترین‌های ورزشی</td></tr>
<tr><td>1. <a href="news.php?id=880">استعفای سرمربی تیم فوتبال شهر</a></td></tr></table></td></tr></table>
</td></tr></table></body></html>""".encode()
    result = extract(page, "https://namoone.ir/section.php?sec=sport&page=1")
    assert result.record is None and result.refusal == "listing"


def test_a_rates_board_dated_only_by_its_web_pages_metadata_is_no_story() -> None:
    """A live board of rates: a table under a heading, the JSON-LD of a web page stating when it was
    last refreshed, og:type website. The metadata's date is no story's; printed, it would be."""
    rows = "".join(f"<tr><td>{name}</td><td>{rate}</td><td>{change}</td></tr>" for name, rate, change in (
        ("سکه تمام", "۴۸٬۲۰۰٬۰۰۰", "+۱۵۰٬۰۰۰"), ("نیم سکه", "۲۶٬۱۰۰٬۰۰۰", "۰"), ("ربع سکه", "۱۵٬۹۰۰٬۰۰۰", "-۲۰٬۰۰۰"),
        ("طلای ۱۸ عیار", "۴٬۱۲۰٬۰۰۰", "+۹٬۰۰۰"), ("دلار", "۶۱٬۴۰۰", "+۸۰")))
    table = f"<table><tr><th>عنوان</th><th>نرخ</th><th>تغییر</th></tr>{rows}</table>"
    jsonld = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "WebPage", '
              '"name": "نرخ روز سکه و طلا", "datePublished": "2023-11-02T09:00:00+03:30", '
              '"dateModified": "2023-11-02T14:20:00+03:30"}</script>')
    html = _page("نرخ روز سکه و طلا", NOTE + table).replace(
        b"</head>", f'<meta property="og:type" content="website">{jsonld}</head>'.encode())
    result = extract(html, "https://namoone.ir/rates/gold")
    assert result.record is None and result.refusal == "listing"
    printed = html.replace(b"<h1>", "<div class='date'>۱۱ آبان ۱۴۰۲ - ۱۴:۲۰</div><h1>".encode())
    assert extract(printed, "https://namoone.ir/rates/gold").record is not None


def test_a_teasers_time_element_dates_no_page() -> None:
    """A gallery index: its lead gallery set first, a linked picture and title, a caption and its
    <time>, then a grid of the others. The lead gallery's machine date is that gallery's, not the
    page's (session 28's held-out z46)."""
    from newsscraper.extract.fields import time_datetimes
    from newsscraper.extract.page import Page

    lead = ("<section class='gl-lead'><a href='/photo/318842/snow'><figure><img src='/s.jpg'></figure>"
            "<h2>نخستین برف زمستانی در ارتفاعات شهر</h2></a><p>کوهنوردان صبح امروز مسیر ایستگاه پنجم را پیمودند.</p>"
            "<div class='gl-meta'><time datetime='2022-12-26T10:40:00+03:30'>۵ دی ۱۴۰۱ - ۱۰:۴۰</time></div></section>")
    grid = "".join(f"<article><a href='/photo/{318830 + i}/x'><h3>گزارش تصویری شماره {i} از بازار شب یلدا</h3></a>"
                   "</article>" for i in range(1, 7))
    page = Page(f"<html lang='fa'><body><main><h1>گزارش‌های تصویری</h1>{lead}<section>{grid}</section></main>"
                "</body></html>", "https://namoone.ir/photo")
    assert list(time_datetimes(page, "گزارش‌های تصویری")) == []
    # the story's own <time> beside its headline is read
    story = Page("<html lang='fa'><body><main><h1>برف کوهستان</h1><time datetime='2022-12-26T10:40:00+03:30'>"
                 "۵ دی ۱۴۰۱</time><p>کوهنوردان صبح امروز مسیر ایستگاه پنجم را در برف پیمودند.</p></main></body></html>",
                 "https://namoone.ir/photo/318800")
    assert list(time_datetimes(story, "برف کوهستان")) == ["2022-12-26T10:40:00+03:30"]
