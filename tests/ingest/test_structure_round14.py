"""An incident log told with dashes or bars is the article's own text, not its sources list.

Every text here was written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tigris.ingest import make_document
from tigris.ingest.structure import is_log_line

DAY = dt.date(2021, 7, 25)


@pytest.mark.parametrize(
    "line",
    [
        "19 Jul 2021 — Sadr City — market bombing — 35 killed",
        "19 Jul 2021 – Sadr City – market bombing – 35 killed",
        "19 Jul 2021 - Sadr City - market bombing - 35 killed",
        "19 Jul 2021 | Sadr City | market bombing | 35 killed",
        "• 19 Jul 2021 — Sadr City — market bombing — 35 killed",
        "- 2021-07-19 - Sadr City - market bombing - 35 killed",
        "July 19, 2021 - Sadr City - market bombing - 35 killed",
        "Sadr City — 19 Jul 2021 — market bombing — 35 killed",  # no date first, but a toll last
        "Camp Taji — rockets hit the base — no casualties",
    ],
)
def test_log_lines(line: str) -> None:
    assert is_log_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Sadr City market blast kills 35 - Tigris Wire - 19 July 2021",
        "Sadr City market bombing: dozens dead - Tigris Wire - 19 July 2021 - https://example.org/a",
        "Tigris Wire, “Market bombing kills 35,” 7/19/21",
        "19 July 2021 - “Market bombing kills 35” - Tigris Wire",
        "Rafidain Monitor (2021-07-20): Toll rises to 35. https://example.org/b",
    ],
)
def test_citations_are_no_log_lines(line: str) -> None:
    assert not is_log_line(line)


@pytest.mark.parametrize("gap", [" — ", " – ", " - ", " | "])
def test_a_log_at_the_end_of_a_text_is_body(gap: str) -> None:
    text = "Daily log, July 2021\n" + "\n".join(
        gap.join(fields)
        for fields in (
            ["19 Jul 2021", "Sadr City", "market bombing", "35 killed"],
            ["12 Jul 2021", "Nasiriyah", "hospital fire", "92 dead"],
        )
    )
    doc = make_document(text, "log.txt", published=DAY)
    assert doc.citations == ()
    assert [s.kind for s in doc.sections] == ["body"]
    assert "Sadr City" in doc.section_text("body")


def test_a_sources_list_under_a_log_is_still_a_sources_list() -> None:
    text = (
        "Daily log, July 2021\n"
        "19 Jul 2021 — Sadr City — market bombing — 35 killed\n"
        "6 Jul 2021 — Erbil — a drone fell near the airport — no casualties\n\n"
        "Sadr City market blast kills 35 - Tigris Wire - 19 July 2021 - https://example.org/sadr-city\n"
        "Rafidain Monitor, “Drone falls near Erbil airport,” 7/6/21"
    )
    doc = make_document(text, "log.txt", published=DAY)
    assert [c.outlet for c in doc.citations] == ["Tigris Wire", "Rafidain Monitor"]
    body = doc.section_text("body")
    assert "Sadr City — market bombing" in body
    assert "Tigris Wire" not in body
