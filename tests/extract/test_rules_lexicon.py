"""The trigger lexicon: ACLED sub-event wording, on sentences written for these tests."""

from __future__ import annotations

import pytest

from tigris.extract import rules


def sub_type(sentence: str) -> str | None:
    trigger = rules.classify(sentence)
    return trigger.sub_event_type if trigger else None


def happening(sentence: str) -> bool:
    trigger = rules.classify(sentence)
    assert trigger is not None, sentence
    return trigger.happening


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # battles told without the word "clash"
        ("Soldiers and rebels were locked in an exchange of fire near the dam until dusk.", "Armed clash"),
        ("A two-hour shoot-out between the guards and the raiders ended at noon.", "Armed clash"),
        ("Insurgents set upon an army outpost on the ridge overnight.", "Armed clash"),
        ("The militia attacked a police base outside the town on Friday.", "Armed clash"),
        ("The garrison repulsed an attempted assault on the northern gate.", "Armed clash"),
        ("The army launched a major offensive against the rebels in the hills.", "Armed clash"),
        ("Government troops pushed deeper into the old quarter on Monday.", "Armed clash"),
        ("The army killed and wounded scores of insurgents in the valley.", "Armed clash"),
        ("Troops kill 9 'Black Flag' rebels in the delta.", "Armed clash"),
        ("Six policemen were killed in an ambush on the highway.", "Armed clash"),
        ("Seven soldiers killed near the frontier", "Armed clash"),
        ("Fighting in the eastern suburbs, around the old port, kills 14", "Armed clash"),
        # explosions
        ("Two suicide bombers blow themselves up at a checkpoint", "Suicide bomb"),
        ("A suicide blast tore through the market square.", "Suicide bomb"),
        ("Bomber hits crowded bus station in the capital", "Suicide bomb"),
        ("Militants detonated two bombs along the highway at dawn.", "Remote explosive/landmine/IED"),
        ("A landmine planted on the track went off under a truck.", "Remote explosive/landmine/IED"),
        ("City bombs, one near the ministry, kill 12", "Remote explosive/landmine/IED"),
        ("Rebels in the hills suffered losses in raids by army helicopters.", "Air/drone strike"),
        ("Jets destroyed weapons depots used by the rebels, the ministry said.", "Air/drone strike"),
        # attacks on civilians and bare tolls
        ("Armed men rode into the hamlet and opened fire on farmers in their fields.", "Attack"),
        ("At least 15 dead in new wave of violence in the north", "Attack"),
        ("Nine dead in attacks on the capital's outskirts", "Attack"),
        # territory
        (
            "Government forces freed three villages from the insurgents on Tuesday.",
            "Government regains territory",
        ),
        (
            "The army and allied militias captured a key district after heavy fighting.",
            "Government regains territory",
        ),
        (
            "The town was retaken by government troops after a week of fighting.",
            "Government regains territory",
        ),
        (
            "Rebel fighters seized the town from the government's forces.",
            "Non-state actor overtakes territory",
        ),
        (
            "Militia fighters began leaving their last enclave under an evacuation deal.",
            "Non-violent transfer of territory",
        ),
        (
            "The district was handed over by the departing troops to the local council.",
            "Non-violent transfer of territory",
        ),
        # protests, by the most severe response
        ("Police suppressed a peaceful student march in the port city.", "Protest with intervention"),
        (
            "Riot police fired tear gas at a crowd outside the ministry on Sunday.",
            "Protest with intervention",
        ),
        ("Security forces violently dispersed a sit-in by teachers.", "Excessive force against protesters"),
        (
            "Dozens of demonstrators were injured when police broke up the rally.",
            "Excessive force against protesters",
        ),
        ("Three people died in a deadly crackdown on the march.", "Excessive force against protesters"),
        ("Nurses went on strike across the province to demand unpaid wages.", "Peaceful protest"),
        ("Students formed a human chain along the river to protest the dam.", "Peaceful protest"),
        # riots
        ("Police clashed on Saturday with hundreds of marchers in the capital.", "Violent demonstration"),
        ("Clashes broke out between riot police and protesters near the palace.", "Violent demonstration"),
        ("The protest turned violent as some smashed shop windows.", "Violent demonstration"),
        ("Youths who had rioted for two nights were dispersed at dawn.", "Violent demonstration"),
        ("A march against fuel prices was marred by violence in the centre.", "Violent demonstration"),
    ],
)
def test_acled_wording_gives_the_sub_type(sentence: str, expected: str) -> None:
    assert sub_type(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # disasters, accidents and crime with a toll
        ("Twelve dead after a bus plunged off a mountain road"),
        ("At least 30 killed as floods sweep through the valley"),
        ("Four children died after eating contaminated food, officials said."),
        ("Five killed in a fire that gutted a hospital ward"),
        ("Two dead in a robbery at a jewellery shop"),
        # sport, opinion and metaphor
        ("The minister faced a storm of criticism over the budget."),
        ("The champions launched an attack on the title with a late goal."),
        ("Firefighters gained ground on the wildfire overnight."),
        ("The novel's hero battles his demons in a remote village."),
        ("The union threatened a walk-out if talks fail."),
        # a charge, not a protest told
        ("Police arrested an activist for organising an illegal protest."),
        # a toll later in the sentence, not the event told
        ("The group claimed responsibility for 4 dead in the north."),
        # adjectival "occupied", a meeting that "took place"
        ("Children were seen playing in the occupied city of the south."),
    ],
)
def test_near_misses_are_not_the_new_events(sentence: str) -> None:
    trigger = rules.classify(sentence)
    new_kinds = {
        "Armed clash",
        "Attack",
        "Government regains territory",
        "Non-state actor overtakes territory",
        "Peaceful protest",
        "Protest with intervention",
        "Violent demonstration",
    }
    if sentence.startswith("Police arrested"):
        assert trigger is not None and trigger.sub_event_type == "Arrests"
    elif sentence.startswith("The union"):
        assert trigger is None or rules.modality(sentence, trigger) != "asserted"
    else:
        assert trigger is None or trigger.sub_event_type not in new_kinds, trigger


