"""A parsed page: one lxml tree plus the lazily read metadata every field step shares.

Parsing happens once per page; JSON-LD and <meta> are read once, on first use.
"""

from __future__ import annotations

import itertools
import json
import re
import threading
from bisect import bisect_right
from collections.abc import Callable, Hashable, Iterable
from functools import cached_property, lru_cache
from typing import Any
from urllib.parse import urljoin, urlsplit

from cssselect import HTMLTranslator
from lxml import etree

from newsscraper.extract import cssplan
from newsscraper.persian import persian_letters

# schema.org's Article and every type below it (a social post, a forum post, a satire, a review in a
# newspaper, a technical or scholarly article are articles there), and a video's page.
ARTICLE_TYPES = frozenset({
    "Article", "NewsArticle", "AnalysisNewsArticle", "AskPublicNewsArticle", "BackgroundNewsArticle",
    "OpinionNewsArticle", "ReportageNewsArticle", "ReviewNewsArticle", "Report", "SatiricalArticle",
    "ScholarlyArticle", "MedicalScholarlyArticle", "SocialMediaPosting", "BlogPosting", "LiveBlogPosting",
    "DiscussionForumPosting", "TechArticle", "APIReference", "AdvertiserContentArticle", "VideoObject",
})
# What schema.org calls a page listing other pages: a section's, a tag's or an author's archive
# (Yoast and Rank Math write CollectionPage for every category and tag page), search results.
# An ItemList on its own is a list of other pages (a digest's, a carousel's): a story's page that
# carries one for its related stories names its article too.
LISTING_TYPES = frozenset({"CollectionPage", "SearchResultsPage", "ProfilePage", "ItemList"})
# What schema.org calls a thing a page may show that is no story: an event in a calendar, a product or
# an offer (a classified ad), a job, a site page about itself or for reaching it.
NOT_STORY_TYPES = frozenset({"Event", "Product", "Offer", "RealEstateListing", "JobPosting", "AboutPage",
                             "ContactPage", "DefinedTerm", "DefinedTermSet", "PublicationIssue", "BroadcastService",
                             # an event's kinds (a match centre's SportsEvent, a festival's programme)
                             "SportsEvent", "MusicEvent", "TheaterEvent", "ScreeningEvent", "Festival",
                             "BusinessEvent", "EducationEvent", "ExhibitionEvent", "SocialEvent", "LiteraryEvent",
                             # a work's own page (a film's, a series', an album's: cast, showtimes, tracks)
                             "Movie", "TVSeries", "MusicAlbum"})
# Of those, an advertisement's: no story carries one alone (a job fair's story names its article too),
# while a WordPress theme's og:type says "article" on the ad's page as on every post.
AD_TYPES = frozenset({"JobPosting", "RealEstateListing"})
# … and the site's own pages and works of reference: its about and contact pages, a glossary's entry, a
# printed issue's page, a channel's schedule. og:type vouches for none of them either (many a theme
# says "article" on every page); an article's own object beside them (isPartOf an issue) still does.
SITE_OWN_TYPES = frozenset({"AboutPage", "ContactPage", "DefinedTerm", "DefinedTermSet", "PublicationIssue",
                            "BroadcastService"})
