"""`timeline export`: JSON, CSV, TimelineJS3 and iCalendar that other tools read back intact.

Every format is checked on a small timeline full of hostile text (quotes, commas, newlines,
markup, spreadsheet formulas, emoji) by parsing the output back, not by comparing strings.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from timeline.cli import main
from timeline.export import (
    CSV_COLUMNS,
    FORMATS,
    export_csv,
    export_ics,
    export_json,
    export_timeline,
    export_timelinejs,
)
from timeline.model import Citation, Event, PartialDate, Source, Timeline
from timeline.store import load_timeline

HOSTILE_YAML = """\
title: 'Spies, "leaks" & <b>lies</b>; a 🕵️ timeline'
description: |-
  Line one, with a comma; and a semicolon.

  Line two <script>alert("d")</script>
sources:
  - id: wire
    title: 'Agency says "no comment", then <i>comments</i>'
    outlet: Example Wire
    url: https://example.org/wire?a=1&b=2
    published: 2021-03-04
  - id: blog
    title: =HYPERLINK("https://evil.example","click me")
    outlet: '@handle'
    url: notes/blog,1.html
    published: 2022
events:
  - id: late-day
    date: 2021-03-04
    title: =HYPERLINK("https://evil.example","click")
    text: |-
      First line, "quoted", with a comma.
      Second line; <script>alert(1)</script> 🚀
    tags: [+plus, 'a,b;c', Ünïcode]
    sources:
      - source: wire
        quote: 'He said: "It''s over, done; finished."'
        start: 3
        end: 40
      - source: blog
        quote: -1 is not a number here
  - id: whole-year
    date: 2019
    title: A year-long affair
    sources: [wire]
  - id: a-month
    date: 2020-02
    end: 2021
    title: '@everyone: a month that lasts'
    tags: [spy]
    locked: true
"""


@pytest.fixture
def events_file(tmp_path: Path) -> Path:
    path = tmp_path / "events.yaml"
    path.write_text(HOSTILE_YAML, encoding="utf-8")
    return path


@pytest.fixture
def hostile(events_file: Path) -> Timeline:
    return load_timeline(events_file)


# --- JSON --------------------------------------------------------------------------------


def _event_from_json(data: dict[str, Any]) -> Event:
    return Event(
        id=data["id"],
        date=PartialDate.parse(data["date"]),
        end=PartialDate.parse(data["end"]) if data["end"] else None,
        title=data["title"],
        text=data["text"],
        tags=tuple(data["tags"]),
        sources=tuple(
            Citation(c["source"], c["quote"], c["start"], c["end"]) for c in data["sources"]
        ),
        locked=data["locked"],
        importance=data["importance"],
    )


def test_json_round_trips_every_fact_in_chronological_order(hostile: Timeline) -> None:
    """Events rebuilt from the JSON equal the loaded events (minus bookkeeping), sorted."""
    data = json.loads(export_json(hostile))
    assert [e["id"] for e in data["events"]] == ["whole-year", "a-month", "late-day"]
    rebuilt = {e.id: e for e in map(_event_from_json, data["events"])}
    assert rebuilt == {e.id: e for e in hostile.events}
    assert data["title"] == hostile.title
    assert data["description"] == hostile.description
    assert [
        Source(**{**s, "published": PartialDate.parse(s["published"])}) for s in data["sources"]
    ] == list(hostile.sources)


@pytest.mark.parametrize(
    ("event_id", "date", "end", "precision", "start", "end_day"),
    [
        ("whole-year", "2019", None, "year", "2019-01-01", "2019-12-31"),
        ("a-month", "2020-02", "2021", "month", "2020-02-01", "2021-12-31"),
        ("late-day", "2021-03-04", None, "day", "2021-03-04", "2021-03-04"),
    ],
)
def test_json_dates_are_as_written_plus_iso_days(
    hostile: Timeline,
    event_id: str,
    date: str,
    end: str | None,
    precision: str,
    start: str,
    end_day: str,
) -> None:
    """`date`/`end` keep their precision; `start`/`end_day` are the first and last day covered."""
    events = {e["id"]: e for e in json.loads(export_json(hostile))["events"]}
    event = events[event_id]
    assert (event["date"], event["end"], event["precision"]) == (date, end, precision)
    assert (event["start"], event["end_day"]) == (start, end_day)


def test_json_citations_carry_the_resolved_source(hostile: Timeline) -> None:
    """Each citation names its source's title, outlet and url next to the quote."""
    events = {e["id"]: e for e in json.loads(export_json(hostile))["events"]}
    first = events["late-day"]["sources"][0]
    assert first["title"] == 'Agency says "no comment", then <i>comments</i>'
    assert first["outlet"] == "Example Wire"
    assert first["url"] == "https://example.org/wire?a=1&b=2"
    assert first["quote"] == 'He said: "It\'s over, done; finished."'


