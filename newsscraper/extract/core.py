"""HTML + URL → NewsArticle or a refusal: the pure extraction the CLI and the spiders call."""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import tzinfo
from urllib.parse import urldefrag

from lxml import etree
from w3lib.html import get_meta_refresh

from newsscraper.extract import body as body_reader
from newsscraper.extract import fields as fx
from newsscraper.extract import markers
from newsscraper.extract.blocks import CELL_SEPARATOR
from newsscraper.extract.body import BodyReading
from newsscraper.extract.content import is_copyright_notice
from newsscraper.extract.content_rules import (
    ABOUT_TITLE,
    ARTICLE_RUN_WORDS,
    BLOCKED_TITLE,
    CLOSES_SENTENCE,
    LISTING_HEADING,
    LISTING_WORDS_PER_TEASER_DECLARED,
    NOT_FOUND_TITLE,
    SITE_PAGE_TITLE,
    TEASER_MEAN_WORDS,
)
from newsscraper.extract.dates import DateReading, machine_date, read_dates, states_kabul_time
from newsscraper.extract.decode import decode_page
from newsscraper.extract.language import (
    DARI,
    PERSIAN,
    UNDETERMINED,
    as_dari,
    in_arabic_script,
    keeps_arabic_letters,
    page_language,
)
from newsscraper.extract.listing import Shape, page_of_series, page_shape, shows_media
from newsscraper.extract.loader import ArticleLoader
from newsscraper.extract.page import Page, text_content
from newsscraper.extract.profiles import GENERIC, Profile
from newsscraper.extract.sitename import SiteName, host_name, site_names
from newsscraper.extract.wordcount import count_words, more_words_than
from newsscraper.items import NewsArticle
from newsscraper.jalali import KABUL, TEHRAN, names_iranian_month
from newsscraper.persian import arabic_letters_kept, keeping_arabic_letters, normalize_for_matching, normalize_line
from newsscraper.site import Site, host_of
from newsscraper.statkeys import HIDDEN_MARKUP, PROFILE_MISSED

# Finds the site entry for a page's URL (newsscraper.sites.site_for_url); passed in, so extraction
# never imports the site registry.
SiteFinder = Callable[[str | None], Site | None]

MIN_BODY_WORDS = 20
DARI_LANGS = ("prs", "fa-af", "fa_af")


@dataclass
class Extraction:
    """The record, or why there is none, plus notes that crawls count as stats."""

    record: NewsArticle | None
    refusal: str | None = None
    notes: list[str] = field(default_factory=list)
    site: str | None = None
    # The parsed page, so a crawl that also follows the page's links does not parse it again.
    page: Page | None = field(default=None, repr=False, compare=False)

    @property
    def ok(self) -> bool:
        return self.record is not None


