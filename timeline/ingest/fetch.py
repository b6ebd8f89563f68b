"""Download one web page, bounded in time and size, failing as one line naming the URL.

The time bound is one deadline for the whole download: connecting, every redirect, the
status line, the headers and the body. A socket timeout alone bounds each read, so a
server that sends a byte every few seconds (in its headers or its body) would keep a run
busy for ever; here every wait on the socket is cut to the time left before the deadline.
(Resolving the host name is left to the system resolver, which bounds it itself.)
"""

from __future__ import annotations

import http.client
import io
import re
import socket
import ssl
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any
from urllib.parse import urljoin, urlsplit

from timeline.errors import TimelineError
from timeline.store import URL_RE

__all__ = ["USER_AGENT", "Fetched", "fetch_url", "is_url", "url_scheme", "web_url"]

USER_AGENT = "timeline-ingest/0.1 (+https://github.com/; news timeline builder)"
_REDIRECTS = (301, 302, 303, 307, 308)


@dataclass(frozen=True)
class Fetched:
    """A downloaded body with what is needed to decode and route it."""

    url: str
    final_url: str
    content: bytes
    content_type: str
    charset: str | None


def is_url(value: str) -> bool:
    """True for http(s) addresses, the only remote inputs."""
    return value.lower().startswith(("http://", "https://"))


def url_scheme(value: str) -> str | None:
    """The scheme of anything written like a URL ("ftp" for "ftp://x"), else None."""
    match = re.match(r"([A-Za-z][A-Za-z0-9+.-]*):(?://|[^0-9])", value.strip())
    return match.group(1).lower() if match and len(match.group(1)) > 1 else None


def web_url(value: str) -> str | None:
    """`value` as an http(s) address with a lowercase scheme ("HTTPS://x" -> "https://x"),
    or None for anything else (`javascript:`, `ftp://`, a bare word, an address Python
    cannot parse such as `http://[::1`, or one `timeline check` would refuse)."""
    text = value.strip()
    scheme = url_scheme(text)
    if scheme not in ("http", "https"):
        return None
    try:
        netloc = urlsplit(text).netloc
    except ValueError:
        return None
    if not netloc or not URL_RE.match(text):
        return None
    return scheme + text[len(scheme) :]


class _Deadline:
    """The moment a download must be over by (a monotonic clock, not the date)."""

    def __init__(self, seconds: float) -> None:
        self._end = time.monotonic() + seconds

    def left(self) -> float:
        """Seconds left; raises TimeoutError once there are none."""
        remaining = self._end - time.monotonic()
        if remaining <= 0:
            raise TimeoutError("deadline passed")
        return remaining


class _DeadlineReader(io.RawIOBase):
    """The socket's byte stream, each read waiting at most until the deadline."""

    def __init__(self, sock: socket.socket, deadline: _Deadline) -> None:
        super().__init__()
        self._sock = sock
        self._raw = sock.makefile("rb", buffering=0)  # keeps the socket open while we read
        self._deadline = deadline

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int | None:
        self._sock.settimeout(self._deadline.left())
        return self._raw.readinto(buffer)

    def close(self) -> None:
        self._raw.close()
        super().close()


class _DeadlineSocket:
    """A connected socket as `http.client` uses it: sending and the response's reader
    are held to the deadline; everything else is the socket's own."""

    def __init__(self, sock: socket.socket, deadline: _Deadline) -> None:
        self._sock = sock
        self._deadline = deadline

    def sendall(self, data: bytes) -> None:
        self._sock.settimeout(self._deadline.left())
        self._sock.sendall(data)

    def makefile(self, mode: str = "rb", *args: Any, **kwargs: Any) -> io.BufferedReader:
        return io.BufferedReader(_DeadlineReader(self._sock, self._deadline))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._sock, name)


def _connection(base: type[http.client.HTTPConnection], deadline: _Deadline) -> Any:
    """`base` (HTTP or HTTPS) whose connection and socket keep to `deadline`."""

    class _Connection(base):  # type: ignore[valid-type,misc]
        sock: Any

        def connect(self) -> None:
            self.timeout = deadline.left()
            super().connect()
            self.sock = _DeadlineSocket(self.sock, deadline)

    return _Connection


