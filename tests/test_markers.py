"""Persian news markers (extract/markers.py): the footer line and its editor code, the lines that
open with it, and the source a «منبع: …» line names."""

from __future__ import annotations

import pytest

from newsscraper.extract import extract
from newsscraper.extract.markers import (
    arabic_attribution,
    attribution,
    closing_code,
    closing_wire_credit,
    dateline_source,
    footer_marker,
    is_boilerplate_line,
    is_closing_credit,
    is_meta_line,
    opens_other_stories,
    source_line,
    starts_with_marker,
)
from newsscraper.persian import normalize_line


@pytest.mark.parametrize(("line", "code"), [
    ("انتهای پیام/ع", "ع"),
    ("انتهای پیام / ب.ن", "ب.ن"),
    ("انتهای پیام/م ۲۰۴۲", "م ۲۰۴۲"),
    ("/انتهای خبر/", None),
    ("پایان پیام", None),
    ("انتهای پیام/ع/", "ع"),
    ("انتهای پیام\u200c/\u200cع", "ع"),  # a ZWNJ either side of the slash is as blank as a space
    ("انتهای\u200cپیام/ع", "ع"),        # … and between the two words
    ("«انتهای پیام»", None),
    ("-انتهای پیام-", None),
    ("– انتهای پیام –", None),
    ("انتهای پیام/ش.ح/ ۲۲۳", "ش.ح/ ۲۲۳"),  # a code of two parts, slash-separated
    ("انتهای پیام - ع", "ع"),             # a spaced dash before the code
])
def test_footer_marker_lines_and_their_editor_codes(line, code):
    assert footer_marker(line) == (line, code)


@pytest.mark.parametrize("line", ["انتهای پیام‌رسان", "انتهای\u200cپیام‌رسان", "پایان پیام رئیس‌جمهور به مردم",
                                  "ع/انتهای پیام"])
def test_lines_that_are_no_footer_marker(line):
    assert footer_marker(line) is None


@pytest.mark.parametrize(("line", "opens"), [
    ("انتهای پیام/ع کد خبر ۱۲۳۴۵", True),
    ("انتهای پیام کد خبر: ۱۲۳۴۵", True),
    ("انتهای پیام - ایسنا", True),
    # a sentence opening with the same words goes on in words: it is text
    ("پایان پیام‌رسان‌های خارجی در بازار داخلی اعلام شد", False),
    ("پایان پیام رئیس‌جمهور با دعا برای مردم همراه بود", False),
])
def test_a_line_opening_with_the_marker_only_when_a_mark_or_a_label_follows(line, opens):
    assert starts_with_marker(line) is opens


STORY = ("شهرداری امروز اعلام کرد که کار ساخت پل تازه بر روی رودخانه شهر از هفته آینده آغاز می‌شود "
         "و تا پایان سال به پایان می‌رسد و ساکنان محله از این تصمیم استقبال کردند.")


def _record(paragraphs: str, headline: str = "پل تازه شهر"):
    """The record of a page of ours: ``paragraphs`` under the headline, at an article address."""
    page = (f"<html lang='fa'><body><article><h1>{headline}</h1><div>{paragraphs}</div></article>"
            "</body></html>")
    record = extract(page, "https://www.shahrava.example/fa/news/55123").record
    assert record is not None
    return record


def test_a_paragraph_opening_like_the_marker_does_not_end_the_text():
    closing = "پایان پیام‌رسان‌های خارجی در بازار داخلی را کارشناسان پیش‌بینی کرده بودند و امروز اعلام شد."
    record = _record(f"<p>{STORY}</p><p>{closing}</p><p>انتهای پیام/ع</p>")
    assert record.body == f"{STORY}\n\n{closing}"
    assert (record.footer_marker, record.editor_code) == ("انتهای پیام/ع", "ع")


@pytest.mark.parametrize("end", ["<div class='end'>انتهای پیام/ <span class='code'>م.ش</span></div>",
                                 "<div class='end'><span>انتهای پیام/</span><span>م.ش</span></div>"])
