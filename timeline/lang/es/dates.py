"""Spanish words for the date engine that dateparser's locale data does not carry.

Plain data (see `timeline.dates._langdata.DateWords` for what each name means); the rules
that read it live in `timeline.dates`.
"""

from __future__ import annotations


def _counting(words: str) -> dict[str, int]:
    """ "uno dos tres" → {"uno": 1, "dos": 2, "tres": 3}."""
    return {word: value for value, word in enumerate(words.split(), start=1)}


# the feminine forms count feminine units: "hace una semana"
NUMBERS = _counting("uno dos tres cuatro cinco seis siete ocho nueve diez once doce") | {"una": 1}
RELATIVE: dict[str, tuple[int, str]] = {
    "antes de ayer": (-2, "day"),
    "pasado mañana": (2, "day"),
    "anoche": (-1, "day"),  # last night
}
TENS = ("veinte", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa")

MONTHS_LOWERCASE = True
MODIFIERS_EITHER_SIDE = True
ORDINAL_SUFFIXES = ("º", "ª")
RANGE_WORDS = ("al", "a", "y")

MORNING_WORDS = ("mañana",)
MORNING_BEFORE = ("la", "esta", "por")

FUTURE_CUES = r"va a|van a|vamos a|irá|próxim[oa]|[a-zà-ÿ]{3,}(?:rá|rán|ré|remos)"
PAST_CUES = r"fue|fueron|ha|han|hab[íi]a|[a-zà-ÿ]{3,}(?:ado|ido|ó|aron|ieron)"

# --- periods and the time of day (see `timeline.dates.patterns.parts` and `.days`) ----------

SEASONS: dict[str, str] = {"primavera": "SP", "verano": "SU", "otoño": "FA", "invierno": "WI"}
QUARTER_ORDINALS: dict[str, int] = {
    "primer": 1,
    "primero": 1,
    "segundo": 2,
    "tercer": 3,
    "tercero": 3,
    "cuarto": 4,
}
SEASON_BEFORE = ("en", "el", "este", "esta", "la", "del", "en el")
QUARTER_WORDS = ("trimestre",)
HALF_WORDS = ("semestre",)
WEEKENDS = ("fin de semana",)
CLOCK_UNITS = ("h", "hrs", "horas")
CLOCK_BEFORE = ("al", "a las", "a la", "hacia las", "desde las", "hasta las", "sobre las")
CLOCK_NAMES = ("mediodía", "medianoche")
PARTS_OF_DAY: dict[str, str] = {
    "madrugada": "MO",
    "mañana": "MO",
    "tarde": "AF",
    "noche": "NI",
}
PART_OF_DAY_GLUE = ("por la", "en la", "a la", "de la")
PART_OF_DAY_BEFORE = ("por la", "en la", "a la")
