"""Young Journalists Club (باشگاه خبرنگاران جوان), yjc.ir / yjc.news.

Template: «تاریخ انتشار: ۱۲ ارديبهشت ۱۳۹۸ - ۱۶:۱۲» in .news_pdate_c, «کد خبر» in .news_id_c, lead
h2.Htags_news_subtitle, body .news_body_con > .body ending in «انتهای پیام/ز»; meta tags are often
present but empty; the header shows today's date and clock. Discovery: RSS, sitemap, ID backfill.
"""

from newsscraper.site import Profile, Site

# YJC (Young Journalists Club): «تاریخ انتشار:», «کد خبر:», lead in h2.Htags_news_subtitle.
YJC = Profile(
    family="yjc",
    headline=(".news_body_con h1.Htags", "h1.Htags"),
    surtitle=(".news_body_con .rutitr_body", ".rutitr_body"),
    lead=(".news_body_con .subtitle h2", "h2.Htags_news_subtitle"),
    body=(".news_body_con > .body", ".news_body_con .body"),
    date=(".news_pdate_c",),
    news_id=(".news_id_c",),
    tags=(".tags_container a", ".tag_items a"),
    section=(".news_path a:last-child", ".news_path a"),
)

SITE = Site(
    key="yjc", name="باشگاه خبرنگاران جوان", domains=("yjc.ir", "yjc.news"), profile=YJC,
    start_url="https://www.yjc.ir/",
    feeds=("https://www.yjc.ir/fa/rss/allnews",),
    sitemaps=("https://www.yjc.ir/sitemap.xml",),
    article_url=r"^/fa/news/\d+",
    id_url="{base}/fa/news/{id}",
)
