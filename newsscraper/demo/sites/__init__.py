"""The demo's three sample sites, one module each (as in newsscraper/sites/): WordPress with a Jalali
plugin, Nastooh, and Pangea (VOA Dari's CMS), served on loopback by ``newsscraper.demo.server``.

Their domains (``*.example``) do not exist, so they are not crawlable sites: the registry and the
spider list include them only while `newsscraper demo` runs or with ``NEWSSCRAPER_DEMO_SITES=1``
in the environment (tests, benchmarks, a crawl of a running sample server).
"""

from __future__ import annotations

from newsscraper.sites import Site, site_modules


def sample_sites() -> dict[str, Site]:
    """The sample sites by key, whether or not the registry includes them."""
    return {key: module.SITE for key, module in site_modules(__name__).items()}
