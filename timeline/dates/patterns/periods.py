"""Reporting periods, as English business news names them: "the third quarter", "the
quarter ended Sept. 30", "the first half of 2025", "the current year", "by year-end"."""

from __future__ import annotations

import datetime as dt
import re

from timeline.dates import _calendar as cal
from timeline.dates._context import SPACE, Candidate, Context, Found, Resolved, month_of, unit_value
from timeline.dates._langdata import pattern_union
from timeline.dates._regex import alt
from timeline.dates._registry import Shape, register
from timeline.dates._tense import sentence_bounds
from timeline.dates._vocabulary import DAY, YEAR, Vocabulary

_ENGLISH = frozenset({"en"})


def this_quarter(c: Candidate, ctx: Context) -> Resolved | None:
    """ "this quarter": the current one, unless a report on an ended quarter is under way and
    the sentence does not look ahead ("This quarter's loss includes ...")."""
    if ctx.reference is None:
        return None
    discussed = ctx.discussed_quarter(c.start)
    if discussed and ctx.tense(c.start, c.end) <= 0:
        return Resolved(discussed, "quarter", "anchored")
    year, quarter = cal.quarter_of(ctx.reference)
    return Resolved(f"{year:04d}-Q{quarter}", "quarter", "relative")


def _ended(ctx: Context, g: Found) -> dt.date | None:
    """The end date in "the quarter ended Sept. 30": the last such day on or before the
    reference (a period that has "ended")."""
    word, day = (g["em"], g["ed"]) if g["em"] else (g["em2"], g["ed2"])
    month = month_of(ctx.vocabulary, word) if word else None
    if month is None or day is None or ctx.reference is None:
        return None
    return cal.nearest_day(ctx.reference, month, int(day), -2)


def _ended_lookahead(v: Vocabulary) -> str:
    """ "the second quarter ended Oct. 31", "o trimestre findo a 30 de setembro": the end date
    resolves the quarter but stays a mention of its own."""
    if v.english:
        return rf"(?:(?=\s+ended\s+(?P<em>{v.month_any})\s*(?P<ed>{DAY})(?!\d)))?"
    ended = pattern_union(words.ended for words in v.words)
    if ended == "(?!)":
        return ""
    return rf"(?:(?=\s+{ended}\s+(?P<ed2>{DAY})(?:\s+de)?\s+(?P<em2>{v.month_any})(?!\w)))?"


# --- "the third quarter", "last year's fourth quarter", "the 1989 second quarter" ------------


def _quarter(v: Vocabulary) -> Shape:
    ordinals = "|".join(v.quarter_ordinals)
    return Shape(
        core=rf"(?P<ord>{ordinals})[\s-]+quarter(?![\w-])"
        rf"(?:\s+of\s+(?:fiscal\s+)?(?P<y>{YEAR}))?" + _ended_lookahead(v),
        left=r"(?:(?P<det>the|its|this|last|next|this year's|last year's|next year's"
        r"|(?:the\s+)?year[- ](?:ago|earlier))\s+)?"
        rf"(?:(?P<qy>{YEAR})\s+)?(?:fiscal[\s-]+)?",
    )


@register("quarter", rank=160, shape=_quarter, gate="quarter", languages=_ENGLISH)
def _resolve_quarter(c: Candidate, ctx: Context) -> Resolved | None:
    g = c.match
    quarter = ctx.vocabulary.quarter_ordinals[g.text("ord").lower()]
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
        year = ref_year + ctx.vocabulary.modifiers[det.split()[0]]
    elif det in ("last",):
        year = ref_year if quarter < ref_quarter else ref_year - 1
    elif det in ("next",):
        year = ref_year if quarter > ref_quarter else ref_year + 1
    else:
        tense = ctx.tense(c.start, c.end)
        year = ref_year if quarter <= ref_quarter or tense >= 0 else ref_year - 1
    return Resolved(f"{year:04d}-Q{quarter}", "quarter", "relative")


# --- other languages: "el tercer trimestre de 1999", "o último trimestre", "il secondo semestre"

OF_YEAR = r"(?:\s+(?:de|del|di|do|des(?:\s+jahres)?|dell['’]anno|de\s+l['’]ann[ée]e))?\s+"
"""Between a period and its year: "otoño de 1998", "trimestre del 2024", "Herbst 1998"."""

_OF_WORDS = r"(?:de|del|do|da|di|dell['’]|dello|della)"
_THE_WORDS = r"(?:el|la|o|a|l['’]|lo|il)"


