"""Dates the text writes out: "June 19, 2024", "19/06/24", "the 1990s", "1961".

Without a year ("June 19") a day needs the reference date and is resolved as relative.
"""

from __future__ import annotations

from timeline.dates import _calendar as cal
from timeline.dates._context import (
    Candidate,
    Context,
    Found,
    Resolved,
    absolute_day,
    month_of,
    safe_day,
    year_of,
)
from timeline.dates._cues import is_cased_month, is_year_context
from timeline.dates._regex import alt
from timeline.dates._registry import Shape, register
from timeline.dates._vocabulary import DASH, DAY, DIGIT_GUARD, ORDINAL, YEAR, Vocabulary
from timeline.dates.mention import Resolution

_JOIN = r"(?:,?\s+(?:of|de|del|di)\s+|,?\s*)"
"""Between a month and its year: "March of 1998", "marzo de 1998", "March 1998"."""


def _months(v: Vocabulary) -> str:
    return alt(v.months)


def _cased_month(ctx: Context, g: Found) -> int | None:
    """The month group's number, when its case says it is a month (see `is_cased_month`)."""
    month = month_of(ctx.vocabulary, g.text("m"))
    return month if month is not None and is_cased_month(ctx, g, "m") else None


# --- "2024-06-19" ----------------------------------------------------------------------------


_ISO = Shape(
    core=r"(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])(?:-(?P<d>0[1-9]|[12]\d|3[01]))?(?![\d\-])",
    guard=DIGIT_GUARD,
)


@register("iso", rank=10, shape=_ISO, gate="-")
def _resolve_iso(c: Candidate, ctx: Context) -> Resolved | None:
    g = c.match
    day = g["d"]
    if day is None:
        return Resolved(f"{g.text('y')}-{g.text('m')}", "month", "absolute")
    return absolute_day(int(g.text("y")), int(g.text("m")), int(day))


# --- "6/19/2024", "19.06.2024" ---------------------------------------------------------------


_NUMERIC = Shape(
    core=r"(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?!\d|[./]\d)",
    guard=DIGIT_GUARD,
)


@register("numeric", rank=20, shape=_NUMERIC, gate=r"[./]")
def _resolve_numeric(c: Candidate, ctx: Context) -> Resolved | None:
    """ "6/19/2024" in the locale's day/month order; "19/06/24" goes to dateparser, which
    picks the century and the order from the locale."""
    g = c.match
    if len(g.text("y")) == 2:
        from timeline.dates._fallback import parse_phrase

        parsed = parse_phrase(g.group(0), ctx.vocabulary.languages, ctx.reference)
        if parsed is None or parsed[1] != "day":
            return None
        return Resolved(parsed[0].isoformat(), "day", "absolute")
    a, b, year = int(g.text("a")), int(g.text("b")), int(g.text("y"))
    month, day = (a, b) if ctx.vocabulary.date_order.startswith("M") else (b, a)
    return absolute_day(year, month, day)


# --- "June 19, 2024", "June 18-19", "March eighth" -------------------------------------------


def _day_month(
    c: Candidate,
    ctx: Context,
    day: int,
    month2: int | None,
    day2: str | None,
    direction: int | None = None,
) -> Resolved | None:
    """A day of the month the match names (its end too, for "June 18-19"); `direction` is a
    modifier's ("dernier" -1, "prochain" +1), which settles the year instead of the tense."""
    month = _cased_month(ctx, c.match)
    if month is None:
        return None
    year_text = c.match["y"]
    if year_text:
        year = year_of(year_text)
        first = safe_day(year, month, day) if year else None
        resolution: Resolution = "absolute"
    elif ctx.reference is not None:
        tense = 2 * direction if direction else ctx.tense(c.start, c.end)
        first = cal.nearest_day(ctx.reference, month, day, tense)
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


def _mdy(v: Vocabulary) -> Shape:
    day_words = ""
    if v.day_ordinals:
        words = "|".join(sorted(v.day_ordinals, key=len, reverse=True))
        day_words = rf"|(?:the\s+)?(?P<dw>{words})(?![\w-])"
    return Shape(
        core=rf"(?P<m>{v.month_any})\s*(?:(?P<d>{DAY}){ORDINAL}(?!\d|:\d){day_words})"
        rf"(?:{DASH}(?:(?P<m2>{v.month_any})\s*)?(?P<d2>{DAY}){ORDINAL}(?!\d|:\d))?"
        rf"(?:,?\s*(?P<y>{v.year_any})(?!\d))?(?!\s*(?:%|percent|per cent|\d))",
        left=v.edge,
    )


