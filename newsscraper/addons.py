"""Scrapy add-ons of the project.

LoopbackProfile: `-s NEWSSCRAPER_LOOPBACK=1` switches a crawl to the loopback settings profile
(no delay, no AutoThrottle, more concurrency) for our own local servers: the sample site, tests
and benchmarks. Real sites always get the polite defaults of settings.py.
"""

from __future__ import annotations

from scrapy.settings import Settings

from newsscraper.settings import LOOPBACK_SETTINGS


class LoopbackProfile:
    def update_settings(self, settings: Settings) -> None:
        if not settings.getbool("NEWSSCRAPER_LOOPBACK"):
            return
        for name, value in LOOPBACK_SETTINGS.items():
            # Above the project's defaults, below anything given with -s on the command line.
            settings.set(name, value, priority="spider")