def is_article(record: NewsArticle, page: Page | None = None, shape: Shape | None = None) -> str | None:
    """None when ``record`` is an article; else the refusal reason.

    One rule for `newsscraper extract` and the crawl. A page stating no date of its own whose
    headline (or title) is a bot check's («در حال بررسی مرورگر», "Just a moment...") or a not-found
    page's («خبر مورد نظر یافت نشد», "Page not found") is refused as `blocked` or `not_found`, and one
    whose meta refresh sends the reader on at once to another address as `redirect`. A page headed as
    a site page («درباره ما», «نظرسنجی», "Privacy policy"), dated or not, or whose JSON-LD names a
    thing that is no story (an event, a product, a job), is refused as `site_page` unless its JSON-LD
    names an article or it shows one story; so is one filed under such a section (a trail's
    «نظرسنجی‌ها») or a CMS's static page (WordPress's `page-id-N`, Drupal's basic page). One whose
    JSON-LD names only the site's own page or a work of reference (about, contact, a glossary's term,
    a printed issue, a channel's schedule), or headed «درباره …», «شناسنامه …» or "About …" with the
    site's own name, is refused even printing an ID (a news CMS serves its masthead as one of its
    items). A listing (front, section, tag,
    search or archive page) shows teasers with few words each:
    - at least 4 linked headlines or teaser items in the chosen blocks' text (2 on one page of a
      numbered series: rel next/prev, a page number in its title or h1, a pager of page numbers)
      and fewer than 60 body words per teaser (25 on a page declaring itself an article or showing
      one story: its own news ID printed, or its text closed by the footer marker), unless
      120 words run on between linked lines somewhere (an article's text with a related list
      inside its block);
    - or such teasers, counted also in the link lists the body leaves out (a related list),
      beside a body under 20 words (not a dated story printing a story's headline and a lead, with
      20 words in lead and body together);
    - or a chosen block that is one short item of a run of like items;
    - or chosen blocks that are each the excerpt in a card of its own under another story's linked
      headline (listing.card_excerpts), on a page that does not say it is an article or show one story;
    - or a chosen block opening with another page's linked headline, or set under one (a front's
      top story and its excerpt) on the site's front page or on a page that prints no headline of
      its own, or on any page that has no date or news ID of its own, shows no one story and does
      not say it is an article, or on one page of a numbered series that has no date or news ID of its own and
      shows no one story; or such a page of a series that prints no story's headline either and
      does not say it is an article (a list of items too long for teasers: events, notices), or
      that reads under 60 words, an introduction (a province's page 2 under its description);
    - or, on a page that does not say it is an article, a text chosen over a longer list of other
      stories, or followed by one in its column under no story's headline of its own, when the page
      prints no date: a section's or a tag's introduction;
    - or, on a page that does not say it is an article and prints no date, news ID or marker of its
      own: 4+ teasers (2 on a page of a series or under no story's headline) holding 80% of the
      chosen text's words, under 80 words each on average (a linked headline over its excerpt), or a
      text under 60 words beside as many teasers (counted in the lists left out too).
    A heading naming a tag, a search or an archive («برچسب: …», «نتایج جستجو برای …», "Tag: …") is no
    story's headline (as a section's name of a word or two is none): a page headed so, in its h1 or
    its title (whose label the headline read elsewhere may lack: «جستجو: …» over the query printed
    alone), is a listing unless it says it is an article or shows one story.
    Otherwise an article has a headline and a body of at least 20 words, or a short body on a page
    whose JSON-LD article/video has a description or that prints a lead, with 20 words in lead and
    body together, or a page showing a player or a gallery (listing.shows_media) with a headline of
    3+ words and a body of 5+ (a photo or video story, its related list beside it or not), or a news
    brief (_news_brief: a declared article with a news ID, or a page showing one story, with a date
    and one sentence of 5+ words; beside lists of other stories too). Words are
    wordcount.count_words's: estimated from the characters in scripts without spaces between words,
    so 20 words are as much text in Chinese.
    """
    if not record.headline:
        return "no_headline"
    headline = normalize_for_matching(record.headline).strip(" .:")
    if record.published_source in (None, "url"):  # the page states no date of its own
        if _blocked(headline, page):
            return "blocked"  # a bot check or an access rule answered: the story is behind it
        if page is not None and _redirect_stub(page):
            return "redirect"  # «در حال انتقال…»: a page that sends its reader on to another address at once
        if NOT_FOUND_TITLE.match(headline):
            return "not_found"  # «خبر مورد نظر یافت نشد», "Page not found": a removed story's address
    body = record.body or ""

    def fewer_words(n: int) -> bool:  # a bound, not a count: a long body is answered from its head
        return n > 0 and not more_words_than(body, n - 1)

    # Whether the page shows one story: its text closes with the agency's footer marker («انتهای
    # پیام», printed under a story, never under a list of them), or it prints its own news ID (a
    # label search, made once if asked).
    one_story = functools.cache(lambda: (shape is not None and shape.marked)
                                or (page is not None and fx.prints_one_news_id(page)))

    declared = page is not None and page.declares_article
    # The site's own page («درباره ما», «نظرسنجی», "Privacy policy"), dated or not, unless its structured
    # data names an article or it shows one story; or one whose structured data names a thing that is
    # no story (an event, a classified ad's product, a job). Its about page, its masthead, a glossary's
    # entry, a printed issue's page: whatever ID it prints.
    stated_article = page is not None and page.jsonld_article is not None
    if page is not None and (page.declares_site_own_page or (not stated_article and _about_the_site(headline, page))):
        return "site_page"  # (with an ID printed or not: a news CMS serves its about page as one of its items)
    if _a_site_page(record, headline, page, stated_article) and not one_story():
        return "site_page"
    if (LISTING_HEADING.match(normalize_for_matching(record.headline)) or _titled_as_listing(page)) \
            and not declared and not one_story():
        # a tag's, a search's or an archive's heading over its stories, in an h1 or the title (whose
        # label the headline may have lost: «جستجو: …» over the query the page prints alone)
        return "listing"
    if page is not None and page.declares_listing and not one_story():
        return "listing"  # its structured data calls it a collection of pages (a category's archive)
    if shape is not None:
        if shape.one_of_many or shape.top_story_of_a_front():
            return "listing"
        if shape.card_excerpts and not shape.declared_article and not one_story():
            return "listing"  # the excerpts of a list of cards, each under another story's headline
        if (shape.opens_with_teaser and record.published_source in (None, "url") and not record.news_id
                and not shape.declared_article and not one_story()):
            return "listing"  # a section's top story under its linked headline, no date or ID of the page's
        if shape.beside_list and record.published_source in (None, "url"):
            return "listing"  # a section's introduction over its stories: an article prints its date
        if (shape.paginated and record.published_source in (None, "url") and not record.news_id
                and (shape.opens_with_teaser or not (shape.prints_headline or shape.declared_article)
                     or (not shape.declared_article and _an_introduction(record)))
                and not one_story()):
            # a page of a series with no date or ID of its own, opening with another story's teaser,
            # printing no story's headline (a section's name over a list of long items: events), or
            # reading a few lines of introduction (a province's page 2 under its description)
            return "listing"
        few_words = fewer_words(shape.words_per_teaser() * shape.teasers)
        short = fewer_words(MIN_BODY_WORDS)
        if (shape.teasers >= shape.min_teasers() and few_words and shape.longest_run < ARTICLE_RUN_WORDS
                and not _one_story_after_all(shape, one_story, fewer_words)):
            return _listing_or_stub(record, page, one_story, short)
        # Looked for only under a short text: a player or gallery decides nothing beside a long one.
        media_story = short and page is not None and _media_story(record) and shows_media(page)
        if (shape.all_teasers >= shape.min_teasers() and short and not media_story
                and not _dated_story_with_lead(record, shape)):
            return _listing_or_stub(record, page, one_story, short)  # nothing but lists of linked headlines
        # A page that says it is no article and prints no date, ID or marker of a story's …
        unclaimed = (not shape.declared_article and record.published_source in (None, "url")
                     and shape.all_teasers >= shape.min_teasers_undated())
        if (unclaimed and shape.teasers >= shape.min_teasers_undated() and shape.in_teasers >= TEASERS_TEXT_SHARE
                and shape.teaser_words < TEASER_MEAN_WORDS and shape.longest_run < ARTICLE_RUN_WORDS
                and not one_story()):
            return "listing"  # … whose text is its teasers (a linked headline and an excerpt each)
        if (unclaimed and _an_introduction(record) and not one_story()
                and not (page is not None and _media_story(record) and shows_media(page))):
            # … or a section's or a tag's introduction over its stories (not the line of description
            # of a player or a gallery)
            return "listing"
        if _unprinted_unclaimed(record, shape) and _mostly_a_table(body) and not one_story():
            # … or a table of data under a heading (occasions, rates, a schedule): a live board's
            # metadata dates its last refresh, no story
            return "listing"
        if media_story:
            return None  # a photo or video story: a line of description is its text
        if (not shape.prints_headline and record.published_source in (None, "url") and not shape.declared_article
                and _an_introduction(record) and not one_story()):
            # no story's headline, date, ID or marker printed, a few lines of text: a channel's or a
            # section's page whose one short post or introduction the finder chose
            return "listing"
    if not record.body:
        return "no_body"
    if not fewer_words(MIN_BODY_WORDS):
        return None
    art = page.jsonld_article if page is not None else None
    if art and art.get("description"):
        return None
    if record.lead and more_words_than(f"{record.lead}\n{body}", MIN_BODY_WORDS - 1):
        return None  # a photo or video story: its printed lead is the description the text would give
    if page is not None and _news_brief(record, page, one_story):
        return None
    return "short_body"


