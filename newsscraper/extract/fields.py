"""Field readers: each takes a Page (and a Profile) and returns raw values for the loader.

Profile selectors are tried first; the generic reading (JSON-LD, meta, Persian markers, text
density) is the fallback for every field, and the only reading for sites without a profile.
"""

from __future__ import annotations

import html
import itertools
import math
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC
from typing import Any, TypeVar
from urllib.parse import SplitResult, quote, unquote, urljoin, urlsplit

from lxml import etree

from newsscraper.extract import markers
from newsscraper.extract.blocks import BLOCK_TAGS, as_units, hint_attrs, is_notice
from newsscraper.extract.content import in_comment_thread
from newsscraper.extract.content_rules import (
    CAPTION_CLASS,
    CLOSES_SENTENCE,
    EXCERPT_END,
    HEADING_TAGS,
    ITEM_TAGS,
    SENTENCE_ENDS,
)
from newsscraper.extract.page import ARABIC_CHAR, Page, jsonld_types, text_content, text_of
from newsscraper.extract.profiles import Profile
from newsscraper.extract.sitename import (
    ORG_PREFIXES,
    SiteName,
    host_name,
    name_parts,
    site_names,
    strip_site_name,
    without_a_name_beside,
    without_an_end,
)
from newsscraper.extract.teasers import in_teaser_list, leads_somewhere, opens_with_other_story
from newsscraper.extract.urlid import front_page, news_id_from_url
from newsscraper.extract.wordcount import WORD, count_words, more_words_than
from newsscraper.gregorian import PERSIAN_SCRIPT_MONTHS, find_gregorian_date
from newsscraper.jalali import UPDATE_WORDS, find_date, may_hold_numeric_date
from newsscraper.persian import normalize_line, to_ascii_digits
from newsscraper.site import host_of

# Containers that never hold the article's own headline, date or text.
_CHROME_TAGS = frozenset({"header", "nav", "footer", "aside", "form"})
_ARTICLE_PARTS = frozenset({"header", "footer"})
# (a box of the story's "related topics" or "related tags" is its tags, no related stories' box)
_CHROME_CLASS = re.compile(r"header|navbar|nav-bar|menu|today|clock|top-?bar|footer|sidebar|ticker|"
                           r"related(?![-_]?(?:tags?|topics?|keywords?)(?![a-z]))|breadcrumb|widget|most-|popular|"
                           r"latest|comment")
# Blogger sets every part of a page in a `widget`, the posts too: `<div class="widget Blog" id="Blog1">`
_BLOGGER_POSTS = "Blog"
_PAGE_WIDE = frozenset({"main", "body", "html"})  # what holds the whole page, or its main content
# A header or footer a class names the story's own (`news-header`, `article-header`, `entry-footer`, `item-footer`,
# `news-detail-header`; CSS modules' `ArticleFooter_footer__fB0hL`), with or without an <article> around it.
# (`item-header` is no such name alone: a site's own header is named so too, and is told by its way home)
_STORY_PART = re.compile(r"(?:news|article|post|entry|story|single)[-_]?(?:detail[-_]?)?(?:header|footer)"
                         r"|item[-_]footer")
ID_META_KEYS = ("nastooh:code", "nastooh:nid", "news_id", "newsid", "article:id",
                "cxenseparse:recs:articleid")


def words(text: str | None) -> list[str]:
    return WORD.findall(text or "")


def matches_any(page: Page, selectors: Iterable[str]) -> bool:
    """Whether a profile's selectors match an element of the page: none matching, the page is of
    another template than the one the profile was written for."""
    return any(page.css(css) for css in selectors)


def first_text(page: Page, selectors: Iterable[str]) -> tuple[str, etree._Element] | None:
    for css in selectors:
        for node in page.css(css):
            text = text_of(node)
            if text:
                return text, node
    return None


def all_texts(page: Page, selectors: Iterable[str],
              skip: Callable[[etree._Element], bool] | None = None) -> list[str]:
    """Texts of every match of the first selector that matches anything (``skip`` passing over some
    matches: a generic selector also finds other stories' teasers)."""
    for css in selectors:
        texts = [t for t in (text_of(n) for n in page.css(css) if skip is None or not skip(n)) if t]
        if texts:
            return texts
    return []


def _in_chrome(node: etree._Element, headline: etree._Element | None = None, *, printing: bool = False) -> bool:
    """Inside a header, nav, footer, aside, form, or an element whose class names page chrome. A
    header or footer (by tag, or by a class such as `item-header`) inside the <article> that holds
    the page's h1 is that article's own (its headline and date, its tags); a teaser card's is not
    (another story's, set as an <article>). So is a header that holds ``headline``, the element
    printing the article's headline, when the caller knows it. A form that holds an h1 or ASP.NET's
    page state wraps the page (ASP.NET pages are one form), not chrome. ``printing``: ``node`` prints
    the headline, so a header or footer around it (K2's `itemHeader`) is the story's own."""
    chain = [node, *node.iterancestors()]
    for i, el in enumerate(chain):
        if el.tag in _PAGE_WIDE:
            break  # their classes name the page's layout (`layout-one-sidebar`, `has-header`), no chrome
        named = _CHROME_CLASS.findall(as_units(f"{el.get('class', '')} {el.get('id', '')}".lower()))
        if named and _BLOGGER_POSTS in (el.get("class") or "").split():
            named = [n for n in named if n != "widget"]  # Blogger's `widget Blog`: the posts themselves
        if el.tag not in _CHROME_TAGS and not named:
            continue
        if el.tag == "form" and not named and _wraps_the_page(el):
            continue  # a form around the whole page (ASP.NET's WebForms), not a search or comment form
        part = el.tag in _ARTICLE_PARTS if el.tag in _CHROME_TAGS else _ARTICLE_PARTS.issuperset(named)
        if part and (printing or any(a.tag == "article" and next(a.iter("h1"), None) is not None for a in chain[i + 1:])
                     or _STORY_PART.search((el.get("class") or "").lower())):
            continue  # the article's own header or footer (`<header>`, `<div class="item-header">`, `news-header`)
        if headline is not None and any(a is el for a in headline.iterancestors()):
            # The header around the headline itself; and a block that holds the article's headline
            # is no chrome beside the article, whatever its class says (a column named `sidebar-right`)
            continue
        if part and headline is not None and any(a.tag == "header" and a in headline.iterancestors()
                                                 for a in chain[i + 1:]):
            continue  # a part of the <header> around the headline (CSS modules' `LiveBlogHeader_summary__…`)
        if part and headline is not None and _story_header_beside(el, headline):
            continue
        return True
    return False


def elsewhere(node: etree._Element, headline: etree._Element | None = None) -> bool:
    """Not this story's: in page chrome, or in an item of a list of other stories (each prints its
    own story's date, byline, section, ID, tags, lead and روتیتر)."""
    return _in_chrome(node, headline) or in_teaser_list(node, leads_somewhere)


STORY_HEADER_MAX_LINKS = 2  # a site's header holds its menu


def _story_header_beside(el: etree._Element, headline: etree._Element) -> bool:
    """A header part set beside the headline in the box that holds it, with no menu, form or way to the
    front page (`<div class="item-header">` printing the date and the ID over the title's block): the
    story's own, where no <article> says so. A site's header holds its logo's link home or its menu."""
    parent = el.getparent()
    # (the page's own <header> and <footer> sit in <body> beside everything: no box of the story's)
    if parent is None or parent.tag in ("body", "html") or not any(a is parent for a in headline.iterancestors()):
        return False
    if next(el.iter("nav", "form", "ul", "ol"), None) is not None:
        return False
    hrefs = [a.get("href") or "" for a in el.iter("a")]
    return len(hrefs) <= STORY_HEADER_MAX_LINKS and not any(
        href and not href.startswith("#") and front_page(_join_relative(href)) for href in hrefs)


def _join_relative(href: str) -> str | None:
    try:
        return urljoin("http://site.invalid/fa/news/1/", href.strip())
    except ValueError:
        return None


def _wraps_the_page(form: etree._Element) -> bool:
    """A form that holds an h1, or ASP.NET WebForms' page state (the hidden `__VIEWSTATE` field every
    such page carries, headline or not): the page itself, not a search or comment form."""
    return next(form.iter("h1"), None) is not None or any(i.get("name") == "__VIEWSTATE" for i in form.iter("input"))


# ---------------------------------------------------------------- headline, surtitle, lead

def title_candidates(page: Page) -> list[str]:
    """og:title and the <title>, where the page has them."""
    return [t for t in (page.meta.get("og:title"), next(iter(page.own_texts("title")), None)) if t]


_TITLE_NEEDLE = 30  # characters of a title looked for in the page's text


SECTION_H1_OVERLAP = 0.2  # the share of words an h1 naming a section may have in common with a title


def _overlap(a: str, b: str) -> float:
    wa, wb = set(words(normalize_line(a))), set(words(normalize_line(b)))
    return len(wa & wb) / max(1, len(wa | wb))


def read_headline(page: Page, profile: Profile, known_names: Iterable[str]) -> tuple[str | None, bool]:
    """(headline, whether it came from <title> / og:title because the page shows no headline).

    The article's h1 (or itemprop=headline) over the titles; an h1 that only names the site (a logo)
    is none. Titles lose the site's name at either end (extract/sitename.py)."""
    found = first_text(page, profile.headline)
    if found:
        return found[0], False
    # itemprop=headline only where the source names it: an attribute test visits every element.
    nodes = page.tagged("h1")
    if "headline" in page.html:
        nodes = page.in_order([*nodes, *(el for el in page.having("itemprop", "headline") if el.tag != "meta")])
    texts = [(_heading_text(n), n) for n in nodes]
    # An h1 linking to the front page is the logo: whatever it prints names the site, and a title
    # printing only that says nothing of the story.
    logo = SiteName([t for t, n in texts if t and (_links_home(page, n, t) or _named_for_the_site(n))], None)
    is_site = SiteName([*site_names(page, known_names), *logo.keys, *_logo_names(page)],
                       host_name(page.url or page_canonical(page)))
    titles = [is_site.strip_learning(t) for t in title_candidates(page)]
    titles = [t for t in (_without_page_kinds(t, is_site) for t in titles if t and not logo.exactly(t)) if t]
    raw_titles = title_candidates(page)
    texts = [(_without_unnamed_kicker(t, n, titles), n) for t, n in texts]
    named = [(without_a_name_beside(t, raw_titles), n) for t, n in texts if t and not is_site.exactly(t)]
    h1s = [(t, n) for t, n in named if not _in_chrome(n)]
    if len(h1s) == 1 and titles and all(_overlap(h1s[0][0], t) < SECTION_H1_OVERLAP for t in titles):
        # An h1 that shares no word with any title, or hardly one, names a section («اقتصادی», «اخبار
        # دانشگاه» over a title naming the university): the title the page prints elsewhere is the
        # headline, where it does.
        printed = _printed_title(page, is_site, logo)
        if printed:
            return printed, False
    if len(h1s) == 1 or (h1s and not titles):
        return h1s[0][0], False
    if h1s:
        best = max(h1s, key=lambda tn: max(_overlap(tn[0], t) for t in titles))
        if max(_overlap(best[0], t) for t in titles) > 0.3:
            return best[0], False
    if titles:
        framed = next((t for t, _ in named if _framed_by_title(t, titles)), None)
        if framed:
            return framed, False
    if not named:  # no h1 at all: the title the page prints is the headline, or prints whole
        printed = _printed_title(page, is_site, logo) or _title_printed_whole(page, titles)
        if printed:
            return printed, False
    if titles:
        headed = next((t for t, n in named if _headline_in_a_header(t, n, titles)), None)
        if headed:
            return headed, False
        stated = _stated_within(page, titles)
        if stated:
            return stated, True
        if not named and count_words(titles[0]) < _HEADING_WORDS[0]:
            # A title too short for a story's («نسخه چاپی» on a print page): the heading the page
            # prints, where it prints one.
            heading = _first_heading(page)
            if heading:
                return heading, False
        return titles[0], True
    if not named:  # titles of the site's name alone, and no h1 but the logo
        return _first_heading(page), False
    return None, False


def _printed_title(page: Page, is_site: SiteName, logo: SiteName) -> str | None:
    """The first of the page's titles (_printed_titles) that an element outside chrome prints as its
    whole text, the logo's name aside."""
    return next((t for t in _printed_titles(page, is_site) if not logo.exactly(t) and _printing(page, t) is not None),
                None)


LOGO_LINKS = 30  # the logo is printed in the page's header, among its first links


def _logo_names(page: Page) -> list[str]:
    """What the logo calls the site: the alt text of a picture linking to the front page (a template
    naming its site nowhere else, neither in og:site_name nor in its host, still prints it there),
    `<a href="/"><img alt="…">` or with one wrapper between (`<a href="/"><span class="logo"><img …>`)."""
    names = []
    for a in itertools.islice(page.tagged("a"), LOGO_LINKS):
        if len(a) and _short_path(a.get("href")):
            alts = [alt.strip() for alt in _LOGO_ALTS(a) if alt.strip()]
            if alts and _to_front_page(page, a):
                names += alts
    return names


_LOGO_ALTS = etree.XPath("img/@alt | */img/@alt", smart_strings=False)


def _title_printed_whole(page: Page, titles: list[str]) -> str | None:
    """The headline a title cuts short («کمبود داروی بیماران خاص» of «کمبود داروی بیماران خاص تا پایان
    ماه جبران می‌شود»), printed whole by an element whose class or id names a title (`lblTitle`,
    `titr`): of headline length, opening with the title's words and going on, linking nowhere, outside
    chrome and lists of other stories."""
    wanted = [words(normalize_line(t)) for t in titles]
    for node in page.named_like(_TITLE_NAMES, _TITLE_NAMES):
        text = text_of(node)
        if not _heading_length(text) or _surtitle_named(node):
            continue
        printed = words(normalize_line(text))
        if (any(0 < len(w) < len(printed) and printed[:len(w)] == w for w in wanted)
                and _links_nowhere(node) and not elsewhere(node)):
            return text
    return None


def _links_home(page: Page, node: etree._Element, text: str) -> bool:
    """An h1 whose whole text is one link to the site's front page (`/`, `/fa/`, `index.php`): the
    logo, whatever name it prints."""
    links = list(node.iter("a"))
    return len(links) == 1 and text_of(links[0]) == text and _to_front_page(page, links[0])


def _named_for_the_site(h1: etree._Element) -> bool:
    """An h1 whose class or id names the site's title or logo (`SiteTitle`, `site-title`, `site-name`,
    `logo`): WordPress themes and portals that set the site's name in an h1 on every page."""
    return _SITE_TITLE_NAME.search(f"{h1.get('class', '')} {h1.get('id', '')}") is not None


_SITE_TITLE_NAME = re.compile(r"site[-_]?(?:title|name|logo)|(?:^|[\s_-])logo(?:$|[\s_-])", re.IGNORECASE)
# What a portal's title names as the kind of page, not the story: «… > اخبار > جزئیات خبر» (DNN's
# trail of pages), "News Details"
_PAGE_KINDS = frozenset({"جزئیات خبر", "جزئیات", "متن خبر", "متن کامل خبر", "نمایش خبر", "مشاهده خبر", "اخبار",
                         "خبر", "اخبار و رویدادها", "news details", "news detail", "details", "news",
                         # a print page's title: «نسخه چاپی :: خبرگزاری …»
                         "نسخه چاپی", "نسخه قابل چاپ", "نسخه ی چاپی", "چاپ خبر", "print version",
                         "printer friendly version", "printer-friendly version", "print"})


def _without_page_kinds(title: str, is_site: SiteName) -> str | None:
    """A title that names a kind of page among its parts, without them and the site's name: the one
    part left («وزارت نمونه > اخبار > تیتر خبر» → «تیتر خبر»), or None when none is left (it names no
    story); any other title as it is."""
    parts = [p.strip() for p in _TITLE_PARTS.split(title) if p.strip()]
    kinds = [normalize_line(p).lower() in _PAGE_KINDS for p in parts]
    if not any(kinds):
        return title
    rest = [p for p, kind in zip(parts, kinds, strict=True) if not kind and not is_site.exactly(p)]
    if not rest:
        return None
    return rest[0] if len(rest) == 1 else title



def _to_front_page(page: Page, a: etree._Element) -> bool:
    """A link to this site's front page (`/`, `/fa/`, `index.php`): the logo's, the menu's «خانه»."""
    href = page.absolute(a.get("href"))
    own = host_name(page.url or page_canonical(page))
    return href is not None and (own is None or host_name(href) == own) and front_page(href)


_TITLE_NAMES = ("title", "onvan", "titr", "headline")
_STORY_TITLE_NAMES = ("newstitle", "news-title", "news_title", "articletitle", "article-title", "article_title",
                      "post-title", "entry-title", "story-title")
_HEADING_WORDS = (3, 30)


