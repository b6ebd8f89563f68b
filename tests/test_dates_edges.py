"""Mention edges and QA round 4: a mention's text is exactly its span, with no whitespace or
punctuation at either end, whatever path found it; plans ("set for", "due in") point
forward; "in three days" is a date; names, customs, counts and tallies are not dates."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from timeline.dates import find_dates

WEDNESDAY = dt.date(2024, 6, 19)

_OPENERS = {
    "en": [
        "Yesterday,",
        "Last night,",
        "Last week,",
        "Last month,",
        "This morning,",
        "Friday,",
        "Tuesday's",
        "On June 3,",
        "In 1961,",
        "Two days ago,",
        "Next Monday",
        "In three days,",
        "Sept. 11, 2001:",
    ],
    "es": ["Ayer,", "El 3 de marzo.", "La semana pasada,", "Hace dos días,", "El martes pasado"],
    "fr": ["Hier,", "Mardi dernier,", "Le 3 mars.", "Il y a deux jours,", "La semaine dernière,"],
    "it": ["Ieri,", "Martedì scorso,", "Il 3 marzo.", "Due giorni fa,", "La settimana scorsa,"],
    "pt": ["Ontem,", "Há duas semanas,", "Em 3 de março.", "Na semana passada,"],
    "de": ["Gestern,", "Am 3. März.", "Letzte Woche,", "Vor zwei Tagen,"],
}
_BEFORE = ["", "Officials spoke in the capital.\n\n", "Intro.\n", "Intro.\r\n\r\n", "(", "\t", '"']
_AFTER = [" explosions were heard.", "\n\nMore later.", ")", ".", '"']
_PUNCTUATION = ".,;:!?()[]{}\"'“”‘’«»-–—"


def _inputs() -> list[tuple[str, str]]:
    return [
        (lang, before + opener + after)
        for lang, openers in _OPENERS.items()
        for opener, before, after in itertools.product(openers, _BEFORE, _AFTER)
    ]


def test_every_mention_is_its_span_without_surrounding_whitespace_or_punctuation() -> None:
    """Over many openings, closings and languages, text == input[start:end] and it is trimmed."""
    checked = 0
    for lang, text in _inputs():
        for mention in find_dates(text, WEDNESDAY, (lang,)):
            assert text[mention.start : mention.end] == mention.text, (lang, text)
            assert mention.text == mention.text.strip(), (lang, text, mention.text)
            assert mention.text[0] not in _PUNCTUATION, (lang, text, mention.text)
            last = mention.text[-1]
            if last == ")":
                assert "(" in mention.text, (lang, text, mention.text)  # "Tuesday (June 18)"
            elif last == ".":
                # only an abbreviation keeps its point ("Sept.")
                assert mention.text.rsplit(None, 1)[-1].rstrip(".").isalpha(), mention.text
                assert len(mention.text.rsplit(None, 1)[-1]) <= 6, (lang, text, mention.text)
            else:
                assert last not in _PUNCTUATION, (lang, text, mention.text)
            checked += 1
    assert checked > 500


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Officials spoke in the capital.\n\nYesterday, explosions were heard.", "Yesterday"),
        ("en", "Officials spoke.\n\nLast night, explosions were heard.", "Last night"),
        ("en", "Officials spoke.\n\nLast week, talks stalled.", "Last week"),
        ("en", "Officials spoke.\n\nLast month, talks stalled.", "Last month"),
        ("en", "Officials spoke.\n\nThis morning, sirens sounded.", "This morning"),
        ("en", "Officials spoke.\n\nFriday, sirens sounded.", "Friday"),
        ("en", "Officials spoke.\n\nTuesday's blasts shook the city.", "Tuesday"),
        ("es", "Hablaron.\n\nAyer, se oyeron explosiones.", "Ayer"),
        ("fr", "Ils ont parlé.\n\nHier, on a entendu des explosions.", "Hier"),
        ("fr", "Ils ont parlé.\n\nMardi dernier, des explosions.", "Mardi dernier"),
        ("it", "Hanno parlato.\n\nMartedì scorso, esplosioni.", "Martedì scorso"),
        ("es", "La votación fue el 3 de marzo.", "3 de marzo"),
    ],
)
def test_a_paragraph_opening_date_starts_at_its_first_letter(
    lang: str, text: str, expected: str
) -> None:
    """A date opening a paragraph starts at its own first letter, not at the newline before."""
    mentions = find_dates(text, WEDNESDAY, (lang,))
    assert [m.text for m in mentions] == [expected]
    assert mentions[0].start == text.index(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The vote is set for March 3.", "2025-03-03"),
        ("Elections are due in April.", "2025-04"),
        ("The summit is slated for May 5.", "2025-05-05"),
        ("The launch is planned for April.", "2025-04"),
        ("A ruling is expected in April.", "2025-04"),
        ("Elections are to be held in April.", "2025-04"),
        ("The vote is scheduled for March 3.", "2025-03-03"),
        ("The election will be held in April.", "2025-04"),
        # a plan made in the past and a finished event keep the past
        ("The vote was held in April.", "2024-04"),
        ("The summit had been set for May 5.", "2024-05-05"),
    ],
)
def test_a_plan_points_forward(sentence: str, expected: str) -> None:
    """ "set for", "due in", "slated for", "planned for", "expected in", "to be held in": ahead."""
    assert [m.value for m in find_dates(sentence, WEDNESDAY)] == [expected]


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        ("en", "In three days, the talks resume.", [("In three days", "2024-06-22")]),
        ("en", "The talks will end in two weeks.", [("in two weeks", "2024-W27")]),
        ("en", "The ceasefire will expire in 10 days.", [("in 10 days", "2024-06-29")]),
        ("en", "The plant will reopen in six months.", [("in six months", "2024-12")]),
        ("pt", "Há duas semanas, o governo anunciou o plano.", [("Há duas semanas", "2024-W23")]),
        ("es", "Hace una semana, el gobierno anunció el plan.", [("Hace una semana", "2024-W24")]),
        # durations: a superlative or "first ... in", a past event that took that long
        ("en", "It was the first win in 24 years.", [("first win in 24 years", "2000")]),
        ("en", "Prices are at their highest in three months.", []),
        ("en", "The crew finished the bridge in three days.", []),
        ("en", "Inflation rose by 2 percent in six months.", []),
        ("en", "The army can mobilise in three days if asked.", []),
    ],
)
def test_in_a_count_of_days_is_a_coming_date(
    lang: str, sentence: str, expected: list[tuple[str, str]]
) -> None:
    """ "in N days/weeks/months" looking forward is a date; after a superlative it is a span."""
    found = [(m.text, m.value) for m in find_dates(sentence, WEDNESDAY, (lang,))]
    assert found == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "He told The Sunday Times that the deal was over.",
        "The Sunday Times reported the deal.",
        "Crowds gathered after Friday prayers in the old city.",
        "Thousands attended Sunday Mass at the cathedral.",
        "She met April Smith at the office.",
        "April Smith, a spokeswoman, declined to comment.",
        "Volunteers spent 1990 hours on the survey.",
        "The mine had 2000 workers and ran 1500 shifts.",
        "The vote was 2024 to 1961.",
        "The motion passed 1210-1180 in the assembly.",
    ],
)
def test_names_customs_counts_and_tallies_are_not_dates(sentence: str) -> None:
    """A newspaper, a recurring custom, a person, a count with a unit, a tally: no date."""
    assert [(m.text, m.value) for m in find_dates(sentence, WEDNESDAY)] == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In April Congress passed the bill.", [("April", "2024-04")]),
        ("The talks opened on Friday in Doha.", [("Friday", "2024-06-14")]),
        ("On Sunday Times Square was empty.", [("Sunday", "2024-06-16")]),
        ("Prayers were held on Friday.", [("Friday", "2024-06-14")]),
        ("The census ran from 1990 to 2000.", [("1990 to 2000", "1990")]),
        ("The plant opened in 1990 and closed in 2024.", [("1990", "1990"), ("2024", "2024")]),
        ("In 2020 schools closed for months.", [("2020", "2020")]),
        ("Since 1990 workers have struck twice.", [("1990", "1990")]),
        ("On Friday Obama met the envoy.", [("Friday", "2024-06-14")]),
        ("The Friday meeting was cancelled.", [("Friday", "2024-06-14")]),
        ("By March Lee had left the party.", [("March", "2024-03")]),
    ],
)
def test_dates_beside_those_traps_still_count(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    """The rules for names, customs and tallies leave ordinary dates alone."""
    assert [(m.text, m.value) for m in find_dates(sentence, WEDNESDAY)] == expected
