"""Issue 11: one happening reported in several languages is one event; other events of the
same day stay apart. The reports are written for this test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from click.testing import CliRunner

from timeline.cli import main
from timeline.dates import find_dates
from timeline.events import Candidate, candidates_from_text, merge_candidates
from timeline.events.merge import name_key
from timeline.extract import majority_language
from timeline.store import load_timeline

PUBLISHED = dt.date(2024, 3, 20)

# source id -> (language, text); the id's first part names the happening it reports.
REPORTS: dict[str, tuple[str, str]] = {
    # 1. A verdict in Lyon, in three languages; a football sacking the same day.
    "verdict-en": (
        "en",
        "A court in Lyon sentenced Marc Dubois to 14 years in prison on March 11, 2024.",
    ),
    "verdict-fr": (
        "fr",
        "Le tribunal de Lyon a condamné Marc Dubois à 14 ans de prison le 11 mars 2024.",
    ),
    "verdict-es": (
        "es",
        "Un tribunal de Lyon condenó a Marc Dubois a 14 años de cárcel el 11 de marzo de 2024.",
    ),
    "coach-en": (
        "en",
        "Olympique Marseille dismissed its coach Gennaro Gattuso on March 11, 2024.",
    ),
    # 2. An earthquake in Izmir, in three languages; a Berlin meeting in two, the same day.
    "quake-en": (
        "en",
        "An earthquake of magnitude 6.4 struck Izmir on March 13, 2024, killing 23 people.",
    ),
    "quake-de": (
        "de",
        "Ein Erdbeben der Stärke 6,4 erschütterte am 13. März 2024 Izmir, 23 Menschen starben.",
    ),
    "quake-es": (
        "es",
        "Un terremoto de magnitud 6,4 sacudió Izmir el 13 de marzo de 2024 y mató a 23 personas.",
    ),
    "summit-de": ("de", "Olaf Scholz empfing am 13. März 2024 Emmanuel Macron in Berlin."),
    "summit-fr": ("fr", "Olaf Scholz a reçu Emmanuel Macron à Berlin le 13 mars 2024."),
    # 3. A delivery in Toulouse, in two languages; job cuts in Munich in two, the same day.
    "airbus-en": (
        "en",
        "Airbus delivered its 5,000th A320 to IndiGo in Toulouse on March 14, 2024.",
    ),
    "airbus-fr": ("fr", "Airbus a livré son 5 000e A320 à IndiGo à Toulouse le 14 mars 2024."),
    "siemens-de": (
        "de",
        "Siemens kündigte am 14. März 2024 in München den Abbau von 1.200 Stellen an.",
    ),
    "siemens-en": ("en", "Siemens announced 1,200 job cuts in Munich on March 14, 2024."),
    # 4. An election in Portugal, in three languages.
    "vote-en": (
        "en",
        "Luís Montenegro won the election in Portugal on March 10, 2024, "
        "with 29 percent of the vote.",
    ),
    "vote-es": (
        "es",
        "Luís Montenegro ganó las elecciones en Portugal el 10 de marzo de "
        "2024 con el 29 por ciento de los votos.",
    ),
    "vote-fr": (
        "fr",
        "Luís Montenegro a remporté les élections au Portugal le 10 mars 2024 avec 29 % des voix.",
    ),
    # 5. A mine rescue near Copiapó, in three languages; a march in Santiago the same day.
    "mine-en": (
        "en",
        "Rescue teams freed 41 miners trapped in a mine near Copiapó on March 16, 2024.",
    ),
    "mine-es": (
        "es",
        "Los rescatistas liberaron a 41 mineros atrapados en una mina cerca de "
        "Copiapó el 16 de marzo de 2024.",
    ),
    "mine-de": (
        "de",
        "Rettungskräfte befreiten am 16. März 2024 in der Nähe von Copiapó 41 "
        "eingeschlossene Bergleute.",
    ),
    # 6. Sanctions by the European Union, in two languages (accents and word order aside);
    # a central bank decision the same day.
    "sanctions-en": (
        "en",
        "The European Union imposed new sanctions on Belarus on March 12, 2024.",
    ),
    "sanctions-es": (
        "es",
        "La Unión Europea impuso nuevas sanciones a Bielorrusia el 12 de marzo de 2024.",
    ),
    "rates-en": ("en", "The European Central Bank kept its rates unchanged on March 12, 2024."),
    "march-es": (
        "es",
        "Miles de personas marcharon en Santiago contra la reforma de las "
        "pensiones el 16 de marzo de 2024.",
    ),
    # 7. A market fire in Pyongyang, spelled two ways; a rate decision in Abuja the same day.
    "fire-en": (
        "en",
        "A fire at a market in Pyongyang killed 31 people on March 17, 2024.",
    ),
    "fire-es": (
        "es",
        "Un incendio en un mercado de Piongyang mató a 31 personas el 17 de marzo de 2024.",
    ),
    "rate-en": (
        "en",
        "Nigeria's central bank raised its key rate to 24.75 percent in Abuja on March 17, 2024.",
    ),
    # 8. Arrests in Moscow, in four spellings; a reception in Minsk the same day.
    "arrests-en": ("en", "Police detained 312 protesters in Moscow on March 18, 2024."),
    "arrests-es": (
        "es",
        "La policía detuvo a 312 manifestantes en Moscú el 18 de marzo de 2024.",
    ),
    "arrests-fr": ("fr", "La police a interpellé 312 manifestants à Moscou le 18 mars 2024."),
    "arrests-de": ("de", "Die Polizei nahm am 18. März 2024 in Moskau 312 Demonstranten fest."),
    "minsk-fr": ("fr", "Alexandre Loukachenko a reçu 45 diplomates à Minsk le 18 mars 2024."),
    # 9. A strike in London, named in French as Londres; a strike in Lisbon the same day.
    "strike-en": (
        "en",
        "A strike by 4,000 drivers shut the London Underground on March 19, 2024.",
    ),
    "strike-fr": (
        "fr",
        "Une grève de 4 000 conducteurs a paralysé le métro de Londres le 19 mars 2024.",
    ),
    "lisbon-pt": (
        "pt",
        "Uma greve de 900 enfermeiros fechou hospitais em Lisboa a 19 de março de 2024.",
    ),
}


def _candidates() -> list[Candidate]:
    out: list[Candidate] = []
    for source, (language, text) in REPORTS.items():
        languages = (language,) if language == "en" else (language, "en")
        mentions = find_dates(text, PUBLISHED, languages=languages)
        out.extend(candidates_from_text(source, text, mentions, language=language))
    return out


def test_each_happening_is_one_event_citing_its_reports_in_every_language() -> None:
    """Exactly the reports of one happening merge; the same day's other events stay apart."""
    events = merge_candidates(_candidates(), language="en")
    clusters = {frozenset(e.source_ids) for e in events}
    expected = {
        frozenset(s for s in REPORTS if s.split("-")[0] == happening)
        for happening in {s.split("-")[0] for s in REPORTS}
    }
    assert clusters == expected


