"""`timeline dates FILE --published YYYY-MM-DD [--lang xx] [--json]`, run through click."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import main

ARTICLE = "The leaders met on Wednesday.\nThey signed a treaty first agreed in 1961.\n"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_human_table_lists_line_column_value_precision_resolution_and_text(article: Path) -> None:
    """Each mention prints as one tab-separated row located by line:column."""
    result = CliRunner().invoke(main, ["dates", str(article), "--published", "2024-06-20"])
    assert result.exit_code == 0, result.output
    rows = [line.split("\t") for line in result.output.splitlines()]
    assert [[cell.strip() for cell in row] for row in rows] == [
        ["1:20", "2024-06-19", "day", "relative", "Wednesday"],
        ["2:38", "1961", "year", "absolute", "1961"],
    ]


def test_json_lines_carry_offsets_and_values(article: Path) -> None:
    """--json prints one object per mention with the DateMention fields."""
    result = CliRunner().invoke(
        main, ["dates", str(article), "--published", "2024-06-20", "--json"]
    )
    assert result.exit_code == 0, result.output
    objects = [json.loads(line) for line in result.output.splitlines()]
    assert objects[0] == {
        "start": 19,
        "end": 28,
        "text": "Wednesday",
        "value": "2024-06-19",
        "precision": "day",
        "resolution": "relative",
        "end_value": None,
    }
    assert ARTICLE[objects[1]["start"] : objects[1]["end"]] == "1961"


def test_without_published_only_absolute_dates_print(article: Path) -> None:
    """With no --published date the relative weekday is left out."""
    result = CliRunner().invoke(main, ["dates", str(article), "--json"])
    assert [json.loads(line)["value"] for line in result.output.splitlines()] == ["1961"]


def test_lang_option_accepts_several_codes(tmp_path: Path) -> None:
    """--lang es,fr reads Spanish and French in one file."""
    path = tmp_path / "mixed.txt"
    path.write_text("Llegó ayer. Il part demain.", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["dates", str(path), "--published", "2024-06-20", "--lang", "es,fr", "--json"]
    )
    assert [json.loads(line)["value"] for line in result.output.splitlines()] == [
        "2024-06-19",
        "2024-06-21",
    ]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["missing.txt", "--published", "2024-06-20"], "Error: missing.txt: no such file\n"),
        (
            ["{article}", "--published", "2024-13-01"],
            "Error: --published: expected YYYY-MM-DD, got '2024-13-01'\n",
        ),
        (["{article}", "--lang", "xx"], "Error: unsupported language 'xx'\n"),
    ],
)
def test_bad_input_is_one_line_error(article: Path, arguments: list[str], message: str) -> None:
    """A missing file, a bad date or an unknown language prints one Error line and exits 1."""
    argv = ["dates", *(a.replace("{article}", str(article)) for a in arguments)]
    result = CliRunner().invoke(main, argv)
    assert result.exit_code == 1
    assert result.output == message
    assert "Traceback" not in result.output
