"""Which source in events.yaml an extracted article is: by what it says, not by its name.

A run names each article after its file or URL (`story.md` -> `story`), so two different
articles can get the same id in two runs (`x/story.md`, later `y/story.md`). The ledger
remembers, for each source id the extractor gave out, the article's digest and where it
was read. An article is the recorded source whose digest or location it shares; an
article whose id is recorded for another one gets a fresh id (`story-2`); an id nobody
recorded (a source written by hand, or by a ledger older than version 2) keeps its name.

A publication date or URL supplied later (a manifest entry, `--published`) updates the
source's entry when the entry is still as the extractor wrote it (`refresh_sources`); an
entry a person edited or wrote stays as it is.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from timeline.events import MergedEvent
from timeline.model import Origin, Source
from timeline.update.ledger import SourceRecord

__all__ = ["Identified", "entry_digest", "identify_sources", "refresh_sources"]


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


def entry_digest(source: Source) -> str:
    """A short fingerprint of a `sources:` entry: everything a person can edit in it."""
    payload = [
        source.id,
        source.title,
        source.outlet,
        source.url,
        source.published.iso() if source.published else None,
        source.language,
    ]
    raw = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    return hashlib.sha256(raw).hexdigest()[:12]


def refresh_sources(
    existing: Sequence[Source],
    run: Sequence[Source],
    records: Mapping[str, SourceRecord],
) -> tuple[dict[str, Source], dict[str, SourceRecord]]:
    """The existing entries this run's sources update, and the records to store.

    An entry updates when its record says the extractor wrote it exactly so (its `entry`
    digest matches); it takes the run's publication date and URL where the run has them
    (a run that lacks them never erases them). An entry that equals the run's own source
    is recorded as the extractor's, so ledgers written before digests existed catch up.
    Returns (source id -> updated entry, source id -> record with its new digest).
    """
    by_id = {source.id: source for source in existing}
    updated: dict[str, Source] = {}
    stored: dict[str, SourceRecord] = {}
    for source in run:
        old, record = by_id.get(source.id), records.get(source.id)
        if record is None:
            continue  # not an article the extractor recorded: written by hand
        if old is None:
            stored[source.id] = replace(record, entry=entry_digest(source))
            continue
        digest = entry_digest(old)
        if old == source:
            if record.entry != digest:
                stored[source.id] = replace(record, entry=digest)
            continue
        if record.entry != digest:
            continue  # edited by a person since the extractor wrote it
        new = replace(old, url=source.url or old.url, published=source.published or old.published)
        if new != old:
            updated[source.id] = new
            stored[source.id] = replace(record, entry=entry_digest(new))
    return updated, stored
