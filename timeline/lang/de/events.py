"""German words the event stage reads (see `timeline.lang` and `lang/en/events.py`)."""

from __future__ import annotations


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


LIST_CONJUNCTIONS: tuple[str, ...] = ("und", "oder")
"""Words that join the dates of a list ("1961, 2000 und 2001")."""

DATE_GLUE: tuple[str, ...] = _words(
    "am im für seit bis vor nach dem diesem jenem vergangenen letzten kommenden nächsten ab zum"
)
"""Words that only attach a date ("am Dienstag", "seit 2019"), removed with it."""

SAME_DETERMINERS: tuple[str, ...] = _words("dem diesem jenem")
"""Determiners of "am selben Tag", removed with the date."""

SAME_WORDS: tuple[str, ...] = ("selben", "gleichen")
"""Words of "am selben Tag", removed with the date."""

AGAIN_CONJUNCTIONS: tuple[str, ...] = ("und",)
"""Conjunctions before "wieder" ("trafen sich 2019 und wieder 2021")."""

AGAIN_WORDS: tuple[str, ...] = ("wieder", "erneut")
"""Words that repeat an event at another date."""

DISCOURSE_OPENERS: tuple[str, ...] = ("laut", "nach")
"""First words of an opening phrase that is not the event ("Laut dem Ministerium,")."""

TAIL_WORDS: tuple[str, ...] = _words("den dem und")
"""Function words a title never ends on in lower case."""

NAME_CONNECTORS: tuple[str, ...] = ("von",)
"""Lower-case words inside a name ("Ursula von der Leyen")."""

NOWADAYS: tuple[str, ...] = (r"bis\s+heute", r"heute\s+noch", r"noch\s+heute")
"""Phrases in which the word for "today" means "nowadays" or "to this day" (regex
fragments): a state that goes on, not an event on the day of publication."""


# Headline checks (`timeline.events.title_lint`).

HEADLINE_FINITE_WORDS: tuple[str, ...] = _words(
    """
    ist sind war waren wird werden wurde wurden hat haben hatte hatten kann können soll
    sollen will wollen muss müssen geht ging gab gibt kam kommt sagt sagte trifft traf
    unterzeichnet unterzeichnete beginnt begann endet endete stirbt starb fand gewann brach
    nahm wies trat fiel hielt ließ lag rief schlug sprach stand verlor zog bat blieb
    """
)
"""Finite verbs a headline may rest on besides the endings below."""

HEADLINE_VERB_ENDINGS: tuple[str, ...] = _words(r"\w{3,}ierte \w{3,}ierten")
"""Endings of finite verbs (the weak past of -ieren verbs: "kritisierte")."""

HEADLINE_BAD_STARTS: tuple[str, ...] = _words(
    """
    zwischen vergangenen letzten nach vor seit bis während am im in an um von vom zum zur mit
    für und oder aber als wenn dass
    """
)
"""Words a headline never starts with: date glue and prepositions left by a cut date."""

HEADLINE_PRESENT_ENDINGS: tuple[str, ...] = (r"[a-zäöüß]{2,}(?:t|te|ten)",)
"""A finite verb in a lower-case word (German nouns are capitalised): "reist", "traf"."""

ORDINAL_DAY_BEFORE: tuple[str, ...] = _words("am vom zum bis seit ab den dem der des")
"""Words before a day written as an ordinal ("am 6. Februar"): its period ends no sentence."""

DETERMINERS: tuple[str, ...] = _words("der die das den dem des ein eine einen einem")
"""Words that open a noun phrase."""

SEPARABLE_PARTICLES: tuple[str, ...] = _words("an ab auf aus ein fest mit vor zu statt zurück bei")
"""A separable verb's particle, which ends its clause ("ordnete ... Staatstrauer an"): a
title may end on one after a noun."""

