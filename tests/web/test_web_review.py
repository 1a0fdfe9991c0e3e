"""Reviewing events from the event page and the API: confirm, edit, merge, split, reject, audit trail."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tigris.store import Store

from .conftest import XSS


def _review(client: TestClient, token: str, event_id: str, **form: object):  # noqa: ANN202
    return client.post(
        f"/events/{event_id}/review", data={"csrf_token": token, **form}, follow_redirects=False
    )


def test_confirm_from_the_page_is_kept_and_audited(client: TestClient, store: Store, log_in) -> None:
    token = log_in(client, "analyst")
    response = _review(client, token, "ev-force", action="confirm")
    assert response.status_code == 303
    assert response.headers["location"] == "/events/ev-force?done=confirm"
    event = store.event("ev-force")
    assert event is not None and event.review_status == "confirmed"
    page = client.get(response.headers["location"]).text
    assert "Saved: confirm." in page
    assert "<td>analyst</td><td>review_status</td><td>auto</td><td>confirmed</td>" in page


def test_edit_from_the_page_changes_only_what_was_changed(client: TestClient, store: Store, log_in) -> None:
    token = log_in(client, "analyst")
    page = client.get("/events/ev-force").text
    assert 'name="fatalities" value="3"' in page
    form = {
        "action": "edit",
        "event_type": "Protests",
        "sub_event_type": "Excessive force against protesters",
        "date": "2019-10-25",
        "date_precision": "day",
        "location": "Baghdad",
        "admin1": "Baghdad",
        "admin2": "",
        "actor1": "Protesters (Iraq)",
        "actor2": "Police Forces of Iraq",
        "fatalities": "4",
        "fatalities_low": "3",
        "fatalities_high": "",
        "injured": "",
        "modality": "asserted",
        "notes": f"rights group counted four {XSS}",
    }
    assert _review(client, token, "ev-force", **form).status_code == 303
    event = store.event("ev-force")
    assert event is not None
    assert event.fatalities == 4 and event.review_status == "edited"
    assert event.admin2 is None  # an empty field that was empty stays empty
    fields = {entry.field for entry in store.audit("ev-force")}
    assert fields == {"fatalities", "notes", "review_status"}
    shown = client.get("/events/ev-force").text
    assert XSS not in shown  # the note's markup is inert wherever it is shown


def test_edit_with_a_bad_value_is_a_400_and_changes_nothing(client: TestClient, store: Store, log_in) -> None:
    token = log_in(client, "analyst")
    response = _review(client, token, "ev-force", action="edit", fatalities="many")
    assert response.status_code == 400
    assert "fatalities" in response.text
    assert store.event("ev-force").fatalities == 3  # type: ignore[union-attr]


def test_reject_from_the_page(client: TestClient, store: Store, log_in) -> None:
    token = log_in(client, "admin")
    _review(client, token, "ev-nasiriyah", action="reject")
    assert store.event("ev-nasiriyah").review_status == "rejected"  # type: ignore[union-attr]
    assert client.get("/events?review_status=rejected").text.count("/events/ev-nasiriyah") == 1


def test_merge_folds_a_duplicate_into_the_event(client: TestClient, store: Store, log_in) -> None:
    token = log_in(client, "analyst")
    response = _review(client, token, "ev-force", action="merge", others="ev-peaceful")
    assert response.status_code == 303
    kept = store.event("ev-force")
    merged = store.event("ev-peaceful")
    assert kept is not None and merged is not None
    assert len(kept.evidence) == 2 and kept.review_status == "edited"
    assert merged.review_status == "rejected" and merged.notes == "merged into ev-force"
    page = client.get("/events/ev-force").text
    assert page.count('<mark class="evidence"') == 2
    assert "merged" in page


def test_merge_with_an_unknown_event_is_a_400(client: TestClient, store: Store, log_in) -> None:
    token = log_in(client, "analyst")
    response = _review(client, token, "ev-force", action="merge", others="ev-nope")
    assert response.status_code == 400
    assert len(store.event("ev-force").evidence) == 1  # type: ignore[union-attr]


def test_split_moves_evidence_to_a_new_event(client: TestClient, store: Store, log_in) -> None:
    token = log_in(client, "analyst")
    page = client.get("/events/ev-clash").text
    assert 'name="evidence" value="1"' in page
    response = _review(client, token, "ev-clash", action="split", evidence="1")
    assert response.status_code == 303
    assert response.headers["location"] == "/events/ev-clash-s1?done=split"
    old, new = store.event("ev-clash"), store.event("ev-clash-s1")
    assert old is not None and new is not None
    assert len(old.evidence) == 1 and len(new.evidence) == 1
    assert new.evidence[0].text.startswith("A local writer")
    assert new.event_type == old.event_type and new.review_status == "edited"
    assert [a.field for a in store.audit("ev-clash-s1")] == ["split_from"]


def test_split_that_would_empty_the_event_is_refused(client: TestClient, log_in) -> None:
    token = log_in(client, "analyst")
    response = client.post(
        "/api/events/ev-clash/split", json={"evidence": [0, 1]}, headers={"X-CSRF-Token": token}
    )
    assert response.status_code == 400
    assert "at least one" in response.json()["detail"]


def test_unknown_review_action_is_a_400(client: TestClient, log_in) -> None:
    token = log_in(client, "analyst")
    assert _review(client, token, "ev-force", action="delete").status_code == 400


def test_review_of_a_missing_event_is_a_404(client: TestClient, log_in) -> None:
    token = log_in(client, "analyst")
    assert _review(client, token, "ev-missing", action="confirm").status_code == 404
    api = client.post("/api/events/ev-missing/reject", headers={"X-CSRF-Token": token})
    assert api.status_code == 404


def test_api_edit_merge_and_audit(client: TestClient, log_in) -> None:
    token = log_in(client, "analyst")
    headers = {"X-CSRF-Token": token}
    edited = client.post("/api/events/ev-rockets/edit", json={"changes": {"fatalities": 2}}, headers=headers)
    assert edited.status_code == 200 and edited.json()["event"]["fatalities"] == 2
    bad = client.post("/api/events/ev-rockets/edit", json={"changes": {"event_id": "x"}}, headers=headers)
    assert bad.status_code == 400 and "cannot be edited" in bad.json()["detail"]
    merged = client.post("/api/events/ev-agreement/merge", json={"others": ["ev-clash"]}, headers=headers)
    assert merged.status_code == 200 and len(merged.json()["event"]["evidence"]) == 3
    audit = client.get("/api/events/ev-rockets").json()["audit"]
    assert {a["field"] for a in audit} == {"fatalities", "review_status"}
    assert all(a["user"] == "analyst" for a in audit)
