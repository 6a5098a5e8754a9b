"""ValidatePipeline: schema and is_article(), drops counted as drop/<reason>."""

from __future__ import annotations

import pytest
from scrapy.exceptions import DropItem

from newsscraper.pipelines import ValidatePipeline
from tests.support.pipelines import article, make_crawler


@pytest.fixture
def crawler(tmp_path):
    return make_crawler(tmp_path)


def test_validate_passes_articles_and_counts(crawler):
    stage = ValidatePipeline.from_crawler(crawler)
    assert stage.process_item(article()) is not None
    assert crawler.stats.get_value("validate/ok") == 1


@pytest.mark.parametrize(("change", "reason"), [
    ({"headline": None}, "no_headline"),
    ({"body": "کوتاه"}, "short_body"),
    ({"news_id": "۱۲"}, "schema_news_id"),
    ({"published_at": "2024-01-01T10:00:00"}, "schema_published_at"),
])
def test_validate_drops_with_a_named_reason(crawler, change, reason):
    stage = ValidatePipeline.from_crawler(crawler)
    with pytest.raises(DropItem):
        stage.process_item(article(**change))
    assert crawler.stats.get_value(f"drop/{reason}") == 1
