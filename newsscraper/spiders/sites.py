"""One thin spider per site of the registry: `scrapy list` shows them all.

Each class only names its site; its docstring is the site module's (discovery sources, quirks).
Generating them from the registry keeps "adding a site" a one-module change.
"""

from __future__ import annotations

import importlib

from newsscraper.sites import all_sites
from newsscraper.spiders.base import NewsSpider


def spider_class(key: str) -> type[NewsSpider]:
    """The spider class registered for a site key."""
    for value in globals().values():
        if isinstance(value, type) and issubclass(value, NewsSpider) and getattr(value, "name", None) == key:
            return value
    raise KeyError(key)


def _spider_class(key: str) -> type[NewsSpider]:
    module = importlib.import_module(f"newsscraper.sites.{key}")
    name = "".join(part.title() for part in key.split("_")) + "Spider"
    doc = (module.__doc__ or f"Spider for {key}.").strip() + "\n\n" + (NewsSpider.__doc__ or "")
    return type(name, (NewsSpider,), {"name": key, "site_key": key, "__doc__": doc, "__module__": __name__})


for _key in sorted(all_sites()):
    _cls = _spider_class(_key)
    globals()[_cls.__name__] = _cls
del _key, _cls  # a leftover name would list the last spider twice
