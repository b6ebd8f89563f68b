"""What the date engine returns: a located, resolved date expression."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

Resolution = Literal["absolute", "relative", "anchored"]
Precision = Literal["decade", "year", "season", "quarter", "month", "week", "day"]
"""absolute: fully stated ("June 19, 2024"); relative: against the reference date
("Wednesday", "last year"); anchored: against another date ("24 years after ...")."""


@dataclass(frozen=True)
class DateMention:
    """A date expression found in text.

    `value` is TimeML/ISO notation at the expression's own precision: "1961", "2024-06",
    "2024-06-19", "2024-W25", "2024-Q2", "2024-SU" (season), "199" (the 1990s).
    `end_value`, when set, closes a range ("June 18-19" -> "2024-06-18" .. "2024-06-19").
    """

    start: int
    end: int
    text: str
    value: str
    precision: Precision
    resolution: Resolution
    end_value: str | None = None

    def first_day(self) -> dt.date:
        """The first calendar day the mention covers (see `timeline.dates.span`)."""
        from timeline.dates.span import value_span

        return value_span(self.value)[0]

    def last_day(self) -> dt.date:
        from timeline.dates.span import value_span

        return value_span(self.end_value or self.value)[1]
