"""A "today" that means "nowadays" or "to this day" dates no event; a plain "today" does."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.dates import find_dates
from timeline.events import candidates_from_text

PUBLISHED = dt.date(2015, 3, 4)


def _dates(text: str, language: str) -> list[str]:
    mentions = find_dates(text, PUBLISHED, languages=(language, "en"))
    return [c.date.iso() for c in candidates_from_text("s", text, mentions)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Hoy en día la guerra en el país sigue sin solución política.", "es"),
        ("A día de hoy el puerto sigue cerrado a los barcos de carga.", "es"),
        ("Aujourd'hui encore, le pays reste divisé entre deux camps rivaux.", "fr"),
        ("Ancora oggi il paese resta diviso tra due governi rivali.", "it"),
        ("Hoje em dia o porto continua fechado aos navios de carga.", "pt"),
        ("The port has stayed closed to this day, the harbour master said.", "en"),
    ],
)
def test_nowadays_gives_no_event(text: str, language: str) -> None:
    """The phrase names a state that goes on, not the day of publication."""
    assert _dates(text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Oggi il governo ha firmato un accordo sul porto a Roma.", "it"),
        ("Le gouvernement a signé aujourd'hui un accord sur le port.", "fr"),
        ("Hoy el gobierno firmó un acuerdo sobre el puerto en Madrid.", "es"),
    ],
)
def test_a_plain_today_dates_the_report(text: str, language: str) -> None:
    """Without the phrase, "today" is the publication day."""
    assert _dates(text, language) == ["2015-03-04"]
