"""Teaser items: the linked headlines a list of other stories is made of.

What the article/listing decision counts (listing.py); what tells the fields a related list prints
for its own stories (dates, bylines, «کد خبر», tags, excerpts) from the article's own (fields.py:
in_teaser_list, an item of a run of like siblings, same tag and class words, each holding a link of
a headline's length); and what the main-content finder leaves out of the text (content.py:
teaser_block, a block whose items open with linked headlines, their excerpts under them).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from functools import lru_cache

from lxml import etree

from newsscraper.extract import content_rules as rules
from newsscraper.extract.markers import BYLINE
from newsscraper.extract.page import Page, text_content
from newsscraper.extract.wordcount import count_words


def words(el: etree._Element) -> int:
    return count_words(text_content(el))


Links = Callable[[etree._Element], bool]  # which <a> elements count as headlines


def link_words(el: etree._Element, counts: Links | None = None) -> int:
    """Words of the longest link in ``el`` (of those ``counts`` accepts, when given)."""
    return max((count_words("".join(a.itertext())) for a in el.iter("a") if counts is None or counts(a)), default=0)


def linked_heading(el: etree._Element) -> bool:
    """A heading that is another story's linked headline: a link of 3+ words, half its words or more;
    or a heading of 3+ words whose card is a link through an empty one laid over it (overlay_link)."""
    n = link_words(el)
    if n >= rules.TEASER_LINK_WORDS and n >= 0.5 * words(el):
        return True
    return not n and words(el) >= rules.TEASER_LINK_WORDS and overlay_link(el)


CARD_LEVELS = 3  # how far above its heading a card's overlay link may stand


def overlay_link(heading: etree._Element) -> bool:
    """The heading's card is made a link by an empty one laid over the whole card (card_overlay)."""
    return card_overlay(heading) is not None


def card_overlay(heading: etree._Element) -> etree._Element | None:
    """The empty link laid over the heading's card, which makes the whole card a link (Bootstrap's
    `<a class="stretched-link" href=…></a>`, Hugo PaperMod's `<a class="entry-link" …></a>`), its
    heading linked to nothing itself: an <a> with an address, no text and nothing inside (an icon's
    link, a share button's, holds its glyph), a few levels up, in a card holding no other heading."""
    node = heading
    for _ in range(CARD_LEVELS):
        node = node.getparent()
        if node is None or next(itertools.islice(node.iter(*rules.HEADING_TAGS), 1, None), None) is not None:
            return None  # (the walk stops at a second heading: a column of many holds many)
        found = next((a for a in node.iter("a") if empty_link(a)), None)
        if found is not None:
            return found
    return None


def leads_somewhere(a: etree._Element) -> bool:
    """A link that may be another story's headline: one that leads to a page (`href="#"`, a script
    call or none is a button; a grid template's rows of such buttons are no list of stories)."""
    href = (a.get("href") or "").strip()
    return bool(href) and not href.startswith(("#", "javascript:", "mailto:", "tel:"))


def empty_link(a: etree._Element) -> bool:
    """A link to a page that prints nothing and holds nothing (an overlay's; not an icon's)."""
    return not len(a) and not (a.text or "").strip() and leads_somewhere(a)


def holds_empty_link(el: etree._Element) -> bool:
    """Whether an empty link (empty_link) lies below ``el``: a card's overlay, which links it whole."""
    return any(map(empty_link, el.iter("a")))


