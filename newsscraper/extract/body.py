"""The article's body: where its text is (a profile's element, a generic hint the finder agrees
with, or the main-content finder's blocks) and which of the lines found there are its text.

Also the footer marker printed outside the body container. The finder itself is content.py; the
rules for lines are here, content_rules.py and markers.py.
"""

from __future__ import annotations

import html
import itertools
import re
from collections.abc import Iterable

from lxml import etree

from newsscraper.extract import content_rules as rules
from newsscraper.extract import markers
from newsscraper.extract.blocks import Block, iter_blocks
from newsscraper.extract.captions import cut_short, image_texts, is_caption, picture_captions
from newsscraper.extract.content import (
    Finding,
    find_content,
    furniture_inside,
    is_comments_heading,
    is_furniture_line,
    link_list_lines,
    text_spine,
)
from newsscraper.extract.fields import elsewhere, words
from newsscraper.extract.page import Page, text_content, text_of
from newsscraper.extract.profiles import Profile
from newsscraper.extract.wordcount import count_words
from newsscraper.persian import normalize_line

_GENERIC_BODY_CSS = ("[itemprop='articleBody']", "#article-content .wsw", ".entry-content",
                     ".post-content", ".article-body", ".news-text", ".story-body", ".content-body")


def body_containers(page: Page, profile: Profile,
                    headline: str | None = None) -> tuple[list[etree._Element], Finding | None]:
    """The profile's body element (no finding: the profile names the text), else a generic body
    hint the finder agrees with, else the main-content finder's blocks."""
    for css in profile.body:
        nodes = _outermost(page.css(css))
        if any(text_content(n).strip() for n in nodes):
            return nodes, None
    finding = find_content(page.root, page.html_lang, headline, page.class_and_id, page.declares_article,
                           fold=page.arabic_forms or page.has_char_refs)
    found = finding.text_chars(finding.containers)
    for css in _GENERIC_BODY_CSS:
        nodes = [n for n in _outermost(page.css(css)) if text_content(n).strip()]
        agreed = [n for n in nodes if any(_overlaps(n, c) for c in finding.containers)]
        # A hint that also marks a related list's teasers keeps the matches the finder agrees with;
        # one the finder disagrees with must hold at least half the finder's text (not a stub).
        if agreed or (len(nodes) == 1 and finding.text_chars(nodes) >= 0.5 * found):
            return _with_continuations(agreed or nodes), finding
    return finding.containers, finding


def _with_continuations(nodes: list[etree._Element]) -> list[etree._Element]:
    """The hinted blocks and, after each, its siblings that continue it: a text split by an ad slot
    or a related story into `div.item-text` parts, the first alone marked `itemprop="articleBody"`."""
    out: list[etree._Element] = []
    for node in nodes:
        out.append(node)
        out += [sib for sib in node.itersiblings() if sib not in nodes and _continues(node, sib)]
    return _with_subheadings_between(out)


SUBHEADING_MAX_WORDS = 20  # a subheading is a title, not a paragraph


def _with_subheadings_between(parts: list[etree._Element]) -> list[etree._Element]:
    """The parts and the subheadings set between two of them beside them (a template printing each
    paragraph as a `div.article-body` of its own, its `<h2>`s bare between them): the text's own
    headings, where an ad slot between the parts is not."""
    out: list[etree._Element] = []
    for part, after in itertools.zip_longest(parts, parts[1:]):
        out.append(part)
        if after is None or after.getparent() is not part.getparent():
            continue
        for sib in part.itersiblings():
            if sib is after:
                break
            text = text_content(sib).strip() if sib.tag in _SUBHEADINGS else ""
            if text and count_words(text) <= SUBHEADING_MAX_WORDS and next(sib.iter("a"), None) is None:
                out.append(sib)
    return out


def _continues(node: etree._Element, sib: etree._Element) -> bool:
    """A sibling of the same tag and class holding text; where no class names them, one holding
    only the kinds of element the first part holds (its <p>s, not a box of <div>s and links), or
    those and a subheading that opens a part of the text (`<h3>` over two <p>s), its words not
    mostly links (a box of other stories' headlines under a heading is none)."""
    if sib.tag != node.tag or sib.get("class") != node.get("class") or not (text := text_content(sib).strip()):
        return False
    if node.get("class"):
        return True
    kinds = {c.tag for c in node if isinstance(c.tag, str)}
    theirs = {c.tag for c in sib if isinstance(c.tag, str)}
    if not kinds or theirs <= kinds:
        return bool(kinds)
    linked = sum(len(text_content(a).strip()) for a in sib.iter("a"))
    return (theirs & kinds and theirs <= kinds | _SUBHEADINGS
            and linked < CONTINUATION_MAX_LINK_SHARE * len(text))


_SUBHEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
CONTINUATION_MAX_LINK_SHARE = 0.5


def _outermost(nodes: list[etree._Element]) -> list[etree._Element]:
    """Nested matches would repeat text."""
    return [n for n in nodes if not any(a in nodes for a in n.iterancestors())]


def _overlaps(a: etree._Element, b: etree._Element) -> bool:
    return a is b or any(x is b for x in a.iterancestors()) or any(x is a for x in b.iterancestors())


def _excluded(page: Page, profile: Profile, extra: Iterable[etree._Element | None]) -> list[etree._Element]:
    out = [n for css in (*profile.body_exclude, *profile.excerpt) for n in page.css(css)]
    out.extend(n for n in extra if n is not None)
    return out


class BodyReading:
    """Paragraphs of the body plus what was found on the way (marker, ID line, link share)."""

    def __init__(self) -> None:
        self.paragraphs: list[str] = []
        self.marker: tuple[str, str | None] | None = None
        self.link_share = 0.0
        self.left_out: list[etree._Element] = []  # link lists and furniture skipped inside the containers
        self.source: str | None = None  # what a «منبع: …» line names (the line is left out of the text)
        self.beside_list = False  # the finder chose it over a longer list of other stories (Finding)


def read_body(page: Page, profile: Profile, lead: str | None, exclude: Iterable[etree._Element | None] = (),
              headline: str | None = None) -> tuple[BodyReading, list[etree._Element]]:
    containers, finding = body_containers(page, profile, headline)
    containers = _without_copies(containers)
    blocks: list[Block] = []
    left_out = furniture_inside(finding, containers) if finding else []
    skip = (_excluded(page, profile, exclude) + left_out + picture_captions(containers) + summary_boxes(containers)
            + thing_boxes(containers))
    keep = text_spine(finding, containers) if finding else []
    for container in containers:
        blocks.extend(iter_blocks(container, skip, keep))
    reading = clean_blocks(blocks, lead, headline, image_texts(containers))
    reading.left_out = left_out
    reading.beside_list = finding is not None and finding.beside_list
    if reading.source is None and left_out and page.mentions("منبع"):
        # «منبع: <a>…</a>» is a short line mostly link: left out as a link list
        reading.source = next(filter(None, map(_source_of, left_out)), None)
    return reading, containers


# What a box of the story's key points says over its bullets (Jannah's «خلاصه خبر», "Key points"); a
# Dari site's Pashto summary («لنډیز»), an Arabic or Urdu one («ملخص», «خلاصہ»).
_SUMMARY_LABEL = re.compile(r"^(?:خلاصه(?: خبر| مطلب)?|چکیده(?: خبر)?|نکات (?:کلیدی|مهم)(?: خبر)?|در یک نگاه|"
                            r"آنچه (?:باید )?(?:بدانید|می[\s\u200c]?خوانید)|لنډیز|ملخص|باختصار|خلاصہ|"
                            r"key (?:points|takeaways)|summary|in brief|"
                            r"at a glance|highlights|the gist|in short)\s*[:：]?$", re.IGNORECASE)
SUMMARY_BOX_MAX_WORDS = 150  # the bullets of a summary say the story in brief


# The microdata types of a box about a thing set inside the text (a vacancy's card in a story about a job
# fair, an event's, a product's offer): data about it, not sentences of the story.
_THING_TYPES = re.compile(r"schema\.org/(?:JobPosting|Event|Product|Offer|RealEstateListing)/?$")
THING_BOX_MAX_SHARE = 0.5  # a box holding more of the block's text is the text (a review's Product scope)


def thing_boxes(containers: Iterable[etree._Element]) -> list[etree._Element]:
    """Elements inside the text's blocks whose microdata names a thing that is no story
    (`itemscope itemtype="https://schema.org/JobPosting"`), holding less than half the block's text."""
    out: list[etree._Element] = []
    for container in containers:
        boxes = [box for box in _ITEMTYPED(container) if _THING_TYPES.search(box.get("itemtype", "").strip())]
        if not boxes:
            continue
        size = len(text_content(container))
        out += [box for box in boxes if not any(a in boxes for a in box.iterancestors())
                and len(text_content(box)) < THING_BOX_MAX_SHARE * size]
    return out


_ITEMTYPED = etree.XPath(".//*[@itemtype]")


