"""events.yaml loading and validation: every problem, located compiler-style, nothing raised."""

from __future__ import annotations

import gc
import textwrap
from pathlib import Path

import pytest

from timeline.errors import Problem, TimelineError, ValidationFailed
from timeline.model import Citation, Event, PartialDate, Source, Timeline
from timeline.store import check_file, load_timeline, parse_timeline


def _messages(text: str | bytes) -> list[str]:
    return [str(problem) for problem in parse_timeline(text)[1]]


def _file(body: str) -> str:
    return textwrap.dedent(body).lstrip("\n")


def _events(body: str) -> str:
    """HEAD, then the dedented `body` as the items of the events list."""
    return HEAD + textwrap.indent(_file(body), "  ")


HEAD = "title: T\nsources:\n  - id: ap\nevents:\n"
"""Lines 1-4 of most snippets below: a title, one source `ap`, and the events list."""

BAD_INPUTS = [
    # (why, text, exact problem list)
    (
        "YAML syntax errors carry the parser's position",
        "title: [x\nevents: []\n",
        [
            "events.yaml:2:7: invalid YAML: while parsing a flow sequence on line 1, "
            "did not find expected ',' or ']'"
        ],
    ),
    (
        "a tab in the indentation is named as such",
        "title: x\nevents:\n\t- id: a\n",
        [
            "events.yaml:3:1: invalid YAML: while scanning for the next token, found character "
            "that cannot start any token (a tab: indent with spaces)"
        ],
    ),
    (
        "one file holds one YAML document",
        "title: x\n---\ntitle: y\n",
        [
            "events.yaml:2:1: invalid YAML: expected a single document in the stream on line 1, "
            "but found another document"
        ],
    ),
    (
        "control characters are located",
        "title: x\ndescription: a\x07b\n",
        [
            "events.yaml:2:15: invalid YAML: character U+0007 is not allowed "
            "(write it as an escape inside double quotes)"
        ],
    ),
    (
        "an empty file",
        "",
        ["events.yaml:1:1: file is empty (expected 'title', 'sources' and 'events')"],
    ),
    (
        "a file of comments is empty too",
        "# nothing yet\n",
        ["events.yaml:1:1: file is empty (expected 'title', 'sources' and 'events')"],
    ),
    (
        "the top level must be a mapping",
        "- a\n- b\n",
        [
            "events.yaml:1:1: expected a mapping with 'title', 'sources' and 'events' at the "
            "top level, got a list"
        ],
    ),
    ("the title is required", "events: []\n", ["events.yaml:1:1: missing required key 'title'"]),
    ("a blank title is empty", "title: '  '\n", ["events.yaml:1:8: title: must not be empty"]),
    ("a missing title value is empty", "title:\n", ["events.yaml:1:7: title: must not be empty"]),
    (
        "a number is not a title, but quoting makes it one",
        "title: 1961\n",
        ["events.yaml:1:8: title: expected a string, got a number (put '1961' in quotes)"],
    ),
    (
        "unknown keys get the nearest known key",
        "title: x\ntitel: y\nevent: []\nzzz: 1\n",
        [
            "events.yaml:2:1: unknown key 'titel' (did you mean 'title'?)",
            "events.yaml:3:1: unknown key 'event' (did you mean 'events'?)",
            "events.yaml:4:1: unknown key 'zzz'",
        ],
    ),
    (
        "duplicate keys are reported, not silently overwritten",
        "title: x\ndescription: a\ntitle: y\n",
        ["events.yaml:3:1: duplicate key 'title' (first on line 1)"],
    ),
    (
        "events must be a list",
        "title: x\nevents: {a: 1}\n",
        ["events.yaml:2:9: events: expected a list, got a mapping"],
    ),
    (
        "an event must be a mapping; it is named by position",
        HEAD + "  - just text\n",
        ["events.yaml:5:5: event #1: expected a mapping, got a string"],
    ),
    (
        "all missing required keys in one line",
        HEAD + "  - text: hi\n",
        ["events.yaml:5:5: event #1: missing required keys 'id', 'date' and 'title'"],
    ),
    (
        "ids are slugs",
        HEAD + "  - id: Treaty Signed\n    date: 2024\n    title: T\n",
        [
            "events.yaml:5:9: event 'Treaty Signed': id: expected a slug of lowercase letters, "
            "digits, '-', '_' or '.', got 'Treaty Signed'"
        ],
    ),
    (
        "a duplicate event id points at the second and names the first's line",
        HEAD + "  - id: a\n    date: 2024\n    title: T\n  - id: a\n    date: 2025\n    title: U\n",
        ["events.yaml:8:9: event 'a': duplicate id (first used on line 5)"],
    ),
    (
        "a date in another notation",
        HEAD + "  - id: treaty-signed\n    date: 12/03\n    title: T\n",
        [
            "events.yaml:6:11: event 'treaty-signed': date: expected YYYY, YYYY-MM or "
            "YYYY-MM-DD, got '12/03'"
        ],
    ),
    (
        "an impossible day says why",
        HEAD + "  - id: a\n    date: 2024-02-30\n    title: T\n",
        ["events.yaml:6:11: event 'a': date: 2024-02 has no day 30 (it has 29 days)"],
    ),
    (
        "an impossible month",
        HEAD + "  - id: a\n    date: '2024-13'\n    title: T\n",
        ["events.yaml:6:11: event 'a': date: month 13 is out of range 1-12"],
    ),
    (
        "a time of day is not a date",
        HEAD + "  - id: a\n    date: 2024-06-19 10:00\n    title: T\n",
        [
            "events.yaml:6:11: event 'a': date: expected YYYY, YYYY-MM or YYYY-MM-DD, "
            "got '2024-06-19 10:00'"
        ],
    ),
    (
        "a list is not a date",
        HEAD + "  - id: a\n    date: [2024]\n    title: T\n",
        ["events.yaml:6:11: event 'a': date: expected YYYY, YYYY-MM or YYYY-MM-DD, got a list"],
    ),
    (
        "an empty date",
        HEAD + "  - id: a\n    date:\n    title: T\n",
        ["events.yaml:6:10: event 'a': date: missing value"],
    ),
    (
        "an end before the date",
        HEAD + "  - id: a\n    date: 2024-06-19\n    end: 2024-06-18\n    title: T\n",
        ["events.yaml:7:10: event 'a': end: 2024-06-18 is before date 2024-06-19"],
    ),
    (
        "tags must be a list",
        HEAD + "  - id: a\n    date: 2024\n    title: T\n    tags: politics\n",
        ["events.yaml:8:11: event 'a': tags: expected a list of strings, got a string"],
    ),
    (
        "each tag is a non-empty, distinct string",
        HEAD + "  - id: a\n    date: 2024\n    title: T\n    tags: [a, 1, '', a, [b]]\n",
        [
            "events.yaml:8:15: event 'a': tags: expected a list of strings, got a number in it "
            "(put '1' in quotes)",
            "events.yaml:8:18: event 'a': tags: a tag must not be empty",
            "events.yaml:8:22: event 'a': tags: duplicate tag 'a'",
            "events.yaml:8:25: event 'a': tags: expected a list of strings, got a list in it",
        ],
    ),
    (
        "citations name listed sources, bare or as a mapping",
        HEAD + "  - id: a\n    date: 2024\n    title: T\n    sources: [app, {source: reuters}]\n",
        [
            "events.yaml:8:15: event 'a': unknown source 'app' (did you mean 'ap'?)",
            "events.yaml:8:29: event 'a': unknown source 'reuters'",
        ],
    ),
    (
        "a citation's keys, offsets and source are checked",
        _events(
            """
            - id: a
              date: 2024
              title: T
              sources:
                - source: ap
                  qoute: x
                  start: -1
                - quote: y
                - source: ap
                  start: 9
                  end: 3
            """
        ),
        [
            "events.yaml:10:9: event 'a': citation: unknown key 'qoute' (did you mean 'quote'?)",
            "events.yaml:11:16: event 'a': citation: start: expected a character offset "
            "(0 or more), got '-1'",
            "events.yaml:12:9: event 'a': citation: missing required key 'source'",
            "events.yaml:15:14: event 'a': citation: end: 3 is before start 9",
        ],
    ),
    (
        "locked is true or false, not YAML 1.1 yes/no",
        HEAD + "  - id: a\n    date: 2024\n    title: T\n    locked: yes\n",
        ["events.yaml:8:13: event 'a': locked: expected true or false, got 'yes'"],
    ),
    (
        "a duplicate key inside an event",
        HEAD + "  - id: a\n    date: 2024\n    title: T\n    date: 2025\n",
        ["events.yaml:8:5: event 'a': duplicate key 'date' (first on line 6)"],
    ),
    (
        "merge keys are not part of the format",
        HEAD + "  - id: a\n    <<: {date: 2024}\n    title: T\n",
        [
            "events.yaml:5:5: event 'a': missing required key 'date'",
            "events.yaml:6:5: event 'a': YAML merge keys (<<) are not supported; "
            "write the keys out",
        ],
    ),
    (
        "a duplicate source id",
        "title: x\nsources:\n  - id: ap\n  - id: ap\n",
        ["events.yaml:4:9: source 'ap': duplicate id (first used on line 3)"],
    ),
    (
        "a source's fields are checked, and scripts are not links",
        _file(
            """
            title: x
            sources:
              - id: ap
                url: javascript:alert(1)
                published: yesterday
                lang: en
            """
        ),
        [
            "events.yaml:4:10: source 'ap': url: expected an http(s) address or a relative "
            "path, got 'javascript:alert(1)'",
            "events.yaml:5:16: source 'ap': published: expected YYYY, YYYY-MM or YYYY-MM-DD, "
            "got 'yesterday'",
            "events.yaml:6:5: source 'ap': unknown key 'lang' (did you mean 'language'?)",
        ],
    ),
    (
        "a mapping repeated through an alias is reported where the alias is",
        "title: x\nsources:\n  - &s {id: ap}\n  - *s\n",
        [
            "events.yaml:4:5: sources: YAML aliases (*s) are not supported; "
            "write out the value anchored on line 3"
        ],
    ),
    (
        "an aliased value is reported at the alias, once, and not read",
        _events(
            """
            - id: a
              date: &d 2024
              title: T
            - id: b
              date: *d
              title: U
            """
        ),
        [
            "events.yaml:9:11: event 'b': date: YAML aliases (*d) are not supported; "
            "write out the value anchored on line 6"
        ],
    ),
    (
        "an aliased tag inside a list",
        HEAD + "  - id: a\n    date: 2024\n    title: T\n    tags: [&t x, *t]\n",
        [
            "events.yaml:8:18: event 'a': tags: YAML aliases (*t) are not supported; "
            "write out the value anchored on line 8"
        ],
    ),
    (
        "an alias used as a key",
        "title: &k x\n*k : 1\n",
        [
            "events.yaml:2:1: a key must be a plain name, got a YAML alias (*k)",
        ],
    ),
    (
        "an alias to no anchor is a YAML error at the alias",
        "title: x\ndescription: *nothing\n",
        ["events.yaml:2:14: invalid YAML: found undefined alias 'nothing'"],
    ),
    (
        "unknown keys get a suggestion whatever their case",
        "title: x\nsources:\n  - id: ap\n    URL: https://a.example\n    Outlets: AP\n",
        [
            "events.yaml:4:5: source 'ap': unknown key 'URL' (did you mean 'url'?)",
            "events.yaml:5:5: source 'ap': unknown key 'Outlets' (did you mean 'outlet'?)",
        ],
    ),
    (
        "a quoted true is a string, not a boolean",
        HEAD + '  - id: a\n    date: 2024\n    title: T\n    locked: "true"\n',
        [
            "events.yaml:8:13: event 'a': locked: expected true or false, "
            "got the string 'true' (remove the quotes)"
        ],
    ),
    (
        "a language is a BCP 47 tag; common English names suggest their code",
        _file(
            """
            title: x
            sources:
              - id: a
                language: english
              - id: b
                language: pt_BR
              - id: c
                language: Klingon speech
              - id: d
                language: 42
            """
        ),
        [
            "events.yaml:4:15: source 'a': language: expected a language code such as 'en' "
            "or 'pt-BR', got 'english' (did you mean 'en'?)",
            "events.yaml:6:15: source 'b': language: expected a language code such as 'en' "
            "or 'pt-BR', got 'pt_BR' (did you mean 'pt-BR'?)",
            "events.yaml:8:15: source 'c': language: expected a language code such as 'en' "
            "or 'pt-BR', got 'Klingon speech'",
            "events.yaml:10:15: source 'd': language: expected a string, got a number "
            "(put '42' in quotes)",
        ],
    ),
    (
        "protocol-relative addresses lead off-site: refused",
        _file(
            """
            title: x
            sources:
              - id: a
                url: //evil.example/x
              - id: b
                url: '\\\\evil.example/x'
              - id: c
                url: " //evil.example/x"
            """
        ),
        [
            "events.yaml:4:10: source 'a': url: expected an http(s) address or a relative "
            "path, got '//evil.example/x'",
            "events.yaml:6:10: source 'b': url: expected an http(s) address or a relative "
            "path, got '\\\\evil.example/x'",
            "events.yaml:8:10: source 'c': url: expected an http(s) address or a relative "
            "path, got ' //evil.example/x'",
        ],
    ),
    (
        "an unclosed quote is reported where it opens",
        'title: x\nsources:\n  - id: ap\n    title: "Kennedy\n    outlet: AP\n',
        [
            "events.yaml:4:12: invalid YAML: while scanning a quoted scalar, found unexpected "
            "end of stream (the closing quote is missing)"
        ],
    ),
    (
        "a quote left open is reported where it opens, not at the next quote",
        HEAD + '  - id: a\n    date: 2024\n    title: "Pier\n'
        '  - id: b\n    date: 2025\n    title: The "new" pier\n',
        [
            "events.yaml:7:12: invalid YAML: this quote is not closed on its line, so YAML "
            "read on to the next quote, on line 10 (the closing quote is missing)"
        ],
    ),
    (
        "a single quote left open is reported where it opens",
        HEAD + "  - id: a\n    date: 2024\n    title: 'Pier\n"
        "  - id: b\n    date: 2025\n    title: It's done\n",
        [
            "events.yaml:7:12: invalid YAML: this quote is not closed on its line, so YAML "
            "read on to the next quote, on line 10 (the closing quote is missing)"
        ],
    ),
    (
        "a duplicate key's value is still checked",
        HEAD + "  - id: a\n    date: 2024\n    title: T\n    date: 12/03\n",
        [
            "events.yaml:8:5: event 'a': duplicate key 'date' (first on line 6)",
            "events.yaml:8:11: event 'a': date: expected YYYY, YYYY-MM or YYYY-MM-DD, got '12/03'",
        ],
    ),
    (
        "duplicate keys are checked at every level",
        _file(
            """
            title: x
            title: ''
            sources:
              - id: ap
                url: https://a.example
                url: javascript:alert(1)
            """
        ),
        [
            "events.yaml:2:1: duplicate key 'title' (first on line 1)",
            "events.yaml:2:8: title: must not be empty",
            "events.yaml:6:5: source 'ap': duplicate key 'url' (first on line 5)",
            "events.yaml:6:10: source 'ap': url: expected an http(s) address or a relative "
            "path, got 'javascript:alert(1)'",
        ],
    ),
    (
        "keys are names, not lists",
        "title: x\n? [a]\n: b\n",
        ["events.yaml:2:3: a key must be a plain name, got a list"],
    ),
    (
        "unprintable characters in names are escaped in messages",
        'title: x\n"a\\tb": 1\n',
        ["events.yaml:2:1: unknown key 'a\\tb'"],
    ),
    (
        "bytes that are not UTF-8, on line 1",
        b"title: caf\xe9\n",
        ["events.yaml:1:11: not valid UTF-8 (byte 0xe9 at offset 10)"],
    ),
    (
        "bytes that are not UTF-8, located by line and character column",
        b"title: x\ndescription: caf\xc3\xa9 caf\xe9\n",
        ["events.yaml:2:22: not valid UTF-8 (byte 0xe9 at offset 31)"],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [(text, expected) for _, text, expected in BAD_INPUTS],
    ids=[why for why, _, _ in BAD_INPUTS],
)
def test_bad_input_gives_exactly_these_problems(text: str | bytes, expected: list[str]) -> None:
    """Each bad snippet yields exactly the listed problems, sorted, without raising."""
    assert _messages(text) == expected


def test_all_problems_are_collected_and_sorted() -> None:
    """Problems from different events and levels all come back, in file order."""
    text = _events(
        """
        - id: b
          date: 2024-02-30
          title: ''
        - id: a
          titel: x
          date: 1961
          title: T
          sources: [nope]
        """
    )
    problems = parse_timeline(text, "my/events.yaml")[1]
    assert [(p.line, p.column) for p in problems] == [(6, 11), (7, 12), (9, 5), (12, 15)]
    assert all(p.path == "my/events.yaml" for p in problems)


def test_a_valid_file_has_no_problems_and_reads_every_field() -> None:
    """Every documented key lands in the model, dates at their own precision."""
    text = _file(
        """
        title: Moon race
        description: How it went.
        sources:
          - id: ap-1961
            title: "Kennedy: go"
            outlet: AP
            url: https://example.org/a?b=1
            published: 1961-05-25
            language: en
        events:
          - id: speech
            date: 1961-05
            end: 1961
            title: Kennedy's speech
            text: |-
              First line.
              # not a comment
            tags: [space, politics]
            sources:
              - ap-1961
              - source: ap-1961
                quote: We choose to go.
                start: 3
                end: 20
            locked: true
            extracted: 0123456789ab
        """
    )
    timeline, problems = parse_timeline(text)
    assert problems == []
    assert timeline == Timeline(
        title="Moon race",
        description="How it went.",
        sources=(
            Source(
                id="ap-1961",
                title="Kennedy: go",
                outlet="AP",
                url="https://example.org/a?b=1",
                published=PartialDate(1961, 5, 25),
                language="en",
            ),
        ),
        events=(
            Event(
                id="speech",
                date=PartialDate(1961, 5),
                end=PartialDate(1961),
                title="Kennedy's speech",
                text="First line.\n# not a comment",
                tags=("space", "politics"),
                sources=(
                    Citation("ap-1961"),
                    Citation("ap-1961", quote="We choose to go.", start=3, end=20),
                ),
                locked=True,
                extracted="0123456789ab",
            ),
        ),
    )


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("1961", PartialDate(1961)),
        ("'1961'", PartialDate(1961)),
        ('"1961"', PartialDate(1961)),
        ("2024-06", PartialDate(2024, 6)),
        ("'2024-06'", PartialDate(2024, 6)),
        ("2024-06-19", PartialDate(2024, 6, 19)),
        ('"2024-06-19"', PartialDate(2024, 6, 19)),
        ("0476", PartialDate(476)),
    ],
)
def test_quoted_and_unquoted_dates_read_the_same(written: str, expected: PartialDate) -> None:
    """YAML's implicit int and timestamp types never change what a date means."""
    timeline, problems = parse_timeline(
        f"title: T\nevents:\n  - id: a\n    date: {written}\n    title: T\n"
    )
    assert problems == []
    assert timeline is not None
    assert timeline.events[0].date == expected
    assert timeline.events[0].date.iso() == written.strip("'\"")


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("url", "https://example.org/a"),
        ("url", "HTTPS://example.org/a"),
        ("url", "Http://example.org/a"),
        ("url", "articles/a.html"),
        ("url", "/articles/a.html"),
        ("url", "a.html#top"),
        ("language", "en"),
        ("language", "EN"),
        ("language", "pt-BR"),
        ("language", "zh-Hant"),
        ("language", "zh-Hant-TW"),
        ("language", "es-419"),
        ("language", "ast"),
    ],
)
def test_these_source_values_are_accepted(key: str, value: str) -> None:
    """Schemes match case-insensitively; language tags have the BCP 47 shape in any case."""
    timeline, problems = parse_timeline(f"title: T\nsources:\n  - id: a\n    {key}: '{value}'\n")
    assert problems == []
    assert timeline is not None
    assert getattr(timeline.sources[0], key) == value


