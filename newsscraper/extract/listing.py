"""What the article/listing decision measures on a page: teasers, pagination, declared type.

A listing (section front, tag or category page, search results, an archive page) shows many
teasers (a linked headline, perhaps a short excerpt) and little text per teaser; an article shows
one text, which may carry linked subheadings, inline links or a related list, but has far more
words per linked heading. The thresholds are in content_rules.py; core.is_article decides. Words are
counted by wordcount.count_words, which estimates them in scripts written without spaces.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from lxml import etree

from newsscraper.extract import content_rules as rules
from newsscraper.extract.blocks import iter_blocks
from newsscraper.extract.fields import is_paginated
from newsscraper.extract.page import Page, jsonld_types, text_content, text_of
from newsscraper.extract.teasers import (
    followed_by_list,
    headed_by_other_story,
    holds_empty_link,
    in_run,
    link_words,
    linked_heading,
    opens_with_headline,
    opens_with_other_story,
    overlay_link,
    teaser_block,
    teaser_siblings,
    words,
)
from newsscraper.extract.urlid import front_page
from newsscraper.extract.wordcount import WORD, count_words, more_words_than


def longest_prose_run(containers: list[etree._Element], skip: Iterable[etree._Element] = (),
                      enough: int | None = None) -> int:
    """Words in the longest run of consecutive text blocks not broken by a linked line: an article's
    text runs on for paragraphs; a listing's excerpts are cut short by the next teaser's link (or by
    the next card's heading, where an empty link laid over the card links it: teasers.overlay_link).
    With ``enough``, counting stops at the first run that long (the decision needs no more)."""
    best = run = 0
    carded = _card_headings(containers)
    for container in containers:
        for block in iter_blocks(container, skip):
            words = count_words(block.text)
            if (block.link_chars >= rules.RUN_BREAK_LINK_SHARE * len(block.text.strip())
                    or (carded and " ".join(block.text.split()) in carded)):
                run = 0
                continue
            run += words
            best = max(best, run)
            if enough is not None and best >= enough:
                return best
        run = 0
    return best


def _card_headings(containers: list[etree._Element]) -> set[str]:
    """The texts of the headings in ``containers`` linked only through an empty link laid over their
    card (teasers.overlay_link): each is another story's headline, though no link's text holds it.
    (Looked for only where the blocks hold an empty link at all: on most pages none.)"""
    if not any(map(holds_empty_link, containers)):
        return set()
    return {" ".join(text_content(h).split()) for c in containers for h in c.iter(*rules.HEADING_TAGS)
            if not link_words(h) and words(h) >= rules.TEASER_LINK_WORDS and overlay_link(h)}


def card_excerpts(containers: list[etree._Element]) -> bool:
    """The chosen blocks are excerpts, each in its own card of a run of like cards headed by another
    story's linked headline (Hugo PaperMod's `<article class="post-entry">` with its `entry-content`
    excerpt and an empty link over the card): the text the finder found is the list's excerpts."""
    if len(containers) < rules.TEASER_RUN:
        return False
    cards = [_card_of(c) for c in containers]
    return all(card is not None for card in cards) and len(set(cards)) == len(cards)


def _card_of(block: etree._Element) -> etree._Element | None:
    """The short item of a run of like items around ``block`` (up to three levels up) that holds a
    linked headline of another story: its card."""
    if more_words_than(text_content(block), rules.ONE_OF_MANY_MAX_WORDS):
        return None
    node = block.getparent()
    for _ in range(3):
        if node is None:
            return None
        if (node.tag in rules.LISTING_ITEM_TAGS and in_run(node, rules.TEASER_RUN)
                and any(map(linked_heading, node.iter(*rules.HEADING_TAGS)))):
            return node
        node = node.getparent()
    return None


