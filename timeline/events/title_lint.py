"""Does a title read as a headline? The checks a curator applies first, as rules.

A headline has a finite verb, starts and ends on content words, keeps its numbers whole and
says no date (the event's date is shown beside it). The same checks decide which extracted
titles are marked `review: true` and score titles in `benchmarks.titles`.

The verb signal is lexical (each language's finite words and verb endings in
`lang/<code>/events.py`, German's lower-case verbs): no part-of-speech model that installs
with its weights from the registry covers the six languages (see docs/titles.md).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import Enum

from timeline.dates import find_dates
from timeline.events._lexicon import (
    DETERMINERS,
    NOT_ENGLISH,
    PAST_VERB_RE,
    alternation,
    past_forms,
    word_set,
)
from timeline.lang import LANGUAGES

__all__ = ["MAX_HEADLINE_WORDS", "TitleProblem", "ends_on_particle", "has_verb", "lint_title"]

MAX_HEADLINE_WORDS = 12
"""A headline longer than this is cut at a phrase boundary."""


class TitleProblem(Enum):
    """Why a title does not read as a headline."""

    NO_VERB = "no verb"
    BAD_START = "starts with a function word"
    BAD_END = "ends with a function word"
    CUT_NUMBER = "cut inside a number"
    DATE_PHRASE = "contains a date phrase"
    TOO_LONG = f"longer than {MAX_HEADLINE_WORDS} words"


_WORD_RE = re.compile(r"[^\W\d_][\w’'\-]*|\d[\d.,:]*\d|\d", re.UNICODE)

_FINITE = word_set("HEADLINE_FINITE_WORDS") | frozenset(past_forms("past"))
_VERB_END_RE = re.compile(rf"(?:{alternation('HEADLINE_VERB_ENDINGS')})")
_ROMANCE = tuple(code for code in NOT_ENGLISH if code != "de")
_PRESENT_RE = re.compile(rf"(?:{alternation('HEADLINE_PRESENT_ENDINGS', _ROMANCE)})")
_LOWER_VERB_RE = re.compile(rf"(?:{alternation('HEADLINE_PRESENT_ENDINGS', ('de',))})")
_GERMAN_FUNCTION = (
    word_set("TAIL_WORDS", ("de",))
    | word_set("HEADLINE_BAD_STARTS", ("de",))
    | word_set("DETERMINERS", ("de",))
)
_ROMANCE_FUNCTION = (
    word_set("TAIL_WORDS", _ROMANCE)
    | word_set("HEADLINE_BAD_STARTS", _ROMANCE)
    | word_set("DETERMINERS", _ROMANCE)
)
"""Words that show a title is in Spanish, French, Italian or Portuguese, whose plurals end
in "s" like an English present ("hijos", "tres")."""
_ROMANCE_ARTICLES = word_set("DETERMINERS", _ROMANCE) - word_set("DETERMINERS", ("pt",)) | {
    "os",
    "as",
    "um",
    "uma",
}
"""Articles that open an object ("rechazan el", "tirent des"); not the Portuguese "a", a
preposition too."""
_ROMANCE_PLURAL_RE = re.compile(r"[^\W\d_]{2,}(?:an|en|ent|ano|ono|am|em)")
"""A third-person plural present ("rechazan", "mantienen", "tuent", "accusano"): after a
content word, few other words end so; `_NOT_PLURAL_RE` names those that do."""
_NOT_PLURAL_RE = re.compile(r"(?:[aeiouéû]ment|dent|men|gen|ien|yen|éen|ian|ean|[aeiou]ano)$")
"""Nouns and adjectives with a plural verb's ending ("gouvernement", "président",
"régimen", "origen", "libyen", "européen", "italiano", "piano")."""
_PREPOSITIONS = word_set("SOFT_BREAK_WORDS") | word_set("NP_INNER_WORDS")
_AMBIGUOUS_FINITE = _FINITE & (
    _ROMANCE_FUNCTION | word_set("DETERMINERS") | word_set("POSSESSIVE_DETERMINERS")
)
"""Finite in one language, a function word in another ("a", "do", "hace", "son")."""
_BAD_STARTS = word_set("HEADLINE_BAD_STARTS")
_BAD_ENDS = word_set("TAIL_WORDS")
_ALL_DETERMINERS = DETERMINERS | word_set("DETERMINERS", NOT_ENGLISH)
_ENGLISH_FUNCTION = word_set("TAIL_WORDS", ("en",)) | word_set("HEADLINE_BAD_STARTS", ("en",))
_ENGLISH_OBJECT_OPENERS = _ENGLISH_FUNCTION | frozenset(("into", "up", "down", "out", "off"))
"""Words after an English verb (an object's determiner, a preposition, a particle)."""
_ENGLISH_DETERMINERS = DETERMINERS
_FUNCTION = _ALL_DETERMINERS | _BAD_STARTS | _BAD_ENDS | _ENGLISH_FUNCTION
_NOUN_ENDING_RE = re.compile(r"(?:ment|dent|ante|ente|ione|ción|ão|men|gen)$")
"""Noun endings that look like a present verb's ("gouvernement", "presidente", "nazione")."""
_ENGLISH_PRESENT_RE = re.compile(r"[a-z]{3,}(?<![su])s")
"""An English third-person present ("enters", "ratifies"), not "process" or "status"."""


@dataclass(frozen=True)
class _Word:
    text: str
    start: int
    end: int
    reflexive: bool = False
    """Written with an elided reflexive pronoun ("s'emparent", "s'est")."""


_ELISION_RE = re.compile(r"^(?:[dljmtsnc]|qu)['’](?=\w)", re.IGNORECASE)
"""An elided French or Italian clitic or article ("s'est", "l'accordo")."""


def _words(title: str) -> list[_Word]:
    return [
        _Word(
            _ELISION_RE.sub("", m.group()),
            m.start(),
            m.end(),
            reflexive=m.group()[:2].lower() in ("s'", "s’"),
        )
        for m in _WORD_RE.finditer(title)
    ]


_REFLEXIVES = word_set("REFLEXIVE_CLITICS")


_PARTICLES = word_set("SEPARABLE_PARTICLES")

_SUBJECT_PRONOUNS = word_set("SUBJECT_PRONOUNS") - (
    _ALL_DETERMINERS | word_set("POSSESSIVE_DETERMINERS") | _ENGLISH_FUNCTION
)
"""Subject pronouns that are no article or possessive in another language ("il", "tu")."""
_PRONOUN_CLITICS = word_set("PRONOUN_CLITICS")
_ENCLITICS = (_PRONOUN_CLITICS | word_set("SUBJECT_PRONOUNS")) - {
    "a",
    "o",
    "ne",
    "non",
    "não",
    "nous",
    "vous",
}
"""Pronouns written after a verb with a hyphen ("reuniram-se", "dit-il"); not "nous" and
"vous" ("rendez-vous", "chez-nous")."""
_SUBJECT_RELATIVES = word_set("SUBJECT_RELATIVES") - {"that"}
"""A relative pronoun before a plural present: "que protestan", "qui réclament"."""
_PRONOUN_OBJECT_OPENERS = _PREPOSITIONS - word_set("COORDINATORS") - word_set("LIST_CONJUNCTIONS")
"""Words after which a pronoun is an object ("di noi", "para nosotros")."""


def _after_subject_pronoun(words: list[_Word], position: int) -> bool:
    """The word follows a subject pronoun and only its clitics ("nous en avons", "noi non
    ci siamo"): in a Romance clause, that word is the verb."""
    back = position - 1
    while (
        back > max(0, position - 4)
        and words[back].text.lower() not in _SUBJECT_PRONOUNS
        and words[back].text.lower() in _PRONOUN_CLITICS
    ):
        back -= 1
    after_preposition = back > 0 and words[back - 1].text.lower() in _PRONOUN_OBJECT_OPENERS
    return back >= 0 and words[back].text.lower() in _SUBJECT_PRONOUNS and not after_preposition


def ends_on_particle(words: list[str]) -> bool:
    """A German separable particle after a capitalised noun ("Staatstrauer an")."""
    return (
        len(words) > 2
        and words[-1] in _PARTICLES
        and words[-2][:1].isupper()
        and words[-2].lower() not in _ALL_DETERMINERS
    )


def has_verb(title: str, *, by_position: bool = True, context: str = "") -> bool:
    """True when some word of `title` is a finite verb in one of the languages; without
    `by_position`, only words that are verbs wherever they stand count (no "Putin arrives"
    read from a word's place after a name). `context` (the text a fragment comes from)
    tells its language too: "soldados" in a Spanish title is a plural, not "enters"."""
    words = _words(title)
    known = words + _words(context)
    german = any(
        w.text.lower() in _GERMAN_FUNCTION and w.text.lower() not in _ENGLISH_FUNCTION
        for w in known
    )
    romance = any(
        w.text.lower() in _ROMANCE_FUNCTION and w.text.lower() not in _ENGLISH_FUNCTION
        for w in known
    )
    for position, word in enumerate(words):
        lowered = word.text.lower()
        previous = words[position - 1].text if position else ""
        next_word = words[position + 1].text if position + 1 < len(words) else ""
        following = next_word.lower()
        after_name = (
            position > 0
            and previous[:1].isupper()
            and not (position == 1 and previous.lower() in _ALL_DETERMINERS)
        )
        lower_or_first = word.text[:1].islower() or position == 0
        capital_determiner = lowered in _ALL_DETERMINERS and word.text[:1].isupper()
        ambiguous = not by_position and lowered in _AMBIGUOUS_FINITE  # "a": "has", "to"
        if lowered in _FINITE and not capital_determiner and not ambiguous:
            return True
        if _VERB_END_RE.fullmatch(lowered) and lower_or_first:
            return True  # not a name such as "Ahmed"
        if PAST_VERB_RE.fullmatch(word.text) and word.text[:1].islower():
            return True
        if (
            word.text[:1].islower()
            and lowered not in _FUNCTION
            and _after_subject_pronoun(words, position)
        ):
            return True  # "nosotros visitamos", "elle en devient"
        head, hyphen, enclitic = lowered.rpartition("-")
        if hyphen and head and word.text[:1].islower() and enclitic in _ENCLITICS:
            return True  # "reuniram-se", "disse-lhe", "a-t-il": a pronoun fixed to its verb
        after_clitic = word.reflexive or previous.lower() in _REFLEXIVES
        if after_clitic and lowered not in _FUNCTION and word.text[:1].islower():
            return True  # "si svolge", "se reúne", "s'emparent"
        if not by_position:
            continue
        if word.text[:1].islower() and after_name and _PRESENT_RE.fullmatch(word.text):
            return True  # "Putin arrives", "Lula assina": a present right after a name
        lower_content = (
            word.text[:1].islower()
            and position > 0
            and previous.lower() not in _ENGLISH_FUNCTION
            and lowered not in _ENGLISH_FUNCTION
        )
        if (
            lower_content
            and not romance  # "tres", "hijos": plurals, not "enters"
            and _ENGLISH_PRESENT_RE.fullmatch(lowered)
            and (
                following in _ENGLISH_OBJECT_OPENERS - {"of"}
                or not following
                or (after_name and next_word[:1].isupper())
            )
        ):
            return True  # "the treaty enters into force", "Putin leaves Pyongyang"
        if lower_content and after_name and following in _ENGLISH_OBJECT_OPENERS - {"of"}:
            return True  # "Kim and Putin sign a treaty", "Putin and Kim meet in Vladivostok"
        if (
            position == 2
            and (
                words[0].text.lower() in _ALL_DETERMINERS - _ENGLISH_DETERMINERS
                or words[0].text[:1].isdigit()
            )
            and word.text[:1].islower()
            and words[1].text.lower() not in _FUNCTION
            and lowered not in _FUNCTION
            and _PRESENT_RE.fullmatch(lowered)
            and not _NOUN_ENDING_RE.search(lowered)
        ):
            return True  # "Le vent tourne", "Des étudiants campent": determiner, noun, verb
        first_word = position == 0 and len(words) > 2
        if (
            romance
            and (lower_content or first_word)
            and (following in _ROMANCE_ARTICLES or next_word[:1].isdigit())
            and lowered not in _PREPOSITIONS
            and previous.lower() not in _FUNCTION
            and _PRESENT_RE.fullmatch(lowered)
            and not _NOUN_ENDING_RE.search(lowered)
        ):
            return True  # "Los rebeldes rechazan el alto el fuego": a present before its object
        if (
            romance
            and lower_content
            and (previous.lower() not in _FUNCTION or previous.lower() in _SUBJECT_RELATIVES)
            and lowered not in _PREPOSITIONS
            and _ROMANCE_PLURAL_RE.fullmatch(lowered)
            and not _NOT_PLURAL_RE.search(lowered)
        ):
            return True  # "Los rebeldes libios mantienen contactos", "Des tireurs tuent"
        if (
            german
            and (previous[:1].isupper() or previous[:1].isdigit())
            and previous.lower() not in _ALL_DETERMINERS
            and _LOWER_VERB_RE.fullmatch(word.text)
            and lowered not in _GERMAN_FUNCTION
            and lowered not in _ENGLISH_FUNCTION
            and any(w.text[:1].isupper() and w.text.lower() not in _FINITE for w in words[1:])
        ):
            return True  # German: a lower-case word after a capitalised noun ("Putin reist")
    return False


_REFERENCE = dt.date(2000, 1, 1)
"""Any day: relative date phrases are found whatever they resolve to."""

_LISTED_DATE_RE = re.compile(r"\s*\([^()]*\)\s*$")
"""A date in closing brackets names one event of a list on purpose ("Elections (2014)")."""


def _edges(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words a title in `language` may not start / end with; every language's when
    unknown ("se" opens a Spanish headline as a clitic, but is "if" in Italian)."""
    if language not in LANGUAGES:
        return _BAD_STARTS - _ALL_DETERMINERS, _BAD_ENDS | _ALL_DETERMINERS
    own = (language,)
    determiners = DETERMINERS if language == "en" else word_set("DETERMINERS", own)
    starts = word_set("HEADLINE_BAD_STARTS", own) - determiners
    ends = word_set("TAIL_WORDS", own) | determiners | word_set("POSSESSIVE_DETERMINERS", own)
    return starts, ends


def lint_title(
    title: str,
    quote: str = "",
    *,
    languages: tuple[str, ...] = LANGUAGES,
    language: str = "",
) -> list[TitleProblem]:
    """Every headline problem of `title`; `quote` (the cited sentence) shows cut numbers,
    `language` (the source's, when known) which words are function words at its ends."""
    problems: list[TitleProblem] = []
    words = _words(title)
    if not words:
        return [TitleProblem.NO_VERB]
    if not has_verb(title):
        problems.append(TitleProblem.NO_VERB)
    bad_starts, bad_ends = _edges(language.split("-")[0].lower())
    if words[0].text.lower() in bad_starts:  # "an" is German and English
        problems.append(TitleProblem.BAD_START)
    last = words[-1].text
    function_end = last.lower() in bad_ends
    a_name = last[:1].isupper() and last.lower() not in _ENGLISH_FUNCTION  # "Kim Jong Un"
    particle = ends_on_particle([w.text for w in words])
    if len(words) > 1 and function_end and not a_name and not particle:
        problems.append(TitleProblem.BAD_END)
    if quote and _cut_number(words, quote):
        problems.append(TitleProblem.CUT_NUMBER)
    body = _LISTED_DATE_RE.sub("", title)
    if find_dates(body, _REFERENCE, languages):
        problems.append(TitleProblem.DATE_PHRASE)
    if len(_words(body)) > MAX_HEADLINE_WORDS:
        problems.append(TitleProblem.TOO_LONG)
    return problems


def _cut_number(words: list[_Word], quote: str) -> bool:
    """A number of the title that the quote only has as part of a longer number ("7" of
    "7,8", "5" of "5,000")."""
    for word in words:
        if not word.text[:1].isdigit():
            continue
        pattern = rf"(?<![\d.,]){re.escape(word.text)}(?![\d]|[.,]\d)"
        if word.text in quote and not re.search(pattern, quote):
            return True
    return False
