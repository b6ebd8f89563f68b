"""Italian words the event stage reads (see `timeline.lang` and `lang/en/events.py`)."""

from __future__ import annotations


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


LIST_CONJUNCTIONS: tuple[str, ...] = ("e", "o")
"""Words that join the dates of a list ("nel 1961, 2000 e 2001")."""

DATE_GLUE: tuple[str, ...] = _words("il nel durante")
"""Words that only attach a date ("il martedì", "nel 2019"), removed with it."""

SAME_DETERMINERS: tuple[str, ...] = ("quel", "quello")
"""Determiners of "quello stesso giorno", removed with the date."""

SAME_WORDS: tuple[str, ...] = ("stesso", "stessa")
"""Words of "quello stesso giorno", removed with the date."""

AGAIN_CONJUNCTIONS: tuple[str, ...] = ("e",)
"""Conjunctions before an "again" word."""

NAME_CONNECTORS: tuple[str, ...] = ("da",)
"""Lower-case words inside a name ("Leonardo da Vinci")."""

NOWADAYS: tuple[str, ...] = (
    r"al\s+giorno\s+d'oggi",
    r"oggi\s+come\s+oggi",
    r"ancora\s+oggi",
    r"oggi\s+giorno",
    r"fino\s+ad?\s+oggi",
)
"""Phrases in which the word for "today" means "nowadays" or "to this day" (regex
fragments): a state that goes on, not an event on the day of publication."""
