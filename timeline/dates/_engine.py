"""Find date expressions with compiled patterns and resolve them with calendar arithmetic.

Detection is one pass per registered pattern (`timeline.dates.patterns`) over the text;
overlapping candidates are settled longest-first; then each mention is resolved in
document order by its pattern's resolver, so anchored expressions ("a year earlier") can
lean on the mention before them. dateparser is called only for shapes the arithmetic does
not cover (see `_fallback`).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import replace

from timeline.dates._combine import combine
from timeline.dates._context import Candidate, Context, Found
from timeline.dates._focus import MODES, Mode, Narration, is_deictic, plan_narration
from timeline.dates._grammar import Compiled, Grammar, build_grammar
from timeline.dates.mention import DateMention

__all__ = ["find_dates"]


def find_dates(
    text: str,
    reference: dt.date | None,
    languages: tuple[str, ...] = ("en",),
    mode: Mode = "auto",
) -> list[DateMention]:
    """Date mentions in `text`, sorted by start and non-overlapping.

    `reference` is the article's publication date; when it is None only absolute
    expressions ("June 19, 2024", "1961") and, in a story, those counted from them are
    returned. `mode` says how partial and relative expressions ("in April", "the next day")
    are read: "news" from the publication date, "narrative" from the date the story
    established last, "auto" (the default) decides per paragraph (see `_focus`).
    """
    if mode not in MODES:
        raise ValueError(f"date mode: expected one of {', '.join(MODES)}, got {mode!r}")
    grammar = build_grammar(tuple(languages))
    mentions = found_by_pattern(text, reference, grammar, mode)
    return [_trimmed(text, mention, grammar) for mention in combine(text, mentions)]


def found_by_pattern(
    text: str, reference: dt.date | None, grammar: Grammar, mode: Mode = "news"
) -> list[tuple[str, DateMention]]:
    """(pattern name, mention) for every match that resolved, in document order, before
    neighbours are joined and edges trimmed.

    A text that may narrate is read twice: once as news, to judge where it narrates from
    what that reading found, then again with the story's focus where it does."""
    candidates = _select(_candidates(text, grammar))
    if mode == "narrative":
        return _resolved(text, reference, grammar, candidates, Narration(((0, len(text)),)))
    news = _resolved(text, reference, grammar, candidates, Narration())
    if mode == "news":
        return news
    vocabulary = grammar.vocabulary
    plan = plan_narration(
        text,
        reference,
        [mention for _, mention in news],
        vocabulary.languages,
        mode,
        frozenset(vocabulary.weekdays),
    )
    return _resolved(text, reference, grammar, candidates, plan) if plan else news


def _resolved(
    text: str,
    reference: dt.date | None,
    grammar: Grammar,
    candidates: list[Candidate],
    plan: Narration,
) -> list[tuple[str, DateMention]]:
    context = Context(text, reference, grammar.vocabulary)
    languages = grammar.vocabulary.languages
    weekdays = frozenset(grammar.vocabulary.weekdays)
    mentions: list[tuple[str, DateMention]] = []
    for candidate in candidates:
        narrates = plan.narrates(candidate.start)
        focus = (
            context.story.reference()
            if narrates
            and not is_deictic(text, candidate.start, candidate.end, languages, weekdays)
            else None
        )
        if focus is None:
            resolved = candidate.resolve(candidate, context)
        else:
            context.reference, context.narrating = focus, True
            try:
                resolved = candidate.resolve(candidate, context)
            finally:
                context.reference, context.narrating = reference, False
        if resolved is None:
            continue
        if reference is None and resolved.resolution != "absolute" and focus is None:
            continue
        if resolved.resolution == "absolute" or focus is not None:
            context.story.note(candidate.start, resolved, resolved.resolution == "absolute")
        context.note_resolved(candidate.start, candidate.end, resolved)
        if "-Q" in resolved.value and (
            resolved.resolution != "anchored"
            or resolved.value == context.discussed_quarter(candidate.start, strict=False)
        ):
            # "the latest quarter" names the reported quarter again: back in focus
            context.report_quarter(candidate.start, candidate.end, resolved.value)
        elif resolved.resolution == "relative" and _is_last_year(resolved.value, reference):
            context.report_year(candidate.start)
        mentions.append(
            (
                candidate.kind,
                DateMention(
                    start=candidate.start,
                    end=candidate.end,
                    text=text[candidate.start : candidate.end],
                    value=resolved.value,
                    precision=resolved.precision,
                    resolution=resolved.resolution,
                    end_value=resolved.end_value,
                ),
            )
        )
    return mentions


_CLOSERS = {")": "(", "]": "["}


def _is_edge(char: str) -> bool:
    return char.isspace() or unicodedata.category(char)[0] in "PZ"


def _keeps_last(text: str, grammar: Grammar) -> bool:
    """A closing bracket the mention opened ("Tuesday (June 18)") or an abbreviation's point
    ("Sept.") belongs to the mention; any other trailing punctuation is the sentence's."""
    last = text[-1]
    if last in _CLOSERS:
        return _CLOSERS[last] in text
    if last != ".":
        return False
    word = text[:-1].rsplit(None, 1)[-1].lower()
    months, weekdays = grammar.vocabulary.months, grammar.vocabulary.weekdays
    value = months.get(word) or weekdays.get(word)
    names = months if word in months else weekdays
    return value is not None and any(
        len(name) > len(word) and name.startswith(word) and names[name] == value for name in names
    )


