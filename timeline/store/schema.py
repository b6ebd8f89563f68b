"""The JSON Schema of events.yaml, for editors (hover help, completion, red squiggles).

The schema ships inside the package. Each events.yaml starts with `SCHEMA_LINE`, which
points the YAML language server (VS Code, Neovim, Helix, Zed...) at a copy of the schema
beside the file: `.timeline/events.schema.json`, resolved relative to events.yaml. A
relative path works offline and before any site is published, and `install_schema` keeps
that copy in step with the installed package (`write_timeline` calls it).
"""

from __future__ import annotations

import os
from pathlib import Path

from timeline.files import write_text_atomic

__all__ = ["SCHEMA_LINE", "SCHEMA_RELATIVE_PATH", "install_schema", "schema_path", "schema_text"]

SCHEMA_RELATIVE_PATH = ".timeline/events.schema.json"
"""Where, relative to events.yaml, the schema copy lives."""

SCHEMA_LINE = f"# yaml-language-server: $schema={SCHEMA_RELATIVE_PATH}"
"""The first line of every events.yaml the tool writes."""


def schema_path() -> Path:
    """The schema file shipped in the package (at its top, where editors and docs link it)."""
    return Path(__file__).parents[1] / "events.schema.json"


def schema_text() -> str:
    return schema_path().read_text(encoding="utf-8")


def install_schema(directory: str | os.PathLike[str]) -> Path:
    """Copy the schema to `<directory>/.timeline/events.schema.json` unless already current.

    `directory` is the folder holding events.yaml. Returns the copy's path.
    """
    target = Path(directory) / SCHEMA_RELATIVE_PATH
    text = schema_text()
    try:
        current = target.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        current = None
    if current != text:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_text_atomic(target, text)
    return target
