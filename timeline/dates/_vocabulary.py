"""The words of a tuple of languages, merged, and the regex fragments patterns share.

Each language's `Lexicon` (dateparser's locale data plus `timeline/lang/<code>/dates.py`) is
merged in the order the languages are given: the first language wins a word two of them
share. Resolvers read the merged tables through `Context.vocabulary`; pattern builders read
them and the fragments below (`month_any`, `edge`, `year_any` ...).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache, cached_property
from typing import TypeVar

from timeline.dates._langdata import DateWords, date_words, every_language
from timeline.dates._lexicon import Lexicon, load_lexicon
from timeline.dates._regex import alt, either

__all__ = [
    "DASH",
    "DAY",
    "DIGIT_GUARD",
    "ORDINAL",
    "WORD_GUARD",
    "YEAR",
    "Ago",
    "Vocabulary",
    "english_counts",
    "merged",
    "spelled_year",
    "vocabulary",
]

K = TypeVar("K")
V = TypeVar("V")

DAY = r"(?:3[01]|[12]\d|0?[1-9])"
YEAR = r"(?:1[1-9]\d\d|20\d\d)"
ORDINAL = rf"(?:{alt(s for words in every_language() for s in words.ordinal_suffixes)})?"
"""What may follow a day number in any language ("3rd", "1er", "1º")."""
DASH = rf"\s*(?:-|–|—|{alt(w for words in every_language() for w in words.range_words)})\s*"
"""What joins the two ends of a range in any language ("to", "al", "bis")."""
WORD_GUARD = "_#@"
"""Characters (besides letters and digits) that may not precede a match: a hashtag or a
handle ("#June19", "@Sunday") is a name, not a date."""
DIGIT_GUARD = WORD_GUARD + "$€£¥.,/'-"
"""What may not precede a number that starts a date ("$2024", "3.1999", "#1990")."""

_SHORT_MONTHS = frozenset(w for words in every_language() for w in words.short_months) | {"mei"}
"""Full month names of three letters; "mei" is Dutch and Indonesian, which have no folder."""


def merged(tables: Iterable[Mapping[K, V]]) -> dict[K, V]:
    """One table from several: the first table that has a key gives its value."""
    result: dict[K, V] = {}
    for table in tables:
        for key, value in table.items():
            result.setdefault(key, value)
    return result


@dataclass(frozen=True)
class Ago:
    """Counted phrases from the locale data, split around their count: "hace NUMBER días"
    gives the prefix "hace", "NUMBER days ago" the suffix "ago"."""

    signs: dict[str, int]
    """ "ago" → -1, "hace" → -1, "tra" → +1: the direction each fixed word gives a count."""
    prefixes: frozenset[str]
    suffixes: frozenset[str]
    prefix_units: frozenset[str]
    suffix_units: frozenset[str]


def _ago(patterns: Iterable[tuple[str, str, int]]) -> Ago:
    signs: dict[str, int] = {}
    suffix_units: set[str] = set()
    prefix_units: set[str] = set()
    suffix_words: set[str] = set()
    for shaped, _, sign in patterns:
        head, _, tail = shaped.partition("NUMBER")
        unit_word, _, suffix = tail.strip().partition(" ")
        if head.strip() and not suffix:
            signs.setdefault(head.strip(), sign)
            prefix_units.add(unit_word)
        elif suffix and not head.strip():
            signs.setdefault(suffix.strip(), sign)
            suffix_units.add(unit_word)
        if shaped.startswith("NUMBER"):
            # fixed words that follow the count ("ago", "fa", "atrás")
            suffix_words.add(tail.strip().partition(" ")[2].strip())
    prefixes = set(signs) - (suffix_words - {""})
    return Ago(
        signs=signs,
        prefixes=frozenset(prefixes),
        suffixes=frozenset(set(signs) - prefixes),
        prefix_units=frozenset(prefix_units),
        suffix_units=frozenset(suffix_units),
    )


@dataclass(frozen=True, eq=False, kw_only=True)
class Vocabulary(Lexicon):
    """The merged lexicon of one tuple of languages, and the regex fragments built from it.

    As a `Lexicon` it speaks for the first language (`language`, `date_order`) and holds
    every language's words, the first language's meaning winning.
    """

    languages: tuple[str, ...]
    lexicons: tuple[Lexicon, ...]
    words: tuple[DateWords, ...]
    """The hand-written date words of each language, in order."""

    @property
    def english(self) -> bool:
        """English syntax applies (its quarters, seasons, spelled years ...)."""
        return "en" in self.languages

    @cached_property
    def modifiers(self) -> dict[str, int]:
        """Every modifier and its offset: "last" → -1, "this" → 0, "pasada" → -1."""
        return {**self.modifiers_after, **self.modifiers_before}

    @cached_property
    def lowercase_months(self) -> frozenset[str]:
        """Month names of languages that write them in lower case ("mars", "junio")."""
        lower = [date_words(lexicon.language).months_lowercase for lexicon in self.lexicons]
        return frozenset(
            w
            for lexicon, low in zip(self.lexicons, lower, strict=True)
            if low
            for w in lexicon.months
        ) - {
            w
            for lexicon, low in zip(self.lexicons, lower, strict=True)
            if not low
            for w in lexicon.months
        }

    @cached_property
    def ago(self) -> Ago:
        return _ago(self.ago_patterns)

    @cached_property
    def day_ordinals(self) -> dict[str, int]:
        """Days of the month in words: "twenty-first" → 21."""
        return merged(words.day_ordinals for words in self.words)

    @cached_property
    def quarter_ordinals(self) -> dict[str, int]:
        return merged(words.quarter_ordinals for words in self.words)

    @cached_property
    def quarter_nouns(self) -> frozenset[str]:
        """Nouns for a quarter, "quarter" among them when English is read."""
        english = {"quarter"} if self.english else set()
        return frozenset(english | {w for words in self.words for w in words.quarter_nouns})

    @cached_property
    def period_nouns(self) -> frozenset[str]:
        """Nouns for a reporting period that name a quarter only in context ("período")."""
        return frozenset(w for words in self.words for w in words.period_nouns)

    @cached_property
    def half_nouns(self) -> frozenset[str]:
        return frozenset(w for words in self.words for w in words.half_nouns)

    @cached_property
    def seasons(self) -> dict[str, str]:
        return merged(words.seasons for words in self.words)

    # --- fragments ---------------------------------------------------------------------------

    @cached_property
    def unit_words(self) -> frozenset[str]:
        """Units that take a modifier: the words used in the locale's own relative phrases."""
        phrase_tokens = {t for phrase in self.relative for t in phrase.split()}
        words = {w for w in self.units if w in phrase_tokens and len(w) >= 3}
        periods = {
            w
            for words in self.words
            for w in (*words.period_words, *words.quarter_nouns, *words.period_nouns)
        }
        halves = {w for words in self.words for w in words.half_nouns}
        return frozenset(words | periods | halves)

    @cached_property
    def false_friends(self) -> frozenset[str]:
        """Names that are mostly other words in these languages ("sept" = seven)."""
        return frozenset(w for words in self.words for w in words.false_friends)

    @cached_property
    def month_re(self) -> str:
        """A month name; abbreviations ("Sept.", "gen.") only with their point and only in
        the first language: with several, "Gen." or "set." are far more often something else.
        False friends ("sept" = seven) are left to the patterns with a day number."""
        full = {w for w in self.months if len(w) > 3 or w in _SHORT_MONTHS}
        dotted = set(self.lexicons[0].months)
        return rf"(?:{alt(full - self.false_friends)}|(?:{alt(dotted - self.false_friends)})\.)"

    @cached_property
    def month_any(self) -> str:
        """Any month name or abbreviation, with an optional point."""
        return rf"(?:{alt(self.months)})\.?"

    @cached_property
    def weekday_re(self) -> str:
        full = {w for w in self.weekdays if len(w) > 3} - self.false_friends
        dotted = set(self.lexicons[0].weekdays) - self.false_friends
        return rf"(?:{alt(full)}|(?:{alt(dotted)})\.)"

    @cached_property
    def number(self) -> str:
        """A count in digits or words."""
        return rf"(?:\d{{1,3}}|{alt(self.number_words)})" if self.number_words else r"\d{1,3}"

    @cached_property
    def either_side(self) -> bool:
        """ "próximo"/"pasado" may stand on either side of the noun in these languages."""
        return any(words.modifiers_either_side for words in self.words)

    @cached_property
    def mods_before(self) -> str:
        """Modifiers before the noun; in languages that place them on either side, every
        modifier ("el pasado año" as well as "el año pasado")."""
        return alt(self.modifiers if self.either_side else self.modifiers_before)

    @cached_property
    def mods_after(self) -> str | None:
        """Modifiers after the noun; in languages that place "próximo"/"pasado" on either
        side, the ones before it too. None when the languages have none."""
        if not (self.modifiers_after or self.either_side):
            return None
        return alt(self.modifiers if self.either_side else self.modifiers_after)

    @cached_property
    def edge(self) -> str:
        """Optional words before a month or year naming part of it ("early", "the end of")."""
        words = [w for words in self.words for w in words.edge_words]
        return rf"(?:(?:{either(words)})[\s-]+)?" if words else ""

    @cached_property
    def year_any(self) -> str:
        """A year in digits, or in English words as transcripts write it."""
        return f"{YEAR}|{spelled_year()}" if self.english else YEAR


