"""The home page's overview: events per year (or decade, or century) as an inline SVG.

Drawn at build time, so it needs no script and no external library; each bar links to the
period page holding its first event, and carries a text label for screen readers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from timeline.generate._locale import Locale
from timeline.generate._plan import PagePlan

MAX_BARS = 60
"""Above this many years the chart counts decades; above this many decades, centuries."""

_WIDTH = 600
_HEIGHT = 120
_AXIS = 16


@dataclass(frozen=True)
class Bar:
    """One bucket of the chart: its first year, its label, its count and its page (if any)."""

    start: int
    label: str
    count: int
    path: str | None


Unit = Literal["year", "decade", "century"]


def chart_bars(plans: Sequence[PagePlan], locale: Locale) -> tuple[Unit, list[Bar]]:
    """The bucket unit (`year`, `decade`, `century`) and one bar per bucket, gaps included."""
    years = [e.date.year for p in plans for e in p.events]
    if not years:
        return "year", []
    first, last = min(years), max(years)
    size: int = 1
    unit: Unit = "year"
    if last - first + 1 > MAX_BARS:
        size, unit = 10, "decade"
    if (last // size - first // size + 1) > MAX_BARS:
        size, unit = 100, "century"
    counts: dict[int, int] = {}
    pages: dict[int, str] = {}
    for plan in plans:
        for event in plan.events:
            bucket = event.date.year // size * size
            counts[bucket] = counts.get(bucket, 0) + 1
            pages.setdefault(bucket, plan.path)
    label = _bucket_label(size, locale)
    start = first // size * size
    bars = [
        Bar(b, label(b), counts.get(b, 0), pages.get(b))
        for b in range(start, last // size * size + 1, size)
    ]
    return unit, bars


def _bucket_label(size: int, locale: Locale) -> Callable[[int], str]:
    if size == 1:
        return str
    if size == 10:
        return locale.decade
    return lambda century: f"{century}–{century + 99}"


def overview_svg(
    plans: Sequence[PagePlan], locale: Locale, href: Callable[[str], str]
) -> list[str]:
    """The chart as lines of one raw HTML block (no blank lines), or nothing for no events.

    `href` turns a page path into a link relative to the home page.
    """
    unit, bars = chart_bars(plans, locale)
    if not bars:
        return []
    words = locale.words
    unit_name = {"year": words.year, "decade": words.decade_unit, "century": words.century}
    title = words.chart.format(unit=unit_name[unit])
    top = max(b.count for b in bars)
    step = _WIDTH / len(bars)
    gap = min(2.0, step * 0.2)
    plot = _HEIGHT - _AXIS
    lines = [
        '<figure class="tl-overview">',
        f'<svg viewBox="0 0 {_WIDTH} {_HEIGHT}" role="img" aria-labelledby="tl-overview-title" '
        'preserveAspectRatio="none">',
        f'<title id="tl-overview-title">{title}</title>',
        f'<line class="tl-axis" x1="0" y1="{plot}" x2="{_WIDTH}" y2="{plot}"/>',
    ]
    for i, bar in enumerate(bars):
        if bar.count == 0 or bar.path is None:
            continue
        height = max(2.0, plot * bar.count / top)
        x, y = i * step + gap / 2, plot - height
        name = f"{bar.label}: {locale.words.event.count(bar.count)}"
        lines.append(
            f'<a href="{href(bar.path)}" aria-label="{name}"><rect class="tl-bar" x="{x:.1f}" '
            f'y="{y:.1f}" width="{step - gap:.1f}" height="{height:.1f}"><title>{name}</title>'
            "</rect></a>"
        )
    lines.append("</svg>")
    ticks = _ticks(bars)
    labels = "".join(f"<span>{bars[i].label}</span>" for i in ticks)
    lines += [f'<figcaption><span class="tl-axis-labels">{labels}</span></figcaption>', "</figure>"]
    return lines


def _ticks(bars: Sequence[Bar]) -> list[int]:
    """Indexes of the bars to label under the chart: the ends and a few evenly between."""
    if len(bars) <= 6:
        return list(range(len(bars)))
    step = (len(bars) - 1) / 4
    return sorted({round(i * step) for i in range(5)})
