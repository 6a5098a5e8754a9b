"""One thin spider per site of the registry: `scrapy list` shows them all.

Each class only names its site; its docstring is the site module's (discovery sources, quirks).
Generating them from the registry keeps "adding a site" a one-module change. The demo's sample
sites get theirs from newsscraper/demo/spiders.py, with ``spider_class_for``.
"""

from __future__ import annotations

from functools import cache
from types import ModuleType

from newsscraper.sites import site_modules
from newsscraper.spiders.base import NewsSpider


def spider_class(key: str) -> type[NewsSpider]:
    """The spider class for a site key of newsscraper/sites (KeyError for any other)."""
    return spider_class_for(site_modules()[key], __name__)


@cache
def spider_class_for(site_module: ModuleType, module_name: str) -> type[NewsSpider]:
    """A spider class for the site a module defines (``SITE``); Scrapy's spider loader lists it under
    ``module_name``, the module whose namespace the caller puts it in."""
    key = site_module.SITE.key
    name = "".join(part.title() for part in key.split("_")) + "Spider"
    doc = (site_module.__doc__ or f"Spider for {key}.").strip() + "\n\n" + (NewsSpider.__doc__ or "")
    return type(name, (NewsSpider,), {"name": key, "site_key": key, "__doc__": doc, "__module__": module_name})


for _key in sorted(site_modules()):
    _cls = spider_class(_key)
    globals()[_cls.__name__] = _cls
del _key, _cls  # a leftover name would list the last spider twice
