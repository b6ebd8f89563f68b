"""English words the event stage reads: function words, verbs, date glue, roles and names.

Plain data for `timeline.events` (see `timeline.lang`). Word lists are tuples: the rules
turn them into sets, or into regex alternatives in the order written here. An entry with
a backslash or a bracket is a regex fragment ("as\\s+part"), not a literal word.
"""

from __future__ import annotations


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# --- Sentences ---------------------------------------------------------------------------

ABBREVIATIONS: tuple[str, ...] = _words(
    """
    mr mrs ms dr prof gen sen rep gov lt col sgt capt cmdr adm maj st jr sr rev hon pres
    inc ltd co corp bros dept univ est approx vs etc al fig no nos vol pp ed eds
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    a.m p.m e.g i.e
    """
)
"""Lower-cased words that take a period without ending a sentence ("Mr.", "Jan.")."""

# --- Function words ----------------------------------------------------------------------

STOPWORDS: tuple[str, ...] = _words(
    """
    a an the and or but nor so yet for of to in on at by from with without into onto over
    under about against between among through across after before since during until upon
    as than then that this these those there here what which who whom whose why how when
    where while is are was were be been being am do does did doing has have had having it
    its he him his she her hers they them their theirs we us our i me my you your yours
    not no also just only very more most much many some any all both each either neither
    other such same own too can could will would shall should may might must said says say
    told according would also still even now new one two first last year years day days
    time times today yesterday tomorrow week month monday tuesday wednesday thursday friday
    saturday sunday january february march april may june july august september october
    november december early late morning afternoon evening night ago back dating dates
    scheduled planned expected due set going later hours
    """
)
"""Words too common to say what two reports of one event share."""

ARTICLES: tuple[str, ...] = ("the", "a", "an")
"""Articles: where a noun phrase or a clause's subject starts ("said the bridge ...")."""

DETERMINERS: tuple[str, ...] = _words("the a an their its his her our this that these those")
"""Words that open a noun phrase: where one read backwards stops."""

POSSESSIVES: tuple[str, ...] = ("his", "her", "their", "its")
"""Possessive determiners: "his last visit" is the visit of the person the sentence names."""

NP_STOP: tuple[str, ...] = _words(
    """
    to for with by on in at from as than into onto over under about against between among
    is are was were be been has have had will would could should can may might and or but
    that which who whom whose while when where said says described replacing replaced
    """
)
"""Words a noun phrase does not cross: prepositions, auxiliaries, conjunctions, pronouns."""

NP_INNER_WORDS: tuple[str, ...] = ("between", "with", "of", "and")
"""Words a noun phrase read forwards may keep inside ("talks between Oslo and Rome")."""

NAME_JOINERS: tuple[str, ...] = ("of", "and")
"""Lower-case words that join capitalised words into one name ("Treaty of Friendship")."""

TAIL_WORDS: tuple[str, ...] = _words(
    """
    a an the and or but of to in on at by for with from as than that which who his her its
    their this these those is are was were later earlier ago then also
    """
)
"""Words a title never ends on, in any case (a cut date's "later" included)."""

LIST_CONJUNCTIONS: tuple[str, ...] = ("and", "or")
"""Words that join the dates of a list ("in 1961, 2000 and 2001")."""

COORDINATORS: tuple[str, ...] = ("and", "but")
"""Conjunctions that join a second predicate to one subject ("which began in 1950 and
ended in 1953")."""

CLAUSE_JOINERS: tuple[str, ...] = ("and", "but", "while", "whereas")
"""Conjunctions that open a second clause after a comma or semicolon."""

RELATIVE_PRONOUNS: tuple[str, ...] = ("that", "which", "who", "whom")
"""Relative pronouns that open a clause without a comma ("the treaty that Norway signed")."""

NONRESTRICTIVE_RELATIVES: tuple[str, ...] = ("who", "which")
"""Relative pronouns that open a side clause after a comma ("the war, which broke out")."""

CLAUSE_OPENERS: tuple[str, ...] = (
    *_words("which who whom whose while amid amidst including that because although though"),
    "whereas",
    r"as\s+part",
    r"in\s+a",
    r"in\s+an",
)
"""Words where a long title may be cut before a new clause (regex alternatives)."""

