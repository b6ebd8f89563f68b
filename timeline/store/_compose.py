"""YAML text → a light node tree with 1-based positions, built from libyaml's parser events.

Why not `yaml.compose`: its nodes hold two `Mark` objects each and run PyYAML's resolver
(Python calls per node) for every scalar, which made a 10,000-event file take about 0.7 s
and 140 MB just to compose. And it replaces an alias by the anchored node itself, losing
where the alias was written; here an alias stays an `Alias` node at its own position, so
the validator can point at it.

The cyclic garbage collector is paused while building: the tree is hundreds of thousands
of small objects and no cycles, and the collector would rescan it again and again.
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

__all__ = ["Alias", "Mapping", "Node", "Scalar", "Sequence", "compose", "gc_paused"]

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

STR = "tag:yaml.org,2002:str"
_RESOLVERS: dict[str, list[tuple[str, Any]]] = dict(yaml.SafeLoader.yaml_implicit_resolvers)


class Scalar:
    """A scalar: its text, its resolved YAML tag, and whether it was written unquoted."""

    __slots__ = ("column", "line", "plain", "tag", "value")

    def __init__(self, value: str, tag: str, plain: bool, line: int, column: int) -> None:
        self.value = value
        self.tag = tag
        self.plain = plain
        self.line = line
        self.column = column


class Mapping:
    """A mapping: (key, value) pairs in file order, duplicates kept."""

    __slots__ = ("column", "end_line", "flow", "line", "value")

    def __init__(self, line: int, column: int, flow: bool) -> None:
        self.value: list[tuple[Node, Node]] = []
        self.line = line
        self.column = column
        self.end_line = line
        self.flow = flow


class Sequence:
    """A list of nodes."""

    __slots__ = ("column", "end_line", "flow", "line", "value")

    def __init__(self, line: int, column: int, flow: bool) -> None:
        self.value: list[Node] = []
        self.line = line
        self.column = column
        self.end_line = line
        self.flow = flow


class Alias:
    """`*name` where it was written; `anchor_line` is where `&name` marked the value."""

    __slots__ = ("anchor_line", "column", "line", "name")

    def __init__(self, name: str, anchor_line: int, line: int, column: int) -> None:
        self.name = name
        self.anchor_line = anchor_line
        self.line = line
        self.column = column


Node = Scalar | Mapping | Sequence | Alias
"""Positions are 1-based: `line` and `column` of the first character; a mapping or a list
also has the `end_line` where it ends."""


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

    Like `yaml.compose` with the safe loader: one document only, an alias to no anchor is an
    error, plain scalars get YAML 1.1 implicit tags (`1961` is an int,
    `true` a bool), quoted ones are strings.
    """
    with gc_paused():
        loader = _Loader(text)
        try:
            return _build(loader)
        finally:
            loader.dispose()


def _resolve(value: str, resolvers: list[tuple[str, Any]]) -> str:
    for tag, pattern in resolvers:
        if pattern.match(value):
            return str(tag)
    return STR


def _build(loader: Any) -> Node | None:  # one flat loop, kept inline for speed
    get_event = loader.get_event
    implicit_resolvers = _RESOLVERS
    anchors: dict[str, Node] = {}
    stack: list[Mapping | Sequence] = []
    key: Node | None = None  # in a mapping: the key still waiting for its value
    keys: list[Node | None] = []  # the waiting keys of the enclosing mappings
    parent: Mapping | Sequence | None = None
    root: Node | None = None
    root_mark: Any = None
    while True:
        event = get_event()
        kind = type(event)
        node: Node
        if kind is ScalarEvent:
            mark = event.start_mark
            tag = event.tag
            if tag is None or tag == "!":
                tag = STR
                if event.implicit[0]:
                    value = event.value
                    resolvers = implicit_resolvers.get(value[:1])
                    if resolvers is not None:
                        tag = _resolve(value, resolvers)
            node = Scalar(event.value, tag, not event.style, mark.line + 1, mark.column + 1)
        elif kind is MappingStartEvent:
            mark = event.start_mark
            node = Mapping(mark.line + 1, mark.column + 1, bool(event.flow_style))
        elif kind is SequenceStartEvent:
            mark = event.start_mark
            node = Sequence(mark.line + 1, mark.column + 1, bool(event.flow_style))
        elif kind is MappingEndEvent or kind is SequenceEndEvent:
            assert parent is not None
            parent.end_line = event.end_mark.line + 1
            parent = stack.pop() if stack else None
            key = keys.pop()
            continue
        elif kind is AliasEvent:
            target = anchors.get(event.anchor)
            if target is None:
                raise ComposerError(
                    None, None, f"found undefined alias {event.anchor!r}", event.start_mark
                )
            mark = event.start_mark
            node = Alias(event.anchor, target.line, mark.line + 1, mark.column + 1)
        elif kind is DocumentStartEvent and root_mark is not None:
            raise ComposerError(
                "expected a single document in the stream",
                root_mark,
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
            root, root_mark = node, event.start_mark
        elif type(parent) is Sequence:
            parent.value.append(node)
        elif key is None:
            key = node
        else:
            parent.value.append((key, node))  # type: ignore[arg-type]
            key = None
        if kind is MappingStartEvent or kind is SequenceStartEvent:
            if parent is not None:
                stack.append(parent)
            keys.append(key)
            parent, key = node, None  # type: ignore[assignment]
