"""Persian news markers: footer lines, news-ID labels, attribution, and boilerplate lines.

Every pattern here runs on text already normalised by persian.normalize_line (so ي/ك are ی/ک
and white space is single spaces); digits may still be Persian or Arabic-Indic.
"""

from __future__ import annotations

import re

from newsscraper.extract.content_rules import CLOSES_SENTENCE, OTHER_STORIES_HEADING
from newsscraper.extract.page import ARABIC_CHAR
from newsscraper.extract.wordcount import count_words
from newsscraper.gregorian import find_gregorian_date
from newsscraper.jalali import find_date
from newsscraper.persian import to_ascii_digits, unify_letters

# «انتهای پیام/ع», «/انتهای پیام/», «انتهای خبر», «پایان پیام», «-انتهای پیام-», ««انتهای پیام»»; the
# editor code follows a slash. A ZWNJ beside the slash (`انتهای پیام‌/‌ع`) or between the two words
# («انتهای‌پیام», as find_marker_anywhere's page search allows) is as blank as a space.
_MARKER_WORDS = r"(?:انتهای|پایان)[\s\u200c]?(?:پیام|خبر)"
_CODE_PART = r"[^\s\u200c/|]{1,8}(?:\s?[^\s\u200c/|]{1,4})?"
_BLANK = r"[\s\u200c]*"
# The code may have parts of its own, slash-separated («ش.ح/۲۲۳»); a spaced dash may set it off too.
_CODE = rf"{_CODE_PART}(?:{_BLANK}/{_BLANK}{_CODE_PART}){{0,2}}"
_MARKER_OPENS = rf"^{_BLANK}[/|«\-–—]?{_BLANK}"  # what may stand before the marker words
# An Iranian agency's Arabic service closes with «انتهى/ع.ن» ("ended"): a marker only as the whole line
# (an Arabic sentence may open with the word: «انتهى الاجتماع …», so no line is cut where it opens).
_ARABIC_MARKER_WORD = "انته[یى]"
# … and «پایان/ح» alone (an agency that drops «پیام»), as the whole line with its slash and code only.
_END_WORD = "پایان"
FOOTER_MARKER = re.compile(
    rf"{_MARKER_OPENS}(?P<marker>{_MARKER_WORDS}|(?:{_ARABIC_MARKER_WORD}|{_END_WORD})(?={_BLANK}[/|])){_BLANK}"
    rf"(?:(?:[/|]|(?<=\s)[\-–—](?=\s)){_BLANK}(?P<code>{_CODE})?{_BLANK}[/|]?)?{_BLANK}[.»\-–—]?{_BLANK}$"
)

# The labels a Persian page prints before its news ID («کد خبر: ۱۲۳»), as normalised text writes them.
ID_LABEL_WORDS = (("کد", "خبر"), ("شناسه", "خبر"), ("کد", "مطلب"), ("شناسه", "مطلب"), ("شماره", "خبر"),
                  ("شماره", "مطلب"))
_ID_LABEL = "(?:" + "|".join(rf"{first}\s?{second}" for first, second in ID_LABEL_WORDS) + ")"
# (each run of spaces ends at a mark or the digits: three optional runs side by side would try every
# split of a long run of spaces, in cubic time)
NEWS_ID_LABEL = re.compile(_ID_LABEL + r"\s*(?:[:：]\s*)?(?:#\s*)?(?P<id>[0-9۰-۹٠-٩]{2,20})")
ID_LABEL_ONLY = re.compile("^" + _ID_LABEL + r"\s*[:：]?")
# A line opening with the marker and more after it («انتهای پیام/ع کد خبر ۱۲۳»): the marker words then a
# mark, a digit, an ID label or the end. A sentence opening with the same words goes on in words
# («پایان پیام رئیس‌جمهور …», «پایان پیام‌رسان‌های …») and is text.
_FOOTER_PREFIX = re.compile(rf"{_MARKER_OPENS}{_MARKER_WORDS}"
                            rf"(?={_BLANK}(?:[/|\-–—»:.،0-9۰-۹٠-٩]|$|{_ID_LABEL}))")

_STOP = "،,:؛;\n"
# «به گزارش», «به‌گزارش» (a ZWNJ between, as careful typists write it); «به نقل از», «به‌نقل از».
_BY_REPORT = r"به[\s\u200c]?گزارش|به[\s\u200c]?نقل\s?از"
# «… در جوابیه‌ای به گزارش منتشرشده در …», «به گزارش یادشده»: a reply or a reference to a report, no
# credit for this one.
_A_REPORT_REFERRED_TO = r"(?:منتشر|چاپ|درج|یاد|ذکر)[\s\u200c]?شده|مذکور"
ATTRIBUTION = re.compile(rf"(?:^|[\s(«]|(?<=[.،]))(?:{_BY_REPORT})\s+(?!{_A_REPORT_REFERRED_TO})"
                         rf"(?P<src>[^{_STOP}]{{2,160}})")
# A dateline at the very start: «پیام ملّت– ...», «ایسنا/کرمان ...», «تهران- ایرنا- ...».
DATELINE = re.compile(r"^(?P<src>[\u0600-\u06ff\u200c ]{2,30}?)\s*(?:[–—]|-\s|/)")
# A city and an agency, each closed by a dash («تهران- ایرنا- …»): the agency is the source.
# (a city of one or two words, an agency of one to three)
# (letters and ZWNJ: not «،», «؛», «؟» nor digits, which close a name: «کابل (هندوکش، ۲۸ عقرب ۱۴۰۳)»)
_FA_LETTERS = "\u0621-\u065f\u066e-\u06d3\u06d5-\u06ef\u06fa-\u06ff\u200c"
_FA_WORD = rf"[{_FA_LETTERS}]+"
CITY_AGENCY_DATELINE = re.compile(rf"^{_FA_WORD}(?: {_FA_WORD})?\s*[-–—]\s*"
                                  rf"(?P<src>{_FA_WORD}(?: {_FA_WORD}){{0,2}})\s*(?:[-–—]\s|[:：])")
