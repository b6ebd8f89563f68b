"""Merge an extraction into an existing events.yaml without undoing anything a person did.

Three kinds of existing event, told apart by `Event.is_hand_edited` and by the ledger:

- machine events (still exactly as the extractor wrote them) are refreshed;
- hand-edited or hand-written events are copied byte for byte, comments included;
- events a person deleted are remembered in the ledger (ids the extractor has written,
  with their date and cited sentences) and never come back.

An extracted event is "the same" as an existing one when it has the same id, or the same
date and at least one cited sentence in common; so ids stay stable from run to run even
when a better representative sentence changes an event's title.

An extracted event is *absorbed* by a hand-written (or hand-edited) event that already cites
one of its sentences (same source and sentence, or overlapping offsets) at a date that
overlaps its own, or that tells the same thing in other words (its title, text, quotes and
tags share at least `HAND_SIMILARITY` of their weighted words) at an overlapping date: the
person already told that happening, so nothing is added and the hand event is not touched,
whatever precision either date has.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

from timeline.errors import TimelineError, ValidationFailed
from timeline.events import MergedEvent, keywords_of
from timeline.model import Citation, Event, Source, Timeline, content_digest
from timeline.store import dump_event, dump_timeline, locate_events, parse_timeline
from timeline.yaml_comments import carry_comments

__all__ = [
    "LedgerEntry",
    "Update",
    "dump_ledger",
    "event_id",
    "ledger_path",
    "parse_ledger",
    "update_timeline",
]

LEDGER_VERSION = 1
HAND_SIMILARITY = 0.45
"""Cosine similarity (title words weighted 3x) above which a hand event at an overlapping
date already tells an extracted event."""
HAND_TITLE_COVERAGE = 0.75
"""Share of an extracted title's words (weighted by how rare they are among the hand
events) that a hand event at an overlapping date must tell for it to absorb the title."""
_SLUG_WORDS = 5
_SLUG_STOPWORDS = set(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "from",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "his",
        "her",
        "its",
        "their",
        "this",
        "that",
        "these",
        "those",
        "also",
        "after",
        "before",
    ]
)


@dataclass(frozen=True)
class LedgerEntry:
    """What the extractor once wrote under an id: enough to recognise the event again."""

    date: str
    quotes: frozenset[str]
    """Fingerprints of the cited (source, sentence) pairs."""


@dataclass
class Update:
    """The outcome of merging an extraction into events.yaml (nothing written yet)."""

    old_text: str
    text: str
    ledger: dict[str, LedgerEntry]
    added: list[str] = field(default_factory=list)
    refreshed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    """Events written or edited by hand, all left exactly as they are."""
    removed_by_hand: list[str] = field(default_factory=list)
    """Ids of extracted events not re-added because a person deleted them."""
    new_sources: list[str] = field(default_factory=list)
    absorbed: list[str] = field(default_factory=list)
    """Ids of the hand events that already told an extracted event (one per absorption)."""

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


def event_id(event: MergedEvent | Event) -> str:
    """`<date>-<slug of the first title words>`, e.g. `2024-06-19-leaders-sign-treaty`."""
    ascii_title = (
        unicodedata.normalize("NFKD", event.title).encode("ascii", "ignore").decode("ascii")
    )
    words = [w for w in re.findall(r"[a-z0-9]+", ascii_title.lower()) if w not in _SLUG_STOPWORDS]
    slug = "-".join(words[:_SLUG_WORDS]) or "event"
    return f"{event.date.iso()}-{slug}"


def _fingerprint(citation: Citation) -> str:
    raw = f"{citation.source}\0{citation.quote}".encode()
    return hashlib.sha1(raw, usedforsecurity=False).hexdigest()[:12]


def _fingerprints(citations: Iterable[Citation]) -> frozenset[str]:
    return frozenset(_fingerprint(c) for c in citations)


def update_timeline(
    old_text: str | None,
    path: str,
    events: Sequence[MergedEvent],
    sources: Sequence[Source],
    ledger: dict[str, LedgerEntry] | None = None,
    *,
    title: str | None = None,
) -> Update:
    """The new events.yaml text (and ledger) after merging `events` into `old_text`.

    `old_text` None means there is no file yet. Raises ValidationFailed when the existing
    file has problems: merging into a file we cannot read fully could lose hand edits.
    """
    ledger = dict(ledger or {})
    if old_text is None:
        existing = Timeline(title or "Timeline")
    else:
        parsed, problems = parse_timeline(old_text, path)
        if problems or parsed is None:
            raise ValidationFailed(problems)
        existing = parsed
    result = Update(old_text or "", "", ledger)
    matcher = _Matcher(existing.events, ledger)
    final: dict[str, Event] = {e.id: e for e in existing.events}
    copied: set[str] = {e.id for e in existing.events}
    fresh: list[Event] = []
    for merged in events:
        match = matcher.match(merged)
        if match is _REMOVED:
            result.removed_by_hand.append(matcher.last_id)
            continue
        if match is _ABSORBED:
            result.absorbed.append(matcher.last_id)
            continue
        if isinstance(match, Event):
            if match.is_hand_edited:
                continue
            refreshed = _stamped(_refresh(match, merged))
            if refreshed == match:
                result.unchanged.append(match.id)
            else:
                final[match.id] = refreshed
                copied.discard(match.id)
                result.refreshed.append(match.id)
            continue
        new = _stamped(_as_event(matcher.new_id(merged), merged))
        fresh.append(new)
        result.added.append(new.id)
    for event in [*final.values(), *fresh]:
        if not event.is_hand_edited:
            ledger[event.id] = LedgerEntry(event.date.iso(), _fingerprints(event.sources))
    known = {s.id for s in existing.sources}
    added_sources = [s for s in _unique(sources) if s.id not in known]
    result.new_sources = [s.id for s in added_sources]
    result.kept = [e.id for e in existing.events if e.is_hand_edited]
    ordered = _interleave(list(final.values()), sorted(fresh, key=Event.sort_key))
    timeline = replace(
        existing,
        title=title or existing.title,
        sources=(*existing.sources, *added_sources),
        events=tuple(ordered),
    )
    composed = _compose(old_text, existing, timeline, copied, added_sources) if old_text else None
    if composed is not None and _reads_back(composed, path, timeline):
        result.text = composed
    else:  # a new file, or a layout we cannot splice into: write it canonically
        result.text = dump_timeline(timeline)
    if not _reads_back(result.text, path, timeline):  # pragma: no cover - a bug guard
        raise TimelineError(f"{path}: internal error: the merged file does not read back")
    return result


def _reads_back(text: str, path: str, timeline: Timeline) -> bool:
    """Whether `text` parses to exactly the events and sources we mean to write."""
    parsed, problems = parse_timeline(text, path)
    return (
        not problems
        and parsed is not None
        and sorted(parsed.events, key=lambda e: e.id) == sorted(timeline.events, key=lambda e: e.id)
        and parsed.sources == timeline.sources
        and parsed.title == timeline.title
    )


_REMOVED = object()
_ABSORBED = object()


def _quote_key(quote: str) -> str:
    """A quote compared loosely: Unicode forms, quote marks and spacing do not matter."""
    text = unicodedata.normalize("NFKC", quote)
    text = re.sub(r"[\"“”„«»'‘’]", "", text)
    return re.sub(r"\s+", " ", text).strip(" .").lower()


def _span_overlaps(a: MergedEvent | Event, b: MergedEvent | Event) -> bool:
    """Whether two events' date spans (start to end, each at its precision) share a day."""
    a_last = (a.end or a.date).last_day()
    b_last = (b.end or b.date).last_day()
    return a.date.first_day() <= b_last and b.date.first_day() <= a_last


