"""Property tests over hostile events.yaml files and articles (Hypothesis).

For every generated input: no traceback, a bounded time, and the rule of issue 8 — a file
`timeline check` accepts renders to real files and exports in every format; a file
`timeline extract` writes is one `check` accepts. The examples are derandomized and few,
so the suite stays fast and reproducible; to search longer, set `FUZZ_EXAMPLES=2000` and
`FUZZ_RANDOM=1` (new examples each run).
"""

from __future__ import annotations

import math
import os
import tempfile
import time
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner, Result
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from timeline.cli import main
from timeline.export import FORMATS, export_timeline
from timeline.project import write_rendered
from timeline.store import parse_timeline

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "40"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,  # time is asserted per example below, against a generous bound
    derandomize="FUZZ_RANDOM" not in os.environ,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

HOSTILE = [
    "",
    " ",
    "\n",
    "a\n",
    "２０２４",
    "٢٠٢٤",
    "0000",
    "2024-02-30",
    "http://[::1",
    "http://[::1]/",
    "//evil.example/x",
    " //evil.example/x",
    "javascript:alert(1)",
    '=HYPERLINK("http://x","y")',
    "\0=1+1",
    "\x1b[2J",
    "\u202eexe.txt",
    "<script>alert(1)</script>",
    "{{ config }}",
    "{% raw %}",
    "*a*",
    "[x](javascript:1)",
    "x" * 300,
    "Ab" * 150,
    "é" * 200,
    "😀",
    "9" * 40,
    "-",
    "index",
    "..",
    "a/b",
    "~",
    "null",
    "yes",
]
"""Values that broke, or could break, a stage after `check` (issue 8 and its cousins)."""

_text = st.one_of(st.sampled_from(HOSTILE), st.text(max_size=30))
_slug = st.from_regex(r"\A[a-z0-9](?:[a-z0-9._-]{0,20}[a-z0-9])?\Z", fullmatch=True)
_date = st.one_of(
    st.dates().map(lambda d: d.isoformat()),
    st.dates().map(lambda d: d.isoformat()[:7]),
    st.integers(1, 9999).map(lambda y: f"{y:04d}"),
    st.integers(1000, 9999),
)
_url = st.one_of(
    st.sampled_from(["https://example.org/a?b=1&c=2", "HTTP://EXAMPLE.ORG", "a/b.html"]),
    _text,
)
_scalar = st.one_of(_text, st.integers(-5, 10**20), st.booleans(), st.none())


def _maybe(strategy: st.SearchStrategy[Any], valid: st.SearchStrategy[Any]) -> Any:
    """Mostly a valid value, sometimes a hostile one."""
    return st.one_of(valid, valid, valid, strategy)


_SOURCE_FIELDS = {
    "title": _text,
    "outlet": _text,
    "url": _url,
    "published": _date,
    "language": st.sampled_from(["en", "pt-BR", "zh-Hant"]),
}


