"""English shapes: weekends, seasons (other languages' too), years in words and "in three
days".

Their words come from `timeline/lang/en/dates.py`; the syntax around them is English, which
is why they run only when English is among the languages read. Seasons also take the other
languages' words and modifiers ("el verano de 1998", "na primavera passada").
"""

from __future__ import annotations

import re

from timeline.dates._context import (
    Candidate,
    Context,
    Resolved,
    number_of,
    unit_value,
    year_of,
)
from timeline.dates._langdata import date_words
from timeline.dates._regex import either
from timeline.dates._registry import Shape, register
from timeline.dates._tense import sentence_bounds
from timeline.dates._vocabulary import Vocabulary, english_counts, spelled_year
from timeline.dates.patterns.parts import season_near
from timeline.dates.patterns.relative import weekend

_ENGLISH = frozenset({"en"})


# --- "this weekend", "over the weekend" ------------------------------------------------------


_WEEKEND = Shape(
    core=r"weekend\b",
    left=r"(?P<mod>this past|this coming|this|last|next|the|over the|on the)\s+",
    required=True,
)


@register("weekend", rank=170, shape=_WEEKEND, gate="weekend", languages=_ENGLISH)
def _resolve_weekend(c: Candidate, ctx: Context) -> Resolved | None:
    if ctx.reference is None:
        return None
    mod = ctx.vocabulary.modifiers.get(c.match.text("mod").lower())
    if mod is None:
        mod = ctx.tense(c.start, c.end) or -1
        if ctx.reference.weekday() >= 5:
            mod = 0
    return weekend(ctx.reference, mod)


# --- "last summer", "the fall of 1998", "spring 2024" ----------------------------------------


_ENGLISH_SEASONS = tuple(date_words("en").seasons)
"""Only English season words: "été" in a French text is often the verb ("a été")."""


def _season(v: Vocabulary) -> Shape:
    return Shape(
        core=rf"(?P<s>{either(_ENGLISH_SEASONS)})(?:\s+(?:of\s+)?(?P<y>{v.year_any}))?\b",
        left=r"(?:(?P<mod>this past|this coming|this|last|next|the)\s+)?"
        r"(?:(?:early|late|mid)[\s-]*)?",
    )


@register("season", rank=200, shape=_season, gate=either(_ENGLISH_SEASONS), languages=_ENGLISH)
def _resolve_season(c: Candidate, ctx: Context) -> Resolved | None:
    g = c.match
    code = ctx.vocabulary.seasons[g.text("s").lower()]
    year_text = g["y"]
    if year_text:
        year = year_of(year_text)
        return Resolved(f"{year:04d}-{code}", "season", "absolute") if year else None
    mod_word = (g["mod"] or "").lower()
    if not mod_word or ctx.reference is None:
        return None
    return season_near(c, ctx, code, ctx.vocabulary.modifiers.get(mod_word))


# --- "nineteen ninety-six", "the year two thousand" ------------------------------------------


def _spelled_year(v: Vocabulary) -> Shape:
    numbers = date_words("en").spelled_numbers
    units = either(w for w, n in numbers.items() if 1 <= n <= 9)
    teens = either(w for w, n in numbers.items() if 10 <= n <= 19)
    return Shape(
        core=rf"(?P<y>{spelled_year()}|two thousand(?:\s+and\s+(?:{units}|{teens}))?)",
        left=r"(?P<the>the\s+year\s+)",
    )


@register(
    "spelled_year",
    rank=230,
    shape=_spelled_year,
    gate="nineteen|twenty|two thousand",
    languages=_ENGLISH,
)
def _resolve_spelled_year(c: Candidate, ctx: Context) -> Resolved | None:
    g = c.match
    if g.text("y").lower().startswith("two") and not g["the"]:
        return None  # "two thousand" alone is usually a count
    year = year_of(g.text("y"))
    return Resolved(f"{year:04d}", "year", "absolute") if year else None


# --- "in three days", "in two weeks" ---------------------------------------------------------

_SPAN_BEFORE = re.compile(
    r"\b(?:first|only|once|ever|record|most|least|best|worst|(?:high|low|big|larg|small"
    r"|strong|weak|fast|slow|long|short|great|sharp|steep|deep|cheap|earli|lat|heavi|bus"
    r"|dead|hott|cold|warm|wett|dri|rich|poor)est)\b",
    re.IGNORECASE,
)
"""Words that make "in three months" a stretch of time: "the highest in three months",
"the first rise in two years", "only once in ten days"."""


_IN_COUNT = Shape(
    core=rf"in\s+(?P<num>{english_counts()}|\d{{1,3}})\s+(?P<u>days?|weeks?|months?|years?)"
    r"(?![\w-]|\s+of\b|['’]s?\s+(?:time\s+)?of\b)"
)
"""A count of units ahead; not "in three days' time of", "in two weeks of talks"."""


@register("in_count", rank=290, shape=_IN_COUNT, gate="day|week|month|year", languages=_ENGLISH)
def _resolve_in_count(c: Candidate, ctx: Context) -> Resolved | None:
    """ "in three days", "in two weeks": that many units after the reference, when the
    sentence looks ahead ("will expire in 10 days") or opens with it ("In three days, ...").
    A past sentence ("finished it in three days") and a superlative ("the highest in three
    months") make it a duration."""
    if ctx.reference is None:
        return None
    g = c.match
    amount = number_of(ctx.vocabulary, g.text("num"))
    unit = g.text("u").lower().rstrip("s")
    if amount is None or amount == 0:
        return None
    left, _ = sentence_bounds(ctx.text, c.start, c.end)
    if _SPAN_BEFORE.search(ctx.text, left, c.start):
        return None
    tense = ctx.tense(c.start, c.end)
    opens = not ctx.text[left : c.start].strip(" \t\n\"“'(")
    if tense < 0 or (tense == 0 and not opens):
        return None
    return unit_value(ctx.reference, amount, unit)
