"""The main-content finder: which block of an unknown page holds the article's text.

One walk over the tree cuts the page into paragraphs (text runs between block elements and
between <br>s), and adds up, for every element, the text and link characters below it. Each
paragraph that reads as prose scores (length, clause marks « . ، ؛ ؟ », function-word share) and
credits its container and a few ancestors (readability's candidate scoring); a candidate's
score is then weighed by its class/id hints and by the share of its text that sits in links
(boilerpipe's text/link density). Siblings of the best candidate that continue the text join it
(goose3's sibling merge). Inside the chosen blocks, link lists and furniture by class go before
the paragraphs are read. The rules are data, in content_rules.py.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from lxml import etree

from newsscraper.extract import content_rules as rules
from newsscraper.extract import markers
from newsscraper.extract.blocks import (
    BLOCK_TAGS,
    Block,
    hint_attrs,
    holds_embedded_post,
    is_notice,
    is_pull_quote,
    is_subscription_prompt,
)
from newsscraper.extract.language import parse_tag
from newsscraper.extract.page import text_content
from newsscraper.extract.teasers import (
    TEASER_ITEM_LEVELS,
    holds_empty_link,
    kind,
    link_words,
    may_be_teaser_block,
    teaser_block,
)
from newsscraper.extract.wordcount import WORD, count_words
from newsscraper.persian import normalize_line, unify_letters

_PARAGRAPH_TAGS = frozenset({"p", "pre", "blockquote", "li", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "th"})
_BREAKS = frozenset({"br", "hr"})
# Counting marks: a character class's findall runs several times faster than str.translate with a
# deletion table (which looks every character up in a dict).
_MARK = re.compile("[" + re.escape(rules.CLAUSE_MARKS) + "]")
_SENTENCE_END = re.compile("[" + re.escape(rules.SENTENCE_ENDS) + "]")
# Punctuation that splits words (one regex pass: str.translate with a table is slower on Persian text).
_PUNCT = re.compile("[" + re.escape("".join(dict.fromkeys(rules.CLAUSE_MARKS + "()[]{}'‘’—–-/|…*_#@"))) + "]")
_SKIPPED = rules.IGNORED_TAGS | _BREAKS  # not read; a break also ends the run before it
_RUN_ENDS = BLOCK_TAGS - _BREAKS  # elements whose end closes the run of text inside them
_NEVER_UNLIKELY = frozenset({"html", "body", "article", "main"})
_CLEANABLE = frozenset({"div", "ul", "ol", "section", "table", "dl", "aside", "figure", "nav", "p", "span", "header"})
_THREAD_TAGS = frozenset({"div", "ul", "ol", "section", "dl", "aside"})  # what holds a readers' thread


@dataclass(slots=True)
class _Totals:
    chars: int = 0  # text characters below the element (every paragraph, scored or not)
    links: int = 0  # of which inside <a>


@dataclass(slots=True)
class Paragraph:
    holder: etree._Element  # the nearest block element around the run of text
    text: str
    link_chars: int
    chrome: int  # 0: text; 1: furniture by class/id (sidebar, comments); 2: by tag (nav, footer, aside)


@dataclass
class Finding:
    """The chosen blocks (document order) and the numbers the article/listing decision reads."""

    containers: list[etree._Element] = field(default_factory=list)
    score: float = 0.0
    totals: dict[etree._Element, _Totals] = field(default_factory=dict, repr=False)
    prose: int = 0  # characters outside links of the scoring paragraphs inside the chosen blocks
    # Chosen over a longer list of other stories after the headline, on a page that does not say it
    # is an article: an article when it prints its date (core.is_article).
    beside_list: bool = False

    def text_chars(self, elements: Iterable[etree._Element]) -> int:
        """Characters of text outside links below ``elements``."""
        return sum(t.chars - t.links for t in (self.totals.get(e) for e in elements) if t)

    def link_density(self, el: etree._Element) -> float:
        t = self.totals.get(el)
        return t.links / t.chars if t and t.chars else 0.0


def class_weight(el: etree._Element) -> float:
    cls, ident = el.get("class"), el.get("id")
    return _class_weight(cls, ident) if cls or ident else 0.0


@lru_cache(maxsize=4096)
def _class_weight(cls: str | None, ident: str | None) -> float:
    attrs = hint_attrs(cls, ident)
    return sum(h.weight for h in rules.CLASS_HINTS if h.pattern.search(attrs))


def hint_factor(el: etree._Element) -> float:
    return max(rules.MIN_HINT_FACTOR, 1 + class_weight(el) / rules.HINT_SCALE)


def _unlikely(el: etree._Element, tag: str) -> int:
    """2 for a chrome tag, 1 for a class/id naming furniture (not also naming text), else 0."""
    if tag in rules.CHROME_TAGS:
        return 2
    if tag in ("html", "body", "article", "main") or not isinstance(tag, str):
        return 0
    cls, ident = el.get("class"), el.get("id")
    return _unlikely_attrs(cls, ident) if cls or ident else 0


@lru_cache(maxsize=4096)
def _unlikely_attrs(cls: str | None, ident: str | None) -> int:
    attrs = hint_attrs(cls, ident)
    return int(bool(rules.UNLIKELY.search(attrs)) and not rules.MAYBE.search(attrs))


Named = Mapping[etree._Element, tuple[str | None, str | None]]  # element → (class, id), as Page.class_and_id


def class_and_id(root: etree._Element) -> Named:
    """(class, id) of every element below ``root`` that carries either (for a tree without a Page)."""
    return {el: (el.get("class"), el.get("id")) for el in root.iter()
            if el.get("class") is not None or el.get("id") is not None}


def paragraphs(root: etree._Element, named: Named | None = None,
               fold: bool = False) -> tuple[list[Paragraph], dict[etree._Element, _Totals]]:
    """Text runs in document order, and text/link characters per element (lxml's iterwalk). A run
    in chrome by tag (nav, header, footer, aside) is never scored: it is listed only where a heading
    holds it (the headline may be printed in a <header>), and counts in the totals always.

    The walk visits every node of the page, so its body is kept flat: set lookups, no helper call
    per element (what _unlikely and the bottom-up sum of totals do is written out here). ``named``:
    the class and id of the elements carrying one (read from the tree when not given). ``fold``: the
    page writes an Arabic keyboard's ي ك, which a run's text reads as the Persian letters they stand
    for (persian.unify_letters), so that «كه» and «براي» count as Persian's function words."""
    attrs_of = (class_and_id(root) if named is None else named).get
    out: list[Paragraph] = []
    totals: dict[etree._Element, _Totals] = {}
    buf: list[str] = []
    links = 0

    def flush(holder: etree._Element, chrome: int) -> None:
        nonlocal links
        if buf:
            text = " ".join("".join(buf).split())
            if fold:
                text = unify_letters(text)
            if text:
                n = min(links, len(text))
                if chrome < 2 or holder.tag in rules.UNSCORED_TAGS:
                    out.append(Paragraph(holder, text, n, chrome))
                t = totals.get(holder)
                if t is None:
                    t = totals[holder] = _Totals()
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
            if tag in _SKIPPED:
                if tag in BLOCK_TAGS and buf:
                    flush(top[0], top[1])  # <br>, <hr>: the run ends here
                walker.skip_subtree()
                push(top)
                continue
            holder, chrome, depth = top
            if tag in BLOCK_TAGS:
                if buf:
                    flush(holder, chrome)
                holder = el
            if chrome < 2:  # _unlikely, written out
                if tag in rules.CHROME_TAGS:
                    chrome = 2
                elif tag not in _NEVER_UNLIKELY:
                    attrs = attrs_of(el)
                    if attrs is not None and (attrs[0] or attrs[1]) and _unlikely_attrs(*attrs):
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
                        pt = totals[parent] = _Totals()
                    pt.chars += t.chars
                    pt.links += t.links
            if el is root:
                break
        tail = el.tail
        if tail and (buf or not tail.isspace()):  # the tail reads in the enclosing element's context
            buf.append(tail)
            if context[-1][2]:
                links += len(tail.strip())
    return out, totals


@lru_cache(maxsize=64)
def stopwords_for(lang: str) -> frozenset[str]:
    """Persian's function words always (our pages), plus the page's language's, or all known.
    ``lang`` as declared: `de-AT`, `pt_BR`, `deu` and `prs` name German, Portuguese, German, Dari."""
    primary = (parse_tag(lang) or "").split("-")[0]
    if primary in rules.STOPWORDS:
        return rules.STOPWORDS[primary] | rules.STOPWORDS["fa"]
    return frozenset().union(*rules.STOPWORDS.values())


def paragraph_score(p: Paragraph, stopwords: frozenset[str]) -> float:
    """A prose paragraph's own score: length, clause marks, function words; links weigh it down."""
    text = p.text
    if len(text) < rules.MIN_PARAGRAPH_CHARS or p.holder.tag in rules.UNSCORED_TAGS:
        return 0.0
    if is_copyright_notice(text):
        return 0.0  # the site's copyright notice: a footer, however much it reads like a sentence
    if reads_as_prose(text, stopwords):
        score = 1 + len(_MARK.findall(text)) + min(len(text) / 100, 3)
    else:  # the commas and colons of a label or data line are no sign of sentences
        score = (1 + len(_SENTENCE_END.findall(text)) + min(len(text) / 100, 3)) * rules.NOT_PROSE_FACTOR
    if text.endswith(rules.EXCERPT_ENDS):
        score *= rules.EXCERPT_FACTOR  # a teaser's excerpt, cut off: another story's opening lines
    return score * (1 - p.link_chars / len(text))


def is_copyright_notice(text: str) -> bool:
    """The site's copyright notice («تمام حقوق … محفوظ است», "© 2024 … All rights reserved.")."""
    return any(w in text for w in rules.COPYRIGHT_WORDS) and rules.COPYRIGHT_LINE.match(text) is not None


def reads_as_prose(text: str, stopwords: frozenset[str]) -> bool:
    """Prose has function words (names, labels and headline lists have few); in a script without
    spaces between words, it punctuates like prose."""
    tokens = _PUNCT.sub(" ", text.lower()).split()  # blanking punctuation splits words
    hits = sum(map(stopwords.__contains__, tokens))
    return hits >= rules.MIN_STOPWORDS or hits >= rules.MIN_STOPWORD_SHARE * len(tokens) or unspaced_prose(text)


def unspaced_prose(text: str) -> bool:
    """Text mostly in a script without spaces between words (Chinese, Japanese, Thai; Korean) that
    punctuates like prose: a sentence end, and clause marks at prose's rate."""
    size = len(text)
    if text.isascii() or len(rules.UNSPACED_SCRIPT.findall(text)) < rules.UNSPACED_SHARE * size:
        return False
    ends = len(rules.UNSPACED_SENTENCE_END.findall(text))
    marks = len(rules.UNSPACED_CLAUSE_MARK.findall(text))
    if not ends and rules.SPACE_MARKED_SCRIPT.search(text):
        ends = marks = text.count(" ")
    return ends > 0 and marks * rules.UNSPACED_CHARS_PER_MARK >= size


def find_content(root: etree._Element, lang: str = "", headline: str | None = None,
                 named: Named | None = None, declared: bool = False, fold: bool = False) -> Finding:
    """The blocks that hold the article's text, best first merged with its continuing siblings.

    ``headline``: the article's headline; text printed before it on the page (a teaser strip, a
    sidebar set first in the source) counts less. ``named``: as for paragraphs(). ``declared``: the
    page says it is an article (JSON-LD, og:type), so a short text above a list of other stories'
    excerpts is its text, not a section front's introduction. ``fold``: as for paragraphs()."""
    paras, totals = paragraphs(root, named, fold)
    stopwords = stopwords_for(lang)
    if headline and fold:
        headline = unify_letters(headline)  # as the runs' texts read
    wanted = WORD.findall(headline.lower()) if headline else []
    at = _headline_index(paras, wanted)
    # What follows another story's headline (an h1 after the article's own: infinite scroll appends
    # whole stories below it) is that story's text.
    later = _next_story_index(paras, at, wanted)
    own = [0.0] * len(paras)

    def score(level: int) -> None:
        """Own scores of the paragraphs of this chrome level: scored only where a pass reads them
        (chrome by tag never; furniture by class only in the retry), as most text runs are chrome."""
        for i, p in enumerate(paras):
            if p.chrome == level:
                own[i] = paragraph_score(p, stopwords)
                if i < (at or 0) or i >= later:
                    own[i] *= rules.BEFORE_HEADLINE_FACTOR

    score(0)
    title = paras[at].holder if at is not None else None
    finding = _best(paras, own, totals, 0, title, declared)
    # The text the class tests let score, not all the text of the chosen blocks: a wrapper named
    # like furniture (`col-1 highfooter`) around the story leaves a block that is mostly chrome.
    if finding.prose < rules.RETRY_BELOW_CHARS:
        score(1)
        finding = _best(paras, own, totals, 1, title, declared)
    return finding


def _headline_index(paras: list[Paragraph], wanted: list[str]) -> int | None:
    """Index of the first paragraph that is the headline (a heading with the ``wanted`` words)."""
    if not wanted:
        return None
    return next((i for i, p in enumerate(paras)
                 if p.holder.tag in rules.UNSCORED_TAGS and WORD.findall(p.text.lower()) == wanted), None)


def _next_story_index(paras: list[Paragraph], at: int | None, wanted: list[str]) -> int:
    """Index of the first h1 after the headline's paragraph ``at`` that titles another story, else
    past the end (also when the page prints no headline as a heading)."""
    if at is None:
        return len(paras)
    return next((i for i in range(at + 1, len(paras)) if paras[i].holder.tag == "h1" and paras[i].chrome == 0
                 and WORD.findall(paras[i].text.lower()) != wanted), len(paras))


def _best(paras: list[Paragraph], own: list[float], totals: dict[etree._Element, _Totals], allowed: int,
          title: etree._Element | None = None, declared: bool = False) -> Finding:
    """Score the candidates from paragraphs of chrome level <= ``allowed``; the best with its siblings."""
    scores: dict[etree._Element, float] = {}
    mass: dict[etree._Element, int] = {}
    for p, score in zip(paras, own, strict=True):
        if p.chrome > allowed or not score:
            continue
        # a teaser's cut-off excerpt is another story's prose: no reason to climb to the list holding it
        prose = 0 if p.text.endswith(rules.EXCERPT_ENDS) else len(p.text) - p.link_chars
        for el in (p.holder, *p.holder.iterancestors()):
            mass[el] = mass.get(el, 0) + prose
        # A paragraph's own holder is no candidate: the block around it is (a <div> holding nothing
        # but inline text is a paragraph, as a <p> is).
        holder = p.holder
        container = holder.tag in rules.CONTAINER_TAGS and not _paragraph_like(holder)
        node: etree._Element | None = holder if container else holder.getparent()
        for share in rules.ANCESTOR_SHARES:
            if node is None:
                break
            if node not in scores:
                scores[node] = rules.TAG_SCORES.get(node.tag, 0)
            scores[node] += score * share
            node = node.getparent()
    finding = Finding(totals=totals)
    if not scores:
        return finding
    # Hints scale a candidate's own text rather than add to it: a "body" class on a block holding
    # one short line must not beat the block that holds the text.
    final = {el: s * hint_factor(el) * (1 - finding.link_density(el)) for el, s in scores.items()}
    top = max(final, key=final.__getitem__)
    if in_comment_thread(top):
        outside = _best_where(final, lambda el: not in_comment_thread(el))
        top = top if outside is None else outside
    if (title is not None and _story_title(title) and not _holds(top, title)
            and (_in_teaser_block(top) or _headed_as_other_stories(top))):
        # Other stories' excerpts under the story outscore a short story (readers' comments may
        # outscore both): its text is a block between its headline and that list (a list of teasers,
        # or any list under a heading naming related stories, «اخبار مرتبط»). On a page that does not
        # say it is an article, the choice is an article's only where the page prints its date
        # (core.is_article).
        teasers = top
        better = _best_where(final, lambda el: _before_list(el, teasers, title) and not in_comment_thread(el))
        finding.beside_list = better is not None and not declared
        top = top if better is None else better
    finding.score = final[top]
    top = _climb(top, mass, finding)
    finding.containers = _with_siblings(top, final, finding, title)
    finding.prose = sum(mass.get(c, 0) for c in finding.containers)
    return finding


def _comment_thread(el: etree._Element) -> bool:
    """A block that opens with a heading naming comments ("Top Rated Comments", «نظرات», "3 Kommentare"),
    or comes right after one: the readers' thread, however its markup is named."""
    return _headed_by(el, rules.COMMENTS_HEADING.match)


def _headed_by(el: etree._Element, names: Callable[[str], object]) -> bool:
    """The block's first text, or the heading right before it, is one that ``names`` accepts."""
    first = next((t.strip() for t in el.itertext() if t.strip()), "")
    if names(unify_letters(first)):  # («ديدگاه‌ها», as an Arabic keyboard types it, too)
        return True
    before = el.getprevious()
    return (before is not None and before.tag in rules.UNSCORED_TAGS
            and bool(names(unify_letters("".join(before.itertext()).strip()))))


def _readers_comments(el: etree._Element) -> bool:
    """A list of readers' comments however its markup is named: three or more like items (same tag
    and class words) of which most are comments (_reader_comment)."""
    # The cheap test first: a comment is made of lines, and most children are single paragraphs.
    if el.tag not in _COMMENT_LISTS:
        return False
    made_of_lines = [c for c in el if c.tag in _COMMENT_ITEMS and len(c) >= 2]
    if len(made_of_lines) < rules.COMMENT_RUN:
        return False
    runs: dict[tuple[str, frozenset[str]], list[etree._Element]] = {}
    for child in made_of_lines:
        runs.setdefault(kind(child), []).append(child)
    own, run = max(runs.items(), key=lambda kr: len(kr[1]))
    needed = max(rules.COMMENT_RUN, rules.COMMENT_SHARE * sum(1 for c in el if kind(c) == own))
    return len(run) >= needed and sum(map(_reader_comment, run)) >= needed


_COMMENT_LISTS = frozenset({"ul", "ol", "div", "section"})
_COMMENT_ITEMS = frozenset({"li", "div", "article", "section"})


def _reader_comment(item: etree._Element) -> bool:
    """One reader's comment: a line of the reader's name (1–3 words, no digits, no heading), a line
    with its date or time (meta: perhaps the name beside it), a text of 8+ words, and no link of a
    headline's length. A live report's entries (a time, a title heading, the text) have no name line."""
    leaves = [leaf for leaf in item.iter(*BLOCK_TAGS) if next(leaf.iterdescendants(*BLOCK_TAGS), None) is None]
    if len(leaves) < 3 or link_words(item) >= rules.TEASER_LINK_WORDS:
        return False  # (a paragraph of the story holds no lines of its own)
    lines = [(leaf.tag, " ".join(text_content(leaf).split())) for leaf in leaves]
    names = dated = texts = 0
    for tag, line in lines:
        n = count_words(line)
        if n >= rules.COMMENT_TEXT_WORDS:
            texts += 1
        elif markers.is_meta_line(line):
            dated += 1
            names += any(c.isdigit() for c in line) and _NAME_BESIDE_DATE.search(line) is not None
        elif 1 <= n <= rules.COMMENT_NAME_WORDS and tag not in rules.HEADING_TAGS:
            names += not any(c.isdigit() for c in line)
    return names > 0 and dated > 0 and texts > 0


# A date line that names the reader too: letters before the digits («علی رضایی - ۹ آذر ۱۴۰۵»).
_NAME_BESIDE_DATE = re.compile(r"^[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*[-–—|:،,]\s*\S")


def _not_the_story(el: etree._Element, totals: _Totals) -> bool:
    """A block (never a paragraph) that is the readers' thread, or a block of other stories with
    links in it (text of links, or empty ones laid over its cards: teasers.overlay_link): what the
    cleaning drops, however much text it holds, and the text's spine never is."""
    return (el.tag in _THREAD_TAGS and _comment_thread(el)) or bool(
        may_be_teaser_block(el) and (totals.links or holds_empty_link(el)) and teaser_block(el))


def _headed_as_other_stories(el: etree._Element) -> bool:
    """The block, or one of the two around it, opens with a heading naming related stories («اخبار
    مرتبط», "Related stories"), or comes right after one."""
    for node in [el, *itertools.islice(el.iterancestors(), 2)]:
        if node.tag in ("body", "html"):
            break
        if _headed_by(node, _names_related):
            return True
    return False


def _names_related(heading: str) -> bool:
    return rules.RELATED_HEADING.match(normalize_line(heading)) is not None


def _titles_comments(el: etree._Element) -> bool:
    """Whether a heading inside ``el`` names comments."""
    return any(rules.COMMENTS_HEADING.match(unify_letters("".join(h.itertext()).strip()))
               for h in el.iter(*rules.UNSCORED_TAGS))


def in_comment_thread(el: etree._Element) -> bool:
    """The block is, or lies in, the readers' thread, or wraps a list of comments that holds most of
    its text (the box around the list, its heading gone): what is printed there, a date, a name, is
    a reader's, not the story's."""
    if any(_comment_thread(a) for a in (el, *el.iterancestors()) if a.tag not in ("body", "html")):
        return True
    # A comment's text lies a level or two below its item (<li><div class="text">), the item in the list.
    return _wraps_comments(el) or any(map(_readers_comments, _item_levels(el)))


def _wraps_comments(el: etree._Element) -> bool:
    lists = [c for c in el if c.tag in _COMMENT_LISTS and len(c) >= rules.COMMENT_RUN and _readers_comments(c)]
    return bool(lists) and sum(map(len, map(text_content, lists))) >= 0.5 * len(text_content(el))


def _in_teaser_block(el: etree._Element) -> bool:
    """The candidate is, or lies inside, a block of other stories (teasers.teaser_block): the block
    itself, or one of its items a level or two below it (a candidate holds scored paragraphs)."""
    return any(map(teaser_block, _item_levels(el)))


def _item_levels(el: etree._Element) -> list[etree._Element]:
    """The block and the ancestors up to an item's depth above it (teasers.TEASER_ITEM_LEVELS), below <body>."""
    return [a for a in (el, *itertools.islice(el.iterancestors(), TEASER_ITEM_LEVELS)) if a.tag not in ("body", "html")]


def _best_where(final: dict[etree._Element, float],
                good: Callable[[etree._Element], bool]) -> etree._Element | None:
    """The best candidate, among the first few, that is ``good``."""
    for el in sorted(final, key=final.__getitem__, reverse=True)[:rules.THREAD_CANDIDATES]:
        if good(el):
            return el
    return None


def _story_title(title: etree._Element) -> bool:
    """The page's headline is printed as a heading of a story's length (a section front's h1 names
    the section in a word or two: «آموزش», "Sport")."""
    return count_words(text_content(title)) >= rules.STORY_TITLE_WORDS


def _before_list(el: etree._Element, teasers: etree._Element, title: etree._Element) -> bool:
    """A candidate for the story's text beside a block of other stories: outside it, after the
    headline (or holding it) and before that block."""
    return (not _in_teaser_block(el) and not _holds(el, teasers) and _precedes(el, teasers)
            and (_holds(el, title) or _precedes(title, el)))


def _holds(outer: etree._Element, el: etree._Element | None) -> bool:
    return el is not None and any(a is outer for a in el.iterancestors())


def _precedes(a: etree._Element, b: etree._Element) -> bool:
    """Whether ``a`` opens before ``b`` in document order without holding it."""
    down: dict[etree._Element, etree._Element] = {}  # each ancestor of b → its child on the way to b
    node = b
    for anc in b.iterancestors():
        down[anc] = node
        node = anc
    if a in down:
        return False  # a holds b
    node = a
    for anc in a.iterancestors():
        if anc in down:
            return anc.index(node) < anc.index(down[anc])
        node = anc
    return False


def _climb(top: etree._Element, mass: dict[etree._Element, int], finding: Finding) -> etree._Element:
    """An ancestor that holds much more of the page's prose, with hardly a link in what it adds: the
    text was cut into chunks (between ad rails, pull quotes), and the best block is one of them."""
    node = top
    while True:
        anc = node.getparent()
        levels = 0
        # Wrappers that add no prose do not count: a page builder (Elementor, WPBakery) sets each
        # chunk of the text eight or ten wrappers deep, its sections side by side far above.
        while levels < rules.CLIMB_LEVELS:
            if anc is None or anc.tag in ("body", "html"):
                return node
            if mass.get(anc, 0) >= rules.CLIMB_GROWTH * mass.get(node, 0):
                break
            levels += mass.get(anc, 0) > mass.get(node, 0)
            anc = anc.getparent()
        else:
            return node
        if _unlikely(anc, anc.tag) or hint_factor(anc) < 1:
            return node
        if _added_link_density(anc, node, finding) > rules.CLIMB_LINKS or _titles_comments(anc):
            return node  # what it adds is link lists, or the readers' comments
        node = anc


def _added_link_density(outer: etree._Element, inner: etree._Element, finding: Finding) -> float:
    o, i = finding.totals.get(outer), finding.totals.get(inner)
    if o is None or i is None or o.chars <= i.chars:
        return 0.0
    return (o.links - i.links) / (o.chars - i.chars)


def _with_siblings(top: etree._Element, final: dict[etree._Element, float], finding: Finding,
                   title: etree._Element | None = None) -> list[etree._Element]:
    """The best block plus the siblings that continue its text (same class, scoring, or plain prose);
    a sibling printed before the headline does not continue the text that follows it."""
    parent = top.getparent()
    if parent is None:
        return [top]
    # A block the climb reached may hold no score of its own (the scores reach three levels up): it
    # stands for the best block's.
    top_score = final.get(top, finding.score)
    threshold = max(rules.SIBLING_MIN_SCORE, top_score * rules.SIBLING_SHARE)
    top_class = top.get("class")
    out: list[etree._Element] = []
    title_child = _child_holding(parent, title)
    for sib in parent:
        if sib is title_child and top not in out:
            out.clear()  # what came before the headline is not the article's text
        if sib is top:
            out.append(sib)
            continue
        if not isinstance(sib.tag, str) or sib.tag in rules.IGNORED_TAGS or _unlikely(sib, sib.tag) or is_notice(sib):
            continue  # (a notice to the reader, a review's spoiler warning, continues no text)
        bonus = top_score * 0.2 if top_class and sib.get("class") == top_class else 0.0
        scored = sib in final and final[sib] + bonus >= threshold
        if not (scored or (_paragraph_like(sib) and _continues_text(sib, finding))):
            continue
        if not (_comment_thread(sib) or teaser_block(sib)):  # the readers' thread, other stories' excerpts
            out.append(sib)
    return out


def _paragraph_like(el: etree._Element) -> bool:
    """A <p>, or a <div> holding only inline content (no block, not even a break): what a paragraph
    is in <div>-only markup (readability turns such a div into a <p>)."""
    return el.tag == "p" or (el.tag == "div" and not any(child.tag in BLOCK_TAGS for child in el))


def _child_holding(parent: etree._Element, el: etree._Element | None) -> etree._Element | None:
    """The child of ``parent`` that is or holds ``el``."""
    while el is not None:
        up = el.getparent()
        if up is parent:
            return el
        el = up
    return None


def _continues_text(p: etree._Element, finding: Finding) -> bool:
    t = finding.totals.get(p)
    if t is None or not t.chars:
        return False
    density = t.links / t.chars
    if t.chars >= rules.SIBLING_PARAGRAPH_CHARS:
        return density < rules.SIBLING_MAX_LINK_DENSITY
    text = "".join(p.itertext()).strip()
    return density == 0 and text.endswith(rules.CLOSES_SENTENCE)


def text_spine(finding: Finding, containers: Iterable[etree._Element]) -> list[etree._Element]:
    """Descendants of the chosen blocks that hold most of their text: never furniture, whatever their
    class, unless a line naming comments opens them (a readers' thread longer than the story)."""
    out: list[etree._Element] = []
    for container in containers:
        whole = finding.totals.get(container)
        if whole is None or not whole.chars:
            continue
        for el in container.iterdescendants():
            t = finding.totals.get(el)
            if (t is not None and t.chars - t.links >= rules.SPINE_SHARE * (whole.chars - whole.links)
                    and not _not_the_story(el, t)):
                out.append(el)
    return out


def furniture_inside(finding: Finding, containers: Iterable[etree._Element]) -> list[etree._Element]:
    """Sub-blocks of the chosen blocks that are not article text: link lists, furniture by class, the
    readers' thread and blocks of other stories (teasers.teaser_block)."""
    out: list[etree._Element] = []
    spine = set(text_spine(finding, containers))
    for container in containers:
        whole = finding.text_chars([container])
        for el in container.iterdescendants(*_CLEANABLE):
            t = finding.totals.get(el)
            if t is None or not t.chars:
                continue
            if _not_the_story(el, t) or is_notice(el) or is_subscription_prompt(el):
                # the readers' thread, other stories' excerpts: however long they run; a notice to the
                # reader (a review's spoiler warning) or a paywall's prompt in the text's block
                out.append(el)
                continue
            if el in spine:
                continue
            prose = t.chars - t.links
            # A paragraph with a sentence of its own (a linked name and its hidden profile card
            # beside it) is text, however many link characters it holds.
            sentence = _paragraph_like(el) and (prose >= rules.PARAGRAPH_PROSE_CHARS or _sentence_on_a_link(el)
                                                or _prints_its_address(el))
            link_list = (t.links > rules.LINK_LIST_DENSITY * t.chars and prose < rules.LINK_LIST_MAX_PROSE_CHARS
                         and not sentence)
            # A weak furniture hint (`adrail`, `widget`) on a block holding a good part of the text
            # names the layout, not the content.
            weak = class_weight(el) <= -25 and prose < rules.FURNITURE_MAX_SHARE * whole
            if (link_list or weak or _unlikely(el, el.tag)) and not (holds_embedded_post(el) or is_pull_quote(el)):
                out.append(el)
    return out


def _sentence_on_a_link(p: etree._Element) -> bool:
    """A short paragraph that is a sentence with links in it: it runs on in plain words after a link
    (<a>Name</a> has been elected …), or opens with a clause of its own before one (The suspect was
    <a>sentenced to life</a>.). A related link has neither: «Read more: <a>headline</a>» is a label
    and a link."""
    before, after = [p.text or ""], []
    seen_link = False
    for el in p.iterdescendants():
        linked = el.tag == "a" or any(a.tag == "a" for a in el.iterancestors() if a is not p)
        seen_link = seen_link or el.tag == "a"
        if not linked and el.text:
            (after if seen_link else before).append(el.text)
        # a tail reads in the parent: outside links unless the parent is (or is inside) one
        if el.tail and not (linked and el.tag != "a"):
            (after if seen_link else before).append(el.tail)
    if not "".join(p.itertext()).strip().endswith(rules.CLOSES_SENTENCE):
        return False
    opening = "".join(before).strip()
    return (len(WORD.findall("".join(after))) >= rules.SENTENCE_AFTER_LINK_WORDS
            or (len(WORD.findall(opening)) >= rules.SENTENCE_BEFORE_LINK_WORDS
                and not opening.endswith(rules.LABEL_ENDS)))


def _prints_its_address(p: etree._Element) -> bool:
    """A paragraph whose link prints the address it goes to (a source, a reference, a ticket site):
    the text gives the address to the reader; a link to another story shows its headline instead."""
    return any(rules.PRINTED_ADDRESS.match("".join(a.itertext()).strip()) for a in p.iter("a"))


FURNITURE_LINE_MAX_CHARS = 120  # a label, a heading or a button: a longer line is a sentence of the text


def is_comments_heading(text: str) -> bool:
    """A line that is the heading over the readers' comments («نظرات کاربران», "12 Comments")."""
    return len(text) <= FURNITURE_LINE_MAX_CHARS and rules.COMMENTS_HEADING.match(text) is not None


def is_furniture_line(text: str) -> bool:
    """A line of the chosen text that is a read-more, share, print or advertising label, a comments
    heading, a wire credit line, a caption closed by its picture credit, an opinion page's disclaimer,
    a raw shortcode or script call, a copyright notice, or a promotion."""
    if (len(text) <= FURNITURE_LINE_MAX_CHARS and rules.BOILERPLATE_LINE.match(text)) or is_comments_heading(text):
        return True  # … or the heading over the readers' comments («نظرات کاربران», "12 Comments")
    if is_copyright_notice(text):
        return True  # a broadcaster's "Copyright 2023 … All rights reserved." closing its text
    if text.startswith("[") and rules.SHORTCODE_LINE.match(text):
        return True
    if text.endswith(";") and rules.CODE_LINE.match(text):
        return True
    if len(text) <= rules.CREDIT_MAX_CHARS and (rules.CREDIT_LINE.match(text) or _ends_with_picture_credit(text)
                                                or rules.PRINT_EDITION_NOTE.match(text)):
        return True  # a wire's credit line, a caption's picture credit, where the story appeared in print
    if len(text) > rules.PROMO_MAX_CHARS:
        return False
    # PROMO and VIEWS_DISCLAIMER try every position of the line; a line with none of their words is
    # neither (the search on every line cost 2.5% of the extraction's instructions).
    lowered = text.lower()
    if any(word in lowered for word in rules.DISCLAIMER_WORDS) and rules.VIEWS_DISCLAIMER.search(text):
        return True
    return any(word in lowered for word in rules.PROMO_WORDS) and rules.PROMO.search(text) is not None


def _ends_with_picture_credit(text: str) -> bool:
    return text.endswith((")", "]", ").", "].")) and rules.PICTURE_CREDIT_END.search(text) is not None


def link_list_lines(blocks: list[Block]) -> set[int]:
    """Indices of lines that are a run of bare links (a related list set as paragraphs); a single
    linked line inside the text (a source, a product link) stays, and so do addresses printed out."""
    flags = [len(b.text) <= 200 and b.link_chars >= rules.LINK_LINE_DENSITY * len(b.text.replace(" ", ""))
             and not rules.PRINTED_ADDRESS.match(b.text) for b in blocks]
    out: set[int] = set()
    start = 0
    for i in range(len(flags) + 1):
        if i < len(flags) and flags[i]:
            continue
        if i - start >= rules.LINK_LINE_RUN:
            out.update(range(start, i))
        start = i + 1
    return out
