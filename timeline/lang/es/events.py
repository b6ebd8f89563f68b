"""Spanish words the event stage reads (see `timeline.lang` and `lang/en/events.py`).

Entries with a backslash or a bracket are regex fragments, not literal words.
"""

from __future__ import annotations


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


BACKGROUND_BEFORE: tuple[str, ...] = (
    r"(?:firmad|suscrit|aprobad|adoptad|concluid)[oa]s?\s+en",
    r"que\s+se\s+remontan?\s+a",
)
"""Words between a noun phrase and its date that make the date background ("los acuerdos
firmados en 1961")."""

BACKGROUND_TRIGGERS: tuple[str, ...] = ("desde", "tras", r"después\s+de", r"antes\s+de")
"""Words that open a phrase dated as background ("desde la caída de ... en 1991")."""

EMPTY_BACKGROUND_TRIGGERS: tuple[str, ...] = ("desde",)
"""Triggers whose date says no event when nothing follows ("aliados desde 1991")."""

PHRASE_DATE_GLUE: tuple[str, ...] = _words("en de del el")
"""Words between a background phrase and its date."""

LIST_CONJUNCTIONS: tuple[str, ...] = _words("y e o u")
"""Words that join the dates of a list ("en 1961, 2000 y 2001")."""

DATE_GLUE: tuple[str, ...] = (
    r"en\s+la\s+(?:madrugada|mañana|tarde|noche)\s+del?",
    "en",
    "el",
    "la",
    "de",
    "del",
    "para",
    "desde",
    "hasta",
    "durante",
    r"antes\s+del?",
    r"después\s+del?",
    "ese",
    "esa",
    "este",
    "esta",
    "aquel",
    "aquella",
    "pasado",
    "pasada",
    "próximo",
    "próxima",
    r"a\s+partir\s+del?",
)
"""Words that only attach a date ("en 2019", "el martes", "esa noche"), removed with it."""

SAME_DETERMINERS: tuple[str, ...] = _words("ese esa este esta aquel aquella")
"""Determiners of "ese mismo miércoles", removed with the date."""

SAME_WORDS: tuple[str, ...] = ("mismo", "misma")
"""Words of "ese mismo miércoles", removed with the date."""

AGAIN_CONJUNCTIONS: tuple[str, ...] = ("y", "e")
"""Conjunctions before "de nuevo" ("se reunieron en 2019 y de nuevo en 2021")."""

AGAIN_WORDS: tuple[str, ...] = (r"de\s+nuevo", r"otra\s+vez", "nuevamente")
"""Words that repeat an event at another date (regex alternatives)."""

PRETERITE_ENDINGS: tuple[str, ...] = _words("aron ieron yeron ó")
"""Endings of past verbs ("se reunieron", "firmó")."""

DISCOURSE_OPENERS: tuple[str, ...] = _words(
    "según tras además durante después antes mientras aunque también luego entonces asimismo"
)
"""First words of an opening phrase that is not the event ("Tras su paso por Oslo,")."""

CLAUSE_OPENERS: tuple[str, ...] = _words("que quien quienes cuyo cuya donde mientras porque aunque")
"""Words where a long title may be cut before a new clause."""

TAIL_WORDS: tuple[str, ...] = _words(
    "de del la el los las y en un una con por para al que se su sus desde hasta"
)
"""Function words a title never ends on in lower case ("Kim Jong Un" may end on "Un")."""

DETERMINERS: tuple[str, ...] = _words("el la los las un una su sus")
"""Words that open a noun phrase ("a los acuerdos": "a" is no English article there)."""

NAME_CONNECTORS: tuple[str, ...] = _words("de del la")
"""Lower-case words inside a name ("Ministerio de Defensa")."""

NOWADAYS: tuple[str, ...] = (
    r"hoy\s+(?:en\s+)?d[ií]a",
    r"a\s+d[ií]a\s+de\s+hoy",
    r"hasta\s+hoy",
    r"aún\s+hoy",
)
"""Phrases in which the word for "today" means "nowadays" or "to this day" (regex
fragments): a state that goes on, not an event on the day of publication."""


# Headline checks (`timeline.events.title_lint`).

HEADLINE_FINITE_WORDS: tuple[str, ...] = _words(
    """
    es son fue fueron era eran será serán ha han había habían habrá está están estuvo hay
    va van dijo dice hizo hace tuvo tiene tienen puso pone vio dio llega llegan firma firman
    anuncia anuncian deja dejan abre cierra muere mueren gana pierde sale entra vuelve hubo
    hemos podría sería habría debería estaría tendría haría
    dieron vieron somos estamos tenemos habíamos gustaría
    """
)
"""Finite verbs a headline may rest on besides the endings below (present forms that news
headlines use most)."""

HEADLINE_VERB_ENDINGS: tuple[str, ...] = _words(
    r"\w{2,}ó \w{2,}aron \w{2,}ieron \w{2,}yeron \w{2,}aba \w{2,}aban \w{2,}ará \w{2,}erá"
    r" \w{2,}irá \w{2,}arán \w{2,}erán \w{2,}irán \w+dijo \w+dujo \w*trajo \w+uvo \w{2,}rían"
)
"""Endings of finite verbs: preterite, imperfect, future ("firmó", "llegaron", "votará"),
irregular preterites ("predijo", "produjo", "mantuvo")."""

HEADLINE_BAD_STARTS: tuple[str, ...] = _words(
    """
    entre pasado pasada después antes desde hasta durante en de del y e o u con por para tras
    que cuando mientras hace luego
    """
)
"""Words a headline never starts with: date glue and prepositions left by a cut date."""