@st.composite
def _events_yaml(draw: st.DrawFn) -> str:
    """An events.yaml: valid, then (half the time) one value made hostile, and now and then
    mangled as text, so that many files pass `check` and many only just fail it."""
    source_ids = draw(st.lists(_slug, max_size=3, unique=True))
    sources: list[dict[str, Any]] = []
    for source_id in source_ids:
        source: dict[str, Any] = {"id": source_id}
        for key, value in _SOURCE_FIELDS.items():
            if draw(st.booleans()):
                source[key] = draw(value)
        sources.append(source)
    events: list[dict[str, Any]] = []
    for event_id in draw(st.lists(_slug, max_size=4, unique=True)):
        event: dict[str, Any] = {
            "id": event_id,
            "date": draw(_date),
            "title": draw(
                st.one_of(st.sampled_from(HOSTILE), st.text(max_size=40)).filter(str.strip)
            ),
        }
        if draw(st.booleans()):
            event["text"] = draw(_text)
        if draw(st.booleans()):
            event["tags"] = draw(st.lists(_text.filter(str.strip), max_size=4, unique=True))
        if source_ids and draw(st.booleans()):
            cited = draw(st.sampled_from(source_ids))
            citation = {"source": cited, "quote": draw(_text), "start": draw(st.integers(0, 10**6))}
            event["sources"] = [draw(st.sampled_from([cited, citation]))]
        if draw(st.booleans()):
            event["end"] = "9999"
        events.append(event)
    document: dict[str, Any] = {"title": "T", "sources": sources, "events": events}
    if draw(st.booleans()):  # one hostile value anywhere
        targets: list[dict[str, Any]] = [document, *sources, *events]
        target = draw(st.sampled_from(targets))
        key = draw(st.sampled_from([*sorted(target), "id", "date", "url", "tags", "start"]))
        target[key] = draw(st.one_of(_scalar, st.lists(_scalar, max_size=3)))
    text = yaml.safe_dump(document, allow_unicode=True, sort_keys=False, width=math.inf)
    if draw(st.integers(0, 5)) == 0:  # mangle: insert YAML syntax somewhere
        at = draw(st.integers(0, len(text)))
        piece = draw(st.sampled_from(["[", "{", "*a", "&a ", "!!python/object ", '"', "\t", ":"]))
        text = text[:at] + piece + text[at:]
    return text


def _no_traceback(result: Result) -> None:
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        result.output,
        result.exception,
    )
    assert "Traceback" not in result.output


def _builds(events: Path) -> None:
    """The file renders to real files and exports in every format."""
    out = events.parent / "out"
    for rel in write_rendered(events, out):
        assert (out / rel).is_file()
    timeline, problems = parse_timeline(events.read_bytes(), str(events))
    assert timeline is not None and problems == []
    for fmt in FORMATS:
        assert export_timeline(timeline, fmt)


_KNOWN_YAML = (
    "title: T\nsources:\n  - id: s\n    url: {url}\n"
    "events:\n  - id: e\n    date: {date}\n    title: T\n    tags: [{tag}]\n    sources: [s]\n"
)
"""Issue 8's values that passed `check` and broke a later stage, always among the examples."""


@FUZZ
@given(_events_yaml())
@example(_KNOWN_YAML.format(url='"http://[::1"', date="2024", tag="t"))
@example(_KNOWN_YAML.format(url="https://x.example", date="2024", tag="x" * 300))
@example(_KNOWN_YAML.format(url="https://x.example", date='"２０２４"', tag="t"))
@example(
    _KNOWN_YAML.format(url="https://x.example", date="2024", tag="t").replace(
        "sources: [s]", "sources:\n      - source: s\n        start: " + "9" * 5000
    )
)
def test_check_accepted_files_render_and_export(text: str) -> None:
    """Any events.yaml: `check` answers in bounded time without a traceback, and when it
    accepts the file, the site renders and every export works."""
    with tempfile.TemporaryDirectory() as folder:
        events = Path(folder) / "events.yaml"
        events.write_text(text, encoding="utf-8")
        started = time.perf_counter()
        result = CliRunner().invoke(main, ["check", str(events)])
        assert time.perf_counter() - started < 5
        _no_traceback(result)
        if result.exit_code == 0:
            _builds(events)


@FUZZ
@given(st.text(max_size=400))
@example(
    "title: T\nevents:\n  - id: e\n    date: 2024\n    title: T\n    sources:\n"
    "      - source: s\n        end: " + "1" * 4301
)
def test_any_text_as_events_yaml_is_answered(text: str) -> None:
    """Arbitrary text (controls, surrogate-free Unicode, YAML syntax) never crashes `check`."""
    _, problems = parse_timeline(text.encode("utf-8", "surrogatepass"))
    assert all(str(problem) for problem in problems)


