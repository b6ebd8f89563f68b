"""Page furniture a single page cannot show: a line that many pages of a collection repeat.

Cleaning an article (`timeline.ingest.cleanup`) sees one page; a site's own teaser ("Le
Monde en 2030"), its dateline ("Daté du jeudi 12 novembre"), a promotion or the caption of
its most-read list looks like text there. Across the collection it shows itself: the same
sentence, word for word, on pages published on different days. Such a sentence gives no
event.

Wire copy is the other reason a sentence repeats: outlets print an agency's report of the
day word for word. Those pages come out on the day or the next, so only a sentence that
pages of `REPEATED_DAYS` different publication days print counts as furniture. A
background paragraph an agency repeats for weeks goes too; it would count as one article
anyway (`timeline.events.importance` counts a repeated sentence once).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from timeline.events.candidates import Candidate

__all__ = ["REPEATED_DAYS", "REPEATED_PAGES", "drop_repeated"]

REPEATED_PAGES = 3
"""A sentence on this many pages or more may be furniture (two pages may share a quote)."""

REPEATED_DAYS = 3
"""...if those pages were published on this many different days (wire copy of one event
comes out on the day and the next)."""


def drop_repeated(
    candidates: Sequence[Candidate], published: Mapping[str, dt.date | None]
) -> tuple[list[Candidate], int]:
    """The candidates whose sentence is not repeated furniture, and how many distinct
    sentences (source, quote) were dropped as such. Pages without a date count as one day."""
    pages: dict[str, set[str]] = {}
    for candidate in candidates:
        pages.setdefault(candidate.citation.quote, set()).add(candidate.citation.source)
    furniture = {
        quote
        for quote, sources in pages.items()
        if len(sources) >= REPEATED_PAGES
        and len({published.get(source) for source in sources}) >= REPEATED_DAYS
    }
    if not furniture:
        return list(candidates), 0
    kept = [c for c in candidates if c.citation.quote not in furniture]
    dropped = {(c.citation.source, c.citation.quote) for c in candidates}
    dropped -= {(c.citation.source, c.citation.quote) for c in kept}
    return kept, len(dropped)
