"""French words for the date engine that dateparser's locale data does not carry.

Plain data (see `timeline.dates._langdata.DateWords` for what each name means); the rules
that read it live in `timeline.dates`. dateparser already has French number words.
"""

from __future__ import annotations

MODIFIERS_BEFORE: dict[str, int] = {"passé": -1, "passée": -1, "ce": 0, "cet": 0}
MODIFIERS_AFTER: dict[str, int] = {"passé": -1, "passée": -1, "en cours": 0}
RELATIVE: dict[str, tuple[int, str]] = {"la nuit dernière": (-1, "day")}

MONTHS_LOWERCASE = True
MODIFIERS_EITHER_SIDE = True
SHORT_MONTHS = ("mai",)
ORDINAL_SUFFIXES = ("er",)
SHORT_YEAR_BEFORE = ("en", "de", "depuis", "dès")
RANGE_WORDS = ("au", "à", "et")

FUTURE_CUES = (
    r"va|vont|prochaine?|doit|doivent|devrai(?:t|ent)|aura|auront|sera|seront|fera|feront"
    r"|[a-zà-ÿ]{3,}(?:ront|rons|rez|rai)|[a-zà-ÿ]{3,}(?:era|ira|dra)|[a-zà-ÿ]{2,}(?:rra|vra)"
    r"|(?:est|sont) (?:fixée?s?|prévue?s?|programmée?s?)"
    r"|(?:prévoit|prévoient|envisage|envisagent|projette|projettent) de|(?:appelle|appellent) à"
)
PAST_CUES = (
    r"a été|était|avait|[a-zà-ÿ]{3,}(?:é|ée|és|ées)"
    r"|(?:ont|avaient|sont) [a-zà-ÿ]{2,}(?:é|ée|és|ées|i|is|ie|ies|u|us|ue|ues|t|te|ts|tes)"
)
"""Past participles, alone or after an auxiliary ("ont rendez-vous" is no past)."""
FUTURE_FRAME = (
    r"(?:(?:devrait|devraient|doit|doivent|va|vont|sera|seront|pourrait|pourraient|pourra|devra)"
    r"\s+(?:être|avoir été)|restera|resteront|demeurera|demeureront)\s+"
)
"""Before a past participle, a future: "devrait être adopté lundi", "restera fermé"."""
NOT_PAST = (
    "marché",
    "comité",
    "député",
    "société",
    "été",
    "année",
    "journée",
    "soirée",
    "matinée",
    "armée",
    "entrée",
    "idée",
    "musée",
    "lycée",
    "durée",
    "arrivée",
    "rentrée",
    "santé",
    "sécurité",
    "liberté",
    "université",
    "côté",
    "cité",
    "communauté",
    "majorité",
    "volonté",
    "qualité",
    "activité",
    "café",
)
"""Nouns in "-é"/"-ée" that are no past participle."""
SCHEDULED = (
    r"commence|commencent|débute|débutent|ouvre|ouvrent|rouvre|rouvrent|reprend|reprennent"
    r"|a lieu|ont lieu|se tient|se tiennent|se réunit|se réunissent|rendez"
)

# --- is it a date here? ----------------------------------------------------------------------

EVERY_WORDS = ("chaque", "tous les", "toutes les")
HABIT_ARTICLES = ("le",)  # "le mercredi" is every Wednesday; "mercredi" alone is one day
NOWADAYS = (r"de\s+nos\s+jours", r"au\s+jour\s+d['’]\s*aujourd['’]\s*hui")
FALSE_FRIENDS = ("sept", "mar")  # seven; "mar." is rarer than the number

# --- periods, the time of day, days told by the story ----------------------------------------

PERIOD_WORDS = ("an",)  # "l'an dernier", "l'an prochain"
EDGE_WORDS = ("début", "fin", "mi", "courant", "fin de", "début de")
SEASONS: dict[str, str] = {"printemps": "SP", "été": "SU", "automne": "FA", "hiver": "WI"}
SEASON_BEFORE = ("l'", "en", "au", "cet", "ce", "début de l'", "fin de l'")  # not "heure d'été"
QUARTER_ORDINALS: dict[str, int] = {
    "premier": 1,
    "1er": 1,
    "deuxième": 2,
    "second": 2,
    "2e": 2,
    "troisième": 3,
    "3e": 3,
    "quatrième": 4,
    "4e": 4,
}
ENDED = r"(?:clos|clôturé|achevé|terminé)e?\s+(?:le|au)"  # "o trimestre findo a 30 de setembro"
FIRST_TWO_QUARTERS = r"(?:les\s+)?deux\s+premiers\s+trimestres"
QUARTER_NOUNS = ("trimestre",)
HALF_NOUNS = ("semestre",)
WEEKENDS = ("week-end", "weekend", "fin de semaine")

