"""Candidate events: which sentences give events, at which date, with what title and tags."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.dates import find_dates
from timeline.events import (
    Candidate,
    EntityIndex,
    candidates_from_text,
    find_tags,
    make_title,
    tag_key,
)

PUBLISHED = dt.date(2024, 3, 14)  # a Thursday


def extract(text: str, published: dt.date | None = PUBLISHED) -> list[Candidate]:
    return candidates_from_text("src", text, find_dates(text, published))


def summary(text: str, published: dt.date | None = PUBLISHED) -> list[tuple[str, str]]:
    return [(c.date.iso(), c.title) for c in extract(text, published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Farmers blocked the road to the capital during the drought, which began on "
            "June 2, 2021, and ended in heavy floods on August 9, 2021.",
            [
                ("2021-06-02", "The drought began"),
                ("2021-08-09", "The drought ended in heavy floods"),
            ],
        ),
        (
            "The old mill closed on March 3, 2020, and the town lost its largest employer.",
            [("2020-03-03", "The old mill closed")],
        ),
        (
            "Observers praised Wednesday's vote as a turning point for the region.",
            [("2024-03-13", "Observers praised the vote as a turning point for the region")],
        ),
        (
            "The council replaced the zoning rules of 1972 with a simpler code.",
            [("1972", "The zoning rules of 1972")],
        ),
    ],
)
def test_titles_follow_the_clause_that_holds_the_date(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """Side clauses, joined clauses, possessive dates and "X of 1972" each title their date."""
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The city council approved the new budget on Tuesday.",
            [("2024-03-12", "The city council approved the new budget")],
        ),
        (
            "According to the ministry, Prime Minister Ana Duarte signed the decree on March 2.",
            [("2024-03-02", "Ana Duarte signed the decree")],
        ),
        (
            "The port strike, which paralysed shipping across the northern coast and cost "
            "exporters millions in lost contracts, ended on Wednesday with a deal.",
            [("2024-03-13", "The port strike ended with a deal")],
        ),
        (
            "Ms. Duarte, who landed in Lisbon on Monday, met the press on Tuesday.",
            [
                ("2024-03-11", "Ms. Duarte landed in Lisbon"),
                ("2024-03-12", "Ms. Duarte met the press"),
            ],
        ),
        (
            "Mayor Tomas Reyes opened the bridge on Monday. He also unveiled a plaque on Friday.",
            [
                ("2024-03-11", "Tomas Reyes opened the bridge"),
                ("2024-03-08", "Tomas Reyes also unveiled a plaque"),
            ],
        ),
    ],
)
def test_reported_events_get_headline_titles(text: str, expected: list[tuple[str, str]]) -> None:
    """Date phrases, openers, role words and side clauses leave the title; pronouns resolve."""
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministers renewed the fisheries pact, replacing accords dating back to 1979 "
            "and 1994.",
            [
                ("1979", "Accords dating back to 1979"),
                ("1994", "Accords dating back to 1994"),
            ],
        ),
        (
            "Turnout was the highest since the fall of the Berlin Wall in 1989, officials said.",
            [("1989", "Fall of the Berlin Wall")],
        ),
        (
            "Officials cited the 1961 treaty between Norway and Iceland as a model.",
            [("1961", "Treaty between Norway and Iceland")],
        ),
        ("The two parties have governed together since 1991.", []),
    ],
)
def test_background_dates_are_events_titled_by_what_happened_then(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """A background year is an event at its own precision, named by its noun phrase (with
    the words up to its date when the noun alone would be bare), or none."""
    candidates = extract(text)
    assert [(c.date.iso(), c.title) for c in candidates] == expected
    assert all(c.background for c in candidates)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "The festival ran from June 3 to June 9 in the old town.",
            dt.date(2024, 6, 20),
            ("2024-06-03", "2024-06-09", "The festival ran in the old town"),
        ),
        (
            "Sales collapsed in the 1990s, the report found.",
            dt.date(2024, 6, 20),
            ("1990", "1999", "Sales collapsed"),
        ),
        (
            "Protests spread across the region last week.",
            dt.date(2024, 6, 20),
            ("2024-06-10", "2024-06-16", "Protests spread across the region"),
        ),
    ],
)
def test_ranges_weeks_and_decades_become_date_spans(
    text: str, published: dt.date, expected: tuple[str, str, str]
) -> None:
    """A range, a week or a decade is an event from its first to its last day or year."""
    (candidate,) = extract(text, published)
    assert candidate.end is not None
    assert (candidate.date.iso(), candidate.end.iso(), candidate.title) == expected


def test_no_event_without_a_stated_date() -> None:
    """Undated sentences, questions, and relatives without a reference date give nothing."""
    assert summary("The council met again to discuss the budget in detail.") == []
    assert summary("Will the strike end on Friday, the unions asked?") == []
    assert summary("The council approved the budget on Tuesday.", published=None) == []


def test_a_sentence_quoting_a_question_after_its_date_reports_the_asking() -> None:
    """ "On 1 March a reporter asked: "...?"" tells what happened on 1 March; a question whose
    date is inside the quotation ("asked: "Will it end on Friday?"") still gives nothing; a
    quotation may go on past the sentence's end."""
    asked = summary('On 1 March a reporter at the harbour office asked: "Who closed the gates?"')
    assert [date for date, _ in asked] == ["2024-03-01"]
    assert summary('The unions asked the mayor: "Will the strike end on Friday?"') == []
    opened = summary('On 1 March a reporter asked the harbour office: "Who closed the gates?')
    assert [date for date, _ in opened] == ["2024-03-01"]


