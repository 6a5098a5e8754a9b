"""What session 26's held-out batches showed: the older web of the public extraction corpora in any
language (a date cell named for nothing, dates marked 年月日 or written year first with dots, a title
framing its headline with two names, a day's six-digit folder before the story's number, photo boxes
set as tables, East Asian copyright notices) and the pages of its own a whole-site crawl fetches
(advertising rates, the feeds' list, prayer times; terms dated by their last revision)."""

from __future__ import annotations

from datetime import date

import pytest

from newsscraper.extract import extract
from newsscraper.extract.content import is_copyright_notice
from newsscraper.extract.urlid import news_id_from_url
from newsscraper.gregorian import find_gregorian_date
from newsscraper.jalali import find_date

GERMAN = ("Die Stadtwerke haben am Dienstag angekündigt, dass die Sanierung der alten Wasserleitungen in der "
          "Innenstadt bis zum Herbst dauern wird, weil unter dem Pflaster mehr Rohre marode sind als erwartet. "
          "Anwohner müssen sich auf Umleitungen und nächtliche Arbeiten einstellen.")
ENGLISH = ("The county board voted on Monday to extend the late bus service to the three villages north of the "
           "river, after parents said their children had no way home from evening classes and that the old "
           "timetable had not changed since the line was opened.")
WATER = "Wasserleitungen: Sanierung dauert bis Herbst"
PERSIAN = ("مدیران این مجموعه در نشستی با خبرنگاران گفتند که از ابتدای سال آینده همه خدمات پایگاه در قالب "
           "تازه‌ای به مخاطبان عرضه می‌شود و کاربران می‌توانند نظرات خود را از راه فرم تماس با ما در میان بگذارند.")


@pytest.mark.parametrize(("text", "day", "raw"), [
    ("2011年05月12日 08:31", date(2011, 5, 12), "2011年05月12日 08:31"),
    ("2007年11月08日19時41分", date(2007, 11, 8), "2007年11月08日19時41分"),
    ("입력 2012년 6월 21일 14시 35분", date(2012, 6, 21), "2012년 6월 21일 14시 35분"),
    ("승인 2012.06.21 14:35", date(2012, 6, 21), "2012.06.21 14:35"),
    ("2019. 03. 04.", date(2019, 3, 4), "2019. 03. 04."),
])
def test_east_asian_and_year_first_dotted_dates_read(text: str, day: date, raw: str) -> None:
    found = find_gregorian_date(text)
    assert found is not None and found.value == day and found.raw == raw


@pytest.mark.parametrize("text", ["version 2019.11.3.1", "1.2019.11.30", "2011年13月12日", "build 20191130"])
def test_numbers_that_only_look_like_dates_are_none(text: str) -> None:
    assert find_gregorian_date(text) is None


def test_a_revision_date_is_no_publication_date() -> None:
    assert find_date("آخرین بازنگری: ۱ فروردین ۱۴۰۲", published=True) is None
    assert find_date("تاریخ انتشار: ۱ فروردین ۱۴۰۲", published=True) is not None


def _site(title: str, heading: str, text: str, extra: str = "") -> bytes:
    return f"""<html lang="fa"><head><meta charset="utf-8"><title>{title} - پایگاه نمونه</title></head><body>
<header><a href="/"><img src="/logo.png" alt="پایگاه نمونه"></a><nav><a href="/news">اخبار</a></nav></header>
<main><h1>{heading}</h1>{extra}<p>{text}</p><p>{text}</p><p>{text}</p></main>
<footer>تمامی حقوق برای پایگاه نمونه محفوظ است</footer></body></html>""".encode()


@pytest.mark.parametrize("heading", ["تعرفه آگهی", "تعرفه‌های درج آگهی", "خبرخوان", "آر اس اس", "اوقات شرعی تهران",
                                     "نرخ ارز", "RSS feeds", "Advertising rates", "پالیسی حریم خصوصی"])
def test_a_sites_service_pages_are_refused_as_its_own(heading: str) -> None:
    result = extract(_site(heading, heading, PERSIAN), "https://namoone.ir/page/service")
    assert result.record is None and result.refusal == "site_page"


def test_terms_dated_by_their_last_revision_are_the_sites_page() -> None:
    html = _site("قوانین و مقررات", "قوانین و مقررات", PERSIAN, "<p>آخرین بازنگری: ۱ فروردین ۱۴۰۲</p>")
    result = extract(html, "https://namoone.ir/page/terms")
    assert result.record is None and result.refusal == "site_page"


