"""Dates in reporting, resolved against the day the story was written.

Reporters write "on January 24", "late on Sunday", "a day after", "later in the day", "last week".
Each becomes a calendar date with its precision. The reference day is the story's local date in
Iraqi time (Asia/Baghdad), or the dateline's date when the story has one. A sentence with no date
expression gets no date here: the event builder decides whether it continues an earlier event.
Nothing is ever filled with "today".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from tigris.types import DatePrecision

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip
SMALL_NUMBERS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10,
}  # fmt: skip

_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),
    ("month_day", re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?:,?\s+{_YEAR})?", re.I)),
    ("day_month", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?", re.I)),
    ("month_year", re.compile(rf"\b(?:in\s+|since\s+|during\s+|early\s+|late\s+|mid-?)?{_MONTH},?\s+{_YEAR}\b", re.I)),
    ("month_only", re.compile(rf"\b(?P<prep>in|during|early|late|mid-?|since|last)\s+{_MONTH}(?!\s+\d)\b", re.I)),
    ("relative_days", re.compile(r"\b(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?P<unit>days?|weeks?)\s+(?P<dir>after|later|before|earlier)\b", re.I)),
    ("next_day", re.compile(r"\b(?:the\s+)?(?P<which>next|following|previous|preceding)\s+(?:day|morning|night|evening)\b|\bthe\s+day\s+(?P<dir>before|after)\b", re.I)),
    ("same_day", re.compile(r"\b(?:later|earlier)\s+(?:in|that|on)\s+(?:the\s+)?(?:day|evening|night|morning)\b|\b(?:that|the\s+same)\s+(?:day|night|evening|morning|afternoon)\b|\bhours\s+(?:later|earlier)\b", re.I)),
    ("yesterday", re.compile(r"\byesterday\b|\blast\s+night\b", re.I)),
    ("today", re.compile(r"\btoday\b|\bthis\s+(?:morning|afternoon|evening)\b|\btonight\b", re.I)),
    ("weekday", re.compile(r"\b(?:(?P<mod>last|next|this|on|late|early|by)\s+(?:on\s+)?)?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?P<part>\s+(?:night|morning|evening|afternoon))?\b", re.I)),
    ("last_week", re.compile(r"\b(?P<which>last|this|next)\s+week(?:end)?\b|\bearlier\s+this\s+week\b", re.I)),
    ("last_month", re.compile(r"\b(?P<which>last|this|next)\s+month\b", re.I)),
    ("year_only", re.compile(r"\b(?P<prep>in|during|since)\s+(?P<year>(?:19|20)\d\d)\b", re.I)),
)  # fmt: skip


@dataclass(frozen=True)
class DateMatch:
    """A date expression found in a sentence and what it resolves to."""

    text: str
    start: int
    end: int
    kind: str
    date: dt.date | None
    precision: DatePrecision | None
    date_end: dt.date | None = None
    relative_to_anchor: bool = False  # resolved from the previous event's date, not the story's
    since: bool = False  # "since October": the start of a period, not the day of an event


def local_day(published: dt.datetime | dt.date | None, tz: str = "Asia/Baghdad") -> dt.date | None:
    """The story's calendar day in local time. Naive datetimes are taken as local already."""
    if published is None:
        return None
    if isinstance(published, dt.datetime):
        if published.tzinfo is not None:
            return published.astimezone(ZoneInfo(tz)).date()
        return published.date()
    return published


def _year_for(month: int, day: int, reference: dt.date | None) -> int | None:
    """Reporting speaks of the past: a month and day without a year fall on or before the story."""
    if reference is None:
        return None
    year = reference.year
    try:
        candidate = dt.date(year, month, day)
    except ValueError:
        return year
    # "December 30" in a story of January 2 belongs to the previous year; allow a few days of
    # forward reference for announced events ("on January 5" in a story of January 2).
    if candidate > reference + dt.timedelta(days=45):
        return year - 1
    return year


def _safe_date(year: int | None, month: int, day: int) -> dt.date | None:
    if year is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_end(d: dt.date) -> dt.date:
    nxt = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def find_dates(
    sentence: str, reference: dt.date | None, anchor: dt.date | None, *, trigger_at: int | None = None
) -> list[DateMatch]:
    """Every date expression in ``sentence``, resolved.

    ``reference`` is the story's day; ``anchor`` the date of the event told just before (for "a day
    after", "later in the day"). ``trigger_at`` is the offset of the event word: it decides whether
    "a day after" dates the sentence's own event (the event sits in the "after" clause) or the
    earlier one.
    """
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(sentence):
            if not free(m.start(), m.end()):
                continue
            match = _resolve(kind, m, reference, anchor, trigger_at)
            if match is None:
                continue
            found.append(match)
            taken.append((m.start(), m.end()))
    found.sort(key=lambda d: d.start)
    return found


