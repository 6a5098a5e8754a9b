"""Bytes → text on pages in real templates: ISNA, Nastooh (Khabaronline) and WordPress (Payam-e
Mellat), from the hand-checked fixtures, turned into the bytes a server sends in each test.

- UTF-8 with a few invalid bytes in one paragraph: read as UTF-8 with U+FFFD, noted
  `decode/invalid_utf8`, and the record keeps its headline, news ID and date (it used to be read
  whole as windows-1256, which accepts every byte: mojibake, no date);
- windows-1256 with no charset declared anywhere;
- windows-1256 under a wrong declaration: ISO-8859-1, ISO-8859-15 or windows-1252 in the header,
  UTF-8 in the <meta>. ISO-8859-15 decodes any byte, so trying the declared charset first read it
  as Latin mojibake; charset-normalizer now chooses between it and the Persian code pages.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from newsscraper.extract import extract
from newsscraper.extract.decode import decode_page, mostly_utf8
from newsscraper.extract.page import Page
from newsscraper.sites import site_for_url
from newsscraper.statkeys import DECODE_INVALID_UTF8

FIXTURES = Path(__file__).parent / "fixtures"
TEMPLATES = {"isna": "isna/article_01", "nastooh": "khabaronline/article_01", "wordpress": "payammellat/article_01"}
CHECKED = ("headline", "news_id", "published_at", "published_date", "published_jalali")
# A paragraph of our own, put into the page's body, where the broken bytes go.
OWN_PARAGRAPH = ("خبرنگار ما از بازار میوه شهر گزارش داد که بهای سیب و پرتقال در هفته گذشته اندکی پایین آمد "
                 "و فروشندگان امیدوارند خرید مردم در روزهای پایانی ماه بیشتر شود.")
META_CHARSET = re.compile(r"<meta[^>]*charset[^>]*>", re.I)


def case(name: str) -> tuple[str, dict, str]:
    base = FIXTURES / TEMPLATES[name]
    info = json.loads(base.with_name(base.name + ".meta.json").read_text("utf-8"))
    return base.with_suffix(".html").read_text("utf-8"), json.loads(base.with_suffix(".json").read_text("utf-8")), info[
        "url"]


def with_own_paragraph(html: str, expected: dict) -> str:
    """The page with OWN_PARAGRAPH just before the body's second paragraph (the last <p> holding its first
    words: a teaser above the body may repeat them)."""
    words = expected["body"].split("\n\n")[1].split()[:3]
    at = [m.start() for m in re.finditer(r"<p[ >]", html) if " ".join(words) in _text_after(html, m.start())][-1]
    return html[:at] + f"<p>{OWN_PARAGRAPH}</p>" + html[at:]


def _text_after(html: str, start: int) -> str:
    end = html.find("</p>", start)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", html[start:end]))


def broken_utf8(html: str) -> bytes:
    """UTF-8 bytes with two characters of OWN_PARAGRAPH cut: a lone lead byte and a stray 0xFF."""
    data = html.encode("utf-8")
    at = data.index("بهای سیب".encode())
    data = data[:at] + b"\xd8" + data[at + 2:]  # «ب» loses its second byte
    at = data.index("پرتقال".encode())
    return data[:at] + b"\xff" + data[at + 2:]  # «پ» replaced by a byte UTF-8 never uses


def windows_1256(html: str) -> bytes:
    """The page as a legacy Persian site writes it: Arabic yeh, and character references for what the code
    page cannot write (Persian digits)."""
    return html.replace("ی", "ي").encode("cp1256", errors="xmlcharrefreplace")


def check(record, expected: dict) -> None:
    assert record is not None
    for name in CHECKED:
        assert getattr(record, name) == expected[name], name


@pytest.mark.parametrize("name", list(TEMPLATES))
def test_utf8_with_a_few_invalid_bytes_keeps_its_text(name):
    html, expected, url = case(name)
    data = broken_utf8(with_own_paragraph(html, expected))
    result = extract(data, url, content_type="text/html; charset=utf-8", site_for=site_for_url)
    check(result.record, expected)
    assert DECODE_INVALID_UTF8 in result.notes
    assert "\ufffd" in result.record.body and "پایین آمد" in result.record.body
    assert expected["body"].split("\n\n")[0] in result.record.body


@pytest.mark.parametrize("name", list(TEMPLATES))
def test_windows_1256_without_a_declared_charset(name):
    html, expected, url = case(name)
    data = windows_1256(META_CHARSET.sub("", html))
    assert b"charset" not in data.lower()
    result = extract(data, url, content_type="text/html", site_for=site_for_url)
    check(result.record, expected)
    assert DECODE_INVALID_UTF8 not in result.notes


@pytest.mark.parametrize("header", ["text/html; charset=iso-8859-1", "text/html; charset=iso-8859-15",
                                    "text/html; charset=windows-1252",
                                    "text/html; charset=utf-8"])
@pytest.mark.parametrize("name", list(TEMPLATES))
def test_windows_1256_under_a_wrong_declared_charset(name, header):
    html, expected, url = case(name)
    data = windows_1256(html)  # the page's own <meta> still says UTF-8
    result = extract(data, url, content_type=header, site_for=site_for_url)
    check(result.record, expected)
    assert DECODE_INVALID_UTF8 not in result.notes


def test_the_share_of_bad_bytes_decides():
    text = "سلام دنیا، این یک متن آزمایشی است. " * 20  # 1,040 non-ASCII bytes
    good = text.encode("utf-8")
    assert not mostly_utf8(good.replace(b"\xd8\xb3", b"\xd8", 11))  # 11 bad bytes: over 1%
    assert mostly_utf8(good.replace(b"\xd8\xb3", b"\xd8", 5))  # 5: under 1%
    assert decode_page(good.replace(b"\xd8\xb3", b"\xd8", 5)).notes == [DECODE_INVALID_UTF8]
    assert decode_page(text.replace("ی", "ي").encode("cp1256")).encoding == "cp1256"


def test_only_exact_utf8_input_is_handed_on_as_the_parsers_bytes():
    """A strict UTF-8 page's own bytes go to the parser (no second encoding); anything decoded some
    other way (legacy code page, repaired bytes, a byte-order mark) hands on no bytes."""
    text = "<html><body><p>خبرگزاری امروز گزارش داد.</p></body></html>"
    utf8 = text.encode("utf-8")
    assert decode_page(utf8).utf8 is utf8
    assert decode_page(text.replace("ی", "ي").encode("cp1256")).utf8 is None  # Arabic yeh: cp1256 has no Persian one
    assert decode_page(utf8[:40] + b"\xff" + utf8[40:]).utf8 is None  # repaired: U+FFFD is not in the input
    assert decode_page(b"\xef\xbb\xbf" + utf8).utf8 is None
    page = Page(text, utf8=utf8)
    assert page.has_arabic and Page(text).root.findtext(".//p") == page.root.findtext(".//p")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("name", list(TEMPLATES))
def test_utf16_without_a_byte_order_mark(name, codec):
    """UTF-16 with no BOM and no header (a saved page; its <meta> may name UTF-16, which the HTML
    standard reads as UTF-8): read by its zero bytes, not as windows-1256 mojibake."""
    html, expected, url = case(name)
    data = html.encode(codec)
    assert not data.startswith((b"\xff\xfe", b"\xfe\xff"))
    assert decode_page(data).encoding == codec
    check(extract(data, url, site_for=site_for_url).record, expected)


def test_zero_bytes_of_both_parities_are_no_utf16():
    """Binary junk, or UTF-8 with a stray NUL, is not read as UTF-16."""
    text = "<html><body><p>خبرگزاری امروز گزارش داد.</p></body></html>"
    assert decode_page(bytes(range(256)) * 8).encoding != "utf-16-le"
    assert decode_page(text.encode("utf-8") + b"\x00").encoding == "utf-8"
    assert decode_page(text.encode("utf-16-le")).text == text
    persian = "<p>" + OWN_PARAGRAPH * 20 + "</p>"  # zero bytes only in spaces and tags: a sixth of the pairs
    assert decode_page(persian.encode("utf-16-be")).text == persian
