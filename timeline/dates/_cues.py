"""Is this match a date here? Context checks shared by the resolvers.

Casing ("May" the month, "may" the verb, "Theresa May" the name), titles ("USA Today"),
generic and recurring uses ("in today's world", "every Monday"), and whether a four-digit
number is a year or a count.
"""

from __future__ import annotations

import re
from functools import cache

from timeline.dates._context import Candidate, Context, Found, original
from timeline.dates._langdata import (
    date_words,
    every_language,
    every_pattern,
    every_word,
    pattern_union,
)
from timeline.dates._lexicon import load_lexicon
from timeline.dates._regex import alt, either
from timeline.dates._tense import is_tensed
from timeline.dates._vocabulary import DASH, Vocabulary

# The words of every language apply whatever the text's language is.
_NOT_AFTER_YEAR = re.compile(rf"\s*(?:{every_pattern(lambda w: either(w.not_after_year))})", re.I)
_NOT_BEFORE_YEAR = every_word(lambda w: w.not_before_year)
MEASURES = every_word(lambda w: w.measures)
"""Units a number before them measures: "1990 hours", "2000 miles" are never years."""
COUNTING = every_word(lambda w: w.counted_nouns) | MEASURES
"""Nouns that a number before them counts: "2000 troops" is not the year 2000 (but "In 2020
schools closed" is a year: see `DATE_PREPOSITIONS`)."""
_UNCOUNTED = every_word(lambda w: w.uncounted)
"""Words that end like a plural noun but count nothing: "en 1998 après la crise"."""
DATE_PREPOSITIONS = every_word(lambda w: w.date_prepositions)
"""Words that make the number after them a year even before a counted noun."""
CUSTOMS = every_word(lambda w: w.customs)
"""What a weekday names when it is a recurring custom: "Friday prayers", "Sunday Mass"."""
APPROXIMATORS = every_word(lambda w: w.approximators)
"""Words before a count: "about 2000 cars" is a number, whatever follows it."""
LEADING_WORDS = every_word(lambda w: w.leading_words)
"""Sentence openers that may precede a month: "In May" is a date, "Sarah May" a name."""
_VERB_MONTHS = every_word(lambda w: w.verb_months)
_GENERIC_DAYS = every_word(lambda w: w.generic_days)
_MORNING_WORDS = every_word(lambda w: w.morning_words)
_MORNING_BEFORE = every_word(lambda w: w.morning_before)
_MORNING_NOUNS = frozenset(
    word.capitalize()
    for words in every_language()
    if words.capitalised_nouns
    for word in words.morning_words
)
"""How a noun-capitalising language writes "the morning" mid-sentence ("Morgen")."""
_MORNING_BEFORE_RE = re.compile(rf"\b(?:{alt(_MORNING_BEFORE)})\s+$")


_WORD_AFTER = re.compile(r"\s+([A-Za-z][\w-]*)")
_DATE_AFTER = re.compile(
    r"[ \t]+(?:im|in|en|dans|nel|no|em)\s+(?:(?:Jahr|year|année|año|anno|ano)\s+)?"
    r"(?:1[1-9]\d\d|20\d\d)(?!\d)"
    r"|[ \t]+(?:im|nel|no)\s+[^\W\d_]{4,}\s+(?:Jahr|anno|ano)\b"
)
"""A number right before "in <year>" or "in the <modifier> year" in the same sentence counts
what happened in that year ("davon 2000 im Jahr 2011 und 1700 im vergangenen Jahr"; a
capitalised "In" after a heading opens a new sentence)."""
_RANGE_END_NOUN = re.compile(rf"{DASH}\d[\d.,]*\s+([^\W\d_][\w-]*)")


_WORD_BEFORE = re.compile(r"([A-Za-z][\w.]*)\s*$")


_SENTENCE_OPENERS = ".!?\"“'‘`«„(:\n"  # `` opens a quote in ASCII-quoted news


def _mid_sentence(text: str, position: int) -> bool:
    """True when the word at `position` does not open a sentence (or a quote)."""
    before = text[max(0, position - 3) : position].rstrip()
    return bool(before) and before[-1] not in _SENTENCE_OPENERS


