"""YAML text surgery: an events.yaml rewritten by editing only the lines that changed.

A person's file is more than its data: comments, blank lines, key order, quoting and
indentation. So a merge is written by splicing into the old text (untouched event blocks
copied byte for byte) rather than by dumping the whole timeline again.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import yaml

from timeline.model import Source, Timeline
from timeline.store._comments import carry_comments
from timeline.store._dump import dump_event, dump_timeline
from timeline.store._locate import locate_events, locate_sources

__all__ = ["splice_timeline"]

_TOP_KEY_RE = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:(?P<rest>.*)$")
_EVENTS_MARK = "\0events\n"
"""Stands for the events part while the parts around it are edited."""


def splice_timeline(
    old_text: str,
    existing: Timeline,
    timeline: Timeline,
    copied: set[str],
    added_sources: list[Source],
    updated_sources: Sequence[Source] = (),
    blocks: dict[str, tuple[int, int]] | None = None,
) -> str | None:
    """events.yaml text: the old file with only what changed rewritten.

    Untouched events are copied byte for byte; a refreshed event is regenerated with the
    comments it had; comments between events and after the last one stay where they were;
    a new title replaces only the title's lines; new sources are appended to `sources:`;
    each of `updated_sources` replaces the entry of its id (its comments kept).
    None when the file's layout cannot be spliced (a flow-style list). `blocks` are
    `locate_events(old_text)`, when the caller knows them already.
    """
    text = old_text if timeline.title == existing.title else _retitled(old_text, timeline.title)
    if text is not None and updated_sources:
        text = _with_updated_sources(text, updated_sources, timeline.title)
    if text is None:
        return None
    if text is not old_text:
        blocks = None  # retitled: the lines may have moved
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    at = _top_key_line(lines, "events")
    if at is None:
        return None
    value = _without_comment(lines[at].split(":", 1)[1]).strip()
    if value not in ("", "[]"):
        return None  # a flow-style list
    following = _top_key_line(lines[at + 1 :], None)
    end = len(lines) if following is None else at + 1 + following
    outside = "".join(lines[:at]) + _EVENTS_MARK + "".join(lines[end:])
    if added_sources:
        with_sources = _with_sources(outside, added_sources, timeline)
        if with_sources is None:
            return None
        outside = with_sources
    if not timeline.events:  # nothing was there and nothing is added
        return outside.replace(_EVENTS_MARK, lines[at], 1)
    events_line = re.sub(r":\s*\[\]", ":", lines[at], count=1)
    if blocks is None:
        blocks = locate_events("".join(lines))
    body = events_line + _compose_events(lines, at, end, timeline, copied, blocks)
    return outside.replace(_EVENTS_MARK, body, 1)


def _without_comment(value: str) -> str:
    return value.split(" #", 1)[0] if not value.lstrip().startswith("#") else ""


def _compose_events(
    lines: list[str],
    at: int,
    end: int,
    timeline: Timeline,
    copied: set[str],
    blocks: dict[str, tuple[int, int]],
) -> str:
    """The lines after `events:`: blocks copied, regenerated or new, and the comments
    between them (a comment block keeps its place before the event that followed it)."""
    order = sorted(blocks, key=lambda i: blocks[i][0])
    gaps: dict[str, list[str]] = {}
    previous = at + 1  # 0-based index of the first line after the last block
    for event_id in order:
        first, last = blocks[event_id]
        gaps[event_id] = lines[previous : first - 1]
        previous = last
    trailing = lines[previous:end]
    indent = _event_indent(lines, blocks)
    out: list[str] = []

    def separate() -> None:
        if out and out[-1].strip():
            out.append("\n")

    for event in timeline.events:
        if event.id not in blocks:
            separate()
            out.append(_reindent(dump_event(event), indent))
            continue
        gap = gaps[event.id]
        if any(line.strip() for line in gap):
            if gap[0].strip():
                separate()
            out.extend(gap)
        else:
            separate()
        first, last = blocks[event.id]
        old_block = "".join(lines[first - 1 : last])
        if event.id in copied:
            out.append(old_block)
        else:
            out.append(carry_comments(old_block, _reindent(dump_event(event), indent)))
    if any(line.strip() for line in trailing):
        while trailing and not trailing[-1].strip():
            trailing.pop()
        if trailing[0].strip():
            separate()
        out.extend(trailing)
    return "".join(out)


def _retitled(text: str, title: str) -> str | None:
    """`text` with only the top-level title's value replaced (a comment after it kept)."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return None
    if not isinstance(root, yaml.MappingNode):
        return None
    found = [
        (key, value)
        for key, value in root.value
        if isinstance(key, yaml.ScalarNode) and key.value == "title" and key.start_mark.column == 0
    ]
    if not found:
        return None
    key, value = found[0]
    lines = text.splitlines(keepends=True)
    first, last = key.start_mark.line, value.end_mark.line
    if value.end_mark.column == 0 and last > first:
        last -= 1  # a block scalar ends at the start of the next line
    note = ""
    if last == first:
        rest = lines[first][value.end_mark.column :]
        if rest.strip().startswith("#"):
            note = "  " + rest.strip()
    generated = dump_timeline(Timeline(title)).splitlines()
    start = next(i for i, line in enumerate(generated) if line.startswith("title:"))
    stop = next(i for i, line in enumerate(generated) if not line.strip())
    new_lines = generated[start:stop]
    new_lines[-1] += note
    return "".join(lines[:first]) + "\n".join(new_lines) + "\n" + "".join(lines[last + 1 :])