def _resolve(
    kind: str, m: re.Match[str], reference: dt.date | None, anchor: dt.date | None, trigger_at: int | None
) -> DateMatch | None:
    text = m.group(0)
    g = m.groupdict()

    def made(
        date: dt.date | None,
        precision: DatePrecision | None,
        *,
        end: dt.date | None = None,
        rel: bool = False,
        since: bool = False,
    ) -> DateMatch:
        return DateMatch(text, m.start(), m.end(), kind, date, precision, end, rel, since)

    is_since = bool(re.match(r"since\b", text, re.I)) or _preceded_by(m, "since")
    if kind == "iso":
        return made(_safe_date(int(g["year"]), int(g["m"]), int(g["d"])), "day", since=is_since)
    if kind in ("month_day", "day_month"):
        month = MONTHS[g["month"].lower().rstrip(".")]
        day = int(g["day"])
        if not 1 <= day <= 31:
            return None
        year = int(g["year"]) if g.get("year") else _year_for(month, day, reference)
        return made(_safe_date(year, month, day), "day", since=is_since)
    if kind == "month_year":
        start = dt.date(int(g["year"]), MONTHS[g["month"].lower().rstrip(".")], 1)
        return made(start, "month", end=_month_end(start), since=is_since)
    if kind == "month_only":
        month = MONTHS[g["month"].lower().rstrip(".")]
        year = _year_for(month, 1, reference)
        if year is None:
            return made(None, "month")
        start = dt.date(year, month, 1)
        if g["prep"].lower() == "last" and reference is not None and start >= reference.replace(day=1):
            start = start.replace(year=start.year - 1)
        return made(start, "month", end=_month_end(start), since=g["prep"].lower() == "since" or is_since)
    if kind == "year_only":
        year = int(g["year"])
        return made(
            dt.date(year, 1, 1), "year", end=dt.date(year, 12, 31), since=g["prep"].lower() == "since"
        )
    if kind == "relative_days":
        weeks = g["unit"].lower().startswith("week")
        if anchor is None and weeks and reference is not None:
            anchor = reference  # "eight weeks after the strike, …" speaks from the story's day
        if anchor is None:
            return made(None, None, rel=True)
        n = SMALL_NUMBERS.get(g["n"].lower()) or int(g["n"])
        n = n * 7 if weeks else n
        forward = g["dir"].lower() in ("after", "later")
        # "X was a day after he met …": the event of this sentence sits in the clause after the
        # phrase and happened n days *before* the anchor; "two days later, gunmen …" is after it.
        in_clause = (
            trigger_at is not None
            and trigger_at > m.end()
            and g["dir"].lower() in ("after", "before")
            and "," not in m.string[m.end() : trigger_at]
        )
        if in_clause:
            forward = not forward
        delta = dt.timedelta(days=n if forward else -n)
        return made(anchor + delta, "week" if weeks else "day", rel=True)
    if kind == "next_day":
        if anchor is None:
            return made(None, None, rel=True)
        which = (g.get("which") or g.get("dir") or "").lower()
        step = 1 if which in ("next", "following", "after") else -1
        return made(anchor + dt.timedelta(days=step), "day", rel=True)
    if kind == "same_day":
        return made(anchor, "day" if anchor else None, rel=True)
    if kind == "yesterday":
        return made(reference - dt.timedelta(days=1) if reference else None, "day")
    if kind == "today":
        return made(reference, "day" if reference else None)
    if kind == "weekday":
        if reference is None:
            return made(None, None)
        target = WEEKDAYS[g["wd"].lower()]
        mod = (g.get("mod") or "").lower()
        back = (reference.weekday() - target) % 7
        if mod == "next":
            return made(reference + dt.timedelta(days=(target - reference.weekday()) % 7 or 7), "day")
        if mod == "last" and back == 0:
            back = 7
        return made(reference - dt.timedelta(days=back), "day")
    if kind == "last_week":
        if reference is None:
            return made(None, None)
        which = (g.get("which") or "this").lower()
        monday = reference - dt.timedelta(days=reference.weekday())
        if which == "last":
            monday -= dt.timedelta(days=7)
        elif which == "next":
            monday += dt.timedelta(days=7)
        return made(monday, "week", end=monday + dt.timedelta(days=6))
    if kind == "last_month":
        if reference is None:
            return made(None, None)
        which = g["which"].lower()
        first = reference.replace(day=1)
        if which == "last":
            first = (first - dt.timedelta(days=1)).replace(day=1)
        elif which == "next":
            first = _month_end(first) + dt.timedelta(days=1)
        return made(first, "month", end=_month_end(first))
    return None


def _preceded_by(m: re.Match[str], word: str) -> bool:
    before = m.string[max(0, m.start() - len(word) - 2) : m.start()].lower()
    return before.strip().endswith(word)


_DATELINE = re.compile(
    rf"^\s*[A-Z][A-Za-z' .-]{{2,40}},\s*(?:Iraq,\s*)?{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?\s*(?:\([^)]*\))?\s*[-—–:]",
    re.I,
)


def dateline_day(body: str, published: dt.date | None) -> dt.date | None:
    """The day of a wire dateline ("BAGHDAD, Oct 25 (Tigris Wire) —"), if the story opens with one."""
    m = _DATELINE.match(body)
    if not m:
        return None
    month = MONTHS[m.group("month").lower().rstrip(".")]
    day = int(m.group("day"))
    year = int(m.group("year")) if m.group("year") else _year_for(month, day, published)
    return _safe_date(year, month, day)
