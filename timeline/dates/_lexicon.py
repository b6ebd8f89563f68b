"""Per-language date vocabulary, read from dateparser's locale data (not hand-typed).

Month and weekday names, unit words ("year", "años"), relative phrases ("yesterday",
"la semana pasada") and the "last/next/this" modifiers they contain all come from
`dateparser/data/date_translation_data/<lang>.py`, so adding a language is adding a code.
What the locale data lacks (number words, news modifiers, everyday relative days) comes from
the language's `timeline/lang/<code>/dates.py` (see `_langdata`).
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass, field
from functools import cache

from timeline.dates._langdata import date_words
from timeline.errors import TimelineError

__all__ = ["Lexicon", "load_lexicon"]

UNITS = ("day", "week", "month", "year")
_MONTH_KEYS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_WEEKDAY_KEYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_REL_KEY = re.compile(r"^(?:(in) )?(\d+) (day|week|month|year)(?: (ago))?$")
_NUMBER_GROUP = re.compile(r"\(\\d\+\+\[\.,\]\?\\d\*\+\)")


@dataclass(frozen=True)
class Lexicon:
    """The words one language uses for dates, lower-cased."""

    language: str
    date_order: str
    months: dict[str, int]
    weekdays: dict[str, int]
    units: dict[str, str]
    relative: dict[str, tuple[int, str]]
    """Fixed phrases → (offset, unit): "yesterday" → (-1, "day"), "next week" → (1, "week")."""
    modifiers_before: dict[str, int]
    """Words placed before a unit or weekday: "last" → -1, "this" → 0, "next" → 1."""
    modifiers_after: dict[str, int]
    """Words placed after it ("la semana pasada", "le mois dernier")."""
    tens: dict[str, int] = field(default_factory=dict)
    """ "noventa" → 9: decades written in words."""
    ago_patterns: list[tuple[str, str, int]] = field(default_factory=list)
    """(regex with a NUMBER placeholder, unit, sign): "hace NUMBER días", "NUMBER days ago"."""
    number_words: dict[str, int] = field(default_factory=dict)


def _words(values: object, minimum: int = 3) -> list[str]:
    if not isinstance(values, list):
        return []
    return [v.lower() for v in values if isinstance(v, str) and len(v) >= minimum]


@cache
def load_lexicon(language: str) -> Lexicon:
    """The vocabulary of `language` (a dateparser code like "en", "es"); cached."""
    try:
        module = importlib.import_module(f"dateparser.data.date_translation_data.{language}")
    except ImportError:
        raise TimelineError(f"unsupported language '{language}'") from None
    info: dict[str, object] = module.info
    words = date_words(language)
    months = {w: i + 1 for i, key in enumerate(_MONTH_KEYS) for w in _words(info.get(key))}
    variants = info.get("locale_specific", {})
    assert isinstance(variants, dict)
    for variant in variants.values():
        for i, key in enumerate(_MONTH_KEYS):
            for w in _words(variant.get(key)):
                months.setdefault(w, i + 1)
    weekdays = {w: i for i, key in enumerate(_WEEKDAY_KEYS) for w in _words(info.get(key))}
    units = {w: unit for unit in UNITS for w in _words(info.get(unit), 2)}
    units.update(words.units)
    relative: dict[str, tuple[int, str]] = {}
    before: dict[str, int] = {}
    after: dict[str, int] = {}
    rel_types = info.get("relative-type", {})
    assert isinstance(rel_types, dict)
    for key, phrases in rel_types.items():
        match = _REL_KEY.match(key)
        if not match:
            continue
        future, count, unit, _ = match.groups()
        offset = int(count) * (1 if future else -1)
        for phrase in _words(phrases, 2):
            relative[phrase] = (offset, unit)
            _collect_modifier(phrase, unit, offset, units, before, after)
    ago: list[tuple[str, str, int]] = []
    regexes = info.get("relative-type-regex", {})
    assert isinstance(regexes, dict)
    for key, patterns in regexes.items():
        match = re.match(r"^(?:(in) )?\\1 (day|week|month|year)(?: ago)?$", key)
        if not match:
            continue
        sign = 1 if match.group(1) else -1
        for pattern in patterns:
            shaped = _NUMBER_GROUP.sub("NUMBER", pattern)
            # keep prose ("hace NUMBER días"), not abbreviations ("NUMBERd ago", "NUMBER mo ago")
            # "in NUMBER years" is usually a duration ("the first visit in 24 years")
            ambiguous = sign > 0 and shaped.split()[0] in ("in", "en")
            if not ambiguous and any(len(w) >= 3 for w in _unit_tokens(shaped, units)):
                ago.append((shaped, match.group(2), sign))
    numbers: dict[str, int] = {}
    simplifications = info.get("simplifications") or []
    assert isinstance(simplifications, list)
    for simplification in simplifications:
        for source, target in simplification.items():
            if re.fullmatch(r"[^\W\d]+(?:'[^\W\d]+)?", source) and target.isdigit():
                numbers[source.lower()] = int(target)
    for word, value in words.numbers.items():
        numbers.setdefault(word, value)
    for phrase, meaning in words.relative.items():
        relative.setdefault(phrase, meaning)
    for phrase in words.not_relative:
        relative.pop(phrase, None)
    for word, offset in {**words.modifiers_before, **words.anchored_modifiers}.items():
        before.setdefault(word, offset)
    for word, offset in words.modifiers_after.items():
        after.setdefault(word, offset)
    tens = {word: value for value, word in enumerate(words.tens, start=2)}
    order = info.get("date_order", "DMY")
    return Lexicon(
        language=language,
        date_order=order if isinstance(order, str) else "DMY",
        months=months,
        weekdays=weekdays,
        units=units,
        relative=relative,
        modifiers_before=before,
        modifiers_after=after,
        tens=tens,
        ago_patterns=ago,
        number_words=numbers,
    )


def _unit_tokens(pattern: str, units: dict[str, str]) -> list[str]:
    return [token for token in re.split(r"[\s]+", pattern.lower()) if token in units]


def _collect_modifier(
    phrase: str,
    unit: str,
    offset: int,
    units: dict[str, str],
    before: dict[str, int],
    after: dict[str, int],
) -> None:
    """Learn "last"/"pasada" from "last week"/"la semana pasada" (offsets -1, 0, 1 only)."""
    if offset not in (-1, 0, 1):
        return
    tokens = phrase.split()
    positions = [i for i, t in enumerate(tokens) if units.get(t) == unit]
    if len(positions) != 1:
        return
    at = positions[0]
    if at > 0 and len(tokens[at - 1]) > 2:
        before.setdefault(tokens[at - 1], offset)
    if at + 1 < len(tokens) and len(tokens[at + 1]) > 2:
        after.setdefault(tokens[at + 1], offset)
