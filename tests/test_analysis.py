"""The README's "Loading the exports" snippets, run as written on export files made by the real writer.

The snippets are taken from README.md (the ```python blocks marked `# readme: pandas` and
`# readme: duckdb`), their paths pointed at a temporary data directory, and executed. The files
are written by newsscraper.exports.RunFile from NewsArticle records, so they are byte for byte
what a crawl exports. The records hold the IDs and offsets that break naive loading: digit
strings with a leading zero or more digits than a float keeps, and +03:30 / +04:30 offsets.
"""

from __future__ import annotations

import gzip
import re
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from newsscraper.exports import RunFile, write_manifest
from newsscraper.items import NewsArticle

README = Path(__file__).resolve().parent.parent / "README.md"
SECTION = "## Loading the exports"
STARTED = datetime(2024, 5, 1, 2, 0, 0, tzinfo=UTC)


def readme_snippet(marker: str) -> str:
    """The ```python block of the README section that holds `# readme: <marker>`."""
    text = README.read_text("utf-8")
    assert SECTION in text, f"README.md has no {SECTION!r} section"
    section = text.split(SECTION, 1)[1].split("\n## ", 1)[0]
    blocks = [b for b in re.findall(r"```python\n(.*?)```", section, re.S) if f"# readme: {marker}" in b]
    assert len(blocks) == 1, f"expected one ```python block marked '# readme: {marker}', found {len(blocks)}"
    return blocks[0]


def article(site: str, news_id: str, published_at: str | None, **extra: Any) -> NewsArticle:
    url = f"https://{site}.example/news/{news_id}/"
    return NewsArticle(
        site=site, url=url, canonical_url=url, news_id=news_id, headline=f"خبر {news_id}",
        body="متن خبر با نیم‌فاصله\n\nبند دوم", published_at=published_at,
        published_date=published_at[:10] if published_at else None, tags=["اقتصاد", "بورس"],
        language="fa-AF" if site == "voadari" else "fa", crawled_at="2024-05-01T02:00:05Z", **extra,
    )


RUNS: dict[str, list[NewsArticle]] = {
    "isna": [
        article("isna", "0098030903723", "2024-03-24T10:30:00+03:30", editor_code="12"),
        article("isna", "98030903723123456", "2021-06-01T10:30:00+04:30", editor_code="7"),  # Tehran summer time
        article("isna", "12345678901234567890", None, editor_code="12"),  # no visible date: null
    ],
    "voadari": [
        article("voadari", "0000123", "2024-03-24T09:00:00+04:30", editor_code="3"),  # Kabul
    ],
}
RECORDS = {a.news_id: asdict(a) for arts in RUNS.values() for a in arts}


def instant(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value).astimezone(UTC) if value else None


@pytest.fixture(params=[False, True], ids=["jsonl", "gzip"])
def exports(request, tmp_path) -> tuple[Path, dict[str, Path]]:
    """A data directory as crawls leave it: finished runs with manifests, plus a run still writing."""
    files = {}
    for site, articles in RUNS.items():
        run = RunFile(tmp_path / "exports" / site, STARTED, "5f3a9c1e", gzipped=request.param)
        for item in articles:
            run.write(asdict(item))
        files[site] = run.close()
        write_manifest(files[site], {"run_id": "5f3a9c1e", "site": site, "records": len(articles)})
    # A run in progress: its .part ends in a torn line and must not be picked up.
    part = tmp_path / "exports" / "isna" / "2024-05-02T02-00-00Z-0badc0de.jsonl.part"
    part.write_text('{"schema_version": 1, "site": "isna", "news_id": "1", "head', "utf-8")
    return tmp_path, files


def test_export_lines_are_written_as_the_crawl_writes_them(exports):
    _, files = exports
    for path in files.values():
        raw = path.read_bytes()
        if path.name.endswith(".gz"):
            raw = gzip.decompress(raw)
        text = raw.decode("utf-8")
        assert "0098030903723" in text or "0000123" in text
        assert "\\u" not in text, "Persian text must be written without \\u escapes"


