"""events.yaml text → `Timeline`, with every problem located at its file:line:column.

Reads the composed YAML node tree rather than `yaml.safe_load` output: every node keeps its
position, duplicate keys stay visible (a plain load silently keeps the last), and a date is
read from its source text whether or not it was quoted, so `1961` never becomes an int and
`2024-06-19` takes the same path as `"2024-06-19"`.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from timeline.errors import Problem
from timeline.files import locate_offset
from timeline.model import Citation, Event, PartialDate, Source, Timeline
from timeline.store._compose import compose, gc_paused
from timeline.store._spec import (
    CITATION_KEYS,
    EVENT_KEYS,
    ID_HINT,
    ID_RE,
    SOURCE_KEYS,
    TOP_KEYS,
)

__all__ = ["parse_timeline"]

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


def parse_timeline(
    text: str | bytes, path: str = "events.yaml"
) -> tuple[Timeline | None, list[Problem]]:
    """Read events.yaml text; never raises for bad input.

    Returns the timeline and every problem found, sorted. With problems, the timeline holds
    what could be read (unreadable events and sources are left out); it is None when the
    file is not a YAML mapping at all.
    """
    with gc_paused():  # see `_compose`: big trees of small objects, no cycles
        return _parse(text, path)


def _parse(text: str | bytes, path: str) -> tuple[Timeline | None, list[Problem]]:
    if isinstance(text, bytes):
        decoded = _decode(text, path)
        if isinstance(decoded, Problem):
            return None, [decoded]
        text = decoded
    if text.startswith("\ufeff"):
        text = text[1:]
    try:
        root = compose(text)
    except yaml.MarkedYAMLError as exc:
        return None, [_syntax_problem(exc, text, path)]
    except yaml.reader.ReaderError as exc:
        return None, [_reader_problem(exc, text, path)]
    except yaml.YAMLError as exc:  # pragma: no cover - every YAMLError is one of the above
        return None, [Problem(path, 1, 1, f"invalid YAML: {exc}")]
    reader = _Reader(path)
    timeline = reader.timeline(root)
    return timeline, sorted(set(reader.problems))


def _decode(data: bytes, path: str) -> str | Problem:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = locate_offset(data, exc.start)
        message = f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        return Problem(path, line, column, message)


def _syntax_problem(exc: yaml.MarkedYAMLError, text: str, path: str) -> Problem:
    mark = exc.problem_mark or exc.context_mark
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
    lines = text.splitlines()
    if mark is not None and mark.line < len(lines) and lines[mark.line][mark.column :][:1] == "\t":
        message += " (a tab: indent with spaces)"
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
    return _KINDS.get(node.tag, f"a value tagged {node.tag}")


def _quote(value: str) -> str:
    """A value as shown inside a message: quoted, with unprintable characters escaped."""
    return f"'{value}'" if value.isprintable() else repr(value)


def _suggest(word: str, choices: Iterable[str]) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""


class _Reader:
    """Walks the node tree once, building model objects and collecting problems."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[Problem] = []
        self._visited: set[int] = set()

    # -- reporting -------------------------------------------------------------------

    def _report(self, node: Node, message: str) -> None:
        mark = node.start_mark
        self.problems.append(Problem(self.path, mark.line + 1, mark.column + 1, message))

    # -- structure -------------------------------------------------------------------

    def _fields(self, node: Node, keys: tuple[str, ...], where: str) -> dict[str, Node] | None:
        """The known keys of a mapping node; reports unknown, duplicate and odd keys."""
        if not isinstance(node, MappingNode):
            self._report(node, f"{where}expected a mapping, got {_kind(node)}")
            return None
        if id(node) in self._visited:
            self._report(node, f"{where}a YAML alias repeats this mapping; write each copy out")
            return None
        self._visited.add(id(node))
        found: dict[str, Node] = {}
        first_line: dict[str, int] = {}
        for key, value in node.value:
            if not isinstance(key, ScalarNode):
                self._report(key, f"{where}a key must be a plain name, got {_kind(key)}")
                continue
            name = key.value
            if name in first_line:
                self._report(
                    key, f"{where}duplicate key {_quote(name)} (first on line {first_line[name]})"
                )
                continue
            first_line[name] = key.start_mark.line + 1
            if name == "<<":
                self._report(
                    key, f"{where}YAML merge keys (<<) are not supported; write the keys out"
                )
                continue
            if name not in keys:
                self._report(key, f"{where}unknown key {_quote(name)}{_suggest(name, keys)}")
                continue
            found[name] = value
        return found

    def _missing(self, node: Node, fields: dict[str, Node], where: str, *required: str) -> None:
        absent = [f"'{name}'" for name in required if name not in fields]
        if len(absent) == 1:
            self._report(node, f"{where}missing required key {absent[0]}")
        elif absent:
            listed = f"{', '.join(absent[:-1])} and {absent[-1]}"
            self._report(node, f"{where}missing required keys {listed}")

    def _items(self, node: Node, where: str, key: str) -> list[Node]:
        """A list value; an empty value counts as an empty list."""
        if isinstance(node, ScalarNode) and node.tag == _NULL:
            return []
        if not isinstance(node, SequenceNode):
            self._report(node, f"{where}{key}: expected a list, got {_kind(node)}")
            return []
        if id(node) in self._visited:
            self._report(node, f"{where}{key}: a YAML alias repeats this list; write each copy out")
            return []
        self._visited.add(id(node))
        return list(node.value)

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
        try:
            return PartialDate.parse(node.value)
        except ValueError as exc:
            self._report(node, f"{where}{key}: {exc}")
            return None

    def _bool(self, node: Node, where: str, key: str) -> bool | None:
        if isinstance(node, ScalarNode):
            if node.tag == _NULL:
                return False
            if node.value.lower() in ("true", "false"):
                return bool(node.value.lower() == "true")
        shown = _quote(node.value) if isinstance(node, ScalarNode) else _kind(node)
        self._report(node, f"{where}{key}: expected true or false, got {shown}")
        return None

    def _offset(self, node: Node, where: str, key: str) -> int | None:
        if isinstance(node, ScalarNode) and node.value.isdigit() and node.value.isascii():
            return int(node.value)
        shown = _quote(node.value) if isinstance(node, ScalarNode) else _kind(node)
        self._report(node, f"{where}{key}: expected a character offset (0 or more), got {shown}")
        return None

    # -- the file --------------------------------------------------------------------

    def timeline(self, root: Node | None) -> Timeline | None:
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
        fields = self._fields(root, TOP_KEYS, "") or {}
        self._missing(root, fields, "", "title")
        title = ""
        if "title" in fields:
            title = self._required_text(fields["title"], "", "title") or ""
        description = ""
        if "description" in fields:
            description = self._text(fields["description"], "", "description") or ""
        sources: list[Source] = []
        source_lines: dict[str, int] = {}
        if "sources" in fields:
            for index, item in enumerate(self._items(fields["sources"], "", "sources"), 1):
                source = self._source(item, index, source_lines)
                if source is not None:
                    sources.append(source)
        events: list[Event] = []
        citations: list[tuple[str, Node, str]] = []
        event_lines: dict[str, int] = {}
        if "events" in fields:
            for index, item in enumerate(self._items(fields["events"], "", "events"), 1):
                event = self._event(item, index, event_lines, citations)
                if event is not None:
                    events.append(event)
        known = source_lines.keys()
        for source_id, node, where in citations:
            if source_id not in known:
                self._report(
                    node, f"{where}unknown source {_quote(source_id)}{_suggest(source_id, known)}"
                )
        return Timeline(
            title=title, description=description, sources=tuple(sources), events=tuple(events)
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

    def _unique(self, node: Node, value: str, lines: dict[str, int], where: str) -> bool:
        if value in lines:
            self._report(node, f"{where}duplicate id (first used on line {lines[value]})")
            return False
        lines[value] = node.start_mark.line + 1
        return True

    def _source(self, node: Node, index: int, lines: dict[str, int]) -> Source | None:
        where = self._name(node, index, "source")
        fields = self._fields(node, SOURCE_KEYS, where)
        if fields is None:
            return None
        self._missing(node, fields, where, "id")
        source_id = self._id(fields["id"], where) if "id" in fields else None
        if source_id is not None and not self._unique(fields["id"], source_id, lines, where):
            source_id = None
        values: dict[str, str] = {}
        for key in ("title", "outlet", "url", "language"):
            if key in fields:
                values[key] = self._text(fields[key], where, key) or ""
        if values.get("url") and not _is_safe_url(values["url"]):
            self._report(
                fields["url"],
                f"{where}url: expected an http(s) address or a relative path, "
                f"got {_quote(values['url'])}",
            )
            values["url"] = ""
        published = None
        if (value := _present(fields, "published")) is not None:
            published = self._date(value, where, "published")
        if source_id is None:
            return None
        return Source(id=source_id, published=published, **values)

    def _event(
        self,
        node: Node,
        index: int,
        lines: dict[str, int],
        citations: list[tuple[str, Node, str]],
    ) -> Event | None:
        where = self._name(node, index, "event")
        fields = self._fields(node, EVENT_KEYS, where)
        if fields is None:
            return None
        self._missing(node, fields, where, "id", "date", "title")
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
        )

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

    def _citations(
        self, node: Node, where: str, citations: list[tuple[str, Node, str]]
    ) -> tuple[Citation, ...]:
        found: list[Citation] = []
        for item in self._items(node, where, "sources"):
            if isinstance(item, ScalarNode):
                source_id = self._id(item, where, "sources")
                if source_id is not None:
                    citations.append((source_id, item, where))
                    found.append(Citation(source=source_id))
                continue
            fields = self._fields(item, CITATION_KEYS, f"{where}citation: ")
            if fields is None:
                continue
            here = f"{where}citation: "
            self._missing(item, fields, here, "source")
            source_id = self._id(fields["source"], here, "source") if "source" in fields else None
            quote = ""
            if (value := _present(fields, "quote")) is not None:
                quote = self._text(value, here, "quote") or ""
            start = end = None
            if (value := _present(fields, "start")) is not None:
                start = self._offset(value, here, "start")
            if (value := _present(fields, "end")) is not None:
                end = self._offset(value, here, "end")
            if start is not None and end is not None and end < start:
                self._report(fields["end"], f"{here}end: {end} is before start {start}")
                end = None
            if source_id is not None:
                citations.append((source_id, fields["source"], where))
                found.append(Citation(source=source_id, quote=quote, start=start, end=end))
        return tuple(found)


def _present(fields: dict[str, Node], key: str) -> Node | None:
    """The value of an optional key, or None when it is absent or empty."""
    node = fields.get(key)
    return None if node is None or _is_null(node) else node


def _is_null(node: Node) -> bool:
    return isinstance(node, ScalarNode) and node.tag == _NULL


def _is_safe_url(url: str) -> bool:
    """http(s) or a scheme-less relative path: never `javascript:` and the like in a link."""
    head = url.split("/", 1)[0]
    if ":" not in head:
        return True
    return url.startswith(("http://", "https://"))
