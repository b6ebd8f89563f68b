"""Dates counted from the reference date, in every language: bare and modified months and
weekdays ("last May", "el martes pasado"), fixed phrases ("yesterday", "la semana pasada"),
a modifier and a unit ("next week", "l'année dernière") and counts ("two days ago",
"hace 3 días")."""

from __future__ import annotations

import datetime as dt
import re

from timeline.dates import _calendar as cal
from timeline.dates._context import (
    SPACE,
    Candidate,
    Context,
    Found,
    Resolved,
    month_of,
    number_of,
    original,
    unit_value,
)
from timeline.dates._cues import (
    follows_name,
    is_cased_month,
    is_cased_name,
    is_generic,
    is_habit,
    is_morning,
    is_named_weekday,
    is_nowadays,
    is_ordinal,
    is_recurring,
    is_title,
    means_morning_too,
    precedes_name,
)
from timeline.dates._langdata import every_pattern, every_word
from timeline.dates._regex import alt
from timeline.dates._registry import Shape, register
from timeline.dates._tense import sentence_bounds, tense_after
from timeline.dates._vocabulary import Vocabulary
from timeline.dates.patterns.anchored import year_before_anchor
from timeline.dates.patterns.periods import this_quarter

_ANCHORED_MODIFIERS = every_word(lambda w: w.anchored_modifiers)
_OF = r"(?:of|de|del|do|da|di|des|dello|della|dell'|de\s+l')"
_THE = r"(?:the|el|la|le|lo|o|a|l')"
_DEADLINE = re.compile(rf"[a-zà-ÿ,]\s+(?:{alt(every_word(lambda w: w.deadlines))})\s+$")
"""A deadline mid-sentence; "By February, the rebels had ..." opens a sentence instead."""
_DEADLINE_DAY = re.compile(
    rf"[a-zà-ÿ,]\s+(?:{alt(every_word(lambda w: w.deadlines))})\s+"
    r"(?:(?:el|la|il|le|lo|o|a)\s+)?(?:[^\W\d_]+\s+(?:del|de|di|du|do|of)\s+)?$"
)
"""A deadline before a weekday, with its article and a part of the day: "hasta el jueves",
"hasta la mañana del miércoles", "until Tuesday"."""
_WHEN_AFTER = re.compile(
    rf"[\s,]*{every_pattern(lambda w: w.temporal_clause)}(?!\w)", re.IGNORECASE
)
"""A temporal clause right after a date ("until Tuesday, when he was released"): its tense
tells whether the day is past."""
_PERFECT = re.compile(rf"\b{every_pattern(lambda w: w.perfect_frame)}", re.IGNORECASE)
"""A past perfect ("had filed ... by Wednesday"): a deadline that is already over."""


def _months(v: Vocabulary) -> str:
    return alt(v.months)


def _units(v: Vocabulary) -> str:
    return alt(v.unit_words)


# --- "May", "last May", "septiembre del año pasado" ------------------------------------------


def stated_year(v: Vocabulary) -> str:
    """A year named by a modifier after a month or a day ("of last year", "del año pasado",
    "de l'année dernière", "letzten Jahres"): groups `rmod`/`ry` or `ry2`/`rmod2`."""
    after = v.mods_after
    years = alt(w for w, unit in v.units.items() if unit == "year" and len(w) >= 2)
    mods = alt(w for w in v.modifiers_before if w not in _ANCHORED_MODIFIERS)
    options = [rf"(?P<rmod>{mods})\s+(?P<ry>{years})"]
    if after:
        options.append(rf"(?P<ry2>{years})\s+(?P<rmod2>{after})")
    year_phrase = "|".join(options)
    return rf"\s+(?:{_OF}\s*)?(?:{_THE}\s*)?(?:{year_phrase})(?!\w)"


def stated_year_offset(ctx: Context, g: Found) -> int | None:
    """The year offset a `stated_year` match names ("last year": -1), None without one."""
    year_mod = g["rmod"] or g["rmod2"]
    if not year_mod:
        return None
    return ctx.vocabulary.modifiers.get(SPACE.sub(" ", year_mod.lower()))


def _month_year_suffix(v: Vocabulary) -> str:
    """What may follow a month to fix its year against the publication date: "of last year",
    "del año pasado", "de l'année dernière", "letzten Jahres", "dell'anno scorso", or a
    modifier of the month itself ("septembre dernier", "settembre scorso")."""
    after = v.mods_after
    suffix = stated_year(v)
    if after:
        suffix += rf"|\s+(?P<mod2>{after})(?!\w)"
    return f"(?:{suffix})?"