def test_a_marker_after_the_text_with_its_code_in_an_element_of_its_own_keeps_the_code(end):
    page = (f"<html lang='fa'><body><article><h1>پل تازه شهر</h1><div class='text'><p>{STORY}</p><p>{STORY}</p>"
            f"</div></article>{end}</body></html>")
    record = extract(page, "https://www.shahrava.example/fa/news/55123").record
    assert record is not None
    assert (record.footer_marker, record.editor_code) == ("انتهای پیام/ م.ش", "م.ش")


@pytest.mark.parametrize(("line", "source"), [
    ("منبع: ایرنا", "ایرنا"),
    ("منبع : روزنامه شرق", "روزنامه شرق"),
    ("منبع خبر: «خبرگزاری شهرآوا»", "خبرگزاری شهرآوا"),
    ("منبع مطلب: ایسنا.", "ایسنا"),
    ("منبع: روزنامه شرق، ۲۳ مرداد ۱۴۰۳", "روزنامه شرق"),   # a date or a place after the name
    ("منبع: ایسنا - تهران", "ایسنا"),
    ("منبع عکس: ایرنا", None),
    ("منبع: https://www.example.ir/news/12", None),
    ("منبع: " + "واژه " * 13, None),  # a sentence after the label, not a name
    ("منابع آبی استان کاهش یافته است", None),
])
def test_source_lines(line, source):
    assert source_line(line) == source


@pytest.mark.parametrize("line", [
    "بیشتر بخوانید:", "بیشتر بخوانید سقوط شاخص بورس", "ببینید:", "بخوانید", "پیشنهاد ما:", "پیشنهاد سردبیر",
    "همچنین بخوانید: پارک تازه", "نظر شما", "نظر شما:", "نام: علی", "ارسال نظر برای این مطلب امکان‌پذیر نیست",
    "نظرات پس از تایید منتشر می‌شود", "نظرات شما پس از بررسی منتشر خواهد شد", "کد خبر: ۱۲۳",
    # a breaking story's note while its text grows
    "این خبر در حال تکمیل است.", "خبر تکمیل می‌شود...", "(این خبر تکمیل می‌شود)",
])
def test_labels_and_notices_are_boilerplate_lines(line):
    assert is_boilerplate_line(line)


# An interview: the questions and answers open with the words some labels are made of.
INTERVIEW = (
    "نظر شما درباره طرح تازه شهرداری برای ساخت پل چیست و آیا فکر می‌کنید به سود مردم است؟",
    "ببینید، ما سال‌ها منتظر این پل بودیم و اگر به موقع ساخته شود رفت‌وآمد مردم بسیار آسان‌تر می‌شود.",
    "پیشنهاد ما به شهرداری این است که کار را پیش از زمستان تمام کند تا مردم در سرما سرگردان نشوند.",
    "نظرات شما درباره هزینه این طرح چیست و فکر می‌کنید بودجه آن از کجا باید تامین شود؟",
    "بخوانید گزارش‌های سال‌های گذشته را؛ هر بار وعده دادند و هر بار کار به سال بعد افتاد.",
    "این خبر در حال تکمیل است و جزئیات بیشتر آن پس از نشست امروز اعلام می‌شود.",
)


@pytest.mark.parametrize("line", INTERVIEW)
def test_an_interviews_questions_and_answers_are_no_boilerplate(line):
    assert not is_boilerplate_line(line)
    assert not opens_other_stories(line)


def test_an_interview_keeps_every_question_and_answer():
    record = _record("".join(f"<p>{line}</p>" for line in INTERVIEW), "گفت‌وگو درباره پل تازه شهر")
    assert record.body.split("\n\n") == list(INTERVIEW)