_GENERIC_BEFORE = re.compile(r"\b(in|of|for)\s+$", re.IGNORECASE)


_GENERIC_NOUN = re.compile(
    rf"\s+(?:[a-z-]+\s+)?(?:{alt(every_word(lambda w: w.generic_nouns))})\b",
    re.IGNORECASE,
)
"""What "today's" and "tomorrow's" describe when they mean the present or future at large."""


_EVERY_BEFORE = re.compile(rf"\b(?:{alt(every_word(lambda w: w.every_words))})\s+$", re.IGNORECASE)
_HABIT_BEFORE = re.compile(rf"\b(?:{alt(every_word(lambda w: w.habit_articles))})\s+$", re.I)
_NOWADAYS = re.compile(
    pattern_union(idiom for words in every_language() for idiom in words.nowadays), re.IGNORECASE
)
_ORDINAL_WEEKDAYS = every_word(lambda w: w.ordinal_weekdays)
_WEEKDAY_CUES = every_word(lambda w: w.weekday_cues)
_NOUN_AFTER = re.compile(r"\s+([^\W\d_]{4,})")
_PARTICIPLE = re.compile(r"(?:ad|id)[oa]s?$")
_ANY_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s*$")


def english_casing(ctx: Context, text: str) -> bool:
    """English casing rules ("Sarah May" is a name, "This Week" a title) apply to an English
    article, and to English words read in another language's article ("Theresa May" in a
    Spanish text); not to the article's own words: in German every noun is capitalised
    ("Ende August", "Nächste Woche")."""
    if ctx.vocabulary.language == "en":
        return True
    if "en" not in ctx.vocabulary.languages:
        return False
    words = _LETTERS.findall(text.lower())
    own, english = _own_words(ctx.vocabulary.language), _own_words("en")
    return any(word in english for word in words) and not any(word in own for word in words)


_LETTERS = re.compile(r"[^\W\d_]+")


@cache
def _own_words(language: str) -> frozenset[str]:
    """The date words of one language's lexicon, one word at a time; not its abbreviations
    ("may" is Spanish only as "may." for "mayo"), but its short full names ("Mai")."""
    lexicon = load_lexicon(language)
    words = {*lexicon.months, *lexicon.weekdays, *lexicon.units}
    words |= {*lexicon.modifiers_before, *lexicon.modifiers_after}
    words |= {token for phrase in lexicon.relative for token in _LETTERS.findall(phrase)}
    short = set(date_words(language).short_months)
    return frozenset(w for w in words if len(w) > 3 or w in short)


def capitalised_nouns(ctx: Context) -> bool:
    """The article's language capitalises nouns (German): a lower-case "mit." or "mai" there
    is a preposition or a verb, never a weekday or a month."""
    return ctx.vocabulary.words[0].capitalised_nouns


def is_cased_name(ctx: Context, match: Found, group: str) -> bool:
    """A weekday or season written as the article's language writes one: capitalised in
    German; in a language that writes them in lower case, a capitalised one in mid-sentence
    before another capitalised word is a name ("l'accord du Vendredi Saint"), but news often
    capitalises a bare weekday ("el próximo Lunes")."""
    word = original(ctx, match, group)
    if capitalised_nouns(ctx):
        return word[:1].isupper() and not _ends_compound(ctx, match.start(group))
    if word[:1].isupper() and ctx.vocabulary.words[0].months_lowercase:
        named = _NAME_AFTER.match(ctx.text, match.end(group)) is not None
        return not (named and _mid_sentence(ctx.text, match.start(group)))
    return True


def _ends_compound(ctx: Context, start: int) -> bool:
    """ "der MIP-Montag", "der Super-Sommer": the last part of a hyphenated noun (but
    "Montag-Freitag" joins two days)."""
    if ctx.text[start - 1 : start] != "-":
        return False
    before = _WORD_BEFORE.search(ctx.text, max(0, start - 30), start - 1)
    if before is None or ctx.text[start - 2 : start - 1].isspace():
        return False
    return before.group(1).lower() not in ctx.vocabulary.weekdays


