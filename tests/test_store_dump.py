"""Canonical events.yaml output: readable, stable, and read back to exactly the same timeline."""

from __future__ import annotations

import random

import pytest

from timeline.model import Citation, Event, PartialDate, Source, Timeline
from timeline.store import dump_event, dump_timeline, parse_timeline
from timeline.store.schema import SCHEMA_LINE

SPEECH = Event(
    id="kennedy-speech",
    date=PartialDate(1961, 5, 25),
    title="Kennedy asks Congress for a Moon landing",
    text="He spoke to a joint session.\nThe goal: before the decade is out.",
    tags=("space", "politics"),
    sources=(
        Citation("ap-1961-05-25", quote="We choose to go.", start=10, end=26),
        Citation("upi-1961"),
    ),
    extracted="0123456789ab",
)
MOON = Timeline(
    title="Moon race",
    description="From Sputnik to Apollo.",
    sources=(
        Source(
            id="ap-1961-05-25",
            title="Kennedy: go to the Moon",
            outlet="AP",
            url="https://example.org/ap?id=1",
            published=PartialDate(1961, 5, 25),
            language="en",
        ),
        Source(id="upi-1961"),
    ),
    events=(
        SPEECH,
        Event(
            id="apollo-program", date=PartialDate(1961), end=PartialDate(1972, 12), title="Apollo"
        ),
    ),
)

MOON_YAML = f"""\
{SCHEMA_LINE}
title: Moon race
description: From Sputnik to Apollo.

sources:
  - id: ap-1961-05-25
    title: "Kennedy: go to the Moon"
    outlet: AP
    url: https://example.org/ap?id=1
    published: 1961-05-25
    language: en
  - id: upi-1961

events:
  - id: kennedy-speech
    date: 1961-05-25
    title: Kennedy asks Congress for a Moon landing
    text: |-
      He spoke to a joint session.
      The goal: before the decade is out.
    tags: [space, politics]
    sources:
      - source: ap-1961-05-25
        quote: We choose to go.
        start: 10
        end: 26
      - upi-1961
    extracted: 0123456789ab

  - id: apollo-program
    date: 1961
    end: 1972-12
    title: Apollo
"""


def test_dump_is_the_canonical_layout() -> None:
    """Schema line, title, description, sources, events; quotes only where YAML needs them."""
    assert dump_timeline(MOON) == MOON_YAML


def test_dump_round_trips_exactly() -> None:
    """Parsing the dump gives back an equal timeline with no problems."""
    assert parse_timeline(dump_timeline(MOON)) == (MOON, [])


def test_dump_event_is_the_block_inside_the_events_list() -> None:
    """`dump_event` is exactly the text `dump_timeline` writes for that event."""
    block = dump_event(SPEECH)
    assert block.startswith("  - id: kennedy-speech\n")
    assert block in dump_timeline(MOON)


def test_an_empty_timeline_dumps_empty_lists() -> None:
    """A new timeline with no sources or events is still a valid file."""
    empty = Timeline(title="New")
    assert dump_timeline(empty) == f"{SCHEMA_LINE}\ntitle: New\n\nsources: []\n\nevents: []\n"
    assert parse_timeline(dump_timeline(empty)) == (empty, [])


TRICKY_STRINGS = [
    "",
    " leading space",
    "trailing space ",
    "1961",
    "2024-06-19",
    "3.14",
    "0x1A",
    "1e3",
    "true",
    "yes",
    "No",
    "null",
    "~",
    "-",
    "- dash",
    "? question",
    ": colon",
    "key: value",
    "ends with colon:",
    "a # not a comment",
    "#hash",
    "a#b",
    "[bracket",
    "{brace",
    "comma, inside",
    "&anchor",
    "*alias",
    "!tag",
    "|pipe",
    ">fold",
    "'single'",
    '"double"',
    "Kennedy's speech",
    "%percent",
    "@at",
    "`backtick",
    "<<",
    "=",
    "tab\there",
    "back\\slash",
    "line\nbreak",
    "two\n\nparagraphs",
    "ends with newline\n",
    "\nstarts with newline",
    "line with trailing spaces   \nnext",
    "spaces-only line\n   \nafter",
    "  indented\nsecond",
    "first\n  indented second",
    "Pyongyang 평양",
    "emoji 🚀 rocket",
    "nbsp\u00a0inside",
    "\u00a0leading nbsp",
    "del\x7fchar",
    "nel\x85char",
    "line\u2028separator",
    "bom\ufeffinside",
    "crlf\r\nline",
    "carriage\rreturn",
    "bell\x07",
    "...",
    "---",
    "--- not a document",
    "a: b: c",
    "multi  spaces inside",
]


@pytest.mark.parametrize("value", TRICKY_STRINGS)
def test_every_string_round_trips(value: str) -> None:
    """Titles, texts, quotes and tags with YAML-special content come back unchanged."""
    event = Event(
        id="a",
        date=PartialDate(2024),
        title=value or "x",
        text=value,
        tags=(value,) if value.strip() else (),
        sources=(Citation("s", quote=value),),
    )
    timeline = Timeline(
        title=value or "x",
        description=value,
        sources=(Source(id="s", title=value, outlet=value, language="pt-BR"),),
        events=(event,),
    )
    assert parse_timeline(dump_timeline(timeline)) == (timeline, [])


def test_random_strings_round_trip() -> None:
    """Seeded random strings over YAML's awkward characters all survive a round trip."""
    awkward = ":#-?,[]{}&*!|>'\"%@`\\\n\t\r~=<.\u00e9\u2028\x85\x7f\U0001f680"
    alphabet = "abc1 " * 4 + awkward
    rng = random.Random(20240619)
    for _ in range(2000):
        value = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12)))
        title = value if value.strip() else "x"
        event = Event(
            id="e",
            date=PartialDate(2024, 6),
            title=title,
            text=value,
            tags=(title,),
            sources=(Citation("s", quote=value),),
        )
        timeline = Timeline(title=title, sources=(Source(id="s", title=value),), events=(event,))
        assert parse_timeline(dump_timeline(timeline)) == (timeline, []), repr(value)


def test_multiline_text_is_a_literal_block() -> None:
    """Readable multi-line text becomes a `|-` block, not an escaped one-liner."""
    event = Event(id="a", date=PartialDate(2024), title="T", text="one\n\ntwo: three")
    assert "    text: |-\n      one\n\n      two: three\n" in dump_event(event)