def _month(v: Vocabulary) -> Shape:
    return Shape(
        core=rf"(?P<m>{v.month_re})(?!\w){_month_year_suffix(v)}",
        left=rf"(?:(?P<mod>{v.mods_before})\s+)?{v.edge}",
    )


@register("month", rank=60, shape=_month, gate=_months)
def _resolve_month(c: Candidate, ctx: Context) -> Resolved | None:
    g = c.match
    month = month_of(ctx.vocabulary, g.text("m"))
    if month is None or not is_cased_month(ctx, g, "m") or ctx.reference is None:
        return None
    if is_recurring(ctx.text, c) or follows_name(ctx, c.match.start("m")):
        return None
    if precedes_name(ctx, c, "m"):
        return None
    ref = ctx.reference
    year_mod = g["rmod"] or g["rmod2"]
    if year_mod:
        # "September of last year", "septiembre del año pasado": the year is stated
        offset = ctx.vocabulary.modifiers.get(SPACE.sub(" ", year_mod.lower()))
        if offset is None:
            return None
        return Resolved(cal.month_value(ref.year + offset, month), "month", "relative")
    mod_word = g["mod"] or g["mod2"]
    mod = ctx.vocabulary.modifiers.get(mod_word.lower()) if mod_word else None
    if mod is None or mod_word is None:
        tense = ctx.tense(c.start, c.end)
        if tense > -2 and _DEADLINE.search(ctx.text, max(0, c.start - 12), c.start):
            tense = 1  # "to pay down the loan by February": a deadline lies ahead
        year = cal.nearest_month(ref, month, tense)
    else:
        year = cal.month_year(ref, month, mod)
        if (
            mod < 0
            and g["mod"]
            and ctx.vocabulary.english
            and (ref.month - month) % 12 == 1
            and mod_word.lower() != "this past"
        ):
            # the month just ended is "last month": "last February" said in March is a
            # year back ("this past February", "febrero pasado" are the one just ended)
            year -= 1
    return Resolved(cal.month_value(year, month), "month", "relative")


# --- "Tuesday", "last Friday", "el martes pasado" --------------------------------------------


def _weekday(v: Vocabulary) -> Shape:
    after = rf"(?:\s+(?P<mod2>{v.mods_after}))?" if v.mods_after else ""
    return Shape(
        core=rf"(?P<w>{v.weekday_re})(?!\w){after}",
        left=rf"(?:(?P<mod>{v.mods_before})\s+)?",
    )


@register("weekday", rank=70, shape=_weekday, gate=lambda v: alt(v.weekdays))
def resolve_weekday(c: Candidate, ctx: Context) -> Resolved | None:
    g = c.match
    if ctx.reference is None or is_recurring(ctx.text, c) or is_named_weekday(ctx, c, "w"):
        return None
    if is_habit(ctx, c) or is_ordinal(ctx, c, "w") or not is_cased_name(ctx, g, "w"):
        return None
    word = g.text("w").lower().rstrip(".")
    weekday = ctx.vocabulary.weekdays.get(word)
    languages = ctx.vocabulary.languages
    lower_english = "en" in languages and not original(ctx, g, "w")[:1].isupper()
    if weekday is None or (lower_english and len(languages) == 1):
        return None
    mod_word = g["mod"] or g["mod2"]
    mod = ctx.vocabulary.modifiers.get(mod_word.lower()) if mod_word else None
    ref = ctx.reference
    anchored = mod_word is not None and (
        mod_word.lower() == "previous"
        or (g["mod2"] is not None and mod_word.lower() in _ANCHORED_MODIFIERS)
    )
    base = ctx.day_in_focus(c.start) if anchored else None
    if base is not None:
        # "the previous Friday": the Friday before the day the text is talking about
        day = cal.weekday_on(base, weekday, -1, strict=True)
        return Resolved(day.isoformat(), "day", "anchored")
    if mod == 0:
        day = ref + dt.timedelta(days=weekday - ref.weekday())
    elif mod is not None:
        day = cal.weekday_on(ref, weekday, mod, strict=True)
    else:
        tense = ctx.tense(c.start, c.end)
        if tense > -2 and _DEADLINE_DAY.search(ctx.text, max(0, c.start - 40), c.start):
            left, _ = sentence_bounds(ctx.text, c.start, c.end)
            over = _PERFECT.search(ctx.text, left, c.start) or (
                _WHEN_AFTER.match(ctx.text, c.end) is not None
                and tense_after(ctx.text, c.start, c.end, ctx.vocabulary.languages) < 0
            )
            if not over:
                # "closed until Tuesday" lies ahead; "had filed by Tuesday" and "held until
                # Tuesday, when he was released" are over
                tense = 1
        day = cal.weekday_on(ref, weekday, 1 if tense > 0 else -1, strict=False)
    return Resolved(day.isoformat(), "day", "relative")


