"""French words for the date engine that dateparser's locale data does not carry.

Plain data (see `timeline.dates._langdata.DateWords` for what each name means); the rules
that read it live in `timeline.dates`. dateparser already has French number words.
"""

from __future__ import annotations

MODIFIERS_BEFORE: dict[str, int] = {"passé": -1, "passée": -1}
MODIFIERS_AFTER: dict[str, int] = {"passé": -1, "passée": -1}

MONTHS_LOWERCASE = True
MODIFIERS_EITHER_SIDE = True
SHORT_MONTHS = ("mai",)
ORDINAL_SUFFIXES = ("er",)
SHORT_YEAR_BEFORE = ("en", "de", "depuis", "dès")
RANGE_WORDS = ("au", "à", "et")

FUTURE_CUES = r"va|vont|prochaine?|[a-zà-ÿ]{3,}(?:ront|rons|rez|rai)|[a-zà-ÿ]{3,}(?:era|ira)"
PAST_CUES = r"a été|était|ont|avait|[a-zà-ÿ]{3,}(?:é|ée)"

# --- is it a date here? ----------------------------------------------------------------------

EVERY_WORDS = ("chaque", "tous les", "toutes les")
HABIT_ARTICLES = ("le",)  # "le mercredi" is every Wednesday; "mercredi" alone is one day
NOWADAYS = (r"de\s+nos\s+jours", r"au\s+jour\s+d['’]\s*aujourd['’]\s*hui")
FALSE_FRIENDS = ("sept", "mar")  # seven; "mar." is rarer than the number