def test_readme_pandas_snippet_keeps_ids_and_parses_instants(exports):
    _, files = exports
    code = readme_snippet("pandas")
    code, n = re.subn(r'^path = "[^"]*"', lambda _: f"path = {str(files['isna'])!r}", code, flags=re.M)
    assert n == 1, "the pandas snippet should set `path = \"data/exports/<site>/<file>.jsonl\"` once"
    namespace: dict[str, Any] = {}
    exec(compile(code, f"{README.name} (readme: pandas)", "exec"), namespace)
    df = namespace["df"]

    want = [asdict(a) for a in RUNS["isna"]]
    assert list(df.columns) == list(want[0]), "every field, in schema order"
    assert pd.api.types.is_string_dtype(df["news_id"])
    assert list(df["news_id"]) == [r["news_id"] for r in want]
    assert all(type(v) is str for v in df["news_id"])
    assert list(df["editor_code"]) == [r["editor_code"] for r in want], "digit-only codes stay strings"

    for column in ("published_at", "crawled_at"):
        assert isinstance(df[column].dtype, pd.DatetimeTZDtype), column
        assert str(df[column].dt.tz) == "UTC", column
    got = [None if pd.isna(v) else v.to_pydatetime() for v in df["published_at"]]
    assert got == [instant(r["published_at"]) for r in want]
    assert got[0] == datetime(2024, 3, 24, 7, 0, tzinfo=UTC)
    assert got[1] == datetime(2021, 6, 1, 6, 0, tzinfo=UTC)
    assert got[2] is None
    assert list(df["tags"]) == [r["tags"] for r in want]
    assert list(df["body"]) == [r["body"] for r in want], "text, ZWNJ included, is read unchanged"


def test_readme_duckdb_snippet_keeps_ids_and_parses_instants(exports):
    root, files = exports
    code = readme_snippet("duckdb")
    suffix = ".jsonl.gz" if files["isna"].name.endswith(".gz") else ".jsonl"
    glob = (root / "exports").as_posix() + "/*/*" + suffix
    code, n = re.subn(r"'data/exports/\*/\*\.jsonl'", lambda _: f"'{glob}'", code)
    assert n == 1, "the DuckDB snippet should read 'data/exports/*/*.jsonl' once"
    namespace: dict[str, Any] = {}
    exec(compile(code, f"{README.name} (readme: duckdb)", "exec"), namespace)
    articles = namespace["articles"]

    types = dict(zip(articles.columns, (str(t) for t in articles.types), strict=True))
    assert types["news_id"] == "VARCHAR"
    assert types["published_at"] == "TIMESTAMP WITH TIME ZONE"
    assert types["published_date"] == "DATE"
    assert types["tags"] == "VARCHAR[]"

    rows = [dict(zip(articles.columns, row, strict=True)) for row in articles.fetchall()]
    assert sorted(r["news_id"] for r in rows) == sorted(RECORDS), "every finished run, no .part, no manifest"
    for row in rows:
        record = RECORDS[row["news_id"]]
        assert row["site"] == record["site"]
        assert row["published_at"] == instant(record["published_at"])
        assert str(row["published_date"]) == str(record["published_date"])
        assert row["tags"] == record["tags"]
        assert row["body"] == record["body"]
    by_id = {r["news_id"]: r["published_at"] for r in rows}
    assert by_id["0098030903723"] == datetime(2024, 3, 24, 7, 0, tzinfo=UTC)
    assert by_id["0000123"] == datetime(2024, 3, 24, 4, 30, tzinfo=UTC)
    assert by_id["12345678901234567890"] is None


def test_readme_says_gzip_exports_load_the_same_way():
    section = README.read_text("utf-8").split(SECTION, 1)[1].split("\n## ", 1)[0]
    assert "EXPORT_GZIP=1" in section and ".jsonl.gz" in section