def _a_site_page(record: NewsArticle, headline: str, page: Page | None, stated_article: bool) -> bool:
    """The site's own page, not a story: headed as one («درباره ما», «اوقات شرعی …») or filed under one
    (a trail's «نظرسنجی‌ها» over a poll's results), or a CMS's static page, unless its JSON-LD names an
    article; or a page whose JSON-LD names a thing that is no story."""
    if page is not None and page.declares_no_story:
        return True
    if stated_article:
        return False
    section = normalize_for_matching(record.section or "").strip(" .:")
    return bool(SITE_PAGE_TITLE.match(headline) or (section and SITE_PAGE_TITLE.match(section))
                or (page is not None and page.cms_static_page))


def _about_the_site(headline: str, page: Page) -> bool:
    """«درباره آوای شهر», "About The Daily": the rest of the heading is the site's own name."""
    m = ABOUT_TITLE.match(headline)
    if m is None:
        return False
    return SiteName(site_names(page), host_name(page.url or fx.page_canonical(page))).exactly(m["name"])


def _titled_as_listing(page: Page | None) -> bool:
    """The page's <title> or og:title opens with a listing's heading («برچسب: …», «جستجو: …»)."""
    return page is not None and any(LISTING_HEADING.match(normalize_for_matching(t)) for t in fx.title_candidates(page))


def _blocked(headline: str, page: Page | None) -> bool:
    """The headline, or the page's <title>, is a bot check's or an access rule's («در حال بررسی مرورگر»,
    "Just a moment...", "403 Forbidden"): what it printed is the check's, not a story."""
    titles = [headline, *(normalize_for_matching(t).strip() for t in (page.own_texts("title") if page else ()))]
    return any(BLOCKED_TITLE.match(t) for t in titles)


