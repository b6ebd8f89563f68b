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
- `days`: clock times and parts of the day ("20 h 45", "Dienstagabend"), years counted
  from the date just named ("l'année suivante");
- `story`: days counted from the day the text just named ("the next morning", "le
  lendemain", "al día siguiente").

A pattern is a `timeline.dates._registry.Pattern`: its name, rank, regex shape, gate and
resolver, registered together by `register(...)` in its family module.
"""

from __future__ import annotations

from timeline.dates._registry import Pattern, registered
from timeline.dates.patterns import (
    absolute,
    anchored,
    days,
    english,
    holidays,
    parts,
    periods,
    relative,
    story,
)

__all__ = ["PATTERNS"]

# imported to register
_FAMILIES = (absolute, relative, anchored, periods, english, holidays, parts, days, story)

PATTERNS: tuple[Pattern, ...] = registered()
"""Every registered pattern, by rank."""