def _first_heading(page: Page) -> str | None:
    """The headline of a page that names only its site in <title> and prints no h1 but its logo: the
    first h2 or h3, or element whose class names a title, that is of headline length (3 to 30 words),
    links nowhere and stands outside page chrome and lists of other stories; else, in an older
    template that sets its headline in bold or a larger font on a line of its own (`<font size="3">
    <b>…</b></font>` between `<br>`s of a table cell), the first such line of headline length that
    is no label (a colon closes «سایر عناوین:») and no sentence."""
    # (an element named for the story's own title first: a portal names its side boxes' heads `title` too)
    story_titled = page.named_like(_STORY_TITLE_NAMES)
    nodes = [*story_titled, *page.in_order([*page.tagged("h2"), *page.tagged("h3"), *page.named_like(_TITLE_NAMES)])]
    for node in nodes:
        text = text_of(node)
        if (_heading_length(text) and _links_nowhere(node) and not elsewhere(node)
                and not _surtitle_named(node) and "subtitle" not in (node.get("class") or "").lower()):
            return text  # (a subtitle is the lead in some templates)
    for node in page.in_order([*page.tagged("b"), *page.tagged("strong"), *page.tagged("font")]):
        text = text_of(node)
        if (_heading_length(text) and (node.tag != "font" or _larger_font(node))
                and not text.endswith(_NOT_HEADLINE_ENDS) and _links_nowhere(node) and _a_line_of_its_own(node)
                and not elsewhere(node) and not _in_chrome(node)):
            return text
    return None


def _heading_length(text: str) -> bool:
    return _HEADING_WORDS[0] <= count_words(text) <= _HEADING_WORDS[1]


def _links_nowhere(node: etree._Element) -> bool:
    return next(node.iter("a"), None) is None and not any(a.tag == "a" for a in node.iterancestors())


_NOT_HEADLINE_ENDS = (":", "：", ".", "…")  # a label's colon, a sentence's end
_INLINE_WRAPPERS = frozenset({"b", "strong", "font", "span", "i", "em", "u"})


def _larger_font(node: etree._Element) -> bool:
    """`<font size="3">` and up, or `size="+1"`: larger than a page's text (size 2 in such templates)."""
    size = (node.get("size") or "").strip()
    return size.startswith("+") or (size.isdigit() and int(size) >= 3)


def _a_line_of_its_own(node: etree._Element) -> bool:
    """Whether ``node`` (and the inline wrappers printing only it) stands between line breaks or block
    edges, no text of the line beside it: a heading's line, not words set in bold inside a sentence."""
    own = text_of(node)
    while (parent := node.getparent()) is not None and parent.tag in _INLINE_WRAPPERS and text_of(parent) == own:
        node = parent
    parent = node.getparent()
    if parent is None:
        return False
    before = node.getprevious()
    if ((before.tail if before is not None else parent.text) or "").strip():
        return False
    if before is not None and before.tag != "br" and before.tag not in BLOCK_TAGS:
        return False
    after = node.getnext()
    return not (node.tail or "").strip() and (after is None or after.tag == "br" or after.tag in BLOCK_TAGS)


def _stated_within(page: Page, titles: list[str]) -> str | None:
    """The JSON-LD headline, where a title is it with more around it (a site's name nothing else
    gave: «عنوان | نام سایت» beside `"headline": "عنوان"`)."""
    stated = (page.jsonld_article or {}).get("headline")
    if not isinstance(stated, str) or not stated.strip():
        return None
    stated = " ".join(stated.split())
    return stated if any(stated != t and stated in t for t in titles) else None


_NOT_HEADER = frozenset({"nav", "footer", "aside", "form"})


def _headline_in_a_header(h1: str, node: etree._Element, titles: list[str]) -> bool:
    """An h1 set in a page header (`<main><header><h1>…</h1><time>…</time></header>`) outside any
    <article>, where no h1 stands outside chrome: the headline when it says most of what a title says
    (a logo h1 says the site's name, which the titles have lost)."""
    return (count_words(h1) >= 3 and not any(a.tag in _NOT_HEADER for a in node.iterancestors())
            and any(_overlap(h1, t) > _HEADER_H1_OVERLAP for t in titles))


_HEADER_H1_OVERLAP = 0.5


def _all_titles(page: Page, is_site: SiteName) -> Iterator[str]:
    """Every title the page gives, without the site's name: each og:title (a template can print a stale
    one first), twitter:title, the JSON-LD headline, <title>."""
    values = [el.get("content") for el in (*page.having("property", "og:title"), *page.having("name", "twitter:title"))]
    headline = (page.jsonld_article or {}).get("headline")
    values += [headline if isinstance(headline, str) else None, next(iter(page.own_texts("title")), None)]
    for value in dict.fromkeys(v for v in values if v):
        stripped = strip_site_name(value, is_site)
        if stripped:
            yield stripped


def _printed_titles(page: Page, is_site: SiteName) -> Iterator[str]:
    """What the page may print as its headline: each title (_all_titles), then each without a short
    part at one end or two, a site name nothing else gave (a WordPress title «عنوان – نام سایت»,
    «عنوان | نام سایت | بخش»)."""
    # (a title naming only a kind of page, «نسخه چاپی», is no story's, printed as it may be)
    titles = [t for t in _all_titles(page, is_site) if normalize_line(t).lower() not in _PAGE_KINDS]
    yield from titles
    named = {normalize_line(t) for t in titles}
    for title in titles:
        # (one short part off each end, or two off one: «headline | site | section»)
        shorter = without_an_end(title)
        shorter += [t for cut in shorter for t in without_an_end(cut)]
        # (what is left of «اقتصاد - نام سایت» without the part another title gives alone, «اقتصاد», is the
        # site's name)
        yield from (t for t in shorter if count_words(t) >= MIN_PRINTED_TITLE_WORDS
                    and _cut_part(title, t) not in named)
        label, colon, rest = title.partition(":")
        if colon and count_words(label) <= MAX_TITLE_LABEL_WORDS and count_words(rest) >= MIN_PRINTED_TITLE_WORDS:
            yield rest.strip()  # a label before the headline: «نسخه چاپی: عنوان», "Print: …"


MIN_PRINTED_TITLE_WORDS = 3


def _cut_part(title: str, kept: str) -> str:
    """What a title loses to leave ``kept``: its other end, without the separator."""
    return normalize_line(title.replace(kept, "", 1).strip(" -|–—:»«~｜_"))
MAX_TITLE_LABEL_WORDS = 3


def _printing(page: Page, title: str) -> etree._Element | None:
    """The element outside page chrome that shows ``title`` as its whole text, if any. A title of a
    word or two printed only as a link (or by an element holding just that link) is a menu's item (an
    old template's title «روزنامه – اجتماعی» names the section its side menu links), not the story's
    headline."""
    wanted = normalize_line(title)
    menu_like = count_words(title) < MIN_PRINTED_TITLE_WORDS
    for node in page.texts_containing((title[:_TITLE_NEEDLE],)):
        el = page.holder(node)
        for candidate in (el, el.getparent() if el is not None else None):
            if (candidate is not None and normalize_line(text_of(candidate)) == wanted
                    and not _in_chrome(candidate, printing=True)
                    and not (menu_like and (_in_link(candidate) or _one_link(candidate)))):
                return candidate
    return None


def _in_link(el: etree._Element) -> bool:
    return el.tag == "a" or next(el.iterancestors("a"), None) is not None


def _one_link(el: etree._Element) -> bool:
    """All the element's text is one link's (`<td class="sectionhead"><a href="/nation/">Nation</a></td>`)."""
    links = list(itertools.islice(el.iter("a"), 2))
    return len(links) == 1 and text_of(links[0]) == text_of(el)


def _framed_by_title(h1: str, titles: list[str]) -> bool:
    """An h1 in a header (an article's own <header>, a template's title bar) that a title prints
    with a label or section around it ("Opinion | <h1>", "<h1> | Editorial", "<h1> - Auto News"): the
    headline as shown, without the title's framing. It makes most of the title, which a logo h1
    does not (the titles have lost the site's name already)."""
    return count_words(h1) >= 3 and any(h1 in title and len(h1) * 2 >= len(title) for title in titles)


def is_paginated(page: Page) -> bool:
    """The page links a previous or next page of its own: the mark of a listing's page 2, 3, …
    Asked of the tree alone: a regex over the source first cost more than the rel index most pages
    build anyway, and missed `REL=next`."""
    return any(el.tag in ("link", "a") for el in (*page.having("rel", "next"), *page.having("rel", "prev")))


# The surtitle's names in Persian CMSs and English ones: `rutitr`, `news-rutitr`, `rotitr`, `rootitr`,
# `routitr` (also parted by a hyphen or an underscore: `ru-titr`, `roo_titr`), `rotitle`, `up_title` / `up-title` /
# `news-uptitle`, `kicker`, `surtitle`, `pretitle`, `supertitle`, `overtitle`, `eyebrow`, `topline`.
_SURTITLE_CLASSES = ("rutitr", "rotitr", "rootitr", "routitr", "ru-titr", "ro-titr", "roo-titr", "ru_titr", "ro_titr",
                     "roo_titr", "rotitle", "uptitle", "up_title", "up-title", "kicker", "surtitle", "pretitle",
                     "supertitle", "overtitle", "over-title",
                     # the same line in Spanish, French, Italian, German and Portuguese CMSs
                     "antetitulo", "surtitre", "occhiello", "dachzeile", "chapeu",
                     # … and what other English and German templates call it
                     "eyebrow", "topline", "overline")


def read_surtitle(page: Page, profile: Profile, headline: str | None = None) -> str | None:
    """The profile's surtitle element (where it matches and prints nothing, the page has none); where
    the profile's selectors match no element at all, the template is not the one it was written
    for, and the generic reading answers."""
    if matches_any(page, profile.surtitle):
        found = first_text(page, profile.surtitle)
        return found[0] if found else None
    heading = _headline_element(page, headline)
    for node in page.named_like(_SURTITLE_CLASSES, _SURTITLE_CLASSES):
        text = text_of(node)
        if not (text and count_words(text) <= 20 and _surtitle_named(node)) or markers.is_meta_line(text):
            continue  # (a date line a table template names like its روتیتر, `td.rotitr`, is none)
        if _set_after(page, node, heading):
            continue  # a box's eyebrow in the text (a paywall's "Subscriber exclusive"), no surtitle
        # (the header around the headline, inside an <article> with no h1, is the story's own)
        if not elsewhere(node, heading) and _links_only_here(page, node):
            return None if names_a_trail_part(page, text, badges=False) or _a_gregorian_date_line(text) else text
    above = _surtitle_inside(heading, headline) or _surtitle_above(page, headline)
    return None if above and (names_a_trail_part(page, above) or _a_gregorian_date_line(above)) else above


def _a_gregorian_date_line(text: str) -> bool:
    """_mostly_a_date for a Gregorian date ("Monday, December 23, 2024 | Dey 3, 1403": a top bar's day
    over an English edition's headline)."""
    return _a_date_line(text, _without_gregorian_date)


def _without_gregorian_date(part: str) -> str | None:
    found = find_gregorian_date(part)
    return None if found is None else part.replace(found.raw, " ", 1)


_KICKER_PIECE_TAGS = frozenset({"span", "div", "small", "strong", "b", "em", "i", "p"})


def _surtitle_inside(heading: etree._Element | None, headline: str | None) -> str | None:
    """A line printed in the headline's own element before the headline, in a piece of its own and
    named by no class (`<h2><span class="font-bold block">Artenschutz in Thüringen</span><span>…
    headline …</span></h2>`): its kicker, of at most 20 words, no date, figures or meta line, no link."""
    if heading is not None and (parent := heading.getparent()) is not None and parent.tag in HEADING_TAGS:
        heading = parent  # the headline's own piece of the heading element
    pieces = _kicker_pieces(heading) if heading is not None and headline else None
    if pieces is None or normalize_line(text_of(pieces[1])) != normalize_line(headline or ""):
        return None
    first = pieces[0]
    text = text_of(first)
    if (not text or first.tag not in _KICKER_PIECE_TAGS or count_words(text) > 20 or markers.is_meta_line(text)
            or _numbered_label(text) or next(first.iter("a"), None) is not None):
        return None
    return text


def _set_after(page: Page, node: etree._Element, heading: etree._Element | None) -> bool:
    """The element opens after a paragraph of text that follows the headline's element: a box's
    eyebrow among the text's paragraphs, not a line right under the headline (some templates print
    their روتیتر there)."""
    if heading is None or heading in node.iterancestors():
        return False
    return any(el.tag == "p" and count_words(text_content(el)) >= SURTITLE_WORDS.stop
               for el in page.between(heading, node) if node not in el.iterancestors())


def names_a_trail_part(page: Page, text: str, badges: bool = True) -> bool:
    """The line names a part of the page's breadcrumb trail: a label of the section or the kind of
    story («گزارش تصویری» over a photo report whose trail ends in it), not a روتیتر; or, with
    ``badges`` (a line no class names a surtitle), it is a badge naming the kind of story whatever
    the trail says («خبر زنده», «اختصاصی»)."""
    if count_words(text) > MAX_SECTION_WORDS:
        return False
    if badges and " ".join(normalize_line(text).lower().split()) in STORY_KIND_BADGES:
        return True
    if "trail texts" not in page.memo:  # (asked for the surtitle and for the body's first line)
        page.memo["trail texts"] = {normalize_line(text_of(a) or "") for links in _trails(page) for a in links}
    return normalize_line(text) in page.memo["trail texts"]


# What a badge over a headline calls the kind of story: live coverage, breaking, exclusive, a video, a
# photo report, an infographic (as normalize_line writes them: a space for a ZWNJ).
STORY_KIND_BADGES = frozenset({"خبر زنده", "پوشش زنده", "لحظه به لحظه", "زنده", "فوری", "خبر فوری", "اختصاصی",
                               "خبر کوتاه", "brief",
                               "ویدیو", "ویدئو", "فیلم", "گزارش تصویری", "گزارش ویدیویی", "اینفوگرافیک",
                               "پادکست", "عکس", "live", "breaking", "exclusive", "video", "watch"})

# A Persian روتیتر sits right above the headline: a line of words (a long one names who said what
# about what, «گفت‌وگو با …، زلزله‌شناس، درباره …»: 13 words as count_words counts them), no paragraph.
SURTITLE_WORDS = range(2, 17)
_SURTITLE_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6", "p", "div", "span", "strong", "small", "font", "b", "td"})


def _surtitle_above(page: Page, headline: str | None) -> str | None:
    """The روتیتر of a Persian page whose template names it by no class: the element set just before
    the headline's h1, one line of 2–12 words, no date, meta or news-ID line, linking nowhere but to
    the article itself (a section label links to its section), outside page chrome."""
    heading = _headline_element(page, headline) if page.has_arabic else None
    above = _line_above(heading) if heading is not None else None
    if above is None or above.tag not in _SURTITLE_TAGS or any(d.tag in BLOCK_TAGS for d in above.iterdescendants()):
        return None
    text = text_of(above)
    own = [a.get("href") for a in heading.iter("a") if a.get("href")]
    if (count_words(text) not in SURTITLE_WORDS or not ARABIC_CHAR.search(text) or markers.is_meta_line(text)
            or _numbered_label(text)
            or markers.news_id_in(normalize_line(text)) or _VIEWS_COUNT.search(text)
            or not _links_only_here(page, above, own) or _in_chrome(above, heading)
            or CAPTION_CLASS.search(hint_attrs(above.get("class"), above.get("id")))):
        return None  # (… nor the caption of the picture over the headline: `single-post-caption`)
    return text


NUMBERED_LABEL_SHARE = 0.4  # of a line's words holding a digit: an episode's label, no kicker


def _numbered_label(text: str) -> bool:
    """A line of numbers and their labels (a podcast's «فصل ۳ · قسمت ۴۷ ۳۸ دقیقه»): a kicker says
    something in words."""
    tokens = [t for t in text.split() if any(ch.isalnum() for ch in t)]  # (no bullets, no dots)
    return sum(any(ch.isdigit() for ch in t) for t in tokens) >= NUMBERED_LABEL_SHARE * len(tokens)


# A views count («بازدید: ۲۵», «۱۲۰ بازدید»): the word alone is also «a visit» («در بازدید از کارگاه»).
_VIEWS_COUNT = re.compile(r"بازدید\s*[:：]?\s*[0-9۰-۹]|[0-9۰-۹]\s*بازدید")
LINE_WRAPPER_LEVELS = 3  # a grid template sets each line in wrappers of its own (`<div class="row"><h1>`), a
#                         layout table in a row, a cell and a <font> (`<tr><td><font><b>`)


def _line_above(heading: etree._Element) -> etree._Element | None:
    """The element printed just before ``heading``: its preceding sibling past the <br> that ends
    its line (`<span>…</span><br><span>headline`); where the heading opens a wrapper of its own, the
    wrapper's preceding sibling, and inside one that holds only one element, that element
    (`<div class="row"><h4>surtitle</h4></div><div class="row"><h1>headline</h1></div>`)."""
    el: etree._Element = heading
    for _ in range(LINE_WRAPPER_LEVELS + 1):
        above = next((s for s in el.itersiblings(preceding=True) if isinstance(s.tag, str) and s.tag != "br"), None)
        if above is not None:
            break
        parent = el.getparent()
        if parent is None or parent.tag in ("body", "html") or (parent.text or "").strip():
            return None
        el = parent
    else:
        return None
    if (el is not heading and (el.tail or "").strip()) or (above.tail or "").strip():
        return None  # running text between them: no line of its own above the headline
    for _ in range(LINE_WRAPPER_LEVELS if el is not heading else 0):
        inner = [c for c in above if isinstance(c.tag, str)]
        if len(inner) != 1 or (above.text or "").strip() or (inner[0].tail or "").strip():
            break
        above = inner[0]
    return above


