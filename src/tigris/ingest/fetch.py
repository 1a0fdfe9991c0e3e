"""Fetch a URL with httpx: http(s) only, a timeout, at most 5 redirects and a streaming size cap.

The transport is injectable so that tests (and users behind a proxy or in a sandbox) can pass an
``httpx.MockTransport`` or any other ``httpx.BaseTransport``; nothing here touches the network
unless a URL is actually read.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from tigris.errors import FetchError, TooLarge
from tigris.settings import Settings

if TYPE_CHECKING:
    import httpx

MAX_REDIRECTS = 5
_USER_AGENT = "tigris/0.1"


@dataclass(frozen=True)
class Fetched:
    """A fetched response: the final URL after redirects, the body and its content type."""

    url: str
    content: bytes
    content_type: str | None


def fetch_url(url: str, settings: Settings, *, transport: httpx.BaseTransport | None = None) -> Fetched:
    """GET ``url``; raises FetchError (or TooLarge) with a one-line reason when it cannot be read."""
    import httpx

    scheme = urlsplit(url).scheme.lower()
    if scheme not in {"http", "https"}:
        raise FetchError(url, f"only http and https URLs are read, not {scheme or 'no scheme'}")
    limit = settings.fetch_max_bytes
    try:
        with (
            httpx.Client(
                transport=transport,
                timeout=settings.fetch_timeout,
                follow_redirects=True,
                max_redirects=MAX_REDIRECTS,
                headers={"User-Agent": _USER_AGENT},
            ) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code >= 400:
                raise FetchError(url, f"HTTP {response.status_code} {response.reason_phrase}".strip())
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > limit:
                raise TooLarge(
                    url,
                    f"response is {int(declared):,} bytes, over the limit of {limit:,} bytes (fetch_max_bytes)",
                )
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > limit:
                    raise TooLarge(url, f"response is over the limit of {limit:,} bytes (fetch_max_bytes)")
                chunks.append(chunk)
            return Fetched(str(response.url), b"".join(chunks), response.headers.get("Content-Type"))
    except httpx.TimeoutException as exc:
        raise FetchError(url, f"timed out after {settings.fetch_timeout:g} s (fetch_timeout)") from exc
    except httpx.TooManyRedirects as exc:
        raise FetchError(url, f"more than {MAX_REDIRECTS} redirects") from exc
    except httpx.UnsupportedProtocol as exc:
        raise FetchError(url, f"redirected to a URL that is not http or https: {exc}") from exc
    except httpx.HTTPError as exc:
        raise FetchError(url, f"could not fetch: {type(exc).__name__}: {' '.join(str(exc).split())}") from exc
