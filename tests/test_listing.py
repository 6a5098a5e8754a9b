"""The article/listing decision: every listing fixture is refused as `listing`, every article
fixture is an article with and without its site profile, and a profile that finds nothing
cannot turn an article into a refusal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsscraper.demo.content import load_sites
from newsscraper.demo.families import render
from newsscraper.extract import extract
from newsscraper.extract.listing import page_of_series, teaser_count
from newsscraper.extract.page import Page
from newsscraper.sites import site_by_key, site_for_url

FIXTURES = Path(__file__).parent / "fixtures"
CASES = sorted(p.with_suffix("") for p in FIXTURES.glob("*/*.html"))


def _expected(case: Path) -> dict:
    return json.loads(case.with_suffix(".json").read_text("utf-8"))


def _extract(case: Path, **kwargs):
    meta = json.loads(case.with_name(case.name + ".meta.json").read_text("utf-8"))
    return extract(case.with_suffix(".html").read_bytes(), meta.get("url"), content_type=meta.get("content_type"),
                   **{"site_for": site_for_url, **kwargs})


LISTINGS = [c for c in CASES if "refused" in _expected(c)]
ARTICLES = [c for c in CASES if "refused" not in _expected(c)]


def _id(case: Path) -> str:
    return f"{case.parent.name}/{case.name}"


def test_listing_fixtures_cover_the_templates():
    # Section fronts, search results, tag/category and paginated archive pages in ISNA, Nastooh,
    # WordPress and Pangea markup.
    assert {c.parent.name for c in LISTINGS} >= {"isna", "khabaronline", "payammellat", "voadari", "generic"}
    assert len(LISTINGS) >= 6


@pytest.mark.parametrize("use_profiles", [True, False], ids=["profiles", "generic"])
@pytest.mark.parametrize("case", LISTINGS, ids=_id)
def test_listing_is_refused_as_listing(case, use_profiles):
    result = _extract(case, use_profiles=use_profiles)
    assert result.record is None
    assert result.refusal == "listing"


@pytest.mark.parametrize("case", ARTICLES, ids=_id)
def test_article_is_an_article_without_its_profile(case):
    """The generic finder alone reads every hand-checked article's body as the fixture expects."""
    result = _extract(case, use_profiles=False)
    assert result.record is not None, result.refusal
    assert result.record.body == _expected(case)["body"]


def test_profile_that_finds_nothing_falls_back_to_the_finder():
    case = FIXTURES / "generic" / "nodate_01"
    generic = _extract(case)
    # The ISNA profile's body, headline and date selectors match nothing on this template.
    forced = _extract(case, site=site_by_key("isna"))
    assert generic.record is not None and forced.record is not None
    assert forced.record.body == generic.record.body
    assert forced.record.site == "isna"


def test_profile_refusal_is_read_again_generically(tmp_path):
    """An ISNA-profile page whose profile reads a stub (a template change) keeps the finder's body."""
    paragraph = "<p>" + "شورای شهر در نشست امروز خود طرح تازه‌ای را برای گسترش فضای سبز بررسی کرد، " * 3 + "</p>"
    html = ("<html lang='fa'><head><title>طرح فضای سبز - ایسنا</title></head><body>"
            "<div class='full-news'><h1 class='first-title'>طرح تازه فضای سبز در شورای شهر</h1>"
            "<div itemprop='articleBody'><p>ادامه</p></div></div>"
            f"<div class='news-main-body'>{paragraph * 3}</div></body></html>")
    result = extract(html, "https://www.isna.ir/news/1403051201234/", site_for=site_for_url)
    assert result.record is not None, result.refusal
    assert "فضای سبز" in result.record.body
    assert "extract/profile_missed" in result.notes


SENTENCE = ("کارشناسان شهری می‌گویند گسترش حمل‌ونقل عمومی، آلودگی هوا را در سال‌های آینده کمتر می‌کند و "
            "رفت‌وآمد شهروندان را آسان‌تر خواهد کرد. ")


def _article(inner: str, head: str = "") -> str:
    return (f"<html lang='fa'><head><title>گسترش مترو</title>{head}</head><body><article>"
            f"<h1>برنامه تازه گسترش خطوط مترو</h1><div class='content'>{inner}</div></article></body></html>")


def _teasers(n: int, excerpt: str = "") -> str:
    return "".join(f"<div class='teaser'><h3><a href='/fa/news/{i}/'>خبر مرتبط شماره {i} درباره شهر</a></h3>"
                   f"{excerpt}</div>" for i in range(n))


def _refusal(html: str) -> str | None:
    return extract(html, "https://shahr-nemouneh.ir/fa/news/4521/").refusal


def test_article_with_related_teasers_inside_its_block_is_an_article():
    text = "".join(f"<p>{SENTENCE * 2}</p>" for _ in range(4))
    assert _refusal(_article(text + _teasers(8, f"<p>{SENTENCE}</p>"))) is None


def test_article_with_many_linked_subheadings_is_an_article():
    sections = "".join(f"<h2><a href='/fa/tag/{i}'>بخش شماره {i} از گزارش</a></h2><p>{SENTENCE * 3}</p>"
                       for i in range(8))
    assert _refusal(_article(sections)) is None


def test_link_heavy_paragraphs_are_an_article():
    text = "".join(f"<p><a href='/fa/news/{i}/'>{SENTENCE}</a> {SENTENCE}</p>" for i in range(5))
    assert _refusal(_article(text)) is None


def test_short_body_with_jsonld_description_is_an_article():
    jsonld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "مترو", '
              '"description": "گزارش تصویری از خط تازه مترو"}</script>')
    assert _refusal(_article("<p>گزارش تصویری از خط تازه مترو</p>", jsonld)) is None


def test_photo_story_with_a_printed_lead_is_an_article():
    """A photo story: headline, a lead as its description, pictures with captions and a credit line.
    Lead and body together pass the body's minimum; without the lead the page is a stub."""
    pictures = "".join(f"<figure><img src='/files/{i}.jpg' alt=''><figcaption>نمایی از ایستگاه شماره {i}"
                       "</figcaption></figure>" for i in range(8))
    lead = ("<p class='lead'>خط تازه مترو با هفت ایستگاه از امروز به روی مسافران باز شد و نخستین قطار آن "
            "صبح زود با حضور مسئولان شهری حرکت کرد.</p>")
    credit = "<p>عکاس: سارا نمونه</p>"
    assert _refusal(_article(lead + pictures + credit)) is None
    bare = "".join(f"<figure><img src='/files/{i}.jpg' alt=''></figure>" for i in range(8))
    assert _refusal(_article(bare + credit)) == "no_body"  # pictures and a credit: no text at all


def test_a_photo_storys_captions_are_its_text():
    """Without a lead or a paragraph of text, the captions of a gallery are what the story says; a
    credit caption, another story's captioned teaser and the credit line are not."""
    captions = [f"نمایی از ایستگاه شماره {i} در نخستین روز کار خط تازه" for i in range(1, 5)]
    pictures = "".join(f"<figure><img src='/files/{i}.jpg' alt=''><figcaption>{c}</figcaption></figure>"
                       for i, c in enumerate(captions))
    pictures += "<figure><img src='/files/9.jpg' alt=''><figcaption>عکس: سارا نمونه</figcaption></figure>"
    teasers = "<ul>" + "".join(f"<li><figure><img src='/t/{i}.jpg'><figcaption><a href='/fa/news/{i}/x'>خبر دیگری "
                               f"درباره مترو شماره {i}</a></figcaption></figure></li>" for i in range(4)) + "</ul>"
    html = _article(pictures + "<p>عکاس: سارا نمونه</p>").replace("</article>", f"</article>{teasers}")
    record = extract(html, "https://shahr-nemouneh.ir/fa/news/4521/").record
    assert record is not None
    assert record.body.split("\n\n") == captions
    # Beside a text of its own, a picture's caption stays out of the body.
    text = "".join(f"<p>{SENTENCE * 2}</p>" for _ in range(3))
    record = extract(_article(text + pictures), "https://shahr-nemouneh.ir/fa/news/4521/").record
    assert record is not None
    assert not any(c in record.body for c in captions)


DESCRIPTION = "<p>تصاویری از نخستین روز کار خط تازه مترو که امروز به روی مسافران باز شد.</p>"
RELATED = "<div class='box'><ul>" + "".join(
    f"<li><a href='/fa/news/{i}/x'>خبر دیگری درباره مترو و اتوبوس شهر شماره {i}</a></li>"
    for i in range(6)) + "</ul></div>"
