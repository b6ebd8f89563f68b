"""Portuguese: the data each pipeline stage needs for this language (see `timeline.lang`)."""

FUNCTION_WORDS: frozenset[str] = frozenset({
    "o", "a", "os", "as", "do", "da", "dos", "das", "que", "e", "em", "no", "na", "nos", "nas",
    "um", "uma", "para", "com", "não", "por", "foi", "são", "mais", "como", "ao", "também",
    "ele", "ela", "seu", "sua", "pelo", "pela", "disse",
})  # fmt: skip
"""Frequent function words that are rare as words in the other languages: the language
detector (`timeline.ingest.language`) counts them."""
