"""Field readers: each takes a Page (and a Profile) and returns raw values for the loader.

Profile selectors are tried first; the generic reading (JSON-LD, meta, Persian markers, text
density) is the fallback for every field, and the only reading for sites without a profile.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from lxml import etree

from newsscraper.extract import markers
from newsscraper.extract.blocks import Block, iter_blocks
from newsscraper.extract.content import (
    Finding,
    find_content,
    furniture_inside,
    is_furniture_line,
    link_list_lines,
    opens_other_stories,
    text_spine,
)
from newsscraper.extract.page import Page, text_of
from newsscraper.extract.profiles import Profile
from newsscraper.extract.sitename import ORG_PREFIXES, SiteName, host_name, site_names, strip_site_name
from newsscraper.extract.urlid import news_id_from_url
from newsscraper.extract.wordcount import WORD, count_words
from newsscraper.jalali import find_date, may_hold_numeric_date
from newsscraper.persian import normalize_line, to_ascii_digits

_EXCERPT_END = re.compile(r"(?:\.\.\.|…|\[…\]|\[\.\.\.\])\s*$")
# Containers that never hold the article's own headline, date or text.
_CHROME_TAGS = frozenset({"header", "nav", "footer", "aside", "form"})
_CHROME_CLASS = re.compile(r"header|navbar|nav-bar|menu|today|clock|top-?bar|footer|sidebar|ticker|"
                           r"related|breadcrumb|widget|most-|popular|latest|comment")
ID_META_KEYS = ("nastooh:code", "nastooh:nid", "news_id", "newsid", "article:id",
                "cxenseparse:recs:articleid")


def words(text: str | None) -> list[str]:
    return WORD.findall(text or "")


def first_text(page: Page, selectors: Iterable[str]) -> tuple[str, etree._Element] | None:
    for css in selectors:
        for node in page.css(css):
            text = text_of(node)
            if text:
                return text, node
    return None


def all_texts(page: Page, selectors: Iterable[str]) -> list[str]:
    """Texts of every match of the first selector that matches anything."""
    for css in selectors:
        texts = [t for t in (text_of(n) for n in page.css(css)) if t]
        if texts:
            return texts
    return []


def _in_chrome(node: etree._Element) -> bool:
    """Inside a header, nav, footer, aside, form, or an element whose class names page chrome."""
    for el in (node, *node.iterancestors()):
        if el.tag in _CHROME_TAGS or _CHROME_CLASS.search(f"{el.get('class', '')} {el.get('id', '')}".lower()):
            return True
    return False


# ---------------------------------------------------------------- headline, surtitle, lead

def _title_candidates(page: Page) -> list[str]:
    return [t for t in (page.meta.get("og:title"), next(iter(page.own_texts("title")), None)) if t]


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
    is_site = SiteName(site_names(page, known_names), host_name(page.url or page_canonical(page)))
    titles = [strip_site_name(t, is_site) for t in _title_candidates(page)]
    titles = [t for t in titles if t]
    # itemprop=headline only where the source names it: an attribute test visits every element.
    nodes = page.tagged("h1")
    if "headline" in page.html:
        nodes = page.in_order([*nodes, *(el for el in page.having("itemprop", "headline") if el.tag != "meta")])
    h1s = [(text_of(n), n) for n in nodes]
    h1s = [(t, n) for t, n in h1s if t and not _in_chrome(n) and not is_site.exactly(t)]
    if len(h1s) == 1 or (h1s and not titles):
        return h1s[0][0], False
    if h1s:
        best = max(h1s, key=lambda tn: max(_overlap(tn[0], t) for t in titles))
        if max(_overlap(best[0], t) for t in titles) > 0.3:
            return best[0], False
    if titles:
        return titles[0], True
    return None, False


_REL_PAGE = re.compile(r"""rel\s*=\s*["']?\s*(?:next|prev)""")


