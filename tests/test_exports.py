"""Run files: flushed lines, rename at the end, and recovery of a killed run's .part."""

from __future__ import annotations

import gzip
import json

import pytest

from newsscraper.exports import RunFile, read_lines, recover_part, rename_final
from newsscraper.store import SqliteSeenStore


@pytest.mark.parametrize("gz", [False, True])
def test_lines_are_readable_while_the_run_lives(tmp_path, gz):
    from datetime import UTC, datetime

    f = RunFile(tmp_path, datetime(2024, 3, 20, 6, 30, tzinfo=UTC), "0123abcd", gz)
    assert f.part.name == "2024-03-20T06-30-00Z-0123abcd.jsonl" + (".gz" if gz else "") + ".part"
    f.write({"url": "u1", "headline": "تیتر"})
    assert [json.loads(x)["url"] for x in read_lines(f.part)] == ["u1"]
    final = f.close()
    assert final.name.endswith(".jsonl.gz" if gz else ".jsonl") and not f.part.exists()
    raw = final.read_bytes()
    text = (gzip.decompress(raw) if gz else raw).decode("utf-8")
    assert text == '{"url": "u1", "headline": "تیتر"}\n'


def test_rename_never_overwrites(tmp_path):
    first = tmp_path / "2024-03-20T00-00-00Z-0123abcd.jsonl"
    first.write_text("old\n", encoding="utf-8")
    part = tmp_path / (first.name + ".part")
    part.write_text("new\n", encoding="utf-8")
    other = rename_final(part, first)
    assert other != first and first.read_text("utf-8") == "old\n" and other.read_text("utf-8") == "new\n"


@pytest.mark.parametrize("gz", [False, True])
def test_recovery_truncates_renames_and_settles(tmp_path, gz):
    store = SqliteSeenStore(tmp_path / "seen.sqlite3")
    name = "2024-03-20T06-30-00Z-deadbeef.jsonl" + (".gz" if gz else "") + ".part"
    part = tmp_path / name
    lines = b'{"url": "https://h/news/1"}\n{"url": "https://h/news/2"}\n{"url": "https://h/ne'
    part.write_bytes(gzip.compress(lines) if gz else lines)
    store.start_run("deadbeef", "s", "2024-03-20T06:30:00Z")
    for i in (1, 2, 3):
        store.add_pending("s", "deadbeef", f"/news/{i}", str(i), None, None)
    final = recover_part(part, store, "s")
    assert final is not None and not part.exists()
    assert [json.loads(x)["url"] for x in read_lines(final)] == ["https://h/news/1", "https://h/news/2"]
    manifest = json.loads(final.with_name(final.name + ".manifest.json").read_text("utf-8"))
    assert manifest["finish_reason"] == "killed" and manifest["records"] == 2
    assert manifest["started"] == "2024-03-20T06:30:00Z"
    assert store.entry("s", "/news/2").status == "done"
    assert store.entry("s", "/news/3") is None