@pytest.mark.parametrize(("text", "source"), [
    ("به گزارش ایسنا، شهرداری امروز اعلام کرد.", "ایسنا"),
    ("به‌گزارش ایسنا، شهرداری امروز اعلام کرد.", "ایسنا"),       # a ZWNJ between its two words
    ("به‌نقل از روزنامه نمونه، شهرداری امروز اعلام کرد.", "روزنامه نمونه"),
    # the outlet, not its desk, its reporter or the place the report comes from
    ("به گزارش خبرنگار اقتصادی خبرگزاری آوای شهر از یاسوج، بازار امروز آرام بود.", "خبرگزاری آوای شهر"),
    ("به گزارش گروه استان‌های باشگاه خبرنگاران جوان از ایلام، بارش آغاز شد.", "باشگاه خبرنگاران جوان"),
    ("به گزارش خبرنگار حوزه دانشگاه گروه علمی پایگاه خبری نمونه، کلاس‌ها برگزار شد.", "پایگاه خبری نمونه"),
    ("به گزارش گروه سیاسی آواشهر، نشست برگزار شد.", "آواشهر"),
    ("به گزارش خبرنگار صدای دشت از بم، باران بارید.", "صدای دشت"),
    ("به گزارش سپیده‌دم از بندر دیلم، کشتی پهلو گرفت.", "سپیده‌دم"),
    # a report citing another: the one cited
    ("به گزارش دیدبان شهر به نقل از خبرگزاری آوای شهر، قیمت‌ها بالا رفت.", "خبرگزاری آوای شهر"),
    # a desk of no outlet named stays as printed
    ("به گزارش خبرنگار ما از کرج، کار پل تمام شد.", "خبرنگار ما"),
    ("به گزارش خبرنگار اقتصادی، بازار امروز آرام بود.", "خبرنگار اقتصادی"),
    ("به گزارش خبرنگار حوزه مجلس، نشست برگزار شد.", "خبرنگار حوزه مجلس"),
])
def test_by_report_attributions(text, source):
    assert attribution(normalize_line(text)) == source


