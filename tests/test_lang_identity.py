"""Every language folder's identity data (`timeline/lang/<code>/__init__.py`) fits the stages
that read it: the language detector's function words."""

from __future__ import annotations

import re

import pytest

from timeline.ingest.language import SUPPORTED_LANGUAGES
from timeline.lang import LANGUAGES, language_modules


def test_the_detector_knows_every_language_folder() -> None:
    """Adding a language folder adds it to detection, English first (it wins ties)."""
    assert SUPPORTED_LANGUAGES == LANGUAGES
    assert LANGUAGES[0] == "en"


@pytest.mark.parametrize("code", LANGUAGES)
def test_function_words_are_lowercase_words(code: str) -> None:
    """The detector compares casefolded words of letters only, so anything else never counts."""
    words = language_modules()[code].FUNCTION_WORDS
    assert isinstance(words, frozenset) and len(words) >= 20
    for word in words:
        assert word == word.casefold() and re.fullmatch(r"[^\W\d_]+", word), (code, word)
