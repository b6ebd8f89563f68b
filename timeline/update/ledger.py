"""The extraction ledger: what the extractor once wrote, so deleted events never come back.

It lives beside events.yaml (`events.yaml` -> `events.ledger.json`) and maps every id the
extractor has written to the event's date and fingerprints of its cited sentences, so a
deleted event is recognised even when a new run would give it another id.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from timeline.errors import TimelineError
from timeline.model import Citation

__all__ = [
    "LEDGER_VERSION",
    "LedgerEntry",
    "dump_ledger",
    "fingerprints",
    "ledger_path",
    "parse_ledger",
]

LEDGER_VERSION = 1


@dataclass(frozen=True)
class LedgerEntry:
    """What the extractor once wrote under an id: enough to recognise the event again."""

    date: str
    quotes: frozenset[str]
    """Fingerprints of the cited (source, sentence) pairs."""


def ledger_path(events_path: str | Path) -> Path:
    """The ledger lives beside events.yaml: `events.yaml` -> `events.ledger.json`."""
    path = Path(events_path)
    return path.with_name(f"{path.stem}.ledger.json")


def parse_ledger(text: str, path: str) -> dict[str, LedgerEntry]:
    """Read a ledger; raises TimelineError naming the file when it is not one."""
    try:
        data = json.loads(text)
        entries = data["events"]
        return {
            str(event_id): LedgerEntry(str(entry["date"]), frozenset(map(str, entry["quotes"])))
            for event_id, entry in entries.items()
        }
    except json.JSONDecodeError as exc:
        raise TimelineError(f"{path}:{exc.lineno}:{exc.colno}: not a ledger: {exc.msg}") from exc
    except (KeyError, TypeError, AttributeError) as exc:
        raise TimelineError(f"{path}:1:1: not a ledger: missing or malformed {exc}") from exc


def dump_ledger(ledger: dict[str, LedgerEntry]) -> str:
    """Ledger JSON, sorted so that it diffs well under version control."""
    events = {
        event_id: {"date": entry.date, "quotes": sorted(entry.quotes)}
        for event_id, entry in sorted(ledger.items())
    }
    return json.dumps({"version": LEDGER_VERSION, "events": events}, indent=1) + "\n"


def _fingerprint(citation: Citation) -> str:
    raw = f"{citation.source}\0{citation.quote}".encode()
    return hashlib.sha1(raw, usedforsecurity=False).hexdigest()[:12]


def fingerprints(citations: Iterable[Citation]) -> frozenset[str]:
    """The ledger's fingerprints of cited sentences: short digests of (source, quote)."""
    return frozenset(_fingerprint(c) for c in citations)
