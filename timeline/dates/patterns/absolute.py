"""Dates the text writes out: "June 19, 2024", "19/06/24", "the 1990s", "1961".

Without a year ("June 19") a day needs the reference date and is resolved as relative.
"""

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
from timeline.dates.patterns.relative import stated_year, stated_year_offset

_JOIN = r"(?:,?\s+(?:of|de|del|di)\s+|,?\s*)"
"""Between a month and its year: "March of 1998", "marzo de 1998", "March 1998"."""


def _months(v: Vocabulary) -> str:
    return alt(v.months)


_WEEK = dt.timedelta(days=7)


def _months_or_days(v: Vocabulary) -> str:
    return alt([*v.months, *(w for w, unit in v.units.items() if unit == "day")])


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
    offset = stated_year_offset(ctx, c.match)
    if year_text:
        year = year_of(year_text)
        first = safe_day(year, month, day) if year else None
        resolution: Resolution = "absolute"
    elif offset is not None and ctx.reference is not None:
        # "19 June last year", "el 5 de marzo del año pasado": the year is stated
        first = safe_day(ctx.reference.year + offset, month, day)
        resolution = "relative"
    elif ctx.reference is not None:
        tense = ctx.tense(c.start, c.end) if not direction else 2 * direction
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
    if v.day_ordinals and v.english:  # "March eighth"; Romance languages put the day first
        words = "|".join(sorted(v.day_ordinals, key=len, reverse=True))
        day_words = rf"|(?<=\s)(?:the\s+)?(?P<dw>{words})(?![\w-])"
    return Shape(
        core=rf"(?P<m>{v.month_any})\s*(?:(?P<d>{DAY}){ORDINAL}(?!\d|[:.,]\d){day_words})"
        rf"(?:{DASH}(?:(?P<m2>{v.month_any})\s*)?(?P<d2>{DAY}){ORDINAL}(?!\d|:\d))?"
        rf"(?:,?\s*(?P<y>{v.year_any})(?!\d)|{stated_year(v)})?(?!\s*(?:%|percent|per cent|\d))",
        # "last Oct. 23": one mention, the modifier saying which way the day lies
        left=rf"(?:(?P<dmod>{v.mods_before})\s+)?{v.edge}" if v.english else v.edge,
    )


@register("mdy", rank=30, shape=_mdy, gate=_months)
def _resolve_mdy(c: Candidate, ctx: Context) -> Resolved | None:
    g = c.match
    second = g["m2"]
    month2 = month_of(ctx.vocabulary, second) if second else None
    digits = g["d"]
    day = int(digits) if digits else ctx.vocabulary.day_ordinals[g.text("dw").lower()]
    modifier = g["dmod"]
    direction = ctx.vocabulary.modifiers.get(SPACE.sub(" ", modifier.lower())) if modifier else None
    return _day_month(c, ctx, day, month2, g["d2"], direction)


# --- "the week of July 8" --------------------------------------------------------------------


def _week_of(v: Vocabulary) -> Shape | None:
    if not v.english:
        return None
    return Shape(
        core=rf"week\s+of\s+(?:(?P<d1>{DAY}){ORDINAL}\s+(?:of\s+)?)?(?P<m>{v.month_any})"
        rf"(?:\s*(?P<d>{DAY}){ORDINAL}(?!\d|[:.,]\d))?(?:,?\s*(?P<y>{YEAR})(?!\d))?",
        left=r"(?:the\s+)?",
    )


@register("week_of", rank=35, shape=_week_of, gate="week")
def _resolve_week_of(c: Candidate, ctx: Context) -> Resolved | None:
    """ "the week of July 8": the week holding that day, as a week (a schedule's unit)."""
    digits = c.match["d"] or c.match["d1"]
    if digits is None:
        return None
    day = _day_month(c, ctx, int(digits), None, None)
    if day is None:
        return None
    return Resolved(cal.week_value(dt.date.fromisoformat(day.value)), "week", day.resolution)


# --- "19 June 2024", "18-19 de junio", "3. März" ---------------------------------------------


def _day_month_modifiers(v: Vocabulary) -> str | None:
    """Modifiers after a day and month ("le 5 mars dernier", "il 5 marzo scorso") in the
    languages that place them there, English aside even when it is read too: "19 June this
    year" keeps "this" for its year."""
    words: dict[str, int] = {}
    for lexicon, own in zip(v.lexicons, v.words, strict=True):
        if lexicon.language == "en":
            continue
        words.update(lexicon.modifiers_after)
        if own.modifiers_either_side:
            words.update(lexicon.modifiers_before)
    return alt(words) if words else None


