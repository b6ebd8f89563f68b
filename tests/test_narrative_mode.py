"""The date mode reaches every way in (issue 9): `mode:` in front matter and manifests,
`--mode` on `timeline dates` and `timeline extract`, and the extractor, whose events from a
story carry the story's dates; days counted from a dated sentence become events (issue 10)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline import extract
from timeline.cli import main
from timeline.cli._options import DATE_MODES
from timeline.dates import MODES, find_dates
from timeline.errors import ValidationFailed
from timeline.events import candidates_from_text
from timeline.ingest import expand_inputs, read_article

STORY = "The dam was finished in 1936. In April, the valley flooded.\n"


def _article(folder: Path, name: str, mode: str | None) -> Path:
    header = "---\npublished: 2024-06-20\n" + (f"mode: {mode}\n" if mode else "") + "---\n\n"
    path = folder / name
    path.write_text(header + STORY, encoding="utf-8")
    return path


def _values(output: str) -> list[str]:
    return [json.loads(line)["value"] for line in output.splitlines()]


def test_the_cli_knows_the_engines_modes() -> None:
    """`--mode` offers exactly the modes `find_dates` accepts."""
    assert DATE_MODES == MODES


def test_front_matter_mode_is_read_and_checked(tmp_path: Path) -> None:
    """`mode: narrative` is kept on the article; another word is a located problem."""
    assert read_article(str(_article(tmp_path, "a.md", "narrative"))).mode == "narrative"
    assert read_article(str(_article(tmp_path, "b.md", None))).mode == ""
    with pytest.raises(ValidationFailed) as info:
        read_article(str(_article(tmp_path, "c.md", "story")))
    assert str(info.value.problems[0]).startswith(f"{tmp_path / 'c.md'}:3:1: front matter: mode:")


def test_dates_follows_front_matter_and_mode_option(tmp_path: Path) -> None:
    """`timeline dates` reads April from the story's 1936 in narrative mode and from the
    publication date in news mode; `--mode` overrides the front matter."""
    path = _article(tmp_path, "story.md", "narrative")
    narrated = CliRunner().invoke(main, ["dates", str(path), "--json"])
    assert narrated.exit_code == 0, narrated.output
    assert _values(narrated.stdout) == ["1936", "1936-04"]
    news = CliRunner().invoke(main, ["dates", str(path), "--json", "--mode", "news"])
    assert _values(news.stdout) == ["1936", "2024-04"]


def test_an_unknown_mode_option_is_a_usage_error(tmp_path: Path) -> None:
    """`--mode story` is refused by the option parser, naming the choices."""
    path = _article(tmp_path, "story.md", None)
    result = CliRunner().invoke(main, ["dates", str(path), "--mode", "story"])
    assert result.exit_code == 2
    assert "narrative" in result.output


def test_extract_passes_the_mode_to_the_date_engine(tmp_path: Path) -> None:
    """Events from an article in narrative mode carry the story's dates; `--mode news` on
    the command line reads the same article as news."""
    folder = tmp_path / "articles"
    folder.mkdir()
    _article(folder, "story.md", None)
    items = expand_inputs([str(folder)])
    narrated = extract.extract_inputs(items, mode="narrative")
    assert "1936-04" in {e.date.iso() for e in narrated.events}
    news = extract.extract_inputs(items, mode="news")
    assert "2024-04" in {e.date.iso() for e in news.events}
    out = tmp_path / "events.yaml"
    result = CliRunner().invoke(
        main, ["extract", str(folder), "-o", str(out), "--mode", "narrative"]
    )
    assert result.exit_code == 0, result.output
    assert "date: 1936-04" in out.read_text(encoding="utf-8")


def test_manifest_mode_is_checked(tmp_path: Path) -> None:
    """A manifest's `mode:` takes the same three words as front matter."""
    folder = tmp_path / "articles"
    folder.mkdir()
    _article(folder, "story.md", None)
    manifest = tmp_path / "published.yaml"
    manifest.write_text("story.md:\n  mode: sometimes\n", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["extract", str(folder), "-o", str(tmp_path / "e.yaml"), "--manifest", str(manifest)]
    )
    assert result.exit_code != 0
    assert "mode: expected one of auto, news, narrative" in result.output


def test_days_counted_from_a_dated_sentence_become_events() -> None:
    """ "The next morning" and "four days later" after a dated sentence date their own
    sentences' events, each from the day named last; "a year earlier" stays a comparison,
    not an event."""
    text = (
        "The summit opened in Hanoi on June 3, 2024. The next morning, the leaders signed "
        "a trade pact. Four days later, protesters blocked the port. Exports were $5 "
        "billion, up from $4 billion a year earlier."
    )
    mentions = find_dates(text, dt.date(2024, 6, 20))
    dates = [c.date.iso() for c in candidates_from_text("a", text, mentions)]
    assert dates == ["2024-06-03", "2024-06-04", "2024-06-08"]