# A city and an agency in brackets after it, then a colon, a dash or the date («کابل (پژواک): …»,
# «بامیان (نمونه) ۸ قوس ۱۴۰۳: …»).
# The date may stand inside the brackets, after the agency («کابل (پژواک ۱۰ قوس ۱۴۰۳): …», «کابل (هندوکش،
# ۲۸ عقرب ۱۴۰۳): …»), and after a dash, the agency's initials spaced as Arabic agencies write them
# («عمّان - (أ ف ب): …»).
_DIGITS = "[0-9۰-۹٠-٩]"
CITY_PAREN_DATELINE = re.compile(rf"^{_FA_WORD}(?: {_FA_WORD})?\s*(?:[-–—]\s*)?\(\s*"
                                 # (ع), (ره): no agency; Arabic initials spaced, (أ ف ب), are one
                                 rf"(?P<src>[{_FA_LETTERS}]{{3,}}(?: {_FA_WORD})?"
                                 rf"|[{_FA_LETTERS}](?: [{_FA_LETTERS}]){{1,3}}"
                                 # … and spelled as short words («پېښور (اې پي پي):», Pashto's APP)
                                 rf"|[{_FA_LETTERS}]{{1,3}}(?: [{_FA_LETTERS}]{{1,3}}){{1,3}})"
                                 rf"(?:\s*[،,]?\s+{_DIGITS}{{1,2}}\s*{_FA_WORD}\s*{_DIGITS}{{2,4}})?\s*\)"
                                 rf"\s*(?:[:：\-–—]|{_DIGITS})")
# A city and an agency's initials spelled out as short words in brackets, the text going straight on
# (an Urdu dateline: «کراچی (این این آئی) سندھ حکومت …»); a bracket of longer words is the sentence's.
CITY_SPELLED_DATELINE = re.compile(rf"^{_FA_WORD}(?: {_FA_WORD})?\s*\(\s*"
                                   rf"(?P<src>[{_FA_LETTERS}]{{1,3}}(?: [{_FA_LETTERS}]{{1,3}}){{1,3}})\s*\)\s")
# A city and an agency's dotted initials after a slash («آنکارا/آ.آ»: Anadolu's Persian service): the
# initials are the agency, where «ایسنا/کرمان» puts the agency first.
_INITIALS = r"(?:[\u0600-\u06ff]\.){1,4}[\u0600-\u06ff]?"
CITY_INITIALS_DATELINE = re.compile(rf"^{_FA_WORD}(?: {_FA_WORD})?\s*/\s*(?P<src>{_INITIALS})(?![\u0600-\u06ff])")
# An English dateline: a city in capitals, perhaps a date after a comma, and the agency in brackets,
# then a dash or a colon («TEHRAN (Kavosh) –», "LONDON, Feb. 18 (Reuters) -", "KABUL (AP):").
LATIN_DATELINE = re.compile(r"^[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3}(?:,[A-Za-z0-9 .]{1,20})?"
                            r"\s*\((?P<src>[A-Za-z][\w .&/-]{0,30}[\w.])\)\s*[-–—:]")
# The CIS agencies' dateline: a city in capitals, the date, the agency between slashes ("МОСКВА, 5
# ноября. /ТАСС/.", «ОБШОРОН, 05.11.2024 /АМИТ «Садо»/.», "BAKU, March 14 /Trend/"); the city's
# capitals are checked apart (no regex class holds every script's capitals).
# … and the Russian agencies' other form: the city in capitals, the date, a dash and the agency's
# name closed by a point ("МОСКВА, 18 сен — РИА Новости. …"); Cyrillic alone (in English the same
# shape opens a sentence: "NEW YORK, Nov 5 — Stocks fell.").
DASHED_DATELINE = re.compile(r"^(?P<city>[А-ЯЁ]+(?:[ -][А-ЯЁ]+){0,3}),\s*[^—–\n]{0,20}?\d[^—–\n]{0,20}?\s*[—–]\s*"
                             r"(?P<src>[^\W\d_][^.\n]{1,30}?)\.(?:\s|$)")
SLASHED_DATELINE = re.compile(r"^(?P<city>[^\W\d_]+(?:[ -][^\W\d_]+){0,3}),[^/\n]{1,30}?/\s*"
                              r"(?P<src>[^/\s][^/\n]{0,38}?)\s*/")
# A German (and Dutch, Scandinavian) dateline: the place as written, the agency's short name in
# brackets, then a point or a dash ("Berlin (dpa) - …", "Frankfurt am Main (Reuters) – …",
# "Lindenhagen/Kersdorf (dnp). …").
_PLACE_WORD = r"[A-ZÄÖÜÅØÆ][^\W\d_]+"
PLACE_AGENCY_DATELINE = re.compile(rf"^{_PLACE_WORD}(?:[/ -](?:(?:am|an|im|ob|in|bei) )?{_PLACE_WORD}){{0,3}}\s*"
                                   r"\((?P<src>[A-Za-z][A-Za-z]{1,9}(?:/[A-Za-z]{2,10})?)\)\s*[.:–—-]")
# A Korean agency's dateline: the place and the agency in brackets, joined by "=" ("(서울=연합뉴스)
# 홍길동 기자 = …").
EQUALS_DATELINE = re.compile(r"^\(\s*[^=()\s][^=()]{0,20}=\s*(?P<src>[^=()\s][^=()]{1,20}?)\s*\)")
# Any script's dateline: the place, a comma, the date (a digit and a letter in it, a day and its
# month's name: a person's age alone is none), the agency in brackets, then a dash, a colon or a full
# stop of the script ("Варна, 8 октомври (БТА) –", «ሀዋሳ፣ መስከረም 27/2018 (ኢዜአ)፡-», «काठमाडौं,
# कात्तिक १३ (रासस) ।»).
_PLACE_PART = r"[^\s\d(),،፣:]+"
DATED_PLACE_DATELINE = re.compile(rf"^{_PLACE_PART}(?:[ -]{_PLACE_PART}){{0,3}}\s*[,،፣]\s*"
                                  r"(?=[^()\n]{0,30}\d)(?=[^()\n]{0,30}[^\W\d_])"
                                  r"[^()\n]{1,30}?\s*\((?P<src>[^\W\d_][^()\n]{0,30}?)\)\s*(?:[-–—:.।]|፡)")