PLAYERS = {
    "video element": "<video src='/files/metro.mp4' controls></video>",
    "video host frame": "<iframe src='https://www.aparat.com/video/video/embed/videohash/abc/vt/frame'></iframe>",
    "figures": "".join(f"<figure><img src='/files/{i}.jpg' alt=''></figure>" for i in range(5)),
    "gallery": "<div class='photo-gallery'>" + "".join(f"<a href='/files/{i}.jpg'><img src='/files/t{i}.jpg'></a>"
                                                       for i in range(5)) + "</div>",
    # an AMP copy's player and carousel
    "amp video": "<amp-video src='/files/metro.mp4' width='640' height='360' layout='responsive'></amp-video>",
    "amp frame": "<amp-iframe src='https://www.aparat.com/video/video/embed/videohash/abc/vt/frame'></amp-iframe>",
    "amp carousel": "<amp-carousel type='slides'>" + "".join(f"<amp-img src='/files/{i}.jpg'></amp-img>"
                                                             for i in range(5)) + "</amp-carousel>",
}


@pytest.mark.parametrize("player", PLAYERS.values(), ids=PLAYERS.keys())
def test_a_video_or_photo_story_with_a_line_of_description_is_an_article(player):
    # One sentence of description, no lead element, no JSON-LD; a related list beside it or not.
    assert _refusal(_article(player + DESCRIPTION)) is None
    assert _refusal(_article(player + DESCRIPTION).replace("</article>", f"</article>{RELATED}")) is None
    assert _refusal(_article(DESCRIPTION).replace("</article>", f"</article>{RELATED}")) == "short_body"  # no player


@pytest.mark.parametrize("player", [PLAYERS["video element"], PLAYERS["video host frame"]])
def test_a_video_story_whose_description_is_printed_as_its_lead_has_it_as_its_text(player):
    """«فیلم | …»: the player, one line of description in a lead element, a related list after it."""
    lead = "آتش‌نشانان شهر کارگری را که در چاهی به عمق بیست متر گرفتار شده بود پس از سه ساعت تلاش نجات دادند."
    html = (f"<html lang='fa'><body><h1>فیلم | نجات کارگر گرفتار در چاه</h1><div class='media'>{player}</div>"
            f"<p class='lead'>{lead}</p>{RELATED}</body></html>")
    result = extract(html, "https://shahr-nemouneh.ir/fa/news/4521/")
    assert result.record is not None, result.refusal
    assert (result.record.body, result.record.lead) == (lead, None)
    # Without the player it is a lead and nothing else: no story.
    assert _refusal(html.replace(player, "")) is not None


def test_a_video_section_front_is_still_a_listing():
    page = (f"<html lang='fa'><body><h1>ویدئو</h1>{PLAYERS['video element']}<p>تازه‌ترین ویدئوهای روز</p>"
            f"{RELATED}</body></html>")
    assert _refusal(page) == "listing"


BRIEF = ("<h1>فوری | زلزله ۵ ریشتری شهر را لرزاند</h1><div class='info'>۲۳ مرداد ۱۴۰۳ - ۰۴:۱۰</div>"
         "<div class='a'><p>زلزله‌ای به بزرگی ۵ ریشتر بامداد امروز شهر را لرزاند.</p></div>")


@pytest.mark.parametrize(("head", "url", "refusal"), [
    ("<meta property='og:type' content='article'>", "https://shahr-nemouneh.ir/fa/news/4521/", None),
    ("", "https://shahr-nemouneh.ir/fa/news/4521/", "short_body"),                   # says nothing of itself
    ("<meta property='og:type' content='article'>", "https://shahr-nemouneh.ir/fa/tag/zelzele", "short_body"),  # no ID
])
def test_a_breaking_news_brief_of_one_sentence_is_an_article(head, url, refusal):
    html = f"<html lang='fa'><head>{head}</head><body>{BRIEF}</body></html>"
    assert extract(html, url).refusal == refusal


@pytest.mark.parametrize(("code", "refusal"), [
    ("<div class='code'>کد خبر: ۴۵۲۱</div>", None),  # the page prints its own news ID: it shows one story
    ("<ul>" + "".join(f"<li><a href='/fa/news/{i}/'>خبر دیگری درباره زلزله شماره {i}</a><span>کد خبر: {i}</span></li>"
                      for i in range(3)) + "</ul>", "short_body"),  # other stories' IDs say nothing of this page
])
def test_a_brief_printing_its_news_id_is_an_article_without_declaring_itself_one(code, refusal):
    html = f"<html lang='fa'><body>{BRIEF}{code}</body></html>"
    assert extract(html, "https://shahr-nemouneh.ir/fa/tag/zelzele").refusal == refusal


RELATED_EXCERPTS = ("<div class='content'><h3>اخبار مرتبط</h3><ul>" + "".join(
    f"<li><a href='/fa/news/{i}/x'>خبر مرتبط شماره {i} درباره شهر</a><p>{SENTENCE}</p></li>" for i in range(7))
    + "</ul></div>")


@pytest.mark.parametrize("marker", ["<p>انتهای پیام/ع</p>", ""])
def test_a_one_sentence_story_closed_by_its_footer_marker_beside_lists_is_an_article(marker):
    """A brief that prints neither its news ID nor a declaration, but closes with the agency's
    «انتهای پیام», printed under one story and never under a list of them."""
    story = ("<h1>شورای شهر بودجه فضای سبز را افزایش داد</h1><div class='d'>۱۵ تیر ۱۴۰۲ - ۱۹:۳۱</div>"
             "<div class='t'><p>این طرح پیش از این در دو منطقه دیگر اجرا شده و نتیجه خوبی داشته است.</p>"
             f"{marker}</div>")
    html = f"<html lang='fa'><body><div class='w'>{story}{RELATED_EXCERPTS}</div></body></html>"
    refusal = _refusal(html)
    assert refusal is None if marker else refusal in ("listing", "short_body")


@pytest.mark.parametrize(("date", "refused"), [("<div class='d'>تاریخ انتشار: ۰۹:۲۹ - ۰۸ میزان ۱۴۰۱</div>", False),
                                               ("", True)])  # no date of its own
def test_a_short_dated_story_with_a_lead_beside_lists_of_other_stories_is_an_article(date, refused):
    """Readers' comments longer than the story make the finder take the page's whole body, with its
    lists of other stories: a short story with its lead and date is still a story."""
    links = "".join(f"<li><a href='/fa/news/9{i}/x'>خبر دیگری درباره شهر شماره {i}</a></li>" for i in range(4))
    comments = "".join(f"<div class='content'><p>{SENTENCE}{SENTENCE}</p></div>" for _ in range(6))
    html = (f"<html lang='fa'><body><div class='main'><ul>{links}</ul></div>"
            "<h1>شورای شهر بودجه فضای سبز را افزایش داد</h1>"
            "<h2 class='subtitle'>مسئولان شهری از اجرای طرح تازه‌ای برای افزایش فضای سبز در جنوب شهر خبر دادند.</h2>"
            f"{date}<div class='t'><p>اعضای شورا درباره کرایه تاکسی‌ها بحث کردند اما تصمیمی گرفته نشد.</p></div>"
            f"<div class='x'><ul>{links}</ul></div><div class='k'><h3>نظر شما</h3>{comments}</div></body></html>")
    assert (_refusal(html) is not None) == refused


def test_readers_comments_and_related_excerpts_outscoring_a_short_story_leave_it_its_text():
    """The comments outscore the related list's excerpts (in a box a template named `content`), which
    outscore the one-sentence story: the text is the block between the headline and the list."""
    line = "این طرح پیش از این در دو منطقه دیگر اجرا شده و نتیجه خوبی داشته است."
    comments = "".join(f"<div class='c'><span>کاربر {i}</span><p>{SENTENCE * 2}</p></div>" for i in range(6))
    html = (f"<html lang='fa'><body><h2>شورای شهر بودجه فضای سبز را افزایش داد</h2>"
            f"<div class='d'>کد خبر: ۴۵۲۱ - ۱۵ تیر ۱۴۰۲ - ۱۹:۳۱</div><div class='t'><p>{line}</p></div>"
            f"{RELATED_EXCERPTS}<div class='k'><h3>نظرات</h3>{comments}<form><textarea></textarea></form></div>"
            "</body></html>")
    record = extract(html, "https://shahr-nemouneh.ir/fa/news/4521/").record
    assert record is not None and record.body == line


