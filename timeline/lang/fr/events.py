"""French words the event stage reads (see `timeline.lang` and `lang/en/events.py`).

Entries with a backslash or a bracket are regex fragments, not literal words.
"""

from __future__ import annotations


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


LIST_CONJUNCTIONS: tuple[str, ...] = ("et", "ou")
"""Words that join the dates of a list ("en 1961, 2000 et 2001")."""

DATE_GLUE: tuple[str, ...] = (
    "en",
    "la",
    "de",
    "le",
    "au",
    "pour",
    "depuis",
    r"jusqu['’]au",
    "avant",
    "après",
    "ce",
    "cette",
    "cet",
)
"""Words that only attach a date ("le mardi", "depuis 2019", "ce jour-là"), removed with it."""

SAME_DETERMINERS: tuple[str, ...] = _words("ce cette cet")
"""Determiners of "ce même jour", removed with the date."""

SAME_WORDS: tuple[str, ...] = ("même",)
"""Words of "ce même jour", removed with the date."""

AGAIN_CONJUNCTIONS: tuple[str, ...] = ("et",)
"""Conjunctions before "de nouveau"."""

AGAIN_WORDS: tuple[str, ...] = (r"de\s+nouveau", r"à\s+nouveau")
"""Words that repeat an event at another date (regex alternatives)."""

DISCOURSE_OPENERS: tuple[str, ...] = _words("selon après pendant cependant")
"""First words of an opening phrase that is not the event ("Selon le ministère,")."""

CLAUSE_OPENERS: tuple[str, ...] = _words("que qui dont où")
"""Words where a long title may be cut before a new clause."""

TAIL_WORDS: tuple[str, ...] = _words("de la en un que se le les des du et à au une")
"""Function words a title never ends on in lower case."""

DETERMINERS: tuple[str, ...] = _words("la un le les des une")
"""Words that open a noun phrase."""

NAME_CONNECTORS: tuple[str, ...] = _words("de du la")
"""Lower-case words inside a name ("Charles de Gaulle")."""

NOWADAYS: tuple[str, ...] = (
    r"aujourd'hui\s+encore",
    r"encore\s+aujourd'hui",
    r"à\s+l'heure\s+d'aujourd'hui",
    r"jusqu'à\s+aujourd'hui",
)
"""Phrases in which the word for "today" means "nowadays" or "to this day" (regex
fragments): a state that goes on, not an event on the day of publication."""
