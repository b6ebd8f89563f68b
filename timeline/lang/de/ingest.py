"""German words the ingest stage reads: page furniture that is no article text.

Plain data for `timeline.ingest.cleanup` (see `timeline.lang`). Entries are regex fragments,
matched as whole words without regard to case.
"""

from __future__ import annotations

NOTICE_WORDS: tuple[str, ...] = (
    "cookies?",
    "abonnieren",
    "abonnement",
    "abo",
    "newsletter",
    "kommentare",
    "kommentieren",
    "anmelden",
    "registrieren",
    "teilen",
    "werbung",
    r"datenschutz\w*",
    r"lesen\s+sie\s+auch",
    r"mehr\s+zum\s+thema",
    r"folgen\s+sie\s+uns",
    r"alle\s+rechte\s+vorbehalten",
)
"""Words of cookie and paywall notices, newsletter and subscription calls, comment forms,
share buttons and related-story labels: each counts like the English boilerplate words."""
