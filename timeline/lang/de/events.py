"""German words the event stage reads (see `timeline.lang` and `lang/en/events.py`)."""

from __future__ import annotations


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


LIST_CONJUNCTIONS: tuple[str, ...] = ("und", "oder")
"""Words that join the dates of a list ("1961, 2000 und 2001")."""

DATE_GLUE: tuple[str, ...] = _words("am im für seit bis vor nach dem diesem jenem")
"""Words that only attach a date ("am Dienstag", "seit 2019"), removed with it."""

SAME_DETERMINERS: tuple[str, ...] = _words("dem diesem jenem")
"""Determiners of "am selben Tag", removed with the date."""

SAME_WORDS: tuple[str, ...] = ("selben", "gleichen")
"""Words of "am selben Tag", removed with the date."""

AGAIN_CONJUNCTIONS: tuple[str, ...] = ("und",)
"""Conjunctions before "wieder" ("trafen sich 2019 und wieder 2021")."""

AGAIN_WORDS: tuple[str, ...] = ("wieder", "erneut")
"""Words that repeat an event at another date."""

DISCOURSE_OPENERS: tuple[str, ...] = ("laut", "nach")
"""First words of an opening phrase that is not the event ("Laut dem Ministerium,")."""

TAIL_WORDS: tuple[str, ...] = _words("den dem und")
"""Function words a title never ends on in lower case."""

NAME_CONNECTORS: tuple[str, ...] = ("von",)
"""Lower-case words inside a name ("Ursula von der Leyen")."""

NOWADAYS: tuple[str, ...] = (r"bis\s+heute", r"heute\s+noch", r"noch\s+heute")
"""Phrases in which the word for "today" means "nowadays" or "to this day" (regex
fragments): a state that goes on, not an event on the day of publication."""
