"""Find and resolve date expressions in news text (the date engine).

Public API: `find_dates(text, reference, languages=("en",)) -> list[DateMention]`.
"""

from timeline.dates.mention import DateMention, Resolution


def find_dates(text, reference, languages=("en",)):  # type: ignore[no-untyped-def]
    """Placeholder until the engine lands; see issue 3."""
    raise NotImplementedError("the date engine is being built")


__all__ = ["DateMention", "Resolution", "find_dates"]
