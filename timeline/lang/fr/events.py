"""French words the event stage reads (see `timeline.lang` and `lang/en/events.py`).

Entries with a backslash or a bracket are regex fragments, not literal words.
"""

from __future__ import annotations


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


LIST_CONJUNCTIONS: tuple[str, ...] = ("et", "ou")
"""Words that join the dates of a list ("en 1961, 2000 et 2001")."""

DATE_GLUE: tuple[str, ...] = (
    "en",
    "la",
    "de",
    "le",
    "au",
    "pour",
    "depuis",
    r"jusqu['’]au",
    "avant",
    "après",
    "ce",
    "cette",
    "cet",
)
"""Words that only attach a date ("le mardi", "depuis 2019", "ce jour-là"), removed with it."""

SAME_DETERMINERS: tuple[str, ...] = _words("ce cette cet")
"""Determiners of "ce même jour", removed with the date."""

SAME_WORDS: tuple[str, ...] = ("même",)
"""Words of "ce même jour", removed with the date."""

AGAIN_CONJUNCTIONS: tuple[str, ...] = ("et",)
"""Conjunctions before "de nouveau"."""

AGAIN_WORDS: tuple[str, ...] = (r"de\s+nouveau", r"à\s+nouveau")
"""Words that repeat an event at another date (regex alternatives)."""

DISCOURSE_OPENERS: tuple[str, ...] = _words("selon après pendant cependant")
"""First words of an opening phrase that is not the event ("Selon le ministère,")."""

CLAUSE_OPENERS: tuple[str, ...] = _words("que qui dont où")
"""Words where a long title may be cut before a new clause."""

TAIL_WORDS: tuple[str, ...] = _words("de la en un que se le les des du et à au une depuis jusqu")
"""Function words a title never ends on in lower case."""

DETERMINERS: tuple[str, ...] = _words("la un le les des une")
"""Words that open a noun phrase."""

NAME_CONNECTORS: tuple[str, ...] = _words("de du la")
"""Lower-case words inside a name ("Charles de Gaulle")."""

NOWADAYS: tuple[str, ...] = (
    r"aujourd'hui\s+encore",
    r"encore\s+aujourd'hui",
    r"à\s+l'heure\s+d'aujourd'hui",
    r"jusqu'à\s+aujourd'hui",
)
"""Phrases in which the word for "today" means "nowadays" or "to this day" (regex
fragments): a state that goes on, not an event on the day of publication."""


# Headline checks (`timeline.events.title_lint`).

HEADLINE_FINITE_WORDS: tuple[str, ...] = _words(
    """
    est sont était étaient fut furent sera seront a ont avait avaient aura auront va vont
    fait font dit annonce annoncent signe signent arrive arrivent meurt ouvre quitte doit
    doivent peut peuvent dément démentent avons avez sommes êtes
    """
)
"""Finite verbs a headline may rest on besides the endings below."""

HEADLINE_VERB_ENDINGS: tuple[str, ...] = _words(
    r"\w{2,}ait \w{2,}aient \w{2,}èrent \w{2,}irent \w{2,}era \w{2,}eront \w{2,}ira"
    r" \w{2,}iront \w{2,}dra \w{2,}dront"
)
"""Endings of finite verbs: imperfect, passé simple, future ("signèrent", "votera")."""

HEADLINE_BAD_STARTS: tuple[str, ...] = _words(
    """
    entre dernier dernière après avant depuis jusqu pendant en de et ou avec par pour que
    qui quand lors dès
    """
)
"""Words a headline never starts with: date glue and prepositions left by a cut date."""

HEADLINE_PRESENT_ENDINGS: tuple[str, ...] = (r"[a-zàâçéèêëîïôûùüÿœ]{3,}(?:e|ent|it|ond)",)
"""A present verb ("Macron arrive", "Paris répond"): read only right after a name that
opens the title, since many nouns have the same endings."""

DATE_GLUE_AFTER: tuple[str, ...] = _words("dernier dernière prochain prochaine")
"""Words after a date that only attach it ("le 5 mars dernier"), removed with it."""

DAY_PARTS_AFTER: tuple[str, ...] = _words("matin soir après-midi midi")
"""Parts of the day after a date ("samedi soir"), removed with it."""

PLAN_PHRASES: tuple[str, ...] = (
    r"\w{2,}(?:era|eront|ira|iront|dra|dront)",
    r"(?:doit|doivent|devait|devaient|devrait|devraient)\s+\w+",
    r"(?:est|sont|était|étaient)\s+prévue?s?",
    r"(?:va|vont|allait|allaient)\s+\w+(?:er|ir|re)",
)
"""What tells a plan, not a happening ("se rendra", "doit s'ouvrir", "est prévu")."""

