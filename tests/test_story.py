"""The story's names: the proper names most of a collection's articles use."""

from __future__ import annotations

from timeline.events import Candidate
from timeline.events.story import names_in, story_names, tells_story
from timeline.model import Citation, PartialDate


def _candidate(source: str, quote: str) -> Candidate:
    return Candidate(
        date=PartialDate(2024, 3, 10),
        end=None,
        title="t",
        text=quote,
        tags=(),
        citation=Citation(source, quote),
        keywords=frozenset(),
        stated=True,
    )


def test_names_are_capitalised_words_that_open_no_sentence_or_quotation() -> None:
    """The first word and a word after a colon or an opening quote are not names; an elided
    article or a possessive is cut off ("l'Arbonie" names Arbonie, "Portavel's" Portavel)."""
    text = 'Dockers met in Portavel with Mara Quist: "We stay," said the union of l\'Arbonie.'
    assert names_in(text) == {"porta", "mara", "quist", "arbon"}
    assert names_in("The strike in Portavel's harbour ended.") == {"porta"}


def test_the_story_names_are_those_most_articles_use() -> None:
    """A name in four of five articles is the story's; one in a single article is not."""
    quotes = [
        "On Monday the strike in Portavel closed the harbour.",
        "The dockers of Portavel marched on Tuesday.",
        "Police in Portavel cleared the gates on Friday.",
        "Ships waited outside Portavel on 10 March, said Mara Quist.",
        "The ferry to Lindholm left on time on 10 March.",
    ]
    candidates = [_candidate(f"a{i}", quote) for i, quote in enumerate(quotes)]
    assert story_names(candidates) == {"porta"}


def test_a_small_collection_has_no_story_names() -> None:
    """Two articles are no collection: nothing is off the story."""
    candidates = [_candidate("a", "The pier in Portavel closed."), _candidate("b", "Rain.")]
    assert story_names(candidates) == frozenset()
    assert tells_story("Anything at all.", story_names(candidates))


def test_a_sentence_tells_the_story_when_it_uses_a_name_in_any_case() -> None:
    """A place's adjective in lower case counts; a sentence with other names does not."""
    names = {"porta"}
    assert tells_story("The portavelian dockers walked out.", names)
    assert not tells_story("The ferry to Lindholm left on time.", names)
