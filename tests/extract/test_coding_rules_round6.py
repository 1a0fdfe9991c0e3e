"""Coding rules of the sixth round (docs/codebook.md), on sentences written for these tests: places
named only as where people came from or went to, and a site named with its address."""

from __future__ import annotations

import datetime as dt

from coding import Coder

from tigris.extract.extractor import RuleExtractor

code = Coder(dt.date(2021, 5, 4), "r6")


def test_a_place_someone_comes_from_is_not_where_the_event_struck(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "Protesters stormed the Kut office of the Dawa Party on Monday, angered by a lawmaker from Basra.",
    )
    assert [(e.sub_event_type, e.location) for e in events] == [("Violent demonstration", "Kut")]


def test_a_destination_is_not_where_the_event_struck(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "A roadside bomb struck a minibus carrying pilgrims to Najaf near Hillah on Monday, killing three.",
    )
    assert [(e.sub_event_type, e.location, e.admin1) for e in events] == [
        ("Remote explosive/landmine/IED", "Hillah", "Babil")
    ]


def test_a_route_named_only_by_its_ends_is_still_coded_where_it_set_out(extractor: RuleExtractor) -> None:
    events = code(extractor, "Hundreds of students marched from Tahrir Square to Khilani Square on Monday.")
    assert [e.location for e in events] == ["Tahrir Square"]


def test_the_address_of_a_site_adds_no_second_event(extractor: RuleExtractor) -> None:
    events = code(
        extractor, "Two mortar rounds hit the Kadhimiya Shrine in Kadhimiya on Monday, police said."
    )
    assert [(e.sub_event_type, e.location) for e in events] == [
        ("Shelling/artillery/missile attack", "Kadhimiya Shrine")
    ]
    # near miss: a site and a place in another governorate are two events
    two = code(extractor, "Rockets hit the Imam Ali Air Base in Nasiriyah and Camp Taji on Monday.")
    assert len({e.admin1 for e in two}) == 2
