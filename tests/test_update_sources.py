"""Which source an extracted article is: by its text or its place, not by its file name."""

from __future__ import annotations

from dataclasses import replace

import pytest

from timeline.events import MergedEvent
from timeline.model import Citation, Origin, PartialDate, Source
from timeline.update.ledger import SourceRecord
from timeline.update.sources import entry_digest, identify_sources, refresh_sources

RECORDS = {"story": SourceRecord("text-of-x", "x/story.md")}


def event(*sources: str) -> MergedEvent:
    citations = tuple(Citation(s, f"Said by {s}.") for s in sources)
    return MergedEvent(
        date=PartialDate(2021),
        end=None,
        title="T",
        text="T.",
        tags=(),
        citations=citations,
        mentions=1,
    )


@pytest.mark.parametrize(
    ("origin", "expected"),
    [
        pytest.param(Origin("x/story.md", "text-of-x"), "story", id="same-place-same-text"),
        pytest.param(Origin("x/story.md", "corrected"), "story", id="same-place-new-text"),
        pytest.param(Origin("archive/story.md", "text-of-x"), "story", id="moved"),
        pytest.param(Origin("y/story.md", "text-of-y"), "story-2", id="another-article"),
    ],
)
def test_an_article_is_the_recorded_source_it_shares_text_or_place_with(
    origin: Origin, expected: str
) -> None:
    """Same text or same place: the recorded id; neither: a fresh id, citations renamed."""
    found = identify_sources([Source("story")], [event("story")], {"story": origin}, RECORDS)
    assert [s.id for s in found.sources] == [expected]
    assert found.events[0].source_ids == (expected,)
    assert found.records[expected].digest in ("text-of-x", origin.digest)


def test_a_fresh_id_skips_ids_in_the_file_the_ledger_and_the_run() -> None:
    """`story-2` is taken by a hand-written source and `story-3` by this run: `story-4`."""
    found = identify_sources(
        [Source("story"), Source("story-3")],
        [event("story", "story-3")],
        {"story": Origin("y/story.md", "y"), "story-3": Origin("story-3.md", "3")},
        RECORDS,
        existing=["story", "story-2"],
    )
    assert [s.id for s in found.sources] == ["story-4", "story-3"]
    assert found.events[0].source_ids == ("story-4", "story-3")
    assert found.records["story-4"] == SourceRecord("y", "y/story.md")


def test_an_id_nobody_recorded_keeps_its_name_and_is_recorded() -> None:
    """A source written by hand (or by an older ledger) is trusted by name, as before."""
    found = identify_sources(
        [Source("gazette")], [], {"gazette": Origin("gazette.md", "g")}, {}, existing=["gazette"]
    )
    assert [s.id for s in found.sources] == ["gazette"]
    assert found.records == {"gazette": SourceRecord("g", "gazette.md")}


def test_without_origins_every_source_keeps_its_id() -> None:
    """Library callers that pass no origins get the name-based behaviour."""
    found = identify_sources([Source("story")], [event("story")], {}, RECORDS)
    assert [s.id for s in found.sources] == ["story"] and found.records == RECORDS


SOURCE_RECORD = SourceRecord("text", "story.md")
UNDATED = Source("story", title="Story")
DATED = Source("story", title="Story", url="https://x.example/s", published=PartialDate(2024, 3, 1))


@pytest.mark.parametrize(
    ("existing", "record", "updated"),
    [
        (UNDATED, replace(SOURCE_RECORD, entry=entry_digest(UNDATED)), True),
        (UNDATED, SOURCE_RECORD, False),  # the ledger cannot say who wrote it: left alone
        (UNDATED, None, False),  # never recorded: written by hand
        (
            replace(UNDATED, title="Mine"),
            replace(SOURCE_RECORD, entry=entry_digest(UNDATED)),
            False,
        ),
    ],
)
def test_a_later_date_or_url_updates_only_what_the_extractor_wrote(
    existing: Source, record: SourceRecord | None, updated: bool
) -> None:
    """The run's date and URL replace those of an entry still as the extractor wrote it."""
    records = {"story": record} if record else {}
    changed, stored = refresh_sources([existing], [DATED], records)
    assert changed == (
        {"story": replace(UNDATED, url=DATED.url, published=DATED.published)} if updated else {}
    )
    if updated:
        assert stored["story"].entry == entry_digest(changed["story"])


def test_an_entry_equal_to_the_run_is_recorded_as_the_extractors() -> None:
    """A ledger written before entry digests catches up when the entry is the run's own."""
    _, stored = refresh_sources([DATED], [DATED], {"story": SOURCE_RECORD})
    assert stored == {"story": replace(SOURCE_RECORD, entry=entry_digest(DATED))}


def test_a_run_without_the_date_erases_nothing() -> None:
    """A run that lacks a date or URL the entry has leaves the entry as it is."""
    record = replace(SOURCE_RECORD, entry=entry_digest(DATED))
    assert refresh_sources([DATED], [UNDATED], {"story": record})[0] == {}