class _HTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, deadline: _Deadline) -> None:
        super().__init__()
        self._class = _connection(http.client.HTTPConnection, deadline)

    def http_open(self, req: urllib.request.Request) -> Any:
        return self.do_open(self._class, req)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, deadline: _Deadline) -> None:
        super().__init__()
        self._class = _connection(http.client.HTTPSConnection, deadline)

    def https_open(self, req: urllib.request.Request) -> Any:
        return self.do_open(self._class, req)  # the default context: certificates checked


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects only to http(s): a page must not bounce us to ftp:// or file://."""

    def http_error_302(
        self, req: urllib.request.Request, fp: Any, code: int, msg: str, headers: Any
    ) -> Any:
        target = urljoin(req.full_url, headers.get("Location") or headers.get("URI") or "")
        if not is_url(target):
            raise TimelineError(f"{req.full_url}: redirected to a non-web address {target!r}")
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


def _opener(deadline: _Deadline) -> Callable[..., Any]:
    handlers = (_HttpOnlyRedirects, _HTTPHandler(deadline), _HTTPSHandler(deadline))
    return urllib.request.build_opener(*handlers).open


def fetch_url(url: str, *, timeout: float = 20.0, max_bytes: int = 5_000_000) -> Fetched:
    """GET `url` within `timeout` seconds in all; raise TimelineError (one line naming the
    URL and what to do) instead of tracebacks.

    Reads at most `max_bytes` + 1 bytes so a huge or endless response cannot exhaust memory.
    """
    request = urllib.request.Request(
        url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,text/plain;q=0.9,*/*;q=0.5"}
    )
    timed_out = f"{url}: timed out after {timeout:g} s; try again later or save the page"
    try:
        with _opener(_Deadline(timeout))(request, timeout=timeout) as response:
            declared = response.headers.get("Content-Length") or ""
            too_big = f"{url}: response is larger than {max_bytes} bytes"
            if declared.isdigit() and (len(declared) > 18 or int(declared) > max_bytes):
                raise TimelineError(too_big)
            content = response.read(max_bytes + 1)
            if len(content) > max_bytes:
                raise TimelineError(too_big)
            if declared.isdigit() and len(content) < int(declared):
                raise TimelineError(
                    f"{url}: the download was cut off ({len(content)} of {declared} bytes); "
                    "try again later"
                )
            return Fetched(
                url=url,
                final_url=response.geturl() or url,
                content=content,
                content_type=response.headers.get_content_type(),
                charset=response.headers.get_content_charset(),
            )
    except urllib.error.HTTPError as exc:
        raise TimelineError(f"{url}: {_status_message(exc.code)}") from None
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, TimeoutError):
            raise TimelineError(timed_out) from None
        raise TimelineError(f"{url}: {_network_message(exc.reason)}") from None
    except TimeoutError:
        raise TimelineError(timed_out) from None
    except http.client.HTTPException:
        message = "the server's answer is not valid HTTP; check the address"
        raise TimelineError(f"{url}: {message}") from None
    except (OSError, ValueError) as exc:
        raise TimelineError(f"{url}: {_network_message(exc)}") from None


def _status_message(code: int) -> str:
    """An HTTP error status in words, with what to do about it."""
    if code in _REDIRECTS:
        return (
            "redirected too many times (a redirect loop); open it in a browser and use the "
            "address it ends on"
        )
    try:
        phrase = HTTPStatus(code).phrase.lower()
    except ValueError:
        phrase = "an unknown status"
    if code in (401, 402, 403, 451):
        advice = "the site refuses the download; save the page from a browser and use the file"
    elif code == 429 or code >= 500:
        advice = "try again later"
    else:
        advice = "check the address"
    return f"HTTP {code} ({phrase}): {advice}"


def _network_message(reason: object) -> str:
    """Why no answer came, without Python's exception text."""
    if isinstance(reason, ssl.SSLError):
        detail = getattr(reason, "verify_message", None) or reason.reason or "TLS error"
        return f"secure connection failed ({detail}); check the address"
    if isinstance(reason, socket.gaierror):
        return "unknown host; check the address"
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused; check the address or try again later"
    if isinstance(reason, OSError) and reason.strerror:
        return f"cannot fetch ({reason.strerror.lower()}); check the address or try again later"
    if isinstance(reason, ValueError):
        return "not a valid web address; check it"
    return "cannot fetch; check the address or try again later"
