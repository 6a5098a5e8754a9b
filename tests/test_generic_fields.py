"""Generic field readers on pages of templates no profile knows: headline with the site's name
stripped from the titles, tags as separate tags, and printed 12-hour dates."""

import json
from pathlib import Path

import pytest

from newsscraper.extract import extract
from newsscraper.extract import fields as fx
from newsscraper.extract.decode import decode_html
from newsscraper.extract.fields import (
    read_authors,
    read_headline,
    read_section,
    read_standfirst,
    read_tags,
    split_tags,
)
from newsscraper.extract.page import Page
from newsscraper.extract.profiles import GENERIC
from newsscraper.extract.sitename import SiteName, host_name, site_names, strip_site_name
from newsscraper.sites.yjc import SITE as YJC_SITE
from tests.support.pages import dated_story

MEHR = SiteName(["خبرگزاری مهر", "Mehr News Agency"], "mehrnews")


@pytest.mark.parametrize(("title", "headline"), [
    ("افزایش بارش‌ها در شمال کشور - خبرگزاری مهر", "افزایش بارش‌ها در شمال کشور"),       # Persian suffix
    ("خبرگزاری مهر | افزایش بارش‌ها در شمال کشور", "افزایش بارش‌ها در شمال کشور"),       # Persian prefix
    ("افزایش بارش‌ها در شمال کشور | Mehr News Agency", "افزایش بارش‌ها در شمال کشور"),   # Latin suffix
    ("Mehr News | افزایش بارش‌ها در شمال کشور", "افزایش بارش‌ها در شمال کشور"),          # Latin prefix
    ("MehrNews.com :: افزایش بارش‌ها", "افزایش بارش‌ها"),                                # the host's name
    ("مهر | افزایش بارش‌ها | خبرگزاری مهر", "افزایش بارش‌ها"),                           # both ends
    ("گفتگوی ایران - عمان ادامه دارد - خبرگزاری مهر", "گفتگوی ایران - عمان ادامه دارد"),  # a dash of its own
    ("افزایش بارش‌ها در شمال کشور", "افزایش بارش‌ها در شمال کشور"),                     # no name
    ("خبرگزاری مهر", "خبرگزاری مهر"),                                                    # never emptied
])
def test_strip_site_name(title, headline):
    assert strip_site_name(title, MEHR) == headline


def test_a_chinese_cms_title_joined_by_bare_underscores_gives_the_headline_it_prints():
    """DedeCMS and PHPCMS title a story «标题_栏目_网站»: the page prints the first part alone (an h2)."""
    text = "".join(f"<p>市住房和城乡建设局{n}日表示，今年全市将对老旧小区进行改造，惠及居民近万户，"
                   "工程预计年底前完工。</p>" for n in range(3, 7))
    html = ("<html><head><title>示例区老旧小区启动改造 惠及居民近万户_社会民生_示例热线</title>"
            "<meta property='og:site_name' content='示例热线'></head><body><div class='title'><h2>示例区老旧小区启动"
            f"改造 惠及居民近万户</h2></div><div class='content'>{text}</div></body></html>")
    record = extract(html, "https://www.shili.example/shehui/2024/0512/71926.html").record
    assert record is not None and record.headline == "示例区老旧小区启动改造 惠及居民近万户"
    # an underscore inside a Latin title is a word's
    assert strip_site_name("snake_case explained - Mehr News Agency", MEHR) == "snake_case explained"


def test_an_unknown_agency_name_at_the_end_is_stripped():
    nobody = SiteName([], None)
    assert strip_site_name("آغاز ساخت پل تازه - پایگاه خبری شهرآوا", nobody) == "آغاز ساخت پل تازه"
    assert strip_site_name("آغاز ساخت پل تازه - پایگاه خبری شهرآوا", nobody) == "آغاز ساخت پل تازه"


def test_site_names_and_host_name():
    page = Page('<html><head><meta property="og:site_name" content="شهرآوا">'
                '<meta name="application-name" content="Shahrava"></head><body></body></html>')
    assert site_names(page, ["نام ثبت‌شده"]) == ["نام ثبت‌شده", "شهرآوا", "Shahrava"]
    assert host_name("https://www.mehrnews.com/news/1") == "mehrnews"
    assert host_name("https://kerman.isna.ir/news/1") == "isna"
    assert host_name("https://www.tolonews.com.af/x") == "tolonews"
    assert host_name("https://localhost/x") is None
    assert host_name(None) is None


HEAD = '<html><head><title>{title}</title>{meta}</head><body>{body}</body></html>'


def _headline(title: str, body: str, url: str = "https://www.shahrava.example/news/1", meta: str = ""):
    page = Page(HEAD.format(title=title, meta=meta, body=body), url)
    return read_headline(page, GENERIC, ())


def test_the_articles_h1_wins_over_the_title():
    body = "<article><h1>پل تازه شهر افتتاح شد</h1><p>متن</p></article>"
    assert _headline("پل شهر - Shahrava", body) == ("پل تازه شهر افتتاح شد", False)


def test_an_h1_that_is_the_site_name_is_no_headline():
    body = '<div class="top"><h1>Shahrava</h1></div><div><h2>پل تازه</h2><p>متن</p></div>'
    assert _headline("Shahrava | پل تازه شهر افتتاح شد", body) == ("پل تازه شهر افتتاح شد", True)


def test_og_title_loses_a_persian_prefix_named_by_og_site_name():
    meta = ('<meta property="og:title" content="شهرآوا - پل تازه شهر افتتاح شد">'
            '<meta property="og:site_name" content="شهرآوا">')
    assert _headline("x", "<div><p>متن</p></div>", meta=meta) == ("پل تازه شهر افتتاح شد", True)


@pytest.mark.parametrize("logo", [
    '<a href="/"><img src="/logo.png" alt="شهرآوا"></a>',
    '<a href="https://shahrava.example/fa/"><span><img src="/l.png" alt="لوگوی شهرآوا"></span></a>'])
def test_a_title_loses_the_name_its_logo_gives_the_site(logo):
    """No og:site_name, a host that spells the name otherwise: the alt text of the picture linking
    to the front page names the site. A picture linking elsewhere names nothing."""
    title = "پل تازه شهر افتتاح شد - شهرآوا"
    body = f"<div class='top'>{logo}</div><div><p>متن</p></div>"
    assert _headline(title, body, url="https://shahrava.example/fa/news/12") == ("پل تازه شهر افتتاح شد", True)
    elsewhere = body.replace('href="/"', 'href="/fa/news/13/x"').replace("/fa/\"", "/fa/news/13/x\"")
    assert _headline(title, elsewhere, url="https://shahrava.example/fa/news/12") == (title, True)


def test_an_h1_in_the_articles_header_wins_over_a_title_that_frames_it():
    body = "<article><header><h1>پل تازه شهر افتتاح شد</h1></header><p>متن</p></article>"
    meta = '<meta property="og:title" content="یادداشت | پل تازه شهر افتتاح شد">'
    assert _headline("یادداشت | پل تازه شهر افتتاح شد", body, meta=meta) == ("پل تازه شهر افتتاح شد", False)


def test_without_an_h1_the_title_the_page_prints_is_the_headline():
    """A template that left an earlier story's og:title first (and in <title>) but prints the
    article's own title, given in a second og:title, in a plain <div>."""
    meta = ('<meta property="og:title" content="گزارش زنده دیدار دو تیم">'
            '<meta property="og:title" content="دو تیم به تساوی رسیدند؛ جشن قهرمانی عقب افتاد">')
    body = "<div><div>دو تیم به تساوی رسیدند؛ جشن قهرمانی عقب افتاد</div><p>متن</p></div>"
    assert _headline("گزارش زنده دیدار دو تیم - Shahrava", body, meta=meta) == (
        "دو تیم به تساوی رسیدند؛ جشن قهرمانی عقب افتاد", False)
    # Printed nowhere: the first title, marked as coming from the titles.
    assert _headline("گزارش زنده دیدار دو تیم - Shahrava", "<div><p>متن</p></div>", meta=meta) == (
        "گزارش زنده دیدار دو تیم", True)


@pytest.mark.parametrize("separator", [" – ", " | ", " - "])
@pytest.mark.parametrize("name_first", [False, True])
def test_without_an_h1_the_title_printed_without_an_unknown_site_name_is_the_headline(separator, name_first):
    """A WordPress theme prints the post's title in an h2 and titles the page «title – site name»,
    naming the site nowhere else: the part of the title the page prints is the headline."""
    headline, name = "نانوایان شهر برای آرد زمستانی چاره‌جویی کردند", "نشریه نان"
    title = f"{name}{separator}{headline}" if name_first else f"{headline}{separator}{name}"
    body = f'<section class="single"><h2 class="single-post-title">{headline}</h2><p>متن</p></section>'
    assert _headline(title, body, url="https://nan.example/post/") == (headline, False)
    # Printed nowhere, the title keeps the unknown name: nothing says which end it is.
    assert _headline(title, "<section><p>متن</p></section>", url="https://nan.example/post/") == (title, True)


def test_an_h1_in_a_page_header_outside_any_article_is_the_headline_when_it_says_what_the_title_says():
    body = "<main><header><h1>پل تازه شهر امروز افتتاح شد</h1></header><div><p>متن</p></div></main>"
    assert _headline("پل تازه شهر افتتاح شد - Shahrava", body) == ("پل تازه شهر امروز افتتاح شد", False)
    # In the page's navigation it is no headline, whatever it says.
    nav = body.replace("<header>", "<nav>").replace("</header>", "</nav>")
    assert _headline("پل تازه شهر افتتاح شد - Shahrava", nav) == ("پل تازه شهر افتتاح شد", True)


@pytest.mark.parametrize("home", ["/", "https://www.shahrava.example/", "/fa/", "/index.php", "../index.html"])
def test_a_logo_h1_linking_home_names_the_site_and_the_title_naming_only_it_says_nothing(home):
    """An old template: <title> is the site's name, the logo is the h1, the story's title an h2."""
    body = (f'<h1 id="logo"><a href="{home}">شهرآوا</a></h1><div class="news">'
            '<span class="rootitr">در جلسه دیروز</span>'
            '<h2 class="newstitle">شورای شهر بودجه پل تازه را تصویب کرد</h2><p>متن</p></div>')
    assert _headline("شهرآوا", body) == ("شورای شهر بودجه پل تازه را تصویب کرد", False)


def test_an_old_table_template_sets_its_headline_in_a_larger_bold_font_on_a_line_of_its_own():
    """No h1, no h2, a <title> of the paper's name and its issue number: the headline is the line
    the cell prints in a larger bold font between line breaks; not a label closed by a colon, nor
    words set in bold inside a sentence."""
    cell = ("<table><tr><td><font size='1'><b>سایر عناوین این صفحه:</b></font><br>"
            "<font size='1'>اقتصادی</font><br><font size='3'><b>صادرات غیرنفتی در چهار ماه نخست سال افزایش یافت</b>"
            "</font><br><font size='2'>صادرات غیرنفتی کشور <b>در چهار ماه نخست امسال</b> بیست درصد افزایش یافت."
            "</font></td></tr></table>")
    assert _headline("روزنامه شهرآوا - شماره ۳۷۸۲", cell, url="https://www.shahrava.example/news.asp?id=45678") == (
        "صادرات غیرنفتی در چهار ماه نخست سال افزایش یافت", False)
    inline = cell.replace("<br><font size='3'>", " <font size='3'>")  # the same words inside the line
    assert _headline("روزنامه شهرآوا - شماره ۳۷۸۲", inline, url="https://www.shahrava.example/news.asp?id=45678") == (
        "شماره ۳۷۸۲", True)


def test_a_print_page_titled_by_a_label_takes_the_heading_it_prints():
    body = ("<table><tr><td class='print_title'>شورای شهر بودجه پل تازه را تصویب کرد</td></tr>"
            "<tr><td><p>متن</p></td></tr></table>")
    assert _headline("نسخه چاپی", body) == ("شورای شهر بودجه پل تازه را تصویب کرد", False)
    # a title of a story's length, printed nowhere, stays the headline
    assert _headline("شورای شهر بودجه را تصویب کرد", body) == ("شورای شهر بودجه را تصویب کرد", True)
    # the label before the headline in the title, with a colon: the headline as the page prints it
    bold = body.replace("<td class='print_title'>", "<td><b>").replace("کرد</td>", "کرد</b></td>", 1)
    labelled = "نسخه چاپی: شورای شهر بودجه پل تازه را تصویب کرد"
    assert _headline(labelled, bold) == ("شورای شهر بودجه پل تازه را تصویب کرد", False)
    # a headline that holds a colon itself, printed whole, stays whole
    whole = "شهردار: بودجه پل تازه تصویب شد"
    assert _headline(whole, f"<table><tr><td><b>{whole}</b></td></tr><tr><td><p>متن</p></td></tr></table>") == (
        whole, False)


NEWSPAPER_CELL = (
    "<table><tr><td class='menu'><a href='Default.aspx'>صفحه اصلی</a> | <a href='Default.aspx?Page=Archive'>آرشیو</a>"
    "</td></tr><tr><td><span id='lblRooTitr' class='rootitr'>وزارت بهداشت خبر داد</span><br>"
    "<span id='lblTitle' class='title'>کمبود داروی بیماران خاص تا پایان ماه جبران می‌شود</span><br>"
    "<span id='lblDate' class='date'>شماره ۵۸۲۱ - شنبه ۱۰ آذر ۱۴۰۳</span><br>"
    "<span id='lblLead' class='lead'>معاون وزیر بهداشت گفت محموله تازه داروها هفته آینده وارد کشور می‌شود."
    "</span><br><br>"
    "<span id='lblText' class='text'>به گفته معاون وزیر، کمبود برخی داروها در ماه گذشته به دلیل تأخیر در تخصیص ارز"
    " بوده و اکنون این مشکل برطرف شده است.<br><br>داروخانه‌های منتخب در همه استان‌ها از هفته آینده داروها را توزیع"
    " می‌کنند و بیماران می‌توانند با نسخه الکترونیکی آنها را بگیرند.</span></td></tr></table>")


def test_a_newspapers_old_template_prints_whole_the_headline_its_title_cuts_short():
    """No h1; the title is the headline cut short. The element whose id and class name a title, and
    which prints the title's words and goes on, is the headline; the lines above and under it in the
    text's cell (surtitle, issue and date) are not text, and `?NewsCode=` gives the news ID."""
    html = ("<html><head><meta charset='utf-8'><title>روزنامه شهرآوا - کمبود داروی بیماران خاص</title></head>"
            f"<body>{NEWSPAPER_CELL}</body></html>")
    record = extract(html, "https://www.shahrava.example/Default.aspx?NewsCode=123456").record
    assert record is not None
    assert record.headline == "کمبود داروی بیماران خاص تا پایان ماه جبران می‌شود"
    assert (record.surtitle, record.news_id, record.published_date) == ("وزارت بهداشت خبر داد", "123456", "2024-11-30")
    assert record.body is not None and record.body.startswith("به گفته معاون وزیر")
    # a title printed nowhere whose words another headline does not open with stays the headline
    other = html.replace("کمبود داروی بیماران خاص</title>", "توزیع داروی بیماران خاص</title>")
    assert extract(other, "https://www.shahrava.example/Default.aspx?NewsCode=123456").record.headline == (
        "توزیع داروی بیماران خاص")


@pytest.mark.parametrize("href", ["/news/1", "https://other.example/", "/?p=1"])
def test_an_h1_linking_to_a_story_or_another_site_is_no_logo(href):
    body = f'<h1><a href="{href}">شهرآوا</a></h1><div><h2>شورای شهر بودجه پل تازه را تصویب کرد</h2><p>متن</p></div>'
    assert _headline("شهرآوا", body) == ("شهرآوا", False)


def test_without_h1_or_title_a_linked_heading_is_no_headline():
    body = ('<h1><a href="/">شهرآوا</a></h1><div><h2><a href="/news/2">شورای شهر بودجه پل تازه را تصویب کرد</a></h2>'
            "<p>متن</p></div>")
    assert _headline("شهرآوا", body) == (None, False)


@pytest.mark.parametrize("h1", ["<h1>اقتصادی</h1>", "<h1><a href='/fa/service/economy'>اخبار اقتصادی</a></h1>"])
def test_an_h1_naming_the_section_gives_way_to_the_title_the_page_prints(h1):
    body = f"{h1}<div><h2 class='title'>شورای شهر بودجه پل تازه را تصویب کرد</h2><p>متن</p></div>"
    assert _headline("شورای شهر بودجه پل تازه را تصویب کرد - شهرآوا", body) == (
        "شورای شهر بودجه پل تازه را تصویب کرد", False)
    # Printed nowhere else, the h1 stays the headline: a story may be titled otherwise than its page.
    assert _headline("شورای شهر بودجه پل تازه را تصویب کرد - شهرآوا", f"{h1}<div><p>متن</p></div>")[0] != (
        "شورای شهر بودجه پل تازه را تصویب کرد")


def test_a_logo_h1_in_the_header_is_no_headline_even_when_the_title_names_it():
    body = "<header><h1>پایگاه خبری شهر ما</h1></header><div><p>متن</p></div>"
    title = "شورای شهر بودجه پل تازه را تصویب کرد و کار از هفته آینده آغاز می‌شود - پایگاه خبری شهر ما"
    assert _headline(title, body, url="https://news.example/1")[1] is True


def test_a_logo_h1_outside_the_header_naming_what_the_title_ends_with_is_no_headline():
    """No class, id or header: the site's name, which the title closes with and which opens like an
    organisation's («پایگاه …»), set in an h1; the headline printed in an h2 below it."""
    headline = "شورای شهر بودجه پل تازه را تصویب کرد"
    body = f"<div><h1>پایگاه خبری شهر ما</h1></div><div><h2>{headline}</h2><p>متن</p></div>"
    assert _headline(f"{headline} | پایگاه خبری شهر ما", body, url="https://news.example/1") == (headline, False)


@pytest.mark.parametrize("name_first", [False, True])
def test_an_h1_printing_the_site_name_beside_the_headline_without_a_separator_gives_the_headline(name_first):
    """`<h1><span>headline</span><a href="/">site name</a></h1>`: the h1's text is the title's first
    and last parts side by side; the name, never named elsewhere, is no part of the headline."""
    headline, name = "شورای شهر بودجه ساخت پل تازه روی رودخانه را تصویب کرد", "روزنامه شهر ما"
    link, span = f"<a href='/'>{name}</a>", f"<span>{headline}</span>"
    body = f"<div><h1>{link + span if name_first else span + link}</h1><p>متن</p></div>"
    assert _headline(f"{headline} » شهری » {name}", body, url="https://news.example/1") == (headline, False)
    # A short h1 (a name's length) is left as printed: nothing tells which part is the name.
    short = "<div><h1><span>پل تازه</span><a href='/'>شهر ما</a></h1><p>متن</p></div>"
    assert _headline("پل تازه » شهر ما", short, url="https://news.example/1") == ("پل تازه شهر ما", False)


@pytest.mark.parametrize(("attrs", "surtitle"), [
    ('class="rutitr"', "روتیتر خبر"),
    ('class="news-kicker"', "روتیتر خبر"),
    ('class="articleKicker"', "روتیتر خبر"),
    ('class="news-ru-titr"', "روتیتر خبر"),
    ('class="roo_titr"', "روتیتر خبر"),
    ('class="overtitle"', "روتیتر خبر"),
    ('class="signupTitle"', None),  # "uptitle" inside another word: a newsletter box's title
])
def test_a_surtitle_is_named_by_a_word_of_its_own(attrs, surtitle):
    page = Page(f"<html><body><article><div {attrs}>روتیتر خبر</div><h1>تیتر</h1><p>متن</p></article></body></html>")
    assert fx.read_surtitle(page, GENERIC) == surtitle


@pytest.mark.parametrize(("text", "tags"), [
    ("برچسب‌ها: الف، ب، ج", ["الف", "ب", "ج"]),
    ("برچسب ها : اقتصاد ، بورس ، تورم", ["اقتصاد", "بورس", "تورم"]),
    ("کلیدواژه‌ها: اقتصاد; بورس | تورم", ["اقتصاد", "بورس", "تورم"]),
    ("کلمات کلیدی: بودجه، شورای شهر", ["بودجه", "شورای شهر"]),
    ("كلمات كليدي : بودجه", ["بودجه"]),                      # Arabic kaf and yeh, as a CMS writes them
    ("كليدواژه‌ها: بودجه", ["بودجه"]),
    ("واژگان کلیدی: بودجه، شورا", ["بودجه", "شورا"]),
    ("Tags: economy, stock market", ["economy", "stock market"]),
    ("#اقتصاد #بورس #تورم", ["اقتصاد", "بورس", "تورم"]),
    ("اقتصاد,بورس", ["اقتصاد", "بورس"]),
    ("بازار سرمایه", ["بازار سرمایه"]),
    ("برچسب‌ها:", []),
    ("", []),
])
def test_split_tags(text, tags):
    assert split_tags(text) == tags


TAG_PAGES = {
    "one text with a label": '<div class="news-tags">برچسب‌ها: الف، ب، ج</div>',
    "a label beside links": '<div class="box"><span>برچسب‌ها:</span> <a href="/x?q=1">الف</a> '
                            '<a href="/x?q=2">ب</a> <a href="/x?q=3">ج</a></div>',
    "labelled text in a paragraph": "<p>برچسب‌ها: الف، ب، ج</p>",
    "labelled keywords in a paragraph": "<p>کلمات کلیدی: الف، ب، ج</p>",
    "list items": '<ul class="tags"><li>الف</li><li>ب</li><li>ج</li></ul>',
    "tag links": '<p><a rel="tag" href="/t/1">الف</a>، <a rel="tag" href="/t/2">ب</a>، '
                 '<a rel="tag" href="/t/3">ج</a></p>',
    "news keywords meta": '<p>متن</p><meta name="news_keywords" content="الف، ب، ج">',
    "the article's own footer": '<section><footer class="tags"><ul><li><a href="/x?t=1">الف</a></li>'
                                '<li><a href="/x?t=2">ب</a></li><li><a href="/x?t=3">ج</a></li></ul>'
                                '</footer></section>',
}


@pytest.mark.parametrize("body", TAG_PAGES.values(), ids=TAG_PAGES.keys())
def test_tags_come_out_separate(body):
    page = Page(f"<html><body><article><h1>تیتر</h1><p>متن خبر</p></article>{body}</body></html>")
    assert read_tags(page, GENERIC) == ["الف", "ب", "ج"]


def test_a_hashtags_underscores_are_its_spaces():
    tags = ('<ul class="tags"><li><a href="/t/1">#فضای_سبز</a></li>'
            '<li><a href="/t/2">#شورای_شهر</a></li></ul>')
    page = (f"<html lang='fa'><body><article><h1>پل تازه شهر</h1><p>{TEXT}</p><p>{TEXT}</p></article>{tags}"
            "</body></html>")
    assert _record_of(page).tags == ["فضای سبز", "شورای شهر"]


def test_a_tag_cloud_in_the_site_footer_is_not_the_articles():
    page = Page('<html><body><article><h1>تیتر</h1><p>متن خبر</p></article><footer class="site-footer">'
                '<div class="tags"><a href="/x?t=1">الف</a> <a href="/x?t=2">ب</a></div></footer></body></html>')
    assert read_tags(page, GENERIC) == []


def test_a_profile_selector_naming_the_tags_container_still_gives_separate_tags():
    page = Page('<html><body><div class="tags_container">برچسب‌ها: <a href="/a">الف</a> '
                '<a href="/b">ب</a> <a href="/c">ج</a></div></body></html>')
    profile = YJC_SITE.profile.with_overrides(tags=(".tags_container",))
    assert read_tags(page, profile) == ["الف", "ب", "ج"]


def _record_of(page: str):
    """The record of a page of ours at an article address of the sample site (never a refusal)."""
    record = extract(page, "https://www.shahrava.example/fa/news/55123").record
    assert record is not None
    return record


def _tags(body: str, head: str = "") -> list[str]:
    return read_tags(Page(f"<html><head>{head}</head><body><article><h1>تیتر</h1>{body}</article></body></html>"),
                     GENERIC)


def test_an_index_of_tags_by_letter_gives_no_tags():
    letters = "".join(f'<a href="/tags/?letter={c}">{c}</a> ' for c in "abcdef")
    assert _tags(f"<p>متن خبر</p><div class=\"az\">{letters}</div>") == []


