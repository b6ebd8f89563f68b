"""Topic focus: the sentences of another story on the collection's pages give no event.

A collection is about one story. Pages carry others: a live blog of another war, a
year-in-review, a reader's digression. Each dated sentence is compared with the collection's
centroid (`timeline.events.topic`); one much further from it than the collection's typical
dated sentence is off topic. Optional keyphrases (`--topic`) pull the centroid towards what
the user says the timeline is about.

The bar is relative (a share of the median similarity), so it adapts to collections of
long or short sentences and needs no language data.
"""

from __future__ import annotations

import statistics
from collections.abc import Mapping, Sequence

from timeline.events.candidates import Candidate
from timeline.events.topic import (
    centroid,
    cosine,
    inverse_frequencies,
    topic_terms,
    vector,
)

__all__ = ["MIN_DOCUMENTS", "OFF_TOPIC_SHARE", "focus_candidates", "topic_similarities"]

OFF_TOPIC_SHARE = 0.3
"""A sentence less similar to the topic than this share of the median dated sentence is
off topic. Low on purpose: on the benchmark collections a higher bar dropped as many
sentences of the reference days as of other stories."""

MIN_DOCUMENTS = 3
"""With fewer articles there is no collection to speak of: nothing is dropped."""


def topic_similarities(
    candidates: Sequence[Candidate],
    documents: Sequence[Mapping[str, int]],
    topic: str | None = None,
) -> dict[str, float]:
    """Each distinct cited sentence's similarity to the collection's topic.

    `documents` are the articles' `topic_terms`; `topic` is the user's keyphrases, which
    weigh as much as all the articles together.
    """
    weights = inverse_frequencies(documents)
    extra = None
    if topic:
        terms = topic_terms(topic)
        weights = {**{term: 1.0 for term in terms}, **weights}
        extra = vector(terms, weights)
    middle = centroid((vector(terms, weights) for terms in documents), extra)
    out: dict[str, float] = {}
    for candidate in candidates:
        quote = candidate.citation.quote
        if quote not in out:
            out[quote] = cosine(vector(topic_terms(quote), weights), middle)
    return out


def focus_candidates(
    candidates: Sequence[Candidate],
    documents: Sequence[Mapping[str, int]],
    topic: str | None = None,
) -> tuple[list[Candidate], int]:
    """The candidates whose sentence is on the collection's topic, and how many distinct
    sentences (source, quote) were dropped as off topic."""
    if len(documents) < MIN_DOCUMENTS and not topic:
        return list(candidates), 0
    similarity = topic_similarities(candidates, documents, topic)
    if not similarity:
        return list(candidates), 0
    bar = OFF_TOPIC_SHARE * statistics.median(similarity.values())
    kept: list[Candidate] = []
    dropped: set[tuple[str, str]] = set()
    for candidate in candidates:
        if similarity[candidate.citation.quote] < bar:
            dropped.add((candidate.citation.source, candidate.citation.quote))
        else:
            kept.append(candidate)
    return kept, len(dropped)
