"""Dates as they appear in blog headers, source lists and front matter.

Only the forms that reporting about Iraq actually uses are recognised: US numeric dates
(``1/24/20``), ISO dates, "January 24, 2020", "24 January 2020", "January 2020" and a bare year.
Each match keeps its precision (day, month or year); nothing is ever filled in from today.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from tigris.types import DatePrecision

_MONTHS: Mapping[str, int] = MappingProxyType(
    {
        "jan": 1,
        "feb": 2,
        "mar": 3,
        "apr": 4,
        "may": 5,
        "jun": 6,
        "jul": 7,
        "aug": 8,
        "sep": 9,
        "sept": 9,
        "oct": 10,
        "nov": 11,
        "dec": 12,
    }
)

MONTH_NAME = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_WEEKDAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|urday|sday)?\.?,?\s+"

_NUMERIC = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?![\d/])")
_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_MONTH_DAY_YEAR = re.compile(
    rf"(?<![A-Za-z])({MONTH_NAME})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?!\d)", re.IGNORECASE
)
_DAY_MONTH_YEAR = re.compile(
    rf"(?<!\d)(\d{{1,2}})(?:st|nd|rd|th)?\s+({MONTH_NAME})\.?,?\s+(\d{{4}})(?!\d)", re.IGNORECASE
)
_MONTH_YEAR = re.compile(rf"(?<![A-Za-z])({MONTH_NAME})\.?,?\s+(\d{{4}})(?!\d)", re.IGNORECASE)
_YEAR = re.compile(r"(?<![\d/])((?:1[89]|20)\d{2})(?![\d/])")

_DATE_LINE = re.compile(
    rf"^\s*(?:{_WEEKDAY})?(?:{MONTH_NAME}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_NAME}\.?,?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateMatch:
    """A date found in a string: the value, its precision and where it was."""

    date: dt.date
    precision: DatePrecision
    start: int
    end: int


def month_number(name: str) -> int | None:
    """``"Apr"``, ``"april"``, ``"Sept."`` -> 4, 4, 9; None for anything else."""
    key = name.strip().rstrip(".").lower()
    if re.fullmatch(MONTH_NAME, key, re.IGNORECASE) is None:
        return None
    return _MONTHS[key[:3]]


def expand_year(two_digits: int, published: dt.date | None) -> int:
    """Pick the century of a two-digit year: the latest year not after the publication year.

    Without a publication date, 00-69 are read as 20xx and 70-99 as 19xx.
    """
    if published is None:
        return 2000 + two_digits if two_digits < 70 else 1900 + two_digits
    century = published.year - published.year % 100
    year = century + two_digits
    if year > published.year + 1:
        year -= 100
    return year


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def find_dates(text: str, published: dt.date | None = None) -> list[DateMatch]:
    """Every date in ``text``, most precise forms first, without overlapping matches."""
    found: list[DateMatch] = []

    def free(start: int, end: int) -> bool:
        return all(end <= m.start or start >= m.end for m in found)

    month: int | None
    for m in _NUMERIC.finditer(text):
        first, second, raw_year = int(m.group(1)), int(m.group(2)), m.group(3)
        year = int(raw_year) if len(raw_year) == 4 else expand_year(int(raw_year), published)
        month, day = (first, second) if first <= 12 else (second, first)
        value = _make(year, month, day)
        if value is not None and free(m.start(), m.end()):
            found.append(DateMatch(value, "day", m.start(), m.end()))
    for m in _ISO.finditer(text):
        value = _make(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if value is not None and free(m.start(), m.end()):
            found.append(DateMatch(value, "day", m.start(), m.end()))
    for m in _MONTH_DAY_YEAR.finditer(text):
        month = month_number(m.group(1))
        value = _make(int(m.group(3)), month, int(m.group(2))) if month else None
        if value is not None and free(m.start(), m.end()):
            found.append(DateMatch(value, "day", m.start(), m.end()))
    for m in _DAY_MONTH_YEAR.finditer(text):
        month = month_number(m.group(2))
        value = _make(int(m.group(3)), month, int(m.group(1))) if month else None
        if value is not None and free(m.start(), m.end()):
            found.append(DateMatch(value, "day", m.start(), m.end()))
    for m in _MONTH_YEAR.finditer(text):
        month = month_number(m.group(1))
        value = _make(int(m.group(2)), month, 1) if month else None
        if value is not None and free(m.start(), m.end()):
            found.append(DateMatch(value, "month", m.start(), m.end()))
    return sorted(found, key=lambda d: d.start)


def find_year(text: str) -> DateMatch | None:
    """A bare year such as ``2019`` (1800-2099), as a year-precision date."""
    m = _YEAR.search(text)
    if m is None:
        return None
    return DateMatch(dt.date(int(m.group(1)), 1, 1), "year", m.start(), m.end())


def parse_date_line(line: str) -> dt.date | None:
    """The date of a line that holds nothing but a full date, e.g. a blog's "Saturday, January 25, 2020"."""
    if not _DATE_LINE.match(line):
        return None
    matches = [m for m in find_dates(line) if m.precision == "day"]
    return matches[0].date if len(matches) == 1 else None


def parse_published(value: object) -> dt.datetime | None:
    """A publication time from front matter, JSON or feeds: ISO date or datetime, or a written date."""
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    if not isinstance(value, str):
        return None
    raw = value.strip()
    if not raw:
        return None
    try:
        return dt.datetime.fromisoformat(raw)
    except ValueError:
        pass
    matches = [m for m in find_dates(raw) if m.precision == "day"]
    if len(matches) == 1:
        d = matches[0].date
        return dt.datetime(d.year, d.month, d.day)
    return None


def to_zone(value: dt.datetime | None, zone: str) -> dt.datetime | None:
    """An aware time converted to the local zone of the reporting; naive times are left alone."""
    if value is None or value.tzinfo is None:
        return value
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return value.astimezone(ZoneInfo(zone))
    except (ZoneInfoNotFoundError, ValueError):
        return value
