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
    # parts of the day name the day (at day precision)
    "esta manhã": (0, "day"),
    "esta tarde": (0, "day"),
    "esta noite": (0, "day"),
    "hoje à noite": (0, "day"),
    "ontem à noite": (-1, "day"),
    "ontem à tarde": (-1, "day"),
    "ontem de manhã": (-1, "day"),
    "ontem pela manhã": (-1, "day"),
    "amanhã de manhã": (1, "day"),
    # "o ano que vem": the coming unit
    "ano que vem": (1, "year"),
    "mês que vem": (1, "month"),
    "semana que vem": (1, "week"),
}
TENS = ("vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta", "noventa")

# --- reporting periods -------------------------------------------------------------------------

MODIFIERS_BEFORE: dict[str, int] = {
    "último": -1,
    "última": -1,
    "deste": 0,
    "desta": 0,
    "neste": 0,
    "nesta": 0,
}
MODIFIERS_AFTER: dict[str, int] = {"anterior": -1, "seguinte": 1}
# "o ano anterior", "o mês seguinte": next to the date the text named
ANCHORED_MODIFIERS: dict[str, int] = {"anterior": -1, "seguinte": 1}
PERIOD_WORDS = ("dia",)  # "al día siguiente"
SEASONS: dict[str, str] = {"primavera": "SP", "verão": "SU", "outono": "FA", "inverno": "WI"}
ENDED = r"(?:find|terminad|encerrad)[oa]\s+(?:em|a)"  # "o trimestre findo a 30 de setembro"
FIRST_TWO_QUARTERS = r"(?:os\s+)?dois\s+primeiros\s+trimestres"
QUARTER_NOUNS = ("trimestre",)
HALF_NOUNS = ("semestre",)
QUARTER_ORDINALS: dict[str, int] = {
    "primeiro": 1,
    "segundo": 2,
    "terceiro": 3,
    "quarto": 4,
    "último": 4,
}
PERIOD_NOUNS = ("período",)
COMPARED = (
    r"em\s+compara[çc][ãa]o\s+com|comparad[oa]s?\s+(?:com|a|aos?)"
    r"|(?:face|relativamente|em\s+rela[çc][ãa]o)\s+(?:a|ao|aos|à|às)"
)
YEAR_BEFORE = r"(?:homólog[oa]\s+|correspondente\s+)?(?:do|ao)\s+ano\s+(?:passado|anterior)"

MONTHS_LOWERCASE = True
MODIFIERS_EITHER_SIDE = True
# "início de março", "início deste ano", "fim do mês"
EDGE_WORDS = ("início de", "início", "meados de", "fim de", "fim", "final de", "final", "finais de")
ORDINAL_SUFFIXES = ("º", "ª", "°")
SHORT_YEAR_BEFORE = ("em", "de", "do", "no", "desde", "até", "ao")
DAY_ORDINALS: dict[str, int] = {
    **{w: n for w, n in NUMBERS.items() if w not in ("una", "uma", "duas")},
    "primeiro": 1,
}  # "el primero de mayo", "cinque luglio"
RANGE_WORDS = ("a", "e")

DEADLINES = ("até",)
FUTURE_CUES = (
    r"irá|vai|vão|próxim[oa]|[a-zà-ÿ]{3,}(?:rá|rão|rei|remos)"
    r"|será|serão|terá|terão|fará|farão|dará|darão|estará|estarão"
    r"|(?:agendad|previst|marcad)[oa]s?(?: para)?"
    r"|(?:está|estão) para"
    # expectations and plans look ahead, as "expects", "plans to" do
    r"|espera|esperam|prevê|preveem|planeia|planeiam|planeja|planejam|pretende|pretendem"
    r"|deve|devem"
    # the conditional, a future seen from the past: "compraria", "deveriam"
    r"|[a-zà-ÿ]{3,}(?:ria|riam)"
)
PAST_FRAME = r"(?:tinha sido|tinham sido|foi|foram|estava|estavam|era|eram)\s+"
PAST_CUES = (
    r"foi|foram|disse|disseram|fez|teve|houve"
    r"|[a-zà-ÿ]{3,}(?:ad|id)[oa]s?|[a-zà-ÿ]{3,}(?:ou|aram|eram|iram|eu|iu)"
    # the imperfect subjunctive, backshifted in a temporal clause: "assim que abrissem"
    r"|[a-zà-ÿ]{3,}(?:sse|ssem)"
)
# before a participle: "será aprovado", "ficará fechado", "permanecerá aberto"
FUTURE_FRAME = (
    r"(?:para|vai|vão|irá|irão|deve|devem|será|serão|seria|seriam"
    r"|ficará|ficarão|permanecerá|permanecerão)\s+(?:ser\s+)?"
)
ADJACENT = r"(?:(?:em|no|na)\s+)?"
TEMPORAL_CLAUSE = r"(?:assim que|logo que|quando|depois que|antes que|até que)"

