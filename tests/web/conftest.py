"""Fixtures for the workbench tests: a small store written for tigris (with hostile markup in its
fields), accounts for each role, and an in-process client of the app."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import shutil
import warnings
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path

import pytest

with warnings.catch_warnings():
    # Starlette's notice about its test client's HTTP library says nothing about tigris.
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from tigris.settings import Settings
from tigris.store import Store, open_store
from tigris.store import queries as sq
from tigris.types import Document, Event, Evidence, HistoricalItem, Section
from tigris.web import create_app
from tigris.web.security import hash_password

PASSWORD = "correct horse battery"
XSS = '<script>alert("x")</script>'
IMG_XSS = '<img src=x onerror="alert(1)">'
FORMULA = '=HYPERLINK("http://evil.invalid","click")'
CHROMIUM = Path("/usr/bin/chromium")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "browser: drives Debian's /usr/bin/chromium with Playwright")


@lru_cache(maxsize=1)
def _password_hash() -> str:
    return hash_password(PASSWORD)


def _document(
    doc_id: str, title: str, body: str, *, source: str, published: dt.datetime, history=()
) -> Document:
    text = f"{title}\n\n{body}"
    return Document(
        id=doc_id,
        content_hash=(doc_id * 64)[:64],
        text=text,
        origin=f"tests/{doc_id}.md",
        title=title,
        url=f"https://example.org/{doc_id}",
        published=published,
        source=source,
        kind="news",
        sections=(Section("title", 0, len(title)), Section("body", len(title) + 2, len(text))),
        history=tuple(history),
    )


def _evidence(doc: Document, sentence: str) -> Evidence:
    start = doc.text.index(sentence)
    return Evidence(doc_id=doc.id, start=start, end=start + len(sentence), text=sentence)


def _event(doc: Document, event_id: str, sentence: str, **fields: object) -> Event:
    base = Event(
        event_id=event_id,
        doc_id=doc.id,
        event_type="Protests",
        sub_event_type="Peaceful protest",
        plover_type="PROTEST",
        plover_mode="demonstrate",
        date=dt.date(2019, 10, 25),
        date_precision="day",
        country="Iraq",
        evidence=(_evidence(doc, sentence),),
        sources=(doc.source or "",),
        extractor="rules-test",
        confidence=0.7,
    )
    return dataclasses.replace(base, **fields)  # type: ignore[arg-type]


# Sentences in the project's own words.
BAGHDAD = (
    "Thousands of people marched through Tahrir Square in Baghdad on Friday calling for jobs. "
    "Police fired tear gas near the Jumhuriya bridge and three protesters were killed. "
    "A second crowd gathered in Nasiriyah the same afternoon."
)
KH = (
    "The cabinet and Kataib Hezbollah leaders signed an agreement on the Jurf al-Sakhar area. "
    "Two months later the army and the group fought near the checkpoint, leaving five dead. "
    f"A local writer called the clash {XSS} in a post."
)
BASRA = (
    "Rockets struck near the Basra airport overnight, an attack nobody claimed. "
    "Residents reported damage to two houses."
)


def seed(store: Store) -> dict[str, Event]:
    """Save the test documents and events; returns the events by a short name."""
    baghdad = _document(
        "doc-baghdad",
        "Protesters fill Tahrir Square",
        BAGHDAD,
        source="Example Daily",
        published=dt.datetime(2019, 10, 26, 9, 0, tzinfo=dt.UTC),
        history=(
            HistoricalItem(month=10, day=25, year=1958, text="a historical note written for the tests"),
        ),
    )
    kh = _document(
        "doc-kh",
        "Cabinet and armed group sign, then clash",
        KH,
        source="Wire Service",
        published=dt.datetime(2020, 3, 20, 9, 0, tzinfo=dt.UTC),
    )
    basra = _document(
        "doc-basra",
        "Rockets near Basra airport",
        BASRA,
        source="Example Daily",
        published=dt.datetime(2020, 10, 26, 7, 0, tzinfo=dt.UTC),
    )
    sentences = BAGHDAD.split(". ")
    events = {
        "peaceful": _event(
            baghdad,
            "ev-peaceful",
            sentences[0] + ".",
            location="Tahrir Square",
            admin1="Baghdad",
            latitude=33.3406,
            longitude=44.4009,
            actor1="Protesters (Iraq)",
            actor1_id="protesters-iraq",
            inter1=6,
        ),
        "force": _event(
            baghdad,
            "ev-force",
            sentences[1] + ".",
            sub_event_type="Excessive force against protesters",
            location="Baghdad",
            admin1="Baghdad",
            latitude=33.33,
            longitude=44.39,
            actor1="Protesters (Iraq)",
            actor1_id="protesters-iraq",
            actor2="Police Forces of Iraq",
            actor2_id="police-forces-of-iraq",
            fatalities=3,
            fatalities_low=3,
            notes=f"**checked** against the video {XSS}",
        ),
        "nasiriyah": _event(
            baghdad,
            "ev-nasiriyah",
            sentences[2],
            location="Nasiriyah",
            admin1="Dhi Qar",
            latitude=31.05,
            longitude=46.26,
            actor1=IMG_XSS,
        ),
        "agreement": _event(
            kh,
            "ev-agreement",
            KH.split(". ")[0] + ".",
            event_type="Strategic developments",
            sub_event_type="Agreement",
            plover_type="AGREE",
            plover_mode="",
            date=dt.date(2020, 1, 10),
            location="Jurf al-Sakhar",
            admin1="Babil",
            actor1="Government of Iraq",
            actor1_id="government-of-iraq",
            actor2="Kataib Hezbollah",
            actor2_id="kataib-hezbollah",
        ),
        "clash": _event(
            kh,
            "ev-clash",
            KH.split(". ")[1] + ".",
            event_type="Battles",
            sub_event_type="Armed clash",
            plover_type="FIGHT",
            plover_mode="",
            date=dt.date(2020, 3, 12),
            location="Jurf al-Sakhar",
            admin1="Babil",
            latitude=32.88,
            longitude=44.1,
            actor1="Government of Iraq",
            actor1_id="government-of-iraq",
            actor2="Kataib Hezbollah",
            actor2_id="kataib-hezbollah",
            fatalities=5,
            evidence=(
                _evidence(kh, KH.split(". ")[1] + "."),
                _evidence(kh, f"A local writer called the clash {XSS} in a post."),
            ),
        ),
        "rockets": _event(
            basra,
            "ev-rockets",
            BASRA.split(". ")[0] + ".",
            event_type="Explosions/Remote violence",
            sub_event_type="Shelling/artillery/missile attack",
            plover_type="ASSAULT",
            plover_mode="",
            date=dt.date(2020, 10, 25),
            location=FORMULA,
            admin1="Basra",
            latitude=30.55,
            longitude=47.78,
            actor1="Unidentified Armed Group (Iraq)",
            actor1_id="unidentified-armed-group-iraq",
        ),
    }
    by_doc: dict[str, list[Event]] = {}
    for event in events.values():
        by_doc.setdefault(event.doc_id, []).append(event)
    for doc in (baghdad, kh, basra):
        store.save(doc, by_doc[doc.id])
    for role in ("admin", "analyst", "reader"):
        sq.put_user(store, role, role, _password_hash())
    return events


@pytest.fixture(scope="session")
def seeded_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Event]]:
    """A migrated, seeded database made once; each test works on its own copy."""
    path = tmp_path_factory.mktemp("seeded") / "web.db"
    with open_store(f"sqlite:///{path}") as opened:
        seeded = seed(opened)
    return path, seeded


@pytest.fixture
def store_url(tmp_path: Path, seeded_file: tuple[Path, dict[str, Event]]) -> str:
    path = tmp_path / "web.db"
    shutil.copyfile(seeded_file[0], path)
    return f"sqlite:///{path}"


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    opened = open_store(store_url)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def events(store: Store, seeded_file: tuple[Path, dict[str, Event]]) -> dict[str, Event]:
    return seeded_file[1]


@pytest.fixture
def app(store_url: str, store: Store, events: dict[str, Event]):  # noqa: ANN201
    return create_app(Settings(database_url=store_url), store=store, secret="test-secret-key")


@pytest.fixture
def client(app) -> Iterator[TestClient]:  # noqa: ANN001
    with TestClient(app, base_url="http://127.0.0.1") as test_client:
        yield test_client


def csrf_of(client: TestClient) -> str:
    """The session's CSRF token, as a page would carry it."""
    page = client.get("/login")
    match = re.search(r'name="csrf-token" content="([^"]+)"', page.text)
    assert match is not None
    return match.group(1)


def login(client: TestClient, user: str) -> str:
    """Log in through the form; returns the new session's CSRF token."""
    response = client.post(
        "/login",
        data={"username": user, "password": PASSWORD, "csrf_token": csrf_of(client), "next": "/events"},
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text
    return csrf_of(client)


@pytest.fixture
def log_in() -> Callable[[TestClient, str], str]:
    return login
