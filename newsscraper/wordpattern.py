"""A regular expression matching any of a list of words, written as a tree of their shared prefixes.

Python's regex engine tries the branches of an alternation one after another at every place it
looks, so ``jan|january|feb|…`` over three hundred month names in thirty languages costs three
hundred tries at each word of a long text (and with IGNORECASE it cannot skip a branch by its first
letter). Written as a prefix tree, ``(?:j(?:an(?:uary)?|…)|f(?:eb…)|…)``, a try fails at the first
letter no word shares. The match is the same: the longest word the text holds there that lets the
rest of the pattern match, as the alternation sorted longest first gives.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_Tree = dict[str, "_Tree"]
_END = ""  # the key marking that a word ends at this node


def any_word(words: Iterable[str]) -> str:
    """A non-capturing pattern matching any of ``words`` (as literal text), the longest first."""
    tree: _Tree = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    if not tree:
        return "(?!)"
    if _END in tree:  # the empty word: the pattern may match nothing
        return f"(?:{_branches(tree)})"
    # The words' first letters as one class, tested before any branch: at most places in a text no
    # word starts, and one class test says so where dozens of branches would each try.
    first = "".join(sorted(re.escape(char) for char in tree if char != _END))
    return f"(?=[{first}]){_branches(tree)}"


def _branches(node: _Tree) -> str:
    branches = [re.escape(char) + _branches(child) for char, child in node.items() if char != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # A word ending here: the longer words first (a greedy optional part), then this one.
    return f"(?:{body})?" if _END in node else body


def longest_first(words: Iterable[str]) -> str:
    """The plain alternation of ``words`` (as literal text), the longer first, ungrouped: cheaper to
    compile than any_word's tree, and as fast to match where case is not folded (the engine skips a
    branch whose first letter differs without trying it)."""
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))

