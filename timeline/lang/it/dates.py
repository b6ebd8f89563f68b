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
NUMBERS["un"] = 1
MODIFIERS_BEFORE: dict[str, int] = {
    "quest'ultimo": -1,  # "quest'ultimo mese": the month just ended
    "quest'ultima": -1,
    "passato": -1,
    "passata": -1,
    "scorso": -1,
    "scorsa": -1,
    "prossimo": 1,
    "prossima": 1,
}
MODIFIERS_AFTER: dict[str, int] = {
    "passato": -1,
    "passata": -1,
    "precedente": -1,
    "successivo": 1,
    "successiva": 1,
}
# "l'anno precedente", "il giorno successivo": next to the date the text named
ANCHORED_MODIFIERS: dict[str, int] = {
    "precedente": -1,
    "successivo": 1,
    "successiva": 1,
}
RELATIVE: dict[str, tuple[int, str]] = {
    "avantieri": (-2, "day"),
    "l'altro ieri": (-2, "day"),
    "dopodomani": (2, "day"),
    # parts of the day name the day (at day precision)
    "stamattina": (0, "day"),
    "stamani": (0, "day"),
    "stamane": (0, "day"),
    "questa mattina": (0, "day"),
    "questa mattinata": (0, "day"),
    "questo pomeriggio": (0, "day"),
    "stasera": (0, "day"),
    "questa sera": (0, "day"),
    "stanotte": (0, "day"),
    "questa notte": (0, "day"),
    "ieri mattina": (-1, "day"),
    "ieri pomeriggio": (-1, "day"),
    "ieri sera": (-1, "day"),
    "domani mattina": (1, "day"),
    "domani sera": (1, "day"),
    "in mattinata": (0, "day"),
    "in serata": (0, "day"),
    "in tarda serata": (0, "day"),
    "in nottata": (0, "day"),
}
TENS = ("venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta", "novanta")

# --- reporting periods -------------------------------------------------------------------------

PERIOD_WORDS = ("giorno",)  # "al día siguiente"
SEASONS: dict[str, str] = {"primavera": "SP", "estate": "SU", "autunno": "FA", "inverno": "WI"}
ENDED = r"(?:chius|terminat|concluso)[oa]?\s+(?:il|al)"  # "o trimestre findo a 30 de setembro"
FIRST_TWO_QUARTERS = r"(?:i\s+)?primi\s+due\s+trimestri"
QUARTER_NOUNS = ("trimestre",)
HALF_NOUNS = ("semestre",)
QUARTER_ORDINALS: dict[str, int] = {
    "primo": 1,
    "secondo": 2,
    "terzo": 3,
    "quarto": 4,
    "ultimo": 4,
}
PERIOD_NOUNS = ("periodo",)
COMPARED = r"rispetto\s+(?:a|al|allo|alla|ai|agli)|in\s+confronto\s+(?:a|con)"
YEAR_BEFORE = r"(?:corrispondente\s+)?dell['’]\s*anno\s+(?:scorso|precedente|passato)"

MONTHS_LOWERCASE = True
MODIFIERS_EITHER_SIDE = True
EDGE_WORDS = ("inizio", "fine", "metà", "primi di", "fine di", "inizio di", "metà di")
ORDINAL_SUFFIXES = ("º", "°")
# "nell'83", "dal '92"; "l'esercizio 90," (a fiscal year)
SHORT_YEAR_BEFORE = (
    "nell",
    "dell",
    "dall",
    "all",
    "sull",
    "nel",
    "del",
    "dal",
    "al",
    "il",
    "esercizio",
    "bilancio",
    "bilanci",
)
DAY_ORDINALS: dict[str, int] = {
    **{w: n for w, n in NUMBERS.items() if w not in ("una", "uma", "duas")},
    "primo": 1,
}  # "el primero de mayo", "cinque luglio"
RANGE_WORDS = ("al", "a", "e")

DEADLINES = ("entro", "fino a")
FUTURE_CUES = (
    r"prossim[oa]|sarà|saranno|[a-zà-ÿ]{3,}(?:rà|ranno|rò)"
    r"|farà|faranno|avrà|avranno|darà|daranno|starà|staranno"
    # expectations and plans look ahead, as "expects", "plans to" do
    r"|prevede|prevedono|spera|sperano|intende|intendono|deve|devono|dovrebbe|dovrebbero"
)
PAST_FRAME = r"(?:era stato|era stata|erano stati|era|erano)\s+"
# a future copula before a participle: "sarà chiuso", "resterà chiuso", "rimarrà aperto"
FUTURE_FRAME = (
    r"(?:sarà|saranno|verrà|verranno|dovrà|dovranno|per essere"
    r"|resterà|resteranno|rimarrà|rimarranno)\s+"
)
ADJACENT = r"(?:(?:il|l'|in|nel)\s+)?"
TEMPORAL_CLAUSE = r"(?:appena|non appena|quando|dopo che|prima che|finché)"
PAST_CUES = (
    r"è stato|è stata|sono stati|ha|hanno|aveva|avevano|[a-zà-ÿ]{3,}(?:ato|ito|uto|ata|iti)"
    r"|[a-zà-ÿ]{2,}[a-qs-zà-ÿ]ò|[a-zà-ÿ]{2,}(?:arono|erono|irono)"
    # irregular participles: "è morta sabato", "ha detto lunedì"
    r"|mort[oaie]|nat[oaie]|dett[oaie]|fatt[oaie]|pres[oaie]|mess[oaie]|scritt[oaie]"
    r"|rimast[oaie]|success[oaie]|chiest[oaie]|vist[oaie]|post[oaie]|aperto|chiuso"
)

