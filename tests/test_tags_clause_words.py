"""Tags people would keep (issue 11, section 5): no clause word glued to a name, no
piece of an institution's name on its own."""

from __future__ import annotations

import pytest

from timeline.events.tags import EntityIndex, find_tags


@pytest.mark.parametrize(
    ("sentence", "expected", "junk"),
    [
        ("Los rebeldes avanzan. En Libia la situación empeora.", "Libia", "En Libia"),
        ("Il ministro ha detto: Se Kiev non paga, chiudiamo il gas.", "Kiev", "Se Kiev"),
        ("La riunione finisce a Roma, Mentre Kiev attende una risposta.", "Kiev", "Mentre Kiev"),
    ],
)
def test_a_clause_word_capitalised_at_a_clause_start_is_no_part_of_the_name(
    sentence: str, expected: str, junk: str
) -> None:
    """A preposition, conjunction or clitic before a name ("En Libia") leaves the name."""
    tags = find_tags(sentence, EntityIndex.from_text(sentence))
    assert expected in tags
    assert junk not in tags


def test_the_end_of_an_institutions_name_is_no_tag_on_its_own() -> None:
    """ "Comité Popular General de Justicia" split at its role word ("General") gives no
    "Justicia" tag."""
    sentence = "La oficina del Comité Popular General de Justicia publicó ayer un comunicado."
    tags = find_tags(sentence, EntityIndex.from_text(sentence))
    assert "Justicia" not in tags


def test_a_name_that_starts_with_a_particle_keeps_it() -> None:
    """ "De Gaulle" is a name: its particle is no clause word."""
    sentence = "El general De Gaulle visitó Argel."
    assert "De Gaulle" in find_tags(sentence, EntityIndex.from_text(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected", "junk"),
    [
        ("The ministers flew to the Russian Far East on a cargo plane.", "Far East", "Far"),
        ("Neither Moscow nor Pyongyang answered the letter.", "Moscow", "Neither Moscow"),
    ],
)
def test_a_compass_word_ends_a_name_and_neither_opens_none(
    sentence: str, expected: str, junk: str
) -> None:
    """ "Far East" is one name (not "Far"); "Neither" is no part of "Moscow"."""
    tags = find_tags(sentence, EntityIndex.from_text(sentence))
    assert expected in tags
    assert junk not in tags


@pytest.mark.parametrize(
    ("sentence", "expected", "junk"),
    [
        ("El Coronel Gadafi habló ayer ante sus seguidores.", "Gadafi", "Coronel Gadafi"),
        ("Il giornale scrive che il Presidente Obama ha firmato.", "Obama", "Presidente Obama"),
        ("Secondo Kiev, i ribelli hanno lasciato la città.", "Kiev", "Secondo Kiev"),
    ],
)
def test_a_role_or_an_opener_of_another_language_is_no_part_of_the_name(
    sentence: str, expected: str, junk: str
) -> None:
    """Roles (`ROLE_WORDS`) and openers ("Secondo", "Según") of every language leave the
    name after them."""
    tags = find_tags(sentence, EntityIndex.from_text(sentence))
    assert expected in tags
    assert junk not in tags
