"""Export files and manifests written the way a crawl writes them (newsscraper.exports.RunFile and
write_manifest), for the report's tests and bench/report.py: records are NewsArticle dicts whose
date fields come from newsscraper.jalali.published_fields, as the extractor fills them."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import asdict
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from newsscraper.exports import RunFile, fill_rates, filled_fields, write_manifest
from newsscraper.items import FIELD_NAMES, NewsArticle
from newsscraper.jalali import TEHRAN, published_fields
from newsscraper.runfiles import iso
from newsscraper.sites import site_by_key


def article(site: str, news_id: str, published: datetime | date | None, **fields: Any) -> dict[str, Any]:
    """One record of `site` (a registered key: its zone dates the record), as the exports hold it."""
    values: dict[str, Any] = {"site": site, "news_id": news_id, "url": f"https://{site}.example/news/{news_id}",
                              "headline": f"خبر شمارهٔ {news_id}", "body": "متن خبر.", "language": "fa"}
    known = site_by_key(site)
    if published is not None:
        values.update(published_fields(published, known.zone if known else TEHRAN))
    values.update(fields)
    return asdict(NewsArticle(**values))


def write_run(root: Path, site: str, started: datetime, records: list[dict[str, Any]], *, gzipped: bool = False,
              run_id: str | None = None, finish_reason: str = "finished", minutes: float = 3.0,
              **manifest: Any) -> Path:
    """Write `root/<site>/<stamp>-<run id>.jsonl[.gz]` and its manifest; returns the export's path.

    The manifest's counts and fill rates are computed from the records; keyword arguments (drops,
    refused, failures, pages_parsed, fill_rates_parsed, ...) are added to it or replace them.
    """
    run_id = run_id or f"{random.Random(f'{site}{started}').getrandbits(32):08x}"
    out = RunFile(root / site, started, run_id, gzipped)
    filled: Counter[str] = Counter()
    for record in records:
        out.write(record)
        filled.update(filled_fields(record))
    path = out.close()
    rates = fill_rates(filled, len(records))
    write_manifest(path, {
        "run_id": run_id, "site": site, "started": iso(started), "ended": iso(started + timedelta(minutes=minutes)),
        "finish_reason": finish_reason, "records": len(records), "drops": {}, "refused": {},
        "failures": {"retry": {"retried": 0, "gave_up": 0, "waited_for_retry_after": 0}},
        "fill_rates": rates, "pages_parsed": len(records), "fill_rates_parsed": dict(rates), "requests": len(records),
        **manifest,
    })
    return path


def rates(value: float, **fields: float) -> dict[str, float]:
    """A fill-rate table: every field at `value`, some fields at their own rate."""
    return {name: fields.get(name, value) for name in FIELD_NAMES}