# --- is it a date here? ----------------------------------------------------------------------

EVERY_WORDS = ("ogni", "tutti i", "tutte le")
HABIT_ARTICLES = ("il", "la")  # "il lunedì" is every Monday; "lunedì" alone is one day
NOWADAYS = (r"oggi\s+giorno", r"al\s+giorno\s+d['’]\s*oggi", r"ancora\s+oggi")
UNCOUNTED = (
    "quasi", "negli", "degli", "dagli", "sugli", "agli", "oggi", "ieri", "così", "tutti",
    "questi", "quegli", "altri", "suoi", "nostri", "poi",
)  # fmt: skip
DATE_PREPOSITIONS = ("in", "a", "da", "dal", "fino", "di", "entro", "durante")
SHIFTS: dict[str, int] = {"prima": -1, "dopo": 1, "più tardi": 1}
ANAPHORIC = (
    "lo stesso",
    "la stessa",
    "quello stesso",
    "quella stessa",
    "quel",
    "quello",
    "quella",
    "quell'",
    "nello stesso",
    "nella stessa",
    "in quel",
    "in quella",
)
DATE_NOUNS = ("data",)
FALSE_FRIENDS = ("mar",)

# --- periods and the time of day (see `timeline.dates.patterns.parts` and `.days`) ----------

SEASON_BEFORE = ("in", "l'", "nell'", "quest'", "questo", "questa", "la", "nella", "dell'", "della")
WEEKENDS = ("fine settimana", "weekend", "week-end")
CLOCK_UNITS = ("h",)
CLOCK_BEFORE = ("alle", "alle ore", "ore", "dalle", "verso le", "fino alle", "entro le", "a")
CLOCK_AFTER = (
    r"e\s+(?:[0-5]\d|mezzo|mezza|un\s+quarto|tre\s+quarti)"
    r"|del\s+mattino|di\s+sera|del\s+pomeriggio|di\s+notte"
)
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

# --- stories (see `timeline.dates._focus`) ---------------------------------------------------

DEICTIC = (
    r"\b(?:oggi|ieri|domani|stasera|stamattina|stamane|attualmente|fa"
    r"|scorso|scorsa|scorsi|scorse|prossimo|prossima|prossimi|prossime)\b"
)
ANAPHORIC_DAYS: dict[str, int] = {
    "il giorno dopo": 1,
    "il giorno seguente": 1,
    "il giorno successivo": 1,
    "l'indomani": 1,
    "la mattina dopo": 1,
    "la mattina seguente": 1,
    "lo stesso giorno": 0,
    "quel giorno": 0,
    "quello stesso giorno": 0,
    "il giorno prima": -1,
    "il giorno precedente": -1,
}
EVENT_LINKS = ("di", "del", "della", "dello", "dell'", "dei", "degli", "delle")

# --- holidays: every name also modifies nouns ("il presepe di Natale"), so a name is a date
# only after a word of HOLIDAY_BEFORE or before a year ---------------------------------------

FIXED_HOLIDAYS: dict[tuple[int, int], tuple[str, ...]] = {
    (1, 1): ("capodanno",),
    (1, 6): ("epifania",),
    (8, 15): ("ferragosto",),
    (11, 1): ("ognissanti",),
    (12, 24): ("vigilia di natale",),
    (12, 25): ("natale", "giorno di natale"),
}
EASTER_HOLIDAYS: dict[int, tuple[str, ...]] = {
    -2: ("venerdì santo",),
    0: ("pasqua",),
    1: ("pasquetta", "lunedì dell'angelo"),
    49: ("pentecoste",),
}
EASTER_WEEKS: dict[int, tuple[str, ...]] = {-3: ("settimana santa",)}
BARE_HOLIDAYS = tuple(
    name
    for names in (*FIXED_HOLIDAYS.values(), *EASTER_HOLIDAYS.values(), *EASTER_WEEKS.values())
    for name in names
)
HOLIDAY_BEFORE = r"(?:a|per|dopo|prima\s+di|fino\s+a|entro|sotto|durante)(?:\s+(?:il|la|l['’]))?"
HOLIDAY_OTHERS = r"cinese|lunare|ebraic[ao]|ortodoss[ao]"
