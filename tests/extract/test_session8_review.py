"""Sentences a review of the eighth session's rules found coded worse by them than before: each must
get the coding the codebook gives (docs/codebook.md, "Review of the eighth session"). Sentences
written for tigris."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor

code = Coder(dt.date(2021, 6, 15), "session8-review")


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


# A story that opens on an accident still tells the planted bomb it goes on to.


@pytest.mark.parametrize(
    "text, place",
    [
        (
            "A cooking gas cylinder blew up in a cafe in Kut on Monday, hurting three. In Baghdad, a "
            "roadside bomb killed a soldier near Taji on the same day.",
            "Taji",
        ),
        (
            "A joint military exercise of the army and the police began in Anbar on Saturday. On Sunday, "
            "an IED hit a police car near Hit, killing two officers.",
            "Hit",
        ),
    ],
)
def test_a_planted_bomb_after_an_accident_is_an_attack(
    extractor: RuleExtractor, text: str, place: str
) -> None:
    events = code(extractor, text)
    assert [(e.sub_event_type, e.location) for e in events] == [("Remote explosive/landmine/IED", place)]


# More dead with a cause of their own are another event.


def test_dead_told_with_their_own_bomb_are_another_event(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "A bomb killed two policemen near Baiji on Sunday. Three others died when a car bomb went off "
        "in Samarra on Monday.",
    )
    assert sorted((e.location, e.fatalities) for e in events) == [("Baiji", 2), ("Samarra", 3)]


def test_dead_of_their_wounds_still_add_to_the_attack(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "A roadside bomb killed a policeman near Baiji on Sunday. Two other policemen died of their "
        "wounds on Monday.",
    )
    assert event.fatalities == 3


# "In a similar attack" opens the day's other news.


def test_a_similar_attack_told_as_news_is_an_event(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "Gunmen killed a shop owner in Mosul on Sunday. In a similar attack, gunmen killed a teacher in "
        "Tal Afar.",
    )
    assert sorted(e.location for e in events) == ["Mosul", "Tal Afar"]


# A threat in a clause about the doers is their past.


def test_killers_who_had_threatened_the_victim_kill(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor, "Gunmen who had threatened her for weeks shot dead a woman activist in Kut on Monday."
    )
    assert (event.sub_event_type, event.fatalities) == ("Attack", 1)


def test_a_group_that_threatens_attacks_still_tells_none(extractor: RuleExtractor) -> None:
    events = code(extractor, "The militia, which has threatened attacks on the airport, met on Monday.")
    assert all(e.event_type not in ("Battles", "Explosions/Remote violence") for e in events)


# A feud between tribes or clans is coded; one between families is crime.


@pytest.mark.parametrize(
    "text",
    [
        "Two clans exchanged fire near Qurna over a dispute over land on Monday, killing three men.",
        "Tribal gunmen fought each other in the Kumait area on Friday in a dispute over money, leaving two dead.",
    ],
)
def test_a_tribal_feud_is_a_clash(extractor: RuleExtractor, text: str) -> None:
    assert code.one(extractor, text).sub_event_type == "Armed clash"


def test_a_feud_between_families_is_still_crime(extractor: RuleExtractor) -> None:
    assert (
        code(extractor, "A gun battle broke out between two families in Zubair on Saturday, killing a boy.")
        == []
    )


# A force named as a body fights only when the body itself kills.


@pytest.mark.parametrize(
    "text",
    [
        "The Civil Defence Service said storms killed three members of a family in Soran on Sunday.",
        "A PMF fighter killed two members of his own family in a dispute in Kut on Saturday.",
    ],
)
def test_no_fight_by_a_body_that_only_speaks_or_by_one_of_its_men(
    extractor: RuleExtractor, text: str
) -> None:
    assert all(e.sub_event_type != "Armed clash" for e in code(extractor, text))


def test_a_brigade_that_kills_militants_still_fights(extractor: RuleExtractor) -> None:
    event = code.one(extractor, "The 15th Brigade killed four Daesh members near Rutba on Monday.")
    assert (event.sub_event_type, event.fatalities) == ("Armed clash", 4)


# The dead listed end where another harm begins, and a name set after "a soldier," is that soldier.


@pytest.mark.parametrize(
    "text, dead",
    [
        ("A roadside bomb killed a soldier and wounded Captain Salim Hadi near Tuz Khurmatu on Monday.", 1),
        ("Gunmen shot dead a policeman and wounded his colleague Omar Fadhil in Hilla on Tuesday.", 1),
        ("Militants killed a shepherd and kidnapped Jabbar Khalaf, a farmer, near Rutba on Friday.", 1),
        ("A sniper shot dead a soldier, Corporal Ali Jawad, near Baiji on Thursday.", 1),
        ("Gunmen killed a guard and Sami Aziz, a driver, in Kirkuk on Monday.", 2),
        ("A bomb killed a man, his wife and their two daughters in Khalis on Monday.", 4),
    ],
)
def test_the_listed_dead(extractor: RuleExtractor, text: str, dead: int) -> None:
    assert code.one(extractor, text).fatalities == dead


# The armed forces of the Kurdistan Region are not Iraq's army.


def test_the_regions_armed_forces_are_not_the_iraqi_army(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor, "The Kurdistan Region's armed forces repelled a PKK attack near Zakho on Friday."
    )
    assert event.actor2 != "Military Forces of Iraq" and event.actor1 != "Military Forces of Iraq"


# Gunmen who block a road attack; crowds of addicts or fans broken up are no protest.


def test_gunmen_who_block_a_road_are_no_protesters(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "Gunmen blocked the highway with burning tyres near Baiji on Sunday and attacked a passing police convoy.",
    )
    assert event.sub_event_type == "Armed clash"


@pytest.mark.parametrize(
    "text",
    [
        "Police broke up a gathering of drug users in a park in Kut on Saturday.",
        "Security forces broke up a crowd of brawling fans outside the stadium in Basra on Friday.",
    ],
)
def test_crowds_of_others_broken_up_are_no_protest(extractor: RuleExtractor, text: str) -> None:
    assert code(extractor, text) == []


def test_crowds_broken_up_are_still_a_protest(extractor: RuleExtractor) -> None:
    event = code.one(extractor, "Riot police broke up the crowds with tear gas in Kut on Saturday.")
    assert event.sub_event_type == "Protest with intervention"


# Sport and civil campaigns in the words of a push.


@pytest.mark.parametrize(
    "text",
    [
        "Kurdish fighters battle for the Asian crown in Duhok on Monday.",
        "The health directorate launched the third phase of its vaccination campaign in Kut on Monday.",
    ],
)
def test_no_fight_in_a_contest_or_a_campaign(extractor: RuleExtractor, text: str) -> None:
    assert code(extractor, text) == []


def test_a_phase_of_operations_is_still_a_fight(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor, "The army launched the third phase of operations in the Makhoul mountains on Sunday."
    )
    assert event.sub_event_type == "Armed clash"


# A weekly rite names no day only in a call or a plan; a day of the month may name its month.


def test_a_march_after_the_friday_sermon_is_dated_friday(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor, "Sadr's followers marched after the Friday sermon in Kufa, police said on Sunday."
    )
    assert event.date == dt.date(2021, 6, 11)


@pytest.mark.parametrize(
    "text, day",
    [
        ("On the 13th of this month, a bomb killed two people in Hilla.", dt.date(2021, 6, 13)),
        ("On the 20th of last month, gunmen kidnapped an engineer in Basra.", dt.date(2021, 5, 20)),
    ],
)
def test_a_day_of_this_or_last_month(extractor: RuleExtractor, text: str, day: dt.date) -> None:
    assert code.one(extractor, text).date == day


# A side that halts its own attacks makes no attack.


def test_attacks_suspended_are_no_attack(extractor: RuleExtractor) -> None:
    event = code.one(extractor, "The PKK said it suspended attacks on Turkish forces during the holiday.")
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Agreement",
        "PKK: Kurdistan Workers Party",
        None,
    )


# Unexploded weapons found, with no blast and no harm told, are a find, not a mishap.


def test_unexploded_rockets_found_are_a_find(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor, "Soldiers found three unexploded rockets in a palm grove near Jurf al-Sakhar on Monday."
    )
    assert event.sub_event_type == "Disrupted weapons use"


def test_an_old_shell_that_went_off_is_still_a_mishap(extractor: RuleExtractor) -> None:
    assert (
        code(extractor, "A girl found an old shell near Tal Afar on Friday and it exploded, killing her.")
        == []
    )


@pytest.mark.parametrize(
    "text",
    [
        "Militants who had threatened the farmers attacked their village near Hawija on Sunday, killing two.",
        "Militants ended their attack on the farms near Hawija after four hours on Sunday.",
    ],
)
def test_an_attack_told_with_a_past_threat_or_its_end_is_an_attack(
    extractor: RuleExtractor, text: str
) -> None:
    assert [e.event_type for e in code(extractor, text)] == ["Violence against civilians"]
