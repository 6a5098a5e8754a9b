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

PERSIAN_TAGS = frozenset({"fa", "prs", "pes", "per"})
HEAD_BYTES = 16 * 1024  # declarations live in <html> and <head>

_HTML_LANG = re.compile(rb"<html\b[^>]*?\b(?:xml:)?lang\s*=\s*[\"']?\s*([A-Za-z]{2,3})\b", re.I)
_META_LANG = re.compile(rb"<meta\b[^>]*?http-equiv\s*=\s*[\"']?content-language[^>]*>", re.I)
_CONTENT = re.compile(rb"content\s*=\s*[\"']?\s*([A-Za-z]{2,3})\b", re.I)

_PERSIAN_LETTERS = "پچژگ"
_PERSIAN_UTF8 = tuple(c.encode("utf-8") for c in _PERSIAN_LETTERS)
_MARKUP = re.compile(r"<script\b.*?</script\s*>|<style\b.*?</style\s*>|<!--.*?-->|<[^>]*>", re.I | re.S)
_ARABIC_SCRIPT = re.compile("[\u0620-\u064a\u066e-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06ff\u0750-\u077f"
                            "\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_OTHER_LETTERS = re.compile(r"[^\W\d_]")  # any letter; Arabic-script ones are taken off below
# Letters of Pashto's and Urdu's alphabets that Persian does not use.
PASHTO_ONLY = "ټځڅډړږښګڼېۍ"
URDU_ONLY = "ٹڈڑںھہۂۃےۓ"
_NOT_PERSIAN = re.compile(f"[{PASHTO_ONLY}{URDU_ONLY}]")


def declared(body: bytes, content_language: str | None = None) -> list[str]:
    """The primary language subtags the page declares (lower case), in the order found."""
    head = body[:HEAD_BYTES]
    tags = [m.group(1) for m in _HTML_LANG.finditer(head)]
    tags += [c.group(1) for m in _META_LANG.finditer(head) if (c := _CONTENT.search(m.group(0)))]
    out = [t.decode("ascii").lower() for t in tags]
    if content_language:
        out += [part.strip().split("-")[0].lower() for part in content_language.split(",") if part.strip()]
    return out


def declares_persian(body: bytes, content_language: str | None = None) -> bool:
    return any(tag in PERSIAN_TAGS for tag in declared(body, content_language))


def persian_text(text: str) -> bool:
    """Mostly Arabic-script, with پ چ ژ or گ, under 1% Pashto/Urdu-only letters."""
    if not any(c in text for c in _PERSIAN_LETTERS):
        return False
    text = _MARKUP.sub(" ", text)
    arabic = len(_ARABIC_SCRIPT.findall(text))
    letters = len(_OTHER_LETTERS.findall(text))
    if not arabic or arabic * 2 <= letters:
        return False
    return len(_NOT_PERSIAN.findall(text)) * 100 < arabic


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