def test_a_story_about_the_rates_with_its_date_is_an_article() -> None:
    html = _site("نرخ ارز امروز در بازار آزاد تهران افزایش یافت", "نرخ ارز امروز در بازار آزاد تهران افزایش یافت",
                 PERSIAN, "<p>تاریخ انتشار: ۱۲ مهر ۱۴۰۲ - ۱۰:۳۰</p>")
    record = extract(html, "https://namoone.ir/news/123456/rates").record
    assert record is not None and record.published_at == "2023-10-04T10:30:00+03:30"


def _table_page(title: str, heading: str, date_cell: str, text: str, lang: str = "de") -> bytes:
    return f"""<html lang="{lang}"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title}</title></head><body><table width="780"><tr><td width="160" class="navi">
<a href="/">Startseite</a><br><a href="/lokales/">Lokales</a><br><a href="/sport/">Sport</a></td>
<td><table width="100%"><tr><td>{date_cell}</td></tr><tr><td>{heading}</td></tr>
<tr><td class="text"><p>{text}</p><p>{text}</p><p>{text}</p></td></tr></table></td></tr></table>
</body></html>""".encode()


def test_an_old_templates_date_cell_named_for_nothing_dates_the_story() -> None:
    html = _table_page(WATER, f"<h1>{WATER}</h1>", '<span class="artikelkopf">03.02.2009, 09:15 Uhr</span>', GERMAN)
    record = extract(html, "http://www.beispiel-zeitung.de/lokales/art_id=77123.html").record
    assert record is not None and record.published_date == "2009-02-03"


def test_a_date_before_the_storys_tool_links_dates_the_story() -> None:
    cell = ('<td class="info">【2009/08/24 14:20】　<a href="/print">Print</a>　<a href="/mail">E-mail</a>　'
            '<a href="/recommend">Recommend</a>　<a href="/size">Larger</a>　<a href="/size">Smaller</a></td>')
    html = _table_page("Late buses to the villages | Example Daily | Local", '<td class="story_title">'
                       "Late buses to the villages will run all year</td>", cell, ENGLISH, "en")
    record = extract(html, "http://news.example-daily.com/LOCAL/5093417.shtml").record
    assert record is not None and record.published_date == "2009-08-24"


def test_a_title_framing_its_headline_with_two_names_gives_the_printed_headline() -> None:
    html = _table_page("Late buses to the villages will run all year | Example Daily | Local",
                       '<td class="story_title">Late buses to the villages will run all year</td>', "", ENGLISH, "en")
    record = extract(html, "http://news.example-daily.com/LOCAL/5093417.shtml").record
    assert record is not None and record.headline == "Late buses to the villages will run all year"


def test_a_title_of_the_sites_name_and_a_section_gives_the_headline_the_page_prints() -> None:
    heading = ('<a href="/eh/nation/">Nation</a></td></tr><tr><td><font class="headline" size="5"><b>County extends the'
               ' late bus service to three villages</b></font>')
    html = _table_page("ExampleHerald.com: Nation", heading, "", ENGLISH, "en")
    record = extract(html, "http://www.exampleherald.com/eh/nation/article/0,1406,EH_5_3829471,00.html").record
    assert record is not None and record.headline == "County extends the late bus service to three villages"


@pytest.mark.parametrize(("url", "news_id"), [
    ("http://www.example.jp/news/local/071108/71834.html", "71834"),  # a day's folder, yymmdd
    ("http://www.example.co.uk/news/article-1296714/Late-buses-run-all-year.html", "1296714"),
    ("https://example.ir/news/123456/slug", "123456"),  # six digits with no number after: the ID
    ("https://example.com/news/240512/", "240512"),
])
def test_a_days_six_digit_folder_is_no_news_id(url: str, news_id: str) -> None:
    assert news_id_from_url(url) == news_id


@pytest.mark.parametrize(("line", "notice"), [
    ("このサイトに掲載の記事・写真の無断転載を禁じます。", True),
    ("ⓒ 예시일보 무단 전재 및 재배포 금지", True),
    ("版权所有 © 2011 示例资讯网", True),
    ("他表示，网站上的图片不得转载，但这一规定此前从未得到执行，许多读者对此感到意外，"
     "并在留言中提出了不同意见和许多具体的建议。", False),
])
def test_east_asian_copyright_notices_are_told_from_sentences(line: str, notice: bool) -> None:
    assert is_copyright_notice(line) is notice


