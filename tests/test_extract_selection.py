"""`timeline extract` selects: importance on every extracted event, filters in the summary."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from timeline.cli import main
from timeline.store import load_timeline

STORY = [
    "Dockers at the harbour began a strike on 4 March 2024, closing the northern pier.",
    "The harbour authority met the striking dockers on 6 March 2024 without a deal.",
    "On 4 March 2024 the dockers' strike closed the harbour, the authority said.",
    "The dockers ended their harbour strike on 12 March 2024 after a pay deal.",
]
COMMENTS = "".join(
    f"@reader{i} 1{i} marzo 2024 alle 1{i}:05\n\nI remember 4 March 2024 well, said reader {i}.\n\n"
    for i in range(3)
)


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for i, sentence in enumerate(STORY):
        extra = COMMENTS if i == 0 else ""
        text = f"---\npublished: 2024-03-{13 + i}\nlang: en\n---\n{sentence}\n\n{extra}"
        (folder / f"a{i}.txt").write_text(text, encoding="utf-8")
    return folder


def test_every_extracted_event_has_an_importance_and_the_summary_counts_filters(
    tmp_path: Path,
) -> None:
    """The day four articles name outranks the days fewer name; comments are counted out."""
    out = tmp_path / "events.yaml"
    result = CliRunner().invoke(main, ["extract", str(_folder(tmp_path)), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "paragraphs left out:" in result.stderr
    assert "in reader comments" in result.stderr
    events = load_timeline(out).events
    assert events and all(e.importance is not None for e in events)
    best = max(events, key=lambda e: e.importance or 0)
    assert best.date.iso() == "2024-03-04"
    assert not any("reader" in c.quote for e in events for c in e.sources)


def test_top_keeps_the_most_important_dates(tmp_path: Path) -> None:
    """--top 1 keeps the day most articles report; --topic is accepted."""
    out = tmp_path / "events.yaml"
    args = ["extract", str(_folder(tmp_path)), "-o", str(out), "--top", "1"]
    result = CliRunner().invoke(main, [*args, "--topic", "harbour strike"])
    assert result.exit_code == 0, result.output
    assert {e.date.iso() for e in load_timeline(out).events} == {"2024-03-04"}
