"""Resolvers for dates anchored to another date: "a year earlier", "the year-ago quarter",
"24 years after his last visit", "the first visit in 24 years"."""

from __future__ import annotations

import datetime as dt
import re

from timeline.dates import _calendar as cal
from timeline.dates._context import (
    Candidate,
    Context,
    Resolved,
    Resolver,
    number_of,
    unit_value,
)


def year_before_anchor(c: Candidate, ctx: Context) -> Resolved | None:
    """ "a year ago/earlier" in a text about a quarter compares with that quarter a year back."""
    names_quarter = re.match(r"\s+quarter\b", ctx.text[c.end : c.end + 12], re.IGNORECASE)
    quarter = ctx.discussed_quarter(c.start, strict=names_quarter is None)
    if quarter is None:
        return None
    year, _, tail = quarter.partition("-")
    return Resolved(f"{int(year) - 1:04d}-{tail}", "quarter", "anchored")


def _resolve_shift(c: Candidate, ctx: Context) -> Resolved | None:
    """ "24 years after his last visit" → the year of that visit; "a year earlier" → anchor − 1.

    Counts above one ("three days later") are mostly used as durations, so only
    "a/one unit earlier/later" is read as a date.
    """
    g = c.match
    amount = number_of(ctx.grammar, g["num"])
    unit = ctx.grammar.units.get(g["u"].lower())
    if amount is None or unit is None or ctx.reference is None:
        return None
    direction = g["dir"].lower()
    rest = ctx.text[c.end : c.end + 40]
    if direction in ("after", "since"):
        if not re.match(r"\s+(?:his|her|its|their|our|my)\s+(?:last|previous)\b", rest):
            return None
        moved = unit_value(ctx.reference, -amount, unit)
        return Resolved(moved.value, moved.precision, "anchored")
    if direction == "before" or amount != 1:
        return None
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


_LONGER_PERIOD = re.compile(r"\s+(?:six|nine|\d+)[\s-]months?\b", re.IGNORECASE)


def _resolve_year_ago(c: Candidate, ctx: Context) -> Resolved | None:
    if _LONGER_PERIOD.match(ctx.text, c.end):
        return None  # "the year-earlier nine months" is a stretch of time, not a date
    anchored = year_before_anchor(c, ctx)
    if anchored is not None:
        return anchored
    if ctx.reference is None:
        return None
    return Resolved(f"{ctx.reference.year - 1:04d}", "year", "relative")


def _resolve_first_in(c: Candidate, ctx: Context) -> Resolved | None:
    g = c.match
    amount = number_of(ctx.grammar, g["num"])
    if amount is None or ctx.reference is None:
        return None
    unit = g["u"].lower()
    years = amount * 10 if unit.startswith("decade") else amount
    if unit.startswith("month"):
        year, month = cal.shift_months(ctx.reference.year, ctx.reference.month, -amount)
        return Resolved(cal.month_value(year, month), "month", "anchored")
    return Resolved(f"{ctx.reference.year - years:04d}", "year", "anchored")


def _resolve_then(c: Candidate, ctx: Context) -> Resolved | None:
    """ "Until then", "by then": the date the text named just before ("since then" opens a
    stretch of time and is left alone)."""
    anchor = ctx.anchor(c.start)
    if anchor is None or anchor.end_value is not None or not anchor.value[:4].isdigit():
        return None
    return Resolved(anchor.value, anchor.precision, "anchored")


RESOLVERS: dict[str, Resolver] = {
    "shift": _resolve_shift,
    "year_ago": _resolve_year_ago,
    "first_in": _resolve_first_in,
    "then": _resolve_then,
}
