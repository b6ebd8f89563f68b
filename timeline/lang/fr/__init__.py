"""French: the data each pipeline stage needs for this language (see `timeline.lang`)."""

FUNCTION_WORDS: frozenset[str] = frozenset({
    "le", "la", "les", "des", "du", "de", "et", "est", "que", "qui", "dans", "pour", "pas",
    "sur", "une", "avec", "au", "aux", "il", "elle", "ont", "sont", "été", "cette", "ces",
    "mais", "plus", "par", "son", "sa", "ses", "leur",
})  # fmt: skip
"""Frequent function words that are rare as words in the other languages: the language
detector (`timeline.ingest.language`) counts them."""
