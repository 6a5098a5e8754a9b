"""The CSS selectors Page.css answers from its indexes instead of one XPath scan of the whole tree.

Only the simplest selectors are planned: compound steps of a type (`div`, `*`), `.class`, `#id`,
`[attr]` and `[attr=value]`, joined by descendant or child combinators. Everything else (`:not()`,
`*=`, `~=`, `+`, commas, pseudo-classes) is left to the plain query (cssselect's XPath). A planned
selector is matched right to left on the parsed tree, as a browser does: each candidate is checked
against its last step and its ancestors against the steps before. The candidates come from an index
(classes, ids, one attribute's values, one tag) for the step that names the rarest thing; when that
is an earlier step (`.tags li a`), only the subtrees of its outermost matches are searched.

Names and values are compared as the parsed tree holds them (character references and `&amp;`
already decoded, tag and attribute names lower-cased by the parser), never on the page's source.
The selector is parsed by cssselect itself, so escapes and quoting mean what they mean in the plain
query.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from cssselect import SelectorError, parse
from cssselect.parser import Attrib, Class, CombinedSelector, Element, Hash
from lxml import etree

# XPath's normalize-space(), which cssselect's class test uses, splits on these four only; str.split()
# would also split on NBSP and other Unicode spaces and so disagree with the plain query.
_XML_SPACE = re.compile(r"[ \t\n\r]+")
# Names an XPath can spell as they are (`//@data-id`, `//h1`); others are left to the plain query.
SAFE_NAME = re.compile(r"[a-zA-Z_][a-zA-Z0-9_.-]*")
_COMBINATORS = {" ": False, ">": True}  # combinator → whether it is the child combinator


def class_tokens(value: str | None) -> list[str]:
    """The class names of a class attribute, split where XPath's normalize-space() splits."""
    if not value:
        return []
    if value.isascii() and value.isprintable():  # the common case: a space is its only blank
        return value.split()
    return [t for t in _XML_SPACE.split(value) if t]


@dataclass(frozen=True)
class Compound:
    """One step of a selector: every condition it puts on a single element."""

    tag: str | None                              # lower-cased; None for `*`
    classes: tuple[str, ...] = ()
    ids: tuple[str, ...] = ()
    attrs: tuple[tuple[str, str | None], ...] = ()  # (lower-cased name, value, or None for [name])

    def matches(self, el: etree._Element) -> bool:
        if self.tag is not None and el.tag != self.tag:
            return False
        if self.ids and any(el.get("id") != i for i in self.ids):
            return False
        for name, value in self.attrs:
            got = el.get(name)
            if got is None or (value is not None and got != value):
                return False
        if self.classes:
            tokens = class_tokens(el.get("class"))
            return all(c in tokens for c in self.classes)
        return True


@dataclass(frozen=True)
class Plan:
    steps: tuple[Compound, ...]  # left to right
    child: tuple[bool, ...]      # child[i]: steps[i] and steps[i + 1] are joined by `>`, else by a space

    def matches(self, el: etree._Element) -> bool:
        """Whether ``el`` is a match: it matches the last step and its ancestors the steps before."""
        last = len(self.steps) - 1
        return self.steps[last].matches(el) and self._left_of(el, last)

    def _left_of(self, el: etree._Element, i: int) -> bool:
        """Whether the steps before step ``i`` (which ``el`` matches) are matched by its ancestors."""
        if i == 0:
            return True
        want = self.steps[i - 1]
        if self.child[i - 1]:
            parent = el.getparent()
            return parent is not None and want.matches(parent) and self._left_of(parent, i - 1)
        return any(want.matches(a) and self._left_of(a, i - 1) for a in el.iterancestors())

    @property
    def start(self) -> int:
        """The step whose index the search starts from: one naming a class or id (a few elements),
        else an attribute, else a type; of equals the rightmost, whose matches are the fewest."""
        ranks = [0 if s.ids or s.classes else 1 if s.attrs else 2 if s.tag else 3 for s in self.steps]
        best = min(ranks)
        return max(i for i, r in enumerate(ranks) if r == best)


