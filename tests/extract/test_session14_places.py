"""Session 14: places lent by the way a story is laid out or worded. Forces sent "to the area" go
where the event before was; a social-media channel's header names the town it posts from; a headline's one quarter places the events the body leaves
unplaced when the others lie there. Texts written for tigris."""

from __future__ import annotations

import datetime as dt

from coding import Coder

code = Coder(dt.date(2021, 3, 10), "session14-places")


def test_reinforcements_sent_to_the_area_go_where_the_attack_was(extractor):
    events = code(
        extractor,
        "Monday: gunmen attacked a farm near Khalis, killing four shepherds. "
        "Tuesday: the army sent reinforcements to the area.",
        published=dt.date(2021, 10, 28),
    )
    assert [(e.location, e.admin1) for e in events] == [("Khalis", "Diyala"), ("Khalis", "Diyala")]


def test_channel_header_places_the_posts_events(extractor):
    events = code(
        extractor,
        "Kut Youth channel — 3 May 2021\n"
        "Another one. The engineer Ali Kareem, who spoke at the sit-in here in the spring, was gunned down "
        "outside his shop tonight.\n"
        "Four days ago, on Thursday, the lawyer Hadi Jaber was shot dead inside his office.",
        published=dt.date(2021, 5, 3),
    )
    assert [(e.location, e.admin1) for e in events] == [("Kut", "Wasit"), ("Kut", "Wasit")]


def test_headline_quarter_places_the_unplaced_events(extractor):
    events = code(
        extractor,
        "Two days of anger in the Green Zone\n"
        "On Sunday 4 June angry supporters of the cleric stormed the parliament building and smashed its "
        "windows. By evening guards were trading fire with gunmen around the Green Zone; five people were killed.",
        published=dt.date(2023, 6, 6),
    )
    assert [(e.location, e.admin1) for e in events] == [("Green Zone", "Baghdad"), ("Green Zone", "Baghdad")]
