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
MODIFIERS_BEFORE: dict[str, int] = {"passato": -1, "passata": -1}
MODIFIERS_AFTER: dict[str, int] = {"passato": -1, "passata": -1}
RELATIVE: dict[str, tuple[int, str]] = {
    "avantieri": (-2, "day"),
    "l'altro ieri": (-2, "day"),
    "dopodomani": (2, "day"),
}
TENS = ("venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta", "novanta")

MONTHS_LOWERCASE = True
MODIFIERS_EITHER_SIDE = True
ORDINAL_SUFFIXES = ("º", "°")
RANGE_WORDS = ("al", "a", "e")

FUTURE_CUES = r"prossim[oa]|sarà|saranno|[a-zà-ÿ]{3,}(?:rà|ranno|rò)"
PAST_CUES = r"è stato|sono stati|[a-zà-ÿ]{3,}(?:ato|ito)"

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
