"""Per-language date vocabulary, read from dateparser's locale data (not hand-typed).

Month and weekday names, unit words ("year", "años"), relative phrases ("yesterday",
"la semana pasada") and the "last/next/this" modifiers they contain all come from
`dateparser/data/date_translation_data/<lang>.py`, so adding a language is adding a code.
Only English number words and a few English-only syntactic cues are written by hand,
because the locale data has none.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass, field
from functools import cache

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

_EN_NUMBERS = {
    word: value
    for value, word in enumerate(
        [
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
            "twenty",
        ]
    )
}
_EN_NUMBERS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "a": 1, "an": 1})

# Where dateparser's locale data has no number words (its "simplifications" carry them
# for fr and de only), the small ones are listed here: counts in "hace dos días".
_NUMBER_WORDS = {
    "es": "uno dos tres cuatro cinco seis siete ocho nueve diez once doce",
    "it": "uno due tre quattro cinque sei sette otto nove dieci undici dodici",
    "pt": "um dois três quatro cinco seis sete oito nove dez onze doze",
}
# Feminine forms, for feminine units: "há duas semanas", "hace una semana", "una settimana fa".
_FEMININE_NUMBERS = {
    "es": {"una": 1},
    "it": {"una": 1},
    "pt": {"uma": 1, "duas": 2},
}
# Modifiers common in news that the locale's relative phrases do not show.
_EXTRA_MODIFIERS = {
    "de": {"vergangenen": -1, "vergangene": -1, "vergangenes": -1, "kommenden": 1, "kommende": 1},
    "fr": {"passé": -1, "passée": -1},
    "it": {"passato": -1, "passata": -1},
}
# Everyday spellings of relative days the locale data lacks ("antes de ontem", "avantieri").
_EXTRA_RELATIVE = {
    "it": {"avantieri": (-2, "day"), "l'altro ieri": (-2, "day"), "dopodomani": (2, "day")},
    "pt": {"antes de ontem": (-2, "day"), "depois de amanhã": (2, "day")},
    "es": {"antes de ayer": (-2, "day"), "pasado mañana": (2, "day")},
}
# Inflected unit words the locale data lacks: German genitives ("im Mai letzten Jahres").
_EXTRA_UNITS = {"de": {"jahres": "year", "monats": "month"}}
# Tens words, for decades written "anni Novanta" / "años noventa".
_TENS = {
    "es": "veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa",
    "it": "venti trenta quaranta cinquanta sessanta settanta ottanta novanta",
    "pt": "vinte trinta quarenta cinquenta sessenta setenta oitenta noventa",
    "en": "twenties thirties forties fifties sixties seventies eighties nineties",
}


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
    months = {w: i + 1 for i, key in enumerate(_MONTH_KEYS) for w in _words(info.get(key))}
    variants = info.get("locale_specific", {})
    assert isinstance(variants, dict)
    for variant in variants.values():
        for i, key in enumerate(_MONTH_KEYS):
            for w in _words(variant.get(key)):
                months.setdefault(w, i + 1)
    weekdays = {w: i for i, key in enumerate(_WEEKDAY_KEYS) for w in _words(info.get(key))}
    units = {w: unit for unit in UNITS for w in _words(info.get(unit), 2)}
    units.update(_EXTRA_UNITS.get(language, {}))
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
    for simplification in info.get("simplifications", []) or []:  # type: ignore[attr-defined]
        for source, target in simplification.items():
            if re.fullmatch(r"[^\W\d]+(?:'[^\W\d]+)?", source) and target.isdigit():
                numbers[source.lower()] = int(target)
    if language == "en":
        numbers.update(_EN_NUMBERS)
    for value, word in enumerate(_NUMBER_WORDS.get(language, "").split(), start=1):
        numbers.setdefault(word, value)
    for word, value in _FEMININE_NUMBERS.get(language, {}).items():
        numbers.setdefault(word, value)
    for phrase, meaning in _EXTRA_RELATIVE.get(language, {}).items():
        relative.setdefault(phrase, meaning)
    for word, offset in _EXTRA_MODIFIERS.get(language, {}).items():
        before.setdefault(word, offset)
        if language != "de":
            after.setdefault(word, offset)
    tens = {word: value for value, word in enumerate(_TENS.get(language, "").split(), start=2)}
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
