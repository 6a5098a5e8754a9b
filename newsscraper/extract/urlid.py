"""The article ID a URL carries (`/news/1234567/…`, `?id=…`, `/a/…/123.html`, `/section/1234567-slug`,
`/slug-1234567`, `/tnews1234567.html`), never a date in it.

Dated paths (`/fa/news/1403/05/12/3012345/…`, `/2024/05/01/…`, `/news/20240501/…`) hold a year, a
month and a day before the ID; read naively, the ID would be the Jalali year. The date's segments
are taken out of the path first, so the number after them is the one found.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

from newsscraper.persian import to_ascii_digits

URL_ID_PATTERNS = (
    re.compile(r"/(?:news|fa/news|detail|content|articles?|story|stories|n|item|"  # item: Joomla's K2
               r"node|"  # Drupal's own address of every page, `/node/398765/section/slug`
               # … and the other kinds of page a small Persian site numbers: posts, notes, reports, media
               r"posts?|khabar|akhbar|matlab|mataleb|notes?|reports?|interviews?|opinions?|videos?|photos?|"
               r"gallery|media|multimedia|"
               # «news» in Turkish, Turkmen and Uzbek (`/haber/1234567/…`, `/tk/habar/3318/…`)
               r"haber|habar|xabar)/(\d{3,})(?:[/?#-]|$)"),
    re.compile(r"/a/(?:[^/]+/)?(\d{3,})\.html"),
    # a blog's post, numbered from one (Blogfa's `/post/84`, Persianblog's `/post/57/`)
    re.compile(r"/post/(\d{1,2})/?(?:[?#]|$)"),
    # ASP.NET's ?NewsID=, ?NewsCode=, ?ID=; Joomla's ?id=1234:slug (the article's alias after a colon)
    # (and Korean CMSs' ?idxno= and ?aid=, and ?articleNo=, ?storyId=, ?docId=)
    re.compile(r"[?&](?:p|id|nid|newsid|news_id|newscode|news_code|articleid|article_id|postid|contentid|"
               r"idxno|aid|articleno|article_no|storyid|story_id|docid|doc_id|"
               r"sid)="  # (PHP-Nuke's story: `modules.php?name=News&file=article&sid=1234`)
               r"(\d{2,})(?::[^&#]*)?(?:&|#|$)", re.IGNORECASE),
    re.compile(r"/archives/(\d{2,})(?:[/?#]|$)"),
    # Joomla's search-engine-friendly address, `/index.php/<menu>/<category>/2317-<alias>`
    re.compile(r"/index\.php/(?:[^/?#]+/)*(\d{2,})-[^/?#]*/?(?:[?#]|$)"),
    re.compile(r"/(\d{5,})(?:/[^/]*)?/?(?:[?#]|$)"),
    # … or, six digits at least, before the section and the slug (`/1042776318/slovenija/slug`)
    re.compile(r"/(\d{6,})(?:/[^/?#]+){2}/?(?:[?#]|$)"),
    # The last segment's name: the ID before its slug (`/section/612345-slug`), after it
    # (`/iran-67412345`, `/a-67412345`, `/tiny/news-1412345`, `/slug-14848164.php`; six digits at
    # least, so a count at the end of a headline's slug is not taken), or alone (`/4020823123.html`).
    re.compile(r"/(\d{5,})-[^/?#]*/?(?:[?#]|$)"),
    re.compile(r"/[^/?#]*-(?:id)?(\d{6,})(?:\.[A-Za-z]{2,5})?/?(?:[?#]|$)"),
    # … or after a letter or two and a hyphen, four digits at least: no headline's slug (`/a-73120`)
    re.compile(r"/[A-Za-z]{1,2}-(?!(?:19|20)\d\d/?(?:[?#]|$))(\d{4,})/?(?:[?#]|$)"),
    # … and so set before the slug, six digits at least (detik's `/berita/d-7577214/slug`)
    re.compile(r"/[A-Za-z]{1,2}-(\d{6,})/[^/?#]+/?(?:[?#]|$)"),
    re.compile(r"/(\d{5,})\.[A-Za-z]{2,5}(?:[?#]|$)"),
    # … or after a short word of letters, six digits at least (`/tnews11058901.html`, `/n3012345`,
    # The Hindu's `/article68745123.ece`)
    re.compile(r"/[A-Za-z]{1,7}(\d{6,})(?:\.[A-Za-z]{2,5})?/?(?:[?#]|$)"),
    # … and so set before the slug (`/region/article241882610/Slug.html`, `/news/article-1296714/Slug.html`)
    re.compile(r"/[A-Za-z]{1,7}-?(\d{6,})/[^/?#]+/?(?:[?#]|$)"),
    # … or the last of a run of numbers set apart by commas before the slug (`/7,114883,31642871,slug.html`)
    re.compile(r"/(?:\d+,)+(\d{6,}),[^/?#]*(?:[?#]|$)"),
    # … or after the slug and an underscore, a section's number after it (`/slug_6218734_3244.html`)
    re.compile(r"_(\d{6,})(?:_\d+)?\.[A-Za-z]{2,5}(?:[?#]|$)"),
    # … or a short number closing the path after a word naming the kind of page (`/fa/analysis/6042`,
    # `/report/815`): a small site's count of its stories, unless it spells a year (`/archive/1403`)
    re.compile(r"/[A-Za-z][\w-]*/(?!(?:1[34]|19|20)\d\d/?(?:[?#]|$))(\d{3,4})/?(?:[?#]|$)"),
)
_YEAR = re.compile(r"(?:1[34]\d\d|19\d\d|20\d\d)")  # Jalali 1300–1499 or Gregorian 1900–2099
_DAY_IN_ONE = re.compile(r"(1[34]\d\d|19\d\d|20\d\d)[-_.]?(\d\d)[-_.]?(\d\d)")  # 14030512, 2024-05-01
_MONTH_IN_ONE = re.compile(r"(1[34]\d\d|19\d\d|20\d\d)[-_.](\d\d)")  # 2024-08, a month's folder


def _month(segment: str) -> bool:
    return segment.isdigit() and len(segment) <= 2 and 1 <= int(segment) <= 12


# A month's English name or its abbreviation in a dated path (`/stories/2019/nov/19/slug`).
_MONTH_NAMES = frozenset("jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june "
                         "july august september october november december".split())


def _day(segment: str) -> bool:
    return segment.isdigit() and len(segment) <= 2 and 1 <= int(segment) <= 31


def _one_day(digits: str) -> bool:
    """A whole date in one run of digits: 20240501, 1403-05-12."""
    return bool((m := _DAY_IN_ONE.fullmatch(digits)) and _month(m[2]) and _day(m[3]))


def _short_day(segments: list[str], i: int) -> bool:
    """A day written in six digits, the year's last two first (`/news/local/071108/71834.html`), with
    the story's number in the segment after it."""
    seg = segments[i]
    return (len(seg) == 6 and seg.isdigit() and _month(seg[2:4]) and _day(seg[4:])
            and i + 1 < len(segments) and _NUMBER.search(segments[i + 1]) is not None)


