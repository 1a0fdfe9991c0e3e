"""Reactions, follow-ups and noise in ordinary news stories (session 13): funerals, inquiries, arrests
over an attack already told, launchers found after a salvo, crime and accident stories, a month's toll
and fighting abroad add no event; the one event such a story tells is still coded. Sentences written
for tigris."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor

code = Coder(dt.date(2023, 5, 16), "news-noise-session13")


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


def _types(events: list) -> list[str]:
    return [e.sub_event_type for e in events]


# An attack named as a noun after a word of follow-up ("over Friday's bombing", "into last week's
# attack", "the men behind the rocket attack") is referred to, not told again.


def test_follow_up_of_an_attack_is_no_event(extractor: RuleExtractor) -> None:
    assert (
        code(
            extractor,
            "Police in Hilla questioned two guards over Sunday's car bombing, a police officer said.",
        )
        == []
    )
    assert (
        code(
            extractor,
            "Officials said the men behind the drone attack on the governor's office had fled to Syria.",
        )
        == []
    )
    # an attack after "after" may be its only telling ("Security was tightened after the overnight rocket
    # attacks"): it is kept, and merges with the same attack told earlier in a story (review, session 13)
    events = code(
        extractor,
        "Twin suicide bombers struck a market in Tuz Khurmatu on Sunday, killing 20. The governor sacked the "
        "district police chief on Monday after the twin suicide bombing.",
    )
    assert [e.sub_event_type for e in events if e.event_type != "Strategic developments"] == ["Suicide bomb"]


def test_attack_told_with_its_day_is_kept(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor, "A car bomb exploded near a bus station in Hilla on Sunday, killing four people."
    )
    assert event.event_type == "Explosions/Remote violence"


def test_toll_update_is_still_the_attack(extractor: RuleExtractor) -> None:
    # the toll rising after a bombing told only this way is the bombing (gold codes it)
    events = code(
        extractor,
        "The death toll from the truck bombing in Hilla on Sunday rose to 31, medics said on Monday.",
    )
    assert len(events) == 1 and events[0].event_type == "Explosions/Remote violence"


# A funeral, the mourners marching behind coffins and the dead a funeral is for are no protest and no
# new killing, unless the mourners chant or make a demand.


def test_funeral_is_no_event(extractor: RuleExtractor) -> None:
    assert code(extractor, "Hundreds of mourners walked behind the coffins through Basra on Monday.") == []
    assert code(extractor, "Funerals were held in Kut on Monday for the soldiers killed in the ambush.") == []


def test_mourners_who_chant_protest(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "Hundreds of mourners marched behind the coffins in Basra on Monday, chanting against the governor.",
    )
    assert event.event_type == "Protests"


# A committee formed to look into an event, or a tribunal asked for, is a follow-up; a body set up to
# run something is still coded.


def test_inquiry_committee_is_no_event(extractor: RuleExtractor) -> None:
    assert (
        code(extractor, "The provincial council formed a committee on Monday to investigate the fire.") == []
    )
    assert code(extractor, "Baghdad asked the Arab League to set up a tribunal for the bombers.") == []


def test_body_formed_to_run_something_is_kept(extractor: RuleExtractor) -> None:
    assert _types(
        code(extractor, "The cabinet set up a commission on Monday to run the border crossings.")
    ) == ["Other"]


# An order to end a fight is no fight.


def test_order_to_end_a_battle_is_no_fight(extractor: RuleExtractor) -> None:
    events = code(
        extractor, "The cleric told his militiamen on Friday to stop their fighting with police in Amara."
    )
    assert "Armed clash" not in _types(events)


def test_fight_told_is_kept(extractor: RuleExtractor) -> None:
    assert _types(code(extractor, "Militiamen fought police in Amara on Friday, leaving three dead.")) == [
        "Armed clash"
    ]


# A meeting with one's own commanders after an attack is no political meeting; talks with others are.


def test_meeting_own_commanders_is_no_event(extractor: RuleExtractor) -> None:
    assert code(extractor, "The prime minister met senior security commanders in Baghdad on Sunday.") == []


def test_talks_with_an_envoy_are_kept(extractor: RuleExtractor) -> None:
    assert _types(code(extractor, "The prime minister met the Turkish ambassador in Baghdad on Sunday.")) == [
        "Other"
    ]


# Launchers found after a rocket attack told are the attack's aftermath.


def test_launchers_found_after_salvo_are_no_event(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "Three rockets hit Balad air base on Tuesday night, the army said. Troops found the launchers on a pick-up near the base.",
    )
    assert _types(events) == ["Shelling/artillery/missile attack"]


def test_launchers_found_alone_are_kept(extractor: RuleExtractor) -> None:
    events = code(
        extractor, "Troops found two rocket launchers primed to fire on a farm near Balad on Tuesday."
    )
    assert _types(events) == ["Disrupted weapons use"]


# Crime and accidents: the shoot-out of a drug raid, the forces sent after a dispute over land, a road
# crash, an old shell that went off, and what the story then tells.


def test_crime_story_follow_ups_are_no_event(extractor: RuleExtractor) -> None:
    assert (
        code(
            extractor,
            "Police seized 40,000 captagon pills in a raid on a farm near Rutba on Sunday. "
            "A policeman was hurt in a shoot-out with the dealers.",
        )
        == []
    )
    assert (
        code(
            extractor,
            "Two brothers were shot dead in a dispute over grazing land near Samawa on Sunday. "
            "Police units deployed to the village.",
        )
        == []
    )


def test_clash_with_militants_after_crime_is_kept(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "Police seized 40,000 captagon pills in a raid near Rutba on Sunday. "
        "Later, Islamic State militants attacked a police post near the town, killing a policeman.",
    )
    assert any(e.event_type in ("Battles", "Violence against civilians") for e in events)


def test_road_crash_and_old_shell_are_no_event(extractor: RuleExtractor) -> None:
    assert (
        code(extractor, "Six people were killed when two minibuses collided near Diwaniya on Sunday.") == []
    )
    assert (
        code(
            extractor,
            "A shepherd was killed when a rocket left over from the war exploded near Baiji on Sunday. "
            "Army engineers cleared the area.",
        )
        == []
    )


# A month's toll told as the month, then what killed the people, is no event.


def test_month_toll_is_no_event(extractor: RuleExtractor) -> None:
    assert code(extractor, "Some 300 Iraqis were killed in March in bombings, a monitoring group said.") == []


def test_attack_in_a_month_is_kept(extractor: RuleExtractor) -> None:
    assert len(code(extractor, "In March, a bomb killed four people at a market in Kirkuk.")) == 1
