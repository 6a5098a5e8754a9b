"""Lists of cards whose headings link nowhere themselves (session 27's held-out batch z27): an empty
link laid over each card (Bootstrap's `stretched-link`, Hugo PaperMod's `entry-link`) makes each
heading another story's linked headline, so a tag page or a blog's page 2 built so is a listing; a
story with such a grid of related cards under its text stays an article; and a WordPress block
theme's layout classes, which every box of its pages carries, make no run of like items."""

from __future__ import annotations

from newsscraper.extract import extract

EXCERPT = ("شهرداری اعلام کرد که طرح تازه از هفته آینده در سه منطقه اجرا می‌شود و ساکنان می‌توانند نظرات خود "
           "را تا پایان ماه به دفتر محله بدهند.")
# (each card's own: a text printed twice is read once)
EXCERPTS = [f"{place} {EXCERPT}" for place in ("در شمال شهر", "در غرب شهر", "در مرکز شهر", "در حاشیه رود",
                                               "در شرق شهر", "در جنوب شهر")]
TEXT = ("به گفته معاون شهردار، در مرحله نخست این طرح چهل پارک محله‌ای به سامانه آبیاری هوشمند مجهز می‌شوند و "
        "مصرف آب فضای سبز در تابستان تا یک سوم کاهش می‌یابد. او افزود که اعتبار طرح از محل صرفه‌جویی در "
        "هزینه‌های انرژی تأمین شده و پیمانکاران محلی کار نصب را بر عهده دارند.")
TITLES = ["پارک‌های شمال شهر آبیاری هوشمند می‌شوند", "ساعت کار کتابخانه‌های محله‌ای تمدید شد",
          "مسیر دوچرخه تازه تا پایان پاییز افتتاح می‌شود", "بازار روز محله نو به ساختمان تازه رفت",
          "ایستگاه‌های پایش هوا در جنوب شهر افزایش یافت", "طرح کاشت درخت در حاشیه بزرگراه آغاز شد"]


def _bootstrap_card(n: int, title: str) -> str:
    return (f'<div class="col"><article class="card h-100"><img src="/m/{n}.webp" class="card-img-top" alt="">'
            f'<div class="card-body"><h3 class="card-title">{title}</h3><p class="card-text">{EXCERPTS[n]}</p>'
            f'<small>۱۹ آبان ۱۴۰۲</small><a href="/news/{4800 + n}/item" class="stretched-link" '
            f'aria-label="{title}"></a></div></article></div>')


def _papermod_entry(n: int, title: str) -> str:
    return (f'<article class="post-entry"><header class="entry-header"><h2>{title}</h2></header>'
            f'<div class="entry-content"><p>{EXCERPTS[n]}</p></div><footer class="entry-footer">'
            f'<span>۱۹ آبان ۱۴۰۲</span></footer><a class="entry-link" aria-label="post link to {title}" '
            f'href="/posts/item-{n}/"></a></article>')


def _page(main: str, title: str = "انرژی خورشیدی") -> bytes:
    return f"""<html lang="fa"><head><meta charset="utf-8"><title>{title} - شهرنما</title></head><body>
<header><a href="/">شهرنما</a><nav><a href="/news">خبرها</a><a href="/tags">برچسب‌ها</a></nav></header>
<main>{main}</main><footer>تمامی حقوق برای شهرنما محفوظ است</footer></body></html>""".encode()


def test_a_tag_page_of_cards_linked_by_an_empty_overlay_link_is_a_listing() -> None:
    cards = "".join(_bootstrap_card(n, t) for n, t in enumerate(TITLES))
    html = _page(f'<div class="col-lg-8"><h1>انرژی خورشیدی</h1><div class="row">{cards}</div></div>')
    result = extract(html, "https://shahrnama.example/tag/solar")
    assert result.record is None and result.refusal == "listing"


def test_a_tag_page_opening_with_a_featured_card_over_its_grid_is_a_listing() -> None:
    """The featured card's excerpt is the longest text: it opens under its own overlay-linked heading."""
    featured = (f'<article class="card mb-4"><div class="row g-0"><div class="col-md-6"><img src="/m/f.webp" '
                f'alt=""></div><div class="col-md-6"><div class="card-body position-relative"><span class="badge">'
                f'گزارش ویژه</span><h2 class="card-title">{TITLES[0]}</h2><p class="card-text">{TEXT}</p>'
                f'<a href="/news/4700/featured" class="stretched-link" aria-label="{TITLES[0]}"></a></div></div>'
                f'</div></article>')
    cards = "".join(_bootstrap_card(n, t) for n, t in enumerate(TITLES[1:]))
    html = _page(f'<div class="col-lg-8"><h1>انرژی خورشیدی</h1>{featured}<div class="row">{cards}</div></div>')
    result = extract(html, "https://shahrnama.example/tag/solar")
    assert result.record is None and result.refusal == "listing"


def test_a_blog_index_of_excerpts_each_in_an_overlay_linked_card_is_a_listing() -> None:
    entries = "".join(_papermod_entry(n, t) for n, t in enumerate(TITLES))
    html = _page(f'<header class="page-header"><h1>نوشته‌ها</h1></header>{entries}', "نوشته‌ها")
    result = extract(html, "https://shahrnama.example/posts/page/2/")
    assert result.record is None and result.refusal == "listing"


def test_a_story_with_a_grid_of_overlay_linked_related_cards_under_its_text_is_an_article() -> None:
    cards = "".join(_bootstrap_card(n, t) for n, t in enumerate(TITLES[1:5]))
    story = (f"<article><h1>{TITLES[0]}</h1><div>۱۴ مرداد ۱۴۰۲ - ۱۰:۳۰</div><div class='text'><p>{TEXT}</p>"
             f"<p>{TEXT}</p></div></article><section><h2>خبرهای مرتبط</h2><div class='row'>{cards}</div></section>")
    record = extract(_page(story, TITLES[0]), "https://shahrnama.example/news/4712/parks").record
    assert record is not None and record.headline == TITLES[0] and EXCERPT not in record.body


def test_a_block_themes_tags_beside_its_post_navigation_are_the_storys() -> None:
    group = "wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained"
    related = "".join(f'<div class="{group}"><h2><a href="/p/{n}/">{t}</a></h2><p>{EXCERPT}</p></div>'
                      for n, t in enumerate(TITLES[1:4]))
    tags = ('<div class="taxonomy-post_tag wp-block-post-terms"><span class="wp-block-post-terms__prefix">'
            'برچسب‌ها: </span><a href="/tag/park/" rel="tag">پارک</a><span>، </span>'
            '<a href="/tag/water/" rel="tag">آب</a></div>')
    story = (f'<div class="{group}"><h1 class="wp-block-post-title">{TITLES[0]}</h1></div>'
             f'<div class="{group}"><p>{TEXT}</p><p>{TEXT}</p></div>'
             f'<div class="{group}">{tags}<nav class="wp-block-group" aria-label="ناوبری نوشته‌ها">'
             f'<a href="/p/9/">{TITLES[5]}</a></nav></div>{related}')
    record = extract(_page(story, TITLES[0]), "https://shahrnama.example/1402/05/14/parks/").record
    assert record is not None and record.tags == ["پارک", "آب"]
