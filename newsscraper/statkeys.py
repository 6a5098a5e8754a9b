"""Stats keys that more than one module reads: the crawl counts them, the manifest and nightly's
health rules read them back. One place, so a rename cannot split the writer from its readers.

Families (every key is `/`-namespaced):

- ``failure/<reason>``: a request the crawl scheduled (or was redirected to) and gave up, by reason
  (newsscraper.middlewares.failure_reason); the manifest's ``failures`` section.
- ``refused/<reason>``: a page fetched and read that is not an article; the manifest's ``refused``.
- ``drop/<reason>``: a record the pipelines or the spider's date filter dropped; the manifest's ``drops``.
"""

from __future__ import annotations

FAILURE = "failure/"
REFUSED = "refused/"
DROP = "drop/"

# discovery
DISCOVERY_FAILED = "discovery/failed"  # a feed, sitemap or first listing page could not be fetched
ARTICLE_REQUESTS = "discovery/article_requests"  # article URLs requested for the first time
RETRY_REQUESTS = "discovery/retry_requests"  # article URLs fetched before, not exported, asked again
EMPTY_SOURCE = "discovery/{source}/empty"  # a feed or sitemap that parsed to zero entries
OUT_OF_WINDOW = "discovery/{source}/out_of_window"  # an entry outside the since/until the user gave
BEFORE_FLOOR = "discovery/{source}/before_floor"  # an entry older than the earliest since of any run

# extraction notes the crawl counts
DECODE_INVALID_UTF8 = "decode/invalid_utf8"  # UTF-8 with a few bad bytes, decoded with U+FFFD
PROFILE_MISSED = "extract/profile_missed"  # the site profile refused a page the generic finder reads

# drops
DROP_OUT_OF_WINDOW = DROP + "out_of_window"  # a record dated outside the user's since/until
DROP_UNCHANGED = DROP + "unchanged"  # a revisited article whose body did not change

# requests dropped before they reached the downloader or the spider (named failure reasons)
OFFSITE = "offsite"  # Scrapy's OffsiteMiddleware filtered it (a redirect or meta refresh off the site)
OFFSITE_REDIRECT = "offsite_redirect"  # our RedirectGuardMiddleware refused a redirect off the site
DUPLICATE = "duplicate"  # the scheduler's duplicate filter dropped it (redirected to a URL already fetched)
DROPPED = "dropped"  # any other request the engine dropped (request_dropped signal)


def failure(reason: str) -> str:
    return FAILURE + reason


def refused(reason: str) -> str:
    return REFUSED + reason
