"""Take the README's screenshots of the workbench: load the demo corpus into a temporary store, serve
it on 127.0.0.1 and photograph each main page with Playwright driving Debian's /usr/bin/chromium.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import os
import socket
import tempfile
import threading
import time
from pathlib import Path

import uvicorn
from playwright.sync_api import Page, sync_playwright

from tigris import service
from tigris.settings import Settings
from tigris.store import open_store
from tigris.web import create_app, ensure_demo_users

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def busiest_event(url: str) -> tuple[str, str]:
    """An event with several evidence sentences (and its first actor), to show on the event page."""
    with open_store(url) as store:
        events = store.events()
    events.sort(key=lambda e: (-len(e.evidence), -e.fatalities, e.event_id))
    return events[0].event_id, next((e.actor1_id for e in events if e.actor1_id == "kataib-hezbollah"), "")


def shoot(page: Page, url: str, out: Path, wait_for: str | None = None) -> None:
    page.goto(url)
    page.wait_for_load_state("networkidle")
    if wait_for:
        page.wait_for_selector(wait_for)
    time.sleep(0.3)
    page.screenshot(path=str(out), full_page=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{folder}/tigris.db"
        settings = Settings(database_url=url)
        service.demo(settings)
        os.environ.setdefault("TIGRIS_DEMO_PASSWORD", "screenshots-only")
        ensure_demo_users(url)
        event_id, actor_id = busiest_event(url)
        port = free_port()
        server = uvicorn.Server(
            uvicorn.Config(
                create_app(settings, secret="screenshots")  # noqa: S106  # a throwaway server, host="127.0.0.1", port=port, log_level="warning"
            )
        )
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        base = f"http://127.0.0.1:{port}"
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
                page = browser.new_page(viewport={"width": 1360, "height": 900})
                page.goto(f"{base}/login")
                page.fill('input[name="username"]', "analyst")
                page.fill('input[name="password"]', os.environ["TIGRIS_DEMO_PASSWORD"])
                page.click("section.login button[type=submit]")
                page.wait_for_load_state("networkidle")
                shoot(page, f"{base}/events?event_type=Protests", args.out / "events.png", ".facet")
                shoot(page, f"{base}/events/{event_id}", args.out / "event.png", "mark.evidence")
                shoot(page, f"{base}/map", args.out / "map.png", "#map[data-markers]")
                shoot(page, f"{base}/timeline", args.out / "timeline.png", "#events-chart[data-periods]")
                shoot(page, f"{base}/actors/{actor_id or 'protesters-iraq'}", args.out / "actor.png")
                shoot(page, f"{base}/onthisday?date=2021-01-03", args.out / "onthisday.png")
                browser.close()
        finally:
            server.should_exit = True
            thread.join(timeout=10)


if __name__ == "__main__":
    main()
