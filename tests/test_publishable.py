"""Issue 11: planned events, disputed dates and review marks, from extraction to `check`."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import jsonschema
import pytest
import yaml
from click.testing import CliRunner

from timeline.cli import main
from timeline.dates import find_dates
from timeline.events import Candidate, candidates_from_text, merge_candidates
from timeline.events.plans import is_plan
from timeline.export import export_csv, export_ics, export_json
from timeline.generate import render_pages
from timeline.model import Dispute, Event, PartialDate, Timeline, content_digest
from timeline.store import dump_timeline, parse_timeline
from timeline.store.schema import schema_path

MARKED = """\
title: T
language: en
sources:
  - id: ap
  - id: afp
events:
  - id: arrival
    date: 2024-06-19
    title: Putin arrived in Pyongyang
    sources: [ap]
    disputed:
      - source: afp
        date: 2024-06-18
    review: true
  - id: trial
    date: 2024-10-02
    title: The trial is scheduled to begin
    status: planned
"""


def test_planned_disputed_and_review_read_back_as_written() -> None:
    """The three fields and the top-level language parse, and dump to the same text."""
    timeline, problems = parse_timeline(MARKED)
    assert problems == [] and timeline is not None
    arrival, trial = timeline.events
    assert arrival.disputed == (Dispute(source="afp", date=PartialDate(2024, 6, 18)),)
    assert arrival.review and not arrival.planned
    assert trial.planned and trial.status == "planned"
    assert timeline.language == "en"
    again, problems = parse_timeline(dump_timeline(timeline))
    assert problems == [] and again == timeline


@pytest.mark.parametrize(
    ("replace", "by", "message"),
    [
        ("status: planned", "status: done", "events.yaml:18:13: event 'trial': status:"),
        ("source: afp", "source: reuters", "events.yaml:12:17: event 'arrival': unknown source"),
        ("date: 2024-06-18", "date: 18/06", "events.yaml:13:15: event 'arrival': disputed: date:"),
        ("review: true", "review: maybe", "events.yaml:14:13: event 'arrival': review:"),
        ("language: en", "language: English", "events.yaml:2:11: language:"),
    ],
)
def test_a_bad_value_is_reported_with_file_and_line(replace: str, by: str, message: str) -> None:
    """Each new field's bad value is one located problem."""
    _, problems = parse_timeline(MARKED.replace(replace, by, 1))
    assert [str(p) for p in problems if str(p).startswith(message)], problems


def test_a_dispute_needs_its_source_and_date() -> None:
    """A dispute without a date names the missing key."""
    _, problems = parse_timeline(MARKED.replace("        date: 2024-06-18\n", ""))
    assert any("missing required key 'date'" in str(p) for p in problems)


def test_the_schema_accepts_the_fields_and_refuses_a_bad_status() -> None:
    """Editors see the same rules: the schema takes the example, not `status: done`."""
    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    data = yaml.safe_load(MARKED)
    for event in data["events"]:
        event["date"] = str(event["date"])
        for dispute in event.get("disputed", ()):
            dispute["date"] = str(dispute["date"])
    assert list(validator.iter_errors(data)) == []
    data["events"][1]["status"] = "done"
    assert list(validator.iter_errors(data))


def test_unset_fields_leave_older_extraction_stamps_valid() -> None:
    """An event without the new fields has the digest it had before they existed."""
    event = Event(id="a", date=PartialDate(2024), title="A")
    assert content_digest(event) == "89264af3815c"  # as computed before issue 11
    assert content_digest(Event(id="a", date=PartialDate(2024), title="A", review=True)) != (
        content_digest(event)
    )


def test_check_review_lists_what_to_look_at(tmp_path: Path) -> None:
    """`check --review` names each marked event with its line and why, then a count."""
    path = tmp_path / "events.yaml"
    path.write_text(MARKED, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--review", str(path)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[1] == (
        f"{path}:7: event 'arrival': review; disputed: 2024-06-18 (afp): "
        "2024-06-19 Putin arrived in Pyongyang"
    )
    assert lines[2].startswith(f"{path}:15: event 'trial': planned: 2024-10-02")
    assert lines[-1] == "2 events to review"


@pytest.mark.parametrize(
    ("title", "planned"),
    [
        ("The trial is scheduled to begin", True),
        ("The minister will travel to Brussels", True),
        ("The Kremlin confirmed that the president will visit", False),
        ("The court rejected the appeal", False),
        ("La ministra viajará a Bruselas", True),
        ("El juicio está previsto", True),
        ("El ministro dijo que el acuerdo se firmará", False),
        ("Le procès doit s'ouvrir", True),
        ("Il processo inizierà", True),
        ("O julgamento está marcado", True),
        ("Der Prozess soll beginnen", True),
        ("Der Vulkan brach aus", False),
    ],
)
def test_a_plan_is_told_from_a_happening(title: str, planned: bool) -> None:
    """Plan wording before any past verb makes a title a plan, in every language."""
    assert is_plan(title) is planned


