"""False events from the fifth development set (session 7): general causes of events coded where a
coder codes none (fires, criticism, family feuds, habits, history, tallies, a place fled to), each
tested on sentences written for tigris, with a real event of the same shape that is still coded."""

from __future__ import annotations

import datetime as dt

from coding import Coder

from tigris.extract.extractor import RuleExtractor

code = Coder(dt.date(2021, 6, 10), "gold5-false-events")


def _types(events: list) -> set[str]:  # type: ignore[type-arg]
    return {e.event_type for e in events}


def _subs(events: list) -> set[str]:  # type: ignore[type-arg]
    return {e.sub_event_type for e in events}


# Crime, accident and words of war used of something else ------------------------------------


def test_crews_battling_to_put_out_a_fire_fight_no_one(extractor: RuleExtractor) -> None:
    text = "Firefighters battled for five hours on Sunday to put out a blaze at a tyre depot in Zubair."
    assert code(extractor, text) == []


def test_troops_battling_militants_still_fight(extractor: RuleExtractor) -> None:
    event = code.one(extractor, "Troops battled Islamic State fighters for five hours near Baiji on Sunday.")
    assert event.sub_event_type == "Armed clash"


def test_criticism_is_no_fire(extractor: RuleExtractor) -> None:
    text = (
        "The governor of Basra came under fire from several parties in the provincial council on Monday "
        "over the water shortages."
    )
    assert code(extractor, text) == []


def test_a_patrol_under_fire_from_gunmen_still_fights(extractor: RuleExtractor) -> None:
    event = code.one(extractor, "An army patrol came under fire from gunmen near Tarmiyah on Monday.")
    assert event.sub_event_type == "Armed clash"


def test_a_shoot_out_between_two_families_over_a_loan_is_crime(extractor: RuleExtractor) -> None:
    text = (
        "Three men were shot dead on Friday in a shoot-out between two families in Basra's Qibla "
        "district over an unpaid loan, police said."
    )
    assert "Violence against civilians" not in _types(code(extractor, text))


def test_an_activist_shot_dead_by_gunmen_is_still_an_attack(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "Gunmen on a motorbike shot dead the activist Ali Karim outside his home in Nasiriyah on Friday.",
    )
    assert event.sub_event_type == "Attack"


def test_men_seized_from_a_village_are_no_ground_taken(extractor: RuleExtractor) -> None:
    events = code(extractor, "Gunmen seized nine men from the village of Albu Dor near Samarra on Sunday.")
    assert not any(s.endswith("territory") for s in _subs(events))


def test_a_village_seized_is_still_ground_taken(extractor: RuleExtractor) -> None:
    event = code.one(extractor, "Militants seized the village of Albu Dor near Samarra on Sunday.")
    assert event.sub_event_type == "Non-state actor overtakes territory"


# Background, habits, history and tallies -----------------------------------------------------


def test_a_remembrance_of_an_attack_whose_doer_is_named_is_history(extractor: RuleExtractor) -> None:
    text = (
        "Relatives gathered in Tuz Khurmatu on Friday to mark ten years since militants on the hills "
        "fired mortar rounds into the town's market."
    )
    assert "Explosions/Remote violence" not in _types(code(extractor, text))


def test_an_attack_told_after_years_since_is_still_coded(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor, "Ten years since the liberation, gunmen killed two farmers near Mosul on Monday."
    )
    assert event.sub_event_type == "Attack"


def test_no_fighting_reported_is_no_fight(extractor: RuleExtractor) -> None:
    assert code(extractor, "No clashes were reported in Tal Afar on Tuesday, the mayor said.") == []


def test_fighting_reported_is_a_fight(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor, "Clashes broke out in Tal Afar on Tuesday between the army and Islamic State militants."
    )
    assert event.sub_event_type == "Armed clash"


def test_a_place_shelled_almost_nightly_is_a_habit(extractor: RuleExtractor) -> None:
    assert code(extractor, "The airport road near Baiji was shelled almost nightly during the winter.") == []


def test_repeated_fire_is_a_habit(extractor: RuleExtractor) -> None:
    assert code(extractor, "The camp near Balad had been the target of repeated mortar fire last year.") == []


def test_mortar_rounds_on_one_night_are_an_attack(extractor: RuleExtractor) -> None:
    event = code.one(extractor, "Mortar rounds hit the camp near Balad on Monday night, wounding two guards.")
    assert event.sub_event_type == "Shelling/artillery/missile attack"


def test_ground_overrun_in_the_pluperfect_months_before_is_background(extractor: RuleExtractor) -> None:
    text = "Islamic State fighters had overrun the village of Albu Hayat near Haditha in March 2020."
    assert code(extractor, text) == []


def test_ground_overrun_on_a_day_of_the_story_is_coded(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor, "Islamic State fighters overran the village of Albu Hayat near Haditha on Wednesday."
    )
    assert event.sub_event_type == "Non-state actor overtakes territory"


def test_a_group_described_by_what_it_has_fought_for_is_no_fight(extractor: RuleExtractor) -> None:
    text = "Real power in Qaim now lies with the tribal militias that have fought for its smuggling routes."
    assert code(extractor, text) == []


def test_a_clash_told_after_background_is_coded(extractor: RuleExtractor) -> None:
    text = (
        "The tribes of Shatra have long quarrelled over water. On Tuesday tribal fighters clashed with "
        "police near Shatra, killing two."
    )
    events = code(extractor, text)
    assert "Armed clash" in _subs(events)