class _HandCitations:
    """Which hand-written events cite a sentence: by (source, quote) or by overlapping offsets."""

    def __init__(self, events: Iterable[Event]) -> None:
        self.by_quote: dict[tuple[str, str], list[Event]] = {}
        self.by_source: dict[str, list[tuple[int, int, Event]]] = {}
        self.by_year: dict[int, list[tuple[Event, dict[str, float], frozenset[str]]]] = {}
        self.frequency: dict[str, int] = {}
        self.count = 0
        for event in events:
            if not event.is_hand_edited:
                continue
            quotes = " ".join(c.quote for c in event.sources)
            vector = _words(event.title, f"{event.text} {quotes}", event.tags)
            told = _told(event.title, event.text, quotes, *event.tags)
            self.count += 1
            for word in told:
                self.frequency[word] = self.frequency.get(word, 0) + 1
            for year in range(event.date.year, (event.end or event.date).year + 1):
                self.by_year.setdefault(year, []).append((event, vector, told))
            for citation in event.sources:
                key = (citation.source, _quote_key(citation.quote))
                if key[1]:
                    self.by_quote.setdefault(key, []).append(event)
                if citation.start is not None and citation.end is not None:
                    spans = self.by_source.setdefault(citation.source, [])
                    spans.append((citation.start, citation.end, event))

    def citing(self, citation: Citation) -> list[Event]:
        found = list(self.by_quote.get((citation.source, _quote_key(citation.quote)), ()))
        if citation.start is not None and citation.end is not None:
            for start, end, event in self.by_source.get(citation.source, ()):
                if start < citation.end and citation.start < end and event not in found:
                    found.append(event)
        return found

    def absorbing(self, merged: MergedEvent) -> Event | None:
        """The hand event that already tells `merged`, if any.

        First one citing the same sentence at an overlapping date; else one whose words
        are close to it (cosine); else the one that tells most of its title's words, when
        that is at least `HAND_TITLE_COVERAGE` of them. Overlapping dates may have any
        precision: a year, a month, a day or a range.
        """
        for citation in merged.citations:
            for event in self.citing(citation):
                if _span_overlaps(event, merged):
                    return event
        vector: dict[str, float] | None = None
        title = _told(merged.title)
        weights = {word: self._rarity(word) for word in title}
        total = sum(weights.values())
        best: tuple[float, Event] | None = None
        for year in range(merged.date.year, (merged.end or merged.date).year + 1):
            for event, words, told in self.by_year.get(year, ()):
                if not _span_overlaps(event, merged):
                    continue
                vector = vector or _words(merged.title, merged.text, merged.tags)
                if _cosine(vector, words) >= HAND_SIMILARITY:
                    return event
                if len(title) < 2 or not total:
                    continue
                coverage = sum(weights[w] for w in title & told) / total
                if coverage >= HAND_TITLE_COVERAGE and (best is None or coverage > best[0]):
                    best = (coverage, event)
        return best[1] if best else None

    def _rarity(self, word: str) -> float:
        """A word told by few hand events weighs more (names every event repeats, less)."""
        return math.log(1 + (self.count + 1) / (self.frequency.get(word, 0) + 1))


