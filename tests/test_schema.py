"""The editor JSON Schema describes the same format the validator enforces."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from timeline.model import Citation, Era, Event, Media, PartialDate, Source, Timeline
from timeline.store import (
    CITATION_KEYS,
    ERA_KEYS,
    EVENT_KEYS,
    ID_RE,
    LANGUAGE_RE,
    MEDIA_KEYS,
    MEDIA_URL_RE,
    SOURCE_KEYS,
    TOP_KEYS,
    dump_timeline,
)
from timeline.store.schema import (
    SCHEMA_LINE,
    SCHEMA_RELATIVE_PATH,
    install_schema,
    schema_path,
    schema_text,
)

REPO = Path(__file__).resolve().parents[1]

EVERY_KEY = Timeline(
    title="Every key",
    description="Uses each optional field once.",
    sources=(
        Source(
            id="ap-1",
            title="A title: with a colon",
            outlet="AP",
            url="https://example.org/a",
            published=PartialDate(1961),
            language="en",
        ),
    ),
    events=(
        Event(
            id="a",
            date=PartialDate(1961, 5),
            end=PartialDate(1962),
            title="1961",
            text="two\nlines",
            tags=("x", "2024"),
            sources=(Citation("ap-1"), Citation("ap-1", quote="q", start=0, end=1)),
            locked=True,
            extracted="0123456789ab",
            media=Media("images/a.png", alt="A photo", caption="Caption", credit="Credit"),
        ),
    ),
    eras=(Era("The sixties", PartialDate(1960), PartialDate(1969)),),
)


class _Yaml12Loader(yaml.SafeLoader):
    """Reads dates as strings, like the YAML 1.2 language server in editors does."""


_Yaml12Loader.add_constructor(
    "tag:yaml.org,2002:timestamp",
    lambda loader, node: loader.construct_scalar(node),  # type: ignore[arg-type]
)


def _schema() -> dict[str, Any]:
    return json.loads(schema_path().read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _validator() -> jsonschema.protocols.Validator:
    schema = _schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_schema_property_names_are_the_validators_keys() -> None:
    """Every mapping in the schema allows exactly the keys the validator knows."""
    schema = _schema()
    defs = schema["$defs"]
    assert tuple(schema["properties"]) == TOP_KEYS
    assert tuple(defs["source"]["properties"]) == SOURCE_KEYS
    assert tuple(defs["event"]["properties"]) == EVENT_KEYS
    assert tuple(defs["citation"]["properties"]) == CITATION_KEYS
    assert tuple(defs["media"]["properties"]) == MEDIA_KEYS
    assert tuple(defs["era"]["properties"]) == ERA_KEYS


def test_the_schema_media_url_pattern_is_the_validators() -> None:
    """An image address follows one pattern in the editor and in `timeline check`."""
    assert _schema()["$defs"]["media"]["properties"]["url"]["pattern"] == MEDIA_URL_RE.pattern


def test_the_schema_id_pattern_is_the_validators() -> None:
    """Ids follow one pattern in the editor and in `timeline check`."""
    assert _schema()["$defs"]["id"]["pattern"] == ID_RE.pattern


def test_the_schema_language_pattern_is_the_validators() -> None:
    """Language tags follow one pattern in the editor and in `timeline check`."""
    assert _schema()["$defs"]["source"]["properties"]["language"]["pattern"] == LANGUAGE_RE.pattern


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("url", "https://example.org/a"),
        ("url", "HTTPS://example.org/a"),
        ("url", "articles/a.html"),
        ("url", "/articles/a.html"),
        ("language", "en"),
        ("language", "pt-BR"),
        ("language", "zh-Hant"),
        ("language", "es-419"),
    ],
)
def test_the_schema_accepts_what_the_validator_accepts(key: str, value: str) -> None:
    """Values `timeline check` accepts are not flagged in the editor either."""
    data = {"title": "T", "sources": [{"id": "a", key: value}]}
    assert list(_validator().iter_errors(data)) == []


def test_every_property_has_hover_help_and_mappings_are_closed() -> None:
    """Editors show a description for every key; unknown keys are flagged."""
    schema = _schema()
    names = ("source", "event", "citation", "media", "era")
    mappings = [schema, *(schema["$defs"][name] for name in names)]
    for mapping in mappings:
        assert mapping["additionalProperties"] is False
        for name, prop in mapping["properties"].items():
            assert prop.get("description"), name


def test_a_dumped_file_is_valid_against_the_schema() -> None:
    """The canonical output of `dump_timeline` passes the JSON Schema."""
    _validator().validate(yaml.load(dump_timeline(EVERY_KEY), Loader=_Yaml12Loader))


def test_the_repository_example_is_valid_against_the_schema() -> None:
    """The hand-written example events.yaml passes the schema too."""
    example = REPO / "events.yaml"
    if not example.exists():
        pytest.skip("no example events.yaml in this checkout")
    _validator().validate(yaml.load(example.read_text(encoding="utf-8"), Loader=_Yaml12Loader))


@pytest.mark.parametrize(
    ("snippet", "where"),
    [
        ("title: T\ntitel: x\n", "additionalProperties"),
        ("title: T\nevents:\n  - {id: a, date: 12/03, title: A}\n", "anyOf"),
        ("title: T\nevents:\n  - {id: Bad Id, date: 2024, title: A}\n", "pattern"),
        ("title: T\nevents:\n  - {id: a, date: 2024}\n", "required"),
        ("title: T\nevents:\n  - {id: a, date: 2024, title: A, tags: x}\n", "type"),
        ("title: T\nsources:\n  - {id: a, url: 'javascript:alert(1)'}\n", "pattern"),
        ("title: T\nsources:\n  - {id: a, url: '//evil.example/x'}\n", "pattern"),
        ("title: T\nsources:\n  - {id: a, url: '\\\\evil.example/x'}\n", "pattern"),
        ("title: T\nsources:\n  - {id: a, language: english}\n", "pattern"),
        ("title: T\nsources:\n  - {id: a, language: pt_BR}\n", "pattern"),
        ("title: '  '\n", "pattern"),
    ],
)
def test_the_schema_rejects_what_the_validator_rejects(snippet: str, where: str) -> None:
    """Typical mistakes are caught in the editor as well as by `timeline check`."""
    errors = list(_validator().iter_errors(yaml.load(snippet, Loader=_Yaml12Loader)))
    assert [error.validator for error in errors] == [where]


def test_the_schema_line_points_at_the_installed_copy(tmp_path: Path) -> None:
    """SCHEMA_LINE names the path `install_schema` writes, relative to events.yaml."""
    assert f"# yaml-language-server: $schema={SCHEMA_RELATIVE_PATH}" == SCHEMA_LINE
    copy = install_schema(tmp_path)
    assert copy == tmp_path / SCHEMA_RELATIVE_PATH
    assert copy.read_bytes() == schema_path().read_bytes()


def test_the_example_ships_the_schema_its_first_line_points_to() -> None:
    """The repo's `.timeline/events.schema.json` is the packaged schema, so editors of the
    example events.yaml validate against what `timeline check` enforces."""
    root = Path(__file__).resolve().parents[1]
    copy = root / SCHEMA_RELATIVE_PATH
    assert copy.read_text(encoding="utf-8") == schema_text()
    assert (root / "events.yaml").read_text(encoding="utf-8").startswith(SCHEMA_LINE)
