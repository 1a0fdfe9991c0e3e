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
