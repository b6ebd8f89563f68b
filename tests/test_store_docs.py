"""The annotated example in docs/format.md is a valid events.yaml."""

from __future__ import annotations

import re
from pathlib import Path

from timeline.model import PartialDate
from timeline.store import parse_timeline

FORMAT_DOC = Path(__file__).resolve().parents[1] / "docs" / "format.md"


def test_the_documented_example_is_valid() -> None:
    """The ```yaml block of the format reference loads without problems."""
    match = re.search(r"```yaml\n(.*?)```", FORMAT_DOC.read_text(encoding="utf-8"), re.DOTALL)
    assert match
    timeline, problems = parse_timeline(match.group(1), "format.md")
    assert problems == []
    assert timeline is not None
    assert [event.date for event in timeline.events] == [
        PartialDate(1961, 5, 25),
        PartialDate(1961),
    ]
