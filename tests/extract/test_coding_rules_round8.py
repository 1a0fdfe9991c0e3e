"""Round 8: tolls of several events told in one sentence, a named victim killed in the passive,
diplomats among victims, and the place of a closing attribution; on sentences written for these
tests."""

from __future__ import annotations

import datetime as dt

from tigris.extract.extractor import RuleExtractor
from tigris.ingest import make_document
from tigris.resolve.fatalities import read_figures


def test_each_place_in_a_sentence_takes_the_toll_of_its_own_clause(extractor: RuleExtractor) -> None:
    doc = make_document(
        "On Tuesday a roadside bomb killed four soldiers near Baiji, and a car bomb in Hilla "
        "killed at least nine shoppers.",
        "test",
        published=dt.date(2014, 5, 7),
        external_id="clauses",
    )
    tolls = {e.location: (e.fatalities_low, e.fatalities_high) for e in extractor.extract(doc)}
    assert tolls == {"Baiji": (4, 4), "Hillah": (9, 9)}, tolls


def test_one_toll_for_several_places_still_reaches_each(extractor: RuleExtractor) -> None:
    doc = make_document(
        "On Tuesday mortar rounds fell on Baiji and Tikrit, killing six people.",
        "test",
        published=dt.date(2014, 5, 7),
        external_id="one-toll",
    )
    events = extractor.extract(doc)
    assert events and all(e.fatalities == 6 for e in events), [(e.location, e.fatalities) for e in events]


def test_a_named_person_shot_dead_in_the_passive_is_one_death() -> None:
    assert read_figures("The journalist Ahmed Abdul Samad was shot dead in Basra on Sunday.").low == 1
    assert (
        read_figures("The tribal leader Sheikh Qasim al-Suwaidi had been gunned down at his home.").low == 1
    )
    # no name, no count: "the governor was shot dead" is left to the event's other figures
    assert read_figures("The district governor was shot dead on Sunday.").low is None


def test_diplomats_among_the_victims_do_not_make_an_attack_diplomacy(extractor: RuleExtractor) -> None:
    doc = make_document(
        "Gunmen seized a bus carrying diplomats and aid workers near Tikrit on Monday and kidnapped "
        "eleven people, police said.",
        "test",
        published=dt.date(2015, 2, 3),
        external_id="diplomats",
    )
    events = extractor.extract(doc)
    assert [e.sub_event_type for e in events] == ["Abduction/forced disappearance"], events


def test_recalled_diplomats_are_still_no_event(extractor: RuleExtractor) -> None:
    doc = make_document(
        "Baghdad recalled its diplomats from Ankara on Monday after the strikes.",
        "test",
        published=dt.date(2015, 2, 3),
        external_id="recalled",
    )
    assert extractor.extract(doc) == []


def test_the_place_where_a_source_spoke_is_not_the_place_of_the_event(extractor: RuleExtractor) -> None:
    doc = make_document(
        "A roadside bomb killed two soldiers near Samarra on Thursday, the defence ministry in Baghdad said.",
        "test",
        published=dt.date(2016, 4, 8),
        external_id="source-place",
    )
    assert [e.location for e in extractor.extract(doc)] == ["Samarra"]


def test_followers_of_a_leader_firing_on_a_crowd_is_excessive_force() -> None:
    from tigris.extract import rules

    trigger = rules.classify(
        "A sit-in in Nasiriyah was attacked on Friday by supporters of a local party leader, who "
        "fired at the demonstrators, wounding eleven of them."
    )
    assert trigger is not None and trigger.sub_event_type == "Excessive force against protesters"


def test_the_explosive_named_first_decides_the_sub_type() -> None:
    from tigris.extract import rules

    bombs_first = rules.classify("Three car bombs and several mortar rounds hit Hilla on Sunday, killing 20.")
    shells_first = rules.classify("Mortar rounds and a roadside bomb hit Hilla on Sunday, killing 20.")
    assert bombs_first is not None and bombs_first.sub_event_type == "Remote explosive/landmine/IED"
    assert shells_first is not None and shells_first.sub_event_type == "Shelling/artillery/missile attack"
