"""Spanish: the data each pipeline stage needs for this language (see `timeline.lang`)."""

FUNCTION_WORDS: frozenset[str] = frozenset({
    "el", "la", "los", "las", "del", "que", "y", "en", "es", "por", "con", "para", "una", "su",
    "sus", "al", "se", "lo", "como", "pero", "más", "fue", "han", "este", "esta", "entre",
    "sobre", "también", "ya", "muy", "sin", "desde", "hasta", "dijo",
})  # fmt: skip
"""Frequent function words that are rare as words in the other languages: the language
detector (`timeline.ingest.language`) counts them."""