def _links_only_here(page: Page, node: etree._Element, own: Iterable[str] = ()) -> bool:
    """No link in or around ``node`` leads off this page: a teaser's kicker and a section label
    (`<a class="pretitle" href="/digital-life">`) link elsewhere, an article's surtitle does not."""
    around = next((a for a in node.iterancestors("a")), None)
    links = [*node.iter("a"), *(() if around is None else (around,))]
    return all(_to_this_page(page, a.get("href"), own) for a in links if a.get("href"))


def _prints_headline(page: Page, node: etree._Element, headline: str | None) -> bool:
    """The element's text is the headline, perhaps with the site's name printed beside it."""
    return without_a_name_beside(_heading_text(node), title_candidates(page)) == headline


def _heading_text(node: etree._Element) -> str:
    """A heading's text without a surtitle it holds (`<h1><span class="rutitr">…</span><br>…</h1>`):
    that is the surtitle's, read as such."""
    text = text_of(node)
    for inner in node.iterdescendants():
        if not (isinstance(inner.tag, str) and (inner.get("class") or inner.get("id"))):
            continue
        if _surtitle_named(inner):
            kicker = text_of(inner)
            if kicker and kicker != text:
                opened = text.startswith(kicker)
                text = " ".join(text.replace(kicker, " ", 1).split())
                if opened:  # the separator printed after it (a screen reader's hidden ": ") is its too
                    text = text.lstrip(KICKER_SEPARATORS)
        elif _badge_named(inner):
            # a badge opening the heading («● زنده», «فوری», "Exclusive"): a label over the page, no
            # word of its headline
            badge = text_of(inner)
            if badge and badge != text and text.startswith(badge) and count_words(badge) <= BADGE_WORDS:
                text = text[len(badge):].lstrip(KICKER_SEPARATORS)
    return text


BADGE_WORDS = 3
# A badge's or a label's class: Bootstrap's `badge`, `label`, a theme's `live-badge`, `post-label`.
_BADGE_CLASS = re.compile(r"(?:^|[-_\s])(?:badge|label|flag)(?:$|[-_\s])", re.IGNORECASE)


def _badge_named(node: etree._Element) -> bool:
    return _BADGE_CLASS.search(node.get("class") or "") is not None


KICKER_SEPARATORS = " :：-–—|/·•"


def _kicker_pieces(heading: etree._Element) -> tuple[etree._Element, etree._Element] | None:
    """The two pieces of a heading element printing a kicker before its headline, each in an element
    of its own (`<h1><span>Kicker</span><span>Headline</span></h1>`), no text outside them."""
    if (heading.text or "").strip():
        return None
    pieces = [child for child in heading if isinstance(child.tag, str) and child.tag != "br"]
    return (pieces[0], pieces[1]) if len(pieces) == 2 and not (pieces[0].tail or "").strip() else None


def _without_unnamed_kicker(text: str, heading: etree._Element, titles: list[str]) -> str:
    """A heading of two pieces whose second is one of the page's titles whole: the first is a kicker
    no class names (read as the surtitle), no part of the headline."""
    pieces = _kicker_pieces(heading)
    rest = text_of(pieces[1]) if pieces else ""
    if rest and rest != text and any(normalize_line(rest) == normalize_line(t) for t in titles):
        return rest
    return text


def _headline_element(page: Page, headline: str | None) -> etree._Element | None:
    """The h1 that prints the headline; on a page without one, the element that does (found once
    per page: the surtitle, lead and date readers all start from it)."""
    if not headline:
        return None
    key = ("headline element", headline)
    if key not in page.memo:
        h1 = next((n for n in page.tagged("h1") if _prints_headline(page, n, headline)), None)
        page.memo[key] = h1 if h1 is not None else _printing(page, headline)
    found: etree._Element | None = page.memo[key]
    return found


def _surtitle_named(node: etree._Element) -> bool:
    """A class or id with a surtitle word of its own (`rutitr`, `news-kicker`, `articleKicker`), not
    one inside another word (`signupTitle` holds "uptitle": a newsletter box's title)."""
    for token in f"{node.get('class', '')} {node.get('id', '')}".split():
        lowered = token.lower()
        for part in _SURTITLE_CLASSES:
            at = lowered.find(part)
            while at >= 0:
                if at == 0 or token[at - 1] in "-_" or token[at].isupper():
                    return True
                at = lowered.find(part, at + 1)
    return False


_LEAD_CSS = (".lead", ".news-lead", "[class*='news-lead']", "[class*='news_lead']", "[class*='subtitle'] h2",
             "h2[class*='subtitle']", "p.summary", ".summary", ".item-summary", ".item-lead", ".introtext",
             ".intro-text",
             ".itemIntroText",  # Joomla's K2
             ".subtitle", ".lid", ".abstract",
             ".news-summary", ".article-lead", ".post-lead", ".entry-lead", ".chapeau", ".standfirst", ".dek",
             ".article-dek",
             "[class*='chapo']",  # SPIP's and French CMSs' chapô (`chapo`, `chapo_block`, `paragraph--type--chapo`)
             ".subheadline", ".sub-headline", ".article-intro", "p.intro",
             # a deck named a subhead (`h2.subhead`, TownNews BLOX's `tnt-subheadline`)
             "[class*='-subheadline']",
             # a deck set as a heading under the headline (Korean CMSs' `h4.subheading`; one between the
             # text's paragraphs is passed over as its subheading) and Vietnamese CMSs' `sapo`
             "h2.subheading", "h3.subheading", "h4.subheading", ".sapo",
             # Turkish CMSs' `spot` (`news-detail-spot`), a German header's teaser (`article-header__teaser`)
             ".spot", "[class$='-spot']", "[class$='__spot']", "[class*='header__teaser']",
             # Drupal's summary, lead or intro field (field--name-field-summary, field--name-field-lead)
             ".article-summary", "[class*='field-summary']", "[class*='field-lead']", "[class*='field-intro']",
             # the Nordic CMSs' preamble or ingress (`article__preamble`, `ingress`)
             "[class*='preamble']", ".ingress", "[class*='__ingress']", "[class*='-ingress']",
             # a post's excerpt printed over its text (WordPress themes' `p.excerpt`, `entry-excerpt`);
             # a list's excerpts are its teasers', passed over
             "p.excerpt", ".entry-excerpt", ".post-excerpt",
             # A <meta itemprop=description> matches too and is passed over: it prints no text. Written
             # without :not(meta), the selector is answered from the attribute index (Page.css).
             "[itemprop='description']")


# … and, last, a class naming the story's own summary inside a longer name (BEM's `c-article-summary`,
# `article__lede`), read from the class index
_LEAD_NAMES = ("article-summary", "article__summary", "article-lead", "article__lead", "article-lede",
               "article__lede", "story-summary", "story__summary", "story-lede", "story__lede",
               "article__intro", "story__intro", "article__dek", "story__dek",  # (BEM's element of the article block)
               "introtext",  # Joomla's `article-introtext`
               # CSS modules' element of a header component (`LiveBlogHeader_summary__tP0dL`)
               "header_summary__", "header_standfirst__", "header_dek__", "header_lede__", "header_intro__",
               # BEM's element of an article's header block (`article__header__intro`)
               "header__intro", "header__summary", "header__standfirst", "header__dek", "header__lede")

# A "lead" picture (`<figure class="lead">`, the story's lead image) is named like a lead; its text
# is a caption or a credit, not the standfirst.
_MEDIA_TAGS = frozenset({"figure", "figcaption", "picture", "video", "img"})


def _first_prose(page: Page, selectors: Iterable[str], headline: str | None = None,
                 named: tuple[str, ...] = ()) -> tuple[str, etree._Element] | None:
    """first_text, passing over pictures named like the text wanted, the text's own subheadings, the
    writer's bio and another story's teaser (under its linked heading, or in an item of a list of
    other stories), and a line set just above the headline beside it (`h2.entry-subtitle` over the
    h1: the surtitle); then the elements whose class holds one of the ``named`` parts. One in page
    chrome (an <aside> of key points named a summary) gives way to a later one outside it."""
    candidates = itertools.chain(map(page.css, selectors), (page.named_like(named),) if named else ())
    heading = _headline_element(page, headline) if headline else None
    chrome: tuple[str, etree._Element] | None = None  # the first such element in page chrome, if none is outside
    for nodes in candidates:
        for node in nodes:
            text = _without_box_title(node) if node.tag not in _MEDIA_TAGS else None
            if (text and not _subheading(node) and not _of_the_writer(node) and not _all_linked(node, text)
                    and not _under_a_teaser_heading(page, node, headline) and not in_teaser_list(node)
                    and not _just_above(node, heading)):
                if _in_chrome(node, heading):
                    chrome = chrome or (text, node)
                    continue  # a box beside the story named so (an <aside> of key points): the next one
                return text, node
    return chrome


def _just_above(node: etree._Element, heading: etree._Element | None) -> bool:
    """The element is a sibling set before the headline's element (the line over the headline)."""
    return (heading is not None and node.getparent() is heading.getparent()
            and any(sib is heading for sib in node.itersiblings()))


def _all_linked(node: etree._Element, text: str) -> bool:
    """Every word of the element is a link's: another story's card (`<div class="card summary"><h3><a>…`),
    no lead of this one."""
    linked = "".join(text_content(a) for a in node.iter("a"))
    return bool(linked) and len("".join(linked.split())) >= len("".join(text.split()))


BOX_TITLE_WORDS = 3  # «خلاصه خبر», "Summary", "Muhtasari": the title of a summary box, no sentence


def _without_box_title(node: etree._Element) -> str:
    """The element's text without the short heading it opens with (a summary box's «خلاصه خبر»,
    "In brief" over the lead), or the label closed by a colon (`<span class="lead-label">لید:</span>`):
    the box's title, not the lead's words."""
    return _without_opening(node, lambda first, title: count_words(title) <= BOX_TITLE_WORDS and (
        first.tag in _HEADINGS or title.endswith((":", "："))))


def _without_opening(node: etree._Element, apart: Callable[[etree._Element, str], bool]) -> str:
    """The element's text without its first child's, where that child opens it (no text before it)
    and ``apart`` (the child, its text) says the child is set apart from the rest: a title, a label."""
    text = text_of(node)
    first = next(iter(node), None)
    if first is not None and isinstance(first.tag, str) and not (node.text or "").strip():
        opening = text_of(first)
        if opening and len(text) > len(opening) and text.startswith(opening) and apart(first, opening):
            return text[len(opening):].strip()
    return text


WRITER_LEVELS = 2  # how far above a line the writer's card around it may be named


def _of_the_writer(node: etree._Element) -> bool:
    """The writer's own line: named for the writer itself (`author-bio`), or inside the author's
    microdata item a few levels up (`itemprop="author"`, whose `itemprop="description"` is the
    writer's bio). A wrapper named for the byline may hold the lead beside it (`headline_byline`)."""
    if _named_for_the_writer(node):
        return True
    return any(el.get("itemprop") in ("author", "creator", "contributor")
               for el in itertools.islice((node, *node.iterancestors()), WRITER_LEVELS + 1))


def _subheading(node: etree._Element) -> bool:
    """A heading after a paragraph of text in its own block: one of the text's subheadings (an
    `<h2 class="subtitle">` between its paragraphs), not what stands over the text; or one opening
    the block over the paragraphs that follow it, a title of a few words and no sentence (page 2 of
    a story opens with its next section's `<h2 class="subtitle">`), where a lead is a sentence."""
    if node.tag not in _HEADINGS:
        return False
    if any(sib.tag == "p" and text_of(sib) for sib in node.itersiblings(preceding=True)):
        return True
    text = text_of(node)
    return (count_words(text) < STANDFIRST_WORDS.start and not text.rstrip().endswith(CLOSES_SENTENCE)
            and any(sib.tag == "p" and text_of(sib) for sib in node.itersiblings()))


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _under_a_teaser_heading(page: Page, node: etree._Element, headline: str | None) -> bool:
    """Whether the heading nearest before ``node`` is another story's linked title (a teaser's
    `<h4><a href=…>Title</a></h4>` over its own `standfirst`), with the article's headline not
    between them (a kicker linking to the story itself sits just above the headline)."""
    at = page.position(node)
    if at is None:
        return False
    positions, headings = _headings_in_order(page)
    nearest = bisect_left(positions, at) - 1  # the last heading opening before the node
    if nearest < 0:
        return False
    pos, heading = positions[nearest], headings[nearest]
    links = [a.get("href") for a in heading.iter("a") if a.get("href")]
    if not links or _prints_headline(page, heading, headline) or all(_to_this_page(page, href) for href in links):
        return False
    own = _headline_element(page, headline)
    return own is None or not pos < (page.position(own) or -1) < at


def _headings_in_order(page: Page) -> tuple[list[int], list[etree._Element]]:
    """The page's headings and their document positions, in document order (found once per page:
    every candidate lead asks for the heading nearest before it)."""
    if "headings" not in page.memo:
        found = sorted(((page.position(h) or 0, h) for tag in _HEADINGS for h in page.tagged(tag)),
                       key=lambda ph: ph[0])
        page.memo["headings"] = ([pos for pos, _ in found], [h for _, h in found])
    return page.memo["headings"]


def headline_links_elsewhere(page: Page, headline: str | None) -> bool:
    """The element printing the headline is a link to another page than this one: not to the page's
    own address, nor to a shorter form of it (`/fa/news/923456/` for the slugged address), nor to
    an address of the same news ID. A page of no known address tells nothing."""
    heading = _headline_element(page, headline)
    here = page.url or page.canonical
    if heading is None or not here:
        return False
    around = next(heading.iterancestors("a"), None)
    links = [a.get("href") for a in (*heading.iter("a"), *(() if around is None else (around,))) if a.get("href")]
    return bool(links) and not any(_to_this_page(page, href) or _same_story(here, urljoin(here, href))
                                   for href in links)


def _same_story(here: str, there: str) -> bool:
    """A shorter form of this page's address, or one carrying the same news ID."""
    path, other = _url_path(urlsplit(here)), _url_path(urlsplit(there))
    if other and path.startswith(other + "/"):
        return True
    own = news_id_from_url(here)
    return own is not None and own == news_id_from_url(there)


def _to_this_page(page: Page, href: str, also: Iterable[str] = ()) -> bool:
    """Whether a link goes to the page itself: its URL, its canonical link or ``also`` (the links of
    its headline), compared by path once resolved against the page's address."""
    here = page.url or page.canonical or ""

    def path(url: str) -> str:
        parts = urlsplit(urljoin(here, url))
        where = _url_path(parts)
        # A script's address names its page in its query: `/index.php?module=news&id=9921` is not
        # `/index.php`, the site's front.
        return f"{where}?{parts.query}" if parts.query and _SCRIPT_PATH.search(where or "/") else where

    return path(href) in {path(u) for u in (page.url, page.canonical, *also) if u}


def _url_path(parts: SplitResult) -> str:
    return unquote(parts.path).rstrip("/")


_SCRIPT_PATH = re.compile(r"(?:\.(?:php\d?|aspx?|jsp|cfm|cgi|pl|do)|^/)$", re.IGNORECASE)


def read_lead(page: Page, profile: Profile, headline: str | None = None) -> tuple[str | None, etree._Element | None]:
    """(lead text, its element) — an auto-excerpt ending in «...» is not a lead."""
    # A profile's lead element that is there and prints nothing means: no lead. Where its selectors
    # match no element at all, the page is of another template than the profile's: the generic reading.
    if matches_any(page, profile.lead):
        found = first_text(page, profile.lead)
    else:
        found = _first_prose(page, _LEAD_CSS, headline, _LEAD_NAMES)
    if not found:
        return None, None
    text, node = found
    # (a header holding the headline is the story's own: its deck is the lead)
    if EXCERPT_END.search(text) or count_words(text) < 4 or _in_chrome(node, _headline_element(page, headline)):
        return None, node
    return text, node


# A Persian story's lead (لید) is a rule of the trade: a template that names it by no class still
# sets it between the headline and the text, as one sentence or a few.
STANDFIRST_WORDS = range(8, 81)
# (an older template's lead is a <font> in a layout table's cell)
_STANDFIRST_TAGS = frozenset({"p", "div", "h2", "h3", "h4", "strong", "span", "blockquote", "font", "td"})
_NOT_AROUND_STANDFIRST = _MEDIA_TAGS | {"a"}
_NOT_INSIDE_STANDFIRST = (BLOCK_TAGS - {"br"}) | _NOT_AROUND_STANDFIRST
_LATIN = re.compile("[A-Za-z]")


