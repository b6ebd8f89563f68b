"""Cheap offline language detection from stopword profiles.

The date engine needs an explicit language (dateparser guesses badly on its own), and the
corpus languages are few, so a table of frequent function words is enough; no model to load.
"""

from __future__ import annotations

import importlib.util
import re
from collections import Counter

__all__ = ["SUPPORTED_LANGUAGES", "detect_language", "is_known_language", "normalize_language"]


def _profile(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Frequent function words that are rare as words in the other listed languages.
_PROFILES: dict[str, frozenset[str]] = {
    "en": _profile(
        "the and of to in is that was for with on as by at from this his her they have has "
        "had were are been which will would not but their its an said after who"
    ),
    "es": _profile(
        "el la los las del que y en es por con para una su sus al se lo como pero más "
        "fue han este esta entre sobre también ya muy sin desde hasta dijo"
    ),
    "fr": _profile(
        "le la les des du de et est que qui dans pour pas sur une avec au aux il elle ont "
        "sont été cette ces mais plus par son sa ses leur"
    ),
    "it": _profile(
        "il lo la gli le dei degli delle del della che di e è per con una un non sono nel "
        "nella alla al anche ma più come stato questo questa ha dal"
    ),
    "pt": _profile(
        "o a os as do da dos das que e em no na nos nas um uma para com não por foi são "
        "mais como ao também ele ela seu sua pelo pela disse"
    ),
    "de": _profile(
        "der die das und ist nicht ein eine den dem des zu mit von auf für sich im auch "
        "wurde sind es als bei nach wie aber hat oder einen einer noch"
    ),
}
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
