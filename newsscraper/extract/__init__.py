"""Extraction: one HTML page plus its URL → one NewsArticle record or a refusal, with no network."""

from newsscraper.extract.core import Extraction, extract, is_article

__all__ = ["Extraction", "extract", "is_article"]
