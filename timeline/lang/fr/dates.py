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
RANGE_WORDS = ("au", "à", "et")

FUTURE_CUES = r"va|vont|prochaine?|[a-zà-ÿ]{3,}(?:ront|rons|rez|rai)|[a-zà-ÿ]{3,}(?:era|ira)"
PAST_CUES = r"a été|était|ont|avait|[a-zà-ÿ]{3,}(?:é|ée)"
