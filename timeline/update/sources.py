"""Which source in events.yaml an extracted article is: by what it says, not by its name.

A run names each article after its file or URL (`story.md` -> `story`), so two different
articles can get the same id in two runs (`x/story.md`, later `y/story.md`). The ledger
remembers, for each source id the extractor gave out, the article's digest and where it
was read. An article is the recorded source whose digest or location it shares; an
article whose id is recorded for another one gets a fresh id (`story-2`); an id nobody
recorded (a source written by hand, or by a ledger older than version 2) keeps its name.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from timeline.events import MergedEvent
from timeline.model import Origin, Source
from timeline.update.ledger import SourceRecord

__all__ = ["Identified", "identify_sources"]


@dataclass(frozen=True)
class Identified:
    """The run's sources and events under the ids they have in the file."""

    sources: list[Source]
    events: list[MergedEvent]
    records: dict[str, SourceRecord]
    """The ledger's source records, with the run's new articles added."""


def identify_sources(
    sources: Sequence[Source],
    events: Sequence[MergedEvent],
    origins: Mapping[str, Origin],
    records: Mapping[str, SourceRecord],
    existing: Iterable[str] = (),
) -> Identified:
    """Rename the run's sources (and their citations) to the ids of the articles they are.

    `origins` maps a run source id to where its article was read (a location relative to
    events.yaml's folder, or a URL) and its digest; a source without one keeps its id.
    `existing` are the source ids in the file, which a fresh id must not take either.
    """
    by_digest: dict[str, str] = {}
    by_location: dict[str, str] = {}
    for source_id, record in records.items():
        by_digest.setdefault(record.digest, source_id)
        by_location.setdefault(record.location, source_id)
    taken = set(records) | set(existing) | {s.id for s in sources}
    added: dict[str, SourceRecord] = {}
    renamed: dict[str, str] = {}
    for source in sources:
        origin = origins.get(source.id)
        if origin is None:
            continue
        known = by_digest.get(origin.digest) or by_location.get(origin.location)
        if known is not None:
            target = known
        elif source.id in records or source.id in added:
            target = _fresh_id(source.id, taken)
        else:
            target = source.id
        if target not in records and target not in added:
            added[target] = SourceRecord(origin.digest, origin.location)
        if target != source.id:
            renamed[source.id] = target
    return Identified(
        sources=[replace(s, id=renamed.get(s.id, s.id)) for s in sources],
        events=list(_recited(events, renamed)),
        records={**records, **added},
    )


def _fresh_id(base: str, taken: set[str]) -> str:
    number = 2
    while f"{base}-{number}" in taken:
        number += 1
    taken.add(f"{base}-{number}")
    return f"{base}-{number}"


def _recited(events: Iterable[MergedEvent], renamed: Mapping[str, str]) -> Iterable[MergedEvent]:
    for event in events:
        if not renamed or not any(c.source in renamed for c in event.citations):
            yield event
            continue
        citations = tuple(
            replace(c, source=renamed.get(c.source, c.source)) for c in event.citations
        )
        yield replace(event, citations=citations)
