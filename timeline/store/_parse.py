"""events.yaml text → `Timeline`, with every problem located at its file:line:column.

Reads the composed YAML node tree rather than `yaml.safe_load` output: every node keeps its
position, duplicate keys stay visible (a plain load silently keeps the last), and a date is
read from its source text whether or not it was quoted, so `1961` never becomes an int and
`2024-06-19` takes the same path as `"2024-06-19"`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar, cast

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from timeline.errors import Problem
from timeline.files import locate_offset
from timeline.model import (
    DATE_FORMAT_HINT,
    STATUSES,
    Citation,
    Dispute,
    Era,
    Event,
    Media,
    PartialDate,
    Source,
    Timeline,
)
from timeline.store._canonical import Read, read_event, read_source
from timeline.store._chunks import Chunk, Split, split_lists
from timeline.store._compose import (
    AliasNode,
    compose,
    gc_paused,
    may_hold_alias,
    may_hold_anchor,
)
from timeline.store._locate import chunk_blocks, located_in
from timeline.store._quotes import unclosed_quote
from timeline.store._spec import (
    CITATION_KEYS,
    DISPUTE_KEYS,
    ERA_KEYS,
    EVENT_KEYS,
    ID_HINT,
    ID_RE,
    LANGUAGE_HINT,
    LANGUAGE_NAMES,
    LANGUAGE_RE,
    MAX_IMPORTANCE,
    MAX_OFFSET,
    MEDIA_KEYS,
    MEDIA_URL_RE,
    SOURCE_KEYS,
    TOP_KEYS,
    URL_RE,
)
from timeline.store._suggest import NearestNames

_V = TypeVar("_V")
_Cited = tuple[str, int, int, str]
"""A cited source id, where the citation is (1-based line and column), and its item's name."""

__all__ = ["ParseCache", "parse_located", "parse_timeline"]

_TAG = "tag:yaml.org,2002:"
_KINDS = {
    f"{_TAG}str": "a string",
    f"{_TAG}int": "a number",
    f"{_TAG}float": "a number",
    f"{_TAG}bool": "a boolean",
    f"{_TAG}null": "an empty value",
    f"{_TAG}timestamp": "a date",
}
_NULL = f"{_TAG}null"
_STR = f"{_TAG}str"
_BOOL = f"{_TAG}bool"
_INT = f"{_TAG}int"
_FLOAT = f"{_TAG}float"
_NUMBER_RE = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_SHOWN = 60
"""Characters of a value a message quotes; the rest is elided, so a huge value cannot
flood the terminal."""
_REQUIRED = {
    TOP_KEYS: ("title",),
    SOURCE_KEYS: ("id",),
    EVENT_KEYS: ("id", "date", "title"),
    CITATION_KEYS: ("source",),
    DISPUTE_KEYS: ("source", "date"),
    MEDIA_KEYS: ("url", "alt"),
    ERA_KEYS: ("title", "start", "end"),
}
"""Each mapping's known keys → the keys it must have."""
_KEY_SETS: dict[tuple[str, ...], frozenset[str]] = {
    keys: frozenset(keys) for keys in (*_REQUIRED, *_REQUIRED.values())
}


@dataclass(frozen=True)
class _Item:
    """One list item read on its own, lines counted from its own first line."""

    value: Event | Source | None
    problems: tuple[tuple[int, int, str], ...]
    citations: tuple[_Cited, ...]
    ident: tuple[str, int, int, str] | None
    """Its id, where the id is written, and the item's name in messages."""
    index: int | None
    """The position the reading depends on (messages name an item without an id by it)."""
    line: int | None
    """The first line the reading depends on (a duplicate key's message names a line)."""


class ParseCache:
    """The items of the last read, by their text: a file read again after an edit
    (`mkdocs serve`) composes and checks only the items whose text changed."""

    def __init__(self) -> None:
        self._items: dict[tuple[str, str], _Item] = {}
        self._next: dict[tuple[str, str], _Item] = {}

    def get(self, kind: str, text: str, index: int, line: int) -> _Item | None:
        item = self._items.get((kind, text))
        if item is None or item.index not in (None, index) or item.line not in (None, line):
            return None
        self._next[kind, text] = item
        return item

    def put(self, kind: str, text: str, item: _Item) -> None:
        self._next[kind, text] = item

    def turn(self) -> None:
        """Keep only what the read just finished used (so the cache cannot grow)."""
        self._items, self._next = self._next, {}


_BATCH = 100
"""List items composed together: one loader for many items, and still a small tree."""


class _Unsplit(Exception):
    """A list item that does not read as one item on its own: read the whole file."""


def parse_timeline(
    text: str | bytes, path: str = "events.yaml", cache: ParseCache | None = None
) -> tuple[Timeline | None, list[Problem]]:
    """Read events.yaml text; never raises for bad input.

    Returns the timeline and every problem found, sorted. With problems, the timeline holds
    what could be read (unreadable events and sources are left out); it is None when the
    file is not a YAML mapping at all. A `cache` passed to every read of one file skips the
    items unchanged since the last read.
    """
    with gc_paused():  # see `_compose`: big trees of small objects, no cycles
        return _parse(text, path, cache)


