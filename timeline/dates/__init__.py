"""Find and resolve date expressions in news text (the date engine).

Public API: `find_dates(text, reference, languages=("en",)) -> list[DateMention]`.
"""

from timeline.dates._engine import find_dates
from timeline.dates.mention import DateMention, Precision, Resolution

__all__ = ["DateMention", "Precision", "Resolution", "find_dates"]
