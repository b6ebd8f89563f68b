"""Find people, places and organisations in a sentence without any network access.

The cues are the ones a reader uses: capitalised word runs that are not merely starting a
sentence, role words before a name ("President", "leader"), country names and demonyms
(from `pycountry` plus a short list of everyday forms), and names already seen in the same
article ("Putin" after "Vladimir Putin"). Variants are folded by `tag_key`, so
"Kim Jong-un" and "Kim Jong Un" are one tag.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from timeline.events._lexicon import alternation, either_case, mapping, word_set

__all__ = ["EntityIndex", "country_names", "find_tags", "tag_key"]


MAX_TAGS = 5

_ROLES = word_set("ROLE_WORDS")
"""Words that announce a person's name right after them."""

_NOT_NAMES = word_set("NOT_NAMES")
"""Capitalised words that are not names on their own."""

_CONNECTORS = word_set("NAME_CONNECTORS")
"""Lower-case words inside a name ("Treaty of Friendship")."""

_DETERMINERS = word_set("DETERMINERS")
"""Articles of every language: capitalised only because they open a clause ("La Tunisie")."""
_FUNCTION_WORDS = _DETERMINERS | word_set("TAIL_WORDS")

_CLAUSE_WORDS = (
    (
        word_set("SOFT_BREAK_WORDS")
        | word_set("HEADLINE_BAD_STARTS")
        | word_set("LEADING_JOINERS")
        | word_set("LEADING_SUBORDINATORS")
        | word_set("REFLEXIVE_CLITICS")
        | word_set("DISCOURSE_OPENERS")
    )
    - _CONNECTORS
    - _DETERMINERS
)
"""Prepositions, conjunctions, clitics and openers capitalised at a clause's start ("En
Libia", "Mentre Kiev", "Se Kiev", "Secondo Kiev"): never the first word of a name."""

_NAME_OPENERS = word_set("NAME_OPENERS")
"""Words that are no name alone but open one ("New York")."""

_RUN_CONNECTORS = _CONNECTORS - word_set("LIST_CONJUNCTIONS")
"""Connectors that join capitalised words into one run ("and" joins two names instead)."""

_NAME_POSSESSIVES = word_set("NAME_POSSESSIVES")
_NAMES_AFTER_DEMONYMS = word_set("NAMES_AFTER_DEMONYMS")
_DEMONYMS = mapping("DEMONYMS")
_EVERYDAY_COUNTRY_NAMES = mapping("COUNTRY_NAMES")

_LOWER_ROLE_RE = re.compile(
    rf"\b(?:{alternation('LOWERCASE_ROLES')})\s+([A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){{1,2}})"
)
_APPOSITIVE_ROLE_RE = re.compile(
    rf"\b(?:{either_case('APPOSITIVE_ROLES')})\b[^,.]{{0,40}},\s+"
    r"(?P<name>[A-Z][\w\-]+(?:[\s\-][A-Z][\w\-]+){1,2}),"
)
_WORD_RE = re.compile(r"[A-Z][\w’'\-.]*\w|[A-Z]\w*|[a-z][\w’'\-]*\w|[a-z]")
_POSSESSIVE_RE = re.compile(r"(?:['’]s|['’])$")


@functools.lru_cache(maxsize=65536)
def tag_key(tag: str) -> str:
    """A spelling-insensitive key: "Kim Jong-un" and "Kim Jong Un" share one."""
    return re.sub(r"[\W_]+", "", tag.casefold())


@functools.cache
def country_names() -> dict[str, str]:
    """Country names as written (ISO names, common names, everyday forms) -> display name."""
    import pycountry

    names: dict[str, str] = {}
    for country in pycountry.countries:
        display = getattr(country, "common_name", None) or _plain_name(country.name)
        for written in (country.name, getattr(country, "official_name", None), display):
            if written:
                names[written] = display
    names.update(_EVERYDAY_COUNTRY_NAMES)
    return names


def _plain_name(name: str) -> str:
    """ "Korea, Republic of" -> "Korea"; ISO's inverted forms read badly as tags."""
    return name.split(",")[0].strip()


