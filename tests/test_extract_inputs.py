"""`timeline extract` on bad, odd and partly failing inputs: each reported, the rest written."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import main
from timeline.ingest import plan_inputs
from timeline.ingest.articles import _source_id
from timeline.store import load_timeline
from timeline.store.schema import SCHEMA_RELATIVE_PATH

GOOD = "Bridge opens\n\nThe mayor opened the harbour bridge on 12 March 2024 before crowds.\n"


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["extract", *args])
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "good.txt").write_text(GOOD, encoding="utf-8")
    return articles


@pytest.mark.parametrize(
    ("front_matter", "expected_url", "warned"),
    [
        ("url: javascript:alert(1)", "", True),
        ("url: ftp://files.example/a", "", True),
        ("url: HTTPS://news.example/a", "https://news.example/a", False),
    ],
)
def test_a_bad_front_matter_url_is_dropped_with_a_located_warning(
    folder: Path, front_matter: str, expected_url: str, warned: bool
) -> None:
    """A url that is not http(s) is a warning at its line; the article is still extracted."""
    story = folder / "story.md"
    story.write_text(f"---\ntitle: Story\n{front_matter}\n---\n\n{GOOD}", encoding="utf-8")
    out = folder.parent / "events.yaml"
    code, _, stderr = invoke(str(folder), "-o", str(out))
    assert code == 0
    assert (f"{story}:3:1: front matter: url: expected an http(s) address" in stderr) is warned
    source = load_timeline(out).source("story")
    assert source is not None and source.url == expected_url


def test_a_bad_manifest_url_is_dropped_with_a_located_warning(folder: Path) -> None:
    """The manifest's url is checked like front matter's: one located line, no abort."""
    manifest = folder / "published.yaml"
    manifest.write_text("good.txt:\n  published: 2024-03-14\n  url: ftp://x.example/a\n")
    out = folder.parent / "events.yaml"
    code, _, stderr = invoke(str(folder), "-o", str(out), "--manifest", str(manifest))
    assert code == 0
    assert f"{manifest}:3:8: 'good.txt': url: expected an http(s) address" in stderr
    assert load_timeline(out).source("good") is not None


def test_failing_inputs_are_reported_and_the_rest_is_written(folder: Path) -> None:
    """An undecodable file and a broken link fail alone; the good article is extracted."""
    (folder / "cp1252.txt").write_bytes("Caf\xe9 opened on 3 May 2024.".encode("cp1252"))
    (folder / "gone.txt").symlink_to(folder / "nowhere.txt")
    out = folder.parent / "events.yaml"
    code, stdout, stderr = invoke(str(folder), "-o", str(out))
    assert code == 1
    lines = stderr.splitlines()
    assert f"{folder / 'cp1252.txt'}:1:4: not valid UTF-8 (byte 0xe9 at offset 3)" in lines
    assert f"{folder / 'gone.txt'}: no such file (a broken symbolic link)" in lines
    assert lines[-1] == "2 inputs failed"
    assert stdout.startswith(f"{out}: 1 added")
    assert [s.id for s in load_timeline(out).sources] == ["good"]


def test_a_fifo_in_a_folder_is_skipped_not_waited_on(folder: Path) -> None:
    """A named pipe called x.txt is skipped with a note instead of hanging the run."""
    os.mkfifo(folder / "x.txt")
    plan = plan_inputs([str(folder)])
    assert [Path(i.path).name for i in plan.items] == ["good.txt"]
    assert plan.notes == [f"{folder / 'x.txt'}: skipped (not a regular file)"]
    assert not plan.failed


def test_other_files_in_a_folder_are_counted_in_the_summary(folder: Path) -> None:
    """Unsupported files are skipped and counted by type."""
    for name in ("data.csv", "photo.png", "more.csv"):
        (folder / name).write_text("x")
    code, _, stderr = invoke(str(folder), "-o", str(folder.parent / "e.yaml"))
    assert code == 0
    assert "; 3 files skipped: .csv, .png" in stderr


def test_a_manifest_key_matching_no_input_is_warned(folder: Path) -> None:
    """A typo in a manifest key is located, not silently ignored."""
    manifest = folder / "published.yaml"
    manifest.write_text("good.txt: 2024-03-14\nstroy.txt: 2024-03-14\n")
    plan = plan_inputs([str(folder)], manifest=str(manifest))
    assert plan.notes == [f"{manifest}:2:1: no input matches 'stroy.txt'"]


def test_an_article_without_text_is_not_a_source(folder: Path) -> None:
    """An empty file is noted and not added to `sources:`."""
    (folder / "empty.txt").write_text("\n\n")
    out = folder.parent / "events.yaml"
    code, _, stderr = invoke(str(folder), "-o", str(out))
    assert code == 0
    assert f"{folder / 'empty.txt'}: no article text found; not added as a source" in stderr
    assert [s.id for s in load_timeline(out).sources] == ["good"]


def test_a_urls_file_lists_inputs(tmp_path: Path) -> None:
    """A `.urls` file gives one input per URL; comments and blank lines are ignored."""
    listing = tmp_path / "reading.urls"
    listing.write_text(
        "# this week\nhttps://news.example/2024/06/19/story.html\n\nHTTP://b.example/a  # b\n"
    )
    plan = plan_inputs([str(listing)])
    assert [i.path for i in plan.items] == [
        "https://news.example/2024/06/19/story.html",
        "http://b.example/a",
    ]


def test_a_urls_file_with_a_bad_line_names_the_line(tmp_path: Path) -> None:
    """A line of a `.urls` file that is not a web address fails that file, located."""
    listing = tmp_path / "reading.urls"
    listing.write_text("https://a.example/x\nftp://b.example/y\n")
    assert plan_inputs([str(listing)]).failed == [
        f"{listing}:2: expected an http(s) URL, got 'ftp://b.example/y'"
    ]


@pytest.mark.parametrize("url", ["ftp://files.example/a.txt", "file:///etc/hosts"])
def test_other_url_schemes_are_named(url: str) -> None:
    """An ftp:// or file:// input says which scheme is unsupported."""
    scheme = url.split(":")[0]
    assert plan_inputs([url]).failed == [
        f"{url}: unsupported URL scheme '{scheme}' (use http or https)"
    ]