SOFT_BREAK_WORDS: tuple[str, ...] = _words("in at for with by on to from over and")
"""Words where a long title may be cut when no clause boundary fits."""

CONJUNCTION_THAT_AFTER: tuple[str, ...] = ("so", "such", "now")
"""Words after which "that" joins ("so that", "now that") rather than opens a clause to cut."""

# --- Verbs -------------------------------------------------------------------------------

IRREGULAR_VERBS: tuple[tuple[str, str, str, str, bool], ...] = (
    # (base, past, past participle, how widely the past form is read, folded in keywords)
    ("meet", "met", "met", "action", True),
    ("hold", "held", "held", "action", True),
    ("make", "made", "made", "action", True),
    ("take", "took", "taken", "action", True),
    ("give", "gave", "given", "action", True),
    ("win", "won", "won", "action", True),
    ("lose", "lost", "lost", "action", True),
    ("begin", "began", "begun", "action", True),
    ("come", "came", "come", "action", True),
    ("go", "went", "gone", "action", True),
    ("strike", "struck", "struck", "action", True),
    ("fall", "fell", "fallen", "action", True),
    ("rise", "rose", "risen", "action", True),
    ("send", "sent", "sent", "action", True),
    ("lead", "led", "led", "action", True),
    ("leave", "left", "left", "action", True),
    ("build", "built", "built", "action", True),
    ("sell", "sold", "sold", "action", True),
    ("bring", "brought", "brought", "action", True),
    ("fight", "fought", "fought", "action", True),
    ("break", "broke", "broken", "action", True),
    ("become", "became", "become", "action", True),
    ("run", "ran", "run", "action", True),
    ("fly", "flew", "flown", "action", True),
    ("hit", "hit", "hit", "action", False),
    ("shoot", "shot", "shot", "action", False),
    ("spend", "spent", "spent", "finite", True),
    ("pay", "paid", "paid", "finite", True),
    ("keep", "kept", "kept", "finite", False),
    ("buy", "bought", "bought", "finite", False),
    ("find", "found", "found", "finite", False),
    ("see", "saw", "seen", "finite", False),
    ("choose", "chose", "chosen", "finite", False),
    ("write", "wrote", "written", "finite", False),
    ("drive", "drove", "driven", "past", False),
    ("freeze", "froze", "frozen", "past", False),
    ("steal", "stole", "stolen", "past", False),
    ("speak", "spoke", "spoken", "past", False),
    ("say", "said", "said", "", False),
    ("tell", "told", "told", "", False),
    ("hear", "heard", "heard", "", False),
    ("teach", "taught", "taught", "", False),
)
"""The one list of irregular verbs. How widely the past form is read: "action" (a title's
action when merging, a finite verb and a past verb), "finite" (a finite verb and a past
verb), "past" (a past verb), "" (none of those). Wherever the participle is the past form,
"had <participle>" reads as that past ("had spent" -> "spent"). Folded: the past counts as
its base among keywords ("held" and "hold" are one keyword)."""

EXTRA_ACTION_WORDS: tuple[str, ...] = ("flies",)
"""Forms other than past ones that still report an action in a title ("Putin flies to")."""

SPEECH_VERBS: tuple[str, ...] = _words(
    """
    said says say stated added noted told reported reports announced claimed found finds
    showed shows wrote writes confirmed insisted argued explained warned
    """
)
"""Verbs that report a saying ("the ministry said"): the saying is not the event."""

REPORTING_VERBS: tuple[str, ...] = _words(
    """
    said stated added noted described reported told called referred quoted recalled
    remembered mentioned explained argued believed claimed insisted warned stressed
    emphasized emphasised recounted cited expected hoped feared asked
    """
)
"""Past forms that report or judge rather than tell what happened: never a clause's event."""

NOT_FINITE_VERBS: tuple[str, ...] = ("said", "described", "called", "reported", "told")
"""-ed forms that more often describe a noun ("a man called X") than make a clause finite."""

