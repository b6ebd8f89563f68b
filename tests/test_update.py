"""Updating events.yaml: new events added, machine events refreshed, hand edits untouched."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.errors import TimelineError, ValidationFailed
from timeline.events import MergedEvent
from timeline.model import Citation, PartialDate, Source, Timeline
from timeline.store import load_timeline, locate_events, parse_timeline
from timeline.update import ledger_path, parse_ledger, update_file, update_timeline

SOURCES = [Source("gazette", title="Gazette"), Source("courier", title="Courier")]


def merged(date: str, title: str, *quotes: tuple[str, str]) -> MergedEvent:
    citations = tuple(Citation(source, quote, 0, len(quote)) for source, quote in quotes)
    return MergedEvent(
        date=PartialDate.parse(date),
        end=None,
        title=title,
        text=quotes[0][1],
        tags=("Oslo",),
        citations=citations,
        mentions=len(quotes),
    )


EVENTS = [
    merged("2024-03-12", "Mayor opens the harbour bridge", ("gazette", "The bridge opened.")),
    merged("2024-03-12", "Storm floods the market", ("gazette", "A storm hit the market.")),
    merged("1958", "Ferry line founded", ("courier", "The ferry line dates back to 1958.")),
]


def run(path: Path, events: list[MergedEvent], sources: list[Source] = SOURCES) -> str:
    """One extraction run against the file on disk, written as the CLI writes it."""
    return update_file(path, events, sources, title="Harbour").summary()


def block(text: str, event_id: str) -> str:
    first, last = locate_events(text)[event_id]
    return "\n".join(text.splitlines()[first - 1 : last])


def test_first_run_writes_stamped_events_with_date_slug_ids(tmp_path: Path) -> None:
    """A new file holds every event, stamped as machine-written, with readable stable ids."""
    path = tmp_path / "events.yaml"
    assert run(path, EVENTS).startswith("3 added")
    timeline = load_timeline(path)
    assert [e.id for e in timeline.chronological()] == [
        "1958-ferry-line-founded",
        "2024-03-12-mayor-opens-harbour-bridge",
        "2024-03-12-storm-floods-market",
    ]
    assert not any(e.is_hand_edited for e in timeline.events)
    assert [s.id for s in timeline.sources] == ["gazette", "courier"]
    assert set(parse_ledger(ledger_path(path).read_text(), "x").events) == {
        e.id for e in timeline.events
    }


def test_rerunning_the_same_extraction_changes_nothing(tmp_path: Path) -> None:
    """Extraction is idempotent: the second run reports everything unchanged."""
    path = tmp_path / "events.yaml"
    run(path, EVENTS)
    before = path.read_text()
    assert run(path, EVENTS).startswith("0 added, 0 refreshed, 3 unchanged")
    assert path.read_text() == before


def test_hand_edits_and_deletions_survive_reextraction(tmp_path: Path) -> None:
    """Edited events stay byte for byte (comments too); a deleted event never comes back."""
    path = tmp_path / "events.yaml"
    run(path, EVENTS)
    text = path.read_text()
    text = text.replace("title: Mayor opens the harbour bridge", "title: Bridge opens at last")
    text = text.replace(
        "  - id: 1958-ferry-line-founded\n    date: 1958",
        "  # checked against the city archive\n  - id: 1958-ferry-line-founded\n    date: 1959",
    )
    start, end = locate_events(text)["2024-03-12-storm-floods-market"]
    lines = text.splitlines(keepends=True)
    text = "".join(lines[: start - 2] + lines[end:])  # the block and the blank line above it
    path.write_text(text)
    edited = {
        i: block(text, i)
        for i in ("2024-03-12-mayor-opens-harbour-bridge", "1958-ferry-line-founded")
    }

    summary = run(path, EVENTS)

    assert "2 kept (written or edited by hand), 1 not re-added (removed by hand)" in summary
    after = path.read_text()
    assert after == text
    assert {i: block(after, i) for i in edited} == edited
    assert "2024-03-12-storm-floods-market" not in locate_events(after)


def test_machine_events_are_refreshed_with_stable_ids(tmp_path: Path) -> None:
    """A new report of a known event refreshes it in place and keeps the older citations."""
    path = tmp_path / "events.yaml"
    run(path, EVENTS)
    again = merged(
        "2024-03-12",
        "Harbour bridge opens to traffic",
        ("courier", "Traffic crossed the bridge."),
        ("gazette", "The bridge opened."),
    )
    assert run(path, [again]).startswith("0 added, 1 refreshed")
    event = next(e for e in load_timeline(path).events if e.title.startswith("Harbour bridge"))
    assert event.id == "2024-03-12-mayor-opens-harbour-bridge"
    assert event.source_ids == ("courier", "gazette")
    assert not event.is_hand_edited


def test_new_sources_join_the_existing_header_without_touching_it(tmp_path: Path) -> None:
    """A later run's articles are appended to `sources:`; the user's header comment stays."""
    path = tmp_path / "events.yaml"
    run(path, EVENTS)
    text = path.read_text().replace("title: Harbour\n", "title: Harbour\n# my notes\n")
    path.write_text(text)
    later = merged("2024-03-20", "Bridge toll scrapped", ("herald", "The toll was scrapped."))
    summary = run(path, [*EVENTS, later], [*SOURCES, Source("herald", title="Herald")])
    assert summary.startswith("1 added") and summary.endswith("1 new source")
    after = path.read_text()
    assert "# my notes\n" in after
    assert [s.id for s in load_timeline(path).sources] == ["gazette", "courier", "herald"]


def test_dry_run_diff_shows_what_would_change(tmp_path: Path) -> None:
    """The unified diff names the file and shows the added event."""
    path = tmp_path / "events.yaml"
    run(path, EVENTS[:1])
    update = update_timeline(path.read_text(), str(path), EVENTS, SOURCES, title="Harbour")
    diff = update.diff(str(path))
    assert diff.startswith(f"--- {path} (current)")
    assert "+  - id: 1958-ferry-line-founded" in diff


def test_an_invalid_existing_file_is_reported_not_overwritten(tmp_path: Path) -> None:
    """Merging into a file with problems stops with located problems."""
    path = tmp_path / "events.yaml"
    path.write_text("title: X\nsources: []\nevents:\n  - id: a\n    date: 12/03\n    title: T\n")
    with pytest.raises(ValidationFailed) as info:
        update_timeline(path.read_text(), str(path), EVENTS, SOURCES)
    assert f"{path}:5:" in str(info.value)


def test_a_broken_ledger_is_one_line_naming_the_file() -> None:
    """A ledger that is not JSON is reported with its path and position."""
    with pytest.raises(TimelineError, match=r"^events.ledger.json:1:2: not a ledger"):
        parse_ledger("{oops", "events.ledger.json")


@pytest.mark.parametrize(
    "layout",
    [
        pytest.param(
            "title: Harbour\nsources:\n- id: gazette\nevents:\n# mine\n- id: own\n  date: 2020\n"
            "  title: Written by hand\n",
            id="dashes-at-column-0",
        ),
        pytest.param(
            "title: Harbour\nevents:\n  - id: own\n    date: 2020\n    title: Written by hand\n"
            "sources:\n  - id: gazette\n",
            id="sources-after-events",
        ),
    ],
)
def test_hand_laid_out_files_are_merged_without_losing_anything(
    tmp_path: Path, layout: str
) -> None:
    """Other indentation or key order still merges: the hand-written event keeps its content."""
    path = tmp_path / "events.yaml"
    path.write_text(layout)
    run(path, EVENTS)
    timeline = load_timeline(path)
    own = next(e for e in timeline.events if e.id == "own")
    assert own.title == "Written by hand" and own.date.iso() == "2020"
    assert len(timeline.events) == 4
    assert [s.id for s in timeline.sources] == ["gazette", "courier"]


def test_other_indentation_keeps_comments_and_blocks_verbatim(tmp_path: Path) -> None:
    """New events and sources follow the file's own indentation, so nothing is rewritten."""
    path = tmp_path / "events.yaml"
    own = "# mine\n- id: own\n  date: 2020\n  title: Written by hand\n"
    path.write_text("title: Harbour\nsources:\n- id: gazette\nevents:\n" + own)
    run(path, EVENTS)
    text = path.read_text()
    assert own in text
    assert "\n- id: courier\n" in text and "\n- id: 1958-ferry-line-founded\n" in text


