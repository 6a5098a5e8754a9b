"""IRNA (خبرگزاری جمهوری اسلامی), irna.ir, on the Nastooh CMS.

Discovery: RSS, sitemap, per-day archive pages, ID backfill through /news/<id>.
"""

from newsscraper.sites import nastooh_site

SITE = nastooh_site("irna", "ایرنا", "irna.ir")
