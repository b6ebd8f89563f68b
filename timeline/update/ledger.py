"""The extraction ledger: what the extractor once wrote, so deleted events never come back.

It lives beside events.yaml (`events.yaml` -> `events.ledger.json`) and holds:

- `events`: every id the extractor has written, with the event's date and fingerprints of
  its cited sentences, so a deleted event is recognised even when a new run would give it
  another id;
- `sources`: for each source id the extractor gave an article, where the article was read
  and a digest of its text, so a later article that happens to get the same id (another
  `story.md`) is told apart from a re-read of the same one; and a digest of the entry it
  wrote in `sources:`, so a date or URL supplied later updates only an entry nobody edited;
- `pending`, only while a run writes: what it is about to write to events.yaml. The ledger
  is written first and cleared of `pending` after events.yaml, so a run that reads a
  ledger with `pending` knows the writer was killed in between and can tell (`settle`)
  whether its events.yaml write landed.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from json.encoder import encode_basestring_ascii
from pathlib import Path
from typing import Any

from timeline.errors import TimelineError
from timeline.model import Citation, Timeline

__all__ = [
    "LEDGER_VERSION",
    "Ledger",
    "LedgerEntry",
    "Pending",
    "SourceRecord",
    "dump_ledger",
    "fingerprints",
    "ledger_path",
    "parse_ledger",
    "settle",
]

LEDGER_VERSION = 2
"""1: `events` only. 2: adds `sources` and, between a run's two writes, `pending`."""


@dataclass(frozen=True)
class LedgerEntry:
    """What the extractor once wrote under an id: enough to recognise the event again."""

    date: str
    quotes: frozenset[str]
    """Fingerprints of the cited (source, sentence) pairs."""


@dataclass(frozen=True)
class SourceRecord:
    """The article the extractor once cited under a source id."""

    digest: str
    """A digest of the article's text."""
    location: str
    """Where it was read: a URL, or a file path relative to the folder of events.yaml."""
    entry: str = ""
    """A digest of its `sources:` entry as the extractor last wrote it ("" unknown): an
    entry that no longer matches was edited by a person and is never updated."""


@dataclass(frozen=True)
class Pending:
    """A write to events.yaml that was under way when the ledger was written."""

    before: str
    """Digest of the events.yaml bytes the run read ("" when there was no file)."""
    after: str
    """Digest of the bytes it was about to write."""
    written: Mapping[str, str] = field(default_factory=dict)
    """Event id -> `extracted` stamp of each event it added or refreshed."""
    new_sources: frozenset[str] = frozenset()
    """Source ids it added to `sources:`."""
    undo: Mapping[str, LedgerEntry | None] = field(default_factory=dict)
    """The ledger's event entries before the run, for each id it changed (None: new)."""


@dataclass(frozen=True)
class Ledger:
    """The whole ledger file."""

    events: Mapping[str, LedgerEntry] = field(default_factory=dict)
    sources: Mapping[str, SourceRecord] = field(default_factory=dict)
    pending: Pending | None = None


def ledger_path(events_path: str | Path) -> Path:
    """The ledger lives beside events.yaml: `events.yaml` -> `events.ledger.json`."""
    path = Path(events_path)
    return path.with_name(f"{path.stem}.ledger.json")


def parse_ledger(text: str, path: str) -> Ledger:
    """Read a ledger (version 1 or 2); raises TimelineError naming the file when it is not one."""
    try:
        data = json.loads(text)
        version = data.get("version", 1)
        if not isinstance(version, int) or version > LEDGER_VERSION:
            raise TimelineError(
                f"{path}:1:1: ledger version {version!r} is newer than this timeline "
                f"understands ({LEDGER_VERSION}); upgrade timeline"
            )
        pending = data.get("pending")
        return Ledger(
            events=_entries(data["events"]),
            sources={
                str(source_id): SourceRecord(
                    str(record["digest"]), str(record["location"]), str(record.get("entry", ""))
                )
                for source_id, record in data.get("sources", {}).items()
            },
            pending=None if pending is None else _pending(pending),
        )
    except json.JSONDecodeError as exc:
        raise TimelineError(f"{path}:{exc.lineno}:{exc.colno}: not a ledger: {exc.msg}") from exc
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        raise TimelineError(f"{path}:1:1: not a ledger: missing or malformed {exc}") from exc


def _entries(data: Mapping[str, Any]) -> dict[str, LedgerEntry]:
    return {
        str(event_id): LedgerEntry(str(entry["date"]), frozenset(map(str, entry["quotes"])))
        for event_id, entry in data.items()
    }


