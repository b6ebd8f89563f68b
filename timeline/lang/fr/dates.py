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

# --- stories (see `timeline.dates._focus`) ---------------------------------------------------

DEICTIC = (
    r"\b(?:aujourd'hui|aujourd’hui|hier|demain|ce soir|ce matin|actuellement|il y a"
    r"|dernier|dernière|derniers|dernières|prochain|prochaine|prochains|prochaines)\b"
)
ANAPHORIC_DAYS: dict[str, int] = {
    "le lendemain": 1,
    "le lendemain matin": 1,
    "le surlendemain": 2,
    "le jour même": 0,
    "le même jour": 0,
    "ce jour-là": 0,
    "la veille": -1,
    "la veille au soir": -1,
    "l'avant-veille": -2,
}
EVENT_LINKS = ("de", "du", "des", "d'")
