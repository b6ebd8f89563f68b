"""Is this match a date here? Context checks shared by the resolvers.

Casing ("May" the month, "may" the verb, "Theresa May" the name), titles ("USA Today"),
generic and recurring uses ("in today's world", "every Monday"), and whether a four-digit
number is a year or a count.
"""

from __future__ import annotations

import re

from timeline.dates._context import Candidate, Context, Found, original
from timeline.dates._grammar import Grammar
from timeline.dates._words import APPROXIMATORS, COUNTING, LEADING_WORDS

_NOT_AFTER_YEAR = re.compile(r"\s*(?:%|percent|per\s+cent|million|billion|thousand|hundred)", re.I)


_WORD_AFTER = re.compile(r"\s+([A-Za-z][\w-]*)")


_WORD_BEFORE = re.compile(r"([A-Za-z][\w.]*)\s*$")


_SENTENCE_OPENERS = ".!?\"“'(:\n"


def _mid_sentence(text: str, position: int) -> bool:
    """True when the word at `position` does not open a sentence (or a quote)."""
    before = text[max(0, position - 3) : position].rstrip()
    return bool(before) and before[-1] not in _SENTENCE_OPENERS


_GENERIC_BEFORE = re.compile(r"\b(in|of|for)\s+$", re.IGNORECASE)


_GENERIC_NOUN = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:world|society|societies|age|era|generation|youth|young|kids|children"
    r"|families|workers|culture|standards|terms|climate|environment|economy|technology)\b",
    re.IGNORECASE,
)
"""What "today's" and "tomorrow's" describe when they mean the present or future at large."""


_EVERY_BEFORE = re.compile(r"\b(?:each|every|all|most)\s+$", re.IGNORECASE)


def is_cased_month(context: Context, match: Found, group: str) -> bool:
    """English month names are capitalised ("may" in lower case is the verb); Romance ones
    are not ("Mars" in the middle of a sentence is the planet)."""
    word = original(context, match, group)
    if word[:1].isupper():
        # languages that write "mars", "junio" in lower case: "Mars" mid-sentence is a name
        lowercase = word.lower().rstrip(".") in context.grammar.lowercase_months
        return not (lowercase and _mid_sentence(context.text, match.start(group)))
    if "en" not in context.grammar.languages:
        return True
    return len(context.grammar.languages) > 1 and word.lower() != "may"


def follows_name(ctx: Context, start: int) -> bool:
    """ "Sarah May", "Theresa May": an English month right after a capitalised word mid-sentence."""
    if "en" not in ctx.grammar.languages:
        return False
    before = _WORD_BEFORE.search(ctx.text, max(0, start - 30), start)
    if not before or not before.group(1)[:1].isupper() or before.group(1).endswith("."):
        return False
    if _mid_sentence(ctx.text, before.start()):
        return True
    # at the start of a sentence "In May" is a date and "Sarah May" a name
    return before.group(1).lower() not in LEADING_WORDS


def is_title(ctx: Context, c: Candidate) -> bool:
    """ "This Week" or "USA Today" mid-sentence is a name, not a date (English casing)."""
    if "en" not in ctx.grammar.languages:
        return False
    words = ctx.text[c.start : c.end].split()
    if not all(w[:1].isupper() for w in words):
        return False
    if len(words) > 1:
        return True  # a sentence would start "This week", a title is "This Week"
    return _mid_sentence(ctx.text, c.start)


def is_generic(text: str, c: Candidate) -> bool:
    """ "in today's world", "the people of tomorrow": the present or future in general.

    "in today's editions", "for today's quiz" are the day itself: after "in" and "for" only
    nouns for the world at large make the possessive generic.
    """
    before = text[max(0, c.start - 6) : c.start]
    if text.startswith("'s", c.end) or text.startswith("’s", c.end):
        generic = _GENERIC_BEFORE.search(before)
        if generic is None:
            return False
        # "many of today's computers" is the present at large; "in today's editions" is not
        return generic.group(1).lower() == "of" or _GENERIC_NOUN.match(text, c.end + 2) is not None
    return bool(re.search(r"\bof\s+$", before)) and c.match.group(0).lower() in (
        "tomorrow",
        "today",
    )


_PLURAL_PART_AFTER = re.compile(
    r"(?:\s*(?:,|and|or|&)\s*[^\W\d_]+)?\s+(?:nights|mornings|afternoons|evenings)\b",
    re.IGNORECASE,
)


def is_recurring(text: str, c: Candidate) -> bool:
    """ "each July", "every Thursday", "on Monday and Tuesday nights" is a set of dates,
    not one date."""
    if _PLURAL_PART_AFTER.match(text, c.end):
        return True
    return _EVERY_BEFORE.search(text, max(0, c.start - 8), c.start) is not None


def is_morning(text: str, c: Candidate) -> bool:
    """Spanish "la mañana" and German "am Morgen"/"heute Morgen" mean the morning."""
    before = text[max(0, c.start - 8) : c.start].lower()
    if re.search(r"\b(?:la|esta|por|am|heute|gestern|jeden|guten)\s+$", before):
        return True
    word = text[c.match.start("rel") : c.match.end("rel")]
    return word == "Morgen" and _mid_sentence(text, c.start)


def is_year_context(text: str, start: int, end: int, grammar: Grammar) -> bool:
    """A bare four-digit number is a year unless it counts something, is money or a name."""
    if _NOT_AFTER_YEAR.match(text, end):
        return False
    after = _WORD_AFTER.match(text, end)
    next_word = after.group(1).lower() if after else ""
    if next_word in COUNTING:
        return False
    if "en" not in grammar.languages and len(next_word) > 3 and next_word[-1] in "si":
        # "2000 empleados", "1500 persone": a plural noun right after counts it; Romance
        # languages put a year after its noun ("las elecciones de 2024")
        return next_word in grammar.months
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    previous = before.group(1).lower() if before else ""
    if previous in ("no.", "number", "nos.", "page", "route", "flight", "room", "rule"):
        return False
    if (
        before is not None
        and before.group(1)[:1].isupper()
        and previous.rstrip(".") not in grammar.months
        and not previous.endswith("'s")
        and _mid_sentence(text, before.start())
    ):
        return False  # "Orion 1980", "Windows 2000": a capitalised word mid-sentence names it
    if previous in APPROXIMATORS and after and next_word.isalpha() and next_word.endswith("s"):
        return False
    return not (after and next_word in ("of",) and previous in APPROXIMATORS)
