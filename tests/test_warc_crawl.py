"""-s NEWSSCRAPER_WARC=1: real crawls of the sample site archive what they fetched.

Round trip (the archive re-extracted gives the exported records again, crawled_at aside), rotation,
a killed run's WARC finished by the next run, `warcio check` on every file, headers that match the
stored body, and the manifest naming the files.
"""

from __future__ import annotations

import gzip
import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from scrapy.http import HtmlResponse, Request
from warcio.archiveiterator import ArchiveIterator

from newsscraper.cli import main
from newsscraper.warc.reader import read_archive
from newsscraper.warc.writer import stored_response
from tests.support.servers import ROOT, crawl, serve

SITE = "sample_nastooh"


def warc_files(data: Path) -> list[Path]:
    return sorted((data / "warc" / SITE).glob("*.warc.gz"))


def warcio_check(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "warcio.cli", "check", "-v", str(path)],
                          capture_output=True, text=True, check=False)


def records_of(path: Path) -> list:
    with path.open("rb") as f:
        return [(r.rec_type, r.rec_headers, r.http_headers, r.content_stream().read()) for r in ArchiveIterator(f)]


def extract_warc(capsys, *files: Path) -> tuple[int, list[dict]]:
    code = main(["extract", "--warc", *map(str, files), "--jobs", "1"])
    out, _ = capsys.readouterr()
    return code, [json.loads(line) for line in out.splitlines()]


def without_crawl_time(records: list[dict]) -> dict[str, dict]:
    return {r["url"]: {k: v for k, v in r.items() if k != "crawled_at"} for r in records}


def test_round_trip_rotation_and_check(tmp_path, capsys):
    data, small = tmp_path / "data", tmp_path / "small"
    with serve(tmp_path / "s.log", "--sites", SITE) as bases:
        result = crawl(SITE, data, "-s", "NEWSSCRAPER_WARC=1", base_url=bases[SITE])
        rotated = crawl(SITE, small, "-s", "NEWSSCRAPER_WARC=1", "-s", "NEWSSCRAPER_WARC_MAX_BYTES=20000",
                        "-s", "NEWSSCRAPER_SEEN=0", base_url=bases[SITE])
    assert result.returncode == 0 and rotated.returncode == 0, result.log[-3000:]
    (one,) = warc_files(data)
    assert one.name == result.files[0].name.replace(".jsonl", ".warc.gz")  # the run's stamp and id
    assert result.manifest["warc"] == [f"warc/{SITE}/{one.name}"]
    check = warcio_check(one)
    assert check.returncode == 0 and "digest pass" in check.stdout, check.stdout + check.stderr

    # every response has its request beside it; the warcinfo names the site
    recs = records_of(one)
    assert recs[0][0] == "warcinfo" and f"site: {SITE}".encode() in recs[0][3]
    kinds = Counter(r[0] for r in recs[1:])
    assert kinds["response"] == kinds["request"] >= len(result.records) + 3  # + robots, feeds, listings
    for kind, _, http, body in recs:
        if kind == "response":
            assert int(http.get_header("Content-Length")) == len(body)
            assert http.get_header("Transfer-Encoding") is None

    # the round trip
    code, again = extract_warc(capsys, one)
    assert code == 0
    assert without_crawl_time(again) == without_crawl_time(result.records)
    assert all(r["crawled_at"] and r["crawled_at"].endswith("Z") for r in again)

    # rotation: several files, each a whole WARC with its warcinfo, together the same pages
    files = warc_files(small)
    assert len(files) >= 3
    assert rotated.manifest["warc"] == [f"warc/{SITE}/{f.name}" for f in sorted(files, key=_seq)]
    for f in files:
        assert warcio_check(f).returncode == 0
        assert records_of(f)[0][0] == "warcinfo"
    code, split = extract_warc(capsys, *sorted(files, key=_seq))
    assert code == 0 and without_crawl_time(split) == without_crawl_time(rotated.records)


def _seq(path: Path) -> int:
    stem = path.name.removesuffix(".warc.gz")
    tail = stem.rsplit("-", 1)[1]
    return int(tail) if tail.isdigit() and len(tail) < 8 else 1


