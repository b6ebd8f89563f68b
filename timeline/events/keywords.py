"""What two reports of one event share: content-word stems (synonyms and irregular past
forms folded), tag keys, and the actions a title reports."""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence

from timeline.events._lexicon import (
    SPEECH_VERBS,
    STOPWORDS,
    WORD_RE,
    alternation,
    irregular_verbs,
    mapping,
    pairs,
    past_forms,
    phrases,
)
from timeline.events.tags import tag_key

__all__ = ["actions_of", "keywords_of"]


_ACTION_RE = re.compile(
    rf"\b(?:[a-z]{{3,}}(?:ed|ing)|{'|'.join(past_forms('action'))}|{alternation('EXTRA_ACTION_WORDS')})\b"
)
"""A word that reports an action: a regular -ed or -ing form, or an irregular past."""

_EVENT_VERB_RE = re.compile(alternation("HAPPENING_PHRASES"), re.IGNORECASE)
"""Verbs that only say something happened ("took place", "was held"): no action of their
own, so "the summit took place" and "the leaders met" can be one event."""


def actions_of(title: str) -> frozenset[str]:
    """What a title says happened: stems of its verbs and verbal nouns, not of speech verbs."""
    found: set[str] = set()
    title = _EVENT_VERB_RE.sub(" ", title)
    for match in _ACTION_RE.finditer(title):
        word = match.group().lower()
        if word in STOPWORDS or re.fullmatch(SPEECH_VERBS, word):
            continue
        found.add(_stem(word))
    return frozenset(map(sys.intern, found))


def keywords_of(text: str, tags: Sequence[str] = ()) -> frozenset[str]:
    """Content-word stems and tag keys: what two reports of one event tend to share."""
    words: set[str] = set()
    for index, match in enumerate(WORD_RE.finditer(text)):
        raw = match.group()
        if raw[:1].isupper() and (index or any(raw in tag.split() for tag in tags)):
            continue  # part of a name: the tags stand for it
        word = raw.lower().strip("’'-")
        if len(word) < 3 or word in STOPWORDS or word.isdigit():
            continue
        words.add(_stem(word))
    words.update(f"#{tag_key(t)}" for t in tags)
    return frozenset(map(sys.intern, words))  # one string per word: a run holds millions


_STEM_SUFFIXES = pairs("STEM_SUFFIXES")
"""Suffixes a keyword loses (the first that fits), with what replaces each."""

_NOT_PLURAL_ENDINGS = phrases("NOT_PLURAL_ENDINGS")
"""Endings of words whose final "s" is no plural ("census")."""


def _stem(word: str) -> str:
    for suffix, replacement in _STEM_SUFFIXES:
        if suffix == "s" and word.endswith(_NOT_PLURAL_ENDINGS):
            continue
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: len(word) - len(suffix)] + replacement
            break
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    return _SYNONYM_INDEX.get(word, word)


def _stem_plain(word: str) -> str:
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


def _synonym_index() -> dict[str, str]:
    """Each word of one happening, and its form without a final "e", -> one keyword; an
    irregular past form folds into its base ("held" -> "hold", "met" -> "meet" -> "talk")."""
    synonyms = mapping("SYNONYMS")
    entries = [
        *synonyms.items(),
        *(
            (past, synonyms.get(base, base))
            for base, past, _, _, folds in irregular_verbs()
            if folds
        ),
    ]
    return {form: canonical for word, canonical in entries for form in (word, _stem_plain(word))}


_SYNONYM_INDEX = _synonym_index()
