"""English words for the date engine that dateparser's locale data does not carry.

Plain data (see `timeline.dates._langdata.DateWords` for what each name means); the rules
that read it live in `timeline.dates`. Entries documented as regular expressions are
matched case-insensitively, one or two words at a time.
"""

from __future__ import annotations


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# --- the lexicon -----------------------------------------------------------------------------

_COUNTS = _words(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
    " fifteen sixteen seventeen eighteen nineteen twenty"
)
NUMBERS: dict[str, int] = {word: value for value, word in enumerate(_COUNTS)}
NUMBERS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "a": 1, "an": 1})

TENS = (
    "twenties",
    "thirties",
    "forties",
    "fifties",
    "sixties",
    "seventies",
    "eighties",
    "nineties",
)

ANCHORED_MODIFIERS: dict[str, int] = {
    "past": -1,
    "previous": -1,
    "coming": 1,
    "this past": -1,
    "this coming": 1,
}

RELATIVE: dict[str, tuple[int, str]] = {
    "tonight": (0, "day"),
    "last night": (-1, "day"),
    "this morning": (0, "day"),
    "this afternoon": (0, "day"),
    "this evening": (0, "day"),
}
NOT_RELATIVE = ("till date",)

# the time of day (see `timeline.dates.patterns.days`)
CLOCK_BEFORE = ("at", "until", "by", "from")  # "at midday"; "at 10 a.m." stays a time
CLOCK_NAMES = ("midday", "noon", "midnight")
PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
}
PERIOD_WORDS = ("quarter", "weekend")
SHORT_MONTHS = ("may",)
VERB_MONTHS = ("may",)

# --- syntax around dates ---------------------------------------------------------------------

EDGE_WORDS = (
    "early",
    "mid",
    "late",
    "the end of",
    "the beginning of",
    "the start of",
    "the middle of",
    "the rest of",
)
ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")
QUARTER_ORDINALS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}
_ORDINAL_UNITS = _words("first second third fourth fifth sixth seventh eighth ninth")
_ORDINAL_TEENS = _words(
    "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth"
    " nineteenth"
)
DAY_ORDINALS: dict[str, int] = {
    word: day for day, word in enumerate(_ORDINAL_UNITS + _ORDINAL_TEENS, start=1)
}
DAY_ORDINALS["twentieth"] = 20
DAY_ORDINALS["thirtieth"] = 30
DAY_ORDINALS.update({f"twenty-{word}": 20 + i for i, word in enumerate(_ORDINAL_UNITS, start=1)})
DAY_ORDINALS["thirty-first"] = 31

