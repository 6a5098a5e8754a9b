"""newsscraper.extract.page: Page.css takes short cuts (class index, id table, source tests,
anchored queries); every short cut must give exactly what the plain CSS query gives."""

from dataclasses import fields as dataclass_fields
from pathlib import Path

import pytest
from parsel.csstranslator import HTMLTranslator

from newsscraper.extract import fields as fx
from newsscraper.extract.decode import decode_html
from newsscraper.extract.page import Page
from newsscraper.extract.profiles import Profile
from newsscraper.sites import all_sites

FIXTURES = Path(__file__).parent / "fixtures"
PAGES = sorted(FIXTURES.glob("*/*.html"))


def _selectors_of(profile: Profile) -> set[str]:
    out: set[str] = set()
    for f in dataclass_fields(profile):
        value = getattr(profile, f.name)
        if isinstance(value, tuple):
            out.update(v for v in value if isinstance(v, str))
    return out


def every_selector() -> list[str]:
    """Every selector the extractor can run: each site profile (old versions too) and the generic lists."""
    found: set[str] = set()
    for site in all_sites().values():
        found |= _selectors_of(site.profile)
        for _, profile in site.versions:
            found |= _selectors_of(profile)
    for generic in (fx._LEAD_CSS, fx._GENERIC_BODY_CSS, fx._AUTHOR_CSS, fx._BREADCRUMB_CSS):
        found.update(generic)
    return sorted(found)


def plain(page: Page, css: str) -> list:
    """The selector as one XPath over the whole document (every top-level element)."""
    return page.root.xpath(HTMLTranslator().css_to_xpath(css, prefix="/descendant-or-self::"))


@pytest.mark.parametrize("path", PAGES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_css_equals_plain_query_on_fixture_pages(path):
    page = Page(decode_html(path.read_bytes())[0], None)
    selectors = every_selector()
    assert len(selectors) > 50  # the registry was read
    for css in selectors:
        assert page.css(css) == plain(page, css), css


TRICKY = """<html><body>
<div class="box a a"><div class="box"><h1 class="t">one</h1></div><p>x</p></div>
<a name="dup">anchor named like an id</a>
<div id="dup"><span class="t">two</span></div><div id="dup"><span class="t">three</span></div>
<ul class="list"><li>first</li><li>second</li></ul><ul class="list"><li>third</li></ul>
<section class="box"><h1 class="t other">four</h1></section>
<div ITEMPROP="author"><span CLASS="name">five</span></div>
</body></html>
<html><body><div class="box"><h1 class="t">six, in a second top-level html</h1></div></body></html>"""


@pytest.mark.parametrize("css", [
    ".box h1.t",             # nested anchors: the inner .box must not give "one" twice
    ".box",                  # a one-step selector: the anchors themselves
    "div.box",               # tag and class
    "h1.t:not(.other)",      # one step with :not()
    "#dup .t",               # duplicate ids, and an <a name> that id() also knows
    "#dup",
    ".list li:first-child",  # a positional test below the anchor
    ".list > li",            # a child combinator: the whole selector from each anchor
    ".a",                    # class="box a a": listed once
    ".missing h1",           # a class the page lacks
    "#missing",
    "[itemprop='author']",   # the source writes the attribute name in capitals
    "[itemprop='author'] .name",
])
def test_css_equals_plain_query_on_tricky_markup(css):
    page = Page(TRICKY, None)
    assert page.css(css) == plain(page, css)


def test_document_order_covers_a_second_top_level_html():
    # Found by atheris: a <time> under the second <html> libxml2 built was missing from the
    # document-order index, and the generic date search raised KeyError.
    page = Page(TRICKY.replace("six, in a second", '<time class="date">۲۴ مهر ۱۴۰۲</time> six'), None)
    found = fx._date_elements(page)
    assert [el.tag for el in found] == ["time"]
    assert page.in_order([found[0], page.root]) == [page.root, found[0]]
