"""Cheap offline language detection from stopword profiles.

The date engine needs an explicit language (dateparser guesses badly on its own), and the
corpus languages are few, so a table of frequent function words is enough; no model to load.
Each language's words are its `FUNCTION_WORDS` in `timeline/lang/<code>/__init__.py`.
"""

from __future__ import annotations

import importlib.util
import re
from collections import Counter

from timeline.lang import language_modules

__all__ = ["SUPPORTED_LANGUAGES", "detect_language", "is_known_language", "normalize_language"]


def _profiles() -> dict[str, frozenset[str]]:
    """Each language's `FUNCTION_WORDS` (`timeline/lang/<code>/__init__.py`), English first."""
    profiles: dict[str, frozenset[str]] = {}
    for code, module in language_modules().items():
        words = getattr(module, "FUNCTION_WORDS", None)
        if not isinstance(words, frozenset):
            raise TypeError(f"{module.__name__}.FUNCTION_WORDS must be a frozenset of words")
        profiles[code] = words
    return profiles


_PROFILES = _profiles()
SUPPORTED_LANGUAGES: tuple[str, ...] = tuple(_PROFILES)

_WORD_RE = re.compile(r"[^\W\d_]+")
_MIN_HITS = 3


def detect_language(text: str) -> str:
    """The ISO 639-1 code whose stopwords cover most of `text`; "en" when unsure.

    Only the first ~20,000 characters are read: enough words, bounded cost.
    """
    words = Counter(w.casefold() for w in _WORD_RE.findall(text[:20_000]))
    scores = {
        lang: sum(n for word, n in words.items() if word in profile)
        for lang, profile in _PROFILES.items()
    }
    best = max(scores, key=lambda lang: (scores[lang], lang == "en"))
    return best if scores[best] >= _MIN_HITS else "en"


def normalize_language(value: object) -> str | None:
    """ "en-US", "EN", "pt_BR" -> "en", "en", "pt"; None for anything not a language tag."""
    if not isinstance(value, str):
        return None
    match = re.fullmatch(r"\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*\s*", value)
    return match.group(1).lower() if match else None


def is_known_language(code: str) -> bool:
    """Whether the date engine has a vocabulary for `code` (dateparser's language data)."""
    if not re.fullmatch(r"[a-z]{2,3}", code):
        return False
    try:
        spec = importlib.util.find_spec(f"dateparser.data.date_translation_data.{code}")
    except (ImportError, ValueError):
        return False
    return spec is not None
