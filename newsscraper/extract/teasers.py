"""Teaser items: the linked headlines a list of other stories is made of.

What the article/listing decision counts (listing.py), and what tells the dates of other stories
in a related list from the article's own date (fields.py): an item of a run of like siblings
(same tag, same class words), each holding a link of a headline's length.
"""

from __future__ import annotations

from lxml import etree

from newsscraper.extract import content_rules as rules
from newsscraper.extract.page import text_content
from newsscraper.extract.wordcount import count_words


def words(el: etree._Element) -> int:
    return count_words(text_content(el))


def link_words(el: etree._Element) -> int:
    """Words of the longest link in ``el``."""
    return max((count_words("".join(a.itertext())) for a in el.iter("a")), default=0)


def kind(el: etree._Element) -> tuple[str, frozenset[str]]:
    """Tag and class words, less the ones carrying digits (WordPress writes `post-123` on each item)."""
    return el.tag, frozenset(t for t in el.get("class", "").split() if not any(c.isdigit() for c in t))


def in_run(el: etree._Element, run: int) -> bool:
    """One of at least ``run`` like siblings; a <div> or <section> must carry a class to be an item."""
    parent = el.getparent()
    if parent is None:
        return False
    own = kind(el)
    if el.tag in ("div", "section") and not own[1]:
        return False
    return sum(1 for s in parent if isinstance(s.tag, str) and kind(s) == own) >= run


def teaser_siblings(el: etree._Element) -> int:
    """Like siblings of ``el`` (itself included) that hold a link of a headline's length."""
    parent = el.getparent()
    own = kind(el)
    return sum(1 for s in parent if isinstance(s.tag, str) and kind(s) == own
               and link_words(s) >= rules.TEASER_LINK_WORDS) if parent is not None else 0


# How far above a date the item around it may be (<li><div><span class="date">).
TEASER_ITEM_LEVELS = 3


def in_teaser_list(node: etree._Element) -> bool:
    """Inside one short item of a list of other stories: the item (``node`` or an ancestor up to
    TEASER_ITEM_LEVELS above) holds a headline-length link, and so does at least one like sibling.
    The article's own date line is no such item: its header is not one of a run of linked teasers."""
    for el in [node, *node.iterancestors()][:TEASER_ITEM_LEVELS + 1]:
        if (el.tag in rules.ITEM_TAGS and link_words(el) >= rules.TEASER_LINK_WORDS
                and words(el) <= rules.TEASER_MAX_WORDS and in_run(el, 2) and teaser_siblings(el) >= 2):
            return True
    return False
