"""Field accuracy on randomly built Persian news templates whose truth is known by construction.

    .venv/bin/python -m bench.templates [--pages 500] [--seed 0] [--hard] [--varied] [--listings] [--show 10]

Each page is assembled from parts drawn with `random.Random(seed + i)`: a header and menu, perhaps
a breadcrumb and a sidebar (before or after the story), a surtitle, the headline (h1 or h2), a
lead (classed or not, before or after the meta line), a meta line (a Jalali date in one of several
printed forms, Persian or Latin digits; perhaps «کد خبر»/«شناسه خبر»/«کد مطلب» and views), a
picture and caption, the text (as `<p>`s, `<div>`s or `<br>` runs; perhaps a read-more insert or a
related list inside it; perhaps «انتهای پیام/…»), tags, a related list (perhaps with excerpts),
readers' comments and a form, and a footer; wrappers nest 0–4 deep with class names drawn from a
pool of template words and meaningless ones. An Afghan page prints Dari months on a `.af` host.
`--hard` makes the text one to three paragraphs and the related excerpts and comments whole
sentences, longer than the story (what a short story beside its lists looks like). `--varied` adds
the forms older and foreign templates print: 12-hour clocks («ق.ظ», «ب.ظ», «صبح», «عصر», «شب»),
weekdays, «ماه» after the month, Arabic-Indic digits, a page typed on an Arabic keyboard (ي ك
throughout), an update line beside the date, the day printed in the Gregorian calendar (with Persian
month names, or year first: then the day alone is the truth, its time naming no zone), the site's
name first in the title, or in an h1 of the header over an h2 headline; other address shapes (a
dated path, an ID before a slug, `?newsid=`, `/section/ID.html`), ID labels («شماره خبر», no
colon), markers («/انتهای خبر/», «پایان پیام»), credits («به‌گزارش», «به نقل از», «خبرنگار …»),
and what an editor's HTML leaves between paragraphs (`<p>&nbsp;</p>`, an ad slot, an embedded
player). Without it, the pages are those of earlier sessions, seed for seed.

`--listings` builds listing pages instead (build_listing: a section front, a tag page, search
results or an archive; their items alike, as a template prints them) and counts how many the
extractor refuses, and as what: each that becomes a record is a false article. With `--hard`, two to
four items whose excerpts are whole sentences.

Prints how many pages were refused (by reason) and, over the records, the share with the right
headline, news ID, published time (the Jalali reading), marker, lead (or none), and the body's
token precision and recall against the paragraphs put in. No aim: the pages are ours, not the
web's, so this is a yardstick for regressions and a search for failures on templates nobody
wrote a rule for (`--show N` lists the first N failing seeds; `--dump SEED` prints one page).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass
from typing import Any

SENTENCES = [
    "شورای شهر در نشست امروز خود طرح گسترش فضای سبز در محله‌های جنوبی را بررسی کرد و آن را به کمیسیون عمران فرستاد.",
    "رئیس این شورا گفت بودجه لازم برای این طرح از محل درآمدهای سال آینده تأمین می‌شود و کار از بهار آغاز خواهد شد.",
    "کارشناسان محیط زیست می‌گویند کمبود درخت در این محله‌ها دمای هوا را در تابستان چند درجه بالا برده است.",
    "شهردار منطقه نیز از ساخت دو بوستان تازه خبر داد و گفت زمین آنها سال گذشته خریداری شده است.",
    "ساکنان محله در گفت‌وگو با خبرنگار ما از کمبود فضای بازی برای کودکان و نبود پیاده‌روی مناسب گله کردند.",
    "به گفته معاون خدمات شهری، آبیاری این فضاها با پساب تصفیه‌شده انجام می‌شود تا فشاری بر منابع آب شهر وارد نشود.",
    "این طرح پیش از این در دو منطقه دیگر اجرا شده و به گفته مسئولان نتیجه خوبی داشته است.",
    "اعضای شورا همچنین درباره افزایش کرایه تاکسی‌ها بحث کردند اما تصمیمی در این باره گرفته نشد.",
    "یکی از اعضای شورا با انتقاد از کندی کار پروژه‌های نیمه‌تمام خواست که ابتدا آنها به پایان برسد.",
    "بر اساس گزارش سازمان بوستان‌ها، سرانه فضای سبز در این شهر کمتر از میانگین کشوری است.",
    "مدیرکل هواشناسی استان هم هشدار داد که خشکسالی امسال ادامه دارد و باید در مصرف آب صرفه‌جویی کرد.",
    "در پایان این نشست، گزارشی از وضعیت حمل‌ونقل عمومی شهر به اعضای شورا ارائه شد.",
    "دانشجویان دانشگاه شهر نیز پیشنهاد کرده‌اند که بخشی از این بوستان‌ها به باغ گیاه‌شناسی اختصاص یابد.",
    "وی افزود: مردم می‌توانند نظرات خود را درباره طرح از راه سامانه شهروندی برای شورا بفرستند.",
    "هزینه کل این طرح حدود دویست میلیارد ریال برآورد شده است که در سه سال پرداخت می‌شود.",
    "برخی کسبه خیابان اصلی نگران هستند که کارهای عمرانی رفت‌وآمد مشتریان را برای ماه‌ها دشوار کند.",
]
TEASERS = ["افزایش قیمت نان در شهر از هفته آینده", "برگزاری نمایشگاه کتاب در مصلای شهر",
           "بارش برف راه‌های کوهستانی را بست", "تیم فوتبال شهر به مرحله نهایی رسید",
           "آغاز ثبت‌نام مدارس برای سال تحصیلی تازه", "کاهش آلودگی هوا پس از باران دیروز",
           "افتتاح بیمارستان تازه در شمال شهر", "قطعی برق در سه محله به دلیل تعمیرات",
           "ساخت پل عابر پیاده در بزرگراه غربی", "رکورد تازه مصرف گاز در روزهای سرد",
           "نرخ تورم ماهانه اعلام شد", "برنامه تازه اتوبوس‌های شبانه"]
HEADLINES = ["طرح گسترش فضای سبز در محله‌های جنوبی شهر بررسی شد", "دو بوستان تازه در جنوب شهر ساخته می‌شود",
             "شورای شهر بودجه فضای سبز را افزایش داد", "کمبود درخت در محله‌های جنوبی نگران‌کننده است"]
LEADS = ["شورای شهر طرحی را برای گسترش فضای سبز در محله‌های جنوبی بررسی کرد که به گفته مسئولان از بهار اجرا می‌شود.",
         "مسئولان شهری از اجرای طرح تازه‌ای برای افزایش فضای سبز و ساخت بوستان در جنوب شهر خبر دادند."]
COMMENTS = [("علی", "طرح خوبی است، امیدوارم زودتر اجرا شود و فقط روی کاغذ نماند."),
            ("مریم", "چرا همیشه محله‌های شمالی زودتر از جنوب رسیدگی می‌شوند؟"), ("ناشناس", "ممنون از گزارش خوبتان."),
            ("رضا", "پارسال هم همین وعده را داده بودند و خبری نشد."), ("سارا", "کاش به فکر پیاده‌روها هم باشند.")]
IRANIAN_MONTHS = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]
DARI_MONTHS = ["حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت"]
CLASSES = ["content", "main", "wrapper", "container", "row", "col-md-8", "box", "inner", "news", "item", "x", "a1b2",
           "section", "page", "block", "panel", "module", "zone", "left", "right", "matn", "khabar", "sec", "grid",
           "card"]
SECTIONS = ["سیاسی", "اقتصادی", "اجتماعی", "ورزشی", "فرهنگی", "بین‌الملل", "استان‌ها", "عکس", "فیلم"]
PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
GREGORIAN_MONTHS = ["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر",
                    "دسامبر"]


@dataclass
class Truth:
    headline: str
    paragraphs: list[str]
    jalali: str | None  # YYYY-MM-DDTHH:MM; None where the page states no date at all
    news_id: str
    marked: bool
    lead: str | None
    source: str | None  # the attribution the text opens with


class Builder:
    """One page's random choices."""

    def __init__(self, seed: int, hard: bool, varied: bool = False) -> None:
        self.r = random.Random(seed)
        self.hard = hard
        self.varied = varied
        # An older template (--varied) writes Arabic yeh and kaf (ي ك) for Persian ی ک throughout.
        self.old_letters = varied and self.r.random() < 0.2

    def cls(self) -> str:
        return f' class="{self.r.choice(CLASSES)}"' if self.r.random() < 0.7 else ""

    def digits(self, text: str) -> str:
        if self.varied and self.r.random() < 0.2:
            return text.translate(ARABIC_DIGITS)  # an older template's Arabic-Indic digits
        return text.translate(PERSIAN_DIGITS) if self.r.random() < 0.8 else text

    def letters(self, text: str) -> str:
        """``text`` as this page's template writes it (old_letters)."""
        return text.replace("ی", "ي").replace("ک", "ك") if self.old_letters else text

    def date_line(self, y: int, m: int, d: int, hh: int, mm: int, months: list[str], *, labelled: bool = True) -> str:
        """One printed form of the date; ``labelled``: the forms with a publication label («تاریخ انتشار:») too."""
        month = months[m - 1]
        forms = [f"{d} {month} {y} - {hh:02d}:{mm:02d}", f"{y}/{m:02d}/{d:02d} - {hh:02d}:{mm:02d}",
                 f"تاریخ انتشار: {hh:02d}:{mm:02d} - {d:02d} {month} {y}", f"{d} {month} {y} ساعت {hh}:{mm:02d}",
                 f"شنبه {d} {month} {y} | {hh:02d}:{mm:02d}", f"انتشار: {y}/{m}/{d} {hh:02d}:{mm:02d}",
                 f"{hh:02d}:{mm:02d} - {y}/{m:02d}/{d:02d}",  # the time first
                 # the same day in the lunar Hijri calendar between the date and its time
                 f"{d} {month} {y} - ۱۲ رجب ۱۴۴۶ - {hh:02d}:{mm:02d}"]
        if self.varied:
            h12 = hh % 12 or 12
            weekday = self.r.choice(["سه‌شنبه", "سه شنبه", "پنج‌شنبه", "پنجشنبه", "یکشنبه"])
            forms += [f"{d} {month} {y} - {h12:02d}:{mm:02d} {'ق.ظ' if hh < 12 else 'ب.ظ'}",
                      f"{weekday} {d} {month} {y} ساعت {h12}:{mm:02d} {_day_part(hh)}",
                      f"{y}/{m}/{d} {h12}:{mm:02d} {'ق.ظ' if hh < 12 else 'ب.ظ'}",
                      f"{d} {month} ماه {y}، ساعت {hh:02d}:{mm:02d}"]
        if not labelled:
            forms = [f for f in forms if "انتشار" not in f]
        return self.digits(self.r.choice(forms))

    def links(self, titles: list[str], path: str) -> str:
        return "".join(f'<li><a href="/fa/{path}/{self.r.randint(10000, 999999)}/x">{t}</a></li>' for t in titles)


