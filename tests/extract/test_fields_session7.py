"""Actors and places of matched events (session 7): general causes of wrong fields found on the
development sets, each tested on sentences written for tigris."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor

code = Coder(dt.date(2021, 6, 10), "fields-session7")


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


# A clause about what a person had done describes the person: the crowd it names is no party, and
# its place places the event only when the sentence names no other.


def test_crowd_in_a_victims_description_is_not_the_target(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "Unknown gunmen abducted Hassan Ali, a doctor who treated wounded demonstrators, in Basra on Monday.",
    )
    assert event.actor2 == "Civilians (Iraq)"
    assert event.location == "Basra"


def test_crowd_in_a_victims_description_is_not_the_doer(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "Sami Karim, who led the city's protest movement, was shot dead by two men on a motorbike in Nasiriyah "
        "on Tuesday.",
    )
    assert event.actor1 == "Unidentified Armed Group (Iraq)"
    assert event.actor2 == "Civilians (Iraq)"
    assert event.fatalities == 1


def test_place_of_a_victims_deeds_gives_way_to_the_event_place(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "Gunmen shot dead Karim Abbas, a teacher who had organised sit-ins by protesters in Tahrir Square, outside "
        "his home in Kut on Sunday.",
    )
    assert event.location == "Kut"
    assert event.actor2 == "Civilians (Iraq)"


def test_place_of_a_victims_deeds_places_an_event_told_without_one(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "Karim Salih, who ran a phone shop in Amarah and helped organise the protests there, was killed at his "
        "shop by gunmen on Sunday.",
    )
    assert event.location == "Amarah"


def test_place_of_a_victims_deeds_in_the_dateline_city_leaves_the_city(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "BAGHDAD, June 6 — Huda Salman, a nurse who treated wounded protesters in Tahrir Square, was seized by "
        "armed men late on Saturday as she drove home, her family said.",
    )
    assert event.location == "Baghdad"
    assert event.actor2 == "Civilians (Iraq)"


def test_an_office_in_a_victims_description_still_names_the_side(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "BAGHDAD, June 8 — Ali Hamid, who held the presidency of the Governing Council, was killed on Monday when "
        "a car bomb struck his convoy outside the Green Zone.",
    )
    assert event.actor2 == "Government of Iraq"


def test_unnamed_men_of_an_armed_group_in_a_who_clause_keep_their_deed(extractor: RuleExtractor) -> None:
    events = code(extractor, "Gunmen who stormed a checkpoint killed two policemen in Tarmiyah on Monday.")
    assert [(e.actor1, e.actor2) for e in events] == [
        ("Unidentified Armed Group (Iraq)", "Police Forces of Iraq")
    ]


# A nation's weapon after a passive "by" is its forces, the doer.


def test_a_nations_drone_after_by_is_the_doer(extractor: RuleExtractor) -> None:
    event = code.one(extractor, "Two PKK fighters were killed by a Turkish drone near Amadiya on Monday.")
    assert event.actor1 == "Military Forces of Turkey"
    assert event.actor2 == "PKK: Kurdistan Workers Party"


def test_a_nations_drone_after_by_is_never_the_target(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor, "A car was hit by an Iranian drone near Sidakan on Monday, killing two people."
    )
    assert event.actor1 == "Military Forces of Iran"
    assert event.actor2 != "Military Forces of Iran"


def test_a_bomb_after_by_names_no_doer(extractor: RuleExtractor) -> None:
    event = code.one(extractor, "Four soldiers were killed by a roadside bomb near Tarmiyah on Monday.")
    assert event.actor1 == "Unidentified Armed Group (Iraq)"
    assert event.actor2 == "Military Forces of Iraq"


def test_a_gunship_that_fires_strikes_from_the_air(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "An American gunship fired on a truck near Qaim on Tuesday, killing two Kataib Hezbollah members.",
    )
    assert event.sub_event_type == "Air/drone strike"
    assert event.actor1 == "Military Forces of the United States"
    assert event.actor2 == "Kataib Hezbollah"


# A state that sends troops is their side; the troops are not Iraq's.


def test_troops_a_foreign_state_deploys_are_its_forces(extractor: RuleExtractor) -> None:
    event = code.one(extractor, "Turkey deployed about 200 soldiers to a base near Zakho on Friday.")
    assert event.actor1 == "Military Forces of Turkey"
    assert event.location == "Zakho"


def test_a_state_that_deploys_is_no_place(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor, "The United States deployed 500 more troops to Ain al-Asad Air Base on Friday."
    )
    assert event.actor1 == "Military Forces of the United States"
    assert event.location == "Ain al-Asad Air Base"


def test_troops_the_army_deploys_stay_iraqs(extractor: RuleExtractor) -> None:
    event = code.one(extractor, "The army deployed 300 soldiers to Tarmiyah on Monday.")
    assert event.actor1 == "Military Forces of Iraq"


# A decision whose only place is in a title is placed by the dateline.


def test_a_title_place_does_not_place_a_vote_with_a_dateline(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "BAGHDAD, Sept 15 — Parliament elected Ahmed Saleh, the governor of Diyala, as its speaker on Saturday.",
    )
    assert (event.location, event.admin1) == ("Baghdad", "Baghdad")


def test_a_title_place_still_places_a_violent_event(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "KIRKUK, May 2 — A roadside bomb hit the convoy of the governor of Salahuddin on Monday, wounding two guards.",
    )
    assert event.admin1 == "Salah al-Din"


# A bare dateline in capitals ("DUHOK — …") is where the story was filed.


def test_a_bare_dateline_gives_way_to_the_place_told(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor, "DUHOK — Artillery shells hit a village in the Zakho district on Wednesday afternoon."
    )
    assert event.location == "Zakho District"


def test_a_bare_dateline_places_an_event_told_without_a_place(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor, "BAGHDAD — All 40 members of the bloc submitted their resignations on Sunday evening."
    )
    assert event.location == "Baghdad"


# The airport road is a road; a rocket aimed at the airport fell elsewhere.


def test_the_airport_road_is_not_the_airport(extractor: RuleExtractor) -> None:
    event = code.one(extractor, "A roadside bomb hit a convoy on the airport road in Baghdad on Sunday.")
    assert event.location == "Baghdad"


def test_a_rocket_aimed_at_the_airport_is_placed_where_it_fell(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor, "A rocket aimed at the airport fell on a house in Baghdad on Sunday, killing two children."
    )
    assert event.location == "Baghdad"


def test_the_airport_struck_is_still_the_airport(extractor: RuleExtractor) -> None:
    event = code.one(extractor, "Two rockets hit the airport in Baghdad on Sunday.")
    assert event.location == "Baghdad International Airport"


# An accusation names nobody; people at leisure are civilians.


def test_the_state_an_accusation_names_is_no_party(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "Mortar shells hit holidaymakers at a picnic spot near Amadiya on Tuesday; Kurdish officials blamed Turkey.",
    )
    assert event.actor1 == "Unidentified Armed Group (Iraq)"
    assert event.actor2 == "Civilians (Iraq)"


def test_shells_on_a_resort_where_families_came_strike_civilians(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "Artillery shells slammed into a mountain resort near Zakho on Wednesday, where families from Baghdad had "
        "come to escape the heat.",
    )
    assert event.actor2 == "Civilians (Iraq)"


def test_shells_on_an_armed_post_keep_the_armed_target(extractor: RuleExtractor) -> None:
    event = code.one(extractor, "Artillery shells hit a PKK position near Amadiya on Tuesday.")
    assert event.actor2 == "PKK: Kurdistan Workers Party"


# Two sides of an agreement, the second told by its title.


def test_the_second_signatory_told_by_title_is_actor2(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "BAGHDAD, April 4 — Prime Minister Mohammed Shia al-Sudani and the Kurdistan region's premier Masrour "
        "Barzani signed an accord in Baghdad on Tuesday.",
        dt.date(2023, 4, 4),
    )
    assert [(e.actor1, e.actor2) for e in events] == [("Government of Iraq", "Kurdistan Regional Government")]


def test_the_state_an_accusation_names_in_a_log_row_is_no_party(extractor: RuleExtractor) -> None:
    text = (
        "Date\tPlace\tWhat happened\tKilled\tWounded\n"
        "12 May 2022\tAmadiya\tartillery shells hit farmers near a village; Baghdad blamed Turkey\t3\t5\n"
    )
    events = code(extractor, text, dt.date(2022, 5, 20))
    assert [e.location for e in events] == ["Amadiya"]
    assert events[0].actor1 == "Unidentified Armed Group (Iraq)"
    assert events[0].actor2 != "Military Forces of Turkey"
