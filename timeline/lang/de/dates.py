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
}
UNITS: dict[str, str] = {"jahres": "year", "monats": "month"}  # genitives: "letzten Jahres"

SHORT_MONTHS = ("mai",)
CAPITALISED_NOUNS = True
RANGE_WORDS = ("bis", "und")

MORNING_WORDS = ("morgen",)
MORNING_BEFORE = ("am", "heute", "gestern", "jeden", "guten")

FUTURE_CUES = r"wird|werden|nächste[nrs]?"
PAST_CUES = r"hat|haben|war|waren|wurde|wurden"

# --- stories (see `timeline.dates._focus`) ---------------------------------------------------

DEICTIC = (
    r"\b(?:heute|gestern|heuer|derzeit|jetzt|vor"
    r"|letzte|letzten|letzter|letztes|vergangene|vergangenen|vergangener|vergangenes"
    r"|kommende|kommenden|kommender|kommendes)\b"
    r"|(?<!\bam )\bnächste[nrs]?\b|(?<!nächsten )\bmorgen\b"
)
ANAPHORIC_DAYS: dict[str, int] = {
    "am nächsten tag": 1,
    "am folgenden tag": 1,
    "am tag danach": 1,
    "tags darauf": 1,
    "am nächsten morgen": 1,
    "am selben tag": 0,
    "am gleichen tag": 0,
    "an diesem tag": 0,
    "am vortag": -1,
    "am tag davor": -1,
}
EVENT_LINKS = ("der", "des")
