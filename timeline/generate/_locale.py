"""The generator's words and date formats in the site's language (en, es, fr, de, it, pt).

MkDocs' theme sets `lang` on every page; the timeline's own words ("Periods", "3 events")
and dates ("19 de junio de 2024") follow the same language. Unknown languages fall back to
English; a regional tag (`pt-BR`, `de-CH`) uses its base language.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from timeline.model import PartialDate

__all__ = ["LANGUAGES", "Locale", "locale_for"]

_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
    "dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
    "dezembro",
}

_DAY_FORMAT = {
    "en": "{month} {day}, {year}",
    "es": "{day} de {month} de {year}",
    "fr": "{day} {month} {year}",
    "de": "{day}. {month} {year}",
    "it": "{day} {month} {year}",
    "pt": "{day} de {month} de {year}",
}
_MONTH_FORMAT = {
    "en": "{month} {year}",
    "es": "{month} de {year}",
    "fr": "{month} {year}",
    "de": "{month} {year}",
    "it": "{month} {year}",
    "pt": "{month} de {year}",
}

# Each entry: key → {language: text}. Nouns are (singular, plural).
_NOUNS: dict[str, dict[str, tuple[str, str]]] = {
    "event": {
        "en": ("event", "events"),
        "es": ("evento", "eventos"),
        "fr": ("événement", "événements"),
        "de": ("Ereignis", "Ereignisse"),
        "it": ("evento", "eventi"),
        "pt": ("evento", "eventos"),
    },
    "source": {
        "en": ("source", "sources"),
        "es": ("fuente", "fuentes"),
        "fr": ("source", "sources"),
        "de": ("Quelle", "Quellen"),
        "it": ("fonte", "fonti"),
        "pt": ("fonte", "fontes"),
    },
    "tag": {
        "en": ("tag", "tags"),
        "es": ("etiqueta", "etiquetas"),
        "fr": ("étiquette", "étiquettes"),
        "de": ("Schlagwort", "Schlagwörter"),
        "it": ("tag", "tag"),
        "pt": ("etiqueta", "etiquetas"),
    },
}

_WORDS: dict[str, dict[str, str]] = {
    "home": {"en": "Home", "es": "Inicio", "fr": "Accueil", "de": "Startseite",
             "it": "Home", "pt": "Início"},
    "timeline": {"en": "Timeline", "es": "Cronología", "fr": "Chronologie", "de": "Zeitleiste",
                 "it": "Cronologia", "pt": "Cronologia"},
    "periods": {"en": "Periods", "es": "Períodos", "fr": "Périodes", "de": "Zeiträume",
                "it": "Periodi", "pt": "Períodos"},
    "tags": {"en": "Tags", "es": "Etiquetas", "fr": "Étiquettes", "de": "Schlagwörter",
             "it": "Tag", "pt": "Etiquetas"},
    "all_tags": {"en": "All tags", "es": "Todas las etiquetas", "fr": "Toutes les étiquettes",
                 "de": "Alle Schlagwörter", "it": "Tutti i tag", "pt": "Todas as etiquetas"},
    "tag_title": {"en": "Tag: {tag}", "es": "Etiqueta: {tag}", "fr": "Étiquette : {tag}",
                  "de": "Schlagwort: {tag}", "it": "Tag: {tag}", "pt": "Etiqueta: {tag}"},
    "sources": {"en": "Sources", "es": "Fuentes", "fr": "Sources", "de": "Quellen",
                "it": "Fonti", "pt": "Fontes"},
    "how_to_edit": {"en": "How to edit", "es": "Cómo editar", "fr": "Comment modifier",
                    "de": "Bearbeiten", "it": "Come modificare", "pt": "Como editar"},
    "latest": {"en": "Latest events", "es": "Últimos eventos", "fr": "Derniers événements",
               "de": "Neueste Ereignisse", "it": "Ultimi eventi", "pt": "Últimos eventos"},
    "overview": {"en": "Overview", "es": "Panorama", "fr": "Vue d’ensemble",
                 "de": "Überblick", "it": "Panoramica", "pt": "Visão geral"},
    "no_events": {"en": "This timeline has no events yet.",
                  "es": "Esta cronología aún no tiene eventos.",
                  "fr": "Cette chronologie n’a pas encore d’événements.",
                  "de": "Diese Zeitleiste hat noch keine Ereignisse.",
                  "it": "Questa cronologia non ha ancora eventi.",
                  "pt": "Esta cronologia ainda não tem eventos."},
    "summary": {"en": "{events} from {start} to {end}, citing {sources}.",
                "es": "{events} del {start} al {end}, con {sources}.",
                "fr": "{events} du {start} au {end}, citant {sources}.",
                "de": "{events} von {start} bis {end}, mit {sources}.",
                "it": "{events} dal {start} al {end}, con {sources}.",
                "pt": "{events} de {start} a {end}, com {sources}."},
    "no_tags": {"en": "No event has tags yet.", "es": "Ningún evento tiene etiquetas aún.",
                "fr": "Aucun événement n’a encore d’étiquette.",
                "de": "Noch kein Ereignis hat Schlagwörter.",
                "it": "Nessun evento ha ancora tag.", "pt": "Nenhum evento tem etiquetas ainda."},
    "tags_by_name": {"en": "{tags}, by name.", "es": "{tags}, por nombre.",
                     "fr": "{tags}, par nom.", "de": "{tags}, nach Namen.",
                     "it": "{tags}, per nome.", "pt": "{tags}, por nome."},
    "no_sources": {"en": "No sources yet.", "es": "Aún no hay fuentes.",
                   "fr": "Pas encore de sources.", "de": "Noch keine Quellen.",
                   "it": "Ancora nessuna fonte.", "pt": "Ainda não há fontes."},
    "sources_intro": {"en": "{sources}, by outlet, each with the events it reports.",
                      "es": "{sources}, por medio, cada una con los eventos que recoge.",
                      "fr": "{sources}, par média, chacune avec les événements qu’elle rapporte.",
                      "de": "{sources}, nach Medium, jede mit den Ereignissen, die sie meldet.",
                      "it": "{sources}, per testata, ciascuna con gli eventi che riporta.",
                      "pt": "{sources}, por veículo, cada uma com os eventos que relata."},
    "decade": {"en": "{decade}s", "es": "Años {decade}", "fr": "Années {decade}",
               "de": "{decade}er", "it": "Anni {decade}", "pt": "Anos {decade}"},
    "filter": {"en": "Filter by tag", "es": "Filtrar por etiqueta",
               "fr": "Filtrer par étiquette", "de": "Nach Schlagwort filtern",
               "it": "Filtra per tag", "pt": "Filtrar por etiqueta"},
    "filter_all": {"en": "All", "es": "Todos", "fr": "Tous", "de": "Alle", "it": "Tutti",
                   "pt": "Todos"},
    "chart": {"en": "Events per {unit}", "es": "Eventos por {unit}",
              "fr": "Événements par {unit}", "de": "Ereignisse pro {unit}",
              "it": "Eventi per {unit}", "pt": "Eventos por {unit}"},
    "year": {"en": "year", "es": "año", "fr": "année", "de": "Jahr", "it": "anno", "pt": "ano"},
    "decade_unit": {"en": "decade", "es": "década", "fr": "décennie", "de": "Jahrzehnt",
                    "it": "decennio", "pt": "década"},
    "century": {"en": "century", "es": "siglo", "fr": "siècle", "de": "Jahrhundert",
                "it": "secolo", "pt": "século"},
}  # fmt: skip

LANGUAGES = tuple(_MONTHS)
"""Languages the generator speaks; others fall back to English."""


@dataclass(frozen=True)
class Locale:
    """The generator's words and date formats in one language."""

    language: str = "en"
    months: tuple[str, ...] = field(default=tuple(_MONTHS["en"].split()))

    def word(self, key: str, **values: object) -> str:
        """A fixed phrase ("Periods"), with `{placeholders}` filled in."""
        return _WORDS[key][self.language].format(**values)

    def count(self, n: int, noun: str) -> str:
        """`1 event`, `3 events`, `3 eventos`."""
        singular, plural = _NOUNS[noun][self.language]
        return f"{n} {singular if n == 1 else plural}"

    def date(self, date: PartialDate) -> str:
        """The date at its precision: `1961`, `junio de 2024`, `19. Juni 2024`."""
        if date.month is None:
            return str(date.year)
        month = self.months[date.month - 1]
        if date.day is None:
            return _MONTH_FORMAT[self.language].format(month=month, year=date.year)
        day = "1er" if self.language == "fr" and date.day == 1 else str(date.day)
        return _DAY_FORMAT[self.language].format(month=month, day=day, year=date.year)

    def decade(self, decade: int) -> str:
        return self.word("decade", decade=decade)


def locale_for(language: str) -> Locale:
    """The locale for a theme language (`es`, `pt-BR`); English when it is not supported."""
    base = language.strip().replace("_", "-").split("-")[0].lower()
    if base not in _MONTHS:
        base = "en"
    return Locale(base, tuple(_MONTHS[base].split()))
