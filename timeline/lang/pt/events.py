"""Portuguese words the event stage reads (see `timeline.lang` and `lang/en/events.py`)."""

from __future__ import annotations


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


LIST_CONJUNCTIONS: tuple[str, ...] = ("e", "ou")
"""Words that join the dates of a list ("em 1961, 2000 e 2001")."""

DATE_GLUE: tuple[str, ...] = _words(
    "em de para durante no na desde até passado passada próximo próxima dia"
)
"""Words that only attach a date ("em 2019"), removed with it."""

AGAIN_CONJUNCTIONS: tuple[str, ...] = ("e",)
"""Conjunctions before an "again" word."""

TAIL_WORDS: tuple[str, ...] = _words("de que se por para do da em um uma desde até")
"""Function words a title never ends on in lower case."""

NAME_CONNECTORS: tuple[str, ...] = ("da", "de")
"""Lower-case words inside a name ("Lula da Silva")."""

NOWADAYS: tuple[str, ...] = (r"hoje\s+em\s+dia", r"ainda\s+hoje", r"até\s+hoje")
"""Phrases in which the word for "today" means "nowadays" or "to this day" (regex
fragments): a state that goes on, not an event on the day of publication."""


# Headline checks (`timeline.events.title_lint`).

HEADLINE_FINITE_WORDS: tuple[str, ...] = _words(
    """
    é são foi foram era eram será serão tem têm tinha tinham terá vai vão faz fez disse diz
    assina assinam chega chegam anuncia morre abre deixa
    """
)
"""Finite verbs a headline may rest on besides the endings below."""

HEADLINE_VERB_ENDINGS: tuple[str, ...] = _words(
    r"\w{2,}ou \w{2,}aram \w{2,}eram \w{2,}iram \w{2,}ava \w{2,}avam \w{2,}ará \w{2,}erá"
    r" \w{2,}irá \w{2,}arão \w{2,}erão \w{2,}irão \w{2,}eu \w{2,}iu"
)
"""Endings of finite verbs: preterite, imperfect, future ("assinou", "chegaram")."""

HEADLINE_BAD_STARTS: tuple[str, ...] = _words(
    """
    entre passado passada depois antes desde até durante em no na de do da e ou com por para
    após que quando enquanto
    """
)
"""Words a headline never starts with: date glue and prepositions left by a cut date."""

HEADLINE_PRESENT_ENDINGS: tuple[str, ...] = (r"[a-záéíóúâêôãõàç]{3,}(?:a|e|am|an|em|en)",)
"""A present verb ("Putin llega", "Lula assina"): read only right after a name that opens
the title, since many nouns have the same endings."""

DATE_GLUE_AFTER: tuple[str, ...] = _words("passado passada próximo próxima")
"""Words after a date that only attach it ("no dia 5 de março passado"), removed with it."""

DAY_PARTS_AFTER: tuple[str, ...] = (r"(?:à|de|pela)\s+(?:manhã|tarde|noite)",)
"""Parts of the day after a date ("no sábado à noite"), removed with it."""

DISCOURSE_OPENERS: tuple[str, ...] = _words("segundo após durante além entretanto porém depois")
"""First words of an opening phrase that is not the event ("Segundo a polícia,")."""

DETERMINERS: tuple[str, ...] = _words("o a os as um uma")
"""Words that open a noun phrase."""

PLAN_PHRASES: tuple[str, ...] = (
    r"\w{2,}(?:ará|erá|irá|arão|erão|irão)",
    r"(?:está|estão|estava|estavam)\s+(?:marcad|previst|agendad)[oa]s?",
    r"(?:vai|vão|ia|iam)\s+\w+[aei]r",
)
"""What tells a plan, not a happening ("votará", "está marcado", "vai viajar")."""

NOT_NAMES: tuple[str, ...] = _words(
    """
    janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro
    fev abr mai jun jul ago set out dez segunda-feira terça-feira quarta-feira quinta-feira
    sexta-feira sábado domingo
    """
)
"""Capitalised words that are not names on their own: months and weekdays."""

