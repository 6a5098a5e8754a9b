"""Where writable state lives: never the working directory, so cron and systemd find the same files.

Order: the NEWSSCRAPER_DATA_DIR setting (or environment variable), then the data/ folder beside
the project's scrapy.cfg, then a per-user data directory.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def project_data_dir() -> Path | None:
    """data/ beside scrapy.cfg when running from a checkout; None when installed elsewhere."""
    if (PROJECT_ROOT / "scrapy.cfg").is_file():
        return PROJECT_ROOT / "data"
    return None


def data_dir(setting: str | os.PathLike[str] | None = None) -> Path:
    """The data directory: exports/ and state/ live below it."""
    chosen = setting or os.environ.get("NEWSSCRAPER_DATA_DIR")
    if chosen:
        return Path(chosen).expanduser().resolve()
    return project_data_dir() or user_data_path("newsscraper", appauthor=False)


def exports_dir(base: Path) -> Path:
    return base / "exports"


def state_dir(base: Path) -> Path:
    return base / "state"


def warc_dir(base: Path) -> Path:
    """Where `-s NEWSSCRAPER_WARC=1` crawls archive what they fetched: warc/<site>/<run file>."""
    return base / "warc"