@register("mdy", rank=30, shape=_mdy, gate=_months)
def _resolve_mdy(c: Candidate, ctx: Context) -> Resolved | None:
    g = c.match
    second = g["m2"]
    month2 = month_of(ctx.vocabulary, second) if second else None
    digits = g["d"]
    day = int(digits) if digits else ctx.vocabulary.day_ordinals[g.text("dw").lower()]
    return _day_month(c, ctx, day, month2, g["d2"])


# --- "19 June 2024", "18-19 de junio", "3. März" ---------------------------------------------


def _dmy(v: Vocabulary) -> Shape:
    # "le 8 mars dernier", "el 3 de mayo próximo": a modifier after the month picks the year
    modified = rf"|\s+(?P<mod2>{v.mods_after})" if v.mods_after else ""
    return Shape(
        core=rf"(?P<d>{DAY})(?:{ORDINAL}|\.)"
        rf"(?:{DASH}(?P<d2>{DAY})(?:{ORDINAL}|\.)?)?\s*(?:(?:of|de)\s+)?"
        rf"(?P<m>{v.month_any})(?:{_JOIN}(?P<y>{YEAR})(?!\d){modified})?(?!\w)",
        guard=DIGIT_GUARD,
    )


@register("dmy", rank=40, shape=_dmy, gate=_months)
def _resolve_dmy(c: Candidate, ctx: Context) -> Resolved | None:
    mod = c.match["mod2"]
    direction = ctx.vocabulary.modifiers.get(mod.lower()) if mod else None
    return _day_month(c, ctx, int(c.match.text("d")), None, c.match["d2"], direction)


# --- "October 2022", "marzo de 1998", "May 1940 – June 1941" ---------------------------------


def _month_year(v: Vocabulary) -> Shape:
    return Shape(
        core=rf"(?P<m>{v.month_any}){_JOIN}(?P<y>{v.year_any})(?!\d)"
        rf"(?:{DASH}(?P<m2>{v.month_any}){_JOIN}(?P<y2>{YEAR})(?!\d))?",
        left=v.edge,
    )


@register("month_year", rank=50, shape=_month_year, gate=_months)
def _resolve_month_year(c: Candidate, ctx: Context) -> Resolved | None:
    g = c.match
    year, month = year_of(g.text("y")), _cased_month(ctx, g)
    if month is None or year is None:
        return None
    value = cal.month_value(year, month)
    end_value = None
    second = g["m2"]
    if second:
        month2 = month_of(ctx.vocabulary, second)
        if month2 is None:
            return None
        end_value = cal.month_value(int(g.text("y2")), month2)
        if end_value < value:
            return None
    return Resolved(value, "month", "absolute", end_value)


# --- "1914-18", "2003–2007" ------------------------------------------------------------------


_YEAR_RANGE = Shape(
    core=rf"(?P<y>{YEAR})\s*[–—\-]\s*(?P<y2>\d{{4}}|\d{{2}})(?![\w%\-]|[.,]\d)",
    guard=DIGIT_GUARD,
)
_LIFESPAN = 120
"""A range in brackets after a name may be a life: "(1898-1976)"."""


@register("year_range", rank=100, shape=_YEAR_RANGE, gate=r"\d[–—\-]")
def _resolve_year_range(c: Candidate, ctx: Context) -> Resolved | None:
    """ "1914-18", "2003–2007", a life "(1898-1976)"."""
    first, second = c.match.text("y"), c.match.text("y2")
    if len(second) == 2:
        second = first[:2] + second
    bracketed = ctx.text[c.start - 1 : c.start] == "(" and ctx.text[c.end : c.end + 1] == ")"
    longest = _LIFESPAN if bracketed else 50
    if not first < second or int(second) - int(first) > longest:
        return None
    if not is_year_context(ctx.text, c.start, c.end, ctx.vocabulary):
        return None
    return Resolved(first, "year", "absolute", second)


