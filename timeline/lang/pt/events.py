"""Portuguese words the event stage reads (see `timeline.lang` and `lang/en/events.py`)."""

from __future__ import annotations


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


LIST_CONJUNCTIONS: tuple[str, ...] = ("e", "ou")
"""Words that join the dates of a list ("em 1961, 2000 e 2001")."""

DATE_GLUE: tuple[str, ...] = _words("em de para durante")
"""Words that only attach a date ("em 2019"), removed with it."""

AGAIN_CONJUNCTIONS: tuple[str, ...] = ("e",)
"""Conjunctions before an "again" word."""

TAIL_WORDS: tuple[str, ...] = _words("de que se por para do da em um uma")
"""Function words a title never ends on in lower case."""

NAME_CONNECTORS: tuple[str, ...] = ("da", "de")
"""Lower-case words inside a name ("Lula da Silva")."""

NOWADAYS: tuple[str, ...] = (r"hoje\s+em\s+dia", r"ainda\s+hoje", r"até\s+hoje")
"""Phrases in which the word for "today" means "nowadays" or "to this day" (regex
fragments): a state that goes on, not an event on the day of publication."""