def test_a_merged_event_is_titled_in_the_timelines_language() -> None:
    """With an English report in the cluster, the title is English; alone, a German report
    keeps its title and asks for review."""
    events = merge_candidates(_candidates(), language="en")
    by_sources = {frozenset(e.source_ids): e for e in events}
    quake = by_sources[frozenset({"quake-en", "quake-de", "quake-es"})]
    assert quake.title.startswith("An earthquake of magnitude 6.4 struck Izmir")
    summit = by_sources[frozenset({"summit-de", "summit-fr"})]
    assert summit.review


def test_the_timeline_language_is_the_majority_of_its_sources() -> None:
    """Most sources in English: the timeline is English."""
    from timeline.model import Source

    sources = [Source(id=s, language=lang) for s, (lang, _) in REPORTS.items()]
    assert majority_language(sources) == "en"
    assert majority_language([Source(id="a", language="pt-BR")]) == "pt"
    assert majority_language([]) == ""


def test_a_report_that_could_be_either_of_two_events_joins_neither() -> None:
    """Two events of one language tie for a report in another: no pair is chosen; a third
    language matching both sides of a pair does not contest it."""
    from timeline.events.merge import _mutual_best

    landing, signing, either = 1, 2, 3
    assert _mutual_best({(landing, either): 1.0, (signing, either): 1.0}) is None
    english, spanish, german = 1, 2, 3
    scores = {(english, spanish): 1.0, (english, german): 1.0, (spanish, german): 0.8}
    assert _mutual_best(scores) == (english, spanish)


def test_a_hand_set_language_chooses_the_title_on_re_extract(tmp_path: Path) -> None:
    """events.yaml's top-level `language:` (set by hand) steers which report titles a merged
    event when extract runs again; without it, the sources' majority language does."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for source in ("verdict-en", "verdict-fr", "verdict-es", "coach-en"):
        language, text = REPORTS[source]
        (folder / f"{source}.md").write_text(
            f"---\npublished: 2024-03-20\nlang: {language}\n---\n\n{text}\n", encoding="utf-8"
        )
    out = tmp_path / "events.yaml"

    def verdict_title() -> str:
        result = CliRunner().invoke(main, ["extract", str(folder), "-o", str(out)])
        assert result.exit_code == 0, result.output
        timeline = load_timeline(out)
        (verdict,) = [e for e in timeline.events if len(e.sources) == 3]
        return verdict.title

    assert verdict_title().startswith("A court in Lyon sentenced Marc Dubois")
    text = out.read_text(encoding="utf-8")
    out.write_text(text.replace("\nevents:", "\nlanguage: fr\nevents:", 1), encoding="utf-8")
    assert verdict_title().startswith("Le tribunal")
    assert load_timeline(out).language == "fr"


def test_a_name_sounds_the_same_in_every_spelling() -> None:
    """Transliterations and each language's spelling of a place or person share one key;
    other names keep their own; exonyms come from each language's table."""
    assert len({name_key(w) for w in ("Moscú", "Moscou", "Mosca", "Moskau", "Moscow")}) == 1
    assert name_key("Pyongyang") == name_key("Piongyang")
    assert len({name_key(w) for w in ("Gaddafi", "Kadhafi", "Gheddafi", "Gadafi")}) == 1
    assert name_key("Selenskyj") == name_key("Zelensky")
    assert len({name_key(w) for w in ("London", "Londres", "Londra")}) == 1
    assert len({name_key(w) for w in ("Germany", "Allemagne", "Deutschland", "Alemania")}) == 1
    distinct = ("Moscow", "Minsk", "Mosul", "Madrid", "Lisbon", "London", "Lagos")
    assert len({name_key(w) for w in distinct}) == len(distinct)