def read_standfirst(page: Page, headline: str | None,
                    containers: list[etree._Element]) -> tuple[str | None, etree._Element | None]:
    """(lead, its element) of a Persian page whose template names its lead by no class: the first
    block between the headline (its h1) and the text that is one whole piece of Persian prose (8–80
    words, closed like a sentence), outside page chrome, pictures and links, and no date line. A
    lone paragraph the finder took in as the text's first block, beside the text's own block, is
    such a lead too (it stands apart from the text it opens), and so is, where the text's block holds
    the headline, its first block of text after the headline when that block sits beside the
    headline (its parent holds the headline) and the text goes on in a block of its own. On a page in
    any script, the line between the headline and the text that the page's description repeats
    (_described_standfirst)."""
    heading = _headline_element(page, headline) if containers else None
    if heading is None:
        return None, None
    if not page.has_arabic:
        return _described_standfirst(page, heading, containers)
    found = _persian_standfirst(page, heading, containers)
    return found if found[1] is not None else _described_standfirst(page, heading, containers)


def _persian_standfirst(page: Page, heading: etree._Element,
                        containers: list[etree._Element]) -> tuple[str | None, etree._Element | None]:
    if any(a is containers[0] for a in heading.iterancestors()):
        candidates = _beside_the_headline(page, heading, containers[0], containers[1:])
    else:
        # (a meta line under the headline, taken in beside the text, is no block of the text)
        while len(containers) > 1 and markers.is_meta_line(text_content(containers[0])):
            containers = containers[1:]
        candidates = page.between(heading, containers[0])
    if len(containers) > 1:  # (a line that leaves no text is the text: core reads it again)
        candidates.append(_lone_line(containers[0]))
    for el in candidates:
        if not _may_hold_standfirst(el, heading):
            continue
        text = text_of(el)
        if _is_standfirst(text) and not _in_chrome(el, heading) and not _about_the_writer(el, heading):
            return text, el
    return None, None


def _lone_line(block: etree._Element) -> etree._Element:
    """The one line a wrapper holds (`<div><p>The lead…</p></div>`), or the block itself."""
    for _ in range(LINE_WRAPPER_LEVELS):
        inner = [c for c in block if isinstance(c.tag, str)]
        if len(inner) != 1 or (block.text or "").strip() or (inner[0].tail or "").strip():
            break
        block = inner[0]
    return block


DESCRIPTION_MIN_WORDS = 8
DESCRIPTION_SIBLINGS = 3  # how far after a headline inside the text's block its standfirst may stand


def _described_standfirst(page: Page, heading: etree._Element,
                          containers: list[etree._Element]) -> tuple[str | None, etree._Element | None]:
    """The line set between the headline and the text (outside the text's block, or one of the
    headline's next few siblings in it) whose words the page's description (og:description, the
    description meta, the JSON-LD article's) repeats, whole or cut short: the standfirst a template
    names in its own words (`content-spot`, `a_st`, `rb-leadtext`). A description cut from the
    text's first paragraph matches no line outside the text; the text's first block is never asked
    (a site's description is often that paragraph, the finder may have set it apart)."""
    wanted = [d for d in (_plain(v) for v in _descriptions(page)) if count_words(d) >= DESCRIPTION_MIN_WORDS]
    if not wanted:
        return None, None
    block = containers[0]
    if any(a is block for a in heading.iterancestors()):
        candidates = [el for el in itertools.islice(heading.itersiblings(), DESCRIPTION_SIBLINGS)
                      if isinstance(el.tag, str) and not _styled_as_the_text(el)]
    else:
        candidates = page.between(heading, block)
        if len(containers) > 1 and _named_apart(block, containers[1:]):
            block = containers[1]  # the finder's first block is a line the template names apart
            candidates.append(containers[0])
        else:
            candidates += _opening_heading(block)
    for el in candidates:
        if not _may_hold_standfirst(el, heading):
            continue
        text = text_of(el)
        if not (text and any(_repeats(_plain(text), d) for d in wanted) and not _in_chrome(el, heading)):
            continue
        # the text opens with it again: its first paragraph set twice, no lead (inside the text's
        # block, the line itself is the first time)
        inside = any(a is block for a in el.iterancestors())
        opening = _plain(text_content(block)[:TEXT_OPENING_CHARS + (len(text) if inside else 0)])
        if opening.count(_plain(text)[:OPENING_CHARS]) > inside:
            return None, None
        return text, el
    return None, None


def _styled_as_the_text(el: etree._Element) -> bool:
    """A classed line whose tag and class a later sibling carries too (`<p class="my-5 leading-9">`
    after the headline, then the text's paragraphs in the same): the text's first paragraph, which
    the description repeats, not a standfirst the template sets apart."""
    cls = el.get("class")
    return bool(cls) and any(sib.get("class") == cls for sib in el.itersiblings(el.tag))


def _opening_heading(block: etree._Element) -> list[etree._Element]:
    """The heading the text's block opens with, nothing before it (`<div class="single-content"><h4>
    The lead's sentence.</h4><p>…`): a template setting its standfirst in a heading's tag, which the
    description, repeating it, tells from the text's first subheading."""
    first = next((el for el in block if isinstance(el.tag, str)), None)
    if first is None or first.tag not in _HEADINGS[1:] or (block.text or "").strip():
        return []
    return [first]


def _named_apart(first: etree._Element, rest: list[etree._Element]) -> bool:
    """The finder's first block is one line whose class the text's paragraphs after it do not carry
    (VnExpress's `<p class="description">` before `<p class="Normal">`s): the template sets it
    apart. A class-less line must be all bold and stand in another wrapper than the text's
    paragraphs: a plain one is as often the text's first paragraph the finder set apart."""
    cls = first.get("class")
    if any(c.tag in BLOCK_TAGS for c in first.iterdescendants()):
        return False
    if not cls:  # unnamed: set in another wrapper than the text's paragraphs, and in bold
        return _in_bold(first) and not any(el.getparent() is first.getparent() for block in rest for el in block)
    return not any(el.get("class") == cls for block in rest for el in block.iter(first.tag))


def _in_bold(el: etree._Element) -> bool:
    """All the element's text is in a <b> or <strong> it holds (the lead set bold before the text)."""
    bold = [b for b in el.iter("b", "strong")
            if not any(a.tag in ("b", "strong") for a in itertools.takewhile(lambda a: a is not el, b.iterancestors()))]
    return bool(bold) and "".join(text_content(el).split()) == "".join("".join(map(text_content, bold)).split())


TEXT_OPENING_CHARS = 2000  # how far into the text a line set twice is looked for
OPENING_CHARS = 100  # … by its first characters


def _descriptions(page: Page) -> list[str]:
    art = page.jsonld_article or {}
    found = [page.meta.get("og:description"), page.meta.get("description"), art.get("description")]
    return [d for d in found if isinstance(d, str) and d.strip()]


def _plain(text: str) -> str:
    return " ".join(normalize_line(text).split()).rstrip(" .…")


def _repeats(text: str, description: str) -> bool:
    """The same words, or one cut short where the other goes on (a description ending in «…»)."""
    short, long = sorted((text, description), key=len)
    return count_words(short) >= DESCRIPTION_MIN_WORDS and long.startswith(short)


def _may_hold_standfirst(el: etree._Element, heading: etree._Element) -> bool:
    """Wrappers (their text is their children's), pictures (an icon before the line aside) and links
    hold no lead of their own, nor a notice to the reader (`role="note"` or "alert" opening with its
    label in bold: a review's «<strong>هشدار اسپویل:</strong> …»; a Bootstrap lead box may carry the
    role), and nothing inside the headline is one."""
    if is_notice(el):
        return False
    if el.tag not in _STANDFIRST_TAGS or any(d.tag in _NOT_INSIDE_STANDFIRST and not _icon(d)
                                             and not _floated_beside(d, el) for d in el.iterdescendants()):
        return False
    return not _in_media_or_link(el) and not any(a is heading for a in el.iterancestors())


def _floated_beside(picture: etree._Element, line: etree._Element) -> bool:
    """The story's picture floated at the start of its lead's own block, the text flowing beside it
    (an old template's `<td><img align="left">The lead…</td>`): the block still holds the lead. A
    picture not floated stands over its line, a caption as often as a lead."""
    return (picture.tag == "img" and picture.getparent() is line and not (line.text or "").strip()
            and _FLOATED.search(f"{picture.get('align', '')} {picture.get('style', '')}") is not None)


_FLOATED = re.compile(r"^\s*(?:left|right)\b|float\s*:\s*(?:left|right)", re.IGNORECASE)


MAX_ICON_PIXELS = 24


def _icon(el: etree._Element) -> bool:
    """A bullet or an icon set before a line (`<img src="bullet.gif" width="8" height="8">`): a
    picture a few pixels wide and high, no picture of the story."""
    if el.tag != "img":
        return False
    sizes = [el.get("width", ""), el.get("height", "")]
    return all(v.strip().isdigit() and int(v) <= MAX_ICON_PIXELS for v in sizes)


def _beside_the_headline(page: Page, heading: etree._Element, block: etree._Element,
                         more: Iterable[etree._Element] = ()) -> list[etree._Element]:
    """Inside the text's block that holds the headline: its first line of text after the headline (a
    date or byline line passed over), where that line is one run of text (no <br>) set beside the
    headline (its parent holds the headline), and the text goes on after it in a sentence set apart
    from it: in a block that does not hold the headline, or in an element of another kind beside it
    (a `<div>` of text after a `<p>`). A lead set between the headline and the text's own block. A
    paragraph followed by paragraphs like it (the same tag beside it) opens the text, and is no lead.
    ``more``: the chosen blocks after ``block``, where the text goes on when ``block`` holds no more
    than the headline and that line."""
    start = page.position(heading) or 0
    later = [el for el in block.iter() if isinstance(el.tag, str) and (page.position(el) or 0) > start]
    # (the text may go on in the blocks after this one, which holds only the headline and the line)
    later += [el for b in more for el in b.iter() if isinstance(el.tag, str)]
    first = next((el for el in later if _may_hold_standfirst(el, heading) and text_of(el)
                  and not _meta_or_label(text_of(el)) and not _part_of_a_meta_line(el)), None)
    held = set(heading.iterancestors())
    if first is None or next(first.iter("br"), None) is not None or first.getparent() not in held:
        return []
    # The text's next run: the first element after the line opening with text of its own (a <div>
    # may hold its text beside a <p>), a date line, a picture's or a link's passed over.
    inside = set(first.iter())
    rest = later[later.index(first) + 1:]
    after = next((el for el in rest if el not in inside and (el.text or "").strip() and not _in_media_or_link(el)
                  and not _meta_or_label(" ".join(el.text.split())) and not _part_of_a_meta_line(el)
                  and not _a_control(el)), None)
    if after is None or after.tag in _HEADINGS or not _first_run(after).endswith(tuple(SENTENCE_ENDS)):
        return []  # a list's label, a section's heading: the line opens the text or is all of it
    return [first] if after.getparent() not in held or after.tag != first.tag else []


_CONTROLS = frozenset({"button", "label", "select", "option", "textarea"})


def _a_control(el: etree._Element) -> bool:
    """A form control, inside one or beside one (a live page's «به‌روزرسانی خودکار» switch and its
    count of updates): the page's widgets, no text."""
    parent = el.getparent()
    return (el.tag in _CONTROLS or any(a.tag in _CONTROLS for a in el.iterancestors())
            or (parent is not None and any(c.tag in _CONTROLS for c in parent)))


def _part_of_a_meta_line(el: etree._Element) -> bool:
    """An inline piece of a byline and date line (`<div><span>The writer</span><time>…</time></div>`):
    the writer's name alone reads as no meta line, the line it is set in does."""
    parent = el.getparent()
    return el.tag not in BLOCK_TAGS and parent is not None and _meta_or_label(text_content(parent))


def _first_run(el: etree._Element) -> str:
    """The element's text up to its first block or break: its links and other inline parts with it
    (a sentence may link a word, «… به اعضای <a>شورا</a> ارائه شد.»), not a paragraph set after it."""
    parts = [el.text or ""]
    for child in el:
        if child.tag in BLOCK_TAGS:
            break
        parts += [text_content(child), child.tail or ""]
    return " ".join("".join(parts).split())


def _meta_or_label(line: str) -> bool:
    """A date, byline or views line, or an ID line («کد خبر: ۱۲۳»): the template's, not the text's."""
    line = normalize_line(line)
    return markers.is_meta_line(line) or markers.is_boilerplate_line(line)


def _in_media_or_link(el: etree._Element) -> bool:
    """A picture, a link, or inside one."""
    return el.tag in _NOT_AROUND_STANDFIRST or any(a.tag in _NOT_AROUND_STANDFIRST for a in el.iterancestors())


_WRITER_BOX = re.compile(r"author|writer|byline|profile|(?:^|[-_\s])bio(?:$|[-_\s])|nevisande", re.IGNORECASE)


def _about_the_writer(el: etree._Element, heading: etree._Element) -> bool:
    """In a box about the writer (its class or id names the author, a profile or a bio, up to the
    block shared with the headline): the writer's one-line bio is no lead."""
    shared = set(heading.iterancestors())
    for node in (el, *el.iterancestors()):
        if node in shared:
            return False
        if _named_for_the_writer(node):
            return True
    return False


def _named_for_the_writer(el: etree._Element) -> bool:
    return bool(_WRITER_BOX.search(f"{el.get('class', '')} {el.get('id', '')}"))


def _is_standfirst(text: str) -> bool:
    return (count_words(text) in STANDFIRST_WORDS and text.endswith(tuple(SENTENCE_ENDS))
            and len(ARABIC_CHAR.findall(text)) > 4 * len(_LATIN.findall(text))
            and not EXCERPT_END.search(text) and not markers.is_meta_line(text))


# ---------------------------------------------------------------- IDs, dates, labels

# text()[…] tests every text node of an element; contains(text(), …) would see only the first.
# As the source may write them, before normalisation: with or without the space, with Arabic kaf.
_ID_LABELS = tuple(dict.fromkeys(
    label.replace("ک", kaf) for first, second in markers.ID_LABEL_WORDS
    for label in (f"{first} {second}", first + second) for kaf in ("ک", "ك")))


def _labelled(page: Page, labels: tuple[str, ...]) -> Iterator[tuple[etree._Element, ...]]:
    """For each element printing one of ``labels`` in its own text (once each, in page order): that
    element and its parent, the places the labelled value may sit («<span>کد خبر:</span> ۱۲۳»)."""
    texts = page.texts_containing(labels) if page.mentions(*labels) else []
    seen: set[etree._Element] = set()
    for node in dict.fromkeys(h for h in map(page.holder, texts) if h is not None):
        parent = node.getparent()
        # Each place once: a parent already given reads the same again (the body of a story whose
        # thousand subheadings print a label's word would otherwise be read for each of them).
        scopes = tuple(s for s in (node, parent) if s is not None and s not in seen)
        seen.update(scopes)
        if scopes:
            yield scopes


# A Chinese, Japanese or Korean meta line's source label and the outlet after it («来源：新华社»,
# «出典：共同通信», «출처: 연합뉴스»), by the date as those sites print it.
_SOURCE_LABELS = ("来源", "來源", "出典", "출처")
_LABELLED_SOURCE = re.compile(rf"^(?:{'|'.join(_SOURCE_LABELS)})\s*[:：]\s*(?P<value>[^\s:：|,，、]{{2,30}})")


def labelled_source(page: Page, persian: bool = False) -> str | None:
    """The outlet a meta line's source label names («来源：新华社» → 新华社; on a Persian page «منبع خبر:
    خبرگزاری نمونه» in the bar over the headline, «منبع: …» in a box after the text), outside lists
    of other stories: where the text credits none, the page's own line does."""
    labels = _PERSIAN_SOURCE_LABELS if persian else _SOURCE_LABELS
    if not page.mentions(*labels):
        return None

    def read(part: str) -> str | None:
        m = _LABELLED_SOURCE.match(part)
        return m.group("value") if m else None

    return next(_labelled_values(page, labels, markers.source_line if persian else read), None)


# Read by markers.source_line: «منبع: …», «منبع خبر: …». (Not the word alone: a copyright line's «با
# ذکر منبع» is on most pages, and each place printing it would be read.)
_PERSIAN_SOURCE_LABELS = ("منبع:", "منبع :", "منبع خبر", "منبع مطلب")


# What joins a site's name to the agency it credits in a byline ("Le Monde avec AFP", "Staff and AP").
_CREDIT_JOINER = re.compile(r"\s+(?:avec|with|mit|con|and|und|et|y|e|com|ve|i|og|och|en|met)\s+|\s*[&+/,]\s*",
                            re.IGNORECASE)
AGENCY_MAX_WORDS = 4  # an agency's name ("Associated Press", «خبرگزاری جمهوری اسلامی»); no sentence


