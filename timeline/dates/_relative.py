"""Resolvers for dates counted from the reference date: weekdays, "yesterday", "last week",
"two days ago", bare months, quarters, seasons and "the year"."""

from __future__ import annotations

import datetime as dt
import re

from timeline.dates import _calendar as cal
from timeline.dates._anchored import year_before_anchor
from timeline.dates._context import (
    SPACE,
    Candidate,
    Context,
    Found,
    Resolved,
    Resolver,
    month_of,
    number_of,
    original,
    unit_value,
)
from timeline.dates._cues import (
    follows_name,
    is_cased_month,
    is_generic,
    is_morning,
    is_named_weekday,
    is_recurring,
    is_title,
    precedes_name,
)
from timeline.dates._grammar import ORDINALS, SEASON_WORDS
from timeline.dates._holidays import BARE_HOLIDAYS, holiday_date
from timeline.dates._tense import sentence_bounds
from timeline.dates._words import year_of

_DEADLINE = re.compile(r"[a-z,]\s+(?:by|until|till|through)\s+$")
"""A deadline mid-sentence; "By February, the rebels had ..." opens a sentence instead."""


def _resolve_month(c: Candidate, ctx: Context) -> Resolved | None:
    g = c.match
    month = month_of(ctx.grammar, g["m"])
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
        offset = ctx.grammar.modifiers.get(SPACE.sub(" ", year_mod.lower()))
        if offset is None:
            return None
        return Resolved(cal.month_value(ref.year + offset, month), "month", "relative")
    mod_word = g["mod"] or g["mod2"]
    mod = ctx.grammar.modifiers.get(mod_word.lower()) if mod_word else None
    if mod is None:
        tense = ctx.tense(c.start, c.end)
        if tense > -2 and _DEADLINE.search(ctx.text, max(0, c.start - 12), c.start):
            tense = 1  # "to pay down the loan by February": a deadline lies ahead
        year = cal.nearest_month(ref, month, tense)
    else:
        year = cal.month_year(ref, month, mod)
        if mod < 0 and (ref.month - month) % 12 == 1 and mod_word.lower() != "this past":
            # the month just ended is "last month": "last February" said in March is a
            # year back ("this past February" is the one just ended)
            year -= 1
    return Resolved(cal.month_value(year, month), "month", "relative")


def _resolve_weekday(c: Candidate, ctx: Context) -> Resolved | None:
    g = c.match
    if ctx.reference is None or is_recurring(ctx.text, c) or is_named_weekday(ctx, c, "w"):
        return None
    word = g["w"].lower().rstrip(".")
    weekday = ctx.grammar.weekdays.get(word)
    lower_english = "en" in ctx.grammar.languages and not original(ctx, g, "w")[:1].isupper()
    if weekday is None or (lower_english and len(ctx.grammar.languages) == 1):
        return None
    mod_word = g["mod"] or g.groupdict().get("mod2")
    mod = ctx.grammar.modifiers.get(mod_word.lower()) if mod_word else None
    ref = ctx.reference
    base = ctx.day_in_focus(c.start) if mod_word and mod_word.lower() == "previous" else None
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
        day = cal.weekday_on(ref, weekday, 1 if tense > 0 else -1, strict=False)
    return Resolved(day.isoformat(), "day", "relative")


def _resolve_relative(c: Candidate, ctx: Context) -> Resolved | None:
    if ctx.reference is None or is_title(ctx, c):
        return None
    phrase = SPACE.sub(" ", c.match["rel"].lower())
    meaning = ctx.grammar.relative.get(phrase)
    if meaning is None:
        return None
    if phrase in ("mañana", "morgen") and is_morning(ctx.text, c):
        return None
    if is_generic(ctx.text, c):
        return None
    if meaning == (-1, "year") and _compares(ctx, c):
        anchored = year_before_anchor(c, ctx)
        if anchored is not None:
            return anchored
    return unit_value(ctx.reference, *meaning)


