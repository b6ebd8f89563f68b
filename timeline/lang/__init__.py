"""Language data, one folder per language, one module per pipeline stage.

Like spaCy's `lang/xx/`: `timeline/lang/<code>/` holds everything the pipeline knows about
one language that dateparser's locale data does not already give us, as plain data:

- `dates.py`: the date engine's hand-written words (number words, extra modifiers,
  parts of the day, tense and plan cues, holidays);
- `events.py`: words the event stage reads (function words, date glue, speech verbs,
  irregular past forms, discourse openers);
- `site.py`: the generated site's strings and date formats, as one `SiteStrings` instance
  named `SITE` (its shape is in `_site.py`).

The folder's `__init__.py` holds the language's identity data: its `FUNCTION_WORDS`, which
the language detector counts.

Adding a language is adding a folder with those modules (plus rows in the test tables);
the stages find it through `LANGUAGES` and `stage_modules`. Modules here import nothing
from the pipeline: data flows from here into the stages, never back.
"""

from __future__ import annotations

import importlib
from functools import cache
from types import ModuleType

from timeline.lang._site import Noun, SiteStrings

__all__ = [
    "LANGUAGES",
    "Noun",
    "SiteStrings",
    "article_languages",
    "language_modules",
    "stage_modules",
]

LANGUAGES: tuple[str, ...] = ("en", "es", "fr", "it", "pt", "de")
"""The languages with data here, English first (the fallback)."""


def article_languages(language: str | None) -> tuple[str, ...]:
    """The languages whose words are read in an article written in `language`: that one
    alone (English when unknown). English words added to another language's text make
    false dates of its own words: French "sept" (seven) would become September."""
    return (language,) if language else ("en",)


@cache
def stage_modules(stage: str) -> dict[str, ModuleType]:
    """`{code: timeline.lang.<code>.<stage>}` for every language that has that stage."""
    found: dict[str, ModuleType] = {}
    for code in LANGUAGES:
        try:
            found[code] = importlib.import_module(f"timeline.lang.{code}.{stage}")
        except ModuleNotFoundError as exc:
            if exc.name != f"timeline.lang.{code}.{stage}":
                raise
    return found


@cache
def language_modules() -> dict[str, ModuleType]:
    """`{code: timeline.lang.<code>}` for every language: each one's identity data."""
    return {code: importlib.import_module(f"timeline.lang.{code}") for code in LANGUAGES}
