"""The site's own name in a page's <title> / og:title, so the headline read from them goes without it.

Titles carry the name before or after the headline, in Persian or in Latin letters, after a dash,
bar, colon or guillemet: «عنوان خبر - ایسنا», «خبرگزاری مهر | عنوان خبر», «عنوان خبر | Mehr News
Agency». The name is known from the site entry, og:site_name, application-name, the JSON-LD
publisher, and the host (`mehrnews.com` → `mehrnews`); a short end part that opens like an
organisation's name («خبرگزاری …», «پایگاه …») is taken as one too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsscraper.extract.page import Page
from newsscraper.extract.wordcount import count_words
from newsscraper.persian import normalize_line
from newsscraper.site import host_of

ORG_PREFIXES = ("خبرگزاری", "رادیو", "صدای", "روزنامه", "سایت", "پایگاه", "شبکه", "تلویزیون",
                "هفته‌نامه", "گروه", "تحریریه", "سرویس")
# What stands between a headline and the site's name; the group keeps it, to rebuild the rest as printed.
_SEPARATORS = r"\s+[-|–—:»«~]{1,2}\s+|\s*[|｜]\s*"
_SEPARATOR = re.compile(f"({_SEPARATORS})")
# … and in a title holding an underscore, that too between Chinese, Japanese or Korean characters:
# DedeCMS's and PHPCMS's «标题_栏目_网站» (asked apart: the titles are split often, few hold one)
_CJK = "\u3000-\u9fff\uac00-\ud7af\uff00-\uffef"
_SEPARATOR_CJK = re.compile(f"({_SEPARATORS}|_(?<=[{_CJK}]_)(?=[{_CJK}]))")


def _parts(title: str) -> list[str]:
    """A title's parts and the separators between them: part, separator, part, …"""
    return (_SEPARATOR_CJK if "_" in title else _SEPARATOR).split(title.strip())
def name_parts(name: str) -> list[str]:
    """A name's parts between separators: «کهن‌نیوز - خبرگزاری میراث فرهنگی» as og:site_name gives
    it, the name and its tagline."""
    return _parts(name)[::2]


# Second-level labels of a country domain (com.af, co.uk) that name no site.
_NOT_A_NAME = frozenset({"com", "net", "org", "co", "ac", "gov", "edu", "sch", "id"})
MAX_NAME_WORDS = 6


def _key(text: str) -> str:
    """Letters and digits only, lower-cased: «خبرگزاری مهر» and «خبرگزاری‌مهر» are one name."""
    return "".join(c for c in normalize_line(text).lower() if c.isalnum())


def host_name(url: str | None) -> str | None:
    """The host's own label: `www.mehrnews.com` → `mehrnews`, `kerman.isna.ir` → `isna`,
    `tolonews.com.af` → `tolonews`."""
    labels = host_of(url).split(".")[:-1]  # the top-level domain names no site
    while labels and labels[-1] in _NOT_A_NAME:
        labels.pop()  # com.af, co.uk
    return labels[-1] if labels and len(labels[-1]) >= 3 else None


def site_names(page: Page, known: Iterable[str] = ()) -> list[str]:
    """Every name the page gives its site, the site entry's first."""
    names = [*known, page.meta.get("og:site_name"), page.meta.get("application-name")]
    publisher = (page.jsonld_article or {}).get("publisher")
    if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
        names.append(publisher["name"])
    return [n for n in dict.fromkeys(names) if n and n.strip()]


class SiteName:
    """Whether a piece of a title is the site's name."""

    def __init__(self, names: Iterable[str], host: str | None) -> None:
        self.keys = [k for k in map(_key, names) if len(k) >= 2]
        self.host = host

    def strip_learning(self, title: str) -> str:
        """strip_site_name, taking the end parts it cuts as names too: an h1 printing exactly such a
        part («پایگاه خبری نمونه» of «عنوان | پایگاه خبری نمونه») is the logo."""
        stripped, cut = _cut_site_name(title, self)
        self.keys.extend(map(_key, cut))
        return stripped

    def exactly(self, text: str) -> bool:
        """The whole text is the site's name (an h1 that is the logo, not a headline)."""
        key = _key(text)
        return bool(key) and (key in self.keys or key == self.host)

    def __call__(self, part: str) -> bool:
        key = _key(part)
        if not key:
            return False
        short = count_words(part) <= MAX_NAME_WORDS
        for name in self.keys:
            if key == name or (short and name in key) or (len(key) >= 3 and key in name):
                return True
        if self.host and key.isascii() and ((self.host in key and short) or (len(key) >= 4 and key in self.host)):
            return True
        return short and normalize_line(part).startswith(ORG_PREFIXES)


def strip_site_name(title: str, is_site: SiteName) -> str:
    """The title without the site's name at either end (the headline itself is never emptied)."""
    return _cut_site_name(title, is_site)[0]


def _cut_site_name(title: str, is_site: SiteName) -> tuple[str, list[str]]:
    """(the title without the site's name at either end, the end parts cut)."""
    pieces = _parts(title)
    cut = []
    while len(pieces) > 1 and is_site(pieces[-1]):
        cut.append(pieces[-1])
        del pieces[-2:]
    while len(pieces) > 1 and is_site(pieces[0]):
        cut.append(pieces[0])
        del pieces[:2]
    label, colon, rest = title.partition(":")
    if not cut and colon and rest.strip() and count_words(label) <= MAX_LABEL_NAME_WORDS and is_site(label):
        return rest.strip(), [label]  # a name closed by a colon, no space before it («Site.com: Nation»)
    return "".join(pieces).strip(), cut


MAX_LABEL_NAME_WORDS = 3


def without_a_name_beside(h1: str, titles: Iterable[str]) -> str:
    """An h1 printing the site's name beside the headline with no separator (`<h1><span>Headline
    </span><a href="/">Site Name</a></h1>`): where the h1 is a title's first and last parts side by
    side, the longer one is the headline and the other, short enough for a name, is the site's."""
    joined = " ".join(h1.split())
    for title in titles:
        pieces = _parts(title)
        if len(pieces) < 3:
            continue
        first, last = " ".join(pieces[0].split()), " ".join(pieces[-1].split())
        for head, name in ((first, last), (last, first)):
            if (joined in (f"{head} {name}", f"{name} {head}", head + name, name + head)
                    and count_words(name) <= MAX_NAME_WORDS < count_words(head)):
                return head
    return h1


def without_an_end(title: str) -> list[str]:
    """The title without its first or without its last separated part, where that part is short
    enough to be a name («عنوان خبر – نام سایت» → «عنوان خبر»): what a page prints as its headline
    when the site's name is known from nowhere else."""
    pieces = _parts(title)
    if len(pieces) < 3:
        return []
    out = []
    if count_words(pieces[-1]) <= MAX_NAME_WORDS:
        out.append("".join(pieces[:-2]).strip())
    if count_words(pieces[0]) <= MAX_NAME_WORDS:
        out.append("".join(pieces[2:]).strip())
    return [t for t in out if t]
