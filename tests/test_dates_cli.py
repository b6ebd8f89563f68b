"""`timeline dates FILE --published YYYY-MM-DD [--lang xx] [--json]`, run through click."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import main
from timeline.ingest import NO_DATE_NOTE

ARTICLE = "The leaders met on Wednesday.\n\nThey signed a treaty first agreed in 1961.\n"


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
        ["3:38", "1961", "year", "absolute", "1961"],
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
    assert [json.loads(line)["value"] for line in result.stdout.splitlines()] == ["1961"]
    assert result.stderr == f"{article}: {NO_DATE_NOTE}\n"


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
        (
            ["missing.txt", "--published", "2024-06-20"],
            "Error: missing.txt: no such file or folder\n",
        ),
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


PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Harbour bridge reopens | Coast Herald</title>
  <meta property="article:published_time" content="2024-06-19T08:00:00+00:00">
  <script>var built = "March 3, 2019"; window.dataLayer = [{"date": "2017-05-04"}];</script>
</head>
<body>
  <nav><a href="/">Home</a> | <a href="/archive">Archive: January 2011</a></nav>
  <!-- cached on 12 August 2015 -->
  <main><article>
    <h1>Harbour bridge reopens</h1>
    <p>The harbour bridge reopened to traffic on Tuesday after two years of repairs that
    cost the city far more than its engineers had planned when the work began.</p>
    <p>Yesterday, the first buses crossed it, and the ferry service that replaced the bridge
    will stop at the end of next month, the transport office said in a statement.</p>
    <p>The bridge was first opened in 1961 and has carried traffic across the harbour for
    more than sixty years, with only short closures for painting and storm damage.</p>
  </article></main>
</body>
</html>
"""


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "story.html"
    path.write_text(PAGE, encoding="utf-8")
    return path


def _json_rows(output: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in output.splitlines()]


def test_html_is_read_as_its_cleaned_article_text(page: Path) -> None:
    """Dates in scripts, comments and navigation are not shown; the page's own date resolves
    relatives when --published is absent."""
    result = CliRunner().invoke(main, ["dates", str(page), "--json"])
    assert result.exit_code == 0, result.output
    rows = _json_rows(result.output)
    assert [(r["text"], r["value"]) for r in rows] == [
        ("Tuesday", "2024-06-18"),
        ("Yesterday", "2024-06-18"),
        ("the end of next month", "2024-07"),
        ("1961", "1961"),
    ]
    for text in ("2019", "2017", "2011", "2015"):
        assert text not in result.output


def test_offsets_and_line_columns_refer_to_the_cleaned_text(page: Path) -> None:
    """--show-text prints the text the offsets refer to; a paragraph's first word is column 1."""
    shown = CliRunner().invoke(main, ["dates", str(page), "--show-text"])
    assert shown.exit_code == 0, shown.output
    text = shown.output.removesuffix("\n")
    rows = _json_rows(CliRunner().invoke(main, ["dates", str(page), "--json"]).output)
    for row in rows:
        assert text[int(str(row["start"])) : int(str(row["end"]))] == row["text"]
    table = CliRunner().invoke(main, ["dates", str(page)]).output.splitlines()
    yesterday = next(line for line in table if line.endswith("Yesterday"))
    line, column = (int(n) for n in yesterday.split("\t")[0].split(":"))
    assert column == 1
    assert text.splitlines()[line - 1].startswith("Yesterday")


def test_dash_reads_standard_input() -> None:
    """`-` reads the article from stdin, plain text or HTML."""
    result = CliRunner().invoke(
        main,
        ["dates", "-", "--published", "2024-06-20", "--json"],
        input="The talks ended on Wednesday.\n\nLast week, the envoy arrived.\n",
    )
    assert result.exit_code == 0, result.output
    assert [(r["text"], r["value"]) for r in _json_rows(result.output)] == [
        ("Wednesday", "2024-06-19"),
        ("Last week", "2024-W24"),
    ]
    html = CliRunner().invoke(main, ["dates", "-", "--json"], input=PAGE)
    assert html.exit_code == 0, html.output
    assert [r["value"] for r in _json_rows(html.output)][:1] == ["2024-06-18"]


def test_language_is_detected_when_lang_is_absent(tmp_path: Path) -> None:
    """Without --lang the article's detected language reads its dates."""
    path = tmp_path / "nota.txt"
    path.write_text(
        "El gobierno anunció ayer que las elecciones se celebrarán el 3 de marzo.\n\n"
        "La oposición dijo que los resultados de las elecciones serán publicados por la "
        "comisión y que el presidente no estará en el país durante la votación.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["dates", str(path), "--published", "2024-06-19", "--json"])
    assert result.exit_code == 0, result.output
    assert [(r["text"], r["value"]) for r in _json_rows(result.output)] == [
        ("ayer", "2024-06-18"),
        ("3 de marzo", "2025-03-03"),
    ]


@pytest.mark.parametrize("value", ["2024-13-45", "20240619", "2024-06", "2024-02-30", "June 19"])
def test_published_must_be_a_calendar_day_in_iso_form(article: Path, value: str) -> None:
    """--published takes exactly YYYY-MM-DD, reported in the events.yaml style."""
    result = CliRunner().invoke(main, ["dates", str(article), "--published", value])
    assert result.exit_code == 1
    assert result.output == f"Error: --published: expected YYYY-MM-DD, got '{value}'\n"
