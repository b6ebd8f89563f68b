"""Dates anchored to another date (English): "a year earlier", "the year-ago quarter",
"24 years after his last visit", "the first visit in 24 years", "until then"."""

from __future__ import annotations

import datetime as dt
import re

from timeline.dates import _calendar as cal
from timeline.dates._context import SPACE, Candidate, Context, Resolved, number_of, unit_value
from timeline.dates._regex import alt
from timeline.dates._registry import Shape, register
from timeline.dates._vocabulary import Vocabulary, english_counts

_ENGLISH = frozenset({"en"})


def _shift_gate(v: Vocabulary) -> str:
    return alt(w for words in v.words for w in words.shifts) or "(?!)"


def _anaphoric_gate(v: Vocabulary) -> str:
    return alt(w for words in v.words for w in words.anaphoric) or "(?!)"


def year_before_anchor(c: Candidate, ctx: Context) -> Resolved | None:
    """ "a year ago/earlier" in a text about a quarter compares with that quarter a year back."""
    names_quarter = re.match(r"\s+quarter\b", ctx.text[c.end : c.end + 12], re.IGNORECASE)
    quarter = ctx.discussed_quarter(c.start, strict=names_quarter is None)
    if quarter is None:
        return None
    year, _, tail = quarter.partition("-")
    return Resolved(f"{int(year) - 1:04d}-{tail}", "quarter", "anchored")


# --- "a year earlier", "24 years after his last visit" ---------------------------------------


_SHIFT = Shape(
    core=r"(?P<dir>earlier|later|before|after|since)\b",
    left=rf"(?P<num>{english_counts()}|\d{{1,3}})\s+(?P<u>days?|weeks?|months?|years?)\s+",
    required=True,
)


@register(
    "shift", rank=210, shape=_SHIFT, gate="earlier|later|before|after|since", languages=_ENGLISH
)
def _resolve_shift(c: Candidate, ctx: Context) -> Resolved | None:
    """ "24 years after his last visit" → the year of that visit; "a year earlier" → anchor − 1.

    Counts above one ("three days later") count from a story's date in focus, or from a day
    the text has just named (see `_counted_shift`).
    """
    g = c.match
    amount = number_of(ctx.vocabulary, g.text("num"))
    unit = ctx.vocabulary.units.get(g.text("u").lower())
    if amount is None or unit is None or ctx.reference is None:
        return None
    direction = g.text("dir").lower()
    rest = ctx.text[c.end : c.end + 40]
    if direction in ("after", "since"):
        if not re.match(r"\s+(?:his|her|its|their|our|my)\s+(?:last|previous)\b", rest):
            return None
        moved = unit_value(ctx.reference, -amount, unit)
        return Resolved(moved.value, moved.precision, "anchored")
    if direction == "before":
        return None
    if amount != 1:
        return _counted_shift(c, ctx, amount if direction == "later" else -amount, unit)
    if unit == "year" and direction == "earlier":
        anchored = year_before_anchor(c, ctx)
        if anchored is not None:
            return anchored
    located = ctx.anchor_at(c.start)
    anchor = located[1] if located else None
    if unit == "year" and ctx.names_longer_period_since(located[0] if located else -1, c.start):
        # "For the nine months, ... a year earlier": last year, as a whole
        return Resolved(f"{ctx.reference.year - 1:04d}", "year", "anchored")
    if anchor is None or not anchor.value[:4].isdigit():
        return None
    sign = 1 if direction == "later" else -1
    if anchor.precision == "day":
        # "ended Aug. 12, ... a year earlier": the same day a year before, as TimeML reads it
        moved_day = cal.shift(dt.date.fromisoformat(anchor.value), sign, unit)
        return Resolved(moved_day.isoformat(), "day", "anchored")
    if unit != "year":
        return None
    return Resolved(f"{int(anchor.value[:4]) + sign:04d}", "year", "anchored")


# --- "ese mismo día", "lo stesso giorno", "naquele ano", "esa fecha" ---------------------------


def _anaphoric(v: Vocabulary) -> Shape | None:
    words = {w for words in v.words for w in words.anaphoric}
    if not words:
        return None
    nouns = {w for w, unit in v.units.items() if unit in ("day", "month", "year") and len(w) >= 3}
    nouns = {w for w in nouns if not re.search(r"(?:[oa]s|i|..es)$", w)}  # singular only
    nouns |= {w for words in v.words for w in words.date_nouns}
    return Shape(core=rf"(?P<u>{alt(nouns)})(?!\w)", left=rf"(?:{alt(words)})\s*", required=True)


@register("anaphoric", rank=205, shape=_anaphoric, gate=_anaphoric_gate)
def _resolve_anaphoric(c: Candidate, ctx: Context) -> Resolved | None:
    """ "ese mismo día", "quel giorno", "naquele ano": the day, month or year of the date the
    text just named."""
    anchor = ctx.anchor(c.start)
    if anchor is None or anchor.end_value is not None or not anchor.value[:4].isdigit():
        return None
    unit = ctx.vocabulary.units.get(c.match.text("u").lower(), "day")
    if unit == "year":
        return Resolved(anchor.value[:4], "year", "anchored")
    wanted = ("day",) if unit == "day" else ("day", "month")
    if anchor.precision not in wanted:
        return None
    if unit == "month":
        return Resolved(anchor.value[:7], "month", "anchored")
    return Resolved(anchor.value[:10], "day", "anchored")


# --- "un año antes", "um dia depois", "un anno dopo" ------------------------------------------


