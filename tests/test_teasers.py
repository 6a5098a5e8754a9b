"""Teaser items (extract/teasers.py): a list of other stories, and the dates printed in it, which
date those stories and never the article."""

from __future__ import annotations

import pytest

from newsscraper.extract import extract
from newsscraper.extract.listing import teaser_count
from newsscraper.extract.page import Page
from newsscraper.extract.teasers import in_run, in_teaser_list, opens_with_headline, teaser_block

STORY = ("مدیرکل هواشناسی استان امروز در نشستی خبری گفت که سامانه بارشی تازه‌ای از روز پنجشنبه وارد کشور "
         "می‌شود و تا پایان هفته در منطقه می‌ماند و بارش‌ها در بیشتر شهرها ادامه دارد.")
URL = "https://www.shahrava.example/fa/news/55123"
# A related list with no class naming it, each linked headline with its own story's date.
RELATED = "<div class='box'><ul>" + "".join(
    f"<li><a href='/fa/news/{n}/x'>خبر دیگری درباره بارش باران در شهر شماره {n}</a> "
    "<span class='date'>۲۰ مرداد ۱۴۰۳</span></li>" for n in range(4)) + "</ul></div>"
JSONLD = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
          '"headline": "x", "datePublished": "2024-08-13T10:30:00+03:30"}</script>')


def _page(body: str, head: str = "") -> str:
    return f"<html lang='fa'><head>{head}</head><body>{body}</body></html>"


def _article(extra: str = "") -> str:
    return f"<h1>افزایش بارش‌ها در شمال</h1><div class='content'><p>{STORY}</p><p>{STORY}</p></div>{extra}"


def test_a_date_in_a_list_of_linked_headlines_is_a_teasers():
    page = Page(_page(_article(RELATED)))
    dates = page.css("span.date")
    assert len(dates) == 4 and all(in_teaser_list(d) for d in dates)


@pytest.mark.parametrize("header", [
    # a WordPress header: the headline links to the post, the date beside it links too
    "<header class='entry-header'><h1 class='entry-title'><a href='/fa/news/55123'>افزایش بارش‌ها در شمال کشور</a>"
    "</h1><div class='entry-meta'><a href='/fa/news/55123'><span class='date'>۲۳ مرداد ۱۴۰۳</span></a></div></header>",
    # one linked item alone is no list
    "<ul><li><a href='/fa/news/9/x'>خبر دیگری درباره بارش باران</a> <span class='date'>۲۳ مرداد ۱۴۰۳</span></li></ul>",
])
def test_the_articles_own_date_line_is_no_teaser(header):
    page = Page(_page(f"<article>{header}<div><p>{STORY}</p></div></article>"))
    assert not in_teaser_list(page.css("span.date")[0])


def test_a_related_lists_dates_never_date_the_article():
    # No date of its own: none is given rather than another story's (a guess the record must not hold).
    result = extract(_page(_article(RELATED)), URL)
    assert result.record is not None
    assert (result.record.published_date, result.record.published_raw) == (None, None)
    assert "date/missing" in result.notes


def test_a_related_lists_dates_give_way_to_the_machine_date():
    record = extract(_page(_article(RELATED), JSONLD), URL).record
    assert record is not None
    assert (record.published_at, record.published_source) == ("2024-08-13T10:30:00+03:30", "jsonld")


def test_the_articles_own_date_after_a_related_list_is_read():
    record = extract(_page(_article(RELATED + "<div class='d'>۲۳ مرداد ۱۴۰۳ - ۱۰:۳۰</div>")), URL).record
    assert record is not None
    assert record.published_raw == "۲۳ مرداد ۱۴۰۳ - ۱۰:۳۰"


def test_a_related_lists_bylines_and_sections_are_not_the_articles():
    items = "".join(f"<li><a href='/fa/news/{n}/x'>گزارشی دیگر درباره بارش باران شماره {n}</a> "
                    "<span>نویسنده: مریم رضایی</span> <span>سرویس: ورزشی</span></li>" for n in range(3))
    record = extract(_page(_article(f"<div class='box'><ul>{items}</ul></div>")), URL).record
    assert record is not None
    assert (record.authors, record.section) == ([], None)