# Any script's place, undated, and the agency in brackets, then a dash: an Indian
# language's dateline («ਚੰਡੀਗੜ੍ਹ (ਭਾਸ਼ਾ)-», «नई दिल्ली (भाषा) –»), whose letters' vowel signs no \w holds;
# a Persian page's are read by the patterns above. One or two words: a longer bracket is the sentence's.
PLACE_PAREN_DATELINE = re.compile(r"^[^\s\d(),،:]+(?: [^\s\d(),،:]+){0,2}\s*\(\s*"
                                  r"(?P<src>[^\s\d()]{2,}(?: [^\s\d()]+)?)\s*\)\s*[-–—]")
# A place and the agency in capitals, a full stop between them, then a dash ("ТҮРКІСТАН. KAZINFORM –"):
# both capitals are checked apart (no regex class holds every script's capitals).
CAPITALS_DATELINE = re.compile(r"^(?P<city>[^\W\d_]+(?:[ -][^\W\d_]+){0,2})\.\s+(?P<src>[^\W\d_]{2,15})\s+[-–—]\s")
_QUOTES = "\"'«»“”„‹›"
# A line naming where a republished story comes from: «منبع: ایرنا», «منبع خبر: روزنامه شرق»
# (a picture's «منبع عکس» names no source of the story).
SOURCE_LINE = re.compile(r"^منبع(?:\s?(?:خبر|مطلب))?\s*[:：]\s*(?P<src>[^:：]{2,80}?)\s*[.]?$")
# The same label in the other languages of our pages, read only on the line that closes the text:
# inside it, "Source: Ministry of Health" under a chart names where a figure comes from.
CLOSING_SOURCE_LINE = re.compile(
    r"^(?:sources?|fuente|fonte|quelle|bron|źródło|zdroj|forrás|kaynak|sumber|nguồn|kilde|källa|lähde|font|πηγή|"
    r"izvor|burimi|источник|джерело|извор|المصدر|مصدر|ماخذ|سرچاوە)\s*[:：]\s*(?P<src>[^:：]{2,80}?)\s*[.]?$",
    re.IGNORECASE)
MAX_ATTRIBUTION_WORDS = 12
_SOURCE_END = re.compile(r"\s*[،,|]\s*|\s+[-–—]\s+")  # what follows the name on a source line: a date, a place

# A read-more or related label over a link to other stories. «بخوانید», «ببینید» (an interview's answer
# opens «ببینید، …») and «پیشنهاد ما» open sentences too: alone they are a label only with a colon
# after them or nothing at all; the others are labels whatever follows.
READ_MORE = re.compile(r"^(?:(?:بیشتر\s?بخوانید|اخبار\s?مرتبط|بیشتر\s?بدانید|پیشنهاد\s?سردبیر|"
                       r"مطالب\s?مرتبط|مطلب\s?مرتبط|لینک\s?کوتاه|"
                       # «در این زمینه بخوانید», «همچنین بخوانید», «این خبر را هم ببینید»
                       r"(?:در\s?این\s?(?:زمینه|باره|رابطه)|همچنین|این\s?(?:خبر|مطلب|گزارش)\s?(?:را\s?)?(?:هم|نیز))"
                       r"\s?(?:بخوانید|ببینید))\s*[:：]?|(?:بخوانید|ببینید|پیشنهاد\s?ما)\s*(?:[:：]|$))")
# A comment form's labels and notices. «نظر شما …» and «نظرات شما …» open an interviewer's question
# too («نظر شما درباره این طرح چیست؟»): a label only with a colon or nothing after (or, for the notice,
# «پس از تایید …»).
COMMENT_FORM = re.compile(r"^(?:نام\s*[:：]|ایمیل\s*[:：]|نظر\s*[:：]|ارسال\s?نظر|نظر\s?شما\s*(?:[:：]|$)|"
                          r"لطفا\s?توجه\s?داشته\s?باشید|نظرات\s?(?:شما\s?)?(?:پس|بعد)\s?از|نظرات\s?شما\s*(?:[:：]|$)|"
                          r"برچسب\s?(?:ها|‌ها)?\s*[:：])")
# Article metadata a template prints between the headline and the text: views, reading time.
META_LABEL = re.compile(r"(?:تعداد\s?)?بازدید\s*[:：]?\s*[0-9۰-۹٠-٩]|(?:مدت\s?)?زمان\s?(?:تقریبی\s?)?مطالعه|"
                        r"دقیقه\s?مطالعه|\b[0-9]+\s?min(?:ute)?s?\s?read\b|\breading time\b|tempo de leitura|"
                        r"tiempo de lectura|temps de lecture|tempo di lettura|lesezeit|leestijd|время чтения|"
                        r"okuma süresi", re.IGNORECASE)
# A line of more words than this is text, whatever it mentions. Only words with a letter count: a
# meta line is mostly numbers («بازدید: ۸۸۸۵ | ۱۳ تیر ۱۴۰۱ - ۰۷:۴۱ ق.ظ | کد مطلب: ۴۲۸۲۹۲۲ |
# به‌روزرسانی: ۱۳ تیر ۱۴۰۱، ساعت ۲۱:۴۱»: 9 such words of 18), a sentence mostly words.
MAX_META_WORDS = 15
MAX_META_TOKENS = 40  # … and a line of more tokens than this is text whatever they are (not counted then)
_LETTERED_WORD = re.compile(r"\S*[^\W\d_]\S*")
# A byline: «نویسنده: …», «گزارش: …», «به قلم …», "By …": at most this many words, no sentence end.
MAX_BYLINE_WORDS = 8
# The labels naming a story's writer that a comma may set apart from the names, as a colon does.
WRITER_LABEL = r"(?:نویسندگان|نویسنده|خبرنگاران|خبرنگار)"
# «گزارش از», «گفت‌وگو از», «مصاحبه از», «یادداشت از»: a report's, an interview's or an opinion
# piece's maker, as a byline's label (not «کاری از», which opens «کاری از دست … برنمی‌آید» as often)
BY_LABEL = r"(?:گزارش|گفت[\s\u200c]?و[\s\u200c]?گو|گفتگو|مصاحبه|یادداشت)\s+از"
BYLINE = re.compile(r"^(?:(?:نویسنده|نویسندگان|گزارش|خبرنگار|مترجم|ترجمه|عکس|عکاس|عکاسان|تصویربردار|تدوین|تنظیم|"
                    rf"گردآوری|تهیه|ویراستار|ویرایش|{BY_LABEL})"
                    r"\s*[:：]|به\s?قلم\s|[Bb][Yy]\s+[A-Z]|"
                    # «نویسنده، مریم افشار»: a writer's label set apart by a comma (a hidden «، » in BBC's markup)
                    rf"{WRITER_LABEL}\s*،)")
