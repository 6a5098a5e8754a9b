"""The record's `language`: the page's language as a primary BCP-47 tag (`fa`, `fa-AF`, `en`, …).

Declared first (`<html lang>`, `<meta http-equiv="content-language">`, the Content-Language header),
else read from the article's own text: Persian, Arabic, Pashto and Urdu share one script but not all
its letters; Korean, Japanese, Chinese and Thai are told by their scripts; the languages written with
spaces between words by their function words (content_rules' lists, one per language). A declaration
that names a language of another script than the text is a template default (`lang="en-US"` on a
Persian WordPress theme) and loses to the text; so does one the text's function words plainly
contradict (a German article on a theme declaring `en`). Dari, Persian
as written in Afghanistan, is `fa-AF` (also for a declared `prs`, or Dari month names on the page).
A site entry's language is not decided here: it wins for its own site (core.py).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache, lru_cache

from newsscraper.extract.content_rules import FUNCTION_WORDS, UNSPACED_SCRIPT
from newsscraper.extract.page import Page

PERSIAN, DARI, UNDETERMINED = "fa", "fa-AF", "und"
# Three-letter codes (ISO 639-2/3) a page may declare → the two-letter form BCP-47 requires.
_SHORTEST = {
    "per": "fa", "fas": "fa", "pes": "fa", "prs": "fa", "ara": "ar", "arb": "ar", "pus": "ps", "pbt": "ps",
    "pbu": "ps", "urd": "ur", "eng": "en", "fre": "fr", "fra": "fr", "ger": "de", "deu": "de", "spa": "es",
    "rus": "ru", "tur": "tr", "tgk": "tg", "uzb": "uz", "aze": "az", "kur": "ku", "hin": "hi", "chi": "zh",
    "zho": "zh", "ita": "it", "por": "pt", "dut": "nl", "nld": "nl", "ukr": "uk", "pol": "pl", "swe": "sv",
    "dan": "da", "nor": "no", "nob": "nb", "nno": "nn", "fin": "fi", "cze": "cs", "ces": "cs", "rum": "ro",
    "ron": "ro", "hun": "hu", "gre": "el", "ell": "el", "bul": "bg", "cat": "ca", "ind": "id", "may": "ms",
    "msa": "ms", "vie": "vi", "heb": "he", "jpn": "ja", "kor": "ko", "tha": "th",
}
# Languages written in the Arabic script (a text in it agrees with these declarations).
ARABIC_SCRIPT_LANGUAGES = frozenset({"fa", "ar", "ps", "ur", "ckb", "ku", "sd", "ug", "ks", "bal", "glk", "mzn"})
_NOT_A_LANGUAGE = frozenset({"und", "mul", "zxx", "mis", "x", "i"})
_SUBTAG = re.compile(r"[A-Za-z0-9]{1,8}")

_ARABIC_LETTER = re.compile("[\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc]+")
_LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u024f]+")
_PERSIAN_ONLY = re.compile("[پچژگ]")          # letters Arabic has not
# Counted one letter at a time with str.count, which scans in C: a class of letters costs a regex a
# test of every character against its members.
_PERSIAN_FORMS = "یک"  # Persian yeh and keheh …
_ARABIC_FORMS = "يكة"  # … where Arabic writes ي ك and has ة
_PASHTO_ONLY = "ټځڅډړږښګڼېۍ"
_URDU_ONLY = "ٹڈڑںھہۂۃےۓ"
_SORANI_ONLY = "ەێۆڕڵ"  # Central Kurdish: its vowels ە ێ ۆ and trilled ڕ, velar ڵ
_SINDHI_ONLY = "ڪٻڀٽٺڏڳڻڄڃڇڌڍڊڦ"  # Sindhi's implosives, aspirates and retroflexes (Pashto's ټ ڼ ډ are others)
_UYGHUR_ONLY = "ۇۈۋ"  # Uyghur's vowels ۇ ۈ and its ۋ (its ې is Pashto's too, its ە Sorani's)
# The classes of letters (_ARABIC_LETTER, _LATIN_LETTER and the scripts below) match runs of letters:
# _count adds up the runs' lengths, which builds far fewer match objects than one per letter.
# Scripts that tell their language alone, most telling first: kana is Japanese even among Han
# characters (written Japanese mixes both), Han alone Chinese.
_SCRIPTS = (("ko", re.compile("[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]+")),
            ("ja", re.compile("[\u3040-\u30ff]+")),
            ("zh", re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")),
            ("th", re.compile("[\u0e00-\u0e7f]+")))
_WORD = re.compile(r"[^\W\d_]+")
MIN_LETTERS = 20  # fewer letters than this say nothing about a script
# A language is read off function words when they make this share of the words and outnumber the
# next language's by this factor (the lists share short words: `a`, `in`, `de`); a declaration of
# another language loses when its own function words are this many times fewer.
MIN_FUNCTION_SHARE = 0.08
MIN_LEAD = 1.5
CONTRADICTED = 3
SAMPLE_CHARS = 4000  # the headline and the body's start tell the script as well as the whole text
FUNCTION_SAMPLE_CHARS = 1500  # … and their first 200-odd words the language


def parse_tag(value: str | None) -> str | None:
    """A declared language value → its primary tag (`fa-IR` → `fa`, `en_US` → `en`, `prs` and
    `fa-AF` → `fa-AF`); None for an empty, undetermined or malformed value."""
    parts = re.split(r"[-_]", (value or "").strip().split(",")[0].strip())
    primary = parts[0].lower()
    if not (2 <= len(primary) <= 3 and primary.isascii() and primary.isalpha()) or primary in _NOT_A_LANGUAGE:
        return None
    if not all(_SUBTAG.fullmatch(p) for p in parts[1:]):
        return None
    region = next((p.upper() for p in parts[1:] if len(p) == 2 and p.isalpha()), None)
    tag = _SHORTEST.get(primary, primary)
    if tag == PERSIAN and (primary == "prs" or region == "AF"):
        return DARI
    return tag


# What XPath's translate(@http-equiv, 'CONTENTLAGU', 'contentlagu') lower-cases, and only that.
_LOWER_HEADER = str.maketrans("CONTENTLAGU", "contentlagu")


def declared(page: Page, content_language: str | None = None) -> str | None:
    """The first valid declaration: `<html lang>` (or `xml:lang`), then the content-language meta,
    then the HTTP header."""
    root = page.root
    candidates = [root.get("lang"), root.get("xml:lang")]
    candidates += [el.get("content") for el in page.tagged("meta") if el.get("content") is not None
                   and (el.get("http-equiv") or "").translate(_LOWER_HEADER) == "content-language"]
    candidates.append(content_language)
    return next((tag for tag in map(parse_tag, candidates) if tag), None)


def from_script(text: str) -> str | None:
    """The language a text's letters show: the Arabic-script languages by the letters each has
    alone, Korean, Japanese, Chinese and Thai by their scripts, the others by their function words;
    None when the text says too little."""
    arabic = _count(_ARABIC_LETTER, text)
    latin = _count(_LATIN_LETTER, text)
    if arabic > latin and arabic >= MIN_LETTERS:
        return _arabic_script_language(text, arabic)
    for tag, letters in _SCRIPTS if UNSPACED_SCRIPT.search(text) else ():
        found = _count(letters, text)
        if found >= MIN_LETTERS and found * 2 >= latin:
            return tag
    hits, words = function_word_hits(text)
    ranked = hits.most_common(2) + [("", 0)] * 2
    (best, n), (_, runner_up) = ranked[0], ranked[1]
    telling = sum(map(len, words)) >= MIN_LETTERS and n >= MIN_FUNCTION_SHARE * len(words)
    return best if telling and n >= MIN_LEAD * runner_up else None


# The share of a text's Arabic-script letters that a language's own letters must make for the text to
# be in it, about half what its texts show: Pashto's (ټ ډ ړ ښ ږ ګ ڼ ې ۍ …) are some 8–10 in a hundred of
# a Pashto text's, Central Kurdish's (ە ێ ۆ ڕ ڵ) some 22, Sindhi's 8–9, Urdu's 15; a Persian story quoting a
# Pashto or Kurdish speaker for a paragraph has 1–4.
OWN_LETTERS_MIN_SHARE = {"ug": 0.04, "ps": 0.04, "ckb": 0.10, "sd": 0.04, "ur": 0.06}
# The Arabic-script languages the letters tell apart: a page declaring another one (Kashmiri,
# Balochi) keeps its declaration, which its letters, shared with these, cannot contradict.
TOLD_BY_LETTERS = frozenset({"fa", "ar", *OWN_LETTERS_MIN_SHARE})


def _arabic_script_language(text: str, arabic: int) -> str:
    """Which Arabic-script language a text with ``arabic`` letters of that script writes: Pashto,
    Central Kurdish (Sorani), Sindhi and Urdu by letters each has alone, Persian by letters Arabic has not
    (or by its forms of yeh and kaf outnumbering Arabic's), else Arabic."""
    # (Uyghur before Pashto: it writes ې too; Sorani and Sindhi before Urdu: they write ھ too)
    for tag, letters in (("ug", _UYGHUR_ONLY), ("ps", _PASHTO_ONLY), ("ckb", _SORANI_ONLY), ("sd", _SINDHI_ONLY),
                         ("ur", _URDU_ONLY)):
        if _letters(text, letters) >= OWN_LETTERS_MIN_SHARE[tag] * arabic:
            return tag
    persian = _PERSIAN_ONLY.search(text) or _letters(text, _PERSIAN_FORMS) > _letters(text, _ARABIC_FORMS)
    return PERSIAN if persian else "ar"


def _letters(text: str, letters: str) -> int:
    """How many of these letters the text holds."""
    return sum(map(text.count, letters))


# Arabic-script languages in which ي ك ى are letters of their own, not a keyboard's stand-ins for
# Persian ی ک: their text keeps them.
_OWN_ARABIC_LETTERS = ARABIC_SCRIPT_LANGUAGES - {PERSIAN}
LETTER_SAMPLE_CHARS = 30_000  # of the page's source from <body> on: its menus and usually its story
_BODY_TAG = re.compile("<body", re.IGNORECASE)


def keeps_arabic_letters(page: Page) -> bool:
    """Whether the page writes an Arabic-script language other than Persian (Arabic, Pashto, Urdu…),
    so that its ي ك ى stay as written. Told by the letters of the page's own text, read before any
    folding (a Persian template's lang="fa" on an Arabic service's page is overruled by them); by
    its declaration where they are too few. Any doubt reads Persian, the text policy's default."""
    source = page.html
    if not page.arabic_forms:
        return False  # nothing to keep: folding would change nothing
    # The source from <body> on (its markup is ASCII and counts for no Arabic-script language).
    opens = _BODY_TAG.search(source)
    start = opens.start() if opens else 0
    sample = source[start:start + LETTER_SAMPLE_CHARS]
    # The common case told from the sample's opening without counting every letter, as that count
    # would tell it: enough Persian yeh and kaf, more than Arabic's forms, and Pashto's and Urdu's own
    # letters under 1% of them.
    opening = sample[:SAMPLE_CHARS * 2]
    persian = _letters(opening, _PERSIAN_FORMS)
    if (persian >= MIN_LETTERS and persian > _letters(opening, _ARABIC_FORMS)
            and sum(_letters(opening, only) for only in (_PASHTO_ONLY, _URDU_ONLY, _SORANI_ONLY)) * 100 < persian):
        return False
    arabic = _count(_ARABIC_LETTER, sample)
    if arabic >= MIN_LETTERS:
        return _arabic_script_language(sample, arabic) in _OWN_ARABIC_LETTERS
    stated = declared(page, page.content_language)
    return stated is not None and stated.split("-")[0] in _OWN_ARABIC_LETTERS


@lru_cache(maxsize=4)  # page_language asks twice of one text (from_script, then _contradicted)
def function_word_hits(text: str) -> tuple[Counter[str], list[str]]:
    """Each language's share of the function words among the text's first words, and those words.
    A word in several lists is shared among them: close languages (Spanish and Portuguese) part by
    the words each has alone."""
    words = _WORD.findall(text[:FUNCTION_SAMPLE_CHARS].lower())
    languages_of = _languages_of_word()
    hits: Counter[str] = Counter()
    for word, times in Counter(words).items():
        langs = languages_of.get(word)
        if langs:
            for lang in langs:
                hits[lang] += times / len(langs)
    return hits, words


@cache
def _languages_of_word() -> dict[str, tuple[str, ...]]:
    """Function word → the languages whose list holds it."""
    index: dict[str, list[str]] = {}
    for lang, words in FUNCTION_WORDS.items():
        for word in words:
            index.setdefault(word, []).append(lang)
    return {word: tuple(langs) for word, langs in index.items()}


def _count(letters: re.Pattern[str], text: str) -> int:
    """How many characters of ``text`` are in a class of letters (a pattern matching runs of them)."""
    return sum(map(len, letters.findall(text)))


def _contradicted(stated: str, seen: str | None, text: str) -> bool:
    """The text reads as another language than the declared one, whose own function words it
    hardly uses (a theme's default `lang`); in the Arabic script, whose letters tell another
    language (Arabic's ة ي ك, Persian's پ چ ژ گ: the text keeps them unless it is Persian)."""
    primary = stated.split("-")[0]
    if seen is None or seen == primary:
        return False
    if _script_of(stated) == "arabic":
        return _script_of(seen) == "arabic" and primary in TOLD_BY_LETTERS
    if primary not in FUNCTION_WORDS:
        return False
    hits, _ = function_word_hits(text)
    return hits[seen] >= CONTRADICTED * hits[primary]


def _script_of(tag: str) -> str:
    return "arabic" if in_arabic_script(tag) else "other"


def in_arabic_script(tag: str) -> bool:
    """Whether the language ``tag`` names (`fa`, `fa-AF`, `ps`, `ar`…) is written in the Arabic script."""
    return tag.split("-")[0] in ARABIC_SCRIPT_LANGUAGES


def page_language(page: Page, text: str, *, dari: bool = False, afghan: bool = False,
                  content_language: str | None = None) -> str:
    """The page's language. ``text`` is the article's own (headline and body); ``dari`` says the page
    printed Dari month names, ``afghan`` that its host or declaration is Afghan."""
    stated = declared(page, content_language)
    sample = text[:SAMPLE_CHARS]
    seen = from_script(sample)
    if stated and (seen is None or _script_of(stated) == _script_of(seen)) and not _contradicted(stated, seen, sample):
        tag = stated
    else:
        tag = seen or stated or UNDETERMINED
    return as_dari(tag) if dari or afghan else tag


def as_dari(tag: str) -> str:
    """The tag of a page shown to be Afghan (its host, its declaration, Dari month names): Persian
    there is Dari; any other language stays itself."""
    return DARI if tag == PERSIAN else tag