FINITE_AUXILIARIES: tuple[str, ...] = _words(
    "is are was were has have had will would could can may might must should did does do"
)
"""Auxiliaries that make a clause finite ("... signed on Wednesday is the latest")."""

CLAUSE_AUXILIARIES: tuple[str, ...] = _words("is are was were has have had will")
"""Auxiliaries that make a phrase after "since"/"after" a clause, not a noun phrase."""

STATE_AUXILIARIES: tuple[str, ...] = ("has", "have", "is", "are", "will")
"""Auxiliaries of a state or a plan ("ties have grown closer"), not of a day's happening."""

PREDICATE_OPENERS: tuple[str, ...] = _words(
    "has have had is are was were will would did does do also then later"
)
"""First words of a joined clause with no subject of its own ("..., and then left")."""

HAPPENING_PHRASES: tuple[str, ...] = (
    r"\b(?:took|take|takes|taking|taken)\s+place\b",
    r"\b(?:was|were|is|are|be|been)\s+held\b",
)
"""Verbs that only say something happened ("took place", "was held"): no action of their
own, so "the summit took place" and "the leaders met" can be one event (regexes)."""

TIME_OBJECT_VERBS: tuple[str, ...] = (
    r"spen[dt]",
    "spends",
    "spending",
    r"pass(?:ed|es)?",
    *_words("marked marks celebrated celebrates commemorated devoted dedicated chose picked"),
    *_words("declared named designated"),
)
"""Verbs that take a time as their object ("spent Tuesday in Yakutsk"); after others
("signed Wednesday an agreement") the date is an adverb (regex alternatives)."""

DROPPED_IN_CLAUSES: tuple[str, ...] = ("had", "last", "previously", "once", "already")
"""Words a relative clause loses when it becomes a headline ("that Norway had signed")."""

PERSON_VERBS: tuple[str, ...] = ("was",)
"""Besides past verbs, verbs after a lone capitalised name that make it a person ("Putin
was")."""

# --- Dates in a sentence -----------------------------------------------------------------

BACKGROUND_BEFORE: tuple[str, ...] = (
    r"(?:dating|dated|dates|date|going|goes|traced|tracing|harking|hark)\s+back\s+to",
    r"(?:originally\s+)?(?:signed|agreed|adopted|concluded|struck)\s+in",
)
"""Words between a noun phrase and its date that make the date background ("deals dating
back to 1961"; regex alternatives)."""

BACKGROUND_OF: tuple[str, ...] = ("of",)
"""Prepositions between a noun phrase and its date ("the treaty of 1961")."""

PARTS_OF_DATES: tuple[str, ...] = _words(
    """
    hours hour end start beginning middle half part summer winter spring autumn fall morning
    evening night week month day year days weeks months years class
    """
)
"""Nouns whose "of <date>" names a time, not background ("the end of 2019")."""

BACKGROUND_TRIGGERS: tuple[str, ...] = _words("since after before until following like than")
"""Words that open a phrase dated as background ("since the collapse of ... in 1991")."""

EMPTY_BACKGROUND_TRIGGERS: tuple[str, ...] = ("since",)
"""Triggers whose date says no event when nothing follows ("allies since 1991")."""

PHRASE_DATE_GLUE: tuple[str, ...] = ("in", "of", "on", "at", "during")
"""Prepositions between a background phrase and its date ("the collapse ... in 1991")."""

DATE_DETERMINERS: tuple[str, ...] = _words("the a an its their his her our this that")
"""Determiners before a date that make it describe the noun after it ("the 1961 treaty")."""

ANCHORED_DATE_ENDINGS: tuple[str, ...] = ("after", "before", "since")
"""Last words of a date counted from an event ("24 years after his last visit")."""

ANCHOR_PREPOSITIONS: tuple[str, ...] = _words("during on in at for with as after")
"""Prepositions that attach a counted date to a title ("on his first visit in 24 years")."""

APPROXIMATORS: tuple[str, ...] = (
    *_words("exactly nearly almost about some just over"),
    "more than",
    "less than",
)
"""Words that make a counted date approximate ("nearly 24 years after")."""

