"""The seen-store: what was exported, by which run, and how runs ended (see store/sqlite.py for the
model). `NEWSSCRAPER_SEEN_STORE` (setting, else environment variable) chooses the backend: unset →
SQLite at <data dir>/state/seen.sqlite3; a path → SQLite there; a redis:// (rediss://, unix://) URL →
the same store on Redis, for crawl processes on several machines. open_store() opens one,
store_for() gives the process's shared one."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from newsscraper.paths import data_dir, state_dir
from newsscraper.store.base import Run, RunHistory, SeenEntry, SeenStore, now_utc, url_key
from newsscraper.store.sqlite import SqliteSeenStore

__all__ = ["Run", "RunHistory", "SeenEntry", "SeenStore", "SqliteSeenStore", "is_redis_url", "now_utc",
           "open_store", "store_for", "store_location", "store_path", "url_key"]

_STORES: dict[str, Any] = {}
REDIS_SCHEMES = ("redis://", "rediss://", "unix://")


def is_redis_url(value: object) -> bool:
    return isinstance(value, str) and value.startswith(REDIS_SCHEMES)


def _chosen(settings: Any) -> str | None:
    """NEWSSCRAPER_SEEN_STORE: the setting, else the environment variable (as NEWSSCRAPER_DATA_DIR)."""
    return settings.get("NEWSSCRAPER_SEEN_STORE") or os.environ.get("NEWSSCRAPER_SEEN_STORE") or None


def store_path(settings: Any) -> Path:
    """The SQLite store: NEWSSCRAPER_SEEN_STORE (a path), else <data dir>/state/seen.sqlite3."""
    chosen = _chosen(settings)
    if chosen and is_redis_url(chosen):
        raise ValueError("NEWSSCRAPER_SEEN_STORE is a Redis URL, not a path: use store_for / open_store")
    if chosen:
        return Path(chosen).expanduser().resolve()
    return state_dir(data_dir(settings.get("NEWSSCRAPER_DATA_DIR"))) / "seen.sqlite3"


def store_location(settings: Any) -> str:
    """Where the store is: a redis:// (rediss://, unix://) URL, or the SQLite file's path."""
    chosen = _chosen(settings)
    return chosen if chosen and is_redis_url(chosen) else str(store_path(settings))


def open_store(settings: Any) -> SeenStore:
    """A new store for these settings: Redis for a redis:// URL, else SQLite (a path, or the default)."""
    location = store_location(settings)
    if is_redis_url(location):
        from newsscraper.store.redis import RedisSeenStore  # needs the redis client: only when asked for

        return RedisSeenStore(location)
    return SqliteSeenStore(Path(location))


def store_for(settings: Any) -> SeenStore:
    """The process's store for these settings: the spider, pipelines and export share it."""
    key = store_location(settings)
    if key not in _STORES:
        _STORES[key] = open_store(settings)
    return _STORES[key]
