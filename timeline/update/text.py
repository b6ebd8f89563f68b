"""Merge an extraction into events.yaml text without undoing anything a person did.

Three kinds of existing event, told apart by `Event.is_hand_edited` and by the ledger:

- machine events (still exactly as the extractor wrote them) are refreshed;
- hand-edited or hand-written events are copied byte for byte, comments included;
- events a person deleted are remembered in the ledger and never come back.

Which existing event an extracted one is, is `timeline.update.match`'s job; this module
decides what each outcome does to the text, which it splices rather than rewrites.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from timeline.errors import TimelineError, ValidationFailed
from timeline.events import MergedEvent
from timeline.model import Event, Origin, Source, Timeline, content_digest
from timeline.store import (
    dump_timeline,
    keep_comments,
    parse_located,
    splice_timeline,
)
from timeline.update.ledger import Ledger, LedgerEntry, fingerprints
from timeline.update.match import Absorbed, Matched, Matcher, New, Removed
from timeline.update.sources import Identified, identify_sources, refresh_sources

__all__ = ["Parsed", "Update", "update_timeline"]


Parsed = tuple[Timeline, dict[str, tuple[int, int]]]
"""An events.yaml text read: its timeline, and where each event's block is
(`timeline.store.parse_located`)."""


@dataclass
class Update:
    """The outcome of merging an extraction into events.yaml (nothing written yet)."""

    old_text: str
    text: str
    ledger: Ledger
    """The ledger to write with `text` (its `pending` is for the writer to set)."""
    added: list[str] = field(default_factory=list)
    refreshed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    """Events written or edited by hand, all left exactly as they are."""
    removed_by_hand: list[str] = field(default_factory=list)
    """Ids of extracted events not re-added because a person deleted them."""
    new_sources: list[str] = field(default_factory=list)
    updated_sources: list[str] = field(default_factory=list)
    """Ids of sources whose entry took a date or URL this run supplied."""
    absorbed: list[str] = field(default_factory=list)
    """Ids of the hand events that already told an extracted event (one per absorption)."""
    written: dict[str, str] = field(default_factory=dict)
    """Id -> `extracted` stamp of every event added or refreshed."""
    superseded: list[str] = field(default_factory=list)
    """Ids of extractor events dropped: the run read every article they cite and found
    them no more (their reports now belong to other events)."""
    parsed: Parsed | None = None
    """`text` as reading it back gave it (None when it was not read): what the next run
    would get from parsing the file, which it may keep instead (`update_file`'s `memo`)."""
    left: str = ""
    """The digest of events.yaml and its ledger as `update_file` left them on disk
    (`timeline.update.files_digest`); "" until written."""

    @property
    def changed(self) -> bool:
        return self.text != self.old_text

    def summary(self) -> str:
        """One line of counts for the terminal."""
        return (
            f"{len(self.added)} added, {len(self.refreshed)} refreshed, "
            f"{len(self.unchanged)} unchanged, {len(self.kept)} kept (written or edited by hand), "
            f"{len(self.removed_by_hand)} not re-added (removed by hand), "
            f"{len(self.new_sources)} new source{'s' if len(self.new_sources) != 1 else ''}"
            + (f", {len(self.absorbed)} already told by hand events" if self.absorbed else "")
            + (f", {len(self.updated_sources)} sources updated" if self.updated_sources else "")
            + (f", {len(self.superseded)} superseded (no longer found)" if self.superseded else "")
        )

    def diff(self, path: str) -> str:
        """A unified diff from the current file to the one that would be written."""
        return "".join(
            difflib.unified_diff(
                self.old_text.splitlines(keepends=True),
                self.text.splitlines(keepends=True),
                fromfile=f"{path} (current)",
                tofile=f"{path} (extracted)",
            )
        )


def update_timeline(
    old_text: str | None,
    path: str,
    events: Sequence[MergedEvent],
    sources: Sequence[Source],
    ledger: Ledger | None = None,
    *,
    origins: Mapping[str, Origin] | None = None,
    carried: frozenset[str] = frozenset(),
    title: str | None = None,
    parsed: Parsed | None = None,
    supersede: bool = False,
) -> Update:
    """The new events.yaml text (and ledger) after merging `events` into `old_text`.

    `old_text` None means there is no file yet. `origins` says where each source's article
    was read and what it said (see `identify_sources`); without it a source is known by
    its id alone. `carried` are sources the run took from its cache because the file
    cited them: one a person has since removed from the file stays removed, and so do its
    citations. Raises ValidationFailed when the existing file has problems: merging into a
    file we cannot read fully could lose hand edits. `parsed` is `old_text` already read
    (by an earlier run that wrote it), so it is not parsed again.

    With `supersede` (a run whose `events` are its whole merge, not a top few), an
    extractor event that no extracted event matches although the run read every article it
    cites is dropped: its reports now make other events, as they would in one run over
    the whole collection. One a person edited, locked or commented on stays.
    """
    ledger = ledger or Ledger()
    blocks: dict[str, tuple[int, int]] = {}
    if old_text is None:
        existing = Timeline(title or "Timeline")
    elif parsed is not None:
        existing, blocks = parsed
    else:
        read, problems, blocks = parse_located(old_text, path)
        if problems or read is None:
            raise ValidationFailed(problems)
        existing = read
    identified = identify_sources(
        sources, events, origins or {}, ledger.sources, (s.id for s in existing.sources)
    )
    gone = carried - {s.id for s in existing.sources}
    if gone:
        identified = _without(identified, gone)
    entries = dict(ledger.events)
    result = Update(old_text or "", "", ledger)
    matcher = Matcher(existing.events, entries)
    final: dict[str, Event] = {e.id: e for e in existing.events}
    copied: set[str] = {e.id for e in existing.events}
    fresh: list[Event] = []
    matched: set[str] = set()
    for merged in identified.events:
        match matcher.match(merged):
            case Removed(id=removed_id):
                result.removed_by_hand.append(removed_id)
            case Absorbed(by_id=hand_id):
                result.absorbed.append(hand_id)
            case Matched(event=old) if old.is_hand_edited:
                matched.add(old.id)  # the person's version stands; counted as kept below
            case Matched(event=old):
                matched.add(old.id)
                refreshed = _stamped(_refresh(old, merged))
                if refreshed == old:
                    result.unchanged.append(old.id)
                else:
                    final[old.id] = refreshed
                    copied.discard(old.id)
                    result.refreshed.append(old.id)
            case New():
                new = _stamped(_as_event(matcher.new_id(merged), merged))
                fresh.append(new)
                result.added.append(new.id)
    if supersede and old_text is not None:
        covered = {s.id for s in identified.sources}
        for event_id in _superseded(existing, matched, covered, old_text, blocks):
            del final[event_id]
            copied.discard(event_id)
            entries.pop(event_id, None)
            result.superseded.append(event_id)
    for event in [*final.values(), *fresh]:
        if not event.is_hand_edited:
            entries[event.id] = LedgerEntry(event.date.iso(), fingerprints(event.sources))
    run_sources = _unique(identified.sources)
    updated, records = refresh_sources(existing.sources, run_sources, identified.records)
    result.ledger = Ledger(entries, {**identified.records, **records})
    result.written = {e.id: e.extracted or "" for e in fresh}
    result.written.update((i, final[i].extracted or "") for i in result.refreshed)
    known = {s.id for s in existing.sources}
    added_sources = [s for s in run_sources if s.id not in known]
    result.new_sources = [s.id for s in added_sources]
    result.updated_sources = list(updated)
    result.kept = [e.id for e in existing.events if e.is_hand_edited]
    if (
        old_text is not None
        and not (fresh or result.refreshed or added_sources or updated or result.superseded)
        and (not title or title == existing.title)
    ):
        result.text = old_text  # nothing to write: the file stays as it is, byte for byte
        result.parsed = (existing, blocks)
        return result
    ordered = _interleave(list(final.values()), sorted(fresh, key=Event.sort_key))
    timeline = replace(
        existing,
        title=title or existing.title,
        sources=(*(updated.get(s.id, s) for s in existing.sources), *added_sources),
        events=tuple(ordered),
    )
    composed = (
        splice_timeline(
            old_text, existing, timeline, copied, added_sources, list(updated.values()), blocks
        )
        if old_text
        else None
    )
    result.parsed = _reads_back(composed, path, timeline) if composed is not None else None
    if result.parsed is not None and composed is not None:
        result.text = composed
        return result
    if old_text:  # a layout we cannot splice into: canonical, with its comments kept
        result.text = keep_comments(old_text, dump_timeline(timeline))
    else:
        result.text = dump_timeline(timeline)
    result.parsed = _reads_back(result.text, path, timeline)
    if result.parsed is None:  # pragma: no cover - a bug guard
        raise TimelineError(f"{path}: internal error: the merged file does not read back")
    return result


def _reads_back(text: str, path: str, timeline: Timeline) -> Parsed | None:
    """`text` read, when it parses to exactly the events and sources we mean to write."""
    parsed, problems, blocks = parse_located(text, path)
    if not problems and parsed == timeline:
        return timeline, blocks  # the copy read back goes: one timeline is held, not two
    if (
        not problems
        and parsed is not None
        and sorted(parsed.events, key=lambda e: e.id) == sorted(timeline.events, key=lambda e: e.id)
        and parsed.sources == timeline.sources
        and parsed.title == timeline.title
    ):
        return parsed, blocks
    return None


def _superseded(
    existing: Timeline,
    matched: set[str],
    read: set[str],
    old_text: str,
    blocks: Mapping[str, tuple[int, int]],
) -> list[str]:
    """The extractor events of `existing` that no extracted event matched although every
    source they cite was `read`, and that hold no comment (in their block or the lines
    before it): comments are a person's and must not go with them."""
    lines = old_text.splitlines()
    starts: dict[str, int] = {}
    previous = 0
    for event_id, (_, last) in sorted(blocks.items(), key=lambda item: item[1][0]):
        starts[event_id] = previous
        previous = last
    out = []
    for event in existing.events:
        if event.id in matched or event.is_hand_edited or event.id not in blocks:
            continue
        cited = set(event.source_ids)
        if not cited or not cited <= read:
            continue
        if any("#" in line for line in lines[starts[event.id] : blocks[event.id][1]]):
            continue
        out.append(event.id)
    return out


def _as_event(event_id_: str, merged: MergedEvent) -> Event:
    return Event(
        id=event_id_,
        date=merged.date,
        end=merged.end,
        title=merged.title,
        text=merged.text,
        tags=merged.tags,
        sources=merged.citations,
        importance=merged.importance,
        status="planned" if merged.planned else "",
        disputed=merged.disputed,
        review=merged.review,
    )


def _refresh(old: Event, merged: MergedEvent) -> Event:
    """The new extraction of an event, still citing what the old one cited (sources from
    earlier runs stay cited when a run reads only this week's articles).

    The new title, text and tags replace the old ones only when this run saw every source
    the event cited, or more sources than it cited: otherwise the old wording was chosen
    from reports this run did not read, and one new article must not replace it.
    """
    old_sources, new_sources = set(old.source_ids), set(merged.source_ids)
    if old_sources <= new_sources or len(new_sources) > len(old_sources):
        seen = {(c.source, c.quote) for c in merged.citations}
        kept = tuple(c for c in old.sources if (c.source, c.quote) not in seen)
        return replace(_as_event(old.id, merged), sources=(*merged.citations, *kept))
    cited = {(c.source, c.quote) for c in old.sources}
    extra = tuple(c for c in merged.citations if (c.source, c.quote) not in cited)
    return replace(old, sources=(*old.sources, *extra), importance=merged.importance)


def _stamped(event: Event) -> Event:
    return replace(event, extracted=content_digest(replace(event, extracted=None)))


def _without(identified: Identified, gone: frozenset[str]) -> Identified:
    """The run's sources and events with `gone` sources and their citations left out."""
    events = []
    for event in identified.events:
        citations = tuple(c for c in event.citations if c.source not in gone)
        if citations:
            events.append(
                event
                if len(citations) == len(event.citations)
                else replace(event, citations=citations)
            )
    sources = [s for s in identified.sources if s.id not in gone]
    return replace(identified, sources=sources, events=events)


def _unique(sources: Iterable[Source]) -> list[Source]:
    seen: dict[str, Source] = {}
    for source in sources:
        seen.setdefault(source.id, source)
    return list(seen.values())


def _interleave(existing: list[Event], fresh: list[Event]) -> list[Event]:
    """Existing events keep their order; each new one goes before the first later event."""
    out: list[Event] = []
    queue = list(fresh)
    for event in existing:
        while queue and queue[0].sort_key() < event.sort_key():
            out.append(queue.pop(0))
        out.append(event)
    return out + queue
