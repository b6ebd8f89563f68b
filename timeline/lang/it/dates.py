"""Italian words for the date engine that dateparser's locale data does not carry: counts,
"passato"/"passata" on either side of the noun, the everyday days before and after.

Plain data: `timeline.dates._langdata.DateWords` says what each name means.
"""

from __future__ import annotations


def _counting(words: str) -> dict[str, int]:
    """ "uno due tre" → {"uno": 1, "due": 2, "tre": 3}."""
    return {word: value for value, word in enumerate(words.split(), start=1)}


# the feminine forms count feminine units: "una settimana fa"
NUMBERS = _counting("uno due tre quattro cinque sei sette otto nove dieci undici dodici")
NUMBERS["una"] = 1
MODIFIERS_BEFORE: dict[str, int] = {"passato": -1, "passata": -1}
MODIFIERS_AFTER: dict[str, int] = {"passato": -1, "passata": -1}
RELATIVE: dict[str, tuple[int, str]] = {
    "avantieri": (-2, "day"),
    "l'altro ieri": (-2, "day"),
    "dopodomani": (2, "day"),
    # parts of today written as one word
    "stamattina": (0, "day"),
    "stamani": (0, "day"),
    "stasera": (0, "day"),
    "stanotte": (0, "day"),
}
TENS = ("venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta", "novanta")

MONTHS_LOWERCASE = True
MODIFIERS_EITHER_SIDE = True
ORDINAL_SUFFIXES = ("º", "°")
RANGE_WORDS = ("al", "a", "e")

FUTURE_CUES = r"prossim[oa]|sarà|saranno|[a-zà-ÿ]{3,}(?:rà|ranno|rò)"
PAST_CUES = r"è stato|sono stati|[a-zà-ÿ]{3,}(?:ato|ito)"

# --- periods and the time of day (see `timeline.dates.patterns.parts` and `.days`) ----------

SEASONS: dict[str, str] = {"primavera": "SP", "estate": "SU", "autunno": "FA", "inverno": "WI"}
QUARTER_ORDINALS: dict[str, int] = {"primo": 1, "secondo": 2, "terzo": 3, "quarto": 4}
SEASON_BEFORE = ("in", "l'", "nell'", "quest'", "questo", "questa", "la", "nella", "dell'", "della")
QUARTER_WORDS = ("trimestre",)
HALF_WORDS = ("semestre",)
WEEKENDS = ("fine settimana", "weekend", "week-end")
CLOCK_UNITS = ("h",)
CLOCK_BEFORE = ("alle", "alle ore", "ore", "dalle", "verso le", "fino alle", "entro le", "a")
CLOCK_NAMES = ("mezzogiorno", "mezzanotte")
PARTS_OF_DAY: dict[str, str] = {
    "mattina": "MO",
    "mattinata": "MO",
    "pomeriggio": "AF",
    "sera": "EV",
    "serata": "EV",
    "notte": "NI",
    "nottata": "NI",
}
PART_OF_DAY_GLUE = ("in", "di")
PART_OF_DAY_BEFORE = ("nella", "nel", "in")  # "di notte" is a habit