def spelled_year() -> str:
    """English years in words, as transcripts write them: "nineteen ninety-six"."""
    numbers = date_words("en").spelled_numbers
    units = either(w for w, n in numbers.items() if 1 <= n <= 9)
    teens = either(w for w, n in numbers.items() if 10 <= n <= 19)
    tens = either(w for w, n in numbers.items() if n >= 20 and n % 10 == 0)
    return (
        rf"(?:nineteen|twenty)[\s-](?:hundred(?:\s+and)?\s+)?(?:(?:{tens})(?:[\s-](?:{units}))?"
        rf"|{teens}|oh[\s-](?:{units}))(?![\w-])"
    )


def english_counts() -> str:
    """English counts in words ("three days later"): every number word but zero."""
    return either(w for w, n in date_words("en").numbers.items() if n > 0)


@cache
def vocabulary(languages: tuple[str, ...]) -> Vocabulary:
    """The merged vocabulary of `languages`, built once per process."""
    lexicons = tuple(load_lexicon(language) for language in languages)
    return Vocabulary(
        language=languages[0],
        date_order=lexicons[0].date_order,
        months=merged(lexicon.months for lexicon in lexicons),
        weekdays=merged(lexicon.weekdays for lexicon in lexicons),
        units=merged(lexicon.units for lexicon in lexicons),
        relative=merged(lexicon.relative for lexicon in lexicons),
        modifiers_before=merged(lexicon.modifiers_before for lexicon in lexicons),
        modifiers_after=merged(lexicon.modifiers_after for lexicon in lexicons),
        tens=merged(lexicon.tens for lexicon in lexicons),
        ago_patterns=[shaped for lexicon in lexicons for shaped in lexicon.ago_patterns],
        number_words=merged(lexicon.number_words for lexicon in lexicons),
        languages=languages,
        lexicons=lexicons,
        words=tuple(date_words(language) for language in languages),
    )