def test_a_roundup_printing_its_own_news_id_is_an_article():
    """«اخبار اقتصادی امروز در یک نگاه»: an intro, then five linked headlines each with a paragraph
    of some thirty words: a section page by its shape, one story by the «کد خبر» it prints."""
    summary = (f"<p>{SENTENCE} کارشناسان درباره پیامدهای آن برای بازار و مصرف‌کنندگان هشدار داده‌اند و جزئیات"
               " آن در ادامه آمده است.</p>")
    items = "".join(f"<h3><a href='/fa/news/{i}/x'>خبر مهم اقتصادی شماره {i} امروز</a></h3>{summary}" for i in range(5))
    html = _article(f"<p>در این گزارش مهم‌ترین خبرهای امروز را مرور می‌کنیم.</p>{items}")
    assert _refusal(html) == "listing"
    assert _refusal(html.replace("<h1>", "<div class='code'>کد خبر: ۴۵۲۱</div><h1>")) is None


def test_a_story_page_with_no_text_beside_its_lists_is_refused_for_that_not_as_a_listing():
    """An infographic: the headline, one picture and a related list. It prints its own «کد خبر», so
    the refusal says the story has no text (a crawl counts a story it could not read)."""
    html = (f"<html lang='fa'><body><h1>سهم استان‌ها از تولید گندم امسال</h1><p><img src='/files/info.jpg' alt=''></p>"
            f"{RELATED}</body></html>")
    assert _refusal(html) == "listing"
    assert _refusal(html.replace("<h1>", "<div class='code'>کد خبر: ۴۵۲۱</div><h1>")) == "no_body"


@pytest.mark.parametrize("excerpt", [f"<br>{SENTENCE}", ""])
def test_an_archive_set_as_a_tables_rows_is_a_listing(excerpt):
    """An old template's archive: one row per story, its linked headline (an excerpt under it or
    not) and its «کد خبر» in a cell beside it. Each row prints a news ID: none is the page's own."""
    rows = "".join(f"<tr><td><a href='/fa/news/{1000 + i}/x'>عنوان خبر شماره {i} درباره شهر و شورا</a>{excerpt}</td>"
                   f"<td>کد خبر: {1000 + i}</td></tr>" for i in range(10))
    html = f"<html lang='fa'><body><h1>آرشیو اخبار</h1><table>{rows}</table></body></html>"
    assert extract(html, "https://shahr-nemouneh.ir/fa/archive?page=2").refusal == "listing"


def test_a_short_story_in_a_layout_tables_row_beside_rows_of_related_links_is_an_article():
    """The story's row carries no linked headline of its own: it is no item of the related rows' run."""
    story = "<br><br>".join([SENTENCE] * 3)
    rows = "".join(f"<tr><td><a href='/fa/news/{i}/x'>خبر مرتبط شماره {i} درباره شهر و شورا</a></td></tr>"
                   for i in range(5))
    html = (f"<html lang='fa'><body><table><tr><td><a href='/'>خانه</a> <a href='/fa/x'>اخبار</a></td></tr>"
            f"<tr><td><h1>برنامه تازه گسترش خطوط مترو</h1>{story}</td></tr>{rows}</table></body></html>")
    assert _refusal(html) is None


def test_a_section_page_under_a_one_word_h1_opening_with_its_top_story_is_a_listing():
    top = (f"<div class='top'><h2><a href='/fa/news/600/x'>شورای شهر طرح فضای سبز جنوب شهر را تصویب کرد</a></h2>"
           f"<p>{SENTENCE} {SENTENCE}</p></div>")
    html = f"<html lang='fa'><body><h1>اجتماعی</h1>{top}<ul>{RELATED}</ul></body></html>"
    assert extract(html, "https://shahr-nemouneh.ir/fa/service/social").refusal == "listing"
    # Under a story's own headline, the same block is a story that opens on a link.
    story = html.replace("<h1>اجتماعی</h1>", "<h1>طرح فضای سبز جنوب شهر در شورا</h1>")
    assert extract(story, "https://shahr-nemouneh.ir/fa/news/4521/").refusal is None


def test_teasers_with_short_excerpts_are_a_listing():
    assert _refusal(_article(_teasers(8, "<p>خلاصه کوتاهی از این خبر.</p>"))) == "listing"


SHORT_SECTION = {"sample_wp": "/category/{slug}/", "sample_nastooh": "/service/{slug}", "sample_dari": "/z/{slug}"}


@pytest.mark.parametrize("teasers", [2, 3])
@pytest.mark.parametrize("key", sorted(SHORT_SECTION))
def test_short_section_page_is_a_listing(tmp_path, key, teasers):
    """A sample-site section holding only 2 or 3 stories fits on one page with no next/previous link:
    still a listing (issue 11: its one teaser's summary was exported as an article, and the crawl never
    read the page's links)."""
    data = load_sites()
    site = data["sites"][key]
    slug = site["sections"][0]["slug"]
    others = [a for a in site["articles"] if a["section"] != slug]
    site["articles"] = [a for a in site["articles"] if a["section"] == slug][:teasers] + others
    path = tmp_path / "articles.json"
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    base = "http://127.0.0.1:8123"
    url = base + SHORT_SECTION[key].format(slug=slug)
    response = render(key, url.removeprefix(base), base, data=path)
    assert response is not None and response[0] == 200
    html = response[2]
    assert html.count(f"{base}/".encode()) > teasers  # the page is served, with its teasers' links
    for use_profiles in (True, False):
        result = extract(html, url, site_for=site_for_url, use_profiles=use_profiles)
        assert result.refusal == "listing", (use_profiles, result.record and result.record.headline)


@pytest.mark.parametrize("link", [
    '<link rel="next" href="/archive?page=3">',
    '<LINK REL="prev" HREF="/archive?page=1">',        # upper-case markup: the tree lower-cases names
    "<link rel=next href=/archive?page=3>",
    '<a rel="&#110;ext" href="/archive?page=3">بعدی</a>',  # a value written as a character reference
])
def test_a_link_to_the_next_or_previous_page_marks_a_page_of_a_series(link):
    from newsscraper.extract.fields import is_paginated
    from newsscraper.extract.page import Page

    assert is_paginated(Page(f"<html><head>{link}</head><body><p>صفحه دوم بایگانی</p></body></html>"))
    assert not is_paginated(Page('<html><head><link rel="canonical" href="/a"></head><body></body></html>'))


TOP_STORY = ("رئیس سازمان برنامه امروز در نشست خبری از جزئیات لایحه بودجه سال آینده خبر داد و گفت سقف هزینه‌های "
             "دولت بیست درصد افزایش می‌یابد. وی افزود بخش بزرگی از این افزایش به طرح‌های عمرانی نیمه‌تمام "
             "می‌رسد و دولت می‌کوشد وابستگی بودجه به نفت را کم کند. به گفته او لایحه تا پایان هفته به مجلس می‌رود.")


def _front(title: str, heading: str = "h2", kicker: str = "") -> str:
    shorts = "".join(f"<li><a href='/fa/news/{600000 + i}/y'>خبر کوتاه شماره {i} درباره رویدادهای امروز</a></li>"
                     for i in range(6))
    return (f"<html lang='fa'><head><title>{title}</title></head><body><div class='top'>{kicker}"
            f"<{heading}><a href='/fa/news/600100/z'>جزئیات لایحه بودجه سال آینده اعلام شد</a></{heading}>"
            f"<p>{TOP_STORY}</p></div><div class='list'><ul>{shorts}</ul></div></body></html>")


