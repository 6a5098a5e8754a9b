"""newsscraper.extract.language: the record's language, declared or read from the text's script."""

import pytest

from newsscraper.extract import extract
from newsscraper.extract.language import declared, from_script, page_language, parse_tag
from newsscraper.extract.page import Page
from newsscraper.extract.profiles import GENERIC
from newsscraper.sites import Site

PERSIAN = ("کتابخانه ملی امروز نمایشگاهی از نسخه‌های خطی قدیمی را گشود و گفت بازدید از آن برای همه "
           "رایگان است. گروهی از دانشجویان هم در روز نخست به دیدن آن آمدند.")
ARABIC = ("افتتحت المكتبة الوطنية اليوم معرضا للمخطوطات القديمة، وقالت إن الدخول إليه مجاني للجميع "
          "طوال الشهر المقبل.")
PASHTO = ("ملي کتابتون نن د زړو لاسي نسخو نندارتون پرانیست او ویې ویل چې د ټولو لپاره وړیا دی. "
          "ګڼ شمېر زده کوونکي لومړۍ ورځ هلته ورغلل.")
URDU = ("قومی کتب خانے نے آج پرانے قلمی نسخوں کی نمائش کھولی اور کہا کہ سب کے لیے داخلہ مفت ہے۔ "
        "پہلے دن بہت سے طلبہ وہاں پہنچے۔")
SORANI = ("کتێبخانەی نیشتمانی ئەمڕۆ پێشانگایەکی دەستنووسە کۆنەکانی کردەوە و ڕایگەیاند کە چوونە ژوورەوە "
          "بۆ هەمووان بێبەرامبەرە. زۆرێک لە خوێندکاران لە ڕۆژی یەکەمدا سەردانیان کرد.")
SINDHI = ("شهر جي ڪائونسل اڄ نئين پارڪ جو افتتاح ڪيو ۽ چيو ته سڀني لاءِ داخلا مفت آهي. "
          "پهرين ڏينهن تي گهڻا شاگرد اتي پهتا.")
UYGHUR = ("شەھەرلىك كېڭەش سەيشەنبە كۈنى شەھەرنىڭ جەنۇبىدىكى يېڭى باغچا توغرىسىدا مۇزاكىرە ئېلىپ باردى، "
          "ئاھالىلەر قۇرۇلۇشنىڭ كېلەر يىلى تۈگىشىنى ئۈمىد قىلىدىغانلىقىنى ئېيتتى.")
ENGLISH = ("The national library opened an exhibition of old manuscripts today and said that entry is "
           "free for everyone; many students visited it on the first day.")
FRENCH = ("Le conseil municipal s'est réuni mardi pour discuter du nouveau parc au sud de la ville; "
          "les habitants ont dit que le projet devrait être terminé l'année prochaine.")
GERMAN = ("Der Stadtrat hat am Dienstag über den neuen Park im Süden der Stadt beraten, und die Anwohner "
          "sagten, dass das Projekt im nächsten Jahr fertig sein soll.")
PORTUGUESE = ("A câmara municipal reuniu-se na terça-feira para discutir o novo parque no sul da cidade, e os "
              "moradores disseram que a obra deve ficar pronta no próximo ano.")
RUSSIAN = ("Городской совет во вторник обсудил новый парк на юге города, и жители сказали, что работы "
           "должны закончиться в следующем году.")
KOREAN = "시의회는 화요일에 도시 남쪽의 새 공원에 대해 논의했으며 주민들은 공사가 내년에 끝나기를 바란다고 말했다."
JAPANESE = "市議会は火曜日、町の南にできる新しい公園について話し合い、住民は工事が来年終わることを望んでいると語った。"
CHINESE = "市议会星期二讨论了城市南部的新公园，居民们说他们希望工程能在明年完工，并且向市长提出了建议。"


@pytest.mark.parametrize(("value", "tag"), [
    ("fa", "fa"), ("fa-IR", "fa"), ("FA_ir", "fa"), ("fa-AF", "fa-AF"), ("prs", "fa-AF"),
    ("prs-AF", "fa-AF"), ("per", "fa"), ("pes", "fa"), ("en-US", "en"), ("eng", "en"), ("ar-SA", "ar"),
    ("ps", "ps"), ("zh-Hant-TW", "zh"), ("en, fa", "en"), (" en ", "en"), ("nob", "nb"), ("ces", "cs"),
    ("jpn", "ja"), ("ukr", "uk"),
    ("", None), (None, None), ("und", None), ("x-default", None), ("english", None), ("e", None),
    ("fa-!!", None), ("۱۲", None),
])
def test_parse_tag(value, tag):
    assert parse_tag(value) == tag


@pytest.mark.parametrize(("text", "tag"), [
    (PERSIAN, "fa"), (ARABIC, "ar"), (PASHTO, "ps"), (URDU, "ur"), (SORANI, "ckb"), (SINDHI, "sd"), (UYGHUR, "ug"),
    (ENGLISH, "en"), (FRENCH, "fr"), (GERMAN, "de"), (PORTUGUESE, "pt"), (RUSSIAN, "ru"),  # by their function words
    (KOREAN, "ko"), (JAPANESE, "ja"), (CHINESE, "zh"),                     # by their scripts
    ("Paris Berlin London Madrid Roma Wien Praha", None),  # names: no function words to tell by
    ("خبر کوتاه", None),                # too few letters to tell
    ("پارک شهر " * 2 + ENGLISH, "en"),  # mostly Latin letters
])
def test_from_script(text, tag):
    assert from_script(text) == tag


