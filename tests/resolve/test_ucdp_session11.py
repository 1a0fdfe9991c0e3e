"""Eleventh session, actor resolution for UCDP headlines: Canada's forces, a member of the coalition
against the Islamic State, on the Iraqi government's side. Texts written for tigris."""

from __future__ import annotations

import datetime as dt

import pytest

from tigris.evaluate.mappings import ucdp_side
from tigris.extract.extractor import RuleExtractor
from tigris.ingest import make_document


def _events(extractor: RuleExtractor, text: str):
    doc = make_document(text, "test", published=dt.date(2015, 3, 9), external_id="ucdp-session11")
    return extractor.extract(doc)


@pytest.mark.parametrize(
    "text",
    [
        "Canadian special forces traded fire with Islamic State fighters near Erbil on Sunday",
        "Canada special forces fight IS gunmen west of Kirkuk: ministry",
    ],
)
def test_canadian_special_forces_are_canada_s_own_fighting_is(extractor, text):
    (event,) = _events(extractor, text)
    assert (event.actor1, event.actor2) == ("Military Forces of Canada", "Islamic State (Iraq)")


def test_canada_s_forces_stand_on_the_iraqi_government_s_side_in_ucdp_terms():
    assert ucdp_side("Military Forces of Canada") == "Government of Iraq"
