"""The SQLite seen-store and runs table, including two processes writing at once."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

from newsscraper.store import SqliteSeenStore


def _writer(path: str, run_id: str, n: int) -> None:
    store = SqliteSeenStore(Path(path))
    store.start_run(run_id, "s", "2024-01-01T00:00:00Z")
    for i in range(n):
        store.add_pending("s", run_id, f"http://h/news/{run_id}/{i}", str(i), None, None)
    store.end_run(run_id, "finished", n, {})


def test_pending_then_done_on_clean_end(tmp_path):
    store = SqliteSeenStore(tmp_path / "seen.sqlite3")
    store.start_run("r1", "isna", "2024-01-01T00:00:00Z")
    store.add_pending("isna", "r1", "https://isna.ir/news/1", "1", None, "h1")
    assert store.entry("isna", "https://isna.ir/news/1").status == "pending"
    store.end_run("r1", "finished", 1, {"drop/x": 2})
    assert store.entry("isna", "https://isna.ir/news/1").status == "done"
    run = store.last_successful_run("isna")
    assert run.run_id == "r1" and run.records == 1 and run.counts == {"drop/x": 2}


def test_killed_run_settles_only_what_its_file_holds(tmp_path):
    store = SqliteSeenStore(tmp_path / "seen.sqlite3")
    store.start_run("r2", "isna", "2024-01-01T00:00:00Z")
    for i in range(3):
        store.add_pending("isna", "r2", f"u{i}", str(i), None, None)
    assert store.settle("r2", {"u0", "u1"}) == (2, 1)
    assert store.entry("isna", "u1").status == "done"
    assert store.entry("isna", "u2") is None  # forgotten: fetched again later
    store.end_run("r2", "killed", 2, {})
    assert store.last_successful_run("isna") is None


def test_duplicates_are_per_site(tmp_path):
    store = SqliteSeenStore(tmp_path / "seen.sqlite3")
    store.add_pending("isna", "r", "u", "77", "https://isna.ir/news/77", "hash")
    assert store.duplicate_of("isna", "77", None, None).url == "u"
    assert store.duplicate_of("isna", None, None, "hash").url == "u"
    assert store.duplicate_of("mehr", "77", None, "hash") is None


def test_two_processes_share_one_store(tmp_path):
    path = str(tmp_path / "seen.sqlite3")
    SqliteSeenStore(tmp_path / "seen.sqlite3")
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(path, f"run{k}", 200)) for k in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    store = SqliteSeenStore(tmp_path / "seen.sqlite3")
    assert len(store.seen_urls("s")) == 400
    assert {r.outcome for r in store.runs("s")} == {"finished"}


def test_store_written_before_the_store_package_still_opens(tmp_path):
    """tests/fixtures/store/seen-before-store-package.sqlite3 was written by newsscraper.state.SeenStore
    as it stood before the move to newsscraper/store/ (commit af35faa): two runs of isna, the first
    finished with two articles, the second killed mid-way with one pending, and one URL tried."""
    path = tmp_path / "seen.sqlite3"
    path.write_bytes((Path(__file__).parent / "fixtures" / "store" / "seen-before-store-package.sqlite3").read_bytes())
    store = SqliteSeenStore(path)
    assert store.seen_urls("isna") == {"/news/1403080100001/", "/news/1403080100002/", "/news/1403080200003/"}
    first = store.entry("isna", "/news/1403080100001/")
    assert (first.news_id, first.status, first.run_id) == ("1403080100001", "done", "a1b2c3d4")
    assert store.entry("isna", "/news/1403080200003/").status == "pending"
    assert store.duplicate_of("isna", None, "https://www.isna.ir/news/1403080100001/", None).url == first.url
    assert store.tried_urls("isna") == {"/news/1403080200009/"}
    last = store.last_successful_run("isna")
    assert (last.run_id, last.records, last.counts) == ("a1b2c3d4", 2, {"drop/duplicate": 1})
    assert store.backfill_floor("isna") == (False, None)  # the floors table is new: created on open
    store.note_floor("isna", "2026-10-01T00:00:00Z")
    assert store.backfill_floor("isna")[0] is True
