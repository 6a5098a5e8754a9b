"""Turn a body container into paragraphs, skipping page furniture.

The walk is iterative (pages with 100,000 nested elements must not blow the stack) and reads
the tree without changing it, so other field steps can run before or after it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from lxml import etree

from newsscraper.extract import content_rules as rules

BLOCK_TAGS = frozenset({
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "section",
    "article", "table", "tr", "td", "th", "br", "pre", "dd", "dt", "dl", "hr", "main", "center",
})
SKIP_TAGS = frozenset({
    "script", "style", "noscript", "iframe", "form", "figure", "figcaption", "aside", "nav",
    "button", "input", "select", "textarea", "svg", "video", "audio", "object", "embed", "footer",
    "header", "template", "label", "canvas", "map", "picture", "img", "source", "link", "meta",
})
# Class / id tokens that mark furniture inside an article container.
_SKIP_EXACT = frozenset({
    "tags", "tag", "ads", "ad", "adv", "hidden", "print", "meta", "author", "more", "d-none", "sr-only",
    "toolbar", "keywords", "rate", "caption", "source", "photo", "video", "player", "embed", "wp-caption",
})
_SKIP_PART = re.compile(
    r"related|share|sharing|social|comment|caption|advert|banner|breadcrumb|readmore|read-more|"
    r"newsletter|sidebar|gallery|rating|tag-?list|tags-|noprint|" + rules.SUBSCRIBE_CLASS + r"|popup|modal|"
    r"sponsor|promo|widget|see-?also|more-?news|inline-?news|teaser-?box|jetpack|sharedaddy|"
    r"post-?meta|entry-?meta|navigation|pager|pagination|telegram|whatsapp|next-?prev|prev-?next|"
    # a machine-written summary's box over the text (`ai-summary`, `aiSummary`, `smart-summary`)
    r"ai-?summary|summary-?ai|smart-?summary"
)


# The markup a platform's own embed code writes for one post quoted in an article, the same on every
# site (X/Twitter, Bluesky, Mastodon): the post's text is part of the story («… در توییتی نوشت:»),
# whatever the site calls the wrapper around it (`social-embed`, WordPress's <figure class=wp-block-embed>).
EMBEDDED_POST_CLASSES = frozenset({"twitter-tweet", "bluesky-embed", "mastodon-embed"})


def holds_embedded_post(el: etree._Element) -> bool:
    """Whether ``el`` is or holds a post embedded with its platform's markup."""
    return any(not EMBEDDED_POST_CLASSES.isdisjoint(b.get("class", "").split()) for b in el.iter("blockquote"))


_PULL_QUOTE = re.compile(r"pull-?quote", re.IGNORECASE)
PULL_QUOTE_MAX_CHARS = 300
_OPENING_QUOTES = frozenset("\"“„«‘'「")
_CLOSING_QUOTES = frozenset("\"”“»’'」")


_NOTICE_ROLES = frozenset({"note", "alert", "status"})


def is_notice(el: etree._Element) -> bool:
    """A notice to the reader: `role="note"` (or alert, status) opening with its label in bold, closed
    by a colon (a review's «<strong>هشدار اسپویل:</strong> …»). A Bootstrap lead box carries the role
    with no label: the story's lead."""
    if el.get("role") not in _NOTICE_ROLES:
        return False
    first = next(iter(el), None)
    return (first is not None and first.tag in ("strong", "b") and not (el.text or "").strip()
            and "".join(first.itertext()).strip().endswith((":", "：")))


def is_subscription_prompt(el: etree._Element) -> bool:
    """A paywall's prompt: a short box whose first line asks the reader to subscribe or sign in to
    read on (rules.SUBSCRIPTION_CALL), or a short box with a link or button that its class or id
    names a paywall's, in whatever language it asks (`kb-paywall`: «Läs vidare – bli Plus-kund»; the
    text a paywall hides, which some templates set in a `paywall` box too, runs longer)."""
    first = next((t for t in el.itertext() if t.strip()), "")
    named = _PAYWALL.search(f"{el.get('class', '')} {el.get('id', '')}") is not None
    if not named and rules.SUBSCRIPTION_CALL.match(" ".join(first.split())) is None:
        return False
    if named and next(el.iter("a", "button"), None) is None:
        return False
    return len(" ".join(el.itertext()).split()) <= rules.SUBSCRIPTION_PROMPT_MAX_WORDS


_PAYWALL = re.compile(r"pay-?wall", re.IGNORECASE)


