"""Every date pattern the engine knows, one registration each, grouped by family.

- `absolute`: dates written out ("June 19, 2024", "19/06/24", "the 1990s", "1961");
- `relative`: counted from the publication date in any language ("last May", "yesterday",
  "la semana pasada", "hace 3 días");
- `anchored`: counted from another date ("a year earlier", "until then");
- `periods`: reporting periods ("the third quarter", "year-end"), quarters and halves in
  every language ("el tercer trimestre", "im dritten Quartal");
- `english`: other English-only shapes (weekends, seasons, holidays, years in words);
- `parts`: seasons, weekends and the edges of a period in the other languages ("à
  l'automne", "am Wochenende", "la fin de l'année");
- `days`: clock times, parts of the day and days counted from the story's day ("20 h 45",
  "Dienstagabend", "le lendemain").

A pattern is a `timeline.dates._registry.Pattern`: its name, rank, regex shape, gate and
resolver, registered together by `register(...)` in its family module.
"""

from __future__ import annotations

from timeline.dates._registry import Pattern, registered
from timeline.dates.patterns import absolute, anchored, days, english, parts, periods, relative

__all__ = ["PATTERNS"]

_FAMILIES = (absolute, relative, anchored, periods, english, parts, days)  # imported to register

PATTERNS: tuple[Pattern, ...] = registered()
"""Every registered pattern, by rank."""
