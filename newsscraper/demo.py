"""`newsscraper demo`: the main job on bundled data, with no network.

Until the sample-site crawl lands, the demo runs `newsscraper extract` over the bundled pages of
tests/fixtures/ (our own pages in real sites' templates, each with its URL in a .meta.json) and
prints a summary on stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

from newsscraper.paths import PROJECT_ROOT

PAGES = PROJECT_ROOT / "tests" / "fixtures"


def _pages(folder: Path) -> list[tuple[Path, dict]]:
    out = []
    for html in sorted(folder.rglob("*.html")):
        meta_path = html.with_name(html.stem + ".meta.json")
        meta = json.loads(meta_path.read_text("utf-8")) if meta_path.is_file() else {}
        out.append((html, meta))
    return out


def run_demo(_args: argparse.Namespace | None = None, folder: Path = PAGES) -> int:
    from newsscraper.extract import extract

    pages = _pages(folder)
    if not pages:
        print(f"newsscraper demo: no pages in {folder}", file=sys.stderr)
        return 2
    records, refused = 0, []
    for html, meta in pages:
        result = extract(html.read_bytes(), meta.get("url"), content_type=meta.get("content_type"))
        if result.record is None:
            refused.append(f"{html.relative_to(folder)}: {result.refusal}")
            continue
        records += 1
        name = str(html.relative_to(folder))
        print(json.dumps({"file": name, **asdict(result.record)}, ensure_ascii=False))
    print(f"\n# {records} records from {len(pages)} pages in {folder}", file=sys.stderr)
    for line in refused:
        print(f"# refused (as expected for non-articles) {line}", file=sys.stderr)
    return 0
