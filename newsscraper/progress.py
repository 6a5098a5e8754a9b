"""A live one-line status on stderr for long commands (extract --warc, crawl, nightly).

One counter drives the rate (pages, records read, ...); any number of side counts ride along
(records, refusals, drops). When the stream is a terminal, tqdm redraws one line in place:

    extract: 1532 pages [00:41, 37.2 pages/s, records=1210, refused=322]

When it is not a terminal (a log file, CI, a pipe), nothing is drawn, so captured stderr stays clean;
a caller that wants a trace there passes `log_every=SECONDS` and gets a plain log line at most that
often. `summary()` gives the same figures as one sentence for the line a command prints at the end.

    with Progress("extract", unit="pages") as bar:
        for page in pages:
            bar.advance(records=1) if ok else bar.advance(refused=1)
    print(bar.summary(), file=sys.stderr)
"""

from __future__ import annotations

import logging
import sys
import time
from collections import Counter
from typing import Any, TextIO

logger = logging.getLogger(__name__)


class Progress:
    """Counts and their live display. `enabled=None` draws only when `stream` is a terminal."""

    def __init__(self, label: str, *, unit: str = "pages", stream: TextIO | None = None,
                 enabled: bool | None = None, log_every: float | None = None,
                 log: logging.Logger | None = None) -> None:
        self.label, self.unit = label, unit
        self.n = 0
        self.counts: Counter[str] = Counter()
        self.started = time.monotonic()
        stream = stream if stream is not None else sys.stderr
        self.stream = stream
        if enabled is None:
            enabled = _is_terminal(stream)
        self._bar = _live_line(label, unit, stream) if enabled else None
        self._log_every, self._log = log_every, log or logger
        self._logged_at = self.started

    def advance(self, n: int = 1, **counts: int) -> None:
        """Add `n` to the main (rated) counter and each keyword to its side count."""
        self.n += n
        self.count(**counts)
        if self._bar is not None:
            self._bar.update(n)
        self._maybe_log()

    def print(self, text: str) -> None:
        """A line for the stream (a refusal, a warning), printed above the live line, not through it."""
        if self._bar is not None:
            self._bar.write(text, file=self.stream)
        else:
            print(text, file=self.stream)

    def count(self, **counts: int) -> None:
        """Add to side counts without moving the main counter (e.g. a refusal seen later)."""
        self.counts.update(counts)
        if self._bar is not None:
            self._bar.set_postfix_str(self._counts_text(", ", "="), refresh=False)

    def set(self, **values: int) -> None:
        """Set side counts to totals kept elsewhere (e.g. records skipped by a reader)."""
        for name, value in values.items():
            if value or name in self.counts:  # a count never seen stays out of the line
                self.counts[name] = value
        self.count()

    @property
    def drawing(self) -> bool:
        """Whether the live line is on screen (a terminal), else the caller may print plain lines."""
        return self._bar is not None

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started

    @property
    def rate(self) -> float:
        """Main-counter units per second since the start."""
        return self.n / self.elapsed if self.elapsed > 0 else 0.0

    def summary(self) -> str:
        """One sentence: '1532 pages, 1210 records, 322 refused in 41.2 s (37.2 pages/s)'."""
        parts = [f"{self.n} {self.unit}"]
        if self.counts:
            parts.append(self._counts_text(", ", " ", value_first=True))
        return f"{', '.join(parts)} in {self.elapsed:.1f} s ({self.rate:.1f} {self.unit}/s)"

    def close(self) -> None:
        """Remove the live line (the caller prints its own summary)."""
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _counts_text(self, sep: str, eq: str, value_first: bool = False) -> str:
        items = ((name, self.counts[name]) for name in self.counts)
        return sep.join(f"{v}{eq}{k}" if value_first else f"{k}{eq}{v}" for k, v in items)

    def _maybe_log(self) -> None:
        if self._log_every is None:
            return
        now = time.monotonic()
        if now - self._logged_at >= self._log_every:
            self._logged_at = now
            self._log.info("%s: %s", self.label, self.summary())


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a closed or file-like stream without isatty
        return False


def _live_line(label: str, unit: str, stream: TextIO) -> Any:
    """tqdm's line, imported only when one is drawn: a tenth of a second of start-up for commands whose
    stderr is a pipe or a file."""
    from tqdm import tqdm

    # mininterval: redraw at most 10 times a second, so a fast loop does not pay for the terminal
    return tqdm(desc=label, unit=f" {unit}", file=stream, dynamic_ncols=True, mininterval=0.1, leave=False)