def test_a_word_linked_to_a_tag_page_inside_a_sentence_is_no_tag():
    body = ('<p>به گفته این گزارش، نیروهای محلی در ماه‌های گذشته <a href="https://other.example/tag/border/">'
            "آموزش</a> دیده‌اند و قرار است در منطقه مرزی مستقر شوند.</p>")
    assert _tags(body, '<meta name="news_keywords" content="مرز، امنیت">') == ["مرز", "امنیت"]


def test_tag_links_in_a_labelled_line_are_tags():
    body = ('<p>متن خبر</p><p>برچسب‌ها: <a href="/tag/مرز">مرز</a>، <a href="/tag/امنیت">امنیت</a></p>')
    assert _tags(body) == ["مرز", "امنیت"]


def test_open_graph_article_tags_each_give_a_tag():
    head = ('<meta property="article:tag" content="مرز"><meta property="article:tag" content="امنیت">'
            '<meta property="article:tag" content="@internal-feed"><meta name="keywords" content="خبر، ایران">')
    assert _tags("<p>متن خبر</p>", head) == ["مرز", "امنیت"]


def test_a_tag_link_the_cms_marks_rel_tag_is_a_tag_beside_other_text():
    body = ('<div><p>متن خبر</p>اشتراک این خبر در شبکه‌های اجتماعی و چاپ آن برای خوانندگان<br>'
            'برچسب‌ها: <a rel="tag" href="/topic/border/">مرز</a><br></div>')
    assert _tags(body) == ["مرز"]


def test_a_label_printed_inside_a_tag_link_is_no_part_of_the_tag():
    body = ('<p>متن خبر</p><div class="meta"><a href="/tag/water"><span>Filed to:</span>'
            '<span class="v">آب شهری</span></a></div>')
    assert _tags(body) == ["آب شهری"]
    # a tag with a colon of its own is read whole
    assert _tags('<p>متن خبر</p><p><a href="/tag/x">جام جهانی: ۲۰۲۶</a></p>') == ["جام جهانی: ۲۰۲۶"]


def test_a_body_whose_class_names_the_pages_layout_puts_no_field_in_chrome():
    """`<body class="layout-sidebar-first has-header">` names how the page is laid out: the lead and
    the tags inside its article are the article's, as on a page whose body has no class."""
    lead = "شماری از کشاورزان دشت می‌گویند که کم‌آبی دو سال گذشته بیش از نیمی از چاه‌های این دشت را خشک کرده است."
    page = (f"<html lang='fa'><body class='{{}}'><article><h1>کم‌آبی در دشت</h1><div class='field-lead'>{lead}</div>"
            f"<div class='text'><p>{TEXT}</p><p>{TEXT}</p></div><div class='field-tags'>"
            "<a href='/tag/1'>آب</a> <a href='/tag/2'>کشاورزی</a></div></article></body></html>")
    for cls in ("", "layout-one-sidebar layout-sidebar-first has-header"):
        record = _record_of(page.format(cls))
        assert (record.lead, record.tags) == (lead, ["آب", "کشاورزی"])


def test_keywords_escaped_twice_by_the_cms_are_read_as_written():
    head = '<meta name="news_keywords" content="&amp;quot, water, R&amp;amp;D, &amp;quot;Europa&amp;quot;">'
    assert _tags("<p>متن خبر</p>", head) == ["water", "R&D", '"Europa"']


def test_the_sites_search_words_in_the_keywords_meta_are_no_tags():
    """`<meta name="keywords">` holds what the site wants found (its name, «اخبار», its sections);
    a page showing no tags has none. Google News' `news_keywords` names the story's own."""
    head = '<meta name="keywords" content="خبرگزاری نمونه، اخبار، اقتصادی">'
    assert _tags("<p>متن خبر</p>", head) == []
    assert _tags("<p>متن خبر</p>", head + '<meta name="news_keywords" content="بودجه، مجلس">') == ["بودجه", "مجلس"]


@pytest.mark.parametrize(("stated", "section"), [
    ('"articleSection": "اقتصادی"', "اقتصادی"),
    ('"articleSection": "جامعه > شهری"', "شهری"),                   # a path names its last part
    ('"articleSection": ["Uncategorized", "اقتصادی"]', "اقتصادی"),  # WordPress's default category skipped
    ('"articleSection": "post"', None),                             # the CMS's word for its objects
    ('"articleSection": "Front Page"', None),
    ('"articleSection": "shahrava.example"', None),                 # the site's own host
    ('"articleSection": "Shahrava"', None),                         # the site's own name
])
def test_a_stated_section_that_names_no_section_is_none(stated, section):
    head = ('<meta property="og:site_name" content="Shahrava">'
            f'<script type="application/ld+json">{{"@type": "NewsArticle", {stated}}}</script>')
    page = Page(f"<html><head>{head}</head><body><p>متن</p></body></html>", "https://www.shahrava.example/news/1")
    assert read_section(page, GENERIC) == section


@pytest.mark.parametrize(("trail", "section"), [
    # Persian CMS families' trails, named in class or id
    ('<ul class="breadcrumb_list"><li><a href="/">خانه</a></li><li><a href="/economy">اقتصادی</a></li></ul>',
     "اقتصادی"),
    ('<div class="news_path"><a href="/fa">صفحه نخست</a> » <a href="/fa/services/5">اقتصادی</a></div>', "اقتصادی"),
    ('<ul class="bread_crump"><li><a href="/">صفحه اصلی</a></li><li><a href="/s/3">ورزشی</a></li></ul>', "ورزشی"),
    ('<nav id="breadcrumbs"><a href="/">Home</a> » <a href="/category/city/">City</a></nav>', "City"),
    ('<ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">خانه</a></li>'
     '<li class="breadcrumb-item"><a href="/sport">ورزشی</a></li></ol>', "ورزشی"),
    # the page's tools beside the trail, in a wrapper named like it: the trail's own part answers
    ('<div id="breadcrumb_ctr"><div id="breadcrumb_rdr"><a href="/">خانه</a> <a href="/health">سلامت</a></div>'
     '<a href="?print=1">چاپ خبر</a></div>', "سلامت"),
    # a trail's last link a date (a magazine issue), the home link in German: no section there
    ('<nav class="a-breadcrumb"><a href="/">Startseite</a> <a href="/2019/06/">06/2019</a></nav>', None),
    # a whole article carrying a breadcrumb class is no trail
    ('<div class="story url-breadcrumb">' + " ".join(f'<a href="/a{i}">پیوند {i}</a>' for i in range(12)) + "</div>",
     None),
    # WordPress's category link, where no trail is printed
    ('<div class="meta-cat"><a href="/category/economy/" rel="category tag">اقتصادی</a></div>', "اقتصادی"),
    # a label named for the article's category, where no trail or rel link is printed
    ('<div class="doc-section-info"><a href="/fa/news/section/3">اقتصادی</a></div>', "اقتصادی"),
    ('<span class="cat_name"><a href="/sport">ورزشی</a></span>', "ورزشی"),
    ('<div class="service-name"><a href="/بخش-کارگری-3">کارگری</a></div>', "کارگری"),
    # a trail no class names: the home link, a separator, the section's link (an older template's line)
    ('<td><a href="Default.aspx">صفحه اصلی</a> &gt; <a href="Page.aspx?pid=4"><span>اقتصادی</span></a>'
     ' | صفحه ۴</td>', "اقتصادی"),
    ('<div><a href="/">Home</a> / <a href="/world/">World</a> / <a href="/world/asia/">Asia</a></div>', "Asia"),
    # … the home page's name printed unlinked before the section's link (a table template's cell)
    ('<table><tr><td class="rotitr">صفحه اول &raquo; <a href="cat.php?c=9">سلامت</a></td></tr></table>', "سلامت"),
    # … not a menu's home link and the links after it, nor a footer's links set apart by bars
    ('<ul><li><a href="/">صفحه اصلی</a></li><li><a href="/s/1">سیاسی</a></li></ul>', None),
    ('<p><a href="/">صفحه اصلی</a> | <a href="/about">درباره ما</a> | <a href="/contact">تماس</a></p>', None),
    # a widget listing every category is a menu, not the article's
    ('<div class="widget_categories">' + "".join(f'<a href="/c{i}">دسته {i}</a>' for i in range(8)) + "</div>",
     None),
])
def test_the_section_is_the_last_category_of_a_breadcrumb_trail_however_named(trail, section):
    page = Page(f'<html lang="fa"><body>{trail}<article><h1>تیتر</h1><p>متن</p></article></body></html>',
                "https://www.shahrava.example/news/1")
    assert read_section(page, GENERIC) == section


_CRUMB = '{{"@type": "ListItem", "position": {pos}, "name": "{name}"{item}}}'


def _crumbs(*crumbs: tuple[str, str | None]) -> str:
    items = ", ".join(_CRUMB.format(pos=i + 1, name=name, item=f', "item": "{url}"' if url else "")
                      for i, (name, url) in enumerate(crumbs))
    return ('<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
            '{"@type": "WebPage", "name": "x"}, {"@type": "BreadcrumbList", "itemListElement": [' + items + ']}]}'
            '</script>')


@pytest.mark.parametrize(("jsonld", "section"), [
    # an SEO plugin's trail: home, the category, the post itself printed without an address
    (_crumbs(("خانه", "https://www.shahrava.example/"), ("اقتصادی", "https://www.shahrava.example/economy/"),
             ("تیتر خبر", None)), "اقتصادی"),
    # … or with the page's own address
    (_crumbs(("Home", "https://www.shahrava.example/"), ("City", "https://www.shahrava.example/city/"),
             ("A new bridge", "https://www.shahrava.example/news/1")), "City"),
    # home and the post alone: no section
    (_crumbs(("خانه", "https://www.shahrava.example/"), ("تیتر خبر", None)), None),
])
def test_the_section_is_the_last_category_of_a_json_ld_breadcrumb_list(jsonld, section):
    """No class or id names a trail: the JSON-LD BreadcrumbList SEO plugins print answers."""
    page = Page(f'<html lang="fa"><head>{jsonld}</head><body><article><h1>تیتر خبر</h1><p>متن</p></article>'
                "</body></html>", "https://www.shahrava.example/news/1")
    assert read_section(page, GENERIC) == section


@pytest.mark.parametrize(("meta", "section"), [
    ("<div><span>سرویس: اقتصادی</span> <span>کد خبر: ۱۲۳۴۵</span></div>", "اقتصادی"),
    ("<div>گروه: ورزشی | کد خبر: ۱۲۳۴۵ | ۲۳ مرداد ۱۴۰۳</div>", "ورزشی"),    # one part of a meta line
    ("<div>دسته‌بندی: <a href='/cat/7'>فرهنگ و هنر</a></div>", "فرهنگ و هنر"),
    ("<div>بخش : جامعه</div>", "جامعه"),
    ("<p>گروه اقتصادی خبرگزاری امروز گزارش داد.</p>", None),               # a sentence, no label
    ("<div>گروه: ۱۲</div>", None),                                           # a number names no section
    ("<nav><span>بخش: ورزشی</span></nav>", None),                            # the site's menu
])
def test_a_persian_section_label_names_the_section(meta, section):
    page = Page(f'<html lang="fa"><body>{meta}<article><h1>تیتر خبر</h1><p>متن</p></article></body></html>',
                "https://www.shahrava.example/news/1")
    assert read_section(page, GENERIC) == section


@pytest.mark.parametrize(("markup", "section"), [
    # the meta line under the headline links to its section's page: Nastooh's `/fa/service/…`
    ("<h1>تیتر خبر تازه</h1><div class='x'><a href='/fa/service/economy'>اقتصادی</a> - ۲۳ مرداد ۱۴۰۳</div>",
     "اقتصادی"),
    ("<div class='eyebrow'><a href='/category/earnings'>Earnings</a></div><h1>تیتر خبر تازه</h1>", "Earnings"),
    # … a subsection's page (`/service/economy/energy`)
    ("<div class='meta'><span><a href='/service/economy/energy'>انرژی</a></span><span>کد خبر: ۴۸۲۹</span></div>"
     "<h1>تیتر خبر تازه</h1>", "انرژی"),
    # the site's menu of sections, in its nav, far from the headline: none of them is the article's
    ("<nav>" + "".join(f"<a href='/fa/service/{n}'>بخش {n}</a>" for n in range(1, 9)) + "</nav>"
     + "<div class='x'>۲۳ مرداد ۱۴۰۳</div><h1>تیتر خبر تازه</h1>", None),
])
def test_a_link_to_a_sections_page_beside_the_headline_names_the_section(markup, section):
    page = Page(f"<html lang='fa'><body>{markup}<div class='c'><p>متن خبر</p></div></body></html>",
                "https://www.shahrava.example/news/1")
    assert read_section(page, GENERIC, "تیتر خبر تازه") == section


@pytest.mark.parametrize(("markup", "section"), [
    # an unlinked label named for the service beside the date under the headline
    ("<h1>تیتر خبر تازه</h1><div class='info'><span class='service'>ورزشی</span> <time>۳ دی ۱۴۰۲</time></div>",
     "ورزشی"),
    ("<div class='post-category'>فرهنگ و هنر</div><h1>تیتر خبر تازه</h1>", "فرهنگ و هنر"),
    # a box's title of more words, named so, is no section's name
    ("<h1>تیتر خبر تازه</h1><div class='section'>پربازدیدترین خبرهای امروز سایت ما</div>", None),
    # nor a label far from the headline (a sidebar's), nor one the page's menu holds
    ("<span class='service'>ورزشی</span>" + "<div><p>یک</p></div>" * 14 + "<h1>تیتر خبر تازه</h1>", None),
    ("<nav><span class='category'>ورزشی</span></nav><h1>تیتر خبر تازه</h1>", None),
])
def test_an_unlinked_label_named_for_the_section_beside_the_headline_names_it(markup, section):
    page = Page(f"<html lang='fa'><body>{markup}<div class='c'><p>متن خبر</p></div></body></html>",
                "https://www.shahrava.example/news/1")
    assert read_section(page, GENERIC, "تیتر خبر تازه") == section


@pytest.mark.parametrize(("byline", "author"), [
    ("خبرنگار: مریم رضایی", "مریم رضایی"),
    ("By Jane Fielding", "Jane Fielding"),
    ("by: Jane Fielding", "Jane Fielding"),
    ("Von Jana Feld", "Jana Feld"),
    ("Byron Fielding", "Byron Fielding"),            # a name that starts like the label
    ("JANE FIELDING, HARBOUR TIMES 18 NOV 2019", "JANE FIELDING, HARBOUR TIMES"),
    ("Jane Fielding | Nov. 18, 2019", "Jane Fielding"),
    ("By Jane Fielding and Tom Reed", "Jane Fielding|Tom Reed"),
    ("مریم رضایی و علی محمدی", "مریم رضایی|علی محمدی"),
    ("مریم رضایی، علی محمدی و سارا کریمی", "مریم رضایی|علی محمدی|سارا کریمی"),  # «،» between Persian names
    ("مریم رضایی، خبرنگار", "مریم رضایی"),                                        # a role after the name
    ("Jane Fielding & Tom Reed", "Jane Fielding|Tom Reed"),
    ("Andrea Andersen", "Andrea Andersen"),          # "and" inside a name splits nothing
    ("نوشته شده توسط: احمد عزیزی", "احمد عزیزی"),    # written by
    ("ارسال شده توسط مریم رضایی", "مریم رضایی"),     # posted by
    ("توسط علی محمدی", "علی محمدی"),
])
def test_byline_labels_and_dates_are_not_part_of_the_name(byline, author):
    page = Page(f'<html><body><article><h1>تیتر</h1><span class="author">{byline}</span><p>متن</p>'
                "</article></body></html>")
    assert read_authors(page, GENERIC, ()) == author.split("|")


def test_a_name_given_again_with_a_role_after_it_is_one_author():
    page = Page('<html><body><article><h1>تیتر</h1><span class="author">Jane Fielding - Science Contributor</span>'
                '<span class="author">Jane Fielding</span><span class="author">Jane Fieldings</span><p>متن</p>'
                "</article></body></html>")
    assert read_authors(page, GENERIC, ()) == ["Jane Fielding", "Jane Fieldings"]


@pytest.mark.parametrize("byline", ['<div class="author">مریم رضایی</div>', '<p class="author">مریم رضایی</p>',
                                    '<div class="news-author">مریم رضایی</div>',
                                    '<span class="writer">مریم رضایی</span>'])
def test_a_byline_element_of_another_tag_or_name_is_read(byline):
    page = Page(f"<html><body><article><h1>تیتر</h1>{byline}<p>متن</p></article></body></html>")
    assert read_authors(page, GENERIC, ()) == ["مریم رضایی"]


def test_the_readers_who_comment_are_no_authors():
    comments = "".join(f'<li><span class="author">{name}</span><p>نظر خواننده</p></li>'
                       for name in ("علی", "سارا کریمی", "Tom Reed"))
    page = Page('<html><body><article><h1>تیتر</h1><span class="author">مریم رضایی</span><p>متن</p></article>'
                f'<section id="comments"><ol class="comment-list">{comments}</ol></section></body></html>')
    assert read_authors(page, GENERIC, ()) == ["مریم رضایی"]
    page = Page('<html><body><article><h1>تیتر</h1><p>متن</p></article>'
                f'<section id="comments"><ol class="comment-list">{comments}</ol></section></body></html>')
    assert read_authors(page, GENERIC, ()) == []


@pytest.mark.parametrize("account", ["admin", "Administrator", "jdadmin", "webmaster", "Guest", "ادمین", "مدیر سایت"])
def test_a_cms_account_printed_as_the_byline_is_no_author(account):
    page = Page(f'<html><body><article><h1>تیتر</h1><span class="author">{account}</span><p>متن</p>'
                "</article></body></html>")
    assert read_authors(page, GENERIC, ()) == []
    page = Page(f'<html><body><article><h1>تیتر</h1><span class="author">{account}</span>'
                '<span class="author">Jane Fielding</span><p>متن</p></article></body></html>')
    assert read_authors(page, GENERIC, ()) == ["Jane Fielding"]


TEXT = ("شهرداری امروز اعلام کرد که کار ساخت پل تازه بر روی رودخانه شهر از هفته آینده آغاز می‌شود "
        "و تا پایان سال به پایان می‌رسد. ساکنان محله از این تصمیم استقبال کردند و گفتند منتظر آن بودند.")
DATED = """<html lang="fa"><head><title>پل تازه شهر - Shahrava</title></head><body>
<article><h1>پل تازه شهر</h1><div class="news-date">{date}</div><p>{text}</p><p>{text}</p>
<div class="news-tags">برچسب‌ها: شهرداری، پل، رودخانه</div></article></body></html>"""


@pytest.mark.parametrize(("printed", "published_at"), [
    ("۲۴ مهر ۱۳۹۶ - ۰۳:۴۵ ب.ظ", "2017-10-16T15:45:00+03:30"),
    ("۲۴ مهر ۱۳۹۶ - ۰۹:۱۵ ق.ظ", "2017-10-16T09:15:00+03:30"),
    ("دوشنبه ۲۴ مهر ۱۳۹۶ ساعت 3:45 عصر", "2017-10-16T15:45:00+03:30"),
    ("۱۲ ارديبهشت ۱۳۹۸ ساعت ۱۰:۱۵ صبح", "2019-05-02T10:15:00+04:30"),
    ("۱۲ ارديبهشت ۱۳۹۸، ۰۲:۰۵ بعدازظهر", "2019-05-02T14:05:00+04:30"),
    ("1398/2/12 - 8:40 شب", "2019-05-02T20:40:00+04:30"),
])
def test_an_unseen_page_gives_its_printed_12_hour_date(printed, published_at):
    result = extract(DATED.format(date=printed, text=TEXT), "https://www.shahrava.example/fa/news/1398/02/12/55123/x")
    record = result.record
    assert record is not None
    assert (record.published_at, record.published_raw, record.published_source) == (published_at, printed, "page")
    assert record.news_id == "55123"
    assert record.headline == "پل تازه شهر"
    assert record.tags == ["شهرداری", "پل", "رودخانه"]


UNDATED = """<html lang="fa"><head><title>پل تازه شهر</title>{head}</head><body>
<article><h1>پل تازه شهر</h1>{stamp}<p>{text}</p><p>{text}</p></article></body></html>"""


@pytest.mark.parametrize(("head", "stamp", "fields"), [
    # Open Graph's short name, with an itemprop list on the same <meta>
    ('<meta property="article:published" itemprop="datePublished dateCreated" content="2019-05-02T06:40:00Z">', "",
     ("2019-05-02T11:10:00+04:30", "2019-05-02", "meta")),
    # microdata on a visible <time>
    ("", '<time itemprop="datePublished" datetime="2019-05-02T11:10:00+04:30">پنجشنبه</time>',
     ("2019-05-02T11:10:00+04:30", "2019-05-02", "meta")),
    # JSON-LD with a day and no time of day: the day alone, no invented time
    ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2019-05-02"}</script>', "",
     (None, "2019-05-02", "jsonld")),
    # a CMS's empty-date placeholder is no date
    ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "0001-01-01"}</script>', "",
     (None, None, None)),
    # a CMS writing the Jalali date in a machine field: 12 Ordibehesht 1398 is 2 May 2019
    ('<meta property="article:published_time" content="1398-02-12T11:10:00+04:30">', "",
     ("2019-05-02T11:10:00+04:30", "2019-05-02", "meta")),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "1398/02/12 11:10"}</script>',
     "", ("2019-05-02T11:10:00+04:30", "2019-05-02", "jsonld")),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "1398-02-12"}</script>', "",
     (None, "2019-05-02", "jsonld")),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "1398-02-32"}</script>', "",
     (None, None, None)),  # no such Jalali day: no date, not a guess
    # a plain <time datetime> by the headline: its instant times the day it prints, or dates the page alone
    ("", '<time datetime="2019-05-02T06:40:00Z">۱۲ اردیبهشت ۱۳۹۸</time>',
     ("2019-05-02T11:10:00+04:30", "2019-05-02", "meta")),
    ("", '<time datetime="2019-05-02T06:40:00Z"></time>', ("2019-05-02T11:10:00+04:30", "2019-05-02", "meta")),
    ("", '<time datetime="2019-05-02">پنجشنبه</time>', (None, "2019-05-02", "meta")),
    # … but not one of another day than the printed one, nor an update's stamp
    ("", '<time datetime="2019-05-03T06:40:00Z">۱۲ اردیبهشت ۱۳۹۸</time>', (None, "2019-05-02", "page")),
    ("", '<time class="updated" datetime="2019-05-02T06:40:00Z"></time>', (None, None, None)),
])
def test_machine_dates_beyond_json_ld_instants(head, stamp, fields):
    result = extract(UNDATED.format(head=head, stamp=stamp, text=TEXT), "https://www.shahrava.example/fa/news/55123")
    record = result.record
    assert record is not None
    assert (record.published_at, record.published_date, record.published_source) == fields


STANDFIRST = "شورای شهر دیروز طرح ساخت پل تازه روی رودخانه را تصویب کرد و کار از هفته آینده آغاز می‌شود."
PLAIN_TEMPLATE = """<html lang="fa"><head><title>پل تازه شهر</title></head><body>
<div><div><h1>پل تازه شهر</h1></div><div>{between}</div>
<div><p>{text}</p><p>{text}</p><p>{text}</p></div></div></body></html>"""


@pytest.mark.parametrize(("between", "lead"), [
    (f"<h2><strong>{STANDFIRST}</strong></h2>", STANDFIRST),                    # a heading set as the lead
    (f"<span>۱۲ اردیبهشت ۱۳۹۸</span><p>{STANDFIRST}</p>", STANDFIRST),         # after the date line
    (f"<blockquote>{STANDFIRST}</blockquote>", STANDFIRST),                     # set as a quote
    ("<p>۱۲ اردیبهشت ۱۳۹۸ - ۱۰:۳۰</p>", None),                                 # a date line is no lead
    (f"<figure><figcaption>{STANDFIRST}</figcaption></figure>", None),         # nor a caption
    (f'<p><a href="/news/2">{STANDFIRST}</a></p>', None),                      # nor another story's link
    ("<p>شورای شهر طرح پل را تصویب کرد</p>", None),                           # nor a short label
    ("<p>The city council approved the new bridge over the river yesterday.</p>", None),  # nor Latin text
])
def test_a_persian_lead_no_class_names_is_read_between_headline_and_text(between, lead):
    result = extract(PLAIN_TEMPLATE.format(between=between, text=TEXT), "https://www.shahrava.example/fa/news/55123")
    record = result.record
    assert record is not None
    assert record.lead == lead
    assert STANDFIRST not in (record.body or "")