def is_cased_month(context: Context, match: Found, group: str) -> bool:
    """English month names are capitalised ("may" in lower case is the verb); Romance ones
    are not ("Mars" in the middle of a sentence is the planet); German ones always are."""
    word = original(context, match, group)
    if capitalised_nouns(context):
        return word[:1].isupper()
    if word[:1].isupper():
        # languages that write "mars", "junio" in lower case: "Mars" mid-sentence is a name
        lowercase = word.lower().rstrip(".") in context.vocabulary.lowercase_months
        if not lowercase or not _mid_sentence(context.text, match.start(group)):
            return True
        # "en Febrero", "a finales de Febrero": written capitalised, but after a preposition
        start = match.start(group)
        before = _ANY_WORD_BEFORE.search(context.text, max(0, start - 20), start)
        prepositions = {w for words in context.vocabulary.words for w in words.date_prepositions}
        return before is not None and before.group(1).lower() in prepositions
    if "en" not in context.vocabulary.languages:
        return True
    return len(context.vocabulary.languages) > 1 and word.lower() not in _VERB_MONTHS


def follows_name(ctx: Context, start: int) -> bool:
    """ "Sarah May", "Theresa May": an English month right after a capitalised word mid-sentence."""
    if not english_casing(ctx, ctx.text[start : start + 12].split(" ")[0]):
        return False
    before = _WORD_BEFORE.search(ctx.text, max(0, start - 30), start)
    if not before or not before.group(1)[:1].isupper() or before.group(1).endswith("."):
        return False
    if _mid_sentence(ctx.text, before.start()):
        return True
    # at the start of a sentence "In May" is a date and "Sarah May" a name
    return before.group(1).lower() not in LEADING_WORDS


_NAME_AFTER = re.compile(r" ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w'’])")
"""One space, then a capitalised word: "April Smith", "Sunday Times"."""
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def _name_after(ctx: Context, end: int) -> bool:
    after = _NAME_AFTER.match(ctx.text, end)
    if after is None:
        return False
    word = after.group(1).lower()
    return word not in ctx.vocabulary.months and word not in ctx.vocabulary.weekdays


_EVENT_AFTER = re.compile(r"\s+(?:for|of|on|against)\s+(?:the\s+)?[A-Z]")
"""After "the" and a month, a preposition and a capitalised word: "the March for Life", "the
March on Washington", "the March of Dimes" name a march or a charity, not the month."""


def _named_event(ctx: Context, start: int, end: int) -> bool:
    return (
        _THE_BEFORE.search(ctx.text, max(0, start - 6), start) is not None
        and _EVENT_AFTER.match(ctx.text, end) is not None
    )


def precedes_name(ctx: Context, c: Candidate, group: str) -> bool:
    """ "April Smith", "June Carter": an English month right before a capitalised word is a
    first name, unless a date word introduces it ("In April Congress voted"); "the March for
    Life" names an event."""
    start, end = c.match.start(group), c.match.end(group)
    word = ctx.text[start:end]
    if not english_casing(ctx, word) or c.start != start or not word[:1].isupper():
        return False
    if word.endswith("."):
        return False
    if _named_event(ctx, start, end):
        return True
    if not _name_after(ctx, end):
        return False
    before = _WORD_BEFORE.search(ctx.text, max(0, start - 30), start)
    return before is None or before.group(1).lower() not in LEADING_WORDS


def is_named_weekday(ctx: Context, c: Candidate, group: str) -> bool:
    """ "The Sunday Times", "the Friday Mosque": "the", a weekday and a capitalised word name a
    paper or a place ("On Sunday Times Square was empty" is still a day)."""
    start, end = c.match.start(group), c.match.end(group)
    if not english_casing(ctx, ctx.text[start:end]) or c.start != start:
        return False
    if not ctx.text[start:end][:1].isupper() or not _name_after(ctx, end):
        return False
    return _THE_BEFORE.search(ctx.text, max(0, start - 6), start) is not None


def is_title(ctx: Context, c: Candidate) -> bool:
    """ "This Week" or "USA Today" mid-sentence is a name, not a date (English casing)."""
    if not english_casing(ctx, ctx.text[c.start : c.end]):
        return False
    words = ctx.text[c.start : c.end].split()
    if not all(w[:1].isupper() for w in words):
        return False
    if len(words) > 1:
        return True  # a sentence would start "This week", a title is "This Week"
    return _mid_sentence(ctx.text, c.start)