def _told(*texts: str) -> frozenset[str]:
    """Every content-word stem of the texts, names included (lowercased, so a tag "Anna
    Berg" and a text's "Berg" meet)."""
    return keywords_of(" ".join(texts).lower())


def _words(title: str, text: str, tags: Sequence[str]) -> dict[str, float]:
    """Content words and tags of an event, the title's three times as heavy."""
    vector = dict.fromkeys(keywords_of(text, tags), 1.0)
    title_tags = [t for t in tags if any(part in title for part in t.split())]
    vector.update(dict.fromkeys(keywords_of(title, title_tags), 3.0))
    return vector


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    dot = sum(w * b[k] for k, w in a.items() if k in b)
    norm = math.sqrt(sum(w * w for w in a.values())) * math.sqrt(sum(w * w for w in b.values()))
    return dot / norm if norm else 0.0


class _Matcher:
    """Finds which existing (or deleted) event an extracted event is.

    Existing and deleted events are indexed by id and by date (their own date and the date
    the ledger recorded), so a run over thousands of events stays linear.
    """

    def __init__(self, events: Sequence[Event], ledger: dict[str, LedgerEntry]) -> None:
        self.events = {e.id: e for e in events}
        self.ledger = ledger
        self.removed = {i: entry for i, entry in ledger.items() if i not in self.events}
        self.claimed: set[str] = set()
        self.taken: set[str] = set(self.events) | set(ledger)
        self.last_id = ""
        self.prints: dict[str, frozenset[str]] = {}
        self.by_date: dict[str, list[Event]] = {}
        for event in events:
            entry = ledger.get(event.id)
            self.prints[event.id] = _fingerprints(event.sources) | (
                entry.quotes if entry else frozenset()
            )
            dates = {event.date.iso(), entry.date if entry else event.date.iso()}
            for date in dates:
                self.by_date.setdefault(date, []).append(event)
        self.removed_by_date: dict[str, list[str]] = {}
        for removed_id, entry in self.removed.items():
            self.removed_by_date.setdefault(entry.date, []).append(removed_id)
        self.hand = _HandCitations(events)

    def match(self, merged: MergedEvent) -> Event | object | None:
        date = merged.date.iso()
        prints = _fingerprints(merged.citations)
        base = event_id(merged)
        same_id = self.events.get(base)
        if same_id is not None and same_id.id not in self.claimed:
            self.claimed.add(same_id.id)
            return same_id
        for event in self.by_date.get(date, ()):
            if event.id not in self.claimed and prints & self.prints[event.id]:
                self.claimed.add(event.id)
                return event
        if base in self.removed:
            self.last_id = base
            return _REMOVED
        for removed_id in self.removed_by_date.get(date, ()):
            if prints & self.removed[removed_id].quotes:
                self.last_id = removed_id
                return _REMOVED
        absorbing = self.hand.absorbing(merged)
        if absorbing is not None:
            self.last_id = absorbing.id
            return _ABSORBED
        return None

    def new_id(self, merged: MergedEvent) -> str:
        base = event_id(merged)
        candidate, n = base, 1
        while candidate in self.taken:
            n += 1
            candidate = f"{base}-{n}"
        self.taken.add(candidate)
        return candidate


