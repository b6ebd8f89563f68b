"""dateparser, for the shapes the engine does not resolve itself (and only those).

A `DateDataParser` call costs ~1.6 ms, a hundred times the engine's own arithmetic, so it
is reused per (languages, reference) and its answers are cached per phrase. Today the
engine sends it numeric dates with a two-digit year ("19/06/24"), whose day/month order
and century dateparser decides from the locale.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

__all__ = ["parse_phrase"]


@lru_cache(maxsize=16)
def _parser(languages: tuple[str, ...], reference: dt.date | None) -> Any:
    from dateparser.date import DateDataParser

    settings: dict[str, Any] = {"PREFER_DATES_FROM": "past", "STRICT_PARSING": True}
    if reference is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(reference, dt.time())
    return DateDataParser(languages=list(languages), settings=settings)


@lru_cache(maxsize=4096)
def parse_phrase(
    phrase: str, languages: tuple[str, ...], reference: dt.date | None
) -> tuple[dt.date, str] | None:
    """(date, period) for a complete date phrase, or None when dateparser finds none."""
    data = _parser(languages, reference).get_date_data(phrase)
    if data.date_obj is None:
        return None
    return data.date_obj.date(), str(data.period or "day")
