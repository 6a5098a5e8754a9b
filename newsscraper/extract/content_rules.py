"""The main-content finder's rules, as data: each named after what it recognises.

Nothing here names a particular site: the hints are the words CMSs of every kind use for their
article text and their furniture (English, and the transliterated Persian ones such as `matn`).
The finder (content.py) reads these tables; tuning the finder means editing them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Hint:
    """A class/id pattern and the score it adds to a candidate block (or subtracts)."""

    name: str
    pattern: re.Pattern[str]
    weight: float


# Class and id words of the element that holds an article's text.
# A class naming a subscription box (`subscribe`, `subscribe-box`), not the paywalled part of the text
# itself, which TownNews BLOX names `subscriber-only` / `subscriber-preview`.
SUBSCRIBE_CLASS = r"subscribe(?!r-(?:only|preview|content))"
CAPTION_CLASS = re.compile(r"caption|credit")  # a picture's caption or credit line, by its class or id
CLASS_HINTS = (
    Hint("article text container", re.compile(
        r"article|body|content|entry|hentry|post|story|text|matn|news-?text|main|blog|single|detail|"
        r"prose|rich-?text|markdown|wysiwyg|copy"), 25),
    # (and the Persian CMS words: «نظرات» nazarat, «دیدگاه» didgah)
    Hint("comments", re.compile(r"comment|disqus|respond|reply|replies|discuss|nazar|didgah"), -40),
    Hint("related or recommended stories", re.compile(
        r"related|recommend|more-?(?:news|stories|from)|also|popular|trending|most-?|latest|outbrain|"
        r"taboola|teaser|read-?next|up-?next|next-?post|prev-?post|"
        # «مرتبط» mortabet, «پربازدید» porbazdid, «آخرین» akharin
        r"mortabet|marbout|marboot|por-?bazdid|akharin"), -30),
    Hint("share, print and social buttons", re.compile(r"share|sharing|social|print|tools|toolbar|follow"), -25),
    Hint("page chrome", re.compile(
        r"footer|header|masthead|sidebar|side-?bar|menu|nav|breadcrumb|banner|skip|widget|rail|aside|"
        r"pagination|pager|copyright|cookie|gdpr|consent|login|signup|" + SUBSCRIBE_CLASS + r"|newsletter|"
        r"modal|popup|donat"), -25),
    Hint("tags and meta lines", re.compile(r"(?:^|[-_ ])(?:tags?|meta|dateline|date|time)(?:$|[-_ ])"), -10),
    Hint("author box and byline", re.compile(r"author|byline|(?:^|[-_ ])bio(?:$|[-_ ])"), -25),
    Hint("advertising", re.compile(r"(?:^|[-_ ])ads?(?:$|[-_ ])|advert|sponsor|promo|dfp|gpt-|adslot|ad-?unit|"
                                   r"tabligh"), -30),  # «تبلیغات» tablighat
    Hint("captions and credits", CAPTION_CLASS, -25),
    Hint("media", re.compile(r"gallery|slideshow|thumbnail|video|player|media"), -10),
)

# A candidate's score is multiplied by 1 + (sum of its hints' weights) / HINT_SCALE, at least
# MIN_HINT_FACTOR: +25 → x1.5, -25 → x0.5.
HINT_SCALE = 50
MIN_HINT_FACTOR = 0.1

# An element whose class/id names furniture is not scored, unless it also names article text
# (`main-content sidebar-left` on a wrapper): readability's "unlikely candidate" test.
UNLIKELY = re.compile(
    r"comment|disqus|footer|sidebar|side-?bar|menu|navbar|breadcrumb|related|recommend|share|social|"
    r"nazar|didgah|mortabet|tabligh|"  # the Persian CMS words for comments, related, ads
    r"sponsor|advert|banner|popup|modal|cookie|gdpr|newsletter|" + SUBSCRIBE_CLASS + r"|pagination|pager|"
    r"outbrain|taboola|disclaimer|footnotes|poll(?!ut|en|in)|survey|nazarsanji|"
    r"donate|donation|"
    r"most-?(?:read|popular|viewed)|trending|skip-?link|masthead|pager(?![a-z])")
MAYBE = re.compile(r"article|body|content|main|column|story|entry|matn|text")
# An id of this many words joined by hyphens, one of them a function word, is a heading's text made
# an anchor (docutils' sections, static-site generators: `sharing-with-a-single-developer`), not a
# template's name: it hints nothing, though a word in it (sharing, related, comment) names furniture.
SLUG_ID_MIN_WORDS = 5
SLUG_FUNCTION_WORDS = frozenset({"a", "an", "the", "and", "or", "of", "to", "in", "on", "with", "for", "into",
                                 "from", "is", "are", "how", "why", "what", "when"})

# A list of readers' comments told by its items' make (content._readers_comments): at least this many
# like items, this share of them comments, each with a name line of at most this many words, a date
# line and a text of at least this many words.
COMMENT_RUN = 3
COMMENT_SHARE = 2 / 3
COMMENT_NAME_WORDS = 3
COMMENT_TEXT_WORDS = 8
# A block opening with (or right after) a heading naming comments is the readers' thread, whatever
# its class: the finder takes the best candidate outside it (looking at this many candidates), and does
# not climb to an ancestor holding such a heading. Only the words a thread's heading uses: "Public
# comments" as a subheading of a story is no thread.
COMMENTS_HEADING = re.compile(
    r"^(?:\(?[0-9۰-۹]+\)?\s+)?(?:(?:top|most|best|highest)[- ]rated |readers?['’]? |user |latest |recent |all |"
    r"show |view |join the |add a |post a |your )?(?:comments?|responses|replies|discussion|leave a (?:comment|reply)|"
    r"kommentare|commentaires|comentarios|comentários|commenti|reacties|komentarze|комментарии|отзывы|"
    r"komentar|yorumlar|تعليقات|"
    # «نظرات», «نظرات کاربران», «دیدگاه‌های شما», «دیدگاه کاربران», «ارسال نظر», «نظر شما»; «نظر» and
    # «دیدگاه» alone name an opinion column (its label over a columnist's piece), and only with a
    # count («۳ نظر», «۲ دیدگاه», the last line) the readers'.
    r"(?:نظرات|دیدگاه[\u200c ]?های?)(?:\s+(?:کاربران|شما|خوانندگان|مخاطبان|بینندگان|بازدیدکنندگان))?|"
    r"دیدگاه\s+(?:کاربران|شما|خوانندگان|مخاطبان|بینندگان|بازدیدکنندگان)|دیدگاه(?=\s*\(?[0-9۰-۹])|"
    r"ارسال\s+نظر|نظر\s+شما)"
    r"(?:\s*\(?[0-9۰-۹]+\)?)?\s*[:.]?$"
    r"|^\(?[0-9۰-۹]+\)?\s+(?:نظر|دیدگاه)\s*[:.]?$",
    re.IGNORECASE)
THREAD_CANDIDATES = 50

# When the blocks found with the class tests above hold less text than this, the page's wrapper
# must have named furniture (`has-sidebar`): score again with tag tests only (readability's retry).
RETRY_BELOW_CHARS = 500

# Tags that never hold article text, and tags whose subtree is page chrome.
IGNORED_TAGS = frozenset({
    "script", "style", "noscript", "template", "svg", "iframe", "select", "button", "textarea", "input",
    "head", "object", "embed", "canvas", "map", "option", "label",
})
CHROME_TAGS = frozenset({"nav", "footer", "aside", "header"})

# Where a paragraph's score is credited: its own element when that element is a container (text
# between <br>s in a <div>), else its parent; the score decays up the ancestors.
CONTAINER_TAGS = frozenset({"div", "section", "article", "main", "td", "center", "body", "font", "span", "dd"})
ANCESTOR_SHARES = (1.0, 0.5, 1 / 6, 1 / 9)

# The starting score of a candidate by its tag (readability's initial weights).
TAG_SCORES = {
    "div": 5, "article": 8, "main": 5, "section": 2, "pre": 3, "td": 3, "blockquote": 3,
    "ol": -3, "ul": -3, "dl": -3, "li": -3, "form": -3, "address": -3,
    "h1": -5, "h2": -5, "h3": -5, "h4": -5, "h5": -5, "h6": -5, "th": -5,
}
# Markup that names the article's text outright: a candidate holding it is preferred.
ARTICLE_BODY_MARKS = ("articleBody", "article-body", "article__body")

# A paragraph's own score: 1, plus one per clause mark (in prose only), plus one per 100 characters
# up to three; a paragraph shorter than this is not scored.
MIN_PARAGRAPH_CHARS = 25
# A paragraph cut off with an ellipsis is a teaser's excerpt (a list of other stories, each opening
# shown and cut): it scores this share.
EXCERPT_ENDS = ("...", "…", "[…]", "[...]")
# A line ending so (white space after it too): an auto-excerpt, a teaser of the text, never a lead.
EXCERPT_END = re.compile("(?:" + "|".join(map(re.escape, EXCERPT_ENDS)) + r")\s*$")
EXCERPT_FACTOR = 0.5
# Prose printed before the article's headline (teaser strips, a sidebar first in the source) weighs less.
BEFORE_HEADLINE_FACTOR = 0.5
# Headings title a text; they are not its prose.
UNSCORED_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "th", "dt"})
# Latin and Persian marks, Urdu's full stop and the Devanagari danda, and the ideographic marks
# Chinese and Japanese write (full-width comma, enumeration comma, full stop, corner quotes).
CLAUSE_MARKS = ",،;؛.!?؟:«»\"“”۔।。，、；：！？「」"
# Prose has function words; a run of names, labels or headlines has few (and scores NOT_PROSE_FACTOR
# times its length, its marks uncounted).
MIN_STOPWORDS = 3
MIN_STOPWORD_SHARE = 0.12
NOT_PROSE_FACTOR = 0.4
# Of the marks, these end a sentence: they count in text that does not read as prose too (a language
# with no list here), unlike the commas and colons of label and data lines.
SENTENCE_ENDS = ".!?؟۔।。！？"
# The last character of a line that closes a sentence (closing quotes too): what a label, a byline
# or a date line does not end with.
CLOSES_SENTENCE = (*SENTENCE_ENDS, "»", "”")
# Scripts whose words are no tokens of their own: Chinese, Japanese, Thai, Lao, Khmer and Myanmar
# put no space between words, Korean joins its particles to the word. A paragraph at least
# UNSPACED_SHARE in them is prose by its punctuation instead: a sentence end, and a clause mark per
# UNSPACED_CHARS_PER_MARK characters (a headline or a label has neither). Thai and Lao end clauses
# and sentences with a space, so there a space is the mark.
# Han ideographs (with the iteration marks 々〆〇 and the extension planes) and kana, full and half width.
CJK_CHARS = "\u3005-\u3007\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f\U00020000-\U000323af"
# Thai and Lao, Myanmar, Khmer: their vowel signs and tone marks are code points of their own.
SEA_CHARS = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"
HANGUL_CHARS = "\uac00-\ud7a3"
UNSPACED_SCRIPT = re.compile(f"[{SEA_CHARS}{CJK_CHARS}{HANGUL_CHARS}]")
SPACE_MARKED_SCRIPT = re.compile("[\u0e00-\u0eff]")
UNSPACED_SENTENCE_END = re.compile("[.!?。！？．｡။។៕]")
UNSPACED_CLAUSE_MARK = re.compile("[,;:.!?。，、；：！？「」．｡၊။។៕]")
UNSPACED_SHARE = 0.5
UNSPACED_CHARS_PER_MARK = 60
# Counting words (wordcount.count_words) where no space parts them: every word threshold of the
# article/listing decision and the fields means the same amount of text in every script, so a run of
# these characters counts one word per so many characters. Translators reckon 1,000 English words
# come to 1,300-1,800 Chinese characters and estimate Japanese as characters / 2 to 2.5: 2 for both.
# Thai is billed at 0.25 words a character (4 code points a word, vowel signs and tone marks being
# code points of their own); Lao, Khmer and Myanmar write the same way and take Thai's figure.
# Korean puts spaces between its words and counts as spaced text.
CJK_CHARS_PER_WORD = 2
SEA_CHARS_PER_WORD = 4

# Sibling merging (goose3 / readability): a sibling of the best block that continues the text.
SIBLING_SHARE = 0.2          # a sibling scoring at least this share of the best block joins it
SIBLING_MIN_SCORE = 10.0
SIBLING_PARAGRAPH_CHARS = 80  # an unscored sibling paragraph this long with few links joins too
SIBLING_MAX_LINK_DENSITY = 0.25

# Climbing from the best block to an ancestor that holds at least CLIMB_GROWTH times its prose
# (looking up to CLIMB_LEVELS levels), when what the ancestor adds is at most CLIMB_LINKS links.
CLIMB_GROWTH = 1.5
CLIMB_LEVELS = 4
CLIMB_LINKS = 0.15

# Cleaning inside the chosen block: a sub-block whose text is mostly links (a related list, a
# tag cloud, share buttons) goes, unless it holds real prose.
LINK_LIST_DENSITY = 0.5
LINK_LIST_MAX_PROSE_CHARS = 200
# … but a <p> holding this many characters outside its links is a sentence, not a link list.
PARAGRAPH_PROSE_CHARS = 80
# … nor is a shorter one whose sentence runs on for this many plain words after a link and ends.
SENTENCE_AFTER_LINK_WORDS = 3
# … nor one whose link's text is the address itself, printed for the reader (a source, a reference, an
# account's handle, an e-mail address).
PRINTED_ADDRESS = re.compile(r"(?:https?://|www\.)\S+$|@[\w.]+$|[\w.+-]+@[\w-]+\.[\w.]+$", re.IGNORECASE)
# … or opens with this many plain words before its first link, not ending like a label ("Read more:").
SENTENCE_BEFORE_LINK_WORDS = 5
LABEL_ENDS = (":", "：", "-", "–", "—", "|", "»", "›", ">")
# A sub-block with a furniture hint goes only when it holds less than this share of the text.
FURNITURE_MAX_SHARE = 0.2
# A sub-block holding at least this share of the chosen block's non-link text is the text itself.
SPINE_SHARE = 0.5
# Lines of the chosen text that are mostly a link, this many in a row: a link list, dropped.
LINK_LINE_DENSITY = 0.6
LINK_LINE_RUN = 3

# A box in the text that opens by asking the reader to subscribe or sign in to read on (a paywall's
# prompt, its plans and buttons below): none of it is the story's. A paywall's class is no sign: The
# Hindu's and Gannett's `paywall` blocks hold the rest of the story's text.
SUBSCRIPTION_CALL = re.compile(
    r"^(?:برای (?:ادامه|خواندن)(?: (?:مطالعه|خواندن))?(?: (?:این|کامل)(?: (?:مطلب|خبر|گزارش|یادداشت))?)?"
    r"(?: باید)?[\s،,]*(?:عضو|مشترک|وارد) (?:شوید|شده|سایت)|اشتراک (?:بخرید|تهیه کنید)|"
    r"(?:subscribe|sign in|log in|register|become a (?:member|subscriber)) to (?:continue|keep) reading|"
    # "Register to read more", "Sign in to read the full article", "Subscribe now to read on"
    r"(?:subscribe|sign in|log in|register|sign up)(?: now| for free)? to read "
    r"(?:more|on|the (?:full|rest of the|whole|entire) (?:article|story))\b|"
    r"to (?:continue|keep) reading,? (?:subscribe|sign in|log in|register|become)|"
    r"this (?:article|story|content) is (?:only )?(?:for|available to|exclusive to|reserved for) "
    r"(?:paying )?(?:subscribers|members)|"
    r"(?:pour lire la suite|cet article est réservé aux abonnés)|"
    r"(?:para seguir leyendo|suscríbete para seguir leyendo)|(?:weiterlesen mit|jetzt (?:weiterlesen|abonnieren))|"
    r"(?:per continuare a leggere)|(?:чтобы продолжить чтение))",
    re.IGNORECASE)
SUBSCRIPTION_PROMPT_MAX_WORDS = 80  # the call, a line of why, plans and buttons: a longer block holds text

# A short paragraph that asks the reader to subscribe, sign up or follow a channel: a promotion.
PROMO_MAX_CHARS = 300
# "Sign up" only opens the call or names "our"/"the" list: inside a sentence of the story («the
# company continued to sign up subscribers») it is text.
PROMO = re.compile(
    r"\b(?:subscribe|newsletters?|click here|follow us)\b|^(?:sign up|join us)\b|\bsign up (?:for|to) (?:our|the|us)\b|"
    r"\bfollow (?:[\w@().'’-]+ ){0,6}on (?:facebook|twitter|x|instagram|telegram|linkedin|youtube)\b|"
    r"\bshare (?:it|this(?: story| article)?) with (?:a )?friends?\b|"
    # a newsletter pitch: "… delivered to your inbox", "… in your inbox. The news, delivered every morning."
    r"\b(?:delivered|sent)\b.{0,40}\byour inbox\b|\byour inbox\b.{0,60}\bdelivered\b|"
    # «کانال تلگرام … را دنبال کنید», «ما را در شبکه‌های اجتماعی دنبال کنید»: «ما را» is "us"
    r"(?:کانال|صفحه|پیج|اینستاگرام|تلگرام|ایتا|بله|روبیکا|سروش|واتساپ|توییتر|یوتیوب|آپارات|"
    r"شبکه[\u200c ]?های اجتماعی|ما را)[^.]{0,60}(?:بپیوندید|عضو شوید|دنبال کنید)",
    re.IGNORECASE,
)

# A word every PROMO match holds (lower-cased): the cheap test before the search.
PROMO_WORDS = ("subscri", "newsletter", "click here", "follow", "sign up", "join us", "share", "your inbox",
               "بپیوندید", "عضو شوید", "دنبال کنید")

# An opinion page's disclaimer: the views are the writer's, not necessarily the paper's («یادداشت‌ها لزوماً
# بیانگر دیدگاه روزنامه نیست», "… do not necessarily reflect the views of …"): the site's line, not the text.
VIEWS_DISCLAIMER = re.compile(
    r"لزوما[ًٌ]?\s(?:بیانگر|منعکس[\s\u200c]?کننده|نشان[\s\u200c]?دهنده|مبین|بازتاب[\s\u200c]?دهنده)\s"
    r"(?:دیدگاه|نظر|موضع|مواضع)|"
    r"\b(?:do|does) not necessarily (?:reflect|represent|express)\b|"
    r"\bne (?:reflètent|représentent|reflète|représente) pas (?:nécessairement|forcément)\b|"
    r"\bno (?:reflejan?|representan?) necesariamente\b|"
    r"\b(?:geben|gibt) nicht (?:zwingend|notwendigerweise|unbedingt) die (?:Meinung|Ansicht)", re.IGNORECASE)
# A word every VIEWS_DISCLAIMER match holds (lower-cased): the cheap test before the search. A disclaimer
# is a line of up to PROMO_MAX_CHARS: a paragraph of the text arguing so is longer.
DISCLAIMER_WORDS = ("لزوما", "necessar", "nécessairement", "forcément", "zwingend", "notwendigerweise", "unbedingt")

# A CMS shortcode printed raw ([button link=…]Send us…[/button], [gallery ids=…]): markup, not text.
SHORTCODE_LINE = re.compile(r"^\[([a-z][\w-]*)(?:\s[^\]]*)?\].*\[/\1\]$|^\[[a-z][\w-]*(?:\s[^\]]*)?/?\]$",
                            re.IGNORECASE)

# A script statement printed as text (a video player's or an ad slot's call a template left outside
# its <script>: `player_init("abc", {autoplay: false});`, `googletag.cmd.push(function() {…});`): a
# dotted name, its call, and the statement's semicolon, nothing after.
CODE_LINE = re.compile(r"^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*\(.*\)\s*;$")

# A wire story's credit line: "(Reporting by …; Editing by …)", "Additional reporting by …",
# "… contributed reporting from Hong Kong."
CREDIT_LINE = re.compile(r"^\(?(?:additional )?(?:reporting|writing|editing) by\b.{0,300}$"
                         r"|^[^.]{0,80}\bcontributed (?:reporting|research|to this (?:report|story|article))\b"
                         r"[^.]{0,80}\.?$",
                         re.IGNORECASE)
CREDIT_MAX_CHARS = 300
# Where the story appeared in print, a newspaper's note closing its web copy: «این مطلب در شماره ۴۱۲۳
# روزنامه …، صفحه ۶ منتشر شده است», "A version of this article appears in print on …, Section A, Page 6",
# "This article appeared in the … section of the print edition under the headline …", "This article
# appeared on page 8 of the paper's print edition, issue No. 7512".
PRINT_EDITION_NOTE = re.compile(
    r"^(?:این\s(?:مطلب|یادداشت|گزارش|خبر|مقاله|گفت[\u200c\s]?و[\u200c\s]?گو|گفتگو|متن|ستون)\s.{0,160}?"
    r"(?:شماره|روزنامه|هفته[\u200c\s]?نامه|ماهنامه|نشریه|نسخه\s(?:چاپی|کاغذی)).{0,160}?منتشر\s?شده(?:\sاست)?\.?"
    r"|(?:a version of )?this (?:article|story|piece|column|essay) (?:appears|appeared|was published) "
    r"(?:in (?:print|the print edition|the .{1,60}? (?:section|issue) of the print edition)"
    r"|on page \d{1,3} of .{1,60}?print edition).{0,240})$",
    re.IGNORECASE)
# A caption closed by its picture's credit in brackets: "… outside the hall (AP Photo/Name, File)",
# "… in June (Image: AGENCY)", "… (Photo by Name)".
PICTURE_CREDIT_END = re.compile(
    r"[(\[](?:[A-Z]{2,8}\s)?(?:image|photo|picture|pic|photograph|foto|фото|credit)s?\s*(?::|/|by\b)"
    r"[^()\[\]]{1,80}[)\]]\.?$", re.IGNORECASE)

# The heading of a list of other stories ("More Great WIRED Stories", "Related: …"): the linked
# lines after it are the list, not the text.
# Persian ones are whole lines only: «خبرهای دیگر», «سایر اخبار», «پربازدیدترین‌ها» (with or without
# the ZWNJ); the same words open sentences of running text («سایر اخبار حاکی است …»).
_J = "(?:\u200c| )?"  # a ZWNJ, a space or nothing between the parts of a compound
# A Persian template's toolbar and counters, each a line of its own: print, save, PDF, copied, report
# an error, favourites, back to top, newsletter, the app, the full text, read more, the tags label,
# a comment, view or like count, a rating, a relative time («۵ دقیقه پیش»).
_N = "[0-9۰-۹٠-٩]+"
_ZW = "[\u200c ]?"
PERSIAN_TOOLBAR = (
    rf"نسخه{_ZW}(?:ی)?{_ZW}(?:چاپی|قابل{_ZW}چاپ)|پرینت|ذخیره(?: (?:خبر|مطلب))?|"
    rf"(?:دریافت|دانلود)(?: فایل)? (?:pdf|پی{_ZW}دی{_ZW}اف)|"
    rf"کپی شد|گزارش (?:خطا|تخلف)|افزودن به (?:علاقه{_ZW}مندی{_ZW}ها|موردعلاقه{_ZW}ها)|"
    rf"(?:بازگشت|برو)(?: به)? (?:بالا|صفحه (?:اصلی|قبل))|بالا|بازگشت|(?:عضویت در )?خبرنامه|"
    rf"دانلود (?:اپلیکیشن|اپ|برنامه)(?: .{{0,30}})?|مشاهده (?:نسخه (?:اصلی|کامل|موبایل)|متن کامل(?: خبر)?)|"
    # «ادامه مطلب», and an ad slot's «ادامه مطلب در زیر» (the text goes on below it)
    rf"ادامه(?: (?:مطلب|خبر|مطالعه|گزارش))?(?: (?:در )?(?:زیر|پایین))?|"
    rf"متن کامل(?: خبر)?|بیشتر|برچسب{_ZW}ها|کلمات کلیدی|لایک|\+|"
    rf"(?:تعداد )?(?:نظرات|دیدگاه{_ZW}ها)\s*[:：]?\s*{_N}|{_N} (?:نظر|دیدگاه|بازدید|لایک)|"
    rf"(?:ثبت |ارسال )?نظر (?:دهید|بدهید|بگذارید)|امتیاز(?: دهید)?\s*[:：]?\s*[0-9۰-۹٠-٩.٫/]*|"
    rf"{_N} (?:ثانیه|دقیقه|ساعت|روز|هفته|ماه|سال) (?:پیش|قبل)|"
    # the page asking for the reader's view by mail («نظر خود را درباره این گزارش برای ما بنویسید: …@…»)
    rf"(?:نظر|نظرات|دیدگاه|دیدگاه{_ZW}های)(?: خود|تان)? را .{{0,40}}(?:برای ما|با ما) "
    rf"(?:بنویسید|بفرستید|ارسال کنید|در میان بگذارید)(?:\s*[:：].{{0,80}})?"
)
PERSIAN_OTHER_STORIES = (
    rf"(?:خبر{_J}های|اخبار|مطالب|گزارش{_J}های) ?(?:مرتبط|دیگر|پیشنهادی|برگزیده|داغ)|"
    rf"(?:سایر|آخرین|گزیده) (?:اخبار|خبرها|مطالب)|پیشنهاد ویژه|"
    # «دیگر مطالب این صفحه»: an old newspaper site's list of the printed page's other stories
    rf"دیگر (?:اخبار|خبرها|مطالب)(?: (?:این|همین) (?:صفحه|بخش|سرویس|گروه|شماره))?|"
    rf"(?:پربازدید|پربحث|داغ){_J}(?:ترین{_J}ها|ترین اخبار|ها)"
)
# The title of a site's own page, not a story: about, contact, terms, privacy, advertising, careers,
# site map, questions (in the matching form: letters unified; a ZWNJ or a space between words).
SITE_PAGE_TITLE = re.compile(
    rf"(?:درباره{_J}(?:ی\s)?ما|تماس\sبا\sما|ارتباط\sبا\sما|قوانین\sو\sمقررات|شرایط\s(?:و\sقوانین\s)?استفاده|"
    # (Dari says «پالیسی» for a policy)
    rf"(?:سیاست{_J}(?:های\s)?|پالیسی\s)?حفظ\sحریم\sخصوصی|(?:پالیسی\s)?حریم\sخصوصی|تبلیغات\sدر\s.{{1,20}}|آگهی{_J}ها|"
    rf"همکاری\sبا\sما|فرصت{_J}های\sشغلی|استخدام|نقشه{_J}(?:ی\s)?سایت|(?:سوالات|سؤالات|پرسش{_J}های)\sمتداول|"
    # the advertising rates, the feeds' list, and the service pages a news site keeps (prayer times,
    # the weather, the exchange rates): «تعرفه آگهی», «خبرخوان», «اوقات شرعی», «آب و هوا», «نرخ ارز»
    rf"تعرفه(?:{_J}های|ی)?\s(?:درج\s)?(?:آگهی|تبلیغات)(?:\s.{{1,20}})?|خبرخوان|آر\s?اس\s?اس|"
    # (a board of live rates: «نرخ لحظه‌ای ارز، طلا و سکه …», «قیمت لحظه‌ای …»)
    rf"(?:نرخ|قیمت){_J}لحظه{_J}ای(?:\s.{{1,50}})?|اوقات\sشرعی(?:\s.{{1,50}})?|(?:وضعیت\s|پیش{_J}بینی\s)?آب\sو\sهوا|نرخ\s(?:ارز|طلا\sو\sسکه)|"
    # … the channel's live stream, its polls, a newspaper issue's PDF, the readers' sign-in page
    rf"پخش\sزنده(?:\s.{{1,40}})?|جدول\sپخش(?:\s.{{1,60}})?|نظرسنجی(?:{_J}ها)?|"
    # its works of reference and its masthead («شناسنامه»: the licence, the editors)
    rf"دانشنامه|دانش{_J}نامه|واژه{_J}نامه|شناسنامه|نسخه\s(?:pdf|پی\s?دی\s?اف|الکترونیک|الکترونیکی)(?:\s.{{1,60}})?|"
    rf"ورود(?:\s?[/|]\s?|\sو\s|\sیا\s)(?:ثبت{_J}نام|عضویت)|ورود\sبه\s(?:حساب\sکاربری|سایت|سامانه)|ورود|ثبت{_J}نام|عضویت|"
    # the newsletter's sign-up page («عضویت در خبرنامه …», "Subscribe to our newsletter")
    rf"(?:عضویت\s(?:در\s)?)?خبرنامه(?:\s.{{1,30}})?|newsletter(?:\ssign[\s-]?up|\ssubscription)?|"
    r"(?:subscribe|sign\sup)\sto\s(?:our|the)\s(?:\S+\s){0,3}newsletters?|"
    r"about(?: us)?|contact(?: us)?|privacy(?: policy)?|terms(?: of (?:use|service))?|terms and conditions|"
    r"advertise(?: with us)?|advertising rates|rate card|rss(?: feeds?)?|prayer times|weather(?: forecast)?|"
    r"polls?|live(?: tv| stream)|watch live|log ?in|sign ?in|sign ?up|register|log ?in ?/ ?register|"
    r"careers|jobs|site ?map|faqs?|impressum|imprint|glossary|tv schedule)$",
    re.IGNORECASE,
)
# A page headed «درباره …», «شناسنامه …» or "About …" whose rest is the site's own name («درباره آوای
# شهر»): its about page, as «درباره ما» (the name is checked against the page's site names: core.is_article).
ABOUT_TITLE = re.compile(r"^(?:درباره|شناسنامه|about)\s+(?P<name>.{2,60})$", re.IGNORECASE)
# The heading a listing prints over its stories, not a story's headline: a tag's or keyword's page
# («برچسب: فضای سبز», «کلیدواژه: …», «اخبار مرتبط با …»), search results («نتایج جستجو برای …»), an
# archive («آرشیو اخبار», «آرشیو: …», WordPress's «بایگانی روزانه: …»), an author's or a category's page
# («نویسنده: …», «دسته: …»), «جستجو: …», "Tag: …", "Search: …", "Search results for …", "Daily Archives: …",
# "Author: …", «آخرین اخبار».
LISTING_HEADING = re.compile(
    rf"^(?:(?:برچسب|کلید{_J}واژه|کلیدواژه|تگ|هشتگ|موضوع|دسته|دسته{_J}بندی|نویسنده)\s?[:：]|"
    rf"(?:نتایج|نتیجه)\s(?:جستجو|جست{_J}و{_J}جو|جستجوی)|جستجو\sبرای\s|(?:جستجو|جست{_J}و{_J}جو)\s?[:：]|"
    rf"(?:آرشیو|بایگانی)(?:{_J}ها|{_J}های)?\s?(?:[:：]|(?:اخبار|خبرها|مطالب|روزانه|ماهانه|سالانه|روز|ماه|سال)(?![\w\u200c]))|"
    rf"(?:همه|تمام)\s(?:اخبار|مطالب|خبرها)\s|(?:اخبار|مطالب|خبرهای)\s(?:مرتبط\s)?با\s(?:برچسب|موضوع|کلید{_J}واژه)|"
    rf"(?:مطالب|نوشته{_J}های|یادداشت{_J}های|اخبار)\s(?:نویسنده|منتشرشده\sتوسط)\s|"
    r"(?:tag|tags|tagged|topic|keyword|category|author|search|(?:daily\s|monthly\s|yearly\s)?archives?)\s?[:：]|"
    r"search\sresults?\b|results\sfor\s|posts?\stagged\s|"
    r"all\s(?:news|stories|posts|articles)\b|"
    # a heading that is all of «آخرین اخبار», "Latest news" (a story's may open so: «آخرین اخبار از …»)
    rf"(?:آخرین|تازه{_J}ترین|جدیدترین)\s(?:اخبار|خبرها|مطالب)$|latest\s(?:news|stories|posts|articles)$|"
    # … or all of a most-read page's heading: «پربازدیدترین‌ها», "Most read", a ranking in other languages
    rf"(?:پربازدیدترین|پربحث{_J}ترین|پرخواننده{_J}ترین|پربیننده{_J}ترین)(?:{_J}ها|\s(?:اخبار|خبرها|مطالب)(?:\s.{{0,20}})?)?$|"
    r"most\s(?:read|viewed|popular|shared|commented)(?:\s(?:news|stories|articles|posts))?(?:\s.{0,20})?$|"
    r"(?:アクセス|人気記事)?ランキング$|排行榜$|많이\s본\s뉴스$|meistgelesen$|lo\smás\sleído$|"
    r"mais\slidas$|les\splus\slus$|самое\sчитаемое$|en\sçok\sokunanlar$|"
    # a newspaper issue's contents («فهرست مطالب شماره ۴۲۱۸», "In this issue"); the day's obituary
    # notices («آگهی‌های ترحیم و تسلیت»: several families' notices, no story); live scores' board
    rf"فهرست\s(?:مطالب|اخبار|عناوین)|table\sof\scontents|in\sthis\sissue\b|"
    rf"آگهی{_J}های\s(?:ترحیم|تسلیت|درگذشت)|نتایج\sزنده|live\sscores?\b|"
    # the readers' latest comments on the site's stories («آخرین نظرات کاربران», "Recent comments")
    rf"(?:آخرین|جدیدترین|تازه{_J}ترین)\s(?:نظرات|دیدگاه{_J}ها|نظر{_J}ها)(?:\s(?:کاربران|خوانندگان|مخاطبان))?$|"
    r"(?:latest|recent)\s(?:reader\s)?comments$)",
    re.IGNORECASE,
)
# The headline of a page saying what was asked for is not there, served as if it were (a "soft
# 404": a removed story's address answering 200): «صفحه مورد نظر یافت نشد», «خبر مورد نظر پیدا نشد»,
# «خطای ۴۰۴», "Page not found", "Oops! That page can't be found.".
NOT_FOUND_TITLE = re.compile(
    rf"(?:(?:صفحه|خبر|مطلب|محتوا|محتوای|نتیجه|چیزی|هیچ{_J}چیزی)(?:\s(?:مورد\sنظر|درخواستی|درخواست\sشده))?\s"
    r"(?:یافت|پیدا)\s?نشد|(?:خطای|خطا)\s?(?:404|۴۰۴)(?:\s.{0,30})?|"
    r"(?:error\s?)?404(?:\s?-?\s?(?:page\s)?not\sfound)?|(?:page|article|story|post|content)\snot\sfound|not\sfound|"
    r"oops!?\s?that\spage\scan.?t\sbe\sfound|sorry,?\s?(?:this|the)\spage\s(?:does\snot|doesn.?t)\sexist)[.!]?$",
    re.IGNORECASE,
)
# The title of a page a bot check or an access rule served instead of the page asked for (Cloudflare's
# "Just a moment...", ArvanCloud's «در حال بررسی مرورگر», "403 Forbidden"): the story is behind it.
BLOCKED_TITLE = re.compile(
    r"(?:just\sa\smoment|please\swait|one\smore\sstep|attention\srequired!?(?:\s?\|\s?cloudflare)?|"
    r"checking\s(?:your\sbrowser|if\sthe\ssite\sconnection\sis\ssecure)|verifying\syou\sare\s(?:a\s)?human|"
    r"security\scheck|ddos[\s-]?guard|access\sdenied|(?:403\s)?forbidden|"
    r"(?:لطفا|لطفاً)\s(?:چند\s(?:لحظه|ثانیه)\s)?(?:صبر|منتظر\sبمانید)(?:\sکنید)?|"
    rf"در\sحال\sبررسی\s(?:مرورگر|اتصال|امنیت){_J}(?:\sشما)?|دسترسی\s(?:غیر{_J}مجاز|ممنوع|محدود\sشده)|"
    r"محدودیت\sدسترسی|(?:خطای|خطا)\s?(?:403|۴۰۳))(?:\s?\.{1,3}|…)?$",
    re.IGNORECASE,
)
OTHER_STORIES_HEADING = re.compile(
    r"^(?:(?:read more|read next|see also|related(?: \w+)?|recommended(?: for you)?|you may also like|"
    r"more (?:\w+ ){0,3}(?:stories|articles|news|reads))\s*[:.]?(?:\s.{0,60})?|"
    rf"(?:{PERSIAN_OTHER_STORIES})\s*[:：]?)$", re.IGNORECASE)

# A heading naming the stories related to this one («اخبار مرتبط», «مطالب پیشنهادی», "Related
# stories", "Read more"), not a front's lists («آخرین اخبار», «پربازدیدترین‌ها», "More stories"): a
# list under it sits beside a story.
RELATED_HEADING = re.compile(
    rf"^(?:(?:خبر{_J}های|اخبار|مطالب|مطلب|گزارش{_J}های) ?(?:مرتبط|پیشنهادی|مشابه)|بیشتر ?بخوانید|"
    r"بیشتر ?بدانید|پیشنهاد ?سردبیر|(?:در این (?:زمینه|باره)|همچنین) بخوانید|"
    r"read more|read next|see also|related(?: \w+)?|recommended(?: for you)?|you may also like)\s*[:：.]?$",
    re.IGNORECASE)

# A picture credit's label on a line of its own ("Photo:", "Фото:"): the short line after it is the credit.
CREDIT_LABEL = re.compile(r"^(?:photo|image|picture|credit|foto|фото|bild|صورة|عکس)s?\s*[:：=]$", re.IGNORECASE)
CREDIT_MAX_CHARS_AFTER_LABEL = 80

# A linked line opening on these words is another story's headline set inside the text: "Also on
# example.com …", "Also read: …", "Read also …", "See also: …", and the same label in the languages
# of the function-word lists ("Lesen Sie auch:", «À lire aussi», "Lea también", "Leia também",
# "Leggi anche", "Lees ook", «Читайте также», "Ayrıca okuyun", «اقرأ أيضا»).
RELATED_INSERT = re.compile(
    r"^(?:also (?:read|see|watch|on [\w-]+(?:\.[\w-]+)+)|read also|see also|"
    r"lesen sie (?:auch|mehr)|mehr zum thema|auch interessant|(?:à )?lire aussi|(?:à )?voir aussi|"
    r"le(?:a|e) (?:también|tambien)|te puede interesar|ver también|lei?a também|veja também|leggi anche|"
    r"lees ook|читайте (?:также|еще|ещё)|смотрите также|czytaj (?:też|także)|ayrıca (?:okuyun|bakınız)|"
    r"ilgili haber(?:ler)?|baca juga|إقرأ أيضا|اقرأ أيضا|اقرأ أيضاً|إقرأ أيضاً|اقرأ ايضا)\b",
    re.IGNORECASE)
# Such a label with a link after it: the line is the link's, even where the label takes more than a
# fifth of it ("Lesen Sie auch: <a>…</a>").
RELATED_INSERT_LINK_SHARE = 0.5

# A Persian site's copyright notice: «کلیه حقوق … محفوظ است», «استفاده از مطالب … بلامانع است».
COPYRIGHT_NOTICE = (
    r"(?:©\s?)?(?:کلیه|تمامی|همه|تمام)\s?(?:ی\s)?حقوق.{0,60}محفوظ\s?(?:است|می\u200c?باشد)?|"
    r"(?:استفاده|نقل|بازنشر|کپی)\s(?:از\s)?(?:مطالب|اخبار|محتوا|محتوای).{0,60}(?:بلامانع|ممنوع|مجاز|آزاد)\s?(?:است|می\u200c?باشد)?"
)
# Short lines that are furniture in any template: read-more inserts, share/print, ad labels.
BOILERPLATE_LINE = re.compile(
    # (set between dashes or in brackets, too: "- Реклама -", "[Advertisement]")
    r"^(?:[-–—\[(]\s*)?"
    r"(?:advertisement|advertising|advert|sponsored(?: content)?|ad|story continues below(?: advertisement)?|"
    r"comments?|\d+ comments?|leave a (?:comment|reply)|tell us what you think.{0,20}|"
    r"(?:last )?(?:updated|published|posted)(?: on| at)?:? .{0,80}|"
    r"continue reading(?: below| the main story)?|read more|read next|related(?: articles?| stories| content)?|"
    # "Read more" in the languages of the function-word lists
    r"weiterlesen|mehr lesen|lire la suite|leer más|seguir leyendo|leia mais|continua a leggere|lees meer|"
    r"читать далее|devamını oku|baca selengkapnya|"
    # WordPress's like button ("Like this:", "Like Loading...")
    r"like this|like loading(?:\.\.\.|…)?|"
    r"related \w+\s*:.{0,60}|more (?:\w+ ){0,3}(?:stories|articles|reads)|more|don'?t miss|popular on .{0,40}|"
    r"filed under\s*:.{0,200}|(?:photo|image|picture|video) (?:copyright|source|caption|credit)s?\b.{0,80}|"
    # "Advertisement" in the languages of the function-word lists (content_rules.STOPWORDS)
    r"anzeige|werbung|publicité|publicidad|publicidade|pubblicità|reclame|реклама|reklama|reklam|iklan|إعلان|"
    # … and in languages met since (Serbian, Ukrainian, Swedish, Norwegian, Danish, Finnish, Dutch, Greek,
    # Hungarian, Vietnamese, Tagalog, Armenian, Georgian, Mongolian, Hindi and Nepali, Tamil, Bengali, Urdu,
    # Croatian, Kazakh, Malayalam, Telugu, Sinhala, Amharic)
    r"оглас|реклама|annons|annonse|annonce|mainos|advertentie|διαφήμιση|hirdetés|quảng cáo|patalastas|"
    r"գովազդ|რეკლამა|сурталчилгаа|विज्ञापन|விளம்பரம்|বিজ্ঞাপন|اشتہار|oglas|жарнама|പരസ്യം|ప్రకటన|දැන්වීම|ማስታወቂያ|"
    # … and in Chinese (traditional and simplified), Japanese and Korean
    r"廣告|广告|広告|광고|"
    r"see also|more from .{0,40}|share(?: this)?(?: article| story| page| post)?|print|email|tweet|facebook|twitter|"
    # a share label over the networks' names ("Share this page: Facebook | Twitter | Email")
    r"share(?: this)?(?: article| story| page| post)?\s*[:：]\s*(?:(?:facebook|twitter|x|e-?mail|whatsapp|"
    r"linkedin|telegram|reddit|pinterest|print|copy link)\s*[|,·•/]?\s*)+|"
    r"whatsapp|linkedin|pinterest|reddit|copy link|subscribe(?: now)?|sign up.{0,60}|click here.{0,60}|"
    r"recommended(?: for you)?|you may also like(?:\.\.\.|…)?|most (?:read|popular|viewed)|trending(?: now)?|"
    r"(?:photo|image|video|credit)s?\s*:.{0,80}|tags?\s*:.{0,200}|topics?\s*:.{0,200}|"
    # "Photo:" in other languages (German, Spanish, Italian, Dutch, Polish … Russian, Ukrainian; Arabic)
    r"(?:foto|фото|صورة|vídeos?|bild)\s*[:：].{0,80}|"
    # "Read also" alone on its line in other languages (the list or link after it is the insert)
    r"also read|read also|lesen sie auch|(?:à )?lire aussi|le(?:a|e) también|lei?a também|veja também|"
    r"leggi anche|lees ook|читайте также|czytaj (?:też|także)|zobacz (?:też|także)|baca juga|lihat juga|"
    r"xem thêm|ayrıca okuyun|اقرأ أيضا|यह भी पढ़ें|関連記事|相关阅读|相关新闻|관련기사|"
    # an ad slot's "the story goes on below" in Turkish; a site's typo-report prompt in any language
    # (Orphus's "Нашли ошибку? Выделите текст и нажмите Ctrl+Enter", Uzbek, Kazakh, Ukrainian sites'
    # alike: the key combination is what every translation keeps); a Turkish site's terms of reuse
    r"haberin devamı(?: (?:aşağıda|için (?:tıklayın|kaydırın)))?|.{0,120}\bctrl\s?\+\s?enter\b.{0,60}|"
    r".{0,80}kaynak gösterilmeden (?:kopyalanamaz|kullanılamaz|yayımlanamaz|alıntılanamaz)|"
    # a player's own lines: "Video Loading", "Tap to play", "The video will auto-play soon", "Watch
    # Now", "Duration: 1 minute 42 seconds", "Loading..."; an article's audio button ("Artikel
    # anhören", "Listen to this article") and its reading time alone ("4 Min.")
    r"video loading|(?:tap|click) to (?:play|unmute)|the video will (?:auto-?play|start) (?:soon|in)\s?\d*|"
    r"watch now|loading(?:\.\.\.|…)?|duration\s*:?\s*(?:\d+\s*(?:hours?|minutes?|seconds?|min|sec)\s*){1,3}|"
    r"(?:artikel (?:anhören|vorlesen)|listen to (?:this )?(?:article|story)|écouter (?:cet )?article|"
    r"escuchar (?:la )?(?:noticia|nota))(?:\s*[·|•-]?\s*\d{1,2}(?::\d\d)?\s?(?:min\.?|minutes?))?|"
    r"\d{1,2}\s?min\.?|"
    # a read-aloud player's note on its voice ("4m This audio is read by a synthesised voice.")
    r"(?:\d{1,2}\s?m(?:in)?\.?\s+)?this (?:audio|article|story) (?:is|was) (?:read|narrated|voiced|generated) "
    r"(?:by|using|with) (?:an? )?(?:synthesi[sz]ed|synthetic|artificial|automated|computer-generated|ai|"
    r"text-to-speech)\b.{0,80}|"
    # … beside the player's label ("Listen to this article 6 min This audio is auto-generated. …")
    r"(?:listen to (?:this )?(?:article|story)\s*[·|•-]?\s*(?:\d{1,2}(?::\d\d)?\s?(?:min\.?|minutes?))?\s*)?"
    r"this (?:audio|audio version|narration) (?:is|was) (?:auto-?generated|automatically generated|"
    r"computer-generated|ai-generated|generated by ai)\b.{0,100}|"
    # a newsletter box's lines ("Get the Daily Briefing", "By signing up, you agree to our Terms …")
    r"get (?:the|our) (?:[\w-]+ ){0,3}(?:briefing|newsletter)|by signing up,? you agree to .{0,100}|"
    # Spanish labels over a recommended story or video
    r"(?:te )?recomendamos|te puede interesar|"
    # a page break's own marker and an ad's note in the text ("Halaman 2", "Scroll to continue")
    r"(?:halaman|seite|página|pagina|strona|page)\s+\d{1,3}|scroll to continue(?: with content| reading)?|"
    # the credits closing a story: its reporter, writer and editor, each on a line («Pewarta: …»)
    r"(?:editor|editors|pewarta|redaktur|reporter|penulis|wartawan|fotografer|reportagem|redação|redakcja|"
    r"redaktion|bearbeitung|autor|author|writer|texto?)\s*[:：]\s*[^.!?\n]{1,60}|"
    # a byline with the writer's address («김서연 기자 syk@…», "Jane Roe jane@example.com"); not a
    # labelled contact line ("Write to: desk@example.org"), which a story prints as its own
    r"(?:[^.!?@:：\n]{1,40}\s)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+|"
    # a promotion of the site's other pages («Veja mais notícias do estado no …»)
    r"veja mais (?:notícias|vídeos|fotos).{0,80}|"
    # a gallery's own controls: "Image 1 of 23", "3 / 12", «عکس ۲ از ۱۲», "Caption", "Close"; "Page 2 of 5"
    r"(?:(?:image|photo|picture|slide|page|عکس|تصویر|صفحه)\s+)?\d+\s*(?:of|/|از)\s*/?\s*\d+|"
    # (its buttons' labels may share one line: "Previous Next", «قبلی | بعدی»)
    r"(?:[^\w\s]{0,2}\s*(?:caption|close|expand|enlarge|full ?screen|previous|prev|next|بستن|قبلی|بعدی)\s*){1,4}"
    r"[^\w\s]?|"
    r"back to (?:gallery|top|article|story)|"
    # the links to the other pages of a story split in pages (WordPress's «برگه‌ها: ۱ ۲», "Pages: 1 2")
    r"(?:pages?|برگه(?:\u200c?ها)?|صفحه(?:\u200c?ها)?|صفحات)\s*[:：]\s*(?:\d{1,3}\s*[|،,]?\s*){1,20}"
    r"(?:next|previous|بعدی|قبلی)?|"
    # a video player's and a photo gallery's own buttons, and a lone close glyph
    r"autoplay|skip ad|view (?:photos|gallery)|buy (?:this )?photo|[×✕✖]|"
    # an embedded post's own buttons and credit line (Instagram's); not a tweet's "— Name (@handle)
    # date", which says whose words the quoted tweet is
    r"view this (?:post|photo|video|reel|profile) on (?:instagram|facebook|tiktok|threads|x|twitter)|"
    r"a (?:post|video|photo) shared by .{1,80}|"
    r"مشاهده این (?:پست|ویدئو|ویدیو|عکس|ریلز) در (?:اینستاگرام|ایکس|توییتر|تلگرام|فیسبوک)|"
    r"(?:پستی|ویدئویی|ویدیویی) که .{1,80}به[\s\u200c]?اشتراک گذاشته (?:است|شد)|"
    # a picture credit on a line of its own: a photographer's name and a wire ("Jane Roe, AP")
    r"(?-i:(?:[A-Z][\w.'’-]+ ){1,3}?[A-Z][\w.'’-]+\s*[,/]\s*(?:AP|AFP|Reuters|Getty Images|EPA|EPA-EFE|Bloomberg|"
    r"dpa|Xinhua|ANSA|Shutterstock|Alamy))|"
    # the page asking whether the story helped, or to pass it on, in a line of its own
    r"(?:was|did you find) this (?:article|story|page|post) (?:helpful|useful)\??|"
    r"(?:fanden sie (?:diesen|den) artikel|war dieser artikel) (?:nützlich|hilfreich)\??|"
    r"cet article vous a-t-il (?:été utile|plu) ?\??|¿?(?:te|le) (?:ha resultado|resultó) útil(?: este artículo)?\??|"
    r"artikel (?:empfehlen|teilen)|آیا این (?:مطلب|خبر) (?:مفید|برای شما مفید) بود ?[؟?]?|"
    r"(?:heb je|have you got|got) (?:een|a) (?:news )?tip.{0,80}|"
    r"تبلیغات|تبلیغ|آگهی|رکلام|اشتراک(?:\u200c| )?گذاری|چاپ|ارسال به دوستان|کپی لینک|" + PERSIAN_OTHER_STORIES + "|"
    + PERSIAN_TOOLBAR + "|"
    r"(?:منبع\s?)?عکس\s*[:：].{0,60}|منبع\s*[:：].{0,60}|"
    # an infographic's credits («طراح: … | داده‌ها: …») and its enlarge link («مشاهده در اندازه اصلی»)
    r"(?:طراح(?:ی)?|گرافیک|گرافیست|تصویرساز|عکاس|داده[\s\u200c]?ها)\s*[:：].{0,100}|"
    r"(?:مشاهده|نمایش|دیدن)\s(?:(?:تصویر|عکس|اینفوگرافیک)\s)?(?:در\s)?(?:اندازه|سایز|ابعاد)\s(?:اصلی|بزرگ|واقعی|کامل)|"
    r"view (?:full[- ]?size|larger|original)(?: (?:image|photo|version))?|"
    + COPYRIGHT_NOTICE + ")"
    r"(?:\s*[-–—\])])?[.:!]?$",
    re.IGNORECASE,
)
# A copyright notice, Persian or "© 2024 Example Inc. All rights reserved.", scores as no story's
# paragraph however prose-like (a site's footer can outscore a one-sentence story with it). Not a
# line the text loses: a wire story's own notice can close its text. Looked for only in a paragraph
# holding one of COPYRIGHT_WORDS.
# (the rights and the terms of reuse may stand in one line: «تمام حقوق … محفوظ است و نقل مطالب … آزاد است»)
COPYRIGHT_LINE = re.compile(f"(?:(?:{COPYRIGHT_NOTICE})(?:\\s*[.،,؛;]?\\s*(?:و\\s)?(?:{COPYRIGHT_NOTICE}))?|"
                            r"(?:copyright\s?|©\s?)+.{0,80}?all rights reserved"
                            # … and the wire's sentence after it ("This material may not be published,
                            # broadcast, rewritten or redistributed.")
                            r"(?:[.:!]?\s*(?:this|the) (?:material|content|article|story)\b[^.]{0,60}?"
                            r"\bmay not be [^.]{0,100})?|"
                            # Japanese, Chinese and Korean notices: «無断転載を禁じます», «版权所有», «무단 전재 금지»
                            # (short: a sentence of the text that names reprinting goes on longer)
                            r".{0,40}?(?:無断転載|無斷轉載|版权所有|版權所有|不得转载|不得轉載|禁止转载|禁止轉載|"
                            r"무단\s?(?:전재|복제|배포)).{0,40}?)[.:!。]?$", re.IGNORECASE)
COPYRIGHT_WORDS = ("حقوق", "©", "ights reserved", "مطالب", "無断", "無斷", "版权", "版權", "转载", "轉載", "무단")

# A paragraph reads as prose by its function words: the most frequent short words of its language
# (articles, prepositions, conjunctions, pronouns, auxiliaries), hand-picked, lower case, as the
# tokens come out of splitting on spaces, clause marks and apostrophes (French `l'`, `qu'` → `l`, `qu`).
# content.stopwords_for takes the page's language's list plus Persian's, or every list when the page
# names no language (or one with no list here).
_FUNCTION_WORDS = {
    "en": """
        a about above after again against all also am an and any are as at be because been before being
        below between both but by can could did do does doing down during each few for from further had
        has have having he her here hers herself him himself his how i if in into is it its itself just
        me more most my myself no nor not now of off on once only or other our ours ourselves out over own
        said same she should so some such than that the their theirs them themselves then there these they
        this those through to too under until up very was we were what when where which while who whom why
        will with would you your yours yourself yourselves says one new like people year years""",
    "fa": """
        و در به از که این را با است برای آن یک تا هم بر شد می شده کرد نیز شود خود کند ها های بود
        پس اما اگر یا دارد داشت باید هر کرده ای وی او ما ایشان آنها چه چون همه بین پیش روی زیر بی
        بیش کنند کرده‌اند شده‌است شده‌اند می‌شود می‌کند خواهد گفت گفته اند نیست هست دیگر چند همین
        آنان نه ولی زیرا درباره حتی بدون طی عنوان سال سوی ضمن البته همچنین براساس اساس""",
    "de": """
        der die das den dem des ein eine einen einem einer eines und oder aber in im ins zu zum zur von vom
        mit auf aus an am bei für nach über unter vor bis durch gegen um ist sind war waren wird werden
        wurde wurden hat haben hatte sei sich nicht auch noch nur schon so wie als dass er sie es wir ich
        ihr ihre sein seine man mehr sagte kann soll wenn""",
    "fr": """
        le la les l un une des du de d et ou mais en dans à au aux sur sous par pour avec sans entre
        chez est sont était a ont été être fait ne pas plus que qu qui dont ce cette ces c il elle
        ils elles on se s son sa ses leur leurs lui nous vous y n j selon aussi après comme""",
    "es": """
        el la los las lo un una unos unas de del al y e o u pero en a con por para sin sobre entre hasta
        desde según que es son fue era ha han había ser está están no se su sus le les este esta estos
        como más también cuando muy ya dijo""",
    "it": """
        il lo la i gli le l un una uno di del della dei delle dello degli e ed o ma in nel nella a al
        alla ai da dal dalla con per su sul tra fra che chi non si è sono era stato stata ha hanno
        come anche più questo questa suo sua loro dopo secondo""",
    "pt": """
        o a os as um uma uns umas de do da dos das e ou mas em no na nos nas ao aos à com por para
        pelo pela sem sobre entre até que é são foi era está estão ser não se seu sua seus suas ele
        ela eles mais como também já quando disse""",
    "nl": """
        de het een en of maar in op aan van met voor naar door bij uit om tot over onder na te is zijn
        was waren wordt werd worden heeft hebben had niet ook nog al dat die dit deze er hij zij ze
        we wij ik als dan meer kan zou""",
    "ru": """
        и в во на с со к ко по о об от из у за для до при после без над под между через а но или
        не ни что чтобы как так же ли бы это этот эта эти этого этом его ее её их он она они оно
        мы вы я был была было были быть будет есть который которая которые которого которой котором
        которых свой своей свои своих себя также уже только еще ещё все всё всех всего весь может
        должен должны сейчас теперь снова более очень года году сказал""",
    "uk": """
        і й та в у на з із зі до від для за по про при після без над під між через а але або чи
        не ні що щоб як так же це цей ця ці цього його її їх він вона вони ми ви я був була було
        були бути буде є який яка які якого якій яких свій своєї свої своїх себе також вже лише ще
        все всіх може має мають зараз тепер знову більш дуже року сказав""",
    "pl": """
        i w we z ze na do od o po za przez dla przy pod nad bez a ale lub oraz czy nie że jak tak to
        ten ta te tego jego jej ich on ona oni się jest są był była było były być będzie który która
        które także już tylko może""",
    "sv": """
        och i att det som en ett på är av för med till den de dem har inte om var han hon men vi från så
        kan sig ska eller efter också när under hade mot sina sin vid""",
    "da": """
        og i at det som en et på er af for med til den de dem har ikke om var han hun men vi fra så kan
        sig skal eller efter også når under havde mod sine sin ved""",
    "no": """
        og i at det som en et på er av for med til den de dem har ikke om var han hun men vi fra så kan
        seg skal eller etter også når under hadde mot sine sin ved""",
    "fi": """
        ja on ei oli se että mutta tai kuin myös mukaan jo vielä kun jos hän he me ne tämä tämän sen
        joka jotka ovat olivat ollut olla sekä eli vain nyt sitten kanssa jälkeen""",
    "cs": """
        a i v ve na s se z ze do o od po za pro při k ke u je jsou byl byla bylo byli být bude že to ten
        ta ty tak jak ale nebo když by jen už také který která které jeho její jejich podle než""",
    "ro": """
        și în la de cu pe din pentru care că a al ale ai o un unei unui este sunt fost au nu se mai sau
        dar ca cum după prin între acest această acesta lor său sa""",
    "hu": """
        a az és egy is hogy nem de meg van volt lesz ez azt ezt mint már csak még pedig vagy mert ha ki
        mi el fel be le után között szerint által során amely amelyek aki akik""",
    "el": """
        και το τα της του των την τη η ο οι σε στο στη στην στα στον με για από που να θα δεν είναι ήταν
        αλλά ή ως έχει έχουν ότι αυτό αυτή αυτά μια ένα ένας κατά μετά πριν όπως επίσης""",
    "bg": """
        и в на с за от по до към при без че да не се е са бил беше това този тази тези който която които
        както но или ако също още само вече след""",
    "ca": """
        el la els les l un una de del dels d i o però en a al amb per que és són va ha han no es se seu
        seva com més també quan""",
    "id": """
        yang dan di ke dari ini itu dengan untuk dalam tidak akan pada juga ada adalah oleh karena sebagai
        atau bisa sudah telah mereka kami kita saya ia dia tersebut lebih para saat kepada bagi""",
    "vi": """
        và của là có được trong cho với các những một này đã không để khi từ theo về đến cũng như sẽ ra
        tại nhiều bị do nhưng thì mà đó vào trên sau lại rằng nói""",
    "hi": """
        के की का को में है हैं था थी थे और से ने पर यह वह कि भी एक कर किया गया गई हो इस उस जो नहीं लिए
        तक बाद कहा रहा रही रहे तो ही साथ""",
    "he": """
        את של על עם זה זו זאת לא כי גם אבל או אם הוא היא הם הן אני אנחנו יש אין היה הייתה היו כל מה אשר
        בין אחרי לפני כך רק עוד כמו יותר אל""",
    "tr": """
        ve ile ya veya ama fakat ancak ki de da bu şu o bir için gibi kadar göre sonra önce daha çok en
        her ne mi değil var yok olan olarak olduğu olduğunu oldu olacak ise tarafından üzere ayrıca kendi
        bunu bunun onun şekilde tüm yeni yeniden şimdi anda artık hem etti eden edildi yapan yaptı yapılan
        ilk son iki aynı diğer bazı hiç biz ben onlar yıl yılın yılında dedi söyledi""",
    "ar": """
        في من على إلى الى عن مع أن ان إن أو او ثم بين بعد قبل حتى منذ خلال عند لدى نحو حيث كما ما لا لم
        لن قد هذا هذه ذلك تلك هو هي هم التي الذي الذين كان كانت كل أي وقد وفي ومن وأن وهو وهي وقال قال
        أيضا له لها به بها فيه فيها عليه""",
    "ur": """
        کے کی کا کو میں سے نے پر تک اور یا بھی یہ وہ اس ان کہ جو جس جن ہے ہیں تھا تھی تھے ہو ہوا ہوئی
        ہوئے گا گی گے کر کیا کیے گیا گئی گئے رہا رہی رہے ایک نہیں لیے لئے بعد کہا""",
    "ps": """
        د په او چې دا دغه دې هغه هغو له ته کې سره پر نه هم یې دی ده دي وو وي شو شوی شوې شول کړي
        کړی کړل لپاره څخه باندې پورې ورته وویل ویلي یو ټول""",
}
FUNCTION_WORDS: dict[str, frozenset[str]] = {lang: frozenset(words.split()) for lang, words in _FUNCTION_WORDS.items()}
STOPWORDS = dict(FUNCTION_WORDS)  # … with the aliases below (FUNCTION_WORDS keeps one entry a language)
# Dari shares Persian's function words; Norwegian's two written forms one list, Malay Indonesian's.
STOPWORDS["prs"] = STOPWORDS["fa"]
STOPWORDS["nb"] = STOPWORDS["nn"] = STOPWORDS["no"]
STOPWORDS["ms"] = STOPWORDS["id"]

# ---------------------------------------------------------------- article or listing (listing.py)

# A teaser: a linked headline, or one of a run of like items (same tag and class) led by a link
# of at least this many words that makes up this share of the item's text, the item being short.
TEASER_LINK_WORDS = 3
TEASER_LINK_SHARE = 0.25
TEASER_MAX_WORDS = 100
TEASER_RUN = 3
HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
ITEM_TAGS = ("li", "article", "div", "section")
# … and, for the article/listing decision, a table's rows: an old archive or section page sets each
# story as a row (`<tr><td><a>headline</a><br>excerpt</td><td>کد خبر: …</td></tr>`).
LISTING_ITEM_TAGS = (*ITEM_TAGS, "tr")
# A listing shows teasers with a few words each; an article with linked subheadings or a related
# list has far more text per linked heading. Teasers needed: 4, or 2 on a page that links a
# next/previous page of its own (a listing's last page).
LISTING_MIN_TEASERS = 4
LISTING_MIN_TEASERS_PAGINATED = 2
LISTING_WORDS_PER_TEASER = 60
# A teaser's words on average, its headline and an excerpt of a sentence or two (words counted apart at
# a ZWNJ too): a list article's items, each a paragraph or more, hold more.
TEASER_MEAN_WORDS = 80
# A page that says it is an article (JSON-LD article type, og:type article) needs a denser listing.
LISTING_WORDS_PER_TEASER_DECLARED = 25
# An article's text runs on: a stretch of this many words between linked lines (teaser titles)
# makes the page an article whatever its teaser count. A line that is at least this share link
# breaks the stretch.
ARTICLE_RUN_WORDS = 120
# A headline printed as a heading of at least this many words is a story's (a section front's h1 is
# the section's name): the finder may then look past a block of other stories' excerpts for its text.
STORY_TITLE_WORDS = 3
RUN_BREAK_LINK_SHARE = 0.5
# One page of a numbered series (listing.page_of_series): besides rel=next/prev, a page number as a
# segment of the <title> or h1, or a pager block (class/id below) of at most this many words holding a
# number and no headline-length link (a previous/next story box names stories, not page numbers).
PAGE_NUMBER_TITLE = re.compile(
    r"(?:^|[-–—|:،,(]\s*)(?:صفحه|برگه|page)\s*[0-9۰-۹٠-٩]+(?:\s*(?:از|of)\s*[0-9۰-۹٠-٩]+)?\s*(?:$|[-–—|:)])",
    re.IGNORECASE)
PAGINATION_NAMES = ("paginat", "pager", "page-numbers", "paging")
PAGINATION_MAX_WORDS = 40
# The chosen block is itself one teaser of a run of like items, and this short: a listing page.
ONE_OF_MANY_MAX_WORDS = 150
