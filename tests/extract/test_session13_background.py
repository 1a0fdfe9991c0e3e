"""Background and history (session 13): analysis posts, profiles, explainers and risk outlooks tell
what a group has done over the years, what it does by habit and what may come next. None of it is a
new event; the one event such a text reports is still coded. Sentences written for tigris."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor

code = Coder(dt.date(2024, 9, 16), "background-session13")


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


# A paragraph labelled as context, a profile or a look ahead tells no new event.


def test_labelled_outlook_is_no_event(extractor: RuleExtractor) -> None:
    assert (
        code(extractor, "Outlook: Drone attacks on Erbil airport could pick up again before the vote.") == []
    )
    assert (
        code(extractor, "For context, militias fired rockets at Camp Victory near Baghdad airport in March.")
        == []
    )


def test_unlabelled_attack_is_kept(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor, "Two drones attacked Erbil airport on Sunday night, the Kurdish security agency said."
    )
    assert event.event_type == "Explosions/Remote violence"


# A deed told in the perfect with a span of years after it ("for years", "in the past", "each other
# before") is a habit.


def test_deed_for_years_is_no_event(extractor: RuleExtractor) -> None:
    assert (
        code(extractor, "Turkish jets have bombed the slopes above Amadiya for years, residents say.") == []
    )
    assert (
        code(extractor, "The KDP and the PUK have fought each other before, and the wounds have not healed.")
        == []
    )


def test_deed_with_its_day_beside_years_is_kept(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "Turkish jets bombed the slopes above Amadiya on Saturday, in a valley they have hit for years.",
    )
    assert event.sub_event_type == "Air/drone strike"


# The span or the habit told before the deed: "Over the years …", "have long …", "once …".


def test_span_or_once_before_the_deed_is_no_event(extractor: RuleExtractor) -> None:
    assert code(extractor, "Over the years Kataib Hezbollah has attacked US bases in Anbar.") == []
    assert (
        code(
            extractor,
            "The Jurf al-Sakhar farms, where militants once fought the army, are now a closed zone.",
        )
        == []
    )
    assert (
        code(extractor, "Protesters in Kut have long blocked roads and burned tyres to press for jobs.") == []
    )


def test_once_again_with_a_day_is_kept(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor, "Gunmen once again attacked a liquor shop in Baghdad's Karrada district on Sunday."
    )
    assert event.event_type == "Violence against civilians"


# What a group still, routinely or whenever does, in the plain present, is a habit.


def test_still_or_whenever_is_no_event(extractor: RuleExtractor) -> None:
    assert (
        code(extractor, "Islamic State cells still plant roadside bombs on farm tracks in the Hamrin hills.")
        == []
    )
    assert (
        code(extractor, "Turkish artillery shells the hamlets near Kani Masi whenever PKK fighters are seen.")
        == []
    )


def test_past_deed_with_its_day_is_kept(extractor: RuleExtractor) -> None:
    event = code.one(extractor, "A roadside bomb hit an army patrol on a farm track near Udhaim on Tuesday.")
    assert event.sub_event_type == "Remote explosive/landmine/IED"


# A look ahead told after the event word: "will almost certainly continue", "could resume".


def test_look_ahead_after_the_event_word_is_no_event(extractor: RuleExtractor) -> None:
    assert (
        code(extractor, "Drone strikes on PKK hideouts in the Asos mountains will almost certainly continue.")
        == []
    )


def test_strike_with_a_forecast_of_more_is_kept(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "Turkish drones struck PKK hideouts in the Asos mountains on Friday, the Kurdish health ministry said.",
    )
    assert event.sub_event_type == "Air/drone strike"


# An age told by its war, with a "when" clause that paints its scene, is history.


def test_scene_of_a_past_war_is_no_event(extractor: RuleExtractor) -> None:
    assert (
        code(
            extractor,
            "Latifiya was a byword for terror during the insurgency, when gunmen shot dead travellers on the highway.",
        )
        == []
    )


def test_scene_of_a_day_is_kept(extractor: RuleExtractor) -> None:
    event = code.one(extractor, "Gunmen shot dead a traveller on the highway near Latifiya on Monday.")
    assert event.event_type == "Violence against civilians"


# A life told as its past ("As a young officer …") and a day remembered are no new events.


def test_life_past_and_remembered_day_are_no_event(extractor: RuleExtractor) -> None:
    assert code(extractor, "As a young captain he was wounded by a roadside bomb outside Baquba.") == []
    assert code(extractor, "The village still remembers the day militants blew up its shrine.") == []


def test_officer_wounded_today_is_kept(extractor: RuleExtractor) -> None:
    event = code.one(extractor, "A young captain was wounded by a roadside bomb outside Baquba on Sunday.")
    assert event.sub_event_type == "Remote explosive/landmine/IED"


# A deed dated only by a year before the story's: a season, an edge or a bound of the year, the year as
# the event's adjective, or a decade.


def test_deed_of_an_earlier_year_is_no_event(extractor: RuleExtractor) -> None:
    assert code(extractor, "Protesters stormed the Kuwaiti consulate in Basra in the autumn of 2019.") == []
    assert (
        code(
            extractor,
            "The report lists the group's worst attacks: the 2016 Khalis market car bombing and the 2021 Tayaran Square suicide bombings.",
        )
        == []
    )
    assert code(extractor, "The brigade fought American troops in Diyala in the 2000s.") == []


def test_deed_of_this_year_is_kept(extractor: RuleExtractor) -> None:
    event = code.one(extractor, "Protesters stormed the Kuwaiti consulate in Basra on Saturday.")
    assert event.event_type in ("Riots", "Protests")


# A count of deeds over a span ("more than 200 … since", "so far") is a running total.


def test_running_total_is_no_event(extractor: RuleExtractor) -> None:
    assert (
        code(
            extractor,
            "Engineers say they have defused more than 3,000 roadside bombs in Salahuddin since 2018.",
        )
        == []
    )


def test_count_of_one_day_is_kept(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor, "Engineers defused 14 roadside bombs planted on a road near Tikrit on Thursday."
    )
    assert event.sub_event_type == "Disrupted weapons use"


# An opener that sets the sentence in the past or the long run ("Historically, …", "In recent years, …").


def test_past_opener_is_no_event(extractor: RuleExtractor) -> None:
    assert (
        code(
            extractor,
            "Historically, the Obeidi tribe fought alongside the army against al-Qaeda near Hawija.",
        )
        == []
    )


def test_fight_of_a_day_without_opener_is_kept(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "Obeidi tribal fighters fought alongside the army against Islamic State militants near Hawija on Monday.",
    )
    assert event.sub_event_type == "Armed clash"


# A record of three deeds in the perfect, with no count and no day, lists a group's past.


def test_record_of_deeds_is_no_event(extractor: RuleExtractor) -> None:
    text = (
        "Asaib Ahl al-Haq has shelled the Green Zone, attacked supply convoys with roadside bombs and abducted "
        "foreign contractors."
    )
    assert code(extractor, text) == []


def test_deeds_with_a_toll_are_kept(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor, "Rockets have killed three people, wounded ten and damaged shops in Baghdad, police said."
    )
    assert event.fatalities_low == 3


# Deeds done a counted number of times, or a harm that has become a habit.


def test_times_counted_is_no_event(extractor: RuleExtractor) -> None:
    text = "Drone attacks on the Kormor gas field have become a recurring menace, with the field struck at least ten times."
    assert code(extractor, text) == []


def test_one_strike_on_the_field_is_kept(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "A drone struck the Kormor gas field late on Friday, halting output for hours, officials said.",
    )
    assert event.sub_event_type == "Air/drone strike"


# A fight in an arena of politics (a court, parliament, the press) is no battle.


def test_fight_in_court_is_no_event(extractor: RuleExtractor) -> None:
    assert (
        code(
            extractor, "Baghdad and Erbil have fought in court over oil sales rather than on the front line."
        )
        == []
    )


def test_fight_in_the_streets_is_kept(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "Turkmen and Kurdish gunmen fought in the streets of Tuz Khurmatu on Sunday, leaving two dead.",
    )
    assert event.sub_event_type == "Armed clash"


# What a group is notorious for names its deeds.


def test_notorious_for_is_no_event(extractor: RuleExtractor) -> None:
    assert (
        code(
            extractor,
            "The cell was notorious for kidnapping truck drivers and for its mortar attacks on Samarra.",
        )
        == []
    )


def test_kidnapping_of_a_day_is_kept(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor, "Gunmen kidnapped two truck drivers on the road to Samarra on Tuesday, police said."
    )
    assert event.sub_event_type == "Abduction/forced disappearance"


# A span opened by someone's start in office counts the deeds since.


def test_since_taking_office_is_no_event(extractor: RuleExtractor) -> None:
    text = (
        "Since taking office, the interior minister has sacked dozens of police chiefs and removed three "
        "provincial commanders."
    )
    assert code(extractor, text) == []


def test_one_dismissal_is_kept(extractor: RuleExtractor) -> None:
    event = code.one(extractor, "The interior minister sacked the police chief of Basra on Sunday.")
    assert event.sub_event_type == "Other"


# What factions tend to do, and the scene of years under a group's rule.


def test_tendency_and_years_of_rule_are_no_event(extractor: RuleExtractor) -> None:
    assert (
        code(
            extractor,
            "Iran-backed factions tend to answer US strikes in Syria with rocket fire at Ain al-Asad.",
        )
        == []
    )
    text = (
        "Falluja's people lived under the Islamic State's rule for two years, when its police flogged smokers and "
        "beheaded suspected spies."
    )
    assert code(extractor, text) == []


def test_strike_and_killing_of_a_day_are_kept(extractor: RuleExtractor) -> None:
    assert code.one(
        extractor, "US jets struck Kataib Hezbollah sites near Qaim on Friday, the Pentagon said."
    ).sub_event_type == ("Air/drone strike")
    assert code.one(
        extractor, "Islamic State gunmen beheaded a shepherd near Rutba on Thursday, police said."
    ).sub_event_type == ("Attack")


# A place's record ("has seen a long cycle of …"), a change of method ("has moved from drone strikes
# to …"), a deed done "before, most notably …" and a sentence opened by "Before the war" are history.


def test_record_and_change_of_method_are_no_event(extractor: RuleExtractor) -> None:
    texts = (
        "Diyala has seen a long cycle of revenge killings between the clans, with farmers and mukhtars gunned down "
        "in their orchards.",
        "Iran's campaign against Kurdish exiles in Iraq has moved from drone strikes to missile barrages on their camps.",
        "Koya has been struck by Iranian drones before, most notably in September 2022 when Tehran hit the camps of "
        "Kurdish exile parties.",
        "Before the war, Tal Afar was a quiet trading town; militants looted its markets and burned its shrines when "
        "they swept in.",
    )
    for text in texts:
        assert code(extractor, text) == [], text


def test_killing_of_a_day_after_a_record_is_kept(extractor: RuleExtractor) -> None:
    event = code.one(
        extractor,
        "Diyala has seen a long cycle of revenge killings, and on Monday gunmen shot dead a mukhtar in his orchard "
        "near Baladruz.",
    )
    assert event.sub_event_type == "Attack"
    assert event.location == "Baladruz"
