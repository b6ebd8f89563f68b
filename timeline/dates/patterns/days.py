"""Days told by the clock or by the story, in every language: clock times ("20 h 45", "um
9 Uhr", "a las 21.30", "at midday"), parts of the day ("ce soir", "Dienstagabend", "lunedì
sera", "Tuesday night") and years counted from the date the text just named ("l'année
suivante"); days counted from it ("le lendemain") are in `story`.

A clock time or a part of the day names a day: the one the text is talking about, or the
publication date when it named none (TimeML scores a time by its date part). Their words
come from each language's `dates.py` (`clock_units`, `parts_of_day`, `anaphoric_years` ...).
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.dates._context import SPACE, Candidate, Context, Resolved
from timeline.dates._cues import is_amount
from timeline.dates._regex import alt
from timeline.dates._registry import Shape, register
from timeline.dates._vocabulary import DIGIT_GUARD, Vocabulary
from timeline.dates.patterns.relative import resolve_relative, resolve_weekday

_HOUR = r"(?:[01]?\d|2[0-3])"
_MINUTE = r"[0-5]\d"
_OF_DAY = re.compile(
    r"\s+(?:of|de|del|do|da|di|du|des|dello|della|vom|von|auf|zum)\b", re.IGNORECASE
)
"""After a part of the day, the day it belongs to: "la nuit du 4 août", "of Wednesday"."""
_SPAN_OF = re.compile(r"\s+(?:de|d['’]|di|of)\s", re.IGNORECASE)
"""After a number of hours, what they were spent on: "3 h de route" is a duration."""
_FOCUS_REACH = 600
"""How far back (in characters) a named day stays the day a clock time belongs to."""


def _words(v: Vocabulary, field: str) -> list[str]:
    return [w for words in v.words for w in getattr(words, field)]


def day_in_focus(
    ctx: Context, start: int, reach: int = _FOCUS_REACH, named: bool = False
) -> dt.date | None:
    """The last single day the text named within `reach` characters before `start`; `named`:
    only a day the text named itself, not one counted from another ("am Tag zuvor")."""
    for position, resolved in reversed(ctx.previous):
        if start - position > reach:
            return None
        if named and resolved.resolution == "anchored":
            continue
        if resolved.precision == "day" and resolved.end_value is None:
            return dt.date.fromisoformat(resolved.value[:10])
    return None


def _on_day_in_focus(
    c: Candidate, ctx: Context, offset: int = 0, reach: int = _FOCUS_REACH
) -> Resolved | None:
    """The day in focus moved by `offset` days, else the reference date moved by it. A day
    counted from the story ("am Tag zuvor ... vom Vortag") counts from a day it named."""
    focus = day_in_focus(ctx, c.start, reach, named=offset != 0)
    if focus is not None:
        return Resolved((focus + dt.timedelta(days=offset)).isoformat(), "day", "anchored")
    if ctx.reference is None:
        return None
    day = ctx.reference + dt.timedelta(days=offset)
    return Resolved(day.isoformat(), "day", "relative")


# --- "21 h 45", "20.30 Uhr", "à 18 heures", "um 12.15", "at midday" ----------------------------


def _clock(v: Vocabulary) -> Shape | None:
    units = list(v.words[0].clock_units)
    if not units:
        return None
    before = _words(v, "clock_before")
    return Shape(
        core=rf"(?P<h>{_HOUR})(?:\s*[.:]\s*(?P<mi>{_MINUTE}))?\s*(?P<u>{alt(units)})"
        rf"(?:\s*{_MINUTE})?(?![\w'])",
        left=rf"(?P<pre>{alt(before)})\s+" if before else None,
        guard=DIGIT_GUARD,
    )


def _clock_at(v: Vocabulary) -> Shape | None:
    before = _words(v, "clock_before")
    if not before:
        return None
    names = _words(v, "clock_names")
    options = [rf"(?P<name>{alt(names)})"] if names else []
    if v.words[0].clock_units:
        # a language that reports clock times in digits: "um 12.15", "a las 21:30"
        options.append(rf"(?P<h>{_HOUR})[.:](?P<mi>{_MINUTE})(?!\d|[.,:]\d|\s*[%€$£])")
    after = "|".join(f"(?:{w.clock_after})" for w in v.words if w.clock_after)
    if after:
        # a whole hour and its minutes or part of the day in words: "alle 11 e 30"
        options.append(rf"(?P<hw>{_HOUR})\s+(?:{after})")
    if not options:
        return None
    return Shape(
        core=rf"(?:{'|'.join(options)})(?![\w-])",
        left=rf"(?P<pre>{alt(before)})\s+",
        required=True,
        guard=DIGIT_GUARD,
    )


def _clock_gate(v: Vocabulary) -> str:
    names = _words(v, "clock_names")
    return rf"\d|{alt(names)}" if names else r"\d"


@register("clock", rank=330, shape=_clock, gate=r"\d")
@register("clock_at", rank=340, shape=_clock_at, gate=lambda v: _clock_gate(v))
def _resolve_clock(c: Candidate, ctx: Context) -> Resolved | None:
    """A clock time: the day the text is talking about, else the publication date. A unit
    in full ("18 heures", "21 horas") is a clock time only after "à", "a las" ...: "pendant
    18 heures" is a duration."""
    unit = c.match["u"]
    if unit and len(unit) > 3 and "." not in unit and not c.match["pre"]:
        return None
    if unit and _SPAN_OF.match(ctx.text, c.end):
        return None  # "3 h de route", "2 horas de debate": a duration
    if c.match["mi"] and not unit and is_amount(ctx.text, c.end):
        return None  # "um 2.50 Euro", "à 12.50 %": an amount
    if c.match["hw"] and (len(c.match["pre"] or "") < 2 or is_amount(ctx.text, c.end)):
        return None  # "da 8 a 10 e 30 persone": after a bare "a" or "à" numbers count
    return _on_day_in_focus(c, ctx)


