"""Mehr News Agency (خبرگزاری مهر), mehrnews.com, on the Nastooh CMS.

Discovery: RSS, sitemap, per-day archive pages, ID backfill through /news/<id>.
"""

from newsscraper.sites import nastooh_site

SITE = nastooh_site("mehr", "خبرگزاری مهر", "mehrnews.com")