HEADLINE_PRESENT_ENDINGS: tuple[str, ...] = (r"[a-záéíóúâêôãõàç]{3,}(?:a|e|am|an|em|en)",)
"""A present verb ("Putin llega", "Lula assina"): read only right after a name that opens
the title, since many nouns have the same endings."""

DATE_GLUE_AFTER: tuple[str, ...] = _words("pasado pasada próximo próxima")
"""Words after a date that only attach it ("el 5 de marzo pasado"), removed with it."""

DAY_PARTS_AFTER: tuple[str, ...] = (r"por\s+la\s+(?:mañana|tarde|noche)", r"de\s+madrugada")
"""Parts of the day after a date ("el sábado por la noche"), removed with it."""

PLAN_PHRASES: tuple[str, ...] = (
    r"\w{2,}(?:ará|erá|irá|arán|erán|irán)",
    r"(?:está|están|estaba|estaban)\s+(?:previst|programad|convocad)[oa]s?",
    r"(?:va|van|iba|iban)\s+a\s+\w+r",
    r"tiene[n]?\s+previst[oa]s?",
)
"""What tells a plan, not a happening ("viajará", "está previsto", "va a firmar")."""

NOT_NAMES: tuple[str, ...] = _words(
    """
    enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre
    diciembre ene feb mar abr may jun jul ago sep sept oct nov dic lunes martes miércoles
    jueves viernes sábado domingo
    """
)
"""Capitalised words that are not names on their own: months and weekdays."""

REFLEXIVE_CLITICS: tuple[str, ...] = ("se",)
"""A reflexive pronoun: the word after it is a verb ("se reúne", "si svolge")."""

LEADING_SUBORDINATORS: tuple[str, ...] = _words("cuando mientras si porque aunque")
"""Conjunctions a title does not start with: the clause after one tells the event."""

SOFT_BREAK_WORDS: tuple[str, ...] = _words(
    """
    en con por para sobre desde hasta entre contra ante tras durante hacia y
    """
)
"""Prepositions (and "and") where a long title may be cut when no clause boundary fits."""

NP_INNER_WORDS: tuple[str, ...] = _words("de del")
"""Words a noun phrase keeps inside ("la mujer de Muamar Gadafi"): a long subject's phrase
may be left out from one of them to its verb."""

LEADING_JOINERS: tuple[str, ...] = _words("y e pero mas que")
"""Words that tie a clause to the text before it ("Y las tropas...", "que estalló..."): a
title drops them when the clause after has its own verb."""

CALENDAR_NOUNS: tuple[str, ...] = _words(
    "año años mes meses década décadas siglo siglos mañana tarde noche madrugada jornada"
    " día días semana semanas medianoche mediodía"
)
"""Nouns that only name the date or the part of the day that follows ("en el año 2003",
"nel mese di gennaio", "dans la nuit de mardi"): left before a cut date, they go with it."""

EXONYMS: dict[str, str] = {
    "Alemania": "Germany",
    "Argelia": "Algeria",
    "Bruselas": "Brussels",
    "Colonia": "Cologne",
    "Egipto": "Egypt",
    "España": "Spain",
    "Francia": "France",
    "Ginebra": "Geneva",
    "Grecia": "Greece",
    "Irak": "Iraq",
    "Italia": "Italy",
    "Japón": "Japan",
    "Libia": "Libya",
    "Londres": "London",
    "Marruecos": "Morocco",
    "Milán": "Milan",
    "Múnich": "Munich",
    "Pekín": "Beijing",
    "Roma": "Rome",
    "Rusia": "Russia",
    "Siria": "Syria",
    "Suiza": "Switzerland",
    "Turquía": "Turkey",
    "Túnez": "Tunisia",
    "Venecia": "Venice",
    "Viena": "Vienna",
}
"""Names of countries and cities this language writes its own way, with the English name:
reports of one happening in several languages name the same place ("Londres" is "London").
Names that only differ in spelling ("Moscú", "Moskau") need no entry: merging compares
their sound (`timeline.events.merge.name_key`)."""

SUBJECT_PRONOUNS: tuple[str, ...] = _words(
    "yo tú él ella nosotros nosotras vosotros vosotras ellos ellas"
)
"""Subject pronouns: after one (and its clitics), a lower-case content word is the verb
("nosotros visitamos", "elle en devient"). Those that are also articles elsewhere (the
Italian "il") are not read so."""

PRONOUN_CLITICS: tuple[str, ...] = _words("me te se nos os lo la le los las les")
"""Object clitics and negation between a subject pronoun and its verb ("ils ne le
savaient", "noi non ci siamo")."""

SUBJECT_RELATIVES: tuple[str, ...] = _words("que quien quienes")
"""Relative pronouns that open a clause inside a long subject ("the activists who ... have
proclaimed"): a title too long keeps the subject's head and its own verb."""

PARTS_OF_DATES: tuple[str, ...] = _words("principios finales mediados comienzos inicio fin mitad")
"""Nouns that name a part of the date after them ("a principios de marzo"): a phrase of
them and calendar nouns only names a time, no background happening."""

ROLE_WORDS: tuple[str, ...] = _words(
    "presidente presidenta ministro ministra rey reina príncipe papa secretario secretaria "
    "gobernador alcalde alcaldesa senador embajador portavoz enviado director comandante "
    "coronel capitán juez jefe jeque sultán emir dictador señor señora"
)
"""Roles written before a name ("Presidente Obama", "Coronel Gadafi"): a tag is the name
without them, and the name after them is a person's."""
