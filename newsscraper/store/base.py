"""What every seen-store is: its entries, its runs, the interface both backends answer, and the key
an article URL is stored under. The SQLite store is newsscraper.store.sqlite, the Redis one
newsscraper.store.redis; newsscraper.store opens the one the settings name."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Protocol
from urllib.parse import urlsplit

from newsscraper.discovery import canonical
from newsscraper.runfiles import now_utc

__all__ = ["Run", "RunHistory", "SeenEntry", "SeenStore", "now_utc", "url_key"]


def url_key(url: str | None) -> str:
    """The seen-store key of an article URL: its canonical path and query.

    The store keys entries by site, so the origin adds nothing, and leaving it out keeps a site's
    history valid across www / non-www, http / https, and local copies on another port.
    """
    if not url:
        return ""
    parts = urlsplit(canonical(url))
    return parts.path + (f"?{parts.query}" if parts.query else "")


@dataclass(frozen=True)
class SeenEntry:
    site: str
    url: str
    news_id: str | None
    canonical_url: str | None
    body_hash: str | None
    run_id: str
    status: str
    first_seen: str
    revision: int


@dataclass(frozen=True)
class Run:
    run_id: str
    site: str
    started: str
    ended: str | None
    outcome: str | None
    records: int
    counts: dict[str, Any]


class RunHistory:
    """Queries over the runs table that both backends answer the same way, through their runs()."""

    def runs(self, site: str, limit: int = 20) -> list[Run]:
        raise NotImplementedError

    def last_successful_run(self, site: str) -> Run | None:
        return next((run for run in self.runs(site, limit=200) if run.outcome == "finished"), None)



class SeenStore(Protocol):
    """The seen-store interface: SqliteSeenStore and RedisSeenStore both answer it, the same way."""

    def close(self) -> None: ...
    def seen_urls(self, site: str) -> set[str]: ...
    def entry(self, site: str, url: str) -> SeenEntry | None: ...
    def first_seen_since(self, site: str, cutoff: str) -> set[str]: ...
    def duplicate_of(self, site: str, news_id: str | None, canonical_url: str | None,
                     body_hash: str | None) -> SeenEntry | None: ...
    def add_pending(self, site: str, run_id: str, url: str, news_id: str | None, canonical_url: str | None,
                    body_hash: str | None, revision: int = 1) -> None: ...
    def settle(self, run_id: str, exported_urls: Iterable[str] | None = None) -> tuple[int, int]: ...
    def forget_site(self, site: str) -> None: ...
    def note_tried(self, site: str, url: str, reason: str) -> None: ...
    def tried_urls(self, site: str) -> set[str]: ...
    def note_floor(self, site: str, since: str | None) -> None: ...
    def backfill_floor(self, site: str) -> tuple[bool, str | None]: ...
    def start_run(self, run_id: str, site: str, started: str) -> None: ...
    def end_run(self, run_id: str, outcome: str, records: int, counts: dict[str, Any],
                ended: str | None = None) -> None: ...
    def runs(self, site: str, limit: int = 20) -> list[Run]: ...
    def last_successful_run(self, site: str) -> Run | None: ...
    def run(self, run_id: str) -> Run | None: ...
