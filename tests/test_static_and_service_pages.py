"""What session 29's held-out batch of a site's own pages showed: a CMS's static page (WordPress's
`page-id-N`, Drupal's basic page) under og:type article, an about page headed with the site's own
name, a poll's results filed under the site's polls, a sign-in page headed «ورود / عضویت», and a
prayer-times page headed with the day's date are the site's pages, not stories."""

from __future__ import annotations

import pytest

from newsscraper.extract import extract

TEXT = ("اعضای این پایگاه می‌توانند پس از ورود به حساب کاربری خود، خبرهای دلخواه را نشانه‌گذاری کنند و هر روز "
        "گزیده‌ای از مهم‌ترین رویدادهای استان را در صندوق نامه‌های خود دریافت کنند؛ این خدمت رایگان است و با یک "
        "کلیک در بخش تنظیمات می‌توان آن را لغو کرد.")
STORY = ("شورای شهر در نشست روز سه‌شنبه با طرح گسترش ساعت کار کتابخانه‌های عمومی موافقت کرد و به گفته رئیس "
         "کمیسیون فرهنگی، از ماه آینده سه کتابخانه مرکزی تا ساعت ده شب باز خواهند ماند تا دانشجویان و کارمندان "
         "هم فرصت استفاده از تالارهای مطالعه را داشته باشند.")
WEBPAGE_JSONLD = ('<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": '
                  '"WebPage", "name": "صفحه", "datePublished": "2021-02-09T10:45:10+03:30"}]}</script>')


def _page(heading: str, text: str, *, body_class: str = "", site: str = "پیام شهر", trail: str = "",
          head: str = WEBPAGE_JSONLD) -> bytes:
    return f"""<html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>{heading} | {site}</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="{site}">
<meta property="article:published_time" content="2021-02-09T10:45:10+03:30">{head}</head>
<body class="{body_class}"><header><a href="/">{site}</a><nav><a href="/news">اخبار</a> <a href="/sport">ورزش</a>
</nav></header><main><div class="breadcrumb">{trail}</div><article><h1>{heading}</h1>
<p>{text}</p><p>{text}</p><p>{text}</p></article></main>
<footer>همه حقوق برای {site} محفوظ است</footer></body></html>""".encode()


@pytest.mark.parametrize("body_class", ["rtl page-template-default page page-id-1187 logged-out",
                                        "html not-front page-node-type-page", "node-type-page sidebar-first"])
def test_a_cms_static_page_under_og_type_article_is_the_sites_page(body_class: str) -> None:
    result = extract(_page("خدمات اعضای پایگاه", TEXT, body_class=body_class), "https://payamshahr.ir/members/")
    assert result.record is None and result.refusal == "site_page"


@pytest.mark.parametrize("body_class", ["post-template-default single single-post postid-4521",
                                        "html not-front page-node-type-article", ""])
def test_a_cms_post_is_read_as_before(body_class: str) -> None:
    html = _page("ساعت کار کتابخانه‌های عمومی شهر تا ده شب افزایش یافت", STORY, body_class=body_class)
    assert extract(html, "https://payamshahr.ir/news/4521/library").record is not None


def test_a_static_page_stating_an_article_is_one() -> None:
    """A site that publishes its stories as pages says so in their structured data."""
    article = WEBPAGE_JSONLD.replace('"WebPage"', '"NewsArticle"')
    html = _page("ساعت کار کتابخانه‌های عمومی شهر تا ده شب افزایش یافت", STORY, body_class="page page-id-88",
                 head=article)
    assert extract(html, "https://payamshahr.ir/library/").record is not None


@pytest.mark.parametrize(("heading", "site"), [("درباره پیام شهر", "پیام شهر"),
                                               ("About The Valley Courier", "The Valley Courier")])
def test_a_page_headed_about_the_sites_own_name_is_its_about_page(heading: str, site: str) -> None:
    result = extract(_page(heading, TEXT, site=site), "https://payamshahr.ir/about")
    assert result.record is None and result.refusal == "site_page"


def test_a_story_headed_about_something_else_is_an_article() -> None:
    html = _page("درباره طرح تازه شورای شهر برای کتابخانه‌ها", STORY)
    assert extract(html, "https://payamshahr.ir/news/4522/library").record is not None


def test_a_page_filed_under_the_sites_polls_is_its_page() -> None:
    trail = '<a href="/">پیام شهر</a> » <a href="/polls">نظرسنجی‌ها</a> » <span>نظرسنجی شماره ۸۱</span>'
    html = _page("به نظر شما کتابخانه‌های شهر تا چه ساعتی باید باز باشند؟", STORY, trail=trail)
    result = extract(html, "https://payamshahr.ir/poll/81/")
    assert result.record is None and result.refusal == "site_page"


@pytest.mark.parametrize("heading", ["ورود / عضویت", "عضویت", "اوقات شرعی تهران امروز دوشنبه ۱۲ آبان ۱۴۰۴"])
def test_sign_in_and_dated_service_pages_are_the_sites_pages(heading: str) -> None:
    result = extract(_page(heading, TEXT), "https://payamshahr.ir/service")
    assert result.record is None and result.refusal == "site_page"


def _jsonld(*types: str) -> str:
    objects = ",".join(f'{{"@type": "{t}", "name": "نمونه"}}' for t in types)
    return f'<script type="application/ld+json">{{"@context": "https://schema.org", "@graph": [{objects}]}}</script>'


@pytest.mark.parametrize("kind", ["AboutPage", "DefinedTerm", "PublicationIssue", "BroadcastService"])
def test_a_site_own_type_under_og_type_article_is_its_page_even_printing_an_id(kind: str) -> None:
    """A news CMS serves its masthead, its glossary's entries and its e-paper as items with a «کد خبر»:
    the JSON-LD's type says what the page is."""
    html = _page("ساعت کار کتابخانه‌های عمومی شهر", f"کد خبر: ۱۰۲۴ {TEXT}", head=_jsonld(kind))
    result = extract(html, "https://payamshahr.ir/news/1024/x")
    assert result.record is None and result.refusal == "site_page"
    # … an article's own object beside it (a story that is part of a printed issue) makes it a story
    story = _page("ساعت کار کتابخانه‌های عمومی شهر تا ده شب افزایش یافت", STORY, head=_jsonld(kind, "NewsArticle"))
    assert extract(story, "https://payamshahr.ir/news/1025/library").record is not None


def test_the_sites_masthead_headed_with_its_name_is_its_page_even_printing_an_id() -> None:
    html = _page("شناسنامه پیام شهر", f"کد خبر: ۱۰۲۴ {TEXT}")
    result = extract(html, "https://payamshahr.ir/news/1024/masthead")
    assert result.record is None and result.refusal == "site_page"


def test_a_channels_schedule_headed_with_its_day_is_its_page() -> None:
    result = extract(_page("جدول پخش برنامه‌های شبکه شهر؛ شنبه ۱۰ آذر ۱۴۰۳", TEXT), "https://payamshahr.ir/tv/1")
    assert result.record is None and result.refusal == "site_page"


def test_a_board_of_live_rates_is_the_sites_page() -> None:
    result = extract(_page("نرخ لحظه‌ای ارز، طلا و سکه در بازار آزاد", TEXT), "https://payamshahr.ir/rates")
    assert result.record is None and result.refusal == "site_page"