@pytest.mark.parametrize(("text", "source"), [
    ("پیام ملّت– شهرداری امروز اعلام کرد که کار ساخت پل آغاز می‌شود.", "پیام ملّت"),
    ("ایسنا/کرمان شهرداری امروز اعلام کرد که کار ساخت پل آغاز می‌شود.", "ایسنا"),
    # a city, then the agency's dotted initials after the slash (Anadolu's Persian service)
    ("آنکارا/آ.آ شهرداری امروز اعلام کرد که کار ساخت پل آغاز می‌شود.", "آ.آ"),
    ("تهران/ا.ف.پ. شهرداری امروز اعلام کرد که کار ساخت پل آغاز می‌شود.", "ا.ف.پ"),
    # a city, then the agency, each closed by a dash: the agency is the source
    ("تهران- ایرنا- شهرداری امروز اعلام کرد که کار ساخت پل آغاز می‌شود.", "ایرنا"),
    # the dashes typed as tatweels standing alone (normalize_line makes them dashes)
    ("تهران ـ ایرنا ـ شهرداری امروز اعلام کرد که کار ساخت پل آغاز می‌شود.", "ایرنا"),
    ("مشهد - خبرگزاری شهرآوا - شهرداری امروز اعلام کرد که کار ساخت پل آغاز می‌شود.", "خبرگزاری شهرآوا"),
    # the agency in brackets after the city, then a colon, a dash or the date (an Afghan agency's way)
    ("هرات (نمونه‌خبر): شاروالی امروز اعلام کرد که کار ساخت پل آغاز می‌شود.", "نمونه‌خبر"),
    ("کابل(آژانس نمونه)۱۲ حمل ۱۴۰۳: شاروالی اعلام کرد که کار ساخت پل آغاز می‌شود.", "آژانس نمونه"),
    # … the date inside the brackets, after the agency
    ("کابل (نمونه‌خبر ۱۰ قوس ۱۴۰۳): شاروالی اعلام کرد که کار ساخت پل آغاز می‌شود.", "نمونه‌خبر"),
    # … after a comma, which closes the agency's name
    ("کابل (نمونه‌خبر، ۱۰ قوس ۱۴۰۳): شاروالی اعلام کرد که کار ساخت پل آغاز می‌شود.", "نمونه‌خبر"),
    # … after a dash, the agency's initials spaced (an Arabic page's)
    ("عمّان - (أ ف ب): افتتح رئيس الوزراء المرحلة الأولى من المشروع.", "أ ف ب"),
    # an agency's initials spelled out as short words, the text going straight on (an Urdu dateline)
    ("کراچی (این این آئی) سندھ حکومت نے منصوبے کی توسیع کی منظوری دے دی۔", "این این آئی"),
    # an English page's dateline: a city in capitals, perhaps a date, the agency in brackets
    ("TEHRAN (Sample News) – The city council approved the new bridge.", "Sample News"),
    ("BANDAR ABBAS, Feb. 18 (SNA) - The port reopened on Sunday.", "SNA"),
    ("ST. LOUIS (AP) — The river rose again.", "AP"),
    # a CIS agency's dateline: a city in capitals, the date, the agency between slashes
    ("МОСКВА, 5 ноября. /Пример-Пресс/. Городская дума одобрила новый бюджет.", "Пример-Пресс"),
    ("ХУҶАНД, 05.11.2024 /АМИТ «Намуна»/. Имрӯз дар шаҳр пули нав сохта шуд.", "АМИТ «Намуна»"),
    ("GƏNCƏ, 14 mart /Nümunə/. Şəhərdə yeni körpü tikilir.", "Nümunə"),
    # a German dateline: the place as written, the agency's short name in brackets, a point or a dash
    ("Lindenau/Kersheim (npa). Reisende müssen sich auf Ersatzbusse einstellen.", "npa"),
    ("Frankfurt am Main (Reuters) – Die Börse schloss im Plus.", "Reuters"),
    # a Korean agency's: the place and the agency in brackets, joined by "="
    ("(도담=예시뉴스) 김민서 기자 = 도담시가 어린이병원을 추가로 지정했다.", "예시뉴스"),
    # any script's: the place, a comma, the date, the agency in brackets, the script's dash or stop
    ("Варна, 8 октомври (БТА) – Общината започва ремонт на алеите.", "БТА"),
    ("ሀዋሳ፣ መስከረም 27/2018 (ኢዜአ)፡- በሀዋሳ ከተማ አዲስ ሆስፒታል ተመረቀ።", "ኢዜአ"),
    ("काठमाडौं, कात्तिक १३ (रासस) । उपत्यकामा खानेपानी बन्द हुने भएको छ।", "रासस"),
    # an Arabic city and agency, the agency closed by a colon; Pashto's agency spelled as short words
    ("بريدة - واس: أطلق فرع الوزارة اليوم حملة لزراعة الأشجار.", "واس"),
    ("پېښور (اې پی پی): د ښار نوي بسونه نن پر لاره شول.", "اې پی پی"),
    # a place and the agency in capitals, a full stop between
    ("ТҮРКІСТАН. KAZINFORM – Облыста жаңа мектеп ашылды.", "KAZINFORM"),
    # a Russian agency's other form: the city in capitals, the date, a dash, the agency and a point
    ("ТВЕРЬ, 18 сен — Пример Новости. В городе открылся новый парк.", "Пример Новости"),
])
def test_dateline_sources(text, source):
    assert dateline_source(normalize_line(text)) == source


@pytest.mark.parametrize("text", [
    # a quotation opening the text: an honorific in brackets names no agency
    "امام علی (ع): دانش بهتر از ثروت است.",
    "امام خمینی (ره): استقلال و آزادی دو رکن انقلاب است.",
    # a bracket that no colon, dash or date follows is part of the sentence
    "شهرداری (منطقه دو) امروز اعلام کرد که کار ساخت پل آغاز می‌شود.",
    # an English sentence with a bracket, not a capitals city before it
    "I (and my brother) - we went home.",
    "The council (AP) said on Sunday.",
    # the site's own desk and its beat: no outside source
    "گروه اقتصادی - رئیس اتاق بازرگانی استان امروز گفت که صادرات افزایش یافته است.",
    "سرویس ورزشی / تیم ملی فوتبال امروز راهی اردوی آماده‌سازی شد.",
    # slashes in a sentence whose first words are no city in capitals
    "Москва, 5 ноября /цены/ выросли.",
    "In 2024, costs/prices /rose/ again.",
    # a bracket after capitalised words that no point or dash closes is the sentence's
    "Hamburg (Hafen) ist groß.",
    # a person's age after a comma is no date: the bracket is the sentence's
    "John Smith, 45 (Labour) – said the bridge would open.",
    # capitals and a full stop, but the second word is no agency in capitals
    "ТҮРКІСТАН. Облыста – жаңа мектеп ашылды.",
    # the dashed shape in Latin capitals opens an English sentence; undated, a Russian one too
    "NEW YORK, Nov 5 — Stocks fell. Traders sold.",
    "МОСКВА, сегодня — Город растёт. Так говорят.",
])
def test_no_dateline_source(text):
    assert dateline_source(text) is None