def opens_with_headline(el: etree._Element, depth: int = 0) -> bool:
    """An item that opens with another story's linked headline: a linked heading, or a link of 3+
    words with nothing before it that stands on a line of its own (a <br> or a block after it, or
    nothing, perhaps past a date line or a label of up to 12 words: «<p><a>headline</a><br>excerpt</p>»,
    «<li><a>headline</a><span>۲۰ مرداد</span><p>excerpt</p></li>»)."""
    if el.tag in rules.HEADING_TAGS:
        return linked_heading(el)
    if (el.text or "").strip() or not len(el):
        return False
    # Pictures before the headline (a thumbnail, linked or not) print nothing: the item opens after them.
    at = 0
    while at < len(el) - 1 and _prints_nothing(el[at]):
        at += 1
    first = el[at]
    if first.tag in rules.HEADING_TAGS:
        return linked_heading(first)
    if first.tag in _CARD_WRAPPERS and depth < CARD_LEVELS - 1 and (depth or holds_empty_link(el)):
        # a card linked by an empty link laid over it, its body wrapped around its heading (`<div
        # class="col"><article class="card"><img><div class="card-body"><h3>…`): the item opens with
        # what its wrapper opens with
        return opens_with_headline(first, depth + 1)
    if first.tag != "a" or (first.tail or "").strip():
        return False
    if count_words("".join(first.itertext())) < rules.TEASER_LINK_WORDS:
        return False
    after = first.getnext()
    while after is not None and after.tag in _META_INLINE and not (after.tail or "").strip() and (
            count_words("".join(after.itertext())) <= MAX_META_INLINE_WORDS):
        after = after.getnext()  # the teaser's date or label beside its headline: <span>۲۰ مرداد</span>
    return after is None or after.tag == "br" or after.tag in rules.HEADING_TAGS or after.tag in _BLOCKS


def _prints_nothing(el: etree._Element) -> bool:
    """A picture, a linked thumbnail or an empty wrapper: an element with no text, and none after it."""
    return (isinstance(el.tag, str) and not (el.tail or "").strip()
            and next((t for t in el.itertext() if t.strip()), None) is None)


_CARD_WRAPPERS = frozenset({"div", "article", "header", "section"})
_BLOCKS = frozenset({"p", "div", "ul", "ol", "section", "article", "table", "blockquote", "figure"})
_META_INLINE = frozenset({"span", "time", "small", "em", "i", "b", "strong", "img"})
MAX_META_INLINE_WORDS = 12  # a date line of a weekday, the day, «ساعت» and a 12-hour time
TEASER_BLOCK_SHARE = 0.8
_LIST_HOLDERS = frozenset({"div", "section", "ul", "ol", "aside", "article", "nav", "td", "dl", "main", "body"})


def may_be_teaser_block(el: etree._Element) -> bool:
    """teaser_block's cheap first test: a block holding items, with no text of its own between them."""
    return el.tag in _LIST_HOLDERS and not (el.text or "").strip() and not any((c.tail or "").strip() for c in el)


def teaser_block(el: etree._Element) -> bool:
    """A block of other stories: two or more of its items (children holding text, unlinked headings
    aside) open with a linked headline, and so do most of them (a label such as «اخبار مرتبط» may
    head the list). The story's own block, which may hold a related list too, has its paragraphs
    among its items; a paragraph, or a block with running text of its own, is no list."""
    if not may_be_teaser_block(el):
        return False  # a paragraph with linked phrases in its running text is no list
    children = [c for c in el if isinstance(c.tag, str)]
    teasers = sum(map(opens_with_headline, children))
    if teasers < 2:
        return False
    # a label over the list («اخبار مرتبط», an unlinked heading) is no item of it
    items = sum(1 for c in children if c.tag not in rules.HEADING_TAGS and "".join(c.itertext()).strip())
    return teasers >= TEASER_BLOCK_SHARE * items


# Where a list of stories after a text is looked for: among the next siblings of the text's block and
# of its parent (a column's next boxes), not higher (the next column is a sidebar's).
LIST_AFTER_LEVELS = 2
LIST_AFTER_SIBLINGS = 3


def followed_by_list(el: etree._Element, min_items: int) -> bool:
    """A list of other stories (``min_items`` items or more, most of them each holding or opening with
    a linked headline) comes after ``el`` in its column and holds more words than it: a tag's or a
    section's introduction over its stories, which may outscore them all."""
    own = words(el)
    node: etree._Element | None = el
    for _ in range(LIST_AFTER_LEVELS):
        if node is None:
            break
        after = (s for s in node.itersiblings() if isinstance(s.tag, str))
        for sibling in itertools.islice(after, LIST_AFTER_SIBLINGS):
            if any(_story_list(block, min_items) and words(block) > own for block in sibling.iter(*_LIST_HOLDERS)):
                return True
        node = node.getparent()
    return False


