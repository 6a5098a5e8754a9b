"""Bytes → text for saved or fetched pages.

Order:
1. a byte-order mark; without one, UTF-16 told by its zero bytes (markup is ASCII, so every other
   byte of a UTF-16 page is zero: the even ones big-endian, the odd ones little-endian), which no
   declaration can be trusted to say (a <meta> naming UTF-16 is read as UTF-8 by the HTML standard);
2. strict UTF-8 (most Persian sites serve it, even when a header or <meta> claims windows-1256);
3. UTF-8 with U+FFFD for the bad bytes, when they are under 1% of the non-ASCII bytes: a UTF-8 page
   with a few broken bytes (a bad paste in one paragraph) keeps its text, noted `decode/invalid_utf8`.
   A legacy-encoded page fails UTF-8 on nearly every non-ASCII byte, so the share tells them apart;
4. otherwise charset-normalizer chooses among the declared charsets (HTTP header, <meta>) and the
   legacy code pages of Persian sites (windows-1256, ISO-8859-6), by how coherent the text each
   gives is: a wrong declaration (latin-1 over windows-1256 bytes) loses to the right code page;
5. when it finds none readable (binary bytes), the first declared charset that decodes, else
   windows-1256 with replacement characters, which a later step counts, rather than losing the page.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from w3lib.encoding import (
    html_body_declared_encoding,
    http_content_type_encoding,
    read_bom,
    resolve_encoding,
)

from newsscraper.statkeys import DECODE_INVALID_UTF8

FALLBACK = "cp1256"
LEGACY = ("cp1256", "iso8859_6")  # the code pages Persian pages that are not UTF-8 are written in
INVALID_SHARE = 0.01  # at most this share of the non-ASCII bytes broken: still a UTF-8 page
UTF16_SAMPLE = 4096  # bytes looked at for UTF-16's zero bytes
# UTF-16: this share of one parity's bytes zero (a Persian page's spaces and markup: a fifth and
# more), and under a tenth as many of the other's (a character such as U+4E00 writes one there)
UTF16_ZEROS = 0.1


@dataclass
class Decoded:
    text: str
    encoding: str
    notes: list[str] = field(default_factory=list)
    utf8: bytes | None = field(default=None, repr=False)  # the input, when it is exactly the text's UTF-8 form


def _try(data: bytes, encoding: str | None) -> str | None:
    codec = resolve_encoding(encoding) if encoding else None
    if not codec:
        return None
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _python_codec(encoding: str | None) -> str | None:
    """A declared charset as Python's codec name (w3lib maps the web's aliases), None if unknown."""
    import codecs

    codec = resolve_encoding(encoding) if encoding else None
    try:
        return codecs.lookup(codec).name if codec else None
    except LookupError:
        return None


def mostly_utf8(data: bytes) -> bool:
    """Whether the bytes UTF-8 cannot read are under INVALID_SHARE of the non-ASCII bytes."""
    non_ascii = len(data) - len(data.decode("ascii", errors="ignore"))
    if not non_ascii:
        return False
    # Valid sequences survive "ignore" and encode back to the same bytes: the difference is the bad bytes.
    invalid = len(data) - len(data.decode("utf-8", errors="ignore").encode("utf-8"))
    return invalid < INVALID_SHARE * non_ascii


def utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' for UTF-16 bytes without a byte-order mark, else None. Text in
    the Latin or Arabic blocks, and every tag, has one zero byte per character in UTF-16; UTF-8 and
    the code pages never write a zero byte in a page."""
    sample = data[:UTF16_SAMPLE]
    pairs = len(sample) // 2
    if pairs < 8:
        return None
    even, odd = sample[0:pairs * 2:2].count(0), sample[1:pairs * 2:2].count(0)
    if odd >= UTF16_ZEROS * pairs and even * 10 < odd:
        return "utf-16-le"
    if even >= UTF16_ZEROS * pairs and odd * 10 < even:
        return "utf-16-be"
    return None


def decode_page(data: bytes, content_type: str | None = None) -> Decoded:
    """The page's text, the codec used and the notes a crawl counts (decode/invalid_utf8)."""
    bom_encoding, bom = read_bom(data)
    if bom_encoding:
        return Decoded(data[len(bom):].decode(bom_encoding, errors="replace"), bom_encoding)
    if b"\x00" in data[:UTF16_SAMPLE]:  # memchr: UTF-8 and code-page pages skip the count
        utf16 = utf16_without_bom(data)
        if utf16:
            return Decoded(data.decode(utf16, errors="replace"), utf16)
    text = _try(data, "utf-8")
    if text is not None:
        return Decoded(text, "utf-8", utf8=data)
    if mostly_utf8(data):
        return Decoded(data.decode("utf-8", errors="replace"), "utf-8", [DECODE_INVALID_UTF8])
    declared = [c for c in (_python_codec(http_content_type_encoding(content_type or "")),
                            _python_codec(html_body_declared_encoding(data))) if c and c != "utf-8"]
    candidates = list(dict.fromkeys([*declared, *LEGACY]))
    from charset_normalizer import from_bytes  # only pages that are not UTF-8 need it: keep start-up light

    best = from_bytes(data, cp_isolation=candidates, preemptive_behaviour=False).best()
    if best is not None:
        return Decoded(str(best), best.encoding)
    for codec in declared:
        text = _try(data, codec)
        if text is not None:
            return Decoded(text, codec)
    return Decoded(data.decode(FALLBACK, errors="replace"), FALLBACK)


def decode_html(data: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Return (text, encoding used)."""
    decoded = decode_page(data, content_type)
    return decoded.text, decoded.encoding