DATE_GLUE: tuple[str, ...] = (
    *_words("on in at during by this last next early late later earlier from of since until"),
    *_words("through for after before around to till within throughout"),
    r"(?:in|during)\s+the\s+(?:(?:early|small|late)\s+)?(?:hours|morning|afternoon|evening"
    r"|night)\s+of",
)
"""Words that only attach a date ("on Tuesday", "planned for next month", "in the early
hours of Monday"), removed with it from titles (regex alternatives)."""

SAME_DETERMINERS: tuple[str, ...] = ("that", "the", "this")
"""Determiners of "that same day", removed with the date."""

SAME_WORDS: tuple[str, ...] = ("same", "very")
"""Words of "that same day", removed with the date."""

DAY_PARTS_AFTER: tuple[str, ...] = ("morning", "afternoon", "evening", "night")
"""Parts of the day after a date ("Tuesday morning"), removed with it."""

DATE_STAND_INS: dict[str, str] = {
    "day": "the day",
    "week": "the week",
    "month": "the month",
    "season": "the season",
    "quarter": "the quarter",
    "year": "the year",
    "decade": "the decade",
}
"""What stands in for a date, by precision, where it is a verb's object ("spent the day")."""

TIME_CONJUNCTIONS: tuple[str, ...] = ("since", "after", "before", "until", "following")
"""Conjunctions that end a sentence's report and start its background."""

BEFORE_WHEN_DATE: tuple[str, ...] = ("since", "was", "is", "were", "are")
"""Words before a date whose ", when ..." clause is the event ("since 2017, when he ...")."""

WHEN_DATE_PREPOSITIONS: tuple[str, ...] = ("on", "in", "at")
"""Prepositions between those words and the date ("was in 2017, when")."""

AGAIN_CONJUNCTIONS: tuple[str, ...] = ("and",)
"""Conjunctions before "again" ("met in 2019 and again in 2021")."""

AGAIN_WORDS: tuple[str, ...] = ("again", r"once\s+again", r"once\s+more")
"""Words that repeat an event at another date (regex alternatives)."""

# --- Titles ------------------------------------------------------------------------------

DISCOURSE_OPENERS: tuple[str, ...] = _words(
    """
    according however meanwhile moreover also furthermore additionally in on at during
    after upon as although though while earlier later since following separately still
    but and so yet then afterwards this today yesterday there thus hence nevertheless
    """
)
"""First words of an opening phrase that is not the event ("According to X,", "However,")."""

ATTRIBUTIONS: tuple[str, ...] = ("according to",)
"""Phrases that close a sentence by naming its source (", according to officials")."""

AUDIENCES: tuple[str, ...] = (
    *_words("reporters journalists lawmakers officials parliament"),
    r"the\s+press",
)
"""Whom a saying is told to ("told reporters"; regex alternatives)."""

SAYING_PLACE_WORDS: tuple[str, ...] = _words("in at on during to via this last late early by")
"""Words after a speech verb that say where or when it was said ("said on Thursday")."""

SAYING_VENUES: tuple[str, ...] = ("in", "at", "during", "via", "on")
"""Prepositions of where a saying was made, dropped from its title ("said in a statement")."""

NOT_SAYER_OPENERS: tuple[str, ...] = ("and", "but", "or", "while", "as", "so")
"""Words after a comma that open a clause, not a closing attribution."""

NOT_ANTECEDENTS: tuple[str, ...] = _words(
    """
    said says say told tell stated announced confirmed reported added noted argued warned
    so such now news fact idea claim claims report reports hope hopes fear fears belief
    sign signs evidence view assurance assurances
    """
)
"""Words before "that" that take a content clause ("said that", "the news that"), not a
relative one."""

ANTECEDENT_TIME_NOUNS: tuple[str, ...] = _words("time times day days year years week month")
"""Stopwords that can still head a relative clause ("the year that ...")."""

PRESENT_VERB_OBJECTS: tuple[str, ...] = _words("the a an to its their his her")
"""Words after a present-tense verb that show it is one ("the mayor opens the ...")."""

