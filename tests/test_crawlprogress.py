"""Progress of long commands: one live line on a terminal, plain log lines elsewhere.

A real crawl of the sample site and a real `newsscraper extract` over several pages, with stderr
once a pseudo-terminal (what a person at a shell has) and once a pipe (cron, systemd, CI).
"""

from __future__ import annotations

import fcntl
import os
import pty
import re
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

from newsscraper.crawlprogress import counts
from tests.support.servers import ROOT, crawl, serve

FIXTURES = ROOT / "tests" / "fixtures"


def run_in_terminal(cmd: list[str], timeout: float = 300) -> tuple[int, str, str]:
    """(exit code, stdout, what the terminal showed on stderr) of a command whose stderr is a pty."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 160, 0, 0))  # a real terminal has a size
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=slave, stdin=subprocess.DEVNULL,
                            env=os.environ)
    os.close(slave)
    shown = bytearray()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the child closed its end: EIO on Linux
            break
        if not chunk:
            break
        shown += chunk
    os.close(master)
    out = proc.stdout.read().decode("utf-8") if proc.stdout else ""
    # the terminal turns each \n into \r\n: undo that, so a lone \r is the live line being redrawn
    return proc.wait(timeout=30), out, shown.decode("utf-8", errors="replace").replace("\r\n", "\n")


def test_counts_sum_each_family_of_the_crawl_stats():
    stats = {"item_scraped_count": 7, "refused/no_body": 2, "refused/no_headline": 1, "drop/duplicate": 3,
             "failure/http_status/500": 1, "failure/offsite_redirect": 2, "discovery/failed": 9,
             "response_received_count": 20}
    assert counts(stats) == {"records": 7, "refused": 3, "drops": 3, "failures": 3}


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    with serve(tmp_path_factory.mktemp("sample") / "requests.log", "--sites", "sample_wp") as bases:
        yield bases


def test_crawl_logs_plain_progress_lines_when_stderr_is_not_a_terminal(sample, tmp_path):
    done = crawl("sample_wp", tmp_path, "-s", "LOGSTATS_INTERVAL=0.2", base_url=sample["sample_wp"])
    assert done.returncode == 0, done.log[-2000:]
    lines = [line for line in done.log.splitlines() if "[newsscraper.crawlprogress]" in line]
    assert lines, "no progress line in the log"
    last = lines[-1]
    assert re.search(r"sample_wp: \d+ pages, .* \(finished\)$", last), last
    # side counts appear in the order they first became non-zero
    assert re.search(rf"\b{len(done.records)} records\b", last), last
    assert re.search(rf"\b{sum(done.manifest['refused'].values())} refused\b", last), last
    assert "\r" not in done.log, "nothing is redrawn in a log"


@pytest.mark.parametrize("command", [["scrapy", "crawl"], ["newsscraper.cli", "crawl"]], ids=" ".join)
def test_crawl_draws_one_live_line_on_a_terminal_with_the_log_above_it(sample, tmp_path, command, monkeypatch):
    monkeypatch.setenv("NEWSSCRAPER_DEMO_SITES", "1")  # `newsscraper crawl` knows the sample sites only so
    cmd = [sys.executable, "-m", *command, "sample_wp", "-a", f"base_url={sample['sample_wp']}",
           "-s", "NEWSSCRAPER_LOOPBACK=1", "-s", f"NEWSSCRAPER_DATA_DIR={tmp_path}", "-s", "LOG_LEVEL=INFO",
           "-s", "DOWNLOAD_DELAY=0.05"]
    code, _, shown = run_in_terminal(cmd)
    assert code == 0, shown[-2000:]
    redraws = [part for part in shown.split("\r") if part.startswith("sample_wp: ")]
    assert len(redraws) >= 2, f"the live line was not drawn: {shown[-1500:]}"
    assert re.search(r"sample_wp: \d+ pages", redraws[-1])
    # every log line stands on its own line: none starts in the middle of the live line
    log_lines = [line for line in shown.replace("\r", "\n").splitlines() if " INFO: " in line]
    assert log_lines and all(re.match(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} \[", line) for line in log_lines), \
        [line for line in log_lines if not re.match(r"\d{4}-", line)][:3]


def _pages(tmp_path: Path) -> list[str]:
    pages = sorted(FIXTURES.glob("*/article_*.html"))[:6]
    assert len(pages) == 6
    listing = tmp_path / "listing.html"
    listing.write_text("<html><body><ul><li><a href='/a'>یک</a></li></ul></body></html>", encoding="utf-8")
    return [*map(str, pages), str(listing)]


def test_extract_over_many_pages_draws_a_live_line_on_a_terminal(tmp_path):
    cmd = [sys.executable, "-m", "newsscraper.cli", "extract", *_pages(tmp_path)]
    code, out, shown = run_in_terminal(cmd)
    assert code == 1, "the listing page is refused"
    assert len(out.splitlines()) == 6
    assert re.search(r"extract: \d+ pages", shown), shown
    assert re.search(r"listing\.html: refused: \w+", shown)


def test_extract_draws_nothing_when_stderr_is_not_a_terminal(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "newsscraper.cli", "extract", *_pages(tmp_path)],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert proc.returncode == 1
    lines = proc.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"{tmp_path / 'listing.html'}: refused: "), lines


def test_nightly_shows_each_crawls_line_on_a_terminal_and_logs_it_to_the_site_log(tmp_path):
    with serve(tmp_path / "requests.log", "--sites", "sample_nastooh") as bases:
        cmd = [sys.executable, "-m", "newsscraper.cli", "nightly", "sample_nastooh", "--data-dir", str(tmp_path / "d"),
               "--base-url", f"sample_nastooh={bases['sample_nastooh']}", "-s", "NEWSSCRAPER_LOOPBACK=1",
               "-s", "NIGHTLY_FIRST_DAYS=100000", "-s", "DOWNLOAD_DELAY=0.05"]
        code, out, shown = run_in_terminal(cmd)
    assert code in (0, 1), shown[-2000:]  # healthy or not (the sample site serves a 500 on purpose)
    assert re.search(r"(^|\r)sample_nastooh: (ok|FAILED)", out + shown, re.M), "nightly's own verdict line"
    assert re.search(r"\rsample_nastooh: \d+ pages", shown), shown[-1500:]
    logs = list((tmp_path / "d" / "logs" / "sample_nastooh").glob("*.log"))
    assert len(logs) == 1
    assert re.search(r"\[newsscraper\.crawlprogress\] INFO: sample_nastooh: \d+ pages, \d+ records",
                     logs[0].read_text("utf-8"))
