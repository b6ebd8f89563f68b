"""The ingest API other stages code against: names, shapes and the seed corpus."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.ingest import Article, clean_text, detect_language, iter_articles, read_article

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS = SHARED / "seeds"


def test_read_article_returns_a_cleaned_article(tmp_path: Path) -> None:
    """A plain text file becomes an Article whose title is its headline line."""
    page = tmp_path / "harbour-story.txt"
    page.write_text(
        "Harbour reopens after winter storms\n\n"
        "The old harbour reopened on Tuesday after three months of repairs, the council said.\n",
        encoding="utf-8",
    )
    article = read_article(str(page), published=dt.date(2023, 3, 14))
    assert isinstance(article, Article)
    assert article.id == "harbour-story"
    assert article.title == "Harbour reopens after winter storms"
    assert article.text.startswith("The old harbour reopened on Tuesday")
    assert article.published == dt.date(2023, 3, 14)
    assert article.language == "en"
    assert article.notes == ()


def test_clean_text_and_detect_language_are_exported() -> None:
    """The two helpers are usable on their own."""
    body, title = clean_text("A headline\n\nThe minister resigned on Monday, officials said.")
    assert (body, title) == ("The minister resigned on Monday, officials said.", "A headline")
    assert detect_language("El ministro dijo que la reunión fue un éxito para todos.") == "es"


def test_seeds_read_with_the_manifest() -> None:
    """Every seed article gets the manifest date, and no furniture survives cleanup."""
    if not SEEDS.exists():
        pytest.skip("../shared/seeds is not available")
    articles = list(iter_articles([str(SEEDS)], manifest=str(SEEDS / "published.yaml")))
    assert len(articles) == 5
    for article in articles:
        assert article.published == dt.date(2024, 6, 19)
        assert article.language == "en"
        lowered = article.text.lower()
        for furniture in ("leave a", "required fields", "subscribe", "related", "read more"):
            assert furniture not in lowered, (article.id, furniture)