@pytest.mark.parametrize(("text", "source"), [
    # any script's place, undated, and the agency in brackets, then a dash (an Indian language's)
    ("ਲੁਧਿਆਣਾ (ਨਮੂਨਾ)- ਸ਼ਹਿਰ ਵਿੱਚ ਨਵਾਂ ਪੁਲ ਖੁੱਲ੍ਹ ਗਿਆ ਹੈ।", "ਨਮੂਨਾ"),
    ("नई दिल्ली (नमूना) – शहर में नया पुल खुल गया।", "नमूना"),
    # a longer bracket, a number in it or no dash after it: the sentence's
    ("I (and my brother) - we went home.", None),
    ("Rohan (32) - a farmer from the village - said so.", None),
    ("ਲੁਧਿਆਣਾ (ਨਮੂਨਾ) ਸ਼ਹਿਰ ਵਿੱਚ ਨਵਾਂ ਪੁਲ ਖੁੱਲ੍ਹ ਗਿਆ ਹੈ।", None),
])
def test_dateline_sources_on_a_page_in_another_language(text, source):
    assert dateline_source(normalize_line(text), persian=False) == source


@pytest.mark.parametrize(("line", "credit"), [
    ("ترجمه: سارا احمدی", True),
    ("مترجم: سارا احمدی", True),
    ("تنظیم: علی کریمی", True),
    ("گردآوری: علی کریمی", True),
    ("عکاس: سارا احمدی", True),        # a photo or video story's credits
    ("تصویربردار: علی کریمی", True),
    ("تدوین: مریم رضایی", True),
    ("گزارش: مریم رضایی", True),
    ("ترجمه: این متن را کارشناسان برای ما به فارسی برگرداندند و بازبینی کردند.", False),  # a sentence
    ("ترجمه این کتاب به فارسی سال گذشته منتشر شد", False),                                # no label
    ("By Jane Roe", False),                                                                 # not a Persian label
])
def test_closing_credit_lines(line, credit):
    assert is_closing_credit(line) is credit


def test_closing_credits_and_a_copyright_notice_are_not_text():
    closing = ("<p>ترجمه: سارا احمدی</p><p>تنظیم: علی کریمی</p>"
               "<p>کلیه حقوق مادی و معنوی این سایت محفوظ است.</p>"
               "<p>استفاده از مطالب این پایگاه با ذکر منبع بلامانع است.</p>")
    rights = "وزیر گفت که حقوق کارگران در سال آینده افزایش می‌یابد و این رقم در بودجه محفوظ است."
    assert _record(f"<p>{STORY}</p><p>{rights}</p>{closing}").body == f"{STORY}\n\n{rights}"


def test_an_interviews_closing_line_after_the_reporters_label_is_no_credit():
    assert is_closing_credit("خبرنگار: مریم رضایی")
    assert is_closing_credit("تنظیم: علی کریمی و سارا احمدی")
    assert not is_closing_credit("خبرنگار: از وقتی که گذاشتید سپاسگزاریم")


@pytest.mark.parametrize("line", [
    # views, the date, the ID and an update in one line: 18 words, 9 of them with a letter
    "بازدید: ۸۸۸۵ ۱۳ تیر ۱۴۰۱ - ۰۷:۴۱ ق.ظ کد مطلب: ۴۲۸۲۹۲۲ به‌روزرسانی: ۱۳ تیر ماه ۱۴۰۱، ساعت ۲۱:۴۱",
    "تاریخ انتشار: ۱۶:۴۹ - ۱۷ بهمن ۱۴۰۲ آخرین بروزرسانی: ۱۷ بهمن ۱۴۰۲ ساعت ۱۸:۴۹ کد خبر: ۹۱۱۵۴۳۹",
    "١ سپتامبر ٢٠٢٣ - ١٩:١٢",  # a Gregorian date and time in Arabic-Indic digits
])
def test_a_meta_line_is_counted_by_its_words_not_its_numbers(line):
    assert is_meta_line(line)