SHORT = "وی افزود: کار ساخت این پل دو سال طول می‌کشد و هزینه آن از بودجه عمرانی شهر پرداخت می‌شود."


LINKED_SHORT = SHORT.replace("بودجه عمرانی", "<a href='/fa/tag/9'>بودجه عمرانی</a>", 1)


@pytest.mark.parametrize(("inner", "lead"), [
    # the lead beside the headline, the date line, then the text in a block of its own
    (f"<h1>پل تازه شهر</h1><p>{STANDFIRST}</p><div><span>۱۲ اردیبهشت ۱۳۹۸</span></div><div><p>{SHORT}</p></div>",
     STANDFIRST),
    # … an ID line and views between, the text as a <div>'s own run beside a <p> of the marker
    (f"<h1>پل تازه شهر</h1><p>{STANDFIRST}</p><div><span>کد خبر: ۵۵۱۲۳</span> <span>بازدید: ۲۵</span></div>"
     f"<div>{SHORT}<br><br><p>انتهای پیام</p></div>", STANDFIRST),
    # the text's paragraphs beside the headline, like each other: the first opens the text
    (f"<h1>پل تازه شهر</h1><p>{STANDFIRST}</p><p>{SHORT}</p>", None),
    (f"<h1>پل تازه شهر</h1><div>{STANDFIRST}</div><div>{SHORT}</div>", None),
    # each paragraph in a block of its own, none beside the headline (BBC's markup)
    (f"<div><h1>پل تازه شهر</h1></div><div><p>{STANDFIRST}</p></div><div><p>{SHORT}</p></div>", None),
    # the only text beside the headline, a list's heading after it: no text goes on after it
    (f"<h1>پل تازه شهر</h1><p>{STANDFIRST}</p><div><h3>اخبار مرتبط</h3></div>", None),
    # a meta line of spans between the headline and the lead, the writer's name alone in one of them
    (f"<h1>پل تازه شهر</h1><div><span>۱۲ اردیبهشت ۱۳۹۸ | ۱۰:۲۰</span><span>کد خبر: ۵۵۱۲۳</span>"
     f"<span>سارا احمدی</span></div><div>{STANDFIRST}</div><div><p>{SHORT}</p><p>{SHORT}</p></div>", STANDFIRST),
    # the text's first sentence links a word, and a source line is set after it in its block
    (f"<h1>پل تازه شهر</h1><p>{STANDFIRST}</p><div><span>۱۲ اردیبهشت ۱۳۹۸</span></div>"
     f"<div>{LINKED_SHORT}<p>منبع: ایسنا</p></div>", STANDFIRST),
])
def test_a_lead_beside_the_headline_inside_the_texts_block_is_the_lead(inner, lead):
    """The finder's block holds the headline, the lead and the text's own block (no class anywhere)."""
    html = f'<html lang="fa"><body><div class="menu"><a href="/">خانه</a></div><div>{inner}</div></body></html>'
    record = extract(html, "https://www.shahrava.example/fa/news/55123").record
    assert record is not None
    assert record.lead == lead
    assert (STANDFIRST in record.body) == (lead is None)


@pytest.mark.parametrize("box", ["author-box", "writer", "post-author-bio", "profile"])
def test_the_writers_bio_under_the_headline_is_no_lead(box):
    bio = "استاد دانشگاه و پژوهشگر حوزه برنامه‌ریزی شهری که سال‌ها در زمینه ترافیک کار کرده است."
    between = f"<div class='{box}'><div>سارا احمدی</div><div>{bio}</div></div>"
    result = extract(PLAIN_TEMPLATE.format(between=between, text=TEXT), "https://www.shahrava.example/fa/news/55123")
    assert result.record is not None
    assert result.record.lead is None
    assert bio not in result.record.body


def test_a_persian_lead_no_class_names_follows_a_headline_printed_without_an_h1():
    page = PLAIN_TEMPLATE.replace("<h1>پل تازه شهر</h1>", "<div>پل تازه شهر</div>")
    record = extract(page.format(between=f"<h2>{STANDFIRST}</h2>", text=TEXT),
                     "https://www.shahrava.example/fa/news/55123").record
    assert record is not None
    assert (record.headline, record.lead) == ("پل تازه شهر", STANDFIRST)


def test_a_lead_set_apart_beside_the_text_block_is_the_lead_not_the_texts_first_paragraph():
    page = ("<html lang=\"fa\"><head><title>پل تازه شهر</title></head><body><article><header><h1>پل تازه شهر</h1>"
            f"</header><p>{STANDFIRST}</p><div><p>{TEXT}</p><p>{TEXT}</p><p>{TEXT}</p></div></article></body></html>")
    record = _record_of(page)
    assert record.lead == STANDFIRST
    assert record.body == "\n\n".join([TEXT] * 3)


def test_the_articles_own_header_is_no_page_chrome_but_a_teaser_cards_is():
    cards = "".join(f'<article><header><a rel="tag" href="/channel/{n}">بخش {n}</a></header><h2>خبر دیگر {n}</h2>'
                    "</article>" for n in range(3))
    page = (f'<html lang="fa"><body><div><span>امروز: شنبه ۱۶ جدی ۱۴۰۲</span></div><article><header>'
            f"<h1>پل تازه شهر</h1><time>جمعه ۱۵ جدی ۱۴۰۲ - ۱۰:۲۵</time></header><p>{TEXT}</p><p>{TEXT}</p>"
            f"</article><section>{cards}</section></body></html>")
    record = _record_of(page)
    assert record.published_raw == "جمعه ۱۵ جدی ۱۴۰۲ - ۱۰:۲۵"  # in the article's header, not the day bar's
    assert record.tags == []                                   # the cards' channels are other stories'


@pytest.mark.parametrize(("above", "surtitle"), [
    ("<h4>شورای شهر خبر داد</h4>", "شورای شهر خبر داد"),
    ('<h4><a href="https://www.shahrava.example/fa/news/55123">شورای شهر خبر داد</a></h4>', "شورای شهر خبر داد"),
    ('<div><a href="/service/society">اجتماعی و شهری</a></div>', None),   # a section label
    ("<div>۱۲ اردیبهشت ۱۳۹۸ - ۱۰:۳۰</div>", None),                       # a date line
    ("<div>کد خبر: ۵۵۱۲۳ | ۱۲۰ بازدید</div>", None),                      # a news-ID and views line
    (f"<p>{TEXT}</p>", None),                                             # a paragraph, not one line
    # the caption of the picture set over the headline (a Sahifa theme's `single-post-caption`)
    ('<div class="thumb"><img src="/a.jpg" alt=""></div><div class="single-post-caption">دکل‌های برق در حاشیه شهر'
     "</div>", None),
])
def test_a_persian_surtitle_no_class_names_is_the_line_above_the_headline(above, surtitle):
    page = (f'<html lang="fa"><body><article><div>{above}<h1>پل تازه شهر</h1></div><p>{TEXT}</p><p>{TEXT}</p>'
            "</article></body></html>")
    record = _record_of(page)
    assert record.surtitle == surtitle


@pytest.mark.parametrize("header", ['<div class="news-header">', '<div class="news-detail-header">'])
@pytest.mark.parametrize(("above", "lead"), [
    ("<small class='d-block text-danger'>شورای شهر خبر داد</small>", f'<div class="alert lead-box">{STANDFIRST}</div>'),
    ("<div class='subtitle'>شورای شهر خبر داد</div>", f'<p class="lead">{STANDFIRST}</p>'),
])
def test_the_surtitle_and_lead_in_the_header_block_around_the_headline_are_read(header, above, lead):
    """A block named the story's header (`news-header`) holding the headline is the article's own, no
    page chrome: the headline in it is read, the line above it (a <small>, a `subtitle`) is the
    surtitle and the sentence under it the lead, named so or not."""
    page = (f'<html lang="fa"><body><div class="card">{header}{above}<h1>پل تازه شهر</h1>{lead}</div>'
            f'<div class="news-text"><p>{TEXT}</p><p>{TEXT}</p></div></div></body></html>')
    record = _record_of(page)
    assert (record.surtitle, record.lead) == ("شورای شهر خبر داد", STANDFIRST)
    assert record.body == "\n\n".join([TEXT] * 2)


def test_a_page_builders_units_named_widgets_are_no_sidebar():
    """Elementor names every unit of the page a widget: the surtitle's unit above the headline's,
    and the date's under it, are the article's (a sidebar's widgets stay chrome)."""
    def unit(kind: str, inner: str) -> str:
        return (f'<div class="elementor-element post-{kind} elementor-widget elementor-widget-heading">'
                f'<div class="elementor-widget-container">{inner}</div></div>')
    page = ('<html lang="fa"><body><section class="elementor-section"><div class="elementor-widget-wrap">'
            + unit("rootitr", '<span class="elementor-heading-title">شورای شهر خبر داد</span>')
            + unit("title", "<h1>پل تازه شهر</h1>") + unit("info", "<span>۱۰ آذر ۱۴۰۳</span>")
            + unit("content", f"<p>{TEXT}</p><p>{TEXT}</p>") + "</div></section></body></html>")
    record = _record_of(page)
    assert (record.surtitle, record.published_date) == ("شورای شهر خبر داد", "2024-11-30")


@pytest.mark.parametrize(("rows", "surtitle"), [
    ('<div class="row"><h4>شورای شهر خبر داد؛</h4></div><div class="row"><h1>پل تازه شهر</h1></div>',
     "شورای شهر خبر داد؛"),                                          # each line in a grid row of its own
    ('<div class="row"><div><h4>شورای شهر خبر داد؛</h4></div></div><div class="row"><div><h1>پل تازه شهر</h1>'
     "</div></div>", "شورای شهر خبر داد؛"),                          # two wrappers deep on both sides
    ('<div class="row"><h4>شورای شهر خبر داد؛</h4><p>خط دیگر</p></div><div class="row"><h1>پل تازه شهر</h1></div>',
     None),                                                         # the row above holds two lines
    ('<div class="row"><h4>شورای شهر خبر داد؛</h4></div>گزارش روز<div class="row"><h1>پل تازه شهر</h1></div>',
     None),                                                         # text between the rows
    ('<div class="row"><h4>شورای شهر خبر داد؛</h4></div><div class="row">نوشته <h1>پل تازه شهر</h1></div>',
     None),                                                         # the headline's row opens with text
])
def test_a_persian_surtitle_in_a_row_of_its_own_above_the_headlines_row(rows, surtitle):
    page = (f'<html lang="fa"><body><div class="col">{rows}<div class="row"><p>{TEXT}</p><p>{TEXT}</p></div></div>'
            "</body></html>")
    record = _record_of(page)
    assert (record.headline, record.surtitle) == ("پل تازه شهر", surtitle)


@pytest.mark.parametrize(("above", "surtitle"), [
    ('<h2 class="up_title">شورای شهر خبر داد</h2>', "شورای شهر خبر داد"),          # a CMS family's name
    ('<div class="news-rootitr">شورای شهر خبر داد</div>', "شورای شهر خبر داد"),
    ('<span id="ctl00_lblRoTitr">شورای شهر خبر داد</span>', "شورای شهر خبر داد"),  # named by its id
    ('<a class="kicker" href="/service/city">اخبار شهری</a>', None),              # a section label
    ('<span class="pretitle"><a href="/fa/news/9999/other">شورای شهر خبر داد</a></span>', None),  # a teaser's
])
def test_a_surtitle_named_in_class_or_id_not_linking_elsewhere(above, surtitle):
    page = (f'<html lang="fa"><body><article><div>{above}<p>{TEXT}</p><h1>پل تازه شهر</h1></div><p>{TEXT}</p>'
            f"<p>{TEXT}</p></article></body></html>")
    record = _record_of(page)
    assert record.surtitle == surtitle


@pytest.mark.parametrize("h1", ['<h1><span class="rutitr">شورای شهر خبر داد</span><br>پل تازه شهر</h1>',
                                '<h1><div class="uptitle">شورای شهر خبر داد</div><a href="/fa/news/55123">پل تازه شهر'
                                "</a></h1>"])
def test_a_surtitle_printed_inside_the_h1_is_not_part_of_the_headline(h1):
    page = f'<html lang="fa"><body><article><div>{h1}</div><p>{TEXT}</p><p>{TEXT}</p></article></body></html>'
    record = _record_of(page)
    assert (record.headline, record.surtitle) == ("پل تازه شهر", "شورای شهر خبر داد")


@pytest.mark.parametrize(("heading", "surtitle"), [
    # a kicker in a piece of the heading element of its own, named by no class (utility classes only)
    ("<h2><span class='font-bold block mb-12'>Artenschutz in Thüringen</span> <span class='text-5xl'>"
     "Feldhamster kehren zurück</span></h2>", "Artenschutz in Thüringen"),
    ("<h1><small>Nach dem Unwetter</small><span>Feldhamster kehren zurück</span></h1>", "Nach dem Unwetter"),
    # … not a date line before the headline, nor a link to another page
    ("<h1><span>24.06.2024, 15.47 Uhr</span><span>Feldhamster kehren zurück</span></h1>", None),
    ("<h1><span><a href='/thema/natur/'>Natur</a></span><span>Feldhamster kehren zurück</span></h1>", None),
])
def test_an_unnamed_kicker_in_a_piece_of_the_headlines_own_element_is_the_surtitle(heading, surtitle):
    text = "".join(f"<p>{ENGLISH_TEXT}</p>" for _ in range(3))
    html = (f"<html lang='de'><head><title>Feldhamster kehren zurück</title></head><body><article>{heading}"
            f"<div class='x'>{text}</div></article></body></html>")
    record = extract(html, "https://www.zeitung.example/wissen/feldhamster-kehren-zurueck-a-1234").record
    assert record is not None
    assert (record.headline, record.surtitle) == ("Feldhamster kehren zurück", surtitle)


def test_a_subheadline_deck_is_the_lead_and_a_related_cards_linked_headline_is_none():
    """TownNews BLOX sets the deck as `<span class="tnt-subheadline">`; a related story's card below the
    text is classed `summary`, but all its words are its link's: no lead of this story."""
    deck = "Detour will send drivers on a nine-mile loop while the old bridge comes down in spring"
    card = ("<div class='card summary'><h3 class='tnt-headline'><a href='/news/local/article_5c0f.html'>Residents"
            " push for wider lanes on the new bridge</a></h3></div>")
    page = (f"<html lang='en'><body><article><h1>County approves plan to replace the bridge</h1>"
            f"<h2 class='subhead'><span class='tnt-subheadline'>{deck}</span></h2><div class='text'>"
            f"<p>{ENGLISH_TEXT}</p><p>{ENGLISH_TEXT}</p></div></article>{card}</body></html>")
    record = _record_of(page)
    assert record.lead == deck and deck not in record.body


def test_css_modules_parts_of_the_header_around_the_headline_give_lead_and_section():
    """CSS modules name a component's elements `LiveBlogHeader_summary__tP0dL`: the deck and the section
    link of the <header> around the headline are its own, though "header" is in their names."""
    lead = "Residents of the valley have been told it is too late to leave as the fire burns through the park."
    header = ("<header class='LiveBlogHeader_header__8aVw2'><div class='LiveBlogHeader_badge__nM0sW'>"
              "<a class='LiveBlogHeader_section__Q2mJe' href='/news/vic'>Victoria</a></div>"
              "<h1 class='LiveBlogHeader_title__1r6Xa'>Live: bushfire warnings in the west of the state</h1>"
              f"<div class='LiveBlogHeader_summary__tP0dL'><p>{lead}</p></div></header>")
    page = (f"<html lang='en'><head><title>Live: bushfire warnings in the west of the state - SCBC News</title>"
            "</head><body><nav><ul><li><a href='/news/vic'>Victoria</a></li><li><a href='/news/world'>World</a></li>"
            f"</ul></nav><main>{header}<div class='LiveBlog_posts__a1'><p>{ENGLISH_TEXT}</p>"
            f"<p>{ENGLISH_TEXT}</p></div></main></body></html>")
    record = extract(page, "https://www.scbc.example/news/2025-01-14/live-bushfire-warnings/104812366").record
    assert record is not None and (record.lead, record.section) == (lead, "Victoria")


@pytest.mark.parametrize(("line", "published"), [
    ("+ نوشته شده در شنبه ۱۳٩٢/٧/٢٠ ساعت ٩:٤٥ ق.ظ توسط نیما صدیقی | نظرات (۲)", "2013-10-12T09:45:00+03:30"),
    ("ارسال شده در یکشنبه ۱۵ آذر ۱۳۸۸ ساعت ۱۴:۱۰:۲۳ توسط admin", "2009-12-06T14:10:23+03:30"),
])
def test_a_blogs_posted_on_line_under_the_post_dates_it(line, published):
    """A blog's or an old portal's «نوشته شده در … توسط …» under the post: its date, though the line
    says more than the date."""
    page = (f"<html lang='fa'><body><h1>پل تازه شهر</h1><div class='post'><p>{TEXT}</p><p>{TEXT}</p></div>"
            f"<div class='postDesc'>{line}</div></body></html>")
    assert _record_of(page).published_at == published


def test_a_tags_label_on_one_line_of_a_footer_of_lines_names_that_lines_links_alone():
    """A blog's footer of `<br>`-parted lines (categories, tags, comments and print): the tags are the
    links on the label's line."""
    footer = ("<div class='post-footer'>دسته بندی : <a href='/post/category/3'>اخبار شهر</a>، "
              "<a href='/post/category/7'>عمران</a><br>برچسب ها : <a href='/tag/پل'>پل</a>، "
              "<a href='/tag/شورای شهر'>شورای شهر</a><br><a href='/post/245#comments'>نظرات (4)</a> | "
              "آخرین ویرایش: یکشنبه ۲۴ مرداد ۱۳۸۹ ساعت ۲۱:۰۵ | <a href='/post/245/print'>نسخه چاپی</a></div>")
    page = (f"<html lang='fa'><body><h1>پل تازه شهر</h1><div class='post'><p>{TEXT}</p><p>{TEXT}</p>{footer}</div>"
            "</body></html>")
    assert _record_of(page).tags == ["پل", "شورای شهر"]


def test_an_eyebrow_of_a_box_among_the_texts_paragraphs_is_no_surtitle():
    """A paywall box between the paragraphs calls its line an eyebrow (`pw-eyebrow`): it stands in the
    text, not over the headline; a line named so right under the headline still is one."""
    box = ("<div class='pw-box'><p class='pw-eyebrow'>Subscriber exclusive</p><h3>Keep reading</h3>"
           "<a href='/subscribe'>Subscribe</a></div>")
    page = (f"<html lang='en'><body><article><h1>Aid package for farmers</h1><p>{ENGLISH_TEXT}</p>{box}"
            f"<p>{ENGLISH_TEXT}</p></article></body></html>")
    assert _record_of(page).surtitle is None
    below = page.replace("</h1>", "</h1><p class='eyebrow'>Farm policy in the capital</p>")
    assert _record_of(below).surtitle == "Farm policy in the capital"


def test_the_separator_printed_after_a_kicker_inside_the_h1_goes_with_it():
    """`<h1><span class="article__kicker">…</span><span class="visually-hidden">: </span>…</h1>`: the
    colon a screen reader hears between them is neither the headline's nor the surtitle's."""
    h1 = ('<h1><span class="article__kicker">Verkehr</span><span class="visually-hidden">: </span>'
          '<span class="article__title">Neue Brücke: Die Stadt baut ab Montag</span></h1>')
    page = (f"<html lang='de'><body><article><header>{h1}</header><p>{ENGLISH_TEXT}</p><p>{ENGLISH_TEXT}</p>"
            "</article></body></html>")
    record = _record_of(page)
    assert (record.headline, record.surtitle) == ("Neue Brücke: Die Stadt baut ab Montag", "Verkehr")


def test_a_line_named_like_a_lead_above_the_headline_is_the_surtitle_alone():
    page = ('<html lang="fa"><body><article><div><div class="subtitle">شورای شهر خبر داد</div><h1>پل تازه شهر</h1>'
            f"</div><p>{TEXT}</p><p>{TEXT}</p></article></body></html>")
    record = _record_of(page)
    assert (record.surtitle, record.lead) == ("شورای شهر خبر داد", None)


@pytest.mark.parametrize("lead_markup", [
    '<div class="subtitle">{lead}</div>',            # a Persian CMS family's lead
    '<p class="news_lead">{lead}</p>',
    '<div class="item-summary">{lead}</div>',
    '<div class="lid">{lead}</div>',                 # «لید» in Latin letters
    # a French CMS's chapô (SPIP's `chapo`, a Drupal paragraph type), apart from the text's block
    '<div class="paragraph paragraph--type--chapo"><div class="chapo_block"><p>{lead}</p></div></div>',
])
def test_a_lead_named_as_persian_cms_families_name_it(lead_markup):
    lead = "شهرداری از افتتاح پل تازه بر روی رودخانه شهر در هفته آینده با حضور مسئولان خبر داد"  # no full stop
    page = (f'<html lang="fa"><body><article><h1>پل تازه شهر</h1>{lead_markup.format(lead=lead)}'
            f"<div class='body'><p>{TEXT}</p><p>{TEXT}</p></div></article></body></html>")
    record = _record_of(page)
    assert record.lead == lead
    assert lead not in record.body


@pytest.mark.parametrize("tag_box", ["article_tag", "article-tag", "tag_items"])
def test_tags_in_a_box_named_as_persian_cms_families_name_it(tag_box):
    """Tag links whose addresses say nothing of tags (a search link), in a box so named."""
    body = (f'<div class="{tag_box}"><a href="/search?q=1">پل</a><a href="/search?q=2">شهرداری</a></div>')
    assert _tags(body) == ["پل", "شهرداری"]


def test_share_buttons_beside_the_tags_in_a_box_named_for_both_are_no_tags():
    """`tags-and-share` holds the tags' links and the share buttons': a link to a network's sharing
    address is no tag."""
    body = ('<div class="item-tags-and-share"><div class="item-tags"><a href="/search?q=1">پل</a>, '
            '<a href="/search?q=2">شهرداری</a></div><div class="share"><a href="https://www.facebook.com/'
            'sharer/sharer.php?u=x">Facebook</a><a href="https://twitter.com/intent/tweet?url=x">Twitter</a>'
            '</div></div>')
    assert _tags(body) == ["پل", "شهرداری"]


ASPNET = """<html><head><title>پل تازه شهر افتتاح شد</title></head><body>
<form method="post" action="./NewsView.aspx?ID=45123" id="form1">{state}
<table><tr><td><a href="/">صفحه اصلی</a> <a href="/archive">آرشیو</a></td></tr>
<tr><td><span id="ctl00_lblSurtitle">شورای شهر خبر داد</span><br>
<span id="ctl00_lblTitle">پل تازه شهر افتتاح شد</span><br>
<span id="ctl00_lblDate">۱۴۰۳/۰۵/۱۲ ۱۰:۳۰</span><br>
<span class="lead">شهرداری از افتتاح پل تازه بر روی رودخانه شهر در هفته آینده با حضور مسئولان خبر داد.</span>
<div id="ctl00_lblNewsBody">{text}<br><br>{text}</div></td></tr></table></form></body></html>"""


def test_an_aspnet_page_is_one_form_whose_parts_are_the_articles_own():
    """ASP.NET WebForms wraps the whole page in a form (its state in `__VIEWSTATE`): its surtitle,
    date and lead are read as on any page; a form without that state stays chrome."""
    state = '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1ND">'
    record = extract(ASPNET.format(state=state, text=TEXT), "https://www.shahrava.example/NewsView.aspx?ID=45123").record
    assert record is not None
    assert (record.headline, record.surtitle) == ("پل تازه شهر افتتاح شد", "شورای شهر خبر داد")
    assert record.published_at == "2024-08-02T10:30:00+03:30"
    assert record.lead == "شهرداری از افتتاح پل تازه بر روی رودخانه شهر در هفته آینده با حضور مسئولان خبر داد."
    plain = extract(ASPNET.format(state="", text=TEXT), "https://www.shahrava.example/NewsView.aspx?ID=45123").record
    assert plain is not None
    assert (plain.surtitle, plain.published_at, plain.lead) == (None, None, None)