# A Gregorian year and a clock time in one line, in either order.
YEAR_AND_CLOCK = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9]).*?(?<![0-9:])[0-9]{1,2}:[0-9]{2}(?![0-9])"
                            r"|(?<![0-9:])[0-9]{1,2}:[0-9]{2}(?![0-9]).*?(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")
# A line that is only a date in English, with perhaps its time and zone ("Nov. 19, 2019, 8:41 AM UTC",
# "Tuesday 19 November 2019 10:30 GMT"); Jalali dates are found by jalali.find_date.
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_CLOCK = r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[a-z]{2,4})?)?"
LATIN_DATE_LINE = re.compile(
    rf"^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH}),?\s+\d{{4}}"
    rf"{_CLOCK}$", re.IGNORECASE)
# The writer's one-line bio closing a story: "Sara Karimi is a senior reporter for …",
# "… is CNN's chief correspondent", "… is The Post's deals curator": the site named as the employer.
AUTHOR_BIO = re.compile(r"^(?:[A-Z][\w.'’-]*\s){1,4}is (?:an?|(?:[A-Z][\w.&-]*\s){0,3}[A-Z][\w.&-]*['’]s) "
                        r"(?:[\w-]+\s){0,4}(?:reporter|writer|correspondent|editor|journalist|columnist|contributor|"
                        r"producer|curator|critic|photographer|blogger)s?\b")
MAX_BIO_WORDS = 40
# A time of day on a line of at most this many words, with one word beside it at most: "17:40",
# "Today, 17:40", «امروز ۱۰:۳۰», «Šodien, 17:40» (a date bar's "today" in any language).
CLOCK = re.compile(r"(?<![0-9۰-۹:])[0-9۰-۹]{1,2}\s?:\s?[0-9۰-۹]{2}(?![0-9۰-۹])")
MAX_CLOCK_LINE_WORDS = 2
# A line that is an update label and a time («آخرین به‌روزرسانی: ۱۸:۴۰», "Last updated 10:42 am"):
# when the page was last changed, no text. (A time alone, «۱۷:۱۵», stays: a live report's entry stamp.)
UPDATE_TIME_LINE = re.compile(
    r"^(?:(?:آخرین\s?)?به[\s\u200c]?روز[\s\u200c]?رسانی|(?:last\s)?updated?)\s*[:：]?\s*"
    r"[0-9۰-۹٠-٩]{1,2}\s?:\s?[0-9۰-۹٠-٩]{2}(?:\s?(?:ق\.?\s?ظ|ب\.?\s?ظ|صبح|عصر|am|pm|a\.m\.|p\.m\.))?$",
    re.IGNORECASE)
STAFF_CODE = re.compile(r"^[0-9۰-۹٠-٩]{1,8}$")


def is_update_time_line(line: str) -> bool:
    return len(line) <= 40 and UPDATE_TIME_LINE.match(line) is not None


# A line that is only a figure: a live report's entry time («۱۶:۲۰»), a score («۲ - ۱»), a rating
# («۷.۵», «۸.۴/۱۰»), a video's length, a count. No words: nothing of the text's (a phone number's run
# of digits, `02-751-1500`, is none of these).
BARE_FIGURE = re.compile(r"^(?:\d{1,2}:\d{2}(?::\d{2})?|\d{1,3}\s*[-–]\s*\d{1,3}"
                         r"|\d{1,4}(?:[.٫]\d{1,2})?(?:\s*/\s*\d{1,3})?)$")


def is_bare_figure(line: str) -> bool:
    return len(line) <= 16 and BARE_FIGURE.match(to_ascii_digits(line.strip())) is not None


def footer_marker(line: str) -> tuple[str, str | None] | None:
    """(marker as printed, editor code or None) when the line is a footer marker line."""
    m = FOOTER_MARKER.match(line)
    if not m:
        return None
    code = (m.group("code") or "").strip() or None
    return line.strip(), code


# The code an agency's English edition closes its story with, where its Persian pages print «انتهای
# پیام/…»: the agency and the editor's initials ("MNA/FTR", "IRNA/TT"), the writer's and the editor's
# initials ("aw/ma", in brackets on Indonesian portals: "(wnv/imk)"; Mexican dailies' "afcl/rmlgv"), the
# agency's alone ("TC/": no editor's code), or two staff numbers ("3281**2050"; IRNA's Persian pages
# «۷۳۴۱/۱۶۱۷», the editor's after the slash); and a Persian page's editor code printed alone after a
# slash, without «انتهای پیام» («/ن», «/ م.ر /»). Read on the line that closes the text only.
CLOSING_CODE = re.compile(r"^(?:[A-Z]{2,6}(?:/[A-Z]{1,6})+|[A-Z]{2,6}/|\(?[a-z]{1,6}(?:/[a-z]{1,6})+\)?"
                          r"|\d{3,6}(?:\*\*|/)\d{3,6}|/\s?[ء-ی]{1,3}(?:\s?\.\s?[ء-ی]{1,3}){0,2}\s?/?)$")


