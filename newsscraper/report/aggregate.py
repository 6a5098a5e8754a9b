"""What the report draws, computed in one streaming pass over the exports.

Per site: distinct stories per publication day (the site's local day, `published_date`), the
publication hour in the site's own zone, sections, tags, and body lengths. A story exported again
by a later run (a revision) counts once, by merge's story key. Per run: what its manifest says
(records, drops, refusals, failures by reason, fill rates, finish reason, times).

The window (--since / --until) selects stories by publication day; an undated story is kept when
its run started inside the window. A run is shown when it started inside the window or exported a
story published inside it. Memory holds counters and one story key per story, never the records.
"""

from __future__ import annotations

import os
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from itertools import repeat
from typing import Any

from newsscraper.merge import story_key
from newsscraper.nightly import fill_drops
from newsscraper.report.inputs import ExportFile, records
from newsscraper.store import Run

LENGTH_STEP = 100  # body lengths are counted in steps of this many characters
EARLIEST = datetime.min.replace(tzinfo=UTC)
PARALLEL_BYTES = 20_000_000  # below this, starting worker processes costs more than it saves


@dataclass(frozen=True)
class Window:
    since: date | None = None
    until: date | None = None
    sites: frozenset[str] = frozenset()

    def has_day(self, day: date) -> bool:
        return (self.since is None or day >= self.since) and (self.until is None or day <= self.until)

    def has_site(self, site: str) -> bool:
        return not self.sites or site in self.sites


@dataclass
class SiteData:
    key: str
    name: str                  # the site's own (Persian) name, else its key
    zone: tzinfo | None
    days: Counter[date] = field(default_factory=Counter)
    hours: Counter[int] = field(default_factory=Counter)
    sections: Counter[str] = field(default_factory=Counter)
    tags: Counter[str] = field(default_factory=Counter)
    lengths: Counter[int] = field(default_factory=Counter)
    stories: int = 0
    repeats: int = 0           # records of a story already counted (revisions, overlapping runs)
    undated: int = 0
    keys: set[tuple[str, str]] = field(default_factory=set, repr=False)

    @property
    def label(self) -> str:
        return self.name if self.name == self.key else f"{self.name} ({self.key})"

    def gaps(self) -> list[date]:
        """Days without a story between the site's first and last publication day: possible crawl gaps."""
        if not self.days:
            return []
        first, last = min(self.days), max(self.days)
        return [first + timedelta(days=n) for n in range((last - first).days + 1)
                if not self.days.get(first + timedelta(days=n))]


@dataclass
class RunData:
    export: ExportFile
    records_read: int = 0
    in_window: int = 0
    drift: list[tuple[str, float, float]] = field(default_factory=list)  # (field, median before, rate)

    @property
    def manifest(self) -> dict[str, Any]:
        return self.export.manifest

    @property
    def site(self) -> str:
        return self.export.site

    @property
    def finish_reason(self) -> str:
        return str(self.manifest.get("finish_reason") or "no manifest")

    @property
    def records(self) -> int:
        value = self.manifest.get("records")
        return int(value) if isinstance(value, int) else self.records_read

    @property
    def duration(self) -> timedelta | None:
        start, end = self.export.started, self.export.ended
        return end - start if start and end else None

    @property
    def pages_parsed(self) -> int:
        value = self.manifest.get("pages_parsed")
        return int(value) if isinstance(value, int) else 0

    @property
    def fill_rates(self) -> dict[str, float | None]:
        """Over the article pages parsed (what nightly judges) when the manifest has them, else over records."""
        parsed = self.manifest.get("fill_rates_parsed")
        chosen = parsed if self.pages_parsed and isinstance(parsed, dict) else self.manifest.get("fill_rates")
        return dict(chosen) if isinstance(chosen, dict) else {}

    def losses(self) -> dict[str, int]:
        """Drops, refusals, failures and dropped requests by reason: `drop/duplicate`,
        `failure/http_status/500`, `dropped_request/redirect_duplicate`, …"""
        out: dict[str, int] = {}
        for kind, key in (("drop", "drops"), ("refused", "refused"), ("failure", "failures"),
                          ("dropped_request", "dropped_requests")):
            _flatten(self.manifest.get(key), kind, out)
        return out

    def as_store_run(self) -> Run:
        """This run as nightly sees it in the store, so the report judges drift by nightly's rule."""
        started = self.export.started
        return Run(self.export.run_id, self.site, started.isoformat() if started else "", None,
                   self.manifest.get("finish_reason"), self.records,
                   {"fill_rates": self.fill_rates, "pages_parsed": self.pages_parsed})


def _flatten(node: Any, prefix: str, out: dict[str, int]) -> None:
    if isinstance(node, bool):
        return
    if isinstance(node, int | float):
        if node:
            out[prefix] = out.get(prefix, 0) + int(node)
        return
    if not isinstance(node, dict):
        return
    for name, child in node.items():
        if prefix == "failure" and name == "retry":  # retries are effort, not pages lost: gave-ups are
            continue                                  # already counted under their reason
        _flatten(child, f"{prefix}/{name.rstrip('/')}", out)