def _resolve_mod_unit(c: Candidate, ctx: Context) -> Resolved | None:
    if ctx.reference is None or is_title(ctx, c):
        return None
    g = c.match
    mod = ctx.grammar.modifiers.get(SPACE.sub(" ", g["mod"].lower()))
    word = g["u"].lower()
    if mod is None:
        return None
    ref = ctx.reference
    if word == "quarter" and mod == 0:
        return _this_quarter(c, ctx)
    if word == "quarter":
        year, quarter = cal.quarter_of(ref)
        index = year * 4 + quarter - 1 + mod
        return Resolved(f"{index // 4:04d}-Q{index % 4 + 1}", "quarter", "relative")
    if word == "weekend":
        return _weekend(ref, mod)
    unit = ctx.grammar.units.get(word)
    if unit is None:
        return None
    if unit == "year" and mod == -1 and word == "year" and _compares(ctx, c):
        anchored = year_before_anchor(c, ctx)
        if anchored is not None:
            return anchored
    return unit_value(ref, mod, unit)


_COMPARED = re.compile(r"\b(?:compared\s+(?:with|to)|versus|vs\.)\s", re.IGNORECASE)
_AMOUNT_AFTER = re.compile(r"'s\s+(?:[A-Z]{0,2}[$£€¥]|#|(?:[\w-]+\s+)?(?:results|figures?)\b)")


def _compares(ctx: Context, c: Candidate) -> bool:
    """ "compared with $3 million last year", "from last year's $1.55 billion", "last year's
    results": a figure set against the same period of the previous year, not the whole year."""
    left, _ = sentence_bounds(ctx.text, c.start, c.end)
    if _COMPARED.search(ctx.text, max(left, c.start - 80), c.start):
        return True
    return _AMOUNT_AFTER.match(ctx.text, c.end) is not None


def _this_quarter(c: Candidate, ctx: Context) -> Resolved | None:
    """ "this quarter": the current one, unless a report on an ended quarter is under way and
    the sentence does not look ahead ("This quarter's loss includes ...")."""
    if ctx.reference is None:
        return None
    discussed = ctx.discussed_quarter(c.start)
    if discussed and ctx.tense(c.start, c.end) <= 0:
        return Resolved(discussed, "quarter", "anchored")
    year, quarter = cal.quarter_of(ctx.reference)
    return Resolved(f"{year:04d}-Q{quarter}", "quarter", "relative")


def _weekend(ref: dt.date, mod: int) -> Resolved:
    saturday = cal.weekday_on(ref, 5, -1 if mod < 0 else 1, strict=mod != 0)
    if mod == 0 and ref.weekday() == 6:
        saturday = ref - dt.timedelta(days=1)
    return Resolved(cal.week_value(saturday) + "-WE", "week", "relative")


def _resolve_weekend(c: Candidate, ctx: Context) -> Resolved | None:
    if ctx.reference is None:
        return None
    mod = ctx.grammar.modifiers.get(c.match["mod"].lower())
    if mod is None:
        mod = ctx.tense(c.start, c.end) or -1
        if ctx.reference.weekday() >= 5:
            mod = 0
    return _weekend(ctx.reference, mod)


def _resolve_ago(c: Candidate, ctx: Context) -> Resolved | None:
    if ctx.reference is None:
        return None
    g = c.match
    unit = ctx.grammar.units.get(g["u"].lower())
    sign = ctx.grammar.ago_signs.get(SPACE.sub(" ", g["anchor"].lower()))
    amount = number_of(ctx.grammar, g["num"])
    if amount is None or unit is None or sign is None:
        return None
    if unit == "year" and amount == 1 and sign < 0:
        anchored = year_before_anchor(c, ctx)
        if anchored is not None:
            return anchored
    return unit_value(ctx.reference, sign * amount, unit)


