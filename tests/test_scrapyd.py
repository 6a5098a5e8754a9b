"""Deploying to a real scrapyd and crawling from the egg: the same records as a local `scrapy crawl`.

A copy of the project (the package as it stands in this working tree, scrapy.cfg, pyproject.toml,
README.md) goes to a temporary directory; `scrapyd-deploy` builds its egg there and uploads it to a
scrapyd of our own on a free loopback port. scrapyd runs in a directory of its own, away from the
source copy, so its jobs import the project from the egg (package data included), not from a
checkout. The job crawls the bundled sample site; the same crawl runs locally meanwhile, and both
exports must hold the same records (crawled_at aside).
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.support.servers import crawl, serve

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
PROJECT = "newsscraper"
SPIDER = "sample_nastooh"
VERSION = "r1"
START_TIMEOUT = 30
JOB_TIMEOUT = 120
SCHEMA_IN_EGG = "newsscraper/resources/news-article.schema.json"

# What a scrapyd job does before Scrapy starts (scrapyd.runner.main): activate the project's latest
# egg; then report where the project is imported from and whether its package data is readable.
PROBE = """
import json, os, sys
from scrapyd.runner import project_environment
with project_environment(sys.argv[1]):
    import newsscraper
    from newsscraper.paths import project_data_dir
    from newsscraper.schema import load_schema
    from scrapy.spiderloader import SpiderLoader
    from scrapy.utils.project import get_project_settings
    settings = get_project_settings()
    print(json.dumps({
        "file": newsscraper.__file__,
        "settings_module": os.environ.get("SCRAPY_SETTINGS_MODULE"),
        "bot_name": settings.get("BOT_NAME"),
        "spiders": SpiderLoader.from_settings(settings).list(),
        "schema_fields": sorted(load_schema()["properties"]),
        "project_data_dir": str(project_data_dir()) if project_data_dir() else None,
    }))
"""


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def clean_env(home: Path) -> dict[str, str]:
    """This environment without anything that would point a job at the checkout or another config."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("SCRAPY_", "SCRAPYD_")) and k not in ("PYTHONPATH", "NEWSSCRAPER_DATA_DIR")}
    env.update(HOME=str(home), PYTHONUNBUFFERED="1", PYTHONDONTWRITEBYTECODE="1")
    return env


def api(base: str, endpoint: str, fields: list[tuple[str, str]] | None = None) -> Any:
    """GET (no fields) or POST (form fields) one scrapyd endpoint; its JSON answer."""
    data = urllib.parse.urlencode(fields).encode() if fields is not None else None
    with urllib.request.urlopen(f"{base}/{endpoint}", data=data, timeout=30) as response:
        return json.loads(response.read().decode("utf-8"))


@dataclass
class Scrapyd:
    url: str
    home: Path  # scrapyd's working directory: scrapyd.conf, eggs/, logs/, dbs/, items/
    proc: subprocess.Popen[bytes]

    def log(self) -> str:
        return (self.home / "scrapyd.log").read_text("utf-8", errors="replace")


def write_conf(home: Path, port: int) -> None:
    home.mkdir(parents=True, exist_ok=True)
    dirs = {name: home / name for name in ("eggs", "logs", "dbs", "items")}
    (home / "scrapyd.conf").write_text(
        "[scrapyd]\n"
        "bind_address = 127.0.0.1\n"
        f"http_port = {port}\n"
        f"eggs_dir = {dirs['eggs']}\n"
        f"logs_dir = {dirs['logs']}\n"
        f"dbs_dir = {dirs['dbs']}\n"
        f"items_dir = {dirs['items']}\n"
        "poll_interval = 0.2\n"
        "max_proc = 2\n",
        "utf-8",
    )


