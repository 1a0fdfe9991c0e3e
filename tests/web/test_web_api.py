"""The JSON API, in process: listings, exports, map, timeline, actors, on this day."""

from __future__ import annotations

import csv
import io
import json

import pytest
from fastapi.testclient import TestClient

from .conftest import FORMULA


def test_events_api_pages_and_sorts(client: TestClient) -> None:
    body = client.get("/api/events?limit=2&offset=1&sort=-fatalities").json()
    assert body["total"] == 6 and body["limit"] == 2 and body["offset"] == 1
    # ties (no fatalities) are ordered by event id, in the same direction
    assert [e["event_id"] for e in body["items"]] == ["ev-force", "ev-rockets"]
    first = client.get("/api/events?limit=1&sort=-fatalities").json()["items"][0]
    assert first["event_id"] == "ev-clash" and first["fatalities"] == 5
    assert first["evidence"][0]["text"].startswith("Two months later")


def test_events_api_filters_like_the_table(client: TestClient) -> None:
    body = client.get("/api/events?since=2020-01-01&actor=kataib-hezbollah&event_type=Battles").json()
    assert [e["event_id"] for e in body["items"]] == ["ev-clash"]
    assert body["total"] == 1


def test_events_api_bad_input_is_4xx_with_a_message(client: TestClient) -> None:
    sort = client.get("/api/events?sort=nope")
    assert sort.status_code == 400 and "choose one of" in sort.json()["detail"]
    huge = client.get("/api/events?limit=501")
    assert huge.status_code == 422 and "less than or equal to 500" in huge.json()["detail"][0]["msg"]
    date = client.get("/api/events?until=31/12/2020")
    assert date.status_code == 400 and date.json() == {
        "detail": "until: expected a date as YYYY-MM-DD, e.g. 2019-10-25"
    }
    assert client.get("/api/events?offset=-1").status_code == 422


def test_event_api_returns_documents_with_located_evidence_and_audit(client: TestClient) -> None:
    body = client.get("/api/events/ev-force").json()
    assert body["event"]["event_id"] == "ev-force"
    doc = body["documents"][0]
    marked = [s for s in doc["segments"] if s["evidence"] is not None]
    assert [s["text"] for s in marked] == [body["event"]["evidence"][0]["text"]]
    assert "".join(s["text"] for s in doc["segments"]).startswith("Protesters fill Tahrir Square")
    assert body["audit"] == []


def test_missing_event_api_is_a_json_404(client: TestClient) -> None:
    response = client.get("/api/events/nope-123")
    assert response.status_code == 404
    assert response.json() == {"detail": "No event with that id."}


def _export(client: TestClient, fmt: str, query: str = "") -> str:
    response = client.get(f"/api/events/export?format={fmt}{'&' + query if query else ''}")
    assert response.status_code == 200
    assert "attachment" in response.headers["content-disposition"]
    return response.text


def test_csv_export_is_exactly_the_filtered_set(client: TestClient) -> None:
    table = list(csv.DictReader(io.StringIO(_export(client, "csv", "admin1=Baghdad"))))
    assert sorted(r["event_id"] for r in table) == ["ev-force", "ev-peaceful"]
    everything = list(csv.DictReader(io.StringIO(_export(client, "csv"))))
    assert len(everything) == 6


def test_csv_exports_make_formulas_inert(client: TestClient) -> None:
    for fmt in ("csv", "acled-csv"):
        text = _export(client, fmt, "admin1=Basra")
        rows = list(csv.DictReader(io.StringIO(text)))
        assert len(rows) == 1
        assert rows[0]["location"] != FORMULA
        assert rows[0]["location"].endswith(FORMULA) and not rows[0]["location"].startswith("=")


def test_acled_csv_has_acled_columns(client: TestClient) -> None:
    header = _export(client, "acled-csv", "event_type=Battles").splitlines()[0]
    assert header.startswith("event_id_cnty,event_date,year,time_precision,disorder_type,event_type")


def test_json_and_geojson_exports(client: TestClient) -> None:
    records = json.loads(_export(client, "json", "event_type=Protests"))
    assert sorted(r["event_id"] for r in records) == ["ev-force", "ev-nasiriyah", "ev-peaceful"]
    collection = json.loads(_export(client, "geojson", "event_type=Protests"))
    assert collection["type"] == "FeatureCollection"
    assert len(collection["features"]) == 3
    assert collection["features"][0]["geometry"]["type"] == "Point"