LEADING_SUBORDINATORS: tuple[str, ...] = _words("quando enquanto porque embora")
"""Conjunctions a title does not start with: the clause after one tells the event."""

SOFT_BREAK_WORDS: tuple[str, ...] = _words(
    """
    em no na nos nas com por pelo pela para sobre contra entre após desde até ao aos e
    """
)
"""Prepositions (and "and") where a long title may be cut when no clause boundary fits."""

NP_INNER_WORDS: tuple[str, ...] = _words("de do da dos das")
"""Words a noun phrase keeps inside ("la mujer de Muamar Gadafi"): a long subject's phrase
may be left out from one of them to its verb."""

LEADING_JOINERS: tuple[str, ...] = _words("e mas porém que")
"""Words that tie a clause to the text before it ("Y las tropas...", "que estalló..."): a
title drops them when the clause after has its own verb."""

CALENDAR_NOUNS: tuple[str, ...] = _words(
    "ano anos mês meses década décadas século séculos manhã tarde noite madrugada"
    " dia dias semana semanas meia-noite meio-dia"
)
"""Nouns that only name the date or the part of the day that follows ("en el año 2003",
"nel mese di gennaio", "dans la nuit de mardi"): left before a cut date, they go with it."""

EXONYMS: dict[str, str] = {
    "Alemanha": "Germany",
    "Argélia": "Algeria",
    "Bruxelas": "Brussels",
    "Egito": "Egypt",
    "Espanha": "Spain",
    "França": "France",
    "Genebra": "Geneva",
    "Grécia": "Greece",
    "Iraque": "Iraq",
    "Itália": "Italy",
    "Japão": "Japan",
    "Londres": "London",
    "Líbia": "Libya",
    "Marrocos": "Morocco",
    "Milão": "Milan",
    "Pequim": "Beijing",
    "Roma": "Rome",
    "Rússia": "Russia",
    "Suíça": "Switzerland",
    "Síria": "Syria",
    "Tunísia": "Tunisia",
    "Turquia": "Turkey",
    "Veneza": "Venice",
    "Viena": "Vienna",
}
"""Names of countries and cities this language writes its own way, with the English name:
reports of one happening in several languages name the same place ("Londres" is "London").
Names that only differ in spelling ("Moscú", "Moskau") need no entry: merging compares
their sound (`timeline.events.merge.name_key`)."""

SUBJECT_PRONOUNS: tuple[str, ...] = _words("eu tu ele ela nós vós eles elas")
"""Subject pronouns: after one (and its clitics), a lower-case content word is the verb
("nosotros visitamos", "elle en devient"). Those that are also articles elsewhere (the
Italian "il") are not read so."""

PRONOUN_CLITICS: tuple[str, ...] = _words("não me te se nos vos o a os as lhe lhes")
"""Object clitics and negation between a subject pronoun and its verb ("ils ne le
savaient", "noi non ci siamo")."""

SUBJECT_RELATIVES: tuple[str, ...] = _words("que quem")
"""Relative pronouns that open a clause inside a long subject ("the activists who ... have
proclaimed"): a title too long keeps the subject's head and its own verb."""

PARTS_OF_DATES: tuple[str, ...] = _words("início fim meados começo")
"""Nouns that name a part of the date after them ("a principios de marzo"): a phrase of
them and calendar nouns only names a time, no background happening."""

ROLE_WORDS: tuple[str, ...] = _words(
    "presidente presidenta ministro ministra rei rainha príncipe papa secretário governador "
    "prefeito senador embaixador porta-voz enviado diretor comandante coronel capitão juiz "
    "chefe xeque sultão emir ditador senhor senhora"
)
"""Roles written before a name ("Presidente Obama", "Coronel Gadafi"): a tag is the name
without them, and the name after them is a person's."""