HAND_WRITTEN = """title: Harbour
sources:
  - id: gazette
events:
  - id: bridge-works
    date: 2024-03
    end: 2024-04
    title: The harbour bridge is finished
    sources:
      - source: gazette
        quote: "The  bridge opened."
"""


@pytest.mark.parametrize(
    ("extracted", "absorbed"),
    [
        pytest.param(
            merged("2024-03-12", "Mayor opens the bridge", ("gazette", "The bridge opened.")),
            True,
            id="same-sentence-finer-date-inside",
        ),
        pytest.param(
            merged("2024", "Bridge year", ("gazette", "The bridge opened.")),
            True,
            id="same-sentence-coarser-date-around",
        ),
        pytest.param(
            merged("2023-11-02", "Bridge planned", ("gazette", "The bridge opened.")),
            False,
            id="same-sentence-other-date",
        ),
        pytest.param(
            merged("2024-03-12", "Ferry strike ends", ("courier", "The bridge opened.")),
            False,
            id="same-words-other-source",
        ),
        pytest.param(
            merged(
                "2024-04-01",
                "Bridge opens",
                ("courier", "Crowds crossed the bridge."),
                ("gazette", "“The bridge opened”"),
            ),
            True,
            id="one-of-several-citations",
        ),
    ],
)
def test_a_sentence_a_hand_event_cites_at_an_overlapping_date_is_not_added_again(
    tmp_path: Path, extracted: MergedEvent, absorbed: bool
) -> None:
    """A hand event absorbs an extracted one citing its sentence when their dates overlap."""
    path = tmp_path / "events.yaml"
    path.write_text(HAND_WRITTEN)

    summary = run(path, [extracted])

    after = path.read_text()
    assert after.startswith(HAND_WRITTEN.split("events:")[0])
    assert block(after, "bridge-works") == block(HAND_WRITTEN, "bridge-works")
    assert summary.startswith("0 added" if absorbed else "1 added")
    assert summary.endswith("1 already told by hand events") is absorbed


