"""Rules from the seventh development set, part B (protests and riots in several cities, arrests by
named forces, handovers, deals, deployments, officers removed, live blogs and threads): each tested
on sentences written for tigris, with the shape of a real event, different from the set's wording."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor
from tigris.ingest import make_document

code = Coder(dt.date(2021, 3, 14), "gold7-part-b")  # a Sunday


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


def _subs(events: list) -> list[str]:  # type: ignore[type-arg]
    return sorted(e.sub_event_type for e in events)


# Dates --------------------------------------------------------------------------------------------


def test_since_a_weekday_opens_a_period(extractor: RuleExtractor) -> None:
    text = (
        "Hundreds of dock workers have blocked the gate of the Khor al-Zubair port since Wednesday, "
        "demanding permanent contracts; on Friday they set up a tent camp at the entrance."
    )
    event = code.one(extractor, text)
    assert event.sub_event_type == "Peaceful protest"
    assert event.date == dt.date(2021, 3, 12)


# Bases and ground handed over -----------------------------------------------------------------------


def test_a_base_described_between_commas_is_still_handed_over(extractor: RuleExtractor) -> None:
    text = (
        "On Thursday coalition soldiers handed the Habbaniyah base, west of Fallujah in Anbar, "
        "to the Iraqi army."
    )
    event = code.one(extractor, text)
    assert event.sub_event_type == "Change to group/activity"
    assert event.actor2 == "Military Forces of Iraq"


def test_a_base_handed_over_in_a_relative_clause(extractor: RuleExtractor) -> None:
    text = (
        "On Thursday the last coalition personnel flew out of the Taji air base north of Baghdad, which "
        "was handed to the Iraqi military in a brief ceremony."
    )
    assert _subs(code(extractor, text)) == ["Change to group/activity"]


def test_an_airbase_written_as_one_word_passed_over(extractor: RuleExtractor) -> None:
    text = "On Thursday the coalition passed the Ain al-Asad airbase, with its hangars, over to Iraqi forces."
    assert _subs(code(extractor, text)) == ["Change to group/activity"]


def test_security_control_signed_over_is_ground_handed_over(extractor: RuleExtractor) -> None:
    text = (
        "At a ceremony in Nasiriyah on Thursday, the Italian commander signed security control of "
        "Dhi Qar province over to the Iraqi police."
    )
    assert _subs(code(extractor, text)) == ["Non-violent transfer of territory"]


def test_the_side_that_moves_in_after_the_other_left_is_the_taker(extractor: RuleExtractor) -> None:
    text = (
        "On Tuesday Peshmerga units left Makhmur before dawn, and Iraqi army units moved into the town "
        "without a fight."
    )
    event = code.one(extractor, text)
    assert event.sub_event_type == "Non-violent transfer of territory"
    assert (event.actor1, event.actor2) == ("Military Forces of Iraq", "Peshmerga")


# Protests ---------------------------------------------------------------------------------------------


def test_a_crowd_told_by_its_chants_protests(extractor: RuleExtractor) -> None:
    text = "On Friday about two thousand people in Samawah marched to the station, chanting against the oil ministry."
    assert _subs(code(extractor, text)) == ["Peaceful protest"]
    text = (
        "On Friday about two thousand people walked to the square in Samawah chanting about water and jobs."
    )
    assert _subs(code(extractor, text)) == ["Peaceful protest"]


def test_police_firing_into_a_crowd_in_another_city_is_excessive_force(extractor: RuleExtractor) -> None:
    text = (
        "On Sunday several hundred people rallied in Tahrir Square against power cuts. "
        "In Diwaniyah, police fired into a crowd outside the governorate building and a man died of his wounds."
    )
    events = code(extractor, text)
    assert _subs(events) == ["Excessive force against protesters", "Peaceful protest"]
    force = next(e for e in events if e.sub_event_type.startswith("Excessive"))
    assert (force.location, force.actor2, force.fatalities_low) == ("Diwaniyah", "Police Forces of Iraq", 1)


def test_a_killing_told_right_after_the_police_met_the_crowd_is_its_toll(extractor: RuleExtractor) -> None:
    text = (
        "On Sunday several thousand people walked into Tahrir Square chanting against graft. "
        "Riot police answered with tear gas and then live rounds. "
        "A teenager was shot dead in Tahrir Square, medics said."
    )
    event = code.one(extractor, text)
    assert event.sub_event_type == "Excessive force against protesters"
    assert (event.actor2, event.fatalities_low) == ("Police Forces of Iraq", 1)


def test_thread_posts_numbered_with_a_slash_are_units_of_their_own(extractor: RuleExtractor) -> None:
    text = (
        "1/4 Sunday. Several thousand people walked into Tahrir Square chanting against graft.\n"
        "2/4 Riot police answered with tear gas and then live rounds. A teenager was shot dead in Tahrir Square\n"
        "3/4 In Kut, police fired into a crowd outside the council and a student died.\n"
        "4/4 More soon."
    )
    events = code(extractor, text)
    assert sorted((e.location, e.sub_event_type) for e in events) == [
        ("Kut", "Excessive force against protesters"),
        ("Tahrir Square", "Excessive force against protesters"),
    ]


def test_a_toll_for_the_whole_country_is_no_one_crowds(extractor: RuleExtractor) -> None:
    text = (
        "On Sunday several hundred people rallied in Tahrir Square against power cuts. "
        "In Diwaniyah, police fired into a crowd outside the governorate building and a man died of his wounds. "
        "The health ministry counted 4 dead and 150 wounded across the country."
    )
    force = next(e for e in code(extractor, text) if e.sub_event_type.startswith("Excessive"))
    assert (force.fatalities_low, force.injured) == (1, None)
    text = text.replace(
        "The health ministry counted 4 dead and 150 wounded across the country.",
        "The ministry's tally for Sunday: 4 dead and 150 injured nationwide.",
    )
    force = next(e for e in code(extractor, text) if e.sub_event_type.startswith("Excessive"))
    assert (force.fatalities_low, force.fatalities_high, force.injured) == (1, 1, None)


def test_protests_that_erupted_after_a_raid_name_its_cause(extractor: RuleExtractor) -> None:
    text = (
        "The protests erupted after soldiers raided the Baghdad home of the planning minister on "
        "Thursday and detained eight of his guards."
    )
    event = code.one(extractor, text)
    assert event.sub_event_type == "Arrests"
    assert event.location == "Baghdad"


def test_reporters_who_covered_protests_name_them(extractor: RuleExtractor) -> None:
    text = (
        "Police in Sulaymaniyah detained the photographer Karwan Aziz at his office on Friday, one of "
        "several reporters who covered the teachers' protests."
    )
    assert _subs(code(extractor, text)) == ["Arrests"]


def test_protests_of_a_season_gone_by_are_named(extractor: RuleExtractor) -> None:
    text = (
        "Asayish officers detained the blogger Rebin Kamal in Duhok on Friday over his posts about "
        "last summer's salary protests."
    )
    assert _subs(code(extractor, text)) == ["Arrests"]


def test_a_named_force_before_security_forces_keeps_its_name(extractor: RuleExtractor) -> None:
    text = "Asayish security forces detained the blogger Dilshad Omar at his home in Duhok on Friday."
    event = code.one(extractor, text)
    assert (event.sub_event_type, event.actor1) == ("Arrests", "Asayish")


def test_a_crowd_that_pushes_past_the_guards_riots(extractor: RuleExtractor) -> None:
    text = (
        "On Saturday hundreds of jobless young men furious over the hiring freeze pushed past the "
        "guards and entered the Basra oil company offices."
    )
    assert _subs(code(extractor, text)) == ["Violent demonstration"]


def test_the_dead_described_as_protesters_tell_no_new_protest(extractor: RuleExtractor) -> None:
    text = (
        "Troops opened fire on a sit-in in Fallujah on Saturday, killing at least 9 people. "
        "By Sunday officials put the dead at 14, most of them protesters."
    )
    event = code.one(extractor, text)
    assert event.sub_event_type == "Excessive force against protesters"
    assert (event.fatalities_low, event.fatalities_high) == (9, 14)


def test_a_call_on_protesters_to_hold_back_is_no_event(extractor: RuleExtractor) -> None:
    text = "The governor of Basra urged protesters not to block the port road."
    assert code(extractor, text) == []


def test_protesters_who_shut_a_highway_protest(extractor: RuleExtractor) -> None:
    text = "Demonstrators closed roads across the south on Sunday. In Diwaniyah, protesters shut the highway to Najaf for three hours."
    event = code.one(extractor, text)
    assert (event.sub_event_type, event.location) == ("Peaceful protest", "Diwaniyah")


def test_a_road_named_after_a_person_is_no_town(extractor: RuleExtractor) -> None:
    text = (
        "In the capital on Sunday, riot police fired tear gas to clear the Mohammed al-Qasim "
        "expressway and detained a dozen protesters."
    )
    event = code.one(extractor, text)
    assert event.location == "Baghdad"


def test_the_city_just_named_over_the_governorate_of_an_office(extractor: RuleExtractor) -> None:
    text = (
        "The mood in Ramadi was sour all week. On Saturday a few hundred people gathered outside the "
        "Anbar provincial council building in the city, demanding the governor's dismissal."
    )
    event = code.one(extractor, text)
    assert (event.location, event.admin1) == ("Ramadi", "Anbar")


# Riots -------------------------------------------------------------------------------------------------


def test_a_live_blogs_present_tells_a_crowd_breaking_in(extractor: RuleExtractor) -> None:
    text = (
        "Sun 14 Mar, 11:10 — Hundreds of supporters of the cleric stream into the parliament building "
        "in the Green Zone."
    )
    assert _subs(code(extractor, text)) == ["Violent demonstration"]
    text = "Sun 14 Mar, 11:10 — Hundreds of supporters of the cleric pull down the blast walls around the Green Zone."
    assert _subs(code(extractor, text)) == ["Violent demonstration"]


def test_a_toll_told_after_a_riot_is_the_riots(extractor: RuleExtractor) -> None:
    text = (
        "On Saturday rival crowds of Turkmen and Kurdish youths in Tuz Khurmatu pelted each other with "
        "stones and shots rang out. Two young men were killed by gunfire, hospital staff said."
    )
    event = code.one(extractor, text)
    assert (event.sub_event_type, event.fatalities_low) == ("Violent demonstration", 2)


def test_fighting_named_by_how_long_it_lasted_is_not_told(extractor: RuleExtractor) -> None:
    text = "Tuz Khurmatu was under curfew on Sunday after a night of street fighting between Turkmen and Kurdish residents."
    assert code(extractor, text) == []


# Violence against civilians ------------------------------------------------------------------------


def test_gunmen_who_fired_bullets_wounding_someone_attack(extractor: RuleExtractor) -> None:
    text = (
        "Gunmen in a car drew level with the judge's vehicle in Amarah on Wednesday and fired several "
        "bullets, wounding him."
    )
    event = code.one(extractor, text)
    assert (event.sub_event_type, event.actor1, event.injured) == (
        "Attack",
        "Unidentified Armed Group (Iraq)",
        1,
    )


def test_the_lawyer_killed_is_one_dead(extractor: RuleExtractor) -> None:
    text = (
        "Gunmen on a motorbike stopped beside his car in Amarah on Wednesday and fired several bullets, "
        "killing the lawyer, who had defended detained students during last year's protests."
    )
    event = code.one(extractor, text)
    assert (event.sub_event_type, event.actor1) == ("Attack", "Unidentified Armed Group (Iraq)")
    assert event.fatalities_low == 1


def test_the_one_town_of_the_headline_places_a_timeline_that_names_none(extractor: RuleExtractor) -> None:
    text = (
        "Kut's hot week: a timeline\n"
        "March 9 — Hundreds protest outside the electricity directorate after a third day without power.\n"
        "March 11 — Young men set fire to the directorate's gate and pelt the guards with stones."
    )
    doc = make_document(
        text, "test", title="Kut's hot week: a timeline", published=dt.date(2021, 3, 14), external_id="t"
    )
    events = extractor.extract(doc)
    assert len(events) == 2
    assert {e.location for e in events} == {"Kut"}


def test_the_companion_wounded_beside_the_victim_is_one_hurt(extractor: RuleExtractor) -> None:
    text = (
        "Gunmen in a car drew level with the judge's vehicle in Amarah on Wednesday and fired several "
        "bullets, killing him and wounding the colleague sitting beside him."
    )
    event = code.one(extractor, text)
    assert (event.fatalities_low, event.injured) == (1, 1)


def test_a_broadcast_greeting_places_the_bulletin(extractor: RuleExtractor) -> None:
    text = (
        "Good evening from Kirkuk. Gunmen in a pick-up fired several bullets at a taxi on Saturday "
        "night, killing the driver."
    )
    event = code.one(extractor, text)
    assert event.location == "Kirkuk"


# Armed groups, parades and fights ----------------------------------------------------------------------


def test_a_parade_with_rocket_launchers_is_no_shelling(extractor: RuleExtractor) -> None:
    text = (
        "On Saturday thousands of volunteers of the Peace Brigades paraded down the main streets of "
        "Sadr City carrying rifles and rocket launchers. Similar parades were held the same day in Kufa."
    )
    events = code(extractor, text)
    assert _subs(events) == ["Change to group/activity", "Change to group/activity"]
    assert sorted(e.location for e in events) == ["Kufa", "Sadr City"]


def test_a_group_described_by_who_raised_it_is_the_doer(extractor: RuleExtractor) -> None:
    text = (
        "On Saturday fighters of the Peace Brigades, the new force Moqtada al-Sadr formed last week, "
        "paraded through Sadr City."
    )
    event = code.one(extractor, text)
    assert event.actor1 == "Saraya al-Salam"


def test_rocket_propelled_grenades_in_a_fight_are_its_gear(extractor: RuleExtractor) -> None:
    text = (
        "Sat 13 Mar, 22:40 — Rocket-propelled grenades and machine-gun fire shake Basra as gunmen of "
        "Asaib Ahl al-Haq trade fire with the police."
    )
    assert _subs(code(extractor, text)) == ["Armed clash"]


def test_a_town_declared_retaken(extractor: RuleExtractor) -> None:
    text = "On Tuesday army units declared the provincial capital retaken from Daesh."
    event = code.one(extractor, text)
    assert (event.sub_event_type, event.actor1) == ("Government regains territory", "Military Forces of Iraq")


# Orders, deals and offices --------------------------------------------------------------------------------


def test_a_deadline_given_to_followers_is_an_order_to_stand_down(extractor: RuleExtractor) -> None:
    text = "On Sunday, in a speech from Kufa, Moqtada al-Sadr gives his followers two hours to leave the squares."
    assert _subs(code(extractor, text)) == ["Agreement"]


def test_where_an_order_was_read_out_after_the_act_is_no_second_event(extractor: RuleExtractor) -> None:
    text = (
        "On Sunday the cleric ordered his fighters to stop fighting in Amarah and Kut, in a statement "
        "read out at his office in Kufa."
    )
    assert len(code(extractor, text)) == 1


def test_a_deal_signed_in_one_city_to_run_another(extractor: RuleExtractor) -> None:
    text = (
        "Baghdad and Erbil signed an agreement in Baghdad on Sunday to run Makhmur jointly and move "
        "outside armed groups out of the district."
    )
    event = code.one(extractor, text)
    assert (event.sub_event_type, event.location) == ("Agreement", "Baghdad")


def test_withdrawing_from_political_life(extractor: RuleExtractor) -> None:
    text = "On Sunday the cleric posted from Najaf that he is withdrawing from political life for good."
    assert _subs(code(extractor, text)) == ["Other"]


def test_an_officer_removed_by_rank_and_name(extractor: RuleExtractor) -> None:
    text = (
        "On Sunday the prime minister removed General Kadhim Jabbar, the officer he had sent to Maysan "
        "last week, after the provincial council complained."
    )
    assert _subs(code(extractor, text)) == ["Other"]


def test_an_officer_moved_from_his_post(extractor: RuleExtractor) -> None:
    text = (
        "On Friday the defence ministry in Baghdad said the commander of the 20th Division had been "
        "moved from his post to a staff job."
    )
    assert _subs(code(extractor, text)) == ["Other"]


# Arrests and deployments ---------------------------------------------------------------------------------


def test_places_of_what_the_detained_are_accused_of_are_not_the_arrests(extractor: RuleExtractor) -> None:
    text = (
        "Counter-terrorism troops raided a farm near Tarmiyah on Thursday and detained six members of "
        "Kataib Hezbollah, accusing them of planning drone attacks on Erbil airport."
    )
    event = code.one(extractor, text)
    assert (event.sub_event_type, event.location) == ("Arrests", "Tarmiyah")
    text = (
        "Police detained a former officer in Baghdad on Thursday in connection with the murder of the "
        "Basra novelist Hadi Salman."
    )
    assert [e.location for e in code(extractor, text)] == ["Baghdad"]


def test_a_man_picked_up_told_by_a_pronoun_is_arrested(extractor: RuleExtractor) -> None:
    text = "A police unit acting on a court order picked him up in Kut on Wednesday night."
    assert _subs(code(extractor, text)) == ["Arrests"]


def test_fighters_who_take_up_positions_at_a_place_deploy(extractor: RuleExtractor) -> None:
    text = (
        "On Saturday dozens of Asaib Ahl al-Haq fighters in pick-up trucks drove to the Jadriya bridge "
        "and took up positions near the government offices there."
    )
    event = code.one(extractor, text)
    assert (event.sub_event_type, event.actor1) == ("Change to group/activity", "Asaib Ahl al-Haq")


def test_a_town_named_by_its_fall_is_no_place_of_the_event(extractor: RuleExtractor) -> None:
    text = (
        "On Saturday hundreds of fighters of the Peace Brigades, the force raised after the fall of "
        "Tikrit, paraded through Kufa with their rifles."
    )
    event = code.one(extractor, text)
    assert (event.sub_event_type, event.location) == ("Change to group/activity", "Kufa")


def test_the_protest_a_march_went_to_join_is_no_place_of_the_march(extractor: RuleExtractor) -> None:
    text = (
        "On Sunday hundreds of medical students walked out of their classes at the Kadhimiya teaching "
        "hospital and marched across the city to join the sit-in at Tahrir Square."
    )
    event = code.one(extractor, text)
    assert event.location == "Kadhimiya"