PLAN_PHRASES: tuple[str, ...] = (
    r"(?:soll|sollen|sollte|sollten|wird|werden)",
    r"(?:ist|sind|war|waren)\s+(?:\w+\s+){0,3}geplant",
)
"""What tells a plan, not a happening ("soll beginnen", "wird reisen", "ist geplant")."""

NOT_NAMES: tuple[str, ...] = _words(
    """
    januar februar märz april mai juni juli august september oktober november dezember jän
    feb mär apr jun jul aug sep sept okt nov dez montag dienstag mittwoch donnerstag freitag
    samstag sonntag
    """
)
"""Capitalised words that are not names on their own: months and weekdays."""

LEADING_SUBORDINATORS: tuple[str, ...] = _words("als wenn während weil obwohl")
"""Conjunctions a title does not start with: the clause after one tells the event."""

SOFT_BREAK_WORDS: tuple[str, ...] = _words(
    """
    in im am auf mit für bei nach von vom zum zur gegen über unter seit und
    """
)
"""Prepositions (and "and") where a long title may be cut when no clause boundary fits."""

NP_INNER_WORDS: tuple[str, ...] = _words("des der")
"""Words a noun phrase keeps inside ("la mujer de Muamar Gadafi"): a long subject's phrase
may be left out from one of them to its verb."""

LEADING_JOINERS: tuple[str, ...] = _words("und aber doch dass")
"""Words that tie a clause to the text before it ("Y las tropas...", "que estalló..."): a
title drops them when the clause after has its own verb."""

CALENDAR_NOUNS: tuple[str, ...] = _words(
    "jahr jahre jahren monat monate monaten jahrzehnt jahrzehnte jahrhundert"
    " morgen vormittag nachmittag abend nacht"
    " tag tage tagen woche wochen mitternacht"
)
"""Nouns that only name the date or the part of the day that follows ("en el año 2003",
"nel mese di gennaio", "dans la nuit de mardi"): left before a cut date, they go with it."""

EXONYMS: dict[str, str] = {
    "Algerien": "Algeria",
    "Brüssel": "Brussels",
    "Deutschland": "Germany",
    "Frankreich": "France",
    "Genf": "Geneva",
    "Griechenland": "Greece",
    "Italien": "Italy",
    "Köln": "Cologne",
    "Libyen": "Libya",
    "Mailand": "Milan",
    "Marokko": "Morocco",
    "München": "Munich",
    "Peking": "Beijing",
    "Rom": "Rome",
    "Russland": "Russia",
    "Schweiz": "Switzerland",
    "Spanien": "Spain",
    "Syrien": "Syria",
    "Tunesien": "Tunisia",
    "Türkei": "Turkey",
    "Venedig": "Venice",
    "Wien": "Vienna",
    "Ägypten": "Egypt",
}
"""Names of countries and cities this language writes its own way, with the English name:
reports of one happening in several languages name the same place ("Londres" is "London").
Names that only differ in spelling ("Moscú", "Moskau") need no entry: merging compares
their sound (`timeline.events.merge.name_key`)."""

VERB_SECOND_OPENERS: tuple[str, ...] = _words(
    """
    laut nach vor seit während in im am an auf mit bei von vom zum zur gegen über unter
    """
)
"""Prepositions that open a German sentence with a phrase; the finite verb follows it and
the subject comes after the verb ("Nach Angaben der Polizei zerstreuten sich die
Demonstranten"), so a title without the phrase puts the subject first again."""

REFLEXIVE_PRONOUNS: tuple[str, ...] = ("sich",)
"""A reflexive pronoun that stays right after its verb when the subject moves first."""

ROLE_WORDS: tuple[str, ...] = _words(
    "präsident präsidentin kanzler kanzlerin minister ministerin könig königin prinz papst "
    "gouverneur bürgermeister senator botschafter sprecher sprecherin direktor kommandeur "
    "oberst richter scheich sultan emir diktator"
)
"""Roles written before a name ("Presidente Obama", "Coronel Gadafi"): a tag is the name
without them, and the name after them is a person's."""