MAX_REDIRECT_SECONDS = 1  # a refresh this soon sends the reader on; a later one reloads a page read meanwhile


def _redirect_stub(page: Page) -> bool:
    """A page that sends its reader on at once to another address (`<meta http-equiv="refresh"
    content="0; url=…">`): a saved redirect, not the story (a crawl follows it; an archive keeps it).
    A page reloading itself every few minutes (`content="300"`) is none."""
    if not any((m.get("http-equiv") or "").strip().lower() == "refresh" for m in page.tagged("meta")):
        return False
    interval, url = get_meta_refresh(page.html, page.url or page.canonical or "")
    if interval is None or interval > MAX_REDIRECT_SECONDS or not url:
        return False
    return urldefrag(url)[0] not in {urldefrag(u)[0] for u in (page.url, page.canonical) if u}


# A text of which this share of the words lies inside its teasers (each a linked headline over its
# excerpt, under TEASER_MEAN_WORDS on average: a list article's items say more) is a list of stories:
# an article's paragraphs stand outside any teaser.
TEASERS_TEXT_SHARE = 0.8
# Fewer words than this in lead and text, undated and beside lists of other stories: a section's or a
# tag's introduction («اخبار بین‌الملل را در این صفحه بخوانید…»), not a story (a brief prints its date).
INTRODUCTION_MAX_WORDS = 60


SCRIPTED_TEXT_RATIO = 3  # the JSON-LD's text this many times the markup's: the page's scripts build the text


def _stated_text(page: Page, body: BodyReading, lead: str | None,
                 headline: str | None) -> tuple[BodyReading, str | None]:
    """The text the JSON-LD article states (read once), where the markup holds too little: under 20
    words, where that text has 20; or a short introduction alone (a line or two, under 60 words)
    beside a stated text three times as long, the page's scripts building the text in the browser,
    whose one line shown, which that text does not hold, is the lead."""
    shown = "\n".join(body.paragraphs)
    if more_words_than(shown, INTRODUCTION_MAX_WORDS - 1):
        return body, lead
    stated = body_reader.stated_body(page, lead, headline)
    if stated is None:
        return body, lead
    text = "\n".join(stated.paragraphs)
    if body.paragraphs and more_words_than(text, SCRIPTED_TEXT_RATIO * count_words(shown)):
        held = normalize_line(text)
        if lead is None and len(body.paragraphs) == 1 and normalize_line(body.paragraphs[0]) not in held:
            lead = body.paragraphs[0]
    elif more_words_than(shown, MIN_BODY_WORDS - 1) or not more_words_than(text, MIN_BODY_WORDS - 1):
        return body, lead
    stated.left_out = body.left_out
    return stated, lead


def _unprinted_unclaimed(record: NewsArticle, shape: Shape) -> bool:
    """The page says it is no article and prints no date or news ID of its own (its metadata may
    state one: a web page's, not an article's)."""
    return not shape.declared_article and record.published_source != "page" and not record.news_id


TABLE_TEXT_SHARE = 0.5  # of a text's words in the rows of a table, for a table's page
TABLE_MIN_ROWS = 4  # a heading's row and three of data


def _mostly_a_table(body: str) -> bool:
    """Half the text's words or more stand in a table's rows (a line of cells, CELL_SEPARATOR between)."""
    rows = [line for line in body.split("\n") if CELL_SEPARATOR in line]
    return len(rows) >= TABLE_MIN_ROWS and count_words("\n".join(rows)) >= TABLE_TEXT_SHARE * count_words(body)


def _an_introduction(record: NewsArticle) -> bool:
    return not more_words_than(f"{record.lead or ''}\n{record.body or ''}", INTRODUCTION_MAX_WORDS - 1)


def _dated_story_with_lead(record: NewsArticle, shape: Shape) -> bool:
    """A short story beside lists of other stories that prints a story's headline, a lead and its
    date (not one read off its URL), with 20 words in lead and body together: a section page prints
    no lead and no date of its own under its name."""
    return (shape.prints_headline and record.lead is not None and record.published_source not in (None, "url")
            and more_words_than(f"{record.lead}\n{record.body or ''}", MIN_BODY_WORDS - 1))


def _listing_or_stub(record: NewsArticle, page: Page | None, one_story: Callable[[], bool],
                     short: bool) -> str | None:
    """"listing", unless the page shows one story (``one_story``: its own «کد خبر», or its text closed
    by the footer marker) and has little text of its own. Then it is a news brief beside the lists
    (_news_brief: a date and one whole sentence), an article; else the refusal says it has too little
    text (an infographic, a picture beside a related list), and a crawl counts a story it could not
    read, not a section page."""
    if short and one_story():
        if page is not None and _news_brief(record, page, one_story):
            return None
        return "short_body" if record.body else "no_body"
    return "listing"


