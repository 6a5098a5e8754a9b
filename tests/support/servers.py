"""Test helpers: the sample site and the "other domain" as real servers, and crawls as real
`scrapy crawl` processes (not hand-made responses)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from newsscraper.subprocs import launch_json, terminate

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "newsscraper" / "demo" / "sample_site" / "articles.json"
START_TIMEOUT = 30


@contextmanager
def serve(log: Path, *args: str) -> Iterator[dict[str, str]]:
    """Run `python -m newsscraper.demo.server ARGS`; yield the base URLs it prints."""
    proc, bases = launch_json([sys.executable, "-m", "newsscraper.demo.server", *args, "--log", str(log)],
                              stderr=subprocess.PIPE, cwd=ROOT)
    try:
        yield bases
    finally:
        terminate(proc)


def sample_articles() -> dict[str, Any]:
    return json.loads(ARTICLES.read_text("utf-8"))["sites"]


def run_order(path: Path) -> tuple[str, int]:
    """Runs in the order they ran: by the start second their names carry, then, for two runs that
    started in one second (a test's quick runs), by when the file was finished; their random run
    ids would order them by chance."""
    return path.name[:20], path.stat().st_mtime_ns


class Crawl:
    """A finished `scrapy crawl` run: exit code, log, exported records and manifest."""

    def __init__(self, proc: subprocess.CompletedProcess[str], data: Path, site: str) -> None:
        self.returncode = proc.returncode
        self.log = proc.stderr
        folder = data / "exports" / site
        files = sorted(folder.glob("*.jsonl"), key=run_order) if folder.is_dir() else []
        self.files = files
        self.records = [json.loads(line) for f in files for line in f.read_text("utf-8").splitlines() if line]
        manifests = sorted(folder.glob("*.manifest.json"), key=run_order) if folder.is_dir() else []
        self.manifest = json.loads(manifests[-1].read_text("utf-8")) if manifests else {}

    @property
    def ids(self) -> set[str]:
        return {r["news_id"] for r in self.records}


def crawl(spider: str, data: Path, *args: str, site: str | None = None, **spider_args: str) -> Crawl:
    cmd = [sys.executable, "-m", "scrapy", "crawl", spider, "-s", "NEWSSCRAPER_LOOPBACK=1",
           "-s", f"NEWSSCRAPER_DATA_DIR={data}", "-s", "LOG_LEVEL=INFO", *args]
    for name, value in spider_args.items():
        cmd += ["-a", f"{name}={value}"]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=env, timeout=300, check=False)
    return Crawl(proc, data, site or spider)


def write_variant(path: Path, site: str, *, drop_newest: int = 0, change_body: tuple[str, ...] = (),
                  drop_kinds: tuple[str, ...] = ()) -> Path:
    """A copy of the sample data with the newest articles of ``site`` missing, or bodies changed:
    the site as it was yesterday, or after an editor's correction; ``drop_kinds`` leaves out the
    articles of those kinds (a site without its always-500 page)."""
    data = json.loads(ARTICLES.read_text("utf-8"))
    data["sites"][site]["articles"] = [a for a in data["sites"][site]["articles"] if a["kind"] not in drop_kinds]
    articles = data["sites"][site]["articles"]
    if drop_newest:
        newest = sorted((a for a in articles if a.get("jalali")), key=lambda a: a["jalali"])[-drop_newest:]
        gone = {a["id"] for a in newest}
        data["sites"][site]["articles"] = [a for a in articles if a["id"] not in gone]
    for article in data["sites"][site]["articles"]:
        if article["id"] in change_body:
            article["paragraphs"] = [*article["paragraphs"], "این بند در ویرایش بعدی به خبر افزوده شد."]
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def newest_ids(site: str, n: int) -> set[str]:
    articles = sample_articles()[site]["articles"]
    return {a["id"] for a in sorted((a for a in articles if a.get("jalali")), key=lambda a: a["jalali"])[-n:]}


def article_requests(log: Path, site: str) -> list[str]:
    """Article paths requested from a sample server, in order (from its request log)."""
    import re

    from newsscraper.sites import site_by_key

    pattern = re.compile(site_by_key(site).article_url)
    lines = log.read_text("utf-8").splitlines() if log.exists() else []
    return [line.split(" ", 1)[1] for line in lines if " " in line and pattern.search(line.split(" ", 1)[1])]


def late_article(site: str, news_id: str, when: datetime, *, in_feed: bool = False, in_sitemap: bool = False,
                 section: str | None = None) -> dict[str, Any]:
    """An article of our own for ``site``, published at ``when`` (aware), found only where the flags say:
    in the feed, in the sitemap, or (both False) only on its section's listing pages."""
    import jdatetime

    from newsscraper.sites import site_by_key

    local = when.astimezone(site_by_key(site).zone)
    jalali = jdatetime.datetime.fromgregorian(datetime=local.replace(tzinfo=None)).strftime("%Y-%m-%dT%H:%M")
    sections = sample_articles()[site]["sections"]
    return {
        "id": news_id, "section": section or sections[0]["slug"], "slug": f"late-news-{news_id}", "kind": "ok",
        "in_feed": in_feed, "in_sitemap": in_sitemap, "offsite_link": False, "jalali": jalali,
        "headline": f"گزارش دیرهنگام شماره {news_id} درباره بازسازی مدرسه‌های روستایی",
        "surtitle": None, "lead": None,
        "paragraphs": [
            f"به گزارش خبرآوای نمونه، بازسازی مدرسه‌های روستایی در طرح شماره {news_id} با همکاری "
            "شوراهای محلی آغاز شد و قرار است تا پایان سال تحصیلی به پایان برسد.",
            "مدیر این طرح گفت: در نخستین مرحله سقف و دیوار کلاس‌ها نوسازی می‌شود و سپس سامانه گرمایشی "
            "تازه‌ای برای روزهای سرد زمستان در هر مدرسه نصب خواهد شد.",
            f"خانواده‌های دانش‌آموزان این روستاها از آغاز کار استقبال کردند؛ گزارش کامل طرح {news_id} "
            "پس از پایان نخستین مرحله منتشر می‌شود.",
        ],
        "tags": ["مدرسه", "روستا"], "author": None, "marker": "انتهای پیام/ت", "attribution": "خبرآوای نمونه",
    }


def write_site_day(path: Path, site: str, *, added: list[dict[str, Any]] = (),
                   kinds: tuple[str, ...] = ("ok", "nodate")) -> Path:
    """The sample data with ``site``'s articles of ``kinds`` only (no page that fails or is refused every
    run, so a run's article requests are exactly its new articles) plus the ``added`` ones."""
    data = json.loads(ARTICLES.read_text("utf-8"))
    entry = data["sites"][site]
    entry["articles"] = [a for a in entry["articles"] if a["kind"] in kinds] + list(added)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path
