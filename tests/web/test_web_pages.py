"""Every HTML page, in process: what an analyst sees, filters, sorting, paging and bad input."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from .conftest import IMG_XSS, XSS


def rows(html: str) -> list[str]:
    """The event ids linked from the rows of the events table."""
    body = html.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return re.findall(r'href="/events/([^"?]+)"', body)


def test_overview_counts_the_record_and_shows_latest_events(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert "<strong>6</strong> events" in page.text
    assert "<strong>3</strong> documents" in page.text
    assert "/events/ev-rockets" in page.text  # the most recent event is listed


def test_events_table_lists_every_event_newest_first_ties_by_id(client: TestClient) -> None:
    page = client.get("/events")
    assert page.status_code == 200
    assert rows(page.text) == [
        "ev-rockets",
        "ev-clash",
        "ev-agreement",
        "ev-peaceful",
        "ev-nasiriyah",
        "ev-force",
    ]
    assert '<strong id="total">6</strong>' in page.text


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("since=2020-01-01&until=2020-06-30", {"ev-agreement", "ev-clash"}),
        ("event_type=Battles", {"ev-clash"}),
        ("sub_event_type=Excessive+force+against+protesters", {"ev-force"}),
        ("actor=kataib-hezbollah", {"ev-agreement", "ev-clash"}),
        ("actor=protesters", {"ev-peaceful", "ev-force"}),
        ("admin1=Dhi+Qar", {"ev-nasiriyah"}),
        ("place=jurf", {"ev-agreement", "ev-clash"}),
        ("source=Wire+Service", {"ev-agreement", "ev-clash"}),
        ("review_status=auto&event_type=Protests", {"ev-peaceful", "ev-force", "ev-nasiriyah"}),
        ("q=tear+gas", {"ev-force"}),
        ("q=against+the+video", {"ev-force"}),
        ("q=nothing+like+this", set()),
    ],
)
def test_each_filter_narrows_the_table(client: TestClient, query: str, expected: set[str]) -> None:
    page = client.get(f"/events?{query}")
    assert page.status_code == 200
    assert set(rows(page.text)) == expected
    assert f'<strong id="total">{len(expected)}</strong>' in page.text


def test_empty_filter_fields_from_the_form_are_ignored(client: TestClient) -> None:
    page = client.get("/events?since=&until=&event_type=&actor=&review_status=&q=")
    assert page.status_code == 200
    assert len(rows(page.text)) == 6


def test_sorting_on_fatalities_and_paging(client: TestClient) -> None:
    page = client.get("/events?sort=-fatalities&limit=2")
    assert rows(page.text) == ["ev-clash", "ev-force"]
    assert "offset=2" in page.text  # a link to the next page
    second = client.get("/events?sort=-fatalities&limit=2&offset=2")
    assert len(rows(second.text)) == 2
    assert not set(rows(second.text)) & {"ev-clash", "ev-force"}


def test_htmx_request_gets_only_the_results_fragment(client: TestClient) -> None:
    page = client.get("/events?event_type=Battles", headers={"HX-Request": "true", "HX-Target": "results"})
    assert page.status_code == 200
    assert "<html" not in page.text
    assert rows(page.text) == ["ev-clash"]


def test_export_links_carry_exactly_the_filters(client: TestClient) -> None:
    page = client.get("/events?event_type=Battles&since=2020-01-01")
    links = re.findall(r'href="(/api/events/export\?[^"]+)"', page.text)
    assert len(links) == 4
    for link in links:
        link = link.replace("&amp;", "&")
        assert "event_type=Battles" in link and "since=2020-01-01" in link
    assert {re.search(r"format=([\w-]+)", link).group(1) for link in links} == {
        "csv",
        "acled-csv",
        "json",
        "geojson",
    }


def test_facets_count_the_filtered_events(client: TestClient) -> None:
    page = client.get("/events/facets?admin1=Baghdad")
    assert page.status_code == 200
    assert "Event type" in page.text
    assert re.search(r">Protests</a> <span class=\"n\">2</span>", page.text)
    assert "Babil" not in page.text


def test_event_page_shows_coding_and_highlights_evidence_in_the_document(client: TestClient) -> None:
    page = client.get("/events/ev-force")
    assert page.status_code == 200
    assert "Excessive force against protesters" in page.text
    assert "Police Forces of Iraq" in page.text
    assert (
        '<mark class="evidence" id="evidence-0">Police fired tear gas near the Jumhuriya bridge and three '
        "protesters were killed.</mark>" in page.text
    )
    # The rest of the document is shown around the highlighted sentence.
    assert "Thousands of people marched" in page.text
    assert "Example Daily" in page.text
    assert "<strong>checked</strong>" in page.text  # the notes' Markdown is rendered


def test_event_page_offers_review_only_to_analysts(client: TestClient, log_in) -> None:
    anonymous = client.get("/events/ev-force")
    assert 'value="confirm"' not in anonymous.text
    assert "Log in</a> as an analyst" in anonymous.text
    log_in(client, "reader")
    assert 'value="confirm"' not in client.get("/events/ev-force").text
    log_in(client, "analyst")
    page = client.get("/events/ev-force").text
    assert 'value="confirm"' in page and 'value="merge"' in page and 'name="csrf_token"' in page


def test_map_and_timeline_pages_carry_the_filters_to_their_scripts(client: TestClient) -> None:
    for path in ("/map", "/timeline"):
        page = client.get(f"{path}?event_type=Battles&admin1=Babil")
        assert page.status_code == 200
        assert 'data-query="event_type=Battles&amp;admin1=Babil"' in page.text
    assert '<script src="/static/vendor/leaflet.js"></script>' in client.get("/map").text
    assert '<script src="/static/vendor/chart.umd.js"></script>' in client.get("/timeline").text


def test_actor_page_shows_aliases_memberships_dyads_and_shifts(client: TestClient) -> None:
    page = client.get("/actors/kataib-hezbollah")
    assert page.status_code == 200
    assert "Kataib Hezbollah" in page.text
    assert "Aliases" in page.text and "Memberships" in page.text
    assert "Government of Iraq" in page.text  # the counterpart in the dyads table
    assert '<span class="flip">2020-03</span>' in page.text  # from agreement to clash


def test_on_this_day_page_for_a_chosen_date(client: TestClient) -> None:
    page = client.get("/onthisday?date=2021-10-25")
    assert page.status_code == 200
    assert "a historical note written for the tests" in page.text
    assert "/events/ev-peaceful" in page.text  # 25 October 2019
    assert "/events/ev-rockets" in page.text  # 25 October 2020
    assert "25 October" in page.text


def test_on_this_day_without_a_date_is_today(client: TestClient) -> None:
    page = client.get("/onthisday")
    assert page.status_code == 200
    assert "On this day" in page.text


def test_static_vendor_files_are_served_locally(client: TestClient) -> None:
    for name in (
        "htmx.min.js",
        "leaflet.js",
        "leaflet.markercluster.js",
        "chart.umd.js",
        "iraq-governorates.geojson",
    ):
        assert client.get(f"/static/vendor/{name}").status_code == 200
    assert client.get("/static/js/map.js").status_code == 200


def test_pages_have_no_inline_scripts_or_styles(client: TestClient) -> None:
    for path in (
        "/",
        "/events",
        "/events/ev-force",
        "/map",
        "/timeline",
        "/actors/kataib-hezbollah",
        "/onthisday",
        "/login",
    ):
        html = client.get(path).text
        assert re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", html) == [], path
        assert "<style" not in html and " style=" not in html, path
        assert re.search(r"<[a-zA-Z][^>]*\son[a-z]+\s*=", html) is None, path


# ---------------------------------------------------------------- bad input


def test_missing_event_is_a_404_page_that_does_not_echo_the_address(client: TestClient) -> None:
    page = client.get("/events/no-such-event-zq9")
    assert page.status_code == 404
    assert "no event with that id" in page.text.lower()
    assert "zq9" not in page.text


def test_unknown_address_is_a_404_page_without_the_path(client: TestClient) -> None:
    page = client.get(f"/nowhere/{XSS}")
    assert page.status_code == 404
    assert "nowhere" not in page.text and "alert" not in page.text


def test_unknown_sort_column_is_a_400_naming_the_allowed_ones(client: TestClient) -> None:
    page = client.get("/events?sort=password_hash")
    assert page.status_code == 400
    assert "cannot sort on that column" in page.text and "fatalities" in page.text


def test_huge_page_size_is_refused(client: TestClient) -> None:
    page = client.get("/events?limit=100000")
    assert page.status_code == 422
    assert "limit" in page.text and "500" in page.text


@pytest.mark.parametrize("value", ["2019-13-01", "yesterday", "2019-02-30"])
def test_malformed_date_is_a_400_with_the_expected_format(client: TestClient, value: str) -> None:
    page = client.get(f"/events?since={value}")
    assert page.status_code == 400
    assert "since: expected a date as YYYY-MM-DD" in page.text


def test_reversed_date_range_is_a_400(client: TestClient) -> None:
    assert client.get("/events?since=2021-01-01&until=2020-01-01").status_code == 400


def test_unknown_review_status_is_a_400(client: TestClient) -> None:
    page = client.get("/events?review_status=deleted")
    assert page.status_code == 400
    assert "review_status" in page.text


def test_reflected_markup_in_every_filter_comes_back_inert(client: TestClient) -> None:
    fields = ["event_type", "sub_event_type", "actor", "admin1", "place", "source", "q"]
    query = "&".join(f"{name}={XSS}" for name in fields)
    for path in ("/events", "/map", "/timeline", "/events/facets"):
        page = client.get(f"{path}?{query}")
        assert page.status_code == 200, path
        assert "<script>alert" not in page.text, path
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in client.get(f"/events?{query}").text


def test_stored_markup_in_event_fields_and_documents_comes_back_inert(client: TestClient) -> None:
    table = client.get("/events").text
    assert IMG_XSS not in table
    assert "&lt;img src=x onerror=" in table
    event = client.get("/events/ev-clash").text
    assert XSS not in event
    assert "&lt;script&gt;" in event  # the evidence sentence and the document text, escaped
    notes = client.get("/events/ev-force").text
    assert XSS not in notes and "<script>alert" not in notes


def test_login_page_refuses_an_offsite_next(client: TestClient) -> None:
    page = client.get("/login?next=//evil.invalid/x")
    assert 'name="next" value="/"' in page.text
