"""Scrapy add-ons of the project.

LoopbackProfile: `-s NEWSSCRAPER_LOOPBACK=1` switches a crawl to the loopback settings profile
(no delay, no AutoThrottle, more concurrency) for our own local servers: the sample site, tests
and benchmarks. Real sites always get the polite defaults of settings.py.

ClusterMode: `-s NEWSSCRAPER_REDIS_URL=redis://host:6379/0` makes the crawl one worker of a
cluster: every process crawling the site with the same URL shares one frontier and one request
filter on that Redis (scrapy-redis; see newsscraper.cluster and docs/scaling.md), and, unless
NEWSSCRAPER_SEEN_STORE says otherwise, the seen-store and runs table live there too.
"""

from __future__ import annotations

import importlib.util

from scrapy.settings import Settings

from newsscraper.settings import CLUSTER_SETTINGS, LOOPBACK_SETTINGS


class LoopbackProfile:
    def update_settings(self, settings: Settings) -> None:
        if not settings.getbool("NEWSSCRAPER_LOOPBACK"):
            return
        for name, value in LOOPBACK_SETTINGS.items():
            # Above the project's defaults, below anything given with -s on the command line.
            settings.set(name, value, priority="spider")


class ClusterMode:
    def update_settings(self, settings: Settings) -> None:
        url = settings.get("NEWSSCRAPER_REDIS_URL")
        if not url:
            return
        if importlib.util.find_spec("scrapy_redis") is None:
            # Not NotConfigured: Scrapy would log it and crawl alone, which is not what was asked for.
            raise ImportError("NEWSSCRAPER_REDIS_URL (cluster mode) needs scrapy-redis and redis: "
                              "pip install 'newsscraper[cluster]'")
        for name, value in CLUSTER_SETTINGS.items():
            # Above the project's defaults, below anything given with -s on the command line.
            settings.set(name, value, priority="spider")
        settings.set("REDIS_URL", url, priority="spider")
        per_domain = settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN")
        if settings.getint("CONCURRENT_REQUESTS") > per_domain:
            # A crawl is one site: requests beyond the per-domain concurrency would only wait in this
            # worker's downloader, taken from the shared frontier where idle peers could have had
            # them (and lost if this worker is killed).
            settings.set("CONCURRENT_REQUESTS", per_domain, priority="spider")
        if not settings.get("NEWSSCRAPER_SEEN_STORE"):
            # One shared seen-store: workers on other machines (or with their own data directories)
            # must see what the others exported, and a rerun must see all of it.
            settings.set("NEWSSCRAPER_SEEN_STORE", url, priority="spider")
