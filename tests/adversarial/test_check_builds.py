"""Whatever `timeline check` accepts builds, renders and exports; the editor schema agrees.

One table of single values, each put into an otherwise valid events.yaml, goes to the
validator and to the JSON Schema (as an editor reads the file); both must give the same
verdict, and every accepted file must render to real files and export in every format.
"""

from __future__ import annotations

import json
import math
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from click.testing import CliRunner

from timeline.cli import main
from timeline.export import FORMATS, export_timeline
from timeline.project import write_rendered
from timeline.store import load_timeline, parse_timeline
from timeline.store._suggest import NearestNames
from timeline.store.schema import schema_path


class _Yaml12Loader(yaml.SafeLoader):
    """Reads dates as strings, like the YAML 1.2 language server in editors does."""


_Yaml12Loader.add_constructor(
    "tag:yaml.org,2002:timestamp",
    lambda loader, node: loader.construct_scalar(node),  # type: ignore[arg-type]
)


@contextmanager
def _long_numbers() -> Iterator[None]:
    """Let Python turn numbers of thousands of digits into text and back (for the table)."""
    before = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)
    try:
        yield
    finally:
        sys.set_int_max_str_digits(before)


def _yaml(value: object) -> str:
    """One value as a YAML scalar: strings double-quoted with escapes, numbers plain."""
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    if isinstance(value, int):
        with _long_numbers():
            return str(value)
    if isinstance(value, list):
        return f"[{', '.join(_yaml(item) for item in value)}]"
    dumped = yaml.safe_dump(value, default_style='"', allow_unicode=True, width=math.inf)
    return dumped.removesuffix("\n...\n").strip()


def _document(where: str, key: str, value: object) -> str:
    """A valid events.yaml with `key: value` set in the `where` mapping."""
    source: dict[str, object] = {"id": "src"}
    event: dict[str, object] = {"id": "ev", "date": 2024, "title": "T"}
    citation: dict[str, object] = {"source": "src", "quote": "q", "start": 0}
    lines = [f"title: {_yaml(value)}" if where == "top" else "title: Table", "sources:"]
    if where != "top":
        {"source": source, "event": event, "citation": citation}[where][key] = value
    if where == "source" and key == "id" and isinstance(value, str):
        citation["source"] = value  # the event cites the source, whatever its id
    lines.append("  - " + "\n    ".join(f"{k}: {_yaml(v)}" for k, v in source.items()))
    lines.append("events:")
    body = [f"{k}: {_yaml(v)}" for k, v in event.items()]
    if where == "citation":
        body.append("sources:")
        body.append("  - " + "\n        ".join(f"{k}: {_yaml(v)}" for k, v in citation.items()))
    else:
        body.append(f"sources: [{_yaml(citation['source'])}]")
    lines.append("  - " + "\n    ".join(body))
    return "\n".join(lines) + "\n"


