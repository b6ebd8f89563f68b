"""German words for the date engine that dateparser's locale data does not carry.

Plain data (see `timeline.dates._langdata.DateWords` for what each name means); the rules
that read it live in `timeline.dates`. dateparser already has German number words.
"""

from __future__ import annotations

MODIFIERS_BEFORE: dict[str, int] = {
    "vergangenen": -1,
    "vergangene": -1,
    "vergangenes": -1,
    "kommenden": 1,
    "kommende": 1,
    "diesem": 0,
    "dieser": 0,
    "laufenden": 0,
    "laufende": 0,
    "laufendes": 0,
    "nächster": 1,
    "kommender": 1,
    "letzter": -1,
    "vergangener": -1,
}
UNITS: dict[str, str] = {"jahres": "year", "monats": "month"}  # genitives: "letzten Jahres"
PERIOD_WORDS = ("jahres", "monats")  # "Ende dieses Jahres", "Mitte nächsten Monats"
RELATIVE: dict[str, tuple[int, str]] = {
    "heuer": (0, "year"),  # Austrian and Southern German: this year
    "vorjahr": (-1, "year"),
    "vorjahres": (-1, "year"),
    "vormonat": (-1, "month"),
    "vormonats": (-1, "month"),
    "vorwoche": (-1, "week"),
    "vergangene nacht": (-1, "day"),
    "letzte nacht": (-1, "day"),
}

SHORT_MONTHS = ("mai",)
CAPITALISED_NOUNS = True
SHORT_YEAR_BEFORE = ("seit", "im", "bis", "von")
ORDINAL_POINT = True  # "im 53. Lebensjahr": an ordinal, not 1953
RANGE_WORDS = ("bis", "und")
EDGE_WORDS = ("anfang", "ende", "mitte", "beginn", "zu beginn", "zum ende", "bis ende")
NOT_AFTER_YEAR = tuple(
    rf"{word}\b" for word in ("prozent", "euro", "franken", "dollar", "millionen", "milliarden")
)
"""Read in every language: not "Mark", a first name in English ("In 2008 Mark said")."""
UNCOUNTED = (
    "bereits", "erstmals", "stets", "nichts", "etwas", "damals", "abends", "morgens", "nachts",
    "mittags", "jeweils", "mehrmals", "rechts", "links",
)  # fmt: skip
DATE_PREPOSITIONS = ("im", "jahr", "jahres", "seit", "anno")
""" "im Jahr 2009 Gewinne": after these a number is a year even before a noun ("bis 1850
Mark", "vor 2000 Zuschauern" are amounts)."""

# --- periods, the time of day, days told by the story ----------------------------------------

SEASONS: dict[str, str] = {
    "frühling": "SP",
    "frühjahr": "SP",
    "sommer": "SU",
    "herbst": "FA",
    "winter": "WI",
}
SEASON_BEFORE = (
    "im",
    "in diesem",
    "diesen",
    "diesem",
    "dieses",
    "vom",
    "zum",
    "seit dem",
    "ab dem",
    "bis zum",
    "den",
    "der",
    "dem",
    "des",
    "ganzen",
)
QUARTER_ORDINALS: dict[str, int] = {
    "ersten": 1,
    "erste": 1,
    "erstes": 1,
    "1.": 1,
    "zweiten": 2,
    "zweite": 2,
    "zweites": 2,
    "2.": 2,
    "dritten": 3,
    "dritte": 3,
    "drittes": 3,
    "3.": 3,
    "vierten": 4,
    "vierte": 4,
    "viertes": 4,
    "4.": 4,
}
QUARTER_NOUNS = ("quartal", "quartals", "trimester", "vierteljahr")
HALF_NOUNS = ("halbjahr", "halbjahres", "jahreshälfte")
WEEKENDS = ("wochenende", "wochenendes")