# --- seasons of two years: "2002/2003", "2014/15" -------------------------------------------

_NEXT = "|".join(rf"{d}/(?:(?P=cent)(?P=ten)|(?P=ten)){d + 1}" for d in range(9))
_SEASON_YEARS = Shape(
    core=rf"(?P<cent>1[1-9]|20)(?P<ten>\d)(?:{_NEXT})(?![\w%/\-]|[.,]\d)",
    guard=DIGIT_GUARD,
)
"""A year and the next one after a slash; "2005/2010" is a list, not a season."""


@register("season_years", rank=105, shape=_SEASON_YEARS, gate=r"\d/\d")
def _resolve_season_years(c: Candidate, ctx: Context) -> Resolved | None:
    """ "la saison 2002/2003", "Saison 2014/15": a season across two years, as a range."""
    first = int(c.match.group(0)[:4])
    if not is_year_context(ctx.text, c.start, c.end, ctx.vocabulary):
        return None
    return Resolved(f"{first:04d}", "year", "absolute", f"{first + 1:04d}")


_YEAR_AFTER_SLASH = Shape(
    core=rf"(?<=(?:1[1-9]|20)\d\d/)(?P<y>{YEAR})(?![\w%/]|[.,]\d)",
    guard=DIGIT_GUARD.replace("/", ""),
)
"""The second of two years written "2005/2010" (a list: each is a year of its own)."""


@register("year_after_slash", rank=106, shape=_YEAR_AFTER_SLASH, gate=r"\d/\d")
def _resolve_year_after_slash(c: Candidate, ctx: Context) -> Resolved | None:
    if not is_year_context(ctx.text, c.start, c.end, ctx.vocabulary):
        return None
    return Resolved(c.match.text("y"), "year", "absolute")


# --- decades: "the 1990s", "1990er Jahre", "la década de 1990", "los años noventa" -----------


def _decade(v: Vocabulary) -> Shape:
    return Shape(
        core=r"(?P<dec>1\d\d|20\d)0(?:'?s\b|er(?:\s+jahren?)?\b)",
        left=r"(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?" if v.english else None,
        guard=DIGIT_GUARD,
    )


_DECADE_NOUN = Shape(
    core=r"(?:d[ée]cadas?|decenni[oa])\s+(?:de\s+|del\s+|dos\s+|des\s+|dei\s+)?(?:los\s+)?"
    r"(?P<dec>1\d\d|20\d)0\b"
)


def _decade_years(v: Vocabulary) -> Shape | None:
    """Plural year nouns ("años", "années", "anni", "anos") introduce decades."""
    plurals = {w for w, u in v.units.items() if u == "year" and len(w) > 3 and w[-1] in "si"}
    plurals -= {"years"}
    if not plurals:
        return None
    tens = rf"|(?P<tens>{alt(v.tens)})" if v.tens else ""
    return Shape(core=rf"(?:{alt(plurals)})\s+(?:(?P<dec>1\d\d|20\d)0|(?P<d2>[2-9])0{tens})\b")


@register("decade", rank=110, shape=_decade)
@register("decade_noun", rank=120, shape=_DECADE_NOUN)
@register("decade_years", rank=140, shape=_decade_years)
def _resolve_decade(c: Candidate, ctx: Context) -> Resolved | None:
    g = c.match
    decade = g["dec"]
    if decade:
        return Resolved(decade, "decade", "absolute")
    digit = g["d2"]
    tens = int(digit) if digit else ctx.vocabulary.tens.get(g["tens"] or "")
    if tens is None:
        return None
    return Resolved(f"19{tens}", "decade", "absolute")


# --- "1961" ----------------------------------------------------------------------------------


def _year(v: Vocabulary) -> Shape:
    return Shape(
        core=rf"(?P<y>{YEAR})(?![\w%]|[.,]\d|-\d)",
        left=r"(?P<pre>fiscal\s*|fy\s*|mid-)" if v.english else None,
        guard=DIGIT_GUARD,
    )


@register("year", rank=130, shape=_year)
def _resolve_year(c: Candidate, ctx: Context) -> Resolved | None:
    if not is_year_context(ctx.text, c.start, c.end, ctx.vocabulary):
        return None
    return Resolved(c.match.text("y"), "year", "absolute")
