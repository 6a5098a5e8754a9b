"""Fuzzing with hypothesis (derandomised in CI by tests/conftest.py), and the atheris seed corpus
replayed through the same target function (fuzz/fuzz_extract.py) without atheris.

Random and mutated HTML goes to newsscraper.extract.extract, random date strings to find_date /
parse_date: nothing may raise, and the output is a record that validates against the record schema
or a clean refusal (no record, a non-empty reason). Mutations start from the hand-checked fixture
pages: byte flips, truncation, tag deletion, random nesting, duplicated and foreign bytes.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = sorted((ROOT / "tests" / "fixtures").glob("*/*.html"))
CORPUS = sorted(p for p in (ROOT / "tests" / "fuzz" / "corpus").iterdir() if p.is_file())


def budget(examples: int) -> settings:
    """Examples per property: the whole module stays well under a minute on two cores."""
    return settings(max_examples=examples, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])



def _target() -> ModuleType:
    """fuzz/fuzz_extract.py by path: the fuzz/ folder is not a package, and atheris is not needed."""
    spec = importlib.util.spec_from_file_location("fuzz_extract", ROOT / "fuzz" / "fuzz_extract.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TARGET = _target()

# ---------------------------------------------------------------- strategies

WORDS = ("خبر", "گزارش", "ایسنا", "تهران", "انتهای پیام/ع", "کد خبر:", "۶۲۸۸", "به گزارش", "ي", "ك", "\u200c",
         "\u200f", "ـ", "مهر", "اسفند", "حمل", "جدی", "۱۴۰۲", "1402", "٢٤", "24", "ساعت", "۱۰:۳۰", "&amp;", "&#x6A9;",
         "&nbsp;", "<!--", "]]>", "\x00", "\ufffd", "lorem", "...", "…", "بیشتر بخوانید:", "نام:", "/", "-", "|")
TAGS = ("div", "p", "span", "a", "h1", "h2", "article", "section", "header", "footer", "nav", "aside", "ul", "li",
        "br", "time", "script", "style", "table", "td", "figure", "figcaption", "blockquote", "b", "font", "form")
CLASSES = ("news-title", "lead", "article-body", "entry-content", "date", "tags", "breadcrumb", "rutitr",
           "news-code", "related", "share", "summary", "time", "author", "col", "x")
ATTRS = ("class", "id", "itemprop", "rel", "href", "lang", "style", "content", "datetime", "property", "name")
CONTENT_TYPES = (None, "text/html", "text/html; charset=utf-8", "text/html; charset=windows-1256",
                 "text/html; charset=iso-8859-1", "application/octet-stream", "text/html; charset=nonsense")
SITES = (None, "isna", "khabaronline", "payammellat", "varzesh3", "voadari", "yjc", "mehr", "tasnim", "sample_wp")

text_pieces = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=12)), max_size=12).map(" ".join)


@st.composite
def elements(draw: st.DrawFn, depth: int = 0) -> str:
    tag = draw(st.sampled_from(TAGS))
    attrs = draw(st.lists(st.tuples(st.sampled_from(ATTRS), st.one_of(st.sampled_from(CLASSES), text_pieces)),
                          max_size=3))
    rendered = "".join(f' {name}="{value}"' for name, value in attrs)
    children = [] if depth >= 4 else draw(st.lists(st.one_of(text_pieces, elements(depth + 1)), max_size=5))
    closing = draw(st.sampled_from(("close", "close", "close", "none", "wrong")))
    end = {"close": f"</{tag}>", "none": "", "wrong": "</div>"}[closing]
    return f"<{tag}{rendered}>" + "".join(children) + end


@st.composite
def pages(draw: st.DrawFn) -> str:
    head = draw(st.lists(st.sampled_from((
        '<meta charset="utf-8">', '<meta charset="windows-1256">', "<title>خبر | سایت</title>",
        '<link rel="canonical" href="https://www.isna.ir/news/1402072412345/">', '<link rel="canonical" href="http://[x">',
        '<meta property="article:published_time" content="2023-10-16T10:30:00+03:30">',
        '<meta property="article:published_time" content="0001-01-01T00:00:00Z">',
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "4036-07-08T20:10:00Z"}</script>',
        '<script type="application/ld+json">{"@graph": [[{"@type": ["NewsArticle"], "author": {"@type": "Person"}}]]',
        '<base href="http://[::1">', '<meta name="keywords" content="،,خبر">')), max_size=5))
    body = draw(st.lists(elements(), min_size=0, max_size=6))
    prefix = draw(st.sampled_from(("", "<!doctype html>", '<?xml version="1.0" encoding="UTF-8"?>', "\ufeff")))
    return f"{prefix}<html lang=\"{draw(st.sampled_from(('fa', 'prs', 'fa-AF', '')))}\"><head>{''.join(head)}</head>" \
           f"<body>{''.join(body)}</body></html>"


_TAG = re.compile(rb"<[^<>]{0,200}>")


@st.composite
def mutated_fixtures(draw: st.DrawFn) -> tuple[bytes, str]:
    """A fixture page after one to four mutations, and the fixture's name (for the URL)."""
    path = draw(st.sampled_from(FIXTURES))
    data = bytearray(path.read_bytes())
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(("flip", "truncate", "drop_tag", "nest", "duplicate", "insert", "charset")))
        n = len(data)
        if n == 0:
            break
        at = draw(st.integers(0, n - 1))
        if kind == "flip":
            for offset in draw(st.lists(st.integers(0, n - 1), min_size=1, max_size=16)):
                data[offset] ^= 1 << draw(st.integers(0, 7))
        elif kind == "truncate":
            del data[at:]
        elif kind == "drop_tag":
            tags = list(_TAG.finditer(bytes(data)))
            if tags:
                m = tags[draw(st.integers(0, len(tags) - 1))]
                del data[m.start():m.end()]
        elif kind == "nest":
            end = draw(st.integers(at, n))
            tag = draw(st.sampled_from((b"div", b"span", b"p", b"b", b"table", b"a")))
            depth = draw(st.sampled_from((2, 50, 500, 2100, 5000)))
            data[end:end] = b"</" + tag + b">" * depth if draw(st.booleans()) else b""
            data[at:at] = b"<" + tag + b">" * depth
        elif kind == "duplicate":
            end = min(n, at + draw(st.integers(1, 4000)))
            data[at:at] = data[at:end]
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=64))
        else:  # lie about the charset
            data = bytearray(bytes(data).replace(b'charset="utf-8"', b'charset="windows-1256"', 1)
                             .replace(b"charset=utf-8", b"charset=koi8-r", 1))
    return bytes(data), path.parent.name


