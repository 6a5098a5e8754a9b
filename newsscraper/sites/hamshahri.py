"""Hamshahri Online (همشهری آنلاین), hamshahrionline.ir, on the Nastooh CMS.

Discovery: RSS, sitemap, per-day archive pages, ID backfill through /news/<id>.
"""

from newsscraper.sites import nastooh_site

SITE = nastooh_site("hamshahri", "همشهری آنلاین", "hamshahrionline.ir")