@pytest.mark.parametrize(("byline", "authors"), [
    ("<div>گزارش: <span>مریم رضایی</span></div>", ["مریم رضایی"]),
    ("<ul><li><span>خبرنگار</span> <strong>مریم رضایی</strong></li></ul>", ["مریم رضایی"]),
    ("<ul><li><span>خبرنگار :</span> <span>۴۲۸۱۵</span></li></ul>", []),  # a reporter's code
    ("<div>گزارش تصویری</div>", []),                                      # a kind of story, no name
    # the byline beside the date on one meta line, bars or dashes between the parts
    ("<div>نویسنده: احمد رحیمی | ۱۲ حمل ۱۴۰۳ - ساعت ۳:۲۰</div>", ["احمد رحیمی"]),
    ("<div>۱۲ حمل ۱۴۰۳ – خبرنگار: مریم رضایی – بازدید: ۲۵</div>", ["مریم رضایی"]),
    # several names, joined by «،» and «و», after a singular or plural label
    ("<div>نویسندگان: علی رضایی، مریم احمدی</div>", ["علی رضایی", "مریم احمدی"]),
    ("<div>گزارش: علی رضایی و مریم احمدی</div>", ["علی رضایی", "مریم احمدی"]),
    # an author element naming only the agency: the labelled byline names the person
    ('<span class="author">خبرگزاری شهرآوا</span><div>گزارش: مریم رضایی</div>', ["مریم رضایی"]),
    # the reporter's and the interviewer's «… از»
    ("<div>گزارش از: مریم رضایی</div>", ["مریم رضایی"]),
    ("<div>گفت‌وگو از مریم رضایی</div>", ["مریم رضایی"]),
    ('<span class="author">مصاحبه از: مریم رضایی</span>', ["مریم رضایی"]),
    # an opinion piece's «یادداشت از», and «به قلم» in an author element, its label not in the name
    ("<div>یادداشت از مریم رضایی</div>", ["مریم رضایی"]),
    ('<span class="author">به قلم مریم رضایی</span>', ["مریم رضایی"]),
    ("<div>کاری از دست ما برنمی‌آید</div>", []),  # «کاری از …» names nobody
    # the label set apart by a comma, its «، » in a span a screen reader reads (BBC's markup)
    ("<div class='x1'><span class='vh'>نویسنده، </span>مریم رضایی</div>", ["مریم رضایی"]),
    ("<div>خبرنگاران، علی رضایی و مریم احمدی</div>", ["علی رضایی", "مریم احمدی"]),
])
def test_a_persian_byline_no_class_names_is_read_by_its_label(byline, authors):
    page = (f'<html lang="fa"><body><article><h1>پل تازه شهر</h1>{byline}<p>به گزارش شهرآوا، {TEXT}</p>'
            f"<p>{TEXT}</p></article></body></html>")
    record = _record_of(page)
    assert record.authors == authors


@pytest.mark.parametrize("today", ["امروز: سه‌شنبه ۱۱ آذر ۱۴۰۵", "امروز سه‌شنبه ۱۱ آذر ۱۴۰۵"])
def test_a_line_saying_it_is_todays_date_never_dates_the_story(today):
    """A top bar no class names as one, as near the headline as the story's own date line."""
    page = (f'<html lang="fa"><body><div class="top">{today}</div><h1>پل تازه شهر</h1><p>۲۴ آبان ۱۴۰۲ - ۱۰:۳۰</p>'
            f"<div><p>{TEXT}</p><p>{TEXT}</p></div></body></html>")
    assert _record_of(page).published_raw == "۲۴ آبان ۱۴۰۲ - ۱۰:۳۰"
    alone = page.replace("<p>۲۴ آبان ۱۴۰۲ - ۱۰:۳۰</p>", "")
    assert _record_of(alone).published_raw is None  # today's date is no guess at the story's


@pytest.mark.parametrize("column", ["sidebar-right", "footer-wrap", "widget-area"])
def test_a_date_beside_the_headline_in_a_column_named_like_chrome_dates_the_story(column):
    """A template that names its columns by place: the story's own column is called a sidebar."""
    page = (f'<html lang="fa"><head><title>پل تازه شهر - شهرآوا</title></head><body><div class="{column}">'
            '<h1>پل تازه شهر</h1><span>۱۰ مرداد ۱۴۰۲ - ۰۹:۰۰</span>'
            f"<div><p>{TEXT}</p><p>{TEXT}</p></div></div>"
            '<div class="sidebar"><span>۹ مرداد ۱۴۰۲ - ۰۸:۰۰</span></div></body></html>')
    assert _record_of(page).published_at == "2023-08-01T09:00:00+03:30"


@pytest.mark.parametrize("box", ["<div class='x'>", "<section>"])
def test_a_readers_comments_dates_never_date_a_story_that_prints_none(box):
    """The thread under a heading naming comments, its box named by nothing: each date is a reader's."""
    comments = "".join(f"<div class='c'><span>کاربر {i}</span><span>۱۷ دی ۱۴۰۱</span><p>طرح خوبی است.</p></div>"
                       for i in range(3))
    close = "</section>" if box == "<section>" else "</div>"
    page = (f'<html lang="fa"><body><h1>پل تازه شهر</h1><div><p>{TEXT}</p><p>{TEXT}</p></div>'
            f"{box}<h3>نظرات</h3>{comments}{close}</body></html>")
    assert _record_of(page).published_raw is None


@pytest.mark.parametrize(("line", "expected"), [
    ("تاریخ انتشار : چهارشنبه ۱۸ مرداد ۱۳۹۶ - ساعت ۱۶:۴۵", "2017-08-09T16:45:00+04:30"),
    # another day's time is no time of the top bar's day: the day alone, no instant
    ("تاریخ انتشار : سه‌شنبه ۱۷ مرداد ۱۳۹۶ - ساعت ۱۶:۴۵", None)])
def test_a_day_printed_alone_takes_its_time_from_the_storys_own_line_of_that_day(line, expected):
    """An old table template: its top bar's cell is classed as a date and no header element holds
    it; the story's own line, labelled, prints the same day with its time further down."""
    page = ('<html lang="fa"><body><table><tr><td class="date_top">چهارشنبه ۱۸ مرداد ۱۳۹۶</td></tr>'
            f"<tr><td><h1>پل تازه شهر</h1><table><tr><td>کد خبر: ۴۴۱۲</td><td>{line}</td></tr></table>"
            f"<p>{TEXT}</p><p>{TEXT}</p></td></tr></table></body></html>")
    record = _record_of(page)
    assert record.published_at == expected
    assert record.published_date == "2017-08-09"


@pytest.mark.parametrize(("stated", "expected"), [
    ("2019-11-17T15:22:00Z", "2019-11-17T16:22:00+01:00"),       # printed in Prague's winter time
    ("2019-11-18T00:22:00+00:00", "2019-11-17T16:22:00-08:00"),  # … in Los Angeles', the next day in UTC
    ("2019-11-17T12:52:00Z", "2019-11-17T16:22:00+03:30"),       # Tehran's: the printed time as read
    # a CMS labelling its local time UTC, a server keeping a summer time Iran has dropped, a stamp
    # minutes off the printed time: the printed time in Tehran's
    ("2019-11-17T16:22:00Z", "2019-11-17T16:22:00+03:30"),
    ("2019-11-17T16:22:00+04:30", "2019-11-17T16:22:00+03:30"),
    ("2019-11-17T15:17:00Z", "2019-11-17T16:22:00+03:30"),
])
def test_an_outlet_abroad_printing_its_own_citys_clock_keeps_the_instant_its_metadata_states(stated, expected):
    """A Persian page printing the Jalali date and its city's time, no zone named: where the instant
    its JSON-LD states puts that clock at another zone's offset than Tehran's, that offset is the clock's."""
    page = ('<html lang="fa"><head><script type="application/ld+json">{"@type": "NewsArticle", '
            f'"datePublished": "{stated}"}}</script></head><body><h1>پل تازه شهر</h1>'
            f"<p>۲۶ آبان ۱۳۹۸ ۱۶:۲۲</p><div><p>{TEXT}</p><p>{TEXT}</p></div></body></html>")
    record = _record_of(page)
    assert (record.published_at, record.published_jalali) == (expected, "1398-08-26T16:22")


def test_a_drupal_pages_rdfa_date_gives_the_time_its_printed_day_lacks():
    """Drupal marks the node's date in RDFa (`property="dc:date dc:created" content=…`); the page
    prints the day alone. A page that marks several nodes' dates so (a list beside the story) says
    none of them is the story's."""
    rdfa = '<span property="dc:date dc:created" content="2026-02-04T10:05:22+04:30" datatype="xsd:dateTime"></span>'
    page = (f'<html lang="fa"><body><h1>پل تازه شهر</h1><p>۱۵ بهمن ۱۴۰۴</p>{rdfa}'
            f"<div><p>{TEXT}</p><p>{TEXT}</p></div></body></html>")
    assert _record_of(page).published_at == "2026-02-04T10:05:22+04:30"
    other = rdfa.replace("10:05:22", "08:00:00").replace("2026-02-04", "2026-02-03")
    listed = page.replace("</div></body>", f"</div><ul><li>{other}</li></ul></body>")
    assert _record_of(listed).published_at is None


def test_a_short_subtitle_opening_the_text_is_its_subheading_a_sentence_there_is_the_lead():
    """Page 2 of a story opens its text with its next section's `<h2 class="subtitle">`, a title of
    a few words and no sentence: no lead. A subtitle that is a sentence set over the text is one."""
    title = "نقش شورا در طرح تازه"
    page = (f'<html lang="fa"><body><h1>پل تازه شهر</h1><div class="news-body"><h2 class="subtitle">{title}</h2>'
            f"<p>{TEXT}</p><p>{TEXT}</p></div></body></html>")
    record = _record_of(page)
    assert record.lead is None and record.body.startswith(title)
    sentence = "شورای شهر دیروز طرح ساخت پل تازه را پس از دو سال بحث تصویب کرد."
    record = _record_of(page.replace(title, sentence))
    assert record.lead == sentence


def test_a_meta_line_of_parts_set_apart_by_bars_dates_the_story_by_its_date_part():
    """A text-only page's one meta line names the section, the news ID and the date between bars; no
    class names it and no label opens the date: its part that holds the date is a date line."""
    page = ('<html lang="fa"><body><div><small>اجتماعی | شناسه خبر: 1398063041 | 1398/06/30 - 23:50</small></div>'
            f"<h1>پل تازه شهر</h1><p>{TEXT}</p><p>{TEXT}</p></body></html>")
    assert _record_of(page).published_at == "2019-09-21T23:50:00+04:30"


def test_a_same_day_storys_date_line_saying_today_with_its_time_dates_it():
    page = (f'<html lang="fa"><body><h1>پل تازه شهر</h1><p>امروز ۲۴ آبان ۱۴۰۲ - ۱۰:۳۰</p>'
            f"<div><p>{TEXT}</p><p>{TEXT}</p></div></body></html>")
    assert _record_of(page).published_at == "2023-11-15T10:30:00+03:30"


@pytest.mark.parametrize("top", ["<div>سه‌شنبه ۱۱ آذر ۱۴۰۵</div>", '<div id="tarikh">سه‌شنبه ۱۱ آذر ۱۴۰۵</div>',
                                 '<div class="date">Tuesday, December 1, 2026</div>',
                                 '<div><time datetime="2026-12-01T08:00:00Z">1 Dec</time></div>'])
def test_a_date_printed_above_the_sites_logo_is_the_day_the_page_was_served(top):
    """No class names the top bar as chrome; the link home (the logo) stands between it and the
    headline. A page printing no date of its own gets none, not today's."""
    logo = '<div><a href="/"><img src="/logo.png" alt="شهرآوا"></a></div><ul><li><a href="/fa/s/1">سیاسی</a></li></ul>'
    page = f'<html lang="fa"><body>{top}{logo}<h1>پل تازه شهر</h1><div><p>{TEXT}</p><p>{TEXT}</p></div></body></html>'
    record = _record_of(page)
    assert (record.published_raw, record.published_date) == (None, None)
    # Below the logo, by the headline, the same line is the story's date.
    below = page.replace(top, "").replace("<h1>", f"{top}<h1>")
    assert _record_of(below).published_date is not None


def test_a_date_cell_beside_the_sections_links_dates_the_story():
    """No class names the date: its own element holds only the date, its line the section's links too."""
    meta = ("<div><a href='/fa/service/science'>علمی</a> / <a href='/fa/service/health'>تازه‌های پزشکی شهر</a>"
            "<div>۱۸:۱۹ - ۲۷ آبان ۱۳۹۸</div></div>")
    page = (f'<html lang="fa"><body><div>{meta}<h1>پل تازه شهر</h1><div><p>{TEXT}</p><p>{TEXT}</p></div></div>'
            "</body></html>")
    assert _record_of(page).published_raw == "۱۸:۱۹ - ۲۷ آبان ۱۳۹۸"


def test_rows_of_buttons_linking_nowhere_are_no_list_of_stories():
    """A grid template: the date row, and rows of links to `#` (share, print, a short link) of the same
    class beside it. Links to no page are no stories' headlines: the date row is the story's."""
    buttons = "".join(f"<div class='row'><a href='#'>ارسال به دوستان {i}</a> <a href='#'>نسخه چاپی این صفحه</a></div>"
                      for i in range(3))
    page = ('<html lang="fa"><body><div class="col"><div class="row"><a href="#">بخش علمی و پزشکی</a>'
            '<span class="date">۲۷ آبان ۱۳۹۸ - ۱۸:۱۹</span></div><div class="row text-center"><h1>پل تازه شهر</h1>'
            f'</div><div class="row"><p>{TEXT}</p><p>{TEXT}</p></div>{buttons}</div></body></html>')
    assert _record_of(page).published_raw == "۲۷ آبان ۱۳۹۸ - ۱۸:۱۹"


def test_a_header_named_by_class_inside_the_headlines_article_is_the_articles_own():
    page = ('<html lang="fa"><body><div class="site-header"><span>امروز: شنبه ۱۶ جدی ۱۴۰۲</span></div>'
            '<article><div class="item-header"><span>جمعه ۱۵ جدی ۱۴۰۲ - ۱۰:۲۵</span><h1>پل تازه شهر</h1></div>'
            f"<div><p>{TEXT}</p><p>{TEXT}</p><p>{TEXT}</p></div></article></body></html>")
    record = _record_of(page)
    assert record.published_raw == "جمعه ۱۵ جدی ۱۴۰۲ - ۱۰:۲۵"


def test_a_weekday_printed_in_an_element_of_its_own_is_part_of_the_printed_date():
    page = ('<html lang="fa"><body><article><h1>پل تازه شهر</h1><ul><li><span>چهارشنبه /</span> '
            f"<span>۱۶ مرداد ۱۳۹۸ / ۰۰:۳۵</span></li></ul><div><p>{TEXT}</p><p>{TEXT}</p></div>"
            "</article></body></html>")
    record = _record_of(page)
    assert record.published_raw == "چهارشنبه / ۱۶ مرداد ۱۳۹۸ / ۰۰:۳۵"
    assert record.published_at == "2019-08-07T00:35:00+04:30"


# The date searches walk the text nodes instead of running these XPaths; they must find the same.
LABELLED_XPATH = ("//body//*[not(self::script)][text()["
                  + " or ".join(f"contains(., '{label}')" for label in fx._DATE_LABELS) + "]]")
YEAR_XPATH = ("//body//*[not(self::script) and not(self::style)][text()[string-length(normalize-space()) < 80]"
              "[contains(., '۱۳') or contains(., '۱۴') or contains(., '13') or contains(., '14') or "
              "contains(., '١٣') or contains(., '١٤')]]")
TRICKY_DATES = """<html><body>loose ۱۴۰۳ text in body
<div>تاریخ انتشار: <b>۱۲ مرداد ۱۴۰۳</b> tail ۱۴۰۲</div><script>var d = "۱۴۰۳";</script>
<style>.x{} /* 1403 */</style>
<p>a text\u00a0of seventy-nine characters with no-break spaces\u00a0\u00a0 and a year 1403 x</p>
<p>  a text of  eighty  characters once its white space is collapsed, with a year  1403  xx  </p>
<span>زمان: <i>۱۰:۳۰</i></span><ul><li>۱۳ آبان<li>14 items</ul></body></html>
<html><body><em>second top-level html, ١٤٠٣</em></body></html>"""
PAGES_WITH_DATES = sorted((Path(__file__).parent / "fixtures").glob("*/*.html"))


@pytest.mark.parametrize("source", [TRICKY_DATES, *(p.read_bytes() for p in PAGES_WITH_DATES)],
                         ids=["tricky", *(f"{p.parent.name}/{p.stem}" for p in PAGES_WITH_DATES)])
def test_date_text_searches_find_what_the_xpaths_find(source):
    page = Page(decode_html(source)[0] if isinstance(source, bytes) else source)
    assert fx._date_labelled(page) == page.xpath(LABELLED_XPATH)
    assert fx._year_texts(page) == page.xpath(YEAR_XPATH)[:40]


_META_PAGE = """<html lang="fa"><head><meta charset="utf-8"><title>{title} | پایگاه خبری نمونه</title></head>
<body><div class="menu"><a href="/">خانه</a> <a href="/s">اقتصادی</a></div>
<div class="main"><h1>{title}</h1>{meta}
<p>نخستین قطار باری مسیر تازه صبح امروز با چهل واگن کالا از ایستگاه مرزی حرکت کرد
و قرار است بار خود را تا پایان هفته به بندر برساند.</p>
<p>مدیر راه‌آهن منطقه گفت این مسیر زمان حمل کالا را نزدیک به دو روز کوتاه می‌کند
و هزینه‌های صاحبان بار را نیز کاهش می‌دهد.</p>
<p>{last}</p></div><div class="footer">همه حقوق محفوظ است</div></body></html>"""
_TITLE = "حرکت نخستین قطار باری در مسیر تازه"


@pytest.mark.parametrize("meta", [
    "<div>۲۴ مهر ۱۴۰۳ - ۱۰:۳۰ | بازدید: ۱۲۳</div>",
    "<div>۱۴۰۳/۰۷/۲۴</div><div>زمان مطالعه: ۳ دقیقه</div>",
    "<span>تعداد بازدید : ۴۵۶</span>",
    "<p>4 min read</p>",
])
def test_date_and_views_lines_under_the_headline_stay_out_of_the_body(meta):
    last = "کارشناسان پیش‌بینی می‌کنند حجم بار این مسیر در سال آینده دو برابر شود."
    page = _META_PAGE.format(title=_TITLE, meta=meta, last=last).encode()
    record = extract(page, "https://news.example.ir/fa/news/4512/x").record
    assert record.body.split("\n\n")[0].startswith("نخستین قطار باری مسیر تازه")
    assert record.body.endswith(last)


def test_a_short_dated_paragraph_inside_the_text_stays():
    """Only lines before the first paragraph are metadata: a dated line later in the text is text."""
    last = "جلسه بعدی ۲۴ مهر ۱۴۰۳"
    page = _META_PAGE.format(title=_TITLE, meta="", last=last).encode()
    record = extract(page, "https://news.example.ir/fa/news/4512/x").record
    assert record.body.split("\n\n")[-1] == last


def test_a_lead_picture_is_no_lead():
    """`<figure class="lead">` is the story's lead image: its caption is not the standfirst."""
    html = ("<html lang='fa'><head><title>پارک تازه</title></head><body><h1>پارک تازه شهر</h1>"
            "<figure class='media lead'><img src='/p/1.jpg' alt=''><figcaption>کاشت نهال در پارک جنوبی شهر،"
            " عکس از آرشیو شهرداری</figcaption></figure><div class='entry-content'>"
            "<p>شورای شهر در نشست امروز خود طرح گسترش فضای سبز محله‌های جنوبی را بررسی کرد و پذیرفت.</p>"
            "<p>به گفته رئیس کمیسیون، اجرای این طرح دو سال زمان می‌برد و هزینه آن از عوارض تأمین می‌شود.</p>"
            "</div></body></html>")
    assert fx.read_lead(Page(html, "https://example.ir/news/1"), GENERIC)[0] is None


@pytest.mark.parametrize("shown", [
    "<div>کد خبر: ۸۸۴۲۱۷</div>",
    "<div><span>كد خبر:</span> <span>۸۸۴۲۱۷</span></div>",   # Arabic kaf, the value in an element of its own
    "<div>کدخبر : 884217</div>",
    "<div>شناسه خبر ۸۸۴۲۱۷</div>",
    "<div>کد مطلب: ۸۸۴۲۱۷</div>",
    "<div>شناسه مطلب: ۸۸۴۲۱۷</div>",
    "<div>شماره خبر: ۸۸۴۲۱۷</div>",
    "<div>شماره مطلب: ۸۸۴۲۱۷</div>",
])
def test_the_news_id_is_read_after_each_label_persian_pages_print(shown):
    html = f"<html lang='fa'><body><h1>پل تازه</h1>{shown}<p>{TEXT}</p></body></html>"
    # The URL holds another number: the printed ID wins over it.
    assert fx.read_news_id(Page(html, "https://www.shahrava.example/fa/news/1403/05/12/"), GENERIC) == "884217"


def test_the_date_printed_nearest_the_headline_is_the_articles_not_todays_in_the_top_bar():
    """No class, id or chrome tag anywhere: the top bar prints today's date and time, a menu sits
    between it and the headline, the story's own date line follows the headline, and a list of
    other stories after the text prints theirs."""
    menu = "".join(f"<div><a href='/fa/service/{i}'>سرویس {i}</a></div>" for i in range(15))
    others = "".join(f"<div><a href='/fa/news/{i}'>خبر دیگری درباره شهر</a> <span>۱۰ تیر ۱۴۰۲ - ۰۸:۱۵</span></div>"
                     for i in range(3))
    html = ("<html lang='fa'><head><title>پل تازه شهر</title></head><body>"
            "<div><div>پنجشنبه ۹ خرداد ۱۴۰۳ - ۰۶:۵۸</div>" + menu + "</div>"
            f"<div><div><h1>پل تازه شهر</h1><div>۲ خرداد ۱۴۰۳ - ۱۸:۴۰</div><div><p>{TEXT}</p><p>{TEXT}</p></div>"
            f"</div>{others}</div></body></html>")
    record = extract(html, "https://www.shahrava.example/fa/news/55123").record
    assert record is not None
    assert (record.published_at, record.published_raw) == ("2024-05-22T18:40:00+03:30", "۲ خرداد ۱۴۰۳ - ۱۸:۴۰")


@pytest.mark.parametrize("named", ["lead", "summary", "chapeau", "standfirst", "dek", "article-dek", "subheadline",
                                   "article-intro", "intro", "itemIntroText", "article-summary",
                                   "field--name-field-summary", "field-name-field-summary",
                                   "text-formatted field field--name-field-lead field--type-text-long",
                                   "field--name-field-intro"])
def test_the_standfirst_is_the_lead_under_the_names_templates_give_it(named):
    standfirst = "The council approved the new bridge over the river, and work starts next week."
    html = (f"<html lang='en'><head><title>A new bridge</title></head><body><article><h1>A new bridge</h1>"
            f"<p class='{named}'>{standfirst}</p><div class='entry-content'><p>{TEXT}</p></div></article>"
            "</body></html>")
    assert fx.read_lead(Page(html, "https://example.com/news/1"), GENERIC)[0] == standfirst


def test_another_storys_teaser_named_standfirst_is_not_the_lead():
    """A column with no standfirst of its own, and a box of other stories after it whose teasers are
    a linked title over a `standfirst` paragraph."""
    teaser = ("<div class='story-block'><h4 class='heading'><a href='/news/opinion/other-story'>A lasting legacy</a>"
              "</h4>"
              "<p class='standfirst'>The former mayor changed the city more than anyone before him, and it still shows"
              " today.</p></div>")
    html = ("<html lang='en'><head><title>A new bridge</title></head><body><div class='story'><h1>A new bridge</h1>"
            f"<div class='entry-content'><p>{TEXT}</p></div></div><div class='sidebar-box'>{teaser}</div>"
            "</body></html>")
    assert fx.read_lead(Page(html, "https://example.com/news/1"), GENERIC, "A new bridge")[0] is None
    # The article's own standfirst under its headline, even when the headline links to the story itself.
    own = html.replace("<h1>A new bridge</h1>", "<h1><a href='/news/1'>A new bridge</a></h1><p class='standfirst'>"
                       "The council approved the bridge, and work starts next week.</p>")
    assert fx.read_lead(Page(own, "https://example.com/news/1"), GENERIC, "A new bridge")[0] == (
        "The council approved the bridge, and work starts next week.")
    # A kicker linking to the story itself over a headline printed in no h1: the lead under it stays.
    kicker = own.replace("<h1><a href='/news/1'>A new bridge</a></h1>",
                         "<h4><a href='/news/1/'>City</a></h4><div>A new bridge</div>")
    assert fx.read_lead(Page(kicker, "https://example.com/news/1"), GENERIC, "A new bridge")[0] == (
        "The council approved the bridge, and work starts next week.")