REVIEW_TYPES = frozenset({"Review", "CriticReview"})
# Below Article in schema.org's tree, and dated as one, but a forum's thread: no story of a news site's
FORUM_TYPES = frozenset({"DiscussionForumPosting"})
# Open Graph's types for a film's or a series' own page (a news video's is video.other or video.episode,
# a podcast episode's music.song and an album's story music.album: stories)
WORK_OG_TYPES = frozenset({"video.movie", "video.tv_show"})
# A page of one thing, not a collection: its dates are the post's where no article object states them.
WEB_PAGE_TYPES = frozenset({"WebPage", "ItemPage"})
# NUL can end libxml2's reading of a page, and other C0 controls would pass into the text of
# fields that are not normalised (published_raw). In UTF-8 these bytes stand only for themselves,
# so one byte-table pass on the encoded page removes NUL and blanks the others.
_CONTROL_BYTES = bytes([*range(1, 9), 11, 12, *range(14, 32)])
_CONTROL_TO_SPACE = bytes.maketrans(_CONTROL_BYTES, b" " * len(_CONTROL_BYTES))
# Looked for one byte value at a time: memchr passes over the page are cheaper than the table pass,
# and almost no page holds any of these bytes.
_CONTROL_SINGLES = tuple(bytes([b]) for b in (0, *_CONTROL_BYTES))
_LOCAL = threading.local()
# A numeric character reference into the Arabic block (U+0600–U+06FF), decimal or hex.
# Searched in the page's UTF-8 bytes: twice as fast as in the decoded text, whose characters are mostly
# two bytes wide.
_ARABIC_REF = re.compile(rb"&#(?:[xX]0*6[0-9a-fA-F]{2}|0*1[5-7][0-9]{2});")
# A character of the Arabic block (U+0600–U+06FF): every Persian letter and Persian/Arabic digit.
ARABIC_CHAR = re.compile("[\u0600-\u06ff]")
_TRANSLATOR = HTMLTranslator()
RELATIVE = "descendant-or-self::"   # CSS → XPath below a context element (as parsel and Scrapy translate)
DOCUMENT = "/descendant-or-self::"  # … and over the whole document, every top-level element
# Body classes of a CMS's static page (Page.cms_static_page), and of its posts.
_STATIC_PAGE_CLASSES = re.compile(r"(?:^|\s)(?:page-id-\d+|(?:page-)?node-type-page)(?:\s|$)")
_POST_CLASSES = re.compile(r"(?:^|\s)(?:single|postid-\d+|single-post)(?:\s|$)")
_WALKED_ATTRIBUTES = ("class", "id")  # read by Page._order from every element, not by an XPath
PARSER_DEPTH_LIMIT = 2000  # libxml2 stops at 2048 nested elements; no real page comes near either


def text_content(el: etree._Element) -> str:
    """All text below ``el``, its tail left out: what "".join(el.itertext()) gives, from libxml2's text
    serialisation (no Python string per text node: cheaper on a whole article)."""
    return etree.tostring(el, method="text", encoding=str, with_tail=False)


@lru_cache(maxsize=1024)
def compiled(xpath: str, smart_strings: bool = True) -> etree.XPath:
    """lxml compiles an XPath string on every call; field readers reuse the compiled form.
    Without smart strings, text and attribute results are plain str (cheaper; no getparent())."""
    return etree.XPath(xpath, smart_strings=smart_strings)


@lru_cache(maxsize=64)
def _needles(needles: tuple[str, ...], fold: bool = False) -> re.Pattern[str]:
    """One pattern finding any of the needles; ``fold``: also as an Arabic keyboard writes them (ي ى for
    ی, ك for ک), on a page that does."""
    pattern = "|".join(map(re.escape, needles))
    return re.compile(pattern.translate(_FOLDED) if fold else pattern)


_FOLDED = str.maketrans({"ی": "[یيى]", "ي": "[یيى]", "ى": "[یيى]", "ک": "[کك]", "ك": "[کك]"})


@lru_cache(maxsize=1024)
def _translated(css: str, prefix: str) -> etree.XPath:
    return etree.XPath(_TRANSLATOR.css_to_xpath(css, prefix=prefix))


_OUTERMOST_BODIES = compiled("//body[not(ancestor::body)]")
_ALL_ELEMENTS = compiled("//*")  # every element of the document, every top-level one's too, in order
_OWN_TEXT = compiled("text()", smart_strings=False)
_TEXT = compiled(".//text()[not(ancestor::script) and not(ancestor::style)]", smart_strings=False)


@lru_cache(maxsize=256)
def _arabic_needle(needle: str) -> bool:
    return ARABIC_CHAR.search(needle) is not None


