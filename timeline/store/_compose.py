"""YAML text → node tree with positions: libyaml's own composer, or ours where aliases are.

`yaml.compose` with the C loader is the fast path, with a lean resolver: PyYAML calls back
into Python for every node to resolve its tag and to track path resolvers (which the safe
loader has none of), and the stock resolver is a general one. The lean one saves about a
sixth of the instructions of composing (measured with callgrind on a 2,000-event file).

The C composer turns an alias into the anchored node itself, losing where the alias was
written. So text that may hold an alias (a `*` where a value can start) is composed from
libyaml's parser events instead, and each alias stays an `AliasNode` at its own position
for the validator to report. That path is about half again as slow (Python handles every
event), and only files with a `*` after a space, a line break, `[`, `{`, `,` or `:` take it.

The cyclic garbage collector is paused while building: the tree is hundreds of thousands
of small objects and no cycles, and the collector would rescan it again and again.

`compose_untrusted` is the same composer for small documents from untrusted hands (article
front matter, manifests): it stops at the first alias, at nesting deeper than a few levels
and past a number of values, so a "billion laughs" of nested aliases cannot be expanded
by anyone later, and no document can build a tree larger than asked.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import yaml
from yaml.composer import ComposerError
from yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

__all__ = [
    "RESOLVERS",
    "AliasNode",
    "RefusedYAML",
    "compose",
    "compose_events",
    "compose_untrusted",
    "gc_paused",
    "may_hold_alias",
    "may_hold_anchor",
    "resolve_plain",
]

_TAG = "tag:yaml.org,2002:"
_STR, _SEQ, _MAP = f"{_TAG}str", f"{_TAG}seq", f"{_TAG}map"
RESOLVERS: dict[str | None, list[tuple[str, Any]]] = dict(yaml.SafeLoader.yaml_implicit_resolvers)
"""The safe loader's implicit resolvers of plain scalars, by first character."""
_CLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_BEFORE_ALIAS = frozenset(" \t\r\n\x85\u2028\u2029[{,:")
"""What may come right before the `*` of an alias: a space or line break, `[`, `{`, `,`, `:`."""


class _Loader(_CLoader):  # type: ignore[misc]  # untyped in types-PyYAML
    """The safe loader's tags (YAML 1.1: `1961` is an int, `yes` a bool), resolved cheaply."""

    def resolve(self, kind: type[Node], value: str, implicit: tuple[bool, bool]) -> str:
        if kind is ScalarNode:
            return resolve_plain(value) if implicit[0] else _STR
        return _SEQ if kind is SequenceNode else _MAP

    def descend_resolver(self, current_node: Node | None, current_index: object) -> None:
        """The safe loader has no path resolvers: nothing to track."""

    def ascend_resolver(self) -> None:
        """The safe loader has no path resolvers: nothing to track."""


class AliasNode(Node):
    """`*name` where it was written; `anchor_line` (1-based) is where `&name` marked the value."""

    id = "alias"

    def __init__(self, name: str, anchor_line: int, start_mark: Any, end_mark: Any) -> None:
        super().__init__("", name, start_mark, end_mark)
        self.name = name
        self.anchor_line = anchor_line


@contextmanager
def gc_paused() -> Iterator[None]:
    """Suspend cyclic garbage collection (reference counting still frees memory)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def compose(text: str) -> Node | None:
    """The single document in `text` as a node tree (None if empty); raises `yaml.YAMLError`.

    Scalars get the safe loader's tags: plain ones by YAML 1.1 rules, quoted ones `str`.
    Aliases are `AliasNode`s; an alias to no anchor is an error.
    """
    if not may_hold_alias(text):
        with gc_paused():
            return yaml.compose(text, Loader=_Loader)
    return compose_events(text)


def compose_events(text: str) -> Node | None:
    """`compose` built from parser events, so that aliases keep their own position."""
    with gc_paused():
        loader = _CLoader(text)
        try:
            return _build(loader)
        finally:
            loader.dispose()


class RefusedYAML(yaml.MarkedYAMLError):
    """Valid YAML that `compose_untrusted` will not build; `problem` says why, in words a
    user can act on, and `problem_mark` where."""

    def __init__(self, problem: str, mark: Any) -> None:
        super().__init__(problem=problem, problem_mark=mark)
        self.line: int = mark.line
        """0-based, like the marks of PyYAML"""
        self.column: int = mark.column


_PLAIN_TAGS = frozenset(
    [None, "!"]
    + [_TAG + name for name in ("str", "int", "float", "bool", "null", "timestamp", "seq", "map")]
)
"""Tags plain data may carry: none, or one of YAML's own for text, numbers, booleans, null,
dates, lists and mappings (never `!!python/...`, `!!binary` or a custom `!tag`)."""


class _Guard:
    """Hands libyaml's parser events to `_build`, refusing aliases, tags other than plain
    data's, deep nesting and more than `max_nodes` values before any of them is built."""

    def __init__(self, loader: Any, max_depth: int, max_nodes: int) -> None:
        self._next = loader.get_event
        self._max_depth = max_depth
        self._max_nodes = max_nodes
        self._depth = 0
        self._nodes = 0

    def get_event(self) -> Any:
        event = self._next()
        kind = type(event)
        if kind is AliasEvent:
            raise RefusedYAML(
                f"YAML aliases (*{event.anchor}) are not allowed here; write the value out",
                event.start_mark,
            )
        if kind is MappingEndEvent or kind is SequenceEndEvent:
            self._depth -= 1
        elif kind is ScalarEvent or kind is MappingStartEvent or kind is SequenceStartEvent:
            if event.tag not in _PLAIN_TAGS:
                raise RefusedYAML(f"unsupported YAML tag '{event.tag}'", event.start_mark)
            self._nodes += 1
            if self._nodes > self._max_nodes:
                raise RefusedYAML(f"more than {self._max_nodes:,} values", event.start_mark)
            if kind is not ScalarEvent:
                self._depth += 1
                if self._depth > self._max_depth:
                    raise RefusedYAML(
                        f"nested more than {self._max_depth} levels deep", event.start_mark
                    )
        return event