def test_a_page_wrapped_in_one_form_is_read_as_if_it_were_not():
    """ASP.NET WebForms pages put the whole body in one <form>: its headline and date are not chrome;
    a search form is."""
    html = ("<html lang='fa'><head><title>پل شهر - شهرآوا</title></head><body>"
            "<form class='search'><input name='q'><span class='date'>۱۲ مرداد ۱۴۰۳ - ۰۸:۰۰</span></form>"
            "<form id='form1' method='post'><div class='news'><h1>پل تازه شهر امروز افتتاح شد</h1>"
            f"<div class='date'>۲ خرداد ۱۴۰۳ - ۱۸:۴۰</div><div class='body'><p>{TEXT}</p><p>{TEXT}</p></div></div>"
            "</form></body></html>")
    record = extract(html, "https://www.shahrava.example/fa/news/55123").record
    assert record is not None
    assert (record.headline, record.published_raw) == ("پل تازه شهر امروز افتتاح شد", "۲ خرداد ۱۴۰۳ - ۱۸:۴۰")


ENGLISH_PAGE = """<html lang="{lang}"><head><title>A bridge for the town</title>{head}</head><body><article>
<h1>A bridge for the town</h1><div class="entry-content"><p>The council approved the new bridge over the river
yesterday, and the work will start next week after years of debate in the town.</p><p>Families from every part
of the town came to the meeting to hear the plans and to see the drawings of the bridge.</p></div></article>
</body></html>"""
PERSIAN_PAGE = """<html lang="{lang}"><head><title>پل تازه شهر</title>{head}</head><body><article><h1>پل تازه شهر</h1>
<div class="entry-content"><p>شورای شهر دیروز طرح ساخت پل تازه روی رودخانه را تصویب کرد و کار از هفته آینده آغاز
می‌شود.</p><p>خانواده‌ها از همه جای شهر به جلسه آمدند تا برنامه‌ها را بشنوند و طرح پل را ببینند.</p></div></article>
</body></html>"""


@pytest.mark.parametrize(("line", "code"), [("MNA/FTR", "FTR"), ("aw/ma", "ma"), ("(wnv/imk)", "imk"),
                                            ("3281**2050", None)])
def test_an_english_editions_closing_code_is_its_footer_marker(line, code):
    """An agency's English pages close with a code where its Persian ones print «انتهای پیام/…»."""
    page = ENGLISH_PAGE.format(lang="en", head="")
    html = page.replace("</div></article>", f"<p>{line}</p></div></article>")
    _assert_closing_code(html, page.replace("<p>Families", f"<p>{line}</p><p>Families"), line, code)


@pytest.mark.parametrize(("line", "code"), [("/ن", "ن"), ("/ م.ر /", "م.ر"), ("/ع/", "ع")])
def test_a_persian_editor_code_printed_alone_closing_the_text_is_its_footer_marker(line, code):
    """«/ن» alone on the text's last line (after a <br> in its last paragraph): the editor's code, as
    «انتهای پیام/ن» would print it."""
    page = PERSIAN_PAGE.format(lang="fa", head="")
    html = page.replace("ببینند.</p>", f"ببینند.<br>{line}</p>")
    _assert_closing_code(html, page.replace("<p>خانواده‌ها", f"<p>{line}</p><p>خانواده‌ها"), line, code)


def _assert_closing_code(html: str, inside: str, line: str, code: str | None) -> None:
    """``html`` closes its text with ``line``; ``inside`` prints it between two paragraphs."""
    record = extract(html, "https://en.agency.example/news/224511/bridge").record
    assert record is not None
    assert (record.footer_marker, record.editor_code) == (line, code)
    assert line not in record.body
    # … not a line of the text's own that goes on after it
    assert line in inside
    record = extract(inside, "https://en.agency.example/news/224511/bridge").record
    assert record is not None and record.footer_marker is None


TABLE_PAGE = ("<html><head><title>Standings</title>{head}</head><body><article><h1>Final standings of the season"
              "</h1><div class='entry-content'>"
              + "".join(f"<p>{n}. Driver Number{n} Team{n} {400 - n} points 3 wins 9 poles</p>" for n in range(1, 12))
              + "</div></article></body></html>").replace("{lang}", "")


@pytest.mark.parametrize(("lang", "url", "stated", "fields"), [
    # a page of no known site, not Persian: its instant keeps the offset it states, and its day is
    # the day there (not the next day in Tehran's time)
    ("en", "https://news.example/story/1", "2019-11-18T17:30:00-05:00",
     ("2019-11-18T17:30:00-05:00", "2019-11-18")),
    ("de", "https://news.example/story/1", "2019-11-18T22:30:00Z", ("2019-11-18T22:30:00+00:00", "2019-11-18")),
    # a time stating no offset is no instant there: the day alone, never a guessed offset
    ("en", "https://news.example/story/1", "2019-11-18 22:30:00", (None, "2019-11-18")),
    # a Persian page, or an Iranian host's, is dated in Tehran's time as before
    ("fa", "https://news.example/story/1", "2019-11-18T22:30:00Z", ("2019-11-19T02:00:00+03:30", "2019-11-19")),
    ("", "https://news.example/story/1", "2019-11-18T22:30:00Z", ("2019-11-19T02:00:00+03:30", "2019-11-19")),
    # a page whose language nothing tells (a table of names and numbers), in Latin script: its own offset
    ("und", "https://news.example/story/1", "2019-11-18T22:30:00Z", ("2019-11-18T22:30:00+00:00", "2019-11-18")),
    ("en", "https://news.example.ir/story/1", "2019-11-18T22:30:00Z", ("2019-11-19T02:00:00+03:30", "2019-11-19")),
    ("en", "https://news.example.ir/story/1", "2019-11-18 22:30:00", ("2019-11-18T22:30:00+03:30", "2019-11-18")),
])
def test_a_page_of_no_known_zone_keeps_the_offset_its_dates_state(lang, url, stated, fields):
    head = f'<meta property="article:published_time" content="{stated}">'
    template = PERSIAN_PAGE if lang in ("fa", "") else TABLE_PAGE if lang == "und" else ENGLISH_PAGE
    record = extract(template.format(lang=lang, head=head), url).record
    assert record is not None
    assert (record.published_at, record.published_date) == fields
    assert record.published_raw == stated


@pytest.mark.parametrize("name", ["dcterms.created", "DCTERMS.issued", "dc.date.created", "parsely-pub-date"])
def test_a_machine_date_in_dublin_core_or_parsely_meta_dates_a_page_printing_none(name):
    head = f'<meta name="{name}" content="2024-08-02T10:30:00+03:30">'
    record = extract(PERSIAN_PAGE.format(lang="fa", head=head), "https://news.example/story/1").record
    assert record is not None
    assert (record.published_at, record.published_source) == ("2024-08-02T10:30:00+03:30", "meta")


@pytest.mark.parametrize(("stated", "fields"), [
    # Kabul's offset in December, when Tehran's is +03:30: an Afghan site, in Kabul's time, Dari
    ("2024-12-01T10:00:00+04:30", ("2024-12-01T10:00:00+04:30", "fa-AF")),
    # Tehran's own offset in winter: Tehran
    ("2024-12-01T09:00:00+03:30", ("2024-12-01T09:00:00+03:30", "fa")),
    # +04:30 in a summer up to 2022 was Tehran's too: nothing told, Tehran (the same instant)
    ("2021-07-01T10:00:00+04:30", ("2021-07-01T10:00:00+04:30", "fa")),
])
def test_a_persian_page_stamping_its_dates_with_kabuls_offset_is_afghan(stated, fields):
    """A WordPress theme on an Afghan site with `lang="fa-IR"` writes `<time datetime>` in the site's
    zone: Kabul's +04:30 where Tehran's is another tells the site is Afghan."""
    html = PERSIAN_PAGE.format(lang="fa-IR", head="").replace(
        "<h1>پل تازه شهر</h1>", f"<h1>پل تازه شهر</h1><time class='entry-date' datetime='{stated}'></time>")
    record = extract(html, "https://news.example/2024/bridge/").record
    assert record is not None
    assert (record.published_at, record.language) == fields


def test_a_pashto_page_is_dated_by_its_pashto_month_in_kabul_time():
    """An Afghan site's Pashto page names the solar months in Pashto: the date is read, in Kabul's
    zone (+04:30 all year), and the page stays Pashto."""
    html = ("<html><head><title>د ښار نوی پل</title></head><body><h1>د ښار نوی پل پرانیستل شو</h1>"
            "<div class='date'>۱۲ زمری ۱۴۰۲ - ۱۰:۳۰</div><div class='content'><p>د ښار نوی پل د دوو کلونو"
            " کار وروسته نن د خلکو پر مخ پرانیستل شو او د ښار په مرکز کې تګ راتګ اسانه شو.</p><p>د ښاروالۍ"
            " چارواکو وویل چې د نورو دوو پلونو جوړول به له راتلونکې میاشتې پیل شي او د کال تر پایه به بشپړ"
            " شي.</p></div></body></html>")
    record = extract(html, "https://ps.news.example/news/4521").record
    assert record is not None
    assert (record.published_at, record.published_jalali, record.language) == (
        "2023-08-03T10:30:00+04:30", "1402-05-12T10:30", "ps")


@pytest.mark.parametrize("dates", [
    "<div class='date'>آخرین به‌روزرسانی: ۱۲ مرداد ۱۴۰۲ - ۱۱:۰۰ | تاریخ انتشار: ۱۰ مرداد ۱۴۰۲ - ۰۹:۰۰</div>",
    "<div class='updated'>به‌روز شده: ۱۲ مرداد ۱۴۰۲ - ۱۱:۰۰</div><div class='date'>انتشار: ۱۰ مرداد ۱۴۰۲ - ۰۹:۰۰</div>",
])
def test_a_date_labelled_as_an_update_is_not_the_publication_date(dates):
    record = extract(dated_story(dates), "https://news.example.ir/news/123").record
    assert record is not None
    assert (record.published_at, record.published_jalali) == ("2023-08-01T09:00:00+03:30", "1402-05-10T09:00")


@pytest.mark.parametrize(("line", "source"), [
    ("منبع: ایرنا", "ایرنا"),
    ("منبع : <a href='https://www.example.ir/'>روزنامه شرق</a>", "روزنامه شرق"),
    ("منبع خبر: «خبرگزاری شهرآوا»", "خبرگزاری شهرآوا"),
    ("منبع عکس: ایرنا", None),                            # the picture's source, not the story's
    ("منبع: https://www.example.ir/news/12", None),        # a link names no source
])
def test_a_source_line_closing_the_text_is_the_attribution_and_no_paragraph(line, source):
    # A republished story with no «به گزارش» in it: the «منبع:» line under the text says where it
    # comes from; the line is never a paragraph of the body, a source found in it or not.
    page = (f'<html lang="fa"><body><article><h1>پل تازه شهر</h1><div><p>{TEXT}</p><p>{TEXT}</p>'
            f"<p>{line}</p></div></article></body></html>")
    record = _record_of(page)
    assert record.source_attribution == source
    assert record.body == f"{TEXT}\n\n{TEXT}"


def test_the_reports_own_attribution_comes_before_a_source_line():
    page = (f'<html lang="fa"><body><article><h1>پل تازه شهر</h1><div><p>به گزارش شهرآوا، {TEXT}</p>'
            f"<p>{TEXT}</p><p>منبع: ایرنا</p></div></article></body></html>")
    assert _record_of(page).source_attribution == "شهرآوا"


@pytest.mark.parametrize(("markup", "published_at"), [
    ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "Tue, 13 Aug 2024 07:00:00 GMT"}'
     "</script>", "2024-08-13T10:30:00+03:30"),
    ('<meta property="article:published_time" content="13 Aug 2024 10:30:00 +0330">', "2024-08-13T10:30:00+03:30"),
    ('<meta property="article:published_time" content="Tue, 32 Aug 2024 07:00:00 GMT">', None),  # no such day
])
def test_an_rfc_2822_machine_date_is_read(markup, published_at):
    # The e-mail / RSS form some CMSs write into JSON-LD or meta; given in the site's zone (Tehran).
    page = (f'<html lang="fa"><head>{markup}</head><body><article><h1>پل تازه شهر</h1><p>{TEXT}</p>'
            f"<p>{TEXT}</p></article></body></html>")
    assert _record_of(page).published_at == published_at


@pytest.mark.parametrize(("url", "day"), [
    ("https://www.shahrava.example/fa/news/1403/05/23/3012345/pol", "2024-08-13"),  # a Jalali dated path
    ("https://www.shahrava.example/fa/news/1403-05-23/pol", "2024-08-13"),
    ("https://www.shahrava.example/2024/08/13/pol/", "2024-08-13"),                 # a Gregorian one
    ("https://www.shahrava.example/fa/news/1402/12/30/3012345/pol", None),         # no such day: 1402 is no leap year
    ("https://www.shahrava.example/۱۴۰۳/۰۵/۲۳/pol/", "2024-08-13"),                 # in Persian digits
    ("https://www.shahrava.example/%DB%B1%DB%B4%DB%B0%DB%B3/%DB%B0%DB%B5/%DB%B2%DB%B3/pol/", "2024-08-13"),
])
def test_a_dated_path_is_the_last_source_of_the_day(url, day):
    page = f'<html lang="fa"><body><article><h1>پل تازه شهر</h1><p>{TEXT}</p><p>{TEXT}</p></article></body></html>'
    record = extract(page, url).record
    assert record is not None
    assert (record.published_date, record.published_at) == (day, None)
    assert record.published_source == ("url" if day else None)


def test_a_time_stamp_of_another_day_than_the_dated_path_gives_way_to_it():
    # The path's day was fixed when the story was made; a <time> of the next day stamps an update.
    page = ('<html lang="fa"><body><article><h1>پل تازه شهر</h1><time datetime="2024-08-14T09:00:00Z"></time>'
            f"<p>{TEXT}</p><p>{TEXT}</p></article></body></html>")
    record = extract(page, "https://www.shahrava.example/2024/08/13/pol/").record
    assert record is not None
    assert (record.published_date, record.published_at, record.published_source) == ("2024-08-13", None, "url")


def test_a_top_bars_time_stamp_dates_nothing():
    page = ('<html lang="fa"><body><header><nav><a href="/">خانه</a><time datetime="2024-08-14T09:00:00Z">امروز</time>'
            f"</nav></header><article><h1>پل تازه شهر</h1><p>{TEXT}</p><p>{TEXT}</p></article></body></html>")
    record = extract(page, "https://www.shahrava.example/fa/news/55123").record
    assert record is not None
    assert (record.published_date, record.published_at) == (None, None)


def test_the_time_stamps_of_a_related_list_date_nothing():
    items = "".join(f'<li><a href="/news/{n}">خبر دیگری درباره شهر و شهرداری شماره {n}</a>'
                    f'<time datetime="2024-08-0{n}T09:00:00Z"></time></li>' for n in range(1, 5))
    page = (f'<html lang="fa"><body><article><h1>پل تازه شهر</h1><p>{TEXT}</p><p>{TEXT}</p></article>'
            f"<ul>{items}</ul></body></html>")
    record = extract(page, "https://www.shahrava.example/fa/news/55123").record
    assert record is not None
    assert (record.published_date, record.published_at) == (None, None)


@pytest.mark.parametrize(("update", "modified_at"), [
    ("آخرین به‌روزرسانی: ۱۲ مرداد ۱۴۰۲ - ۱۱:۰۰", "2023-08-03T11:00:00+03:30"),
    ("بروز شده در ۱۱:۰۰ - ۱۴۰۲/۰۵/۱۲", "2023-08-03T11:00:00+03:30"),
    ("ویرایش: ۱۲ مرداد ۱۴۰۲", None),                        # a day with no time: no instant is made up
    ("آخرین به‌روزرسانی: ۸ مرداد ۱۴۰۲ - ۱۱:۰۰", None),     # before publication: a CMS artefact
])
def test_a_visible_update_date_is_the_modified_time(update, modified_at):
    page = (f'<html lang="fa"><body><article><h1>پل تازه شهر</h1><div class="date">۱۰ مرداد ۱۴۰۲ - ۰۹:۰۰</div>'
            f"<div>{update}</div><p>{TEXT}</p><p>{TEXT}</p></article></body></html>")
    record = _record_of(page)
    assert (record.published_at, record.modified_at) == ("2023-08-01T09:00:00+03:30", modified_at)


@pytest.mark.parametrize(("stamps", "modified_at"), [
    # WordPress's second stamp, beside the published one
    ('<time class="entry-date published" datetime="2023-08-01T09:00:00+03:30">۱۰ مرداد ۱۴۰۲</time>'
     '<time class="updated" datetime="2023-08-03T11:00:00+03:30">۱۲ مرداد ۱۴۰۲</time>', "2023-08-03T11:00:00+03:30"),
    ('<time datetime="2023-08-01T09:00:00+03:30">۱۰ مرداد ۱۴۰۲</time>', None),  # none marked as an update
])
def test_a_time_marked_as_an_update_is_the_modified_time(stamps, modified_at):
    page = (f'<html lang="fa"><body><article><h1>پل تازه شهر</h1><div class="meta">{stamps}</div>'
            f"<p>{TEXT}</p><p>{TEXT}</p></article></body></html>")
    record = _record_of(page)
    assert (record.published_at, record.modified_at) == ("2023-08-01T09:00:00+03:30", modified_at)


EVENT = "خسارت‌های زلزله هنوز جبران نشده و مردم منتظر کمک‌های دولتی هستند که وعده آن داده شده بود."


@pytest.mark.parametrize(("text", "day"), [
    # a dateline opening the text dates the story…
    (f"تهران - ۲۴ مهر ۱۴۰۲ - {EVENT}", "2023-10-16"),
    (f"۲۴ مهر ۱۴۰۲: {EVENT}", "2023-10-16"),
    # … a day the story's sentences name does not: an event's, not the story's
    (f"به گزارش شهرآوا، زلزله‌ای که در ۱۲ مهر ۱۴۰۲ شهر را لرزاند هنوز آثارش باقی است. {EVENT}", None),
    (f"یکی از ساکنان گفت از روز ۵ آبان ۱۴۰۰ تا کنون خانه ما تعمیر نشده است. {EVENT}", None),
    (f"{EVENT}</p><p>این حادثه در ۱۲ مهر ۱۴۰۲ رخ داد.", None),           # a short sentence naming a day
])
def test_a_page_printing_no_date_line_is_not_dated_by_a_day_its_text_names(text, day):
    page = f"<html lang='fa'><body><h1>پل تازه شهر</h1><div><p>{text}</p><p>{TEXT}</p></div></body></html>"
    record = extract(page, "https://www.shahrava.example/fa/news/55123").record
    assert record is not None
    assert record.published_date == day


def test_a_date_in_another_storys_teaser_dates_nothing_however_short_the_list():
    """Two teasers (too few to be told as a list by their run), each opening with its linked headline
    and printing its own date: neither dates an undated story. The article's h1 linking to itself
    over its own date still dates it."""
    teasers = "".join(f"<div class='t{i}'><a href='/fa/news/{700 + i}/x'>خبر دیگری درباره پل شماره {i}</a>"
                      f"<span>انتشار: ۱۴۰۳/۰۲/۱{i} ۱۹:۲۴</span></div>" for i in range(2))
    html = PERSIAN_PAGE.format(lang="fa", head="").replace("</article>", f"</article>{teasers}")
    record = extract(html, "https://news.example/fa/news/1/").record
    assert record is not None
    assert record.published_date is None
    linked = html.replace("<h1>پل تازه شهر</h1>", "<h1><a href='https://news.example/fa/news/1/'>پل تازه شهر"
                          "</a></h1><span>انتشار: ۱۴۰۳/۰۵/۱۰ ۱۰:۳۰</span>")
    record = extract(linked, "https://news.example/fa/news/1/").record
    assert record is not None
    assert record.published_jalali == "1403-05-10T10:30"


def test_a_headline_in_an_arabic_keyboards_letters_in_an_item_header_anchors_the_date_beside_it():
    """A Joomla K2 item: the date and the headline in `div.itemHeader` (a class naming a header), the
    headline typed with ي ك. The element printing the headline is found whatever letters it has, and
    the header around it is the story's own, so the date line beside it is the story's date."""
    paragraph = ("مسئولان گمرك مي‌گويند صادرات ميوه خشك از اين بندر در سه ماه نخست سال افزايش يافته است و "
                 "بازرگانان از تسهيل روند صدور مجوزها خبر مي‌دهند.")
    page = ("<html lang='fa'><head><title>صادرات ميوه خشك از بندر افزايش يافت - خبرگزاری نمونه</title></head>"
            "<body><div class='topbar-date'>دوشنبه ۲۱ سرطان ۱۴۰۳ | ۰۸:۴۱</div>"
            "<div class='itemView'><div class='itemHeader'><span class='itemDateCreated'>سه‌شنبه، ۱۵ جوزا ۱۴۰۳ -"
            " ۰۳:۲۰ ب.ظ</span><h2 class='itemTitle'>صادرات ميوه خشك از بندر افزايش يافت</h2></div>"
            f"<div class='itemFullText'><p>{paragraph}</p><p>{paragraph}</p></div></div></body></html>")
    result = extract(page, "https://nemouneh-khabar.af/index.php/fa/item/48213-x")
    assert result.refusal is None, result.refusal
    record = result.record
    assert (record.published_raw, record.published_at) == ("سه‌شنبه، ۱۵ جوزا ۱۴۰۳ - ۰۳:۲۰ ب.ظ",
                                                           "2024-06-04T15:20:00+04:30")


ENGLISH_TEXT = ("The city council said on Monday that work on the new bridge over the river would begin next week and "
                "that the first lane would open to traffic before the end of the year, officials told reporters.")


def test_a_subtitle_over_the_headline_is_the_surtitle_and_the_lead_under_it_the_lead():
    """`h2.entry-subtitle` set just above the h1 is named like a lead but stands where a surtitle does:
    the lead is the `entry-lead` under the headline."""
    lead = ("اعضای شورای شهر در جلسه دیروز با افزایش نرخ کرایه مترو و اتوبوس موافقت کردند و نرخ تازه از تیر"
            " اجرا می‌شود.")
    page = (f"<html lang='fa'><body><article><header><h2 class='entry-subtitle'>با تصویب شورای شهر</h2>"
            f"<h1 class='entry-title'>کرایه مترو گران می‌شود</h1><div class='entry-lead'><p>{lead}</p></div>"
            "</header>"
            f"<div class='entry-content'><p>{TEXT}</p><p>{TEXT}</p></div></article></body></html>")
    record = _record_of(page)
    assert (record.surtitle, record.lead) == ("با تصویب شورای شهر", lead)


@pytest.mark.parametrize("cls", ["c-article-summary", "article__lede", "story-summary js-summary", "article__intro",
                                 "fsm-article__dek"])
def test_a_lead_named_by_a_longer_class_holding_its_name_is_the_lead(cls):
    """BEM-style names (`c-article-summary`, `article__lede`) hold the story's summary inside a longer
    class name; another story's summary, in a list of them, is none."""
    lead = "The commission approved the package as farmers have protested rising costs for weeks."
    page = (f"<html lang='en'><body><article><h1>Aid package for farmers</h1><h2 class='{cls}'>{lead}</h2>"
            f"<div class='text'><p>{ENGLISH_TEXT}</p><p>{ENGLISH_TEXT}</p></div></article></body></html>")
    record = _record_of(page)
    assert record.lead == lead and lead not in record.body
    teasers = "".join(f"<li class='item'><h3><a href='/en/news/{i}/x'>Another story number {i} about the city</a></h3>"
                      f"<p class='{cls}'>{lead}</p></li>" for i in range(4))
    listed = (f"<html lang='en'><body><article><h1>Aid package for farmers</h1>"
              f"<div class='text'><p>{ENGLISH_TEXT}</p><p>{ENGLISH_TEXT}</p></div></article><ul>{teasers}</ul>"
              "</body></html>")
    assert _record_of(listed).lead is None


def test_an_item_lead_is_the_lead_and_a_subheading_named_subtitle_stays_in_the_text():
    lead = "جزیره‌ای کوچک در آب‌های جنوب این روزها مقصد تازه گردشگران شده است و روایت سفر به آن را در سه بخش بخوانید."
    page = (f"<html lang='fa'><body><article><h1>سه روز در جزیره</h1><div class='item-lead'>{lead}</div>"
            f"<div class='text'><h3 class='subtitle'>روز اول: قایقی که دیر رسید</h3><p>{TEXT}</p><p>{TEXT}</p>"
            "</div></article></body></html>")
    record = _record_of(page)
    assert record.lead == lead
    assert record.body.startswith("روز اول: قایقی که دیر رسید")