def is_paginated(page: Page) -> bool:
    """The page links a previous or next page of its own: the mark of a listing's page 2, 3, …"""
    return page.may_match(_REL_PAGE) and any(
        el.tag in ("link", "a") for el in (*page.having("rel", "next"), *page.having("rel", "prev")))


_SURTITLE_CLASSES = ("rutitr", "kicker", "uptitle", "surtitle", "pretitle", "rotitr")


def read_surtitle(page: Page, profile: Profile) -> str | None:
    if profile.surtitle:
        found = first_text(page, profile.surtitle)
        return found[0] if found else None
    for node in page.named_like(_SURTITLE_CLASSES):
        text = text_of(node)
        if text and count_words(text) <= 20 and not _in_chrome(node):
            return text
    return None


_LEAD_CSS = (".lead", ".news-lead", "[class*='news-lead']", "[class*='subtitle'] h2",
             "h2[class*='subtitle']", "p.summary", ".summary", ".introtext", ".intro-text", ".abstract",
             ".news-summary", ".article-lead", ".post-lead", ".chapeau",
             "[itemprop='description']:not(meta)")


def read_lead(page: Page, profile: Profile) -> tuple[str | None, etree._Element | None]:
    """(lead text, its element) — an auto-excerpt ending in «...» is not a lead."""
    # A profile that names its lead element means: no such element, no lead.
    found = first_text(page, profile.lead) if profile.lead else first_text(page, _LEAD_CSS)
    if not found:
        return None, None
    text, node = found
    if _EXCERPT_END.search(text) or count_words(text) < 4 or _in_chrome(node):
        return None, node
    return text, node


# ---------------------------------------------------------------- body

_GENERIC_BODY_CSS = ("[itemprop='articleBody']", "#article-content .wsw", ".entry-content",
                     ".post-content", ".article-body", ".news-text", ".story-body", ".content-body")


def body_containers(page: Page, profile: Profile,
                    headline: str | None = None) -> tuple[list[etree._Element], Finding | None]:
    """The profile's body element (no finding: the profile names the text), else a generic body
    hint the finder agrees with, else the main-content finder's blocks."""
    for css in profile.body:
        nodes = _outermost(page.css(css))
        if any("".join(n.itertext()).strip() for n in nodes):
            return nodes, None
    finding = find_content(page.root, page.html_lang, headline)
    found = finding.text_chars(finding.containers)
    for css in _GENERIC_BODY_CSS:
        nodes = [n for n in _outermost(page.css(css)) if "".join(n.itertext()).strip()]
        agreed = [n for n in nodes if any(_overlaps(n, c) for c in finding.containers)]
        # A hint that also marks a related list's teasers keeps the matches the finder agrees with;
        # one the finder disagrees with must hold at least half the finder's text (not a stub).
        if agreed or (len(nodes) == 1 and finding.text_chars(nodes) >= 0.5 * found):
            return agreed or nodes, finding
    return finding.containers, finding


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


def read_body(page: Page, profile: Profile, lead: str | None, exclude: Iterable[etree._Element | None] = (),
              headline: str | None = None) -> tuple[BodyReading, list[etree._Element]]:
    containers, finding = body_containers(page, profile, headline)
    blocks: list[Block] = []
    left_out = furniture_inside(finding, containers) if finding else []
    skip = _excluded(page, profile, exclude) + left_out
    keep = text_spine(finding, containers) if finding else []
    for container in containers:
        blocks.extend(iter_blocks(container, skip, keep))
    reading = clean_blocks(blocks, lead, headline)
    reading.left_out = left_out
    return reading, containers