# --- "yesterday", "la semana pasada", "vorgestern" -------------------------------------------


def _relative(v: Vocabulary) -> Shape:
    return Shape(core=rf"(?P<rel>{alt(v.relative)})(?!\w)", left=v.edge)


@register("relative", rank=80, shape=_relative)
def resolve_relative(c: Candidate, ctx: Context) -> Resolved | None:
    if ctx.reference is None or is_title(ctx, c):
        return None
    phrase = SPACE.sub(" ", c.match.text("rel").lower())
    meaning = ctx.vocabulary.relative.get(phrase)
    if meaning is None:
        return None
    if means_morning_too(phrase) and is_morning(ctx.text, c):
        return None
    if is_generic(ctx.text, c) or is_nowadays(ctx, c):
        return None
    if meaning == (-1, "year") and compares(ctx, c):
        anchored = year_before_anchor(c, ctx)
        if anchored is not None:
            return anchored
    return unit_value(ctx.reference, *meaning)


# --- "next week", "this quarter", "la semana pasada", "l'année dernière" ---------------------


def _mod_unit(v: Vocabulary) -> Shape:
    return Shape(
        core=rf"(?P<mod>{v.mods_before})\s+(?P<u>{alt(v.unit_words)})(?!\w)",
        left=rf"(?:(?:earlier|later)\s+)?{v.edge}" if v.english else v.edge or None,
    )


def _unit_mod(v: Vocabulary) -> Shape | None:
    if not v.mods_after:
        return None
    return Shape(core=rf"(?P<u>{alt(v.unit_words)})\s+(?P<mod>{v.mods_after})(?!\w)")


@register("mod_unit", rank=90, shape=_mod_unit, gate=_units)
@register("unit_mod", rank=150, shape=_unit_mod, gate=_units)
def _resolve_mod_unit(c: Candidate, ctx: Context) -> Resolved | None:
    if ctx.reference is None or is_title(ctx, c):
        return None
    g = c.match
    mod = ctx.vocabulary.modifiers.get(SPACE.sub(" ", g.text("mod").lower()))
    word = g.text("u").lower()
    if mod is None:
        return None
    ref = ctx.reference
    if word in ctx.vocabulary.quarter_nouns and mod == 0:
        return this_quarter(c, ctx)
    if word in ctx.vocabulary.quarter_nouns:
        year, quarter = cal.quarter_of(ref)
        index = year * 4 + quarter - 1 + mod
        return Resolved(f"{index // 4:04d}-Q{index % 4 + 1}", "quarter", "relative")
    if word in ctx.vocabulary.period_nouns:
        # "o último período": the quarter a report is about, when one is
        discussed = ctx.discussed_quarter(c.start, strict=False)
        return Resolved(discussed, "quarter", "anchored") if mod < 0 and discussed else None
    if word in ctx.vocabulary.half_nouns:
        index = ref.year * 2 + (ref.month > 6) + mod
        return Resolved(f"{index // 2:04d}-H{index % 2 + 1}", "quarter", "relative")
    if word == "weekend":
        return weekend(ref, mod)
    unit = ctx.vocabulary.units.get(word)
    if unit is None:
        return None
    if unit == "year" and mod == -1 and compares(ctx, c):
        anchored = year_before_anchor(c, ctx)
        if anchored is not None:
            return anchored
    if unit == "day" and re.match(r"\s+\d", ctx.text[c.end : c.end + 3]):
        return None  # "el próximo día 15": the day number names the day
    if c.kind == "unit_mod" and g.text("mod").lower() in _ANCHORED_MODIFIERS:
        anchored = _next_to_anchor(ctx, c, mod, unit)
        if anchored is not None:
            return anchored
    return unit_value(ref, mod, unit)