# News agencies' short names as a credit line closing a German-language story prints them after the
# writer's initials ("jdo/dpa", "mes/AFP/Reuters"): the story's sources, no editor's code.
WIRE_CODES = frozenset({"dpa", "afp", "ap", "rtr", "reuters", "kna", "epd", "dts", "sid", "ddp", "apa", "sda",
                        "ansa", "efe", "anp", "belga", "tt", "ntb", "ritzau", "pap", "mti", "ctk", "čtk"})


def closing_wire_credit(line: str) -> str | None:
    """The agencies a closing credit line names beside the writer's initials, after them ("jdo/dpa" →
    dpa, "mes/AFP/Reuters" → AFP/Reuters) or before them ("dpa/ek" → dpa), or None for another line."""
    parts = [p.strip() for p in line.strip().split("/")]
    if len(parts) < 2:
        return None
    if _initials(parts[0]) and all(p.lower() in WIRE_CODES for p in parts[1:]):
        return "/".join(parts[1:])
    if _initials(parts[-1]) and parts[-1] not in WIRE_CODES and all(p.lower() in WIRE_CODES for p in parts[:-1]):
        return "/".join(parts[:-1])
    return None


def _initials(part: str) -> bool:
    """A writer's or an editor's initials in a credit line: a few lower-case letters."""
    return part.isalpha() and part.islower() and len(part) <= 4


def closing_code(line: str) -> tuple[str, str | None] | None:
    """(code as printed, the editor's part after its last slash or None) for a closing code line."""
    line = line.strip()
    if not CLOSING_CODE.match(line) or closing_wire_credit(line):
        return None
    trimmed = line.rstrip("/ ")
    if "/" not in trimmed:
        return line, None  # "3281**2050", "TC/": no editor's code
    return line, trimmed.rsplit("/", 1)[1].strip().rstrip(")")


def starts_with_marker(line: str) -> bool:
    return bool(_FOOTER_PREFIX.match(line))


def news_id_in(text: str) -> str | None:
    """The digits after a «کد خبر» / «شناسه خبر» / «کد مطلب» label, in ASCII."""
    m = NEWS_ID_LABEL.search(text)
    return to_ascii_digits(m.group("id")) if m else None


# Pashto's «د سپین غر خبري آژانس د راپور له مخې» (by the agency's report), «د … په حواله» (citing),
# Sorani Kurdish's «بەپێی ڕاپۆرتێکی ئاژانسی …،» / «بە گوێرەی …،» (according to): the outlet in between.
_OUTLET_WORDS = r"[^\s،,.:؛]+(?:\s+[^\s،,.:؛]+){0,5}?"
_OTHER_ATTRIBUTIONS = (
    ("مخې", re.compile(rf"(?:^|\s)د\s+(?P<src>{_OUTLET_WORDS})\s+د\s+(?:راپور|خبر)\s+(?:له\s+مخې|پر\s+بنسټ)")),
    ("حواله", re.compile(rf"(?:^|\s)د\s+(?P<src>{_OUTLET_WORDS})\s+په\s+حواله")),
    ("پێی", re.compile(rf"(?:^|\s)بە\s?پێی\s+(?:ڕاپۆرت(?:ی|ێکی)\s+)?(?P<src>{_OUTLET_WORDS})\s*[،,]")),
    ("گوێرەی", re.compile(rf"(?:^|\s)بە\s?گوێرەی\s+(?:ڕاپۆرت(?:ی|ێکی)\s+)?(?P<src>{_OUTLET_WORDS})\s*[،,]")),
    # Azerbaijani and Uzbek: «Report xəbər verir ki, …», «Kun.uz xabar beradi» (the outlet reports)
    ("xəbər verir", re.compile(r"^(?P<src>[^\s,]+(?:\s[^\s,]+){0,3}?)\s+xəbər\s+verir\b")),
    ("xabar beradi", re.compile(r"^(?P<src>[^\s,]+(?:\s[^\s,]+){0,3}?)\s+xabar\s+beradi\b")),
)


# Arabic's phrases naming the outlet a story comes from (an Iranian agency's Arabic service, an Arab
# site): «أفاد مراسل وكالة … في …» (the agency's reporter reported), «ذكرت وكالة … أن», «نقلاً عن صحيفة
# …», «حسبما نقلته وكالة …». Only an outlet's name counts (opening with agency, paper, channel, site,
# radio, network): «قال الوزير» names a speaker. The name ends before «في», «أن», «إن», «بأن», «عن»,
# «اليوم», or a mark. Matched on the text as printed: the Persian letters normalize_line writes for
# Arabic's ي and ك would be no spelling of an Arabic name.
_AR_OUTLET = r"(?:وكالة|وکالة|صحيفة|صحیفة|جريدة|جریدة|قناة|موقع|إذاعة|شبكة|شبکة|تلفزيون|تلفزیون)"
_AR_NAME_END = r"(?=\s+(?:في|فی|أن|إن|بأن|عن|اليوم|الیوم|أمس|مساء|صباح)(?:\s|$)|\s*[،,.:؛()]|\s*$)"
ARABIC_ATTRIBUTION = re.compile(
    r"(?:(?:أفاد|أفادت|ذكر|ذكرت|ذکر|ذکرت|قال|قالت|أورد|أوردت|نقل|نقلت)\s+(?:مراسل|مراسلة)\s+"
    r"|(?:أفادت|ذكرت|ذکرت|أوردت|نقلت)\s+"
    r"|نقل(?:اً|ًا|ا)\s+عن\s+|حسبما\s+(?:نقلته|نقلت|ذكرته|ذکرته|ذكرت|أوردته|أفادت\s+به)\s+)"
    rf"(?P<src>{_AR_OUTLET}(?:\s+[^\s،,.:؛()«»]+){{1,5}}?){_AR_NAME_END}")


def arabic_attribution(text: str) -> str | None:
    """The outlet an Arabic text says its story comes from (ARABIC_ATTRIBUTION), as printed."""
    m = ARABIC_ATTRIBUTION.search(text)
    return m.group("src") if m else None