def clean_blocks(blocks: list[Block], lead: str | None, headline: str | None = None) -> BodyReading:
    """Drop markers, ID lines, comment forms, read-more inserts, teasers and repeated leads."""
    reading = BodyReading()
    norm = [normalize_line(b.text) for b in blocks]
    total = sum(len(n) for n in norm) or 1
    reading.link_share = sum(b.link_chars for b in blocks) / total
    lead_tokens = words(normalize_line(lead)) if lead else []
    after_read_more = False
    link_lines = link_list_lines(blocks)
    for i, (block, text) in enumerate(zip(blocks, norm, strict=True)):
        if not text:
            continue
        marker = markers.footer_marker(text)
        if marker or markers.starts_with_marker(text):
            reading.marker = marker or (text, None)
            break
        if markers.is_boilerplate_line(text):
            after_read_more = bool(markers.READ_MORE.match(text))
            continue
        if is_furniture_line(text) or i in link_lines:
            after_read_more = after_read_more or opens_other_stories(text)
            continue
        mostly_link = block.link_chars >= 0.8 * len(text.replace(" ", ""))
        if after_read_more and mostly_link:
            continue
        after_read_more = False
        first = not reading.paragraphs
        if first and (markers.is_meta_line(text) or _date_line(text)):
            continue  # the date, views or reading-time line a template prints above the text
        # Words only where a test needs them: before the first paragraph, and for excerpt teasers.
        excerpt = _EXCERPT_END.search(text) is not None
        tokens = words(text) if excerpt or (first and (lead_tokens or headline)) else []
        if lead_tokens and first and _same_start(tokens, lead_tokens, whole=True):
            continue  # the lead, repeated as the first paragraph
        if first and headline and tokens == words(normalize_line(headline)):
            continue  # the headline, inside the block that holds the text
        if excerpt and any(_same_start(tokens, words(n)) for n in norm[i + 1:]):
            continue  # an auto-excerpt teaser of the paragraphs that follow
        reading.paragraphs.append(block.text)
    while reading.paragraphs and markers.STAFF_CODE.match(reading.paragraphs[-1].strip()):
        reading.paragraphs.pop()  # a bare staff / editor number closing the text
    return reading


_SENTENCE_END = (".", "؟", "?", "!", "»", "”")


def _date_line(text: str) -> bool:
    """A short line printing a Jalali date and no sentence (a dateline opening a paragraph runs on)."""
    return (count_words(text, by_space=True) <= markers.MAX_META_WORDS and not text.rstrip().endswith(_SENTENCE_END)
            and find_date(text) is not None)


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
    words = ("انتهای", "انتهاي", "پایان", "پايان")
    nodes = [t for t in page.texts_containing(words) if len(" ".join(t.split())) < 40]
    for node in nodes:
        marker = markers.footer_marker(normalize_line(str(node)))
        if marker:
            return marker
    return None


# ---------------------------------------------------------------- IDs, dates, labels

# text()[…] tests every text node of an element; contains(text(), …) would see only the first.
_ID_LABELS = ("کد خبر", "كد خبر", "کد مطلب", "كد مطلب", "شناسه خبر", "کدخبر", "كدخبر")


def read_news_id(page: Page, profile: Profile) -> str | None:
    for text in all_texts(page, profile.news_id):
        found = markers.news_id_in(normalize_line(text))
        if found:
            return found
    labelled = page.texts_containing(_ID_LABELS) if page.mentions(*_ID_LABELS) else []
    for node in dict.fromkeys(h for h in map(page.holder, labelled) if h is not None):
        parent = node.getparent()
        for scope in (node,) if parent is None else (node, parent):
            found = markers.news_id_in(normalize_line(text_of(scope)))
            if found:
                return found
    for key in ID_META_KEYS:
        value = to_ascii_digits(page.meta.get(key.lower(), ""))
        if value.isdigit():
            return value
    for url in (page.url, page_canonical(page)):
        found = news_id_from_url(url)
        if found:
            return found
    return None


