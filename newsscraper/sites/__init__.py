"""The site registry: one small module per site in this package, each defining ``SITE``.

A site is data: its key, domains, family profile (with overrides), time zone, language and
discovery sources. Modules are found by listing the package, so adding a site touches nothing
else (docs/adding-a-site.md).

The demo's sample sites (newsscraper/demo/sites/) are registered only while `newsscraper demo` runs
or when the environment says ``NEWSSCRAPER_DEMO_SITES=1`` (tests, benchmarks, a crawl of the sample
server): they are not real sites, so `scrapy list`, `newsscraper list` and nightly never show them
otherwise.
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
DEMO_PACKAGE = "newsscraper.demo.sites"


@cache
def site_modules(package: str = __name__) -> dict[str, ModuleType]:
    """The site modules of ``package`` (each defines ``SITE``) by site key."""
    found: dict[str, ModuleType] = {}
    for info in pkgutil.iter_modules(importlib.import_module(package).__path__):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{package}.{info.name}")
        site = getattr(module, "SITE", None)
        if isinstance(site, Site):
            if site.key in found:
                raise ValueError(f"duplicate site key {site.key!r} in {package}.{info.name}")
            found[site.key] = module
    return found


def demo_sites_enabled() -> bool:
    """True when the environment registers the demo's sample sites (NEWSSCRAPER_DEMO_SITES=1)."""
    return os.environ.get(DEMO_SITES_ENV, "").strip() not in ("", "0")


def registered_modules(demo: bool | None = None) -> dict[str, ModuleType]:
    """Site key → module: this package's sites, plus the demo's when ``demo`` (None: as the environment says)."""
    return _modules(demo_sites_enabled() if demo is None else demo)


@cache
def _modules(demo: bool) -> dict[str, ModuleType]:
    modules = dict(site_modules(__name__))
    if demo:
        sample = site_modules(DEMO_PACKAGE)
        if clash := modules.keys() & sample.keys():
            raise ValueError(f"demo site keys {sorted(clash)} clash with newsscraper/sites")
        modules.update(sample)
    return modules


def all_sites(demo: bool | None = None) -> dict[str, Site]:
    """Every registered site by key: the modules of this package, plus the demo's sample sites when
    ``demo`` is true (None: when NEWSSCRAPER_DEMO_SITES=1, as `newsscraper demo` sets for itself)."""
    return _sites(demo_sites_enabled() if demo is None else demo)


@cache
def _sites(demo: bool) -> dict[str, Site]:
    return {key: module.SITE for key, module in _modules(demo).items()}


@cache
def _domain_index(demo: bool) -> dict[str, Site]:
    return {d: s for s in _sites(demo).values() for d in s.domains}


def site_for_url(url: str | None) -> Site | None:
    """The profile-bearing site whose domain (or a parent domain) hosts ``url``."""
    host = host_of(url)
    index = _domain_index(demo_sites_enabled())
    while host:
        if host in index:
            return index[host]
        _, _, host = host.partition(".")
    return None


def site_by_key(key: str) -> Site | None:
    return all_sites().get(key)


__all__ = ["DEMO_SITES_ENV", "GENERIC", "Site", "all_sites", "demo_sites_enabled", "host_of", "nastooh_site",
           "registered_modules", "site_by_key", "site_for_url", "site_modules"]