def summary_boxes(containers: Iterable[etree._Element]) -> list[etree._Element]:
    """Boxes of the story's key points inside the text's blocks: an element opening with a summary
    label (its first line of text), all of it short, that holds a list, or stands before the text's
    first paragraph (a box of a few sentences atop the text; a "Summary" section closing a long
    report is the report's). The points repeat the story in brief and are no paragraphs of it (as
    a lead is none)."""
    out: list[etree._Element] = []
    for container in containers:
        boxes = [lst.getparent() for lst in container.iter("ul", "ol")] + _around_first_paragraph(container)
        for box in boxes:
            if box is None or box is container or box in out:
                continue
            label = next((t for t in box.itertext() if t.strip()), "")
            if (_SUMMARY_LABEL.match(" ".join(normalize_line(label).split())) is not None
                    and count_words(text_content(box)) <= SUMMARY_BOX_MAX_WORDS):
                out.append(box)
    return out


def _around_first_paragraph(container: etree._Element) -> list[etree._Element]:
    """The elements inside ``container`` around its first paragraph of text, innermost first."""
    first = next((p for p in container.iter("p") if text_content(p).strip()), None)
    return [] if first is None else list(itertools.takewhile(lambda el: el is not container, first.iterancestors()))


def _without_copies(containers: list[etree._Element]) -> list[etree._Element]:
    """The chosen blocks less a second copy of one (a template printing the text twice, for wide
    and for narrow screens, one hidden by its style sheet)."""
    if len(containers) < 2:
        return containers
    seen: set[str] = set()
    out = []
    for container in containers:
        text = " ".join(text_content(container).split())
        if text and text in seen:
            continue
        seen.add(text)
        out.append(container)
    return out


SOURCE_LINE_MAX_CHARS = 120  # a source line is a label and a name; a related list is longer


def _source_of(el: etree._Element) -> str | None:
    """What a left-out block names as the story's source, when it is a «منبع: …» line."""
    text = text_content(el)
    return markers.source_line(normalize_line(text)) if len(text) <= SOURCE_LINE_MAX_CHARS else None


def stated_body(page: Page, lead: str | None, headline: str | None) -> BodyReading | None:
    """The text the page's JSON-LD article states as its `articleBody` (plain text, its paragraphs a
    line or more apart, or HTML), cleaned as a body is: read where the markup holds too little, a
    page whose scripts build its text in the browser (core.py)."""
    value = (page.jsonld_article or {}).get("articleBody")
    if not isinstance(value, str) or not value.strip():
        return None
    if "<" in value:  # HTML in the string: its blocks, as the page's would be read (Page's parse)
        holder = Page(f"<div>{value}</div>").root.find(".//div")
        blocks = list(iter_blocks(holder)) if holder is not None else []
    else:
        blocks = [Block(line, 0) for line in (html.unescape(t).strip() for t in value.splitlines()) if line]
    return clean_blocks(blocks, lead, headline)


def gallery_captions(page: Page, body: list[str]) -> list[str]:
    """The captions of a photo story's pictures (<figcaption>s outside page chrome and lists of other
    stories, none a link, a credit or a line the body holds), in page order: a gallery's text,
    read where the page shows one and its body is short (core.py)."""
    held = {normalize_line(p) for p in body}
    out: list[str] = []
    for node in page.tagged("figcaption"):
        text = " ".join(text_content(node).split())
        line = normalize_line(text)
        if (not line or line in held or markers.BYLINE.match(line) or next(node.iter("a"), None) is not None
                or elsewhere(node)):
            continue
        held.add(line)
        out.append(text)
    return out


