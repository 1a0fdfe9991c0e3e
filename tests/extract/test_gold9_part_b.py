"""Recall rules from the ninth development set (part B): ground declared liberated or "back in
government hands", a sub-district or the ruins of a site retaken, a town "taken" after a stand, a
crowd climbing over walls or smashing its way in, and a pact told as a joint statement. Texts
written for tigris."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor

code = Coder(dt.date(2017, 9, 1), "gold9-part-b")  # a Friday


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


def _subs(events):
    return [e.sub_event_type for e in events]


@pytest.mark.parametrize(
    "text",
    [
        # declared liberated, in the passive
        "Army commanders say Hit is declared liberated after a week of street fighting against Islamic State.",
        # back in government hands
        "Army engineers said on Thursday that the whole of Baiji is back in government hands after the last "
        "militants fled.",
        # a sub-district liberated
        "Our heroic forces on Thursday liberated the al-Rashad sub-district south of Hawija from the Daesh gangs.",
        # the ruins of a named site retaken
        "Iraqi troops on Thursday retook the ruins of the al-Nabi Yunus shrine in Mosul.",
        # a city now fully liberated
        "The general said on Thursday that his soldiers had stormed the last pocket and that the city is now "
        "fully liberated. Qayyarah was quiet.",
    ],
)
def test_ground_told_as_liberated_or_retaken_is_regained(extractor, text):
    assert "Government regains territory" in _subs(code(extractor, text))


def test_a_town_taken_after_a_stand_is_ground_taken(extractor):
    text = "On Thursday Iraqi troops pressed on to Sinjar, where Kurdish fighters resisted for an hour before the town was taken."
    subs = _subs(code(extractor, text))
    assert any("territory" in s for s in subs), subs


def test_a_crowd_climbing_over_blast_walls_is_a_riot(extractor):
    text = (
        "Thousands of supporters of the cleric climbed over the blast walls of the Green Zone in Baghdad on "
        "Thursday, angry at the vote count."
    )
    assert "Violent demonstration" in _subs(code(extractor, text))


def test_a_crowd_smashing_its_way_in_is_a_riot(extractor):
    text = "On Thursday militia supporters smash their way into the Kuwaiti consulate in Basra."
    assert "Violent demonstration" in _subs(code(extractor, text))


def test_a_pact_told_as_a_joint_statement_is_an_agreement_at_its_place(extractor):
    text = (
        "The governments of Iraq and Jordan agreed in a joint statement issued in Baghdad on Thursday that "
        "joint patrols of the desert border will begin next month."
    )
    events = [e for e in code(extractor, text) if e.sub_event_type == "Agreement"]
    assert events and events[0].location == "Baghdad"


def test_onlookers_around_a_burned_out_car_are_no_riot_and_no_protest(extractor):
    text = "Crowds gathered around the burned-out car in Karrada on Thursday before police closed the road."
    assert [
        s for s in _subs(code(extractor, text)) if s in ("Violent demonstration", "Peaceful protest")
    ] == []


def test_a_correction_retracting_an_earlier_report_tells_no_event_of_its_own(extractor):
    text = (
        "Correction: A report in Wednesday's edition said a police officer was shot dead in Kut. "
        "He was killed in Amara, where gunmen fired on his car late on Tuesday."
    )
    events = code(extractor, text)
    assert [e.location for e in events] == ["Amarah"]


def test_a_base_named_as_a_military_complex_handed_over_is_a_change_to_group(extractor):
    text = "The coalition handed the Qayyarah military complex south of Mosul over to the Iraqi army on Thursday."
    assert "Change to group/activity" in _subs(code(extractor, text))


def test_a_leader_sending_a_crowd_home_is_an_agreement_where_the_crowd_was(extractor):
    text = (
        "Thousands of supporters of the cleric smashed their way into the Green Zone in Baghdad on Thursday. "
        "Late in the evening the cleric told them in a televised speech to go home, and they left."
    )
    agreements = [e for e in code(extractor, text) if e.sub_event_type == "Agreement"]
    assert agreements and agreements[0].location == "Green Zone"


def test_a_crowd_that_left_after_being_told_to_go_home_adds_no_agreement(extractor):
    text = (
        "Thousands of supporters of the cleric smashed their way into the Green Zone in Baghdad on Thursday. "
        "They left the square hours later after the cleric told them to go home."
    )
    assert "Agreement" not in _subs(code(extractor, text))
