"""The generator's side of issue 12: axis data, weights, media figures, era headers, share
cards; and the plugin's Open Graph tags and media check in a real `mkdocs build --strict`."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from timeline.generate import (
    DATA_SCRIPT,
    PARTS_FOLDER,
    axis_files,
    axis_script,
    plan_pages,
    render_pages,
    share_metadata,
)
from timeline.generate._axis import SOURCES_SCRIPT, axis_data, importance, span_days, weights
from timeline.generate._links import Links
from timeline.model import Citation, Era, Event, Media, PartialDate, Source, Timeline

SCRIPT_TEXT = "<script>alert(1)</script>"


def _data(timeline: Timeline, **options: object) -> dict[str, list[list[object]]]:
    text = axis_script(timeline, **options)  # type: ignore[arg-type]
    prefix = "window.timelineAxisData = "
    assert text.startswith(prefix) and text.endswith(";\n")
    return json.loads(text[len(prefix) : -2])  # type: ignore[no-any-return]


def _event(event_id: str, date: str, *, end: str | None = None, n_sources: int = 0) -> Event:
    return Event(
        event_id,
        PartialDate.parse(date),
        f"Title of {event_id}",
        end=PartialDate.parse(end) if end else None,
        sources=tuple(Citation(f"s{i}") for i in range(n_sources)),
    )


@pytest.mark.parametrize(
    ("date", "end", "days"),
    [
        ("1970-01-01", None, (0, 1)),
        ("1970-02", None, (31, 59)),
        ("1971", None, (365, 730)),
        ("1969-12-31", "1970-01-02", (-1, 2)),
        ("2024-06", "2024-07-15", (19875, 19920)),
    ],
)
def test_an_event_spans_its_own_precision(
    date: str, end: str | None, days: tuple[int, int]
) -> None:
    """A day is one day, a month its month, a year its year, a range its range (end-exclusive)."""
    assert span_days(PartialDate.parse(date), PartialDate.parse(end) if end else None) == days


def test_importance_is_the_extractors_top_score() -> None:
    """Distinct sources count one each; a second citation of the same source a half."""
    event = Event(
        "e", PartialDate(2024), "E", sources=(Citation("a"), Citation("a"), Citation("b"))
    )
    assert importance(event) == 2.5


def test_key_events_weigh_more_and_equal_events_weigh_the_same() -> None:
    """The best-sourced tenth weighs 3; with every score equal, every event weighs 1."""
    events = [_event(f"e{i}", "2024", n_sources=1) for i in range(9)]
    assert set(weights(events).values()) == {1}
    heavy = _event("key", "2024", n_sources=4)
    middle = [_event(f"m{i}", "2024", n_sources=2) for i in range(2)]
    found = weights([*events, heavy, *middle])
    assert found["key"] == 3 and found["m0"] == 2 and found["e0"] == 1


def test_axis_data_links_each_event_to_its_card_and_carries_eras() -> None:
    """Each event points at its period page (as a URL from the site root) and its anchor."""
    timeline = Timeline(
        title="T",
        events=(_event("a", "2024-06-19"), _event("b", "1961")),
        eras=(Era("Sixties", PartialDate(1960), PartialDate(1969)),),
    )
    data = _data(timeline)
    assert data["pages"] == ["years/1961/", "years/2024/"]
    assert [e[0] for e in data["events"]] == ["b", "a"]
    assert [data["pages"][e[5]] for e in data["events"]] == ["years/1961/", "years/2024/"]
    assert data["eras"] == [["Sixties", *span_days(PartialDate(1960), PartialDate(1969))]]
    assert _data(timeline, directory_urls=False)["pages"] == ["years/1961.html", "years/2024.html"]


def test_axis_data_keeps_text_plain_and_cannot_close_its_script() -> None:
    """Titles stay plain text in the data (the script escapes when it draws); JSON keeps a
    `</script>` in a title inert because the data is its own file, not an inline script."""
    timeline = Timeline(title="T", events=(Event("x", PartialDate(2024), SCRIPT_TEXT),))
    assert _data(timeline)["events"][0][4] == SCRIPT_TEXT


def _script_value(text: str, prefix: str) -> object:
    assert text.startswith(prefix) and text.endswith(";\n")
    return json.loads(text[len(prefix) : -2])


def test_a_big_timeline_s_axis_data_comes_in_parts_with_a_histogram() -> None:
    """Past the inline limit, the data file holds no events but where each part starts and
    ends and a histogram of every event; the parts hold every row once, in date order."""
    events = tuple(_event(f"e{i}", f"{1900 + i // 12}-{i % 12 + 1:02d}") for i in range(50))
    timeline = Timeline(title="T", events=events[::-1])
    plans = plan_pages(timeline)
    files = axis_data(timeline, plans, Links(True), inline=20, part=15)
    parts = [f"{PARTS_FOLDER}{n}.js" for n in range(4)]
    assert list(files) == [DATA_SCRIPT, SOURCES_SCRIPT, *parts]
    data = _script_value(files[DATA_SCRIPT], "window.timelineAxisData = ")
    assert isinstance(data, dict) and "events" not in data and "sources" not in data
    rows = []
    for n in range(4):
        prefix = f"(window.timelineAxisParts = window.timelineAxisParts || {{}})[{n}] = "
        part = _script_value(files[f"{PARTS_FOLDER}{n}.js"], prefix)
        assert isinstance(part, list)
        assert data["parts"][n] == [part[0][1], max(r[2] for r in part), len(part)]
        rows += part
    whole = _script_value(
        axis_data(timeline, plans, Links(True))[DATA_SCRIPT], "window.timelineAxisData = "
    )
    assert isinstance(whole, dict) and rows == whole["events"]
    histogram = data["histogram"]
    assert sum(histogram["counts"]) == 50 and histogram["from"] == rows[0][1]
    for row in rows:
        assert histogram["counts"][(row[1] - histogram["from"]) // histogram["step"]] > 0


def test_axis_files_stay_small_at_a_hundred_thousand_events() -> None:
    """No axis file of a 100,000-event timeline comes near the 2 MB a page may weigh."""
    events = tuple(
        Event(f"event-{i}", PartialDate(1900 + i % 125, i % 12 + 1, i % 28 + 1), f"Event {i}")
        for i in range(100_000)
    )
    files = axis_files(Timeline(title="T", events=events))
    assert len(files) == 1 + 1 + 50
    assert max(len(text.encode("utf-8")) for text in files.values()) < 500_000


def test_a_big_timeline_s_sources_wait_in_their_own_file() -> None:
    """Past the inline limit, the sources' ids and names (most of the data file's bytes with
    thousands of sources) are a file of their own, in the order the rows index them, which
    the script loads only for a source filter; the main data file stays small."""
    n = 6_000
    sources = tuple(Source(f"source-{i:05d}", outlet=f"Outlet number {i}") for i in range(n))
    cite = [(Citation(f"source-{i:05d}"),) for i in range(n)]
    events = tuple(
        Event(f"e{i}", PartialDate(1900 + i % 120), f"E {i}", sources=cite[i]) for i in range(n)
    )
    timeline = Timeline(title="T", sources=sources, events=events)
    files = axis_data(timeline, plan_pages(timeline), Links(True))
    named = _script_value(files[SOURCES_SCRIPT], "window.timelineAxisSources = ")
    assert isinstance(named, list) and len(named) == n
    assert named[7] == ["source-00007", "Outlet number 7"]
    assert len(files[DATA_SCRIPT].encode("utf-8")) < 100_000
    prefix = "(window.timelineAxisParts = window.timelineAxisParts || {})[0] = "
    row = _script_value(files[f"{PARTS_FOLDER}0.js"], prefix)[0]  # type: ignore[index]
    assert named[row[8][0]][0] == f"source-{int(row[0][1:]):05d}"


def test_every_page_with_cards_has_an_axis_and_the_home_page_too() -> None:
    """The home page and each period page carry the axis container, pointing at the data."""
    timeline = Timeline(title="T", events=(_event("a", "2024-06-19"), _event("b", "1961")))
    pages = render_pages(timeline)
    assert 'data-src="assets/timeline-data.js"' in pages["index.md"]
    assert 'data-src="../../assets/timeline-data.js"' in pages["years/2024.md"]
    assert 'data-from="19723" data-to="20089"' in pages["years/2024.md"]


def test_media_figure_is_lazy_has_alt_and_escapes_its_text() -> None:
    """The figure's image loads lazily, carries its alt text, and shows hostile text as text;
    a path under docs/ is linked from the page (and across a plugin prefix)."""
    media = Media("images/a.png", alt=f'A "photo" {SCRIPT_TEXT}', caption=SCRIPT_TEXT)
    event = Event("a", PartialDate(2024, 6, 19), "A", media=media)
    page = render_pages(Timeline(title="T", events=(event,)))["years/2024.md"]
    assert (
        '<img src="../../images/a.png" alt="A &quot;photo&quot; '
        '&lt;script&gt;alert(1)&lt;/script&gt;" loading="lazy" decoding="async">'
    ) in page
    assert '<figcaption><span dir="auto">&lt;script&gt;alert(1)&lt;/script&gt;</span>' in page
    prefixed = render_pages(Timeline(title="T", events=(event,)), prefix="timeline")
    assert '<img src="../../../images/a.png"' in prefixed["years/2024.md"]


def test_an_era_header_stands_before_its_first_card_on_each_page() -> None:
    """Cards inside an era follow one header naming it; cards outside follow none."""
    timeline = Timeline(
        title="T",
        events=(_event("a", "2024-01-05"), _event("b", "2024-06-01"), _event("c", "2024-06-02")),
        eras=(Era(SCRIPT_TEXT, PartialDate(2024, 6), PartialDate(2024, 7)),),
    )
    page = render_pages(timeline)["years/2024.md"]
    assert page.count('<p class="tl-era">') == 1
    assert page.index('<p class="tl-era">') < page.index('id="b"')
    assert page.index('id="a"') < page.index('<p class="tl-era">')
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_share_cards_describe_each_page_and_pick_its_first_image() -> None:
    """Home, period and tag pages get a short description and their first event image."""
    events = (
        Event("a", PartialDate(2024, 1), "First", tags=("x",)),
        Event("b", PartialDate(2024, 2), "Second", tags=("x",), media=Media("i/b.png", "B")),
    )
    cards = share_metadata(Timeline(title="T", description="About it.", events=events))
    assert cards["index.md"].description == "About it."
    assert cards["index.md"].image == "i/b.png"
    assert cards["years/2024.md"].description == "2 events: First; Second"
    assert cards["tags/x.md"].image == "i/b.png"
    long = Timeline(title="T", events=tuple(_event(f"e{i}", "2024") for i in range(40)))
    assert len(share_metadata(long)["years/2024.md"].description) <= 200


SHARE_YML = """\
site_name: Share test
site_url: https://example.org/tl/
theme:
  name: material
  font: false