NOT_NAMES: tuple[str, ...] = _words(
    """
    janvier février mars avril mai juin juillet août septembre octobre novembre décembre
    janv févr avr juil sept déc lundi mardi mercredi jeudi vendredi samedi dimanche
    """
)
"""Capitalised words that are not names on their own: months and weekdays."""

REFLEXIVE_CLITICS: tuple[str, ...] = ("se",)
"""A reflexive pronoun: the word after it is a verb ("se reúne", "si svolge")."""

LEADING_SUBORDINATORS: tuple[str, ...] = _words("quand lorsque lorsqu si tandis puisque")
"""Conjunctions a title does not start with: the clause after one tells the event."""

SOFT_BREAK_WORDS: tuple[str, ...] = _words(
    """
    à au aux en dans avec par pour sur sous contre depuis entre vers chez après avant et
    """
)
"""Prepositions (and "and") where a long title may be cut when no clause boundary fits."""

NP_INNER_WORDS: tuple[str, ...] = _words("de du des")
"""Words a noun phrase keeps inside ("la mujer de Muamar Gadafi"): a long subject's phrase
may be left out from one of them to its verb."""

LEADING_JOINERS: tuple[str, ...] = _words("et mais donc or que qu")
"""Words that tie a clause to the text before it ("Y las tropas...", "que estalló..."): a
title drops them when the clause after has its own verb."""

CALENDAR_NOUNS: tuple[str, ...] = _words(
    "an ans année années mois décennie décennies siècle siècles"
    " matin matinée après-midi soir soirée nuit journée"
    " jour jours semaine semaines minuit midi"
)
"""Nouns that only name the date or the part of the day that follows ("en el año 2003",
"nel mese di gennaio", "dans la nuit de mardi"): left before a cut date, they go with it."""

EXONYMS: dict[str, str] = {
    "Algérie": "Algeria",
    "Allemagne": "Germany",
    "Bruxelles": "Brussels",
    "Chine": "China",
    "Cologne": "Cologne",
    "Espagne": "Spain",
    "Genève": "Geneva",
    "Grèce": "Greece",
    "Irak": "Iraq",
    "Italie": "Italy",
    "Japon": "Japan",
    "Libye": "Libya",
    "Londres": "London",
    "Maroc": "Morocco",
    "Milan": "Milan",
    "Munich": "Munich",
    "Pékin": "Beijing",
    "Russie": "Russia",
    "Suisse": "Switzerland",
    "Syrie": "Syria",
    "Tunisie": "Tunisia",
    "Turquie": "Turkey",
    "Venise": "Venice",
    "Vienne": "Vienna",
    "Égypte": "Egypt",
}
"""Names of countries and cities this language writes its own way, with the English name:
reports of one happening in several languages name the same place ("Londres" is "London").
Names that only differ in spelling ("Moscú", "Moskau") need no entry: merging compares
their sound (`timeline.events.merge.name_key`)."""

POSSESSIVE_DETERMINERS: tuple[str, ...] = _words("son sa ses leur leurs")
"""Possessive determiners: no title ends on one, and "son" is no verb here ("De son côté"),
whatever it is in Spanish."""

SUBJECT_PRONOUNS: tuple[str, ...] = _words("je tu il elle nous vous ils elles")
"""Subject pronouns: after one (and its clitics), a lower-case content word is the verb
("nosotros visitamos", "elle en devient"). Those that are also articles elsewhere (the
Italian "il") are not read so."""

PRONOUN_CLITICS: tuple[str, ...] = _words("ne me te se nous vous le la les lui leur en y")
"""Object clitics and negation between a subject pronoun and its verb ("ils ne le
savaient", "noi non ci siamo")."""

SUBJECT_RELATIVES: tuple[str, ...] = _words("qui que dont")
"""Relative pronouns that open a clause inside a long subject ("the activists who ... have
proclaimed"): a title too long keeps the subject's head and its own verb."""

PARTS_OF_DATES: tuple[str, ...] = _words("début fin milieu")
"""Nouns that name a part of the date after them ("a principios de marzo"): a phrase of
them and calendar nouns only names a time, no background happening."""

ROLE_WORDS: tuple[str, ...] = _words(
    "président présidente ministre roi reine prince pape secrétaire gouverneur maire sénateur "
    "ambassadeur porte-parole envoyé directeur commandant colonel capitaine juge chef cheikh "
    "sultan émir dictateur monsieur madame"
)
"""Roles written before a name ("Presidente Obama", "Coronel Gadafi"): a tag is the name
without them, and the name after them is a person's."""
