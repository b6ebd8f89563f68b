"""The ledger file: versions 1 and 2 read, a pending write settled by what is on disk."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from timeline.errors import TimelineError
from timeline.model import Event, PartialDate, Source, Timeline
from timeline.update import ledger as ledger_module
from timeline.update.ledger import (
    Ledger,
    LedgerEntry,
    Pending,
    SourceRecord,
    dump_ledger,
    parse_ledger,
    settle,
    with_pending,
)

OLD = LedgerEntry("2024-03-12", frozenset({"aaaaaaaaaaaa"}))
NEW = LedgerEntry("2024-03-13", frozenset({"bbbbbbbbbbbb"}))


def test_a_version_1_ledger_reads_with_no_sources() -> None:
    """Ledgers written before sources were recorded still read, with every event."""
    text = '{"version": 1, "events": {"a": {"date": "2024-03-12", "quotes": ["aaaaaaaaaaaa"]}}}'
    assert parse_ledger(text, "events.ledger.json") == Ledger({"a": OLD})


def test_a_ledger_round_trips_with_sources_and_a_pending_write() -> None:
    """What `dump_ledger` writes, `parse_ledger` reads back the same."""
    ledger = Ledger(
        {"a": OLD, "b": NEW},
        {
            "story": SourceRecord("0123456789abcdef", "articles/story.md"),
            "notes": SourceRecord("fedcba9876543210", "notes.md", entry="0a1b2c3d4e5f"),
        },
        Pending("d1", "d2", {"b": "stamp"}, frozenset({"story"}), {"a": NEW, "b": None}),
    )
    assert parse_ledger(dump_ledger(ledger), "events.ledger.json") == ledger


@pytest.mark.parametrize(
    "pending",
    [
        Pending("d1", "d2", {"b": "stamp"}, frozenset({"story"}), {"a": NEW, "b": None}),
        Pending("d1", "d2", {}, frozenset(), {}),
    ],
)
def test_a_pending_write_added_to_a_dump_is_the_dump_with_it(pending: Pending) -> None:
    """`with_pending` gives byte for byte what dumping the ledger with `pending` gives."""
    ledger = Ledger({"a": OLD}, {"story": SourceRecord("0123456789abcdef", "a/story.md")})
    assert with_pending(dump_ledger(ledger), pending) == dump_ledger(
        replace(ledger, pending=pending)
    )


def test_a_ledger_from_a_newer_timeline_is_refused_with_its_name() -> None:
    """A version this code does not know is one line naming the file, not a guess."""
    with pytest.raises(TimelineError, match=r"^events.ledger.json:1:1: ledger version 9 "):
        parse_ledger('{"version": 9, "events": {}}', "events.ledger.json")


def timeline(*events: Event, sources: tuple[Source, ...] = ()) -> Timeline:
    return Timeline("T", sources=sources, events=events)


PENDING = Ledger(
    {"a": NEW, "new": NEW},
    pending=Pending(
        "before",
        "after",
        {"a": "s-a", "new": "s-new"},
        frozenset({"fresh"}),
        {"a": OLD, "new": None},
    ),
)
UNDONE = Ledger({"a": OLD})
KEPT = Ledger({"a": NEW, "new": NEW})
STAMPED = Event("new", PartialDate(2024), "T", extracted="s-new")


@pytest.mark.parametrize(
    ("digest", "now", "expected"),
    [
        pytest.param("after", None, KEPT, id="the-write-landed"),
        pytest.param("before", None, UNDONE, id="the-write-never-landed"),
        pytest.param("edited", timeline(STAMPED), KEPT, id="landed-then-edited"),
        pytest.param(
            "edited",
            timeline(sources=(Source("fresh"),)),
            KEPT,
            id="landed-then-its-event-deleted",
        ),
        pytest.param("edited", timeline(), UNDONE, id="never-landed-then-edited"),
    ],
)
def test_a_pending_write_is_kept_if_it_landed_and_undone_if_not(
    digest: str, now: Timeline | None, expected: Ledger
) -> None:
    """A run killed between its writes leaves `pending`; the next run settles it."""
    assert settle(PENDING, digest, lambda: now) == expected


def _json_dump(ledger: Ledger) -> str:
    """The ledger as `json.dumps(..., indent=1)` writes it: the format `dump_ledger` keeps."""
    data: dict[str, object] = {
        "version": 2,
        "events": {
            i: {"date": e.date, "quotes": sorted(e.quotes)}
            for i, e in sorted(ledger.events.items())
        },
    }
    if ledger.sources:
        data["sources"] = {
            i: {"digest": r.digest, "location": r.location}
            | ({"entry": r.entry} if r.entry else {})
            for i, r in sorted(ledger.sources.items())
        }
    if ledger.pending is not None:
        data["pending"] = ledger_module._dump_pending(ledger.pending)
    return json.dumps(data, indent=1) + "\n"


@pytest.mark.parametrize(
    "ledger",
    [
        Ledger(),
        Ledger({"b": NEW, "a": OLD, "c": LedgerEntry("2024", frozenset())}),
        Ledger(
            {"é-ü\u2028": LedgerEntry('quote "x"\\', frozenset({"z", "a", "\U0001f600"}))},
            {
                "s2": SourceRecord("d", "articles/é 1.md"),
                "s1": SourceRecord("d", 'https://example.org/?a="b"', entry="e"),
            },
            Pending("d1", "d2", {"b": "stamp"}, frozenset({"story"}), {"a": NEW, "b": None}),
        ),
    ],
)
def test_the_ledger_is_written_as_json_with_one_space_indents(ledger: Ledger) -> None:
    """`dump_ledger` writes byte for byte what `json.dumps(indent=1)` writes, sorted."""
    assert dump_ledger(ledger) == _json_dump(ledger)
    assert parse_ledger(dump_ledger(ledger), "events.ledger.json") == ledger