def _page(lang: str | None = None, meta: str | None = None) -> Page:
    attr = f' lang="{lang}"' if lang is not None else ""
    head = f'<meta http-equiv="Content-Language" content="{meta}">' if meta else ""
    return Page(f"<html{attr}><head>{head}</head><body><p>x</p></body></html>")


@pytest.mark.parametrize(("quoted", "tag"), [(PASHTO, "ps"), (SORANI, "ckb"), (URDU, "ur")])
def test_a_persian_text_quoting_a_paragraph_of_another_arabic_script_language_stays_persian(quoted, tag):
    """Pashto's own letters make some 8–10 in a hundred of a Pashto text's, Central Kurdish's some 22:
    a Persian or Dari story quoting a speaker for one paragraph in five holds a few in a hundred,
    and is no text of that language."""
    assert from_script(" ".join([PERSIAN] * 4 + [quoted])) == "fa"
    assert from_script(" ".join([quoted] * 4 + [PERSIAN])) == tag


def test_declared_order_html_lang_then_meta_then_header():
    assert declared(_page("en", "fa"), "ar") == "en"
    assert declared(_page(None, "fa"), "ar") == "fa"
    assert declared(_page(None, None), "ar-EG") == "ar"
    assert declared(_page("", "und"), None) is None


@pytest.mark.parametrize(("lang", "text", "kwargs", "tag"), [
    ("en", ENGLISH, {}, "en"),
    (None, ENGLISH, {}, "en"),                   # no declaration: the script tells
    ("en-US", PERSIAN, {}, "fa"),                # a theme's default lang loses to Persian text
    ("fa", ENGLISH, {}, "en"),                   # … and a Persian template's to English text
    ("fr", FRENCH, {}, "fr"),                    # declared and of the text's script
    ("fa", ARABIC, {}, "ar"),                    # same script: the letters tell (ة ي ك, no پ چ ژ گ)
    ("ar", PERSIAN, {}, "fa"),                   # … and the other way round
    ("ps", PASHTO, {}, "ps"),                    # a declaration the letters bear out stands
    ("ug-CN", UYGHUR, {}, "ug"),                 # … Uyghur's too (its ې is Pashto's as well)
    ("bal", PERSIAN, {}, "bal"),                 # one the letters cannot tell from Persian's stands
    ("en", GERMAN, {}, "de"),                    # a theme's `en` the German text plainly contradicts
    ("de", GERMAN + " The park is new.", {}, "de"),  # a declaration the text bears out stands
    ("en", CHINESE, {}, "zh"),
    (None, PORTUGUESE, {}, "pt"),
    ("prs", PERSIAN, {}, "fa-AF"),
    ("fa", PERSIAN, {"dari": True}, "fa-AF"),    # Dari month names on the page
    (None, PERSIAN, {"afghan": True}, "fa-AF"),  # an Afghan host
    (None, "", {}, "und"),
    (None, FRENCH, {"content_language": "fr-CA"}, "fr"),
])
def test_page_language(lang, text, kwargs, tag):
    assert page_language(_page(lang), text, **kwargs) == tag


ENGLISH_ARTICLE = f"""<html lang="en"><head><title>Council backs new park - City Herald</title></head><body>
<header><a href="/">City Herald</a></header><article><h1>Council backs new park</h1>
<p>{ENGLISH}</p><p>{ENGLISH}</p></article></body></html>"""


def test_an_english_page_comes_out_english():
    result = extract(ENGLISH_ARTICLE, "https://herald.example/news/20240501/park")
    assert result.record is not None and result.record.language == "en"


def test_content_language_header_reaches_the_record():
    page = ENGLISH_ARTICLE.replace(' lang="en"', "").replace(ENGLISH, FRENCH)
    result = extract(page, "https://herald.example/news/1", content_language="fr")
    assert result.record is not None and result.record.language == "fr"


def test_a_site_entry_language_wins_for_its_own_sites_pages_in_persian_script():
    """A Dari site's entry says fa-AF where the page's letters and declaration say Persian; the same
    site's English edition (an agency's `en.` pages) is English all the same."""
    site = Site(key="herald", name="City Herald", domains=("herald.example",), profile=GENERIC, language="fa-AF")
    persian = (ENGLISH_ARTICLE.replace(' lang="en"', ' lang="fa"').replace(ENGLISH, PERSIAN)
               .replace("Council backs new park", "شورای شهر پارک تازه را تصویب کرد"))
    result = extract(persian, "https://herald.example/news/1", site=site)
    assert result.record is not None and result.record.language == "fa-AF"
    result = extract(ENGLISH_ARTICLE, "https://herald.example/news/1", site=site)
    assert result.record is not None and result.record.language == "en"
