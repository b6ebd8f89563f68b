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
RELATIVE: dict[str, tuple[int, str]] = {"antes de ayer": (-2, "day"), "pasado mañana": (2, "day")}
TENS = ("veinte", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa")

MONTHS_LOWERCASE = True
MODIFIERS_EITHER_SIDE = True
ORDINAL_SUFFIXES = ("º", "ª")
RANGE_WORDS = ("al", "a", "y")

MORNING_WORDS = ("mañana",)
MORNING_BEFORE = ("la", "esta", "por")

FUTURE_CUES = r"va a|van a|vamos a|irá|próxim[oa]|[a-zà-ÿ]{3,}(?:rá|rán|ré|remos)"
PAST_CUES = r"fue|fueron|ha|han|hab[íi]a|[a-zà-ÿ]{3,}(?:ado|ido|ó|aron|ieron)"

# --- stories (see `timeline.dates._focus`) ---------------------------------------------------

DEICTIC = (
    r"\b(?:hoy|ayer|anoche|esta noche|esta mañana|actualmente|hace"
    r"|pasado|pasada|pasados|pasadas|próximo|próxima|próximos|próximas)\b"
    r"|\bmañana\b(?!\s+siguiente)"
)
ANAPHORIC_DAYS: dict[str, int] = {
    "al día siguiente": 1,
    "el día siguiente": 1,
    "a la mañana siguiente": 1,
    "la mañana siguiente": 1,
    "al otro día": 1,
    "ese mismo día": 0,
    "el mismo día": 0,
    "ese día": 0,
    "aquel día": 0,
    "el día anterior": -1,
    "la víspera": -1,
}
EVENT_LINKS = ("de", "del")
