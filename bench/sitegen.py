"""A generated Persian news site, pre-rendered into memory and served by Twisted web on 127.0.0.1.

    .venv/bin/python -m bench.sitegen --pages 5000 --seed 1 [--add-new K] [--port P]

--pages N article pages (50–150 KB each: nav menu, mega-menu, sidebars, related-news boxes,
comments, ad slots, a footer, inline CSS and scripts) with 30–80 links each to other articles plus
the section pages; section listings under /service/<slug>, a home page, /about, /contact,
/robots.txt (allow all, names the sitemap), /sitemap.xml (every article, with lastmod) and
/rss.xml (the newest 50). Article URLs are /news/<id>/<Persian slug>; every article shows an
<article> with a روتیتر, an h1, a lead, a visible Jalali date («۲۴ مهر ۱۴۰۲ - ۱۰:۳۰»),
«کد خبر: N», paragraphs and «انتهای پیام/ع», so newsscraper's generic extractor gives a record.

The page set is a function of (seed, number of articles): article i depends only on (seed, i)
and links only to older articles, so with --add-new K the first N article pages are byte-for-byte
the same and the K new ones (the highest ids) appear on the home page, section pages, RSS and the
sitemap. Binds 127.0.0.1 (port 0 = any free port; --port reuses one), prints one JSON line
{"base", "pages", "articles", ...} on stdout, then serves until killed.

Not part of the site (never linked): /__bench/stats (JSON request counts by kind, and with
?ids=1 the article ids requested) and /__bench/digest?upto=N (sha256 of the first N articles).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import time
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta
from html import escape
from urllib.parse import parse_qs, unquote_to_bytes
from zoneinfo import ZoneInfo

import jdatetime

SITE_NAME = "خبرگزاری نمونه"
FIRST_ID = 3_000_001
TEHRAN = ZoneInfo("Asia/Tehran")
BASE_TIME = datetime(2023, 9, 23, 6, 0, tzinfo=TEHRAN)  # ۱ مهر ۱۴۰۲
MINUTES_PER_ARTICLE = 12
MIN_SIZE, MAX_SIZE = 50_000, 150_000
MIN_LINKS, MAX_LINKS = 30, 80
HOME_LATEST = 40
SECTION_LATEST = 40
RSS_LATEST = 50

SECTIONS = (
    ("politics", "سیاسی"), ("economy", "اقتصادی"), ("society", "اجتماعی"), ("culture", "فرهنگی"),
    ("sport", "ورزشی"), ("world", "بین‌الملل"), ("science", "علمی"), ("provinces", "استان‌ها"),
)
SUBSECTIONS = ("مجلس", "دولت", "بازار", "بورس", "انرژی", "آموزش", "سلامت", "محیط زیست", "سینما",
               "کتاب", "موسیقی", "فوتبال", "کشتی", "والیبال", "آسیا", "اروپا", "فناوری", "دانشگاه")
MONTHS = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی",
          "بهمن", "اسفند")
EDITOR_CODES = ("ع", "م", "ر", "ح", "ک", "س")
AGENCIES = ("خبرگزاری نمونه", "خبرنگار خبرگزاری نمونه", "روابط عمومی وزارت نیرو", "پایگاه خبری دولت",
            "خبرنگار اقتصادی خبرگزاری نمونه", "سرویس ورزشی خبرگزاری نمونه")
CITIES = ("تهران", "اصفهان", "مشهد", "تبریز", "شیراز", "کرمان", "رشت", "یزد", "اهواز", "قم")

VOCAB = """
دولت مجلس وزیر رئیس‌جمهور نماینده کمیسیون لایحه طرح بودجه اقتصاد بازار قیمت تورم ارز بانک مرکزی
سرمایه‌گذاری صادرات واردات تولید صنعت کشاورزی آب برق گاز نفت پتروشیمی معدن فولاد خودرو مسکن اجاره
شهرداری شورا شهر استان روستا جاده حمل‌ونقل مترو فرودگاه قطار بندر دریا کوه جنگل محیط زیست هوا آلودگی
باران خشکسالی سیل زلزله امداد هلال‌احمر بیمارستان پزشک بیمار درمان دارو واکسن سلامت آموزش مدرسه
دانشگاه دانشجو استاد پژوهش فناوری نوآوری شرکت دانش‌بنیان اینترنت ارتباطات ماهواره فضا ورزش فوتبال
تیم ملی باشگاه لیگ مسابقه قهرمانی مدال کشتی والیبال بسکتبال مربی بازیکن هوادار ورزشگاه فرهنگ هنر
سینما فیلم جشنواره کتاب نمایشگاه موسیقی کنسرت تئاتر نویسنده شاعر میراث تاریخ موزه گردشگری مسافر
هفته امروز دیروز فردا سال ماه روز شب صبح عصر گذشته آینده جدید مهم بزرگ کوچک ملی بین‌المللی منطقه‌ای
اجتماعی اقتصادی سیاسی فرهنگی علمی عمومی خصوصی رسمی مردمی جوان خانواده کودک زنان کارگر کارمند
بازنشسته حقوق دستمزد یارانه مالیات گمرک قانون دادگاه پلیس امنیت مرز همکاری توافق مذاکره نشست جلسه
گزارش بررسی برنامه پروژه اجرا افتتاح ساخت توسعه بهره‌برداری حمایت کاهش افزایش رشد تغییر تصمیم
اعلام کرد گفت افزود تاکید کرد خواستار شد می‌شود می‌کند خواهد شد بوده است شده است انجام داد برگزار شد
قرار گرفت ادامه دارد پیگیری می‌کند اعلام شد ارائه کرد تصویب شد رسید آغاز شد پایان یافت در از به با برای
تا که این آن هر همه بیش کمتر حدود درصد میلیارد میلیون هزار تومان ریال دلار نخستین دومین سومین
مسئولان کارشناسان شهروندان فعالان مدیران معاون مدیرکل سخنگو استاندار فرماندار شهردار
""".split()
VERBS = ("اعلام کرد", "گفت", "تاکید کرد", "افزود", "خبر داد", "اظهار داشت", "یادآور شد",
         "توضیح داد", "خواستار شد", "عنوان کرد")
SURNAMES = ("احمدی", "محمدی", "حسینی", "رضایی", "کریمی", "موسوی", "جعفری", "صادقی", "رحیمی", "نوری")
FIRST_NAMES = ("علی", "مریم", "حسین", "زهرا", "محمد", "فاطمه", "رضا", "سارا", "مهدی", "نرگس")

FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def fa(value: object) -> str:
    return str(value).translate(FA_DIGITS)


@dataclass(frozen=True)
class Article:
    index: int
    news_id: int
    title: str
    slug: str
    section: int
    published: datetime
    teaser: str

    @property
    def path(self) -> str:
        return f"/news/{self.news_id}/{self.slug}"

    @property
    def jalali(self) -> str:
        j = jdatetime.date.fromgregorian(date=self.published.date())
        return f"{fa(j.day)} {MONTHS[j.month - 1]} {fa(j.year)} - {fa(f'{self.published:%H:%M}')}"


# ------------------------------------------------------------------------------------- text pools


def _words(rng: random.Random, lo: int, hi: int) -> str:
    return " ".join(rng.choice(VOCAB) for _ in range(rng.randint(lo, hi)))


def _sentence(rng: random.Random) -> str:
    who = f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}"
    head = _words(rng, 5, 14)
    tail = _words(rng, 3, 10)
    shapes = (
        f"{head} {rng.choice(VERBS)}.",
        f"{who}، {rng.choice(('معاون', 'مدیرکل', 'سخنگوی', 'رئیس'))} {_words(rng, 1, 3)}، {head} {rng.choice(VERBS)}.",
        f"به گفته {who}، {head}، {tail} است.",
        f"{head} و {tail} {rng.choice(VERBS)}.",
        f"این {_words(rng, 1, 2)} در حالی است که {head} {rng.choice(VERBS)}.",
    )
    return rng.choice(shapes)


class Pools:
    """Sentences and comment texts drawn once per seed; pages pick from them (fast, deterministic)."""

    def __init__(self, seed: int) -> None:
        rng = random.Random(f"{seed}:pools")
        self.sentences = [_sentence(rng) for _ in range(4000)]
        self.comments = [" ".join(_sentence(rng) for _ in range(rng.randint(1, 3))) for _ in range(600)]
        self.css = self._css(rng)
        self.js = self._js(rng)
        self.menu = self._menu(rng)

    @staticmethod
    def _css(rng: random.Random) -> str:
        props = ("margin", "padding", "font-size", "line-height", "width", "max-width", "border-radius")
        rules = []
        for i in range(420):
            decls = ";".join(f"{rng.choice(props)}:{rng.randint(0, 40)}px" for _ in range(rng.randint(2, 5)))
            rules.append(f".c-{i:03x}{{{decls};color:#{rng.randrange(0x1000000):06x}}}")
        return "\n".join(rules)

    @staticmethod
    def _js(rng: random.Random) -> str:
        cfg = {"site": "sample-news", "lang": "fa", "ads": [
            {"zone": f"z{i}", "size": rng.choice(["300x250", "728x90", "160x600"]),
             "refresh": rng.randint(30, 120)} for i in range(40)]}
        return ("window.__CFG__=" + json.dumps(cfg, separators=(",", ":")) + ";\n"
                "(function(w,d){var q=w.q||[];function t(e){q.push([e,Date.now()])}"
                "d.addEventListener('click',function(e){t('c:'+(e.target.id||e.target.className))});"
                "w.addEventListener('scroll',function(){t('s')},{passive:true});w.q=q})(window,document);\n") * 2

    @staticmethod
    def _menu(rng: random.Random) -> str:
        cols = []
        for slug, name in SECTIONS:
            items = "".join(f'<li class="mega-item"><span class="mega-link">{escape(rng.choice(SUBSECTIONS))}'
                            f'</span></li>' for _ in range(8))
            cols.append(f'<div class="mega-col"><a class="mega-head" href="/service/{slug}">{name}</a>'
                        f'<ul class="mega-list">{items}</ul></div>')
        return "".join(cols)


# ------------------------------------------------------------------------------------------ site


def make_articles(seed: int, count: int) -> list[Article]:
    """Article i depends only on (seed, i): a longer site starts with the same articles."""
    out = []
    for i in range(count):
        rng = random.Random(f"{seed}:meta:{i}")
        words = [rng.choice(VOCAB) for _ in range(rng.randint(6, 12))]
        title = " ".join(words)
        slug = "-".join(w for w in " ".join(words[:7]).split())
        published = BASE_TIME + timedelta(minutes=i * MINUTES_PER_ARTICLE + rng.randint(0, MINUTES_PER_ARTICLE - 1))
        teaser = _words(rng, 14, 24)
        out.append(Article(i, FIRST_ID + i, title, slug, rng.randrange(len(SECTIONS)), published, teaser))
    return out


def head(title: str, description: str, canonical: str, extra: str, pools: Pools) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="fa" dir="rtl">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)} - {SITE_NAME}</title>\n"
        f'<meta name="description" content="{escape(description)}">\n'
        f'<meta property="og:site_name" content="{SITE_NAME}">\n'
        f'<meta property="og:title" content="{escape(title)}">\n'
        f'<link rel="canonical" href="{escape(canonical)}">\n'
        '<link rel="alternate" type="application/rss+xml" title="RSS" href="/rss.xml">\n'
        f"{extra}<style>\n{pools.css}\n</style>\n<script>\n{pools.js}</script>\n</head>\n"
    )


def header(pools: Pools, today: str) -> str:
    nav = "".join(f'<li class="nav-item"><a href="/service/{slug}">{name}</a></li>' for slug, name in SECTIONS)
    return (
        '<body class="rtl">\n<div class="top-bar"><div class="container">'
        f'<span class="today">{today}</span>'
        '<a href="/about">درباره ما</a> | <a href="/contact">تماس با ما</a></div></div>\n'
        '<header class="site-header"><div class="container">'
        f'<a class="logo" href="/"><img src="/static/logo.svg" alt="{SITE_NAME}"></a>'
        f'<nav class="main-menu"><ul class="nav"><li class="nav-item"><a href="/">صفحه اصلی</a></li>{nav}</ul>'
        f'<div class="mega-menu">{pools.menu}</div></nav></div></header>\n'
    )


def footer(pools: Pools) -> str:
    links = "".join(f'<li><a href="/service/{slug}">{name}</a></li>' for slug, name in SECTIONS)
    return (
        '<footer class="site-footer"><div class="container">'
        f'<div class="footer-col"><h4>سرویس‌ها</h4><ul>{links}</ul></div>'
        '<div class="footer-col"><h4>دسترسی سریع</h4><ul><li><a href="/">صفحه اصلی</a></li>'
        '<li><a href="/about">درباره ما</a></li><li><a href="/contact">تماس با ما</a></li>'
        '<li><a href="/rss.xml">خوراک RSS</a></li></ul></div>'
        f'<p class="copyright">تمامی حقوق این سایت متعلق به {SITE_NAME} است. استفاده از مطالب با ذکر منبع '
        'بلامانع است.</p></div></footer>\n'
        '<script>(function(){var s=document.createElement("script");s.async=1;s.src="/static/a.js";'
        'document.head.appendChild(s)})();</script>\n</body>\n</html>\n'
    )


def teaser_li(a: Article, cls: str = "news-teaser", lead: bool = False) -> str:
    extra = f'<p class="teaser-lead">{escape(a.teaser)}</p>' if lead else ""
    return (f'<li class="{cls}"><a href="{a.path}"><img src="/media/{a.news_id}/thumb.jpg" alt="">'
            f'<h3>{escape(a.title)}</h3></a>{extra}<time>{a.jalali}</time></li>')


def _padding(rng: random.Random, pools: Pools, budget: int) -> tuple[str, str]:
    """Comments and ad/widget markup (DOM), plus an inline data script, worth about ``budget`` bytes."""
    comments: list[str] = []
    ads: list[str] = []
    size = 0
    share = budget // 3
    while size < share:
        who = f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}"
        text = rng.choice(pools.comments)
        block = (f'<div class="comment-item" id="c{rng.randrange(10**7)}"><div class="comment-head">'
                 f'<span class="comment-author">{who}</span><span class="comment-date">{fa(rng.randint(1, 23))} '
                 f'ساعت پیش</span></div><p class="comment-text">{text}</p><div class="comment-actions">'
                 f'<span class="like">{fa(rng.randint(0, 300))}</span><span class="dislike">'
                 f'{fa(rng.randint(0, 90))}</span><span class="reply">پاسخ</span></div></div>')
        comments.append(block)
        size += len(block.encode())
    size = 0
    while size < share:
        zone = rng.randrange(40)
        block = (f'<div class="ad-slot c-{rng.randrange(420):03x}" data-zone="z{zone}" data-size="300x250" '
                 f'data-lazy="true"><div class="ad-inner"><div class="ad-label">تبلیغات</div>'
                 f'<div class="ad-frame" style="min-height:{rng.randint(90, 260)}px"></div></div></div>')
        ads.append(block)
        size += len(block)
    blob = json.dumps({"v": [rng.randrange(10**9) for _ in range(max(0, budget - 2 * share) // 11)]},
                      separators=(",", ":"))
    return ("".join(comments), "".join(ads) + f'<script type="application/json" id="page-data">{blob}</script>')


def render_article(a: Article, articles: list[Article], pools: Pools, seed: int) -> bytes:
    rng = random.Random(f"{seed}:page:{a.index}")
    section_slug, section_name = SECTIONS[a.section]
    surtitle = _words(rng, 3, 6)
    lead = f"{rng.choice(CITIES)} - {_words(rng, 18, 30)}."
    paragraphs = [f"به گزارش {rng.choice(AGENCIES)}، {rng.choice(pools.sentences)}"]
    for _ in range(rng.randint(6, 18)):
        paragraphs.append(" ".join(rng.choice(pools.sentences) for _ in range(rng.randint(2, 5))))
    body_parts = []
    for n, p in enumerate(paragraphs):
        body_parts.append(f"<p>{p}</p>")
        if n == 3:
            body_parts.append(f"<h2>{_words(rng, 3, 6)}</h2>")
    code = rng.choice(EDITOR_CODES)

    # Links to other articles: always older ones (so adding articles never changes this page).
    older = a.index
    n_links = min(older, rng.randint(MIN_LINKS, MAX_LINKS))
    latest = [articles[j] for j in range(older - 1, max(-1, older - 11), -1)]  # the 10 before it
    chosen = {x.index for x in latest}
    pool_near = range(max(0, older - 300), older)
    picks: list[Article] = []
    while len(chosen) < n_links:
        j = rng.choice(pool_near) if rng.random() < 0.6 else rng.randrange(older)
        if j not in chosen:
            chosen.add(j)
            picks.append(articles[j])
    inline, related, most, more = picks[:1], picks[1:9], picks[9:19], picks[19:]

    tag_words = list(dict.fromkeys(rng.choice(VOCAB) for _ in range(rng.randint(3, 6))))
    tags = "".join(f'<li><span class="tag-item">{w}</span></li>' for w in tag_words)
    inline_box = "".join(f'<div class="inline-news"><span>بیشتر بخوانید:</span> <a href="{x.path}">{escape(x.title)}'
                         f'</a></div>' for x in inline)
    body_parts.insert(min(5, len(body_parts)), inline_box)
    body_parts.append(f"<p>انتهای پیام/{code}</p>")
    author = f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}"

    main = (
        '<main class="container"><div class="row"><div class="col-main">\n'
        f'<ol class="breadcrumb"><li><a href="/">صفحه اصلی</a></li><li><a href="/service/{section_slug}">'
        f"{section_name}</a></li></ol>\n"
        '<article class="news-item" id="item">\n<div class="news-head">'
        f'<div class="rutitr">{surtitle}</div>\n<h1 class="title">{escape(a.title)}</h1>\n'
        f'<div class="news-info"><span class="news-date">{a.jalali}</span> '
        f'<span class="news-code">کد خبر: {fa(a.news_id)}</span> '
        f'<span class="news-section">{section_name}</span></div>\n'
        f'<p class="lead">{lead}</p></div>\n'
        f'<figure class="news-photo"><img src="/media/{a.news_id}/main.jpg" alt="{escape(a.title)}">'
        f"<figcaption>{_words(rng, 5, 10)}</figcaption></figure>\n"
        f'<div class="news-body" itemprop="articleBody">\n{"".join(body_parts)}\n</div>\n'
        f'<div class="news-footer"><span class="author">خبرنگار: {author}</span>'
        f'<ul class="tags">{tags}</ul>'
        '<div class="share-box"><span>اشتراک‌گذاری:</span><span class="share telegram">تلگرام</span>'
        '<span class="share whatsapp">واتس‌اپ</span><span class="share x">ایکس</span></div></div>\n'
        "</article>\n"
        f'<section class="related-news"><h3>اخبار مرتبط</h3><ul>'
        f'{"".join(teaser_li(x, "related-item") for x in related)}</ul></section>\n'
    )
    side = (
        '<aside class="sidebar">'
        f'<div class="widget latest-news"><h3>آخرین اخبار</h3><ul>'
        f'{"".join(teaser_li(x, "latest-item") for x in latest)}</ul></div>'
        f'<div class="widget most-viewed"><h3>پربازدیدترین‌ها</h3><ul>'
        f'{"".join(teaser_li(x, "most-item") for x in most)}</ul></div>'
    )
    more_box = (f'<section class="more-news"><h3>سایر اخبار</h3><ul>'
                f'{"".join(teaser_li(x, "more-item", lead=True) for x in more)}</ul></section>\n')
    keywords = "، ".join(tag_words)
    metas = (f'<meta property="og:type" content="article">\n<meta property="article:section" '
             f'content="{section_name}">\n<meta name="keywords" content="{keywords}">\n')
    top = head(a.title, lead, a.path, metas, pools) + header(pools, a.jalali.split(" - ")[0])
    bottom = footer(pools)
    fixed = len(top.encode()) + len(main.encode()) + len(side.encode()) + len(more_box.encode()) + len(bottom.encode())
    target = rng.randint(MIN_SIZE, MAX_SIZE)
    comments, ads = _padding(rng, pools, max(0, target - fixed - 400))
    page = (top + main
            + f'<section class="comments"><h3>نظرات کاربران</h3>{comments}'
            '<form class="comment-form"><label>نام:</label><input name="n"><label>نظر:</label>'
            '<textarea name="t"></textarea><button>ارسال نظر</button></form></section>\n'
            "</div>\n" + side + f'<div class="widget ads">{ads}</div></aside>\n</div>\n' + more_box
            + "</main>\n" + bottom)
    return page.encode("utf-8")


def render_listing(title: str, path: str, items: list[Article], pools: Pools, boxes: str = "") -> bytes:
    today = items[0].jalali.split(" - ")[0] if items else ""
    lis = "".join(teaser_li(a, lead=True) for a in items)
    page = (head(title, f"{title} - آخرین اخبار", path, "", pools) + header(pools, today)
            + f'<main class="container"><h1 class="page-title">{title}</h1>'
            f'<ul class="news-list">{lis}</ul>{boxes}</main>\n' + footer(pools))
    return page.encode("utf-8")


def render_static(title: str, text: str, pools: Pools) -> bytes:
    path = "/about" if "درباره" in title else "/contact"
    return (head(title, title, path, "", pools) + header(pools, "")
            + f'<main class="container"><h1>{title}</h1><p>{text}</p></main>\n' + footer(pools)).encode("utf-8")


class SiteData:
    def __init__(self, seed: int, n_articles: int) -> None:
        self.seed = seed
        self.pools = Pools(seed)
        self.articles = make_articles(seed, n_articles)
        self.pages: dict[bytes, tuple[bytes, bytes]] = {}  # unquoted UTF-8 path → (content type, body)
        self.kinds: dict[bytes, str] = {}
        self.article_ids: dict[bytes, int] = {}
        html = b"text/html; charset=utf-8"
        for a in self.articles:
            key = a.path.encode("utf-8")
            self.pages[key] = (html, render_article(a, self.articles, self.pools, seed))
            self.kinds[key] = "article"
            self.article_ids[key] = a.news_id
        newest = self.articles[::-1]
        for s, (slug, name) in enumerate(SECTIONS):
            items = [a for a in newest if a.section == s][:SECTION_LATEST]
            self._add(f"/service/{slug}", "section", html, render_listing(f"سرویس {name}", f"/service/{slug}",
                                                                          items, self.pools))
        boxes = "".join(
            f'<section class="section-box"><h2><a href="/service/{slug}">{name}</a></h2><ul>'
            + "".join(teaser_li(a) for a in [a for a in newest[:400] if a.section == s][:6]) + "</ul></section>"
            for s, (slug, name) in enumerate(SECTIONS))
        self._add("/", "home", html, render_listing(SITE_NAME, "/", newest[:HOME_LATEST], self.pools, boxes))
        self._add("/about", "static", html, render_static("درباره ما", f"{SITE_NAME} یک سایت نمونه است.", self.pools))
        self._add("/contact", "static", html, render_static("تماس با ما", "نشانی: تهران، خیابان نمونه.", self.pools))

    def _add(self, path: str, kind: str, ctype: bytes, body: bytes) -> None:
        key = path.encode("utf-8")
        self.pages[key] = (ctype, body)
        self.kinds[key] = kind

    def add_origin_pages(self, base: str) -> None:
        """Pages that name absolute URLs: robots.txt, sitemap.xml, rss.xml."""
        from urllib.parse import quote

        def url(a: Article) -> str:
            return base + quote(a.path, safe="/")

        robots = f"User-agent: *\nAllow: /\n\nSitemap: {base}/sitemap.xml\n"
        self._add("/robots.txt", "robots", b"text/plain; charset=utf-8", robots.encode())
        entries = "".join(f"<url><loc>{url(a)}</loc><lastmod>{a.published.isoformat()}</lastmod></url>\n"
                          for a in self.articles[::-1])
        sitemap = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                   '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + entries + "</urlset>\n")
        self._add("/sitemap.xml", "sitemap", b"application/xml; charset=utf-8", sitemap.encode("utf-8"))
        items = "".join(
            f"<item><title>{escape(a.title)}</title><link>{url(a)}</link>"
            f"<description>{escape(a.teaser)}</description>"
            f"<pubDate>{a.published.strftime('%a, %d %b %Y %H:%M:%S %z')}</pubDate></item>\n"
            for a in self.articles[::-1][:RSS_LATEST])
        rss = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
               f"<title>{SITE_NAME}</title><link>{base}/</link><description>آخرین اخبار</description>\n"
               + items + "</channel></rss>\n")
        self._add("/rss.xml", "feed", b"application/rss+xml; charset=utf-8", rss.encode("utf-8"))

    def digest(self, upto: int) -> str:
        h = hashlib.sha256()
        for a in self.articles[:upto]:
            h.update(self.pages[a.path.encode("utf-8")][1])
        return h.hexdigest()


# ---------------------------------------------------------------------------------------- server


def serve(data: SiteData, port: int, info: dict[str, object]) -> None:
    from twisted.internet import reactor
    from twisted.web.resource import Resource
    from twisted.web.server import Site

    counts: Counter[str] = Counter()
    requested_ids: Counter[int] = Counter()

    class Pages(Resource):
        isLeaf = True

        def render_GET(self, request):
            path = unquote_to_bytes(request.path)
            if path.startswith(b"/__bench/"):
                return self.bench(request, path)
            counts["requests"] += 1
            found = data.pages.get(path)
            if found is None:
                counts["not_found"] += 1
                request.setResponseCode(404)
                request.setHeader(b"content-type", b"text/html; charset=utf-8")
                return b"<html><body><h1>404</h1></body></html>"
            kind = data.kinds[path]
            counts[kind] += 1
            if kind == "article":
                requested_ids[data.article_ids[path]] += 1
            request.setHeader(b"content-type", found[0])
            return found[1]

        def bench(self, request, path: bytes) -> bytes:
            args = parse_qs(request.uri.decode("latin-1").partition("?")[2])
            request.setHeader(b"content-type", b"application/json")
            if path == b"/__bench/digest":
                upto = int(args.get("upto", [len(data.articles)])[0])
                return json.dumps({"upto": upto, "sha256": data.digest(upto)}).encode()
            out: dict[str, object] = {**counts, "distinct_articles": len(requested_ids)}
            if args.get("ids"):
                out["article_ids"] = sorted(requested_ids)
            return json.dumps(out).encode()

    class QuietSite(Site):
        def log(self, request):  # no access log: keep the server's CPU for serving
            pass

    listening = reactor.listenTCP(port, QuietSite(Pages()), interface="127.0.0.1")
    base = f"http://127.0.0.1:{listening.getHost().port}"
    data.add_origin_pages(base)
    print(json.dumps({"base": base, **info}), flush=True)
    reactor.run()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", "--articles", dest="pages", type=int, default=5000,
                        help="article pages (default 5000)")
    parser.add_argument("--add-new", type=int, default=0, metavar="K",
                        help="K more articles after the first N (same seed: the first N are unchanged)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (0: any free port)")
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    data = SiteData(args.seed, args.pages + args.add_new)
    sizes = [len(data.pages[a.path.encode("utf-8")][1]) for a in data.articles]
    info = {
        "pages": len(data.pages) + 3,  # + robots.txt, sitemap.xml, rss.xml
        "articles": len(data.articles),
        "new_articles": args.add_new,
        "first_id": FIRST_ID,
        "first_new_id": FIRST_ID + args.pages,
        "last_id": FIRST_ID + len(data.articles) - 1,
        "article_kb": {"min": min(sizes, default=0) // 1024, "mean": sum(sizes) // max(1, len(sizes)) // 1024,
                       "max": max(sizes, default=0) // 1024},
        "html_mb": round(sum(len(b) for _, b in data.pages.values()) / 2**20, 1),
        "render_s": round(time.perf_counter() - t0, 1),
    }
    serve(data, args.port, info)


if __name__ == "__main__":
    sys.exit(main())