def parse_located(
    text: str, path: str = "events.yaml"
) -> tuple[Timeline | None, list[Problem], dict[str, tuple[int, int]]]:
    """`parse_timeline` and `locate_events` of one text, from one reading of it (item by
    item when it reads without problems, else from the whole file's node tree)."""
    blocks: dict[str, tuple[int, int]] = {}
    with gc_paused():
        timeline, problems = _parse(text, path, None, blocks)
    return timeline, problems, blocks


def _parse(
    text: str | bytes,
    path: str,
    cache: ParseCache | None,
    blocks: dict[str, tuple[int, int]] | None = None,
) -> tuple[Timeline | None, list[Problem]]:
    if isinstance(text, bytes):
        decoded = _decode(text, path)
        if isinstance(decoded, Problem):
            return None, [decoded]
        text = decoded
    if text.startswith("\ufeff"):
        text = text[1:]
    # An alias may name an anchor in another item: such a file is read whole. Without an
    # anchor, an alias is an error the item's own reading meets, and then so does the whole.
    whole = may_hold_alias(text) and may_hold_anchor(text)
    split = None if whole else split_lists(text)
    if split is not None:
        read = _parse_split(split, path, cache)
        if read is not None and (blocks is None or _split_blocks(split, text, read, blocks)):
            return read
    try:
        root = compose(text)
    except yaml.MarkedYAMLError as exc:
        return None, [_syntax_problem(exc, text, path)]
    except yaml.reader.ReaderError as exc:
        return None, [_reader_problem(exc, text, path)]
    except yaml.YAMLError as exc:  # pragma: no cover - every YAMLError is one of the above
        return None, [Problem(path, 1, 1, f"invalid YAML: {exc}")]
    if blocks is not None:
        blocks.update(located_in(root, text))
    reader = _Reader(path)
    timeline = reader.timeline(root)
    return timeline, sorted(set(reader.problems))


def _parse_split(
    split: Split, path: str, cache: ParseCache | None
) -> tuple[Timeline | None, list[Problem]] | None:
    """The file read item by item (`_chunks`); None when an item or the rest does not
    compose on its own (the whole file's reading then gives YAML's own message)."""
    try:
        root = compose(split.skeleton)
        reader = _Reader(path)
        timeline = reader.timeline(root, split.lists, cache)
    except (yaml.YAMLError, _Unsplit):
        return None
    if cache is not None:
        cache.turn()
    return timeline, sorted(set(reader.problems))


def _split_blocks(
    split: Split,
    text: str,
    read: tuple[Timeline | None, list[Problem]],
    blocks: dict[str, tuple[int, int]],
) -> bool:
    """Fill `blocks` from the items of a file read without problems (every event then has
    its own valid id); False when only the whole file's node tree can tell (problems, or
    events not in a block list of their own)."""
    timeline, problems = read
    chunks = split.lists.get("events")
    if problems or timeline is None or chunks is None or len(chunks) != len(timeline.events):
        return False
    blocks.update(chunk_blocks(chunks, [event.id for event in timeline.events], text))
    return True


def _decode(data: bytes, path: str) -> str | Problem:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = locate_offset(data, exc.start)
        message = f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        return Problem(path, line, column, message)


def _syntax_problem(exc: yaml.MarkedYAMLError, text: str, path: str) -> Problem:
    mark = exc.problem_mark or exc.context_mark
    if exc.context_mark is not None and "end of stream" in str(exc.problem):
        # The file ended inside a quote or bracket: where it opened is what needs fixing.
        mark = exc.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    parts = []
    if exc.context:
        context = str(exc.context)
        if exc.context_mark is not None and exc.context_mark.line + 1 != line:
            context += f" on line {exc.context_mark.line + 1}"
        parts.append(context)
    if exc.problem:
        parts.append(str(exc.problem))
    message = "invalid YAML: " + ", ".join(parts)
    if mark is exc.context_mark and "quoted scalar" in str(exc.context):
        message += " (the closing quote is missing)"
    lines = text.splitlines()
    if mark is not None and mark.line < len(lines) and lines[mark.line][mark.column :][:1] == "\t":
        message += " (a tab: indent with spaces)"
    unclosed = unclosed_quote(text, mark.line) if mark is not None else None
    if unclosed is not None and mark is not exc.context_mark:
        line, column = unclosed[0] + 1, unclosed[1] + 1
        message = (
            "invalid YAML: this quote is not closed on its line, so YAML read on to the "
            f"next quote, on line {unclosed[2] + 1} (the closing quote is missing)"
        )
    return Problem(path, line, column, message)


