"""Holidays in every language: "on Christmas Day", "last Easter", "Thanksgiving 2023",
"an Weihnachten", "à Noël", "la Semana Santa de 2019".

The names and their rules are each language's data (`timeline.dates._holidays`); a name
that also modifies nouns ("Christmas tree", "marché de Noël", "cidade de Natal") is a date
only after one of the language's `holiday_before` words, a modifier, or before a year.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from timeline.dates import _calendar as cal
from timeline.dates._context import SPACE, Candidate, Context, Resolved, original, year_of
from timeline.dates._holidays import BARE_HOLIDAYS, HOLIDAY_WEEKS, holiday_date, holiday_names
from timeline.dates._langdata import date_words, every_word
from timeline.dates._regex import alt
from timeline.dates._registry import Shape, register
from timeline.dates._vocabulary import YEAR, Vocabulary
from timeline.dates.mention import Resolution

_NATIONAL = every_word(lambda w: w.national_holidays)
_OTHER_NATION = re.compile(r"(?<![.!?]\s)\b(?!America|U\.S|American\b)[A-Z][\w.]*(?:'s|’s)?\s+$")
"""A capitalised word mid-sentence before a national day: another nation's ("India's")."""


def _names(v: Vocabulary) -> str:
    names = [name for words in v.words for name in holiday_names(words)]
    return alt(names).replace("'", "['’]") if names else "(?!)"


def _holiday(v: Vocabulary) -> Shape | None:
    names = _names(v)
    if names == "(?!)":
        return None
    if v.english:
        relative = r"|\s+(?P<ry>this|last|next)\s+year\b"
        left = r"(?:(?P<mod>this past|this coming|this|last|next|past)\s+)?"
    else:
        # "lo scorso Natale", "Noël dernier", "la Navidad pasada": a modifier either side
        relative = rf"|\s+(?P<mod2>{v.mods_after})(?!\w)" if v.mods_after else ""
        left = rf"(?:(?P<mod>{v.mods_before})\s+)?"
    return Shape(
        core=rf"(?P<h>{names})(?![\w'’-])"
        rf"(?:,?\s+(?:(?:of|de|del|di)\s+)?(?P<y>{YEAR})(?!\d){relative})?",
        left=left,
    )


@cache
def _before(languages: tuple[str, ...]) -> re.Pattern[str]:
    """The words before a holiday that make it the day, in `languages`."""
    words = "|".join(f"(?:{date_words(code).holiday_before})" for code in languages)
    return re.compile(rf"(?<!\w)(?:{words or '(?!)'})\s*$", re.IGNORECASE)


@cache
def _others(languages: tuple[str, ...]) -> re.Pattern[str]:
    """A word after a holiday that makes it another calendar's, in `languages`."""
    words = "|".join(f"(?:{w})" for code in languages if (w := date_words(code).holiday_others))
    return re.compile(rf"\s+(?:{words or '(?!)'})\b", re.IGNORECASE)


@register("holiday", rank=270, shape=_holiday, gate=_names)
def _resolve_holiday(c: Candidate, ctx: Context) -> Resolved | None:
    """ "on Christmas Day", "last Easter", "Thanksgiving 2023": the holiday's day in the year
    the text gives, the modifier picks, or (like a bare month) the nearest one by tense; a
    week's name ("Holy Week", "Semana Santa") gives that week."""
    g = c.match
    written = original(ctx, g, "h")
    name = SPACE.sub(" ", written.lower().replace("’", "'"))
    if written == written.lower():
        return None  # "a christmas tree", "easter eggs": lower case is not the holiday
    if _others(ctx.vocabulary.languages).match(ctx.text, g.end("h")):
        return None  # "el Año Nuevo chino", "le Nouvel An chinois": another calendar's
    if name in _NATIONAL and (
        not written.istitle()
        or _OTHER_NATION.search(ctx.text, max(0, c.start - 30), c.start) is not None
    ):
        return None  # "India's Independence Day", "election day" in any country
    year_text, year_word = g["y"], g["ry"]
    ref = ctx.reference
    if year_text:
        year = year_of(year_text)
        day = holiday_date(name, year) if year else None
        return _resolved(name, day, "absolute")
    if year_word and ref is not None:
        # "Thanksgiving last year": the holiday in the year named
        day = holiday_date(name, ref.year + ctx.vocabulary.modifiers[year_word.lower()])
        return _resolved(name, day, "relative")
    mod_word = SPACE.sub(" ", (g["mod"] or g["mod2"] or "").lower())
    before = ctx.text[max(0, c.start - 16) : c.start]
    if (
        name in BARE_HOLIDAYS
        and not mod_word
        and not _before(ctx.vocabulary.languages).search(before)
    ):
        return None
    if ref is None:
        return None
    options = [holiday_date(name, year) for year in (ref.year - 1, ref.year, ref.year + 1)]
    days = [d for d in options if d is not None]
    if len(days) != 3:
        return None
    mod = ctx.vocabulary.modifiers.get(mod_word) if mod_word else None
    if mod == 0:
        day = days[1]
    elif mod is not None:
        day = next(d for d in days if d > ref) if mod > 0 else max(d for d in days if d < ref)
    else:
        day = cal.nearest_of(ref, days, ctx.tense(c.start, c.end))
    return _resolved(name, day, "relative")


def _resolved(name: str, day: dt.date | None, resolution: Resolution) -> Resolved | None:
    if day is None:
        return None
    if name in HOLIDAY_WEEKS:
        return Resolved(cal.week_value(day), "week", resolution)
    return Resolved(day.isoformat(), "day", resolution)
