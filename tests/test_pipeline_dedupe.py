"""DedupePipeline: per-site keys within a run and across runs, revisions, refresh."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from scrapy.exceptions import DropItem

from newsscraper.pipelines import DedupePipeline, body_hash
from newsscraper.store import store_for
from tests.support.pipelines import BODY, article, make_crawler


@pytest.fixture
def crawler(tmp_path):
    return make_crawler(tmp_path)


def test_dedupe_within_a_run_by_each_key(crawler):
    stage = DedupePipeline.from_crawler(crawler)
    stage.open_spider()
    stage.process_item(article())
    for dup in (article(url="https://www.isna.ir/news/1?x", canonical_url=None),        # same news_id
                article(news_id="2", url="https://www.isna.ir/x"),                     # same canonical
                article(news_id="3", url="https://www.isna.ir/y", canonical_url=None)):  # same body
        with pytest.raises(DropItem):
            stage.process_item(dup)
    assert crawler.stats.get_value("drop/duplicate_in_run") == 3


def test_copies_on_other_sites_are_kept(crawler):
    stage = DedupePipeline.from_crawler(crawler)
    stage.open_spider()
    stage.process_item(article())
    assert stage.process_item(article(site="mehr", url="https://www.mehrnews.com/news/1")) is not None


def test_dedupe_across_runs_and_revisions(crawler):
    store = store_for(crawler.settings)
    store.add_pending("isna", "r0", "/news/1", "1", "https://www.isna.ir/news/1", body_hash(BODY))
    store.end_run("r0", "finished", 1, {})
    stage = DedupePipeline.from_crawler(crawler)
    stage.open_spider()
    with pytest.raises(DropItem):
        stage.process_item(article())  # unchanged revisit
    assert crawler.stats.get_value("drop/unchanged") == 1
    revised = stage.process_item(article(body=BODY + " تازه " * 3))
    assert revised.revision == 2 and revised.modified_at
    fresh = DedupePipeline.from_crawler(crawler)  # a later run: the story under another URL
    fresh.open_spider()
    with pytest.raises(DropItem):
        fresh.process_item(article(url="https://www.isna.ir/other", canonical_url=None, body="x " * 30))
    assert crawler.stats.get_value("drop/duplicate_of_earlier_run") == 1


def test_refresh_bypasses_cross_run_dedupe(crawler):
    store = store_for(crawler.settings)
    store.add_pending("isna", "r0", "/news/1", "1", None, body_hash(BODY))
    crawler.spider = SimpleNamespace(refresh=True)
    stage = DedupePipeline.from_crawler(crawler)
    stage.open_spider()
    assert stage.process_item(article()) is not None
