"""The event stage's language data: one plain module per language, all of it read."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import timeline.events  # noqa: F401  (imports every rule, so every word list is read)
from timeline.dates import DateMention
from timeline.events import _lexicon, make_title
from timeline.lang import LANGUAGES, stage_modules

PACKAGE = Path(__file__).resolve().parents[1] / "timeline"
DATA = {code: PACKAGE / "lang" / code / "events.py" for code in LANGUAGES}
RULES = sorted((PACKAGE / "events").glob("*.py"))


def _constants(path: Path) -> list[tuple[ast.stmt, ast.stmt | None]]:
    """Each upper-case module constant with the statement after it (its docstring, if any)."""
    body = ast.parse(path.read_text(encoding="utf-8")).body
    found = []
    for index, node in enumerate(body):
        target = node.target if isinstance(node, ast.AnnAssign) else None
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
        if isinstance(target, ast.Name) and target.id.isupper():
            found.append((node, body[index + 1] if index + 1 < len(body) else None))
    return found


def test_every_language_has_an_events_module() -> None:
    """Each language the pipeline knows brings its own event words."""
    assert set(stage_modules("events")) == set(LANGUAGES)


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_constant_is_typed_and_documented(code: str) -> None:
    """A data module's constants carry a type and a one-line docstring saying what they are."""
    for node, after in _constants(DATA[code]):
        name = ast.unparse(node.targets[0] if isinstance(node, ast.Assign) else node.target)
        assert isinstance(node, ast.AnnAssign), f"{code}: {name} has no type"
        assert (
            isinstance(after, ast.Expr)
            and isinstance(after.value, ast.Constant)
            and isinstance(after.value.value, str)
        ), f"{code}: {name} has no docstring"


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_constant_is_read_by_a_rule(code: str) -> None:
    """A misspelt or forgotten word list fails here instead of silently changing nothing."""
    names = {
        ast.unparse(node.target)
        for node, _ in _constants(DATA[code])
        if isinstance(node, ast.AnnAssign)
    }
    assert names - _lexicon.READ == set()


@pytest.mark.parametrize("code", LANGUAGES)
def test_data_modules_import_nothing_from_the_pipeline(code: str) -> None:
    """Data flows from `timeline.lang` into the rules, never back."""
    tree = ast.parse(DATA[code].read_text(encoding="utf-8"))
    imported = {
        node.module
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module != "__future__"
    } | {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    }
    assert imported == set()


def test_each_irregular_verb_is_listed_once() -> None:
    """The irregular verbs are one table: no past form twice, every row read in a known way."""
    rows = _lexicon.irregular_verbs()
    pasts = [past for _, past, _, _, _ in rows]
    assert len(pasts) == len(set(pasts))
    assert {read_as for _, _, _, read_as, _ in rows} <= {"action", "finite", "past", ""}


def _code_strings(path: Path) -> list[str]:
    """String constants of a module's code, docstrings left out."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
    }
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
        if id(node) not in docstrings
    ]


@pytest.mark.parametrize("path", RULES, ids=lambda p: p.name)
def test_rules_type_no_irregular_verb(path: Path) -> None:
    """Irregular past forms live in the language data only, never typed again in a rule."""
    pasts = {past for _, past, _, _, _ in _lexicon.irregular_verbs()}
    typed = {
        word
        for text in _code_strings(path)
        for word in re.findall(r"[a-z]+", text)
        if word in pasts
    }
    assert typed == set()


def test_english_alternatives_come_first_then_each_language_once() -> None:
    """A rule's alternatives run through the languages in order, each entry once."""
    conjunctions = _lexicon.phrases("LIST_CONJUNCTIONS")
    assert conjunctions[:2] == ("and", "or")
    assert len(conjunctions) == len(set(conjunctions))
    assert {"y", "et", "und", "ou", "e"} <= set(conjunctions)


@pytest.mark.parametrize(
    ("sentence", "date", "title"),
    [
        (
            "The mayor opened the bridge en 2019 after years of delays.",
            "2019",
            "The mayor opened the bridge after years of delays",
        ),
        (
            "Die Ministerin eröffnete am Dienstag die neue Brücke.",
            "Dienstag",
            "Die Ministerin eröffnete die neue Brücke",
        ),
        (
            "Le maire a inauguré le pont depuis 2019 sans retard.",
            "2019",
            "Le maire a inauguré le pont sans retard",
        ),
    ],
)
def test_every_languages_date_glue_goes_with_its_date(sentence: str, date: str, title: str) -> None:
    """Any language's words that attach a date leave the title with it, whatever the article's
    language: the rules read the union of every language's data."""
    start = sentence.index(date)
    mention = DateMention(
        start=start,
        end=start + len(date),
        text=date,
        value="2019",
        precision="year",
        resolution="absolute",
    )
    assert make_title(sentence, [mention], focus=mention) == title
