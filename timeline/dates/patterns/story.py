"""Days counted from the day the text just named, in every language: "the next morning",
"le lendemain", "al día siguiente", "am selben Tag", "the day before" (the vote the text has
just dated). In a story they count from the day in focus (`timeline.dates._focus`);
elsewhere from the date named just before, and only when that is a day."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from timeline.dates._context import SPACE, Candidate, Context, Resolved
from timeline.dates._langdata import date_words
from timeline.dates._registry import Shape, register
from timeline.dates._vocabulary import Vocabulary


@cache
def _offsets(languages: tuple[str, ...]) -> dict[str, int]:
    """Phrase (lower case, single spaces) → days from the anchor, first language first."""
    merged: dict[str, int] = {}
    for code in reversed(languages):
        merged.update(date_words(code).anaphoric_days)
    return merged


@cache
def _event_link(languages: tuple[str, ...]) -> re.Pattern[str]:
    words = {w for code in languages for w in date_words(code).event_links}
    if not words:
        return re.compile("(?!)")
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\s*(?:{alternatives})(?:\s|(?<=')\w)", re.IGNORECASE)


def _phrases(v: Vocabulary) -> str:
    phrases = sorted(_offsets(v.languages), key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(word) for word in p.split()) for p in phrases)


def _story_day(v: Vocabulary) -> Shape | None:
    phrases = _phrases(v)
    return Shape(core=rf"(?:{phrases})(?![\w-])") if phrases else None


@register("story_day", rank=330, shape=_story_day, gate=lambda v: _phrases(v) or "(?!)")
def _resolve_story_day(c: Candidate, ctx: Context) -> Resolved | None:
    offset = _offsets(ctx.vocabulary.languages).get(SPACE.sub(" ", c.match.group(0).lower()))
    day = ctx.day_anchor(c.start)
    if offset is None or day is None:
        return None
    if _event_link(ctx.vocabulary.languages).match(ctx.text, c.end):
        return None  # "la veille du scrutin": the eve of an event, not of the day named
    if ctx.in_apposition(c.start):
        offset = 0  # "Oct. 12, the day before the crash" names Oct. 12 itself
    return Resolved((day + dt.timedelta(days=offset)).isoformat(), "day", "anchored")