def test_overlapping_offsets_count_as_the_same_sentence(tmp_path: Path) -> None:
    """A hand quote trimmed to part of a sentence still absorbs it, through its offsets."""
    path = tmp_path / "events.yaml"
    text = HAND_WRITTEN.replace('quote: "The  bridge opened."', "quote: bridge\n        start: 4")
    text = text.replace("start: 4", "start: 4\n        end: 10")
    path.write_text(text)
    summary = run(path, [merged("2024-03-12", "Bridge", ("gazette", "The bridge opened."))])
    assert summary.startswith("0 added") and summary.endswith("1 already told by hand events")


def test_a_hand_event_telling_the_same_thing_in_other_words_absorbs_it(tmp_path: Path) -> None:
    """Same happening, other sentence, overlapping date: absorbed; another happening is added."""
    path = tmp_path / "events.yaml"
    path.write_text(HAND_WRITTEN)
    same = merged(
        "2024-03-12",
        "The harbour bridge was finished and opened",
        ("courier", "The harbour bridge was finished and opened on Tuesday."),
    )
    other = merged(
        "2024-03-12", "A storm flooded the market", ("courier", "A storm flooded the market.")
    )
    summary = run(path, [same, other])
    assert summary.startswith("1 added") and summary.endswith("1 already told by hand events")
    titles = {e.title for e in load_timeline(path).events}
    assert titles == {"The harbour bridge is finished", "A storm flooded the market"}