def _resolve_season(c: Candidate, ctx: Context) -> Resolved | None:
    g = c.match
    code = SEASON_WORDS[g["s"].lower()]
    if g["y"]:
        year = year_of(g["y"])
        return Resolved(f"{year:04d}-{code}", "season", "absolute") if year else None
    mod_word = (g["mod"] or "").lower()
    if not mod_word or ctx.reference is None:
        return None
    index = ("SP", "SU", "FA", "WI").index(code)
    year, current = cal.season_of(ctx.reference)
    mod = {"last": -1, "this past": -1, "next": 1, "this coming": 1, "this": 0}.get(mod_word)
    if mod == 0:
        return Resolved(
            f"{ctx.reference.year - (ctx.reference.month < 3 and index < 3):04d}-{code}",
            "season",
            "relative",
        )
    if mod is None:
        mod = 0 if index == current else ctx.tense(c.start, c.end)
    if mod < 0:
        year = year if index < current else year - 1
    elif mod > 0:
        year = year if index > current else year + 1
    return Resolved(f"{year:04d}-{code}", "season", "relative")


def _resolve_quarter(c: Candidate, ctx: Context) -> Resolved | None:
    g = c.match
    quarter = ORDINALS[g["ord"].lower()]
    year_text = g["y"] or g["qy"]
    if year_text:
        return Resolved(f"{year_text}-Q{quarter}", "quarter", "absolute")
    if ctx.reference is None:
        return None
    ended = _ended(ctx, g)
    if ended is not None:
        return Resolved(f"{ended.year:04d}-Q{quarter}", "quarter", "relative")
    ref_year, ref_quarter = cal.quarter_of(ctx.reference)
    det = SPACE.sub(" ", (g["det"] or "").lower())
    if "year-" in det or ("year " in det and det.endswith(("ago", "earlier"))):
        discussed = ctx.discussed_quarter(c.start)
        year = int(discussed[:4]) if discussed else ref_year
        return Resolved(f"{year - 1:04d}-Q{quarter}", "quarter", "anchored")
    if det.startswith(("last year", "next year", "this year")):
        year = ref_year + {"l": -1, "n": 1, "t": 0}[det[0]]
    elif det in ("last",):
        year = ref_year if quarter < ref_quarter else ref_year - 1
    elif det in ("next",):
        year = ref_year if quarter > ref_quarter else ref_year + 1
    else:
        tense = ctx.tense(c.start, c.end)
        year = ref_year if quarter <= ref_quarter or tense >= 0 else ref_year - 1
    return Resolved(f"{year:04d}-Q{quarter}", "quarter", "relative")


def _resolve_period(c: Candidate, ctx: Context) -> Resolved | None:
    """ "the quarter", "the latest period", "the 1988 quarter": the quarter under discussion."""
    g = c.match
    unit = g["u"].lower()
    adj = (g["adj"] or "").lower()
    discussed = ctx.discussed_quarter(c.start, strict=unit != "quarter")
    if g["py"]:
        # "the 1988 period" in a report on the third quarter is 1988's third quarter
        if discussed:
            return Resolved(f"{g['py']}-{discussed[5:]}", "quarter", "anchored")
        return Resolved(g["py"], "year", "absolute")
    if g["back"]:
        # "for the quarter a year ago": the quarter under discussion, one year back
        if not discussed:
            return None
        return Resolved(f"{int(discussed[:4]) - 1:04d}{discussed[4:]}", "quarter", "anchored")
    if ctx.reference is None or adj in ("same", "comparable", "corresponding"):
        return None
    if g["em"] and discussed in ctx.fiscal:
        return Resolved(discussed, "quarter", "anchored")
    if g["em"]:
        ended = _ended(ctx, g)
        if ended is None:
            return None
        # a quarter is named by the calendar quarter most of its three months fall in:
        # "the quarter ended July 31" (May-July) is the second
        year, quarter = cal.quarter_of(ended - dt.timedelta(days=45))
        return Resolved(f"{year:04d}-Q{quarter}", "quarter", "relative")
    year, quarter = cal.quarter_of(ctx.reference)
    if g["det"].lower().startswith("last year"):
        if not discussed:
            return None
        return Resolved(f"{int(discussed[:4]) - 1:04d}{discussed[4:]}", "quarter", "anchored")
    if g["det"].lower() == "this" and unit == "quarter":
        return _this_quarter(c, ctx)
    if adj == "current" or (g["det"].lower() == "this" and unit == "quarter"):
        return Resolved(f"{year:04d}-Q{quarter}", "quarter", "relative")
    if discussed:
        return Resolved(discussed, "quarter", "anchored")
    if unit == "period" and adj not in ("latest", "most recent", "just-ended"):
        return None
    index = year * 4 + quarter - 2
    return Resolved(f"{index // 4:04d}-Q{index % 4 + 1}", "quarter", "relative")