def _day_part(hour: int) -> str:
    """The word a 12-hour clock prints after the time («صبح», «ظهر», «عصر», «شب»)."""
    return "صبح" if hour < 12 else "ظهر" if hour < 14 else "عصر" if hour < 19 else "شب"


def build(seed: int, hard: bool = False, varied: bool = False) -> tuple[str, str, Truth]:
    """(html, url, truth) of page ``seed``."""
    b = Builder(seed, hard, varied)
    r = b.r
    afghan = r.random() < 0.2
    y, m, d = r.choice([1401, 1402, 1403]), r.randint(1, 12), r.randint(1, 29)
    hh, mm = r.randint(7, 22), r.randint(0, 59)
    news_id = str(r.randint(10000, 9999999))
    headline = r.choice(HEADLINES)
    paragraphs = [" ".join(r.sample(SENTENCES, r.randint(1, 3))) for _ in range(r.randint(1, 3 if hard else 9))]
    # Whom the story credits, as the text opens: «به گزارش …،», a dateline («تهران- ایرنا-»,
    # «کابل (پژواک ۱۰ قوس ۱۴۰۳):»), or nobody.
    source = r.choice([None, None, "ایسنا", "خبرگزاری شهر", "ایرنا"])
    if source:
        opening = r.choice([f"به گزارش {source}، ", f"تهران- {source}- "]) if not afghan else f"کابل ({source}): "
        if varied and r.random() < 0.4:  # how else a text credits its agency
            # (its reporter's words credit the outlet: the source is the agency, as the rules read it)
            credited = r.choice([source, f"خبرنگار {source}"])
            opening = r.choice([f"به‌گزارش {credited}، ", f"به نقل از {credited}، ", f"به گزارش {credited}، "])
        paragraphs[0] = opening + paragraphs[0]
    lead = r.choice(LEADS) if r.random() < 0.6 else None
    marked = r.random() < 0.4
    host = f"www.shahr{seed % 50}.{'af' if afghan else 'ir'}"
    url = f"https://{host}/fa/news/{news_id}/x" if r.random() < 0.7 else f"https://{host}/news/{news_id}"
    if varied and r.random() < 0.5:  # the other shapes a story's address takes, a dated path among them
        url = r.choice([f"https://{host}/fa/news/{y}/{m:02d}/{d:02d}/{news_id}/x",
                        f"https://{host}/news/{news_id}-green-space-plan", f"https://{host}/index.php?newsid={news_id}",
                        f"https://{host}/social/{news_id}.html", f"https://{host}/fa/news/{news_id}/%D8%B7%D8%B1%D8%AD"])
    title = f"شهرخبر | {headline}" if varied and r.random() < 0.3 else f"{headline} - شهرخبر"  # the name first
    out = ['<!DOCTYPE html><html lang="fa" dir="rtl"><head><meta charset="utf-8">',
           f"<title>{title}</title></head><body>"]
    sections = r.sample(SECTIONS, r.randint(4, 9))
    menu = "".join(f'<li><a href="/fa/service/{i}">{w}</a></li>' for i, w in enumerate(sections))
    # The site's name in an h1 of the header (--varied), the headline then in an h2, as such templates print it.
    named_h1 = varied and r.random() < 0.2
    logo = ('<h1 class="site-title"><a href="/">شهرخبر</a></h1>' if named_h1
            else '<a href="/"><img src="/logo.png" alt="شهرخبر"></a>')
    out.append(f'<div{b.cls()}>{logo}<ul{b.cls()}>{menu}</ul></div>')
    sidebar = (f"<div{b.cls()}><h3>{r.choice(['پربازدیدترین', 'آخرین اخبار', 'پربحث‌ترین'])}</h3><ul>"
               + b.links(r.sample(TEASERS, r.randint(4, 10)), "news") + "</ul></div>")
    sidebar_first = r.random() < 0.3
    if sidebar_first:
        out.append(sidebar)
    depth = r.randint(0, 4)
    out.append("".join(f"<div{b.cls()}>" for _ in range(depth)))
    if r.random() < 0.4:
        out.append(f'<div{b.cls()}><a href="/">صفحه نخست</a> » <a href="/fa/service/2">اجتماعی</a></div>')
    # The date printed (most pages), stated only in JSON-LD (a page its scripts date), or nowhere.
    dating = r.choices(["printed", "jsonld", "none"], [8, 1, 1])[0]
    jalali = f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}" if dating != "none" else None
    if dating == "jsonld":
        out[0] += _jsonld_date(y, m, d, hh, mm, afghan)
    months = DARI_MONTHS if afghan else IRANIAN_MONTHS
    meta = []
    if dating == "printed":
        line, gregorian = _printed_date(b, y, m, d, hh, mm, months, afghan)
        meta.append(f"<span>{line}</span>")
        if gregorian:  # a Gregorian time names no zone: the day alone is read (newsscraper/gregorian.py)
            jalali = f"{y}-{m:02d}-{d:02d}"
    if varied and dating == "printed" and hh < 22 and r.random() < 0.3:  # a later update line, before or after
        later = r.randint(hh + 1, 23)
        meta.append(f"<span>{r.choice(['به‌روزرسانی', 'آخرین بروزرسانی', 'ویرایش'])}: "
                    f"{b.date_line(y, m, d, later, mm, months, labelled=False)}</span>")
    if r.random() < 0.6:
        labels = ["کد خبر", "شناسه خبر", "کد مطلب"] + (["شماره خبر", "شناسه مطلب"] if varied else [])
        colon = ":" if not varied or r.random() < 0.7 else ""
        meta.append(f"<span>{r.choice(labels)}{colon} {b.digits(news_id)}</span>")
    if r.random() < 0.4:
        meta.append(f"<span>بازدید: {b.digits(str(r.randint(10, 9000)))}</span>")
    r.shuffle(meta)
    meta_line = f"<div{b.cls()}>" + " ".join(meta) + "</div>"
    meta_first = r.random() < 0.4
    if meta_first:
        out.append(meta_line)
    if r.random() < 0.3:
        out.append(f'<div class="rutitr">{r.choice(["در نشست شورای شهر مطرح شد", "معاون شهردار خبر داد"])}</div>')
    tag = "h2" if named_h1 else r.choice(["h1", "h1", "h1", "h2"])
    # the headline linking to the story itself, as some templates print it
    shown = f'<a href="{url}">{headline}</a>' if r.random() < 0.2 else headline
    out.append(f"<{tag}{b.cls()}>{shown}</{tag}>")
    if lead:
        out.append(r.choice([f'<p class="lead">{lead}</p>', f'<div class="summary">{lead}</div>', f"<p>{lead}</p>",
                             f'<h2 class="subtitle">{lead}</h2>']))
    if not meta_first:
        out.append(meta_line)
    if r.random() < 0.4:
        caption = r.choice(["نمایی از بوستان شهر", "عکس: آرشیو"])
        out.append(f'<figure><img src="/p/{news_id}.jpg" alt="بوستان"><figcaption>{caption}</figcaption></figure>')
    text, lines, source = _text(b, paragraphs, marked, source)
    if r.random() < 0.1:  # an old template's layout table: the text in a cell beside a narrow one
        cells = f'<td width="70%">{text}</td><td><img src="/ad.gif" alt=""></td>'
        out.append(f'<table width="100%"><tr>{cells}</tr></table>')
    else:
        out.append(f"<div{b.cls()}>{text}</div>")
    if r.random() < 0.5:
        label = r.choice(["برچسب‌ها:", "کلیدواژه‌ها:", ""])
        out.append(f"<div{b.cls()}>{label} " + " ".join(
            f'<a href="/fa/tag/{i}">{t}</a>' for i, t in enumerate(["فضای سبز", "شورای شهر", "بوستان"])) + "</div>")
    if r.random() < 0.6:
        out.append(_related(b))
    if r.random() < 0.5:
        out.append(_comments(b, y))
    out.append("</div>" * depth)
    if not sidebar_first and r.random() < 0.5:
        out.append(sidebar)
    out.append(f'<div{b.cls()}><p>تمامی حقوق این سایت محفوظ است.</p><a href="/about">درباره ما</a></div></body></html>')
    if jalali is None and f"/{y}/{m:02d}/{d:02d}/" in url:
        jalali = f"{y}-{m:02d}-{d:02d}"  # a page that prints no date is dated by its dated path
    truth = Truth(headline, lines, jalali, news_id, marked, lead, source)
    return b.letters("".join(out)), url, truth