AGAIN = merged(
    "2024-03-12",
    "Harbour bridge opens to traffic",
    ("courier", "Traffic crossed the bridge."),
    ("gazette", "The bridge opened."),
)


def _commented(path: Path) -> str:
    """The first run's file with a person's comments in every place a comment can go."""
    run(path, EVENTS)
    text = path.read_text()
    text = text.replace(
        "  - id: 2024-03-12-mayor-opens-harbour-bridge\n",
        "  # NOTE: check the opening hour\n  - id: 2024-03-12-mayor-opens-harbour-bridge\n",
    )
    text = text.replace(
        "    title: Mayor opens the harbour bridge\n",
        "    # the mayor's office confirmed\n    title: Mayor opens the harbour bridge  # sic\n",
    )
    text = text.replace(
        "  - id: 2024-03-12-storm-floods-market\n",
        "  # ---- March 12 ----\n\n  - id: 2024-03-12-storm-floods-market\n",
    )
    text += "  # trailing note\n"
    path.write_text(text)
    return text


@pytest.mark.parametrize(
    "comment",
    [
        "  # NOTE: check the opening hour\n  - id: 2024-03-12-mayor-opens-harbour-bridge\n",
        "    # the mayor's office confirmed\n",
        "# sic\n",
        "  # ---- March 12 ----\n\n  - id: 2024-03-12-storm-floods-market\n",
        "  # trailing note\n",
    ],
    ids=["above-refreshed", "inside-refreshed", "inline-refreshed", "loose", "end-of-file"],
)
def test_comments_survive_a_refresh_of_the_event_they_sit_in(tmp_path: Path, comment: str) -> None:
    """Every comment a person wrote is still in the file after its event is refreshed."""
    path = tmp_path / "events.yaml"
    _commented(path)
    summary = run(path, [AGAIN])
    assert summary.startswith("0 added, 1 refreshed")
    after = path.read_text()
    assert comment in after
    assert load_timeline(path).events[1].title == "Harbour bridge opens to traffic"


def test_comments_inside_a_refreshed_event_stay_in_its_block(tmp_path: Path) -> None:
    """A comment above or inside a refreshed event still belongs to that event afterwards."""
    path = tmp_path / "events.yaml"
    _commented(path)
    run(path, [AGAIN])
    mine = block(path.read_text(), "2024-03-12-mayor-opens-harbour-bridge")
    assert mine.startswith("  # NOTE: check the opening hour\n  - id: ")
    assert "    # the mayor's office confirmed\n    title: Harbour bridge opens" in mine


def test_a_trailing_comment_survives_every_write(tmp_path: Path) -> None:
    """A comment at the end of the file stays at the end when a new event is added."""
    path = tmp_path / "events.yaml"
    run(path, EVENTS[:2])
    path.write_text(path.read_text() + "\n# end of the curated part\n")
    assert run(path, EVENTS).startswith("1 added")
    assert path.read_text().endswith("\n# end of the curated part\n")


def test_a_new_title_changes_only_the_title_line(tmp_path: Path) -> None:
    """Renaming keeps source comments and a `|` description exactly as written."""
    path = tmp_path / "events.yaml"
    header = (
        "# yaml-language-server: $schema=.timeline/events.schema.json\n"
        "title: Harbour  # working title\n"
        "description: |\n  Two lines\n  of introduction.\n\n"
        "sources:\n  # the local paper\n  - id: gazette\n  # the other one\n  - id: courier\n\n"
    )
    path.write_text(header + "events: []\n")
    update = update_timeline(path.read_text(), str(path), EVENTS, SOURCES, title="Harbour: 2024")
    assert update.text.startswith(
        header.replace("title: Harbour  # working title", 'title: "Harbour: 2024"  # working title')
    )
    assert load_timeline_text(update.text).title == "Harbour: 2024"


