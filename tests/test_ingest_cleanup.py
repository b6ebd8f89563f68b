"""Plain-text cleanup: page furniture goes, the article body stays verbatim."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.ingest import clean_text
from timeline.ingest.cleanup import split_paragraphs

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def paragraphs(body: str) -> list[str]:
    return body.split("\n\n") if body else []


# (fixture, expected title, expected paragraph openings in order, furniture that must go)
PAGES = [
    (
        "blog/ferry-blog.txt",
        "The ferry that never left",
        [
            "When the lake froze",
            '"We waited for the ice',
            "Residents walked across",
            "The service resumed",
        ],
        [
            "Skip to",
            "Menu",
            "Travel Notes",
            "Posted on",
            "min read",
            "Share",
            "Facebook",
            "Email",
            "Related",
            "Winter markets",
            "cider",
            "Ice fishing",
            "Comments",
            "Marta",
            "lovely story",
            "Leave a Reply",
            "Required fields",
            "Save my name",
        ],
    ),
    (
        "wire/dam-release.txt",
        "Dam operators lower reservoir ahead of spring floods",
        [
            "VIENNA, April 14",
            "The release, the earliest",
            '"It is a precaution',
            "Farmers downstream",
        ],
        [
            "World | Europe",
            "By Tomas",
            "Published:",
            "Updated:",
            "Share on",
            "Reporting by",
            "Source:",
            "Sign up",
            "Follow us",
        ],
    ),
    (
        "tram-repeated.txt",
        "City council approves new tram line",
        ["The city council voted", "Construction is due", "The mayor said", "Opponents argued"],
        ["With reporting", "Transport"],
    ),
    (
        "night-trains-magazine.txt",
        "Night trains return to the northern route",
        [
            "The overnight service",
            "The operator bought",
            "Tickets for the first month",
            "Why now?",
            "Rising air fares",
        ],
        [
            "min read",
            "Read more",
            "Leave a comment",
            "email address",
            "About us",
            "Rail Review",
            "Join our community",
            "Become a member",
            "Support independent",
        ],
    ),
    (
        "news-site.txt",
        "Parliament passes the water bill after an all-night session",
        [
            "Parliament passed",
            "The bill caps",
            '"This is a good day',
            "The opposition said",
            "What happens next",
            "The upper house",
            "Local campaigners",
        ],
        [
            "cookies",
            "Accept",
            "Politics",
            "Lawmakers approved",
            "Maria Okafor",
            "BST",
            "Photo",
            "protester",
            "Advertisement",
            "@riverwatch",
            "Editor's note",
            "Tags:",
            "correspondent",
            "Most read",
            "Heatwave",
            "Football",
            "walks along",
            "subscribers",
        ],
    ),
]


@pytest.mark.parametrize(("name", "title", "openings", "furniture"), PAGES)
def test_fixture_pages_keep_the_body_and_drop_the_furniture(
    name: str, title: str, openings: list[str], furniture: list[str]
) -> None:
    """Each page style yields its headline, exactly its body paragraphs, and no furniture."""
    body, found_title = clean_text((FIXTURES / name).read_text(encoding="utf-8"))
    assert found_title == title
    kept = paragraphs(body)
    assert len(kept) == len(openings), kept
    for paragraph, opening in zip(kept, openings, strict=True):
        assert paragraph.startswith(opening)
    for phrase in furniture:
        assert phrase not in body, phrase


@pytest.mark.parametrize("name", [p[0] for p in PAGES])
def test_kept_paragraphs_are_verbatim_source_text(name: str) -> None:
    """Cleanup only removes: every kept paragraph appears word for word in the page."""
    raw = (FIXTURES / name).read_text(encoding="utf-8")
    flat = " ".join(raw.split())
    body, _ = clean_text(raw)
    for paragraph in paragraphs(body):
        assert paragraph in flat


KEEP = [
    ("The ministry declined to comment.", "a short body sentence using a boilerplate word"),
    ("By Wednesday, the talks had ended.", "a sentence that starts like a byline"),
    ("Follow the money, he said.", "an imperative inside reported speech"),
    ('"You will not be forgotten," the mayor told the crowd.', "second person inside a quote"),
    ("It rained.", "a very short paragraph"),
    ('"No."', "a one-word quote"),
    ("Share prices fell by a third after the announcement on Friday.", "'share' as a noun"),
    (
        "Ivanov, who is a senior reporter for a state newspaper, was detained on Friday.",
        "a reporter in the news, not the author's biography",
    ),
    ("The photo shows the two leaders shaking hands in the square.", "'photo' in prose"),
    ("Tags on the crates showed they had been shipped in March.", "'tags' in prose"),
    ("Related developments", "a section heading that starts like a teaser label"),
]


@pytest.mark.parametrize(("sentence", "why"), KEEP)
def test_body_paragraphs_that_resemble_furniture_are_kept(sentence: str, why: str) -> None:
    """Vocabulary alone never removes a paragraph that reads as article prose."""
    raw = (
        "Storm closes the coast road\n\n"
        "The coast road was closed on Monday after a storm washed away part of the embankment, "
        "police said.\n\n"
        f"{sentence}\n\n"
        "Repairs are expected to take at least two weeks, according to the roads agency."
    )
    body, _ = clean_text(raw)
    assert sentence in paragraphs(body), why


DROP = [
    ("Leave a Reply\n\nYour email address will not be published.", "comment form"),
    ("Share this:\n\nFacebook\n\nX\n\nWhatsApp", "share buttons"),
    ("Subscribe to our newsletter for the latest stories from the region.", "call to action"),
    (
        "Related\n\nMayor opens new bridge\n\nThe bridge, which took four years to build, …",
        "teaser block",
    ),
    (
        "You may also like\n\nA walk through the old port\n\n"
        "Fishermen still mend their nets by hand on the quay every morning before the "
        "tourists arrive in the summer.",
        "teaser snippet",
    ),
    (
        "More from Europe\n\nRail strike ends after two weeks\n\nTalks broke down again on…",
        "teaser block under a 'more from' heading",
    ),
    ("Source: Regional Wire", "source credit"),
    ("(Additional reporting by the newsroom)", "parenthesised credit"),
    ("Photo: Harbour office", "photo credit"),
    (
        "Welcome to Coastline, the home of local stories. "
        "Discover more and join our readers today!",
        "site blurb",
    ),
    ("Home | News | Weather | Sport", "navigation"),
    ("© 2024 Coastline Media. All rights reserved.", "copyright"),
    ("https://coastline.example/news/storm", "bare link"),
    ("Tags: Storms, Roads, Police, Weather, Coast, Transport, Emergency services", "tag list"),
    (
        "Ana Ferreira is a freelance reporter based on the coast. She writes about transport.",
        "author biography",
    ),
    ("This article is for subscribers only. Subscribe now for unlimited access.", "paywall"),
    ("— Coast Police (@coastpolice_example) March 3, 2024", "embedded post attribution"),
]


MIDDLE = [
    ("Cars queue at the closed junction on Monday. (Photo: Lee Park/Coast Agency)", "caption"),
    ("Advertisement", "advert label"),
    ("Story continues below advertisement", "advert label"),
    ("Editor's note: This story has been updated with a statement from the police.", "note"),
    ("Share this article\n\nFacebook\n\nX\n\nEmail", "share buttons"),
]


@pytest.mark.parametrize(("furniture", "why"), MIDDLE)
def test_furniture_inside_the_body_is_dropped(furniture: str, why: str) -> None:
    """Captions, advert labels and share blocks between body paragraphs go; both halves stay."""
    first = (
        "The coast road was closed on Monday after a storm washed away part of the embankment, "
        "police said."
    )
    second = "Repairs are expected to take at least two weeks, according to the roads agency."
    body, _ = clean_text(f"{first}\n\n{furniture}\n\n{second}")
    assert paragraphs(body) == [first, second], why


@pytest.mark.parametrize(("furniture", "why"), DROP)
def test_trailing_furniture_is_dropped(furniture: str, why: str) -> None:
    """Furniture after the article body is removed, and the body is untouched."""
    article = (
        "The coast road was closed on Monday after a storm washed away part of the embankment, "
        "police said.\n\nRepairs are expected to take at least two weeks."
    )
    body, _ = clean_text(f"{article}\n\n{furniture}")
    assert body == article, why


def test_a_comment_form_ends_the_article() -> None:
    """Reader comments under a comment heading never count as article text."""
    raw = (
        "The museum reopened on Saturday after a two-year renovation of its east wing.\n\n"
        "3 Comments\n\n"
        "I visited the museum on Sunday and the new rooms are wonderful, well worth the trip.\n\n"
        "The café is still closed though, which was a pity for those of us with children."
    )
    body, _ = clean_text(raw)
    assert body == "The museum reopened on Saturday after a two-year renovation of its east wing."


def test_the_article_resumes_after_a_mid_page_teaser() -> None:
    """A 'Read more' link inside the article drops only the teaser, not what follows it."""
    raw = (
        "The school board approved the new timetable on Tuesday after a long evening meeting.\n\n"
        "Read more: Parents petition for later start times\n\n"
        "Under the new plan, lessons will start at nine o'clock instead of eight from September "
        "onwards, the board said in a statement."
    )
    body, _ = clean_text(raw)
    assert paragraphs(body) == [
        "The school board approved the new timetable on Tuesday after a long evening meeting.",
        "Under the new plan, lessons will start at nine o'clock instead of eight from September "
        "onwards, the board said in a statement.",
    ]


def test_repeated_paragraphs_keep_the_first_copy() -> None:
    """A block pasted twice appears once, in its first position."""
    raw = "First point made here today.\n\nSecond point.\n\nFirst point made here today."
    body, _ = clean_text(raw)
    assert paragraphs(body) == ["First point made here today.", "Second point."]


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        (
            "Harbour reopens after storms\n\nThe harbour reopened on Tuesday.",
            "Harbour reopens after storms",
        ),
        (
            "Will the harbour reopen?\n\nThe harbour reopened on Tuesday.",
            "Will the harbour reopen?",
        ),
        ("The harbour reopened on Tuesday, officials said.\n\nBoats returned.", None),
        (
            "Close this search box.\n\nHarbour reopens\n\nThe harbour reopened on Tuesday.",
            "Harbour reopens",
        ),
    ],
)
def test_the_first_line_is_the_title_when_it_is_a_headline(raw: str, title: str | None) -> None:
    """A headline-shaped first line (after leading furniture) is the title; a sentence is not."""
    body, found = clean_text(raw)
    assert found == title
    if title:
        assert title not in body


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "The county finished its survey of old orchards on Tuesday, counting\n"
            "more than four hundred apple trees that still bear fruit.",
            [
                "The county finished its survey of old orchards on Tuesday, counting more than "
                "four hundred apple trees that still bear fruit."
            ],
        ),
        (
            "Headline\nThe first sentence.\nThe second sentence.",
            ["Headline", "The first sentence.", "The second sentence."],
        ),
        ("Ends a sentence.Glued Label", ["Ends a sentence."]),
        ("Officials in the U.S. said so.", ["Officials in the U.S. said so."]),
    ],
)
def test_split_paragraphs(raw: str, expected: list[str]) -> None:
    """Hard-wrapped lines join, one-line paragraphs stay apart, glued link labels are cut."""
    assert split_paragraphs(raw) == expected


def test_seed_pages_lose_their_furniture() -> None:
    """On the shared seed corpus no comment form, share block, teaser or blurb survives."""
    if not SEEDS.exists():
        pytest.skip("../shared/seeds is not available")
    furniture_words = (
        "leave a",
        "required fields",
        "your email",
        "please enter",
        "share post",
        "subscribe",
        "popular",
        "more like this",
        "related",
        "read more",
        "become a member",
        "welcome to",
        "search box",
        "mn read",
        "source:",
        "with inputs from",
        "unlimited access",
    )
    for seed in sorted(SEEDS.glob("*.txt")):
        raw = seed.read_text(encoding="utf-8")
        body, title = clean_text(raw)
        kept = paragraphs(body)
        assert len(kept) >= 4, seed.name
        assert len(kept) == len(set(kept)), f"{seed.name}: repeated paragraph kept"
        lowered = body.lower()
        for phrase in furniture_words:
            assert phrase not in lowered, (seed.name, phrase)
        flat = " ".join(raw.split())
        for paragraph in kept:
            assert paragraph in flat, (seed.name, paragraph[:40])
        assert title is None or title not in kept
