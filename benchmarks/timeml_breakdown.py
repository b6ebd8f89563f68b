"""Error breakdown for the TimeML benchmark: what kind of dates a system misses or invents.

Each false negative (a calendar gold no mention matched) and false positive (a mention not
matched to an equal-valued gold) gets two coarse labels, so the date work can see at a glance
where its errors sit:

- the **value shape** of the gold: year, month, day, time of day, week, quarter, half, season,
  a value with an unknown part ("1989-WXX"); for a false positive, the shape of the gold it
  overlaps, "DURATION/SET" when it sits on one, or "no gold" when the annotators saw none;
- the **text cue** of the words involved (the gold's words for FN, the mention's for FP), the
  first that applies of: a clock time, a weekday name, a month name (the corpus language's
  names from dateparser's locale data), digits, or words only ("two days later").

The cues are heuristics for grouping, not a second metric: "may" the verb or French "sept"
(seven) look like month names, and that is what makes them worth seeing. This module imports
nothing from the benchmark, so it reads any object with `kind`, `text`, `gold` and
`gold_type`.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Protocol

__all__ = [
    "CUES",
    "SHAPES",
    "ErrorLike",
    "error_shape",
    "format_breakdown",
    "tally_errors",
    "text_cue",
    "value_shape",
]

SHAPES = (
    "year",
    "month",
    "day",
    "time of day",
    "week",
    "quarter",
    "half",
    "season",
    "unknown part",
    "other",
    # only false positives can have these two
    "DURATION/SET",
    "no gold",
)
CUES = ("clock time", "weekday", "month name", "digits", "words only")

_PART_SHAPES = (
    (re.compile(r""), "year"),
    (re.compile(r"-\d{2}"), "month"),
    (re.compile(r"-\d{2}-\d{2}"), "day"),
    (re.compile(r"-W\d{2}(?:-WE|-\d)?"), "week"),
    (re.compile(r"-Q\d"), "quarter"),
    (re.compile(r"-H\d"), "half"),
    (re.compile(r"-(?:SP|SU|FA|WI)"), "season"),
)

# "10:30", "21 h 45", "21h45", "10 a.m.", "9pm", "21 Uhr", "20.30 Uhr", "20 h"
_CLOCK = re.compile(
    r"(?<!\d)\d{1,2}\s?[:h]\s?\d{2}(?!\d)"
    r"|(?<!\d)\d{1,2}(?:[.:]\d{2})?\s?(?:[ap]\.?\s?m\b\.?|uhr\b|h\b)",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
# dateparser's locale data keys
_MONTHS = (
    *("january", "february", "march", "april", "may", "june", "july"),
    *("august", "september", "october", "november", "december"),
)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


class ErrorLike(Protocol):
    """What the breakdown reads of an error record (`benchmarks.timeml.ErrorRecord`)."""

    @property
    def kind(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def gold(self) -> str: ...
    @property
    def gold_type(self) -> str: ...


def value_shape(value: str) -> str:
    """The granularity a TimeML value names: "1998-Q3" -> "quarter", "1998-08-07TMO" -> "time
    of day"; values that do not start with a year are "other"."""
    if not re.match(r"\d{4}", value):
        return "other"
    date, _, time_of_day = value.partition("T")
    if "X" in date:
        return "unknown part"
    if time_of_day:
        return "time of day"
    rest = date[4:]
    return next((shape for pattern, shape in _PART_SHAPES if pattern.fullmatch(rest)), "other")


def error_shape(kind: str, gold: str, gold_type: str) -> str:
    """The row of an error: its gold's shape; for an FP on a DURATION/SET or on no gold, that."""
    if kind == "FP" and gold_type in ("DURATION", "SET"):
        return "DURATION/SET"
    if kind == "FP" and not gold:
        return "no gold"
    return value_shape(gold)


@functools.cache
def _names(language: str, keys: tuple[str, ...]) -> re.Pattern[str] | None:
    """A pattern for the language's names under `keys` in dateparser's locale data.

    Names of four letters or more and a key's full name ("mai", "may") are words; from five
    letters they also match as a word's start, so German compounds ("Dienstagabend") and
    plurals count. Three-letter abbreviations count only with their dot ("Wed.", "Mit."):
    bare, they are mostly other words ("die", "mar", "sun"). Two-letter ones never count.
    """
    try:
        module = importlib.import_module(f"dateparser.data.date_translation_data.{language}")
    except ImportError:
        return None
    info = getattr(module, "info", {})
    alternatives: set[str] = set()
    for key in keys:
        names = [name.lower().rstrip(".") for name in info.get(key, [])]
        longest = max(map(len, names), default=0)
        for name in names:
            if len(name) >= 5:
                alternatives.add(re.escape(name))
            elif len(name) == 4 or len(name) == longest == 3:
                alternatives.add(re.escape(name) + r"(?![^\W\d_])")
            elif len(name) == 3:
                alternatives.add(re.escape(name) + r"\.")
    if not alternatives:
        return None
    ordered = sorted(alternatives, key=len, reverse=True)
    return re.compile(r"(?<![^\W\d_])(?:" + "|".join(ordered) + ")", re.IGNORECASE)


def text_cue(text: str, language: str = "en") -> str:
    """The first cue the words carry: clock time, weekday, month name, digits, words only."""
    if _CLOCK.search(text):
        return "clock time"
    for keys, cue in ((_WEEKDAYS, "weekday"), (_MONTHS, "month name")):
        pattern = _names(language, keys)
        if pattern is not None and pattern.search(text):
            return cue
    return "digits" if _DIGIT.search(text) else "words only"


def tally_errors(errors: Iterable[ErrorLike], language: str = "en") -> Counter[tuple[str, ...]]:
    """Counts keyed by (kind, shape, cue), kind being "FN" or "FP"."""
    return Counter(
        (e.kind, error_shape(e.kind, e.gold, e.gold_type), text_cue(e.text, language))
        for e in errors
    )


def _cell(fn: int, fp: int) -> str:
    return f"{fn}/{fp}" if fn or fp else "-"


def format_breakdown(title: str, errors: Sequence[ErrorLike], language: str = "en") -> str:
    """A table of FN/FP counts: rows are value shapes, columns text cues, plus totals; only
    the title line when there is no error."""
    counts = tally_errors(errors, language)

    def count(kind: str, shape: str | None = None, cue: str | None = None) -> int:
        return sum(
            n
            for (k, s, c), n in counts.items()
            if k == kind and shape in (None, s) and cue in (None, c)
        )

    fn_total, fp_total = count("FN"), count("FP")
    if not fn_total and not fp_total:
        return f"{title}: 0 FN, 0 FP"
    lines = [
        f"{title}: {fn_total} FN, {fp_total} FP (cells FN/FP; rows: gold value shape, "
        "columns: text cue)",
        f"{'shape':<14}{'all':>9}" + "".join(f"{cue:>12}" for cue in CUES),
    ]
    for shape in [*SHAPES, None]:
        fn, fp = count("FN", shape), count("FP", shape)
        if shape is not None and not fn and not fp:
            continue
        cells = "".join(f"{_cell(count('FN', shape, c), count('FP', shape, c)):>12}" for c in CUES)
        lines.append(f"{shape or 'all':<14}{_cell(fn, fp):>9}{cells}")
    return "\n".join(lines)