def _lowered(elements: list[etree._Element], values: list[str]) -> tuple[str, list[int], list[list[etree._Element]]]:
    """Attribute values lower-cased, each distinct value once, joined by newlines; where each starts;
    and the elements carrying each. A page repeats its class values (every menu item, every teaser
    card's), so a search of the distinct ones scans a fraction of the text."""
    carrying: dict[str, list[etree._Element]] = {}
    for el, value in zip(elements, values, strict=True):
        carrying.setdefault(value, []).append(el)
    distinct = list(carrying)
    joined = "\n".join(distinct)
    if not joined.isascii():  # lower() can lengthen a letter (İ): lower each value, then count
        distinct = [v.lower() for v in distinct]
        joined = "\n".join(distinct)
    starts: list[int] = []
    at = 0
    for value in distinct:
        starts.append(at)
        at += len(value) + 1
    return joined.lower(), starts, list(carrying.values())


def text_of(el: etree._Element) -> str:
    """Visible text of an element, its pieces joined by spaces (scripts and styles left out)."""
    return " ".join(_TEXT(el)).strip()


def _flatten_jsonld(node: Any) -> list[dict[str, Any]]:
    """All objects of a JSON-LD document: top-level lists and @graph arrays opened."""
    out: list[dict[str, Any]] = []
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            out.append(item)
            if isinstance(item.get("@graph"), list):
                stack.extend(reversed(item["@graph"]))
    return out


def jsonld_types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.rsplit("/", 1)[-1] for k in kinds if isinstance(k, str)}


def _join(base: str, href: str) -> str | None:
    """urljoin, or None for an href urllib rejects (`http://[x`: ValueError, invalid IPv6 URL)."""
    try:
        joined = urljoin(base, href)
        _ = urlsplit(joined).port  # an out-of-range port raises only here
    except ValueError:
        return None
    return joined


def _scheme(url: str) -> str:
    try:
        parts = urlsplit(url)
        _ = parts.hostname, parts.port
    except ValueError:
        return ""
    return parts.scheme


def _parser() -> etree.HTMLParser:
    """One HTML parser per thread: building a parser costs as much as parsing a small page."""
    parser = getattr(_LOCAL, "parser", None)
    if parser is None:
        # collect_ids=False: no libxml2 id table (no query here uses XPath id(); Page keeps its own).
        # remove_comments: no field reads a comment, and one in twenty nodes of a page is one; the
        # texts either side of a dropped comment join as the walk over a kept one joined them.
        parser = _LOCAL.parser = etree.HTMLParser(recover=True, encoding="utf-8", huge_tree=True,
                                                  collect_ids=False, remove_comments=True)
    return parser


def _source(html: str, utf8: bytes | None = None) -> bytes:
    """The bytes the parser reads: ``utf8``, the page's own bytes when they are the UTF-8 form of
    ``html`` (no second encoding of the text), else ``html`` encoded; control characters blanked."""
    data = html.encode("utf-8", "replace") if utf8 is None else utf8
    if any(b in data for b in _CONTROL_SINGLES):
        data = data.translate(_CONTROL_TO_SPACE, b"\x00")
    return data.strip()


def _has_arabic(data: bytes) -> bool:
    """Whether UTF-8 text holds a character of U+0600–U+06FF: exactly those open with bytes D8–DB
    (memchr-fast, where a regex character class over the text is not)."""
    return b"\xd8" in data or b"\xd9" in data or b"\xda" in data or b"\xdb" in data


def _parse(data: bytes) -> etree._Element:
    """The page's tree, always from the HTML parser: text opening with <?xml (XHTML pages) would
    otherwise put every tag in the XHTML namespace that no XPath here names."""
    root = None
    if data:
        try:
            root = etree.fromstring(data, parser=_parser())
        except etree.XMLSyntaxError:
            root = None  # nothing lxml could build a tree from (a page of only a comment, say)
    return root if root is not None else etree.fromstring(b"<html></html>", parser=_parser())


