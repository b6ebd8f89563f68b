"""Sentence splitting: boundaries in news prose, offsets back into the article text."""

from __future__ import annotations

import pytest

from timeline.events import split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The vote passed. Markets rose.", ["The vote passed.", "Markets rose."]),
        pytest.param(
            "Mr. Lee met Dr. Okafor in Lagos. They spoke.",
            ["Mr. Lee met Dr. Okafor in Lagos.", "They spoke."],
        ),
        pytest.param(
            "The U.S. Senate voted on Jan. 5 to adjourn.",
            ["The U.S. Senate voted on Jan. 5 to adjourn."],
        ),
        pytest.param(
            "Growth hit 3.5 percent. Rates held.", ["Growth hit 3.5 percent.", "Rates held."]
        ),
        pytest.param(
            "“We agree,” she said. “It is done.” Talks ended.",
            ["“We agree,” she said.", "“It is done.”", "Talks ended."],
        ),
        pytest.param(
            "Was it planned? Nobody knows! Fine.", ["Was it planned?", "Nobody knows!", "Fine."]
        ),
        pytest.param(
            "The talks ended in Oslo. a new round is due.",
            ["The talks ended in Oslo. a new round is due."],
        ),
        pytest.param(
            "A report by J. R. Tolk was cited. It helped.",
            ["A report by J. R. Tolk was cited.", "It helped."],
        ),
        pytest.param(
            "Headline without stop\nBody starts here. Ends here.",
            ["Headline without stop", "Body starts here.", "Ends here."],
        ),
        pytest.param("Wait... What happened next?", ["Wait...", "What happened next?"]),
        pytest.param("", []),
    ],
)
def test_split_sentences_finds_news_boundaries(text: str, expected: list[str]) -> None:
    """Periods after abbreviations, initials and decimals, or before lowercase, do not split."""
    assert [s.text for s in split_sentences(text)] == expected


def test_sentence_offsets_point_into_the_original_text() -> None:
    """Each sentence's start/end slice the article text back to exactly the sentence."""
    text = "  First line here.\n\n   Second one. Third  one!  \nLast"
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == ["First line here.", "Second one.", "Third  one!", "Last"]
    for sentence in sentences:
        assert text[sentence.start : sentence.end] == sentence.text
