"""The events.yaml vocabulary: which keys each mapping may hold, and what an id looks like.

The validator and the JSON Schema both read from here (a test holds the schema to these
names), so the two cannot drift apart.
"""

from __future__ import annotations

import re

__all__ = [
    "CITATION_KEYS",
    "DATE_RE",
    "DISPUTE_KEYS",
    "ERA_KEYS",
    "EVENT_KEYS",
    "ID_HINT",
    "ID_RE",
    "LANGUAGE_HINT",
    "LANGUAGE_NAMES",
    "LANGUAGE_RE",
    "MAX_IMPORTANCE",
    "MAX_OFFSET",
    "MEDIA_KEYS",
    "MEDIA_URL_RE",
    "SOURCE_KEYS",
    "TOP_KEYS",
    "URL_RE",
]

TOP_KEYS = ("title", "description", "language", "eras", "sources", "events")
SOURCE_KEYS = ("id", "title", "outlet", "url", "published", "language")
EVENT_KEYS = (
    "id",
    "date",
    "end",
    "title",
    "text",
    "media",
    "tags",
    "sources",
    "status",
    "disputed",
    "review",
    "locked",
    "extracted",
    "importance",
)
CITATION_KEYS = ("source", "quote", "start", "end")
DISPUTE_KEYS = ("source", "date")
MEDIA_KEYS = ("url", "alt", "caption", "credit")
"""TimelineJS's names for an event's image, so an export maps them one to one."""
ERA_KEYS = ("title", "start", "end")

# The patterns below are also the JSON Schema's (a test holds them equal), so they are
# written to mean the same in Python and in the JavaScript regexes of editors: character
# classes spell out [0-9] (Python's \d matches any script's digits), and each ends with
# `$(?!\n)`, the end of the text in both (Python's `$` also matches before a final "\n").

ID_RE = re.compile(r"^[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?$(?!\n)")
"""A stable slug: lowercase ASCII letters and digits, with '-', '_' or '.' inside."""
ID_HINT = "expected a slug of lowercase letters, digits, '-', '_' or '.'"

LANGUAGE_RE = re.compile(
    r"^[A-Za-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?"
    r"(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$(?!\n)"
)
"""The shape of a BCP 47 language tag: language, then optional script, region, variants
(`en`, `pt-BR`, `zh-Hant`, `zh-Hant-TW`, `es-419`, `de-CH-1996`). Case does not matter."""

_LEAP_YEAR = r"(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)"
_MONTH_DAY = (
    r"(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])"  # every month has days 1-28
    r"|(?:0[13-9]|1[0-2])-(?:29|30)"  # all but February have 29 and 30
    r"|(?:0[13578]|1[02])-31)"  # the long months have 31
)
DATE_RE = re.compile(
    rf"^(?!0000)(?:[0-9]{{4}}(?:-(?:0[1-9]|1[0-2]))?|[0-9]{{4}}-{_MONTH_DAY}|{_LEAP_YEAR}-02-29)"
    r"$(?!\n)"
)
"""YYYY, YYYY-MM or YYYY-MM-DD naming a real day (February 29 only in leap years), year
0001-9999: exactly the strings `PartialDate.parse` accepts, as one pattern for the schema."""

URL_RE = re.compile(
    r"^(?![\s\S]*[\u0000-\u001f\u007f])"  # no control characters anywhere
    r"(?:[hH][tT][tT][pP][sS]?://"  # an http(s) address; [ ] only around an IPv6 host
    r"(?:[^/?#\[\]]*|(?:[^/?#\[\]@]*@)?\[[0-9A-Fa-f:.]+\](?::[0-9]*)?)(?:[/?#]|$)"
    r"|(?! |[/\\]{2})[^:/]*(?:/|$))"  # or a relative path, never `//host` (another site)
)
"""An http(s) address (any case) or a path relative to the project: no `javascript:` and no
other site. No controls or leading space either, which browsers drop before reading the
address (so ` //evil.example` would lead to another site)."""

MAX_IMPORTANCE = 1_000_000
"""The largest `importance`: far beyond any count of articles, and a number every tool reads."""
MEDIA_URL_RE = re.compile(r"^(?![/\\])(?![\s\S]*(?:^|/)\.\.(?:/|$))" + URL_RE.pattern[1:])
"""An image: an http(s) address, or a path under docs/ (relative, without `..`)."""

MAX_OFFSET = 2**31 - 1
"""The largest citation offset: far beyond any article, and a number every tool can hold."""
LANGUAGE_HINT = "expected a language code such as 'en' or 'pt-BR'"

LANGUAGE_NAMES = {
    "arabic": "ar",
    "chinese": "zh",
    "czech": "cs",
    "danish": "da",
    "dutch": "nl",
    "english": "en",
    "finnish": "fi",
    "french": "fr",
    "german": "de",
    "greek": "el",
    "hebrew": "he",
    "hindi": "hi",
    "hungarian": "hu",
    "indonesian": "id",
    "italian": "it",
    "japanese": "ja",
    "korean": "ko",
    "norwegian": "no",
    "persian": "fa",
    "polish": "pl",
    "portuguese": "pt",
    "romanian": "ro",
    "russian": "ru",
    "spanish": "es",
    "swedish": "sv",
    "turkish": "tr",
    "ukrainian": "uk",
    "vietnamese": "vi",
}
"""English names of widely used languages → their code, for "did you mean" hints only."""
