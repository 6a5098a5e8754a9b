"""Extraction speed: ours per page against trafilatura and a bare lxml parse, in one process and run.

    .venv/bin/pip install -e '.[bench]'
    .venv/bin/python -m bench.extract_speed [--corpus ../shared/corpus] [--repeat 30] [--passes 3]
                                            [--article-body ../shared/benchmarks/article-body]

Part 1 times each corpus page in this process (median of --rounds runs per page; the three
systems interleaved page by page, a garbage collection before each call so each pays only for its
own garbage): a bare lxml.html parse, newsscraper's extract(), and trafilatura.extract(); prints the medians over pages
and their ratios.
Part 2 times whole processes, start-up included: one `newsscraper extract` over the corpus
repeated --repeat times, against one trafilatura process over the same pages, --passes times with
the two taking turns; it prints the median wall and CPU time, and the CPU ratio of every pass (on a
shared machine one pass of the same process can take a third longer than the next).
Both parts run on the corpus pages, then on the 181 pages of the public article-body benchmark
(English pages from 181 sites; fewer rounds, and each page once per pass for the whole process).
Aims: per page >= 5x faster than trafilatura and within 5x of a bare lxml parse; whole process
>= 4x faster than trafilatura.
"""

from __future__ import annotations

import argparse
import compileall
import gc
import gzip
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

TRAFILATURA_SCRIPT = """
import sys, trafilatura
for path in sys.argv[1:]:
    html = open(path, encoding="utf-8", errors="replace").read()
    trafilatura.extract(html, with_metadata=True)
"""


def per_page(pages: list[Path], rounds: int) -> dict[str, float]:
    import lxml.html
    import trafilatura

    from newsscraper.extract import extract
    from newsscraper.sites import site_for_url

    texts = [p.read_bytes() for p in pages]
    strings = [t.decode("utf-8", errors="replace") for t in texts]
    systems = {
        "lxml parse": lambda i: lxml.html.fromstring(texts[i]),
        "newsscraper": lambda i: extract(texts[i], None, site_for=site_for_url),
        "trafilatura": lambda i: trafilatura.extract(strings[i], with_metadata=True),
    }
    for fn in systems.values():
        fn(0)  # warm caches and imports
    # Interleaved: each round times every system on the same page back to back, so a machine that
    # speeds up or slows down during the run (shared cores) moves all three figures alike. A full
    # collection before each call: each system pays for the garbage it makes, not for another's.
    times: dict[str, list[list[float]]] = {name: [[] for _ in pages] for name in systems}
    for _ in range(rounds):
        for i in range(len(pages)):
            for name, fn in systems.items():
                gc.collect()  # no system pays for collecting another's garbage
                t0 = time.perf_counter()
                fn(i)
                times[name][i].append(time.perf_counter() - t0)
    return {name: statistics.median(statistics.median(per) for per in runs) for name, runs in times.items()}


def _run(cmd: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds user+system) of one child process: on a shared machine the CPU
    figure moves less with what else runs than the wall clock does."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    _, _, usage = os.wait4(proc.pid, 0)
    proc.returncode = 0  # reaped by wait4
    return time.perf_counter() - t0, usage.ru_utime + usage.ru_stime


def whole_process(pages: list[Path], repeat: int, passes: int = 1) -> dict[str, list[tuple[float, float]]]:
    """(wall, CPU) of each system's process over the pages, ``passes`` times, the systems taking
    turns, so that a pass the machine slowed down is seen as such in every system's figures."""
    # trafilatura runs from byte code pip compiled at install; an editable checkout run with
    # PYTHONDONTWRITEBYTECODE set would compile our modules from source in every process instead.
    compileall.compile_dir(ROOT / "newsscraper", quiet=1)
    with tempfile.TemporaryDirectory() as tmp:
        copies = []
        for r in range(repeat):
            for p in pages:
                dst = Path(tmp) / f"{r}-{p.name}"
                dst.write_bytes(p.read_bytes())
                copies.append(str(dst))
        runs = {
            "newsscraper": [sys.executable, "-m", "newsscraper.cli", "extract", *copies],
            "trafilatura": [sys.executable, "-c", TRAFILATURA_SCRIPT, *copies],
        }
        out: dict[str, list[tuple[float, float]]] = {name: [] for name in runs}
        for _ in range(passes):
            for name, cmd in runs.items():
                out[name].append(_run(cmd))
        return out


def report(title: str, pages: list[Path], rounds: int, repeat: int, passes: int) -> None:
    print(f"## {title}")
    med = per_page(pages, rounds)
    print(f"per page, median over {len(pages)} pages x {rounds} rounds")
    print("| system | ms/page |")
    print("|---|---|")
    for name, sec in med.items():
        print(f"| {name} | {sec * 1000:.2f} |")
    print(f"trafilatura / newsscraper = {med['trafilatura'] / med['newsscraper']:.1f}x (aim >= 5)")
    print(f"newsscraper / lxml parse  = {med['newsscraper'] / med['lxml parse']:.1f}x (aim <= 5)")
    whole = whole_process(pages, repeat, passes)
    n = len(pages) * repeat
    print(f"\nwhole process over {n} pages, start-up included, {passes} passes (median)")
    print("| system | wall | pages/s | CPU |")
    print("|---|---|---|---|")
    for name, runs in whole.items():
        wall, cpu = statistics.median(w for w, _ in runs), statistics.median(c for _, c in runs)
        print(f"| {name} | {wall:.2f} s | {n / wall:.0f} | {cpu:.2f} s |")
    ratios = sorted(t[1] / o[1] for o, t in zip(whole["newsscraper"], whole["trafilatura"], strict=True))
    print(f"trafilatura / newsscraper by CPU: median {statistics.median(ratios):.1f}x, passes "
          + ", ".join(f"{r:.1f}x" for r in ratios) + " (aim >= 4)\n")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--article-body", type=Path, default=ROOT.parent / "shared" / "benchmarks" / "article-body")
    ap.add_argument("--rounds", type=int, default=15)
    ap.add_argument("--repeat", type=int, default=30)
    ap.add_argument("--bench-rounds", type=int, default=3, help="rounds per page on the article-body pages")
    ap.add_argument("--passes", type=int, default=3, help="whole-process passes per system (the median is "
                    "printed: on a shared machine one pass can be a third slower than the next)")
    args = ap.parse_args()
    pages = sorted((args.corpus / "html").glob("*.html"))
    if not pages:
        print(f"no pages under {args.corpus / 'html'}", file=sys.stderr)
        return 2
    report(f"corpus ({args.corpus})", pages, args.rounds, args.repeat, args.passes)
    packed = sorted((args.article_body / "html").glob("*.html.gz"))
    if not packed:
        print(f"no pages under {args.article_body / 'html'}: article-body part skipped", file=sys.stderr)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        plain = []
        for src in packed:
            dst = Path(tmp) / src.name.removesuffix(".gz")
            dst.write_bytes(gzip.decompress(src.read_bytes()))
            plain.append(dst)
        report(f"article-body benchmark ({len(plain)} pages)", plain, args.bench_rounds, 1, args.passes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
