"""Fixtures for the store tests: small documents and events written for tigris, and stores on
SQLite (a file in tmp_path) and PostgreSQL (a fresh schema per test, at TIGRIS_TEST_POSTGRES_URL).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url

from tigris.store import Store, open_store
from tigris.types import Citation, Comment, Document, Event, Evidence, HistoricalItem, Section

DEFAULT_POSTGRES_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
BAGHDAD = dt.timezone(dt.timedelta(hours=3))

# A short report in the project's own words about the protests of 25 October 2019 in Baghdad.
TITLE = "Protesters return to Baghdad's Tahrir Square"
BODY = (
    "Tens of thousands of people gathered in Tahrir Square in Baghdad on Friday, "
    "25 October 2019, calling for jobs and an end to corruption. "
    "Security forces fired tear gas and live rounds near the Jumhuriya bridge, "
    "and the rights commission said at least 8 people were killed in the capital."
)
SOURCES = (
    "Rights Monitor, \u201cCasualties of the Friday protests,\u201d 10/26/19\n"
    "Desk Reporter, @deskreporter, \u201cCrowds filling the square again,\u201d Twitter 10/25/19"
)
COMMENT_AUTHOR = "reader42"
COMMENT = "The bridge has been the flashpoint every time."
WIDGET = "On this day: Oct 25, 2019 renewed protests began in Baghdad and the south"


def _build_text() -> tuple[str, tuple[Section, ...], dict[str, tuple[int, int]]]:
    parts = [("title", TITLE, ""), ("body", BODY, ""), ("sources", SOURCES, "")]
    parts += [("comments", COMMENT, COMMENT_AUTHOR), ("widget", WIDGET, "This Day In History")]
    text = ""
    sections: list[Section] = []
    spans: dict[str, tuple[int, int]] = {}
    for kind, part, label in parts:
        if text:
            text += "\n\n"
        start = len(text)
        text += part
        sections.append(Section(kind=kind, start=start, end=len(text), label=label))  # type: ignore[arg-type]
        spans[kind] = (start, len(text))
    return text, tuple(sections), spans


def build_document(**changes: Any) -> Document:
    """The Baghdad protest report, with any field replaced."""
    text, sections, spans = _build_text()
    comment_start, comment_end = spans["comments"]
    doc = Document(
        id="doc-baghdad-2019-10-25",
        content_hash="a" * 64,
        text=text,
        origin="reports/baghdad-2019-10-25.html",
        title=TITLE,
        url="https://example.org/2019/10/baghdad-protests",
        published=dt.datetime(2019, 10, 26, 8, 30, tzinfo=BAGHDAD),
        author="Desk Reporter",
        language="en",
        source="Example Daily",
        kind="news",
        sections=sections,
        citations=(
            Citation(
                raw=SOURCES.splitlines()[0],
                outlet="Rights Monitor",
                title="Casualties of the Friday protests",
                date=dt.date(2019, 10, 26),
                date_precision="day",
                medium="report",
            ),
            Citation(
                raw=SOURCES.splitlines()[1],
                author="Desk Reporter",
                title="Crowds filling the square again",
                date=dt.date(2019, 10, 25),
                date_precision="day",
                medium="tweet",
                handle="deskreporter",
                extra=("a second post from the same account",),
            ),
        ),
        comments=(Comment(author=COMMENT_AUTHOR, text=COMMENT, start=comment_start, end=comment_end),),
        history=(
            HistoricalItem(month=10, day=25, year=2019, text="renewed protests began", source_label="widget"),
            HistoricalItem(
                month=4,
                day=21,
                year=None,
                text="a raid on a shrine city",
                fatalities_low=2000,
                fatalities_high=5000,
            ),
        ),
        flags=("decoded:utf-8",),
    )
    return dataclasses.replace(doc, **changes)


def build_event(**changes: Any) -> Event:
    """The excessive-force event of the Baghdad report, with any field replaced."""
    start = BODY.index("Security forces")
    sentence = BODY[start : BODY.index("capital.") + len("capital.")]
    offset = len(TITLE) + 2
    doc_id = changes.get("doc_id", "doc-baghdad-2019-10-25")
    event = Event(
        event_id="ev-baghdad-force",
        doc_id=doc_id,
        event_type="Protests",
        sub_event_type="Excessive force against protesters",
        plover_type="PROTEST",
        plover_mode="demonstrate",
        date=dt.date(2019, 10, 25),
        date_precision="day",
        location="Baghdad",
        admin1="Baghdad",
        admin2="Resafa",
        country="Iraq",
        latitude=33.3406,
        longitude=44.4009,
        geo_precision=1,
        actor1="Protesters (Iraq)",
        actor1_id="protesters-iraq",
        inter1=6,
        actor2="Police Forces of Iraq (2018-2020)",
        actor2_id="police-iraq",
        inter2=1,
        fatalities=8,
        fatalities_low=8,
        injured=None,
        confidence=0.8,
        evidence=(
            Evidence(doc_id=doc_id, start=offset + start, end=offset + start + len(sentence), text=sentence),
        ),
        sources=("Example Daily", "Rights Monitor"),
        extractor="rules-1",
        date_text="Friday, 25 October 2019",
        place_text="Baghdad",
        actor1_text="people",
        actor2_text="Security forces",
    )
    return dataclasses.replace(event, **changes)


@pytest.fixture
def make_document() -> Callable[..., Document]:
    return build_document


@pytest.fixture
def make_event() -> Callable[..., Event]:
    return build_event


@pytest.fixture(scope="session")
def builders() -> tuple[Callable[..., Document], Callable[..., Event]]:
    """``build_document`` and ``build_event``, for fixtures of a wider scope than one test."""
    return build_document, build_event


@pytest.fixture
def protest_doc() -> Document:
    return build_document()


@pytest.fixture
def protest_event() -> Event:
    return build_event()


# ---------------------------------------------------------------- databases


def postgres_url() -> str:
    return os.environ.get("TIGRIS_TEST_POSTGRES_URL", DEFAULT_POSTGRES_URL)


@pytest.fixture(scope="session")
def postgres_unreachable() -> str | None:
    """Why the PostgreSQL test server cannot be used, or None when it can."""
    url = postgres_url()
    engine = sa.create_engine(url, connect_args={"connect_timeout": 3})
    try:
        with engine.connect() as connection:
            connection.execute(sa.text("SELECT 1"))
    except sa.exc.OperationalError as exc:
        return f"PostgreSQL at {make_url(url).render_as_string()} cannot be reached: {str(exc.orig).strip().splitlines()[0]}"
    finally:
        engine.dispose()
    return None


@pytest.fixture
def postgres_schema_url(postgres_unreachable: str | None) -> Iterator[str]:
    """A URL whose connections see only a new, empty schema, dropped after the test."""
    if postgres_unreachable is not None:
        print(postgres_unreachable)
        pytest.skip(postgres_unreachable)
    base = make_url(postgres_url())
    schema = f"tigris_test_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(base)
    with admin.begin() as connection:
        connection.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield base.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(
            hide_password=False
        )
    finally:
        with admin.begin() as connection:
            connection.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def sqlite_url(tmp_path: Any) -> str:
    return f"sqlite:///{tmp_path / 'tigris.db'}"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest) -> str:
    """The URL of an empty database: a SQLite file, then a PostgreSQL schema."""
    name = "sqlite_url" if request.param == "sqlite" else "postgres_schema_url"
    return str(request.getfixturevalue(name))


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    opened = open_store(store_url)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def sqlite_store(sqlite_url: str) -> Iterator[Store]:
    opened = open_store(sqlite_url)
    try:
        yield opened
    finally:
        opened.close()
