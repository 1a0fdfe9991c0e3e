"""Stories with no event (session 14): trials, remembrances, tolls, returns, politics and sport in war
words, plans, films and novels. Each quiet story has a near twin that tells a real event, which must
still be coded. Sentences written for tigris."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor

code = Coder(dt.date(2024, 5, 15), "noevent-s14")


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize(
    "text",
    [
        # a remembrance whose event is told in a relative clause
        "DUHOK, May 15 (Reuters) - Hundreds of Yazidis gathered in Khanke on Wednesday to mark the ninth anniversary "
        "of the Islamic State assault on their villages, in which hundreds of men were killed and girls enslaved.",
        "NAJAF - Activists on Wednesday marked four years since the start of the Najaf sit-ins, in which dozens "
        "of demonstrators were shot dead by gunmen.",
        "HALABJA - Villagers gathered at the cemetery on Wednesday to remember the victims of the 1988 bombardment, "
        "when warplanes dropped chemical bombs on the valley.",
        # an event named by a past year, whatever day the sentence tells
        "SAMARRA - Relatives of the recruits killed in the 2014 Samarra massacre met the governor on Wednesday.",
        # returns of the displaced, years after the fighting
        "Dozens of displaced families went back to Baiji on Wednesday, years after they fled fighting between "
        "Islamic State militants and the army.",
        # a court's sentence on the doers of a past deed, cases over old attacks
        "The criminal court in Kut on Wednesday handed prison sentences to three men who abducted and killed a "
        "lawyer in 2020.",
        "The judiciary said on Wednesday that judges had closed 90 cases linked to attacks on protesters during the 2019 uprising.",
        # tolls over a month or a year, set against another period's
        "The health ministry said on Wednesday that 2023 was the calmest year in a decade, with 140 security "
        "personnel killed in attacks across the country, down from 260 the year before.",
        "A total of 64 members of the security forces were killed in Islamic State attacks during April, a spokesman said on Wednesday.",
        "UN mission: 21 civilians killed, 30 injured in Iraq during April",
        # deminers, old ordnance
        "Demining teams cleared more than 900 explosive devices from orchards near Baiji in April, a mine "
        "action group said on Wednesday.",
        "Aid workers said the ordnance left by the war against Islamic State still kills and maims shepherds west of Anbar.",
        # politics in war words
        "ERBIL - The Kurdistan Democratic Party launched an offensive in the Federal Supreme Court on Wednesday "
        "against the new budget law.",
        "The council race in Nineveh has turned into a bitter fight, with rival candidates trading fire over accusations of fraud.",
        "The electricity minister came under fire on Wednesday from lawmakers who attacked his ministry's "
        "handling of the summer blackouts.",
        # sport
        "ERBIL - The clash between Zakho SC and Naft Maysan ended in a 2-2 draw on Tuesday.",
        "The two sides fought a fierce battle in midfield, and the visiting striker shot twice against the post.",
        "In Basra, thousands of supporters gathered in the Corniche square to watch the match on big screens.",
        # plans
        "The Iraqi army plans to launch an offensive against Islamic State cells in the Makhoul mountains next "
        "month, a commander said on Wednesday.",
        # films and novels
        "The movie follows a young policeman who fights Islamic State militants in the alleys of Mosul, and scenes of air strikes drew gasps.",
        "A new documentary on the Badush prison massacre was shown at a festival in Baghdad on Tuesday.",
        "In the new novel by a Basra writer, a fisherman joins a militia and is killed in an air strike.",
    ],
)
def test_no_political_event(extractor: RuleExtractor, text: str) -> None:
    assert code(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # an anniversary crowd with demands is still a protest
        (
            "NAJAF - Thousands of protesters filled the square on Wednesday to mark four years since the "
            "Najaf sit-ins, chanting against the parties.",
            "Peaceful protest",
        ),
        # a real attack measured against the past
        (
            "SAMARRA - Militants stormed an army post near Samarra on Wednesday, killing three soldiers, in "
            "the deadliest attack in 2024, officials said.",
            "Armed clash",
        ),
        # a real attack beside a return of the displaced
        (
            "Islamic State militants attacked a farm near Baiji on Wednesday, days after displaced families "
            "returned, killing a farmer.",
            "Attack",
        ),
        # an offensive launched, not planned
        (
            "The Iraqi army launched an offensive against Islamic State cells in the Makhoul mountains on "
            "Wednesday, killing four militants, a commander said.",
            "Armed clash",
        ),
        # a real roadside bomb that wounded deminers
        (
            "A roadside bomb planted by militants wounded two deminers near Baiji on Wednesday, police said.",
            "Remote explosive/landmine/IED",
        ),
    ],
)
def test_real_event_twin_is_coded(extractor: RuleExtractor, text: str, sub_event_type: str) -> None:
    events = code(extractor, text)
    assert [e.sub_event_type for e in events] == [sub_event_type]


def test_real_event_after_a_trial_is_kept(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "KUT, May 15 (AFP) - A court in Kut sentenced three men to prison on Wednesday for a 2020 killing. "
        "Separately, a roadside bomb struck an army patrol near Tarmiyah on Wednesday, killing two soldiers.",
    )
    assert [e.sub_event_type for e in events] == ["Remote explosive/landmine/IED"]


def test_month_toll_beside_a_new_bomb(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "The UN said on Wednesday that 21 civilians were killed in April. On Tuesday, a roadside bomb killed "
        "two shepherds near Tarmiyah, police said.",
    )
    assert [e.sub_event_type for e in events] == ["Remote explosive/landmine/IED"]
