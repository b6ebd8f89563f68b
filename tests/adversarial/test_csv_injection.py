"""CSV formula defusing holds for every cell, whatever control characters come first."""

from __future__ import annotations

import csv
import io

import pytest

from timeline.export import CSV_COLUMNS, export_csv
from timeline.model import Citation, Event, PartialDate, Source, Timeline

PAYLOAD = '=HYPERLINK("https://evil.example","click")'

PREFIXES = ["\0", "\x01", "\x1b", "\x7f", "\x85", "\x9b", "\0\0 ", " \0", "\u200b", "\ufeff"]
"""What LibreOffice skipped before running the formula (NUL) and its cousins: other C0
and C1 controls, DEL, a zero-width space and a byte order mark."""


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def _hostile(prefix: str) -> Timeline:
    """Every text field that reaches a CSV cell starts with `prefix` and a formula."""
    value = prefix + PAYLOAD
    return Timeline(
        title="T",
        sources=(Source(id="s", title=value, url="https://example.org/a"),),
        events=(
            Event(
                id="e",
                date=PartialDate(2024, 6, 19),
                title=value,
                text=value,
                tags=(value,),
                sources=(Citation("s", quote=value),),
            ),
        ),
    )


def _starts_a_formula(cell: str) -> bool:
    """Whether a spreadsheet that skips spaces and controls would read a formula."""
    visible = cell.lstrip(" \t\r\n\0\x01\x1b\x7f\x85\x9b\u200b\ufeff")
    return visible[:1] in ("=", "+", "-", "@")


@pytest.mark.parametrize("prefix", PREFIXES, ids=repr)
def test_no_cell_starts_a_formula_after_a_control_character(prefix: str) -> None:
    """A leading NUL or other invisible character no longer hides the formula: controls are
    dropped from every cell and the cell is defused by what is left."""
    row = _rows(export_csv(_hostile(prefix)))[0]
    for column in CSV_COLUMNS:
        cell = row[column]
        assert not _starts_a_formula(cell), (column, cell)
        assert not any(ch in cell for ch in "\0\x01\x1b\x7f\x85\x9b"), (column, cell)
    assert row["title"].endswith(PAYLOAD)  # the text itself is kept, shown as text


def test_fullwidth_formula_signs_are_defused_too() -> None:
    """`＝` starts a formula in some spreadsheets' Asian locales: it gets the apostrophe."""
    timeline = Timeline("T", events=(Event("e", PartialDate(2024), "＝SUM(A1)"),))
    assert _rows(export_csv(timeline))[0]["title"] == "'＝SUM(A1)"


def test_control_characters_inside_a_cell_are_dropped() -> None:
    """A NUL or escape code in the middle of a text is removed, the words kept."""
    timeline = Timeline("T", events=(Event("e", PartialDate(2024), "a\0b\x1b[31mc"),))
    assert _rows(export_csv(timeline))[0]["title"] == "ab[31mc"
