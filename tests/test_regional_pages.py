"""What session 27's held-out batch of Iran's neighbours' and other languages' sites showed: a
typo-report prompt in any language, a standfirst set in a heading's tag at the top of the text, and
dates joined by the ezafe (Sorani Kurdish «١٦ی نیسانی ٢٠٢٤», Tajik «08 ноябри 2024»)."""

from __future__ import annotations

from datetime import date

import pytest

from newsscraper.extract import extract
from newsscraper.extract.content import is_furniture_line
from newsscraper.gregorian import find_gregorian_date

UZBEK = ("Viloyat hokimligi maʼlumotiga koʻra, yangi yoʻl qurilishi kelasi yil bahorida boshlanadi va "
         "ikki yil ichida tugatilishi rejalashtirilgan, loyiha uchun mablagʻ davlat byudjetidan ajratiladi.")


@pytest.mark.parametrize("line", [
    "Matnda xatolikni koʻrsangiz, uni belgilang va Ctrl+Enter tugmalarini bosing.",
    "Нашли ошибку? Выделите текст и нажмите Ctrl + Enter",
    "Мәтіннен қате тапсаңыз, оны белгілеп, Ctrl+Enter басыңыз",
])
def test_a_typo_report_prompt_in_any_language_is_no_text(line: str) -> None:
    assert is_furniture_line(line)


def test_a_sentence_about_keyboard_shortcuts_is_text() -> None:
    long = ("Yangi tahrirlovchi dasturda foydalanuvchilar Ctrl+Enter tugmalari yordamida xabarni darhol "
            "yuborishlari mumkin, bu esa ish jarayonini ancha tezlashtiradi va vaqtni tejaydi, deydi ishlab "
            "chiquvchilar jamoasi rahbari o'z bayonotida, shuningdek kelasi oyda yangi imkoniyatlar "
            "qo'shilishini aytdi.")
    assert not is_furniture_line(long)


def _uzbek_page(opening: str) -> bytes:
    return f"""<html lang="uz"><head><meta charset="utf-8"><title>Yangi yoʻl qurilishi boshlanadi</title>
<meta name="description" content="Loyiha uchun mablagʻ davlat byudjetidan ajratiladi va ish ikki yil davom etadi.">
</head><body><h1>Yangi yoʻl qurilishi boshlanadi</h1><div class="single-content">{opening}
<p>{UZBEK}</p><p>{UZBEK}</p></div></body></html>""".encode()


def test_a_heading_opening_the_text_that_the_description_repeats_is_the_lead() -> None:
    lead = "Loyiha uchun mablagʻ davlat byudjetidan ajratiladi va ish ikki yil davom etadi."
    record = extract(_uzbek_page(f"<h4>{lead}</h4>"), "https://yangi.example/news/2024/05/21/yol").record
    assert record is not None and record.lead == lead and lead not in record.body
    # a subheading the description does not repeat stays the text's
    other = "Qurilish rejasi tasdiqlandi va pudratchi tanlandi."
    record = extract(_uzbek_page(f"<h4>{other}</h4>"), "https://yangi.example/news/2024/05/21/yol").record
    assert record is not None and record.lead is None and record.body.startswith(other)


@pytest.mark.parametrize(("text", "day", "raw"), [
    ("سێشەممە ١٦ی نیسانی ٢٠٢٤ کاتژمێر ٠١:٥٠", date(2024, 4, 16), "١٦ی نیسانی ٢٠٢٤"),
    ("٣ی کانوونی دووەمی ٢٠٢٥", date(2025, 1, 3), "٣ی کانوونی دووەمی ٢٠٢٥"),
    ("Ҷумъа, 08 ноябри 2024, соати 10:15", date(2024, 11, 8), "08 ноябри 2024"),
    ("5 март 2024", date(2024, 3, 5), "5 март 2024"),
])
def test_dates_joined_by_the_ezafe_are_read(text: str, day: date, raw: str) -> None:
    found = find_gregorian_date(text)
    assert found is not None and found.value == day and found.raw == raw
