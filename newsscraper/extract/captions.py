"""Captions inside the chosen body blocks that no class names: the text printed with a picture.

Five markup patterns any CMS or hand-written page emits: a line that repeats the image's alt text
(the caption set beside a bare <img>, a teaser's title under its picture), a line set in italics
right after the image (`<img><center><em>…</em></center>`, `<img><br><i>…</i>`), a short centred
line right after a centred image (what the editors of CKEditor and TinyMCE make of a caption:
`<p style="text-align: center"><img></p><p style="text-align: center">…</p>`), a line that
shares a wrapper with the image and nothing else (WordPress's `<div><img><p>…</p></div>` caption,
whatever its classes; the picture linked or set in a <picture>), and the line of a table that holds
the image and nothing else (an older template's photo box set in the text's cell).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lxml import etree

from newsscraper.extract.blocks import BLOCK_TAGS
from newsscraper.extract.wordcount import WORD, count_words
from newsscraper.persian import normalize_line

# An image's alt text this many words long, repeated as a line beside it, is its caption; a shorter
# one ("Keyboard") may be the subheading the picture illustrates.
CAPTION_MIN_WORDS = 3
# A line this long that is the alt text less its last one or two words is the caption too.
ALT_PREFIX_MIN_WORDS = 6
ALT_EXTRA_WORDS = 2
# An italic line after a picture longer than this is an editor's note or a quote, not a caption.
ITALIC_CAPTION_MAX_CHARS = 250
# A line sharing a wrapper only with a picture, longer than this, is text set beside it, not a caption.
WRAPPED_CAPTION_MAX_WORDS = 40
# A centred line after a centred picture longer than this is text set out, not a caption.
CENTRED_CAPTION_MAX_WORDS = 25
# Elements without text a caption may lie past, after its picture (the other pictures of a run).
CAPTION_REACH = 8
# Icons and emoji set as images (an <img> this small) caption nothing.
ICON_MAX_PIXELS = 48
_ITALIC = frozenset({"em", "i"})
# What wraps a picture and prints nothing of its own (libxml2's HTML parser, which does not know
# <source> is empty, nests a <picture>'s <img> inside its <source>).
_PICTURE_HOLDERS = frozenset({"a", "picture", "source"})
_SILENT = frozenset({"br", "img", "picture", "source", "noscript", "script", "style"})


def image_texts(containers: Iterable[etree._Element]) -> frozenset[tuple[str, ...]]:
    """The words of the alt texts of the images in ``containers``: a line that repeats one is the
    picture's caption (or, under a teaser's picture, the teaser's title), not the story's text."""
    out = set()
    for container in containers:
        for img in container.iter("img"):
            text = normalize_line(img.get("alt") or "").lower()
            alt = WORD.findall(text)
            if len(alt) >= CAPTION_MIN_WORDS:
                out.add(tuple(alt))
            # the alt may add a word or two to the caption ("… look good image", "… Getty Images")
            for cut in range(1, ALT_EXTRA_WORDS + 1):
                if len(alt) - cut >= ALT_PREFIX_MIN_WORDS:
                    out.add(tuple(alt[:-cut]))
            # … or a sentence or two: the credit after the caption ("… 2019. Photo: Jane Roe, AP / …")
            opening: list[str] = []
            for part in _ALT_SENTENCES.split(text)[:-1]:
                opening += WORD.findall(part)
                if len(opening) >= ALT_PREFIX_MIN_WORDS:
                    out.add(tuple(opening))
            # … or cut short where the page shortens it ("… concept vehicle at ... more"): the whole
            # alt, marked as one whose openings only a line cut short may repeat (is_caption)
            if len(alt) > TRUNCATED_MIN_WORDS:
                out.add((CUT, *alt))
    return frozenset(out)


# Where an alt text's sentences, or its credit, part: after a sentence's end, or at a spaced bar or slash.
_ALT_SENTENCES = re.compile(r"(?<=[.!?؟])\s+|\s+[|/]\s+")
# The toggle a long caption ends with where the page shortens it ("… less", «… بیشتر»): not its words.
CAPTION_TOGGLES = frozenset({"less", "more", "expand", "collapse", "بیشتر", "کمتر"})
# A line repeating this many opening words of an alt text, and cut short there, is its caption.
TRUNCATED_MIN_WORDS = 8
CUT = "…"  # marks, in image_texts' set, an alt whose openings a line cut short may repeat (no word is "…")
_CUT_END = re.compile(r"(?:\.\.\.|…)\s*\w*\s*$")


def is_caption(tokens: tuple[str, ...], captions: frozenset[tuple[str, ...]], cut: bool = False) -> bool:
    """Whether a line's words (lower-cased) repeat an image's alt text (image_texts), perhaps with
    the caption's toggle after them. ``cut``: the line ends as a shortened text does (an ellipsis,
    or the toggle), and may then repeat only an opening of the alt."""
    if tokens in captions:
        return True
    toggled = len(tokens) > 1 and tokens[-1] in CAPTION_TOGGLES
    if toggled and tokens[:-1] in captions:
        return True
    if not (cut or toggled):
        return False
    opening = tokens[:-1] if toggled else tokens
    n = len(opening)
    return n >= TRUNCATED_MIN_WORDS and any(
        alt[0] == CUT and len(alt) > n + 1 and alt[1:n + 1] == opening for alt in captions)


def cut_short(text: str) -> bool:
    """A line ending as a text the page shortened does: "…", "...", perhaps before a toggle word."""
    return _CUT_END.search(text) is not None


def picture_captions(containers: Iterable[etree._Element]) -> list[etree._Element]:
    """Elements right after a picture (nothing but breaks between) whose whole text is in italics,
    that are short and centred as the picture is, or that end a wrapper holding only the picture
    and them."""
    out: list[etree._Element] = []
    for container in containers:
        centred_text: bool | None = None  # whether the text itself is set centred (found when first asked)
        for img in container.iter("img"):
            if _icon(img):
                continue
            after = _next_with_text(img, container)
            if after is None:
                continue
            if ((_all_italic(after) and _ends_line(after)) or _wrapped_with(after, img, container)
                    or _boxed_with(after, img, container)):
                out.append(after)
            elif _centred_under(after, img, container):
                if centred_text is None:
                    centred_text = _text_centred(container)
                if not centred_text:
                    out.append(after)
    return out


def _wrapped_with(line: etree._Element, img: etree._Element, container: etree._Element) -> bool:
    """``line`` is the last element of the image's own wrapper, which holds no other text, and it is
    caption-short: the wrapper is a figure in all but name (the image may be linked, or set in a
    <picture>: the wrapper is then the link's)."""
    if _floated(img):
        return False  # text flows around a floated picture: the paragraph it is set in, no caption
    wrapper = img.getparent()
    while wrapper is not None and wrapper.tag in _PICTURE_HOLDERS and not "".join(wrapper.itertext()).strip():
        wrapper = wrapper.getparent()
    if wrapper is None or wrapper is container or line.getparent() is not wrapper or line.getnext() is not None:
        return False
    text = "".join(line.itertext())
    return _chars("".join(wrapper.itertext())) == _chars(text) and count_words(text) <= WRAPPED_CAPTION_MAX_WORDS


def _boxed_with(line: etree._Element, img: etree._Element, container: etree._Element) -> bool:
    """``line`` is the text of a table that holds the picture and nothing else, caption-short: an
    older template's photo box (`<table align="right"><tr><td><img></td></tr><tr><td>caption</td>
    </tr></table>` set in the text's cell)."""
    box = next((a for a in img.iterancestors("table", "td", "body") if a.tag == "table"), None)
    if box is None or not any(a is container for a in box.iterancestors()):
        return False
    if sum(1 for i in box.iter("img") if not _icon(i)) != 1 or not any(a is box for a in line.iterancestors()):
        return False
    text = "".join(line.itertext())
    return _chars("".join(box.itertext())) == _chars(text) and count_words(text) <= WRAPPED_CAPTION_MAX_WORDS


_FLOAT = re.compile(r"float\s*:\s*(?:left|right)", re.IGNORECASE)


def _floated(img: etree._Element) -> bool:
    """The picture is set to the side for text to flow around it (`align="left"`, `float: right`)."""
    return (img.get("align") or "").lower() in ("left", "right") or _FLOAT.search(img.get("style") or "") is not None


def _centred_under(line: etree._Element, img: etree._Element, container: etree._Element) -> bool:
    """``line`` is a short block set centred, under a picture set centred: a caption as an editor
    lays it out. A sentence's end (a full stop) makes it text: a caption rarely closes with one."""
    if line.tag not in BLOCK_TAGS or not _centred(line, container) or not _centred(img, container):
        return False
    text = " ".join("".join(line.itertext()).split())
    return count_words(text) <= CENTRED_CAPTION_MAX_WORDS and not text.endswith((".", "!", "؟", "?", ":"))


def _text_centred(container: etree._Element) -> bool:
    """Whether half the paragraphs of text or more are set centred: then a centred line says
    nothing of a caption (a post set centred throughout)."""
    texts = [p for p in container.iter("p") if "".join(p.itertext()).strip()]
    return sum(_centred(p, container) for p in texts) * 2 >= len(texts)


def _centred(el: etree._Element, container: etree._Element) -> bool:
    """Set centred by the element or a wrapper inside the container (`style="text-align: center"`,
    `align="center"`, `<center>`)."""
    node: etree._Element | None = el
    while node is not None and node is not container:
        if node.tag == "center" or (node.get("align") or "").lower() == "center":
            return True
        style = (node.get("style") or "").lower()
        if "center" in style and _CENTRED_STYLE.search(style):
            return True
        node = node.getparent()
    return False


_CENTRED_STYLE = re.compile(r"text-align\s*:\s*center")


def _icon(img: etree._Element) -> bool:
    sizes = [img.get("width", ""), img.get("height", "")]
    return any(s.isdigit() and int(s) <= ICON_MAX_PIXELS for s in sizes) or "emoji" in img.get("class", "")


def _next_with_text(node: etree._Element, container: etree._Element) -> etree._Element | None:
    """The first element after ``node`` in reading order that holds text, within ``container``, past
    at most CAPTION_REACH elements without text (the pictures after it in a gallery's run: the last
    of them finds the caption all the same); None when text (a tail) comes first."""
    passed = 0
    while node is not container:
        if node.tail and node.tail.strip():
            return None
        sib = node.getnext()
        if sib is None:
            node = node.getparent()
            if node is None:
                return None
            continue
        if isinstance(sib.tag, str) and sib.tag not in _SILENT and "".join(sib.itertext()).strip():
            return sib
        passed += 1
        if passed > CAPTION_REACH:
            return None  # a run of a thousand pictures would otherwise be walked from each of them
        node = sib
    return None


def _ends_line(el: etree._Element) -> bool:
    """A block ends its line; an inline element does when no text follows it before a break."""
    if el.tag in BLOCK_TAGS:
        return True
    if el.tail and el.tail.strip():
        return False
    after = el.getnext()
    return after is None or after.tag in BLOCK_TAGS


def _all_italic(el: etree._Element) -> bool:
    """Whether all of ``el``'s text sits in italics, and it is caption-short."""
    text = "".join(el.itertext()).strip()
    if not text or len(text) > ITALIC_CAPTION_MAX_CHARS:
        return False
    if el.tag in _ITALIC:
        return True
    outermost = (i for i in el.iter(*_ITALIC) if not _inside_italic(i, el))
    italic = sum(_chars("".join(i.itertext())) for i in outermost)
    return italic == _chars(text)


def _inside_italic(node: etree._Element, top: etree._Element) -> bool:
    up = node.getparent()
    while up is not None and up is not top:
        if up.tag in _ITALIC:
            return True
        up = up.getparent()
    return False


def _chars(text: str) -> int:
    return len("".join(text.split()))