CLOCK_UNITS = ("uhr",)
CLOCK_BEFORE = ("um", "gegen", "ab", "bis", "von")
CLOCK_NAMES = ("mittag", "mitternacht")
PARTS_OF_DAY: dict[str, str] = {
    "morgen": "MO",
    "vormittag": "MO",
    "mittag": "MI",
    "nachmittag": "AF",
    "abend": "EV",
    "nacht": "NI",
    "früh": "MO",  # "heute früh", "morgen früh"
    "morgenstunden": "MO",
    "abendstunden": "EV",
    "nachtstunden": "NI",
}
PART_OF_DAY_BEFORE = (
    "am",
    "in der",
    "über",
    "gegen",
    "zu",
    "am frühen",
    "am späten",
    "in den",
    "in den frühen",
    "in den späten",
)
ANAPHORIC_DAYS: dict[str, int] = {
    "tags darauf": 1,
    "tags zuvor": -1,
    "am tag zuvor": -1,
    "am tag danach": 1,
    "am tag darauf": 1,
    "am nächsten tag": 1,
    "am folgenden tag": 1,
    "am selben tag": 0,
    "am gleichen tag": 0,
    "am vortag": -1,
    "vom vortag": -1,
    "am selben abend": 0,
    "am gleichen abend": 0,
    "am abend zuvor": -1,
    "am vorabend": -1,
    "am nächsten morgen": 1,
    "am folgenden morgen": 1,
    "am morgen danach": 1,
    "an diesem tag": 0,
    "am tag davor": -1,
}
ANAPHORIC_YEARS: dict[str, int] = {
    "im jahr darauf": 1,
    "im folgenden jahr": 1,
    "im darauffolgenden jahr": 1,
    "im jahr zuvor": -1,
    "im selben jahr": 0,
    "im gleichen jahr": 0,
    "im selben jahr noch": 0,
}

MORNING_WORDS = ("morgen",)
MORNING_BEFORE = ("am", "heute", "gestern", "jeden", "guten")

FUTURE_CUES = r"wird|werden|nächste[nrs]?|soll|sollen|will|wollen|geplant|kommende[nrs]?"
SCHEDULED = (
    r"beginnt|beginnen|startet|starten|findet|finden|tagt|tagen|öffnet|öffnen|schließt"
    r"|endet|enden|trifft|treffen|entscheidet|entscheiden|stimmt|stimmen"
)
PAST_CUES = (
    r"hat|haben|hatte|hatten|war|waren|wurde|wurden|sagte|sagten|erklärte|erklärten|teilte"
    r"|kündigte|gab|kam|ging|fand|begann|stand|lag|konnte|konnten|musste|mussten|wollte"
    r"|wollten|durfte|durften|ließ|hieß|blieb|zeigte|zeigten|gewann|verlor|traf|sprach"
    r"|stellte|brachte|machte|führte|sicherte"
)

# --- is it a date here? ----------------------------------------------------------------------

EVERY_WORDS = ("jeden", "jede", "jeder", "jedes")
NOWADAYS = (r"heutzutage", r"heute\s+noch\s+immer")
FALSE_FRIENDS = ("mit", "die", "son", "don")  # "mit." is "with", not Mittwoch

# --- stories (see `timeline.dates._focus`) ---------------------------------------------------

DEICTIC = (
    r"\b(?:heute|gestern|heuer|derzeit|jetzt|vor"
    r"|letzte|letzten|letzter|letztes|vergangene|vergangenen|vergangener|vergangenes"
    r"|kommende|kommenden|kommender|kommendes)\b"
    r"|(?<!\bam )\bnächste[nrs]?\b|(?<!nächsten )\bmorgen\b"
)
EVENT_LINKS = ("der", "des")

# --- holidays: names also begin compounds and modify nouns ("Weihnachtsmarkt", "die Osterzeit"),
# so a name is a date only after a word of HOLIDAY_BEFORE or before a year ---------------------

FIXED_HOLIDAYS: dict[tuple[int, int], tuple[str, ...]] = {
    (1, 1): ("neujahr", "neujahrstag"),
    (5, 1): ("tag der arbeit",),
    (10, 3): ("tag der deutschen einheit",),
    (12, 24): ("heiligabend", "heiligen abend"),
    (12, 25): ("weihnachten", "ersten weihnachtstag", "erster weihnachtstag"),
    (12, 26): ("zweiten weihnachtstag", "zweiter weihnachtstag"),
    (12, 31): ("silvester",),
}
EASTER_HOLIDAYS: dict[int, tuple[str, ...]] = {
    -2: ("karfreitag",),
    0: ("ostern", "ostersonntag"),
    1: ("ostermontag",),
    39: ("christi himmelfahrt",),
    49: ("pfingsten", "pfingstsonntag"),
    50: ("pfingstmontag",),
}
EASTER_WEEKS: dict[int, tuple[str, ...]] = {-3: ("karwoche",)}
BARE_HOLIDAYS = tuple(
    name
    for names in (*FIXED_HOLIDAYS.values(), *EASTER_HOLIDAYS.values(), *EASTER_WEEKS.values())
    for name in names
)
HOLIDAY_BEFORE = r"an|am|zu|vor|nach|seit|bis|über|um|gegen"