def start_scrapyd(home: Path) -> Scrapyd:
    """Start scrapyd in `home` on a free port; wait for daemonstatus.json. A port taken between our
    probe and scrapyd's bind means another try on a new port."""
    for _attempt in range(3):
        port = free_port()
        write_conf(home, port)
        with (home / "scrapyd.log").open("wb") as log:
            proc = subprocess.Popen([str(BIN / "scrapyd")], cwd=home, env=clean_env(home),
                                    stdout=log, stderr=subprocess.STDOUT)
        server = Scrapyd(f"http://127.0.0.1:{port}", home, proc)
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                if api(server.url, "daemonstatus.json").get("status") == "ok":
                    return server
            except OSError:
                time.sleep(0.1)
        stop(proc)
        if "Address already in use" not in server.log():
            break
    raise RuntimeError(f"scrapyd did not start:\n{server.log()[-3000:]}")


def stop(proc: subprocess.Popen[Any]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


@pytest.fixture(scope="module")
def workspace(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("scrapyd")


@pytest.fixture(scope="module")
def scrapyd(workspace) -> Iterator[Scrapyd]:
    server = start_scrapyd(workspace / "scrapyd")
    try:
        yield server
    finally:
        stop(server.proc)


@dataclass
class Deploy:
    project_dir: Path  # the copy scrapyd-deploy ran in
    answer: dict[str, Any]  # addversion.json's answer, as scrapyd-deploy printed it
    egg: Path  # the egg as scrapyd stored it


@pytest.fixture(scope="module")
def deployed(scrapyd, workspace) -> Deploy:
    project_dir = workspace / "project"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    shutil.copytree(ROOT / "newsscraper", project_dir / "newsscraper", ignore=ignore)
    for name in ("scrapy.cfg", "pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, project_dir / name)
    assert not (project_dir / "setup.py").exists()
    with (project_dir / "scrapy.cfg").open("a", encoding="utf-8") as cfg:
        cfg.write(f"\n[deploy:test]\nurl = {scrapyd.url}/\nproject = {PROJECT}\n")

    proc = subprocess.run([str(BIN / "scrapyd-deploy"), "test", "--version", VERSION], cwd=project_dir,
                          env=clean_env(workspace / "scrapyd"), capture_output=True, text=True, timeout=180,
                          check=False)
    assert proc.returncode == 0, f"scrapyd-deploy failed:\n{proc.stderr[-3000:]}\n{proc.stdout[-3000:]}"
    answer = json.loads(proc.stdout.strip().splitlines()[-1])
    return Deploy(project_dir, answer, scrapyd.home / "eggs" / PROJECT / f"{VERSION}.egg")


def test_deploy_uploads_an_egg_with_the_package_data(scrapyd, deployed):
    assert deployed.answer["status"] == "ok", deployed.answer
    assert deployed.answer["project"] == PROJECT and deployed.answer["version"] == VERSION
    setup_py = (deployed.project_dir / "setup.py").read_text("utf-8")
    assert "Automatically created by: scrapyd-deploy" in setup_py, "scrapyd-deploy's own default setup.py"

    with zipfile.ZipFile(deployed.egg) as egg:
        names = set(egg.namelist())
        entry_points = egg.read("EGG-INFO/entry_points.txt").decode("utf-8")
        schema = json.loads(egg.read(SCHEMA_IN_EGG).decode("utf-8"))
    assert SCHEMA_IN_EGG in names, "package data (newsscraper/resources/*.json) must be in the egg"
    assert {"newsscraper/settings.py", "newsscraper/spiders/sites.py", "newsscraper/demo/sites/sample_nastooh.py",
            "newsscraper/resources/__init__.py"} <= names
    assert not any(n.startswith(("tests/", "data/", "bench/")) for n in names)
    assert "settings = newsscraper.settings" in entry_points
    assert schema == json.loads((ROOT / SCHEMA_IN_EGG).read_text("utf-8"))

    spiders = api(scrapyd.url, f"listspiders.json?project={PROJECT}&_version={VERSION}")
    assert spiders["status"] == "ok" and SPIDER in spiders["spiders"], spiders


def test_jobs_import_the_project_from_the_egg(scrapyd, deployed):
    proc = subprocess.run([sys.executable, "-c", PROBE, PROJECT], cwd=scrapyd.home, env=clean_env(scrapyd.home),
                          capture_output=True, text=True, timeout=60, check=False)
    assert proc.returncode == 0, proc.stderr[-3000:]
    probe = json.loads(proc.stdout.strip().splitlines()[-1])
    egg_dir = str(scrapyd.home / "eggs" / PROJECT)
    assert probe["file"].startswith(egg_dir) and ".egg" in probe["file"], probe["file"]
    assert not probe["file"].startswith(str(ROOT / "newsscraper"))
    assert probe["settings_module"] == "newsscraper.settings" and probe["bot_name"] == "newsscraper"
    assert SPIDER in probe["spiders"]
    assert {"news_id", "published_at", "crawled_at"} <= set(probe["schema_fields"])
    # From an egg there is no checkout: without NEWSSCRAPER_DATA_DIR the per-user directory is used.
    assert probe["project_data_dir"] is None


def wait_finished(server: Scrapyd, jobid: str) -> dict[str, Any]:
    deadline = time.monotonic() + JOB_TIMEOUT
    while time.monotonic() < deadline:
        jobs = api(server.url, f"listjobs.json?project={PROJECT}")
        for job in jobs.get("finished", []):
            if job["id"] == jobid:
                return job
        time.sleep(0.2)
    raise AssertionError(f"scrapyd job {jobid} did not finish in {JOB_TIMEOUT} s; listjobs: {jobs}")


def job_export(data: Path) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The records and manifest of the one run exported under `data`."""
    folder = data / "exports" / SPIDER
    files = sorted(folder.glob("*.jsonl"))
    assert len(files) == 1, f"expected one export file in {folder}: {sorted(p.name for p in folder.iterdir())}"
    records = [json.loads(line) for line in files[0].read_text("utf-8").splitlines() if line]
    manifest = json.loads(files[0].with_name(files[0].name + ".manifest.json").read_text("utf-8"))
    return records, manifest


def comparable(records: list[dict[str, Any]], drop: tuple[str, ...] = ("crawled_at",)) -> list[dict[str, Any]]:
    out = [{k: v for k, v in r.items() if k not in drop} for r in records]
    return sorted(out, key=lambda r: (r["news_id"] or "", r["url"] or ""))


def test_scrapyd_job_exports_the_same_records_as_a_local_crawl(scrapyd, deployed, workspace, tmp_path):
    data = workspace / "scrapyd-data"
    with serve(tmp_path / "requests.log", "--sites", "all") as bases:
        base_url = bases[SPIDER]
        answer = api(scrapyd.url, "schedule.json", [
            ("project", PROJECT), ("spider", SPIDER), ("_version", VERSION), ("base_url", base_url),
            ("setting", "NEWSSCRAPER_LOOPBACK=1"), ("setting", f"NEWSSCRAPER_DATA_DIR={data}"),
            ("setting", "LOG_LEVEL=INFO"),
        ])
        assert answer["status"] == "ok", answer
        jobid = answer["jobid"]
        finished = False
        try:
            local = crawl(SPIDER, tmp_path / "local", base_url=base_url)  # while the scrapyd job runs
            job = wait_finished(scrapyd, jobid)
            finished = True
        finally:
            if not finished:
                api(scrapyd.url, "cancel.json", [("project", PROJECT), ("job", jobid)])

    job_log = (scrapyd.home / "logs" / PROJECT / SPIDER / f"{jobid}.log").read_text("utf-8", errors="replace")
    assert "Spider closed (finished)" in job_log, job_log[-3000:]
    assert "Traceback" not in job_log, job_log[-3000:]
    assert local.returncode == 0, local.log[-3000:]

    records, manifest = job_export(data)
    assert manifest["finish_reason"] == "finished"
    assert records, "the scrapyd job exported nothing"
    assert all(r["crawled_at"] for r in records)
    assert comparable(records) == comparable(local.records)
    for key in ("records", "drops", "refused", "pages_parsed"):
        assert manifest[key] == local.manifest[key], key

    # scrapyd's own items feed (items_dir) is written beside the project's export: the same records.
    feed = scrapyd.home / "items" / PROJECT / SPIDER / f"{jobid}.jl"
    assert job.get("items_url"), job
    fed = [json.loads(line) for line in feed.read_text("utf-8").splitlines() if line]
    assert comparable(fed, drop=()) == comparable(records, drop=())