@pytest.mark.parametrize(("block", "teasers"), [
    # linked headings, a label heading the list
    ("<div><h3>اخبار مرتبط</h3>" + "".join(f"<div><h4><a href='/n/{i}'>خبر دیگری درباره شهر شماره {i}</a></h4>"
                                          f"<p>{STORY}</p></div>" for i in range(3)) + "</div>", True),
    # a linked headline on a line of its own, its excerpt under it
    ("<div>" + "".join(f"<p><a href='/n/{i}'>خبر دیگری درباره شهر شماره {i}</a><br>{STORY}</p>" for i in range(3))
     + "</div>", True),
    # a story whose subheadings link somewhere: its paragraphs are most of its items
    ("<div>" + "".join(f"<h2><a href='/s/{i}'>بخش شماره {i} از این گزارش</a></h2><p>{STORY}</p><p>{STORY}</p>"
                       for i in range(3)) + "</div>", False),
    # paragraphs opening with a linked name that runs on in the same line
    ("<div>" + "".join(f"<p><a href='/o/{i}'>وزارت آموزش و پرورش</a> {STORY}</p>" for i in range(3)) + "</div>", False),
    # one linked headline is no list
    (f"<div><p><a href='/n/1'>خبر دیگری درباره شهر</a><br>{STORY}</p><p>{STORY}</p></div>", False),
])
def test_a_block_of_other_stories(block, teasers):
    assert teaser_block(Page(_page(block)).root.find(".//body/div")) is teasers


@pytest.mark.parametrize("cls", ["lead", "summary", "subtitle"])
def test_a_related_lists_excerpts_are_not_the_articles_lead(cls):
    items = "".join(f"<li><a href='/fa/news/{n}/x'>گزارشی دیگر درباره بارش باران شماره {n}</a>"
                    f"<p class='{cls}'>{STORY}</p></li>" for n in range(4))
    record = extract(_page(_article(f"<div class='box'><ul>{items}</ul></div>")), URL).record
    assert record is not None and record.lead is None


def test_a_related_lists_tag_links_are_not_the_articles_tags_but_long_tags_in_a_list_are():
    items = "".join(f"<li><a href='/fa/news/{n}/x'>گزارشی دیگر درباره بارش باران شماره {n}</a> "
                    f"<a href='/fa/tag/t{n}'>آموزش</a></li>" for n in range(4))
    related = f"<div class='box'><ul>{items}</ul></div>"
    record = extract(_page(_article(related)), URL).record
    assert record is not None and record.tags == []
    # the article's own tags, each of several words, set as a list: tags, not teasers
    tags = ("<ul class='x'><li><a href='/fa/tag/rain'>باران شدید در شمال کشور</a></li>"
            "<li><a href='/fa/tag/flood'>سیل در استان‌های شمالی</a></li></ul>")
    record = extract(_page(_article(tags + related)), URL).record
    assert record is not None and record.tags == ["باران شدید در شمال کشور", "سیل در استان‌های شمالی"]


def test_a_related_lists_bylines_by_class_or_rel_are_not_the_articles_authors():
    items = "".join(f"<li><a href='/fa/news/{n}/x'>گزارشی دیگر درباره بارش باران شماره {n}</a> "
                    "<a rel='author' href='/author/ali'>علی رضایی</a></li>" for n in range(4))
    related = f"<div class='box'><ul>{items}</ul></div>"
    record = extract(_page(_article(related)), URL).record
    assert record is not None and record.authors == []
    byline = "<div class='byline'><span class='author'>مریم احمدی</span></div>"
    record = extract(_page(byline + _article(related)), URL).record
    assert record is not None and record.authors == ["مریم احمدی"]


def test_a_writers_card_of_a_few_links_is_no_list_of_stories():
    card = ("<ul class='byline'><li><a rel='author' href='/author/maryam'>مریم احمدی نمونه‌نگار</a></li>"
            "<li><a href='/author/maryam/bio'>زندگی‌نامه</a></li>"
            "<li><a href='mailto:m@example.ir'>m@example.ir</a></li></ul>")
    record = extract(_page(card + _article()), URL).record
    assert record is not None and record.authors == ["مریم احمدی نمونه‌نگار"]


def test_a_related_lists_news_ids_sections_and_surtitles_are_not_the_articles():
    # A related item's «کد خبر», category link and روتیتر name its own story.
    items = "".join(f"<li><a href='/fa/news/{n}/x'>گزارشی دیگر درباره بارش باران شماره {n}</a> "
                    f"<span>کد خبر: ۹۹{n}</span> <a rel='category' href='/cat/edu'>آموزش</a> "
                    "<span class='rutitr'>روتیتر گزارشی دیگر</span></li>" for n in range(4))
    page = _page(_article(f"<div class='box'><ul>{items}</ul></div>"))
    record = extract(page, "https://www.shahrava.example/fa/some-story").record
    assert record is not None
    assert (record.news_id, record.section, record.surtitle) == (None, None, None)


