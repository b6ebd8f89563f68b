"""Manifests (file name -> date or fields) and language detection."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.errors import TimelineError, ValidationFailed
from timeline.ingest import detect_language, load_manifest

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def _manifest(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "manifest.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_dates_and_field_mappings_are_read(tmp_path: Path) -> None:
    """A bare date and a mapping of fields both load; quoted and unquoted dates agree."""
    path = _manifest(
        tmp_path,
        "a.txt: 2024-06-19\n"
        "'./b.txt': '2024-06-20'\n"
        "sub\\c.html:\n"
        "  published: 2024-06-21T09:30:00\n"
        "  title: Third\n"
        "  outlet: Daily\n"
        "  url: https://daily.example/c\n"
        "  lang: ES\n",
    )
    assert load_manifest(path) == {
        "a.txt": {"published": dt.date(2024, 6, 19)},
        "b.txt": {"published": dt.date(2024, 6, 20)},
        "sub/c.html": {
            "published": dt.date(2024, 6, 21),
            "title": "Third",
            "outlet": "Daily",
            "url": "https://daily.example/c",
            "lang": "es",
        },
    }


def test_an_empty_manifest_is_empty(tmp_path: Path) -> None:
    """A manifest with only comments lists nothing."""
    assert load_manifest(_manifest(tmp_path, "# nothing yet\n")) == {}


def test_every_problem_is_reported_with_its_line(tmp_path: Path) -> None:
    """Bad dates, unknown fields (with a suggestion) and repeated names are all collected."""
    path = _manifest(
        tmp_path,
        "a.txt: 2024-02-30\n"
        "b.txt: 19/06/2024\n"
        "c.txt:\n"
        "  publshed: 2024-06-19\n"
        "e.txt:\n"
        "  published: 2024-13-45\n"
        "a.txt: 2024-06-19\n"
        "d.txt: [2024]\n",
    )
    with pytest.raises(ValidationFailed) as info:
        load_manifest(path)
    assert [str(p) for p in info.value.problems] == [
        f"{path}:1:8: 'a.txt': expected YYYY-MM-DD, got '2024-02-30': "
        "2024-02 has no day 30 (it has 29 days)",
        f"{path}:2:8: 'b.txt': expected YYYY-MM-DD, got '19/06/2024'",
        f"{path}:4:3: 'c.txt': unknown field 'publshed' (did you mean 'published'?)",
        f"{path}:6:14: 'e.txt': published: expected YYYY-MM-DD, got '2024-13-45': "
        "month 13 is out of range 1-12",
        f"{path}:7:1: 'a.txt' is listed twice",
        f"{path}:8:8: 'd.txt': expected a date or a mapping of fields",
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("a.txt: [unclosed\n", ":2:1: invalid YAML"),
        ("- a.txt\n", ":1:1: expected a mapping of file names to dates"),
    ],
)
def test_malformed_manifests_are_located(tmp_path: Path, text: str, message: str) -> None:
    """Broken YAML or the wrong shape is one located problem."""
    path = _manifest(tmp_path, text)
    with pytest.raises(ValidationFailed) as info:
        load_manifest(path)
    assert str(info.value.problems[0]).startswith(f"{path}{message}")


def test_a_missing_manifest_is_one_line(tmp_path: Path) -> None:
    """A manifest path that does not exist names the file."""
    with pytest.raises(TimelineError, match=r"nope\.yaml: no such file"):
        load_manifest(tmp_path / "nope.yaml")


def test_the_shared_seed_manifest_loads() -> None:
    """The seed corpus manifest gives every seed its summit-day date."""
    if not SEEDS.exists():
        pytest.skip("../shared/seeds is not available")
    entries = load_manifest(SEEDS / "published.yaml")
    assert sorted(entries) == sorted(p.name for p in SEEDS.glob("*.txt"))
    assert {e["published"] for e in entries.values()} == {dt.date(2024, 6, 19)}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The minister said that the talks were over and that he would resign.", "en"),
        ("El ministro dijo que las negociaciones habían terminado y que dimitiría.", "es"),
        ("Le ministre a dit que les négociations étaient terminées et qu'il allait partir.", "fr"),
        ("Il ministro ha detto che i negoziati sono finiti e che si dimetterà presto.", "it"),
        ("O ministro disse que as negociações tinham terminado e que ele ia sair.", "pt"),
        ("Der Minister sagte, dass die Gespräche beendet seien und er zurücktreten werde.", "de"),
        ("12:30 — 4:0", "en"),
        ("", "en"),
    ],
)
def test_detect_language(text: str, language: str) -> None:
    """Stopword profiles tell the six corpus languages apart; no evidence means English."""
    assert detect_language(text) == language