def _printed_date(b: Builder, y: int, m: int, d: int, hh: int, mm: int, months: list[str],
                  afghan: bool) -> tuple[str, bool]:
    """The page's date line, and whether it is Gregorian: Jalali, or (--varied, an Iranian page now
    and then) the same day in the Gregorian calendar, perhaps with its Persian month name, as BBC
    Persian and DW print it."""
    if not (b.varied and not afghan and b.r.random() < 0.15):
        return b.date_line(y, m, d, hh, mm, months), False
    import jdatetime

    g = jdatetime.date(y, m, d).togregorian()
    form = b.r.choice([f"{g.day} {GREGORIAN_MONTHS[g.month - 1]} {g.year} - {hh:02d}:{mm:02d}",
                       f"{g.year}/{g.month:02d}/{g.day:02d} {hh:02d}:{mm:02d}"])
    return b.digits(form), True


SUBHEADINGS = ["نگرانی ساکنان محله", "هزینه‌ها و بودجه طرح", "واکنش کارشناسان"]
POINTS = ["کاشت هزار درخت در دو سال", "ساخت دو بوستان محله‌ای", "آبیاری با پساب تصفیه‌شده"]
QUOTE = "«ما این طرح را با کمک مردم محله اجرا خواهیم کرد و هر ماه گزارش آن را منتشر می‌کنیم.»"