def _foreign_nouns(v: Vocabulary) -> tuple[set[str], set[str]]:
    """The quarter and half nouns of the languages read, English's "quarter" aside."""
    quarters = {w for words in v.words for w in words.quarter_nouns}
    halves = {w for words in v.words for w in words.half_nouns}
    return quarters, halves


def _year_suffix(v: Vocabulary) -> str:
    """ "de 1999", "deste ano", "do próximo ano", "dell'anno scorso" after a period noun."""
    years = alt(w for w, u in v.units.items() if u == "year" and len(w) >= 3)
    mods = v.mods_before
    return (
        rf"(?:\s+fiscale?)?(?:(?:\s*{_OF_WORDS}\s*(?:{_THE_WORDS}\s*)?|{OF_YEAR})(?P<y>{YEAR})(?!\d)"
        rf"|\s*{_OF_WORDS}\s*(?:{_THE_WORDS}\s*)?(?:(?P<ymod>{mods})\s+(?:{years})(?!\w)|(?:{years})\s+(?P<ymod2>{mods})(?!\w))"
        rf"|\s+(?P<ymod3>{mods})\s+(?:{years})(?!\w))?"
    )


def _quarter_words(v: Vocabulary) -> Shape | None:
    quarters, halves = _foreign_nouns(v)
    if not quarters and not halves:
        return None
    ordinals = alt(v.quarter_ordinals)
    return Shape(
        core=rf"(?P<ord>{ordinals})\s*(?P<q>{alt(quarters | halves)})(?![\w-]){_year_suffix(v)}"
        + _ended_lookahead(v)
    )


@register("quarter_words", rank=165, shape=_quarter_words)
def _resolve_quarter_words(c: Candidate, ctx: Context) -> Resolved | None:
    """ "el tercer trimestre (de 1999)", "o primeiro trimestre do próximo ano", "il secondo
    semestre": a numbered quarter or half; "o último trimestre" alone is the one before."""
    g = c.match
    vocabulary = ctx.vocabulary
    half = g.text("q").lower() in vocabulary.half_nouns
    word = g.text("ord").lower()
    number = vocabulary.quarter_ordinals[word]
    last = vocabulary.modifiers.get(word) == -1  # "último": the last of a year, or the last one
    if half:
        number = 2 if last else number
        if number > 2:
            return None
    letter, per_year = ("H", 2) if half else ("Q", 4)
    ref = ctx.reference
    year_mod = g["ymod"] or g["ymod2"] or g["ymod3"]
    if g["y"]:
        return Resolved(f"{g['y']}-{letter}{number}", "quarter", "absolute")
    if ref is None:
        return None
    ended = _ended(ctx, g)
    if ended is not None:
        # "o terceiro trimestre findo a 30 de setembro": the year of its end
        return Resolved(f"{ended.year:04d}-{letter}{number}", "quarter", "relative")
    current = (ref.month - 1) * per_year // 12 + 1
    if year_mod:
        offset = vocabulary.modifiers.get(SPACE.sub(" ", year_mod.lower()))
        if offset is None:
            return None
        return Resolved(f"{ref.year + offset:04d}-{letter}{number}", "quarter", "relative")
    if last:
        index = ref.year * per_year + current - 2
        return Resolved(
            f"{index // per_year:04d}-{letter}{index % per_year + 1}", "quarter", "relative"
        )
    left, _ = sentence_bounds(ctx.text, c.start, c.end)
    stated = ctx.anchor_at(c.start)
    if stated is not None and stated[0] >= left and stated[1].resolution == "absolute":
        # "en 2009 ... au troisième trimestre": the year the sentence states
        return Resolved(f"{stated[1].value[:4]}-{letter}{number}", "quarter", "anchored")
    tense = ctx.tense(c.start, c.end)
    # a past sentence about a quarter yet to begin reports last year's
    year = ref.year if number <= current or tense >= 0 else ref.year - 1
    return Resolved(f"{year:04d}-{letter}{number}", "quarter", "relative")


def _two_quarters(v: Vocabulary) -> Shape | None:
    words = pattern_union(w.first_two_quarters for w in v.words)
    if words == "(?!)":
        return None
    return Shape(core=rf"{words}(?![\w-]){_year_suffix(v)}")


@register("two_quarters", rank=167, shape=_two_quarters, gate="tri|quart")
def _resolve_two_quarters(c: Candidate, ctx: Context) -> Resolved | None:
    """ "os dois primeiros trimestres de 1990", "i primi due trimestri dell'anno prossimo":
    the first half of the year stated (none without one)."""
    g = c.match
    if g["y"]:
        return Resolved(f"{g['y']}-H1", "quarter", "absolute")
    year_mod = g["ymod"] or g["ymod2"] or g["ymod3"]
    offset = ctx.vocabulary.modifiers.get(SPACE.sub(" ", year_mod.lower())) if year_mod else None
    if offset is None or ctx.reference is None:
        return None
    return Resolved(f"{ctx.reference.year + offset:04d}-H1", "quarter", "relative")