@pytest.mark.parametrize(("title", "url"), [
    ("خبرگزاری نمونه - صفحه نخست", "https://shahr-nemouneh.ir/"),          # the site's front page
    ("خبرگزاری نمونه - صفحه نخست", "https://shahr-nemouneh.ir/fa/"),
    ("خبرگزاری نمونه - صفحه نخست", "https://shahr-nemouneh.ir/index.php"),
    ("سیاسی - خبرگزاری نمونه", "https://shahr-nemouneh.ir/fa/service/politics"),  # a section: no headline printed
])
def test_a_fronts_top_story_with_a_long_excerpt_does_not_make_it_an_article(title, url):
    assert extract(_front(title), url).refusal == "listing"
    # its kicker over the linked headline («لحظه به لحظه») changes nothing, nor a most-read list's
    # rank before it, in any digits
    assert extract(_front(title, kicker="<div class='sur'>لحظه به لحظه</div>"), url).refusal == "listing"
    for rank in ("1", "۱", "1."):
        ranked = _front(title, kicker=f"<span class='rank'>{rank}</span><div class='sur'>لحظه به لحظه</div>")
        assert extract(ranked, url).refusal == "listing"
    # nor a روتیتر of seven to ten words, as agencies print over a top story
    long_kicker = "<span class='rutitr'>در نشست امروز شورای عالی برنامه‌ریزی و بودجه کشور</span>"
    assert extract(_front(title, kicker=long_kicker), url).refusal == "listing"
    # nor a badge («ویژه») over the kicker
    badged = "<span class='badge'>ویژه</span><p class='sur'>معاون سازمان برنامه تشریح کرد</p>"
    assert extract(_front(title, kicker=badged), url).refusal == "listing"
    # nor a kicker naming whose words the linked headline quotes, closed by a colon
    speaker = "<p class='uptitle'>رئیس سازمان برنامه و بودجه:</p>"
    assert extract(_front(title, kicker=speaker), url).refusal == "listing"


def _featured(heading: str) -> str:
    """A section page of a series: its featured story a linked <h2>, a date and a long excerpt in a
    block of its own, then short items and a pager."""
    shorts = "".join(f"<li><a href='/fa/news/{600000 + i}/y'>خبر کوتاه شماره {i} درباره رویدادهای امروز</a></li>"
                     for i in range(6))
    return (f"<html lang='fa'><head><title>اقتصاد - خبرگزاری نمونه</title></head><body>{heading}"
            "<div class='featured'><h2 class='title'><a href='/fa/news/600100/z'>جزئیات لایحه بودجه سال آینده"
            f" اعلام شد</a></h2><span class='date'>۲۳ مرداد ۱۴۰۳</span><div class='excerpt'><p>{TOP_STORY}</p>"
            f"<p>{TOP_STORY}</p></div></div><ul class='more'>{shorts}</ul>{PAGER}</body></html>")


@pytest.mark.parametrize("heading", ["<h1>اقتصاد</h1>", "<h1>آرشیو اخبار</h1>", "<h1>سارا احمدی</h1>", ""])
def test_a_featured_storys_excerpt_under_its_linked_headline_does_not_make_a_section_page_an_article(heading):
    assert extract(_featured(heading), "https://shahr-nemouneh.ir/fa/service/economy?page=1").refusal == "listing"


def test_a_story_with_a_linked_heading_of_another_story_above_its_text_is_an_article():
    """The same shape under the story's own headline: the linked heading before its text is a related
    story's, not the text's own headline."""
    html = _featured("<h1>نشست شورای شهر درباره بودجه عمرانی سال آینده برگزار شد</h1>")
    assert extract(html, "https://shahr-nemouneh.ir/fa/news/600200/x").refusal is None


@pytest.mark.parametrize("url", ["https://shahr-nemouneh.ir/?p=600100", "https://shahr-nemouneh.ir/fa/news/600100/z"])
def test_a_story_whose_headline_links_to_itself_is_an_article(url):
    html = _front("جزئیات لایحه بودجه سال آینده اعلام شد - خبرگزاری نمونه", "h1").replace("/fa/news/600100/z", url)
    assert extract(html, url).refusal is None


@pytest.mark.parametrize("link", ["/fa/news/600100/", "/fa/news/600100/other-slug", "https://shahr-nemouneh.ir/?p=600100"])
def test_a_story_whose_headline_links_to_a_shorter_form_of_its_address_is_an_article(link):
    url = "https://shahr-nemouneh.ir/fa/news/600100/z" if "?p=" not in link else link
    html = _front("جزئیات لایحه بودجه سال آینده اعلام شد - خبرگزاری نمونه", "h1").replace("/fa/news/600100/z", link)
    assert extract(html, url).refusal is None


def test_a_video_archive_whose_featured_videos_linked_h1_plays_over_its_grid_is_a_listing():
    """The featured video plays on the page, its h1 a link to its own page, its description and date
    beside it, then the archive's grid of cards: the h1 is that video's headline, not this page's."""
    cards = "".join(f"<div class='card'><a href='/fa/video/{20480 - i}/x'><img src='/t{i}.jpg'></a><h3><a "
                    f"href='/fa/video/{20480 - i}/x'>ویدئوی شماره {i} از رویدادهای هفته گذشته</a></h3>"
                    "<span>۰۲:۱۴</span></div>" for i in range(8))
    html = ("<html lang='fa'><head><title>آرشیو ویدیو - نمونه</title></head><body><section><div><video controls "
            "src='/v.mp4'></video></div><div><span>ویدیوی ویژه</span><h1><a href='/fa/video/20501/slug'>روایت سه "
            f"نسل سفالگر در روستای لالجین</a></h1><p>{TOP_STORY}</p><span>۲۴ بهمن ۱۴۰۳</span></div></section>"
            f"<section><h2>آرشیو ویدیوها</h2><div>{cards}</div></section></body></html>")
    assert extract(html, "https://shahr-nemouneh.ir/fa/video/archive").refusal == "listing"



EXCERPT = ("در این گزارش به بررسی وضعیت بازار مسکن در شهرهای بزرگ کشور پرداخته‌ایم و نظر کارشناسان را درباره "
           "آینده قیمت‌ها جویا شده‌ایم و آنان معتقدند رکود ادامه دارد.")


@pytest.mark.parametrize("h1", ["<h1>مسکن</h1>", "<h1>اخبار مسکن و شهرسازی</h1>", ""])
def test_a_new_section_of_three_stories_is_a_listing(h1):
    items = "".join(f"<div class='item'><h3><a href='/fa/news/{100 + i}/x'>عنوان خبر شماره {i} درباره بازار مسکن</a>"
                    f"</h3><p>{EXCERPT}</p></div>" for i in range(3))
    html = f"<html lang='fa'><head><title>مسکن</title></head><body>{h1}<div class='list'>{items}</div></body></html>"
    assert extract(html, "https://shahr-nemouneh.ir/fa/service/maskan").refusal == "listing"


def test_a_list_article_whose_three_items_link_their_subjects_is_an_article():
    """«سه فیلم برتر سال»: each item a linked heading and a paragraph of its own, longer than an excerpt."""
    items = "".join(f"<div class='item'><h3><a href='/fa/film/{i}'>فیلم شماره {i} از سینمای ایران</a></h3>"
                    f"<p>{SENTENCE * 4}</p></div>" for i in range(3))
    html = (f"<html lang='fa'><head><title>سه فیلم برتر سال</title></head><body><h1>سه فیلم برتر سال</h1>"
            f"<div class='list'>{items}</div></body></html>")
    assert extract(html, "https://shahr-nemouneh.ir/fa/news/4521/").refusal is None


ABOUT = ("خبرگزاری شهر در سال ۱۳۸۵ کار خود را آغاز کرد و امروز با صد خبرنگار در سراسر کشور خبرهای سیاسی،"
         " اقتصادی و اجتماعی را پوشش می‌دهد.")


@pytest.mark.parametrize(("h1", "date", "refusal"), [
    ("درباره ما", "", "site_page"),
    ("تماس با ما", "", "site_page"),
    ("فرصت‌های شغلی", "", "site_page"),
    ("Privacy Policy", "", "site_page"),
    ("عضویت در خبرنامه شهر نمونه", "", "site_page"),                    # the newsletter's sign-up page
    ("Subscribe to our daily newsletter", "", "site_page"),
    # dated, the site's page all the same (session 26: polls, a PDF issue, terms print dates) …
    ("درباره ما", "<div class='d'>۱۵ تیر ۱۴۰۲ - ۱۹:۳۱</div>", "site_page"),
    # … unless it shows one story: its own news ID
    ("درباره ما", "<div class='d'>۱۵ تیر ۱۴۰۲ - ۱۹:۳۱ | کد خبر: ۴۵۲۱۸۷</div>", None),
    ("درباره ما و شما: گفت‌وگو با شهردار", "", None),                 # a story's headline opening so
])
def test_the_sites_own_pages_are_no_stories(h1, date, refusal):
    html = (f"<html lang='fa'><body><div class='menu'><a href='/'>خانه</a></div><h1>{h1}</h1>{date}"
            f"<div class='content'><p>{ABOUT}</p><p>{ABOUT}</p></div></body></html>")
    assert extract(html, "https://shahr-nemouneh.ir/fa/page/about").refusal == refusal


