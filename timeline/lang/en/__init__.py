"""English: the data each pipeline stage needs for this language (see `timeline.lang`)."""

FUNCTION_WORDS: frozenset[str] = frozenset({
    "the", "and", "of", "to", "in", "is", "that", "was", "for", "with", "on", "as", "by", "at",
    "from", "this", "his", "her", "they", "have", "has", "had", "were", "are", "been", "which",
    "will", "would", "not", "but", "their", "its", "an", "said", "after", "who",
})  # fmt: skip
"""Frequent function words that are rare as words in the other languages: the language
detector (`timeline.ingest.language`) counts them."""
