"""Issue 11: tags people would keep: full names, no month abbreviations or common words."""

from __future__ import annotations

import pytest

from timeline.events.sentences import split_sentences
from timeline.events.tags import EntityIndex, find_tags

ARTICLE = (
    "Judge Lewis Kaplan sentenced the founder in New York on Tuesday. "
    "The court said the department had closed the chapter. "
    "Kaplan set the hearing for Oct. 12 at the Department building. "
    "Reporters waited outside in York Street."
)


def tags_by_sentence(text: str) -> list[tuple[str, ...]]:
    index = EntityIndex.from_text(text)
    return [find_tags(s.text, index) for s in split_sentences(text)]


def test_a_surname_alone_is_the_full_name_the_article_gave() -> None:
    """ "Kaplan" after "Lewis Kaplan" tags "Lewis Kaplan"; "New York" stays whole."""
    first, _, third, _ = tags_by_sentence(ARTICLE)
    assert first == ("Lewis Kaplan", "New York")
    assert "Lewis Kaplan" in third and "Kaplan" not in third


def test_month_abbreviations_and_common_words_are_no_tags() -> None:
    """ "Oct" is a month; "Department" is also written in lower case: neither is a tag."""
    third = tags_by_sentence(ARTICLE)[2]
    assert "Oct" not in third and "Department" not in third


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Regierung tagte am Montag in Berlin mit Olaf Scholz.",
        "El Gobierno se reunió el Lunes en Madrid con Pedro Sánchez.",
        "Le gouvernement s'est réuni Lundi à Paris avec Emmanuel Macron.",
    ],
)
def test_weekdays_of_every_language_are_no_tags(sentence: str) -> None:
    """A capitalised weekday or month of any language is not a tag."""
    tags = find_tags(sentence, EntityIndex.from_text(sentence))
    assert not {"Montag", "Lunes", "Lundi"} & set(tags)


def test_a_page_shows_the_most_frequent_chips_and_the_rest_behind_more() -> None:
    """Twelve chips, then the rest inside a "More" disclosure."""
    from timeline.generate import render_pages
    from timeline.model import Event, PartialDate, Timeline

    events = tuple(
        Event(id=f"e{i}", date=PartialDate(2024, 1, 1 + i), title=f"E{i}", tags=(f"T{i}", "Common"))
        for i in range(20)
    )
    page = render_pages(Timeline(title="T", events=events), grouping="year")["years/2024.md"]
    bar = page[page.index('class="tl-filter"') : page.index("</div>", page.index("tl-filter"))]
    before, _, after = bar.partition('<details class="tl-filter-more"><summary>More (9)</summary>')
    assert before.count('class="tl-chip"') == 13  # "All (20)" and twelve tags
    assert after.count('class="tl-chip"') == 9


@pytest.mark.parametrize(
    ("sentence", "tags"),
    [
        ("La Tunisie a voté dimanche.", ("Tunisie",)),
        ("EGYPTE - Le président Hosni Moubarak démissionne.", ("Hosni Moubarak",)),
        ("NOBEL - Il Nobel per la pace va a Tawakkul Karman.", ("Nobel", "Tawakkul Karman")),
        ("Reporters in Los Angeles waited for the verdict.", ("Los Angeles",)),
    ],
)
def test_an_article_opening_a_clause_is_no_part_of_the_name(
    sentence: str, tags: tuple[str, ...]
) -> None:
    """A determiner capitalised only because it opens the sentence, or follows a dash or a
    colon, is dropped from the tag; inside a sentence it stays part of the name."""
    assert find_tags(sentence, EntityIndex.from_text(sentence)) == tags
