"""Spiders for the demo's sample sites, on Scrapy's SPIDER_MODULES (newsscraper/settings.py).

They exist, and the sample sites join the site registry, only when NEWSSCRAPER_DEMO_SITES=1 is in
the environment (the tests' crawls of a sample server, benchmarks, scrapyd jobs started with it):
otherwise `scrapy list` and `newsscraper list` do not show them. `newsscraper demo` takes its
classes from ``spider_classes`` without the variable.
"""

from __future__ import annotations

from newsscraper.demo.sites import MODULES, register_sample_sites
from newsscraper.sites import demo_sites_enabled
from newsscraper.spiders.base import NewsSpider
from newsscraper.spiders.sites import spider_class_for


def spider_classes() -> dict[str, type[NewsSpider]]:
    """Sample site key → spider class; registers the sample sites first (their spiders look them up)."""
    register_sample_sites()
    return {module.SITE.key: spider_class_for(module, __name__) for module in MODULES}


if demo_sites_enabled():  # each class under its own name only: a second name would list it twice
    globals().update({cls.__name__: cls for cls in spider_classes().values()})
