"""`newsscraper report`: the crawl's health and the data's shape in one offline HTML page.

inputs.py finds the finished exports and their manifests and streams their records; aggregate.py
counts what the charts need in one pass; charts.py draws plotly figures; page.py writes the page
with plotly.js inline. Needs the `report` extra (`pip install '.[report]'` in a clone: plotly).
"""

from __future__ import annotations

import os
from pathlib import Path

from newsscraper.report.aggregate import Aggregates, Window, collect
from newsscraper.report.inputs import find_exports


class NothingToReport(Exception):
    """No export (or no story and no run inside the window) under the paths given."""


def build(sources: list[Path], window: Window) -> Aggregates:
    """The aggregates of every export under the sources; raises NothingToReport, FileNotFoundError."""
    exports = find_exports(sources)
    if not exports:
        raise NothingToReport("no export files (*.jsonl, *.jsonl.gz) under " + ", ".join(map(str, sources)))
    agg = collect(exports, window)
    if not agg.runs and not agg.stories:
        raise NothingToReport(f"{len(exports)} export file(s) found, none inside the sites and days asked for")
    return agg


def write_report(sources: list[Path], out: Path, window: Window | None = None) -> Path:
    """Write the report to `out` (atomically: a reader never sees half a page) and return its path."""
    from newsscraper.report.page import render  # plotly loads only when there is something to draw

    agg = build(sources, window or Window())
    html = render(agg, sources)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    tmp.write_text(html, encoding="utf-8")
    tmp.replace(out)
    return out
