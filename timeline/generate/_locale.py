"""The generator's words and date formats in the site's language.

MkDocs' theme sets `lang` on every page; the timeline's own words ("Periods", "3 events")
and dates ("19 de junio de 2024") follow the same language. The words themselves live in
`timeline/lang/<code>/site.py`, one `SiteStrings` per language; this module only gathers them.
Unknown languages fall back to English; a regional tag (`pt-BR`, `de-CH`) uses its base
language.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from timeline.lang import SiteStrings, stage_modules
from timeline.model import PartialDate

__all__ = ["LANGUAGES", "Locale", "locale_for"]


@cache
def _site_strings() -> dict[str, SiteStrings]:
    """`{code: SITE}` of every language folder with a `site.py`."""
    found: dict[str, SiteStrings] = {}
    for code, module in stage_modules("site").items():
        strings = getattr(module, "SITE", None)
        if not isinstance(strings, SiteStrings):
            raise TypeError(f"{module.__name__}.SITE must be a SiteStrings instance")
        found[code] = strings
    return found


LANGUAGES: tuple[str, ...] = tuple(_site_strings())
"""Languages the generator speaks; others fall back to English."""


@dataclass(frozen=True)
class Locale:
    """The generator's words and date formats in one language."""

    language: str = "en"
    words: SiteStrings = _site_strings()["en"]

    def date(self, date: PartialDate) -> str:
        """The date at its precision: `1961`, `junio de 2024`, `19. Juni 2024`."""
        if date.month is None:
            return str(date.year)
        month = self.words.months[date.month - 1]
        if date.day is None:
            return self.words.month_format.format(month=month, year=date.year)
        day = self.words.first_day if date.day == 1 else str(date.day)
        return self.words.day_format.format(month=month, day=day, year=date.year)

    def decade(self, decade: int) -> str:
        """A decade's label: `1960s`, `Años 1960`."""
        return self.words.decade.format(decade=decade)


def locale_for(language: str) -> Locale:
    """The locale for a theme language (`es`, `pt-BR`); English when it is not supported."""
    base = language.strip().replace("_", "-").split("-")[0].lower()
    strings = _site_strings()
    if base not in strings:
        base = "en"
    return Locale(base, strings[base])
