"""FIFOs, devices and sockets are refused as files, never read without end or replaced."""

from __future__ import annotations

import os
import resource
import socket
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from timeline.errors import TimelineError
from timeline.files import read_bytes, write_text_atomic

VALID = "title: T\nevents:\n  - id: a\n    date: 2024\n    title: A\n"


MEMORY = 1024 * 1024 * 1024
"""The child's address space: reading /dev/zero without end fails here, not on the machine."""


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def _timeline(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The real command in a child process with 1 GiB of memory, killed if it blocks 20 s."""
    return subprocess.run(
        [sys.executable, "-c", "from timeline.cli import main; main()", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=20,
        stdin=subprocess.DEVNULL,
        preexec_fn=_limit_memory,
    )


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "events.yaml"
    os.mkfifo(path)
    return path


@pytest.fixture
def device(tmp_path: Path) -> Path:
    """A character device node like /dev/null, made in tmp_path (needs root)."""
    path = tmp_path / "null-device"
    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("making a device node needs root")
    return path


@pytest.mark.parametrize(
    "args",
    [
        ["check", "{path}"],
        ["export", "--events", "{path}", "--format", "json"],
        ["render", "--events", "{path}", "--out", "out"],
        ["extract", "story.txt", "-o", "{path}", "--published", "2024-06-19"],
    ],
    ids=["check", "export", "render", "extract"],
)
@pytest.mark.parametrize("kind", ["fifo", "dev-zero"])
def test_a_fifo_or_dev_zero_as_events_yaml_is_refused_at_once(
    args: list[str], kind: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """Instead of blocking on a FIFO or reading /dev/zero for ever, each command stops with
    one line naming the file."""
    path = request.getfixturevalue("fifo") if kind == "fifo" else Path("/dev/zero")
    (tmp_path / "story.txt").write_text("The pact was signed on June 19, 2024.\n")
    result = _timeline(*(a.format(path=path) for a in args), cwd=tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"{path}: " in result.stderr
    assert "not a regular file" in result.stderr or "skipped" in result.stderr


def test_reading_a_fifo_does_not_block(fifo: Path) -> None:
    """`read_bytes` checks the file before reading: no writer is needed for it to return."""
    outcome: list[BaseException | bytes] = []

    def read() -> None:
        try:
            outcome.append(read_bytes(fifo))
        except BaseException as exc:
            outcome.append(exc)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(5)
    if reader.is_alive():  # blocked: open the other end so the thread can finish
        with open(fifo, "wb"):
            pass
        reader.join(5)
        pytest.fail("reading a FIFO blocked")
    assert isinstance(outcome[0], TimelineError)
    assert str(outcome[0]).endswith(
        "is not a regular file (a device, FIFO or socket); name a regular file"
    )


def test_export_onto_a_device_node_leaves_the_device(device: Path, tmp_path: Path) -> None:
    """`export -o` onto a device is refused; the node stays a device (it was replaced)."""
    (tmp_path / "events.yaml").write_text(VALID, encoding="utf-8")
    result = _timeline("export", "-o", str(device), "--format", "csv", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr == (
        f"Error: {device}: cannot write: is not a regular file (a device, FIFO or socket); "
        "name a regular file\n"
    )
    assert stat.S_ISCHR(device.lstat().st_mode)
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


@pytest.mark.parametrize("kind", ["fifo", "socket"])
def test_writing_over_a_fifo_or_socket_is_refused(kind: str, tmp_path: Path) -> None:
    """An atomic replacement would remove a FIFO or a socket: it is refused instead."""
    path = tmp_path / "target"
    if kind == "fifo":
        os.mkfifo(path)
    else:
        server = socket.socket(socket.AF_UNIX)
        server.bind(str(path))
        server.close()
    with pytest.raises(TimelineError, match="cannot write: is not a regular file"):
        write_text_atomic(path, "x\n")
    assert not path.is_file() and path.exists()


def test_writing_over_a_directory_names_it(tmp_path: Path) -> None:
    """A directory in the way is one line, not `IsADirectoryError`."""
    with pytest.raises(TimelineError, match="cannot write: is a directory, not a file"):
        write_text_atomic(tmp_path, "x\n")
