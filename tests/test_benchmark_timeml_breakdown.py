"""The TimeML benchmark's error breakdown: value shapes, text cues and the printed table."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.timeml_breakdown import (  # noqa: E402
    CUES,
    error_shape,
    format_breakdown,
    tally_errors,
    text_cue,
    value_shape,
)


@dataclass(frozen=True)
class Error:
    """The fields of an error record the breakdown reads."""

    kind: str
    text: str
    gold: str
    gold_type: str


@pytest.mark.parametrize(
    ("value", "shape"),
    [
        ("1998", "year"),
        ("1998-08", "month"),
        ("1998-08-07", "day"),
        ("1998-08-07TMO", "time of day"),
        ("1998-08-07T21:45", "time of day"),
        ("1998-W32", "week"),
        ("1998-W32-WE", "week"),
        ("1998-Q3", "quarter"),
        ("1998-H2", "half"),
        ("1998-SU", "season"),
        ("1989-WXX", "unknown part"),
        ("1990-XX-XX", "unknown part"),
        ("PRESENT_REF", "other"),
        ("199", "other"),
    ],
)
def test_value_shape_names_the_granularity_of_a_timeml_value(value: str, shape: str) -> None:
    """Each calendar value falls in one coarse shape; a time of day wins over the day."""
    assert value_shape(value) == shape


@pytest.mark.parametrize(
    ("kind", "gold", "gold_type", "shape"),
    [
        ("FN", "1998-08-07", "DATE", "day"),
        ("FP", "1998-08", "DATE", "month"),
        ("FP", "P3D", "DURATION", "DURATION/SET"),
        ("FP", "XXXX-WXX-1", "SET", "DURATION/SET"),
        ("FP", "", "", "no gold"),
    ],
)
def test_error_shape_files_false_positives_by_what_they_sit_on(
    kind: str, gold: str, gold_type: str, shape: str
) -> None:
    """A false positive is filed under the gold it overlaps, a DURATION/SET, or no gold."""
    assert error_shape(kind, gold, gold_type) == shape


@pytest.mark.parametrize(
    ("text", "language", "cue"),
    [
        ("at 10:30 a.m. on Tuesday", "en", "clock time"),
        ("à 21 h 45", "fr", "clock time"),
        ("um 20.30 Uhr", "de", "clock time"),
        ("9pm", "en", "clock time"),
        ("Tuesday night", "en", "weekday"),
        ("Wed.", "en", "weekday"),
        ("mardi 12 mai", "fr", "weekday"),
        ("Dienstagabend", "de", "weekday"),
        ("na segunda", "pt", "weekday"),
        ("el 3 de mayo", "es", "month name"),
        ("12 mai", "fr", "month name"),
        ("inizio di giugno", "it", "month name"),
        ("in May", "en", "month name"),
        ("1998", "en", "digits"),
        ("am 12.05.", "de", "digits"),
        ("two days later", "en", "words only"),
        ("die letzten Tage", "de", "words only"),
        ("el mar", "es", "words only"),
        ("the sun rose", "en", "words only"),
    ],
)
def test_text_cue_takes_the_first_cue_in_the_text_language(
    text: str, language: str, cue: str
) -> None:
    """Clock time beats weekday beats month name beats digits; bare three-letter
    abbreviations ("die", "mar", "sun") are ordinary words."""
    assert text_cue(text, language) == cue


def test_text_cue_reads_only_the_corpus_language() -> None:
    """English month names are not cues in a French corpus, nor French ones in English."""
    assert text_cue("in June", "fr") == "words only"
    assert text_cue("en juin", "en") == "words only"


def test_tally_counts_errors_by_kind_shape_and_cue() -> None:
    """Each error counts once, under its kind, its row and its column."""
    errors = [
        Error("FN", "two days later", "1940-05-12", "DATE"),
        Error("FN", "the day after", "1940-05-13", "DATE"),
        Error("FP", "Friday", "", ""),
    ]
    assert tally_errors(errors) == {
        ("FN", "day", "words only"): 2,
        ("FP", "no gold", "weekday"): 1,
    }


def test_breakdown_table_has_shape_rows_cue_columns_and_totals() -> None:
    """Cells read FN/FP, empty cells are '-', rows without errors are left out."""
    errors = [
        Error("FN", "two days later", "1940-05-12", "DATE"),
        Error("FN", "in June", "1940-06", "DATE"),
        Error("FP", "in June", "1940-06", "DATE"),
        Error("FP", "three weeks", "P3W", "DURATION"),
    ]
    lines = format_breakdown("WikiWars, timeline errors", errors).splitlines()
    assert lines[0].startswith("WikiWars, timeline errors: 2 FN, 2 FP")
    assert lines[1].split()[:2] == ["shape", "all"]
    assert [line.split()[0] for line in lines[2:]] == ["month", "day", "DURATION/SET", "all"]
    month = lines[2].split()
    assert month[1] == "1/1"
    assert month[2 + CUES.index("month name")] == "1/1"
    assert lines[-1].split()[1] == "2/2"


def test_breakdown_without_errors_is_one_line() -> None:
    """A corpus the system gets all right prints only its title."""
    assert format_breakdown("es, timeline errors", []) == "es, timeline errors: 0 FN, 0 FP"