def _one_story_after_all(shape: Shape, one_story: Callable[[], bool], fewer_words: Callable[[int], bool]) -> bool:
    """A page that does not declare itself an article but shows one story (``one_story``: it prints
    its own news ID under its label, «کد خبر», or its text closes with the footer marker, «انتهای
    پیام»: neither is printed but under one story) is held to a declared article's words per teaser
    (a roundup of the day's stories, each a linked headline and a paragraph). Looked for only where
    that bar decides."""
    if shape.declared_article:
        return False
    declared_bar = LISTING_WORDS_PER_TEASER_DECLARED * shape.teasers
    return not fewer_words(declared_bar) and one_story()


def _news_brief(record: NewsArticle, page: Page, one_story: Callable[[], bool]) -> bool:
    """A breaking-news brief («فوری | …» and one sentence): the page says it is an article (JSON-LD,
    og:type) and the record has a news ID, or the page shows one story (``one_story``: its own news
    ID under its label, «کد خبر», or its text closed by the footer marker); the record has a date,
    the headline 3+ words and the body one whole sentence of 5+ words. A section or tag page with
    one short teaser has no news ID of its own, and no footer marker."""
    body = (record.body or "").rstrip()
    return (record.published_date is not None
            and more_words_than(record.headline or "", MIN_MEDIA_HEADLINE_WORDS - 1)
            and more_words_than(body, MIN_MEDIA_BODY_WORDS - 1) and body.endswith(CLOSES_SENTENCE)
            and ((page.declares_article and record.news_id is not None) or one_story()))


def _media_story(record: NewsArticle) -> bool:
    """A player or gallery page that reads as one story: a headline of a few words (not a section's
    name, «ویدئو», "Videos") and a line of description."""
    return (more_words_than(record.headline or "", MIN_MEDIA_HEADLINE_WORDS - 1)
            and more_words_than(record.body or "", MIN_MEDIA_BODY_WORDS - 1))


MIN_MEDIA_HEADLINE_WORDS = 3
MIN_MEDIA_BODY_WORDS = 5


def choose_site(url: str | None, site: Site | None, site_for: SiteFinder | None, use_profiles: bool) -> Site | None:
    if not use_profiles:
        return None
    if site is not None:
        return site
    return site_for(url) if site_for else None


def extract(html: str | bytes, url: str | None = None, *, content_type: str | None = None,
            site: Site | None = None, site_for: SiteFinder | None = None, use_profiles: bool = True,
            crawled_at: str | None = None, content_language: str | None = None) -> Extraction:
    """Read one page with ``site``'s profile, or, when no site is given, the one ``site_for`` finds for
    the page's URL (its canonical link, og:url or most linked host for an offline page); the registry's
    newsscraper.sites.site_for_url is the usual finder. Neither: the generic reading.
    ``content_language`` is the response's Content-Language header, if any."""
    decode_notes: list[str] = []
    utf8: bytes | None = None
    if isinstance(html, bytes):
        decoded = decode_page(html, content_type)
        html, decode_notes, utf8 = decoded.text, decoded.notes, decoded.utf8
    page = Page(html, url, content_language=content_language, utf8=utf8)
    # Offline pages: the canonical link, og:url, else the host most absolute links point to.
    lookup = url or fx.page_canonical(page) or _url_from_links(page)
    chosen = choose_site(lookup, site, site_for, use_profiles)
    key = chosen.key if chosen else (host_of(lookup) or None)
    try:
        with keeping_arabic_letters(keeps_arabic_letters(page)):
            result = _extract_page(page, chosen, key, crawled_at)
            if result.refusal in HIDDEN_TEXT_REFUSALS:
                page, result = _from_hidden_markup(page, result, chosen, key, crawled_at)
    except (ValueError, RecursionError) as exc:  # malformed markup deep inside lxml
        return Extraction(None, f"unparseable:{type(exc).__name__}", list(decode_notes), site=key, page=page)
    if result.record is None and page.too_deep:
        # The parser dropped everything past its nesting limit: say so, rather than "no_headline".
        result.refusal = "too_deep"
    result.page = page
    result.notes[:0] = decode_notes
    return result


# Where a page built by its scripts keeps its text for them to show: a <template> a script copies into
# the page, a <noscript> a browser without scripts shows. Neither is read (a <noscript>'s text is
# most often a notice), unless nothing else holds the text.
HIDDEN_TEXT_TAGS = ("template", "noscript")
# What a page of scripts is refused as before its hidden text is read: no text, or its menu's links
# taken for a list of stories; and how many words the hidden markup must hold to be read.
HIDDEN_TEXT_REFUSALS = frozenset({"no_body", "listing"})
HIDDEN_TEXT_MIN_WORDS = 50


