"""Comments in YAML text: where they are, and how to carry them into a rewritten block.

PyYAML drops comments, so a rewrite that regenerates an event (a refresh by the extractor)
would lose the notes a person wrote in it. Its scanner still tells where every token ends,
and whatever follows the last token on a line and starts with `#` is a comment, so block
scalars (`|-` text that may hold a `#`) and quoted `#` are never mistaken for one.
"""

from __future__ import annotations

import re

import yaml

from timeline.store._locate import locate_events

__all__ = ["carry_comments", "comment_columns", "keep_comments"]

_KEY_RE = re.compile(r"(?P<key>[A-Za-z_][\w-]*)\s*:(?:\s|$)")


def comment_columns(text: str) -> dict[int, int]:
    """0-based line -> column where the line's comment starts (full-line or after content)."""
    lines = text.splitlines()
    covered = [0] * len(lines)
    try:
        for token in yaml.scan(text):
            start, end = token.start_mark, token.end_mark
            for row in range(start.line, min(end.line, len(lines) - 1) + 1):
                reach = end.column if row == end.line else len(lines[row])
                covered[row] = max(covered[row], reach)
    except yaml.YAMLError:  # not YAML on its own: count only whole-line comments
        covered = [0] * len(lines)
    found: dict[int, int] = {}
    for index, line in enumerate(lines):
        rest = line[covered[index] :]
        stripped = rest.lstrip()
        if stripped.startswith("#") and (covered[index] == 0 or rest[:1] in (" ", "\t")):
            found[index] = covered[index] + len(rest) - len(stripped)
    return found


def _field_indent(dash_line: str) -> int:
    """The column of the first key after an item's `-` ("  - id: x" -> 4)."""
    return len(dash_line) - len(dash_line.lstrip(" ").lstrip("-").lstrip(" "))


def carry_comments(old_block: str, new_block: str) -> str:
    """`new_block` (a regenerated list item) with every comment of `old_block` kept.

    Comments above the item's `-` stay above it; a whole-line comment before one of the
    item's keys goes before that key again (or at the end of the item when the key is
    gone); one inside a key's nested lines goes after that key's lines; a comment after a
    key's value follows the new value. Nothing a person wrote is dropped.
    """
    if "#" not in old_block:
        return new_block
    old = old_block.splitlines()
    new = new_block.splitlines()
    comments = comment_columns(old_block)
    if not comments:
        return new_block
    dash = next(
        (
            i
            for i, line in enumerate(old)
            if line.strip() and (i not in comments or line[: comments[i]].strip())
        ),
        None,
    )
    if dash is None or not new:
        return old_block.rstrip("\n") + "\n" + new_block
    above = old[:dash]
    old_indent = _field_indent(old[dash])
    new_indent = _field_indent(new[0])
    before: dict[str, list[str]] = {}
    after: dict[str, list[str]] = {}
    inline: dict[str, str] = {}
    at_end: list[str] = []
    pending: list[str] = []
    current = ""
    for index in range(dash, len(old)):
        line = old[index]
        column = comments.get(index)
        content = line[:column] if column is not None else line
        note = line[column:].strip() if column is not None else ""
        key = _key_at(content, old_indent, index == dash)
        if key is not None:
            before.setdefault(key, []).extend(pending)
            pending = []
            current = key
            if note:
                inline[key] = note
        elif content.strip():  # a nested line of the current key
            after.setdefault(current, []).extend(pending)
            pending = []
            if note:
                after.setdefault(current, []).append(note)
        elif note:
            pending.append(note)
    at_end.extend(pending)
    return "\n".join([*above, *_placed(new, new_indent, before, after, inline, at_end)]) + "\n"


def _key_at(content: str, indent: int, is_dash_line: bool) -> str | None:
    """The item-level key a line starts, if it starts one."""
    if not is_dash_line and len(content) - len(content.lstrip(" ")) != indent:
        return None
    match = _KEY_RE.match(content[indent:])
    return match.group("key") if match else None


