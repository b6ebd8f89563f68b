"""Find date expressions with compiled patterns and resolve them with calendar arithmetic.

Detection is one pass per pattern over the text; overlapping candidates are settled
longest-first; then each mention is resolved in document order, so anchored expressions
("a year earlier") can lean on the mention before them. dateparser is called only for
shapes the arithmetic does not cover (see `_fallback`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from timeline.dates import _calendar as cal
from timeline.dates._grammar import (
    DAY_WORD_VALUES,
    ORDINALS,
    SEASON_WORDS,
    Grammar,
    build_grammar,
)
from timeline.dates._tense import tense_near
from timeline.dates.mention import DateMention, Precision

__all__ = ["find_dates"]

_PRECISION_OF_UNIT: dict[str, Precision] = {
    "day": "day",
    "week": "week",
    "month": "month",
    "year": "year",
}
_COUNTING = frozenset(
    [
        "people",
        "persons",
        "men",
        "women",
        "children",
        "troops",
        "soldiers",
        "police",
        "officers",
        "workers",
        "employees",
        "jobs",
        "residents",
        "voters",
        "votes",
        "seats",
        "members",
        "students",
        "patients",
        "cases",
        "deaths",
        "dead",
        "victims",
        "refugees",
        "families",
        "homes",
        "houses",
        "units",
        "shares",
        "tons",
        "tonnes",
        "miles",
        "kilometers",
        "kilometres",
        "km",
        "meters",
        "metres",
        "feet",
        "acres",
        "hectares",
        "dollars",
        "euros",
        "pounds",
        "yen",
        "yuan",
        "barrels",
        "cars",
        "vehicles",
        "copies",
        "points",
        "times",
        "pages",
        "words",
        "rooms",
        "beds",
        "flights",
        "passengers",
        "prisoners",
        "inmates",
        "delegates",
        "athletes",
        "visitors",
        "tourists",
        "protesters",
        "demonstrators",
        "civilians",
        "companies",
        "firms",
        "calories",
        "pieces",
        "items",
        "vessels",
        "ships",
        "planes",
        "aircraft",
        "tanks",
        "missiles",
        "rockets",
    ]
)
_APPROXIMATORS = frozenset(
    [
        "about",
        "nearly",
        "almost",
        "some",
        "approximately",
        "roughly",
        "over",
        "than",
        "around",
        "least",
        "only",
        "just",
    ]
)
_NOT_AFTER_YEAR = re.compile(r"\s*(?:%|percent|per\s+cent|million|billion|thousand|hundred)", re.I)
_WORD_AFTER = re.compile(r"\s+([A-Za-z][\w-]*)")
_WORD_BEFORE = re.compile(r"([A-Za-z][\w.]*)\s*$")
_SPACE = re.compile(r"\s+")


class _Found:
    """A core match plus the groups its left context added ("last" in "last May")."""

    __slots__ = ("groups", "match")

    def __init__(self, match: re.Match[str], groups: dict[str, str | None]) -> None:
        self.match = match
        self.groups = groups

    def __getitem__(self, name: str) -> Any:
        return self.groups.get(name)

    def groupdict(self) -> dict[str, str | None]:
        return self.groups

    def start(self, name: str) -> int:
        return self.match.start(name)

    def end(self, name: str) -> int:
        return self.match.end(name)

    def group(self, index: int | str = 0) -> str:
        return self.match.group(index)


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    kind: str
    match: _Found
    rank: int


@dataclass(frozen=True)
class _Resolved:
    value: str
    precision: Precision
    resolution: str
    end_value: str | None = None


class _Context:
    """What resolvers may consult: the text, the reference date, earlier mentions."""

    def __init__(self, text: str, reference: dt.date | None, grammar: Grammar) -> None:
        self.text = text
        self.reference = reference
        self.grammar = grammar
        self.previous: list[tuple[int, _Resolved]] = []
        self.quarter: tuple[int, str] | None = None
        """The last quarter the text spoke of (position, value): what "a year earlier" compares."""

    def tense(self, start: int, end: int) -> int:
        return tense_near(self.text, start, end)

    def anchor(self, start: int) -> _Resolved | None:
        """The nearest earlier mention, if it is close enough to be what the text refers to."""
        for position, resolved in reversed(self.previous):
            if resolved.resolution != "anchored":
                return resolved if start - position < 600 else None
        return None

    def discussed_quarter(self, start: int) -> str | None:
        """The quarter an earnings-style comparison is about, if one was named recently."""
        if self.quarter is None or start - self.quarter[0] > 800:
            return None
        return self.quarter[1]


def find_dates(
    text: str, reference: dt.date | None, languages: tuple[str, ...] = ("en",)
) -> list[DateMention]:
    """Date mentions in `text`, sorted by start and non-overlapping.

    `reference` is the article's publication date; when it is None only absolute
    expressions ("June 19, 2024", "1961") are returned.
    """
    grammar = build_grammar(tuple(languages))
    context = _Context(text, reference, grammar)
    mentions: list[tuple[str, DateMention]] = []
    for candidate in _select(_candidates(text, grammar)):
        resolved = _RESOLVERS[candidate.kind](candidate, context)
        if resolved is None:
            continue
        if reference is None and resolved.resolution != "absolute":
            continue
        context.previous.append((candidate.start, resolved))
        if resolved.precision == "quarter" and resolved.resolution != "anchored":
            context.quarter = (candidate.start, resolved.value)
        mentions.append(
            (
                candidate.kind,
                DateMention(
                    start=candidate.start,
                    end=candidate.end,
                    text=text[candidate.start : candidate.end],
                    value=resolved.value,
                    precision=resolved.precision,
                    resolution=resolved.resolution,  # type: ignore[arg-type]
                    end_value=resolved.end_value,
                ),
            )
        )
    return _combine(text, mentions)


# --- detection ---------------------------------------------------------------------------


def _candidates(text: str, grammar: Grammar) -> list[_Candidate]:
    """Every match of every pattern; scanned on lower-cased text when that keeps offsets."""
    folded = text.lower()
    same_offsets = len(folded) == len(text)
    scanned = folded if same_offsets else text
    found: list[_Candidate] = []
    for rank, spec in enumerate(grammar.patterns(same_offsets)):
        if spec.gate is not None and spec.gate.search(scanned) is None:
            continue
        for match in spec.core.finditer(scanned):
            start = match.start()
            groups = match.groupdict()
            if spec.left is not None:
                context = spec.left.search(scanned, max(0, start - 40), start)
                if context is not None and context.start() < start:
                    groups.update({k: v for k, v in context.groupdict().items() if v})
                    start = context.start()
                elif spec.required:
                    continue
            if start > 0:
                before = scanned[start - 1]
                if before.isalnum() or before in spec.guard:
                    continue
            found.append(_Candidate(start, match.end(), spec.kind, _Found(match, groups), rank))
    return found


def _select(candidates: list[_Candidate]) -> list[_Candidate]:
    """Longest candidates win; among equals the earlier pattern (more specific) wins."""
    chosen: list[_Candidate] = []
    taken: list[tuple[int, int]] = []
    for candidate in sorted(candidates, key=lambda c: (c.start - c.end, c.rank, c.start)):
        if any(candidate.start < end and start < candidate.end for start, end in taken):
            continue
        chosen.append(candidate)
        taken.append((candidate.start, candidate.end))
    chosen.sort(key=lambda c: c.start)
    return chosen


# --- helpers -----------------------------------------------------------------------------


def _month(grammar: Grammar, word: str) -> int | None:
    return grammar.months.get(word.lower().rstrip("."))


def _original(ctx: _Context, match: _Found, group: str) -> str:
    """A group as written (matching runs on lower-cased text)."""
    return ctx.text[match.start(group) : match.end(group)]


def _is_cased_month(context: _Context, match: _Found, group: str) -> bool:
    """English month names are capitalised; "may" in lower case is the verb."""
    if "en" not in context.grammar.languages:
        return True
    word = _original(context, match, group)
    if word[:1].isupper():
        return True
    return len(context.grammar.languages) > 1 and word.lower() != "may"


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


_SMALL = {
    word: value
    for value, word in enumerate(
        (
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        )
    )
}
_SMALL.update({"oh": 0, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50})
_SMALL.update({"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90})


def _year_of(text: str) -> int | None:
    """1996 from "1996", "nineteen ninety-six", "two thousand and one"."""
    if text.isdigit():
        return int(text)
    words = [w for w in re.split(r"[\s-]+", text.lower()) if w not in ("and", "hundred")]
    if words[:2] == ["two", "thousand"]:
        return 2000 + sum(_SMALL.get(w, 0) for w in words[2:])
    if not words or words[0] not in ("nineteen", "twenty"):
        return None
    rest = sum(_SMALL.get(w, 0) for w in words[1:])
    return _SMALL[words[0]] * 100 + rest


def _number(grammar: Grammar, word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return grammar.numbers.get(word.lower())


def _absolute_day(year: int, month: int, day: int) -> _Resolved | None:
    date = _day(year, month, day)
    return _Resolved(date.isoformat(), "day", "absolute") if date else None


# --- resolvers ---------------------------------------------------------------------------


def _resolve_iso(c: _Candidate, ctx: _Context) -> _Resolved | None:
    g = c.match
    if g["d"] is None:
        return _Resolved(f"{g['y']}-{g['m']}", "month", "absolute")
    return _absolute_day(int(g["y"]), int(g["m"]), int(g["d"]))


def _resolve_numeric(c: _Candidate, ctx: _Context) -> _Resolved | None:
    a, b, year = int(c.match["a"]), int(c.match["b"]), int(c.match["y"])
    month, day = (a, b) if ctx.grammar.date_order.startswith("M") else (b, a)
    return _absolute_day(year, month, day)


def _resolve_numeric_short(c: _Candidate, ctx: _Context) -> _Resolved | None:
    """ "19/06/24": dateparser picks the century and the locale's day/month order."""
    from timeline.dates._fallback import parse_phrase

    parsed = parse_phrase(c.match.group(0), ctx.grammar.languages, ctx.reference)
    if parsed is None or parsed[1] != "day":
        return None
    return _Resolved(parsed[0].isoformat(), "day", "absolute")


