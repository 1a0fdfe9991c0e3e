import datetime as dt

import pytest

from tigris.resolve.dates import dateline_day, find_dates, local_day

JAN25 = dt.date(2020, 1, 25)


def first(sentence, reference=JAN25, anchor=None, trigger_at=None):
    found = [d for d in find_dates(sentence, reference, anchor, trigger_at=trigger_at) if d.date is not None]
    return found[0] if found else None


def test_month_day_takes_the_story_year():
    d = first("Sadr held his rally in Jadriya on January 24.")
    assert (d.date, d.precision) == (dt.date(2020, 1, 24), "day")


def test_december_in_an_early_january_story_is_last_year():
    d = first("Rockets hit the K1 base on December 27.", reference=dt.date(2020, 1, 2))
    assert d.date == dt.date(2019, 12, 27)


def test_month_without_year_early_in_january_is_last_year():
    d = first("Protests grew in December.", reference=dt.date(2020, 1, 3))
    assert (d.date, d.precision, d.date_end) == (dt.date(2019, 12, 1), "month", dt.date(2019, 12, 31))


def test_a_day_after_dates_the_earlier_event_when_it_sits_in_the_after_clause():
    sentence = "This was a day after he met with several leaders in Qom."
    d = first(sentence, anchor=dt.date(2020, 1, 14), trigger_at=sentence.index("met"))
    assert d.date == dt.date(2020, 1, 13)


def test_a_day_after_dates_the_later_event_in_the_main_clause():
    sentence = "A day after the rally, gunmen attacked the camp."
    d = first(sentence, anchor=dt.date(2020, 1, 24), trigger_at=sentence.index("attacked"))
    assert d.date == dt.date(2020, 1, 25)


def test_later_in_the_day_is_the_anchor_day():
    d = first("Later in the day, the Iraqi forces attacked the sit-in sites.", anchor=dt.date(2020, 1, 24))
    assert d.date == dt.date(2020, 1, 24)


def test_relative_phrase_without_anchor_gives_no_date():
    assert first("Later in the day, police fired tear gas.") is None


def test_late_on_sunday_in_a_monday_story_is_the_day_before():
    monday = dt.date(2019, 12, 30)
    d = first("US jets struck five sites late on Sunday.", reference=monday)
    assert d.date == dt.date(2019, 12, 29)


def test_weekday_on_the_story_day_is_that_day():
    assert first("Protesters marched on Monday.", reference=dt.date(2019, 12, 30)).date == dt.date(
        2019, 12, 30
    )


def test_last_week_is_a_week_range():
    d = first("Gunmen killed an activist last week.", reference=dt.date(2020, 1, 22))
    assert d.precision == "week"
    assert d.date == dt.date(2020, 1, 13) and d.date_end == dt.date(2020, 1, 19)


def test_yesterday_and_since():
    assert first("Police fired on marchers yesterday.").date == dt.date(2020, 1, 24)
    since = find_dates("500 have been killed since October.", JAN25, None)
    assert since and since[0].since


def test_no_date_is_never_today():
    assert find_dates("Gunmen attacked a checkpoint.", JAN25, None) == []


def test_story_day_is_taken_in_baghdad_time():
    late_utc = dt.datetime(2020, 1, 24, 22, 30, tzinfo=dt.UTC)
    assert local_day(late_utc) == dt.date(2020, 1, 25)


def test_dateline():
    assert dateline_day(
        "BAGHDAD, Oct 25 (Tigris Wire) — Thousands marched", dt.date(2019, 10, 26)
    ) == dt.date(2019, 10, 25)
    assert dateline_day("Thousands marched in Baghdad.", dt.date(2019, 10, 26)) is None


@pytest.mark.parametrize("bad", ["February 30", "on 45 March", "January 0"])
def test_impossible_dates_are_not_invented(bad):
    assert first(f"Rockets fell on {bad}.") is None
