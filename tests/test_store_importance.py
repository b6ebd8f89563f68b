"""`importance:` in events.yaml: read, checked, written back, in the schema and exports."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from typing import Any

import jsonschema
import pytest
import yaml

from timeline.export import CSV_COLUMNS, export_csv, export_json
from timeline.model import Event, PartialDate, Timeline, content_digest
from timeline.store import dump_timeline, parse_timeline
from timeline.store.schema import schema_text

HEAD = "title: T\nevents:\n  - id: a\n    date: '2024-03-10'\n    title: Plan approved\n"


@pytest.mark.parametrize(("written", "read"), [("3", 3.0), ("2.5", 2.5), ("0", 0.0)])
def test_a_plain_number_is_read(written: str, read: float) -> None:
    """Whole and decimal numbers are importances."""
    timeline, problems = parse_timeline(HEAD + f"    importance: {written}\n")
    assert not problems
    assert timeline is not None and timeline.events[0].importance == read


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ("'3'", "expected a number, got the string '3' (remove the quotes)"),
        ("-1", "expected a number from 0 to 1000000, got '-1'"),
        (".inf", "expected a number from 0 to 1000000, got '.inf'"),
        ("1e9", "expected a number from 0 to 1000000, got '1e9'"),
        ("high", "expected a number from 0 to 1000000, got 'high'"),
        ("2000000", "expected a number from 0 to 1000000, got '2000000'"),
    ],
)
def test_anything_else_is_a_located_problem(written: str, message: str) -> None:
    """A quoted, negative, infinite, exponent or word value is reported on its line."""
    _, problems = parse_timeline(HEAD + f"    importance: {written}\n", "events.yaml")
    assert [str(p) for p in problems] == [f"events.yaml:6:17: event 'a': importance: {message}"]


def test_an_importance_survives_dump_and_parse() -> None:
    """The dumped file reads back to the same event, importance included."""
    event = Event(id="a", date=PartialDate(2024, 3, 10), title="T", importance=2.37)
    text = dump_timeline(Timeline(title="T", events=(event,)))
    assert "    importance: 2.37\n" in text
    timeline, problems = parse_timeline(text)
    assert not problems and timeline is not None and timeline.events == (event,)


def test_editing_the_importance_is_a_hand_edit() -> None:
    """The stamp covers the importance, so a person who changes it keeps their value; a
    file without importances keeps its old stamps."""
    event = Event(id="a", date=PartialDate(2024, 3, 10), title="T")
    stamped = replace(event, importance=2.0)
    stamped = replace(stamped, extracted=content_digest(stamped))
    assert not stamped.is_hand_edited
    assert replace(stamped, importance=9.0).is_hand_edited
    assert content_digest(event) != content_digest(stamped)


def test_the_schema_accepts_numbers_and_refuses_negatives() -> None:
    """The JSON Schema says what the validator says about importance."""
    validator = jsonschema.Draft202012Validator(json.loads(schema_text()))
    data: dict[str, Any] = yaml.safe_load(HEAD + "    importance: 2.5\n")
    assert not list(validator.iter_errors(data))
    data["events"][0]["importance"] = -1
    assert list(validator.iter_errors(data))


def test_exports_carry_the_importance() -> None:
    """JSON has `importance` (null when unset); CSV has it as its last column."""
    events = (
        Event(id="a", date=PartialDate(2024, 3, 10), title="T", importance=2.5),
        Event(id="b", date=PartialDate(2024, 3, 11), title="U"),
    )
    timeline = Timeline(title="T", events=events)
    data = json.loads(export_json(timeline))
    assert [e["importance"] for e in data["events"]] == [2.5, None]
    rows = list(csv.reader(io.StringIO(export_csv(timeline), newline="")))
    assert rows[0][-1] == "importance" == CSV_COLUMNS[-1]
    assert [row[-1] for row in rows[1:]] == ["2.5", ""]
