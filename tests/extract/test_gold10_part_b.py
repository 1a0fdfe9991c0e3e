"""Rules from the tenth development set (part B): a digest headed by the span of days it covers, an
arrest raid on a base, a person seized by bare gunmen, vests that never went off, drones launched at a
base, a vote that approves a premier, fighters giving up their rifles, a town retaken with a lower-case
article, a riot told in a "day after" clause, a fight that ran on into the next day, and a namesake told
near a town of another governorate. Texts written for tigris."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor

code = Coder(dt.date(2021, 10, 29), "gold10-part-b")  # a Friday


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


def _subs(events):
    return [e.sub_event_type for e in events]


def test_a_digest_headed_by_its_span_of_days_dates_weekdays_from_the_story(extractor):
    text = (
        "Weekly round-up, 25 October - 29 October 2021 (River Desk)\n"
        "- Monday: Gunmen shot dead two farmers near Tarmiyah.\n"
        "- Wednesday: A roadside bomb killed three soldiers near Tuz Khurmatu."
    )
    days = sorted(e.date for e in code(extractor, text))
    assert days == [dt.date(2021, 10, 25), dt.date(2021, 10, 27)], days


def test_a_raid_on_a_base_that_only_detains_men_is_an_arrest(extractor):
    text = (
        "Counter-terrorism units raided a Kataib Hezbollah base in Baghdad's Dora district on Thursday and "
        "detained nine men wanted for planning attacks, officials said."
    )
    subs = _subs(code(extractor, text))
    assert "Arrests" in subs and "Armed clash" not in subs, subs


def test_a_person_seized_by_gunmen_is_abducted(extractor):
    event = code.one(
        extractor, "A local journalist was seized by gunmen outside his house in Kut on Thursday."
    )
    assert event.sub_event_type == "Abduction/forced disappearance"


def test_suicide_vests_that_never_went_off_tell_no_bombing(extractor):
    text = (
        "An air strike killed an Islamic State commander near Rutba on Wednesday. The military said the strike "
        "also killed his deputy and that both men were wearing suicide vests that did not go off."
    )
    assert "Suicide bomb" not in _subs(code(extractor, text))


def test_drones_launched_at_a_base_are_a_drone_strike(extractor):
    event = code.one(
        extractor, "Two drones were launched at Ain al-Asad air base on Wednesday; one was shot down."
    )
    assert event.sub_event_type == "Air/drone strike" and event.date == dt.date(2021, 10, 27)


def test_parliament_approving_a_premier_concedes_office(extractor):
    event = code.one(
        extractor, "On Thursday parliament approved a former judge as prime minister in a late-night vote."
    )
    assert event.sub_event_type == "Other" and event.actor1 == "Council of Representatives of Iraq"


def test_fighters_burning_their_rifles_lay_down_arms(extractor):
    text = "On Thursday some twenty PKK fighters burned their rifles on a bonfire outside Dukan in a public ceremony."
    event = code.one(extractor, text)
    assert event.sub_event_type == "Agreement" and event.actor1 == "PKK: Kurdistan Workers Party"


def test_a_town_retaken_with_a_lower_case_article_is_regained(extractor):
    event = code.one(extractor, "Troops recaptured al-Qaim from the Islamic State on Thursday.")
    assert event.sub_event_type == "Government regains territory"
    assert event.location == "Al-Qaim"


def test_a_riot_told_in_a_day_after_clause_is_its_own_event_in_the_city(extractor):
    text = (
        "Demonstrators set fire to a party office in Nasiriyah on Thursday, a day after crowds in the city "
        "torched the provincial council building."
    )
    riots = [e for e in code(extractor, text) if e.sub_event_type == "Violent demonstration"]
    assert sorted(e.date for e in riots) == [dt.date(2021, 10, 27), dt.date(2021, 10, 28)], riots
    assert all(e.location == "Nasiriyah" for e in riots), riots


def test_a_fight_that_ran_on_into_a_later_day_keeps_the_day_it_began(extractor):
    text = (
        "On Tuesday protesters stormed the governor's office in Basra. By evening militiamen and police were "
        "exchanging fire in the city centre; the fighting, which went on into Wednesday morning, killed six people."
    )
    clashes = [e for e in code(extractor, text) if e.sub_event_type == "Armed clash"]
    assert [e.date for e in clashes] == [dt.date(2021, 10, 26)], clashes


def test_a_namesake_told_near_a_town_of_another_governorate_is_placed_at_the_town(extractor):
    text = "Islamic State gunmen raided the village of al-Rashad, near Muqdadiya, on Wednesday, killing four farmers."
    event = code.one(extractor, text)
    assert event.admin1 == "Diyala"