def _as_event(event_id_: str, merged: MergedEvent) -> Event:
    return Event(
        id=event_id_,
        date=merged.date,
        end=merged.end,
        title=merged.title,
        text=merged.text,
        tags=merged.tags,
        sources=merged.citations,
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
    return replace(old, sources=(*old.sources, *extra))


def _stamped(event: Event) -> Event:
    return replace(event, extracted=content_digest(replace(event, extracted=None)))


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


_TOP_KEY_RE = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:(?P<rest>.*)$")
_EVENTS_MARK = "\0events\n"
"""Stands for the events part while the parts around it are edited."""


def _compose(
    old_text: str,
    existing: Timeline,
    timeline: Timeline,
    copied: set[str],
    added_sources: list[Source],
) -> str | None:
    """events.yaml text: the old file with only what changed rewritten.

    Untouched events are copied byte for byte; a refreshed event is regenerated with the
    comments it had; comments between events and after the last one stay where they were;
    a new title replaces only the title's lines; new sources are appended to `sources:`.
    None when the file's layout cannot be spliced (a flow-style list).
    """
    text = old_text if timeline.title == existing.title else _retitled(old_text, timeline.title)
    if text is None:
        return None
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    at = _top_key_line(lines, "events")
    if at is None:
        return None
    value = _without_comment(lines[at].split(":", 1)[1]).strip()
    if value not in ("", "[]"):
        return None  # a flow-style list
    following = _top_key_line(lines[at + 1 :], None)
    end = len(lines) if following is None else at + 1 + following
    outside = "".join(lines[:at]) + _EVENTS_MARK + "".join(lines[end:])
    if added_sources:
        with_sources = _with_sources(outside, added_sources, timeline)
        if with_sources is None:
            return None
        outside = with_sources
    if not timeline.events:  # nothing was there and nothing is added
        return outside.replace(_EVENTS_MARK, lines[at], 1)
    events_line = re.sub(r":\s*\[\]", ":", lines[at], count=1)
    body = events_line + _compose_events(lines, at, end, timeline, copied)
    return outside.replace(_EVENTS_MARK, body, 1)


def _without_comment(value: str) -> str:
    return value.split(" #", 1)[0] if not value.lstrip().startswith("#") else ""


def _compose_events(
    lines: list[str], at: int, end: int, timeline: Timeline, copied: set[str]
) -> str:
    """The lines after `events:`: blocks copied, regenerated or new, and the comments
    between them (a comment block keeps its place before the event that followed it)."""
    blocks = locate_events("".join(lines))
    order = sorted(blocks, key=lambda i: blocks[i][0])
    gaps: dict[str, list[str]] = {}
    previous = at + 1  # 0-based index of the first line after the last block
    for event_id in order:
        first, last = blocks[event_id]
        gaps[event_id] = lines[previous : first - 1]
        previous = last
    trailing = lines[previous:end]
    indent = _event_indent(lines, blocks)
    out: list[str] = []

    def separate() -> None:
        if out and out[-1].strip():
            out.append("\n")

    for event in timeline.events:
        if event.id not in blocks:
            separate()
            out.append(_reindent(dump_event(event), indent))
            continue
        gap = gaps[event.id]
        if any(line.strip() for line in gap):
            if gap[0].strip():
                separate()
            out.extend(gap)
        else:
            separate()
        first, last = blocks[event.id]
        old_block = "".join(lines[first - 1 : last])
        if event.id in copied:
            out.append(old_block)
        else:
            out.append(carry_comments(old_block, _reindent(dump_event(event), indent)))
    if any(line.strip() for line in trailing):
        while trailing and not trailing[-1].strip():
            trailing.pop()
        if trailing[0].strip():
            separate()
        out.extend(trailing)
    return "".join(out)


def _retitled(text: str, title: str) -> str | None:
    """`text` with only the top-level title's value replaced (a comment after it kept)."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return None
    if not isinstance(root, yaml.MappingNode):
        return None
    found = [
        (key, value)
        for key, value in root.value
        if isinstance(key, yaml.ScalarNode) and key.value == "title" and key.start_mark.column == 0
    ]
    if not found:
        return None
    key, value = found[0]
    lines = text.splitlines(keepends=True)
    first, last = key.start_mark.line, value.end_mark.line
    if value.end_mark.column == 0 and last > first:
        last -= 1  # a block scalar ends at the start of the next line
    note = ""
    if last == first:
        rest = lines[first][value.end_mark.column :]
        if rest.strip().startswith("#"):
            note = "  " + rest.strip()
    generated = dump_timeline(Timeline(title)).splitlines()
    start = next(i for i, line in enumerate(generated) if line.startswith("title:"))
    stop = next(i for i, line in enumerate(generated) if not line.strip())
    new_lines = generated[start:stop]
    new_lines[-1] += note
    return "".join(lines[:first]) + "\n".join(new_lines) + "\n" + "".join(lines[last + 1 :])


def _top_key_line(lines: list[str], key: str | None) -> int | None:
    """The index of the top-level `key:` line (any top-level key for None)."""
    for index, line in enumerate(lines):
        match = _TOP_KEY_RE.match(line)
        if match and (key is None or match.group("key") == key):
            return index
    return None


def _event_indent(lines: list[str], blocks: dict[str, tuple[int, int]]) -> int:
    """How far the file indents its event dashes (the canonical layout uses 2)."""
    for first, last in blocks.values():
        for line in lines[first - 1 : last]:
            if line.lstrip().startswith("- "):
                return len(line) - len(line.lstrip(" "))
    return 2


def _reindent(block: str, indent: int) -> str:
    """A dumped event block (dash at column 2) moved to the file's own indentation."""
    if indent == 2:
        return block
    shift = indent - 2
    out = []
    for line in block.splitlines(keepends=True):
        out.append(" " * shift + line if shift > 0 else line[-shift:] if line.strip() else line)
    return "".join(out)


def _with_sources(text: str, added: list[Source], timeline: Timeline) -> str | None:
    """`text` with new source entries appended to its `sources:` list (None: flow style)."""
    lines = text.splitlines(keepends=True)
    at = _top_key_line(lines, "sources")
    generated = dump_timeline(Timeline(timeline.title, sources=tuple(added)))
    new_lines = generated[generated.index("sources:\n") + len("sources:\n") :]
    new_lines = new_lines[: new_lines.index("\nevents:")].rstrip("\n") + "\n"
    if at is None:
        mark = lines.index(_EVENTS_MARK)
        lines.insert(mark, "sources:\n" + new_lines + "\n")
        return "".join(lines)
    value = _without_comment(lines[at].split(":", 1)[1]).strip()
    if value not in ("[]", ""):
        return None
    end = at + 1
    while end < len(lines) and (not lines[end].strip() or lines[end][:1] in " \t#-"):
        end += 1
    while end > at + 1 and not lines[end - 1].strip():
        end -= 1
    if value == "[]":
        lines[at] = re.sub(r":\s*\[\]", ":", lines[at], count=1)
    items = [line for line in lines[at + 1 : end] if line.lstrip().startswith("- ")]
    indent = len(items[0]) - len(items[0].lstrip(" ")) if items else 2
    lines.insert(end, _reindent(new_lines, indent))
    return "".join(lines)