def _resolve_day_month(
    c: _Candidate, ctx: _Context, month: int, day: int, month2: int | None, day2: str | None
) -> _Resolved | None:
    g = c.match
    end_month = month2 or month
    if g["y"]:
        year = _year_of(g["y"])
        first = _day(year, month, day) if year else None
        if first is None:
            return None
        last = _day(first.year, end_month, int(day2)) if day2 else None
        if day2 and (last is None or last < first):
            return None
        return _Resolved(first.isoformat(), "day", "absolute", last.isoformat() if last else None)
    if ctx.reference is None:
        return None
    found = cal.nearest_day(ctx.reference, month, day, ctx.tense(c.start, c.end))
    if found is None:
        return None
    last = _day(found.year, end_month, int(day2)) if day2 else None
    if day2 and (last is None or last < found):
        return None
    return _Resolved(found.isoformat(), "day", "relative", last.isoformat() if last else None)


def _resolve_mdy(c: _Candidate, ctx: _Context) -> _Resolved | None:
    g = c.match
    month = _month(ctx.grammar, g["m"])
    if month is None or not _is_cased_month(ctx, g, "m"):
        return None
    month2 = _month(ctx.grammar, g["m2"]) if g["m2"] else None
    day = int(g["d"]) if g["d"] else DAY_WORD_VALUES[g["dw"].lower()]
    return _resolve_day_month(c, ctx, month, day, month2, g["d2"])