# --- CSV ---------------------------------------------------------------------------------


def _csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_csv_has_a_header_and_one_row_per_event_in_order(hostile: Timeline) -> None:
    """The header is `CSV_COLUMNS`; rows follow the chronological order of events."""
    text = export_csv(hostile)
    assert next(csv.reader(io.StringIO(text, newline=""))) == list(CSV_COLUMNS)
    assert [r["id"] for r in _csv_rows(text)] == ["whole-year", "a-month", "late-day"]


def test_csv_cells_read_back_exactly(hostile: Timeline) -> None:
    """Commas, quotes, newlines and emoji in a cell survive a round trip through `csv`."""
    row = _csv_rows(export_csv(hostile))[2]
    assert row["text"] == (
        'First line, "quoted", with a comma.\nSecond line; <script>alert(1)</script> 🚀'
    )
    assert row["tags"] == "'+plus; a,b;c; Ünïcode"
    assert row["sources"] == "wire; blog"
    assert row["url"] == "https://example.org/wire?a=1&b=2"
    assert row["quotes"] == 'He said: "It\'s over, done; finished."\n-1 is not a number here'
    assert (row["date"], row["end"], row["precision"]) == ("2021-03-04", "", "day")


def test_csv_defuses_spreadsheet_formulas(hostile: Timeline) -> None:
    """A title that starts with '=' or '@' is exported with a leading apostrophe."""
    rows = {r["id"]: r for r in _csv_rows(export_csv(hostile))}
    assert rows["late-day"]["title"] == '\'=HYPERLINK("https://evil.example","click")'
    assert rows["a-month"]["title"] == "'@everyone: a month that lasts"
    assert rows["whole-year"]["title"] == "A year-long affair"


@pytest.mark.parametrize(
    ("title", "cell"),
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("  =cmd", "'  =cmd"),
        ("\tx", "'\tx"),
        ("a=b", "a=b"),
        ("2+2 is four", "2+2 is four"),
        ("'already quoted", "'already quoted"),
    ],
)
def test_csv_formula_rule(title: str, cell: str) -> None:
    """Only cells a spreadsheet would evaluate (= + - @ first, or a tab) get the apostrophe."""
    timeline = Timeline("T", events=(Event("e", PartialDate(2020), title),))
    assert _csv_rows(export_csv(timeline))[0]["title"] == cell


def test_csv_uses_crlf_rows_and_utf8(hostile: Timeline) -> None:
    """Records end with CRLF (RFC 4180); a newline inside a cell stays a bare LF."""
    text = export_csv(hostile)
    assert text.endswith("\r\n")
    assert text.count("\r\n") == 4  # header + 3 events
    assert "🚀".encode() in text.encode("utf-8")


# --- TimelineJS --------------------------------------------------------------------------