# A paper's piece an agency republishes, opening the text: «روزنامه اعتماد نوشت: …», «هفته‌نامه نمونه در
# گزارشی نوشت: …» (the paper is the source). Only an outlet's word opens the name: «وزیر نوشت» is a speaker.
OUTLET_WROTE = re.compile(
    r"^(?P<src>(?:روزنامه|هفته[\s\u200c]?نامه|ماهنامه|دوهفته[\s\u200c]?نامه|نشریه|مجله|روزنامه[\s\u200c]?ی)"
    r"(?:\s[^\s،,:؛]+){1,3}?)\s+(?:(?:در|طی)\s(?:گزارشی|یادداشتی|مطلبی|سرمقاله|تحلیلی|شماره)(?:\s[^\s،,:؛]+){0,3}?\s+)?"
    r"(?:نوشت|نوشته\sاست)\s*[:：]")


def attribution(text: str) -> str | None:
    """The agency after «به گزارش» / «به نقل از» (or Pashto's and Sorani's phrases for «by the
    report of», Azerbaijani's and Uzbek's for «… reports»), or a leading dateline's agency, or the
    paper a republished piece opens by naming («روزنامه اعتماد نوشت: …»)."""
    if "نوشت" in text and (wrote := OUTLET_WROTE.match(text)):
        return wrote.group("src")
    if ("گروه" in text or "سرویس" in text or "میز" in text) and (desk := OUTLET_DESK_OPENING.match(text)):
        return desk.group("src")
    if "گزارش" not in text and "نقل" not in text:
        # the words every Persian match holds: no scan of a text without them (an English page)
        return next((m.group("src") for word, pattern in _OTHER_ATTRIBUTIONS
                     if word in text and (m := pattern.search(text))), None)
    m = ATTRIBUTION.search(text)
    if m:
        src = _agency(_unquoted(m.group("src")))
        if src and len(src.split()) <= MAX_ATTRIBUTION_WORDS:
            return src
    m = OUTLET_REPORTS.match(text)
    return m.group("src") if m else None


# «به گزارش خبرنگار سیاسی خبرگزاری نمونه از تبریز، …»: who reports is the agency, not its desk or
# reporter, nor the place the report comes from. What names a desk or a reporter, opening the phrase:
_DESK_WORDS = frozenset({"خبرنگار", "گروه", "سرویس", "حوزه", "تحریریه", "میز", "دبیرخانه"})
# … and the words an outlet's name opens with, where the desk's words end:
_OUTLET_NAME_WORDS = (r"(?:خبرگزاری|باشگاه خبرنگاران|پایگاه|روزنامه|هفته[\s\u200c]?نامه|ماهنامه|شبکه|رادیو|تلویزیون|"
                      r"وب[\s\u200c]?سایت|سایت|نشریه|مجله|روابط عمومی)")
_OUTLET_START = re.compile(rf"(?:^|\s)(?={_OUTLET_NAME_WORDS}(?:\s|$))")
# An Afghan agency's opening: «آژانس خبری آسمایی گزارش می‌دهد، …» (the outlet reports that …), an
# outlet's word opening its name.
OUTLET_REPORTS = re.compile(rf"^(?P<src>(?:آژانس|{_OUTLET_NAME_WORDS})(?:\s[^\s،,:؛]+){{1,4}}?)\s+گزارش\s+"
                            r"(?:می[\s\u200c]?دهد|داده\s+است|داد)(?:\s*[،,]|\s+که)")
# A Persian agency's opening, its own name and desk before a colon: «خبرگزاری نمونه، گروه سیاست: …».
OUTLET_DESK_OPENING = re.compile(rf"^(?P<src>{_OUTLET_NAME_WORDS}(?:\s[^\s،,:؛]+){{1,3}}?)\s*[،,]\s*"
                                 r"(?:گروه|سرویس|میز)\s[^:：\n]{1,30}[:：]")
_CITED = re.compile(rf"\s(?:{_BY_REPORT})\s+")
# The words a person or an office cited opens with («به نقل از سخنگوی …», «… از یک مقام آگاه»): the
# report's outlet is the one before.
_A_PERSON = frozenset({"سخنگوی", "سخنگو", "یک", "وزیر", "رئیس", "معاون", "مدیر", "مدیرکل", "مقام", "مقامات",
                       "منابع", "منبع", "کارشناس", "نماینده", "دبیر", "فرمانده", "استاندار", "فرماندار",
                       "شهردار", "دیپلمات", "آقای", "خانم", "دکتر", "مشاور", "عضو", "سفیر"})
_OWN_REPORTER = frozenset({"ما", "اعزامی"})  # «خبرنگار ما»: the site's own
MAX_OUTLET_WORDS = 3  # an outlet's name after its desk's words, where no outlet word opens it
# A desk's beat, between the desk word and an outlet's one-word name («گروه سیاسی ایرنا»).
_BEATS = frozenset({"سیاسی", "اقتصادی", "اجتماعی", "فرهنگی", "ورزشی", "بین‌الملل", "بین الملل", "علمی",
                    "استان‌ها", "استانها", "پارلمانی", "دفاعی", "حقوقی", "قضایی", "هنری", "جامعه", "سلامت",
                    "خبری", "عکس", "فناوری", "دانشگاهی", "آموزشی", "محیط", "زیست", "شهری", "استانی",
                    "بین‌المللی", "دیپلماسی", "مجلس", "انرژی", "بهداشت", "درمان", "کارگری", "دینی", "مذهبی"})


_RELATIVE_CLAUSE = re.compile(r"\sکه(?:\s|$)")
_PLACE_AFTER = re.compile(r"\s(?:از|به|در)\s")  # «… از سنندج», «… به پاریس», «… در اصفهان»