NOT_AFTER_YEAR = (
    r"pour\s+cent\b",
    r"euros?\b",
    r"francs?\b",
    r"dollars?\b",
    r"millions?\b",
    r"milliards?\b",
)
NOT_BEFORE_YEAR = ("résolution", "numéro", "n°", "route", "vol", "article", "page", "chambre")
CLOCK_UNITS = ("h", "heures", "heure")
CLOCK_BEFORE = ("à", "vers", "dès", "jusqu'à", "de", "avant", "après")
CLOCK_AFTER = r"du\s+(?:matin|soir)|de\s+l['’]après-midi"
CLOCK_NAMES = ("midi", "minuit")
PARTS_OF_DAY: dict[str, str] = {
    "matin": "MO",
    "matinée": "MO",
    "journée": "MI",
    "après-midi": "AF",
    "soir": "EV",
    "soirée": "EV",
    "nuit": "NI",
}
EVENT_PARTS = ("matinée", "journée", "soirée")
PART_OF_DAY_BEFORE = (
    "dans la",
    "dans l'",
    "à",
    "en",
    "en fin de",
    "en début de",
    "en fin d'",
    "en début d'",
)
ANAPHORIC_DAYS: dict[str, int] = {
    "lendemain": 1,
    "surlendemain": 2,
    "la veille": -1,
    "l'avant-veille": -2,
    "le jour même": 0,
    "le même jour": 0,
    "ce même jour": 0,
    "le soir même": 0,
    "le matin même": 0,
    "le même soir": 0,
    "le lendemain": 1,
    "le lendemain matin": 1,
    "le surlendemain": 2,
    "ce jour-là": 0,
    "la veille au soir": -1,
}
ANAPHORIC_YEARS: dict[str, int] = {
    "l'année suivante": 1,
    "l'année précédente": -1,
    "la même année": 0,
    "cette année-là": 0,
    "l'année d'après": 1,
    "l'année d'avant": -1,
}

# --- stories (see `timeline.dates._focus`) ---------------------------------------------------

DEICTIC = (
    r"\b(?:aujourd'hui|aujourd’hui|hier|demain|ce soir|ce matin|actuellement|il y a"
    r"|dernier|dernière|derniers|dernières|prochain|prochaine|prochains|prochaines)\b"
)
EVENT_LINKS = ("de", "du", "des", "d'")

# --- holidays: every name also modifies nouns ("le marché de Noël", "l'accord du Vendredi
# saint"), so a name is a date only after a word of HOLIDAY_BEFORE or before a year ---------

FIXED_HOLIDAYS: dict[tuple[int, int], tuple[str, ...]] = {
    (1, 1): ("jour de l'an", "nouvel an"),
    (11, 1): ("toussaint",),
    (12, 24): ("réveillon de noël",),
    (12, 25): ("noël", "jour de noël"),
    (12, 31): ("saint-sylvestre",),
}
EASTER_HOLIDAYS: dict[int, tuple[str, ...]] = {
    -2: ("vendredi saint",),
    0: ("pâques",),
    1: ("lundi de pâques",),
    49: ("pentecôte",),
}
EASTER_WEEKS: dict[int, tuple[str, ...]] = {-3: ("semaine sainte",)}
BARE_HOLIDAYS = tuple(
    name
    for names in (*FIXED_HOLIDAYS.values(), *EASTER_HOLIDAYS.values(), *EASTER_WEEKS.values())
    for name in names
)
HOLIDAY_BEFORE = (
    r"(?:à|pour|avant|après|depuis|jusqu['’]à|dès|pendant|durant|vers)(?:\s+(?:la|le|l['’]))?"
    r"|(?<!de\s)(?:la|le|l['’])"
)
HOLIDAY_OTHERS = r"chinois|lunaire|juif|juive|orthodoxe"
UNCOUNTED = (
    "après", "depuis", "puis", "mais", "sous", "dans", "leurs", "plus", "moins", "alors",
    "toujours", "jamais", "très", "lors", "ainsi",
)  # fmt: skip