def test_a_meeting_that_took_place_in_a_village_is_not_territory() -> None:
    assert sub_type("The first attack took place in a border village at night.") not in (
        "Government regains territory",
        "Non-state actor overtakes territory",
    )


def test_crowd_control_alone_is_an_event_only_when_dated() -> None:
    # "fired tear gas" with no protest word: the end of a gathering told before, not a new one
    assert not happening("Riot police later dispersed the crowd with water cannon.")
    assert happening("Police suppressed a peaceful march in the capital.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Iraqi forces battle militants in the north",
        "Militant fighters gained control of the base after days of fighting.",
        "Troops opened fire on rebels crossing the river.",
        "Two suicide bombers blow themselves up at a mosque",
    ],
)
def test_headline_and_past_verbs_tell_a_happening(sentence: str) -> None:
    assert happening(sentence)


# --- crowds, looting, captives, ground and attacks told in other words (second lexicon pass) ---


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # property destroyed or looted with no crowd of protesters behind it
        (
            "Hundreds of residents went on a looting spree in the market district.",
            "Looting/property destruction",
        ),
        (
            "Unknown vandals toppled a statue of the former king in the main square.",
            "Looting/property destruction",
        ),
        ("Arsonists gutted two polling stations in the east overnight.", "Looting/property destruction"),
        (
            "Several schools and clinics were torched in the raid on the valley.",
            "Looting/property destruction",
        ),
        ("Settlers smashed cars and shops in the village on Friday.", "Looting/property destruction"),
        # a crowd's own violence is a riot, even where the force answered with lethal force
        (
            "Riot police clashed with anti-austerity protesters near the central bank.",
            "Violent demonstration",
        ),
        ("Demonstrators tried to storm the governor's office on Monday.", "Violent demonstration"),
        (
            "Protesters opened fire on a police patrol during the march on the ministry.",
            "Violent demonstration",
        ),
        (
            "A sit-in outside the refinery ended when clashes broke out with the guards.",
            "Violent demonstration",
        ),
        ("Unruly demonstrators pelted the police lines with bottles at the rally.", "Violent demonstration"),
        (
            "Police shot dead two marchers in clashes with stone-throwing protesters on Sunday.",
            "Violent demonstration",
        ),
        # ... but force used on a peaceful crowd stays excessive force
        (
            "Police fired live rounds into a rally outside the court after a few demonstrators hurled bottles.",
            "Excessive force against protesters",
        ),
        (
            "Two students died in the crackdown on a non-violent march in the capital.",
            "Excessive force against protesters",
        ),
        ("Thousands of non-violent protesters marched through the old city on Friday.", "Peaceful protest"),
        # captives
        ("Gunmen raided the farm before dawn, abducting two engineers.", "Abduction/forced disappearance"),
        (
            "Armed men took twelve bus passengers hostage on the northern road.",
            "Abduction/forced disappearance",
        ),
        ("Four aid workers were taken hostage near the border on Monday.", "Abduction/forced disappearance"),
        ("The opposition leader was placed under house arrest on Sunday.", "Arrests"),
        ("Troops captured a senior rebel commander near the border on Friday.", "Arrests"),
        # an attack told repelled, in the passive; a toll on a force
        ("An assault on the border post by insurgents was repulsed by soldiers overnight.", "Armed clash"),
        (
            "Nine members of the national security forces including two senior officers were killed in rebel attacks.",
            "Armed clash",
        ),
        # ground changing hands without a fight
        (
            "Government troops took control of three villages without any armed clashes, officials said.",
            "Non-violent transfer of territory",
        ),
        # the source of a report is not the side that took the ground
        (
            "An army spokesman said that rebels had taken over two villages in the district.",
            "Non-state actor overtakes territory",
        ),
        (
            "According to a police official, militants gained control of the post after days of fighting.",
            "Non-state actor overtakes territory",
        ),
        ("Troops seized the town after fierce fighting with the rebels.", "Government regains territory"),
        # an event named as a concession or as what a captive once did is not the event told
        ("Despite the air strikes, the two sides signed a truce on Monday.", "Agreement"),
        ("Police detained a militant who had carried out rocket attacks on the airport.", "Arrests"),
        # headline verbs in the present tense
        ("Militia units pull back from the northern front", "Change to group/activity"),
    ],
)
def test_more_acled_wording_gives_the_sub_type(sentence: str, expected: str) -> None:
    assert sub_type(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "not_expected"),
    [
        # fire crews, floods and storms destroy property too
        ("Fire fighters put out the blaze at the depot overnight.", "Armed clash"),
        ("Dozens of homes were destroyed by floods in the south.", "Looting/property destruction"),
        ("The storm wrecked cars and buses along the coast road.", "Looting/property destruction"),
        # sport and metaphor
        ("The team's late attack was repelled by the goalkeeper.", "Armed clash"),
        ("The visitors captured the title after a tense final.", "Government regains territory"),
        ("The visitors captured the title after a tense final.", "Arrests"),
        ("Critics said the budget was held hostage by party rivalries.", "Abduction/forced disappearance"),
        ("The rival bank announced a hostile takeover of the group.", "Non-state actor overtakes territory"),
        ("The minister faced a storm of protest over the new tax.", "Violent demonstration"),
        # a missile named in a treaty, a programme or a test is no attack
        ("The two powers signed a missile treaty in the capital.", "Shelling/artillery/missile attack"),
        (
            "The ministry showcased its ballistic missile programme at a parade.",
            "Shelling/artillery/missile attack",
        ),
        # ordinary crime is no political arrest
        ("Border guards detained 40 people over illegal migration on the coast.", "Arrests"),
    ],
)
def test_more_near_misses_are_not_that_sub_type(sentence: str, not_expected: str) -> None:
    assert sub_type(sentence) != not_expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Hundreds of residents went on a looting spree in the market district.",
        "Thousands of non-violent protesters have taken to the streets of the capital.",
        "Militia units pull back from the northern front",
    ],
)
def test_more_wording_tells_a_happening(sentence: str) -> None:
    assert happening(sentence)


def test_rockets_still_fired_are_an_attack() -> None:
    assert sub_type("Rockets hit the air base overnight.") == "Shelling/artillery/missile attack"
