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

__all__ = ["Sentence", "split_sentences"]


_ABBREVIATIONS = word_set("ABBREVIATIONS")
"""Lower-cased words that take a period without ending a sentence."""

_ORDINAL_DAY_RE = re.compile(
    rf"\b(?:{'|'.join(word_set('ORDINAL_DAY_BEFORE'))})\s+\d{{1,2}}$", re.IGNORECASE
)
"""A day written as an ordinal after its preposition ("am 6. Februar"): no sentence end."""

_CANDIDATE_RE = re.compile(r"[.!?…]+[\"'”’)\]»]*(?=\s)")
_OPENERS = "\"'“‘([«¿¡"
_PARAGRAPH_RE = re.compile(r"\n\s*")


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
    return [trimmed for span in spans if (trimmed := _trim(line, *span))]


def _trim(line: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and line[start].isspace():
        start += 1
    while end > start and line[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def _ends_sentence(line: str, mark: int, after: int) -> bool:
    """Whether the punctuation at `mark` (running to `after`) closes a sentence."""
    rest = line[after:].lstrip()
    if not rest:
        return True
    first = rest[0]
    if first in _OPENERS:
        following = rest[1:2]
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