def test_a_subheading_named_subtitle_between_the_texts_paragraphs_is_no_lead():
    """`<h2 class="subtitle">` after a paragraph of the text is one of its subheadings: the summary
    under the headline is the lead, however late its selector is asked."""
    lead = "داده‌های تازه نشان می‌دهد اجاره‌بها در شهرهای کوچک بیش از پایتخت بالا رفته است."
    page = (f"<html lang='fa'><body><article><h1>اجاره در شهرهای کوچک</h1><div class='box'><p class='summary'>{lead}"
            f"</p></div><div class='text'><p>{TEXT}</p><h2 class='subtitle'>سقف افزایش اجرا نشد</h2><p>{TEXT}</p>"
            "</div></article></body></html>")
    record = _record_of(page)
    assert record.lead == lead
    assert "سقف افزایش اجرا نشد" in record.body


def test_joomlas_introtext_opening_the_article_body_is_the_lead():
    lead = "دومین فیلم این کارگردان این هفته روی پرده رفت و با او درباره ساختن آن گفت‌وگو کرده‌ایم."
    page = (f"<html lang='fa'><body><h1>گفت‌وگو با کارگردان</h1><div itemprop='articleBody'>"
            f"<div class='article-introtext'><p>{lead}</p></div><p>{TEXT}</p><p>{TEXT}</p></div></body></html>")
    record = _record_of(page)
    assert record.lead == lead and lead not in record.body


def test_a_layout_tables_surtitle_and_lead_rows_around_the_headline_row_are_read():
    """An older template sets each line in a row of its own, in a cell and a <font>: the row above the
    headline's is its surtitle, the row below (a bullet picture before it) its lead."""
    lead = "فرماندار شهرستان از تعطیلی ادارات دولتی در روز شنبه به دلیل گرمای شدید هوا خبر داد."
    rows = ("<tr><td colspan='2'><font size='2' color='#990000'>فرماندار شهرستان کرانه:</font></td></tr>"
            "<tr><td colspan='2'><font size='4'><b>ادارات شهرستان شنبه تعطیل است</b></font></td></tr>"
            "<tr><td colspan='2'><font size='2'><img src='/images/bullet.gif' width='8' height='8'> "
            f"{lead}</font></td></tr>"
            f"<tr><td colspan='2' class='news_body'><font size='2'>{TEXT}<br><br>{TEXT}</font></td></tr>")
    page = ("<html lang='fa'><body><table><tr><td>گروه: استان‌ها</td><td>کد خبر: ۱۲۳۴۵</td></tr>"
            f"{rows}</table></body></html>")
    record = _record_of(page)
    assert (record.headline, record.surtitle, record.lead) == ("ادارات شهرستان شنبه تعطیل است",
                                                               "فرماندار شهرستان کرانه:", lead)
    assert lead not in record.body
    # a picture of the story in the row is no bullet: that row is no lead
    pictured = page.replace("width='8' height='8'", "width='400' height='300'")
    assert _record_of(pictured).lead is None


def test_a_byline_linking_to_its_writers_page_beside_the_date_is_no_other_storys_teaser():
    """No class names anything: the meta line under the h1 opens with «نویسنده:» and a link to the
    writer's page of a headline's length, then the story's own date."""
    page = ("<html lang='fa'><body><main><article><header><h1>صادرات انار امسال بیشتر شد</h1><div><span>نویسنده: "
            "<a href='/author/newsroom/'>گزارشگر صدای شهر</a></span> <span><time>۱۵ عقرب ۱۴۰۳ - ۰۳:۲۰ ب.ظ</time>"
            f"</span></div></header><div><p>{TEXT}</p><p>{TEXT}</p></div></article></main></body></html>")
    record = _record_of(page)
    assert record.published_raw == "۱۵ عقرب ۱۴۰۳ - ۰۳:۲۰ ب.ظ"


def test_a_gregorian_date_line_with_its_hijri_day_in_an_unnamed_cell_dates_the_story():
    line = "چهارشنبه ۲۳ اکتبر ۲۰۲۴ / ۲۰ ربیع الثانی ۱۴۴۶ / ساعت ۱۱:۴۰"
    page = ("<html lang='fa'><body><table><tr><td>بخش: <a href='?cat=3'>اجتماعی</a></td></tr>"
            "<tr><td><h1>بازسازی بازار تا پایان زمستان تکمیل می‌شود</h1></td></tr>"
            f"<tr><td><img src='clock.gif' width='10' height='10'> {line}</td></tr>"
            f"<tr><td><p>{TEXT}</p><p>{TEXT}</p></td></tr></table></body></html>")
    record = _record_of(page)
    assert (record.published_date, record.published_source) == ("2024-10-23", "page")


def test_a_lead_beside_the_headline_in_a_block_of_their_own_before_the_text_is_the_lead():
    """No class names anything: the ID and date lines, the headline and a line of prose share a block
    the finder chose first, then a picture, then the text in a block of its own: the line is the
    lead (read_standfirst, given the two blocks)."""
    lead = "معاون وزیر اعلام کرد که مدارس برای سال آینده حداکثر مجازند بیست درصد به شهریه خود اضافه کنند."
    page = Page("<html lang='fa'><body><div><div id='head'><div>کد خبر: ۵۰۸۸۲۲</div>"
                f"<h1>سقف افزایش شهریه مدارس تعیین شد</h1><div>{lead}</div></div><figure><img src='/a.jpg'>"
                f"</figure><div id='text'><p>{TEXT}</p><p>{TEXT}</p></div></div></body></html>",
                "https://www.shahrava.example/fa/news/55123")
    blocks = [page.css("#head")[0], page.css("#text")[0]]
    text, _ = read_standfirst(page, "سقف افزایش شهریه مدارس تعیین شد", blocks)
    assert text == lead


def test_a_trail_of_links_to_other_pages_of_the_same_script_above_the_headline_is_no_surtitle():
    trail = ("<div><a href='/index.php'>صفحه اصلی</a> » <a href='/index.php?module=news'>اخبار</a> » "
             "<a href='/index.php?module=news&amp;cat=4'>اخبار شورا</a></div>")
    page = (f"<html lang='fa'><body>{trail}<div><h1>مصوبات جلسه شورای شهر اعلام شد</h1></div>"
            f"<div><p>{TEXT}</p><p>{TEXT}</p></div></body></html>")
    record = extract(page, "https://www.shahrava.example/index.php?module=news&id=9921").record
    assert record is not None and record.surtitle is None
    assert record.section == "اخبار شورا"


def test_the_writers_bio_in_the_authors_microdata_is_no_lead():
    card = ("<div itemprop='author' itemscope itemtype='https://schema.org/Person'><a href='/author/1' "
            "itemprop='name'>مهرداد کاویانی</a><div itemprop='description'>اقتصاددان و پژوهشگر حوزه انرژی"
            "</div></div>")
    page = (f"<html lang='fa'><body><article><h1>بنزین دونرخی درمان نیست</h1>{card}"
            f"<div><p>{TEXT}</p><p>{TEXT}</p></div></article></body></html>")
    assert _record_of(page).lead is None


def test_a_label_naming_the_trails_last_part_over_the_headline_is_no_surtitle_nor_text():
    trail = ("<ul class='breadcrumb'><li><a href='/fa'>صفحه اصلی</a></li>"
             "<li><a href='/fa/photo'>گزارش تصویری</a></li></ul>")
    page = (f"<html lang='fa'><body>{trail}<article><div><span>گزارش تصویری</span><h1>حال‌وهوای بازار در "
            f"آستانه شب یلدا</h1></div><div><p>{TEXT}</p><p>{TEXT}</p></div></article></body></html>")
    record = _record_of(page)
    assert record.surtitle is None and not record.body.startswith("گزارش تصویری")
    # the same line, no part of the trail, is the surtitle
    assert _record_of(page.replace("<span>گزارش تصویری</span>", "<span>در آستانه شب یلدا</span>")).surtitle == (
        "در آستانه شب یلدا")


def test_a_newspaper_trails_page_number_before_the_section_is_left_out():
    trail = ("<div class='breadcrumb'><a href='/'>صفحه اصلی</a> » <a href='/page/5'>صفحه ۵ - پول و بانک</a>"
             "</div>")
    page = Page(f"<html lang='fa'><body>{trail}<article><h1>تیتر</h1><p>متن</p></article></body></html>",
                "https://www.shahrava.example/news/1")
    assert read_section(page, GENERIC) == "پول و بانک"


def test_an_outlet_credited_deep_in_the_text_is_no_source_of_the_story():
    credit = "به گزارش خبرگزاری نمونه، این طرح از سال گذشته آغاز شده بود."
    paragraphs = [TEXT, TEXT, TEXT, credit, TEXT]
    page = ("<html lang='fa'><body><article><h1>پل تازه شهر</h1><div>"
            + "".join(f"<p>{p}</p>" for p in paragraphs) + "</div></article></body></html>")
    assert _record_of(page).source_attribution is None
    paragraphs[1] = credit  # … at the top of the text it is the story's source
    page = ("<html lang='fa'><body><article><h1>پل تازه شهر</h1><div>"
            + "".join(f"<p>{p}</p>" for p in paragraphs) + "</div></article></body></html>")
    assert _record_of(page).source_attribution == "خبرگزاری نمونه"


def test_footnote_marks_and_the_notes_after_the_text_are_not_its_paragraphs():
    """Markdown's and Hugo's footnotes, marked with DPUB-ARIA roles: the mark glued to a word and the
    notes after the text (with their links back) stay out of the body."""
    note = "سهم خیران از هزینه بازسازی حدود سه میلیارد تومان بوده است."
    page = ("<html lang='fa'><body><article><h1>کتابخانه شهر بازگشایی شد</h1><div>"
            f"<p>{TEXT}<sup><a href='#fn:1' role='doc-noteref'>1</a></sup></p><p>{TEXT}</p>"
            f"<div class='footnotes' role='doc-endnotes'><hr><ol><li id='fn:1'><p>{note}&#160;<a href='#fnref:1' "
            "role='doc-backlink'>&#x21a9;&#xfe0e;</a></p></li></ol></div></div></article></body></html>")
    record = _record_of(page)
    assert record.body.split("\n\n") == [TEXT, TEXT]


GERMAN_LEAD = ("Nach mehreren Angriffen auf Schafherden hat der Landkreis den Abschuss eines Wolfs erlaubt. "
               "Naturschützer wollen dagegen klagen.")
GERMAN_TEXT = ("Der Landkreis hat am Donnerstag eine Ausnahmegenehmigung erteilt, nachdem in den vergangenen "
               "Wochen mehr als dreißig Schafe gerissen worden waren und die Halter um ihre Existenz fürchten.")


@pytest.mark.parametrize("where", ["between", "beside the headline"])
def test_the_line_the_pages_description_repeats_between_headline_and_text_is_the_lead(where):
    """In any script: the standfirst a template names in words of its own (`rb-leadtext`, `a_st`) is
    the line after the headline that the page's description repeats, whole or cut short."""
    head = f"<meta name='description' content='{GERMAN_LEAD[:90]}…'>"
    text = f"<div class='x1'><p>{GERMAN_TEXT}</p><p>{GERMAN_TEXT}</p><p>{GERMAN_TEXT}</p></div>"
    h1 = "<h1>Landkreis erlaubt Abschuss eines Wolfs</h1>"
    inner = (f"<header>{h1}<div class='x9'>{GERMAN_LEAD}</div></header>{text}" if where == "between" else
             f"{h1}<h2 class='x9'>{GERMAN_LEAD}</h2>{text}")
    page = f"<html lang='de'><head>{head}</head><body><article>{inner}</article></body></html>"
    record = _record_of(page)
    assert record.lead == GERMAN_LEAD and GERMAN_LEAD not in record.body
    # A description cut from the text's first paragraph names no line outside the text: no lead.
    cut = page.replace(f">{GERMAN_LEAD}<", ">Ein Wolf im Harz<").replace(GERMAN_LEAD[:90], GERMAN_TEXT[:90])
    assert _record_of(cut).lead is None


def test_a_first_paragraph_styled_as_the_text_is_no_lead_though_the_description_repeats_it():
    """Utility classes (Tailwind): the headline, a picture, then the text's paragraphs, all `<p>` of one
    class inside the article; the description repeats the first. That paragraph is the text's, no
    standfirst the template sets apart (one of another class still is)."""
    head = f"<meta name='description' content='{GERMAN_LEAD}'>"
    paragraphs = "".join(f"<p class='my-5 leading-9'>{t}</p>" for t in (GERMAN_LEAD, GERMAN_TEXT, GERMAN_TEXT))
    page = (f"<html lang='de'><head>{head}</head><body><article class='prose'><h1>Landkreis erlaubt Abschuss eines "
            f"Wolfs</h1><figure><img src='/w.jpg'><figcaption>Ein Wolf im Harz</figcaption></figure>{paragraphs}"
            "</article></body></html>")
    record = _record_of(page)
    assert record.lead is None and record.body.split("\n\n")[0] == GERMAN_LEAD
    apart = page.replace(f"<p class='my-5 leading-9'>{GERMAN_LEAD}", f"<p class='text-xl font-bold'>{GERMAN_LEAD}")
    assert _record_of(apart).lead == GERMAN_LEAD


def test_a_kicker_in_the_header_around_a_headline_set_in_an_h2_is_the_surtitle():
    """No h1: the kicker and the headline are spans of one h2 in the article's <header>, which is the
    story's own, not page chrome."""
    page = ("<html lang='de'><head><title>Landkreis erlaubt erstmals den Abschuss eines Wolfs - Rundblick</title>"
            "</head><body><main><article><header><h2 class='t'><span class='rb-kicker'>Wolf im Harz</span>"
            "<span class='rb-headline'>Landkreis erlaubt erstmals den Abschuss eines Wolfs</span></h2></header>"
            f"<div><p>{GERMAN_TEXT}</p><p>{GERMAN_TEXT}</p></div></article></main></body></html>")
    record = _record_of(page)
    assert (record.headline, record.surtitle) == ("Landkreis erlaubt erstmals den Abschuss eines Wolfs", "Wolf im Harz")


def test_a_layout_tables_rows_without_fonts_give_the_surtitle_and_a_lead_beside_its_floated_picture():
    """No class names anything: the cell above the headline's is its surtitle, the cell below holds
    the story's picture floated beside the lead (`align="left"`), then the text's own block."""
    lead = "فرماندار شهرستان از تعطیلی ادارات دولتی در روز شنبه به دلیل گرمای شدید هوا خبر داد."
    page = ("<html lang='fa'><body><table><tr><td><span>کد خبر: ۱۲۳۴۵</span></td></tr>"
            "<tr><td>با اعلام فرمانداری</td></tr><tr><td><h1>ادارات شهرستان شنبه تعطیل است</h1></td></tr>"
            f"<tr><td><img src='/files/55.jpg' align='left' width='220'>{lead}</td></tr>"
            f"<tr><td><div><p>{TEXT}</p><p>{TEXT}</p></div></td></tr></table></body></html>")
    record = _record_of(page)
    assert (record.surtitle, record.lead) == ("با اعلام فرمانداری", lead)
    assert lead not in record.body


def test_a_lead_wrapped_in_a_block_of_its_own_before_the_text_past_a_meta_line_is_the_lead():
    """The headline, a byline and date line, the lead as a <div> around one <p>, a picture, then the
    text's block: no class names anything."""
    lead = "مقام‌های راه‌داری می‌گویند صدها خودرو در دو سوی گردنه مانده‌اند و بازگشایی راه به هوا بستگی دارد."
    meta = ("<div><span>کرانه</span> <span>|</span> <span>۱۲ دی ۱۴۰۳ - ۱۴:۲۰</span> <span>|</span> "
            "<span>گزارشگر: نادر امینی</span></div>")
    page = Page(f"<html lang='fa'><body><article><h1>راه گردنه بسته شد</h1>{meta.replace('<div>', '<div id=meta>')}"
                f"<div><p>{lead}</p></div><figure><img src='/a.jpg'><figcaption>خودروهای مانده در برف</figcaption>"
                f"</figure><div id='text'><p>{TEXT}</p><p>{TEXT}</p><p>{TEXT}</p></div></article></body></html>",
                "https://www.shahrava.example/fa/news/55123")
    # the finder took the meta line in as a block beside the text's
    blocks = [page.css("#meta")[0], page.css("#text")[0]]
    assert read_standfirst(page, "راه گردنه بسته شد", blocks)[0] == lead


def test_a_briefs_one_paragraph_beside_a_short_note_stays_its_text():
    """A brief's one paragraph in a block of its own, a «developing story» note after it: no lead
    set apart from a text, the paragraph is the text."""
    line = "زمین‌لرزه‌ای به بزرگی ۴.۸ ریشتر بامداد امروز شهر کرانه را لرزاند و تاکنون خسارتی گزارش نشده است."
    page = (f"<html lang='fa'><body><article><h1>زلزله کرانه را لرزاند</h1><div><p>{line}</p></div>"
            "<div>این خبر در حال تکمیل است.</div></article></body></html>")
    record = _record_of(page)
    assert record.lead is None
    assert record.body == line


def test_a_lead_beside_the_headline_before_a_byline_of_spans_is_the_lead():
    """In the block around the headline: the section link, the headline, the lead, then the writer's
    name and the time as spans of one line (the name alone reads as no meta line); the text follows
    in a block of its own."""
    page = Page("<html lang='fa'><body><main><article><div id='head'><a href='/fa/iran'>ایران</a>"
                f"<h1>پل تازه شهر</h1><p>{STANDFIRST}</p><div><span>سارا موسوی</span><span>•</span>"
                "<time>۱۳ آذر ۱۴۰۳، ۱۵:۳۵</time></div></div><figure><img src='/a.jpg'></figure>"
                f"<div id='text'><p>{TEXT}</p><p>{TEXT}</p></div></article></main></body></html>",
                "https://www.shahrava.example/fa/news/55123")
    blocks = [page.css("#head")[0], page.css("#text")[0]]
    assert read_standfirst(page, "پل تازه شهر", blocks)[0] == STANDFIRST


def test_a_lone_paragraph_the_finder_set_first_in_a_wrapper_of_its_own_is_the_lead():
    page = Page(f"<html lang='fa'><body><article><h1>پل تازه شهر</h1><div id='first'><p>{STANDFIRST}</p></div>"
                f"<div id='text'><p>{TEXT}</p><p>{TEXT}</p></div></article></body></html>",
                "https://www.shahrava.example/fa/news/55123")
    blocks = [page.css("#first")[0], page.css("#text")[0]]
    assert read_standfirst(page, "پل تازه شهر", blocks)[0] == STANDFIRST


def test_a_link_by_the_headline_going_where_a_menu_link_goes_names_the_section():
    """No class names anything and the section's address says nothing of sections (`/fa/iran`): the
    link above the headline goes where the menu's «ایران» goes. A link the menu does not carry, or
    the menu's home link, names none."""
    menu = "<nav><ul><li><a href='/fa'>صفحه نخست</a></li><li><a href='/fa/iran'>ایران</a></li>" \
           "<li><a href='/fa/world'>جهان</a></li></ul></nav>"
    page = (f"<html lang='fa'><body><header>{menu}</header><main><article><div><a href='/fa/iran'>ایران</a>"
            f"<h1>پل تازه شهر</h1></div><div><p>{TEXT}</p><p>{TEXT}</p></div></article></main></body></html>")
    assert _record_of(page).section == "ایران"
    label = "<a href='/fa/iran'>ایران</a><h1>"
    for elsewhere in ("<a href='/fa/misc'>ایران</a><h1>", "<a href='/fa'>ایران</a><h1>"):
        assert _record_of(page.replace(label, elsewhere)).section is None


def test_a_badge_opening_the_h1_is_no_word_of_the_headline():
    """`<h1><span class="badge">فوری</span> …</h1>`: a label over the page. A live stream's heading
    under its «● زنده» badge is then the site's page it names."""
    page = (f"<html lang='fa'><head><title>پایگاه نمونه</title></head><body><article><h1>"
            f"<span class='badge bg-danger'>فوری</span> پل تازه شهر افتتاح شد</h1><p>{TEXT}</p><p>{TEXT}</p>"
            f"</article></body></html>")
    assert _record_of(page).headline == "پل تازه شهر افتتاح شد"
    live = page.replace("فوری", "● زنده").replace("پل تازه شهر افتتاح شد", "پخش زنده")
    assert extract(live, "https://www.shahrava.example/live").record is None


def test_the_menu_link_over_the_folder_the_page_lies_in_names_the_section():
    """The page names its section nowhere in its text, but the site files it under `/fa/society`,
    where the menu's «جامعه» goes: that is its section; under `/fa/society/health`, the deeper
    «سلامت». The menu's home link (`/fa`) names none, nor does a menu with no link over the page."""
    menu = ("<nav><ul><li><a href='/fa'>صفحه نخست</a></li><li><a href='/fa/society'>جامعه</a></li>"
            "<li><a href='/fa/society/health'>سلامت</a></li><li><a href='/fa/world'>جهان</a></li></ul></nav>")
    page = (f"<html lang='fa'><body><header>{menu}</header><main><article><h1>پل تازه شهر</h1>"
            f"<div><p>{TEXT}</p><p>{TEXT}</p></div></article></main></body></html>")

    def section(url: str) -> str | None:
        record = extract(page, url).record
        assert record is not None
        return record.section

    assert section("https://www.shahrava.example/fa/society/55123-pol") == "جامعه"
    assert section("https://www.shahrava.example/fa/society/health/55123") == "سلامت"
    assert section("https://www.shahrava.example/fa/news/55123") is None
    assert section("https://www.shahrava.example/fa/society") is None  # the section's own page's address


def test_tag_links_of_any_case_and_topic_pages_are_tags_but_a_trending_bar_over_the_page_is_not():
    """`/Tag/…` (an ASP.NET site's routes) under a label typed on an Arabic keyboard, and `/topics/…`
    (a broadcaster's tag pages) are tags; a bar of trending topics over the page, before the headline
    and outside its header, is not, while a tag row set over the headline inside the story is."""
    label = "<td><b>كليد واژه‌ها:</b> <a href='/Tag/آتش'>آتش</a> - <a href='/Tag/جنگل'>جنگل</a></td>"
    assert _tags(f"<p>{TEXT}</p><table><tr>{label}</tr></table>") == ["آتش", "جنگل"]
    topics = ("<ul><li><a href='/persian/topics/c08z'>تغییرات اقلیمی</a></li>"
              "<li><a href='/persian/topics/c18z'>علم</a></li></ul>")
    assert _tags(f"<p>{TEXT}</p>{topics}") == ["تغییرات اقلیمی", "علم"]
    trending = f"<div><div>{topics}</div></div>"
    page = (f"<html lang='fa'><body><div id='main'>{trending}<article><header><h1>تیتر خبر</h1></header>"
            f"<p>{TEXT}</p></article></div></body></html>")
    assert read_tags(Page(page), GENERIC, "تیتر خبر") == []
    row = page.replace(f"{trending}<article><header>", f"<article><header>{topics}")
    assert read_tags(Page(row), GENERIC, "تیتر خبر") == ["تغییرات اقلیمی", "علم"]


def test_a_surtitle_about_a_visit_is_no_views_line():
    """«بازدید» is also «a visit»: only a count of views («بازدید: ۲۵», «۱۲۰ بازدید») is a views line."""
    above = "<h4>معاون شهردار در بازدید از کارگاه پل</h4>"
    page = (f"<html lang='fa'><body><article><div>{above}<h1>پل تازه شهر</h1></div><p>{TEXT}</p><p>{TEXT}</p>"
            "</article></body></html>")
    assert _record_of(page).surtitle == "معاون شهردار در بازدید از کارگاه پل"
    assert _record_of(page.replace("در بازدید از کارگاه پل", "بازدید: ۱۲۵")).surtitle is None


def test_a_lead_beside_the_headline_before_a_live_pages_controls_is_the_lead():
    """A live page: the headline, the lead, the meta line, a picture, then the auto-update switch and
    a count of updates (controls, no text) before the entries."""
    page = Page("<html lang='fa'><body><article id='story'><h1>لحظه به لحظه با زلزله شهر</h1>"
                f"<p>{STANDFIRST}</p><div><span>کد خبر: ۸۸۱۲۴۵</span></div><div><button type='button'>"
                "به‌روزرسانی خودکار: <strong>روشن</strong></button><span>۱۲ به‌روزرسانی</span></div>"
                f"<div id='feed'><div><time>۱۳:۴۰</time><p>{TEXT}</p></div><div><time>۱۳:۰۵</time>"
                f"<p>{TEXT}</p></div></div></article></body></html>", "https://www.shahrava.example/fa/news/55123")
    blocks = [page.css("#story")[0]]
    assert read_standfirst(page, "لحظه به لحظه با زلزله شهر", blocks)[0] == STANDFIRST