def load_timeline_text(text: str) -> Timeline:
    """The timeline in `text` (which must be valid)."""
    timeline, problems = parse_timeline(text, "events.yaml")
    assert not problems and timeline is not None
    return timeline


def test_a_refresh_without_the_old_sources_keeps_the_old_title_and_text(tmp_path: Path) -> None:
    """A run that did not re-read an event's sources adds its citations, not its wording."""
    path = tmp_path / "events.yaml"
    rich = merged(
        "2024-03-12",
        "Mayor opens the harbour bridge",
        ("gazette", "The bridge opened."),
        ("courier", "The mayor opened the bridge."),
    )
    run(path, [rich])
    weak = merged(
        "2024-03-12",
        "Bridge works end",
        ("herald", "Bridge works ended."),
        ("gazette", "The bridge opened."),
    )
    assert run(path, [weak], [Source("herald")]).startswith("0 added, 1 refreshed")
    (event,) = load_timeline(path).events
    assert event.title == "Mayor opens the harbour bridge"
    assert event.source_ids == ("gazette", "courier", "herald")
    assert not event.is_hand_edited


def test_a_refresh_from_as_many_sources_takes_the_new_wording(tmp_path: Path) -> None:
    """Re-reading the same articles lets a better title replace the old one."""
    path = tmp_path / "events.yaml"
    run(path, EVENTS)
    assert run(path, [AGAIN]).startswith("0 added, 1 refreshed")
    assert "Harbour bridge opens to traffic" in {e.title for e in load_timeline(path).events}


def test_hand_written_events_are_counted_as_kept(tmp_path: Path) -> None:
    """Every event a person wrote or edited counts as kept, matched by the run or not."""
    path = tmp_path / "events.yaml"
    path.write_text(HAND_WRITTEN)
    summary = run(path, EVENTS)
    assert "2 added" in summary and "1 kept (written or edited by hand)" in summary


@pytest.mark.parametrize(
    ("hand_date", "hand_end", "extracted_date"),
    [
        ("2000-07-19", "2000-07-20", "2000"),
        ("2000-07-19", None, "2000-07"),
        ("2000-07", None, "2000-07-19"),
        ("2000", None, "2000-07-19"),
    ],
)
def test_a_hand_event_absorbs_the_same_happening_at_any_precision(
    tmp_path: Path, hand_date: str, hand_end: str | None, extracted_date: str
) -> None:
    """A short extracted title whose words the hand event tells is absorbed across precisions."""
    path = tmp_path / "events.yaml"
    end = f"    end: {hand_end}\n" if hand_end else ""
    path.write_text(
        "title: Ferries\nsources:\n  - id: gazette\n  - id: courier\nevents:\n"
        f"  - id: first-visit\n    date: {hand_date}\n{end}"
        "    title: The governor makes the first official visit to Skerry Island\n"
        "    text: He meets the island council in Port Skerry and opens the ferry pier.\n"
        "    tags: [Governor Anna Berg, Skerry Island]\n"
        "    sources:\n      - source: gazette\n"
        "        quote: The governor first set foot on Skerry Island that summer.\n"
    )
    again = merged(
        extracted_date,
        "Berg visited Port Skerry",
        (
            "courier",
            "The new ferry gives the region a second harbour this week, after a day in "
            "Port Skerry that Berg had last visited 24 years ago.",
        ),
    )
    again = MergedEvent(
        date=again.date,
        end=None,
        title=again.title,
        text=again.text,
        tags=("Berg", "Port Skerry", "Skerry"),
        citations=again.citations,
        mentions=1,
    )
    other = merged(extracted_date, "The ferry company went bankrupt", ("courier", "It failed."))
    summary = run(path, [again, other])
    assert summary.startswith("1 added")
    assert summary.endswith("1 already told by hand events")