@dataclass(frozen=True)
class Shape:
    teasers: int            # linked headlines and teaser items in the chosen blocks' text
    all_teasers: int        # … counting also those in link lists the body leaves out
    one_of_many: bool       # a chosen block is itself one item of a run of like items
    paginated: bool         # one page of a numbered series (page_of_series)
    declared_article: bool  # JSON-LD article type or og:type article
    longest_run: int = 0    # words in the longest stretch of text between linked lines (counted up to
    #                         ARTICLE_RUN_WORDS: past it the page is an article's text whatever else)
    opens_with_teaser: bool = False  # the chosen text opens with, or lies under, another story's linked headline
    prints_headline: bool = True     # the page prints a story's headline of its own (not taken from its
    #                                  titles, not a section's name of a word or two)
    front_page: bool = False         # the page's URL is its site's front page (`/`, `/fa/`, `index.php`)
    teaser_list: bool = False        # every chosen block is itself a list of other stories (teaser_block)
    beside_list: bool = False        # the text was chosen over a longer list of other stories
    marked: bool = False             # the chosen text closes with a footer marker («انتهای پیام»)
    in_teasers: float = 0.0          # the share of the chosen text's words inside its teasers (with 2+)
    teaser_words: float = 0.0        # … and their mean words (a headline and its excerpt)
    card_excerpts: bool = False      # the chosen blocks are excerpts, each in a card of its own (card_excerpts)

    def top_story_of_a_front(self) -> bool:
        """A front or section page whose chosen block is its top story: a linked headline and an
        excerpt, on a page that is the site's front or prints no headline of its own."""
        return self.opens_with_teaser and (self.front_page or not self.prints_headline)

    def min_teasers(self) -> int:
        """Fewer where the page is one of a series or its chosen text is itself a list of teasers (a
        new section of two or three stories)."""
        few = self.paginated or self.teaser_list
        return rules.LISTING_MIN_TEASERS_PAGINATED if few else rules.LISTING_MIN_TEASERS

    def min_teasers_undated(self) -> int:
        """The teasers that make an undated page a listing by the share of its text they hold or beside
        an introduction: two where the page prints no story's headline of its own (a section's
        name, a tag's or a search's heading, or none but its titles), else as many as min_teasers."""
        return self.min_teasers() if self.prints_headline else rules.LISTING_MIN_TEASERS_PAGINATED

    def words_per_teaser(self) -> int:
        return rules.LISTING_WORDS_PER_TEASER_DECLARED if self.declared_article else rules.LISTING_WORDS_PER_TEASER


def _teaser_item(el: etree._Element) -> bool:
    """An item of a run of like items, of at most TEASER_MAX_WORDS words, that links a headline: its
    links a quarter of its words, or its text opening with the link (a headline over an excerpt of
    whole sentences, whose words outnumber the link's)."""
    size = words(el)
    n = link_words(el)
    if not (0 < size <= rules.TEASER_MAX_WORDS and n >= rules.TEASER_LINK_WORDS):
        return False
    if n >= rules.TEASER_LINK_SHARE * size and in_run(el, rules.TEASER_RUN):
        return True  # (the cheap test first: most items of a list are mostly their link)
    if not opens_with_headline(el):
        return False
    # Two like items each opening with a linked headline over an excerpt are a run: a new section's
    # two stories (two bare links are any menu's).
    if in_run(el, 2 if size >= n + rules.TEASER_LINK_WORDS else rules.TEASER_RUN):
        return True
    # An older template's items are <div>s of no class: items all the same where each opens with its
    # linked headline, as its like siblings hold one (a <div> paragraph opening with a link is rare),
    # or two such in a block of other stories (a short page of a series).
    return el.tag in ("div", "section") and not el.get("class") and (
        teaser_siblings(el, rules.TEASER_RUN) or _listed_item(el))


def teaser_count(containers: list[etree._Element], skip: Iterable[etree._Element] = ()) -> int:
    """Linked headlines, plus teaser items holding none, in the chosen blocks (outside ``skip``)."""
    return len(_teasers(containers, skip))


def _teasers(containers: list[etree._Element], skip: Iterable[etree._Element] = ()) -> list[etree._Element]:
    """The linked headlines, and the teaser items holding none, in the chosen blocks (outside ``skip``)."""
    found: list[etree._Element] = []
    skipped = set(skip)
    for container in containers:
        headings = [h for h in container.iter(*rules.HEADING_TAGS)
                    if linked_heading(h) and not _inside(h, skipped)]
        found += headings
        inside = {a for h in headings for a in h.iterancestors()}
        counted: set[etree._Element] = set()
        for el in container.iterdescendants(*rules.LISTING_ITEM_TAGS):
            if el in inside or any(a in counted for a in el.iterancestors()):
                continue
            if _teaser_item(el) and not _inside(el, skipped):
                counted.add(el)
                found.append(el)
    return found