def _placed(
    new: list[str],
    indent: int,
    before: dict[str, list[str]],
    after: dict[str, list[str]],
    inline: dict[str, str],
    at_end: list[str],
) -> list[str]:
    pad = " " * indent
    keys: list[tuple[int, str]] = []
    for index, line in enumerate(new):
        key = _key_at(line, indent, index == 0)
        if key is not None:
            keys.append((index, key))
    present = {key for _, key in keys}
    orphans = [
        note
        for key, notes in (*before.items(), *after.items())
        if key not in present
        for note in notes
    ]
    orphans += [note for key, note in inline.items() if key not in present]
    out: list[str] = []
    for position, (index, key) in enumerate(keys):
        stop = keys[position + 1][0] if position + 1 < len(keys) else len(new)
        out.extend(pad + note for note in before.get(key, []))
        first = new[index] + (f"  {inline[key]}" if key in inline else "")
        out.append(first)
        out.extend(new[index + 1 : stop])
        out.extend(pad + note for note in after.get(key, []))
    out.extend(pad + note for note in [*orphans, *at_end])
    return out


def keep_comments(old_text: str, new_text: str) -> str:
    """`new_text` (a canonical rewrite of `old_text`) with every comment of `old_text` kept.

    For files that cannot be spliced line by line (flow-style lists, JSON-style files).
    A comment inside an event, or between it and the event before, goes above that event;
    any other comment goes above the top-level key it was in (`title`, `sources`, ...), or
    above the first key when it came before them all, or at the end when it came after
    the last event or key. Each becomes a whole-line comment.
    """
    columns = comment_columns(old_text)
    if not columns:
        return new_text
    old_lines = old_text.splitlines()
    events = sorted(
        (first, last, event_id) for event_id, (first, last) in locate_events(old_text).items()
    )
    keys = _top_level_spans(old_text)
    events_line = next((first for key, first, _ in keys if key == "events"), 0)
    by_event: dict[str, list[str]] = {}
    by_key: dict[str, list[str]] = {}  # "" for the top, END for the end
    for index in sorted(columns):
        note = old_lines[index][columns[index] :].strip()
        if note.startswith("# yaml-language-server:"):
            continue  # the rewrite starts with its own
        line = index + 1
        previous_last = events_line
        owner = None
        for _, last, event_id in events:
            if previous_last < line <= last:
                owner = event_id
                break
            previous_last = last
        if owner is not None:
            by_event.setdefault(owner, []).append(note)
            continue
        key = next((k for k, first, last in keys if line <= last), _END)
        if key != _END and keys and line < keys[0][1]:
            key = ""
        if key == "events" and events and line > events[-1][1]:
            key = _END
        by_key.setdefault(key, []).append(note)
    return _inserted(new_text, by_event, by_key)


_END = "\0end"
"""Stands for "after everything" where a top-level key is expected ("" is "before all")."""


def _top_level_spans(text: str) -> list[tuple[str, int, int]]:
    """(key, first line, last line), 1-based, of each top-level key and its value."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return []
    if not isinstance(root, yaml.MappingNode):
        return []
    return [
        (str(key.value), key.start_mark.line + 1, value.end_mark.line + 1)
        for key, value in root.value
    ]


def _inserted(new_text: str, by_event: dict[str, list[str]], by_key: dict[str, list[str]]) -> str:
    lines = new_text.splitlines()
    blocks = locate_events(new_text)
    first_key = next((i for i, line in enumerate(lines) if _KEY_RE.match(line)), 0)
    inserts: dict[int, list[str]] = {}
    for event_id, notes in by_event.items():
        if event_id not in blocks:  # pragma: no cover - a rewrite keeps every event
            by_key.setdefault(_END, []).extend(notes)
            continue
        at = blocks[event_id][0] - 1
        pad = " " * (len(lines[at]) - len(lines[at].lstrip(" ")))
        inserts.setdefault(at, []).extend(pad + note for note in notes)
    for key, notes in by_key.items():
        if key == _END:
            at = len(lines)
        elif key == "":
            at = first_key
        else:
            at = next((i for i, line in enumerate(lines) if line.startswith(f"{key}:")), first_key)
        inserts.setdefault(at, []).extend(notes)
    out: list[str] = []
    for index in range(len(lines) + 1):
        out.extend(inserts.get(index, ()))
        out.extend(lines[index : index + 1])
    return "\n".join(out) + "\n"