# --- "lundi matin", "Dienstagabend", "hier soir", "el martes por la noche" -------------------


def _parts(v: Vocabulary) -> list[str]:
    return [w for words in v.words for w in words.parts_of_day]


def _day_part(v: Vocabulary) -> Shape | None:
    parts = _parts(v)
    if not parts:
        return None
    days = [phrase for phrase, (offset, unit) in v.relative.items() if unit == "day"]
    glue = _words(v, "part_of_day_glue")
    glued = rf"(?:(?:{alt(glue)})\s+)?" if glue else ""
    return Shape(
        core=rf"(?:(?P<w>{v.weekday_re})|(?P<rel>{alt(days)}))(?:\s*-?\s*){glued}"
        rf"(?P<part>{alt(parts)})(?!\w)",
        left=rf"(?:(?P<mod>{v.mods_before})\s+)?",
    )


@register("day_part", rank=350, shape=_day_part, gate=lambda v: alt(_parts(v)))
def _resolve_day_part(c: Candidate, ctx: Context) -> Resolved | None:
    """A day and its part ("lundi matin", "Dienstagabend"): the day, read as on its own."""
    if c.match["w"]:
        return resolve_weekday(c, ctx)
    return resolve_relative(c, ctx)


# --- "ce soir", "questa mattina", "esta noche" -----------------------------------------------


def _this_part(v: Vocabulary) -> Shape | None:
    events = set(_words(v, "event_parts"))
    parts = [part for part in _parts(v) if part not in events]
    this = [word for word, offset in v.modifiers_before.items() if offset == 0]
    if not parts or not this:
        return None
    return Shape(
        core=rf"(?P<part>{alt(parts)})(?!\w)",
        left=rf"(?P<this>{alt(this)})\s+",
        required=True,
    )


@register("this_part", rank=360, shape=_this_part, gate=lambda v: alt(_parts(v)))
def _resolve_this_part(c: Candidate, ctx: Context) -> Resolved | None:
    """ "Ce soir", "esta mañana": the publication date."""
    if ctx.reference is None:
        return None
    return Resolved(ctx.reference.isoformat(), "day", "relative")


# --- "dans la nuit", "am Nachmittag", "por la tarde" -----------------------------------------


def _part_alone(v: Vocabulary) -> Shape | None:
    parts = _parts(v)
    before = _words(v, "part_of_day_before")
    if not parts or not before:
        return None
    return Shape(
        core=rf"(?P<part>{alt(parts)})(?!\w)",
        left=rf"(?P<pre>{alt(before)})\s+",
        required=True,
    )


@register("part_alone", rank=370, shape=_part_alone, gate=lambda v: alt(_parts(v)))
def _resolve_part_alone(c: Candidate, ctx: Context) -> Resolved | None:
    """ "Dans la nuit", "am Nachmittag": a part of the day the text is talking about, else of
    the publication date; "en la madrugada del miércoles" belongs to the day named next."""
    if _OF_DAY.match(ctx.text, c.end):
        return None
    return _on_day_in_focus(c, ctx)


# --- "l'année suivante", "im Jahr darauf" ----------------------------------------------------


def _anaphoric_year(v: Vocabulary) -> Shape | None:
    phrases = _words(v, "anaphoric_years")
    if not phrases:
        return None
    return Shape(core=rf"(?P<ay>{alt(phrases)})(?!\w)".replace("'", "['’]"))


@register("anaphoric_year", rank=385, shape=_anaphoric_year)
def _resolve_anaphoric_year(c: Candidate, ctx: Context) -> Resolved | None:
    """ "L'année suivante", "im Jahr darauf": the year of the date the text just named,
    moved; nothing without one."""
    phrase = SPACE.sub(" ", c.match.text("ay").lower().replace("’", "'"))
    years = (words.anaphoric_years for words in ctx.vocabulary.words)
    offset = next((table[phrase] for table in years if phrase in table), None)
    anchor = ctx.anchor(c.start)
    if offset is None or anchor is None or not anchor.value[:4].isdigit():
        return None
    return Resolved(f"{int(anchor.value[:4]) + offset:04d}", "year", "anchored")
