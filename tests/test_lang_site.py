"""Every language folder's site strings (`timeline/lang/<code>/site.py`) are complete and
fit the generator: the same placeholders as English, twelve months, no string left out."""

from __future__ import annotations

import dataclasses
import string

import pytest

from timeline.generate import LANGUAGES as SITE_LANGUAGES
from timeline.lang import LANGUAGES, Noun, SiteStrings, stage_modules

SITES: dict[str, SiteStrings] = {code: m.SITE for code, m in stage_modules("site").items()}
ENGLISH = SITES["en"]
TEXT_FIELDS = [f.name for f in dataclasses.fields(SiteStrings) if f.type == "str"]


def placeholders(text: str) -> set[str]:
    """The `{names}` a format string fills in."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_every_language_has_site_strings() -> None:
    """Each language folder has a `site.py` whose `SITE` the generator speaks."""
    assert set(SITES) == set(LANGUAGES)
    assert all(isinstance(site, SiteStrings) for site in SITES.values())
    assert set(SITE_LANGUAGES) == set(LANGUAGES)


def test_no_site_string_has_a_default() -> None:
    """A language that leaves out a string fails when its module is imported, not on a page."""
    for cls in (SiteStrings, Noun):
        for field in dataclasses.fields(cls):
            assert field.default is dataclasses.MISSING, field.name
            assert field.default_factory is dataclasses.MISSING, field.name
    with pytest.raises(TypeError, match="century"):
        SiteStrings(
            **{  # type: ignore[arg-type]
                f.name: getattr(ENGLISH, f.name)
                for f in dataclasses.fields(SiteStrings)
                if f.name != "century"
            }
        )


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("name", TEXT_FIELDS)
def test_strings_fill_the_same_placeholders_as_english(code: str, name: str) -> None:
    """A translation may reorder `{placeholders}` but never drop, add or rename one."""
    text = getattr(SITES[code], name)
    assert text.strip(), f"{code}: {name} is empty"
    assert placeholders(text) == placeholders(getattr(ENGLISH, name)), f"{code}: {name}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_dates_have_twelve_months_and_complete_formats(code: str) -> None:
    """Twelve distinct month names; a day names day, month and year, a month month and year."""
    site = SITES[code]
    assert len(set(site.months)) == 12 and all(m.strip() for m in site.months)
    assert placeholders(site.day_format) == {"day", "month", "year"}
    assert placeholders(site.month_format) == {"month", "year"}
    assert site.first_day.strip()


@pytest.mark.parametrize("code", LANGUAGES)
def test_counted_nouns_have_both_numbers(code: str) -> None:
    """`1 event` and `3 events`: every counted noun has a singular and a plural."""
    site = SITES[code]
    for noun in (site.event, site.source, site.tag):
        assert noun.one.strip() and noun.many.strip()
    assert site.event.count(1) == f"1 {site.event.one}"
    assert site.event.count(3) == f"3 {site.event.many}"


def test_months_must_be_twelve() -> None:
    """A month list of the wrong length is refused when the strings are built."""
    fields = {f.name: getattr(ENGLISH, f.name) for f in dataclasses.fields(SiteStrings)}
    with pytest.raises(ValueError, match="12"):
        SiteStrings(**{**fields, "months": ENGLISH.months[:11]})
