"""The events.yaml vocabulary: which keys each mapping may hold, and what an id looks like.

The validator and the JSON Schema both read from here (a test holds the schema to these
names), so the two cannot drift apart.
"""

from __future__ import annotations

import re

__all__ = [
    "CITATION_KEYS",
    "EVENT_KEYS",
    "ID_HINT",
    "ID_RE",
    "LANGUAGE_HINT",
    "LANGUAGE_NAMES",
    "LANGUAGE_RE",
    "SOURCE_KEYS",
    "TOP_KEYS",
]

TOP_KEYS = ("title", "description", "sources", "events")
SOURCE_KEYS = ("id", "title", "outlet", "url", "published", "language")
EVENT_KEYS = ("id", "date", "end", "title", "text", "tags", "sources", "locked", "extracted")
CITATION_KEYS = ("source", "quote", "start", "end")

ID_RE = re.compile(r"^[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?$")
"""A stable slug: lowercase ASCII letters and digits, with '-', '_' or '.' inside."""
ID_HINT = "expected a slug of lowercase letters, digits, '-', '_' or '.'"

LANGUAGE_RE = re.compile(
    r"^[A-Za-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?"
    r"(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$"
)
"""The shape of a BCP 47 language tag: language, then optional script, region, variants
(`en`, `pt-BR`, `zh-Hant`, `zh-Hant-TW`, `es-419`, `de-CH-1996`). Case does not matter."""
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