def _reader_problem(exc: yaml.reader.ReaderError, text: str, path: str) -> Problem:
    position = min(max(exc.position, 0), len(text))
    line = text.count("\n", 0, position) + 1
    column = position - (text.rfind("\n", 0, position) + 1) + 1
    char = exc.character if isinstance(exc.character, int) else ord(exc.character)
    message = (
        f"invalid YAML: character U+{char:04X} is not allowed"
        " (write it as an escape inside double quotes)"
    )
    return Problem(path, line, column, message)


def _kind(node: Node) -> str:
    if isinstance(node, MappingNode):
        return "a mapping"
    if isinstance(node, SequenceNode):
        return "a list"
    if isinstance(node, AliasNode):
        return f"a YAML alias (*{node.name})"
    return _KINDS.get(node.tag, f"a value tagged {node.tag}")


def _quote(value: str) -> str:
    """A value as shown inside a message: quoted, unprintable characters escaped, a long
    one cut short."""
    if len(value) > _SHOWN:
        value = value[: _SHOWN - 1] + "…"
    return f"'{value}'" if value.isprintable() else repr(value)


def _suggest(word: str, choices: Iterable[str] | NearestNames) -> str:
    """The nearest choice, ignoring case (`URL` → `url`), as a hint for a message."""
    names = choices if isinstance(choices, NearestNames) else NearestNames(choices)
    close = names.nearest(word)
    return f" (did you mean '{close}'?)" if close is not None else ""


