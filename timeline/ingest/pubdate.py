"""Publication dates written into paths and URLs (`…/2024/06/19/…`, `2011-01-26/…`).

Many sites and archives file articles under their date; when nothing better is known, that
date is the article's reference for "Wednesday" or "last year".
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit

__all__ = ["date_from_path"]

# Year 1900-2099, then month and day, separated by "/", "-", "_" or "." (or nothing, as
# "20240619"), never glued to other digits.
_PATTERNS = (
    re.compile(r"(?<!\d)((?:19|20)\d\d)([/_.-])(\d{1,2})\2(\d{1,2})(?!\d)"),
    re.compile(r"(?<!\d)((?:19|20)\d\d)()(\d\d)(\d\d)(?!\d)"),
)


def date_from_path(path_or_url: str) -> dt.date | None:
    """The last valid calendar date in a file path or in a URL's path and query.

    The last one wins because it sits closest to the file name (a folder per day, then a
    file). A URL's host is ignored so "2024.example.org" is not read as a year.
    """
    target = path_or_url
    if re.match(r"(?i)https?://", path_or_url):
        parts = urlsplit(path_or_url)
        target = f"{parts.path}?{parts.query}"
    found: list[tuple[int, dt.date]] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(target):
            year, _sep, month, day = match.groups()
            try:
                found.append((match.start(), dt.date(int(year), int(month), int(day))))
            except ValueError:
                continue
    return max(found)[1] if found else None