TABLE: list[tuple[str, str, object]] = [
    # ids: a slug, ending where the text ends
    *(("event", "id", v) for v in ["a", "a-b.c_d", "a\n", "\na", "A", "a b", "-a", "ａ", "é"]),
    *(("source", "id", v) for v in ["ap-1", "ap-1\n", "ap 1"]),
    # dates: ASCII digits, a real day, years 0001-9999, nothing around them
    *(
        ("event", "date", v)
        for v in [
            "2024",
            "2024-06",
            "2024-06-19",
            "0476",
            "0001",
            "9999",
            "２０２４",
            "٢٠٢٤",
            "2024\n",
            " 2024",
            "2024 ",
            "0000",
            "10000",
            "2024-6",
            "2024-13",
            "2023-02-29",
            "2024-02-29",
            "1900-02-29",
            "2000-02-29",
            "2024-04-31",
            "2024-12-31",
            2024,
            1000,
            476,
            0,
            10000,
        ]
    ),
    *(("event", "end", v) for v in ["2025", "2025-02-29", "２０２５", None]),
    *(("source", "published", v) for v in ["2024-06-19", "2024-06-19\n", "2024-02-30", 1961]),
    # addresses: http(s) or a relative path; never another site, never unparseable
    *(
        ("source", "url", v)
        for v in [
            "https://example.org/a?b=[1]",
            "HTTP://EXAMPLE.ORG/",
            "http://[::1]/x",
            "http://user@[2001:db8::1]:8080/",
            "articles/a.html",
            "/a.html",
            "a.html#top",
            "http://[::1",
            "http://::1]/",
            "http://a[b]/",
            "https://example.org\u0000/",
            "https://exa\tmple.org/",
            " https://example.org/",
            "//evil.example/",
            " //evil.example/",
            "\\\\evil.example/",
            "/\\evil.example/",
            "javascript:alert(1)",
            "mailto:a@b.c",
            "a:b",
            "https://example.org/\n",
            None,
        ]
    ),
    # languages: the shape of a BCP 47 tag
    *(("source", "language", v) for v in ["en", "pt-BR", "zh-Hant-TW", "en\n", "english", "e"]),
    # titles and tags: something besides spaces
    *(("event", "title", v) for v in ["T", " ", "", "\x7f", "x" * 5000, 5]),
    ("top", "title", " "),
    *(("event", "tags", v) for v in [["a"], [" "], ["a", "a"], ["t" * 300], ["é" * 200], [1]]),
    # citation offsets: plain whole numbers that fit any tool
    *(("citation", "start", v) for v in [0, 12, 2**31 - 1, 2**31, -1, 10**5000, "12", None]),
    # other fields' types
    *(("event", "locked", v) for v in [True, False, "true", None, "yes"]),
    *(("event", "extracted", v) for v in ["abc", 12, None]),
    *(("citation", "quote", v) for v in ["q", 3, None]),
]


def _schema_errors(text: str) -> list[str]:
    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    with _long_numbers():
        data = yaml.load(text, Loader=_Yaml12Loader)
        return [e.message for e in jsonschema.Draft202012Validator(schema).iter_errors(data)]


def _builds(text: str, folder: Path) -> None:
    """The file renders to real files (`timeline render`) and exports in every format."""
    events = folder / "events.yaml"
    events.write_text(text, encoding="utf-8")
    for rel in write_rendered(events, folder / "out"):
        assert (folder / "out" / rel).is_file()
    timeline = load_timeline(events)
    for fmt in FORMATS:
        assert export_timeline(timeline, fmt)


def _id(value: object) -> str:
    """A short test id: Python will not print a number of thousands of digits."""
    if isinstance(value, int) and value > 10**20:
        return "huge-number"
    return repr(value)[:40]


@pytest.mark.parametrize(("where", "key", "value"), TABLE, ids=_id)
def test_the_validator_and_the_schema_agree_and_accepted_values_build(
    where: str, key: str, value: object, tmp_path: Path
) -> None:
    """Both accept or both refuse the value; when `check` accepts it, everything builds."""
    text = _document(where, key, value)
    timeline, problems = parse_timeline(text)
    schema = _schema_errors(text)
    assert (problems == [], schema == []) in ((True, True), (False, False)), (problems, schema)
    if not problems:
        assert timeline is not None
        _builds(text, tmp_path)


def test_the_schema_patterns_are_the_validators() -> None:
    """Dates, addresses, ids and language tags follow one pattern in the editor and in check."""
    from timeline.store import ID_RE, LANGUAGE_RE, URL_RE
    from timeline.store._spec import DATE_RE

    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    defs = schema["$defs"]
    source, event = defs["source"]["properties"], defs["event"]["properties"]
    assert defs["id"]["pattern"] == ID_RE.pattern
    assert source["language"]["pattern"] == LANGUAGE_RE.pattern
    assert source["url"]["pattern"] == URL_RE.pattern
    for prop in (source["published"], event["date"], event["end"]):
        assert [a["pattern"] for a in prop["anyOf"] if a.get("type") == "string"] == [
            DATE_RE.pattern
        ]


def test_a_citation_offset_of_thousands_of_digits_is_one_problem(tmp_path: Path) -> None:
    """`check` reports a huge offset at its line instead of crashing on the number."""
    path = tmp_path / "events.yaml"
    path.write_text(_document("citation", "start", 10**5000), "utf-8")
    result = CliRunner().invoke(main, ["check", str(path)])
    assert result.exit_code == 1
    first = result.output.splitlines()[0]
    pattern = (
        r":\d+:\d+: event 'ev': citation: start: expected a character offset "
        r"\(0 to 2147483647\), got '1000000000\d+…'"
    )
    assert re.search(re.escape(str(path)) + pattern, first), first
    assert len(first) < len(str(path)) + 160  # the number is cut short