def _ended(ctx: Context, g: Found) -> dt.date | None:
    """The end date in "the quarter ended Sept. 30": the last such day on or before the
    reference (a period that has "ended")."""
    month = month_of(ctx.grammar, g["em"]) if g["em"] else None
    if month is None or ctx.reference is None:
        return None
    return cal.nearest_day(ctx.reference, month, int(g["ed"]), -2)


def _resolve_year_end(c: Candidate, ctx: Context) -> Resolved | None:
    """ "by year-end", "year's end": the end of the reference year, at year precision; the
    year before when the sentence looks back ("since year-end", "had $5 million at year-end")."""
    if ctx.reference is None:
        return None
    year = ctx.reference.year
    since = re.search(r"\bsince\s+(?:the\s+)?$", ctx.text[max(0, c.start - 10) : c.start], re.I)
    if since or ctx.tense(c.start, c.end) < 0:
        year -= ctx.reference < dt.date(year, 12, 31)
    return Resolved(f"{year:04d}", "year", "relative")


_YEAR_SHIFT = {"the following": 1, "the next": 1, "the previous": -1, "the prior": -1}


def _resolve_the_year(c: Candidate, ctx: Context) -> Resolved | None:
    """ "the current year", "for the year," → the reference year; "that year", "the following
    year" → the year of the date the text just named (anchored)."""
    g = c.match
    if ctx.reference is None:
        return None
    det = SPACE.sub(" ", g["yd"].lower())
    unit = g["u"].lower()
    if det.endswith(" fiscal") and det not in ("the fiscal", "the current fiscal"):
        # "the latest fiscal year": the last one that has ended
        return (
            Resolved(f"{ctx.reference.year - 1:04d}", "year", "relative")
            if unit == "year"
            else None
        )
    if det in _YEAR_SHIFT or det in ("that", "the same"):
        anchor = ctx.anchor(c.start)
        if anchor is None or not anchor.value[:4].isdigit() or len(anchor.value) < 4:
            return None
        step = _YEAR_SHIFT.get(det, 0)
        if unit == "year":
            return Resolved(f"{int(anchor.value[:4]) + step:04d}", "year", "anchored")
        if unit == "day":
            if anchor.precision != "day":
                return None
            moved = dt.date.fromisoformat(anchor.value) + dt.timedelta(days=step)
            return Resolved(moved.isoformat(), "day", "anchored")
        if anchor.precision not in ("month", "day"):
            return None
        year, month = cal.shift_months(int(anchor.value[:4]), int(anchor.value[5:7]), step)
        return Resolved(cal.month_value(year, month), "month", "anchored")
    if g["within"] and det == "the":
        # "earlier in the year", "later in the day": the reference period itself
        if unit == "day":
            return Resolved(ctx.reference.isoformat(), "day", "relative")
        if unit == "month":
            return Resolved(
                cal.month_value(ctx.reference.year, ctx.reference.month), "month", "relative"
            )
        return Resolved(f"{ctx.reference.year:04d}", "year", "relative")
    if unit != "year":
        return None
    if re.match(r"\s+ended\b", ctx.text[c.end : c.end + 8]):
        return None  # "the fiscal year ended Jan. 31" is a twelve-month period, not a date
    if det == "the":
        # "for the year," "the year to date": the current year; not "the year of ..."
        rest = ctx.text[c.end : c.end + 12]
        if not re.match(r"\s*[,.;:]|\s+(?:to date|so far)\b", rest):
            return None
    return Resolved(f"{ctx.reference.year:04d}", "year", "relative")


