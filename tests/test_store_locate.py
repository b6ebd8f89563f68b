"""`locate_events`: the lines of each event's block, attached comments included."""

from __future__ import annotations

import textwrap

import pytest

from timeline.model import Event, PartialDate, Timeline
from timeline.store import dump_event, dump_timeline, locate_events, parse_located
from timeline.store._chunks import split_lists

HAND_EDITED = textwrap.dedent(
    """\
    title: T
    # about the events list
    events:
      # attached to a
      - id: a
        date: 2024
        title: A
        # still part of a (indented deeper than the dash)

      # floating: a blank line separates it from b

      # attached to b, first line
      # attached to b, second line
      - id: b
        date: 2024
        title: |-
          B
          # inside a block scalar, not a comment
      - id: c
        date: 2024
        title: C
    # after the list, at the top level
    sources: []
    """
)


def test_blocks_take_attached_comments_and_skip_floating_ones() -> None:
    """Comments directly above a dash go with it; deeper ones stay with the event above."""
    assert locate_events(HAND_EDITED) == {"a": (4, 8), "b": (12, 18), "c": (19, 21)}


def test_an_indentless_list_at_the_end_of_the_file() -> None:
    """`- ` at column 0 and no trailing newline still give whole blocks."""
    text = "title: T\nevents:\n- id: a\n  date: 2024\n  title: A\n# about b\n- id: b\n  title: B"
    assert locate_events(text) == {"a": (3, 5), "b": (6, 8)}


def test_spans_of_a_dump_are_the_dumped_event_blocks() -> None:
    """Each span of a canonical file holds exactly `dump_event` of that event."""
    events = tuple(
        Event(id=f"e{i}", date=PartialDate(2000 + i), title=f"Event {i}", text="x\ny" * i)
        for i in range(4)
    )
    text = dump_timeline(Timeline(title="T", events=events))
    lines = text.splitlines(keepends=True)
    spans = locate_events(text)
    assert list(spans) == ["e0", "e1", "e2", "e3"]
    for event in events:
        first, last = spans[event.id]
        assert "".join(lines[first - 1 : last]) == dump_event(event)


def test_flow_style_lists_use_the_item_lines() -> None:
    """A one-line flow list still locates its items."""
    assert locate_events("title: T\nevents: [{id: a, date: 2024, title: A}]\n") == {"a": (2, 2)}


@pytest.mark.parametrize(
    "text",
    ["", "title: [", "- a\n", "title: T\n", "title: T\nevents: 3\n", "title: T\nevents: []\n"],
    ids=["empty", "invalid", "list", "no-events", "not-a-list", "no-items"],
)
def test_no_events_list_gives_no_spans(text: str) -> None:
    """Invalid YAML or a file without events gives an empty mapping, not an error."""
    assert locate_events(text) == {}


def test_first_of_repeated_ids_wins() -> None:
    """With a duplicate id (a validation error), the first block is reported."""
    text = "events:\n  - id: a\n    title: 1\n  - id: a\n    title: 2\n"
    assert locate_events(text) == {"a": (2, 3)}


READ_ITEM_BY_ITEM = [
    HAND_EDITED,
    "title: T\nevents:\n- id: a\n  date: 2024\n  title: A\n# about b\n- id: b\n  date: 2024\n"
    "  title: B\n# a comment at the end, then a key\ndescription: D\n",
    "title: T\nsources:\n  - id: s\n    title: S\n# about the events\n\n  # about a\nevents:\n"
    "  # attached to a\n  - id: a\n    date: 2024\n    title: A\n\n\n  - id: b\n    date: 2024\n"
    "    title: B\n      # deeper: b's own\n  # above c\n  - id: c\n    date: 2024\n    title: C\n",
]


@pytest.mark.parametrize("text", READ_ITEM_BY_ITEM)
def test_blocks_found_item_by_item_are_the_node_tree_s(text: str) -> None:
    """A file read item by item gives the blocks its whole node tree gives."""
    assert split_lists(text) is not None
    _, problems, blocks = parse_located(text)
    assert problems == []
    assert blocks == locate_events(text)