def clean_blocks(blocks: list[Block], lead: str | None, headline: str | None = None,
                 captions: frozenset[tuple[str, ...]] = frozenset()) -> BodyReading:
    """Drop markers, ID lines, comment forms, read-more inserts, teasers, repeated leads and lines
    that repeat an image's alt text (``captions``, from image_texts)."""
    reading = BodyReading()
    norm = [normalize_line(b.text) for b in blocks]
    total = sum(len(n) for n in norm) or 1
    reading.link_share = sum(b.link_chars for b in blocks) / total
    lead_tokens = words(normalize_line(lead)) if lead else []
    headline_tokens = words(normalize_line(headline)) if headline else []
    after_read_more = False
    link_lines = link_list_lines(blocks)
    credit_next = False
    under_byline = False  # the line before was a byline the text opens with
    link_lines_at_end = 0  # how many of the last lines kept are a short link each
    for i, (block, text) in enumerate(zip(blocks, norm, strict=True)):
        if not text:
            continue
        if credit_next and _credit(text):
            credit_next = False
            continue  # the picture credit after a bare "Photo:" label
        credit_next = rules.CREDIT_LABEL.match(text) is not None
        marker = markers.footer_marker(text)
        if marker or markers.starts_with_marker(text):
            reading.marker = marker or (text, None)
            break
        if i == len(blocks) - 1 and reading.paragraphs and (code := markers.closing_code(text)):
            reading.marker = code  # (staff numbers, «۷۳۴۱/۱۶۱۷», are no line of text: read before it is dropped)
            break
        source = markers.source_line(text)
        if source:
            reading.source = reading.source or source
            continue
        if markers.is_boilerplate_line(text):
            after_read_more = markers.opens_other_stories(text)
            continue
        if reading.paragraphs and is_comments_heading(text):
            break  # the readers' comments under their heading inside the text's block: the text ended
        if is_furniture_line(text) or i in link_lines:
            after_read_more = after_read_more or markers.opens_other_stories(text)
            continue
        if captions and is_caption(tuple(words(text.lower())), captions, cut_short(text)):
            continue
        mostly_link = block.link_chars >= 0.8 * len(text.replace(" ", ""))
        if after_read_more and (mostly_link or _teaser_line(text, block)):
            continue
        if (block.link_chars >= rules.RELATED_INSERT_LINK_SHARE * len(text.replace(" ", ""))
                and rules.RELATED_INSERT.match(text)):
            continue  # "Also on example.com <headline>", "Also read: <headline>": a link to another story
        after_read_more = False
        if markers.is_update_time_line(text) or markers.is_bare_figure(text):
            continue  # the time the page was last updated («آخرین به‌روزرسانی: ۱۸:۴۰»), an entry's time
        first = not reading.paragraphs
        opening = len(reading.paragraphs) < META_OPENING_LINES
        if opening and markers.is_meta_line(text):
            under_byline = markers.BYLINE.match(text) is not None
            continue  # the date, views or reading-time line a template prints above the text
        if opening and under_byline and markers.is_byline_role(text):
            under_byline = False
            continue  # the writer's role or employer, under the byline («بی‌بی‌سی فارسی»)
        under_byline = False
        # Words only where a test needs them: before the first paragraph, and for excerpt teasers.
        excerpt = rules.EXCERPT_END.search(text) is not None
        tokens = words(text) if excerpt or (first and (lead_tokens or headline)) else []
        if lead_tokens and first and _same_start(tokens, lead_tokens, whole=True):
            continue  # the lead, repeated as the first paragraph
        if first and headline_tokens and tokens == headline_tokens:
            continue  # the headline, inside the block that holds the text
        if excerpt and any(_same_start(tokens, words(n)) for n in norm[i + 1:]):
            continue  # an auto-excerpt teaser of the paragraphs that follow
        reading.paragraphs.append(block.text)
        # a link of a few words on a line of its own («درباره ما», "Contact us"): the page's, where it closes the text
        link_lines_at_end = link_lines_at_end + 1 if mostly_link and _link_line(text) else 0
    if 0 < link_lines_at_end < len(reading.paragraphs):
        del reading.paragraphs[-link_lines_at_end:]
    half = len(reading.paragraphs) // 2
    if half >= 2 and reading.paragraphs[:half] == reading.paragraphs[half:]:
        # the whole text printed twice in a row in one block (a template's bug): once. (A paragraph
        # repeated here and there is the text's own: a meal plan's same breakfast on two days.)
        del reading.paragraphs[half:]
    if reading.paragraphs[1:] and (source := markers.source_line(normalize_line(reading.paragraphs[-1]), closing=True)):
        reading.paragraphs.pop()  # "Source: Tanjug" closing the text: its source, not its words
        reading.source = reading.source or source
    if reading.paragraphs[1:] and (wires := markers.closing_wire_credit(reading.paragraphs[-1])):
        reading.paragraphs.pop()  # "jdo/dpa" closing the text: the writer's initials and the story's source
        reading.source = reading.source or wires
    if headline_tokens and (through := _through_headline(reading.paragraphs, headline_tokens)):
        # The date or byline line under a headline printed inside the text's block opens the text now
        # (under a standfirst set there too: the same first lines as above).
        reading.paragraphs = _without_opening_meta(reading.paragraphs[through:])
    # What closes the text without being it: a bare staff / editor number, the writer's one-line bio,
    # a Persian credit line («ترجمه: …», «تنظیم: …»), a newspaper's note of where it was printed.
    while reading.paragraphs and (markers.STAFF_CODE.match(reading.paragraphs[-1].strip())
                                  or markers.is_author_bio(reading.paragraphs[-1])
                                  or markers.is_closing_credit(last := normalize_line(reading.paragraphs[-1]))
                                  or markers.is_print_note(last)):
        reading.paragraphs.pop()
    # (after those: a bio or a print-edition note may follow the code)
    if reading.marker is None and reading.paragraphs[1:] and (code := markers.closing_code(reading.paragraphs[-1])):
        reading.paragraphs.pop()  # "MNA/FTR" closing an English edition's text: its footer marker
        reading.marker = code
    return reading


