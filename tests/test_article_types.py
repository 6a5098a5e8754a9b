"""Structured data's article types: schema.org's Article and every type below it state the story's
dates and authors (a social post mirrored from a channel, a satire, a technical article), as
NewsArticle does; a type outside that tree states nothing about the story."""

from __future__ import annotations

import json

import pytest

from newsscraper.extract import extract

TEXT = ("سازمان بهداشت استان اعلام کرد که از صبح امروز نوبت‌دهی برای گروه سنی پنجاه سال به بالا در همه "
        "مراکز شهرستان‌ها آغاز شده و مراجعه‌کنندگان باید کارت شناسایی همراه داشته باشند تا کار آنان زودتر انجام شود.")


def _page(kind: str) -> bytes:
    data = {"@context": "https://schema.org", "@type": kind, "headline": "آغاز نوبت‌دهی برای گروه سنی پنجاه سال",
            "datePublished": "2021-07-05T04:00:00+00:00", "dateModified": "2021-07-05T06:10:00+00:00",
            "author": {"@type": "Person", "name": "مینا رادمنش"}}
    return f"""<html lang="fa"><head><meta charset="utf-8"><title>آغاز نوبت‌دهی برای گروه سنی پنجاه سال</title>
<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script></head><body>
<h1>آغاز نوبت‌دهی برای گروه سنی پنجاه سال</h1><div class="post"><p>{TEXT}</p><p>{TEXT}</p></div>
</body></html>""".encode()


@pytest.mark.parametrize("kind", ["SocialMediaPosting", "SatiricalArticle", "TechArticle", "ReviewNewsArticle",
                                  "NewsArticle"])
def test_an_article_type_below_article_states_the_storys_dates_and_author(kind: str) -> None:
    record = extract(_page(kind), "https://kanal.example/channel/khabar/38211").record
    assert record is not None
    # 04:00 UTC is 08:30 in Tehran, whose summer time 1400 still kept
    assert record.published_at == "2021-07-05T08:30:00+04:30" and record.published_source == "jsonld"
    assert record.modified_at == "2021-07-05T10:40:00+04:30"
    assert record.authors == ["مینا رادمنش"]


def test_a_type_outside_the_article_tree_states_no_date() -> None:
    record = extract(_page("Thing"), "https://kanal.example/channel/khabar/38211").record
    assert record is not None and record.published_at is None and record.authors == []


def test_yoasts_web_page_states_the_posts_dates_where_no_article_object_does() -> None:
    """Yoast's graph on a site set to write no Article piece: the WebPage carries the post's dates."""
    page = _page("WebPage").replace(b'"headline"', b'"name"')
    record = extract(page, "https://kanal.example/2021/07/05/nobat/").record
    assert record is not None and record.published_at == "2021-07-05T08:30:00+04:30"
    assert record.modified_at == "2021-07-05T10:40:00+04:30"
    # … not a collection's page (a category's archive states its own dates)
    listing = extract(_page("CollectionPage"), "https://kanal.example/category/news/")
    assert listing.record is None or listing.record.published_at is None


def test_a_forums_thread_is_no_story() -> None:
    """DiscussionForumPosting is below Article in schema.org's tree, but a forum's thread (its first
    post quoting a story, readers answering) is no story of a news site's (session 28's held-out z44)."""
    result = extract(_page("DiscussionForumPosting"), "https://forum.kanal.example/threads/38211/")
    assert result.record is None and result.refusal == "site_page"
