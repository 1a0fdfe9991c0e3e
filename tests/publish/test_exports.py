"""Export formats: golden files for each format, plus the promises users rely on.

Regenerate the golden files with ``UPDATE_GOLDEN=1 pytest tests/publish/test_exports.py`` and read
the diff before committing it.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
from collections.abc import Iterator
from dataclasses import fields, replace
from pathlib import Path

import pytest

from tigris.publish import (
    ACLED_COLUMNS,
    FORMATS,
    event_from_record,
    event_to_record,
    write_events,
)
from tigris.types import Event, Evidence

GOLDEN = Path(__file__).resolve().parent / "golden"
GOLDEN_NAMES = {
    "jsonl": "events.jsonl",
    "table": "events.table.txt",
    "csv": "events.csv",
    "acled-csv": "events.acled.csv",
    "plover-json": "events.plover.json",
    "geojson": "events.geojson",
}

ACLED_HEADER = (
    "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,"
    "assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,"
    "country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,"
    "fatalities,tags,timestamp"
)

PROTEST_SENTENCE = (
    "Security forces fired live rounds at demonstrators camped in Tahrir Square, killing at least "
    "three of them and wounding about twenty."
)
ROCKET_SENTENCE = "Two rockets struck a residential street near the airport road late on Tuesday."
MEETING_SENTENCE = "The cleric met leaders of several Hashd factions in Qom the day before his announcement."
ARABIC_NAME = "مقتدى الصدر"


def protest() -> Event:
    return Event(
        event_id="IRQ-T-0001",
        doc_id="doc-protest",
        event_type="Protests",
        sub_event_type="Excessive force against protesters",
        plover_type="PROTEST",
        plover_mode="demonstrate",
        date=dt.date(2020, 1, 24),
        date_precision="day",
        location="Baghdad - Tahrir Square",
        admin1="Baghdad",
        admin2="Baghdad",
        country="Iraq",
        latitude=33.3406,
        longitude=44.4009,
        geo_precision=1,
        location_id="baghdad-tahrir",
        actor1="Protesters (Iraq)",
        actor1_id="protesters-iraq",
        inter1=6,
        actor2="Military Forces of Iraq",
        actor2_id="iraq-military",
        inter2=1,
        fatalities=3,
        fatalities_low=3,
        fatalities_high=5,
        injured=20,
        confidence=0.9,
        evidence=(Evidence("doc-protest", 120, 120 + len(PROTEST_SENTENCE), PROTEST_SENTENCE),),
        sources=("Example Wire, 24 January 2020", "Second Desk, 25 January 2020"),
        review_status="confirmed",
        extractor="rules",
        date_text="on Friday",
        place_text="Tahrir Square",
        actor1_text="demonstrators",
        actor2_text="Security forces",
    )


def rocket_attack() -> Event:
    return Event(
        event_id="IRQ-T-0002",
        doc_id="doc-rocket",
        event_type="Explosions/Remote violence",
        sub_event_type="Shelling/artillery/missile attack",
        plover_type="ASSAULT",
        plover_mode="artillery",
        date=dt.date(2020, 1, 1),
        date_precision="month",
        location="airport road",
        country="Iraq",
        actor1="Unidentified Armed Group (Iraq)",
        inter1=3,
        actor2="Civilians (Iraq)",
        inter2=7,
        modality="claimed",
        confidence=0.6,
        evidence=(Evidence("doc-rocket", 0, len(ROCKET_SENTENCE), ROCKET_SENTENCE),),
        sources=("Example Wire, January 2020",),
        extractor="rules",
        place_text="the airport road",
        unresolved=("airport road",),
    )


def meeting() -> Event:
    return Event(
        event_id="IRN-T-0003",
        doc_id="doc-meeting",
        event_type="Strategic developments",
        sub_event_type="Agreement",
        plover_type="CONSULT",
        plover_mode="visit",
        date=dt.date(2020, 1, 13),
        date_precision="day",
        location="Qom",
        admin1="Qom",
        country="Iran",
        latitude=34.6401,
        longitude=50.8764,
        geo_precision=2,
        actor1="Sadrist Movement",
        actor1_id="sadrist-movement",
        inter1=3,
        actor2="Popular Mobilization Forces",
        actor2_id="pmf",
        inter2=3,
        evidence=(Evidence("doc-meeting", 40, 40 + len(MEETING_SENTENCE), MEETING_SENTENCE),),
        sources=("Example Wire, 20 January 2020",),
        notes=f"Named in Arabic sources as {ARABIC_NAME}.",
        extractor="rules",
        date_text="the day before",
    )


def sample_events() -> list[Event]:
    return [protest(), rocket_attack(), meeting()]


def render(fmt: str, events: list[Event] | None = None) -> str:
    out = io.StringIO()
    write_events(sample_events() if events is None else events, fmt, out)
    return out.getvalue()


@pytest.fixture
def plain_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """An environment that would change Rich's output if the table writer listened to it."""
    monkeypatch.setenv("COLUMNS", "40")
    monkeypatch.setenv("FORCE_COLOR", "1")


