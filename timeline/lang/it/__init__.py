"""Italian: the data each pipeline stage needs for this language (see `timeline.lang`)."""

FUNCTION_WORDS: frozenset[str] = frozenset({
    "il", "lo", "la", "gli", "le", "dei", "degli", "delle", "del", "della", "che", "di", "e",
    "è", "per", "con", "una", "un", "non", "sono", "nel", "nella", "alla", "al", "anche", "ma",
    "più", "come", "stato", "questo", "questa", "ha", "dal",
})  # fmt: skip
"""Frequent function words that are rare as words in the other languages: the language
detector (`timeline.ingest.language`) counts them."""
