"""extract/wordcount.py: more_words_than answers exactly as counting every word would."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsscraper.extract.wordcount import count_words, more_words_than

# Pieces from every kind of script count_words treats differently: spaced words (Latin, Persian with
# ZWNJ), CJK and Thai runs, digits, punctuation and white space.
_PIECES = st.sampled_from([
    "news", "council", "شهر", "می\u200cشود", "۱۴۰۳", "2024", "市议会", "通过", "の前で", "ประชุม",
    " ", "  ", "\n", ",", ".", "«", "»", "-", "é", "Ω",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=400).map("".join), st.integers(min_value=0, max_value=60))
@example("word " * 151, 150)          # a long text: the head answers
@example("word " * 150, 150)          # exactly n words: not more
@example("a" * 2000 + " b", 1)        # the head cuts one long word: two words in all
@example("市" * 400 + "ประชุม" * 10, 150)
def test_more_words_than_agrees_with_counting(text: str, n: int) -> None:
    assert more_words_than(text, n) == (count_words(text) > n)
