"""The persistent seen-store and the runs table: what was exported, by which run, and how runs ended.

SQLite by default (data/state/seen.sqlite3), in WAL mode with a busy timeout so several crawl
processes can share it. An exported article is entered as `pending` with its run id right after
its line is flushed; a clean end turns the run's entries `done` in one transaction. Entries of a
killed run are settled by recovery (see newsscraper.exports).

`NEWSSCRAPER_SEEN_STORE` (setting, else environment variable) chooses the store: unset → the
SQLite file above; a path → SQLite there; a redis:// (rediss://, unix://) URL → the same store on
Redis (newsscraper.store.redis), for crawl processes on several machines. open_store() opens one,
store_for() gives the process's shared one.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from newsscraper.runfiles import now_utc
from newsscraper.store.base import Run, RunHistory, SeenEntry

SCHEMA = """
CREATE TABLE IF NOT EXISTS seen (
    site TEXT NOT NULL,
    url TEXT NOT NULL,
    news_id TEXT,
    canonical_url TEXT,
    body_hash TEXT,
    run_id TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'done')),
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    revision INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (site, url)
);
CREATE INDEX IF NOT EXISTS seen_news_id ON seen (site, news_id);
CREATE INDEX IF NOT EXISTS seen_canonical ON seen (site, canonical_url);
CREATE INDEX IF NOT EXISTS seen_body ON seen (site, body_hash);
CREATE INDEX IF NOT EXISTS seen_run ON seen (run_id, status);
CREATE TABLE IF NOT EXISTS tried (
    site TEXT NOT NULL,
    url TEXT NOT NULL,
    reason TEXT NOT NULL,
    tries INTEGER NOT NULL DEFAULT 1,
    last_tried TEXT NOT NULL,
    PRIMARY KEY (site, url)
);
CREATE TABLE IF NOT EXISTS runs (
    run_id TEXT PRIMARY KEY,
    site TEXT NOT NULL,
    started TEXT NOT NULL,
    ended TEXT,
    outcome TEXT,
    records INTEGER NOT NULL DEFAULT 0,
    counts TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX IF NOT EXISTS runs_site ON runs (site, started);
CREATE TABLE IF NOT EXISTS floors (
    site TEXT PRIMARY KEY,
    floor TEXT
);
"""
BUSY_TIMEOUT_MS = 30_000


class SqliteSeenStore(RunHistory):
    """SQLite-backed seen-store; one connection per process. newsscraper.store.redis.RedisSeenStore
    has the same methods and behaviour on Redis; open_store / store_for pick one by URL."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.db = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        self.db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        self.db.execute("PRAGMA journal_mode = WAL")
        self.db.execute("PRAGMA synchronous = NORMAL")
        self.db.executescript(SCHEMA)

    @contextmanager
    def tx(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, taken at once so concurrent writers queue instead of failing."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def close(self) -> None:
        self.db.close()

    # ---------------------------------------------------------------- seen articles

    def seen_urls(self, site: str) -> set[str]:
        """Every article URL of a site already exported (done) or being exported (pending)."""
        return {row[0] for row in self.db.execute("SELECT url FROM seen WHERE site = ?", (site,))}

    def entry(self, site: str, url: str) -> SeenEntry | None:
        row = self.db.execute("SELECT site, url, news_id, canonical_url, body_hash, run_id, status, first_seen, "
                              "revision FROM seen WHERE site = ? AND url = ?", (site, url)).fetchone()
        return SeenEntry(*row) if row else None

    def first_seen_since(self, site: str, cutoff: str) -> set[str]:
        """URLs first exported at or after ``cutoff`` (ISO UTC): candidates for a revisit."""
        rows = self.db.execute("SELECT url FROM seen WHERE site = ? AND first_seen >= ?", (site, cutoff))
        return {r[0] for r in rows}

    def duplicate_of(self, site: str, news_id: str | None, canonical_url: str | None,
                     body_hash: str | None) -> SeenEntry | None:
        """An earlier export of the same story on the same site, by any of the three keys."""
        for column, value in (("news_id", news_id), ("canonical_url", canonical_url), ("body_hash", body_hash)):
            if not value:
                continue
            row = self.db.execute(
                "SELECT site, url, news_id, canonical_url, body_hash, run_id, status, first_seen, revision "
                f"FROM seen WHERE site = ? AND {column} = ? LIMIT 1", (site, value)).fetchone()
            if row:
                return SeenEntry(*row)
        return None

    def add_pending(self, site: str, run_id: str, url: str, news_id: str | None, canonical_url: str | None,
                    body_hash: str | None, revision: int = 1) -> None:
        stamp = now_utc()
        with self.tx() as db:
            db.execute(
                "INSERT INTO seen (site, url, news_id, canonical_url, body_hash, run_id, status, first_seen, "
                "last_seen, revision) VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?) "
                "ON CONFLICT (site, url) DO UPDATE SET news_id = excluded.news_id, "
                "canonical_url = excluded.canonical_url, body_hash = excluded.body_hash, "
                "run_id = excluded.run_id, status = 'pending', last_seen = excluded.last_seen, "
                "revision = excluded.revision",
                (site, url, news_id, canonical_url, body_hash, run_id, stamp, stamp, revision))

    def settle(self, run_id: str, exported_urls: Iterable[str] | None = None) -> tuple[int, int]:
        """Mark a run's pending entries done; with ``exported_urls`` (recovery), forget the others.

        Returns (done, forgotten).
        """
        with self.tx() as db:
            if exported_urls is None:
                cur = db.execute("UPDATE seen SET status = 'done' WHERE run_id = ? AND status = 'pending'", (run_id,))
                return cur.rowcount, 0
            keep = set(exported_urls)
            pending = [r[0] for r in db.execute(
                "SELECT url FROM seen WHERE run_id = ? AND status = 'pending'", (run_id,))]
            done = [u for u in pending if u in keep]
            gone = [u for u in pending if u not in keep]
            db.executemany("UPDATE seen SET status = 'done' WHERE run_id = ? AND url = ?",
                           [(run_id, u) for u in done])
            db.executemany("DELETE FROM seen WHERE run_id = ? AND url = ? AND status = 'pending'",
                           [(run_id, u) for u in gone])
            return len(done), len(gone)

    def forget_site(self, site: str) -> None:
        with self.tx() as db:
            db.execute("DELETE FROM seen WHERE site = ?", (site,))
            db.execute("DELETE FROM tried WHERE site = ?", (site,))
            db.execute("DELETE FROM floors WHERE site = ?", (site,))

    # ---------------------------------------------------------------- tried, not exported

    def note_tried(self, site: str, url: str, reason: str) -> None:
        """An article URL fetched but not exported (refused, failed): later runs try it again, and
        nightly does not mistake it for a new article that extraction missed."""
        with self.tx() as db:
            db.execute("INSERT INTO tried (site, url, reason, last_tried) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (site, url) DO UPDATE SET reason = excluded.reason, tries = tries + 1, "
                       "last_tried = excluded.last_tried", (site, url, reason, now_utc()))

    def tried_urls(self, site: str) -> set[str]:
        return {row[0] for row in self.db.execute("SELECT url FROM tried WHERE site = ?", (site,))}

    # ---------------------------------------------------------------- backfill floor

    def note_floor(self, site: str, since: str | None) -> None:
        """Record the `since` (ISO UTC) a run of the site was given, None for none: the site's floor is
        the earliest of them, and stays None (no floor) once any run had none."""
        with self.tx() as db:
            db.execute("INSERT INTO floors (site, floor) VALUES (?, ?) ON CONFLICT (site) DO UPDATE SET floor = "
                       "CASE WHEN floor IS NULL OR excluded.floor IS NULL THEN NULL "
                       "ELSE min(floor, excluded.floor) END", (site, since))

    def backfill_floor(self, site: str) -> tuple[bool, str | None]:
        """(known, floor): the earliest `since` (ISO UTC) any run of the site was given, None when some
        run was given none (it read everything it found); known is False when no run recorded one
        (a site never crawled, or crawled only before floors were recorded)."""
        row = self.db.execute("SELECT floor FROM floors WHERE site = ?", (site,)).fetchone()
        return (True, row[0]) if row else (False, None)

    # ---------------------------------------------------------------- runs

    def start_run(self, run_id: str, site: str, started: str) -> None:
        with self.tx() as db:
            db.execute("INSERT OR REPLACE INTO runs (run_id, site, started) VALUES (?, ?, ?)", (run_id, site, started))

    def end_run(self, run_id: str, outcome: str, records: int, counts: dict[str, Any],
                ended: str | None = None) -> None:
        with self.tx() as db:
            db.execute("UPDATE runs SET ended = ?, outcome = ?, records = ?, counts = ? WHERE run_id = ?",
                       (ended or now_utc(), outcome, records, json.dumps(counts, ensure_ascii=False), run_id))
            if outcome != "killed":
                db.execute("UPDATE seen SET status = 'done' WHERE run_id = ? AND status = 'pending'", (run_id,))

    def runs(self, site: str, limit: int = 20) -> list[Run]:
        rows = self.db.execute("SELECT run_id, site, started, ended, outcome, records, counts FROM runs "
                               "WHERE site = ? ORDER BY started DESC LIMIT ?", (site, limit))
        return [Run(*r[:6], json.loads(r[6] or "{}")) for r in rows]

    def run(self, run_id: str) -> Run | None:
        r = self.db.execute("SELECT run_id, site, started, ended, outcome, records, counts FROM runs "
                            "WHERE run_id = ?", (run_id,)).fetchone()
        return Run(*r[:6], json.loads(r[6] or "{}")) if r else None