def _resolve_dmy(c: _Candidate, ctx: _Context) -> _Resolved | None:
    g = c.match
    month = _month(ctx.grammar, g["m"])
    if month is None or not _is_cased_month(ctx, g, "m"):
        return None
    resolved = _resolve_day_month(c, ctx, month, int(g["d"]), None, g["d2"])
    return resolved


def _resolve_month_year(c: _Candidate, ctx: _Context) -> _Resolved | None:
    g = c.match
    month = _month(ctx.grammar, g["m"])
    if month is None or not _is_cased_month(ctx, g, "m"):
        return None
    year = _year_of(g["y"])
    if year is None:
        return None
    value = cal.month_value(year, month)
    end_value = None
    if g["m2"]:
        month2 = _month(ctx.grammar, g["m2"])
        if month2 is None:
            return None
        end_value = cal.month_value(int(g["y2"]), month2)
        if end_value < value:
            return None
    return _Resolved(value, "month", "absolute", end_value)


def _resolve_month(c: _Candidate, ctx: _Context) -> _Resolved | None:
    g = c.match
    month = _month(ctx.grammar, g["m"])
    if month is None or not _is_cased_month(ctx, g, "m") or ctx.reference is None:
        return None
    if _is_recurring(ctx.text, c) or _follows_name(ctx, c.match.start("m")):
        return None
    ref = ctx.reference
    rel = g.groupdict().get("rel")
    if rel:
        year = ref.year + {"this": 0, "last": -1, "next": 1}[rel.lower()]
        return _Resolved(cal.month_value(year, month), "month", "relative")
    mod = ctx.grammar.modifiers.get(g["mod"].lower()) if g["mod"] else None
    if mod is None:
        year = cal.nearest_month(ref, month, ctx.tense(c.start, c.end))
    elif mod < 0:
        year = ref.year if month < ref.month else ref.year - 1
    elif mod > 0:
        year = ref.year if month > ref.month else ref.year + 1
    else:
        year = ref.year
    return _Resolved(cal.month_value(year, month), "month", "relative")


