"""Event dates, fifteenth round (docs/codebook.md, "Dates"): the day the event happened, on sentences
written for these tests. Each test codes a short story and checks the date a user sees on the event."""

from __future__ import annotations

import datetime as dt

import pytest

from tigris.extract.extractor import RuleExtractor
from tigris.ingest import make_document
from tigris.resolve.dates import dateline_day, find_dates
from tigris.types import Event


def code(extractor: RuleExtractor, text: str, published: dt.date) -> list[Event]:
    return extractor.extract(make_document(text, "test", published=published, external_id="dates15"))


def dates(events: list[Event]) -> list[tuple[str, dt.date | None, str | None]]:
    return [(e.sub_event_type, e.date, e.date_precision) for e in events]


def test_a_month_last_year_is_in_the_year_before(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "The worst attack came in April last year, when a suicide bomber blew himself up at the gate of "
        "the intelligence directorate in Kirkuk, wounding three officers.",
        dt.date(2021, 3, 22),
    )
    assert dates(events) == [("Suicide bomb", dt.date(2020, 4, 1), "month")]


def test_july_last_year_in_a_june_story(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "In July last year, a Turkish diplomat was shot dead by a gunman in a restaurant in Erbil.",
        dt.date(2020, 6, 18),
    )
    assert [e.date for e in events] == [dt.date(2019, 7, 1)]


def test_a_day_and_month_last_year() -> None:
    [d] = find_dates("Gunmen killed him on 28 April last year.", dt.date(2021, 3, 22), None)
    assert d.date == dt.date(2020, 4, 28)


def test_a_future_election_does_not_date_the_killing(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "Gunmen shot dead Farouk al-Jubouri, a candidate in the May 12 election, late on Wednesday in Mosul.",
        dt.date(2018, 4, 13),
    )
    assert dates(events) == [("Attack", dt.date(2018, 4, 11), "day")]


def test_a_future_election_alone_does_not_date_the_killing(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "A candidate in the May 12 election was shot dead by gunmen in Mosul.",
        dt.date(2018, 4, 13),
    )
    assert [e.date for e in events] != [dt.date(2018, 5, 12)]


def test_the_day_of_the_event_word_itself_stays() -> None:
    sentence = "Saturday's attack on the market killed 30 people."
    [d] = find_dates(sentence, dt.date(2018, 4, 16), None, trigger_at=sentence.index("attack"))
    assert d.date == dt.date(2018, 4, 14)


def test_a_summary_line_repeating_the_announcement_adds_no_event(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "IRAQ WEEKLY BRIEF — 30 November 2019\n\n"
        "Summary: Prime Minister Adel Abdul Mahdi has announced his resignation.\n\n"
        "Details: In a statement on Friday, Abdul Mahdi announced his resignation after two months of "
        "street protests.",
        dt.date(2019, 11, 30),
    )
    assert [(e.event_type, e.date) for e in events] == [("Strategic developments", dt.date(2019, 11, 29))]


def test_a_year_ago_today(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "A year ago today, two gunmen on a motorbike shot dead the analyst Hisham al-Hashimi outside his "
        "home in Zayouna.",
        dt.date(2021, 7, 6),
    )
    assert dates(events) == [("Attack", dt.date(2020, 7, 6), "day")]


def test_overnight_is_the_night_that_began_the_day_before(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "A drone struck the house of the cleric Moqtada al-Sadr in Najaf overnight, damaging an outer wall.",
        dt.date(2019, 12, 8),
    )
    assert [e.date for e in events] == [dt.date(2019, 12, 7)]


def test_overnight_into_a_weekday() -> None:
    [d] = find_dates("Missiles hit the base overnight into Wednesday.", dt.date(2020, 1, 9), None)
    assert d.date == dt.date(2020, 1, 7)


def test_a_range_of_weekdays_dates_its_first_day(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "Between Monday and Wednesday, Turkish warplanes struck suspected PKK hideouts in the Qandil Mountains.",
        dt.date(2020, 6, 18),
    )
    assert [(e.date, e.date_end) for e in events] == [(dt.date(2020, 6, 15), dt.date(2020, 6, 17))]


