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
    words = (r"\s+".join(re.escape(word) for word in p.split()) for p in phrases)
    return "|".join(w.replace("'", "['’]") for w in words)


def _story_day(v: Vocabulary) -> Shape | None:
    phrases = _phrases(v)
    return Shape(core=rf"(?:{phrases})(?![\w-])") if phrases else None


@register("story_day", rank=380, shape=_story_day, gate=lambda v: _phrases(v) or "(?!)")
def _resolve_story_day(c: Candidate, ctx: Context) -> Resolved | None:
    phrase = SPACE.sub(" ", c.match.group(0).lower().replace("’", "'"))
    offset = _offsets(ctx.vocabulary.languages).get(phrase)
    if offset is None:
        return None
    if ctx.in_apposition(c.start):
        # "Oct. 12, the day before the crash", "hier, au lendemain de la démission": a
        # description of the day just named
        day, offset = ctx.day_anchor(c.start), 0
    elif _event_link(ctx.vocabulary.languages).match(ctx.text, c.end):
        # "el 12 de marzo ...; al día siguiente de la firma": counted from the event the
        # text dated last, however far back
        day = ctx.day_in_focus(c.start)
    else:
        day = ctx.day_anchor(c.start)
        if day is None and not ctx.narrating:
            # news: a day the text named further back ("Am 4. Februar ... Tags darauf")
            day = _named_day(ctx, c.start)
    if day is None:
        return None
    return Resolved((day + dt.timedelta(days=offset)).isoformat(), "day", "anchored")


_NAMED_REACH = 2000
"""How far back (in characters) a day the text named stays what a counted day counts from."""


def _named_day(ctx: Context, start: int) -> dt.date | None:
    """The last single day the text named itself (not counted from another) within reach."""
    for position, resolved in reversed(ctx.previous):
        if start - position > _NAMED_REACH:
            return None
        if resolved.resolution == "anchored":
            continue
        if resolved.precision == "day" and resolved.end_value is None:
            return dt.date.fromisoformat(resolved.value[:10])
    return None