GONE = ("متاسفانه صفحه‌ای که به دنبال آن هستید وجود ندارد یا حذف شده است. لطفا از جستجو برای یافتن مطلب"
        " مورد نظر خود استفاده کنید و دوباره تلاش کنید.")


@pytest.mark.parametrize(("h1", "date", "refusal"), [
    ("خبر مورد نظر یافت نشد", "", "not_found"),
    ("صفحه مورد نظر پیدا نشد", "", "not_found"),
    ("خطای ۴۰۴", "", "not_found"),
    ("Page not found", "", "not_found"),
    ("Oops! That page can’t be found.", "", "not_found"),                  # WordPress's
    ("کوهنورد گمشده پس از سه روز پیدا نشد", "", None),                     # a story that says so
    ("خبر مورد نظر یافت نشد", "<div class='d'>۱۵ تیر ۱۴۰۲ - ۱۹:۳۱</div>", None),  # dated: a story after all
])
def test_a_page_saying_what_was_asked_for_is_not_there_is_no_story(h1, date, refusal):
    """A removed story's address answering 200 with the site's "not found" page (a soft 404)."""
    html = (f"<html lang='fa'><body><div class='menu'><a href='/'>خانه</a></div><h1>{h1}</h1>{date}"
            f"<div class='content'><p>{GONE}</p></div></body></html>")
    assert extract(html, "https://shahr-nemouneh.ir/fa/news/4521/").refusal == refusal


@pytest.mark.parametrize(("title", "h1", "text", "refusal"), [
    ("Just a moment...", "www.shahr-nemouneh.ir",
     "www.shahr-nemouneh.ir needs to review the security of your connection before proceeding.", "blocked"),
    ("در حال بررسی مرورگر", "لطفا چند لحظه صبر کنید",
     "در حال بررسی مرورگر شما هستیم. این کار چند ثانیه طول می‌کشد و پس از آن به سایت منتقل می‌شوید. از شکیبایی"
     " شما سپاسگزاریم و امیدواریم این بررسی زیاد طول نکشد.", "blocked"),
    ("403 Forbidden", "دسترسی غیرمجاز", f"{GONE} {GONE}", "blocked"),
    # a story whose headline opens with the same words
    ("لطفا صبر کنید؛ قطار تهران مشهد تاخیر دارد", "لطفا صبر کنید؛ قطار تهران مشهد تاخیر دارد", f"{SENTENCE} {SENTENCE}",
     None),
])
def test_a_bot_check_or_an_access_rule_served_instead_of_the_story_is_no_story(title, h1, text, refusal):
    """A CDN's browser check (Cloudflare, ArvanCloud) or an access rule answered the request: a crawl
    or an archive holds its page under the story's address."""
    html = f"<html lang='fa'><head><title>{title}</title></head><body><h1>{h1}</h1><p>{text}</p></body></html>"
    assert extract(html, "https://shahr-nemouneh.ir/fa/news/4521/").refusal == refusal


@pytest.mark.parametrize(("refresh", "refusal"), [
    ("0;url=https://shahr-nemouneh.ir/fa/news/4522/", "redirect"),   # a saved redirect to the story's new address
    ("0; URL='/fa/news/4522/'", "redirect"),
    ("300", None),                                                    # a page reloading itself every 5 minutes
    ("0;url=https://shahr-nemouneh.ir/fa/news/4521/", None),          # to its own address
])
def test_a_page_that_sends_its_reader_on_at_once_is_no_story(refresh, refusal):
    html = (f"<html lang='fa'><head><meta http-equiv='refresh' content=\"{refresh}\"><title>در حال انتقال</title>"
            f"</head><body><h1>در حال انتقال به نشانی تازه خبر</h1><p>{GONE}</p></body></html>")
    assert extract(html, "https://shahr-nemouneh.ir/fa/news/4521/").refusal == refusal


def _story_items(n: int, item: str = "div", heading: str = "", before: str = "", between: str = "") -> str:
    """``n`` like items, each ``before`` (a picture) a linked headline (in ``heading``, or bare),
    ``between`` (a date) and an excerpt of whole sentences."""
    def headline(i: int) -> str:
        link = f"<a href='/fa/news/{100 + i}/x'>خبر شماره {i} درباره شورای شهر</a>"
        return f"<{heading}>{link}</{heading}>" if heading else link
    tag = item.split()[0]  # `div class='inner'`: items of a class
    return "".join(f"<{item}>{before}{headline(i)}{between}<p>{SENTENCE}{SENTENCE}</p></{tag}>" for i in range(n))


# A pager of page numbers in a class that says nothing: one page of a numbered series.
PAGER = "<div class='x9'>" + " ".join(f"<a href='?page={n}'>{n}</a>" for n in "۱۲۳۴") + "</div>"


# Teasers as a template prints them, each alike: a picture, a bare linked headline, an excerpt of whole
# sentences (more words than the link), a read-more link.
WHOLE_EXCERPT_ITEMS = "".join(
    f"<li class='item'><img src='/p/{i}.jpg' alt=''><a href='/fa/news/{100 + i}/x'>خبر شماره {i} درباره شورای شهر</a>"
    f"<p>{SENTENCE}{SENTENCE}</p><a href='/fa/news/{100 + i}/x'>ادامه مطلب</a></li>" for i in range(6))


@pytest.mark.parametrize("heading", ["برچسب: شورای شهر", "نتایج جستجو برای «شورای شهر»", "آرشیو اخبار",
                                     "Tag: city council", "Search results for “council”"])
def test_a_tag_search_or_archive_page_of_teasers_with_whole_sentence_excerpts_is_a_listing(heading):
    """Its heading names a listing, not a story, however many words it has; each item opens with its
    linked headline, whose words its excerpt outnumbers."""
    html = f"<html lang='fa'><body><h1>{heading}</h1><ul class='list'>{WHOLE_EXCERPT_ITEMS}</ul></body></html>"
    assert extract(html, "https://shahr-nemouneh.ir/fa/tag/12/x").refusal == "listing"


@pytest.mark.parametrize("heading", ["نتایج جستجو برای «شورای شهر»", "نویسنده: سارا احمدی",
                                     "بایگانی روزانه: ۱۰ آذر ۱۴۰۳", "Daily Archives: November 30, 2024"])
@pytest.mark.parametrize("where", ["h1", "title"])
def test_a_page_headed_as_a_tag_search_or_archive_is_a_listing_whatever_text_it_reads(where, heading):
    """A search page (an author's, a day's archive) of two results: its introduction is read as a lead
    and a footer's line as its text, which a lead's words let pass. Headed by its h1 or only by its
    title, it is a listing; the same words on a page printing its own news ID show one story."""
    h1 = f"<h1>{heading}</h1>" if where == "h1" else ""
    results = _story_items(2, "li", "h3", between="<span>۱۲ آبان ۱۴۰۳ - ۱۱:۳۶</span>")
    html = (f"<html lang='fa'><head><title>{heading} - شهر نمونه</title></head><body>{h1}<p>{SENTENCE}</p>"
            f"<ul>{results}</ul><div class='x'><p>تمامی حقوق این سایت محفوظ است.</p>"
            f"<a href='/about'>درباره ما</a></div></body></html>")
    assert extract(html, "https://shahr-nemouneh.ir/fa/search?q=x").refusal == "listing"
    own_id = html.replace("<ul>", "<div class='code'>کد خبر: ۴۵۲۱۷</div><ul>")
    assert extract(own_id, "https://shahr-nemouneh.ir/fa/search?q=x").refusal != "listing"