_TEMPORAL_BEFORE = re.compile(
    r"\b(?:on|at|by|before|after|until|till|since|over|during|around|for|of|through|from"
    r"|this|last|next|past|early|late)\s+$",
    re.IGNORECASE,
)
_OTHER_NATION = re.compile(r"(?<![.!?]\s)\b(?!America|U\.S|American\b)[A-Z][\w.]*(?:'s|’s)?\s+$")
_HOLIDAY_MODIFIERS = {"last": -1, "this past": -1, "past": -1, "next": 1, "this coming": 1}
_HOLIDAY_MODIFIERS["this"] = 0


def _resolve_holiday(c: Candidate, ctx: Context) -> Resolved | None:
    """ "on Christmas Day", "last Easter", "Thanksgiving 2023": the holiday's day in the year
    the text gives, the modifier picks, or (like a bare month) the nearest one by tense."""
    g = c.match
    name = SPACE.sub(" ", g["h"].lower().replace("’", "'"))
    if not original(ctx, g, "h")[:1].isupper():
        return None  # "a christmas tree", "easter eggs": lower case is not the holiday
    if g["y"]:
        year = year_of(g["y"])
        day = holiday_date(name, year) if year else None
        return Resolved(day.isoformat(), "day", "absolute") if day else None
    if g["ry"] and ctx.reference is not None:
        # "Thanksgiving last year": the holiday in the year named
        year = ctx.reference.year + {"this": 0, "last": -1, "next": 1}[g["ry"].lower()]
        day = holiday_date(name, year)
        return Resolved(day.isoformat(), "day", "relative") if day else None
    mod_word = SPACE.sub(" ", (g["mod"] or "").lower())
    before = ctx.text[max(0, c.start - 12) : c.start]
    if name == "independence day" and _OTHER_NATION.search(ctx.text, max(0, c.start - 30), c.start):
        return None  # "India's Independence Day", "Mexican Independence Day": not July 4
    if name in BARE_HOLIDAYS and not mod_word and not _TEMPORAL_BEFORE.search(before):
        return None
    if ctx.reference is None:
        return None
    ref = ctx.reference
    options = [holiday_date(name, year) for year in (ref.year - 1, ref.year, ref.year + 1)]
    days = [d for d in options if d is not None]
    if len(days) != 3:
        return None
    mod = _HOLIDAY_MODIFIERS.get(mod_word)
    if mod == 0:
        day = days[1]
    elif mod is not None:
        day = next(d for d in days if d > ref) if mod > 0 else max(d for d in days if d < ref)
    else:
        day = cal.nearest_of(ref, days, ctx.tense(c.start, c.end))
    return Resolved(day.isoformat(), "day", "relative")


_HALF_OF_SOMETHING = re.compile(r"\s+of\b", re.IGNORECASE)
_HALF_YEAR_SHIFT = {"the": 0, "this": 0, "last": -1, "next": 1}