@pytest.mark.parametrize(
    ("text", "language", "stated"),
    [
        ("Il consolato è rimasto chiuso dalle 12:00 alle 14:00 di oggi.", "it", False),
        ("Les manifestants ont été dispersés à 15h30 devant le consulat.", "fr", False),
        ("Il consolato è rimasto chiuso il 12 marzo dalle 12:00 alle 14:00.", "it", True),
        ("The harbour reopened on 12 March after repairs.", "en", True),
    ],
)
def test_a_clock_time_points_at_its_day_without_writing_it_out(
    text: str, language: str, stated: bool
) -> None:
    """Only a written-out day ("12 March") is stated; "at 15h30" points at the day like
    "today" does, and counts as little for the day's importance."""
    mentions = find_dates(text, PUBLISHED, languages=(language,))
    candidates = candidates_from_text("src", text, mentions, language=language)
    assert candidates and {c.stated for c in candidates} == {stated}


def test_citation_quotes_the_sentence_with_offsets_into_the_text() -> None:
    """The citation's start/end slice the article text back to the quoted sentence."""
    text = "Intro line\n\nStorms hit the coast. The harbour reopened on Monday after repairs."
    (candidate,) = extract(text)
    quote = candidate.citation.quote
    assert quote == "The harbour reopened on Monday after repairs."
    assert text[candidate.citation.start : candidate.citation.end] == quote
    assert candidate.citation.source == "src"


def test_titles_are_at_most_twelve_words_and_cut_at_whole_phrases() -> None:
    """A long sentence's title drops the subject's side phrase and stops at a phrase
    boundary, without a period (issue 11: at most 12 words, whole phrases)."""
    sentence = (
        "On Monday the regional assembly in the southern province voted to extend the "
        "emergency water rationing measures by another three months, citing a dry winter."
    )
    title = make_title(sentence, find_dates(sentence, PUBLISHED))
    assert title == "The regional assembly voted to extend the emergency water rationing measures"
    assert len(title.split()) <= 12


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Thousands of South Koreans greeted the German chancellor.", ["South Korea", "Germany"]),
        (
            "Talks in Oslo ended as President Lena Moss left for the U.S.",
            ["Oslo", "Lena Moss", "United States"],
        ),
        ("The UN envoy praised the Korean War memorial.", ["United Nations", "Korean War"]),
        ("Yesterday nothing happened at all.", []),
        (
            "Aides said Foreign Minister Ruth Adler signed the Treaty of Friendship.",
            ["Ruth Adler", "Treaty of Friendship"],
        ),
    ],
)
def test_tags_find_people_places_and_organisations(sentence: str, expected: list[str]) -> None:
    """Country names, demonyms, role cues and capitalised runs become tags; openers do not."""
    assert list(find_tags(sentence)) == expected


