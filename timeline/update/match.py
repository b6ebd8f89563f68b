"""Which existing, deleted or hand-written event an extracted event is.

An extracted event is "the same" as an existing one when it has the same id, or the same
date and at least one cited sentence in common; so ids stay stable from run to run even
when a better representative sentence changes an event's title. It is a deleted one when
the ledger remembers it (same id, or same date and a cited sentence in common).

An extracted event is *absorbed* by a hand-written (or hand-edited) event that already cites
one of its sentences (same source and sentence, or overlapping offsets) at a date that
overlaps its own, or that tells the same thing in other words (its title, text, quotes and
tags share at least `HAND_SIMILARITY` of their weighted words) at an overlapping date: the
person already told that happening, so nothing is added and the hand event is not touched,
whatever precision either date has.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from timeline.events import MergedEvent, keywords_of
from timeline.model import Citation, Event
from timeline.update.ledger import LedgerEntry, fingerprints

__all__ = [
    "HAND_SIMILARITY",
    "HAND_TITLE_COVERAGE",
    "Absorbed",
    "Match",
    "Matched",
    "Matcher",
    "New",
    "Removed",
    "event_id",
]

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
class Matched:
    """The extracted event is this existing event (to refresh, unless edited by hand)."""

    event: Event


@dataclass(frozen=True)
class Removed:
    """The extracted event is one a person deleted: the ledger remembers it under `id`."""

    id: str


@dataclass(frozen=True)
class Absorbed:
    """A hand-written or hand-edited event (`by_id`) already tells the extracted event."""

    by_id: str


@dataclass(frozen=True)
class New:
    """The extracted event is none of the above: it is added."""


Match = Matched | Removed | Absorbed | New
"""What `Matcher.match` found for one extracted event."""


def event_id(event: MergedEvent | Event) -> str:
    """`<date>-<slug of the first title words>`, e.g. `2024-06-19-leaders-sign-treaty`."""
    ascii_title = (
        unicodedata.normalize("NFKD", event.title).encode("ascii", "ignore").decode("ascii")
    )
    words = [w for w in re.findall(r"[a-z0-9]+", ascii_title.lower()) if w not in _SLUG_STOPWORDS]
    slug = "-".join(words[:_SLUG_WORDS]) or "event"
    return f"{event.date.iso()}-{slug}"


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


class Matcher:
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
        self.prints: dict[str, frozenset[str]] = {}
        self.by_date: dict[str, list[Event]] = {}
        for event in events:
            entry = ledger.get(event.id)
            self.prints[event.id] = fingerprints(event.sources) | (
                entry.quotes if entry else frozenset()
            )
            dates = {event.date.iso(), entry.date if entry else event.date.iso()}
            for date in dates:
                self.by_date.setdefault(date, []).append(event)
        self.removed_by_date: dict[str, list[str]] = {}
        for removed_id, entry in self.removed.items():
            self.removed_by_date.setdefault(entry.date, []).append(removed_id)
        self.hand = _HandCitations(events)

    def match(self, merged: MergedEvent) -> Match:
        """Which existing or deleted event `merged` is, or which hand event tells it."""
        date = merged.date.iso()
        prints = fingerprints(merged.citations)
        base = event_id(merged)
        same_id = self.events.get(base)
        if same_id is not None and same_id.id not in self.claimed:
            self.claimed.add(same_id.id)
            return Matched(same_id)
        for event in self.by_date.get(date, ()):
            if event.id not in self.claimed and prints & self.prints[event.id]:
                self.claimed.add(event.id)
                return Matched(event)
        if base in self.removed:
            return Removed(base)
        for removed_id in self.removed_by_date.get(date, ()):
            if prints & self.removed[removed_id].quotes:
                return Removed(removed_id)
        absorbing = self.hand.absorbing(merged)
        if absorbing is not None:
            return Absorbed(absorbing.id)
        return New()

    def new_id(self, merged: MergedEvent) -> str:
        """`event_id` made unique among the ids in the file and the ledger."""
        base = event_id(merged)
        candidate, n = base, 1
        while candidate in self.taken:
            n += 1
            candidate = f"{base}-{n}"
        self.taken.add(candidate)
        return candidate