def test_unknown_export_format_is_refused(client: TestClient) -> None:
    assert client.get("/api/events/export?format=xlsx").status_code == 422


def test_facets_api(client: TestClient) -> None:
    body = client.get("/api/events/facets?event_type=Protests").json()
    assert body["total"] == 3
    assert {f["value"]: f["count"] for f in body["facets"]["admin1"]} == {"Baghdad": 2, "Dhi Qar": 1}
    assert {f["value"]: f["count"] for f in body["facets"]["source"]} == {"Example Daily": 3}


def test_map_api_returns_located_points_and_governorate_counts(client: TestClient) -> None:
    body = client.get("/api/map").json()
    assert body["total"] == 5  # the agreement has no coordinates
    assert {p["event_id"] for p in body["points"]} == {
        "ev-peaceful",
        "ev-force",
        "ev-nasiriyah",
        "ev-clash",
        "ev-rockets",
    }
    assert body["governorates"]["Baghdad"] == {"events": 2, "fatalities": 3}
    capped = client.get("/api/map?limit=2&event_type=Protests").json()
    assert capped["total"] == 3 and capped["shown"] == 2
    assert client.get("/api/map?limit=1000000").status_code == 422


def test_timeline_api_monthly_and_weekly(client: TestClient) -> None:
    body = client.get("/api/timeline?interval=month").json()
    assert body["periods"][0] == "2019-10" and body["periods"][-1] == "2020-10"
    assert len(body["periods"]) == 13  # empty months in between are zeros
    series = {s["event_type"]: s for s in body["series"]}
    assert series["Protests"]["events"][0] == 3
    assert series["Protests"]["fatalities"][0] == 3
    assert series["Battles"]["fatalities"][body["periods"].index("2020-03")] == 5
    weekly = client.get("/api/timeline?interval=week&event_type=Protests").json()
    assert weekly["periods"] == ["2019-10-21"]  # the Monday of the week of 25 October 2019
    assert client.get("/api/timeline?interval=day").status_code == 422


def test_timeline_with_no_events(client: TestClient) -> None:
    body = client.get("/api/timeline?q=nothing-matches").json()
    assert body["periods"] == [] and body["series"] == []


def test_actor_api_dyads_and_alignment_shift(client: TestClient) -> None:
    body = client.get("/api/actors/government-of-iraq").json()
    assert body["events_total"] == 2
    dyad = body["dyads"][0]
    assert dyad["counterpart_id"] == "kataib-hezbollah"
    months = {m["month"]: m for m in dyad["months"]}
    assert months["2020-01"]["score"] == 1 and months["2020-03"]["score"] == -1
    assert dyad["flips"] == ["2020-03"]


def test_actor_api_for_an_actor_known_only_from_events(client: TestClient) -> None:
    body = client.get("/api/actors/police-forces-of-iraq").json()
    assert body["name"] == "Police Forces of Iraq"
    assert client.get("/api/actors/nobody-at-all").status_code == 404


def test_actor_api_aliases_and_memberships_from_the_knowledge_base(client: TestClient) -> None:
    body = client.get("/api/actors/kataib-hezbollah").json()
    assert body["aliases"]
    assert body["kind"]


@pytest.mark.parametrize("date", ["2021-10-25", "1999-10-25"])
def test_onthisday_api(client: TestClient, date: str) -> None:
    body = client.get(f"/api/onthisday?date={date}").json()
    assert [h["year"] for h in body["history"]] == [1958]
    earlier = {e["event_id"] for e in body["events"]}
    if date.startswith("2021"):
        assert earlier == {"ev-peaceful", "ev-nasiriyah", "ev-force", "ev-rockets"}
    else:
        assert earlier == set()  # only events of earlier years


def test_onthisday_api_bad_date(client: TestClient) -> None:
    assert client.get("/api/onthisday?date=10-25").status_code == 400


def test_summary_api(client: TestClient) -> None:
    body = client.get("/api/summary").json()
    assert body["events"] == 6 and body["documents"] == 3
