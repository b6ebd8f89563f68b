"""events.yaml read item by item: the same timeline and the same messages as the whole file,
and a cache that re-reads only the items an edit changed."""

from __future__ import annotations

import textwrap

import pytest

from timeline.store import ParseCache, parse_timeline
from timeline.store._chunks import split_lists
from timeline.store._compose import compose
from timeline.store._parse import _Reader


def _whole(text: str) -> tuple[object, list[object]]:
    """The reading of the file as one node tree (the path every file took before)."""
    reader = _Reader("events.yaml")
    timeline = reader.timeline(compose(text))
    return timeline, sorted(set(reader.problems))


def _file(body: str) -> str:
    return textwrap.dedent(body).lstrip("\n")


SPLIT_FILES = [
    (
        "comments and blank lines between items, a block scalar, a flow item",
        """
        # yaml-language-server: $schema=events.schema.json
        title: T
        sources:
          - id: ap   # a comment
            title: Wire

        # between the lists
          # indented, still a comment
        events:
          - id: a
            date: 2024-01-02
            title: A
            text: |
              - not an item
              still text
            sources: [ap]
        # at column 0 inside the list
          - {id: b, date: 2024, title: B}
          -
            id: c
            date: 2024-03
            title: C
        description: after the lists
        """,
    ),
    (
        "items at the key's own indentation",
        """
        title: T
        sources:
        - id: ap
        events:
        - id: a
          date: 2024
          title: A
          sources:
          - source: ap
            quote: Q
        """,
    ),
    (
        "problems in several items, a duplicate id and key, an unknown source",
        """
        title: T
        sources:
          - id: ap
          - id: ap
        events:
          - id: a
            date: 2024-13
            title: A
            title: again
          - date: 2024
            title: no id
          - id: a
            date: 2024
            title: A twice
            sources: [apx]
        """,
    ),
]


@pytest.mark.parametrize(("why", "body"), SPLIT_FILES, ids=[why for why, _ in SPLIT_FILES])
def test_item_by_item_reads_as_the_whole_file(why: str, body: str) -> None:
    """Cut into items, a file gives the same events, sources and located messages."""
    text = _file(body)
    assert split_lists(text) is not None
    assert parse_timeline(text) == _whole(text)


UNSPLIT_FILES = [
    ("a document marker", "---\ntitle: T\nevents:\n  - id: a\n"),
    ("a line less indented than the items", "title: T\nevents:\n  - id: a\n x: 1\n"),
    ("the list key twice", "title: T\nevents:\n  - id: a\nevents:\n  - id: b\n"),
    ("carriage returns", "title: T\r\nevents:\r\n  - id: a\r\n"),
]


@pytest.mark.parametrize(("why", "text"), UNSPLIT_FILES, ids=[why for why, _ in UNSPLIT_FILES])
def test_what_indentation_cannot_settle_is_read_whole(why: str, text: str) -> None:
    """Markers, odd indentation and other line breaks are not cut."""
    assert split_lists(text) is None


def test_a_file_with_an_alias_is_read_whole() -> None:
    """An alias's anchor may sit in another item: the alias is reported where it is."""
    text = "title: T\nevents:\n  - &x {id: a, date: 2024, title: A}\n  - *x\n"
    assert [str(p) for p in parse_timeline(text)[1]] == [
        "events.yaml:4:5: events: YAML aliases (*x) are not supported; "
        "write out the value anchored on line 3"
    ]


def test_a_quote_left_open_across_items_gives_yaml_s_own_message() -> None:
    """An item that does not compose alone sends the file to the whole reading, whose
    message names where the quote opened."""
    text = _file(
        """
        title: T
        events:
          - id: a
            date: 2024
            title: "open
          - id: b
            date: 2024
            title: B
        """
    )
    expected = [
        "events.yaml:5:12: invalid YAML: while scanning a quoted scalar, found unexpected "
        "end of stream (the closing quote is missing)"
    ]
    assert [str(problem) for problem in parse_timeline(text)[1]] == expected


def _events_file(count: int) -> str:
    lines = ["title: T", "sources:", "  - id: ap", "events:"]
    for number in range(count):
        lines += [
            f"  - id: e{number}",
            f"    date: 2024-01-{number + 1:02d}",
            f"    title: E{number}",
        ]
    return "\n".join(lines) + "\n"


def test_the_cache_reads_again_only_the_edited_item() -> None:
    """After an edit, unchanged events are the very objects of the last read; the edited
    one is new, and lines below a grown event move with it."""
    cache = ParseCache()
    text = _events_file(5)
    before, problems = parse_timeline(text, "events.yaml", cache)
    assert before is not None and not problems
    edited = text.replace("title: E2", "title: E2 edited\n    tags: [x]\n    date: 2025")
    after, problems = parse_timeline(edited, "events.yaml", cache)
    assert after is not None
    assert [after.events[i] is before.events[i] for i in range(5)] == [
        True, True, False, True, True
    ]  # fmt: skip
    assert [str(p) for p in problems] == [
        "events.yaml:15:5: event 'e2': duplicate key 'date' (first on line 12)"
    ]
    assert (after, problems) == _whole(edited)


def test_a_cached_item_that_names_a_line_moves_with_the_file() -> None:
    """A duplicate key's message names its first line: the cached item is read again
    when lines above it are added."""
    cache = ParseCache()
    text = _events_file(3).replace("title: E2", "title: E2\n    title: again")
    parse_timeline(text, "events.yaml", cache)
    moved = text.replace("title: E0", "title: E0\n    text: one more line")
    assert parse_timeline(moved, "events.yaml", cache) == _whole(moved)


def test_asterisks_in_text_do_not_send_the_file_to_the_whole_reading(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A `*` in a value (news quotes hold them) splits as usual when no anchor exists;
    an alias without its anchor gets the whole file's message all the same."""
    from timeline.store import _parse as parse_module

    text = _events_file(3).replace("title: E1", 'title: "5 *3 R&D, Johnson & Johnson"')
    read: list[str] = []
    real = parse_module.read_event

    def spy(chunk: str) -> object:
        read.append(chunk)
        return real(chunk)

    monkeypatch.setattr(parse_module, "read_event", spy)
    assert parse_timeline(text) == _whole(text)
    assert len(read) == 3
    aliased = text.replace('title: "5 *3', 'title: *x\n    text: "5 *3')
    split = parse_timeline(aliased)
    monkeypatch.setattr(parse_module, "split_lists", lambda text: None)
    assert split == parse_timeline(aliased)
    assert [str(p) for p in split[1]] == [
        "events.yaml:10:12: invalid YAML: found undefined alias 'x'"
    ]