def _resolve_half(c: Candidate, ctx: Context) -> Resolved | None:
    """ "the first half of 2025", "the second half of next year", "last year's first half";
    on its own ("in the first half") the half of the year the text is reporting on."""
    g = c.match
    half = 1 if (g["ord"] or g["two"]).lower() == "first" else 2
    if g["y"]:
        return Resolved(f"{g['y']}-H{half}", "quarter", "absolute")
    if ctx.reference is None:
        return None
    det = SPACE.sub(" ", (g["det"] or "").lower())
    if g["yd"] or det.endswith("year's"):
        word = g["yd"].lower() if g["yd"] else det.split()[0]
        shifted = ctx.reference.year + _HALF_YEAR_SHIFT.get(word, 0)
        return Resolved(f"{shifted:04d}-H{half}", "quarter", "relative")
    if _HALF_OF_SOMETHING.match(ctx.text, c.end):
        return None  # "the second half of the match", "the first half of the century"
    year = _year_in_focus(c, ctx)
    if year is None:
        return None  # "scored in the first half": a game's half, not a year's
    if half == 2 and ctx.reference.month <= 6 and year == ctx.reference.year:
        # the second half has not begun: a report on it looks back to last year's
        year -= ctx.tense(c.start, c.end) <= 0
    return Resolved(f"{year:04d}-H{half}", "quarter", "relative")


def _year_in_focus(c: Candidate, ctx: Context) -> int | None:
    """The year a bare "the first half" belongs to: that of the quarter being reported, or
    of a year, quarter or month the text named shortly before; None without one."""
    discussed = ctx.focus_at(c.start)
    if discussed is not None and discussed != "year":
        return int(discussed[:4])
    anchor = ctx.anchor(c.start)
    if anchor is not None and anchor.precision in ("year", "quarter", "month"):
        return int(anchor.value[:4])
    return None


_ELIDED_UNIT = re.compile(
    r"\bthis\s+(year|month|week)\b[^.;!?]{0,60}?\b(?:as|than|and|or|versus|over)\s+$",
    re.IGNORECASE,
)


def _resolve_elided_last(c: Candidate, ctx: Context) -> Resolved | None:
    """ "a higher dividend this year as last", "sales this month and last": the unit named
    just before, one back."""
    if ctx.reference is None:
        return None
    before = _ELIDED_UNIT.search(ctx.text, max(0, c.start - 90), c.start)
    if before is None:
        return None
    return unit_value(ctx.reference, -1, before.group(1).lower())


_SPAN_BEFORE = re.compile(
    r"\b(?:first|only|once|ever|record|most|least|best|worst|(?:high|low|big|larg|small"
    r"|strong|weak|fast|slow|long|short|great|sharp|steep|deep|cheap|earli|lat|heavi|bus"
    r"|dead|hott|cold|warm|wett|dri|rich|poor)est)\b",
    re.IGNORECASE,
)
"""Words that make "in three months" a stretch of time: "the highest in three months",
"the first rise in two years", "only once in ten days"."""


def _resolve_in_count(c: Candidate, ctx: Context) -> Resolved | None:
    """ "in three days", "in two weeks": that many units after the reference, when the
    sentence looks ahead ("will expire in 10 days") or opens with it ("In three days, ...").
    A past sentence ("finished it in three days") and a superlative ("the highest in three
    months") make it a duration."""
    if ctx.reference is None:
        return None
    g = c.match
    amount = number_of(ctx.grammar, g["num"])
    unit = g["u"].lower().rstrip("s")
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


RESOLVERS: dict[str, Resolver] = {
    "in_count": _resolve_in_count,
    "month": _resolve_month,
    "weekday": _resolve_weekday,
    "relative": _resolve_relative,
    "mod_unit": _resolve_mod_unit,
    "unit_mod": _resolve_mod_unit,
    "weekend": _resolve_weekend,
    "ago": _resolve_ago,
    "season": _resolve_season,
    "quarter": _resolve_quarter,
    "period": _resolve_period,
    "year_end": _resolve_year_end,
    "the_year": _resolve_the_year,
    "holiday": _resolve_holiday,
    "half": _resolve_half,
    "elided_last": _resolve_elided_last,
}
