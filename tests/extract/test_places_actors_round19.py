"""Round 19: sides and places in wire headlines, alone or several joined (our own sentences)."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor

code = Coder(dt.date(2016, 4, 12), "round19")


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


def _sides(extractor: RuleExtractor, text: str) -> set[str | None]:
    events = code(extractor, text)
    assert events, text
    return {events[0].actor1, events[0].actor2}


# claims and other mentions of one attack ------------------------------------------------------


def test_headline_claim_in_the_present_names_the_bomber(extractor: RuleExtractor) -> None:
    e = code(extractor, "Car bomb kills nine at Kirkuk market; Islamic State claims Kirkuk market bombing")[0]
    assert e.actor1 == "Islamic State (Iraq)"
    assert e.actor2 != "Islamic State (Iraq)"


def test_claim_of_responsibility_in_a_headline_of_its_own(extractor: RuleExtractor) -> None:
    e = code(
        extractor,
        "A suicide bomber killed seven people at a checkpoint in Samarra on Monday.\n\n"
        "IS claims responsibility for Samarra checkpoint bombing",
    )[0]
    assert e.actor1 == "Islamic State (Iraq)"


def test_bomber_named_in_a_second_clause_with_its_own_verb_did_it(extractor: RuleExtractor) -> None:
    e = code(
        extractor,
        "Suicide attack leaves three dead in Tuz Khurmatu; IS bomber hits a funeral tent, three dead",
    )[0]
    assert (e.actor1, e.location) == ("Islamic State (Iraq)", "Tuz Khurmatu")


def test_unnamed_bomber_named_in_a_later_report_of_the_same_blast(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "A suicide bomber blew himself up at a wedding hall in Hilla on Friday, killing 14 guests.\n\n"
        "An Islamic State suicide bomber blew himself up at a wedding hall in Hilla on Friday, police said.",
    )
    assert len(events) == 1
    assert events[0].actor1 == "Islamic State (Iraq)"


# territory and fights ---------------------------------------------------------------------------


def test_ground_regained_with_no_force_named_is_the_state_s(extractor: RuleExtractor) -> None:
    e = code(extractor, "Most of Ramadi liberated from Islamic State, officials say")[0]
    assert e.sub_event_type == "Government regains territory"
    assert (e.actor1, e.actor2) == ("Military Forces of Iraq", "Islamic State (Iraq)")


def test_group_holding_the_ground_is_the_other_side(extractor: RuleExtractor) -> None:
    e = code(extractor, "Iraqi troops retake IS-held village south of Kirkuk")[0]
    assert (e.actor1, e.actor2) == ("Military Forces of Iraq", "Islamic State (Iraq)")


def test_force_holding_the_ground_overrun_is_the_other_side(extractor: RuleExtractor) -> None:
    e = code(extractor, "IS fighters overrun a Peshmerga-held village near Makhmour")[0]
    assert (e.actor1, e.actor2) == ("Islamic State (Iraq)", "Peshmerga")


def test_side_named_after_clashes_against_fought(extractor: RuleExtractor) -> None:
    assert _sides(extractor, "Iraqi soldiers in clashes against IS gunmen near Baiji; dozens dead") == {
        "Military Forces of Iraq",
        "Islamic State (Iraq)",
    }


def test_government_forces_are_the_state_s(extractor: RuleExtractor) -> None:
    assert "Military Forces of Iraq" in _sides(
        extractor, "Insurgents attack government forces at a checkpoint outside Samarra"
    )


def test_troops_of_a_foreign_state_that_speaks_are_its_own(extractor: RuleExtractor) -> None:
    e = code(extractor, "Turkey says troops killed 12 PKK fighters near Zakho")[0]
    assert (e.actor1, e.actor2) == ("Military Forces of Turkey", "PKK: Kurdistan Workers Party")


# places ---------------------------------------------------------------------------------------


def test_town_after_the_country_s_possessive_in_a_list_is_where_it_struck(extractor: RuleExtractor) -> None:
    e = code(extractor, "About 30 jihadists die in Iraq's Tal Afar, Anbar - website")[0]
    assert (e.location, e.admin1) == ("Tal Afar", "Nineveh")


def test_force_told_as_the_agent_of_a_retaking_regained_the_ground(extractor: RuleExtractor) -> None:
    e = code(extractor, "Shops reopen in Hit, a town retaken by Iraqi troops last week")[0]
    assert e.actor1 == "Military Forces of Iraq"
    assert e.actor2 != "Military Forces of Iraq"


def test_source_opening_a_headline_is_no_party(extractor: RuleExtractor) -> None:
    e = code(extractor, "Iraqi police, hospital officials: Car bomb kills 11 at Kirkuk bus station")[0]
    assert e.actor1 == "Unidentified Armed Group (Iraq)"
    assert "Police Forces of Iraq" not in (e.actor1, e.actor2)


def test_group_that_says_it_was_behind_the_blasts_did_them(extractor: RuleExtractor) -> None:
    e = code(extractor, "IS says it's behind two suicide attacks on Kirkuk checkpoints, 19 dead")[0]
    assert e.actor1 == "Islamic State (Iraq)"


def test_iraq_military_written_without_the_adjective_is_the_army(extractor: RuleExtractor) -> None:
    e = code(extractor, "Suicide bomber hits Iraq military headquarters in Tikrit, killing 14")[0]
    assert e.actor2 == "Military Forces of Iraq"


def test_event_with_no_place_is_less_sure_than_one_placed_in_the_country(extractor: RuleExtractor) -> None:
    nowhere = code(extractor, "Islamic State fighters attack police base, one killed")[0]
    country = code(extractor, "Islamic State fighters attack police base in Iraq, one killed")[0]
    assert (nowhere.location, country.location) == (None, "Iraq")
    assert nowhere.confidence < country.confidence


def test_group_the_ground_was_retaken_from_is_the_other_side(extractor: RuleExtractor) -> None:
    e = code(extractor, "Families go home to Baiji, a district retaken by Iraqi soldiers from IS")[0]
    assert (e.actor1, e.actor2) == ("Military Forces of Iraq", "Islamic State (Iraq)")
