"""Hostile web servers: one deadline per URL, and one clean line for every failure.

A real TCP server on the loopback interface plays the attacker: it drips a byte every
0.1 s into the status line, the headers or the body (each read then succeeds in time, so a
per-read timeout never fires), redirects to itself, or answers with something that is
not HTTP. Nothing leaves the machine.
"""

from __future__ import annotations

import contextlib
import socket
import socketserver
import threading
import time
from collections.abc import Iterator

import pytest
from click.testing import CliRunner

from timeline.cli import main
from timeline.errors import TimelineError
from timeline.ingest.fetch import fetch_url

DRIP = 0.1
"""Seconds between two bytes of a dripping answer: far below any per-read timeout."""
HEADERS = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n"


class _Attacker(socketserver.BaseRequestHandler):
    """Answers by the request's path; drips stop after 60 s or when the client hangs up."""

    def handle(self) -> None:
        request = b""
        while b"\r\n\r\n" not in request:
            chunk = self.request.recv(4096)
            if not chunk:
                return
            request += chunk
        path = request.split(b" ", 2)[1].decode()
        port = self.server.server_address[1]
        with contextlib.suppress(OSError):
            self._answer(path, port)

    def _answer(self, path: str, port: int) -> None:
        send = self.request.sendall
        if path == "/drip-body":
            send(HEADERS + b"<p>")
            self._drip(b"x" * 600)
        elif path == "/drip-headers":
            send(b"HTTP/1.1 200 OK\r\n")
            self._drip(b"X-Slow: " + b"y" * 600)
        elif path == "/drip-status":
            self._drip(b"HTTP/1.1 200 OK\r\n\r\n")
        elif path == "/silent":
            time.sleep(60)
        elif path == "/loop":
            send(b"HTTP/1.1 302 Found\r\nLocation: /loop\r\nContent-Length: 0\r\n\r\n")
        elif path == "/ping":
            send(b"HTTP/1.1 302 Found\r\nLocation: /pong\r\nContent-Length: 0\r\n\r\n")
        elif path == "/pong":
            location = f"http://127.0.0.1:{port}/ping".encode()
            send(b"HTTP/1.1 301 Moved\r\nLocation: " + location + b"\r\nContent-Length: 0\r\n\r\n")
        elif path == "/not-http":
            send(b"SSH-2.0-OpenSSH_9.6\r\n\r\n")
        elif path == "/bad-status":
            send(b"HTTP/1.1 abc Whatever\r\n\r\n")
        elif path == "/long-status":
            send(b"HTTP/1.1 200 " + b"O" * 100_000 + b"\r\n\r\n")
        elif path == "/huge-length":
            send(b"HTTP/1.1 200 OK\r\nContent-Length: " + b"9" * 5000 + b"\r\n\r\n<p>x</p>")
        elif path == "/many-headers":
            send(b"HTTP/1.1 200 OK\r\n" + b"X-A: b\r\n" * 200 + b"\r\n")
        elif path == "/hang-up":
            return
        elif path == "/truncated":
            send(HEADERS + b"<p>only a little</p>")

    def _drip(self, data: bytes) -> None:
        for byte in data:
            self.request.sendall(bytes([byte]))
            time.sleep(DRIP)


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = _Server(("127.0.0.1", 0), _Attacker)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.mark.parametrize("path", ["/drip-body", "/drip-headers", "/drip-status", "/silent"])
def test_one_deadline_holds_for_the_whole_download(server: str, path: str) -> None:
    """A server dripping a byte every 0.1 s into the body, the headers or the status line
    (or saying nothing) is cut off at the deadline, not after every byte has come."""
    started = time.perf_counter()
    with pytest.raises(TimelineError) as info:
        fetch_url(server + path, timeout=0.6)
    elapsed = time.perf_counter() - started
    assert str(info.value) == (
        f"{server}{path}: timed out after 0.6 s; try again later or save the page"
    )
    assert 0.55 <= elapsed < 2, elapsed


@pytest.mark.parametrize(
    ("path", "message"),
    [
        (
            "/loop",
            "redirected too many times (a redirect loop); open it in a browser and use "
            "the address it ends on",
        ),
        (
            "/ping",
            "redirected too many times (a redirect loop); open it in a browser and use "
            "the address it ends on",
        ),
        ("/not-http", "the server's answer is not valid HTTP; check the address"),
        ("/bad-status", "the server's answer is not valid HTTP; check the address"),
        ("/long-status", "the server's answer is not valid HTTP; check the address"),
        ("/many-headers", "the server's answer is not valid HTTP; check the address"),
        ("/hang-up", "the server's answer is not valid HTTP; check the address"),
        ("/truncated", "the download was cut off (20 of 100000 bytes); try again later"),
        ("/huge-length", "response is larger than 5000000 bytes"),
    ],
)
def test_broken_answers_are_one_line_without_python_text(
    server: str, path: str, message: str
) -> None:
    """Redirect loops and answers that are not HTTP name the URL and what to do."""
    with pytest.raises(TimelineError) as info:
        fetch_url(server + path, timeout=5.0)
    assert str(info.value) == f"{server}{path}: {message}"


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/loop", "redirected too many times"),
        ("/not-http", "the server's answer is not valid HTTP"),
        ("/huge-length", "response is larger than 5000000 bytes"),
    ],
)
def test_the_dates_command_prints_one_line(server: str, path: str, message: str) -> None:
    """`timeline dates URL` reports the failure as one `Error:` line and exits 1."""
    result = CliRunner().invoke(main, ["dates", server + path])
    assert result.exit_code == 1
    assert result.output.count("\n") == 1
    assert result.output.startswith(f"Error: {server}{path}: {message}")


def test_a_closed_port_is_one_line() -> None:
    """Nothing listening: 'connection refused', not `[Errno 111]`."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/x"
    with pytest.raises(TimelineError) as info:
        fetch_url(url, timeout=5.0)
    assert str(info.value) == f"{url}: connection refused; check the address or try again later"
