"""A crawl's live status: pages fetched, records exported, drops, refusals, failures, rate, elapsed.

When stderr is a terminal, one line redrawn in place (newsscraper.progress), with the crawl's own
log lines printed above it instead of through it:

    isna: 1532 pages [00:41, 37.2 pages/s, records=1210, refused=301, drops=12, failures=9]

Elsewhere (cron, systemd, CI, nightly's crawls logging to a file) nothing is drawn; a plain log line
with the same figures is written every LOGSTATS_INTERVAL seconds, and once at the end. It serves
`scrapy crawl`, `newsscraper crawl` and each crawl `newsscraper nightly` starts (which inherit its
stderr). `-s NEWSSCRAPER_PROGRESS=0` turns it off.
"""

from __future__ import annotations

import logging
import sys
from contextlib import ExitStack
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from newsscraper import statkeys
from newsscraper.progress import Progress

logger = logging.getLogger(__name__)
REDRAW = 0.5  # seconds between two looks at the stats


class CrawlProgress:
    def __init__(self, crawler: Crawler, log_every: float, terminal: bool | None = None) -> None:
        self.crawler = crawler
        self.log_every = log_every
        self.terminal = sys.stderr.isatty() if terminal is None else terminal
        self.progress: Progress | None = None
        self._loop: Any = None
        self._stack = ExitStack()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlProgress:
        if not crawler.settings.getbool("NEWSSCRAPER_PROGRESS", True):
            raise NotConfigured  # without a message: Scrapy would log a warning for a setting turned off
        ext = cls(crawler, crawler.settings.getfloat("LOGSTATS_INTERVAL", 60.0))
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider: Spider) -> None:
        from twisted.internet.task import LoopingCall

        self.progress = Progress(spider.name, unit="pages", stream=sys.stderr, enabled=self.terminal,
                                 log_every=None if self.terminal else self.log_every, log=logger)
        self._stack.callback(self.progress.close)
        if self.terminal:
            self._stack.enter_context(logs_above_the_line())
        self._loop = LoopingCall(self.tick)
        self._loop.start(REDRAW, now=False)

    def tick(self) -> None:
        """Bring the line up to the crawl's stats."""
        if self.progress is None or self.crawler.stats is None:
            return
        stats = self.crawler.stats.get_stats()
        pages = int(stats.get("response_received_count", 0))
        self.progress.set(**counts(stats))
        if pages > self.progress.n:
            self.progress.advance(pages - self.progress.n)

    def spider_closed(self, spider: Spider, reason: str) -> None:
        if self._loop is not None and self._loop.running:
            self._loop.stop()
        self.tick()
        summary = self.progress.summary() if self.progress else ""
        self._stack.close()
        if summary:
            logger.info("%s: %s (%s)", spider.name, summary, reason)


def logs_above_the_line() -> ExitStack:
    """Until the returned stack closes, the log handlers that write to stderr (Scrapy's) print each
    line above the live line: tqdm.write clears it, prints, and draws it again. (tqdm's own
    logging_redirect_tqdm would drop the handlers' level and flood the terminal with DEBUG.)"""
    stack = ExitStack()
    for handler in logging.root.handlers:
        if isinstance(handler, logging.StreamHandler) and handler.stream is sys.stderr:
            old = handler.setStream(AroundTheLine(sys.stderr))
            stack.callback(handler.setStream, old)
    return stack


class AroundTheLine:
    """A stream for a log handler: each write goes above the live line instead of through it."""

    def __init__(self, stream: Any) -> None:
        self.stream = stream

    def write(self, text: str) -> None:
        from tqdm import tqdm

        tqdm.write(text, file=self.stream, end="")

    def flush(self) -> None:
        self.stream.flush()


def counts(stats: dict[str, Any]) -> dict[str, int]:
    """The side counts of the line: records exported, then pages or records lost, by family."""
    def total(prefix: str) -> int:
        return sum(int(v) for k, v in stats.items() if k.startswith(prefix) and isinstance(v, int))

    return {"records": int(stats.get("item_scraped_count", 0)), "refused": total(statkeys.REFUSED),
            "drops": total(statkeys.DROP), "failures": total(statkeys.FAILURE)}
