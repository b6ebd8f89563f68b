"""Rules of the code base that no single module's tests would notice being broken."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "timeline"
MODULES = sorted(PACKAGE.rglob("*.py"))
ADAPTERS = {PACKAGE / "plugin.py", PACKAGE / "cluster.py", *(PACKAGE / "cli").rglob("*.py")}


def _imported_roots(tree: ast.AST) -> set[str]:
    roots: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


def _name(node: ast.AST) -> str:
    if isinstance(node, ast.Attribute):
        return f"{_name(node.value)}.{node.attr}"
    if isinstance(node, ast.Name):
        return node.id
    return ""


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_only_the_adapters_import_click_mkdocs_or_dask(path: Path) -> None:
    """The core takes strings, paths and dataclasses; click, MkDocs and Dask stay in the
    adapters."""
    if path in ADAPTERS:
        return
    roots = _imported_roots(ast.parse(path.read_text(encoding="utf-8")))
    frameworks = {"click", "mkdocs", "material", "dask", "distributed"}
    assert not roots & frameworks, f"{path.name} imports an adapter library"


CLOCK_CALLS = {"date.today", "datetime.now", "datetime.today", "datetime.utcnow", "time.time"}


def clock_calls(source: str) -> set[str]:
    """Calls that ask the system for the current date or time, however datetime was imported."""
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            name = _name(node.func)
            for alias in ("dt.", "datetime."):
                if name.count(".") > 1 and name.startswith(alias):
                    name = name.removeprefix(alias)
            if name in CLOCK_CALLS:
                found.add(name)
    return found


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("import datetime as dt\ndt.date.today()", {"date.today"}),
        ("import datetime\ndatetime.datetime.now()", {"datetime.now"}),
        ("from datetime import date\ndate.today()", {"date.today"}),
        ("import time\ntime.time()", {"time.time"}),
        ("import time\ntime.perf_counter()", set()),
        ("import datetime as dt\ndt.date(2024, 6, 19)", set()),
    ],
)
def test_clock_calls_are_recognised(source: str, expected: set[str]) -> None:
    """The clock rule below sees every common spelling of "today" and nothing else."""
    assert clock_calls(source) == expected


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_nothing_reads_the_clock_for_a_date(path: Path) -> None:
    """Reference dates are passed in; no module asks the system for today's date."""
    assert not clock_calls(path.read_text(encoding="utf-8")), path.name