def is_generic(text: str, c: Candidate) -> bool:
    """ "in today's world", "the people of tomorrow": the present or future in general.

    "in today's editions", "for today's quiz" are the day itself: after "in" and "for" only
    nouns for the world at large make the possessive generic.
    """
    before = text[max(0, c.start - 6) : c.start]
    if text.startswith("'s", c.end) or text.startswith("’s", c.end):
        generic = _GENERIC_BEFORE.search(before)
        if generic is None:
            return False
        # "many of today's computers" is the present at large; "in today's editions" is not
        return generic.group(1).lower() == "of" or _GENERIC_NOUN.match(text, c.end + 2) is not None
    return bool(re.search(r"\bof\s+$", before)) and c.match.group(0).lower() in _GENERIC_DAYS


_PLURAL_PART_AFTER = re.compile(
    r"(?:\s*(?:,|and|or|&)\s*[^\W\d_]+)?\s+"
    rf"(?:{alt(every_word(lambda w: w.plural_parts_of_day))})\b",
    re.IGNORECASE,
)


_WORD_RIGHT_AFTER = re.compile(r"[ \t]+([^\W\d_]+)\b")


def is_recurring(text: str, c: Candidate) -> bool:
    """ "each July", "every Thursday", "on Monday and Tuesday nights", "Friday prayers" is a
    set of dates (a custom), not one date."""
    if _PLURAL_PART_AFTER.match(text, c.end):
        return True
    custom = _WORD_RIGHT_AFTER.match(text, c.end)
    if custom is not None and custom.group(1).lower() in CUSTOMS:
        return True
    return _EVERY_BEFORE.search(text, max(0, c.start - 12), c.start) is not None


def is_habit(ctx: Context, c: Candidate) -> bool:
    """ "le mercredi", "il lunedì" with no day number after it: a weekday as a habit (a set of
    days) in languages that name a single day without the article ("mercredi", "lunedì")."""
    if _HABIT_BEFORE.search(ctx.text, max(0, c.start - 6), c.start) is None:
        return False
    after = ctx.text[c.end : c.end + 40]
    if re.match(r"[\s,]*\d", after):
        return False
    word = _WORD_RIGHT_AFTER.match(after)
    return word is None or word.group(1).lower() not in ctx.vocabulary.modifiers


def is_nowadays(ctx: Context, c: Candidate) -> bool:
    """ "hoy en día", "al giorno d'oggi", "hoje em dia": the present at large, no date."""
    for idiom in _NOWADAYS.finditer(ctx.text, max(0, c.start - 16), min(len(ctx.text), c.end + 16)):
        if idiom.start() < c.end and c.start < idiom.end():
            return True
    return False


def is_ordinal(ctx: Context, c: Candidate, group: str) -> bool:
    """ "a segunda maior empresa": a weekday name that is also an ordinal is a day only after
    a modifier or a day word ("na segunda", "até sexta"), and not before a noun."""
    word = ctx.text[c.match.start(group) : c.match.end(group)].lower()
    if word not in _ORDINAL_WEEKDAYS:
        return False
    if c.match["mod2"] is None:
        noun = _NOUN_AFTER.match(ctx.text, c.match.end(group))
        word_after = noun.group(1) if noun is not None else ""
        # a finite verb after it ("na segunda disse") makes it a day; a participle
        # ("rodada", "partida") is as often a noun
        finite = is_tensed(word_after, ctx.vocabulary.languages) and not _PARTICIPLE.search(
            word_after
        )
        if word_after.islower() and not finite:
            return True
    if c.match["mod"] is not None:
        return False
    before = _ANY_WORD_BEFORE.search(ctx.text, max(0, c.start - 20), c.start)
    return before is None or before.group(1).lower() not in _WEEKDAY_CUES


def is_morning(text: str, c: Candidate) -> bool:
    """Spanish "la mañana" and German "am Morgen"/"heute Morgen" mean the morning."""
    before = text[max(0, c.start - 8) : c.start].lower()
    if _MORNING_BEFORE_RE.search(before):
        return True
    word = text[c.match.start("rel") : c.match.end("rel")]
    return word in _MORNING_NOUNS and _mid_sentence(text, c.start)