def test_a_photo_box_set_as_a_table_in_the_text_is_a_caption() -> None:
    box = ('<table align="right" width="220"><tr><td><img src="/foto/77123.jpg" width="220" height="165" alt="">'
           '</td></tr><tr><td class="bildtext">Die Baustelle am Marktplatz. Foto: Archiv</td></tr></table>')
    html = _table_page(WATER, f"<h1>{WATER}</h1>", "", GERMAN).replace(b'<td class="text">',
                                                                      f'<td class="text">{box}'.encode())
    record = extract(html, "http://www.beispiel-zeitung.de/lokales/art_id=77123.html").record
    assert record is not None and record.body is not None
    assert "Baustelle am Marktplatz" not in record.body and record.body.count("Stadtwerke") == 3


def test_what_a_title_loses_beside_another_title_is_the_sites_name_not_the_headline() -> None:
    """«اقتصاد - آژانس خبری نمونه» beside an og:title «اقتصاد»: the rest is the site's name, printed in its
    header, not a headline printed whole."""
    html = f"""<html lang="fa"><head><meta charset="utf-8"><title>اقتصاد - آژانس خبری نمونه</title>
<meta property="og:title" content="اقتصاد"></head><body><div class="top"><b>آژانس خبری نمونه</b></div>
<div class="main"><h2>بازار میوه شب عید با افزایش عرضه آرام شد</h2><p>{PERSIAN}</p><p>{PERSIAN}</p></div>
</body></html>""".encode()
    record = extract(html, "https://namoone.ir/news/123456/market").record
    assert record is not None and record.headline == "بازار میوه شب عید با افزایش عرضه آرام شد"


def _with_jsonld(html: bytes, *types: str) -> bytes:
    objects = ",".join(f'{{"@type": "{t}", "name": "نمونه", "datePublished": "2024-12-01T10:00:00+03:30"}}'
                       for t in types)
    script = f'<script type="application/ld+json">{{"@context": "https://schema.org", "@graph": [{objects}]}}</script>'
    return html.replace(b"</head>", script.encode() + b"</head>")


DATED = "<p>تاریخ انتشار: ۱۰ آذر ۱۴۰۳ - ۱۰:۰۰</p>"


@pytest.mark.parametrize("heading", ["نظرسنجی", "پخش زنده شبکه خبر نمونه", "ورود / ثبت‌نام",
                                     "نسخه PDF شماره ۴۵۸۱ روزنامه نمونه", "Log in"])
def test_a_dated_site_page_is_the_sites_own_page(heading: str) -> None:
    result = extract(_site(heading, heading, PERSIAN, DATED), "https://namoone.ir/page/7")
    assert result.record is None and result.refusal == "site_page"


def test_a_site_page_title_over_a_stated_article_or_one_story_is_an_article() -> None:
    html = _site("نظرسنجی", "نظرسنجی", PERSIAN, DATED)
    assert extract(_with_jsonld(html, "NewsArticle"), "https://namoone.ir/news/123456/poll").record is not None
    with_id = html.replace(DATED.encode(), f"{DATED}<div>کد خبر: ۱۲۳۴۵۶</div>".encode())
    assert extract(with_id, "https://namoone.ir/news/123456/poll").record is not None


@pytest.mark.parametrize("kind", ["Event", "Product", "JobPosting"])
def test_a_page_whose_structured_data_names_no_story_is_refused(kind: str) -> None:
    html = _with_jsonld(_site("همایش ملی آب و توسعه پایدار در یزد", "همایش ملی آب و توسعه پایدار در یزد", PERSIAN,
                              DATED), kind)
    result = extract(html, "https://namoone.ir/events/4521")
    assert result.record is None and result.refusal == "site_page"
    # … unless it names an article too (a story carrying its event's data)
    assert extract(_with_jsonld(html, kind, "NewsArticle"), "https://namoone.ir/news/4521").record is not None


def test_a_page_whose_structured_data_is_only_an_item_list_is_a_listing() -> None:
    html = _with_jsonld(_site("مروری بر مهم‌ترین اخبار هفته", "مروری بر مهم‌ترین اخبار هفته", PERSIAN, DATED),
                        "ItemList")
    result = extract(html, "https://namoone.ir/weekly/52")
    assert result.record is None and result.refusal == "listing"