def _jsonld_date(y: int, m: int, d: int, hh: int, mm: int, afghan: bool) -> str:
    """A JSON-LD NewsArticle stating the local time as a UTC instant."""
    import zoneinfo

    import jdatetime

    local = jdatetime.datetime(y, m, d, hh, mm).togregorian()
    zone = zoneinfo.ZoneInfo("Asia/Kabul" if afghan else "Asia/Tehran")
    instant = local.replace(tzinfo=zone).astimezone(zoneinfo.ZoneInfo("UTC"))
    return ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
            f'"datePublished": "{instant:%Y-%m-%dT%H:%M:%SZ}"}}</script>')


def _text(b: Builder, paragraphs: list[str], marked: bool,
          source: str | None) -> tuple[str, list[str], str | None]:
    """The text's HTML, its lines as a reader would take them (the paragraphs, and the subheadings,
    list points and quotations set among them; not the inserts, captions or source line), and the
    source it credits (``source``, or the one a closing «منبع: …» line names)."""
    r = b.r
    style = r.choice(["p", "p", "p", "br", "div"])
    insert_at = r.randint(1, len(paragraphs) - 1) if len(paragraphs) > 2 and r.random() < 0.3 else -1
    rich = style != "br" and len(paragraphs) > 1 and r.random() < 0.4
    parts, lines = [], []
    for i, text in enumerate(paragraphs):
        if i == insert_at:
            more = f'<a href="/fa/news/{r.randint(1000, 99999)}/x">{r.choice(TEASERS)}</a>'
            box = '<div class="related"><ul>' + b.links(r.sample(TEASERS, 3), "news") + "</ul></div>"
            parts.append(r.choice([f"<p><strong>بیشتر بخوانید:</strong> {more}</p>", box]))
        if rich and i > 0 and r.random() < 0.5:
            kind = r.choice(["heading", "bold", "points", "quote", "figure"])
            if kind == "heading":
                line = r.choice(SUBHEADINGS)
                parts.append(f"<h3>{line}</h3>")
                lines.append(line)
            elif kind == "bold":
                line = r.choice(SUBHEADINGS)
                parts.append(f"<p><strong>{line}</strong></p>")
                lines.append(line)
            elif kind == "points":
                parts.append("<ul>" + "".join(f"<li>{point}</li>" for point in POINTS) + "</ul>")
                lines.extend(POINTS)
            elif kind == "quote":
                parts.append(f"<blockquote>{QUOTE}</blockquote>")
                lines.append(QUOTE)
            else:
                picture = '<img src="/p/inline.jpg" alt="نقشه طرح">'
                parts.append(f"<figure>{picture}<figcaption>نقشه طرح</figcaption></figure>")
        parts.append({"p": f"<p>{text}</p>", "div": f"<div>{text}</div>", "br": f"{text}<br><br>"}[style])
        lines.append(text)
        if b.varied and i < len(paragraphs) - 1 and r.random() < 0.15:  # what an editor's HTML leaves between
            parts.append(r.choice(["<p>&nbsp;</p>", '<div class="ad-slot"><script>show_ad(3);</script>تبلیغات</div>',
                                   '<iframe src="https://video.example/embed/12"></iframe>', "<p><br></p>"]))
    if r.random() < 0.2:
        source = source or r.choice(["ایسنا", "ایرنا", "خبرگزاری شهر"])
        parts.append(f"<p>منبع: {source}</p>")
    if marked:
        marker = f"انتهای پیام/{r.choice(['ع', '۴۱', 'م'])}"
        if b.varied and r.random() < 0.4:
            marker = r.choice(["/انتهای خبر/", "پایان پیام", "-انتهای پیام-", "انتهای پیام"])
        parts.append(f"<p>{marker}</p>")
    return "".join(parts), lines, source


