"""The date engine's language data (`timeline/lang/<code>/dates.py`) and pattern registry."""

from __future__ import annotations

import ast
import dataclasses
from pathlib import Path
from types import ModuleType

import pytest

from timeline.dates._langdata import DateWords, read_date_words
from timeline.dates._registry import Shape, register, registered
from timeline.dates.patterns import PATTERNS
from timeline.lang import LANGUAGES, stage_modules

LANG = Path(__file__).resolve().parents[1] / "timeline" / "lang"


def test_every_language_has_date_words() -> None:
    """Each language of `timeline.lang` has a `dates.py` the engine reads."""
    assert sorted(stage_modules("dates")) == sorted(LANGUAGES)


@pytest.mark.parametrize("code", LANGUAGES)
def test_date_words_have_the_declared_types(code: str) -> None:
    """Every name a data module defines is a `DateWords` field holding the field's kind of
    value (a dict, tuple, regex string or flag), so a typo is caught, not ignored."""
    words = read_date_words(stage_modules("dates")[code])
    for field in dataclasses.fields(DateWords):
        default = DateWords()
        assert type(getattr(words, field.name)) is type(getattr(default, field.name)), field.name


@pytest.mark.parametrize("code", LANGUAGES)
def test_date_data_imports_nothing_from_the_pipeline(code: str) -> None:
    """Data flows from `timeline/lang` into the engine, never back."""
    tree = ast.parse((LANG / code / "dates.py").read_text(encoding="utf-8"))
    imported = [
        node.module if isinstance(node, ast.ImportFrom) else alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    ]
    assert set(imported) <= {"__future__"}, imported


def test_an_unknown_name_in_date_data_is_an_error() -> None:
    """A misspelt constant ("MONTH_LOWERCASE") fails loudly instead of being ignored."""
    module = ModuleType("timeline.lang.xx.dates")
    vars(module)["MONTH_LOWERCASE"] = True
    with pytest.raises(ValueError, match="MONTH_LOWERCASE"):
        read_date_words(module)


def test_patterns_are_registered_once_in_rank_order() -> None:
    """Names and ranks are unique, and the engine scans the patterns by rank."""
    names = [pattern.name for pattern in PATTERNS]
    ranks = [pattern.rank for pattern in PATTERNS]
    assert len(set(names)) == len(names)
    assert ranks == sorted(set(ranks))
    assert registered() == PATTERNS


def test_a_pattern_name_or_rank_cannot_be_registered_twice() -> None:
    """Registering an existing name, or a new name at a taken rank, is refused."""
    shape = Shape(core="x")
    with pytest.raises(ValueError, match="twice"):
        register("mdy", rank=99999, shape=shape)(lambda c, ctx: None)
    with pytest.raises(ValueError, match="rank"):
        register("a-new-name", rank=PATTERNS[0].rank, shape=shape)(lambda c, ctx: None)
    assert registered() == PATTERNS
