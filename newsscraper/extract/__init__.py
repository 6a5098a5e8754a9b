"""Extraction: one HTML page plus its URL → one NewsArticle record or a refusal, with no network."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsscraper.extract.core import Extraction, extract, is_article

__all__ = ["Extraction", "extract", "is_article"]


def __getattr__(name: str) -> Any:
    # Lazy, so that newsscraper.sites can import extract.profiles without a cycle through core.
    if name in __all__:
        from newsscraper.extract import core

        return getattr(core, name)
    raise AttributeError(name)