def stated_agency(page: Page) -> str | None:
    """The organisation the JSON-LD article names as its author where that is not the site itself
    (a wire's story: `"author": {"@type": "Organization", "name": "EFE"}`), or what a byline of the
    site's name credits beside it ("Le Quotidien avec AFP" → AFP): the story's source. The site's
    own names are told by its host too (`CBS News` on cbsnews.com) and by their edition's
    («یورونگار فارسی» of یورونگار)."""
    people = (page.jsonld_article or {}).get("author")
    # (each part of a name too: og:site_name «کهن‌نیوز - خبرگزاری …» beside the author «کهن‌نیوز»)
    own = {key for name in _site_names_lowered(page) for part in (name, *name_parts(name)) if (key := _squashed(part))}
    host = host_of(page.url or page_canonical(page))
    for org in people if isinstance(people, list) else [people]:
        if not (isinstance(org, dict) and "Organization" in str(org.get("@type", ""))
                and isinstance(name := org.get("name"), str)):
            continue
        if isinstance(org.get("url"), str) and host and host_of(org["url"]) == host:
            continue  # the site's own page
        name = " ".join(name.split())
        parts = _CREDIT_JOINER.split(name, maxsplit=1)
        staff = _squashed(parts[0])
        if len(parts) == 2 and len(staff) >= MIN_NAME_KEY and any(k.startswith(staff) for k in own):
            name = parts[1]  # the site's staff with the agency (`Le Quotidien` of lequotidien-national.fr)
        key = _squashed(name)
        # (the site's name opening the credit, `Diario Ejemplo TV`, or closing one of its names, the
        # publisher «روزنامه آوای شهر» of the author «آوای شهر»: the site's own desk either way)
        if (key and key not in own and not any(key.startswith(k) for k in own if len(k) >= MIN_NAME_KEY)
                and not (len(key) >= MIN_NAME_KEY and any(k.endswith(key) for k in own))
                and count_words(name) <= AGENCY_MAX_WORDS):
            return name
    return None


MIN_NAME_KEY = 3  # a site name's key shorter than this (`rt`) could open any name: it must be the whole


def _squashed(name: str) -> str:
    """A name's letters and digits, lower-cased, as a host writes it (`CBS News` → cbsnews)."""
    return "".join(WORD.findall(normalize_line(name).lower())).replace("_", "")


def read_news_id(page: Page, profile: Profile) -> str | None:
    for text in all_texts(page, profile.news_id):
        found = markers.news_id_in(normalize_line(text))
        if found:
            return found
    found = printed_news_id(page)
    if found:
        return found
    for key in ID_META_KEYS:
        value = to_ascii_digits(page.meta.get(key.lower(), ""))
        if value.isdigit():
            return value
    for url in (page.url, page_canonical(page), page.shortlink):
        found = news_id_from_url(url)
        if found:
            return found
    if (page.meta.get("generator") or "").lower().startswith("joomla"):
        # Joomla's search-engine-friendly address puts the article's ID before its alias however
        # short it is (`/miras/124-qanat-alias`): a rule for every site would take a headline's count
        return next((m.group(1) for url in (page.url, page_canonical(page))
                     if url and (m := _JOOMLA_ITEM.search(url))), None)
    return None


_JOOMLA_ITEM = re.compile(r"/(\d+)-[^/?#]+/?(?:[?#]|$)")


def printed_news_id(page: Page) -> str | None:
    """The first news ID the page prints under its label («کد خبر: ۵۵۶۶۷۷»), not a related item's."""
    return next(_printed_news_ids(page), None)


def prints_one_news_id(page: Page) -> bool:
    """The page prints one news ID under its label, perhaps more than once, and no other: one
    story's page (an archive in a table prints one per row, none in a list of teasers)."""
    ids = set()
    for found in _printed_news_ids(page):
        ids.add(found)
        if len(ids) > 1:
            return False
    return bool(ids)


def _printed_news_ids(page: Page) -> Iterator[str]:
    for scopes in _labelled(page, _ID_LABELS):
        for scope in scopes:
            found = markers.news_id_in(normalize_line(text_of(scope)))
            if found and not in_teaser_list(scope):  # a related item's «کد خبر» is its story's
                yield found


_DATE_LABELS = ("تاریخ انتشار", "تاريخ انتشار", "تاریخ:", "تاريخ:", "زمان انتشار", "زمان:", "انتشار:",
                # a blog's or an old portal's «posted on …» under the post («نوشته شده در … توسط …»)
                *(f"{verb}{gap}شده در" for verb in ("نوشته", "ارسال", "منتشر") for gap in (" ", "\u200c", "")))
# What opens a publication date's line in the languages of the Gregorian month names (gregorian.py)
_PUBLISHED_LABELS = ("Published", "Posted on", "Publicado", "Veröffentlicht", "Publié", "Pubblicato",
                     "Gepubliceerd", "Opublikowano", "Yayınlanma", "Diterbitkan",
                     # Chinese CMSs' «发布时间：», «發布時間：», «时间:» (DedeCMS's meta line)
                     "发布时间", "發布時間", "时间:", "时间：", "時間:", "時間：")
# Class words naming a date: English, Persian («تاریخ» as `tarikh`) and Turkish (`tarih`, the Persian
# services of Turkish broadcasters).
_DATE_CLASSES = ("date", "time", "publish", "tarikh", "tarih")


def _date_elements(page: Page) -> list[etree._Element]:
    """<time>, itemprop=datePublished, and elements whose class or id names a date, in page order."""
    found = page.tagged("time")
    if "datePublished" in page.html:
        found += page.having("itemprop", "datePublished")
    found += page.named_like(_DATE_CLASSES, ("date",))
    return [el for el in page.in_order(found) if el.tag != "meta"]


_YEAR_DIGITS = ("۱۳", "۱۴", "13", "14", "١٣", "١٤")  # how a Jalali year 13xx / 14xx opens
_SHORT_TEXT = 80
_XML_SPACE = re.compile(r"[ \t\n\r]+")


def _holding(page: Page, texts: Iterable[Any]) -> list[etree._Element]:
    """The elements below <body> (not scripts or styles) that hold one of these text nodes, as their
    own text or a child's tail, in page order: XPath's `//body//*[text()[…]]` without its scan of
    every element."""
    found = {h for h in map(page.holder, texts) if h is not None and h.tag not in ("body", "script", "style")}
    return page.in_order(found)


def _date_labelled(page: Page) -> list[etree._Element]:
    """Elements printing a date label («تاریخ انتشار», «زمان:» …) in their own text."""
    return _holding(page, page.texts_containing(_DATE_LABELS)) if page.mentions(*_DATE_LABELS) else []


def _year_texts(page: Page) -> list[etree._Element]:
    """Elements with a short text that may print a Jalali year; the first 40."""
    return _short_texts_holding(page, _YEAR_DIGITS)


def _short_texts_holding(page: Page, needles: tuple[str, ...]) -> list[etree._Element]:
    """The first 40 elements with a short text (under 80 characters once white space is collapsed as
    XPath's normalize-space() does) holding one of ``needles``."""
    texts = [t for t in page.texts_containing(needles)
             if len(" ".join(w for w in _XML_SPACE.split(t) if w)) < _SHORT_TEXT]
    return _holding(page, texts)[:40]


def visible_date_texts(page: Page, profile: Profile, article: Iterable[etree._Element] = (),
                       headline: str | None = None) -> Iterator[str]:
    """Candidate texts holding the article's printed date, best first, produced lazily: the
    costlier generic searches run only when the profile's date element finds nothing. None on a
    page without Arabic script whose text holds no numeric Jalali date find_date could read.
    Within each kind of candidate, the ones nearest the element printing ``headline`` come first:
    a template's today's date in its top bar, or the dates of a list of other stories, lie further
    from the headline than the article's own date line. A line that says it is today's date and
    prints no time («امروز: سه‌شنبه ۱۱ آذر ۱۴۰۵», a top bar's) is never the story's, however near;
    with a time of day («امروز ۱۱ آذر ۱۴۰۵ - ۱۰:۳۰») it is a same-day story's own date line."""
    return (text for text in _date_candidates(page, profile, article, headline) if not _todays_date(text))


# «امروز: …», «امروز سه‌شنبه …», "Today: …": the date the page was served, not the story's.
_TODAYS = re.compile(r"^(?:امروز|today)(?![^\W\d_])", re.IGNORECASE)


def _todays_date(line: str) -> bool:
    return _TODAYS.match(line) is not None and markers.CLOCK.search(line) is None


def _date_candidates(page: Page, profile: Profile, article: Iterable[etree._Element],
                     headline: str | None) -> Iterator[str]:
    if not (page.has_arabic or page.has_char_refs) and not may_hold_numeric_date(page.body_text):
        return
    for text in all_texts(page, profile.date):
        yield _shown(text)
    anchor = _headline_element(page, headline)
    in_header = _in_site_header(page, anchor)
    nearest = _nearest_first(page, anchor)
    yield from _lines_outside_chrome(page, nearest([n for n in _date_elements(page) if not in_header(n)]), anchor)
    yield from _lines_outside_chrome(page, nearest([n for n in _date_labelled(page) if not in_header(n)]), anchor)
    # The first words of the article container itself: a dateline («تهران - ۲۴ مهر ۱۳۹۶ - …»), never a
    # date the story's first sentence names (an event's, not the story's).
    for el in article:
        line = _dateline(" ".join(text_content(el).split()[:40]))
        if line:
            yield line
    # Last resort: any short text outside page chrome that prints a Jalali year and little else (a
    # short sentence of the text naming a day is no date line).
    yield from _bare_date_lines(page, nearest(_year_texts(page)), anchor, in_header, _mostly_a_date)
    yield from _issue_lines(page)


# A newspaper's issue line, «سال هفتم - شماره ۱۸۴۲ - پنجشنبه ۲۳ خرداد ۱۳۸۷ - …»: the day of the printed
# issue the page reproduces, when its stories came out (a site's top bar of today's date prints no
# issue number). Read last, where the page prints no other date, wherever it stands (the top bar of
# an old newspaper site), and its line may be long: three calendars follow.
_ISSUE_NUMBER = re.compile(r"شماره\s*[0-9۰-۹٠-٩]+")
ISSUE_LINE_CHARS = 200


def _issue_lines(page: Page) -> Iterator[str]:
    if not page.mentions("شماره"):
        return
    for node in _holding(page, page.texts_containing(("شماره",))):
        line = _shown(text_of(node))
        if len(line) < ISSUE_LINE_CHARS and _ISSUE_NUMBER.search(line):
            yield line


def _bare_date_lines(page: Page, nodes: Iterable[etree._Element], anchor: etree._Element | None,
                     in_header: Callable[[etree._Element], bool],
                     mostly_a_date: Callable[[str], bool]) -> Iterator[str]:
    """The date lines of elements that print a date in no element named for one, outside page chrome,
    other stories and comments: the element's line, or the element alone where its line holds more
    (a date cell beside the section's links, «علمی / پزشکی»); ``mostly_a_date`` tells a date line."""
    for node in nodes:
        # (the text first: most of the elements print no date line, and the tests of place cost more)
        found = _date_line_of(node, mostly_a_date)
        if found is not None and not _not_the_storys_date(page, node, anchor) and not in_header(node):
            yield found


DATED_ENTRY_LEVELS = 6  # how far above a date its table row or list item may stand (nested tables)
DATED_ENTRY_CHARS = 200  # an entry is a short line: a row of a layout table holding the story is none
DATED_ENTRIES_READ = 8  # the sibling entries asked for their dates


def _one_of_dated_entries(node: etree._Element) -> bool:
    """A date in a table's row or a list's item whose sibling rows or items print other days (a
    calendar of occasions, a timeline, a section's list of dated stories in nested tables): an
    entry's date, not the page's. Where the date's element carries a class, the siblings' elements
    of the same tag and class are read (each entry repeats its template); else each sibling's line,
    when it is short."""
    item = _entry_of(node)
    if item is None or (own := _day_printed(text_of(node))) is None:
        return False
    cls = node.get("class")
    siblings = itertools.chain(item.itersiblings(item.tag, preceding=True), item.itersiblings(item.tag))
    for entry in itertools.islice(siblings, DATED_ENTRIES_READ):
        if cls:
            lines = [text_of(el) for el in entry.iter(node.tag) if el.get("class") == cls]
        else:
            lines = [line] if len(line := text_of(entry)) < DATED_ENTRY_CHARS else []
        if any((other := _day_printed(line)) is not None and other != own for line in lines):
            return True
    return False


def _day_printed(text: str) -> str | None:
    """The day of the first Jalali date ``text`` prints, else of its first Gregorian one (ISO forms)."""
    found = find_date(text)
    if found is not None:
        return found.jalali[:10]
    printed = find_gregorian_date(text)
    return printed.value.isoformat()[:10] if printed is not None else None


def _entry_of(node: etree._Element) -> etree._Element | None:
    """The nearest table row or list item around ``node`` (itself included) that has a sibling of its
    own tag: one entry of several."""
    for el in itertools.islice(itertools.chain([node], node.iterancestors()), DATED_ENTRY_LEVELS + 1):
        if el.tag in ("tr", "li") and (next(el.itersiblings(el.tag), None) is not None
                                       or next(el.itersiblings(el.tag, preceding=True), None) is not None):
            return el
    return None


def _date_line_of(node: etree._Element, mostly_a_date: Callable[[str], bool]) -> str | None:
    """The element's line where it is mostly a date, else the element's own text, else the date
    before the story's tools, each a link («【2009/08/24 14:20】 <a>列印</a> <a>轉寄</a>»): its text
    outside its links."""
    line = _with_its_line(node)
    if mostly_a_date(line):
        return line
    if mostly_a_date(own := _shown(" ".join(t for t in node.itertext() if t))):
        return own
    if next(node.iter("a"), None) is not None:
        unlinked = _shown(" ".join(_UNLINKED_TEXT(node)))
        if mostly_a_date(unlinked):
            return unlinked
    return None


_UNLINKED_TEXT = etree.XPath(".//text()[not(ancestor::a)]", smart_strings=False)


FRONT_PAGE_PATH_CHARS = 16  # `/`, `/fa/`, `/index.php`, `/default.aspx`: a front page's path is short


def _short_path(href: str | None) -> bool:
    """Whether a link's path is short enough for a front page's: a cheap test before resolving it
    (a page holds hundreds of links to stories, none of them home)."""
    if not href:
        return False
    path = href.split("://", 1)[1].partition("/")[2] if "://" in href else href
    return len(path) <= FRONT_PAGE_PATH_CHARS


def _in_site_header(page: Page, anchor: etree._Element | None) -> Callable[[etree._Element], bool]:
    """Whether an element is printed in the site's header: before the headline, with a link to the
    front page (the logo, the menu's «خانه») between it and the headline. Such a date is the day the
    page was served (a top bar's «سه‌شنبه ۱۱ آذر ۱۴۰۵»), not the story's: taken for it, a page that
    prints no date of its own would be dated today."""
    at = page.position(anchor) if anchor is not None else None
    if at is None:
        return lambda el: False

    def in_header(el: etree._Element) -> bool:
        where = page.position(el)
        return where is not None and where < at and any(where < p < at for p in _home_links(page))
    return in_header


def _home_links(page: Page) -> list[int]:
    """The positions of the page's links to its front page, found when first asked (once per page:
    three date readers ask)."""
    if "home links" not in page.memo:
        page.memo["home links"] = [p for p in (page.position(a) for a in page.tagged("a")
                                               if _short_path(a.get("href")) and _to_front_page(page, a))
                                   if p is not None]
    homes: list[int] = page.memo["home links"]
    return homes


DATELINE_LEAD_WORDS = 3  # a dateline's place before its date («تهران -», «کابل، پژواک -»)
_DATELINE_END = ("-", "–", "—", ":", "|", "،", ",", "/", "(")
DATE_LINE_OTHER_WORDS = 3  # a date line's words beside the date: a label («تاریخ انتشار:»), a weekday
# No printed date with its time, zone and the lunar Hijri day between («۲۳ اکتبر ۲۰۲۴ / ۲۰ ربیع الثانی
# ۱۴۴۶ / ساعت ۱۱:۴۰», "19 de noviembre de 2019 a las 11:40 p. m. CEST") runs past this many words: a
# longer line is no date line, told without reading a date in it (the text of a whole block may be asked).
DATE_WORDS_AT_MOST = 16


def _dateline(opening: str) -> str | None:
    """The dateline opening a text, through its date: at most three words before the date, and a
    dash, colon or comma after it (or nothing)."""
    found = find_date(opening)
    if found is None or count_words(opening[:found.span[0]]) > DATELINE_LEAD_WORDS:
        return None
    after = opening[found.span[1]:].lstrip()
    return opening[:found.span[1]] if not after or after.startswith(_DATELINE_END) else None


def _mostly_a_date(line: str) -> bool:
    """A date line: a date and at most three words beside it; in a meta line of parts set apart by
    bars («اجتماعی | شناسه خبر: ۱۲۳ | ۱۳۹۸/۰۶/۳۰ - ۲۳:۵۰»), its part that holds the date."""
    return _a_date_line(line, _without_jalali_date)


def _a_date_line(line: str, without_date: Callable[[str], str | None]) -> bool:
    """Whether the first part of ``line`` (parts set apart by bars) that prints a date holds at most
    DATE_LINE_OTHER_WORDS words beside it; ``without_date`` gives a part without its date, or None."""
    for part in line.split("|"):
        rest = without_date(part)
        if rest is not None:
            return count_words(rest) <= DATE_LINE_OTHER_WORDS
    return False


def _without_jalali_date(part: str) -> str | None:
    found = find_date(part)
    return None if found is None else part[:found.span[0]] + " " + part[found.span[1]:]


def update_date_texts(page: Page, headline: str | None = None) -> Iterator[str]:
    """The lines of elements printing an update label's word («به‌روزرسانی», «ویرایش» …) outside
    page chrome and lists of other stories, nearest the headline first: where a visible update date
    is (jalali.find_date(updated=True) tells the label)."""
    if not (page.has_arabic and page.mentions(*UPDATE_WORDS)):
        return
    anchor = _headline_element(page, headline)
    holding = _holding(page, page.texts_containing(UPDATE_WORDS))
    yield from _lines_outside_chrome(page, _nearest_first(page, anchor)(holding), anchor)


