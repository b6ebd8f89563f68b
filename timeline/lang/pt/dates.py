"""Portuguese words for the date engine that dateparser's locale data does not carry.

Plain data (`timeline.dates._langdata.DateWords` says what each name means).
"""

from __future__ import annotations


def _counting(words: str) -> dict[str, int]:
    """ "um dois três" → {"um": 1, "dois": 2, "três": 3}."""
    return {word: value for value, word in enumerate(words.split(), start=1)}


# the feminine forms count feminine units: "há duas semanas"
NUMBERS = _counting("um dois três quatro cinco seis sete oito nove dez onze doze") | {
    "uma": 1,
    "duas": 2,
}
RELATIVE: dict[str, tuple[int, str]] = {
    "antes de ontem": (-2, "day"),
    "depois de amanhã": (2, "day"),
}
TENS = ("vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta", "noventa")

MONTHS_LOWERCASE = True
MODIFIERS_EITHER_SIDE = True
ORDINAL_SUFFIXES = ("º", "ª", "°")
RANGE_WORDS = ("a", "e")

FUTURE_CUES = r"irá|vai|vão|próxim[oa]|[a-zà-ÿ]{3,}rão"
PAST_CUES = r"foi|foram|[a-zà-ÿ]{3,}(?:ado|ido|ou)"

# --- periods and the time of day (see `timeline.dates.patterns.parts` and `.days`) ----------

SEASONS: dict[str, str] = {"primavera": "SP", "verão": "SU", "outono": "FA", "inverno": "WI"}
QUARTER_ORDINALS: dict[str, int] = {"primeiro": 1, "segundo": 2, "terceiro": 3, "quarto": 4}
SEASON_BEFORE = ("no", "na", "o", "a", "este", "esta", "neste", "nesta", "do", "da", "em")
QUARTER_WORDS = ("trimestre",)
HALF_WORDS = ("semestre",)
WEEKENDS = ("fim de semana", "fim-de-semana")
CLOCK_UNITS = ("h", "horas")
CLOCK_BEFORE = ("ao", "às", "à", "das", "até às", "a partir das")
CLOCK_NAMES = ("meio-dia", "meia-noite")
PARTS_OF_DAY: dict[str, str] = {
    "madrugada": "MO",
    "manhã": "MO",
    "tarde": "AF",
    "noite": "NI",
}
PART_OF_DAY_GLUE = ("à", "de", "pela", "na")
PART_OF_DAY_BEFORE = ("na", "pela", "à", "ao", "de")
