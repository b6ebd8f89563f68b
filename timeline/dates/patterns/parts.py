"""Parts of the year and the week in every language: seasons ("à l'automne", "Herbst 1998"),
weekends ("ce week-end", "am Wochenende"), and the edges of a year, month or week ("la fin
de l'année"). Quarters and halves in every language are in `periods`.

English has its own shapes for these (`english`, `periods`); these patterns run for the other
languages, with the words of their `dates.py` (`seasons`, `season_before`, `weekends` ...).
"""

from __future__ import annotations

import re

from timeline.dates import _calendar as cal
from timeline.dates._context import SPACE, Candidate, Context, Resolved, unit_value
from timeline.dates._cues import is_cased_name, is_recurring
from timeline.dates._regex import alt
from timeline.dates._registry import Shape, register
from timeline.dates._tense import sentence_bounds
from timeline.dates._vocabulary import YEAR, Vocabulary
from timeline.dates.patterns.periods import OF_YEAR
from timeline.dates.patterns.relative import weekend


def _foreign(v: Vocabulary) -> bool:
    """English has its own shapes: these run when the article is in another language."""
    return v.language != "en"


def _words(v: Vocabulary, field: str) -> list[str]:
    return [w for words in v.words if words is not None for w in getattr(words, field)]


def _before(words: list[str]) -> str:
    """Words before a noun: "l'" joins it, "im" is followed by a space."""
    joined = [w for w in words if w.endswith("'")]
    spaced = [w for w in words if not w.endswith("'")]
    options = [rf"(?:{alt(spaced)})\s+"] if spaced else []
    if joined:
        options.append(alt(w[:-1] for w in joined) + "['’]")
    return "(?:" + "|".join(options) + ")"


def _modifier(ctx: Context, word: str | None) -> int | None:
    return ctx.vocabulary.modifiers.get(SPACE.sub(" ", word.lower())) if word else None


# --- "à l'automne", "Herbst 1998", "el verano pasado", "in diesem Sommer" --------------------


def _seasons(v: Vocabulary) -> list[str]:
    return [w for words in v.words[:1] for w in words.seasons]


def _season(v: Vocabulary) -> Shape | None:
    seasons = _seasons(v)
    if not _foreign(v) or not seasons:
        return None
    before = v.words[0].season_before
    after = rf"|\s+(?P<mod2>{v.mods_after})" if v.mods_after else ""
    mods = rf"(?P<mod>{v.mods_before})\s+"
    pre = rf"(?:{mods}|(?P<pre>{_before(list(before))}))" if before else mods
    return Shape(
        core=rf"(?P<s>{alt(seasons)})(?:{OF_YEAR}(?P<y>{YEAR})(?!\d){after})?(?![\w-])",
        left=rf"{pre}(?:{v.edge})?",
    )


def season_near(c: Candidate, ctx: Context, code: str, mod: int | None) -> Resolved | None:
    """The season `code` the text means: this one (mod 0), the last (-1) or next (+1) such
    season, or (mod None) the current one or the nearest one the tense points to."""
    if ctx.reference is None:
        return None
    index = cal.SEASONS.index(code)
    year, current = cal.season_of(ctx.reference)
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


@register("season_any", rank=390, shape=_season, gate=lambda v: alt(_seasons(v)))
def _resolve_season(c: Candidate, ctx: Context) -> Resolved | None:
    g = c.match
    if not is_cased_name(ctx, g, "s") or is_recurring(ctx.text, c):
        return None
    code = ctx.vocabulary.words[0].seasons.get(g.text("s").lower())
    if code is None:
        return None
    year = g["y"]
    if year:
        return Resolved(f"{year}-{code}", "season", "absolute")
    if not (g["mod"] or g["mod2"] or g["pre"]):
        return None  # "a été": a verb; a season alone needs an article or a year
    mod = _modifier(ctx, g["mod"] or g["mod2"])
    if mod is None and ctx.reference is not None and ctx.tense(c.start, c.end) == 0:
        # no tense to go by: the season of the reference's calendar year ("im Sommer" said
        # in January is the coming one), the winter that began last December in January
        calendar = ctx.reference.year - (code == "WI" and ctx.reference.month < 3)
        return Resolved(f"{calendar:04d}-{code}", "season", "relative")
    return season_near(c, ctx, code, mod)


# --- "ce week-end", "am Wochenende", "el fin de semana pasado" -------------------------------


