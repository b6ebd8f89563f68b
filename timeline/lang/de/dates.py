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
SHORT_YEAR_BEFORE = ("seit", "im", "bis", "von")
RANGE_WORDS = ("bis", "und")

MORNING_WORDS = ("morgen",)
MORNING_BEFORE = ("am", "heute", "gestern", "jeden", "guten")

FUTURE_CUES = r"wird|werden|nächste[nrs]?"
PAST_CUES = r"hat|haben|war|waren|wurde|wurden"

# --- is it a date here? ----------------------------------------------------------------------

EVERY_WORDS = ("jeden", "jede", "jeder", "jedes")
NOWADAYS = (r"heutzutage", r"heute\s+noch\s+immer")
FALSE_FRIENDS = ("mit", "die", "son", "don")  # "mit." is "with", not Mittwoch