_NUMBER = re.compile(r"\d{3,}")


def _date_segments(segments: list[str]) -> set[int]:
    """Indexes of the path segments that spell a date: YEAR/MONTH[/DAY] (the month a number or an
    English name, `/2019/nov/19/`), a one-segment day (20240501, 1403-05-12, 071108 before a
    numbered segment) or month (2024-08), or a year followed by another number (`/1403/3012345`)."""
    dated: set[int] = set()
    for i, seg in enumerate(segments):
        if _one_day(seg) or ((m := _MONTH_IN_ONE.fullmatch(seg)) and _month(m[2])) or _short_day(segments, i):
            dated.add(i)
        elif _YEAR.fullmatch(seg) and i + 1 < len(segments) and (
                segments[i + 1].isdigit() or segments[i + 1].lower() in _MONTH_NAMES):
            run = [i]
            if _month(segments[i + 1]) or segments[i + 1].lower() in _MONTH_NAMES:
                run.append(i + 1)
                if i + 2 < len(segments) and _day(segments[i + 2]):
                    run.append(i + 2)
            dated.update(run)
    return dated


def undated(url: str) -> str:
    """The URL with the date segments of its path taken out."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    segments = parts.path.split("/")
    dated = _date_segments(segments)
    if not dated:
        return url
    path = "/".join(seg for i, seg in enumerate(segments) if i not in dated)
    return urlunsplit(parts._replace(path=path))


def news_id_from_url(url: str | None) -> str | None:
    """The first article ID the URL's shape gives, the date segments of a dated path skipped; a
    number that spells a date (`/story-20240501`) is no ID."""
    if not url:
        return None
    url = undated(with_ascii_digits(url))
    for pattern in URL_ID_PATTERNS:
        m = pattern.search(url)
        if m and not _one_day(m.group(1)):
            return m.group(1)
    return None


# A Persian (U+06F0–U+06F9) or Arabic-Indic (U+0660–U+0669) digit, percent-encoded as UTF-8.
_ENCODED_DIGIT = re.compile(r"%DB%B([0-9])|%D9%A([0-9])", re.IGNORECASE)


def with_ascii_digits(url: str) -> str:
    """The URL with its Persian and Arabic-Indic digits, as written or percent-encoded
    (`/news/%DB%B1%DB%B2…`, `/news/۱۲…`), in ASCII: the ID a record carries is in ASCII digits,
    whichever way the page's link wrote them."""
    if "%" in url:
        url = _ENCODED_DIGIT.sub(lambda m: m[1] or m[2], url)
    return url if url.isascii() else to_ascii_digits(url)


# A site's front page: its root, a language's root or an index file (`/`, `/fa/`, `/index.php`).
_FRONT_PAGE_PATH = re.compile(r"/?(?:[a-z]{2}/?)?(?:(?:index|default|home)\.[a-z]{2,5})?", re.IGNORECASE)


def front_page(url: str | None) -> bool:
    """The URL, with no query, is its site's front page (`https://host/`, `/fa/`, `/index.php`)."""
    try:
        parts = urlsplit(url) if url else None
    except ValueError:  # `http://[bad`
        return False
    if parts is None or not parts.netloc or parts.query:
        return False
    return _FRONT_PAGE_PATH.fullmatch(parts.path) is not None
