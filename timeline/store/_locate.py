"""Where each event's (and source's) block sits in events.yaml text, so a rewrite can keep
it verbatim."""

from __future__ import annotations

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from timeline.store._chunks import Chunk
from timeline.store._compose import compose, gc_paused

__all__ = ["chunk_blocks", "locate_events", "locate_sources", "located_in"]


def locate_events(text: str) -> dict[str, tuple[int, int]]:
    """Event id → (first line, last line), 1-based and inclusive, of its block in `events:`.

    A block runs from its `-` to its last line of content, and also takes the comment
    lines directly above the `-` (no blank line between) that are indented no deeper than
    the `-`. A comment indented deeper than the `-` belongs to the event above it; a comment
    separated from the next event by a blank line belongs to neither. Lines are counted as
    `str.splitlines()` counts them (which is how YAML counts them). Text that is not valid
    YAML, or has no `events:` list, gives an empty dict; for repeated ids the first wins.
    """
    with gc_paused():  # see `_compose`: big trees of small objects, no cycles
        return _locate(text, "events")


def locate_sources(text: str) -> dict[str, tuple[int, int]]:
    """Source id → (first line, last line) of its block in `sources:`, as `locate_events`."""
    with gc_paused():
        return _locate(text, "sources")


def _locate(text: str, key: str) -> dict[str, tuple[int, int]]:
    if text.startswith("\ufeff"):
        text = text[1:]
    try:
        root = compose(text)
    except yaml.YAMLError:
        return {}
    return located_in(root, text, key)


def located_in(root: Node | None, text: str, key: str = "events") -> dict[str, tuple[int, int]]:
    """`locate_events` from the node tree of `text` (without a byte order mark) composed
    already: a merge that parses events.yaml also knows where its events are."""
    events = _list_node(root, key)
    if events is None or not events.value:
        return {}
    lines = text.splitlines()
    items: list[Node] = list(events.value)
    if events.flow_style:
        spans = [(item.start_mark.line, item.end_mark.line) for item in items]
    else:
        spans = _block_spans(items, lines)
    found: dict[str, tuple[int, int]] = {}
    for item, (first, last) in zip(items, spans, strict=True):
        event_id = _event_id(item)
        if event_id is not None and event_id not in found:
            found[event_id] = (first + 1, last + 1)
    return found


def _list_node(root: Node | None, name: str) -> SequenceNode | None:
    if not isinstance(root, MappingNode):
        return None
    for key, value in root.value:
        if isinstance(key, ScalarNode) and key.value == name:
            return value if isinstance(value, SequenceNode) else None
    return None


def _event_id(item: Node) -> str | None:
    if not isinstance(item, MappingNode):
        return None
    for key, value in item.value:
        if isinstance(key, ScalarNode) and key.value == "id" and isinstance(value, ScalarNode):
            return str(value.value)
    return None


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _is_comment(line: str) -> bool:
    return line.lstrip().startswith("#")


def _dash_line(item: Node, lines: list[str]) -> int:
    """The line of the item's `-` (usually the item's own first line)."""
    line = int(item.start_mark.line)
    if lines[line][: item.start_mark.column].strip():
        return line
    while line > 0 and lines[line - 1].strip() != "-":
        if not lines[line - 1].strip() or _is_comment(lines[line - 1]):
            line -= 1
            continue
        return line  # pragma: no cover - a block item always has its `-` above
    return max(line - 1, 0)


def _block_end(dash: int, column: int, lines: list[str]) -> int:
    """The last line before content that is indented no deeper than the last item's `-`."""
    line = dash + 1
    while line < len(lines):
        text = lines[line]
        if text.strip() and not _is_comment(text) and _indent(text) <= column:
            break
        line += 1
    return line - 1


def _block_spans(items: list[Node], lines: list[str]) -> list[tuple[int, int]]:
    dashes = [_dash_line(item, lines) for item in items]
    spans: list[tuple[int, int]] = []
    for index, dash in enumerate(dashes):
        column = _indent(lines[dash])
        first = dash
        while first > 0 and _is_comment(lines[first - 1]) and _indent(lines[first - 1]) <= column:
            first -= 1
        if index > 0:
            first = max(first, spans[-1][1] + 1)
        following = dashes[index + 1] if index + 1 < len(dashes) else None
        last = following - 1 if following is not None else _block_end(dash, column, lines)
        while last > dash and (
            not lines[last].strip() or (_is_comment(lines[last]) and _indent(lines[last]) <= column)
        ):
            last -= 1
        spans.append((first, last))
    return spans


def chunk_blocks(chunks: list[Chunk], ids: list[str], text: str) -> dict[str, tuple[int, int]]:
    """`located_in` for a block list of `text` read item by item (`_chunks`), without a
    node tree: the same rules, from each item's own lines. `ids` are the items' ids (valid
    and unique: the file read without problems)."""
    found: dict[str, tuple[int, int]] = {}
    above: list[str] = []  # the lines between the last item's last line and this `-`
    previous_last = -1
    for index, (chunk, item_id) in enumerate(zip(chunks, ids, strict=True)):
        lines = chunk.text.split("\n")
        dash = chunk.line
        column = _indent(lines[0])
        first = dash
        if index == 0:
            first -= _comments_above(text, chunk.offset, column)
        while above and _is_comment(above[-1]) and _indent(above[-1]) <= column:
            above.pop()
            first -= 1
        first = max(first, previous_last + 1)
        last = len(lines) - 1
        while last > 0 and (
            not lines[last].strip() or (_is_comment(lines[last]) and _indent(lines[last]) <= column)
        ):
            last -= 1
        previous_last = dash + last
        above = lines[last + 1 :]
        found.setdefault(item_id, (first + 1, dash + last + 1))
    return found


def _comments_above(text: str, offset: int, column: int) -> int:
    """How many comment lines indented no deeper than `column` sit right above the line
    starting at `offset`."""
    count = 0
    while offset > 0:
        start = text.rfind("\n", 0, offset - 1) + 1
        line = text[start : offset - 1]
        if not (_is_comment(line) and _indent(line) <= column):
            break
        count += 1
        offset = start
    return count
