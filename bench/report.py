"""`newsscraper report` over 100,000 records: its time and peak memory beside merely reading the files.

    .venv/bin/python -m bench.report [--records 100000] [--sites 8] [--runs 25] [--keep DIR [--reuse]]

(from the checkout root: bench and tests are packages there).

Writes the exports a season of nightly runs would leave (sites x runs files, every other one
gzipped, through newsscraper.exports.RunFile as a crawl writes them, with manifests; bodies of
1,000-5,000 characters drawn from a small Persian vocabulary with random.Random(seed); one day
missing per site, one run with failures, one fall in a fill rate), then times, each in its own
process with its peak resident memory (ru_maxrss from wait4):

    read     every line of every file (gunzip included), nothing parsed: the floor
    parse    the same plus json.loads of every line
    report   `newsscraper report DIR -o report.html`

Aims: the report in under 30 s with a peak under 1 GB. Figures only; nothing is asserted. Other
processes on the machine skew the timings; rerun on an idle machine before trusting one.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import threading
import time as clock
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from newsscraper.runfiles import iso
from newsscraper.sites import site_by_key
from tests.support.exportfiles import article, write_run

ROOT = Path(__file__).resolve().parent.parent

SITES = ("isna", "mehr", "irna", "hamshahri", "tasnim", "yjc", "khabaronline", "voadari", "radiofarda", "varzesh3")
WORDS = ("دولت مجلس شهر تهران کابل آب برق بازار قیمت نفت مردم گزارش خبرنگار وزیر نشست طرح سال امروز روز هفته "
         "دانشگاه دانشجو مدرسه کتاب فرهنگ ورزش فوتبال باران برف هوا سیل کشاورزی گندم بیمارستان پزشک درمان "
         "می‌گوید گفت افزود کرد شد است بود خواهد بررسی اجرای افزایش کاهش برنامه نمایندگان استان شهرداری").split()
SECTIONS = ("سیاسی", "اقتصادی", "اجتماعی", "فرهنگی", "ورزشی", "بین‌الملل", "استان‌ها")
TAGS = ("تهران", "مجلس", "بازار", "آب", "برق", "نفت", "دانشگاه", "فوتبال", "باران", "کابل", "گندم", "بیمارستان")


def paragraphs(rng: random.Random, count: int = 400) -> list[str]:
    """Paragraphs of 40-120 words, made once: bodies are drawn from them (fast to generate)."""
    return [" ".join(rng.choice(WORDS) for _ in range(rng.randint(40, 120))) + "." for _ in range(count)]


def body(rng: random.Random, pool: list[str]) -> str:
    size = rng.randint(1000, 5000)
    parts: list[str] = []
    while sum(map(len, parts)) < size:
        parts.append(rng.choice(pool))
    return "\n\n".join(parts)


def generate(root: Path, total: int, sites: int, runs: int, seed: int) -> None:
    """Night n exports the stories of local day n (one day per site left out: its stories are dated the
    day before); site 0's last run loses 60% of its leads (a template change), site 1 has a run with
    failures."""
    rng = random.Random(seed)
    pool = paragraphs(rng)
    per_run = total // (sites * runs)
    first_day = date(2024, 3, 20)
    news_id = 1_000_000
    for key in SITES[:sites]:
        zone = site_by_key(key).zone
        for n in range(runs):
            night = datetime.combine(first_day + timedelta(days=n + 1), time(2), tzinfo=UTC)
            day = first_day + timedelta(days=n - 1 if n == runs // 2 else n)
            records = []
            for _ in range(per_run):
                news_id += 1
                published = datetime.combine(day, time(rng.randint(0, 23), rng.randint(0, 59)), tzinfo=zone)
                lead = None if key == SITES[0] and n == runs - 1 and rng.random() < 0.6 else "لید خبر."
                records.append(article(key, str(news_id), published, body=body(rng, pool), lead=lead,
                                       section=rng.choice(SECTIONS), tags=rng.sample(TAGS, 3), crawled_at=iso(night)))
            extra = {}
            if key == SITES[1] and n == runs // 3:
                extra.update(finish_reason="shutdown", failures={"http_status": {"503": 40}, "retry": {}})
            write_run(root, key, night, records, gzipped=bool(n % 2), **extra)


def measure(cmd: list[str]) -> tuple[float, float, str]:
    """(seconds, peak resident MB of the process and its workers together, stdout) of one command."""
    start = clock.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    peak, done = [0], threading.Event()
    sampler = threading.Thread(target=_sample_rss, args=(proc.pid, peak, done), daemon=True)
    sampler.start()
    out = proc.stdout.read() if proc.stdout else ""
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = clock.perf_counter() - start
    done.set()
    sampler.join()
    if os.waitstatus_to_exitcode(status):
        raise SystemExit(f"{cmd[2:]} exited {os.waitstatus_to_exitcode(status)}")
    return seconds, max(peak[0], usage.ru_maxrss) / 1024, out.strip()


def _sample_rss(root: int, peak: list[int], done: threading.Event) -> None:
    """Every 20 ms until `done`, the resident KB of `root` and all its descendants, summed (from /proc)."""
    while not done.wait(0.02):
        peak[0] = max(peak[0], sum(_rss(pid) for pid in _descendants(root, {root})))


def _descendants(root: int, found: set[int]) -> set[int]:
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            parents[int(stat.parent.name)] = int(fields[1])
        except (OSError, IndexError, ValueError):
            continue
    grew = True
    while grew:
        grew = False
        for pid, parent in parents.items():
            if parent in found and pid not in found:
                found.add(pid)
                grew = True
    return found


def _rss(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


READ = """
import gzip, json, sys
from pathlib import Path
parse = sys.argv[2] == "parse"
n = 0
for path in sorted(Path(sys.argv[1]).rglob("*.jsonl*")):
    if path.name.endswith(".manifest.json"):
        continue
    with (gzip.open if path.name.endswith(".gz") else open)(path, "rb") as fh:
        for line in fh:
            n += 1
            if parse:
                json.loads(line)
