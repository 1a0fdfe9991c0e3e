"""Detection, sixteenth round: events told in ways the earlier rounds missed, and words that tell no
event. Sentences written for tigris."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor
from tigris.extract.rules import classify, modality

code = Coder(dt.date(2021, 3, 10), "round16")


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize(
    ("sentence", "sub"),
    [
        # drones told by what they did
        (
            "A quadcopter dropped two mortar bombs on a police post near Tarmiyah on Monday.",
            "Air/drone strike",
        ),
        ("Three drones flew into the perimeter of Erbil airport late on Sunday.", "Air/drone strike"),
        ("A Turkish drone killed two PKK commanders near Makhmour on Friday.", "Air/drone strike"),
        ("Four YBS fighters were killed by a Turkish drone near Sinuni on Monday.", "Air/drone strike"),
        # a person seized by armed men
        (
            "Masked gunmen snatched Haidar Kareem, a well-known blogger, outside his home in Kut on Monday.",
            "Abduction/forced disappearance",
        ),
        (
            "The pharmacist was seized by unknown armed men near the hospital in Diwaniya on Friday.",
            "Abduction/forced disappearance",
        ),
        # killings told by the bodies and by the attackers
        (
            "Police recovered the bodies of nine men from a canal on the southern edge of Baqubah, hands tied behind them.",
            "Attack",
        ),
        ("A shop owner was killed in his car by two gunmen outside Kut on Monday.", "Attack"),
        ("Militants raided a hamlet near Khanaqin at night, killing a shepherd.", "Attack"),
        # a crowd that beats a man to death
        ("A crowd beat a young man to death outside the council building in Kut on Monday.", "Mob violence"),
        # vehicles packed with explosives
        (
            "Two minibuses packed with explosives were driven into the market of Tuz Khurmatu on Monday.",
            "Remote explosive/landmine/IED",
        ),
        (
            "An explosives-rigged pick-up went off near a checkpoint in Tikrit on Sunday.",
            "Remote explosive/landmine/IED",
        ),
        # a siege broken, a named town raided
        ("Army units broke the militants' siege of Haditha on Tuesday.", "Government regains territory"),
        ("Islamic State fighters raided Hit on Monday night and burned the police station.", "Armed clash"),
        # a parliament vote asking the government to act
        ("Parliament voted on Sunday to urge the government to expel the Turkish ambassador.", "Other"),
        # squares and bridges cleared by force
        (
            "Riot police cleared the Ahrar bridge with live ammunition on Monday.",
            "Excessive force against protesters",
        ),
    ],
)
def test_events_told_in_more_ways(sentence: str, sub: str) -> None:
    trigger = classify(sentence)
    assert trigger is not None, sentence
    assert trigger.sub_event_type == sub


def test_fighters_in_suicide_vests_who_fight_the_police_are_a_clash() -> None:
    trigger = classify(
        "Scores of militants, several of them in suicide vests, entered Tikrit at dawn and attacked police "
        "checkpoints, fighting army units until nightfall."
    )
    assert trigger is not None
    assert trigger.sub_event_type == "Armed clash"


def test_a_suicide_vest_set_off_stays_a_suicide_bomb() -> None:
    trigger = classify("A man wearing a suicide vest blew himself up at a checkpoint in Samarra on Monday.")
    assert trigger is not None
    assert trigger.sub_event_type == "Suicide bomb"


@pytest.mark.parametrize(
    "sentence",
    [
        "The cabinet said the rally would be exploited by loyalists of the banned Baath party.",
        "Nobody was arrested, and the governor promised an inquiry.",
        "The prime minister, who took office in June promising reform, praised the protesters in a statement.",
        "A drone factory was opened near Baghdad.",
    ],
)
def test_words_that_tell_no_event(sentence: str) -> None:
    trigger = classify(sentence)
    assert trigger is None, trigger


def test_a_person_described_by_how_they_came_to_office_on_a_day_is_news() -> None:
    trigger = classify("The governor, who resigned on Sunday, said the vote had been rigged.")
    assert trigger is not None
    assert trigger.sub_event_type == "Other"


@pytest.mark.parametrize(
    "sentence",
    [
        "Background: Turkey has stepped up its air campaign in Duhok since gunmen shot dead one of its diplomats.",
        "Since early March, gunmen have killed four journalists in the south.",
        "It was the deadliest attack in Kirkuk since May, when a car bomb hit a market.",
    ],
)
def test_background_tells_no_event(sentence: str) -> None:
    trigger = classify(sentence)
    assert trigger is not None
    assert modality(sentence, trigger) is None


def test_an_event_measured_against_the_past_is_told() -> None:
    sentence = (
        "A Marine died on Monday after a roadside bomb exploded near Haditha, the first American killed "
        "since the army began its push on the town."
    )
    trigger = classify(sentence)
    assert trigger is not None
    assert trigger.sub_event_type == "Remote explosive/landmine/IED"
    assert modality(sentence, trigger) == "asserted"


def test_bodies_found_with_a_side_accused_of_killing_them(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "Soldiers found the bodies of eight shepherds in a ravine near Qara Tapa on Tuesday, the army "
        "said, accusing Islamic State of executing them.",
    )
    assert event.sub_event_type == "Attack"
    assert event.date == dt.date(2021, 3, 9)


def test_a_drone_that_dropped_a_charge_on_a_house_is_coded(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "A small drone dropped an explosive on the home of a tribal sheikh in Ramadi on Monday night, "
        "damaging the roof.",
    )
    assert event.sub_event_type == "Air/drone strike"
    assert event.location == "Ramadi"


def test_a_named_person_seized_by_gunmen_is_abducted_not_territory(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "Gunmen seized Mustafa Jabbar, a student organiser, in central Nasiriyah on Monday evening.",
    )
    assert event.event_type == "Violence against civilians"
    assert event.sub_event_type == "Abduction/forced disappearance"


def test_an_abduction_takes_no_toll_from_the_sentences_after_it(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "Gunmen kidnapped Mustafa Jabbar, a student organiser, in central Nasiriyah on Monday evening and "
        "drove off with him. Security forces had killed 30 protesters in the city in the days before.",
    )
    seized = [e for e in events if e.sub_event_type == "Abduction/forced disappearance"]
    assert len(seized) == 1
    assert not seized[0].fatalities
