"""Compiled detection patterns for a set of languages, built once from their lexicons.

Each pattern finds one shape of date expression ("June 19, 2024", "19 de junio",
"last week", "hace 3 días"); `timeline.dates._engine` resolves what they capture.
Vocabulary comes from `_lexicon` (dateparser's locale data); the syntax around it
(day numbers, ordinals, "of"/"de" joins, English quarters and seasons) is written here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from timeline.dates._holidays import HOLIDAY_NAMES
from timeline.dates._lexicon import Lexicon, load_lexicon

__all__ = ["Grammar", "build_grammar"]

DAY = r"(?:3[01]|[12]\d|0?[1-9])"
ORDINAL = r"(?:st|nd|rd|th|er|º|°|ª)?"
YEAR = r"(?:1[1-9]\d\d|20\d\d)"
_UNITS_EN = "one|two|three|four|five|six|seven|eight|nine"
_TEENS_EN = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS_EN = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
SPELLED_YEAR = (
    rf"(?:nineteen|twenty)[\s-](?:hundred(?:\s+and)?\s+)?(?:(?:{_TENS_EN})(?:[\s-](?:{_UNITS_EN}))?"
    rf"|{_TEENS_EN}|oh[\s-](?:{_UNITS_EN}))(?![\w-])"
)
"""English years in words, as transcripts write them: "nineteen ninety-six"."""
DASH = r"\s*(?:-|–|—|to|through|until|and|al|au|bis|a|à|y|et|e|und)\s*"
# English-only syntax: these are grammar words the locale data does not carry.
EN_EDGE = r"(?:early|mid|late|the end of|the beginning of|the start of|the middle of|the rest of)"
EN_NUMBERS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|a|an"
)
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3}
ORDINALS["4th"] = 4
_ORDINAL_UNITS = (
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
)
_ORDINAL_TEENS = (
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
)
DAY_WORD_VALUES = {word: i for i, word in enumerate(_ORDINAL_UNITS + _ORDINAL_TEENS, start=1)}
DAY_WORD_VALUES["twentieth"] = 20
DAY_WORD_VALUES["thirtieth"] = 30
DAY_WORD_VALUES.update({f"twenty-{w}": 20 + i for i, w in enumerate(_ORDINAL_UNITS, start=1)})
DAY_WORD_VALUES["thirty-first"] = 31
DAY_WORDS = "|".join(sorted(DAY_WORD_VALUES, key=len, reverse=True))
"""English days of the month in words: "March eighth", "June the twenty-first"."""
SEASON_WORDS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}


_HOLIDAY_GATE = (
    "christmas|easter|thanksgiving|halloween|juneteenth|pentecost|july|year's|year’s|valentine"
    "|patrick|independence|bastille|veteran|armistice|remembrance|boxing|luther|president"
    "|mother|father|memorial|labor|columbus|good friday|palm sunday|ash wednesday|black friday"
)
"""Words one of which a text must contain for the holiday pattern to run at all."""

_LOWERCASE_MONTHS = frozenset({"es", "fr", "it", "pt"})
"""Languages that write month names in lower case: "Mars" mid-sentence is not "mars"."""

_WORD_GUARD = "_"
"""Characters (besides letters and digits) that may not precede a match."""


class Spec(NamedTuple):
    """One shape of date expression.

    `core` is scanned over the whole text and starts with a required word or digit, which
    keeps the scan fast; `left` is optional context before it ("last", "early", "the"),
    matched only in the few characters before each hit; `guard` lists the characters that
    may not come right before the match (letters and digits never may).
    """

    kind: str
    core: str
    left: str | None = None
    required: bool = False
    guard: str = _WORD_GUARD


class Compiled(NamedTuple):
    kind: str
    core: re.Pattern[str]
    left: re.Pattern[str] | None
    required: bool
    guard: str
    gate: re.Pattern[str] | None


def _suffix_words(lexicons: list[Lexicon]) -> set[str]:
    """Fixed words that follow the count ("ago", "fa", "atrás")."""
    return {
        shaped.partition("NUMBER")[2].strip().partition(" ")[2].strip()
        for lexicon in lexicons
        for shaped, _, _ in lexicon.ago_patterns
        if shaped.startswith("NUMBER")
    } - {""}


def _alt(words: Iterable[str]) -> str:
    """One regex matching any of `words`, longest first, written as a trie.

    "jan(?:uary)?" instead of "january|jan": the scanner tries one branch per letter rather
    than every word at every position, which is most of the engine's speed.
    """
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie) or "(?!)"


def _trie_pattern(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
    branches = [
        re.escape(char) + _trie_pattern(child) for char, child in sorted(node.items()) if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


_ANCHORED_MODIFIERS = frozenset({"past", "previous", "coming", "this past", "this coming"})
"""English modifiers that, before "year", count from a date the text named ("September of
the previous year"), not from the publication date."""
_OF = r"(?:of|de|del|do|da|di|des|dello|della|dell'|de\s+l')"
_THE = r"(?:the|el|la|le|lo|o|a|l')"


def _month_year_suffix(units: dict[str, str], before: dict[str, int], after: str | None) -> str:
    """What may follow a month to fix its year against the publication date: "of last year",
    "del año pasado", "de l'année dernière", "letzten Jahres", "dell'anno scorso", or a
    modifier of the month itself ("septembre dernier", "settembre scorso")."""
    years = _alt(w for w, unit in units.items() if unit == "year" and len(w) >= 2)
    mods = _alt(w for w in before if w not in _ANCHORED_MODIFIERS)
    options = [rf"(?P<rmod>{mods})\s+(?P<ry>{years})"]
    if after:
        options.append(rf"(?P<ry2>{years})\s+(?P<rmod2>{after})")
    year_phrase = "|".join(options)
    suffix = rf"\s+(?:{_OF}\s*)?(?:{_THE}\s*)?(?:{year_phrase})(?!\w)"
    if after:
        suffix += rf"|\s+(?P<mod2>{after})(?!\w)"
    return f"(?:{suffix})?"


@dataclass(frozen=True)
class Grammar:
    """Merged vocabulary and compiled patterns for one tuple of languages."""

    languages: tuple[str, ...]
    months: dict[str, int]
    weekdays: dict[str, int]
    units: dict[str, str]
    relative: dict[str, tuple[int, str]]
    modifiers: dict[str, int]
    numbers: dict[str, int]
    tens: dict[str, int]
    lowercase_months: frozenset[str]
    """Month names of languages that write them in lower case ("mars", "junio")."""
    date_order: str
    specs: tuple[Spec, ...]
    ago_signs: dict[str, int]
    """ "ago" → -1, "hace" → -1, "tra" → +1: the direction each fixed word gives a count."""

    gates: tuple[tuple[str, str], ...]
    """kind → words one of which must occur in the text for that pattern to run at all."""

    def patterns(self, folded: bool) -> tuple[Compiled, ...]:
        """Compiled patterns: case-sensitive for lower-cased text (about 4x faster) when
        `folded`, else case-insensitive for text whose length lower() changes."""
        return _compile(self.specs, self.gates, folded)


def _merge(lexicons: list[Lexicon], attribute: str) -> dict[str, object]:
    merged: dict[str, object] = {}
    for lexicon in lexicons:
        for key, value in getattr(lexicon, attribute).items():
            merged.setdefault(key, value)
    return merged


@cache
def build_grammar(languages: tuple[str, ...]) -> Grammar:
    """Patterns for `languages`, compiled once per process (the start-up cost)."""
    lexicons = [load_lexicon(lang) for lang in languages]
    months: dict[str, int] = _merge(lexicons, "months")  # type: ignore[assignment]
    weekdays: dict[str, int] = _merge(lexicons, "weekdays")  # type: ignore[assignment]
    units: dict[str, str] = _merge(lexicons, "units")  # type: ignore[assignment]
    relative: dict[str, tuple[int, str]] = _merge(lexicons, "relative")  # type: ignore[assignment]
    before: dict[str, int] = _merge(lexicons, "modifiers_before")  # type: ignore[assignment]
    after: dict[str, int] = _merge(lexicons, "modifiers_after")  # type: ignore[assignment]
    numbers: dict[str, int] = _merge(lexicons, "number_words")  # type: ignore[assignment]
    tens: dict[str, int] = _merge(lexicons, "tens")  # type: ignore[assignment]
    english = "en" in languages
    if english:
        before.update({"past": -1, "previous": -1, "coming": 1, "this past": -1})
        before.update({"this coming": 1})
        relative.update({"tonight": (0, "day"), "last night": (-1, "day")})
        relative.update({f"this {part}": (0, "day") for part in ("morning", "afternoon")})
        relative["this evening"] = (0, "day")
        relative.pop("till date", None)
    # units that take a modifier: the words used in the locale's own relative phrases
    phrase_tokens = {t for phrase in relative for t in phrase.split()}
    unit_words = {w for w in units if w in phrase_tokens and len(w) >= 3}
    if english:
        unit_words |= {"quarter", "weekend"}
    month_full = {w for w in months if len(w) > 3 or w in ("may", "mai", "mei")}
    # on their own, abbreviations ("Sept.", "gen.") count only in the first language:
    # with several, "Gen." or "set." are far more often something else
    month_re = rf"(?:{_alt(month_full)}|(?:{_alt(lexicons[0].months)})\.)"
    month_any = rf"(?:{_alt(months)})\.?"
    weekday_full = {w for w in weekdays if len(w) > 3}
    weekday_re = rf"(?:{_alt(weekday_full)}|(?:{_alt(lexicons[0].weekdays)})\.)"
    number = rf"(?:\d{{1,3}}|{_alt(numbers)})" if numbers else r"\d{1,3}"
    mods_before = _alt(before)
    # Romance languages place "próximo"/"pasado" on either side of the noun
    romance = {"es", "fr", "it", "pt"} & set(languages)
    mods_after = _alt({**after, **before} if romance else after) if after or romance else None
    # plural year nouns ("años", "années", "anni", "anos") introduce decades
    year_plurals = {w for w, u in units.items() if u == "year" and len(w) > 3 and w[-1] in "si"}
    year_plurals -= {"years"}
    edge = rf"(?:{EN_EDGE}[\s-]+)?" if english else ""
    year_any = f"{YEAR}|{SPELLED_YEAR}" if english else YEAR
    # "March eighth", "June the twenty-first": English days of the month in words
    day_words = rf"|(?:the\s+)?(?P<dw>{DAY_WORDS})(?![\w-])" if english else ""
    join = r"(?:,?\s+(?:of|de|del|di)\s+|,?\s*)"

    month_year_suffix = _month_year_suffix(units, before, mods_after)

    digit = _WORD_GUARD + "$€£¥#.,/'-"
    specs: list[Spec] = [
        Spec(
            "iso",
            r"(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])(?:-(?P<d>0[1-9]|[12]\d|3[01]))?(?![\d\-])",
            guard=digit,
        ),
        Spec(
            "numeric",
            r"(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?!\d|[./]\d)",
            guard=digit,
        ),
        Spec(
            "mdy",
            rf"(?P<m>{month_any})\s*(?:(?P<d>{DAY}){ORDINAL}(?!\d|:\d){day_words})"
            rf"(?:{DASH}(?:(?P<m2>{month_any})\s*)?(?P<d2>{DAY}){ORDINAL}(?!\d|:\d))?"
            rf"(?:,?\s*(?P<y>{year_any})(?!\d))?(?!\s*(?:%|percent|per cent|\d))",
            left=edge,
        ),
        Spec(
            "dmy",
            rf"(?P<d>{DAY})(?:{ORDINAL}|\.)"
            rf"(?:{DASH}(?P<d2>{DAY})(?:{ORDINAL}|\.)?)?\s*(?:(?:of|de)\s+)?"
            rf"(?P<m>{month_any})(?:{join}(?P<y>{YEAR})(?!\d))?(?!\w)",
            guard=digit,
        ),
        Spec(
            "month_year",
            rf"(?P<m>{month_any}){join}(?P<y>{year_any})(?!\d)"
            rf"(?:{DASH}(?P<m2>{month_any}){join}(?P<y2>{YEAR})(?!\d))?",
            left=edge,
        ),
        Spec(
            "month",
            rf"(?P<m>{month_re})(?!\w){month_year_suffix}",
            left=rf"(?:(?P<mod>{mods_before})\s+)?{edge}",
        ),
        Spec(
            "weekday",
            rf"(?P<w>{weekday_re})(?!\w)"
            + (rf"(?:\s+(?P<mod2>{mods_after}))?" if mods_after else ""),
            left=rf"(?:(?P<mod>{mods_before})\s+)?",
        ),
        Spec("relative", rf"(?P<rel>{_alt(relative)})(?!\w)", left=edge),
        Spec(
            "mod_unit",
            rf"(?P<mod>{mods_before})\s+(?P<u>{_alt(unit_words)})(?!\w)",
            left=rf"(?:(?:earlier|later)\s+)?{edge}" if english else None,
        ),
        Spec(
            "year_range",
            rf"(?P<y>{YEAR})\s*[–—\-]\s*(?P<y2>\d{{4}}|\d{{2}})(?![\w%\-]|[.,]\d)",
            guard=digit,
        ),
        Spec(
            "decade",
            r"(?P<dec>1\d\d|20\d)0(?:'?s\b|er(?:\s+jahren?)?\b)",
            left=r"(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?" if english else None,
            guard=digit,
        ),
        Spec(
            "decade",
            r"(?:d[ée]cadas?|decenni[oa])\s+(?:de\s+|del\s+|dos\s+|des\s+|dei\s+)?(?:los\s+)?"
            r"(?P<dec>1\d\d|20\d)0\b",
        ),
        Spec(
            "year",
            rf"(?P<y>{YEAR})(?![\w%]|[.,]\d|-\d)",
            left=r"(?P<pre>fiscal\s*|fy\s*|mid-)" if english else None,
            guard=digit,
        ),
    ]
    if year_plurals:
        specs.append(
            Spec(
                "decade",
                rf"(?:{_alt(year_plurals)})\s+(?:(?P<dec>1\d\d|20\d)0|(?P<d2>[2-9])0"
                + (rf"|(?P<tens>{_alt(tens)})" if tens else "")
                + r")\b",
            )
        )
    if mods_after:
        specs.append(Spec("unit_mod", rf"(?P<u>{_alt(unit_words)})\s+(?P<mod>{mods_after})(?!\w)"))
    if english:
        specs += [
            Spec(
                "quarter",
                r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter(?![\w-])"
                rf"(?:\s+of\s+(?:fiscal\s+)?(?P<y>{YEAR}))?"
                # "the second quarter ended Oct. 31": the end date gives the year
                rf"(?:(?=\s+ended\s+(?P<em>{month_any})\s*(?P<ed>{DAY})(?!\d)))?",
                left=r"(?:(?P<det>the|its|this|last|next|this year's|last year's|next year's"
                r"|(?:the\s+)?year[- ](?:ago|earlier))\s+)?"
                rf"(?:(?P<qy>{YEAR})\s+)?(?:fiscal[\s-]+)?",
            ),
            Spec(
                "weekend",
                r"weekend\b",
                left=r"(?P<mod>this past|this coming|this|last|next|the|over the|on the)\s+",
                required=True,
            ),
            Spec(
                "period",
                r"(?P<u>quarter|period)(?![\w-])"
                # the end date resolves the quarter but stays a mention of its own
                rf"(?:(?=\s+ended\s+(?P<em>{month_any})\s*(?P<ed>{DAY})(?!\d)))?"
                # "the quarter a year ago", "the corresponding period last year": one mention
                r"(?P<back>\s+(?:(?:a|one)\s+year\s+(?:ago|earlier)|(?:of\s+)?last\s+year)\b)?",
                left=r"(?P<det>the|this|that|its|last year's)\s+(?:(?P<adj>latest|current|same"
                r"|most recent|just-ended|recent|comparable|corresponding"
                rf"|(?P<py>{YEAR}))\s+)?(?:fiscal\s+)?",
                required=True,
            ),
            Spec(
                "half",
                rf"(?:(?P<ord>first|second|last)[\s-]+half|(?P<two>first|last)\s+two\s+quarters)"
                rf"(?![\w-])(?:\s+of\s+(?:(?:fiscal\s+)?(?P<y>{YEAR})(?!\d)"
                r"|(?P<yd>the|this|last|next)\s+(?:fiscal\s+|calendar\s+)?year\b))?",
                left=r"(?P<det>the|its|this year's|last year's|next year's)\s+",
            ),
            Spec(
                "season",
                r"(?P<s>spring|summer|fall|autumn|winter)"
                rf"(?:\s+(?:of\s+)?(?P<y>{year_any}))?\b",
                left=r"(?:(?P<mod>this past|this coming|this|last|next|the)\s+)?"
                r"(?:(?:early|late|mid)[\s-]*)?",
            ),
            Spec(
                "shift",
                r"(?P<dir>earlier|later|before|after|since)\b",
                left=rf"(?P<num>{EN_NUMBERS}|\d{{1,3}})\s+(?P<u>days?|weeks?|months?|years?)\s+",
                required=True,
            ),
            Spec(
                "year_ago",
                r"year[- ](?:ago|earlier)\b",
                left=r"(?:the\s+)?(?:comparable\s+)?",
            ),
            Spec(
                "spelled_year",
                rf"(?P<y>{SPELLED_YEAR}|two thousand(?:\s+and\s+(?:{_UNITS_EN}|{_TEENS_EN}))?)",
                left=r"(?P<the>the\s+year\s+)",
                required=False,
            ),
            Spec("year_end", r"year(?:'s)?[\s-]end\b"),
            # "twice as high this year as last": the unit is left out after the comparison
            Spec("elided_last", r"last(?![\w-])(?!\s+(?:\w|\$))"),
            # "Until then", "by then": the date the text just named
            Spec("then", r"then\b", left=r"(?:until|till|by)\s+", required=True),
            Spec(
                "holiday",
                "(?P<h>"
                + _alt(HOLIDAY_NAMES).replace("'", "['’]")
                + r")(?![\w'’])"
                + rf"(?:,?\s+(?:of\s+)?(?P<y>{YEAR})(?!\d)"
                r"|\s+(?P<ry>this|last|next)\s+year\b)?",
                left=r"(?:(?P<mod>this past|this coming|this|last|next|past)\s+)?",
            ),
            Spec(
                "the_year",
                r"(?P<u>year|month|day)\b",
                left=rf"(?:(?P<within>earlier|later|early|late)\s+in\s+)?{edge}"
                r"(?P<yd>the|the current|the full|the fiscal|the current fiscal"
                r"|the calendar|that|the following|the next|the previous|the prior|the same"
                r"|the latest fiscal|the most recent fiscal|the last fiscal)\s+",
                required=True,
            ),
            # "in three days", "in two weeks": a coming date when the sentence looks ahead
            Spec(
                "in_count",
                rf"in\s+(?P<num>{EN_NUMBERS}|\d{{1,3}})\s+(?P<u>days?|weeks?|months?|years?)"
                r"(?![\w-]|\s+of\b|['’]s?\s+(?:time\s+)?of\b)",
            ),
            Spec(
                "first_in",
                rf"first\b[^.;!?]{{0,80}}?\bin\s+(?:more than\s+|nearly\s+|almost\s+)?"
                rf"(?P<num>{EN_NUMBERS}|\d{{1,3}})\s+(?P<u>years|months|decades)\b",
            ),
        ]

    month_gate = _alt(months)
    gates = {
        "mdy": month_gate,
        "dmy": month_gate,
        "month_year": month_gate,
        "month": month_gate,
        "weekday": _alt(weekdays),
        "mod_unit": _alt(unit_words),
        "unit_mod": _alt(unit_words),
        "iso": "-",
        "numeric": r"[./]",
        "year_range": r"\d[–—\-]",
        "quarter": "quarter",
        "weekend": "weekend",
        "half": "half|quarters",
        "season": _alt(SEASON_WORDS),
        "shift": "earlier|later|before|after|since",
        "year_ago": "year",
        "first_in": "first",
        "in_count": "day|week|month|year",
        "period": "quarter|period",
        "spelled_year": "nineteen|twenty|two thousand",
        "year_end": "end",
        "then": "then",
        "elided_last": "last",
        "holiday": _HOLIDAY_GATE,
        "the_year": "year|month|day",
    }
    # "NUMBER days ago" / "hace NUMBER días": split each locale pattern around its count
    signs: dict[str, int] = {}
    suffix_units: set[str] = set()
    prefix_units: set[str] = set()
    for lexicon in lexicons:
        for shaped, _, sign in lexicon.ago_patterns:
            head, _, tail = shaped.partition("NUMBER")
            unit_word, _, suffix = tail.strip().partition(" ")
            if head.strip() and not suffix:
                signs.setdefault(head.strip(), sign)
                prefix_units.add(unit_word)
            elif suffix and not head.strip():
                signs.setdefault(suffix.strip(), sign)
                suffix_units.add(unit_word)
    prefixes = set(signs) - _suffix_words(lexicons)
    suffixes = set(signs) - prefixes
    if prefixes:
        specs.append(
            Spec(
                "ago",
                rf"(?P<anchor>{_alt(prefixes)})\s+(?P<num>{number})\s+(?P<u>{_alt(prefix_units)})\b",
            )
        )
    if suffixes:
        specs.append(
            Spec(
                "ago",
                rf"(?P<anchor>{_alt(suffixes)})\b",
                left=rf"(?P<num>{number})\s+(?P<u>{_alt(suffix_units)})\s+(?:or so\s+)?",
                required=True,
            )
        )
    gates["ago"] = _alt(signs) if signs else "(?!)"
    return Grammar(
        languages=languages,
        months=months,
        weekdays=weekdays,
        units=units,
        relative=relative,
        modifiers={**after, **before},
        numbers=numbers,
        tens=tens,
        lowercase_months=frozenset(
            w
            for lexicon in lexicons
            if lexicon.language in _LOWERCASE_MONTHS
            for w in lexicon.months
        )
        - {
            w
            for lexicon in lexicons
            if lexicon.language not in _LOWERCASE_MONTHS
            for w in lexicon.months
        },
        date_order=lexicons[0].date_order,
        specs=tuple(specs),
        gates=tuple(gates.items()),
        ago_signs=signs,
    )


@cache
def _compile(
    specs: tuple[Spec, ...],
    gates: tuple[tuple[str, str], ...],
    folded: bool,
) -> tuple[Compiled, ...]:
    flags = 0 if folded else re.IGNORECASE
    gate_of = {kind: re.compile(words, flags) for kind, words in gates}
    return tuple(
        Compiled(
            kind=spec.kind,
            core=re.compile(spec.core, flags),
            # \Z, not $: "$" also matches before a final newline, which would let an empty
            # left context start a mention on the newline before a paragraph's first word
            left=re.compile(rf"(?<!\w)(?:{spec.left})\Z", flags) if spec.left else None,
            required=spec.required,
            guard=spec.guard,
            gate=gate_of.get(spec.kind),
        )
        for spec in specs
    )
