"""Topic focus: sentences of another story on the collection's pages give no event."""

from __future__ import annotations

from conftest import day_candidate

from timeline.events.focus import focus_candidates, topic_similarities
from timeline.events.topic import centroid, cosine, inverse_frequencies, topic_terms, vector

ARTICLES = [
    "The harbour strike closed the docks. Dockers marched to the harbour authority.",
    "Dockers extended the harbour strike; the harbour authority offered talks to dockers.",
    "Talks between dockers and the harbour authority failed; the strike goes on.",
    "The harbour authority hired replacement crews as the dockers' strike spread.",
]


def test_topic_terms_fold_case_and_endings_and_skip_short_words() -> None:
    """Terms are casefolded, cut to their first letters, and short words are left out."""
    terms = topic_terms("Dockers docked at the Harbour; a docker's harbours.")
    assert terms["docker"] == 2  # "Dockers", "docker's" -> "docker"
    assert terms["harbou"] == 2
    assert "the" not in terms and "at" not in terms


def test_every_document_counts_once_in_the_centroid() -> None:
    """A document repeating itself a hundred times pulls the centroid no more than once."""
    short = topic_terms("harbour strike dockers")
    giant = topic_terms("football " * 100)
    weights = inverse_frequencies([short, giant])
    middle = centroid([vector(short, weights), vector(giant, weights)])
    assert abs(middle["harbou"] - middle["footba"]) < 0.35


def test_a_sentence_of_another_story_is_dropped_and_counted() -> None:
    """Among sentences about the strike, one about a football final is off the topic."""
    documents = [topic_terms(text) for text in ARTICLES]
    candidates = [
        day_candidate("a", "On Monday dockers began the harbour strike."),
        day_candidate("b", "The harbour authority met the dockers on Tuesday."),
        day_candidate("c", "The strike at the harbour entered its second week on Friday."),
        day_candidate("c", "On Sunday the football final ended in a penalty shootout."),
    ]
    kept, dropped = focus_candidates(candidates, documents)
    assert [c.citation.quote for c in kept] == [c.citation.quote for c in candidates[:3]]
    assert dropped == 1


def test_keyphrases_pull_the_topic_towards_them() -> None:
    """With --topic naming the football final, the football sentence is the closest."""
    documents = [topic_terms(text) for text in ARTICLES]
    football = day_candidate("c", "On Sunday the football final ended in a penalty shootout.")
    strike = day_candidate("a", "On Monday dockers began the harbour strike.")
    plain = topic_similarities([football, strike], documents)
    steered = topic_similarities([football, strike], documents, "football final penalty")
    assert plain[football.citation.quote] < plain[strike.citation.quote]
    assert steered[football.citation.quote] > plain[football.citation.quote]


def test_a_small_collection_keeps_everything() -> None:
    """With fewer than three articles there is no collection topic to measure against."""
    candidates = [day_candidate("a", "On Sunday the football final ended.")]
    assert focus_candidates(candidates, [topic_terms(ARTICLES[0])]) == (candidates, 0)


def test_cosine_of_unit_vectors_is_symmetric() -> None:
    """Similarity does not depend on the order of its arguments."""
    a = {"x": 0.6, "y": 0.8}
    b = {"y": 1.0}
    assert cosine(a, b) == cosine(b, a) == 0.8
