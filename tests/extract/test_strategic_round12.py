"""Strategic developments told in more ways (twelfth round): sentences written for tigris."""

from __future__ import annotations

import pytest

from tigris.extract.rules import classify


@pytest.mark.parametrize(
    ("sentence", "sub"),
    [
        ("Iraq and Turkey struck a security pact in Ankara on Monday.", "Agreement"),
        ("The signing of the accord took place in Baghdad.", "Agreement"),
        ("A memorandum of understanding was signed between Baghdad and Erbil.", "Agreement"),
        ("Kataib Hezbollah announced a suspension of attacks on US troops.", "Agreement"),
        ("The authorities released 200 detainees under an amnesty.", "Agreement"),
        ("Counter-terrorism troops seized a wanted militant leader in Mosul.", "Arrests"),
        ("An ISIS emir was captured in a raid in Tarmiyah.", "Arrests"),
        ("Federal police nabbed a bomb-maker in Diyala.", "Arrests"),
        ("The command announced the capture of an IS financier.", "Arrests"),
        ("The Mahdi Army was disbanded by its leader.", "Change to group/activity"),
        ("US troops withdrew from the K1 base in Kirkuk.", "Change to group/activity"),
        ("The coalition handed over Qayyarah air base to Iraqi forces.", "Change to group/activity"),
        ("The militia held a military parade in Baghdad.", "Change to group/activity"),
        ("The prime minister appointed a new army chief of staff.", "Other"),
        ("The head of the Peshmerga ministry stepped down.", "Other"),
        ("The army commander in Nineveh was relieved of his duties.", "Other"),
        ("Parliament elected Mohammed al-Halbousi as speaker.", "Other"),
        ("The authorities banned the Baath party.", "Other"),
        ("The interior ministry banned all rallies in the capital.", "Other"),
        ("The C-RAM system intercepted a rocket near the embassy.", "Disrupted weapons use"),
        ("Air defences shot down two rockets aimed at the airport.", "Disrupted weapons use"),
        ("A car bomb was thwarted at a checkpoint in Kirkuk.", "Disrupted weapons use"),
        ("Police foiled a suicide attack in Karbala.", "Disrupted weapons use"),
        ("Rocket launchers were found in a truck near the airport.", "Disrupted weapons use"),
        ("A would-be suicide bomber was arrested wearing an explosive vest.", "Disrupted weapons use"),
        (
            "The opening of a new Turkish outpost was reported near Amadiya.",
            "Headquarters or base established",
        ),
        ("IS militants blew up the Nuri mosque.", "Looting/property destruction"),
        ("Islamic State destroyed the shrine of the Prophet Jonah.", "Looting/property destruction"),
        ("The museum statues were smashed by the militants.", "Looting/property destruction"),
        ("Britain handed Basra province to Iraqi control.", "Non-violent transfer of territory"),
        ("The handover of Kirkuk to federal forces was completed.", "Non-violent transfer of territory"),
        ("Federal forces moved into Khanaqin unopposed.", "Non-violent transfer of territory"),
    ],
)
def test_strategic_wordings(sentence: str, sub: str) -> None:
    trigger = classify(sentence)
    assert trigger is not None and trigger.sub_event_type == sub, (sentence, trigger)


@pytest.mark.parametrize(
    "sentence",
    [
        "The striker completed his transfer to a club in Erbil.",
        "Two telecom companies announced the merger of their networks.",
        "A court banned the film from cinemas in Baghdad.",
        "The army's security pact with the tribes was long a subject of debate among historians.",
    ],
)
def test_strategic_words_that_are_no_event(sentence: str) -> None:
    trigger = classify(sentence)
    assert trigger is None, (sentence, trigger)


def test_gunmen_seizing_an_activist_stay_an_abduction() -> None:
    trigger = classify("Gunmen seized the activist on the outskirts of Nasiriyah.")
    assert trigger is not None and trigger.sub_event_type == "Abduction/forced disappearance"


def test_would_be_bombers_who_blow_themselves_up_are_a_suicide_bombing() -> None:
    trigger = classify("Two would-be suicide bombers blew themselves up before reaching their target.")
    assert trigger is not None and trigger.sub_event_type == "Suicide bomb"


def test_an_army_capturing_a_commander_in_a_town_it_took_is_territory() -> None:
    trigger = classify("The army seized control of the town, where it also captured a senior commander.")
    assert trigger is not None and trigger.sub_event_type == "Government regains territory"


@pytest.mark.parametrize(
    ("sentence", "sub"),
    [
        ("Kurdish parties struck a deal to form a government.", "Agreement"),
        ("The two sides swapped prisoners on Thursday.", "Agreement"),
        ("More than 1,000 IS militants gave themselves up near Tal Afar.", "Agreement"),
        ("The cleric announced a freeze on the activities of his militia.", "Agreement"),
        ("The last US troops crossed the border into Kuwait.", "Change to group/activity"),
        ("The army moved troops to Kirkuk.", "Change to group/activity"),
        ("Parliament elected Ali Hassan, the governor of Anbar, as its speaker.", "Other"),
        ("The governor of Kirkuk was removed.", "Other"),
        ("Iraqis went to the polls on Sunday.", "Other"),
        ("Troops disarmed an explosive belt.", "Disrupted weapons use"),
        ("A truck loaded with explosives was stopped at a checkpoint.", "Disrupted weapons use"),
        ("IS blew up the al-Nuri mosque and its minaret.", "Looting/property destruction"),
        ("Militants bulldozed the ancient Assyrian city.", "Looting/property destruction"),
    ],
)
def test_strategic_wordings_second_batch(sentence: str, sub: str) -> None:
    trigger = classify(sentence)
    assert trigger is not None and trigger.sub_event_type == sub, (sentence, trigger)
    assert trigger.happening, sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "The blocs should lay down their arms and agree on a president.",
        "Security forces were trying to defuse the device when it blew up.",
    ],
)
def test_not_an_agreement_or_a_disrupted_weapon(sentence: str) -> None:
    trigger = classify(sentence)
    assert trigger is None or trigger.sub_event_type not in ("Agreement", "Disrupted weapons use")


@pytest.mark.parametrize(
    ("sentence", "sub"),
    [
        ("Security forces dismantled an Islamic State cell in Kirkuk.", "Arrests"),
        ("A terrorist network was dismantled in Diyala.", "Arrests"),
        ("Police have arrested two suspects in the rocket attack.", "Arrests"),
        ("Hundreds of PMF fighters arrived in Kirkuk.", "Change to group/activity"),
        ("The coalition transferred the Taji base to Iraqi forces.", "Change to group/activity"),
        ("The ministry announced the formation of two new brigades.", "Change to group/activity"),
        ("Turkish forces established a new military point near Amadiya.", "Headquarters or base established"),
        ("IS destroyed the Mar Behnam monastery.", "Looting/property destruction"),
        ("IS militants burned farmland in Kirkuk.", "Looting/property destruction"),
        ("Engineers removed an IED planted near a school.", "Disrupted weapons use"),
    ],
)
def test_strategic_wordings_third_batch(sentence: str, sub: str) -> None:
    trigger = classify(sentence)
    assert trigger is not None and trigger.sub_event_type == sub, (sentence, trigger)


def test_a_drug_network_broken_up_is_crime() -> None:
    assert classify("Police broke up a drug smuggling network in Basra.") is None


def test_soldiers_leaving_bases_as_militants_advance_make_no_base_event() -> None:
    trigger = classify("The militants met little resistance as soldiers left their bases.")
    assert trigger is None or trigger.sub_event_type != "Change to group/activity"