def _the_quarter_words(v: Vocabulary) -> Shape | None:
    quarters, _ = _foreign_nouns(v)
    if not quarters:
        return None
    back = [words.year_before for words in v.words if words.year_before]
    back_group = rf"(?P<back>\s+(?:{'|'.join(back)}))?" if back else ""
    periods = {w for words in v.words for w in words.period_nouns}
    return Shape(
        core=rf"(?P<q>{alt(quarters | periods)})(?![\w-]){back_group}" + _ended_lookahead(v),
        left=r"(?P<det>el|del|al|en el|o|no|do|ao|para o|este|neste|deste|esse|nesse|desse|ese"
        r"|il|nel|dal|lo|nello|dello|questo|quel)\s+(?:(?P<same>mesmo|mismo|stesso)\s+)?",
        required=True,
    )


@register("the_quarter_words", rank=185, shape=_the_quarter_words)
def _resolve_the_quarter_words(c: Candidate, ctx: Context) -> Resolved | None:
    """ "no trimestre", "o mesmo trimestre": the quarter a report is about; "o trimestre
    homólogo do ano passado": that quarter a year back; "este trimestre": the current one."""
    g = c.match
    discussed = ctx.discussed_quarter(c.start, strict=False)
    if g.text("q").lower() not in ctx.vocabulary.quarter_nouns and not g["back"]:
        return None  # "o período" alone is any stretch of time
    if g["back"]:
        if not discussed:
            return None
        return Resolved(f"{int(discussed[:4]) - 1:04d}{discussed[4:]}", "quarter", "anchored")
    if g.text("det").lower() in ("este", "neste", "deste", "questo"):
        return this_quarter(c, ctx)
    ended = _ended(ctx, g)
    if ended is not None:
        # "no trimestre findo em 31 de julho" (May-July): the calendar quarter most of it is in
        year, quarter = cal.quarter_of(ended - dt.timedelta(days=45))
        return Resolved(f"{year:04d}-Q{quarter}", "quarter", "relative")
    return Resolved(discussed, "quarter", "anchored") if discussed else None


# --- "the quarter", "the latest period", "the 1988 quarter", "the quarter a year ago" --------


def _period(v: Vocabulary) -> Shape:
    return Shape(
        core=r"(?P<u>quarter|period)(?![\w-])"
        + _ended_lookahead(v)
        +
        # "the quarter a year ago", "the corresponding period last year": one mention
        r"(?P<back>\s+(?:(?:a|one)\s+year\s+(?:ago|earlier)|(?:of\s+)?last\s+year)\b)?",
        left=r"(?P<det>the|this|that|its|last year's)\s+(?:(?P<adj>latest|current|same"
        r"|most recent|just-ended|recent|comparable|corresponding"
        rf"|(?P<py>{YEAR}))\s+)?(?:fiscal\s+)?",
        required=True,
    )


@register("period", rank=180, shape=_period, gate="quarter|period", languages=_ENGLISH)
def _resolve_period(c: Candidate, ctx: Context) -> Resolved | None:
    """ "the quarter", "the latest period", "the 1988 quarter": the quarter under discussion."""
    g = c.match
    unit = g.text("u").lower()
    adj = (g["adj"] or "").lower()
    det = g.text("det").lower()
    discussed = ctx.discussed_quarter(c.start, strict=unit != "quarter")
    period_year = g["py"]
    if period_year:
        # "the 1988 period" in a report on the third quarter is 1988's third quarter
        if discussed:
            return Resolved(f"{period_year}-{discussed[5:]}", "quarter", "anchored")
        return Resolved(period_year, "year", "absolute")
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
    if det.startswith("last year"):
        if not discussed:
            return None
        return Resolved(f"{int(discussed[:4]) - 1:04d}{discussed[4:]}", "quarter", "anchored")
    if det == "this" and unit == "quarter":
        return this_quarter(c, ctx)
    if adj == "current" or (det == "this" and unit == "quarter"):
        return Resolved(f"{year:04d}-Q{quarter}", "quarter", "relative")
    if discussed:
        return Resolved(discussed, "quarter", "anchored")
    if unit == "period" and adj not in ("latest", "most recent", "just-ended"):
        return None
    index = year * 4 + quarter - 2
    return Resolved(f"{index // 4:04d}-Q{index % 4 + 1}", "quarter", "relative")