def test_a_year_is_never_january_first() -> None:
    """An unquoted year stays a year-precision date, not 1961-01-01."""
    timeline, _ = parse_timeline("title: T\nevents:\n  - id: a\n    date: 1961\n    title: T\n")
    assert timeline is not None
    assert timeline.events[0].date.day is None
    assert timeline.events[0].date.iso() == "1961"


def test_empty_optional_values_mean_absent() -> None:
    """`key:` with nothing after it is the same as leaving the key out."""
    text = HEAD + "  - id: a\n    date: 2024\n    title: T\n    end:\n    text:\n    tags:\n"
    timeline, problems = parse_timeline(text)
    assert problems == []
    assert timeline is not None
    assert timeline.events[0] == Event(id="a", date=PartialDate(2024), title="T")


def test_parsing_leaves_the_garbage_collector_as_it_found_it() -> None:
    """The collector is paused while parsing (for speed) and restored after, even on errors."""
    assert gc.isenabled()
    parse_timeline("title: T\nevents: [\n")
    parse_timeline(HEAD + "  - id: a\n    date: 2024\n    title: T\n")
    assert gc.isenabled()
    gc.disable()
    try:
        parse_timeline("title: T\n")
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_byte_order_mark_is_ignored() -> None:
    """Files saved with a UTF-8 BOM read like files without one."""
    timeline, problems = parse_timeline("\ufefftitle: T\n".encode())
    assert problems == []
    assert timeline is not None
    assert timeline.title == "T"


