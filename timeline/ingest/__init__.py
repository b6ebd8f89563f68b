"""Ingest: files, folders, URLs, HTML pages and manifests -> cleaned `Article` objects.

Modules by job: `articles` (Article + dispatch), `text` / `markdown` / `html` / `fetch`
(readers), `cleanup` (page furniture out), `pubdate` (dates in paths and URLs), `language`
(stopword detection), `manifest` (user-supplied metadata).
"""

from timeline.ingest.articles import (
    NO_DATE_NOTE,
    SUPPORTED_SUFFIXES,
    Article,
    ArticleInput,
    InputPlan,
    check_language,
    expand_inputs,
    iter_articles,
    plan_inputs,
    read_article,
    read_input,
)
from timeline.ingest.cleanup import clean_text
from timeline.ingest.language import detect_language
from timeline.ingest.manifest import load_manifest
from timeline.ingest.pubdate import date_from_path

__all__ = [
    "NO_DATE_NOTE",
    "SUPPORTED_SUFFIXES",
    "Article",
    "ArticleInput",
    "InputPlan",
    "check_language",
    "clean_text",
    "date_from_path",
    "detect_language",
    "expand_inputs",
    "iter_articles",
    "load_manifest",
    "plan_inputs",
    "read_article",
    "read_input",
]