_DATE_LABELS = ("تاریخ انتشار", "تاريخ انتشار", "تاریخ:", "تاريخ:", "زمان انتشار", "زمان:", "انتشار:")
_DATE_CLASSES = ("date", "time", "publish", "tarikh")


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
    """Elements with a short text (under 80 characters once white space is collapsed as XPath's
    normalize-space() does) that may print a Jalali year; the first 40."""
    texts = [t for t in page.texts_containing(_YEAR_DIGITS)
             if len(" ".join(w for w in _XML_SPACE.split(t) if w)) < _SHORT_TEXT]
    return _holding(page, texts)[:40]


def visible_date_texts(page: Page, profile: Profile, article: Iterable[etree._Element] = ()) -> Iterator[str]:
    """Candidate texts holding the article's printed date, best first, produced lazily: the
    costlier generic searches run only when the profile's date element finds nothing. None on a
    page without Arabic script whose text holds no numeric Jalali date find_date could read."""
    if not (page.has_arabic or page.has_char_refs) and not may_hold_numeric_date(page.all_text):
        return
    for text in all_texts(page, profile.date):
        yield _shown(text)
    for node in _date_elements(page):
        if not _in_chrome(node):
            yield _shown(text_of(node))
    for node in _date_labelled(page):
        if not _in_chrome(node):
            yield _shown(text_of(node))
    # The first words of the article container itself (datelines such as «تهران - ۲۴ مهر ۱۳۹۶»).
    for el in article:
        yield " ".join("".join(el.itertext()).split()[:40])
    # Last resort: any short text outside page chrome that prints a Jalali year.
    for node in _year_texts(page):
        if not _in_chrome(node):
            yield _shown(" ".join(t for t in node.itertext() if t))


def _shown(text: str) -> str:
    """White space collapsed as a browser shows it; published_raw keeps what a reader sees."""
    return " ".join(text.split())


def page_canonical(page: Page) -> str | None:
    return page.canonical


# «برچسب‌ها:», «کلیدواژه‌ها:», «Tags:» … opening a tags element's text, and what separates its tags.
_TAG_LABEL = re.compile(r"^\s*(?:برچسب|کلید[\s\u200c]?واژه|واژه[\s\u200c]?های[\s\u200c]?کلیدی|تگ|tags?|keywords?)"
                        r"(?:[\s\u200c]?ها)?\s*[:：]\s*", re.IGNORECASE)
_TAG_SEPARATOR = re.compile(r"\s*[,،;؛|•·\n]\s*|\s+(?=#)")
_TAG_CLASSES = ("tags", "tag-list", "taglist", "tagcloud", "keywords", "news-tag", "post-tag")
_TAG_LABELS = ("برچسب", "كلیدواژه", "کلیدواژه", "کلید واژه", "تگ‌ها", "تگ ها")


def split_tags(text: str) -> list[str]:
    """One element's text → its tags: the label taken off, split at commas («،» too), semicolons,
    bars, bullets, line breaks and before each #."""
    parts = _TAG_SEPARATOR.split(_TAG_LABEL.sub("", text.strip()))
    return [t for t in (p.strip().lstrip("#").strip() for p in parts) if t and not _TAG_LABEL.match(t + ":")]


def _tags_of(nodes: Iterable[etree._Element]) -> list[str]:
    """Each element's links are its tags, else its list items; an element with neither holds them as text."""
    tags: list[str] = []
    for node in nodes:
        texts = [t for t in map(text_of, node.iter("a")) if t] or [t for t in map(text_of, node.iter("li")) if t]
        texts = texts or [text_of(node)]
        tags.extend(tag for text in texts for tag in split_tags(text))
    return tags


def _tag_link(a: etree._Element) -> bool:
    """`a[@rel='tag' or contains(@href, '/tag/') or contains(@href, '/tags/') or contains(@href, '/keyword/')]`"""
    if a.get("rel") == "tag":
        return True
    href = a.get("href")
    return href is not None and ("/tag/" in href or "/tags/" in href or "/keyword/" in href)


