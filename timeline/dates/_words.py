"""English words the locale data does not carry: counted nouns, approximators, sentence
openers, and numbers spelled out in years ("nineteen ninety-six")."""

from __future__ import annotations

import re

_COUNTING = """
    people persons men women children troops soldiers police officers workers employees jobs
    residents voters votes seats members students patients cases deaths dead victims refugees
    families homes houses units shares cars vehicles copies points times pages words rooms beds
    flights passengers prisoners inmates delegates athletes visitors tourists protesters
    demonstrators civilians companies firms pieces items vessels ships planes aircraft tanks
    missiles rockets shifts laps games matches goals runs rounds steps calls messages signatures
    posts ballots arrests attacks strikes incidents schools stores buildings trucks boats weapons
    drones hospitals sheep cattle head tickets cows
"""
_MEASURES = """
    hours minutes seconds days nights weeks months years decades centuries tons tonnes miles
    kilometers kilometres km meters metres feet acres hectares dollars euros pounds yen yuan
    barrels calories litres liters gallons kilograms kg grams
"""
_CUSTOMS = """
    prayer prayers sermon sermons mass masses service services worship school market markets
    bazaar brunch roast
"""
_APPROXIMATORS = "about nearly almost some approximately roughly over than around least only just"
_LEADING = """
    about after and around before but by during each early every for from in last late mid
    next of on or since that this through till to until
"""
_NUMBERS = """
    zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen
"""

MEASURES = frozenset(_MEASURES.split())
"""Units a number before them measures: "1990 hours", "2000 miles" are never years."""

COUNTING = frozenset(_COUNTING.split()) | MEASURES
"""Nouns that a number before them counts: "2000 troops" is not the year 2000 (but "In 2020
schools closed" is a year: see `DATE_PREPOSITIONS`)."""

DATE_PREPOSITIONS = frozenset(
    ["in", "since", "during", "until", "till", "by", "before", "after", "from", "through"]
)
"""Words that make the number after them a year even before a counted noun."""

CUSTOMS = frozenset(_CUSTOMS.split())
"""What a weekday names when it is a recurring custom: "Friday prayers", "Sunday Mass"."""

APPROXIMATORS = frozenset(_APPROXIMATORS.split())
"""Words before a count: "about 2000 cars" is a number, whatever follows it."""

LEADING_WORDS = frozenset(_LEADING.split())
"""Sentence openers that may precede a month: "In May" is a date, "Sarah May" a name."""

NUMBER_WORDS = {word: value for value, word in enumerate(_NUMBERS.split())}
NUMBER_WORDS.update({"oh": 0, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50})
NUMBER_WORDS.update({"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90})


def year_of(text: str) -> int | None:
    """1996 from "1996", "nineteen ninety-six", "two thousand and one"."""
    if text.isdigit():
        return int(text)
    words = [w for w in re.split(r"[\s-]+", text.lower()) if w not in ("and", "hundred")]
    if words[:2] == ["two", "thousand"]:
        return 2000 + sum(NUMBER_WORDS.get(w, 0) for w in words[2:])
    if not words or words[0] not in ("nineteen", "twenty"):
        return None
    rest = sum(NUMBER_WORDS.get(w, 0) for w in words[1:])
    return NUMBER_WORDS[words[0]] * 100 + rest
