"""`newsscraper demo` runs the main job on bundled pages, offline."""

import json

from newsscraper.demo import PAGES, run_demo


def test_demo_extracts_bundled_pages(capsys):
    assert run_demo() == 0
    captured = capsys.readouterr()
    records = [json.loads(line) for line in captured.out.splitlines() if line.strip()]
    bundled = list(PAGES.rglob("*.html"))
    assert records and len(records) < len(bundled)  # the bundled listing page is refused
    assert all(r["headline"] and r["body"] for r in records)
    assert "refused" in captured.err


def test_demo_with_no_pages_fails_cleanly(tmp_path, capsys):
    assert run_demo(folder=tmp_path) == 2
    assert "no pages" in capsys.readouterr().err
