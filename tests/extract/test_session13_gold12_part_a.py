"""Thirteenth session, rules from part A of the twelfth development set: captives freed after a capture
told in a participle, a clause or the sentence before; a force's own men held in the passive; a body
found told with a comma; weapons seized in an arrest; a group closing its offices after another move;
a province handed over with an apposition; ruins bulldozed; a move told with a clause of another day;
a temperature that ends a sentence; two people shot together. Texts written for tigris."""

from __future__ import annotations

import datetime as dt

from coding import Coder

code = Coder(dt.date(2004, 9, 29), "session13-gold12a")


def _one(extractor, text, published):
    events = code(extractor, text, published=published)
    assert len(events) == 1, events
    return events[0]


def _kinds(events):
    return sorted((e.sub_event_type, e.date) for e in events)


def test_captives_seized_in_a_participle_are_taken_and_then_freed(extractor):
    events = code(
        extractor,
        "ROME, Sept 29 - Two Italian aid workers seized by gunmen at their office in Baghdad on September 7 "
        "were freed on Tuesday and handed to the Italian Red Cross.",
    )
    assert _kinds(events) == [
        ("Abduction/forced disappearance", dt.date(2004, 9, 7)),
        ("Agreement", dt.date(2004, 9, 28)),
    ]
    release = next(e for e in events if e.sub_event_type == "Agreement")
    assert (release.actor1, release.actor2) == ("Unidentified Armed Group (Iraq)", "Government of Italy")


def test_captives_seized_in_a_clause_without_a_comma(extractor):
    events = code(
        extractor,
        "The Turkish construction workers who were seized at a stadium site in Baghdad on 2 September were "
        "freed on Wednesday.",
        published=dt.date(2015, 10, 1),
    )
    assert _kinds(events) == [
        ("Abduction/forced disappearance", dt.date(2015, 9, 2)),
        ("Agreement", dt.date(2015, 9, 30)),
    ]
    assert {e.actor2 for e in events} == {"Civilians (Turkey)"}


def test_a_person_taken_from_her_car_is_freed_where_she_was_taken(extractor):
    events = code(
        extractor,
        "Press note, 31 March 2006: Jill Carroll, the reporter who was taken from her car in Baghdad's Adel "
        "district on 7 January by gunmen, was freed on Thursday and is safe.",
        published=dt.date(2006, 3, 31),
    )
    assert _kinds(events) == [
        ("Abduction/forced disappearance", dt.date(2006, 1, 7)),
        ("Agreement", dt.date(2006, 3, 30)),
    ]
    release = next(e for e in events if e.sub_event_type == "Agreement")
    assert release.admin1 == "Baghdad"
    assert release.actor2 == "Civilians (Iraq)"


def test_she_was_freed_after_her_abduction_is_a_release(extractor):
    events = code(
        extractor,
        "Gunmen abducted the Italian journalist Giuliana Sgrena near Baghdad University on 4 February. "
        "She was freed on 4 March.",
        published=dt.date(2005, 3, 6),
    )
    assert _kinds(events) == [
        ("Abduction/forced disappearance", dt.date(2005, 2, 4)),
        ("Agreement", dt.date(2005, 3, 4)),
    ]
    release = next(e for e in events if e.sub_event_type == "Agreement")
    assert release.actor1 == "Unidentified Armed Group (Iraq)"


def test_a_forces_own_officers_held_in_the_passive_are_the_ones_arrested(extractor):
    event = code.one(
        extractor,
        "Eleven police officers in charge of the districts hit by the bombings have been detained for "
        "questioning, a government spokesman said.",
    )
    assert event.sub_event_type == "Arrests"
    assert (event.actor1, event.actor2) == ("Government of Iraq", "Police Forces of Iraq")