def _pending(data: Mapping[str, Any]) -> Pending:
    undo = data.get("undo", {})
    return Pending(
        before=str(data["before"]),
        after=str(data["after"]),
        written={str(k): str(v) for k, v in data.get("written", {}).items()},
        new_sources=frozenset(map(str, data.get("new_sources", ()))),
        undo={
            **_entries({k: v for k, v in undo.items() if v is not None}),
            **{str(k): None for k, v in undo.items() if v is None},
        },
    )


def dump_ledger(ledger: Ledger) -> str:
    """Ledger JSON, sorted so that it diffs well under version control.

    The text of `json.dumps(..., indent=1)`, written out here: with an indent, `json` encodes
    in Python, value by value, which took most of a second for a 100,000-article ledger.
    """
    quoted = encode_basestring_ascii
    events = [
        f'  {quoted(event_id)}: {{\n   "date": {quoted(entry.date)},\n   "quotes": '
        + (
            "[\n    " + ",\n    ".join(map(quoted, sorted(entry.quotes))) + "\n   ]"
            if entry.quotes
            else "[]"
        )
        + "\n  }"
        for event_id, entry in sorted(ledger.events.items())
    ]
    parts = [f'{{\n "version": {LEDGER_VERSION},\n "events": ', _dumped_object(events)]
    if ledger.sources:
        sources = [
            f'  {quoted(source_id)}: {{\n   "digest": {quoted(record.digest)},'
            f'\n   "location": {quoted(record.location)}'
            + (f',\n   "entry": {quoted(record.entry)}' if record.entry else "")
            + "\n  }"
            for source_id, record in sorted(ledger.sources.items())
        ]
        parts += [',\n "sources": ', _dumped_object(sources)]
    text = "".join(parts) + "\n}\n"
    return text if ledger.pending is None else with_pending(text, ledger.pending)


def _dumped_object(members: list[str]) -> str:
    """A JSON object one level in, from its members already written two spaces in."""
    return "{\n" + ",\n".join(members) + "\n }" if members else "{}"


def with_pending(dumped: str, pending: Pending) -> str:
    """`dump_ledger` of a ledger with `pending`, from the dump of the same ledger without
    one (the big part, events and sources, is not serialised twice)."""
    if not dumped.endswith("\n}\n"):
        raise ValueError("not a dump_ledger text")
    inner = json.dumps(_dump_pending(pending), indent=1).replace("\n", "\n ")
    body = dumped[: -len("\n}\n")]
    return body + ',\n "pending": ' + inner + "\n}\n"


def _dump_pending(pending: Pending) -> dict[str, object]:
    return {
        "before": pending.before,
        "after": pending.after,
        "written": dict(sorted(pending.written.items())),
        "new_sources": sorted(pending.new_sources),
        "undo": {
            event_id: None if entry is None else _dump_entry(entry)
            for event_id, entry in sorted(pending.undo.items())
        },
    }


def _dump_entry(entry: LedgerEntry) -> dict[str, object]:
    return {"date": entry.date, "quotes": sorted(entry.quotes)}


def settle(ledger: Ledger, digest: str, current: Callable[[], Timeline | None]) -> Ledger:
    """The ledger with its pending write resolved: kept if it landed, undone if not.

    `digest` is that of the events.yaml bytes on disk now; `current` parses them (called
    only when the digest alone cannot tell). The write landed when the file is what it
    was about to write, or when it is neither that nor what it read (a person edited it
    since) and still holds a trace of the write: an event with the stamp it was given, or
    a source it added. A write that never landed is undone, so the events it would have
    added are not mistaken for events a person deleted.
    """
    pending = ledger.pending
    if pending is None:
        return ledger
    if digest == pending.after or (digest != pending.before and _traced(pending, current())):
        return replace(ledger, pending=None)
    events = dict(ledger.events)
    for event_id, entry in pending.undo.items():
        if entry is None:
            events.pop(event_id, None)
        else:
            events[event_id] = entry
    return replace(ledger, events=events, pending=None)


def _traced(pending: Pending, timeline: Timeline | None) -> bool:
    if timeline is None:
        return True  # unreadable: the merge stops on its problems whatever is decided
    stamps = {e.id: e.extracted for e in timeline.events}
    return any(stamps.get(i) == stamp for i, stamp in pending.written.items()) or any(
        s.id in pending.new_sources for s in timeline.sources
    )


def _fingerprint(citation: Citation) -> str:
    raw = f"{citation.source}\0{citation.quote}".encode()
    return hashlib.sha1(raw, usedforsecurity=False).hexdigest()[:12]


def fingerprints(citations: Iterable[Citation]) -> frozenset[str]:
    """The ledger's fingerprints of cited sentences: short digests of (source, quote)."""
    return frozenset(_fingerprint(c) for c in citations)
