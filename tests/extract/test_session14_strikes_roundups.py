"""Strikes, round-ups and decisions (session 14): people pulled from cars and shot, a named person
seized by gunmen, a day's sum over many attacks, habits and hopes told with war words, a toll taken
back, and the state's decisions (a flight ban, the
internet cut, ministers removed or resigning, ground left and taken over).
Texts written for tigris."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor
from tigris.types import Event

code = Coder(dt.date(2006, 2, 24), "session14-strikes")


def _one(extractor: RuleExtractor, text: str, published: dt.date) -> Event:
    events = code(extractor, text, published)
    assert len(events) == 1, events
    return events[0]


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize(
    "text",
    [
        "BAGHDAD, Feb 24 - Armed men stopped buses at a fake checkpoint near Hilla late on Wednesday, "
        "pulled out 30 passengers and shot them, police said.",
        "BAGHDAD, Feb 24 - Gunmen set up a bogus checkpoint on the road to Baquba on Wednesday, stopped "
        "minibuses, pulled out men whose names sounded Shia and shot them, killing about 20, police said.",
    ],
)
def test_people_pulled_out_of_cars_and_shot_are_attacked(extractor, text):
    event = code.one(extractor, text)
    assert (event.sub_event_type, event.actor2, event.date) == (
        "Attack",
        "Civilians (Iraq)",
        dt.date(2006, 2, 22),
    )


@pytest.mark.parametrize(
    "text",
    [
        "BAGHDAD, Oct 20 - Gunmen seized Fiona Clarke, the director of a British relief charity, as she left "
        "her office in Mansour on Tuesday.",
        "MOSUL, Oct 20 - Masked men snatched Yusuf Hadi Karim, head of the city's water board, outside his "
        "house on Tuesday.",
    ],
)
def test_a_named_person_seized_by_gunmen_is_abducted(extractor, text):
    event = _one(extractor, text, dt.date(2004, 10, 20))
    assert (event.sub_event_type, event.actor2) == ("Abduction/forced disappearance", "Civilians (Iraq)")


@pytest.mark.parametrize(
    "text",
    [
        "BAGHDAD, March 24 - A car bomb killed six people in Mosul on Sunday. Elsewhere, more than 30 Iraqis "
        "were killed in attacks across the country on Sunday, police said.",
        "BAGHDAD, March 24 - A truck bomb killed six people at a market in Mosul on Sunday. It was the worst "
        "of nine bombings in the north on Sunday, which together killed about 40 people.",
        # the count told with a word of measure before it ("the worst of more than a dozen bombings")
        "BAGHDAD, March 24 - A truck bomb killed six people at a market in Mosul on Sunday. It was the worst "
        "of more than a dozen bombings in the north on Sunday, which together killed about 60 people.",
    ],
)
def test_a_days_sum_over_many_attacks_is_no_event(extractor, text):
    event = _one(extractor, text, dt.date(2008, 3, 24))
    assert (event.sub_event_type, event.location, event.fatalities) == (
        "Remote explosive/landmine/IED",
        "Mosul",
        6,
    )


def test_a_bomb_told_before_the_days_sum_keeps_its_own_toll(extractor):
    text = (
        "KIRKUK, Sept 15 - A car bomb killed twelve people in Kirkuk on Monday, one of several attacks in "
        "the north that together killed 30."
    )
    event = _one(extractor, text, dt.date(2005, 9, 15))
    assert (event.location, event.fatalities) == ("Kirkuk", 12)


@pytest.mark.parametrize(
    "text",
    [
        "BAGHDAD, Jan 1 - The envoy urged the country's leaders to end the bloodshed, warning that roadside "
        "bombs and suicide attacks had become part of daily life in many towns.",
        "BAGHDAD, Oct 1 - The uprising began in 2019. Scores of organisers have been shot dead near their "
        "homes in the years that followed.",
        "BAGHDAD, March 1 - The two blocs have fought a war of attrition in the budget committee for weeks. "
        "Few deputies expect a truce before the new year.",
        "BAGHDAD, Feb 20 - A campaign to retake Tal Afar from the militants could start after the summer, an "
        "American general said on Thursday.",
        "MOSUL, March 12 - Witnesses said the militants separated the Shia men from the rest and marched the "
        "others to a pit in the desert.",
        "BASRA, Jan 20 - It was the first time the city had hosted the championship since 1980.",
    ],
)
def test_war_words_that_tell_no_event(extractor, text):
    assert code(extractor, text, dt.date(2021, 3, 1)) == []


def test_a_guest_hosted_is_still_a_visit(extractor):
    text = "BAGHDAD, Jan 20 - The prime minister hosted the Iranian foreign minister in Baghdad on Thursday."
    assert _one(extractor, text, dt.date(2023, 1, 20)).sub_event_type == "Other"


def test_a_toll_taken_back_is_not_the_events(extractor):
    text = (
        "BAGHDAD, April 13 - A suicide bomber blew himself up in a ministry canteen on Thursday, killing Sami "
        "Hadi, a deputy minister, and wounding 15 people. The American military had earlier put the toll at six "
        "but lowered it on Friday."
    )
    event = _one(extractor, text, dt.date(2007, 4, 13))
    assert (event.sub_event_type, event.fatalities) == ("Suicide bomb", 1)
    assert event.actor2 != "Military Forces of the United States"


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        (
            "NAJAF, July 14 - The authorities cut internet access across the south early on Saturday.",
            dt.date(2018, 7, 14),
            dt.date(2018, 7, 14),
        ),
        (
            "ERBIL, Oct 1 - On Friday Baghdad's ban on international flights to and from Erbil airport came "
            "into force.",
            dt.date(2017, 10, 1),
            dt.date(2017, 9, 29),
        ),
    ],
)
def test_the_states_restriction_is_the_governments_decision(extractor, text, published, day):
    event = _one(extractor, text, published)
    assert (event.sub_event_type, event.actor1, event.date) == ("Other", "Government of Iraq", day)


def test_ministers_removed_from_a_cabinet_are_a_decision(extractor):
    text = "ERBIL, Oct 13 - On Monday the regional premier removed three ministers of the opposition party from his cabinet."
    event = _one(extractor, text, dt.date(2015, 10, 13))
    assert (event.sub_event_type, event.date) == ("Other", dt.date(2015, 10, 12))


def test_ministers_who_resign_after_a_rally_are_news_of_their_own(extractor):
    text = "BAGHDAD, April 24 - Thousands rallied in Fallujah on Tuesday, and in Baghdad two Sunni ministers resigned."
    events = code(extractor, text, dt.date(2013, 4, 24))
    assert sorted((e.sub_event_type, e.location, e.actor1) for e in events) == [
        ("Other", "Baghdad", "Government of Iraq"),
        ("Peaceful protest", "Fallujah", "Protesters (Iraq)"),
    ]


def test_ground_left_and_then_taken_over_changes_hands_without_a_fight(extractor):
    text = (
        "KIRKUK, Oct 17 - On Tuesday Kurdish fighters withdrew from Makhmour, and Iraqi army units took over "
        "the town's government buildings."
    )
    event = _one(extractor, text, dt.date(2017, 10, 17))
    assert (event.sub_event_type, event.actor2) == (
        "Non-violent transfer of territory",
        "Military Forces of Iraq",
    )
