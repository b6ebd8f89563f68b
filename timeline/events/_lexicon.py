"""Every language's event words (`timeline/lang/<code>/events.py`), merged for the rules.

A rule reads the union over all languages: an article's language is only a guess, and the
rules have always applied every language's words to every article. Rules that are English
grammar (noun-phrase chunking, a title's last word) read English alone (`ENGLISH`) or the
other languages alone (`NOT_ENGLISH`). The word classes several modules share are built
here once, so every rule agrees on them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from timeline.lang import LANGUAGES, stage_modules

__all__ = [
    "DETERMINERS",
    "ENGLISH",
    "NOT_ENGLISH",
    "NP_STOP",
    "PAST_VERB",
    "PAST_VERB_RE",
    "POSSESSIVES",
    "SPEECH_VERBS",
    "STOPWORDS",
    "WORD_RE",
    "alternation",
    "either_case",
    "irregular_verbs",
    "mapping",
    "pairs",
    "past_forms",
    "phrases",
    "word_set",
]

ENGLISH: tuple[str, ...] = ("en",)
NOT_ENGLISH: tuple[str, ...] = tuple(code for code in LANGUAGES if code != "en")

READ: set[str] = set()
"""The names the rules have read, so a test can tell that no language's data goes unread."""

_READ_AS = ("action", "finite", "past")
"""How widely an irregular past form is read, narrowest first (see lang/en IRREGULAR_VERBS)."""


def _values(name: str, languages: Iterable[str]) -> list[tuple[str, object]]:
    READ.add(name)
    modules = stage_modules("events")
    return [
        (code, getattr(modules[code], name))
        for code in languages
        if code in modules and hasattr(modules[code], name)
    ]


@cache
def phrases(name: str, languages: tuple[str, ...] = LANGUAGES) -> tuple[str, ...]:
    """The entries of `name` in every language of `languages`, in order, each once."""
    found: dict[str, None] = {}
    for code, value in _values(name, languages):
        if not isinstance(value, tuple) or not all(isinstance(v, str) for v in value):
            raise TypeError(f"timeline.lang.{code}.events.{name} is not a tuple of strings")
        found.update(dict.fromkeys(value))
    return tuple(found)


def word_set(name: str, languages: tuple[str, ...] = LANGUAGES) -> frozenset[str]:
    """The entries of `name` in every language of `languages`, as a set."""
    return frozenset(phrases(name, languages))


def alternation(name: str, languages: tuple[str, ...] = LANGUAGES) -> str:
    """The entries of `name` as regex alternatives ("a|b|c"): entries are regex fragments."""
    return "|".join(phrases(name, languages))


def either_case(name: str) -> str:
    """Alternatives whose first letter may be a capital: "[Pp]resident|[Ll]eader"."""
    return "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in phrases(name))


@cache
def mapping(name: str) -> dict[str, str]:
    """`name`'s dictionaries of every language merged; on a shared key the earlier language
    (in `LANGUAGES` order) wins."""
    merged: dict[str, str] = {}
    for code, value in _values(name, LANGUAGES):
        if not isinstance(value, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in value.items()
        ):
            raise TypeError(f"timeline.lang.{code}.events.{name} is not a dict of strings")
        for key, text in value.items():
            merged.setdefault(key, text)
    return merged


@cache
def pairs(name: str) -> tuple[tuple[str, str], ...]:
    """`name`'s pairs of every language, in order."""
    found: list[tuple[str, str]] = []
    for code, value in _values(name, LANGUAGES):
        if not isinstance(value, tuple) or not all(
            isinstance(p, tuple) and len(p) == 2 and all(isinstance(x, str) for x in p)
            for p in value
        ):
            raise TypeError(f"timeline.lang.{code}.events.{name} is not a tuple of pairs")
        found.extend(value)
    return tuple(found)


@cache
def irregular_verbs() -> tuple[tuple[str, str, str, str, bool], ...]:
    """Every language's irregular verbs: (base, past, participle, read as, folded)."""
    rows: list[tuple[str, str, str, str, bool]] = []
    for code, value in _values("IRREGULAR_VERBS", LANGUAGES):
        if not isinstance(value, tuple):
            raise TypeError(f"timeline.lang.{code}.events.IRREGULAR_VERBS is not a tuple")
        rows.extend(value)
    return tuple(rows)


def past_forms(widest: str) -> tuple[str, ...]:
    """Irregular past forms read at least as widely as `widest` ("action", "finite", "past")."""
    levels = _READ_AS[: _READ_AS.index(widest) + 1]
    return tuple(past for _, past, _, read_as, _ in irregular_verbs() if read_as in levels)


STOPWORDS = word_set("STOPWORDS")
"""Words too common to say what two reports of one event share."""

SPEECH_VERBS = f"(?:{alternation('SPEECH_VERBS')})"
"""A regex for one speech verb ("said", "told"): a saying, not an event."""

PAST_VERB = (
    rf"(?!(?:{alternation('REPORTING_VERBS')})\b)(?:\w{{3,}}ed|{'|'.join(past_forms('past'))})\b"
)
"""A regex for a verb in the past that tells what happened (not "said", "expected")."""

PAST_VERB_RE = re.compile(rf"\b{PAST_VERB}", re.IGNORECASE)
"""`PAST_VERB` at a word's start."""

NP_STOP = word_set("NP_STOP")
"""Words a noun phrase does not cross."""

DETERMINERS = word_set("DETERMINERS", ENGLISH)
"""Words that open an (English) noun phrase: where one read backwards stops."""

POSSESSIVES = word_set("POSSESSIVES")
"""Possessive determiners ("his last visit")."""

WORD_RE = re.compile(r"\w[\w’'\-]*")