def _shift_words(v: Vocabulary) -> Shape | None:
    shifts = {w for words in v.words for w in words.shifts}
    ones = [w for w, n in v.number_words.items() if n == 1]
    if not shifts or not ones:
        return None
    units = {w for w, unit in v.units.items() if unit in ("day", "month", "year") and len(w) >= 3}
    return Shape(
        core=rf"(?P<dir>{alt(shifts)})(?!\w)",
        left=rf"(?:{alt(ones)})\s+(?P<u>{alt(units)})\s+",
        required=True,
    )


@register("shift_words", rank=215, shape=_shift_words, gate=_shift_gate)
def _resolve_shift_words(c: Candidate, ctx: Context) -> Resolved | None:
    """ "un año antes", "um dia depois": one day, month or year from the date just named
    (larger counts are mostly durations: "tres años después")."""
    g = c.match
    unit = ctx.vocabulary.units.get(g.text("u").lower())
    word = SPACE.sub(" ", g.text("dir").lower())
    sign = next((w.shifts[word] for w in ctx.vocabulary.words if word in w.shifts), 0)
    if unit == "year" and sign < 0:
        anchored = year_before_anchor(c, ctx)  # "um ano antes" in a quarterly report
        if anchored is not None:
            return anchored
    anchor = ctx.anchor(c.start)
    if unit is None or not sign or anchor is None or not anchor.value[:4].isdigit():
        return None
    if anchor.end_value is not None:
        return None
    if anchor.precision == "day":
        moved = cal.shift(dt.date.fromisoformat(anchor.value[:10]), sign, unit)
        return Resolved(moved.isoformat(), "day", "anchored")
    if unit == "year":
        return Resolved(f"{int(anchor.value[:4]) + sign:04d}", "year", "anchored")
    if unit == "month" and anchor.precision == "month":
        year, month = cal.shift_months(int(anchor.value[:4]), int(anchor.value[5:7]), sign)
        return Resolved(cal.month_value(year, month), "month", "anchored")
    return None


def _counted_shift(c: Candidate, ctx: Context, amount: int, unit: str) -> Resolved | None:
    """ "Two days later", "three weeks later", "four years earlier": in a story, from the
    date in focus at the unit's precision; in news only days and weeks, from a day named
    just before ("It opened on June 3. Four days later ..."): elsewhere such counts are
    mostly durations ("sales rose 5% three years later")."""
    day = ctx.day_anchor(c.start)
    if day is not None and unit in ("day", "week"):
        moved = unit_value(day, amount, unit)
        return Resolved(moved.value, moved.precision, "anchored")
    current = ctx.story.current if ctx.narrating else None
    if current is None or unit not in ("month", "year"):
        return None
    anchor = current[1]
    if unit == "year":
        return Resolved(f"{int(anchor.value[:4]) + amount:04d}", "year", "anchored")
    if anchor.precision not in ("month", "day"):
        return None
    year, month = cal.shift_months(int(anchor.value[:4]), int(anchor.value[5:7]), amount)
    return Resolved(cal.month_value(year, month), "month", "anchored")


# --- "the year-ago quarter", "a year ago" ----------------------------------------------------

_LONGER_PERIOD = re.compile(r"\s+(?:six|nine|\d+)[\s-]months?\b", re.IGNORECASE)


_YEAR_AGO = Shape(core=r"year[- ](?:ago|earlier)\b", left=r"(?:the\s+)?(?:comparable\s+)?")


@register("year_ago", rank=220, shape=_YEAR_AGO, gate="year", languages=_ENGLISH)
def _resolve_year_ago(c: Candidate, ctx: Context) -> Resolved | None:
    if _LONGER_PERIOD.match(ctx.text, c.end):
        return None  # "the year-earlier nine months" is a stretch of time, not a date
    anchored = year_before_anchor(c, ctx)
    if anchored is not None:
        return anchored
    if ctx.reference is None:
        return None
    return Resolved(f"{ctx.reference.year - 1:04d}", "year", "relative")


# --- "until then", "by then" -----------------------------------------------------------------


_THEN = Shape(core=r"then\b", left=r"(?:until|till|by)\s+", required=True)


@register("then", rank=260, shape=_THEN, gate="then", languages=_ENGLISH)
def _resolve_then(c: Candidate, ctx: Context) -> Resolved | None:
    """ "Until then", "by then": the date the text named just before ("since then" opens a
    stretch of time and is left alone)."""
    anchor = ctx.anchor(c.start)
    if anchor is None or anchor.end_value is not None or not anchor.value[:4].isdigit():
        return None
    return Resolved(anchor.value, anchor.precision, "anchored")


# --- "the first visit in 24 years" -----------------------------------------------------------


_FIRST_IN = Shape(
    core=rf"first\b[^.;!?]{{0,80}}?\bin\s+(?:more than\s+|nearly\s+|almost\s+)?"
    rf"(?P<num>{english_counts()}|\d{{1,3}})\s+(?P<u>years|months|decades)\b"
)


@register("first_in", rank=300, shape=_FIRST_IN, gate="first", languages=_ENGLISH)
def _resolve_first_in(c: Candidate, ctx: Context) -> Resolved | None:
    g = c.match
    amount = number_of(ctx.vocabulary, g.text("num"))
    if amount is None or ctx.reference is None:
        return None
    unit = g.text("u").lower()
    years = amount * 10 if unit.startswith("decade") else amount
    if unit.startswith("month"):
        year, month = cal.shift_months(ctx.reference.year, ctx.reference.month, -amount)
        return Resolved(cal.month_value(year, month), "month", "anchored")
    return Resolved(f"{ctx.reference.year - years:04d}", "year", "anchored")
