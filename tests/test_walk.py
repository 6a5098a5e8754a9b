"""The one walk over a page's tree (extract/walk.py): text runs, totals, and the element indexes."""

from __future__ import annotations

from lxml import etree

from newsscraper.extract.page import Page
from newsscraper.extract.walk import walk


def test_paragraph_walk_keeps_tails_and_counts_link_text():
    root = Page("<html><body><div>یک <a href='/x'>دو سه</a> چهار<br>پنج<!-- c -->شش<p>هفت</p>هشت</div>"
                "</body></html>").root
    walked = walk(root)
    paras, totals = walked.paragraphs, walked.totals
    assert [(p.text, p.link_chars) for p in paras] == [("یک دو سه چهار", 5), ("پنجشش", 0), ("هفت", 0),
                                                       ("هشت", 0)]
    div = root.find(".//div")
    assert totals[div].chars == sum(len(p.text) for p in paras) and totals[div].links == 5


def test_furniture_by_class_or_id_is_chrome_one():
    page = Page("<html><body><div class='sidebar'>یک</div><div id='comments'>دو</div>"
                "<div class='main-content' id='related'>سه</div><div class=''>چهار</div><p>پنج</p>"
                "<nav><p>شش</p><h2>هفت</h2></nav></body></html>")
    # By class, by id; a class naming text outweighs an id naming furniture; an empty class is none.
    # In chrome by tag only a heading's run is listed.
    assert [(p.text, p.chrome) for p in page.walk.paragraphs] == [
        ("یک", 1), ("دو", 1), ("سه", 0), ("چهار", 0), ("پنج", 0), ("هفت", 2)]


MARKUP = ("<html><head><meta class='m' id='h1'><script id='s'>var a = 1;</script></head><body class='b'>"
          "<div id='x' class='one two'>متن <span class='in'>یک</span><!-- note --><br class='br'>"
          "<svg class='icon'><path id='p1' class='d'/><g><path class='d'/></g></svg>"
          "<select id='pick'><option class='o' id='o1'>الف</option></select></div>"
          "<noscript><img class='lazy' id='img'></noscript><ul><li class=''>دو</li></ul></body></html>")


def test_the_walk_lists_every_element_with_its_class_and_id_as_xpath_does():
    # What the skipped subtrees hold (head, svg, select, noscript) is listed too, in document order:
    # the page's CSS and class lookups answer from these lists.
    root = Page(MARKUP).root
    walked = walk(root)
    assert walked.elements == root.xpath("//*")
    for name, (elements, values) in (("class", walked.classes), ("id", walked.ids)):
        attrs = root.xpath(f"//@{name}")
        assert values == [str(a) for a in attrs]
        assert elements == [a.getparent() for a in attrs]


def test_a_second_top_level_tree_is_indexed_after_the_first():
    # Broken markup can leave libxml2 with a second <html> beside the first; the page's indexes
    # cover both, in document order, as `//*` does.
    page = Page("<html><body><p class='a'>یک</p></body></html><html><body><p class='b' id='z'>دو</p>"
                "</body></html>")
    tops = [page.root, *page.root.itersiblings()]
    assert len(tops) == 2
    expected = [el for top in tops for el in top.iter(etree.Element)]
    assert [el.tag for el in expected] == ["html", "body", "p", "html", "body", "p"]
    assert page.elements() == expected
    assert [el.get("class") for el in page.holders("class")[0]] == [
        el.get("class") for el in expected if el.get("class") is not None]
