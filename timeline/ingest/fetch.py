"""Download one web page, bounded in time and size, failing as one line naming the URL."""

from __future__ import annotations

import re
import socket
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

from timeline.errors import TimelineError

__all__ = ["USER_AGENT", "Fetched", "fetch_url", "is_url", "url_scheme", "web_url"]

USER_AGENT = "timeline-ingest/0.1 (+https://github.com/; news timeline builder)"


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
    or None for anything else (`javascript:`, `ftp://`, a bare word)."""
    text = value.strip()
    scheme = url_scheme(text)
    if scheme not in ("http", "https") or not urlsplit(text).netloc:
        return None
    return scheme + text[len(scheme) :]


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


_OPENER = urllib.request.build_opener(_HttpOnlyRedirects)


def fetch_url(url: str, *, timeout: float = 20.0, max_bytes: int = 5_000_000) -> Fetched:
    """GET `url`; raise TimelineError("<url>: HTTP 404" and the like) instead of tracebacks.

    Reads at most `max_bytes` + 1 bytes so a huge or endless response cannot exhaust memory.
    """
    request = urllib.request.Request(
        url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,text/plain;q=0.9,*/*;q=0.5"}
    )
    try:
        with _OPENER.open(request, timeout=timeout) as response:
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise TimelineError(f"{url}: response is larger than {max_bytes} bytes")
            content = response.read(max_bytes + 1)
            if len(content) > max_bytes:
                raise TimelineError(f"{url}: response is larger than {max_bytes} bytes")
            return Fetched(
                url=url,
                final_url=response.geturl() or url,
                content=content,
                content_type=response.headers.get_content_type(),
                charset=response.headers.get_content_charset(),
            )
    except urllib.error.HTTPError as exc:
        raise TimelineError(f"{url}: HTTP {exc.code}") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, TimeoutError | socket.timeout):
            raise TimelineError(f"{url}: timed out after {timeout:g} s") from None
        raise TimelineError(f"{url}: cannot fetch ({reason})") from None
    except TimeoutError:
        raise TimelineError(f"{url}: timed out after {timeout:g} s") from None
    except (OSError, ValueError) as exc:
        raise TimelineError(f"{url}: cannot fetch ({exc})") from None
