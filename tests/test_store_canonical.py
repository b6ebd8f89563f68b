"""Items in the dumper's layout are read without YAML: the same timeline and the same
messages as composing them, on written files and on every small edit of one."""

from __future__ import annotations

import pytest

from timeline.model import Citation, Event, Media, PartialDate, Source, Timeline
from timeline.store import _parse as parse_module
from timeline.store import dump_timeline, parse_timeline
from timeline.store._canonical import read_event, read_source
from timeline.store._chunks import split_lists


def _timeline() -> Timeline:
    """Values of every shape the dumper writes: plain, quoted with escapes, blocks, flow
    tags that need quotes, bare and full citations, old years, optional keys."""
    sources = (
        Source(id="ap-1", title="Wire report", outlet="AP", url="https://example.org/a?b=c#d"),
        Source(
            id="b.2",
            title='Quoted "title": with a colon',
            outlet="Outlet\nover two lines",
            published=PartialDate(2024, 2, 29),
            language="pt-BR",
        ),
        Source(id="c3", title="yes", url="docs/local.html", published=PartialDate(476)),
        Source(id="d4", title="Ünïcödé — ‘quotes’ 😀 \u2028 end", language="en"),
        Source(id="e5"),
        Source(id="1961", title="An id YAML would read as a number: quoted"),
    )
    events = (
        Event(
            id="first",
            date=PartialDate(2024, 6),
            end=PartialDate(2024, 7, 1),
            title="A title # not a comment",
            text="Line one\n\nline three, after a blank line\n  indented",
            tags=("Politics", "a, b", "O'Brien", "x: y", "2024", "null"),
            sources=(
                Citation("ap-1", quote='He said: "no".\tTabbed', start=0, end=12),
                Citation("b.2"),
                Citation("c3", quote="One line"),
                Citation("d4", start=5),
            ),
            importance=2.5,
            extracted="0123456789ab",
        ),
        Event(
            id="second",
            date=PartialDate(476),
            title="true",
            status="planned",
            review=True,
            locked=True,
            importance=3,
            sources=(Citation("e5", quote="- dash first", end=7), Citation("1961")),
        ),
        Event(id="3rd", date=PartialDate(1961), title="Only a title", text=" leading space"),
        Event(
            id="media",
            date=PartialDate(2000),
            title="With media",
            media=Media(url="https://example.org/x.png", alt="Alt"),
        ),
        Event(
            id="multi-line-quote",
            date=PartialDate(2001),
            title="A quote over two lines",
            sources=(Citation("c3", quote="Multi\nline quote"),),
        ),
    )
    return Timeline(title="T", sources=sources, events=events)


def _without_canonical(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parse_module, "read_event", lambda text: None)
    monkeypatch.setattr(parse_module, "read_source", lambda text: None)


def _yaml_reading(text: str) -> object:
    with pytest.MonkeyPatch.context() as patch:
        _without_canonical(patch)
        return parse_timeline(text)


def test_a_written_file_reads_the_same_without_yaml() -> None:
    """Every item the dumper writes in its usual layout is read here, to the same timeline."""
    timeline = _timeline()
    text = dump_timeline(timeline)
    split = split_lists(text)
    assert split is not None
    read = [read_source(c.text) for c in split.lists["sources"]]
    read += [read_event(c.text) for c in split.lists["events"]]
    assert [r is not None for r in read] == [True] * 9 + [False] * 2  # rare shapes: YAML
    assert parse_timeline(text) == (timeline, [])
    assert parse_timeline(text) == _yaml_reading(text)


def _edits(line: str) -> list[str]:
    """Small edits of one line: characters YAML gives meaning to, put in several places."""
    out = [line + " ", line + " # note", line.replace(": ", ":  ", 1), line.replace(": ", ":", 1)]
    out += [" " + line, line[1:], line + ":", line.replace(" ", "\t", 1)]
    for at in sorted({len(line) // 2, len(line) - 1, line.find(": ") + 2}):
        for piece in ("#", ": ", " #", '"', "'", "\\", "*", "&a ", "[", "]", ",", "{", "\u0085"):
            out.append(line[:at] + piece + line[at:])
    return out


def test_every_small_edit_reads_as_yaml_reads_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever an edit does to an item (breaks it, changes a value, makes it YAML's own
    business), the file gives the same timeline and the same located messages as before."""
    text = dump_timeline(_timeline())
    lines = text.split("\n")
    start = lines.index("sources:")
    compared = 0
    for number in range(start + 1, len(lines)):
        for edited in [*_edits(lines[number]), ""]:
            changed = "\n".join([*lines[:number], edited, *lines[number + 1 :]])
            assert parse_timeline(changed) == _yaml_reading(changed), (number, edited)
            compared += 1
    swapped = lines[:]
    for number in range(start + 2, len(lines)):  # neighbouring lines in the other order
        swapped = [*lines[: number - 1], lines[number], lines[number - 1], *lines[number + 1 :]]
        changed = "\n".join(swapped)
        assert parse_timeline(changed) == _yaml_reading(changed), number
        compared += 1
    assert compared > 1000


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("    title: yes", "a plain word YAML 1.1 reads as a boolean"),
        ("    title: 2024", "a plain number"),
        ("    title: null", "a plain null"),
        ("    extracted: ~", "a plain null"),
        ("    date: 2024-02-30", "a day that does not exist"),
        ('    title: "\\ud800"', "a surrogate half escaped"),
        ("    title: a: b", "a nested mapping"),
        ("    tags: [a, a]", "a duplicate tag"),
        ("    tags: [a,b]", "a flow list YAML reads differently"),
        ("    importance: 1e3", "a number written with an exponent"),
        ("    review: yes", "a boolean written as a word"),
        ("    status: done", "an unknown status"),
    ],
)
def test_what_the_validator_would_report_is_left_to_yaml(line: str, why: str) -> None:
    """A value that is not what it looks like, or that has a problem, is not read here."""
    rows = {"date": "    date: 2024", "title": "    title: T"}
    rows[line.split(":")[0].strip()] = line
    text = "\n".join(["  - id: x", *rows.values()])
    assert read_event("  - id: x\n    date: 2024\n    title: T\n    extracted: fine") is not None
    assert read_event(text) is None, why