def _trimmed(text: str, mention: DateMention, grammar: Grammar) -> DateMention:
    """The one place a mention's edges are settled: it never starts or ends with whitespace
    or punctuation (a paragraph's newline, a sentence's final point, a comma)."""
    start, end = mention.start, mention.end
    while start < end and _is_edge(text[start]):
        start += 1
    while end > start and _is_edge(text[end - 1]) and not _keeps_last(text[start:end], grammar):
        end -= 1
    if (start, end) == (mention.start, mention.end) or start == end:
        return mention
    return replace(mention, start=start, end=end, text=text[start:end])


def _is_last_year(value: str, reference: dt.date | None) -> bool:
    return reference is not None and value == f"{reference.year - 1:04d}"


def _candidates(text: str, grammar: Grammar) -> list[Candidate]:
    """Every match of every pattern; scanned on lower-cased text when that keeps offsets."""
    folded = text.lower()
    same_offsets = len(folded) == len(text)
    scanned = folded if same_offsets else text
    found: list[Candidate] = []
    present: dict[re.Pattern[str], bool] = {}  # gates shared by several patterns run once
    starts = _Starts(scanned)
    for rank, spec in enumerate(grammar.patterns(same_offsets)):
        if spec.gate is not None:
            if spec.gate not in present:
                present[spec.gate] = _present(spec, scanned, starts)
            if not present[spec.gate]:
                continue
        position = 0
        for match in _matches(spec, scanned, starts):
            if match.start() < position:
                continue
            # a match refused below may hide a shorter one inside it ("Soyuz 36 a 26 de
            # maio": not "6 a 26 de maio", but "26 de maio"), so the scan goes on from the
            # next character; an accepted match is passed whole, as finditer would
            position = match.start() + 1
            start = match.start()
            groups = match.groupdict()
            if spec.left is not None:
                context = spec.left.search(scanned, max(0, start - 40), start)
                if context is not None and context.start() < start:
                    groups.update({k: v for k, v in context.groupdict().items() if v})
                    start = context.start()
                elif spec.required:
                    continue
            if start > 0:
                before = scanned[start - 1]
                if before.isalnum() or before in spec.guard:
                    continue
            position = max(match.end(), position)
            found.append(
                Candidate(
                    start=start,
                    end=match.end(),
                    kind=spec.pattern.name,
                    match=Found(match, groups),
                    rank=rank,
                    resolve=spec.pattern.resolve,
                )
            )
    return found


class _Starts:
    """Where the heads of the patterns occur in one text: each head looked for once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._sets: dict[int, list[int]] = {}
        self._literals: dict[str, list[int]] = {}
        self._digits: list[int] | None = None

    def of(self, plan: tuple[tuple[str, ...], bool]) -> list[int] | None:
        """Every position where a pattern with this search plan (`Compiled.search`) may
        start, in order; None when the text is short enough to scan whole."""
        if len(self.text) < SHORT_TEXT:
            return None
        key = id(plan)  # each pattern's plan, kept alive by its compiled grammar
        if key not in self._sets:
            strings, runs = plan
            positions: list[int] = []
            for string in strings:
                positions.extend(self._literal(string))
            if runs:
                positions.extend(self._digit_runs())
            self._sets[key] = sorted(set(positions))
        return self._sets[key]

    def _literal(self, literal: str) -> list[int]:
        if literal not in self._literals:
            found: list[int] = []
            at = self.text.find(literal)
            while at >= 0:
                found.append(at)
                at = self.text.find(literal, at + 1)
            self._literals[literal] = found
        return self._literals[literal]

    def _digit_runs(self) -> list[int]:
        """Where each run of digits starts (a match inside one follows a digit)."""
        if self._digits is None:
            self._digits = [m.start() for m in _DIGIT_RUN.finditer(self.text)]
        return self._digits


SHORT_TEXT = 320
"""Below this many characters (a title, a caption) one regex search per pattern is cheaper
than finding the patterns' heads first (measured with all six languages' patterns: 0.11 ms
against 0.16 ms for 60 characters, even at 250-500, 0.8 against 0.9 ms at 1,000)."""

_DIGIT_RUN = re.compile(r"\d+")


def _present(spec: Compiled, scanned: str, starts: _Starts) -> bool:
    """Whether the pattern's gate matches somewhere: substring tests for a gate of a few
    plain words, else its regex."""
    assert spec.gate is not None
    if spec.gate_words is not None:
        return any(word in scanned for word in spec.gate_words)
    return spec.gate.search(scanned) is not None


def _matches(spec: Compiled, scanned: str, starts: _Starts) -> Iterator[re.Match[str]]:
    """Every match of the core, at each position in turn, as a `search` from each next
    character would find them, but tried only where a match can start (`_heads`). The
    caller skips those that start inside what it has accepted."""
    positions = starts.of(spec.search) if spec.search is not None else None
    if positions is None:
        position = 0
        while (match := spec.core.search(scanned, position)) is not None:
            yield match
            position = match.start() + 1
        return
    for at in positions:
        match = spec.core.match(scanned, at)
        if match is not None:
            yield match


def _select(candidates: list[Candidate]) -> list[Candidate]:
    """Longest candidates win; among equals the earlier pattern (more specific) wins.

    Taken characters are marked in a bytearray, so a candidate's overlap test and its
    marking cost its own length (a few words), not a scan of every span taken before it:
    settling is linear in the text ("June June June ...": 1 MB took over a minute).
    """
    chosen: list[Candidate] = []
    taken = bytearray(max((c.end for c in candidates), default=0))
    for candidate in sorted(candidates, key=lambda c: (c.start - c.end, c.rank, c.start)):
        if taken.find(1, candidate.start, candidate.end) >= 0:
            continue
        chosen.append(candidate)
        taken[candidate.start : candidate.end] = b"\x01" * (candidate.end - candidate.start)
    chosen.sort(key=lambda c: c.start)
    return chosen