@lru_cache(maxsize=1024)
def plan(css: str) -> Plan | None:
    """The plan of a selector Page.css may answer from its indexes, None for any other selector."""
    try:
        selectors = parse(css)
    except SelectorError:
        return None  # the plain query raises the same error to the caller
    if len(selectors) != 1 or selectors[0].pseudo_element is not None:
        return None
    steps: list[Compound] = []
    child: list[bool] = []
    tree: Any = selectors[0].parsed_tree
    while isinstance(tree, CombinedSelector):
        if tree.combinator not in _COMBINATORS:
            return None
        step = _compound(tree.subselector)
        if step is None:
            return None
        steps.append(step)
        child.append(_COMBINATORS[tree.combinator])
        tree = tree.selector
    step = _compound(tree)
    if step is None:
        return None
    steps.append(step)
    return Plan(tuple(reversed(steps)), tuple(reversed(child)))


def _compound(tree: Any) -> Compound | None:
    """One compound step of the plain kinds (type, class, id, [attr], [attr=value]), else None."""
    classes: list[str] = []
    ids: list[str] = []
    attrs: list[tuple[str, str | None]] = []
    while not isinstance(tree, Element):
        if isinstance(tree, Class) and not _XML_SPACE.search(tree.class_name):
            classes.append(tree.class_name)
        elif isinstance(tree, Hash):
            ids.append(tree.id)
        elif (isinstance(tree, Attrib) and tree.namespace is None and SAFE_NAME.fullmatch(tree.attrib)
              and tree.operator in ("exists", "=")):
            value = None if tree.operator == "exists" else tree.value.value  # type: ignore[union-attr]
            attrs.append((tree.attrib.lower(), value))
        else:
            return None  # a pseudo-class, :not(), a substring or word test, or a class with a space
        tree = tree.selector
    if tree.namespace is not None:
        return None
    name = tree.element
    if name is not None and name != "*" and not SAFE_NAME.fullmatch(name):
        return None
    tag = None if name in (None, "*") else name.lower()
    return Compound(tag, tuple(reversed(classes)), tuple(reversed(ids)), tuple(reversed(attrs)))


@dataclass(frozen=True)
class Needs:
    """What any match of a selector must carry, read outside :not() and alternatives: a page
    without one of these has no match, so no query need run. Attribute needles are substrings,
    which every value test (=, ~=, ^=, $=, *=, |=) implies."""

    classes: tuple[str, ...] = ()
    ids: tuple[str, ...] = ()
    attrs: tuple[tuple[str, str | None], ...] = ()  # (lower-cased name, substring of its value or None)


@lru_cache(maxsize=1024)
def needs(css: str) -> Needs:
    try:
        selectors = parse(css)
    except SelectorError:
        return Needs()  # the query itself raises the error to the caller
    if len(selectors) != 1:
        return Needs()
    classes: list[str] = []
    ids: list[str] = []
    attrs: list[tuple[str, str | None]] = []
    stack: list[Any] = [selectors[0].parsed_tree]
    while stack:
        tree = stack.pop()
        if tree is None:
            continue
        if isinstance(tree, Class) and not _XML_SPACE.search(tree.class_name):
            classes.append(tree.class_name)
        elif isinstance(tree, Hash):
            ids.append(tree.id)
        elif isinstance(tree, Attrib) and tree.namespace is None and SAFE_NAME.fullmatch(tree.attrib):
            attrs.append((tree.attrib.lower(), None if tree.value is None else tree.value.value))
        # Every node kind keeps in .selector what its element must match as well; a combined
        # selector's right side (.subselector) is required too, :not()'s .subselector is not.
        stack.append(getattr(tree, "selector", None))
        if isinstance(tree, CombinedSelector):
            stack.append(tree.subselector)
    return Needs(tuple(dict.fromkeys(classes)), tuple(dict.fromkeys(ids)), tuple(dict.fromkeys(attrs)))