_UPDATE_CLASSES = ("updated", "modified", "dateModified", "update-date", "last-update")


def time_datetimes(page: Page, headline: str | None = None, *, updates: bool = False) -> Iterator[str]:
    """The `datetime` of the page's <time> elements outside page chrome, the site's header, lists of
    other stories, another story's teaser, the readers' comments and dated entries (where a printed
    date is not the story's either), nearest the headline first, those marked as an update (`<time
    class="updated" …>`, WordPress's second stamp) left out: the machine form of the date a template
    prints beside its headline. ``updates``: those marked as an update alone, the machine form of its
    last modification."""
    times = [el for el in page.tagged("time") if el.get("datetime")]
    if not times:
        return
    anchor = _headline_element(page, headline)
    in_header = _in_site_header(page, anchor)
    for el in _nearest_first(page, anchor)(times):
        marks = f"{el.get('class', '')} {el.get('itemprop', '')}"
        marked_update = any(word in marks for word in _UPDATE_CLASSES)
        if marked_update == updates and not _not_the_storys_date(page, el, anchor) and not in_header(el):
            yield el.get("datetime", "").strip()


def printed_date_texts(page: Page, headline: str | None = None,
                       text_blocks: Iterable[etree._Element] = ()) -> Iterator[str]:
    """The texts of the page's date elements (<time>, itemprop=datePublished, a class or id naming a
    date) outside chrome (the header around the headline is the article's), nearest the headline
    first: where a page without a Jalali date or machine metadata prints its Gregorian date.
    ``text_blocks``: the blocks of the story's text, whose lines name other days (an event's)."""
    anchor = _headline_element(page, headline)
    in_header = _in_site_header(page, anchor)
    nearest = _nearest_first(page, anchor)
    yield from _lines_outside_chrome(page, nearest([n for n in _date_elements(page) if not in_header(n)]), anchor)
    # … then a short line labelled as the publication's date in an element named for nothing
    # ("Published: 12 October 2023" in an old template's <i>)
    labelled = _short_texts_holding(page, _PUBLISHED_LABELS) if page.mentions(*_PUBLISHED_LABELS) else []
    yield from _lines_outside_chrome(page, nearest([n for n in labelled if not in_header(n)]), anchor)
    # … last, a date line in an element named for nothing: a Persian page's Gregorian line where a
    # Jalali one would stand («۲۸ نوامبر ۲۰۲۴ - ۱۵:۴۷», «۲۰۲۴/۱۱/۲۸»), an older template's cell under
    # its headline in any language (`<td class="artikeldatum">14.05.2008, 16:42 Uhr</td>`,
    # «2011年05月12日 08:31» in a `<font>`): read as the Jalali last resort is. On a page in another
    # script, a line inside the text's blocks is the text's («Opening day: 12 May 2009»), not the story's.
    lines = _gregorian_texts(page)
    if not (page.has_arabic or page.has_char_refs):
        blocks = set(text_blocks)
        lines = [el for el in lines if el not in blocks and not any(a in blocks for a in el.iterancestors())]
    yield from _bare_date_lines(page, nearest(lines), anchor, in_header, _mostly_a_gregorian_date)


# How a Gregorian date in a Persian page's line opens or names its month: a year 19xx or 20xx in
# any digits, or a month's Persian-script name.
_GREGORIAN_NEEDLES = ("۲۰", "20", "٢٠", "۱۹", "19", "١٩", *PERSIAN_SCRIPT_MONTHS)


def _gregorian_texts(page: Page) -> list[etree._Element]:
    """Elements with a short text that may print a Gregorian date; the first 40."""
    return _short_texts_holding(page, _GREGORIAN_NEEDLES)


def _mostly_a_gregorian_date(line: str) -> bool:
    """A Gregorian date line: the date and at most three words beside it. The date is read as a
    Persian page prints it, with the lunar Hijri day and the time after it (any zone does to say how
    far it runs): «چهارشنبه ۲۳ اکتبر ۲۰۲۴ / ۲۰ ربیع الثانی ۱۴۴۶ / ساعت ۱۱:۴۰» is one."""
    if more_words_than(line, DATE_WORDS_AT_MOST + DATE_LINE_OTHER_WORDS):
        return False
    found = find_gregorian_date(line, UTC)
    return found is not None and count_words(line.replace(found.raw, " ", 1)) <= DATE_LINE_OTHER_WORDS


def _lines_outside_chrome(page: Page, nodes: Iterable[etree._Element],
                          headline: etree._Element | None) -> Iterator[str]:
    """The date lines of ``nodes`` outside page chrome, outside lists of other stories (a related
    list's «۲۰ مرداد ۱۴۰۳» under each linked headline dates those stories, not this one) and outside
    the readers' comments (each dated by its reader)."""
    return (_with_its_line(node) for node in nodes if not _not_the_storys_date(page, node, headline))


def _not_the_storys_date(page: Page, node: etree._Element, headline: etree._Element | None) -> bool:
    return (elsewhere(node, headline) or in_comment_thread(node) or _in_another_storys_teaser(page, node, headline)
            or _one_of_dated_entries(node))


def _in_another_storys_teaser(page: Page, node: etree._Element, headline: etree._Element | None) -> bool:
    """Inside an item that opens with another page's linked headline (a teaser of a list too short to
    be told by its run: two or three stories), below whatever holds the article's headline."""
    held = set(headline.iterancestors()) if headline is not None else set()
    for el in node.iterancestors(*ITEM_TAGS):
        if el is headline or el in held:
            return False
        if opens_with_other_story(page, el):
            return True
    return False


def _nearest_first(page: Page, anchor: etree._Element | None) -> Callable[[list[etree._Element]], list[etree._Element]]:
    """A function putting elements in order of their distance from ``anchor`` in the page (page
    order when there is no anchor, and among elements as near)."""
    at = page.position(anchor) if anchor is not None else None
    if at is None:
        return lambda elements: elements
    return lambda elements: sorted(elements, key=lambda el: abs((page.position(el) or 0) - at))


def _with_its_line(node: etree._Element) -> str:
    """The date element's text, or its parent's when that is one short line: a weekday or a time
    printed in an element of its own beside the date («<span>چهارشنبه /</span> <span>۱۶ مرداد
    ۱۳۹۸</span>») belongs to the printed date."""
    text = _shown(" ".join(t for t in node.itertext() if t))
    parent = node.getparent()
    if parent is not None and parent.tag != "body":
        line = _shown(text_of(parent))
        if len(line) < _SHORT_TEXT and text in line:
            text = line
    return text if markers.CLOCK.search(text) else _with_its_time(text, node)


TIME_LINE_CHARS = 40  # «ساعت انتشار: ۰۹:۳۵»: a label and a time


def _with_its_time(text: str, node: etree._Element) -> str:
    """A date printed without its time, the time on a line of its own right after it (the next cell
    of a layout table's row, «<td>تاریخ انتشار: ۱۳۹۸/۰۵/۱۴</td><td>ساعت انتشار: ۰۹:۳۵</td>»): the two."""
    for el in itertools.islice((node, *node.iterancestors()), 2):
        after = next((s for s in el.itersiblings() if isinstance(s.tag, str)), None)
        line = _shown(text_of(after) or "") if after is not None else ""
        if line and len(line) <= TIME_LINE_CHARS and markers.CLOCK.search(line) and find_date(line) is None:
            return f"{text} {line}"
    return text


def _shown(text: str) -> str:
    """White space collapsed as a browser shows it; published_raw keeps what a reader sees."""
    return " ".join(text.split())


def page_canonical(page: Page) -> str | None:
    return page.canonical


# «برچسب‌ها:», «کلیدواژه‌ها:», «کلمات کلیدی:», «Tags:» … opening a tags element's text, and what separates its tags.
# (the letters as a CMS may write them: Arabic kaf and yeh, «كليدواژه»)
_TAG_LABEL = re.compile(r"^\s*(?:برچسب|[کك]ل[یي]د[\s\u200c]?واژه|واژه[\s\u200c]?ها[یي][\s\u200c]?[کك]ل[یي]د[یي]|"
                        r"[کك]لمات[\s\u200c]?[کك]ل[یي]د[یي]|واژگان[\s\u200c]?[کك]ل[یي]د[یي]|تگ|tags?|keywords?)"
                        r"(?:[\s\u200c]?ها)?\s*[:：]\s*", re.IGNORECASE)
_TAG_SEPARATOR = re.compile(r"\s*[,،;؛|•·\n]\s*|\s+(?=#)")
_TAG_CLASSES = ("tags", "tag-list", "taglist", "tagcloud", "keywords", "news-tag", "post-tag", "article_tag",
                "article-tag", "tag_item", "tag-item", "tag-group", "tag_group", "tag-box", "tag_box", "tagbox",
                "tag-wrap",
                # a story's topics, named for the story (a trending-topics bar over the page is none)
                "article-topics", "story-topics", "post-topics", "entry-topics", "news-topics",
                "footer__topics")  # BEM's element of the story's own footer (`article-footer__topics`)
_TAG_LABELS = ("برچسب", "كلیدواژه", "کلیدواژه", "کلید واژه", "تگ‌ها", "تگ ها", "کلمات کلیدی", "كلمات كليدي",
               "واژگان کلیدی")


def split_tags(text: str) -> list[str]:
    """One element's text → its tags: the label taken off, split at commas («،» too), semicolons,
    bars, bullets, line breaks and before each #. Character references a CMS escaped twice
    (`&amp;quot;` prints `&quot;`) are decoded first: their `;` separates nothing."""
    if "&" in text:
        text = html.unescape(text)
    parts = _TAG_SEPARATOR.split(_TAG_LABEL.sub("", text.strip()))
    return [t for t in (p.strip().lstrip("#").strip() for p in parts) if t and not _TAG_LABEL.match(t + ":")]


def _tags_of(nodes: Iterable[etree._Element]) -> list[str]:
    """Each element's links are its tags, else its list items; an element with neither holds them as text."""
    tags: list[str] = []
    for node in nodes:
        texts = [t for t in map(_link_tag, node.iter("a")) if t]
        if not texts:  # (iter() yields the element itself first: a tag <li> holds its tags as text)
            texts = [t for t in (text_of(li) for li in node.iter("li") if li is not node) if t]
            texts = texts or [_without_label(node)]
        tags.extend(tag for text in texts for tag in split_tags(text))
    return tags


def _without_label(node: etree._Element) -> str:
    """The element's text without the label its first child prints alone, colon or not
    («<li><strong>کلیدواژه‌ها</strong> کمون، مدارس</li>»: the label is no tag)."""
    return _without_opening(node, lambda _, label: _TAG_LABEL.match(label + ":") is not None
                            and not split_tags(label + ":"))


def _link_tag(a: etree._Element) -> str | None:
    """A tag link's text, without a label printed inside the link before the tag («<span>Filed to:</span>
    <span>science</span>»); none for a share button's link beside the tags (a box named `tags-and-share`)."""
    if _SHARE_LINK.match(a.get("href") or ""):
        return None
    pieces = [t.strip() for t in a.itertext() if t.strip()]
    if len(pieces) > 1 and pieces[0].endswith((":", "：")):
        return " ".join(pieces[1:])
    return text_of(a)


# Where a share button sends the page: a network's sharing address, or a mail or messenger link.
_SHARE_LINK = re.compile(r"\s*(?:mailto:|whatsapp:|tg:|(?:https?:)?//(?:[\w-]+\.)*(?:facebook\.com/sharer|"
                         r"(?:twitter|x)\.com/(?:intent|share)|linkedin\.com/(?:share|sharing|shareArticle)|"
                         r"t\.me/share|telegram\.me/share|pinterest\.com/pin/create|reddit\.com/submit|"
                         r"api\.whatsapp\.com/send|wa\.me/))", re.IGNORECASE)
# A tag's own page: a name after /tag/, /tags/ or /keyword/ (`/tags/?letter=a`, an index of tags, is none).
# (and other languages' words for a tag's or a topic's page: Swedish `/tagg/` and `/om/` (about),
# Norwegian and Danish `/emne/`, Finnish `/aihe/`, German `/thema/` and `/schlagwort/`, Spanish and
# Portuguese `/etiqueta/`, French `/mot-cle/`; Latvian `/temas/`, Estonian `/teemad/`, Lithuanian
# `/temos/`, Basque `/gaiak/`, Croatian, Serbian and Slovenian `/oznake/`, Albanian and Turkish
# `/etiketa/`, `/etiket/`, Romanian `/etichete/`, Hungarian `/cimke/`, Polish `/tagi/`)
# Persian CMSs name it in Persian too (`/برچسب/…`), or percent-encoded as a browser sends it.
_PERSIAN_TAG_WORDS = ("برچسب", "کلیدواژه", "تگ", "هشتگ")
_TAG_PAGE = re.compile(r"/(?:tags?|tagg|tagi|keyword|topics?|om|emner?|aiheet?|thema|themen|schlagwort|stichwort|"
                       r"etiquetas?|mots?-cles?|temas|teemad|temos|gaiak|oznake|etiketa|etiket|etichete|cimkek?|"
                       + "|".join(w for word in _PERSIAN_TAG_WORDS for w in (word, quote(word))) +
                       r")/[^/?#\s]", re.IGNORECASE)
_TAG_PAGE_WORDS = ("/tag", "/Tag", "/TAG", "/keyword/", "/topic", "/om/", "/emne", "/aihe", "/them", "/Them",
                   "/schlagwort/", "/stichwort/", "/etiqueta", "/mot-cle", "/mots-cle", "/temas/", "/teemad/",
                   "/temos/", "/gaiak/", "/oznake/", "/etike", "/etichete/", "/cimke",
                   *(f"/{form}/" for w in _PERSIAN_TAG_WORDS for form in (w, quote(w), quote(w).lower())))
# (one case-sensitive alternation of the plain words: eight times faster than a test per word)
_TAG_PAGE_WORD = re.compile("|".join(map(re.escape, _TAG_PAGE_WORDS)))
# A link with more words than this around it in its block sits in a sentence: a story linking a word
# to a tag page (often another site's) names no tag of its own.
MAX_WORDS_AROUND_TAGS = 8


def _tag_links(page: Page, headline: str | None = None) -> list[etree._Element]:
    """`a[@rel='tag']` (the CMS says so), else links to a tag's own page outside running text; none
    in page chrome, nor in an item of a list of other stories (their tags), nor before the headline
    (a bar of trending topics over the page)."""
    found = []
    running: dict[etree._Element, bool] = {}  # per block: the tag links of one list share it
    heading = _headline_element(page, headline) if headline else None
    start = (page.position(heading) or 0) if heading is not None else 0
    end = _next_story_at(page, heading)
    # (a tag row set over the headline in the story's own header shares a near wrapper with it)
    near = {el for el in itertools.islice(heading.iterancestors(), TAG_ROW_LEVELS)
            if el.tag not in ("body", "html")} if heading is not None else set()
    marked: list[etree._Element] = []  # the CMS's own tag links (rel="tag"): where there are any, the tags
    for a in page.tagged("a"):
        # (WordPress marks its category links rel="tag" too, in a block theme's post terms)
        rel_tag = a.get("rel") == "tag" and "/category/" not in (a.get("href") or "")
        if not rel_tag and (not _tag_page(a.get("href")) or _in_running_text(a, running)):
            continue
        # (a column holding the headline is no chrome, whatever its class: `theiaStickySidebar`)
        at = page.position(a) or 0
        if (not _in_chrome(a, heading) and not in_teaser_list(a, _story_link) and at < end
                and (at >= start or any(el in near for el in a.iterancestors())) and not _in_a_trending_box(a)):
            (marked if rel_tag else found).append(a)
    # (a sidebar's tag cloud links to tag pages too, without the mark)
    return marked or found


# A box of the site's hot topics («موضوعات داغ», «داغ‌ترین برچسب‌ها», "Trending"), its tag links the
# site's, not the story's: told by the heading it opens with, a few levels above the link.
_TRENDING_HEADING = re.compile(r"داغ|پرطرفدار|پربازدید|پرتکرار|ترند|trending|popular|hot\s", re.IGNORECASE)
TRENDING_BOX_LEVELS = 3
_BOX_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})


def _in_a_trending_box(a: etree._Element) -> bool:
    for box in itertools.islice(a.iterancestors(), TRENDING_BOX_LEVELS):
        first = next(box.iterchildren(etree.Element), None)
        if first is not None and first is not a and first.tag in _BOX_HEADINGS:
            return _TRENDING_HEADING.search(text_of(first) or "") is not None
    return False


TAG_ROW_LEVELS = 2  # how far above the headline the wrapper it shares with a tag row over it may be


def _next_story_at(page: Page, heading: etree._Element | None) -> float:
    """Where the next story's h1 opens after the headline's (infinite scroll appends whole stories,
    their tags with them), else nowhere on the page."""
    at = page.position(heading) if heading is not None else None
    if at is None:
        return math.inf
    later = [p for p in (page.position(h) for h in page.tagged("h1") if h is not heading) if p is not None and p > at]
    return min(later, default=math.inf)


