"""The title lint's verb signal: what reads as a finite verb, and what does not."""

from __future__ import annotations

import pytest

from timeline.events.title_lint import TitleProblem, has_verb, lint_title


@pytest.mark.parametrize(
    "title",
    [
        "Nosotros visitamos la nueva planta",
        "Elle en devient la directrice",
        "Ils ne le savaient pas",
        "Os moradores reuniram-se com o prefeito",
        "Les vecinos que protestan contra el cierre",
        "Gli operai decisero di occupare la fabbrica",
        "Abbiamo deciso di chiudere lo stabilimento",
    ],
)
def test_a_verb_known_by_its_pronoun_or_its_form(title: str) -> None:
    """A word after a subject pronoun (and its clitics), a verb with its pronoun fixed by a
    hyphen, a plural present after a relative pronoun, a passato remoto plural."""
    assert has_verb(title), title


@pytest.mark.parametrize(
    "title",
    [
        "Le riunioni di noi tutti",
        "Un regalo para nosotros mismos",
        "Le rendez-vous des ministres",
        "Jean-Pierre Dupont",
        "Miles de personas",
    ],
)
def test_a_pronoun_after_a_preposition_or_a_noun_with_a_hyphen_is_no_verb(title: str) -> None:
    """An object pronoun ("di noi") and a hyphenated noun ("rendez-vous") give no verb."""
    assert TitleProblem.NO_VERB in lint_title(title), title
