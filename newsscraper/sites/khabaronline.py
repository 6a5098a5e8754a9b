"""Khabaronline (خبرآنلاین), khabaronline.ir, on the Nastooh CMS.

Visible date «۲۹ بهمن ۱۳۹۸ - ۰۶:۵۵» in .item-date, JSON-LD NewsArticle in UTC, lead p.introtext,
a staff code as a bare number closing the body (dropped).

Discovery: RSS, sitemap, per-day archive pages, ID backfill through /news/<id>.
"""

from newsscraper.sites import nastooh_site

SITE = nastooh_site("khabaronline", "خبرآنلاین", "khabaronline.ir")