@dataclass
class EntityIndex:
    """Names seen in one article, so that short references resolve to full names."""

    people: dict[str, str] = field(default_factory=dict)
    """tag_key(short form) -> full name, for single names that belong to one person."""
    common: frozenset[str] = frozenset()
    """Words the article also writes in lower case ("department"): no name on their own."""

    @classmethod
    def from_text(cls, text: str) -> EntityIndex:
        """Collect people named after a role word ("President Vladimir Putin")."""
        people: set[str] = set()
        for tokens in _capitalised_runs(text):
            words = [w for w, _ in tokens]
            for i, word in enumerate(words[:-1]):
                if word.lower() in _ROLES:
                    name = _strip_places(words[i + 1 :])
                    if len(name) >= 2:
                        people.add(" ".join(name))
        for match in _LOWER_ROLE_RE.finditer(text):
            name = _strip_places(match.group(1).split())
            if len(name) >= 2:
                people.add(" ".join(name))
        for match in _APPOSITIVE_ROLE_RE.finditer(text):
            people.add(match.group("name"))
        short: dict[str, set[str]] = {}
        for person in people:
            parts = person.replace("-", " ").split()
            for part in {parts[0], parts[-1]} - {p for p in parts if len(p) <= 2}:
                short.setdefault(tag_key(part), set()).add(_canonical(person, people))
        for full in _full_names(text, people):
            # "Kaplan" after "Lewis Kaplan", "York" after "New York": the full name
            short.setdefault(tag_key(full.split()[-1]), set()).add(full)
        common = frozenset(m.group() for m in _LOWER_WORD_RE.finditer(text))
        return cls({key: next(iter(v)) for key, v in short.items() if len(v) == 1}, common)


_LOWER_WORD_RE = re.compile(r"(?<![\w\-’'])[a-zà-ÿ][a-zà-ÿ\-]{3,}(?![\w\-’'])")


def _full_names(text: str, people: set[str]) -> set[str]:
    """Two- and three-word capitalised names the article writes, besides its people:
    whose last word, alone, stands for the whole name ("New York", "Lewis Kaplan")."""
    known = {tag_key(p) for p in people}
    names: set[str] = set()
    for run in _capitalised_runs(text):
        words = [w for w, _ in run]
        while words and (words[0].lower() in _DETERMINERS | _CLAUSE_WORDS):
            words = words[1:]  # "La Tunisie", "En Libia": the name is "Tunisie", "Libia"
        if not 2 <= len(words) <= 3:
            continue
        lowered = [w.lower() for w in words]
        if lowered[0] in _NOT_NAMES - _NAME_OPENERS or lowered[0] in _ROLES:
            continue
        if any(w in _CONNECTORS | _NOT_NAMES | _ROLES for w in lowered[1:]):
            continue
        if tag_key(" ".join(words)) not in known:
            names.add(" ".join(words))
    return names


def _canonical(person: str, people: set[str]) -> str:
    """One display form per person across spelling variants (the first in sorted order)."""
    key = tag_key(person)
    return sorted(p for p in people if tag_key(p) == key)[0]


def _strip_places(words: list[str]) -> list[str]:
    if words and words[0] in _CONNECTORS:
        return []  # "President of Russia": a role of a place, not a name
    out: list[str] = []
    for word in words:
        if word in _DEMONYMS or word.lower() in _ROLES or word.lower() in _NOT_NAMES:
            break
        out.append(word)
    return out


def _capitalised_runs(text: str) -> Iterable[list[tuple[str, int]]]:
    """Runs of capitalised words (with inner connectors) as (word, offset) pairs."""
    run: list[tuple[str, int]] = []
    previous_end = -1
    for match in _WORD_RE.finditer(text):
        word = _POSSESSIVE_RE.sub("", match.group())
        if word in _NAME_POSSESSIVES:
            word = match.group()  # "Democratic People's Republic of Korea" is one name
        gap = text[previous_end : match.start()] if previous_end >= 0 else " "
        joined = previous_end >= 0 and gap.strip() == "" and "\n" not in gap
        capital = word[:1].isupper()
        connector = not capital and joined and bool(run) and word in _RUN_CONNECTORS
        if (capital and (joined or not run)) or connector:
            run.append((word, match.start()))
        else:
            if run:
                yield _trim_connectors(run)
            run = [(word, match.start())] if capital else []
        previous_end = match.start() + len(match.group())
        if match.group() != word:  # a possessive closes the name
            if run:
                yield _trim_connectors(run)
            run = []
    if run:
        yield _trim_connectors(run)


def _trim_connectors(run: list[tuple[str, int]]) -> list[tuple[str, int]]:
    while run and run[-1][0] in _CONNECTORS:
        run = run[:-1]
    return run


def find_tags(
    sentence: str, index: EntityIndex | None = None, *, limit: int = MAX_TAGS
) -> tuple[str, ...]:
    """People, places and organisations in `sentence`, most salient (frequent, early) first."""
    index = index or EntityIndex()
    countries = country_names()
    found: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    display: dict[str, str] = {}

    def add(tag: str, position: int) -> None:
        key = tag_key(tag)
        if not key:
            return
        display.setdefault(key, tag)
        found[key] += 1
        first_seen.setdefault(key, position)

    starts = _clause_starts(sentence)
    for run in _capitalised_runs(sentence):
        for tag, position in _tags_in_run(run, starts, index, countries):
            add(tag, position)
    ranked = sorted(found, key=lambda k: (-found[k], first_seen[k]))
    return tuple(display[k] for k in ranked[:limit])


_CLAUSE_OPENING_RE = re.compile(r"(?:^|[:;]\s+|\s[–—-]\s+|[«“\"(]\s*)(?=\w)")
"""Where a clause starts inside a sentence: after a colon, a dash, an opening quote."""


