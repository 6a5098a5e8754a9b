"""Hamshahri Online (همشهری آنلاین), hamshahrionline.ir, said to run the Nastooh CMS.

No page of the site is in our fixtures, so it has no selectors of its own: the generic reading
(GENERIC profile) reads its pages; the Nastooh discovery stays (RSS, sitemap, per-day archive
pages, ID backfill through /news/<id>).
"""

from newsscraper.extract.profiles import GENERIC
from newsscraper.sites import nastooh_site

SITE = nastooh_site("hamshahri", "همشهری آنلاین", "hamshahrionline.ir", profile=GENERIC)
