"""events.yaml text cut into one piece per top-level list item, so each is composed alone.

Composing the whole file builds one YAML node tree of it: at 100,000 events that tree alone
is over a gigabyte. Composed item by item, only one event's tree is alive at a time, and an
item whose text is unchanged since the last read can be taken from a cache (`ParseCache`)
instead of being composed and checked again, which is what an edit under `mkdocs serve` needs.

The cut is made from indentation alone, where YAML's own rules guarantee the item ends:
a block sequence item ends at the next line that starts at the sequence's indentation.
Anything the cut cannot be sure of (aliases, document markers, other line breaks than `\\n`,
a flow list, a line indented less than the items) gives None: the caller composes the whole
file as before. A cut inside a quoted or flow value leaves that item unclosed, so it fails
to compose, and the caller falls back too; messages are therefore always the whole file's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Chunk", "Split", "split_lists"]

_LIST_KEY = re.compile(r"(sources|events):(?: +#.*)? *")
"""The top-level lists read item by item (eras are few: they stay in the skeleton)."""
_OTHER_BREAKS = ("\r", "\x85", "\u2028", "\u2029")
"""Line breaks for YAML besides `\\n`: a file holding one is composed whole."""


@dataclass(frozen=True)
class Chunk:
    """One list item's text, from its `-` to the line before the next item or key."""

    text: str
    line: int
    """0-based line of the `-` in the file."""


@dataclass(frozen=True)
class Split:
    """The file without its list items (same line count), and each list's items in order."""

    skeleton: str
    lists: dict[str, list[Chunk]]


def split_lists(text: str) -> Split | None:
    """`text` cut for item-by-item reading, or None when only the whole file can be read."""
    if any(mark in text for mark in _OTHER_BREAKS):
        return None
    lines = text.split("\n")
    lists: dict[str, list[Chunk]] = {}
    blanked: list[tuple[int, int, int]] = []  # (start offset, end offset, line count)
    offsets = [0] * (len(lines) + 1)
    at = 0
    for number, line in enumerate(lines):
        offsets[number] = at
        at += len(line) + 1
    offsets[len(lines)] = at
    number = 0
    while number < len(lines):
        line = lines[number]
        if line.startswith(("---", "...", "%")):
            return None  # several documents or directives: YAML decides
        found = _LIST_KEY.fullmatch(line)
        if found is None:
            number += 1
            continue
        key = found.group(1)
        if key in lists:
            return None  # a repeated list key: the whole file's reading reports it
        starts, end = _items(lines, number + 1)
        if end < 0:
            return None
        if starts:
            lists[key] = [
                Chunk(text[offsets[a] : offsets[b] - 1], a)
                for a, b in zip(starts, [*starts[1:], end], strict=True)
            ]
            blanked.append((offsets[starts[0]], offsets[end] - 1, end - starts[0]))
        else:
            lists[key] = []
        number = end
    pieces: list[str] = []
    done = 0
    for start, stop, count in blanked:
        pieces += [text[done:start], "\n" * (count - 1)]
        done = stop
    pieces.append(text[done:])
    return Split(skeleton="".join(pieces), lists=lists)


def _items(lines: list[str], first: int) -> tuple[list[int], int]:
    """The first line of each block-list item from line `first` on, and the line where the
    list ends (the next top-level key, or the end); -1 when the layout is not a plain list."""
    starts: list[int] = []
    indent = -1
    number = first
    while number < len(lines):
        line = lines[number]
        stripped = line.lstrip(" ")
        if not stripped or stripped.startswith("#"):
            number += 1
            continue
        spaces = len(line) - len(stripped)
        item = stripped == "-" or stripped.startswith("- ")
        if indent < 0:
            if not item:
                return [], (number if spaces == 0 and not stripped.startswith("-") else -1)
            indent = spaces
        if spaces == indent and item:
            starts.append(number)
        elif spaces > indent:
            pass
        elif spaces == 0 and not stripped.startswith("-"):
            break
        else:
            return [], -1
        number += 1
    return starts, number