def test_a_range_of_days_dates_its_first_day() -> None:
    [d] = find_dates("Jets struck the hideouts between 3 and 5 May.", dt.date(2020, 6, 18), None)
    assert (d.date, d.date_end) == (dt.date(2020, 5, 3), dt.date(2020, 5, 5))


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("3/7/2019", dt.date(2019, 7, 3)),
        ("12/25/2019", dt.date(2019, 12, 25)),  # day first is impossible: a US date
        ("2019/7/3", dt.date(2019, 7, 3)),
        ("٣/٧/٢٠١٩", dt.date(2019, 7, 3)),  # Arabic-Indic digits
    ],
)
def test_numeric_dates_are_day_first(written: str, day: dt.date) -> None:
    [d] = find_dates(f"Rockets fell on the base on {written}.", dt.date(2020, 1, 10), None)
    assert (d.date, d.precision) == (day, "day")


def test_a_numeric_date_in_arabic_indic_digits_dates_the_event(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "The Basra Operations Command said that at 10:15 pm on ٨/٩/٢٠١٨ three Katyusha rockets fell "
        "inside the grounds of Basra International Airport.",
        dt.date(2018, 9, 10),
    )
    assert [(e.date, e.fatalities or 0) for e in events] == [(dt.date(2018, 9, 8), 0)]


def test_a_hijri_date_beside_the_gregorian_one(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "Protesters stormed the Iranian consulate in Basra and set it on fire on the night of 7/9/2018, "
        "corresponding to 27 Dhu al-Hijjah 1439.",
        dt.date(2018, 9, 10),
    )
    assert [(e.sub_event_type, e.date) for e in events] == [("Violent demonstration", dt.date(2018, 9, 7))]


def test_a_dateline_on_new_years_day_over_copy_stamped_the_day_before(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "BAGHDAD, Jan 1 (Tigris Wire) — Young men threw stones over the US embassy wall in Baghdad on "
        "Wednesday and US Marines fired tear gas to keep them back.",
        dt.date(2019, 12, 31),
    )
    assert [e.date for e in events] == [dt.date(2020, 1, 1)]


def test_a_day_first_dateline_is_the_story_day_not_the_event_day(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "BAGHDAD, 4 July (Tigris Wire) - Gunmen shot dead a lawyer in Baghdad on Wednesday, police said.",
        dt.date(2019, 7, 5),
    )
    assert [e.date for e in events] == [dt.date(2019, 7, 3)]
    assert dateline_day("BASRA, 4 July 2019 - Rockets hit the airport.", dt.date(2019, 7, 5)) == dt.date(
        2019, 7, 4
    )


def test_the_eve_of_a_holiday_whose_day_is_told(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "A suicide bomber blew himself up in a crowded market in Sadr City on the eve of the Eid al-Adha "
        "holiday, which began on Tuesday, killing at least 30 people.",
        dt.date(2021, 7, 20),
    )
    assert [e.date for e in events] == [dt.date(2021, 7, 19)]


def test_the_eve_of_a_vote_and_the_event_told_with_its_own_day() -> None:
    sentence = "On the eve of the vote, gunmen killed two candidates in Kirkuk on Friday."
    [d] = find_dates(sentence, dt.date(2018, 5, 13), None)
    assert d.date == dt.date(2018, 5, 11)
    [d] = find_dates("On the eve of Saturday's vote, a bomb exploded in Kirkuk.", dt.date(2018, 5, 13), None)
    assert d.date == dt.date(2018, 5, 11)


def test_may_as_a_verb_is_no_month() -> None:
    assert find_dates("The council may next year hold a vote.", dt.date(2020, 3, 15), None) == []


def test_the_date_of_the_act_a_suspect_is_held_for_is_not_the_arrest_day(extractor: RuleExtractor) -> None:
    events = code(
        extractor,
        "Police in Basra have arrested a man suspected of shooting dead the lawyer Karim Saleh outside his "
        "office in July last year, the interior ministry announced on Friday.",
        dt.date(2021, 3, 13),
    )
    assert [(e.sub_event_type, e.date) for e in events] == [("Arrests", dt.date(2021, 3, 12))]


def test_a_dated_heading_joined_to_the_item_under_it_gives_way_to_the_items_day(
    extractor: RuleExtractor,
) -> None:
    events = code(
        extractor,
        "Weekly security review, 1–7 March 2021\n"
        "Coalition aircraft struck an Islamic State hideout in the Qarachogh mountains near Makhmur on "
        "Saturday, killing nine militants.",
        dt.date(2021, 3, 8),
    )
    assert [e.date for e in events] == [dt.date(2021, 3, 6)]
