"""Italian words the ingest stage reads: page furniture that is no article text.

Plain data for `timeline.ingest.cleanup` (see `timeline.lang`). Entries are regex fragments,
matched as whole words without regard to case.
"""

from __future__ import annotations

NOTICE_WORDS: tuple[str, ...] = (
    "cookie",
    "abbonati",
    "abbonamento",
    "iscriviti",
    "newsletter",
    "commenti",
    "commenta",
    "accedi",
    "registrati",
    "condividi",
    "pubblicit[aà]",
    r"informativa\s+(?:sulla\s+)?privacy",
    r"leggi\s+anche",
    r"leggi\s+tutto",
    r"potrebbe\s+interessarti",
    "seguici",
    r"tutti\s+i\s+diritti\s+riservati",
    r"articoli\s+correlati",
)
"""Words of cookie and paywall notices, newsletter and subscription calls, comment forms,
share buttons and related-story labels: each counts like the English boilerplate words."""