def _resolve_weekday(c: _Candidate, ctx: _Context) -> _Resolved | None:
    g = c.match
    if ctx.reference is None or _is_recurring(ctx.text, c):
        return None
    word = g["w"].lower().rstrip(".")
    weekday = ctx.grammar.weekdays.get(word)
    lower_english = "en" in ctx.grammar.languages and not _original(ctx, g, "w")[:1].isupper()
    if weekday is None or (lower_english and len(ctx.grammar.languages) == 1):
        return None
    mod_word = g["mod"] or g.groupdict().get("mod2")
    mod = ctx.grammar.modifiers.get(mod_word.lower()) if mod_word else None
    ref = ctx.reference
    anchor = ctx.anchor(c.start) if mod_word and mod_word.lower() == "previous" else None
    if anchor is not None and anchor.precision == "day":
        # "the previous Friday": the Friday before the day the text is talking about
        base = dt.date.fromisoformat(anchor.value)
        day = cal.weekday_on(base, weekday, -1, strict=True)
        return _Resolved(day.isoformat(), "day", "anchored")
    if mod == 0:
        day = ref + dt.timedelta(days=weekday - ref.weekday())
    elif mod is not None:
        day = cal.weekday_on(ref, weekday, mod, strict=True)
    else:
        tense = ctx.tense(c.start, c.end)
        day = cal.weekday_on(ref, weekday, 1 if tense > 0 else -1, strict=False)
    return _Resolved(day.isoformat(), "day", "relative")


def _unit_value(ref: dt.date, amount: int, unit: str) -> _Resolved:
    moved = cal.shift(ref, amount, unit)
    if unit == "day":
        value = moved.isoformat()
    elif unit == "week":
        value = cal.week_value(moved)
    elif unit == "month":
        value = cal.month_value(moved.year, moved.month)
    else:
        value = f"{moved.year:04d}"
    return _Resolved(value, _PRECISION_OF_UNIT[unit], "relative")


def _follows_name(ctx: _Context, start: int) -> bool:
    """ "Sarah May", "Theresa May": an English month right after a capitalised word mid-sentence."""
    if "en" not in ctx.grammar.languages:
        return False
    before = _WORD_BEFORE.search(ctx.text, max(0, start - 30), start)
    if not before or not before.group(1)[:1].isupper() or before.group(1).endswith("."):
        return False
    ahead = ctx.text[max(0, before.start() - 3) : before.start()].rstrip()
    if ahead and ahead[-1] not in ".!?\"“'(:\n":
        return True
    # at the start of a sentence "In May" is a date and "Sarah May" a name
    return before.group(1).lower() not in _LEADING_WORDS


def _is_title(ctx: _Context, c: _Candidate) -> bool:
    """ "This Week" or "USA Today" mid-sentence is a name, not a date (English casing)."""
    if "en" not in ctx.grammar.languages:
        return False
    words = ctx.text[c.start : c.end].split()
    if not all(w[:1].isupper() for w in words):
        return False
    if len(words) > 1:
        return True  # a sentence would start "This week", a title is "This Week"
    before = ctx.text[max(0, c.start - 3) : c.start].rstrip()
    return bool(before) and before[-1] not in ".!?\"“'(:\n"


def _resolve_relative(c: _Candidate, ctx: _Context) -> _Resolved | None:
    if ctx.reference is None or _is_title(ctx, c):
        return None
    phrase = _SPACE.sub(" ", c.match["rel"].lower())
    meaning = ctx.grammar.relative.get(phrase)
    if meaning is None:
        return None
    if phrase in ("mañana", "morgen") and _is_morning(ctx.text, c):
        return None
    if _is_generic(ctx.text, c):
        return None
    return _unit_value(ctx.reference, *meaning)


_LEADING_WORDS = frozenset(
    {
        "about",
        "after",
        "and",
        "around",
        "before",
        "but",
        "by",
        "during",
        "each",
        "early",
        "every",
        "for",
        "from",
        "in",
        "last",
        "late",
        "mid",
        "next",
        "of",
        "on",
        "or",
        "since",
        "that",
        "this",
        "through",
        "till",
        "to",
        "until",
    }
)
_GENERIC_BEFORE = re.compile(r"\b(?:in|of|for)\s+$", re.IGNORECASE)
_EVERY_BEFORE = re.compile(r"\b(?:each|every|all|most)\s+$", re.IGNORECASE)


def _is_generic(text: str, c: _Candidate) -> bool:
    """ "in today's world", "the people of tomorrow": the present or future in general."""
    before = text[max(0, c.start - 6) : c.start]
    if text.startswith("'s", c.end) or text.startswith("’s", c.end):
        return _GENERIC_BEFORE.search(before) is not None
    return bool(re.search(r"\bof\s+$", before)) and c.match.group(0).lower() in (
        "tomorrow",
        "today",
    )


def _is_recurring(text: str, c: _Candidate) -> bool:
    """ "each July", "every Thursday" is a set of dates, not one date."""
    return _EVERY_BEFORE.search(text, max(0, c.start - 8), c.start) is not None


