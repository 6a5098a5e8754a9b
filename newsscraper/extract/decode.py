"""Bytes → text for saved or fetched pages.

Order: a byte-order mark, then strict UTF-8 (most Persian sites serve it, even when a header or
<meta> claims windows-1256), then the declared charset (HTTP header, then <meta>), then
windows-1256, the usual legacy code page of Persian sites. A page that fits none is decoded as
windows-1256 with replacement characters, which a later step counts, rather than being lost.
"""

from __future__ import annotations

from w3lib.encoding import (
    html_body_declared_encoding,
    http_content_type_encoding,
    read_bom,
    resolve_encoding,
)

FALLBACK = "cp1256"


def _try(data: bytes, encoding: str | None) -> str | None:
    codec = resolve_encoding(encoding) if encoding else None
    if not codec:
        return None
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def decode_html(data: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Return (text, encoding used)."""
    bom_encoding, bom = read_bom(data)
    if bom_encoding:
        return data[len(bom):].decode(bom_encoding, errors="replace"), bom_encoding
    text = _try(data, "utf-8")
    if text is not None:
        return text, "utf-8"
    for declared in (http_content_type_encoding(content_type or ""), html_body_declared_encoding(data)):
        text = _try(data, declared)
        if text is not None:
            return text, resolve_encoding(declared) or declared  # type: ignore[arg-type]
    text = _try(data, FALLBACK)
    if text is not None:
        return text, FALLBACK
    return data.decode(FALLBACK, errors="replace"), FALLBACK