def _story_list(el: etree._Element, min_items: int) -> bool:
    """``min_items`` or more of the block's items, and most of them, hold a linked heading or open
    with a linked headline (teaser_block's test, looser: a card may wrap its headline); a label over
    the list, an unlinked heading, is no item of it."""
    items = [c for c in el if isinstance(c.tag, str) and c.tag not in rules.HEADING_TAGS]
    if len(items) < min_items:
        return False
    stories = sum(1 for c in items if opens_with_headline(c) or any(map(linked_heading, c.iter(*rules.HEADING_TAGS))))
    return stories >= min_items and stories >= TEASER_BLOCK_SHARE * len(items)


def kind(el: etree._Element) -> tuple[str, frozenset[str]]:
    """Tag and class words, their digits left out: WordPress writes `post-123` on each item, and
    a grid's `col-md-8` or `item-1`, `item-2` name like items all the same. A WordPress block theme's
    words for a group's layout (`wp-block-group`, `is-layout-constrained`, `has-global-padding`) name
    no kind of item: every box of such a page carries them, the story's own as the related list's."""
    return el.tag, _class_words(el.get("class") or "")


_DIGITS = re.compile(r"\d+")
_LAYOUT_WORD = re.compile(r"^(?:wp-block-group(?:-is-layout-.*)?|is-layout-.*|wp-container-.*|has-global-padding|"
                          r"is-content-justification-.*|is-nowrap|is-vertical)$")


@lru_cache(maxsize=4096)
def _class_words(value: str) -> frozenset[str]:
    return frozenset(word for t in value.split() if not _LAYOUT_WORD.match(word := _DIGITS.sub("", t)))


def alike(a: tuple[str, frozenset[str]], b: tuple[str, frozenset[str]]) -> bool:
    """Two kinds of like items: one tag, and the same class words, or one's words all among the
    other's (`news-item` and `news-item top`: a list marks its first items with a modifier word)."""
    if a[0] != b[0] or not (a[1] and b[1]):
        return a == b
    return a[1] <= b[1] or b[1] <= a[1]


def in_run(el: etree._Element, run: int) -> bool:
    """One of at least ``run`` like siblings; a <div> or <section> must carry a class to be an item."""
    if el.tag in ("div", "section") and not kind(el)[1]:
        return False
    return _like_siblings(el, run)


def teaser_siblings(el: etree._Element, run: int, counts: Links | None = None) -> bool:
    """At least ``run`` like siblings of ``el`` (itself included) hold a link of a headline's length."""
    return _like_siblings(el, run, linked=True, counts=counts)


def _like_siblings(el: etree._Element, run: int, *, linked: bool = False, counts: Links | None = None) -> bool:
    """At least ``run`` children of ``el``'s parent (``el`` among them) of its kind, each holding a
    headline-length link where ``linked``. The count stops at ``run``: every item of an archive of
    thousands asks this of its own list, which would otherwise be walked whole for each of them."""
    parent = el.getparent()
    if parent is None:
        return False
    own = kind(el)
    found = 0
    for sibling in parent:
        if (isinstance(sibling.tag, str) and ((other := kind(sibling)) == own or alike(other, own))
                and (not linked or link_words(sibling, counts) >= rules.TEASER_LINK_WORDS)):
            found += 1
            if found >= run:
                return True
    return False


# How far above a date the item around it may be (<li><div><span class="date">).
TEASER_ITEM_LEVELS = 3


def in_teaser_list(node: etree._Element, counts: Links | None = None) -> bool:
    """Inside one short item of a list of other stories: the item (``node`` or an ancestor up to
    TEASER_ITEM_LEVELS above) holds a headline-length link, and so do two like siblings or more (a
    byline's card, a name and a few links, is no such list).
    The article's own date line is no such item: its header is not one of a run of linked teasers.
    ``counts``: which links may be headlines (a list of long tags is no list of stories)."""
    # The cheap tests first: most elements are one of a kind among their siblings.
    for el in [node, *node.iterancestors()][:TEASER_ITEM_LEVELS + 1]:
        if (el.tag in rules.ITEM_TAGS and in_run(el, rules.TEASER_RUN)
                and link_words(el, counts) >= rules.TEASER_LINK_WORDS and words(el) <= rules.TEASER_MAX_WORDS
                and teaser_siblings(el, rules.TEASER_RUN, counts)):
            return True
    return False


