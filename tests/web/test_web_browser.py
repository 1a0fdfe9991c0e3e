"""Real-browser tests: Playwright drives Debian's /usr/bin/chromium against the app served by uvicorn
on 127.0.0.1, on a store loaded with two documents of the demo corpus."""

from __future__ import annotations

import csv
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tigris import service
from tigris.settings import Settings
from tigris.web import create_app

from .conftest import CHROMIUM

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="Debian's chromium is not installed at /usr/bin/chromium"
    ),
]

DEMO_FILES = ("news/2019-10-26-tahrir.md", "news/2020-01-03-airport-strike.md")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PASSWORD = "browser-test-password"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import uvicorn

    from tigris.web import ensure_demo_users

    url = f"sqlite:///{tmp_path_factory.mktemp('browser') / 'tigris.db'}"
    settings = Settings(database_url=url)
    demo = service.demo_corpus()
    report = service.ingest([str(demo / name) for name in DEMO_FILES], settings)
    assert report.events > 0
    mp = pytest.MonkeyPatch()
    mp.setenv("TIGRIS_DEMO_PASSWORD", PASSWORD)
    ensure_demo_users(url)
    mp.undo()
    port = _free_port()
    config = uvicorn.Config(
        create_app(settings, secret="browser"), host="127.0.0.1", port=port, log_level="warning"
    )
    uv = uvicorn.Server(config)
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not uv.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the workbench did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    uv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield launched
        launched.close()


class Recorder:
    """Every URL a page requests, and every console message about the security policy."""

    def __init__(self) -> None:
        self.urls: list[str] = []
        self.csp: list[str] = []

    def attach(self, page) -> None:  # noqa: ANN001
        page.on("request", lambda request: self.urls.append(request.url))
        page.on(
            "console",
            lambda message: (
                self.csp.append(message.text) if "Content Security Policy" in message.text else None
            ),
        )

    def outside(self, base: str) -> list[str]:
        return [u for u in self.urls if not (u.startswith(base + "/") or u.startswith(("data:", "blob:")))]


@pytest.fixture
def page(browser, server: str) -> Iterator[tuple[object, Recorder]]:  # noqa: ANN001
    context = browser.new_context(accept_downloads=True, viewport={"width": 1280, "height": 900})
    recorder = Recorder()
    tab = context.new_page()
    recorder.attach(tab)
    yield tab, recorder
    context.close()


def test_filter_then_export_gives_exactly_the_filtered_rows(page, server: str, tmp_path: Path) -> None:  # noqa: ANN001
    tab, recorder = page
    tab.goto(f"{server}/events")
    everything = int(tab.inner_text("#total"))
    tab.fill('input[name="event_type"]', "Protests")
    tab.click("form#filters button[type=submit]")
    tab.wait_for_url("**/events?*event_type=Protests*")
    tab.wait_for_function(f"document.querySelector('#total').textContent !== '{everything}'")
    shown = int(tab.inner_text("#total"))
    assert 0 < shown < everything
    with tab.expect_download() as info:
        tab.click("text=CSV >> nth=0")
    target = tmp_path / "export.csv"
    info.value.save_as(target)
    with target.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == shown
    assert {r["event_type"] for r in rows} == {"Protests"}
    assert recorder.outside(server) == []
    assert recorder.csp == []


def test_review_an_event(page, server: str) -> None:  # noqa: ANN001
    tab, recorder = page
    tab.goto(f"{server}/login?next=/events")
    tab.fill('input[name="username"]', "analyst")
    tab.fill('input[name="password"]', PASSWORD)
    tab.click("section.login button[type=submit]")
    tab.wait_for_url(f"{server}/events")
    tab.click("table.events tbody tr >> nth=0 >> a >> nth=0")
    tab.wait_for_selector("mark.evidence")
    tab.click("#confirm")
    tab.wait_for_url("**done=confirm")
    assert "Saved: confirm." in tab.inner_text("p.flash")
    assert tab.inner_text("h1 .badge").strip().lower() == "confirmed"
    assert "review_status" in tab.inner_text("table.audit")
    assert recorder.outside(server) == []
    assert recorder.csp == []


def test_map_renders_governorates_and_markers(page, server: str) -> None:  # noqa: ANN001
    tab, recorder = page
    tab.goto(f"{server}/map")
    tab.wait_for_selector("#map[data-markers]")
    markers = int(tab.get_attribute("#map", "data-markers") or "0")
    assert markers > 0
    assert tab.locator(".leaflet-marker-icon").count() > 0  # markers or their clusters
    assert tab.locator("path.leaflet-interactive").count() >= 18  # the governorate polygons
    assert "located events" in tab.inner_text("#map-status")
    assert recorder.outside(server) == []
    assert recorder.csp == []


def test_no_page_requests_anything_beyond_127_0_0_1(page, server: str) -> None:  # noqa: ANN001
    tab, recorder = page
    for path in ("/", "/events", "/timeline", "/onthisday", "/map", "/actors/protesters-iraq"):
        tab.goto(f"{server}{path}")
        tab.wait_for_load_state("networkidle")
    tab.goto(f"{server}/timeline")
    tab.wait_for_selector("#events-chart[data-periods]")
    assert len(recorder.urls) > 10
    assert recorder.outside(server) == []
    assert recorder.csp == []