SEASONS: dict[str, str] = {
    "spring": "SP",
    "summer": "SU",
    "fall": "FA",
    "autumn": "FA",
    "winter": "WI",
}
SPELLED_NUMBERS: dict[str, int] = {word: value for value, word in enumerate(_COUNTS[:20])}
SPELLED_NUMBERS.update({"oh": 0, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50})
SPELLED_NUMBERS.update({"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90})
RANGE_WORDS = ("to", "through", "until", "and")

# --- holidays --------------------------------------------------------------------------------

FIXED_HOLIDAYS: dict[tuple[int, int], tuple[str, ...]] = {
    (1, 1): ("new year's day",),
    (2, 14): ("valentine's day",),
    (3, 17): ("st. patrick's day", "st patrick's day", "saint patrick's day"),
    (6, 19): ("juneteenth",),
    (7, 4): ("independence day", "fourth of july"),  # the United States' (English-language news)
    (7, 14): ("bastille day",),
    (10, 31): ("halloween",),
    (11, 11): ("veterans day", "veterans' day", "armistice day", "remembrance day"),
    (12, 24): ("christmas eve",),
    (12, 25): ("christmas day", "christmas"),
    (12, 26): ("boxing day",),
    (12, 31): ("new year's eve",),
}
WEEKDAY_HOLIDAYS: dict[tuple[int, int, int, int], tuple[str, ...]] = {
    (1, 0, 3, 0): ("martin luther king day", "martin luther king jr. day"),
    (2, 0, 3, 0): ("presidents day", "presidents' day"),
    (5, 6, 2, 0): ("mother's day",),
    (5, 0, -1, 0): ("memorial day",),
    (6, 6, 3, 0): ("father's day",),
    (9, 0, 1, 0): ("labor day",),
    (10, 0, 2, 0): ("columbus day",),
    (11, 3, 4, 0): ("thanksgiving day", "thanksgiving"),
    (11, 3, 4, 1): ("black friday",),
    # the United States': the Tuesday after the first Monday of November
    (11, 0, 1, 1): ("election day",),
}
EASTER_HOLIDAYS: dict[int, tuple[str, ...]] = {
    -46: ("ash wednesday",),
    -7: ("palm sunday",),
    -2: ("good friday",),
    0: ("easter sunday", "easter"),
    1: ("easter monday",),
    49: ("pentecost",),
}
EASTER_WEEKS: dict[int, tuple[str, ...]] = {-3: ("holy week",), 1: ("easter week",)}
BARE_HOLIDAYS = ("christmas", "easter", "thanksgiving", "halloween", "juneteenth")
HOLIDAY_BEFORE = (
    r"on|at|by|before|after|until|till|since|over|during|around|for|of|through|from"
    r"|this|last|next|past|early|late"
)
NATIONAL_HOLIDAYS = ("independence day", "election day")

# --- is it a date here? ----------------------------------------------------------------------

NOT_AFTER_YEAR = (
    "%",
    "percent",
    r"per\s+cent",
    "million",
    "billion",
    "thousand",
    "hundred",
    # a clock time in four digits: "at 1430 GMT", "at 0600 local time"
    r"gmt\b",
    r"utc\b",
    r"local\s+time\b",
    r"hrs\b",
)
NOT_BEFORE_YEAR = ("no.", "number", "nos.", "page", "route", "flight", "room", "rule")
GENERIC_NOUNS = _words(
    "world society societies age era generation youth young kids children families workers"
    " culture standards terms climate environment economy technology"
)
GENERIC_DAYS = ("tomorrow", "today")
EVERY_WORDS = ("each", "every", "all", "most")
PLURAL_PARTS_OF_DAY = ("nights", "mornings", "afternoons", "evenings")
CUSTOMS = _words(
    "prayer prayers sermon sermons mass masses service services worship school market markets"
    " bazaar brunch roast"
)
COUNTED_NOUNS = _words(
    "people persons men women children troops soldiers police officers workers employees jobs"
    " residents voters votes seats members students patients cases deaths dead victims refugees"
    " families homes houses units shares cars vehicles copies points times pages words rooms beds"
    " flights passengers prisoners inmates delegates athletes visitors tourists protesters"
    " demonstrators civilians companies firms pieces items vessels ships planes aircraft tanks"
    " missiles rockets shifts laps games matches goals runs rounds steps calls messages signatures"
    " posts ballots arrests attacks strikes incidents schools stores buildings trucks boats weapons"
    " drones hospitals sheep cattle head tickets cows"
)
MEASURES = _words(
    "hours minutes seconds days nights weeks months years decades centuries tons tonnes miles"
    " kilometers kilometres km meters metres feet acres hectares dollars euros pounds yen yuan"
    " barrels calories litres liters gallons kilograms kg grams"
)
DATE_PREPOSITIONS = _words("in since during until till by before after from through")
APPROXIMATORS = _words(
    "about nearly almost some approximately roughly over than around least only just"
)
LEADING_WORDS = _words(
    "about after and around before but by during each early every for from in last late mid"
    " next of on or since that this through till to until"
)

# --- tense: regular expressions, each matched against one word or two ------------------------

FUTURE_CUES = (
    r"will|won't|shall|[^\W\d_]*'ll|going to|gonna|is to|are to|due to|set to|expected to"
    r"|scheduled|slated|plans? to|planned|planning|intends? to|would|upcoming|next|coming"
    r"|expected|expects?|likely|should|could|might|may|must|hopes?|ahead of"
    r"|hopes? to|aims? to"
    # a plan with its preposition: "set for March 3", "due in April", "slated for May"
    r"|was to|were to"  # a plan told in the past: "the president was to meet them on Saturday"
    r"|set for|due (?:in|on|by|for)|(?:slated|planned|scheduled|timed|earmarked) (?:for|in|on)"
    r"|expected (?:in|on|by)"
)
PAST_CUES = (
    r"was|were|had|did|said|told|met|went|came|took|made|gave|began|left|held|won|lost"
    r"|brought|bought|sold|fell|rose|grew|paid|led|saw|knew|thought|found|became|ran|spent"
    r"|sent|built|struck|fought|caught|wrote|spoke|broke|chose|flew|threw|stood|kept|felt"
    r"|ago|last|earlier|since|previous|past|announced|[a-z]{3,}ed"
)
NOT_CUES = r"next to|next door"  # "stood next to the embassy on Tuesday": a place
NOT_PAST = ("need", "indeed", "speed", "feed", "seed", "red", "bed", "hundred")
BEFORE_ADJECTIVE = ("a", "an", "the", "its", "their", "his", "her", "our", "still", "newly", "yet")
INTENTIONS = (
    r"(?:agree[sd]?|decided?|promised?|pledged?|vowed?|offer(?:ed|s)?|intend(?:s|ed)?"
    r"|hoped?|seeks?|sought|aim(?:s|ed)?|want(?:s|ed)?|proposed?|voted"
    r"|agreements?|proposals?|bids?|pacts?|deals?|promises?|pledges?|offers?) to"
)
SCHEDULED = (
    r"opens|closes|begins|starts|ends|resumes|reopens|meets|hears|convenes|arrives|leaves"
    r"|faces|hosts|launches|expires|concludes|testifies|kicks off|takes effect|goes on"
    r"|meet|resume|reopen|begin|convene|arrive|testify|expire"
)
NOT_SCHEDULE = ("to", "did", "didn't", "didn’t", "not", "never", "does", "do")
CAUSATIVES = _words("let lets make makes made help helps helped watch watched see saw hear heard")
AS_PLANNED = r"(?:as|than)[\s-]+(?:(?:previously|originally|initially|earlier|widely)\s+)?"
FUTURE_FRAME = r"(?:will|'ll|shall|would|to|going to)\s+(?:be|have been|have)\s+"
TERMS = r"(?:effective|payable|of\s+record)\s+(?:(?:on|as\s+of)\s+)?"
ADJACENT = r"(?:(?:on|in|for|by)\s+)?"
PERFECT_AFTER = r"(?:not\s+)?have"
PAST_FRAME = r"(?:had been|had|was|were)\s+"
PERFECT_FRAME = r"(?:had been|had)\s+"
DEADLINES = ("by", "until", "till", "through")
COMPARED = r"compared\s+(?:with|to)|versus|vs\."
TEMPORAL_CLAUSE = r"(?:as soon as|once|when|after|before|until|till|by the time)"

# --- stories (see `timeline.dates._focus`) ---------------------------------------------------

DEICTIC = (
    r"\b(?:today|tonight|yesterday|tomorrow|now|ago|currently|presently|so far|to date)\b"
    r"|(?<!\bthe )(?<!\bthat )\b(?:this|last|next|past|coming)\b"
)
ANAPHORIC_DAYS: dict[str, int] = {
    "the next morning": 1,
    "the following morning": 1,
    "the next evening": 1,
    "the following evening": 1,
    "the next night": 1,
    "the following night": 1,
    "the morning after": 1,
    "the day after": 1,
    "the day following": 1,
    "a day later": 1,
    "that same day": 0,
    "the very same day": 0,
    "that morning": 0,
    "that evening": 0,
    "that night": 0,
    "the day before": -1,
    "the night before": -1,
    "the previous evening": -1,
    "the preceding day": -1,
}
EVENT_LINKS = ("of",)