def words_in_teasers(containers: list[etree._Element], teasers: list[etree._Element],
                     run: int = rules.TEASER_RUN) -> tuple[float, float]:
    """The share of the chosen blocks' words inside their teasers (a linked heading's item, its nearest
    ancestor of a run of ``run`` like items, or the teaser item itself), and the teasers' mean words."""
    total = sum(words(c) for c in containers)
    units = {_item_of(t, run) for t in teasers}
    outermost = [u for u in units if not any(a in units for a in u.iterancestors())]
    inside = sum(words(u) for u in outermost)
    return (inside / total if total else 0.0), (inside / len(outermost) if outermost else 0.0)


def _item_of(teaser: etree._Element, run: int) -> etree._Element:
    if teaser.tag not in rules.HEADING_TAGS:
        return teaser
    item = next((a for a in teaser.iterancestors(*rules.LISTING_ITEM_TAGS)
                 if in_run(a, run) or _listed_item(a)), None)
    return item if item is not None else teaser


def _listed_item(el: etree._Element) -> bool:
    """An item of a block of other stories (teasers.teaser_block) that opens with its linked headline:
    an older template's teaser, a <div> of no class holding the headline and its excerpt."""
    parent = el.getparent()
    return parent is not None and opens_with_headline(el) and teaser_block(parent)


def _inside(el: etree._Element, elements: set[etree._Element]) -> bool:
    return bool(elements) and (el in elements or any(a in elements for a in el.iterancestors()))


def one_of_many(containers: list[etree._Element], paginated: bool) -> bool:
    """A chosen block (or one of its two nearest ancestors) is one short item of a run of like items
    that each carry a linked headline: 4 of them, or 2 on a page of a series (a short section page)."""
    run = 2 if paginated else 4
    if len(containers) != 1:
        return False  # several blocks that continue one text are not one teaser
    for container in containers:
        if more_words_than(text_content(container), rules.ONE_OF_MANY_MAX_WORDS):
            continue
        node: etree._Element | None = container
        for _ in range(3):
            if node is None:
                break
            if (node.tag in rules.LISTING_ITEM_TAGS and in_run(node, run)
                    and link_words(node) >= rules.TEASER_LINK_WORDS and teaser_siblings(node, run)):
                return True  # an item carrying a linked headline itself, as its like siblings do
            node = node.getparent()
    return False


def _numbered_in_title(page: Page) -> bool:
    """The <title> or an h1 names a page number as a segment of its own («اقتصاد - صفحه ۱», "News | Page 2")."""
    titles = [*page.tagged("title"), *page.tagged("h1")]
    return any(rules.PAGE_NUMBER_TITLE.search(text_of(t) or "") for t in titles)


def _page_number_block(page: Page) -> bool:
    """A pagination block (class/id naming it) that shows page numbers, not the titles of a previous
    and next story: a listing's pager, printed even when there is only page 1."""
    for el in page.named_like(rules.PAGINATION_NAMES, rules.PAGINATION_NAMES):
        text = "".join(el.itertext())
        if (0 < count_words(text) <= rules.PAGINATION_MAX_WORDS and any(t.isdigit() for t in WORD.findall(text))
                and link_words(el) < rules.TEASER_LINK_WORDS):
            return True
    return False


def _numbered_links(page: Page) -> bool:
    """A pager whatever its class: one element holding links to pages 1, 2, 3 … (at least three links
    printing a small number each, in any digits, rising)."""
    numbered: dict[etree._Element, list[int]] = {}
    for a in page.tagged("a"):
        text = a.text
        # (the cheap tests first: a page has hundreds of links, few of them numbers)
        if text and len(text) <= 8 and len(a) == 0 and (text := text.strip()).isdigit() and len(text) <= 3:
            parent = a.getparent()
            if parent is not None:
                numbered.setdefault(parent, []).append(int(text))
    return any(len(values) >= PAGER_MIN_LINKS and values == sorted(values) and values[0] <= 2
               for values in numbered.values())


PAGER_MIN_LINKS = 3


def page_of_series(page: Page) -> bool:
    """The page is one page of a numbered series of pages (a section, tag or archive listing): it links
    a next/previous page of its own, names its page number in its title or headline, or shows a pager
    of page numbers. Only lowers the teaser count a listing needs; it makes no page a listing alone."""
    return is_paginated(page) or _numbered_in_title(page) or _page_number_block(page) or _numbered_links(page)


