"""Scrapy settings: polite defaults for real news sites.

Crawls of the bundled sample site and tests use LOOPBACK_SETTINGS on top of these (no delay, no
AutoThrottle): real sites never get them.
"""

from __future__ import annotations

from typing import Any

from newsscraper import __version__

BOT_NAME = "newsscraper"
# The demo's spiders exist only with NEWSSCRAPER_DEMO_SITES=1 (newsscraper/demo/spiders.py).
SPIDER_MODULES = ["newsscraper.spiders", "newsscraper.demo.spiders"]
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
# Retry-After (seconds or HTTP-date) is honoured up to this many seconds; a longer one gives up at once.
RETRY_AFTER_MAX = 120

# Our RetryMiddleware honours Retry-After; the redirect guard (before Scrapy's RedirectMiddleware)
# refuses off-site and looping redirects, retried requests included. See newsscraper/middlewares.py.
DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,
    "newsscraper.middlewares.AccountedOffsiteMiddleware": 50,  # names what the offsite filter drops
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "newsscraper.middlewares.RetryAfterMiddleware": 550,
    "newsscraper.middlewares.RedirectGuardMiddleware": 650,
}

# The same limits as Scrapy's, with each link they drop counted and logged (newsscraper/middlewares.py).
SPIDER_MIDDLEWARES = {
    "scrapy.spidermiddlewares.depth.DepthMiddleware": None,
    "newsscraper.middlewares.AccountedDepthMiddleware": 900,
    "scrapy.spidermiddlewares.urllength.UrlLengthMiddleware": None,
    "newsscraper.middlewares.AccountedUrlLengthMiddleware": 800,
}

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
    "newsscraper.warc.writer.WarcExport": 600,  # after the export: a killed run's manifest exists first
    "newsscraper.crawlprogress.CrawlProgress": 700,  # live status line on a terminal, log lines elsewhere
}
NEWSSCRAPER_EXPORT = True
EXPORT_GZIP = False
# -s NEWSSCRAPER_WARC=1 archives every response fetched: <data dir>/warc/<site>/ (docs/archives.md)
NEWSSCRAPER_WARC = False
NEWSSCRAPER_WARC_MAX_BYTES = 1_000_000_000  # a WARC file past this size is closed and the next one opened
NEWSSCRAPER_SEEN = True  # the persistent seen-store (incremental crawls, cross-run dedupe)
NEWSSCRAPER_SEEN_STORE = None  # path of the SQLite store; default <data dir>/state/seen.sqlite3
ADDONS = {"newsscraper.addons.LoopbackProfile": 0, "newsscraper.addons.ClusterMode": 10}
NEWSSCRAPER_LOOPBACK = False  # -s NEWSSCRAPER_LOOPBACK=1 for our own local servers only

# Cluster mode (docs/scaling.md): a Redis URL makes this crawl one worker of a cluster sharing the
# site's frontier and request filter (scrapy-redis) and, by default, the seen-store.
NEWSSCRAPER_REDIS_URL = None
# The heartbeat's time to live: s without a heartbeat before a worker counts as dead and a live one
# puts the dead one's requests in flight back into the frontier (newsscraper.cluster.inflight).
NEWSSCRAPER_CLUSTER_PEER_TIMEOUT = 10.0
NEWSSCRAPER_CLUSTER_HEARTBEAT = 1.0  # s between a worker's heartbeats
NEWSSCRAPER_CLUSTER_POLL = 0.5  # s between looks at an empty frontier while peers are busy

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

# What the ClusterMode add-on sets when NEWSSCRAPER_REDIS_URL is given (REDIS_URL is that URL).
# newsscraper.cluster says why the scheduler is a subclass of scrapy-redis's.
CLUSTER_SETTINGS: dict[str, object] = {
    "SCHEDULER": "newsscraper.cluster.ClusterScheduler",
    "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
    # scrapy-redis's PriorityQueue (our priorities: feeds, sitemaps, listings, articles) recording what
    # each worker has in flight, so a live worker can put a dead one's requests back
    "SCHEDULER_QUEUE_CLASS": "newsscraper.cluster.TrackedPriorityQueue",
    "SCHEDULER_PERSIST": True,  # one worker's end never deletes the shared frontier; the last one ends the crawl
    "SCHEDULER_QUEUE_KEY": "newsscraper:%(spider)s:requests",  # %(spider)s: the site key, not the spider name
    "SCHEDULER_DUPEFILTER_KEY": "newsscraper:%(spider)s:dupefilter",
}


def project_settings(overrides: dict[str, Any] | None = None) -> Any:
    """These settings with ``overrides`` at command-line priority, whatever the working directory, its
    scrapy.cfg or SCRAPY_SETTINGS_MODULE say (`newsscraper crawl`, `list`, the demo). Scrapy reads
    only upper-case names from this module, so this function is not a setting."""
    from scrapy.settings import Settings

    values = Settings()
    values.setmodule(__name__, priority="project")
    values.update(overrides or {}, priority="cmdline")
    return values