def test_killed_run_warc_is_finished_by_the_next_run(tmp_path):
    data = tmp_path / "data"
    log = tmp_path / "held.log"
    folder = data / "warc" / SITE
    with serve(log, "--sites", SITE, "--hold-after", "5") as bases:
        cmd = [sys.executable, "-m", "scrapy", "crawl", SITE, "-a", f"base_url={bases[SITE]}",
               "-s", "NEWSSCRAPER_LOOPBACK=1", "-s", f"NEWSSCRAPER_DATA_DIR={data}", "-s", "NEWSSCRAPER_WARC=1",
               "-s", "CONCURRENT_REQUESTS=1"]
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                env={**os.environ, "PYTHONUNBUFFERED": "1"})
        try:
            part = _wait_for_responses(folder, 8)
        finally:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
    kept = part.read_bytes()
    with part.open("ab") as f:  # a record torn by the kill: half a gzip member
        torn = gzip.compress(b"WARC/1.1\r\nWARC-Type: response\r\n" + random.Random(0).randbytes(5000))
        f.write(torn[:len(torn) // 2])
    with serve(tmp_path / "rerun.log", "--sites", SITE) as bases:
        rerun = crawl(SITE, data, "-s", "NEWSSCRAPER_WARC=1", base_url=bases[SITE])
    assert rerun.returncode == 0, rerun.log[-3000:]
    assert not list(folder.glob("*.part"))
    finished = folder / part.name.removesuffix(".part")
    assert finished.read_bytes() == kept, "the torn tail is cut, every whole record kept"
    assert warcio_check(finished).returncode == 0
    skipped: Counter[str] = Counter()
    assert list(read_archive(finished, skipped)) is not None and skipped["request"] >= 8
    manifests = [json.loads(p.read_text("utf-8")) for p in (data / "exports" / SITE).glob("*.manifest.json")]
    killed = next(m for m in manifests if m["finish_reason"] == "killed")
    assert killed["warc"] == [f"warc/{SITE}/{finished.name}"]
    assert len(warc_files(data)) == 2


def _wait_for_responses(folder: Path, n: int, timeout: float = 60.0) -> Path:
    """The .part file once it holds n whole responses."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        parts = list(folder.glob("*.part")) if folder.exists() else []
        if parts:
            try:
                with parts[0].open("rb") as f:
                    count = sum(1 for r in ArchiveIterator(f) if r.rec_type == "response")
            except Exception:  # a record being written right now
                count = 0
            if count >= n:
                return parts[0]
        time.sleep(0.1)
    raise AssertionError("the crawl never archived enough responses")


def test_stored_headers_match_the_stored_body():
    page = "<html><body><p>سلام</p></body></html>".encode()
    packed = gzip.compress(page)
    response = HtmlResponse("https://example.org/a", status=200, body=packed, request=Request("https://example.org/a"),
                            headers={"Content-Encoding": "gzip", "Transfer-Encoding": "chunked",
                                     "Content-Length": str(len(packed)), "Content-Type": "text/html"})
    body, head = stored_response(response, 1 << 20)
    assert body == page
    assert head.get_header("Content-Length") == str(len(page))
    assert head.get_header("Content-Encoding") is None and head.get_header("Transfer-Encoding") is None
    assert head.get_header("X-Crawler-Content-Encoding") == "gzip"
    assert head.get_header("X-Crawler-Transfer-Encoding") == "chunked"
    assert head.get_header("X-Crawler-Content-Length") == str(len(packed))
    # a body that does not decode as claimed is kept as it came, under the header that describes it
    broken = response.replace(body=b"not gzip at all")
    body, head = stored_response(broken, 1 << 20)
    assert body == b"not gzip at all" and head.get_header("Content-Encoding") == "gzip"
    assert head.get_header("Content-Length") == str(len(body))


def test_nightly_passes_the_setting_to_its_crawls(tmp_path, capsys):
    data = tmp_path / "data"
    with serve(tmp_path / "n.log", "--sites", SITE) as bases:
        subprocess.run([sys.executable, "-m", "newsscraper.cli", "nightly", SITE, "--data-dir", str(data),
                        "--base-url", f"{SITE}={bases[SITE]}", "-s", "NEWSSCRAPER_LOOPBACK=1",
                        "-s", "NIGHTLY_FIRST_DAYS=100000", "-s", "NEWSSCRAPER_WARC=1"],
                       capture_output=True, text=True, cwd=ROOT, timeout=300, check=False)
    (archive,) = warc_files(data)
    (manifest,) = (data / "exports" / SITE).glob("*.manifest.json")
    assert json.loads(manifest.read_text("utf-8"))["warc"] == [f"warc/{SITE}/{archive.name}"]
    exported = [json.loads(line) for f in (data / "exports" / SITE).glob("*.jsonl")
                for line in f.read_text("utf-8").splitlines()]
    code, again = extract_warc(capsys, archive)
    assert code == 0 and exported and without_crawl_time(again) == without_crawl_time(exported)


def test_newsscraper_crawl_takes_the_setting(tmp_path):
    data = tmp_path / "data"
    with serve(tmp_path / "c.log", "--sites", SITE) as bases:
        proc = subprocess.run([sys.executable, "-m", "newsscraper.cli", "crawl", SITE, "-a", f"base_url={bases[SITE]}",
                               "-s", "NEWSSCRAPER_LOOPBACK=1", "-s", f"NEWSSCRAPER_DATA_DIR={data}",
                               "-s", "NEWSSCRAPER_WARC=1"], capture_output=True, text=True, cwd=tmp_path,
                              timeout=300, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    (archive,) = warc_files(data)
    (manifest,) = (data / "exports" / SITE).glob("*.manifest.json")
    assert json.loads(manifest.read_text("utf-8"))["warc"] == [f"warc/{SITE}/{archive.name}"]
    assert warcio_check(archive).returncode == 0