@pytest.mark.parametrize("label", ["جستجو:", "Search:"])
def test_a_search_page_of_one_long_result_titled_by_its_query_is_a_listing(label):
    """Its title names the search and the query; the query printed alone over the one result (a
    linked title with the query's words marked, an excerpt of whole sentences) reads as the headline
    and the result as its text, unless the title's label says what the page is."""
    query = "طرح فضای سبز شهر"
    result = ("<div class='item'><div class='thumb'><a href='/fa/news/5120/x'><img src='/a.jpg' alt=''></a></div>"
              "<div class='b'><h3><a href='/fa/news/5120/x'>تصویب <mark>طرح</mark> تازه <mark>فضای سبز</mark> در "
              "شورای <mark>شهر</mark></a></h3>"
              "<div class='m'><span>شهری</span> | <span>۲۱ مرداد ۱۳۹۹ - ۱۱:۴۰</span></div>"
              f"<p>... به گزارش شهر نمونه، <mark>طرح</mark> {SENTENCE * 4}</p>"
              "<a href='/fa/news/5120/x'>shahr-nemouneh.ir/fa/news/5120</a></div></div>")
    html = (f"<html lang='fa'><head><title>{label} {query} - شهر نمونه</title>"
            "<meta property='og:site_name' content='شهر نمونه'></head><body>"
            "<ol class='bc'><li><a href='/'>صفحه نخست</a></li><li>جستجو</li></ol>"
            f"<div class='res'><form action='/search'><input name='q' value='{query}'></form>"
            f"<div class='s'>۱ نتیجه برای «<strong>{query}</strong>» یافت شد</div><div class='list'>{result}</div>"
            "</div></body></html>")
    assert extract(html, "https://shahr-nemouneh.ir/fa/search?q=x").refusal == "listing"


def test_page_two_of_a_provinces_news_under_its_description_is_a_listing():
    """A page of a numbered series printing its name as a heading and a few lines describing the
    province, no date, ID or marker of its own: the finder takes the description for the text (the
    items beside it, class-less, are no block of it); such a page is a listing."""
    items = "".join(f"<div><h3><a href='/fa/news/{700 + i}/x'>خبر شماره {i} درباره شورای شهر هرات</a></h3>"
                    f"<span>۱۲ میزان ۱۳۹۶</span></div>" for i in range(8))
    html = ("<html lang='fa'><head><title>اخبار ولایت هرات - آسمان نمونه</title>"
            "<link rel='prev' href='/fa/province/herat'><link rel='next' href='/fa/province/herat?page=3'></head>"
            "<body><div><h1>اخبار ولایت هرات</h1><p>ولایت هرات در غرب کشور با پانزده ولسوالی است و خبرنگاران ما "
            "در شهر هرات، غوریان و شیندند از رویدادهای آن گزارش می‌دهند.</p></div>"
            f"<div>{items}</div>{PAGER}</body></html>")
    assert extract(html, "https://asman-nemouneh.af/fa/province/herat?page=2").refusal == "listing"


def test_a_section_page_of_three_stories_whose_top_excerpt_is_chosen_is_a_listing():
    """A service page named in three words holds three stories, each a linked headline over a lead of
    a few sentences; the finder takes the first lead for the text. Opening under another page's linked
    headline, on a page printing no date, news ID or marker of its own, the text is a teaser's."""
    items = "".join(f"<div class='n'><h3><a href='/fa/news/{900 + i}/x'>خبر شماره {i} درباره شورای شهر</a></h3>"
                    f"<p>{SENTENCE * 3}</p></div>" for i in range(3))
    html = (f"<html lang='fa'><head><title>فضا و نجوم - شهر نمونه</title></head><body>"
            f"<h1>فضا و نجوم</h1><div class='list'>{items}</div></body></html>")
    assert extract(html, "https://shahr-nemouneh.ir/fa/services/24/space").refusal == "listing"


def test_two_results_with_whole_sentence_excerpts_on_a_page_of_a_series_are_a_listing():
    """On one page of a numbered series two teasers make a listing: their items (a headline, a date
    and an excerpt each, a run of two) hold the text's words, beside a line of introduction."""
    items = _story_items(2, "article", "h2")
    html = (f"<html lang='fa'><head><title>فضای سبز - شهر نمونه</title></head><body>"
            f"<div class='m'><p>{SENTENCE}</p><div class='w'>{items}</div>{PAGER}</div></body></html>")
    assert extract(html, "https://shahr-nemouneh.ir/fa/list?page=2").refusal == "listing"


@pytest.mark.parametrize("item", ["div class='inner'", "div"])
@pytest.mark.parametrize("heading", ["<h1>ورزشی</h1>", "<h2>آخرین اخبار</h2>", ""])
def test_two_stories_under_a_sections_name_or_no_heading_are_a_listing(heading, item):
    """No story's headline printed (a section's name, a listing's heading, or only the title), no date
    of the page's own: two teasers, each a linked headline, its date and whole sentences, holding the
    text's words beside a line of introduction, make a listing, as three do under a story's headline.
    An older template's items carry no class: each is a teaser of the block of them it lies in."""
    items = _story_items(2, item, "h3", "<img src='/p/t.jpg'>", "<span>۱۴۰۳/۰۲/۲۰ - ۱۱:۵۲</span>")
    title = "آخرین اخبار" if "آخرین" in heading else "ورزشی"
    html = (f"<html lang='fa'><head><title>{title} - شهر نمونه</title></head><body><div class='page'>{heading}"
            f"<p>{SENTENCE}</p><div>{items}</div></div></body></html>")
    assert extract(html, "https://shahr-nemouneh.ir/fa/service/9").refusal == "listing"


@pytest.mark.parametrize(("headline", "listing"), [
    ("آخرین اخبار از وضعیت زلزله‌زدگان", "آخرین اخبار"), ("آرشیو روزنامه‌ها دیجیتال شد", None),
    ("نویسنده جوان جایزه ادبی سال را گرفت", "نویسنده: سارا احمدی"),
])
def test_a_storys_headline_opening_with_the_words_of_a_listings_heading_is_a_story(headline, listing):
    story = (f"<html lang='fa'><head><title>{headline}</title></head><body>"
             f"<h1>{headline}</h1><div class='d'>۲۳ مرداد ۱۴۰۳ - ۱۰:۳۰</div>"
             f"<div class='content'><p>{SENTENCE}{SENTENCE}</p><p>{SENTENCE}</p></div></body></html>")
    assert extract(story, "https://shahr-nemouneh.ir/fa/news/4521/").refusal is None
    if listing:  # the same page headed as a listing is one
        headed = story.replace(f"{headline}</h1>", f"{listing}</h1>")
        assert extract(headed, "https://shahr-nemouneh.ir/fa/news/4521/").refusal == "listing"


def test_items_a_list_marks_with_a_modifier_word_are_like_the_rest():
    """A section page marks its top story `news-item top`, the rest `news-item`: one run of like
    items all the same, so the block chosen inside the top story's item (its surtitle, linked
    headline and excerpt) is one teaser of many, not an article."""
    top = ("<li class='news-item top'><div class='desc'><span class='rutitr'>استاندار استان:</span>"
           f"<h3><a href='/fa/news/200/x'>ساخت کنارگذر شرقی شهر تا خرداد تمام می‌شود</a></h3>"
           f"<p class='introtext'>{SENTENCE}</p></div></li>")
    rest = "".join(f"<li class='news-item'><div class='desc'><h3><a href='/fa/news/{201 + i}/x'>خبر شماره {i}"
                   " درباره شورای شهر</a></h3></div></li>" for i in range(3))
    html = (f"<html lang='fa'><body><h1>استان‌ها</h1><section class='box'><ul class='news-list'>{top}{rest}"
            "</ul></section></body></html>")
    assert extract(html, "https://shahr-nemouneh.ir/fa/service/provinces").refusal == "listing"


def test_a_section_pages_introduction_over_its_stories_is_no_article():
    """A sentence or two introducing the section, undated, over a list of its stories the text leaves
    out; the same words with the story's date (or declared an article) are a short story."""
    intro = f"<p>{SENTENCE}{SENTENCE}</p>"
    html = (f"<html lang='fa'><head><title>بین‌الملل - شهر نمونه</title></head><body><h2>بین‌الملل</h2>{intro}"
            f"<ul class='list'>{WHOLE_EXCERPT_ITEMS}</ul></body></html>")
    assert extract(html, "https://shahr-nemouneh.ir/fa/service/world").refusal == "listing"
    dated = html.replace("<h2>بین‌الملل</h2>", "<h1>نشست شورای شهر درباره حمل‌ونقل عمومی</h1>"
                         "<div class='d'>۲۳ مرداد ۱۴۰۳ - ۱۰:۳۰</div>")
    assert extract(dated, "https://shahr-nemouneh.ir/fa/news/4521/").refusal is None