class _Tags(HTMLParser):
    """Collects the element names and link targets of an HTML fragment."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.hrefs += [v or "" for k, v in attrs if k == "href"]


def _parse_html(fragment: str) -> _Tags:
    parser = _Tags()
    parser.feed(fragment)
    parser.close()
    return parser


def test_timelinejs_has_the_required_fields(hostile: Timeline) -> None:
    """Every slide has a start_date with an integer year, a headline and a unique id."""
    data = json.loads(export_timelinejs(hostile))
    assert set(data) == {"title", "events"}
    assert data["title"]["text"]["headline"]
    for slide in data["events"]:
        assert isinstance(slide["start_date"]["year"], int)
        assert slide["text"]["headline"]
        assert isinstance(slide["text"]["text"], str)
    ids = [s["unique_id"] for s in data["events"]]
    assert ids == ["whole-year", "a-month", "late-day"]


@pytest.mark.parametrize(
    ("event_id", "start", "end", "display"),
    [
        ("whole-year", {"year": 2019}, None, "2019"),
        ("a-month", {"year": 2020, "month": 2}, {"year": 2021}, "February 2020 – 2021"),
        ("late-day", {"year": 2021, "month": 3, "day": 4}, None, "March 4, 2021"),
    ],
)
def test_timelinejs_dates_keep_their_precision(
    hostile: Timeline,
    event_id: str,
    start: dict[str, int],
    end: dict[str, int] | None,
    display: str,
) -> None:
    """A year-only date has only a year; display_date shows the date as precise as written."""
    slides = {s["unique_id"]: s for s in json.loads(export_timelinejs(hostile))["events"]}
    slide = slides[event_id]
    parts = {k: v for k, v in slide["start_date"].items() if k != "display_date"}
    assert parts == start
    if end is None:
        assert "end_date" not in slide
    else:
        assert {k: v for k, v in slide["end_date"].items() if k != "display_date"} == end
    assert slide["display_date"] == display


def test_timelinejs_text_is_escaped_html(hostile: Timeline) -> None:
    """User text never becomes markup: only the exporter's own tags appear, `<script>` never."""
    data = json.loads(export_timelinejs(hostile))
    fragments = [data["title"]["text"]["headline"], data["title"]["text"]["text"]]
    for slide in data["events"]:
        fragments += [slide["text"]["headline"], slide["text"]["text"], slide.get("group", "")]
    for fragment in fragments:
        assert _parse_html(fragment).tags <= {"p", "br", "ul", "li", "a", "q"}
    late = next(s for s in data["events"] if s["unique_id"] == "late-day")
    assert "&lt;script&gt;alert(1)&lt;/script&gt; 🚀" in late["text"]["text"]
    assert "&lt;i&gt;comments&lt;/i&gt;" in late["text"]["text"]


