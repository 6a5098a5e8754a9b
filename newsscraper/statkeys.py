"""Stats keys that more than one module reads: the crawl counts them, the manifest and nightly's
health rules read them back. One place, so a rename cannot split the writer from its readers.

Families (every key is `/`-namespaced):

- ``failure/<reason>``: a request the crawl scheduled (or was redirected to) and gave up, by reason
  (newsscraper.middlewares.failure_reason); the manifest's ``failures`` section.
- ``refused/<reason>``: a page fetched and read that is not an article; the manifest's ``refused``.
- ``drop/<reason>``: a record the pipelines or the spider's date filter dropped; the manifest's ``drops``.
- ``dropped_request/<reason>``: a request the scheduler refused (its URL already requested); the
  manifest's ``dropped_requests``.
- ``discovery/...``: feeds, sitemaps, listings read and their entries; the manifest's ``discovery``.
"""

from __future__ import annotations

FAILURE = "failure/"
REFUSED = "refused/"
DROP = "drop/"
DISCOVERY = "discovery/"  # discovery counts: the manifest's ``discovery``
DATE = "date/"  # how a record's date was read or why it is missing

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
HIDDEN_MARKUP = "extract/hidden_markup"  # the text was read from <template>/<noscript>: nothing else held it

# drops
DROP_OUT_OF_WINDOW = DROP + "out_of_window"  # a record dated outside the user's since/until
DROP_UNCHANGED = DROP + "unchanged"  # a revisited article whose body did not change

# requests given up before they reached the downloader (failure/<reason>)
OFFSITE = "offsite"  # a link to another domain, filtered by the offsite middleware
OFFSITE_REDIRECT = "offsite_redirect"  # a redirect or meta refresh to another domain, refused
ROBOTS_DISALLOWED = "robots_disallowed"  # robots.txt forbids it

# requests the scheduler refused (dropped_request/<reason>): their URL was already requested in this crawl
DROPPED = "dropped_request/"
DUPLICATE = "duplicate"  # the same URL again (in cluster mode: already requested by another worker)
REDIRECT_DUPLICATE = "redirect_duplicate"  # a redirect to a URL already requested: its record comes from there
DEPTH_LIMIT = "depth_limit"  # a link past DEPTH_LIMIT, never scheduled
URL_TOO_LONG = "url_too_long"  # a link longer than URLLENGTH_LIMIT, never scheduled

# discovery pages read (discovery/read/<kind>) and guessed sources that were not there
READ = "discovery/read/{kind}"  # robots, feed, sitemap, listing
GUESS_MISSING = "discovery/guess_missing"  # the generic spider's guessed feed or sitemap URL failed


def failure(reason: str) -> str:
    return FAILURE + reason


def refused(reason: str) -> str:
    return REFUSED + reason


def dropped(reason: str) -> str:
    return DROPPED + reason