# --- is it a date here? ----------------------------------------------------------------------

EVERY_WORDS = ("cada", "todos os", "todas as")
NOWADAYS = (r"hoje\s+em\s+dia",)
UNCOUNTED = (
    "após", "depois", "antes", "mais", "menos", "pois", "quais", "seus", "suas", "pelos",
    "pelas", "todos", "todas", "eles", "elas", "aqui", "apenas",
)  # fmt: skip
DATE_PREPOSITIONS = ("em", "desde", "até", "de", "durante")
SHIFTS: dict[str, int] = {"antes": -1, "depois": 1, "mais tarde": 1}
ANAPHORIC = (
    "o mesmo",
    "a mesma",
    "no mesmo",
    "na mesma",
    "nesse mesmo",
    "nessa mesma",
    "nesse",
    "nessa",
    "naquele",
    "naquela",
    "esse",
    "essa",
    "aquele",
    "aquela",
)
DATE_NOUNS = ("data",)
FALSE_FRIENDS = ("mar", "dez")  # the sea, ten
# "segunda" is also "second": a day after these words ("na segunda", "até sexta")
ORDINAL_WEEKDAYS = ("segunda", "terça", "quarta", "quinta", "sexta")
WEEKDAY_CUES = (
    "na",
    "nesta",
    "nessa",
    "naquela",
    "desta",
    "dessa",
    "daquela",
    "até",
    "desde",
    "esta",
    "essa",
    "hoje",
    "ontem",
    "amanhã",
)

# --- periods and the time of day (see `timeline.dates.patterns.parts` and `.days`) ----------

SEASON_BEFORE = ("no", "na", "o", "a", "este", "esta", "neste", "nesta", "do", "da", "em")
WEEKENDS = ("fim de semana", "fim-de-semana")
CLOCK_UNITS = ("h", "horas")
CLOCK_BEFORE = ("ao", "às", "à", "das", "até às", "a partir das")
CLOCK_AFTER = r"e\s+(?:meia|um\s+quarto|[0-5]\d)|em\s+ponto|da\s+(?:manhã|tarde|noite|madrugada)"
CLOCK_NAMES = ("meio-dia", "meia-noite")
PARTS_OF_DAY: dict[str, str] = {
    "madrugada": "MO",
    "manhã": "MO",
    "tarde": "AF",
    "noite": "NI",
}
PART_OF_DAY_GLUE = ("à", "de", "pela", "na")
PART_OF_DAY_BEFORE = ("na", "pela", "à", "ao", "de")

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

# --- holidays: every name also modifies nouns ("a ceia de Natal", "a cidade de Natal"), so a
# name is a date only after a word of HOLIDAY_BEFORE or before a year ------------------------

FIXED_HOLIDAYS: dict[tuple[int, int], tuple[str, ...]] = {
    (1, 1): ("ano novo", "dia de ano novo"),
    (12, 24): ("véspera de natal", "consoada"),
    (12, 25): ("natal", "dia de natal"),
    (12, 31): ("réveillon",),
}
EASTER_HOLIDAYS: dict[int, tuple[str, ...]] = {
    -2: ("sexta-feira santa",),
    0: ("páscoa", "domingo de páscoa"),
}
EASTER_WEEKS: dict[int, tuple[str, ...]] = {-3: ("semana santa",)}
BARE_HOLIDAYS = tuple(
    name
    for names in (*FIXED_HOLIDAYS.values(), *EASTER_HOLIDAYS.values(), *EASTER_WEEKS.values())
    for name in names
)
# not "em": "em Natal" is the city
HOLIDAY_BEFORE = r"n[oa]|pel[oa]|(?:até|antes|depois|desde|durante)\s+(?:d[oa]|[oa]|ao)"
HOLIDAY_OTHERS = r"chin[eê]s|lunar|judaic[oa]|ortodox[oa]"