def _is_morning(text: str, c: _Candidate) -> bool:
    """Spanish "la mañana" and German "am Morgen"/"heute Morgen" mean the morning."""
    before = text[max(0, c.start - 8) : c.start].lower()
    if re.search(r"\b(?:la|esta|por|am|heute|gestern|jeden|guten)\s+$", before):
        return True
    word = text[c.match.start("rel") : c.match.end("rel")]
    return word == "Morgen" and c.start > 0 and not re.search(r"[.!?]\s*$", text[: c.start])


def _resolve_mod_unit(c: _Candidate, ctx: _Context) -> _Resolved | None:
    if ctx.reference is None or _is_title(ctx, c):
        return None
    g = c.match
    mod = ctx.grammar.modifiers.get(_SPACE.sub(" ", g["mod"].lower()))
    word = g["u"].lower()
    if mod is None:
        return None
    ref = ctx.reference
    if word == "quarter":
        year, quarter = cal.quarter_of(ref)
        index = year * 4 + quarter - 1 + mod
        return _Resolved(f"{index // 4:04d}-Q{index % 4 + 1}", "quarter", "relative")
    if word == "weekend":
        return _weekend(ref, mod)
    unit = ctx.grammar.units.get(word)
    if unit is None:
        return None
    return _unit_value(ref, mod, unit)


def _weekend(ref: dt.date, mod: int) -> _Resolved:
    saturday = cal.weekday_on(ref, 5, -1 if mod < 0 else 1, strict=mod != 0)
    if mod == 0 and ref.weekday() == 6:
        saturday = ref - dt.timedelta(days=1)
    return _Resolved(cal.week_value(saturday) + "-WE", "week", "relative")


def _resolve_ago(c: _Candidate, ctx: _Context) -> _Resolved | None:
    if ctx.reference is None:
        return None
    g = c.match
    unit = ctx.grammar.units.get(g["u"].lower())
    sign = ctx.grammar.ago_signs.get(_SPACE.sub(" ", g["anchor"].lower()))
    amount = _number(ctx.grammar, g["num"])
    if amount is None or unit is None or sign is None:
        return None
    if unit == "year" and amount == 1 and sign < 0:
        anchored = _year_before_anchor(c, ctx)
        if anchored is not None:
            return anchored
    return _unit_value(ctx.reference, sign * amount, unit)


def _year_before_anchor(c: _Candidate, ctx: _Context) -> _Resolved | None:
    """ "a year ago/earlier" in a text about a quarter compares with that quarter a year back."""
    quarter = ctx.discussed_quarter(c.start)
    if quarter is None:
        return None
    year, _, tail = quarter.partition("-")
    return _Resolved(f"{int(year) - 1:04d}-{tail}", "quarter", "anchored")


def _resolve_shift(c: _Candidate, ctx: _Context) -> _Resolved | None:
    """ "24 years after his last visit" → the year of that visit; "a year earlier" → anchor − 1.

    Counts above one ("three days later") are mostly used as durations, so only
    "a/one unit earlier/later" is read as a date.
    """
    g = c.match
    amount = _number(ctx.grammar, g["num"])
    unit = ctx.grammar.units.get(g["u"].lower())
    if amount is None or unit is None or ctx.reference is None:
        return None
    direction = g["dir"].lower()
    rest = ctx.text[c.end : c.end + 40]
    if direction in ("after", "since"):
        if not re.match(r"\s+(?:his|her|its|their|our|my)\s+(?:last|previous)\b", rest):
            return None
        moved = _unit_value(ctx.reference, -amount, unit)
        return _Resolved(moved.value, moved.precision, "anchored")
    if direction == "before" or amount != 1:
        return None
    if unit == "year" and direction == "earlier":
        anchored = _year_before_anchor(c, ctx)
        if anchored is not None:
            return anchored
    anchor = ctx.anchor(c.start)
    if anchor is None or not anchor.value[:4].isdigit():
        return None
    sign = 1 if direction == "later" else -1
    if anchor.precision == "day":
        moved = _unit_value(dt.date.fromisoformat(anchor.value), sign, unit)
        return _Resolved(moved.value, moved.precision, "anchored")
    if unit != "year":
        return None
    return _Resolved(f"{int(anchor.value[:4]) + sign:04d}", "year", "anchored")


def _resolve_year_ago(c: _Candidate, ctx: _Context) -> _Resolved | None:
    anchored = _year_before_anchor(c, ctx)
    if anchored is not None:
        return anchored
    if ctx.reference is None:
        return None
    return _Resolved(f"{ctx.reference.year - 1:04d}", "year", "relative")


