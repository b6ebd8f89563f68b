"""German: the data each pipeline stage needs for this language (see `timeline.lang`)."""

FUNCTION_WORDS: frozenset[str] = frozenset({
    "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "den", "dem", "des", "zu", "mit",
    "von", "auf", "für", "sich", "im", "auch", "wurde", "sind", "es", "als", "bei", "nach",
    "wie", "aber", "hat", "oder", "einen", "einer", "noch",
})  # fmt: skip
"""Frequent function words that are rare as words in the other languages: the language
detector (`timeline.ingest.language`) counts them."""
