"""Both ways of composing YAML give PyYAML's own node tree, positions and tags included."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from timeline.store._compose import AliasNode, compose, compose_events

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.store import build_timeline  # noqa: E402
from timeline.store import dump_timeline  # noqa: E402

SNIPPETS = [
    "",
    "# only a comment\n",
    "---\n",
    "title: x\n",
    "- a\n- b\n",
    "a: 1\nb: 1.5\nc: yes\nd: ~\ne: 2024-06-19\nf: '1961'\ng: \"true\"\nh: !!str 3\ni:\n",
    "a: [1, {b: c}, [d]]\nb: {c: [e, f], 'g': h}\n",
    "a: |-\n  one\n  # two\nb: >\n  folded\n  text\nc: x\n",
    "events:\n  - id: a\n    date: 2024\n    tags: [x, 'y']\n  - id: b\n    title: 'c: d'\n",
    "? [a]\n: b\n? {c: d}\n: e\n",
    "a: &x 1\nb: c\n",
    "title: x\ntitle: y\n",
    "\"a\\tb\": 1\n'c''d': 2\n",
    "a: b # comment\n# between\nc:   d   \n",
    "text: 5 * 3 and x*y\n",
]


def _tree(node: Node | None) -> Any:
    """Everything the validator reads from a node, as plain data."""
    if node is None:
        return None
    marks = (node.start_mark.line, node.start_mark.column, node.end_mark.line)
    if isinstance(node, MappingNode):
        pairs = [(_tree(key), _tree(value)) for key, value in node.value]
        return ("map", bool(node.flow_style), marks, pairs)
    if isinstance(node, SequenceNode):
        return ("seq", bool(node.flow_style), marks, [_tree(item) for item in node.value])
    assert isinstance(node, ScalarNode)
    return ("scalar", node.tag, node.value, node.style or "", marks)


def _reference(text: str) -> Any:
    return _tree(yaml.compose(text, Loader=yaml.SafeLoader))


@pytest.mark.parametrize("text", SNIPPETS)
def test_both_composers_match_pyyaml(text: str) -> None:
    """The fast path and the event path each give the pure-Python composer's tree."""
    assert _tree(compose(text)) == _reference(text)
    assert _tree(compose_events(text)) == _reference(text)


def test_a_whole_dumped_timeline_composes_the_same_both_ways() -> None:
    """A realistic file (every key, many events) gives one tree by either path."""
    text = dump_timeline(build_timeline(40, sources=5))
    assert _tree(compose(text)) == _reference(text)
    assert _tree(compose_events(text)) == _reference(text)


def test_an_alias_keeps_its_own_position() -> None:
    """An alias is an AliasNode where `*name` is written, naming its anchor's line."""
    root = compose("a: &x 1\nb:\n  - *x\n")
    assert isinstance(root, MappingNode)
    alias = root.value[1][1].value[0]
    assert isinstance(alias, AliasNode)
    assert (alias.name, alias.anchor_line) == ("x", 1)
    assert (alias.start_mark.line, alias.start_mark.column) == (2, 4)


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("a: *nowhere\n", "found undefined alias 'nowhere'"),
        ("a: 1\n---\nb: 2\n", "but found another document"),
        ("*x\n", "found undefined alias 'x'"),
    ],
)
def test_composer_errors_are_yaml_errors(text: str, error: str) -> None:
    """Undefined aliases and second documents raise `yaml.YAMLError`, as PyYAML does."""
    with pytest.raises(yaml.YAMLError, match=error):
        compose(text)