def test_a_month_s_tally_is_no_event(extractor: RuleExtractor) -> None:
    text = "The ministry says 412 Iraqis were killed in acts of violence in April alone."
    assert code(extractor, text) == []


def test_a_bombing_dated_by_its_month_is_still_coded(extractor: RuleExtractor) -> None:
    event = code.one(extractor, "In April, a bomb killed four people at a market in Kirkuk.")
    assert event.sub_event_type == "Remote explosive/landmine/IED"


def test_victims_named_by_what_befell_them_are_no_event(extractor: RuleExtractor) -> None:
    text = (
        "Nothing has changed for the families who still wait for justice: the young men at the "
        "checkpoints, the activists gunned down at their doors."
    )
    assert code(extractor, text) == []


def test_activists_gunned_down_on_a_day_are_an_attack(extractor: RuleExtractor) -> None:
    event = code.one(extractor, "Gunmen gunned down two activists at their doors in Amara on Tuesday.")
    assert event.sub_event_type == "Attack"


def test_the_background_s_own_relative_clause_is_background(extractor: RuleExtractor) -> None:
    text = "Shops stayed shut in Kufa on Thursday in the wake of the fighting that turned a funeral into a massacre."
    assert code(extractor, text) == []


def test_an_attack_after_background_words_is_still_coded(extractor: RuleExtractor) -> None:
    events = code(
        extractor, "In the wake of the fighting in Kufa, gunmen stormed a checkpoint in Najaf on Friday."
    )
    assert _types(events) & {"Battles", "Violence against civilians"}


def test_a_strike_abroad_the_news_followed_is_not_coded(extractor: RuleExtractor) -> None:
    text = (
        "BAGHDAD, June 9 — Kataib Hezbollah said on Tuesday it would keep its weapons. The statement "
        "followed a drone strike on a base in Syria that killed two American soldiers on 2 June."
    )
    assert "Explosions/Remote violence" not in _types(code(extractor, text))


def test_a_strike_at_home_the_news_followed_is_coded(extractor: RuleExtractor) -> None:
    text = (
        "BAGHDAD, June 9 — Kataib Hezbollah said on Tuesday it would keep its weapons. The statement "
        "followed a drone strike on a base near Erbil that killed two American soldiers on 2 June."
    )
    assert "Air/drone strike" in _subs(code(extractor, text))


# One event told twice ------------------------------------------------------------------------


def test_where_the_attackers_fled_to_is_no_second_fight(extractor: RuleExtractor) -> None:
    text = (
        "Gunmen attacked an army post near Tarmiyah on Monday night, killing two soldiers. The gunmen "
        "fled towards Mashahda after a gun battle that lasted half an hour."
    )
    event = code.one(extractor, text)
    assert event.location == "Tarmiyah"


def test_crowds_that_clash_in_a_headline_riot(extractor: RuleExtractor) -> None:
    text = (
        "Two killed as rival crowds clash in Tuz Khurmatu\n"
        "TUZ KHURMATU, May 3 — Two men were killed on Sunday when rival crowds of Turkmen and of Kurds "
        "clashed near the district office, officials said."
    )
    events = code(extractor, text)
    assert "Battles" not in _types(events)
    assert "Violent demonstration" in _subs(events)


# Type confusions: weapons found or made safe -------------------------------------------------


def test_a_stash_of_rockets_come_across_is_a_find(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "Soldiers came across a buried stash of mortar rounds in an orchard near Muqdadiya on Monday.",
    )
    assert event.sub_event_type == "Disrupted weapons use"


def test_roadside_charges_disarmed_are_disrupted(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor, "A bomb-disposal team disarmed three roadside charges near Rashad on Thursday."
    )
    assert event.sub_event_type == "Disrupted weapons use"


# Missed events of a general shape ------------------------------------------------------------


def test_jets_that_dropped_bombs_struck_from_the_air(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "American jets dropped two bombs on a farmhouse near Baqubah on Wednesday evening, killing six people.",
    )
    assert event.sub_event_type == "Air/drone strike"


def test_a_device_planted_that_killed_is_a_bombing(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor, "A device, left in a rubbish bin near the bus station in Kirkuk, killed one man on Sunday."
    )
    assert event.sub_event_type == "Remote explosive/landmine/IED"


def test_a_road_blocked_to_demand_is_a_protest(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor, "Farmers blocked the highway near Diwaniya on Monday, demanding water for their fields."
    )
    assert event.sub_event_type == "Peaceful protest"


# No-event documents --------------------------------------------------------------------------


def test_a_dummy_device_is_no_bombing(extractor: RuleExtractor) -> None:
    text = "During the drill, engineers found a dummy explosive device in the cargo hold and made it safe."
    assert "Explosions/Remote violence" not in _types(code(extractor, text))


def test_arrests_that_follow_a_family_feud_are_crime(extractor: RuleExtractor) -> None:
    text = (
        "BASRA, May 2 — A man was shot dead on Saturday in a quarrel between two neighbours in Basra's "
        "Jumhuriya district, police said.\n\nPolice arrested two suspects and seized their rifles on Sunday."
    )
    assert code(extractor, text) == []


def test_arrests_of_militants_in_a_crime_story_are_still_coded(extractor: RuleExtractor) -> None:
    text = (
        "A man shot dead his brother in a family dispute in Basra on Monday. On Tuesday police arrested "
        "two Islamic State suspects in Zubair."
    )
    assert "Arrests" in _subs(code(extractor, text))