class _Reader:
    """Walks the node tree once, building model objects and collecting problems."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[Problem] = []
        self.base = 0
        """Lines before the text being read (a list item read on its own: `_chunks`)."""
        self.base_named = False
        """Whether a message names a line (so its text depends on `base`)."""

    # -- reporting -------------------------------------------------------------------

    def _report(self, node: Node, message: str) -> None:
        mark = node.start_mark
        self.problems.append(
            Problem(self.path, self.base + mark.line + 1, mark.column + 1, message)
        )

    def _alias(self, node: AliasNode, where: str, key: str) -> None:
        """Aliases are refused where they are written: the extractor rewrites events one
        block at a time, and an alias would silently change with (or lose) its anchor."""
        self._report(
            node,
            f"{where}{key}: YAML aliases (*{node.name}) are not supported; "
            f"write out the value anchored on line {node.anchor_line}",
        )

    # -- structure -------------------------------------------------------------------

    def _fields(
        self, node: Node, keys: tuple[str, ...], where: str
    ) -> tuple[dict[str, Node], list[tuple[str, Node]]] | None:
        """The known keys of a mapping node, and the values of repeated known keys.

        Reports unknown, duplicate, odd and missing required keys, and aliased values
        (which are left out; their key still counts as written). The caller checks the
        repeated values too, so a second `date:` cannot hide a bad one.
        """
        if type(node) is not MappingNode:
            self._report(node, f"{where}expected a mapping, got {_kind(node)}")
            return None
        allowed = _KEY_SETS[keys]
        found: dict[str, Node] = {}
        again: list[tuple[str, Node]] = []
        written: dict[str, Node] = {}  # known key name -> its first key node
        for key, value in node.value:
            if type(key) is not ScalarNode:
                self._report(key, f"{where}a key must be a plain name, got {_kind(key)}")
                continue
            name = key.value
            if name not in allowed:
                if name == "<<":
                    message = "YAML merge keys (<<) are not supported; write the keys out"
                else:
                    message = f"unknown key {_quote(name)}{_suggest(name, keys)}"
                self._report(key, where + message)
                continue
            if name in written:
                first = self.base + written[name].start_mark.line + 1
                self.base_named = True
                self._report(key, f"{where}duplicate key {_quote(name)} (first on line {first})")
            else:
                written[name] = key
            if type(value) is AliasNode:
                self._alias(value, where, name)
            elif name in found:
                again.append((name, value))
            else:
                found[name] = value
        required = _REQUIRED[keys]
        if not written.keys() >= _KEY_SETS[required]:
            absent = [f"'{name}'" for name in required if name not in written]
            if len(absent) == 1:
                self._report(node, f"{where}missing required key {absent[0]}")
            else:
                listed = f"{', '.join(absent[:-1])} and {absent[-1]}"
                self._report(node, f"{where}missing required keys {listed}")
        return found, again

    def _checked_fields(
        self,
        node: Node,
        keys: tuple[str, ...],
        where: str,
        check: Callable[[str, Node, str], _V],
    ) -> tuple[dict[str, Node], dict[str, _V]] | None:
        """A mapping's fields and each one's checked value; a repeated key's value is
        checked too (its problems are reported), then ignored."""
        read = self._fields(node, keys, where)
        if read is None:
            return None
        fields, again = read
        values = {key: check(key, value, where) for key, value in fields.items()}
        for key, value in again:
            check(key, value, where)
        return fields, values

    def _items(self, node: Node, where: str, key: str) -> list[Node]:
        """A list value without its aliased items; an empty value counts as an empty list."""
        if isinstance(node, ScalarNode) and node.tag == _NULL:
            return []
        if not isinstance(node, SequenceNode):
            self._report(node, f"{where}{key}: expected a list, got {_kind(node)}")
            return []
        items: list[Node] = []
        for item in node.value:
            if isinstance(item, AliasNode):
                self._alias(item, where, key)
            else:
                items.append(item)
        return items

    # -- scalars ---------------------------------------------------------------------

    def _text(self, node: Node, where: str, key: str) -> str | None:
        """A string value; an empty value reads as ""."""
        if isinstance(node, ScalarNode):
            if node.tag == _STR:
                return str(node.value)
            if node.tag == _NULL:
                return ""
            if node.tag in _KINDS:
                self._report(
                    node,
                    f"{where}{key}: expected a string, got {_kind(node)}"
                    f" (put {_quote(node.value)} in quotes)",
                )
                return None
        self._report(node, f"{where}{key}: expected a string, got {_kind(node)}")
        return None

    def _required_text(self, node: Node, where: str, key: str) -> str | None:
        value = self._text(node, where, key)
        if value is not None and not value.strip():
            self._report(node, f"{where}{key}: must not be empty")
            return None
        return value

    def _id(self, node: Node, where: str, key: str = "id") -> str | None:
        value = self._required_text(node, where, key)
        if value is None:
            return None
        if not ID_RE.match(value):
            self._report(node, f"{where}{key}: {ID_HINT}, got {_quote(value)}")
            return None
        return value

    def _date(self, node: Node, where: str, key: str) -> PartialDate | None:
        """Quoted or not, a date is read from its source text by `PartialDate.parse`."""
        if not isinstance(node, ScalarNode):
            self._report(
                node, f"{where}{key}: expected YYYY, YYYY-MM or YYYY-MM-DD, got {_kind(node)}"
            )
            return None
        if node.tag == _NULL:
            self._report(node, f"{where}{key}: missing value")
            return None
        if node.value != node.value.strip():
            self._report(node, f"{where}{key}: {DATE_FORMAT_HINT}, got {_quote(node.value)}")
            return None
        try:
            return PartialDate.parse(node.value)
        except ValueError as exc:
            self._report(node, f"{where}{key}: {exc}")
            return None

    def _bool(self, node: Node, where: str, key: str) -> bool | None:
        """`true` or `false` as written, unquoted: `"true"` is a string, `yes` is a word."""
        if isinstance(node, ScalarNode):
            if node.tag == _NULL:
                return False
            word = node.value.lower()
            if node.tag == _BOOL and word in ("true", "false"):
                return bool(word == "true")
            if node.style and word in ("true", "false"):
                self._report(
                    node,
                    f"{where}{key}: expected true or false, got the string "
                    f"{_quote(node.value)} (remove the quotes)",
                )
                return None
        shown = _quote(node.value) if isinstance(node, ScalarNode) else _kind(node)
        self._report(node, f"{where}{key}: expected true or false, got {shown}")
        return None

    def _importance(self, node: Node, where: str, key: str) -> float | None:
        """A plain number from 0 to `MAX_IMPORTANCE` ("3", "2.5"); its length is checked
        before it is read, and no exponent, sign, `.inf` or `.nan` gets through."""
        if isinstance(node, ScalarNode):
            digits = node.value
            plain = len(digits) <= 20 and _NUMBER_RE.fullmatch(digits) is not None
            if node.tag in (_INT, _FLOAT) and plain and float(digits) <= MAX_IMPORTANCE:
                return float(digits)
            if node.tag == _STR and plain:
                self._report(
                    node,
                    f"{where}{key}: expected a number, got the string {_quote(digits)} "
                    "(remove the quotes)",
                )
                return None
        shown = _quote(node.value) if isinstance(node, ScalarNode) else _kind(node)
        self._report(
            node, f"{where}{key}: expected a number from 0 to {MAX_IMPORTANCE}, got {shown}"
        )
        return None

    def _offset(self, node: Node, where: str, key: str) -> int | None:
        """A plain whole number from 0 to `MAX_OFFSET`; its digits are counted before they
        are read (Python refuses to read a number of thousands of digits)."""
        if isinstance(node, ScalarNode):
            digits = node.value
            if node.tag == _INT and digits.isdigit() and digits.isascii():
                if len(digits) <= len(str(MAX_OFFSET)) and int(digits) <= MAX_OFFSET:
                    return int(digits)
                self._report(
                    node,
                    f"{where}{key}: expected a character offset (0 to {MAX_OFFSET}), "
                    f"got {_quote(digits)}",
                )
                return None
            if node.tag == _STR and digits.isdigit() and digits.isascii():
                self._report(
                    node,
                    f"{where}{key}: expected a character offset (0 or more), got the string "
                    f"{_quote(digits)} (remove the quotes)",
                )
                return None
        shown = _quote(node.value) if isinstance(node, ScalarNode) else _kind(node)
        self._report(node, f"{where}{key}: expected a character offset (0 or more), got {shown}")
        return None

    def _url(self, node: Node, where: str, key: str) -> str | None:
        value = self._text(node, where, key)
        if value and not URL_RE.match(value):
            self._report(
                node,
                f"{where}{key}: expected an http(s) address or a relative path, "
                f"got {_quote(value)}",
            )
            return None
        return value

    def _language(self, node: Node, where: str, key: str) -> str | None:
        value = self._text(node, where, key)
        if value and not LANGUAGE_RE.match(value):
            self._report(
                node, f"{where}{key}: {LANGUAGE_HINT}, got {_quote(value)}{_language_hint(value)}"
            )
            return None
        return value

    # -- the file --------------------------------------------------------------------

    def timeline(
        self,
        root: Node | None,
        lists: dict[str, list[Chunk]] | None = None,
        cache: ParseCache | None = None,
    ) -> Timeline | None:
        """The timeline in the node tree; `lists` holds the items of the lists left out of
        the tree, each read on its own (raises `_Unsplit` or a YAML error when one cannot)."""
        if root is None:
            self.problems.append(
                Problem(self.path, 1, 1, "file is empty (expected 'title', 'sources' and 'events')")
            )
            return None
        if not isinstance(root, MappingNode):
            self._report(
                root,
                f"expected a mapping with 'title', 'sources' and 'events' at the top "
                f"level, got {_kind(root)}",
            )
            return None
        fields, again = self._fields(root, TOP_KEYS, "") or ({}, [])
        title = ""
        if "title" in fields:
            title = self._required_text(fields["title"], "", "title") or ""
        description = ""
        if "description" in fields:
            description = self._text(fields["description"], "", "description") or ""
        language = ""
        if (value := _present(fields, "language")) is not None:
            language = self._language(value, "", "language") or ""
        source_lines: dict[str, int] = {}
        citations: list[_Cited] = []
        eras = self._eras(fields.get("eras"))
        if lists is not None and "sources" in lists:
            sources = cast(
                list[Source],
                self._chunked("source", lists["sources"], source_lines, citations, cache),
            )
        else:
            sources = self._sources(fields.get("sources"), source_lines)
        if lists is not None and "events" in lists:
            events = cast(
                list[Event], self._chunked("event", lists["events"], {}, citations, cache)
            )
        else:
            events = self._events(fields.get("events"), {}, citations)
        for key, value in again:  # a repeated key's value is checked, then ignored
            if key == "title":
                self._required_text(value, "", key)
            elif key == "description":
                self._text(value, "", key)
            elif key == "language":
                self._language(value, "", key)
            elif key == "eras":
                self._eras(value)
            elif key == "sources":
                self._sources(value, {})
            else:
                self._events(value, {}, citations)
        known = source_lines.keys()
        nearest: NearestNames | None = None  # indexed once, when a citation needs it
        for source_id, line, column, where in citations:
            if source_id not in known:
                nearest = nearest or NearestNames(known)
                message = f"{where}unknown source {_quote(source_id)}{_suggest(source_id, nearest)}"
                self.problems.append(Problem(self.path, line, column, message))
        return Timeline(
            title=title,
            description=description,
            sources=tuple(sources),
            events=tuple(events),
            language=language,
            eras=tuple(eras),
        )

    def _eras(self, node: Node | None) -> list[Era]:
        if node is None:
            return []
        found = []
        for index, item in enumerate(self._items(node, "", "eras"), 1):
            era = self._era(item, index)
            if era is not None:
                found.append(era)
        return found

    def _era(self, node: Node, index: int) -> Era | None:
        where = f"era #{index}: "
        read = self._checked_fields(node, ERA_KEYS, where, self._era_value)
        if read is None:
            return None
        fields, values = read
        title, start, end = values.get("title"), values.get("start"), values.get("end")
        if not (isinstance(title, str) and isinstance(start, PartialDate)):
            return None
        if not isinstance(end, PartialDate):
            return None
        if end.last_day() < start.first_day():
            self._report(fields["end"], f"{where}end: {end} is before start {start}")
            return None
        return Era(title=title, start=start, end=end)

    def _era_value(self, key: str, node: Node, where: str) -> str | PartialDate | None:
        """One era field's value, checked; None when it is invalid."""
        if key == "title":
            return self._required_text(node, where, key)
        return self._date(node, where, key)

    def _media(self, node: Node, where: str) -> Media | None:
        """An event's image: `url` (http(s) or a path under docs/) and `alt` are required."""
        here = f"{where}media: "
        read = self._checked_fields(node, MEDIA_KEYS, here, self._media_value)
        if read is None:
            return None
        _, values = read
        url, alt = values.get("url"), values.get("alt")
        if not (url and alt):
            return None
        return Media(
            url=url, alt=alt, caption=values.get("caption") or "", credit=values.get("credit") or ""
        )

    def _media_value(self, key: str, node: Node, where: str) -> str | None:
        if key == "url":
            value = self._required_text(node, where, key)
            if value and not MEDIA_URL_RE.match(value):
                self._report(
                    node,
                    f"{where}{key}: expected an http(s) address or a path under docs/, "
                    f"got {_quote(value)}",
                )
                return None
            return value
        if key == "alt":
            return self._required_text(node, where, key)
        if _is_null(node):
            return None
        return self._text(node, where, key)

    def _sources(self, node: Node | None, lines: dict[str, int]) -> list[Source]:
        if node is None:
            return []
        found = []
        for index, item in enumerate(self._items(node, "", "sources"), 1):
            source = self._source(item, index, lines)
            if source is not None:
                found.append(source)
        return found

    def _events(
        self, node: Node | None, lines: dict[str, int], citations: list[_Cited]
    ) -> list[Event]:
        if node is None:
            return []
        found = []
        for index, item in enumerate(self._items(node, "", "events"), 1):
            event = self._event(item, index, lines, citations)
            if event is not None:
                found.append(event)
        return found

    def _chunked(
        self,
        kind: str,
        chunks: list[Chunk],
        lines: dict[str, int],
        citations: list[_Cited],
        cache: ParseCache | None,
    ) -> list[Event | Source]:
        """A list's items, each read alone (or taken from the cache), then checked together:
        ids unique, lines counted from the file's start."""
        found: list[Event | Source] = []
        pending: list[tuple[int, Chunk]] = []

        def take(chunk: Chunk, item: _Item) -> None:
            base = chunk.line
            for line, column, message in item.problems:
                self.problems.append(Problem(self.path, base + line, column, message))
            citations.extend((c[0], base + c[1], c[2], c[3]) for c in item.citations)
            value = item.value
            if item.ident is not None:
                ident, line, column, where = item.ident
                if ident in lines:
                    message = f"{where}duplicate id (first used on line {lines[ident]})"
                    self.problems.append(Problem(self.path, base + line, column, message))
                    value = None
                else:
                    lines[ident] = base + line
            if value is not None:
                found.append(value)

        def flush() -> None:
            for (_, chunk), item in zip(pending, self._batch(kind, pending), strict=True):
                if cache is not None:
                    cache.put(kind, chunk.text, item)
                take(chunk, item)
            pending.clear()

        read = read_event if kind == "event" else read_source
        for index, chunk in enumerate(chunks, 1):
            item = cache.get(kind, chunk.text, index, chunk.line) if cache is not None else None
            if item is None:
                canonical = read(chunk.text)
                if canonical is None:
                    pending.append((index, chunk))
                    if len(pending) == _BATCH:
                        flush()
                    continue
                item = _canonical_item(kind, canonical)
                if cache is not None:
                    cache.put(kind, chunk.text, item)
            if pending:
                flush()
            take(chunk, item)
        flush()
        return found

    def _batch(self, kind: str, batch: list[tuple[int, Chunk]]) -> list[_Item]:
        """Consecutive list items composed together as the list they are part of (one
        loader for many small items), each read on its own; lines are kept counted from each
        item's first line."""
        if not batch:
            return []
        root = compose("\n".join(chunk.text for _, chunk in batch))
        if type(root) is not SequenceNode or root.flow_style or len(root.value) != len(batch):
            raise _Unsplit
        first = batch[0][1].line
        return [
            self._item(kind, node, index, chunk.line, first)
            for (index, chunk), node in zip(batch, root.value, strict=True)
        ]

    def _item(self, kind: str, node: Node, index: int, line: int, first: int) -> _Item:
        """One item's reading; `line` is its first line, `first` that of the text its node
        was composed from (both 0-based)."""
        reader = _Reader(self.path)
        reader.base = first
        citations: list[_Cited] = []
        value: Event | Source | None
        ids: dict[str, int] = {}  # the id, if it is valid (a duplicate is found later)
        if kind == "event":
            value = reader._event(node, index, ids, citations)
        else:
            value = reader._source(node, index, ids)
        where = reader._name(node, index, kind)
        ident = None
        mark = _id_mark(node)
        if ids and mark is not None:
            ident = (next(iter(ids)), first + mark.line + 1 - line, mark.column + 1, where)
        return _Item(
            value=value,
            problems=tuple((p.line - line, p.column, p.message) for p in reader.problems),
            citations=tuple((c[0], c[1] - line, c[2], c[3]) for c in citations),
            ident=ident,
            index=index if where == f"{kind} #{index}: " else None,
            line=line if reader.base_named else None,
        )

    def _name(self, node: Node, index: int, kind: str) -> str:
        """How messages name an item: by its id when it has a usable one, else by position."""
        if isinstance(node, MappingNode):
            for key, value in node.value:
                if (
                    isinstance(key, ScalarNode)
                    and key.value == "id"
                    and isinstance(value, ScalarNode)
                    and value.tag != _NULL
                    and value.value.strip()
                ):
                    return f"{kind} {_quote(value.value)}: "
        return f"{kind} #{index}: "

    def _cited(self, source_id: str, node: Node, where: str) -> _Cited:
        """A citation of `source_id` at the node, checked against the sources at the end."""
        mark = node.start_mark
        return source_id, self.base + mark.line + 1, mark.column + 1, where

    def _unique(self, node: Node, value: str, lines: dict[str, int], where: str) -> bool:
        if value in lines:
            self._report(node, f"{where}duplicate id (first used on line {lines[value]})")
            return False
        lines[value] = self.base + node.start_mark.line + 1
        return True

    def _source(self, node: Node, index: int, lines: dict[str, int]) -> Source | None:
        where = self._name(node, index, "source")
        read = self._checked_fields(node, SOURCE_KEYS, where, self._source_value)
        if read is None:
            return None
        fields, values = read
        source_id = values.pop("id", None)
        if not isinstance(source_id, str) or not self._unique(
            fields["id"], source_id, lines, where
        ):
            return None
        published = values.pop("published", None)
        texts = {key: value or "" for key, value in values.items()}
        return Source(
            id=source_id,
            published=published if isinstance(published, PartialDate) else None,
            **texts,  # type: ignore[arg-type]
        )

    def _source_value(self, key: str, node: Node, where: str) -> str | PartialDate | None:
        """One source field's value, checked; None when it is absent or invalid."""
        if key == "id":
            return self._id(node, where)
        if _is_null(node):
            return None
        if key == "published":
            return self._date(node, where, key)
        if key == "url":
            return self._url(node, where, key)
        if key == "language":
            return self._language(node, where, key)
        return self._text(node, where, key)

    def _event(
        self,
        node: Node,
        index: int,
        lines: dict[str, int],
        citations: list[_Cited],
    ) -> Event | None:
        where = self._name(node, index, "event")
        read = self._fields(node, EVENT_KEYS, where)
        if read is None:
            return None
        fields, again = read
        event_id = self._id(fields["id"], where) if "id" in fields else None
        if event_id is not None and not self._unique(fields["id"], event_id, lines, where):
            event_id = None
        date = self._date(fields["date"], where, "date") if "date" in fields else None
        title = self._required_text(fields["title"], where, "title") if "title" in fields else None
        end = None
        if (value := _present(fields, "end")) is not None:
            end = self._date(value, where, "end")
            if end is not None and date is not None and end.last_day() < date.first_day():
                self._report(value, f"{where}end: {end} is before date {date}")
                end = None
        text = ""
        if (value := _present(fields, "text")) is not None:
            text = self._text(value, where, "text") or ""
        media = None
        if (value := _present(fields, "media")) is not None:
            media = self._media(value, where)
        tags = self._tags(fields["tags"], where) if "tags" in fields else ()
        cited: tuple[Citation, ...] = ()
        if "sources" in fields:
            cited = self._citations(fields["sources"], where, citations)
        locked = False
        if (value := _present(fields, "locked")) is not None:
            locked = bool(self._bool(value, where, "locked"))
        extracted = None
        if (value := _present(fields, "extracted")) is not None:
            extracted = self._text(value, where, "extracted") or None
        importance = None
        if (value := _present(fields, "importance")) is not None:
            importance = self._importance(value, where, "importance")
        status = ""
        if (value := _present(fields, "status")) is not None:
            status = self._status(value, where, "status") or ""
        disputed: tuple[Dispute, ...] = ()
        if "disputed" in fields:
            disputed = self._disputes(fields["disputed"], where, citations)
        review = False
        if (value := _present(fields, "review")) is not None:
            review = bool(self._bool(value, where, "review"))
        for key, value in again:  # a repeated key's value is checked, then ignored
            self._event_value(key, value, where, citations)
        if event_id is None or date is None or title is None:
            return None
        return Event(
            id=event_id,
            date=date,
            title=title,
            end=end,
            text=text,
            tags=tags,
            sources=cited,
            locked=locked,
            extracted=extracted,
            importance=importance,
            status=status,
            disputed=disputed,
            review=review,
            media=media,
        )

    def _status(self, node: Node, where: str, key: str) -> str | None:
        value = self._text(node, where, key)
        if value and value not in STATUSES:
            self._report(
                node,
                f"{where}{key}: expected {' or '.join(map(_quote, STATUSES))} "
                f"(or no status for an event that happened), got {_quote(value)}",
            )
            return None
        return value

    def _disputes(self, node: Node, where: str, citations: list[_Cited]) -> tuple[Dispute, ...]:
        """`disputed:`: the other dates sources give, each `{source: ID, date: DATE}`."""
        found: list[Dispute] = []
        here = f"{where}disputed: "
        for item in self._items(node, where, "disputed"):
            read = self._fields(item, DISPUTE_KEYS, here)
            if read is None:
                continue
            fields, again = read
            for key, value in again:
                self._dispute_value(key, value, here)
            if "source" not in fields or "date" not in fields:
                continue  # reported as a missing key
            source_id = self._dispute_value("source", fields["source"], here)
            date = self._dispute_value("date", fields["date"], here)
            if isinstance(source_id, str):
                citations.append(self._cited(source_id, fields["source"], where))
            if isinstance(source_id, str) and isinstance(date, PartialDate):
                found.append(Dispute(source=source_id, date=date))
        return tuple(found)

    def _dispute_value(self, key: str, node: Node, here: str) -> str | PartialDate | None:
        if key == "source":
            return self._id(node, here, key)
        return self._date(node, here, key)

    def _event_value(self, key: str, node: Node, where: str, citations: list[_Cited]) -> None:
        """Check one event field's value on its own (for a repeated key)."""
        if key == "id":
            self._id(node, where)
        elif key == "date":
            self._date(node, where, key)
        elif key == "title":
            self._required_text(node, where, key)
        elif key == "tags":
            self._tags(node, where)
        elif key == "sources":
            self._citations(node, where, citations)
        elif _is_null(node):
            pass
        elif key == "end":
            self._date(node, where, key)
        elif key in ("locked", "review"):
            self._bool(node, where, key)
        elif key == "importance":
            self._importance(node, where, key)
        elif key == "status":
            self._status(node, where, key)
        elif key == "disputed":
            self._disputes(node, where, citations)
        elif key == "media":
            self._media(node, where)
        else:
            self._text(node, where, key)

    def _tags(self, node: Node, where: str) -> tuple[str, ...]:
        if isinstance(node, ScalarNode) and node.tag != _NULL:
            self._report(node, f"{where}tags: expected a list of strings, got {_kind(node)}")
            return ()
        tags: dict[str, None] = {}
        for item in self._items(node, where, "tags"):
            if not (isinstance(item, ScalarNode) and item.tag == _STR):
                hint = ""
                if isinstance(item, ScalarNode) and item.tag in _KINDS and item.tag != _NULL:
                    hint = f" (put {_quote(item.value)} in quotes)"
                self._report(
                    item, f"{where}tags: expected a list of strings, got {_kind(item)} in it{hint}"
                )
                continue
            tag = str(item.value)
            if not tag.strip():
                self._report(item, f"{where}tags: a tag must not be empty")
            elif tag in tags:
                self._report(item, f"{where}tags: duplicate tag {_quote(tag)}")
            else:
                tags[tag] = None
        return tuple(tags)

    def _citations(self, node: Node, where: str, citations: list[_Cited]) -> tuple[Citation, ...]:
        found: list[Citation] = []
        for item in self._items(node, where, "sources"):
            if isinstance(item, ScalarNode):
                source_id = self._id(item, where, "sources")
                if source_id is not None:
                    citations.append(self._cited(source_id, item, where))
                    found.append(Citation(source=source_id))
                continue
            citation = self._citation(item, where, citations)
            if citation is not None:
                found.append(citation)
        return tuple(found)

    def _citation(self, node: Node, where: str, citations: list[_Cited]) -> Citation | None:
        here = f"{where}citation: "
        read = self._checked_fields(node, CITATION_KEYS, here, self._citation_value)
        if read is None:
            return None
        fields, values = read
        source_id, quote = values.get("source"), values.get("quote")
        start, end = values.get("start"), values.get("end")
        if isinstance(start, int) and isinstance(end, int) and end < start:
            self._report(fields["end"], f"{here}end: {end} is before start {start}")
            end = None
        if not isinstance(source_id, str):
            return None
        citations.append(self._cited(source_id, fields["source"], where))
        return Citation(
            source=source_id,
            quote=quote if isinstance(quote, str) else "",
            start=start if isinstance(start, int) else None,
            end=end if isinstance(end, int) else None,
        )

    def _citation_value(self, key: str, node: Node, here: str) -> str | int | None:
        """One citation field's value, checked; None when it is absent or invalid."""
        if key == "source":
            return self._id(node, here, key)
        if _is_null(node):
            return None
        if key == "quote":
            return self._text(node, here, key)
        return self._offset(node, here, key)