def _story_link(a: etree._Element) -> bool:
    """A link that may be another story's headline: not one to a tag's page."""
    return a.get("rel") != "tag" and not _tag_page(a.get("href"))


def _tag_page(href: str | None) -> bool:
    # The plain words first: they turn away nearly every link of a page at C speed.
    # (`/Tag/…` too, an ASP.NET site's routes: the pattern ignores case)
    return href is not None and _TAG_PAGE_WORD.search(href) is not None and _TAG_PAGE.search(href) is not None


def _in_running_text(a: etree._Element, known: dict[etree._Element, bool]) -> bool:
    """The link's block has more than a few words outside links (a tag list has a label and separators)."""
    block = a.getparent()
    while block is not None and block.tag not in BLOCK_TAGS:
        block = block.getparent()
    if block is None:
        return False
    if block not in known:
        links = sum(count_words(text_content(link)) for link in block.iter("a"))
        known[block] = count_words(text_content(block)) - links > MAX_WORDS_AROUND_TAGS
    return known[block]


def _generic_tag_elements(page: Page, headline: str | None = None) -> Iterator[list[etree._Element]]:
    """Candidates on pages without a profile, best first: tag links, elements named for tags, the
    element holding a «برچسب‌ها:» label."""
    yield _tag_links(page, headline)
    heading = _headline_element(page, headline) if headline else None
    for node in page.named_like(_TAG_CLASSES, ("tags", "keywords")):
        parent = node.getparent()  # an article's <footer class="tags"> is not page chrome
        # (nor is a column holding the headline, whatever its class: `related-wrapper`)
        if parent is not None and not _in_chrome(parent, heading):
            yield [node]
    if page.mentions(*_TAG_LABELS):
        for text in page.texts_containing(_TAG_LABELS):
            holder = page.holder(text)
            if holder is not None and not elsewhere(holder) and len(str(text).strip()) < 300:
                # A label in an element of its own (<span>برچسب‌ها:</span>) names its parent's tags.
                label_only = not split_tags(str(text)) and len(text_of(holder)) <= len(str(text).strip())
                parent = holder.getparent()
                if not label_only and (on_its_line := _links_on_the_line_of(text)):
                    # (a footer of <br>-parted lines: «دسته بندی: …<br>برچسب ها: …<br>نظرات (۴) | نسخه چاپی»)
                    yield on_its_line
                yield [parent if label_only and parent is not None else holder]


def _links_on_the_line_of(text: Any) -> list[etree._Element]:
    """The links after a label's text node up to the end of its line (the next `<br>` or block), where
    its element prints other lines too: the tags it labels, not the categories or the print link on
    the lines around it."""
    owner = text.getparent()
    if owner is None:
        return []
    links: list[etree._Element] = []
    for el in owner.itersiblings() if text.is_tail else iter(owner):
        if not isinstance(el.tag, str):
            continue
        if el.tag in BLOCK_TAGS:  # (a <br> too)
            break
        links.extend(el.iter("a"))
    return links


def read_tags(page: Page, profile: Profile, headline: str | None = None) -> list[str]:
    """Tags as a list of separate tags, however the page writes them (links, or one text)."""
    tags: list[str] = []
    for css in profile.tags:
        tags = _tags_of(page.css(css))
        if tags:
            break
    if not tags:
        for nodes in _generic_tag_elements(page, headline):
            tags = _tags_of(nodes)
            if tags:
                break
    if not tags:  # Open Graph's article:tag, one <meta> a tag
        tags = [tag for el in page.having("property", "article:tag") if el.tag == "meta"
                for tag in split_tags(el.get("content") or "")]
    if not tags:
        # The `keywords` meta is the site's search words (its name, «اخبار», its sections), no tags:
        # Google News' `news_keywords` names the story's own.
        tags = split_tags(page.meta.get("news_keywords") or "")
    # A tag of no letter or digit (a stray quote) is none, nor an @-marked one (a CMS's internal
    # marker or a handle, not a subject).
    return [t for t in tags if len(t) <= 80 and any(ch.isalnum() for ch in t) and not t.startswith("@")]


def read_section(page: Page, profile: Profile, headline: str | None = None) -> str | None:
    """The section's name, without the page number a newspaper's trail prints before it («صفحه ۵ -
    پول و بانک» → «پول و بانک»)."""
    section = _read_section(page, profile, headline)
    if not section:
        return section
    return _PAGE_NUMBER_PREFIX.sub("", section) or section


_PAGE_NUMBER_PREFIX = re.compile(r"^(?:صفحه|ص\.|page)\s*[0-9۰-۹]+\s*[-–—:|]\s*", re.IGNORECASE)


def _read_section(page: Page, profile: Profile, headline: str | None = None) -> str | None:
    texts = all_texts(page, profile.section)
    if texts:
        return texts[-1] if len(texts) > 1 and "breadcrumb" in " ".join(profile.section) else texts[0]
    art = page.jsonld_article or {}
    value: Any = art.get("articleSection")
    stated = [v for v in (value if isinstance(value, list) else [value]) if isinstance(v, str)]
    # (Rank Math writes the post's categories as one string, «خانه‌داری, سبک زندگی»: the first is its own)
    stated = [part.strip() for v in stated for part in v.split(",")]
    stated += [page.meta.get("article:section") or "", page.meta.get("og:article:section") or ""]
    # A home link, a CMS's word for its own objects or default category, or the site's own name
    # or host names no section.
    names: set[str] | None = None  # the site's own names, read only when a value needs them
    slug = None  # a machine's name for it on a page in the Arabic script (`europe`): the last resort
    for value in stated:
        value = _SECTION_PATH.split(value)[-1]  # a path (`جامعه > شهری`) names its last part
        plain = normalize_line(value).lower()
        if not plain or plain in _NOT_SECTIONS:
            continue
        names = _site_names_lowered(page) if names is None else names
        if plain not in names and (host_name(f"https://{plain}/") or "") not in names:  # `gizmodo.com`
            if page.has_arabic and _SLUG.fullmatch(value):
                slug = slug or value
                continue
            return value
    return (_breadcrumb_section(page) or _section_link_by_the_headline(page, headline)
            or _section_label_by_the_headline(page, headline) or slug or _menu_folder_section(page)
            or _current_menu_section(page))



_SLUG = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)*")


_SECTION_PATH = re.compile(r"\s+[>»›/|]\s+")
# … and where a title's parts part (a spaced dash too, and a bar with no spaces)
_TITLE_PARTS = re.compile(rf"{_SECTION_PATH.pattern}|\s+-\s+|\s*[|｜]\s*")


def _site_names_lowered(page: Page) -> set[str]:
    """The site's own names and host label, lower-cased: a section value that is one names no section."""
    names = {normalize_line(n).lower() for n in site_names(page, ())}
    names.add(host_name(page.url or page_canonical(page)) or "")
    names.discard("")
    return names


_HOME = ("خانه", "صفحه اصلی", "صفحه نخست", "صفحه اول", "اصلی", "home", "startseite", "accueil", "inicio", "início")
_NOT_SECTIONS = frozenset({*_HOME, "homepage", "home page", "front page", "frontpage", "all", "post", "posts",
                           # a back link's label (Liferay's «بازگشت» to the section's page)
                           "بازگشت", "برگشت", "back", "zurück", "retour", "volver",
                           "article", "articles", "page", "uncategorized", "دسته‌بندی نشده", "بدون دسته‌بندی",
                           # every story of a news site is news: the word names no section of it
                           "news"})
_BREADCRUMB_CSS = ("[itemtype*='BreadcrumbList'] a", "nav[aria-label] ol a")
# How templates name the trail of links above an article, in class or id: `breadcrumb`,
# `breadcrumb_list`, `bread_crump`, `bread-crumbs`, `crumbs` (English and Persian CMSs alike), and
# `news_path` (a Persian CMS family's «صفحه نخست » سیاسی» line).
_BREADCRUMB_NAMES = ("breadcrumb", "bread_crumb", "bread-crumb", "bread_crump", "breadcrump", "crumbs",
                     "news_path", "news-path")
MAX_SECTION_WORDS = 6
# A trail is a few short links: an element named so that holds more (a whole article carrying a
# `url-breadcrumb` class) is no trail.
MAX_TRAIL_LINKS = 8
MAX_TRAIL_WORDS = 40


def _breadcrumb_section(page: Page) -> str | None:
    """The last category link of a breadcrumb trail (the home link and the article itself skipped),
    else the first link a WordPress theme marks as the post's category (rel="category")."""
    for links in _trails(page):
        for text in reversed([t for t in (text_of(a) for a in links if not _in_a_byline(a)) if t]):
            if _names_a_section(text):
                return text
    trail = _jsonld_trail_section(page)
    if trail:
        return trail
    category = next((t for t in (text_of(a) for a in page.css("a[rel~='category']") if not in_teaser_list(a)) if t),
                    None)
    if category and _names_a_section(category):
        return category
    return _category_label(page) or _labelled_section(page)


def _in_a_byline(a: etree._Element) -> bool:
    """A link set after a byline's label («By <a>Name</a>» beside a trail's section link): the writer's."""
    parent = a.getparent()
    return parent is not None and bool((parent.text or "").strip()) and _BYLINE_LABEL.match(parent.text) is not None


def _jsonld_trail_section(page: Page) -> str | None:
    """The last category of a JSON-LD BreadcrumbList (SEO plugins print one whatever the theme calls
    its classes): the item for the page itself (no address, or the page's own) is skipped."""
    own = {u for u in (page.url, page_canonical(page)) if u}
    for obj in page.jsonld:
        items = obj.get("itemListElement") if "BreadcrumbList" in jsonld_types(obj) else None
        if not isinstance(items, list):
            continue
        crumbs = sorted((i for i in items if isinstance(i, dict)), key=_position)
        named = [(_crumb_name(i), _crumb_address(i)) for i in crumbs]
        if named and (named[-1][1] is None or named[-1][1] in own):
            named.pop()  # the article itself
        for name, _ in reversed(named):
            if name and _names_a_section(name):
                return name
    return None


def _position(item: dict[str, Any]) -> int:
    value = item.get("position")
    return int(value) if isinstance(value, int) or (isinstance(value, str) and value.isdigit()) else 0


def _crumb_name(item: dict[str, Any]) -> str | None:
    inner = item.get("item")
    name = item.get("name") or (inner.get("name") if isinstance(inner, dict) else None)
    return name.strip() if isinstance(name, str) else None


def _crumb_address(item: dict[str, Any]) -> str | None:
    inner = item.get("item")
    address = (inner.get("@id") or inner.get("url")) if isinstance(inner, dict) else inner
    return address.strip() if isinstance(address, str) and address.strip() else None


# A template's label naming the article's category, by class or id: `doc-section-info`, `meta-cat`,
# `post-cat`, `cat_name`, `the_category`, `post-categories`, `category-name`, `entry-category`, and the
# Persian CMSs' `service-name` (a news agency's «سرویس», its section).
_CATEGORY_NAMES = ("categor", "section-info", "section_info", "meta-cat", "post-cat", "cat_name", "cat-name",
                   "cat-links", "entry-cat", "service-name", "service_name")
MAX_CATEGORY_LINKS = 3  # a label names one category or two; a list of every category is a menu


def _category_label(page: Page) -> str | None:
    """The first link of a small element named for the article's category, outside page chrome."""
    for el in page.named_like(_CATEGORY_NAMES, _CATEGORY_NAMES):
        links = _links_up_to(el, MAX_CATEGORY_LINKS)
        if not 0 < len(links) <= MAX_CATEGORY_LINKS or elsewhere(el):
            continue
        text = text_of(links[0])
        if text and _names_a_section(text):
            return text
    return None


# The class words of an unlinked label printing the story's section on its meta line (`<span
# class="service">ورزشی</span>` beside the date): one of these whole, or a category's name above.
_SECTION_LABEL_CLASSES = frozenset({"service", "section", "category", "cat", "rubric"})
MAX_SECTION_LABEL_WORDS = 3  # «ورزشی», «فرهنگ و هنر»: a box's title beside the headline says more


def _near_the_headline(page: Page, headline: str | None
                       ) -> tuple[etree._Element, int, list[etree._Element]] | None:
    """The element printing the headline, its position, and the elements within
    MAX_SECTION_LINK_DISTANCE of it either way (where a meta line naming the section stands)."""
    anchor = _headline_element(page, headline)
    at = page.position(anchor) if anchor is not None else None
    if anchor is None or at is None:
        return None
    return anchor, at, page.elements()[max(0, at - MAX_SECTION_LINK_DISTANCE):at + MAX_SECTION_LINK_DISTANCE + 1]


def _section_label_by_the_headline(page: Page, headline: str | None) -> str | None:
    """The text of an unlinked label of a word or a few named for the section, a few elements from
    the headline's, outside chrome and lists of other stories: where no breadcrumb, label or link
    names the section."""
    near = _near_the_headline(page, headline)
    if near is None:
        return None
    anchor, at, around = near
    for el in sorted(around, key=lambda el: abs((page.position(el) or 0) - at)):
        cls = el.get("class")
        if not cls or len(el) or el.tag == "a" or not _names_section_label(cls):
            continue
        text = text_of(el)
        if (text and count_words(text) <= MAX_SECTION_LABEL_WORDS and _names_a_section(text)
                and next(el.iterancestors("a"), None) is None
                and not _in_chrome(el, anchor) and not in_teaser_list(el)):
            return text
    return None


def _names_section_label(cls: str) -> bool:
    lowered = cls.lower()
    return (not _SECTION_LABEL_CLASSES.isdisjoint(lowered.split())
            or any(name in lowered for name in _CATEGORY_NAMES))


# The address of a section's own page: `/fa/service/economy`, `/services/3`, `/section/politics`,
# `/category/sport`, `/cat/12`, `/showcase/politics`.
# (a section's page or a subsection's: `/service/economy`, `/service/economy/energy`)
_SECTION_PAGE = re.compile(r"/(?:services?|sections?|categor(?:y|ies)|cat|showcase)/[^/?#]+(?:/[^/?#]+)?/?(?:[?#]|$)",
                           re.IGNORECASE)
MAX_SECTION_LINK_DISTANCE = 12  # elements between the headline's and a meta line's link, either way


def _section_link_by_the_headline(page: Page, headline: str | None) -> str | None:
    """A link to a section's page on the article's meta line, a few elements from the headline's
    («<a href="/fa/service/3">اجتماعی</a> - ۱۰ آذر ۱۴۰۳» under the h1): the section it names, where no
    breadcrumb or label does. The nearest such link of a word or a few, outside chrome and lists of
    other stories."""
    near = _near_the_headline(page, headline)
    if near is None:
        return None
    anchor, at, around = near
    links = [a for a in around if a.tag == "a" and a.get("href")
             and (_SECTION_PAGE.search(a.get("href")) or _in_the_menu(page, a))]
    for a in sorted(links, key=lambda a: abs((page.position(a) or 0) - at)):
        text = text_of(a)
        if text and _names_a_section(text) and not _in_chrome(a, anchor) and not in_teaser_list(a):
            return text
    return None


def _in_the_menu(page: Page, a: etree._Element) -> bool:
    """The link goes where one of the site's menu links goes (`<nav>`, `role="navigation"`), and not
    to its front page: a section's page, whatever its address looks like (`/fa/iran`). Compared by
    path (`https://site/fa/iran/` and `/fa/iran` alike): a menu holds hundreds of links."""
    path = _href_path(a.get("href"))
    return bool(path) and path in _menu_links(page) and not _to_front_page(page, a)


def _menu_folder_section(page: Page) -> str | None:
    """The menu link whose address is a folder the page's own address lies in (`/society` over
    `/society/news/4521-…`): the section the site files the story under, where the page names none
    in its text. The deepest such link (a subsection's over its section's); not the front page's."""
    url = page.url or page_canonical(page)
    if not url:
        return None
    parts = _href_path(url).split("/")
    links = _menu_links(page)
    for depth in range(len(parts) - 1, 1, -1):  # the deepest folder first; never the path itself
        link = links.get("/".join(parts[:depth]))
        if link is not None and not _to_front_page(page, link):
            text = text_of(link)
            if text and _names_a_section(text):
                return text
    return None


# How a menu marks the item of the page being read: `aria-current`, Bootstrap's `active`, WordPress's
# `current-menu-item`, `current-menu-parent`, `current-post-ancestor`, `current-category-ancestor`,
# and `selected`, `current`, `is-active` (on the link or on its menu's item).
_CURRENT_ITEM_CLASSES = ("active", "is-active", "selected", "current", "current-menu-item", "current-menu-parent",
                         "current-menu-ancestor", "current-post-ancestor", "current-category-ancestor")


def _current_menu_section(page: Page) -> str | None:
    """The menu item marked as the page's own (a story page's menu lights up its section), not the
    front page's: the last resort, where nothing else names the section. The marks are found from the
    class and attribute indexes (most pages carry none), then asked whether they sit in a menu."""
    # (the attribute's index costs a scan of the tree: asked only of a page whose source names it)
    current = page.holders("aria-current") if "aria-current" in page.html else ([], [])
    marked = [el for el, value in zip(*current, strict=True) if value != "false"]
    for token in _CURRENT_ITEM_CLASSES:
        marked += page.css(f".{token}")
    for el in page.in_order(marked):
        a = el if el.tag == "a" else next(el.iterchildren("a"), None) if el.tag == "li" else None
        if a is None or not _in_a_menu(a) or _to_front_page(page, a):
            continue
        text = text_of(a)
        if text and _names_a_section(text):
            return text
    return None