def compose_untrusted(text: str, *, max_depth: int, max_nodes: int) -> Node | None:
    """`compose` for documents from untrusted hands: raises `RefusedYAML` at the first
    alias, at a tag other than plain data's, at nesting deeper than `max_depth` and past
    `max_nodes` values, or another `yaml.YAMLError` for broken YAML."""
    with gc_paused():
        loader = _CLoader(text)
        try:
            return _build(_Guard(loader, max_depth, max_nodes))
        finally:
            loader.dispose()


def may_hold_anchor(text: str) -> bool:
    """False only when no `&` in the text can start an anchor (`&` then a name, where a
    value can start): "R&D" or " & " cannot, so news text rarely holds one."""
    at = text.find("&")
    while at != -1:
        if (at == 0 or text[at - 1] in _BEFORE_ALIAS) and text[at + 1 : at + 2].strip():
            return True
        at = text.find("&", at + 1)
    return False


def may_hold_alias(text: str) -> bool:
    """False only when no `*` in the text can start an alias (most files have no `*`)."""
    at = text.find("*")
    while at != -1:
        if at == 0 or text[at - 1] in _BEFORE_ALIAS:
            return True
        at = text.find("*", at + 1)
    return False


def resolve_plain(value: str) -> str:
    """The tag the safe loader gives a plain scalar (YAML 1.1: `1961` an int, `yes` a bool)."""
    for tag, pattern in RESOLVERS.get(value[:1], ()):
        if pattern.match(value):
            return tag
    return _STR


def _build(loader: Any) -> Node | None:  # one flat loop over the events, inline for speed
    get_event = loader.get_event
    anchors: dict[str, Node] = {}
    stack: list[Node] = []  # the enclosing containers
    key: Node | None = None  # in a mapping: the key still waiting for its value
    keys: list[Node | None] = []  # the waiting keys of the enclosing mappings
    parent: Node | None = None
    root: Node | None = None
    while True:
        event = get_event()
        kind = type(event)
        node: Node
        if kind is ScalarEvent:
            tag = event.tag
            if tag is None or tag == "!":
                tag = resolve_plain(event.value) if event.implicit[0] else _STR
            node = ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
        elif kind is MappingStartEvent:
            node = MappingNode(_MAP, [], event.start_mark, None, event.flow_style)
        elif kind is SequenceStartEvent:
            node = SequenceNode(_SEQ, [], event.start_mark, None, event.flow_style)
        elif kind is MappingEndEvent or kind is SequenceEndEvent:
            assert parent is not None
            parent.end_mark = event.end_mark
            parent = stack.pop() if stack else None
            key = keys.pop()
            continue
        elif kind is AliasEvent:
            target = anchors.get(event.anchor)
            if target is None:
                raise ComposerError(
                    None, None, f"found undefined alias {event.anchor!r}", event.start_mark
                )
            line = target.start_mark.line + 1
            node = AliasNode(event.anchor, line, event.start_mark, event.end_mark)
        elif kind is DocumentStartEvent and root is not None:
            raise ComposerError(
                "expected a single document in the stream",
                root.start_mark,
                "but found another document",
                event.start_mark,
            )
        elif kind is StreamEndEvent or event is None:
            return root
        else:  # the stream's start, a document's start or end
            continue
        if kind is not AliasEvent and event.anchor is not None:
            anchors[event.anchor] = node  # a later anchor of the same name replaces it
        if parent is None:
            root = node
        elif type(parent) is SequenceNode:
            parent.value.append(node)
        elif key is None:
            key = node
        else:
            parent.value.append((key, node))
            key = None
        if kind is MappingStartEvent or kind is SequenceStartEvent:
            if parent is not None:
                stack.append(parent)
            keys.append(key)
            parent, key = node, None