def _canonical_item(kind: str, read: Read) -> _Item:
    """An item `_canonical` read: valid, so no problems; named by its id."""
    where = f"{kind} {_quote(read.ident)}: "
    return _Item(
        value=read.value,
        problems=(),
        citations=tuple((source, line, column, where) for source, line, column in read.cited),
        ident=(read.ident, read.id_line, read.id_column, where),
        index=None,
        line=None,
    )


def _id_mark(node: Node) -> Any:
    """Where the value of a mapping's first `id` key starts (the id a duplicate names)."""
    if isinstance(node, MappingNode):
        for key, value in node.value:
            if isinstance(key, ScalarNode) and key.value == "id":
                return value.start_mark
    return None


def _present(fields: dict[str, Node], key: str) -> Node | None:
    """The value of an optional key, or None when it is absent or empty."""
    node = fields.get(key)
    return None if node is None or _is_null(node) else node


def _is_null(node: Node) -> bool:
    return isinstance(node, ScalarNode) and node.tag == _NULL


def _language_hint(value: str) -> str:
    """A suggestion for a language written as a name (`English`) or with `_` (`pt_BR`)."""
    code = LANGUAGE_NAMES.get(value.strip().lower())
    if code is None and LANGUAGE_RE.match(value.replace("_", "-")):
        code = value.replace("_", "-")
    return f" (did you mean '{code}'?)" if code else ""
