"""Split article text into sentences that keep their character offsets.

Citations quote a sentence and point at it with offsets into the cleaned article text, so
the splitter never rewrites text: it only decides where sentences start and end. News prose
is full of periods that do not end sentences (U.S., Mr., Jan., 3.5, "Pyongyang. a new"), so
a period ends a sentence only when the next word could start one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline.events._lexicon import word_set

__all__ = ["MAX_SENTENCE_CHARS", "Sentence", "split_sentences"]

MAX_SENTENCE_CHARS = 4000
"""A longer stretch without a sentence end is cut at its last space before this length
(or at this length when it has none): the event stages read each sentence once per date in
it, so an unbounded "sentence" (a megabyte on one line without punctuation) cost the square
of its length. The longest real sentence in the TimeML and TLS corpora is 2,448 characters;
the date engine reads such stretches in blocks too (`timeline.dates._tense.LONG_SENTENCE`)."""


_ABBREVIATIONS = word_set("ABBREVIATIONS")
"""Lower-cased words that take a period without ending a sentence."""

_ORDINAL_DAY_RE = re.compile(
    rf"\b(?:{'|'.join(word_set('ORDINAL_DAY_BEFORE'))})\s+\d{{1,2}}$", re.IGNORECASE
)
"""A day written as an ordinal after its preposition ("am 6. Februar"): no sentence end."""

_CANDIDATE_RE = re.compile(r"[.!?…]+[\"'”’)\]»]*(?=\s)")
_OPENERS = "\"'“‘([«¿¡"
_PARAGRAPH_RE = re.compile(r"\n\s*")
_NEXT_RE = re.compile(r"\s*(.?)(.?)", re.DOTALL)
"""The first two characters after a mark, past whitespace (without copying the line)."""


@dataclass(frozen=True, kw_only=True)
class Sentence:
    """A sentence and where it sits: `text == article_text[start:end]`."""

    start: int
    end: int
    text: str


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of `text` in order; line breaks always end a sentence (they end paragraphs)."""
    sentences: list[Sentence] = []
    position = 0
    for line in _PARAGRAPH_RE.split(text):
        offset = text.find(line, position) if line else position
        position = offset + len(line)
        for start, end in _split_line(line):
            sentences.append(Sentence(start=offset + start, end=offset + end, text=line[start:end]))
    return sentences


def _split_line(line: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _CANDIDATE_RE.finditer(line):
        if _ends_sentence(line, match.start(), match.end()):
            spans.append((start, match.end()))
            start = match.end()
    spans.append((start, len(line)))
    return [
        piece
        for span in spans
        if (trimmed := _trim(line, *span))
        for piece in _hard_split(line, *trimmed)
    ]


def _hard_split(line: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) cut into pieces of at most `MAX_SENTENCE_CHARS`, at spaces if it can."""
    pieces: list[tuple[int, int]] = []
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        cut = max(line.rfind(" ", start + 1, limit), line.rfind("\t", start + 1, limit))
        if cut <= start:
            cut = limit
        if trimmed := _trim(line, start, cut):
            pieces.append(trimmed)
        start = cut
        while start < end and line[start].isspace():
            start += 1
    if start < end:
        pieces.append((start, end))
    return pieces


def _trim(line: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and line[start].isspace():
        start += 1
    while end > start and line[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def _ends_sentence(line: str, mark: int, after: int) -> bool:
    """Whether the punctuation at `mark` (running to `after`) closes a sentence."""
    found = _NEXT_RE.match(line, after)
    first, following = found.groups() if found else ("", "")
    if not first:
        return True
    if first in _OPENERS:
        return not (following and following.islower())
    if not (first.isupper() or first.isdigit()):
        return False
    if line[mark] != ".":
        return True
    if line[mark : mark + 2] == "..":
        return True
    word = _word_before(line, mark)
    if not word:
        return True
    lowered = word.lower()
    if lowered in _ABBREVIATIONS:
        return False
    if word.isdigit() and _ORDINAL_DAY_RE.search(line, 0, mark):
        return False
    if len(word) == 1 and word.isupper():
        return False  # an initial: "J. Smith", or the last letter of "U.S."
    return not re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word)


def _word_before(line: str, mark: int) -> str:
    start = mark
    while start > 0 and (line[start - 1].isalnum() or line[start - 1] == "."):
        start -= 1
    return line[start:mark]