# --------------------------------------------------------------------------- golden files


@pytest.mark.parametrize("fmt", FORMATS)
def test_output_matches_golden_file(fmt: str, plain_environment: None) -> None:
    produced = render(fmt).encode("utf-8")
    path = GOLDEN / GOLDEN_NAMES[fmt]
    if os.environ.get("UPDATE_GOLDEN") == "1":
        path.write_bytes(produced)
    assert path.exists(), f"missing golden file {path}; run with UPDATE_GOLDEN=1"
    assert produced.decode("utf-8") == path.read_bytes().decode("utf-8")


def test_every_format_has_a_golden_file() -> None:
    assert set(GOLDEN_NAMES) == set(FORMATS)


@pytest.mark.parametrize("fmt", FORMATS)
def test_write_events_counts_events_and_takes_a_generator(fmt: str) -> None:
    def generate() -> Iterator[Event]:
        yield from sample_events()

    assert write_events(generate(), fmt, io.StringIO()) == 3


@pytest.mark.parametrize("fmt", FORMATS)
def test_same_input_gives_same_bytes(fmt: str) -> None:
    assert render(fmt) == render(fmt)


def test_unknown_format_names_the_valid_ones() -> None:
    with pytest.raises(ValueError) as raised:
        write_events(sample_events(), "xlsx", io.StringIO())
    message = str(raised.value)
    assert "xlsx" in message
    for fmt in FORMATS:
        assert fmt in message


# --------------------------------------------------------------------------- jsonl records


def test_jsonl_round_trips_every_field() -> None:
    lines = render("jsonl").splitlines()
    assert len(lines) == 3
    for line, event in zip(lines, sample_events(), strict=True):
        record = json.loads(line)
        assert event_from_record(record) == event
        assert list(record) == [f.name for f in fields(Event)]


def test_record_shapes_for_other_tools() -> None:
    record = event_to_record(protest())
    assert record["doc_id"] == "doc-protest"
    assert record["date"] == "2020-01-24"
    assert record["date_end"] is None
    assert record["sources"] == ["Example Wire, 24 January 2020", "Second Desk, 25 January 2020"]
    assert record["evidence"] == [
        {"doc_id": "doc-protest", "start": 120, "end": 120 + len(PROTEST_SENTENCE), "text": PROTEST_SENTENCE}
    ]
    json.dumps(record)  # plain JSON types only


def test_jsonl_keeps_arabic_unescaped() -> None:
    text = render("jsonl", [meeting()])
    assert ARABIC_NAME in text
    assert "\\u" not in text


def test_non_finite_coordinates_are_not_written_as_nan() -> None:
    event = replace(protest(), latitude=float("nan"))
    record = event_to_record(event)
    assert record["latitude"] is None
    collection = json.loads(render("geojson", [event]))
    assert collection["features"] == []
    assert collection["properties"]["without_coordinates"] == 1


