"""The date engine's hand-written words per language, read from `timeline/lang/<code>/dates.py`.

dateparser's locale data gives month and weekday names, units, relative phrases and the
"last/next" modifiers; a language's `dates.py` adds only what it lacks, as plain module
constants named after the fields of `DateWords` (upper case). This module reads them into
one typed record per language, so the rules never touch a data module directly and a
misspelt name is an error, not a silently ignored word.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields
from functools import cache
from types import ModuleType

from timeline.lang import LANGUAGES, stage_modules

__all__ = [
    "DateWords",
    "date_words",
    "every_language",
    "every_pattern",
    "every_word",
    "pattern_union",
]


@dataclass(frozen=True, kw_only=True)
class DateWords:
    """What one language's `dates.py` may define; every field is optional.

    Words are lower case. "Regex" fields hold regular expressions (matched case-insensitively
    against one word or two); the engine joins those of several languages with "|".
    """

    # the lexicon (added to dateparser's words for the language)
    numbers: dict[str, int] = field(default_factory=dict)
    """Count words: "dos" → 2 in "hace dos días" (dateparser has them for fr and de only)."""
    tens: tuple[str, ...] = ()
    """Decades in words, for 20 to 90 in order: "noventa" in "los años noventa"."""
    units: dict[str, str] = field(default_factory=dict)
    """Inflected unit words: German genitives ("im Mai letzten Jahres")."""
    relative: dict[str, tuple[int, str]] = field(default_factory=dict)
    """Everyday relative days: "pasado mañana" → (2, "day")."""
    not_relative: tuple[str, ...] = ()
    """dateparser phrases that are no date in news ("till date")."""
    modifiers_before: dict[str, int] = field(default_factory=dict)
    """Modifiers before a unit or weekday that the locale's phrases do not show."""
    modifiers_after: dict[str, int] = field(default_factory=dict)
    """Modifiers after a unit or weekday ("le mois passé")."""
    anchored_modifiers: dict[str, int] = field(default_factory=dict)
    """Modifiers before a unit or weekday that, before "year", count from a date the text
    named ("September of the previous year"), not from the publication date."""
    period_words: tuple[str, ...] = ()
    """Nouns for periods that take a modifier like a unit: "last quarter", "this weekend"."""
    # how the language writes dates
    months_lowercase: bool = False
    """Month names are written in lower case: "Mars" mid-sentence is then a name."""
    modifiers_either_side: bool = False
    """"próximo"/"pasado" may stand on either side of the noun."""
    capitalised_nouns: bool = False
    """Nouns are capitalised: "Morgen" mid-sentence is the morning, not tomorrow."""
    short_months: tuple[str, ...] = ()
    """Full month names of three letters ("may"): a match on their own, unlike "jan"."""
    verb_months: tuple[str, ...] = ()
    """Month names that are also common verbs in lower case ("may")."""
    ordinal_suffixes: tuple[str, ...] = ()
    """What may follow a day number: "3rd", "1er", "1º"."""
    ordinal_point: bool = False
    """Ordinals are written with a point ("im 53. Lebensjahr", "am 3. März"): two digits
    before a point are an ordinal, not a year with its century left out."""
    short_year_before: tuple[str, ...] = ()
    """Words before a two-digit year: "del '92", "nell'83", "en 97,". With the apostrophe of
    the elided century the number is a year; without, only before punctuation."""
    range_words: tuple[str, ...] = ()
    """Words joining the two ends of a range: "to", "al", "bis"."""
    edge_words: tuple[str, ...] = ()
    """Words before a month or year naming part of it: "early", "the end of"."""
    quarter_ordinals: dict[str, int] = field(default_factory=dict)
    """Ordinals that number quarters: "first" → 1, "4th" → 4."""
    quarter_nouns: tuple[str, ...] = ()
    """Nouns for a quarter of a year outside English ("trimestre"): "el tercer trimestre",
    "o último trimestre", "no trimestre" (the one under discussion)."""
    half_nouns: tuple[str, ...] = ()
    """Nouns for a half year ("semestre"): "el segundo semestre de este año"."""
    first_two_quarters: str = ""
    """Regex: "the first two quarters" as a half year ("os dois primeiros trimestres de
    1990" → 1990-H1)."""
    year_before: str = ""
    """Regex: after a period noun, the same period a year back ("homólogo do ano passado")."""
    ended: str = ""
    """Regex: after a quarter noun, the words before the day it ended ("trimestre findo a 30
    de setembro", "trimestre terminado el 30 de junio"): that day names the quarter."""
    period_nouns: tuple[str, ...] = ()
    """Nouns for a reporting period that name the quarter under discussion only with
    `year_before` after them: "o período homólogo do ano passado"."""
    shifts: dict[str, int] = field(default_factory=dict)
    """Words after "one day/year" that count it from the date the text named: "un año antes"
    → -1, "un giorno dopo" → +1 (the English ones are a pattern of their own)."""
    anaphoric: tuple[str, ...] = ()
    """Words before a day, month or year noun that point at the one the text just named
    ("ese mismo día", "lo stesso giorno", "naquele ano"): anchored to that date."""
    date_nouns: tuple[str, ...] = ()
    """Nouns for "the date" that `anaphoric` words may point at ("esa fecha")."""
    compared: str = ""
    """Regex: words that set a figure against an earlier one ("compared with", "face a"):
    "last year" after them is the same period a year back, not the whole year."""
    day_ordinals: dict[str, int] = field(default_factory=dict)
    """Days of the month in words: "twenty-first" → 21."""
    seasons: dict[str, str] = field(default_factory=dict)
    """Season nouns → TimeML season codes: "fall" → "FA"."""
    spelled_numbers: dict[str, int] = field(default_factory=dict)
    """Number words in years spelled out ("nineteen ninety-six")."""
    # periods of the year and the week, in any language
    season_before: tuple[str, ...] = ()
    """Words before a season without a year that make it one ("à l'", "im"): "a été" is a
    verb, "l'été" the summer."""
    weekends: tuple[str, ...] = ()
    """Nouns for the weekend: "week-end", "Wochenende", "fin de semana"."""
    # the time of day: a clock time or a part of the day names a day (see `patterns.days`)
    clock_units: tuple[str, ...] = ()
    """Words after an hour: "h", "Uhr", "heures"; those longer than three letters ("heures",
    "horas") only after a `clock_before` word. A language without them reports no clock time
    in digits (English: "at 10 a.m." alone is a time, not a date)."""
    clock_before: tuple[str, ...] = ()
    """Words before a clock time: "à", "um", "a las", "alle", "at"."""
    clock_after: str = ""
    """Regex: what after a whole hour, itself after a `clock_before` word, makes it a clock
    time: "alle 11 e 30", "a las 11 de la mañana", "às 9 e meia"."""
    clock_names: tuple[str, ...] = ()
    """Clock times in words, after a `clock_before` word: "midi", "Mitternacht", "noon"."""
    parts_of_day: dict[str, str] = field(default_factory=dict)
    """Parts of the day → TimeML codes: "soir" → "EV", "Nachmittag" → "AF"."""
    event_parts: tuple[str, ...] = ()
    """Parts of the day that also name an event ("cette soirée, animée par ..."): a part of
    the day only after a `part_of_day_before` word ("dans la soirée")."""
    part_of_day_glue: tuple[str, ...] = ()
    """Words between a day and its part: "el martes por la noche", "ontem à noite"."""
    part_of_day_before: tuple[str, ...] = ()
    """Words before a part of the day that make it one day's ("dans la nuit", "am Abend"):
    the day the text is talking about."""
    anaphoric_years: dict[str, int] = field(default_factory=dict)
    """Years counted from the date the text just named: "l'année suivante" → 1."""
    # holidays
    fixed_holidays: dict[tuple[int, int], tuple[str, ...]] = field(default_factory=dict)
    """(month, day) → the names of the holiday on that day."""
    weekday_holidays: dict[tuple[int, int, int, int], tuple[str, ...]] = field(default_factory=dict)
    """(month, weekday with 0 = Monday, nth with -1 the last, days after it) → names:
    (11, 3, 4, 0) is Thanksgiving, the fourth Thursday of November."""
    easter_holidays: dict[int, tuple[str, ...]] = field(default_factory=dict)
    """Days after Western Easter Sunday → names: -2 is Good Friday."""
    easter_weeks: dict[int, tuple[str, ...]] = field(default_factory=dict)
    """Weeks named after Easter: a day of the week, in days after Easter Sunday → names
    ("holy week": -3). They resolve to the ISO week holding that day."""
    bare_holidays: tuple[str, ...] = ()
    """Names that also modify nouns ("Christmas tree", "marché de Noël"): a date only after
    a word of `holiday_before`, a modifier, or before a year."""
    holiday_before: str = ""
    """Regex: the words right before a holiday name that make it the day ("on", "à", "zu")."""
    holiday_others: str = ""
    """Regex: a word right after a holiday name that makes it another calendar's ("Año Nuevo
    chino", "Nouvel An chinois"): no date."""
    national_holidays: tuple[str, ...] = ()
    """Names many countries give their own day ("Independence Day", "Election Day"): the
    day the data gives only in title case and without another nation's name before it
    ("India's Independence Day", "Britain's election day")."""
    # is it a date here?
    not_after_year: tuple[str, ...] = ()
    """Regex: what after a four-digit number makes it an amount ("percent", "million")."""
    not_before_year: tuple[str, ...] = ()
    """Words before a number that make it an identifier ("route", "flight")."""
    generic_nouns: tuple[str, ...] = ()
    """What "today's" describes when it means the present at large ("world", "youth")."""
    generic_days: tuple[str, ...] = ()
    """Relative days that may mean the present or future at large ("of tomorrow")."""
    every_words: tuple[str, ...] = ()
    """Words that make a month or weekday recurring ("every Monday", "todos los lunes")."""
    habit_articles: tuple[str, ...] = ()
    """Articles that make a weekday a habit when no day number follows it ("le mercredi",
    "il lunedì"; but "le mercredi 12 juin" is a date)."""
    nowadays: tuple[str, ...] = ()
    """Regex: idioms built on a date word that mean "nowadays" ("hoy en día"): no date."""
    false_friends: tuple[str, ...] = ()
    """Month or weekday names (or abbreviations) in dateparser's data that in this language
    mostly mean something else ("sept" = seven, "mar" = sea): dates only beside a day number."""
    ordinal_weekdays: tuple[str, ...] = ()
    """Weekday names that are also ordinals ("segunda" = second): a day only after one of
    `weekday_cues` and not before a noun ("na segunda", but "a segunda maior")."""
    weekday_cues: tuple[str, ...] = ()
    """Words before an ordinal weekday that make it a day ("na", "até", "próxima")."""
    plural_parts_of_day: tuple[str, ...] = ()
    """"on Monday and Tuesday nights": plural parts of the day after a weekday."""
    customs: tuple[str, ...] = ()
    """What a weekday names when it is a custom: "Friday prayers"."""
    duration_before: tuple[str, ...] = ()
    """Words before an "ago" phrase that make it a stretch of time up to now: "desde hace un
    año" (for a year), not a date."""
    counted_nouns: tuple[str, ...] = ()
    """Nouns that a number before them counts: "2000 troops"."""
    uncounted: tuple[str, ...] = ()
    """Words ending like a plural noun ("-s", "-i") that count nothing: a number before them
    may be a year ("en 1998 après la crise", "nel 1998 quasi tutti")."""
    measures: tuple[str, ...] = ()
    """Units that a number before them measures: "1990 hours"."""
    date_prepositions: tuple[str, ...] = ()
    """Words that make the number after them a year even before a counted noun."""
    approximators: tuple[str, ...] = ()
    """Words before a count: "about 2000 cars"."""
    leading_words: tuple[str, ...] = ()
    """Sentence openers that may precede a month: "In May" (but "Sarah May")."""
    morning_words: tuple[str, ...] = ()
    """Words for both "tomorrow" and "the morning" ("mañana", "Morgen")."""
    morning_before: tuple[str, ...] = ()
    """Words before them that make them the morning ("esta mañana", "heute Morgen")."""
    # stories (see `timeline.dates._focus`)
    deictic: str = ""
    """Regex: what makes an expression count from the moment of writing even inside a story
    ("today", "last week", "two days ago"; not "the next day")."""
    anaphoric_days: dict[str, int] = field(default_factory=dict)
    """Days counted from the day the text just named: "the next morning" → 1, "la veille" →
    -1, "am selben Tag" → 0."""
    event_links: tuple[str, ...] = ()
    """Words after such a day that tie it to an event instead ("la veille du scrutin", "na
    véspera do regresso"): then it counts from no date the text named."""
    # tense (regexes; see `timeline.dates._tense`)
    future_cues: str = ""
    """Words that point ahead: auxiliaries ("will", "va a"), future endings ("-rá")."""
    past_cues: str = ""
    """Words that point back: auxiliaries ("was", "a été"), participles ("-ado", "-ed")."""
    not_cues: str = ""
    """Regex: two words that hold a cue word but say nothing of time ("next to" the station)."""
    not_past: tuple[str, ...] = ()
    """Words that look like past participles but are not ("need", "hundred")."""
    before_adjective: tuple[str, ...] = ()
    """Words that make an "-ed" form after them an adjective ("the revised plan")."""
    intentions: str = ""
    """An intention and its infinitive: "agreed to"."""
    scheduled: str = ""
    """Present-tense event verbs that name a coming day: "the plant opens Saturday"."""
    not_schedule: tuple[str, ...] = ()
    """Words before a base form that make it no scheduled present ("did not meet")."""
    causatives: tuple[str, ...] = ()
    """Verbs whose object takes a bare infinitive: "let the talks resume"."""
    # frames around a cue or a date, each a regex (see the rules in `_tense`)
    as_planned: str = ""
    """Before a future cue, an earlier plan: "as previously expected"."""
    future_frame: str = ""
    """Before a past participle, a future: "will be named"."""
    terms: str = ""
    """Before a date, the terms of an announcement: "payable", "effective"."""
    adjacent: str = ""
    """Between a verb and its date, nothing but this: "held in April"."""
    perfect_after: str = ""
    """After a future cue, a past possibility: "may have"."""
    past_frame: str = ""
    """Before a future cue, a past plan: "was scheduled to"."""
    perfect_frame: str = ""
    """The part of `past_frame` that is a perfect: "had been due to"."""
    deadlines: tuple[str, ...] = ()
    """Words mid-sentence before a bare month that make it a deadline ahead: "by February",
    "até janeiro", "entro marzo"."""
    temporal_clause: str = ""
    """Conjunctions opening a temporal clause: "as soon as", "when"."""


