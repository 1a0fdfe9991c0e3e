"""URLs through httpx.MockTransport: success, redirects, timeouts, errors and the size cap."""

from __future__ import annotations

import httpx
from ingest_helpers import split

from tigris.ingest import read_inputs
from tigris.settings import Settings

ARTICLE = (
    b"<html><head><title>Sadrists rally in Baghdad</title></head><body><article>"
    b"<p>Tens of thousands of Sadr supporters marched in the Jadriya district of Baghdad on January 24, "
    b"2020 to demand the departure of American troops.</p></article></body></html>"
)


def _transport(handler) -> httpx.MockTransport:  # type: ignore[no-untyped-def]
    return httpx.MockTransport(handler)


def test_fetched_html_page(settings) -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        if request.url.path == "/old":
            return httpx.Response(301, headers={"Location": "https://news.example.com/rally"})
        return httpx.Response(200, content=ARTICLE, headers={"Content-Type": "text/html; charset=utf-8"})

    docs, rejections = split(
        read_inputs(["https://news.example.com/old"], settings, transport=_transport(handler))
    )
    assert rejections == []
    (doc,) = docs
    assert doc.origin == "https://news.example.com/old"
    assert doc.url == "https://news.example.com/rally"
    assert "Jadriya district" in doc.section_text("body")
    assert seen == ["https://news.example.com/old", "https://news.example.com/rally"]


def test_fetched_feed_by_content_type(fixtures, settings) -> None:
    body = (fixtures / "feed.rss").read_bytes()

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"Content-Type": "application/rss+xml"})

    docs, _ = split(read_inputs(["https://wire.example.com/feed"], settings, transport=_transport(handler)))
    assert [d.kind for d in docs] == ["feed item", "feed item"]


def test_timeout(settings) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("no answer", request=request)

    docs, rejections = split(
        read_inputs(["https://slow.example.com/"], settings, transport=_transport(handler))
    )
    assert docs == []
    assert rejections[0].origin == "https://slow.example.com/"
    assert "timed out after 15 s" in rejections[0].reason


def test_not_found(settings) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404, content=b"gone")

    _, rejections = split(
        read_inputs(["https://news.example.com/missing"], settings, transport=_transport(handler))
    )
    assert rejections[0].reason == "HTTP 404 Not Found"


def test_too_many_redirects(settings) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        n = int(request.url.path.strip("/") or 0)
        return httpx.Response(302, headers={"Location": f"https://loop.example.com/{n + 1}"})

    _, rejections = split(
        read_inputs(["https://loop.example.com/0"], settings, transport=_transport(handler))
    )
    assert "more than 5 redirects" in rejections[0].reason


def test_size_cap_while_streaming() -> None:
    small = Settings(fetch_max_bytes=10_000)
    sent: list[int] = []

    def chunks():  # type: ignore[no-untyped-def]
        for _ in range(1000):
            sent.append(1)
            yield b"x" * 1000

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=chunks(), headers={"Content-Type": "text/plain"})

    docs, rejections = split(read_inputs(["https://big.example.com/"], small, transport=_transport(handler)))
    assert docs == []
    assert "over the limit of 10,000 bytes" in rejections[0].reason
    assert len(sent) < 1000, "the whole body was read despite the cap"


def test_declared_length_over_the_cap() -> None:
    small = Settings(fetch_max_bytes=100)

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b"y" * 500, headers={"Content-Type": "text/plain"})

    _, rejections = split(read_inputs(["https://big.example.com/"], small, transport=_transport(handler)))
    assert "500 bytes, over the limit of 100 bytes" in rejections[0].reason


def test_connection_error_and_run_goes_on(settings) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "down.example.com":
            raise httpx.ConnectError("connection refused", request=request)
        return httpx.Response(200, content=ARTICLE, headers={"Content-Type": "text/html"})

    docs, rejections = split(
        read_inputs(
            ["https://down.example.com/", "https://news.example.com/rally"],
            settings,
            transport=_transport(handler),
        )
    )
    assert len(docs) == 1 and len(rejections) == 1
    assert "ConnectError" in rejections[0].reason