@pytest.mark.parametrize(("above", "surtitle"), [
    ("<div>خبر زنده</div>", None),                                 # a badge naming the kind of story
    ("<div>گزارش تصویری</div>", None),
    ("<h2 class='news-rotitr'>خبر زنده</h2>", "خبر زنده"),          # … unless the template names it so
])
def test_a_badge_naming_the_kind_of_story_over_the_headline_is_no_surtitle(above, surtitle):
    page = (f"<html lang='fa'><body><article><div>{above}<h1>پل تازه شهر</h1></div><p>{TEXT}</p><p>{TEXT}</p>"
            "</article></body></html>")
    assert _record_of(page).surtitle == surtitle


def test_rank_maths_comma_joined_article_section_names_its_first_category():
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "پل تازه شهر",
                     "articleSection": "خانه‌داری, سبک زندگی"}, ensure_ascii=False)
    page = (f"<html lang='fa'><head><script type='application/ld+json'>{ld}</script></head><body><article>"
            f"<h1>پل تازه شهر</h1><p>{TEXT}</p><p>{TEXT}</p></article></body></html>")
    assert _record_of(page).section == "خانه‌داری"


def test_a_date_cell_and_the_time_in_the_next_cell_of_its_row_give_the_instant():
    """An old ASP.NET layout prints the date and the time of publication in two cells of one row."""
    row = ("<table><tr><td><span>تاریخ انتشار: ۱۳۹۸/۰۵/۱۴</span></td><td align='left'><span>ساعت انتشار: ۰۹:۳۵"
           "</span></td></tr></table>")
    page = f"<html lang='fa'><body><h1>پل تازه شهر</h1>{row}<div><p>{TEXT}</p><p>{TEXT}</p></div></body></html>"
    record = _record_of(page)
    assert record.published_at == "2019-08-05T09:35:00+04:30"  # summer, before Iran dropped daylight time


def test_a_long_surtitle_naming_who_is_interviewed_about_what_is_read():
    above = "<h2>گفت‌وگو با فریبا اسدزاده، زلزله‌شناس، درباره لرزه‌های اخیر اطراف تهران</h2>"
    page = (f"<html lang='fa'><body><article><div>{above}<h1>زلزله را نمی‌شود پیش‌بینی کرد</h1></div>"
            f"<p>{TEXT}</p><p>{TEXT}</p></article></body></html>")
    assert _record_of(page).surtitle == "گفت‌وگو با فریبا اسدزاده، زلزله‌شناس، درباره لرزه‌های اخیر اطراف تهران"


def test_the_cms_own_tag_links_win_over_a_sidebars_tag_cloud():
    """WordPress marks the post's tags rel="tag"; the tag cloud widget beside it links to tag pages
    without the mark (no class names either)."""
    own = "<div><span>برچسب‌ها:</span> <a href='/tag/زلزله-تهران/' rel='tag'>زلزله تهران</a></div>"
    cloud = "".join(f"<a href='/tag/{t}/'>{t}</a> " for t in ("مسکن", "آموزش", "مهاجرت"))
    page = Page(f"<html lang='fa'><body><article><h1>تیتر خبر</h1><p>{TEXT}</p>{own}</article>"
                f"<div><div>برچسب‌های پربازدید</div><div>{cloud}</div></div></body></html>")
    assert read_tags(page, GENERIC, "تیتر خبر") == ["زلزله تهران"]
    unmarked = Page(page.html.replace(" rel='tag'", ""))
    assert read_tags(unmarked, GENERIC, "تیتر خبر") == ["زلزله تهران", "مسکن", "آموزش", "مهاجرت"]


def test_a_line_the_template_names_apart_before_the_text_that_the_description_repeats_is_the_lead():
    """VnExpress's shape: `<p class="description">` under the headline, the text's `<p class="Normal">`s
    in an <article>; the finder took the line as its first block. Unnamed, the same line is the
    text's first paragraph (the description often is)."""
    sapo = "The city approved three electric bus lines linking the airport with the beach resorts this week."
    body = "".join(f"<p class='Normal'>{s}</p>" for s in (ENGLISH_TEXT, ENGLISH_TEXT.replace("council", "mayor")))
    html = (f"<html lang='en'><head><meta property='og:description' content='{sapo}'></head><body><div>"
            f"<h1>Electric buses to link the airport</h1><p class='description'>{sapo}</p>"
            f"<article class='fck_detail'>{body}</article></div></body></html>")
    page = Page(html, "https://news.example/a-123456.html")
    blocks = [page.css("p.description")[0], page.css("article")[0]]
    assert read_standfirst(page, "Electric buses to link the airport", blocks)[0] == sapo
    unnamed = Page(html.replace(" class='description'", "").replace(" class='Normal'", ""),
                   "https://news.example/a-123456.html")
    blocks = [unnamed.css("div > p")[0], unnamed.css("article")[0]]
    assert read_standfirst(unnamed, "Electric buses to link the airport", blocks)[0] is None


def test_a_line_of_numbers_and_their_labels_over_the_headline_is_no_surtitle():
    for above, surtitle in (("<div>فصل ۳ · قسمت ۴۷ · ۳۸ دقیقه</div>", None),
                            ("<div>۳ کشته در تصادف جاده هراز</div>", "۳ کشته در تصادف جاده هراز")):
        page = (f"<html lang='fa'><body><article><div>{above}<h1>پل تازه شهر</h1></div><p>{TEXT}</p>"
                f"<p>{TEXT}</p></article></body></html>")
        assert _record_of(page).surtitle == surtitle


def test_a_deck_under_the_headline_in_the_storys_header_is_the_lead_and_its_tag_group_the_tags():
    """Korean CMSs (ndsoft): `<header class="article-view-header">` holds the h3 headline and an
    `h4.subheading` deck; the tags are a `div.tag-group`'s links to searches."""
    deck = "국토부 설 특별교통대책…하루 평균 593만명 이동, 고속도로 통행료 나흘간 면제"
    text = "".join(f"<p>{ENGLISH_TEXT}</p>" for _ in range(3))
    page = Page("<html lang='ko'><body><header class='article-view-header'><h3 class='heading'>설 연휴 귀성길 "
                f"28일 오전 가장 붐빈다</h3><h4 class='subheading'>{deck}</h4></header><article>{text}</article>"
                "<div class='tag-group'><span class='title'>키워드</span><a href='/news/list?sc_word=1' "
                "class='tag'>설 연휴</a><a href='/news/list?sc_word=2' class='tag'>귀성길</a></div></body></html>",
                "https://www.hanbit.example/news/articleView.html?idxno=318452")
    assert fx.read_lead(page, GENERIC, "설 연휴 귀성길 28일 오전 가장 붐빈다")[0] == deck
    assert read_tags(page, GENERIC, "설 연휴 귀성길 28일 오전 가장 붐빈다") == ["설 연휴", "귀성길"]


def test_a_chinese_meta_lines_source_label_names_the_source_where_the_text_credits_none():
    text = "".join("<p>国家能源局27日发布数据显示，今年前七个月全国风电和太阳能发电新增装机容量同比增长明显。</p>"
                   for _ in range(4))
    html = ("<html lang='zh'><body><h1>上半年新能源装机容量同比大幅增长</h1><div class='info'>"
            f"<span>2024年08月27日 09:32</span> <span>来源：新华社</span></div><div>{text}</div></body></html>")
    record = extract(html, "https://www.news.example/content/2024-08/27/content_30871526.htm").record
    assert record is not None and record.source_attribution == "新华社"


@pytest.mark.parametrize(("author", "credited"), [
    ('{"@type": "Organization", "name": "EFE"}', "EFE"),                        # a wire's story
    ('[{"@type": "Organization", "name": "Diario Ejemplo con EFE"}]', "EFE"),    # the staff with a wire
    ('{"@type": "Organization", "name": "Diario con EFE"}', "EFE"),             # … the site's name cut short
    ('{"@type": "Organization", "name": "Diario Ejemplo"}', None),              # the site itself
    ('{"@type": "Organization", "name": "Ejemplo"}', None),                     # … without its outlet's word
    ('{"@type": "Organization", "name": "DiarioEjemplo TV"}', None),            # its edition, by the host
    ('{"@type": "Organization", "name": "Noticias", "url": "https://www.diarioejemplo.es/"}', None),  # its own page
    ('{"@type": "Organization", "name": "Ejemplo Hoy"}', None),  # the part of og:site_name before its tagline
    ('{"@type": "Person", "name": "Ana García"}', None),                        # a writer
])
def test_an_organisation_the_json_ld_names_as_author_is_the_source_unless_it_is_the_site(author, credited):
    text = "".join(f"<p>{ENGLISH_TEXT}</p>" for _ in range(3))
    jsonld = ('{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Nuevas licencias", '
              f'"author": {author}, "publisher": {{"@type": "Organization", "name": "Diario Ejemplo"}}}}')
    tagline = "<meta property='og:site_name' content='Ejemplo Hoy - el diario de la provincia'>"
    html = (f"<html lang='es'><head>{tagline}<script type='application/ld+json'>{jsonld}</script></head><body>"
            f"<h1>Nuevas licencias</h1><div class='text'>{text}</div></body></html>")
    record = extract(html, "https://www.diarioejemplo.es/noticia/5647213/nuevas-licencias/").record
    assert record is not None and record.source_attribution == credited


def test_a_closing_line_of_the_writers_initials_and_a_wire_names_the_source_and_no_marker():
    text = "".join(f"<p>{ENGLISH_TEXT}</p>" for _ in range(3))
    html = (f"<html lang='de'><body><h1>Neue Brücke für die Stadt</h1><div class='text'>{text}<p>jdo/dpa</p>"
            "</div></body></html>")
    record = extract(html, "https://www.zeitung.example/stadt/neue-bruecke-a-1234").record
    assert record is not None
    assert (record.source_attribution, record.footer_marker, record.editor_code) == ("dpa", None, None)
    assert "jdo/dpa" not in record.body


def test_a_dateline_opening_the_texts_second_paragraph_under_a_summary_line_names_the_source():
    """A Korean agency sets a summary line over the text inside its block: the dateline opens the next."""
    summary = "<p>시 \"귀가 편의 개선\"…막차 새벽 1시 30분까지</p>"
    first = "<p>(도담=예시뉴스) 김민서 기자 = 내년 3월부터 매주 금요일 도담시 지하철의 막차 시간이 늦춰진다.</p>"
    rest = "".join(f"<p>도담시는 심야 시간대 시민들의 귀가 편의를 높이기 위해 운행 시간을 연장한다고 {n}일 밝혔다.</p>"
                   for n in range(3, 7))
    html = (f"<html lang='ko'><body><h1>도담 지하철 금요일 심야 운행 연장</h1><div class='text'>{summary}{first}"
            f"{rest}</div></body></html>")
    record = extract(html, "https://www.news.example/view/AKR20241205067800004").record
    assert record is not None and record.source_attribution == "예시뉴스"


def test_a_joomla_sites_short_article_id_before_its_alias_is_the_news_id():
    text = "".join(f"<p>{TEXT}</p>" for _ in range(3))
    page = (f"<html lang='fa'><head><meta name='generator' content='Joomla! - Open Source Content Management'>"
            f"</head><body><h1>قنات‌ها، رگ‌های پنهان کویر</h1><div itemprop='articleBody'>{text}</div></body></html>")
    url = "https://www.kavirnameh.example/miras/124-qanat-rag-haye-penhan-kavir?start=1"
    assert extract(page, url).record.news_id == "124"
    # the same address on a site of another CMS: a short number before a slug is no ID
    assert extract(page.replace("Joomla!", "WordPress"), url).record.news_id is None


def test_a_section_label_and_an_id_label_on_one_line_without_bars_give_the_section():
    """An old table's cell: «بخش: <a>اجتماعی</a>  کد خبر: ۲۷۶۹۰», no bar between the two labels."""
    cell = "<td>بخش: <a href='index.php?cat=3'>اجتماعی</a> &nbsp;&nbsp; کد خبر: ۲۷۶۹۰</td>"
    page = (f"<html lang='fa'><body><table><tr><td><h1>پل تازه شهر</h1></td></tr><tr>{cell}</tr>"
            f"<tr><td><p>{TEXT}</p><p>{TEXT}</p></td></tr></table></body></html>")
    record = _record_of(page)
    assert (record.section, record.news_id) == ("اجتماعی", "27690")
    assert fx._meta_parts("گفت‌وگو از: الهام رحیمی") == ["گفت‌وگو از: الهام رحیمی"]  # one label of two words


def test_a_trail_whose_separators_stand_in_elements_of_their_own_names_the_section():
    trail = "<div><a href='/fa-ir/'>صفحه اول</a> <span>/</span> <a href='/fa-ir/آلمان/s-9002'>آلمان</a></div>"
    page = (f"<html lang='fa'><body>{trail}<article><h1>پل تازه شهر</h1><p>{TEXT}</p><p>{TEXT}</p></article>"
            "</body></html>")
    assert _record_of(page).section == "آلمان"
    # a menu's links side by side, no separator between, are no trail
    menu = "<div><a href='/fa-ir/'>صفحه اول</a> <a href='/fa-ir/آلمان/s-9002'>آلمان</a></div>"
    assert _record_of(page.replace(trail, menu)).section is None


def test_a_persian_pages_section_slug_gives_way_to_the_section_it_prints():
    """article:section `europe` (a machine's name) on a Persian page whose trail prints «اروپا»; with
    no trail, the slug is still the section."""
    trail = "<div><a href='/fa/'>خانه</a> » <a href='/fa/europe/'>اروپا</a></div>"
    page = (f"<html lang='fa'><head><meta property='article:section' content='europe'></head><body>{trail}"
            f"<article><h1>پل تازه شهر</h1><p>{TEXT}</p><p>{TEXT}</p></article></body></html>")
    assert _record_of(page).section == "اروپا"
    assert _record_of(page.replace(trail, "")).section == "europe"


def test_a_back_link_to_the_section_page_names_no_section():
    """Liferay's «بازگشت» (back) link beside the headline goes where the menu's section link goes."""
    menu = "<nav><a href='/web/guest/khabar/ostan'>اخبار استان‌ها</a> <a href='/web/guest/about'>درباره ما</a></nav>"
    back = "<span><a href='/web/guest/khabar/ostan' title='بازگشت'><span>بازگشت</span></a></span>"
    page = (f"<html lang='fa'><body><header>{menu}</header><div>{back}<h1>پل تازه شهر</h1></div>"
            f"<div><p>{TEXT}</p><p>{TEXT}</p></div></body></html>")
    assert _record_of(page).section is None


def test_an_unnamed_bold_line_set_apart_before_the_text_that_the_description_repeats_is_the_lead():
    """A Polish portal's lead in its own wrapper, all of it bold, no class left: the finder took it as
    its first block beside the text's section. A plain line there stays the text's."""
    lead = "From July the next towns of the region ban old coal stoves, and thousands of homes still wait."
    body = "".join(f"<p>{s}</p>" for s in (ENGLISH_TEXT, ENGLISH_TEXT.replace("council", "mayor")))
    html = (f"<html lang='en'><head><meta name='description' content='{lead}'></head><body><div><h1>Coal "
            f"stoves banned</h1><div id='first'><b>{lead}</b></div><section>{body}</section></div></body></html>")
    page = Page(html, "https://news.example/wiadomosci/7,114883,31642871,slug.html")
    blocks = [page.css("#first")[0], page.css("section")[0]]
    assert read_standfirst(page, "Coal stoves banned", blocks)[0] == lead
    plain = Page(html.replace(f"<b>{lead}</b>", lead), page.url)
    blocks = [plain.css("#first")[0], plain.css("section")[0]]
    assert read_standfirst(plain, "Coal stoves banned", blocks)[0] is None


def test_the_post_tags_inside_a_sticky_column_that_holds_the_headline_are_tags():
    """Soledad and other themes wrap the main column in `theiaStickySidebar` (a sticky-column script's
    class): the column holds the headline, so it is no sidebar."""
    tags = "<div class='post-tags'><a href='/tag/a/' rel='tag'>زعفران</a><a href='/tag/b/' rel='tag'>هرات</a></div>"
    page = Page(f"<html lang='fa'><body><div class='theiaStickySidebar'><article><h1>تیتر خبر</h1><p>{TEXT}</p>"
                f"{tags}</article></div><aside class='theiaStickySidebar'><div>پربازدیدها</div></aside></body></html>")
    assert read_tags(page, GENERIC, "تیتر خبر") == ["زعفران", "هرات"]


def test_a_tag_label_alone_in_its_element_without_a_colon_is_no_tag():
    """«<strong>کلیدواژه‌ها</strong> کمون، مدارس» (a broadcaster's meta list): the label, printed
    alone before the tags with no colon, was read as part of the first tag."""
    body = "<p>متن خبر</p><ul><li><strong>کلیدواژه‌ها</strong> <span>کمون، مدارس، دوزبانگی</span></li></ul>"
    assert _tags(body) == ["کمون", "مدارس", "دوزبانگی"]
    # a tag that merely opens with the label's word keeps it
    assert _tags("<p>متن خبر</p><div class='tags'>برچسب‌ها: برچسب انرژی، مصرف</div>") == ["برچسب انرژی", "مصرف"]


def test_bloggers_posts_widget_is_no_chrome_for_the_posts_headline_and_tags():
    """Blogger sets every part of its page in a `widget`, the posts too (`<div class="widget Blog">`):
    the post's h3 is its headline and the labels in its footer are its tags; a sidebar widget's
    label list is not."""
    post = ("<div class='widget Blog' id='Blog1'><div class='post hentry'>"
            "<h3 class='post-title entry-title'>کانون سالمندان محله به جای تازه‌ای می‌رود</h3>"
            f"<div class='post-body entry-content'><p>{TEXT}</p><p>{TEXT}</p></div>"
            "<div class='post-footer'><span class='post-labels'>برچسب‌ها: "
            "<a href='/search/label/x' rel='tag'>سالمندان</a>، <a href='/search/label/y' rel='tag'>محله</a>"
            "</span></div></div></div>")
    side = ("<div class='widget Label' id='Label1'><ul><li><a href='/search/label/z'>ورزش</a></li>"
            "<li><a href='/search/label/w'>هنر</a></li></ul></div>")
    title = "هفته‌نامه نمونه: کانون سالمندان محله به جای تازه‌ای می‌رود"  # Blogger's «blog: post»
    page = (f"<html lang='fa'><head><title>{title}</title></head><body><h1><a href='/'>هفته‌نامه نمونه</a></h1>{post}"
            f"<aside>{side}</aside></body></html>")
    record = _record_of(page)
    assert record.headline == "کانون سالمندان محله به جای تازه‌ای می‌رود"
    assert record.tags == ["سالمندان", "محله"]
    # another widget around the same post is chrome: no headline printed there, no tags
    other = _record_of(page.replace("widget Blog", "widget Popular"))
    assert other.tags == []


@pytest.mark.parametrize("line", [
    "<td><a href='/'>صفحه اصلی</a> &gt; <a href='page.php?p=3'>صفحه ۳</a> &gt; سرویس: شهری</td>",
    "<div><a href='/'>Home</a> › <a href='/page/3'>Page 3</a> › سرویس: شهری</div>",
])
def test_a_print_editions_page_number_names_no_section_and_the_trails_label_does(line):
    page = Page(f"<html lang='fa'><body>{line}<article><h1>تیتر خبر تازه</h1><p>{TEXT}</p></article></body></html>",
                "https://www.shahrava.example/news/1")
    assert read_section(page, GENERIC) == "شهری"


def test_a_summary_boxs_short_title_is_no_part_of_the_lead():
    """«<div class="article-summary"><h4>Muhtasari</h4><ul><li>…</li></ul></div>» under the headline:
    the box's title is not the lead's first word; a heading of a sentence's length stays."""
    lead = "Wakulima zaidi ya elfu tatu wanadai malipo yao baada ya kuuza korosho kupitia mfumo wa stakabadhi."
    box = f"<div class='article-summary'><h4>Muhtasari</h4><ul><li>{lead}</li></ul></div>"
    html = f"<html lang='sw'><body><article><h1>Wakulima walalamika</h1>{box}<p>{TEXT}</p></article></body></html>"
    assert fx.read_lead(Page(html, "https://example.co.tz/habari/1"), GENERIC)[0] == lead
    long_title = "<h4>Wakulima wa korosho wanasubiri malipo ya msimu uliopita</h4>"
    assert fx.read_lead(Page(html.replace("<h4>Muhtasari</h4>", long_title), "https://example.co.tz/habari/1"),
                        GENERIC)[0].startswith("Wakulima wa korosho")


def test_a_box_of_the_storys_topics_gives_its_tags():
    topics = ("<div class='article-topics'><h4>Mada</h4><ul><li><a href='/mada/kilimo'>Kilimo</a></li>"
              "<li><a href='/mada/korosho'>Korosho</a></li></ul></div>")
    assert _tags(f"<p>متن خبر</p>{topics}") == ["Kilimo", "Korosho"]
    # a trending bar of topics in the page's header is no story's
    trending = topics.replace("article-topics", "trending-topics")
    assert read_tags(Page(f"<html><body><header>{trending}</header><article><h1>تیتر</h1><p>متن</p></article>"
                          "</body></html>"), GENERIC) == []


def test_a_bylines_link_inside_a_trail_names_no_section():
    """A Next.js header's trail: the subject's link, a separator, «By <a>Writer</a>»: the writer's
    page is no section."""
    trail = ("<div class='ArticleHeader_breadcrumbs__Zd'><a href='/news/rural'>Rural News</a> <span>/</span> "
             "<span>By <a href='/news/jane-roe/8873102'>Jane Roe</a></span></div>")
    page = Page(f"<html lang='en'><body><main>{trail}<h1>Farmers cart water as dams run dry</h1><p>{TEXT}</p>"
                "</main></body></html>", "https://news.example/news/2024-02-20/water/1")
    assert read_section(page, GENERIC) == "Rural News"


def test_tags_in_a_css_modules_article_footer_are_the_storys():
    """`ArticleFooter_footer__fB0hL` (CSS modules join the names): the story's own footer, as
    `article-footer` is, so its topic links are its tags."""
    footer = ("<div class='ArticleFooter_footer__fB0hL'><h2>Related topics</h2><ul>"
              "<li><a href='/news/topic/drought'>Drought</a></li><li><a href='/news/topic/rural'>Rural</a></li>"
              "</ul></div>")
    html = (f"<html lang='en'><body><main><h1>Farmers cart water as dams run dry</h1><p>{TEXT}</p>{footer}</main>"
            "</body></html>")
    assert read_tags(Page(html), GENERIC, "Farmers cart water as dams run dry") == ["Drought", "Rural"]


@pytest.mark.parametrize(("markup", "field", "value"), [
    # the kicker's name in Spanish, French, Italian, German and Portuguese CMSs
    ("<span class='antetitulo'>Movilidad urbana</span>", "surtitle", "Movilidad urbana"),
    ("<p class='article-header__dachzeile'>Sanierung der Bahn</p>", "surtitle", "Sanierung der Bahn"),
    # a Turkish CMS's `spot` and a German header's teaser are the lead
    ("<h2 class='news-detail-spot'>Köydeki çınar ağacı, komisyon kararıyla anıt ağaç olarak tescil edildi ve "
     "koruma altına alındı.</h2>", "lead", "Köydeki çınar ağacı, komisyon kararıyla anıt ağaç olarak tescil "
     "edildi ve koruma altına alındı."),
    ("<p class='article-header__teaser'>Ab Juli rollen zwischen den beiden Städten für fünf Monate keine Züge "
     "mehr.</p>", "lead", "Ab Juli rollen zwischen den beiden Städten für fünf Monate keine Züge mehr."),
])
def test_kicker_and_lead_names_of_other_languages_cmss(markup, field, value):
    header = markup + "<h1>پل تازه شهر</h1>" if field == "surtitle" else "<h1>پل تازه شهر</h1>" + markup
    page = f"<html lang='fa'><body><article><header>{header}</header><p>{TEXT}</p><p>{TEXT}</p></article></body></html>"
    assert getattr(_record_of(page), field) == value


