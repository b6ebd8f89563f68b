"""`timeline new --engine zensical`: rendered pages that Zensical builds and a browser opens."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner
from test_browser import _served

from timeline.cli import main

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def zensical_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The example project scaffolded for Zensical, rendered and built by `zensical build`."""
    beside = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    zensical = shutil.which("zensical", path=beside)  # the test extra installs it there
    if zensical is None:
        pytest.skip("zensical is not installed")
    project = tmp_path_factory.mktemp("zensical") / "project"
    runner = CliRunner()
    created = runner.invoke(main, ["new", str(project), "--engine", "zensical", "--example"])
    assert created.exit_code == 0, created.output
    events, out = str(project / "events.yaml"), str(project / "docs" / "timeline")
    rendered = runner.invoke(main, ["render", "--events", events, "--out", out])
    assert rendered.exit_code == 0, rendered.output
    build = subprocess.run(
        [zensical, "build"], cwd=project, capture_output=True, text=True, timeout=300
    )
    assert build.returncode == 0, build.stdout + build.stderr
    yield project / "site"


def test_the_scaffold_builds_without_the_plugin(tmp_path: Path) -> None:
    """The Zensical project names no MkDocs plugin and renders before it builds."""
    assert (
        CliRunner().invoke(main, ["new", str(tmp_path / "z"), "--engine", "zensical"]).exit_code
        == 0
    )
    config = (tmp_path / "z" / "mkdocs.yml").read_text(encoding="utf-8")
    assert "plugins" not in yaml.safe_load(config) and "md_in_html" in config
    workflow = (tmp_path / "z" / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8")
    assert workflow.index("timeline render") < workflow.index("zensical build")
    assert "zensical" in (tmp_path / "z" / "requirements.txt").read_text(encoding="utf-8")


def test_zensical_builds_the_rendered_cards(zensical_site: Path) -> None:
    """Every rendered period page becomes an HTML page with its cards and the stylesheet."""
    page = (zensical_site / "timeline" / "years" / "2024" / "index.html").read_text(
        encoding="utf-8"
    )
    assert 'class="tl-event"' in page and "Something happened on a known day" in page
    assert (zensical_site / "timeline" / "assets" / "timeline.css").is_file()


@pytest.mark.browser
def test_the_zensical_site_opens_in_a_browser(zensical_site: Path, browser: Any) -> None:
    """Chromium opens the site's root, lands on the timeline, draws the time axis from the
    rendered data file, and follows a card's permalink."""
    with _served(zensical_site) as url:
        page = browser.new_page()
        page.goto(url)
        page.wait_for_url("**/timeline/")
        page.wait_for_function("document.documentElement.dataset.tlReady === '1'")
        assert page.locator(".tl-timeaxis .tl-axis-svg").is_visible()
        assert page.locator("a.tl-mark").count() == 2
        page.goto(url + "timeline/years/2024/#second-event")
        card = page.locator("#second-event")
        assert card.is_visible()
        assert page.locator(".tl-event").count() == 1
        page.close()
