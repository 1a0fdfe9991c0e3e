"""Headlines of a war told day by day: the push, the ground taken, the toll a force claims, told in
nouns and present tenses with no full stop. Many feeds and archives hold nothing but such lines, so
each must be an event of its own. Headlines written for tigris."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor
from tigris.extract.layout import is_headline, under_links_heading

code = Coder(dt.date(2016, 11, 14), "war-headlines")


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize(
    "headline, sub_event_type, actors",
    [
        # a fight named in nouns alone
        ("Heavy fighting on the edge of Baiji", "Armed clash", None),
        ("Fierce clashes with Islamic State west of Samarra", "Armed clash", None),
        # the push told as it goes
        ("Iraqi troops press deeper into eastern Mosul", "Armed clash", None),
        ("Army units face stiff Islamic State resistance near Hawija", "Armed clash",
         ("Military Forces of Iraq", "Islamic State (Iraq)")),
        ("Peshmerga hold off jihadist assault on Bashiqa", "Armed clash", None),
        ("Iraqi army shells Islamic State positions near Qaim", "Shelling/artillery/missile attack",
         ("Military Forces of Iraq", "Islamic State (Iraq)")),
        # a toll a force claims
        ("Iraqi troops kill 23 in raid on Islamic State hideout near Rutba", "Armed clash", None),
        ("Militias kill eight Islamic State commanders in Baiji", "Armed clash", None),
        ("Iraqi police kill, wound 12 Islamic State militants in Ramadi", "Armed clash", None),
        # ground taken
        ("Iraqi forces oust Islamic State from town of Qayyarah", "Government regains territory", None),
        ("Islamic State gunmen ousted from Turkmen village near Tuz Khurmatu", "Government regains territory", None),
        ("Iraqi forces secure villages east of Shirqat", "Government regains territory", None),
        ("Army makes fresh gains in southern Mosul", "Government regains territory", None),
        ("Army units take over the militants' headquarters in Hit", "Government regains territory", None),
        # an aircraft brought down, killings and destruction told in headline verbs
        ("Islamic State shoots down army helicopter near Baiji", "Armed clash",
         ("Islamic State (Iraq)", "Military Forces of Iraq")),
        ("Jihadists stone two men to death in Hawija", "Attack", None),
        ("Islamic State blows up hotel in Fallujah", "Looting/property destruction", None),
        ("Suicide attack on power plant north of Baghdad kills nine", "Suicide bomb", None),
        # a force that stops the other side, or rings it
        ("Gunmen surround army base outside Haditha", "Armed clash", None),
        ("Iraqi troops halt Islamic State push on Baiji", "Armed clash", None),
        # strikes told with no aircraft named
        ("Strikes near Qaim kill nine Islamic State fighters", "Air/drone strike", None),
        ("Danish jets conduct strikes against militants in Anbar", "Air/drone strike", None),
        # a leader of a group killed, told by his post
        ("Aide to Islamic State leader killed near Rawa", "Armed clash", None),
        ("Islamic State's governor of Tal Afar killed", "Armed clash", None),
        # a person seized, an attack stopped before it happened, ground declared held
        ("Gunmen seize provincial official in Baquba", "Abduction/forced disappearance", None),
        ("Police foil suicide attack on Karbala pilgrims", "Disrupted weapons use", None),
        # an attack fought off with militants killed is a fight, not a weapon disrupted
        ("Iraqi forces foil Islamic State attack on Haditha, kill 20 militants", "Armed clash", None),
        ("Army says it fully controls Haditha dam", "Government regains territory", None),
        # killings and destruction by the group holding a town
        ("Islamic State shooting families who flee Hawija", "Attack", None),
        ("Jihadists destroy Shiite shrine in Tal Afar", "Looting/property destruction", None),
    ],
)  # fmt: skip
def test_a_headline_is_an_event(
    extractor: RuleExtractor, headline: str, sub_event_type: str, actors: tuple[str, str] | None
) -> None:
    events = code(extractor, headline)
    assert [e.sub_event_type for e in events] == [sub_event_type]
    if actors is not None:
        assert (events[0].actor1, events[0].actor2) == actors


def test_militants_killed_beside_a_named_force_fell_to_that_force(extractor: RuleExtractor) -> None:
    event = code.one(extractor, "Thirty Islamic State fighters killed as army units push into Rutba")
    assert (event.actor1, event.actor2) == ("Military Forces of Iraq", "Islamic State (Iraq)")


def test_a_toll_told_with_a_headline_verb_is_counted(extractor: RuleExtractor) -> None:
    assert code.one(extractor, "Islamic State slaughters 40 villagers near Hatra").fatalities == 40


@pytest.mark.parametrize(
    "text",
    [
        # the same nouns in a story's sentence name the fighting without telling it
        "Residents in the market spoke of the clashes with Islamic State near Samarra.",
        # a force that only waits, or is ordered to move, has fought no one yet
        "Iraqi troops poised for final assault on Qayyarah",
        "Iraqi forces preparing to advance on Shirqat",
        # ground given up without a fight
        "The militants met little resistance in the town, residents said.",
        # shots into the air part a crowd; no fight
        "KIRKUK, Nov 14 — Police fired into the air on Sunday to keep two crowds apart outside the council.",
        # diplomats sent home are no ground taken
        "Baghdad expels two diplomats from its embassy in Ankara",
        # a smuggling attempt stopped is customs work, not a weapon disrupted
        "BASRA, Nov 14 — Customs officers said on Sunday they had foiled nine smuggling attempts at the port this year.",
    ],
)
def test_no_event(extractor: RuleExtractor, text: str) -> None:
    assert code(extractor, text) == []


def test_the_scene_set_by_an_earlier_victory_is_no_event(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "RAMADI, Nov 14 — Days after the army and tribal fighters drove the Islamic State out of Ramadi, "
        "gunmen went through the empty souk on Sunday, setting shops alight, a council member said.",
    )
    assert [e.sub_event_type for e in events] == ["Looting/property destruction"]


def test_what_counts_as_a_headline() -> None:
    text = "Clashes near Hit\n- Fighting in Baiji\nA long story. Clashes near Hit\nRockets hit the base."
    first = text.index("Clashes near Hit")
    bullet = text.index("Fighting in Baiji")
    inside = text.rindex("Clashes near Hit")
    closed = text.index("Rockets hit the base.")
    assert is_headline(text, first, first + len("Clashes near Hit"))
    assert is_headline(text, bullet, bullet + len("Fighting in Baiji"))
    assert not is_headline(text, inside, inside + len("Clashes near Hit"))  # the line holds more
    assert not is_headline(text, closed, closed + len("Rockets hit the base."))  # a full stop


@pytest.mark.parametrize(
    "text, doer, target",
    [
        ("ERBIL, Nov 14 — Turkey struck PKK positions in the Gara mountains on Sunday.",
         "Military Forces of Turkey", "PKK: Kurdistan Workers Party"),
        ("BAGHDAD, Nov 14 — The United States struck Kataib Hezbollah depots near Qaim on Sunday.",
         "Military Forces of the United States", "Kataib Hezbollah"),
    ],
)  # fmt: skip
def test_a_foreign_state_that_strikes_sites_is_the_doer_and_not_a_place(
    extractor: RuleExtractor, text: str, doer: str, target: str
) -> None:
    event = code.one(extractor, text)
    assert (event.sub_event_type, event.actor1, event.actor2) == ("Air/drone strike", doer, target)
    assert event.country == "Iraq"


def test_links_to_other_stories_are_not_headlines_of_this_one(extractor: RuleExtractor) -> None:
    text = (
        "BAGHDAD, Nov 14 — Parliament passed the budget on Monday.\n"
        "Related stories\n- Clashes in Basra over water rights\n- Air strikes in Mosul: a look back"
    )
    assert code(extractor, text) == []


def test_a_title_that_opens_with_a_links_word_is_still_the_story() -> None:
    text = "Popular Mobilisation parade in Diyala\nDIYALA, June 26 — The units paraded on Saturday."
    assert not under_links_heading(text, text.index("DIYALA"))
    listed = "Story.\nRelated stories\n- Clashes in Basra"
    assert under_links_heading(listed, listed.index("- Clashes"))