def test_a_notice_to_the_reader_between_headline_and_text_is_no_lead_and_no_text():
    """A review's spoiler warning set as `role="note"` under the headline: a notice, not the lead nor
    the text; the same line without the role is read as the lead."""
    note = ("<div role='note'><strong>هشدار:</strong> این نقد بخش‌هایی از داستان فیلم را برای خوانندگان "
            "لو می‌دهد و بهتر است پس از دیدن فیلم خوانده شود.</div>")
    page = (f"<html lang='fa'><body><div><h1>نقد فیلم تازه شهر</h1></div>{note}<div><p>{TEXT}</p><p>{TEXT}</p>"
            "</div></body></html>")
    record = _record_of(page)
    assert record.lead is None and "این نقد" not in record.body  # neither lead nor text
    assert _record_of(page.replace(" role='note'", "")).lead is not None
    # a Bootstrap lead box carries the role too, with no label opening it: the lead
    boxed = page.replace("<strong>هشدار:</strong> ", "")
    assert _record_of(boxed).lead.startswith("این نقد بخش‌هایی")


def test_a_portals_site_title_h1_and_page_kind_title_give_way_to_the_story_title_element():
    """A DNN portal: the only h1 is the site's name (`SiteTitle`), the <title> names the site and the
    kind of page («… > اخبار > جزئیات خبر»), side boxes' heads are named `title` too (a poll's, the
    news module's «اخبار و رویدادها»), and the story's title is a span named `NewsTitle`."""
    head = "<title>وزارت نمونه &gt; اخبار &gt; جزئیات خبر</title>"
    side = ("<table><tr><td><span id='dnn_ctr401_dnnTITLE_lblTitle' class='Head'>دسترسی سریع</span></td></tr>"
            "<tr><td><span id='dnn_ctr412_dnnTITLE_lblTitle' class='Head'>اخبار و رویدادها</span></td></tr></table>")
    story = ("<span id='dnn_ctr412_ViewDetails_lblTitle' class='NewsTitle'>آبخیزداری در سه استان غربی با "
             f"اعتبار تازه آغاز شد</span><div><p>{TEXT}</p><p>{TEXT}</p></div>")
    page = (f"<html lang='fa'><head>{head}</head><body><h1 class='SiteTitle'>وزارت نمونه</h1>{side}{story}"
            "</body></html>")
    assert _record_of(page).headline == "آبخیزداری در سه استان غربی با اعتبار تازه آغاز شد"
    # a title naming the story after the site and the kind of page: its story part
    named = page.replace("جزئیات خبر</title>", "آبخیزداری در سه استان غربی آغاز شد</title>")
    assert _record_of(named.replace("NewsTitle", "x")).headline == "آبخیزداری در سه استان غربی آغاز شد"


def test_the_writers_name_alone_closing_the_text_is_no_paragraph():
    """A Vietnamese portal's byline: the writer's name, right-aligned and bold, as the text's last
    paragraph, the same name the JSON-LD gives as the author; a closing line naming someone else,
    or the name inside a sentence, stays."""
    ld = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
          '"headline": "Xe buýt điện", "author": {"@type": "Person", "name": "Minh Châu"}}</script>')
    closing = "<p style='text-align:right'><strong>Minh Châu</strong></p>"
    page = (f"<html lang='fa'><head>{ld}</head><body><article><h1>پل تازه شهر</h1><p>{TEXT}</p><p>{TEXT}</p>"
            f"{closing}</article></body></html>")
    assert not _record_of(page).body.endswith("Minh Châu")
    assert _record_of(page.replace("<strong>Minh Châu</strong>", "<strong>Lan Anh</strong>")).body.endswith("Lan Anh")


def test_news_names_no_section_of_a_news_site():
    """`article:section` "news" (a CMS's slug for every story) names none; the trail's category does."""
    head = "<meta property='article:section' content='news'>"
    trail = "<div class='breadcrumb'><a href='/'>Home</a> / <a href='/local/'>Local</a></div>"
    html = f"<html lang='en'><head>{head}</head><body>{trail}<article><h1>Boil advisory lifted</h1><p>{TEXT}</p>"
    page = Page(html + "</article></body></html>", "https://ledger.example/story/1")
    assert read_section(page, GENERIC) == "Local"
    assert read_section(Page(html.replace(trail, "") + "</article></body></html>", "https://ledger.example/story/1"),
                        GENERIC) is None


def test_the_topics_in_a_storys_own_footer_are_its_tags():
    footer = ("<footer class='article-footer'><div class='article-footer__topics'><span>Mehr zum Thema</span><ul>"
              "<li><a href='/thema/bahn/'>Bahn</a></li><li><a href='/thema/pendler/'>Pendler</a></li></ul></div>"
              "</footer>")
    assert _tags(f"<p>متن خبر</p>{footer}") == ["Bahn", "Pendler"]


@pytest.mark.parametrize(("printed", "url", "fields"), [
    # a WordPress server whose zone data predates Iran's last summer time stamps +04:30 in 2023's
    # summer; the page prints the month the Iranian way: Tehran's, the printed time
    ("<div class='date'>دوشنبه ۱۹ تیر ۱۴۰۲، ساعت ۱۰:۴۵</div>", "https://news.example/2023/bridge/",
     ("2023-07-10T10:45:00+03:30", "fa")),
    # … an Iranian host, nothing printed: Tehran's, the stamped instant
    ("", "https://news.example.ir/2023/bridge/", ("2023-07-10T09:45:00+03:30", "fa")),
    # … an Afghan page printing «سرطان»: Kabul's
    ("<div class='date'>۱۹ سرطان ۱۴۰۲ - ۱۰:۴۵</div>", "https://news.example/2023/bridge/",
     ("2023-07-10T10:45:00+04:30", "fa-AF")),
])
def test_kabuls_offset_on_a_page_dated_the_iranian_way_leaves_it_iranian(printed, url, fields):
    html = PERSIAN_PAGE.format(lang="fa-IR", head="").replace(
        "<h1>پل تازه شهر</h1>",
        f"<h1>پل تازه شهر</h1><time class='entry-date' datetime='2023-07-10T10:45:00+04:30'></time>{printed}")
    record = extract(html, url).record
    assert record is not None
    assert (record.published_at, record.language) == fields


def test_a_day_stated_without_an_offset_takes_the_time_the_page_prints_with_its_zone():
    """JSON-LD's `2025-10-01T10:05:00` states no offset; the page prints the day with its time and
    zone ("6:05 AM EDT"): that instant. Without the printed zone, the day alone."""
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2025-10-01T10:05:00"}'
            '</script>')
    printed = "<div class='date'>Published October 1, 2025 at 6:05 AM EDT</div>"
    html = ENGLISH_PAGE.format(lang="en", head=head).replace("<h1>A bridge for the town</h1>",
                                                              f"<h1>A bridge for the town</h1>{printed}")
    record = extract(html, "https://town.example/story/bridge").record
    assert record is not None
    assert (record.published_at, record.published_date) == ("2025-10-01T06:05:00-04:00", "2025-10-01")
    plain = extract(html.replace(" at 6:05 AM EDT", ""), "https://town.example/story/bridge").record
    assert plain is not None
    assert (plain.published_at, plain.published_date) == (None, "2025-10-01")


@pytest.mark.parametrize("cls", ["article__preamble", "ingress"])
def test_a_nordic_preamble_or_ingress_is_the_lead(cls):
    lead = "The new bridge will open two years late, after the bids came in far above the budget."
    html = ENGLISH_PAGE.format(lang="sv", head="").replace(
        "<h1>A bridge for the town</h1>", f"<h1>A bridge for the town</h1><p class='{cls}'>{lead}</p>")
    record = extract(html, "https://town.example/story/bridge").record
    assert record is not None
    assert record.lead == lead and lead not in record.body


@pytest.mark.parametrize("cls", ["seitenkopf__topline", "article-eyebrow", "c-overline"])
def test_a_topline_inside_the_h1_is_the_surtitle_and_no_part_of_the_headline_or_text(cls):
    h1 = (f"<h1 class='headline'><span class='{cls}'>Coastal defence </span>"
          "<span class='headline__text'>A bridge for the town</span></h1>")
    html = ENGLISH_PAGE.format(lang="en", head="").replace(
        "<article>\n<h1>A bridge for the town</h1><div class=\"entry-content\">",
        f"<article><div class='entry-content'>{h1}")
    record = extract(html, "https://town.example/story/bridge").record
    assert record is not None
    assert (record.surtitle, record.headline) == ("Coastal defence", "A bridge for the town")
    assert record.body.startswith("The council approved")


def test_a_live_pages_summary_beside_its_headline_in_the_texts_block_is_the_lead():
    """A live page's block holds its headline, the summary the description repeats, and the entries:
    the summary is the lead (it is printed once: that it is in the block is no second time)."""
    summary = "A strong earthquake shook the south of the province at dawn. Follow the latest news on this page."
    entries = "".join(f"<li><time>0{i}:15</time><p>Rescue teams reached village number {i} in the hills and"
                      f" found the roads open, the governor said in the morning briefing today.</p></li>"
                      for i in range(1, 6))
    html = (f"<html lang='en'><head><title>Live: earthquake</title><meta name='description' content='{summary}'>"
            f"</head><body><main class='live'><h1 class='live__title'>Live: earthquake in the south</h1>"
            f"<p class='live__summary'>{summary}</p><ol class='feed'>{entries}</ol></main></body></html>")
    record = extract(html, "https://town.example/live/20931").record
    assert record is not None
    assert record.lead == summary and summary not in record.body


@pytest.mark.parametrize("href", ["/om/vasteras", "/tagg/simhall", "/emne/kommunepolitikk", "/thema/deich",
                                  "/temas/pludi", "/teemad/ilm", "/gaiak/kirola", "/oznake/vreme", "/etiket/ekonomi"])
def test_links_to_other_languages_tag_pages_are_the_tags(href):
    tags = (f"<section class='box'><ul><li><a href='{href}'>Västerås</a></li>"
            f"<li><a href='{href}x'>Simhall</a></li></ul></section>")
    html = ENGLISH_PAGE.format(lang="sv", head="").replace("</div></article>", f"</div>{tags}</article>")
    record = extract(html, "https://town.example/story/bridge").record
    assert record is not None
    assert record.tags == ["Västerås", "Simhall"]


@pytest.mark.parametrize("href", ["/برچسب/پل", "/%D8%A8%D8%B1%DA%86%D8%B3%D8%A8/%D9%BE%D9%84",
                                  "/fa/تگ/پل", "/کلیدواژه/پل"])
def test_links_to_a_tag_page_named_in_persian_are_the_tags(href):
    """A Persian CMS names its tag pages in Persian (`/برچسب/…`), or the browser's percent-encoding of it."""
    tags = f"<div class='x1'><a href='{href}'>پل</a> <a href='{href}x'>شورای شهر</a></div>"
    html = PERSIAN_PAGE.format(lang="fa", head="").replace("</div></article>", f"</div>{tags}</article>")
    record = extract(html, "https://shahr.example/fa/news/5512/bridge").record
    assert record is not None
    assert record.tags == ["پل", "شورای شهر"]


@pytest.mark.parametrize("column", ["related-wrapper", "widget-area", "footer-content"])
def test_a_tags_box_in_the_column_that_holds_the_headline_is_the_storys(column):
    """A theme names the story's own column like furniture; its tags box, named so, is the story's."""
    tags = "<div class='field-tags'><span>پل</span>، <span>شورای شهر</span></div>"
    html = (PERSIAN_PAGE.format(lang="fa", head="").replace("<article>", f"<div class='{column}'><article>")
            .replace("</article>", f"{tags}</article></div>"))
    record = extract(html, "https://shahr.example/fa/news/5512/bridge").record
    assert record is not None
    assert record.tags == ["پل", "شورای شهر"]


def test_a_wordpress_category_link_marked_as_a_tag_is_no_tag():
    """A block theme's post terms mark the category's link rel="tag" too: a section, not a tag."""
    terms = ("<div class='taxonomy-category'><a href='https://town.example/category/culture/' rel='tag'>Culture</a>"
             "</div>"
             "<div class='taxonomy-post_tag'><a href='https://town.example/tag/museum/' rel='tag'>Museum</a></div>")
    html = ENGLISH_PAGE.format(lang="en", head="").replace("</div></article>", f"</div>{terms}</article>")
    record = extract(html, "https://town.example/story/bridge").record
    assert record is not None
    assert record.tags == ["Museum"]


def test_a_date_line_named_like_the_surtitle_is_no_surtitle():
    """A table template names its header's date, its trail, its روتیتر and its date line all
    `rotitr`: the date lines are none, the trail links elsewhere, the line over the headline is it."""
    page = ('<html lang="fa"><body><table><tr><td class="rotitr">چهارشنبه ۲۵ فروردین ۱۴۰۰</td></tr></table>'
            '<table><tr><td class="rotitr">صفحه اول &raquo; <a href="cat.php?c=9">سلامت</a></td></tr>'
            '<tr><td class="rotitr">شورای شهر خبر داد</td></tr><tr><td class="titr">پل تازه شهر</td></tr>'
            '<tr><td class="rotitr">تاریخ: ۱۴۰۰/۰۱/۲۵ ساعت: ۱۶:۴۰</td></tr>'
            f"<tr><td>{TEXT}</td></tr><tr><td>{TEXT}</td></tr></table></body></html>")
    record = _record_of(page)
    assert (record.surtitle, record.section) == ("شورای شهر خبر داد", "سلامت")


def test_a_badge_naming_a_brief_is_no_surtitle():
    page = (f'<html lang="fa"><body><article><span class="badge">خبر کوتاه</span><h1>پل تازه شهر</h1><p>{TEXT}</p>'
            f"<p>{TEXT}</p></article></body></html>")
    assert _record_of(page).surtitle is None


def test_a_place_the_headline_opens_with_too_is_no_datelines_agency():
    """«محور کرج - چالوس …» opens the text and the headline alike: a road's name, the subject; a
    dateline's agency is never printed in the headline."""
    text = "محور کرج - چالوس از ساعت ۲۲ امشب تا ظهر فردا به دلیل بارش برف و خطر ریزش بهمن مسدود می‌شود."
    html = PERSIAN_PAGE.format(lang="fa", head="").replace("<h1>پل تازه شهر</h1>",
                                                           "<h1>محور کرج - چالوس امشب مسدود می‌شود</h1>")
    html = html.replace("<div class=\"entry-content\"><p>", f"<div class=\"entry-content\"><p>{text}</p><p>", 1)
    record = extract(html, "https://news.example/fa/news/771845/").record
    assert record is not None
    assert record.source_attribution is None
    elsewhere = html.replace("<h1>محور کرج - چالوس امشب مسدود می‌شود</h1>", "<h1>جاده شمال امشب بسته می‌شود</h1>")
    assert extract(elsewhere, "https://news.example/fa/news/771845/").record.source_attribution == "محور کرج"


def test_tags_after_the_next_storys_headline_are_that_storys():
    """Infinite scroll appends the next story, its h1, text and tag links: they are not this story's."""
    def tags(names: list[str]) -> str:
        return "<div class='t'>" + "".join(f"<a href='/tag/{n}'>{n}</a>" for n in names) + "</div>"
    html = (f"<html lang='fa'><body><article><h1>پل تازه شهر</h1><p>{TEXT}</p><p>{TEXT}</p>{tags(['پل', 'شهر'])}"
            f"</article><article><h1>بازار برنج</h1><p>{TEXT}</p>{tags(['برنج', 'گمرک'])}</article></body></html>")
    record = extract(html, "https://news.example/fa/news/1234567/").record
    assert record is not None
    assert record.tags == ["پل", "شهر"]


def test_a_persian_outlet_abroad_dates_its_story_by_the_city_it_names():
    """«… ۲۱:۴۰ به وقت لندن» beside the Jalali date: the page's time is London's, the instant
    20:40 UTC (British summer time), and the record's fields are told in London's zone."""
    html = PERSIAN_PAGE.format(lang="fa", head="").replace(
        "<h1>پل تازه شهر</h1>", "<h1>پل تازه شهر</h1><time datetime='2023-06-24T20:40:00+00:00'>"
        "شنبه ۳ تیر ۱۴۰۲ / ۲۴ ژوئن ۲۰۲۳ - ۲۱:۴۰ به وقت لندن</time>")
    record = extract(html, "https://peyk.example/fa/news/1234567/").record
    assert record is not None
    assert (record.published_at, record.published_jalali) == ("2023-06-24T21:40:00+01:00", "1402-04-03T21:40")
    # no city named: the stated instant puts the printed clock at London's offset all the same …
    unnamed = extract(html.replace(" به وقت لندن", ""), "https://peyk.example/fa/news/1234567/").record
    assert unnamed.published_at == "2023-06-24T21:40:00+01:00"
    # … and with no instant stated beside it, the printed time is Tehran's
    tehran = extract(html.replace(" به وقت لندن", "").replace(" datetime='2023-06-24T20:40:00+00:00'", ""),
                     "https://peyk.example/fa/news/1234567/").record
    assert tehran.published_at == "2023-06-24T21:40:00+03:30"


def test_an_afghan_outlet_abroad_keeps_the_clock_it_names():
    """A Dari page printing an Afghan month and «به وقت گرینویچ»: an Afghan page (its language fa-AF),
    its time told by the clock it names, not Kabul's."""
    html = PERSIAN_PAGE.format(lang="fa", head="").replace(
        "<h1>پل تازه شهر</h1>",
        "<h1>پل تازه شهر</h1><span class='date'>دوشنبه ۱۲ جوزا ۱۴۰۴ - ۰۸:۴۰ به وقت گرینویچ</span>")
    record = extract(html, "https://shabgir.example/fa/news/48210").record
    assert record is not None and record.language == "fa-AF"
    assert record.published_at == "2025-06-02T08:40:00+00:00"
    kabul = extract(html.replace(" به وقت گرینویچ", ""), "https://shabgir.example/fa/news/48210").record
    assert kabul is not None and kabul.published_at == "2025-06-02T08:40:00+04:30"


@pytest.mark.parametrize(("printed", "language"), [("۸ مارچ ۲۰۲۵", "fa-AF"), ("۸ مارس ۲۰۲۵", "fa")])
def test_a_gregorian_date_spelled_the_afghan_way_makes_the_page_dari(printed: str, language: str):
    """A page declaring fa-IR (a theme's default) that prints its date «۸ مارچ ۲۰۲۵», as only Afghan
    pages spell March, is Dari; «۸ مارس ۲۰۲۵» is Iran's spelling."""
    html = PERSIAN_PAGE.format(lang="fa-IR", head="").replace(
        "<h1>پل تازه شهر</h1>", f"<h1>پل تازه شهر</h1><span class='date'>{printed}</span>")
    record = extract(html, "https://banu.example.org/fa/2025/03/bridge").record
    assert record is not None and record.language == language and record.published_date == "2025-03-08"


def test_a_date_in_a_header_part_beside_the_headline_is_the_storys() -> None:
    """`<div class="item-header">` printing the date and the ID over the title's block, in the box that
    holds the headline (no <article> says so): the story's own header, no chrome; a table row inside
    the text printing another day is no date line of the story's."""
    page = ("<html lang='fa'><body><div class='top'><a href='/'><img src='/logo.png' alt='شهرآوا'></a>"
            "<span>امروز: ۲۰ دی ۱۴۰۳</span></div><div class='item-box news-item'><div class='item-header'>"
            "<div class='item-date'>تاریخ انتشار: ۰۵ دی ۱۴۰۳ - ۱۲:۰۰</div><div class='item-code'>کد خبر: ۵۵۱۲۳</div>"
            f"</div><div class='item-title'><h1>پل تازه شهر</h1></div><div class='item-text'><p>{TEXT}</p>"
            f"<table><tr><th>آغاز کار</th><td>شنبه ۱۵ دی ۱۴۰۳</td></tr></table><p>{TEXT}</p></div></div>"
            "</body></html>")
    record = _record_of(page)
    assert record.published_raw == "۰۵ دی ۱۴۰۳ - ۱۲:۰۰" and record.published_at == "2024-12-25T12:00:00+03:30"
    # a site's header holding its way home stays chrome, though the same box holds the headline
    site = page.replace("<div class='item-header'>", "<div class='item-header'><a href='/'>خانه</a>")
    assert _record_of(site).published_raw != "۰۵ دی ۱۴۰۳ - ۱۲:۰۰"


def test_a_page_showing_its_lead_alone_while_its_json_ld_states_the_text() -> None:
    """A page whose scripts build the text: the markup shows the headline and one line, the JSON-LD
    article's articleBody holds the text, three times as long and more. The stated text is the body,
    the one line shown its lead."""
    shown = "گمرک اعلام کرد ثبت گوشی‌های مسافری از ماه آینده تنها از راه درگاه تازه انجام می‌شود."
    stated = "\n".join([TEXT, TEXT.replace("شهرداری", "فرمانداری"), TEXT.replace("امروز", "دیروز")])
    jsonld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "درگاه تازه گمرک",
                         "articleBody": stated}, ensure_ascii=False)
    page = (f"<html lang='fa'><head><script type='application/ld+json'>{jsonld}</script></head><body><main>"
            f"<h1>درگاه تازه گمرک</h1><p>{shown}</p><div id='root'></div></main></body></html>")
    record = _record_of(page)
    assert record.lead == shown and record.body is not None and len(record.body.split("\n\n")) == 3
    # a markup text as long as the stated one is read from the markup
    full = page.replace(f"<p>{shown}</p>", "".join(f"<p>{t}</p>" for t in stated.split("\n")))
    assert _record_of(full).lead is None


def test_a_posts_excerpt_printed_over_its_text_is_its_lead() -> None:
    """A WordPress theme prints the post's excerpt, in bold, as the first paragraph of its text block
    (`<p class="excerpt">`): the lead, not the text's first paragraph."""
    lead = ("فروشندگان بازار میوه خشک در شهر می‌گویند نرخ کشمش و پسته در هفته گذشته بیش از ده درصد بالا رفته "
            "و خریداران کمتر از سال‌های پیش به بازار آمده‌اند.")
    text = ("یکی از دکانداران که سال‌ها در این بازار کار کرده است، گفت بیشتر مردم این روزها به جای چند کیلو، "
            "تنها چند سیر میوه خشک می‌خرند و بسیاری از مشتریان قدیمی دیگر به بازار نمی‌آیند.")
    html = f"""<html lang="fa"><head><meta charset="utf-8"><title>بالا رفتن نرخ میوه خشک در بازار شهر</title></head>
<body><header><a href="/">خبرنامه شهر</a></header><main><article><header class="entry-header">
<h1 class="entry-title">بالا رفتن نرخ میوه خشک در بازار شهر</h1><span class="posted-on">۲۹ حوت ۱۴۰۲</span></header>
<div class="entry-content"><p class="excerpt"><strong>{lead}</strong></p><p>{text}</p><p>{text}</p><p>{text}</p></div>
</article></main><aside><ul><li><a href="/news/2">خبری دیگر</a><p class="excerpt">{text}</p></li></ul></aside>
</body></html>""".encode()
    record = extract(html, "https://khabarnama.example.af/news/58214").record
    assert record is not None and record.lead == lead and not record.body.startswith(lead[:20])


def test_a_sidebar_box_of_hot_topics_gives_no_tags_of_the_story() -> None:
    """The story's tag list, and a side column's «موضوعات داغ» box of tag links after it: the site's
    trending topics, not the story's tags."""
    text = ("سخنگوی دولت در نشست خبری هفتگی گفت لایحه اصلاح بودجه تا پایان هفته به مجلس می‌رود و دولت برای "
            "جبران کسری درآمدها از فروش اوراق و صرفه‌جویی در هزینه‌های جاری استفاده خواهد کرد.")
    html = f"""<html lang="fa"><head><meta charset="utf-8"><title>لایحه اصلاح بودجه به مجلس می‌رود</title></head>
<body><header><a href="/">خبر نمونه</a></header><div class="row"><div class="col-md-8 main-col">
<h1>لایحه اصلاح بودجه به مجلس می‌رود</h1><p>{text}</p><p>{text}</p><p>{text}</p>
<ul class="tags"><li><a href="/fa/tag/بودجه">بودجه</a></li><li><a href="/fa/tag/دولت">دولت</a></li></ul></div>
<div class="col-md-4 side-col"><div class="box tags-cloud"><h4 class="box-title">موضوعات داغ</h4>
<a href="/fa/tag/کرونا">کرونا</a> <a href="/fa/tag/مجلس">مجلس</a></div></div></div></body></html>"""
    record = extract(html.encode(), "https://news.example/fa/news/2301278/").record
    assert record is not None and record.tags == ["بودجه", "دولت"]