def test_with_problems_the_readable_part_is_still_returned() -> None:
    """A bad event is left out; the rest of the timeline is still usable."""
    text = HEAD + "  - id: good\n    date: 2024\n    title: T\n  - id: bad\n    date: x\n"
    timeline, problems = parse_timeline(text)
    assert len(problems) == 2
    assert timeline is not None
    assert [event.id for event in timeline.events] == ["good"]


def test_load_timeline_raises_with_every_problem(tmp_path: Path) -> None:
    """`load_timeline` raises ValidationFailed whose text is the full compiler-style report."""
    path = tmp_path / "events.yaml"
    path.write_text("title: ''\nevents: 3\n", encoding="utf-8")
    with pytest.raises(ValidationFailed) as info:
        load_timeline(path)
    assert info.value.problems == [
        Problem(str(path), 1, 8, "title: must not be empty"),
        Problem(str(path), 2, 9, "events: expected a list, got a number"),
    ]
    assert str(info.value).endswith("\n2 problems found")


def test_load_timeline_reads_a_valid_file(tmp_path: Path) -> None:
    """A valid file loads into a Timeline and `check_file` finds nothing."""
    path = tmp_path / "events.yaml"
    path.write_text(HEAD + "  - id: a\n    date: 2024\n    title: T\n", encoding="utf-8")
    assert load_timeline(path).events[0].id == "a"
    assert check_file(path) == []


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: None, "{path}: no such file"),
        (lambda p: p.mkdir(), "{path}: is a directory, not a file"),
    ],
    ids=["missing", "directory"],
)
def test_unreadable_paths_are_one_line_errors(tmp_path: Path, make: object, message: str) -> None:
    """A missing file or a directory is a TimelineError naming the path, no OSError."""
    path = tmp_path / "events.yaml"
    make(path)  # type: ignore[operator]
    with pytest.raises(TimelineError) as info:
        load_timeline(path)
    assert str(info.value) == message.format(path=path)


def test_read_language_finds_the_top_level_language_without_parsing_the_file(
    tmp_path: Path,
) -> None:
    """`language:` at the top level, plain, quoted or commented, is read; a nested one, a
    malformed one or a missing file gives ""."""
    from timeline.store import read_language

    path = tmp_path / "events.yaml"
    path.write_text('title: T\nlanguage: "pt-BR"  # set by hand\nevents: []\n', "utf-8")
    assert read_language(path) == "pt"
    path.write_text("title: T\nsources:\n  - id: a\n    language: fr\nevents: []\n", "utf-8")
    assert read_language(path) == ""
    path.write_text("title: T\nlanguage: not a tag\n", "utf-8")
    assert read_language(path) == ""
    assert read_language(tmp_path / "missing.yaml") == ""
