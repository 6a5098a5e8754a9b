"""newsscraper.progress: drawn only on a terminal, counts and summary right, periodic log lines on request."""

from __future__ import annotations

import io
import logging
import subprocess
import sys

from newsscraper.progress import Progress


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_silent_when_stream_is_not_a_terminal():
    stream = io.StringIO()
    with Progress("extract", stream=stream) as bar:
        for _ in range(50):
            bar.advance(records=1)
    assert stream.getvalue() == ""
    assert bar.n == 50 and bar.counts["records"] == 50


def test_draws_counts_on_a_terminal():
    stream = FakeTerminal()
    bar = Progress("extract", unit="pages", stream=stream)
    bar.advance(3, records=2, refused=1)
    bar._bar.refresh()  # tqdm throttles redraws; force one to read it
    line = stream.getvalue()
    bar.close()
    assert "extract" in line and "records=2" in line and "refused=1" in line and "3" in line


def test_summary_names_every_count_and_the_rate():
    bar = Progress("extract", unit="pages", enabled=False)
    bar.advance(4, records=3)
    bar.advance(refused=1)
    bar.count(skipped=7)
    text = bar.summary()
    assert text.startswith("5 pages, 3 records, 1 refused, 7 skipped in ")
    assert text.endswith(" pages/s)")


def test_log_lines_when_asked(caplog):
    log = logging.getLogger("test.progress")
    with caplog.at_level(logging.INFO, logger="test.progress"):
        bar = Progress("crawl", stream=io.StringIO(), log_every=0.0, log=log)
        bar.advance(records=1)
        bar.advance(records=1)
    lines = [r.getMessage() for r in caplog.records]
    assert len(lines) == 2 and lines[-1].startswith("crawl: 2 pages, 2 records in ")


def test_no_log_lines_by_default(caplog):
    with caplog.at_level(logging.INFO):
        bar = Progress("crawl", stream=io.StringIO())
        bar.advance()
    assert not [r for r in caplog.records if r.name == "newsscraper.progress"]


def test_set_replaces_a_total_and_leaves_zeroes_out():
    bar = Progress("extract", enabled=False)
    bar.set(skipped=0)
    assert "skipped" not in bar.summary()
    bar.set(skipped=5)
    bar.set(skipped=7)
    assert bar.counts["skipped"] == 7 and "7 skipped" in bar.summary()


def test_tqdm_is_imported_only_to_draw():
    """A run whose stderr is a pipe or a file never loads tqdm (a tenth of a second of start-up)."""
    code = ("import io, sys\nfrom newsscraper.progress import Progress\n"
            "with Progress('x', stream=io.StringIO()) as p:\n    p.advance(records=1)\n"
            "print('tqdm' in sys.modules)\n"
            "Progress('x', stream=io.StringIO(), enabled=True).advance()\nprint('tqdm' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "True"]
