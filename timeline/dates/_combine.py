"""Join neighbouring mentions that state one date or one range.

"Tuesday (June 18)" is one day; "from 2000 to 2001" and "between May and July" are one
mention with an end value.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from timeline.dates.mention import DateMention

__all__ = ["combine"]

_WEEKDAY_JOIN = re.compile(
    r"\s*(?:,|\()?\s*(?:(?:the|dem|den|le|el|il|o)\s+)?(?:(?:d[ií]a|giorno)\s+)?$", re.IGNORECASE
)
"""Between a weekday and its date: "Tuesday, June 18", "el domingo, día 8 de marzo"."""


_TIME_OF_DAY = frozenset({"clock", "clock_at", "this_part", "part_alone"})
"""Patterns whose mention names a time on a day ("mardi vers 21 h 45"): TimeML annotates the
time apart from the day named before it, so it stays a mention of its own; a day right after
it ("at noon Saturday") is the day it is on, in one mention."""


_PARTS_OF_DAY = frozenset({"this_part", "part_alone"})

_TIME_DAY_GAP = re.compile(r"\s*(?:(?:on|of|de|di|del|du|do|am)\s+)?", re.IGNORECASE)
"""Between a time and the day it is on: "noon Saturday", "mezzanotte di lunedì"."""


_RANGE_OPEN = re.compile(r"\b(from|between|de|desde|du|dal|von|entre)\s+$", re.IGNORECASE)


_RANGE_JOIN = re.compile(
    r"^\s*(?:to|until|till|through|and|-|–|—|a|al|hasta|au|à|et|y|e|bis|und|até)\s*$",
    re.IGNORECASE,
)


_APPOSITION = re.compile(r"(?:\s+[a-z]+)?\s*,\s*$")
"""The gap: a comma, maybe after the head noun the first mention leaves out ("quarter")."""


def _follow_appositions(text: str, mentions: list[tuple[str, DateMention]]) -> None:
    """ "the comparable year-ago quarter, the second quarter ended Oct. 31, ...": a period the
    text only points at, then named in apposition, is the named one (in place)."""
    for index in range(len(mentions) - 1):
        first, second = mentions[index][1], mentions[index + 1][1]
        if (
            first.resolution == "anchored"
            and second.resolution != "anchored"
            and first.precision == second.precision
            and first.end_value is None
            and _APPOSITION.match(text[first.end : second.start])
        ):
            mentions[index] = (mentions[index][0], replace(first, value=second.value))


def combine(text: str, mentions: list[tuple[str, DateMention]]) -> list[DateMention]:
    """Join "Tuesday (June 18)" into one mention and "from 2000 to 2001" into a range."""
    _follow_appositions(text, mentions)
    out: list[DateMention] = []
    kinds: list[str] = []
    for kind, mention in mentions:
        if out:
            last = out[-1]
            gap = text[last.end : mention.start]
            if (
                kinds[-1] == "weekday"
                and kind not in _TIME_OF_DAY
                and mention.precision == "day"
                and _is_weekday_then_date(last, gap)
            ):
                end = mention.end
                if text[end : end + 1] == ")" and "(" in gap:
                    end += 1
                mention = _on_weekday(mention, dt.date.fromisoformat(last.value).weekday())
                out[-1] = _joined(text, last.start, end, mention, mention.end_value)
                kinds[-1] = kind
                continue
            if (
                kinds[-1] in _TIME_OF_DAY
                and kind not in _TIME_OF_DAY
                and mention.precision == "day"
                and _TIME_DAY_GAP.fullmatch(gap)
            ):
                # "at noon Saturday", "a mezzanotte di lunedì": the time and the day it is on
                # are one expression
                out[-1] = _joined(text, last.start, mention.end, mention, mention.end_value)
                kinds[-1] = kind
                continue
            if (
                kind in _PARTS_OF_DAY
                and last.value == mention.value
                and last.end_value is None
                and len(gap) <= 3
                and not any(char.isalnum() for char in gap)
            ):
                # "ce mardi « dans la journée »": the day and its part, one mention
                out[-1] = _joined(text, last.start, mention.end, last, None)
                continue
            if kinds[-1] == "relative" and kind == "weekday" and _is_apposition(last, gap):
                # "hoy, jueves", "mañana, martes": the weekday restates the relative day
                out[-1] = _joined(text, last.start, mention.end, last, None)
                continue
            closing = _range_end(text, last, mention, gap)
            if closing is not None:
                out[-1] = _joined(text, last.start, mention.end, last, closing)
                continue
        out.append(mention)
        kinds.append(kind)
    return out


def _range_end(text: str, first: DateMention, second: DateMention, gap: str) -> str | None:
    """The closing value when `first` and `second` read as "from/between first to/and second"."""
    if (
        not _RANGE_JOIN.match(gap)
        or first.precision != second.precision
        or first.end_value is not None
        or not _RANGE_OPEN.search(text, max(0, first.start - 12), first.start)
    ):
        return None
    closing = second.value
    if closing <= first.value and second.resolution == "relative" and second.precision == "month":
        closing = f"{first.value[:4]}{closing[4:]}"
        if closing <= first.value:
            closing = f"{int(first.value[:4]) + 1:04d}{closing[4:]}"
    return closing if closing > first.value else None


def _on_weekday(mention: DateMention, weekday: int) -> DateMention:
    """ "Saturday, April 25" without a year: the year, within one of the chosen one, in which
    April 25 is a Saturday (the weekday settles what tense could only guess)."""
    day = dt.date.fromisoformat(mention.value)
    if mention.resolution != "relative" or mention.end_value or day.weekday() == weekday:
        return mention
    for year in (day.year - 1, day.year + 1):
        try:
            other = day.replace(year=year)
        except ValueError:  # February 29
            continue
        if other.weekday() == weekday:
            return replace(mention, value=other.isoformat())
    return mention


_DAY_APPOSITION = re.compile(r"\s*,?\s*$")


def _is_apposition(first: DateMention, gap: str) -> bool:
    """A day, then its weekday after a comma or a space: one day named twice."""
    return first.precision == "day" and len(gap) <= 3 and _DAY_APPOSITION.match(gap) is not None


def _is_weekday_then_date(first: DateMention, gap: str) -> bool:
    return len(gap) <= 12 and _WEEKDAY_JOIN.match(gap) is not None and first.end_value is None


def _joined(
    text: str, start: int, end: int, base: DateMention, end_value: str | None
) -> DateMention:
    return DateMention(
        start=start,
        end=end,
        text=text[start:end],
        value=base.value,
        precision=base.precision,
        resolution=base.resolution,
        end_value=end_value,
    )
