"""Events missed or invented on the ninth development set (eleventh session): a crush in a panic,
a crowd out to cheer a team, a superlative's yardstick, men dressed as commandos who drive captives
away, Marines killed, a timeline's present tense, a deed done as troops close in, a jail stormed
and its guards fought, two weapons of one attack, an ambush on one man's convoy, and history pages.
Texts written for tigris."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor

code = Coder(dt.date(2006, 3, 8), "session11-events")


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


def test_pilgrims_crushed_when_panic_swept_the_crowd_make_no_attack(extractor):
    text = (
        "KARBALA, March 8 - More than 200 pilgrims died on Tuesday when panic swept the crowd at the "
        "gate of the shrine. Many were trampled in the crush."
    )
    assert code(extractor, text) == []


def test_crowds_out_to_cheer_a_team_make_no_protest(extractor):
    text = (
        "Thousands of people filled the streets of Basra on Tuesday to cheer the national team after the win."
    )
    assert code(extractor, text) == []


def test_a_crowd_out_to_celebrate_while_it_demands_something_still_protests(extractor):
    text = "Thousands filled Tahrir Square on Tuesday to celebrate and to demand the fall of the government."
    assert [e.sub_event_type for e in code(extractor, text)] == ["Peaceful protest"]


def test_the_yardstick_of_a_superlative_is_no_event(extractor):
    text = (
        "A car bomb killed 12 people in a Kirkuk market on Monday. It was the deadliest day in the city "
        "since American troops withdrew from the province."
    )
    events = code(extractor, text)
    assert [(e.sub_event_type, e.date) for e in events] == [
        ("Remote explosive/landmine/IED", dt.date(2006, 3, 6))
    ]


def test_men_dressed_as_officers_who_drive_away_with_captives_abduct_them(extractor):
    text = (
        "Men dressed as army officers stopped a bus near Taji on Sunday, herded the passengers into two "
        "vans and drove away with them."
    )
    event = code.one(extractor, text)
    assert (event.sub_event_type, event.actor1, event.date) == (
        "Abduction/forced disappearance",
        "Unidentified Armed Group (Iraq)",
        dt.date(2006, 3, 5),
    )


def test_insurgents_who_killed_marines_fought_them(extractor):
    event = code.one(extractor, "Insurgents killed three Marines near Hit on Monday.")
    assert (event.sub_event_type, event.actor2, event.fatalities_low) == (
        "Armed clash",
        "Military Forces of the United States",
        3,
    )


def test_a_timeline_in_the_present_tense_dates_bombs_that_explode_by_its_heading(extractor):
    text = (
        "Hilla: a timeline\n"
        "3 March 2005 - Bombs hidden overnight in a vegetable cart explode at the bus station in Hilla."
    )
    event = code.one(extractor, text)
    assert (event.sub_event_type, event.date, event.location) == (
        "Remote explosive/landmine/IED",
        dt.date(2005, 3, 3),
        "Hillah",
    )


def test_a_deed_done_as_troops_close_in_is_the_event(extractor):
    text = (
        "The fall of Hit\nMarch 6 - Militants blow up the town's main bridge as army units close in on Hit."
    )
    event = code.one(extractor, text)
    assert (event.sub_event_type, event.date) == ("Looting/property destruction", dt.date(2006, 3, 6))


def test_attackers_who_storm_a_jail_and_fight_its_guards_make_a_battle(extractor):
    text = (
        "Gunmen stormed the prison in Tikrit late on Sunday and fought the guards and police for three "
        "hours before dozens of inmates escaped."
    )
    event = code.one(extractor, text)
    assert (event.sub_event_type, event.actor2, event.date) == (
        "Armed clash",
        "Police Forces of Iraq",
        dt.date(2006, 3, 5),
    )


def test_a_second_weapon_that_also_struck_the_district_is_the_same_attack(extractor):
    text = (
        "Car bombs tore through two markets in Shaab on Monday, and a rocket also hit the district, killing "
        "at least 40 people."
    )
    event = code.one(extractor, text)
    assert (event.sub_event_type, event.fatalities_low) == ("Remote explosive/landmine/IED", 40)


def test_an_ambush_on_one_mans_convoy_that_kills_him_is_an_attack(extractor):
    text = (
        "Gunmen ambushed the convoy of Salim Hassan, the deputy governor of Diyala, near Baquba on Monday, "
        "killing him and two of his guards."
    )
    event = code.one(extractor, text)
    assert (event.sub_event_type, event.actor2, event.fatalities_low) == ("Attack", "Government of Iraq", 3)


def test_an_ambush_on_an_army_convoy_is_still_a_battle(extractor):
    event = code.one(
        extractor, "Insurgents ambushed an army convoy near Baiji on Monday, killing five soldiers."
    )
    assert event.sub_event_type == "Armed clash"


def test_a_history_page_of_an_older_century_tells_no_event(extractor):
    text = (
        "FROM THE ARCHIVE - the fall of the city\n"
        "On 12 April 1401, the army of Timur broke into Baghdad after a long siege. In the days that "
        "followed, the city was looted and thousands of its people were killed. Baghdad took centuries to "
        "recover its place among the cities of the region."
    )
    assert code(extractor, text) == []


def test_a_history_page_that_opens_on_an_old_date_with_no_event_tells_none(extractor):
    text = (
        "HISTORY CORNER - six centuries on\n"
        "On 12 April 1401, the governor of the city surrendered Baghdad to the army of Timur. In the days "
        "that followed, its people were massacred."
    )
    assert code(extractor, text) == []


def test_a_strike_named_before_the_aircraft_that_made_it_is_an_air_strike(extractor):
    text = (
        "No raid this year has been more disputed than the strike that US aircraft carried out before dawn "
        "on Monday at a farm near Rawa. Local officials said 14 people died."
    )
    event = code.one(extractor, text)
    assert (event.sub_event_type, event.actor1, event.date) == (
        "Air/drone strike",
        "Military Forces of the United States",
        dt.date(2006, 3, 6),
    )


def test_a_government_compound_overrun_on_an_earlier_day_is_ground_taken_that_day(extractor):
    text = (
        "RAMADI, March 8 - Militants seized Hit on Tuesday after the police withdrew. They had overrun the "
        "government compound in the town centre on Sunday."
    )
    events = sorted(code(extractor, text), key=lambda e: e.date)
    assert [(e.sub_event_type, e.date) for e in events] == [
        ("Non-state actor overtakes territory", dt.date(2006, 3, 5)),
        ("Non-state actor overtakes territory", dt.date(2006, 3, 7)),
    ]


def test_the_city_two_sentences_on_is_still_the_city_named(extractor):
    text = (
        "BAGHDAD, March 8 - Militants seized Hit on Tuesday after the last police units pulled out.\n"
        "Officials said the policemen left their vehicles behind.\n"
        "The militants had overrun the government compound in the city centre on Sunday."
    )
    compound = [e for e in code(extractor, text) if e.date == dt.date(2006, 3, 5)]
    assert [(e.sub_event_type, e.location) for e in compound] == [
        ("Non-state actor overtakes territory", "Hit")
    ]


def test_a_statement_issued_in_baghdad_and_a_foreign_capital_is_placed_in_baghdad(extractor):
    text = (
        "The governments of Iraq and Jordan agreed in a joint statement issued in Baghdad and Amman on "
        "Monday to reopen their shared border crossing."
    )
    event = code.one(extractor, text)
    assert (event.sub_event_type, event.location) == ("Agreement", "Baghdad")


def test_where_a_leader_was_treated_abroad_places_no_event(extractor):
    text = (
        "NAJAF, March 8 - Grand Ayatollah Ali al-Sistani, home after eye surgery in London, struck a deal "
        "with Moqtada al-Sadr in Najaf on Monday to end the fighting in the old city."
    )
    assert [(e.sub_event_type, e.location) for e in code(extractor, text)] == [("Agreement", "Najaf")]