# Where a news page's own video plays from: a <video>/<audio> element, or a frame of a video host.
_PLAYER_HOSTS = re.compile(r"^(?:https?:)?//(?:[\w-]+\.)*(?:aparat\.com|telewebion\.com|namasha\.com|youtube\.com|"
                           r"youtube-nocookie\.com|youtu\.be|vimeo\.com|dailymotion\.com)/", re.IGNORECASE)
# A player element of its own, in HTML or in an AMP page (the /amp/ copies Iranian sites serve).
_PLAYER_TAGS = ("video", "audio", "amp-video", "amp-audio", "amp-youtube", "amp-vimeo", "amp-dailymotion")
_FRAME_TAGS = ("iframe", "amp-iframe")
_MEDIA_TYPES = frozenset({"VideoObject", "AudioObject", "ImageGallery", "MediaGallery"})
_GALLERY_NAMES = ("gallery", "album", "slider", "carousel", "slideshow")
GALLERY_MIN_PICTURES = 3


def shows_media(page: Page) -> bool:
    """The page shows a video or audio player (a <video> or <audio> element or its AMP form, a frame
    of a video host, og:type video, a JSON-LD VideoObject/AudioObject) or a photo gallery (a JSON-LD
    ImageGallery, 3+ <figure>s, or 3+ pictures in an element named like a gallery or an
    <amp-carousel>): what a photo or video story is made of, whose text may be one line of description."""
    if page.meta.get("og:type", "").lower().startswith("video"):
        return True
    if any(jsonld_types(obj) & _MEDIA_TYPES for obj in page.jsonld):
        return True
    figures = 0
    galleries = page.named_like(_GALLERY_NAMES, _GALLERY_NAMES)
    for el in page.root.iter(*_PLAYER_TAGS, *_FRAME_TAGS, "figure", "amp-carousel"):  # one walk for every kind
        if el.tag in _PLAYER_TAGS:
            return True
        if el.tag in _FRAME_TAGS and _PLAYER_HOSTS.match((el.get("src") or el.get("data-src") or "").strip()):
            return True
        figures += el.tag == "figure"
        if el.tag == "amp-carousel":
            galleries.append(el)
    if figures >= GALLERY_MIN_PICTURES:
        return True
    return any(sum(1 for _ in el.iter("img", "amp-img")) >= GALLERY_MIN_PICTURES for el in galleries)


def page_shape(page: Page, containers: list[etree._Element], paginated: bool,
               left_out: Iterable[etree._Element] = (), prints_headline: bool = True,
               beside_list: bool = False, marked: bool = False) -> Shape:
    """``left_out``: the link lists and furniture the body reading skipped inside the containers.
    With no text block found at all, the teasers are counted over the whole page. ``prints_headline``:
    a story's headline was found printed on the page (not taken from its titles, not a section's
    name of a word or two)."""
    opens = bool(containers) and (opens_with_other_story(page, *containers)
                                  or headed_by_other_story(page, containers[0]))
    front = front_page(page.url)
    left_out = list(left_out)
    if not containers:
        containers = page.root.findall("body") or [page.root]
    run = longest_prose_run(containers, left_out, enough=rules.ARTICLE_RUN_WORDS)
    share = mean = 0.0
    if run >= rules.ARTICLE_RUN_WORDS:
        teasers = every = 0  # text runs on: no teaser count can make this a listing, so none is taken
    else:
        found = _teasers(containers, left_out)
        teasers = len(found)
        every = teaser_count(containers) if left_out else teasers
        # Two teasers count on one page of a numbered series or under no story's headline
        # (Shape.min_teasers_undated), three on any other.
        few = paginated or not prints_headline
        fewest = rules.LISTING_MIN_TEASERS_PAGINATED if few else rules.TEASER_RUN
        share, mean = words_in_teasers(containers, found, fewest) if teasers >= fewest else (0.0, 0.0)
    listed = bool(containers) and run < rules.ARTICLE_RUN_WORDS and all(map(teaser_block, containers))
    # Under no story's headline of its own, a text followed in its column by a longer list of other
    # stories is an introduction over them, as one the finder chose over such a list is.
    beside_list = beside_list or (not prints_headline and bool(containers) and not page.declares_article
                                  and followed_by_list(containers[-1], rules.LISTING_MIN_TEASERS))
    return Shape(teasers, every, one_of_many(containers, paginated), paginated, page.declares_article, run,
                 opens, prints_headline, front, listed, beside_list, marked, share, mean,
                 card_excerpts(containers))