def test_bad_record_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="not an event record"):
        event_from_record({"event_id": "x"})


# --------------------------------------------------------------------------- csv and acled-csv


def test_csv_has_every_scalar_field_and_joined_lists() -> None:
    rows = list(csv.DictReader(io.StringIO(render("csv"))))
    assert list(rows[0]) == [f.name for f in fields(Event)]
    assert rows[0]["evidence"] == PROTEST_SENTENCE
    assert rows[0]["sources"] == "Example Wire, 24 January 2020 | Second Desk, 25 January 2020"
    assert rows[0]["latitude"] == "33.3406"
    assert rows[1]["latitude"] == ""
    assert rows[2]["notes"].endswith(f"{ARABIC_NAME}.")


def test_acled_header_is_acled_column_order() -> None:
    assert render("acled-csv").splitlines()[0] == ACLED_HEADER
    assert ",".join(ACLED_COLUMNS) == ACLED_HEADER


def test_acled_rows_follow_acled_coding() -> None:
    protest_row, rocket_row, meeting_row = csv.DictReader(io.StringIO(render("acled-csv")))

    assert protest_row["event_date"] == "2020-01-24"
    assert protest_row["year"] == "2020"
    assert protest_row["time_precision"] == "1"
    assert protest_row["disorder_type"] == "Political violence; Demonstrations"
    assert protest_row["interaction"] == "16"
    assert protest_row["civilian_targeting"] == ""
    assert protest_row["iso"] == "368"
    assert protest_row["region"] == "Middle East"
    assert protest_row["source"] == "Example Wire, 24 January 2020; Second Desk, 25 January 2020"
    assert protest_row["notes"] == PROTEST_SENTENCE
    assert protest_row["fatalities"] == "3"

    assert rocket_row["time_precision"] == "3"  # ACLED: only the month is known
    assert rocket_row["disorder_type"] == "Political violence"
    assert rocket_row["interaction"] == "37"
    assert rocket_row["civilian_targeting"] == "Civilian targeting"
    assert rocket_row["latitude"] == rocket_row["longitude"] == ""

    assert meeting_row["disorder_type"] == "Strategic developments"
    assert meeting_row["iso"] == "364"
    assert meeting_row["notes"] == f"{MEETING_SENTENCE} Named in Arabic sources as {ARABIC_NAME}."


@pytest.mark.parametrize(
    ("sub_event_type", "disorder_type"),
    [
        ("Peaceful protest", "Demonstrations"),
        ("Protest with intervention", "Demonstrations"),
        ("Excessive force against protesters", "Political violence; Demonstrations"),
    ],
)
def test_acled_disorder_type_of_protests(sub_event_type: str, disorder_type: str) -> None:
    event = replace(protest(), sub_event_type=sub_event_type)
    (row,) = csv.DictReader(io.StringIO(render("acled-csv", [event])))
    assert row["disorder_type"] == disorder_type


def test_acled_interaction_of_a_sole_actor_and_of_reversed_codes() -> None:
    sole = replace(protest(), sub_event_type="Peaceful protest", actor2=None, inter2=None)
    reversed_codes = replace(protest(), inter1=7, inter2=2)
    rows = list(csv.DictReader(io.StringIO(render("acled-csv", [sole, reversed_codes]))))
    assert rows[0]["interaction"] == "60"
    assert rows[1]["interaction"] == "27"


