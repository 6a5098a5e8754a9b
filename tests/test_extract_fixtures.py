"""One generic test over every hand-checked fixture: tests/fixtures/<site>/<case>.{html,json,meta.json}.

Each expected record was written by hand from docs/field-rules.md; a failure names the case and
the field that broke. Every expected record must itself satisfy the generated JSON Schema.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from functools import cache
from pathlib import Path

import jsonschema
import pytest

from newsscraper.extract import extract
from newsscraper.items import FIELD_NAMES
from newsscraper.schema import json_schema
from newsscraper.sites import all_sites, site_for_url

FIXTURES = Path(__file__).parent / "fixtures"
CASES = sorted(p.with_suffix("") for p in FIXTURES.glob("*/*.html"))
COMPARED = [f for f in FIELD_NAMES if f != "crawled_at"]


def case_id(case: Path) -> str:
    return f"{case.parent.name}/{case.name}"


def expected(case: Path) -> dict:
    return json.loads(case.with_suffix(".json").read_text("utf-8"))


def meta(case: Path) -> dict:
    return json.loads(case.with_name(case.name + ".meta.json").read_text("utf-8"))


@cache
def extracted(case: Path):
    info = meta(case)
    return extract(case.with_suffix(".html").read_bytes(), info.get("url"),
                   content_type=info.get("content_type"), site_for=site_for_url)


ARTICLES = [c for c in CASES if "refused" not in expected(c)]
REFUSED = [c for c in CASES if "refused" in expected(c)]


def test_fixture_set_is_complete():
    assert len(CASES) >= 16
    assert REFUSED, "at least one page must be refused"
    for case in CASES:
        assert case.with_suffix(".json").is_file(), case
        assert case.with_name(case.name + ".meta.json").is_file(), case
        assert case.parent.name in all_sites() or case.parent.name == "generic", case


@pytest.mark.parametrize("case", ARTICLES, ids=case_id)
def test_expected_record_is_valid(case):
    want = expected(case)
    assert list(want) == COMPARED, "expected records list every field but crawled_at, in schema order"
    jsonschema.validate({**want, "crawled_at": None}, json_schema())


@pytest.mark.parametrize("case", ARTICLES, ids=case_id)
def test_page_is_an_article(case):
    result = extracted(case)
    assert result.record is not None, f"refused: {result.refusal}"


@pytest.mark.parametrize(("case", "field"), [(c, f) for c in ARTICLES for f in COMPARED],
                         ids=lambda v: case_id(v) if isinstance(v, Path) else v)
def test_field(case, field):
    result = extracted(case)
    if result.record is None:
        pytest.fail(f"refused: {result.refusal}")
    assert asdict(result.record)[field] == expected(case)[field]


@pytest.mark.parametrize("case", REFUSED, ids=case_id)
def test_page_is_refused(case):
    result = extracted(case)
    assert result.record is None
    assert result.refusal


@pytest.mark.parametrize("case", ARTICLES, ids=case_id)
def test_extracted_record_validates_against_schema(case):
    record = extracted(case).record
    assert record is not None
    jsonschema.validate(asdict(record), json_schema())
