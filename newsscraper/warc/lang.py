"""`--lang fa`: is this archived page Persian or Dari? Decided before any HTML parse.

A page passes when it declares fa, fa-*, prs, pes or per (`<html lang>` / `xml:lang`, a
Content-Language header or `<meta http-equiv="content-language">`). Otherwise its text (markup,
scripts and styles left out; windows-1256 decoded like any other charset) must be mostly
Arabic-script letters, contain at least one of پ چ ژ گ (Arabic has none of them) and have under 1%
of its Arabic-script letters from Pashto's or Urdu's own alphabet. So a Persian page that wrongly
declares `lang="en"` still passes, and an Arabic, Pashto or Urdu page does not.

Most pages of a mixed archive are settled by a byte search: text holding پ چ ژ or گ holds their
UTF-8 bytes, so a UTF-8 page without them is out without decoding the rest of it.
"""

from __future__ import annotations

import re

from newsscraper.extract.decode import decode_html
from newsscraper.extract.language import DARI, PERSIAN, from_script, parse_tag

HEAD_BYTES = 16 * 1024  # declarations live in <html> and <head>

_HTML_LANG = re.compile(rb"<html\b[^>]*?\b(?:xml:)?lang\s*=\s*[\"']?\s*([^\"'\s>]+)", re.I)
_META_LANG = re.compile(rb"<meta\b[^>]*?http-equiv\s*=\s*[\"']?content-language[^>]*>", re.I)
_CONTENT = re.compile(rb"content\s*=\s*[\"']?\s*([^\"'\s>]+)", re.I)

_PERSIAN_LETTERS = "پچژگ"  # letters Arabic has not
_PERSIAN_UTF8 = tuple(c.encode("utf-8") for c in _PERSIAN_LETTERS)
_MARKUP = re.compile(r"<script\b.*?</script\s*>|<style\b.*?</style\s*>|<!--.*?-->|<[^>]*>", re.I | re.S)


def declared(body: bytes, content_language: str | None = None) -> list[str]:
    """The language tags the page declares, as the record's `language` reads them (`fa`, `fa-AF`, `en`)."""
    head = body[:HEAD_BYTES]
    values = [m.group(1) for m in _HTML_LANG.finditer(head)]
    values += [c.group(1) for m in _META_LANG.finditer(head) if (c := _CONTENT.search(m.group(0)))]
    raw = [v.decode("ascii", "replace") for v in values] + (content_language or "").split(",")
    return [tag for tag in map(parse_tag, raw) if tag]


def declares_persian(body: bytes, content_language: str | None = None) -> bool:
    """fa, fa-*, prs, pes or per (parse_tag turns each into fa or fa-AF)."""
    return any(tag in (PERSIAN, DARI) for tag in declared(body, content_language))


def persian_text(text: str) -> bool:
    """Holds پ چ ژ or گ, and its text outside markup is mostly Arabic-script letters with under 1% of
    Pashto- or Urdu-only ones: the extractor's own script reading (extract.language.from_script)."""
    if not any(c in text for c in _PERSIAN_LETTERS):
        return False
    return from_script(_MARKUP.sub(" ", text)) == PERSIAN


def is_persian(body: bytes, content_type: str | None = None, content_language: str | None = None) -> bool:
    """The `--lang fa` rule for one page's bytes."""
    if declares_persian(body, content_language):
        return True
    if body.isascii():
        return False
    if not any(seq in body for seq in _PERSIAN_UTF8):
        # No Persian letter in UTF-8: out, unless the page is in another charset (windows-1256).
        text, encoding = decode_html(body, content_type)
        return encoding != "utf-8" and persian_text(text)
    return persian_text(decode_html(body, content_type)[0])
