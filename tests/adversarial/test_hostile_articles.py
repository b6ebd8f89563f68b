"""Hostile articles, front matter and manifests: refused in one located line, in bounded
time and memory, never a traceback; nothing outside the articles folder is read.

The heavy cases run the real command in a child process limited to 1 GiB of memory and
60 s, so a regression fails the test instead of taking the machine down.
"""

from __future__ import annotations

import itertools
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest

from timeline.errors import TimelineError, ValidationFailed
from timeline.ingest import iter_articles, read_article
from timeline.store import load_timeline

MEMORY = 1024 * 1024 * 1024
SECONDS = 60
STORY = "The two leaders signed the pact in the capital on June 19, 2024.\n"


def _limits() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))
    resource.setrlimit(resource.RLIMIT_CPU, (SECONDS, SECONDS))


def _timeline(*args: str, cwd: Path) -> tuple[subprocess.CompletedProcess[str], float]:
    """The real command in a child with 1 GiB and 60 s of CPU; (result, seconds taken)."""
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", "from timeline.cli import main; main()", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=SECONDS,
        stdin=subprocess.DEVNULL,
        preexec_fn=_limits,
    )
    return result, time.perf_counter() - started


def _clean_failure(result: subprocess.CompletedProcess[str]) -> None:
    """Exit status 1, and no Python internals in what the user reads."""
    assert result.returncode == 1, result.stderr[-2000:]
    for internal in ("Traceback", "Error(", "MemoryError", "RecursionError", "cannot extract"):
        assert internal not in result.stderr, result.stderr[-2000:]


def _alias_bomb(levels: int = 9, width: int = 10) -> list[str]:
    """Lines of nested YAML aliases that expand to width**levels values if constructed."""
    lines = ["a: &a [" + ", ".join(["lol"] * width) + "]"]
    for previous, name in itertools.pairwise("abcdefghijklmnop"[: levels + 1]):
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{previous}"] * width) + "]")
    return lines


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "story.md").write_text(STORY, encoding="utf-8")
    return tmp_path


# --- item 1: memory bombs in metadata ------------------------------------------------------


@pytest.mark.parametrize("command", ["extract", "dates"])
def test_an_alias_bomb_in_front_matter_is_refused_where_the_alias_is(
    command: str, folder: Path
) -> None:
    """Nine levels of nested aliases (`lang: *i`) once drove extract past 10 GB; now the
    first alias is reported at its line and column."""
    front = [*_alias_bomb(), "lang: *i"]
    (folder / "bomb.md").write_text("---\n" + "\n".join(front) + "\n---\n" + STORY, "utf-8")
    args = ["extract", "bomb.md", "-o", "events.yaml"] if command == "extract" else ["dates"]
    result, seconds = _timeline(*args, *([] if command == "extract" else ["bomb.md"]), cwd=folder)
    _clean_failure(result)
    assert (
        "bomb.md:3:8: front matter: YAML aliases (*a) are not allowed here; write the value out"
        in (result.stderr)
    )
    assert seconds < 30
    assert not (folder / "events.yaml").exists()


def test_an_alias_bomb_in_a_manifest_is_refused(folder: Path) -> None:
    """The same bomb in a --manifest names the manifest's line; nothing is extracted."""
    lines = [*_alias_bomb(), "story.md:", "  lang: *i", "  title: *i"]
    (folder / "manifest.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result, _ = _timeline(
        "extract", "story.md", "--manifest", "manifest.yaml", "-o", "events.yaml", cwd=folder
    )
    _clean_failure(result)
    assert result.stderr.startswith(
        "manifest.yaml:2:8: YAML aliases (*a) are not allowed here; write the value out\n"
    )


