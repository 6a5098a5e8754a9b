"""The schema is generated from items.py; committed copies must match, and the schema must bite."""

import json
from dataclasses import asdict, fields
from pathlib import Path

import jsonschema
import pytest

from newsscraper.cli import main
from newsscraper.items import FIELD_NAMES, NewsArticle
from newsscraper.schema import json_schema, load_schema, record_markdown, schema_text

ROOT = Path(__file__).resolve().parent.parent
DESIGN_ORDER = (
    "schema_version site url canonical_url news_id headline surtitle lead body published_at "
    "published_date published_jalali published_raw published_source modified_at revision "
    "footer_marker editor_code source_attribution tags section authors language crawled_at"
).split()


def test_fields_follow_the_design_table_in_order():
    assert list(FIELD_NAMES) == DESIGN_ORDER


def test_every_field_documents_type_nullability_and_meaning():
    for f in fields(NewsArticle):
        assert f.metadata["type"] in {"string", "integer", "array"}
        assert isinstance(f.metadata["nullable"], bool)
        assert len(f.metadata["description"]) > 10


def test_committed_schema_and_doc_are_current():
    assert (ROOT / "newsscraper/resources/news-article.schema.json").read_text("utf-8") == schema_text()
    assert (ROOT / "docs/record.md").read_text("utf-8") == record_markdown()
    assert main(["schema", "--check", "--root", str(ROOT)]) == 0


def test_schema_check_reports_drift(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs/record.md").write_text("stale\n", encoding="utf-8")
    assert main(["schema", "--check", "--root", str(tmp_path)]) == 1
    assert main(["schema", "--root", str(tmp_path)]) == 0
    assert main(["schema", "--check", "--root", str(tmp_path)]) == 0


def test_package_data_schema_is_the_generated_one():
    assert load_schema() == json_schema()


def _valid_record() -> dict:
    rec = NewsArticle(site="isna", headline="تیتر", body="متن خبر", language="fa",
                      published_at="2017-10-16T10:30:00+03:30", published_date="2017-10-16",
                      published_jalali="1396-07-24T10:30", news_id="6288", tags=["برچسب"])
    return asdict(rec)


def test_a_complete_record_validates():
    jsonschema.validate(_valid_record(), json_schema())


@pytest.mark.parametrize("field,value", [
    ("news_id", "۶۲۸۸"),                              # IDs are ASCII digits
    ("published_at", "2017-10-16T10:30:00"),          # an instant needs its offset
    ("published_at", "2017-10-16T10:30:00+0330"),     # offset written ±HH:MM
    ("headline", None),                               # headline is required
    ("tags", "a,b"),                                  # lists stay lists
    ("language", "persian"),                          # a BCP-47 primary tag …
    ("language", "fa_AF"),                            # … written with a hyphen
    ("language", "fa-af"),                            # … and an upper-case region
    ("schema_version", 2),
    ("published_source", "guess"),
])
def test_schema_rejects_bad_values(field, value):
    rec = _valid_record()
    rec[field] = value
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(rec, json_schema())


@pytest.mark.parametrize("language", ["fa", "fa-AF", "en", "ar", "ckb", "und"])
def test_schema_takes_any_primary_language_tag(language):
    jsonschema.validate(_valid_record() | {"language": language}, json_schema())


def test_schema_requires_every_key_and_no_more():
    rec = _valid_record()
    del rec["crawled_at"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(rec, json_schema())
    rec = _valid_record() | {"extra": 1}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(rec, json_schema())


def test_schema_file_is_utf8_json_without_escapes():
    text = (ROOT / "newsscraper/resources/news-article.schema.json").read_text("utf-8")
    assert "\\u06" not in text
    json.loads(text)