def _related(b: Builder) -> str:
    r = b.r
    whole = b.hard and r.random() < 0.5  # excerpts that are whole sentences, not cut with «...»
    items = []
    for title in r.sample(TEASERS, r.randint(3, 8)):
        date = f"<span>{b.digits(str(r.randint(1, 29)))} {r.choice(IRANIAN_MONTHS)}</span>" if r.random() < 0.5 else ""
        excerpt = (f"<p>{r.choice(SENTENCES)}</p>" if whole
                   else f"<p>{r.choice(SENTENCES)[:60]}...</p>" if r.random() < 0.3 else "")
        items.append(f'<li><a href="/fa/news/{r.randint(10000, 999999)}/r">{title}</a>{date}{excerpt}</li>')
    heading = r.choice(["اخبار مرتبط", "خبرهای مرتبط", "مطالب مرتبط"])
    return f"<div{b.cls()}><h3>{heading}</h3><ul>{''.join(items)}</ul></div>"


def _comments(b: Builder, year: int) -> str:
    r = b.r
    pool = COMMENTS + ([(f"کاربر {k}", " ".join(r.sample(SENTENCES, 2))) for k in range(8)] if b.hard else [])
    chosen = r.sample(pool, r.randint(0, 12 if b.hard else 5))
    items = "".join(f"<div{b.cls()}><span>{name}</span><span>{b.digits(str(r.randint(1, 29)))} "
                    f"{r.choice(IRANIAN_MONTHS)} {b.digits(str(year))}</span><p>{text}</p></div>"
                    for name, text in chosen)
    heading = r.choice(["نظرات", "دیدگاه‌ها", "نظر شما"])
    return f"<div{b.cls()}><h3>{heading}</h3>{items}<form><textarea></textarea><button>ارسال نظر</button></form></div>"