def _dmy(v: Vocabulary) -> Shape:
    after = _day_month_modifiers(v)
    modifier = rf"(?:\s+(?P<dmod>{after})(?!\w))?" if after else ""
    words = "" if v.english or not v.day_ordinals else alt(v.day_ordinals)
    day_words = rf"|(?P<dw>{words})(?=\s+(?:de\s+)?{v.month_re})" if words else ""
    return Shape(
        core=rf"(?:(?P<d>{DAY})(?:{ORDINAL}|\.){day_words})"
        rf"(?:{DASH}{_LIST_ARTICLE}(?P<d2>{DAY})(?:{ORDINAL}|\.)?)?\s*(?:(?:of|de)\s+)?"
        rf"(?P<m>{v.month_any})(?:{_JOIN}(?P<y>{YEAR})(?!\d)|{stated_year(v)}|{modifier})(?!\w)",
        left=None if v.english else _ELIDED,
        guard=DIGIT_GUARD,
    )


_ELIDED = r"(?:l|dell|nell|all|dall|sull)['’]"
"""An article elided before a day number: "l'11 settembre", "dell'8 marzo" (the apostrophe
alone would make the number a two-digit year's)."""
_LIST_ARTICLE = r"(?:(?:el|il|le|lo|o)\s+)?"
"""The article a Romance list repeats before its second day: "el 2 y el 3 de junio"."""
_NAME_AFTER = re.compile(r"[ \t]+[A-ZÀ-Ý][a-zà-ÿ]+\b")
"""A capitalised word right after an abbreviated month without its point: a first name and a
surname ("9. Jan Kuppelwieser"); "3. Mai" is a whole month name."""


@register("dmy", rank=40, shape=_dmy, gate=_months)
def _resolve_dmy(c: Candidate, ctx: Context) -> Resolved | None:
    """ "19 June 2024", "18-19 de junio", "primo maggio"; "el 2 de julio próximo", "25 de abril
    pasado": the modifier after the month says which way the day lies."""
    month = c.match.text("m").lower()
    short = len(month) <= 3 and any(
        len(w) > len(month) and w.startswith(month) for w in ctx.vocabulary.months
    )
    if short and not c.match["y"] and _NAME_AFTER.match(ctx.text, c.end):
        return None  # "9. Jan Kuppelwieser": a rank and a first name, no month
    modifier = c.match["dmod"]
    direction = ctx.vocabulary.modifiers.get(modifier.lower()) if modifier else None
    digits = c.match["d"]
    day = int(digits) if digits else ctx.vocabulary.day_ordinals[c.match.text("dw").lower()]
    return _day_month(c, ctx, day, None, c.match["d2"], direction)


# --- "el día 13", "no dia 5", "il giorno 8" ---------------------------------------------------


def _day_noun(v: Vocabulary) -> Shape | None:
    if v.english:
        return None  # "on day 5 of the strike" counts days
    nouns = {w for w, unit in v.units.items() if unit == "day" and len(w) >= 3}
    nouns = {w for w in nouns if not re.search(r"(?:[oa]s|i|..es)$", w)}  # singular only
    if not nouns:
        return None
    return Shape(
        core=rf"(?P<noun>{alt(nouns)})\s+(?P<d>{DAY})(?![\d%]|[.,:]\d|\s*(?:de\s+|di\s+)?{v.month_any})",
        # "no passado dia 12", "el próximo día 3": the modifier says which month
        left=rf"(?:(?P<mod>{v.mods_before})\s+)?",
    )