plugins:
  - timeline
"""


@pytest.mark.slow
def test_built_pages_carry_open_graph_and_twitter_tags(tmp_path: Path, mkdocs_build) -> None:  # type: ignore[no-untyped-def]
    """Each generated page has escaped og:/twitter: tags; its image is made absolute."""
    (tmp_path / "docs" / "img").mkdir(parents=True)
    (tmp_path / "docs" / "img" / "a.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / "mkdocs.yml").write_text(SHARE_YML, encoding="utf-8")
    (tmp_path / "events.yaml").write_text(
        "title: T\nevents:\n  - id: a\n    date: 2024-06-19\n"
        f'    title: "{SCRIPT_TEXT} & more"\n'
        "    media: {url: img/a.png, alt: A picture}\n",
        encoding="utf-8",
    )
    result = mkdocs_build(tmp_path)
    assert result.returncode == 0, result.stderr
    page = (tmp_path / "site" / "years" / "2024" / "index.html").read_text(encoding="utf-8")
    tags = dict(
        re.findall(r'<meta (?:property|name)="((?:og|twitter):[a-z_]+)" content="([^"]*)"', page)
    )
    assert tags["og:image"] == "https://example.org/tl/img/a.png"
    assert tags["twitter:card"] == "summary_large_image"
    assert tags["og:url"] == "https://example.org/tl/years/2024/"
    assert html.unescape(tags["og:description"]) == f"1 event: {SCRIPT_TEXT} & more"
    assert SCRIPT_TEXT not in page.split("</head>")[0]


@pytest.mark.slow
def test_a_missing_image_under_docs_fails_a_strict_build(tmp_path: Path, mkdocs_build) -> None:  # type: ignore[no-untyped-def]
    """An image path naming no file under docs/ is a warning naming the event: --strict fails."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text(SHARE_YML, encoding="utf-8")
    (tmp_path / "events.yaml").write_text(
        "title: T\nevents:\n  - id: a\n    date: 2024\n    title: A\n"
        "    media: {url: img/gone.png, alt: Gone}\n",
        encoding="utf-8",
    )
    result = mkdocs_build(tmp_path)
    assert result.returncode != 0
    assert "event 'a': media: url: no file docs/img/gone.png" in result.stderr


def test_the_copy_button_adds_no_words_to_the_page_text() -> None:
    """The button's words come from the script, so the search index does not hold
    "Copy link" once per card; its accessible name still names the event."""
    page = render_pages(Timeline(title="T", events=(_event("a", "2024-06-19"),)))["years/2024.md"]
    assert 'aria-label="Copy link: Title of a" hidden></button>' in page
    assert 'data-label="Copy link"' in page
