"""MarkSeenPipeline: the record is written (flushed) first, then entered in the seen-store as pending.

The real export extension with it is exercised end to end in test_incremental.py."""

from __future__ import annotations

from scrapy.utils.test import get_crawler

from newsscraper.pipelines import MarkSeenPipeline
from newsscraper.store import store_for
from tests.support.pipelines import article


class _Export:
    """Stands in for the export extension: records what was written and when."""

    def __init__(self, store, events):
        self.store, self.run_id, self.events = store, "0123abcd", events

    def write(self, item):
        self.events.append(("write", item.url))


def test_written_then_marked_pending(tmp_path):
    crawler = get_crawler(settings_dict={"NEWSSCRAPER_DATA_DIR": str(tmp_path)})
    store = store_for(crawler.settings)
    events: list[tuple[str, str]] = []
    stage = MarkSeenPipeline.from_crawler(crawler)
    stage.export = _Export(store, events)
    stage.process_item(article())
    assert events == [("write", "https://www.isna.ir/news/1")]
    entry = store.entry("isna", "/news/1")
    assert entry.status == "pending" and entry.run_id == "0123abcd"
    assert crawler.stats.get_value("seen/marked") == 1


def test_without_export_nothing_is_marked(tmp_path):
    crawler = get_crawler(settings_dict={"NEWSSCRAPER_DATA_DIR": str(tmp_path), "NEWSSCRAPER_EXPORT": False})
    stage = MarkSeenPipeline.from_crawler(crawler)
    stage.export = None
    assert stage.process_item(article()) is not None
    assert store_for(crawler.settings).entry("isna", "/news/1") is None
    assert crawler.stats.get_value("seen/marked") is None
