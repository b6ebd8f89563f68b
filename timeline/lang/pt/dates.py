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

# --- stories (see `timeline.dates._focus`) ---------------------------------------------------

DEICTIC = (
    r"\b(?:hoje|ontem|amanhã|esta noite|esta manhã|atualmente|há"
    r"|passado|passada|passados|passadas|próximo|próxima|próximos|próximas)\b"
)
ANAPHORIC_DAYS: dict[str, int] = {
    "no dia seguinte": 1,
    "o dia seguinte": 1,
    "na manhã seguinte": 1,
    "no mesmo dia": 0,
    "nesse mesmo dia": 0,
    "naquele dia": 0,
    "nesse dia": 0,
    "no dia anterior": -1,
    "na véspera": -1,
}
EVENT_LINKS = ("de", "do", "da", "dos", "das")
