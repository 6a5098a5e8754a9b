"""Counting words in every script, for the thresholds in words (article/listing, lead, byline, …).

Spaced text counts its runs of letters and digits (or its space-separated tokens, where a rule was
written for those). Chinese, Japanese, Thai, Lao, Khmer and Myanmar put no spaces between words, so
a run there is a clause or a sentence: it counts one word per CJK_CHARS_PER_WORD or SEA_CHARS_PER_WORD
of its characters (content_rules.py), and a threshold means about as much text in every script.
"""

from __future__ import annotations

import re
from functools import cache

from newsscraper.extract import content_rules as rules

WORD = re.compile(r"\w+")
_UNSPACED = f"{rules.CJK_CHARS}{rules.SEA_CHARS}"
_UNSPACED_CHAR = re.compile(f"[{_UNSPACED}]")
# One match per word: a run of spaced word characters (or a space-separated token), or up to so many
# characters of an unspaced script.
_SHARES = f"[{rules.CJK_CHARS}]{{1,{rules.CJK_CHARS_PER_WORD}}}|[{rules.SEA_CHARS}]{{1,{rules.SEA_CHARS_PER_WORD}}}"
_RUN_OR_SHARE = f"[^\\W{_UNSPACED}]+|{_SHARES}"
_TOKEN_OR_SHARE = f"[^\\s{_UNSPACED}]+|{_SHARES}"
# Characters of a text's head read per word asked for (more_words_than): a prose word and its space
# take fewer in every script.
_HEAD_CHARS_PER_WORD = 8


def count_words(text: str, *, by_space: bool = False) -> int:
    """Runs of word characters in ``text`` (``by_space``: space-separated tokens, as str.split), a run
    of an unspaced script counting one word per so many of its characters. One findall; text without
    such characters (all ASCII, Persian, …) takes the plain count after a quick scan."""
    if text.isascii() or not _UNSPACED_CHAR.search(text):
        return len(text.split()) if by_space else WORD.subn("", text)[1]  # counted, no list of words
    return len(_compiled(_TOKEN_OR_SHARE if by_space else _RUN_OR_SHARE).findall(text))


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    """The word patterns of unspaced scripts, compiled on first use: their character classes take
    milliseconds to compile, and a crawl of Persian or English pages never needs them."""
    return re.compile(pattern)


def more_words_than(text: str, n: int) -> bool:
    """Whether ``text`` holds more than ``n`` words. A long text is answered from its head: a prefix
    never holds more words than the whole (a word cut at its end still counts once in both)."""
    head = text[: _HEAD_CHARS_PER_WORD * (n + 1)]
    if len(head) < len(text) and count_words(head) > n:
        return True
    return count_words(text) > n