def _from_hidden_markup(page: Page, refused: Extraction, chosen: Site | None, key: str | None,
                        crawled_at: str | None) -> tuple[Page, Extraction]:
    """A page refused for want of text, read again with the markup inside its <template>s, then its
    <noscript>s, as the page's own (the other kind left out: a second copy of the same text): what a
    reader sees once the script runs, or without it."""
    for tag in HIDDEN_TEXT_TAGS:
        if not more_words_than(" ".join(text_content(el) for el in page.root.iter(tag)), HIDDEN_TEXT_MIN_WORDS - 1):
            continue
        shown = Page(page.html, page.url, content_language=page.content_language)
        # the other kind goes whole, its text after it kept; this kind's markup takes its place
        etree.strip_elements(shown.root, *(t for t in HIDDEN_TEXT_TAGS if t != tag), with_tail=False)
        etree.strip_tags(shown.root, tag)
        result = _extract_page(shown, chosen, key, crawled_at)
        if result.record is not None:
            result.notes.append(HIDDEN_MARKUP)
            return shown, result
    return page, refused


def _extract_page(page: Page, chosen: Site | None, key: str | None, crawled_at: str | None) -> Extraction:
    """The site's reading of the page, or the generic one where the site's profile finds no article."""
    result = _extract(page, chosen, key, crawled_at)
    if result.record is None and chosen is not None and chosen.profile is not GENERIC:
        # Profiles are hints on top of the generic finder: a template change that hides the
        # profile's elements must not turn an article into a refusal the generic path would not make.
        generic = _extract(page, chosen, key, crawled_at, use_profile=False)
        if generic.record is not None:
            generic.notes.append(PROFILE_MISSED)
            result = generic
    return result