def test_an_old_templates_teasers_in_unclassed_divs_under_a_numbered_pager_are_a_listing():
    """Items of no class, each opening with its linked headline; a pager of page numbers whatever its
    class (a page of a series: fewer teasers make a listing)."""
    items = _story_items(3, before="<img src='/p/t.jpg'>")
    html = (f"<html lang='fa'><head><title>آخرین اخبار - شهر نمونه</title></head><body><h2>آخرین اخبار</h2>"
            f"<div class='box'>{items}</div>{PAGER}</body></html>")
    assert extract(html, "https://shahr-nemouneh.ir/fa/archive?page=2").refusal == "listing"


def test_two_unclassed_teasers_with_bare_linked_headlines_on_a_page_of_a_series_are_a_listing():
    """Two items of no class, each a bare linked headline, its date and an excerpt, under a section's
    name on a page with a pager: too few for a run of unclassed items, but the block they make is a
    list of other stories, and a page of a series needs two. The same items under a story's dated
    headline, with its text before them, leave it an article."""
    items = _story_items(2, between="<span>۲۰ دی ۱۴۰۳ - ۱۹:۵۸</span>")
    html = (f"<html lang='fa'><head><title>فیلم - شهر نمونه</title></head><body><h2 class='sec'>فیلم</h2>"
            f"<p>{SENTENCE}</p><div class='card'>{items}</div>{PAGER}</body></html>")
    assert extract(html, "https://shahr-nemouneh.ir/fa/service/9?page=2").refusal == "listing"
    story = html.replace("<h2 class='sec'>فیلم</h2>", "<h1>نشست شورای شهر درباره حمل‌ونقل عمومی</h1>"
                         "<div class='d'>۲۳ مرداد ۱۴۰۳ - ۱۰:۳۰</div>").replace(
        f"<p>{SENTENCE}</p>", f"<div class='text'><p>{SENTENCE}{SENTENCE}</p><p>{SENTENCE}{SENTENCE}</p></div>")
    assert extract(story, "https://shahr-nemouneh.ir/fa/news/4521/").refusal is None


def test_a_pager_of_page_numbers_whatever_its_class_marks_a_page_of_a_series():
    pager = PAGER.replace("</div>", " <a href='?page=2'>بعدی</a></div>")
    assert page_of_series(Page(f"<html><body><div class='box'>متن</div>{pager}</body></html>"))
    # numbers that do not rise from 1 or 2 are no pager (a table's figures, a list of years)
    years = "<div class='x9'>" + " ".join(f"<a href='/y/{n}'>{n}</a>" for n in ("1399", "1400", "1401")) + "</div>"
    assert not page_of_series(Page(f"<html><body>{years}</body></html>"))


def test_unclassed_div_items_opening_with_their_linked_headline_after_a_picture_are_teasers():
    items = _story_items(4, before="<img src='/p/t.jpg'>")
    box = Page(f"<html><body><div class='box'>{items}</div></body></html>").root.find(".//div")
    assert teaser_count([box]) == 4
    # <div> paragraphs of running text, a link inside a sentence: no teasers
    prose = "".join(f"<div>{SENTENCE} <a href='/x/{i}'>گزارش کامل شورای شهر</a> {SENTENCE}</div>" for i in range(4))
    box = Page(f"<html><body><div class='box'>{prose}</div></body></html>").root.find(".//div")
    assert teaser_count([box]) == 0


def _tag_page(h1: str, date: str = "") -> str:
    """A tag page: its name, an introduction of whole paragraphs that outscores the teasers, then in
    the same column a longer list of stories, each a linked headline over an excerpt."""
    intro = "".join(f"<p>{SENTENCE}{SENTENCE}</p>" for _ in range(2))
    items = "".join(f"<li class='news'><div class='desc'><h3><a href='/fa/news/{700000 + i}/x'>خبر تازه شماره {i}"
                    f" درباره بازار اجاره در شهرها</a></h3><p class='intro'>کارشناسان می‌گویند تعیین سقف بدون"
                    " افزایش عرضه اثری بر بازار ندارد.</p></div></li>" for i in range(8))
    return (f"<html lang='fa'><head><title>اجاره - خبرگزاری نمونه</title></head><body><div class='col-main'>"
            f"<section class='head'>{h1}{date}<div class='description'>{intro}</div></section>"
            f"<section class='box'><h2>همه مطالب</h2><ul>{items}</ul></section></div></body></html>")


def test_a_tags_introduction_over_a_longer_list_of_its_stories_is_a_listing():
    assert extract(_tag_page("<h1>اجاره</h1>"), "https://shahr-nemouneh.ir/fa/tag/ejare").refusal == "listing"
    # The same text under a story's own headline and date is a story with a list of others after it.
    story = _tag_page("<h1>بازار اجاره در شهرهای کوچک داغ‌تر از پایتخت شد</h1>",
                      "<div class='date'>۱۱ شهریور ۱۴۰۳ - ۰۹:۳۰</div>")
    assert extract(story, "https://shahr-nemouneh.ir/fa/news/700100/x").refusal is None


def test_a_video_fronts_featured_video_playing_over_its_linked_headline_is_a_listing():
    """A video section: the day's video plays on the page (its player prints a line only where it
    cannot play), its linked headline to its own page and description beside it, then a grid."""
    cards = "".join(f"<div class='card'><a href='/fa/video/{800000 + i}'><img src='/t{i}.jpg' alt=''>"
                    f"<h3>فیلم | گزارش تصویری شماره {i} از رویدادهای امروز</h3></a></div>" for i in range(8))
    html = ("<html lang='fa'><head><title>ویدئو - خبرگزاری نمونه</title></head><body><h1>ویدئو</h1><section>"
            "<div class='player'><video controls src='/v.mp4'>مرورگر شما از پخش این ویدئو پشتیبانی نمی‌کند.</video>"
            "</div><div class='info'><span class='badge'>ویدئوی روز</span><h2><a href='/fa/video/800100'>فیلم | "
            f"بازگشایی دریچه‌های سد پس از یازده سال</a></h2><p>{TOP_STORY}</p></div></section>"
            f"<section class='grid'><h2>جدیدترین ویدئوها</h2>{cards}</section></body></html>")
    assert extract(html, "https://shahr-nemouneh.ir/fa/video").refusal == "listing"


def test_a_page_of_a_series_opening_with_another_storys_teaser_under_a_sections_name_is_a_listing():
    """No class names anything: a section's name of three words over blog items, each a picture, a
    linked <h2>, its date and a one-sentence excerpt, then a pager. The text chosen is one item's."""
    item = ("<div><div><a href='/index.php/news/school/{n}-item'><img src='/t{n}.jpg' width='240' height='135'></a>"
            "</div><div><div><h2><a href='/index.php/news/school/{n}-item'>خبر مدرسه شماره {n} درباره امتحانات"
            "</a></h2></div><div><span><time>سه‌شنبه ۱۳ آذر ۱۴۰۳</time></span></div><div><p>{excerpt}</p></div>"
            "<div><a href='/index.php/news/school/{n}-item'>ادامه مطلب ...</a></div></div></div>")
    first = ("سازمان آموزش اعلام کرد ثبت‌نام کتاب برای همه پایه‌ها از طریق مدارس انجام خواهد شد و خانواده‌ها "
             "می‌توانند وضعیت سفارش را در سامانه پیگیری کنند.")
    items = item.format(n=2305, excerpt=first) + "".join(
        item.format(n=2300 - i, excerpt="امتحانات نوبت اول از بیستم دی آغاز می‌شود.") for i in range(4))
    pager = "<div>" + "".join(f"<a href='?start={10 * k}'>{k + 1}</a> " for k in range(4)) + "</div>"
    html = (f"<html lang='fa'><head><title>آموزش و پرورش</title></head><body><div><h1>آموزش و پرورش</h1></div>"
            f"<div>{items}</div>{pager}</body></html>")
    assert extract(html, "https://shahr-nemouneh.ir/index.php/news/school?start=10").refusal == "listing"


