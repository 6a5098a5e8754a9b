"""`--lang fa`: the declared-language and text rules of newsscraper.warc.lang, page by page."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsscraper.warc.lang import declared, is_persian

FIXTURES = Path(__file__).parent / "fixtures"

PERSIAN = ("شهرداری تهران امروز از آغاز ساخت یک پارک بزرگ در جنوب شهر خبر داد و گفت این پروژه "
           "تا پایان سال آینده به پایان می‌رسد. چند گروه از ساکنان محله هم از این تصمیم استقبال کردند.")
ARABIC = ("أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في المدينة، وقال الوزير إن المشروع "
          "سيخدم آلاف المرضى كل عام وإن العمل فيه بدأ منذ سنتين.")
PASHTO = ("د کابل ښار په لویو سړکونو کې نن سهار ډېره ګڼه ګوڼه وه او خلکو د ټرافیکو له ستونزو "
          "شکایت کاوه. پوهنتون ته تلونکو محصلینو وویل چې دوی ناوخته ورسېدل.")
URDU = ("پاکستان کے شہر لاہور میں آج بارش ہوئی اور لوگوں نے گرمی سے کچھ راحت محسوس کی۔ "
        "محکمہ موسمیات کے مطابق اگلے دو دن بھی بادل چھائے رہیں گے۔")
ENGLISH = ("The city council met on Tuesday to discuss the new park in the south of the city; "
           "residents said the project should be finished by the end of next year.")


def page(text: str, lang: str | None = None, *, meta: str | None = None) -> bytes:
    html_lang = f' lang="{lang}"' if lang else ""
    meta_tag = f'<meta http-equiv="Content-Language" content="{meta}">' if meta else ""
    body = "".join(f"<p>{text}</p>" for _ in range(4))
    return (f'<!DOCTYPE html><html{html_lang}><head><meta charset="utf-8">{meta_tag}<title>t</title>'
            f'<script>var tracking = "abcdefghijklmnopqrstuvwxyz";</script></head>'
            f"<body><h1>{text[:40]}</h1>{body}</body></html>").encode()


@pytest.mark.parametrize("lang", ["fa", "fa-IR", "FA-af", "prs", "pes", "per"])
def test_a_declared_persian_page_passes_whatever_its_text(lang):
    assert is_persian(page(ENGLISH, lang))


def test_declarations_are_read_from_html_meta_and_header():
    assert declared(page(ENGLISH, "en", meta="fa-IR")) == ["en", "fa"]
    assert is_persian(page(ENGLISH, meta="prs"))
    assert is_persian(page(ENGLISH), content_language="fa-AF")
    assert not is_persian(page(ENGLISH), content_language="en-US")


@pytest.mark.parametrize("text,lang", [(ARABIC, "ar"), (ARABIC, None), (PASHTO, "ps"), (PASHTO, None),
                                       (URDU, "ur"), (URDU, None), (ENGLISH, "en"), (ENGLISH, None)])
def test_other_languages_are_out(text, lang):
    assert not is_persian(page(text, lang))


def test_a_persian_page_declaring_english_passes_on_its_text():
    assert is_persian(page(PERSIAN, "en"))
    assert is_persian(page(PERSIAN, "ar"))


def test_a_page_with_no_declared_language_passes_on_its_text():
    varzesh3 = (FIXTURES / "varzesh3" / "article_01.html").read_bytes()
    assert declared(varzesh3) == []
    assert is_persian(varzesh3, "text/html; charset=utf-8")
    assert is_persian(page(PERSIAN))


def test_windows_1256_text_is_decoded_before_the_check():
    raw = (FIXTURES / "payammellat" / "cp1256_01.html").read_bytes()
    undeclared = re.sub(rb'\slang="[^"]*"', b"", raw)
    assert declared(undeclared) == []
    assert is_persian(undeclared, "text/html")  # no charset in the header: the <meta> or the fallback
    arabic_1256 = page(ARABIC).replace(b"utf-8", b"windows-1256").decode("utf-8").encode("cp1256")
    assert not is_persian(arabic_1256, "text/html; charset=windows-1256")


def test_mostly_latin_text_with_a_persian_word_is_out():
    assert not is_persian(page(ENGLISH + " پارک "))


def test_a_few_pashto_letters_in_a_persian_page_are_tolerated_and_many_are_not():
    # a Persian report quoting one Pashto place name stays Persian; a page that is half Pashto does not
    assert is_persian(page(PERSIAN * 3 + " ښار"))
    assert not is_persian(page(PERSIAN + " " + PASHTO * 2))