@pytest.mark.parametrize(
    "layout",
    [
        pytest.param(
            '# header\n{"title": "Harbour",  # working title\n "sources": [{"id": "gazette"}],\n'
            ' "events": [\n   # checked twice\n   {"id": "own", "date": "2020",\n'
            '    "title": "Written by hand"}  # by me\n   # no more\n ]}\n# the end\n',
            id="json-style",
        ),
        pytest.param(
            "title: Harbour  # working title\nsources: [{id: gazette}]  # header\n"
            "events: [\n  # checked twice\n  {id: own, date: 2020, title: Written by hand},"
            "  # by me\n  # no more\n]\n# the end\n",
            id="flow-style-lists",
        ),
    ],
)
def test_a_file_that_must_be_rewritten_whole_keeps_every_comment(
    tmp_path: Path, layout: str
) -> None:
    """Flow style cannot be spliced: the canonical rewrite keeps each comment near its place."""
    path = tmp_path / "events.yaml"
    path.write_text(layout)
    assert run(path, EVENTS).startswith("3 added")
    text = path.read_text()
    for comment in ("# header", "# working title", "# no more", "# the end"):
        assert comment in text
    assert "  # checked twice\n  # by me\n  - id: own\n" in text
    assert text.endswith("# the end\n")
    assert text.index("# working title") < text.index("title: Harbour")
    assert {e.id for e in load_timeline(path).events} >= {"own"}


def superseding(path: Path, events: list[MergedEvent]) -> str:
    """A run over the whole collection (every source read), as the CLI runs without --top."""
    return update_file(path, events, SOURCES, title="Harbour", supersede=True).summary()


def test_an_event_a_whole_run_no_longer_finds_is_superseded(tmp_path: Path) -> None:
    """When the sources of a machine event now make another event (here, its report joins
    the courier's at another day), a run that read them all drops it, and its ledger entry:
    the file is what one run over everything gives."""
    path = tmp_path / "events.yaml"
    superseding(path, EVENTS)
    joined = merged(
        "2024-03-13",
        "Mayor opens the harbour bridge",
        ("gazette", "The bridge opened."),
        ("courier", "The harbour bridge opened on Wednesday."),
    )
    later = [joined, *EVENTS[1:]]
    summary = superseding(path, later)
    assert summary.endswith("1 superseded (no longer found)")
    ids = [e.id for e in load_timeline(path).events]
    assert "2024-03-12-mayor-opens-harbour-bridge" not in ids
    assert (
        "2024-03-12-mayor-opens-harbour-bridge"
        not in parse_ledger(ledger_path(path).read_text(), "x").events
    )
    once = tmp_path / "once.yaml"
    superseding(once, later)
    assert path.read_text(encoding="utf-8") == once.read_text(encoding="utf-8")


def test_an_edited_commented_or_partly_read_event_is_never_superseded(tmp_path: Path) -> None:
    """Superseding drops only what the extractor wrote and a person left alone, and only
    when the run read every source the event cites."""
    path = tmp_path / "events.yaml"
    superseding(path, EVENTS)
    text = path.read_text(encoding="utf-8")
    text = text.replace("title: Storm floods the market", "title: Storm floods the old market")
    bridge = block(text, "2024-03-12-mayor-opens-harbour-bridge")
    text = text.replace(bridge, "  # checked with the harbour office\n" + bridge)
    path.write_text(text, encoding="utf-8")
    assert "superseded" not in superseding(path, [EVENTS[2]])
    assert "superseded" not in run(path, [EVENTS[2]])  # without supersede: never
    only_courier = update_file(path, [EVENTS[2]], SOURCES[1:], supersede=True)
    assert not only_courier.superseded  # the gazette was not read