def _extract(page: Page, site: Site | None, key: str | None, crawled_at: str | None,
             use_profile: bool = True) -> Extraction:
    names = (site.name,) if site else ()
    profile: Profile = _profile(page, site, site.zone) if site and use_profile else GENERIC

    loader = ArticleLoader()
    headline, from_titles = fx.read_headline(page, profile, names)
    lead, lead_node = fx.read_lead(page, profile, headline)
    body, containers = body_reader.read_body(page, profile, lead, exclude=(lead_node,), headline=headline)
    if lead_node is None and not fx.matches_any(page, profile.lead):  # no lead element, nor the profile's
        lead, lead_node = fx.read_standfirst(page, headline, containers)
        if lead_node is not None and any(lead_node is c or c in lead_node.iterancestors() for c in containers):
            # read as the text's first block, or as a line of the block that holds the headline
            rest, rest_containers = body_reader.read_body(page, profile, lead, exclude=(lead_node,), headline=headline)
            if rest.paragraphs:
                body, containers = rest, rest_containers
            else:  # set apart, the line leaves no text: it is the text (a brief's one paragraph)
                lead = None
    if body.paragraphs and all(map(is_copyright_notice, body.paragraphs)):
        body.paragraphs = []  # the footer's copyright line, all the text a page of scripts shows: no text
    # Too little text in the markup: the text the JSON-LD article states (a page built by its
    # scripts), else, on a photo story, its pictures' captions.
    body, lead = _stated_text(page, body, lead, headline)
    if not more_words_than("\n".join(body.paragraphs), MIN_BODY_WORDS - 1):
        if shows_media(page):
            body.paragraphs += body_reader.gallery_captions(page, body.paragraphs)
            if not body.paragraphs and lead:
                # A video or photo story whose one line of text is printed as its lead: that line is
                # what the story says, its text (the body never repeats the lead).
                body.paragraphs, lead = [lead], None
    elif page.tagged("figcaption"):
        # A photo report: an introduction, then pictures whose captions say more than it does. The
        # captions are its text too (a story with a few captioned pictures keeps its text alone).
        captions = body_reader.gallery_captions(page, body.paragraphs)
        said = count_words(" ".join(captions)) if captions else 0
        # (the body's words counted no further than the captions' number: a long text stops early)
        if said and not more_words_than("\n".join(body.paragraphs), said - 1) and shows_media(page):
            body.paragraphs += captions
    body_text = "\n\n".join(body.paragraphs)
    language = _language(page, site, f"{headline or ''}\n{body_text}")
    tz = _zone(page, site, language)

    def dates_in(zone: tzinfo | None) -> DateReading:
        return read_dates(page, fx.visible_date_texts(page, profile, containers[:1], headline), zone,
                          fx.printed_date_texts(page, headline, containers), fx.update_date_texts(page, headline),
                          lambda: fx.time_datetimes(page, headline),
                          lambda: fx.time_datetimes(page, headline, updates=True),
                          # (an Iranian host's clock is Tehran's: an outlet abroad is no .ir site)
                          home_clock=zone is TEHRAN and host_of(page.url or page.canonical).endswith(".ir"))

    dates = dates_in(tz)
    stated = site is None and dates.stated_zone is not None and dates.stated_zone != tz
    if stated:
        # A Persian outlet abroad prints its own city's time beside the Jalali date («۲۱:۴۰ به وقت لندن»):
        # its dates are told in that zone.
        tz = dates.stated_zone
        dates = dates_in(tz)
    if site is None and tz is not KABUL and (dates.dari or (
            tz is TEHRAN and not _dated_in_iran(page, dates)
            and states_kabul_time(page, fx.time_datetimes(page, headline)))):
        # A generic Persian page printing Dari month names, or stamping its dates with Kabul's offset
        # where Tehran's is another, is an Afghan page; not by its stamps alone where it is Iranian by
        # its host or its printed date (a server whose time zone data predates Iran's last summer
        # time keeps +04:30 in summer; a theme can state a wrong offset). An Afghan outlet abroad that
        # says which clock it prints («۰۸:۴۰ به وقت گرینویچ») keeps that zone.
        if not stated:
            tz = KABUL
            dates = dates_in(tz)
        language = as_dari(language)

    marker = body.marker or body_reader.find_marker_anywhere(page)
    loader.add_value("site", key)
    loader.add_value("url", page.url or fx.page_canonical(page))
    loader.add_value("canonical_url", fx.page_canonical(page))
    loader.add_value("news_id", fx.read_news_id(page, profile))
    surtitle = fx.read_surtitle(page, profile, headline)
    if lead and surtitle and normalize_line(lead) == normalize_line(surtitle):
        lead = None  # one line above the headline, named like a lead (`div.subtitle`): the surtitle
    if body.paragraphs and ((surtitle and normalize_line(body.paragraphs[0]) in {
            normalize_line(surtitle), normalize_line(f"{surtitle} {headline}")})
                            or fx.names_a_trail_part(page, body.paragraphs[0])):
        # printed above the headline inside the text's block, where the headline was no block of it
        # (or with it, in one h1: "<span>Topline</span> <span>Headline</span>"); or a label there
        # naming the section or the kind of story («گزارش تصویری»), as the trail does
        body.paragraphs = body.paragraphs[1:]
    authors = fx.read_authors(page, profile, names)
    if body.paragraphs[1:] and normalize_line(body.paragraphs[-1]) in {normalize_line(a) for a in authors}:
        # the writer's name alone closing the text (a Vietnamese portal's right-aligned byline)
        body.paragraphs = body.paragraphs[:-1]
    body_text = "\n\n".join(body.paragraphs)
    loader.add_value("headline", headline)
    loader.add_value("surtitle", surtitle)
    loader.add_value("lead", lead)
    loader.add_value("body", body_text)
    for name, value in dates.fields.items():
        loader.add_value(name, value)
    loader.add_value("modified_at", dates.modified_at)
    if marker:
        loader.add_value("footer_marker", marker[0])
        loader.add_value("editor_code", marker[1])
    primary = language.split("-")[0]
    loader.add_value("source_attribution", _attribution(lead, body_text, body.source, headline,
                                                        persian=primary in (PERSIAN, UNDETERMINED),
                                                        arabic=primary == "ar")
                     or (fx.labelled_source(page) if primary in CJK_LANGUAGES else None)
                     or (fx.labelled_source(page, persian=True) if primary == PERSIAN else None)
                     or fx.stated_agency(page))
    loader.add_value("tags", fx.read_tags(page, profile, headline))
    loader.add_value("section", fx.read_section(page, profile, headline))
    loader.add_value("authors", authors)
    loader.add_value("language", language)
    loader.add_value("crawled_at", crawled_at)
    record: NewsArticle = loader.load_item()

    # A headline of a word or two printed over a page's stories is a section's name («اجتماعی»); one
    # naming a tag, a search or an archive («برچسب: …», «نتایج جستجو برای …») is a listing's heading;
    # one linking to another page is that page's (a video front's featured video, its h1 a link).
    story_headline = (not from_titles and more_words_than(headline or "", MIN_MEDIA_HEADLINE_WORDS - 1)
                      and not LISTING_HEADING.match(normalize_for_matching(headline or ""))
                      and not fx.headline_links_elsewhere(page, headline))
    shape = page_shape(page, containers, page_of_series(page), body.left_out, prints_headline=story_headline,
                       beside_list=body.beside_list, marked=body.marker is not None)
    refusal = is_article(record, page, shape)
    if not refusal and not record.site:
        # An offline page with no URL, canonical link, og:url or absolute link names no site, and the
        # schema requires one: refuse (pass --url) rather than print a record that breaks the schema.
        refusal = "no_site"
    notes = list(dates.notes)
    if refusal:
        return Extraction(None, refusal, notes, site=record.site)
    return Extraction(record, None, notes, site=record.site)


