"""Persian text normalisation: pure functions implementing the text policy
of docs/field-rules.md.

Pages mix Arabic and Persian code points (ي/ی, ك/ک), three digit sets and a zoo of invisible
characters. Everything here is idempotent and keeps the zero-width non-joiner (ZWNJ, U+200C)
inside words, because dropping it changes how a Persian word is written (می‌شود → میشود).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

ZWNJ = "\u200c"
TATWEEL = "\u0640"

PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
ARABIC_INDIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
ASCII_DIGITS = "0123456789"

_TO_ASCII = str.maketrans(PERSIAN_DIGITS + ARABIC_INDIC_DIGITS, ASCII_DIGITS * 2)
_TO_PERSIAN = str.maketrans(ASCII_DIGITS + ARABIC_INDIC_DIGITS, PERSIAN_DIGITS * 2)

# Bidi marks and embeddings, ZWJ, zero-width space, BOM, soft hyphen, tatweel, and C0/C1
# controls other than tab and newline: none of them carries meaning in stored text.
_INVISIBLE = re.compile(
    "[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u061c\u0640"
    "\u200b\u200d-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)
# A tatweel standing alone between spaces is a dash a Persian keyboard typed («تهران ـ ایرنا ـ»,
# «۱۴۰۲ ـ ۱۴۰۳»); one inside a word stretches it and goes.
_DASH_TATWEEL = re.compile(rf"(?<!\S){TATWEEL}+(?!\S)")
_ZWNJ_RUN = re.compile(ZWNJ + "{2,}")
# A ZWNJ only joins-breaks between two visible characters; beside a space or an edge it is junk.
_ZWNJ_BY_SPACE = re.compile(rf"{ZWNJ}+(?=\s)|(?<=\s){ZWNJ}+|^{ZWNJ}+|{ZWNJ}+$")
# A blank line. The white space around it is trimmed with each paragraph; a pattern opening with the
# newline is searched for as a literal, where one opening with \s* is tried at every character.
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


# Whether the page being read writes Persian, so that an Arabic ي ك ى in it is a code point its
# keyboard typed for a Persian letter (folded); in Arabic, Pashto or Urdu text each is a letter of its
# own (kept). Set for one page's extraction by keeping_arabic_letters(); Persian by default.
_FOLD_ARABIC_LETTERS: ContextVar[bool] = ContextVar("fold_arabic_letters", default=True)


@contextmanager
def keeping_arabic_letters(keep: bool) -> Iterator[None]:
    """Within this block, unify_letters (and the policy built on it) leaves ي ك ى as they are when
    ``keep``: the text being read is Arabic, Pashto or Urdu, not Persian."""
    token = _FOLD_ARABIC_LETTERS.set(not keep)
    try:
        yield
    finally:
        _FOLD_ARABIC_LETTERS.reset(token)


def arabic_letters_kept() -> bool:
    """Whether the text being read keeps ي ك ى (keeping_arabic_letters): it is not Persian."""
    return not _FOLD_ARABIC_LETTERS.get()


def unify_letters(text: str) -> str:
    """Arabic yeh/alef maksura → Persian yeh, Arabic kaf → Persian keheh (in Persian text: see
    keeping_arabic_letters)."""
    return persian_letters(text) if _FOLD_ARABIC_LETTERS.get() else text


def persian_letters(text: str) -> str:
    """Arabic yeh/alef maksura → Persian yeh, Arabic kaf → Persian keheh, one for one, whatever the
    page's language (to match Persian words in a text typed on an Arabic keyboard)."""
    # str.replace scans in C; translate() looks up every character of a non-ASCII string in a dict.
    return text.replace("ي", "ی").replace("ى", "ی").replace("ك", "ک")


def to_ascii_digits(text: str) -> str:
    """Persian (۰-۹) and Arabic-Indic (٠-٩) digits → ASCII."""
    return text.translate(_TO_ASCII)


def to_persian_digits(text: str) -> str:
    """ASCII and Arabic-Indic digits → Persian (۰-۹)."""
    return text.translate(_TO_PERSIAN)


def strip_invisibles(text: str) -> str:
    """Remove bidi marks, ZWJ, BOM, tatweel and control characters; ZWNJ is kept. A tatweel standing
    alone between spaces is a dash, and becomes one (-)."""
    if text.isascii() and text.isprintable():
        return text  # no control character, and every other invisible is outside ASCII
    if TATWEEL in text:
        text = _DASH_TATWEEL.sub("-", text)
    return _INVISIBLE.sub("", text)


def tidy_zwnj(text: str) -> str:
    """Collapse ZWNJ runs and drop ZWNJ next to white space or at either end."""
    if ZWNJ not in text:
        return text
    text = _ZWNJ_RUN.sub(ZWNJ, text)
    return _ZWNJ_BY_SPACE.sub("", text)


def normalize_line(text: str) -> str:
    """Full policy on one line of text: newlines become spaces.

    Same result as tidy_zwnj() on the text and then every run of white space made one space (NBSP
    and thin spaces included: str.split() splits on what the re module calls \\s), ends trimmed;
    done in that order reversed, the ZWNJ step needs only plain string operations.
    """
    text = " ".join(unify_letters(strip_invisibles(text)).split())
    if ZWNJ not in text:
        return text
    if ZWNJ * 2 in text:
        text = _ZWNJ_RUN.sub(ZWNJ, text)
    if f" {ZWNJ}" in text or f"{ZWNJ} " in text or text[0] == ZWNJ or text[-1] == ZWNJ:
        text = " ".join(text.replace(f"{ZWNJ} ", " ").replace(f" {ZWNJ}", " ").strip(ZWNJ).split())
    return text


def normalize_text(text: str | None, *, paragraphs: bool = False) -> str | None:
    """Normalise a field value; with ``paragraphs`` keep blank-line paragraph breaks as "\\n\\n".

    Returns None for None and for text that is empty after clean-up, so a field never holds "".
    """
    if text is None:
        return None
    if paragraphs:
        parts = (normalize_line(p) for p in _PARAGRAPH_BREAK.split(text.replace("\r", "\n")))
        out = "\n\n".join(p for p in parts if p)
    else:
        out = normalize_line(text.replace("\r", " "))
    return out or None


def normalize_for_matching(text: str) -> str:
    """The form markers and month names are matched in: policy plus ASCII digits."""
    return to_ascii_digits(normalize_line(text))
