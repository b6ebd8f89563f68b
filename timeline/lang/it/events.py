"""Italian words the event stage reads (see `timeline.lang` and `lang/en/events.py`)."""

from __future__ import annotations


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


LIST_CONJUNCTIONS: tuple[str, ...] = ("e", "o")
"""Words that join the dates of a list ("nel 1961, 2000 e 2001")."""

DATE_GLUE: tuple[str, ...] = _words(
    "il nel durante lo la dal dallo dalla al allo alla entro scorso scorsa prossimo prossima"
)
"""Words that only attach a date ("il martedì", "nel 2019"), removed with it."""

SAME_DETERMINERS: tuple[str, ...] = ("quel", "quello")
"""Determiners of "quello stesso giorno", removed with the date."""

SAME_WORDS: tuple[str, ...] = ("stesso", "stessa")
"""Words of "quello stesso giorno", removed with the date."""

AGAIN_CONJUNCTIONS: tuple[str, ...] = ("e",)
"""Conjunctions before an "again" word."""

NAME_CONNECTORS: tuple[str, ...] = ("da",)
"""Lower-case words inside a name ("Leonardo da Vinci")."""

NOWADAYS: tuple[str, ...] = (
    r"al\s+giorno\s+d'oggi",
    r"oggi\s+come\s+oggi",
    r"ancora\s+oggi",
    r"oggi\s+giorno",
    r"fino\s+ad?\s+oggi",
)
"""Phrases in which the word for "today" means "nowadays" or "to this day" (regex
fragments): a state that goes on, not an event on the day of publication."""


# Headline checks (`timeline.events.title_lint`).

HEADLINE_FINITE_WORDS: tuple[str, ...] = _words(
    """
    è sono era erano fu furono sarà saranno ha hanno aveva avevano avrà va vanno fa fanno
    dice disse firma firmano arriva arrivano annuncia muore apre lascia sta stanno siamo
    abbia abbiano sia siano abbiamo avevamo eravamo siete avete
    """
)
"""Finite verbs a headline may rest on besides the endings below."""

HEADLINE_VERB_ENDINGS: tuple[str, ...] = _words(
    r"\w{2,}ò \w{2,}arono \w{2,}erono \w{2,}irono \w{2,}ava \w{2,}avano \w{2,}erà \w{2,}irà"
    r" \w{2,}eranno \w{2,}iranno \w{3,}ì \w{2,}ebbe \w{2,}ebbero \w{2,}(?:isero|esero|ssero)"
)
"""Endings of finite verbs: passato remoto, imperfect, future ("firmò", "votarono")."""

HEADLINE_BAD_STARTS: tuple[str, ...] = _words(
    """
    tra fra scorso scorsa dopo prima da dal dalla fino durante in nel nella nei negli nelle di
    del della e o ma con per che quando mentre se come ad
    """
)
"""Words a headline never starts with: date glue and prepositions left by a cut date."""

HEADLINE_PRESENT_ENDINGS: tuple[str, ...] = (r"[a-zàèéìòù]{3,}(?:a|e|ano|ono)",)
"""A present verb ("Putin llega", "Lula assina"): read only right after a name that opens
the title, since many nouns have the same endings."""

DATE_GLUE_AFTER: tuple[str, ...] = _words("scorso scorsa prossimo prossima")
"""Words after a date that only attach it ("il 5 marzo scorso"), removed with it."""

DAY_PARTS_AFTER: tuple[str, ...] = _words("mattina mattino pomeriggio sera notte")
"""Parts of the day after a date ("sabato sera"), removed with it."""

DISCOURSE_OPENERS: tuple[str, ...] = _words(
    "secondo dopo durante inoltre intanto però tuttavia poi anche"
)
"""First words of an opening phrase that is not the event ("Secondo la polizia,")."""

TAIL_WORDS: tuple[str, ...] = _words(
    "di del della dei degli delle a ad al alla da dal in nel nella con per su e o che il lo"
    " la i gli le un una anche"
)
"""Function words a title never ends on in lower case."""

DETERMINERS: tuple[str, ...] = _words("il lo la i gli le un uno una")
"""Words that open a noun phrase."""

PLAN_PHRASES: tuple[str, ...] = (
    r"\w{2,}(?:erà|irà|eranno|iranno|arà|aranno)",
    r"(?:è|sono|era|erano)\s+(?:previst|programmat|fissat)[oaie]",
    r"(?:dovrebbe|dovrebbero|deve|devono)\s+\w+",
)
"""What tells a plan, not a happening ("inizierà", "è previsto", "dovrebbe firmare")."""

