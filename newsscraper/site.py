"""What a site is, as types only: its extraction `Profile` (where its template keeps each field) and
the `Site` entry (key, domains, zone, language, discovery sources, profile and its dated versions).

These sit below both newsscraper.extract (which reads a page with a chosen Site) and
newsscraper.sites (the registry of site modules that fill them in), so neither imports the other's
package to know the shape of a site.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

Selectors = tuple[str, ...]


@dataclass(frozen=True)
class Profile:
    family: str
    headline: Selectors = ()
    surtitle: Selectors = ()
    lead: Selectors = ()
    body: Selectors = ()
    body_exclude: Selectors = ()      # inside the body container, beyond generic furniture
    date: Selectors = ()              # element(s) whose text holds the visible publication date
    news_id: Selectors = ()           # element(s) whose text holds «کد خبر …»
    tags: Selectors = ()
    section: Selectors = ()
    authors: Selectors = ()
    excerpt: Selectors = ()           # an auto-excerpt shown as a teaser: never the lead
    lead_is_body_start: bool = False  # the lead is the body's first paragraph (kept in the body)
    notes: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    def with_overrides(self, **changes: object) -> Profile:
        """A copy with some selectors replaced; `plus_<field>` keys prepend instead of replacing."""
        merged: dict[str, object] = {}
        for key, value in changes.items():
            if key.startswith("plus_"):
                name = key[5:]
                merged[name] = tuple(value) + getattr(self, name)  # type: ignore[arg-type, operator]
            else:
                merged[key] = value
        return replace(self, **merged)  # type: ignore[arg-type]


GENERIC = Profile(family="generic")


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


def host_of(url: str | None) -> str:
    """The URL's host, lower-cased and without `www.`; "" for none, or for a URL urllib cannot split
    (`http://[bad`: an unclosed IPv6 bracket raises ValueError there)."""
    try:
        host = (urlsplit(url).hostname or "") if url else ""
    except ValueError:
        return ""
    return host.lower().removeprefix("www.")