def is_pull_quote(el: etree._Element) -> bool:
    """An <aside> that sets a line of the story large beside it: classed a pull quote, or all its text
    a quotation (<q>, <blockquote>, or between quotation marks). The line is the story's own; a
    sidebar is not a quotation."""
    if _PULL_QUOTE.search(f"{el.get('class', '')} {el.get('id', '')}"):
        return True
    text = "".join("".join(el.itertext()).split())
    if len(text) <= PULL_QUOTE_MAX_CHARS and text[:1] in _OPENING_QUOTES and text[-1:] in _CLOSING_QUOTES:
        return True  # one sentence between quotation marks
    quoted = sum(len("".join("".join(q.itertext()).split())) for q in el.iter("q", "blockquote")
                 if not _quoted(q.getparent(), el))
    return bool(text) and quoted == len(text)


def _quoted(node: etree._Element | None, top: etree._Element) -> bool:
    """Whether ``node`` (up to ``top``, exclusive) is or sits inside a quotation."""
    while node is not None and node is not top:
        if node.tag in ("q", "blockquote"):
            return True
        node = node.getparent()
    return False


# A footnote's reference mark in the text (`<sup><a role="doc-noteref">2</a></sup>`), the notes after
# the text and their links back (DPUB-ARIA's roles, which Markdown and Hugo write): a mark glued to a
# word is no text, and the notes are the text's apparatus, not its paragraphs.
NOTE_ROLES = frozenset({"doc-noteref", "doc-endnotes", "doc-backlink", "doc-footnote"})

_HIDDEN_STYLE = re.compile(r"(?:^|;)(?:display:none|visibility:hidden)")


def is_furniture(el: etree._Element) -> bool:
    """An element that is page furniture by its tag, class or id; never one holding an embedded post."""
    tag = el.tag
    if not isinstance(tag, str):
        return True
    if tag == "figure":
        return not (holds_embedded_post(el) or _a_quote(el))
    if tag == "aside":
        return not is_pull_quote(el)
    if tag in SKIP_TAGS:
        return True
    if hidden(el) or (tag == "span" and is_link_card(el)) or el.get("role") in NOTE_ROLES:
        return True
    cls, ident = el.get("class", ""), el.get("id", "")
    if not (cls + ident).strip():
        return False
    return _furniture_attrs(cls, ident) and not holds_embedded_post(el) and not _inside_a_sentence(el)


_MEDIA_TAGS = ("img", "picture", "video", "audio", "iframe", "svg", "object", "embed", "canvas")


def _a_quote(figure: etree._Element) -> bool:
    """A <figure> that holds a quotation and no picture or player (Squarespace's quote block,
    `<figure><blockquote>…</blockquote></figure>`): words of the text, not an illustration's. Not
    one classed a pull quote (WordPress's `wp-block-pullquote`), which sets a line of the text again."""
    return (next(figure.iter("blockquote"), None) is not None and next(figure.iter(*_MEDIA_TAGS), None) is None
            and not _PULL_QUOTE.search(f"{figure.get('class', '')} {figure.get('id', '')}"))


def _inside_a_sentence(el: etree._Element) -> bool:
    """An inline element with words on both sides (`advances in <a class="keywords">neuroscience</a>,
    it has …`): a class naming furniture (`keywords`, `tag`, `more`) names the link's styling, and
    leaving its text out would break the sentence."""
    if el.tag in BLOCK_TAGS or not (el.tail and el.tail.strip()):
        return False
    before = el.getprevious()
    if before is None:
        parent = el.getparent()
        return parent is not None and bool(parent.text and parent.text.strip())
    if before.tail and before.tail.strip():
        return True
    inline = isinstance(before.tag, str) and before.tag not in BLOCK_TAGS
    return inline and bool("".join(before.itertext()).strip())


def is_link_card(el: etree._Element) -> bool:
    """A hover card set right after a linked name (`<a>Name</a><span><a>Name</a><a>story</a>…</span>`):
    nothing but links, two or more, glued to the link it describes. A sentence never joins links with
    no word between them and the name before; the card's text shows only on hover."""
    before = el.getprevious()
    if before is None or before.tag != "a" or (before.tail and not before.tail.isspace()):
        return False
    if el.text and not el.text.isspace():
        return False
    links = [a for a in el.iter("a") if "".join(a.itertext()).strip()]
    if len(links) < 2:
        return False
    words = "".join("".join(el.itertext()).split())
    return len(words) == sum(len("".join("".join(a.itertext()).split())) for a in links)


def hidden(el: etree._Element) -> bool:
    """Text no reader sees: the `hidden` attribute, aria-hidden, or an inline display:none /
    visibility:hidden, whatever the element's class."""
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    style = el.get("style")
    return bool(style) and _HIDDEN_STYLE.search(style.replace(" ", "").lower()) is not None