def test_tags_fold_name_variants_and_short_references() -> None:
    """ "Kim Jong-un" and "Kim Jong Un" are one tag, and a later "Kim" resolves to him."""
    text = "Leader Kim Jong Un spoke first. Kim Jong-un then left. Kim waved."
    index = EntityIndex.from_text(text)
    assert tag_key("Kim Jong-un") == tag_key("Kim Jong Un")
    assert find_tags("Kim waved.", index) == ("Kim Jong Un",)


def test_a_sentence_dating_only_its_background_reports_at_the_article_date() -> None:
    """The main clause takes the day the article states elsewhere, never the publication date."""
    background = (
        "The meeting ended in the signing of a fisheries deal, replacing accords dating back "
        "to 1979."
    )
    with_day = "Ministers met in Oslo on Monday. " + background
    assert summary(with_day) == [
        ("2024-03-11", "Ministers met in Oslo"),
        ("1979", "Accords dating back to 1979"),
        ("2024-03-11", "The meeting ended in the signing of a fisheries deal"),
    ]
    assert summary(background) == [("1979", "Accords dating back to 1979")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "That same Friday the two mayors opened the new bridge over the river.",
            ("2024-03-08", "The two mayors opened the new bridge over the river"),
            id="determiner-and-same-before-the-date-en",
        ),
        pytest.param(
            "The delegation had spent Monday in Tromsø, meeting fishing cooperatives.",
            ("2024-03-11", "The delegation spent the day in Tromsø, meeting fishing cooperatives"),
            id="a-date-that-is-the-verbs-object",
        ),
        pytest.param(
            "The choir toured a city that the conductor had last visited 12 years ago.",
            ("2012", "The conductor visited a city"),
            id="object-relative-clause-holds-the-date",
        ),
        pytest.param(
            "The charter that the three towns signed on May 2, 1988, is still in force.",
            ("1988-05-02", "The three towns signed the charter"),
            id="object-relative-clause-before-the-main-verb",
        ),
        pytest.param(
            "It is Ada Lind's first concert in Bergen since 2015, when she sang at the opera.",
            ("2015", "Ada Lind sang at the opera"),
            id="when-clause-after-since",
        ),
        pytest.param(
            "Union leaders said the dockworkers ended their strike on Tuesday.",
            ("2024-03-12", "The dockworkers ended their strike"),
            id="leading-attribution",
        ),
    ],
)
def test_titles_tell_what_happened_at_the_date(text: str, expected: tuple[str, str]) -> None:
    """Date phrases leave no fragment, and the clause that holds the date gives the title."""
    assert summary(text)[0] == expected


def test_a_date_phrase_leaves_no_determiner_behind_in_other_languages() -> None:
    """ "Ese mismo viernes" goes as a whole, like "that same Friday"."""
    text = "Ese mismo viernes, los alcaldes inauguraron el nuevo puente sobre el río."
    (candidate,) = candidates_from_text("es", text, find_dates(text, PUBLISHED, ("es", "en")))
    assert (candidate.date.iso(), candidate.title) == (
        "2024-03-08",
        "Los alcaldes inauguraron el nuevo puente sobre el río",
    )


def test_a_plan_announced_on_one_day_titles_each_date_by_its_own_clause() -> None:
    """The announcement day titles the announcement; the planned day titles the plan."""
    text = "The ministry announced on Monday that the king will open the museum on Friday."
    assert summary(text) == [
        ("2024-03-11", "The ministry announced that the king will open the museum"),
        ("2024-03-15", "The king will open the museum"),
    ]


