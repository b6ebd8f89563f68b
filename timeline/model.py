"""The timeline's domain objects: immutable, validated on construction, free of I/O.

Everything else (the YAML store, the extractor, the site generator) speaks in these types,
so a date's precision or an event's hand-edit status is decided in exactly one place.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import json
import math
import re
from dataclasses import dataclass, field
from enum import IntEnum
from functools import cached_property
from urllib.parse import urlsplit

__all__ = [
    "STATUSES",
    "Citation",
    "Dispute",
    "Era",
    "Event",
    "Media",
    "Origin",
    "PartialDate",
    "Precision",
    "Source",
    "Timeline",
    "content_digest",
]

_DATE_RE = re.compile(r"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$")
"""ASCII digits only: Python's digit class also takes other scripts' digits ("２０２４"),
which the JSON Schema, exports and other tools do not read as a year."""
DATE_FORMAT_HINT = "expected YYYY, YYYY-MM or YYYY-MM-DD"


class Precision(IntEnum):
    """How much of a date is known; ordered so that finer precisions compare greater."""

    YEAR = 1
    MONTH = 2
    DAY = 3


@dataclass(frozen=True, order=False)
class PartialDate:
    """A calendar date known to year, month or day precision ("1961", "2024-06", "2024-06-19").

    A year-only date is not January 1st: it is the whole year, and prints as "1961".
    """

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.year <= 9999:
            raise ValueError(f"year {self.year} is out of range 1-9999")
        if self.month is None and self.day is not None:
            raise ValueError("a day needs a month")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"month {self.month} is out of range 1-12")
        if self.day is not None:
            assert self.month is not None
            last = calendar.monthrange(self.year, self.month)[1]
            if not 1 <= self.day <= last:
                raise ValueError(
                    f"{self.year:04d}-{self.month:02d} has no day {self.day} (it has {last} days)"
                )

    @classmethod
    def parse(cls, value: object) -> PartialDate:
        """Read "1961", "2024-06", "2024-06-19", an int year or a `datetime.date`.

        Quoted and unquoted YAML dates both land here, so they behave the same.
        Raises ValueError with a message fit for a `file:line` report.
        """
        if isinstance(value, PartialDate):
            return value
        if isinstance(value, dt.datetime):
            raise ValueError(f"{DATE_FORMAT_HINT}, got a date with a time '{value.isoformat()}'")
        if isinstance(value, dt.date):
            return cls(value.year, value.month, value.day)
        if isinstance(value, bool) or not isinstance(value, int | str):
            raise ValueError(f"{DATE_FORMAT_HINT}, got {type(value).__name__}")
        if isinstance(value, int):
            return cls(value)  # a year; 476 is as valid as "0476"
        text = str(value).strip()
        match = _DATE_RE.match(text)
        if not match:
            raise ValueError(f"{DATE_FORMAT_HINT}, got '{text}'")
        year, month, day = (int(g) if g else None for g in match.groups())
        assert year is not None
        return cls(year, month, day)

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    def iso(self) -> str:
        """The date as written in events.yaml, at its own precision."""
        out = f"{self.year:04d}"
        if self.month is not None:
            out += f"-{self.month:02d}"
        if self.day is not None:
            out += f"-{self.day:02d}"
        return out

    __str__ = iso

    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> dt.date:
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return dt.date(self.year, month, day)

    def sort_key(self) -> tuple[dt.date, int]:
        """Chronological order; a coarser date sorts before finer dates it contains."""
        return (self.first_day(), int(self.precision))

    def contains(self, other: PartialDate) -> bool:
        return self.first_day() <= other.first_day() and other.last_day() <= self.last_day()

    def display(self) -> str:
        """Human form at the date's precision: "1961", "June 2024", "June 19, 2024"."""
        if self.month is None:
            return str(self.year)
        month = calendar.month_name[self.month]
        if self.day is None:
            return f"{month} {self.year}"
        return f"{month} {self.day}, {self.year}"


@dataclass(frozen=True)
class Source:
    """An article the timeline cites."""

    id: str
    title: str = ""
    outlet: str = ""
    url: str = ""
    published: PartialDate | None = None
    language: str = ""

    @property
    def name(self) -> str:
        """What to call the source: its title, else its outlet, else the file or page its
        address names ("report.html", "example.org"); its id (often a hash) only when there
        is nothing else."""
        if self.title or self.outlet:
            return self.title or self.outlet
        url = self.url.strip()
        try:
            parts = urlsplit(url) if "://" in url else None
        except ValueError:
            parts = None
        path = parts.path if parts is not None else url
        name = path.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
        return name or (parts.netloc if parts is not None else "") or self.id


@dataclass(frozen=True)
class Origin:
    """Where an article was read and a digest of its text: how a later run tells a re-read
    of the same article from another article that happens to get the same source id."""

    location: str
    """The file path or URL the article was read from."""
    digest: str


@dataclass(frozen=True)
class Citation:
    """One place in a source that states an event: the quoted sentence and where it sits."""

    source: str
    quote: str = ""
    start: int | None = None
    end: int | None = None


