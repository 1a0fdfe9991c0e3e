import pytest

from tigris.resolve.fatalities import merge_figures, read_figures, to_number


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("At least 12 people were killed in the blast.", 12, 12),
        ("Security forces opened fire, killing three protesters.", 3, 3),
        ("Police said 12 were killed while medics put the death toll at 15.", 12, 15),
        ("The army of Arabia sacked the town, 2,000-5,000 killed.", 2000, 5000),
        ("Dozens of people were killed.", 12, 12),
        ("Twenty-one soldiers were killed.", 21, 21),
        ("٣ people were killed in the attack.", 3, 3),
        ("No one was killed in the attack.", 0, 0),
    ],
)
def test_death_figures(text, low, high):
    f = read_figures(text)
    assert (f.low, f.high) == (low, high)


def test_injuries_are_not_deaths():
    f = read_figures("Five people were wounded when the rocket struck.")
    assert f.low is None and f.injured == 5


def test_deaths_and_injuries_apart():
    f = read_figures("At least 12 people were killed and 40 wounded.")
    assert (f.low, f.injured) == (12, 40)


def test_running_total_is_not_attached():
    f = read_figures("More than 500 people have been killed since October.")
    assert f.low is None and f.running_total_ignored


def test_conflicting_tolls_across_sentences():
    merged = merge_figures(
        [read_figures("Four people were killed."), read_figures("Medics said six were killed.")]
    )
    assert (merged.low, merged.high, merged.conservative) == (4, 6, 4)


def test_words():
    assert to_number("dozens of") == 12 and to_number("hundreds") == 100 and to_number("tens") == 10


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Militants stopped a minibus, killing all seven.", 7, 7),
        ("A drone hit a pickup, killing two commanders and their driver.", 3, 3),
        ("Shells struck the camp, killing four soldiers and a medic.", 5, 5),
        ("The bomb killed three guards and two others.", 5, 5),
        ("The militia said five of their fighters were killed.", 5, 5),
        ("The toll from the two car bombs in the market on Friday rose to 31.", 31, 31),
        ("Health officials counted 31 dead; the organisers put the number at 40.", 31, 40),
        ("Gunmen shot dead Karim Hassan Jaber, a lawyer, in Amarah.", 1, 1),
    ],
)
def test_death_figures_told_in_more_ways(text, low, high):
    f = read_figures(text)
    assert (f.low, f.high) == (low, high)


def test_a_wounded_person_after_and_is_not_a_death():
    f = read_figures("Six people were killed and a policeman wounded.")
    assert (f.low, f.injured) == (6, 1)


def test_people_wounded_after_and_are_counted():
    f = read_figures("The blast wounded three soldiers and two passers-by, wounding four more.")
    assert read_figures("A mortar round landed, wounding three soldiers and two others.").injured == 5
    assert f.low is None


@pytest.mark.parametrize(
    ("text", "low"),
    [
        ("Gunmen sprayed the car with bullets, killing him, his wife and three other people.", 5),
        ("The blast killed Karim Saleh, a district official, and his driver, police said.", 2),
        ("An air strike killed commander Jamal Aziz and four other fighters near the border.", 5),
        ("Twelve PMF fighters were killed in the ambush.", 12),
    ],
)
def test_the_dead_listed_one_by_one_are_counted(text: str, low: int) -> None:
    assert read_figures(text).low == low


def test_several_wounded_gives_no_figure() -> None:
    f = read_figures("Rockets hit the base, wounding several contractors.")
    assert f.injured is None


def test_a_named_victim_is_a_floor_under_a_toll_told_later() -> None:
    first = read_figures("A bomb went off outside the mosque, killing the preacher Salim Jawad.")
    toll = read_figures("Medics put the death toll at 40.")
    assert first.low == 1 and merge_figures([first, toll]).low == 40


def test_the_killing_of_someone_named_as_an_event_counts_nobody() -> None:
    f = read_figures("Drones were downed on the anniversary of the killing of Abu Ali Hamid, police said.")
    assert f.low is None