def opens_with_other_story(page: Page, container: etree._Element, *more: etree._Element) -> bool:
    """The block's first text (or, through ``more``, the first text of the blocks that continue it) is
    a link of a headline's length to another page than this one, or the heading of a card that an
    empty link laid over it links there (card_overlay) (a front's top story, its linked
    headline over its excerpt; an article's h1 may link to itself), perhaps under short unlinked lines
    of its own (a badge, «ویژه», and the story's kicker, «لحظه به لحظه») and a rank's number (a
    most-read list's «1»);
    not under a byline's label («نویسنده: <a>…</a>», a meta line's). A line closed by a colon is a
    label over a meta line's link («گروه: <a>…</a>»), unless the link is a heading's: then it is the
    kicker naming whose words the headline quotes («رئیس کل بانک مرکزی:» over <h2><a>…</a></h2>).
    What a player prints only where it cannot play (the text inside <video>) is not read."""
    texts = (el for block in (container, *more) for el in block.iter()
             if isinstance(el.tag, str) and (el.text or "").strip() and not _rank(el) and not _fallback(el))
    labelled = False
    for first in itertools.islice(texts, OPENING_LINES):
        link = first if first.tag == "a" else next((a for a in first.iterancestors("a")), None)
        if link is not None:
            if count_words(text_content(link)) < rules.TEASER_LINK_WORDS or _to_a_writer(link):
                return False  # a word or two, or a byline's name linking to the writer's page
            if labelled and not _in_heading(link):
                return False  # a meta line's label over its link
            return _elsewhere(page, link.get("href"))
        overlay = card_overlay(first) if first.tag in rules.HEADING_TAGS else None
        if overlay is not None and count_words(text_content(first)) >= rules.TEASER_LINK_WORDS:
            return _elsewhere(page, overlay.get("href"))  # a card's heading, the card a link over it
        line = first.text.strip()
        if count_words(text_content(first)) > KICKER_MAX_WORDS or BYLINE.match(line):
            # a line of text, or a byline's label («نویسنده:»: the link is its writer's page)
            return False
        labelled = labelled or line.endswith((":", "："))
    return False


def _in_heading(link: etree._Element) -> bool:
    return any(a.tag in rules.HEADING_TAGS for a in link.iterancestors())


KICKER_MAX_WORDS = 10  # a kicker over a teaser's linked headline: a few words (a روتیتر runs to ten)
OPENING_LINES = 3  # a badge, a kicker, the linked headline


def headed_by_other_story(page: Page, container: etree._Element) -> bool:
    """The block is an excerpt under another story's linked headline: the nearest heading before it
    inside its parent, else its grandparent (one teaser's item: the headline, a date, the excerpt),
    is a link of a headline's length to another page than this one (a section front's featured
    story, set as its linked <h2> over an excerpt block of its own)."""
    at = page.position(container)
    if at is None:
        return False
    for holder in itertools.islice(container.iterancestors(), 2):
        before = [h for h in holder.iter(*rules.HEADING_TAGS) if (page.position(h) or at) < at]
        if before:
            heading = before[-1]
            links = [a for a in heading.iter("a") if a.get("href")]
            return bool(links) and linked_heading(heading) and _elsewhere(page, links[0].get("href"))
    return False


_WRITER_PAGE = re.compile(r"/(?:authors?|writers?|journalists?|columnists?|reporters?)/", re.IGNORECASE)


def _to_a_writer(link: etree._Element) -> bool:
    """A link to a writer's page (`rel="author"`, `/author/…`): a byline's name, no story's headline."""
    return "author" in (link.get("rel") or "").split() or _WRITER_PAGE.search(link.get("href") or "") is not None


def _elsewhere(page: Page, href: str | None) -> bool:
    target = page.absolute(href)
    return target is not None and target.split("#")[0] not in (page.url, page.canonical)


_FALLBACK_TAGS = frozenset({"video", "audio", "object", "noscript"})


def _fallback(el: etree._Element) -> bool:
    """Text a player or a script prints only where it cannot run («مرورگر شما از پخش ویدئو پشتیبانی نمی‌کند»)."""
    return el.tag in _FALLBACK_TAGS or any(a.tag in _FALLBACK_TAGS for a in el.iterancestors())


def _rank(el: etree._Element) -> bool:
    """An element printing a number alone, in any digits (a ranked list's «۱», «2.»)."""
    text = text_content(el).strip().rstrip(".")
    return len(text) <= 3 and text.isdigit()
