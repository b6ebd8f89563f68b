"""What a date does in its sentence: the time of what the sentence reports, background, or
the time of a statement.

A date is either the time of what the sentence reports ("signed on Wednesday") or
background ("deals dating back to 1961", "since the collapse of the Soviet Union in 1991").
A background date is titled by the noun phrase that says what happened then, and one with
nothing attached ("allies since 1991") says no event at all. A date in a closing
attribution (", the ministry said on Thursday") dates the saying.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from timeline.dates.mention import DateMention
from timeline.dates.span import to_partial_dates
from timeline.events._lexicon import (
    DETERMINERS,
    NP_STOP,
    PAST_VERB_RE,
    POSSESSIVES,
    SPEECH_VERBS,
    WORD_RE,
    alternation,
    either_case,
    phrases,
    word_set,
)
from timeline.events.sentences import Sentence
from timeline.model import PartialDate

__all__ = [
    "CONTEXT_BEFORE_RE",
    "SAYER_RE",
    "DateRole",
    "DatedMention",
    "classify_date",
    "list_of_dates",
]


_PARTS_OF_DATES = "".join(rf"(?<!{noun}\s)" for noun in phrases("PARTS_OF_DATES"))

CONTEXT_BEFORE_RE = re.compile(
    rf"\b(?:{alternation('BACKGROUND_BEFORE')}"
    rf"|{_PARTS_OF_DATES}(?<!\d\s)(?<!\d)(?:{alternation('BACKGROUND_OF')}))\s*$",
    re.IGNORECASE,
)
"""A background date that names the noun phrase before it ("deals dating back to 1961",
"the treaty of 1961"; not "the end of 2019")."""

_CONTEXT_AFTER_RE = re.compile(
    rf"\b(?P<trigger>{alternation('BACKGROUND_TRIGGERS')})\s+(?P<phrase>[^,;:()“”\"]{{0,90}}?)"
    rf"\s*(?:\b(?:{alternation('PHRASE_DATE_GLUE')})\s+)?$",
    re.IGNORECASE,
)
"""A background date closing a phrase that says what happened ("since the collapse ... in")."""

_EMPTY_TRIGGERS = word_set("EMPTY_BACKGROUND_TRIGGERS")
"""Triggers whose date alone says no event ("allies since 1991")."""

_CLAUSE_AUXILIARY_RE = re.compile(rf"\b(?:{alternation('CLAUSE_AUXILIARIES')})\b")
"""An auxiliary that makes a background phrase a clause ("since relations were cut")."""

_DETERMINER_BEFORE_RE = re.compile(rf"\b(?:{alternation('DATE_DETERMINERS')})\s+$", re.I)
"""A determiner right before a date: the date describes the noun after it."""

_ANCHORED_END_RE = re.compile(rf"\b(?:{alternation('ANCHORED_DATE_ENDINGS')})\s*$", re.I)
"""The end of a date counted from an event ("24 years after")."""

_LIST_GLUE_RE = re.compile(rf"^\s*(?:,\s*)?(?:(?:{alternation('LIST_CONJUNCTIONS')})\s+)?$")
"""What stands between two dates of one list (", ", " and ", ", y ")."""

_NP_INNER = word_set("NP_INNER_WORDS")

_SAYING_PLACE = rf"(?:\s+(?:{alternation('SAYING_PLACE_WORDS')})\b[^,]*)?"

SAYER_RE = re.compile(
    rf",\s*(?!\s)(?!(?:{either_case('NOT_SAYER_OPENERS')})\b)(?P<sayer>"
    rf"[^,]{{1,60}}?\s{SPEECH_VERBS}(?:\s+(?:[A-Z][\w\-]*|{alternation('AUDIENCES')}))*"
    rf"{_SAYING_PLACE}|{SPEECH_VERBS}\s+(?:the\s+)?[\w\-]+(?:\s+[\w\-]+)?{_SAYING_PLACE})"
    r"[.!]?[”\"’']?\s*$"
)
"""A closing attribution (", the ministry said on Thursday"): a date in it dates the saying."""


_RELATIVE_SUBJECT_RE = re.compile(
    rf"\b(?:{alternation('RELATIVE_PRONOUNS')})\s+(?:(?:{alternation('ARTICLES')})\s+)?"
    r"[\w\-]+(?:\s+[\w\-]+){0,2}\s*$",
    re.IGNORECASE,
)
"""A subject right after a relative pronoun ("the treaty that the two countries | signed
in 1961"): the date is the relative clause's event, not background of a noun."""


class DateRole(Enum):
    """What a date does in its sentence."""

    MAIN = "main"
    """The time of what the sentence reports ("signed on Wednesday")."""
    BACKGROUND = "background"
    """The time of something the sentence only mentions ("deals dating back to 1961")."""
    STATEMENT = "statement"
    """The time of the saying in a closing attribution (", the ministry said on Thursday")."""


@dataclass(frozen=True, kw_only=True)
class DatedMention:
    """A date mention of one sentence, resolved to calendar dates and given its role."""

    mention: DateMention
    date: PartialDate
    end: PartialDate | None
    role: DateRole
    phrase: str = ""
    """For a background date, the noun phrase it dates ("the collapse of the Soviet Union")."""


_NOWADAYS_RE = re.compile(rf"\b(?:{alternation('NOWADAYS')})\b", re.IGNORECASE)
"""Phrases whose "today" means "nowadays" ("hoy en día", "ancora oggi", "to this day")."""


def _means_nowadays(sentence: Sentence, mention: DateMention) -> bool:
    """Whether the mention is the "today" of a phrase meaning "nowadays": no day at all."""
    start, end = mention.start - sentence.start, mention.end - sentence.start
    return any(
        match.start() < end and start < match.end()
        for match in _NOWADAYS_RE.finditer(sentence.text)
    )


_TIME_WORDS = (
    word_set("CALENDAR_NOUNS") | word_set("PARTS_OF_DATES") | word_set("DATE_GLUE_AFTER")
) - {"class"}
"""Words of a phrase that only names a time: calendar nouns, parts of a date, "pasado"."""
_PHRASE_FUNCTION_WORDS = (
    word_set("DETERMINERS") | DETERMINERS | word_set("TAIL_WORDS") | word_set("SOFT_BREAK_WORDS")
)


def _candidate_phrase(before: str, after: str) -> str:
    """The background phrase the rules below would take (what precedes the date)."""
    if CONTEXT_BEFORE_RE.search(before):
        return _noun_phrase_before(CONTEXT_BEFORE_RE.sub("", before))
    after_match = _CONTEXT_AFTER_RE.search(before)
    if after_match:
        return _clean_phrase(after_match.group("phrase"))
    if _DETERMINER_BEFORE_RE.search(before):
        return _noun_phrase_after(after)
    return ""


def _names_a_time(phrase: str) -> bool:
    """ "la madrugada", "el día", "a principios de": a phrase of calendar nouns and function
    words only names a time (one of function words alone, "que el", names nothing); it is
    no background happening."""
    words = [w.lower() for w in WORD_RE.findall(phrase)]
    content = [w for w in words if w not in _PHRASE_FUNCTION_WORDS]
    return bool(words) and all(w in _TIME_WORDS for w in content)  # "que el": no noun


def classify_date(
    sentence: Sentence, mention: DateMention, siblings: list[DateMention]
) -> DatedMention | None:
    """Decide whether a mention dates the sentence's report or is background, or neither."""
    if _means_nowadays(sentence, mention):
        return None
    try:
        date, end = to_partial_dates(mention.value, mention.end_value)
    except ValueError:
        return None
    if end is not None and (end == date or end.last_day() < date.first_day()):
        end = None  # a one-day "range", or one the engine read backwards

    def dated(role: DateRole, phrase: str = "") -> DatedMention:
        return DatedMention(mention=mention, date=date, end=end, role=role, phrase=phrase)

    if mention.resolution == "anchored" and not _is_story_day(mention):
        return _anchored(sentence, mention, date, end)
    start = _list_start(sentence, mention, siblings) - sentence.start
    local_end = mention.end - sentence.start
    sayer = SAYER_RE.search(sentence.text)
    if sayer and sayer.start("sayer") <= start:
        return dated(DateRole.STATEMENT)
    before = sentence.text[:start]
    after = sentence.text[local_end:]
    if _names_a_time(_candidate_phrase(before, after)):
        return dated(DateRole.MAIN)  # "desde la madrugada de este domingo": the time itself
    if CONTEXT_BEFORE_RE.search(before):
        head = CONTEXT_BEFORE_RE.sub("", before)
        phrase = _noun_phrase_before(head)
        if phrase and not _RELATIVE_SUBJECT_RE.search(head):
            return dated(DateRole.BACKGROUND, phrase)
    after_match = _CONTEXT_AFTER_RE.search(before)
    if after_match and re.match(r"\s*,\s*when\s", after):
        return dated(DateRole.MAIN)  # "since 2017, when he attended ..."
    if after_match:
        phrase = _clean_phrase(after_match.group("phrase"))
        if not phrase:
            if after_match.group("trigger").lower() in _EMPTY_TRIGGERS:
                return None  # "since 1991": background with nothing said about it
        elif not _CLAUSE_AUXILIARY_RE.search(phrase):
            return dated(DateRole.BACKGROUND, phrase)
    if _DETERMINER_BEFORE_RE.search(before):
        following = _noun_phrase_after(after)
        if following:
            return dated(DateRole.BACKGROUND, following)
    return dated(DateRole.MAIN)


_LONG_UNIT_RE = re.compile(r"\b(?:years?|months?|quarters?)\b", re.IGNORECASE)


def _is_story_day(mention: DateMention) -> bool:
    """ "The next day", "four days later", "le lendemain": a day counted from the day the
    text just named dates its sentence like any day (issue 10); "a year earlier" on a day
    stays a comparison."""
    return mention.precision == "day" and not _LONG_UNIT_RE.search(mention.text)


def _anchored(
    sentence: Sentence, mention: DateMention, date: PartialDate, end: PartialDate | None
) -> DatedMention | None:
    """ "24 years after his last visit" dates the visit; "the first in 24 years" dates nothing
    the sentence names, so it gives no event."""
    if not _ANCHORED_END_RE.search(mention.text):
        return None
    following = sentence.text[mention.end - sentence.start :]
    phrase = _noun_phrase_after(following, keep_possessive=True)
    if not phrase:
        return None
    return DatedMention(
        mention=mention, date=date, end=end, role=DateRole.BACKGROUND, phrase=phrase
    )


def _list_start(sentence: Sentence, mention: DateMention, siblings: list[DateMention]) -> int:
    """Where a list of dates ("1961, 2000, and 2001") that ends with `mention` begins."""
    start = mention.start
    earlier = sorted((m for m in siblings if m.end <= mention.start), key=lambda m: -m.end)
    for other in earlier:
        gap = sentence.text[other.end - sentence.start : start - sentence.start]
        if not _LIST_GLUE_RE.match(gap):
            break
        start = other.start
    return start


def list_of_dates(
    mention: DateMention, mentions: Sequence[DateMention], text: str, offset: int
) -> list[DateMention]:
    """Every date of the list ("1961, 2000 and 2001") that `mention` belongs to, in order."""
    ordered = sorted(mentions, key=lambda m: m.start)
    at = next((i for i, m in enumerate(ordered) if m is mention), -1)
    if at < 0:
        return [mention]
    first = last = at
    while first > 0 and _LIST_GLUE_RE.match(
        text[ordered[first - 1].end - offset : ordered[first].start - offset]
    ):
        first -= 1
    while last + 1 < len(ordered) and _LIST_GLUE_RE.match(
        text[ordered[last].end - offset : ordered[last + 1].start - offset]
    ):
        last += 1
    return ordered[first : last + 1]


def _noun_phrase_before(text: str) -> str:
    words = WORD_RE.findall(text)[-10:]
    taken: list[str] = []
    for position in range(len(words) - 1, -1, -1):
        word = words[position]
        lowered = word.lower()
        if lowered in NP_STOP:
            break
        if lowered.endswith("ing") and taken:
            before = words[position - 1].lower() if position else ""
            if before not in DETERMINERS:
                break  # "replacing previous deals": a verb, not a modifier like "the zoning"
        taken.append(word)
        if lowered in DETERMINERS:
            break
    return _clean_phrase(" ".join(reversed(taken)))


def _noun_phrase_after(text: str, *, keep_possessive: bool = False) -> str:
    if not re.match(r"\s*[a-z]", text) and not re.match(r"\s*[A-Z][a-z]+\s+[a-z]", text):
        return ""
    words = WORD_RE.findall(text[: re.search(r"[,;:.()]|$", text).start()])  # type: ignore[union-attr]
    taken: list[str] = []
    for word in words[:8]:
        lowered = word.lower()
        if lowered in NP_STOP and lowered not in _NP_INNER:
            break
        if lowered == "and" and not (taken and taken[-1][:1].isupper()):
            break
        if PAST_VERB_RE.fullmatch(word):  # auxiliaries already stopped it as NP_STOP
            break
        taken.append(word)
    if keep_possessive and taken and taken[0].lower() in POSSESSIVES:
        return " ".join(taken)
    return _clean_phrase(" ".join(taken))


def _clean_phrase(phrase: str) -> str:
    words = phrase.split()
    while words and (words[0].lower() in DETERMINERS or words[0].lower() in NP_STOP):
        words = words[1:]
    while words and words[-1].lower() in NP_STOP | DETERMINERS:
        words = words[:-1]
    return " ".join(words)