@dataclass
class Aggregates:
    window: Window = field(default_factory=Window)
    sites: dict[str, SiteData] = field(default_factory=dict)
    runs: list[RunData] = field(default_factory=list)

    def add(self, export: ExportFile) -> None:
        """Read one export into the aggregates (it is skipped when outside the window)."""
        if not self.window.has_site(export.site):
            return
        started = export.started
        run_in_window = started is not None and self.window.has_day(started.date())
        site = self.site(export.site)
        run = RunData(export)
        for record in records(export):
            run.records_read += 1
            if self._count(site, record, run_in_window):
                run.in_window += 1
        if run_in_window or run.in_window:
            self.runs.append(run)

    def site(self, key: str) -> SiteData:
        if key not in self.sites:
            from newsscraper.sites import site_by_key

            known = site_by_key(key)  # the demo's sample sites too, once registered (the demo, the command)
            self.sites[key] = SiteData(key, known.name if known else key, known.zone if known else None)
        return self.sites[key]

    def _count(self, site: SiteData, record: dict[str, Any], run_in_window: bool) -> bool:
        day = _day(record.get("published_date"))
        if not (run_in_window if day is None else self.window.has_day(day)):
            return False
        key = story_key(record)
        if key in site.keys:
            site.repeats += 1
            return True
        site.keys.add(key)
        site.stories += 1
        if day is None:
            site.undated += 1
        else:
            site.days[day] += 1
        hour = _local_hour(record.get("published_at"), site.zone)
        if hour is not None:
            site.hours[hour] += 1
        if isinstance(record.get("section"), str) and record["section"]:
            site.sections[record["section"]] += 1
        site.tags.update(t for t in record.get("tags") or () if isinstance(t, str) and t)
        body = record.get("body")
        site.lengths[len(body) // LENGTH_STEP if isinstance(body, str) else 0] += 1
        return True

    def finish(self) -> None:
        """Judge each run's fill rates against its site's earlier runs, as nightly does."""
        by_site: dict[str, list[RunData]] = {}
        for run in sorted(self.runs, key=lambda r: (r.export.started or EARLIEST, r.export.run_id)):
            by_site.setdefault(run.site, []).append(run)
        for runs in by_site.values():
            for n, run in enumerate(runs):
                history = [r.as_store_run() for r in reversed(runs[:n])]
                run.drift = fill_drops(run.fill_rates, run.pages_parsed, history)
        self.runs = [r for runs in by_site.values() for r in runs]
        for key in [k for k, s in self.sites.items() if not s.stories and not any(r.site == k for r in self.runs)]:
            del self.sites[key]
        for site in self.sites.values():
            site.keys.clear()  # only needed while reading

    def latest(self, site: str) -> RunData | None:
        runs = [r for r in self.runs if r.site == site]
        return runs[-1] if runs else None

    @property
    def stories(self) -> int:
        return sum(s.stories for s in self.sites.values())


def _day(value: Any) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _local_hour(value: Any, zone: tzinfo | None) -> int | None:
    """The hour on the site's own clock: the instant taken to the site's zone (an unknown site keeps
    the offset it was written with), so +03:30 and +04:30 stamps of the same wall time agree."""
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if zone is not None and moment.tzinfo is not None:
        moment = moment.astimezone(zone)
    return moment.hour


def collect(exports: list[ExportFile], window: Window, jobs: int | None = None) -> Aggregates:
    """The aggregates of the exports, one site per worker process when there is enough to read: a
    story key never spans sites, so sites are read apart and their results put side by side."""
    by_site: dict[str, list[ExportFile]] = {}
    for export in exports:
        if window.has_site(export.site):
            by_site.setdefault(export.site, []).append(export)
    jobs = min(jobs or os.cpu_count() or 1, len(by_site))
    size = sum(_size(e) for files in by_site.values() for e in files)
    if jobs < 2 or size < PARALLEL_BYTES:
        parts = [collect_site(files, window) for files in by_site.values()]
    else:
        with ProcessPoolExecutor(jobs) as pool:
            parts = list(pool.map(collect_site, by_site.values(), repeat(window)))
    agg = Aggregates(window)
    for part in sorted(parts, key=lambda p: next(iter(p.sites), "")):
        agg.sites.update(part.sites)
        agg.runs.extend(part.runs)
    return agg


def collect_site(exports: list[ExportFile], window: Window) -> Aggregates:
    """One site's aggregates, read in this process."""
    agg = Aggregates(window)
    for export in exports:
        agg.add(export)
    agg.finish()
    return agg


def _size(export: ExportFile) -> int:
    try:
        return export.path.stat().st_size
    except OSError:
        return 0
