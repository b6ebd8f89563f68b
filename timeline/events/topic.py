"""What a collection is about: TF-IDF term vectors, the collection's centroid, similarity.

A collection of articles is about one story; the sentences of another story on the same pages
(a live blog of another war, a year-in-review) share few of its words. Each article's terms
make one vector and every article counts once in the centroid, so a giant page cannot pull
the topic towards itself. Names count (they carry a story best) and a word is cut to its
first `PREFIX` letters, a stemmer good enough to fold "libico"/"libica" or "rebels"/"rebel"
in every language without language data beyond the stopwords.
"""

from __future__ import annotations

import math
import re
import sys
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from timeline.events._lexicon import STOPWORDS, WORD_RE

__all__ = [
    "PREFIX",
    "Vector",
    "centroid",
    "cosine",
    "inverse_frequencies",
    "topic_terms",
    "vector",
]

PREFIX = 6
"""Letters a term keeps: enough to tell words apart, few enough to fold inflections."""

MIN_LETTERS = 4
"""Shorter words are mostly function words, numbers or initials in every language."""

Vector = dict[str, float]


def topic_terms(text: str) -> Counter[str]:
    """How often each content term occurs in `text` (casefolded, cut to `PREFIX` letters)."""
    counts: Counter[str] = Counter()
    for match in WORD_RE.finditer(text):
        word = match.group().casefold()
        if "'" in word or "’" in word:
            # "docker's" -> "docker", "l'armée" -> "armée": the longest part around apostrophes
            word = max(_APOSTROPHE_RE.split(word), key=len)
        word = word.strip("-")
        if len(word) < MIN_LETTERS or not word.isalpha() or word in STOPWORDS:
            continue
        counts[sys.intern(word[:PREFIX])] += 1  # one string per term across articles
    return counts


_APOSTROPHE_RE = re.compile("['’]")


def inverse_frequencies(documents: Sequence[Mapping[str, int]]) -> dict[str, float]:
    """Smoothed IDF over the documents: a term in every document still weighs 1, since in a
    small collection the topic's own words are in every article."""
    frequency: Counter[str] = Counter()
    for terms in documents:
        frequency.update(terms.keys())
    total = len(documents)
    return {term: math.log((1 + total) / (1 + n)) + 1 for term, n in frequency.items()}


def vector(terms: Mapping[str, int], weights: Mapping[str, float]) -> Vector:
    """A unit TF-IDF vector, term frequency damped (1 + log tf) so one repeated word cannot
    fill it; terms unseen in the collection are dropped."""
    out = {
        term: (1 + math.log(count)) * weights[term]
        for term, count in terms.items()
        if count > 0 and term in weights
    }
    return _unit(out)


def centroid(vectors: Iterable[Vector], extra: Vector | None = None) -> Vector:
    """The mean direction of the unit vectors (each document counts once), plus `extra` (a
    user's topic keyphrases) as much as all the documents together."""
    total: Vector = {}
    for item in vectors:
        for term, weight in item.items():
            total[term] = total.get(term, 0.0) + weight
    total = _unit(total)
    if extra:
        for term, weight in extra.items():
            total[term] = total.get(term, 0.0) + weight
        total = _unit(total)
    return total


def cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """Cosine of two unit vectors."""
    if len(a) > len(b):
        a, b = b, a
    return sum(weight * b.get(term, 0.0) for term, weight in a.items())


def _unit(values: Vector) -> Vector:
    norm = math.sqrt(sum(w * w for w in values.values()))
    return {term: w / norm for term, w in values.items()} if norm else {}
