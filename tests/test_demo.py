"""`newsscraper demo`: serves the sample site, crawls it through Scrapy, and repeats exactly."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from tests.support.servers import sample_articles

ROOT = Path(__file__).resolve().parent.parent


def _run(data: Path) -> tuple[subprocess.CompletedProcess[str], dict[str, list[dict]]]:
    code = ("import sys; from pathlib import Path; from newsscraper.demo.run import run_demo; "
            f"sys.exit(run_demo(None, Path({str(data)!r})))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=300)
    out = {}
    for f in sorted((data / "exports").glob("*/*.jsonl")):
        out[f.parent.name] = [json.loads(line) for line in f.read_text("utf-8").splitlines()]
    return proc, out


def _comparable(records: list[dict]) -> list[dict]:
    """Records without what must differ between runs: the crawl time and the free port."""
    def strip(r: dict) -> dict:
        out = {k: v for k, v in r.items() if k != "crawled_at"}
        for key in ("url", "canonical_url"):
            out[key] = re.sub(r"^http://127\.0\.0\.1:\d+", "", out[key] or "")
        return out

    return sorted((strip(r) for r in records), key=lambda r: r["news_id"])


def test_demo_crawls_every_sample_site_and_repeats(tmp_path):
    proc, first = _run(tmp_path)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert set(first) == {"sample_wp", "sample_nastooh", "sample_dari"}
    for site, records in first.items():
        want = {a["id"] for a in sample_articles()[site]["articles"] if a["kind"] in ("ok", "nodate")}
        assert {r["news_id"] for r in records} == want
    assert "records" in proc.stdout and "exports under" in proc.stdout
    again, second = _run(tmp_path)
    assert again.returncode == 0
    assert len(list((tmp_path / "exports").glob("*/*.jsonl"))) == 3, "the demo replaces its own exports"
    for site in first:
        assert _comparable(first[site]) == _comparable(second[site])