_FIELDS = {f.name.upper(): f.name for f in fields(DateWords)}


def read_date_words(module: ModuleType) -> DateWords:
    """The record for one data module; an unknown upper-case name is an error."""
    names = {name for name in vars(module) if name.isupper() and not name.startswith("_")}
    unknown = names - set(_FIELDS)
    if unknown:
        raise ValueError(f"{module.__name__}: unknown date words {sorted(unknown)}")
    return DateWords(**{_FIELDS[name]: getattr(module, name) for name in names})


@cache
def date_words(language: str) -> DateWords:
    """The hand-written date words of `language`; empty for a language without a folder."""
    module = stage_modules("dates").get(language)
    return read_date_words(module) if module is not None else DateWords()


@cache
def every_language() -> tuple[DateWords, ...]:
    """The date words of every language with data, for rules that apply whatever the text's
    language is (tense cues, counted nouns)."""
    return tuple(date_words(code) for code in LANGUAGES)


def every_word(field: Callable[[DateWords], Iterable[str]]) -> frozenset[str]:
    """One field's words in every language with data."""
    return frozenset(word for words in every_language() for word in field(words))


def every_pattern(field: Callable[[DateWords], str]) -> str:
    """One regex for a regex field of every language with data."""
    return pattern_union(field(words) for words in every_language())


def pattern_union(patterns: Iterable[str]) -> str:
    """One regex for the non-empty `patterns` (each already a regex)."""
    present = [p for p in patterns if p]
    if len(present) == 1:
        return present[0]
    return "(?:" + "|".join(present) + ")" if present else "(?!)"