def test_a_long_line_of_words_naming_a_date_is_text():
    line = ("شورای شهر روز ۱۳ تیر ۱۴۰۱ در نشست فوق‌العاده خود طرح گسترش فضای سبز محله‌های جنوبی شهر را"
            " با حضور شهردار و معاونان او بررسی کرد")  # no sentence end: 16 words with letters
    assert not is_meta_line(line)


@pytest.mark.parametrize(("text", "source"), [
    # Pashto: «by the report of …», «citing …»
    ("د کابل خبري آژانس د راپور له مخې، د ولایت چارواکو ویلي چې سړک پرانیستل شو.", "کابل خبري آژانس"),
    ("د باختر آژانس په حواله، په ولایت کې باران وورېد.", "باختر آژانس"),
    # Sorani Kurdish: «according to a report of …»
    ("بەپێی ڕاپۆرتێکی ئاژانسی هەواڵی شار، دوێنێ باران بارى.", "ئاژانسی هەواڵی شار"),
    # no such phrase: a sentence full of Pashto's «د» names no source
    ("د ولایت د کرنې ریاست مسوولینو ویلي چې سږکال حاصل زیات شوی دی.", None),
    # Azerbaijani and Uzbek: «… reports (that)», the outlet opening the text
    ("Nümunə24 xəbər verir ki, şəhərdə yeni körpü tikilir.", "Nümunə24"),
    ("Namuna.uz xabar beradi, shaharda yangi koʻprik qurilmoqda.", "Namuna.uz"),
    # the phrase inside a sentence, not opening it, names none
    ("Şəhər meri bu barədə jurnalistlərə xəbər verir, lakin ətraflı danışmır.", None),
])
def test_pashto_and_sorani_attributions(text, source):
    assert attribution(text) == source


@pytest.mark.parametrize(("text", "source"), [
    # the agency's reporter reported, in a city
    ("أفاد مراسل وكالة النخيل للأنباء في شيراز بأن المعرض افتتح صباح اليوم.", "وكالة النخيل للأنباء"),
    # as the agency carried it, closing the sentence
    ("تبدأ الدراسة الأحد المقبل، حسبما نقلته وكالة أنباء الواحة.", "وكالة أنباء الواحة"),
    ("نقلاً عن صحيفة الصباح الجديد، أن الجسر سيفتتح قريباً.", "صحيفة الصباح الجديد"),
    ("ذكرت قناة النهرين اليوم أن الأمطار ستستمر.", "قناة النهرين"),
    # a speaker is no outlet, nor an outlet named with no phrase crediting it
    ("قال الوزير إن المشروع سينتهي في الصيف.", None),
    ("زار وفد من وكالة النخيل للأنباء المعرض.", None),
])
def test_arabic_attributions_as_printed(text, source):
    assert arabic_attribution(text) == source


def test_an_arabic_pages_attribution_keeps_arabic_letters():
    """On an Arabic page, the outlet is read as printed: not in the Persian letters normalize_line
    writes (ک for ك, ی for ي)."""
    paragraphs = "".join(f"<p>{t}</p>" for t in (
        "أفاد مراسل وكالة الكوثر الدولية في مشهد بأن المهرجان الدولي للخط العربي سيفتتح مساء الغد بمشاركة "
        "خطاطين من اثني عشر بلداً.",
        "وأضاف أن المعرض المرافق يضم أكثر من مئتي لوحة في قاعات المتحف الرضوي، وأن الورش التعليمية ستقام "
        "طيلة أيام المهرجان الخمسة.",
    ))
    html = (f'<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>مشهد تستضيف مهرجان الخط العربي</title>'
            f'</head><body><main><h1>مشهد تستضيف مهرجان الخط العربي</h1>{paragraphs}</main></body></html>').encode()
    record = extract(html, "https://alkawthar.example/ar/news/52311").record
    assert record is not None and record.source_attribution == "وكالة الكوثر الدولية"