LOWERED_OBJECT_DETERMINERS: tuple[str, ...] = _words("The A An Its Their His Her This That")
"""Capitalised determiners lower-cased when a phrase moves after its verb ("signed the
treaty")."""

LOWERED_CONTENT_DETERMINERS: tuple[str, ...] = _words(
    "The A An This That These Those Its Their Our"
)
"""Capitalised determiners lower-cased when what was said follows its sayer ("the ministry
said the port reopened")."""

# --- People and names --------------------------------------------------------------------

SUBJECT_PRONOUNS: tuple[str, ...] = ("He", "She")
"""Pronouns at the start of a title that stand for a person named before."""

NOT_PERSON_HEADS: tuple[str, ...] = _words(
    """
    war square palace union council ministry republic island airport university party army
    house street bank church court agency office committee summit treaty declaration
    cosmodrome sea river city region province state states kingdom nations embassy
    """
)
"""Last words of capitalised names that are not people ("Korean War", "Red Square")."""

ROLE_WORDS: tuple[str, ...] = _words(
    """
    president vice-president prime minister premier chancellor leader king queen prince
    princess emperor pope secretary general governor mayor senator representative
    ambassador spokesman spokeswoman spokesperson envoy chairman chairwoman chair ceo
    director commander colonel captain judge justice chief minister sheikh sultan emir
    dictator chairperson founder mr mrs ms dr sir lord lady
    """
)
"""Words that announce a person's name right after them."""

LOWERCASE_ROLES: tuple[str, ...] = ("leader", "president", "minister", "chancellor", "premier")
"""Roles that announce a name even in lower case ("the North Korean leader Kim Jong Un")."""

APPOSITIVE_ROLES: tuple[str, ...] = (
    "president",
    "leader",
    "minister",
    "chancellor",
    "premier",
    "secretary",
)
"""Roles a name follows after a comma ("the Russian president, Vladimir Putin,")."""

OPENING_APPOSITIVE_ROLES: tuple[str, ...] = _words(
    "president leader minister chancellor secretary governor mayor chief head"
)
"""Roles of an opening "The Russian president, Vladimir Putin," that a title drops."""

ROLES_BEFORE_NAMES: tuple[str, ...] = (
    "President",
    "Prime Minister",
    *_words("Chancellor Premier leader Minister Secretary Governor Mayor King Queen"),
)
"""Roles a title drops before a full name ("President Vladimir Putin" -> "Vladimir Putin")."""

NOT_NAMES: tuple[str, ...] = _words(
    """
    the a an this that these those his her its their our your my he she it they we i you
    and but or so yet for nor neither either if when while as after before since during until upon
    although though because however meanwhile moreover also then there here what who why
    how which where according in on at by of to from with without into onto over under
    about against between among through across behind despite amid amidst both each all
    some many most more no not one two three four five six ten first second third last
    monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday
    january february march april may june july august september october november december
    western eastern northern southern north south east west central new old
    read share subscribe leave reply comment comments source sources related popular
    breaking update updated photo video watch listen click advertisement image
    mn min minute minutes
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat
    sun
    """
)
"""Capitalised words that are not names on their own (month and weekday abbreviations
included)."""

NAME_CONNECTORS: tuple[str, ...] = ("of", "the", "and", "al", "bin", "van")
"""Lower-case words inside a name ("Treaty of Friendship", "Mohammed bin Salman")."""

NAME_POSSESSIVES: tuple[str, ...] = ("People",)
"""Words whose possessive stays inside a name ("Democratic People's Republic of Korea")."""

NAMES_AFTER_DEMONYMS: tuple[str, ...] = _words("war army navy revolution empire federation")
"""Words that make a demonym part of a name ("Korean War", "Russian Federation")."""

