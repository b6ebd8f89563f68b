"""The shape every `timeline/lang/<code>/site.py` fills: the generated site's words and dates.

One frozen, keyword-only dataclass instance per language (`SITE`), so a language that leaves
out a string fails when its module is imported (and under mypy), not on some page later.
Strings may hold `{placeholders}`, which the generator fills in; a language must use the
same placeholders as English (a test compares them).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Noun", "SiteStrings"]


@dataclass(frozen=True, kw_only=True)
class Noun:
    """A counted noun: `1 event`, `3 events`."""

    one: str
    many: str

    def count(self, n: int) -> str:
        """`n` and the noun in the number that goes with it."""
        return f"{n} {self.one if n == 1 else self.many}"


@dataclass(frozen=True, kw_only=True)
class SiteStrings:
    """Everything the generator writes in the site's language."""

    # Dates: a date is written at its precision (`1961`, `June 2024`, `June 19, 2024`).
    months: tuple[str, ...]
    """The twelve month names, January first, as they stand inside a date."""
    day_format: str
    """A day: `{month}`, `{day}` and `{year}` in this language's order."""
    month_format: str
    """A month of a year: `{month}` and `{year}`."""
    first_day: str
    """How the first day of a month is written (`1`; French writes `1er`)."""

    # Counted nouns.
    event: Noun
    source: Noun
    tag: Noun

    # Navigation and headings.
    home: str
    timeline: str
    periods: str
    tags: str
    all_tags: str
    tag_title: str
    """A tag page's title: `{tag}`."""
    sources: str
    how_to_edit: str
    latest: str
    overview: str

    # Sentences on the home, tag and source pages.
    no_events: str
    summary: str
    """The home page's first line: `{events}`, `{start}`, `{end}`, `{sources}`."""
    no_tags: str
    tags_by_name: str
    """The tag index's intro: `{tags}` (a count of tags)."""
    no_sources: str
    sources_intro: str
    """The source page's intro: `{sources}` (a count of sources)."""

    # Period labels, the tag filter and the overview chart.
    decade: str
    """A decade's label: `{decade}` is its first year (`1960s`)."""
    filter: str
    filter_all: str
    chart: str
    """The chart's title: `{unit}` is one of the three unit names below."""
    year: str
    decade_unit: str
    century: str
    planned: str
    """The mark of an event known only from plans ("Planned")."""
    disputed: str
    """Before the other dates sources give: `{dates}` is the list ("Other dates: {dates}")."""
    review: str
    """The mark of an event to look at before publishing (shown only on request)."""
    more: str
    """Opens the less frequent tag chips of a page's filter."""

    # The time axis, sharing and filters across the timeline (issue 12).
    axis: str
    """The axis's accessible name."""
    zoom_in: str
    zoom_out: str
    zoom_reset: str
    copy_link: str
    """The button that copies a card's link."""
    link_copied: str
    filtered_tag: str
    """The notice of a `?tag=` filter: `{tag}`."""
    filtered_source: str
    """The notice of a `?source=` filter: `{source}`."""
    clear_filter: str
    filter_source: str
    """The label of a period page's source picker."""
    all_sources: str
    """The picker's first choice: no source filter."""
    on_axis: str
    """On the sources page: the link to the whole timeline filtered to one source."""

    def __post_init__(self) -> None:
        if len(self.months) != 12:
            raise ValueError(f"months: expected 12 names, got {len(self.months)}")
