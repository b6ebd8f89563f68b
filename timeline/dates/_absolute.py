"""Resolvers for dates the text writes out: "June 19, 2024", "19/06/24", "the 1990s", "1961".

Without a year ("June 19") a day needs the reference date and is resolved as relative.
"""

from __future__ import annotations

from timeline.dates import _calendar as cal
from timeline.dates._context import (
    Candidate,
    Context,
    Resolved,
    Resolver,
    absolute_day,
    month_of,
    safe_day,
)
from timeline.dates._cues import is_cased_month, is_year_context
from timeline.dates._grammar import DAY_WORD_VALUES
from timeline.dates._words import year_of
from timeline.dates.mention import Resolution


def _resolve_iso(c: Candidate, ctx: Context) -> Resolved | None:
    g = c.match
    if g["d"] is None:
        return Resolved(f"{g['y']}-{g['m']}", "month", "absolute")
    return absolute_day(int(g["y"]), int(g["m"]), int(g["d"]))


def _resolve_numeric(c: Candidate, ctx: Context) -> Resolved | None:
    """ "6/19/2024" in the locale's day/month order; "19/06/24" goes to dateparser, which
    picks the century and the order from the locale."""
    if len(c.match["y"]) == 2:
        from timeline.dates._fallback import parse_phrase

        parsed = parse_phrase(c.match.group(0), ctx.grammar.languages, ctx.reference)
        if parsed is None or parsed[1] != "day":
            return None
        return Resolved(parsed[0].isoformat(), "day", "absolute")
    a, b, year = int(c.match["a"]), int(c.match["b"]), int(c.match["y"])
    month, day = (a, b) if ctx.grammar.date_order.startswith("M") else (b, a)
    return absolute_day(year, month, day)


def _day_month(
    c: Candidate, ctx: Context, month: int, day: int, month2: int | None, day2: str | None
) -> Resolved | None:
    g = c.match
    if g["y"]:
        year = year_of(g["y"])
        first = safe_day(year, month, day) if year else None
        resolution: Resolution = "absolute"
    elif ctx.reference is not None:
        first = cal.nearest_day(ctx.reference, month, day, ctx.tense(c.start, c.end))
        resolution = "relative"
    else:
        return None
    if first is None:
        return None
    if not day2:
        return Resolved(first.isoformat(), "day", resolution)
    last = safe_day(first.year, month2 or month, int(day2))
    if last is None or last < first:
        return None
    return Resolved(first.isoformat(), "day", resolution, last.isoformat())


def _resolve_mdy(c: Candidate, ctx: Context) -> Resolved | None:
    g = c.match
    month = month_of(ctx.grammar, g["m"])
    if month is None or not is_cased_month(ctx, g, "m"):
        return None
    month2 = month_of(ctx.grammar, g["m2"]) if g["m2"] else None
    day = int(g["d"]) if g["d"] else DAY_WORD_VALUES[g["dw"].lower()]
    return _day_month(c, ctx, month, day, month2, g["d2"])


def _resolve_dmy(c: Candidate, ctx: Context) -> Resolved | None:
    g = c.match
    month = month_of(ctx.grammar, g["m"])
    if month is None or not is_cased_month(ctx, g, "m"):
        return None
    resolved = _day_month(c, ctx, month, int(g["d"]), None, g["d2"])
    return resolved


def _resolve_month_year(c: Candidate, ctx: Context) -> Resolved | None:
    g = c.match
    month = month_of(ctx.grammar, g["m"])
    if month is None or not is_cased_month(ctx, g, "m"):
        return None
    year = year_of(g["y"])
    if year is None:
        return None
    value = cal.month_value(year, month)
    end_value = None
    if g["m2"]:
        month2 = month_of(ctx.grammar, g["m2"])
        if month2 is None:
            return None
        end_value = cal.month_value(int(g["y2"]), month2)
        if end_value < value:
            return None
    return Resolved(value, "month", "absolute", end_value)


def _resolve_year(c: Candidate, ctx: Context) -> Resolved | None:
    if not is_year_context(ctx.text, c.start, c.end, ctx.grammar):
        return None
    return Resolved(c.match["y"], "year", "absolute")


def _resolve_year_range(c: Candidate, ctx: Context) -> Resolved | None:
    first, second = c.match["y"], c.match["y2"]
    if len(second) == 2:
        second = first[:2] + second
    if not first < second or int(second) - int(first) > 50:
        return None
    if not is_year_context(ctx.text, c.start, c.end, ctx.grammar):
        return None
    return Resolved(first, "year", "absolute", second)


def _resolve_decade(c: Candidate, ctx: Context) -> Resolved | None:
    g = c.match
    if g["dec"]:
        return Resolved(g["dec"], "decade", "absolute")
    tens = int(g["d2"]) if g["d2"] else ctx.grammar.tens.get(g["tens"] or "")
    if tens is None:
        return None
    return Resolved(f"19{tens}", "decade", "absolute")


def _resolve_spelled_year(c: Candidate, ctx: Context) -> Resolved | None:
    g = c.match
    if g["y"].lower().startswith("two") and not g["the"]:
        return None  # "two thousand" alone is usually a count
    year = year_of(g["y"])
    return Resolved(f"{year:04d}", "year", "absolute") if year else None


RESOLVERS: dict[str, Resolver] = {
    "iso": _resolve_iso,
    "numeric": _resolve_numeric,
    "mdy": _resolve_mdy,
    "dmy": _resolve_dmy,
    "month_year": _resolve_month_year,
    "year": _resolve_year,
    "year_range": _resolve_year_range,
    "decade": _resolve_decade,
    "spelled_year": _resolve_spelled_year,
}