def hint_attrs(cls: str | None, ident: str | None) -> str:
    """Class and id lower-cased in one string, what the class/id hints read; an id that is a
    heading's slug (rules.SLUG_ID_MIN_WORDS) is left out."""
    if (ident and ident.count("-") >= rules.SLUG_ID_MIN_WORDS - 1
            and not rules.SLUG_FUNCTION_WORDS.isdisjoint(ident.lower().split("-"))):
        ident = None
    return as_units(f"{cls or ''} {ident or ''}".lower())


def as_units(attrs: str) -> str:
    """Lower-cased class and id words with a page builder's names for its units read as such: Elementor
    names every unit of a page it builds a widget (`elementor-widget-text-editor`, the text itself), and
    an article's own widgets are its parts (`article-widget article-widget-text`, a paragraph), where the
    word names their layout, not a sidebar's box (its own sidebar widget stays named so:
    `elementor-unit-sidebar`; an article's newsletter widget, `article-unit-newsletter`)."""
    return _UNIT_WIDGET.sub(r"\1-unit", attrs) if "-widget" in attrs else attrs


_UNIT_WIDGET = re.compile(r"(elementor|article|story)-widget")


@lru_cache(maxsize=4096)
def _furniture_attrs(cls: str, ident: str) -> bool:
    """Whether a class and id name furniture (pages repeat the same few, so the answer is kept)."""
    attrs = hint_attrs(cls, ident)
    return any(token in _SKIP_EXACT or _SKIP_PART.search(token) for token in attrs.split())


@dataclass(slots=True)
class Block:
    text: str
    link_chars: int  # characters of the text that sit inside <a>: read-more and related lines are links


_CELLS = ("td", "th")
CELL_SEPARATOR = " | "
MAX_DATA_CELL_WORDS = 30  # a figure, a name, a label: a cell holding more is a layout table's text


def _data_row(tr: etree._Element) -> bool:
    """A row of a data table: two or more short cells, none holding a block (a layout table's cell
    holds the page's paragraphs, or one long paragraph, and each stays a paragraph of its own)."""
    cells = [c for c in tr if c.tag in _CELLS]
    return (len(cells) >= 2 and not any(d.tag in BLOCK_TAGS for c in cells for d in c.iterdescendants())
            and all(len("".join(c.itertext()).split()) <= MAX_DATA_CELL_WORDS for c in cells))


def _row_block(tr: etree._Element) -> Block:
    """A data row as one line, its cells with text in order between bars («رشت | ۱۲۰»): a cell a
    paragraph of its own would part a figure from what it measures."""
    cells = [" ".join("".join(c.itertext()).split()) for c in tr if c.tag in _CELLS]
    links = sum(len("".join(a.itertext()).strip()) for a in tr.iter("a"))
    # Empty cells go: a picture's cell beside a cell of text leaves the text alone on its line.
    return Block(CELL_SEPARATOR.join(c for c in cells if c), links)


def iter_blocks(container: etree._Element, exclude: Iterable[etree._Element] = (),
                keep: Iterable[etree._Element] = ()) -> Iterator[Block]:
    """Paragraph-level text blocks of ``container`` in document order (raw, not normalised), each
    given as soon as it is complete: a reader that has seen enough stops the walk there.

    ``keep``: elements read even where their class names furniture (the wrapper holding most of
    the text, whatever a page builder calls it)."""
    excluded = set(exclude)
    kept = set(keep)
    out: list[Block] = []
    buf: list[str] = []
    link_chars = 0

    def flush() -> None:
        nonlocal link_chars
        if buf:
            text = "".join(buf).strip()
            if text:
                out.append(Block(text, link_chars))
            buf.clear()
        link_chars = 0

    # Stack of (element, entering?, link_depth); tails are emitted on exit.
    stack: list[tuple[etree._Element, bool, int]] = [(container, True, 0)]
    while stack:
        if out:
            yield from out
            out.clear()
        el, entering, in_link = stack.pop()
        tag = el.tag if isinstance(el.tag, str) else ""
        if entering:
            if el is not container and (el in excluded or (el not in kept and is_furniture(el))):
                if tag in BLOCK_TAGS:
                    flush()
                if el.tail:
                    buf.append(el.tail)
                    link_chars += len(el.tail.strip()) if in_link else 0
                continue
            if tag == "tr" and _data_row(el):
                flush()
                out.append(_row_block(el))
                if el.tail and not el.tail.isspace():
                    buf.append(el.tail)
                continue
            if tag in BLOCK_TAGS:
                flush()
            depth = in_link + (tag == "a")
            stack.append((el, False, in_link))
            if el.text and tag:
                buf.append(el.text)
                if depth:
                    link_chars += len(el.text.strip())
            stack.extend((child, True, depth) for child in reversed(el))
        else:
            if tag in BLOCK_TAGS:
                flush()
            if el is not container and el.tail:
                buf.append(el.tail)
                link_chars += len(el.tail.strip()) if in_link else 0
    flush()
    yield from out