def test_an_authors_bio_over_a_labelled_list_of_their_stories_is_a_listing():
    """No class names anything: a writer's name, a bio of whole sentences that outscores the teasers,
    then a box labelled by an unlinked heading with a row of filter buttons over seven stories."""
    bio = f"<p>{SENTENCE}{SENTENCE}{SENTENCE}{SENTENCE}</p>"
    stories = "".join(f"<article><a href='/mobile/{428500 + i}-x/'><img src='/t{i}.jpg'></a><div><span>نقد و بررسی"
                      f"</span><h2><a href='/mobile/{428500 + i}-x/'>بررسی گوشی تازه شماره {i} در بازار میان‌رده</a>"
                      "</h2><p>نمایشگر و باتری این گوشی در برابر رقبا کم نمی‌آورد.</p></div></article>"
                      for i in range(7))
    html = (f"<html lang='fa'><head><title>کیان رحمانی - گجت</title></head><body><main><section><img src='/a.jpg'>"
            f"<div><h1>کیان رحمانی</h1><span>دبیر بخش نقد و بررسی</span>{bio}</div></section><div><section>"
            f"<h2>آخرین مطالب کیان رحمانی</h2><div><button>همه</button><button>مقایسه</button></div>{stories}"
            "</section></div></main></body></html>")
    assert extract(html, "https://shahr-nemouneh.ir/author/kian-rahmani/").refusal == "listing"


COLLECTION_TEXT = ("باشندگان چندین ولسوالی دوردست ولایت بامیان می‌گویند که با آغاز سردی‌های شدید و بسته شدن "
                   "راه‌ها با کمبود مواد سوخت و خوراکی روبه‌رو شده‌اند و از مسئولان کمک خواسته‌اند. ") * 3


@pytest.mark.parametrize(("types", "refusal"), [
    (["CollectionPage"], "listing"),                  # a category's archive (Yoast, Rank Math)
    (["SearchResultsPage"], "listing"),
    (["CollectionPage", "NewsArticle"], None),        # an article named beside it: the article counts
    (["WebPage"], None),
])
def test_a_page_its_structured_data_calls_a_collection_is_a_listing(types, refusal):
    """A category page whose featured story's long excerpt reads as a dated text, og:type "article"
    as the theme writes it on every page: its JSON-LD calls it a CollectionPage."""
    graph = [{"@type": t, "headline": "زمستان سخت در بامیان"} for t in types]
    ld = json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False)
    page = (f"<html lang='fa-AF'><head><meta property='og:type' content='article'>"
            f"<script type='application/ld+json'>{ld}</script></head><body><h1>زمستان سخت در ولسوالی‌های بامیان</h1>"
            f"<div><span>۲۸ جدی ۱۴۰۲</span><p>{COLLECTION_TEXT}</p></div></body></html>")
    result = extract(page, "https://nawaikabul.example/category/social/")
    assert result.refusal == refusal


@pytest.mark.parametrize("heading", ["پربازدیدترین‌ها", "پربازدیدترین اخبار هفته", "Most read", "アクセスランキング",
                                     "排行榜"])
def test_a_most_read_pages_heading_over_its_list_is_a_listing(heading):
    """A ranking's heading is all of its h1; a story's headline may open with the same words."""
    items = "".join(f"<li><span>{i}</span><a href='/fa/news/{i}/'>خبر شماره {i} درباره شهر و شورا</a></li>"
                    for i in range(1, 21))
    intro = ("این صفحه خبرهایی را نشان می‌دهد که در بیست و چهار ساعت گذشته بیش از همه خوانده شده‌اند و هر ساعت "
             "به‌روز می‌شود. فهرست بر پایه شمار بازدیدها به‌صورت خودکار تهیه می‌شود و خبرهای ویژه مشترکان را هم دارد.")
    html = (f"<html lang='fa'><body><main><div><h1>{heading}</h1><p>{intro}</p></div>"
            f"<div><ol>{items}</ol></div></main></body></html>")
    assert _refusal(html) == "listing"


@pytest.mark.parametrize("heading", ["فهرست مطالب شماره ۴۲۱۸ روزنامه نمونه", "نتایج زنده فوتبال امروز",
                                     "آگهی‌های ترحیم و تسلیت امروز", "In this issue", "Live scores",
                                     # session 28's z44: the readers' latest comments on the site's stories
                                     "آخرین نظرات کاربران", "Recent comments"])
def test_an_issues_contents_live_scores_or_obituary_notices_heading_is_a_listing(heading):
    """Session 27's held-out batch z31: a newspaper issue's contents, a live scores board, a page of
    several families' notices (a story about a death is headed otherwise)."""
    items = "".join(f"<li><span>{i}</span><a href='/fa/news/{i}/'>خبر شماره {i} درباره شهر و شورا</a></li>"
                    for i in range(1, 21))
    intro = ("این صفحه خبرهایی را نشان می‌دهد که در بیست و چهار ساعت گذشته بیش از همه خوانده شده‌اند و هر ساعت "
             "به‌روز می‌شود. فهرست بر پایه شمار بازدیدها به‌صورت خودکار تهیه می‌شود و خبرهای ویژه مشترکان را هم دارد.")
    html = (f"<html lang='fa'><body><main><div><h1>{heading}</h1><div>۱۵ آبان ۱۴۰۲</div><p>{intro}</p>"
            f"<p>{intro}</p></div><div><ol>{items}</ol></div></main></body></html>")
    assert _refusal(html) == "listing"


def test_a_channels_page_printing_no_story_headline_date_or_id_over_one_short_post_is_a_listing():
    """A messaging channel's web preview: its name in the titles only, posts with no headline, the
    finder's choice a digest of five short lines, nothing dated in text a reader sees."""
    posts = "".join(f"<div><div>▫️ خبر کوتاه شماره {i} درباره شهر و شورا و مردم</div></div>" for i in range(5))
    html = (f"<html lang='fa'><head><title>خبرگزاری نمونه – Telegram</title>"
            f"<meta property='og:title' content='خبرگزاری نمونه'></head><body><div><div>"
            f"<div>🌙 مروری بر مهم‌ترین خبرهای امروز:</div>{posts}</div></div></body></html>")
    assert extract(html, "https://t.me/s/nemouneh_news").refusal == "listing"


@pytest.mark.parametrize(("og_type", "refusal"), [("profile", "listing"), ("article", None)])
def test_a_page_whose_open_graph_type_is_a_profile_is_a_listing(og_type, refusal):
    """An author's page (Ghost, Yoast): og:type "profile", a long bio of whole sentences over the
    writer's stories; the same page calling itself an article is read as one."""
    page = (f"<html lang='fa-AF'><head><meta property='og:type' content='{og_type}'></head><body>"
            f"<h1>زمستان سخت در ولسوالی‌های بامیان</h1><div><span>۲۸ جدی ۱۴۰۲</span><p>{COLLECTION_TEXT}</p></div>"
            "</body></html>")
    assert extract(page, "https://nawaikabul.example/author/x/").refusal == refusal


EVENT_NOTE = "ثبت‌نام برای همه دانشجویان و استادان آزاد است و به شرکت‌کنندگان گواهی حضور داده می‌شود."


def test_a_page_of_a_series_of_long_items_under_a_sections_name_is_a_listing():
    """A university's events: a one-word heading, each event a day badge, a linked title, labelled
    fields and a description too long for a teaser (its text runs past the length that marks an
    article's), a pager; no date or ID of a story's. The same page under a story's headline with its
    date is a list article."""
    row = ("<div class='views-row'><div><span>۱۸</span> <span>آذر</span> <span>دوشنبه</span></div>"
           "<h3><a href='/fa/event/{i}'>همایش ملی مدیریت منابع آب در مناطق خشک شماره {i}</a></h3>"
           "<div>نوع رویداد: همایش</div><div>زمان: ۰۸:۳۰ تا ۱۶:۰۰</div><div>مکان: تالار همایش‌های دانشگاه</div>"
           f"<div><p>{COLLECTION_TEXT}{EVENT_NOTE}</p></div><a href='/fa/event/{{i}}'>جزئیات و ثبت‌نام</a></div>")
    rows = "".join(row.format(i=i) for i in range(1, 9))
    pager = "<ul class='pager'><li><a href='?page=1'>۲</a></li><li><a href='?page=2'>۳</a></li></ul>"
    html = (f"<html lang='fa'><head><title>رویدادها | دانشگاه نمونه</title></head><body><h1>رویدادها</h1>"
            f"<div class='view-content'>{rows}</div>{pager}<a rel='next' href='?page=1'>بعدی</a></body></html>")
    url = "https://www.uni-nemouneh.ac.ir/fa/events"
    assert extract(html, url).refusal == "listing"
    story = html.replace("<h1>رویدادها</h1>", "<h1>هشت رویداد علمی دانشگاه در هفته پژوهش برگزار می‌شود</h1>"
                         "<div>۱۵ آذر ۱۴۰۳ - ۱۰:۳۰</div>")
    assert extract(story, url).refusal is None