def test_a_present_perfect_state_does_not_inherit_the_article_day() -> None:
    """ "Ties have grown closer since X" reports no happening on the day the article covers."""
    text = (
        "Ministers met in Oslo on Monday. Trade between the towns has grown quickly since "
        "the ferry line opened in 1999."
    )
    assert ("2024-03-11", "Ministers met in Oslo") in summary(text)
    assert [d for d, _ in summary(text)].count("2024-03-11") == 1


def test_a_bare_date_after_another_verb_is_an_adverb_and_leaves_no_noun() -> None:
    """ "signed Wednesday an accord" loses the date; only time-taking verbs keep "the day"."""
    assert summary("The two mayors signed Wednesday an accord on the ferry link.") == [
        ("2024-03-13", "The two mayors signed an accord on the ferry link")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Officials cited the basic charters of 1972, 1985 and 1999 as models.",
            [
                ("1972", "The basic charters of 1972"),
                ("1985", "The basic charters of 1985"),
                ("1999", "The basic charters of 1999"),
            ],
            id="background-noun-phrase-keeps-only-its-own-year",
        ),
        pytest.param(
            "Elections were held in 2014, 2018 and 2022.",
            [
                ("2014", "Elections were held (2014)"),
                ("2018", "Elections were held (2018)"),
                ("2022", "Elections were held (2022)"),
            ],
            id="reported-list-names-its-own-year",
        ),
        pytest.param(
            "The two mayors met in Oslo in April 2019 and again in May 2021.",
            [
                ("2019-04", "The two mayors met in Oslo"),
                ("2021-05", "The two mayors met again"),
            ],
            id="and-again-titles-the-second-date-by-its-verb",
        ),
    ],
)
def test_each_date_of_a_list_gets_a_title_of_its_own(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """A list of dates gives one event per date, and no title names another date."""
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "A follow-up meeting is planned for next month in Oslo.",
            [("2024-04", "A follow-up meeting is planned in Oslo")],
            id="preposition-goes-with-its-date",
        ),
        pytest.param(
            "A ceremony was planned for the town square later on Wednesday.",
            [("2024-03-13", "A ceremony was planned for the town square")],
            id="later-on-goes-with-its-date",
        ),
        pytest.param(
            "The mayor landed in Oslo in the early hours of Wednesday.",
            [("2024-03-13", "The mayor landed in Oslo")],
            id="time-of-day-phrase-goes-with-its-date",
        ),
        pytest.param(
            "The mayor opened this Wednesday (March 13, 2024) a new library in the port.",
            [("2024-03-13", "The mayor opened a new library in the port")],
            id="adverbial-date-with-parenthesis-is-removed-not-replaced",
        ),
    ],
)
def test_a_removed_date_leaves_no_dangling_word(text: str, expected: list[tuple[str, str]]) -> None:
    """Prepositions, "later on" and "in the early hours of" leave with their date."""
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The port had reopened to cargo ships, the ministry said on Thursday.",
            [("2024-03-14", "The ministry said the port reopened to cargo ships")],
            id="undated-content-is-the-statement",
        ),
        pytest.param(
            "The port reopened to cargo ships on Monday, the ministry said on Thursday.",
            [("2024-03-11", "The port reopened to cargo ships")],
            id="dated-content-keeps-its-own-date-only",
        ),
        pytest.param(
            "The dam will be finished by May, said the engineers on Tuesday.",
            [("2024-05", "The dam will be finished")],
            id="inverted-attribution-with-dated-content",
        ),
        pytest.param(
            "The strike is over, union leaders told reporters on Tuesday.",
            [("2024-03-12", "Union leaders told reporters the strike is over")],
            id="told-reporters-titles-the-statement",
        ),
        pytest.param(
            "The port had reopened, the ministry said in a statement on Thursday.",
            [("2024-03-14", "The ministry said the port reopened")],
            id="in-a-statement-leaves-the-title",
        ),
        pytest.param(
            "The mayor signed the decree, and the council announced the decision on Friday.",
            [("2024-03-08", "The council announced the decision")],
            id="an-announcement-with-an-object-is-a-happening",
        ),
    ],
)
def test_the_date_of_an_attribution_verb_dates_the_statement(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """ "..., X said on Thursday" dates the saying, never the reported happening."""
    assert summary(text) == expected


def test_a_pronoun_names_the_person_named_earlier_in_the_article() -> None:
    """ "She" two sentences after the only person named becomes that person."""
    text = (
        "Mayor Ines Lund toured the harbour on Monday. The harbour handles most of the "
        "region's trade. She opened a new ferry terminal on Tuesday."
    )
    assert ("2024-03-12", "Ines Lund opened a new ferry terminal") in summary(text)


def test_a_pronoun_stays_when_two_people_could_be_meant() -> None:
    """With two people named before, "He" is ambiguous and is left as written."""
    text = (
        "Tomas Reyes and Erik Holm toured the harbour on Monday. The harbour handles most "
        "trade. He opened a new ferry terminal on Tuesday."
    )
    assert ("2024-03-12", "He opened a new ferry terminal") in summary(text)


def spanish(text: str) -> list[tuple[str, str]]:
    mentions = find_dates(text, PUBLISHED, ("es", "en"))
    return [(c.date.iso(), c.title) for c in candidates_from_text("es", text, mentions)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "La reunión está prevista para el próximo mes en Oslo.",
            [("2024-04", "La reunión está prevista en Oslo")],
            id="para-goes-with-its-date",
        ),
        pytest.param(
            "Según el ministerio, el puerto reabrió el lunes.",
            [("2024-03-11", "El puerto reabrió")],
            id="segun-opener",
        ),
        pytest.param(
            "Tras su paso por Oslo, el alcalde viajará a Bergen el jueves.",
            [("2024-03-14", "El alcalde viajará a Bergen")],
            id="tras-opener",
        ),
        pytest.param(
            "El alcalde aterrizó en Oslo en la madrugada del miércoles 13 de marzo de 2024.",
            [("2024-03-13", "El alcalde aterrizó en Oslo")],
            id="time-of-day-phrase",
        ),
        pytest.param(
            "El nuevo pacto sustituye a los acuerdos firmados en 1979, 1985 y 1994.",
            [
                ("1979", "Los acuerdos firmados en 1979"),
                ("1985", "Los acuerdos firmados en 1985"),
                ("1994", "Los acuerdos firmados en 1994"),
            ],
            id="background-list-firmados-en",
        ),
        pytest.param(
            "El puerto perdió su importancia tras el cierre de la mina en diciembre de 1991.",
            [("1991-12", "El cierre de la mina")],
            id="background-after-tras",
        ),
        pytest.param(
            "Los dos partidos gobiernan juntos desde 1991.", [], id="bare-desde-says-nothing"
        ),
        pytest.param(
            "Los alcaldes se reunieron en Oslo en abril de 2019 y de nuevo en mayo de 2021.",
            [
                ("2019-04", "Los alcaldes se reunieron en Oslo"),
                ("2021-05", "Los alcaldes se reunieron de nuevo"),
            ],
            id="y-de-nuevo",
        ),
        pytest.param(
            "Los dos alcaldes firmaron el martes un acuerdo de cooperación regional que "
            "incluye un compromiso de ayuda mutua en caso de catástrofe.",
            [("2024-03-12", "Los dos alcaldes firmaron un acuerdo de cooperación regional")],
            id="long-title-cut-at-que",
        ),
    ],
)
def test_spanish_titles_follow_the_same_rules(text: str, expected: list[tuple[str, str]]) -> None:
    """Prepositions, openers, lists, background phrases and clause cuts work in Spanish."""
    assert spanish(text) == expected
