"""French words the ingest stage reads: page furniture that is no article text.

Plain data for `timeline.ingest.cleanup` (see `timeline.lang`). Entries are regex fragments,
matched as whole words without regard to case.
"""

from __future__ import annotations

NOTICE_WORDS: tuple[str, ...] = (
    "cookies?",
    "abonnez-vous",
    "abonnement",
    "abonn[ée]e?s",
    "newsletter",
    r"lettre\s+d'information",
    "commentaires?",
    "commenter",
    "connectez-vous",
    r"se\s+connecter",
    "inscrivez-vous",
    "partager",
    "publicit[ée]",
    r"politique\s+de\s+confidentialit[ée]",
    r"lire\s+aussi",
    r"lire\s+la\s+suite",
    "suivez-nous",
    r"tous\s+droits\s+r[ée]serv[ée]s",
    "r[ée]agir",
    r"r[ée]serv[ée]\s+aux\s+abonn[ée]s",
)
"""Words of cookie and paywall notices, newsletter and subscription calls, comment forms,
share buttons and related-story labels: each counts like the English boilerplate words."""