print(n)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--sites", type=int, default=8)
    parser.add_argument("--runs", type=int, default=25)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="write the exports and the report here (kept)")
    parser.add_argument("--reuse", action="store_true", help="with --keep: measure the exports already there")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="report-bench-") as tmp:
        root = args.keep or Path(tmp)
        exports = root / "exports"
        started = clock.perf_counter()
        if not (args.reuse and exports.is_dir()):
            generate(exports, args.records, args.sites, args.runs, args.seed)
        files = [p for p in exports.rglob("*.jsonl*") if not p.name.endswith(".manifest.json")]
        size = sum(p.stat().st_size for p in files)
        written = clock.perf_counter() - started
        read = measure([sys.executable, "-c", READ, str(exports), "read"])
        print(f"exports: {int(read[2]):,} records in {len(files)} files ({size / 1e6:.0f} MB on disk, half gzipped), "
              f"written in {written:.1f} s")
        parse = measure([sys.executable, "-c", READ, str(exports), "parse"])
        out = root / "report.html"
        report = measure([sys.executable, "-m", "newsscraper.cli", "report", str(exports), "-o", str(out)])
        print(f"{'':8} {'seconds':>8} {'peak MB':>8} {'x read':>7}   (peak: the process and its workers together)")
        for name, (seconds, peak, _) in (("read", read), ("parse", parse), ("report", report)):
            print(f"{name:8} {seconds:8.2f} {peak:8.0f} {seconds / read[0]:7.1f}")
        fast, small = report[0] < 30, report[1] < 1024
        print(f"report: {out.stat().st_size / 1e6:.1f} MB of HTML; aim under 30 s: {'met' if fast else 'NOT met'}; "
              f"aim under 1024 MB: {'met' if small else 'NOT met'}")


if __name__ == "__main__":
    main()
