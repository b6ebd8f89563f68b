"""One name, one tag (issue 11, section 5): spellings of one name across sources and
languages show one form; different names that sound alike stay apart."""

from __future__ import annotations

from dataclasses import replace

from tests.conftest import day_candidate
from timeline.events import Candidate
from timeline.events.merge import merge_candidates
from timeline.model import PartialDate


def _tagged(
    source: str, quote: str, tags: tuple[str, ...], day: int, language: str = "en"
) -> Candidate:
    candidate = day_candidate(source, quote)
    return replace(candidate, tags=tags, date=PartialDate(2024, 3, day), language=language)


def test_spellings_of_one_name_show_one_form_the_timeline_languages() -> None:
    """ "Gaddafi", "Kaddafi" and "Gadafi" are one tag; the English report's spelling of
    Moscow wins over the Spanish one in an English timeline."""
    candidates = [
        _tagged("a", "Gaddafi spoke on state television about the port.", ("Gaddafi",), 1),
        _tagged("b", "Kaddafi left the capital for the desert town.", ("Kaddafi",), 3),
        _tagged("c", "Gadafi visitó la ciudad costera.", ("Gadafi", "Moscú"), 5, "es"),
        _tagged("d", "The envoy flew to Moscow for new talks on trade.", ("Moscow",), 7),
    ]
    events = merge_candidates(candidates, language="en")
    tags = {tag for event in events for tag in event.tags}
    assert "Moscow" in tags and "Moscú" not in tags
    assert len(tags & {"Gaddafi", "Kaddafi", "Gadafi"}) == 1


def test_names_that_only_sound_alike_stay_apart() -> None:
    """ "Níger" and "Nigeria", "París" and "Porsche" share a sound key but are two names."""
    candidates = [
        _tagged("a", "Troops crossed from Niger into the south.", ("Níger",), 1),
        _tagged("b", "Oil exports from Nigeria rose sharply this week.", ("Nigeria",), 3),
        _tagged("c", "The summit in Paris ended without a deal.", ("París",), 5),
        _tagged("d", "A Porsche was seized at the border post.", ("Porsche",), 7),
    ]
    tags = {tag for event in merge_candidates(candidates) for tag in event.tags}
    assert tags == {"Níger", "Nigeria", "París", "Porsche"}
