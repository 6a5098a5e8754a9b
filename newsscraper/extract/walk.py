"""One walk over a page's tree, whose results the page's lookups and the main-content finder share.

The walk cuts the text into paragraphs (runs between block elements and between <br>s), adds up
the text and link characters below every element, and on the way lists every element in document
order with its class and id: what the page's indexes (Page._order, Page.holders) are built from.
Visiting each node once in Python is the costliest step of reading an unknown page, so the page's
indexes and the finder's paragraphs come from this one pass rather than from two.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from lxml import etree

from newsscraper.extract import content_rules as rules
from newsscraper.extract.blocks import BLOCK_TAGS, hint_attrs

_BREAKS = frozenset({"br", "hr"})
SKIPPED = rules.IGNORED_TAGS | _BREAKS  # not read; a break also ends the run before it
_RUN_ENDS = BLOCK_TAGS - _BREAKS  # elements whose end closes the run of text inside them
NEVER_UNLIKELY = frozenset({"html", "body", "article", "main"})

Holders = tuple[list[etree._Element], list[str]]  # elements carrying an attribute, and its values


@dataclass(slots=True)
class Totals:
    chars: int = 0  # text characters below the element (every paragraph, scored or not)
    links: int = 0  # of which inside <a>


@dataclass(slots=True)
class Paragraph:
    holder: etree._Element  # the nearest block element around the run of text
    text: str
    link_chars: int
    chrome: int  # 0: text; 1: furniture by class/id (sidebar, comments); 2: by tag (nav, footer, aside)


@dataclass(slots=True)
class Walk:
    paragraphs: list[Paragraph]  # in document order
    totals: dict[etree._Element, Totals]  # of every element with text below it
    elements: list[etree._Element]  # every element below the root and the root, in document order
    classes: Holders
    ids: Holders


@lru_cache(maxsize=4096)
def unlikely_attrs(cls: str | None, ident: str | None) -> int:
    """1 for a class/id naming furniture (and not also naming text), else 0."""
    attrs = hint_attrs(cls, ident)
    return int(bool(rules.UNLIKELY.search(attrs)) and not rules.MAYBE.search(attrs))


def index_subtree(el: etree._Element, elements: list[etree._Element], classes: Holders, ids: Holders) -> None:
    """List ``el`` and the elements below it, with their classes and ids (a subtree the walk does not read)."""
    for sub in el.iter(etree.Element):
        elements.append(sub)
        cls, ident = sub.get("class"), sub.get("id")
        if cls is not None:
            classes[0].append(sub)
            classes[1].append(cls)
        if ident is not None:
            ids[0].append(sub)
            ids[1].append(ident)


def walk(root: etree._Element) -> Walk:
    """Text runs in document order, text/link characters per element, and the element indexes
    (lxml's iterwalk). A run in chrome by tag (nav, header, footer, aside) is never scored: it is
    listed only where a heading holds it (the headline may be printed in a <header>), and counts
    in the totals always.

    The walk visits every node of the page, so its body is kept flat: set lookups, no helper call
    per element (what content._unlikely and the bottom-up sum of totals do is written out here)."""
    out: list[Paragraph] = []
    totals: dict[etree._Element, Totals] = {}
    elements: list[etree._Element] = []
    classes: Holders = ([], [])
    ids: Holders = ([], [])
    listed, class_els, class_values, id_els, id_values = (
        elements.append, classes[0].append, classes[1].append, ids[0].append, ids[1].append)
    buf: list[str] = []
    links = 0

    def flush(holder: etree._Element, chrome: int) -> None:
        nonlocal links
        if buf:
            text = " ".join("".join(buf).split())
            if text:
                n = min(links, len(text))
                if chrome < 2 or holder.tag in rules.UNSCORED_TAGS:
                    out.append(Paragraph(holder, text, n, chrome))
                t = totals.get(holder)
                if t is None:
                    t = totals[holder] = Totals()
                t.chars += len(text)
                t.links += n
            buf.clear()
        links = 0

    # Per open element: the holder of its text, its chrome level, the <a> depth inside it.
    context: list[tuple[etree._Element, int, int]] = [(root, 0, 0)]
    push, pop = context.append, context.pop
    walker = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
    for event, el in walker:
        if event == "start":
            tag = el.tag
            top = context[-1]
            if tag in SKIPPED:
                if tag in BLOCK_TAGS and buf:
                    flush(top[0], top[1])  # <br>, <hr>: the run ends here
                walker.skip_subtree()
                index_subtree(el, elements, classes, ids)
                push(top)
                continue
            listed(el)
            cls, ident = el.get("class"), el.get("id")
            if cls is not None:
                class_els(el)
                class_values(cls)
            if ident is not None:
                id_els(el)
                id_values(ident)
            holder, chrome, depth = top
            if tag in BLOCK_TAGS:
                if buf:
                    flush(holder, chrome)
                holder = el
            if chrome < 2:  # content._unlikely, written out
                if tag in rules.CHROME_TAGS:
                    chrome = 2
                elif (cls or ident) and tag not in NEVER_UNLIKELY and unlikely_attrs(cls, ident):
                    chrome = 1
            if tag == "a":
                depth += 1
            push((holder, chrome, depth))
            text = el.text
            # Two pieces in three are indentation; white space opening a run is dropped by the
            # flush anyway, so it is not kept (and no run of white space alone is ever flushed).
            if text and (buf or not text.isspace()):
                buf.append(text)
                if depth:
                    links += len(text.strip())
            continue
        if event == "end":
            chrome = pop()[1]
            if buf and (el is root or el.tag in _RUN_ENDS):
                flush(el, chrome)
            t = totals.get(el)
            if t is not None:  # the element's totals join its parent's: sums run bottom-up
                parent = el.getparent()
                if parent is not None:
                    pt = totals.get(parent)
                    if pt is None:
                        pt = totals[parent] = Totals()
                    pt.chars += t.chars
                    pt.links += t.links
            if el is root:
                break
        tail = el.tail
        if tail and (buf or not tail.isspace()):  # the tail reads in the enclosing element's context
            buf.append(tail)
            if context[-1][2]:
                links += len(tail.strip())
    return Walk(out, totals, elements, classes, ids)
