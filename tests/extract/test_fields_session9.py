"""Actors and tolls of matched events (session 9): general causes of wrong fields found on the sixth
development set, each tested on sentences written for tigris."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor
from tigris.ingest import make_document
from tigris.resolve.fatalities import read_figures
from tigris.types import Event

code = Coder(dt.date(2022, 5, 6), "fields-session9")


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


# Claims told in other words name the doer of the attack told before.


def test_claim_in_a_video_on_its_channels_names_the_doer(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "A roadside bomb hit an army patrol near Baiji on Monday, killing two soldiers. The Islamic State said "
        "in a video on its channels that its fighters had planted the bomb.",
    )
    assert event.actor1 == "Islamic State (Iraq)"


def test_group_that_says_it_fired_the_missiles_is_the_doer(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "Missiles fell near the airport in Erbil late on Friday, wounding a guard. Saraya Awliya al-Dam said it "
        "had fired the missiles.",
    )
    assert event.actor1 == "Saraya Awliya al-Dam"


def test_a_ministry_that_says_its_nations_forces_struck_names_them(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "A drone strike hit a car near Qaim on Tuesday, killing a militia commander. The Pentagon said US forces "
        "conducted the strike.",
    )
    assert event.actor1 == "Military Forces of the United States"


# A doer only disguised or believed names no party.


def test_men_dressed_in_the_uniforms_of_a_force_are_not_that_force(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "Attackers dressed in the uniforms of the army opened fire on guests at a wedding outside Tarmiyah on "
        "Friday, killing six.",
    )
    assert event.actor1 == "Unidentified Armed Group (Iraq)"
    assert event.actor2 == "Civilians (Iraq)"


def test_gunmen_believed_to_belong_to_a_group_stay_unidentified(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor, "Gunmen believed to belong to the Islamic State shot dead a farmer near Hit on Tuesday."
    )
    assert event.actor1 == "Unidentified Armed Group (Iraq)"


# The dead counted in other words.


def test_a_death_told_by_its_ordinal_raises_the_toll(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "A bomb struck a police car near Samarra on Sunday, killing two policemen. Officials said on Monday a "
        "third policeman had died in hospital.",
    )
    assert event.fatalities == 3


def test_two_people_told_by_what_they_were_are_two_dead() -> None:
    figures = read_figures("A grenade went off in a bus station in Kut, killing a girl and a bread vendor.")
    assert figures.low == 2


def test_a_by_name_does_not_end_the_list_of_the_dead() -> None:
    figures = read_figures(
        "An air strike near Qaim killed Ali Karim, known as Abu Zainab, a leader of the faction, and one of his "
        "bodyguards."
    )
    assert figures.low == 2


def test_a_headline_person_with_a_role_shot_dead_is_one_dead() -> None:
    assert read_figures("Lawyer Ahmed Jasim shot dead in Amarah as he left his office.").low == 1


def test_the_dead_of_captives_go_to_their_killing_not_to_the_abduction(extractor: RuleExtractor) -> None:
    headline = "Seven men of Sudur found dead after abduction"
    body = (
        "Gunmen in pickups kidnapped ten villagers from Sudur, near Dujail, on Sunday, and the bodies of seven "
        "of them were later found shot in a ditch, officials said."
    )
    doc = make_document(
        headline + "\n" + body,
        "test",
        title=headline,
        published=dt.date(2022, 5, 6),
        external_id="s9-captives",
    )
    tolls = {e.sub_event_type: e.fatalities for e in extractor.extract(doc)}
    assert tolls == {"Abduction/forced disappearance": 0, "Attack": 7}


# Who released a captive, and who agreed.


def test_captive_told_as_taken_and_freed_has_unnamed_captors(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "Karim Aziz, the Lebanese engineer kidnapped in Basra last year, was freed on Sunday, officials said.",
    )
    assert event.sub_event_type == "Agreement"
    assert event.actor1 == "Unidentified Armed Group (Iraq)"


def test_the_governments_of_two_states_are_the_parties_to_a_deal(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "BAGHDAD, May 4 — The governments of Iraq and Turkey said on Monday that they had agreed to end the "
        "mission of the border observers.",
    )
    assert event.actor1 == "Government of Iraq"
    assert event.actor2 == "Government of Turkey"


def test_commanders_and_leaders_of_two_sides_agree_as_two_parties(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor, "On Sunday police commanders and Asaib Ahl al-Haq leaders agreed in Basra to a truce."
    )
    assert event.actor1 == "Police Forces of Iraq"
    assert event.actor2 == "Asaib Ahl al-Haq"


# Who resists a push is the other side.


def test_resistance_met_comes_from_the_side_attacked(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "Islamic State cells still hide in the reed beds south of Kirkuk. On Monday, police moved into the reed "
        "beds near Daquq and met resistance from militants; two militants were killed.",
    )
    assert event.actor1 == "Police Forces of Iraq"
    assert event.actor2 == "Islamic State (Iraq)"


# Who else acts: a state's agents, a regulator, a leader's armed men, forces told by their seat, two
# sides told back.


def test_intelligence_officers_with_no_state_named_are_the_government(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "On Friday morning, intelligence officers detained three men in Tarmiyah who had driven the launch truck.",
    )
    assert event.sub_event_type == "Arrests"
    assert event.actor1 == "Government of Iraq"


def test_the_media_regulator_is_the_government(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "The Communications and Media Commission ordered on Monday the closure of the Baghdad bureau of a Kurdish "
        "television channel for a month.",
    )
    assert event.actor1 == "Government of Iraq"


def test_gunmen_loyal_to_a_party_leader_are_its_armed_wing_of_the_day(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "Hundreds of gunmen loyal to Moqtada al-Sadr paraded through Kufa on Saturday with rocket launchers.",
    )
    assert event.actor1 == "Saraya al-Salam"


def test_federal_forces_are_the_army(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "On Tuesday federal forces and PMF units took over the town of Tuz Khurmatu after the Peshmerga left.",
    )
    assert event.sub_event_type == "Non-violent transfer of territory"
    assert event.actor1 == "Military Forces of Iraq"


def test_the_two_tribes_that_sign_a_truce_are_the_sides_of_the_fight(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "Gunmen of the Bani Lam and Bani Tamim tribes fought each other with rifles and grenades near Amarah on "
        "Saturday, leaving two dead. On Sunday, elders of the two tribes agreed to a truce in Amarah.",
    )
    truce = [e for e in events if e.sub_event_type == "Agreement"]
    assert len(truce) == 1, events
    assert (truce[0].actor1, truce[0].actor2) == (
        "Bani Lam Tribal Militia (Iraq)",
        "Bani Tamim Tribal Militia (Iraq)",
    )


def test_a_name_told_again_in_brackets_leaves_the_first_subject_the_doer(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "Iraqi army units and fighters of Kataib Hezbollah (KH) clashed in Jurf al-Sakhar on Monday.",
    )
    assert event.actor1 == "Military Forces of Iraq"
    assert event.actor2 == "Kataib Hezbollah"


# Places.


def test_the_entrance_to_a_site_is_the_site(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "A protester was killed on Monday when guards fired on a crowd at the entrance to the Rumaila oil field, "
        "west of Basra.",
    )
    assert event.location == "Rumaila oil field"


def test_an_apposition_after_the_day_says_where_the_town_lies(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "Islamic State fighters attacked a police post in Hadithah on Tuesday, the town north of the Haditha Dam.",
    )
    assert event.location == "Haditha"


def test_where_suspects_did_what_they_are_suspected_of_is_not_the_arrest(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "Police in Tikrit arrested two men on Wednesday suspected of carrying money between Islamic State cells in "
        "the Baiji oil refinery area.",
    )
    assert event.location == "Tikrit"


def test_a_statements_header_places_the_decision(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "Statement of the Office of the Speaker, Baghdad, 3 May 2022.\n"
        "The speaker on Tuesday accepted the resignation of the deputy speaker, Hassan Karim.",
    )
    assert event.location == "Baghdad"


def test_the_post_an_officer_was_sent_to_does_not_place_his_dismissal(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "NAJAF, May 4 — Major General Ali Jabbar, the commander sent to restore calm in Basra province, was "
        "relieved of his duties on Wednesday on the orders of the prime minister.",
    )
    assert event.location == "Najaf"


def test_where_a_force_is_sent_is_where_it_deploys(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor, "Two police battalions were sent to Shatra district in northern Dhi Qar on Sunday."
    )
    assert event.location == "Shatra District"


def test_a_district_then_told_as_the_town_is_the_town(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "Three companies of federal police were sent to Qurna district on Sunday after a tribal feud shut the "
        "town's shops.",
    )
    assert event.location == "Qurna"


def test_suicide_bombers_in_a_jihadist_groups_assault_are_that_group(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "Islamic State fighters stormed the town of Rutba before dawn on Friday and fought the police for hours. "
        "In a separate attack the same morning, suicide bombers struck a gas plant near Akashat, killing nine "
        "workers.",
    )
    assert _only(events, "Suicide bomb").actor1 == "Islamic State (Iraq)"


def test_suicide_bombers_after_a_militia_named_stay_unidentified(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "Kataib Hezbollah fired rockets at a base near Balad on Monday. On Tuesday suicide bombers struck a market "
        "in Baqubah, killing nine shoppers.",
    )
    assert _only(events, "Suicide bomb").actor1 == "Unidentified Armed Group (Iraq)"


def test_suicide_bombers_joined_to_gunmen_are_one_unnamed_side(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "Islamic State fighters stormed the town of Rutba before dawn on Friday and fought the police for hours. "
        "That evening suicide bombers and gunmen attacked a shrine near Hit, killing 30 pilgrims.",
    )
    attack = _only(events, "Suicide bomb")
    assert attack.actor2 == "Civilians (Iraq)"


def _only(events: list[Event], sub_event_type: str) -> Event:
    found = [e for e in events if e.sub_event_type == sub_event_type]
    assert len(found) == 1, events
    return found[0]