def _profile(page: Page, site: Site | None, tz: tzinfo) -> Profile:
    """The site's template in force when the page was published (JSON-LD/meta date), else current."""
    if site is None:
        return GENERIC
    if not site.versions:
        return site.profile
    hint = machine_date(page, tz)
    return site.profile_for(hint)


CJK_LANGUAGES = frozenset({"zh", "ja", "ko"})  # whose pages print a source label by the date («来源：»)

# Where a story names its source: at its top (a dateline's paragraph, then «به نقل از …»). Further
# down, «به گزارش …» credits another outlet with a fact the story reports.
ATTRIBUTION_PARAGRAPHS = 2


def _attribution(lead: str | None, body: str, source_line: str | None = None,
                 headline: str | None = None, persian: bool = True, arabic: bool = False) -> str | None:
    """«به گزارش …» in the lead or the text's first two paragraphs, else what a «منبع: …» line of
    the text names, else a dateline agency opening the lead or the text, unless the headline opens
    with it too: «محور کرج - چالوس …» names a road, the story's subject (no headline prints a dateline).
    On an Arabic page, Arabic's phrases too («أفاد مراسل وكالة …», «حسبما نقلته وكالة …»)."""
    first = body[:2000].split("\n\n", ATTRIBUTION_PARAGRAPHS)[:ATTRIBUTION_PARAGRAPHS]
    for text in (lead, "\n\n".join(first)):
        if text:
            found = markers.attribution(normalize_line(text))
            if not found and arabic:  # (on the text as printed: markers.arabic_attribution)
                found = markers.arabic_attribution(" ".join(text.split()))
            if found:
                return found
    if source_line:
        return source_line
    headline_line = normalize_line(headline or "")
    # (the text's second paragraph too: a summary line set over the text may open its block)
    for text in (lead, *(p[:200] for p in first)):
        if text:
            found = markers.dateline_source(normalize_line(text), persian=persian)
            if found and not headline_line.startswith(found):
                return found
    return None


def _dated_in_iran(page: Page, dates: DateReading) -> bool:
    """The page's host is Iranian, or the page prints its date naming the month the Iranian way
    («۱۹ تیر ۱۴۰۲»; an Afghan site names it «سرطان»). Not its `lang="fa-IR"`: WordPress's Persian
    locale, which Afghan sites use too."""
    printed = dates.fields.get("published_raw") if dates.fields.get("published_source") == "page" else None
    return host_of(page.url or page.canonical).endswith(".ir") or names_iranian_month(printed or "")


def _looks_afghan(page: Page) -> bool:
    return page.html_lang in DARI_LANGS or host_of(page.url).endswith(".af")


def _language(page: Page, site: Site | None, text: str) -> str:
    """A site entry's language for its own site, unless the page's letters show another
    Arabic-script language than Persian (an Arabic or Pashto service of a Persian site) or the page
    is in another script (an agency's English edition, `en.irna.ir`); else the page's
    (extract/language.py). Dari months printed on the page, found by the date reading, make a
    Persian page Dari afterwards."""
    own = page_language(page, text, afghan=_looks_afghan(page), content_language=page.content_language)
    if site and not arabic_letters_kept() and (own == UNDETERMINED or in_arabic_script(own)):
        return site.language
    return own


def _zone(page: Page, site: Site | None, language: str) -> tzinfo | None:
    """The zone the record's dates are told in: the site entry's; Kabul for an Afghan page, Tehran for
    a Persian one, an Iranian host's, or one whose language is undetermined but whose source holds
    Arabic script. None for any other page of no known site: its instants keep the offsets they
    state, and a time stating none gives its day alone (a page from New York is not dated in
    Tehran's time)."""
    if site:
        return site.zone
    if language == DARI or _looks_afghan(page):
        return KABUL
    if (language == PERSIAN or (language == UNDETERMINED and (page.has_arabic or page.has_char_refs))
            or host_of(page.url or page.canonical).endswith(".ir")):
        return TEHRAN
    return None


def _absolute_hrefs(page: Page) -> list[str]:
    """`//a/@href[starts-with(., 'http')]`"""
    return [href for href in (a.get("href") for a in page.tagged("a")) if href is not None and href.startswith("http")]


_HOST = re.compile(r"https?://([^/:?#\s]+)", re.IGNORECASE)


def _url_from_links(page: Page) -> str | None:
    """Offline pages with no URL: the root of the host most absolute links point to."""
    hosts = Counter(m.group(1).lower().removeprefix("www.")
                    for m in map(_HOST.match, _absolute_hrefs(page))
                    if m and "[" not in m.group(1) and "]" not in m.group(1))  # `http://[x`: not a host
    return f"https://{hosts.most_common(1)[0][0]}/" if hosts else None