@pytest.mark.parametrize(
    ("where", "key", "value", "message"),
    [
        ("source", "url", "http://[::1", "url: expected an http(s) address or a relative path"),
        ("event", "date", "２０２４", "date: expected YYYY, YYYY-MM or YYYY-MM-DD, got '２０２４'"),
        ("event", "id", "ev\n", "id: expected a slug of lowercase letters"),
        ("source", "id", "src\n", "id: expected a slug of lowercase letters"),
    ],
    ids=["broken-ipv6-url", "fullwidth-digits", "event-id-with-newline", "source-id-newline"],
)
def test_values_that_used_to_crash_later_are_refused_by_check(
    where: str, key: str, value: str, message: str, tmp_path: Path
) -> None:
    """The values issue 8 found passing `check` and crashing a later stage are now refused."""
    path = tmp_path / "events.yaml"
    path.write_text(_document(where, key, value), encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(path)])
    assert result.exit_code == 1
    assert message in result.output
    assert "Traceback" not in result.output


@pytest.mark.slow
def test_a_tag_longer_than_a_file_name_builds_with_mkdocs(
    plugin_project: Path, mkdocs_build: Any
) -> None:
    """A 300-character tag (an untrusted capitalised run can become one) builds strictly."""
    events = plugin_project / "events.yaml"
    text = events.read_text(encoding="utf-8").replace("tags: [visit]", f"tags: [{'Ab' * 150}]")
    events.write_text(text, encoding="utf-8")
    assert parse_timeline(text)[1] == []
    build = mkdocs_build(plugin_project)
    assert build.returncode == 0, build.stderr[-2000:]
    tag_pages = [p.name for p in (plugin_project / "site" / "tags").iterdir()]
    assert all(len(name.encode()) <= 255 for name in tag_pages)
    assert any(name.startswith("abab") for name in tag_pages)


def test_a_thousand_misspelled_source_ids_each_get_their_hint(tmp_path: Path) -> None:
    """1,000 typos against 1,000 sources (25 s before the trigram index; its cost is
    pinned by the comparison count below, not by a clock) each name the source meant."""
    lines = ["title: T", "sources:"]
    lines += [f"  - id: reuters-{i:04d}-2024-06-19" for i in range(1000)]
    lines.append("events:")
    for i in range(1000):
        lines += [f"  - id: e{i}", "    date: 2024", "    title: x"]
        lines.append(f"    sources: [reutres-{i:04d}-2024-06-19]")
    path = tmp_path / "events.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(path)])
    assert result.exit_code == 1
    assert "unknown source 'reutres-0500-2024-06-19' (did you mean 'reuters-0500-2024-06-19'?)" in (
        result.output
    )
    assert result.output.count("did you mean") == 1000


def test_check_output_escapes_control_characters_in_the_file_name(tmp_path: Path) -> None:
    """A file name with a terminal escape code is printed with the code escaped."""
    path = tmp_path / "evil\x1b]0;owned\x07.yaml"
    path.write_text("title: T\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(path)])
    assert result.exit_code == 0
    assert "\x1b" not in result.output and "\x07" not in result.output
    assert "evil\\x1b]0;owned\\x07.yaml: OK" in result.output


def test_a_hint_compares_a_word_with_a_few_indexed_names_not_with_all() -> None:
    """Among 1,000 names, difflib ranks only the few sharing most letter trigrams with the
    word, so hints cost the same per typo whatever the number of sources."""
    names = [f"reuters-{i:04d}-2024-06-19" for i in range(1000)]
    index = NearestNames(names)
    candidates = index._candidates("reutres-0500-2024-06-19")
    assert len(candidates) <= 16
    assert "reuters-0500-2024-06-19" in candidates
    assert index.nearest("REUTRES-0500-2024-06-19") == "reuters-0500-2024-06-19"