def _agency(src: str) -> str:
    """The outlet an attribution phrase names: the one cited where a report cites another («رصدنامه
    به نقل از خبرگزاری نمونه» → خبرگزاری نمونه), without the place it reports from («… از سنندج»)
    or the desk or reporter before its name («خبرنگار اقتصادی خبرگزاری نمونه», «خبرنگار ایرنا» → the
    outlet), or a clause after it («… که گزارش را منتشر کرده»); a desk of no outlet named stays as
    printed («خبرنگار ما»)."""
    # (the last outlet of the chain: «… به نقل از سخنگوی وزارت …» cites a person, no outlet)
    src = next((part for part in reversed(_CITED.split(src)) if part.partition(" ")[0] not in _A_PERSON), src)
    # (nor the clause that says what it did: «روزنامه نمونه که آمار را بررسی کرده» → the paper)
    # (nor where its reporter was sent: «خبرنگار اعزامی خبرگزاری نمونه به پاریس»)
    src = _RELATIVE_CLAUSE.split(_PLACE_AFTER.split(src, maxsplit=1)[0], maxsplit=1)[0].strip()
    words = src.split()
    if len(words) < 2 or words[0] not in _DESK_WORDS:
        return src
    starts = list(_OUTLET_START.finditer(src, len(words[0])))
    if starts:
        # a desk named for a medium before the agency («گروه رادیو و تلویزیون خبرگزاری نمونه»)
        agency = [m for m in starts[1:] if src.startswith("خبرگزاری", m.end())]
        return src[(agency[-1] if agency else starts[0]).end():].strip()
    at = 0  # past the desk's words and beats («حوزه» and the beat it names): the outlet's name
    while at < len(words) and (words[at] in _DESK_WORDS or words[at] in _BEATS):
        at += 2 if words[at] == "حوزه" else 1
    name = words[at:]
    if name and name[0] not in _OWN_REPORTER and len(name) <= MAX_OUTLET_WORDS:
        return " ".join(name)  # «خبرنگار ایرنا», «گروه سیاسی پیام ایران»
    return src


def source_line(line: str, closing: bool = False) -> str | None:
    """The source a «منبع: …» line names; None for another line, and for a link or a sentence
    (more than MAX_ATTRIBUTION_WORDS words) after the label. ``closing``: the line closes the text,
    where "Source: …", «Извор: …», «المصدر: …» name the story's source too."""
    m = SOURCE_LINE.match(line) if line.startswith("منبع") else None  # the test a body's every line takes
    if m is None and closing:
        m = CLOSING_SOURCE_LINE.match(line)
    if not m:
        return None
    src = _unquoted(_SOURCE_END.split(m.group("src"), maxsplit=1)[0])  # «منبع: روزنامه شرق، ۲۳ مرداد»
    if not src or "://" in src or src.startswith("www.") or len(src.split()) > MAX_ATTRIBUTION_WORDS:
        return None
    return src


def _unquoted(src: str) -> str:
    """Quoted names like «به گزارش "ورزش سه"،» keep only the inside."""
    return " ".join(w.strip(_QUOTES) for w in src.split() if w.strip(_QUOTES))


def dateline_source(text: str, persian: bool = True) -> str | None:
    """The agency a dateline opening the text names: «پیام ملّت–» → پیام ملّت, «ایسنا/کرمان» → ایسنا, and
    from a city and an agency both ended by dashes or the agency in brackets, the agency: «تهران- ایرنا-»
    and «کابل (پژواک):» → ایرنا, پژواک; a city and the agency's dotted initials, «آنکارا/آ.آ» → آ.آ; an
    English dateline's agency in brackets, "TEHRAN, Feb. 18 (Kavosh) –" → Kavosh; a CIS agency's between
    slashes, "МОСКВА, 5 ноября. /ТАСС/." → ТАСС; a German one's in brackets after the place as written,
    "Berlin (dpa) - …" → dpa; a Korean one's after the place and "=", "(서울=연합뉴스) …" → 연합뉴스. A desk
    of the site's own and its beat («گروه اقتصادی -», «سرویس ورزشی /») name none. A name alone before a
    dash («پیام ملّت–») is read on a Persian page only (``persian``): an Arabic, Kurdish or Urdu page's
    «الجزائر -», «سلێمانی -» is its city."""
    m = (CITY_AGENCY_DATELINE.match(text) or CITY_PAREN_DATELINE.match(text) or CITY_INITIALS_DATELINE.match(text)
         or CITY_SPELLED_DATELINE.match(text) or (persian and DATELINE.match(text)) or LATIN_DATELINE.match(text))
    if not m and (slashed := SLASHED_DATELINE.match(text)) and slashed["city"].isupper():
        m = slashed
    if not m:
        m = DASHED_DATELINE.match(text)
    if not m:
        m = PLACE_AGENCY_DATELINE.match(text) or EQUALS_DATELINE.match(text) or DATED_PLACE_DATELINE.match(text)
    if not m and (caps := CAPITALS_DATELINE.match(text)) and caps["city"].isupper() and caps["src"].isupper():
        m = caps
    if not m and not persian:
        m = PLACE_PAREN_DATELINE.match(text)
    if not m:
        return None
    src = m.group("src").strip().rstrip(".")  # «آ.آ.» and «آ.آ» name one agency
    words = src.split()
    if words and words[0] in _DESK_WORDS and all(w in _DESK_WORDS or w in _BEATS for w in words):
        return None  # «گروه اقتصادی -»: the site's own desk, no source
    return src if 1 <= len(words) <= 4 else None


# The note a breaking story carries while its text grows: «این خبر در حال تکمیل است», «خبر تکمیل
# می‌شود». The line alone: a sentence about completing something else goes on in words.
DEVELOPING_NOTE = re.compile(r"^[(\[]?(?:این\s)?خبر\s(?:در\s?حال\s)?تکمیل\s?(?:است|می[\s\u200c]?شود)?[\s.!…)\]]*$")


# A machine-written summary's label and note over the text («خلاصه هوش مصنوعی», "AI summary: key
# points", «این خلاصه به‌صورت خودکار تولید شده …», "AI-generated summary, reviewed by the newsroom").
AI_SUMMARY_LINE = re.compile(
    r"^(?:خلاصه\s(?:هوش\sمصنوعی|هوشمند)|خلاصه\s(?:این\s)?(?:خبر|مطلب)\s(?:با|توسط)\sهوش\sمصنوعی|"
    r"این\sخلاصه\s(?:به[\s\u200c]?صورت\sخودکار|(?:توسط|با)\sهوش\sمصنوعی).{0,120}|"
    r"ai[\s-]?(?:generated\s)?summary(?:\s*[:：]\s*.{0,40})?(?:,.{0,60})?|(?:summary|key points)\s*\(ai\)|"
    r"this summary (?:was|is|has been) (?:ai-?generated|generated by ai|automatically generated).{0,120})$",
    re.IGNORECASE)


