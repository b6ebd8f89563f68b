"""One `sources:` or `events:` item read without YAML, when it is written exactly as
`dump_timeline` writes it and is valid.

Composing YAML costs most of reading a big events.yaml (libyaml's parser alone takes about
2 s for 30 MB, and every node and position is a Python object), yet nearly every item of a
written file is in the dumper's own layout: one `key: value` per line in the dumper's key
order, plain scalars that read as strings, JSON-style double quotes, `|-` blocks, a flow
list of tags. This reader takes only that layout, and only when every value passes the
same checks the validator makes; anything else (a comment, another style or order, an
unknown key, a value with a problem) gives None, and the item is composed and checked as
before. So messages and their locations are always the validator's own: an item read here
has none, and its value is the one the YAML reading gives (`tests/test_store_canonical.py`
compares the two on every item of written files and on mutations of them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from timeline.model import STATUSES, Citation, Event, PartialDate, Source
from timeline.store._compose import RESOLVERS, resolve_plain
from timeline.store._spec import ID_RE, LANGUAGE_RE, MAX_IMPORTANCE, MAX_OFFSET, URL_RE

__all__ = ["Read", "read_event", "read_source"]

_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_BOOL = "tag:yaml.org,2002:bool"

_PLAIN = re.compile(
    r"(?![\u2028\u2029])[A-Za-z0-9\u00a1-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
    r"[^\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]*"
)
"""A plain scalar that YAML reads as written (`: `, ` #` and a final `:` or space are
checked apart): the dumper's own rule."""
_QUOTED = re.compile(
    r'"((?:[^"\\\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]'
    r'|\\["\\bfnrt]|\\u(?![dD][89a-fA-F])[0-9a-fA-F]{4}|\\U[0-9a-fA-F]{8})*)"'
)
"""A double-quoted scalar on one line with JSON's escapes (no surrogate halves)."""
_ESCAPE = re.compile(r"\\(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|(.))")
_SIMPLE = {'"': '"', "\\": "\\", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
_LITERAL_OK = re.compile(r"[^\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]*")
_DATE = re.compile(r'[0-9]{4}(?:-[0-9]{2}){0,2}|"[0-9]{4}(?:-[0-9]{2}){0,2}"')
_RESOLVED = frozenset(first for first in RESOLVERS if first)
"""First characters of the plain scalars YAML may read as something else than a string."""
_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_FLOW_BAD = frozenset(",[]{}#:")
_EVENT_KEYS = "date end title text tags sources status review locked importance extracted"
_EVENT_ORDER = {key: rank for rank, key in enumerate(_EVENT_KEYS.split())}
"""The event keys read here, in the dumper's order (`id` first; media and disputes: YAML)."""
_SOURCE_ORDER = {key: rank for rank, key in enumerate(("title", "outlet", "url", "published"))}
_SOURCE_ORDER["language"] = len(_SOURCE_ORDER)


class _Odd(Exception):
    """Not the dumper's layout, or a value the validator would report: read it as YAML."""


@dataclass(frozen=True)
class Read:
    """An item read here: its value, where its id is, and its citations (source id, line,
    column); lines count from 1 at the item's first line, columns from 1."""

    value: Event | Source
    ident: str
    id_line: int
    id_column: int
    cited: tuple[tuple[str, int, int], ...] = ()


def read_event(text: str) -> Read | None:
    """An `events:` item in the dumper's layout and valid, or None."""
    try:
        return _event(text + "\n")
    except _Odd:
        return None


def read_source(text: str) -> Read | None:
    """A `sources:` item in the dumper's layout and valid, or None."""
    try:
        return _source(text + "\n")
    except _Odd:
        return None


_ID_LINE = re.compile(r"  - id: ([^\n]+)\n")
_KEY_LINE = re.compile(r"    ([a-z]+):(?: ([^\n]+))?\n")
_CITATION = re.compile(
    r"      - (?:source: ([^\n]+)\n(?:        quote: ([^\n]+)\n)?"
    r"(?:        start: ([^\n]+)\n)?(?:        end: ([^\n]+)\n)?|([^\n]+)\n)"
)
"""One item of an event's `sources:`: a mapping (one-line quote) or a bare source id."""
_SOURCE = re.compile(
    r"  - id: ([^\n]+)\n(?:    title: ([^\n|][^\n]*)\n)?(?:    outlet: ([^\n|][^\n]*)\n)?"
    r"(?:    url: ([^\n|][^\n]*)\n)?(?:    published: ([^\n]+)\n)?"
    r"(?:    language: ([^\n]+)\n)?\n*\Z"
)
"""A source whose values are all on their own line (the usual case, read in one match)."""
_BLOCK = {width: re.compile(rf"(?:{' ' * width}[^\n]*\n|\n)*") for width in (6, 8, 10)}
"""The lines of a `|-` block whose key is indented `width - 2` (blank lines included)."""


def _event(text: str) -> Read:
    match = _ID_LINE.match(text)
    if match is None:
        raise _Odd
    ident = _ident(match.group(1))
    fields: dict[str, object] = {}
    cited: list[tuple[str, int, int]] = []
    at, line, rank = match.end(), 2, -1
    while (match := _KEY_LINE.match(text, at)) is not None:
        key, rest = match.groups()
        order = _EVENT_ORDER.get(key)
        if order is None or order <= rank:
            raise _Odd
        rank = order
        at = match.end()
        line += 1
        if key == "sources":
            if rest is not None:
                raise _Odd
            fields[key], at, line = _citations(text, at, line, cited)
            continue
        if rest is None:
            raise _Odd
        if key in ("date", "end"):
            fields[key] = _date(rest)
        elif key in ("title", "text"):
            if rest == "|-":
                fields[key], at, line = _block(text, at, line, 6)
            else:
                fields[key] = _string(rest)
        elif key == "tags":
            fields[key] = _tags(rest)
        elif key == "status":
            fields[key] = value = _string(rest)
            if value not in STATUSES:
                raise _Odd
        elif key in ("review", "locked"):
            if rest not in ("true", "false"):
                raise _Odd
            fields[key] = rest == "true"
        elif key == "importance":
            fields[key] = _importance(rest)
        else:  # extracted
            fields[key] = _string(rest) or None
    if text.count("\n", at) != len(text) - at:
        raise _Odd  # anything but blank lines after the last key: read it as YAML
    date, title = fields.pop("date", None), fields.pop("title", None)
    if not isinstance(date, PartialDate) or not isinstance(title, str) or not title.strip():
        raise _Odd
    end = fields.get("end")
    if isinstance(end, PartialDate) and end.last_day() < date.first_day():
        raise _Odd
    try:
        event = Event(id=ident, date=date, title=title, **fields)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise _Odd from None
    return Read(event, ident, 1, 9, tuple(cited))


def _source(text: str) -> Read:
    match = _SOURCE.match(text)
    if match is None:
        return _source_by_line(text)
    written, title, outlet, url, published, language = match.groups()
    ident = _ident(written)
    fields: dict[str, object] = {}
    if title is not None:
        fields["title"] = _string(title)
    if outlet is not None:
        fields["outlet"] = _string(outlet)
    if url is not None:
        fields["url"] = value = _string(url)
        if value and not URL_RE.match(value):
            raise _Odd
    if published is not None:
        fields["published"] = _date(published)
    if language is not None:
        fields["language"] = value = _string(language)
        if value and not LANGUAGE_RE.match(value):
            raise _Odd
    return Read(Source(id=ident, **fields), ident, 1, 9)  # type: ignore[arg-type]


def _source_by_line(text: str) -> Read:
    """A source with a `|-` block among its values."""
    match = _ID_LINE.match(text)
    if match is None:
        raise _Odd
    ident = _ident(match.group(1))
    fields: dict[str, object] = {}
    at, line, rank = match.end(), 2, -1
    while (match := _KEY_LINE.match(text, at)) is not None:
        key, rest = match.groups()
        order = _SOURCE_ORDER.get(key)
        if order is None or order <= rank or rest is None:
            raise _Odd
        rank = order
        at = match.end()
        line += 1
        if key == "published":
            fields[key] = _date(rest)
            continue
        if rest == "|-":
            value, at, line = _block(text, at, line, 6)
        else:
            value = _string(rest)
        if key == "url" and value and not URL_RE.match(value):
            raise _Odd
        if key == "language" and value and not LANGUAGE_RE.match(value):
            raise _Odd
        fields[key] = value
    if text.count("\n", at) != len(text) - at:
        raise _Odd
    return Read(Source(id=ident, **fields), ident, 1, 9)  # type: ignore[arg-type]


def _citations(
    text: str, at: int, line: int, cited: list[tuple[str, int, int]]
) -> tuple[tuple[Citation, ...], int, int]:
    """An event's `sources:` list from offset `at` (on 1-based line `line`); returns it,
    the offset and the line after it."""
    found: list[Citation] = []
    while (match := _CITATION.match(text, at)) is not None:
        source, quote, start, end, bare = match.groups()
        if bare is not None:
            found.append(Citation(_ident(bare)))
            cited.append((found[-1].source, line, 9))
            line += 1
        else:
            if quote == "|-":
                raise _Odd  # a quote over several lines: rare, read as YAML
            citation = Citation(
                _ident(source),
                "" if quote is None else _string(quote),
                None if start is None else _offset(start),
                None if end is None else _offset(end),
            )
            start_, end_ = citation.start, citation.end
            if start_ is not None and end_ is not None and end_ < start_:
                raise _Odd
            cited.append((citation.source, line, 17))
            found.append(citation)
            line += text.count("\n", at, match.end())
        at = match.end()
    if not found:
        raise _Odd
    return tuple(found), at, line


def _block(text: str, at: int, line: int, width: int) -> tuple[str, int, int]:
    """A `|-` block's text from offset `at` (its first line, `line`); returns it, the
    offset after its last non-blank line and the line number there."""
    match = _BLOCK[width].match(text, at)
    assert match is not None  # the pattern matches the empty string
    body = match.group().rstrip("\n")
    rows = body.split("\n")
    if rows[0][width : width + 1] in ("", " "):
        raise _Odd  # empty, or a first line indented further (another indentation)
    kept = []
    for row in rows:
        content = row[width:]
        if row and (not content.strip(" ") or _LITERAL_OK.fullmatch(content) is None):
            raise _Odd
        kept.append(content)
    return "\n".join(kept), at + len(body) + 1, line + len(rows)


def _string(rest: str) -> str:
    """A one-line scalar YAML reads as a string: plain or double-quoted."""
    first = rest[0]
    if first == '"':
        match = _QUOTED.fullmatch(rest)
        if match is None:
            raise _Odd
        body = match.group(1)
        return _ESCAPE.sub(_unescape, body) if "\\" in body else body
    if (
        _PLAIN.fullmatch(rest) is None
        or rest[-1] in " :"
        or ": " in rest
        or " #" in rest
        or (first in _RESOLVED and resolve_plain(rest) != _STR)
    ):
        raise _Odd
    return rest


def _unescape(match: re.Match[str]) -> str:
    short, long, simple = match.groups()
    if simple is not None:
        return _SIMPLE[simple]
    code = int(short or long, 16)
    if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        raise _Odd
    return chr(code)


def _ident(rest: str) -> str:
    value = _string(rest)
    if not ID_RE.match(value):
        raise _Odd
    return value


@lru_cache(maxsize=8192)
def _date(rest: str) -> PartialDate:
    """A date as the validator reads it (a file's dates repeat: they are read once)."""
    if _DATE.fullmatch(rest) is None:
        raise _Odd
    try:
        return PartialDate.parse(rest.strip('"'))
    except ValueError:
        raise _Odd from None


@lru_cache(maxsize=65536)
def _offset(rest: str) -> int:
    if not (rest.isdigit() and rest.isascii() and len(rest) <= 10 and resolve_plain(rest) == _INT):
        raise _Odd
    value = int(rest)
    if value > MAX_OFFSET:
        raise _Odd
    return value


def _importance(rest: str) -> float:
    if (
        len(rest) > 20
        or _NUMBER.fullmatch(rest) is None
        or resolve_plain(rest) not in (_INT, _FLOAT)
        or float(rest) > MAX_IMPORTANCE
    ):
        raise _Odd
    return float(rest)


def _tags(rest: str) -> tuple[str, ...]:
    """A flow list of strings on one line: `[a, "b, c"]`."""
    if not (rest.startswith("[") and rest.endswith("]")):
        raise _Odd
    inner = rest[1:-1]
    tags: list[str] = []
    at, size = 0, len(inner)
    while at < size:
        if inner[at] == '"':
            match = _QUOTED.match(inner, at)
            if match is None:
                raise _Odd
            tag = _string(match.group())
            at = match.end()
        else:
            stop = inner.find(", ", at)
            stop = size if stop < 0 else stop
            tag = inner[at:stop]
            if not _FLOW_BAD.isdisjoint(tag):
                raise _Odd
            _string(tag)
            at = stop
        if not tag.strip() or tag in tags:
            raise _Odd
        tags.append(tag)
        if at < size:
            if not inner.startswith(", ", at) or at + 2 >= size:
                raise _Odd
            at += 2
    return tuple(tags)
