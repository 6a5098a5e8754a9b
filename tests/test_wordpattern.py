"""wordpattern.any_word: a prefix tree of words matches as the alternation of the words, longest
first, does: the same span, followed by the same rest of a pattern, in any case with IGNORECASE."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from newsscraper.wordpattern import any_word

LETTERS = "abnoé.ιςσ آبی"  # shared prefixes, a dot, a space, letters that fold alike (ς σ)
words = st.lists(st.text(LETTERS, min_size=1, max_size=6), min_size=1, max_size=12)


def _alternation(items: list[str]) -> str:
    return "(?:" + "|".join(sorted(map(re.escape, items), key=len, reverse=True)) + ")"


@given(words, st.text(LETTERS + "12", max_size=40))
def test_a_prefix_tree_finds_what_the_longest_first_alternation_finds(items: list[str], text: str) -> None:
    for rest in ("", r"\.?\s+\d", r"\b"):
        for flags in (0, re.IGNORECASE):
            tree = re.compile(f"(?P<w>{any_word(items)}){rest}", flags)
            plain = re.compile(f"(?P<w>{_alternation(items)}){rest}", flags)
            assert [m.span() for m in tree.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_the_longer_word_is_read_where_both_fit() -> None:
    month = re.compile(any_word(["nov", "november", "novembre"]) + r"\.?\s+\d+", re.IGNORECASE)
    assert month.match("November 19").group() == "November 19"
    assert month.match("Nov. 19").group() == "Nov. 19"
    assert month.match("novembre 19").group() == "novembre 19"
    assert month.match("Novem 19") is None


def test_no_words_match_nothing() -> None:
    assert re.search(any_word([]), "anything") is None