DIGITS = (str.maketrans("", ""), str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"), str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
MONTHS = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند",
          "حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت",
          "مهرماه", "ذی‌الحجه")
WEEKDAYS = ("شنبه", "یکشنبه", "یک‌شنبه", "دوشنبه", "سه شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "")
SEPARATORS = (" ", "/", "-", "،", " - ", "\u200c", "\u200f", "\xa0", "ـ", ".", "")


@st.composite
def date_strings(draw: st.DrawFn) -> str:
    """Jalali-looking dates: valid, impossible (30 Esfand in a common year, month 13), two-digit years,
    mixed digit scripts, weekday and time before or after, bidi marks and tatweel in between."""
    script = draw(st.sampled_from(DIGITS))
    day = str(draw(st.integers(0, 40)))
    year = str(draw(st.one_of(st.integers(1190, 1510), st.integers(0, 99), st.integers(0, 99999))))
    month = draw(st.one_of(st.sampled_from(MONTHS), st.integers(0, 14).map(str)))
    sep = draw(st.sampled_from(SEPARATORS))
    order = draw(st.sampled_from(("dmy", "ymd", "ydm")))
    parts = {"d": day, "m": month, "y": year}
    core = sep.join(parts[c] for c in order)
    hour, minute, second = draw(st.integers(0, 30)), draw(st.integers(0, 70)), draw(st.integers(0, 61))
    clock = draw(st.sampled_from(("", f"{hour}:{minute:02d}", f"ساعت {hour}:{minute:02d}:{second}")))
    before, after = draw(st.sampled_from(WEEKDAYS)), draw(st.sampled_from(("", "ب.ظ", "ق.ظ", "صبح", "عصر")))
    pieces = [before, core, clock, after] if draw(st.booleans()) else [clock, before, core, after]
    noise = draw(st.text(max_size=6))
    return (noise + " ".join(p for p in pieces if p)).translate(script)


# ---------------------------------------------------------------- properties

@budget(120)
@given(html=pages(), content_type=st.sampled_from(CONTENT_TYPES), site=st.sampled_from(SITES),
       url=st.sampled_from((TARGET.URL, None, "http://127.0.0.1:8000/a/1.html", "https://www.isna.ir/news/98030903723/")))
def test_random_html_gives_a_valid_record_or_a_refusal(html, content_type, site, url):
    encoding = "cp1256" if content_type and "1256" in content_type else "utf-8"
    TARGET.check_extraction(html.encode(encoding, "replace"), content_type, site, url)


@budget(120)
@given(sample=mutated_fixtures(), content_type=st.sampled_from(CONTENT_TYPES))
def test_mutated_fixture_pages_give_a_valid_record_or_a_refusal(sample, content_type):
    data, site = sample
    url = f"https://www.{site}.ir/news/1402072412345/" if site != "generic" else TARGET.URL
    TARGET.check_extraction(data, content_type, None, url)
    TARGET.check_extraction(data, content_type, site if site != "generic" else None, url)


@budget(40)
@given(sample=mutated_fixtures())
def test_mutated_fixture_pages_through_the_whole_fuzz_target(sample):
    TARGET.check(sample[0])


@budget(400)
@given(text=date_strings())
def test_date_strings_never_raise_and_stay_consistent(text):
    TARGET.check_date_text(text)


@budget(300)
@given(text=st.text(max_size=200))
def test_any_text_is_a_date_or_none(text):
    TARGET.check_date_text(text)


@budget(100)
@given(data=st.binary(max_size=3000))
def test_random_bytes_through_the_whole_fuzz_target(data):
    assume(data)
    TARGET.check(data)


SEEDS = CORPUS + FIXTURES  # the fixture pages are seeds too (`make fuzz` passes their folders)


@pytest.mark.parametrize("path", SEEDS, ids=[f"{p.parent.name}/{p.name}" for p in SEEDS])
def test_seed_corpus_replays_through_the_fuzz_target(path):
    """`make fuzz` starts from these files; `make test` replays them without atheris."""
    TARGET.check(path.read_bytes())


@pytest.mark.parametrize("path", FIXTURES, ids=[f"{p.parent.name}/{p.name}" for p in FIXTURES])
def test_truncated_fixtures_replay_through_the_fuzz_target(path):
    """A page cut off mid-download (half its bytes, often mid-tag and mid-character), made here rather
    than committed as a copy of the fixture."""
    data = path.read_bytes()
    TARGET.check(data[: len(data) // 2])


def test_seed_corpus_is_small():
    assert 24 <= len(CORPUS) <= 80
    assert all(p.stat().st_size <= 16 * 1024 for p in CORPUS)


def test_fuzz_target_imports_without_atheris():
    source = (ROOT / "fuzz" / "fuzz_extract.py").read_text("utf-8")
    top_level = [line for line in source.splitlines() if line.startswith(("import ", "from "))]
    assert not [line for line in top_level if "atheris" in line]