def _generic_tag_elements(page: Page) -> Iterator[list[etree._Element]]:
    """Candidates on pages without a profile, best first: tag links, elements named for tags, the
    element holding a «برچسب‌ها:» label."""
    yield [n for n in page.tagged("a") if _tag_link(n) and not _in_chrome(n)]
    for node in page.named_like(_TAG_CLASSES, ("tags", "keywords")):
        parent = node.getparent()  # an article's <footer class="tags"> is not page chrome
        if parent is not None and not _in_chrome(parent):
            yield [node]
    if page.mentions(*_TAG_LABELS):
        for text in page.texts_containing(_TAG_LABELS):
            holder = page.holder(text)
            if holder is not None and not _in_chrome(holder) and len(str(text).strip()) < 300:
                # A label in an element of its own (<span>برچسب‌ها:</span>) names its parent's tags.
                label_only = not split_tags(str(text)) and len(text_of(holder)) <= len(str(text).strip())
                parent = holder.getparent()
                yield [parent if label_only and parent is not None else holder]


def read_tags(page: Page, profile: Profile) -> list[str]:
    """Tags as a list of separate tags, however the page writes them (links, or one text)."""
    tags: list[str] = []
    for css in profile.tags:
        tags = _tags_of(page.css(css))
        if tags:
            break
    if not tags:
        for nodes in _generic_tag_elements(page):
            tags = _tags_of(nodes)
            if tags:
                break
    if not tags:
        tags = split_tags(page.meta.get("news_keywords") or page.meta.get("keywords") or "")
    return [t for t in tags if len(t) <= 80]


def read_section(page: Page, profile: Profile) -> str | None:
    texts = all_texts(page, profile.section)
    if texts:
        return texts[-1] if len(texts) > 1 and "breadcrumb" in " ".join(profile.section) else texts[0]
    art = page.jsonld_article or {}
    value: Any = art.get("articleSection")
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, str) and value.strip():
        return value
    return page.meta.get("article:section") or page.meta.get("og:article:section") or _breadcrumb_section(page)


_HOME = ("خانه", "صفحه اصلی", "صفحه نخست", "اصلی", "home")
_BREADCRUMB_CSS = (".breadcrumb a", ".breadcrumbs a", "[itemtype*='BreadcrumbList'] a", "nav[aria-label] ol a")


def _breadcrumb_section(page: Page) -> str | None:
    """The last category link of a breadcrumb trail (the home link and the article itself skipped)."""
    for text in reversed(all_texts(page, _BREADCRUMB_CSS)):
        if normalize_line(text).lower() not in _HOME and count_words(text) <= 6:
            return text
    return None


_AUTHOR_CSS = ("[itemprop='author'] [itemprop='name']", "a[rel~='author']", ".byline .author", "span.author",
               ".author-name", "[itemprop='author']:not(meta)")
_EDITOR_LABEL = re.compile(r"^(?:دبیر|سردبیر|ویراستار|مترجم|ویرایش)")


def read_authors(page: Page, profile: Profile, site_names: Iterable[str]) -> list[str]:
    # Editors (دبیر، سردبیر، ویراستار) are named beside reporters but did not write the piece.
    texts = all_texts(page, profile.authors or _AUTHOR_CSS)
    names = [re.sub(r"^(?:خبرنگار|نویسنده|گزارش|عکاس)\s*[:：]?\s*", "", t)
             for t in texts if not _EDITOR_LABEL.match(normalize_line(t))]
    art = page.jsonld_article or {}
    people = art.get("author")
    for person in people if isinstance(people, list) else [people]:
        if isinstance(person, dict) and "Person" in str(person.get("@type", "")):
            name = person.get("name")
            if isinstance(name, str):
                names.append(name)
    blocked = {normalize_line(n) for n in site_names if n}
    return [n for n in names if n and normalize_line(n) not in blocked
            and not normalize_line(n).startswith(ORG_PREFIXES) and count_words(n) <= 6]