def means_morning_too(phrase: str) -> bool:
    """ "mañana", "morgen": tomorrow, or the morning (see `is_morning`)."""
    return phrase in _MORNING_WORDS


_AND = frozenset({"and", "y", "e", "et", "und"})  # "in 1998 and 1997" lists years
_RANGE_WORDS = alt(w for words in every_language() for w in words.range_words if w not in _AND)
_TALLY_AFTER = re.compile(rf"\s*(?:{_RANGE_WORDS}|-|–|—)\s*(\d{{3,4}})(?!\d)", re.IGNORECASE)
_TALLY_BEFORE = re.compile(rf"(?<!\d)(\d{{3,4}})\s*(?:{_RANGE_WORDS}|-|–|—)\s*$", re.IGNORECASE)


def is_tally(text: str, start: int, end: int) -> bool:
    """ "The vote was 2024 to 1961", "passed 1210-1180", "da 2054 a 1960 miliardi": a larger
    number before a smaller one is a score or a tally; a span of years runs forward ("from 1990
    to 2000")."""
    if not text[start:end].isdigit():
        return False  # a span of years ("1914-18") orders itself
    number = int(text[start:end])
    after = _TALLY_AFTER.match(text, end)
    if after is not None and int(after.group(1)) < number:
        return True
    before = _TALLY_BEFORE.search(text, max(0, start - 12), start)
    return before is not None and int(before.group(1)) > number


def is_amount(text: str, end: int) -> bool:
    """Does a unit, a currency or a counted noun follow the number ending at `end`?"""
    if _NOT_AFTER_YEAR.match(text, end):
        return True
    after = _WORD_AFTER.match(text, end)
    return after is not None and after.group(1).lower() in COUNTING


def is_year_context(text: str, start: int, end: int, vocabulary: Vocabulary) -> bool:
    """A bare four-digit number is a year unless it counts something, is money, a name or a
    tally."""
    if _NOT_AFTER_YEAR.match(text, end) or is_tally(text, start, end):
        return False
    if _DATE_AFTER.match(text, end):
        return False  # "davon 2000 im Jahr 2011": a count of what happened in that year
    after = _WORD_AFTER.match(text, end)
    next_word = after.group(1).lower() if after else ""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    previous = before.group(1).lower() if before else ""
    if next_word in MEASURES or (next_word in COUNTING and previous not in DATE_PREPOSITIONS):
        return False  # "spent 1990 hours", "2000 troops"; but "In 2020 schools closed"
    plural = len(next_word) > 3 and next_word[-1] in "si" and next_word not in _UNCOUNTED
    if "en" not in vocabulary.languages and plural:
        # "2000 empleados", "1500 persone": a plural noun right after counts it; Romance
        # languages put a year after its noun ("las elecciones de 2024")
        return next_word in vocabulary.months
    if previous in _NOT_BEFORE_YEAR:
        return False
    if vocabulary.words[0].capitalised_nouns:
        # German capitalises every noun: "Stuttgart 1988" and "im Jahr 1998" are years, but a
        # noun right after the number counts it ("2000 Mitarbeiter", "1400 Euro")
        counted = after is not None and after.group(1)[:1].isupper()
        if not counted:
            # "von 1450 bis 1850 Mark": the noun after the range's end counts both ends
            end_noun = _RANGE_END_NOUN.match(text, end)
            counted = end_noun is not None and end_noun.group(1)[:1].isupper()
            next_word = end_noun.group(1).lower() if end_noun else next_word
        return not counted or next_word in vocabulary.months or previous in DATE_PREPOSITIONS
    if (
        before is not None
        and before.group(1)[:1].isupper()
        and previous.rstrip(".") not in vocabulary.months
        and not previous.endswith("'s")
        and _mid_sentence(text, before.start())
    ):
        return False  # "Orion 1980", "Windows 2000": a capitalised word mid-sentence names it
    if previous in APPROXIMATORS and after and next_word.isalpha() and next_word.endswith("s"):
        return False
    return not (after and next_word in ("of",) and previous in APPROXIMATORS)