@pytest.mark.parametrize(
    ("url", "source_id"),
    [
        ("http://127.0.0.1:8000/2024/06/19/story.html", "story"),
        ("https://news.example/2024/06/19/bridge-opens/index.html", "bridge-opens"),
        ("https://news.example/", "news-example"),
    ],
)
def test_url_source_ids_use_the_last_meaningful_path_segment(url: str, source_id: str) -> None:
    """Date folders and generic names give way to a word from the path, then the host."""
    assert _source_id(url) == source_id


@pytest.mark.parametrize("args", [["--lang", "xx"], ["--lang", "12"]])
def test_an_unknown_language_is_a_usage_error(folder: Path, args: list[str]) -> None:
    """--lang with a language the date engine lacks stops before reading (exit 2)."""
    code, _, stderr = invoke(str(folder), *args, "-o", str(folder.parent / "e.yaml"))
    assert code == 2
    assert "Invalid value for '--lang'" in stderr


def test_an_unknown_front_matter_language_names_the_file(folder: Path) -> None:
    """`lang: xx-evil` fails that article at its line; the others are written."""
    story = folder / "story.md"
    story.write_text(f"---\nlang: xx-evil\n---\n\n{GOOD}", encoding="utf-8")
    code, _, stderr = invoke(str(folder), "-o", str(folder.parent / "e.yaml"))
    assert code == 1
    assert f"{story}:2:1: front matter: lang: unsupported language 'xx-evil'" in stderr


def test_every_write_installs_the_editor_schema(folder: Path) -> None:
    """The schema the first line names exists beside events.yaml after extraction."""
    out = folder.parent / "site" / "events.yaml"
    assert invoke(str(folder), "-o", str(out))[0] == 0
    assert (out.parent / SCHEMA_RELATIVE_PATH).is_file()
    (out.parent / SCHEMA_RELATIVE_PATH).unlink()
    assert invoke(str(folder), "-o", str(out))[0] == 0  # nothing changed, still installed
    assert (out.parent / SCHEMA_RELATIVE_PATH).is_file()