def test_his_body_with_bullet_wounds_found_is_a_killing(extractor):
    event = _one(
        extractor,
        "BASRA, Aug 3 - His body, with bullet wounds to the head, was found on a roadside south of Basra "
        "late on Tuesday.",
        published=dt.date(2005, 8, 3),
    )
    assert event.sub_event_type == "Attack"
    assert event.fatalities == 1
    assert event.date == dt.date(2005, 8, 2)


def test_weapons_seized_in_an_arrest_fire_nothing_and_the_plots_target_places_nothing(extractor):
    event = code.one(
        extractor,
        "Troops detained five al-Qaeda suspects in Tarmiyah on Thursday, seizing mortars that had been made "
        "ready for an attack on the Green Zone.",
    )
    assert event.sub_event_type == "Arrests"
    assert event.location == "Tarmiyah"


def test_rocket_launchers_seized_in_a_raid_go_with_the_arrest(extractor):
    event = _one(
        extractor,
        "Security forces raided the offices of the Thar Allah group in Basra on Sunday and detained five of "
        "its members, seizing rifles and rocket launchers.",
        published=dt.date(2020, 5, 11),
    )
    assert event.sub_event_type == "Arrests"


def test_closing_his_movements_offices_after_quitting_is_a_second_move(extractor):
    events = code(
        extractor,
        "NAJAF, Aug 30 - Moqtada al-Sadr announced on Monday that he was quitting politics for good. He also "
        "ordered the closure of the offices of his movement, sparing only its religious shrines.",
        published=dt.date(2022, 8, 30),
    )
    assert sorted(e.sub_event_type for e in events) == ["Change to group/activity", "Other"]


def test_a_province_handed_over_with_an_apposition(extractor):
    event = _one(
        extractor,
        "Britain handed Maysan, a marshland province, to Iraqi control in a handover held in Amarah on "
        "Wednesday.",
        published=dt.date(2007, 4, 19),
    )
    assert event.sub_event_type == "Non-violent transfer of territory"
    assert event.location == "Amarah"


def test_ruins_bulldozed_are_property_destroyed(extractor):
    event = _one(
        extractor,
        "IS fighters bulldozed the ruins of the Mashki Gate on the edge of Mosul on Tuesday, people living "
        "nearby said.",
        published=dt.date(2015, 1, 30),
    )
    assert event.sub_event_type == "Looting/property destruction"
    assert event.actor1 == "Islamic State (Iraq)"


def test_a_resignation_a_day_after_a_killing_is_the_sentences_event(extractor):
    events = code(
        extractor,
        "BAGHDAD, Nov 30 - Prime Minister Adil Abdul-Mahdi resigned on Friday, a day after security forces "
        "shot dead dozens of protesters in Nasiriyah.",
        published=dt.date(2019, 11, 30),
    )
    assert ("Other", dt.date(2019, 11, 29)) in _kinds(events)


def test_found_dead_a_day_after_gunmen_seized_him_is_two_events(extractor):
    events = code(
        extractor,
        "BASRA, Aug 3 - The American writer Steven Vincent was found shot dead south of Basra on Tuesday, a "
        "day after gunmen seized him in the city centre.",
        published=dt.date(2005, 8, 3),
    )
    assert _kinds(events) == [
        ("Abduction/forced disappearance", dt.date(2005, 8, 1)),
        ("Attack", dt.date(2005, 8, 2)),
    ]


def test_a_temperature_ends_a_sentence(extractor):
    events = code(
        extractor,
        "Protesters blocked the main road into Basra on Saturday as temperatures passed 50C. Police shot dead "
        "one of them on Sunday outside the provincial council.",
        published=dt.date(2018, 7, 10),
    )
    assert ("Attack", dt.date(2018, 7, 8)) in _kinds(events)


def test_both_of_them_shot_dead_counts_two(extractor):
    event = _one(
        extractor,
        "Gunmen stormed the Basra home of a rights campaigner and her husband on 2 October and killed both of them "
        "in their beds.",
        published=dt.date(2019, 10, 5),
    )
    assert event.fatalities == 2