COUNTRY_NAMES: dict[str, str] = {
    "US": "United States",
    "U.S.": "United States",
    "USA": "United States",
    "U.S.A.": "United States",
    "America": "United States",
    "United States of America": "United States",
    "UK": "United Kingdom",
    "U.K.": "United Kingdom",
    "Britain": "United Kingdom",
    "Great Britain": "United Kingdom",
    "Russia": "Russia",
    "Russian Federation": "Russia",
    "North Korea": "North Korea",
    "DPRK": "North Korea",
    "South Korea": "South Korea",
    "Iran": "Iran",
    "Syria": "Syria",
    "Vietnam": "Vietnam",
    "Viet Nam": "Vietnam",
    "Laos": "Laos",
    "Moldova": "Moldova",
    "Bolivia": "Bolivia",
    "Venezuela": "Venezuela",
    "Tanzania": "Tanzania",
    "Czech Republic": "Czechia",
    "Ivory Coast": "Côte d'Ivoire",
    "Holland": "Netherlands",
    "Soviet Union": "Soviet Union",
    "USSR": "Soviet Union",
    "EU": "European Union",
    "European Union": "European Union",
    "UN": "United Nations",
    "U.N.": "United Nations",
    "United Nations": "United Nations",
    "NATO": "NATO",
}
"""Everyday country names and abbreviations -> the display name of the place."""

DEMONYMS: dict[str, str] = {
    "American": "United States",
    "British": "United Kingdom",
    "Russian": "Russia",
    "Soviet": "Soviet Union",
    "Ukrainian": "Ukraine",
    "Chinese": "China",
    "Japanese": "Japan",
    "Korean": "Korea",
    "North Korean": "North Korea",
    "South Korean": "South Korea",
    "Indian": "India",
    "Pakistani": "Pakistan",
    "Iranian": "Iran",
    "Iraqi": "Iraq",
    "Syrian": "Syria",
    "Israeli": "Israel",
    "Palestinian": "Palestine",
    "Turkish": "Turkey",
    "German": "Germany",
    "French": "France",
    "Italian": "Italy",
    "Spanish": "Spain",
    "Portuguese": "Portugal",
    "Dutch": "Netherlands",
    "Polish": "Poland",
    "Swedish": "Sweden",
    "Norwegian": "Norway",
    "Finnish": "Finland",
    "Danish": "Denmark",
    "Greek": "Greece",
    "Canadian": "Canada",
    "Mexican": "Mexico",
    "Brazilian": "Brazil",
    "Argentine": "Argentina",
    "Argentinian": "Argentina",
    "Chilean": "Chile",
    "Colombian": "Colombia",
    "Venezuelan": "Venezuela",
    "Cuban": "Cuba",
    "Egyptian": "Egypt",
    "Nigerian": "Nigeria",
    "Kenyan": "Kenya",
    "Ethiopian": "Ethiopia",
    "South African": "South Africa",
    "Saudi": "Saudi Arabia",
    "Afghan": "Afghanistan",
    "Vietnamese": "Vietnam",
    "Thai": "Thailand",
    "Indonesian": "Indonesia",
    "Filipino": "Philippines",
    "Australian": "Australia",
    "Belarusian": "Belarus",
    "Georgian": "Georgia",
    "Armenian": "Armenia",
    "Azerbaijani": "Azerbaijan",
    "Kazakh": "Kazakhstan",
    "Taiwanese": "Taiwan",
    "Mongolian": "Mongolia",
    "Irish": "Ireland",
    "Swiss": "Switzerland",
    "Austrian": "Austria",
    "Belgian": "Belgium",
    "Hungarian": "Hungary",
    "Romanian": "Romania",
    "Bulgarian": "Bulgaria",
    "Serbian": "Serbia",
    "Croatian": "Croatia",
    "Czech": "Czechia",
    "Slovak": "Slovakia",
    "Lebanese": "Lebanon",
    "Jordanian": "Jordan",
    "Qatari": "Qatar",
    "Emirati": "United Arab Emirates",
    "Yemeni": "Yemen",
    "Libyan": "Libya",
    "Sudanese": "Sudan",
    "Moroccan": "Morocco",
    "Algerian": "Algeria",
    "Tunisian": "Tunisia",
}
"""Demonyms -> the place they point at ("Korean War" excepted: see NAMES_AFTER_DEMONYMS)."""

# --- Keywords ----------------------------------------------------------------------------