def _clause_starts(sentence: str) -> frozenset[int]:
    """Offsets where a word is capitalised for its place, not for being a name: the
    sentence's first word and the first word after a colon, a dash or an opening quote."""
    starts = {_first_word_offset(sentence)}
    starts.update(m.end() for m in _CLAUSE_OPENING_RE.finditer(sentence))
    return frozenset(starts)


def _first_word_offset(sentence: str) -> int:
    match = _WORD_RE.search(sentence)
    return match.start() if match else 0


def _tags_in_run(
    run: list[tuple[str, int]],
    starts: frozenset[int],
    index: EntityIndex,
    countries: dict[str, str],
) -> list[tuple[str, int]]:
    """Split one capitalised run into tags: countries, demonyms, roles, and names."""
    tags: list[tuple[str, int]] = []
    words = [w for w, _ in run]
    i = 0
    name: list[tuple[str, int]] = []

    def flush() -> None:
        if name:
            tags.extend(_name_tag(name, starts, index, countries))
        name.clear()

    while i < len(words):
        matched = False
        for size in (6, 5, 4, 3, 2, 1):
            phrase = " ".join(words[i : i + size])
            if len(words) - i < size:
                continue
            place = _place(phrase, countries)
            if place is None or _continues_as_name(words, i + size, countries):
                continue
            flush()
            tags.append((place, run[i][1]))
            i += size
            matched = True
            break
        if matched:
            continue
        word = words[i]
        following = words[i + 1] if i + 1 < len(words) else ""
        if word in _CONNECTORS and name and following[:1].isupper():
            name.append(run[i])  # "Treaty of Friendship", "Group of Eight"
        elif (
            word.lower() in _NAME_OPENERS
            and following[:1].isupper()
            and following.lower() not in _NOT_NAMES | _ROLES
        ):
            flush()
            name.append(run[i])  # "New York": the opener starts the name
        elif name and word.lower() in _NAME_OPENERS and not following[:1].isupper():
            name.append(run[i])  # "Far East", "Middle East": a compass word ends the name
        elif (
            word.lower() in _ROLES
            or word.lower() in _NOT_NAMES
            or (following.lower() in _ROLES and following.lower() not in _CONNECTORS)
        ):
            flush()  # a role, or part of one ("Defence Minister")
        else:
            name.append(run[i])
        i += 1
    flush()
    return tags


def _place(phrase: str, countries: dict[str, str]) -> str | None:
    """The country a name, an abbreviation ("U.S") or a demonym ("Koreans") points at."""
    for form in (phrase, phrase + "."):
        if form in countries:
            return countries[form]
    if phrase in _DEMONYMS:
        return _DEMONYMS[phrase]
    if phrase.endswith("s") and phrase[:-1] in _DEMONYMS:
        return _DEMONYMS[phrase[:-1]]
    return None


def _continues_as_name(words: list[str], after: int, countries: dict[str, str]) -> bool:
    """ "Korean War" or "Russian Federation" are names of their own, not a demonym + word."""
    if after >= len(words):
        return False
    following = words[after]
    if following.lower() in _ROLES or following.lower() in _NOT_NAMES:
        return False
    if _place(following, countries):
        return False
    return following.lower() in _NAMES_AFTER_DEMONYMS


def _name_tag(
    name: list[tuple[str, int]],
    starts: frozenset[int],
    index: EntityIndex,
    countries: dict[str, str],
) -> list[tuple[str, int]]:
    name = _trim_connectors(list(name))
    words = [w for w, _ in name]
    after_connector = bool(words) and words[0] in _CONNECTORS
    while words and (words[0] in _CONNECTORS or words[0].lower() in _CLAUSE_WORDS):
        words = words[1:]  # "de Justicia", "En Libia", "Se Kiev", "Mentre Kiev"
        name = name[1:]
    if after_connector and len(words) == 1:
        return []  # the end of an institution's name ("Ministerio de Justicia")
    if words and words[0].lower() in _DETERMINERS and name[0][1] in starts:
        words, name = words[1:], name[1:]  # "La Tunisie" opening a clause: "Tunisie"
    if not words or (len(words) == 1 and words[0].lower() in _FUNCTION_WORDS):
        return []  # "Le" after a dash is no name
    position = name[0][1]
    if len(words) == 1:
        word = words[0]
        person = index.people.get(tag_key(word))
        if person:
            return [(person, position)]
        if position in starts:
            return []  # capitalised only because it starts the sentence
        if len(word) < 2 or (word.isupper() and len(word) > 6):
            return []
        if word.lower() in index.common:
            return []  # "Department", "Chapter": the article also writes it in lower case
        return [(word, position)]
    full = " ".join(words)
    person = index.people.get(tag_key(full))
    if person is None:
        for known in set(index.people.values()):
            if tag_key(known) == tag_key(full):
                person = known
    return [(person or full, position)]
