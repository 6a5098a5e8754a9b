"""Coverage-guided fuzzing of the extractor, the Jalali date reader and the sitemap/feed parsers.

    make fuzz                                          # installs the `fuzz` extra, runs 60 s
    .venv/bin/python fuzz/fuzz_extract.py tests/fuzz/corpus -max_total_time=60

The target, ``check(data)``, is a plain function: atheris is imported only when this file runs as a
script, so `make test` replays the committed seed corpus (tests/fuzz/corpus/) through the very same
function without atheris installed (tests/test_fuzz.py). Any input must give either a record that
validates against the record schema or a clean refusal (no record, a non-empty reason string), and
find_date / parse_date / parse_sitemap / parse_feed must never raise.

The input bytes are the page; a few cheap, deterministic functions of them choose the declared
Content-Type and the site profile, so the fuzzer explores those too without a header format.
"""

from __future__ import annotations

import sys
from dataclasses import asdict
from datetime import date, datetime
from functools import cache
from typing import Any

URL = "https://www.example-news.ir/news/1402072412345/"
CONTENT_TYPES = (None, "text/html; charset=utf-8", "text/html; charset=windows-1256", "text/html; charset=bogus")
SITES = (None, "isna", "khabaronline", "payammellat", "varzesh3", "voadari", "yjc")


@cache
def _validator() -> Any:
    import jsonschema

    from newsscraper.schema import json_schema

    return jsonschema.Draft202012Validator(json_schema())


def check_extraction(data: bytes, content_type: str | None = None, site: str | None = None,
                     url: str | None = URL) -> Any:
    """extract() on one page: a schema-valid record, or no record and a non-empty refusal."""
    from newsscraper.extract import extract
    from newsscraper.sites import site_by_key, site_for_url

    result = extract(data, url, content_type=content_type, site=site_by_key(site) if site else None,
                     site_for=site_for_url, crawled_at="2024-01-01T00:00:00Z")
    if result.record is None:
        if not isinstance(result.refusal, str) or not result.refusal:
            raise AssertionError(f"no record and no refusal: {result!r}")
    else:
        if result.refusal is not None:
            raise AssertionError(f"a record and a refusal: {result.refusal!r}")
        errors = list(_validator().iter_errors(asdict(result.record)))
        if errors:
            raise AssertionError(f"record violates the schema: {errors[0].message} at {list(errors[0].path)}")
    return result


def check_date_text(text: str) -> None:
    """find_date / parse_date on any text: None or a consistent DateMatch."""
    from newsscraper.jalali import KABUL, TEHRAN, find_date, parse_date

    for tz in (TEHRAN, KABUL):
        found = find_date(text, tz)
        value = parse_date(text, tz)
        if found is None:
            if value is not None:
                raise AssertionError("parse_date found a date find_date did not")
            continue
        if found.value != value:
            raise AssertionError("parse_date and find_date disagree")
        start, end = found.span
        if text[start:end] != found.raw or not found.raw:
            raise AssertionError(f"span {found.span} does not hold raw {found.raw!r}")
        if found.has_time != isinstance(found.value, datetime) or not isinstance(found.value, date):
            raise AssertionError(f"has_time {found.has_time} with value {found.value!r}")
        if isinstance(found.value, datetime) and found.value.tzinfo is None:
            raise AssertionError("a naive datetime")
        if not found.jalali[:4].isdigit() or found.jalali[4] != "-":
            raise AssertionError(f"jalali {found.jalali!r}")


def check(data: bytes) -> None:
    """The fuzz target: one input through every reader that takes untrusted bytes or text."""
    content_type = CONTENT_TYPES[len(data) % len(CONTENT_TYPES)]
    site = SITES[data.count(b"<") % len(SITES)]
    check_extraction(data, content_type, site)
    if len(data) % 5 == 0:
        check_extraction(data, None, None, None)  # offline: no URL, the page's own links decide
    text = data.decode("utf-8", "replace")
    for line in text.splitlines()[:50] or [text]:
        check_date_text(line[:500])
    check_discovery(data, text)


def check_discovery(data: bytes, text: str) -> None:
    """The spiders' path for untrusted URLs: sitemap, feed and listing links, next-page links,
    canonical forms and seen-store keys."""
    from newsscraper import discovery
    from newsscraper.extract.page import Page
    from newsscraper.store import url_key

    sitemap = discovery.parse_sitemap(data)
    entries = [*(sitemap.entries if sitemap else ()), *discovery.parse_feed(data, URL)]
    root = Page(text, URL).root
    entries += discovery.listing_links(root, URL, lambda url: True)
    next_page = discovery.next_page(root, URL)
    for url in [e.url for e in entries] + ([next_page] if next_page else []):
        discovery.canonical(url)
        discovery.url_priority(url)
        discovery.skip_url(url)
        discovery.same_origin(url, URL)
        discovery.rebase(url, ("example-news.ir",), "http://127.0.0.1:8000")
        url_key(url)


def main() -> None:
    import atheris

    with atheris.instrument_imports():
        import newsscraper.discovery
        import newsscraper.extract.core
        import newsscraper.jalali  # noqa: F401

    atheris.Setup(sys.argv, check)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
