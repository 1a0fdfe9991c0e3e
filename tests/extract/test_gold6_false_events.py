"""False events from the sixth development set (session 8): general causes of events coded where a
coder codes none or codes one (a fight's weapons, follow-ups, recalled attacks, threats, drills, old
munitions, accidents, words of war used of something else), each tested on sentences written for
tigris, with a real event of the same shape that is still coded."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor

code = Coder(dt.date(2021, 6, 10), "gold6-false-events")


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


def _subs(events: list) -> list[str]:  # type: ignore[type-arg]
    return sorted(e.sub_event_type for e in events)


# One fight told in several sentences --------------------------------------------------------------


def test_weapons_told_after_a_fight_are_that_fight(extractor: RuleExtractor) -> None:
    text = (
        "Militants attacked an army post near Baiji on Monday, and the two sides fought for three hours. "
        "Some of the militants lobbed mortar rounds at the post. A roadside bomb then hit an army "
        "vehicle sent to help, wounding two soldiers."
    )
    assert _subs(code(extractor, text)) == ["Armed clash"]


def test_a_bombing_told_as_separate_after_a_fight_is_its_own(extractor: RuleExtractor) -> None:
    text = (
        "Militants attacked an army post near Baiji on Monday, and the two sides fought for three hours. "
        "In a separate attack, a roadside bomb hit a police vehicle, wounding two officers."
    )
    assert _subs(code(extractor, text)) == ["Armed clash", "Remote explosive/landmine/IED"]


def test_weapons_a_fight_is_fought_with_are_its_gear(extractor: RuleExtractor) -> None:
    text = "Tribesmen clashed with rifles and hand grenades near Qurna on Sunday, killing two."
    assert _subs(code(extractor, text)) == ["Armed clash"]


def test_mortars_fired_at_a_post_are_still_shelling(extractor: RuleExtractor) -> None:
    text = "Militants fired mortar rounds at an army post near Qurna on Sunday, wounding two soldiers."
    assert _subs(code(extractor, text)) == ["Shelling/artillery/missile attack"]


# Attacks recalled beside the one told ------------------------------------------------------------


def test_a_similar_attack_recalled_from_months_before_is_background(extractor: RuleExtractor) -> None:
    text = (
        "A roadside bomb struck a police patrol on the Kirkuk road near Daquq on Sunday, killing one "
        "officer. The same road was hit by a similar device in February, when a police officer was killed."
    )
    events = code(extractor, text)
    assert _subs(events) == ["Remote explosive/landmine/IED"]
    assert events[0].fatalities_low == 1


def test_earlier_attacks_named_beside_the_strike_are_background(extractor: RuleExtractor) -> None:
    text = (
        "A drone hit a gas plant near Chamchamal on Friday, killing two workers. It was the third time "
        "this year the plant had been struck; earlier attacks used rockets launched from the hills."
    )
    assert _subs(code(extractor, text)) == ["Air/drone strike"]


def test_a_similar_bomb_later_the_same_day_is_its_own_event(extractor: RuleExtractor) -> None:
    text = (
        "A roadside bomb struck a police patrol near Daquq on Sunday, killing one officer. Hours later "
        "a similar bomb hit an army truck near Tuz Khurmatu, wounding two soldiers."
    )
    assert len(code(extractor, text)) == 2


def test_the_launcher_found_after_the_attack_with_unfired_rockets_is_no_attack(
    extractor: RuleExtractor,
) -> None:
    text = (
        "Two rockets hit near the Green Zone on Thursday night, causing no casualties. Police later "
        "found the launcher on the back of a pickup in a field west of the capital, with three unfired "
        "rockets still in their tubes."
    )
    events = code(extractor, text, dt.date(2021, 8, 13))
    assert _subs(events) == ["Shelling/artillery/missile attack"]


# One place named twice -------------------------------------------------------------------------


def test_a_site_at_a_wider_site_in_a_headline_is_one_place(extractor: RuleExtractor) -> None:
    text = (
        "Rockets hit near Camp Taji at Baghdad airport\n"
        "Three rockets landed near Camp Taji, the training base next to Baghdad International Airport, "
        "on Monday evening."
    )
    assert [e.location for e in code(extractor, text)] == ["Camp Taji"]


def test_a_city_named_for_distance_is_no_second_place(extractor: RuleExtractor) -> None:
    text = (
        "A suicide bomber blew himself up at a market in Tuz Khurmatu on Friday, killing 20 people. "
        "The bomber drove a truck laden with explosives into a busy market in the mostly Turkmen town, "
        "some 170 km north of Baghdad, at midday."
    )
    assert [e.location for e in code(extractor, text)] == ["Tuz Khurmatu"]


# Accidents and drills -----------------------------------------------------------------------------


def test_a_gas_cylinder_blast_and_the_owner_held_are_no_event(extractor: RuleExtractor) -> None:
    text = (
        "A gas cylinder exploded in a bakery in Najaf on Monday morning, killing two workers. The blast "
        "tore off the roof of the shop. Police detained the owner for questioning."
    )
    assert code(extractor, text) == []


def test_wedding_gunfire_and_the_shooter_held_are_no_event(extractor: RuleExtractor) -> None:
    text = (
        "A girl of ten died in Hilla on Thursday night when guests at a wedding fired pistols into the "
        "air to celebrate. Police arrested the man thought to have fired the bullet."
    )
    assert code(extractor, text) == []


def test_an_old_shell_that_went_off_is_no_attack(extractor: RuleExtractor) -> None:
    text = (
        "An old artillery shell exploded while a farmer was ploughing his field near Sinjar on Sunday, "
        "killing him. The shell had lain in the soil since the fighting."
    )
    assert code(extractor, text) == []


def test_engineers_blowing_up_old_munitions_stop_no_weapon(extractor: RuleExtractor) -> None:
    text = (
        "Army engineers carried out a controlled detonation of about 200 old mortar rounds near Ramadi "
        "on Monday."
    )
    assert code(extractor, text) == []


def test_a_drill_with_rockets_and_a_mock_assault_is_no_fight(extractor: RuleExtractor) -> None:
    text = (
        "Armoured units held a live-fire exercise near Kut on Tuesday. Gunners fired on mock enemy "
        "trenches and commandos practised storming a compound. Helicopters fired rockets at targets in "
        "the desert."
    )
    assert code(extractor, text) == []


def test_militants_who_attack_a_drill_still_fight(extractor: RuleExtractor) -> None:
    text = (
        "Soldiers were holding a training exercise near Kut on Tuesday. Islamic State militants then "
        "attacked the troops, and the two sides fought for an hour."
    )
    assert "Armed clash" in _subs(code(extractor, text))


# Threats, warnings and advice -------------------------------------------------------------------


def test_a_threat_of_attacks_on_a_day_is_no_attack(extractor: RuleExtractor) -> None:
    text = "Tue 8 Jun — An Islamic State channel threatened attacks on lorries on the Baiji road."
    assert code(extractor, text) == []


def test_a_condition_is_no_event(extractor: RuleExtractor) -> None:
    text = (
        "A militia commander said in Basra on Tuesday that his men could hit foreign bases again if "
        "the foreign troops do not leave Iraq by the end of the year."
    )
    assert code(extractor, text) == []


def test_advice_to_avoid_demonstrations_is_no_protest(extractor: RuleExtractor) -> None:
    text = (
        "The British embassy in Baghdad told its citizens on Monday to avoid crowds and stay away from "
        "demonstrations."
    )
    assert code(extractor, text) == []


def test_a_demonstration_told_is_still_a_protest(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor, "Hundreds of graduates demonstrated outside the oil ministry in Baghdad on Monday."
    )
    assert event.event_type == "Protests"


# Words of war used of politics and sport -------------------------------------------------------


def test_a_battle_fought_in_committee_rooms_is_no_fight(extractor: RuleExtractor) -> None:
    text = (
        "The real battle over the budget is over, and it was fought in committee rooms, not in the streets."
    )
    assert code(extractor, text) == []


def test_a_sports_federation_election_is_no_political_change(extractor: RuleExtractor) -> None:
    text = (
        "The former striker Younis Mahmoud was elected president of the Iraqi Football Association on Sunday."
    )
    assert code(extractor, text) == []


def test_a_monument_to_victims_names_no_attack(extractor: RuleExtractor) -> None:
    text = (
        "Youths angry at power cuts stormed the monument to the victims of the 1988 chemical attack in "
        "Halabja on Monday "
        "and set it on fire."
    )
    assert "Chemical weapon" not in _subs(code(extractor, text))


def test_a_dead_man_found_near_a_car_riddled_with_bullets_is_no_weapons_find(
    extractor: RuleExtractor,
) -> None:
    text = (
        "Gunmen fought each other in a quarter of Amarah on Monday night, killing one man. The dead man "
        "was found near a car riddled with bullets."
    )
    assert "Disrupted weapons use" not in _subs(code(extractor, text))


# Follow-ups of the event told ------------------------------------------------------------------


def test_the_governor_visiting_the_wounded_is_no_political_visit(extractor: RuleExtractor) -> None:
    text = (
        "A car bomb exploded in a market in Kirkuk on Monday, killing six people. The governor visited "
        "the wounded in hospital and promised to pay for their treatment."
    )
    assert _subs(code(extractor, text)) == ["Remote explosive/landmine/IED"]


def test_a_city_visited_by_pilgrims_is_no_visit(extractor: RuleExtractor) -> None:
    text = "Najaf is visited by millions of pilgrims every year."
    assert code(extractor, text) == []


def test_damage_told_in_the_passive_after_a_bombing_is_the_bombing(extractor: RuleExtractor) -> None:
    text = (
        "12 May: A bomb hidden in a cart exploded in a fish market in Kut, killing two traders. Three "
        "shops and a van were burned."
    )
    assert _subs(code(extractor, text)) == ["Remote explosive/landmine/IED"]


def test_the_event_told_set_after_another_names_no_second_event(extractor: RuleExtractor) -> None:
    text = (
        "Islamic State fighters attacked police posts in Hawija on Friday, and the two sides fought "
        "until dawn. The attack came three days after the start of the offensive to retake Tal Afar."
    )
    assert _subs(code(extractor, text)) == ["Armed clash"]


def test_a_stand_down_inside_the_background_of_a_fight_is_no_agreement(extractor: RuleExtractor) -> None:
    text = (
        "Saraya al-Salam fighters clashed with Kataib Hezbollah in Samawah on Tuesday, leaving two "
        "dead. The fighting followed a week of clashes in Baghdad that ended when Sadr told his "
        "followers to withdraw."
    )
    assert _subs(code(extractor, text)) == ["Armed clash"]


def test_states_named_as_governments_are_no_places(extractor: RuleExtractor) -> None:
    text = (
        "BAGHDAD, June 9 — The governments of Iraq and the United States announced on Wednesday that "
        "they had agreed to end the training mission of the coalition."
    )
    events = code(extractor, text)
    assert [e.location for e in events] == ["Baghdad"]


def test_meetings_held_several_times_are_no_one_event(extractor: RuleExtractor) -> None:
    text = (
        "BAGHDAD, Sept 28 — The two governments agreed on Friday to extend the training mission of the "
        "coalition.\n\n"
        "Background: the mission was set up in 2015. Negotiations over its end began in February, in a "
        "joint panel of officers that met in Baghdad several times through the summer."
    )
    assert _subs(code(extractor, text, dt.date(2024, 9, 28))) == ["Agreement"]


def test_units_taking_up_positions_take_no_ground(extractor: RuleExtractor) -> None:
    text = (
        "Emergency police battalions were dispatched to Rifai district in Dhi Qar on Sunday, after days "
        "of fighting between two clans, a spokesman said.\n\n"
        "Armoured vehicles took up positions at the entrances to the town and in the villages where the "
        "clans live."
    )
    assert "Non-state actor overtakes territory" not in _subs(code(extractor, text))


# Crowds, labels and one attack told in parts -----------------------------------------------------


def test_angry_villagers_storming_a_base_riot(extractor: RuleExtractor) -> None:
    text = (
        "Angry villagers stormed an army post near Zakho on Sunday and set fire to two trucks inside, "
        "furious at months of shelling."
    )
    assert _subs(code(extractor, text)) == ["Violent demonstration"]


def test_rioters_in_scare_quotes_are_a_label(extractor: RuleExtractor) -> None:
    text = "The interior ministry said 'rioters' had blocked traffic near Tahrir Square on Tuesday."
    assert "Violent demonstration" not in _subs(code(extractor, text))


def test_people_held_as_police_break_up_a_crowd_are_the_intervention(extractor: RuleExtractor) -> None:
    text = (
        "Riot police moved in with water cannon and batons near the oil ministry in Baghdad on Sunday "
        "morning and pushed the graduates back; several were detained."
    )
    assert _subs(code(extractor, text)) == ["Protest with intervention"]


def test_a_killing_told_first_without_a_day_takes_the_day_told_next(extractor: RuleExtractor) -> None:
    text = (
        "Activist Ali Kareem shot dead in Nasiriyah on his way home from the square. Two men on a "
        "motorbike fired at him outside his house late last night."
    )
    events = code(extractor, text)
    assert [(e.sub_event_type, e.date) for e in events] == [("Attack", dt.date(2021, 6, 9))]


def test_a_car_bomb_minutes_later_nearby_is_the_same_attack(extractor: RuleExtractor) -> None:
    text = (
        "Gunmen opened fire on customers at a cafe in Tikrit on Monday before one of them blew himself "
        "up, and a car bomb went off minutes later at a nearby checkpoint."
    )
    assert len(code(extractor, text)) == 1


def test_gunmen_in_the_courtyard_after_a_blast_at_the_gate_are_the_same_attack(
    extractor: RuleExtractor,
) -> None:
    text = (
        "A suicide bomber blew himself up at the gate of a shrine near Samarra on Friday, and gunmen "
        "attacked the pilgrims in the courtyard."
    )
    assert len(code(extractor, text)) == 1


def test_attacks_in_two_towns_told_in_one_sentence_stay_two(extractor: RuleExtractor) -> None:
    text = (
        "A suicide bomber blew himself up at a checkpoint in Samarra on Friday, while gunmen shot dead "
        "a farmer in Baqubah."
    )
    assert len(code(extractor, text)) == 2


def test_an_attack_on_a_drill_keeps_the_events_told_after_it(extractor: RuleExtractor) -> None:
    text = (
        "Islamic State militants attacked soldiers taking part in a training exercise near Kut on "
        "Tuesday. Later that night a roadside bomb hit a police car in Kut, wounding two officers."
    )
    assert "Remote explosive/landmine/IED" in _subs(code(extractor, text))
