"""`newsscraper extract --warc`: archives in, one JSON line per article out, in archive order.

The main process reads the archives (reader), drops non-Persian pages first when asked (lang), and
hands pages in small batches to worker processes that run the extractor; results come back in the
order the batches went out. At most WINDOW batches per worker are in flight, so memory stays the
same whatever the archive's size. `jobs=1` extracts in the main process (no pool, no pickling).
"""

from __future__ import annotations

import os
import sys
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass
from multiprocessing import get_context
from pathlib import Path
from typing import Any, TextIO, TypeVar

from newsscraper.progress import Progress
from newsscraper.runfiles import json_line
from newsscraper.warc.lang import is_persian
from newsscraper.warc.reader import ArchiveDamaged, Page, read_archive

EXIT_OK, EXIT_DAMAGED, EXIT_IO = 0, 1, 2
BATCH = 16  # pages per task: enough to hide the pickling round trip, few enough to keep order cheap
WINDOW = 4  # batches in flight per worker

T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True, slots=True)
class Options:
    lang: str | None = None
    jobs: int = 1
    site: str | None = None
    generic: bool = False


# (record or None, refusal reason or None) for one page
Outcome = tuple[dict[str, Any] | None, str | None]


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def extract_page(page: Page, site: str | None, generic: bool) -> Outcome:
    """One page through the extractor; an unexpected error is a refusal, never the end of the run."""
    from newsscraper.extract import extract
    from newsscraper.sites import site_by_key, site_for_url

    try:
        result = extract(page.body, page.url, content_type=page.content_type,
                         site=site_by_key(site) if site else None, site_for=site_for_url,
                         use_profiles=not generic, crawled_at=page.crawled_at)
    except Exception as exc:  # one bad page must not end a million-page archive
        return None, f"error:{type(exc).__name__}"
    if result.record is None:
        return None, result.refusal
    return asdict(result.record), None


def extract_batch(batch: list[tuple[Page, str | None]], generic: bool) -> list[Outcome]:
    return [extract_page(page, site, generic) for page, site in batch]


def ordered_map(fn: Callable[[T], R], items: Iterable[T], jobs: int) -> Iterator[R]:
    """fn over items in worker processes, results in input order, a bounded number in flight."""
    if jobs <= 1:
        yield from map(fn, items)
        return
    # fork: workers start with the extractor already imported by the parent
    with ProcessPoolExecutor(jobs, mp_context=get_context("fork")) as pool:
        pending: deque[Future[R]] = deque()
        for item in items:
            pending.append(pool.submit(fn, item))
            if len(pending) >= jobs * WINDOW:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


class WarcExtraction:
    """One `extract --warc` run: its counts, its damage, its output."""

    def __init__(self, files: list[Path], options: Options, out: TextIO, err: TextIO) -> None:
        self.files, self.options, self.out, self.err = files, options, out, err
        self.skipped: Counter[str] = Counter()
        self.refused: Counter[str] = Counter()
        self.records = 0
        self.status = EXIT_OK
        self.progress = Progress("extract", unit="pages", stream=err)
        self._known_sites: dict[str, str | None] = {}

    def pages(self) -> Iterator[tuple[Page, str | None]]:
        """Every page to extract, with the site key to read it with, archive after archive."""
        for path in self.files:
            try:
                for page in read_archive(path, self.skipped):
                    if self.options.lang == "fa" and not is_persian(page.body, page.content_type,
                                                                     page.content_language):
                        self.skipped["not_persian"] += 1
                        continue
                    yield page, self.site_for(page)
            except ArchiveDamaged as exc:
                print(f"newsscraper extract: {path}: damaged: {exc}", file=self.err)
                self.status = max(self.status, EXIT_DAMAGED)
            except OSError as exc:
                print(f"newsscraper extract: cannot read {path}: {exc.strerror or exc}", file=self.err)
                self.status = EXIT_IO

    def site_for(self, page: Page) -> str | None:
        """--site, else the warcinfo's site key when it names one of our sites, else None (by URL)."""
        if self.options.site:
            return self.options.site
        key = page.site
        if key is None:
            return None
        if key not in self._known_sites:
            from newsscraper.sites import site_by_key

            self._known_sites[key] = key if site_by_key(key) else None
        return self._known_sites[key]

    def run(self) -> int:
        from newsscraper.extract import extract  # noqa: F401  (imported before the workers fork)

        batches = batched(self.pages(), BATCH)
        try:
            with self.progress:
                for outcomes in ordered_map(_Task(self.options.generic), batches, self.options.jobs):
                    for record, refusal in outcomes:
                        self.emit(record, refusal)
        except BrokenProcessPool:  # a worker killed (out of memory, a crash inside lxml): say so, stop
            print("newsscraper extract: a worker process died; the output stops here", file=self.err)
            self.status = max(self.status, EXIT_DAMAGED)
        except BrokenPipeError:
            raise  # the reader of our output went away: the CLI ends quietly
        except OSError as exc:  # the output could not be written (disk full)
            print(f"newsscraper extract: cannot write the output: {exc.strerror or exc}", file=self.err)
            self.status = EXIT_IO
        print(self.summary(), file=self.err)
        return self.status

    def emit(self, record: dict[str, Any] | None, refusal: str | None) -> None:
        if record is None:
            self.refused[refusal or "unknown"] += 1
            self.progress.advance(refused=1)
            self.progress.set(skipped=sum(self.skipped.values()))
            return
        self.out.write(json_line(record) + "\n")
        self.records += 1
        self.progress.advance(records=1)
        self.progress.set(skipped=sum(self.skipped.values()))

    def summary(self) -> str:
        """`extract --warc: 1210 records, 322 refused (no_headline 300, ...), 4150 skipped (...) in ...`"""
        p = self.progress
        parts = [f"{self.records} records", f"{sum(self.refused.values())} refused{_by(self.refused)}",
                 f"{sum(self.skipped.values())} skipped{_by(self.skipped)}"]
        return f"extract --warc: {', '.join(parts)} in {p.elapsed:.1f} s ({p.rate:.1f} pages/s)"


class _Task:
    """A picklable callable (a lambda would not cross to the workers)."""

    def __init__(self, generic: bool) -> None:
        self.generic = generic

    def __call__(self, batch: list[tuple[Page, str | None]]) -> list[Outcome]:
        return extract_batch(batch, self.generic)


def _by(counts: Counter[str]) -> str:
    return f" ({', '.join(f'{k} {v}' for k, v in counts.most_common())})" if counts else ""


def run_warc(files: list[Path], options: Options, out: TextIO | None = None, err: TextIO | None = None) -> int:
    return WarcExtraction(files, options, out or sys.stdout, err or sys.stderr).run()