@pytest.mark.parametrize(
    ("nested", "message"),
    [
        # PyYAML 6.0.4 refuses this in its own parser, earlier releases reach our limit first.
        ("[" * 5000 + "]" * 5000, "nest"),
        ("[" * 40 + "]" * 40, "nested more than 16 levels deep"),
        ("".join(f"\n{'  ' * i}k{i}:" for i in range(1, 40)) + " x", "nested more than 16"),
    ],
    ids=["5000-flow-levels", "40-flow-levels", "40-block-levels"],
)
def test_deep_nesting_in_front_matter_and_manifests_is_one_located_problem(
    nested: str, message: str, folder: Path
) -> None:
    """Nesting that ran the pure-Python loader out of stack is refused at its position."""
    (folder / "deep.md").write_text(f"---\ntitle: {nested}\n---\n{STORY}", encoding="utf-8")
    (folder / "manifest.yaml").write_text(f"story.md:\n  title: {nested}\n", encoding="utf-8")
    article, _ = _timeline("dates", "deep.md", cwd=folder)
    manifest, _ = _timeline(
        "extract", "story.md", "--manifest", "manifest.yaml", "-o", "e.yaml", cwd=folder
    )
    for result, name in ((article, "deep.md"), (manifest, "manifest.yaml")):
        _clean_failure(result)
        first = result.stderr.splitlines()[0]
        assert first.startswith(f"{name}:"), first
        assert message in first


def test_a_manifest_past_the_value_limit_is_refused_before_it_is_built(folder: Path) -> None:
    """Half a million short values (1 MB of `x,`) would be a node tree 30 times that size:
    refused at the value that passes the limit."""
    values = ",".join(["x"] * 500_001)
    (folder / "manifest.yaml").write_text(f"story.md:\n  title: [{values}]\n", "utf-8")
    result, seconds = _timeline(
        "extract", "story.md", "--manifest", "manifest.yaml", "-o", "e.yaml", cwd=folder
    )
    _clean_failure(result)
    assert "manifest.yaml:2:" in result.stderr
    assert "more than 500,000 values" in result.stderr
    assert seconds < 30


def test_a_manifest_larger_than_16_mib_is_refused_unread(folder: Path) -> None:
    """The manifest's size is bounded before it is parsed."""
    line = "story.md: 2024-06-19  # " + "x" * 1000 + "\n"
    with open(folder / "manifest.yaml", "w", encoding="utf-8") as handle:
        handle.write(line)
        handle.write(("# " + "y" * 1022 + "\n") * (17 * 1024))
    result, _ = _timeline(
        "extract", "story.md", "--manifest", "manifest.yaml", "-o", "e.yaml", cwd=folder
    )
    _clean_failure(result)
    assert "manifest.yaml: larger than 16,777,216 bytes" in result.stderr


def test_front_matter_longer_than_64_kib_is_refused(folder: Path) -> None:
    """A front matter block is metadata: a few lines, bounded."""
    front = "title: T\n" + "".join(f"x{i}: {'y' * 100}\n" for i in range(700))
    (folder / "long.md").write_text(f"---\n{front}---\n{STORY}", encoding="utf-8")
    with pytest.raises(ValidationFailed) as info:
        read_article(str(folder / "long.md"))
    assert str(info.value.problems[0]) == (
        f"{folder / 'long.md'}:1:1: front matter: longer than 65,536 characters"
    )


@pytest.mark.parametrize(
    "tagged",
    ["!!python/object/apply:os.system ['true']", "!!binary aGk=", "!custom x", "!!set {a: null}"],
)
def test_tags_other_than_plain_data_are_refused(tagged: str, folder: Path) -> None:
    """Front matter and manifests hold text, numbers, booleans and lists of them; any other
    YAML tag is refused at its position, never constructed."""
    (folder / "tagged.md").write_text(f"---\ntitle: {tagged}\n---\n{STORY}", encoding="utf-8")
    (folder / "manifest.yaml").write_text(f"story.md:\n  title: {tagged}\n", encoding="utf-8")
    with pytest.raises(ValidationFailed) as info:
        read_article(str(folder / "tagged.md"))
    assert "tagged.md:2:8: front matter: unsupported YAML tag" in str(info.value.problems[0])
    with pytest.raises(ValidationFailed) as info:
        list(iter_articles([str(folder / "story.md")], manifest=str(folder / "manifest.yaml")))
    assert ":2:10: unsupported YAML tag" in str(info.value.problems[0])


