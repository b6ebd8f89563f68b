"""What resolvers share: a candidate match, its resolution, and the document context.

Resolvers read the text, the reference date and the mentions already resolved (for
anchored expressions) only through `Context`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from timeline.dates import _calendar as cal
from timeline.dates._focus import Focus
from timeline.dates._heads import heads
from timeline.dates._langdata import date_words
from timeline.dates._tense import sentence_bounds, tense_near
from timeline.dates._vocabulary import Vocabulary
from timeline.dates.mention import Precision, Resolution
from timeline.dates.span import value_span

SPACE = re.compile(r"\s+")
_YEAR_LONG = re.compile(
    r"\b(?:(?:six|nine|6|9)[\s-]months?|first[\s-]half|(?:fiscal|full|calendar)[\s-]year"
    r"|year[\s-]to[\s-]date|year\s+ended)\b",
    re.IGNORECASE,
)
"""Reporting periods longer than a quarter: after "for the nine months", "a year earlier"
compares with last year as a whole, not with a quarter."""
_YEAR_LONG_HEADS = heads(_YEAR_LONG.pattern) or ("",)
"""What each of its matches starts with (lower case)."""
_SIDE_QUARTER = re.compile(
    r"\b(?:after|than|from|since|versus|vs\.|over|compared\s+(?:with|to))\s+"
    r"(?:(?:a|an|the|its|their|this|that)\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
"""A quarter named as a point of comparison ("after a flat second quarter", "up from the
second quarter"): a side reference that leaves the reported quarter in focus."""
_APPOSITION = re.compile(r"[\s)\]]*,\s*(?:[^\W\d_]{1,2}\s+)?")
"""After a date, a comma and perhaps a preposition: what an appositive description of that
date follows ("Oct. 12, the day before", "hier, au lendemain de"; not "am 9. März statt, am
Tag zuvor")."""
_FOCUS_REACH = 1500
"""How far (in characters) a reporting period stays in focus without being named again."""


@lru_cache(maxsize=4)
def _long_periods(text: str) -> tuple[int, ...]:
    """Where `_YEAR_LONG` matches: once per text, though a text may be resolved twice (as
    news, then as a story). Each of its phrases holds "month", "half" or "year" (no other
    character folds to their letters), so a text without them needs no scan."""
    folded = text.lower()
    if "year" not in folded and "month" not in folded and "half" not in folded:
        return ()
    if not text.isascii():
        return tuple(m.start() for m in _YEAR_LONG.finditer(text))
    # in ASCII, ignoring case is lower-casing: try the regex only where its first words are
    found: list[int] = []
    end = 0
    for at in sorted(at for head in _YEAR_LONG_HEADS for at in _occurrences(folded, head)):
        match = _YEAR_LONG.match(text, at) if at >= end else None
        if match is not None:  # as finditer: no match inside the one before
            found.append(at)
            end = match.end()
    return tuple(found)


def _occurrences(text: str, word: str) -> list[int]:
    found = []
    at = text.find(word)
    while at >= 0:
        found.append(at)
        at = text.find(word, at + 1)
    return found


class Found:
    """A core match plus the groups its left context added ("last" in "last May")."""

    __slots__ = ("groups", "match")

    def __init__(self, match: re.Match[str], groups: dict[str, str | None]) -> None:
        self.match = match
        self.groups = groups

    def __getitem__(self, name: str) -> str | None:
        """The group's text, or None when it took no part in the match."""
        return self.groups.get(name)

    def text(self, name: str) -> str:
        """The text of a group the pattern always captures."""
        value = self.groups.get(name)
        if value is None:
            raise LookupError(f"group {name!r} took no part in the match {self.group()!r}")
        return value

    def groupdict(self) -> dict[str, str | None]:
        return self.groups

    def start(self, name: str) -> int:
        return self.match.start(name)

    def end(self, name: str) -> int:
        return self.match.end(name)

    def group(self, index: int | str = 0) -> str:
        return self.match.group(index)


@dataclass(frozen=True)
class Candidate:
    """A match of one pattern, before it is resolved."""

    start: int
    end: int
    kind: str
    """The name of the pattern that found it."""
    match: Found
    rank: int
    resolve: Resolver


@dataclass(frozen=True)
class Resolved:
    value: str
    precision: Precision
    resolution: Resolution
    end_value: str | None = None


class Context:
    """What resolvers may consult: the text, the reference date, earlier mentions."""

    def __init__(self, text: str, reference: dt.date | None, vocabulary: Vocabulary) -> None:
        self.text = text
        self.reference = reference
        self.vocabulary = vocabulary
        self.previous: list[tuple[int, Resolved]] = []
        self.last_day: tuple[int, dt.date] | None = None
        """The end of the last mention that named a day, and that day: what "four days later"
        counts from outside a story, anchored days included ("the next morning")."""
        self.previous_end: int | None = None
        self._last_unanchored: tuple[int, Resolved] | None = None
        """The last mention not anchored to another, kept as mentions are noted, so each
        look-up is O(1) however many anchored mentions came between."""
        self._last_named_day: dt.date | None = None
        """The last day a mention not anchored to another named (kept the same way)."""
        """Where the last resolved mention ends."""
        self.named_day: tuple[int, dt.date] | None = None
        """`last_day` among the days the text named itself, none counted from another: what a
        second count in the same sentence restates ("wie am Tag zuvor, wie vom Vortag")."""
        self.focus: list[tuple[int, str]] = [(at, "year") for at in _long_periods(text)]
        """The reporting periods the text spoke of, in order (position, "YYYY-Qn" or "year"):
        what "a year earlier" or "the latest quarter" refers to (the temporal focus)."""
        self.story = Focus()
        """The date the story established last (see `timeline.dates._focus`)."""
        self.narrating = False
        """True while a mention in a narrating stretch is resolved: `reference` is then the
        date in focus, anchors are that date, and tense no longer points away from it."""
        self.fiscal: set[str] = set()
        """Reported quarters the text numbered by the company's fiscal year ("the fiscal first
        quarter"): "the quarter ended Sept. 29" then means that quarter, whatever the
        calendar says."""

    def tense(self, start: int, end: int) -> int:
        """-1 past, +1 future, 0 unknown; a story's tenses say nothing about which side of
        the date in focus a date lies, so a narrated mention takes the nearest."""
        return 0 if self.narrating else tense_near(self.text, start, end, self.vocabulary.languages)

    def anchor(self, start: int) -> Resolved | None:
        """The nearest earlier mention, if it is close enough to be what the text refers to."""
        located = self.anchor_at(start)
        return located[1] if located else None

    def anchor_at(self, start: int) -> tuple[int, Resolved] | None:
        """`anchor` with the position where the text named it; in a story, the date in
        focus however far back it was named."""
        if self.narrating:
            return self.story.current
        located = self._last_unanchored
        return located if located is not None and start - located[0] < 600 else None

    def day_anchor(self, start: int) -> dt.date | None:
        """The day "the next day" or "four days later" counts from: in a story the day in
        focus; elsewhere a day named in the same sentence or the one before (else None)."""
        if not self.narrating:
            if self.last_day is None:
                return None
            end, day = self.last_day
            if end <= self._sentence_start(max(0, self._sentence_start(start) - 1)):
                return None  # named before the previous sentence
            named = self.named_day
            if named is not None and named[0] < end and end > self._sentence_start(start):
                return named[1]  # a count after a count in one sentence restates the day
            return day
        current = self.story.current
        if current is None or current[1].precision != "day":
            return None
        return dt.date.fromisoformat(current[1].value[:10])

    def _sentence_start(self, position: int) -> int:
        """Where the sentence holding text[position] starts (a sentence's first character
        included: the boundary search needs to see it)."""
        probe = min(len(self.text), position + 1)
        return sentence_bounds(self.text, probe, probe)[0]

    def in_apposition(self, start: int) -> bool:
        """Does the expression at `start` follow a date and a comma ("Oct. 12, the day before
        the crash"), so that it describes that date rather than counting from it?"""
        if not self.previous or self.previous_end is None:
            return False
        return _APPOSITION.fullmatch(self.text, self.previous_end, start) is not None

    def note_resolved(self, start: int, end: int, resolved: Resolved) -> None:
        """Record a mention the engine resolved, for the expressions after it."""
        self.previous.append((start, resolved))
        self.previous_end = end
        if resolved.resolution != "anchored":
            self._last_unanchored = (start, resolved)
            if resolved.precision == "day":
                self._last_named_day = dt.date.fromisoformat(resolved.value[:10])
        if resolved.precision == "day" and resolved.end_value is None:
            self.last_day = (end, dt.date.fromisoformat(resolved.value[:10]))
            if resolved.resolution != "anchored":
                self.named_day = self.last_day
        elif resolved.precision not in ("day", "week"):
            self.last_day = self.named_day = None  # "in 2024", "in May": the text left that day

    def names_longer_period_since(self, position: int, start: int) -> bool:
        """Did the text move to a longer reporting period ("the nine months") between
        `position` and `start`? Then "a year earlier" compares with last year as a whole."""
        if self.focus_at(start) != "year":
            return False
        index = bisect.bisect_left(self.focus, (start, "")) - 1
        return self.focus[index][0] > position

    def day_in_focus(self, start: int) -> dt.date | None:
        """The last day the text named before `start`, however far back: what "the previous
        Friday" counts back from."""
        if self.narrating and self.story.current is not None:
            _, resolved = self.story.current
            return (
                dt.date.fromisoformat(resolved.value[:10]) if resolved.precision == "day" else None
            )
        return self._last_named_day

    def report_quarter(self, start: int, end: int, value: str) -> None:
        """Note a quarter the text reports on: one that ended before the reference date, or
        one a past-tense sentence reports on (a fiscal quarter: "reported a decline in
        fourth-quarter earnings" in November). Forecasts ("will result in a fourth-quarter
        charge") do not move the focus.
        """
        if self.reference is None:
            return
        if value_span(value)[1] >= self.reference and (
            int(value[:4]) != self.reference.year or self.tense(start, end) >= 0
        ):
            return
        current = self.focus_at(start)
        if (
            current not in (None, "year", value)
            and _SIDE_QUARTER.search(self.text, max(0, start - 40), start) is not None
        ):
            return
        bisect.insort(self.focus, (start, value))  # kept sorted: no sort per look-up
        if "fiscal" in self.text[max(0, start - 12) : end].lower():
            self.fiscal.add(value)

    def report_year(self, start: int) -> None:
        """Note that the text moved on to a whole year ("Last year, losses totaled ...")."""
        bisect.insort(self.focus, (start, "year"))

    def focus_at(self, start: int) -> str | None:
        """The reporting period in focus at `start`: a quarter ("1989-Q3"), "year" when the
        text last spoke of a longer period ("the nine months"), or None."""
        index = bisect.bisect_left(self.focus, (start, "")) - 1
        if index < 0 or start - self.focus[index][0] > _FOCUS_REACH:
            return None
        return self.focus[index][1]

    def discussed_quarter(self, start: int, strict: bool = True) -> str | None:
        """The quarter an earnings-style comparison is about, if one was named recently.

        `strict`: a longer period named since ("the nine months") hides it; "the 1988
        quarter" names a quarter itself, so it passes `strict=False` to look past that.
        """
        focus = self.focus_at(start)
        if focus == "year" and not strict:
            index = bisect.bisect_left(self.focus, (start, "")) - 1
            while index >= 0 and start - self.focus[index][0] <= _FOCUS_REACH:
                if self.focus[index][1] != "year":
                    return self.focus[index][1]
                index -= 1
        return None if focus is None or focus == "year" else focus


def original(ctx: Context, match: Found, group: str) -> str:
    """A group as written (matching runs on lower-cased text)."""
    return ctx.text[match.start(group) : match.end(group)]


def month_of(vocabulary: Vocabulary, word: str) -> int | None:
    return vocabulary.months.get(word.lower().rstrip("."))


def safe_day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def number_of(vocabulary: Vocabulary, word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return vocabulary.number_words.get(word.lower())


def year_of(text: str) -> int | None:
    """1996 from "1996", "nineteen ninety-six", "two thousand and one"."""
    if text.isdigit():
        return int(text)
    numbers = date_words("en").spelled_numbers
    words = [w for w in re.split(r"[\s-]+", text.lower()) if w not in ("and", "hundred")]
    if words[:2] == ["two", "thousand"]:
        return 2000 + sum(numbers.get(w, 0) for w in words[2:])
    if not words or words[0] not in ("nineteen", "twenty"):
        return None
    rest = sum(numbers.get(w, 0) for w in words[1:])
    return numbers[words[0]] * 100 + rest


def absolute_day(year: int, month: int, day: int) -> Resolved | None:
    date = safe_day(year, month, day)
    return Resolved(date.isoformat(), "day", "absolute") if date else None


PRECISION_OF_UNIT: dict[str, Precision] = {
    "day": "day",
    "week": "week",
    "month": "month",
    "year": "year",
}


def unit_value(ref: dt.date, amount: int, unit: str) -> Resolved:
    moved = cal.shift(ref, amount, unit)
    if unit == "day":
        value = moved.isoformat()
    elif unit == "week":
        value = cal.week_value(moved)
    elif unit == "month":
        value = cal.month_value(moved.year, moved.month)
    else:
        value = f"{moved.year:04d}"
    return Resolved(value, PRECISION_OF_UNIT[unit], "relative")


Resolver = Callable[[Candidate, Context], Resolved | None]
"""Turns one kind of candidate into a value, or None when it is not a date after all."""