NOT_NAMES: tuple[str, ...] = _words(
    """
    gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre
    dicembre gen mag giu lug ago set ott dic lunedì martedì mercoledì giovedì venerdì sabato
    domenica
    """
)
"""Capitalised words that are not names on their own: months and weekdays."""

REFLEXIVE_CLITICS: tuple[str, ...] = ("si",)
"""A reflexive pronoun: the word after it is a verb ("se reúne", "si svolge")."""

LEADING_SUBORDINATORS: tuple[str, ...] = _words("quando mentre se perché poiché")
"""Conjunctions a title does not start with: the clause after one tells the event."""

SOFT_BREAK_WORDS: tuple[str, ...] = _words(
    """
    al alla ai agli alle in nel nella nei negli nelle
    con per su sul sulla tra fra contro verso dopo e
    """
)
"""Prepositions (and "and") where a long title may be cut when no clause boundary fits."""

NP_INNER_WORDS: tuple[str, ...] = _words("di del della dei degli delle")
"""Words a noun phrase keeps inside ("la mujer de Muamar Gadafi"): a long subject's phrase
may be left out from one of them to its verb."""

LEADING_JOINERS: tuple[str, ...] = _words("e ed ma però che")
"""Words that tie a clause to the text before it ("Y las tropas...", "que estalló..."): a
title drops them when the clause after has its own verb."""

CALENDAR_NOUNS: tuple[str, ...] = _words(
    "anno anni mese mesi decennio decenni secolo secoli"
    " mattina mattinata pomeriggio sera serata notte giornata"
    " giorno giorni settimana settimane mezzanotte mezzogiorno"
)
"""Nouns that only name the date or the part of the day that follows ("en el año 2003",
"nel mese di gennaio", "dans la nuit de mardi"): left before a cut date, they go with it."""

EXONYMS: dict[str, str] = {
    "Algeria": "Algeria",
    "Bruxelles": "Brussels",
    "Cina": "China",
    "Colonia": "Cologne",
    "Egitto": "Egypt",
    "Francia": "France",
    "Germania": "Germany",
    "Giappone": "Japan",
    "Ginevra": "Geneva",
    "Grecia": "Greece",
    "Iraq": "Iraq",
    "Libia": "Libya",
    "Londra": "London",
    "Marocco": "Morocco",
    "Milano": "Milan",
    "Pechino": "Beijing",
    "Roma": "Rome",
    "Russia": "Russia",
    "Siria": "Syria",
    "Spagna": "Spain",
    "Svizzera": "Switzerland",
    "Tunisia": "Tunisia",
    "Turchia": "Turkey",
    "Venezia": "Venice",
    "Vienna": "Vienna",
}
"""Names of countries and cities this language writes its own way, with the English name:
reports of one happening in several languages name the same place ("Londres" is "London").
Names that only differ in spelling ("Moscú", "Moskau") need no entry: merging compares
their sound (`timeline.events.merge.name_key`)."""

SUBJECT_PRONOUNS: tuple[str, ...] = _words("io tu egli ella noi voi essi esse")
"""Subject pronouns: after one (and its clitics), a lower-case content word is the verb
("nosotros visitamos", "elle en devient"). Those that are also articles elsewhere (the
Italian "il") are not read so."""

PRONOUN_CLITICS: tuple[str, ...] = _words("non mi ti si ci vi lo la li le gli ne")
"""Object clitics and negation between a subject pronoun and its verb ("ils ne le
savaient", "noi non ci siamo")."""

SUBJECT_RELATIVES: tuple[str, ...] = _words("che")
"""Relative pronouns that open a clause inside a long subject ("the activists who ... have
proclaimed"): a title too long keeps the subject's head and its own verb."""

PARTS_OF_DATES: tuple[str, ...] = _words("inizio inizi fine metà")
"""Nouns that name a part of the date after them ("a principios de marzo"): a phrase of
them and calendar nouns only names a time, no background happening."""

ROLE_WORDS: tuple[str, ...] = _words(
    "presidente premier ministro regina principe papa segretario governatore sindaco senatore "
    "ambasciatore portavoce inviato direttore comandante colonnello capitano giudice capo "
    "sceicco sultano emiro dittatore signor signora"
)
"""Roles written before a name ("Presidente Obama", "Coronel Gadafi"): a tag is the name
without them, and the name after them is a person's."""
