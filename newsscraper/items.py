"""The record: one NewsArticle per article page.

This dataclass is the single source of the schema. `newsscraper schema` turns its field metadata
into newsscraper/resources/news-article.schema.json and docs/record.md; a test fails when the
committed files drift from it. Every field has a None / empty default so an ItemLoader can fill
them one at a time, and Scrapy's exporters write fields in this declaration order.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

SCHEMA_VERSION = 1


def _f(json_type: str, description: str, *, nullable: bool = True, default: Any = None,
       fmt: str | None = None, pattern: str | None = None, items: str | None = None) -> Any:
    """A dataclass field whose metadata describes it for the generated schema and docs."""
    meta = {"type": json_type, "nullable": nullable, "description": description,
            "format": fmt, "pattern": pattern, "items": items}
    if json_type == "array":
        return field(default_factory=list, metadata=meta)
    return field(default=default, metadata=meta)


ISO_OFFSET = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?[+-]\d{2}:\d{2}$"
ISO_UTC = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|\+00:00)$"


@dataclass
class NewsArticle:
    schema_version: int = _f("integer", "Version of this record layout; 1.", nullable=False,
                             default=SCHEMA_VERSION)
    site: str | None = _f("string", "Site key, e.g. `isna`; for sites without a profile, the host "
                          "without `www.`.", nullable=False)
    url: str | None = _f("string", "The URL fetched (after redirects); null only for an offline page "
                         "with no canonical link or og:url.")
    canonical_url: str | None = _f("string", "`<link rel=canonical>` or og:url, made absolute.")
    news_id: str | None = _f("string", "The site's own article ID in ASCII digits (`۶۲۸۸` → `6288`), "
                             "from «کد خبر», «شناسه خبر», «کد مطلب», meta, or the URL.",
                             pattern=r"^[0-9]+$")
    headline: str | None = _f("string", "The visible article headline (the article's h1); `<title>` "
                              "or og:title minus the site suffix only when the page shows none.",
                              nullable=False)
    surtitle: str | None = _f("string", "روتیتر: the kicker line above the headline.")
    lead: str | None = _f("string", "لید: the visible lead element, dateline kept; never the meta "
                          "description; null when the page shows none.")
    body: str | None = _f("string", "Article text, paragraphs joined by a blank line (`\\n\\n`), ZWNJ "
                          "kept; no repeated lead, footer marker, captions, read-more inserts, "
                          "comments, related links, tags, share or ad text.", nullable=False)
    published_at: str | None = _f("string", "ISO-8601 instant with the site zone's offset "
                                  "(`2017-10-16T10:30:00+03:30`; a page of no known site that is not "
                                  "Persian keeps the offset it states): the visible date with its time; "
                                  "if the visible date has no time, the JSON-LD/meta instant when it "
                                  "falls on that local day; else null.", pattern=ISO_OFFSET)
    published_date: str | None = _f("string", "Gregorian publication date in the site's zone "
                                    "(Asia/Tehran, or Asia/Kabul for Afghan sites; at the stated offset "
                                    "on a page of no known site that is not Persian).", fmt="date",
                                    pattern=r"^\d{4}-\d{2}-\d{2}$")
    published_jalali: str | None = _f("string", "The same day in the Solar Hijri calendar, with the time "
                                      "when known: `1396-07-24` or `1396-07-24T10:30`.",
                                      pattern=r"^1[2-5]\d{2}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$")
    published_raw: str | None = _f("string", "The date text exactly as the page shows it.")
    published_source: str | None = _f("string", "Where the date came from: `page`, `jsonld`, `meta` "
                                      "or `url`.", pattern=r"^(page|jsonld|meta|url)$")
    modified_at: str | None = _f("string", "Last modification instant, formatted as published_at.",
                                 pattern=ISO_OFFSET)
    revision: int | None = _f("integer", "1 at first export; +1 each time a revisit finds a changed "
                              "body.", nullable=False, default=1)
    footer_marker: str | None = _f("string", "The closing marker as printed, e.g. `انتهای پیام/ع`.")
    editor_code: str | None = _f("string", "The editor code after the marker's slash, e.g. `ع`.")
    source_attribution: str | None = _f("string", "Agency named in «به گزارش …» / «به نقل از …», "
                                        "e.g. `پیام ملّت`.")
    tags: list[str] = _f("array", "Keywords / برچسب‌ها shown with the article.", nullable=False,
                         items="string")
    section: str | None = _f("string", "Service or category (سرویس) the article is filed under.")
    authors: list[str] = _f("array", "Named authors or reporters, if any.", nullable=False,
                            items="string")
    language: str | None = _f("string", "The page's language as a primary BCP-47 tag: `fa`, `fa-AF` for Dari, "
                              "`en`, `ar`, …, or `und` when neither a declaration nor the text's "
                              "text tells; a site entry's language for its own site's pages in the "
                              "Arabic script.", nullable=False,
                              pattern=r"^[a-z]{2,3}(-[A-Z]{2})?$")
    crawled_at: str | None = _f("string", "When the page was fetched, ISO-8601 UTC; null for offline "
                                "extraction.", pattern=ISO_UTC)


FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in fields(NewsArticle))