def _resolve_first_in(c: _Candidate, ctx: _Context) -> _Resolved | None:
    g = c.match
    amount = _number(ctx.grammar, g["num"])
    if amount is None or ctx.reference is None:
        return None
    unit = g["u"].lower()
    years = amount * 10 if unit.startswith("decade") else amount
    if unit.startswith("month"):
        year, month = cal.shift_months(ctx.reference.year, ctx.reference.month, -amount)
        return _Resolved(cal.month_value(year, month), "month", "anchored")
    return _Resolved(f"{ctx.reference.year - years:04d}", "year", "anchored")


def _is_year_context(text: str, start: int, end: int, grammar: Grammar) -> bool:
    """A bare four-digit number is a year unless it counts something, is money or a name."""
    if _NOT_AFTER_YEAR.match(text, end):
        return False
    after = _WORD_AFTER.match(text, end)
    next_word = after.group(1).lower() if after else ""
    if next_word in _COUNTING:
        return False
    if "en" not in grammar.languages and len(next_word) > 3 and next_word[-1] in "si":
        # "2000 empleados", "1500 persone": a plural noun right after counts it; Romance
        # languages put a year after its noun ("las elecciones de 2024")
        return next_word in grammar.months
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    previous = before.group(1).lower() if before else ""
    if previous in ("no.", "number", "nos.", "page", "route", "flight", "room", "rule"):
        return False
    if before and before.group(1)[:1].isupper() and previous.rstrip(".") not in grammar.months:
        # "Orion 1980", "Windows 2000": a capitalised word mid-sentence names the number
        ahead = text[max(0, before.start() - 3) : before.start()].rstrip()
        if ahead and ahead[-1] not in ".!?\"“'(:\n" and not previous.endswith("'s"):
            return False
    if previous in _APPROXIMATORS and after and next_word.isalpha() and next_word.endswith("s"):
        return False
    return not (after and next_word in ("of",) and previous in _APPROXIMATORS)


def _resolve_year(c: _Candidate, ctx: _Context) -> _Resolved | None:
    if not _is_year_context(ctx.text, c.start, c.end, ctx.grammar):
        return None
    return _Resolved(c.match["y"], "year", "absolute")


def _resolve_year_range(c: _Candidate, ctx: _Context) -> _Resolved | None:
    first, second = c.match["y"], c.match["y2"]
    if len(second) == 2:
        second = first[:2] + second
    if not first < second or int(second) - int(first) > 50:
        return None
    if not _is_year_context(ctx.text, c.start, c.end, ctx.grammar):
        return None
    return _Resolved(first, "year", "absolute", second)


def _resolve_decade(c: _Candidate, ctx: _Context) -> _Resolved | None:
    g = c.match
    if g["dec"]:
        return _Resolved(g["dec"], "decade", "absolute")
    tens = int(g["d2"]) if g["d2"] else ctx.grammar.tens.get(g["tens"] or "")
    if tens is None:
        return None
    return _Resolved(f"19{tens}", "decade", "absolute")


def _resolve_quarter(c: _Candidate, ctx: _Context) -> _Resolved | None:
    g = c.match
    quarter = ORDINALS[g["ord"].lower()]
    year_text = g["y"] or g["qy"]
    if year_text:
        return _Resolved(f"{year_text}-Q{quarter}", "quarter", "absolute")
    if ctx.reference is None:
        return None
    ref_year, ref_quarter = cal.quarter_of(ctx.reference)
    det = _SPACE.sub(" ", (g["det"] or "").lower())
    if "year-" in det or ("year " in det and det.endswith(("ago", "earlier"))):
        discussed = ctx.discussed_quarter(c.start)
        year = int(discussed[:4]) if discussed else ref_year
        return _Resolved(f"{year - 1:04d}-Q{quarter}", "quarter", "anchored")
    if det.startswith(("last year", "next year", "this year")):
        year = ref_year + {"l": -1, "n": 1, "t": 0}[det[0]]
    elif det in ("last",):
        year = ref_year if quarter < ref_quarter else ref_year - 1
    elif det in ("next",):
        year = ref_year if quarter > ref_quarter else ref_year + 1
    else:
        tense = ctx.tense(c.start, c.end)
        year = ref_year if quarter <= ref_quarter or tense >= 0 else ref_year - 1
    return _Resolved(f"{year:04d}-Q{quarter}", "quarter", "relative")


