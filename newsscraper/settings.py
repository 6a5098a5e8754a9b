"""Scrapy settings: polite defaults for real news sites.

Crawls of the bundled sample site and tests use LOOPBACK_SETTINGS on top of these (no delay, no
AutoThrottle): real sites never get them.
"""

from __future__ import annotations

from newsscraper import __version__

BOT_NAME = "newsscraper"
SPIDER_MODULES = ["newsscraper.spiders"]
NEWSPIDER_MODULE = "newsscraper.spiders"

# Say who we are and how to reach us; operators replace the placeholder contact URL.
USER_AGENT = f"newsscraper/{__version__} (+https://example.org/newsscraper-contact)"

# Politeness for real sites.
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
DOWNLOAD_DELAY_JITTER = 0.5  # ±50% around DOWNLOAD_DELAY
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 2.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

# Limits: a news page is well under 10 MB; anything larger is a fault, not an article.
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]

COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False

FEED_EXPORT_ENCODING = "utf-8"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
LOG_LEVEL = "INFO"

ITEM_PIPELINES = {
    "newsscraper.pipelines.ValidatePipeline": 100,
    "newsscraper.pipelines.DedupePipeline": 200,
    "newsscraper.pipelines.MarkSeenPipeline": 900,
}
EXTENSIONS = {
    "newsscraper.exports.JsonLinesExport": 500,
}
NEWSSCRAPER_EXPORT = True
EXPORT_GZIP = False
NEWSSCRAPER_SEEN = True  # the persistent seen-store (incremental crawls, cross-run dedupe)
NEWSSCRAPER_SEEN_STORE = None  # path of the SQLite store; default <data dir>/state/seen.sqlite3
ADDONS = {"newsscraper.addons.LoopbackProfile": 0}
NEWSSCRAPER_LOOPBACK = False  # -s NEWSSCRAPER_LOOPBACK=1 for our own local servers only

# `newsscraper nightly`: since = last successful run's start minus the overlap (days), or today
# minus NIGHTLY_FIRST_DAYS for a site never run.
NIGHTLY_OVERLAP = 2
NIGHTLY_FIRST_DAYS = 2

# Where exports and state live; None means: data/ beside scrapy.cfg, else a per-user directory.
NEWSSCRAPER_DATA_DIR = None

# Overrides for crawling our own loopback servers (sample site, tests, benchmarks).
LOOPBACK_SETTINGS: dict[str, object] = {
    "ROBOTSTXT_OBEY": True,
    "DOWNLOAD_DELAY": 0,
    "DOWNLOAD_DELAY_JITTER": 0,
    "AUTOTHROTTLE_ENABLED": False,
    "CONCURRENT_REQUESTS": 32,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
    "DOWNLOAD_TIMEOUT": 10,
    "RETRY_TIMES": 1,
}
