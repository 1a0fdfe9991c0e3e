"""One strike told many times (session 14): a strike or a salvo told over several sentences, with its
toll "in the strikes" or "in the attack" and the rockets or drones stopped in flight, is one event;
two strikes on different days or at different places stay two. Sentences written for tigris."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor

code = Coder(dt.date(2024, 6, 9), "onestrike-s14")


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # a ministry's toll told "in the strikes" just told
        (
            "ANKARA, June 8 (Reuters) - Turkish jets bombed PKK hideouts in the Zap region of northern Iraq on "
            "Saturday as part of the Claw-Lock operation, the defence ministry said. The ministry said the jets "
            "destroyed caves and shelters. Twelve PKK militants were neutralised in the strikes, the ministry said "
            "in a statement.",
            "Air/drone strike",
        ),
        # the militia's own dead told "in the attack", at a place of the same province
        (
            "KIRKUK, June 8 (AP) - An American air strike killed four militiamen near Kirkuk on Saturday as "
            "they readied a drone launch, a US official said. The Popular Mobilisation Forces said four of its "
            "members were killed in the attack in the Dibis area north of Kirkuk.",
            "Air/drone strike",
        ),
        # one rocket of the salvo intercepted
        (
            "BAGHDAD, June 8 (AP) - Four rockets landed in the Green Zone in Baghdad late on Saturday, the "
            "military said. One of the rockets was intercepted by the air defence system near the US embassy. "
            "The others fell on an empty car park.",
            "Shelling/artillery/missile attack",
        ),
        # most missiles intercepted, others hit
        (
            "BAGHDAD, June 8 (Reuters) - Several missiles were fired at Ain al-Asad air base in western Iraq on "
            "Saturday, the US military said. Most of the missiles were intercepted by the air defences, while "
            "two struck the base.",
            "Shelling/artillery/missile attack",
        ),
        # a drone downed, then told intercepted
        (
            "ERBIL, June 8 (Reuters) - A drone was shot down near Erbil airport on Saturday, the counter-"
            "terrorism service said. The drone was intercepted by air defences before it reached the runway.",
            "Air/drone strike",
        ),
    ],
)
def test_one_strike_told_again(extractor: RuleExtractor, text: str, sub_event_type: str) -> None:
    events = code(extractor, text)
    assert [e.sub_event_type for e in events] == [sub_event_type]


def test_interceptors_are_not_the_doer(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "ERBIL, June 8 (Reuters) - A drone was shot down near Erbil airport on Saturday, officials said. The "
        "drone was intercepted by air defences before it reached the airport, which hosts US-led coalition "
        "troops. The Islamic Resistance in Iraq claimed the attack.",
    )
    assert len(events) == 1
    assert events[0].actor1 == "Islamic Resistance in Iraq"


@pytest.mark.parametrize(
    "text",
    [
        # a drone stopped at another base on another day
        "BAGHDAD, June 8 (AP) - Rockets hit the Victory base complex near Baghdad airport on Friday, wounding "
        "two contractors. On Saturday, air defences intercepted a drone over Ain al-Asad air base in Anbar.",
        # a strike and, the next day, a fight of its own
        "DUHOK, June 8 (Rudaw) - A Turkish drone strike killed two PKK fighters near Amedi on Friday. On "
        "Saturday, Turkish troops killed three PKK militants in clashes in the Zap region, the ministry said.",
        # an interception told apart from the rockets that hit
        "ERBIL, June 8 (Reuters) - Two rockets struck near Erbil airport on Saturday, causing no casualties. "
        "In a separate incident, a drone was intercepted over Harir air base in Erbil province on Saturday evening.",
    ],
)
def test_two_strikes_stay_two(extractor: RuleExtractor, text: str) -> None:
    assert len(code(extractor, text)) == 2
