"""Weak spots found with the third development set (src/tigris/data/gold3): stories with no event that
are told in war words, the target of an attack, and events the rules did not see. Sentences written
for tigris."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor

code = Coder(dt.date(2022, 5, 11), "gold3-weak-spots")


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize(
    "text",
    [
        # a court's judgement on an attack of long ago
        "BAGHDAD, May 11 — A court sentenced a former army officer to death on Tuesday for ordering the mustard gas "
        "attack on a village near Sulaymaniyah in 1987.",
        "ERBIL, May 11 — Two former officers went on trial on Tuesday, and one was found guilty of the poison gas "
        "attack on Balisan.",
        # lasting harm from an attack of the past
        "HALABJA, May 11 — Survivors of the chemical bombing met the health minister on Tuesday to ask for treatment abroad.",
        "Many of the widows, their lungs scarred by nerve gas, still live on the edge of the town.",
        # a fire fought by firemen
        "KUT, May 11 — A fire spread through a row of timber shops in the old market on Tuesday night, and civil "
        "defence teams fought it until dawn.",
        # an exercise, not a fight
        "BASRA, May 11 — Navy boats and marines staged a live-fire exercise off Fao on Tuesday, shelling mock enemy "
        "landing craft.",
        "KIRKUK, May 11 — Army tanks and helicopters fired on mock targets in a joint drill south of the city on Tuesday.",
        # the families of those killed long ago, a trend in attacks, a crime in the family, a metaphor
        "TIKRIT, May 11 — Families of the men killed in the Speicher massacre of 2014 laid wreaths on Tuesday.",
        "BAGHDAD, May 11 — The prime minister said on Tuesday that pensions would go to the families of those killed "
        "in the 2019 protests.",
        "ERBIL, May 11 — Drone attacks on the airport have dropped sharply since the spring, officials said on Tuesday.",
        "BASRA, May 11 — A man shot dead his cousin on Tuesday in a dispute over land in Zubair, police said.",
        "NAJAF, May 11 — The next war in the south will be fought over water, a farmers' leader said on Tuesday.",
    ],
)
def test_no_political_event(extractor: RuleExtractor, text: str) -> None:
    assert code(extractor, text) == []


@pytest.mark.parametrize(
    "text, sub_event_type",
    [
        # the same words still tell an event when it happens in the story
        ("MOSUL, May 11 — Gunmen set fire to a police post on Tuesday, and soldiers fought them for an hour.",
         "Armed clash"),
        ("TIKRIT, May 11 — Islamic State militants attacked an army unit during a training exercise near Baiji on "
         "Tuesday, killing two soldiers.", "Armed clash"),
    ],
)  # fmt: skip
def test_the_words_still_tell_an_event(extractor: RuleExtractor, text: str, sub_event_type: str) -> None:
    assert [e.sub_event_type for e in code(extractor, text)] == [sub_event_type]


@pytest.mark.parametrize(
    "text, sub_event_type",
    [
        ("BAQUBAH, May 11 — Eleven farmers were killed on Tuesday when masked men entered their village east "
         "of the town.", "Attack"),
        ("KIRKUK, May 11 — Militants stormed a gas plant west of the city on Tuesday and killed six engineers.",
         "Attack"),
        ("HILLAH, May 11 — A bomber at the wheel of a fuel tanker blew it up outside a police station on Tuesday, "
         "killing nine people.", "Suicide bomb"),
        ("SAMARRA, May 11 — A powerful blast tore through a crowded bus station on Tuesday, killing seven "
         "people.", "Remote explosive/landmine/IED"),
        ("KUT, May 11 — Three bombs, one under a cart and two in rubbish bins, went off in the vegetable market "
         "on Tuesday, killing eight people.", "Remote explosive/landmine/IED"),
    ],
)  # fmt: skip
def test_attacks_told_in_plain_words_are_coded(
    extractor: RuleExtractor, text: str, sub_event_type: str
) -> None:
    assert [e.sub_event_type for e in code(extractor, text)] == [sub_event_type]


def test_passengers_killed_at_a_checkpoint_are_civilians(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "NAJAF, May 11 — A bomb hidden under a seat of a minibus went off at a checkpoint on the Kufa road on "
        "Tuesday, killing seven passengers.",
    )
    assert event.actor2 == "Civilians (Iraq)"


def test_a_toll_told_as_people_who_died_counts_civilians(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "BAGHDAD, May 11 — A suicide bomber blew himself up at the gate of a mosque in Shula on Tuesday, "
        "where 14 people died.",
    )
    assert event.actor2 == "Civilians (Iraq)"


def test_a_blast_told_after_a_suicide_bombing_is_the_same_event(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "NAJAF, May 11 — A suicide bomber struck pilgrims at the edge of Najaf on Tuesday. In Najaf, "
        "the explosion went off among families queueing at a checkpoint, killing 16 people.",
    )
    assert [(e.sub_event_type, e.location, e.fatalities) for e in events] == [("Suicide bomb", "Najaf", 16)]


def test_unnamed_jets_in_a_later_sentence_are_the_air_force_named_before(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "ANKARA/ERBIL, May 11 — Turkish warplanes bombed PKK hideouts across northern Iraq overnight, the "
        "defence ministry said. Jets struck targets in Hakurk and near Gara, local officials said.",
    )
    assert sorted(e.location for e in events) == ["Gara", "Hakurk"]
    assert {(e.actor1, e.actor2) for e in events} == {
        ("Military Forces of Turkey", "PKK: Kurdistan Workers Party")
    }


def test_jets_of_another_side_are_not_taken_for_the_ones_before(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "ERBIL, May 11 — Turkish warplanes bombed PKK hideouts near Gara on Tuesday. Iraqi jets struck "
        "Islamic State caves in the Hamrin hills on the same day.",
    )
    assert "Military Forces of Turkey" not in {e.actor1 for e in events if e.location != "Gara"}


def test_a_rocket_that_lands_near_an_embassy_does_not_target_it(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "BAGHDAD, May 11 — A Katyusha rocket fell in the Green Zone late on Tuesday, a few hundred metres from "
        "the US embassy, without hurting anyone. Police later found the launcher in a field in Zafaraniya.",
    )
    assert event.actor2 is None


def test_rockets_fired_at_the_united_states_embassy_target_its_government(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "BAGHDAD, May 11 — Three rockets were fired at the United States embassy compound in the Green Zone "
        "early on Tuesday, causing no casualties.",
    )
    assert event.actor2 == "Government of the United States"


@pytest.mark.parametrize(
    "text",
    [
        "BAGHDAD, May 11 — A car bomb wrecked the Ministry of Planning on Tuesday morning, killing 19 people.",
        "RAMADI, May 11 — Ahmed Kareem, who heads the provincial council of Anbar, was killed on Tuesday when a "
        "bomb went off under his car.",
        "BAQUBAH, May 11 — Gunmen ambushed the convoy of the Diyala deputy governor on Tuesday, killing two of "
        "his guards.",
    ],
)
def test_the_state_struck_in_its_offices_or_officials_is_the_target(
    extractor: RuleExtractor, text: str
) -> None:
    assert [e.actor2 for e in code(extractor, text)] == ["Government of Iraq"]


def test_an_official_who_gives_the_toll_is_not_the_target(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "KUT, May 11 — A roadside bomb went off in a crowded market on Tuesday, and the governor said six people "
        "were killed.",
    )
    assert event.actor2 == "Civilians (Iraq)"


def test_a_sit_in_told_after_its_city_is_placed_there(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "1/ Terrible scenes in Nasiriyah tonight. Men in plain clothes fired on the sit-in near the bridge "
        "and at least three protesters were killed. #Iraq",
    )
    assert [(e.sub_event_type, e.location) for e in events] == [
        ("Excessive force against protesters", "Nasiriyah")
    ]


def test_checkpoints_tightened_after_an_attack_are_no_deployment(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "BAGHDAD, May 11 — A car bomb killed seven people in a market in Bayaa on Tuesday. The ministry said "
        "checkpoints had been reinforced across the capital.",
    )
    assert [e.sub_event_type for e in events] == ["Remote explosive/landmine/IED"]


def test_a_date_that_owns_another_event_does_not_date_this_one(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "BAGHDAD, May 11 — Angry at last month's vote count, hundreds of faction supporters stormed the gate of "
        "the electoral commission on Tuesday and set fire to a guard post.",
    )
    assert event.date == dt.date(2022, 5, 10)


@pytest.mark.parametrize(
    "text",
    [
        "ZAKHO, May 11 — Turkish artillery shelled a village near Zakho on Tuesday, killing two farmers.",
        "KOYA, May 11 — An Iranian drone struck a house in a village near Koya on Tuesday, killing a woman and "
        "her son.",
    ],
)
def test_named_civilians_killed_by_a_state_are_the_target(extractor: RuleExtractor, text: str) -> None:
    assert [e.actor2 for e in code(extractor, text)] == ["Civilians (Iraq)"]


@pytest.mark.parametrize(
    "text",
    [
        "BASRA, May 11 — A bomb went off outside the home of a provincial council member in Basra on Tuesday, "
        "damaging the gate.",
        "BAGHDAD, May 11 — A sticky bomb fixed to the car of a judge exploded in Mansour on Tuesday, wounding him.",
    ],
)
def test_property_of_an_official_makes_the_state_the_target(extractor: RuleExtractor, text: str) -> None:
    assert [e.actor2 for e in code(extractor, text)] == ["Government of Iraq"]


@pytest.mark.parametrize(
    "text, place",
    [
        ("RAMADI, May 11 — Two policemen were killed on Tuesday when a bomb exploded under their patrol car in "
         "Fallujah, east of Ramadi.", "Fallujah"),
        ("MOSUL, May 11 — Islamic State gunmen attacked a police checkpoint in Qayyarah, about 60 km south of "
         "Mosul, on Tuesday, killing two policemen.", "Qayyarah"),
    ],
)  # fmt: skip
def test_the_town_a_place_is_told_by_is_no_second_place(
    extractor: RuleExtractor, text: str, place: str
) -> None:
    assert [e.location for e in code(extractor, text)] == [place]


def test_a_group_that_says_it_carried_out_the_attacks_is_their_doer(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "1/ Drones flew at two bases with US troops in Iraq today. #Iraq\n"
        "2/ At Ain al-Asad, one drone was brought down before it reached the runway.\n"
        "3/ A second drone was brought down near the Harir base, north-east of Erbil.\n"
        "4/ The Islamic Resistance in Iraq says it carried out both.",
    )
    assert sorted(e.location for e in events) == ["Ain al-Asad Air Base", "Harir Air Base"]
    assert {e.actor1 for e in events} == {"Islamic Resistance in Iraq"}


def test_a_group_whose_members_were_killed_when_gunmen_came_is_the_target(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "BAQUBAH, May 11 — Nine members of the Kurdistan Democratic Party of Iran were killed on Tuesday when "
        "masked men entered their compound near Khanaqin.",
    )
    assert (event.actor1, event.actor2) == (
        "Unidentified Armed Group (Iraq)",
        "KDPI: Kurdistan Democratic Party of Iran",
    )
