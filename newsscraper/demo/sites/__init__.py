"""The demo's three sample sites, one module each (as in newsscraper/sites/): WordPress with a Jalali
plugin, Nastooh, and Pangea (VOA Dari's CMS), served on loopback by ``newsscraper.demo.server``.

Their domains (``*.example``) do not exist, so they are not crawlable sites: the site registry
(newsscraper.sites) holds them only once ``register_sample_sites`` ran in the process, which the
demo does while it runs and newsscraper/demo/spiders.py does when NEWSSCRAPER_DEMO_SITES=1.
"""

from __future__ import annotations

from newsscraper.demo.sites import sample_dari, sample_nastooh, sample_wp
from newsscraper.site import Site

MODULES = (sample_wp, sample_nastooh, sample_dari)


def sample_sites() -> dict[str, Site]:
    """The sample sites by key, whether or not the registry holds them."""
    return {module.SITE.key: module.SITE for module in MODULES}


def register_sample_sites() -> None:
    """Put the sample sites in this process's site registry (once; again is a no-op)."""
    from newsscraper.sites import register

    register(*MODULES)