# --- items 6 and 9: control characters -------------------------------------------------------


def test_control_characters_in_front_matter_are_dropped_not_a_traceback(folder: Path) -> None:
    """Raw control characters, which YAML refuses, are stripped from an article before its
    front matter is read (they once ended in `cannot extract (ReaderError(...))`)."""
    text = "---\ntitle: Pact\x01 signed\x1b[31m\n---\n" + STORY.replace("pact", "pa\x00ct")
    (folder / "ctl.md").write_bytes(text.encode("utf-8"))
    result, _ = _timeline("dates", "ctl.md", "--show-text", cwd=folder)
    assert result.returncode == 0, result.stderr
    assert "signed the pact" in result.stdout
    assert not any(ch in result.stdout + result.stderr for ch in "\x00\x01\x1b")
    assert read_article(str(folder / "ctl.md")).title == "Pact signed[31m"


def test_control_characters_in_a_manifest_are_one_located_line(folder: Path) -> None:
    """A manifest is the user's own file: a raw control character is reported where it is."""
    (folder / "manifest.yaml").write_bytes(b"story.md:\n  title: a\x01b\n")
    result, _ = _timeline(
        "extract", "story.md", "--manifest", "manifest.yaml", "-o", "e.yaml", cwd=folder
    )
    _clean_failure(result)
    assert result.stderr.startswith(
        "manifest.yaml:2:11: invalid YAML: character U+0001 is not allowed "
        "(write it as an escape inside double quotes)\n"
    )


def test_extracted_text_has_no_control_characters_and_checks(folder: Path) -> None:
    """NULs, escape codes and C1 controls in an article never reach events.yaml, so the
    file the extractor writes passes `check` and exports a defused CSV."""
    body = (
        "Pact\x07 signed\n\nThe two leaders\x1b[2J signed the pact\x00 in the capital on "
        "June 19, 2024.\x9b Both said it was historic.\n"
    )
    (folder / "story.txt").write_bytes(body.encode("utf-8"))
    result, _ = _timeline("extract", "story.txt", "-o", "events.yaml", cwd=folder)
    assert result.returncode == 0, result.stderr
    timeline = load_timeline(folder / "events.yaml")
    texts = [timeline.title, *(c.quote for e in timeline.events for c in e.sources)]
    texts += [e.title for e in timeline.events] + [s.title for s in timeline.sources]
    assert "June 19, 2024" in " ".join(texts)
    assert not [t for t in texts if any(ch in t for ch in "\x00\x07\x1b\x9b")], texts
    check, _ = _timeline("check", "events.yaml", cwd=folder)
    assert check.returncode == 0, check.stderr
    export, _ = _timeline("export", "--format", "csv", cwd=folder)
    assert "signed the pact in the capital" in export.stdout
    assert not any(ch in export.stdout for ch in "\x00\x07\x1b\x9b")


def test_file_names_with_escape_codes_are_printed_escaped(folder: Path) -> None:
    """A file named with a terminal escape sequence shows as `\\x1b[2J`, never raw."""
    evil = folder / "articles"
    evil.mkdir()
    (evil / "bad\x1b[2J\x1b]0;owned\x07.md").write_text("---\nx: *a\n---\n", encoding="utf-8")
    (evil / "ok.md").write_text(STORY, encoding="utf-8")
    result, _ = _timeline("extract", "articles", "-o", "events.yaml", cwd=folder)
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr
    assert "bad\\x1b[2J\\x1b]0;owned\\x07.md:2:4: front matter: " in result.stderr


# --- item 10: symlinks out of the input root -------------------------------------------------