def _top_key_line(lines: list[str], key: str | None) -> int | None:
    """The index of the top-level `key:` line (any top-level key for None)."""
    for index, line in enumerate(lines):
        match = _TOP_KEY_RE.match(line)
        if match and (key is None or match.group("key") == key):
            return index
    return None


def _event_indent(lines: list[str], blocks: dict[str, tuple[int, int]]) -> int:
    """How far the file indents its event dashes (the canonical layout uses 2)."""
    for first, last in blocks.values():
        for line in lines[first - 1 : last]:
            if line.lstrip().startswith("- "):
                return len(line) - len(line.lstrip(" "))
    return 2


def _reindent(block: str, indent: int) -> str:
    """A dumped event block (dash at column 2) moved to the file's own indentation."""
    if indent == 2:
        return block
    shift = indent - 2
    out = []
    for line in block.splitlines(keepends=True):
        out.append(" " * shift + line if shift > 0 else line[-shift:] if line.strip() else line)
    return "".join(out)


def _source_lines(sources: Sequence[Source], title: str) -> str:
    """The canonical `sources:` items for `sources` (dash at column 2)."""
    generated = dump_timeline(Timeline(title, sources=tuple(sources)))
    new_lines = generated[generated.index("sources:\n") + len("sources:\n") :]
    return new_lines[: new_lines.index("\nevents:")].rstrip("\n") + "\n"


def _with_updated_sources(text: str, updated: Sequence[Source], title: str) -> str | None:
    """`text` with the entries of `updated` regenerated in place (None: not a block list,
    or an entry not found)."""
    blocks = locate_sources(text)
    lines = text.splitlines(keepends=True)
    if not all(source.id in blocks for source in updated):
        return None
    for source in sorted(updated, key=lambda s: -blocks[s.id][0]):  # bottom up: lines hold
        first, last = blocks[source.id]
        dash = next((i for i in range(first - 1, last) if lines[i].lstrip()[:1] == "-"), None)
        if dash is None:
            return None
        indent = len(lines[dash]) - len(lines[dash].lstrip(" "))
        old_block = "".join(lines[first - 1 : last])
        new_block = _reindent(_source_lines([source], title), indent)
        lines[first - 1 : last] = [carry_comments(old_block, new_block)]
    return "".join(lines)


def _with_sources(text: str, added: list[Source], timeline: Timeline) -> str | None:
    """`text` with new source entries appended to its `sources:` list (None: flow style)."""
    lines = text.splitlines(keepends=True)
    at = _top_key_line(lines, "sources")
    new_lines = _source_lines(added, timeline.title)
    if at is None:
        mark = lines.index(_EVENTS_MARK)
        lines.insert(mark, "sources:\n" + new_lines + "\n")
        return "".join(lines)
    value = _without_comment(lines[at].split(":", 1)[1]).strip()
    if value not in ("[]", ""):
        return None
    end = at + 1
    while end < len(lines) and (not lines[end].strip() or lines[end][:1] in " \t#-"):
        end += 1
    while end > at + 1 and not lines[end - 1].strip():
        end -= 1
    if value == "[]":
        lines[at] = re.sub(r":\s*\[\]", ":", lines[at], count=1)
    items = [line for line in lines[at + 1 : end] if line.lstrip().startswith("- ")]
    indent = len(items[0]) - len(items[0].lstrip(" ")) if items else 2
    lines.insert(end, _reindent(new_lines, indent))
    return "".join(lines)