def test_a_story_whose_structured_data_is_its_event_or_a_reviewed_product_is_an_article() -> None:
    """Session 26's held-out stories: a local paper's events plugin writes the concert's Event alone
    beside og:type article; a gadget review states its Product and Review, no article type."""
    html = _site("کنسرت ارکستر جوانان در تالار شهر برگزار شد", "کنسرت ارکستر جوانان در تالار شهر برگزار شد", PERSIAN,
                 DATED)
    event = _with_jsonld(html, "Event")
    assert extract(event, "https://namoone.ir/1403/09/10/concert").refusal == "site_page"
    tagged = event.replace(b"</head>", b'<meta property="og:type" content="article"></head>')
    assert extract(tagged, "https://namoone.ir/1403/09/10/concert").record is not None
    assert extract(_with_jsonld(html, "Product", "Review"), "https://namoone.ir/1403/09/10/review").record is not None


def test_og_type_article_does_not_make_a_job_ad_or_a_property_ad_a_story() -> None:
    """A WordPress job board's ad: JobPosting alone in its JSON-LD, and the theme's og:type article
    (session 27's held-out z31); the same page naming its article too is a story."""
    html = _site("استخدام کارشناس حسابداری در یک شرکت پخش", "استخدام کارشناس حسابداری در یک شرکت پخش", PERSIAN,
                 DATED).replace(b"</head>", b'<meta property="og:type" content="article"></head>')
    for kind in ("JobPosting", "RealEstateListing"):
        assert extract(_with_jsonld(html, kind), "https://namoone.ir/ads/4521").refusal == "site_page"
        assert extract(_with_jsonld(html, kind, "NewsArticle"), "https://namoone.ir/ads/4521").record is not None
    assert extract(html, "https://namoone.ir/ads/4521").record is not None


def test_og_type_product_is_a_shops_page_even_with_its_buyers_reviews() -> None:
    """A news site's shop selling its book: og:type product, a Product with buyers' reviews nested in
    its JSON-LD. A gadget's review story says og:type article and stays a story."""
    heading = "کتاب شهر در آینه؛ گزیده گزارش‌های یک دهه"
    product = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Product", '
               '"name": "کتاب شهر در آینه", "review": [{"@type": "Review", "author": "خواننده"}]}</script>')
    html = _site(heading, heading, PERSIAN, DATED).replace(b"</head>", product.encode() + b"</head>")
    shop = html.replace(b"</head>", b'<meta property="og:type" content="product"></head>')
    assert extract(shop, "https://namoone.ir/shop/book-12").refusal == "site_page"
    story = html.replace(b"</head>", b'<meta property="og:type" content="article"></head>')
    assert extract(story, "https://namoone.ir/1403/09/10/review").record is not None


@pytest.mark.parametrize(("head", "url"), [
    # a match centre: the match's SportsEvent, og:type website
    ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "SportsEvent", '
     '"name": "سپید - آبی"}</script><meta property="og:type" content="website">', "https://namoone.ir/match/99812"),
    # a film's own page on a ticketing site: Open Graph's video.movie
    ('<meta property="og:type" content="video.movie">', "https://namoone.ir/film/412"),
])
def test_a_match_centre_or_a_films_own_page_is_the_sites_page(head: str, url: str) -> None:
    heading = "سپید - آبی | گزارش زنده دیدار"
    html = _site(heading, heading, PERSIAN, DATED).replace(b"</head>", head.encode() + b"</head>")
    assert extract(html, url).refusal == "site_page"
    # the story about the match or the film says it is an article
    story = html.replace(b"</head>", b'<script type="application/ld+json">{"@type": "NewsArticle"}</script></head>')
    assert extract(story, url).record is not None


def test_a_vacancy_card_inside_the_text_is_left_out_but_a_reviews_product_scope_is_the_text() -> None:
    card = ('<div class="card" itemscope itemtype="https://schema.org/JobPosting"><h4 itemprop="title">'
            'کارشناس فروش</h4><ul><li>محل کار: اصفهان</li><li>نوع همکاری: تمام‌وقت</li></ul></div>')
    page = _site("نمایشگاه کار اصفهان با حضور صد شرکت گشایش یافت", "نمایشگاه کار اصفهان با حضور صد شرکت گشایش یافت",
                 PERSIAN, DATED)
    plain = extract(page, "https://namoone.ir/news/123456/fair").record
    html = page.replace(b"</main>", f"{card}</main>".encode())
    record = extract(html, "https://namoone.ir/news/123456/fair").record
    assert plain is not None and record is not None and record.body is not None
    assert "کارشناس فروش" not in record.body and record.body == plain.body
    # the whole text inside a Product scope (a review's) stays the text
    scoped = html.replace(b"<main>", b'<main><div itemscope itemtype="https://schema.org/Product">').replace(
        b"</main>", b"</div></main>")
    kept = extract(scoped, "https://namoone.ir/news/123456/fair").record
    assert kept is not None and kept.body == plain.body