def _in_a_menu(el: etree._Element) -> bool:
    return any(map(_a_menu, el.iterancestors()))


def _a_menu(el: etree._Element) -> bool:
    """The site's menu: a `<nav>` or an element of `role="navigation"`."""
    return el.tag == "nav" or el.get("role") == "navigation"


def _menu_links(page: Page) -> dict[str, etree._Element]:
    """The site's menu links (`<nav>`, `role="navigation"`) by the path each goes to, the first of
    each (found once per page: a menu holds hundreds of links)."""
    if "menu links" not in page.memo:
        links: dict[str, etree._Element] = {}
        for menu in [*page.tagged("nav"), *page.having("role", "navigation")]:
            for a in menu.iter("a"):
                links.setdefault(_href_path(a.get("href")), a)
        page.memo["menu links"] = links
    found: dict[str, etree._Element] = page.memo["menu links"]
    return found


def _href_path(href: str | None) -> str:
    """The path of a link's address, by string cuts (urlsplit on every menu link costs a tenth of a
    millisecond a page): no query or fragment, no scheme and host, no closing slash."""
    path = (href or "").split("#", 1)[0].split("?", 1)[0]
    host_at = path.find("//", 0, 8)  # `https://host/…`, `//host/…`
    if host_at >= 0:
        slash = path.find("/", host_at + 2)
        path = path[slash:] if slash >= 0 else ""
    return path.rstrip("/")


# A Persian meta line's section label and its value: «سرویس: سیاسی», «گروه: اقتصادی», «دسته‌بندی: ورزشی»,
# «بخش: فرهنگی» (a colon after the label: «گروه اقتصادی خبرگزاری …» opens a sentence).
_T = TypeVar("_T")

# A sub-section's label («زیرگروه: محیط زیست», «زیر سرویس: …») names the deeper section, read first as a
# trail's deeper link is.
_SECTION_LABELS = ("سرویس", "گروه", "دسته", "بخش")
_LABELLED_SECTION = re.compile(r"^(?P<sub>زیر[\s\u200c]?)?(?:سرویس|گروه|دسته(?:[\s\u200c]?بندی)?|بخش)\s*[:：]\s*"
                               r"(?P<value>\S+(?:\s\S+){0,3})$")


def _labelled_section(page: Page) -> str | None:
    """The value of a section label on a short meta line, or one part of it («سرویس: سیاسی | کد خبر: ۱۲»),
    outside page chrome; no digits (a number is an ID or a count). A sub-section's label over its
    section's (the page prints «گروه: جامعه» and «زیرگروه: محیط زیست»)."""
    found = list(itertools.islice(_labelled_values(page, _SECTION_LABELS, _section_value), _MAX_SECTION_LABELS))
    return next((value for sub, value in found if sub), None) or next((value for _, value in found), None)


_MAX_SECTION_LABELS = 4


def _section_value(part: str) -> tuple[bool, str] | None:
    m = _LABELLED_SECTION.match(part)
    value = m.group("value") if m else None
    if value and not any(ch.isdigit() for ch in value) and _names_a_section(value):
        return bool(m and m.group("sub")), value
    return None


_CAPTIONS = ("figure", "figcaption")


def _a_caption(el: etree._Element) -> bool:
    """A picture's or a chart's caption: a <figure> or <figcaption>, or a line whose class says so set
    after a picture (`<p class="chart-caption">` under a chart's image; ASP.NET's `lblCaption` names
    a label)."""
    return (el.tag in _CAPTIONS or any(True for _ in el.iterancestors(*_CAPTIONS))
            or ("caption" in (el.get("class") or "").lower()
                and next(el.itersiblings(*_PICTURES, preceding=True), None) is not None))


_PICTURES = ("img", "picture", "svg", "canvas")


def _labelled_values(page: Page, labels: tuple[str, ...], read: Callable[[str], _T | None]) -> Iterator[_T]:
    """For each element printing one of ``labels`` (or its parent, where the label stands alone), the
    first part of its meta line that ``read`` reads, outside page chrome, lists of other stories and
    pictures' captions (a chart's «منبع: …» credits its figures)."""
    for scopes in _labelled(page, labels):
        if _a_caption(scopes[0]):
            continue  # (the element printing the label: its parent reads the caption's line too)
        for scope in scopes:
            value = next(filter(None, map(read, _meta_parts(normalize_line(text_of(scope))))), None)
            if value and not elsewhere(scope):
                yield value
                break


def _trails(page: Page) -> Iterator[list[etree._Element]]:
    """The links of the page's breadcrumb trail, from the first kind of markup that gives one: a
    trail named by class or id, schema.org's BreadcrumbList, a labelled <nav>'s list."""
    named = [el for el in page.named_like(_BREADCRUMB_NAMES, _BREADCRUMB_NAMES) if _is_trail(el)]
    # The innermost: a wrapper named so (`breadcrumb_ctr`) can hold the page's tools beside the trail
    # (Print, Email), where the trail's own parts (`breadcrumb-item`, `bc-link`) are named too.
    wrappers = {a for el in named for a in el.iterancestors()}
    yield page.in_order(a for el in named if el not in wrappers for a in el.iter("a"))
    for css in _BREADCRUMB_CSS:
        yield page.css(css)
    yield from _unnamed_trails(page)


# What stands between the parts of a trail: «صفحه اصلی > اقتصادی», «خانه » ورزش», "Home / World".
_TRAIL_SEPARATORS = frozenset({">", "»", "›", "/", "\\", "«", "<", "‹", "::"})
_HOME_NAMES = frozenset({*_HOME, "homepage", "home page"})


def _unnamed_trails(page: Page) -> Iterator[list[etree._Element]]:
    """A trail no class names: a link to the home page («صفحه اصلی», "Home") and the links that
    follow it, each after a separator («صفحه اصلی > اقتصادی»: an older template's line), or the
    home page's name printed unlinked before the first («صفحه اول » <a>سلامت</a>»). A menu's home
    link is followed by more links with no separator between."""
    for home in page.tagged("a"):
        # (the cheap test first: a page has hundreds of links, few of them followed by a separator)
        unlinked = _after_an_unlinked_home(home)
        if unlinked:
            after: etree._Element | None = home
            trail = []
        else:
            after = _past_a_separator(home)
            if after is None or normalize_line(text_of(home) or "").lower() not in _HOME_NAMES:
                continue
            trail = [home]
        while after is not None and after.tag == "a":
            trail.append(after)
            after = _past_a_separator(after)
        if len(trail) > 1 or (unlinked and trail):
            yield trail


def _after_an_unlinked_home(link: etree._Element) -> bool:
    """The link opens its element after the home page's name and a separator, printed as text."""
    parent = link.getparent()
    before = (parent.text or "").strip() if parent is not None and link.getprevious() is None else ""
    if not before or before[-1] not in _TRAIL_SEPARATORS:
        return False
    return normalize_line(before[:-1]).lower() in _HOME_NAMES


def _past_a_separator(link: etree._Element) -> etree._Element | None:
    """The element after a trail's separator that follows ``link``: in its tail («خانه » ورزش»), or
    alone in an element of its own (`<a>صفحه اول</a> <span>/</span> <a>آلمان</a>`); None when no
    separator follows."""
    tail = (link.tail or "").strip()
    after = link.getnext()
    if tail:
        return after if tail in _TRAIL_SEPARATORS else None
    if (after is not None and after.tag != "a" and len(after) == 0 and not (after.tail or "").strip()
            and (after.text or "").strip() in _TRAIL_SEPARATORS):
        return after.getnext()
    return None


def _is_trail(el: etree._Element) -> bool:
    return (0 < len(_links_up_to(el, MAX_TRAIL_LINKS)) <= MAX_TRAIL_LINKS
            and count_words(text_content(el)) <= MAX_TRAIL_WORDS)


def _links_up_to(el: etree._Element, most: int) -> list[etree._Element]:
    """The links in ``el``, no more than one past ``most`` (enough to tell it holds too many)."""
    return list(itertools.islice(el.iter("a"), most + 1))


def _names_a_section(text: str) -> bool:
    plain = normalize_line(text).lower()
    return (plain not in _NOT_SECTIONS and count_words(text) <= MAX_SECTION_WORDS
            and any(ch.isalpha() for ch in plain) and _PAGE_NUMBER_ONLY.match(plain) is None)


# A newspaper's page number alone («صفحه ۳», "Page 3": a print edition's trail) names no section.
_PAGE_NUMBER_ONLY = re.compile(r"^(?:صفحه|ص\.|page|seite|página|pagina|strona)\s*[0-9۰-۹]+$")


_AUTHOR_CSS = ("[itemprop='author'] [itemprop='name']", "a[rel~='author']", ".byline .author", "span.author",
               ".author-name", "[itemprop='author']:not(meta)", "div.author", "p.author", ".news-author", ".writer")
_EDITOR_LABEL = re.compile(r"^(?:دبیر|سردبیر|ویراستار|مترجم|ویرایش)")
# What a byline prints before the name: «خبرنگار:», "By", "Von", "Par", "Por", "Door".
_BYLINE_LABEL = re.compile(rf"^\s*(?:{markers.BY_LABEL}\s*[:：]?|"
                           rf"{markers.WRITER_LABEL}\s*[:：،]?|(?:گزارش|عکاس)\s*[:：]?|به\s?قلم\s*[:：]?|"
                           # «نوشته شده توسط: …», «ارسال شده توسط …», «توسط …»: written or posted by
                           r"(?:(?:نوشته|ارسال)[\s\u200c]?(?:شده[\s\u200c]?)?)?توسط\s*[:：]?|"
                           r"(?:by|von|par|por|door)\s*:?(?=\s))\s*", re.IGNORECASE)
# A byline a template names by no class: «خبرنگار نگار صالحی», «گزارش: سمیرا کاظمی» (a colon after
# «گزارش», which also opens «گزارش تصویری» and «به گزارش …»), its names (_byline) after it.
_LABELLED_BYLINE = re.compile(rf"^(?:{markers.WRITER_LABEL}\s*[:：،]?|به قلم\s*[:：]?|گزارش\s*[:：]|"
                              # «گزارش از: …», «گفت‌وگو از …»: the reporter, the interviewer
                              rf"{markers.BY_LABEL}\s*[:：]?)"
                              r"\s*(?P<names>\S.*)$")
_BYLINE_LABELS = ("خبرنگار", "نویسنده", "نویسندگان", "به قلم", "گزارش", "گفت‌وگو از", "گفت و گو از", "گفتگو از",
                  "مصاحبه از", "یادداشت از")
MAX_BYLINE_NAMES = 4


def _byline(line: str) -> str | None:
    """The line when it is a labelled byline: one to four names of 2–4 words each, joined as
    _AUTHOR_JOIN joins them («علی رضایی، مریم احمدی و سارا کریمی»), no digits («خبرنگار: ۴۲۸۱۵» is a
    reporter's code)."""
    m = _LABELLED_BYLINE.match(line)
    if m is None or any(ch.isdigit() for ch in line):
        return None
    names = _AUTHOR_JOIN.split(m.group("names"))
    return line if len(names) <= MAX_BYLINE_NAMES and all(2 <= len(n.split()) <= 4 for n in names) else None


# Between the parts of a meta line that prints the byline beside the date or the views
# («نویسنده: احمد رحیمی | ۱۲ حمل ۱۴۰۳»): a bar, a dot or a dash with spaces either side.
_META_PARTS = re.compile(r"\s+[|｜•·>›]\s+|\s+[-–—]\s+")  # (a trail's ">" too: «صفحه ۳ > سرویس: شهری»)
# A label of a word or two and its colon opening a second part where no bar sets the parts apart
# («بخش: اجتماعی کد خبر: ۲۷۶۹۰» on an old table's line)
_NEXT_LABEL = re.compile(r"\s+(?=[^\W\d_]+(?:\s[^\W\d_]+)?\s*[:：]\s)")
MAX_META_LINE_CHARS = 200  # a longer text (a paragraph holding a label's word) is no meta line to part


def _meta_parts(line: str) -> list[str]:
    """A short meta line's parts; a longer text whole (the labels match only at its start). A part
    holding a label and its value is cut again where the next label opens («گفت‌وگو از: …» stays one)."""
    if len(line) > MAX_META_LINE_CHARS:
        return [line]
    return [piece for part in _META_PARTS.split(line) for piece in _after_its_value(part)]


def _after_its_value(part: str) -> list[str]:
    colon = min((i for i in (part.find(":"), part.find("：")) if i >= 0), default=-1)
    if colon < 0:
        return [part]
    head, tail = part[:colon + 1], part[colon + 1:]
    pieces = _NEXT_LABEL.split(tail)
    out = [head + pieces[0]]
    carried = ""  # a label's first word, cut from its second («کد» before «خبر:»)
    for piece in pieces[1:]:
        if ":" in piece or "：" in piece:
            out.append(f"{carried} {piece}".strip())
            carried = ""
        else:
            carried = f"{carried} {piece}".strip()
    if carried:
        out[-1] = f"{out[-1]} {carried}"
    return out


def _labelled_bylines(page: Page) -> list[str]:
    """Short lines that are a byline label and a name, outside page chrome (the label's own element
    or, when the label stands in an element of its own, its parent's)."""
    return list(dict.fromkeys(_labelled_values(page, _BYLINE_LABELS, _byline)))


# Between two names in one byline: "Jane Doe and John Roe", «مریم رضایی و علی محمدی», "A & B".
_AUTHOR_JOIN = re.compile(r"\s+(?:and|und|et|و)\s+|\s*&\s*|\s*،\s*", re.IGNORECASE)  # «،»: Persian names
# A role printed after a name in a Persian byline («علی رضایی، خبرنگار»): no author of its own.
_ROLE = re.compile(r"^(?:خبرنگار|نویسنده|عکاس|مترجم|دبیر|سردبیر|گزارشگر|کارشناس|تحلیلگر|ستون[\u200c ]?نویس)(?:\s|$)")
# … and after it: the day it was printed ("Jane Doe, Agency 18 NOV 2019", "Jane Doe | Nov. 18, 2019").
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_BYLINE_DATE = re.compile(rf"[\s,|·–—-]+(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}},?)\s+\d{{4}}\s*$", re.IGNORECASE)


def read_authors(page: Page, profile: Profile, site_names: Iterable[str]) -> list[str]:
    # The generic selectors find a related list's bylines too: its items name their own writers.
    bylines = all_texts(page, profile.authors) if profile.authors else all_texts(page, _AUTHOR_CSS, _not_the_storys)
    names = _names_in(bylines)
    art = page.jsonld_article or {}
    people = art.get("author")
    for person in people if isinstance(people, list) else [people]:
        if isinstance(person, dict) and "Person" in str(person.get("@type", "")):
            name = person.get("name")
            if isinstance(name, str):
                names.append(name)
    blocked = {normalize_line(n) for n in site_names if n}

    def people_of(found: list[str]) -> list[str]:  # organisations, roles and the site's own name are no authors
        return [n for n in found if n and normalize_line(n) not in blocked and not _ACCOUNT.fullmatch(n.strip())
                and not normalize_line(n).startswith(ORG_PREFIXES) and not _ROLE.match(normalize_line(n))
                and count_words(n) <= 6]

    authors = people_of(names)
    if not authors and not profile.authors:  # no author element names a person: a labelled byline may
        authors = people_of(_names_in(_labelled_bylines(page)))
    return _without_roles_of_others(authors)


_ROLE_AFTER = re.compile(r"\s*[-–—,|]\s*\S")


_COMMENTS = re.compile(r"comment", re.IGNORECASE)


def _not_the_storys(node: etree._Element) -> bool:
    """A byline of another story (an item of a related list) or of a reader (in the comments)."""
    return in_teaser_list(node) or any(_COMMENTS.search(f"{a.get('class', '')} {a.get('id', '')}")
                                       for a in node.iterancestors())


def _without_roles_of_others(names: list[str]) -> list[str]:
    """The names without one that is another of them with a role after it ("Tim Childers - Science
    Contributor" beside "Tim Childers", a byline and JSON-LD naming one person two ways)."""
    return [n for n in names if not any(n != other and n.startswith(other) and _ROLE_AFTER.match(n, len(other))
                                        for other in names)]


# A CMS account a template prints as the byline where nobody signed the piece: admin, jdadmin,
# Administrator, webmaster, guest, «ادمین», «مدیر سایت».
_ACCOUNT = re.compile(r"(?i:\w*admin(?:istrator)?|webmaster|guest|гость)|ادمین|مدیر(?:\s?سایت)?")


def _names_in(texts: list[str]) -> list[str]:
    """Byline texts → names: labels and dates off, joined names apart. Editors (دبیر، سردبیر،
    ویراستار) are named beside reporters but did not write the piece."""
    return [name for t in texts if not _EDITOR_LABEL.match(normalize_line(t))
            for name in _AUTHOR_JOIN.split(_BYLINE_DATE.sub("", _BYLINE_LABEL.sub("", t)))]