@register("day_noun", rank=45, shape=_day_noun, gate=_months_or_days)
def _resolve_day_noun(c: Candidate, ctx: Context) -> Resolved | None:
    """ "el día 13": the 13th of the publication month; of the month after in a sentence about
    the future when the 13th has passed, of the month before in one about the past when the
    13th is more than a week ahead. "no passado dia 25", "el próximo día 3": the modifier
    picks the month."""
    if ctx.reference is None:
        return None
    if re.search(
        r"\b(?:al|por|a|ao|per|al|pro)\s+$", ctx.text[max(0, c.start - 5) : c.start], re.I
    ):
        return None  # "tres veces al día 5 euros": per day, a rate
    ref = ctx.reference
    day = int(c.match.text("d"))
    chosen = safe_day(ref.year, ref.month, day)
    if chosen is None:
        return None
    modifier = c.match["mod"]
    direction = ctx.vocabulary.modifiers.get(SPACE.sub(" ", modifier.lower())) if modifier else None
    if direction:
        if (chosen - ref).days * direction <= 0:
            # "no passado dia 25" said on the 20th: the 25th of the month before
            year, month = cal.shift_months(ref.year, ref.month, direction)
            chosen = safe_day(year, month, day)
        return Resolved(chosen.isoformat(), "day", "relative") if chosen else None
    tense = ctx.tense(c.start, c.end)
    # the publication month's day, unless the sentence clearly points the other way
    step = 1 if tense > 0 and chosen < ref else -1 if tense < 0 and chosen > ref + _WEEK else 0
    if step:
        year, month = cal.shift_months(ref.year, ref.month, step)
        chosen = safe_day(year, month, day)
        if chosen is None:
            return None
    return Resolved(chosen.isoformat(), "day", "relative")


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


# --- "nell'83", "del '92", "en 97,", "marzo 92" -------------------------------------------------


def _short_year(v: Vocabulary) -> Shape | None:
    words = alt(w for words in v.words for w in words.short_year_before)
    if words == "(?!)":
        return None
    return Shape(
        core=r"(?P<yy>\d\d)(?![\d%]|[.,/:]\d)",
        left=rf"(?:{words})(?:\s*(?P<apo>['’])|\s+)",
        required=True,
        guard="",
    )


def _month_short_year(v: Vocabulary) -> Shape | None:
    if v.english:
        return None  # "May 25" is a day, "the Jan. 92 contract" a code
    return Shape(
        core=rf"(?P<m>{v.month_re}){_JOIN}(?P<apo>['’])?(?P<yy>\d\d)(?![\d%]|[.,/:]\d)",
        left=v.edge,
    )


def century_of(two_digits: int, reference: dt.date) -> int:
    """The year a two-digit year names: this century's unless that lies more than two years
    after the reference ("'92" in 2024 is 1992, "'11" is 2011)."""
    year = reference.year // 100 * 100 + two_digits
    return year - 100 if year > reference.year + 2 else year


@register("short_year", rank=135, shape=_short_year, gate=r"\d\d")
@register("month_short_year", rank=55, shape=_month_short_year, gate=_months)
def _resolve_short_year(c: Candidate, ctx: Context) -> Resolved | None:
    """ "nell'83", "del '92", "en 97," (a year), "marzo 92", "marzo del '05" (a month)."""
    g = c.match
    digits = g.text("yy")
    if ctx.reference is None or not is_year_context(
        ctx.text, g.start("yy"), g.end("yy"), ctx.vocabulary
    ):
        return None
    after = re.match(r"\s+(\w+)", ctx.text[c.end : c.end + 20])
    if after is not None and month_of(ctx.vocabulary, after.group(1)) is not None:
        return None  # "dell'11 settembre": Italian elides the article before a day number too
    if not g["apo"]:
        if int(digits) < 32:
            return None  # "marzo 15", "el 15": a day, not 2015
        if ctx.text[c.end : c.end + 1] == "." and ctx.vocabulary.words[0].ordinal_point:
            return None  # "im 53. Lebensjahr": an ordinal
        if g["m"] is None and not re.match(r"\s*(?:[,.;:)]|$)", ctx.text[c.end : c.end + 2]):
            return None  # "en 97 ciudades" counts; "en 97," is a year
        if g["m"] is None and re.match(r"d[eoia]", ctx.text[c.start : c.start + 2], re.I):
            return None  # "de 58," is an age or an amount more often than a year
    year = century_of(int(digits), ctx.reference)
    if g["m"] is None:
        return Resolved(f"{year:04d}", "year", "relative")
    month = _cased_month(ctx, g)
    return Resolved(cal.month_value(year, month), "month", "relative") if month else None


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
    # "anni '90": the elided century's apostrophe may stand before the tens
    return Shape(core=rf"(?:{alt(plurals)})\s+(?:(?P<dec>1\d\d|20\d)0|['’]?(?P<d2>[2-9])0{tens})\b")


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
        left=r"(?P<pre>fiscal\s*|fy\s*|mid-|pre-|post-)" if v.english else None,
        guard=DIGIT_GUARD,
    )


@register("year", rank=130, shape=_year)
def _resolve_year(c: Candidate, ctx: Context) -> Resolved | None:
    if not is_year_context(ctx.text, c.start, c.end, ctx.vocabulary):
        return None
    return Resolved(c.match.text("y"), "year", "absolute")
