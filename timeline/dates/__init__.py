"""Find and resolve date expressions in news text (the date engine).

Public API: `find_dates(text, reference, languages=("en",), mode="auto") -> list[DateMention]`;
`mode` says whether relative dates count from the publication date ("news"), from the
story's own time line ("narrative"), or per paragraph as the text shows ("auto").
"""

from timeline.dates._engine import find_dates
from timeline.dates._focus import MODES, Mode, as_mode
from timeline.dates.mention import DateMention, Precision, Resolution

__all__ = ["MODES", "DateMention", "Mode", "Precision", "Resolution", "as_mode", "find_dates"]