def _next_to_anchor(ctx: Context, c: Candidate, mod: int, unit: str) -> Resolved | None:
    """ "l'anno precedente", "o mês seguinte", "al día siguiente": the year, month or day
    before or after the one the text just named."""
    anchor = ctx.anchor(c.start)
    if anchor is None or not anchor.value[:4].isdigit() or anchor.end_value is not None:
        return None
    if unit == "year":
        return Resolved(f"{int(anchor.value[:4]) + mod:04d}", "year", "anchored")
    if unit == "month" and anchor.precision in ("month", "day"):
        year, month = cal.shift_months(int(anchor.value[:4]), int(anchor.value[5:7]), mod)
        return Resolved(cal.month_value(year, month), "month", "anchored")
    if unit == "day":
        # "al día siguiente": after the last day the text named, however far back
        day = (
            dt.date.fromisoformat(anchor.value[:10])
            if anchor.precision == "day"
            else ctx.day_in_focus(c.start)
        )
        if day is None:
            return None
        return Resolved((day + dt.timedelta(days=mod)).isoformat(), "day", "anchored")
    return None


_COMPARED = re.compile(rf"\b(?:{every_pattern(lambda w: w.compared)})\s", re.IGNORECASE)
_AMOUNT_AFTER = re.compile(r"'s\s+(?:[A-Z]{0,2}[$£€¥]|#|(?:[\w-]+\s+)?(?:results|figures?)\b)")


def compares(ctx: Context, c: Candidate) -> bool:
    """ "compared with $3 million last year", "from last year's $1.55 billion", "last year's
    results": a figure set against the same period of the previous year, not the whole year."""
    left, _ = sentence_bounds(ctx.text, c.start, c.end)
    if _COMPARED.search(ctx.text, max(left, c.start - 80), c.start):
        return True
    return _AMOUNT_AFTER.match(ctx.text, c.end) is not None


def weekend(ref: dt.date, mod: int) -> Resolved:
    """The weekend before (mod < 0), of (0) or after (> 0) the reference date."""
    saturday = cal.weekday_on(ref, 5, -1 if mod < 0 else 1, strict=mod != 0)
    if mod == 0 and ref.weekday() == 6:
        saturday = ref - dt.timedelta(days=1)
    return Resolved(cal.week_value(saturday) + "-WE", "week", "relative")


# --- "two days ago", "hace 3 días", "vor 3 Tagen", "tre giorni fa" ---------------------------


def _ago(v: Vocabulary) -> Shape | None:
    ago = v.ago
    if not ago.prefixes:
        return None
    return Shape(
        core=rf"(?P<anchor>{alt(ago.prefixes)})\s+(?P<num>{v.number})"
        rf"\s+(?P<u>{alt(ago.prefix_units)})\b"
    )


def _ago_after(v: Vocabulary) -> Shape | None:
    ago = v.ago
    if not ago.suffixes:
        return None
    return Shape(
        core=rf"(?P<anchor>{alt(ago.suffixes)})\b",
        left=rf"(?P<num>{v.number})\s+(?P<u>{alt(ago.suffix_units)})\s+(?:or so\s+)?",
        required=True,
    )


def _ago_gate(v: Vocabulary) -> str:
    return alt(v.ago.signs) if v.ago.signs else "(?!)"


@register("ago", rank=310, shape=_ago, gate=_ago_gate)
@register("ago_after", rank=320, shape=_ago_after, gate=_ago_gate)
def _resolve_ago(c: Candidate, ctx: Context) -> Resolved | None:
    if ctx.reference is None:
        return None
    before = re.search(r"([^\W\d_]+)\s+$", ctx.text[max(0, c.start - 12) : c.start])
    durations = {w for words in ctx.vocabulary.words for w in words.duration_before}
    if before is not None and before.group(1).lower() in durations:
        return None  # "desde hace un año": for a year, up to now
    g = c.match
    unit = ctx.vocabulary.units.get(g.text("u").lower())
    sign = ctx.vocabulary.ago.signs.get(SPACE.sub(" ", g.text("anchor").lower()))
    amount = number_of(ctx.vocabulary, g.text("num"))
    if amount is None or unit is None or sign is None:
        return None
    if unit == "year" and amount == 1 and sign < 0:
        anchored = year_before_anchor(c, ctx)
        if anchored is not None:
            return anchored
    return unit_value(ctx.reference, sign * amount, unit)
