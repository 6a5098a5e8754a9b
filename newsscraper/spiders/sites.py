"""One thin spider per site of the registry: `scrapy list` shows them all.

Each class only names its site; its docstring is the site module's (discovery sources, quirks).
Generating them from the registry keeps "adding a site" a one-module change. The demo's sample
sites get spiders here only when the registry includes them (NEWSSCRAPER_DEMO_SITES=1 when this
module is imported); `newsscraper demo` asks ``spider_class`` for them while it runs.
"""

from __future__ import annotations

from functools import cache

from newsscraper.sites import registered_modules
from newsscraper.spiders.base import NewsSpider


def spider_class(key: str) -> type[NewsSpider]:
    """The spider class for a registered site key (KeyError for any other)."""
    module = registered_modules().get(key)
    if module is None:
        raise KeyError(key)
    return _spider_class(key, module.__doc__)


@cache
def _spider_class(key: str, module_doc: str | None) -> type[NewsSpider]:
    name = "".join(part.title() for part in key.split("_")) + "Spider"
    doc = (module_doc or f"Spider for {key}.").strip() + "\n\n" + (NewsSpider.__doc__ or "")
    return type(name, (NewsSpider,), {"name": key, "site_key": key, "__doc__": doc, "__module__": __name__})


for _key in sorted(registered_modules()):
    _cls = spider_class(_key)
    globals()[_cls.__name__] = _cls
del _key, _cls  # a leftover name would list the last spider twice