def build_listing(seed: int, hard: bool = False, varied: bool = False) -> tuple[str, str]:
    """(html, url) of listing page ``seed``: a section front, a tag page, search results or an
    archive, each a list of other stories (a linked headline; perhaps a date, an excerpt, a picture);
    perhaps a heading and an introduction. ``hard``: two to four items, their excerpts whole
    sentences (a short section page looks most like a story beside its lists)."""
    b = Builder(seed, hard, varied)
    r = b.r
    host = f"www.shahr{seed % 50}.ir"
    kind = r.choice(["section", "tag", "search", "archive"])
    word = r.choice(["فضای سبز", "شورای شهر", "بوستان"])
    url, heading = {
        "section": (f"https://{host}/fa/service/{r.randint(1, 30)}", r.choice(SECTIONS)),
        "tag": (f"https://{host}/fa/tag/{r.randint(100, 9999)}/x", f"{r.choice(['برچسب', 'کلیدواژه'])}: {word}"),
        "search": (f"https://{host}/fa/search?q=x&page={r.randint(1, 9)}", f"نتایج جستجو برای «{word}»"),
        "archive": (f"https://{host}/fa/archive?page={r.randint(1, 40)}", r.choice(["آرشیو اخبار", "آخرین اخبار"])),
    }[kind]
    out = ['<!DOCTYPE html><html lang="fa" dir="rtl"><head><meta charset="utf-8">',
           f"<title>{heading} - شهرخبر</title></head><body>"]
    menu = "".join(f'<li><a href="/fa/service/{i}">{w}</a></li>' for i, w in enumerate(r.sample(SECTIONS, 6)))
    out.append(f'<div{b.cls()}><a href="/"><img src="/logo.png" alt="شهرخبر"></a><ul{b.cls()}>{menu}</ul></div>')
    if r.random() < 0.4:  # today's date in the top bar
        out.append(f"<div{b.cls()}>امروز: {b.digits(f'{r.randint(1, 29)} آذر ۱۴۰۳')}</div>")
    depth = r.randint(0, 3)
    out.append("".join(f"<div{b.cls()}>" for _ in range(depth)))
    if r.random() < 0.8:
        tag = r.choice(["h1", "h1", "h2"])
        out.append(f"<{tag}{b.cls()}>{heading}</{tag}>")
    if r.random() < 0.3:  # the section's introduction
        out.append(f"<p>{r.choice(SENTENCES)}</p>")
    # A template prints every item alike: its tag and class, the headline's markup, a picture, a date,
    # an excerpt (whole sentences or cut with «...»; a story may have none) and a read-more link.
    tag, cls = r.choice(["li", "div", "article"]), b.cls()
    heading_tag = r.choice(["", "h3", "h2"])
    pictured, dated, more = r.random() < 0.5, r.random() < 0.6, r.random() < 0.2
    excerpts = "whole" if hard else r.choice(["whole", "cut", "cut", "none"])
    items = []
    for title in r.sample(TEASERS, r.randint(2, 4) if hard else r.randint(3, 12)):
        link = f'<a href="/fa/news/{r.randint(10000, 9999999)}/x">{title}</a>'
        shown = f"<{heading_tag}>{link}</{heading_tag}>" if heading_tag else link
        picture = '<img src="/p/t.jpg" alt="">' if pictured else ""
        day = (1403, r.randint(1, 12), r.randint(1, 29), r.randint(7, 22), r.randint(0, 59))
        date = f"<span>{b.date_line(*day, IRANIAN_MONTHS)}</span>" if dated else ""
        excerpt = ("" if excerpts == "none" or r.random() < 0.1
                   else f"<p>{' '.join(r.sample(SENTENCES, r.randint(1, 2)))}</p>" if excerpts == "whole"
                   else f"<p>{r.choice(SENTENCES)[:70]}...</p>")
        read_more = '<a href="#">ادامه مطلب</a>' if more else ""
        items.append(f"<{tag}{cls}>{picture}{shown}{date}{excerpt}{read_more}</{tag}>")
    joined = "".join(items)
    out.append(f"<ul{b.cls()}>{joined}</ul>" if tag == "li" else f"<div{b.cls()}>{joined}</div>")
    if r.random() < 0.6:
        out.append(f"<div{b.cls()}>" + " ".join(f'<a href="?page={n}">{b.digits(str(n))}</a>' for n in range(1, 6))
                   + ' <a href="?page=2">بعدی</a></div>')
    out.append("</div>" * depth)
    if r.random() < 0.5:
        out.append(f"<div{b.cls()}><h3>پربازدیدترین</h3><ul>" + b.links(r.sample(TEASERS, 5), "news") + "</ul></div>")
    out.append(f'<div{b.cls()}><p>تمامی حقوق این سایت محفوظ است.</p><a href="/about">درباره ما</a></div></body></html>')
    return b.letters("".join(out)), url


