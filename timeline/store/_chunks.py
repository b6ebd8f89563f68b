"""events.yaml text cut into one piece per top-level list item, so each is composed alone.

Composing the whole file builds one YAML node tree of it: at 100,000 events that tree alone
is over a gigabyte. Composed item by item, only one event's tree is alive at a time, and an
item whose text is unchanged since the last read can be taken from a cache (`ParseCache`)
instead of being composed and checked again, which is what an edit under `mkdocs serve` needs.

The cut is made from indentation alone, where YAML's own rules guarantee the item ends:
a block sequence item ends at the next line that starts at the sequence's indentation.
Anything the cut cannot be sure of (document markers, other line breaks than `\\n`, a line
indented less than the items, a list key written twice) gives None, and the caller composes
the whole file as before (so does a file that may hold an alias: its anchor may sit in
another item). A cut inside a quoted or flow value leaves that item unclosed, so it fails to
compose, and the caller falls back too: messages are always the whole file's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Chunk", "Split", "split_lists"]

# The patterns that look at line starts begin with the "\n" before the line (the text is
# given one in front) rather than `^`: a literal first character lets the regex engine skip
# to each line break, where `^` is tried at every character (4x slower on a 30 MB file).
_LIST_KEY = re.compile(r"\n(sources|events):(?: +#.*)? *$", re.MULTILINE)
"""The top-level lists read item by item (eras are few: they stay in the skeleton)."""
_MARKERS = re.compile(r"\n(?:---|\.\.\.|%)")
"""Document markers and directives: YAML decides what they do to the lists."""
_CONTENT = re.compile(r"^( *)([^ \n#])", re.MULTILINE)
"""A line's indentation and first character, blank and comment lines skipped."""
_OTHER_BREAKS = ("\r", "\x85", "\u2028", "\u2029")
"""Line breaks for YAML besides `\\n`: a file holding one is composed whole."""


@dataclass(frozen=True)
class Chunk:
    """One list item's text, from its `-` to the line before the next item or key."""

    text: str
    line: int
    """0-based line of the `-` in the file."""
    offset: int = 0
    """Where that line starts in the file's text."""


@dataclass(frozen=True)
class Split:
    """The file without its list items (same line count), and each list's items in order."""

    skeleton: str
    lists: dict[str, list[Chunk]]


def split_lists(text: str) -> Split | None:
    """`text` cut for item-by-item reading, or None when only the whole file can be read."""
    if any(mark in text for mark in _OTHER_BREAKS) or _MARKERS.search("\n" + text):
        return None
    lists: dict[str, list[Chunk]] = {}
    blanked: list[tuple[int, int]] = []  # the items' text: from the first `-` to the end
    for name, after in _list_keys(text):
        if name in lists:
            return None  # a repeated list key: the whole file's reading reports it
        items = _items(text, after)
        if items is None:
            return None
        starts, end = items
        lists[name] = []
        if not starts:
            continue
        line = text.count("\n", 0, starts[0])
        for start, stop in zip(starts, [*starts[1:], end], strict=True):
            piece = text[start:stop]
            lists[name].append(Chunk(piece.removesuffix("\n"), line, start))
            line += piece.count("\n")
        blanked.append((starts[0], end))
    pieces: list[str] = []
    done = 0
    for start, stop in sorted(blanked):
        if start < done:
            return None  # pragma: no cover - lists cannot overlap: each ends at a key
        pieces += [text[done:start], "\n" * text.count("\n", start, stop)]
        done = stop
    pieces.append(text[done:])
    return Split(skeleton="".join(pieces), lists=lists)


def _list_keys(text: str) -> list[tuple[str, int]]:
    """Each top-level `sources:` or `events:` line: the list's name and the offset of the
    next line."""
    line_break = text.find("\n")
    first = _LIST_KEY.match("\n" + text[: line_break + 1 if line_break >= 0 else len(text)])
    found = [(first.group(1), first.end())] if first is not None else []  # offsets + 1
    return found + [(key.group(1), key.end() + 1) for key in _LIST_KEY.finditer(text)]


def _items(text: str, at: int) -> tuple[list[int], int] | None:
    """Where each item of the block list starting at offset `at` begins, and the offset
    where the list ends (the start of the next top-level key's line, or the end of the
    text); None when the layout is not a plain block list."""
    if at > len(text):
        return [], len(text)
    first = _CONTENT.search(text, at)
    if first is None:
        return [], len(text)
    indent = len(first.group(1))
    if not _is_item(text, first.end(2) - 1):
        return ([], first.start()) if indent == 0 and first.group(2) != "-" else None
    item = re.compile(rf"\n {{{indent}}}-(?: |$)", re.MULTILINE)
    other = re.compile(rf"\n(?! {{{indent + 1}}}| {{{indent}}}-(?: |$)| *(?:#|$))", re.MULTILINE)
    stop = other.search(text, first.start())
    end = stop.start() + 1 if stop is not None else len(text)
    if stop is not None and text[end] in " -\t":
        return None  # indented less than the items, or a `-` the items do not line up with
    starts = [m.start() + 1 for m in item.finditer(text, first.start() - 1, end)]
    return starts, end


def _is_item(text: str, dash: int) -> bool:
    return text[dash] == "-" and text[dash + 1 : dash + 2] in ("", " ", "\n")
