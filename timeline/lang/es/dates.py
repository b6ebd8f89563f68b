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
    # parts of the day name the day (at day precision)
    "esta mañana": (0, "day"),
    "esta tarde": (0, "day"),
    "esta noche": (0, "day"),
    "este mediodía": (0, "day"),
    "anoche": (-1, "day"),
    "ayer por la mañana": (-1, "day"),
    "ayer por la tarde": (-1, "day"),
    "ayer por la noche": (-1, "day"),
    "mañana por la mañana": (1, "day"),
    "mañana por la tarde": (1, "day"),
    "mañana por la noche": (1, "day"),
    # "el año que viene": the coming unit
    "año que viene": (1, "year"),
    "mes que viene": (1, "month"),
    "semana que viene": (1, "week"),
}
TENS = ("veinte", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa")

# --- reporting periods -------------------------------------------------------------------------

MODIFIERS_BEFORE: dict[str, int] = {"último": -1, "última": -1, "presente": 0}
MODIFIERS_AFTER: dict[str, int] = {"anterior": -1, "siguiente": 1, "en curso": 0}
# "el año anterior", "al día siguiente": next to the date the text named
ANCHORED_MODIFIERS: dict[str, int] = {"anterior": -1, "siguiente": 1}
PERIOD_WORDS = ("día",)  # "al día siguiente"
SEASONS: dict[str, str] = {"primavera": "SP", "verano": "SU", "otoño": "FA", "invierno": "WI"}
ENDED = (
    r"(?:terminad|cerrad|finalizad|concluid)[oa]\s+(?:el|a)"  # "o trimestre findo a 30 de setembro"
)
FIRST_TWO_QUARTERS = r"(?:los\s+)?dos\s+primeros\s+trimestres"
QUARTER_NOUNS = ("trimestre",)
HALF_NOUNS = ("semestre",)
QUARTER_ORDINALS: dict[str, int] = {
    "primer": 1,
    "primero": 1,
    "segundo": 2,
    "tercer": 3,
    "tercero": 3,
    "cuarto": 4,
    "último": 4,
}
PERIOD_NOUNS = ("período", "periodo")
COMPARED = (
    r"en\s+comparaci[óo]n\s+con|comparad[oa]s?\s+con|frente\s+al?|respecto\s+al?"
    r"|en\s+relaci[óo]n\s+(?:con|a)"
)
YEAR_BEFORE = r"(?:hom[óo]log[oa]\s+|correspondiente\s+)?del\s+año\s+(?:pasado|anterior)"

MONTHS_LOWERCASE = True
MODIFIERS_EITHER_SIDE = True
EDGE_WORDS = (
    "principios de",
    "comienzos de",
    "inicios de",
    "mediados de",
    "finales de",
    "fines de",
)
ORDINAL_SUFFIXES = ("º", "ª")
SHORT_YEAR_BEFORE = ("del", "el", "en", "de", "desde", "hasta", "al")
DAY_ORDINALS: dict[str, int] = {
    **{w: n for w, n in NUMBERS.items() if w not in ("una", "uma", "duas")},
    "primero": 1,
    "uno": 1,
}  # "el primero de mayo", "cinque luglio"
RANGE_WORDS = ("al", "a", "y")

MORNING_WORDS = ("mañana",)
MORNING_BEFORE = ("la", "esta", "por")

DEADLINES = ("hasta", "para")
FUTURE_CUES = (
    r"va a|van a|vamos a|irá|irán|próxim[oa]|[a-zà-ÿ]{3,}(?:rá|rán|ré|remos)"
    r"|será|serán|hará|harán|dará|darán"
    # expectations and plans look ahead, as "expects", "plans to" do
    r"|espera|esperan|prevé|prevén|planea|planean|pretende|pretenden|debe|deben"
)
PAST_FRAME = r"(?:había sido|habían sido|estaba|estaban|fue|fueron|era|eran)\s+"
PAST_CUES = r"fue|fueron|ha|han|hab[íi]a|[a-zà-ÿ]{3,}(?:ad|id)[oa]s?|[a-zà-ÿ]{3,}(?:ó|aron|ieron)"
# before a participle: "será aprobado", "permanecerá cerrado", "seguirá abierto"
FUTURE_FRAME = (
    r"(?:para|va a|van a|debe|deben|será|serán|sería|serían"
    r"|permanecerá|permanecerán|seguirá|seguirán|quedará|quedarán)\s+(?:ser\s+)?"
)
ADJACENT = r"(?:(?:el|en)\s+)?"
TEMPORAL_CLAUSE = r"(?:en cuanto|tan pronto como|cuando|después de que|antes de que|hasta que)"

# --- is it a date here? ----------------------------------------------------------------------

# "los lunes" (plural article: every Monday), "todos los martes", "cada marzo"
EVERY_WORDS = ("cada", "todos los", "todas las", "los")
NOWADAYS = (r"hoy\s+(?:en\s+)?d[íi]a", r"hoy\s+por\s+hoy")
UNCOUNTED = (
    "tras", "después", "antes", "pues", "mientras", "menos", "todos", "todas", "unos", "unas",
    "ellos", "ellas", "además", "casi", "allí", "aquí",
)  # fmt: skip
DATE_PREPOSITIONS = ("en", "desde", "hasta", "de", "durante")
SHIFTS: dict[str, int] = {"antes": -1, "después": 1, "más tarde": 1}
ANAPHORIC = (
    "ese mismo",
    "esa misma",
    "el mismo",
    "la misma",
    "ese",
    "esa",
    "aquel",
    "aquella",
    "aquel mismo",
    "dicho",
    "dicha",
)
DATE_NOUNS = ("fecha",)
DURATION_BEFORE = ("desde",)  # "desde hace un año": for a year
FALSE_FRIENDS = ("mar",)  # "el mar." (the sea) at a sentence's end is no month

# --- periods and the time of day (see `timeline.dates.patterns.parts` and `.days`) ----------

SEASON_BEFORE = ("en", "el", "este", "esta", "la", "del", "en el")
WEEKENDS = ("fin de semana",)
CLOCK_UNITS = ("h", "hrs", "horas")
CLOCK_BEFORE = ("al", "a las", "a la", "hacia las", "desde las", "hasta las", "sobre las")
CLOCK_AFTER = (
    r"y\s+(?:media|cuarto|[0-5]\d)|menos\s+cuarto|en\s+punto"
    r"|de\s+la\s+(?:mañana|tarde|noche|madrugada)"
)
CLOCK_NAMES = ("mediodía", "medianoche")
PARTS_OF_DAY: dict[str, str] = {
    "madrugada": "MO",
    "mañana": "MO",
    "tarde": "AF",
    "noche": "NI",
}
PART_OF_DAY_GLUE = ("por la", "en la", "a la", "de la")
PART_OF_DAY_BEFORE = ("por la", "en la", "a la")

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

# --- holidays: every name also modifies nouns ("la cena de Navidad", "la Pascua judía"), so a
# name is a date only after a word of HOLIDAY_BEFORE or before a year ------------------------

FIXED_HOLIDAYS: dict[tuple[int, int], tuple[str, ...]] = {
    (1, 1): ("año nuevo", "día de año nuevo"),
    (1, 6): ("día de reyes",),
    (12, 24): ("nochebuena",),
    (12, 25): ("navidad", "día de navidad"),
    (12, 31): ("nochevieja",),
}
EASTER_HOLIDAYS: dict[int, tuple[str, ...]] = {
    -3: ("jueves santo",),
    -2: ("viernes santo",),
    0: ("pascua", "domingo de pascua", "domingo de resurrección"),
}
EASTER_WEEKS: dict[int, tuple[str, ...]] = {-3: ("semana santa",)}
BARE_HOLIDAYS = tuple(
    name
    for names in (*FIXED_HOLIDAYS.values(), *EASTER_HOLIDAYS.values(), *EASTER_WEEKS.values())
    for name in names
)
HOLIDAY_BEFORE = (
    r"(?:en|por|para|hasta|desde|antes\s+de|después\s+de|tras|durante)(?:\s+(?:el|la))?"
)
HOLIDAY_OTHERS = r"chino|chin[ao]s?|lunar|judí[oa]|persa|ortodox[oa]"