PUBLISHED = dt.date(2024, 6, 20)


def _candidates(articles: dict[str, str]) -> list[Candidate]:
    out: list[Candidate] = []
    for source, text in articles.items():
        out.extend(candidates_from_text(source, text, find_dates(text, PUBLISHED)))
    return out


def test_two_days_for_one_arrival_make_one_disputed_event() -> None:
    """The day more sources report on wins; the other source's day is recorded."""
    events = merge_candidates(
        _candidates(
            {
                "ap": "The president arrived in Pyongyang on June 18 for a state visit.",
                "afp": "The president arrived in Pyongyang on June 19 for a state visit.",
                "kcna": "The leader hosted a banquet for the guests on June 19.",
            }
        )
    )
    arrivals = [e for e in events if "arrived" in e.title]
    assert len(arrivals) == 1
    assert arrivals[0].date == PartialDate(2024, 6, 19)
    assert arrivals[0].disputed == (Dispute(source="ap", date=PartialDate(2024, 6, 18)),)
    assert arrivals[0].review
    assert set(arrivals[0].source_ids) == {"ap", "afp"}


def test_arrivals_in_two_places_stay_two_events() -> None:
    """Same action on close days, but different places named: two trips, no dispute."""
    events = merge_candidates(
        _candidates(
            {
                "ap": "The president arrived in Pyongyang on June 18 for a state visit.",
                "afp": "The president arrived in Hanoi on June 19 for a state visit.",
            }
        )
    )
    arrivals = [e for e in events if "arrived" in e.title]
    assert len(arrivals) == 2
    assert all(not e.disputed for e in arrivals)


def test_one_source_never_disputes_itself() -> None:
    """Two days in one article are two happenings, even with the same verb."""
    events = merge_candidates(
        _candidates(
            {
                "ap": "The delegation arrived in Oslo on June 17. "
                "A second delegation arrived in Oslo on June 18.",
            }
        )
    )
    assert len([e for e in events if "arrived" in e.title]) == 2


def test_a_plan_stays_planned_until_a_report_says_it_happened() -> None:
    """Only plans: planned. A plan and a report of the same day: a plain event."""
    plan = "The summit is scheduled to open in Geneva on June 18."
    done = "The summit opened in Geneva on June 18 with a speech by the host."
    planned = merge_candidates(_candidates({"ap": plan}))
    assert [e.planned for e in planned] == [True]
    both = merge_candidates(_candidates({"ap": plan, "afp": done}))
    summit = [e for e in both if e.date == PartialDate(2024, 6, 18)]
    assert len(summit) == 1 and not summit[0].planned
    assert "opened" in summit[0].title


def _marked() -> Timeline:
    timeline, problems = parse_timeline(MARKED)
    assert timeline is not None and not problems
    return timeline


def test_a_plan_is_marked_on_the_site_and_review_marks_only_on_request() -> None:
    """Planned cards always say so; review and disputed marks appear only with `review`."""
    public = "".join(render_pages(_marked()).values())
    assert 'class="tl-planned">Planned<' in public
    assert "tl-review" not in public and "tl-disputed" not in public
    curators = "".join(render_pages(_marked(), review=True).values())
    assert 'class="tl-review">To review<' in curators
    assert 'class="tl-disputed">Sources also give: <time datetime="2024-06-18">' in curators


def test_exports_carry_plans_disputes_and_review_marks() -> None:
    """JSON keys, CSV columns and the iCalendar status say what events.yaml says."""
    data = json.loads(export_json(_marked()))
    arrival, trial = data["events"][0], data["events"][1]
    assert arrival["disputed"] == [{"source": "afp", "date": "2024-06-18"}]
    assert arrival["review"] is True and arrival["status"] is None
    assert trial["status"] == "planned"
    rows = list(csv.DictReader(io.StringIO(export_csv(_marked()), newline="")))
    assert rows[0]["disputed"] == "afp 2024-06-18" and rows[1]["status"] == "planned"
    ics = export_ics(_marked())
    assert ics.count("STATUS:TENTATIVE") == 1


def test_a_plan_overtaken_by_the_report_of_another_day_is_no_dispute() -> None:
    """Scheduled for the 19th, reported on the 20th: one plain event on the 20th."""
    events = merge_candidates(
        _candidates(
            {
                "ap": "The president is scheduled to arrive in Hanoi on June 19 for a state visit.",
                "afp": "The president arrived in Hanoi on June 20 for a state visit.",
            }
        )
    )
    visits = [e for e in events if "arrive" in e.title]
    assert len(visits) == 1
    assert visits[0].date == PartialDate(2024, 6, 20)
    assert not visits[0].planned and not visits[0].disputed