_sentence = st.sampled_from(
    [
        "The pact was signed on June 19, 2024 in the capital.",
        "Talks began in 1961 and ended in March 2000.",
        "Last Monday the ministers met again.",
        "On 2024-06-18 the summit opened, officials said.",
        "Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu signed it "
        "on June 20, 2024.",
        "El acuerdo se firmó el 19 de junio de 2024.",
    ]
)
_noise = st.sampled_from(["\0", "\x1b[2J", "\x85", "\u2028", "\u202e", "=", "**", "<b>", "\t"])


@st.composite
def _article(draw: st.DrawFn) -> tuple[str, bytes]:
    """(file name, bytes): a .md with hostile front matter, a .txt or an .html page."""
    paragraphs = []
    for _ in range(draw(st.integers(1, 4))):
        words = draw(st.lists(st.one_of(_sentence, _noise, _text), min_size=1, max_size=5))
        paragraphs.append(" ".join(words))
    body = "\n\n".join(paragraphs)
    kind = draw(st.sampled_from(["md", "txt", "html"]))
    if kind == "md":
        front: dict[str, Any] = {}
        for key in ("title", "published", "url", "outlet", "lang", "extra"):
            if draw(st.booleans()):
                front[key] = draw(_maybe(_scalar, _text))
        head = yaml.safe_dump(front, allow_unicode=True, width=math.inf) if front else ""
        if draw(st.integers(0, 3)) == 0:
            head += draw(
                st.sampled_from(
                    ["x: &a [1]\ny: *a\n", "z: " + "[" * 40 + "\n", "t: !!binary aGk=\n", "\x01"]
                )
            )
        text = f"---\n{head}---\n{body}\n"
    elif kind == "html":
        title = draw(_text).replace("<", "")
        text = f"<html><head><title>{title}</title></head><body><p>{body}</p></body></html>"
    else:
        text = body
    return f"article.{kind}", text.encode("utf-8", "surrogatepass")


_STORY = b"The pact was signed on June 19, 2024 in the capital. Both sides agreed.\n"


@FUZZ
@given(_article())
@example(("a.html", b"<html><body><p>\x1b[2J " + _STORY + b"</p></body></html>"))
@example(("a.md", b"---\ntitle: a\x01b\n---\n" + _STORY))
@example(("a.md", b"---\ntitle: " + b"[" * 3000 + b"\n---\n" + _STORY))
@example(("a.md", b"---\nurl: http://[::1\n---\n" + _STORY))
def test_extract_never_crashes_and_writes_what_check_accepts(article: tuple[str, bytes]) -> None:
    """Any article: `extract` ends in bounded time without a traceback or an internal
    error, and the events.yaml it writes passes `check`, renders and exports."""
    name, data = article
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        events = Path(folder) / "events.yaml"
        started = time.perf_counter()
        result = CliRunner().invoke(
            main, ["extract", str(path), "-o", str(events), "--published", "2024-06-20"]
        )
        assert time.perf_counter() - started < 20
        _no_traceback(result)
        assert "cannot extract" not in result.output  # an internal error
        if events.exists():
            check = CliRunner().invoke(main, ["check", str(events)])
            assert check.exit_code == 0, check.output
            _builds(events)


@pytest.mark.slow
@settings(max_examples=3, deadline=None, derandomize=True, database=None)
@given(_events_yaml().filter(lambda text: not parse_timeline(text)[1]))
@example(_KNOWN_YAML.format(url="https://x.example", date="2024", tag="Ab" * 150))
def test_check_accepted_files_build_with_mkdocs(text: str) -> None:
    """A few accepted files through a real `mkdocs build --strict` with the plugin."""
    from conftest import make_plugin_project, run_mkdocs_build

    with tempfile.TemporaryDirectory() as folder:
        project = make_plugin_project(Path(folder))
        (project / "events.yaml").write_text(text, encoding="utf-8")
        build = run_mkdocs_build(project)
        assert build.returncode == 0, build.stderr[-3000:]
