"""The site registry: one small module per site in this package, each defining ``SITE``.

A site is data: its key, domains, family profile (with overrides), time zone, language and
discovery sources. Modules are found by listing the package, so adding a site touches nothing
else (docs/adding-a-site.md).

The demo's sample sites (newsscraper/demo/sites/) are not real sites: the demo registers them
(``register``) while it runs, and so does its spider module (newsscraper/demo/spiders.py, on Scrapy's
SPIDER_MODULES) when the environment says ``NEWSSCRAPER_DEMO_SITES=1`` (tests, benchmarks, a crawl of
the sample server). Otherwise `scrapy list`, `newsscraper list` and nightly never show them. This
package never imports the demo.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
from functools import cache
from types import ModuleType

from newsscraper.site import GENERIC, Profile, Site, host_of


def nastooh_site(key: str, name: str, domain: str, profile: Profile | None = None, **extra: object) -> Site:
    """A site on the Nastooh CMS: /news/<id> URLs, RSS, sitemap and per-day archive pages.

    The NASTOOH selectors unless ``profile`` says otherwise: a site of the family that no fixture
    page of ours shows passes GENERIC, so nothing guesses at a template we have not seen.
    """
    from newsscraper.extract.profiles import NASTOOH

    base = f"https://www.{domain}"
    fields: dict[str, object] = {
        "start_url": f"{base}/", "feeds": (f"{base}/rss",), "sitemaps": (f"{base}/sitemap.xml",),
        "listings": (f"{base}/archive",), "article_url": r"^/news/\d+", "id_url": "{base}/news/{id}",
        "archive_url": "{base}/archive?ty=1&dy={jd}&mn={jm}&yr={jy}",
    }
    fields.update(extra)
    return Site(key=key, name=name, domains=(domain,), profile=profile or NASTOOH, **fields)  # type: ignore[arg-type]


DEMO_SITES_ENV = "NEWSSCRAPER_DEMO_SITES"
_registered: dict[str, ModuleType] = {}  # site modules from outside this package: the demo's, while it runs


@cache
def site_modules() -> dict[str, ModuleType]:
    """The site modules of this package (each defines ``SITE``) by site key."""
    found: dict[str, ModuleType] = {}
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        site = getattr(module, "SITE", None)
        if isinstance(site, Site):
            if site.key in found:
                raise ValueError(f"duplicate site key {site.key!r} in {info.name}")
            found[site.key] = module
    return found


def register(*modules: ModuleType) -> None:
    """Add site modules from outside this package to the registry of this process: the demo's sample
    sites (newsscraper/demo/sites/), which the registry itself never imports."""
    for module in modules:
        key = module.SITE.key
        if key in site_modules() or _registered.get(key, module) is not module:
            raise ValueError(f"site key {key!r} is registered already")
        _registered[key] = module
    _sites.cache_clear()
    _domain_index.cache_clear()


def demo_sites_enabled() -> bool:
    """True when the environment asks for the demo's sample sites as spiders (NEWSSCRAPER_DEMO_SITES=1)."""
    return os.environ.get(DEMO_SITES_ENV, "").strip() not in ("", "0")


def all_sites(extra: bool = True) -> dict[str, Site]:
    """Every site by key: the modules of this package, plus (``extra``) those registered from outside
    it in this process (the demo's sample sites, while the demo runs or when a crawl asks for them)."""
    return _sites(extra)


@cache
def _sites(extra: bool) -> dict[str, Site]:
    modules = {**site_modules(), **(_registered if extra else {})}
    return {key: module.SITE for key, module in modules.items()}


@cache
def _domain_index() -> dict[str, Site]:
    return {d: s for s in all_sites().values() for d in s.domains}


def site_for_url(url: str | None) -> Site | None:
    """The profile-bearing site whose domain (or a parent domain) hosts ``url``."""
    host = host_of(url)
    index = _domain_index()
    while host:
        if host in index:
            return index[host]
        _, _, host = host.partition(".")
    return None


def site_by_key(key: str) -> Site | None:
    return all_sites().get(key)


__all__ = ["DEMO_SITES_ENV", "GENERIC", "Site", "all_sites", "demo_sites_enabled", "host_of", "nastooh_site",
           "register", "site_by_key", "site_for_url", "site_modules"]