SYNONYMS: dict[str, str] = {
    "treaty": "agreement",
    "pact": "agreement",
    "deal": "agreement",
    "accord": "agreement",
    "partnership": "agreement",
    "document": "agreement",
    "arrive": "arriv",
    "arrival": "arriv",
    "visit": "visit",
    "welcome": "greet",
    "receive": "greet",
    "greet": "greet",
    "talk": "talk",
    "negotiation": "talk",
    "meeting": "talk",
    "summit": "talk",
    "gratitude": "thank",
    "appreciate": "thank",
    "alliance": "agreement",
    "land": "arriv",
    "reach": "arriv",
    "depart": "leav",
    "leave": "leav",
    "meet": "talk",
}
"""Words of one happening told differently -> one keyword (irregular past forms fold into
their base through IRREGULAR_VERBS, so "met" is "meet" is "talk")."""

STEM_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("ation", ""),  # "invitation" and "invited" -> "invit"
    ("’s", ""),
    ("'s", ""),
    ("ies", "y"),
    ("ing", ""),
    ("ed", ""),
    ("es", "e"),
    ("s", ""),
)
"""Suffixes a keyword loses (the first that fits), with what replaces each."""

NOT_PLURAL_ENDINGS: tuple[str, ...] = ("ss", "us", "is")
"""Endings of words whose final "s" is no plural ("address", "census", "analysis")."""

NOWADAYS: tuple[str, ...] = (r"to\s+this\s+day", r"in\s+today's\s+world", r"still\s+today")
"""Phrases in which the word for "today" means "nowadays" or "to this day" (regex
fragments): a state that goes on, not an event on the day of publication."""


# Headline checks (`timeline.events.title_lint`): what makes a title read as a headline.

HEADLINE_FINITE_WORDS: tuple[str, ...] = _words(
    """
    is are was were has have had will would could can may might must should did does do
    says say said won't can't isn't wasn't
    """
)
"""Finite verbs a headline may rest on besides regular pasts and irregular ones."""

HEADLINE_VERB_ENDINGS: tuple[str, ...] = (r"\w{2,}ed",)
"""Endings that make a word a finite verb (a regular past)."""

HEADLINE_PRESENT_ENDINGS: tuple[str, ...] = (r"\w{2,}(?<!s)s",)
"""A historic present ("Putin arrives"): read as a verb only right after a name or noun
that opens the title, since a plural noun has the same ending."""

HEADLINE_BAD_STARTS: tuple[str, ...] = _words(
    """
    between later earlier after before since until during on in at of by for to with from
    and or but than as ago then meanwhile also while whereas which who that
    """
)
"""Words a headline never starts with: date glue and prepositions left by a cut date."""

PLAN_PHRASES: tuple[str, ...] = (
    r"(?:will|would|is|are|was|were)\s+(?:\w+\s+)?(?:due|scheduled|set|expected|planned|going)",
    r"(?:will|shall)\s+\w+",
)
"""What tells a plan, not a happening ("is scheduled to begin", "will travel")."""

NAME_OPENERS: tuple[str, ...] = _words(
    "new old north south east west northern southern eastern western central upper lower"
)
"""Words that are no name alone but open one before another capitalised word ("New York",
"West Bank")."""

LEADING_SUBORDINATORS: tuple[str, ...] = _words("when while if because although though whereas")
"""Conjunctions a title does not start with: the clause after one tells the event."""

LEADING_JOINERS: tuple[str, ...] = _words("and but so yet")
"""Words that tie a clause to the text before it ("Y las tropas...", "que estalló..."): a
title drops them when the clause after has its own verb."""

CALENDAR_NOUNS: tuple[str, ...] = _words(
    "year years month months decade decades century centuries morning afternoon evening night"
    " day days week weeks midnight noon"
)
"""Nouns that only name the date or the part of the day that follows ("en el año 2003",
"nel mese di gennaio", "dans la nuit de mardi"): left before a cut date, they go with it."""

SUBJECT_RELATIVES: tuple[str, ...] = _words("who which that")
"""Relative pronouns that open a clause inside a long subject ("the activists who ... have
proclaimed"): a title too long keeps the subject's head and its own verb."""