def _resolve_period(c: _Candidate, ctx: _Context) -> _Resolved | None:
    """ "the quarter", "the latest period", "the 1988 quarter": the quarter under discussion."""
    g = c.match
    unit = g["u"].lower()
    adj = (g["adj"] or "").lower()
    discussed = ctx.discussed_quarter(c.start)
    if g["py"]:
        if unit == "quarter" and discussed:
            return _Resolved(f"{g['py']}-{discussed[5:]}", "quarter", "anchored")
        return _Resolved(g["py"], "year", "absolute")
    if ctx.reference is None or adj in ("same", "comparable"):
        return None
    if g["em"]:
        month = _month(ctx.grammar, g["em"])
        ended = cal.nearest_day(ctx.reference, month or 0, int(g["ed"]), -1) if month else None
        if ended is None:
            return None
        year, quarter = cal.quarter_of(ended)
        return _Resolved(f"{year:04d}-Q{quarter}", "quarter", "relative")
    year, quarter = cal.quarter_of(ctx.reference)
    if g["det"].lower().startswith("last year"):
        if not discussed:
            return None
        return _Resolved(f"{int(discussed[:4]) - 1:04d}{discussed[4:]}", "quarter", "anchored")
    if adj == "current" or (g["det"].lower() == "this" and unit == "quarter"):
        return _Resolved(f"{year:04d}-Q{quarter}", "quarter", "relative")
    if discussed:
        return _Resolved(discussed, "quarter", "anchored")
    if unit == "period" and adj not in ("latest", "most recent", "just-ended"):
        return None
    index = year * 4 + quarter - 2
    return _Resolved(f"{index // 4:04d}-Q{index % 4 + 1}", "quarter", "relative")


def _resolve_half(c: _Candidate, ctx: _Context) -> _Resolved | None:
    half = 1 if c.match["ord"].lower() == "first" else 2
    return _Resolved(f"{c.match['y']}-H{half}", "quarter", "absolute")