def _weekend(v: Vocabulary) -> Shape | None:
    weekends = _words(v, "weekends")
    if not _foreign(v) or not weekends:
        return None
    after = rf"(?:\s+(?P<mod2>{v.mods_after}))?" if v.mods_after else ""
    return Shape(
        core=rf"(?P<we>{alt(weekends)})(?![\w-]){after}",
        left=rf"(?:(?P<mod>{v.mods_before})\s+)?",
    )


@register("weekend_any", rank=410, shape=_weekend, gate=lambda v: alt(_words(v, "weekends")))
def _resolve_weekend(c: Candidate, ctx: Context) -> Resolved | None:
    """The weekend a modifier names ("this" in a past sentence on a weekday: the one just
    past), or (without one) this weekend if the reference date is in one, else the one the
    tense points to."""
    if ctx.reference is None or is_recurring(ctx.text, c):
        return None
    mod = _modifier(ctx, c.match["mod"] or c.match["mod2"])
    if mod == 0 and ctx.reference.weekday() < 5 and ctx.tense(c.start, c.end) < 0:
        mod = -1  # "ce week-end, ils sont partis" said on a Monday: the one just past
    if mod is None:
        mod = ctx.tense(c.start, c.end) or -1
        if ctx.reference.weekday() >= 5:
            mod = 0
    return weekend(ctx.reference, max(-1, min(1, mod)))


# --- "la fin de l'année", "Ende des Jahres", "zu Beginn der Woche" ---------------------------

_ARTICLE = (
    r"(?:(?:of|de|des|der|du|del|do|da|di|della|dello)\s+)?"
    r"(?:(?:the|la|le|el|il|lo|o|a)\s+|l['’]|dell['’])?"
)
"""Between an edge word and its unit: "fin de l'", "Ende des", "Beginn der"."""


def _edge_units(v: Vocabulary) -> list[str]:
    return [w for w in v.unit_words if v.units.get(w) in ("week", "month", "year") and len(w) > 2]


def _edge_unit(v: Vocabulary) -> Shape | None:
    # "principios de" + "l año": the preposition is read with the article after it
    edges = {re.sub(r"\s+(?:de|di|of)$", "", w) for words in v.words[:1] for w in words.edge_words}
    if not _foreign(v) or not edges:
        return None
    after = rf"(?:\s+(?P<mod>{v.mods_after})(?!\w))?" if v.mods_after else ""
    return Shape(
        core=rf"(?P<u>{alt(_edge_units(v))})(?![\w-]){after}",
        left=rf"(?:{alt(edges)})[\s-]+{_ARTICLE}",
        required=True,
    )


def _previous_sentence(text: str, start: int) -> int:
    """Where the sentence before the one at `start` begins (searched up to `start` + 1: a
    sentence break is only seen with the letter after it)."""
    left, _ = sentence_bounds(text, start + 1, start + 1)
    return sentence_bounds(text, max(0, left - 1), max(0, left - 1))[0] if left else 0


@register("edge_unit", rank=420, shape=_edge_unit, gate=lambda v: alt(_edge_units(v)))
def _resolve_edge_unit(c: Candidate, ctx: Context) -> Resolved | None:
    """Part of "the year", "the month" or "the week" with no modifier: of the date the text
    just named when it is a stated one in this sentence or the one before ("im März 1991 ...
    Ende des Jahres"), else of the reference date: a date named further back is an aside."""
    unit = ctx.vocabulary.units.get(c.match.text("u").lower())
    if ctx.reference is None or unit is None:
        return None
    modifier = c.match["mod"]
    if modifier:
        # "no final do ano passado", "à la fin de l'année dernière": the modifier's unit
        offset = ctx.vocabulary.modifiers.get(SPACE.sub(" ", modifier.lower()))
        return unit_value(ctx.reference, offset, unit) if offset is not None else None
    located = ctx.anchor_at(c.start)
    anchor = located[1] if located and located[0] >= _previous_sentence(ctx.text, c.start) else None
    if anchor is not None and anchor.resolution == "absolute" and anchor.value[:4].isdigit():
        if unit == "year":
            return Resolved(anchor.value[:4], "year", "anchored")
        if unit == "month" and anchor.precision in ("month", "day"):
            return Resolved(anchor.value[:7], "month", "anchored")
    return unit_value(ctx.reference, 0, unit)