STATUSES = ("planned",)
"""Values of an event's `status`; no status means it happened."""


@dataclass(frozen=True)
class Dispute:
    """A source that puts the event at another date than the timeline does."""

    source: str
    date: PartialDate


@dataclass(frozen=True)
class Media:
    """An image shown with an event (TimelineJS's field names, so exports map one to one).

    `url` is an http(s) address or a path under the site's `docs/`; `alt` is required
    because a figure without it says nothing to a screen reader.
    """

    url: str
    alt: str
    caption: str = ""
    credit: str = ""


@dataclass(frozen=True)
class Era:
    """A named stretch of time drawn as a band on the axis and as a header among the cards."""

    title: str
    start: PartialDate
    end: PartialDate

    def __post_init__(self) -> None:
        if self.end.last_day() < self.start.first_day():
            raise ValueError(f"end {self.end} is before start {self.start}")

    def contains(self, date: PartialDate) -> bool:
        """True when `date` begins inside the era."""
        return self.start.first_day() <= date.first_day() <= self.end.last_day()


@dataclass(frozen=True)
class Event:
    """A dated happening, with the sources that report it.

    `extracted` is the digest the extractor recorded when it last wrote the event. If the
    event's content no longer matches it, a person edited the event, and re-extraction
    leaves it alone; `locked` says the same explicitly.
    """

    id: str
    date: PartialDate
    title: str
    end: PartialDate | None = None
    text: str = ""
    tags: tuple[str, ...] = ()
    sources: tuple[Citation, ...] = ()
    locked: bool = False
    extracted: str | None = None
    importance: float | None = None
    """How much the event matters (higher: more). The extractor writes it from how many
    distinct articles report the event's day; None for a hand event that has none."""
    status: str = ""
    """"planned" when the event is known only from plans, schedules or expectations."""
    disputed: tuple[Dispute, ...] = ()
    """Other dates that sources give for the same event."""
    review: bool = False
    """The extractor is unsure of the date or title: a person should look before publishing."""
    media: Media | None = None

    def __post_init__(self) -> None:
        if self.end is not None and self.end.last_day() < self.date.first_day():
            raise ValueError(f"end {self.end} is before date {self.date}")
        if self.importance is not None and not 0 <= self.importance < math.inf:
            raise ValueError(f"importance {self.importance} is not a number 0 or more")
        if self.status and self.status not in STATUSES:
            raise ValueError(f"status must be one of {', '.join(STATUSES)}, got {self.status!r}")

    @property
    def planned(self) -> bool:
        return self.status == "planned"

    @cached_property
    def is_hand_edited(self) -> bool:
        """True when re-extraction must not touch this event (asked several times per event
        in a merge: worked out once, the event being frozen)."""
        return self.locked or self.extracted is None or self.extracted != content_digest(self)

    @cached_property  # every page, the axis and the feeds ask, for each event
    def source_ids(self) -> tuple[str, ...]:
        """Distinct cited source ids, in citation order."""
        return tuple(dict.fromkeys(c.source for c in self.sources))

    def sort_key(self) -> tuple[tuple[dt.date, int], str]:
        return (self.date.sort_key(), self.id)


def content_digest(event: Event) -> str:
    """A short fingerprint of what a person can edit in an event (not its bookkeeping)."""
    payload: dict[str, object] = {
        "date": event.date.iso(),
        "end": event.end.iso() if event.end else None,
        "title": event.title,
        "text": event.text,
        "tags": list(event.tags),
        "sources": [[c.source, c.quote] for c in event.sources],
    }
    if event.importance is not None:  # absent: the digest of files written before it existed
        payload["importance"] = event.importance
    # Added by issue 11; left out when unset so that older stamps stay valid.
    if event.status:
        payload["status"] = event.status
    if event.disputed:
        payload["disputed"] = [[d.source, d.date.iso()] for d in event.disputed]
    if event.review:
        payload["review"] = True
    if event.media is not None:  # only when present, so older digests stay valid
        m = event.media
        payload["media"] = [m.url, m.alt, m.caption, m.credit]
    raw = json.dumps(payload, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return hashlib.sha256(raw).hexdigest()[:12]


@dataclass(frozen=True)
class Timeline:
    """The whole events.yaml: a title, the sources, the events and the eras."""

    title: str
    description: str = ""
    sources: tuple[Source, ...] = ()
    events: tuple[Event, ...] = field(default_factory=tuple)
    language: str = ""
    """The timeline's language: titles of merged events come from a source in it."""
    eras: tuple[Era, ...] = ()

    def source(self, source_id: str) -> Source | None:
        for source in self.sources:
            if source.id == source_id:
                return source
        return None

    def chronological(self) -> list[Event]:
        return list(self._chronological)

    @cached_property
    def _chronological(self) -> tuple[Event, ...]:
        """Sorted once per timeline: the site asks for this order many times."""
        return tuple(sorted(self.events, key=Event.sort_key))
