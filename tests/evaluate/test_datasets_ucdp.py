"""How UCDP GED records are read and scored: headline text, side names, coded-only scores."""

import datetime as dt
import json

import pytest

from tigris.evaluate.datasets import evaluate_ucdp, geoparsed_admin1, ucdp_headlines
from tigris.evaluate.mappings import ucdp_side, ucdp_side_named
from tigris.types import Event


def test_wire_desk_tags_and_repeated_headlines_are_dropped():
    text = "UPDATE 2-Car bomb kills four in Kirkuk;UPDATE 2-Car bomb kills four in Kirkuk;WRAPUP 1-Clashes in Hit"
    assert ucdp_headlines(text) == ["Car bomb kills four in Kirkuk", "Clashes in Hit"]


def test_words_that_only_look_like_desk_tags_stay():
    assert ucdp_headlines("US-led jets strike a convoy;IS-held town shelled") == [
        "US-led jets strike a convoy",
        "IS-held town shelled",
    ]


@pytest.mark.parametrize(
    ("acled_name", "side"),
    [
        # UCDP codes the coalition's air war on IS in Iraq inside the Government of Iraq's dyad.
        ("Global Coalition Against Daesh", "Government of Iraq"),
        ("Military Forces of the United States", "Government of Iraq"),
        # UCDP's IS covers the Islamic State of Iraq, which Iraqi headlines long called al-Qaeda.
        ("Al-Qaeda", "IS"),
        ("Government of the United States", "Government of United States of America"),
    ],
)
def test_ucdp_side_of_coalition_and_qaeda_actors(acled_name, side):
    assert ucdp_side(acled_name) == side


def test_coded_only_scores_leave_out_headlines_with_no_event(tmp_path):
    rows = [
        {"id": "t1", "text": "UPDATE 1-Car bomb kills five people in a Mosul market", "date": "2016-03-02",
         "event_type": "one-sided violence", "actor1": "IS", "actor2": "Civilians", "admin1": "Nīnawá province",
         "extra": {"source_date": "2016-03-02"}},
        {"id": "t2", "text": "Evening bulletin from a television channel in Mosul", "date": "2016-03-03",
         "event_type": "state-based conflict", "actor1": "Government of Iraq", "actor2": "IS",
         "admin1": "Nīnawá province", "extra": {"source_date": "2016-03-03"}},
    ]  # fmt: skip
    path = tmp_path / "events.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    report = evaluate_ucdp(path)
    assert report.coded == 1
    assert (report.admin1_named.correct, report.admin1_named.total) == (1, 2)
    assert (report.admin1_named_coded.correct, report.admin1_named_coded.total) == (1, 1)
    assert report.actor_sides_coded.total == 2
    assert report.scores()["admin1_named_coded"] == 1.0


def _event(admin1: str | None) -> Event:
    return Event(event_id="e", doc_id="d", event_type="Battles", sub_event_type="Armed clash",
                 plover_type="FIGHT", plover_mode="", date=dt.date(2016, 5, 1), date_precision="day",
                 admin1=admin1)  # fmt: skip


def test_a_headline_that_codes_no_event_is_still_placed_by_its_most_precise_iraqi_place():
    # An entry that only names where something happened: no event, but the place resolves.
    assert geoparsed_admin1("3 May 2016: Qayyarah, Nineveh province, Iraq", None) == "Nineveh"
    # A town is more precise than its governorate, whichever comes first.
    assert geoparsed_admin1("Fighting in Anbar spreads to Tarmiyah", None) == "Baghdad"


def test_the_coded_event_decides_the_place_when_there_is_one():
    assert geoparsed_admin1("Clashes near Kirkuk", _event("Salah al-Din")) == "Salah al-Din"
    assert geoparsed_admin1("Clashes near Kirkuk", _event(None)) == "Kirkuk"


def test_a_headline_naming_no_iraqi_place_gets_no_governorate():
    assert geoparsed_admin1("Talks resume in Geneva", None) is None


@pytest.mark.parametrize(
    ("side", "headline", "named"),
    [
        ("IS", "Iraqi army kills 40 IS fighters near Rawa", True),
        ("IS", "Jihadists storm a village north of Tikrit", True),
        # "is" as a verb is not the group, and a car bomb names nobody.
        ("IS", "Car bomb is the deadliest in Baghdad this year", False),
        ("Government of Iraq", "Peshmerga push towards Bashiqa", True),
        # "Iraq" alone names the country, not the government's forces.
        ("Government of Iraq", "Iraq bombings leave 19 dead on a bloody Sunday", False),
        # Nobody says whose aircraft struck.
        ("Government of Iraq", "Air strikes kill 20 militants in Anbar", False),
        ("Civilians", "Mortar fire kills three shepherds near Sinjar", True),
        ("PKK", "Turkish jets hit PKK camps in Qandil", True),
    ],
)
def test_a_side_counts_as_named_only_when_the_headline_says_who_it_is(side, headline, named):
    assert ucdp_side_named(side, headline) is named


def test_named_sides_score_only_the_sides_a_headline_names(tmp_path):
    rows = [
        # Both sides named: the army and the Islamic State.
        {"id": "n1", "text": "Iraqi army kills 30 Islamic State militants in Ramadi", "date": "2015-12-20",
         "event_type": "state-based conflict", "actor1": "Government of Iraq", "actor2": "IS",
         "admin1": "Al Anbār province", "extra": {"source_date": "2015-12-21"}},
        # No side named: UCDP's attribution comes from the article, not from these words.
        {"id": "n2", "text": "Car bomb kills nine in Baghdad market", "date": "2015-12-21",
         "event_type": "one-sided violence", "actor1": "IS", "actor2": "Civilians",
         "admin1": "Baghdād province", "extra": {"source_date": "2015-12-21"}},
    ]  # fmt: skip
    path = tmp_path / "events.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    report = evaluate_ucdp(path)
    assert (report.actor_sides_named.correct, report.actor_sides_named.total) == (2, 2)
    assert report.actor_sides.total == 4


def test_the_named_pair_counts_only_headlines_that_name_both_sides(tmp_path):
    rows = [
        # Both named and both found.
        {"id": "p1", "text": "Peshmerga kill 12 Islamic State fighters near Gwer", "date": "2016-01-10",
         "event_type": "state-based conflict", "actor1": "Government of Iraq", "actor2": "IS",
         "admin1": "Arbīl province", "extra": {"source_date": "2016-01-10"}},
        # Both named, but the headline tells no event: a miss.
        {"id": "p2", "text": "Iraqi army chiefs discuss the war on Islamic State", "date": "2016-01-11",
         "event_type": "state-based conflict", "actor1": "Government of Iraq", "actor2": "IS",
         "admin1": "Baghdād province", "extra": {"source_date": "2016-01-11"}},
        # Only one side named: left out of the named pair, counted in the plain pair.
        {"id": "p3", "text": "Suicide bomber kills seven shoppers in Tuz Khurmatu", "date": "2016-01-12",
         "event_type": "one-sided violence", "actor1": "IS", "actor2": "Civilians",
         "admin1": "Şalāḩ ad Dīn province", "extra": {"source_date": "2016-01-12"}},
    ]  # fmt: skip
    path = tmp_path / "events.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    report = evaluate_ucdp(path)
    assert (report.actor_pair_named.correct, report.actor_pair_named.total) == (1, 2)
    assert report.actor_pair.total == 3
    assert report.scores()["actor_pair_named"] == 0.5
