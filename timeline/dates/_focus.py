"""Temporal focus for narratives: which date a partial or relative expression counts from.

News counts "in April", "the next year" or "Monday" from the publication date. A story told
on its own time line (history, background, a chronology) counts them from the date it has
just established: "In June 1950 the North invaded. Two days later ... In April ..." means
April 1951 or 1950, never the April before the article was written. This module decides
where a text narrates (`plan_narration`) and keeps the story's current date (`Focus`);
the engine swaps that date in for the reference while it resolves a narrated mention.

The decision reads general signals only: how many dates are absolute and lie well before
the publication date, against expressions that count from the publication date ("today",
"last week", a weekday) and quotations; per paragraph, falling back to the document's
verdict where a paragraph has no signal of its own. Lines that open with a date in a run
(a chronology or retrospective list) always narrate: their day-months take the year the
list is about.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Literal

from timeline.dates._langdata import date_words, pattern_union
from timeline.dates.mention import DateMention
from timeline.dates.span import value_span

if TYPE_CHECKING:
    from timeline.dates._context import Resolved

__all__ = ["MODES", "Focus", "Mode", "Narration", "as_mode", "is_deictic", "plan_narration"]

Mode = Literal["auto", "news", "narrative"]
MODES: tuple[Mode, ...] = ("auto", "news", "narrative")

_WORD = re.compile(r"[^\W\d_]+\.?")
_PARAGRAPH = re.compile(r"\n[ \t]*\n\s*")
_LINE_START = re.compile(r"(?m)^[ \t]*(?:[-*•–—]|\d{1,3}[.)])?[ \t]*")
_QUOTE_MARKS = re.compile(r"[\"“”«»„]")
_QUOTES_PER_SIGNAL = 4
_QUOTED_WORDS = 6
"""Words in a quotation that make it speech rather than a name or a term in quotation marks."""
_PAST_YEARS = 2
"""An absolute date at least this many years before the publication date is history."""
_NARRATIVE_SHARE = 3
"""A text narrates when its historical dates outnumber its reporting signals more than this
many times."""


def as_mode(value: str | None) -> Mode:
    """A mode named in front matter, a manifest or on the command line; "auto" when none is
    (those readers have already refused any other word)."""
    for mode in MODES:
        if mode == value:
            return mode
    return "auto"


@dataclass(frozen=True)
class _Signals:
    history: int = 0
    """Absolute dates well before the publication date (none without one: then only the
    "narrative" mode or a chronology narrates)."""
    deictic: int = 0
    """Expressions counted from the publication date ("today", "last week", a weekday)."""
    quotations: int = 0
    """Quoted speech: a weak sign of reporting, since stories quote their protagonists too."""

    def __add__(self, other: _Signals) -> _Signals:
        return _Signals(
            self.history + other.history,
            self.deictic + other.deictic,
            self.quotations + other.quotations,
        )

    @property
    def reporting(self) -> float:
        return self.deictic + self.quotations / _QUOTES_PER_SIGNAL

    def narrates(self) -> bool | None:
        """True or False when the signals decide, None when there are none."""
        if self.history == 0 and self.reporting == 0:
            return None
        return self.history >= 2 and self.history > _NARRATIVE_SHARE * self.reporting


@dataclass(frozen=True)
class Narration:
    """The stretches of a text that narrate, as sorted, disjoint (start, end) offsets."""

    spans: tuple[tuple[int, int], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.spans)

    def narrates(self, position: int) -> bool:
        index = bisect.bisect_right(self.spans, (position, math.inf)) - 1
        return index >= 0 and position < self.spans[index][1]


@cache
def _deictic(languages: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(pattern_union(date_words(code).deictic for code in languages), re.I)


def is_deictic(
    text: str, start: int, end: int, languages: tuple[str, ...], weekdays: frozenset[str]
) -> bool:
    """Does the expression text[start:end] count from the moment of writing ("today", "last
    week", "hace tres días"; not "the last week of May"), whatever story surrounds it? A
    bare weekday does too: a story dates its days, a report names them ("said on Tuesday",
    "Wednesday's pact")."""
    if _deictic(languages).search(text, start, end) is not None:
        return True
    words = _WORD.findall(text, start, end)
    return any(word.lower().rstrip(".") in weekdays for word in words)


def plan_narration(
    text: str,
    reference: dt.date | None,
    mentions: Sequence[DateMention],
    languages: tuple[str, ...],
    mode: Mode,
    weekdays: frozenset[str] = frozenset(),
) -> Narration:
    """Where `text` narrates, judged from the mentions a news reading found (in text order).

    `mode` "news" never narrates and "narrative" always does (except chronologies, which
    narrate in any mode but "news"); "auto" reads the signals per paragraph.
    """
    if mode == "news":
        return Narration()
    if mode == "narrative":
        return Narration(((0, len(text)),))
    chronologies = _chronologies(text, mentions)
    if reference is None or _history(mentions, reference) < 2:
        return Narration(_merged(chronologies))  # no paragraph can narrate: most news
    paragraphs = _paragraphs(text)
    starts = [mention.start for mention in mentions]  # in text order: one slice a paragraph
    signals = [
        _signals(
            text,
            start,
            end,
            reference,
            mentions[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)],
            languages,
            weekdays,
        )
        for start, end in paragraphs
    ]
    document = sum(signals, _Signals()).narrates()
    spans = [
        (start, end)
        for (start, end), own in zip(paragraphs, signals, strict=True)
        if _paragraph_narrates(own, document)
    ]
    spans.extend(chronologies)
    return Narration(_merged(spans))


def _history(mentions: Sequence[DateMention], reference: dt.date) -> int:
    return sum(m.resolution == "absolute" and _long_before(m.value, reference) for m in mentions)


def _merged(spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


def _paragraph_narrates(own: _Signals, document: bool | None) -> bool:
    """A narrative's paragraph narrates unless it speaks of the present more than of the
    past; a news paragraph narrates only when its own signals say so (a background
    paragraph full of history)."""
    if document:
        return own.deictic <= own.history
    return bool(own.narrates())


def _paragraphs(text: str) -> list[tuple[int, int]]:
    bounds = [0]
    for match in _PARAGRAPH.finditer(text):
        bounds.extend((match.start(), match.end()))
    bounds.append(len(text))
    return [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]


def _signals(
    text: str,
    start: int,
    end: int,
    reference: dt.date | None,
    mentions: Sequence[DateMention],
    languages: tuple[str, ...],
    weekdays: frozenset[str],
) -> _Signals:
    """The signals of text[start:end], whose `mentions` are given."""
    history = deictic = 0
    for mention in mentions:
        if mention.resolution == "absolute":
            history += reference is not None and _long_before(mention.value, reference)
        elif is_deictic(text, mention.start, mention.end, languages, weekdays):
            deictic += 1
    return _Signals(history, deictic, _quotations(text, start, end))


def _quotations(text: str, start: int, end: int) -> int:
    """Quoted speech in text[start:end]: marks paired in order, the pairs that enclose a
    sentence's worth of words."""
    marks = [m.start() for m in _QUOTE_MARKS.finditer(text, start, end)]
    return sum(
        len(text[opening + 1 : closing].split()) >= _QUOTED_WORDS
        for opening, closing in zip(marks[::2], marks[1::2], strict=False)
    )


def _long_before(value: str, reference: dt.date) -> bool:
    try:
        last = value_span(value)[1]
    except ValueError:
        return False
    return last.year <= reference.year - _PAST_YEARS


def _chronologies(text: str, mentions: Sequence[DateMention]) -> list[tuple[int, int]]:
    """Runs of two or more lines that each open with a date: a chronology, read as a story
    so "12 May" takes the year the list is about."""
    opening = {m.start for m in mentions}
    runs: list[tuple[int, int]] = []
    run_start = run_end = -1
    count = 0
    position = 0
    for line in text.splitlines(keepends=True):
        lead = _LINE_START.match(line)
        first = position + (lead.end() if lead else 0)
        if line.strip() and first in opening:
            if count == 0:
                run_start = position
            count += 1
            run_end = position + len(line)
        elif line.strip():
            if count >= 2:
                runs.append((run_start, run_end))
            count = 0
        position += len(line)
    if count >= 2:
        runs.append((run_start, run_end))
    return runs


class Focus:
    """The date a story has established last: what its next partial expression counts from."""

    __slots__ = ("current",)

    def __init__(self) -> None:
        self.current: tuple[int, Resolved] | None = None
        """Where the text named the date in focus, and that date."""

    def note(self, position: int, resolved: Resolved, stated: bool = True) -> None:
        """Move the focus to a date the text has just named. A decade or a span of years is
        too coarse; a
        period that contains the date in focus ("December 7, 1941" then "1941") only
        repeats it, and a look back the text counts rather than states (`stated` False: "the
        previous year") is a flashback: the story's date stays."""
        if resolved.precision == "decade" or not resolved.value[:4].isdigit():
            return
        if resolved.end_value is not None and resolved.end_value[:4] != resolved.value[:4]:
            return  # "1982-1990", "between 1941 and 1945": a span of years, no one date
        if self.current is not None:
            first, last = value_span(resolved.value)
            held = value_span(self.current[1].value)
            if first <= held[0] and held[1] <= last and (first, last) != held:
                return
            if not stated and last < held[0]:
                return
        self.current = (position, resolved)

    def reference(self) -> dt.date | None:
        """The middle of the date in focus: a month then resolves to its nearest occurrence,
        which for a year in focus is always inside that year."""
        if self.current is None:
            return None
        first, last = value_span(self.current[1].value)
        return first + (last - first) / 2