class Page:
    """HTML text plus URL; offers the parsed tree and shared metadata."""

    def __init__(self, html: str, url: str | None = None, *, content_language: str | None = None,
                 utf8: bytes | None = None) -> None:
        """``utf8``: the bytes ``html`` was decoded from, when they are exactly its UTF-8 form."""
        self.html = html
        self.url = url
        self.content_language = content_language  # the HTTP header, when the page was fetched
        data = _source(html, utf8)
        self.root: etree._Element = _parse(data)
        # Whether the source holds a character of the Arabic block (Persian text, digits); a page
        # without one cannot hold a Persian needle outside character references (has_char_refs).
        self.has_arabic = _has_arabic(data)
        # Whether it writes an Arabic keyboard's ي ى ك (U+064A, U+0649, U+0643), asked of the bytes:
        # a search of the decoded text for each costs several times more.
        self.arabic_forms = self.has_arabic and (b"\xd9\x8a" in data or b"\xd9\x89" in data or b"\xd9\x83" in data)
        # Pages that write Persian as character references (&#1705; or &#x6A9;) can't be tested by
        # looking at their source, so every such test says yes for them.
        self.has_char_refs = _ARABIC_REF.search(data) is not None
        # Attribute name → (elements carrying it, their values), in document order.
        self._holders_cache: dict[str, tuple[list[etree._Element], list[str]]] = {}
        self._joined_values: dict[str, str] = {}
        self._by_class: dict[str, list[etree._Element]] = {}  # class token → holders (_class_holders)
        self._by_tag: dict[str, list[etree._Element]] = {}  # tag → elements (tagged)
        # What the field readers derive from the page and several of them ask for (the element
        # printing the headline, the links home): found once per page, under a key of the reader's.
        self.memo: dict[Hashable, Any] = {}

    def mentions(self, *needles: str) -> bool:
        """Whether the page may hold any of these strings: a cheap test before a tree scan."""
        if self.has_char_refs:
            return True
        if not self.has_arabic and all(_arabic_needle(n) for n in needles):
            return False  # one scan of the source answers for every Persian needle
        # a page typed on an Arabic keyboard writes a Persian needle's ی and ک as ي and ك
        source = self._persian_lettered if self.arabic_forms else self.html
        return any(n in source for n in needles)

    @cached_property
    def _persian_lettered(self) -> str:
        """The source with an Arabic keyboard's ي ى ك read as Persian's ی ک (for `mentions`)."""
        return persian_letters(self.html)

    def may_match(self, pattern: re.Pattern[str], *, arabic: bool = False) -> bool:
        """Whether the page's source may hold text this pattern finds: a cheap test before a scan.
        ``arabic``: every match of the pattern holds a character of the Arabic block."""
        if self.has_char_refs:
            return True
        if arabic and not self.has_arabic:
            return False
        return pattern.search(self.html) is not None

    def xpath(self, expr: str, node: etree._Element | None = None) -> list[Any]:
        return compiled(expr)(self.root if node is None else node)

    def strings(self, expr: str) -> list[str]:
        """Text or attribute values an XPath selects, as plain strings."""
        return compiled(expr, smart_strings=False)(self.root)

    def css(self, css: str, node: etree._Element | None = None) -> list[etree._Element]:
        """Elements matching a CSS selector, in document order: exactly what the plain query gives.

        A CSS query is a scan of the whole tree, so the simplest selectors (cssplan) are answered
        from the class, id, attribute and tag indexes of the parsed tree instead; any other selector
        runs as the plain query, unless the tree lacks a class, id or attribute every match must carry.
        """
        if node is not None:
            return _translated(css, RELATIVE)(node)
        if not self._may_have(cssplan.needs(css)):
            return []
        plan = cssplan.plan(css)
        return _translated(css, DOCUMENT)(self.root) if plan is None else self._planned(plan)

    def _may_have(self, needs: cssplan.Needs) -> bool:
        """Whether the tree holds every class, id and attribute (with a value containing the
        needle) that any match of a selector must carry."""
        if not (all(self._class_holders(c) for c in needs.classes) and all(i in self._ids for i in needs.ids)):
            return False
        for name, needle in needs.attrs:
            if not self.holders(name)[0] or (needle and not self._any_value_holds(name, needle)):
                return False
        return True

    def _any_value_holds(self, name: str, needle: str) -> bool:
        """Whether some value of attribute ``name`` contains ``needle``: one search of all the values
        joined by newlines (a needle without a newline cannot match across two values)."""
        values = self.holders(name)[1]
        if "\n" in needle:
            return any(needle in v for v in values)
        joined = self._joined_values.get(name)
        if joined is None:
            joined = self._joined_values[name] = "\n".join(values)
        return needle in joined

    def _planned(self, plan: cssplan.Plan) -> list[etree._Element]:
        """A planned selector's matches. Started from its last step, the candidates that index gives
        are checked; started from an earlier step (`.tags li a`), only the subtrees of that step's
        outermost matches are searched, so each candidate is checked once and in document order."""
        start = plan.start
        last = len(plan.steps) - 1
        if start == last:
            return [el for el in self._candidates(plan.steps[last]) if plan.matches(el)]
        step = plan.steps[start]
        anchors = [el for el in self._candidates(step) if step.matches(el)]
        chosen = set(anchors)
        anchors = [el for el in anchors if not any(a in chosen for a in el.iterancestors())]
        tag = plan.steps[last].tag or etree.Element
        return [el for anchor in anchors for el in anchor.iter(tag) if el is not anchor and plan.matches(el)]

    def _candidates(self, step: cssplan.Compound) -> list[etree._Element]:
        """The elements that may match one step, in document order, from the cheapest index."""
        if step.ids:
            return self._ids.get(step.ids[0], [])
        if step.classes:
            return self._class_holders(step.classes[0])
        if step.attrs:
            return list(self.holders(step.attrs[0][0])[0])
        if step.tag is not None:
            return self.tagged(step.tag)
        return self.elements()

    def _class_holders(self, token: str) -> list[etree._Element]:
        """The elements carrying class ``token``, in document order. Looked up per token asked for
        (a page is asked a few dozen, mostly absent): one search of all class values joined answers
        for an absent token; a present one is looked for in the values that hold it."""
        found = self._by_class.get(token)
        if found is None:
            if token in self._class_tokens:
                tokens_of = cssplan.class_tokens
                found = [el for el, value in zip(*self.holders("class"), strict=True)
                         if token in value and token in tokens_of(value)]
            else:
                found = []
            self._by_class[token] = found
        return found

    @cached_property
    def _class_tokens(self) -> frozenset[str]:
        """Every class token of the page: one split of the values, where a search of them all per
        token asked for (a page is asked a few dozen) costs three times as much."""
        values = self.holders("class")[1]
        return frozenset(" ".join(values).split())

    def holders(self, name: str) -> tuple[list[etree._Element], list[str]]:
        """The elements carrying attribute ``name`` and its values, in document order: class and id
        from the walk over every element, any other name by one XPath per name and page. ``name``
        must be a plain name (cssplan.SAFE_NAME)."""
        found = self._holders_cache.get(name)
        if found is None:
            if name in _WALKED_ATTRIBUTES:
                _ = self._order  # fills class and id
                return self._holders_cache[name]
            values = compiled(f"//@{name}")(self.root)
            found = self._holders_cache[name] = ([v.getparent() for v in values], [str(v) for v in values])
        return found

    @cached_property
    def class_and_id(self) -> dict[etree._Element, tuple[str | None, str | None]]:
        """(class, id) of every element carrying either, from the walk's indexes: a lookup here is
        cheaper than two attribute reads on every element of a walk over the tree."""
        ids = dict(zip(*self.holders("id"), strict=True))
        named = {el: (cls, ids.pop(el, None)) for el, cls in zip(*self.holders("class"), strict=True)}
        named.update((el, (None, ident)) for el, ident in ids.items())
        return named

    def having(self, name: str, value: str) -> list[etree._Element]:
        """Elements whose attribute ``name`` is exactly ``value`` (XPath's `//*[@name='value']`)."""
        elements, values = self.holders(name)
        return [el for el, v in zip(elements, values, strict=True) if v == value]

    @cached_property
    def _ids(self) -> dict[str, list[etree._Element]]:
        """Id → elements in document order (duplicate ids included, unlike libxml2's id table)."""
        ids: dict[str, list[etree._Element]] = {}
        for el, value in zip(*self.holders("id"), strict=True):
            ids.setdefault(value, []).append(el)
        return ids

    @cached_property
    def _order(self) -> dict[etree._Element, int]:
        """Every element's document position (the generic searches that merge several lookups), and
        the class and id attributes (what `//@class` and `//@id` select), read on the way. The
        elements come from one `//*` XPath: libxml2 lists them far faster than a Python walk over
        the tree does."""
        elements = _ALL_ELEMENTS(self.root)
        for name in _WALKED_ATTRIBUTES:
            values = [el.get(name) for el in elements]
            self._holders_cache[name] = ([el for el, v in zip(elements, values, strict=True) if v is not None],
                                         [v for v in values if v is not None])
        return dict(zip(elements, range(len(elements)), strict=True))

    @cached_property
    def _tops(self) -> list[etree._Element]:
        """The top-level elements in document order: broken markup can leave libxml2 with a second
        <html> beside the first."""
        root = self.root
        tops = [*reversed(list(root.itersiblings(preceding=True))), root, *root.itersiblings()]
        return [node for node in tops if isinstance(node.tag, str)]

    def first_value(self, tag: str, name: str) -> str | None:
        """The first value of attribute ``name`` on a ``tag`` element (XPath's `//tag/@name`)."""
        return next((v for v in (el.get(name) for el in self.tagged(tag)) if v is not None), None)

    def own_texts(self, tag: str) -> list[str]:
        """The text nodes directly inside ``tag`` elements, in document order (`//tag/text()`)."""
        return [text for el in self.tagged(tag) for text in _OWN_TEXT(el)]

    def tagged(self, tag: str) -> list[etree._Element]:
        """The elements named ``tag`` in document order (`//tag`): lxml's C walk for one tag, which
        makes an element object only for a match (a page is asked for some eight tags: cheaper than
        one Python pass over every element's tag, and than an XPath)."""
        found = self._by_tag.get(tag)
        if found is None:
            found = self._by_tag[tag] = [el for top in self._tops for el in top.iter(tag)]
        return list(found)

    def elements(self) -> list[etree._Element]:
        """Every element of the document in document order, under every top-level element: broken
        markup can leave libxml2 with a second <html> beside the first, which XPaths starting with /
        search too, and so must the indexes built from this list."""
        return list(self._order)

    def named_like(self, class_parts: tuple[str, ...], id_parts: tuple[str, ...] = ()) -> list[etree._Element]:
        """Elements whose class (or id) contains one of these parts, ignoring case, in document order:
        contains(@class, …) for a whole family of template names without an XPath scan."""
        found: set[etree._Element] = set()
        self._add_named(found, class_parts, self._lowered_classes)
        if id_parts:
            self._add_named(found, id_parts, self._lowered_ids)
        return self.in_order(found)

    @staticmethod
    def _add_named(found: set[etree._Element], parts: tuple[str, ...],
                   lowered: tuple[str, list[int], list[list[etree._Element]]]) -> None:
        # Every distinct value lower-cased, one a line, searched once per part: str.find's scan is
        # several times faster than one pass of a regex alternation. A part holds no white space (the
        # callers name single class names and id words), so each match lies inside one value.
        joined, starts, carrying = lowered
        find = joined.find
        for part in parts:
            at = find(part)
            while at >= 0:
                found.update(carrying[bisect_right(starts, at) - 1])
                at = find(part, at + 1)

    @cached_property
    def _lowered_classes(self) -> tuple[str, list[int], list[list[etree._Element]]]:
        return _lowered(*self.holders("class"))

    @cached_property
    def _lowered_ids(self) -> tuple[str, list[int], list[list[etree._Element]]]:
        return _lowered(*self.holders("id"))

    def in_order(self, elements: Iterable[etree._Element]) -> list[etree._Element]:
        """These elements once each, in document order."""
        return sorted(set(elements), key=self._order.__getitem__)

    def position(self, el: etree._Element) -> int | None:
        """The element's place in document order (None for one not in this page's tree)."""
        return self._order.get(el)

    def between(self, first: etree._Element, last: etree._Element) -> list[etree._Element]:
        """The elements that open after ``first`` opens and before ``last`` does, in document order
        (``first``'s own descendants included)."""
        order = self._order
        start, end = order.get(first), order.get(last)
        if start is None or end is None or end <= start:
            return []
        return list(itertools.islice(order, start + 1, end))

    @cached_property
    def body_text(self) -> str:
        """Every text node below <body> (scripts and styles too) joined without separators: one
        string for a cheap search before any element-by-element one, of the part of the page where
        visible text is (the head's is its title and its scripts). libxml2's text serialisation of
        each outermost <body> gives what `//body//text()` joined gives, without a Python string per
        node (broken markup can leave a second <html> and <body> beside the first)."""
        return "".join(etree.tostring(body, method="text", encoding=str, with_tail=False)
                       for body in _OUTERMOST_BODIES(self.root))

    @cached_property
    def body_texts(self) -> list[Any]:
        """Every text node below <body> (lxml smart strings: getparent() reaches the element)."""
        return compiled("//body//text()")(self.root)

    def texts_containing(self, needles: tuple[str, ...]) -> list[Any]:
        """Text nodes below <body>, outside scripts and styles, holding one of the needles."""
        # one regex pass per text, not one scan per needle; on a page written with an Arabic keyboard's
        # letters, a needle in Persian letters finds them too
        search = _needles(needles, self.arabic_forms).search
        return [t for t in self.body_texts if search(t) is not None
                and (t.is_tail or t.getparent().tag not in ("script", "style"))]

    @staticmethod
    def holder(text: Any) -> etree._Element | None:
        """The element a text node belongs to (XPath's parent::*): a tail's is its element's parent."""
        el = text.getparent()
        return el.getparent() if text.is_tail and el is not None else el

    @cached_property
    def meta(self) -> dict[str, str]:
        """<meta name|property|itemprop=… content=…>, first non-empty value per lower-cased key."""
        out: dict[str, str] = {}
        for node in self.tagged("meta"):
            if node.get("content") is None:
                continue
            key = node.attrib.get("property") or node.attrib.get("name") or node.attrib.get("itemprop")
            value = (node.attrib.get("content") or "").strip()
            if key and value:
                out.setdefault(key.strip().lower(), value)
        return out

    @cached_property
    def jsonld(self) -> list[dict[str, Any]]:
        objs: list[dict[str, Any]] = []
        scripts = (el for el in self.tagged("script") if el.get("type") == "application/ld+json")
        for raw in (text for el in scripts for text in _OWN_TEXT(el)):
            try:
                objs.extend(_flatten_jsonld(json.loads(raw, strict=False)))
            except (ValueError, RecursionError):
                continue  # broken JSON-LD is common; the page still has its visible text
        return objs

    @cached_property
    def jsonld_article(self) -> dict[str, Any] | None:
        return self._first_jsonld(ARTICLE_TYPES)

    @cached_property
    def jsonld_web_page(self) -> dict[str, Any] | None:
        """The page's own WebPage object where its JSON-LD states no article: Yoast's graph on a site
        set to write no Article piece gives the post's dates there only."""
        return self._first_jsonld(WEB_PAGE_TYPES)

    def _first_jsonld(self, types: frozenset[str]) -> dict[str, Any] | None:
        """The first JSON-LD object of one of ``types``."""
        return next((obj for obj in self.jsonld if jsonld_types(obj) & types), None)

    @cached_property
    def declares_article(self) -> bool:
        """The page says it is an article: a JSON-LD article type, or og:type article."""
        art = self.jsonld_article
        if art and jsonld_types(art) & ARTICLE_TYPES:
            return True
        return self.meta.get("og:type", "").lower() == "article"

    @cached_property
    def declares_listing(self) -> bool:
        """The page's JSON-LD says it lists other pages (a CollectionPage, search results, a
        profile), or its og:type says it is a person's profile (an author's page: Yoast, Ghost), and
        it names no article: og:type says "article" on many a theme's every page."""
        types = self.jsonld_type_set
        profile = self.meta.get("og:type", "").strip().lower() == "profile"
        return bool(types & LISTING_TYPES or profile) and not types & ARTICLE_TYPES

    @cached_property
    def jsonld_type_set(self) -> frozenset[str]:
        """Every type the page's JSON-LD objects state."""
        return frozenset().union(*(jsonld_types(obj) for obj in self.jsonld))

    @cached_property
    def declares_site_own_page(self) -> bool:
        """The page's JSON-LD says it is one of the site's own pages or a work of reference
        (SITE_OWN_TYPES) and names no article beside."""
        types = self.jsonld_type_set
        return bool(types & SITE_OWN_TYPES) and not types & ARTICLE_TYPES

    @cached_property
    def cms_static_page(self) -> bool:
        """The CMS says the page is one of its static pages, not a post: WordPress's body classes
        `page page-id-N` (a post's are `single postid-N`), Drupal's `node-type-page` or
        `page-node-type-page` (its basic page, beside `node-type-article`). An about, contact,
        feeds or sign-in page; og:type says "article" on every page of many a theme."""
        classes = " ".join(filter(None, (el.get("class") for el in self.tagged("body"))))
        return bool(_STATIC_PAGE_CLASSES.search(classes)) and not _POST_CLASSES.search(classes)

    @cached_property
    def declares_no_story(self) -> bool:
        """The page's JSON-LD says it shows a thing that is no story (an event, a product, an ad, a
        job, the site's about or contact page), and neither it nor og:type names an article, nor the
        JSON-LD a review (a product's review is a story; a local paper's events plugin writes its
        Event alone on the story about the concert). og:type never vouches for an ad (AD_TYPES);
        og:type product says the page is a shop's, a forum's posting (DiscussionForumPosting) that
        it is a forum's thread, and a film's or a series' og:type (video.movie, video.tv_show) that
        it is the work's own page (cast, showtimes), where no review is stated."""
        types = self.jsonld_type_set
        if types & ARTICLE_TYPES - FORUM_TYPES:
            return False
        if types & FORUM_TYPES:
            return True  # a forum's thread (its first post may quote a story): readers' talk, no story
        og_type = self.meta.get("og:type", "").strip().lower()
        if og_type.startswith("product"):
            return True  # a shop's page (og:type product, product.item), its buyers' reviews or not
        if types & REVIEW_TYPES:
            return False
        if og_type in WORK_OG_TYPES:
            return True  # Open Graph says the page is a film's or a series' own
        if not types & NOT_STORY_TYPES:
            return False
        if types & (AD_TYPES | SITE_OWN_TYPES):
            return True
        # (a product's review nested under its `review`)
        return og_type != "article" and not any("review" in obj for obj in self.jsonld)

    @cached_property
    def base_url(self) -> str | None:
        href = self.first_value("base", "href")
        if href and self.url:
            return _join(self.url, href.strip()) or self.url
        return self.url

    def absolute(self, href: str | None) -> str | None:
        """Make an href absolute against the page; None for empty or non-http values."""
        if not href or not href.strip():
            return None
        href = href.strip()
        joined = _join(self.base_url, href) if self.base_url else href
        return joined if joined and _scheme(joined) in ("http", "https") else None

    @cached_property
    def canonical(self) -> str | None:
        """<link rel=canonical>, else og:url, made absolute."""
        return self.absolute(self._link_href(lambda rel: rel == "canonical")) or self.absolute(self.meta.get("og:url"))

    @cached_property
    def shortlink(self) -> str | None:
        """<link rel=shortlink> made absolute: WordPress's `/?p=<id>`, Drupal's `/node/<id>`, the article's
        number on a site whose own URLs carry none."""
        return self.absolute(self._link_href(lambda rel: "shortlink" in (rel or "").lower().split()))

    def _link_href(self, wanted: Callable[[str | None], bool]) -> str | None:
        """The href of the first <link> with an href whose rel value is ``wanted``."""
        return next((el.get("href") for el in self.tagged("link")
                     if el.get("href") is not None and wanted(el.get("rel"))), None)

    @cached_property
    def too_deep(self) -> bool:
        """Whether the parser stopped at its nesting limit (libxml2: 2048 levels with huge_tree):
        everything after that point of the page is missing from the tree."""
        depth = 0
        for event, _ in etree.iterwalk(self.root, events=("start", "end")):
            depth += 1 if event == "start" else -1
            if depth >= PARSER_DEPTH_LIMIT:
                return True
        return False

    @cached_property
    def html_lang(self) -> str:
        return str(next(iter(self.strings("/html/@lang")), "")).strip().lower()