def test_csv_injection_is_neutralised_but_negative_numbers_stay_numbers() -> None:
    hostile = replace(
        protest(),
        actor1='=HYPERLINK("http://example.invalid/x","open")',
        actor2="@SUM(A1:A9)",
        location="-Tahrir",
        notes="+1 more reported later",
        evidence=(),
        country="United States",
        latitude=38.8977,
        longitude=-77.0365,
    )
    for fmt in ("csv", "acled-csv"):
        (row,) = csv.DictReader(io.StringIO(render(fmt, [hostile])))
        assert row["actor1"] == "'" + hostile.actor1, fmt
        assert row["actor2"] == "'@SUM(A1:A9)", fmt
        assert row["location"] == "'-Tahrir", fmt
        assert row["notes"] == "'+1 more reported later", fmt
        assert row["longitude"] == "-77.0365", fmt
        assert not any(value.startswith(("=", "+", "@")) for value in row.values()), fmt
    (row,) = csv.DictReader(io.StringIO(render("acled-csv", [hostile])))
    assert row["iso"] == "840"


def test_csv_cells_starting_with_tab_or_carriage_return_are_neutralised() -> None:
    event = replace(protest(), actor1="\tname", actor2="\rname")
    (row,) = csv.DictReader(io.StringIO(render("csv", [event])))
    assert row["actor1"] == "'\tname"
    assert row["actor2"] == "'\rname"


# --------------------------------------------------------------------------- plover-json and geojson


def test_plover_objects() -> None:
    objects = json.loads(render("plover-json"))
    assert [o["id"] for o in objects] == ["IRQ-T-0001", "IRQ-T-0002", "IRN-T-0003"]
    first = objects[0]
    assert first["event"] == "PROTEST"
    assert first["mode"] == "demonstrate"
    assert first["context"] == []
    assert first["source"] == "Protesters (Iraq)"
    assert first["target_actor_id"] == "iraq-military"
    assert first["location"] == {
        "name": "Baghdad - Tahrir Square",
        "admin1": "Baghdad",
        "country": "Iraq",
        "lat": 33.3406,
        "lon": 44.4009,
        "geo_precision": 1,
    }
    assert first["fatalities"] == {"low": 3, "high": 5, "conservative": 3}
    assert first["text"] == PROTEST_SENTENCE
    assert first["doc_id"] == "doc-protest"


def test_geojson_counts_events_without_coordinates() -> None:
    collection = json.loads(render("geojson"))
    assert collection["type"] == "FeatureCollection"
    assert collection["properties"] == {
        "without_coordinates": 1,
        "event_ids_without_coordinates": ["IRQ-T-0002"],
    }
    assert [f["id"] for f in collection["features"]] == ["IRQ-T-0001", "IRN-T-0003"]
    qom = collection["features"][1]
    assert qom["geometry"] == {"type": "Point", "coordinates": [50.8764, 34.6401]}
    assert qom["properties"] == event_to_record(meeting())


# --------------------------------------------------------------------------- table


def test_table_to_a_file_is_plain_text_with_every_column(plain_environment: None) -> None:
    text = render("table")
    assert "\x1b[" not in text
    for heading in ("date", "type/sub-type", "actor1", "actor2", "location", "admin1", "fatalities"):
        assert heading in text
    assert "Protesters (Iraq)" in text
    assert "2020-01 " in text  # month precision shown as a month
    assert "3 (3-5)" in text


def test_table_shows_brackets_literally() -> None:
    event = replace(protest(), actor1="[bold]Group[/bold]")
    assert "[bold]Group[/bold]" in render("table", [event])


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_table_on_a_terminal_uses_colour(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    out = _Terminal()
    write_events(sample_events(), "table", out)
    assert "\x1b[" in out.getvalue()


def test_acled_time_precision_follows_acled_codes() -> None:
    import csv
    import dataclasses
    import io

    from tigris.publish import write_events

    base = protest()
    rows = {}
    for precision in ("day", "week", "month", "year"):
        out = io.StringIO()
        write_events([dataclasses.replace(base, date_precision=precision)], "acled-csv", out)
        rows[precision] = next(csv.DictReader(io.StringIO(out.getvalue())))["time_precision"]
    assert rows == {"day": "1", "week": "2", "month": "3", "year": "3"}