MAX_LINK_LINE_WORDS = 4


def _link_line(text: str) -> bool:
    """A link's few words and no sentence: a footer's «درباره ما», "Contact us", a tag. Not an address
    printed as its own link (`http://…`, `@handle`, `name@example.org`), which a text may list."""
    return (count_words(text) <= MAX_LINK_LINE_WORDS and not text.rstrip().endswith(rules.CLOSES_SENTENCE)
            and not any(c in text for c in "/@.:"))


def _without_opening_meta(paragraphs: list[str]) -> list[str]:
    """The paragraphs without the metadata lines among the first META_OPENING_LINES kept, as
    clean_blocks leaves them out of a text that opens with its own first line."""
    kept: list[str] = []
    for i, text in enumerate(paragraphs):
        if len(kept) >= META_OPENING_LINES:
            return kept + paragraphs[i:]
        if not markers.is_meta_line(normalize_line(text)):
            kept.append(text)
    return kept


# Metadata lines (a byline, the date) are left out among this many opening lines of the text: a
# template can print the standfirst first and the byline under it («von … am 14. Mai 2014, 15:40 Uhr»).
META_OPENING_LINES = 2

# Under a heading that opens a list of other stories, a line is one of them when it is this short and
# at least this share of it is a link (a headline whose second half links, an emoji-led pitch).
TEASER_MAX_CHARS = 160
TEASER_LINK_SHARE = 0.2


def _teaser_line(text: str, block: Block) -> bool:
    return len(text) <= TEASER_MAX_CHARS and block.link_chars >= TEASER_LINK_SHARE * len(text.replace(" ", ""))


# What a template prints above the headline inside the block that holds the text (a kicker, a
# section name, a Persian surtitle, روتیتر; the caption of a picture over the headline): at most
# this many lines.
KICKER_LINES = 2


def _through_headline(paragraphs: list[str], wanted: list[str]) -> int:
    """How many opening paragraphs are the headline (its words ``wanted``) and the lines printed above
    it (0: none)."""
    longest = 2 * (sum(map(len, wanted)) + len(wanted)) + 20  # a line printing the headline is no longer
    for i, text in enumerate(paragraphs[:KICKER_LINES + 1]):
        if len(text) <= longest and words(normalize_line(text)) == wanted:
            return i + 1
    return 0


def _credit(text: str) -> bool:
    return len(text) <= rules.CREDIT_MAX_CHARS_AFTER_LABEL and not text.endswith(rules.CLOSES_SENTENCE)


def _same_start(a: list[str], b: list[str], *, whole: bool = False) -> bool:
    if whole:
        return bool(a) and (a == b or (len(a) >= 0.8 * len(b) and a[: len(b)] == b[: len(a)]))
    n = min(8, len(a), len(b))
    return n >= 5 and a[:n] == b[:n]


# The marker's two words as a page's source writes them; each pattern opens with a literal, which
# the re module finds fast (one alternation of both would test every position of the page).
_BETWEEN = "(?:\\s|\u200c|&nbsp;|&#160;)*(?:پ[یي]ام|خبر)"
_MARKER_SOURCE = (re.compile("انتها[یي]" + _BETWEEN), re.compile("پا[یي]ان" + _BETWEEN))


def find_marker_anywhere(page: Page) -> tuple[str, str | None] | None:
    """A footer marker outside the body container (some templates print it after the text)."""
    if not any(page.may_match(p, arabic=True) for p in _MARKER_SOURCE):
        return None
    openers = ("انتهای", "انتهاي", "پایان", "پايان")
    nodes = [t for t in page.texts_containing(openers) if len(" ".join(t.split())) < 40]
    for node in nodes:
        marker = markers.footer_marker(normalize_line(str(node)))
        el = page.holder(node) if marker and marker[1] is None else None
        for _ in range(2):  # its element, then that element's parent
            if el is None:
                break
            # the code in an element of its own after the slash («انتهای پیام/ <span>م.ش</span>»)
            whole = markers.footer_marker(normalize_line(text_of(el)))
            if whole and whole[1]:
                marker = whole
                break
            el = el.getparent()
        if marker:
            return marker
    return None
