"""The site registry: one small module per site in this package, each defining ``SITE``.

A site is data: its key, domains, family profile (with overrides), time zone, language and
discovery sources. Modules are found by listing the package, so adding a site touches nothing
else (docs/adding-a-site.md).
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from newsscraper.extract.profiles import GENERIC, Profile


@dataclass(frozen=True)
class Site:
    key: str
    name: str                                   # the site's own name, as in its <title> suffix
    domains: tuple[str, ...]
    profile: Profile
    tz: str = "Asia/Tehran"
    language: str = "fa"
    # Older templates: (valid_until, profile) pairs, oldest first; pages dated before valid_until
    # are read with that profile, so a redesign never breaks an old fixture.
    versions: tuple[tuple[date, Profile], ...] = ()
    # Discovery ([3]): feeds, sitemaps, listing pages, and article-URL shape.
    start_url: str = ""
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    listings: tuple[str, ...] = ()
    article_url: str = ""                       # regex an article URL's path matches
    id_url: str = ""                            # "{base}/news/{id}" for ID-range backfill
    archive_url: str = ""                       # per-day archive page, {jy}-{jm}-{jd} placeholders
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.tz)

    def profile_for(self, when: date | None) -> Profile:
        """The template in force on ``when`` (the current one when the date is unknown)."""
        if when is not None:
            for valid_until, profile in self.versions:
                if when < valid_until:
                    return profile
        return self.profile


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


@cache
def all_sites() -> dict[str, Site]:
    """Every registered site by key, from the modules of this package."""
    sites: dict[str, Site] = {}
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        site = getattr(module, "SITE", None)
        if isinstance(site, Site):
            if site.key in sites:
                raise ValueError(f"duplicate site key {site.key!r} in {info.name}")
            sites[site.key] = site
    return sites


@cache
def _domain_index() -> dict[str, Site]:
    return {d: s for s in all_sites().values() for d in s.domains}


def host_of(url: str | None) -> str:
    host = (urlsplit(url).hostname or "") if url else ""
    return host.lower().removeprefix("www.")


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


__all__ = ["GENERIC", "Site", "all_sites", "host_of", "nastooh_site", "site_by_key", "site_for_url"]
