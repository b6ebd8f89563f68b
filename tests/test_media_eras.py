"""Event images (`media`) and eras in events.yaml: read, checked with file:line, written back,
exported to TimelineJS."""

from __future__ import annotations

import json
import textwrap

import pytest

from timeline.export import export_timelinejs
from timeline.model import Era, Event, Media, PartialDate, Timeline, content_digest
from timeline.store import dump_timeline, parse_timeline


def _read(body: str) -> tuple[Timeline | None, list[str]]:
    timeline, problems = parse_timeline(textwrap.dedent(body).lstrip("\n"))
    return timeline, [str(p) for p in problems]


GOOD = """
title: T
eras:
  - title: The long summer
    start: 2024-06
    end: 2024-08
events:
  - id: summit
    date: 2024-06-19
    title: Summit
    media:
      url: images/summit.jpg
      alt: Two leaders shake hands
      caption: At the airport
      credit: Example Agency
"""


def test_media_and_eras_are_read_into_the_model() -> None:
    """An event's image and the top-level eras land in `Event.media` and `Timeline.eras`."""
    timeline, problems = _read(GOOD)
    assert problems == []
    assert timeline is not None
    assert timeline.events[0].media == Media(
        "images/summit.jpg", "Two leaders shake hands", "At the airport", "Example Agency"
    )
    assert timeline.eras == (Era("The long summer", PartialDate(2024, 6), PartialDate(2024, 8)),)


def test_media_and_eras_survive_a_dump_and_read_back() -> None:
    """`dump_timeline` writes media and eras so that reading the text gives them back."""
    timeline, _ = _read(GOOD)
    assert timeline is not None
    again, problems = parse_timeline(dump_timeline(timeline))
    assert problems == []
    assert again == timeline


BAD = [
    (
        "media without alt text is refused where it is written",
        "media:\n      url: a.png\n",
        ["events.yaml:7:7: event 'e': media: missing required key 'alt'"],
    ),
    (
        "an image outside docs/ (a `..` path) is refused",
        "media: {url: ../secret.png, alt: x}\n",
        [
            "events.yaml:6:18: event 'e': media: url: expected an http(s) address or a path "
            "under docs/, got '../secret.png'"
        ],
    ),
    (
        "a script address is never an image",
        "media: {url: 'javascript:alert(1)', alt: x}\n",
        [
            "events.yaml:6:18: event 'e': media: url: expected an http(s) address or a path "
            "under docs/, got 'javascript:alert(1)'"
        ],
    ),
    (
        "an unknown media key gets the nearest name",
        "media: {url: a.png, alt: x, captoin: y}\n",
        ["events.yaml:6:33: event 'e': media: unknown key 'captoin' (did you mean 'caption'?)"],
    ),
    (
        "empty alt text is no alt text",
        "media: {url: a.png, alt: ' '}\n",
        ["events.yaml:6:30: event 'e': media: alt: must not be empty"],
    ),
]


@pytest.mark.parametrize(("why", "snippet", "expected"), BAD, ids=[b[0] for b in BAD])
def test_bad_media_is_reported_with_file_and_line(
    why: str, snippet: str, expected: list[str]
) -> None:
    """Each bad media value is one located problem; the event itself still reads."""
    text = "title: T\nevents:\n  - id: e\n    date: 2024\n    title: E\n    " + snippet
    timeline, problems = _read(text)
    assert problems == expected
    assert timeline is not None and [e.id for e in timeline.events] == ["e"]


def test_an_era_ending_before_it_starts_is_reported_at_its_end() -> None:
    """Eras follow the events' rule: the end is not before the start."""
    _, problems = _read(
        """
        title: T
        eras:
          - title: Backwards
            start: 2024
            end: 2020
        """
    )
    assert problems == ["events.yaml:5:10: era #1: end: 2020 is before start 2024"]


def test_an_era_needs_title_start_and_end() -> None:
    """A half-written era names the keys it lacks."""
    _, problems = _read("title: T\neras:\n  - title: Only a name\n")
    assert problems == ["events.yaml:3:5: era #1: missing required keys 'start' and 'end'"]


def test_adding_an_image_marks_an_extracted_event_as_hand_edited() -> None:
    """Media is content a person adds: re-extraction must not take it away."""
    event = Event("e", PartialDate(2024), "E")
    stamped = Event("e", PartialDate(2024), "E", extracted=content_digest(event))
    assert not stamped.is_hand_edited
    with_image = Event(
        "e", PartialDate(2024), "E", extracted=content_digest(event), media=Media("a.png", "x")
    )
    assert with_image.is_hand_edited


def test_timelinejs_export_carries_media_and_eras_escaped() -> None:
    """The image becomes the slide's `media`, eras become TimelineJS eras; HTML is escaped."""
    timeline = Timeline(
        title="T",
        events=(
            Event(
                "e",
                PartialDate(2024, 6),
                "E",
                media=Media("https://example.org/a.jpg", "A <b>photo</b>", "<i>c</i>", "AP & co"),
            ),
        ),
        eras=(Era("<script>x</script>", PartialDate(2024), PartialDate(2025)),),
    )
    data = json.loads(export_timelinejs(timeline))
    assert data["events"][0]["media"] == {
        "url": "https://example.org/a.jpg",
        "alt": "A <b>photo</b>",
        "caption": "&lt;i&gt;c&lt;/i&gt;",
        "credit": "AP &amp; co",
    }
    era = data["eras"][0]
    assert era["text"]["headline"] == "&lt;script&gt;x&lt;/script&gt;"
    assert era["start_date"]["year"] == 2024 and era["end_date"]["year"] == 2025