@pytest.mark.parametrize(("date", "opens"), [
    ("۲۶ مرداد ۱۴۰۳", True),
    ("پنجشنبه ۵ بهمن ۱۴۰۳ ساعت ۸:۲۵ شب", True),                  # a long date line is still a date line
    ("تاریخ انتشار: ۲۶ مرداد ۱۴۰۳ - ۱۲ رجب ۱۴۴۶ - ۰۹:۳۳", True),
])
def test_a_teaser_opens_with_its_linked_headline_past_a_picture_and_its_date_line(date, opens):
    item = Page("<html><body><div class='item'><img src='/t.jpg'><a href='/fa/news/1/x'>خبر تازه درباره پل شهر</a>"
                f"<span>{date}</span><p>متن کوتاهی از این خبر که در چند کلمه گفته می‌شود.</p></div></body></html>")
    assert opens_with_headline(item.root.find(".//div")) is opens
    # a sentence going on after the link is no teaser's headline
    sentence = Page("<html><body><div><a href='/fa/news/1/x'>خبر تازه درباره پل شهر</a> را دیروز همه خواندند و"
                    " درباره آن گفتند.</div></body></html>")
    assert not opens_with_headline(sentence.root.find(".//div"))


def test_a_grids_classes_name_like_items_whatever_their_digits():
    """`col-md-8` on each of a grid's items: its digits left out, the class still names the run (a
    <div> item must carry a class), as `post-123` does WordPress's."""
    items = "".join(f"<div class='col-md-{4 + i % 2} post-{i}'><a href='/n/{i}'>خبر شماره {i} درباره پل</a></div>"
                    for i in range(3))
    box = Page(f"<html><body><div class='box'>{items}</div></body></html>").root.find(".//div")
    assert all(in_run(item, 3) for item in box)


def test_two_items_each_a_linked_headline_over_an_excerpt_are_a_run_and_two_bare_links_are_not():
    excerpt = "<p>شورای شهر در نشست امروز طرح گسترش فضای سبز را بررسی کرد.</p>"
    items = "".join(f"<li><a href='/fa/news/{i}/x'>خبر شماره {i} درباره پل شهر</a>{excerpt}</li>" for i in range(2))
    box = Page(f"<html><body><ul>{items}</ul></body></html>").root.find(".//ul")
    assert teaser_count([box]) == 2
    links = "".join(f"<li><a href='/fa/news/{i}/x'>خبر شماره {i} درباره پل شهر</a></li>" for i in range(2))
    menu = Page(f"<html><body><ul>{links}</ul></body></html>").root.find(".//ul")
    assert teaser_count([menu]) == 0


@pytest.mark.parametrize("link", ["<a href='/author/leila-ghasemzadeh/'>لیلا قاسم‌زاده</a>",
                                  "<a rel='author' href='/fa/profile/88'>لیلا قاسم‌زاده</a>"])
def test_a_byline_linking_to_the_writers_page_does_not_make_the_date_beside_it_a_teasers(link):
    """A block theme's byline row under the headline: the writer's linked name, then the date. The
    name is no other story's headline: the date is the story's, printed with its time."""
    byline = (f"<div class='row'>{link}<time datetime='2023-07-10T10:45:00+03:30'>دوشنبه ۱۹ تیر ۱۴۰۲، ساعت ۱۰:۴۵"
              "</time></div>")
    record = extract(_page(_article().replace("</h1>", f"</h1>{byline}", 1)), URL).record
    assert record is not None
    assert (record.published_raw, record.published_source) == ("دوشنبه ۱۹ تیر ۱۴۰۲، ساعت ۱۰:۴۵", "page")


def test_a_meta_lines_labels_before_a_section_link_do_not_make_it_a_teaser():
    """A toolbar under the headline: «کد خبر:», «گروه :» and the section's link of three words, then the
    date. Labels with a colon are no kicker over a linked headline: the date is the story's."""
    toolbar = ("<div class='toolbar'><div><span>کد خبر:</span> ۶۹۳۰۱۲۴ <div>گروه : <a href='/fa/province-x'>"
               "چهارمحال و بختیاری</a></div><div class='pdate'>تاریخ انتشار: ۱۲ اردیبهشت ۱۳۹۸ - ۱۶:۱۲</div></div>"
               "</div>")
    record = extract(_page(_article().replace("</h1>", f"</h1>{toolbar}", 1)), URL).record
    assert record is not None
    assert record.published_jalali == "1398-02-12T16:12"