_TOKEN = re.compile(r"\w+")


def token_scores(got: str, want: str) -> tuple[float, float]:
    """(precision, recall) of ``got``'s word tokens against ``want``'s, as multisets."""
    g, w = Counter(_TOKEN.findall(got)), Counter(_TOKEN.findall(want))
    hit = sum((g & w).values())
    return (hit / sum(g.values()) if g else float(not w)), (hit / sum(w.values()) if w else 1.0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--hard", action="store_true", help="short texts beside long related excerpts and comments")
    parser.add_argument("--varied", action="store_true",
                        help="also the forms older and foreign templates print: 12-hour clocks, Arabic-Indic digits, "
                             "Arabic yeh and kaf, an update line, Gregorian dates, the site's name first or in an h1")
    parser.add_argument("--listings", action="store_true",
                        help="listing pages instead (section fronts, tag pages, search results, archives): "
                             "how many are refused, and as what")
    parser.add_argument("--show", type=int, default=10, help="list the first N failing seeds")
    parser.add_argument("--dump", type=int, help="print page SEED's HTML and URL, and stop")
    args = parser.parse_args(argv)
    if args.dump is not None:
        html, url = (build_listing(args.dump, args.hard, args.varied) if args.listings
                     else build(args.dump, args.hard, args.varied)[:2])
        print(url)
        print(html)
        return 0
    from newsscraper.extract import extract
    from newsscraper.sites import site_for_url

    if args.listings:
        return _listings(args, extract, site_for_url)

    refused: Counter[str] = Counter()
    right: Counter[str] = Counter()
    precision = recall = 0.0
    failing: list[str] = []
    for seed in range(args.seed, args.seed + args.pages):
        html, url, truth = build(seed, args.hard, args.varied)
        result = extract(html.encode(), url, site_for=site_for_url)
        record = result.record
        if record is None:
            refused[result.refusal or "?"] += 1
            failing.append(f"{seed}: refused {result.refusal}")
            continue
        p, r = token_scores(record.body or "", "\n".join(truth.paragraphs))
        precision, recall = precision + p, recall + r
        checks = {"headline": record.headline == truth.headline, "news_id": record.news_id == truth.news_id,
                  "published": record.published_jalali == truth.jalali,
                  "marker": bool(record.footer_marker) == truth.marked, "lead": record.lead == truth.lead,
                  "source": truth.source is None or record.source_attribution == truth.source}
        right.update(name for name, ok in checks.items() if ok)
        wrong = [name for name, ok in checks.items() if not ok] + (["body"] if min(p, r) < 0.98 else [])
        if wrong:
            failing.append(f"{seed}: {', '.join(wrong)} (body precision {p:.2f}, recall {r:.2f})")
    records = args.pages - sum(refused.values())
    mode = ", ".join(m for m, on in (("hard", args.hard), ("varied", args.varied)) if on)
    print(f"{args.pages} pages{f' ({mode})' if mode else ''}, seeds {args.seed}–{args.seed + args.pages - 1}: "
          f"{records} records, refused {sum(refused.values())} {dict(refused)}")
    for name in ("headline", "news_id", "published", "marker", "lead", "source"):
        print(f"  {name:<9} {right[name] / max(records, 1):.3f}")
    print(f"  body      precision {precision / max(records, 1):.3f}, recall {recall / max(records, 1):.3f}")
    for line in failing[:args.show]:
        print(f"  {line}")
    return 0


def _listings(args: argparse.Namespace, extract: Any, site_for_url: Any) -> int:
    """Listing pages: every one should be refused (as `listing`); a record is a false article."""
    refused: Counter[str] = Counter()
    accepted: list[str] = []
    for seed in range(args.seed, args.seed + args.pages):
        html, url = build_listing(seed, args.hard, args.varied)
        result = extract(html.encode(), url, site_for=site_for_url)
        if result.record is None:
            refused[result.refusal or "?"] += 1
        else:
            accepted.append(f"{seed}: accepted as an article, headline {result.record.headline!r}")
    mode = ", ".join(m for m, on in (("hard", args.hard), ("varied", args.varied)) if on)
    print(f"{args.pages} listing pages{f' ({mode})' if mode else ''}, seeds {args.seed}–{args.seed + args.pages - 1}: "
          f"refused {sum(refused.values())} {dict(refused)}, accepted {len(accepted)}")
    for line in accepted[:args.show]:
        print(f"  {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