def _resolve_season(c: _Candidate, ctx: _Context) -> _Resolved | None:
    g = c.match
    code = SEASON_WORDS[g["s"].lower()]
    if g["y"]:
        year = _year_of(g["y"])
        return _Resolved(f"{year:04d}-{code}", "season", "absolute") if year else None
    mod_word = (g["mod"] or "").lower()
    if not mod_word or ctx.reference is None:
        return None
    index = ("SP", "SU", "FA", "WI").index(code)
    year, current = cal.season_of(ctx.reference)
    mod = {"last": -1, "this past": -1, "next": 1, "this coming": 1, "this": 0}.get(mod_word)
    if mod == 0:
        return _Resolved(
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
    return _Resolved(f"{year:04d}-{code}", "season", "relative")


def _resolve_weekend(c: _Candidate, ctx: _Context) -> _Resolved | None:
    if ctx.reference is None:
        return None
    mod = ctx.grammar.modifiers.get(c.match["mod"].lower())
    if mod is None:
        mod = ctx.tense(c.start, c.end) or -1
        if ctx.reference.weekday() >= 5:
            mod = 0
    return _weekend(ctx.reference, mod)


def _resolve_spelled_year(c: _Candidate, ctx: _Context) -> _Resolved | None:
    g = c.match
    if g["y"].lower().startswith("two") and not g["the"]:
        return None  # "two thousand" alone is usually a count
    year = _year_of(g["y"])
    return _Resolved(f"{year:04d}", "year", "absolute") if year else None


def _resolve_year_end(c: _Candidate, ctx: _Context) -> _Resolved | None:
    """ "by year-end", "year's end": the end of the reference year, at year precision."""
    if ctx.reference is None:
        return None
    return _Resolved(f"{ctx.reference.year:04d}", "year", "relative")


_YEAR_SHIFT = {"the following": 1, "the next": 1, "the previous": -1, "the prior": -1}


def _resolve_the_year(c: _Candidate, ctx: _Context) -> _Resolved | None:
    """ "the current year", "for the year," → the reference year; "that year", "the following
    year" → the year of the date the text just named (anchored)."""
    g = c.match
    if ctx.reference is None:
        return None
    det = _SPACE.sub(" ", g["yd"].lower())
    unit = g["u"].lower()
    if det in _YEAR_SHIFT or det in ("that", "the same"):
        anchor = ctx.anchor(c.start)
        if anchor is None or not anchor.value[:4].isdigit() or len(anchor.value) < 4:
            return None
        step = _YEAR_SHIFT.get(det, 0)
        if unit == "year":
            return _Resolved(f"{int(anchor.value[:4]) + step:04d}", "year", "anchored")
        if unit == "day":
            if anchor.precision != "day":
                return None
            moved = dt.date.fromisoformat(anchor.value) + dt.timedelta(days=step)
            return _Resolved(moved.isoformat(), "day", "anchored")
        if anchor.precision not in ("month", "day"):
            return None
        year, month = cal.shift_months(int(anchor.value[:4]), int(anchor.value[5:7]), step)
        return _Resolved(cal.month_value(year, month), "month", "anchored")
    if g["within"] and det == "the":
        # "earlier in the year", "later in the day": the reference period itself
        if unit == "day":
            return _Resolved(ctx.reference.isoformat(), "day", "relative")
        if unit == "month":
            return _Resolved(
                cal.month_value(ctx.reference.year, ctx.reference.month), "month", "relative"
            )
        return _Resolved(f"{ctx.reference.year:04d}", "year", "relative")
    if unit != "year":
        return None
    if det == "the":
        # "for the year," "the year ended Sept. 30": the current year; not "the year of ..."
        rest = ctx.text[c.end : c.end + 12]
        if not re.match(r"\s*[,.;:]|\s+(?:to date|so far)\b", rest):
            return None
    elif re.match(r"\s+ended\b", ctx.text[c.end : c.end + 8]):
        return None  # "the fiscal year ended Jan. 31" is a period of a year, not this year
    return _Resolved(f"{ctx.reference.year:04d}", "year", "relative")


def _resolve_unit_mod(c: _Candidate, ctx: _Context) -> _Resolved | None:
    return _resolve_mod_unit(c, ctx)


_RESOLVERS: dict[str, Callable[[_Candidate, _Context], _Resolved | None]] = {
    "iso": _resolve_iso,
    "numeric": _resolve_numeric,
    "numeric_short": _resolve_numeric_short,
    "mdy": _resolve_mdy,
    "dmy": _resolve_dmy,
    "month_year": _resolve_month_year,
    "month": _resolve_month,
    "weekday": _resolve_weekday,
    "relative": _resolve_relative,
    "mod_unit": _resolve_mod_unit,
    "unit_mod": _resolve_unit_mod,
    "ago": _resolve_ago,
    "year_range": _resolve_year_range,
    "decade": _resolve_decade,
    "year": _resolve_year,
    "quarter": _resolve_quarter,
    "half": _resolve_half,
    "spelled_year": _resolve_spelled_year,
    "year_end": _resolve_year_end,
    "the_year": _resolve_the_year,
    "period": _resolve_period,
    "weekend": _resolve_weekend,
    "season": _resolve_season,
    "shift": _resolve_shift,
    "year_ago": _resolve_year_ago,
    "first_in": _resolve_first_in,
}


# --- combining ---------------------------------------------------------------------------

_WEEKDAY_JOIN = re.compile(r"\s*(?:,|\()?\s*(?:(?:the|dem|den|le|el|il|o)\s+)?$", re.IGNORECASE)
_RANGE_OPEN = re.compile(r"\b(from|between|de|desde|du|dal|von|entre)\s+$", re.IGNORECASE)
_RANGE_JOIN = re.compile(
    r"^\s*(?:to|until|till|through|and|-|–|—|a|al|hasta|au|à|et|y|e|bis|und|até)\s*$",
    re.IGNORECASE,
)


def _combine(text: str, mentions: list[tuple[str, DateMention]]) -> list[DateMention]:
    """Join "Tuesday (June 18)" into one mention and "from 2000 to 2001" into a range."""
    out: list[DateMention] = []
    kinds: list[str] = []
    for kind, mention in mentions:
        if out:
            last = out[-1]
            gap = text[last.end : mention.start]
            if (
                kinds[-1] == "weekday"
                and mention.precision == "day"
                and _is_weekday_then_date(last, gap)
            ):
                end = mention.end
                if text[end : end + 1] == ")" and "(" in gap:
                    end += 1
                out[-1] = _joined(text, last.start, end, mention, mention.end_value)
                kinds[-1] = kind
                continue
            closing = _range_end(text, last, mention, gap)
            if closing is not None:
                out[-1] = _joined(text, last.start, mention.end, last, closing)
                continue
        out.append(mention)
        kinds.append(kind)
    return out


def _range_end(text: str, first: DateMention, second: DateMention, gap: str) -> str | None:
    """The closing value when `first` and `second` read as "from/between first to/and second"."""
    if (
        not _RANGE_JOIN.match(gap)
        or first.precision != second.precision
        or first.end_value is not None
        or not _RANGE_OPEN.search(text, max(0, first.start - 12), first.start)
    ):
        return None
    closing = second.value
    if closing <= first.value and second.resolution == "relative" and second.precision == "month":
        closing = f"{first.value[:4]}{closing[4:]}"
        if closing <= first.value:
            closing = f"{int(first.value[:4]) + 1:04d}{closing[4:]}"
    return closing if closing > first.value else None


def _is_weekday_then_date(first: DateMention, gap: str) -> bool:
    return len(gap) <= 8 and _WEEKDAY_JOIN.match(gap) is not None and first.end_value is None


def _joined(
    text: str, start: int, end: int, base: DateMention, end_value: str | None
) -> DateMention:
    return DateMention(
        start=start,
        end=end,
        text=text[start:end],
        value=base.value,
        precision=base.precision,
        resolution=base.resolution,
        end_value=end_value,
    )