def test_timelinejs_links_only_web_sources(hostile: Timeline) -> None:
    """A source's http(s) address becomes a link; a relative path is not linked."""
    slides = {s["unique_id"]: s for s in json.loads(export_timelinejs(hostile))["events"]}
    parsed = _parse_html(slides["late-day"]["text"]["text"])
    assert parsed.hrefs == ["https://example.org/wire?a=1&b=2"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_format_passes_on_a_script_address(fmt: Any) -> None:
    """A `javascript:` address (built in code, past the store's check) appears nowhere."""
    source = Source("s", title="T", url="javascript:alert(1)")
    event = Event("e", PartialDate(2020), "x", sources=(Citation("s", "q"),))
    text = export_timeline(Timeline("T", sources=(source,), events=(event,)), fmt)
    if fmt == "json":
        assert json.loads(text)["events"][0]["sources"][0]["url"] == "javascript:alert(1)"
    else:
        assert "javascript" not in text


class _Text(HTMLParser):
    """The text content of an HTML fragment, entities decoded (like DOM `textContent`)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text = ""

    def handle_data(self, data: str) -> None:
        self.text += data


def _text_content(fragment: str) -> str:
    parser = _Text()
    parser.feed(fragment)
    parser.close()
    return parser.text


@pytest.mark.parametrize("tag", ["<img src=x onerror=alert(1)>", "R&D", "a &lt; b", "plain"])
def test_timelinejs_group_survives_decoding_then_html(tag: str) -> None:
    """TimelineJS strips markup from a group, then inserts it as HTML: the tag shows as written."""
    event = Event("e", PartialDate(2020), "x", tags=(tag,))
    timeline = Timeline("T", events=(event,))
    (slide,) = json.loads(export_timelinejs(timeline, group="tag"))["events"]
    as_inserted = _text_content(slide["group"])  # TimelineJS's stripMarkup
    assert _parse_html(as_inserted).tags == set()
    assert _text_content(as_inserted) == tag


def test_timelinejs_groups_by_first_tag(hostile: Timeline) -> None:
    """With `group="tag"` the first tag is the slide's group; untagged events have none."""
    exported = export_timelinejs(hostile, group="tag")
    slides = {s["unique_id"]: s for s in json.loads(exported)["events"]}
    assert slides["a-month"]["group"] == "spy"
    assert slides["late-day"]["group"] == "+plus"
    assert slides["late-day"]["text"]["headline"].startswith("=HYPERLINK(&quot;")
    assert "group" not in slides["whole-year"]


def test_timelinejs_has_no_groups_by_default(hostile: Timeline) -> None:
    """Without a chosen facet every slide sits in one row: no slide has a group."""
    slides = json.loads(export_timelinejs(hostile))["events"]
    assert all("group" not in slide for slide in slides)


def test_timelinejs_groups_by_first_source_name(hostile: Timeline) -> None:
    """With `group="source"` the group is the first cited source's title, outlet or file name."""
    events = (
        Event("a", PartialDate(2020), "x", sources=(Citation("s1"), Citation("s2"))),
        Event("b", PartialDate(2021), "y", sources=(Citation("s2"),)),
        Event("c", PartialDate(2022), "z"),
    )
    sources = (
        Source("s1", outlet="Daily <Wire>"),
        Source("s2", url="https://example.org/files/report-7.html"),
    )
    exported = export_timelinejs(Timeline("T", sources=sources, events=events), group="source")
    groups = {
        s["unique_id"]: _text_content(s.get("group", "")) for s in json.loads(exported)["events"]
    }
    assert groups == {"a": "Daily &lt;Wire&gt;", "b": "report-7.html", "c": ""}


def test_cli_groups_timelinejs_by_the_chosen_facet(events_file: Path) -> None:
    """`--group tag` groups slides by tag; an unknown facet is refused by click."""
    runner = CliRunner()
    result = runner.invoke(
        main, ["export", "--events", str(events_file), "-f", "timelinejs", "--group", "tag"]
    )
    assert result.exit_code == 0, result.output
    slides = {s["unique_id"]: s for s in json.loads(result.output)["events"]}
    assert slides["a-month"]["group"] == "spy"
    bad = runner.invoke(
        main, ["export", "--events", str(events_file), "-f", "timelinejs", "--group", "x"]
    )
    assert bad.exit_code == 2


# --- iCalendar ---------------------------------------------------------------------------


def _unfold(text: str) -> list[str]:
    """RFC 5545 §3.1: content lines, with continuation lines joined back."""
    assert text.endswith("\r\n")
    return text[:-2].replace("\r\n ", "").split("\r\n")


def _unescape(value: str) -> str:
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _vevents(text: str) -> list[dict[str, str]]:
    """Each VEVENT as {property name with parameters: raw value}."""
    events: list[dict[str, str]] = []
    current: dict[str, str] | None = None
    for line in _unfold(text):
        if line == "BEGIN:VEVENT":
            current = {}
        elif line == "END:VEVENT":
            assert current is not None
            events.append(current)
            current = None
        elif current is not None:
            name, _, value = line.partition(":")
            current[name] = value
    return events


def test_ics_lines_are_crlf_and_at_most_75_octets(hostile: Timeline) -> None:
    """Every physical line ends in CRLF, fits 75 octets and is whole UTF-8 on its own."""
    text = export_ics(hostile)
    raw = text.encode("utf-8")
    assert b"\n" not in raw.replace(b"\r\n", b"")
    lines = raw.split(b"\r\n")[:-1]
    assert any(line.startswith(b" ") for line in lines)  # something was folded
    for line in lines:
        assert len(line) <= 75
        line.decode("utf-8")  # a fold never splits a character


def test_ics_structure_nests_one_vevent_per_event(hostile: Timeline) -> None:
    """VCALENDAR wraps VEVENTs, each with UID, DTSTAMP, DTSTART and SUMMARY."""
    lines = _unfold(export_ics(hostile))
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    assert "VERSION:2.0" in lines and any(line.startswith("PRODID:") for line in lines)
    events = _vevents(export_ics(hostile))
    assert [e["UID"] for e in events] == [
        "whole-year@timeline",
        "a-month@timeline",
        "late-day@timeline",
    ]
    for event in events:
        assert {"DTSTAMP", "DTSTART;VALUE=DATE", "SUMMARY"} <= set(event)


@pytest.mark.parametrize(
    ("event_id", "dtstart", "dtend", "summary"),
    [
        ("whole-year", "20190101", "20190102", "A year-long affair (2019)"),
        ("a-month", "20200201", "20200202", "@everyone: a month that lasts (February 2020 – 2021)"),
        ("late-day", "20210304", "20210305", '=HYPERLINK("https://evil.example","click")'),
    ],
)
def test_ics_vague_or_long_events_are_one_day_with_their_span_in_the_summary(
    hostile: Timeline, event_id: str, dtstart: str, dtend: str, summary: str
) -> None:
    """A day is that day; a year, a month or a long range is one all-day entry on its first
    day (DTEND the next day) whose summary names its span, never a months-long block."""
    events = {e["UID"]: e for e in _vevents(export_ics(hostile))}
    event = events[f"{event_id}@timeline"]
    assert (event["DTSTART;VALUE=DATE"], event["DTEND;VALUE=DATE"]) == (dtstart, dtend)
    assert _unescape(event["SUMMARY"]) == summary


def test_ics_a_month_event_is_one_all_day_entry_on_its_first_day() -> None:
    """A month-precision event is not a 30-day block: one all-day entry on the 1st, the
    month named in its summary (iCalendar has no "some day in June")."""
    timeline = Timeline("T", events=(Event("m", PartialDate(2024, 6), "Talks"),))
    (event,) = _vevents(export_ics(timeline))
    assert (event["DTSTART;VALUE=DATE"], event["DTEND;VALUE=DATE"]) == ("20240601", "20240602")
    assert _unescape(event["SUMMARY"]) == "Talks (June 2024)"


@pytest.mark.parametrize(
    ("start", "end", "dtend", "in_summary"),
    [
        (PartialDate(2024, 6, 1), PartialDate(2024, 6, 3), "20240604", "June 1, 2024 – June 3"),
        (PartialDate(2024, 6, 1), PartialDate(2024, 6, 21), "20240622", "June 21, 2024"),
        (PartialDate(2024, 6, 1), PartialDate(2024, 6, 22), "20240602", "June 22, 2024"),
        (PartialDate(2024, 6, 1), PartialDate(2024, 9), "20240602", "September 2024"),
    ],
)
def test_ics_day_ranges_up_to_three_weeks_are_blocks(
    start: PartialDate, end: PartialDate, dtend: str, in_summary: str
) -> None:
    """A day-precise range of up to 21 days covers its days; a longer one is its first day."""
    timeline = Timeline("T", events=(Event("e", start, "Talks", end=end),))
    (event,) = _vevents(export_ics(timeline))
    assert (event["DTSTART;VALUE=DATE"], event["DTEND;VALUE=DATE"]) == ("20240601", dtend)
    assert _unescape(event["SUMMARY"]).startswith("Talks (")


def test_ics_text_is_escaped_and_reads_back(hostile: Timeline) -> None:
    """Commas, semicolons, backslashes and newlines are escaped; unescaping restores them."""
    events = {e["UID"]: e for e in _vevents(export_ics(hostile))}
    late = events["late-day@timeline"]
    assert _unescape(late["SUMMARY"]) == '=HYPERLINK("https://evil.example","click")'
    assert re.search(r"(?<!\\)[,;]", late["SUMMARY"]) is None
    description = _unescape(late["DESCRIPTION"])
    assert description.startswith(
        'First line, "quoted", with a comma.\nSecond line; <script>alert(1)</script> 🚀\n\n'
    )
    assert "https://example.org/wire?a=1&b=2" in description
    assert "javascript:" not in description
    assert late["URL"] == "https://example.org/wire?a=1&b=2"
    tags = re.split(r"(?<!\\),", late["CATEGORIES"])
    assert [_unescape(t) for t in tags] == ["+plus", "a,b;c", "Ünïcode"]


def test_ics_escapes_a_backslash_before_anything_else() -> None:
    """A literal backslash-n in a title stays two characters, not a line break."""
    timeline = Timeline("T", events=(Event("e", PartialDate(2020, 1, 1), "a\\nb; c"),))
    (event,) = _vevents(export_ics(timeline))
    assert event["SUMMARY"] == "a\\\\nb\\; c"
    assert _unescape(event["SUMMARY"]) == "a\\nb; c"


def test_ics_dtstamp_comes_from_the_newest_source_not_the_clock(hostile: Timeline) -> None:
    """DTSTAMP is the newest publication date (a year counts to its end), else 1970."""
    events = _vevents(export_ics(hostile))
    assert {e["DTSTAMP"] for e in events} == {"20221231T000000Z"}
    bare = Timeline("T", events=(Event("e", PartialDate(2020), "x"),))
    assert _vevents(export_ics(bare))[0]["DTSTAMP"] == "19700101T000000Z"
    assert export_ics(hostile) == export_ics(hostile)


def test_ics_the_last_representable_day_uses_a_duration() -> None:
    """An event ending 9999-12-31 has no next day, so its length is a DURATION instead."""
    far = Event("e", PartialDate(9999, 12, 20), "far", end=PartialDate(9999, 12, 31))
    (event,) = _vevents(export_ics(Timeline("T", events=(far,))))
    assert event["DTSTART;VALUE=DATE"] == "99991220"
    assert event["DURATION"] == "P12D"
    assert "DTEND;VALUE=DATE" not in event


def test_ics_folds_long_emoji_lines_between_characters() -> None:
    """A title of 4-byte emoji folds at character boundaries and unfolds to the original."""
    title = "🚀" * 60
    timeline = Timeline("T", events=(Event("e", PartialDate(2020, 1, 1), title),))
    text = export_ics(timeline)
    assert all(len(line.encode("utf-8")) <= 75 for line in text.split("\r\n"))
    (event,) = _vevents(text)
    assert event["SUMMARY"] == title


def test_ics_reads_back_in_an_independent_parser(hostile: Timeline) -> None:
    """The `icalendar` library parses the export without errors and gets the same facts."""
    icalendar = pytest.importorskip("icalendar")
    calendar = icalendar.Calendar.from_ical(export_ics(hostile))
    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    assert [e.errors for e in events.values()] == [[], [], []]
    late = events["late-day@timeline"]
    assert str(late["SUMMARY"]) == '=HYPERLINK("https://evil.example","click")'
    assert str(late["DESCRIPTION"]).startswith(
        'First line, "quoted", with a comma.\nSecond line; <script>alert(1)</script> 🚀'
    )
    assert [str(c) for c in late["CATEGORIES"].cats] == ["+plus", "a,b;c", "Ünïcode"]
    span = events["a-month@timeline"]
    assert (span["DTSTART"].dt, span["DTEND"].dt) == (dt.date(2020, 2, 1), dt.date(2020, 2, 2))


# --- all formats ---------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_is_deterministic_and_dispatches(hostile: Timeline, fmt: Any) -> None:
    """`export_timeline` gives the same text for the same timeline, twice."""
    assert export_timeline(hostile, fmt) == export_timeline(hostile, fmt)


def test_an_unknown_format_is_a_value_error(hostile: Timeline) -> None:
    """Asking for a format that does not exist names the ones that do."""
    with pytest.raises(ValueError, match="choose from json, csv, timelinejs, ics"):
        export_timeline(hostile, "xml")  # type: ignore[arg-type]


def test_an_empty_timeline_exports_in_every_format() -> None:
    """A timeline with no events still gives a valid, parseable file in each format."""
    empty = Timeline("Empty")
    assert json.loads(export_json(empty))["events"] == []
    assert _csv_rows(export_csv(empty)) == []
    assert json.loads(export_timelinejs(empty))["events"] == []
    assert _vevents(export_ics(empty)) == []


# --- the command -------------------------------------------------------------------------


def _run(args: list[str], cwd: Path) -> Any:
    runner = CliRunner()
    old = Path.cwd()
    os.chdir(cwd)
    try:
        result = runner.invoke(main, ["export", *args])
    finally:
        os.chdir(old)
    assert result.exception is None or isinstance(result.exception, SystemExit)
    return result


@pytest.mark.parametrize("fmt", FORMATS)
def test_cli_writes_each_format_to_stdout(events_file: Path, fmt: Any) -> None:
    """`timeline export --format F` prints exactly what the library produces."""
    result = _run(["--format", fmt], events_file.parent)
    assert result.exit_code == 0, result.stderr
    assert result.stdout_bytes == export_timeline(load_timeline(events_file), fmt).encode()


def test_cli_writes_a_file_with_crlf_kept(events_file: Path) -> None:
    """`-o FILE` writes the file byte for byte (CSV keeps CRLF) and says so."""
    result = _run(["--events", str(events_file), "-f", "csv", "-o", "out.csv"], events_file.parent)
    assert result.exit_code == 0, result.stderr
    written = (events_file.parent / "out.csv").read_bytes()
    assert written == export_csv(load_timeline(events_file)).encode("utf-8")
    assert result.stdout == "Wrote out.csv (csv)\n"


@pytest.mark.parametrize(("name", "fmt"), [("t.ics", "ics"), ("t.CSV", "csv"), ("t.json", "json")])
def test_cli_takes_the_format_from_the_output_suffix(
    events_file: Path, name: str, fmt: Any
) -> None:
    """Without --format, a .json, .csv or .ics output name chooses the format."""
    result = _run(["-o", name], events_file.parent)
    assert result.exit_code == 0, result.stderr
    written = (events_file.parent / name).read_bytes()
    assert written == export_timeline(load_timeline(events_file), fmt).encode()


def test_cli_without_a_format_says_how_to_choose(events_file: Path) -> None:
    """No --format and no telling suffix: one line naming the formats, exit 1."""
    result = _run([], events_file.parent)
    assert result.exit_code == 1
    assert (
        result.stderr
        == "Error: choose a format with --format (json, csv, timelinejs, ics, atom, rss)\n"
    )


def test_cli_reports_every_problem_of_a_bad_file(tmp_path: Path) -> None:
    """A broken events.yaml prints its problems like `timeline check`, nothing else, exit 1."""
    (tmp_path / "events.yaml").write_text(
        "title: T\nevents:\n  - id: a\n    date: 12/03\n    title: A\n    tags: x\n",
        encoding="utf-8",
    )
    result = _run(["--format", "json"], tmp_path)
    assert result.exit_code == 1
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines[-1] == "2 problems found"
    assert all(line.startswith("events.yaml:") for line in lines[:-1])
    assert "Traceback" not in result.stderr


def test_cli_reports_a_missing_file_in_one_line(tmp_path: Path) -> None:
    """A missing events file is one `Error:` line and exit 1."""
    result = _run(["--events", "nope.yaml", "-f", "ics"], tmp_path)
    assert (result.exit_code, result.stderr) == (1, "Error: nope.yaml: no such file\n")


def test_cli_help_shows_an_example() -> None:
    """`timeline export --help` lists the formats and an example command line."""
    result = CliRunner().invoke(main, ["export", "--help"])
    assert result.exit_code == 0
    assert "timeline export --format csv -o events.csv" in result.stdout
    assert "json|csv|timelinejs|ics" in result.stdout


def test_the_example_timeline_exports_in_every_format() -> None:
    """The repository's own events.yaml exports cleanly in each format."""
    example = Path(__file__).resolve().parents[1] / "events.yaml"
    timeline = load_timeline(example)
    data = json.loads(export_json(timeline))
    assert len(data["events"]) == len(timeline.events)
    days = [e["start"] for e in data["events"]]
    assert days == sorted(days)
    assert len(_csv_rows(export_csv(timeline))) == len(timeline.events)
    assert len(_vevents(export_ics(timeline))) == len(timeline.events)
    assert all(dt.date.fromisoformat(e["end_day"]) for e in data["events"])
