"""Spanish words the ingest stage reads: page furniture that is no article text.

Plain data for `timeline.ingest.cleanup` (see `timeline.lang`). Entries are regex fragments,
matched as whole words without regard to case.
"""

from __future__ import annotations

NOTICE_WORDS: tuple[str, ...] = (
    "cookies?",
    r"suscr[ií]b\w*",
    "suscripci[oó]n",
    "bolet[ií]n",
    "newsletter",
    "comentarios?",
    "comentar",
    r"inicia(?:r)?\s+sesi[oó]n",
    r"reg[ií]str\w+",
    "compartir",
    "publicidad",
    r"pol[ií]tica\s+de\s+privacidad",
    r"aviso\s+legal",
    r"lee\s+tambi[eé]n",
    r"leer\s+m[aá]s",
    r"te\s+puede\s+interesar",
    "s[ií]guenos",
    r"todos\s+los\s+derechos\s+reservados",
    r"noticias\s+relacionadas",
    "suscriptores",
)
"""Words of cookie and paywall notices, newsletter and subscription calls, comment forms,
share buttons and related-story labels: each counts like the English boilerplate words."""
