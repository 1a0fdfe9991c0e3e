"""Session 14: doers, targets and tolls on events already found. Victims told with one of their own
("and their driver") before a passive verb; who some of them were, between commas; a group that
"claimed that ambush"; a claim put out "in a statement carried by state media"; the
dead pulled out and shot; "killing three more" and "a tenth fighter" added to the toll told before.
Texts written for tigris."""

from __future__ import annotations

import datetime as dt

from coding import Coder

from tigris.resolve.fatalities import read_figures

code = Coder(dt.date(2006, 5, 10), "session14-fields")


def test_victims_with_their_own_driver_are_the_target_and_counted(extractor):
    event = code.one(
        extractor,
        "TIKRIT, May 10 (Desk) - Nine Iraqi soldiers and their driver were killed on Tuesday when a "
        "large roadside bomb tore through their convoy near Tuz Khurmatu, officials said.",
    )
    assert event.actor1 == "Unidentified Armed Group (Iraq)"
    assert event.actor2 == "Military Forces of Iraq"
    assert event.fatalities == 10


def test_their_own_counted_with_the_victims():
    assert read_figures("Two engineers and their three bodyguards were shot dead at the gate.").low == 5
    assert read_figures("Eleven US soldiers and their Iraqi translator were killed near Ramadi.").low == 12


def test_subset_between_commas_and_group_claiming_that_ambush(extractor):
    event = code.one(
        extractor,
        "HIT, May 10 (Desk) - Seven Iraqi soldiers, three of them officers, were killed in a gun battle with "
        "insurgents outside Hit on Monday; the Islamic Army in Iraq group claimed that ambush.",
    )
    assert (event.actor1, event.actor2) == ("Islamic Army in Iraq", "Military Forces of Iraq")


def test_strike_claimed_in_statement_carried_by_state_media(extractor):
    (event,) = code(
        extractor,
        "ERBIL, Jan 16 (Desk) - Missiles crashed into a neighbourhood of Erbil overnight, wrecking two "
        "homes, and a child was slightly injured. Iran's Revolutionary Guards said in a statement "
        "broadcast on state television that they had launched the missiles at a spy centre.",
        published=dt.date(2024, 1, 16),
    )
    assert event.actor1 == "Military Forces of Iran"


def test_people_pulled_out_and_executed_are_the_dead(extractor):
    event = code.one(
        extractor,
        "BAQUBA, June 24 (Desk) - Masked gunmen set up a fake checkpoint on the road north of Baquba on "
        "Friday, hauled out 12 passengers from two minibuses and executed them, police said.",
    )
    assert event.fatalities == 12


def test_more_dead_and_an_ordinal_death_raise_the_toll(extractor):
    (event,) = code(
        extractor,
        "TIKRIT, May 2 (Desk) - Gunmen attacked an army outpost near Baiji on Sunday night, killing four "
        "soldiers in an hour-long gun battle, officers said. The attackers then fired mortars at troops "
        "sent to help, killing two more, and a seventh soldier was killed by a sniper near the outpost.",
        published=dt.date(2016, 5, 2),
    )
    assert event.fatalities == 7


def test_tolls_told_of_a_crew_of_imams_and_of_one_side():
    assert (
        read_figures("Samir Fadhel, a cameraman, and two members of his crew were found shot dead.").low == 3
    )
    assert read_figures("Gunmen burned two mosques, and four imams were shot dead.").low == 4
    assert read_figures("Officials put the number of militants killed at about 60.").low == 60