def test_an_urban_desks_reporter_is_no_part_of_the_outlets_name():
    assert attribution(normalize_line("به گزارش خبرنگار شهری افق‌نما، کار پل تمام شد.")) == "افق‌نما"


@pytest.mark.parametrize(("text", "source"), [
    ("آژانس خبری آسمان گزارش می‌دهد، همزمان با آغاز فصل برداشت، نخستین محموله فرستاده شد.", "آژانس خبری آسمان"),
    ("رادیو صدای کوه گزارش داده است که راه سالنگ باز شد.", "رادیو صدای کوه"),
    # a ministry reporting is a source of facts, no outlet crediting its own report
    ("وزارت صحت گزارش می‌دهد، که شمار بیماران کاهش یافته است.", None),
])
def test_an_afghan_outlet_reporting_at_the_texts_opening_is_the_source(text, source):
    assert attribution(normalize_line(text)) == source


def test_meta_lines_set_side_by_side_with_a_bar_are_one_meta_line():
    """An Arc XP date line: "Updated … | Published …", as long as a sentence together."""
    assert is_meta_line("Updated September 23, 2025 at 1:12 p.m. EDT|Published September 23, 2025 at 9:41 a.m. EDT")
    assert not is_meta_line("The council met on Monday | the mayor did not attend the meeting at all today")


@pytest.mark.parametrize("text", ["الجزائر - أعلنت الوزارة اليوم أن الموسم الدراسي يبدأ الأحد.",
                                  "سلێمانی - بەڕێوەبەرایەتی ئاو ڕایگەیاند پڕۆژەیەکی نوێ دەست پێدەکات."])
def test_a_name_alone_before_a_dash_is_a_city_on_a_page_not_persian(text):
    """«پیام ملّت–» opens a Persian text with its outlet; an Arabic or Kurdish text opens with its city."""
    assert dateline_source(text, persian=False) is None
    assert dateline_source(text) is not None  # read as a Persian page's outlet, as before


@pytest.mark.parametrize(("line", "wires", "code"), [
    ("jdo/dpa", "dpa", None), ("mes/AFP/Reuters", "AFP/Reuters", None), ("ak/Reuters", "Reuters", None),
    ("aw/ma", None, "ma"), ("MNA/FTR", None, "FTR"), ("jdo/Berlin", None, None), ("dpa", None, None),
    # the wire before the editor's initials, as an older German regional site closes (session 27)
    ("dpa/ek", "dpa", None), ("dpa/AFP/ek", "dpa/AFP", None),
])
def test_a_closing_credit_of_initials_and_wires_names_the_wires(line, wires, code):
    """A German-language story closes with its writer's initials and the agencies it draws on: its
    sources (no editor's code), where an Indonesian portal's "aw/ma" is its writer's and editor's code."""
    assert closing_wire_credit(line) == wires
    found = closing_code(line)
    assert (found[1] if found else None) == code


def test_an_arabic_services_closing_marker_is_the_whole_line_only():
    """«انتهى/ع.ن» closes an Iranian agency's Arabic story; «انتهى …» opening a sentence ("the meeting
    ended …") is text, and no line is cut where it opens."""
    assert footer_marker(normalize_line("انتهى/ع.ن")) == ("انتهی/ع.ن", "ع.ن")
    line = normalize_line("انتهى الاجتماع بعد ساعتين من النقاش حول موازنة البلدية.")
    assert footer_marker(line) is None and not starts_with_marker(line)


@pytest.mark.parametrize(("line", "marker", "code"), [
    ("پایان/ح", "پایان/ح", "ح"),
    ("پایان / ح.ن", "پایان / ح.ن", "ح.ن"),
])
def test_the_end_word_alone_with_its_slash_and_code_closes_the_text(line: str, marker: str, code: str) -> None:
    assert footer_marker(line) == (marker, code)


@pytest.mark.parametrize("line", ["پایان", "پایان سال", "پایان کار کارخانه/ تعطیلی"])
def test_the_end_word_in_text_is_no_marker(line: str) -> None:
    assert footer_marker(line) is None
