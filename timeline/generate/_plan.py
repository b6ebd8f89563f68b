"""Grouping events into period pages: a year per page, crowded years split by month (MkDocs'
search cost grows with the square of a page's headings, and one page per event does not
scale). Decade pages only when asked for: merging "sparse" decades put a decade page beside
single-year pages holding as few events, and moved a year's URL when its decade filled up."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from timeline.generate._locale import Locale
from timeline.model import Event, PartialDate, Timeline

Grouping = Literal["auto", "decade", "year", "month"]

MAX_EVENTS_PER_PAGE = 120
"""A year with more events than this is split into month pages (auto grouping)."""

_ENGLISH = Locale()


@dataclass(frozen=True)
class PagePlan:
    """One period page: where it goes, what it is called, and its events in order."""

    path: str
    label: str
    kind: Literal["decade", "year", "month", "year-rest"]
    events: tuple[Event, ...]

    @property
    def decade(self) -> int:
        return self.events[0].date.year // 10 * 10


def _month_pages(year: int, events: list[Event], locale: Locale) -> list[PagePlan]:
    pages: list[PagePlan] = []
    rest = tuple(e for e in events if e.date.month is None)
    if rest:
        pages.append(PagePlan(f"years/{year}.md", f"{year}", "year-rest", rest))
    months: dict[int, list[Event]] = {}
    for event in events:
        if event.date.month is not None:
            months.setdefault(event.date.month, []).append(event)
    for month, month_events in sorted(months.items()):
        label = locale.date(PartialDate(year, month))
        path = f"years/{year}-{month:02d}.md"
        pages.append(PagePlan(path, label, "month", tuple(month_events)))
    return pages


def _year_pages(
    year: int, events: list[Event], grouping: Grouping, locale: Locale
) -> list[PagePlan]:
    if grouping == "month" or (grouping == "auto" and len(events) > MAX_EVENTS_PER_PAGE):
        return _month_pages(year, events, locale)
    return [PagePlan(f"years/{year}.md", str(year), "year", tuple(events))]


def plan_pages(
    timeline: Timeline, *, grouping: Grouping = "auto", locale: Locale = _ENGLISH
) -> list[PagePlan]:
    """Group the events into period pages, in chronological order.

    `auto` gives each year a page and splits a crowded year into months, so periods with as
    few events always look alike; the other values force one level. Paths never depend on
    the language; labels do (`2000s`, `Años 2000`). The last answer is kept for the same
    (immutable) timeline object, which one build asks for several times (pages, axis, link
    previews, feeds, navigation).
    """
    for last, options, pages in _LAST_PLANS:
        if last is timeline and options == (grouping, locale):
            return list(pages)
    made = _plan(timeline, grouping, locale)
    _LAST_PLANS[:] = [(timeline, (grouping, locale), tuple(made))]
    return made


_LAST_PLANS: list[tuple[Timeline, tuple[Grouping, Locale], tuple[PagePlan, ...]]] = []


def _plan(timeline: Timeline, grouping: Grouping, locale: Locale) -> list[PagePlan]:
    by_decade: dict[int, dict[int, list[Event]]] = {}
    for event in timeline.chronological():
        year = event.date.year
        by_decade.setdefault(year // 10 * 10, {}).setdefault(year, []).append(event)
    pages: list[PagePlan] = []
    for decade, years in sorted(by_decade.items()):
        if grouping == "decade":
            events = tuple(e for year in sorted(years) for e in years[year])
            path = f"years/{decade}s.md"
            pages.append(PagePlan(path, locale.decade(decade), "decade", events))
            continue
        for year, events_of_year in sorted(years.items()):
            pages.extend(_year_pages(year, events_of_year, grouping, locale))
    return pages
