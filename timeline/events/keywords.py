"""What two reports of one event share: content-word stems (synonyms and irregular past
forms folded), tag keys, and the actions a title reports."""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.events._lexicon import SPEECH_VERBS, STOPWORDS, WORD_RE
from timeline.events.tags import tag_key

__all__ = ["actions_of", "keywords_of"]


_SYNONYMS = {
    "treaty": "agreement",
    "pact": "agreement",
    "deal": "agreement",
    "accord": "agreement",
    "partnership": "agreement",
    "document": "agreement",
    "arrive": "arriv",
    "arrival": "arriv",
    "visit": "visit",
    "welcome": "greet",
    "receive": "greet",
    "greet": "greet",
    "talk": "talk",
    "negotiation": "talk",
    "meeting": "talk",
    "summit": "talk",
    "gratitude": "thank",
    "appreciate": "thank",
    "alliance": "agreement",
    "land": "arriv",
    "reach": "arriv",
    "depart": "leav",
    "left": "leav",
    "leave": "leav",
    "met": "talk",
    "meet": "talk",
    "held": "hold",
    "made": "make",
    "took": "take",
    "gave": "give",
    "began": "begin",
    "came": "come",
    "went": "go",
    "flew": "fly",
    "fell": "fall",
    "rose": "rise",
    "sent": "send",
    "led": "lead",
    "built": "build",
    "sold": "sell",
    "brought": "bring",
    "fought": "fight",
    "broke": "break",
    "became": "become",
    "ran": "run",
    "won": "win",
    "lost": "lose",
    "spent": "spend",
    "paid": "pay",
    "struck": "strike",
}
"""Words of one happening told differently: synonyms, and irregular verbs' past forms."""


_ACTION_RE = re.compile(
    r"\b(?:[a-z]{3,}(?:ed|ing)|met|held|made|took|gave|won|lost|began|came|went|struck|fell"
    r"|rose|sent|led|left|built|sold|brought|fought|broke|became|ran|flew|flies|hit|shot)\b"
)


_EVENT_VERB_RE = re.compile(
    r"\b(?:took|take|takes|taking|taken)\s+place\b|\b(?:was|were|is|are|be|been)\s+held\b",
    re.IGNORECASE,
)
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
    return frozenset(found)


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
    return frozenset(words)


def _stem(word: str) -> str:
    for suffix, replacement in (
        ("ation", ""),  # "invitation" and "invited" -> "invit"
        ("’s", ""),
        ("'s", ""),
        ("ies", "y"),
        ("ing", ""),
        ("ed", ""),
        ("es", "e"),
        ("s", ""),
    ):
        if suffix == "s" and word.endswith(("ss", "us", "is")):
            continue
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: len(word) - len(suffix)] + replacement
            break
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    return _SYNONYM_INDEX.get(word, word)


def _stem_plain(word: str) -> str:
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


_SYNONYM_INDEX = {
    form: canonical for base, canonical in _SYNONYMS.items() for form in (base, _stem_plain(base))
}
