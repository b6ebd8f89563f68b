"""The project's own commands agree: the README's set-up commands, `.ci/run`, the Makefile and
the pre-commit hooks run the same checks, so a green `make lint` means a green CI."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
CI = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
MAKEFILE = (ROOT / "Makefile").read_text(encoding="utf-8")
LINT = [
    ["ruff", "check", "."],
    ["ruff", "format", "--check", "."],
    ["mypy", "timeline"],
]
"""The checks CI runs before the tests, as commands after `python -m`."""


def commands(script: str) -> list[list[str]]:
    """The shell commands of a script, comments and blank lines left out."""
    found = []
    for line in script.splitlines():
        words = shlex.split(line, comments=True)
        if words:
            found.append(words)
    return found


def readme_commands() -> list[str]:
    """The commands of the README's opening code block, without their comments."""
    block = re.match(r"# timeline\n\n```sh\n(.*?)\n```\n", README, re.DOTALL)
    assert block, "the README starts with its title and a sh code block"
    return [line.split("   #")[0].strip() for line in block.group(1).splitlines()]


def test_the_readme_opens_with_its_two_set_up_commands() -> None:
    """First the example site, then the test suite, each one line a newcomer can paste."""
    build, test = readme_commands()
    assert build.startswith("pip install -e . && ")
    assert build.endswith("mkdocs build --strict")
    assert test == 'pip install -e ".[test]" && python -m pytest'


def test_ci_lints_then_runs_the_readmes_test_command() -> None:
    """`.ci/run` installs the package with its test extra, lints, then runs the README's
    test command as its last line."""
    run = commands(CI)
    test = readme_commands()[1]
    assert CI.rstrip().splitlines()[-1] == test
    install = run.index(["pip", "install", "-e", ".[test]"])
    lint = [run.index(["python", "-m", *check]) for check in LINT]
    assert install < min(lint) and max(lint) < len(run) - 1


def test_make_lint_runs_the_checks_ci_runs() -> None:
    """`make lint` is exactly the three checks of `.ci/run`, in the same order."""
    recipe = re.search(r"^lint:.*\n((?:\t.*\n)+)", MAKEFILE, re.MULTILINE)
    assert recipe
    lines = [
        shlex.split(line.replace("$(PYTHON)", "python"))
        for line in recipe.group(1).split("\n")
        if line
    ]
    assert lines == [["python", "-m", *check] for check in LINT]


def test_pre_commit_hooks_run_ruff_the_formatter_and_mypy_offline() -> None:
    """The hooks are local (the environment's own tools, no download) and cover the checks."""
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    (repo,) = config["repos"]
    assert repo["repo"] == "local"
    entries = {hook["id"]: shlex.split(hook["entry"]) for hook in repo["hooks"]}
    assert entries["ruff"][:2] == ["ruff", "check"]
    assert entries["ruff-format"][:2] == ["ruff", "format"]
    assert entries["mypy"] == ["mypy", "timeline"]
    assert all(hook["language"] == "system" for hook in repo["hooks"])