# --- "the first half of 2025", "the second half of next year", "last year's first half" -----

_HALF_OF_SOMETHING = re.compile(r"\s+of\b", re.IGNORECASE)


_HALF = Shape(
    core=r"(?:(?P<ord>first|second|last)[\s-]+half|(?P<two>first|last)\s+two\s+quarters)"
    rf"(?![\w-])(?:\s+of\s+(?:(?:fiscal\s+)?(?P<y>{YEAR})(?!\d)"
    r"|(?P<yd>the|this|last|next)\s+(?:fiscal\s+|calendar\s+)?year\b))?",
    left=r"(?P<det>the|its|this year's|last year's|next year's)\s+",
)
"""Halves of a year, and "the first two quarters" as a half."""


@register("half", rank=190, shape=_HALF, gate="half|quarters", languages=_ENGLISH)
def _resolve_half(c: Candidate, ctx: Context) -> Resolved | None:
    """ "the first half of 2025", "the second half of next year", "last year's first half";
    on its own ("in the first half") the half of the year the text is reporting on."""
    g = c.match
    ordinal = g["ord"] or g.text("two")
    half = 1 if ordinal.lower() == "first" else 2
    if g["y"]:
        return Resolved(f"{g['y']}-H{half}", "quarter", "absolute")
    if ctx.reference is None:
        return None
    det = SPACE.sub(" ", (g["det"] or "").lower())
    year_det = g["yd"]
    if year_det or det.endswith("year's"):
        word = year_det.lower() if year_det else det.split()[0]
        shifted = ctx.reference.year + ctx.vocabulary.modifiers.get(word, 0)
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


# --- "by year-end", "year's end" -------------------------------------------------------------


_YEAR_END = Shape(core=r"year(?:'s)?[\s-]end\b")


@register("year_end", rank=240, shape=_YEAR_END, gate="end", languages=_ENGLISH)
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


# --- "twice as high this year as last" -------------------------------------------------------

_ELIDED_UNIT = re.compile(
    r"\bthis\s+(year|month|week)\b[^.;!?]{0,60}?\b(?:as|than|and|or|versus|over)\s+$",
    re.IGNORECASE,
)


_ELIDED_LAST = Shape(core=r"last(?![\w-])(?!\s+(?:\w|\$))")


@register("elided_last", rank=250, shape=_ELIDED_LAST, gate="last", languages=_ENGLISH)
def _resolve_elided_last(c: Candidate, ctx: Context) -> Resolved | None:
    """ "a higher dividend this year as last", "sales this month and last": the unit named
    just before, one back."""
    if ctx.reference is None:
        return None
    before = _ELIDED_UNIT.search(ctx.text, max(0, c.start - 90), c.start)
    if before is None:
        return None
    return unit_value(ctx.reference, -1, before.group(1).lower())


# --- "the current year", "that year", "the following day", "earlier in the month" ----------

_YEAR_SHIFT = {"the following": 1, "the next": 1, "the previous": -1, "the prior": -1}


def _the_year(v: Vocabulary) -> Shape:
    return Shape(
        core=r"(?P<u>year|month|day)\b",
        left=rf"(?:(?P<within>earlier|later|early|late)\s+in\s+)?{v.edge}"
        r"(?P<yd>the|the current|the full|the fiscal|the current fiscal"
        r"|the calendar|that|the following|the next|the previous|the prior|the same"
        r"|the latest fiscal|the most recent fiscal|the last fiscal)\s+",
        required=True,
    )


@register("the_year", rank=280, shape=_the_year, gate="year|month|day", languages=_ENGLISH)
def _resolve_the_year(c: Candidate, ctx: Context) -> Resolved | None:
    """ "the current year", "for the year," → the reference year; "that year", "the following
    year" → the year of the date the text just named (anchored)."""
    g = c.match
    if ctx.reference is None:
        return None
    det = SPACE.sub(" ", g.text("yd").lower())
    unit = g.text("u").lower()
    if det.endswith(" fiscal") and det not in ("the fiscal", "the current fiscal"):
        # "the latest fiscal year": the last one that has ended
        return (
            Resolved(f"{ctx.reference.year - 1:04d}", "year", "relative")
            if unit == "year"
            else None
        )
    if det in _YEAR_SHIFT or det in ("that", "the same"):
        return _anchored_year(c, ctx, det, unit)
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


def _anchored_year(c: Candidate, ctx: Context, det: str, unit: str) -> Resolved | None:
    """ "that year", "the following day", "the previous month": from the date just named."""
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
