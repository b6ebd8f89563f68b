"""Portuguese words the ingest stage reads: page furniture that is no article text.

Plain data for `timeline.ingest.cleanup` (see `timeline.lang`). Entries are regex fragments,
matched as whole words without regard to case.
"""

from __future__ import annotations

NOTICE_WORDS: tuple[str, ...] = (
    "cookies?",
    "assine",
    "assinatura",
    "assinantes?",
    "inscreva-se",
    "newsletter",
    "coment[aá]rios?",
    "comentar",
    r"compartilh\w+",
    r"partilh\w+",
    "publicidade",
    r"pol[ií]tica\s+de\s+privacidade",
    r"leia\s+tamb[eé]m",
    r"leia\s+mais",
    "siga-nos",
    r"todos\s+os\s+direitos\s+reservados",
)
"""Words of cookie and paywall notices, newsletter and subscription calls, comment forms,
share buttons and related-story labels: each counts like the English boilerplate words."""