def is_boilerplate_line(line: str) -> bool:
    """Lines that never belong to a body: ID lines, comment-form labels, read-more headers, a
    breaking story's «در حال تکمیل» note, a machine-written summary's label and note."""
    return bool(ID_LABEL_ONLY.match(line) or COMMENT_FORM.match(line) or READ_MORE.match(line)
                or DEVELOPING_NOTE.match(line) or AI_SUMMARY_LINE.match(line))


def is_meta_line(line: str) -> bool:
    """A short line of article metadata (views, reading time, byline, a date), not text: dropped
    where the body opens."""
    line = unify_letters(line)  # «بازديد», as an Arabic keyboard types it, too
    if "|" in line and all(map(is_meta_line, parts := [p for p in line.split("|") if p.strip()])) and parts:
        return True  # "Updated … | Published …": meta lines set side by side, as long as a sentence together
    n_words = count_words(line, by_space=True)  # a clause of Chinese or Thai is one space-free token
    if n_words > MAX_META_TOKENS or (n_words > MAX_META_WORDS and len(_LETTERED_WORD.findall(line)) > MAX_META_WORDS):
        return False
    if META_LABEL.search(line) or LATIN_DATE_LINE.match(line):
        return True
    # "By January, the park will open." opens a sentence: bylines and date lines do not end like one.
    if line.rstrip().endswith(CLOSES_SENTENCE):
        return False
    if n_words <= MAX_BYLINE_WORDS and BYLINE.match(line):
        return True
    if n_words <= MAX_BYLINE_WORDS + 2 and YEAR_AND_CLOCK.search(to_ascii_digits(line)):
        # a date and time in any language and digits («sexta-feira, 22 de outubro de 2010 às 20:13»,
        # «١ سپتامبر ٢٠٢٣ - ١٩:١٢»)
        return True
    if n_words <= MAX_CLOCK_LINE_WORDS and CLOCK.search(line):
        return True  # a time stamp, perhaps with its day's name ("Today, 17:40")
    if find_date(line) is not None:
        return True  # a Jalali date (a dateline opening a paragraph runs on)
    # a Persian page's Gregorian date («۱ سپتامبر ۲۰۲۳», «۲۰۲۳/۰۹/۰۱»)
    return ARABIC_CHAR.search(line) is not None and find_gregorian_date(line) is not None


# The writer's role or employer, printed on a line of its own under the byline («بی‌بی‌سی فارسی»,
# "Senior Correspondent"): at most this many words.
MAX_ROLE_LINE_WORDS = 4


def is_byline_role(line: str) -> bool:
    """A short line of a few words with no digit, colon or sentence end: what a template prints under
    a byline (the writer's role or employer). Read only right after a byline the text opens with."""
    return (count_words(line) <= MAX_ROLE_LINE_WORDS and not any(ch.isdigit() for ch in line)
            and ":" not in line and not line.rstrip().endswith(CLOSES_SENTENCE))


def opens_other_stories(line: str) -> bool:
    """A heading over a list of other stories («بیشتر بخوانید», "More … Stories"): the linked lines
    right after it are that list."""
    return READ_MORE.match(line) is not None or (len(line) <= 120 and OTHER_STORIES_HEADING.match(line) is not None)


def is_closing_credit(line: str) -> bool:
    """A Persian credit line closing the text: «ترجمه: سارا احمدی», «تنظیم: علی کریمی», «گزارش: …»
    (a label and its colon, then a name or two: at most MAX_CREDIT_NAME_WORDS words, no sentence
    end): who wrote, translated or compiled it. An interview's last line «خبرنگار: از وقتی که
    گذاشتید سپاسگزاریم» says more than a name."""
    m = BYLINE.match(line)
    # a Persian label (an English byline closes no text here), and no sentence end
    if m is None or ARABIC_CHAR.search(line[:12]) is None or line.rstrip().endswith(CLOSES_SENTENCE):
        return False
    names = line[m.end():].split()
    return len(names) <= MAX_CREDIT_NAME_WORDS and _SENTENCE_WORDS.isdisjoint(names)


# A newspaper's note of where the story was printed, closing its text online: «این مطلب در صفحه ۹
# روزنامه … شماره ۴۲۱۷ منتشر شده است», «این یادداشت پیش از این در هفته‌نامه … چاپ شد», «… به چاپ رسیده است».
PRINT_NOTE = re.compile(
    r"^این\s(?:مطلب|گزارش|یادداشت|خبر|مقاله|ستون|گفت[\s\u200c]?و[\s\u200c]?گو)\s(?:پیش\sاز\sاین\s|امروز\s)?"
    r"در\s(?:صفحه\s[0-9۰-۹]+\s)?(?:روزنامه|هفته[\s\u200c]?نامه|ماهنامه|نشریه|شماره).{0,100}?"
    r"(?:(?:منتشر|چاپ)[\s\u200c]?(?:شده[\s\u200c]?(?:است)?|شد)|به\sچاپ\sرسیده(?:\sاست)?)\s?[.]?$")


def is_print_note(line: str) -> bool:
    return len(line) <= 200 and PRINT_NOTE.match(line) is not None


MAX_CREDIT_NAME_WORDS = 5  # two names joined by «و»
# Words a sentence holds and names do not («از وقتی که گذاشتید سپاسگزاریم»).
_SENTENCE_WORDS = frozenset({"از", "که", "را", "به", "در", "با", "این", "آن", "برای", "است", "بود", "شد"})


def is_author_bio(line: str) -> bool:
    """The writer's short bio ("Sara Karimi is a reporter for …"): read only where it closes the text,
    since the same words inside a story are news about that person."""
    return len(line.split()) <= MAX_BIO_WORDS and AUTHOR_BIO.match(line.strip()) is not None