def test_a_symlink_out_of_the_articles_folder_is_not_followed(tmp_path: Path) -> None:
    """A link to a file outside the folder is skipped with a note: a secret's line is never
    quoted into events.yaml. Links inside the folder, and files named on the command line,
    are read."""
    secret = tmp_path / "secret.txt"
    secret.write_text("The password was changed to hunter2 on June 19, 2024.\n", "utf-8")
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "story.txt").write_text(STORY, encoding="utf-8")
    (articles / "leak.txt").symlink_to(secret)
    (articles / "alias.txt").symlink_to("story.txt")
    result, _ = _timeline(
        "extract", "articles", "-o", "events.yaml", "--published", "2024-06-20", cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert (
        "articles/leak.txt: skipped (a symbolic link out of articles; "
        "name its target on the command line to read it)"
    ) in result.stderr
    written = (tmp_path / "events.yaml").read_text(encoding="utf-8")
    assert "hunter2" not in written
    assert "id: alias" in written and "id: story" in written
    named, _ = _timeline("extract", "articles/leak.txt", "-o", "named.yaml", cwd=tmp_path)
    assert "hunter2" in (tmp_path / "named.yaml").read_text(encoding="utf-8")
    assert named.returncode == 0


# --- item 9: malformed addresses -------------------------------------------------------------


@pytest.mark.parametrize("command", ["dates", "extract"])
@pytest.mark.parametrize("url", ["http://[::1", "http://a]b/", "https://exa\uff03mple.org/"])
def test_a_malformed_url_input_is_one_line(command: str, url: str, tmp_path: Path) -> None:
    """An address Python cannot parse is reported, not a `ValueError` traceback."""
    args = [command, url] + (["-o", "events.yaml"] if command == "extract" else [])
    result, _ = _timeline(*args, cwd=tmp_path)
    _clean_failure(result)
    assert f"{url}: not a valid web address; check it" in result.stderr


def test_a_malformed_url_in_a_url_list_or_manifest_is_located(folder: Path) -> None:
    """In a `.urls` file the line is named; in a manifest the url is dropped with a warning."""
    (folder / "list.urls").write_text("# news\nhttp://[::1\n", encoding="utf-8")
    result, _ = _timeline("extract", "list.urls", "-o", "e.yaml", cwd=folder)
    _clean_failure(result)
    assert "list.urls:2: expected an http(s) URL, got 'http://[::1'" in result.stderr
    (folder / "manifest.yaml").write_text('story.md:\n  url: "http://[::1"\n', encoding="utf-8")
    result, _ = _timeline(
        "extract", "story.md", "--manifest", "manifest.yaml", "-o", "e.yaml", cwd=folder
    )
    assert result.returncode == 0, result.stderr
    assert "manifest.yaml:2:8: 'story.md': url: expected an http(s) address" in result.stderr


def test_a_megabyte_page_title_is_cut(tmp_path: Path) -> None:
    """A page's title is metadata: it reaches events.yaml cut to 300 characters."""
    page = tmp_path / "page.html"
    title = "Headline " * 120_000
    page.write_text(f"<html><head><title>{title}</title></head><body><p>{STORY}</p></body></html>")
    article = read_article(str(page))
    assert len(article.title) <= 300
    assert article.title.startswith("Headline Headline")


def test_an_unreadable_input_never_stops_a_run_with_python_text(folder: Path) -> None:
    """Every bad input above, together in one run: each is one line, the good one is read."""
    (folder / "bomb.md").write_text("---\n" + "\n".join(_alias_bomb()) + "\n---\n", "utf-8")
    (folder / "deep.md").write_text("---\ntitle: " + "[" * 3000 + "\n---\n", "utf-8")
    (folder / "ctl.md").write_bytes(b"---\ntitle: \x01\x02\n---\n" + STORY.encode())
    result, _ = _timeline("extract", ".", "-o", "events.yaml", cwd=folder)
    _clean_failure(result)
    assert "2 inputs failed" in result.stderr
    assert os.path.exists(folder / "events.yaml")


def test_read_article_raises_only_timeline_errors_for_bad_urls() -> None:
    """Library callers get `TimelineError` too, not `ValueError`."""
    with pytest.raises(TimelineError, match=r"not a valid web address"):
        read_article("http://[::1")
