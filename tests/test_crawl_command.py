"""`newsscraper crawl` exit statuses and `newsscraper list`; the demo's sample sites are spiders only
on request (NEWSSCRAPER_DEMO_SITES=1, which conftest.py sets for the tests' own crawls).

The exit status of a finished crawl run from an installed wheel, from an empty directory, is in
test_wheel.py; here the crawls run from the checkout in a temporary working directory.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsscraper.sites import DEMO_SITES_ENV, all_sites
from tests.support.servers import ROOT, article_requests, serve

SAMPLE_KEYS = {"sample_wp", "sample_nastooh", "sample_dari"}


def _env(demo_sites: bool) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != DEMO_SITES_ENV}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    if demo_sites:
        env[DEMO_SITES_ENV] = "1"
    return env


def newsscraper(cwd: Path, *args: str, demo_sites: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "newsscraper.cli", *args], cwd=cwd, env=_env(demo_sites),
                          capture_output=True, text=True, timeout=300, check=False)


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    with serve(tmp_path_factory.mktemp("sample") / "requests.log", "--sites", "sample_nastooh") as bases:
        yield bases["sample_nastooh"]


def test_list_hides_the_sample_sites_unless_asked(tmp_path):
    plain = newsscraper(tmp_path, "list", demo_sites=False)
    assert plain.returncode == 0, plain.stderr
    names = plain.stdout.splitlines()
    modules = {p.stem for p in (ROOT / "newsscraper" / "sites").glob("*.py") if not p.stem.startswith("_")}
    assert names == sorted(modules | {"news"})
    asked = newsscraper(tmp_path, "list", demo_sites=True)
    assert asked.stdout.splitlines() == sorted(modules | {"news"} | SAMPLE_KEYS)


def test_scrapy_list_hides_the_sample_sites():
    proc = subprocess.run([sys.executable, "-m", "scrapy", "list"], cwd=ROOT, env=_env(demo_sites=False),
                          capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    assert "news" in proc.stdout.split() and not SAMPLE_KEYS & set(proc.stdout.split())


def test_registry_includes_the_sample_sites_only_once_registered():
    assert not SAMPLE_KEYS & set(all_sites(extra=False))
    assert set(all_sites()) == set(all_sites(extra=False)) | SAMPLE_KEYS, "conftest registered them"
    code = "import json; from newsscraper.sites import all_sites; print(json.dumps(sorted(all_sites())))"
    proc = subprocess.run([sys.executable, "-c", code], env=_env(demo_sites=True), capture_output=True, text=True,
                          timeout=60, check=False)
    assert proc.returncode == 0, proc.stderr
    assert not SAMPLE_KEYS & set(json.loads(proc.stdout)), "the registry never imports the demo"


def test_nightly_default_list_leaves_out_the_sample_sites(monkeypatch, tmp_path, capsys):
    from newsscraper import nightly

    asked: list[str] = []
    monkeypatch.setattr(nightly, "crawl_site", lambda site, *args, **kwargs: asked.append(site) or 1)
    args = argparse.Namespace(sites=[], data_dir=str(tmp_path), base_urls={}, setting=[])
    nightly.run_nightly(args)  # every crawl "fails" at once: only the list of sites matters here
    assert asked == sorted(all_sites(extra=False))
    assert os.environ.get(DEMO_SITES_ENV) == "1", "conftest registers the sample sites; nightly ignores them"


def test_crawl_exits_0_when_finished_and_writes_to_the_data_dir(sample, tmp_path):
    proc = newsscraper(tmp_path, "crawl", "sample_nastooh", "-a", f"base_url={sample}", "-s",
                       "NEWSSCRAPER_LOOPBACK=1", "-s", f"NEWSSCRAPER_DATA_DIR={tmp_path / 'data'}", "-O", "out.jl")
    assert proc.returncode == 0, proc.stderr[-3000:]
    manifest = json.loads(next((tmp_path / "data" / "exports" / "sample_nastooh").glob("*.manifest.json"))
                          .read_text("utf-8"))
    assert manifest["finish_reason"] == "finished" and manifest["records"] > 0
    assert len((tmp_path / "out.jl").read_text("utf-8").splitlines()) == manifest["records"]


def test_crawl_exits_1_when_the_finish_reason_is_not_finished(sample, tmp_path):
    proc = newsscraper(tmp_path, "crawl", "sample_nastooh", "-a", f"base_url={sample}", "-s",
                       "NEWSSCRAPER_LOOPBACK=1", "-s", f"NEWSSCRAPER_DATA_DIR={tmp_path}", "-s",
                       "CLOSESPIDER_PAGECOUNT=2")
    assert proc.returncode == 1, proc.stderr[-3000:]
    assert "closespider_pagecount" in proc.stderr.splitlines()[-1]


@pytest.mark.parametrize("args", [
    ("crawl", "no_such_spider"),
    ("crawl", "sample_nastooh", "-a", "since=yesterday-ish"),
    ("crawl", "sample_nastooh", "-a", "since"),
    ("crawl", "sample_nastooh", "-s", "LOG_LEVEL"),
    ("crawl", "sample_nastooh", "-O", "out.unknown-format"),
    ("crawl",),
])
def test_crawl_usage_errors_exit_2_before_any_request(args, tmp_path):
    proc = newsscraper(tmp_path, *args, "-s", f"NEWSSCRAPER_DATA_DIR={tmp_path}")
    assert proc.returncode == 2, proc.stderr[-3000:]
    assert proc.stderr.strip(), "a usage error says what is wrong"
    assert not (tmp_path / "exports").exists()


def test_crawl_of_a_sample_site_without_asking_is_unknown(tmp_path):
    proc = newsscraper(tmp_path, "crawl", "sample_wp", demo_sites=False)
    assert proc.returncode == 2 and "no spider 'sample_wp'" in proc.stderr


def test_crawl_stopped_by_sigterm_exits_1(tmp_path):
    """A scheduler that stops a crawl (systemd's TimeoutStopSec, a cancelled job) sees it as not done."""
    log = tmp_path / "requests.log"
    with serve(log, "--sites", "sample_nastooh", "--hold-after", "2") as bases:
        cmd = [sys.executable, "-m", "newsscraper.cli", "crawl", "sample_nastooh", "-a",
               f"base_url={bases['sample_nastooh']}", "-s", "NEWSSCRAPER_LOOPBACK=1", "-s",
               f"NEWSSCRAPER_DATA_DIR={tmp_path / 'data'}"]
        proc = subprocess.Popen(cmd, cwd=tmp_path, env=_env(True), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                text=True)
        deadline = time.monotonic() + 120
        while len(article_requests(log, "sample_nastooh")) <= 2 and time.monotonic() < deadline:
            time.sleep(0.2)  # until an article request is held: the crawl is under way
        proc.send_signal(signal.SIGTERM)
        _, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 1, stderr[-3000:]
    assert "shutdown" in stderr.splitlines()[-1]
